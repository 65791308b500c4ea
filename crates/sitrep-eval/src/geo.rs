//! Toponym recognition and resolution ([`sitrep_geo::find_places`], [`sitrep_geo::resolve_span`])
//! on two news geoparsing gold sets in `geoparsing-gold/` (Gritta et al.'s collection, see its
//! README): GeoWebNews (`GWN.xml.gz`, 200 articles) and LGL (`lgl.xml.gz`, 588 articles).
//!
//! What is counted:
//!
//! - **Recognition** (span overlap, each gold and each found name matched at most once):
//!   - LGL: every gold toponym is a name to find, except country adjectives and demonyms
//!     (`American`, `Palestinians`), which are neutral as in GeoWebNews.
//!   - GeoWebNews: the gold names are the toponyms of types `Literal`, `Literal_Modifier`,
//!     `Mixed`, `Coercion`, `Metonymic` and `Non_Literal_Modifier` whose text is not a country
//!     adjective or demonym (`Syrian`, `Irish`): `find_places` reports place names, not
//!     adjectives. Found names overlapping a `Demonym`, `Language`, `Embedded_Literal` or
//!     `Embedded_Non_Lit` annotation or an adjectival toponym are neither right nor wrong (a
//!     place inside an organisation's name, `Washington` in `Washington Post`, is deliberately
//!     not reported). Found names overlapping `Homonym` or `Non_Toponym` annotations, or nothing,
//!     are wrong. `Literal_Expression` and `Non_Lit_Expression` annotations are common nouns
//!     (`residents`, `building`) and play no part.
//! - **Resolution**, accuracy within 161 km (100 miles), over gold toponyms with coordinates:
//!   - LGL: all of them; GeoWebNews: the literal types only (`Literal`, `Literal_Modifier`,
//!     `Mixed`, `Coercion`, `Embedded_Literal`), as is usual for that set.
//!   - right means within 161 km of the gold point, or the same GeoNames id as the gold (a
//!     country's point differs between GeoNames and our coarse centre: the United States is
//!     235 km from GeoNames' point);
//!   - *gold spans* (`acc@gold`): each gold name is resolved by [`sitrep_geo::resolve_span`] in
//!     its article, the setting of published geocoding figures, which hand the geocoder gold
//!     toponyms. A name the gazetteer lacks (a street, a building) is placed in the place
//!     named right after it, the city named just before it, or the article's most named place
//!     (`fallbk` counts these);
//!     nothing resolved counts as wrong (`none`);
//!   - *end to end* (`acc@e2e`): a gold toponym counts as right when a name found by
//!     `find_places` overlaps it and is right; missed names count as wrong.
//!
//! Documents are split into a tune and a held-out half by [`Half::of`] of `gwn-<file>` and
//! `lgl-<docid>`. Rules were tuned on the failures of the tune half only.
//!
//! Published figures, for comparison (not re-verified here; read the papers before quoting):
//! Gritta et al., "Which Melbourne? Augmenting Geocoding with Maps" (ACL 2018) report
//! accuracy@161 km with gold toponyms of about 0.76 on LGL for CamCoder; Gritta et al., "A
//! Pragmatic Guide to Geoparsing Evaluation" (LREV 2020) introduce GeoWebNews and report
//! geotagging F1 and geocoding for it. See [`PUBLISHED`].

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use sitrep_geo::{Focus, Gazetteer, country_of_adjective, find_places, resolve_span};
use sitrep_model::TextRange;

use crate::Error;
use crate::extraction::Half;

/// Largest decompressed gold file we read; the files are under 5 MB.
const MAX_GOLD_BYTES: u64 = 64 << 20;

/// Kilometres within which a resolution counts as right (100 miles).
pub const KM: f64 = 161.0;

/// Published reference figures shown beside ours, with their source.
pub const PUBLISHED: &str = "published (not verified here): LGL acc@161 with gold toponyms \
≈ 0.76 for CamCoder (Gritta et al., ACL 2018, \"Which Melbourne?\"); GeoWebNews geotagging and \
geocoding figures in Gritta et al., LREV 2020, \"A Pragmatic Guide to Geoparsing Evaluation\"";

