//! The organisation's vacancies: importing a file (JobPosting JSON / JSON-lines or CSV) on `/vacatures`, and
//! the in-memory index the matcher searches, rebuilt when the database says the vacancies changed (also
//! when another server imported them).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Response};
use matching::{Catalogus, Kolommen, Regelfout, Vacature, Vacatureindex, lees_vacatures, lees_vacatures_csv};
use store::vacatures::{OpgeslagenVacature, Vacatureimport};
use store::{Actor, Store, StoreFout};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, blokkerend, direct};

/// The largest vacancy file taken in one upload.
pub const MAX_BESTAND: usize = 32 * 1024 * 1024;
/// Bad rows listed on the page after an import; the rest is counted.
const GETOONDE_FOUTEN: usize = 50;

/// The organisation's vacancies as read from the database, with their index.
pub struct Vacaturebestand {
    versie: (i64, i64),
    /// In index order: position `i` of a search result is `vacatures[i]`.
    pub vacatures: Vec<Vacature>,
    pub index: Vacatureindex,
    /// Stored vacancies the matcher cannot read (any more): counted, not matched.
    pub onleesbaar: usize,
}

/// Per organisation, the latest [`Vacaturebestand`].
#[derive(Default)]
pub struct Vacaturecache(Mutex<HashMap<String, Arc<Vacaturebestand>>>);

