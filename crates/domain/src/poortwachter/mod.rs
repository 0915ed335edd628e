//! The Poortwachter clock and compliance check, as `shared/domain/poortwachter.md` states them.

pub mod bevinding;
pub mod casus;
pub mod datum;
pub mod json;
pub mod keten;
pub mod mijlpaal;
pub mod tijdlijn;

pub use bevinding::{Bevinding, Ernst, Feit};
pub use casus::{
    Casus, CasusInvoer, Gebeurtenis, InvoerFout, Loonstop, Soort, UitzonderingSpoor2, Verlof, Ziekteperiode,
};
pub use mijlpaal::{Mijlpaal, MijlpaalCode, Status};
pub use tijdlijn::{Tijdlijn, bereken};
