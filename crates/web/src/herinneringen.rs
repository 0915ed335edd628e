//! Reminders of deadlines: a round computes, per user, which milestones of the Poortwachter clock
//! and which deadlines of the traject are late or coming up (the werkvoorraad's own rule,
//! [`paginas::termijnen`]), notes each in the application (meldingen) and enqueues e-mail in the job
//! table: one message per reminder for who chose `direct`, one digest a day for who chose `dagelijks`.
//! A worker sends the queued mail over SMTP; a failed attempt is retried with backoff.
//!
//! No e-mail names an employee or holds medical data or a BSN: a reminder says what is due, when,
//! and a short reference of the dossier (the start of its random id), with a link to the dossier in
//! the application, where the policy decides what the reader sees.

use std::collections::HashMap;
use std::time::Duration;

use domain::poortwachter::datum::nl;
use jiff::civil::Date;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use store::herinneringen::{EmailVoorkeur, NieuweMelding};
use store::taken::{NieuweTaak, terugval};
use store::{Actor, Store, StoreFout};

use crate::paginas::{Termijn, klok_en_termijnen};
use crate::taal::Taal;

/// The kind of job in the job table.
pub const MAILTAAK: &str = "mail";
/// Who reads the dossiers for the reminder round, in the access log.
pub const SYSTEEM: &str = "systeem:herinneringen";

/// How the connection to the mail server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TlsModus {
    /// No TLS: only for a mail server on the same machine (tests, a local relay).
    Geen,
    /// Plain connection upgraded with STARTTLS (usually port 587).
    #[default]
    Starttls,
    /// TLS from the first byte (usually port 465).
    Tls,
}

/// The mail server. The password never prints (`Debug` shows it redacted).
#[derive(Debug, Clone, Deserialize)]
pub struct Smtp {
    pub host: String,
    #[serde(default = "standaardpoort")]
    pub poort: u16,
    #[serde(default)]
    pub tls: TlsModus,
    pub gebruiker: Option<String>,
    pub wachtwoord: Option<SecretString>,
    /// The sender: `spoor2 <noreply@bureau.example>` or a bare address.
    pub afzender: String,
}

fn standaardpoort() -> u16 {
    587
}

/// What the reminders need to know.
#[derive(Debug, Clone)]
pub struct Instellingen {
    /// Without a mail server the reminders are only noted in the application.
    pub smtp: Option<Smtp>,
    /// The address of the application as users reach it (`https://spoor2.bureau.example`), for the
    /// links in the e-mail.
    pub basis_url: Option<String>,
    /// The daily digest goes out from this hour (Europe/Amsterdam).
    pub dagoverzicht_uur: i8,
    pub max_pogingen: i32,
    /// The wait after the first failed attempt; it doubles after each next one, up to `terugval_max`.
    pub terugval: Duration,
    pub terugval_max: Duration,
    /// How long a worker holds a job before another may take it over.
    pub lease: Duration,
}

impl Default for Instellingen {
    fn default() -> Self {
        Self {
            smtp: None,
            basis_url: None,
            dagoverzicht_uur: 7,
            max_pogingen: 8,
            terugval: Duration::from_secs(60),
            terugval_max: Duration::from_secs(6 * 3600),
            lease: Duration::from_secs(300),
        }
    }
}

/// One reminder in a mail job: ids, codes and dates only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Herinnering {
    pub dossier: String,
    pub wat: String,
    pub datum: Date,
    pub te_laat: bool,
}

/// The data of a mail job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mailtaak {
    pub gebruiker: String,
    /// `dagelijks` or `direct`.
    pub soort: String,
    pub datum: Date,
    pub herinneringen: Vec<Herinnering>,
}

/// What a round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Ronde {
    /// New notifications in the application.
    pub meldingen: usize,
    /// Mail jobs enqueued.
    pub mails: usize,
}

/// The short, non-identifying reference of a dossier in e-mail and calendar: the start of its id.
pub fn referentie(dossier_id: &str) -> String {
    dossier_id.chars().take(8).collect()
}

