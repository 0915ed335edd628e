//! Vacancies as job sites publish them: schema.org `JobPosting` objects, as JSON-lines (one per line) or a
//! JSON array. Each vacancy is linked to an occupation of the catalogue, given in `occupationalCategory`
//! (our id, or an ISCO-08 code) or inferred from its title, and takes that occupation's demand profile;
//! `"spoor2:vraag"` overrides levels per vacancy. Hours and shifts come from `workHours` where it says
//! them, otherwise from the occupation. Skills come from `skills`, `experienceRequirements` and `qualifications`,
//! the wage from `baseSalary` (converted to euros per month by [`loon_per_maand`]). Bad rows are skipped and
//! reported with their line and reason.

use std::cell::LazyCell;
use std::collections::HashSet;

use domain::fml::{self, Invulling};
use domain::waarden::Opleidingsniveau;
use serde_json::{Map, Value};

use crate::afstand::Postcodetabel;
use crate::catalogus::{Beroep, Catalogus};
use crate::koppelaar::{Concept, Koppelaar};
use crate::profiel::pc4;
use crate::rangorde::{Kandidaat, MAX_LOON_PER_MAAND, Profiel, Resultaat, Vacaturegegevens, beoordeel, euro, orden};
use crate::vraag::{NIET_VERGELEKEN, Vraagprofiel, WERKTIJD_ITEMS, Werktijden};

#[derive(Debug, Clone, PartialEq)]
pub struct Vacature {
    pub id: String,
    pub titel: String,
    pub werkgever: Option<String>,
    pub plaats: Option<String>,
    pub pc4: Option<u16>,
    /// The linked occupation (its id in the catalogue) and how the link was made.
    pub beroep: String,
    pub koppeling: Koppeling,
    pub isco: String,
    pub opleiding: Opleidingsniveau,
    pub vraag: Vraagprofiel,
    pub werktijden: Werktijden,
    /// Title, occupation name and keywords, for the wishes.
    teksten: Vec<String>,
    /// The skills, experience and qualifications the posting asks for, as written.
    pub vaardigheden: Vec<String>,
    /// The offered gross wage in whole euros per month ([`loon_per_maand`]), when the posting gives one.
    pub loon_per_maand: Option<u32>,
    /// The `JobPosting` as read (a CSV row as its equivalent `JobPosting`), kept to be stored and read again;
    /// `Null` for generated vacancies.
    pub bron: Value,
}

impl Vacature {
    /// A vacancy for an occupation of the catalogue, taking its demand, hours and education (generated data,
    /// tests); change the public fields after.
    pub fn voor_beroep(id: String, titel: String, beroep: &Beroep, pc4: Option<u16>) -> Vacature {
        let teksten =
            [titel.clone(), beroep.naam.clone()].into_iter().chain(beroep.trefwoorden.iter().cloned()).collect();
        Vacature {
            id,
            titel,
            werkgever: None,
            plaats: None,
            pc4,
            beroep: beroep.id.clone(),
            koppeling: Koppeling::Gegeven,
            isco: beroep.isco.clone(),
            opleiding: beroep.opleiding,
            vraag: beroep.vraag.clone(),
            werktijden: beroep.werktijden,
            teksten,
            vaardigheden: Vec::new(),
            loon_per_maand: None,
            bron: Value::Null,
        }
    }

    /// Title, occupation name and keywords: what wishes are compared with.
    pub fn teksten(&self) -> &[String] {
        &self.teksten
    }

