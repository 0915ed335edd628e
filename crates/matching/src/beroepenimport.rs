//! A full occupation catalogue from public data: ESCO occupations (Dutch names, ISCO-08 group, alternative
//! labels) get a demand profile from O*NET ratings (0–100), by one of two paths:
//! - `direct`: the ESCO↔O*NET crosswalk (Nesta) gives an O*NET-SOC 2010 code, the O*NET 2010→2019 crosswalk
//!   the 2019 code(s), whose six-digit SOC code is a row of the O*NET wide table;
//! - `isco`: otherwise the occupation's ISCO-08 group, through the BLS ISCO↔SOC 2010 crosswalk and the same
//!   2010→2019 step; all SOC rows reached are averaged (less precise: a whole group's mean).
//!
//! Ratings become FML demand levels through one table, [`AFBEELDING`], documented in docs/matching.md.
//! The result is written in the catalogue format of `data/beroepen.toml` ([`naar_toml`]), so an imported
//! catalogue is read and checked by [`Catalogus::lees`](crate::Catalogus::lees) like the built-in one.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

use domain::fml;
use domain::waarden::Opleidingsniveau;

use crate::catalogus::{Beroep, ESCO_BEROEP, Herkomst, Koppelpad};
use crate::vraag::{Sterkte, Vraagprofiel, Werktijden};

/// How the columns of one rule are combined into one rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Samen {
    /// The mean of the columns.
    Gemiddelde,
    /// The highest of the columns (any one of them is enough to ask it).
    Hoogste,
}

/// What a rule sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Doel {
    /// A demand level on an FML item with levels; `drempels[i]` is the least rating that asks level `i`
    /// (0 = normaal, the heaviest). Below the last threshold the item is not asked.
    Niveau(&'static str),
    /// A demand against a condition (see `vraag::CONDITIEVRAGEN`); `drempels` = [vaak, soms].
    Voorwaarde(&'static str),
    /// The item is the core of the job (see `Vraagprofiel::kern`) from `drempels[0]` on.
    Kern(&'static str),
}

/// One row of the mapping: which O*NET columns, combined how, with which thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regel {
    pub doel: Doel,
    pub samen: Samen,
    pub kolommen: &'static [&'static str],
    pub drempels: &'static [u8],
}

const fn niveau(item: &'static str, samen: Samen, kolommen: &'static [&'static str], drempels: &'static [u8]) -> Regel {
    Regel { doel: Doel::Niveau(item), samen, kolommen, drempels }
}

const fn voorwaarde(
    code: &'static str,
    samen: Samen,
    kolommen: &'static [&'static str],
    drempels: &'static [u8],
) -> Regel {
    Regel { doel: Doel::Voorwaarde(code), samen, kolommen, drempels }
}

use Samen::{Gemiddelde as GEM, Hoogste as MAX};

const STAAN: &[&str] = &["ctx_spend_time_standing"];
const ZITTEN: &[&str] = &["ctx_spend_time_sitting"];
const LOPEN: &[&str] = &["ctx_spend_time_walking_and_running"];
const BUIGEN: &[&str] = &["ctx_spend_time_bending_or_twisting_the_body"];
const KNIELEN: &[&str] = &["ctx_spend_time_kneeling_crouching_stooping_or_crawling"];
const VOERTUIG: &[&str] = &["ctx_in_a_enclosed_vehicle_or_equipment", "ctx_in_an_open_vehicle_or_equipment"];
const TELEFOON: &[&str] = &["ctx_telephone"];
const TEAM: &[&str] = &["ctx_work_with_work_group_or_team"];
const TIJDSDRUK: &[&str] = &["ctx_time_pressure"];
const TEMPERATUUR: &[&str] = &["ctx_very_hot_or_cold_temperatures"];