/// One round on `nu`: notes every reminder for every user and enqueues their e-mail; the daily
/// digest from the configured hour on (or at once with `dagoverzicht`). Running it again, on this or
/// another server, adds nothing that is there already.
pub fn plan(store: &Store, inst: &Instellingen, nu: &jiff::Zoned, dagoverzicht: bool) -> Result<Ronde, StoreFout> {
    let vandaag = nu.date();
    let dagoverzicht = dagoverzicht || nu.hour() >= inst.dagoverzicht_uur;
    let moment = nu.timestamp().as_microsecond();
    let mut ronde = Ronde::default();
    for (organisatie_id, _) in store.organisaties()? {
        let systeem = Actor { id: SYSTEEM, organisatie_id: &organisatie_id };
        // Each dossier is read once per round, by the product itself, as the werkvoorraad reads a
        // caseload: loaded and logged together, a part at a time.
        let mut per_dossier: HashMap<String, Vec<Termijn>> = HashMap::new();
        store.werkvoorraad_in_delen(systeem, "herinneringen", store::PER_VRAAG, |deel| {
            for item in deel {
                let Some(klok) = klok_en_termijnen(&item, vandaag)? else { continue };
                let actueel = klok.termijnen.into_iter().filter(|t| t.actueel(vandaag));
                per_dossier.insert(item.regel.id, actueel.collect());
            }
            Ok(())
        })?;
        for ontvanger in store.ontvangers(&organisatie_id)? {
            let wie = Actor { id: &ontvanger.gebruiker_id, organisatie_id: &organisatie_id };
            let mut alle = Vec::new();
            // What the user may see, by the same policy as their pages.
            let dossiers = store.dossiers(wie)?;
            let mut termijnen = Vec::new();
            for d in dossiers.iter().filter(|d| d.verzuim) {
                let Some(lijst) = per_dossier.get(&d.id) else { continue };
                for t in lijst.iter().filter(|t| d.traject || !t.code.starts_with("traject_")) {
                    let stand = if t.te_laat() { "te_laat" } else { "binnenkort" };
                    let sleutel = format!("{}:{}:{}:{}:{stand}", ontvanger.gebruiker_id, d.id, t.code, t.datum);
                    termijnen.push((sleutel, d, t));
                }
            }
            let meldingen: Vec<NieuweMelding<'_>> = termijnen
                .iter()
                .map(|(sleutel, d, t)| NieuweMelding {
                    sleutel,
                    dossier_id: &d.id,
                    wat: &t.wat,
                    datum: t.datum,
                    te_laat: t.te_laat(),
                })
                .collect();
            ronde.meldingen += store.meld(&ontvanger.gebruiker_id, &meldingen)?;
            for (sleutel, d, t) in &termijnen {
                let herinnering =
                    Herinnering { dossier: d.id.clone(), wat: t.wat.to_string(), datum: t.datum, te_laat: t.te_laat() };
                if ontvanger.voorkeur == EmailVoorkeur::Direct && inst.smtp.is_some() {
                    let taak = Mailtaak {
                        gebruiker: ontvanger.gebruiker_id.clone(),
                        soort: "direct".into(),
                        datum: vandaag,
                        herinneringen: vec![herinnering.clone()],
                    };
                    ronde.mails += usize::from(zet_in_rij(store, inst, &format!("direct:{sleutel}"), &taak, moment)?);
                }
                alle.push(herinnering);
            }
            if ontvanger.voorkeur == EmailVoorkeur::Dagelijks && dagoverzicht && inst.smtp.is_some() && !alle.is_empty()
            {
                alle.sort_by(|a, b| (!a.te_laat, a.datum, &a.dossier).cmp(&(!b.te_laat, b.datum, &b.dossier)));
                let taak = Mailtaak {
                    gebruiker: ontvanger.gebruiker_id.clone(),
                    soort: "dagelijks".into(),
                    datum: vandaag,
                    herinneringen: alle,
                };
                let sleutel = format!("dagelijks:{}:{vandaag}", ontvanger.gebruiker_id);
                ronde.mails += usize::from(zet_in_rij(store, inst, &sleutel, &taak, moment)?);
            }
        }
    }
    Ok(ronde)
}

fn zet_in_rij(store: &Store, inst: &Instellingen, sleutel: &str, taak: &Mailtaak, nu: i64) -> Result<bool, StoreFout> {
    let gegevens = serde_json::to_string(taak).map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
    let nieuw = NieuweTaak { soort: MAILTAAK, sleutel, gegevens: &gegevens, max_pogingen: inst.max_pogingen };
    store.plan_taak(&nieuw, nu)
}

