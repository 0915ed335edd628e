//! The spoor 2 traject: its phases and who may move it on, the kinds of activity and the course of an
//! application, and the traject's own clock (intake, plan, reports, agreed end) with its intensity
//! figures. Pure rules; the store keeps the data and asks these functions.

use jiff::civil::Date;

use crate::poortwachter::datum::{dagen_tussen, plus_dagen};
use crate::waarden::Rol;

/// The phases, in their only order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fase {
    Advies,
    Intake,
    Plan,
    Uitvoering,
    Plaatsing,
    Nazorg,
    Afgesloten,
}

impl Fase {
    pub const ALLE: [Self; 7] =
        [Self::Advies, Self::Intake, Self::Plan, Self::Uitvoering, Self::Plaatsing, Self::Nazorg, Self::Afgesloten];

    pub fn code(self) -> &'static str {
        match self {
            Self::Advies => "advies",
            Self::Intake => "intake",
            Self::Plan => "plan",
            Self::Uitvoering => "uitvoering",
            Self::Plaatsing => "plaatsing",
            Self::Nazorg => "nazorg",
            Self::Afgesloten => "afgesloten",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|f| f.code() == code)
    }

    fn volgende(self) -> Option<Self> {
        Self::ALLE.iter().position(|f| *f == self).and_then(|i| Self::ALLE.get(i + 1)).copied()
    }
}

/// Why a traject ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Afsluitreden {
    Geplaatst,
    WerkBijEigenWerkgever,
    Scholingstraject,
    GeenResultaatWeek104,
    GestoptDoorWerkgever,
    Hersteld,
}

impl Afsluitreden {
    pub const ALLE: [Self; 6] = [
        Self::Geplaatst,
        Self::WerkBijEigenWerkgever,
        Self::Scholingstraject,
        Self::GeenResultaatWeek104,
        Self::GestoptDoorWerkgever,
        Self::Hersteld,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Geplaatst => "geplaatst",
            Self::WerkBijEigenWerkgever => "werk_bij_eigen_werkgever",
            Self::Scholingstraject => "scholingstraject",
            Self::GeenResultaatWeek104 => "geen_resultaat_week_104",
            Self::GestoptDoorWerkgever => "gestopt_door_werkgever",
            Self::Hersteld => "hersteld",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Geplaatst => "geplaatst bij een nieuwe werkgever",
            Self::WerkBijEigenWerkgever => "toch werk bij de eigen werkgever",
            Self::Scholingstraject => "scholingstraject",
            Self::GeenResultaatWeek104 => "geen resultaat bij week 104",
            Self::GestoptDoorWerkgever => "gestopt door de werkgever",
            Self::Hersteld => "hersteld",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|r| r.code() == code)
    }
}

