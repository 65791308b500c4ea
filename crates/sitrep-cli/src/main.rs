//! `sitrep`: the command line. Thin glue over the `sitrep` facade: it parses arguments, opens
//! the store, runs one command, prints, and decides the exit code in one place (`main`).
//!
//! Exit codes: 0 success; 1 usage or configuration error (one line on stderr); 2 the run
//! finished but some inputs were rejected (each named on stderr with its reason).

mod args;
mod print;

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use sitrep::store::{ArticleQuery, EventQuery, SqliteStore};
use sitrep::{Pipeline, PipelineConfig, Progress, Severity, Summary};

use args::{Cli, Command, EvalCommand, EventsArgs, Format, IngestArgs};

/// How a command ended, when it did not fail outright.
enum Outcome {
    Ok,
    SomeRejected,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            // Printing help or a usage error can only fail on a closed stream; nothing to add then.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(&cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::SomeRejected) => ExitCode::from(2),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: &Cli) -> Result<Outcome> {
    let format = cli.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let mut out = io::stdout().lock();
    match &cli.command {
        Command::Demo => demo(cli, &mut out, format),
        Command::Ingest(args) => ingest(cli, args),
        Command::Reprocess => reprocess(cli),
        Command::Articles(args) => {
            let store = open(cli)?;
            let query = ArticleQuery {
                limit: args.limit,
                outlet: args.outlet.clone(),
                language: args.language.clone(),
            };
            let articles = store.articles(&query)?;
            match format {
                Format::Table => print::articles_table(&mut out, &articles)?,
                _ => {
                    let values: Vec<_> = articles.iter().map(print::article_value).collect();
                    print::write_json(&mut out, format, &values)?;
                }
            }
            Ok(Outcome::Ok)
        }
        Command::Events(args) => events(cli, &mut out, format, args),
        Command::Actors { limit } => {
            let store = open(cli)?;
            let mut actors = store.actors()?;
            if let Some(n) = limit {
                actors.truncate(*n);
            }
            match format {
                Format::Table => print::actors_table(&mut out, &actors)?,
                _ => print::write_json(&mut out, format, &actors)?,
            }
            Ok(Outcome::Ok)
        }
        Command::Show { id } => {
            let store = open(cli)?;
            let Some(article) = store.article(id)? else {
                bail!("no article with id `{id}`; `sitrep articles` lists them");
            };
            match format {
                Format::Table => print::article_text(&mut out, &article)?,
                _ => print::write_json(&mut out, format, &[print::article_detail(&article)])?,
            }
            Ok(Outcome::Ok)
        }
        Command::Search { query, limit } => {
            let store = open(cli)?;
            let hits = store.search(query, *limit)?;
            match format {
                Format::Table => print::hits_table(&mut out, &hits)?,
                _ => {
                    let values: Vec<_> = hits
                        .iter()
                        .map(|h| {
                            let mut v = print::article_value(&h.article);
                            if let Some(map) = v.as_object_mut() {
                                map.insert("snippet".into(), h.snippet.clone().into());
                            }
                            v
                        })
                        .collect();
                    print::write_json(&mut out, format, &values)?;
                }
            }
            Ok(Outcome::Ok)
        }
        Command::Eval {
            what: EvalCommand::Extraction { data },
        } => {
            let report = sitrep_eval::extraction::run_extraction(data).with_context(|| {
                format!(
                    "cannot score extraction on {}; pass --data with the shared data folder",
                    data.display()
                )
            })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
        Command::Code { input, explain } => code(cli, &mut out, format, input, *explain),
        Command::Eval {
            what: EvalCommand::Cameo { data },
        } => {
            let pipeline = pipeline(cli, PipelineConfig::default())?;
            let report =
                sitrep_eval::cameo::run_cameo(data, pipeline.extractor()?).with_context(|| {
                    format!(
                        "cannot score event coding on {}; pass --data with the shared data folder",
                        data.display()
                    )
                })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
        Command::Eval {
            what: EvalCommand::Plover { data },
        } => {
            let pipeline = pipeline(cli, PipelineConfig::default())?;
            let report = sitrep_eval::plover::run_plover(data, pipeline.extractor()?)
                .with_context(|| {
                    format!(
                        "cannot score PLOVER coding on {}; pass --data with the shared data folder",
                        data.display()
                    )
                })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
        Command::Eval {
            what: EvalCommand::Geo { data },
        } => {
            let report = sitrep_eval::geo::run(data).with_context(|| {
                format!(
                    "cannot score places on {}; pass --data with the shared data folder",
                    data.display()
                )
            })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
        Command::Eval {
            what: EvalCommand::Petrarch2 { data },
        } => {
            let report = sitrep_eval::petrarch2::run(data).with_context(|| {
                format!(
                    "cannot score the PETRARCH2 records on {}; pass --data with the shared data folder",
                    data.display()
                )
            })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
        Command::Eval {
            what: EvalCommand::Timex { data },
        } => {
            let report = sitrep_eval::timex::run_timex(data).with_context(|| {
                format!(
                    "cannot score dates on {}; pass --data with the shared data folder",
                    data.display()
                )
            })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
        Command::Eval {
            what: EvalCommand::Throughput { data, passes },
        } => {
            let report =
                sitrep_eval::throughput::run_throughput(data, *passes).with_context(|| {
                    format!(
                        "cannot measure throughput on {}; pass --data with the shared data folder",
                        data.display()
                    )
                })?;
            write!(out, "{report}")?;
            Ok(Outcome::Ok)
        }
    }
}

/// `sitrep events`: the stored events that pass the filters.
fn events(cli: &Cli, out: &mut dyn Write, format: Format, args: &EventsArgs) -> Result<Outcome> {
    let store = open(cli)?;
    let article = match &args.article {
        Some(prefix) => match store.article(prefix)? {
            Some(a) => Some(a.id),
            None => bail!("no article with id `{prefix}`; `sitrep articles` lists them"),
        },
        None => None,
    };
    for (flag, day) in [("--since", &args.since), ("--until", &args.until)] {
        if let Some(day) = day
            && day.parse::<jiff::civil::Date>().is_err()
        {
            bail!("{flag} takes a day as YYYY-MM-DD, not `{day}`");
        }
    }
    if let Some(min) = args.min_confidence
        && !(0.0..=1.0).contains(&min)
    {
        bail!("--min-confidence takes a number from 0 to 1, not {min}");
    }
    let query = EventQuery {
        article,
        story: args.story.clone(),
        actor: args.actor.clone(),
        kind: args.kind.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
        min_confidence: args.min_confidence,
        limit: args.limit,
    };
    let events = store.events(&query)?;
    match format {
        Format::Table => print::events_table(out, &events)?,
        _ => print::write_json(out, format, &events)?,
    }
    Ok(Outcome::Ok)
}

/// The pipeline with the user's lexicons, built up front so that a bad lexicon is a clear
/// configuration error before anything is read.
fn pipeline(cli: &Cli, mut config: PipelineConfig) -> Result<Pipeline> {
    config.extract.lexicon_dirs = cli.lexicon.clone();
    config.extract.verb_files = cli.verbs.clone();
    if let Some(path) = &cli.outlet_timezones {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the outlet time zones {}", path.display()))?;
        if let Err((line, reason)) = config.clean.outlet_zones.add_tsv(&text) {
            bail!("{}:{line}: {reason}", path.display());
        }
    }
    let pipeline = Pipeline::new(config);
    pipeline.extractor().context("cannot load the lexicons")?;
    Ok(pipeline)
}

/// `sitrep code`: code each sentence with the rule coder and print the codings.
fn code(
    cli: &Cli,
    out: &mut dyn Write,
    format: Format,
    input: &str,
    explain: bool,
) -> Result<Outcome> {
    let text = if input == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read standard input")?;
        s
    } else {
        std::fs::read_to_string(input).with_context(|| format!("cannot read {input}"))?
    };
    // The pipeline's coder: lexicon, generic and document-resolved actors (user lexicons too).
    let pipeline = pipeline(cli, PipelineConfig::default())?;
    let coder = pipeline.extractor()?;
    let mut values = Vec::new();
    let mut columns = vec![
        ("SENTENCE", 10),
        ("CODE", 5),
        ("EVENT", 34),
        ("SOURCE", 16),
        ("TARGET", 16),
        ("FLAGS", 20),
        ("CONF", 5),
    ];
    if explain {
        columns.push(("FEATURES", 400));
    }
    let mut table = print::Table::new(&columns);
    let model = sitrep_events::ConfidenceModel::builtin();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (id, sentence, date) = sentence_of(line, n + 1);
        for c in coder.code_on(&sentence, date.as_deref()) {
            let kind = c.event_type();
            let confidence = model.probability(&sentence, &c);
            let slice = |r: Option<sitrep::model::TextRange>| {
                r.and_then(|r| r.slice(&sentence).map(str::to_string))
            };
            let mut flags = Vec::new();
            if c.negated {
                flags.push("negated");
            }
            if c.hypothetical {
                flags.push("hypothetical");
            }
            let mut row = vec![
                id.clone(),
                c.code.clone(),
                kind.as_ref().map(|k| k.label.clone()).unwrap_or_default(),
                c.source
                    .as_ref()
                    .map(|a| a.code.clone())
                    .unwrap_or("-".into()),
                c.target
                    .as_ref()
                    .map(|a| a.code.clone())
                    .unwrap_or("-".into()),
                flags.join(","),
                format!("{confidence:.3}"),
            ];
            if explain {
                row.push(sitrep_events::confidence::features(&sentence, &c).join(" "));
            }
            table.row(row);
            let mut value = serde_json::json!({
                "sentence_id": id,
                "sentence": sentence,
                "type": kind,
                "source_actor": c.source,
                "target_actor": c.target,
                "verb": slice(Some(c.verb_range)),
                "verb_range": {"start": c.verb_range.start, "end": c.verb_range.end},
                "source_text": slice(c.source_range),
                "target_text": slice(c.target_range),
                "negated": c.negated,
                "hypothetical": c.hypothetical,
                "lexicon": format!("{}; {}", c.lexicon_version, model.version()),
                "confidence": (confidence * 1000.0).round() / 1000.0,
            });
            if explain {
                value["features"] =
                    serde_json::json!(sitrep_events::confidence::features(&sentence, &c));
            }
            values.push(value);
        }
    }
    match format {
        Format::Table => table.write(out)?,
        _ => print::write_json(out, format, &values)?,
    }
    Ok(Outcome::Ok)
}

/// The id, text and date of one input line: a JSON object with `text`/`sentence` (and `id`,
/// and `date` or `published`, an ISO date that dates world leaders), or the line itself,
/// numbered.
fn sentence_of(line: &str, number: usize) -> (String, String, Option<String>) {
    if line.trim_start().starts_with('{')
        && let Ok(serde_json::Value::Object(o)) = serde_json::from_str(line)
        && let Some(text) = o
            .get("text")
            .or_else(|| o.get("sentence"))
            .and_then(|t| t.as_str())
    {
        let id = match o.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) if !other.is_null() => other.to_string(),
            _ => number.to_string(),
        };
        let date = o
            .get("date")
            .or_else(|| o.get("published"))
            .and_then(|d| d.as_str())
            .map(str::to_string);
        return (id, text.to_string(), date);
    }
    (number.to_string(), line.to_string(), None)
}

/// Open (or create) the store named by `--db` / `SITREP_DB`.
fn open(cli: &Cli) -> Result<SqliteStore> {
    let db = cli.db.to_string_lossy();
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        anyhow::bail!(
            "cannot open the store {db}: the PostgreSQL server store is not built yet; \
             use a SQLite file path (the default is ./sitrep.db)"
        );
    }
    SqliteStore::open(&cli.db)
        .with_context(|| format!("cannot open the store {}", cli.db.display()))
}

fn ingest(cli: &Cli, args: &IngestArgs) -> Result<Outcome> {
    let mut config = PipelineConfig::default();
    config.ingest.outlet = args.outlet.clone();
    config.ingest.max_bytes = args.max_bytes;
    config.ingest.warc.max_record = args.max_bytes;
    config.ingest.warc.max_total = args.max_total_bytes;
    config.ingest.timeout = Duration::from_secs(args.timeout);
    let pipeline = pipeline(cli, config)?;
    let mut store = open(cli)?;
    let mut reporter = Reporter::new();
    let summary = pipeline.ingest(&mut store, &args.inputs, &now(), &mut |p| reporter.on(p))?;
    reporter.finish();
    eprintln!(
        "{}; {} events coded",
        summary_line(&summary),
        summary.events
    );
    Ok(outcome(&summary))
}

fn reprocess(cli: &Cli) -> Result<Outcome> {
    let pipeline = pipeline(cli, PipelineConfig::default())?;
    let mut store = open(cli)?;
    let mut reporter = Reporter::new();
    let summary = pipeline.reprocess(&mut store, &mut |p| reporter.on(p))?;
    reporter.finish();
    eprintln!(
        "reprocessed {} articles with {}: {} changed; {} events with {}",
        summary.articles,
        sitrep::clean::CLEANER_VERSION,
        summary.changed,
        summary.events,
        pipeline.extractor()?.version()
    );
    Ok(Outcome::Ok)
}

fn demo(cli: &Cli, out: &mut dyn Write, format: Format) -> Result<Outcome> {
    let pipeline = pipeline(cli, PipelineConfig::default())?;
    let mut store =
        SqliteStore::open_in_memory().context("cannot create the temporary demo store")?;
    let mut reporter = Reporter::new();
    let summary = pipeline.ingest_sample(&mut store, &now(), &mut |p| reporter.on(p))?;
    reporter.finish();
    let articles = store.articles(&ArticleQuery::default())?;
    if format != Format::Table {
        let events = store.events(&EventQuery::default())?;
        print::write_json(out, format, &events)?;
        return Ok(outcome(&summary));
    }
    writeln!(
        out,
        "sitrep demo: the built-in sample corpus ({} files of invented news; fiction written by the sitrep team)\n",
        sitrep::sample_corpus().len()
    )?;
    writeln!(
        out,
        "{}; {} events coded\n",
        summary_line(&summary),
        summary.events
    )?;
    print::articles_table(out, &articles)?;
    writeln!(
        out,
        "\nArticle by article: what cleaning removed, the actors named, and the events coded\n\
         (date, CAMEO code, who did what to whom, place, killed, injured):"
    )?;
    for a in &articles {
        writeln!(
            out,
            "\n{}  {}",
            a.origin,
            a.title.as_deref().unwrap_or("(no title)")
        )?;
        writeln!(
            out,
            "  outlet {} | byline {} | dateline {} | published {} | {} sentences",
            a.outlet.as_deref().unwrap_or("-"),
            a.byline.as_deref().unwrap_or("-"),
            a.dateline.as_deref().unwrap_or("-"),
            a.published
                .as_ref()
                .and_then(|p| p.value.as_deref())
                .unwrap_or("-"),
            a.sentences.len()
        )?;
        writeln!(out, "  {}", removal_counts(a))?;
        let actors: Vec<String> = store
            .actors_of(&a.id)?
            .iter()
            .map(|x| match x.kind {
                sitrep::model::ActorKind::Country => format!("{} x{}", x.code, x.mentions),
                _ => format!("{} ({}) x{}", x.name, x.code, x.mentions),
            })
            .collect();
        if !actors.is_empty() {
            writeln!(out, "  actors: {}", actors.join(", "))?;
        }
        let events = store.events(&EventQuery {
            article: Some(a.id.clone()),
            ..EventQuery::default()
        })?;
        for e in &events {
            writeln!(out, "  {}", demo_event_line(e))?;
        }
    }
    writeln!(
        out,
        "\nNext: `sitrep ingest FOLDER` stores your own articles in ./sitrep.db; `sitrep events` lists\n\
         their events (`--format json` shows the sentence and byte ranges behind every field);\n\
         `sitrep actors` the actors with their aliases; `sitrep search WORDS` finds articles."
    )?;
    Ok(outcome(&summary))
}

/// "2025-11-11  1831 Carry out suicide bombing: - -> PAK | Islamabad | killed 12 | injured 36".
fn demo_event_line(e: &sitrep::Event) -> String {
    let cells = print::event_cells(e);
    let cell = |i: usize| cells.get(i).map_or("", String::as_str);
    let mut line = format!(
        "{}  {} {}: {} -> {}",
        cell(0),
        cell(1),
        cell(2),
        cell(3),
        cell(4)
    );
    for (i, label) in [(5, ""), (6, "killed "), (7, "injured "), (8, "")] {
        if !cell(i).is_empty() && cell(i) != "-" {
            line.push_str(&format!(" | {label}{}", cell(i)));
        }
    }
    line
}

/// "removed 14 lines: menu 8, share-buttons 1, page-furniture 5".
fn removal_counts(a: &sitrep::Article) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for reason in &a.removed_reasons {
        match counts.iter_mut().find(|(r, _)| r == reason) {
            Some((_, n)) => *n += 1,
            None => counts.push((reason, 1)),
        }
    }
    let parts: Vec<String> = counts.iter().map(|(r, n)| format!("{r} {n}")).collect();
    format!("removed {} lines: {}", a.removed.len(), parts.join(", "))
}

fn summary_line(s: &Summary) -> String {
    format!(
        "ingested {}, duplicates skipped {}, rejected {}, warnings {}",
        s.ingested, s.duplicates, s.rejected, s.warnings
    )
}

fn outcome(s: &Summary) -> Outcome {
    if s.rejected > 0 {
        Outcome::SomeRejected
    } else {
        Outcome::Ok
    }
}

/// The run's start, as stored with it.
fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// Prints diagnostics to stderr as they come and keeps a progress spinner there when stderr is
/// a terminal (indicatif draws nothing otherwise).
struct Reporter {
    bar: ProgressBar,
    articles: u64,
}

impl Reporter {
    fn new() -> Self {
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} articles {per_sec} {msg}")
        {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Reporter { bar, articles: 0 }
    }

    fn on(&mut self, p: Progress<'_>) {
        match p {
            Progress::Diagnostic(d) if d.severity != Severity::Info => {
                self.bar.suspend(|| eprintln!("{d}"));
            }
            Progress::Diagnostic(_) => {}
            Progress::Article { .. } | Progress::Skipped { .. } => {
                self.articles += 1;
                self.bar.set_position(self.articles);
            }
        }
    }

    fn finish(self) {
        self.bar.finish_and_clear();
    }
}
