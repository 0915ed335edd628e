//! Reports in the application: the coach makes a voortgangsrapportage or eindrapportage (preview as HTML,
//! then stored in the dossier as a PDF/A document), the employee (in /mijn) and the coach (on the traject
//! page) acknowledge it; the employer compiles the RIV bundle and sees what is missing. Everything is
//! read through the store's policy as the logged-in user.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use domain::poortwachter::datum::nl;
use domain::waarden::Rol;
use jiff::civil::Date;
use report::{Eindverhaal, RapportFout, RivInstellingen, Voortgangsverhaal};
use serde::Deserialize;
use store::Store;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, vandaag};

impl From<RapportFout> for AppFout {
    fn from(e: RapportFout) -> Self {
        match e {
            RapportFout::Store(e) => e.into(),
            RapportFout::Ongeldig(m) => Self::Ongeldig(m),
            RapportFout::Zetten(m) => Self::Intern(m),
        }
    }
}

/// Runs report work (store reads and typesetting) off the async threads.
pub(crate) async fn blokkerend<T: Send + 'static>(
    staat: &AppState,
    f: impl FnOnce(&Store) -> Result<T, RapportFout> + Send + 'static,
) -> Result<T, AppFout> {
    let store = staat.store.clone();
    tokio::task::spawn_blocking(move || f(&store))
        .await
        .map_err(|e| AppFout::Intern(e.to_string()))?
        .map_err(AppFout::from)
}

/// A stored report as a page lists it.
pub struct Regel {
    pub id: String,
    pub document_id: String,
    pub titel: String,
    pub periode: String,
    pub sha256: String,
    /// "naam, moment" or empty.
    pub werknemer: String,
    pub coach: String,
}

impl Regel {
    pub fn van(r: &store::rapporten::Rapport) -> Self {
        let akkoord = |a: &Option<(String, i64)>| {
            a.as_ref().map(|(naam, op)| format!("{naam}, {}", crate::moment(*op))).unwrap_or_default()
        };
        Self {
            id: r.id.clone(),
            document_id: r.document_id.clone(),
            titel: r.titel.clone(),
            periode: format!("{} t/m {}", nl(r.van), nl(r.tot)),
            sha256: r.sha256.clone(),
            werknemer: akkoord(&r.werknemer_akkoord),
            coach: akkoord(&r.coach_akkoord),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "rapporten.html")]
pub struct RapportenPagina {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    werknemer: String,
    rapporten: Vec<Regel>,
    /// Whether this user makes reports (the coach).
    maken: bool,
    /// Whether this user acknowledges as the coach.
    coach: bool,
    van: String,
    tot: String,
    verhaal: Voortgangsverhaal,
    eind: Eindverhaal,
    /// The preview, as HTML the report crate escaped.
    voorbeeld: Option<String>,
    melding: Option<String>,
}

/// The form of a new report; `actie` is `voorbeeld` or `opslaan`, `soort` `voortgang` or `eind`.
#[derive(Debug, Deserialize, Default)]
pub struct NieuwRapport {
    soort: String,
    actie: String,
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    inzet: String,
    #[serde(default)]
    belemmeringen: String,
    #[serde(default)]
    resultaten: String,
    #[serde(default)]
    vervolg: String,
    #[serde(default)]
    verloop: String,
    #[serde(default)]
    resultaat: String,
    #[serde(default)]
    advies: String,
}

const MAX_TEKST: usize = 10_000;

impl NieuwRapport {
    fn verhaal(&self) -> Voortgangsverhaal {
        Voortgangsverhaal {
            inzet: self.inzet.trim().into(),
            belemmeringen: self.belemmeringen.trim().into(),
            resultaten: self.resultaten.trim().into(),
            vervolg: self.vervolg.trim().into(),
        }
    }

