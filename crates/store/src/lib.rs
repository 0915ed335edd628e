//! The re-integratiedossier: storage on SQLite (embedded, the default) and PostgreSQL behind one code
//! path, with the BSN encrypted at rest and every write and read recorded in the hash-chained log.

pub mod aanmelden;
pub mod backup;
pub mod bewaartermijn;
pub mod bsn;
pub mod correctie;
pub mod export;
mod geheugen;
pub mod herinneringen;
pub mod inzage;
mod inzagelijst;
mod leeslog;
pub mod logboek;
pub mod matchbesluiten;
pub mod organisatie;
pub mod rapporten;
mod schema;
mod sessies;
pub mod taken;
pub mod tokens;
pub mod traject;
pub mod vacatures;
pub mod verbinding;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, PooledConnection};
use diesel::result::DatabaseErrorKind;
use domain::fml::GeenBenutbareMogelijkheden;
use domain::poortwachter::json::{casus_uit_json, casusinvoer_uit_json};
use domain::poortwachter::{Casus, CasusInvoer, Gebeurtenis, Loonstop, Soort};
use domain::toegang::{self, Doel, MedischeToegang};
use domain::waarden::{Bsn, Opleidingsniveau, Postcode, Rol};
use jiff::civil::Date;
use serde_json::{Value, json};

pub use bsn::BsnSleutel;
pub use domain::toegang::{Gegevens, Handeling};
pub use logboek::{Breuk, Controle};
pub use verbinding::{Backend, Verbinding};

use schema::*;

/// What can go wrong, with a Dutch message for the user.
#[derive(Debug, thiserror::Error)]
pub enum StoreFout {
    #[error("databasefout: {0}")]
    Database(#[from] diesel::result::Error),
    #[error("kan de database niet bereiken: {0}")]
    Verbinding(String),
    #[error("migratie mislukt: {0}")]
    Migratie(String),
    #[error("{0} niet gevonden")]
    NietGevonden(&'static str),
    #[error("het dossier is intussen gewijzigd (versie {actueel}, verwacht {verwacht}); laad het opnieuw")]
    Conflict { verwacht: i64, actueel: i64 },
    #[error("{0}")]
    Ongeldig(String),
    #[error("{0}")]
    Sleutel(String),
    #[error("geen toegang: {0}")]
    Geweigerd(&'static str),
    #[error("{0}")]
    Aanmelden(&'static str),
    #[error("te veel mislukte pogingen; probeer het over {minuten} minuten opnieuw")]
    Geblokkeerd { minuten: i64 },
    #[error(
        "geen BSN-sleutel ingesteld: zet SPOOR2__BSN_SLEUTEL (32 bytes, base64) of bsn_sleutel in spoor2.toml; \
         alleen een demodatabase werkt zonder"
    )]
    GeenSleutel,
}

impl StoreFout {
    /// Whether the database cannot serve for now (see [`Onbeschikbaar`]).
    pub fn onbeschikbaar(&self) -> Option<Onbeschikbaar> {
        use diesel::result::{DatabaseErrorKind as K, Error as E};
        match self {
            Self::Verbinding(_) => Some(Onbeschikbaar::Verbinding),
            Self::Database(E::DatabaseError(K::ClosedConnection | K::UnableToSendCommand, info)) => {
                Some(Onbeschikbaar::uit_melding(info.message()).unwrap_or(Onbeschikbaar::Verbinding))
            }
            Self::Database(E::DatabaseError(_, info)) => Onbeschikbaar::uit_melding(info.message()),
            Self::Database(E::BrokenTransactionManager) => Some(Onbeschikbaar::Verbinding),
            _ => None,
        }
    }

    /// Whether trying the same transaction again may succeed.
    pub fn is_tijdelijk(&self) -> bool {
        use diesel::result::{DatabaseErrorKind as K, Error as E};
        match self {
            Self::Database(E::DatabaseError(K::SerializationFailure, _)) => true,
            Self::Database(E::DatabaseError(_, info)) => {
                let m = info.message();
                m.contains("database is locked") || m.contains("deadlock")
            }
            _ => false,
        }
    }
}

/// Why the database cannot serve for now: a state of the installation that passes (or that an operator
/// fixes), not an error in what was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Onbeschikbaar {
    /// The server is down or restarting, or the connection was lost.
    Verbinding,
    /// The database cannot write: the disk is full, or the file or server is read-only.
    Opslag,
}

impl Onbeschikbaar {
    /// Recognises the state in a database's message (SQLite's and PostgreSQL's own words).
    pub fn uit_melding(melding: &str) -> Option<Self> {
        const OPSLAG: [&str; 6] = [
            "database or disk is full",
            "no space left on device",
            "readonly database",
            "read-only",
            "disk i/o error",
            "could not extend file",
        ];
        const VERBINDING: [&str; 8] = [
            "kan de database niet bereiken",
            "terminating connection",
            "server closed the connection",
            "the database system is shutting down",
            "the database system is starting up",
            "connection refused",
            "no connection to the server",
            "timed out waiting for connection",
        ];
        let m = melding.to_lowercase();
        if OPSLAG.iter().any(|o| m.contains(o)) {
            Some(Self::Opslag)
        } else if VERBINDING.iter().any(|v| m.contains(v)) {
            Some(Self::Verbinding)
        } else {
            None
        }
    }
}

/// Brings the database at `url` up to date; returns how many migrations were applied.
pub fn migreer(url: &str) -> Result<usize, StoreFout> {
    verbinding::open(url).map(|(_, toegepast)| toegepast)
}

/// Microseconds since 1970 (UTC).
pub(crate) fn nu_micros() -> i64 {
    jiff::Timestamp::now().as_microsecond()
}

fn nieuw_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Who acts, within which organisation: a user's id, or `systeem:…` for the product itself.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub id: &'a str,
    pub organisatie_id: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisatieSoort {
    Bureau,
    Arbodienst,
    Werkgever,
}

impl OrganisatieSoort {
    pub fn code(self) -> &'static str {
        match self {
            Self::Bureau => "bureau",
            Self::Arbodienst => "arbodienst",
            Self::Werkgever => "werkgever",
        }
    }
}

#[derive(Debug, Clone)]
pub struct NieuweWerknemer {
    pub werkgever_id: String,
    pub voornaam: String,
    pub achternaam: String,
    pub email: Option<String>,
    pub telefoon: Option<String>,
    pub functie: String,
    /// Contract hours per week, in hundredths (38 hours = 3800).
    pub contracturen_x100: i32,
    pub postcode: Postcode,
    pub opleidingsniveau: Opleidingsniveau,
    pub bsn: Bsn,
}

#[derive(Debug, Clone)]
pub struct NieuweGebruiker {
    pub email: String,
    pub naam: String,
    pub rol: Rol,
    pub werknemer_id: Option<String>,
    /// The employers this user works for (werkgever, arbeidsdeskundige, bedrijfsarts).
    pub werkgevers: Vec<String>,
}

/// A change to a dossier's clock data.
#[derive(Debug, Clone)]
pub enum Wijziging {
    /// A new sickness period from this day.
    Ziekmelding {
        van: Date,
    },
    /// Full recovery: the last sick day of the running period.
    Herstel {
        laatste_ziektedag: Date,
    },
    Wazo {
        van: Date,
        tot_en_met: Date,
    },
    /// A step taken or a fact established, with an optional note (never medical data).
    Gebeurtenis {
        gebeurtenis: Gebeurtenis,
        toelichting: Option<String>,
    },
    /// The employer stopped paying wages (BW 7:629 lid 3).
    Loonstop(Loonstop),
    VrijwilligeVerlenging {
        tot: Option<Date>,
    },
    Loonsanctie {
        weken: Option<u8>,
    },
}

/// A dossier as read, without medical data and without the BSN.
#[derive(Debug, Clone, PartialEq)]
pub struct Dossier {
    pub id: String,
    pub organisatie_id: String,
    pub werkgever_id: String,
    pub werkgever: String,
    pub werknemer_id: String,
    pub werknemer: String,
    pub functie: String,
    pub postcode: Postcode,
    pub coach_id: Option<String>,
    pub versie: i64,
    /// The clock's data (without peildatum), read once when the dossier is loaded: the input of
    /// [`Dossier::casus`].
    pub klok: CasusInvoer,
}

impl Dossier {
    /// The clock's case on a peildatum.
    pub fn casus(&self, peildatum: Date) -> Result<Casus, StoreFout> {
        let invoer = CasusInvoer { peildatum: Some(peildatum), ..self.klok.clone() };
        Casus::nieuw(invoer, peildatum).map_err(|e| StoreFout::Ongeldig(format!("opgeslagen dossier {}: {e}", self.id)))
    }
}

/// A document to add to a dossier. Its content is stored once per SHA-256.
#[derive(Debug, Clone)]
pub struct NieuwDocument {
    /// What it is: `probleemanalyse`, `plan_van_aanpak`, `eerstejaarsevaluatie`, `ad_rapport`, …
    pub soort: String,
    pub titel: String,
    pub datum: Date,
    pub auteur: String,
    pub ondertekend_door: Option<String>,
    pub bestandsnaam: String,
    pub mediatype: String,
    pub inhoud: Vec<u8>,
}

/// Document kinds that are the employee's own entries (their view on the re-integration, their own
/// papers such as a CV or a letter of application): written under [`Gegevens::EigenTrajectinvoer`],
/// so by the employee (and the coach), not by whoever records the Poortwachter steps.
pub const EIGEN_DOCUMENTEN: [&str; 2] = ["visie_werknemer", "eigen_stuk"];

/// A document's description, without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub soort: String,
    pub titel: String,
    pub datum: Date,
    pub auteur: String,
    pub ondertekend_door: Option<String>,
    pub bestandsnaam: String,
    pub mediatype: String,
    pub sha256: String,
}

/// The employee's functional capacities on a date in FML form (item code → level or bit mask, see
/// [`domain::fml`]), with a functional explanation per item and a prognosis in time terms. No
/// diagnosis: this is what the employer may know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Belastbaarheid {
    pub datum: Date,
    pub auteur_id: String,
    /// The voorblad: whether the employee has usable capacities at all.
    pub benutbare_mogelijkheden: bool,
    /// Why not. The reason is medical in nature (it can name a psychiatric disorder), so it is read
    /// back only for whom the policy shows medical data (the bedrijfsarts); others learn only that
    /// there are no usable capacities.
    pub reden_geen: Option<GeenBenutbareMogelijkheden>,
    pub items: BTreeMap<String, u8>,
    pub toelichtingen: BTreeMap<String, String>,
    pub prognose: String,
}

/// One read of an employee's data, from the access log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inzage {
    /// Microseconds since 1970 (UTC).
    pub tijdstip: i64,
    pub actor: String,
    /// The user's name, or the actor id for the product itself.
    pub naam: String,
    /// `inzage` or `medisch`.
    pub soort: String,
    pub context: String,
    /// Which data, as JSON.
    pub details: String,
}

/// One line of a dossier list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierRegel {
    pub id: String,
    pub werkgever: String,
    pub werknemer: String,
    /// Whether the actor may read the dossier's sickness and Poortwachter data.
    pub verzuim: bool,
    /// Whether the actor may read the dossier's access history.
    pub logboek: bool,
    /// Whether the actor may read the dossier's traject (where it has one).
    pub traject: bool,
    /// The coach whose caseload holds the dossier, and their name.
    pub coach_id: Option<String>,
    pub coach: Option<String>,
}

/// One dossier of a werkvoorraad ([`Store::werkvoorraad`]).
#[derive(Debug, Clone)]
pub struct Werkvoorraaddossier {
    pub regel: DossierRegel,
    /// The dossier, where the actor may read its sickness (`regel.verzuim`).
    pub dossier: Option<std::sync::Arc<Dossier>>,
    /// Its traject, where it has one and the policy shows it.
    pub traject: Option<std::sync::Arc<traject::Traject>>,
}