/// A move of the traject that the rules refuse, in Dutch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OvergangFout {
    #[error("van {van} kan het traject niet naar {naar}: alleen naar de volgende fase ({volgende})")]
    NietOpVolgorde { van: &'static str, naar: &'static str, volgende: &'static str },
    #[error("het traject is afgesloten")]
    Afgesloten,
    #[error("de rol {rol} zet het traject niet van {van} naar {naar}")]
    VerkeerdeRol { rol: &'static str, van: &'static str, naar: &'static str },
    #[error("geef de reden van afsluiten")]
    RedenOntbreekt,
    #[error("{0}")]
    Voorwaarde(&'static str),
}

/// What the store knows of a traject when it is asked to move it on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stand {
    pub opdracht_gegeven: bool,
    pub intake_vastgelegd: bool,
    /// The latest plan is approved by both the employee and the employer.
    pub plan_goedgekeurd: bool,
}

/// Whether `rol` may move a traject in `van` to `naar`. Phases go one at a time, in order; a traject
/// can be closed from any phase with a reason (the employer only with "gestopt door de werkgever").
pub fn overgang(
    van: Fase,
    naar: Fase,
    rol: Rol,
    reden: Option<Afsluitreden>,
    stand: Stand,
) -> Result<(), OvergangFout> {
    if van == Fase::Afgesloten {
        return Err(OvergangFout::Afgesloten);
    }
    let verkeerd = || OvergangFout::VerkeerdeRol { rol: rol.code(), van: van.code(), naar: naar.code() };
    if naar == Fase::Afgesloten {
        let reden = reden.ok_or(OvergangFout::RedenOntbreekt)?;
        return match (rol, reden) {
            (Rol::Werkgever | Rol::Beheerder, Afsluitreden::GestoptDoorWerkgever) => Ok(()),
            (Rol::Coach, Afsluitreden::GestoptDoorWerkgever) | (Rol::Werkgever | Rol::Beheerder, _) => Err(verkeerd()),
            (Rol::Coach, Afsluitreden::Geplaatst) if van != Fase::Nazorg && van != Fase::Plaatsing => {
                Err(OvergangFout::Voorwaarde("een plaatsing sluit af na de plaatsing of de nazorg"))
            }
            (Rol::Coach, _) => Ok(()),
            _ => Err(verkeerd()),
        };
    }
    let volgende = van.volgende().unwrap_or(Fase::Afgesloten);
    if naar != volgende {
        return Err(OvergangFout::NietOpVolgorde { van: van.code(), naar: naar.code(), volgende: volgende.code() });
    }
    let mag = match naar {
        // The commission starts the traject: the employer (or the beheerder for them).
        Fase::Intake => matches!(rol, Rol::Werkgever | Rol::Beheerder),
        _ => rol == Rol::Coach,
    };
    if !mag {
        return Err(verkeerd());
    }
    match naar {
        Fase::Intake if !stand.opdracht_gegeven => Err(OvergangFout::Voorwaarde("leg eerst de opdracht vast")),
        Fase::Plan if !stand.intake_vastgelegd => Err(OvergangFout::Voorwaarde("leg eerst de intake vast")),
        Fase::Uitvoering if !stand.plan_goedgekeurd => {
            Err(OvergangFout::Voorwaarde("het trajectplan is nog niet door de werknemer en de werkgever goedgekeurd"))
        }
        _ => Ok(()),
    }
}

/// Kinds of logged activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActiviteitSoort {
    Coachgesprek,
    Sollicitatie,
    Netwerkgesprek,
    Informatiegesprek,
    Scholing,
    Proefplaatsing,
    Werkervaringsplaats,
    ContactWerkgeverWerknemer,
}

impl ActiviteitSoort {
    pub const ALLE: [Self; 8] = [
        Self::Coachgesprek,
        Self::Sollicitatie,
        Self::Netwerkgesprek,
        Self::Informatiegesprek,
        Self::Scholing,
        Self::Proefplaatsing,
        Self::Werkervaringsplaats,
        Self::ContactWerkgeverWerknemer,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Coachgesprek => "coachgesprek",
            Self::Sollicitatie => "sollicitatie",
            Self::Netwerkgesprek => "netwerkgesprek",
            Self::Informatiegesprek => "informatiegesprek",
            Self::Scholing => "scholing",
            Self::Proefplaatsing => "proefplaatsing",
            Self::Werkervaringsplaats => "werkervaringsplaats",
            Self::ContactWerkgeverWerknemer => "contact_werkgever_werknemer",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Coachgesprek => "coachgesprek",
            Self::Sollicitatie => "sollicitatie",
            Self::Netwerkgesprek => "netwerkgesprek",
            Self::Informatiegesprek => "informatiegesprek",
            Self::Scholing => "scholing of omscholing",
            Self::Proefplaatsing => "proefplaatsing",
            Self::Werkervaringsplaats => "werkervaringsplaats",
            Self::ContactWerkgeverWerknemer => "contactmoment werkgever en werknemer",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|s| s.code() == code)
    }
}

/// The course of an application: open → gesprek → afgewezen / aanbod → aangenomen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SollicitatieStatus {
    Open,
    Gesprek,
    Afgewezen,
    Aanbod,
    Aangenomen,
}

impl SollicitatieStatus {
    pub const ALLE: [Self; 5] = [Self::Open, Self::Gesprek, Self::Afgewezen, Self::Aanbod, Self::Aangenomen];

