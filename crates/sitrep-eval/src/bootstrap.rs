//! How far a score on a small set could move by chance: a percentile bootstrap interval.
//!
//! The coder sets are small (about 40 held-out sentences for CAMEO, 160 PLOVER records), so a
//! figure alone hides how much it depends on which sentences happened to fall in a half. The
//! interval resamples the scored items (sentences, records) with replacement [`RESAMPLES`]
//! times, recomputes the score on each resample, and reports the 2.5th and 97.5th percentiles.
//! The generator is seeded with a constant, so the same report prints the same interval every
//! run.

/// Resamples per interval.
pub const RESAMPLES: usize = 2000;

/// The 95% percentile bootstrap interval of `stat` over `items`; `None` for no items.
///
/// ```
/// use sitrep_eval::bootstrap::interval;
/// // Eight of ten right: the interval holds 0.8 and is wide.
/// let right = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0];
/// let mean = |xs: &[&f64]| xs.iter().copied().sum::<f64>() / xs.len() as f64;
/// let (lo, hi) = interval(&right, mean).expect("items");
/// assert!(lo < 0.8 && 0.8 < hi);
/// assert!(lo >= 0.4 && hi <= 1.0);
/// ```
pub fn interval<T>(items: &[T], stat: impl Fn(&[&T]) -> f64) -> Option<(f64, f64)> {
    if items.is_empty() {
        return None;
    }
    let mut rng = SplitMix64(0x5EED_0F51_74E9);
    let mut sample: Vec<&T> = Vec::with_capacity(items.len());
    let mut stats: Vec<f64> = Vec::with_capacity(RESAMPLES);
    for _ in 0..RESAMPLES {
        sample.clear();
        for _ in 0..items.len() {
            let i = (rng.next() % items.len() as u64) as usize;
            if let Some(item) = items.get(i) {
                sample.push(item);
            }
        }
        stats.push(stat(&sample));
    }
    stats.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let k = ((stats.len() - 1) as f64 * q).round() as usize;
        stats.get(k).copied().unwrap_or(f64::NAN)
    };
    Some((at(0.025), at(0.975)))
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mean(xs: &[&f64]) -> f64 {
        xs.iter().copied().sum::<f64>() / xs.len() as f64
    }

    #[test]
    fn a_constant_has_no_spread_and_no_items_no_interval() {
        assert_eq!(interval(&[0.5; 7], mean), Some((0.5, 0.5)));
        assert_eq!(interval::<f64>(&[], mean), None);
    }

    #[test]
    fn more_items_give_a_narrower_interval_and_the_same_run_the_same_interval() {
        let small: Vec<f64> = (0..20).map(|i| f64::from(i % 2)).collect();
        let large: Vec<f64> = (0..2000).map(|i| f64::from(i % 2)).collect();
        let (a, b) = interval(&small, mean).expect("items");
        let (c, d) = interval(&large, mean).expect("items");
        assert!(a < c && d < b, "{a} {b} {c} {d}");
        assert!(c < 0.5 && 0.5 < d);
        assert_eq!(interval(&small, mean), Some((a, b)));
    }
}
