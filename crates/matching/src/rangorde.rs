//! The matcher over the catalogue: first the hard constraints (every FML item, hours and day periods,
//! education), then a transparent, deterministic ranking of what remains.
//!
//! The score (0..1) is a weighted mean of the parts that apply, each shown with its value, weight and a
//! Dutch explanation:
//! - `marge` (0.4): room left on the employee's limits, the mean over every restricted item;
//! - `wensen` (0.3): the share of the employee's wishes that match the occupation's name or keywords;
//! - `opleiding` (0.15): education fit (1 at the same level, less below it, 0.5 one step above);
//! - `uren` (0.15): whether the hours the employee wants fall in the occupation's usual range;
//! - `afstand` (0.2, vacancies only): 1 at home, falling linearly to 0 at the maximum travel distance (or at
//!   [`AFSTAND_ZONDER_MAXIMUM_KM`] when the profile sets none);
//! - `vaardigheden` (0.25): the share of the employee's skills and experience (short phrases) of which a word
//!   matches a word of the vacancy's skills, experience requirements and qualifications, its title, or the
//!   occupation's name and keywords (word matching as for the wishes, [`woorden`] and `past`);
//! - `loon` (0.2, vacancies with a wage only): the vacancy's monthly wage against the employee's old wage
//!   ([`loon_waarde`]: 0 up to half the old wage, rising linearly to 1 at the old wage and above). The part says
//!   whether the wage is below 65% of the old wage (`domain::traject::loonverhouding`, the same mark as a
//!   placement's): the employee would then still lose 35% or more of their earning capacity, the threshold of the
//!   WIA. A wage never excludes work: a coach decides.
//!
//! A vacancy further from home than the profile's maximum travel distance is ongeschikt (item `reisafstand`).
//!
//! A part the profile gives no data for (no wishes, no education level, no hours, no skills, no old wage) is left
//! out and the weights of the others are scaled up. Ongeschikt results are not ranked: score 0, no breakdown.

use std::cmp::Reverse;

use domain::traject::{BEVREDIGEND_LOONPERCENTAGE, loonverhouding};
use domain::waarden::Opleidingsniveau;
use serde::Serialize;

use crate::catalogus::{Beroep, Catalogus, Herkomst};
use crate::oordeel::{Belastbaarheid, Oordeel, Reden, toets};
use crate::vraag::{Vraagprofiel, Werktijden};

pub const GEWICHT_MARGE: f64 = 0.4;
pub const GEWICHT_WENSEN: f64 = 0.3;
pub const GEWICHT_OPLEIDING: f64 = 0.15;
pub const GEWICHT_UREN: f64 = 0.15;
pub const GEWICHT_AFSTAND: f64 = 0.2;
pub const GEWICHT_VAARDIGHEDEN: f64 = 0.25;
pub const GEWICHT_LOON: f64 = 0.2;
/// The highest monthly wage (euros) the readers accept, old or offered: anything above is a typing error.
pub const MAX_LOON_PER_MAAND: u32 = 100_000;
/// Without a maximum travel distance, the distance part is 0 from this far on.
pub const AFSTAND_ZONDER_MAXIMUM_KM: f64 = 50.0;

/// The employee as the matcher sees them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profiel {
    pub belastbaarheid: Belastbaarheid,
    /// Home postcode (PC4) and the most the employee should travel; used for vacancies only.
    pub pc4: Option<u16>,
    pub max_reisafstand_km: Option<f64>,
    pub opleiding: Option<Opleidingsniveau>,
    pub uren_per_week: Option<u8>,
    /// Free-text wishes ("administratie", "buiten werken").
    pub wensen: Vec<String>,
    /// Skills and work experience as short phrases ("kassa", "klantcontact", "8 jaar verkoper in een bouwmarkt").
    pub vaardigheden: Vec<String>,
    /// The gross wage before sickness, whole euros per month.
    pub oud_loon_per_maand: Option<u32>,
}

