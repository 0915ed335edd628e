//! The built-in occupation catalogue: complete, valid against the FML and ISCO-08, and recognisable
//! (a warehouse worker lifts and stands, a call-centre agent sits and handles customers under time
//! pressure, a courier drives and carries).

use std::collections::HashSet;
use std::path::PathBuf;

use matching::vraag::Sterkte;
use matching::{Beroep, Catalogus, Oordeel, Profiel, beoordeel_beroep, lees_profiel, rangschik_beroepen};

fn beroep(id: &str) -> &'static Beroep {
    Catalogus::ingebouwd().beroep(id).unwrap_or_else(|| panic!("{id} staat niet in de catalogus"))
}

fn vraag(id: &str, item: &str) -> Option<u8> {
    beroep(id).vraag.niveaus.get(item).copied()
}

fn voorwaarde(id: &str, code: &str) -> Option<Sterkte> {
    beroep(id).vraag.voorwaarden.get(code).copied()
}

#[test]
fn the_catalogue_has_at_least_150_occupations_each_with_a_real_profile() {
    let c = Catalogus::ingebouwd();
    assert!(c.beroepen.len() >= 150, "{} beroepen", c.beroepen.len());
    let mut namen = HashSet::new();
    for b in &c.beroepen {
        assert!(namen.insert(b.naam.to_lowercase()), "{} twice", b.naam);
        let eisen = b.vraag.niveaus.len() + b.vraag.voorwaarden.len();
        assert!(eisen >= 4, "{}: only {eisen} demands; a near-empty profile matches everyone", b.id);
        assert!(!b.trefwoorden.is_empty(), "{}: no keywords for wishes", b.id);
        assert!(b.werktijden.uren_per_dienst <= b.werktijden.uren_per_week.1, "{}", b.id);
    }
}

/// ISCO-08 unit groups (four digits, not ending in 0 unless the group has no subdivisions) that exist,
/// checked against the ESCO ISCO list in `../shared/data` where it is present (CI has it).
#[test]
fn every_isco_code_is_an_existing_isco_08_group() {
    let pad = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ISCOGroups_nl_v1.2.csv");
    let Ok(tekst) = std::fs::read_to_string(&pad) else {
        eprintln!("{} ontbreekt: alleen de vorm van de ISCO-codes gecontroleerd", pad.display());
        return;
    };
    let bestaand: HashSet<&str> = tekst
        .split("http://data.europa.eu/esco/isco/C")
        .skip(1)
        .filter_map(|s| s.split(',').next())
        .filter(|c| c.len() == 4)
        .collect();
    assert!(bestaand.len() > 400, "{} ISCO-groepen gelezen", bestaand.len());
    for b in &Catalogus::ingebouwd().beroepen {
        assert!(bestaand.contains(b.isco.as_str()), "{}: ISCO {} bestaat niet", b.id, b.isco);
    }
}

#[test]
fn recognisable_occupations_have_recognisable_profiles() {
    // A warehouse order picker lifts and carries 15 kg or more, stands and walks most of the day.
    assert_eq!(vraag("orderpicker", "4.13"), Some(0));
    assert_eq!(vraag("orderpicker", "4.14"), Some(0));
    assert_eq!(vraag("orderpicker", "5.4"), Some(0));
    assert_eq!(vraag("orderpicker", "4.17"), Some(0));
    assert_eq!(voorwaarde("orderpicker", "hoog_tempo"), Some(Sterkte::Vaak));
    // A call-centre agent sits at a screen all day, with many customers and time pressure.
    assert_eq!(vraag("callcentermedewerker", "5.2"), Some(0));
    assert_eq!(vraag("callcentermedewerker", "4.4"), Some(0));
    assert_eq!(voorwaarde("callcentermedewerker", "klantcontact"), Some(Sterkte::Vaak));
    assert_eq!(voorwaarde("callcentermedewerker", "deadlines"), Some(Sterkte::Vaak));
    assert_eq!(vraag("callcentermedewerker", "4.13"), None);
    // A courier drives (the core of the job) and carries parcels.
    assert_eq!(vraag("koerier", "2.11"), Some(0));
    assert!(beroep("koerier").vraag.kern.contains("2.11"));
    assert_eq!(vraag("koerier", "4.14"), Some(0));
    // An administrative worker sits and uses keyboard and mouse most of the day, and lifts nothing.
    assert_eq!(vraag("administratief-medewerker", "5.2"), Some(0));
    assert_eq!(vraag("administratief-medewerker", "4.4"), Some(0));
    assert_eq!(vraag("administratief-medewerker", "4.13"), None);
    assert_eq!(vraag("administratief-medewerker", "5.4"), None);
    // Care work: clients in need, lifting and pushing, shifts around the clock.
    assert_eq!(voorwaarde("verzorgende-ig", "hulpbehoevenden"), Some(Sterkte::Vaak));
    assert_eq!(vraag("verzorgende-ig", "4.12"), Some(0));
    assert!(beroep("verzorgende-ig").werktijden.nacht);
    // Roofers and window cleaners climb: their core.
    assert!(beroep("dakdekker").vraag.kern.contains("4.19"));
    assert!(beroep("glazenwasser").vraag.kern.contains("4.19"));
}

