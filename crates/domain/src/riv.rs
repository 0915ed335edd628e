//! The re-integratieverslag (RIV): which parts it needs (Regeling procesgang eerste ziektejaar art. 6) and
//! the completeness check over the dossier's documents. The clock's finding `riv_onvolledig` sees only
//! the recorded events; this check sees the documents themselves: a part that is missing, undated or
//! unsigned, and an actueel oordeel of the bedrijfsarts that is too old at the RIV deadline.

use jiff::civil::Date;

use crate::poortwachter::datum::{dagen_tussen, nl};

/// The default for how old the bedrijfsarts's actueel oordeel may be at the RIV deadline: UWV's practice is
/// "no older than about 2–3 months"; the product decision is 8 weeks, configurable.
pub const ACTUEEL_OORDEEL_MAX_WEKEN: u16 = 8;

/// The required parts, in the order of the bundle. Each is found by its document kind (`soort`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Onderdeel {
    Probleemanalyse,
    PlanVanAanpak,
    Eerstejaarsevaluatie,
    Eindevaluatie,
    ActueelOordeel,
    VisieArbeidsrelatie,
    VisiePassendeArbeid,
    VisieWerknemer,
}

impl Onderdeel {
    pub const ALLE: [Self; 8] = [
        Self::Probleemanalyse,
        Self::PlanVanAanpak,
        Self::Eerstejaarsevaluatie,
        Self::Eindevaluatie,
        Self::ActueelOordeel,
        Self::VisieArbeidsrelatie,
        Self::VisiePassendeArbeid,
        Self::VisieWerknemer,
    ];

    /// The document kind that holds this part.
    pub fn soort(self) -> &'static str {
        match self {
            Self::Probleemanalyse => "probleemanalyse",
            Self::PlanVanAanpak => "plan_van_aanpak",
            Self::Eerstejaarsevaluatie => "eerstejaarsevaluatie",
            Self::Eindevaluatie => "eindevaluatie",
            Self::ActueelOordeel => "actueel_oordeel",
            Self::VisieArbeidsrelatie => "visie_arbeidsrelatie",
            Self::VisiePassendeArbeid => "visie_passende_arbeid",
            Self::VisieWerknemer => "visie_werknemer",
        }
    }

    pub fn naam(self) -> &'static str {
        match self {
            Self::Probleemanalyse => "Probleemanalyse (en bijstellingen)",
            Self::PlanVanAanpak => "Plan van aanpak (en bijstellingen)",
            Self::Eerstejaarsevaluatie => "Eerstejaarsevaluatie",
            Self::Eindevaluatie => "Eindevaluatie",
            Self::ActueelOordeel => "Actueel oordeel van de bedrijfsarts",
            Self::VisieArbeidsrelatie => "Visie van werkgever en bedrijfsarts op de arbeidsverhouding",
            Self::VisiePassendeArbeid => "Visie van werkgever en bedrijfsarts op passend werk bij de eigen werkgever",
            Self::VisieWerknemer => "Visie van de werknemer",
        }
    }
}

/// Document kinds that belong with a part as its updates: a bijstelling of the plan is an `evaluatie`.
fn bijstelling_van(soort: &str) -> Option<Onderdeel> {
    match soort {
        "evaluatie" | "bijstelling_plan_van_aanpak" => Some(Onderdeel::PlanVanAanpak),
        "bijstelling_probleemanalyse" => Some(Onderdeel::Probleemanalyse),
        _ => None,
    }
}

/// Further kinds that go into the bundle after the required parts (not required by the Regeling, expected
/// in practice): arbeidsdeskundig reports and the spoor 2 documents.
pub const AANVULLENDE_SOORTEN: [&str; 4] = ["ad_rapport", "trajectplan", "voortgangsrapportage", "eindrapportage"];

/// A document as the check sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stuk {
    pub soort: String,
    pub titel: String,
    pub datum: Option<Date>,
    /// Who signed it; empty or absent means unsigned.
    pub ondertekend_door: Option<String>,
}

impl Stuk {
    fn ondertekend(&self) -> bool {
        self.ondertekend_door.as_deref().is_some_and(|o| !o.trim().is_empty())
    }
}