/// One matched occupation (or, later, vacancy), in the JSON shape of `spoor2 match --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resultaat {
    pub soort: &'static str,
    pub id: String,
    pub naam: String,
    pub isco: String,
    pub opleiding: &'static str,
    pub oordeel: Oordeel,
    pub score: f64,
    pub redenen: Vec<Reden>,
    pub score_opbouw: ScoreOpbouw,
    /// For a vacancy: employer, place and the occupation it is linked to.
    #[serde(flatten)]
    pub vacature: Option<Vacaturegegevens>,
    /// For an imported occupation: its ESCO URI, O*NET code(s) and how they were linked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub herkomst: Option<Herkomst>,
}

/// What a vacancy result adds to the shape of an occupation result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vacaturegegevens {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub werkgever: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plaats: Option<String>,
    /// The id of the linked occupation in the catalogue, whose demand profile the vacancy takes.
    pub beroep: String,
    /// `gegeven` (in the vacancy) or `afgeleid` (from the title).
    pub koppeling: &'static str,
    /// From the employee's home postcode to the vacancy's, as the crow flies (km, one decimal); absent when
    /// either postcode or its coordinates are unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afstand_km: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScoreOpbouw {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marge: Option<Onderdeel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wensen: Option<Onderdeel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opleiding: Option<Onderdeel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uren: Option<Onderdeel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afstand: Option<Onderdeel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vaardigheden: Option<Onderdeel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loon: Option<Loondeel>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Onderdeel {
    /// 0..1, rounded to three decimals.
    pub waarde: f64,
    pub gewicht: f64,
    pub toelichting: String,
}

/// The wage part: an [`Onderdeel`] that also marks the 65% of the old wage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Loondeel {
    #[serde(flatten)]
    pub onderdeel: Onderdeel,
    /// The vacancy's wage in percent of the old wage, rounded down to one decimal.
    pub procent_van_oud_loon: f64,
    /// Below 65% of the old wage (`domain::traject::BEVREDIGEND_LOONPERCENTAGE`): a loss of earning capacity of
    /// 35% or more would remain.
    pub onder_65_procent: bool,
}

impl ScoreOpbouw {
    /// The parts present with their names, in the one fixed order of the breakdown.
    pub fn delen(&self) -> impl Iterator<Item = (&'static str, &Onderdeel)> {
        [
            ("marge", self.marge.as_ref()),
            ("wensen", self.wensen.as_ref()),
            ("opleiding", self.opleiding.as_ref()),
            ("uren", self.uren.as_ref()),
            ("afstand", self.afstand.as_ref()),
            ("vaardigheden", self.vaardigheden.as_ref()),
            ("loon", self.loon.as_ref().map(|l| &l.onderdeel)),
        ]
        .into_iter()
        .filter_map(|(naam, o)| o.map(|o| (naam, o)))
    }

    /// The weighted mean of the parts present.
    pub fn score(&self) -> f64 {
        let (som, gewicht) = self.delen().fold((0.0, 0.0), |(s, g), (_, o)| (s + o.waarde * o.gewicht, g + o.gewicht));
        if gewicht == 0.0 { 0.0 } else { afgerond(som / gewicht) }
    }
}

