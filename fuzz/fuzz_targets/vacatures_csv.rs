//! Vacancies as CSV with an optional column mapping (`--kolommen`, the upload's mapping field): the
//! input is the mapping, a 0x1E byte, and the CSV; without that byte it is the CSV alone.
#![no_main]

use libfuzzer_sys::fuzz_target;
use matching::{Catalogus, Kolommen, lees_vacatures_csv};

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    let (kolommen, csv) = match tekst.split_once('\u{1e}') {
        Some((k, csv)) => match Kolommen::lees(k) {
            Ok(k) => (Some(k), csv),
            Err(_) => return,
        },
        None => (None, tekst),
    };
    let _ = lees_vacatures_csv(csv, kolommen.as_ref(), Catalogus::ingebouwd());
});
