//! `spoor2 postcodes importeer FILE`: PC4 coordinates from the GeoNames postal-code file for the Netherlands
//! into the data directory (`postcodes.csv`), where `spoor2 match` finds them for travel distances.

use std::path::Path;

use matching::{GeonamesImport, Postcodetabel};

use crate::Fout;
use crate::gegevens::{self, POSTCODES, Voortgang};

pub fn importeer(bestand: &Path) -> Result<(), Fout> {
    let tekst = gegevens::lees_bestand(bestand, "postcodes importeer")?;
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(&tekst);
    let regels: Vec<&str> = tekst.lines().collect();
    let mut import = GeonamesImport::default();
    let mut fouten = Vec::new();
    let mut voortgang = Voortgang::nieuw("postcodes lezen, regels", regels.len());
    for (i, regel) in regels.iter().enumerate() {
        if let Err(melding) = import.regel(regel) {
            fouten.push(format!("regel {}: {melding}", i + 1));
        }
        voortgang.bij(i + 1);
    }
    voortgang.klaar();
    for f in &fouten {
        eprintln!("overgeslagen: {f}");
    }
    let gelezen = import.regels();
    let tabel = import.klaar();
    if tabel.is_empty() {
        return Err(Fout::Invoer(format!(
            "{}: geen enkele bruikbare regel ({} overgeslagen); verwacht het GeoNames-postcodebestand voor NL \
             (tab-gescheiden: land, postcode, plaats, …, breedtegraad, lengtegraad); er is niets geïmporteerd",
            bestand.display(),
            fouten.len()
        )));
    }
    let doel = gegevens::map()?.join(POSTCODES);
    gegevens::schrijf_geheel(&doel, tabel.naar_csv().as_bytes())?;
    crate::uitvoer(&format!(
        "{} postcodes (PC4) geïmporteerd uit {} regels van {} naar {}; {} regel(s) overgeslagen.\n",
        tabel.len(),
        gelezen,
        bestand.display(),
        doel.display(),
        fouten.len()
    ))
}

/// The imported table, or `None` when nothing has been imported yet.
pub fn laad() -> Result<Option<Postcodetabel>, Fout> {
    let pad = gegevens::map()?.join(POSTCODES);
    let tekst = match std::fs::read_to_string(&pad) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Fout::Invoer(format!("kan {} niet lezen: {e}", pad.display()))),
    };
    Postcodetabel::lees_csv(&tekst).map(Some).map_err(|e| {
        Fout::Invoer(format!(
            "{} is beschadigd ({e}); importeer opnieuw met: spoor2 postcodes importeer BESTAND",
            pad.display()
        ))
    })
}
