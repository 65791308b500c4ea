use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's cleaned text.
///
/// Architecture Invariant: both ends lie on char boundaries of the text they index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "range {start}..{end} is reversed");
        TextRange { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text this range covers, or `None` when it is out of bounds or off a char boundary.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// Whether `other` lies wholly inside this range.
    pub fn contains(&self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_refuses_non_boundaries() {
        let text = "Türkiye";
        assert_eq!(TextRange::new(0, 2).slice(text), None, "ü is two bytes");
        assert_eq!(TextRange::new(0, 3).slice(text), Some("Tü"));
        assert_eq!(TextRange::new(3, 99).slice(text), None);
    }

    #[test]
    fn contains_is_inclusive_of_ends() {
        let outer = TextRange::new(2, 10);
        assert!(outer.contains(TextRange::new(2, 10)));
        assert!(outer.contains(TextRange::new(3, 4)));
        assert!(!outer.contains(TextRange::new(1, 4)));
        assert!(!outer.contains(TextRange::new(9, 11)));
    }
}
