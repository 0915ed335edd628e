//! The verdict per FML item: does what a job asks fit within the employee's belastbaarheid?
//!
//! The rule, on the FML's level scale (0 = normaal, higher = more restricted; a demand level says the job
//! asks what that level allows):
//! - no restriction recorded (absent, level 0, no condition ticked): never a conflict;
//! - demand below the limit (a higher level number than the limit): `Geschikt`;
//! - demand exactly at the limit, or one level above it: `Beoordelingspunt` (a professional must motivate);
//! - demand two or more levels above the limit: `Ongeschikt`.
//!
//! On the items that are the core of a job, any demand above the limit is `Ongeschikt`. Hours (6.2, 6.3)
//! are compared in hours, day periods (6.1) against the job's shifts; see the functions below.

use std::collections::BTreeMap;

use domain::fml::{self, GeenBenutbareMogelijkheden, Invulling, Item};
use serde::Serialize;

use crate::vraag::{CONDITIEVRAGEN, NIET_VERGELEKEN, Sterkte, Vraagprofiel, Werktijden};

/// The verdict, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Oordeel {
    Geschikt,
    /// Suitable once a professional has motivated the signalled items.
    Beoordelingspunt,
    Ongeschikt,
}

impl Oordeel {
    pub fn code(self) -> &'static str {
        match self {
            Self::Geschikt => "geschikt",
            Self::Beoordelingspunt => "beoordelingspunt",
            Self::Ongeschikt => "ongeschikt",
        }
    }
}

/// Why an item is a beoordelingspunt or makes a job ongeschikt, in plain Dutch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reden {
    /// The FML item code, or `voorblad` / `opleiding`.
    pub item: String,
    pub oordeel: Oordeel,
    /// What the job asks.
    pub vraag: String,
    /// The employee's limit.
    pub grens: String,
    /// The whole sentence: "vraagt tillen tot 15 kg; grens is 5 kg".
    pub tekst: String,
}

/// The employee's side: the belastbaarheid as the store keeps it (item code → level, or a bit mask of
/// conditions for multi-select items) and the voorblad.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Belastbaarheid {
    pub items: BTreeMap<String, u8>,
    pub voorblad: Voorblad,
}

/// The voorblad of the FML: are there usable capacities at all?
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Voorblad {
    #[default]
    Benutbaar,
    /// No usable capacities; the reason when the bedrijfsarts gave one.
    GeenBenutbareMogelijkheden(Option<GeenBenutbareMogelijkheden>),
}

/// The outcome of one item (or one condition of a multi-select item).
#[derive(Debug, Clone, PartialEq)]
pub struct Itemtoets {
    pub oordeel: Oordeel,
    /// Room left on this limit, 0..=1: 1 when the job asks two levels or more below it, 0.5 one level
    /// below, 0 at or over it. Feeds the score.
    pub marge: f64,
    /// Set when the verdict is not `Geschikt`.
    pub reden: Option<Reden>,
}

impl Itemtoets {
    fn geschikt(marge: f64) -> Self {
        Self { oordeel: Oordeel::Geschikt, marge, reden: None }
    }
}