    pub fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Gesprek => "gesprek",
            Self::Afgewezen => "afgewezen",
            Self::Aanbod => "aanbod",
            Self::Aangenomen => "aangenomen",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|s| s.code() == code)
    }

    /// Whether an application may go from this status to `naar`.
    pub fn mag_naar(self, naar: Self) -> bool {
        use SollicitatieStatus::*;
        matches!(
            (self, naar),
            (Open, Gesprek | Afgewezen | Aanbod) | (Gesprek, Afgewezen | Aanbod) | (Aanbod, Aangenomen | Afgewezen)
        )
    }
}

/// The intake is due this many days after the commission, the plan this many after the intake.
pub const INTAKE_BINNEN_DAGEN: i32 = 14;
pub const PLAN_BINNEN_DAGEN: i32 = 28;

/// The traject's dates as recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrajectData {
    pub opdracht: Option<Date>,
    pub duur_weken: u16,
    pub rapportage_interval_weken: u8,
    pub intake: Option<Date>,
    /// The first plan's date.
    pub plan: Option<Date>,
    /// Dates of the progress reports made.
    pub rapportages: Vec<Date>,
    /// Activities: (date, kind, minutes spent).
    pub activiteiten: Vec<(Date, ActiviteitSoort, u32)>,
    pub afgesloten: Option<Date>,
}

/// A deadline of the traject clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrajectTermijn {
    pub wat: &'static str,
    pub uiterlijk: Date,
    pub gedaan_op: Option<Date>,
    pub te_laat: bool,
}

/// The traject clock on `peildatum`: intake, plan, every progress report up to the end of the agreed
/// duration (or the closing date), and that end itself.
pub fn termijnen(t: &TrajectData, peildatum: Date) -> Vec<TrajectTermijn> {
    let Some(opdracht) = t.opdracht else { return Vec::new() };
    let termijn = |wat, uiterlijk: Date, gedaan_op: Option<Date>| TrajectTermijn {
        wat,
        uiterlijk,
        te_laat: gedaan_op.map_or(peildatum > uiterlijk, |g| g > uiterlijk),
        gedaan_op,
    };
    let mut lijst = vec![termijn("intake", plus_dagen(opdracht, INTAKE_BINNEN_DAGEN), t.intake)];
    if let Some(intake) = t.intake {
        lijst.push(termijn("trajectplan", plus_dagen(intake, PLAN_BINNEN_DAGEN), t.plan));
    }
    let einde = plus_dagen(opdracht, 7 * i32::from(t.duur_weken));
    let stop = t.afgesloten.unwrap_or(einde).min(einde);
    let interval = 7 * i32::from(t.rapportage_interval_weken.max(1));
    let mut rapportages = t.rapportages.clone();
    rapportages.sort();
    let mut vorige = opdracht;
    for n in 0.. {
        let uiterlijk = plus_dagen(vorige, interval);
        if uiterlijk > stop || n > 60 {
            break;
        }
        let gedaan = rapportages.iter().copied().find(|r| *r > vorige && *r <= plus_dagen(uiterlijk, interval));
        lijst.push(termijn("voortgangsrapportage", uiterlijk, gedaan));
        vorige = gedaan.unwrap_or(uiterlijk);
    }
    lijst.push(termijn("einde afgesproken duur", einde, t.afgesloten));
    lijst
}

/// Intensity over the four weeks up to `peildatum`: activities and hours per week, applications.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Intensiteit {
    pub activiteiten_per_week: f32,
    pub uren_per_week: f32,
    pub sollicitaties_per_maand: u32,
    /// Days since the latest activity (`None`: none yet).
    pub dagen_stil: Option<i32>,
}

pub fn intensiteit(t: &TrajectData, peildatum: Date) -> Intensiteit {
    let van = plus_dagen(peildatum, -28);
    let recent: Vec<_> = t.activiteiten.iter().filter(|(d, _, _)| *d > van && *d <= peildatum).collect();
    Intensiteit {
        activiteiten_per_week: recent.len() as f32 / 4.0,
        uren_per_week: recent.iter().map(|(_, _, m)| *m).sum::<u32>() as f32 / 60.0 / 4.0,
        sollicitaties_per_maand: recent.iter().filter(|(_, s, _)| *s == ActiviteitSoort::Sollicitatie).count() as u32,
        dagen_stil: t
            .activiteiten
            .iter()
            .map(|(d, _, _)| *d)
            .filter(|d| *d <= peildatum)
            .max()
            .map(|d| dagen_tussen(d, peildatum)),
    }
}