/// Where a werkvoorraad stands: who reads it, as the policy sees them, and the stand of the dossiers
/// within their scope. What a werkvoorraad shows depends on nothing else (the day apart): the stand
/// moves with every change to what the list and the dossiers are read from, names included (see the
/// migration `dossierstand`), and the policy decides from the reader and where each dossier belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Werkvoorraadstand {
    wie: Principaal,
    standen: Standen,
}

/// The stand of the dossiers within a reader's scope ([`standen`]).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Standen {
    /// A coach's caseload: one number, raised with every change to a dossier of it and to who is in it
    /// (migration `caseloadstand`).
    Caseload(i64),
    /// Any other scope: per dossier its id and stand, in the order of the id.
    Dossiers(Vec<(String, i64)>),
}

/// What a list view showed, as its access-log entry names it; to log it again when a server shows it
/// again ([`Store::werkvoorraad_tenzij`]).
#[derive(Debug, Clone)]
pub struct Getoond(Option<Arc<inzagelijst::Lijst>>);

/// A werkvoorraad read by [`Store::werkvoorraad_tenzij`].
pub enum Werkvoorraadlezing {
    /// It stands where the one known stood: the view was logged as showing what that one showed.
    Ongewijzigd,
    /// Read anew, with where it stands and what it showed.
    Gelezen { dossiers: Vec<Werkvoorraaddossier>, stand: Werkvoorraadstand, getoond: Getoond },
}

/// One line of a dossier's course: a recorded event (a Poortwachter step, a loonstop, …) or a
/// non-medical note, with who recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verloopregel {
    pub datum: Date,
    /// The event's code (`probleemanalyse`, …), or `notitie`.
    pub soort: String,
    pub tekst: Option<String>,
    /// The name of who recorded it (empty for what the product or an import recorded).
    pub door: String,
}

/// A note of the bedrijfsarts, readable only through [`Store::medische_notities`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedischeNotitie {
    pub datum: Date,
    pub auteur_id: String,
    pub tekst: String,
}

/// (dossier: id, organisation, employee, coach, version), (employee: employer, first and last name,
/// function, postcode), employer name.
type DossierRij = ((String, String, String, Option<String>, i64), (String, String, String, String, String), String);

type Pooled = PooledConnection<ConnectionManager<Verbinding>>;

/// What a read gave, handed out only once what was read is committed to the access log. Dropped
/// unopened, the reads are logged all the same.
#[must_use = "the outcome is handed out by `vastgelegd` or `wacht`"]
pub struct Gelogd<T> {
    uitkomst: Result<T, StoreFout>,
    bevestiging: leeslog::Bevestiging,
}

impl<T> Gelogd<T> {
    /// Waits for the log without holding the thread (a server's page, which shares the commit with the
    /// pages read meanwhile); then the outcome, or the error that kept the reads from the log.
    pub async fn vastgelegd(self) -> Result<T, StoreFout> {
        self.bevestiging.af().await?;
        self.uitkomst
    }

    /// Waits for the log, blocking the thread.
    pub fn wacht(self) -> Result<T, StoreFout> {
        self.bevestiging.wacht()?;
        self.uitkomst
    }
}

/// Where a store's connections come from: its pool, and whether the last checkout failed (the database
/// is away).
#[derive(Clone)]
struct Bron {
    pool: verbinding::Verbindingen,
    weg: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Bron {
    /// A connection from the pool. The pool waits up to ten seconds for one (a busy database frees one
    /// within milliseconds); once a checkout has failed that way the database is taken to be away, and
    /// checkouts wait only [`STORINGSWACHT`] until one succeeds again.
    fn verbinding(&self) -> Result<Pooled, StoreFout> {
        use std::sync::atomic::Ordering::Relaxed;
        let uitkomst = if self.weg.load(Relaxed) { self.pool.get_timeout(STORINGSWACHT) } else { self.pool.get() };
        self.weg.store(uitkomst.is_err(), Relaxed);
        uitkomst.map_err(|e| StoreFout::Verbinding(e.to_string()))
    }
}

/// The dossier store.
#[derive(Clone)]
pub struct Store {
    bron: Bron,
    sleutel: BsnSleutel,
    url: String,
    /// Inside [`Store::samen`]: the reads to log when it ends.
    uitgesteld: Option<std::sync::Arc<std::sync::Mutex<Vec<Lezing>>>>,
    /// What the werkvoorraden read, kept while the dossiers' stand stays the same.
    geheugen: std::sync::Arc<geheugen::Geheugen>,
    /// The queue through which concurrent reads commit their access log together.
    leeslog: std::sync::Arc<leeslog::Leeslog>,
}

/// How long a checkout waits for a connection while the database is known to be away, instead of the
/// pool's ten seconds: a page then answers `503` at once instead of holding one of the server's
/// threads for those ten seconds.
const STORINGSWACHT: std::time::Duration = std::time::Duration::from_millis(250);

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("backend", &Backend::van_url(&self.url)).finish_non_exhaustive()
    }
}

pub(crate) fn datum(tekst: &str) -> Result<Date, StoreFout> {
    tekst.parse().map_err(|_| StoreFout::Ongeldig(format!("ongeldige datum in de database: {tekst}")))
}

impl Store {
    /// Opens (and migrates) the database at `url`: `postgres://…`, or a SQLite file. Outside a demo
    /// database a key is required, and it must be the key the database was first used with.
    pub fn open(url: &str, sleutel: Option<BsnSleutel>) -> Result<Self, StoreFout> {
        let (pool, _) = verbinding::open(url)?;
        let mut c = pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?;
        let sleutel = if instelling(&mut c, DEMO)?.is_some() {
            BsnSleutel::demo()
        } else {
            sleutel.ok_or(StoreFout::GeenSleutel)?
        };
        controleer_sleutel(&mut c, &sleutel)?;
        drop(c);
        Ok(Self::met(pool, sleutel, url))
    }

    /// Opens a database for demo data: an empty one (which becomes a demo database, with a fixed,
    /// public key) or one that already is a demo database.
    pub fn open_demo(url: &str) -> Result<Self, StoreFout> {
        let (pool, _) = verbinding::open(url)?;
        let mut c = pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?;
        if instelling(&mut c, DEMO)?.is_none() {
            let organisaties: i64 = organisaties::table.count().get_result(&mut *c)?;
            if organisaties > 0 {
                return Err(StoreFout::Ongeldig(
                    "deze database bevat al echte gegevens; kies voor de demo een lege database".into(),
                ));
            }
            diesel::insert_into(instellingen::table)
                .values((instellingen::naam.eq(DEMO), instellingen::waarde.eq("ja")))
                .execute(&mut *c)?;
        }
        controleer_sleutel(&mut c, &BsnSleutel::demo())?;
        drop(c);
        Ok(Self::met(pool, BsnSleutel::demo(), url))
    }

    fn met(pool: verbinding::Verbindingen, sleutel: BsnSleutel, url: &str) -> Self {
        let bron = Bron { pool, weg: Default::default() };
        Self {
            leeslog: std::sync::Arc::new(leeslog::Leeslog::start(bron.clone())),
            bron,
            sleutel,
            url: url.to_string(),
            uitgesteld: None,
            geheugen: Default::default(),
        }
    }

    /// Whether this is a demo database.
    pub fn is_demo(&self) -> Result<bool, StoreFout> {
        Ok(instelling(&mut *self.verbinding()?, DEMO)?.is_some())
    }

    /// The URL the store was opened with (it may hold a password: do not log it).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A connection from the pool ([`Bron::verbinding`]).
    fn verbinding(&self) -> Result<Pooled, StoreFout> {
        self.bron.verbinding()
    }

    /// Runs `f` in a transaction.
    fn schrijf<T>(&self, f: impl FnMut(&mut Verbinding) -> Result<T, StoreFout>) -> Result<T, StoreFout> {
        verbinding::in_transactie(&mut *self.verbinding()?, f)
    }

    /// Runs a read `f` in one snapshot (no write lock), then logs what `f` noted in [`Gelezen`] in one
    /// write transaction, before anything is returned; inside [`Store::samen`], when that ends.
    fn lees<T>(
        &self,
        actor: Actor<'_>,
        f: impl FnMut(&mut Verbinding, &mut Gelezen) -> Result<T, StoreFout>,
    ) -> Result<T, StoreFout> {
        self.lees_gelogd(actor, f).wacht()
    }

    /// [`Store::lees`], with the wait for the access log left to the caller: the outcome comes out of
    /// [`Gelogd`] only once what was read is committed to the log.
    fn lees_gelogd<T>(
        &self,
        actor: Actor<'_>,
        mut f: impl FnMut(&mut Verbinding, &mut Gelezen) -> Result<T, StoreFout>,
    ) -> Gelogd<T> {
        let mut gelezen = Gelezen { actor_id: actor.id.to_string(), lezingen: Vec::new() };
        let uitkomst = self.verbinding().and_then(|mut c| {
            c.transaction(|c| {
                gelezen.lezingen.clear();
                f(c, &mut gelezen)
            })
        });
        let bevestiging = match (&uitkomst, &self.uitgesteld) {
            (Err(_), _) => leeslog::Bevestiging::default(),
            (Ok(_), Some(lijst)) => {
                lijst.lock().unwrap_or_else(std::sync::PoisonError::into_inner).extend(gelezen.lezingen);
                leeslog::Bevestiging::default()
            }
            (Ok(_), None) => self.leeslog.leg_vast(actor.organisatie_id, gelezen.lezingen),
        };
        Gelogd { uitkomst, bevestiging }
    }

    /// Runs the reads of `f` (one page's, say) with their access log appended once, in one transaction
    /// when `f` is done, instead of once per read; what was read is logged whatever `f` returns. The
    /// reads of one dossier in one context are one entry naming all that was read of it
    /// ([`Lezing::per_dossier`]): the access history shows the page, not each query behind it.
    pub fn samen<T>(&self, actor: Actor<'_>, f: impl FnOnce(&Store) -> Result<T, StoreFout>) -> Gelogd<T> {
        let bundel = Store { uitgesteld: Some(Default::default()), ..self.clone() };
        let uitkomst = f(&bundel);
        let lezingen = bundel
            .uitgesteld
            .map(|l| std::mem::take(&mut *l.lock().unwrap_or_else(std::sync::PoisonError::into_inner)))
            .unwrap_or_default();
        Gelogd { uitkomst, bevestiging: self.leeslog.leg_vast(actor.organisatie_id, Lezing::per_dossier(lezingen)) }
    }

    pub fn is_leeg(&self) -> Result<bool, StoreFout> {
        let n: i64 = organisaties::table.count().get_result(&mut *self.verbinding()?)?;
        Ok(n == 0)
    }

    pub fn nieuwe_organisatie(&self, actor_id: &str, naam: &str, soort: OrganisatieSoort) -> Result<String, StoreFout> {
        let id = nieuw_id();
        self.schrijf(|c| {
            diesel::insert_into(organisaties::table)
                .values((
                    organisaties::id.eq(&id),
                    organisaties::naam.eq(naam),
                    organisaties::soort.eq(soort.code()),
                    organisaties::aangemaakt.eq(nu_micros()),
                ))
                .execute(c)?;
            wijziging(
                c,
                Actor { id: actor_id, organisatie_id: &id },
                "organisatie",
                &id,
                None,
                json!({"naam": naam, "soort": soort.code()}),
            )
        })?;
        Ok(id)
    }

    pub fn nieuwe_werkgever(&self, actor: Actor<'_>, naam: &str, eigenrisicodrager: bool) -> Result<String, StoreFout> {
        let id = nieuw_id();
        self.schrijf(|c| {
            beheer(c, actor)?;
            diesel::insert_into(werkgevers::table)
                .values((
                    werkgevers::id.eq(&id),
                    werkgevers::organisatie_id.eq(actor.organisatie_id),
                    werkgevers::naam.eq(naam),
                    werkgevers::eigenrisicodrager.eq(eigenrisicodrager),
                ))
                .execute(c)?;
            wijziging(c, actor, "werkgever", &id, None, json!({"naam": naam, "eigenrisicodrager": eigenrisicodrager}))
        })?;
        Ok(id)
    }

