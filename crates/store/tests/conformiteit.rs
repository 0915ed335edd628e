//! The store's conformance suite: every test runs unchanged on SQLite and on PostgreSQL.
//! PostgreSQL comes from `SPOOR2_TEST_POSTGRES` (an admin URL; `scripts/test` starts a server and
//! sets it); each test gets a database of its own.

use std::sync::{Arc, Barrier};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use domain::poortwachter::{Gebeurtenis, MijlpaalCode, Soort};
use domain::waarden::Rol;
use jiff::civil::date;
use store::aanmelden::TweedeFactor;
use store::{
    Actor, Belastbaarheid, BsnSleutel, NieuwDocument, NieuweGebruiker, OrganisatieSoort, Store, StoreFout, Wijziging,
};
use test_support::Testdatabase;

/// A store on a fresh database, kept alive with it.
struct Testopslag {
    store: Store,
    _database: Testdatabase,
}

fn sqlite() -> Testopslag {
    let database = Testdatabase::sqlite();
    Testopslag { store: Store::open(&database.url, Some(sleutel())).unwrap(), _database: database }
}

fn postgres() -> Testopslag {
    let database = Testdatabase::postgres();
    Testopslag { store: Store::open(&database.url, Some(sleutel())).unwrap(), _database: database }
}

fn sleutel() -> BsnSleutel {
    BsnSleutel::uit_base64("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=").unwrap()
}

