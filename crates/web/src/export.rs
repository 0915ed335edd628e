//! Exports (`/export/{wat}.csv` or `.xlsx`): the werkvoorraad, trajects, activities and hours of the dossiers the
//! user may see, as Dutch spreadsheets read them (`store::export`). Every dossier read is logged by the store;
//! the export itself too.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::waarden::Rol;
use store::export::{Cel, Tabel};
use store::{Actor, Gegevens, Handeling, Store, StoreFout};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::paginas::{Filter, werkvoorraad_van};
use crate::{AppState, blokkerend, vandaag};

/// The tables that can be exported, by the name in the address.
const TABELLEN: [&str; 4] = ["werkvoorraad", "trajecten", "activiteiten", "uren"];

pub async fn download(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(bestand): Path<String>,
) -> Result<Response, AppFout> {
    let (wat, formaat) = bestand.rsplit_once('.').ok_or(AppFout::NietGevonden)?;
    if !TABELLEN.contains(&wat) || !matches!(formaat, "csv" | "xlsx") {
        return Err(AppFout::NietGevonden);
    }
    // The employee's own data leave through their own export, not these lists.
    if wie.rol == Rol::Werknemer.code() {
        return Err(AppFout::Geweigerd(wie.taal.t("export-niet-voor-werknemer")));
    }
    let (wat, formaat) = (wat.to_string(), formaat.to_string());
    let (w, f) = (wat.clone(), formaat.clone());
    let tabel = blokkerend(&staat, move |s| {
        let tabel = tabel(s, wie.actor(), &w)?;
        s.leg_export_vast(wie.actor(), &w, &f, tabel.rijen.len())?;
        Ok(tabel)
    })
    .await?;
    let (inhoud, mediatype) = if formaat == "csv" {
        (tabel.csv().into_bytes(), "text/csv; charset=utf-8")
    } else {
        let xlsx = tabel.xlsx(&wat).map_err(|e| AppFout::Intern(e.to_string()))?;
        (xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    };
    let naam = format!("attachment; filename=\"{wat}-{}.{formaat}\"", vandaag());
    Ok(([(header::CONTENT_TYPE, mediatype.to_string()), (header::CONTENT_DISPOSITION, naam)], inhoud).into_response())
}

fn tabel(s: &Store, actor: Actor<'_>, wat: &str) -> Result<Tabel, StoreFout> {
    let context = format!("export {wat}");
    if wat == "werkvoorraad" {
        let w = werkvoorraad_van(s, actor, vandaag(), &Filter::default(), &context)?;
        return Ok(Tabel {
            kop: vec!["Datum", "Werknemer", "Werkgever", "Coach", "Wat", "Status"],
            rijen: w
                .regels
                .into_iter()
                .map(|r| {
                    vec![
                        Cel::Datum(r.dag()),
                        r.werknemer.into(),
                        r.werkgever.into(),
                        r.coach.into(),
                        r.wat.into(),
                        r.status.into(),
                    ]
                })
                .collect(),
        });
    }
    let mut rijen = Vec::new();
    for d in s.dossiers(actor)? {
        if !s.toegestaan(actor, Handeling::Lezen, Gegevens::Traject, &d.id)? {
            continue;
        }
        let Some(t) = s.traject(actor, &d.id, &context)? else { continue };
        let wie = || -> Vec<Cel> { vec![d.werknemer.clone().into(), d.werkgever.clone().into()] };
        match wat {
            "trajecten" => {
                let mut rij = wie();
                rij.extend([
                    d.coach.clone().unwrap_or_default().into(),
                    t.fase.code().into(),
                    t.afsluitreden.map_or(Cel::Leeg, |r| r.code().into()),
                    Cel::Datum(t.advies.datum),
                    t.opdracht.as_ref().map(|o| o.datum).into(),
                    t.plaatsing.as_ref().map(|p| p.startdatum).into(),
                    t.opdracht.as_ref().map_or(Cel::Leeg, |o| Cel::Bedrag(o.budget_centen)),
                    t.budget().map_or(Cel::Leeg, |b| Cel::Bedrag(b.besteed_centen)),
                    Cel::Geheel(t.activiteiten.len() as i64),
                ]);
                rijen.push(rij);
            }
            "activiteiten" => {
                for a in &t.activiteiten {
                    let mut rij = wie();
                    rij.extend([
                        Cel::Datum(a.datum),
                        a.soort.code().into(),
                        Cel::Geheel(i64::from(a.minuten)),
                        a.inhoud.doel.clone().into(),
                        a.inhoud.vacature.clone().unwrap_or_default().into(),
                        a.inhoud.werkgever.clone().unwrap_or_default().into(),
                        a.inhoud.status.clone().unwrap_or_default().into(),
                        if a.bevestigd { "ja" } else { "nee" }.into(),
                    ]);
                    rijen.push(rij);
                }
            }
            _ => {
                for u in &t.uren {
                    let mut rij = wie();
                    rij.extend(u.cellen());
                    rij.push(if u.declarabel { "ja" } else { "nee" }.into());
                    rijen.push(rij);
                }
            }
        }
    }
    let kop = match wat {
        "trajecten" => vec![
            "Werknemer",
            "Werkgever",
            "Coach",
            "Fase",
            "Afsluitreden",
            "Advies",
            "Opdracht",
            "Plaatsing",
            "Budget (EUR)",
            "Besteed (EUR)",
            "Activiteiten",
        ],
        "activiteiten" => {
            vec![
                "Werknemer",
                "Werkgever",
                "Datum",
                "Soort",
                "Minuten",
                "Doel",
                "Vacature",
                "Bij werkgever",
                "Status",
                "Bevestigd",
            ]
        }
        _ => [["Werknemer", "Werkgever"].as_slice(), &store::traject::Urenregel::KOLOMMEN, &["Declarabel"]].concat(),
    };
    Ok(Tabel { kop, rijen })
}