    pub fn nieuwe_werknemer(&self, actor: Actor<'_>, w: &NieuweWerknemer) -> Result<String, StoreFout> {
        let id = nieuw_id();
        let bsn = self.sleutel.versleutel(&id, &w.bsn);
        self.schrijf(|c| voeg_werknemer_toe(c, actor, &id, w, &bsn))?;
        Ok(id)
    }

    /// A sick report of an employee not yet in the dossier: the employee and their dossier in one
    /// transaction. Returns (employee, dossier).
    pub fn meld_ziek(
        &self,
        actor: Actor<'_>,
        w: &NieuweWerknemer,
        eerste_ziektedag: Date,
    ) -> Result<(String, String), StoreFout> {
        let (werknemer_id, dossier_id) = (nieuw_id(), nieuw_id());
        let bsn = self.sleutel.versleutel(&werknemer_id, &w.bsn);
        self.schrijf(|c| {
            voeg_werknemer_toe(c, actor, &werknemer_id, w, &bsn)?;
            open_dossier(c, actor, &dossier_id, &werknemer_id, None, eerste_ziektedag)
        })?;
        Ok((werknemer_id, dossier_id))
    }

    /// The employers for whom the actor may report an employee sick.
    pub fn werkgevers_voor_ziekmelding(&self, actor: Actor<'_>) -> Result<Vec<(String, String)>, StoreFout> {
        let c = &mut *self.verbinding()?;
        let wie = principaal(c, actor)?;
        let alle: Vec<(String, String)> = werkgevers::table
            .filter(werkgevers::organisatie_id.eq(actor.organisatie_id))
            .order(werkgevers::naam)
            .select((werkgevers::id, werkgevers::naam))
            .load(c)?;
        Ok(alle
            .into_iter()
            .filter(|(id, _)| {
                let doel =
                    Doel { organisatie_id: actor.organisatie_id, werkgever_id: id, werknemer_id: "", coach_id: None };
                [Gegevens::Persoonsgegevens, Gegevens::Verzuim]
                    .into_iter()
                    .all(|g| wie.mag(Handeling::Schrijven, g, &doel).is_ok())
            })
            .collect())
    }

    pub fn nieuwe_gebruiker(&self, actor: Actor<'_>, g: &NieuweGebruiker) -> Result<String, StoreFout> {
        if (g.rol == Rol::Werknemer) != g.werknemer_id.is_some() {
            return Err(StoreFout::Ongeldig(
                "een werknemer-account hoort bij precies één werknemer, en alleen dat".into(),
            ));
        }
        let id = nieuw_id();
        self.schrijf(|c| {
            beheer(c, actor)?;
            let email = g.email.trim().to_lowercase();
            let bestaat: i64 = gebruikers::table.filter(gebruikers::email.eq(&email)).count().get_result(c)?;
            if bestaat > 0 {
                return Err(StoreFout::Ongeldig(format!("er is al een account met e-mailadres {}", g.email)));
            }
            diesel::insert_into(gebruikers::table)
                .values((
                    gebruikers::id.eq(&id),
                    gebruikers::organisatie_id.eq(actor.organisatie_id),
                    gebruikers::email.eq(&email),
                    gebruikers::naam.eq(&g.naam),
                    gebruikers::rol.eq(g.rol.code()),
                    gebruikers::werknemer_id.eq(&g.werknemer_id),
                    gebruikers::aangemaakt.eq(nu_micros()),
                ))
                .execute(c)?;
            for w in &g.werkgevers {
                eigen_werkgever(c, actor, w)?;
                diesel::insert_into(gebruiker_werkgevers::table)
                    .values((gebruiker_werkgevers::gebruiker_id.eq(&id), gebruiker_werkgevers::werkgever_id.eq(w)))
                    .execute(c)?;
            }
            wijziging(
                c,
                actor,
                "gebruiker",
                &id,
                g.werknemer_id.as_deref(),
                json!({"rol": g.rol.code(), "werkgevers": g.werkgevers}),
            )
        })?;
        Ok(id)
    }

    /// Opens a dossier for a sickness that starts on `eerste_ziektedag`. A dossier holds one sickness
    /// chain: a new sickness within four weeks of recovery joins it (samentelling), a later one needs a
    /// new dossier.
    pub fn nieuw_dossier(
        &self,
        actor: Actor<'_>,
        werknemer_id: &str,
        coach_id: Option<&str>,
        eerste_ziektedag: Date,
    ) -> Result<String, StoreFout> {
        let id = nieuw_id();
        self.schrijf(|c| open_dossier(c, actor, &id, werknemer_id, coach_id, eerste_ziektedag))?;
        Ok(id)
    }

