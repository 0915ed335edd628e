//! The postcode tables: the GeoNames dump (`spoor2 postcodes importeer`) line by line, and the stored
//! PC4 table read back at start-up; what the import makes, the reader reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use matching::{GeonamesImport, Postcodetabel};

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    let _ = Postcodetabel::lees_csv(tekst);
    let mut import = GeonamesImport::default();
    for regel in tekst.lines() {
        let _ = import.regel(regel);
    }
    let tabel = import.klaar();
    assert_eq!(Postcodetabel::lees_csv(&tabel.naar_csv()).unwrap().len(), tabel.len());
});
