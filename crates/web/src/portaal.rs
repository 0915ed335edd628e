//! The werknemerportaal: the employee's own timeline, what they have to do and when, their
//! documents, their uploads and their own view on the re-integration.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::poortwachter::datum::nl;
use domain::poortwachter::{MijlpaalCode, Status, bereken};
use domain::waarden::Rol;
use serde::Deserialize;
use store::NieuwDocument;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::paginas::Tijdbalk;
use crate::taal::Taal;
use crate::{AppState, direct, vandaag};

/// What the employee does for a milestone, in plain words (the message); `None` where the milestone
/// is not theirs.
fn taak(code: MijlpaalCode) -> Option<&'static str> {
    Some(match code {
        MijlpaalCode::Probleemanalyse => "taak-probleemanalyse",
        MijlpaalCode::PlanVanAanpak => "taak-plan-van-aanpak",
        MijlpaalCode::Evaluatie => "taak-evaluatie",
        MijlpaalCode::Eerstejaarsevaluatie => "taak-eerstejaarsevaluatie",
        MijlpaalCode::StartSpoor2 => "taak-start-spoor2",
        MijlpaalCode::Reintegratieverslag => "taak-reintegratieverslag",
        MijlpaalCode::WiaAanvraag => "taak-wia-aanvraag",
        MijlpaalCode::UwvWiaBrief => "taak-uwv-wia-brief",
        _ => return None,
    })
}

pub struct Taak {
    pub datum: String,
    pub wat: &'static str,
    pub uitleg: String,
    pub te_laat: bool,
}

/// One of the employee's dossiers, as they see it.
pub struct MijnDossier {
    pub id: String,
    pub werkgever: String,
    pub eerste_ziektedag: String,
    pub einde_wachttijd: String,
    pub balk: Tijdbalk,
    /// (milestone, date, status, css class)
    pub mijlpalen: Vec<(&'static str, String, &'static str, &'static str)>,
    pub taken: Vec<Taak>,
    /// (id, date, title, kind)
    pub documenten: Vec<(String, String, String, String)>,
    /// Consent to share the profile with prospective employers (`None`: never given), and every share.
    pub toestemming: Option<bool>,
    pub delingen: Vec<String>,
    /// The reports of the traject, to acknowledge.
    pub rapporten: Vec<crate::rapporten::Regel>,
    /// The employee's correction requests and their outcome.
    pub correcties: Vec<crate::rechten::CorrectieRegel>,
}

/// A correction request as the employee enters it (kept when it is refused).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CorrectieInvoer {
    pub dossier_id: String,
    #[serde(default)]
    pub onderdeel: String,
    #[serde(default)]
    pub wat_onjuist: String,
    #[serde(default)]
    pub wat_juist: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "portaal.html")]
