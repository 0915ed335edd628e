//! Matching a belastbaarheid (FML) to passende arbeid: demand profiles on the FML items, the verdict per
//! item with its reason in plain Dutch, the built-in occupation catalogue, and a transparent,
//! deterministic ranking. Pure functions over plain data: no IO.

pub mod afstand;
pub mod beroepenimport;
pub mod catalogus;
pub mod index;
pub mod koppelaar;
pub mod melo;
pub mod oordeel;
pub mod profiel;
pub mod rangorde;
pub mod vacature;
pub mod vacature_csv;
pub mod vraag;

pub use afstand::{GeonamesImport, Postcodetabel, haversine_km};
pub use catalogus::{Beroep, Catalogus, CatalogusFout, Herkomst, Koppelpad};
pub use index::{Vacatureindex, Zoekuitkomst};
pub use koppelaar::{Concept, Koppelaar, Treffer};
pub use melo::{Maten, Melo, MeloFout};
pub use oordeel::{Belastbaarheid, Oordeel, Reden, Toetsing, Voorblad, toets};
pub use profiel::{ProfielFout, lees_profiel};
pub use rangorde::{Profiel, Resultaat, ScoreOpbouw, Vacaturegegevens, beoordeel_beroep, rangschik_beroepen};
pub use vacature::{Regelfout, Vacature, lees_vacatures, rangschik_vacatures};
pub use vacature_csv::{Kolommen, lees_vacatures_csv};
pub use vraag::{Sterkte, Vraagprofiel, Werktijden};