pub(crate) fn afgerond(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Every occupation of the catalogue, judged and ordered: by verdict (geschikt, then with
/// beoordelingspunten, then ongeschikt), within a verdict by descending score, then fewer excluding items,
/// fewer beoordelingspunten, name and id.
pub fn rangschik_beroepen(profiel: &Profiel, catalogus: &Catalogus) -> Vec<Resultaat> {
    let mut uit: Vec<Resultaat> = catalogus.beroepen.iter().map(|b| beoordeel_beroep(profiel, b)).collect();
    orden(&mut uit);
    uit
}

/// Sorts results in the order described at [`rangschik_beroepen`].
pub fn orden(uit: &mut [Resultaat]) {
    uit.sort_by(|a, b| sleutel(a).cmp(&sleutel(b)));
}

fn sleutel(r: &Resultaat) -> impl Ord + '_ {
    let ongeschikt = r.redenen.iter().filter(|x| x.oordeel == Oordeel::Ongeschikt).count();
    let punten = r.redenen.len() - ongeschikt;
    (r.oordeel, Reverse((r.score * 1000.0).round() as i64), ongeschikt, punten, r.naam.as_str(), r.id.as_str())
}

/// One occupation against the profile.
pub fn beoordeel_beroep(profiel: &Profiel, beroep: &Beroep) -> Resultaat {
    let teksten: Vec<&str> =
        std::iter::once(beroep.naam.as_str()).chain(beroep.trefwoorden.iter().map(String::as_str)).collect();
    // An occupation has no skills of its own: its name and keywords stand for them, and it has no wage.
    let mut r = beoordeel(
        profiel,
        Kandidaat {
            soort: "beroep",
            id: &beroep.id,
            naam: &beroep.naam,
            isco: &beroep.isco,
            opleiding: beroep.opleiding,
            vraag: &beroep.vraag,
            werktijden: &beroep.werktijden,
            teksten: &teksten,
            vaardigheden: &teksten,
            afstand_km: None,
            loon_per_maand: None,
        },
    );
    r.herkomst = beroep.herkomst.clone();
    r
}

/// What the matcher needs of an occupation or a vacancy.
pub(crate) struct Kandidaat<'a> {
    pub soort: &'static str,
    pub id: &'a str,
    pub naam: &'a str,
    pub isco: &'a str,
    pub opleiding: Opleidingsniveau,
    pub vraag: &'a Vraagprofiel,
    pub werktijden: &'a Werktijden,
    /// Name, keywords and the like, for the wishes.
    pub teksten: &'a [&'a str],
    /// What the employee's skills and experience are compared with: the texts and the vacancy's skills.
    pub vaardigheden: &'a [&'a str],
    /// From the employee's home, when known (vacancies).
    pub afstand_km: Option<f64>,
    /// The vacancy's wage in euros per month, when it gives one.
    pub loon_per_maand: Option<u32>,
}

pub(crate) fn beoordeel(profiel: &Profiel, k: Kandidaat<'_>) -> Resultaat {
    let toetsing = toets(&profiel.belastbaarheid, k.vraag, Some(k.werktijden));
    let mut oordeel = toetsing.oordeel;
    let mut redenen = toetsing.redenen;
    let voorblad = redenen.iter().any(|r| r.item == "voorblad");
    if let (Some(eigen), false) = (profiel.opleiding, voorblad)
        && let Some(r) = opleiding_reden(eigen, k.opleiding)
    {
        oordeel = oordeel.max(r.oordeel);
        redenen.push(r);
    }
    if let (Some(afstand), Some(max), false) = (k.afstand_km, profiel.max_reisafstand_km, voorblad)
        && afstand > max
    {
        oordeel = Oordeel::Ongeschikt;
        redenen.push(Reden {
            item: "reisafstand".into(),
            oordeel: Oordeel::Ongeschikt,
            vraag: format!("{} km", komma(afstand)),
            grens: format!("{} km", komma(max)),
            tekst: format!("ligt {} km van huis; maximale reisafstand is {} km", komma(afstand), komma(max)),
        });
    }
    let mut opbouw = ScoreOpbouw::default();
    if oordeel != Oordeel::Ongeschikt {
        opbouw.marge = Some(marge(&toetsing.marges));
        opbouw.wensen = wensen(&profiel.wensen, k.teksten);
        opbouw.opleiding = profiel.opleiding.map(|e| opleiding(e, k.opleiding));
        opbouw.uren = profiel.uren_per_week.map(|u| uren(u, k.werktijden.uren_per_week));
        opbouw.afstand = k.afstand_km.map(|d| afstand(d, profiel.max_reisafstand_km));
        opbouw.vaardigheden = vaardigheden(&profiel.vaardigheden, k.vaardigheden);
        opbouw.loon =
            profiel.oud_loon_per_maand.filter(|o| *o > 0).zip(k.loon_per_maand).map(|(oud, nieuw)| loon(nieuw, oud));
    }
    Resultaat {
        soort: k.soort,
        id: k.id.to_string(),
        naam: k.naam.to_string(),
        isco: k.isco.to_string(),
        opleiding: k.opleiding.code(),
        oordeel,
        score: opbouw.score(),
        redenen,
        score_opbouw: opbouw,
        vacature: None,
        herkomst: None,
    }
}

/// A number with a decimal comma and at most one decimal: 12,5 and 25.
pub fn komma(x: f64) -> String {
    let s = format!("{:.1}", (x * 10.0).round() / 10.0);
    s.strip_suffix(".0").map(str::to_string).unwrap_or_else(|| s.replace('.', ","))
}