/// THE mapping from O*NET ratings (0–100) to FML demand. O*NET work-context ratings are answers on a
/// five-point scale rescaled to 0–100: 0 never, 25 less than half the time, 50 about half, 75 more than half,
/// 100 continually. So for the time items 75 is "most of the day" (level 0), 50 "about half" (~4 h, level 1),
/// 25 "less than half" (~1 h, level 2). Abilities and activities are rescaled levels; their thresholds are
/// set on the spread over all 873 occupations (see docs/matching.md). Items not listed here are not asked.
pub const AFBEELDING: &[Regel] = &[
    // 1 Persoonlijk functioneren
    niveau("1.7", GEM, TIJDSDRUK, &[75]),
    niveau("1.9", GEM, &["ctx_freedom_to_make_decisions", "ctx_structured_versus_unstructured_work"], &[80, 60]),
    voorwaarde("zelf_ordenen", GEM, &["act_organizing_planning_and_prioritizing_work"], &[75, 60]),
    voorwaarde("initiatief", GEM, &["stl_initiative"], &[85, 75]),
    voorwaarde("doelen_stellen", GEM, &["act_developing_objectives_and_strategies"], &[60, 45]),
    voorwaarde("oplossingen_bedenken", GEM, &["act_making_decisions_and_solving_problems"], &[75, 60]),
    voorwaarde("aanpak_kiezen", GEM, &["ctx_freedom_to_make_decisions"], &[90, 75]),
    voorwaarde("deadlines", GEM, TIJDSDRUK, &[75, 50]),
    voorwaarde("hoog_tempo", GEM, &["ctx_pace_determined_by_speed_of_equipment"], &[60, 35]),
    voorwaarde(
        "persoonlijk_risico",
        MAX,
        &[
            "ctx_exposed_to_hazardous_conditions",
            "ctx_exposed_to_hazardous_equipment",
            "ctx_deal_with_physically_aggressive_people",
        ],
        &[60, 35],
    ),
    // 2 Sociaal functioneren
    niveau("2.2", GEM, TELEFOON, &[75]),
    niveau("2.3", GEM, TELEFOON, &[75]),
    niveau("2.4", GEM, &["abl_written_expression"], &[55]),
    niveau("2.5", GEM, &["abl_written_comprehension"], &[55]),
    niveau("2.6", GEM, &["act_assisting_and_caring_for_others", "stl_concern_for_others"], &[75, 60]),
    niveau(
        "2.8",
        MAX,
        &[
            "ctx_frequency_of_conflict_situations",
            "ctx_deal_with_unpleasant_or_angry_people",
            "ctx_deal_with_physically_aggressive_people",
        ],
        &[60, 35],
    ),
    niveau("2.9", GEM, TEAM, &[70, 40]),
    niveau("2.11", MAX, VOERTUIG, &[50]),
    Regel { doel: Doel::Kern("2.11"), samen: MAX, kolommen: VOERTUIG, drempels: &[75] },
    voorwaarde(
        "klantcontact",
        MAX,
        &["ctx_deal_with_external_customers", "act_performing_for_or_working_directly_with_the_public"],
        &[65, 45],
    ),
    voorwaarde("hulpbehoevenden", GEM, &["act_assisting_and_caring_for_others"], &[60, 45]),
    voorwaarde("collegacontact", GEM, TEAM, &[75, 50]),
    voorwaarde("leidinggeven", GEM, &["act_guiding_directing_and_motivating_subordinates"], &[60, 45]),
    // 3 Aanpassing aan fysieke omgevingseisen
    voorwaarde("hitte", GEM, TEMPERATUUR, &[60, 35]),
    voorwaarde("koude", GEM, TEMPERATUUR, &[75, 50]),
    niveau("3.2", MAX, &["ctx_outdoors_exposed_to_weather", "ctx_indoors_not_environmentally_controlled"], &[50]),
    niveau(
        "3.4",
        MAX,
        &["ctx_wear_common_protective_or_safety_equipment", "ctx_wear_specialized_protective_or_safety_equipment"],
        &[50],
    ),
    niveau("3.5", GEM, &["ctx_exposed_to_contaminants"], &[50]),
    niveau("3.6", GEM, &["ctx_sounds_noise_levels_are_distracting_or_uncomfortable"], &[60]),
    niveau("3.7", GEM, &["ctx_exposed_to_whole_body_vibrations"], &[40]),
    voorwaarde("infectierisico", GEM, &["ctx_exposed_to_disease_or_infections"], &[60, 35]),
    // 4 Dynamische handelingen
    voorwaarde(
        "grijpen",
        GEM,
        &["ctx_spend_time_using_your_hands_to_handle_control_or_feel_objects_tools_or_controls"],
        &[75, 50],
    ),
    voorwaarde("knijpkracht", GEM, &["abl_static_strength", "abl_manual_dexterity"], &[45, 35]),
    voorwaarde("fijne_motoriek", GEM, &["abl_finger_dexterity"], &[50, 40]),
    voorwaarde("repeterend", GEM, &["ctx_spend_time_making_repetitive_motions"], &[75, 55]),
    niveau("4.4", GEM, &["act_working_with_computers"], &[60, 45, 30, 15]),
    niveau("4.9", GEM, BUIGEN, &[50, 30, 15]),
    niveau("4.10", GEM, BUIGEN, &[75, 55, 35, 15]),
    niveau("4.11", GEM, BUIGEN, &[50]),
    niveau("4.12", GEM, &["abl_static_strength", "abl_trunk_strength"], &[45, 35, 25]),
    niveau("4.13", GEM, &["abl_static_strength", "act_handling_and_moving_objectives"], &[50, 40, 30, 25]),
    niveau("4.14", GEM, &["abl_dynamic_strength", "act_handling_and_moving_objectives"], &[45, 38, 30, 25]),
    niveau("4.16", GEM, LOPEN, &[75, 50, 30, 15]),
    niveau("4.17", GEM, LOPEN, &[75, 50, 25, 10]),
    niveau(
        "4.19",
        MAX,
        &["ctx_spent_time_climbing_ladders_scaffolds_or_poles", "ctx_exposed_to_high_places"],
        &[50, 25, 10],
    ),
    niveau("4.20", GEM, KNIELEN, &[50, 30, 15]),
    // 5 Statische houdingen
    niveau("5.1", GEM, ZITTEN, &[85, 65, 45, 25]),
    niveau("5.2", GEM, ZITTEN, &[85, 70, 50, 25]),
    niveau("5.3", GEM, STAAN, &[75, 50, 30, 15]),
    niveau("5.4", GEM, STAAN, &[75, 50, 25, 10]),
    niveau("5.5", GEM, KNIELEN, &[35]),
    niveau("5.6", GEM, BUIGEN, &[50, 30, 15]),
];

