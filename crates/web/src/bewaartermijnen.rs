//! Bewaartermijnen (`/beheer/bewaartermijnen`): the beheerder sets the organisation's terms and marks which
//! employers bear their own Ziektewet risk, and sees in advance what the daily run will anonymise or
//! delete in the coming weeks — dossier ids, employers and dates only: the beheerder has no dossier access.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::bewaartermijn::{DOSSIER_JAREN, EIGENRISICODRAGER_JAREN, Grond, MEDISCH_JAREN, Termijnen};
use domain::poortwachter::datum::{nl, plus_dagen};
use serde::Deserialize;
use store::bewaartermijn::Wat;
use store::organisatie::WerkgeverRegel;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, blokkerend, direct, vandaag};

/// How far ahead the page looks.
pub const VOORUIT_DAGEN: i32 = 30;

/// One line of what expires, as the page shows it.
pub struct Vervalrij {
    pub dossier_id: String,
    pub werkgever: String,
    pub wat: String,
    pub einde: String,
    pub termijn: String,
    pub vervalt_op: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "bewaartermijnen.html")]
pub struct BewaartermijnenPagina {
    t: Taal,
    naam: String,
    rol: String,
    termijnen: Termijnen,
    /// The bounds, as text for the explanation and numbers for the fields.
    grenzen: [(u8, u8); 3],
    werkgevers: Vec<WerkgeverRegel>,
    tot: String,
    verval: Vec<Vervalrij>,
    melding: Option<String>,
    fout: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Vraag {
    vastgelegd: Option<String>,
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(vraag): Query<Vraag>,
) -> Result<BewaartermijnenPagina, AppFout> {
    let melding = vraag.vastgelegd.map(|_| wie.taal.t("algemeen-vastgelegd"));
    toon(&staat, wie, melding, None).await
}

async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    melding: Option<String>,
    fout: Option<String>,
) -> Result<BewaartermijnenPagina, AppFout> {
    let tot = plus_dagen(vandaag(), VOORUIT_DAGEN);
    let ik = wie.clone();
    let (termijnen, werkgevers, lijst) = blokkerend(staat, move |s| {
        let a = ik.actor();
        Ok((s.bewaartermijnen(a)?, s.werkgevers(a)?, s.bewaaroverzicht(a, tot)?))
    })
    .await?;
    let t = wie.taal;
    let verval = lijst
        .into_iter()
        .map(|r| Vervalrij {
            dossier_id: r.dossier_id,
            werkgever: r.werkgever,
            wat: t.t(match r.wat {
                Wat::Dossier => "bewaar-wat-dossier",
                Wat::Medisch => "bewaar-wat-medisch",
            }),
            einde: nl(r.einde),
            termijn: t
                .m(match r.grond {
                    Grond::Dossier => "bewaar-termijn-dossier",
                    Grond::Eigenrisicodrager => "bewaar-termijn-eigenrisicodrager",
                    Grond::Medisch => "bewaar-termijn-medisch",
                })
                .a("jaren", r.jaren)
                .to_string(),
            vervalt_op: nl(r.vervalt_op),
        })
        .collect();
    let grens = |r: &std::ops::RangeInclusive<u8>| (*r.start(), *r.end());
    Ok(BewaartermijnenPagina {
        t,
        naam: wie.naam,
        rol: wie.rol,
        termijnen,
        grenzen: [grens(&DOSSIER_JAREN), grens(&EIGENRISICODRAGER_JAREN), grens(&MEDISCH_JAREN)],
        werkgevers,
        tot: nl(tot),
        verval,
        melding,
        fout,
    })
}

#[derive(Debug, Deserialize)]
pub struct Invoer {
    dossier: String,
    eigenrisicodrager: String,
    medisch: String,
}

/// Sets the terms; what is out of bounds is refused with the bounds.
pub async fn stel_in(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<Invoer>,
) -> Result<Response, AppFout> {
    let jaren = |s: &str| s.trim().parse::<u8>().unwrap_or(0);
    let termijnen = Termijnen::nieuw(jaren(&invoer.dossier), jaren(&invoer.eigenrisicodrager), jaren(&invoer.medisch));
    let termijnen = match termijnen {
        Ok(t) => t,
        Err(e) => return Ok(toon(&staat, wie, None, Some(e.to_string())).await?.into_response()),
    };
    direct(&staat, |s| s.stel_bewaartermijnen_in(wie.actor(), &termijnen))?;
    Ok(Redirect::to("/beheer/bewaartermijnen?vastgelegd=1").into_response())
}

#[derive(Debug, Deserialize)]
pub struct Eigenrisico {
    #[serde(default)]
    eigenrisicodrager: Option<String>,
}

/// Records whether an employer bears its own Ziektewet risk (it sets the term of its dossiers).
pub async fn eigenrisicodrager(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<Eigenrisico>,
) -> Result<Redirect, AppFout> {
    let ja = invoer.eigenrisicodrager.is_some();
    direct(&staat, |s| s.stel_eigenrisicodrager_in(wie.actor(), &id, ja))?;
    Ok(Redirect::to("/beheer/bewaartermijnen?vastgelegd=1"))
}
