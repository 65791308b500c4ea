//! Bytes to text: byte-order marks, declared charsets, `<meta charset>`, then detection.

use encoding_rs::Encoding;
use sitrep_model::InputFormat;

/// Decoded text and, when the decoding was a guess or lossy, a note saying so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding used, by its WHATWG name.
    pub encoding: &'static str,
    pub note: Option<String>,
}

/// Decode raw bytes. Order: a byte-order mark; valid UTF-8; the declared charset (container or
/// HTTP header); an HTML `<meta charset>` in the first 4 KiB; detection by `chardetng`.
/// Never fails: undecodable bytes become U+FFFD and the note says so.
pub fn decode(bytes: &[u8], format: InputFormat, declared: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(
            enc,
            bytes.get(bom_len..).unwrap_or_default(),
            "byte-order mark",
        );
    }
    let declared_enc = declared.and_then(|d| Encoding::for_label(d.trim().as_bytes()));
    let meta_enc = if format == InputFormat::Html {
        meta_charset(bytes)
    } else {
        None
    };
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Valid UTF-8 that declares a single-byte charset is almost always mislabelled UTF-8;
        // pure ASCII decodes the same either way.
        return Decoded {
            text: s.to_string(),
            encoding: "UTF-8",
            note: None,
        };
    }
    if let Some(enc) = declared_enc {
        return finish(enc, bytes, "declared charset");
    }
    if let Some(enc) = meta_enc {
        return finish(enc, bytes, "html meta charset");
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Allow);
    let mut d = finish(enc, bytes, "detected");
    let guess = format!(
        "not valid UTF-8 and no charset declared; decoded as {} by detection",
        enc.name()
    );
    d.note = Some(match d.note {
        Some(n) => format!("{guess}; {n}"),
        None => guess,
    });
    d
}

fn finish(enc: &'static Encoding, bytes: &[u8], how: &str) -> Decoded {
    let (text, _, had_errors) = enc.decode(bytes);
    let note = had_errors.then(|| {
        format!(
            "some bytes are not valid {} ({how}) and were replaced by U+FFFD",
            enc.name()
        )
    });
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        note,
    }
}

/// The charset an HTML page declares in `<meta charset=..>` or `<meta http-equiv content=..>`.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let pos = find(&lower, b"charset=")?;
    let rest = lower.get(pos + 8..)?;
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
        .unwrap_or(rest.len());
    Encoding::for_label(rest.get(..end)?)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_decoded_when_declared() {
        // "café “quoted”" in Windows-1252.
        let bytes = b"caf\xe9 \x93quoted\x94";
        let d = decode(bytes, InputFormat::Text, Some("windows-1252"));
        assert_eq!(d.text, "café “quoted”");
        assert_eq!(d.note, None);
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><body>T\xfcrkiye</body></html>";
        let d = decode(bytes, InputFormat::Html, None);
        assert!(d.text.contains("Türkiye"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn undeclared_latin1_is_detected_with_a_note() {
        let bytes = b"Les ministres se sont r\xe9unis \xe0 Gen\xe8ve pour la deuxi\xe8me fois cette ann\xe9e.";
        let d = decode(bytes, InputFormat::Text, None);
        assert!(d.text.contains("réunis à Genève"), "{}", d.text);
        assert!(d.note.is_some());
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode(b"\xef\xbb\xbfKabul", InputFormat::Text, None);
        assert_eq!(d.text, "Kabul");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let d = decode(b"\xff\xfeK\0a\0b\0u\0l\0", InputFormat::Text, None);
        assert_eq!(d.text, "Kabul");
    }
}
