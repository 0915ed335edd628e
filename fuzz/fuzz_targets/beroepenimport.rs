//! The ESCO + O*NET importer (`spoor2 beroepen importeer`): the input is its five source files in the
//! order of `BESTANDEN`, separated by 0x1E bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use matching::beroepenimport::{Bronnen, importeer, naar_toml};

fuzz_target!(|data: &[u8]| {
    let Ok(tekst) = std::str::from_utf8(data) else { return };
    let delen: Vec<&str> = tekst.splitn(5, '\u{1e}').collect();
    let [esco, esco_onet, onet_2010_2019, onet, isco_soc] = delen[..] else { return };
    let bronnen = Bronnen { esco, esco_onet, onet_2010_2019, onet, isco_soc };
    if let Ok(import) = importeer(&bronnen, |_, _| {}) {
        // What the importer writes, the catalogue reads back.
        matching::Catalogus::lees(&naar_toml(&import.beroepen)).unwrap();
    }
});
