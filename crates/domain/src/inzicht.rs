//! Inzicht: the figures of an organisation, an employer or a coach over a period, computed from the dossiers
//! as read (a pure function: the caller decides which dossiers are in scope). Every figure says what it counts;
//! a figure without anything to count is `None`, not zero.

use jiff::civil::Date;

use crate::poortwachter::Status;
use crate::poortwachter::datum::dagen_tussen;
use crate::traject::{Afsluitreden, Fase};

/// Figures about fewer people than this are not shown to employers: they would identify employees.
pub const MINIMALE_GROEP: usize = 5;

/// One dossier, as far as the figures need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dossiercijfers {
    /// The Poortwachter milestones: their deadline (as lateness is judged) and status.
    pub mijlpalen: Vec<(Date, Status)>,
    /// A finding with the weight of a loonsanctie is open today.
    pub loonsanctierisico: bool,
    pub traject: Option<Trajectcijfers>,
}

/// One traject, as far as the figures need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Trajectcijfers {
    pub fase: Fase,
    pub afsluitreden: Option<Afsluitreden>,
    /// The advice's date: the traject belongs to the period it began in.
    pub begin: Date,
    /// The commission's date.
    pub opdracht: Option<Date>,
    /// The placement's first working day.
    pub plaatsing: Option<Date>,
    /// Nazorg contacts: date and whether the work still lasts.
    pub nazorg: Vec<(Date, bool)>,
    /// Billable time, in cents.
    pub kosten_centen: i64,
    /// Activities per week over the last four weeks, for a traject that runs.
    pub activiteiten_per_week: Option<f32>,
}

/// The period: trajects that began in it, milestones due in it; open ends are unbounded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Periode {
    pub van: Option<Date>,
    pub tot: Option<Date>,
}

impl Periode {
    pub fn bevat(&self, d: Date) -> bool {
        self.van.is_none_or(|v| d >= v) && self.tot.is_none_or(|t| d <= t)
    }
}

/// A share: how many of how many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Aandeel {
    pub teller: usize,
    pub noemer: usize,
}