/// What a gold toponym is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A name to find; resolved when it is literal and has coordinates.
    Name { literal: bool },
    /// Neither right nor wrong when found.
    Neutral { literal: bool },
    /// Found names overlapping it are wrong.
    NotPlace,
    /// Plays no part.
    Ignored,
}

#[derive(Debug, Clone)]
struct Gold {
    /// Byte range in the text.
    range: TextRange,
    name: String,
    role: Role,
    point: Option<(f64, f64)>,
    geonames_id: Option<u64>,
}

#[derive(Debug, Clone)]
struct Doc {
    id: String,
    text: String,
    gold: Vec<Gold>,
}

/// Counts for one set and half.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Documents read.
    pub documents: usize,
    /// Gold names to find.
    pub gold: usize,
    /// Gold names overlapped by a found name.
    pub matched: usize,
    /// Found names, neutral ones excluded.
    pub found: usize,
    /// Found names that overlap a gold name.
    pub correct_found: usize,
    /// Gold toponyms scored for resolution (literal, with coordinates).
    pub resolvable: usize,
    /// Of those, resolved within [`KM`] from the gold span.
    pub within_gold_span: usize,
    /// Of those, the gold span named nothing the gazetteer knows and was resolved to the
    /// article's main place (a street or building in the city the article is about).
    pub fallback: usize,
    /// Of those, nothing was resolved at all (counted wrong).
    pub unresolved: usize,
    /// Of those, found by `find_places` and resolved within [`KM`].
    pub within_end_to_end: usize,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.matched += o.matched;
        self.found += o.found;
        self.correct_found += o.correct_found;
        self.resolvable += o.resolvable;
        self.within_gold_span += o.within_gold_span;
        self.fallback += o.fallback;
        self.unresolved += o.unresolved;
        self.within_end_to_end += o.within_end_to_end;
    }

    /// Found names that are gold names.
    pub fn precision(&self) -> f64 {
        ratio(self.correct_found, self.found)
    }

    /// Gold names found.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        crate::cameo::f1(self.precision(), self.recall())
    }

    /// Accuracy within 161 km, resolving gold spans.
    pub fn accuracy_gold_spans(&self) -> f64 {
        ratio(self.within_gold_span, self.resolvable)
    }

    /// Accuracy within 161 km, end to end (a missed name is wrong).
    pub fn accuracy_end_to_end(&self) -> f64 {
        ratio(self.within_end_to_end, self.resolvable)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// What went wrong with one gold toponym or one found name, for reading failures.
#[derive(Debug, Clone)]
pub struct Failure {
    /// `GeoWebNews` or `LGL`.
    pub set: &'static str,
    pub doc: String,
    pub half: Half,
    /// `missed`, `spurious`, `far` (resolved more than 161 km off) or `unknown`.
    pub kind: &'static str,
    /// The name, with some text around it.
    pub name: String,
    pub context: String,
    /// Gold point, ours and the distance in km, when there is one.
    pub detail: String,
}

/// Scores per set and half.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// (set, half label, scores); halves `tune`, `held-out`, `all`.
    pub rows: Vec<(&'static str, &'static str, Scores)>,
    /// Every failure, in document order.
    pub failures: Vec<Failure>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "toponyms: recognition (span overlap) and resolution (accuracy within {KM} km)"
        )?;
        writeln!(
            f,
            "{:<11} {:<9} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8}",
            "set",
            "half",
            "docs",
            "gold",
            "P",
            "R",
            "F1",
            "resolv",
            "fallbk",
            "none",
            "acc@gold",
            "acc@e2e"
        )?;
        for (set, half, s) in &self.rows {
            writeln!(
                f,
                "{:<11} {:<9} {:>5} {:>6} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6} {:>8.3} {:>8.3}",
                set,
                half,
                s.documents,
                s.gold,
                s.precision(),
                s.recall(),
                s.f1(),
                s.resolvable,
                s.fallback,
                s.unresolved,
                s.accuracy_gold_spans(),
                s.accuracy_end_to_end(),
            )?;
        }
        writeln!(
            f,
            "resolv: literal gold toponyms with coordinates; fallbk: of those, names the gazetteer \
             lacks, resolved to the article's main place; none: unresolved (wrong)\n\
             acc@gold: gold spans resolved in context, right within {KM} km or by GeoNames id; \
             acc@e2e: found by find_places and so resolved (a missed name is wrong)"
        )?;
        writeln!(f, "{PUBLISHED}")
    }
}

