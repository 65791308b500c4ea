//! The embedded gazetteer: parsing, the name index, lookup and resolution.

use std::collections::HashMap;
use std::sync::OnceLock;

use sitrep_model::Place;

use crate::fold::fold;

const PLACES_TSV: &str = include_str!("../../../data/geo/places.tsv");
const ADMIN1_TSV: &str = include_str!("../../../data/geo/admin1.tsv");
const COUNTRIES_TSV: &str = include_str!("../../../data/geo/countries.tsv");

/// What level of the map an [`Entry`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Country,
    /// A first-level subdivision: state, province, region.
    Admin1,
    /// A populated place (city, town, village) of about 1,000 inhabitants or more.
    Place,
}

/// One gazetteer row. Text fields borrow the embedded data; an empty string is unknown.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub name: &'static str,
    /// Other names, `|`-separated (see [`Entry::alternates`]).
    pub alternates_raw: &'static str,
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// GeoNames admin1 code within `country` (`03` is Khyber Pakhtunkhwa in `PK`).
    pub admin1: &'static str,
    /// ISO 3166-2 code, for [`Kind::Admin1`] entries that have one.
    pub iso3166_2: &'static str,
    /// District name, for places where the data has one.
    pub admin2: &'static str,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// The population prior: a census figure for places and countries, the sum of the listed
    /// places for subdivisions.
    pub population: u64,
    pub geonames_id: Option<u64>,
}

impl Entry {
    /// The alternate names, in data order.
    pub fn alternates(&self) -> impl Iterator<Item = &'static str> {
        self.alternates_raw.split('|').filter(|s| !s.is_empty())
    }
}

/// What the text around a name says about where it is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The article's country: ISO alpha-2, alpha-3 or a country name.
    pub country_focus: Option<&'a str>,
    /// A first-level subdivision named nearby: a name, a former name or an ISO 3166-2 code.
    pub admin1_hint: Option<&'a str>,
}

/// Countries, first-level subdivisions and places with a folded-name index.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Folded name -> indices into `entries`, most populous first.
    index: HashMap<Box<str>, Box<[u32]>>,
    /// ISO alpha-2 and alpha-3 (upper case) -> index of the country entry.
    countries: HashMap<&'static str, u32>,
    /// ISO alpha-2 -> alpha-3.
    iso3: HashMap<&'static str, &'static str>,
    /// (alpha-2, GeoNames admin1 code) -> index of the subdivision entry.
    admin1: HashMap<(&'static str, &'static str), u32>,
    /// Data rows that could not be parsed (zero for the shipped data; a test checks it).
    skipped: usize,
}

fn opt_f64(s: &str) -> Option<f64> {
    s.parse().ok()
}

