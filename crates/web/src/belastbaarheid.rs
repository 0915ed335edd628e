//! The belastbaarheid: the FML form of the bedrijfsarts, and the functional summary that every role
//! with access sees on the dossier page.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::fml::{self, GeenBenutbareMogelijkheden, Invulling, RUBRIEKEN};
use domain::poortwachter::datum::nl;
use store::{Belastbaarheid, Gegevens, Handeling};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, direct, vandaag};

/// One FML item on the form: its levels or conditions, with what is chosen.
pub struct Veld {
    pub code: &'static str,
    pub naam: &'static str,
    /// (value, label, chosen) per level; empty for items with conditions.
    pub niveaus: Vec<(u8, &'static str, bool)>,
    /// (bit, label, ticked) per condition; empty for items with levels.
    pub keuzes: Vec<(u8, &'static str, bool)>,
    pub toelichting: String,
}

pub struct Rubriek {
    pub nummer: u8,
    pub naam: &'static str,
    pub velden: Vec<Veld>,
}

fn rubrieken(items: &BTreeMap<String, u8>, toelichtingen: &BTreeMap<String, String>) -> Vec<Rubriek> {
    RUBRIEKEN
        .iter()
        .map(|r| Rubriek {
            nummer: r.nummer,
            naam: r.naam,
            velden: r
                .items
                .iter()
                .map(|i| {
                    let waarde = items.get(i.code).copied();
                    let (niveaus, keuzes) = match i.invulling {
                        Invulling::Niveaus(n) => {
                            (n.iter().zip(0u8..).map(|(l, v)| (v, *l, waarde == Some(v))).collect(), Vec::new())
                        }
                        Invulling::Meerkeuze(k) => (
                            Vec::new(),
                            k.iter()
                                .zip(0u8..)
                                .map(|(l, b)| (b, *l, waarde.is_some_and(|w| w & (1 << b) != 0)))
                                .collect(),
                        ),
                    };
                    Veld {
                        code: i.code,
                        naam: i.naam,
                        niveaus,
                        keuzes,
                        toelichting: toelichtingen.get(i.code).cloned().unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "fml.html")]
pub struct FmlPagina {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    werknemer: String,
    datum: String,
    prognose: String,
    geen: String,
    redenen: Vec<(&'static str, &'static str)>,
    rubrieken: Vec<Rubriek>,
    fout: Option<String>,
}

/// The employee's name and the latest belastbaarheid; refused unless the user may write it.
fn laatste(s: &store::Store, wie: &Ingelogd, id: &str) -> Result<(String, Option<Belastbaarheid>), store::StoreFout> {
    s.vereis(wie.actor(), Handeling::Schrijven, Gegevens::Belastbaarheid, id)?;
    let dossier = s.dossier(wie.actor(), id, "belastbaarheid")?;
    Ok((dossier.werknemer, s.belastbaarheid(wie.actor(), id, "belastbaarheid")?.pop()))
}

fn pagina(wie: Ingelogd, id: String, werknemer: String, b: Belastbaarheid, fout: Option<String>) -> FmlPagina {
    FmlPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        werknemer,
        datum: b.datum.to_string(),
        prognose: b.prognose,
        geen: b.reden_geen.map(|g| g.code()).unwrap_or_default().to_string(),
        redenen: GeenBenutbareMogelijkheden::ALLE.iter().map(|r| (r.code(), r.omschrijving())).collect(),
        rubrieken: rubrieken(&b.items, &b.toelichtingen),
        fout,
    }
}

/// The FML form, filled in with the latest belastbaarheid (bedrijfsarts only).
pub async fn formulier(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<FmlPagina, AppFout> {
    let (werknemer, vorige) = direct(&staat, |s| laatste(s, &wie, &id))?;
    let b = vorige.map(|v| Belastbaarheid { datum: vandaag(), ..v }).unwrap_or_else(|| leeg(&wie));
    Ok(pagina(wie, id, werknemer, b, None))
}

/// A belastbaarheid of today by this user with nothing recorded yet.
fn leeg(wie: &Ingelogd) -> Belastbaarheid {
    Belastbaarheid {
        datum: vandaag(),
        auteur_id: wie.gebruiker_id.clone(),
        benutbare_mogelijkheden: true,
        reden_geen: None,
        items: BTreeMap::new(),
        toelichtingen: BTreeMap::new(),
        prognose: String::new(),
    }
}

/// Reads the form's fields: `datum`, `prognose`, `geen` (a reason or empty), `n:<code>` (a level),
/// `k:<code>:<bit>` (a ticked condition), `t:<code>` (an explanation). Everything entered comes back,
/// with the first thing that is wrong.
fn lees(wie: &Ingelogd, velden: &[(String, String)]) -> (Belastbaarheid, Option<String>) {
    let t = wie.taal;
    let mut fouten = Vec::new();
    let mut b = leeg(wie);
    for (naam, waarde) in velden {
        let waarde = waarde.trim();
        match naam.split(':').collect::<Vec<_>>()[..] {
            ["datum"] => match waarde.parse() {
                Ok(d) => b.datum = d,
                Err(_) => fouten.push(t.m("algemeen-geen-datum").a("waarde", waarde).to_string()),
            },
            ["prognose"] => b.prognose = waarde.to_string(),
            ["geen"] if waarde.is_empty() => {}
            ["geen"] => match GeenBenutbareMogelijkheden::uit_code(waarde) {
                Some(g) => {
                    b.benutbare_mogelijkheden = false;
                    b.reden_geen = Some(g);
                }
                None => fouten.push(t.m("fml-geen-reden").a("waarde", waarde).to_string()),
            },
            ["n", _] if waarde.is_empty() => {}
            ["n" | "k", code, ..] if !soort_klopt(code, naam.starts_with('n')) => {
                fouten.push(t.m("fml-geen-item").a("code", code).to_string())
            }
            ["n", code] => match waarde.parse::<u8>() {
                Ok(v) => {
                    b.items.insert(code.to_string(), v);
                }
                Err(_) => fouten.push(t.m("fml-geen-niveau").a("code", code).a("waarde", waarde).to_string()),
            },
            ["k", code, bit] => match bit.parse::<u8>().ok().filter(|b| *b < 8) {
                Some(bit) => *b.items.entry(code.to_string()).or_default() |= 1 << bit,
                None => fouten.push(t.m("fml-geen-keuze").a("code", code).a("bit", bit).to_string()),
            },
            ["t", _] if waarde.is_empty() => {}
            ["t", code] => {
                b.toelichtingen.insert(code.to_string(), waarde.chars().take(500).collect());
            }
            _ => fouten.push(t.m("fml-onbekend-veld").a("naam", naam.as_str()).to_string()),
        }
    }
    if let Err(e) = fml::controleer(&b.items) {
        fouten.push(e.to_string());
    }
    if b.prognose.is_empty() {
        fouten.push(t.t("fml-prognose-leeg"));
    }
    (b, fouten.into_iter().next())
}

/// Whether `code` is an FML item filled in with levels (`niveaus`) or with conditions (otherwise).
fn soort_klopt(code: &str, niveaus: bool) -> bool {
    fml::item(code).is_some_and(|i| matches!(i.invulling, Invulling::Niveaus(_)) == niveaus)
}

/// Records the belastbaarheid from the FML form.
pub async fn leg_vast(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(velden): Form<Vec<(String, String)>>,
) -> Result<Response, AppFout> {
    let (b, fout) = lees(&wie, &velden);
    let opgeslagen = match fout {
        Some(f) => Err(AppFout::Ongeldig(f)),
        None => direct(&staat, |s| s.leg_belastbaarheid_vast(wie.actor(), &id, &b)),
    };
    match opgeslagen {
        Ok(_) => Ok(Redirect::to(&format!("/dossiers/{id}?vastgelegd=1")).into_response()),
        Err(AppFout::Ongeldig(fout)) => {
            let (werknemer, _) = direct(&staat, |s| laatste(s, &wie, &id))?;
            Ok(pagina(wie, id, werknemer, b, Some(fout)).into_response())
        }
        Err(e) => Err(e),
    }
}

/// The belastbaarheid as the dossier page shows it: functional terms only.
pub struct Samenvatting {
    pub datum: String,
    /// No usable capacities: `Some`, with the reason where the reader may know it.
    pub geen: Option<Option<&'static str>>,
    /// (code, item, value, explanation) for every item with a restriction.
    pub beperkingen: Vec<(&'static str, &'static str, String, String)>,
    pub prognose: String,
}

impl From<Belastbaarheid> for Samenvatting {
    fn from(b: Belastbaarheid) -> Self {
        let beperkingen = RUBRIEKEN
            .iter()
            .flat_map(|r| r.items)
            .filter_map(|i| {
                let waarde = *b.items.get(i.code)?;
                // Dominance and localisation (4.1, 4.2) are context, shown whatever they are.
                let context = matches!(i.code, "4.1" | "4.2");
                (waarde != 0 || context).then(|| {
                    let toelichting = b.toelichtingen.get(i.code).cloned().unwrap_or_default();
                    (i.code, i.naam, fml::omschrijving(i, waarde), toelichting)
                })
            })
            .collect();
        Samenvatting {
            datum: nl(b.datum),
            geen: (!b.benutbare_mogelijkheden).then(|| b.reden_geen.map(|g| g.omschrijving())),
            beperkingen,
            prognose: b.prognose,
        }
    }
}
