//! `spoor2 vacatures importeer`: a vacancy file into the organisation's vacancies in the database, read the
//! same way as `spoor2 match --vacatures` and the import page, stored in one transaction.

use std::path::Path;

use matching::Catalogus;
use store::Actor;

use crate::instellingen::Instellingen;
use crate::{Fout, uitvoer};

pub fn importeer(bestand: &Path, organisatie: Option<&str>, kolommen: Option<&str>, vervang: bool) -> Result<(), Fout> {
    let store = Instellingen::laad()?.store()?;
    let (organisatie_id, naam) = match crate::signalen::organisaties(&store, organisatie)?.as_slice() {
        [enige] => enige.clone(),
        [] => return Err(Fout::Invoer("de database heeft nog geen organisatie".into())),
        meer => {
            let namen: Vec<String> = meer.iter().map(|(id, naam)| format!("{naam} ({id})")).collect();
            return Err(Fout::Invoer(format!("kies de organisatie met --organisatie: {}", namen.join(", "))));
        }
    };
    eprintln!("Vacatures lezen uit {}…", bestand.display());
    let (vacatures, fouten) = crate::matchen::lees_vacaturebestand(bestand, kolommen, Catalogus::ingebouwd())?;
    for f in &fouten {
        eprintln!("overgeslagen: {f}");
    }
    if vacatures.is_empty() {
        return Err(Fout::Invoer(format!("{}: geen enkele vacature te lezen; niets geïmporteerd", bestand.display())));
    }
    eprintln!("{} vacatures gelezen, {} regels overgeslagen; opslaan voor {naam}…", vacatures.len(), fouten.len());
    let lijst: Vec<_> = vacatures.into_iter().map(web::vacature_opslagvorm).collect();
    let actor = Actor { id: "systeem:vacatures", organisatie_id: &organisatie_id };
    let import = store.importeer_vacatures(actor, &lijst, vervang)?;
    uitvoer(&format!(
        "Geïmporteerd voor {naam}: {} nieuw, {} bijgewerkt, {} verwijderd, {} regels overgeslagen.\n",
        import.nieuw,
        import.bijgewerkt,
        import.verwijderd,
        fouten.len()
    ))
}