/// The value of the distance part (the index computes it without the explanation).
pub(crate) fn afstand_waarde(km: f64, max: Option<f64>) -> f64 {
    afgerond((1.0 - km / max.unwrap_or(AFSTAND_ZONDER_MAXIMUM_KM)).clamp(0.0, 1.0))
}

fn afstand(km: f64, max: Option<f64>) -> Onderdeel {
    let hoe = match max {
        Some(m) => format!("maximaal {} km", komma(m)),
        None => format!("geen maximum opgegeven; {AFSTAND_ZONDER_MAXIMUM_KM} km telt als 0"),
    };
    Onderdeel {
        waarde: afstand_waarde(km, max),
        gewicht: GEWICHT_AFSTAND,
        toelichting: format!("{} km van huis ({hoe})", komma(km)),
    }
}

fn marge(marges: &[(&str, f64)]) -> Onderdeel {
    if marges.is_empty() {
        return Onderdeel {
            waarde: 1.0,
            gewicht: GEWICHT_MARGE,
            toelichting: "geen beperkingen om mee te vergelijken".into(),
        };
    }
    let tel = |w: f64| marges.iter().filter(|m| m.1 == w).count();
    let waarde = marges.iter().map(|m| m.1).sum::<f64>() / marges.len() as f64;
    Onderdeel {
        waarde: afgerond(waarde),
        gewicht: GEWICHT_MARGE,
        toelichting: format!(
            "{} beperking(en) vergeleken: {} met ruime marge, {} één niveau onder de grens, {} op of boven de grens",
            marges.len(),
            tel(1.0),
            tel(0.5),
            tel(0.0)
        ),
    }
}

/// Education levels on one ladder: vmbo = mbo 1, havo and vwo = mbo 4 (the level of work they lead to
/// without further education).
pub fn opleidingsrang(o: Opleidingsniveau) -> u8 {
    use Opleidingsniveau::*;
    match o {
        Geen => 0,
        Vmbo | Mbo1 => 1,
        Mbo2 => 2,
        Mbo3 => 3,
        Mbo4 | Havo | Vwo => 4,
        Hbo => 5,
        Wo => 6,
    }
}

/// One step above the employee's level: a beoordelingspunt (reachable with training?); more: ongeschikt.
fn opleiding_reden(eigen: Opleidingsniveau, vraag: Opleidingsniveau) -> Option<Reden> {
    let (e, v) = (opleidingsrang(eigen), opleidingsrang(vraag));
    let oordeel = match v.checked_sub(e)? {
        0 => return None,
        1 => Oordeel::Beoordelingspunt,
        _ => Oordeel::Ongeschikt,
    };
    let mut tekst = format!("vraagt opleidingsniveau {}; werknemer heeft {}", vraag.code(), eigen.code());
    if oordeel == Oordeel::Beoordelingspunt {
        tekst.push_str(" (één niveau hoger: haalbaar met scholing?)");
    }
    Some(Reden { item: "opleiding".into(), oordeel, vraag: vraag.code().into(), grens: eigen.code().into(), tekst })
}

pub(crate) fn opleiding(eigen: Opleidingsniveau, vraag: Opleidingsniveau) -> Onderdeel {
    let (e, v) = (opleidingsrang(eigen), opleidingsrang(vraag));
    let (waarde, toelichting) = if v > e {
        (0.5, format!("vraagt {}, één niveau boven {}", vraag.code(), eigen.code()))
    } else if v == e {
        (1.0, format!("vraagt {}, het niveau van de werknemer", vraag.code()))
    } else {
        let waarde = (1.0 - 0.2 * f64::from(e - v)).max(0.2);
        (waarde, format!("vraagt {}, {} niveau(s) onder {}", vraag.code(), e - v, eigen.code()))
    };
    Onderdeel { waarde: afgerond(waarde), gewicht: GEWICHT_OPLEIDING, toelichting }
}

/// The value of the hours part (the index computes it without the explanation).
pub(crate) fn uren_waarde(gewenst: u8, (min, max): (u8, u8)) -> f64 {
    let (g, lo, hi) = (f64::from(gewenst), f64::from(min), f64::from(max));
    afgerond(if gewenst < min {
        g / lo
    } else if gewenst > max {
        hi / g
    } else {
        1.0
    })
}