fn profiel(json: &str) -> Profiel {
    lees_profiel(json).unwrap()
}

#[test]
fn an_order_picker_is_unsuitable_and_office_work_suitable_for_someone_who_may_lift_2_kg_and_stand_little() {
    let p = profiel(r#"{"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3}}"#);
    let orderpicker = beoordeel_beroep(&p, beroep("orderpicker"));
    assert_eq!(orderpicker.oordeel, Oordeel::Ongeschikt);
    let items: Vec<_> = orderpicker.redenen.iter().map(|r| (r.item.as_str(), r.oordeel)).collect();
    assert_eq!(items, [("4.13", Oordeel::Ongeschikt), ("4.14", Oordeel::Ongeschikt), ("5.4", Oordeel::Ongeschikt)]);
    assert_eq!(orderpicker.redenen[0].tekst, "vraagt tillen tot 15 kg; grens is 2 kg");
    let kantoor = beoordeel_beroep(&p, beroep("administratief-medewerker"));
    assert_eq!((kantoor.oordeel, kantoor.redenen.len()), (Oordeel::Geschikt, 0));
    assert_eq!(kantoor.score, 1.0);
}

#[test]
fn a_call_centre_job_is_not_simply_suitable_for_someone_who_needs_little_customer_contact_and_few_deadlines() {
    let p = profiel(r#"{"voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]}}"#);
    let r = beoordeel_beroep(&p, beroep("callcentermedewerker"));
    assert_eq!(r.oordeel, Oordeel::Ongeschikt);
    let teksten: Vec<_> = r.redenen.iter().map(|r| r.tekst.as_str()).collect();
    assert_eq!(
        teksten,
        [
            "vraagt vaak deadlines of productiepieken; voorwaarde: weinig deadlines of productiepieken",
            "vraagt vaak klantcontact; voorwaarde: weinig of geen klantcontact",
        ]
    );
    // Back-office work with some month-end pressure: a point to judge, not an exclusion.
    let boekhouding = beoordeel_beroep(&p, beroep("boekhoudkundig-medewerker"));
    assert_eq!(boekhouding.oordeel, Oordeel::Beoordelingspunt);
}

#[test]
fn the_profile_of_the_issue_finds_office_work_first_and_excludes_heavy_and_customer_work() {
    let p = profiel(
        r#"{"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3},
            "voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]},
            "benutbare_mogelijkheden": true, "postcode": "3511", "max_reisafstand_km": 25,
            "opleidingsniveau": "mbo4", "uren_per_week": 24, "wensen": ["administratie"]}"#,
    );
    let uit = rangschik_beroepen(&p, Catalogus::ingebouwd());
    let geschikt: Vec<_> = uit.iter().filter(|r| r.oordeel == Oordeel::Geschikt).map(|r| r.id.as_str()).collect();
    assert!(geschikt.len() >= 3, "{geschikt:?}");
    // Office work without customers or deadlines, matching the wish, comes first.
    assert_eq!(uit[0].id, "medewerker-data-invoer");
    assert_eq!(uit[0].score_opbouw.wensen.as_ref().unwrap().waarde, 1.0);
    // General administrative work has some deadlines: a point to judge, still near the top.
    let plek = uit.iter().position(|r| r.id == "administratief-medewerker").unwrap();
    assert!(plek < 10, "plek {plek}");
    assert_eq!(uit[plek].oordeel, Oordeel::Beoordelingspunt);
    assert_eq!(uit[plek].redenen[0].item, "1.8");
    for id in ["orderpicker", "magazijnmedewerker", "callcentermedewerker", "verkoopmedewerker", "verzorgende-ig"] {
        let r = uit.iter().find(|r| r.id == id).unwrap();
        assert_eq!(r.oordeel, Oordeel::Ongeschikt, "{id}");
    }
    // By verdict, then by descending score.
    assert!(
        uit.windows(2)
            .all(|w| w[0].oordeel < w[1].oordeel || (w[0].oordeel == w[1].oordeel && w[0].score >= w[1].score))
    );
}

#[test]
fn no_usable_capacities_makes_every_occupation_unsuitable() {
    let p = profiel(r#"{"benutbare_mogelijkheden": false, "reden_geen_benutbare_mogelijkheden": "bedlegerig"}"#);
    for r in rangschik_beroepen(&p, Catalogus::ingebouwd()) {
        assert_eq!(r.oordeel, Oordeel::Ongeschikt);
        assert_eq!(r.redenen.len(), 1);
        assert!(r.redenen[0].tekst.starts_with("geen benutbare mogelijkheden (bedlegerig)"));
    }
}

#[test]
fn a_profile_without_restrictions_finds_every_occupation_at_or_below_its_education_suitable() {
    let p = profiel(r#"{"opleidingsniveau": "wo"}"#);
    let uit = rangschik_beroepen(&p, Catalogus::ingebouwd());
    assert!(uit.iter().all(|r| r.oordeel == Oordeel::Geschikt), "items without a restriction never exclude");
}
