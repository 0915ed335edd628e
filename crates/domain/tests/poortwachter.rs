//! Table-driven cases for the Poortwachter clock and compliance check. Every case names its
//! source: a rule or example in `shared/domain/poortwachter.md` (pw.md), or our own edge case.

use domain::poortwachter::json::casus_uit_json;
use domain::poortwachter::{Ernst, MijlpaalCode, Status, Tijdlijn, bereken};
use jiff::civil::{Date, date};
use serde_json::{Value, json};

/// What a case must show.
enum Verwacht {
    EersteZiektedag(Date),
    EerdereKetens(&'static [(Date, Date)]),
    LaatsteDagWachttijd(Date),
    EindeWachttijd(Date),
    EindeLoondoorbetaling(Date),
    /// The first milestone with this code: due date, sick week, status.
    Mijlpaal(&'static str, Date, u32, Status),
    /// The 42nd-week report's next working day.
    Werkdag(Date),
    Bevinding(&'static str, Ernst),
    GeenBevinding(&'static str),
    GeenBevindingen,
}
use Verwacht::*;

struct Geval {
    naam: &'static str,
    bron: &'static str,
    invoer: fn() -> Value,
    verwacht: &'static [Verwacht],
}

const fn d(y: i16, m: i8, dag: i8) -> Date {
    date(y, m, dag)
}

fn tijdlijn(invoer: &Value) -> Tijdlijn {
    let casus = casus_uit_json(invoer, d(2030, 1, 1)).unwrap_or_else(|e| panic!("invoer geweigerd: {e}"));
    bereken(&casus)
}

fn controleer(g: &Geval) {
    let t = tijdlijn(&(g.invoer)());
    let ctx = format!("{} (bron: {})", g.naam, g.bron);
    for v in g.verwacht {
        match v {
            EersteZiektedag(x) => assert_eq!(t.eerste_ziektedag, *x, "{ctx}: eerste ziektedag"),
            EerdereKetens(x) => assert_eq!(t.eerdere_ketens, x.to_vec(), "{ctx}: eerdere ketens"),
            LaatsteDagWachttijd(x) => {
                assert_eq!(t.laatste_dag_wachttijd, *x, "{ctx}: laatste dag wachttijd")
            }
            EindeWachttijd(x) => assert_eq!(t.einde_wachttijd, *x, "{ctx}: einde wachttijd"),
            EindeLoondoorbetaling(x) => assert_eq!(t.einde_loondoorbetaling, *x, "{ctx}: einde loondoorbetaling"),
            Mijlpaal(code, datum, week, status) => {
                let m = t
                    .mijlpalen
                    .iter()
                    .find(|m| m.code.code() == *code)
                    .unwrap_or_else(|| panic!("{ctx}: mijlpaal {code} ontbreekt"));
                assert_eq!((m.uiterste_datum, m.week, m.status), (*datum, *week, *status), "{ctx}: {code}");
            }
            Werkdag(x) => {
                let m = t.mijlpalen.iter().find(|m| m.code == MijlpaalCode::ZiekmeldingUwv).unwrap();
                assert_eq!(m.uiterste_werkdag, Some(*x), "{ctx}: eerste werkdag");
            }
            Bevinding(code, ernst) => {
                let b = t
                    .bevindingen
                    .iter()
                    .find(|b| b.code() == *code)
                    .unwrap_or_else(|| panic!("{ctx}: bevinding {code} ontbreekt; wel: {:?}", codes(&t)));
                assert_eq!(b.ernst, *ernst, "{ctx}: ernst van {code}");
                assert!(!b.toelichting().is_empty() && !b.advies().is_empty() && !b.grondslag().is_empty());
            }
            GeenBevinding(code) => {
                assert!(!codes(&t).contains(code), "{ctx}: onverwachte bevinding {code}: {:?}", codes(&t))
            }
            GeenBevindingen => assert!(t.bevindingen.is_empty(), "{ctx}: onverwachte bevindingen {:?}", codes(&t)),
        }
    }
}

fn codes(t: &Tijdlijn) -> Vec<&'static str> {
    t.bevindingen.iter().map(|b| b.code()).collect()
}

/// A running sickness from `van`, with events, on a peildatum.
fn ziek(van: &str, peildatum: &str, gebeurtenissen: Value) -> Value {
    json!({"ziekteperiodes": [{"van": van}], "gebeurtenissen": gebeurtenissen, "peildatum": peildatum})
}

/// Every step of the first year on time, for D = 2022-01-03.
fn eerste_jaar_op_tijd() -> Value {
    json!([
        {"soort": "ziekmelding_arbodienst", "datum": "2022-01-04"},
        {"soort": "probleemanalyse", "datum": "2022-02-10"},
        {"soort": "plan_van_aanpak", "datum": "2022-02-21"},
        {"soort": "casemanager_benoemd", "datum": "2022-02-21"},
        {"soort": "evaluatie", "datum": "2022-04-01"},
        {"soort": "evaluatie", "datum": "2022-05-10"},
        {"soort": "evaluatie", "datum": "2022-06-20"},
        {"soort": "evaluatie", "datum": "2022-07-30"},
        {"soort": "evaluatie", "datum": "2022-09-08"},
        {"soort": "ziekmelding_uwv", "datum": "2022-10-20"},
        {"soort": "evaluatie", "datum": "2022-10-18"},
        {"soort": "evaluatie", "datum": "2022-11-25"},
        {"soort": "eerstejaarsevaluatie", "datum": "2022-12-20"}
    ])
}

const GEVALLEN: &[Geval] = &[
    Geval {
        naam: "alle mijlpalen zonder gaten",
        bron: "pw.md, Milestones: D + 7, 42, 56, 294, 315, 364, 406, 622, 637, 651, 728",
        invoer: || ziek("2022-01-03", "2022-01-03", json!([])),
        verwacht: &[
            EersteZiektedag(d(2022, 1, 3)),
            EerdereKetens(&[]),
            Mijlpaal("ziekmelding_arbodienst", d(2022, 1, 10), 1, Status::Open),
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::Open),
            Mijlpaal("plan_van_aanpak", d(2022, 2, 28), 8, Status::Open),
            Mijlpaal("ziekmelding_uwv", d(2022, 10, 24), 42, Status::Open),
            Werkdag(d(2022, 10, 24)),
            Mijlpaal("eerstejaarsevaluatie", d(2023, 1, 2), 52, Status::Open),
            Mijlpaal("start_spoor2", d(2023, 2, 13), 58, Status::Open),
            Mijlpaal("uwv_wia_brief", d(2023, 9, 17), 89, Status::Open),
            Mijlpaal("reintegratieverslag", d(2023, 10, 2), 91, Status::Open),
            Mijlpaal("wia_aanvraag", d(2023, 10, 16), 93, Status::Open),
            Mijlpaal("einde_wachttijd", d(2024, 1, 1), 104, Status::Open),
            LaatsteDagWachttijd(d(2023, 12, 31)),
            EindeWachttijd(d(2024, 1, 1)),
            EindeLoondoorbetaling(d(2024, 1, 1)),
            GeenBevindingen,
        ],
    },
    Geval {
        naam: "sanity 2018-05-11",
        bron: "pw.md, Counting days: D = 2018-05-11 gives einde wachttijd 2020-05-08",
        invoer: || ziek("2018-05-11", "2018-05-11", json!([])),
        verwacht: &[EindeWachttijd(d(2020, 5, 8)), LaatsteDagWachttijd(d(2020, 5, 7))],
    },
    Geval {
        naam: "sanity 2007-06-26",
        bron: "pw.md, Counting days: D = 2007-06-26 gives last day 2009-06-22",
        invoer: || ziek("2007-06-26", "2007-06-26", json!([])),
        verwacht: &[LaatsteDagWachttijd(d(2009, 6, 22)), EindeWachttijd(d(2009, 6, 23))],
    },
    Geval {
        naam: "niet dezelfde datum twee jaar later",
        bron: "pw.md, Counting days: 2020-06-15 does not end on 2022-06-15",
        invoer: || ziek("2020-06-15", "2020-06-15", json!([])),
        verwacht: &[LaatsteDagWachttijd(d(2022, 6, 12)), EindeWachttijd(d(2022, 6, 13))],
    },
    Geval {
        naam: "schrikkeldag als eerste ziektedag",
        bron: "eigen randgeval: D = 2024-02-29",
        invoer: || ziek("2024-02-29", "2024-02-29", json!([])),
        verwacht: &[
            Mijlpaal("ziekmelding_uwv", d(2024, 12, 19), 42, Status::Open),
            LaatsteDagWachttijd(d(2026, 2, 25)),
            EindeWachttijd(d(2026, 2, 26)),
        ],
    },
    Geval {
        naam: "samentelling: 21 dagen hersteld",
        bron: "pw.md, Samentelling example: einde wachttijd moves from 2024-01-01 to 2024-01-22",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-07-25"}],
                   "peildatum": "2022-08-01", "gebeurtenissen": eerste_jaar_op_tijd()})
        },
        verwacht: &[
            EersteZiektedag(d(2022, 1, 3)),
            EerdereKetens(&[]),
            LaatsteDagWachttijd(d(2024, 1, 21)),
            EindeWachttijd(d(2024, 1, 22)),
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::Gedaan),
            Mijlpaal("ziekmelding_uwv", d(2022, 11, 14), 42, Status::Open),
            Mijlpaal("eerstejaarsevaluatie", d(2023, 1, 23), 52, Status::Open),
        ],
    },
    Geval {
        naam: "gat van 27 dagen: zelfde keten",
        bron: "pw.md, Samentelling: fewer than 28 fit days joins",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-07-31"}],
                   "peildatum": "2022-08-01"})
        },
        verwacht: &[EersteZiektedag(d(2022, 1, 3)), EerdereKetens(&[]), EindeWachttijd(d(2024, 1, 28))],
    },
    Geval {
        naam: "gat van 28 dagen: nieuwe keten",
        bron: "pw.md, Samentelling: a gap of 28 days or more starts a new chain with a new D",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-07-03"}, {"van": "2022-08-01"}],
                   "peildatum": "2022-08-01"})
        },
        verwacht: &[
            EersteZiektedag(d(2022, 8, 1)),
            EerdereKetens(&[(d(2022, 1, 3), d(2022, 7, 3))]),
            EindeWachttijd(d(2024, 7, 29)),
            Mijlpaal("probleemanalyse", d(2022, 9, 12), 6, Status::Open),
        ],
    },
    Geval {
        naam: "WAZO-verlof binnen de keten telt niet",
        bron: "pw.md, Counting days and WAZO leave: leave days are not counted",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03"}],
                   "wazo_verlof": [{"van": "2022-03-01", "tot_en_met": "2022-06-20"}], "peildatum": "2022-01-03"})
        },
        verwacht: &[
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::Open),
            Mijlpaal("ziekmelding_uwv", d(2023, 2, 13), 42, Status::Open),
            EindeWachttijd(d(2024, 4, 22)),
        ],
    },
    Geval {
        naam: "ziek direct voor en na WAZO-verlof: één keten",
        bron: "pw.md, WAZO leave: sickness directly before and after leave joins up",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-02-28"}, {"van": "2022-06-21"}],
                   "wazo_verlof": [{"van": "2022-03-01", "tot_en_met": "2022-06-20"}], "peildatum": "2022-07-01"})
        },
        verwacht: &[EersteZiektedag(d(2022, 1, 3)), EerdereKetens(&[]), EindeWachttijd(d(2024, 4, 22))],
    },
    Geval {
        naam: "plan van aanpak twee weken na de probleemanalyse",
        bron: "pw.md, Milestones: plan_van_aanpak = probleemanalyse date + 14",
        invoer: || ziek("2022-01-03", "2022-02-02", json!([{"soort": "probleemanalyse", "datum": "2022-02-01"}])),
        verwacht: &[
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::Gedaan),
            Mijlpaal("plan_van_aanpak", d(2022, 2, 15), 7, Status::Open),
        ],
    },
    Geval {
        naam: "spoor 2 zes weken na de eerstejaarsevaluatie",
        bron: "pw.md, Milestones: start_spoor2 = eerstejaarsevaluatie date + 42",
        invoer: || ziek("2022-01-03", "2022-12-21", eerste_jaar_op_tijd()),
        verwacht: &[
            Mijlpaal("eerstejaarsevaluatie", d(2023, 1, 2), 52, Status::Gedaan),
            Mijlpaal("start_spoor2", d(2023, 1, 31), 57, Status::Open),
            GeenBevindingen,
        ],
    },
    Geval {
        naam: "vrijwillige verlenging",
        bron: "pw.md, Vrijwillige verlenging: reintegratieverslag = E - 91, wia_aanvraag = E - 77",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03"}], "vrijwillige_verlenging_tot": "2024-07-01",
                   "peildatum": "2022-01-03"})
        },
        verwacht: &[
            Mijlpaal("reintegratieverslag", d(2024, 4, 1), 117, Status::Open),
            Mijlpaal("wia_aanvraag", d(2024, 4, 15), 119, Status::Open),
            Mijlpaal("einde_wachttijd", d(2024, 7, 1), 130, Status::Open),
            EindeWachttijd(d(2024, 7, 1)),
            LaatsteDagWachttijd(d(2024, 6, 30)),
        ],
    },
    Geval {
        naam: "loonsanctie van 52 weken",
        bron: "pw.md, Loonsanctie: 52 weeks runs to D + 1092",
        invoer: || json!({"ziekteperiodes": [{"van": "2022-01-03"}], "loonsanctie_weken": 52, "peildatum": "2022-01-03"}),
        verwacht: &[EindeWachttijd(d(2024, 1, 1)), EindeLoondoorbetaling(d(2024, 12, 30))],
    },
    Geval {
        naam: "verlenging samen met loonsanctie",
        bron: "eigen randgeval: pw.md Vrijwillige verlenging + Loonsanctie (einde wachttijd E + 7N)",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03"}], "vrijwillige_verlenging_tot": "2024-07-01",
                   "loonsanctie_weken": 10, "peildatum": "2022-01-03"})
        },
        verwacht: &[EindeWachttijd(d(2024, 7, 1)), EindeLoondoorbetaling(d(2024, 9, 9))],
    },
    Geval {
        naam: "te late WIA-aanvraag verlengt de loondoorbetaling",
        bron: "pw.md, Late WIA application: the wage obligation extends by the length of the delay",
        invoer: || ziek("2022-01-03", "2023-11-01", json!([{"soort": "wia_aanvraag", "datum": "2023-10-26"}])),
        verwacht: &[
            Mijlpaal("wia_aanvraag", d(2023, 10, 16), 93, Status::GedaanTeLaat),
            EindeLoondoorbetaling(d(2024, 1, 11)),
            Bevinding("wia_aanvraag_te_laat", Ernst::Waarschuwing),
        ],
    },
    Geval {
        naam: "WIA-aanvraag nog niet gedaan: vertraging loopt op tot de peildatum",
        bron: "pw.md, Late WIA application",
        invoer: || ziek("2022-01-03", "2023-10-21", json!([])),
        verwacht: &[EindeLoondoorbetaling(d(2024, 1, 6)), Bevinding("wia_aanvraag_te_laat", Ernst::Waarschuwing)],
    },
    Geval {
        naam: "42e-weekmelding op zaterdag: maandag is op tijd",
        bron: "pw.md, Counting days: next working day for the 42nd-week report",
        invoer: || ziek("2022-01-01", "2022-11-01", json!([{"soort": "ziekmelding_uwv", "datum": "2022-10-24"}])),
        verwacht: &[
            Mijlpaal("ziekmelding_uwv", d(2022, 10, 22), 42, Status::Gedaan),
            Werkdag(d(2022, 10, 24)),
            GeenBevinding("ziekmelding_uwv_te_laat"),
        ],
    },
    Geval {
        naam: "42e-weekmelding een dag na de werkdag: boeterisico",
        bron: "pw.md, ziekmelding_uwv_te_laat (fine risk, boeterisico)",
        invoer: || ziek("2022-01-01", "2022-11-01", json!([{"soort": "ziekmelding_uwv", "datum": "2022-10-25"}])),
        verwacht: &[
            Mijlpaal("ziekmelding_uwv", d(2022, 10, 22), 42, Status::GedaanTeLaat),
            Bevinding("ziekmelding_uwv_te_laat", Ernst::Boeterisico),
        ],
    },
    Geval {
        naam: "42e week op Eerste en Tweede Kerstdag 2024",
        bron: "eigen randgeval: feestdagen 2024",
        invoer: || ziek("2024-03-06", "2024-03-06", json!([])),
        verwacht: &[Mijlpaal("ziekmelding_uwv", d(2024, 12, 25), 42, Status::Open), Werkdag(d(2024, 12, 27))],
    },
    Geval {
        naam: "42e week op Koningsdag 2026 (maandag)",
        bron: "eigen randgeval: feestdagen 2026",
        invoer: || ziek("2025-07-07", "2025-07-07", json!([])),
        verwacht: &[Werkdag(d(2026, 4, 28))],
    },
    Geval {
        naam: "42e week op Hemelvaartsdag 2027",
        bron: "eigen randgeval: feestdagen 2027",
        invoer: || ziek("2026-07-16", "2026-07-16", json!([])),
        verwacht: &[Werkdag(d(2027, 5, 7))],
    },
    Geval {
        naam: "42e week op Goede Vrijdag 2029, dan weekend en Tweede Paasdag",
        bron: "eigen randgeval: feestdagen 2029",
        invoer: || ziek("2028-06-09", "2028-06-09", json!([])),
        verwacht: &[Werkdag(d(2029, 4, 3))],
    },
    Geval {
        naam: "hersteld de dag voor de uiterste datum: vervallen",
        bron: "eigen randgeval: pw.md, full recovery as the only end of a period",
        invoer: || json!({"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-02-12"}], "peildatum": "2022-03-01"}),
        verwacht: &[
            Mijlpaal("ziekmelding_arbodienst", d(2022, 1, 10), 1, Status::TeLaat),
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::Vervallen),
            Mijlpaal("plan_van_aanpak", d(2022, 2, 28), 8, Status::Vervallen),
            Mijlpaal("einde_wachttijd", d(2024, 1, 1), 104, Status::Vervallen),
            EindeLoondoorbetaling(d(2022, 2, 13)),
            GeenBevindingen,
        ],
    },
    Geval {
        naam: "ziek tot en met de dag voor de uiterste datum: de plicht geldt",
        bron: "eigen randgeval: week 6 volledig ziek",
        invoer: || json!({"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-02-13"}], "peildatum": "2022-03-01"}),
        verwacht: &[
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::TeLaat),
            Bevinding("probleemanalyse_te_laat", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "geen probleemanalyse en geen plan van aanpak",
        bron: "pw.md, probleemanalyse_te_laat and plan_van_aanpak_te_laat",
        invoer: || ziek("2022-01-03", "2022-03-01", json!([])),
        verwacht: &[
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::TeLaat),
            Mijlpaal("plan_van_aanpak", d(2022, 2, 28), 8, Status::TeLaat),
            Bevinding("probleemanalyse_te_laat", Ernst::Loonsanctierisico),
            Bevinding("plan_van_aanpak_te_laat", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "gemotiveerde afwijking excuseert de probleemanalyse",
        bron: "pw.md, probleemanalyse_te_laat: not with a documented, motivated deviation (Regeling art. 5)",
        invoer: || {
            ziek(
                "2022-01-03",
                "2022-02-20",
                json!([{"soort": "afwijking_gemotiveerd", "datum": "2022-01-20", "betreft": "probleemanalyse"}]),
            )
        },
        verwacht: &[
            Mijlpaal("probleemanalyse", d(2022, 2, 14), 6, Status::Vervallen),
            GeenBevinding("probleemanalyse_te_laat"),
        ],
    },
    Geval {
        naam: "plan van aanpak zonder casemanager",
        bron: "pw.md, plan_van_aanpak_te_laat: also when the plan names no casemanager",
        invoer: || {
            ziek(
                "2022-01-03",
                "2022-02-25",
                json!([{"soort": "probleemanalyse", "datum": "2022-02-10"}, {"soort": "plan_van_aanpak", "datum": "2022-02-21"}]),
            )
        },
        verwacht: &[
            Mijlpaal("plan_van_aanpak", d(2022, 2, 24), 8, Status::Gedaan),
            Bevinding("plan_van_aanpak_te_laat", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "meer dan 42 dagen zonder evaluatie",
        bron: "pw.md, evaluatie_te_laat: more than 42 days between plan/evaluations while sick",
        invoer: || {
            ziek(
                "2022-01-03",
                "2022-05-01",
                json!([{"soort": "probleemanalyse", "datum": "2022-02-10"}, {"soort": "plan_van_aanpak", "datum": "2022-02-21"},
                       {"soort": "casemanager_benoemd", "datum": "2022-02-21"}]),
            )
        },
        verwacht: &[
            Mijlpaal("evaluatie", d(2022, 4, 4), 13, Status::TeLaat),
            Bevinding("evaluatie_te_laat", Ernst::Waarschuwing),
        ],
    },
    Geval {
        naam: "eerstejaarsevaluatie ontbreekt",
        bron: "pw.md, eerstejaarsevaluatie_ontbreekt: none by D + 364",
        invoer: || ziek("2022-01-03", "2023-01-10", json!([])),
        verwacht: &[
            Mijlpaal("eerstejaarsevaluatie", d(2023, 1, 2), 52, Status::TeLaat),
            Bevinding("eerstejaarsevaluatie_ontbreekt", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "spoor 2 niet gestart",
        bron: "pw.md, spoor2_te_laat: not started by start_spoor2 and no exception documented",
        invoer: || ziek("2022-01-03", "2023-03-01", json!([])),
        verwacht: &[
            Mijlpaal("start_spoor2", d(2023, 2, 13), 58, Status::TeLaat),
            Bevinding("spoor2_te_laat", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "uitzondering op spoor 2: geen benutbare mogelijkheden",
        bron: "pw.md, spoor2_te_laat exceptions",
        invoer: || {
            ziek(
                "2022-01-03",
                "2023-03-01",
                json!([{"soort": "uitzondering_spoor2", "datum": "2023-01-02", "reden": "geen_benutbare_mogelijkheden"}]),
            )
        },
        verwacht: &[Mijlpaal("start_spoor2", d(2023, 2, 13), 58, Status::Vervallen), GeenBevinding("spoor2_te_laat")],
    },
    Geval {
        naam: "uitzondering pas na de uiterste datum dekt de lateness niet",
        bron: "eigen beslissing: een uitzondering moet er op de uiterste datum zijn",
        invoer: || {
            ziek(
                "2022-01-03",
                "2023-03-01",
                json!([{"soort": "uitzondering_spoor2", "datum": "2023-02-20", "reden": "perspectief_eigen_werkgever"}]),
            )
        },
        verwacht: &[Bevinding("spoor2_te_laat", Ernst::Loonsanctierisico)],
    },
    Geval {
        naam: "spoor 2 zonder activiteit",
        bron: "pw.md, spoor2_onvoldoende_activiteit: no logged activity for more than 6 weeks",
        invoer: || {
            ziek(
                "2022-01-03",
                "2023-04-01",
                json!([{"soort": "start_spoor2", "datum": "2023-02-01"}, {"soort": "spoor2_activiteit", "datum": "2023-02-10"},
                       {"soort": "voortgangsrapportage", "datum": "2023-03-20"}]),
            )
        },
        verwacht: &[
            Mijlpaal("start_spoor2", d(2023, 2, 13), 58, Status::Gedaan),
            Bevinding("spoor2_onvoldoende_activiteit", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "spoor 2 zonder voortgangsrapportage binnen het interval",
        bron: "pw.md, spoor2_onvoldoende_activiteit: no progress report for more than its interval",
        invoer: || {
            json!({"ziekteperiodes": [{"van": "2022-01-03"}], "peildatum": "2023-03-20", "rapportage_interval_weken": 6,
                   "gebeurtenissen": [{"soort": "start_spoor2", "datum": "2023-02-01"},
                                      {"soort": "spoor2_activiteit", "datum": "2023-02-20"},
                                      {"soort": "spoor2_activiteit", "datum": "2023-03-10"}]})
        },
        verwacht: &[Bevinding("spoor2_onvoldoende_activiteit", Ernst::Loonsanctierisico)],
    },
    Geval {
        naam: "stilstand van meer dan 3 maanden",
        bron: "pw.md, deskundigenoordeel_overwegen: no progress for 3 months",
        invoer: || {
            ziek(
                "2022-01-03",
                "2022-06-01",
                json!([{"soort": "probleemanalyse", "datum": "2022-02-10"}, {"soort": "plan_van_aanpak", "datum": "2022-02-20"},
                       {"soort": "casemanager_benoemd", "datum": "2022-02-20"}]),
            )
        },
        verwacht: &[Bevinding("deskundigenoordeel_overwegen", Ernst::Waarschuwing)],
    },
    Geval {
        naam: "loonstop zonder deskundigenoordeel",
        bron: "pw.md, deskundigenoordeel_overwegen: a disagreement; Employee obligations",
        invoer: || {
            ziek(
                "2022-01-03",
                "2022-03-10",
                json!([{"soort": "probleemanalyse", "datum": "2022-02-10"}, {"soort": "plan_van_aanpak", "datum": "2022-02-20"},
                       {"soort": "casemanager_benoemd", "datum": "2022-02-20"},
                       {"soort": "loonstop_werknemer", "datum": "2022-03-01", "reden": "weigert mee te werken aan het plan van aanpak"}]),
            )
        },
        verwacht: &[Bevinding("deskundigenoordeel_overwegen", Ernst::Waarschuwing)],
    },
    Geval {
        naam: "re-integratieverslag onvolledig op week 91",
        bron: "pw.md, riv_onvolledig: by the RIV deadline one of its required parts is missing",
        invoer: || ziek("2022-01-03", "2023-10-10", eerste_jaar_op_tijd()),
        verwacht: &[
            Mijlpaal("reintegratieverslag", d(2023, 10, 2), 91, Status::TeLaat),
            Bevinding("riv_onvolledig", Ernst::Loonsanctierisico),
        ],
    },
    Geval {
        naam: "bevredigend resultaat neemt het loonsanctierisico weg",
        bron: "pw.md, bevredigend_resultaat: UWV then imposes no sanction whatever the process",
        invoer: || ziek("2022-01-03", "2022-03-10", json!([{"soort": "bevredigend_resultaat", "datum": "2022-03-01"}])),
        verwacht: &[
            Bevinding("bevredigend_resultaat", Ernst::Info),
            Bevinding("probleemanalyse_te_laat", Ernst::Waarschuwing),
        ],
    },
];

#[test]
fn every_case_from_the_domain_document_holds() {
    for g in GEVALLEN {
        controleer(g);
    }
}

#[test]
fn the_riv_finding_names_each_missing_part() {
    let t = tijdlijn(&ziek("2022-01-03", "2023-10-10", eerste_jaar_op_tijd()));
    let b = t.bevindingen.iter().find(|b| b.code() == "riv_onvolledig").unwrap();
    let tekst = b.toelichting();
    assert!(tekst.contains("de eindevaluatie"), "{tekst}");
    assert!(tekst.contains("het re-integratieverslag zelf"), "{tekst}");
    assert!(!tekst.contains("de probleemanalyse"), "{tekst}");
    assert!(tekst.contains("02-10-2023 (week 91)"), "{tekst}");
}

#[test]
fn evaluations_are_listed_each_with_its_own_deadline() {
    let t = tijdlijn(&ziek("2022-01-03", "2022-06-01", eerste_jaar_op_tijd()));
    let evaluaties: Vec<(Date, Status, Option<Date>)> = t
        .mijlpalen
        .iter()
        .filter(|m| m.code == MijlpaalCode::Evaluatie)
        .map(|m| (m.uiterste_datum, m.status, m.gedaan_op))
        .collect();
    assert_eq!(
        evaluaties,
        vec![
            (d(2022, 4, 4), Status::Gedaan, Some(d(2022, 4, 1))),
            (d(2022, 5, 13), Status::Gedaan, Some(d(2022, 5, 10))),
            (d(2022, 6, 21), Status::Open, None),
        ]
    );
}

#[test]
fn events_after_the_peildatum_are_not_yet_known() {
    let t = tijdlijn(&ziek("2022-01-03", "2022-02-01", json!([{"soort": "probleemanalyse", "datum": "2022-02-10"}])));
    let pa = t.mijlpalen.iter().find(|m| m.code == MijlpaalCode::Probleemanalyse).unwrap();
    assert_eq!((pa.status, pa.gedaan_op), (Status::Open, None));
}

#[test]
fn findings_carry_their_evidence() {
    let t = tijdlijn(&ziek("2022-01-03", "2022-03-01", json!([])));
    let b = t.bevindingen.iter().find(|b| b.code() == "probleemanalyse_te_laat").unwrap();
    assert_eq!(b.bewijs(), vec![("uiterste datum", d(2022, 2, 14)), ("niet gedaan op peildatum", d(2022, 3, 1))]);
    assert!(b.toelichting().contains("14-02-2022 (week 6)"), "{}", b.toelichting());
    assert!(b.toelichting().contains("15 dagen te laat"), "{}", b.toelichting());
    assert!(b.grondslag().contains("Regeling procesgang"));
}
