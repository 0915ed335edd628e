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
                .map(|(begin, lengte)| Verlof {
                    van: plus_dagen(d, begin),
                    tot_en_met: plus_dagen(d, begin + lengte - 1),
                })
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

/// Inserts one day after `na`: every later date moves a day on. With `verlof` the new day is a
/// day of leave; otherwise it falls wherever `na` fell (a fit day after a period's last sick day).
fn voeg_dag_in(mut invoer: CasusInvoer, na: Date, verlof: bool) -> CasusInvoer {
    let schuif = |d: Date| if d > na { plus_dagen(d, 1) } else { d };
    for p in &mut invoer.ziekteperiodes {
        p.van = schuif(p.van);
        p.tot_en_met = p.tot_en_met.map(schuif);
    }
    for v in &mut invoer.wazo_verlof {
        v.van = schuif(v.van);
        v.tot_en_met = schuif(v.tot_en_met);
    }
    for g in &mut invoer.gebeurtenissen {
        g.datum = schuif(g.datum);
    }
    let nieuw = plus_dagen(na, 1);
    if verlof && !invoer.wazo_verlof.iter().any(|v| v.van <= nieuw && nieuw <= v.tot_en_met) {
        invoer.wazo_verlof.push(Verlof { van: nieuw, tot_en_met: nieuw });
    }
    invoer
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

    /// A day inserted into the timeline that is not counted (a fit day in a gap, or a day of
    /// leave) never moves a deadline earlier.
    #[test]
    fn an_inserted_uncounted_day_never_moves_a_deadline_earlier(o in opzet(), welk in 0..4usize, verlof: bool) {
        let invoer = o.invoer();
        let perioden = &invoer.ziekteperiodes;
        // After the last sick day of a period (so into the gap), or anywhere for leave.
        let (na, verlof) = match perioden[welk % perioden.len()].tot_en_met {
            Some(t) if !verlof => (t, false),
            _ => (plus_dagen(perioden[0].van, 30 * welk as i32 + 5), true),
        };
        let voor = termijnen(&bereken_invoer(invoer.clone()));
        let na_invoegen = termijnen(&bereken_invoer(voeg_dag_in(invoer, na, verlof)));
        for ((code, a), (_, b)) in voor.iter().zip(&na_invoegen) {
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

/// Any JSON-like value: objects with the contract's field names (and others), scalars of every type.
fn json_waarde() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let naam = prop::sample::select(vec![
        "ziekteperiodes",
        "van",
        "tot_en_met",
        "wazo_verlof",
        "gebeurtenissen",
        "soort",
        "datum",
        "betreft",
        "reden",
        "toelichting",
        "vrijwillige_verlenging_tot",
        "loonsanctie_weken",
        "rapportage_interval_weken",
        "peildatum",
        "x",
    ]);
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::from),
        prop::sample::select(domain::poortwachter::Soort::CODES.to_vec()).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    blad.prop_recursive(4, 64, 8, move |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((naam.clone(), binnen), 0..8)
                .prop_map(|velden| Value::Object(velden.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

proptest! {
    /// Whatever arrives, the reader answers with a case or a Dutch refusal, and a case always computes.
    #[test]
    fn no_input_makes_the_clock_panic(waarde in json_waarde()) {
        match domain::poortwachter::json::casus_uit_json(&waarde, date(2026, 11, 23)) {
            Ok(casus) => prop_assert!(!bereken(&casus).mijlpalen.is_empty()),
            Err(e) => prop_assert!(!e.veld.is_empty() && !e.melding.is_empty()),
        }
    }

    #[test]
    fn no_text_makes_the_reader_panic(tekst in ".{0,200}") {
        let fout = domain::poortwachter::json::lees_casus(&tekst, date(2026, 11, 23)).unwrap_err();
        prop_assert!(!fout.veld.is_empty() && !fout.melding.is_empty());
    }
}