/// How the new job of a placement is contracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractSoort {
    Vast,
    Tijdelijk,
    Uitzend,
    Anders,
}

impl ContractSoort {
    pub const ALLE: [Self; 4] = [Self::Vast, Self::Tijdelijk, Self::Uitzend, Self::Anders];

    pub fn code(self) -> &'static str {
        match self {
            Self::Vast => "vast",
            Self::Tijdelijk => "tijdelijk",
            Self::Uitzend => "uitzend",
            Self::Anders => "anders",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Vast => "vast contract",
            Self::Tijdelijk => "tijdelijk contract",
            Self::Uitzend => "uitzendcontract",
            Self::Anders => "andere contractvorm",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|c| c.code() == code)
    }
}

/// A new wage of at least this percentage of the old one counts as a satisfactory result.
pub const BEVREDIGEND_LOONPERCENTAGE: i64 = 65;
/// How such a placement is marked.
pub const BEVREDIGEND_RESULTAAT: &str = "bevredigend re-integratieresultaat";

/// The new wage relative to the old wage (both per month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loonverhouding {
    /// Tenths of a percent, rounded down (725 = 72,5%).
    pub promille: i64,
    /// At least [`BEVREDIGEND_LOONPERCENTAGE`] of the old wage, exactly, not after rounding.
    pub bevredigend: bool,
}

impl Loonverhouding {
    /// The percentage in Dutch notation, one decimal: "72,5%".
    pub fn procent(&self) -> String {
        format!("{},{}%", self.promille / 10, self.promille % 10)
    }

    /// "bevredigend re-integratieresultaat" when the new wage is at least 65% of the old.
    pub fn markering(&self) -> Option<&'static str> {
        self.bevredigend.then_some(BEVREDIGEND_RESULTAAT)
    }
}

/// The new wage relative to the old; `None` when either is not positive (no ratio to give).
pub fn loonverhouding(nieuw_loon_centen: i64, oud_loon_centen: i64) -> Option<Loonverhouding> {
    if nieuw_loon_centen <= 0 || oud_loon_centen <= 0 {
        return None;
    }
    let (nieuw, oud) = (i128::from(nieuw_loon_centen), i128::from(oud_loon_centen));
    Some(Loonverhouding {
        promille: i64::try_from(nieuw * 1000 / oud).unwrap_or(i64::MAX),
        bevredigend: nieuw * 100 >= oud * i128::from(BEVREDIGEND_LOONPERCENTAGE),
    })
}

/// Nazorg contacts are due this many months after the start of the new job.
pub const NAZORG_NA_MAANDEN: [i8; 3] = [1, 3, 6];
/// A contact counts for a moment from this many days before it; the moment is overdue this many days after.
pub const NAZORG_MARGE_DAGEN: i32 = 14;

/// Where a nazorg moment stands on the peildatum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NazorgStatus {
    /// A contact was recorded for it.
    Gedaan,
    /// Not yet within the margin before the moment.
    Komend,
    /// Due: within the margin around the moment, no contact yet.
    Nodig,
    /// Overdue: more than the margin past the moment, no contact.
    TeLaat,
}

impl NazorgStatus {
    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Gedaan => "gedaan",
            Self::Komend => "komend",
            Self::Nodig => "nu nodig",
            Self::TeLaat => "te laat",
        }
    }
}

/// One set moment of nazorg.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nazorgmoment {
    pub na_maanden: i8,
    pub datum: Date,
    /// The contact that counted for it.
    pub gedaan_op: Option<Date>,
    pub status: NazorgStatus,
}

