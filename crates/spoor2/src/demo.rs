//! `spoor2 demo`: a realistic, deterministic demo organisation — a re-integration bureau with three
//! employers and employees in every stage of the Poortwachter process, relative to a peildatum.

use domain::poortwachter::MijlpaalCode::*;
use domain::poortwachter::datum::{dagen_tussen, plus_dagen};
use domain::poortwachter::{Gebeurtenis, Loonstop, Soort};
use domain::waarden::{Bsn, Opleidingsniveau, Postcode, Rol};
use jiff::civil::Date;
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
    pub dossiers: usize,
}

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

/// Fills an empty (or demo) database. `opgeslagen` is called after each dossier is committed.
pub fn vul(
    store: &Store,
    vandaag: Date,
    werknemers: usize,
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
    let coaches = [
        gebruiker("coach.anna@debrug.example", "Anna Coach", Rol::Coach, vec![], None)?,
        gebruiker("coach.bas@debrug.example", "Bas Coach", Rol::Coach, vec![], None)?,
    ];
    gebruiker("ad@debrug.example", "Arend Deskundige", Rol::Arbeidsdeskundige, werkgever_ids.clone(), None)?;
    let arts =
        gebruiker("bedrijfsarts@debrug.example", "Dr. Bert Arts", Rol::Bedrijfsarts, werkgever_ids.clone(), None)?;
    for ((naam, _, _), id) in WERKGEVERS.iter().zip(&werkgever_ids) {
        let kort = naam.split_whitespace().last().unwrap_or(naam).to_lowercase();
        gebruiker(&format!("hr@{kort}.example"), &format!("HR {naam}"), Rol::Werkgever, vec![id.clone()], None)?;
    }

    for i in 0..werknemers {
        let w = i % WERKGEVERS.len();
        let voornaam = VOORNAMEN[i % VOORNAMEN.len()];
        let achternaam = ACHTERNAMEN[(i * 7 + i / VOORNAMEN.len()) % ACHTERNAMEN.len()];
        let werknemer_id = store.nieuwe_werknemer(
            actor,
            &NieuweWerknemer {
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
            },
        )?;
        if i == 0 {
            gebruiker(
                &format!("{}.{}@mail.example", voornaam.to_lowercase(), i),
                &format!("{voornaam} {achternaam}"),
                Rol::Werknemer,
                vec![],
                Some(werknemer_id.clone()),
            )?;
        }
        let (eerste_ziektedag, wijzigingen) = stadium(i % STADIA, vandaag, &mut rng);
        // Each coach gets every stage: the caseloads alternate per block of stages.
        let coach = &coaches[(i / STADIA) % coaches.len()];
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
        opgeslagen(&dossier, i + 1);
    }
    Ok(Demo { organisatie_id: organisatie, accounts, dossiers: werknemers })
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
    let weken = [0, 8, 45, 70, 80, 62, 90, 0, 30, 43][k];
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
            stap_als(StartSpoor2.into(), 385);
            for a in (392..=weken * 7).step_by(9) {
                stap_als(Soort::Spoor2Activiteit, a);
            }
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