pub struct PortaalPagina {
    t: Taal,
    naam: String,
    rol: String,
    dossiers: Vec<MijnDossier>,
    vandaag: String,
    melding: Option<String>,
    /// Why a correction request was not taken, and what was entered.
    fout: Option<String>,
    invoer: CorrectieInvoer,
    /// (code, name) of every part a correction request can be about.
    onderdelen: Vec<(&'static str, String)>,
}

/// The portal is the employee's own; other roles have the werkvoorraad.
pub(crate) fn alleen_werknemer(wie: &Ingelogd) -> Result<(), AppFout> {
    if wie.rol == Rol::Werknemer.code() {
        Ok(())
    } else {
        Err(AppFout::Geweigerd(wie.taal.t("portaal-alleen-werknemer")))
    }
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(vraag): Query<crate::NaOpslaan>,
) -> Result<PortaalPagina, AppFout> {
    let melding = vraag.melding(wie.taal);
    toon(&staat, wie, melding, None).await
}

/// The portal, with a message after a save or a refused correction request and what was entered.
pub(crate) async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    melding: Option<String>,
    fout: Option<(String, CorrectieInvoer)>,
) -> Result<PortaalPagina, AppFout> {
    alleen_werknemer(&wie)?;
    let vandaag = vandaag();
    let gelezen = direct(staat, |s| {
        let mut gelezen = Vec::new();
        for regel in s.dossiers(wie.actor())?.into_iter().filter(|d| d.verzuim) {
            let dossier = s.dossier(wie.actor(), &regel.id, "werknemerportaal")?;
            let documenten = s.documenten(wie.actor(), &regel.id, "werknemerportaal")?;
            let toestemming = s.profieltoestemming(wie.actor(), &regel.id, "werknemerportaal")?.map(|t| t.gegeven);
            let delingen = s.profieldelingen(wie.actor(), &regel.id, "werknemerportaal")?;
            let rapporten = s.rapporten(wie.actor(), &regel.id, "werknemerportaal")?;
            let correcties = s.correctieverzoeken(wie.actor(), &regel.id, "werknemerportaal")?;
            gelezen.push((dossier, documenten, toestemming, delingen, rapporten, correcties));
        }
        Ok(gelezen)
    })?;
    let mut dossiers = Vec::new();
    for (dossier, documenten, toestemming, delingen, rapporten, correcties) in gelezen {
        let tijdlijn = bereken(&dossier.casus(vandaag)?);
        let taken = tijdlijn
            .mijlpalen
            .iter()
            .filter(|m| matches!(m.status, Status::Open | Status::TeLaat))
            .filter_map(|m| {
                taak(m.code).map(|uitleg| Taak {
                    datum: nl(m.grens()),
                    wat: m.code.omschrijving(),
                    uitleg: wie.taal.t(uitleg),
                    te_laat: m.status == Status::TeLaat,
                })
            })
            .collect();
        dossiers.push(MijnDossier {
            id: dossier.id,
            werkgever: dossier.werkgever,
            eerste_ziektedag: nl(tijdlijn.eerste_ziektedag),
            einde_wachttijd: nl(tijdlijn.einde_wachttijd),
            balk: Tijdbalk::van(&tijdlijn, vandaag),
            mijlpalen: tijdlijn
                .mijlpalen
                .iter()
                .map(|m| (m.code.omschrijving(), nl(m.grens()), m.status.omschrijving(), m.status.code()))
                .collect(),
            taken,
            documenten: documenten
                .into_iter()
                .map(|d| (d.id, nl(d.datum), d.titel, d.soort.replace('_', " ")))
                .collect(),
            toestemming,
            delingen: delingen.into_iter().map(|d| format!("{} · {}", crate::moment(d.gedeeld), d.naam)).collect(),
            rapporten: rapporten.iter().map(crate::rapporten::Regel::van).collect(),
            correcties: correcties.iter().map(|v| crate::rechten::CorrectieRegel::van(v, wie.taal)).collect(),
        });
    }
    let (fout, invoer) = fout.map_or((None, CorrectieInvoer::default()), |(f, i)| (Some(f), i));
    Ok(PortaalPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        dossiers,
        vandaag: vandaag.to_string(),
        melding,
        fout,
        invoer,
        onderdelen: crate::rechten::onderdelen(wie.taal),
    })
}

#[derive(Debug, Deserialize)]
pub struct Visie {
    dossier_id: String,
    tekst: String,
}

/// The employee's own view, kept as a dated text document signed by them (for the RIV).
pub async fn visie(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(visie): Form<Visie>,
) -> Result<Response, AppFout> {
    alleen_werknemer(&wie)?;
    let tekst = visie.tekst.trim();
    if tekst.is_empty() {
        return Err(AppFout::Ongeldig(wie.taal.t("portaal-visie-leeg")));
    }
    if tekst.chars().count() > 10_000 {
        return Err(AppFout::Ongeldig(wie.taal.t("portaal-visie-te-lang")));
    }
    let vandaag = vandaag();
    let document = NieuwDocument {
        soort: "visie_werknemer".into(),
        titel: format!("Visie van de werknemer ({})", nl(vandaag)),
        datum: vandaag,
        auteur: wie.naam.clone(),
        ondertekend_door: Some(wie.naam.clone()),
        bestandsnaam: format!("visie-werknemer-{vandaag}.txt"),
        mediatype: "text/plain; charset=utf-8".into(),
        inhoud: tekst.as_bytes().to_vec(),
    };
    direct(&staat, |s| s.voeg_document_toe(wie.actor(), &visie.dossier_id, &document))?;
    Ok(Redirect::to("/mijn?vastgelegd=1").into_response())
}

#[derive(Debug, Deserialize)]
pub struct Toestemming {
    dossier_id: String,
    gegeven: String,
}

/// The employee gives or withdraws consent to share their profile with prospective employers.
pub async fn toestemming(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<Toestemming>,
) -> Result<Response, AppFout> {
    alleen_werknemer(&wie)?;
    let gegeven = match invoer.gegeven.as_str() {
        "ja" => true,
        "nee" => false,
        _ => return Err(AppFout::Ongeldig(wie.taal.t("portaal-toestemming-kies"))),
    };
    direct(&staat, |s| s.leg_profieltoestemming_vast(wie.actor(), &invoer.dossier_id, gegeven))?;
    Ok(Redirect::to("/mijn?vastgelegd=1").into_response())
}