macro_rules! conformiteit {
    ($($test:ident),* $(,)?) => {
        mod op_sqlite { $( #[test] fn $test() { super::$test(&super::sqlite().store) } )* }
        mod op_postgres { $( #[test] fn $test() { super::$test(&super::postgres().store) } )* }
    };
}

conformiteit!(
    a_key_is_required_and_must_match,
    a_dossier_round_trips_to_the_clock,
    the_bsn_is_encrypted_at_rest_and_its_reads_are_logged,
    every_write_and_read_is_in_the_chain,
    a_list_or_a_page_logs_its_reads_together_and_the_chain_holds,
    a_stale_version_is_a_conflict_not_a_lost_update,
    an_invalid_change_writes_nothing,
    another_organisation_sees_nothing,
    medical_notes_come_only_through_their_own_read,
    only_the_bedrijfsarts_of_the_employer_reads_or_writes_medical_notes,
    accounts_are_checked,
    login_takes_a_password_and_a_second_factor,
    failed_logins_block_the_account_and_the_address,
    every_operation_goes_through_the_role_matrix,
    documents_are_stored_once_by_content,
    belastbaarheid_is_recorded_by_the_bedrijfsarts_and_read_by_others,
    an_edited_or_deleted_log_entry_is_named,
    an_edited_or_deleted_line_of_a_list_view_is_named,
    the_same_new_list_seen_at_once_through_two_servers_is_stored_once,
    eight_writers_on_one_dossier_lose_nothing,
    the_beheerder_keeps_employers_and_caseloads,
    a_token_is_issued_once_and_stored_as_its_hash,
    a_revoked_or_unknown_token_opens_nothing,
    only_the_beheerder_of_the_organisation_issues_lists_and_revokes_tokens,
    a_user_chooses_their_own_language_and_nothing_else,
    a_traject_runs_from_advice_to_placement_in_order_and_by_the_right_roles,
    a_placement_is_the_coachs_after_the_search_and_nazorg_follows_it,
    hours_are_registered_by_the_coach_and_billed_against_the_budget,
    the_coach_decides_on_matched_work_with_reasons_and_the_latest_counts,
    vacancies_are_imported_whole_per_organisation_and_replace_by_reference,
    only_the_beheerder_sets_the_organisations_logo,
    the_profile_is_shared_only_with_the_employees_recorded_consent,
    a_report_is_stored_by_the_coach_and_signed_once_employee_and_coach_acknowledged_it,
    what_a_werkvoorraad_keeps_follows_every_change_made_through_either_server,
    a_werkvoorraad_shown_again_is_read_anew_after_any_change,
);

fn vacancies_are_imported_whole_per_organisation_and_replace_by_reference(store: &Store) {
    use store::vacatures::{OpgeslagenVacature, Vacatureimport};
    let o = opzet(store);
    let vacature = |referentie: &str, titel: &str| OpgeslagenVacature {
        referentie: referentie.into(),
        titel: titel.into(),
        posting: format!(r#"{{"@type": "JobPosting", "identifier": "{referentie}", "title": "{titel}"}}"#),
    };
    let (coach, hr) = (o.actor(), o.hr());
    assert!(matches!(store.importeer_vacatures(hr, &[vacature("V1", "Kok")], false), Err(StoreFout::Geweigerd(_))));
    assert!(matches!(store.vacatures(o.arts()), Err(StoreFout::Geweigerd(_))), "not the bedrijfsarts's work");
    let dubbel = store.importeer_vacatures(coach, &[vacature("V1", "Kok"), vacature("V1", "Kok")], false);
    assert!(matches!(dubbel, Err(StoreFout::Ongeldig(_))));
    assert_eq!(store.vacatureversie(coach).unwrap(), (0, 0), "a refused import writes nothing");

    let eerste = store.importeer_vacatures(coach, &[vacature("V1", "Kok"), vacature("V2", "Schoonmaker")], false);
    assert_eq!(eerste.unwrap(), Vacatureimport { nieuw: 2, bijgewerkt: 0, verwijderd: 0 });
    let versie = store.vacatureversie(coach).unwrap();
    let tweede = store.importeer_vacatures(coach, &[vacature("V2", "Glazenwasser"), vacature("V3", "Kapper")], false);
    assert_eq!(tweede.unwrap(), Vacatureimport { nieuw: 1, bijgewerkt: 1, verwijderd: 0 });
    assert_ne!(store.vacatureversie(coach).unwrap(), versie, "an import changes the version");
    let titels: Vec<String> = store.vacatures(coach).unwrap().into_iter().map(|v| v.titel).collect();
    assert_eq!(titels, ["Kok", "Glazenwasser", "Kapper"]);
    let vervangen = store.importeer_vacatures(coach, &[vacature("V3", "Kapper")], true).unwrap();
    assert_eq!(vervangen, Vacatureimport { nieuw: 0, bijgewerkt: 1, verwijderd: 2 });
    assert_eq!(store.vacatures(coach).unwrap(), [vacature("V3", "Kapper")]);
    assert_eq!(logregels(store, "wijziging", "vacatures"), 3, "every import is in the audit log");

    let ander = opzet(store);
    assert!(store.vacatures(ander.actor()).unwrap().is_empty(), "another organisation has its own vacancies");
}

fn the_profile_is_shared_only_with_the_employees_recorded_consent(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let wn = account(store, systeem, "Sanne", Rol::Werknemer, Some(o.werknemer.clone()), vec![]);
    let wn = Actor { id: &wn, organisatie_id: &o.organisatie };
    let coach = o.actor();
    let deel = || store.deel_profiel(coach, &o.dossier, "V1", "Kok bij De Korf");
    assert!(store.profieltoestemming(coach, &o.dossier, "test").unwrap().is_none());
    assert!(matches!(deel(), Err(StoreFout::Ongeldig(_))), "no consent recorded");
    let namens = store.leg_profieltoestemming_vast(coach, &o.dossier, true);
    assert!(matches!(namens, Err(StoreFout::Geweigerd(_))), "only the employee consents");
    assert!(matches!(store.leg_profieltoestemming_vast(o.hr(), &o.dossier, true), Err(StoreFout::Geweigerd(_))));
    store.leg_profieltoestemming_vast(wn, &o.dossier, true).unwrap();
    assert!(store.profieltoestemming(coach, &o.dossier, "test").unwrap().unwrap().gegeven);
    assert!(matches!(store.deel_profiel(o.hr(), &o.dossier, "V1", "Kok"), Err(StoreFout::Geweigerd(_))));
    deel().unwrap();
    store.leg_profieltoestemming_vast(wn, &o.dossier, false).unwrap();
    assert!(matches!(deel(), Err(StoreFout::Ongeldig(_))), "withdrawn consent stops sharing");
    let delingen = store.profieldelingen(wn, &o.dossier, "test").unwrap();
    assert_eq!(delingen.len(), 1);
    assert_eq!((delingen[0].naam.as_str(), delingen[0].door.as_str()), ("Kok bij De Korf", "Coach"));
    assert_eq!(logregels(store, "wijziging", "profieltoestemming"), 2);
    assert_eq!(logregels(store, "wijziging", "profieldeling"), 1);
    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(matches!(store.profieldelingen(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));
}

fn a_report_is_stored_by_the_coach_and_signed_once_employee_and_coach_acknowledged_it(store: &Store) {
    use store::rapporten::NieuwRapport;
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let wn = account(store, systeem, "Sanne", Rol::Werknemer, Some(o.werknemer.clone()), vec![]);
    let werknemer = Actor { id: &wn, organisatie_id: &o.organisatie };
    let rapport = NieuwRapport {
        soort: "voortgangsrapportage".into(),
        titel: "Voortgangsrapportage 1".into(),
        van: date(2023, 1, 1),
        tot: date(2023, 2, 26),
        datum: date(2023, 2, 27),
        verhaal: serde_json::json!({"inzet": "goed"}),
        pdf: b"%PDF-1.7 test".to_vec(),
    };
    // Only the coach (the traject's writer) stores it; the employer reads it.
    for actor in [o.hr(), o.arts(), werknemer] {
        assert!(matches!(store.leg_rapport_vast(actor, &o.dossier, &rapport), Err(StoreFout::Geweigerd(_))));
    }
    let id = store.leg_rapport_vast(o.actor(), &o.dossier, &rapport).unwrap();
    let lijst = store.rapporten(o.hr(), &o.dossier, "test").unwrap();
    assert_eq!(lijst.len(), 1);
    assert_eq!(lijst[0].sha256.len(), 64);
    assert!(!lijst[0].bevestigd());
    let doc = store.documenten(o.hr(), &o.dossier, "test").unwrap().pop().unwrap();
    assert_eq!(
        (doc.soort.as_str(), doc.ondertekend_door.as_deref(), doc.auteur.as_str()),
        ("voortgangsrapportage", None, "Coach")
    );
    // Neither the employer nor the bedrijfsarts acknowledges; the employee and the coach each once.
    assert!(matches!(store.bevestig_rapport(o.hr(), &id), Err(StoreFout::Geweigerd(_))));
    assert!(matches!(store.bevestig_rapport(o.arts(), &id), Err(StoreFout::Geweigerd(_))));
    assert_eq!(store.bevestig_rapport(werknemer, &id).unwrap(), o.dossier);
    assert!(matches!(store.bevestig_rapport(werknemer, &id), Err(StoreFout::Ongeldig(_))));
    let r = store.rapporten(o.actor(), &o.dossier, "test").unwrap().pop().unwrap();
    assert_eq!(r.werknemer_akkoord.as_ref().map(|a| a.0.as_str()), Some("Sanne"));
    assert!(store.documenten(o.hr(), &o.dossier, "test").unwrap()[0].ondertekend_door.is_none());
    store.bevestig_rapport(o.actor(), &id).unwrap();
    let r = store.rapporten(o.actor(), &o.dossier, "test").unwrap().pop().unwrap();
    assert!(r.bevestigd());
    assert_eq!(
        store.documenten(o.hr(), &o.dossier, "test").unwrap()[0].ondertekend_door.as_deref(),
        Some("Sanne (werknemer), Coach (re-integratiecoach)")
    );
    // Another organisation does not find it.
    let ander = store.nieuwe_organisatie("systeem:test", "Ander", OrganisatieSoort::Bureau).unwrap();
    let ander_coach =
        account(store, Actor { id: "systeem:test", organisatie_id: &ander }, "C", Rol::Coach, None, vec![]);
    let vreemd = Actor { id: &ander_coach, organisatie_id: &ander };
    assert!(matches!(store.bevestig_rapport(vreemd, &id), Err(StoreFout::NietGevonden(_))));
    assert!(matches!(store.rapporten(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));
}

fn the_coach_decides_on_matched_work_with_reasons_and_the_latest_counts(store: &Store) {
    use store::matchbesluiten::{Besluit, NieuwMatchbesluit};
    let o = opzet(store);
    let besluit = |besluit, toelichting: &str| NieuwMatchbesluit {
        soort: "beroep".into(),
        referentie: "orderpicker".into(),
        naam: "Orderpicker".into(),
        besluit,
        toelichting: toelichting.into(),
    };
    let leg_vast = |actor, b| store.leg_matchbesluit_vast(actor, &o.dossier, &b);
    assert!(matches!(leg_vast(o.actor(), besluit(Besluit::Afgewezen, " ")), Err(StoreFout::Ongeldig(_))));
    assert!(matches!(leg_vast(o.actor(), besluit(Besluit::Gemotiveerd, "")), Err(StoreFout::Ongeldig(_))));
    let hr = leg_vast(o.hr(), besluit(Besluit::Geaccepteerd, ""));
    assert!(matches!(hr, Err(StoreFout::Geweigerd(_))), "only the coach decides");
    leg_vast(o.actor(), besluit(Besluit::Geaccepteerd, "")).unwrap();
    leg_vast(o.actor(), besluit(Besluit::Afgewezen, "te veel tillen in de praktijk")).unwrap();
    let lijst = store.matchbesluiten(o.hr(), &o.dossier, "test").unwrap();
    assert_eq!(lijst.len(), 1, "the latest decision per result counts");
    let b = &lijst[0];
    assert_eq!(
        (b.besluit, b.toelichting.as_str(), b.door.as_str()),
        (Besluit::Afgewezen, "te veel tillen in de praktijk", "Coach")
    );
    assert_eq!(logregels(store, "wijziging", "matchbesluit"), 2, "every decision is in the audit log");
    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(matches!(store.matchbesluiten(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));
}

fn a_traject_runs_from_advice_to_placement_in_order_and_by_the_right_roles(store: &Store) {
    use domain::traject::{ActiviteitSoort, Afsluitreden, Fase, SollicitatieStatus};
    use store::traject::{
        ActiviteitInhoud, Advies, GeplandeActiviteit, Intake, NieuweActiviteit, Opdracht, Plan, Uitvoerder,
    };
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let account =
        |naam: &str, rol, werknemer_id, werkgevers| account(store, systeem, naam, rol, werknemer_id, werkgevers);
    let ad = account("AD", Rol::Arbeidsdeskundige, None, vec![o.werkgever.clone()]);
    let wn = account("Sanne", Rol::Werknemer, Some(o.werknemer.clone()), vec![]);
    let ad = Actor { id: &ad, organisatie_id: &o.organisatie };
    let wn = Actor { id: &wn, organisatie_id: &o.organisatie };
    let (coach, hr) = (o.actor(), o.hr());
    fn geweigerd<T>(r: Result<T, StoreFout>) -> bool {
        matches!(r, Err(StoreFout::Geweigerd(_)))
    }
    fn ongeldig<T>(r: Result<T, StoreFout>) -> bool {
        matches!(r, Err(StoreFout::Ongeldig(_)))
    }

    let advies = Advies {
        datum: date(2022, 10, 3),
        conclusie: "Terugkeer in eigen werk niet haalbaar; spoor 2 starten.".into(),
        zoekrichtingen: vec!["administratief werk".into(), "klantenservice per e-mail".into()],
        aanbevolen_start: Some(date(2022, 10, 17)),
    };
    assert!(geweigerd(store.adviseer_spoor2(coach, &o.dossier, &advies)));
    assert!(store.traject(coach, &o.dossier, "test").unwrap().is_none());
    store.adviseer_spoor2(ad, &o.dossier, &advies).unwrap();
    assert!(ongeldig(store.adviseer_spoor2(ad, &o.dossier, &advies)), "one traject per dossier");

    let opdracht = Opdracht {
        datum: date(2022, 10, 10),
        uitvoerder: Uitvoerder::Bureau,
        start: date(2022, 10, 17),
        duur_weken: 26,
        budget_centen: 250_000,
        rapportage_interval_weken: 7,
    };
    assert!(ongeldig(store.geef_opdracht(hr, &o.dossier, &opdracht)), "6 or 8 weeks");
    let opdracht = Opdracht { rapportage_interval_weken: 6, ..opdracht };
    assert!(geweigerd(store.geef_opdracht(coach, &o.dossier, &opdracht)));
    store.geef_opdracht(hr, &o.dossier, &opdracht).unwrap();
    let klok = store.dossier(coach, &o.dossier, "test").unwrap().klok;
    assert!(
        klok.gebeurtenissen.iter().any(|g| g.soort == Soort::Mijlpaal(MijlpaalCode::StartSpoor2)),
        "spoor 2 started on the clock: {klok:?}"
    );

    let intake = Intake {
        datum: date(2022, 10, 24),
        werkervaring: "12 jaar bakker".into(),
        opleidingsniveau: "mbo2".into(),
        vaardigheden: "nauwkeurig, klantvriendelijk".into(),
        wensen: "overdag, dicht bij huis".into(),
        oud_loon_per_maand_centen: Some(280_000),
        mogelijkheden: "administratie, klantcontact per telefoon".into(),
        belemmeringen: "geen rijbewijs".into(),
        zoekprofiel: "Administratief medewerker, 24 uur, regio Utrecht".into(),
    };
    let fout = Intake { opleidingsniveau: "mbo9".into(), ..intake.clone() };
    assert!(ongeldig(store.leg_intake_vast(coach, &o.dossier, &fout)));
    for centen in [0, 99, 10_000_001] {
        let fout = Intake { oud_loon_per_maand_centen: Some(centen), ..intake.clone() };
        assert!(ongeldig(store.leg_intake_vast(coach, &o.dossier, &fout)), "old wage {centen}");
    }
    assert!(geweigerd(store.leg_intake_vast(hr, &o.dossier, &intake)));
    store.leg_intake_vast(coach, &o.dossier, &intake).unwrap();
    let gelezen = store.traject(coach, &o.dossier, "test").unwrap().unwrap().intake.unwrap();
    assert_eq!(gelezen, intake, "the intake with its old wage reads back");
    assert!(geweigerd(store.zet_traject_door(hr, &o.dossier, Fase::Plan, None, date(2022, 10, 25))));
    assert!(ongeldig(store.zet_traject_door(coach, &o.dossier, Fase::Uitvoering, None, date(2022, 10, 25))));
    store.zet_traject_door(coach, &o.dossier, Fase::Plan, None, date(2022, 10, 25)).unwrap();

    let plan = Plan {
        datum: date(2022, 11, 7),
        doelen: vec!["Binnen 6 maanden passend werk van 24 uur".into()],
        zoekrichtingen: advies.zoekrichtingen.clone(),
        activiteiten: vec![GeplandeActiviteit {
            wat: "cv bijwerken".into(),
            datum: date(2022, 11, 14),
            eigenaar: "werknemer".into(),
        }],
    };
    assert_eq!(store.nieuw_trajectplan(coach, &o.dossier, &plan).unwrap(), 1);
    store.keur_trajectplan_goed(wn, &o.dossier, 1).unwrap();
    let verder = |datum| store.zet_traject_door(coach, &o.dossier, Fase::Uitvoering, None, datum);
    assert!(ongeldig(verder(date(2022, 11, 8))), "the employer has not approved yet");
    store.keur_trajectplan_goed(hr, &o.dossier, 1).unwrap();
    // A change makes a new version, which needs both approvals again; the old one stays readable.
    let plan2 =
        Plan { doelen: vec!["Passend werk van 24 uur, ook via een werkervaringsplaats".into()], ..plan.clone() };
    assert_eq!(store.nieuw_trajectplan(coach, &o.dossier, &plan2).unwrap(), 2);
    assert!(ongeldig(verder(date(2022, 11, 9))));
    assert!(geweigerd(store.keur_trajectplan_goed(ad, &o.dossier, 2)));
    store.geef_visie_op_plan(wn, &o.dossier, 2, "Goed plan, maar graag ook parttime.").unwrap();
    assert!(geweigerd(store.geef_visie_op_plan(hr, &o.dossier, 2, "namens de werknemer")));
    store.keur_trajectplan_goed(wn, &o.dossier, 2).unwrap();
    store.keur_trajectplan_goed(hr, &o.dossier, 2).unwrap();
    verder(date(2022, 11, 10)).unwrap();

    // The employee logs an application, which counts once the coach confirms it; only applications.
    let sollicitatie = NieuweActiviteit {
        soort: ActiviteitSoort::Sollicitatie,
        datum: date(2022, 11, 21),
        minuten: 60,
        inhoud: ActiviteitInhoud {
            doel: "baan als administratief medewerker".into(),
            vacature: Some("Administratief medewerker 24 uur".into()),
            werkgever: Some("Gemeente Utrecht".into()),
            kanaal: Some("werk.nl".into()),
            ..ActiviteitInhoud::default()
        },
    };
    let eigen = store.log_activiteit(wn, &o.dossier, &sollicitatie).unwrap();
    let gesprek = NieuweActiviteit { soort: ActiviteitSoort::Coachgesprek, minuten: 90, ..sollicitatie.clone() };
    assert!(geweigerd(store.log_activiteit(wn, &o.dossier, &gesprek)));
    assert!(geweigerd(store.log_activiteit(hr, &o.dossier, &gesprek)));
    let t = store.traject(hr, &o.dossier, "test").unwrap().unwrap();
    assert!(!t.activiteiten[0].bevestigd && t.activiteiten[0].inhoud.status.as_deref() == Some("open"));
    store.bevestig_activiteit(coach, &o.dossier, &eigen).unwrap();
    store.log_activiteit(coach, &o.dossier, &gesprek).unwrap();
    store.wijzig_sollicitatie(wn, &o.dossier, &eigen, SollicitatieStatus::Gesprek).unwrap();
    assert!(ongeldig(store.wijzig_sollicitatie(coach, &o.dossier, &eigen, SollicitatieStatus::Open)));

    let t = store.traject(hr, &o.dossier, "werkgeversoverzicht").unwrap().unwrap();
    assert_eq!(t.fase, Fase::Uitvoering);
    assert_eq!(t.plannen.iter().map(|p| (p.versie, p.goedgekeurd())).collect::<Vec<_>>(), [(1, true), (2, true)]);
    assert_eq!(t.plannen[0].plan, plan, "the first version is kept as it was");
    assert_eq!(t.plannen[1].werknemer_akkoord.as_ref().unwrap().0, "Sanne");
    assert_eq!(t.plannen[1].werknemer_visie.as_deref(), Some("Goed plan, maar graag ook parttime."));
    assert_eq!(t.activiteiten.len(), 2);
    assert!(t.activiteiten.iter().all(|a| a.bevestigd));
    assert_eq!(t.activiteiten[0].inhoud.status.as_deref(), Some("gesprek"));
    let i = domain::traject::intensiteit(&t.data(vec![]), date(2022, 11, 30));
    assert_eq!((i.sollicitaties_per_maand, i.uren_per_week), (1, 150.0 / 60.0 / 4.0));
    let klok = store.dossier(coach, &o.dossier, "test").unwrap().klok;
    let activiteiten = klok.gebeurtenissen.iter().filter(|g| g.soort == Soort::Spoor2Activiteit).count();
    assert_eq!(activiteiten, 2, "confirmed activities are on the clock: {klok:?}");
    // So the clock's findings react to the traject: silence after the last activity is found.
    let casus = |peildatum| store.dossier(coach, &o.dossier, "test").unwrap().casus(peildatum).unwrap();
    let stil = |peildatum| {
        domain::poortwachter::bereken(&casus(peildatum))
            .bevindingen
            .iter()
            .any(|b| b.code() == "spoor2_onvoldoende_activiteit")
    };
    assert!(!stil(date(2022, 11, 25)), "active in the last weeks, the first report not yet due");
    assert!(stil(date(2023, 3, 1)), "more than six weeks without activity");

    store.zet_traject_door(coach, &o.dossier, Fase::Plaatsing, None, date(2023, 2, 1)).unwrap();
    store.zet_traject_door(coach, &o.dossier, Fase::Nazorg, None, date(2023, 2, 15)).unwrap();
    let sluit = |wie, reden| store.zet_traject_door(wie, &o.dossier, Fase::Afgesloten, Some(reden), date(2023, 5, 1));
    assert!(geweigerd(sluit(hr, Afsluitreden::Geplaatst)));
    sluit(coach, Afsluitreden::Geplaatst).unwrap();
    let t = store.traject(wn, &o.dossier, "werknemerportaal").unwrap().unwrap();
    assert_eq!((t.fase, t.afsluitreden), (Fase::Afgesloten, Some(Afsluitreden::Geplaatst)));
    assert_eq!(t.overgangen.len(), 6);
    assert!(ongeldig(store.log_activiteit(coach, &o.dossier, &gesprek)), "a closed traject takes no activities");

    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(matches!(store.traject(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));

    // The beheerder may commission for the employer, within the organisation only.
    let piet = store.nieuwe_werknemer(systeem, &test_support::werknemer(&o.werkgever, "Piet")).unwrap();
    let tweede = store.nieuw_dossier(systeem, &piet, None, date(2022, 3, 1)).unwrap();
    store.adviseer_spoor2(ad, &tweede, &advies).unwrap();
    let beheerder = account("Beheer", Rol::Beheerder, None, vec![]);
    let beheerder = Actor { id: &beheerder, organisatie_id: &o.organisatie };
    store.geef_opdracht(beheerder, &tweede, &opdracht).unwrap();
    assert_eq!(store.traject(hr, &tweede, "test").unwrap().unwrap().fase, Fase::Intake);
    let systeem_ander = Actor { id: "systeem:test", organisatie_id: &ander.organisatie };
    let beheerder_ander = store
        .nieuwe_gebruiker(
            systeem_ander,
            &NieuweGebruiker {
                email: format!("beheer-{}@example.nl", &ander.organisatie[..8]),
                naam: "Beheer".into(),
                rol: Rol::Beheerder,
                werknemer_id: None,
                werkgevers: vec![],
            },
        )
        .unwrap();
    let beheerder_ander = Actor { id: &beheerder_ander, organisatie_id: &ander.organisatie };
    assert!(matches!(store.geef_opdracht(beheerder_ander, &tweede, &opdracht), Err(StoreFout::NietGevonden(_))));
}

/// A traject on `o`'s dossier brought to `uitvoering` (commission on 10 October 2022, budget EUR 2,500),
/// with the employee's account; returns the employee's user id.
fn traject_in_uitvoering(store: &Store, o: &Opzet) -> String {
    use domain::traject::Fase;
    use store::traject::{Advies, Intake, Opdracht, Plan, Uitvoerder};
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let g = NieuweGebruiker {
        email: format!("sanne-{}@example.nl", &o.organisatie[..8]),
        naam: "Sanne".into(),
        rol: Rol::Werknemer,
        werknemer_id: Some(o.werknemer.clone()),
        werkgevers: vec![],
    };
    let wn = store.nieuwe_gebruiker(systeem, &g).unwrap();
    let advies = Advies {
        datum: date(2022, 10, 3),
        conclusie: "Spoor 2 starten.".into(),
        zoekrichtingen: vec!["administratief werk".into()],
        aanbevolen_start: None,
    };
    store.adviseer_spoor2(systeem, &o.dossier, &advies).unwrap();
    let opdracht = Opdracht {
        datum: date(2022, 10, 10),
        uitvoerder: Uitvoerder::Bureau,
        start: date(2022, 10, 17),
        duur_weken: 26,
        budget_centen: 250_000,
        rapportage_interval_weken: 8,
    };
    store.geef_opdracht(o.hr(), &o.dossier, &opdracht).unwrap();
    let intake = Intake {
        datum: date(2022, 10, 24),
        werkervaring: "12 jaar bakker".into(),
        opleidingsniveau: "mbo2".into(),
        vaardigheden: "nauwkeurig".into(),
        wensen: "overdag".into(),
        oud_loon_per_maand_centen: None,
        mogelijkheden: "administratie".into(),
        belemmeringen: "geen rijbewijs".into(),
        zoekprofiel: "Administratief medewerker, 24 uur".into(),
    };
    store.leg_intake_vast(o.actor(), &o.dossier, &intake).unwrap();
    store.zet_traject_door(o.actor(), &o.dossier, Fase::Plan, None, date(2022, 10, 25)).unwrap();
    let plan = Plan {
        datum: date(2022, 11, 7),
        doelen: vec!["Passend werk van 24 uur".into()],
        zoekrichtingen: advies.zoekrichtingen,
        activiteiten: vec![],
    };
    store.nieuw_trajectplan(o.actor(), &o.dossier, &plan).unwrap();
    store.keur_trajectplan_goed(Actor { id: &wn, organisatie_id: &o.organisatie }, &o.dossier, 1).unwrap();
    store.keur_trajectplan_goed(o.hr(), &o.dossier, 1).unwrap();
    store.zet_traject_door(o.actor(), &o.dossier, Fase::Uitvoering, None, date(2022, 11, 10)).unwrap();
    wn
}

fn a_placement_is_the_coachs_after_the_search_and_nazorg_follows_it(store: &Store) {
    use domain::traject::{Afsluitreden, ContractSoort, Fase, NazorgStatus};
    use store::traject::{NieuwNazorgcontact, Plaatsing};
    let o = opzet(store);
    let wn = traject_in_uitvoering(store, &o);
    let wn = Actor { id: &wn, organisatie_id: &o.organisatie };
    let (coach, hr) = (o.actor(), o.hr());
    let plaatsing = Plaatsing {
        werkgever: "Gemeente Utrecht".into(),
        functie: "Administratief medewerker".into(),
        contract: ContractSoort::Tijdelijk,
        uren_per_week: 24,
        startdatum: date(2023, 2, 1),
        loon_per_maand_centen: 229_999,
        oud_loon_per_maand_centen: 360_000,
        no_risk_polis: true,
    };
    fn ongeldig<T: std::fmt::Debug>(r: Result<T, StoreFout>, tekst: &str) {
        assert!(matches!(&r, Err(StoreFout::Ongeldig(m)) if m.contains(tekst)), "{tekst}: {r:?}");
    }
    // Not before the phase plaatsing; never by another role than the coach.
    ongeldig(store.leg_plaatsing_vast(coach, &o.dossier, &plaatsing), "het traject is in de fase uitvoering");
    store.zet_traject_door(coach, &o.dossier, Fase::Plaatsing, None, date(2023, 1, 20)).unwrap();
    for rol in [hr, wn, o.arts()] {
        assert!(geweigerd(store.leg_plaatsing_vast(rol, &o.dossier, &plaatsing)), "{}", rol.id);
    }
    ongeldig(store.leg_plaatsing_vast(coach, &o.dossier, &Plaatsing { uren_per_week: 0, ..plaatsing.clone() }), "uren");
    let nazorg = |datum, werk_duurt| NieuwNazorgcontact { datum, werk_duurt, notitie: "Gaat goed.".into() };
    ongeldig(store.leg_nazorgcontact_vast(coach, &o.dossier, &nazorg(date(2023, 3, 1), true)), "plaatsing");
    store.leg_plaatsing_vast(coach, &o.dossier, &plaatsing).unwrap();

    // The wage ratio: just under 65% is not marked; the corrected wage of exactly 65% is.
    let t = store.traject(hr, &o.dossier, "werkgeversoverzicht").unwrap().unwrap();
    let r = t.plaatsing.as_ref().unwrap().loonverhouding().unwrap();
    assert_eq!((r.procent(), r.markering()), ("63,8%".into(), None));
    let gecorrigeerd = Plaatsing { loon_per_maand_centen: 234_000, ..plaatsing.clone() };
    store.leg_plaatsing_vast(coach, &o.dossier, &gecorrigeerd).unwrap();
    let t = store.traject(hr, &o.dossier, "werkgeversoverzicht").unwrap().unwrap();
    assert_eq!(t.plaatsing.as_ref(), Some(&gecorrigeerd));
    let r = t.plaatsing.as_ref().unwrap().loonverhouding().unwrap();
    assert_eq!((r.procent(), r.markering()), ("65,0%".into(), Some("bevredigend re-integratieresultaat")));

    // Nazorg after 1, 3 and 6 months from the start of the new job; not before that start.
    ongeldig(store.leg_nazorgcontact_vast(coach, &o.dossier, &nazorg(date(2023, 1, 31), true)), "start");
    assert!(geweigerd(store.leg_nazorgcontact_vast(hr, &o.dossier, &nazorg(date(2023, 3, 1), true))));
    store.zet_traject_door(coach, &o.dossier, Fase::Nazorg, None, date(2023, 2, 1)).unwrap();
    store.leg_nazorgcontact_vast(coach, &o.dossier, &nazorg(date(2023, 3, 2), true)).unwrap();
    let t = store.traject(wn, &o.dossier, "werknemerportaal").unwrap().unwrap();
    assert_eq!(t.nazorg.len(), 1);
    assert_eq!(
        (t.nazorg[0].werk_duurt, t.nazorg[0].notitie.as_str(), t.nazorg[0].door.as_str()),
        (true, "Gaat goed.", "Coach")
    );
    let momenten: Vec<_> =
        t.nazorgmomenten(date(2023, 5, 20)).into_iter().map(|m| (m.datum.to_string(), m.status)).collect();
    assert_eq!(
        momenten,
        [
            ("2023-03-01".into(), NazorgStatus::Gedaan),
            ("2023-05-01".into(), NazorgStatus::TeLaat),
            ("2023-08-01".into(), NazorgStatus::Komend),
        ]
    );
    assert_eq!(t.nazorgmomenten(date(2023, 5, 10))[1].status, NazorgStatus::Nodig);
    store.leg_nazorgcontact_vast(coach, &o.dossier, &nazorg(date(2023, 5, 3), false)).unwrap();
    let t = store.traject(coach, &o.dossier, "test").unwrap().unwrap();
    assert_eq!(t.nazorgmomenten(date(2023, 5, 20))[1].gedaan_op, Some(date(2023, 5, 3)));
    assert!(!t.nazorg[1].werk_duurt);

    // Closed: no placement and no nazorg any more.
    store
        .zet_traject_door(coach, &o.dossier, Fase::Afgesloten, Some(Afsluitreden::Geplaatst), date(2023, 8, 2))
        .unwrap();
    ongeldig(store.leg_plaatsing_vast(coach, &o.dossier, &gecorrigeerd), "afgesloten");
    ongeldig(store.leg_nazorgcontact_vast(coach, &o.dossier, &nazorg(date(2023, 8, 3), true)), "afgesloten");
    assert_eq!(traject_in_werkvoorraad(store, coach, &o.dossier), store.traject(coach, &o.dossier, "test").unwrap());

    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(verborgen(store.leg_plaatsing_vast(vreemd, &o.dossier, &gecorrigeerd)));
    assert!(verborgen(store.leg_nazorgcontact_vast(vreemd, &o.dossier, &nazorg(date(2023, 8, 3), true))));
    assert!(verborgen(store.traject(vreemd, &o.dossier, "test")));
}

fn hours_are_registered_by_the_coach_and_billed_against_the_budget(store: &Store) {
    use domain::traject::{Afsluitreden, Budgetstand, Fase, Urencategorie};
    use store::traject::NieuweUrenregel;
    let o = opzet(store);
    let (coach, hr) = (o.actor(), o.hr());
    let regel = |datum, categorie, minuten, omschrijving: &str, declarabel| NieuweUrenregel {
        datum,
        categorie,
        minuten,
        tarief_centen_per_uur: 9_500,
        omschrijving: omschrijving.into(),
        declarabel,
    };
    let intake = regel(date(2022, 10, 24), Urencategorie::Intake, 90, "Intakegesprek; \"cv\" besproken", true);
    assert!(matches!(store.registreer_uren(coach, &o.dossier, &intake), Err(StoreFout::Ongeldig(_))), "no traject");
    let wn = traject_in_uitvoering(store, &o);
    let wn = Actor { id: &wn, organisatie_id: &o.organisatie };
    store.registreer_uren(coach, &o.dossier, &intake).unwrap();
    store
        .registreer_uren(coach, &o.dossier, &regel(date(2022, 11, 14), Urencategorie::Coaching, 60, "=SOM(A1)", true))
        .unwrap();
    let reistijd = regel(date(2022, 11, 14), Urencategorie::Overleg, 45, "Reistijd", false);
    store.registreer_uren(coach, &o.dossier, &reistijd).unwrap();
    let jobhunting = NieuweUrenregel {
        tarief_centen_per_uur: 8_750,
        ..regel(date(2022, 11, 21), Urencategorie::Jobhunting, 100, "Vacatures gezocht, 2 brieven", true)
    };
    store.registreer_uren(coach, &o.dossier, &jobhunting).unwrap();
    // Only the coach registers; not before the commission; a sane duration and rate.
    for rol in [hr, wn, o.arts()] {
        assert!(geweigerd(store.registreer_uren(rol, &o.dossier, &intake)), "{}", rol.id);
    }
    let fout = |u: NieuweUrenregel| matches!(store.registreer_uren(coach, &o.dossier, &u), Err(StoreFout::Ongeldig(_)));
    assert!(fout(NieuweUrenregel { datum: date(2022, 10, 9), ..intake.clone() }), "before the commission");
    assert!(fout(NieuweUrenregel { minuten: 0, ..intake.clone() }));
    assert!(fout(NieuweUrenregel { tarief_centen_per_uur: -1, ..intake.clone() }));
    assert!(fout(NieuweUrenregel { omschrijving: " ".into(), ..intake.clone() }));

    // The employer reads the lines and the budget used: 142,50 + 95,00 + 145,83; travel is not billed.
    let t = store.traject(hr, &o.dossier, "werkgeversoverzicht").unwrap().unwrap();
    assert_eq!(t.uren.len(), 4);
    assert_eq!(t.uren.iter().map(|u| u.bedrag_centen()).collect::<Vec<_>>(), [14_250, 9_500, 7_125, 14_583]);
    assert_eq!(t.uren[0].door, "Coach");
    assert_eq!(traject_in_werkvoorraad(store, coach, &o.dossier), store.traject(coach, &o.dossier, "test").unwrap());
    assert_eq!(
        t.budget(),
        Some(Budgetstand {
            budget_centen: 250_000,
            besteed_centen: 38_333,
            resterend_centen: 211_667,
            procent_besteed: Some(15),
            overschreden: false,
        })
    );

    let gelezen = logregels_met(store, "[\"uren\"]");
    let csv = store.uren_csv(hr, &o.dossier, "uren exporteren").unwrap();
    assert_eq!(logregels_met(store, "[\"uren\"]"), gelezen + 1, "the export is a logged read");
    assert_eq!(
        csv,
        "\u{feff}Datum;Categorie;Omschrijving;Uren;Tarief per uur (EUR);Bedrag (EUR);Geregistreerd door\n\
         24-10-2022;intake;\"Intakegesprek; \"\"cv\"\" besproken\";1,50;95,00;142,50;Coach\n\
         14-11-2022;coachgesprekken;'=SOM(A1);1,00;95,00;95,00;Coach\n\
         21-11-2022;jobhunting en sollicitaties;Vacatures gezocht, 2 brieven;1,67;87,50;145,83;Coach\n"
    );
    assert!(store.uren_csv(wn, &o.dossier, "werknemerportaal").is_ok(), "whoever reads the traject");

    // Time for the final report still counts after closing.
    store
        .zet_traject_door(coach, &o.dossier, Fase::Afgesloten, Some(Afsluitreden::Hersteld), date(2022, 12, 1))
        .unwrap();
    let eind = regel(date(2022, 12, 5), Urencategorie::Rapportage, 120, "Eindrapportage", true);
    store.registreer_uren(coach, &o.dossier, &eind).unwrap();
    let t = store.traject(hr, &o.dossier, "werkgeversoverzicht").unwrap().unwrap();
    assert_eq!(t.budget().unwrap().besteed_centen, 38_333 + 19_000);

    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(verborgen(store.registreer_uren(vreemd, &o.dossier, &eind)));
    assert!(verborgen(store.uren_csv(vreemd, &o.dossier, "test")));
    let vreemde_hr = Actor { id: &ander.hr, organisatie_id: &ander.organisatie };
    assert!(verborgen(store.uren_csv(vreemde_hr, &o.dossier, "test")));
}

fn a_user_chooses_their_own_language_and_nothing_else(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let email = format!("coach-{}@example.nl", &o.organisatie[..8]);
    store.stel_wachtwoord_in(systeem, &o.coach, "een lang en goed wachtwoord").unwrap();
    let taal = || store.meld_aan(&email, "een lang en goed wachtwoord", "10.0.0.1").unwrap().taal;
    assert_eq!(taal(), "nl", "Dutch unless chosen otherwise");

    let geschreven = logregels(store, "wijziging", "gebruikers");
    store.kies_taal(o.actor(), &o.coach, "en").unwrap();
    assert_eq!(taal(), "en");
    assert_eq!(logregels(store, "wijziging", "gebruikers"), geschreven + 1, "the choice is in the chain");

    // Another language, or one in another spelling, is refused in Dutch; nothing changes.
    for fout in ["de", "EN", "en-GB", "", "nl'; --"] {
        let r = store.kies_taal(o.actor(), &o.coach, fout);
        assert!(matches!(&r, Err(StoreFout::Ongeldig(m)) if m.contains("geen taal")), "{fout:?}: {r:?}");
    }
    // Nobody chooses for someone else, not even the product itself.
    assert!(matches!(store.kies_taal(o.hr(), &o.coach, "nl"), Err(StoreFout::Geweigerd(_))));
    assert!(matches!(store.kies_taal(systeem, &o.coach, "nl"), Err(StoreFout::Geweigerd(_))));
    assert_eq!(taal(), "en");
    store.kies_taal(o.actor(), &o.coach, "nl").unwrap();
    assert_eq!(taal(), "nl");
}

fn the_beheerder_keeps_employers_and_caseloads(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let nieuw = |email: &str, rol| NieuweGebruiker {
        email: email.into(),
        naam: email.into(),
        rol,
        werknemer_id: None,
        werkgevers: vec![],
    };
    let beheerder =
        store.nieuwe_gebruiker(systeem, &nieuw(&format!("b-{}@x.nl", &o.organisatie[..8]), Rol::Beheerder)).unwrap();
    let b = Actor { id: &beheerder, organisatie_id: &o.organisatie };
    let tweede = store.nieuwe_gebruiker(b, &nieuw(&format!("c2-{}@x.nl", &o.organisatie[..8]), Rol::Coach)).unwrap();
    let wg = store.nieuwe_werkgever(b, "Zorggroep Noord", true).unwrap();
    let werkgevers = store.werkgevers(b).unwrap();
    assert_eq!(
        werkgevers.iter().map(|w| (w.naam.as_str(), w.eigenrisicodrager)).collect::<Vec<_>>(),
        [("Bakkerij De Korf", false), ("Zorggroep Noord", true)]
    );
    assert!(werkgevers.iter().any(|w| w.id == wg));
    assert_eq!(store.werknemers(b).unwrap().len(), 1);

    // The dossier moves from the first coach's caseload to the second's.
    store.wijs_coach_toe(b, &o.dossier, Some(&tweede)).unwrap();
    let t = Actor { id: &tweede, organisatie_id: &o.organisatie };
    assert_eq!(store.dossiers(t).unwrap()[0].coach_id.as_deref(), Some(tweede.as_str()));
    assert!(store.dossiers(o.actor()).unwrap().is_empty());
    assert!(matches!(store.dossier(o.actor(), &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));
    store.wijs_coach_toe(b, &o.dossier, None).unwrap();
    assert!(store.dossiers(t).unwrap().is_empty());

    // Only a coach has a caseload; only the beheerder assigns; nothing crosses organisations.
    assert!(matches!(store.wijs_coach_toe(b, &o.dossier, Some(&o.arts)), Err(StoreFout::Ongeldig(_))));
    for verboden in [o.actor(), o.hr(), o.arts()] {
        assert!(matches!(store.wijs_coach_toe(verboden, &o.dossier, Some(&o.coach)), Err(StoreFout::Geweigerd(_))));
        assert!(matches!(store.werkgevers(verboden), Err(StoreFout::Geweigerd(_))));
        assert!(matches!(store.werknemers(verboden), Err(StoreFout::Geweigerd(_))));
    }
    let ander = opzet(store);
    assert!(matches!(store.wijs_coach_toe(b, &ander.dossier, Some(&tweede)), Err(StoreFout::NietGevonden(_))));
    assert!(matches!(store.wijs_coach_toe(b, &o.dossier, Some(&ander.coach)), Err(StoreFout::NietGevonden(_))));
}

fn a_key_is_required_and_must_match(store: &Store) {
    opzet(store);
    let url = store.url().to_string();
    assert!(matches!(Store::open(&url, None), Err(StoreFout::GeenSleutel)));
    let fout = Store::open(&url, Some(BsnSleutel::demo())).unwrap_err();
    assert!(fout.to_string().contains("past niet bij deze database"), "{fout}");
    assert!(Store::open(&url, Some(sleutel())).is_ok());
    assert!(matches!(Store::open_demo(&url), Err(StoreFout::Ongeldig(_))), "real data never becomes demo data");
    assert!(!store.is_demo().unwrap());
}

struct Opzet {
    organisatie: String,
    werkgever: String,
    werknemer: String,
    dossier: String,
    coach: String,
    arts: String,
    hr: String,
}

impl Opzet {
    fn actor(&self) -> Actor<'_> {
        Actor { id: &self.coach, organisatie_id: &self.organisatie }
    }

    fn arts(&self) -> Actor<'_> {
        Actor { id: &self.arts, organisatie_id: &self.organisatie }
    }

    /// The employer's HR, who records the sickness and the Poortwachter steps.
    fn hr(&self) -> Actor<'_> {
        Actor { id: &self.hr, organisatie_id: &self.organisatie }
    }
}

/// A user of the actor's organisation, named `naam`, with an e-mail address unique to it.
fn account(
    store: &Store,
    systeem: Actor<'_>,
    naam: &str,
    rol: Rol,
    werknemer_id: Option<String>,
    werkgevers: Vec<String>,
) -> String {
    let email = format!("{}-{}@example.nl", naam.to_lowercase().replace(' ', "-"), &systeem.organisatie_id[..8]);
    store
        .nieuwe_gebruiker(systeem, &NieuweGebruiker { email, naam: naam.into(), rol, werknemer_id, werkgevers })
        .unwrap()
}

fn opzet(store: &Store) -> Opzet {
    let organisatie = store.nieuwe_organisatie("systeem:test", "Bureau Test", OrganisatieSoort::Bureau).unwrap();
    let systeem = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let werkgever = store.nieuwe_werkgever(systeem, "Bakkerij De Korf", false).unwrap();
    let werknemer = store.nieuwe_werknemer(systeem, &test_support::werknemer(&werkgever, "Sanne")).unwrap();
    let coach = account(store, systeem, "Coach", Rol::Coach, None, vec![werkgever.clone()]);
    let arts = account(store, systeem, "Bedrijfsarts", Rol::Bedrijfsarts, None, vec![werkgever.clone()]);
    let hr = account(store, systeem, "HR", Rol::Werkgever, None, vec![werkgever.clone()]);
    let dossier = store.nieuw_dossier(systeem, &werknemer, Some(&coach), date(2022, 1, 3)).unwrap();
    Opzet { organisatie, werkgever, werknemer, dossier, coach, arts, hr }
}

fn gebeurtenis(soort: impl Into<Soort>, datum: jiff::civil::Date) -> Wijziging {
    Wijziging::Gebeurtenis { gebeurtenis: Gebeurtenis { soort: soort.into(), datum }, toelichting: None }
}

fn a_dossier_round_trips_to_the_clock(store: &Store) {
    let o = opzet(store);
    let a = o.hr();
    let mut versie = 1;
    for w in [
        Wijziging::Herstel { laatste_ziektedag: date(2022, 7, 3) },
        Wijziging::Ziekmelding { van: date(2022, 7, 25) },
        gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10)),
        Wijziging::Loonsanctie { weken: Some(10) },
    ] {
        versie = store.wijzig_dossier(a, &o.dossier, versie, &[w]).unwrap();
    }
    assert_eq!(versie, 5);
    let d = store.dossier(a, &o.dossier, "test").unwrap();
    assert_eq!((d.werknemer.as_str(), d.werkgever.as_str(), d.versie), ("Sanne de Vries", "Bakkerij De Korf", 5));
    assert_eq!(d.werkgever_id, o.werkgever);
    let t = domain::poortwachter::bereken(&d.casus(date(2022, 8, 1)).unwrap());
    assert_eq!(t.einde_wachttijd, date(2024, 1, 22), "samentelling survives the round trip");
    assert_eq!(t.einde_loondoorbetaling, date(2024, 4, 1));
    assert_eq!(store.dossiers(o.actor()).unwrap().len(), 1);
}

fn the_bsn_is_encrypted_at_rest_and_its_reads_are_logged(store: &Store) {
    let o = opzet(store);
    #[derive(QueryableByName)]
    struct Rij {
        #[diesel(sql_type = diesel::sql_types::Binary)]
        bsn_versleuteld: Vec<u8>,
    }
    let rijen: Vec<Rij> = diesel::sql_query("SELECT bsn_versleuteld FROM werknemers")
        .load(&mut *store.ruwe_verbinding().unwrap())
        .unwrap();
    assert_eq!(rijen.len(), 1);
    assert!(!rijen[0].bsn_versleuteld.windows(9).any(|w| w == b"111222333"));
    assert_eq!(store.bsn(o.actor(), &o.dossier, "RIV").unwrap().als_tekst(), "111222333");
    assert_eq!(logregels(store, "inzage", "werknemer"), 1);
}

fn every_write_and_read_is_in_the_chain(store: &Store) {
    let o = opzet(store);
    store
        .wijzig_dossier(o.hr(), &o.dossier, 1, &[gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10))])
        .unwrap();
    store.dossier(o.actor(), &o.dossier, "werkvoorraad").unwrap();
    store.voeg_notitie_toe(o.hr(), &o.dossier, date(2022, 2, 11), "gesprek gehad", false).unwrap();
    store.medische_notities(o.arts(), &o.dossier, "spreekuur").unwrap();
    let controle = store.controleer_logboek().unwrap();
    assert_eq!(controle.breuk, None);
    // organisation, employer, employee, three users, dossier, change, read, note, medical read
    assert_eq!(controle.regels, 11);
    assert_eq!(logregels(store, "wijziging", "dossier"), 2);
    assert_eq!(logregels(store, "inzage", "dossier"), 1);
    assert_eq!(logregels(store, "medisch", "dossier"), 1);
}

fn a_list_or_a_page_logs_its_reads_together_and_the_chain_holds(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let andere_coach = account(store, systeem, "Andere coach", Rol::Coach, None, vec![o.werkgever.clone()]);
    let mut eigen = vec![o.dossier.clone()];
    for naam in ["Piet", "Kees", "Anna", "Eva"] {
        let werknemer = store.nieuwe_werknemer(systeem, &test_support::werknemer(&o.werkgever, naam)).unwrap();
        let coach = if naam == "Eva" { &andere_coach } else { &o.coach };
        let dossier = store.nieuw_dossier(systeem, &werknemer, Some(coach), date(2022, 3, 1)).unwrap();
        if coach == &o.coach {
            eigen.push(dossier);
        }
    }
    let advies = store::traject::Advies {
        datum: date(2022, 10, 3),
        conclusie: "Spoor 2 starten.".into(),
        zoekrichtingen: vec!["administratief werk".into()],
        aanbevolen_start: None,
    };
    store.adviseer_spoor2(systeem, &o.dossier, &advies).unwrap();
    let (voor, lijsten) = (logregels(store, "inzage", "dossier"), logregels(store, "inzage", "lijst"));
    // The coach's werkvoorraad holds their own caseload only, logged as one entry naming each dossier
    // once, with the traject among what was read where it has one.
    let werkvoorraad = store.werkvoorraad(o.actor(), "werkvoorraad").unwrap();
    let mut gezien: Vec<String> = werkvoorraad.iter().map(|i| i.regel.id.clone()).collect();
    gezien.sort();
    eigen.sort();
    assert_eq!(gezien, eigen);
    assert_eq!((logregels(store, "inzage", "dossier"), logregels(store, "inzage", "lijst")), (voor, lijsten + 1));
    let lijst = laatste_lijst(store, &o.organisatie);
    assert_eq!(lijst.iter().map(|(d, _)| d.clone()).collect::<Vec<_>>(), eigen);
    let met_traject: Vec<&String> = lijst.iter().filter(|(_, g)| g.contains("\"traject\"")).map(|(d, _)| d).collect();
    assert_eq!(met_traject, [&o.dossier]);
    // The same caseload seen again is one more entry naming the same list, which is stored once.
    store.werkvoorraad(o.actor(), "werkvoorraad").unwrap();
    assert_eq!(logregels(store, "inzage", "lijst"), lijsten + 2);
    assert_eq!(laatste_lijst(store, &o.organisatie), lijst);
    assert_eq!(lijstregels(store, &o.organisatie), eigen.len() as i64);
    // The employee's access history has each view of the list, with what it showed of them.
    let beheerder = account(store, systeem, "Beheer", Rol::Beheerder, None, vec![]);
    let geschiedenis = store.toegangsgeschiedenis(Actor { id: &beheerder, ..o.actor() }, &o.dossier).unwrap();
    let views: Vec<&store::Inzage> = geschiedenis.iter().filter(|i| i.context == "werkvoorraad").collect();
    assert_eq!(views.len(), 2);
    assert!(views.iter().all(|i| i.actor == o.coach && i.soort == "inzage" && i.details.contains("\"traject\"")));
    assert!(geschiedenis.windows(2).all(|w| w[0].tijdstip >= w[1].tijdstip), "newest first");
    // Loaded together, each dossier and traject is what reading it alone gives.
    for item in werkvoorraad {
        assert_eq!(*item.dossier.unwrap(), store.dossier(o.actor(), &item.regel.id, "test").unwrap());
        assert_eq!(item.traject.map(|t| (*t).clone()), store.traject(o.actor(), &item.regel.id, "test").unwrap());
    }
    let (voor, lijsten) = (logregels(store, "inzage", "dossier"), logregels(store, "inzage", "lijst"));
    // The employer's HR sees every dossier of the employer, the other coach's too.
    let geheel = store.werkvoorraad(o.hr(), "werkvoorraad").unwrap();
    assert_eq!(geheel.len(), 5);
    assert_eq!(laatste_lijst(store, &o.organisatie).len(), 5);
    // In parts (as a round over the organisation reads it): the same dossiers, one entry per part.
    let (mut delen, mut in_delen) = (Vec::new(), Vec::new());
    store
        .werkvoorraad_in_delen(o.hr(), "werkvoorraad", 2, |deel| {
            delen.push(deel.len());
            in_delen.extend(deel);
            Ok(())
        })
        .unwrap();
    assert_eq!(delen, [2, 2, 1]);
    let ids = |w: &[store::Werkvoorraaddossier]| w.iter().map(|i| i.regel.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&in_delen), ids(&geheel));
    assert_eq!(
        in_delen.into_iter().map(|i| i.dossier).collect::<Vec<_>>(),
        geheel.into_iter().map(|i| i.dossier).collect::<Vec<_>>()
    );
    assert_eq!((logregels(store, "inzage", "dossier"), logregels(store, "inzage", "lijst")), (voor, lijsten + 4));
    // A page's reads are logged when it is done, also when a later step fails: its reads of one
    // dossier as one entry naming what was read.
    let fout = store.samen(o.actor(), |s| {
        s.dossier(o.actor(), &o.dossier, "dossierpagina")?;
        s.verloop(o.actor(), &o.dossier, "dossierpagina")?;
        s.medische_notities(o.actor(), &o.dossier, "dossierpagina")
    });
    assert!(geweigerd(fout.wacht()));
    assert_eq!(logregels(store, "inzage", "dossier"), voor + 1);
    assert_eq!(logregels_met(store, r#""gegevens":["persoonsgegevens","verzuim","poortwachter","verloop"]"#), 1);
    let controle = store.controleer_logboek().unwrap();
    assert_eq!(controle.breuk, None);
}

fn a_stale_version_is_a_conflict_not_a_lost_update(store: &Store) {
    let o = opzet(store);
    store
        .wijzig_dossier(o.hr(), &o.dossier, 1, &[gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10))])
        .unwrap();
    let fout =
        store.wijzig_dossier(o.hr(), &o.dossier, 1, &[gebeurtenis(MijlpaalCode::PlanVanAanpak, date(2022, 2, 20))]);
    assert!(matches!(fout, Err(StoreFout::Conflict { verwacht: 1, actueel: 2 })), "{fout:?}");
    assert!(fout.unwrap_err().to_string().contains("intussen gewijzigd"));
}

fn an_invalid_change_writes_nothing(store: &Store) {
    let o = opzet(store);
    let voor = store.controleer_logboek().unwrap().regels;
    // A second running period overlaps the first.
    let fout = store.wijzig_dossier(o.hr(), &o.dossier, 1, &[Wijziging::Ziekmelding { van: date(2022, 3, 1) }]);
    assert!(matches!(&fout, Err(StoreFout::Ongeldig(m)) if m.contains("overlapt")), "{fout:?}");
    let fout =
        store.wijzig_dossier(o.hr(), &o.dossier, 1, &[Wijziging::Herstel { laatste_ziektedag: date(2021, 12, 1) }]);
    assert!(matches!(&fout, Err(StoreFout::Ongeldig(m)) if m.contains("ligt vóór")), "{fout:?}");
    // A dossier is one sickness chain: sick again 28 days or more after recovery is a new dossier.
    let fout = store.wijzig_dossier(
        o.hr(),
        &o.dossier,
        1,
        &[
            Wijziging::Herstel { laatste_ziektedag: date(2022, 3, 1) },
            Wijziging::Ziekmelding { van: date(2022, 3, 30) },
        ],
    );
    assert!(matches!(&fout, Err(StoreFout::Ongeldig(m)) if m.contains("nieuw dossier")), "{fout:?}");
    assert_eq!(store.dossier(o.actor(), &o.dossier, "test").unwrap().versie, 1);
    assert_eq!(store.controleer_logboek().unwrap().regels, voor + 1, "only the read was logged");
}

fn another_organisation_sees_nothing(store: &Store) {
    let o = opzet(store);
    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(matches!(store.dossier(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden("dossier"))));
    assert!(matches!(store.bsn(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden("dossier"))));
    assert!(matches!(
        store.wijzig_dossier(vreemd, &o.dossier, 1, &[gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10))]),
        Err(StoreFout::NietGevonden("dossier"))
    ));
    assert!(matches!(
        store.nieuw_dossier(vreemd, &o.werknemer, None, date(2023, 1, 1)),
        Err(StoreFout::NietGevonden(_))
    ));
    assert!(store.dossiers(vreemd).unwrap().iter().all(|d| d.id != o.dossier));
}