/// What a worker did in one pass.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Verzending {
    pub verstuurd: usize,
    /// Attempts that failed (to be retried later, or given up).
    pub mislukt: usize,
    /// Jobs done without a message (the user chose no e-mail since, or is gone).
    pub overgeslagen: usize,
}

/// Sends every mail job that is due now, as worker `werker`; stops when none is left. A failure waits
/// with backoff in the job table, so the next pass (of any server) tries again when it is due.
pub fn verstuur(store: &Store, inst: &Instellingen, werker: &str) -> Result<Verzending, StoreFout> {
    let mut uitkomst = Verzending::default();
    let Some(smtp) = &inst.smtp else { return Ok(uitkomst) };
    let nu = || jiff::Timestamp::now().as_microsecond();
    while let Some(taak) = store.neem_taak(MAILTAAK, werker, inst.lease, nu())? {
        let gegevens: Mailtaak = match serde_json::from_str(&taak.gegevens) {
            Ok(g) => g,
            Err(_) => {
                store.taak_mislukt(&taak.id, werker, "onleesbare taak", Duration::ZERO, nu())?;
                uitkomst.mislukt += 1;
                continue;
            }
        };
        let ontvanger = store.ontvanger(&gegevens.gebruiker)?;
        let Some(ontvanger) = ontvanger.filter(|o| o.voorkeur != EmailVoorkeur::Uit) else {
            store.taak_klaar(&taak.id, werker, nu())?;
            uitkomst.overgeslagen += 1;
            continue;
        };
        let taal = Taal::uit_code(&ontvanger.taal).unwrap_or_default();
        let resultaat = bericht(smtp, inst.basis_url.as_deref(), &ontvanger.email, taal, &gegevens)
            .and_then(|b| {
                // The heartbeat: the job is still ours, and stays ours while the server answers.
                if store.verleng_taak(&taak.id, werker, inst.lease, nu()).unwrap_or(false) {
                    Ok(b)
                } else {
                    Err("de lease is verlopen".to_string())
                }
            })
            .and_then(|b| verzend(smtp, &b));
        match resultaat {
            Ok(()) => {
                store.taak_klaar(&taak.id, werker, nu())?;
                tracing::info!(taak = %taak.id, gebruiker = %gegevens.gebruiker, "herinnering verstuurd");
                uitkomst.verstuurd += 1;
            }
            Err(fout) => {
                let wacht = terugval(taak.pogingen, inst.terugval, inst.terugval_max);
                store.taak_mislukt(&taak.id, werker, &fout, wacht, nu())?;
                tracing::warn!(taak = %taak.id, poging = taak.pogingen, %fout, "herinnering niet verstuurd");
                uitkomst.mislukt += 1;
            }
        }
    }
    Ok(uitkomst)
}

/// Sends one message. The error names what went wrong, never an address or content.
fn verzend(smtp: &Smtp, bericht: &Message) -> Result<(), String> {
    let bouwer = match smtp.tls {
        TlsModus::Geen => SmtpTransport::builder_dangerous(&smtp.host),
        TlsModus::Starttls => SmtpTransport::starttls_relay(&smtp.host).map_err(smtp_fout)?,
        TlsModus::Tls => SmtpTransport::relay(&smtp.host).map_err(smtp_fout)?,
    };
    let mut bouwer = bouwer.port(smtp.poort).timeout(Some(Duration::from_secs(30)));
    if let (Some(gebruiker), Some(wachtwoord)) = (&smtp.gebruiker, &smtp.wachtwoord) {
        bouwer = bouwer.credentials(Credentials::new(gebruiker.clone(), wachtwoord.expose_secret().to_string()));
    }
    bouwer.build().send(bericht).map(drop).map_err(smtp_fout)
}

fn smtp_fout(e: lettre::transport::smtp::Error) -> String {
    let soort = if e.is_transient() {
        "tijdelijk geweigerd"
    } else if e.is_permanent() {
        "geweigerd"
    } else if e.is_timeout() {
        "geen antwoord"
    } else if e.is_tls() {
        "TLS mislukt"
    } else {
        "verbinding mislukt"
    };
    match e.status() {
        Some(code) => format!("SMTP: {soort} ({code})"),
        None => format!("SMTP: {soort}"),
    }
}