/// The outcome over all items.
#[derive(Debug, Clone, PartialEq)]
pub struct Toetsing {
    pub oordeel: Oordeel,
    /// The items that are not `Geschikt`, in FML order.
    pub redenen: Vec<Reden>,
    /// The margin on every restricted item the job could be compared on, in FML order.
    pub marges: Vec<(&'static str, f64)>,
}

/// Compares a job with a belastbaarheid. `werktijden` is `None` when the job's hours are unknown (the
/// working-time items are then not compared).
pub fn toets(b: &Belastbaarheid, vraag: &Vraagprofiel, werktijden: Option<&Werktijden>) -> Toetsing {
    if let Voorblad::GeenBenutbareMogelijkheden(reden) = b.voorblad {
        let grens = match reden {
            Some(r) => format!("geen benutbare mogelijkheden ({})", r.omschrijving()),
            None => "geen benutbare mogelijkheden".to_string(),
        };
        let tekst = format!("{grens}: volgens de bedrijfsarts is er nu geen werk passend");
        return Toetsing {
            oordeel: Oordeel::Ongeschikt,
            redenen: vec![Reden {
                item: "voorblad".into(),
                oordeel: Oordeel::Ongeschikt,
                vraag: "werk".into(),
                grens,
                tekst,
            }],
            marges: Vec::new(),
        };
    }
    let mut toetsing = Toetsing { oordeel: Oordeel::Geschikt, redenen: Vec::new(), marges: Vec::new() };
    for item in fml::RUBRIEKEN.iter().flat_map(|r| r.items) {
        let Some(&grens) = b.items.get(item.code) else { continue };
        if grens == 0 || NIET_VERGELEKEN.contains(&item.code) {
            continue;
        }
        let uitkomsten = match (item.invulling, item.code, werktijden) {
            (Invulling::Meerkeuze(_), _, _) => toets_voorwaarden(item, grens, vraag),
            (_, "6.1" | "6.2" | "6.3", None) => Vec::new(),
            (_, "6.1", Some(w)) => vec![toets_perioden(grens, w.avond, w.nacht)],
            (_, "6.2", Some(w)) => vec![toets_uren(item, grens, w.uren_per_dienst)],
            (_, "6.3", Some(w)) => vec![toets_uren(item, grens, w.uren_per_week.0)],
            _ => vec![match vraag.niveaus.get(item.code) {
                Some(&v) => toets_niveau(item, v, grens, vraag.kern.contains(item.code)),
                None => Itemtoets::geschikt(1.0),
            }],
        };
        for u in uitkomsten {
            toetsing.oordeel = toetsing.oordeel.max(u.oordeel);
            toetsing.marges.push((item.code, u.marge));
            toetsing.redenen.extend(u.reden);
        }
    }
    toetsing
}

/// An item with levels: the job asks level `vraag`, the employee can do level `grens` (> 0).
pub fn toets_niveau(item: &Item, vraag: u8, grens: u8, kern: bool) -> Itemtoets {
    if grens == 0 || vraag > grens + 1 {
        return Itemtoets::geschikt(1.0);
    }
    if vraag == grens + 1 {
        return Itemtoets::geschikt(0.5);
    }
    let boven = grens - vraag;
    let (oordeel, toevoeging) = match boven {
        0 => (Oordeel::Beoordelingspunt, "op de grens"),
        1 if !kern => (Oordeel::Beoordelingspunt, "één niveau boven de grens"),
        1 => (Oordeel::Ongeschikt, "boven de grens, en dit is een kerntaak van het beroep"),
        _ => (Oordeel::Ongeschikt, ""),
    };
    let v = vraagwaarde(item, vraag);
    let g = grenswaarde(item, grens);
    let mut tekst = format!("vraagt {v}; grens is {g}");
    if !toevoeging.is_empty() {
        tekst.push_str(&format!(" ({toevoeging})"));
    }
    Itemtoets { oordeel, marge: 0.0, reden: Some(Reden { item: item.code.into(), oordeel, vraag: v, grens: g, tekst }) }
}

/// A multi-select item: for every condition the employee needs (`masker`), how often the job goes
/// against it. `soms` is a beoordelingspunt, `vaak` ongeschikt.
pub fn toets_voorwaarden(item: &Item, masker: u8, vraag: &Vraagprofiel) -> Vec<Itemtoets> {
    let mut uit = Vec::new();
    for (bit, keuze) in item.keuzecodes.iter().enumerate() {
        if masker & (1 << bit) == 0 {
            continue;
        }
        let Some(cv) = CONDITIEVRAGEN.iter().find(|c| c.item == item.code && c.keuze == *keuze) else {
            continue; // "overig": nothing to compare with
        };
        let Some(&sterkte) = vraag.voorwaarden.get(cv.code) else {
            uit.push(Itemtoets::geschikt(1.0));
            continue;
        };
        let oordeel = match sterkte {
            Sterkte::Soms => Oordeel::Beoordelingspunt,
            Sterkte::Vaak => Oordeel::Ongeschikt,
        };
        let label = item.label(bit as u8).unwrap_or(keuze);
        let v = format!("{} {}", sterkte.code(), cv.tekst);
        let soort = if matches!(item.code, "1.8" | "2.12" | "3.1") { "voorwaarde" } else { "beperking" };
        uit.push(Itemtoets {
            oordeel,
            marge: 0.0,
            reden: Some(Reden {
                item: item.code.into(),
                oordeel,
                tekst: format!("vraagt {v}; {soort}: {label}"),
                vraag: v,
                grens: label.to_string(),
            }),
        });
    }
    uit
}

/// 6.2 or 6.3: the job's hours (per shift, or the least per week it is offered at) against the limit
/// in hours. Within the limit: `Geschikt` (hours are agreed, not a load estimate, so reaching the limit
/// is no signal); up to the next less restricted level: `Beoordelingspunt`; beyond that: `Ongeschikt`.
pub fn toets_uren(item: &Item, grens: u8, uren: u8) -> Itemtoets {
    let (Some((max, eenheid)), true) = (item.waarde(grens), grens > 0) else {
        return Itemtoets::geschikt(1.0);
    };
    let uren16 = u16::from(uren);
    if uren16 <= max {
        return Itemtoets::geschikt(if uren16 * 4 <= max * 3 { 1.0 } else { 0.5 });
    }
    // Level 0 has no upper bound ("8 uur of meer", "40 uur of meer").
    let volgende = if grens == 1 { u16::MAX } else { item.waarde(grens - 1).map_or(u16::MAX, |w| w.0) };
    let oordeel = if uren16 <= volgende { Oordeel::Beoordelingspunt } else { Oordeel::Ongeschikt };
    let v = match item.code {
        "6.2" => format!("diensten van minstens {uren} uur"),
        _ => format!("minstens {uren} {eenheid}"),
    };
    let g = item.label(grens).unwrap_or_default().to_string();
    let g = if item.code == "6.2" { format!("{g} per dag") } else { format!("{g} per week") };
    Itemtoets {
        oordeel,
        marge: 0.0,
        reden: Some(Reden {
            item: item.code.into(),
            oordeel,
            tekst: format!("vraagt {v}; grens is {g}"),
            vraag: v,
            grens: g,
        }),
    }
}

/// 6.1: level 1 ("niet elke avond") signals evening and night shifts; level 2 ("niet 's nachts")
/// excludes night shifts and, being more restricted, still signals evening shifts.
pub fn toets_perioden(grens: u8, avond: bool, nacht: bool) -> Itemtoets {
    let item = fml::item("6.1").expect("6.1 is in the FML");
    let label = item.label(grens.min(item.aantal() - 1)).unwrap_or_default();
    let oordeel = match (grens, avond, nacht) {
        (0, _, _) | (_, false, false) => return Itemtoets::geschikt(1.0),
        (1, _, _) => Oordeel::Beoordelingspunt,
        (_, _, true) => Oordeel::Ongeschikt,
        (_, true, false) => Oordeel::Beoordelingspunt,
    };
    let v = match (avond, nacht) {
        (true, true) => "avond- en nachtdiensten",
        (true, false) => "avonddiensten",
        _ => "nachtdiensten",
    }
    .to_string();
    Itemtoets {
        oordeel,
        marge: 0.0,
        reden: Some(Reden {
            item: "6.1".into(),
            oordeel,
            tekst: format!("vraagt {v}; grens: {label}"),
            vraag: v,
            grens: label.to_string(),
        }),
    }
}

/// A label without its "normaal (…)" wrapper.
fn kaal(label: &str) -> &str {
    label.strip_prefix("normaal (").and_then(|l| l.strip_suffix(')')).unwrap_or(label)
}

/// What a job asks on an item, as a phrase after "vraagt".
fn vraagwaarde(item: &Item, niveau: u8) -> String {
    let naam = item.naam.to_lowercase();
    if let Some((w, eenheid)) = item.waarde(niveau).filter(|(w, _)| *w > 0) {
        return format!("{naam} tot {w} {eenheid}");
    }
    let label = kaal(item.label(niveau).unwrap_or_default());
    if label != "normaal" {
        return format!("{naam} {label}");
    }
    let zin = match item.code {
        "1.3" => "herinneren zonder hulpmiddelen",
        "1.7" => "een normaal handelingstempo",
        "1.9" => "zelfstandig werken zonder vaste werkwijze",
        "2.1" => "goed zien",
        "2.2" => "goed horen",
        "2.3" => "veel spreken",
        "2.4" => "veel schrijven",
        "2.5" => "veel lezen",
        "2.6" => "omgaan met emotionele problemen van anderen",
        "2.7" => "eigen gevoelens uiten",
        "2.8" => "omgaan met conflicten en agressieve mensen",
        "2.10" => "zelfstandig reizen",
        "2.11" => "rijden voor het werk",
        "3.2" => "werken in tocht",
        "3.3" => "huidcontact met vocht of irriterende stoffen",
        "3.4" => "het dragen van beschermende middelen",
        "3.5" => "werken in stof, rook, gassen of dampen",
        "3.6" => "werken in lawaai",
        "3.7" => "werken met trillingen",
        "4.5" => "een goede tastzin",
        "4.6" => "schroefbewegingen",
        "4.11" => "torderen (draaien van de romp)",
        "5.9" => "lang dezelfde houding, zonder afwisseling",
        _ => return format!("{naam} zonder beperking"),
    };
    zin.to_string()
}

/// The employee's limit on an item, as a phrase after "grens is".
fn grenswaarde(item: &Item, niveau: u8) -> String {
    let label = kaal(item.label(niveau).unwrap_or_default());
    if item.maat.is_some() || label.chars().any(|c| c.is_ascii_digit()) {
        label.to_string()
    } else {
        format!("{}: {label}", item.naam.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Oordeel::*;

    fn item(code: &str) -> &'static Item {
        fml::item(code).unwrap()
    }

    fn niveau(code: &str, vraag: u8, grens: u8) -> Oordeel {
        toets_niveau(item(code), vraag, grens, false).oordeel
    }

    /// The verdict table for items with levels (4.13 Tillen: 0 ≈ 15 kg, 1 = 10, 2 = 5, 3 = 2 kg).
    #[test]
    fn levels_verdict_table() {
        let tabel = [
            // (vraag, grens, oordeel)
            (0, 0, Geschikt), // no restriction never excludes, even at the reference load
            (3, 1, Geschikt),
            (2, 1, Geschikt),
            (1, 1, Beoordelingspunt),
            (0, 1, Beoordelingspunt),
            (3, 2, Geschikt),
            (2, 2, Beoordelingspunt),
            (1, 2, Beoordelingspunt),
            (0, 2, Ongeschikt),
            (3, 3, Beoordelingspunt),
            (2, 3, Beoordelingspunt),
            (1, 3, Ongeschikt),
            (0, 3, Ongeschikt),
        ];
        for (vraag, grens, verwacht) in tabel {
            assert_eq!(niveau("4.13", vraag, grens), verwacht, "tillen: vraag {vraag}, grens {grens}");
        }
    }

    #[test]
    fn two_level_items_signal_and_core_tasks_exclude() {
        // 2.11 Beroepsmatig vervoer, 0 normaal · 1 kan niet (of beperkt) rijden.
        assert_eq!(niveau("2.11", 0, 1), Beoordelingspunt);
        assert_eq!(toets_niveau(item("2.11"), 0, 1, true).oordeel, Ongeschikt);
        assert_eq!(toets_niveau(item("2.11"), 1, 1, true).oordeel, Beoordelingspunt);
        assert_eq!(toets_niveau(item("4.13"), 1, 3, true).oordeel, Ongeschikt);
        assert_eq!(toets_niveau(item("4.13"), 2, 3, true).oordeel, Ongeschikt);
        assert_eq!(toets_niveau(item("4.13"), 3, 3, true).oordeel, Beoordelingspunt);
    }

    #[test]
    fn margins_grow_with_room_below_the_limit() {
        assert_eq!(toets_niveau(item("5.4"), 3, 1, false).marge, 1.0);
        assert_eq!(toets_niveau(item("5.4"), 2, 1, false).marge, 0.5);
        assert_eq!(toets_niveau(item("5.4"), 1, 1, false).marge, 0.0);
    }

    #[test]
    fn reasons_read_in_plain_dutch() {
        let t = toets_niveau(item("4.13"), 0, 2, false);
        let r = t.reden.unwrap();
        assert_eq!(r.tekst, "vraagt tillen tot 15 kg; grens is 5 kg");
        assert_eq!((r.vraag.as_str(), r.grens.as_str()), ("tillen tot 15 kg", "5 kg"));
        let r = toets_niveau(item("5.4"), 0, 3, false).reden.unwrap();
        assert_eq!(
            r.tekst,
            "vraagt staan tijdens het werk het grootste deel van de dag; grens is minder dan 30 minuten per dag"
        );
        let r = toets_niveau(item("3.6"), 0, 1, false).reden.unwrap();
        assert_eq!(r.tekst, "vraagt werken in lawaai; grens is geluid: beperkt (één niveau boven de grens)");
        let r = toets_niveau(item("4.19"), 1, 2, false).reden.unwrap();
        assert_eq!(
            r.tekst,
            "vraagt klimmen trapje tot ongeveer 3 m; grens is klimmen: een opstapje (één niveau boven de grens)"
        );
        let r = toets_niveau(item("4.12"), 1, 1, false).reden.unwrap();
        assert_eq!(r.tekst, "vraagt duwen of trekken tot 150 N; grens is 150 N (op de grens)");
        let r = toets_niveau(item("2.11"), 0, 1, true).reden.unwrap();
        assert_eq!(
            r.tekst,
            "vraagt rijden voor het werk; grens is beroepsmatig vervoer: kan niet (of beperkt) rijden voor het \
             werk (boven de grens, en dit is een kerntaak van het beroep)"
        );
    }

    /// Multi-select items: per condition the employee needs, how often the job goes against it.
    #[test]
    fn conditions_verdict_table() {
        let sociaal = item("2.12");
        let weinig_klantcontact = 1 << sociaal.keuze("weinig_klantcontact").unwrap();
        let geen_leiding = 1 << sociaal.keuze("geen_leidinggevende_taken").unwrap();
        let vraag = |paren: &[(&'static str, Sterkte)]| Vraagprofiel {
            voorwaarden: paren.iter().copied().collect(),
            ..Default::default()
        };
        let oordelen = |masker: u8, v: &Vraagprofiel| -> Vec<Oordeel> {
            toets_voorwaarden(sociaal, masker, v).into_iter().map(|t| t.oordeel).collect()
        };
        let veel = vraag(&[("klantcontact", Sterkte::Vaak)]);
        let soms = vraag(&[("klantcontact", Sterkte::Soms)]);
        assert_eq!(oordelen(weinig_klantcontact, &veel), [Ongeschikt]);
        assert_eq!(oordelen(weinig_klantcontact, &soms), [Beoordelingspunt]);
        assert_eq!(oordelen(weinig_klantcontact, &Vraagprofiel::default()), [Geschikt]);
        // A condition the employee does not need never excludes.
        assert_eq!(oordelen(geen_leiding, &veel), [Geschikt]);
        assert!(oordelen(0, &veel).is_empty());
        assert_eq!(oordelen(weinig_klantcontact | geen_leiding, &veel), [Ongeschikt, Geschikt]);
        let r = toets_voorwaarden(sociaal, weinig_klantcontact, &veel).remove(0).reden.unwrap();
        assert_eq!(r.tekst, "vraagt vaak klantcontact; voorwaarde: weinig of geen klantcontact");
        // "overig" cannot be compared.
        let overige = item("3.8");
        assert!(toets_voorwaarden(overige, 1 << overige.keuze("overig").unwrap(), &veel).is_empty());
    }

    /// 6.2 / 6.3 in hours: 6.3 level 3 is about 20 hours, level 2 about 30.
    #[test]
    fn hours_verdict_table() {
        let week = item("6.3");
        let tabel = [
            (0, 40, Geschikt),
            (3, 12, Geschikt),
            (3, 20, Geschikt),
            (3, 24, Beoordelingspunt),
            (3, 30, Beoordelingspunt),
            (3, 32, Ongeschikt),
            (1, 45, Beoordelingspunt), // level 0 has no upper bound
            (4, 10, Geschikt),
            (4, 16, Beoordelingspunt),
            (4, 24, Ongeschikt),
        ];
        for (grens, uren, verwacht) in tabel {
            assert_eq!(toets_uren(week, grens, uren).oordeel, verwacht, "6.3 grens {grens}, {uren} uur");
        }
        assert_eq!(toets_uren(week, 3, 12).marge, 1.0);
        assert_eq!(toets_uren(week, 3, 20).marge, 0.5);
        let r = toets_uren(week, 3, 32).reden.unwrap();
        assert_eq!(r.tekst, "vraagt minstens 32 uur per week; grens is ongeveer 20 uur per week");
        let dag = item("6.2");
        assert_eq!(toets_uren(dag, 3, 4).oordeel, Geschikt);
        assert_eq!(toets_uren(dag, 3, 6).oordeel, Beoordelingspunt);
        assert_eq!(toets_uren(dag, 3, 8).oordeel, Ongeschikt);
        assert_eq!(
            toets_uren(dag, 3, 8).reden.unwrap().tekst,
            "vraagt diensten van minstens 8 uur; grens is ongeveer 4 uur per dag"
        );
    }

    #[test]
    fn day_periods_verdict_table() {
        let tabel = [
            // (grens, avond, nacht, oordeel)
            (0, true, true, Geschikt),
            (1, false, false, Geschikt),
            (1, true, false, Beoordelingspunt),
            (1, false, true, Beoordelingspunt),
            (2, false, false, Geschikt),
            (2, true, false, Beoordelingspunt),
            (2, false, true, Ongeschikt),
            (2, true, true, Ongeschikt),
        ];
        for (grens, avond, nacht, verwacht) in tabel {
            assert_eq!(toets_perioden(grens, avond, nacht).oordeel, verwacht, "{grens} {avond} {nacht}");
        }
        assert_eq!(
            toets_perioden(2, true, true).reden.unwrap().tekst,
            "vraagt avond- en nachtdiensten; grens: niet 's nachts (22–06 uur)"
        );
    }

    fn belastbaarheid(items: &[(&str, u8)]) -> Belastbaarheid {
        Belastbaarheid { items: items.iter().map(|(c, w)| (c.to_string(), *w)).collect(), ..Default::default() }
    }

    #[test]
    fn the_whole_profile_takes_the_worst_item_and_lists_reasons_in_fml_order() {
        let vraag = Vraagprofiel {
            niveaus: [("4.13", 0), ("5.4", 0), ("4.10", 2), ("1.1", 1)].into_iter().collect(),
            ..Default::default()
        };
        let b = belastbaarheid(&[("4.13", 3), ("5.4", 3), ("4.10", 2), ("4.1", 1), ("2.1", 0)]);
        let t = toets(&b, &vraag, None);
        assert_eq!(t.oordeel, Ongeschikt);
        let items: Vec<_> = t.redenen.iter().map(|r| (r.item.as_str(), r.oordeel)).collect();
        assert_eq!(items, [("4.10", Beoordelingspunt), ("4.13", Ongeschikt), ("5.4", Ongeschikt)]);
        // Only restricted items count for the margin; 4.1 (dominance) is never compared.
        assert_eq!(t.marges.iter().map(|m| m.0).collect::<Vec<_>>(), ["4.10", "4.13", "5.4"]);
        // No restriction at all: everything fits.
        let t = toets(&belastbaarheid(&[]), &vraag, None);
        assert_eq!((t.oordeel, t.redenen.len()), (Geschikt, 0));
    }

    #[test]
    fn working_times_are_compared_only_when_known() {
        let b = belastbaarheid(&[("6.3", 3), ("6.1", 2)]);
        let w = Werktijden { uren_per_week: (32, 40), uren_per_dienst: 8, avond: false, nacht: true };
        let t = toets(&b, &Vraagprofiel::default(), Some(&w));
        assert_eq!(t.oordeel, Ongeschikt);
        assert_eq!(t.redenen.iter().map(|r| r.item.as_str()).collect::<Vec<_>>(), ["6.1", "6.3"]);
        assert_eq!(toets(&b, &Vraagprofiel::default(), None).oordeel, Geschikt);
    }

    #[test]
    fn no_usable_capacities_makes_nothing_suitable() {
        let b = Belastbaarheid {
            voorblad: Voorblad::GeenBenutbareMogelijkheden(Some(GeenBenutbareMogelijkheden::Opname)),
            ..Default::default()
        };
        let t = toets(&b, &Vraagprofiel::default(), None);
        assert_eq!(t.oordeel, Ongeschikt);
        assert_eq!(t.redenen[0].item, "voorblad");
        assert!(t.redenen[0].tekst.starts_with("geen benutbare mogelijkheden (opgenomen in een ziekenhuis"));
    }
}
