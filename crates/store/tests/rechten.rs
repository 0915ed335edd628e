//! The employee's rights in the store, on SQLite and on PostgreSQL: the complete export (inzage and portability,
//! AVG art. 15 and 20) and correction requests (AVG art. 16).

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use domain::correctie::{Onderdeel, Status};
use domain::poortwachter::{Gebeurtenis, Soort};
use domain::waarden::Rol;
use jiff::civil::date;
use store::herinneringen::NieuweMelding;
use store::traject::{Advies, Intake, Opdracht, Uitvoerder};
use store::{
    Actor, Belastbaarheid, BsnSleutel, NieuwDocument, NieuweGebruiker, OrganisatieSoort, Store, StoreFout, Wijziging,
};
use test_support::Testdatabase;

struct Testopslag {
    store: Store,
    _database: Testdatabase,
}

fn open(database: Testdatabase) -> Testopslag {
    let sleutel = BsnSleutel::uit_base64("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=").unwrap();
    Testopslag { store: Store::open(&database.url, Some(sleutel)).unwrap(), _database: database }
}

macro_rules! op_beide {
    ($($test:ident),* $(,)?) => {
        mod op_sqlite { $( #[test] fn $test() { super::$test(&super::open(test_support::Testdatabase::sqlite()).store) } )* }
        mod op_postgres { $( #[test] fn $test() { super::$test(&super::open(test_support::Testdatabase::postgres()).store) } )* }
    };
}

op_beide!(
    the_employee_exports_everything_held_about_them_and_nobody_else_can,
    a_correction_request_is_settled_by_the_writer_of_its_part_and_the_beheerder_sees_only_counts,
);

/// An organisation with one employer, the employee Sanne de Vries with a dossier in a coach's caseload, and
/// accounts for every role.
struct Opzet {
    organisatie: String,
    dossier: String,
    werkgever: String,
    /// User ids by role.
    sanne: String,
    coach: String,
    hr: String,
    arts: String,
    ad: String,
    beheer: String,
}

impl Opzet {
    fn als<'a>(&'a self, id: &'a str) -> Actor<'a> {
        Actor { id, organisatie_id: &self.organisatie }
    }
}

fn opzet(store: &Store) -> Opzet {
    let organisatie = store.nieuwe_organisatie("systeem:test", "Bureau De Brug", OrganisatieSoort::Bureau).unwrap();
    let systeem = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let werkgever = store.nieuwe_werkgever(systeem, "Bakkerij De Korf", false).unwrap();
    let werknemer = store.nieuwe_werknemer(systeem, &test_support::werknemer(&werkgever, "Sanne")).unwrap();
    let account = |naam: &str, rol: Rol, werknemer_id: Option<String>, werkgevers: Vec<String>| {
        let email = format!("{}-{}@example.nl", naam.to_lowercase().replace(' ', "-"), &organisatie[..8]);
        let g = NieuweGebruiker { email, naam: naam.into(), rol, werknemer_id, werkgevers };
        store.nieuwe_gebruiker(systeem, &g).unwrap()
    };
    let sanne = account("Sanne de Vries", Rol::Werknemer, Some(werknemer.clone()), vec![]);
    let coach = account("Carla Coach", Rol::Coach, None, vec![]);
    let hr = account("Henk HR", Rol::Werkgever, None, vec![werkgever.clone()]);
    let arts = account("Dr. Anna Arts", Rol::Bedrijfsarts, None, vec![werkgever.clone()]);
    let ad = account("Arie AD", Rol::Arbeidsdeskundige, None, vec![werkgever.clone()]);
    let beheer = account("Bea Beheer", Rol::Beheerder, None, vec![]);
    let dossier = store.nieuw_dossier(systeem, &werknemer, Some(&coach), date(2026, 1, 5)).unwrap();
    Opzet { organisatie, dossier, werkgever, sanne, coach, hr, arts, ad, beheer }
}

fn logregels(store: &Store, sql: &str, waarde: &str) -> i64 {
    #[derive(QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let r: Aantal =
        diesel::sql_query(sql).bind::<Text, _>(waarde).get_result(&mut *store.ruwe_verbinding().unwrap()).unwrap();
    r.n
}

fn the_employee_exports_everything_held_about_them_and_nobody_else_can(store: &Store) {
    let o = opzet(store);
    let (hr, arts, coach, sanne) = (o.als(&o.hr), o.als(&o.arts), o.als(&o.coach), o.als(&o.sanne));
    let stap = Wijziging::Gebeurtenis {
        gebeurtenis: Gebeurtenis { soort: Soort::eenvoudig("probleemanalyse").unwrap(), datum: date(2026, 2, 2) },
        toelichting: Some("Probleemanalyse besproken".into()),
    };
    store.wijzig_dossier(hr, &o.dossier, 1, &[stap]).unwrap();
    store.voeg_notitie_toe(hr, &o.dossier, date(2026, 2, 3), "Gesprek over aangepast werk", false).unwrap();
    store.voeg_notitie_toe(arts, &o.dossier, date(2026, 2, 4), "MEDISCH-GEHEIM hernia", true).unwrap();
    let fml = Belastbaarheid {
        datum: date(2026, 2, 10),
        auteur_id: o.arts.clone(),
        benutbare_mogelijkheden: true,
        reden_geen: None,
        items: [("4.18".to_string(), 2u8)].into_iter().collect(),
        toelichtingen: [("4.18".to_string(), "niet langer dan een uur staan".to_string())].into_iter().collect(),
        prognose: "verbetering binnen 3 maanden".into(),
    };
    store.leg_belastbaarheid_vast(arts, &o.dossier, &fml).unwrap();
    let document = NieuwDocument {
        soort: "probleemanalyse".into(),
        titel: "Probleemanalyse".into(),
        datum: date(2026, 2, 2),
        auteur: "Dr. Anna Arts".into(),
        ondertekend_door: None,
        bestandsnaam: "../pa.pdf".into(),
        mediatype: "application/pdf".into(),
        inhoud: b"%PDF-1.7 probleemanalyse".to_vec(),
    };
    let document_id = store.voeg_document_toe(hr, &o.dossier, &document).unwrap();
    let advies = Advies {
        datum: date(2026, 3, 2),
        conclusie: "Spoor 2 starten".into(),
        zoekrichtingen: vec!["administratief werk".into()],
        aanbevolen_start: None,
    };
    store.adviseer_spoor2(o.als(&o.ad), &o.dossier, &advies).unwrap();
    let opdracht = Opdracht {
        datum: date(2026, 3, 9),
        uitvoerder: Uitvoerder::Bureau,
        start: date(2026, 3, 16),
        duur_weken: 26,
        budget_centen: 250_000,
        rapportage_interval_weken: 8,
    };
    store.geef_opdracht(hr, &o.dossier, &opdracht).unwrap();
    let intake = Intake {
        datum: date(2026, 3, 20),
        werkervaring: "12 jaar bakker".into(),
        opleidingsniveau: "mbo2".into(),
        vaardigheden: "nauwkeurig".into(),
        wensen: "overdag werken".into(),
        mogelijkheden: "administratie".into(),
        belemmeringen: "geen rijbewijs".into(),
        zoekprofiel: "Administratief medewerker".into(),
        oud_loon_per_maand_centen: Some(310_000),
    };
    store.leg_intake_vast(coach, &o.dossier, &intake).unwrap();
    store.leg_profieltoestemming_vast(sanne, &o.dossier, true).unwrap();
    store.dien_correctieverzoek_in(sanne, &o.dossier, Onderdeel::Persoonsgegevens, "Telefoon 06-1", "06-2").unwrap();
    let melding = NieuweMelding {
        sleutel: "test-1",
        dossier_id: &o.dossier,
        wat: "Plan van aanpak",
        datum: date(2026, 3, 2),
        te_laat: false,
    };
    store.meld(&o.hr, std::slice::from_ref(&melding)).unwrap();
    store.dossier(hr, &o.dossier, "dossierpagina").unwrap();

    let export = store.inzage(sanne, date(2026, 4, 1)).unwrap();
    assert_eq!((export.schema, export.schemaversie), ("spoor2-inzage", 1));
    assert_eq!(export.organisatie, "Bureau De Brug");
    assert_eq!((export.persoon.voornaam.as_str(), export.persoon.bsn.as_str()), ("Sanne", "111222333"));
    assert_eq!((export.persoon.werkgever.as_str(), export.persoon.contracturen_per_week), ("Bakkerij De Korf", 32.0));
    assert_eq!(export.account.naam, "Sanne de Vries");
    assert_eq!(export.medische_gegevens.bedrijfsartsen.len(), 1);
    assert_eq!(export.medische_gegevens.bedrijfsartsen[0].naam, "Dr. Anna Arts");
    assert_eq!(export.dossiers.len(), 1);
    let d = &export.dossiers[0];
    assert_eq!((d.werkgever.as_str(), d.coach.as_deref()), ("Bakkerij De Korf", Some("Carla Coach")));
    assert_eq!(d.ziekteperiodes, serde_json::json!([{"van": "2026-01-05"}]));
    assert!(d.tijdlijn.mijlpalen.iter().any(|m| m.code == "probleemanalyse" && m.gedaan_op == Some(date(2026, 2, 2))));
    let teksten: Vec<&str> = d.verloop.iter().filter_map(|r| r.tekst.as_deref()).collect();
    assert!(teksten.contains(&"Probleemanalyse besproken") && teksten.contains(&"Gesprek over aangepast werk"));
    assert_eq!(d.belastbaarheid.len(), 1);
    assert_eq!(d.belastbaarheid[0].beperkingen[0].toelichting.as_deref(), Some("niet langer dan een uur staan"));
    let traject = d.traject.as_ref().expect("the traject");
    assert_eq!(traject.intake.as_ref().map(|i| i.zoekprofiel.as_str()), Some("Administratief medewerker"));
    assert_eq!(traject.opdracht.as_ref().map(|o| o.budget_centen), Some(250_000));
    assert_eq!(d.documenten.len(), 1);
    assert_eq!(d.documenten[0].bestand, format!("documenten/{document_id}-pa.pdf"), "no directories in the name");
    assert_eq!(d.profieltoestemmingen.len(), 1);
    assert!(d.profieltoestemmingen[0].gegeven);
    assert_eq!(d.correctieverzoeken.len(), 1);
    assert_eq!((d.correctieverzoeken[0].status, d.correctieverzoeken[0].wat_juist.as_str()), ("open", "06-2"));
    assert_eq!((d.meldingen.len(), d.meldingen[0].aan.as_str()), (1, "Henk HR"));
    // The log shows this export's own reads, as the employee's.
    assert!(d.toegangslog.iter().any(|t| t.context == "inzage (AVG art. 15)" && t.wie == "Sanne de Vries"));
    assert!(d.toegangslog.iter().any(|t| t.wie == "Henk HR" && t.context == "dossierpagina"), "the employer's read");

    // The JSON has ISO dates and moments, and never a medical note.
    let json = serde_json::to_string(&export).unwrap();
    assert!(!json.contains("MEDISCH-GEHEIM") && !json.contains("hernia"), "{json}");
    let waarde: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(waarde["dossiers"][0]["documenten"][0]["datum"], "2026-02-02");
    assert!(waarde["gemaakt"].as_str().unwrap().ends_with('Z'));
    assert!(waarde["medische_gegevens"]["toelichting"].as_str().unwrap().contains("bedrijfsarts"));

    // Every read is in the access log with the export's context.
    let gelezen = logregels(store, "SELECT COUNT(*) AS n FROM logboek WHERE context = $1", "inzage (AVG art. 15)");
    assert!(gelezen >= 10, "{gelezen}");

    // Nobody else gets it: every other role is refused, and another employee gets their own.
    for id in [&o.hr, &o.coach, &o.arts, &o.ad, &o.beheer] {
        assert!(matches!(store.inzage(o.als(id), date(2026, 4, 1)), Err(StoreFout::Geweigerd(_))), "{id}");
    }
    assert!(matches!(store.inzage(o.als("systeem:test"), date(2026, 4, 1)), Err(StoreFout::Geweigerd(_))));
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let piet = store.nieuwe_werknemer(systeem, &test_support::werknemer(&o.werkgever, "Piet")).unwrap();
    let g = NieuweGebruiker {
        email: format!("piet-{}@example.nl", &o.organisatie[..8]),
        naam: "Piet".into(),
        rol: Rol::Werknemer,
        werknemer_id: Some(piet),
        werkgevers: vec![],
    };
    let piet = store.nieuwe_gebruiker(systeem, &g).unwrap();
    let van_piet = store.inzage(o.als(&piet), date(2026, 4, 1)).unwrap();
    assert_eq!(van_piet.persoon.voornaam, "Piet");
    assert!(van_piet.dossiers.is_empty(), "Piet has no dossier; Sanne's is not his");
}

fn a_correction_request_is_settled_by_the_writer_of_its_part_and_the_beheerder_sees_only_counts(store: &Store) {
    let o = opzet(store);
    let (hr, arts, coach, sanne, beheer) =
        (o.als(&o.hr), o.als(&o.arts), o.als(&o.coach), o.als(&o.sanne), o.als(&o.beheer));
    let dien_in = |actor, onderdeel, onjuist: &str| {
        store.dien_correctieverzoek_in(actor, &o.dossier, onderdeel, onjuist, "zo moet het")
    };
    assert!(matches!(dien_in(sanne, Onderdeel::Persoonsgegevens, "  "), Err(StoreFout::Ongeldig(_))));
    for ander in [hr, coach, arts, beheer] {
        assert!(matches!(dien_in(ander, Onderdeel::Verzuim, "x"), Err(StoreFout::Geweigerd(_))), "{}", ander.id);
    }
    let adres = dien_in(sanne, Onderdeel::Persoonsgegevens, "GEHEIM-ADRES Dorpsstraat 1").unwrap();
    let fml = dien_in(sanne, Onderdeel::Belastbaarheid, "staan is beperkter").unwrap();
    let plan = dien_in(sanne, Onderdeel::Traject, "de afspraak van 3 maart ontbreekt").unwrap();

    // Each reads what they settle; the employee reads all; the beheerder none, only how many and how old.
    let onderdelen = |actor| -> Vec<Onderdeel> {
        store.correctieverzoeken(actor, &o.dossier, "test").unwrap().into_iter().map(|v| v.onderdeel).collect()
    };
    assert_eq!(onderdelen(hr), [Onderdeel::Persoonsgegevens]);
    assert_eq!(onderdelen(arts), [Onderdeel::Belastbaarheid]);
    assert_eq!(onderdelen(coach), [Onderdeel::Traject]);
    assert_eq!(onderdelen(sanne).len(), 3);
    assert!(matches!(store.correctieverzoeken(beheer, &o.dossier, "test"), Err(StoreFout::Geweigerd(_))));
    assert_eq!(store.open_correctieverzoeken(beheer).unwrap().len(), 3);
    for niet in [hr, coach, sanne] {
        assert!(matches!(store.open_correctieverzoeken(niet), Err(StoreFout::Geweigerd(_))));
    }
    let werkvoorraad = store.te_behandelen_correctieverzoeken(arts).unwrap();
    assert_eq!(werkvoorraad.len(), 1);
    assert_eq!(
        (werkvoorraad[0].werknemer.as_str(), werkvoorraad[0].onderdeel),
        ("Sanne de Vries", Onderdeel::Belastbaarheid)
    );

    // Only the part's writer settles it, once; a refusal needs a reason.
    let handel_af = |actor, id: &str, status, reden: &str| store.handel_correctieverzoek_af(actor, id, status, reden);
    for niet in [coach, arts, sanne, beheer] {
        assert!(
            matches!(handel_af(niet, &adres, Status::Doorgevoerd, ""), Err(StoreFout::Geweigerd(_))),
            "{}",
            niet.id
        );
    }
    let ander = store.nieuwe_organisatie("systeem:test", "Ander bureau", OrganisatieSoort::Bureau).unwrap();
    let g = NieuweGebruiker {
        email: format!("vreemd-{}@example.nl", &ander[..8]),
        naam: "Vreemd".into(),
        rol: Rol::Beheerder,
        werknemer_id: None,
        werkgevers: vec![],
    };
    let vreemd = store.nieuwe_gebruiker(Actor { id: "systeem:test", organisatie_id: &ander }, &g).unwrap();
    let vreemd = Actor { id: &vreemd, organisatie_id: &ander };
    assert!(matches!(handel_af(vreemd, &adres, Status::Doorgevoerd, ""), Err(StoreFout::NietGevonden(_))));
    assert!(matches!(store.correctieverzoeken(vreemd, &o.dossier, "test"), Err(StoreFout::NietGevonden(_))));
    assert!(store.open_correctieverzoeken(vreemd).unwrap().is_empty(), "another organisation's count is its own");
    assert!(matches!(handel_af(hr, &adres, Status::Afgewezen, " "), Err(StoreFout::Ongeldig(_))));
    assert!(matches!(handel_af(hr, &adres, Status::Open, "x"), Err(StoreFout::Ongeldig(_))));
    assert_eq!(handel_af(hr, &adres, Status::Doorgevoerd, "").unwrap(), o.dossier);
    assert!(matches!(handel_af(hr, &adres, Status::Afgewezen, "toch niet"), Err(StoreFout::Ongeldig(_))), "once");
    handel_af(arts, &fml, Status::Afgewezen, "de FML is op 10 februari opnieuw vastgesteld").unwrap();

    let lijst = store.correctieverzoeken(sanne, &o.dossier, "test").unwrap();
    let uitkomst: Vec<(Status, Option<&str>, Option<&str>)> = lijst
        .iter()
        .map(|v| (v.status, v.reden.as_deref(), v.afgehandeld.as_ref().map(|(naam, _)| naam.as_str())))
        .collect();
    assert_eq!(
        uitkomst,
        [
            (Status::Doorgevoerd, None, Some("Henk HR")),
            (Status::Afgewezen, Some("de FML is op 10 februari opnieuw vastgesteld"), Some("Dr. Anna Arts")),
            (Status::Open, None, None),
        ]
    );
    assert_eq!(lijst[2].id, plan);
    assert_eq!(store.open_correctieverzoeken(beheer).unwrap().len(), 1);
    assert!(store.te_behandelen_correctieverzoeken(hr).unwrap().is_empty());
    assert_eq!(store.te_behandelen_correctieverzoeken(coach).unwrap().len(), 1);

    // Every step is in the audit log, never the request's text.
    let stappen = logregels(
        store,
        "SELECT COUNT(*) AS n FROM logboek WHERE soort = 'wijziging' AND entiteit = $1",
        "correctieverzoek",
    );
    assert_eq!(stappen, 5);
    assert_eq!(logregels(store, "SELECT COUNT(*) AS n FROM logboek WHERE details LIKE $1", "%GEHEIM-ADRES%"), 0);
    assert_eq!(logregels(store, "SELECT COUNT(*) AS n FROM logboek WHERE details LIKE $1", "%FML is op%"), 0);
}
