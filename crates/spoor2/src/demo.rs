//! `spoor2 demo`: a realistic, deterministic demo organisation — a re-integration bureau with three
//! employers and employees in every stage of the Poortwachter process, relative to a peildatum.

use domain::poortwachter::MijlpaalCode::*;
use domain::poortwachter::datum::{dagen_tussen, nl, plus_dagen};
use domain::poortwachter::{Gebeurtenis, Loonstop, Soort};
use domain::traject::{ActiviteitSoort, ContractSoort, Fase, SollicitatieStatus, Urencategorie};
use domain::waarden::{Bsn, Opleidingsniveau, Postcode, Rol};
use jiff::civil::Date;
use store::traject::{
    ActiviteitInhoud, Advies, GeplandeActiviteit, Intake, NieuweActiviteit, NieuweUrenregel, Opdracht, Plaatsing, Plan,
    Uitvoerder,
};
use store::{Actor, Belastbaarheid, NieuweGebruiker, NieuweWerknemer, OrganisatieSoort, Store, StoreFout, Wijziging};

/// The password of every demo account.
pub const WACHTWOORD: &str = "demo-wachtwoord-2026";

/// The accounts the demo creates, to print: each logs in with [`WACHTWOORD`] and a TOTP code from
/// `totp_geheim` (base32, to enter in an authenticator app).
pub struct Account {
    pub email: String,
    pub naam: String,
    pub rol: Rol,
    pub totp_geheim: String,
}

pub struct Demo {
    pub organisatie_id: String,
    pub accounts: Vec<Account>,
    pub dossiers: Vec<Demodossier>,
}

/// A dossier of the demo: whose caseload it is in, and whether its traject takes activities.
pub struct Demodossier {
    pub id: String,
    /// The e-mail address of the coach.
    pub coach: String,
    pub traject_loopt: bool,
}

/// The demo's coaches by name; with more coaches (`spoor2 bench last`) the others are numbered.
const COACHES: [(&str, &str); 2] =
    [("coach.anna@debrug.example", "Anna Coach"), ("coach.bas@debrug.example", "Bas Coach")];

const WERKGEVERS: [(&str, bool, [&str; 3]); 3] = [
    ("Bakkerij De Korf", false, ["Bakker", "Verkoopmedewerker", "Logistiek medewerker"]),
    ("Transportbedrijf Van Dijk", true, ["Vrachtwagenchauffeur", "Planner", "Magazijnmedewerker"]),
    ("Zorggroep Het Baken", false, ["Verzorgende IG", "Verpleegkundige", "Medewerker schoonmaak"]),
];

const VOORNAMEN: [&str; 20] = [
    "Sanne", "Daan", "Fatima", "Mohamed", "Lisa", "Thijs", "Emma", "Bram", "Noor", "Jeroen", "Anouk", "Kevin", "Priya",
    "Wim", "Esra", "Ruud", "Marieke", "Youssef", "Ilse", "Sven",
];
const ACHTERNAMEN: [&str; 20] = [
    "de Vries",
    "Jansen",
    "El Amrani",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Yilmaz",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
];

/// The stages the demo covers, each a sickness and the steps taken in it.
const STADIA: usize = 10;
/// How many weeks ago each stage's sickness began.
const WEKEN: [i32; STADIA] = [0, 8, 45, 70, 80, 62, 90, 0, 30, 43];
/// The stages with a spoor 2 traject: running (3), placed (4), running towards the RIV (6); in stage 5
/// spoor 2 is late: advised, not yet commissioned.
const SPOOR2_STADIA: [usize; 4] = [3, 4, 5, 6];

