//! `spoor2 beroepen importeer MAP`: a full occupation catalogue from the public ESCO and O*NET files and their
//! crosswalks (see `matching::beroepenimport`), written whole to the data directory (`beroepen.toml`) or to
//! `--uit`. `spoor2 match --beroepen FILE` then matches against it instead of the built-in catalogue.

use std::path::{Path, PathBuf};

use matching::beroepenimport::{BESTANDEN, Bronnen, importeer as bouw, naar_toml};
use matching::{Catalogus, Koppelpad};

use crate::Fout;
use crate::gegevens::{self, Voortgang};

/// The catalogue's file name in the data directory.
pub const BEROEPEN: &str = "beroepen.toml";

pub fn importeer(map: &Path, uit: Option<PathBuf>) -> Result<(), Fout> {
    let mut teksten = Vec::new();
    for naam in BESTANDEN {
        teksten.push(gegevens::lees_bestand(&map.join(naam), "beroepen importeer")?);
    }
    let bronnen = Bronnen {
        esco: &teksten[0],
        esco_onet: &teksten[1],
        onet_2010_2019: &teksten[2],
        onet: &teksten[3],
        isco_soc: &teksten[4],
    };
    let mut voortgang: Option<Voortgang> = None;
    let import = bouw(&bronnen, |gedaan, totaal| {
        voortgang.get_or_insert_with(|| Voortgang::nieuw("ESCO-beroepen", totaal)).bij(gedaan)
    })
    .map_err(|e| Fout::Invoer(format!("beroepen importeer: {e}; er is niets geïmporteerd")))?;
    if let Some(v) = voortgang {
        v.klaar();
    }
    for f in &import.fouten {
        eprintln!("overgeslagen: {f}");
    }
    if import.beroepen.is_empty() {
        return Err(Fout::Invoer(format!(
            "beroepen importeer: geen enkel beroep met een vraagprofiel uit {}; er is niets geïmporteerd",
            map.display()
        )));
    }
    let toml = naar_toml(&import.beroepen);
    // What is written must read back as a catalogue; otherwise nothing is written.
    let terug = Catalogus::lees(&toml).map_err(|e| Fout::Intern(anyhow::anyhow!("geïmporteerde catalogus: {e}")))?;
    let doel = match uit {
        Some(p) => p,
        None => gegevens::map()?.join(BEROEPEN),
    };
    gegevens::schrijf_geheel(&doel, toml.as_bytes())?;
    crate::uitvoer(&format!(
        "{} beroepen geïmporteerd naar {} ({} direct via de ESCO↔O*NET-crosswalk, {} via de ISCO-groep); \
         {} van {} ESCO-beroepen zonder O*NET-profiel; {} regel(s) overgeslagen.\n\
         Gebruik: spoor2 match --profiel PROFIEL.json --beroepen {}\n",
        terug.beroepen.len(),
        doel.display(),
        import.aantal(Koppelpad::Direct),
        import.aantal(Koppelpad::Isco),
        import.zonder_profiel.len(),
        import.esco_gelezen,
        import.fouten.len(),
        doel.display()
    ))
}