fn medical_notes_come_only_through_their_own_read(store: &Store) {
    let o = opzet(store);
    store.voeg_notitie_toe(o.arts(), &o.dossier, date(2022, 2, 1), "diagnose: …", true).unwrap();
    store.voeg_notitie_toe(o.hr(), &o.dossier, date(2022, 2, 2), "afspraak gemaakt", false).unwrap();
    let d = store.dossier(o.actor(), &o.dossier, "test").unwrap();
    assert!(!format!("{d:?}").contains("diagnose"));
    let medisch = store.medische_notities(o.arts(), &o.dossier, "spreekuur").unwrap();
    assert_eq!(medisch.len(), 1);
    assert_eq!(medisch[0].tekst, "diagnose: …");
    assert_eq!(logregels(store, "medisch", "dossier"), 1);
    // The course of the dossier has the steps with who recorded them and the non-medical notes only.
    let stap = Gebeurtenis { soort: Soort::eenvoudig("probleemanalyse").unwrap(), datum: date(2022, 2, 3) };
    let toelichting = Some("besproken met werknemer".to_string());
    store.wijzig_dossier(o.hr(), &o.dossier, 1, &[Wijziging::Gebeurtenis { gebeurtenis: stap, toelichting }]).unwrap();
    let verloop = store.verloop(o.actor(), &o.dossier, "dossierpagina").unwrap();
    let regels: Vec<_> = verloop.iter().map(|r| (r.soort.as_str(), r.tekst.as_deref(), r.door.as_str())).collect();
    assert_eq!(
        regels,
        [("notitie", Some("afspraak gemaakt"), "HR"), ("probleemanalyse", Some("besproken met werknemer"), "HR")]
    );
    assert!(!format!("{verloop:?}").contains("diagnose"));
    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(matches!(store.verloop(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));
}

fn only_the_bedrijfsarts_of_the_employer_reads_or_writes_medical_notes(store: &Store) {
    let o = opzet(store);
    store.voeg_notitie_toe(o.arts(), &o.dossier, date(2022, 2, 1), "diagnose: …", true).unwrap();
    // The coach, the product itself, and a bedrijfsarts of another employer are refused.
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let andere_werkgever = store.nieuwe_werkgever(systeem, "Ander bedrijf", false).unwrap();
    let andere_arts = store
        .nieuwe_gebruiker(
            systeem,
            &NieuweGebruiker {
                email: format!("arts2-{}@example.nl", &o.organisatie[..8]),
                naam: "Andere arts".into(),
                rol: Rol::Bedrijfsarts,
                werknemer_id: None,
                werkgevers: vec![andere_werkgever],
            },
        )
        .unwrap();
    let andere_arts = Actor { id: &andere_arts, organisatie_id: &o.organisatie };
    for actor in [o.actor(), o.hr(), systeem] {
        let fout = store.medische_notities(actor, &o.dossier, "nieuwsgierig").unwrap_err();
        assert!(matches!(fout, StoreFout::Geweigerd(_)), "{fout:?}");
        assert!(fout.to_string().contains("alleen voor de bedrijfsarts"));
        let fout = store.voeg_notitie_toe(actor, &o.dossier, date(2022, 2, 3), "diagnose", true).unwrap_err();
        assert!(matches!(fout, StoreFout::Geweigerd(_)), "{fout:?}");
    }
    // A bedrijfsarts for another employer does not even see the dossier.
    let fout = store.medische_notities(andere_arts, &o.dossier, "nieuwsgierig").unwrap_err();
    assert!(matches!(fout, StoreFout::NietGevonden("dossier")), "{fout:?}");
    // Every refused read is in the log.
    assert_eq!(logregels(store, "medisch", "dossier"), 4);
    assert_eq!(store.controleer_logboek().unwrap().breuk, None);
}

fn accounts_are_checked(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let dubbel = NieuweGebruiker {
        email: format!("coach-{}@example.nl", &o.organisatie[..8]),
        naam: "Nog een coach".into(),
        rol: Rol::Coach,
        werknemer_id: None,
        werkgevers: vec![],
    };
    let fout = store.nieuwe_gebruiker(systeem, &dubbel).unwrap_err();
    assert!(fout.to_string().contains("al een account"), "{fout}");
    let zonder = NieuweGebruiker { email: "w@example.nl".into(), rol: Rol::Werknemer, ..dubbel.clone() };
    assert!(matches!(store.nieuwe_gebruiker(systeem, &zonder), Err(StoreFout::Ongeldig(_))));
    let vreemde_werkgever = NieuweGebruiker {
        email: "hr@example.nl".into(),
        rol: Rol::Werkgever,
        werkgevers: vec![opzet(store).werkgever],
        ..dubbel
    };
    assert!(matches!(store.nieuwe_gebruiker(systeem, &vreemde_werkgever), Err(StoreFout::NietGevonden("werkgever"))));
}

fn geweigerd<T>(r: Result<T, StoreFout>) -> bool {
    matches!(r, Err(StoreFout::Geweigerd(_)))
}

fn verborgen<T>(r: Result<T, StoreFout>) -> bool {
    matches!(r, Err(StoreFout::NietGevonden(_)))
}

fn every_operation_goes_through_the_role_matrix(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let gebruiker = |email: &str, rol: Rol, werkgevers: Vec<String>, werknemer_id: Option<String>| {
        let g = NieuweGebruiker {
            email: format!("{email}-{}@example.nl", &o.organisatie[..8]),
            naam: email.into(),
            rol,
            werknemer_id,
            werkgevers,
        };
        store.nieuwe_gebruiker(systeem, &g).unwrap()
    };
    let ad = gebruiker("ad", Rol::Arbeidsdeskundige, vec![o.werkgever.clone()], None);
    let werknemer = gebruiker("werknemer", Rol::Werknemer, vec![], Some(o.werknemer.clone()));
    let andere_coach = gebruiker("coach2", Rol::Coach, vec![], None);
    let beheerder = gebruiker("beheer", Rol::Beheerder, vec![], None);
    let als = |id| Actor { id, organisatie_id: &o.organisatie };
    let stap = [gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10))];

    // Verzuim: the employer and the bedrijfsarts write; the coach, the arbeidsdeskundige and the employee read.
    for lezer in [o.actor(), als(&ad), als(&werknemer)] {
        assert!(store.dossier(lezer, &o.dossier, "test").is_ok());
        assert!(geweigerd(store.wijzig_dossier(lezer, &o.dossier, 1, &stap)));
    }
    assert_eq!(store.wijzig_dossier(o.arts(), &o.dossier, 1, &stap).unwrap(), 2);
    // The BSN: not for the arbeidsdeskundige or the beheerder.
    assert!(geweigerd(store.bsn(als(&ad), &o.dossier, "test")));
    assert!(geweigerd(store.bsn(als(&beheerder), &o.dossier, "test")));
    assert!(store.bsn(als(&werknemer), &o.dossier, "eigen gegevens").is_ok());
    // The beheerder manages the organisation but reads no dossier.
    assert!(geweigerd(store.dossier(als(&beheerder), &o.dossier, "test")));
    assert!(store.nieuwe_werkgever(als(&beheerder), "Nieuwe klant", false).is_ok());
    assert!(geweigerd(store.nieuwe_werkgever(o.actor(), "Niet van de coach", false)));
    // Outside the caseload or the scope the dossier does not exist.
    assert!(verborgen(store.dossier(als(&andere_coach), &o.dossier, "test")));
    let andere_werknemer = gebruiker("werknemer2", Rol::Werknemer, vec![], Some(o.werknemer.clone()));
    assert!(store.dossier(als(&andere_werknemer), &o.dossier, "test").is_ok(), "the same employee's second account");
    // An unknown user is refused.
    assert!(geweigerd(store.dossier(als("iemand"), &o.dossier, "test")));
    // Lists show only what the policy lets each role see.
    assert_eq!(store.dossiers(o.actor()).unwrap().len(), 1);
    assert_eq!(store.dossiers(als(&werknemer)).unwrap().len(), 1);
    assert!(store.dossiers(als(&andere_coach)).unwrap().is_empty());
    // The access history: for the beheerder and the employee, not for the coach.
    let geschiedenis = store.toegangsgeschiedenis(als(&beheerder), &o.dossier).unwrap();
    assert!(geschiedenis.iter().any(|i| i.actor == o.coach && i.soort == "inzage"));
    assert!(geschiedenis.windows(2).all(|w| w[0].tijdstip >= w[1].tijdstip), "newest first");
    assert!(!store.toegangsgeschiedenis(als(&werknemer), &o.dossier).unwrap().is_empty());
    assert!(geweigerd(store.toegangsgeschiedenis(o.actor(), &o.dossier)));
}