/// Fills an empty (or demo) database with `werknemers` dossiers in the caseloads of `coaches` coaches
/// (at least the two named ones). `opgeslagen` is called after each dossier is committed.
pub fn vul(
    store: &Store,
    vandaag: Date,
    werknemers: usize,
    coaches: usize,
    mut opgeslagen: impl FnMut(&str, usize),
) -> Result<Demo, StoreFout> {
    let mut rng = fastrand::Rng::with_seed(2002);
    let organisatie =
        store.nieuwe_organisatie("systeem:demo", "Re-integratiebureau De Brug", OrganisatieSoort::Bureau)?;
    let actor = Actor { id: "systeem:demo", organisatie_id: &organisatie };
    let mut accounts = Vec::new();
    let mut gebruiker = |email: &str, naam: &str, rol: Rol, werkgevers: Vec<String>, werknemer_id: Option<String>| {
        let id = store.nieuwe_gebruiker(
            actor,
            &NieuweGebruiker { email: email.into(), naam: naam.into(), rol, werknemer_id, werkgevers },
        )?;
        store.stel_wachtwoord_in(actor, &id, WACHTWOORD)?;
        // A fixed secret per account, so that a tester's authenticator app keeps working.
        let mut geheim = [0u8; 20];
        fastrand::Rng::with_seed(email.bytes().fold(2002, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))))
            .fill(&mut geheim);
        store.demo_tweede_factor(&id, &geheim)?;
        let totp_geheim = totp_rs::Secret::new(Box::new(geheim)).to_base32();
        accounts.push(Account { email: email.into(), naam: naam.into(), rol, totp_geheim });
        Ok::<_, StoreFout>(id)
    };

    let mut werkgever_ids = Vec::new();
    for (naam, eigenrisicodrager, _) in WERKGEVERS {
        werkgever_ids.push(store.nieuwe_werkgever(actor, naam, eigenrisicodrager)?);
    }
    gebruiker("beheer@debrug.example", "Bea Beheer", Rol::Beheerder, vec![], None)?;
    let mut coach_ids = Vec::new();
    for n in 0..coaches.max(COACHES.len()) {
        let (email, naam) = match COACHES.get(n) {
            Some((email, naam)) => (email.to_string(), naam.to_string()),
            None => (format!("coach.{n}@debrug.example"), format!("Coach {n}")),
        };
        coach_ids.push((gebruiker(&email, &naam, Rol::Coach, vec![], None)?, email));
    }
    let ad = gebruiker("ad@debrug.example", "Arend Deskundige", Rol::Arbeidsdeskundige, werkgever_ids.clone(), None)?;
    let arts =
        gebruiker("bedrijfsarts@debrug.example", "Dr. Bert Arts", Rol::Bedrijfsarts, werkgever_ids.clone(), None)?;
    let mut hr = Vec::new();
    for ((naam, _, _), id) in WERKGEVERS.iter().zip(&werkgever_ids) {
        let kort = naam.split_whitespace().last().unwrap_or(naam).to_lowercase();
        hr.push(gebruiker(
            &format!("hr@{kort}.example"),
            &format!("HR {naam}"),
            Rol::Werkgever,
            vec![id.clone()],
            None,
        )?);
    }

    let mut dossiers = Vec::with_capacity(werknemers);
    for i in 0..werknemers {
        let w = i % WERKGEVERS.len();
        let voornaam = VOORNAMEN[i % VOORNAMEN.len()];
        let achternaam = ACHTERNAMEN[(i * 7 + i / VOORNAMEN.len()) % ACHTERNAMEN.len()];
        let nieuw = NieuweWerknemer {
            werkgever_id: werkgever_ids[w].clone(),
            voornaam: voornaam.into(),
            achternaam: achternaam.into(),
            email: Some(format!("{}.{}@mail.example", voornaam.to_lowercase(), i)),
            telefoon: Some(format!("06-{:08}", 10_000_000 + i * 7919 % 89_999_999)),
            functie: WERKGEVERS[w].2[rng.usize(0..3)].into(),
            contracturen_x100: [3600, 3200, 2400, 3800, 2000][rng.usize(0..5)],
            postcode: postcode(&mut rng),
            opleidingsniveau: Opleidingsniveau::ALLE[rng.usize(1..Opleidingsniveau::ALLE.len())],
            bsn: bsn(i),
        };
        let opleidingsniveau = nieuw.opleidingsniveau;
        let werknemer_id = store.nieuwe_werknemer(actor, &nieuw)?;
        let k = i % STADIA;
        let email = format!("{}.{}@mail.example", voornaam.to_lowercase(), i);
        let naam = format!("{voornaam} {achternaam}");
        // The first employee, and the first in a running spoor 2, log in to the portal; the others in
        // spoor 2 have an account (without a password yet) with which they approved their trajectplan.
        let account = if i == 0 || i == 3 {
            Some(gebruiker(&email, &naam, Rol::Werknemer, vec![], Some(werknemer_id.clone()))?)
        } else if SPOOR2_STADIA.contains(&k) && k != 5 {
            let g = NieuweGebruiker {
                email,
                naam,
                rol: Rol::Werknemer,
                werknemer_id: Some(werknemer_id.clone()),
                werkgevers: vec![],
            };
            Some(store.nieuwe_gebruiker(actor, &g)?)
        } else {
            None
        };
        let (eerste_ziektedag, wijzigingen) = stadium(k, vandaag, &mut rng);
        // Each coach gets every stage: the caseloads alternate per block of stages.
        let (coach, coach_email) = &coach_ids[(i / STADIA) % coach_ids.len()];
        let dossier = store.nieuw_dossier(actor, &werknemer_id, Some(coach), eerste_ziektedag)?;
        store.wijzig_dossier(actor, &dossier, 1, &wijzigingen)?;
        let arts = Actor { id: &arts, organisatie_id: &organisatie };
        // From the sixth week on, the bedrijfsarts has judged the belastbaarheid.
        if dagen_tussen(eerste_ziektedag, vandaag) > 42 {
            let b = belastbaarheid(arts.id, plus_dagen(eerste_ziektedag, 42), rng.usize(0..PROFIELEN.len()));
            store.leg_belastbaarheid_vast(arts, &dossier, &b)?;
        }
        if i % STADIA == 2 {
            store.voeg_notitie_toe(
                arts,
                &dossier,
                plus_dagen(eerste_ziektedag, 30),
                "Spreekuur: klachten nemen langzaam af; behandeling loopt.",
                true,
            )?;
        }
        if SPOOR2_STADIA.contains(&k) {
            let wie = Betrokkenen {
                organisatie: &organisatie,
                arbeidsdeskundige: &ad,
                hr: &hr[w],
                coach,
                werknemer: account.as_deref(),
            };
            let d = Demotraject { k, w, i, eerste_ziektedag, vandaag, opleidingsniveau };
            traject(store, &wie, &dossier, &d)?;
            // The employees in spoor 2 with an account consented to sharing their profile.
            if let Some(werknemer) = account.as_deref() {
                store.leg_profieltoestemming_vast(
                    Actor { id: werknemer, organisatie_id: &organisatie },
                    &dossier,
                    true,
                )?;
            }
        }
        if k == 6 && (i == 6 || i == 36) {
            let wie = (Actor { id: &hr[w], organisatie_id: &organisatie }, arts, account.as_deref());
            riv_stukken(store, wie, &dossier, eerste_ziektedag, vandaag, i == 6)?;
        }
        if i == 2 {
            let id = vroeger_ziek(store, actor, arts, &werknemer_id, vandaag)?;
            dossiers.push(Demodossier { id, coach: String::new(), traject_loopt: false });
        }
        opgeslagen(&dossier, i + 1);
        // Activities are logged from the intake on: in the stages where the traject was commissioned.
        let traject_loopt = SPOOR2_STADIA.contains(&k) && k != 5;
        dossiers.push(Demodossier { id: dossier, coach: coach_email.clone(), traject_loopt });
    }
    store.importeer_vacatures(actor, &vacatures(&mut rng), false)?;
    Ok(Demo { organisatie_id: organisatie, accounts, dossiers })
}

