//! placeholder
pub mod capped;
pub mod warc;