/// Scores `find_places` and `resolve_span` on the gold sets in `dir` (the `geoparsing-gold`
/// folder, or the shared data folder that holds it).
pub fn run(dir: &Path) -> Result<Report, Error> {
    let dir = if dir.join("GWN.xml.gz").exists() {
        dir.to_path_buf()
    } else {
        dir.join("geoparsing-gold")
    };
    let gaz = Gazetteer::builtin();
    let mut report = Report::default();
    for (set, file) in [("GeoWebNews", "GWN.xml.gz"), ("LGL", "lgl.xml.gz")] {
        let path = dir.join(file);
        let xml = read_gz(&path)?;
        let docs = if set == "LGL" {
            parse_lgl(&xml, &path, gaz)?
        } else {
            parse_gwn(&xml, &path, gaz)?
        };
        let mut halves = [Scores::default(), Scores::default()];
        for doc in &docs {
            let half = Half::of(&doc.id);
            let scores = score_doc(gaz, set, doc, half, &mut report.failures);
            halves[usize::from(half == Half::HeldOut)].add(&scores);
        }
        let mut all = halves[0];
        all.add(&halves[1]);
        report.rows.push((set, "tune", halves[0]));
        report.rows.push((set, "held-out", halves[1]));
        report.rows.push((set, "all", all));
    }
    Ok(report)
}

fn read_gz(path: &PathBuf) -> Result<String, Error> {
    let packed = std::fs::read(path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let bytes =
        sitrep_ingest::capped::gunzip_capped(&packed, MAX_GOLD_BYTES).map_err(|e| Error::Data {
            path: path.clone(),
            message: e.to_string(),
        })?;
    String::from_utf8(bytes).map_err(|e| Error::Data {
        path: path.clone(),
        message: e.to_string(),
    })
}

fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().min(1.0).asin()
}

/// The same GeoNames feature: right whatever the two points (a country's point differs between
/// GeoNames and our coarse centre).
fn same_id(g: &Gold, ours: Option<u64>) -> bool {
    g.geonames_id.is_some() && g.geonames_id == ours
}

fn overlaps(a: TextRange, b: TextRange) -> bool {
    a.start < b.end && b.start < a.end
}

fn context(text: &str, r: TextRange) -> String {
    let mut a = r.start.saturating_sub(60);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (r.end + 60).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    let (before, name, after) = (
        text.get(a..r.start).unwrap_or_default(),
        text.get(r.start..r.end).unwrap_or_default(),
        text.get(r.end..b).unwrap_or_default(),
    );
    format!("{before}[[{name}]]{after}").replace('\n', " ")
}