fn uren(gewenst: u8, (min, max): (u8, u8)) -> Onderdeel {
    let hoe = if gewenst < min {
        "minder dan"
    } else if gewenst > max {
        "meer dan"
    } else {
        "binnen"
    };
    Onderdeel {
        waarde: uren_waarde(gewenst, (min, max)),
        gewicht: GEWICHT_UREN,
        toelichting: if min == max {
            format!("{gewenst} uur per week is {hoe} de {min} uur van het werk")
        } else {
            format!("{gewenst} uur per week is {hoe} de gebruikelijke {min}–{max} uur")
        },
    }
}

const STOPWOORDEN: &[&str] =
    &["werk", "werken", "graag", "iets", "voor", "naar", "zijn", "niet", "veel", "meer", "wil", "met", "bij", "een"];

/// Lowercase words without accents, for comparing wishes with names and keywords.
pub fn woorden(tekst: &str) -> Vec<String> {
    let mut s = String::with_capacity(tekst.len());
    for c in tekst.chars().flat_map(char::to_lowercase) {
        s.push(match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        });
    }
    s.split_whitespace().filter(|w| w.len() >= 3 && !STOPWOORDEN.contains(w)).map(String::from).collect()
}

/// Does a word of a wish match a word of the occupation? One contains the other (Dutch compounds:
/// "magazijn" in "magazijnmedewerker"), or they share their first six letters ("administratie",
/// "administratief").
pub(crate) fn past(wens: &str, woord: &str) -> bool {
    let gedeeld = wens.chars().zip(woord.chars()).take_while(|(a, b)| a == b).count();
    (wens.len() >= 4 && woord.contains(wens)) || (woord.len() >= 5 && wens.contains(woord)) || gedeeld >= 6
}

/// The share of the employee's terms (wishes, skills) with a word matching a word of the texts, naming each match;
/// `soort` says what the terms are, `waarmee` what they are compared with.
fn overlap(termen: &[String], teksten: &[&str], gewicht: f64, soort: &str, waarmee: &str) -> Option<Onderdeel> {
    if termen.is_empty() {
        return None;
    }
    let tekstwoorden: Vec<String> = teksten.iter().flat_map(|t| woorden(t)).collect();
    let passend: Vec<String> = termen
        .iter()
        .filter_map(|term| {
            let woord = woorden(term).into_iter().find_map(|w| tekstwoorden.iter().find(|b| past(&w, b)))?;
            Some(format!("'{term}' past bij '{woord}'"))
        })
        .collect();
    let waarde = passend.len() as f64 / termen.len() as f64;
    let toelichting = if passend.is_empty() {
        format!("geen van de {} {soort} past bij {waarmee}", termen.len())
    } else {
        format!("{} van {} {soort}: {}", passend.len(), termen.len(), passend.join("; "))
    };
    Some(Onderdeel { waarde: afgerond(waarde), gewicht, toelichting })
}

pub(crate) fn wensen(wensen: &[String], teksten: &[&str]) -> Option<Onderdeel> {
    overlap(wensen, teksten, GEWICHT_WENSEN, "wens(en)", "naam of trefwoorden")
}

fn vaardigheden(eigen: &[String], teksten: &[&str]) -> Option<Onderdeel> {
    overlap(eigen, teksten, GEWICHT_VAARDIGHEDEN, "vaardigheden of ervaringen", "het werk")
}

/// Skills and experience as the matcher takes them from free text: the phrases between commas, semicolons and
/// line ends ("kassa, klantcontact; 8 jaar verkoper" → three).
pub fn termen(tekst: &str) -> Vec<String> {
    tekst.split([',', ';', '\n']).map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect()
}

/// The value of the wage part for a wage against the old wage (both euros per month): 0 up to half the old wage,
/// rising linearly to 1 at the old wage, 1 above it. At the 65% mark: 0.3.
pub fn loon_waarde(loon: u32, oud: u32) -> f64 {
    afgerond(((f64::from(loon) / f64::from(oud) - 0.5) * 2.0).clamp(0.0, 1.0))
}