    /// What the employee's skills and experience are compared with: the texts and the vacancy's skills.
    pub fn vaardigheidsteksten(&self) -> impl Iterator<Item = &str> {
        self.teksten.iter().chain(&self.vaardigheden).map(String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Koppeling {
    /// `occupationalCategory` named the occupation (id or ISCO code).
    Gegeven,
    /// Inferred from the title.
    Afgeleid,
}

impl Koppeling {
    pub fn code(self) -> &'static str {
        match self {
            Self::Gegeven => "gegeven",
            Self::Afgeleid => "afgeleid",
        }
    }
}

/// A row that could not be read: its line (JSON-lines) or position (JSON array), and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("vacature op regel {regel}: {melding}")]
pub struct Regelfout {
    pub regel: usize,
    pub melding: String,
}

/// Reads every vacancy; rows that cannot be read are returned apart, in order.
pub fn lees_vacatures(tekst: &str, catalogus: &Catalogus) -> (Vec<Vacature>, Vec<Regelfout>) {
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    // A JSON array (rows numbered by position), one JSON object over several lines, or JSON-lines.
    let geheel = serde_json::from_str::<Value>(tekst);
    let rijen: Vec<(usize, Result<Value, String>)> = if let Ok(Value::Array(lijst)) = geheel {
        lijst.into_iter().enumerate().map(|(i, v)| (i + 1, Ok(v))).collect()
    } else if let Ok(v @ Value::Object(_)) = geheel {
        vec![(1, Ok(v))]
    } else if tekst.trim_start().starts_with('[') {
        let e = geheel.expect_err("not an array or object, so an error");
        vec![(e.line(), Err(format!("geen geldige JSON-lijst: {e}")))]
    } else {
        tekst
            .lines()
            .enumerate()
            .filter(|(_, r)| !r.trim().is_empty())
            .map(|(i, r)| (i + 1, serde_json::from_str(r).map_err(|e| format!("geen geldige JSON: {e}"))))
            .collect()
    };
    uit_rijen(rijen, catalogus)
}

/// Reads rows already parsed as JSON (numbered by line), refusing a repeated identifier.
pub(crate) fn uit_rijen(
    rijen: impl IntoIterator<Item = (usize, Result<Value, String>)>,
    catalogus: &Catalogus,
) -> (Vec<Vacature>, Vec<Regelfout>) {
    let (mut goed, mut fout) = (Vec::new(), Vec::new());
    let mut ids = HashSet::new();
    // Built only when a title has to be linked.
    let koppelaar = LazyCell::new(|| Titelkoppelaar::new(catalogus));
    for (regel, rij) in rijen {
        match rij.and_then(|v| vacature(&v, regel, &koppelaar)) {
            Ok(v) if !ids.insert(v.id.clone()) => {
                fout.push(Regelfout { regel, melding: format!("identifier '{}' komt al eerder voor", v.id) })
            }
            Ok(v) => goed.push(v),
            Err(melding) => fout.push(Regelfout { regel, melding }),
        }
    }
    (goed, fout)
}

fn vacature(waarde: &Value, regel: usize, koppelaar: &Titelkoppelaar) -> Result<Vacature, String> {
    let Value::Object(o) = waarde else {
        return Err("moet een JobPosting-object zijn".into());
    };
    let is_jobposting = match o.get("@type") {
        Some(Value::String(t)) => t == "JobPosting",
        Some(Value::Array(t)) => t.iter().any(|t| t == "JobPosting"),
        _ => false,
    };
    if !is_jobposting {
        return Err("@type moet JobPosting zijn".into());
    }
    let titel = match o.get("title") {
        Some(Value::String(t)) if !t.trim().is_empty() => t.trim().to_string(),
        _ => return Err("title ontbreekt of is leeg".into()),
    };
    let id = match o.get("identifier") {
        None | Some(Value::Null) => format!("regel-{regel}"),
        Some(w) => tekst_of_waarde(w).ok_or("identifier moet tekst, een getal of {\"value\": …} zijn")?,
    };
    let werkgever = match o.get("hiringOrganization") {
        None | Some(Value::Null) => None,
        Some(Value::Object(org)) => org.get("name").and_then(Value::as_str).map(str::to_string),
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("hiringOrganization moet tekst of een object met name zijn".into()),
    };
    let (plaats, postcode) = plaats(o.get("jobLocation"))?;
    let pc4 = match postcode {
        None => None,
        Some(p) => Some(pc4(&p).ok_or_else(|| format!("postalCode '{p}' is geen Nederlandse postcode"))?),
    };
    let (beroep, koppeling) = koppel(o.get("occupationalCategory"), &titel, koppelaar)?;
    let uren_tekst = o.get("workHours").and_then(Value::as_str).unwrap_or_default().to_lowercase();
    let mut werktijden = beroep.werktijden;
    if let Some(uren) = uren_uit(&uren_tekst)? {
        werktijden.uren_per_week = uren;
        werktijden.uren_per_dienst = werktijden.uren_per_dienst.min(uren.1);
    }
    if let Some((avond, nacht)) = diensten_uit(&uren_tekst) {
        (werktijden.avond, werktijden.nacht) = (avond, nacht);
    }
    let opleiding = match o.get("educationRequirements") {
        None | Some(Value::Null) => beroep.opleiding,
        Some(w) => opleiding_uit(w).unwrap_or(beroep.opleiding),
    };
    let mut vraag = beroep.vraag.clone();
    if let Some(w) = o.get("spoor2:vraag") {
        let Value::Object(eigen) = w else {
            return Err("spoor2:vraag moet een object zijn (item → niveau)".into());
        };
        eigen_vraag(eigen, &mut vraag)?;
    }
    let mut vaardigheden = Vec::new();
    for veld in ["skills", "experienceRequirements", "qualifications"] {
        if let Some(w) = o.get(veld) {
            teksten_uit(w, &mut vaardigheden);
        }
    }
    let loon_per_maand = match o.get("baseSalary") {
        None | Some(Value::Null) => None,
        Some(w) => Some(loon_uit(w, werktijden.uren_per_week).map_err(|e| format!("baseSalary: {e}"))?),
    };
    let teksten = [titel.clone(), beroep.naam.clone()].into_iter().chain(beroep.trefwoorden.iter().cloned()).collect();
    Ok(Vacature {
        id,
        titel,
        werkgever,
        plaats,
        pc4,
        beroep: beroep.id.clone(),
        koppeling,
        isco: beroep.isco.clone(),
        opleiding,
        vraag,
        werktijden,
        teksten,
        vaardigheden,
        loon_per_maand,
        bron: waarde.clone(),
    })
}

/// The texts of a skills-like property: a text, a list, or objects (`DefinedTerm`, `EducationalOccupationalCredential`,
/// `OccupationalExperienceRequirements`) with their `name`, `credentialCategory` and `description`. Anything else
/// (a number of months) says nothing to compare.
fn teksten_uit(w: &Value, uit: &mut Vec<String>) {
    match w {
        Value::String(s) if !s.trim().is_empty() => uit.push(s.trim().to_string()),
        Value::Array(l) => l.iter().for_each(|w| teksten_uit(w, uit)),
        Value::Object(o) => {
            for veld in ["name", "credentialCategory", "description"] {
                if let Some(w) = o.get(veld) {
                    teksten_uit(w, uit);
                }
            }
        }
        _ => {}
    }
}

/// The one place wages are converted: an amount per `unitText` to euros per month at the vacancy's hours (the
/// middle of its range per week), with 52 weeks a year: HOUR × hours × 52/12, DAY (of 8 hours) × hours / 8 ×
/// 52/12, WEEK × 52/12, MONTH, YEAR / 12. Rounded to whole euros; `None` for an unknown unit.
pub fn loon_per_maand(bedrag: f64, eenheid: &str, uren_per_week: (u8, u8)) -> Option<f64> {
    let uren = (f64::from(uren_per_week.0) + f64::from(uren_per_week.1)) / 2.0;
    let weken = 52.0 / 12.0;
    let per_maand = match eenheid.trim().to_uppercase().as_str() {
        "HOUR" => bedrag * uren * weken,
        "DAY" => bedrag * uren / 8.0 * weken,
        "WEEK" => bedrag * weken,
        "MONTH" => bedrag,
        "YEAR" => bedrag / 12.0,
        _ => return None,
    };
    Some(per_maand.round())
}

/// The wage of `baseSalary`: a schema.org `MonetaryAmount` in euros whose `value` is a number or a
/// `QuantitativeValue` with `value`, or `minValue` and/or `maxValue` (the least offered counts: `minValue` when
/// given), and `unitText` (on the value or the amount). In euros per month.
fn loon_uit(w: &Value, uren_per_week: (u8, u8)) -> Result<u32, String> {
    let Value::Object(bedrag) = w else {
        return Err("moet een MonetaryAmount zijn: {\"@type\": \"MonetaryAmount\", \"currency\": \"EUR\", \"value\": \
                    {\"@type\": \"QuantitativeValue\", \"value\": 2800, \"unitText\": \"MONTH\"}}"
            .into());
    };
    match bedrag.get("currency").and_then(Value::as_str) {
        None => {}
        Some(c) if c.trim().eq_ignore_ascii_case("EUR") => {}
        Some(c) => return Err(format!("alleen lonen in euro's (EUR), niet {c}")),
    }
    let getal = |veld: &str, w: &Value| match w {
        Value::Number(n) => n.as_f64().filter(|x| *x > 0.0).ok_or_else(|| format!("{veld} moet groter dan 0 zijn")),
        w => Err(format!("{veld} moet een getal zijn, niet {w}")),
    };
    let (waarde, eenheid) = match bedrag.get("value") {
        None | Some(Value::Null) => return Err("value ontbreekt".into()),
        Some(Value::Object(q)) => {
            let veld = |v: &str| q.get(v).filter(|w| !w.is_null());
            let waarde = match (veld("value"), veld("minValue"), veld("maxValue")) {
                (Some(w), _, _) => getal("value", w)?,
                (None, Some(min), max) => {
                    let min = getal("minValue", min)?;
                    if let Some(max) = max.map(|w| getal("maxValue", w)).transpose()?
                        && max < min
                    {
                        return Err(format!("minValue {min} is groter dan maxValue {max}"));
                    }
                    min
                }
                (None, None, Some(max)) => getal("maxValue", max)?,
                (None, None, None) => return Err("value, minValue of maxValue ontbreekt".into()),
            };
            (waarde, q.get("unitText").or_else(|| bedrag.get("unitText")))
        }
        Some(w) => (getal("value", w)?, bedrag.get("unitText")),
    };
    let Some(eenheid) = eenheid.and_then(Value::as_str) else {
        return Err("unitText ontbreekt; geef HOUR, DAY, WEEK, MONTH of YEAR".into());
    };
    let per_maand = loon_per_maand(waarde, eenheid, uren_per_week)
        .ok_or_else(|| format!("unitText '{eenheid}' is onbekend; geef HOUR, DAY, WEEK, MONTH of YEAR"))?;
    if !(1.0..=f64::from(MAX_LOON_PER_MAAND)).contains(&per_maand) {
        return Err(format!(
            "{waarde} per {} is {} per maand; dat ligt niet tussen € 1 en {}",
            eenheid.to_lowercase(),
            euro(per_maand as u32),
            euro(MAX_LOON_PER_MAAND)
        ));
    }
    Ok(per_maand as u32)
}

fn tekst_of_waarde(w: &Value) -> Option<String> {
    match w {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("value").and_then(tekst_of_waarde),
        _ => None,
    }
}

/// Place and postcode of the first `jobLocation`.
fn plaats(w: Option<&Value>) -> Result<(Option<String>, Option<String>), String> {
    let locatie = match w {
        None | Some(Value::Null) => return Ok((None, None)),
        Some(Value::Array(l)) => l.first(),
        Some(l) => Some(l),
    };
    let adres = match locatie {
        None => return Ok((None, None)),
        Some(Value::Object(l)) => l.get("address"),
        Some(_) => return Err("jobLocation moet een Place-object zijn".into()),
    };
    match adres {
        None | Some(Value::Null) => Ok((None, None)),
        Some(Value::String(s)) => Ok((Some(s.clone()), None)),
        Some(Value::Object(a)) => Ok((
            a.get("addressLocality").and_then(Value::as_str).map(str::to_string),
            a.get("postalCode").and_then(tekst_of_waarde),
        )),
        Some(_) => Err("jobLocation.address moet tekst of een PostalAddress zijn".into()),
    }
}

/// The occupation: named by `occupationalCategory` (our id, or an ISCO-08 code; with several occupations in
/// that group the title chooses), or inferred from the title.
fn koppel<'c>(
    categorie: Option<&Value>,
    titel: &str,
    koppelaar: &Titelkoppelaar<'c>,
) -> Result<(&'c Beroep, Koppeling), String> {
    let catalogus = koppelaar.catalogus;
    let code = match categorie {
        None | Some(Value::Null) => None,
        Some(Value::Object(c)) => c.get("codeValue").and_then(tekst_of_waarde),
        Some(w) => tekst_of_waarde(w),
    };
    if let Some(code) = code {
        if let Some(b) = catalogus.beroep(&code) {
            return Ok((b, Koppeling::Gegeven));
        }
        let in_groep = |b: &&Beroep| b.isco == code;
        if let Some(eerste) = catalogus.beroepen.iter().find(in_groep) {
            let beste = koppelaar.kandidaten(titel).find(in_groep).unwrap_or(eerste);
            return Ok((beste, Koppeling::Gegeven));
        }
    }
    match koppelaar.koppel(titel) {
        Some(b) => Ok((b, Koppeling::Afgeleid)),
        None => {
            Err(format!("'{titel}' is niet aan een beroep uit de catalogus te koppelen; geef occupationalCategory"))
        }
    }
}

/// The title linker over the occupations of a catalogue. An imported catalogue keeps ESCO's alternative labels
/// as keywords: those are names. The built-in catalogue's keywords are topic words ("kantoor", "zorg"): those
/// count as the occupation's description.
pub struct Titelkoppelaar<'c> {
    catalogus: &'c Catalogus,
    koppelaar: Koppelaar,
}