fn code(geheim_base32: &str) -> String {
    let geheim = totp_rs::Secret::try_from_base32(geheim_base32).unwrap();
    let totp = totp_rs::Builder::new().with_secret(geheim.as_bytes().to_vec()).build().unwrap();
    totp.generate_current().to_string()
}

fn login_takes_a_password_and_a_second_factor(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let email = format!("coach-{}@example.nl", &o.organisatie[..8]);
    assert!(matches!(store.stel_wachtwoord_in(systeem, &o.coach, "kort"), Err(StoreFout::Ongeldig(_))));
    store.stel_wachtwoord_in(systeem, &o.coach, "een lang en goed wachtwoord").unwrap();

    let onjuist = store.meld_aan(&email, "fout wachtwoord!!", "10.0.0.1").unwrap_err();
    let onbekend = store.meld_aan("niemand@example.nl", "een lang en goed wachtwoord", "10.0.0.1").unwrap_err();
    assert_eq!(onjuist.to_string(), onbekend.to_string(), "no hint which accounts exist");
    assert_eq!(onjuist.to_string(), "e-mailadres of wachtwoord onjuist");

    let aanmelding = store.meld_aan(&email.to_uppercase(), "een lang en goed wachtwoord", "10.0.0.1").unwrap();
    assert_eq!((aanmelding.gebruiker_id.as_str(), aanmelding.rol), (o.coach.as_str(), Rol::Coach));
    assert_eq!(aanmelding.tweede_factor, TweedeFactor::Instellen);
    let instelling = store.begin_tweede_factor(&o.coach).unwrap();
    assert!(instelling.otpauth_url.starts_with("otpauth://totp/spoor2:"));
    assert!(instelling.qr_svg.contains("<svg"));
    let fout = store.controleer_tweede_factor(&o.coach, "000000", "10.0.0.1").unwrap_err();
    assert!(fout.to_string().contains("klopt niet") || code(&instelling.geheim_base32) == "000000");
    let goed = code(&instelling.geheim_base32);
    store.controleer_tweede_factor(&o.coach, &goed, "10.0.0.1").unwrap();
    let fout = store.controleer_tweede_factor(&o.coach, &goed, "10.0.0.1").unwrap_err();
    assert!(fout.to_string().contains("al gebruikt"), "a code works once: {fout}");
    let aanmelding = store.meld_aan(&email, "een lang en goed wachtwoord", "10.0.0.1").unwrap();
    assert_eq!(aanmelding.tweede_factor, TweedeFactor::Controleren);
    assert!(store.begin_tweede_factor(&o.coach).is_err(), "an active factor is not replaced without a reset");

    // The beheerder resets a lost second factor; a coach may not.
    assert!(matches!(store.herstel_tweede_factor(o.actor(), &o.coach), Err(StoreFout::Geweigerd(_))));
    store.herstel_tweede_factor(systeem, &o.coach).unwrap();
    let aanmelding = store.meld_aan(&email, "een lang en goed wachtwoord", "10.0.0.1").unwrap();
    assert_eq!(aanmelding.tweede_factor, TweedeFactor::Instellen);

    // Secrets are neither stored nor logged in the clear.
    let nieuw = store.begin_tweede_factor(&o.coach).unwrap();
    let geheim = totp_rs::Secret::try_from_base32(&nieuw.geheim_base32).unwrap();
    #[derive(QueryableByName)]
    struct Geheim {
        #[diesel(sql_type = diesel::sql_types::Binary)]
        totp_geheim: Vec<u8>,
    }
    let rij: Geheim = diesel::sql_query("SELECT totp_geheim FROM inloggegevens")
        .get_result(&mut *store.ruwe_verbinding().unwrap())
        .unwrap();
    assert!(!rij.totp_geheim.windows(geheim.as_bytes().len()).any(|w| w == geheim.as_bytes()));
    assert_eq!(logregels_met(store, "wachtwoord lang"), 0);
}