impl Vacaturecache {
    /// The organisation's current vacancies, rebuilt if an import happened since; `None` when the actor's
    /// role does not work with vacancies.
    pub fn actueel(&self, s: &Store, actor: Actor<'_>) -> Result<Option<Arc<Vacaturebestand>>, StoreFout> {
        let versie = match s.vacatureversie(actor) {
            Ok(v) => v,
            Err(StoreFout::Geweigerd(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let bekend = self.0.lock().expect("cache lock").get(actor.organisatie_id).cloned();
        if let Some(b) = bekend.filter(|b| b.versie == versie) {
            return Ok(Some(b));
        }
        let opgeslagen = s.vacatures(actor)?;
        let regels: Vec<&str> = opgeslagen.iter().map(|v| v.posting.as_str()).collect();
        let (vacatures, fout) = lees_vacatures(&regels.join("\n"), Catalogus::ingebouwd());
        let mut index = Vacatureindex::default();
        for v in &vacatures {
            index.voeg_toe(v);
        }
        index.klaar();
        // The index orders its vacancies by postcode: put ours in its order (identifiers are unique).
        let mut op_id: HashMap<String, Vacature> = vacatures.into_iter().map(|v| (v.id.clone(), v)).collect();
        let vacatures = (0..index.len()).filter_map(|i| op_id.remove(index.id(i))).collect();
        let bestand = Arc::new(Vacaturebestand { versie, vacatures, index, onleesbaar: fout.len() });
        self.0.lock().expect("cache lock").insert(actor.organisatie_id.to_string(), bestand.clone());
        Ok(Some(bestand))
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "vacatures.html")]
pub struct VacaturesPagina {
    t: Taal,
    naam: String,
    rol: String,
    aantal: usize,
    onleesbaar: usize,
    /// After an import: what it changed, and the rows skipped (line, reason) with how many more there were.
    import: Option<Vacatureimport>,
    overgeslagen: Vec<Regelfout>,
    meer_overgeslagen: usize,
    fout: Option<String>,
}

async fn toon(staat: &AppState, wie: Ingelogd, uitkomst: Uitkomst) -> Result<VacaturesPagina, AppFout> {
    let bestand = direct(staat, |s| staat.vacatures.actueel(s, wie.actor()))?;
    let bestand = bestand.ok_or_else(|| AppFout::Geweigerd(wie.taal.t("vacatures-geen-toegang")))?;
    let meer_overgeslagen = uitkomst.overgeslagen.len().saturating_sub(GETOONDE_FOUTEN);
    let mut overgeslagen = uitkomst.overgeslagen;
    overgeslagen.truncate(GETOONDE_FOUTEN);
    Ok(VacaturesPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        aantal: bestand.vacatures.len(),
        onleesbaar: bestand.onleesbaar,
        import: uitkomst.import,
        overgeslagen,
        meer_overgeslagen,
        fout: uitkomst.fout,
    })
}

#[derive(Default)]
struct Uitkomst {
    import: Option<Vacatureimport>,
    overgeslagen: Vec<Regelfout>,
    fout: Option<String>,
}

pub async fn pagina(State(staat): State<AppState>, wie: Ingelogd) -> Result<VacaturesPagina, AppFout> {
    toon(&staat, wie, Uitkomst::default()).await
}

/// Imports a file: the readable vacancies in one transaction, the unreadable rows reported with line and
/// reason. A file without one readable vacancy imports nothing.
pub async fn importeer(
    State(staat): State<AppState>,
    wie: Ingelogd,
    mut velden: Multipart,
) -> Result<Response, AppFout> {
    let ongeldig = |id: &str| AppFout::Ongeldig(wie.taal.t(id));
    let (mut bestand, mut kolommen, mut vervang) = (None, String::new(), false);
    while let Some(veld) = velden.next_field().await.map_err(|_| ongeldig("vacatures-niet-volledig"))? {
        match veld.name().unwrap_or_default() {
            "bestand" => {
                let naam = veld.file_name().unwrap_or_default().to_lowercase();
                let bytes = veld.bytes().await.map_err(|_| ongeldig("vacatures-te-groot"))?;
                bestand = Some((naam, bytes));
            }
            "kolommen" => kolommen = veld.text().await.map_err(|_| ongeldig("vacatures-niet-volledig"))?,
            "vervang" => vervang = true,
            _ => {}
        }
    }
    let (naam, bytes) = bestand.filter(|(_, b)| !b.is_empty()).ok_or_else(|| ongeldig("vacatures-kies-bestand"))?;
    let tekst = String::from_utf8(bytes.to_vec()).map_err(|_| ongeldig("vacatures-geen-utf8"))?;
    let csv = naam.ends_with(".csv") || naam.ends_with(".tsv") || !kolommen.trim().is_empty();
    let gelezen = if csv {
        let kolommen = Some(kolommen.trim())
            .filter(|k| !k.is_empty())
            .map(Kolommen::lees)
            .transpose()
            .map_err(AppFout::Ongeldig)?;
        lees_vacatures_csv(&tekst, kolommen.as_ref(), Catalogus::ingebouwd()).map_err(AppFout::Ongeldig)?
    } else {
        lees_vacatures(&tekst, Catalogus::ingebouwd())
    };
    let (vacatures, overgeslagen) = gelezen;
    if vacatures.is_empty() {
        let fout = Some(wie.taal.t("vacatures-niets-leesbaar"));
        return Ok(toon(&staat, wie, Uitkomst { overgeslagen, fout, ..Uitkomst::default() }).await?.into_response());
    }
    let lijst: Vec<OpgeslagenVacature> = vacatures.into_iter().map(vacature_opslagvorm).collect();
    let ik = wie.clone();
    let import = blokkerend(&staat, move |s| s.importeer_vacatures(ik.actor(), &lijst, vervang)).await?;
    Ok(toon(&staat, wie, Uitkomst { import: Some(import), overgeslagen, fout: None }).await?.into_response())
}

/// What is stored of a vacancy: its posting with the identifier it got, so it reads back the same.
pub fn vacature_opslagvorm(v: Vacature) -> OpgeslagenVacature {
    let mut posting = v.bron;
    if let Some(o) = posting.as_object_mut() {
        o.insert("identifier".into(), v.id.clone().into());
    }
    OpgeslagenVacature { referentie: v.id, titel: v.titel, posting: posting.to_string() }
}