/// The score an occupation needs to be linked: about half the title found in its name.
const MINIMALE_SCORE: f32 = 0.5;

impl<'c> Titelkoppelaar<'c> {
    pub fn new(catalogus: &'c Catalogus) -> Titelkoppelaar<'c> {
        let concepten: Vec<Concept> = catalogus
            .beroepen
            .iter()
            .map(|b| {
                let synoniemen = b.herkomst.is_some();
                Concept {
                    namen: std::iter::once(&b.naam)
                        .chain(b.trefwoorden.iter().filter(|_| synoniemen))
                        .cloned()
                        .collect(),
                    omschrijving: if synoniemen { String::new() } else { b.trefwoorden.join(" ") },
                }
            })
            .collect();
        Titelkoppelaar { catalogus, koppelaar: Koppelaar::new(&concepten) }
    }

    /// The occupation the title is about, if it is close enough.
    pub fn koppel(&self, titel: &str) -> Option<&'c Beroep> {
        let beste = self.koppelaar.koppel(titel).into_iter().next()?;
        (beste.score >= MINIMALE_SCORE).then(|| &self.catalogus.beroepen[beste.concept])
    }

    /// Every occupation with anything in common with the title, best first.
    fn kandidaten(&self, titel: &str) -> impl Iterator<Item = &'c Beroep> {
        let beroepen = &self.catalogus.beroepen;
        self.koppelaar.koppel(titel).into_iter().map(move |t| &beroepen[t.concept])
    }
}

