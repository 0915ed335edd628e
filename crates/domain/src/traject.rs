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
}
