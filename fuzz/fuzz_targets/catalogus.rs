//! An occupation catalogue in TOML (`spoor2 match --beroepen`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    let _ = matching::Catalogus::lees(tekst);
});
