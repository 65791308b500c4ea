//! Gzip decompression with a ceiling on the output.
//!
//! Every gzip stream this crate reads comes from outside, and a few kilobytes of gzip can expand
//! into gigabytes of zeros. `clippy.toml` therefore bans flate2's gzip readers everywhere except in
//! [`capped_reader`] below, which always wraps them in [`Read::take`]: callers say how many bytes
//! they are prepared to hold, and anything beyond that is refused as [`CapError::TooLarge`] instead
//! of being allocated.
//!
//! The decoder is multi-member (`MultiGzDecoder`), as `.warc.gz` files gzip each record as its
//! own member and concatenate them; a single-member file decodes the same way.

use std::io::Read;

/// Why [`gunzip_capped`] refused its input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CapError {
    /// The stream decompresses to more than `limit` bytes: a gzip bomb, or a file larger than
    /// the configured limit.
    #[error(
        "gzip data expands beyond the limit of {limit} bytes; raise the limit if the input is trusted"
    )]
    TooLarge { limit: u64 },
    /// The stream is not gzip, is damaged, or ends before its last member is complete.
    #[error("invalid or truncated gzip data: {0}")]
    Corrupt(String),
}

/// Whether `bytes` start with the gzip magic number `1f 8b`.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Decompress gzip (multi-member, as WARC.gz uses) from `bytes`, refusing to produce more than
/// `limit` bytes.
///
/// At most `limit + 1` bytes are ever decoded: seeing that one extra byte is how a bomb is told
/// from a stream of exactly `limit` bytes. A stream that stops early (a cut download) is
/// [`CapError::Corrupt`], never a silent partial result, because the gzip trailer holding the
/// CRC and length is then missing.
pub fn gunzip_capped(bytes: &[u8], limit: u64) -> Result<Vec<u8>, CapError> {
    let mut out = Vec::new();
    capped_reader(bytes, limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| CapError::Corrupt(e.to_string()))?;
    if out.len() as u64 > limit {
        return Err(CapError::TooLarge { limit });
    }
    Ok(out)
}

/// The first `n` decompressed bytes of a gzip stream, or fewer when it is shorter or damaged.
///
/// Meant for sniffing what a `.gz` file holds without decompressing all of it; errors are
/// swallowed because the caller only looks at a prefix and will decompress properly (with
/// [`gunzip_capped`]) if it goes on.
pub fn gunzip_prefix(bytes: &[u8], n: usize) -> Vec<u8> {
    let mut reader = capped_reader(bytes, n as u64);
    let mut out = Vec::with_capacity(n.min(64 * 1024));
    let mut buf = [0u8; 4096];
    loop {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(k) => out.extend_from_slice(buf.get(..k).unwrap_or_default()),
        }
    }
    out
}

/// The one place allowed to build a gzip decoder: it never comes out without its cap.
#[allow(clippy::disallowed_types)]
fn capped_reader(bytes: &[u8], cap: u64) -> std::io::Take<flate2::read::MultiGzDecoder<&[u8]>> {
    flate2::read::MultiGzDecoder::new(bytes).take(cap)
}

/// A streaming gzip decoder over any reader that stops after `cap` decompressed bytes.
///
/// For reading a large `.jsonl.gz` line by line without holding it whole: the caller counts
/// what it reads and reports a file that reaches `cap` as too large.
#[allow(clippy::disallowed_types)]
pub fn capped_stream<R: Read>(
    inner: R,
    cap: u64,
) -> std::io::Take<flate2::read::MultiGzDecoder<R>> {
    flate2::read::MultiGzDecoder::new(inner).take(cap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn round_trip() {
        let data = b"<html><body>Shelling reported near the border.</body></html>".repeat(50);
        let gz = gzip(&data);
        assert!(is_gzip(&gz));
        assert_eq!(gunzip_capped(&gz, 1 << 20).unwrap(), data);
    }

    #[test]
    fn exactly_at_the_limit_is_accepted() {
        let data = vec![7u8; 1000];
        let gz = gzip(&data);
        assert_eq!(gunzip_capped(&gz, 1000).unwrap(), data);
        assert_eq!(
            gunzip_capped(&gz, 999),
            Err(CapError::TooLarge { limit: 999 })
        );
    }

    #[test]
    fn bomb_is_refused() {
        // 50 MB of zeros compresses to about 50 kB.
        let mut enc = GzEncoder::new(Vec::new(), Compression::best());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..50 {
            enc.write_all(&zeros).unwrap();
        }
        let bomb = enc.finish().unwrap();
        assert!(bomb.len() < 200_000, "bomb is {} bytes", bomb.len());
        assert_eq!(
            gunzip_capped(&bomb, 1 << 20),
            Err(CapError::TooLarge { limit: 1 << 20 })
        );
    }

    #[test]
    fn truncated_stream_is_corrupt() {
        let data: Vec<u8> = (0..20_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let gz = gzip(&data);
        // Every cut, in the header, in the deflate data and in the trailer, must be refused.
        for cut in [
            1,
            5,
            10,
            11,
            gz.len() / 2,
            gz.len() - 9,
            gz.len() - 4,
            gz.len() - 1,
        ] {
            let got = gunzip_capped(&gz[..cut], 1 << 20);
            assert!(
                matches!(got, Err(CapError::Corrupt(_))),
                "cut at {cut} of {}: {got:?}",
                gz.len()
            );
        }
    }

    #[test]
    fn garbage_is_corrupt() {
        assert!(matches!(
            gunzip_capped(b"\x1f\x8bnot really gzip at all", 1 << 20),
            Err(CapError::Corrupt(_))
        ));
        assert!(!is_gzip(b"WARC/1.0\r\n"));
        assert!(!is_gzip(b"\x1f"));
    }

    #[test]
    fn multi_member_decodes_every_member() {
        let mut gz = gzip(b"first member, ");
        gz.extend(gzip(b"second member"));
        assert_eq!(
            gunzip_capped(&gz, 1 << 20).unwrap(),
            b"first member, second member"
        );
        // The cap counts across members, not per member.
        assert_eq!(
            gunzip_capped(&gz, 20),
            Err(CapError::TooLarge { limit: 20 })
        );
    }

    #[test]
    fn prefix_reads_only_the_start() {
        let mut gz = gzip(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n");
        gz.extend(gzip(&[0u8; 10_000]));
        assert_eq!(gunzip_prefix(&gz, 8), b"WARC/1.0");
        // A cut stream still yields what could be decoded, without an error.
        let cut = gzip(&vec![b'a'; 100_000]);
        let got = gunzip_prefix(&cut[..cut.len() / 2], 16);
        assert!(got.len() <= 16);
        assert!(got.iter().all(|&b| b == b'a'));
    }
}