fn failed_logins_block_the_account_and_the_address(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let email = format!("coach-{}@example.nl", &o.organisatie[..8]);
    store.stel_wachtwoord_in(systeem, &o.coach, "een lang en goed wachtwoord").unwrap();
    for _ in 0..4 {
        assert!(matches!(store.meld_aan(&email, "verkeerd wachtwoord", "10.0.0.2"), Err(StoreFout::Aanmelden(_))));
    }
    let fout = store.meld_aan(&email, "verkeerd wachtwoord", "10.0.0.2").unwrap_err();
    assert!(matches!(fout, StoreFout::Geblokkeerd { minuten: 15 }), "{fout:?}");
    assert!(fout.to_string().contains("probeer het over 15 minuten opnieuw"));
    let fout = store.meld_aan(&email, "een lang en goed wachtwoord", "10.0.0.3").unwrap_err();
    assert!(matches!(fout, StoreFout::Geblokkeerd { .. }), "blocked even with the right password: {fout:?}");
    // A new password from the beheerder lifts the block.
    store.stel_wachtwoord_in(systeem, &o.coach, "nog een lang wachtwoord").unwrap();
    assert!(store.meld_aan(&email, "nog een lang wachtwoord", "10.0.0.3").is_ok());

    // One address trying many accounts is blocked; another address is not.
    for i in 0..20 {
        let _ = store.meld_aan(&format!("gok{i}@example.nl"), "verkeerd wachtwoord", "10.0.0.9");
    }
    assert!(matches!(
        store.meld_aan(&email, "nog een lang wachtwoord", "10.0.0.9"),
        Err(StoreFout::Geblokkeerd { .. })
    ));
    assert!(store.meld_aan(&email, "nog een lang wachtwoord", "10.0.0.4").is_ok());
}