fn html_escape(tekst: &str) -> String {
    tekst
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{22}', "&quot;")
        .replace('\'', "&#39;")
}

/// The message for one mail job, in the user's language: plain text and simple HTML.
pub fn bericht(
    smtp: &Smtp,
    basis_url: Option<&str>,
    aan: &str,
    taal: Taal,
    taak: &Mailtaak,
) -> Result<Message, String> {
    let (tekst, html, onderwerp) = inhoud(basis_url, taal, taak);
    let van: Mailbox = smtp.afzender.parse().map_err(|_| "ongeldige afzender".to_string())?;
    let aan: Mailbox = aan.parse().map_err(|_| "ongeldig e-mailadres van de ontvanger".to_string())?;
    let deel = |soort: ContentType, inhoud: String| {
        SinglePart::builder().header(soort).header(ContentTransferEncoding::QuotedPrintable).body(inhoud)
    };
    Message::builder()
        .from(van)
        .to(aan)
        .subject(onderwerp)
        .multipart(
            MultiPart::alternative()
                .singlepart(deel(ContentType::TEXT_PLAIN, tekst))
                .singlepart(deel(ContentType::TEXT_HTML, html)),
        )
        .map_err(|_| "bericht niet op te bouwen".to_string())
}

/// Text, HTML and subject of a mail job's message.
pub fn inhoud(basis_url: Option<&str>, taal: Taal, taak: &Mailtaak) -> (String, String, String) {
    let aantal = taak.herinneringen.len();
    let te_laat = taak.herinneringen.iter().filter(|h| h.te_laat).count();
    let (onderwerp, uitleg) = if taak.soort == "direct" {
        (taal.m("mail-onderwerp-direct").a("aantal", aantal).to_string(), taal.t("mail-uitleg-direct"))
    } else {
        (
            taal.m("mail-onderwerp-dagelijks")
                .a("aantal", aantal)
                .a("te_laat", te_laat)
                .a("datum", nl(taak.datum))
                .to_string(),
            taal.t("mail-uitleg-dagelijks"),
        )
    };
    let basis = basis_url.map(|b| b.trim_end_matches('/').to_string());
    let mut tekst = format!("{}\n\n{uitleg}\n\n", taal.t("mail-aanhef"));
    let mut html = format!(
        "<!doctype html><html lang='{}'><body><p>{}</p><p>{}</p><table>",
        taal.code(),
        html_escape(&taal.t("mail-aanhef")),
        html_escape(&uitleg)
    );
    for h in &taak.herinneringen {
        let stand = taal.t(if h.te_laat { "mail-te-laat" } else { "mail-binnenkort" });
        let dossier = taal.m("mail-dossier").a("referentie", referentie(&h.dossier)).to_string();
        tekst.push_str(&format!("- {} {}: {} ({stand}), {dossier}\n", taal.t("mail-uiterlijk"), nl(h.datum), h.wat));
        let link = basis.as_ref().map(|b| format!("{b}/dossiers/{}", h.dossier));
        if let Some(link) = &link {
            tekst.push_str(&format!("  {link}\n"));
        }
        let dossier_html = match &link {
            Some(l) => format!("<a href='{}'>{}</a>", html_escape(l), html_escape(&dossier)),
            None => html_escape(&dossier),
        };
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{dossier_html}</td></tr>",
            nl(h.datum),
            html_escape(&h.wat),
            html_escape(&stand)
        ));
    }
    let voet = taal.t("mail-voet");
    tekst.push_str(&format!("\n{voet}\n"));
    if let Some(b) = &basis {
        tekst.push_str(&format!("{b}/instellingen\n"));
    }
    html.push_str(&format!("</table><p>{}</p></body></html>", html_escape(&voet)));
    (tekst, html, onderwerp)
}

