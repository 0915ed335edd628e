//! One case as the clock sees it: sickness periods, leave, what was done and when.
//! A `Casus` can only be built through [`Casus::nieuw`], which enforces its invariants.

use jiff::civil::Date;

use super::datum::{EERSTE_JAAR, LAATSTE_JAAR, nl};
use super::keten;
use super::mijlpaal::MijlpaalCode;

/// A sickness period. `tot_en_met` is the last sick day before full recovery; `None` while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ziekteperiode {
    pub van: Date,
    pub tot_en_met: Option<Date>,
}

/// A pregnancy or birth leave (WAZO): its days are not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verlof {
    pub van: Date,
    pub tot_en_met: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UitzonderingSpoor2 {
    PerspectiefEigenWerkgever,
    GeenBenutbareMogelijkheden,
    BevredigendResultaat,
}

impl UitzonderingSpoor2 {
    pub const ALLE: [Self; 3] =
        [Self::PerspectiefEigenWerkgever, Self::GeenBenutbareMogelijkheden, Self::BevredigendResultaat];

    pub fn code(self) -> &'static str {
        match self {
            Self::PerspectiefEigenWerkgever => "perspectief_eigen_werkgever",
            Self::GeenBenutbareMogelijkheden => "geen_benutbare_mogelijkheden",
            Self::BevredigendResultaat => "bevredigend_resultaat",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::PerspectiefEigenWerkgever => {
                "concreet perspectief op structurele terugkeer bij de eigen werkgever binnen 3 maanden"
            }
            Self::GeenBenutbareMogelijkheden => "de bedrijfsarts stelt geen benutbare mogelijkheden vast",
            Self::BevredigendResultaat => "er is al een bevredigend re-integratieresultaat bereikt",
        }
    }
}

/// What happened. `Mijlpaal` marks a milestone as done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    Mijlpaal(MijlpaalCode),
    CasemanagerBenoemd,
    /// A documented, motivated deviation from a step of the Regeling procesgang (art. 5).
    AfwijkingGemotiveerd {
        betreft: MijlpaalCode,
    },
    UitzonderingSpoor2 {
        reden: UitzonderingSpoor2,
    },
    BevredigendResultaat,
    Deskundigenoordeel,
    Spoor2Activiteit,
    Voortgangsrapportage,
}

impl Soort {
    /// Every event kind of the JSON contract, for messages. `loonstop_werknemer` becomes a [`Loonstop`].
    pub const CODES: [&'static str; 17] = [
        "ziekmelding_arbodienst",
        "probleemanalyse",
        "plan_van_aanpak",
        "evaluatie",
        "ziekmelding_uwv",
        "eerstejaarsevaluatie",
        "start_spoor2",
        "reintegratieverslag",
        "wia_aanvraag",
        "casemanager_benoemd",
        "afwijking_gemotiveerd",
        "uitzondering_spoor2",
        "bevredigend_resultaat",
        "deskundigenoordeel",
        "spoor2_activiteit",
        "voortgangsrapportage",
        "loonstop_werknemer",
    ];

    /// Number of distinct kinds, for per-kind tables: every milestone code, then the others.
    pub const AANTAL: usize = MijlpaalCode::ALLE.len() + 7;

    /// A dense index below [`Soort::AANTAL`], one per kind (payloads ignored).
    pub fn index(&self) -> usize {
        let n = MijlpaalCode::ALLE.len();
        match self {
            Self::Mijlpaal(m) => *m as usize,
            Self::CasemanagerBenoemd => n,
            Self::AfwijkingGemotiveerd { .. } => n + 1,
            Self::UitzonderingSpoor2 { .. } => n + 2,
            Self::BevredigendResultaat => n + 3,
            Self::Deskundigenoordeel => n + 4,
            Self::Spoor2Activiteit => n + 5,
            Self::Voortgangsrapportage => n + 6,
        }
    }

    /// The kinds that need no further data (`betreft`, `reden`), by code.
    pub fn eenvoudig(code: &str) -> Option<Self> {
        let overig = [
            Self::CasemanagerBenoemd,
            Self::BevredigendResultaat,
            Self::Deskundigenoordeel,
            Self::Spoor2Activiteit,
            Self::Voortgangsrapportage,
        ];
        MijlpaalCode::van_code(code)
            .filter(|m| m.is_handeling())
            .map(Self::Mijlpaal)
            .or_else(|| overig.into_iter().find(|s| s.code() == code))
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Mijlpaal(m) => m.code(),
            Self::CasemanagerBenoemd => "casemanager_benoemd",
            Self::AfwijkingGemotiveerd { .. } => "afwijking_gemotiveerd",
            Self::UitzonderingSpoor2 { .. } => "uitzondering_spoor2",
            Self::BevredigendResultaat => "bevredigend_resultaat",
            Self::Deskundigenoordeel => "deskundigenoordeel",
            Self::Spoor2Activiteit => "spoor2_activiteit",
            Self::Voortgangsrapportage => "voortgangsrapportage",
        }
    }
}