fn score_doc(
    gaz: &Gazetteer,
    set: &'static str,
    doc: &Doc,
    half: Half,
    failures: &mut Vec<Failure>,
) -> Scores {
    let focus = Focus::default();
    let found = find_places(gaz, &doc.text, &focus);
    let mut s = Scores {
        documents: 1,
        ..Scores::default()
    };
    let mut fail = |kind: &'static str, r: TextRange, detail: String| {
        failures.push(Failure {
            set,
            doc: doc.id.clone(),
            half,
            kind,
            name: doc.text.get(r.start..r.end).unwrap_or_default().to_owned(),
            context: context(&doc.text, r),
            detail,
        });
    };
    // Recognition: one-to-one greedy matching by overlap, gold in text order.
    let mut used = vec![false; found.len()];
    let mut found_of_gold: Vec<Option<usize>> = vec![None; doc.gold.len()];
    for (gi, g) in doc.gold.iter().enumerate() {
        if !matches!(g.role, Role::Name { .. }) {
            continue;
        }
        s.gold += 1;
        if let Some(fi) = (0..found.len()).find(|&i| !used[i] && overlaps(found[i].range, g.range))
        {
            used[fi] = true;
            found_of_gold[gi] = Some(fi);
            s.matched += 1;
        } else {
            fail("missed", g.range, String::new());
        }
    }
    for (fi, m) in found.iter().enumerate() {
        if used[fi] {
            s.found += 1;
            s.correct_found += 1;
            continue;
        }
        let overlapping: Vec<&Gold> = doc
            .gold
            .iter()
            .filter(|g| overlaps(g.range, m.range) && g.role != Role::Ignored)
            .collect();
        let neutral = overlapping
            .iter()
            .any(|g| matches!(g.role, Role::Neutral { .. } | Role::Name { .. }));
        if neutral {
            // A neutral annotation, or a second name inside a gold name already matched.
            continue;
        }
        s.found += 1;
        fail(
            "spurious",
            m.range,
            format!(
                "{} {}",
                m.place.name,
                m.place.country.as_deref().unwrap_or("-")
            ),
        );
    }
    // Resolution.
    for (gi, g) in doc.gold.iter().enumerate() {
        let literal = match g.role {
            Role::Name { literal } | Role::Neutral { literal } => literal,
            _ => false,
        };
        let Some(point) = g.point.filter(|_| literal) else {
            continue;
        };
        s.resolvable += 1;
        let resolved = resolve_span(gaz, &doc.text, g.range, &focus);
        s.fallback += usize::from(resolved.as_ref().is_some_and(|m| m.score == 0.0));
        match resolved {
            Some(m) => match (m.place.lat, m.place.lon) {
                (Some(lat), Some(lon)) => {
                    let d = distance_km(point, (lat, lon));
                    if d <= KM || same_id(g, m.place.geonames_id) {
                        s.within_gold_span += 1;
                    } else {
                        fail(
                            "far",
                            g.range,
                            format!(
                                "gold {:.3},{:.3} ours {} {} {} {:.3},{:.3} {:.0} km",
                                point.0,
                                point.1,
                                m.place.name,
                                m.place.admin1.as_deref().unwrap_or("-"),
                                m.place.country.as_deref().unwrap_or("-"),
                                lat,
                                lon,
                                d
                            ),
                        );
                    }
                }
                _ => {
                    s.unresolved += 1;
                    fail("unknown", g.range, format!("{} has no point", m.place.name));
                }
            },
            None => {
                s.unresolved += 1;
                fail(
                    "unknown",
                    g.range,
                    format!("gold {:.3},{:.3} {}", point.0, point.1, g.name),
                );
            }
        }
        let e2e = found_of_gold[gi]
            .or_else(|| (0..found.len()).find(|&i| overlaps(found[i].range, g.range)))
            .and_then(|i| found.get(i))
            .is_some_and(|m| {
                same_id(g, m.place.geonames_id)
                    || m.place
                        .lat
                        .zip(m.place.lon)
                        .is_some_and(|p| distance_km(point, p) <= KM)
            });
        s.within_end_to_end += usize::from(e2e);
    }
    s
}

/// Text between `<tag ...>` and `</tag>` for each element `tag` in `xml`, with its attributes.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = rest.get(i + open.len()..).unwrap_or_default();
        let Some(gt) = after.find('>') else { break };
        let next = after.chars().next();
        if !matches!(next, Some(' ' | '>' | '/' | '\t' | '\n')) {
            rest = after;
            continue;
        }
        let attrs = after.get(..gt).unwrap_or_default();
        let body = after.get(gt + 1..).unwrap_or_default();
        if attrs.ends_with('/') {
            out.push((attrs, ""));
            rest = body;
            continue;
        }
        let Some(end) = body.find(&close) else { break };
        out.push((attrs, body.get(..end).unwrap_or_default()));
        rest = body.get(end + close.len()..).unwrap_or_default();
    }
    out
}

