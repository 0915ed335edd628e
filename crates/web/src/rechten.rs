//! The employee's rights (AVG art. 15, 16 and 20): on /mijn a complete export of everything held about them
//! (`/mijn/gegevens.json`, `.pdf`, and `.zip` with both and every document's file), and correction requests,
//! which whoever writes the part settles on the dossier page (`/correcties/{id}/afhandelen`).

use std::io::Write;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use domain::correctie::{Onderdeel, Status};
use report::RapportFout;
use serde::Deserialize;
use store::inzage::Inzageexport;
use store::{Actor, Store};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::portaal::{CorrectieInvoer, alleen_werknemer};
use crate::taal::Taal;
use crate::{AppState, vandaag};

/// The formats of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Formaat {
    Json,
    Pdf,
    Zip,
}

impl Formaat {
    fn code(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Pdf => "pdf",
            Self::Zip => "zip",
        }
    }

    fn mediatype(self) -> &'static str {
        match self {
            Self::Json => "application/json",
            Self::Pdf => "application/pdf",
            Self::Zip => "application/zip",
        }
    }
}

pub async fn json(staat: State<AppState>, wie: Ingelogd) -> Result<Response, AppFout> {
    download(staat, wie, Formaat::Json).await
}

pub async fn pdf(staat: State<AppState>, wie: Ingelogd) -> Result<Response, AppFout> {
    download(staat, wie, Formaat::Pdf).await
}

pub async fn zip(staat: State<AppState>, wie: Ingelogd) -> Result<Response, AppFout> {
    download(staat, wie, Formaat::Zip).await
}

/// The export in one format, gathered once by [`Store::inzage`]; the export itself is logged too.
async fn download(State(staat): State<AppState>, wie: Ingelogd, formaat: Formaat) -> Result<Response, AppFout> {
    alleen_werknemer(&wie)?;
    let vandaag = vandaag();
    let inhoud = crate::rapporten::blokkerend(&staat, move |s| {
        let actor = wie.actor();
        let export = s.inzage(actor, vandaag)?;
        let inhoud = match formaat {
            Formaat::Json => als_json(&export),
            Formaat::Pdf => als_pdf(s, actor, &export)?,
            Formaat::Zip => als_zip(s, actor, &export)?,
        };
        s.leg_export_vast(actor, "inzage", formaat.code(), export.dossiers.len())?;
        Ok(inhoud)
    })
    .await?;
    let naam = format!("attachment; filename=\"mijn-gegevens-{vandaag}.{}\"", formaat.code());
    Ok(([(header::CONTENT_TYPE, formaat.mediatype().to_string()), (header::CONTENT_DISPOSITION, naam)], inhoud)
        .into_response())
}

fn als_json(export: &Inzageexport) -> Vec<u8> {
    // Plain data into memory: serialising cannot fail.
    serde_json::to_vec_pretty(export).expect("the export serialises")
}

fn als_pdf(s: &Store, actor: Actor<'_>, export: &Inzageexport) -> Result<Vec<u8>, RapportFout> {
    report::inzage::rapport(export, report::laden::logo(s, actor)?).pdf()
}

/// The JSON, the PDF and every document's file (at the path the JSON names), for taking along (AVG art. 20).
fn als_zip(s: &Store, actor: Actor<'_>, export: &Inzageexport) -> Result<Vec<u8>, RapportFout> {
    let fout = |e: std::io::Error| RapportFout::Zetten(e.to_string());
    let zipfout = |e: zip::result::ZipError| RapportFout::Zetten(e.to_string());
    let opties = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("mijn-gegevens.json", opties).map_err(zipfout)?;
    zip.write_all(&als_json(export)).map_err(fout)?;
    zip.start_file("mijn-gegevens.pdf", opties).map_err(zipfout)?;
    zip.write_all(&als_pdf(s, actor, export)?).map_err(fout)?;
    for d in export.dossiers.iter().flat_map(|d| &d.documenten) {
        let (_, _, bytes) = s.document_inhoud(actor, &d.id, "inzage (AVG art. 20)")?;
        zip.start_file(d.bestand.as_str(), opties).map_err(zipfout)?;
        zip.write_all(&bytes).map_err(fout)?;
    }
    Ok(zip.finish().map_err(zipfout)?.into_inner())
}

/// The part of a request, from the form.
fn onderdeel(code: &str, t: Taal) -> Result<Onderdeel, String> {
    Onderdeel::uit_code(code).ok_or_else(|| t.t("correctie-kies-onderdeel"))
}