/// An earlier, short sickness of the third employee (of an employer without its own Ziektewet risk), over four years ago: a dossier past its retention
/// term (two years after the recovery), so that `spoor2 bewaartermijnen --proef` and the beheerder's list
/// show something. Its medical note is kept twenty years. Returns the dossier's id.
fn vroeger_ziek(
    store: &Store,
    actor: Actor<'_>,
    arts: Actor<'_>,
    werknemer_id: &str,
    vandaag: Date,
) -> Result<String, StoreFout> {
    let hersteld = vandaag.saturating_sub(jiff::Span::new().years(4));
    let dossier = store.nieuw_dossier(actor, werknemer_id, None, plus_dagen(hersteld, -20))?;
    store.wijzig_dossier(actor, &dossier, 1, &[Wijziging::Herstel { laatste_ziektedag: hersteld }])?;
    store.voeg_notitie_toe(
        arts,
        &dossier,
        plus_dagen(hersteld, -14),
        "Werkt weer halve dagen; volledig herstel verwacht.",
        false,
    )?;
    store.voeg_notitie_toe(
        arts,
        &dossier,
        plus_dagen(hersteld, -10),
        "Spreekuur: herstellende, geen beperkingen meer verwacht.",
        true,
    )?;
    Ok(dossier)
}

/// The demo's employee (stage 6, RIV due) whose re-integratieverslag is complete; Marieke Hendriks (same
/// employer, same stage) has an incomplete one.
pub const RIV_COMPLEET: &str = "Emma El Amrani";