/// Working times (6.1–6.3) have no level in the table: O*NET gives no evening or night shifts, and its
/// week is American. Every imported occupation is offered at 16–40 hours in shifts of at least 4 hours; from
/// this rating of `ctx_duration_of_typical_work_week` on (more than 40 hours is usual) at 32–40 hours in
/// shifts of 8; from [`AVOND_VANAF`] of `ctx_work_schedules` (irregular schedules) it includes evenings.
pub const LANGE_WEEK_VANAF: u8 = 75;
pub const AVOND_VANAF: u8 = 40;

/// Education from the ISCO-08 skill level of the occupation's major group: 1 (elementary, group 9) none;
/// 2 (groups 4–8) mbo 2; 3 (group 3, and managers in hospitality and retail, 14) mbo 4; 4 (professionals, 2,
/// and managers 11–13) hbo. The armed forces (0): officers (01) hbo, others (02, 03) mbo 2.
pub fn opleiding_voor_isco(isco: &str) -> Opleidingsniveau {
    use Opleidingsniveau::*;
    match isco.as_bytes() {
        [b'0', b'1', ..] | [b'1', b'1' | b'2' | b'3', ..] | [b'2', ..] => Hbo,
        [b'1', ..] | [b'3', ..] => Mbo4,
        [b'9', ..] => Geen,
        _ => Mbo2,
    }
}

/// The columns of the O*NET wide table the importer reads.
fn gebruikte_kolommen() -> BTreeSet<&'static str> {
    let mut k: BTreeSet<&str> = AFBEELDING.iter().flat_map(|r| r.kolommen.iter().copied()).collect();
    k.extend(["ctx_duration_of_typical_work_week", "ctx_work_schedules"]);
    k
}

/// The texts of the five source files.
pub struct Bronnen<'a> {
    /// `occupations_nl_v1.2.csv`: ESCO occupations with Dutch labels.
    pub esco: &'a str,
    /// `esco_onet_crosswalk_Nov2020.csv`: ESCO concept URI → O*NET-SOC 2010 code.
    pub esco_onet: &'a str,
    /// `onet_soc_2010_to_2019_crosswalk.csv` (`;`).
    pub onet_2010_2019: &'a str,
    /// `atlas_df_occupations_2022_onet_wide.csv`: ratings per six-digit SOC 2019 code.
    pub onet: &'a str,
    /// `bls_isco08_soc2010_crosswalk.csv` (`;`).
    pub isco_soc: &'a str,
}

/// The standard file names of [`Bronnen`], in the order of its fields.
pub const BESTANDEN: [&str; 5] = [
    "occupations_nl_v1.2.csv",
    "esco_onet_crosswalk_Nov2020.csv",
    "onet_soc_2010_to_2019_crosswalk.csv",
    "atlas_df_occupations_2022_onet_wide.csv",
    "bls_isco08_soc2010_crosswalk.csv",
];