    fn eind(&self) -> Eindverhaal {
        Eindverhaal {
            verloop: self.verloop.trim().into(),
            resultaat: self.resultaat.trim().into(),
            advies: self.advies.trim().into(),
        }
    }
}

fn datum(tekst: &str, taal: Taal) -> Result<Date, AppFout> {
    tekst.parse().map_err(|_| AppFout::Ongeldig(taal.t("rapport-ongeldige-periode")))
}

/// The default period: after the previous progress report (or from the commission) up to today.
fn standaard(s: &Store, wie: &Ingelogd, id: &str, vandaag: Date) -> Result<(Date, Date), RapportFout> {
    let traject = s.traject(wie.actor(), id, "rapportages")?;
    let vorige = s
        .rapporten(wie.actor(), id, "rapportages")?
        .iter()
        .filter(|r| r.soort == "voortgangsrapportage")
        .map(|r| r.tot)
        .max();
    Ok(match traject {
        Some(t) => (report::laden::standaard_periode(&t, vorige, vandaag), vandaag),
        None => (vandaag, vandaag),
    })
}

async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    id: String,
    formulier: Option<NieuwRapport>,
    voorbeeld: Option<String>,
    melding: Option<String>,
) -> Result<RapportenPagina, AppFout> {
    let (ik, dossier_id) = (wie.clone(), id.clone());
    let vandaag = vandaag();
    let (werknemer, rapporten, maken, periode) = blokkerend(staat, move |s| {
        let dossier = s.dossier(ik.actor(), &dossier_id, "rapportages")?;
        let rapporten = s.rapporten(ik.actor(), &dossier_id, "rapportages")?;
        let maken = ik.rol == Rol::Coach.code()
            && s.toegestaan(
                ik.actor(),
                domain::toegang::Handeling::Schrijven,
                domain::toegang::Gegevens::Traject,
                &dossier_id,
            )?;
        let periode = if maken { standaard(s, &ik, &dossier_id, vandaag)? } else { (vandaag, vandaag) };
        Ok((dossier.werknemer, rapporten, maken, periode))
    })
    .await?;
    let f = formulier.unwrap_or_default();
    Ok(RapportenPagina {
        t: wie.taal,
        coach: wie.rol == Rol::Coach.code(),
        naam: wie.naam,
        rol: wie.rol,
        id,
        werknemer,
        rapporten: rapporten.iter().map(Regel::van).collect(),
        maken,
        van: if f.van.is_empty() { periode.0.to_string() } else { f.van.clone() },
        tot: if f.tot.is_empty() { periode.1.to_string() } else { f.tot.clone() },
        verhaal: f.verhaal(),
        eind: f.eind(),
        voorbeeld,
        melding,
    })
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Query(vraag): Query<crate::NaOpslaan>,
) -> Result<RapportenPagina, AppFout> {
    let melding = vraag.melding(wie.taal);
    toon(&staat, wie, id, None, None, melding).await
}

/// The coach previews (HTML) or stores (PDF/A in the dossier) a report.
pub async fn maak(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(f): Form<NieuwRapport>,
) -> Result<Response, AppFout> {
    let teksten = [&f.inzet, &f.belemmeringen, &f.resultaten, &f.vervolg, &f.verloop, &f.resultaat, &f.advies];
    if teksten.iter().any(|t| t.len() > MAX_TEKST) {
        return Err(AppFout::Ongeldig(wie.taal.t("rapport-te-lang")));
    }
    let eind = match f.soort.as_str() {
        "voortgang" => false,
        "eind" => true,
        _ => return Err(AppFout::Ongeldig(wie.taal.t("rapport-ongeldige-periode"))),
    };
    let vandaag = vandaag();
    let (van, tot) = if eind { (vandaag, vandaag) } else { (datum(&f.van, wie.taal)?, datum(&f.tot, wie.taal)?) };
    if van > tot {
        return Err(AppFout::Ongeldig(wie.taal.t("rapport-ongeldige-periode")));
    }
    let opslaan = f.actie == "opslaan";
    let (ik, dossier_id, verhaal, eindverhaal) = (wie.clone(), id.clone(), f.verhaal(), f.eind());
    let voorbeeld = blokkerend(&staat, move |s| {
        // Only the one who may write the traject makes reports, preview included.
        s.vereis(ik.actor(), domain::toegang::Handeling::Schrijven, domain::toegang::Gegevens::Traject, &dossier_id)?;
        let rapport = if eind {
            report::laden::eind(s, ik.actor(), &dossier_id, vandaag, &eindverhaal)?
        } else {
            report::laden::voortgang(s, ik.actor(), &dossier_id, van, tot, vandaag, &verhaal)?
        };
        if !opslaan {
            return Ok(Some(rapport.html()));
        }
        let pdf = rapport.pdf()?;
        let (van, tot, json) = if eind {
            let begin = s
                .traject(ik.actor(), &dossier_id, "eindrapportage")?
                .and_then(|t| t.opdracht.map(|o| o.start))
                .unwrap_or(vandaag)
                .min(vandaag);
            (begin, vandaag, serde_json::to_value(&eindverhaal).unwrap_or_default())
        } else {
            (van, tot, serde_json::to_value(&verhaal).unwrap_or_default())
        };
        let titel = format!("{} {} t/m {}", rapport.titel, nl(van), nl(tot));
        let nieuw = store::rapporten::NieuwRapport {
            soort: rapport.soort.code().into(),
            titel,
            van,
            tot,
            datum: vandaag,
            verhaal: json,
            pdf,
        };
        s.leg_rapport_vast(ik.actor(), &dossier_id, &nieuw)?;
        Ok(None)
    })
    .await?;
    match voorbeeld {
        Some(html) => Ok(toon(&staat, wie, id, Some(f), Some(html), None).await?.into_response()),
        None => Ok(Redirect::to(&format!("/dossiers/{id}/rapporten?vastgelegd=1")).into_response()),
    }
}

