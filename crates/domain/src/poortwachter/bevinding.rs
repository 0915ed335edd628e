//! Findings of the compliance check ("poortwachtertoets"): what is wrong, how much it can cost,
//! on what legal basis, the evidence, and what to do now. Texts are rendered on demand, so the
//! check itself allocates nothing for them.

use jiff::civil::Date;

use super::datum::{dagen_tussen, nl};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ernst {
    Info,
    Waarschuwing,
    Loonsanctierisico,
    Boeterisico,
}

impl Ernst {
    pub fn code(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Waarschuwing => "waarschuwing",
            Self::Loonsanctierisico => "loonsanctierisico",
            Self::Boeterisico => "boeterisico",
        }
    }
}

/// A step that was due on `uiterste` (sick week `week`): done late on `gedaan_op`, or not done by
/// `peildatum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verzuim {
    pub uiterste: Date,
    pub week: u32,
    pub gedaan_op: Option<Date>,
    pub peildatum: Date,
}

impl Verzuim {
    /// Days late: until it was done, or until the peildatum.
    pub fn dagen_te_laat(&self) -> i32 {
        dagen_tussen(self.uiterste, self.gedaan_op.unwrap_or(self.peildatum))
    }

    /// "moest uiterlijk 14-02-2022 (week 6) ... maar ..." — the shared sentence for missed steps.
    fn zin(&self, wat: &str, werkwoord: &str) -> String {
        let dagen = self.dagen_te_laat();
        match self.gedaan_op {
            Some(d) => format!(
                "{wat} moest uiterlijk {} (week {}) {werkwoord}, maar is pas op {} vastgelegd: {dagen} {} te laat.",
                nl(self.uiterste),
                self.week,
                nl(d),
                dag_of_dagen(dagen)
            ),
            None => format!(
                "{wat} moest uiterlijk {} (week {}) {werkwoord}, maar is op de peildatum {} niet vastgelegd: {dagen} {} te laat.",
                nl(self.uiterste),
                self.week,
                nl(self.peildatum),
                dag_of_dagen(dagen)
            ),
        }
    }
}

/// A stretch without something that should have happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stilte {
    pub van: Date,
    /// `None`: still nothing on the peildatum `tot_uiterlijk`.
    pub tot: Option<Date>,
    pub tot_uiterlijk: Date,
    /// Counted sick days in the stretch.
    pub dagen: u32,
}

impl Stilte {
    fn beschrijving(&self) -> String {
        match self.tot {
            Some(t) => format!("van {} tot {} ({} ziektedagen)", nl(self.van), nl(t), self.dagen),
            None => format!(
                "sinds {} ({} ziektedagen tot de peildatum {})",
                nl(self.van),
                self.dagen,
                nl(self.tot_uiterlijk)
            ),
        }
    }
}

/// The required parts of the re-integratieverslag that the clock can see from the events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RivOntbreekt {
    pub probleemanalyse: bool,
    pub plan_van_aanpak: bool,
    pub eerstejaarsevaluatie: bool,
    pub eindevaluatie: bool,
    pub verslag: bool,
}

impl RivOntbreekt {
    pub fn iets(&self) -> bool {
        self.onderdelen().next().is_some()
    }

    pub fn onderdelen(&self) -> impl Iterator<Item = &'static str> {
        [
            (self.probleemanalyse, "de probleemanalyse"),
            (self.plan_van_aanpak, "het plan van aanpak"),
            (self.eerstejaarsevaluatie, "de eerstejaarsevaluatie"),
            (self.eindevaluatie, "de eindevaluatie (een evaluatie na de eerstejaarsevaluatie)"),
            (self.verslag, "het re-integratieverslag zelf"),
        ]
        .into_iter()
        .filter_map(|(ontbreekt, naam)| ontbreekt.then_some(naam))
    }
}

/// What the check found, with its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feit {
    ProbleemanalyseTeLaat(Verzuim),
    PlanVanAanpakTeLaat { verzuim: Option<Verzuim>, zonder_casemanager: bool },
    EvaluatieTeLaat { aantal: u32, langste: Stilte, uiterste: Date },
    ZiekmeldingUwvTeLaat { verzuim: Verzuim, wettelijke_datum: Date },
    EerstejaarsevaluatieOntbreekt(Verzuim),
    Spoor2TeLaat { verzuim: Verzuim, uitzondering_later: Option<Date> },
    Spoor2OnvoldoendeActiviteit { activiteit: Option<Stilte>, rapportage: Option<Stilte>, interval_weken: u8 },
    DeskundigenoordeelOverwegen { stilstand: Option<Stilte>, loonstop_op: Option<Date> },
    RivOnvolledig { uiterste: Date, week: u32, ontbreekt: RivOntbreekt },
    WiaAanvraagTeLaat { verzuim: Verzuim, einde_loondoorbetaling: Date },
    BevredigendResultaat { datum: Date },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bevinding {
    pub feit: Feit,
    pub ernst: Ernst,
}