    /// Applies changes when the dossier is still at `verwachte_versie`, checks that the clock
    /// accepts the result, and returns the new version: all changes or none, one version step. A
    /// concurrent change gives [`StoreFout::Conflict`], never a lost update.
    pub fn wijzig_dossier(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        verwachte_versie: i64,
        wijzigingen: &[Wijziging],
    ) -> Result<i64, StoreFout> {
        self.schrijf(|c| {
            let Plaats { werknemer_id, versie: actueel, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Verzuim], dossier_id)?;
            if actueel != verwachte_versie {
                return Err(StoreFout::Conflict { verwacht: verwachte_versie, actueel });
            }
            let gewijzigd =
                diesel::update(dossiers::table.find(dossier_id).filter(dossiers::versie.eq(verwachte_versie)))
                    .set(dossiers::versie.eq(verwachte_versie + 1))
                    .execute(c)?;
            if gewijzigd == 0 {
                return Err(StoreFout::Conflict { verwacht: verwachte_versie, actueel: verwachte_versie + 1 });
            }
            let details =
                wijzigingen.iter().map(|w| pas_toe(c, actor, dossier_id, w)).collect::<Result<Vec<_>, _>>()?;
            klok_klopt(c, dossier_id)?;
            wijziging(c, actor, "dossier", dossier_id, Some(&werknemer_id), Value::Array(details))?;
            Ok(verwachte_versie + 1)
        })
    }

    /// Whether the actor may do this with this kind of data of the dossier (to show or hide a form).
    pub fn toegestaan(
        &self,
        actor: Actor<'_>,
        handeling: Handeling,
        gegevens: Gegevens,
        dossier_id: &str,
    ) -> Result<bool, StoreFout> {
        let [mag] = self.toegestaan_voor(actor, dossier_id, [(handeling, gegevens)])?;
        Ok(mag)
    }

    /// [`Store::toegestaan`] for several at once (a page's forms), asked of one reading of the actor
    /// and of the dossier.
    pub fn toegestaan_voor<const N: usize>(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        vragen: [(Handeling, Gegevens); N],
    ) -> Result<[bool; N], StoreFout> {
        let c = &mut *self.verbinding()?;
        let plaats = match Plaats::laad(c, dossier_id) {
            Ok(p) => p,
            Err(StoreFout::NietGevonden(_)) => return Ok([false; N]),
            Err(e) => return Err(e),
        };
        let wie = match principaal(c, actor) {
            Ok(w) => w,
            Err(StoreFout::Geweigerd(_)) => return Ok([false; N]),
            Err(e) => return Err(e),
        };
        Ok(vragen.map(|(handeling, gegevens)| wie.mag(handeling, gegevens, &plaats.doel()).is_ok()))
    }

    /// Whether the policy lets the actor read or write data of the organisation that belongs to no dossier
    /// (vacancies, figures); the refusal as the error.
    pub fn vereis_in_organisatie(
        &self,
        actor: Actor<'_>,
        handeling: Handeling,
        gegevens: Gegevens,
    ) -> Result<(), StoreFout> {
        organisatie_gegevens(&mut *self.verbinding()?, actor, handeling, gegevens)
    }

    /// Like [`Store::toegestaan`], with the policy's refusal as the error: `NietGevonden` outside the
    /// actor's scope, `Geweigerd` inside it.
    pub fn vereis(
        &self,
        actor: Actor<'_>,
        handeling: Handeling,
        gegevens: Gegevens,
        dossier_id: &str,
    ) -> Result<(), StoreFout> {
        toegang_tot(&mut *self.verbinding()?, actor, handeling, &[gegevens], dossier_id).map(|_| ())
    }

    /// Reads a dossier (without medical data or BSN); the read is logged with its context.
    pub fn dossier(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Dossier, StoreFout> {
        self.lees(actor, |c, gelezen| {
            toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Persoonsgegevens, Gegevens::Verzuim], dossier_id)?;
            let dossier = laad_dossier(c, actor, dossier_id)?;
            gelezen.dossier(dossier_id, &dossier.werknemer_id, context, &DOSSIERGEGEVENS);
            Ok(dossier)
        })
    }

    /// The dossiers the actor may see (employee and employer names; not a dossier read): for a coach
    /// their caseload, for an employer their employees, for the product itself all of its organisation.
    pub fn dossiers(&self, actor: Actor<'_>) -> Result<Vec<DossierRegel>, StoreFout> {
        let c = &mut *self.verbinding()?;
        let wie = principaal(c, actor)?;
        Ok(dossierlijst(c, actor, &wie)?.into_iter().map(|(regel, _)| regel).collect())
    }

    /// What the werkvoorraad needs of every dossier the actor may see, read from one snapshot: the
    /// line of the list, and where the actor may read the sickness, the dossier, and the traject when
    /// the policy shows it. The view is logged as one entry naming what it showed of each dossier (see
    /// [`inzagelijst`]), after the snapshot (before anything is returned), so that a werkvoorraad of
    /// many dossiers neither takes the write lock for its reads nor adds an entry per dossier.
    pub fn werkvoorraad(&self, actor: Actor<'_>, context: &str) -> Result<Vec<Werkvoorraaddossier>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let wie = principaal(c, actor)?;
            let lijst = dossierlijst(c, actor, &wie)?;
            Ok(laad_werkvoorraad(c, actor, lijst, &self.geheugen, context, gelezen)?.0)
        })
    }

    /// [`Store::werkvoorraad`], unless it stands where `bekend` stood: then the view is logged as
    /// showing again what `bekend` showed, and nothing else is read. Checking costs, for a coach, no
    /// query of its own (the caseload's stand comes with the principal's row), otherwise one query (per
    /// dossier its id and stand, see [`standen`]), against the list, the dossiers and their clocks; a
    /// server keeps what its werkvoorraden showed and shows it again while it stands. With it, from the
    /// same snapshot, the open correction requests the actor settles
    /// ([`Store::te_behandelen_correctieverzoeken`]), which the werkvoorraad shows as they are. The
    /// server's page waits for the log without holding its thread ([`Gelogd::vastgelegd`]).
    pub fn werkvoorraad_tenzij(
        &self,
        actor: Actor<'_>,
        context: &str,
        bekend: Option<(&Werkvoorraadstand, &Getoond)>,
    ) -> Gelogd<(Werkvoorraadlezing, Vec<correctie::OpenCorrectieverzoek>)> {
        self.lees_gelogd(actor, |c, gelezen| {
            let (wie, caseloadstand) = principaal_en_caseloadstand(c, actor)?;
            let correcties = correctie::te_behandelen(c, actor, Some(&wie))?;
            let standen = standen(c, actor, &wie, caseloadstand)?;
            let stand = Werkvoorraadstand { wie, standen };
            if let Some((bekende_stand, getoond)) = bekend
                && *bekende_stand == stand
            {
                gelezen.opnieuw(context, getoond);
                return Ok((Werkvoorraadlezing::Ongewijzigd, correcties));
            }
            let lijst = dossierlijst(c, actor, &stand.wie)?;
            let (dossiers, getoond) = laad_werkvoorraad(c, actor, lijst, &self.geheugen, context, gelezen)?;
            Ok((Werkvoorraadlezing::Gelezen { dossiers, stand, getoond }, correcties))
        })
    }

    /// [`Store::werkvoorraad`] in parts of at most `per` dossiers, each read from a snapshot of its own and
    /// logged before `f` gets it: for a round over a whole organisation, which should neither hold all of
    /// it in memory nor hold the write lock for all of its access log at once. A dossier that is gone by
    /// the time its part is read is left out.
    pub fn werkvoorraad_in_delen(
        &self,
        actor: Actor<'_>,
        context: &str,
        per: usize,
        mut f: impl FnMut(Vec<Werkvoorraaddossier>) -> Result<(), StoreFout>,
    ) -> Result<(), StoreFout> {
        let lijst = {
            let c = &mut *self.verbinding()?;
            let wie = principaal(c, actor)?;
            dossierlijst(c, actor, &wie)?
        };
        let mut lijst = lijst.into_iter().peekable();
        while lijst.peek().is_some() {
            let deel: Vec<(DossierRegel, Plaats)> = lijst.by_ref().take(per.max(1)).collect();
            f(self.lees(actor, |c, gelezen| {
                Ok(laad_werkvoorraad(c, actor, deel.clone(), &self.geheugen, context, gelezen)?.0)
            })?)?;
        }
        Ok(())
    }

    /// Who looked at the employee's data of this dossier, and when (newest first): for the beheerder,
    /// and for the employee themselves. A list view that named the employee counts as a read of what
    /// it showed of them.
    pub fn toegangsgeschiedenis(&self, actor: Actor<'_>, dossier_id: &str) -> Result<Vec<Inzage>, StoreFout> {
        use schema::{inzagelijstregels as regels, logboek as log};
        let c = &mut *self.verbinding()?;
        let plaats = toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Logboek], dossier_id)?;
        // The employee's own entries, and the list views whose list has a line of theirs (with what
        // that line says was shown of them).
        type Rij = (i64, String, Option<String>, String, String, String, Option<String>);
        let rijen: Vec<Rij> = log::table
            .left_join(gebruikers::table.on(gebruikers::id.eq(log::actor)))
            .left_join(
                regels::table.on(regels::organisatie_id
                    .eq(log::organisatie_id)
                    .and(log::entiteit.eq("lijst"))
                    .and(regels::lijst.eq(log::entiteit_id))
                    .and(regels::werknemer_id.eq(&plaats.werknemer_id))),
            )
            .filter(log::organisatie_id.eq(&plaats.organisatie_id))
            .filter(log::werknemer_id.eq(&plaats.werknemer_id).or(regels::werknemer_id.is_not_null()))
            .filter(log::soort.eq_any([logboek::Soort::Inzage.code(), logboek::Soort::Medisch.code()]))
            .order(log::volgnummer.desc())
            .select((
                log::tijdstip,
                log::actor,
                gebruikers::naam.nullable(),
                log::soort,
                log::context,
                log::details,
                regels::details.nullable(),
            ))
            .load(c)?;
        Ok(rijen
            .into_iter()
            .map(|(tijdstip, actor, naam, soort, context, details, regel)| Inzage {
                tijdstip,
                naam: naam.unwrap_or_else(|| actor.clone()),
                actor,
                soort,
                context,
                details: regel.unwrap_or(details),
            })
            .collect())
    }

    /// The organisations, by name.
    pub fn organisaties(&self) -> Result<Vec<(String, String)>, StoreFout> {
        Ok(organisaties::table
            .order(organisaties::naam)
            .select((organisaties::id, organisaties::naam))
            .load(&mut *self.verbinding()?)?)
    }

    /// The employee's BSN, for a filing that needs it; the read is logged.
    pub fn bsn(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Bsn, StoreFout> {
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } = toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Bsn], dossier_id)?;
            let versleuteld: Vec<u8> =
                werknemers::table.find(&werknemer_id).select(werknemers::bsn_versleuteld).first(c)?;
            let details = json!({"gegevens": ["bsn"]});
            leesregel(c, actor, logboek::Soort::Inzage, "werknemer", &werknemer_id, &werknemer_id, context, details)?;
            self.sleutel.ontsleutel(&werknemer_id, &versleuteld)
        })
    }

    /// Records a note. A medical note (`medisch`) is readable only through [`Store::medische_notities`].
    pub fn voeg_notitie_toe(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        datum: Date,
        tekst: &str,
        medisch: bool,
    ) -> Result<String, StoreFout> {
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } = if medisch {
                medische_toegang(c, actor, dossier_id)?.0
            } else {
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Verzuim], dossier_id)?
            };
            diesel::insert_into(notities::table)
                .values((
                    notities::id.eq(&id),
                    notities::dossier_id.eq(dossier_id),
                    notities::auteur_id.eq(actor.id),
                    notities::datum.eq(datum.to_string()),
                    notities::tekst.eq(tekst),
                    notities::medisch.eq(medisch),
                    notities::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            wijziging(c, actor, "notitie", &id, Some(&werknemer_id), json!({"dossier": dossier_id, "medisch": medisch}))
        })?;
        Ok(id)
    }

    /// The dossier's course: its events and non-medical notes, oldest first; the read is logged.
    pub fn verloop(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Vec<Verloopregel>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Verzuim], dossier_id)?;
            let gebeurtenissen: Vec<(String, String, Option<String>, Option<String>)> = gebeurtenissen::table
                .left_join(gebruikers::table.on(gebruikers::id.eq(gebeurtenissen::vastgelegd_door)))
                .filter(gebeurtenissen::dossier_id.eq(dossier_id))
                .order(gebeurtenissen::vastgelegd)
                .select((
                    gebeurtenissen::datum,
                    gebeurtenissen::soort,
                    gebeurtenissen::toelichting,
                    gebruikers::naam.nullable(),
                ))
                .load(c)?;
            let notities: Vec<(String, String, Option<String>)> = notities::table
                .left_join(gebruikers::table.on(gebruikers::id.eq(notities::auteur_id)))
                .filter(notities::dossier_id.eq(dossier_id))
                .filter(notities::medisch.eq(false))
                .order(notities::vastgelegd)
                .select((notities::datum, notities::tekst, gebruikers::naam.nullable()))
                .load(c)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["verloop"]);
            let mut verloop = gebeurtenissen
                .into_iter()
                .map(|(d, soort, tekst, door)| {
                    Ok(Verloopregel { datum: datum(&d)?, soort, tekst, door: door.unwrap_or_default() })
                })
                .chain(notities.into_iter().map(|(d, tekst, door)| {
                    Ok(Verloopregel {
                        datum: datum(&d)?,
                        soort: "notitie".into(),
                        tekst: Some(tekst),
                        door: door.unwrap_or_default(),
                    })
                }))
                .collect::<Result<Vec<_>, StoreFout>>()?;
            // Stable: what was recorded first stays first within a day.
            verloop.sort_by_key(|r| r.datum);
            Ok(verloop)
        })
    }

    /// The medical notes of a dossier, for the bedrijfsarts of its employer only. The read is logged
    /// as a read of medical data; so is a refused attempt.
    pub fn medische_notities(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Vec<MedischeNotitie>, StoreFout> {
        let resultaat = self.schrijf(|c| {
            let (plaats, toegang) = medische_toegang(c, actor, dossier_id)?;
            let notities = laad_medische_notities(c, &toegang, dossier_id)?;
            let details = json!({"gegevens": ["medische notities"], "aantal": notities.len()});
            leesregel(
                c,
                actor,
                logboek::Soort::Medisch,
                "dossier",
                dossier_id,
                &plaats.werknemer_id,
                context,
                details,
            )?;
            Ok(notities)
        });
        if let Err(StoreFout::Geweigerd(_) | StoreFout::NietGevonden(_)) = &resultaat {
            self.schrijf(|c| {
                let plaats = Plaats::laad(c, dossier_id);
                // A refused attempt on a dossier of the actor's own organisation is logged there.
                match plaats {
                    Ok(p) if p.organisatie_id == actor.organisatie_id => {
                        let details = json!({"gegevens": ["medische notities"], "geweigerd": true});
                        leesregel(
                            c,
                            actor,
                            logboek::Soort::Medisch,
                            "dossier",
                            dossier_id,
                            &p.werknemer_id,
                            context,
                            details,
                        )
                    }
                    _ => Ok(()),
                }
            })?;
        }
        resultaat
    }

    /// Adds a (non-medical) document; identical content is stored once. The employee's own kinds
    /// ([`EIGEN_DOCUMENTEN`]) need the right to the own entries, every other kind the right to write the
    /// Poortwachter data.
    pub fn voeg_document_toe(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        d: &NieuwDocument,
    ) -> Result<String, StoreFout> {
        use sha2::Digest;
        if d.inhoud.is_empty() {
            return Err(StoreFout::Ongeldig("het document is leeg".into()));
        }
        let sha256 = hex::encode(sha2::Sha256::digest(&d.inhoud));
        let id = nieuw_id();
        let gegevens =
            if EIGEN_DOCUMENTEN.contains(&d.soort.as_str()) { Gegevens::EigenTrajectinvoer } else { Gegevens::Verzuim };
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } = toegang_tot(c, actor, Handeling::Schrijven, &[gegevens], dossier_id)?;
            let bestaat: i64 = inhoud::table.filter(inhoud::sha256.eq(&sha256)).count().get_result(c)?;
            if bestaat == 0 {
                // A concurrent upload of the same content may win the race; then the content is there.
                let nieuw = c.transaction(|c| {
                    diesel::insert_into(inhoud::table)
                        .values((inhoud::sha256.eq(&sha256), inhoud::bytes.eq(&d.inhoud)))
                        .execute(c)
                });
                match nieuw {
                    Ok(_) | Err(diesel::result::Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            diesel::insert_into(documenten::table)
                .values((
                    documenten::id.eq(&id),
                    documenten::dossier_id.eq(dossier_id),
                    documenten::soort.eq(&d.soort),
                    documenten::titel.eq(&d.titel),
                    documenten::datum.eq(d.datum.to_string()),
                    documenten::auteur.eq(&d.auteur),
                    documenten::ondertekend_door.eq(&d.ondertekend_door),
                    documenten::bestandsnaam.eq(&d.bestandsnaam),
                    documenten::mediatype.eq(&d.mediatype),
                    documenten::sha256.eq(&sha256),
                    documenten::medisch.eq(false),
                    documenten::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details =
                json!({"dossier": dossier_id, "soort": d.soort, "datum": d.datum.to_string(), "sha256": sha256});
            wijziging(c, actor, "document", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The documents of a dossier (descriptions only); the read is logged.
    pub fn documenten(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Vec<Document>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Verzuim], dossier_id)?;
            type Rij = (String, String, String, String, String, Option<String>, String, String, String);
            let rijen: Vec<Rij> = documenten::table
                .filter(documenten::dossier_id.eq(dossier_id))
                .filter(documenten::medisch.eq(false))
                .order((documenten::datum, documenten::vastgelegd))
                .select((
                    documenten::id,
                    documenten::soort,
                    documenten::titel,
                    documenten::datum,
                    documenten::auteur,
                    documenten::ondertekend_door,
                    documenten::bestandsnaam,
                    documenten::mediatype,
                    documenten::sha256,
                ))
                .load(c)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["documenten"]);
            rijen
                .into_iter()
                .map(|r| {
                    Ok(Document {
                        id: r.0,
                        soort: r.1,
                        titel: r.2,
                        datum: datum(&r.3)?,
                        auteur: r.4,
                        ondertekend_door: r.5,
                        bestandsnaam: r.6,
                        mediatype: r.7,
                        sha256: r.8,
                    })
                })
                .collect()
        })
    }

    /// A document's file name, media type and content; the read is logged.
    pub fn document_inhoud(
        &self,
        actor: Actor<'_>,
        document_id: &str,
        context: &str,
    ) -> Result<(String, String, Vec<u8>), StoreFout> {
        self.schrijf(|c| {
            let (dossier_id, sha256, bestandsnaam, mediatype): (String, String, String, String) = documenten::table
                .inner_join(dossiers::table.on(dossiers::id.eq(documenten::dossier_id)))
                .filter(documenten::id.eq(document_id))
                .filter(documenten::medisch.eq(false))
                .filter(dossiers::organisatie_id.eq(actor.organisatie_id))
                .select((documenten::dossier_id, documenten::sha256, documenten::bestandsnaam, documenten::mediatype))
                .first(c)
                .optional()?
                .ok_or(StoreFout::NietGevonden("document"))?;
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Verzuim], &dossier_id)?;
            let bytes: Vec<u8> = inhoud::table.find(&sha256).select(inhoud::bytes).first(c)?;
            leesregel(
                c,
                actor,
                logboek::Soort::Inzage,
                "document",
                document_id,
                &werknemer_id,
                context,
                json!({"gegevens": ["document"]}),
            )?;
            Ok((bestandsnaam, mediatype, bytes))
        })
    }

    /// Records the belastbaarheid (bedrijfsarts only); every item and explanation must be the FML's.
    pub fn leg_belastbaarheid_vast(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        b: &Belastbaarheid,
    ) -> Result<String, StoreFout> {
        domain::fml::controleer(&b.items).map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
        if b.benutbare_mogelijkheden == b.reden_geen.is_some() {
            return Err(StoreFout::Ongeldig(
                "geef een reden als er geen benutbare mogelijkheden zijn, en alleen dan".into(),
            ));
        }
        if let Some(code) = b.toelichtingen.keys().find(|c| domain::fml::item(c).is_none()) {
            return Err(StoreFout::Ongeldig(format!("'{code}' is geen FML-item")));
        }
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Belastbaarheid], dossier_id)?;
            diesel::insert_into(belastbaarheid::table)
                .values((
                    belastbaarheid::id.eq(&id),
                    belastbaarheid::dossier_id.eq(dossier_id),
                    belastbaarheid::datum.eq(b.datum.to_string()),
                    belastbaarheid::auteur_id.eq(actor.id),
                    belastbaarheid::items.eq(json!(b.items).to_string()),
                    belastbaarheid::prognose.eq(&b.prognose),
                    belastbaarheid::vastgelegd.eq(nu_micros()),
                    belastbaarheid::geen_benutbare_mogelijkheden.eq(b.reden_geen.map(|g| g.code())),
                    belastbaarheid::toelichtingen.eq(json!(b.toelichtingen).to_string()),
                ))
                .execute(c)?;
            wijziging(
                c,
                actor,
                "belastbaarheid",
                &id,
                Some(&werknemer_id),
                json!({"dossier": dossier_id, "datum": b.datum.to_string(), "items": b.items.len()}),
            )
        })?;
        Ok(id)
    }

    /// Every belastbaarheid record of a dossier, oldest first; the read is logged.
    pub fn belastbaarheid(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Vec<Belastbaarheid>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Belastbaarheid], dossier_id)?;
            type Rij = (String, String, Option<String>, String, String, String);
            let rijen: Vec<Rij> = belastbaarheid::table
                .filter(belastbaarheid::dossier_id.eq(dossier_id))
                .order((belastbaarheid::datum, belastbaarheid::vastgelegd))
                .select((
                    belastbaarheid::datum,
                    belastbaarheid::auteur_id,
                    belastbaarheid::geen_benutbare_mogelijkheden,
                    belastbaarheid::items,
                    belastbaarheid::toelichtingen,
                    belastbaarheid::prognose,
                ))
                .load(c)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["belastbaarheid"]);
            let medisch = medische_toegang(c, actor, dossier_id).is_ok();
            rijen
                .into_iter()
                .map(|(d, auteur_id, geen, items, toelichtingen, prognose)| {
                    let ongeldig = || StoreFout::Ongeldig("ongeldige belastbaarheid in de database".into());
                    Ok(Belastbaarheid {
                        datum: datum(&d)?,
                        auteur_id,
                        benutbare_mogelijkheden: geen.is_none(),
                        reden_geen: match geen {
                            Some(g) if medisch => Some(GeenBenutbareMogelijkheden::uit_code(&g).ok_or_else(ongeldig)?),
                            _ => None,
                        },
                        items: serde_json::from_str(&items).map_err(|_| ongeldig())?,
                        toelichtingen: serde_json::from_str(&toelichtingen).map_err(|_| ongeldig())?,
                        prognose,
                    })
                })
                .collect()
        })
    }

    /// Checks every organisation's log chain.
    pub fn controleer_logboek(&self) -> Result<Controle, StoreFout> {
        logboek::controleer(&mut *self.verbinding()?)
    }

    /// A raw connection, for tools and tests that work below the store's API.
    pub fn ruwe_verbinding(&self) -> Result<Pooled, StoreFout> {
        self.verbinding()
    }
}