/// Hours per week from `workHours`: "32 uur", "24-32 uur per week", "fulltime" (36–40).
fn uren_uit(tekst: &str) -> Result<Option<(u8, u8)>, String> {
    let getallen: Vec<u32> =
        tekst.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect();
    let per_week: Vec<u32> = getallen.into_iter().filter(|n| *n >= 4).collect();
    let bereik = match per_week.as_slice() {
        [] if tekst.contains("fulltime") || tekst.contains("voltijd") => Some((36, 40)),
        [] => None,
        [n] => Some((*n, *n)),
        [a, b, ..] => Some(((*a).min(*b), (*a).max(*b))),
    };
    match bereik {
        Some((a, b)) if b > 60 => Err(format!("workHours: {a}–{b} uur per week is meer dan 60")),
        Some((a, b)) => Ok(Some((a as u8, b as u8))),
        None => Ok(None),
    }
}

/// Evening and night shifts from `workHours`, when it says anything about shifts.
fn diensten_uit(tekst: &str) -> Option<(bool, bool)> {
    let volcontinu = ["3-ploegen", "drieploegen", "5-ploegen", "vijfploegen", "volcontinu", "24/7"];
    if volcontinu.iter().any(|w| tekst.contains(w)) {
        return Some((true, true));
    }
    let avond = tekst.contains("avond") || tekst.contains("ploegen") || tekst.contains("onregelmatig");
    let nacht = tekst.contains("nacht");
    let dag = tekst.contains("dagdienst") || tekst.contains("kantoortijden") || tekst.contains("overdag");
    (avond || nacht || dag).then_some((avond, nacht))
}