/// A row of a source file that was not used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{bestand} regel {regel}: {melding}")]
pub struct Importfout {
    pub bestand: &'static str,
    pub regel: usize,
    pub melding: String,
}

/// The outcome of an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub beroepen: Vec<Beroep>,
    /// ESCO occupations with no path to an O*NET profile: (URI, Dutch name).
    pub zonder_profiel: Vec<(String, String)>,
    /// Rows skipped, with file, line and reason.
    pub fouten: Vec<Importfout>,
    pub esco_gelezen: usize,
}

impl Import {
    pub fn aantal(&self, pad: Koppelpad) -> usize {
        self.beroepen.iter().filter(|b| b.herkomst.as_ref().is_some_and(|h| h.koppeling == pad)).count()
    }
}

/// Reads a CSV text into records with their line numbers; `Err` when the header lacks a column.
pub(crate) fn csv_lezen(
    bestand: &'static str,
    tekst: &str,
    scheiding: u8,
    kolommen: &[&str],
    fouten: &mut Vec<Importfout>,
) -> Result<Vec<(usize, Vec<String>)>, String> {
    let tekst = crate::vacature_csv::zonder_cr(tekst.strip_prefix('\u{feff}').unwrap_or(tekst));
    let mut lezer = csv::ReaderBuilder::new().delimiter(scheiding).flexible(true).from_reader(tekst.as_bytes());
    let kop: Vec<String> = lezer
        .headers()
        .map_err(|e| format!("{bestand}: de kopregel is geen geldige CSV: {e}"))?
        .iter()
        .map(|k| k.trim().to_string())
        .collect();
    let plek: Vec<usize> = kolommen
        .iter()
        .map(|k| kop.iter().position(|h| h == k).ok_or_else(|| format!("{bestand}: de kolom '{k}' ontbreekt")))
        .collect::<Result<_, _>>()?;
    let mut rijen = Vec::new();
    for rij in lezer.records() {
        match rij {
            Ok(r) if r.len() != kop.len() => fouten.push(Importfout {
                bestand,
                regel: r.position().map_or(0, |p| p.line() as usize),
                melding: format!("{} kolommen; de kopregel heeft er {}", r.len(), kop.len()),
            }),
            Ok(r) => rijen.push((
                r.position().map_or(0, |p| p.line() as usize),
                plek.iter().map(|&i| r[i].trim().to_string()).collect(),
            )),
            Err(e) => fouten.push(Importfout {
                bestand,
                regel: e.position().map_or(0, |p| p.line() as usize),
                melding: format!("geen geldige CSV: {e}"),
            }),
        }
    }
    Ok(rijen)
}

fn soc6(code: &str) -> Option<&str> {
    let c = code.get(..7)?;
    let b = c.as_bytes();
    (b[2] == b'-' && b.iter().enumerate().all(|(i, x)| i == 2 || x.is_ascii_digit())).then_some(c)
}