impl Bevinding {
    pub fn nieuw(feit: Feit) -> Self {
        Self { ernst: feit.ernst(), feit }
    }

    pub fn code(&self) -> &'static str {
        self.feit.code()
    }

    /// The evidence in Dutch, with the note when a satisfactory result lifted the sanction risk.
    pub fn toelichting(&self) -> String {
        let mut tekst = self.feit.toelichting();
        if self.ernst < self.feit.ernst() {
            tekst.push_str(
                " Omdat een bevredigend re-integratieresultaat is vastgelegd, legt UWV hiervoor geen loonsanctie op.",
            );
        }
        tekst
    }

    pub fn grondslag(&self) -> &'static str {
        self.feit.grondslag()
    }

    pub fn advies(&self) -> String {
        self.feit.advies()
    }

    /// The dates the finding rests on, each with what it is.
    pub fn bewijs(&self) -> Vec<(&'static str, Date)> {
        self.feit.bewijs()
    }
}

impl Feit {
    pub fn code(&self) -> &'static str {
        match self {
            Self::ProbleemanalyseTeLaat(_) => "probleemanalyse_te_laat",
            Self::PlanVanAanpakTeLaat { .. } => "plan_van_aanpak_te_laat",
            Self::EvaluatieTeLaat { .. } => "evaluatie_te_laat",
            Self::ZiekmeldingUwvTeLaat { .. } => "ziekmelding_uwv_te_laat",
            Self::EerstejaarsevaluatieOntbreekt(_) => "eerstejaarsevaluatie_ontbreekt",
            Self::Spoor2TeLaat { .. } => "spoor2_te_laat",
            Self::Spoor2OnvoldoendeActiviteit { .. } => "spoor2_onvoldoende_activiteit",
            Self::DeskundigenoordeelOverwegen { .. } => "deskundigenoordeel_overwegen",
            Self::RivOnvolledig { .. } => "riv_onvolledig",
            Self::WiaAanvraagTeLaat { .. } => "wia_aanvraag_te_laat",
            Self::BevredigendResultaat { .. } => "bevredigend_resultaat",
        }
    }

    /// The severity before any satisfactory result is taken into account.
    ///
    /// Product decisions: evaluations every 6 weeks are a practice norm, not a statutory term, so a
    /// late one warns; a late WIA application costs the employer extra wages, not a sanction.
    pub fn ernst(&self) -> Ernst {
        match self {
            Self::ProbleemanalyseTeLaat(_)
            | Self::PlanVanAanpakTeLaat { .. }
            | Self::EerstejaarsevaluatieOntbreekt(_)
            | Self::Spoor2TeLaat { .. }
            | Self::Spoor2OnvoldoendeActiviteit { .. }
            | Self::RivOnvolledig { .. } => Ernst::Loonsanctierisico,
            Self::ZiekmeldingUwvTeLaat { .. } => Ernst::Boeterisico,
            Self::EvaluatieTeLaat { .. }
            | Self::DeskundigenoordeelOverwegen { .. }
            | Self::WiaAanvraagTeLaat { .. } => Ernst::Waarschuwing,
            Self::BevredigendResultaat { .. } => Ernst::Info,
        }
    }

    pub fn grondslag(&self) -> &'static str {
        match self {
            Self::ProbleemanalyseTeLaat(_) => {
                "Regeling procesgang eerste ziektejaar art. 2 (probleemanalyse binnen 6 weken) en art. 5 (gemotiveerde afwijking); WIA art. 25 lid 9 (loonsanctie)"
            }
            Self::PlanVanAanpakTeLaat { .. } => {
                "Regeling procesgang eerste ziektejaar art. 4 (plan van aanpak binnen 2 weken na de probleemanalyse, uiterlijk in week 8, met casemanager); BW 7:658a; WIA art. 25 lid 9"
            }
            Self::EvaluatieTeLaat { .. } => {
                "Regeling procesgang eerste ziektejaar art. 4 (regelmatige evaluatie en bijstelling van het plan van aanpak; in de praktijk ten minste elke 6 weken)"
            }
            Self::ZiekmeldingUwvTeLaat { .. } => {
                "Ziektewet art. 38 (ziekmelding bij UWV uiterlijk op de eerste dag nadat de ongeschiktheid 42 weken heeft geduurd); te laat melden kan een boete opleveren"
            }
            Self::EerstejaarsevaluatieOntbreekt(_) => {
                "Regeling procesgang eerste ziektejaar art. 4 (eerstejaarsevaluatie); WIA art. 25 lid 9"
            }
            Self::Spoor2TeLaat { .. } | Self::Spoor2OnvoldoendeActiviteit { .. } => {
                "BW 7:658a lid 1 (passende arbeid bij een andere werkgever als terugkeer bij de eigen werkgever niet mogelijk is); UWV Werkwijzer Poortwachter; WIA art. 25 lid 9"
            }
            Self::DeskundigenoordeelOverwegen { .. } => {
                "BW 7:629a en 7:658b (deskundigenoordeel van UWV over arbeidsongeschiktheid, passende arbeid en re-integratie-inspanningen)"
            }
            Self::RivOnvolledig { .. } => {
                "WIA art. 25 lid 3 (re-integratieverslag bij de WIA-aanvraag); Regeling procesgang eerste ziektejaar art. 6 (inhoud van het verslag)"
            }
            Self::WiaAanvraagTeLaat { .. } => {
                "WIA art. 64 lid 3 (aanvraag uiterlijk 11 weken voor het einde van de wachttijd); BW 7:629 lid 3 (loonopschorting bij te late aanvraag)"
            }
            Self::BevredigendResultaat { .. } => {
                "WIA art. 25 lid 9 en UWV Werkwijzer Poortwachter (bevredigend re-integratieresultaat: geen loonsanctie)"
            }
        }
    }

    pub fn toelichting(&self) -> String {
        match self {
            Self::ProbleemanalyseTeLaat(v) => v.zin("De probleemanalyse", "klaar zijn"),
            Self::PlanVanAanpakTeLaat { verzuim, zonder_casemanager } => {
                let mut zinnen = Vec::new();
                if let Some(v) = verzuim {
                    zinnen.push(v.zin("Het plan van aanpak", "zijn opgesteld"));
                }
                if *zonder_casemanager {
                    zinnen.push(
                        "Er is geen casemanager benoemd, terwijl het plan van aanpak de casemanager moet noemen."
                            .to_string(),
                    );
                }
                zinnen.join(" ")
            }
            Self::EvaluatieTeLaat { aantal, langste, uiterste } => {
                format!(
                    "{aantal} keer zat er meer dan 42 ziektedagen tussen het plan van aanpak en de evaluaties. \
                     Langste periode zonder evaluatie: {}; uiterlijk {} had er een evaluatie moeten zijn.",
                    langste.beschrijving(),
                    nl(*uiterste)
                )
            }
            Self::ZiekmeldingUwvTeLaat { verzuim, wettelijke_datum } => {
                let mut tekst = verzuim.zin("De ziekmelding bij UWV", "gedaan zijn");
                if wettelijke_datum != &verzuim.uiterste {
                    tekst.push_str(&format!(
                        " De wettelijke datum is {}; omdat die geen werkdag is, telt de eerste werkdag daarna.",
                        nl(*wettelijke_datum)
                    ));
                }
                tekst
            }
            Self::EerstejaarsevaluatieOntbreekt(v) => v.zin("De eerstejaarsevaluatie", "plaatsvinden"),
            Self::Spoor2TeLaat { verzuim, uitzondering_later } => {
                let mut tekst = verzuim.zin("Spoor 2", "starten");
                if verzuim.gedaan_op.is_none() {
                    tekst.push_str(" Er is ook geen uitzondering vastgelegd.");
                }
                if let Some(u) = uitzondering_later {
                    tekst.push_str(&format!(
                        " De uitzondering van {} kwam na de uiterste datum en dekt de periode daarvoor niet.",
                        nl(*u)
                    ));
                }
                tekst
            }
            Self::Spoor2OnvoldoendeActiviteit { activiteit, rapportage, interval_weken } => {
                let mut zinnen = Vec::new();
                if let Some(s) = activiteit {
                    zinnen.push(format!("Meer dan 6 weken geen spoor 2-activiteit vastgelegd: {}.", s.beschrijving()));
                }
                if let Some(s) = rapportage {
                    zinnen.push(format!(
                        "Meer dan {interval_weken} weken (het rapportage-interval) geen voortgangsrapportage: {}.",
                        s.beschrijving()
                    ));
                }
                zinnen.join(" ")
            }
            Self::DeskundigenoordeelOverwegen { stilstand, loonstop_op } => {
                let mut zinnen = Vec::new();
                if let Some(s) = stilstand {
                    zinnen.push(format!(
                        "Al meer dan 3 maanden geen voortgang vastgelegd (bijstelling, evaluatie, start spoor 2 of rapportage): {}.",
                        s.beschrijving()
                    ));
                }
                if let Some(l) = loonstop_op {
                    zinnen.push(format!(
                        "Op {} is een loonstop opgelegd: werkgever en werknemer verschillen van mening over de medewerking of de mogelijkheden, en er is sindsdien geen deskundigenoordeel.",
                        nl(*l)
                    ));
                }
                zinnen.join(" ")
            }
            Self::RivOnvolledig { uiterste, week, ontbreekt } => format!(
                "Op de uiterste datum voor het re-integratieverslag, {} (week {week}), ontbrak: {}.",
                nl(*uiterste),
                ontbreekt.onderdelen().collect::<Vec<_>>().join("; ")
            ),
            Self::WiaAanvraagTeLaat { verzuim, einde_loondoorbetaling } => format!(
                "{} De loondoorbetaling loopt daardoor door tot {}.",
                verzuim.zin("De WIA-aanvraag", "bij UWV zijn"),
                nl(*einde_loondoorbetaling)
            ),
            Self::BevredigendResultaat { datum } => format!(
                "Op {} is een bevredigend re-integratieresultaat vastgelegd: structureel passend werk, of ten minste 65% van het oude loon, met instemming van de werknemer. UWV legt dan geen loonsanctie op, hoe het proces ook is verlopen.",
                nl(*datum)
            ),
        }
    }

    pub fn advies(&self) -> String {
        match self {
            Self::ProbleemanalyseTeLaat(v) if v.gedaan_op.is_none() => {
                "Laat de bedrijfsarts nu de probleemanalyse opstellen en leg die vast. Is er een goede reden om ervan af te zien (bijvoorbeeld herstel binnen korte tijd), leg dan een gemotiveerde afwijking vast.".into()
            }
            Self::ProbleemanalyseTeLaat(_) => {
                "Leg in het dossier vast waarom de probleemanalyse later kwam; UWV beoordeelt of de vertraging de re-integratie heeft geschaad.".into()
            }
            Self::PlanVanAanpakTeLaat { verzuim, .. } if verzuim.is_some_and(|v| v.gedaan_op.is_none()) => {
                "Stel nu met de werknemer het plan van aanpak op, met doelen, afspraken, evaluatiemomenten en de casemanager, en laat beiden tekenen.".into()
            }
            Self::PlanVanAanpakTeLaat { zonder_casemanager: true, .. } => {
                "Benoem een casemanager, neem die op in het plan van aanpak en leg de benoeming vast.".into()
            }
            Self::PlanVanAanpakTeLaat { .. } => {
                "Leg in het dossier vast waarom het plan van aanpak later kwam en hoe de re-integratie in de tussentijd liep.".into()
            }
            Self::EvaluatieTeLaat { .. } => {
                "Evalueer het plan van aanpak ten minste elke 6 weken met de werknemer, stel het zo nodig bij en leg het verslag vast.".into()
            }
            Self::ZiekmeldingUwvTeLaat { verzuim, .. } if verzuim.gedaan_op.is_none() => {
                "Meld de werknemer nu ziek bij UWV en bewaar de bevestiging in het dossier.".into()
            }
            Self::ZiekmeldingUwvTeLaat { .. } => {
                "Bewaar de bevestiging van de (late) melding; houd rekening met een boete van UWV.".into()
            }
            Self::EerstejaarsevaluatieOntbreekt(_) => {
                "Houd de eerstejaarsevaluatie: beoordeel met de werknemer en de bedrijfsarts het resultaat van het eerste jaar, besluit of spoor 2 nodig is en leg de uitkomst vast.".into()
            }
            Self::Spoor2TeLaat { verzuim, .. } if verzuim.gedaan_op.is_none() => {
                "Start spoor 2 nu (in eigen beheer of via een re-integratiebureau) en leg de activiteiten vast, of leg gemotiveerd een uitzondering vast: concreet perspectief op terugkeer bij de eigen werkgever binnen 3 maanden, geen benutbare mogelijkheden, of een bevredigend resultaat.".into()
            }
            Self::Spoor2TeLaat { .. } => {
                "Leg vast waarom spoor 2 later startte, en maak de achterstand goed met een intensief traject; UWV beoordeelt of de late start het resultaat heeft geschaad.".into()
            }
            Self::Spoor2OnvoldoendeActiviteit { interval_weken, .. } => format!(
                "Leg elke activiteit vast (sollicitaties, coaching, netwerkgesprekken, scholing, proefplaatsing) en rapporteer elke {interval_weken} weken; UWV beoordeelt de intensiteit en samenhang van spoor 2."
            ),
            Self::DeskundigenoordeelOverwegen { .. } => {
                "Overweeg een deskundigenoordeel bij UWV om de impasse te doorbreken: over de arbeidsongeschiktheid, passende arbeid of de re-integratie-inspanningen.".into()
            }
            Self::RivOnvolledig { .. } => {
                "Maak het re-integratieverslag compleet: elk onderdeel gedateerd en ondertekend, met een actueel oordeel van de bedrijfsarts. Een onvolledig verslag kan UWV terugsturen, en ontbrekende stappen kunnen tot een loonsanctie leiden.".into()
            }
            Self::WiaAanvraagTeLaat { verzuim, .. } if verzuim.gedaan_op.is_none() => {
                "De werknemer moet de WIA-aanvraag nu indienen; de werkgever stuurt het re-integratieverslag binnen een dag mee. Zolang de werknemer zonder goede reden te laat is, mag de werkgever het loon opschorten (meld dat direct aan de werknemer).".into()
            }
            Self::WiaAanvraagTeLaat { .. } => {
                "Leg de late aanvraag en de verlengde loondoorbetaling vast; bespreek met de werknemer of een loonopschorting over de vertraging aan de orde is.".into()
            }
            Self::BevredigendResultaat { .. } => {
                "Leg vast waaruit het resultaat blijkt (contract, uren, loon) en dat de werknemer ermee instemt, en houd in de gaten of het standhoudt.".into()
            }
        }
    }

    pub fn bewijs(&self) -> Vec<(&'static str, Date)> {
        fn verzuim(v: &Verzuim) -> Vec<(&'static str, Date)> {
            let mut b = vec![("uiterste datum", v.uiterste)];
            match v.gedaan_op {
                Some(d) => b.push(("gedaan op", d)),
                None => b.push(("niet gedaan op peildatum", v.peildatum)),
            }
            b
        }
        fn stilte(wat: &'static str, s: &Stilte, b: &mut Vec<(&'static str, Date)>) {
            b.push((wat, s.van));
            b.push(("tot", s.tot.unwrap_or(s.tot_uiterlijk)));
        }
        match self {
            Self::ProbleemanalyseTeLaat(v)
            | Self::EerstejaarsevaluatieOntbreekt(v)
            | Self::WiaAanvraagTeLaat { verzuim: v, .. } => verzuim(v),
            Self::ZiekmeldingUwvTeLaat { verzuim: v, wettelijke_datum } => {
                let mut b = verzuim(v);
                b.insert(0, ("wettelijke datum", *wettelijke_datum));
                b
            }
            Self::Spoor2TeLaat { verzuim: v, uitzondering_later } => {
                let mut b = verzuim(v);
                b.extend(uitzondering_later.map(|u| ("uitzondering vastgelegd op", u)));
                b
            }
            Self::PlanVanAanpakTeLaat { verzuim: v, .. } => v.as_ref().map(verzuim).unwrap_or_default(),
            Self::EvaluatieTeLaat { langste, uiterste, .. } => {
                let mut b = Vec::new();
                stilte("laatste plan of evaluatie", langste, &mut b);
                b.push(("uiterste datum volgende evaluatie", *uiterste));
                b
            }
            Self::Spoor2OnvoldoendeActiviteit { activiteit, rapportage, .. } => {
                let mut b = Vec::new();
                if let Some(s) = activiteit {
                    stilte("laatste activiteit", s, &mut b);
                }
                if let Some(s) = rapportage {
                    stilte("laatste rapportage", s, &mut b);
                }
                b
            }
            Self::DeskundigenoordeelOverwegen { stilstand, loonstop_op } => {
                let mut b = Vec::new();
                if let Some(s) = stilstand {
                    stilte("laatste voortgang", s, &mut b);
                }
                b.extend(loonstop_op.map(|l| ("loonstop", l)));
                b
            }
            Self::RivOnvolledig { uiterste, .. } => vec![("uiterste datum", *uiterste)],
            Self::BevredigendResultaat { datum } => vec![("vastgelegd op", *datum)],
        }
    }
}

fn dag_of_dagen(n: i32) -> &'static str {
    if n == 1 { "dag" } else { "dagen" }
}