/// The bedrijfsarts's recorded belastbaarheid (FML), which serves as the actueel oordeel when no separate
/// document is there: its date and that the bedrijfsarts recorded it (the recording is the signature).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Belastbaarheidsoordeel {
    pub datum: Date,
}

/// What is wrong with the RIV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gebrek {
    Ontbreekt(Onderdeel),
    Ongedateerd {
        onderdeel: Onderdeel,
        titel: String,
    },
    Ongetekend {
        onderdeel: Onderdeel,
        titel: String,
    },
    /// The most recent oordeel is older than allowed at the deadline.
    OordeelTeOud {
        datum: Date,
        uiterste: Date,
        max_weken: u16,
    },
    /// An eindevaluatie before the eerstejaarsevaluatie is not the most recent evaluation.
    EindevaluatieVoorEerstejaars {
        datum: Date,
    },
}

impl Gebrek {
    /// One Dutch sentence for the bundle and the page.
    pub fn tekst(&self) -> String {
        match self {
            Self::Ontbreekt(o) => format!("Ontbreekt: {}.", o.naam()),
            Self::Ongedateerd { onderdeel, titel } => format!("Niet gedateerd: {} ({titel}).", onderdeel.naam()),
            Self::Ongetekend { onderdeel, titel } => format!("Niet ondertekend: {} ({titel}).", onderdeel.naam()),
            Self::OordeelTeOud { datum, uiterste, max_weken } => format!(
                "Het actueel oordeel van de bedrijfsarts is van {}: op de uiterste datum van het re-integratieverslag ({}) is het ouder dan {max_weken} weken.",
                nl(*datum),
                nl(*uiterste)
            ),
            Self::EindevaluatieVoorEerstejaars { datum } => format!(
                "De eindevaluatie van {} ligt vóór de eerstejaarsevaluatie: er is geen recentere evaluatie.",
                nl(*datum)
            ),
        }
    }
}

/// The check's outcome: per required part the document(s) found, and every shortcoming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Controle {
    /// Per part, the indices (into the input) of its documents and updates, oldest first.
    pub onderdelen: Vec<(Onderdeel, Vec<usize>)>,
    /// The actueel oordeel taken from the belastbaarheid (when no document holds it).
    pub oordeel_uit_belastbaarheid: Option<Date>,
    pub gebreken: Vec<Gebrek>,
}

impl Controle {
    pub fn volledig(&self) -> bool {
        self.gebreken.is_empty()
    }

    /// The finding's code, as the compliance check names it.
    pub const CODE: &'static str = "riv_onvolledig";

    /// The finding's explanation, like the clock's findings: what was found, on which date.
    pub fn toelichting(&self, uiterste: Date) -> String {
        format!(
            "Controle van het re-integratieverslag tegen de uiterste datum {}: {}",
            nl(uiterste),
            self.gebreken.iter().map(Gebrek::tekst).collect::<Vec<_>>().join(" ")
        )
    }

    pub fn grondslag() -> &'static str {
        "WIA art. 25 lid 3 (re-integratieverslag bij de WIA-aanvraag); Regeling procesgang eerste ziektejaar art. 6 (inhoud van het verslag)"
    }

    pub fn advies() -> &'static str {
        "Maak het re-integratieverslag compleet: elk onderdeel gedateerd en ondertekend door de opsteller, met een actueel oordeel van de bedrijfsarts. Een onvolledig verslag kan UWV terugsturen, en ontbrekende stappen kunnen tot een loonsanctie leiden."
    }
}