impl Gazetteer {
    /// The gazetteer built from the embedded `data/geo/` files, parsed on first use.
    pub fn builtin() -> &'static Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN.get_or_init(|| Gazetteer::from_tsv(COUNTRIES_TSV, ADMIN1_TSV, PLACES_TSV))
    }

    /// Builds a gazetteer from the three TSV files in the `data/geo/` formats. Malformed rows
    /// are skipped and counted ([`Gazetteer::skipped`]).
    pub fn from_tsv(countries: &'static str, admin1: &'static str, places: &'static str) -> Self {
        let mut g = Gazetteer {
            entries: Vec::with_capacity(places.len() / 80 + 8_000),
            index: HashMap::new(),
            countries: HashMap::new(),
            iso3: HashMap::new(),
            admin1: HashMap::new(),
            skipped: 0,
        };
        let mut iso3: Vec<(&'static str, u32)> = Vec::new();
        for line in countries.lines().skip(1) {
            let c: Vec<&'static str> = line.split('\t').collect();
            let [iso2, i3, gid, name, _capital, lat, lon, pop, alts] = c[..] else {
                g.skipped += 1;
                continue;
            };
            let id = g.entries.len() as u32;
            g.countries.insert(iso2, id);
            g.iso3.insert(iso2, i3);
            iso3.push((i3, id));
            g.entries.push(Entry {
                kind: Kind::Country,
                name,
                alternates_raw: alts,
                country: iso2,
                admin1: "",
                iso3166_2: "",
                admin2: "",
                lat: opt_f64(lat),
                lon: opt_f64(lon),
                population: pop.parse().unwrap_or(0),
                geonames_id: gid.parse().ok(),
            });
        }
        for (code, id) in iso3 {
            g.countries.entry(code).or_insert(id);
        }
        for line in admin1.lines().skip(1) {
            let c: Vec<&'static str> = line.split('\t').collect();
            let [cc, code, iso, name, alts, pop] = c[..] else {
                g.skipped += 1;
                continue;
            };
            let id = g.entries.len() as u32;
            if !code.is_empty() {
                g.admin1.insert((cc, code), id);
            }
            g.entries.push(Entry {
                kind: Kind::Admin1,
                name,
                alternates_raw: alts,
                country: cc,
                admin1: code,
                iso3166_2: iso,
                admin2: "",
                lat: None,
                lon: None,
                population: pop.parse().unwrap_or(0),
                geonames_id: None,
            });
        }
        for line in places.lines().skip(1) {
            let mut c = line.split('\t');
            let (
                Some(gid),
                Some(name),
                Some(ascii),
                Some(alts),
                Some(cc),
                Some(a1),
                Some(lat),
                Some(lon),
                Some(pop),
                Some(a2),
            ) = (
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
            )
            else {
                g.skipped += 1;
                continue;
            };
            let _ = ascii;
            g.entries.push(Entry {
                kind: Kind::Place,
                name,
                alternates_raw: alts,
                country: cc,
                admin1: a1,
                iso3166_2: "",
                admin2: a2,
                lat: opt_f64(lat),
                lon: opt_f64(lon),
                population: pop.parse().unwrap_or(0),
                geonames_id: gid.parse().ok(),
            });
        }
        g.build_index();
        g
    }

    fn build_index(&mut self) {
        let mut index: HashMap<Box<str>, Vec<u32>> = HashMap::with_capacity(self.entries.len() * 2);
        let mut keys: Vec<String> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            keys.clear();
            for name in std::iter::once(e.name).chain(e.alternates()) {
                let key = fold(name);
                if !key.is_empty() && !keys.contains(&key) {
                    keys.push(key);
                }
            }
            for key in keys.drain(..) {
                index
                    .entry(key.into_boxed_str())
                    .or_default()
                    .push(i as u32);
            }
        }
        let entries = &self.entries;
        self.index = index
            .into_iter()
            .map(|(k, mut v)| {
                v.sort_by_key(|&i| (std::cmp::Reverse(entries[i as usize].population), i));
                (k, v.into_boxed_slice())
            })
            .collect();
    }

    /// How many data rows were malformed and left out.
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    /// Every entry, countries first, then subdivisions, then places.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many distinct folded names the index holds.
    pub fn names(&self) -> usize {
        self.index.len()
    }

    /// Entries whose name or an alternate name folds to the same key as `name` (case-,
    /// diacritic- and punctuation-insensitive), most populous first. Empty for an unknown name.
    ///
    /// A `Vec` of references rather than a slice: one entry is reachable by several names.
    pub fn lookup(&self, name: &str) -> Vec<&Entry> {
        self.index
            .get(fold(name).as_str())
            .map(|ids| ids.iter().map(|&i| &self.entries[i as usize]).collect())
            .unwrap_or_default()
    }

    /// The country with this ISO 3166-1 alpha-2 or alpha-3 code (any case) or name.
    pub fn country(&self, code_or_name: &str) -> Option<&Entry> {
        let upper = code_or_name.trim().to_ascii_uppercase();
        if let Some(&i) = self.countries.get(upper.as_str()) {
            return Some(&self.entries[i as usize]);
        }
        self.lookup(code_or_name)
            .into_iter()
            .find(|e| e.kind == Kind::Country)
    }

    /// The first-level subdivision an entry lies in (itself for a subdivision).
    pub fn admin1_of(&self, e: &Entry) -> Option<&Entry> {
        self.admin1
            .get(&(e.country, e.admin1))
            .map(|&i| &self.entries[i as usize])
            .filter(|_| e.kind != Kind::Country)
    }

    fn admin1_matches(&self, e: &Entry, hint_key: &str, hint: &str) -> bool {
        self.admin1_of(e).is_some_and(|a| {
            a.iso3166_2.eq_ignore_ascii_case(hint.trim())
                || std::iter::once(a.name)
                    .chain(a.alternates())
                    .any(|n| fold(n) == hint_key)
        })
    }

    /// The most likely entry for `name` given the context: candidates in the hinted
    /// subdivision first, then those in the focus country, then the most populous.
    ///
    /// A subdivision that has a place of the same name inside it yields to that place.
    /// `None` for an unknown name. A hint that matches no candidate is ignored.
    pub fn resolve(&self, name: &str, context: &Context<'_>) -> Option<&Entry> {
        let focus = context
            .country_focus
            .and_then(|c| self.country(c))
            .map(|c| c.country);
        let hint = context.admin1_hint.map(|h| (fold(h), h));
        let candidates = self.lookup(name);
        // Candidates arrive most populous first; the reversed rank makes `max_by_key` settle
        // ties by population.
        let best = candidates
            .iter()
            .enumerate()
            .max_by_key(|&(rank, e)| {
                let in_admin1 = hint
                    .as_ref()
                    .is_some_and(|(key, raw)| self.admin1_matches(e, key, raw));
                let in_country = focus.is_some_and(|f| f == e.country);
                (in_admin1, in_country, std::cmp::Reverse(rank))
            })
            .map(|(_, e)| *e)?;
        // A subdivision named like a place inside it (São Paulo, Zürich, New York) outranks the
        // place on summed population, but news naming it bare means the place far more often.
        if best.kind == Kind::Admin1
            && let Some(place) = candidates.iter().find(|e| {
                e.kind == Kind::Place && e.country == best.country && e.admin1 == best.admin1
            })
        {
            return Some(place);
        }
        Some(best)
    }

    /// The contract's place object for an entry, with no mentions (the caller adds them).
    pub fn to_place(&self, e: &Entry) -> Place {
        let country = self.iso3.get(e.country).copied();
        let admin1 = match e.kind {
            Kind::Country => None,
            _ => self.admin1_of(e).map(|a| a.name.to_owned()),
        };
        Place {
            name: e.name.to_owned(),
            country: country.map(str::to_owned),
            admin1,
            admin2: (!e.admin2.is_empty()).then(|| e.admin2.to_owned()),
            lat: e.lat,
            lon: e.lon,
            geonames_id: e.geonames_id,
            precision: match e.kind {
                Kind::Country => "country",
                Kind::Admin1 => "admin1",
                Kind::Place => "city",
            }
            .to_owned(),
            metonymic: false,
            mentions: Vec::new(),
            from: None,
        }
    }
}