fn documents_are_stored_once_by_content(store: &Store) {
    let o = opzet(store);
    let document = |titel: &str| NieuwDocument {
        soort: "probleemanalyse".into(),
        titel: titel.into(),
        datum: date(2022, 2, 10),
        auteur: "Dr. Arts".into(),
        ondertekend_door: Some("Dr. Arts".into()),
        bestandsnaam: "pa.pdf".into(),
        mediatype: "application/pdf".into(),
        inhoud: b"%PDF-1.7 probleemanalyse".to_vec(),
    };
    let a = store.voeg_document_toe(o.hr(), &o.dossier, &document("Probleemanalyse")).unwrap();
    let b = store.voeg_document_toe(o.hr(), &o.dossier, &document("Probleemanalyse (kopie)")).unwrap();
    assert_ne!(a, b);
    let lijst = store.documenten(o.actor(), &o.dossier, "test").unwrap();
    assert_eq!(lijst.len(), 2);
    assert_eq!(lijst[0].sha256, lijst[1].sha256);
    let (naam, soort, inhoud) = store.document_inhoud(o.actor(), &b, "test").unwrap();
    assert_eq!(
        (naam.as_str(), soort.as_str(), inhoud.as_slice()),
        ("pa.pdf", "application/pdf", &b"%PDF-1.7 probleemanalyse"[..])
    );
    #[derive(QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let inhoud: Aantal = diesel::sql_query("SELECT COUNT(*) AS n FROM inhoud")
        .get_result(&mut *store.ruwe_verbinding().unwrap())
        .unwrap();
    assert_eq!(inhoud.n, 1, "identical content is stored once");
    let leeg = NieuwDocument { inhoud: vec![], ..document("leeg") };
    assert!(matches!(store.voeg_document_toe(o.hr(), &o.dossier, &leeg), Err(StoreFout::Ongeldig(_))));
    // The employee's own view is theirs (and their coach's) to add, never the employer's.
    let visie = NieuwDocument { soort: "visie_werknemer".into(), ..document("Mijn visie") };
    assert!(matches!(store.voeg_document_toe(o.hr(), &o.dossier, &visie), Err(StoreFout::Geweigerd(_))));
    store.voeg_document_toe(o.actor(), &o.dossier, &visie).unwrap();
    assert!(matches!(store.voeg_document_toe(o.actor(), &o.dossier, &document("pa")), Err(StoreFout::Geweigerd(_))));
    let ander = opzet(store);
    let vreemd = Actor { id: &ander.coach, organisatie_id: &ander.organisatie };
    assert!(matches!(store.document_inhoud(vreemd, &a, "test"), Err(StoreFout::NietGevonden("document"))));
}

