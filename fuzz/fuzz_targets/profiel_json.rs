//! The profile JSON of `spoor2 match`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    let _ = matching::lees_profiel(tekst);
});