/// Builds the catalogue. `voortgang(gedaan, totaal)` is called as ESCO occupations are processed. `Err` when
/// a file as a whole does not fit (a missing column); rows that do not fit are skipped and reported.
pub fn importeer(bronnen: &Bronnen<'_>, mut voortgang: impl FnMut(usize, usize)) -> Result<Import, String> {
    let mut fouten = Vec::new();

    // O*NET ratings per six-digit SOC 2019 code.
    let kolommen: Vec<&str> = gebruikte_kolommen().into_iter().collect();
    let index: HashMap<&str, usize> = kolommen.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let mut met_code = vec!["id_soc_code"];
    met_code.extend(&kolommen);
    let mut onet: HashMap<String, Vec<f64>> = HashMap::new();
    for (regel, rij) in csv_lezen(BESTANDEN[3], bronnen.onet, b',', &met_code, &mut fouten)? {
        let fout = |melding: String| Importfout { bestand: BESTANDEN[3], regel, melding };
        let Some(code) = soc6(&rij[0]).filter(|c| c.len() == rij[0].len()) else {
            fouten.push(fout(format!("'{}' is geen SOC-code (00-0000)", rij[0])));
            continue;
        };
        let waarden: Result<Vec<f64>, String> = rij[1..]
            .iter()
            .zip(&kolommen)
            .map(|(w, k)| match w.parse::<f64>() {
                Ok(x) if (0.0..=100.0).contains(&x) => Ok(x),
                _ => Err(format!("{k}: '{w}' is geen waardering van 0 tot 100")),
            })
            .collect();
        match waarden {
            Ok(w) => drop(onet.insert(code.to_string(), w)),
            Err(m) => fouten.push(fout(m)),
        }
    }

    // O*NET-SOC 2010 (eight digits) → the six-digit 2019 codes that have ratings.
    let mut naar_2019: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let rijen = csv_lezen(BESTANDEN[2], bronnen.onet_2010_2019, b';', &["soc2010_code", "soc2019_code"], &mut fouten)?;
    for (regel, rij) in rijen {
        match (soc6(&rij[0]), soc6(&rij[1])) {
            (Some(_), Some(nieuw)) => {
                if onet.contains_key(nieuw) {
                    naar_2019.entry(rij[0].clone()).or_default().insert(nieuw.to_string());
                }
            }
            _ => fouten.push(Importfout {
                bestand: BESTANDEN[2],
                regel,
                melding: format!("'{}' → '{}' zijn geen O*NET-SOC-codes", rij[0], rij[1]),
            }),
        }
    }
    // Six-digit SOC 2010 → the same, over every eight-digit code under it.
    let mut naar_2019_6: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for (oud, nieuw) in &naar_2019 {
        naar_2019_6.entry(&oud[..7]).or_default().extend(nieuw.iter().cloned());
    }

    let mut direct: HashMap<String, String> = HashMap::new();
    for (regel, rij) in csv_lezen(BESTANDEN[1], bronnen.esco_onet, b',', &["concept_uri", "onet_code"], &mut fouten)? {
        if soc6(&rij[1]).is_none() {
            fouten.push(Importfout {
                bestand: BESTANDEN[1],
                regel,
                melding: format!("'{}' is geen O*NET-code", rij[1]),
            });
        } else {
            direct.insert(rij[0].clone(), rij[1].clone());
        }
    }

    let mut isco_soc: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (regel, rij) in csv_lezen(BESTANDEN[4], bronnen.isco_soc, b';', &["soc2010_code", "isco08_code"], &mut fouten)?
    {
        match soc6(&rij[0]) {
            Some(soc) if rij[1].len() == 4 => {
                isco_soc.entry(rij[1].clone()).or_default().insert(soc.to_string());
            }
            _ => fouten.push(Importfout {
                bestand: BESTANDEN[4],
                regel,
                melding: format!("'{}' → '{}' zijn geen SOC- en ISCO-code", rij[0], rij[1]),
            }),
        }
    }

    let esco = csv_lezen(
        BESTANDEN[0],
        bronnen.esco,
        b',',
        &["conceptUri", "preferredLabel", "altLabels", "iscoGroup", "code"],
        &mut fouten,
    )?;
    let totaal = esco.len();
    // Disambiguate Dutch names that occur more than once with the ESCO code.
    let mut namen: HashMap<String, usize> = HashMap::new();
    for (_, rij) in &esco {
        *namen.entry(rij[1].to_lowercase()).or_default() += 1;
    }
    let mut beroepen = Vec::new();
    let mut zonder_profiel = Vec::new();
    let mut ids = HashSet::new();
    for (i, (regel, rij)) in esco.iter().enumerate() {
        voortgang(i + 1, totaal);
        let [uri, label, alt, isco, code] = &rij[..] else { unreachable!("five columns asked") };
        let fout = |melding: String| Importfout { bestand: BESTANDEN[0], regel: *regel, melding };
        if label.is_empty() {
            fouten.push(fout("preferredLabel is leeg".into()));
            continue;
        }
        if isco.len() != 4 || !isco.bytes().all(|b| b.is_ascii_digit()) {
            fouten.push(fout(format!("iscoGroup '{isco}' is geen ISCO-08-code van vier cijfers")));
            continue;
        }
        if !uri.starts_with(ESCO_BEROEP) {
            fouten.push(fout(format!("conceptUri '{uri}' is geen ESCO-beroeps-URI")));
            continue;
        }
        let via_direct: BTreeSet<String> = direct.get(uri).and_then(|c| naar_2019.get(c)).cloned().unwrap_or_default();
        let (pad, socs) = if !via_direct.is_empty() {
            (Koppelpad::Direct, via_direct)
        } else {
            let via_isco: BTreeSet<String> = isco_soc
                .get(isco)
                .into_iter()
                .flatten()
                .filter_map(|soc| naar_2019_6.get(soc.as_str()))
                .flatten()
                .cloned()
                .collect();
            if via_isco.is_empty() {
                zonder_profiel.push((uri.clone(), label.clone()));
                continue;
            }
            (Koppelpad::Isco, via_isco)
        };
        let mut gemiddeld = vec![0.0; kolommen.len()];
        for soc in &socs {
            for (g, w) in gemiddeld.iter_mut().zip(&onet[soc]) {
                *g += w / socs.len() as f64;
            }
        }
        let waardering = |k: &str| gemiddeld[index[k]];
        let naam = if namen[&label.to_lowercase()] > 1 { format!("{label} ({code})") } else { label.clone() };
        let mut id = slug(&naam);
        if !ids.insert(id.clone()) {
            id = (2..).map(|n| format!("{id}-{n}")).find(|i| !ids.contains(i)).expect("some suffix is free");
            ids.insert(id.clone());
        }
        let mut trefwoorden: Vec<String> = Vec::new();
        for a in alt.lines().map(str::trim).filter(|a| !a.is_empty() && !a.eq_ignore_ascii_case(label)) {
            if !trefwoorden.iter().any(|t| t.eq_ignore_ascii_case(a)) {
                trefwoorden.push(a.to_string());
            }
        }
        beroepen.push(Beroep {
            id,
            naam,
            isco: isco.clone(),
            opleiding: opleiding_voor_isco(isco),
            trefwoorden,
            vraag: vraagprofiel(&waardering),
            werktijden: werktijden(&waardering),
            herkomst: Some(Herkomst { esco: uri.clone(), onet: socs.into_iter().collect(), koppeling: pad }),
        });
    }
    beroepen.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Import { beroepen, zonder_profiel, fouten, esco_gelezen: totaal })
}