/// The documents of the RIV for a dossier in stage 6: every part dated and signed (`compleet`), or only a
/// signed probleemanalyse and an unsigned plan van aanpak, with the FML of week 6 as the only oordeel.
fn riv_stukken(
    store: &Store,
    (hr, arts, werknemer): (Actor<'_>, Actor<'_>, Option<&str>),
    dossier: &str,
    eerste_ziektedag: Date,
    vandaag: Date,
    compleet: bool,
) -> Result<(), StoreFout> {
    let op = |dag: i32| plus_dagen(eerste_ziektedag, dag);
    let terug = |dagen: i32| plus_dagen(vandaag, -dagen);
    let stuk = |soort: &str, titel: &str, datum: Date, auteur: &str, getekend: Option<&str>, tekst: &str| {
        store::NieuwDocument {
            soort: soort.into(),
            titel: titel.into(),
            datum,
            auteur: auteur.into(),
            ondertekend_door: getekend.map(String::from),
            bestandsnaam: format!("{soort}.txt"),
            mediatype: "text/plain".into(),
            inhoud: tekst.as_bytes().to_vec(),
        }
    };
    let werkgever = "HR Bakkerij De Korf";
    let beide = "HR Bakkerij De Korf en de werknemer";
    store.voeg_document_toe(arts, dossier, &stuk("probleemanalyse", "Probleemanalyse", op(35), "Dr. Bert Arts", Some("Dr. Bert Arts"),
        "Functionele beperkingen in tillen en langdurig staan; terugkeer in het eigen werk op korte termijn niet te verwachten. Advies: aangepast werk in deeltijd, opbouw in overleg."))?;
    let plan = stuk(
        "plan_van_aanpak",
        "Plan van aanpak",
        op(45),
        werkgever,
        compleet.then_some(beide),
        "Doel: terugkeer in passend werk. Casemanager: HR Bakkerij De Korf. Evaluatie elke zes weken; eerste stap aangepaste taken op de afdeling verkoop.",
    );
    store.voeg_document_toe(hr, dossier, &plan)?;
    if !compleet {
        return Ok(());
    }
    let stukken = [
        stuk(
            "eerstejaarsevaluatie",
            "Eerstejaarsevaluatie",
            op(350),
            werkgever,
            Some(beide),
            "Terugkeer in het eigen werk is niet haalbaar gebleken; advies arbeidsdeskundige gevraagd over spoor 2.",
        ),
        stuk(
            "ad_rapport",
            "Arbeidsdeskundig rapport",
            op(365),
            "Arend Deskundige",
            Some("Arend Deskundige"),
            "Eigen werk niet passend, ander werk bij de eigen werkgever niet beschikbaar. Advies: start spoor 2 met zoekrichtingen administratief werk en klantenservice.",
        ),
        stuk(
            "eindevaluatie",
            "Eindevaluatie",
            terug(20),
            werkgever,
            Some(beide),
            "Spoor 2 loopt met voldoende intensiteit; sollicitaties lopen. Spoor 1 blijft zonder perspectief.",
        ),
        stuk(
            "visie_arbeidsrelatie",
            "Visie op de arbeidsverhouding",
            terug(10),
            werkgever,
            Some("HR Bakkerij De Korf en Dr. Bert Arts"),
            "De arbeidsverhouding is goed; er is geen conflict.",
        ),
        stuk(
            "visie_passende_arbeid",
            "Visie op passend werk bij de eigen werkgever",
            terug(10),
            werkgever,
            Some("HR Bakkerij De Korf en Dr. Bert Arts"),
            "Bij de bakkerij is geen passend werk binnen de belastbaarheid; ook aangepaste verkooptaken bleken te zwaar.",
        ),
    ];
    for s in &stukken {
        store.voeg_document_toe(hr, dossier, s)?;
    }
    store.voeg_document_toe(
        arts,
        dossier,
        &stuk(
            "actueel_oordeel",
            "Actueel oordeel bedrijfsarts",
            terug(14),
            "Dr. Bert Arts",
            Some("Dr. Bert Arts"),
            "Belastbaarheid ongewijzigd ten opzichte van de FML; geen verbetering te verwachten binnen een jaar.",
        ),
    )?;
    if let Some(w) = werknemer {
        let wn = Actor { id: w, organisatie_id: hr.organisatie_id };
        store.voeg_document_toe(
            wn,
            dossier,
            &stuk(
                "visie_werknemer",
                "Visie van de werknemer",
                terug(7),
                "Emma El Amrani",
                Some("Emma El Amrani"),
                "Ik herken mij in het verslag en zet mij in voor ander werk.",
            ),
        )?;
    }
    Ok(())
}

/// Typical belastbaarheden: (FML items and levels or condition masks, explanations, prognosis).
type Profiel = (&'static [(&'static str, u8)], &'static [(&'static str, &'static str)], &'static str);
const PROFIELEN: [Profiel; 3] = [
    (
        &[("4.13", 2), ("4.14", 2), ("4.10", 2), ("5.3", 1), ("5.9", 1)],
        &[("4.13", "tillen tot 5 kg, niet frequent")],
        "Verbetering verwacht binnen 3 maanden; herbeoordeling over 6 weken.",
    ),
    (
        &[("1.8", 0b01_1001), ("2.12", 0b0_0001), ("6.2", 3), ("6.3", 3)],
        &[("6.3", "opbouw in uren: eerst ochtenden, elke twee weken meer")],
        "Geleidelijke opbouw over 3 tot 6 maanden verwacht.",
    ),
    (
        &[("4.16", 1), ("4.18", 2), ("4.20", 3), ("5.5", 1), ("5.4", 2), ("6.1", 2)],
        &[],
        "Blijvende beperkingen in lopen en knielen; geen verbetering verwacht.",
    ),
];

fn belastbaarheid(arts: &str, datum: Date, profiel: usize) -> Belastbaarheid {
    let (items, toelichtingen, prognose) = PROFIELEN[profiel];
    Belastbaarheid {
        datum,
        auteur_id: arts.into(),
        benutbare_mogelijkheden: true,
        reden_geen: None,
        items: items.iter().map(|(c, v)| (c.to_string(), *v)).collect(),
        toelichtingen: toelichtingen.iter().map(|(c, t)| (c.to_string(), t.to_string())).collect(),
        prognose: prognose.into(),
    }
}

/// A valid, fictitious BSN for employee `i` (passes the elfproef).
fn bsn(i: usize) -> Bsn {
    (0..)
        .map(|k| 100_000_000 + (i as u64) * 1_013 + k)
        .find_map(|n| Bsn::parse(&n.to_string()).ok())
        .expect("every range of eleven numbers holds a valid BSN")
}

/// Skills a demo vacancy asks besides its occupation's keywords.
const DEMOVAARDIGHEDEN: [&str; 6] = ["klantcontact", "Excel", "kassa", "plannen", "rijbewijs B", "teamwerk"];