fn unescape(s: &str) -> String {
    if let Some(inner) = s
        .trim()
        .strip_prefix("<![CDATA[")
        .and_then(|x| x.strip_suffix("]]>"))
    {
        return inner.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or_default());
        let tail = rest.get(i..).unwrap_or_default();
        let Some(semi) = tail.find(';').filter(|&j| j <= 10) else {
            out.push('&');
            rest = tail.get(1..).unwrap_or_default();
            continue;
        };
        let entity = tail.get(1..semi).unwrap_or_default();
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = tail.get(semi + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn child(body: &str, tag: &str) -> Option<String> {
    elements(body, tag)
        .into_iter()
        .next()
        .map(|(_, inner)| unescape(inner))
}

fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let i = attrs.find(&key)?;
    let rest = attrs.get(i + key.len()..)?;
    rest.get(..rest.find('"')?)
}

/// Byte offset of each char index (plus the end), since the gold offsets count characters.
fn char_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Negative offsets count from the end, as in Python (a few GeoWebNews toponyms have them).
fn byte_range(offsets: &[usize], start: &str, end: &str) -> Option<TextRange> {
    let chars = offsets.len().checked_sub(1)? as i64;
    let index = |s: &str| -> Option<usize> {
        let n: i64 = s.trim().parse().ok()?;
        usize::try_from(if n < 0 { chars + n } else { n }).ok()
    };
    let (a, b) = (index(start)?, index(end)?);
    (a < b).then_some(())?;
    Some(TextRange::new(*offsets.get(a)?, *offsets.get(b)?))
}

fn bad(path: &Path, message: String) -> Error {
    Error::Data {
        path: path.to_path_buf(),
        message,
    }
}

fn parse_gwn(xml: &str, path: &Path, gaz: &Gazetteer) -> Result<Vec<Doc>, Error> {
    let mut docs = Vec::new();
    for (attrs, body) in elements(xml, "article") {
        let file = attr(attrs, "file").unwrap_or_default();
        let text =
            child(body, "text").ok_or_else(|| bad(path, format!("article {file}: no text")))?;
        let offsets = char_offsets(&text);
        let mut gold = Vec::new();
        for (_, t) in elements(body, "toponym") {
            let field = |tag: &str| child(t, tag).unwrap_or_default();
            let Some(range) = byte_range(&offsets, &field("start"), &field("end")) else {
                return Err(bad(
                    path,
                    format!(
                        "article {file}: bad toponym offsets {:?}..{:?} of {}",
                        field("start"),
                        field("end"),
                        offsets.len()
                    ),
                ));
            };
            let name = field("extractedName");
            let adjective = country_of_adjective(gaz, &name).is_some();
            let ty = field("type");
            let literal = matches!(
                ty.as_str(),
                "Literal" | "Literal_Modifier" | "Mixed" | "Coercion" | "Embedded_Literal"
            );
            let role = match ty.as_str() {
                "Literal"
                | "Literal_Modifier"
                | "Mixed"
                | "Coercion"
                | "Metonymic"
                | "Non_Literal_Modifier"
                    if !adjective =>
                {
                    Role::Name { literal }
                }
                "Literal"
                | "Literal_Modifier"
                | "Mixed"
                | "Coercion"
                | "Metonymic"
                | "Non_Literal_Modifier"
                | "Demonym"
                | "Language"
                | "Embedded_Literal"
                | "Embedded_Non_Lit" => Role::Neutral { literal },
                "Homonym" | "Non_Toponym" => Role::NotPlace,
                _ => Role::Ignored,
            };
            let point = field("latitude")
                .trim()
                .parse()
                .ok()
                .zip(field("longitude").trim().parse().ok());
            gold.push(Gold {
                range,
                name,
                role,
                point,
                geonames_id: field("geonamesID").trim().parse().ok(),
            });
        }
        docs.push(Doc {
            id: format!("gwn-{file}"),
            text,
            gold,
        });
    }
    if docs.is_empty() {
        return Err(bad(path, "no articles".to_owned()));
    }
    Ok(docs)
}

fn parse_lgl(xml: &str, path: &Path, gaz: &Gazetteer) -> Result<Vec<Doc>, Error> {
    let mut docs = Vec::new();
    for (attrs, body) in elements(xml, "article") {
        let id = attr(attrs, "docid").unwrap_or_default();
        let text =
            child(body, "text").ok_or_else(|| bad(path, format!("article {id}: no text")))?;
        let offsets = char_offsets(&text);
        let mut gold = Vec::new();
        for (_, t) in elements(body, "toponym") {
            let field = |tag: &str| child(t, tag).unwrap_or_default();
            let Some(range) = byte_range(&offsets, &field("start"), &field("end")) else {
                return Err(bad(path, format!("article {id}: bad toponym offsets")));
            };
            let point = field("lat")
                .trim()
                .parse()
                .ok()
                .zip(field("lon").trim().parse().ok());
            let name = field("phrase");
            // Adjectives are not reported as places (see the module docs), as in GeoWebNews.
            let role = if country_of_adjective(gaz, &name).is_some() {
                Role::Neutral { literal: true }
            } else {
                Role::Name { literal: true }
            };
            gold.push(Gold {
                range,
                name,
                role,
                point,
                geonames_id: elements(t, "gaztag")
                    .first()
                    .and_then(|(a, _)| attr(a, "geonameid"))
                    .and_then(|id| id.trim().parse().ok()),
            });
        }
        docs.push(Doc {
            id: format!("lgl-{id}"),
            text,
            gold,
        });
    }
    if docs.is_empty() {
        return Err(bad(path, "no articles".to_owned()));
    }
    Ok(docs)
}

/// Checks that gold names read from the offsets equal the names the files state; used by the
/// tests and handy when the data changes.
pub fn offsets_agree(dir: &Path) -> Result<(usize, usize), Error> {
    let dir = if dir.join("GWN.xml.gz").exists() {
        dir.to_path_buf()
    } else {
        dir.join("geoparsing-gold")
    };
    let gaz = Gazetteer::builtin();
    let mut counts: HashMap<bool, usize> = HashMap::new();
    for file in ["GWN.xml.gz", "lgl.xml.gz"] {
        let path = dir.join(file);
        let xml = read_gz(&path)?;
        let docs = if file == "lgl.xml.gz" {
            parse_lgl(&xml, &path, gaz)?
        } else {
            parse_gwn(&xml, &path, gaz)?
        };
        for doc in &docs {
            for g in &doc.gold {
                let same = doc.text.get(g.range.start..g.range.end) == Some(g.name.as_str());
                *counts.entry(same).or_default() += 1;
            }
        }
    }
    Ok((
        counts.get(&true).copied().unwrap_or(0),
        counts.get(&false).copied().unwrap_or(0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_escaped_and_cdata_text() {
        let xml = "<articles><article file=\"7\"><text>A &amp; B in Wana</text><toponyms>\
                   <toponym><extractedName>Wana</extractedName><type>Literal</type>\
                   <start>9</start><end>13</end><latitude>32.3</latitude>\
                   <longitude>69.57</longitude></toponym></toponyms></article></articles>";
        let docs = parse_gwn(xml, Path::new("x"), Gazetteer::builtin()).unwrap();
        assert_eq!(docs[0].text, "A & B in Wana");
        assert_eq!(docs[0].gold[0].range, TextRange::new(9, 13));
        assert_eq!(docs[0].gold[0].role, Role::Name { literal: true });
        assert_eq!(unescape("<![CDATA[a &amp; b]]>"), "a &amp; b");
    }

    #[test]
    fn gold_offsets_point_at_the_gold_names() {
        let dir =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/geoparsing-gold");
        if !dir.exists() {
            return;
        }
        let (same, different) = offsets_agree(&dir).unwrap();
        // Five GeoWebNews names differ from their offsets' text in the data itself.
        assert_eq!((same, different), (6612 + 5088 - 5, 5));
    }

    #[test]
    fn distances() {
        // Islamabad to Peshawar is about 150 km.
        let d = distance_km((33.72, 73.04), (34.01, 71.58));
        assert!((130.0..170.0).contains(&d), "{d}");
        assert_eq!(distance_km((1.0, 2.0), (1.0, 2.0)), 0.0);
    }
}