/// The user's calendar: every deadline of every dossier they may see, as all-day events with stable
/// ids. Read as the user, through the policy, logged with context `agenda`.
pub(crate) fn agenda(store: &Store, wie: Actor<'_>, vandaag: Date, basis: &str) -> Result<String, StoreFout> {
    use icalendar::{Calendar, Component, Event, EventLike};
    let mut kalender = Calendar::new();
    kalender.name("spoor2");
    // Read as the werkvoorraad reads: the dossiers and the trajects the policy shows, logged together.
    for item in store.werkvoorraad(wie, "agenda")? {
        let Some(klok) = klok_en_termijnen(&item, vandaag)? else { continue };
        let d = &item.regel;
        let referentie = referentie(&d.id);
        for t in klok.termijnen {
            let Some(dag) = chrono::NaiveDate::from_ymd_opt(
                i32::from(t.datum.year()),
                u32::try_from(t.datum.month()).unwrap_or(1),
                u32::try_from(t.datum.day()).unwrap_or(1),
            ) else {
                continue;
            };
            let stand = match t.stand {
                crate::paginas::TermijnStand::Open => "open",
                crate::paginas::TermijnStand::TeLaat => "te laat",
                crate::paginas::TermijnStand::Gedaan => "gedaan",
            };
            kalender.push(
                Event::new()
                    .uid(&format!("{}-{}-{}@spoor2", d.id, t.code, t.datum))
                    .summary(&format!("{} (dossier {referentie})", t.wat))
                    .description(&format!("{stand}; dossier {referentie}"))
                    .starts(dag)
                    .ends(dag + chrono::Days::new(1))
                    .url(&format!("{basis}/dossiers/{}", d.id))
                    .done(),
            );
        }
    }
    Ok(kalender.done().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taak(soort: &str) -> Mailtaak {
        Mailtaak {
            gebruiker: "g1".into(),
            soort: soort.into(),
            datum: jiff::civil::date(2026, 11, 23),
            herinneringen: vec![
                Herinnering {
                    dossier: "3f2a9c1b-0000-4000-8000-000000000001".into(),
                    wat: "Plan van aanpak".into(),
                    datum: jiff::civil::date(2026, 11, 2),
                    te_laat: true,
                },
                Herinnering {
                    dossier: "77aa00bb-0000-4000-8000-000000000002".into(),
                    wat: "traject: intake".into(),
                    datum: jiff::civil::date(2026, 12, 1),
                    te_laat: false,
                },
            ],
        }
    }

    #[test]
    fn the_digest_lists_each_reminder_with_a_reference_and_a_link() {
        let (tekst, html, onderwerp) = inhoud(Some("https://spoor2.example/"), Taal::Nl, &taak("dagelijks"));
        assert_eq!(onderwerp, "spoor2: 2 termijnen, waarvan 1 te laat (23-11-2026)");
        assert!(tekst.contains("- uiterlijk 02-11-2026: Plan van aanpak (te laat), dossier 3f2a9c1b\n"), "{tekst}");
        assert!(tekst.contains("  https://spoor2.example/dossiers/3f2a9c1b-0000-4000-8000-000000000001\n"));
        assert!(tekst.contains("traject: intake (binnenkort)"));
        assert!(tekst.contains("https://spoor2.example/instellingen"));
        assert!(html.contains("<td>Plan van aanpak</td>") && html.contains("href='https://spoor2.example/dossiers/"));
        let (tekst, _, onderwerp) = inhoud(None, Taal::En, &taak("direct"));
        assert_eq!(onderwerp, "spoor2: 2 deadlines need attention");
        assert!(tekst.contains("- due 02-11-2026: Plan van aanpak (overdue), case 3f2a9c1b\n"), "{tekst}");
        assert!(!tekst.contains("http"));
    }

    #[test]
    fn the_password_is_never_printed() {
        let smtp = Smtp {
            host: "mail.example".into(),
            poort: 587,
            tls: TlsModus::Starttls,
            gebruiker: Some("spoor2".into()),
            wachtwoord: Some(SecretString::from("heel-geheim")),
            afzender: "spoor2 <noreply@example.nl>".into(),
        };
        assert!(!format!("{smtp:?}").contains("heel-geheim"));
        let b = bericht(&smtp, None, "anna@example.nl", Taal::Nl, &taak("direct")).unwrap();
        let ruw = String::from_utf8(b.formatted()).unwrap();
        assert!(ruw.contains("To: anna@example.nl") && ruw.contains("Content-Type: text/html"));
        assert!(bericht(&smtp, None, "geen adres", Taal::Nl, &taak("direct")).is_err());
    }
}
