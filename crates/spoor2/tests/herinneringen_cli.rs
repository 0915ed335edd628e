//! Reminders in the demo, as an operator runs them, on SQLite and on PostgreSQL: two servers
//! (`spoor2 serve`) on one database send every reminder exactly once to a real SMTP server on
//! loopback, no message holds an employee's name, a BSN or a medical note, the calendar feed is
//! served and parses back, and `spoor2 herinneringen --nu` afterwards finds nothing new.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use icalendar::Component;
use store::{Actor, Store};
use test_support::Testdatabase;
use test_support::smtp::SmtpSink;

macro_rules! op_beide {
    ($($test:ident),* $(,)?) => {
        mod op_sqlite { $( #[test] fn $test() { super::$test(&test_support::Testdatabase::sqlite()) } )* }
        mod op_postgres { $( #[test] fn $test() { super::$test(&test_support::Testdatabase::postgres()) } )* }
    };
}

op_beide!(reminders_arrive_by_email_and_calendar_in_the_demo);

fn spoor2(db: &Testdatabase, sink: &SmtpSink) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_spoor2"));
    c.env("DATABASE_URL", &db.url)
        .env_remove("SPOOR2__BSN_SLEUTEL")
        .env("SPOOR2__SMTP__HOST", "127.0.0.1")
        .env("SPOOR2__SMTP__POORT", sink.adres.port().to_string())
        .env("SPOOR2__SMTP__TLS", "geen")
        .env("SPOOR2__SMTP__AFZENDER", "spoor2 <noreply@debrug.example>")
        .env("SPOOR2__BASIS_URL", "https://spoor2.debrug.example")
        .env("SPOOR2__HERINNERINGEN_INTERVAL", "1")
        .env("SPOOR2__DAGOVERZICHT_UUR", "0");
    c
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn vrije_poort() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A plain HTTP GET to the server; returns status line and body.
fn haal(poort: u16, pad: &str) -> (String, String) {
    let einde = Instant::now() + Duration::from_secs(30);
    let mut c = loop {
        match TcpStream::connect(("127.0.0.1", poort)) {
            Ok(c) => break c,
            Err(_) if Instant::now() < einde => std::thread::sleep(Duration::from_millis(100)),
            Err(e) => panic!("the server does not answer: {e}"),
        }
    };
    write!(c, "GET {pad} HTTP/1.1\r\nHost: 127.0.0.1:{poort}\r\nConnection: close\r\n\r\n").unwrap();
    let mut antwoord = String::new();
    c.read_to_string(&mut antwoord).unwrap();
    let (kop, romp) = antwoord.split_once("\r\n\r\n").unwrap();
    (kop.lines().next().unwrap().to_string(), romp.to_string())
}

fn reminders_arrive_by_email_and_calendar_in_the_demo(db: &Testdatabase) {
    let sink = SmtpSink::start();
    let demo = spoor2(db, &sink).args(["demo", "--werknemers", "16", "--zonder-server"]).output().unwrap();
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));

    // Two servers on one database, each with its reminder worker.
    let poorten = [vrije_poort(), vrije_poort()];
    let _servers: Vec<Server> = poorten
        .iter()
        .map(|p| {
            let kind = spoor2(db, &sink)
                .args(["serve", "--adres", &format!("127.0.0.1:{p}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            Server(kind)
        })
        .collect();

    let store = Store::open_demo(&db.url).unwrap();
    let einde = Instant::now() + Duration::from_secs(120);
    let taken = loop {
        let taken = store.taken().unwrap();
        // The day's retention round is a job too (it sends no mail) and may be done before the reminders are
        // queued: wait for both kinds.
        let bewaren = taken.iter().any(|t| t.soort == store::bewaartermijn::TAAK);
        let mail = taken.iter().any(|t| t.soort != store::bewaartermijn::TAAK);
        if bewaren && mail && taken.iter().all(|t| t.status == "klaar") {
            break taken;
        }
        assert!(Instant::now() < einde, "the reminders were not sent: {taken:?}");
        std::thread::sleep(Duration::from_millis(200));
    };
    // Both servers had their chance at every job (several rounds each); still one message per job.
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(store.taken().unwrap().len(), taken.len(), "no new jobs without new data");
    let mails = taken.iter().filter(|t| t.soort != store::bewaartermijn::TAAK).count();
    let berichten = sink.wacht_op(mails, Duration::from_secs(5));
    assert_eq!(berichten.len(), mails, "every mail job sent exactly once");
    let ontvangers: std::collections::BTreeSet<_> = berichten.iter().flat_map(|b| b.aan.clone()).collect();
    for wie in ["coach.anna@debrug.example", "hr@korf.example", "bedrijfsarts@debrug.example"] {
        assert!(ontvangers.contains(wie), "no reminder for {wie}: {ontvangers:?}");
    }
    assert!(!ontvangers.contains("beheer@debrug.example"), "the beheerder has no dossiers to be reminded of");

    // No message names an employee, holds a BSN or a medical note: checked against every dossier.
    let (organisatie, _) = store.organisaties().unwrap().pop().unwrap();
    let arts = store.ontvangers(&organisatie).unwrap();
    let arts = arts.iter().find(|o| o.email == "bedrijfsarts@debrug.example").unwrap();
    let arts = Actor { id: &arts.gebruiker_id, organisatie_id: &organisatie };
    let systeem = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let dossiers = store.dossiers(systeem).unwrap();
    assert_eq!(store.dossiers(arts).unwrap().len(), dossiers.len(), "the bedrijfsarts sees every dossier");
    let mut geheim = Vec::new();
    for d in &dossiers {
        geheim.push(d.werknemer.clone());
        geheim.push(store.bsn(arts, &d.id, "test").unwrap().als_tekst().to_string());
        geheim.extend(store.medische_notities(arts, &d.id, "test").unwrap().into_iter().map(|n| n.tekst));
    }
    assert!(geheim.len() > 2 * dossiers.len(), "the demo has medical notes");
    for b in &berichten {
        let tekst = b.tekst();
        assert!(tekst.contains("https://spoor2.debrug.example/dossiers/"), "{tekst}");
        for g in &geheim {
            assert!(!tekst.contains(g.as_str()), "a message to {:?} holds personal data: {g}", b.aan);
        }
    }

    // The calendar: the coach's secret address, served by the running server, parsed back.
    let anna = store.ontvangers(&organisatie).unwrap();
    let anna = anna.iter().find(|o| o.email == "coach.anna@debrug.example").unwrap();
    let geheim = store.maak_agenda(Actor { id: &anna.gebruiker_id, organisatie_id: &organisatie }).unwrap();
    let (status, ics) = haal(poorten[1], &format!("/agenda/{geheim}.ics"));
    assert!(status.contains(" 200 "), "{status}");
    let kalender: icalendar::Calendar = ics.parse().unwrap();
    let events: Vec<_> = kalender.components.iter().filter_map(|c| c.as_event()).collect();
    assert!(events.len() > 10, "{}", events.len());
    assert!(events.iter().all(|e| e.get_uid().is_some_and(|u| u.ends_with("@spoor2")) && e.get_start().is_some()));
    assert!(haal(poorten[0], "/agenda/agenda_onbekend.ics").0.contains(" 404 "));

    // One more round from the command line finds nothing new to send.
    let uit = spoor2(db, &sink).args(["herinneringen", "--nu"]).output().unwrap();
    let tekst = String::from_utf8_lossy(&uit.stdout);
    assert!(uit.status.success() && tekst.contains("0 e-mail(s) in de rij"), "{tekst}");
    assert_eq!(sink.berichten().len(), mails);
}
