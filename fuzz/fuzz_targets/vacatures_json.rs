//! Vacancies as schema.org JobPosting JSON (one object, an array, or JSON lines), as uploaded on
//! /vacatures and read by `spoor2 match --vacatures`; every vacancy read is then judged for a profile.
#![no_main]

use libfuzzer_sys::fuzz_target;
use matching::{Catalogus, lees_profiel, rangschik_vacatures};

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    let (vacatures, _fouten) = matching::lees_vacatures(tekst, Catalogus::ingebouwd());
    let profiel = lees_profiel(r#"{"belastbaarheid": {"4.13": 3}, "postcode": "3511", "uren_per_week": 24}"#).unwrap();
    let _ = rangschik_vacatures(&profiel, &vacatures, None);
});