const DEMO: &str = "demo";
const SLEUTELCONTROLE: &str = "sleutelcontrole";

fn instelling(c: &mut Verbinding, naam: &str) -> Result<Option<String>, StoreFout> {
    Ok(instellingen::table.find(naam).select(instellingen::waarde).first(c).optional()?)
}

/// The first key a database is used with leaves a check value; a different key is refused at once,
/// before it could write BSNs nobody can read back.
fn controleer_sleutel(c: &mut Verbinding, sleutel: &BsnSleutel) -> Result<(), StoreFout> {
    let controle = Bsn::parse("111222333").expect("a valid BSN");
    match instelling(c, SLEUTELCONTROLE)? {
        Some(opgeslagen) => {
            let bytes = hex::decode(opgeslagen).map_err(|_| StoreFout::Sleutel("ongeldige sleutelcontrole".into()))?;
            match sleutel.ontsleutel(SLEUTELCONTROLE, &bytes) {
                Ok(b) if b == controle => Ok(()),
                _ => Err(StoreFout::Sleutel(
                    "de ingestelde BSN-sleutel past niet bij deze database (de gegevens zijn met een andere sleutel versleuteld)".into(),
                )),
            }
        }
        None => {
            diesel::insert_into(instellingen::table)
                .values((
                    instellingen::naam.eq(SLEUTELCONTROLE),
                    instellingen::waarde.eq(hex::encode(sleutel.versleutel(SLEUTELCONTROLE, &controle))),
                ))
                .execute(c)?;
            Ok(())
        }
    }
}

/// What a read of a dossier ([`Store::dossier`]) shows, as the access log names it.
const DOSSIERGEGEVENS: [&str; 3] = ["persoonsgegevens", "verzuim", "poortwachter"];

/// A dossier as stored (without medical data or BSN), without asking the policy or logging.
fn laad_dossier(c: &mut Verbinding, actor: Actor<'_>, dossier_id: &str) -> Result<Dossier, StoreFout> {
    laad_dossiers(c, actor, &[dossier_id])?.remove(dossier_id).ok_or(StoreFout::NietGevonden("dossier"))
}

/// How many ids one `IN (…)` list of a query holds: well within what SQLite and PostgreSQL bind.
pub const PER_VRAAG: usize = 500;

/// Dossiers of the actor's organisation as stored, by id (one not found is absent), without asking
/// the policy or logging: one query per kind of row for every [`PER_VRAAG`] dossiers.
fn laad_dossiers(c: &mut Verbinding, actor: Actor<'_>, ids: &[&str]) -> Result<HashMap<String, Dossier>, StoreFout> {
    let mut uit = HashMap::with_capacity(ids.len());
    for stuk in ids.chunks(PER_VRAAG) {
        let rijen: Vec<DossierRij> = dossiers::table
            .inner_join(werknemers::table.on(werknemers::id.eq(dossiers::werknemer_id)))
            .inner_join(werkgevers::table.on(werkgevers::id.eq(werknemers::werkgever_id)))
            .filter(dossiers::id.eq_any(stuk))
            .select((
                (dossiers::id, dossiers::organisatie_id, dossiers::werknemer_id, dossiers::coach_id, dossiers::versie),
                (
                    werknemers::werkgever_id,
                    werknemers::voornaam,
                    werknemers::achternaam,
                    werknemers::functie,
                    werknemers::postcode,
                ),
                werkgevers::naam,
            ))
            .load(c)?;
        let mut casussen = casus_jsons(c, stuk)?;
        // The organisation is checked here rather than in the query: there, SQLite (without statistics)
        // would walk every dossier of the organisation by that index instead of looking up these by id.
        for (d, w, g) in rijen.into_iter().filter(|(d, _, _)| d.1 == actor.organisatie_id) {
            let casus_json = casussen.remove(&d.0).ok_or(StoreFout::NietGevonden("dossier"))?;
            let dossier = Dossier {
                klok: casusinvoer_uit_json(&casus_json)
                    .map_err(|e| StoreFout::Ongeldig(format!("opgeslagen dossier {}: {e}", d.0)))?,
                werkgever_id: w.0,
                werkgever: g,
                werknemer_id: d.2,
                werknemer: format!("{} {}", w.1, w.2),
                functie: w.3,
                postcode: Postcode::parse(&w.4).map_err(|e| StoreFout::Ongeldig(e.to_string()))?,
                coach_id: d.3,
                versie: d.4,
                organisatie_id: d.1,
                id: d.0,
            };
            uit.insert(dossier.id.clone(), dossier);
        }
    }
    Ok(uit)
}

/// The werkvoorraad of these dossiers of the list: loaded together, a handful of queries for all of
/// them; what was read of each dossier is noted in `gelezen` as one list view ([`Gelezen::lijst`]).
fn laad_werkvoorraad(
    c: &mut Verbinding,
    actor: Actor<'_>,
    lijst: Vec<(DossierRegel, Plaats)>,
    geheugen: &geheugen::Geheugen,
    context: &str,
    gelezen: &mut Gelezen,
) -> Result<(Vec<Werkvoorraaddossier>, Getoond), StoreFout> {
    // What is kept at the stand just read is used as it is; the rest is loaded together, so that a
    // werkvoorraad of many dossiers costs a handful of queries.
    let ziek: Vec<(&str, i64)> =
        lijst.iter().filter(|(r, _)| r.verzuim).map(|(r, p)| (r.id.as_str(), p.stand)).collect();
    let mut dossiers = geheugen.dossiers.haal(&ziek, |ids| laad_dossiers(c, actor, ids))?;
    let met_traject: Vec<(&str, i64)> =
        lijst.iter().filter(|(r, _)| r.verzuim && r.traject).map(|(r, p)| (r.id.as_str(), p.stand)).collect();
    let mut trajecten = geheugen.trajecten.haal(&met_traject, |ids| traject::laad_trajecten(c, ids))?;
    let mut uit = Vec::with_capacity(lijst.len());
    let mut getoond = Vec::with_capacity(dossiers.len());
    for (regel, _) in lijst {
        let mut item = Werkvoorraaddossier { regel, dossier: None, traject: None };
        if item.regel.verzuim {
            // Gone since the list was read (only possible between the parts of a round).
            let Some(dossier) = dossiers.remove(&item.regel.id) else { continue };
            let traject = trajecten.remove(&item.regel.id);
            let mut gegevens: Vec<std::borrow::Cow<'static, str>> = DOSSIERGEGEVENS.map(Into::into).to_vec();
            if traject.is_some() {
                gegevens.push("traject".into());
            }
            getoond.push(inzagelijst::Lijstregel(item.regel.id.clone(), dossier.werknemer_id.clone(), gegevens));
            item.dossier = Some(dossier);
            item.traject = traject;
        }
        uit.push(item);
    }
    let getoond = gelezen.lijst(context, getoond);
    Ok((uit, getoond))
}

/// The stand of the dossiers within the actor's scope (as [`dossierlijst`] narrows it, before the policy):
/// for a coach the caseload's stand, read with the principal ([`principaal_en_caseloadstand`]); otherwise
/// per dossier its id and stand.
fn standen(c: &mut Verbinding, actor: Actor<'_>, wie: &Principaal, caseloadstand: i64) -> Result<Standen, StoreFout> {
    let organisatie = || dossiers::table.filter(dossiers::organisatie_id.eq(actor.organisatie_id)).into_boxed();
    let vraag = match wie.reikwijdte() {
        toegang::Reikwijdte::Coach(_) => return Ok(Standen::Caseload(caseloadstand)),
        toegang::Reikwijdte::Organisatie => organisatie(),
        toegang::Reikwijdte::Werkgevers(w) => organisatie().filter(
            dossiers::werknemer_id
                .eq_any(werknemers::table.filter(werknemers::werkgever_id.eq_any(w)).select(werknemers::id)),
        ),
        toegang::Reikwijdte::Werknemer(w) => organisatie().filter(dossiers::werknemer_id.nullable().eq(w)),
    };
    Ok(Standen::Dossiers(vraag.order(dossiers::id).select((dossiers::id, dossiers::stand)).load(c)?))
}

