//! `spoor2`: the one binary of the product.

mod bench;
mod bench_last;
mod bench_match;
mod bench_melo;
mod bench_rapport;
mod beroepen;
mod bewaartermijnen;
mod demo;
mod gegevens;
mod herinneringen;
mod instellingen;
mod matchen;
mod postcodes;
mod rapport;
mod signalen;
mod tijdlijn;
mod vacatures;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use domain::poortwachter::datum::nl;
use jiff::civil::Date;
use tracing_subscriber::filter::LevelFilter;

use instellingen::Instellingen;
use web::vandaag;

#[derive(Parser)]
#[command(name = "spoor2", version, about = "Spoor 2-re-integratie onder de Wet verbetering poortwachter")]
struct Cli {
    #[command(subcommand)]
    opdracht: Opdracht,
}

#[derive(Subcommand)]
enum Opdracht {
    /// Berekent de Poortwachter-tijdlijn en de toets van één casus (JSON uit BESTAND of standaardinvoer).
    Tijdlijn {
        /// JSON-bestand met de casus; zonder bestand (of met '-') wordt standaardinvoer gelezen.
        bestand: Option<PathBuf>,
        /// Schrijf JSON in plaats van een leesbaar overzicht.
        #[arg(long)]
        json: bool,
    },
    /// Zoekt passend werk bij een belastbaarheid: het profiel (JSON) tegen de ingebouwde beroepencatalogus,
    /// per FML-item beoordeeld en gerangschikt.
    Match {
        /// JSON-bestand met het profiel (belastbaarheid, voorwaarden, opleidingsniveau, uren, wensen); '-' leest
        /// standaardinvoer.
        #[arg(long)]
        profiel: PathBuf,
        /// Vacatures (schema.org JobPosting, als JSON-lines of JSON; of CSV) in plaats van de beroepen uit de
        /// catalogus.
        #[arg(long)]
        vacatures: Option<PathBuf>,
        /// Kolommen van een CSV-bestand met vacatures: veld=Kolom,… (titel, id, werkgever, plaats, postcode,
        /// beroep, uren, diensten, opleiding, omschrijving, of een FML-item), of een bestand met één paar per regel.
        /// Zonder deze optie tellen de kolommen die zo heten.
        #[arg(long)]
        kolommen: Option<String>,
        /// Een beroepencatalogus (van 'spoor2 beroepen importeer') in plaats van de ingebouwde.
        #[arg(long)]
        beroepen: Option<PathBuf>,
        /// Toon ten hoogste zoveel resultaten.
        #[arg(long)]
        top: Option<usize>,
        /// Toon ook het ongeschikte werk, met de redenen.
        #[arg(long)]
        alles: bool,
        /// Schrijf JSON in plaats van een leesbare tabel.
        #[arg(long)]
        json: bool,
    },
    /// Vult een lege database met een demo-organisatie, toont de accounts en start de webapplicatie.
    Demo {
        /// Aantal werknemers (met elk een dossier).
        #[arg(long, default_value_t = 40)]
        werknemers: usize,
        /// De dag waarop de demo 'vandaag' speelt (JJJJ-MM-DD); standaard vandaag.
        #[arg(long)]
        peildatum: Option<Date>,
        /// Adres en poort van de webapplicatie.
        #[arg(long, default_value = "127.0.0.1:8080")]
        adres: std::net::SocketAddr,
        /// Alleen de database vullen, geen webapplicatie starten.
        #[arg(long)]
        zonder_server: bool,
    },
    /// Alle open en te late mijlpalen en alle bevindingen van de opgeslagen dossiers, urgentste eerst.
    Signalen {
        /// Alleen deze organisatie (id, of een deel van de naam).
        #[arg(long)]
        organisatie: Option<String>,
        /// Peildatum (JJJJ-MM-DD); standaard vandaag.
        #[arg(long)]
        peildatum: Option<Date>,
        /// Open mijlpalen alleen als ze binnen zoveel dagen vallen (standaard: alle).
        #[arg(long)]
        binnen: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Toont de opgeslagen dossiers met hun id.
    Dossiers {
        #[arg(long)]
        json: bool,
    },
    /// Schrijft een rapport van een dossier als PDF: voortgangsrapportage, eindrapportage of het
    /// re-integratieverslag (RIV) met de controle op volledigheid.
    Rapport {
        welk: rapport::Welk,
        /// Het id van het dossier (zie spoor2 dossiers).
        #[arg(long)]
        dossier: String,
        /// Het PDF-bestand om te schrijven.
        #[arg(long)]
        uit: PathBuf,
        /// Lees namens deze gebruiker (e-mailadres) van de organisatie; nodig voor het RIV, dat het BSN draagt.
        #[arg(long)]
        als: Option<String>,
        /// Begin van de periode van een voortgangsrapportage (standaard: na de vorige, of de start van de opdracht).
        #[arg(long)]
        van: Option<Date>,
        /// Einde van de periode (standaard: de datum van het rapport).
        #[arg(long)]
        tot: Option<Date>,
        /// De datum van het rapport (JJJJ-MM-DD); standaard vandaag.
        #[arg(long)]
        datum: Option<Date>,
    },
    /// Start de webapplicatie.
    Serve {
        /// Adres en poort om op te luisteren.
        #[arg(long, default_value = "127.0.0.1:8080")]
        adres: std::net::SocketAddr,
    },
    /// Herinneringen: één ronde (meldingen in de applicatie, e-mail in de rij) en verstuurt de e-mail die klaarstaat.
    Herinneringen {
        /// Stuur het dagoverzicht nu, ook vóór het ingestelde uur.
        #[arg(long)]
        nu: bool,
    },
    /// Bewaartermijnen: anonimiseert de dossiers en verwijdert de medische notities waarvan de termijn
    /// verstreken is (de server doet dat dagelijks); met --proef alleen de lijst van wat dat zou doen.
    Bewaartermijnen {
        /// Toon per organisatie wat de volgende ronde zou anonimiseren of verwijderen, en waarom; verandert niets.
        #[arg(long)]
        proef: bool,
        /// Bij --proef: de dag waarop de ronde zou draaien (JJJJ-MM-DD); standaard vandaag.
        #[arg(long, requires = "proef")]
        peildatum: Option<Date>,
        #[arg(long)]
        json: bool,
    },
    /// Brengt het databaseschema bij.
    Migrate,
    /// Het audit- en inzagelogboek.
    Audit {
        #[command(subcommand)]
        wat: AuditOpdracht,
    },
    /// Schrijft een consistente momentopname van de database naar BESTAND (ook terwijl de applicatie draait).
    Backup { bestand: PathBuf },
    /// Zet een backup terug; een database met gegevens alleen met --overschrijven.
    Restore {
        bestand: PathBuf,
        #[arg(long)]
        overschrijven: bool,
    },
    /// Een volledige beroepencatalogus uit ESCO en O*NET.
    Beroepen {
        #[command(subcommand)]
        wat: BeroepenOpdracht,
    },
    /// Referentiegegevens voor het matchen: postcodecoördinaten (PC4) voor reisafstanden.
    Postcodes {
        #[command(subcommand)]
        wat: PostcodesOpdracht,
    },
    /// De vacatures van een organisatie, waartegen de coach in de applicatie matcht.
    Vacatures {
        #[command(subcommand)]
        wat: VacaturesOpdracht,
    },
    /// Meet de snelheid van onderdelen.
    Bench {
        #[command(subcommand)]
        wat: BenchOpdracht,
    },
}

#[derive(Subcommand)]
enum AuditOpdracht {
    /// Controleert elke hashketen; eindigt met een foutcode en noemt de eerste gebroken regel.
    Verify,
}

#[derive(Subcommand)]
enum BeroepenOpdracht {
    /// Bouwt een beroepencatalogus uit de ESCO-beroepen (Nederlandse namen, ISCO-08) met een vraagprofiel uit de
    /// O*NET-waarderingen, via de crosswalks. MAP bevat occupations_nl_v1.2.csv, esco_onet_crosswalk_Nov2020.csv,
    /// onet_soc_2010_to_2019_crosswalk.csv, atlas_df_occupations_2022_onet_wide.csv en
    /// bls_isco08_soc2010_crosswalk.csv.
    Importeer {
        map: PathBuf,
        /// Schrijf de catalogus hierheen in plaats van naar beroepen.toml in de gegevensmap.
        #[arg(long)]
        uit: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum PostcodesOpdracht {
    /// Leest het GeoNames-postcodebestand voor Nederland (NL.txt, tab-gescheiden) en bewaart de coördinaten per
    /// PC4 in de gegevensmap (instelling gegevensmap, standaard ./spoor2-gegevens).
    Importeer { bestand: PathBuf },
}

#[derive(Subcommand)]
enum VacaturesOpdracht {
    /// Importeert vacatures (schema.org JobPosting als JSON of JSON-lines, of CSV) in de database, in één keer:
    /// onleesbare regels worden overgeslagen en gemeld; een vacature met dezelfde referentie wordt vervangen.
    Importeer {
        /// Het bestand; '-' leest standaardinvoer.
        bestand: PathBuf,
        /// Id of (deel van de) naam van de organisatie; nodig als de database er meer dan één heeft.
        #[arg(long)]
        organisatie: Option<String>,
        /// Kolommen van een CSV-bestand: veld=Kolom,… of een bestand met één paar per regel.
        #[arg(long)]
        kolommen: Option<String>,
        /// Verwijder de vacatures van de organisatie die niet in het bestand staan.
        #[arg(long)]
        vervang: bool,
    },
}

#[derive(Subcommand)]
enum BenchOpdracht {
    /// Belastingtest van spoor2 serve: de demo met zoveel dossiers, zoveel ingelogde coaches tegelijk die de
    /// werkvoorraad en dossiers bekijken en activiteiten vastleggen; doorvoer en p50/p99 per pagina.
    Last {
        /// Aantal dossiers in de demo.
        #[arg(long, default_value_t = 10_000)]
        dossiers: usize,
        /// Aantal gebruikers (coaches, elk met een eigen caseload) tegelijk.
        #[arg(long, default_value_t = 200)]
        gebruikers: usize,
        /// Seconden gemengd verkeer.
        #[arg(long, default_value_t = 60)]
        duur: u64,
        /// Seconden van elke vergelijkingsfase (/gezond, alleen de meldingenteller, alleen de werkvoorraad),
        /// om beurten in stukken van hoogstens twee seconden.
        #[arg(long, default_value_t = 10)]
        vergelijk: u64,
        /// Milliseconden dat een gebruiker gemiddeld naar een pagina kijkt voor de volgende klik in het
        /// gemengde verkeer (willekeurig tussen de helft en anderhalf keer); 0: direct doorklikken.
        #[arg(long, default_value_t = 0)]
        denktijd: u64,
        #[arg(long)]
        json: bool,
    },
    /// Rekent tijdlijn en bevindingen uit voor gegenereerde casussen, op één thread.
    Tijdlijn {
        /// Aantal casussen.
        #[arg(long, default_value_t = 1_000_000)]
        aantal: u64,
        /// Zaad voor de generator: hetzelfde zaad geeft dezelfde casussen.
        #[arg(long, default_value_t = 2002)]
        zaad: u64,
    },
    /// Maakt een voortgangsrapportage en een RIV-bundel van een demodossier, herhaald, en toont de tijd per stuk.
    Rapport {
        /// Aantal keer elk rapport.
        #[arg(long, default_value_t = 50)]
        aantal: u32,
    },
    /// Matcht gegenereerde profielen tegen gegenereerde vacatures: de index tegen dezelfde query in SQLite.
    Match {
        /// Aantal vacatures.
        #[arg(long, default_value_t = 1_000_000)]
        vacatures: usize,
        /// Aantal profielen (queries) op de index.
        #[arg(long, default_value_t = 1000)]
        profielen: usize,
        /// Hoeveel van die profielen ook in SQLite (dat duurt per query veel langer).
        #[arg(long, default_value_t = 100)]
        sql_profielen: usize,
        #[arg(long, default_value_t = 2002)]
        zaad: u64,
        #[arg(long)]
        json: bool,
    },
    /// Koppelt de beroepstitels van de Nederlandse MELO-benchmark aan ESCO-beroepen en meet MAP, MRR,
    /// success@1 en success@10 en de tijd per titel. MAP bevat queries.tsv, corpus_elements.tsv,
    /// concept_mapping.tsv en annotations.tsv.
    Melo {
        map: PathBuf,
        /// ESCO-beroepen (occupations_nl_v1.2.csv) waarvan de omschrijvingen meetellen.
        #[arg(long)]
        esco: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

/// Exit code for input the program refuses.
const ONGELDIGE_INVOER: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    logboek();
    match voer_uit(cli.opdracht) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fout::Invoer(melding)) => {
            eprintln!("fout: {melding}");
            ExitCode::from(ONGELDIGE_INVOER)
        }
        Err(Fout::Intern(e)) => {
            eprintln!("fout: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn voer_uit(opdracht: Opdracht) -> Result<(), Fout> {
    match opdracht {
        Opdracht::Tijdlijn { bestand, json } => tijdlijn::voer_uit(bestand.as_deref(), json),
        Opdracht::Match { profiel, vacatures, kolommen, beroepen, top, alles, json } => matchen::voer_uit(
            &profiel,
            matchen::Keuze {
                vacatures: vacatures.as_deref(),
                kolommen: kolommen.as_deref(),
                beroepen: beroepen.as_deref(),
                top,
                alles,
                json,
            },
        ),
        Opdracht::Bench { wat: BenchOpdracht::Tijdlijn { aantal, zaad } } => bench::tijdlijn(aantal, zaad),
        Opdracht::Bench { wat: BenchOpdracht::Match { vacatures, profielen, sql_profielen, zaad, json } } => {
            bench_match::voer_uit(bench_match::Keuze { vacatures, profielen, sql_profielen, zaad, json })
        }
        Opdracht::Bench { wat: BenchOpdracht::Melo { map, esco, json } } => {
            bench_melo::voer_uit(&map, esco.as_deref(), json)
        }
        Opdracht::Bench { wat: BenchOpdracht::Rapport { aantal } } => bench_rapport::voer_uit(aantal),
        Opdracht::Bench { wat: BenchOpdracht::Last { dossiers, gebruikers, duur, vergelijk, denktijd, json } } => {
            bench_last::voer_uit(bench_last::Keuze { dossiers, gebruikers, duur, vergelijk, denktijd, json })
        }
        Opdracht::Postcodes { wat: PostcodesOpdracht::Importeer { bestand } } => postcodes::importeer(&bestand),
        Opdracht::Beroepen { wat: BeroepenOpdracht::Importeer { map, uit } } => beroepen::importeer(&map, uit),
        Opdracht::Vacatures { wat: VacaturesOpdracht::Importeer { bestand, organisatie, kolommen, vervang } } => {
            vacatures::importeer(&bestand, organisatie.as_deref(), kolommen.as_deref(), vervang)
        }
        Opdracht::Demo { werknemers, peildatum, adres, zonder_server } => {
            let url = Instellingen::laad()?.database_url;
            let store = store::Store::open_demo(&url)?;
            if store.is_leeg()? {
                let vandaag = peildatum.unwrap_or_else(vandaag);
                eprintln!("Demo-organisatie aanmaken met {werknemers} werknemers (peildatum {})…", nl(vandaag));
                let mut melding = Ok(());
                let demo = demo::vul(&store, vandaag, werknemers, 2, |dossier, n| {
                    // Each line acknowledges a committed dossier.
                    if melding.is_ok() {
                        melding = uitvoer(&format!("opgeslagen {n}/{werknemers}: dossier {dossier}\n"));
                    }
                })?;
                melding?;
                let mut tekst =
                    format!("\nDemo-organisatie {} met {} dossiers.\n", demo.organisatie_id, demo.dossiers.len());
                tekst.push_str(&format!(
                    "\nAccounts (wachtwoord: {}; tweede factor: het TOTP-geheim in een authenticator-app):\n",
                    demo::WACHTWOORD
                ));
                for a in &demo.accounts {
                    tekst.push_str(&format!(
                        "  {:<18} {:<30} {:<34} {}\n",
                        a.rol.code(),
                        a.email,
                        a.totp_geheim,
                        a.naam
                    ));
                }
                uitvoer(&tekst)?;
            } else {
                uitvoer("De database bevat de demo al.\n")?;
            }
            if zonder_server {
                return uitvoer(
                    "\nStart de webapplicatie met: spoor2 serve   (of bekijk het urgente werk met: spoor2 signalen)\n",
                );
            }
            uitvoer(&format!(
                "\nDe webapplicatie draait op http://{adres}/ — log in met een account hierboven (stoppen met Ctrl-C).\n"
            ))?;
            let instellingen = Instellingen::laad()?;
            serveer(store, adres, false, &instellingen)
        }
        Opdracht::Signalen { organisatie, peildatum, binnen, json } => {
            let store = Instellingen::laad()?.store()?;
            let peildatum = peildatum.unwrap_or_else(vandaag);
            let signalen = signalen::verzamel(&store, organisatie.as_deref(), peildatum, binnen)?;
            if json {
                uitvoer(&(serde_json::to_string_pretty(&signalen).map_err(anyhow::Error::from)? + "\n"))
            } else {
                uitvoer(&signalen::tabel(&signalen, peildatum))
            }
        }
        Opdracht::Dossiers { json } => {
            let store = Instellingen::laad()?.store()?;
            let regels = rapport::dossiers(&store)?;
            if json {
                uitvoer(&(serde_json::to_string_pretty(&regels).map_err(anyhow::Error::from)? + "\n"))
            } else {
                uitvoer(&rapport::tabel(&regels))
            }
        }
        Opdracht::Rapport { welk, dossier, uit, als, van, tot, datum } => {
            let store = Instellingen::laad()?.store()?;
            let keuze = rapport::Keuze {
                welk,
                dossier: &dossier,
                uit: &uit,
                als: als.as_deref(),
                van,
                tot,
                datum: datum.unwrap_or_else(vandaag),
            };
            uitvoer(&rapport::schrijf(&store, &keuze)?)
        }
        Opdracht::Serve { adres } => {
            let instellingen = Instellingen::laad()?;
            let store = instellingen.store()?;
            uitvoer(&format!("spoor2 draait op http://{adres}/ (stoppen met Ctrl-C)\n"))?;
            serveer(store, adres, instellingen.achter_tls, &instellingen)
        }
        Opdracht::Herinneringen { nu } => {
            let instellingen = Instellingen::laad()?;
            let store = instellingen.store()?;
            let inst = instellingen.herinneringen()?;
            let (ronde, verzending) = herinneringen::eenmaal(&store, &inst, nu)?;
            let mut tekst = format!(
                "Herinneringen: {} nieuwe melding(en), {} e-mail(s) in de rij; verstuurd: {}, mislukt: {}.\n",
                ronde.meldingen, ronde.mails, verzending.verstuurd, verzending.mislukt
            );
            if inst.smtp.is_none() {
                tekst.push_str("Geen mailserver ingesteld (smtp): herinneringen alleen in de applicatie.\n");
            }
            uitvoer(&tekst)
        }
        Opdracht::Bewaartermijnen { proef, peildatum, json } => {
            let store = Instellingen::laad()?.store()?;
            let peildatum = peildatum.unwrap_or_else(vandaag);
            let regels = bewaartermijnen::voer_uit(&store, proef, peildatum)?;
            if json {
                uitvoer(&(serde_json::to_string_pretty(&regels).map_err(anyhow::Error::from)? + "\n"))
            } else {
                uitvoer(&bewaartermijnen::tabel(&regels, proef, peildatum))
            }
        }
        Opdracht::Migrate => {
            let toegepast = store::migreer(&Instellingen::laad()?.database_url)?;
            uitvoer(&format!("Database bijgewerkt: {toegepast} migratie(s) toegepast.\n"))
        }
        Opdracht::Audit { wat: AuditOpdracht::Verify } => {
            let controle = store::backup::controleer(&Instellingen::laad()?.database_url)?;
            match controle.breuk {
                None => uitvoer(&format!(
                    "Logboek in orde: {} organisatie(s), {} regels.\n",
                    controle.organisaties, controle.regels
                )),
                Some(b) => Err(Fout::Intern(anyhow::anyhow!("logboek gebroken bij {b}"))),
            }
        }
        Opdracht::Backup { bestand } => {
            store::backup::maak(&Instellingen::laad()?.database_url, &bestand)?;
            uitvoer(&format!("Backup geschreven naar {}.\n", bestand.display()))
        }
        Opdracht::Restore { bestand, overschrijven } => {
            let controle = store::backup::herstel(&Instellingen::laad()?.database_url, &bestand, overschrijven)?;
            match controle.breuk {
                None => uitvoer(&format!(
                    "Backup teruggezet: {} organisatie(s), logboek in orde ({} regels).\n",
                    controle.organisaties, controle.regels
                )),
                Some(b) => Err(Fout::Intern(anyhow::anyhow!("teruggezet, maar het logboek is gebroken bij {b}"))),
            }
        }
    }
}

/// The program's log on standard error, at the level of `SPOOR2_LOG` (`error`, `warn`, `info`: the
/// default, `debug`, `trace`, `off`). It holds no personal data: see docs/security.md.
fn logboek() {
    let niveau = std::env::var("SPOOR2_LOG").ok().and_then(|n| n.parse().ok()).unwrap_or(LevelFilter::INFO);
    tracing_subscriber::fmt().with_max_level(niveau).with_writer(std::io::stderr).with_ansi(false).init();
}

/// How often the server looks whether today's retention round is still to run (it runs once a day).
const BEWAARRONDE_INTERVAL: std::time::Duration = std::time::Duration::from_secs(3600);

/// Serves the application, with the reminders and the daily retention round running beside it.
fn serveer(
    store: store::Store,
    adres: std::net::SocketAddr,
    veilig: bool,
    instellingen: &Instellingen,
) -> Result<(), Fout> {
    let inst = instellingen.herinneringen()?;
    let postcodes = postcodes::laad()?;
    let interval = std::time::Duration::from_secs(instellingen.herinneringen_interval);
    if inst.smtp.is_none() {
        eprintln!("Geen mailserver ingesteld (smtp): herinneringen alleen in de applicatie.");
    }
    // The pages do their database work on the worker threads (`web::WERKDRADEN`); only long work goes to
    // the blocking threads. A few dozen of those are plenty; Tokio's default of 512 let a busy server grow
    // to hundreds of threads, each only holding memory while it waited for a connection.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .worker_threads(web::WERKDRADEN)
        .max_blocking_threads(32)
        .build()?;
    runtime.block_on(async {
        tokio::spawn(herinneringen::op_de_achtergrond(store.clone(), inst, interval));
        tokio::spawn(bewaartermijnen::op_de_achtergrond(store.clone(), BEWAARRONDE_INTERVAL));
        web::serve(store, adres, veilig, postcodes).await
    })?;
    Ok(())
}

/// Writes to standard output; a closed pipe (`| head`) ends the output quietly.
pub fn uitvoer(tekst: &str) -> Result<(), Fout> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(tekst.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

/// What can go wrong in a command: the user's input (exit 2), or anything else (exit 1).
#[derive(Debug)]
pub enum Fout {
    Invoer(String),
    Intern(anyhow::Error),
}

impl From<anyhow::Error> for Fout {
    fn from(e: anyhow::Error) -> Self {
        Self::Intern(e)
    }
}

impl From<std::io::Error> for Fout {
    fn from(e: std::io::Error) -> Self {
        Self::Intern(e.into())
    }
}

impl From<store::StoreFout> for Fout {
    fn from(e: store::StoreFout) -> Self {
        match e {
            store::StoreFout::Ongeldig(m) => Self::Invoer(m),
            e => Self::Intern(e.into()),
        }
    }
}