#[derive(Debug, Deserialize)]
pub struct Terug {
    #[serde(default)]
    terug: String,
}

/// The employee or the coach acknowledges a report.
pub async fn bevestig(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(terug): Form<Terug>,
) -> Result<Redirect, AppFout> {
    let ik = wie.clone();
    let dossier_id = blokkerend(&staat, move |s| Ok(s.bevestig_rapport(ik.actor(), &id)?)).await?;
    Ok(Redirect::to(&match terug.terug.as_str() {
        "mijn" => "/mijn?vastgelegd=1".to_string(),
        "traject" => format!("/dossiers/{dossier_id}/traject?vastgelegd=1"),
        _ => format!("/dossiers/{dossier_id}/rapporten?vastgelegd=1"),
    }))
}

#[derive(Template, WebTemplate)]
#[template(path = "riv.html")]
pub struct RivPagina {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    werknemer: String,
    uiterste: String,
    volledig: bool,
    gebreken: Vec<String>,
    /// (part, number of documents, latest date)
    onderdelen: Vec<(&'static str, usize, String)>,
    max_weken: u16,
}

/// The RIV: the completeness check and the bundle to download.
pub async fn riv(State(staat): State<AppState>, wie: Ingelogd, Path(id): Path<String>) -> Result<RivPagina, AppFout> {
    let (ik, dossier_id) = (wie.clone(), id.clone());
    let instellingen = RivInstellingen::default();
    let (werknemer, stand) = blokkerend(&staat, move |s| {
        let dossier = s.dossier(ik.actor(), &dossier_id, "re-integratieverslag")?;
        let stand = report::laden::riv_stand(s, ik.actor(), &dossier_id, vandaag(), instellingen)?;
        Ok((dossier.werknemer, stand))
    })
    .await?;
    let onderdelen = stand
        .controle
        .onderdelen
        .iter()
        .map(|(o, idx)| {
            let uit_fml = *o == domain::riv::Onderdeel::ActueelOordeel;
            let laatste = idx
                .iter()
                .map(|&i| stand.documenten[i].datum)
                .chain(stand.controle.oordeel_uit_belastbaarheid.filter(|_| uit_fml))
                .max();
            (o.naam(), idx.len(), laatste.map(nl).unwrap_or_default())
        })
        .collect();
    Ok(RivPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        werknemer,
        uiterste: nl(stand.uiterste),
        volledig: stand.controle.volledig(),
        gebreken: stand.controle.gebreken.iter().map(domain::riv::Gebrek::tekst).collect(),
        onderdelen,
        max_weken: instellingen.actueel_oordeel_max_weken,
    })
}

/// The RIV bundle as PDF/A, with the BSN on every page (its read is logged).
pub async fn riv_pdf(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<Response, AppFout> {
    let pdf = blokkerend(&staat, move |s| {
        report::laden::riv(s, wie.actor(), &id, vandaag(), RivInstellingen::default())?.pdf()
    })
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"re-integratieverslag.pdf\"".to_string()),
        ],
        pdf,
    )
        .into_response())
}