/// The dossiers of the organisation the actor may see, with where each belongs for the policy.
fn dossierlijst(
    c: &mut Verbinding,
    actor: Actor<'_>,
    wie: &Principaal,
) -> Result<Vec<(DossierRegel, Plaats)>, StoreFout> {
    type Rij = (String, String, String, Option<String>, Option<String>, String, String, String, i64, i64);
    let mut vraag = dossiers::table
        .inner_join(werknemers::table.on(werknemers::id.eq(dossiers::werknemer_id)))
        .inner_join(werkgevers::table.on(werkgevers::id.eq(werknemers::werkgever_id)))
        .left_join(gebruikers::table.on(dossiers::coach_id.eq(gebruikers::id.nullable())))
        .filter(dossiers::organisatie_id.eq(actor.organisatie_id))
        .into_boxed();
    // Only the rows that can be in scope; the policy still decides for each below.
    vraag = match wie.reikwijdte() {
        toegang::Reikwijdte::Organisatie => vraag,
        toegang::Reikwijdte::Werkgevers(w) => vraag.filter(werknemers::werkgever_id.eq_any(w)),
        toegang::Reikwijdte::Coach(id) => vraag.filter(dossiers::coach_id.eq(id)),
        toegang::Reikwijdte::Werknemer(w) => vraag.filter(dossiers::werknemer_id.nullable().eq(w)),
    };
    let rijen: Vec<Rij> = vraag
        .order((werkgevers::naam, werknemers::achternaam, werknemers::voornaam, dossiers::id))
        .select((
            dossiers::id,
            werknemers::werkgever_id,
            dossiers::werknemer_id,
            dossiers::coach_id,
            gebruikers::naam.nullable(),
            werkgevers::naam,
            werknemers::voornaam,
            werknemers::achternaam,
            dossiers::versie,
            dossiers::stand,
        ))
        .load(c)?;
    Ok(rijen
        .into_iter()
        .filter_map(
            |(id, werkgever_id, werknemer_id, coach_id, coach, werkgever, voornaam, achternaam, versie, stand)| {
                let plaats = Plaats {
                    organisatie_id: actor.organisatie_id.to_string(),
                    werkgever_id,
                    werknemer_id,
                    coach_id,
                    versie,
                    stand,
                };
                let mag = |g| wie.mag(Handeling::Lezen, g, &plaats.doel()).is_ok();
                let (persoonsgegevens, verzuim, logboek, traject) = (
                    mag(Gegevens::Persoonsgegevens),
                    mag(Gegevens::Verzuim),
                    mag(Gegevens::Logboek),
                    mag(Gegevens::Traject),
                );
                persoonsgegevens.then(|| {
                    let regel = DossierRegel {
                        verzuim,
                        logboek,
                        traject,
                        id,
                        werkgever,
                        werknemer: format!("{voornaam} {achternaam}"),
                        coach_id: plaats.coach_id.clone(),
                        coach,
                    };
                    (regel, plaats)
                })
            },
        )
        .collect())
}

/// Logs a read of (part of) a dossier in the caller's transaction, as [`Gelezen::dossier`] notes it.
fn dossier_inzage(
    c: &mut Verbinding,
    actor: Actor<'_>,
    dossier_id: &str,
    werknemer_id: &str,
    context: &str,
    gegevens: &[&str],
) -> Result<(), StoreFout> {
    let mut gelezen = Gelezen { actor_id: actor.id.to_string(), lezingen: Vec::new() };
    gelezen.dossier(dossier_id, werknemer_id, context, gegevens);
    schrijf_lezingen(c, actor.organisatie_id, &[&gelezen.lezingen])
}

/// A read to log, noted while reading (see [`Store::lees`]).
#[derive(Debug)]
struct Lezing {
    actor_id: String,
    soort: logboek::Soort,
    entiteit: &'static str,
    entiteit_id: String,
    /// The employee whose data was read; none for a list view, whose list names them.
    werknemer_id: Option<String>,
    context: String,
    details: Value,
    /// What a list view showed, stored with its entry.
    lijst: Option<Arc<inzagelijst::Lijst>>,
}

impl Lezing {
    /// The reads in order, with each dossier read (as [`Gelezen::dossier`] notes one) taken together
    /// with the earlier reads of the same dossier by the same user in the same context: one entry
    /// naming each kind of data once, in the order first read. Other reads (medical data, a BSN, a
    /// list) stay entries of their own.
    fn per_dossier(lezingen: Vec<Lezing>) -> Vec<Lezing> {
        let mut uit: Vec<Lezing> = Vec::with_capacity(lezingen.len());
        for mut l in lezingen {
            match uit.iter_mut().find(|e| e.zelfde_dossierinzage(&l)) {
                Some(e) => {
                    let lijst = e.details["gegevens"].as_array_mut().expect("checked by zelfde_dossierinzage");
                    for g in std::mem::take(&mut l.details["gegevens"]).as_array().into_iter().flatten() {
                        if !lijst.contains(g) {
                            lijst.push(g.clone());
                        }
                    }
                }
                None => uit.push(l),
            }
        }
        uit
    }

    /// Whether both are reads of the same dossier's data (naming which) by the same user in the same
    /// context.
    fn zelfde_dossierinzage(&self, ander: &Lezing) -> bool {
        [self, ander]
            .iter()
            .all(|l| l.soort == logboek::Soort::Inzage && l.entiteit == "dossier" && l.details["gegevens"].is_array())
            && (&self.actor_id, &self.entiteit_id, &self.werknemer_id, &self.context)
                == (&ander.actor_id, &ander.entiteit_id, &ander.werknemer_id, &ander.context)
    }
}

/// The reads one [`Store::lees`] made, to log.
pub(crate) struct Gelezen {
    actor_id: String,
    lezingen: Vec<Lezing>,
}

impl Gelezen {
    /// A read of (part of) a dossier, as [`dossier_inzage`] logs it.
    pub(crate) fn dossier(&mut self, dossier_id: &str, werknemer_id: &str, context: &str, gegevens: &[&str]) {
        self.lezingen.push(Lezing {
            actor_id: self.actor_id.clone(),
            soort: logboek::Soort::Inzage,
            entiteit: "dossier",
            entiteit_id: dossier_id.to_string(),
            werknemer_id: Some(werknemer_id.to_string()),
            context: context.to_string(),
            details: json!({ "gegevens": gegevens }),
            lijst: None,
        });
    }

    /// A list view: one entry naming what it showed of each dossier (see [`inzagelijst`]); nothing
    /// when it showed no dossier's data. Returns what it showed, to log again ([`Gelezen::opnieuw`]).
    pub(crate) fn lijst(&mut self, context: &str, regels: Vec<inzagelijst::Lijstregel>) -> Getoond {
        let getoond = Getoond((!regels.is_empty()).then(|| Arc::new(inzagelijst::Lijst::nieuw(regels))));
        self.opnieuw(context, &getoond);
        getoond
    }

    /// A list view that shows again what an earlier one showed.
    pub(crate) fn opnieuw(&mut self, context: &str, getoond: &Getoond) {
        let Some(lijst) = &getoond.0 else { return };
        self.lezingen.push(Lezing {
            actor_id: self.actor_id.clone(),
            soort: logboek::Soort::Inzage,
            entiteit: "lijst",
            entiteit_id: lijst.hash.clone(),
            werknemer_id: None,
            context: context.to_string(),
            details: json!({ "dossiers": lijst.len() }),
            lijst: Some(Arc::clone(lijst)),
        });
    }
}

/// Appends the reads to the organisation's log in the current transaction: each part (one page's reads)
/// in order, the chain's head moved once for all.
fn schrijf_lezingen(c: &mut Verbinding, organisatie_id: &str, delen: &[&[Lezing]]) -> Result<(), StoreFout> {
    for lijst in delen.iter().copied().flatten().filter_map(|l| l.lijst.as_ref()) {
        inzagelijst::bewaar(c, organisatie_id, lijst)?;
    }
    let delen: Vec<Vec<logboek::Regel<'_>>> = delen
        .iter()
        .map(|deel| {
            deel.iter()
                .map(|l| logboek::Regel {
                    organisatie_id,
                    actor: &l.actor_id,
                    soort: l.soort,
                    entiteit: l.entiteit,
                    entiteit_id: &l.entiteit_id,
                    werknemer_id: l.werknemer_id.as_deref(),
                    context: &l.context,
                    details: &l.details,
                })
                .collect()
        })
        .collect();
    logboek::schrijf_alle(c, organisatie_id, &delen)
}

/// Logs a read of personal data (`Inzage`) or of medical data (`Medisch`).
#[allow(clippy::too_many_arguments)]
fn leesregel(
    c: &mut Verbinding,
    actor: Actor<'_>,
    soort: logboek::Soort,
    entiteit: &str,
    entiteit_id: &str,
    werknemer_id: &str,
    context: &str,
    details: Value,
) -> Result<(), StoreFout> {
    logboek::schrijf(
        c,
        logboek::Regel {
            organisatie_id: actor.organisatie_id,
            actor: actor.id,
            soort,
            entiteit,
            entiteit_id,
            werknemer_id: Some(werknemer_id),
            context,
            details: &details,
        },
    )
}

/// Logs a write.
fn wijziging(
    c: &mut Verbinding,
    actor: Actor<'_>,
    entiteit: &str,
    entiteit_id: &str,
    werknemer_id: Option<&str>,
    details: Value,
) -> Result<(), StoreFout> {
    logboek::schrijf(
        c,
        logboek::Regel {
            organisatie_id: actor.organisatie_id,
            actor: actor.id,
            soort: logboek::Soort::Wijziging,
            entiteit,
            entiteit_id,
            werknemer_id,
            context: "",
            details: &details,
        },
    )
}

fn voeg_werknemer_toe(
    c: &mut Verbinding,
    actor: Actor<'_>,
    id: &str,
    w: &NieuweWerknemer,
    bsn_versleuteld: &[u8],
) -> Result<(), StoreFout> {
    toegang_tot_werknemer(c, actor, Handeling::Schrijven, Gegevens::Persoonsgegevens, &w.werkgever_id, "")?;
    diesel::insert_into(werknemers::table)
        .values((
            werknemers::id.eq(id),
            werknemers::organisatie_id.eq(actor.organisatie_id),
            werknemers::werkgever_id.eq(&w.werkgever_id),
            werknemers::voornaam.eq(&w.voornaam),
            werknemers::achternaam.eq(&w.achternaam),
            werknemers::email.eq(&w.email),
            werknemers::telefoon.eq(&w.telefoon),
            werknemers::functie.eq(&w.functie),
            werknemers::contracturen_per_week_x100.eq(w.contracturen_x100),
            werknemers::postcode.eq(w.postcode.als_tekst()),
            werknemers::opleidingsniveau.eq(w.opleidingsniveau.code()),
            werknemers::bsn_versleuteld.eq(bsn_versleuteld),
        ))
        .execute(c)?;
    // The log names the fields written, never the BSN or other personal values.
    let velden =
        json!({"velden": ["naam", "contact", "functie", "contracturen", "postcode", "opleidingsniveau", "bsn"]});
    wijziging(c, actor, "werknemer", id, Some(id), velden)
}