/// A step taken or a fact established, on a date.
impl From<MijlpaalCode> for Soort {
    fn from(m: MijlpaalCode) -> Self {
        Self::Mijlpaal(m)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gebeurtenis {
    pub soort: Soort,
    pub datum: Date,
}

/// The employer stopped paying wages because the employee failed an obligation (BW 7:629 lid 3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loonstop {
    pub datum: Date,
    pub reden: String,
}

/// A validated case. Periods and leave are sorted and do not overlap; events are sorted by date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Casus {
    ziekteperiodes: Vec<Ziekteperiode>,
    wazo_verlof: Vec<Verlof>,
    gebeurtenissen: Vec<Gebeurtenis>,
    loonstops: Vec<Loonstop>,
    vrijwillige_verlenging_tot: Option<Date>,
    loonsanctie_weken: Option<u8>,
    rapportage_interval_weken: u8,
    peildatum: Date,
}

/// Input a case is built from; every field is checked by [`Casus::nieuw`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CasusInvoer {
    pub ziekteperiodes: Vec<Ziekteperiode>,
    pub wazo_verlof: Vec<Verlof>,
    pub gebeurtenissen: Vec<Gebeurtenis>,
    pub loonstops: Vec<Loonstop>,
    pub vrijwillige_verlenging_tot: Option<Date>,
    pub loonsanctie_weken: Option<i64>,
    pub rapportage_interval_weken: Option<i64>,
    pub peildatum: Option<Date>,
}

/// Why a case was refused: the field (as a JSON path) and a Dutch message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{veld}: {melding}")]
pub struct InvoerFout {
    pub veld: String,
    pub melding: String,
}

impl InvoerFout {
    pub fn nieuw(veld: impl Into<String>, melding: impl Into<String>) -> Self {
        Self { veld: veld.into(), melding: melding.into() }
    }
}

/// Checks that a date lies in the range the clock supports; `veld` names it only on failure.
pub fn controleer_bereik(veld: impl FnOnce() -> String, d: Date) -> Result<Date, InvoerFout> {
    if (EERSTE_JAAR..=LAATSTE_JAAR).contains(&d.year()) {
        Ok(d)
    } else {
        Err(InvoerFout::nieuw(
            veld(),
            format!("{} ligt buiten het ondersteunde bereik ({EERSTE_JAAR}–{LAATSTE_JAAR})", d),
        ))
    }
}

impl Casus {
    /// Validates the input. `vandaag` is used when no peildatum is given.
    pub fn nieuw(invoer: CasusInvoer, vandaag: Date) -> Result<Self, InvoerFout> {
        let CasusInvoer {
            ziekteperiodes,
            wazo_verlof,
            gebeurtenissen,
            mut loonstops,
            vrijwillige_verlenging_tot,
            loonsanctie_weken,
            rapportage_interval_weken,
            peildatum,
        } = invoer;

        if ziekteperiodes.is_empty() {
            return Err(InvoerFout::nieuw("ziekteperiodes", "er moet minstens één ziekteperiode zijn"));
        }
        for (i, p) in ziekteperiodes.iter().enumerate() {
            controleer_bereik(|| format!("ziekteperiodes[{i}].van"), p.van)?;
            if let Some(t) = p.tot_en_met {
                controleer_bereik(|| format!("ziekteperiodes[{i}].tot_en_met"), t)?;
                if t < p.van {
                    return Err(InvoerFout::nieuw(
                        format!("ziekteperiodes[{i}].tot_en_met"),
                        format!("de laatste ziektedag {} ligt vóór de eerste ziektedag {}", nl(t), nl(p.van)),
                    ));
                }
            }
        }
        let ziekteperiodes = sorteer_zonder_overlap("ziekteperiodes", ziekteperiodes, |p| (p.van, p.tot_en_met))?;

        for (i, v) in wazo_verlof.iter().enumerate() {
            controleer_bereik(|| format!("wazo_verlof[{i}].van"), v.van)?;
            controleer_bereik(|| format!("wazo_verlof[{i}].tot_en_met"), v.tot_en_met)?;
            if v.tot_en_met < v.van {
                return Err(InvoerFout::nieuw(
                    format!("wazo_verlof[{i}].tot_en_met"),
                    format!("de laatste verlofdag {} ligt vóór de eerste verlofdag {}", nl(v.tot_en_met), nl(v.van)),
                ));
            }
        }
        let wazo_verlof = sorteer_zonder_overlap("wazo_verlof", wazo_verlof, |v| (v.van, Some(v.tot_en_met)))?;

        for (i, g) in gebeurtenissen.iter().enumerate() {
            controleer_bereik(|| format!("gebeurtenissen[{i}].datum"), g.datum)?;
            if let Soort::AfwijkingGemotiveerd { betreft } = g.soort
                && !MijlpaalCode::AFWIJKING_MOGELIJK.contains(&betreft)
            {
                return Err(InvoerFout::nieuw(
                    format!("gebeurtenissen[{i}].betreft"),
                    format!(
                        "een gemotiveerde afwijking (Regeling procesgang art. 5) kan alleen {} betreffen, niet '{}'",
                        lijst_van(MijlpaalCode::AFWIJKING_MOGELIJK.iter().map(|m| m.code())),
                        betreft.code()
                    ),
                ));
            }
        }
        for (i, l) in loonstops.iter().enumerate() {
            controleer_bereik(|| format!("loonstops[{i}].datum"), l.datum)?;
        }
        loonstops.sort_by_key(|l| l.datum);
        let mut gebeurtenissen = gebeurtenissen;
        gebeurtenissen.sort_by_key(|g| g.datum);

        let loonsanctie_weken = match loonsanctie_weken {
            None => None,
            Some(w @ 0..=52) => Some(w as u8),
            Some(w) => {
                return Err(InvoerFout::nieuw(
                    "loonsanctie_weken",
                    format!("{w} ligt niet tussen 0 en 52 weken (WIA art. 25 lid 9)"),
                ));
            }
        };
        let rapportage_interval_weken = match rapportage_interval_weken {
            None => 8,
            Some(w @ (6 | 8)) => w as u8,
            Some(w) => {
                return Err(InvoerFout::nieuw(
                    "rapportage_interval_weken",
                    format!("{w} is geen rapportage-interval; kies 6 of 8 weken"),
                ));
            }
        };
        let peildatum = controleer_bereik(|| "peildatum".into(), peildatum.unwrap_or(vandaag))?;

        if let Some(e) = vrijwillige_verlenging_tot {
            controleer_bereik(|| "vrijwillige_verlenging_tot".into(), e)?;
            let laatste = keten::ketens(&ziekteperiodes, &wazo_verlof).laatste;
            let gewoon = keten::einde_wachttijd_zonder_verlenging(&laatste).datum;
            if e <= gewoon {
                return Err(InvoerFout::nieuw(
                    "vrijwillige_verlenging_tot",
                    format!(
                        "{} is geen verlenging: de wachttijd eindigt zonder verlenging al op {}",
                        nl(e),
                        nl(gewoon)
                    ),
                ));
            }
        }

        Ok(Self {
            ziekteperiodes,
            wazo_verlof,
            gebeurtenissen,
            loonstops,
            vrijwillige_verlenging_tot,
            loonsanctie_weken,
            rapportage_interval_weken,
            peildatum,
        })
    }