/// An amount in whole euros as Dutch readers write it: € 2.800.
pub fn euro(bedrag: u32) -> String {
    let cijfers = bedrag.to_string();
    let mut s = String::new();
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i).is_multiple_of(3) {
            s.push('.');
        }
        s.push(c);
    }
    format!("€ {s}")
}

fn loon(loon: u32, oud: u32) -> Loondeel {
    let verhouding = loonverhouding(i64::from(loon) * 100, i64::from(oud) * 100).expect("both wages positive");
    let onder = !verhouding.bevredigend;
    let grens = if onder {
        format!(
            "onder de grens van {BEVREDIGEND_LOONPERCENTAGE}%: de werknemer blijft dan 35% of meer van de \
             verdiencapaciteit verliezen (de WIA-drempel)"
        )
    } else {
        format!("op of boven de grens van {BEVREDIGEND_LOONPERCENTAGE}%")
    };
    Loondeel {
        onderdeel: Onderdeel {
            waarde: loon_waarde(loon, oud),
            gewicht: GEWICHT_LOON,
            toelichting: format!(
                "{} per maand is {} van het oude loon ({}); {grens}",
                euro(loon),
                verhouding.procent(),
                euro(oud)
            ),
        },
        procent_van_oud_loon: verhouding.promille as f64 / 10.0,
        onder_65_procent: onder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn beroep(id: &str, naam: &str, opleiding: Opleidingsniveau, niveaus: &[(&'static str, u8)]) -> Beroep {
        Beroep {
            id: id.into(),
            naam: naam.into(),
            isco: "4110".into(),
            opleiding,
            trefwoorden: vec!["kantoor".into()],
            vraag: Vraagprofiel { niveaus: niveaus.iter().copied().collect(), ..Default::default() },
            werktijden: Werktijden { uren_per_week: (16, 36), uren_per_dienst: 4, avond: false, nacht: false },
            herkomst: None,
        }
    }

    #[test]
    fn wishes_match_dutch_words_and_compounds() {
        assert!(past("administratie", "administratief"));
        assert!(past("magazijn", "magazijnmedewerker"));
        assert!(past("zorg", "ouderenzorg"));
        assert!(past("techniek", "technisch") || past("techni", "technisch"));
        assert!(!past("auto", "administratief"));
        assert_eq!(woorden("Werken met dieren, graag buiten!"), ["dieren", "buiten"]);
        assert_eq!(woorden("Zorg & Welzijn — cliënten"), ["zorg", "welzijn", "clienten"]);
    }

    #[test]
    fn education_one_step_up_is_a_point_to_judge_and_more_excludes() {
        use Opleidingsniveau::*;
        assert_eq!(opleiding_reden(Mbo4, Mbo2), None);
        assert_eq!(opleiding_reden(Mbo4, Havo), None);
        assert_eq!(opleiding_reden(Mbo3, Mbo4).unwrap().oordeel, Oordeel::Beoordelingspunt);
        assert_eq!(opleiding_reden(Mbo2, Hbo).unwrap().oordeel, Oordeel::Ongeschikt);
        assert_eq!(opleiding_reden(Mbo2, Hbo).unwrap().tekst, "vraagt opleidingsniveau hbo; werknemer heeft mbo2");
        assert_eq!(opleiding(Mbo4, Mbo4).waarde, 1.0);
        assert_eq!(opleiding(Mbo4, Mbo2).waarde, 0.6);
        assert_eq!(opleiding(Wo, Geen).waarde, 0.2);
        assert_eq!(opleiding(Mbo3, Mbo4).waarde, 0.5);
    }

    #[test]
    fn distance_falls_linearly_to_the_maximum() {
        assert_eq!(afstand(0.0, Some(25.0)).waarde, 1.0);
        assert_eq!(afstand(10.0, Some(20.0)).waarde, 0.5);
        assert_eq!(afstand(30.0, Some(20.0)).waarde, 0.0);
        assert_eq!(afstand(12.5, None).waarde, 0.75);
        assert_eq!(afstand(12.5, None).toelichting, "12,5 km van huis (geen maximum opgegeven; 50 km telt als 0)");
        assert_eq!((komma(25.0), komma(34.96), komma(0.04)), ("25".into(), "35".into(), "0".into()));
        assert_eq!(komma(12.34), "12,3");
    }

    #[test]
    fn hours_fit_in_the_range_or_scale_down() {
        assert_eq!(uren(24, (16, 36)).waarde, 1.0);
        assert_eq!(uren(24, (32, 40)).waarde, 0.75);
        assert_eq!(uren(40, (8, 20)).waarde, 0.5);
    }

    #[test]
    fn the_score_is_the_weighted_mean_of_the_parts_that_apply() {
        let profiel = Profiel {
            belastbaarheid: Belastbaarheid {
                items: [("4.13".to_string(), 2), ("5.4".to_string(), 2)].into_iter().collect(),
                ..Default::default()
            },
            opleiding: Some(Opleidingsniveau::Mbo2),
            wensen: vec!["administratie".into()],
            ..Default::default()
        };
        let b = beroep("adm", "Administratief medewerker", Opleidingsniveau::Mbo2, &[("4.13", 3)]);
        let r = beoordeel_beroep(&profiel, &b);
        assert_eq!(r.oordeel, Oordeel::Geschikt);
        // marge: 4.13 one level below the limit (0.5), 5.4 not asked (1.0) → 0.75.
        assert_eq!(r.score_opbouw.marge.as_ref().unwrap().waarde, 0.75);
        assert_eq!(r.score_opbouw.wensen.as_ref().unwrap().waarde, 1.0);
        assert_eq!(r.score_opbouw.uren, None);
        // (0.4·0.75 + 0.3·1 + 0.15·1) / 0.85
        assert_eq!(r.score, afgerond(0.75 / 0.85));
        let zonder = Profiel { wensen: vec![], opleiding: None, ..profiel.clone() };
        assert_eq!(beoordeel_beroep(&zonder, &b).score, 0.75);
    }

    #[test]
    fn unsuitable_results_come_last_unscored_and_the_order_is_deterministic() {
        let profiel = Profiel {
            belastbaarheid: Belastbaarheid {
                items: [("4.13".to_string(), 3)].into_iter().collect(),
                ..Default::default()
            },
            ..Default::default()
        };
        let catalogus = Catalogus {
            beroepen: vec![
                beroep("zwaar", "Sjouwer", Opleidingsniveau::Geen, &[("4.13", 0)]),
                beroep("b", "Bode", Opleidingsniveau::Mbo1, &[("4.13", 2)]),
                beroep("a", "Archivaris", Opleidingsniveau::Mbo1, &[]),
                beroep("c", "Conciërge", Opleidingsniveau::Mbo1, &[]),
            ],
        };
        let uit = rangschik_beroepen(&profiel, &catalogus);
        let volgorde: Vec<_> = uit.iter().map(|r| (r.id.as_str(), r.oordeel, r.score)).collect();
        assert_eq!(
            volgorde,
            [
                ("a", Oordeel::Geschikt, 1.0),
                ("c", Oordeel::Geschikt, 1.0),
                ("b", Oordeel::Beoordelingspunt, 0.0),
                ("zwaar", Oordeel::Ongeschikt, 0.0),
            ]
        );
        assert_eq!(uit[3].score_opbouw, ScoreOpbouw::default());
        let mut omgekeerd = catalogus.clone();
        omgekeerd.beroepen.reverse();
        assert_eq!(rangschik_beroepen(&profiel, &omgekeerd), uit);
    }

    #[test]
    fn the_wage_part_marks_65_percent_of_the_old_wage() {
        // 64,9% / 65% / 65,1% of € 1.000.
        let (onder, op, boven) = (loon(649, 1000), loon(650, 1000), loon(651, 1000));
        assert!(onder.onder_65_procent);
        assert!(!op.onder_65_procent && !boven.onder_65_procent);
        assert_eq!(
            (onder.procent_van_oud_loon, op.procent_van_oud_loon, boven.procent_van_oud_loon),
            (64.9, 65.0, 65.1)
        );
        assert_eq!((onder.onderdeel.waarde, op.onderdeel.waarde, boven.onderdeel.waarde), (0.298, 0.3, 0.302));
        assert_eq!(
            onder.onderdeel.toelichting,
            "€ 649 per maand is 64,9% van het oude loon (€ 1.000); onder de grens van 65%: de werknemer blijft dan 35% \
             of meer van de verdiencapaciteit verliezen (de WIA-drempel)"
        );
        assert_eq!(
            loon(2100, 2800).onderdeel.toelichting,
            "€ 2.100 per maand is 75,0% van het oude loon (€ 2.800); op of boven de grens van 65%"
        );
        // 0 up to half the old wage, 1 from the old wage on.
        assert_eq!((loon_waarde(1000, 2800), loon_waarde(1400, 2800), loon_waarde(2100, 2800)), (0.0, 0.0, 0.5));
        assert_eq!((loon_waarde(2800, 2800), loon_waarde(4000, 2800)), (1.0, 1.0));
        assert_eq!((euro(7), euro(2800), euro(1_234_567)), ("€ 7".into(), "€ 2.800".into(), "€ 1.234.567".into()));
        let json = serde_json::to_value(loon(1500, 2800)).unwrap();
        assert_eq!((json["onder_65_procent"].as_bool(), json["gewicht"].as_f64()), (Some(true), Some(GEWICHT_LOON)));
    }

    #[test]
    fn skills_and_experience_match_the_words_of_the_work() {
        let eigen = termen("kassa, klantcontact;\n8 jaar heftruckchauffeur, zingen");
        assert_eq!(eigen, ["kassa", "klantcontact", "8 jaar heftruckchauffeur", "zingen"]);
        let d = vaardigheden(&eigen, &["Kassamedewerker supermarkt", "klantcontact", "heftruck"]).unwrap();
        assert_eq!(d.waarde, 0.75);
        assert_eq!(
            d.toelichting,
            "3 van 4 vaardigheden of ervaringen: 'kassa' past bij 'kassamedewerker'; 'klantcontact' past bij \
             'klantcontact'; '8 jaar heftruckchauffeur' past bij 'heftruck'"
        );
        let niets = vaardigheden(&eigen, &["Docent"]).unwrap();
        assert_eq!(
            (niets.waarde, niets.toelichting.as_str()),
            (0.0, "geen van de 4 vaardigheden of ervaringen past bij het werk")
        );
        assert_eq!(vaardigheden(&[], &["Docent"]), None);
    }

    #[test]
    fn skills_and_wage_count_in_the_score_and_are_left_out_without_data() {
        let b = beroep("adm", "Administratief medewerker", Opleidingsniveau::Mbo2, &[]);
        let profiel = Profiel { vaardigheden: vec!["administratie".into(), "lassen".into()], ..Default::default() };
        let r = beoordeel_beroep(&profiel, &b);
        assert_eq!(r.score_opbouw.vaardigheden.as_ref().unwrap().waarde, 0.5);
        // An occupation has no wage: no wage part even with an old wage.
        assert_eq!(r.score_opbouw.loon, None);
        // marge 1 (0.4), vaardigheden 0.5 (0.25).
        assert_eq!(r.score, afgerond((0.4 + 0.125) / 0.65));
        let namen: Vec<&str> = r.score_opbouw.delen().map(|(n, _)| n).collect();
        assert_eq!(namen, ["marge", "vaardigheden"]);

        let mut v = crate::Vacature::voor_beroep("V1".into(), "Administratief medewerker".into(), &b, None);
        v.loon_per_maand = Some(2100);
        let met_loon = Profiel { oud_loon_per_maand: Some(2800), ..Profiel::default() };
        let r = crate::vacature::beoordeel_vacature(&met_loon, &v, None);
        let l = r.score_opbouw.loon.as_ref().unwrap();
        assert_eq!((l.onderdeel.waarde, l.onder_65_procent), (0.5, false));
        assert_eq!(r.score, afgerond((0.4 + 0.2 * 0.5) / 0.6));
        assert_eq!(r.score_opbouw.vaardigheden, None);
        let mut zonder_loon = v.clone();
        zonder_loon.loon_per_maand = None;
        assert_eq!(crate::vacature::beoordeel_vacature(&met_loon, &zonder_loon, None).score_opbouw.loon, None);
        assert_eq!(crate::vacature::beoordeel_vacature(&Profiel::default(), &v, None).score_opbouw.loon, None);
    }
}
