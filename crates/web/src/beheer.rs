//! Beheer: the organisation's users (new accounts with their role and employers, a new password or a
//! reset second factor for whoever lost theirs), its employers, the coaches' caseloads, and the API
//! tokens that act as a user.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::waarden::Rol;
use serde::Deserialize;
use store::aanmelden::GebruikerRegel;
use store::organisatie::{WerkgeverRegel, WerknemerRegel};
use store::tokens::TokenRegel;
use store::{DossierRegel, NieuweGebruiker};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, blokkerend, direct};

/// What was entered for a new account, kept when it is refused.
#[derive(Debug, Default, Clone)]
pub struct NieuwAccount {
    pub naam: String,
    pub email: String,
    pub rol: String,
    pub werknemer_id: String,
    pub werkgevers: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "beheer.html")]
pub struct BeheerPagina {
    t: Taal,
    naam: String,
    rol: String,
    gebruikers: Vec<GebruikerRegel>,
    werkgevers: Vec<WerkgeverRegel>,
    werknemers: Vec<WerknemerRegel>,
    dossiers: Vec<DossierRegel>,
    /// (id, name) of every coach.
    coaches: Vec<(String, String)>,
    rollen: Vec<&'static str>,
    nieuw: NieuwAccount,
    melding: Option<String>,
    fout: Option<String>,
    tokens: Vec<TokenRij>,
    /// A token just issued: its secret, shown this once.
    nieuw_token: Option<String>,
    /// The open correction requests: how many, how many past their answer term, the oldest's age in days.
    correcties: (usize, usize, i32),
}

/// An API token as the list shows it.
pub struct TokenRij {
    pub id: String,
    pub naam: String,
    pub gebruiker: String,
    pub rol: String,
    pub aangemaakt: String,
    /// When it was last used (never: `None`).
    pub laatst_gebruikt: Option<String>,
    pub ingetrokken: Option<String>,
}

