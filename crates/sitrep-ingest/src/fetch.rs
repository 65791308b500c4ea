//! http(s) URLs: one blocking GET per URL with `ureq`, under the configured timeout and size cap.
//!
//! The response body is detected like a file (a page, a feed, JSONL, a WARC); its URL is the
//! requested one and its declared charset (`Content-Type: ...; charset=`) is passed on to the
//! decoder. Non-2xx statuses, timeouts, refused connections and bodies over the cap are errors
//! naming the URL.

use std::time::Duration;

use sitrep_model::{Diagnostic, RawDoc};

use crate::IngestConfig;

/// Whether an input names an http(s) URL rather than a path.
pub fn is_url(spec: &str) -> bool {
    let lower = spec.get(..8).unwrap_or(spec).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A fetched body with what the server said about it.
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub charset: Option<String>,
}

/// GET `url`. The error is a diagnostic ready to report.
pub fn fetch(url: &str, cfg: &IngestConfig) -> Result<Fetched, Diagnostic> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(cfg.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("sitrep/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| failure(url, cfg.timeout, &e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(Diagnostic::error(
            "http-status",
            url,
            format!("the server answered {status}"),
        ));
    }
    let charset = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(charset_of);
    // Containers (feeds, JSONL, WARC) may hold many articles; the cap per article is applied
    // again to each one.
    let limit = cfg.warc.max_total.max(cfg.max_bytes);
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| failure(url, cfg.timeout, &e))?;
    Ok(Fetched { bytes, charset })
}

fn failure(url: &str, timeout: Duration, e: &ureq::Error) -> Diagnostic {
    match e {
        ureq::Error::Timeout(_) => Diagnostic::error(
            "timeout",
            url,
            format!(
                "no complete answer within {} s; raise --timeout if the server is slow",
                timeout.as_secs_f64()
            ),
        ),
        ureq::Error::BodyExceedsLimit(limit) => Diagnostic::error(
            "too-large",
            url,
            format!("the response is larger than {limit} bytes"),
        ),
        other => Diagnostic::error("fetch-failed", url, format!("cannot fetch: {other}")),
    }
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Fetch `url` and hand its documents on.
pub fn read_url(
    url: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    match fetch(url, cfg) {
        Ok(fetched) => crate::read_fetched(url, fetched, cfg, on_doc, on_diag),
        Err(d) => on_diag(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_charsets() {
        assert!(is_url("https://x.example/a"));
        assert!(is_url("HTTP://x.example"));
        assert!(!is_url("http.txt"));
        assert!(!is_url("./https://x"));
        assert_eq!(
            charset_of("text/html; charset=\"windows-1252\"").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(charset_of("text/html"), None);
    }
}
