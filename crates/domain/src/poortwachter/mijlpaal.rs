//! Milestones of the Poortwachter clock: stable codes, statuses and the computed milestone.

use jiff::civil::Date;

/// The stable codes of poortwachter.md, in the order of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MijlpaalCode {
    ZiekmeldingArbodienst,
    Probleemanalyse,
    PlanVanAanpak,
    Evaluatie,
    ZiekmeldingUwv,
    Eerstejaarsevaluatie,
    StartSpoor2,
    UwvWiaBrief,
    Reintegratieverslag,
    WiaAanvraag,
    EindeWachttijd,
}

impl MijlpaalCode {
    pub const ALLE: [Self; 11] = [
        Self::ZiekmeldingArbodienst,
        Self::Probleemanalyse,
        Self::PlanVanAanpak,
        Self::Evaluatie,
        Self::ZiekmeldingUwv,
        Self::Eerstejaarsevaluatie,
        Self::StartSpoor2,
        Self::UwvWiaBrief,
        Self::Reintegratieverslag,
        Self::WiaAanvraag,
        Self::EindeWachttijd,
    ];

    /// The steps of the Regeling procesgang (art. 2 and 4) from which employer and employee may
    /// deviate with a documented motivation (art. 5).
    pub const AFWIJKING_MOGELIJK: [Self; 3] = [Self::Probleemanalyse, Self::PlanVanAanpak, Self::Evaluatie];

    /// Milestones that an event can mark as done (the others are dates, not actions).
    pub fn is_handeling(self) -> bool {
        !matches!(self, Self::UwvWiaBrief | Self::EindeWachttijd)
    }

    /// UWV words the 42nd-week report as "uiterlijk de eerste werkdag na de 42e ziekteweek":
    /// a statutory date on a weekend or public holiday moves to the next working day.
    pub fn tot_eerste_werkdag(self) -> bool {
        self == Self::ZiekmeldingUwv
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::ZiekmeldingArbodienst => "ziekmelding_arbodienst",
            Self::Probleemanalyse => "probleemanalyse",
            Self::PlanVanAanpak => "plan_van_aanpak",
            Self::Evaluatie => "evaluatie",
            Self::ZiekmeldingUwv => "ziekmelding_uwv",
            Self::Eerstejaarsevaluatie => "eerstejaarsevaluatie",
            Self::StartSpoor2 => "start_spoor2",
            Self::UwvWiaBrief => "uwv_wia_brief",
            Self::Reintegratieverslag => "reintegratieverslag",
            Self::WiaAanvraag => "wia_aanvraag",
            Self::EindeWachttijd => "einde_wachttijd",
        }
    }

    pub fn van_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|m| m.code() == code)
    }

    /// The name a user reads.
    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::ZiekmeldingArbodienst => "Ziekmelding bij bedrijfsarts/arbodienst",
            Self::Probleemanalyse => "Probleemanalyse",
            Self::PlanVanAanpak => "Plan van aanpak",
            Self::Evaluatie => "Evaluatie plan van aanpak",
            Self::ZiekmeldingUwv => "Ziekmelding bij UWV (42e week)",
            Self::Eerstejaarsevaluatie => "Eerstejaarsevaluatie",
            Self::StartSpoor2 => "Start spoor 2",
            Self::UwvWiaBrief => "WIA-informatie van UWV (taak van UWV)",
            Self::Reintegratieverslag => "Re-integratieverslag compleet",
            Self::WiaAanvraag => "WIA-aanvraag",
            Self::EindeWachttijd => "Einde wachttijd",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    TeLaat,
    Gedaan,
    GedaanTeLaat,
    /// No longer due: the employee recovered first, or a documented deviation or exception applies.
    Vervallen,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::TeLaat => "te_laat",
            Self::Gedaan => "gedaan",
            Self::GedaanTeLaat => "gedaan_te_laat",
            Self::Vervallen => "vervallen",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::TeLaat => "te laat",
            Self::Gedaan => "gedaan",
            Self::GedaanTeLaat => "te laat gedaan",
            Self::Vervallen => "vervallen",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mijlpaal {
    pub code: MijlpaalCode,
    /// The statutory date.
    pub uiterste_datum: Date,
    /// For the 42nd-week report only: the first working day on or after the statutory date, as UWV
    /// words it. Lateness is judged against this date.
    pub uiterste_werkdag: Option<Date>,
    /// The sick week in which the deadline falls ("uiterlijk in week N").
    pub week: u32,
    pub status: Status,
    pub gedaan_op: Option<Date>,
    /// For the eerstejaarsevaluatie: the day its window opens (week 46).
    pub venster_vanaf: Option<Date>,
}

impl Mijlpaal {
    /// The date against which lateness is judged.
    pub fn grens(&self) -> Date {
        self.uiterste_werkdag.unwrap_or(self.uiterste_datum)
    }
}

/// The status of a step with deadline `grens`, done on `gedaan_op` (if at all), relative to `peildatum`.
/// `vervalt` says the duty no longer applies (recovery first, or an excuse).
pub fn status(grens: Date, gedaan_op: Option<Date>, vervalt: bool, peildatum: Date) -> Status {
    match gedaan_op {
        Some(d) if d <= grens => Status::Gedaan,
        Some(_) => Status::GedaanTeLaat,
        None if vervalt => Status::Vervallen,
        None if peildatum > grens => Status::TeLaat,
        None => Status::Open,
    }
}