/// The nazorg moments after a placement starting on `start` (1, 3 and 6 months on), with the
/// recorded contacts' dates: a contact counts for the latest moment it is not too early for (at most
/// [`NAZORG_MARGE_DAGEN`] before it) that has no contact yet; a moment without one is due or overdue
/// on `peildatum`.
pub fn nazorgmomenten(start: Date, contacten: &[Date], peildatum: Date) -> Vec<Nazorgmoment> {
    let data: Vec<Date> =
        NAZORG_NA_MAANDEN.into_iter().map(|m| start.saturating_add(jiff::Span::new().months(m))).collect();
    let mut gedaan: Vec<Option<Date>> = vec![None; data.len()];
    let mut contacten: Vec<Date> = contacten.iter().copied().filter(|d| *d >= start).collect();
    contacten.sort();
    for contact in contacten {
        let open =
            (0..data.len()).rev().find(|&i| plus_dagen(data[i], -NAZORG_MARGE_DAGEN) <= contact && gedaan[i].is_none());
        if let Some(i) = open {
            gedaan[i] = Some(contact);
        }
    }
    NAZORG_NA_MAANDEN
        .into_iter()
        .zip(data)
        .zip(gedaan)
        .map(|((na_maanden, datum), gedaan_op)| {
            let status = match gedaan_op {
                Some(_) => NazorgStatus::Gedaan,
                None if peildatum < plus_dagen(datum, -NAZORG_MARGE_DAGEN) => NazorgStatus::Komend,
                None if peildatum <= plus_dagen(datum, NAZORG_MARGE_DAGEN) => NazorgStatus::Nodig,
                None => NazorgStatus::TeLaat,
            };
            Nazorgmoment { na_maanden, datum, gedaan_op, status }
        })
        .collect()
}

/// The categories the coach registers time in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Urencategorie {
    Intake,
    Assessment,
    Trajectplan,
    Coaching,
    Jobhunting,
    Netwerk,
    Scholing,
    Werkervaring,
    Rapportage,
    Nazorg,
    Overleg,
}

impl Urencategorie {
    pub const ALLE: [Self; 11] = [
        Self::Intake,
        Self::Assessment,
        Self::Trajectplan,
        Self::Coaching,
        Self::Jobhunting,
        Self::Netwerk,
        Self::Scholing,
        Self::Werkervaring,
        Self::Rapportage,
        Self::Nazorg,
        Self::Overleg,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Intake => "intake",
            Self::Assessment => "assessment",
            Self::Trajectplan => "trajectplan",
            Self::Coaching => "coaching",
            Self::Jobhunting => "jobhunting",
            Self::Netwerk => "netwerk",
            Self::Scholing => "scholing",
            Self::Werkervaring => "werkervaring",
            Self::Rapportage => "rapportage",
            Self::Nazorg => "nazorg",
            Self::Overleg => "overleg",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Intake => "intake",
            Self::Assessment => "assessment en inventarisatie",
            Self::Trajectplan => "trajectplan",
            Self::Coaching => "coachgesprekken",
            Self::Jobhunting => "jobhunting en sollicitaties",
            Self::Netwerk => "netwerk- en informatiegesprekken",
            Self::Scholing => "scholing of omscholing",
            Self::Werkervaring => "proefplaatsing of werkervaringsplaats",
            Self::Rapportage => "rapportage",
            Self::Nazorg => "nazorg",
            Self::Overleg => "overleg met werkgever of werknemer",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|c| c.code() == code)
    }
}

/// What `minuten` at `tarief_centen_per_uur` cost, in cents, rounded half up.
pub fn bedrag_centen(minuten: u32, tarief_centen_per_uur: i64) -> i64 {
    (i64::from(minuten) * tarief_centen_per_uur + 30).div_euclid(60)
}

/// An amount in euros with two decimals, Dutch notation without thousands separators: "1234,50".
pub fn euro(centen: i64) -> String {
    let teken = if centen < 0 { "-" } else { "" };
    let c = centen.unsigned_abs();
    format!("{teken}{},{:02}", c / 100, c % 100)
}

/// Hours in Dutch notation with two decimals: 90 minutes is "1,50".
pub fn uren(minuten: u32) -> String {
    let honderdsten = (u64::from(minuten) * 100 + 30) / 60;
    format!("{},{:02}", honderdsten / 100, honderdsten % 100)
}