fn belastbaarheid_is_recorded_by_the_bedrijfsarts_and_read_by_others(store: &Store) {
    let o = opzet(store);
    let b = Belastbaarheid {
        datum: date(2022, 3, 1),
        auteur_id: o.arts.clone(),
        benutbare_mogelijkheden: true,
        reden_geen: None,
        items: [("4.18".to_string(), 2u8), ("6.3".to_string(), 3), ("2.12".to_string(), 0b101)].into_iter().collect(),
        toelichtingen: [("6.3".to_string(), "opbouw in uren, eerst ochtenden".to_string())].into_iter().collect(),
        prognose: "verbetering binnen 3 maanden verwacht".into(),
    };
    assert!(matches!(store.leg_belastbaarheid_vast(o.actor(), &o.dossier, &b), Err(StoreFout::Geweigerd(_))));
    store.leg_belastbaarheid_vast(o.arts(), &o.dossier, &b).unwrap();
    assert_eq!(store.belastbaarheid(o.actor(), &o.dossier, "matching").unwrap(), vec![b.clone()]);
    let fout = Belastbaarheid { items: [("tillen".to_string(), 2u8)].into_iter().collect(), ..b.clone() };
    assert!(matches!(store.leg_belastbaarheid_vast(o.arts(), &o.dossier, &fout), Err(StoreFout::Ongeldig(_))));
    let te_hoog = Belastbaarheid { items: [("4.13".to_string(), 4u8)].into_iter().collect(), ..b.clone() };
    assert!(matches!(store.leg_belastbaarheid_vast(o.arts(), &o.dossier, &te_hoog), Err(StoreFout::Ongeldig(_))));
    let geen = Belastbaarheid {
        datum: date(2022, 4, 1),
        benutbare_mogelijkheden: false,
        reden_geen: Some(domain::fml::GeenBenutbareMogelijkheden::ErnstigePsychiatrischeStoornis),
        items: Default::default(),
        toelichtingen: Default::default(),
        ..b.clone()
    };
    let zonder_reden = Belastbaarheid { reden_geen: None, ..geen.clone() };
    assert!(matches!(store.leg_belastbaarheid_vast(o.arts(), &o.dossier, &zonder_reden), Err(StoreFout::Ongeldig(_))));
    store.leg_belastbaarheid_vast(o.arts(), &o.dossier, &geen).unwrap();
    // The reason is medical in nature: the bedrijfsarts reads it back, the coach only that there is none.
    assert_eq!(store.belastbaarheid(o.arts(), &o.dossier, "spreekuur").unwrap(), vec![b.clone(), geen.clone()]);
    assert_eq!(store.belastbaarheid(o.actor(), &o.dossier, "matching").unwrap(), vec![b, zonder_reden]);
}

fn an_edited_or_deleted_log_entry_is_named(store: &Store) {
    let o = opzet(store);
    store.dossier(o.actor(), &o.dossier, "test").unwrap();
    store.dossier(o.actor(), &o.dossier, "test").unwrap();
    assert_eq!(store.controleer_logboek().unwrap().breuk, None);
    let mut c = store.ruwe_verbinding().unwrap();

    diesel::sql_query("UPDATE logboek SET actor = 'iemand anders' WHERE volgnummer = 3 AND organisatie_id = $1")
        .bind::<Text, _>(&o.organisatie)
        .execute(&mut *c)
        .unwrap();
    let breuk = store.controleer_logboek().unwrap().breuk.expect("edit detected");
    assert_eq!((breuk.organisatie_id.as_str(), breuk.volgnummer), (o.organisatie.as_str(), 3));
    assert!(breuk.reden.contains("gewijzigd"));

    diesel::sql_query("DELETE FROM logboek WHERE volgnummer = 3 AND organisatie_id = $1")
        .bind::<Text, _>(&o.organisatie)
        .execute(&mut *c)
        .unwrap();
    let breuk = store.controleer_logboek().unwrap().breuk.expect("deletion detected");
    assert_eq!(breuk.volgnummer, 3);
    assert!(breuk.reden.contains("ontbreekt"));

    diesel::sql_query("DELETE FROM logboek WHERE organisatie_id = $1 AND volgnummer >= 3")
        .bind::<Text, _>(&o.organisatie)
        .execute(&mut *c)
        .unwrap();
    let breuk = store.controleer_logboek().unwrap().breuk.expect("a deleted tail is detected");
    assert_eq!(breuk.volgnummer, 3);
}

fn an_edited_or_deleted_line_of_a_list_view_is_named(store: &Store) {
    let o = opzet(store);
    store.werkvoorraad(o.actor(), "werkvoorraad").unwrap();
    assert_eq!(store.controleer_logboek().unwrap().breuk, None);
    let mut c = store.ruwe_verbinding().unwrap();
    let volgnummer = store.controleer_logboek().unwrap().regels as i64;
    let wijzig = |c: &mut store::verbinding::Verbinding, sql: &str| {
        diesel::sql_query(sql).bind::<Text, _>(&o.organisatie).execute(c).unwrap();
    };

    // The employee's line removed: their access history would miss the view.
    wijzig(&mut c, "UPDATE inzagelijstregels SET werknemer_id = 'iemand anders' WHERE organisatie_id = $1");
    let breuk = store.controleer_logboek().unwrap().breuk.expect("an edited line is detected");
    assert_eq!((breuk.organisatie_id.as_str(), breuk.volgnummer), (o.organisatie.as_str(), volgnummer));
    assert!(breuk.reden.contains("regels per werknemer"), "{}", breuk.reden);
    wijzig(&mut c, "DELETE FROM inzagelijstregels WHERE organisatie_id = $1");
    assert!(store.controleer_logboek().unwrap().breuk.is_some(), "deleted lines are detected");

    // The list's content edited.
    wijzig(&mut c, "UPDATE inzagelijsten SET inhoud = '[]' WHERE organisatie_id = $1");
    let breuk = store.controleer_logboek().unwrap().breuk.expect("an edited list is detected");
    assert_eq!(breuk.volgnummer, volgnummer);
    assert!(breuk.reden.contains("gewijzigd"), "{}", breuk.reden);
    wijzig(&mut c, "DELETE FROM inzagelijsten WHERE organisatie_id = $1");
    let breuk = store.controleer_logboek().unwrap().breuk.expect("a deleted list is detected");
    assert_eq!(breuk.volgnummer, volgnummer);
    assert!(breuk.reden.contains("ontbreekt"), "{}", breuk.reden);
}

/// Two servers (each with its own group commit) see one caseload for the first time at once: every
/// view is an entry, the list is stored once, and the chain holds.
fn the_same_new_list_seen_at_once_through_two_servers_is_stored_once(store: &Store) {
    let o = Arc::new(opzet(store));
    let ander = Store::open(store.url(), Some(sleutel())).unwrap();
    let start = Arc::new(Barrier::new(8));
    let draden: Vec<_> = (0..8)
        .map(|i| {
            let server = if i % 2 == 0 { store.clone() } else { ander.clone() };
            let (o, start) = (o.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                server.werkvoorraad(o.actor(), "werkvoorraad").map(|w| w.len())
            })
        })
        .collect();
    for d in draden {
        assert_eq!(d.join().unwrap().unwrap(), 1, "the coach's caseload of one dossier");
    }
    assert_eq!(logregels(store, "inzage", "lijst"), 8);
    let lijsten = aantal(store, "SELECT COUNT(*) AS n FROM inzagelijsten WHERE organisatie_id = $1", &o.organisatie);
    assert_eq!((lijsten, lijstregels(store, &o.organisatie)), (1, 1));
    assert_eq!(store.controleer_logboek().unwrap().breuk, None);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let beheerder = account(store, systeem, "Beheer", Rol::Beheerder, None, vec![]);
    let geschiedenis = store.toegangsgeschiedenis(Actor { id: &beheerder, ..o.actor() }, &o.dossier).unwrap();
    assert_eq!(geschiedenis.iter().filter(|i| i.context == "werkvoorraad").count(), 8);
}

fn eight_writers_on_one_dossier_lose_nothing(store: &Store) {
    let o = Arc::new(opzet(store));
    let start = Arc::new(Barrier::new(8));
    let draden: Vec<_> = (0..8)
        .map(|i| {
            let (store, o, start) = (store.clone(), o.clone(), start.clone());
            std::thread::spawn(move || {
                let actor = Actor { id: &o.hr, organisatie_id: &o.organisatie };
                let versie = store.dossier(actor, &o.dossier, "test").unwrap().versie;
                start.wait();
                let datum = date(2022, 3, 1 + i);
                store.wijzig_dossier(actor, &o.dossier, versie, &[gebeurtenis(Soort::Spoor2Activiteit, datum)])
            })
        })
        .collect();
    let uitkomsten: Vec<_> = draden.into_iter().map(|d| d.join().unwrap()).collect();
    let gelukt = uitkomsten.iter().filter(|u| u.is_ok()).count();
    assert!(gelukt >= 1);
    for u in &uitkomsten {
        assert!(matches!(u, Ok(_) | Err(StoreFout::Conflict { .. })), "{u:?}");
    }
    let d = store.dossier(o.actor(), &o.dossier, "test").unwrap();
    assert_eq!(d.versie, 1 + gelukt as i64);
    assert_eq!(d.klok.gebeurtenissen.len(), gelukt);
    assert_eq!(store.controleer_logboek().unwrap().breuk, None);
}

/// A beheerder in the set-up's organisation.
fn beheerder(store: &Store, o: &Opzet) -> String {
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let g = NieuweGebruiker {
        email: format!("beheer-{}@example.nl", &o.organisatie[..8]),
        naam: "Beheer".into(),
        rol: Rol::Beheerder,
        werknemer_id: None,
        werkgevers: vec![],
    };
    store.nieuwe_gebruiker(systeem, &g).unwrap()
}

fn a_token_is_issued_once_and_stored_as_its_hash(store: &Store) {
    let o = opzet(store);
    let beheer = beheerder(store, &o);
    let b = Actor { id: &beheer, organisatie_id: &o.organisatie };
    let token = store.geef_token(b, &o.coach, "  Koppeling rapportage  ").unwrap();
    assert!(token.geheim.starts_with("spoor2_") && token.geheim.len() == 7 + 43, "{}", token.geheim);
    assert!(!format!("{token:?}").contains(&token.geheim), "Debug does not print the secret");
    assert_ne!(store.geef_token(b, &o.coach, "tweede").unwrap().geheim, token.geheim);

    #[derive(QueryableByName)]
    struct Rij {
        #[diesel(sql_type = Text)]
        sha256: String,
    }
    let rijen: Vec<Rij> =
        diesel::sql_query("SELECT sha256 FROM tokens").load(&mut *store.ruwe_verbinding().unwrap()).unwrap();
    assert_eq!(rijen.len(), 2);
    use sha2::Digest;
    let verwacht = hex::encode(sha2::Sha256::digest(token.geheim.as_bytes()));
    assert!(rijen.iter().any(|r| r.sha256 == verwacht), "the SHA-256 of the secret is kept");
    let alles = format!("{:?}", store.tokens(b).unwrap());
    assert!(!alles.contains(&token.geheim) && !alles.contains(&token.geheim[7..]));

    let wie = store.token_gebruiker(&token.geheim).unwrap().expect("the token acts as the coach");
    assert_eq!((wie.gebruiker_id.as_str(), wie.organisatie_id.as_str()), (o.coach.as_str(), o.organisatie.as_str()));
    assert_eq!(
        (wie.rol, wie.token_naam.as_str(), wie.token_id.as_str()),
        (Rol::Coach, "Koppeling rapportage", token.id.as_str())
    );
    // The token reads what the coach reads, through the same policy and log.
    assert_eq!(store.dossier(wie.actor(), &o.dossier, "api").unwrap().id, o.dossier);
    let lijst = store.tokens(b).unwrap();
    let regel = lijst.iter().find(|t| t.id == token.id).unwrap();
    assert_eq!(
        (regel.naam.as_str(), regel.gebruiker.as_str(), regel.rol.as_str()),
        ("Koppeling rapportage", "Coach", "coach")
    );
    assert!(regel.laatst_gebruikt.is_some() && regel.ingetrokken.is_none());
    assert!(lijst.iter().find(|t| t.naam == "tweede").unwrap().laatst_gebruikt.is_none());
    assert_eq!(logregels(store, "wijziging", "token"), 2);
    assert_eq!(store.controleer_logboek().unwrap().breuk, None);
}

fn a_revoked_or_unknown_token_opens_nothing(store: &Store) {
    let o = opzet(store);
    let beheer = beheerder(store, &o);
    let b = Actor { id: &beheer, organisatie_id: &o.organisatie };
    let token = store.geef_token(b, &o.hr, "HR-koppeling").unwrap();
    assert!(store.token_gebruiker(&token.geheim).unwrap().is_some());
    for onbekend in ["", "spoor2_", "Bearer", &token.geheim[..token.geheim.len() - 1], &token.geheim[7..]] {
        assert_eq!(store.token_gebruiker(onbekend).unwrap(), None, "{onbekend}");
    }
    assert_eq!(store.token_gebruiker(&format!("{}x", token.geheim)).unwrap(), None);
    store.trek_token_in(b, &token.id).unwrap();
    assert_eq!(store.token_gebruiker(&token.geheim).unwrap(), None);
    store.trek_token_in(b, &token.id).unwrap();
    assert_eq!(logregels(store, "wijziging", "token"), 2, "issued and revoked, once each");
    assert!(store.tokens(b).unwrap()[0].ingetrokken.is_some());
    assert!(matches!(store.trek_token_in(b, "bestaat-niet"), Err(StoreFout::NietGevonden("token"))));
}

