//! The case JSON of `spoor2 tijdlijn` (and of the API's timeline): read, and when it reads, the
//! clock and its JSON output over it.
#![no_main]

use domain::poortwachter::bereken;
use domain::poortwachter::json::{TijdlijnJson, lees_casus};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    if let Ok(casus) = lees_casus(tekst, jiff::civil::date(2026, 11, 23)) {
        let tijdlijn = bereken(&casus);
        serde_json::to_string(&TijdlijnJson::nieuw(&casus, &tijdlijn)).unwrap();
    }
});
