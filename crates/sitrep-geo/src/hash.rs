//! A fast hasher for the crate's maps, whose keys are short folded names, country codes and
//! small integers: SipHash's protection against chosen keys buys nothing there and costs a
//! large share of [`find_places`](crate::find_places). This is the multiply-rotate hash of
//! Firefox and rustc (`FxHasher`), eight bytes at a time.

use std::hash::{BuildHasherDefault, Hasher};

/// `std`'s map with [`FxHasher`].
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// `std`'s set with [`FxHasher`].
pub(crate) type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The bytes as a little-endian word padded with zeros, without a call to `memcpy`
            // for a copy of variable length.
            let word = rest
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | (u64::from(b) << (8 * i)));
            self.add(word ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The [`FxHasher`] hash of a string's bytes (not `Hash for str`, which adds a terminator), for
/// bit filters and sets of hashes standing in for sets of strings where a rare false positive
/// only costs time.
pub(crate) fn str_hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_keys_differ() {
        let mut m: HashMap<&str, u32> = HashMap::default();
        for (i, k) in [
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
            "new york",
            "new york city",
        ]
        .into_iter()
        .enumerate()
        {
            m.insert(k, i as u32);
        }
        assert_eq!(m.get("abcdefghi"), Some(&3));
        assert_eq!(m.get("new york city"), Some(&5));
        assert_eq!(m.get("abcdefg"), None);
        let hash = |s: &str| {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(hash("ab"), hash("ab\0"));
    }

    #[test]
    fn a_short_tail_hashes_as_a_zero_padded_word() {
        for s in [
            "",
            "a",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "new york city",
        ] {
            let mut expected = FxHasher::default();
            let mut chunks = s.as_bytes().chunks_exact(8);
            for chunk in &mut chunks {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                expected.add(u64::from_le_bytes(word));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut word = [0u8; 8];
                word[..rest.len()].copy_from_slice(rest);
                expected.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 56));
            }
            assert_eq!(str_hash(s), expected.finish(), "{s}");
        }
    }
}