/// Applies [`AFBEELDING`] to one occupation's ratings.
pub fn vraagprofiel(waardering: &dyn Fn(&str) -> f64) -> Vraagprofiel {
    let mut vraag = Vraagprofiel::default();
    for regel in AFBEELDING {
        let w: Vec<f64> = regel.kolommen.iter().map(|k| waardering(k)).collect();
        let x = match regel.samen {
            Samen::Gemiddelde => w.iter().sum::<f64>() / w.len() as f64,
            Samen::Hoogste => w.iter().copied().fold(f64::MIN, f64::max),
        };
        let Some(stap) = regel.drempels.iter().position(|d| x >= f64::from(*d)) else { continue };
        match regel.doel {
            Doel::Niveau(item) => {
                let item = fml::item(item).expect("the table names FML items (tested)");
                vraag.niveaus.insert(item.code, stap as u8);
            }
            Doel::Voorwaarde(code) => {
                let cv = crate::vraag::conditievraag(code).expect("the table names known demands (tested)");
                vraag.voorwaarden.insert(cv.code, if stap == 0 { Sterkte::Vaak } else { Sterkte::Soms });
            }
            Doel::Kern(item) => {
                let item = fml::item(item).expect("the table names FML items (tested)");
                vraag.kern.insert(item.code);
            }
        }
    }
    vraag
}

fn werktijden(waardering: &dyn Fn(&str) -> f64) -> Werktijden {
    let lang = waardering("ctx_duration_of_typical_work_week") >= f64::from(LANGE_WEEK_VANAF);
    Werktijden {
        uren_per_week: if lang { (32, 40) } else { (16, 40) },
        uren_per_dienst: if lang { 8 } else { 4 },
        avond: waardering("ctx_work_schedules") >= f64::from(AVOND_VANAF),
        nacht: false,
    }
}

/// A stable id from a Dutch name: lowercase ASCII letters and digits, words joined by '-'.
pub fn slug(naam: &str) -> String {
    let mut s = String::new();
    for c in naam.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() { "beroep".into() } else { s }
}

/// A TOML basic string.
fn toml_tekst(s: &str) -> String {
    let mut t = String::with_capacity(s.len() + 2);
    t.push('"');
    for c in s.chars() {
        match c {
            '"' => t.push_str("\\\""),
            '\\' => t.push_str("\\\\"),
            '\n' => t.push_str("\\n"),
            '\t' => t.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(t, "\\u{:04X}", c as u32);
            }
            c => t.push(c),
        }
    }
    t.push('"');
    t
}

