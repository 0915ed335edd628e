//! The pure rules of spoor2: no IO, no async.

pub mod bewaartermijn;
pub mod correctie;
pub mod fml;
pub mod inzicht;
pub mod poortwachter;
pub mod riv;
pub mod toegang;
pub mod traject;
pub mod waarden;