fn open_dossier(
    c: &mut Verbinding,
    actor: Actor<'_>,
    id: &str,
    werknemer_id: &str,
    coach_id: Option<&str>,
    eerste_ziektedag: Date,
) -> Result<(), StoreFout> {
    let werkgever_id: String = werknemers::table
        .find(werknemer_id)
        .filter(werknemers::organisatie_id.eq(actor.organisatie_id))
        .select(werknemers::werkgever_id)
        .first(c)
        .optional()?
        .ok_or(StoreFout::NietGevonden("werknemer"))?;
    toegang_tot_werknemer(c, actor, Handeling::Schrijven, Gegevens::Verzuim, &werkgever_id, werknemer_id)?;
    diesel::insert_into(dossiers::table)
        .values((
            dossiers::id.eq(id),
            dossiers::organisatie_id.eq(actor.organisatie_id),
            dossiers::werknemer_id.eq(werknemer_id),
            dossiers::coach_id.eq(coach_id),
            dossiers::versie.eq(1),
            dossiers::aangemaakt.eq(nu_micros()),
        ))
        .execute(c)?;
    diesel::insert_into(ziekteperiodes::table)
        .values((
            ziekteperiodes::id.eq(nieuw_id()),
            ziekteperiodes::dossier_id.eq(id),
            ziekteperiodes::van.eq(eerste_ziektedag.to_string()),
        ))
        .execute(c)?;
    let details = json!({"eerste_ziektedag": eerste_ziektedag.to_string(), "coach": coach_id});
    wijziging(c, actor, "dossier", id, Some(werknemer_id), details)
}

/// The employer must belong to the actor's organisation.
fn eigen_werkgever(c: &mut Verbinding, actor: Actor<'_>, werkgever_id: &str) -> Result<(), StoreFout> {
    let gevonden: i64 = werkgevers::table
        .filter(werkgevers::id.eq(werkgever_id))
        .filter(werkgevers::organisatie_id.eq(actor.organisatie_id))
        .count()
        .get_result(c)?;
    if gevonden == 0 { Err(StoreFout::NietGevonden("werkgever")) } else { Ok(()) }
}

/// Who acts, as the access policy sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Principaal {
    Gebruiker(toegang::Gebruiker),
    /// The product itself (`systeem:…`): demo, import, the signal list.
    Systeem {
        organisatie_id: String,
    },
}

impl Principaal {
    fn mag(&self, handeling: Handeling, gegevens: Gegevens, doel: &Doel<'_>) -> Result<(), toegang::Geweigerd> {
        match self {
            Self::Gebruiker(g) => toegang::mag(g, handeling, gegevens, doel),
            Self::Systeem { organisatie_id } => toegang::mag_systeem(organisatie_id, handeling, gegevens, doel),
        }
    }

    /// Which dossiers a query may narrow to before asking [`Principaal::mag`] about each.
    fn reikwijdte(&self) -> toegang::Reikwijdte<'_> {
        match self {
            Self::Gebruiker(g) => toegang::reikwijdte(g),
            Self::Systeem { .. } => toegang::Reikwijdte::Organisatie,
        }
    }
}

fn principaal(c: &mut Verbinding, actor: Actor<'_>) -> Result<Principaal, StoreFout> {
    Ok(principaal_en_caseloadstand(c, actor)?.0)
}

/// The principal, and the stand of the caseload they have as a coach (`gebruikers.caseloadstand`; 0 for
/// the system) from the same row: a werkvoorraad checks both at every view.
fn principaal_en_caseloadstand(c: &mut Verbinding, actor: Actor<'_>) -> Result<(Principaal, i64), StoreFout> {
    if actor.id.starts_with("systeem:") {
        return Ok((Principaal::Systeem { organisatie_id: actor.organisatie_id.to_string() }, 0));
    }
    // The user with their employers in one statement: a row per employer, or one without.
    let rijen: Vec<(String, Option<String>, i64, Option<String>)> = verbinding::laad(
        c,
        gebruikers::table
            .left_join(gebruiker_werkgevers::table.on(gebruiker_werkgevers::gebruiker_id.eq(gebruikers::id)))
            .filter(gebruikers::id.eq(actor.id))
            .filter(gebruikers::organisatie_id.eq(actor.organisatie_id))
            .order(gebruiker_werkgevers::werkgever_id)
            .select((
                gebruikers::rol,
                gebruikers::werknemer_id,
                gebruikers::caseloadstand,
                gebruiker_werkgevers::werkgever_id.nullable(),
            )),
    )?;
    let Some((rol, werknemer_id, caseloadstand, _)) = rijen.first().cloned() else {
        return Err(StoreFout::Geweigerd("onbekende gebruiker"));
    };
    let werkgevers = rijen.into_iter().filter_map(|(_, _, _, werkgever)| werkgever).collect();
    let wie = toegang::Gebruiker {
        id: actor.id.to_string(),
        organisatie_id: actor.organisatie_id.to_string(),
        rol: Rol::parse(&rol).map_err(|e| StoreFout::Ongeldig(e.to_string()))?,
        werkgevers,
        werknemer_id,
    };
    Ok((Principaal::Gebruiker(wie), caseloadstand))
}

/// Asks the access policy; `wat` names what is hidden when it is out of scope.
fn beslis(
    c: &mut Verbinding,
    actor: Actor<'_>,
    handeling: Handeling,
    gegevens: Gegevens,
    doel: &Doel<'_>,
    wat: &'static str,
) -> Result<(), StoreFout> {
    principaal(c, actor)?.mag(handeling, gegevens, doel).map_err(|e| weigering(e, gegevens, wat))
}

/// The policy's refusal as the store's: hidden outside the scope, refused inside it.
fn weigering(e: toegang::Geweigerd, gegevens: Gegevens, wat: &'static str) -> StoreFout {
    match e {
        toegang::Geweigerd::NietGevonden => StoreFout::NietGevonden(wat),
        toegang::Geweigerd::Verboden(_) if gegevens == Gegevens::Medisch => {
            StoreFout::Geweigerd("medische gegevens zijn alleen voor de bedrijfsarts")
        }
        toegang::Geweigerd::Verboden(_) => StoreFout::Geweigerd("deze gegevens zijn niet beschikbaar voor uw rol"),
    }
}

/// Where a dossier belongs, as the policy needs it, and its version.
#[derive(Clone)]
struct Plaats {
    organisatie_id: String,
    werkgever_id: String,
    werknemer_id: String,
    coach_id: Option<String>,
    versie: i64,
    /// Raised by the database on every change to the dossier or its traject (see [`geheugen`]).
    stand: i64,
}

impl Plaats {
    fn laad(c: &mut Verbinding, dossier_id: &str) -> Result<Self, StoreFout> {
        let (organisatie_id, werkgever_id, werknemer_id, coach_id, versie, stand) = dossiers::table
            .inner_join(werknemers::table.on(werknemers::id.eq(dossiers::werknemer_id)))
            .filter(dossiers::id.eq(dossier_id))
            .select((
                dossiers::organisatie_id,
                werknemers::werkgever_id,
                dossiers::werknemer_id,
                dossiers::coach_id,
                dossiers::versie,
                dossiers::stand,
            ))
            .first(c)
            .optional()?
            .ok_or(StoreFout::NietGevonden("dossier"))?;
        Ok(Self { organisatie_id, werkgever_id, werknemer_id, coach_id, versie, stand })
    }

    fn doel(&self) -> Doel<'_> {
        Doel {
            organisatie_id: &self.organisatie_id,
            werkgever_id: &self.werkgever_id,
            werknemer_id: &self.werknemer_id,
            coach_id: self.coach_id.as_deref(),
        }
    }
}

/// Loads the dossier's place and asks the policy for each kind of data. Every read and write of a
/// dossier starts here.
fn toegang_tot(
    c: &mut Verbinding,
    actor: Actor<'_>,
    handeling: Handeling,
    gegevens: &[Gegevens],
    dossier_id: &str,
) -> Result<Plaats, StoreFout> {
    let plaats = Plaats::laad(c, dossier_id)?;
    let wie = principaal(c, actor)?;
    for g in gegevens {
        wie.mag(handeling, *g, &plaats.doel()).map_err(|e| weigering(e, *g, "dossier"))?;
    }
    Ok(plaats)
}

/// Medical data needs the policy's capability, which only a bedrijfsarts in scope gets.
fn medische_toegang(
    c: &mut Verbinding,
    actor: Actor<'_>,
    dossier_id: &str,
) -> Result<(Plaats, MedischeToegang), StoreFout> {
    let plaats = Plaats::laad(c, dossier_id)?;
    let besluit = match principaal(c, actor)? {
        Principaal::Gebruiker(g) => toegang::medische_toegang(&g, &plaats.doel()),
        Principaal::Systeem { .. } => Err(toegang::Geweigerd::Verboden("systeem")),
    };
    match besluit {
        Ok(t) => Ok((plaats, t)),
        Err(toegang::Geweigerd::NietGevonden) => Err(StoreFout::NietGevonden("dossier")),
        Err(toegang::Geweigerd::Verboden(_)) => {
            Err(StoreFout::Geweigerd("medische gegevens zijn alleen voor de bedrijfsarts"))
        }
    }
}

/// The same for an employee without a dossier yet (`werknemer_id` empty for a new one).
fn toegang_tot_werknemer(
    c: &mut Verbinding,
    actor: Actor<'_>,
    handeling: Handeling,
    gegevens: Gegevens,
    werkgever_id: &str,
    werknemer_id: &str,
) -> Result<(), StoreFout> {
    eigen_werkgever(c, actor, werkgever_id)?;
    let doel = Doel { organisatie_id: actor.organisatie_id, werkgever_id, werknemer_id, coach_id: None };
    beslis(c, actor, handeling, gegevens, &doel, "werknemer")
}

/// The organisation as a whole (users, employers): for its beheerder and the product itself.
fn beheer(c: &mut Verbinding, actor: Actor<'_>) -> Result<(), StoreFout> {
    organisatie_gegevens(c, actor, Handeling::Schrijven, Gegevens::Beheer)
}

/// Data of the organisation that belongs to no dossier (its management, its vacancies).
fn organisatie_gegevens(
    c: &mut Verbinding,
    actor: Actor<'_>,
    handeling: Handeling,
    gegevens: Gegevens,
) -> Result<(), StoreFout> {
    let doel = Doel { organisatie_id: actor.organisatie_id, werkgever_id: "", werknemer_id: "", coach_id: None };
    beslis(c, actor, handeling, gegevens, &doel, "organisatie")
}

/// The medical notes of a dossier: only with the policy's capability.
fn laad_medische_notities(
    c: &mut Verbinding,
    toegang: &MedischeToegang,
    dossier_id: &str,
) -> Result<Vec<MedischeNotitie>, StoreFout> {
    let rijen: Vec<(String, String, String)> = notities::table
        .inner_join(dossiers::table.on(dossiers::id.eq(notities::dossier_id)))
        .filter(dossiers::werknemer_id.eq(toegang.werknemer_id()))
        .filter(notities::dossier_id.eq(dossier_id))
        .filter(notities::medisch.eq(true))
        .order((notities::datum, notities::vastgelegd))
        .select((notities::datum, notities::auteur_id, notities::tekst))
        .load(c)?;
    rijen.into_iter().map(|(d, auteur_id, tekst)| Ok(MedischeNotitie { datum: datum(&d)?, auteur_id, tekst })).collect()
}