impl From<TokenRegel> for TokenRij {
    fn from(t: TokenRegel) -> Self {
        Self {
            id: t.id,
            naam: t.naam,
            gebruiker: t.gebruiker,
            rol: t.rol,
            aangemaakt: crate::moment(t.aangemaakt),
            laatst_gebruikt: t.laatst_gebruikt.map(crate::moment),
            ingetrokken: t.ingetrokken.map(crate::moment),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct BeheerVraag {
    hersteld: Option<String>,
    vastgelegd: Option<String>,
    ingetrokken: Option<String>,
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(vraag): Query<BeheerVraag>,
) -> Result<BeheerPagina, AppFout> {
    let melding = match (vraag.hersteld, vraag.vastgelegd) {
        (Some(_), _) => Some(wie.taal.t("beheer-tweede-factor-hersteld")),
        (_, Some(_)) => Some(wie.taal.t("algemeen-vastgelegd")),
        _ => vraag.ingetrokken.map(|_| wie.taal.t("beheer-token-ingetrokken")),
    };
    toon(&staat, wie, melding, None, NieuwAccount::default()).await
}

async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    melding: Option<String>,
    fout: Option<String>,
    nieuw: NieuwAccount,
) -> Result<BeheerPagina, AppFout> {
    let (gebruikers, werkgevers, werknemers, dossiers, tokens, correcties) = direct(staat, |s| {
        let a = wie.actor();
        let lijsten = (s.gebruikers(a)?, s.werkgevers(a)?, s.werknemers(a)?, s.dossiers(a)?, s.tokens(a)?);
        Ok((lijsten.0, lijsten.1, lijsten.2, lijsten.3, lijsten.4, s.open_correctieverzoeken(a)?))
    })?;
    let vandaag = crate::vandaag();
    let dagen: Vec<jiff::civil::Date> = correcties.into_iter().map(store::correctie::dag).collect();
    let correcties = (
        dagen.len(),
        dagen.iter().filter(|d| domain::correctie::uiterste_antwoorddatum(**d) < vandaag).count(),
        dagen.first().map_or(0, |d| domain::poortwachter::datum::dagen_tussen(*d, vandaag)),
    );
    let coaches =
        gebruikers.iter().filter(|g| g.rol == Rol::Coach.code()).map(|g| (g.id.clone(), g.naam.clone())).collect();
    Ok(BeheerPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        gebruikers,
        werkgevers,
        werknemers,
        dossiers,
        coaches,
        rollen: Rol::ALLE.iter().map(|r| r.code()).collect(),
        nieuw,
        melding,
        fout,
        tokens: tokens.into_iter().map(TokenRij::from).collect(),
        nieuw_token: None,
        correcties,
    })
}

pub async fn nieuw_wachtwoord(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<BeheerPagina, AppFout> {
    let ik = wie.clone();
    let wachtwoord = blokkerend(&staat, move |s| s.herstel_wachtwoord(ik.actor(), &id)).await?;
    let melding = wie.taal.m("beheer-wachtwoord-getoond").a("wachtwoord", wachtwoord).to_string();
    toon(&staat, wie, Some(melding), None, NieuwAccount::default()).await
}

pub async fn herstel_tweede_factor(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<Redirect, AppFout> {
    direct(&staat, |s| s.herstel_tweede_factor(wie.actor(), &id))?;
    Ok(Redirect::to("/beheer?hersteld=1"))
}

/// A new account: name, e-mail, role, the employers (werkgever, arbeidsdeskundige, bedrijfsarts) or
/// the employee (werknemer). The first password is shown once; the second factor is enrolled at the
/// first login.
pub async fn nieuwe_gebruiker(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(velden): Form<Vec<(String, String)>>,
) -> Result<Response, AppFout> {
    let mut nieuw = NieuwAccount::default();
    for (naam, waarde) in velden {
        let waarde = waarde.trim().to_string();
        match naam.as_str() {
            "naam" => nieuw.naam = waarde,
            "email" => nieuw.email = waarde,
            "rol" => nieuw.rol = waarde,
            "werknemer_id" => nieuw.werknemer_id = waarde,
            "werkgever" => nieuw.werkgevers.push(waarde),
            _ => {}
        }
    }
    let account = match account(wie.taal, &nieuw) {
        Ok(a) => a,
        Err(fout) => return Ok(toon(&staat, wie, None, Some(fout), nieuw).await?.into_response()),
    };
    let ik = wie.clone();
    let gemaakt = blokkerend(&staat, move |s| {
        let id = s.nieuwe_gebruiker(ik.actor(), &account)?;
        s.herstel_wachtwoord(ik.actor(), &id)
    })
    .await;
    match gemaakt {
        Ok(wachtwoord) => {
            let melding = wie.taal.m("beheer-account-aangemaakt").a("email", &nieuw.email).a("wachtwoord", wachtwoord);
            let melding = melding.to_string();
            Ok(toon(&staat, wie, Some(melding), None, NieuwAccount::default()).await?.into_response())
        }
        Err(AppFout::Ongeldig(fout)) => Ok(toon(&staat, wie, None, Some(fout), nieuw).await?.into_response()),
        Err(e) => Err(e),
    }
}

/// The new account as the store takes it, or what is wrong with the input.
fn account(t: Taal, nieuw: &NieuwAccount) -> Result<NieuweGebruiker, String> {
    let rol = Rol::parse(&nieuw.rol).map_err(|e| e.to_string())?;
    if nieuw.naam.is_empty() {
        return Err(t.t("beheer-vul-naam-in"));
    }
    let email = nieuw.email.as_str();
    if email.len() > 254 || !email.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.')) {
        return Err(t.m("beheer-geen-email").a("email", email).to_string());
    }
    let werkgevers = match rol {
        Rol::Werkgever | Rol::Arbeidsdeskundige | Rol::Bedrijfsarts if nieuw.werkgevers.is_empty() => {
            return Err(t.m("beheer-kies-werkgevers").a("rol", rol.code()).to_string());
        }
        Rol::Werkgever | Rol::Arbeidsdeskundige | Rol::Bedrijfsarts => nieuw.werkgevers.clone(),
        _ => Vec::new(),
    };
    let werknemer_id = match rol {
        Rol::Werknemer if nieuw.werknemer_id.is_empty() => return Err(t.t("beheer-kies-werknemer")),
        Rol::Werknemer => Some(nieuw.werknemer_id.clone()),
        _ => None,
    };
    Ok(NieuweGebruiker { email: email.to_string(), naam: nieuw.naam.clone(), rol, werknemer_id, werkgevers })
}

#[derive(Debug, Deserialize)]
pub struct NieuweWerkgever {
    naam: String,
    #[serde(default)]
    eigenrisicodrager: Option<String>,
}

pub async fn nieuwe_werkgever(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<NieuweWerkgever>,
) -> Result<Response, AppFout> {
    let naam = invoer.naam.trim().to_string();
    if naam.is_empty() || naam.chars().count() > 200 {
        let fout = wie.taal.t("beheer-werkgever-naam-fout");
        return Ok(toon(&staat, wie, None, Some(fout), NieuwAccount::default()).await?.into_response());
    }
    let eigenrisicodrager = invoer.eigenrisicodrager.is_some();
    direct(&staat, |s| s.nieuwe_werkgever(wie.actor(), &naam, eigenrisicodrager))?;
    Ok(Redirect::to("/beheer?vastgelegd=1").into_response())
}

#[derive(Debug, Deserialize)]
pub struct Caseload {
    coach_id: String,
}

/// Puts a dossier in a coach's caseload (an empty choice: in no caseload).
pub async fn caseload(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<Caseload>,
) -> Result<Redirect, AppFout> {
    let coach = Some(invoer.coach_id).filter(|c| !c.is_empty());
    direct(&staat, |s| s.wijs_coach_toe(wie.actor(), &id, coach.as_deref()))?;
    Ok(Redirect::to("/beheer?vastgelegd=1"))
}

#[derive(Debug, Deserialize)]
pub struct NieuwToken {
    gebruiker_id: String,
    naam: String,
}

/// Issues an API token that acts as a user, and shows its secret, this once.
pub async fn geef_token(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<NieuwToken>,
) -> Result<Response, AppFout> {
    match direct(&staat, |s| s.geef_token(wie.actor(), &invoer.gebruiker_id, &invoer.naam)) {
        Ok(token) => {
            let mut pagina = toon(&staat, wie, None, None, NieuwAccount::default()).await?;
            pagina.nieuw_token = Some(token.geheim);
            Ok(pagina.into_response())
        }
        Err(AppFout::Ongeldig(fout)) => {
            Ok(toon(&staat, wie, None, Some(fout), NieuwAccount::default()).await?.into_response())
        }
        Err(e) => Err(e),
    }
}

pub async fn trek_token_in(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<Redirect, AppFout> {
    direct(&staat, |s| s.trek_token_in(wie.actor(), &id))?;
    Ok(Redirect::to("/beheer?ingetrokken=1#tokens"))
}

/// The beheerder uploads the organisation's logo (PNG or JPEG) for the head of every report.
pub async fn logo(
    State(staat): State<AppState>,
    wie: Ingelogd,
    mut velden: axum::extract::Multipart,
) -> Result<Response, AppFout> {
    let ongeldig = |id: &str| AppFout::Ongeldig(wie.taal.t(id));
    let mut bytes = None;
    while let Some(veld) = velden.next_field().await.map_err(|_| ongeldig("beheer-logo-ongeldig"))? {
        if veld.name() == Some("bestand") {
            bytes = Some(veld.bytes().await.map_err(|_| ongeldig("beheer-logo-ongeldig"))?);
        }
    }
    let bytes = bytes.filter(|b| !b.is_empty()).ok_or_else(|| ongeldig("beheer-logo-ongeldig"))?;
    let mediatype = crate::documenten::mediatype(&bytes)
        .filter(|m| m.starts_with("image/") && report::afbeelding_leesbaar(&bytes))
        .ok_or_else(|| ongeldig("beheer-logo-ongeldig"))?;
    direct(&staat, |s| s.stel_logo_in(wie.actor(), mediatype, &bytes))?;
    Ok(Redirect::to("/beheer?vastgelegd=1").into_response())
}
