//! Documents of a dossier: upload (PDF, PNG or JPEG, at most 10 MiB) by whoever may record the
//! Poortwachter steps, download by whoever may read them.

use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use store::NieuwDocument;
use store::inzage::veilige_bestandsnaam;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::{AppState, blokkerend};

pub const MAX_BESTAND: usize = 10 * 1024 * 1024;

/// The media type from the file's first bytes: the name and the browser's claim are not trusted.
pub(crate) fn mediatype(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

pub async fn upload(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    mut velden: Multipart,
) -> Result<Response, AppFout> {
    let ongeldig = |id: &str| AppFout::Ongeldig(wie.taal.t(id));
    let (mut soort, mut titel, mut datum, mut ondertekend, mut terug) =
        (String::new(), String::new(), String::new(), String::new(), String::new());
    let mut bestand: Option<(String, Bytes)> = None;
    while let Some(veld) = velden.next_field().await.map_err(|_| ongeldig("document-niet-volledig"))? {
        let naam = veld.name().unwrap_or_default().to_string();
        if naam == "bestand" {
            let bestandsnaam = veld.file_name().unwrap_or("document").to_string();
            let bytes = veld.bytes().await.map_err(|_| ongeldig("document-te-groot"))?;
            bestand = Some((bestandsnaam, bytes));
        } else {
            let waarde = veld.text().await.map_err(|_| ongeldig("document-geen-tekst"))?;
            match naam.as_str() {
                "soort" => soort = waarde,
                "titel" => titel = waarde,
                "datum" => datum = waarde,
                "ondertekend_door" => ondertekend = waarde,
                "terug" => terug = waarde,
                _ => {}
            }
        }
    }
    let (bestandsnaam, bytes) =
        bestand.filter(|(_, b)| !b.is_empty()).ok_or_else(|| ongeldig("document-kies-bestand"))?;
    let mediatype = mediatype(&bytes).ok_or_else(|| ongeldig("document-soort"))?;
    let datum = datum.parse().map_err(|_| ongeldig("document-datum"))?;
    if titel.trim().is_empty() {
        return Err(ongeldig("document-titel-ontbreekt"));
    }
    let document = NieuwDocument {
        soort: if soort.trim().is_empty() { "overig".into() } else { soort },
        titel: titel.trim().to_string(),
        datum,
        auteur: wie.naam.clone(),
        ondertekend_door: Some(ondertekend.trim().to_string()).filter(|o| !o.is_empty()),
        bestandsnaam: veilige_bestandsnaam(&bestandsnaam),
        mediatype: mediatype.to_string(),
        inhoud: bytes.to_vec(),
    };
    let (ik, dossier_id) = (wie.clone(), id.clone());
    blokkerend(&staat, move |s| s.voeg_document_toe(ik.actor(), &dossier_id, &document)).await?;
    // The employee uploads from their portal and goes back there.
    let terug = if terug == "mijn" { "/mijn?vastgelegd=1".to_string() } else { format!("/dossiers/{id}?vastgelegd=1") };
    Ok(Redirect::to(&terug).into_response())
}

pub async fn download(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<Response, AppFout> {
    let (naam, mediatype, inhoud) =
        blokkerend(&staat, move |s| s.document_inhoud(wie.actor(), &id, "download")).await?;
    Ok((
        [
            (header::CONTENT_TYPE, mediatype),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", veilige_bestandsnaam(&naam))),
        ],
        inhoud,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_comes_from_the_content() {
        assert_eq!(mediatype(b"%PDF-1.7 ..."), Some("application/pdf"));
        assert_eq!(mediatype(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(mediatype(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(mediatype(b"<html><script>"), None);
        assert_eq!(mediatype(b""), None);
    }
}
