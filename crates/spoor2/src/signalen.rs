//! `spoor2 signalen`: the clock on every stored dossier of an organisation — every open and late
//! milestone and every finding, most urgent first.

use std::fmt::Write as _;

use domain::poortwachter::datum::nl;
use domain::poortwachter::{Ernst, Status, bereken};
use jiff::civil::Date;
use serde::Serialize;
use store::{Actor, Store};

use crate::Fout;

#[derive(Debug, Serialize)]
pub struct Signaal {
    pub organisatie_id: String,
    pub dossier_id: String,
    pub werkgever: String,
    pub werknemer: String,
    /// `bevinding` or `mijlpaal`.
    pub soort: &'static str,
    pub code: &'static str,
    /// A finding's severity, or a milestone's status.
    pub ernst: &'static str,
    /// The due date, or for a finding the first date of its evidence.
    pub datum: Date,
    pub omschrijving: String,
    pub advies: Option<String>,
    #[serde(skip)]
    urgentie: u8,
}

/// The organisations (id, name) whose id is `keuze` or whose name contains it; all without a choice.
pub fn organisaties(store: &Store, keuze: Option<&str>) -> Result<Vec<(String, String)>, Fout> {
    let organisaties: Vec<(String, String)> = store
        .organisaties()?
        .into_iter()
        .filter(|(id, naam)| keuze.is_none_or(|o| o == id || naam.to_lowercase().contains(&o.to_lowercase())))
        .collect();
    match keuze {
        Some(o) if organisaties.is_empty() => {
            Err(Fout::Invoer(format!("geen organisatie gevonden met id of naam '{o}'")))
        }
        _ => Ok(organisaties),
    }
}

/// Every signal of the organisations chosen (all when `organisatie` is `None`), most urgent first:
/// sanction and fine risks, late milestones, warnings, open milestones by due date, then information.
/// With `binnen`, open milestones are listed only when due within that many days of the peildatum.
pub fn verzamel(
    store: &Store,
    organisatie: Option<&str>,
    peildatum: Date,
    binnen: Option<u32>,
) -> Result<Vec<Signaal>, Fout> {
    let horizon = binnen.map(|d| domain::poortwachter::datum::plus_dagen(peildatum, d as i32));
    let organisaties = organisaties(store, organisatie)?;
    let mut signalen = Vec::new();
    for (organisatie_id, _) in &organisaties {
        let actor = Actor { id: "systeem:signalen", organisatie_id };
        for regel in store.dossiers(actor)? {
            let dossier = store.dossier(actor, &regel.id, "signalen")?;
            let tijdlijn = bereken(&dossier.casus(peildatum)?);
            let signaal = |soort, code, ernst, datum, omschrijving, advies, urgentie| Signaal {
                organisatie_id: organisatie_id.clone(),
                dossier_id: regel.id.clone(),
                werkgever: regel.werkgever.clone(),
                werknemer: regel.werknemer.clone(),
                soort,
                code,
                ernst,
                datum,
                omschrijving,
                advies,
                urgentie,
            };
            for b in &tijdlijn.bevindingen {
                let urgentie = match b.ernst {
                    Ernst::Loonsanctierisico | Ernst::Boeterisico => 0,
                    Ernst::Waarschuwing => 2,
                    Ernst::Info => 4,
                };
                let datum = b.bewijs().first().map_or(peildatum, |(_, d)| *d);
                signalen.push(signaal(
                    "bevinding",
                    b.code(),
                    b.ernst.code(),
                    datum,
                    b.toelichting(),
                    Some(b.advies()),
                    urgentie,
                ));
            }
            for m in &tijdlijn.mijlpalen {
                let urgentie = match m.status {
                    Status::TeLaat => 1,
                    Status::Open if horizon.is_none_or(|h| m.grens() <= h) => 3,
                    _ => continue,
                };
                let omschrijving = format!("{} uiterlijk {} (week {})", m.code.omschrijving(), nl(m.grens()), m.week);
                signalen.push(signaal(
                    "mijlpaal",
                    m.code.code(),
                    m.status.code(),
                    m.grens(),
                    omschrijving,
                    None,
                    urgentie,
                ));
            }
        }
    }
    signalen.sort_by(|a, b| (a.urgentie, a.datum, &a.werknemer).cmp(&(b.urgentie, b.datum, &b.werknemer)));
    Ok(signalen)
}

/// The readable table.
pub fn tabel(signalen: &[Signaal], peildatum: Date) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Signalen op peildatum {} ({} in totaal)\n", nl(peildatum), signalen.len());
    let _ = writeln!(s, "{:<18}{:<12}{:<28}{:<26}Wat", "Ernst/status", "Datum", "Werknemer", "Werkgever");
    for g in signalen {
        let wat = match g.soort {
            "bevinding" => g.code.to_string(),
            _ => g.omschrijving.clone(),
        };
        let _ = writeln!(
            s,
            "{:<18}{:<12}{:<28}{:<26}{}",
            g.ernst,
            nl(g.datum),
            afgekapt(&g.werknemer, 27),
            afgekapt(&g.werkgever, 25),
            wat
        );
    }
    s
}

fn afgekapt(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { format!("{}…", s.chars().take(n - 1).collect::<String>()) }
}