/// Writes occupations in the catalogue format (`data/beroepen.toml`), with the attribution the sources ask.
pub fn naar_toml(beroepen: &[Beroep]) -> String {
    let mut s = String::new();
    s.push_str(
        "# Beroepencatalogus geïmporteerd door 'spoor2 beroepen importeer' (zie docs/matching.md).\n\
         # Bronnen: ESCO v1.2 (© Europese Unie, ESCO, European Commission); O*NET (CC BY 4.0, O*NET Resource\n\
         # Center, USDOL/ETA); ESCO↔O*NET-crosswalk van Nesta (Kanders e.a. 2020, MIT); ISCO-08↔SOC van US BLS.\n\
         # Het vraagprofiel is afgeleid met de vaste tabel in crates/matching/src/beroepenimport.rs: een\n\
         # schatting, geen arbeidskundig onderzoek.\n",
    );
    for b in beroepen {
        let _ = write!(
            s,
            "\n[[beroep]]\nid = {}\nnaam = {}\nisco = {}\nopleiding = {}\n",
            toml_tekst(&b.id),
            toml_tekst(&b.naam),
            toml_tekst(&b.isco),
            toml_tekst(b.opleiding.code())
        );
        if let Some(h) = &b.herkomst {
            let onet: Vec<String> = h.onet.iter().map(|c| toml_tekst(c)).collect();
            let _ = write!(
                s,
                "esco = {}\nonet = [{}]\nkoppeling = {}\n",
                toml_tekst(&h.esco),
                onet.join(", "),
                toml_tekst(h.koppeling.code())
            );
        }
        let trefwoorden: Vec<String> = b.trefwoorden.iter().map(|t| toml_tekst(t)).collect();
        let _ = writeln!(s, "trefwoorden = [{}]", trefwoorden.join(", "));
        let niveaus: Vec<String> = b.vraag.niveaus.iter().map(|(i, n)| format!("{} = {n}", toml_tekst(i))).collect();
        let _ = writeln!(s, "vraag = {{ {} }}", niveaus.join(", "));
        let voorwaarden: Vec<String> =
            b.vraag.voorwaarden.iter().map(|(c, st)| format!("{c} = {}", toml_tekst(st.code()))).collect();
        let _ = writeln!(s, "voorwaarden = {{ {} }}", voorwaarden.join(", "));
        if !b.vraag.kern.is_empty() {
            let kern: Vec<String> = b.vraag.kern.iter().map(|k| toml_tekst(k)).collect();
            let _ = writeln!(s, "kern = [{}]", kern.join(", "));
        }
        let w = &b.werktijden;
        let mut diensten = vec!["\"dag\""];
        if w.avond {
            diensten.push("\"avond\"");
        }
        if w.nacht {
            diensten.push("\"nacht\"");
        }
        let _ = writeln!(
            s,
            "uren = [{}, {}]\ndienst = {}\ndiensten = [{}]",
            w.uren_per_week.0,
            w.uren_per_week.1,
            w.uren_per_dienst,
            diensten.join(", ")
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogus;
    use domain::fml::Invulling;

    /// The five source files, small: one ESCO occupation per URI, each linked directly to one O*NET
    /// profile whose every rating is 50.
    fn bronnen_voor(uris: &[&str]) -> [String; 5] {
        let kolommen: Vec<&str> = gebruikte_kolommen().into_iter().collect();
        let mut esco = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,\
                        regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n"
            .to_string();
        let mut crosswalk = "id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,\
                             semantic_similarity,confidence,concept_uri\n"
            .to_string();
        for (i, uri) in uris.iter().enumerate() {
            esco.push_str(&format!("Occupation,{uri},9333,beroep {i},,,released,,,,,,,9333.{i}\n"));
            crosswalk.push_str(&format!("{i},x,9333,43-5081.03,x,[],0.8,1.0,{uri}\n"));
        }
        [
            esco,
            crosswalk,
            "soc2010_code;soc2010_title;soc2019_code;soc2019_title\n43-5081.03;x;53-7065.00;y\n".into(),
            format!(
                "id_soc_code,occupation,{}\n53-7065,x,{}\n",
                kolommen.join(","),
                vec!["50"; kolommen.len()].join(",")
            ),
            "soc2010_code;soc2010_title;isco08_code;isco08_title\n".into(),
        ]
    }

    /// Found by fuzzing (`fuzz/`, target `beroepenimport`): an ESCO row whose URI is not an ESCO
    /// occupation's was imported into a catalogue that then did not read back.
    #[test]
    fn an_esco_row_without_an_occupation_uri_is_skipped_and_the_catalogue_reads_back() {
        let t = bronnen_voor(&[&format!("{ESCO_BEROEP}a"), "ht\0\0a.europa.eu/esco/occupation/c"]);
        let b = Bronnen { esco: &t[0], esco_onet: &t[1], onet_2010_2019: &t[2], onet: &t[3], isco_soc: &t[4] };
        let import = importeer(&b, |_, _| {}).unwrap();
        assert_eq!(import.beroepen.len(), 1, "{:?}", import.fouten);
        assert_eq!(import.fouten.len(), 1);
        assert!(import.fouten[0].melding.contains("is geen ESCO-beroeps-URI"), "{}", import.fouten[0]);
        Catalogus::lees(&naar_toml(&import.beroepen)).unwrap();
    }

    #[test]
    fn every_rule_of_the_table_names_a_real_target_with_descending_thresholds() {
        let mut gezien = HashSet::new();
        for r in AFBEELDING {
            assert!(gezien.insert(r.doel), "{:?} twice", r.doel);
            assert!(!r.kolommen.is_empty() && !r.drempels.is_empty(), "{:?}", r.doel);
            assert!(r.drempels.windows(2).all(|w| w[0] > w[1]), "{:?}: thresholds must descend", r.doel);
            assert!(r.drempels.iter().all(|d| *d <= 100), "{:?}", r.doel);
            match r.doel {
                Doel::Niveau(code) => {
                    let item = fml::item(code).unwrap_or_else(|| panic!("{code}"));
                    assert!(matches!(item.invulling, Invulling::Niveaus(_)), "{code}");
                    assert!(r.drempels.len() <= usize::from(item.aantal()), "{code}: more thresholds than levels");
                    assert!(
                        !crate::vraag::WERKTIJD_ITEMS.contains(&code) && !crate::vraag::NIET_VERGELEKEN.contains(&code)
                    );
                }
                Doel::Voorwaarde(code) => {
                    assert!(crate::vraag::conditievraag(code).is_some(), "{code}");
                    assert_eq!(r.drempels.len(), 2, "{code}: [vaak, soms]");
                }
                Doel::Kern(code) => {
                    assert!(AFBEELDING.iter().any(|o| o.doel == Doel::Niveau(code)), "kern {code} without its level");
                }
            }
        }
    }

    #[test]
    fn ratings_become_levels_by_the_thresholds() {
        let vraag = |staan: f64, zitten: f64| {
            vraagprofiel(&|k: &str| match k {
                "ctx_spend_time_standing" => staan,
                "ctx_spend_time_sitting" => zitten,
                _ => 0.0,
            })
        };
        let v = vraag(80.0, 20.0);
        assert_eq!((v.niveaus.get("5.4"), v.niveaus.get("5.3"), v.niveaus.get("5.2")), (Some(&0), Some(&0), None));
        let v = vraag(50.0, 98.0);
        assert_eq!((v.niveaus.get("5.4"), v.niveaus.get("5.2"), v.niveaus.get("5.1")), (Some(&1), Some(&0), Some(&0)));
        let v = vraag(9.0, 30.0);
        assert_eq!((v.niveaus.get("5.4"), v.niveaus.get("5.2")), (None, Some(&3)));
        assert!(v.voorwaarden.is_empty() && v.kern.is_empty());
    }

    #[test]
    fn education_follows_the_isco_skill_level_and_names_become_ids() {
        use Opleidingsniveau::*;
        let o = |c: &str| opleiding_voor_isco(c);
        assert_eq!((o("9333"), o("8322"), o("5244"), o("4222")), (Geen, Mbo2, Mbo2, Mbo2));
        assert_eq!(
            (o("3341"), o("1439"), o("1324"), o("2211"), o("0110"), o("0210")),
            (Mbo4, Mbo4, Hbo, Hbo, Hbo, Mbo2)
        );
        assert_eq!(slug("Auto- en bestelwagenkoerier"), "auto-en-bestelwagenkoerier");
        assert_eq!(slug("gastheer/gastvrouw (5131.1)"), "gastheer-gastvrouw-5131-1");
        assert_eq!(slug("Coördinator één"), "coordinator-een");
        assert_eq!(toml_tekst("a \"b\" \\ c\nd"), r#""a \"b\" \\ c\nd""#);
    }
}