/// Demo vacancies: 80 postings, each for an occupation of the built-in catalogue, as a job site publishes them,
/// with skills and a wage.
fn vacatures(rng: &mut fastrand::Rng) -> Vec<store::vacatures::OpgeslagenVacature> {
    let beroepen = &matching::Catalogus::ingebouwd().beroepen;
    let regels: Vec<String> = (1..=80)
        .map(|n| {
            let beroep = &beroepen[rng.usize(0..beroepen.len())];
            let (pc4, plaats) = VACATUREPLAATSEN[rng.usize(0..VACATUREPLAATSEN.len())];
            let uren = ["16-24 uur", "24-32 uur", "32-36 uur", "fulltime"][rng.usize(0..4)];
            // Wages and skills from the number (not the generator, so the rest of the demo stays as it was): every
            // third by the hour, the others by the month, from about 55% to 120% of a usual old wage.
            let rang = u32::from(matching::rangorde::opleidingsrang(beroep.opleiding));
            let per_maand = 1_700 + 250 * rang + 40 * (n as u32 % 25);
            let waarde = if n % 3 == 0 {
                serde_json::json!({"@type": "QuantitativeValue", "value": per_maand / 150, "unitText": "HOUR"})
            } else {
                serde_json::json!({"@type": "QuantitativeValue", "minValue": per_maand, "maxValue": per_maand + 400, "unitText": "MONTH"})
            };
            let skills: Vec<&str> = beroep
                .trefwoorden
                .iter()
                .map(String::as_str)
                .take(2)
                .chain([DEMOVAARDIGHEDEN[n % DEMOVAARDIGHEDEN.len()]])
                .collect();
            serde_json::json!({
                "@context": "https://schema.org", "@type": "JobPosting", "identifier": format!("DEMO-{n:03}"),
                "title": beroep.naam, "occupationalCategory": beroep.id,
                "hiringOrganization": {"name": VACATUREWERKGEVERS[rng.usize(0..VACATUREWERKGEVERS.len())]},
                "jobLocation": {"address": {"postalCode": pc4, "addressLocality": plaats}},
                "workHours": uren,
                "skills": skills,
                "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": waarde},
            })
            .to_string()
        })
        .collect();
    let (gelezen, fout) = matching::lees_vacatures(&regels.join("\n"), matching::Catalogus::ingebouwd());
    debug_assert!(fout.is_empty(), "{fout:?}");
    gelezen.into_iter().map(web::vacature_opslagvorm).collect()
}

fn postcode(rng: &mut fastrand::Rng) -> Postcode {
    let cijfers = rng.u16(3500..3999);
    let (a, b) = (char::from(b'A' + rng.u8(0..18)), char::from(b'A' + rng.u8(0..18)));
    let code = format!("{cijfers} {a}{b}");
    Postcode::parse(&code).unwrap_or_else(|_| Postcode::parse("3512 JC").expect("a valid postcode"))
}

fn stap(soort: impl Into<Soort>, datum: Date) -> Wijziging {
    Wijziging::Gebeurtenis { gebeurtenis: Gebeurtenis { soort: soort.into(), datum }, toelichting: None }
}

