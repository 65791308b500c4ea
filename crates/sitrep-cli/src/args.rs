//! The command line, as clap reads it. The contract is `../shared/spec/output-contract.md`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "sitrep",
    version,
    about = "News articles in, a verified, source-linked record of events out",
    after_help = "Start with `sitrep demo`. Exit codes: 0 success, 1 usage or configuration error, \
                  2 finished but some inputs were rejected."
)]
pub struct Cli {
    /// The store: a SQLite file, created on first use.
    #[arg(long, global = true, env = "SITREP_DB", default_value = "sitrep.db")]
    pub db: PathBuf,

    /// Output format; `table` on a terminal, `jsonl` otherwise.
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,

    /// A folder of actor lexicon files (`*.tsv`, the format of `data/actors`) that extend or
    /// override the shipped lexicon; may be given several times, later folders win.
    #[arg(long, global = true, value_name = "DIR")]
    pub lexicon: Vec<PathBuf>,

    /// A verb lexicon file (the format of `data/cameo/verbs.tsv`: pattern, CAMEO code) whose
    /// patterns are added to the shipped ones; `-` as the code silences a sense that is no
    /// event. May be given several times.
    #[arg(long, global = true, value_name = "FILE")]
    pub verbs: Vec<PathBuf>,

    /// A TSV of outlets' home time zones (`outlet`, `utc_offset` like `+05:00`, `aliases`)
    /// that extends or overrides the shipped `data/outlets/timezones.tsv`: a publication time
    /// with a zone becomes the outlet's local day.
    #[arg(long, global = true, value_name = "FILE")]
    pub outlet_timezones: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the pipeline on the built-in sample corpus (fiction) in a temporary store and print
    /// what it found.
    Demo,
    /// Read files, folders (recursively), `-` (stdin) or http(s) URLs into the store.
    Ingest(IngestArgs),
    /// Re-clean every stored raw input with this version of sitrep.
    Reprocess,
    /// List the stored articles.
    Articles(ArticlesArgs),
    /// Show one article: metadata, text, what was removed, sentences.
    Show {
        /// An article id or a unique prefix of one (at least 4 characters).
        id: String,
    },
    /// List the coded events: who did what to whom, when, where, with how many killed and
    /// injured, and the sentences that say so.
    Events(EventsArgs),
    /// List the actors named in the stored articles, with every alias seen and mention counts.
    Actors {
        /// At most this many actors (most mentioned first).
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Full-text search over titles and texts.
    Search {
        /// Words to find; "quoted words" match as a phrase.
        query: String,
        /// At most this many hits.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Code sentences into CAMEO/PLOVER events, for quick checks: one sentence per line, or
    /// JSONL with a `text` (or `sentence`) field, an optional `id`, and an optional `date` (or
    /// `published`, ISO) that dates world leaders: in office they are their government, outside
    /// it their country's elite.
    Code {
        /// A file, or `-` for stdin.
        #[arg(default_value = "-")]
        input: String,
        /// Also print each coding's `features`: what its `confidence` was computed from
        /// (`data/confidence/README.md`).
        #[arg(long)]
        explain: bool,
    },
    /// Score sitrep against shared evaluation data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Files, folders, `-` for stdin, or http(s) URLs.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// The outlet, for inputs that do not name one.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Reject any single article (file, page, JSONL record, feed item) larger than this many
    /// bytes; containers (JSONL, WARC, gzip) may hold up to 1 GiB in all.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Reject a container (JSONL, WARC, gzip) that holds or expands to more than this many
    /// bytes in all: the guard against gzip bombs.
    #[arg(long, default_value_t = 1 << 30)]
    pub max_total_bytes: u64,
    /// Give up on a URL after this many seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

#[derive(Debug, clap::Args)]
pub struct EventsArgs {
    /// Only events of this story.
    #[arg(long)]
    pub story: Option<String>,
    /// Only events of this article (id or unique prefix).
    #[arg(long)]
    pub article: Option<String>,
    /// Only events whose source or target is this actor: a code or code prefix (`PAK`,
    /// `IRNGOV`), an id or a name.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events of this type: a CAMEO code or prefix (`18`, `0871`) or a PLOVER type
    /// (`ASSAULT`).
    #[arg(long = "type")]
    pub kind: Option<String>,
    /// Only events dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Only events whose confidence is at least this (0 to 1: the estimated probability that
    /// the event is real and correctly coded; see `data/confidence/README.md`). On judged
    /// held-out news, 0.5 keeps about a sixth of the codings, of which about two in three are
    /// right.
    #[arg(long)]
    pub min_confidence: Option<f64>,
    /// At most this many events.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct ArticlesArgs {
    /// Only articles of this outlet.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only articles in this language (ISO 639-1).
    #[arg(long)]
    pub language: Option<String>,
    /// At most this many articles.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Main-text extraction on the Zyte article-extraction benchmark and trafilatura's
    /// evaluation set, beside the stored outputs of other extractors.
    Extraction {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Event coding: CAMEO root and full codes on the UniversalPetrarch validation sentences,
    /// tune and held-out halves, with the commonest confusions.
    Cameo {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Event coding: PLOVER type and actor accuracy on the PLOVER gold records.
    Plover {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Event coding on the 284 PETRARCH2 validation records, with PETRARCH's validation actor
    /// and agent dictionaries loaded as a user lexicon: exact, root and full-code P/R/F1, actor
    /// accuracy, by half and by category.
    Petrarch2 {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Places: toponym recognition (precision, recall) and resolution (accuracy within 161 km)
    /// on GeoWebNews and LGL, tune and held-out halves.
    Geo {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Dates: TIMEX3 DATE expressions of TimeBank and AQUAINT (recall and normalised value),
    /// tune and held-out halves.
    Timex {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
    },
    /// Ingest + clean + split throughput on BBC News, Reuters-21578 and the benchmark's HTML
    /// pages, one thread, with peak memory after the first and the last pass.
    Throughput {
        /// The shared data folder.
        #[arg(long, default_value = "../shared/data")]
        data: PathBuf,
        /// How many times to run each corpus (memory must not grow with them).
        #[arg(long, default_value_t = 3)]
        passes: usize,
    },
}
