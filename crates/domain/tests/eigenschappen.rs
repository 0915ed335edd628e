//! Properties of the clock that must hold for every case.

use domain::poortwachter::datum::plus_dagen;
use domain::poortwachter::{
    Casus, CasusInvoer, Gebeurtenis, MijlpaalCode, Soort, Tijdlijn, Verlof, Ziekteperiode, bereken,
};
use jiff::civil::{Date, date};
use proptest::prelude::*;

fn d0() -> Date {
    date(2015, 1, 1)
}

fn bereken_invoer(invoer: CasusInvoer) -> Tijdlijn {
    bereken(&Casus::nieuw(invoer, date(2030, 1, 1)).expect("valid case"))
}

/// The due date of each milestone that is not anchored on an evaluation event.
fn termijnen(t: &Tijdlijn) -> Vec<(MijlpaalCode, Date)> {
    t.mijlpalen.iter().filter(|m| m.code != MijlpaalCode::Evaluatie).map(|m| (m.code, m.uiterste_datum)).collect()
}

/// A case: sickness periods separated by gaps (the last one running), optional leave, and the
/// probleemanalyse and eerstejaarsevaluatie on given days after D.
#[derive(Debug, Clone)]
struct Opzet {
    start: i32,
    /// (length of the period, fit days after it)
    perioden: Vec<(i32, i32)>,
    verlof: Option<(i32, i32)>,
    probleemanalyse: Option<i32>,
    eerstejaarsevaluatie: Option<i32>,
}

impl Opzet {
    fn invoer(&self) -> CasusInvoer {
        let mut van = plus_dagen(d0(), self.start);
        let mut ziekteperiodes = Vec::new();
        for (i, (lengte, gat)) in self.perioden.iter().enumerate() {
            let laatste = i + 1 == self.perioden.len();
            let tot = plus_dagen(van, lengte - 1);
            ziekteperiodes.push(Ziekteperiode { van, tot_en_met: (!laatste).then_some(tot) });
            van = plus_dagen(tot, gat + 1);
        }
        let d = plus_dagen(d0(), self.start);
        let stap = |soort, dag: Option<i32>| dag.map(|n| Gebeurtenis { soort, datum: plus_dagen(d, n) });
        CasusInvoer {
            ziekteperiodes,
            wazo_verlof: self
                .verlof
                .map(|(begin, lengte)| Verlof { van: plus_dagen(d, begin), tot_en_met: plus_dagen(d, begin + lengte - 1) })
                .into_iter()
                .collect(),
            gebeurtenissen: [
                stap(Soort::Mijlpaal(MijlpaalCode::Probleemanalyse), self.probleemanalyse),
                stap(Soort::Mijlpaal(MijlpaalCode::Eerstejaarsevaluatie), self.eerstejaarsevaluatie),
            ]
            .into_iter()
            .flatten()
            .collect(),
            peildatum: Some(plus_dagen(d, 900)),
            ..CasusInvoer::default()
        }
    }
}

fn opzet() -> impl Strategy<Value = Opzet> {
    (
        0..4000i32,
        prop::collection::vec((1..300i32, 1..40i32), 1..4),
        prop::option::of((0..500i32, 1..120i32)),
        prop::option::of(20..80i32),
        prop::option::of(300..400i32),
    )
        .prop_map(|(start, perioden, verlof, probleemanalyse, eerstejaarsevaluatie)| Opzet {
            start,
            perioden,
            verlof,
            probleemanalyse,
            eerstejaarsevaluatie,
        })
}

proptest! {
    /// Samentelling: a gap of g < 28 fit days moves the end of the wachttijd by exactly g.
    #[test]
    fn a_short_gap_moves_the_end_by_its_length(start in 0..4000i32, ziek in 1..728i32, gat in 1..28i32) {
        let d = plus_dagen(d0(), start);
        let zonder = bereken_invoer(CasusInvoer {
            ziekteperiodes: vec![Ziekteperiode { van: d, tot_en_met: None }],
            peildatum: Some(d),
            ..CasusInvoer::default()
        });
        let tot = plus_dagen(d, ziek - 1);
        let met = bereken_invoer(CasusInvoer {
            ziekteperiodes: vec![
                Ziekteperiode { van: d, tot_en_met: Some(tot) },
                Ziekteperiode { van: plus_dagen(tot, gat + 1), tot_en_met: None },
            ],
            peildatum: Some(d),
            ..CasusInvoer::default()
        });
        prop_assert_eq!(met.eerste_ziektedag, d);
        prop_assert_eq!(met.einde_wachttijd, plus_dagen(zonder.einde_wachttijd, gat));
    }

    /// One more fit day in any gap never moves a deadline earlier.
    #[test]
    fn a_longer_gap_never_moves_a_deadline_earlier(o in opzet(), welk in 0..3usize) {
        prop_assume!(o.perioden.len() > 1);
        let mut langer = o.clone();
        let i = welk % (o.perioden.len() - 1);
        langer.perioden[i].1 += 1;
        let voor = termijnen(&bereken_invoer(o.invoer()));
        let na = termijnen(&bereken_invoer(langer.invoer()));
        for ((code, a), (_, b)) in voor.iter().zip(&na) {
            prop_assert!(b >= a, "{:?} moved from {} to {}", code, a, b);
        }
    }

    /// One more day of leave never moves a deadline earlier.
    #[test]
    fn more_leave_never_moves_a_deadline_earlier(o in opzet()) {
        let mut langer = o.clone();
        langer.verlof = Some(match o.verlof {
            Some((begin, lengte)) => (begin, lengte + 1),
            None => (100, 1),
        });
        let voor = termijnen(&bereken_invoer(o.invoer()));
        let na = termijnen(&bereken_invoer(langer.invoer()));
        for ((code, a), (_, b)) in voor.iter().zip(&na) {
            prop_assert!(b >= a, "{:?} moved from {} to {}", code, a, b);
        }
    }

    /// Every case computes without panicking, with milestones in a sensible order.
    #[test]
    fn deadlines_follow_the_first_sick_day(o in opzet()) {
        let t = bereken_invoer(o.invoer());
        for m in &t.mijlpalen {
            prop_assert!(m.uiterste_datum > t.eerste_ziektedag);
            prop_assert!(m.uiterste_datum <= t.einde_wachttijd);
        }
        prop_assert!(t.einde_loondoorbetaling <= plus_dagen(t.einde_wachttijd, 7 * 52 + 400));
    }
}