impl Aandeel {
    /// The percentage, or `None` when there is nothing to count.
    pub fn procent(self) -> Option<f64> {
        (self.noemer > 0).then(|| 100.0 * self.teller as f64 / self.noemer as f64)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inzicht {
    /// Dossiers counted (the group's size, for the small-group rule).
    pub dossiers: usize,
    pub trajecten: usize,
    /// Trajects per phase, in the order of the phases (all phases, also with zero).
    pub per_fase: Vec<(Fase, usize)>,
    /// Closed trajects per reason (all reasons).
    pub per_uitkomst: Vec<(Afsluitreden, usize)>,
    /// Trajects with a placement, of the trajects that ended or reached a placement.
    pub plaatsingen: Aandeel,
    /// Median days from the commission to the placement's first day.
    pub mediaan_dagen_tot_plaatsing: Option<i32>,
    /// Placements with a nazorg contact at least 6 (12) months after the start: still in work at the latest such
    /// contact, of those.
    pub na_6_maanden: Aandeel,
    pub na_12_maanden: Aandeel,
    /// Mean activities per week over the last four weeks of the trajects that run.
    pub activiteiten_per_week: Option<f32>,
    /// Dossiers with a loonsanctie risk open today; dossiers without one whose late step was done after all.
    pub loonsanctierisico_open: usize,
    pub loonsanctierisico_opgelost: usize,
    /// Billable cost (cents): mean per traject, and the total per placement.
    pub kosten_per_traject: Option<i64>,
    pub kosten_per_plaatsing: Option<i64>,
    /// Poortwachter steps due in the period and done: on time, of those done or overdue.
    pub stappen_op_tijd: Aandeel,
}

impl Inzicht {
    /// Whether the figures concern too few people to show an employer.
    pub fn te_klein(&self) -> bool {
        self.dossiers < MINIMALE_GROEP
    }
}

/// Days from a placement after which a nazorg contact counts as "after 6 months" / "after 12 months".
const ZES_MAANDEN: i32 = 182;
const TWAALF_MAANDEN: i32 = 365;

pub fn bereken(dossiers: &[Dossiercijfers], periode: Periode) -> Inzicht {
    let trajecten: Vec<&Trajectcijfers> =
        dossiers.iter().filter_map(|d| d.traject.as_ref()).filter(|t| periode.bevat(t.begin)).collect();
    let per_fase = Fase::ALLE.iter().map(|f| (*f, trajecten.iter().filter(|t| t.fase == *f).count())).collect();
    let per_uitkomst = Afsluitreden::ALLE
        .iter()
        .map(|r| (*r, trajecten.iter().filter(|t| t.fase == Fase::Afgesloten && t.afsluitreden == Some(*r)).count()))
        .collect();
    let geplaatst: Vec<&&Trajectcijfers> = trajecten.iter().filter(|t| t.plaatsing.is_some()).collect();
    let beeindigd = trajecten.iter().filter(|t| t.plaatsing.is_some() || t.fase == Fase::Afgesloten).count();
    let mut dagen: Vec<i32> = geplaatst.iter().filter_map(|t| Some(dagen_tussen(t.opdracht?, t.plaatsing?))).collect();
    dagen.sort_unstable();
    let mediaan = match dagen.len() {
        0 => None,
        n if n % 2 == 1 => Some(dagen[n / 2]),
        n => Some((dagen[n / 2 - 1] + dagen[n / 2]) / 2),
    };
    let blijvend = |na: i32| {
        let mut a = Aandeel::default();
        for t in &geplaatst {
            let start = t.plaatsing.expect("placed");
            let laatste = t.nazorg.iter().filter(|(d, _)| dagen_tussen(start, *d) >= na).max_by_key(|(d, _)| *d);
            if let Some((_, duurt)) = laatste {
                a.noemer += 1;
                a.teller += usize::from(*duurt);
            }
        }
        a
    };
    let lopend: Vec<f32> = trajecten.iter().filter_map(|t| t.activiteiten_per_week).collect();
    let kosten: i64 = trajecten.iter().map(|t| t.kosten_centen).sum();
    let mut stappen = Aandeel::default();
    for (_, status) in dossiers.iter().flat_map(|d| &d.mijlpalen).filter(|(g, _)| periode.bevat(*g)) {
        match status {
            Status::Gedaan => (stappen.teller, stappen.noemer) = (stappen.teller + 1, stappen.noemer + 1),
            Status::GedaanTeLaat | Status::TeLaat => stappen.noemer += 1,
            Status::Open | Status::Vervallen => {}
        }
    }
    Inzicht {
        dossiers: dossiers.len(),
        trajecten: trajecten.len(),
        per_fase,
        per_uitkomst,
        plaatsingen: Aandeel { teller: geplaatst.len(), noemer: beeindigd },
        mediaan_dagen_tot_plaatsing: mediaan,
        na_6_maanden: blijvend(ZES_MAANDEN),
        na_12_maanden: blijvend(TWAALF_MAANDEN),
        activiteiten_per_week: (!lopend.is_empty()).then(|| lopend.iter().sum::<f32>() / lopend.len() as f32),
        loonsanctierisico_open: dossiers.iter().filter(|d| d.loonsanctierisico).count(),
        loonsanctierisico_opgelost: dossiers
            .iter()
            .filter(|d| !d.loonsanctierisico && d.mijlpalen.iter().any(|(_, s)| *s == Status::GedaanTeLaat))
            .count(),
        kosten_per_traject: (!trajecten.is_empty()).then(|| kosten / trajecten.len() as i64),
        kosten_per_plaatsing: (!geplaatst.is_empty()).then(|| kosten / geplaatst.len() as i64),
        stappen_op_tijd: stappen,
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn traject(fase: Fase, begin: Date) -> Trajectcijfers {
        Trajectcijfers {
            fase,
            afsluitreden: None,
            begin,
            opdracht: Some(begin),
            plaatsing: None,
            nazorg: Vec::new(),
            kosten_centen: 100_000,
            activiteiten_per_week: None,
        }
    }

    fn dossier(traject: Option<Trajectcijfers>) -> Dossiercijfers {
        Dossiercijfers { mijlpalen: Vec::new(), loonsanctierisico: false, traject }
    }

    /// Five dossiers: a placement that lasted a year, a placement that ended within six months, a traject
    /// closed without result, one running, and a dossier without a traject.
    fn groep() -> Vec<Dossiercijfers> {
        let begin = date(2025, 1, 6);
        let blijvend = Trajectcijfers {
            afsluitreden: Some(Afsluitreden::Geplaatst),
            plaatsing: Some(date(2025, 5, 6)),
            nazorg: vec![(date(2025, 6, 6), true), (date(2025, 11, 6), true), (date(2026, 5, 6), true)],
            kosten_centen: 300_000,
            ..traject(Fase::Afgesloten, begin)
        };
        let kort = Trajectcijfers {
            plaatsing: Some(date(2025, 3, 7)),
            nazorg: vec![(date(2025, 4, 7), true), (date(2025, 9, 8), false)],
            ..traject(Fase::Nazorg, begin)
        };
        let zonder = Trajectcijfers {
            afsluitreden: Some(Afsluitreden::GeenResultaatWeek104),
            ..traject(Fase::Afgesloten, begin)
        };
        let lopend = Trajectcijfers { activiteiten_per_week: Some(2.5), ..traject(Fase::Uitvoering, date(2025, 9, 1)) };
        let mut d = vec![dossier(Some(blijvend)), dossier(Some(kort)), dossier(Some(zonder)), dossier(Some(lopend))];
        d.push(Dossiercijfers {
            mijlpalen: vec![
                (date(2025, 2, 1), Status::Gedaan),
                (date(2025, 3, 1), Status::GedaanTeLaat),
                (date(2025, 4, 1), Status::TeLaat),
                (date(2025, 5, 1), Status::Open),
                (date(2025, 6, 1), Status::Vervallen),
            ],
            loonsanctierisico: true,
            traject: None,
        });
        d
    }

    #[test]
    fn every_figure_of_a_known_group() {
        let i = bereken(&groep(), Periode::default());
        assert_eq!((i.dossiers, i.trajecten), (5, 4));
        let fase = |f| i.per_fase.iter().find(|(g, _)| *g == f).unwrap().1;
        assert_eq!(
            (fase(Fase::Afgesloten), fase(Fase::Nazorg), fase(Fase::Uitvoering), fase(Fase::Advies)),
            (2, 1, 1, 0)
        );
        let uitkomst = |r| i.per_uitkomst.iter().find(|(s, _)| *s == r).unwrap().1;
        assert_eq!((uitkomst(Afsluitreden::Geplaatst), uitkomst(Afsluitreden::GeenResultaatWeek104)), (1, 1));
        assert_eq!(i.plaatsingen, Aandeel { teller: 2, noemer: 3 }, "placed, of ended or placed");
        // 2025-01-06 → 2025-03-07 is 60 days, → 2025-05-06 120 days.
        assert_eq!(i.mediaan_dagen_tot_plaatsing, Some(90));
        assert_eq!(i.na_6_maanden, Aandeel { teller: 1, noemer: 2 }, "the short placement ended before six months");
        assert_eq!(i.na_12_maanden, Aandeel { teller: 1, noemer: 1 });
        assert_eq!(i.activiteiten_per_week, Some(2.5));
        assert_eq!((i.loonsanctierisico_open, i.loonsanctierisico_opgelost), (1, 0));
        assert_eq!((i.kosten_per_traject, i.kosten_per_plaatsing), (Some(150_000), Some(300_000)));
        assert_eq!(i.stappen_op_tijd, Aandeel { teller: 1, noemer: 3 }, "open and lapsed steps do not count");
        assert_eq!(i.stappen_op_tijd.procent().map(|p| p.round()), Some(33.0));
        assert!(!i.te_klein());
    }

    #[test]
    fn the_period_takes_trajects_by_their_start_and_steps_by_their_deadline() {
        let periode = Periode { van: Some(date(2025, 2, 15)), tot: Some(date(2025, 12, 31)) };
        let i = bereken(&groep(), periode);
        assert_eq!(i.trajecten, 1, "only the traject that began in September");
        assert_eq!(i.plaatsingen, Aandeel::default());
        assert_eq!((i.mediaan_dagen_tot_plaatsing, i.kosten_per_plaatsing), (None, None));
        assert_eq!(i.stappen_op_tijd, Aandeel { teller: 0, noemer: 2 });
        assert_eq!(i.stappen_op_tijd.procent(), Some(0.0));
    }

    #[test]
    fn a_small_group_is_too_small_for_an_employer_and_nothing_is_not_zero() {
        let i = bereken(&groep()[..4], Periode::default());
        assert!(i.te_klein());
        let leeg = bereken(&[], Periode::default());
        assert_eq!(
            (leeg.plaatsingen.procent(), leeg.activiteiten_per_week, leeg.kosten_per_traject),
            (None, None, None)
        );
    }

    #[test]
    fn the_loonsanctie_risk_counts_as_resolved_when_the_late_step_was_done_and_no_risk_is_open() {
        let mut d = groep();
        d[4].loonsanctierisico = false;
        let i = bereken(&d, Periode::default());
        assert_eq!((i.loonsanctierisico_open, i.loonsanctierisico_opgelost), (0, 1));
    }
}