/// The budget used against the commission's agreed budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budgetstand {
    pub budget_centen: i64,
    pub besteed_centen: i64,
    /// Negative when the budget is exceeded.
    pub resterend_centen: i64,
    /// Whole percent of the budget used, rounded down (`None` for a budget of zero).
    pub procent_besteed: Option<i64>,
    pub overschreden: bool,
}

/// The budget used by billable amounts (cents) against the agreed budget.
pub fn budgetstand(budget_centen: i64, bedragen_centen: impl IntoIterator<Item = i64>) -> Budgetstand {
    let besteed_centen: i64 = bedragen_centen.into_iter().sum();
    Budgetstand {
        budget_centen,
        besteed_centen,
        resterend_centen: budget_centen - besteed_centen,
        procent_besteed: (budget_centen > 0).then(|| besteed_centen * 100 / budget_centen),
        overschreden: besteed_centen > budget_centen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const ALLE_ROLLEN: [Rol; 6] = Rol::ALLE;

    fn klaar() -> Stand {
        Stand { opdracht_gegeven: true, intake_vastgelegd: true, plan_goedgekeurd: true }
    }

    #[test]
    fn every_transition_for_every_role() {
        // (from, to, the role that may) for the one allowed step ahead; every other pair is refused.
        let vooruit = [
            (Fase::Advies, Fase::Intake, [Rol::Werkgever, Rol::Beheerder].as_slice()),
            (Fase::Intake, Fase::Plan, &[Rol::Coach]),
            (Fase::Plan, Fase::Uitvoering, &[Rol::Coach]),
            (Fase::Uitvoering, Fase::Plaatsing, &[Rol::Coach]),
            (Fase::Plaatsing, Fase::Nazorg, &[Rol::Coach]),
        ];
        for van in Fase::ALLE {
            for naar in Fase::ALLE.into_iter().filter(|n| *n != Fase::Afgesloten) {
                for rol in ALLE_ROLLEN {
                    let mag = vooruit.iter().any(|(v, n, r)| *v == van && *n == naar && r.contains(&rol));
                    let uitkomst = overgang(van, naar, rol, None, klaar());
                    assert_eq!(uitkomst.is_ok(), mag, "{van:?} → {naar:?} as {rol:?}: {uitkomst:?}");
                }
            }
        }
    }

    #[test]
    fn closing_needs_a_reason_and_the_right_role() {
        let r = |van, rol, reden| overgang(van, Fase::Afgesloten, rol, reden, klaar());
        assert_eq!(r(Fase::Uitvoering, Rol::Coach, None), Err(OvergangFout::RedenOntbreekt));
        assert!(r(Fase::Uitvoering, Rol::Coach, Some(Afsluitreden::Hersteld)).is_ok());
        assert!(r(Fase::Uitvoering, Rol::Werkgever, Some(Afsluitreden::GestoptDoorWerkgever)).is_ok());
        assert!(r(Fase::Uitvoering, Rol::Werkgever, Some(Afsluitreden::Hersteld)).is_err());
        assert!(r(Fase::Uitvoering, Rol::Coach, Some(Afsluitreden::GestoptDoorWerkgever)).is_err());
        assert!(r(Fase::Uitvoering, Rol::Coach, Some(Afsluitreden::Geplaatst)).is_err(), "placed only after placement");
        assert!(r(Fase::Nazorg, Rol::Coach, Some(Afsluitreden::Geplaatst)).is_ok());
        for rol in [Rol::Werknemer, Rol::Arbeidsdeskundige, Rol::Bedrijfsarts] {
            assert!(r(Fase::Intake, rol, Some(Afsluitreden::Hersteld)).is_err(), "{rol:?}");
        }
        assert_eq!(r(Fase::Afgesloten, Rol::Coach, Some(Afsluitreden::Hersteld)), Err(OvergangFout::Afgesloten));
    }

    #[test]
    fn each_step_needs_what_came_before() {
        let stap = |van, naar, rol, stand| overgang(van, naar, rol, None, stand);
        let leeg = Stand::default();
        assert!(matches!(stap(Fase::Advies, Fase::Intake, Rol::Werkgever, leeg), Err(OvergangFout::Voorwaarde(_))));
        let opdracht = Stand { opdracht_gegeven: true, ..leeg };
        assert!(stap(Fase::Advies, Fase::Intake, Rol::Werkgever, opdracht).is_ok());
        assert!(stap(Fase::Intake, Fase::Plan, Rol::Coach, opdracht).is_err());
        let intake = Stand { intake_vastgelegd: true, ..opdracht };
        assert!(stap(Fase::Intake, Fase::Plan, Rol::Coach, intake).is_ok());
        let fout = stap(Fase::Plan, Fase::Uitvoering, Rol::Coach, intake).unwrap_err();
        assert!(fout.to_string().contains("nog niet door de werknemer en de werkgever goedgekeurd"), "{fout}");
    }

    #[test]
    fn applications_move_only_forward() {
        use SollicitatieStatus::*;
        assert!(Open.mag_naar(Gesprek) && Gesprek.mag_naar(Aanbod) && Aanbod.mag_naar(Aangenomen));
        assert!(!Afgewezen.mag_naar(Gesprek) && !Aangenomen.mag_naar(Open) && !Open.mag_naar(Aangenomen));
    }

    fn traject() -> TrajectData {
        TrajectData {
            opdracht: Some(date(2026, 1, 5)),
            duur_weken: 26,
            rapportage_interval_weken: 6,
            intake: Some(date(2026, 1, 14)),
            plan: Some(date(2026, 2, 20)),
            rapportages: vec![date(2026, 2, 16)],
            activiteiten: vec![
                (date(2026, 2, 2), ActiviteitSoort::Coachgesprek, 90),
                (date(2026, 2, 10), ActiviteitSoort::Sollicitatie, 120),
                (date(2026, 2, 20), ActiviteitSoort::Sollicitatie, 60),
            ],
            afgesloten: None,
        }
    }

    #[test]
    fn the_traject_clock_counts_from_the_commission() {
        let t = termijnen(&traject(), date(2026, 4, 15));
        let lijst: Vec<_> = t.iter().map(|t| (t.wat, t.uiterlijk.to_string(), t.te_laat)).collect();
        assert_eq!(lijst[0], ("intake", "2026-01-19".into(), false));
        assert_eq!(lijst[1], ("trajectplan", "2026-02-11".into(), true), "the plan came on 20 February");
        // Reports every six weeks from the commission; the second follows the first one made.
        assert_eq!(lijst[2], ("voortgangsrapportage", "2026-02-16".into(), false));
        assert_eq!(lijst[3], ("voortgangsrapportage", "2026-03-30".into(), true), "none made by 15 April");
        assert_eq!(lijst.last().unwrap(), &("einde afgesproken duur", "2026-07-06".into(), false));
        assert!(termijnen(&TrajectData::default(), date(2026, 4, 15)).is_empty(), "no commission, no clock");
    }

    #[test]
    fn intensity_over_the_last_four_weeks() {
        let i = intensiteit(&traject(), date(2026, 2, 28));
        assert_eq!(i.activiteiten_per_week, 0.75);
        assert_eq!(i.uren_per_week, 1.125);
        assert_eq!(i.sollicitaties_per_maand, 2);
        assert_eq!(i.dagen_stil, Some(8));
        assert_eq!(intensiteit(&TrajectData::default(), date(2026, 2, 28)).dagen_stil, None);
    }
    #[test]
    fn the_wage_ratio_marks_65_percent_exactly() {
        let r = loonverhouding(260_000, 400_000).unwrap();
        assert_eq!((r.promille, r.bevredigend, r.procent()), (650, true, "65,0%".into()));
        assert_eq!(r.markering(), Some("bevredigend re-integratieresultaat"));
        // Just below 65% stays below, even where rounding to a tenth would reach it.
        let r = loonverhouding(259_999, 400_000).unwrap();
        assert_eq!((r.promille, r.bevredigend, r.markering()), (649, false, None));
        let r = loonverhouding(290_000, 400_000).unwrap();
        assert_eq!((r.procent(), r.bevredigend), ("72,5%".into(), true));
        assert_eq!(loonverhouding(450_000, 400_000).unwrap().promille, 1125, "more than before is fine");
        assert_eq!(loonverhouding(100_000, 0), None);
        assert_eq!(loonverhouding(0, 400_000), None);
    }

    #[test]
    fn nazorg_is_due_after_one_three_and_six_months() {
        let start = date(2026, 1, 31);
        let momenten = |contacten: &[Date], peildatum| {
            nazorgmomenten(start, contacten, peildatum)
                .into_iter()
                .map(|m| (m.na_maanden, m.datum.to_string(), m.status))
                .collect::<Vec<_>>()
        };
        use NazorgStatus::*;
        // Months end where the month ends: 31 January plus a month is 28 February.
        assert_eq!(
            momenten(&[], date(2026, 2, 1)),
            [(1, "2026-02-28".into(), Komend), (3, "2026-04-30".into(), Komend), (6, "2026-07-31".into(), Komend)]
        );
        assert_eq!(momenten(&[], date(2026, 2, 14))[0].2, Nodig, "due from two weeks before");
        assert_eq!(momenten(&[], date(2026, 3, 14))[0].2, Nodig, "and two weeks after");
        assert_eq!(momenten(&[], date(2026, 3, 15))[0].2, TeLaat);
        // A contact counts for the latest moment it is not too early for; an extra one for none.
        let m = nazorgmomenten(start, &[date(2026, 3, 2), date(2026, 3, 20)], date(2026, 5, 20));
        assert_eq!(m[0].gedaan_op, Some(date(2026, 3, 2)));
        assert_eq!((m[1].gedaan_op, m[1].status), (None, TeLaat), "20 March is too early for 30 April");
        assert_eq!(m[2].status, Komend);
        // A missed moment stays overdue; the contact on time for the next counts for that one.
        let m = nazorgmomenten(start, &[date(2026, 4, 20), date(2026, 5, 1)], date(2026, 7, 20));
        assert_eq!(m.iter().map(|m| m.status).collect::<Vec<_>>(), [Gedaan, Gedaan, Nodig]);
        assert_eq!((m[0].gedaan_op, m[1].gedaan_op), (Some(date(2026, 5, 1)), Some(date(2026, 4, 20))));
        let m = nazorgmomenten(start, &[date(2026, 4, 28)], date(2026, 7, 20));
        assert_eq!(m.iter().map(|m| m.status).collect::<Vec<_>>(), [TeLaat, Gedaan, Nodig]);
        assert!(nazorgmomenten(start, &[date(2026, 1, 1)], date(2026, 3, 1))[0].gedaan_op.is_none(), "before start");
    }

    #[test]
    fn hours_cost_what_the_rate_says_and_count_against_the_budget() {
        assert_eq!(bedrag_centen(90, 9_500), 14_250);
        assert_eq!(bedrag_centen(1, 9_500), 158, "158,33 rounds to 158");
        assert_eq!(bedrag_centen(1, 9_010), 150, "150,17 rounds to 150");
        assert_eq!(bedrag_centen(1, 9_030), 151, "150,5 rounds up");
        assert_eq!(euro(14_250), "142,50");
        assert_eq!(euro(5), "0,05");
        assert_eq!(euro(-1_999), "-19,99");
        assert_eq!(uren(90), "1,50");
        assert_eq!(uren(20), "0,33");
        let b = budgetstand(250_000, [14_250, 95_000]);
        assert_eq!(
            b,
            Budgetstand {
                budget_centen: 250_000,
                besteed_centen: 109_250,
                resterend_centen: 140_750,
                procent_besteed: Some(43),
                overschreden: false,
            }
        );
        let b = budgetstand(100_000, [100_001]);
        assert!(b.overschreden && b.resterend_centen == -1);
        assert_eq!(budgetstand(0, []).procent_besteed, None);
        for c in Urencategorie::ALLE {
            assert_eq!(Urencategorie::uit_code(c.code()), Some(c));
        }
        for c in ContractSoort::ALLE {
            assert_eq!(ContractSoort::uit_code(c.code()), Some(c));
        }
    }
}