/// An education level in `educationRequirements` (text, a credential, or a list of them): the lowest named.
fn opleiding_uit(w: &Value) -> Option<Opleidingsniveau> {
    let tekst = match w {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.get("credentialCategory").and_then(Value::as_str).unwrap_or_default().to_string(),
        Value::Array(l) => return l.iter().filter_map(opleiding_uit).min(),
        _ => return None,
    };
    let compact: String = tekst.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
    let mut gevonden: Vec<Opleidingsniveau> = Vec::new();
    for niveau in Opleidingsniveau::ALLE {
        let code = niveau.code();
        let treffer = match niveau {
            // "wo" and "geen" occur inside other words; require them as a whole word.
            Opleidingsniveau::Wo | Opleidingsniveau::Geen => {
                tekst.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == code)
            }
            _ => compact.contains(code),
        };
        if treffer {
            gevonden.push(niveau);
        }
    }
    if compact.contains("bachelor") {
        gevonden.push(Opleidingsniveau::Hbo);
    }
    if compact.contains("master") {
        gevonden.push(Opleidingsniveau::Wo);
    }
    gevonden.into_iter().min()
}

fn eigen_vraag(eigen: &Map<String, Value>, vraag: &mut Vraagprofiel) -> Result<(), String> {
    for (code, w) in eigen {
        let item = fml::item(code).ok_or_else(|| format!("spoor2:vraag: '{code}' is geen FML-item"))?;
        if !matches!(item.invulling, Invulling::Niveaus(_))
            || NIET_VERGELEKEN.contains(&item.code)
            || WERKTIJD_ITEMS.contains(&item.code)
        {
            return Err(format!("spoor2:vraag: {code} kan niet als niveau worden gegeven"));
        }
        match w.as_u64() {
            Some(n) if n < u64::from(item.aantal()) => {
                vraag.niveaus.insert(item.code, n as u8);
            }
            _ => return Err(format!("spoor2:vraag: {code} ({}) heeft geen niveau {w}", item.naam)),
        }
    }
    Ok(())
}