fn only_the_beheerder_of_the_organisation_issues_lists_and_revokes_tokens(store: &Store) {
    let o = opzet(store);
    let beheer = beheerder(store, &o);
    let b = Actor { id: &beheer, organisatie_id: &o.organisatie };
    for niet in [o.actor(), o.hr(), o.arts()] {
        assert!(matches!(store.geef_token(niet, niet.id, "eigen"), Err(StoreFout::Geweigerd(_))));
        assert!(matches!(store.tokens(niet), Err(StoreFout::Geweigerd(_))));
    }
    let token = store.geef_token(b, &o.arts, "Arts").unwrap();
    assert!(matches!(store.trek_token_in(o.actor(), &token.id), Err(StoreFout::Geweigerd(_))));
    assert!(matches!(store.geef_token(b, &o.coach, "   "), Err(StoreFout::Ongeldig(_))));
    assert!(matches!(store.geef_token(b, &o.coach, &"x".repeat(101)), Err(StoreFout::Ongeldig(_))));
    assert!(matches!(store.geef_token(b, "bestaat-niet", "x"), Err(StoreFout::NietGevonden("gebruiker"))));

    // Another organisation's beheerder neither issues for our users nor sees or revokes our tokens.
    let ander = opzet(store);
    let ander_beheer = beheerder(store, &ander);
    let vreemd = Actor { id: &ander_beheer, organisatie_id: &ander.organisatie };
    assert!(matches!(store.geef_token(vreemd, &o.coach, "overname"), Err(StoreFout::NietGevonden("gebruiker"))));
    assert!(store.tokens(vreemd).unwrap().is_empty());
    assert!(matches!(store.trek_token_in(vreemd, &token.id), Err(StoreFout::NietGevonden("token"))));
    // Claiming to be of another organisation does not work either.
    let vermomd = Actor { id: &beheer, organisatie_id: &ander.organisatie };
    assert!(store.geef_token(vermomd, &ander.coach, "x").is_err());
    assert!(store.token_gebruiker(&token.geheim).unwrap().is_some(), "still valid");
    assert_eq!(logregels(store, "wijziging", "token"), 1);
}

/// The list named by the organisation's newest list-view entry: per dossier, what was shown of it.
fn laatste_lijst(store: &Store, organisatie: &str) -> Vec<(String, String)> {
    #[derive(QueryableByName)]
    struct Regel {
        #[diesel(sql_type = Text)]
        dossier_id: String,
        #[diesel(sql_type = Text)]
        details: String,
    }
    let rijen: Vec<Regel> = diesel::sql_query(
        "SELECT dossier_id, details FROM inzagelijstregels WHERE organisatie_id = $1 AND lijst = \
         (SELECT entiteit_id FROM logboek WHERE organisatie_id = $1 AND entiteit = 'lijst' \
         ORDER BY volgnummer DESC LIMIT 1) ORDER BY dossier_id",
    )
    .bind::<Text, _>(organisatie)
    .load(&mut *store.ruwe_verbinding().unwrap())
    .unwrap();
    rijen.into_iter().map(|r| (r.dossier_id, r.details)).collect()
}

fn logregels_met(store: &Store, tekst: &str) -> i64 {
    aantal(store, "SELECT COUNT(*) AS n FROM logboek WHERE details LIKE $1", &format!("%{tekst}%"))
}

/// How many lines the organisation's stored lists have.
fn lijstregels(store: &Store, organisatie: &str) -> i64 {
    aantal(store, "SELECT COUNT(*) AS n FROM inzagelijstregels WHERE organisatie_id = $1", organisatie)
}

/// A count (`n`) by SQL with one text parameter.
fn aantal(store: &Store, sql: &str, waarde: &str) -> i64 {
    #[derive(QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let r: Aantal =
        diesel::sql_query(sql).bind::<Text, _>(waarde).get_result(&mut *store.ruwe_verbinding().unwrap()).unwrap();
    r.n
}

/// The dossier's traject as the werkvoorraad loads it: together with the rest of the caseload, which
/// must give the same traject as reading it alone.
fn traject_in_werkvoorraad(store: &Store, actor: Actor<'_>, dossier: &str) -> Option<store::traject::Traject> {
    let werkvoorraad = werkvoorraad_zoals(store, actor);
    werkvoorraad.into_iter().find(|(id, _, _)| id == dossier).unwrap().2
}

/// The werkvoorraad's dossiers and trajects, as values.
type Werkvoorraadinhoud = Vec<(String, Option<store::Dossier>, Option<store::traject::Traject>)>;

fn werkvoorraad_zoals(store: &Store, actor: Actor<'_>) -> Werkvoorraadinhoud {
    let werkvoorraad = store.werkvoorraad(actor, "test").unwrap();
    werkvoorraad
        .into_iter()
        .map(|i| (i.regel.id, i.dossier.map(|d| (*d).clone()), i.traject.map(|t| (*t).clone())))
        .collect()
}

/// A server keeps what its werkvoorraden read while the dossier's stand stays the same; the database
/// raises the stand with every change, whichever server (or tool) makes it. After each change here,
/// both servers give what a server that keeps nothing reads.
fn what_a_werkvoorraad_keeps_follows_every_change_made_through_either_server(store: &Store) {
    use domain::traject::Urencategorie;
    use store::traject::NieuweUrenregel;
    let o = opzet(store);
    let coach = o.actor();
    let ander = Store::open(store.url(), Some(sleutel())).unwrap();
    let klopt = |wat: &str| {
        let koud = werkvoorraad_zoals(&Store::open(store.url(), Some(sleutel())).unwrap(), coach);
        assert_eq!(werkvoorraad_zoals(store, coach), koud, "{wat}");
        assert_eq!(werkvoorraad_zoals(&ander, coach), koud, "{wat}, on the other server");
        koud
    };
    let dossier = |w: &Werkvoorraadinhoud| w[0].1.clone().unwrap();
    let begin = klopt("at the start");
    let versie = store
        .wijzig_dossier(o.hr(), &o.dossier, 1, &[gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10))])
        .unwrap();
    assert_ne!(dossier(&klopt("a step recorded here")).klok, dossier(&begin).klok);
    ander
        .wijzig_dossier(o.hr(), &o.dossier, versie, &[gebeurtenis(MijlpaalCode::PlanVanAanpak, date(2022, 2, 20))])
        .unwrap();
    klopt("a step recorded on the other server");
    traject_in_uitvoering(&ander, &o);
    assert!(klopt("a traject started on the other server")[0].2.is_some());
    let uren = NieuweUrenregel {
        datum: date(2022, 11, 14),
        categorie: Urencategorie::Coaching,
        minuten: 60,
        tarief_centen_per_uur: 9_500,
        omschrijving: "Gesprek".into(),
        declarabel: true,
    };
    store.registreer_uren(coach, &o.dossier, &uren).unwrap();
    assert_eq!(klopt("hours registered here")[0].2.as_ref().unwrap().uren.len(), 1);
    // Names, changed below the store (as a correction or the retention round would).
    let c = &mut *store.ruwe_verbinding().unwrap();
    diesel::sql_query("UPDATE werknemers SET voornaam = 'Anna'").execute(c).unwrap();
    assert!(dossier(&klopt("the employee's name")).werknemer.starts_with("Anna "));
    diesel::sql_query("UPDATE werkgevers SET naam = 'Bakkerij Het Korenaar'").execute(c).unwrap();
    assert_eq!(dossier(&klopt("the employer's name")).werkgever, "Bakkerij Het Korenaar");
    diesel::sql_query("UPDATE gebruikers SET naam = 'Coach Jansen' WHERE naam = 'Coach'").execute(c).unwrap();
    assert_eq!(klopt("a user's name")[0].2.as_ref().unwrap().uren[0].door, "Coach Jansen");
}

/// What a werkvoorraad read last: where it stood and what its entry named.
type Bekend = (store::Werkvoorraadstand, store::Getoond);

/// The werkvoorraad read against `bekend`, which must have been read anew (and is now what it read).
fn anew(store: &Store, actor: Actor<'_>, bekend: &mut Bekend, wat: &str) -> Vec<store::Werkvoorraaddossier> {
    match store.werkvoorraad_tenzij(actor, "test", Some((&bekend.0, &bekend.1))).wacht().unwrap().0 {
        store::Werkvoorraadlezing::Gelezen { dossiers, stand, getoond } => {
            *bekend = (stand, getoond);
            dossiers
        }
        store::Werkvoorraadlezing::Ongewijzigd => panic!("{wat}: shown again as it was"),
    }
}

/// Whether the werkvoorraad read against `bekend` is shown again as it was.
fn unchanged(store: &Store, actor: Actor<'_>, bekend: &Bekend) -> bool {
    matches!(
        store.werkvoorraad_tenzij(actor, "test", Some((&bekend.0, &bekend.1))).wacht().unwrap().0,
        store::Werkvoorraadlezing::Ongewijzigd
    )
}

/// A server shows a werkvoorraad again only while it stands where it stood, which is checked in the
/// database at every view: after a change through either server or below the store, a dossier leaving
/// or joining the caseload, or a change to who the reader is, it is read anew. Shown again, a view is
/// logged as showing what it showed.
fn a_werkvoorraad_shown_again_is_read_anew_after_any_change(store: &Store) {
    let o = opzet(store);
    let coach = o.actor();
    let ander = Store::open(store.url(), Some(sleutel())).unwrap();
    let store::Werkvoorraadlezing::Gelezen { stand, getoond, .. } =
        store.werkvoorraad_tenzij(coach, "test", None).wacht().unwrap().0
    else {
        panic!("nothing known, so read");
    };
    let mut bekend = (stand, getoond);
    let lijsten = logregels(store, "inzage", "lijst");
    assert!(unchanged(store, coach, &bekend));
    assert!(unchanged(&ander, coach, &bekend), "the stand is the database's, not a server's");
    assert_eq!(logregels(store, "inzage", "lijst"), lijsten + 2, "every view shown again is logged");
    assert_eq!(lijstregels(store, &o.organisatie), 1, "as the same list");
    ander
        .wijzig_dossier(o.hr(), &o.dossier, 1, &[gebeurtenis(MijlpaalCode::Probleemanalyse, date(2022, 2, 10))])
        .unwrap();
    anew(store, coach, &mut bekend, "a step recorded on the other server");
    assert!(unchanged(store, coach, &bekend));
    let c = &mut *store.ruwe_verbinding().unwrap();
    diesel::sql_query("UPDATE werknemers SET voornaam = 'Anna'").execute(c).unwrap();
    let dossiers = anew(store, coach, &mut bekend, "the employee's name, changed below the store");
    assert_eq!(dossiers[0].regel.werknemer.split(' ').next(), Some("Anna"));
    diesel::sql_query("UPDATE dossiers SET coach_id = NULL").execute(c).unwrap();
    assert!(anew(store, coach, &mut bekend, "the dossier left the caseload").is_empty());
    diesel::sql_query(format!("UPDATE dossiers SET coach_id = '{}'", o.coach)).execute(c).unwrap();
    assert_eq!(anew(store, coach, &mut bekend, "the dossier is back in the caseload").len(), 1);
    diesel::sql_query(format!(
        "INSERT INTO dossiers (id, organisatie_id, werknemer_id, coach_id, versie, aangemaakt) \
         SELECT 'nieuw', organisatie_id, werknemer_id, coach_id, 0, aangemaakt FROM dossiers WHERE id = '{}'",
        o.dossier
    ))
    .execute(c)
    .unwrap();
    assert_eq!(anew(store, coach, &mut bekend, "a dossier inserted below the store").len(), 2);
    diesel::sql_query(format!("UPDATE gebruikers SET rol = 'beheerder' WHERE id = '{}'", o.coach)).execute(c).unwrap();
    anew(store, coach, &mut bekend, "the reader became beheerder");
    assert!(unchanged(store, coach, &bekend));
}

fn logregels(store: &Store, soort: &str, entiteit: &str) -> i64 {
    let sql = "SELECT COUNT(*) AS n FROM logboek WHERE soort || ':' || entiteit = $1";
    aantal(store, sql, &format!("{soort}:{entiteit}"))
}

fn only_the_beheerder_sets_the_organisations_logo(store: &Store) {
    let o = opzet(store);
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let beheerder = account(store, systeem, "Beheer", Rol::Beheerder, None, vec![]);
    let beheerder = Actor { id: &beheerder, organisatie_id: &o.organisatie };
    let png = b"\x89PNG\r\n\x1a\nlogo".to_vec();
    assert!(store.logo(o.actor()).unwrap().is_none());
    assert!(matches!(store.stel_logo_in(o.actor(), "image/png", &png), Err(StoreFout::Geweigerd(_))));
    assert!(matches!(store.stel_logo_in(beheerder, "image/gif", &png), Err(StoreFout::Ongeldig(_))));
    assert!(matches!(store.stel_logo_in(beheerder, "image/png", &vec![0; 600 * 1024]), Err(StoreFout::Ongeldig(_))));
    store.stel_logo_in(beheerder, "image/png", &png).unwrap();
    store.stel_logo_in(beheerder, "image/png", &png).unwrap();
    assert_eq!(store.logo(o.actor()).unwrap(), Some(("image/png".to_string(), png)), "every user's reports show it");
    assert!(store.logo(opzet(store).actor()).unwrap().is_none(), "another organisation has its own");
    assert_eq!(logregels(store, "wijziging", "logo"), 2);
}
