//! Where: the gazetteer, and the places named in running text.
//!
//! **The gazetteer.** Countries, first-level subdivisions and populated places down to about
//! 1,000 inhabitants, from GeoNames (CC BY 4.0; `data/geo/README.md` has the attribution), plus
//! a few continents, oceans and seas written by hand ([`REGIONS`]), with a case- and
//! diacritic-insensitive name lookup and a context-aware resolver. The data is
//! `data/geo/*.tsv`, built by `scripts/build_gazetteer.py` and embedded at compile time;
//! [`Gazetteer::builtin`] parses it once, on first use (about 0.4 s in release), into
//! [`Entry`]s and an index from [`fold`]ed names (name and alternates) to entries sorted by
//! population, the prior. A subdivision's point is the middle of its places' bounding box, and
//! districts ([`District`], the places' `admin2` column) are indexed by name with the mean point
//! of their places. [`Gazetteer::resolve`] prefers a candidate in the [`Context`]'s
//! subdivision, then its country, then the most populous; [`Gazetteer::to_place`] makes the
//! contract's place object.
//!
//! ```
//! use sitrep_geo::{Context, Gazetteer, Kind};
//!
//! let gazetteer = Gazetteer::builtin();
//! let context = Context { country_focus: Some("PK"), admin1_hint: None };
//! let wana = gazetteer.resolve("Wana", &context).expect("Wana is in the gazetteer");
//! assert_eq!((wana.kind, wana.country), (Kind::Place, "PK"));
//! let place = gazetteer.to_place(wana);
//! assert_eq!(place.country.as_deref(), Some("PAK"));
//! assert_eq!(place.admin1.as_deref(), Some("Khyber Pakhtunkhwa"));
//! assert_eq!(place.precision, "city");
//! assert!(gazetteer.lookup("Nowhere-on-Earth-xyz").is_empty());
//! ```
//!
//! **Toponyms in text.** [`find_places`] finds the place names in an article and resolves each
//! one ([`PlaceMention`]: byte range, text, entry, contract [`Place`](sitrep_model::Place),
//! `metonymic`, score). Capitalised spans are hashed against the folded names (no automaton over
//! 170,000 names: a 4 KB article costs about 0.2 ms); common words, persons and pieces of
//! organisation names are filtered out; candidates are scored by population, the subdivision or
//! country the text states beside the name, and the article's focus ([`Focus`]: dateline,
//! countries, outlet, and the names elsewhere in the text, with a bonus for a candidate
//! near the article's other places). Demonyms (`Syrian`) are not
//! reported; [`country_of_adjective`] maps one to its country. [`resolve_span`] resolves a name
//! someone else found, in the same article context. The rules are described in the
//! `toponym` module; `EVAL.md` has the measured precision, recall and accuracy.
//!
//! ```
//! use sitrep_geo::{Focus, Gazetteer, find_places};
//!
//! let text = "Militants attacked a checkpoint near Wana in South Waziristan. \
//!             Islamabad rejected the claims.";
//! let found = find_places(Gazetteer::builtin(), text, &Focus::default());
//! let wana = &found[0];
//! assert_eq!((wana.text.as_str(), wana.range.start), ("Wana", 37));
//! assert_eq!(wana.place.admin1.as_deref(), Some("Khyber Pakhtunkhwa"));
//! assert_eq!(wana.place.admin2.as_deref(), Some("South Waziristan"));
//! assert!(found[1].metonymic, "Islamabad stands for Pakistan's government");
//! ```

mod fold;
mod gazetteer;
mod hash;
mod toponym;

pub use fold::{fold, fold_into};
pub use gazetteer::{Context, District, Entry, Gazetteer, Kind, REGIONS};
pub use toponym::{Focus, PlaceMention, STOP, country_of_adjective, find_places, resolve_span};