/// Writes one change; returns what the log records of it.
fn pas_toe(c: &mut Verbinding, actor: Actor<'_>, dossier_id: &str, w: &Wijziging) -> Result<Value, StoreFout> {
    match w {
        Wijziging::Ziekmelding { van } => {
            diesel::insert_into(ziekteperiodes::table)
                .values((
                    ziekteperiodes::id.eq(nieuw_id()),
                    ziekteperiodes::dossier_id.eq(dossier_id),
                    ziekteperiodes::van.eq(van.to_string()),
                ))
                .execute(c)?;
            Ok(json!({"ziekmelding": van.to_string()}))
        }
        Wijziging::Herstel { laatste_ziektedag } => {
            let lopend: Option<String> = ziekteperiodes::table
                .filter(ziekteperiodes::dossier_id.eq(dossier_id))
                .filter(ziekteperiodes::tot_en_met.is_null())
                .select(ziekteperiodes::id)
                .first(c)
                .optional()?;
            let id =
                lopend.ok_or_else(|| StoreFout::Ongeldig("er loopt geen ziekteperiode om te beëindigen".into()))?;
            diesel::update(ziekteperiodes::table.find(id))
                .set(ziekteperiodes::tot_en_met.eq(laatste_ziektedag.to_string()))
                .execute(c)?;
            Ok(json!({"herstel": laatste_ziektedag.to_string()}))
        }
        Wijziging::Wazo { van, tot_en_met } => {
            diesel::insert_into(wazo_verlof::table)
                .values((
                    wazo_verlof::id.eq(nieuw_id()),
                    wazo_verlof::dossier_id.eq(dossier_id),
                    wazo_verlof::van.eq(van.to_string()),
                    wazo_verlof::tot_en_met.eq(tot_en_met.to_string()),
                ))
                .execute(c)?;
            Ok(json!({"wazo_verlof": [van.to_string(), tot_en_met.to_string()]}))
        }
        Wijziging::Gebeurtenis { gebeurtenis, toelichting } => {
            let (betreft, reden) = match gebeurtenis.soort {
                Soort::AfwijkingGemotiveerd { betreft } => (Some(betreft.code()), None),
                Soort::UitzonderingSpoor2 { reden } => (None, Some(reden.code())),
                _ => (None, None),
            };
            let soort = gebeurtenis.soort.code();
            voeg_gebeurtenis_toe(
                c,
                actor,
                dossier_id,
                soort,
                gebeurtenis.datum,
                (betreft, reden),
                toelichting.as_deref(),
            )?;
            // Free text may hold personal data: the log records that there was some, not what.
            Ok(
                json!({"gebeurtenis": soort, "datum": gebeurtenis.datum.to_string(), "met_toelichting": toelichting.is_some()}),
            )
        }
        Wijziging::Loonstop(l) => {
            voeg_gebeurtenis_toe(c, actor, dossier_id, "loonstop_werknemer", l.datum, (None, Some(&l.reden)), None)?;
            Ok(json!({"loonstop": l.datum.to_string()}))
        }
        Wijziging::VrijwilligeVerlenging { tot } => {
            diesel::update(dossiers::table.find(dossier_id))
                .set(dossiers::vrijwillige_verlenging_tot.eq(tot.map(|d| d.to_string())))
                .execute(c)?;
            Ok(json!({"vrijwillige_verlenging_tot": tot.map(|d| d.to_string())}))
        }
        Wijziging::Loonsanctie { weken } => {
            diesel::update(dossiers::table.find(dossier_id))
                .set(dossiers::loonsanctie_weken.eq(weken.map(i32::from)))
                .execute(c)?;
            Ok(json!({"loonsanctie_weken": weken}))
        }
    }
}

/// Stores an event with who recorded it; `(betreft, reden)` qualify a motivated deviation and an
/// exception to spoor 2.
fn voeg_gebeurtenis_toe(
    c: &mut Verbinding,
    actor: Actor<'_>,
    dossier_id: &str,
    soort: &str,
    datum: Date,
    (betreft, reden): (Option<&str>, Option<&str>),
    toelichting: Option<&str>,
) -> Result<(), StoreFout> {
    diesel::insert_into(gebeurtenissen::table)
        .values((
            gebeurtenissen::id.eq(nieuw_id()),
            gebeurtenissen::dossier_id.eq(dossier_id),
            gebeurtenissen::soort.eq(soort),
            gebeurtenissen::datum.eq(datum.to_string()),
            gebeurtenissen::betreft.eq(betreft),
            gebeurtenissen::reden.eq(reden),
            gebeurtenissen::toelichting.eq(toelichting),
            gebeurtenissen::vastgelegd_door.eq(actor.id),
            gebeurtenissen::vastgelegd.eq(nu_micros()),
        ))
        .execute(c)?;
    Ok(())
}

/// The clock must accept the dossier as it now is, as one sickness chain.
fn klok_klopt(c: &mut Verbinding, dossier_id: &str) -> Result<(), StoreFout> {
    let json = casus_json(c, dossier_id)?;
    let casus = casus_uit_json(&json, Date::constant(2000, 1, 1)).map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
    let ketens = domain::poortwachter::keten::ketens(casus.ziekteperiodes(), casus.wazo_verlof());
    if let Some((_, laatste_ziektedag)) = ketens.eerdere.last() {
        return Err(StoreFout::Ongeldig(format!(
            "de ziekmelding van {} komt 4 weken of meer na het herstel (laatste ziektedag {}): dat is een nieuw ziektegeval; open er een nieuw dossier voor",
            domain::poortwachter::datum::nl(ketens.laatste.eerste_ziektedag()),
            domain::poortwachter::datum::nl(*laatste_ziektedag)
        )));
    }
    Ok(())
}

/// A step on the clock that follows from other work (the traject's start, its activities): the
/// dossier's version moves on and the clock must accept it.
fn klok_gebeurtenis(
    c: &mut Verbinding,
    actor: Actor<'_>,
    dossier_id: &str,
    soort: &str,
    datum: Date,
) -> Result<(), StoreFout> {
    diesel::update(dossiers::table.find(dossier_id)).set(dossiers::versie.eq(dossiers::versie + 1)).execute(c)?;
    voeg_gebeurtenis_toe(c, actor, dossier_id, soort, datum, (None, None), None)?;
    klok_klopt(c, dossier_id)
}

/// The dossier's clock data as the case JSON of `spoor2 tijdlijn` (without peildatum).
fn casus_json(c: &mut Verbinding, dossier_id: &str) -> Result<Value, StoreFout> {
    casus_jsons(c, &[dossier_id])?.remove(dossier_id).ok_or(StoreFout::NietGevonden("dossier"))
}

/// Rows grouped by the dossier or traject they belong to, each group in the order of the rows.
pub(crate) fn per_sleutel<T>(
    rijen: impl Iterator<Item = Result<(String, T), StoreFout>>,
) -> Result<HashMap<String, Vec<T>>, StoreFout> {
    let mut uit: HashMap<String, Vec<T>> = HashMap::new();
    for rij in rijen {
        let (sleutel, waarde) = rij?;
        uit.entry(sleutel).or_default().push(waarde);
    }
    Ok(uit)
}

/// [`casus_json`] of these dossiers, by id (one not found is absent), with one query per kind of row.
fn casus_jsons(c: &mut Verbinding, ids: &[&str]) -> Result<HashMap<String, Value>, StoreFout> {
    let rijen: Vec<(String, String, Option<String>)> = ziekteperiodes::table
        .filter(ziekteperiodes::dossier_id.eq_any(ids))
        .order(ziekteperiodes::van)
        .select((ziekteperiodes::dossier_id, ziekteperiodes::van, ziekteperiodes::tot_en_met))
        .load(c)?;
    let mut perioden = per_sleutel(rijen.into_iter().map(|(dossier_id, van, tot)| {
        let periode = match tot {
            Some(t) => json!({"van": van, "tot_en_met": t}),
            None => json!({"van": van}),
        };
        Ok((dossier_id, periode))
    }))?;
    let rijen: Vec<(String, String, String)> = wazo_verlof::table
        .filter(wazo_verlof::dossier_id.eq_any(ids))
        .order(wazo_verlof::van)
        .select((wazo_verlof::dossier_id, wazo_verlof::van, wazo_verlof::tot_en_met))
        .load(c)?;
    let mut verlof = per_sleutel(
        rijen.into_iter().map(|(dossier_id, van, tot)| Ok((dossier_id, json!({"van": van, "tot_en_met": tot})))),
    )?;
    type StapRij = (String, String, String, Option<String>, Option<String>);
    let rijen: Vec<StapRij> = gebeurtenissen::table
        .filter(gebeurtenissen::dossier_id.eq_any(ids))
        .order((gebeurtenissen::datum, gebeurtenissen::vastgelegd))
        .select((
            gebeurtenissen::dossier_id,
            gebeurtenissen::soort,
            gebeurtenissen::datum,
            gebeurtenissen::betreft,
            gebeurtenissen::reden,
        ))
        .load(c)?;
    let mut stappen = per_sleutel(rijen.into_iter().map(|(dossier_id, soort, datum, betreft, reden)| {
        let mut g = json!({"soort": soort, "datum": datum});
        if let Some(b) = betreft {
            g["betreft"] = json!(b);
        }
        if let Some(r) = reden {
            g["reden"] = json!(r);
        }
        Ok((dossier_id, g))
    }))?;
    // The traject's commission sets the interval of its progress reports.
    let opdrachten: HashMap<String, Option<String>> = trajecten::table
        .filter(trajecten::dossier_id.eq_any(ids))
        .select((trajecten::dossier_id, trajecten::opdracht))
        .load(c)?
        .into_iter()
        .collect();
    let rijen: Vec<(String, Option<String>, Option<i32>)> = dossiers::table
        .filter(dossiers::id.eq_any(ids))
        .select((dossiers::id, dossiers::vrijwillige_verlenging_tot, dossiers::loonsanctie_weken))
        .load(c)?;
    let mut uit = HashMap::with_capacity(rijen.len());
    for (dossier_id, verlenging, sanctie) in rijen {
        let mut json = json!({
            "ziekteperiodes": perioden.remove(&dossier_id).unwrap_or_default(),
            "wazo_verlof": verlof.remove(&dossier_id).unwrap_or_default(),
            "gebeurtenissen": stappen.remove(&dossier_id).unwrap_or_default(),
        });
        if let Some(v) = verlenging {
            json["vrijwillige_verlenging_tot"] = json!(v);
        }
        if let Some(w) = sanctie {
            json["loonsanctie_weken"] = json!(w);
        }
        let opdracht = opdrachten.get(&dossier_id).cloned().flatten();
        if let Some(o) = opdracht.and_then(|o| serde_json::from_str::<traject::Opdracht>(&o).ok()) {
            json["rapportage_interval_weken"] = json!(o.rapportage_interval_weken);
        }
        uit.insert(dossier_id, json);
    }
    Ok(uit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lezing(dossier: &str, context: &str, soort: logboek::Soort, gegevens: &[&str]) -> Lezing {
        Lezing {
            actor_id: "coach".into(),
            soort,
            entiteit: "dossier",
            entiteit_id: dossier.into(),
            werknemer_id: Some(format!("werknemer van {dossier}")),
            context: context.into(),
            details: json!({ "gegevens": gegevens }),
            lijst: None,
        }
    }

    #[test]
    fn a_pages_reads_of_one_dossier_are_one_entry_naming_each_kind_of_data_once() {
        use logboek::Soort::{Inzage, Medisch};
        let lezingen = vec![
            lezing("d1", "dossierpagina", Inzage, &["persoonsgegevens", "verzuim"]),
            lezing("d1", "dossierpagina", Medisch, &["medische_notities"]),
            lezing("d1", "dossierpagina", Inzage, &["verloop", "verzuim"]),
            lezing("d2", "dossierpagina", Inzage, &["verloop"]),
            lezing("d1", "api", Inzage, &["documenten"]),
            lezing("d1", "dossierpagina", Inzage, &["documenten"]),
        ];
        let samen = Lezing::per_dossier(lezingen);
        let samen: Vec<(&str, &str, &str, &Value)> =
            samen.iter().map(|l| (l.entiteit_id.as_str(), l.soort.code(), l.context.as_str(), &l.details)).collect();
        let alles = json!(["persoonsgegevens", "verzuim", "verloop", "documenten"]);
        assert_eq!(
            samen,
            [
                ("d1", "inzage", "dossierpagina", &json!({ "gegevens": alles })),
                ("d1", "medisch", "dossierpagina", &json!({ "gegevens": ["medische_notities"] })),
                ("d2", "inzage", "dossierpagina", &json!({ "gegevens": ["verloop"] })),
                ("d1", "inzage", "api", &json!({ "gegevens": ["documenten"] })),
            ]
        );
    }
}