/// One vacancy against the profile; with the postcode table, distance is a filter and part of the score.
pub fn beoordeel_vacature(profiel: &Profiel, v: &Vacature, postcodes: Option<&Postcodetabel>) -> Resultaat {
    let afstand_km = match (profiel.pc4, v.pc4, postcodes) {
        (Some(thuis), Some(werk), Some(tabel)) => tabel.afstand_km(thuis, werk),
        _ => None,
    };
    let teksten: Vec<&str> = v.teksten.iter().map(String::as_str).collect();
    let vaardigheden: Vec<&str> = v.vaardigheidsteksten().collect();
    let mut r = beoordeel(
        profiel,
        Kandidaat {
            soort: "vacature",
            id: &v.id,
            naam: &v.titel,
            isco: &v.isco,
            opleiding: v.opleiding,
            vraag: &v.vraag,
            werktijden: &v.werktijden,
            teksten: &teksten,
            vaardigheden: &vaardigheden,
            afstand_km,
            loon_per_maand: v.loon_per_maand,
        },
    );
    r.vacature = Some(Vacaturegegevens {
        werkgever: v.werkgever.clone(),
        plaats: v.plaats.clone(),
        beroep: v.beroep.clone(),
        koppeling: v.koppeling.code(),
        afstand_km,
    });
    r
}