/// The first sick day and the steps of one of the demo's stages, relative to `vandaag`.
fn stadium(k: usize, vandaag: Date, rng: &mut fastrand::Rng) -> (Date, Vec<Wijziging>) {
    let weken = WEKEN[k];
    let d = plus_dagen(vandaag, -(weken * 7) - rng.i32(1..6));
    let op = |dag: i32| plus_dagen(d, dag);
    let tot_vandaag = |dag: i32| op(dag) <= vandaag;
    let mut w = Vec::new();
    let mut stap_als = |soort: Soort, dag: i32| {
        if tot_vandaag(dag) {
            w.push(stap(soort, op(dag)));
        }
    };
    // The first year done properly, for the stages that get that far.
    let eerste_jaar = |stap_als: &mut dyn FnMut(Soort, i32)| {
        stap_als(ZiekmeldingArbodienst.into(), 1);
        stap_als(Probleemanalyse.into(), 35);
        stap_als(PlanVanAanpak.into(), 45);
        stap_als(Soort::CasemanagerBenoemd, 45);
        let mut e = 45;
        while e + 40 < 360 {
            e += 40;
            stap_als(Evaluatie.into(), e);
        }
        stap_als(ZiekmeldingUwv.into(), 288);
    };
    match k {
        // A fresh sick report.
        0 => stap_als(ZiekmeldingArbodienst.into(), 1),
        // Week 8: probleemanalyse done, no plan van aanpak.
        1 => {
            stap_als(ZiekmeldingArbodienst.into(), 2);
            stap_als(Probleemanalyse.into(), 38);
        }
        // Week 45: everything on time, the eerstejaarsevaluatie is coming.
        2 => eerste_jaar(&mut stap_als),
        // Spoor 2 running; placed; spoor 2 late; RIV due.
        3 | 4 | 6 => {
            eerste_jaar(&mut stap_als);
            stap_als(Eerstejaarsevaluatie.into(), 350);
            // The traject's activities put spoor 2's activity on the clock (see `traject`).
            stap_als(StartSpoor2.into(), 385);
            for r in (385 + 50..=weken * 7).step_by(50) {
                stap_als(Soort::Voortgangsrapportage, r);
            }
            for e in (390..=weken * 7).step_by(40) {
                stap_als(Evaluatie.into(), e);
            }
            if k == 4 {
                stap_als(Soort::BevredigendResultaat, 540);
            }
        }
        5 => {
            eerste_jaar(&mut stap_als);
            stap_als(Eerstejaarsevaluatie.into(), 358);
        }
        // Recovered, and sick again within four weeks: samentelling.
        7 => {
            let herstel = plus_dagen(vandaag, -40);
            let eerste = plus_dagen(herstel, -70);
            return (
                eerste,
                vec![
                    stap(ZiekmeldingArbodienst, plus_dagen(eerste, 1)),
                    Wijziging::Herstel { laatste_ziektedag: herstel },
                    Wijziging::Ziekmelding { van: plus_dagen(herstel, 18) },
                    stap(Probleemanalyse, plus_dagen(eerste, 36)),
                ],
            );
        }
        // Pregnancy leave inside the chain.
        8 => {
            stap_als(ZiekmeldingArbodienst.into(), 1);
            stap_als(Probleemanalyse.into(), 30);
            stap_als(PlanVanAanpak.into(), 40);
            stap_als(Soort::CasemanagerBenoemd, 40);
            w.push(Wijziging::Wazo { van: op(60), tot_en_met: op(60 + 111) });
        }
        // A loonstop and three months without progress.
        _ => {
            stap_als(ZiekmeldingArbodienst.into(), 1);
            stap_als(Probleemanalyse.into(), 33);
            stap_als(PlanVanAanpak.into(), 44);
            stap_als(Soort::CasemanagerBenoemd, 44);
            stap_als(Evaluatie.into(), 84);
            stap_als(Evaluatie.into(), 124);
            w.push(Wijziging::Loonstop(Loonstop {
                datum: op(150),
                reden: "weigert mee te werken aan het plan van aanpak".into(),
            }));
        }
    }
    (d, w)
}

/// Who takes part in a demo traject.
struct Betrokkenen<'a> {
    organisatie: &'a str,
    arbeidsdeskundige: &'a str,
    hr: &'a str,
    coach: &'a str,
    werknemer: Option<&'a str>,
}

/// The dossier a demo traject belongs to.
struct Demotraject {
    k: usize,
    w: usize,
    i: usize,
    eerste_ziektedag: Date,
    vandaag: Date,
    opleidingsniveau: Opleidingsniveau,
}

/// Search directions per employer, in non-medical terms.
const ZOEKRICHTINGEN: [[&str; 2]; 3] = [
    ["administratief medewerker", "klantenservice per telefoon of e-mail"],
    ["planner of dispatcher", "medewerker orderverwerking"],
    ["receptionist in de zorg", "medewerker facilitaire dienst"],
];
const VACATUREWERKGEVERS: [&str; 6] =
    ["Gemeente Utrecht", "Woonstede", "Hoogvliet Distributie", "Zorgpunt Regio", "Van Lanschot Logistiek", "Eneco"];
/// Places of the demo's vacancies: mostly around Utrecht, where the demo's employees live, a few further.
const VACATUREPLAATSEN: [(&str, &str); 8] = [
    ("3511", "Utrecht"),
    ("3531", "Utrecht"),
    ("3431", "Nieuwegein"),
    ("3701", "Zeist"),
    ("3811", "Amersfoort"),
    ("3901", "Veenendaal"),
    ("1012", "Amsterdam"),
    ("6211", "Maastricht"),
];
const KANALEN: [&str; 4] = ["werk.nl", "Indeed", "open sollicitatie", "netwerk"];
/// The course of a demo traject's activities.
const CYCLUS: [ActiviteitSoort; 8] = [
    ActiviteitSoort::Coachgesprek,
    ActiviteitSoort::Sollicitatie,
    ActiviteitSoort::Netwerkgesprek,
    ActiviteitSoort::Coachgesprek,
    ActiviteitSoort::Sollicitatie,
    ActiviteitSoort::Informatiegesprek,
    ActiviteitSoort::Scholing,
    ActiviteitSoort::Sollicitatie,
];
/// The bureau's rate, in cents per hour.
const TARIEF: i64 = 9_500;