/// The employee files a correction request; a refused one shows the portal again with what was entered.
pub async fn dien_in(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<CorrectieInvoer>,
) -> Result<Response, AppFout> {
    alleen_werknemer(&wie)?;
    let gekozen = match onderdeel(&invoer.onderdeel, wie.taal) {
        Ok(o) => o,
        Err(fout) => return Ok(crate::portaal::toon(&staat, wie, None, Some((fout, invoer))).await?.into_response()),
    };
    let uitkomst = crate::direct(&staat, |s| {
        s.dien_correctieverzoek_in(wie.actor(), &invoer.dossier_id, gekozen, &invoer.wat_onjuist, &invoer.wat_juist)
    });
    match uitkomst {
        Ok(_) => Ok(Redirect::to("/mijn?vastgelegd=1").into_response()),
        Err(AppFout::Ongeldig(fout)) => {
            Ok(crate::portaal::toon(&staat, wie, None, Some((fout, invoer))).await?.into_response())
        }
        Err(e) => Err(e),
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Afhandeling {
    #[serde(default)]
    dossier_id: String,
    /// `doorgevoerd` or `afgewezen`; none chosen is refused with a message.
    #[serde(default)]
    uitkomst: String,
    #[serde(default)]
    reden: String,
}

/// Whoever writes the request's part carries it through or refuses it with a reason; a refused settlement
/// shows the dossier page again with the reason entered.
pub async fn handel_af(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<Afhandeling>,
) -> Result<Response, AppFout> {
    let uitkomst = match invoer.uitkomst.as_str() {
        "doorgevoerd" => Status::Doorgevoerd,
        "afgewezen" => Status::Afgewezen,
        _ => Status::Open,
    };
    match crate::direct(&staat, |s| s.handel_correctieverzoek_af(wie.actor(), &id, uitkomst, &invoer.reden)) {
        Ok(dossier) => Ok(Redirect::to(&format!("/dossiers/{dossier}?vastgelegd=1")).into_response()),
        Err(AppFout::Ongeldig(fout)) => {
            let mut pagina = crate::paginas::dossier_pagina(&staat, wie, invoer.dossier_id, None, Some(fout)).await?;
            pagina.reden_invoer = Some((id, invoer.reden));
            Ok(pagina.into_response())
        }
        Err(e) => Err(e),
    }
}

/// (code, name) of every part a request can be about, in the user's language.
pub fn onderdelen(t: Taal) -> Vec<(&'static str, String)> {
    Onderdeel::ALLE.iter().map(|o| (o.code(), onderdeel_naam(*o, t))).collect()
}

pub(crate) fn onderdeel_naam(o: Onderdeel, t: Taal) -> String {
    t.t(match o {
        Onderdeel::Persoonsgegevens => "correctie-onderdeel-persoonsgegevens",
        Onderdeel::Verzuim => "correctie-onderdeel-verzuim",
        Onderdeel::Belastbaarheid => "correctie-onderdeel-belastbaarheid",
        Onderdeel::Traject => "correctie-onderdeel-traject",
        Onderdeel::Rapporten => "correctie-onderdeel-rapporten",
        Onderdeel::ArbeidsdeskundigRapport => "correctie-onderdeel-ad-rapport",
        Onderdeel::Documenten => "correctie-onderdeel-documenten",
        Onderdeel::Overig => "correctie-onderdeel-overig",
    })
}

fn status_naam(s: Status, t: Taal) -> String {
    t.t(match s {
        Status::Open => "correctie-status-open",
        Status::Doorgevoerd => "correctie-status-doorgevoerd",
        Status::Afgewezen => "correctie-status-afgewezen",
    })
}

/// A correction request as a page shows it.
pub struct CorrectieRegel {
    pub id: String,
    pub onderdeel: String,
    pub wat_onjuist: String,
    pub wat_juist: String,
    pub ingediend: String,
    /// The last day to answer it.
    pub uiterlijk: String,
    pub open: bool,
    pub status: String,
    pub reden: String,
    pub door: String,
}

impl CorrectieRegel {
    pub fn van(v: &store::correctie::Correctieverzoek, t: Taal) -> Self {
        Self {
            id: v.id.clone(),
            onderdeel: onderdeel_naam(v.onderdeel, t),
            wat_onjuist: v.wat_onjuist.clone(),
            wat_juist: v.wat_juist.clone(),
            ingediend: crate::moment(v.ingediend),
            uiterlijk: domain::poortwachter::datum::nl(v.uiterste_antwoorddatum()),
            open: v.status == Status::Open,
            status: status_naam(v.status, t),
            reden: v.reden.clone().unwrap_or_default(),
            door: v.afgehandeld.as_ref().map(|(naam, _)| naam.clone()).unwrap_or_default(),
        }
    }
}
