//! Inzicht (`/inzicht`): the figures over the dossiers the user may see — the organisation for its beheerder
//! and arbeidsdeskundige, the caseload for a coach, their own employees for an employer — filterable by period,
//! employer and coach, with server-rendered SVG charts and the numbers beneath. Figures about fewer than five
//! people are not shown to employers.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use domain::inzicht::{Aandeel, Dossiercijfers, Inzicht, Periode, Trajectcijfers, bereken};
use domain::poortwachter::{Ernst, bereken as tijdlijn};
use domain::waarden::Rol;
use jiff::civil::Date;
use serde::Deserialize;
use store::{Actor, Gegevens, Handeling, Store, StoreFout};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, blokkerend, vandaag};

#[derive(Debug, Default, Deserialize)]
pub struct Keuze {
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    werkgever: String,
    #[serde(default)]
    coach: String,
}

/// One figure: its label and its value as text ("—" when there is nothing to count).
pub struct Cijfer {
    pub wat: String,
    pub waarde: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "inzicht.html")]
pub struct InzichtPagina {
    t: Taal,
    naam: String,
    rol: String,
    keuze: Keuze,
    werkgevers: Vec<String>,
    coaches: Vec<String>,
    /// `None`: too few people for this user to see figures.
    cijfers: Option<Vec<Cijfer>>,
    dossiers: usize,
    /// SVG bar charts: trajects per phase and per outcome.
    fasen: String,
    uitkomsten: String,
}

/// The dossiers the figures are over, as they are read: for a beheerder the product reads the whole
/// organisation (no medical data, never a BSN); everyone else reads what the policy shows them.
fn lees(s: &Store, wie: Actor<'_>, rol: &str, keuze: &Keuze, vandaag: Date) -> Result<Gelezen, StoreFout> {
    s.vereis_in_organisatie(wie, Handeling::Lezen, Gegevens::Inzicht)?;
    let lezer = if rol == Rol::Beheerder.code() {
        Actor { id: "systeem:inzicht", organisatie_id: wie.organisatie_id }
    } else {
        wie
    };
    let lijst: Vec<_> = s.dossiers(lezer)?.into_iter().filter(|d| d.verzuim).collect();
    let mut werkgevers: Vec<String> = lijst.iter().map(|d| d.werkgever.clone()).collect();
    let mut coaches: Vec<String> = lijst.iter().filter_map(|d| d.coach.clone()).collect();
    for l in [&mut werkgevers, &mut coaches] {
        l.sort();
        l.dedup();
    }
    let mut cijfers = Vec::new();
    for d in lijst.iter().filter(|d| {
        (keuze.werkgever.is_empty() || keuze.werkgever == d.werkgever)
            && (keuze.coach.is_empty() || Some(&keuze.coach) == d.coach.as_ref())
    }) {
        let dossier = s.dossier(lezer, &d.id, "inzicht")?;
        let t = tijdlijn(&dossier.casus(vandaag)?);
        let traject = if s.toegestaan(lezer, Handeling::Lezen, Gegevens::Traject, &d.id)? {
            s.traject(lezer, &d.id, "inzicht")?
        } else {
            None
        };
        cijfers.push(Dossiercijfers {
            mijlpalen: t.mijlpalen.iter().map(|m| (m.grens(), m.status)).collect(),
            loonsanctierisico: t.bevindingen.iter().any(|b| b.ernst == Ernst::Loonsanctierisico),
            traject: traject.map(|t| {
                let data = t.data(crate::traject::rapportages(&dossier));
                let loopt = !matches!(t.fase, domain::traject::Fase::Afgesloten);
                Trajectcijfers {
                    fase: t.fase,
                    afsluitreden: t.afsluitreden,
                    begin: t.advies.datum,
                    opdracht: t.opdracht.as_ref().map(|o| o.datum),
                    plaatsing: t.plaatsing.as_ref().map(|p| p.startdatum),
                    nazorg: t.nazorg.iter().map(|c| (c.datum, c.werk_duurt)).collect(),
                    kosten_centen: t.uren.iter().filter(|u| u.declarabel).map(|u| u.bedrag_centen()).sum(),
                    activiteiten_per_week: loopt
                        .then(|| domain::traject::intensiteit(&data, vandaag).activiteiten_per_week),
                }
            }),
        });
    }
    Ok(Gelezen { cijfers, werkgevers, coaches })
}

struct Gelezen {
    cijfers: Vec<Dossiercijfers>,
    werkgevers: Vec<String>,
    coaches: Vec<String>,
}