/// Checks the RIV's documents against the deadline `uiterste` (the `reintegratieverslag` milestone).
/// Medical documents must not be passed in: the employer's bundle never holds them.
pub fn controleer(
    stukken: &[Stuk],
    belastbaarheid: Option<Belastbaarheidsoordeel>,
    uiterste: Date,
    max_weken: u16,
) -> Controle {
    let mut gebreken = Vec::new();
    let mut onderdelen = Vec::new();
    let mut oordeel_uit_belastbaarheid = None;
    let eerstejaars =
        stukken.iter().filter(|s| s.soort == Onderdeel::Eerstejaarsevaluatie.soort()).filter_map(|s| s.datum).max();
    for onderdeel in Onderdeel::ALLE {
        let mut eigen: Vec<usize> = stukken
            .iter()
            .enumerate()
            .filter(|(_, s)| s.soort == onderdeel.soort() || bijstelling_van(&s.soort) == Some(onderdeel))
            .map(|(i, _)| i)
            .collect();
        // The eindevaluatie is the most recent evaluation: a plain evaluation on or after the
        // eerstejaarsevaluatie counts when no document is marked as the eindevaluatie.
        if onderdeel == Onderdeel::Eindevaluatie
            && eigen.is_empty()
            && let Some(eje) = eerstejaars
        {
            eigen = stukken
                .iter()
                .enumerate()
                .filter(|(_, s)| s.soort == "evaluatie" && s.datum.is_some_and(|d| d >= eje))
                .map(|(i, _)| i)
                .max_by_key(|i| stukken[*i].datum)
                .into_iter()
                .collect();
        }
        eigen.sort_by_key(|i| stukken[*i].datum);
        for &i in &eigen {
            let s = &stukken[i];
            if s.datum.is_none() {
                gebreken.push(Gebrek::Ongedateerd { onderdeel, titel: s.titel.clone() });
            }
            if !s.ondertekend() {
                gebreken.push(Gebrek::Ongetekend { onderdeel, titel: s.titel.clone() });
            }
        }
        match onderdeel {
            Onderdeel::ActueelOordeel => {
                let laatste_document = eigen.iter().filter_map(|&i| stukken[i].datum).max();
                let laatste = match (laatste_document, belastbaarheid) {
                    (Some(d), Some(b)) if b.datum > d => {
                        oordeel_uit_belastbaarheid = Some(b.datum);
                        Some(b.datum)
                    }
                    (None, Some(b)) => {
                        oordeel_uit_belastbaarheid = Some(b.datum);
                        Some(b.datum)
                    }
                    (d, _) => d,
                };
                match laatste {
                    None if eigen.is_empty() => gebreken.push(Gebrek::Ontbreekt(onderdeel)),
                    None => {}
                    Some(datum) if dagen_tussen(datum, uiterste) > 7 * i32::from(max_weken) => {
                        gebreken.push(Gebrek::OordeelTeOud { datum, uiterste, max_weken })
                    }
                    Some(_) => {}
                }
            }
            Onderdeel::Eindevaluatie => match (eigen.iter().filter_map(|&i| stukken[i].datum).max(), eerstejaars) {
                _ if eigen.is_empty() => gebreken.push(Gebrek::Ontbreekt(onderdeel)),
                (Some(datum), Some(eje)) if datum < eje => {
                    gebreken.push(Gebrek::EindevaluatieVoorEerstejaars { datum })
                }
                _ => {}
            },
            _ if eigen.is_empty() => gebreken.push(Gebrek::Ontbreekt(onderdeel)),
            _ => {}
        }
        onderdelen.push((onderdeel, eigen));
    }
    Controle { onderdelen, oordeel_uit_belastbaarheid, gebreken }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn stuk(soort: &str, datum: Option<Date>, door: Option<&str>) -> Stuk {
        Stuk { soort: soort.into(), titel: format!("{soort} titel"), datum, ondertekend_door: door.map(String::from) }
    }

    /// A complete RIV: every part dated and signed, the FML four weeks before the deadline.
    fn volledig() -> Vec<Stuk> {
        let g = Some("A. Auteur");
        vec![
            stuk("probleemanalyse", Some(date(2025, 2, 10)), g),
            stuk("plan_van_aanpak", Some(date(2025, 2, 21)), g),
            stuk("evaluatie", Some(date(2025, 4, 1)), g),
            stuk("eerstejaarsevaluatie", Some(date(2025, 12, 20)), g),
            stuk("evaluatie", Some(date(2026, 6, 1)), g),
            stuk("visie_arbeidsrelatie", Some(date(2026, 8, 1)), g),
            stuk("visie_passende_arbeid", Some(date(2026, 8, 1)), g),
            stuk("visie_werknemer", Some(date(2026, 8, 3)), g),
        ]
    }

    const UITERSTE: Date = date(2026, 9, 1);

    #[test]
    fn a_complete_riv_has_no_shortcomings_and_the_fml_serves_as_the_actueel_oordeel() {
        let c = controleer(&volledig(), Some(Belastbaarheidsoordeel { datum: date(2026, 8, 4) }), UITERSTE, 8);
        assert_eq!(c.gebreken, vec![]);
        assert!(c.volledig());
        assert_eq!(c.oordeel_uit_belastbaarheid, Some(date(2026, 8, 4)));
        // The evaluation after the eerstejaarsevaluatie is the eindevaluatie; the earlier one updates the plan.
        let per: std::collections::HashMap<_, _> = c.onderdelen.iter().cloned().collect();
        assert_eq!(per[&Onderdeel::Eindevaluatie], vec![4]);
        assert_eq!(per[&Onderdeel::PlanVanAanpak], vec![1, 2, 4]);
    }

    #[test]
    fn every_missing_part_is_named() {
        let c = controleer(&[], None, UITERSTE, 8);
        assert_eq!(c.gebreken, Onderdeel::ALLE.map(Gebrek::Ontbreekt).to_vec());
        assert!(c.toelichting(UITERSTE).contains("Ontbreekt: Visie van de werknemer."));
    }

    #[test]
    fn undated_and_unsigned_parts_are_named_with_their_title() {
        let mut stukken = volledig();
        stukken[0].datum = None;
        stukken[7].ondertekend_door = Some("  ".into());
        let c = controleer(&stukken, Some(Belastbaarheidsoordeel { datum: date(2026, 8, 4) }), UITERSTE, 8);
        assert_eq!(
            c.gebreken,
            vec![
                Gebrek::Ongedateerd { onderdeel: Onderdeel::Probleemanalyse, titel: "probleemanalyse titel".into() },
                Gebrek::Ongetekend { onderdeel: Onderdeel::VisieWerknemer, titel: "visie_werknemer titel".into() },
            ]
        );
    }

    #[test]
    fn an_oordeel_older_than_the_limit_at_the_deadline_is_reported_and_the_limit_is_configurable() {
        // 2026-07-06 is 57 days before 2026-09-01: over 8 weeks, within 9.
        let fml = Some(Belastbaarheidsoordeel { datum: date(2026, 7, 6) });
        let c = controleer(&volledig(), fml, UITERSTE, 8);
        assert_eq!(
            c.gebreken,
            vec![Gebrek::OordeelTeOud { datum: date(2026, 7, 6), uiterste: UITERSTE, max_weken: 8 }]
        );
        assert!(c.gebreken[0].tekst().contains("06-07-2026"));
        // Exactly 8 weeks (56 days) is still current.
        let c = controleer(&volledig(), Some(Belastbaarheidsoordeel { datum: date(2026, 7, 7) }), UITERSTE, 8);
        assert!(c.volledig());
        assert!(controleer(&volledig(), fml, UITERSTE, 9).volledig());
    }

    #[test]
    fn a_newer_actueel_oordeel_document_wins_over_an_older_fml() {
        let mut stukken = volledig();
        stukken.push(stuk("actueel_oordeel", Some(date(2026, 8, 20)), Some("Dr. B. Arts")));
        let c = controleer(&stukken, Some(Belastbaarheidsoordeel { datum: date(2025, 1, 1) }), UITERSTE, 8);
        assert!(c.volledig(), "{:?}", c.gebreken);
        assert_eq!(c.oordeel_uit_belastbaarheid, None);
    }

    #[test]
    fn without_an_evaluation_after_the_eerstejaarsevaluatie_the_eindevaluatie_is_missing() {
        let mut stukken = volledig();
        stukken.remove(4);
        let c = controleer(&stukken, Some(Belastbaarheidsoordeel { datum: date(2026, 8, 4) }), UITERSTE, 8);
        assert_eq!(c.gebreken, vec![Gebrek::Ontbreekt(Onderdeel::Eindevaluatie)]);
        // A document marked as eindevaluatie but older than the eerstejaarsevaluatie is not the latest.
        stukken.push(stuk("eindevaluatie", Some(date(2025, 6, 1)), Some("X")));
        let c = controleer(&stukken, Some(Belastbaarheidsoordeel { datum: date(2026, 8, 4) }), UITERSTE, 8);
        assert_eq!(c.gebreken, vec![Gebrek::EindevaluatieVoorEerstejaars { datum: date(2025, 6, 1) }]);
    }
}