/// A spoor 2 traject consistent with the stage: advised by the arbeidsdeskundige; except in stage 5
/// commissioned by the employer's HR, with intake, an approved plan, activities every nine days (which
/// are spoor 2's activity on the clock), the coach's hours and, in stage 4, a placement in nazorg.
fn traject(store: &Store, wie: &Betrokkenen<'_>, dossier: &str, d: &Demotraject) -> Result<(), StoreFout> {
    let actor = |id| Actor { id, organisatie_id: wie.organisatie };
    let (ad, hr, coach) = (actor(wie.arbeidsdeskundige), actor(wie.hr), actor(wie.coach));
    let op = |dag: i32| plus_dagen(d.eerste_ziektedag, dag);
    let zoekrichtingen: Vec<String> = ZOEKRICHTINGEN[d.w].iter().map(|z| z.to_string()).collect();
    let advies = Advies {
        datum: op(365),
        conclusie: "Terugkeer in het eigen werk is ook op termijn niet haalbaar; start spoor 2 naast spoor 1.".into(),
        zoekrichtingen: zoekrichtingen.clone(),
        aanbevolen_start: Some(op(385)),
    };
    store.adviseer_spoor2(ad, dossier, &advies)?;
    if d.k == 5 {
        return Ok(());
    }
    let opdracht = Opdracht {
        datum: op(378),
        uitvoerder: Uitvoerder::Bureau,
        start: op(385),
        duur_weken: if d.k == 6 { 52 } else { 26 },
        budget_centen: [250_000, 300_000, 0, 500_000][d.k - 3],
        rapportage_interval_weken: 8,
    };
    store.geef_opdracht(hr, dossier, &opdracht)?;
    let intake = Intake {
        datum: op(392),
        werkervaring: format!("{} jaar in de huidige functie, daarvoor winkel en horeca", 6 + d.i % 9),
        opleidingsniveau: d.opleidingsniveau.code().into(),
        vaardigheden: "betrouwbaar, klantcontact, werkt nauwkeurig, Excel".into(),
        wensen: "overdag werken, binnen 30 minuten reizen".into(),
        oud_loon_per_maand_centen: Some(260_000 + 10_000 * (d.i as i64 % 10)),
        mogelijkheden: "werk met afwisseling in houding, in eigen tempo".into(),
        belemmeringen: "geen rijbewijs; weinig ervaring met solliciteren".into(),
        zoekprofiel: format!("{}, 24 tot 32 uur, regio Utrecht", zoekrichtingen[0]),
    };
    store.leg_intake_vast(coach, dossier, &intake)?;
    store.zet_traject_door(coach, dossier, Fase::Plan, None, op(393))?;
    let gepland = |wat: &str, dag, eigenaar: &str| GeplandeActiviteit {
        wat: wat.into(),
        datum: op(dag),
        eigenaar: eigenaar.into(),
    };
    let plan = Plan {
        datum: op(410),
        doelen: vec!["Binnen zes maanden passend werk van 24 tot 32 uur bij een andere werkgever".into()],
        zoekrichtingen,
        activiteiten: vec![
            gepland("cv en brief bijwerken", 417, "werknemer"),
            gepland("coachgesprek, elke twee tot drie weken", 419, "coach"),
            gepland("netwerkgesprekken met oud-collega's", 430, "werknemer"),
            gepland("drie sollicitaties per maand", 440, "werknemer"),
        ],
    };
    let keur_goed = |versie| {
        if let Some(werknemer) = wie.werknemer {
            store.keur_trajectplan_goed(actor(werknemer), dossier, versie)?;
        }
        store.keur_trajectplan_goed(hr, dossier, versie)
    };
    let versie = store.nieuw_trajectplan(coach, dossier, &plan)?;
    keur_goed(versie)?;
    store.zet_traject_door(coach, dossier, Fase::Uitvoering, None, op(412))?;
    let uren = |dag, categorie, minuten, omschrijving: &str, declarabel| {
        let regel = NieuweUrenregel {
            datum: op(dag),
            categorie,
            minuten,
            tarief_centen_per_uur: TARIEF,
            omschrijving: omschrijving.into(),
            declarabel,
        };
        store.registreer_uren(coach, dossier, &regel).map(drop)
    };
    uren(392, Urencategorie::Intake, 90, "intakegesprek en verslag", true)?;
    uren(399, Urencategorie::Assessment, 120, "inventarisatie en zoekprofiel", true)?;
    uren(410, Urencategorie::Trajectplan, 120, "trajectplan opgesteld en besproken", true)?;
    if d.k == 6 {
        let bijgesteld = Plan {
            datum: op(500),
            doelen: vec![
                plan.doelen[0].clone(),
                "Een werkervaringsplaats van drie maanden als opstap naar een nieuwe functie".into(),
            ],
            ..plan.clone()
        };
        let versie = store.nieuw_trajectplan(coach, dossier, &bijgesteld)?;
        keur_goed(versie)?;
        uren(500, Urencategorie::Trajectplan, 60, "bijstelling trajectplan", true)?;
    }
    for r in (385 + 50..=WEKEN[d.k] * 7).step_by(50) {
        uren(r, Urencategorie::Rapportage, 60, "voortgangsrapportage", true)?;
    }

    // Activities every nine days; in stage 4 until an application leads to a job.
    let einde = if d.k == 4 { 530 } else { WEKEN[d.k] * 7 };
    let vandaag_dag = dagen_tussen(d.eerste_ziektedag, d.vandaag);
    let dagen: Vec<i32> = (392..=einde).step_by(9).filter(|dag| op(*dag) <= d.vandaag).collect();
    // In stage 4 the last application is the one that leads to the job.
    let aangenomen = (0..dagen.len()).rev().find(|n| CYCLUS[n % CYCLUS.len()] == ActiviteitSoort::Sollicitatie);
    let aangenomen = aangenomen.filter(|_| d.k == 4);
    for (n, &dag) in dagen.iter().enumerate() {
        let soort = CYCLUS[n % CYCLUS.len()];
        let mut inhoud = ActiviteitInhoud::default();
        let (minuten, categorie, coachminuten) = match soort {
            ActiviteitSoort::Coachgesprek => {
                inhoud.doel = "voortgang bespreken en volgende stappen".into();
                inhoud.met_wie = "coach".into();
                inhoud.afspraken = "twee vacatures uitzoeken en een netwerkgesprek plannen".into();
                inhoud.vervolg = "volgend coachgesprek".into();
                inhoud.volgende_afspraak = Some(op(dag + 18));
                (60, Urencategorie::Coaching, 60)
            }
            ActiviteitSoort::Sollicitatie => {
                let vacature = (d.i + n) % VACATUREWERKGEVERS.len();
                inhoud.doel = format!("baan als {}", ZOEKRICHTINGEN[d.w][n % 2]);
                inhoud.vacature = Some(format!("{} (24-32 uur)", ZOEKRICHTINGEN[d.w][n % 2]));
                inhoud.werkgever = Some(VACATUREWERKGEVERS[vacature].into());
                inhoud.kanaal = Some(KANALEN[n % KANALEN.len()].into());
                let status = if aangenomen == Some(n) {
                    SollicitatieStatus::Aangenomen
                } else if vandaag_dag - dag > 35 {
                    SollicitatieStatus::Afgewezen
                } else if vandaag_dag - dag > 14 {
                    SollicitatieStatus::Gesprek
                } else {
                    SollicitatieStatus::Open
                };
                inhoud.status = Some(status.code().into());
                (90, Urencategorie::Jobhunting, 30)
            }
            ActiviteitSoort::Scholing => {
                inhoud.doel = "cursus Excel en zakelijk schrijven".into();
                inhoud.met_wie = "opleider".into();
                inhoud.vervolg = "certificaat in het cv".into();
                (180, Urencategorie::Scholing, 30)
            }
            _ => {
                inhoud.doel = format!("beeld krijgen van het werk als {}", ZOEKRICHTINGEN[d.w][n % 2]);
                inhoud.met_wie = format!("medewerker van {}", VACATUREWERKGEVERS[(d.i + n + 3) % 6]);
                inhoud.afspraken = "cv nasturen".into();
                (60, Urencategorie::Netwerk, 45)
            }
        };
        let a = NieuweActiviteit { soort, datum: op(dag), minuten, inhoud };
        store.log_activiteit(coach, dossier, &a)?;
        let omschrijving = format!("{} ({})", soort.omschrijving(), nl(op(dag)));
        uren(dag, categorie, coachminuten, &omschrijving, true)?;
        if soort == ActiviteitSoort::Coachgesprek && n % 16 == 0 {
            uren(dag, Urencategorie::Coaching, 40, "reistijd naar afspraak op locatie", false)?;
        }
    }

    if let Some(n) = aangenomen {
        store.zet_traject_door(coach, dossier, Fase::Plaatsing, None, op(532))?;
        let plaatsing = Plaatsing {
            werkgever: VACATUREWERKGEVERS[(d.i + n) % VACATUREWERKGEVERS.len()].into(),
            functie: ZOEKRICHTINGEN[d.w][n % 2].into(),
            contract: ContractSoort::Tijdelijk,
            uren_per_week: 28,
            startdatum: op(540),
            loon_per_maand_centen: 245_000,
            oud_loon_per_maand_centen: 340_000,
            no_risk_polis: true,
        };
        store.leg_plaatsing_vast(coach, dossier, &plaatsing)?;
        uren(532, Urencategorie::Overleg, 60, "afspraken met de nieuwe werkgever", true)?;
        store.zet_traject_door(coach, dossier, Fase::Nazorg, None, op(540))?;
    } else if let Some(werknemer) = wie.werknemer {
        // The employee's own application, waiting for the coach to confirm it.
        let eigen = NieuweActiviteit {
            soort: ActiviteitSoort::Sollicitatie,
            datum: plus_dagen(d.vandaag, -2),
            minuten: 60,
            inhoud: ActiviteitInhoud {
                doel: "zelf gevonden vacature".into(),
                vacature: Some(format!("{} (28 uur)", ZOEKRICHTINGEN[d.w][0])),
                werkgever: Some(VACATUREWERKGEVERS[(d.i + 1) % VACATUREWERKGEVERS.len()].into()),
                kanaal: Some("werk.nl".into()),
                ..ActiviteitInhoud::default()
            },
        };
        store.log_activiteit(actor(werknemer), dossier, &eigen)?;
    }
    Ok(())
}