    pub fn ziekteperiodes(&self) -> &[Ziekteperiode] {
        &self.ziekteperiodes
    }
    pub fn wazo_verlof(&self) -> &[Verlof] {
        &self.wazo_verlof
    }
    /// Sorted by date.
    pub fn gebeurtenissen(&self) -> &[Gebeurtenis] {
        &self.gebeurtenissen
    }
    /// Sorted by date.
    pub fn loonstops(&self) -> &[Loonstop] {
        &self.loonstops
    }
    pub fn vrijwillige_verlenging_tot(&self) -> Option<Date> {
        self.vrijwillige_verlenging_tot
    }
    pub fn loonsanctie_weken(&self) -> Option<u8> {
        self.loonsanctie_weken
    }
    pub fn rapportage_interval_weken(&self) -> u8 {
        self.rapportage_interval_weken
    }
    pub fn peildatum(&self) -> Date {
        self.peildatum
    }
}

/// Sorts intervals by start and refuses overlap; an open interval (`None` end) may only come last.
/// Error paths name the original positions.
fn sorteer_zonder_overlap<T: Copy>(
    veld: &str,
    items: Vec<T>,
    grenzen: impl Fn(&T) -> (Date, Option<Date>),
) -> Result<Vec<T>, InvoerFout> {
    let mut genummerd: Vec<(usize, T)> = items.into_iter().enumerate().collect();
    genummerd.sort_by_key(|(_, t)| grenzen(t).0);
    for paar in genummerd.windows(2) {
        let (i, a) = paar[0];
        let (j, b) = paar[1];
        let (a_van, a_tot) = grenzen(&a);
        let (b_van, _) = grenzen(&b);
        let overlapt = match a_tot {
            None => true,
            Some(t) => b_van <= t,
        };
        if overlapt {
            let a_eind = a_tot.map_or_else(|| "nu (loopt nog)".to_string(), nl);
            return Err(InvoerFout::nieuw(
                format!("{veld}[{j}]"),
                format!(
                    "overlapt met {veld}[{i}] ({} tot en met {}); perioden mogen niet overlappen",
                    nl(a_van),
                    a_eind
                ),
            ));
        }
    }
    Ok(genummerd.into_iter().map(|(_, t)| t).collect())
}

/// "a, b of c"
pub fn lijst_van<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.collect();
    match items.split_last() {
        None => String::new(),
        Some((laatste, [])) => (*laatste).to_string(),
        Some((laatste, rest)) => format!("{} of {}", rest.join(", "), laatste),
    }
}