/// Every vacancy judged and ordered as the occupations are.
pub fn rangschik_vacatures(
    profiel: &Profiel,
    vacatures: &[Vacature],
    postcodes: Option<&Postcodetabel>,
) -> Vec<Resultaat> {
    let mut uit: Vec<Resultaat> = vacatures.iter().map(|v| beoordeel_vacature(profiel, v, postcodes)).collect();
    orden(&mut uit);
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lees(tekst: &str) -> (Vec<Vacature>, Vec<Regelfout>) {
        lees_vacatures(tekst, Catalogus::ingebouwd())
    }

    #[test]
    fn a_job_posting_reads_with_its_occupation_hours_shifts_and_place() {
        let (v, fout) = lees(
            r#"{"@context": "https://schema.org", "@type": "JobPosting", "identifier": {"value": "V-1"},
                "title": "Orderpicker (32-40 uur, 2-ploegendienst)", "hiringOrganization": {"name": "Logistiek BV"},
                "jobLocation": {"@type": "Place", "address": {"postalCode": "5048 AB", "addressLocality": "Tilburg"}},
                "workHours": "32-40 uur per week, twee-ploegen: vroege en late dienst, ploegendienst",
                "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "vmbo"}}"#,
        );
        assert_eq!(fout, []);
        let v = &v[0];
        assert_eq!((v.id.as_str(), v.beroep.as_str(), v.koppeling), ("V-1", "orderpicker", Koppeling::Afgeleid));
        assert_eq!(
            (v.werkgever.as_deref(), v.plaats.as_deref(), v.pc4),
            (Some("Logistiek BV"), Some("Tilburg"), Some(5048))
        );
        assert_eq!(v.werktijden.uren_per_week, (32, 40));
        assert_eq!((v.werktijden.avond, v.werktijden.nacht), (true, false));
        assert_eq!(v.opleiding, Opleidingsniveau::Vmbo);
        assert_eq!(v.vraag.niveaus.get("4.13"), Some(&0));
    }

    #[test]
    fn the_occupation_can_be_given_by_id_or_isco_code_and_demand_overridden() {
        let (v, fout) = lees(concat!(
            r#"{"@type": "JobPosting", "title": "Collega backoffice", "occupationalCategory": "administratief-medewerker"}"#,
            "\n",
            r#"{"@type": "JobPosting", "title": "Chauffeur C", "occupationalCategory": {"codeValue": "8332"}, "spoor2:vraag": {"4.13": 2}}"#,
        ));
        assert_eq!(fout, []);
        assert_eq!((v[0].beroep.as_str(), v[0].koppeling), ("administratief-medewerker", Koppeling::Gegeven));
        assert_eq!(v[0].id, "regel-1");
        assert_eq!(v[1].beroep, "vrachtwagenchauffeur");
        assert_eq!(v[1].vraag.niveaus.get("4.13"), Some(&2));
        // Hours and shifts unknown in the posting: the occupation's.
        assert_eq!(v[0].werktijden, Catalogus::ingebouwd().beroep("administratief-medewerker").unwrap().werktijden);
    }

    #[test]
    fn titles_link_to_the_closest_occupation() {
        let k = Titelkoppelaar::new(Catalogus::ingebouwd());
        let id = |t: &str| k.koppel(t).map(|b| b.id.as_str());
        assert_eq!(id("Orderpicker magazijn Tilburg"), Some("orderpicker"));
        assert_eq!(id("Allround magazijnmedewerker"), Some("magazijnmedewerker"));
        assert_eq!(id("Medewerker klantenservice"), Some("klantenservicemedewerker"));
        assert_eq!(id("Verzorgende IG nachtdienst"), Some("verzorgende-ig"));
        assert_eq!(id("Vrachtwagenchauffeur CE internationaal"), Some("vrachtwagenchauffeur"));
        assert_eq!(id("Senior medewerker"), None);
    }

    #[test]
    fn hours_shifts_and_education_read_from_dutch_text() {
        assert_eq!(uren_uit("24 - 32 uur per week"), Ok(Some((24, 32))));
        assert_eq!(uren_uit("fulltime"), Ok(Some((36, 40))));
        assert_eq!(uren_uit("flexibel"), Ok(None));
        assert!(uren_uit("40-80 uur").is_err());
        assert_eq!(diensten_uit("werken in 5-ploegendienst"), Some((true, true)));
        assert_eq!(diensten_uit("dag- en avonddiensten"), Some((true, false)));
        assert_eq!(diensten_uit("nachtdiensten"), Some((false, true)));
        assert_eq!(diensten_uit("dagdienst, kantoortijden"), Some((false, false)));
        assert_eq!(diensten_uit("32 uur"), None);
        let o = |s: &str| opleiding_uit(&Value::String(s.into()));
        assert_eq!(o("MBO 4 (of HBO)"), Some(Opleidingsniveau::Mbo4));
        assert_eq!(o("afgeronde bachelor"), Some(Opleidingsniveau::Hbo));
        assert_eq!(o("WO werk- en denkniveau"), Some(Opleidingsniveau::Wo));
        assert_eq!(o("geen opleiding vereist"), Some(Opleidingsniveau::Geen));
        assert_eq!(o("werkervaring"), None);
    }

    #[test]
    fn bad_rows_are_skipped_and_reported_with_their_line_and_reason() {
        let (goed, fout) = lees(concat!(
            r#"{"@type": "JobPosting", "title": "Kok", "identifier": "A"}"#,
            "\n\n",
            "{kapot\n",
            r#"{"@type": "Organization", "title": "x"}"#,
            "\n",
            r#"{"@type": "JobPosting"}"#,
            "\n",
            r#"{"@type": "JobPosting", "title": "Glimlachcoördinator"}"#,
            "\n",
            r#"{"@type": "JobPosting", "title": "Kok", "identifier": "A"}"#,
            "\n",
            r#"{"@type": "JobPosting", "title": "Kok", "jobLocation": {"address": {"postalCode": "12"}}}"#,
            "\n",
            r#"{"@type": "JobPosting", "title": "Kok", "spoor2:vraag": {"4.13": 7}}"#,
        ));
        assert_eq!(goed.len(), 1);
        let regels: Vec<(usize, &str)> = fout.iter().map(|f| (f.regel, f.melding.as_str())).collect();
        assert_eq!(regels.len(), 7, "{regels:?}");
        assert_eq!(regels[0].0, 3);
        assert!(regels[0].1.starts_with("geen geldige JSON"));
        assert_eq!(regels[1], (4, "@type moet JobPosting zijn"));
        assert_eq!(regels[2], (5, "title ontbreekt of is leeg"));
        assert!(regels[3].1.contains("niet aan een beroep uit de catalogus te koppelen"), "{regels:?}");
        assert_eq!(regels[4], (7, "identifier 'A' komt al eerder voor"));
        assert!(regels[5].1.contains("geen Nederlandse postcode"));
        assert!(regels[6].1.contains("Tillen) heeft geen niveau 7"));
        assert_eq!(fout[0].to_string()[..22], *"vacature op regel 3: g");
    }

    #[test]
    fn a_json_array_reads_too() {
        let (v, fout) =
            lees(r#"[{"@type": "JobPosting", "title": "Kok"}, {"@type": "JobPosting", "title": "Bakker"}]"#);
        assert_eq!(fout, []);
        assert_eq!(v.iter().map(|v| v.beroep.as_str()).collect::<Vec<_>>(), ["kok", "bakker"]);
    }

    #[test]
    fn skills_come_from_skills_experience_and_qualifications() {
        let (v, fout) = lees(
            r#"{"@type": "JobPosting", "title": "Kassamedewerker", "occupationalCategory": "kassamedewerker",
                "skills": ["kassa", {"@type": "DefinedTerm", "name": "klantcontact"}],
                "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 12,
                                           "description": "ervaring in de detailhandel"},
                "qualifications": "rekenvaardig"}"#,
        );
        assert_eq!(fout, []);
        assert_eq!(v[0].vaardigheden, ["kassa", "klantcontact", "ervaring in de detailhandel", "rekenvaardig"]);
        assert_eq!(v[0].loon_per_maand, None);
    }

    #[test]
    fn the_wage_reads_from_base_salary_in_euros_per_month() {
        let regel = |loon: &str, uren: &str| {
            format!(r#"{{"@type": "JobPosting", "title": "Kok", "workHours": "{uren}", "baseSalary": {loon}}}"#)
        };
        let gevallen = [
            (
                r#"{"@type": "MonetaryAmount", "currency": "EUR", "value": {"@type": "QuantitativeValue", "value": 2800, "unitText": "MONTH"}}"#,
                "36 uur",
                2800,
            ),
            // € 15 an hour at 24–32 hours: 15 × 28 × 52 / 12 = 1.820.
            (r#"{"currency": "EUR", "value": {"value": 15, "unitText": "HOUR"}}"#, "24-32 uur", 1820),
            (r#"{"value": {"minValue": 36000, "maxValue": 42000, "unitText": "YEAR"}}"#, "", 3000),
            (r#"{"value": {"maxValue": 600, "unitText": "WEEK"}}"#, "", 2600),
            (r#"{"value": 120, "unitText": "DAY"}"#, "40 uur", 2600),
        ];
        for (loon, uren, verwacht) in gevallen {
            let (v, fout) = lees(&regel(loon, uren));
            assert_eq!(fout, [], "{loon}");
            assert_eq!(v[0].loon_per_maand, Some(verwacht), "{loon}");
        }
        assert_eq!(loon_per_maand(15.0, "hour", (40, 40)), Some(2600.0));
        assert_eq!(loon_per_maand(15.0, "MINUTE", (40, 40)), None);
    }

    #[test]
    fn a_bad_wage_is_a_row_error_with_its_reason() {
        let gevallen = [
            (r#"2800"#, "baseSalary: moet een MonetaryAmount zijn"),
            (
                r#"{"currency": "USD", "value": {"value": 5000, "unitText": "MONTH"}}"#,
                "baseSalary: alleen lonen in euro's (EUR), niet USD",
            ),
            (r#"{"value": {"value": 2800}}"#, "baseSalary: unitText ontbreekt"),
            (r#"{"value": {"value": 2800, "unitText": "MAAND"}}"#, "baseSalary: unitText 'MAAND' is onbekend"),
            (r#"{"value": {"value": "veel", "unitText": "MONTH"}}"#, "baseSalary: value moet een getal zijn"),
            (r#"{"value": {"value": -10, "unitText": "MONTH"}}"#, "baseSalary: value moet groter dan 0 zijn"),
            (
                r#"{"value": {"minValue": 3000, "maxValue": 2000, "unitText": "MONTH"}}"#,
                "baseSalary: minValue 3000 is groter dan maxValue 2000",
            ),
            (r#"{"value": {"unitText": "MONTH"}}"#, "baseSalary: value, minValue of maxValue ontbreekt"),
            (
                r#"{"value": {"value": 2800000, "unitText": "MONTH"}}"#,
                "baseSalary: 2800000 per month is € 2.800.000 per maand; dat ligt niet tussen € 1 en € 100.000",
            ),
        ];
        for (loon, melding) in gevallen {
            let (goed, fout) = lees(&format!(
                "{}\n{}",
                r#"{"@type": "JobPosting", "title": "Kok"}"#,
                format_args!(r#"{{"@type": "JobPosting", "title": "Kok", "identifier": "B", "baseSalary": {loon}}}"#)
            ));
            assert_eq!(goed.len(), 1, "{loon}");
            assert_eq!(fout.len(), 1, "{loon}");
            assert_eq!(fout[0].regel, 2);
            assert!(fout[0].melding.starts_with(melding), "{loon}: {}", fout[0].melding);
        }
    }

    #[test]
    fn a_stored_posting_reads_back_the_same() {
        let (v, fout) = lees(
            r#"{"@type": "JobPosting", "title": "Kassamedewerker", "identifier": "K1", "skills": "kassa, klantcontact",
                "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                               "value": {"@type": "QuantitativeValue", "value": 14.5, "unitText": "HOUR"}}}"#,
        );
        assert_eq!(fout, []);
        let (opnieuw, fout) = lees(&v[0].bron.to_string());
        assert_eq!((opnieuw, fout), (v.clone(), vec![]));
        assert!(v[0].loon_per_maand.is_some() && !v[0].vaardigheden.is_empty());
    }
}
