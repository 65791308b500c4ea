//! The gazetteer: countries, first-level subdivisions and populated places down to about 1,000
//! inhabitants, from GeoNames (CC BY 4.0; `data/geo/README.md` has the attribution), with a
//! case- and diacritic-insensitive name lookup and a context-aware resolver.
//!
//! The data is `data/geo/*.tsv`, built by `scripts/build_gazetteer.py` and embedded at compile
//! time; [`Gazetteer::builtin`] parses it once, on first use, into [`Entry`]s and an index from
//! [`fold`]ed names (name and alternates) to entries sorted by population, the prior.
//! [`Gazetteer::resolve`] prefers a candidate in the [`Context`]'s subdivision, then its country,
//! then the most populous; [`Gazetteer::to_place`] makes the contract's place object.
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

mod fold;
mod gazetteer;

pub use fold::fold;
pub use gazetteer::{Context, Entry, Gazetteer, Kind};