fn datum(tekst: &str, taal: Taal) -> Result<Option<Date>, AppFout> {
    match tekst.trim() {
        "" => Ok(None),
        d => d.parse().map(Some).map_err(|_| AppFout::Ongeldig(taal.t("inzicht-datum-ongeldig"))),
    }
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(keuze): Query<Keuze>,
) -> Result<InzichtPagina, AppFout> {
    let periode = Periode { van: datum(&keuze.van, wie.taal)?, tot: datum(&keuze.tot, wie.taal)? };
    let vandaag = vandaag();
    let ik = wie.clone();
    let (gelezen, keuze) = blokkerend(&staat, move |s| {
        let g = lees(s, ik.actor(), &ik.rol, &keuze, vandaag)?;
        Ok((g, keuze))
    })
    .await?;
    let inzicht = bereken(&gelezen.cijfers, periode);
    let verborgen = wie.rol == Rol::Werkgever.code() && inzicht.te_klein();
    let t = wie.taal;
    let fasen: Vec<(String, usize)> = inzicht.per_fase.iter().map(|(f, n)| (f.code().replace('_', " "), *n)).collect();
    let uitkomsten: Vec<(String, usize)> =
        inzicht.per_uitkomst.iter().map(|(r, n)| (r.code().replace('_', " "), *n)).collect();
    Ok(InzichtPagina {
        cijfers: (!verborgen).then(|| cijfers(&inzicht, t)),
        dossiers: inzicht.dossiers,
        fasen: if verborgen { String::new() } else { staafdiagram(&t.t("inzicht-per-fase"), &fasen) },
        uitkomsten: if verborgen { String::new() } else { staafdiagram(&t.t("inzicht-per-uitkomst"), &uitkomsten) },
        t,
        naam: wie.naam,
        rol: wie.rol,
        keuze,
        werkgevers: gelezen.werkgevers,
        coaches: gelezen.coaches,
    })
}

fn cijfers(i: &Inzicht, t: Taal) -> Vec<Cijfer> {
    let leeg = || "—".to_string();
    let aandeel = |a: Aandeel| match a.procent() {
        Some(p) => format!("{}% ({} van {})", komma(p), a.teller, a.noemer),
        None => leeg(),
    };
    let euro = |c: Option<i64>| c.map_or_else(leeg, domain::traject::euro);
    let rij = |id: &str, waarde: String| Cijfer { wat: t.t(id), waarde };
    vec![
        rij("inzicht-dossiers", i.dossiers.to_string()),
        rij("inzicht-trajecten", i.trajecten.to_string()),
        rij("inzicht-plaatsingen", aandeel(i.plaatsingen)),
        rij("inzicht-mediaan", i.mediaan_dagen_tot_plaatsing.map_or_else(leeg, |d| d.to_string())),
        rij("inzicht-na-6", aandeel(i.na_6_maanden)),
        rij("inzicht-na-12", aandeel(i.na_12_maanden)),
        rij("inzicht-intensiteit", i.activiteiten_per_week.map_or_else(leeg, |a| komma(f64::from(a)))),
        rij("inzicht-loonsanctie-open", i.loonsanctierisico_open.to_string()),
        rij("inzicht-loonsanctie-opgelost", i.loonsanctierisico_opgelost.to_string()),
        rij("inzicht-kosten-traject", euro(i.kosten_per_traject)),
        rij("inzicht-kosten-plaatsing", euro(i.kosten_per_plaatsing)),
        rij("inzicht-op-tijd", aandeel(i.stappen_op_tijd)),
    ]
}

fn komma(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

/// A horizontal bar chart as inline SVG in a figure with its title as visible caption (no scripts, no styles:
/// the stylesheet colours it), with the numbers written beside the bars and the title as its accessible name.
/// The labels get a column as wide as the longest needs.
fn staafdiagram(titel: &str, rijen: &[(String, usize)]) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let max = rijen.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let kolom = 8 * rijen.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0) + 12;
    let (breedte, hoogte) = (kolom + 330, 24 * rijen.len() + 8);
    let mut svg = format!(
        r#"<figure class="diagram"><figcaption>{t}</figcaption><svg role="img" aria-label="{t}" viewBox="0 0 {breedte} {hoogte}" width="{breedte}" height="{hoogte}"><title>{t}</title>"#,
        t = esc(titel)
    );
    for (i, (label, n)) in rijen.iter().enumerate() {
        let y = 4 + 24 * i;
        let lengte = 280 * n / max;
        svg.push_str(&format!(
            r#"<text x="0" y="{ty}" class="label">{l}</text><rect x="{kolom}" y="{y}" width="{lengte}" height="18" class="staaf"/><text x="{tx}" y="{ty}" class="getal">{n}</text>"#,
            ty = y + 14,
            l = esc(label),
            tx = kolom + 6 + lengte,
        ));
    }
    svg.push_str("</svg></figure>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_chart_names_itself_escapes_its_labels_and_scales_to_the_largest() {
        let svg = staafdiagram("Per <fase>", &[("a & b".into(), 2), ("c".into(), 4), ("d".into(), 0)]);
        assert!(svg.contains(r#"aria-label="Per &lt;fase&gt;""#) && svg.contains("a &amp; b"));
        assert!(svg.contains(r#"width="140" height="18""#) && svg.contains(r#"width="280" height="18""#));
        assert!(svg.contains(r#"width="0" height="18""#) && !svg.contains("style="), "{svg}");
        // The caption is visible, and the bars begin after the longest label ("a & b": 5 characters).
        assert!(svg.contains("<figcaption>Per &lt;fase&gt;</figcaption>") && svg.contains(r#"<rect x="52""#), "{svg}");
    }
}
