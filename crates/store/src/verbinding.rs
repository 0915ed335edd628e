//! One code path for SQLite and PostgreSQL: the backend is chosen by the URL, queries are written once.

use std::time::Duration;

use diesel::RunQueryDsl;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::query_dsl::methods::{ExecuteDsl, LoadQuery};
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::StoreFout;

#[derive(diesel::MultiConnection)]
pub enum Verbinding {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

// Statements run through [`Verbinding`] cost more than on the backend's own connection: Diesel's
// `MultiConnection` renders a statement's SQL text anew in every pass over it, so twice per execution
// (the statement cache's check and the binding), even when the prepared statement is cached. The
// statements that every request runs (the session, the principal, a werkvoorraad's stand) therefore go
// through the functions below, as do those Diesel builds for each backend but not for the two (a
// multi-row insert, an insert with `ON CONFLICT`, an `UPDATE … RETURNING`). A profile of the
// werkvoorraad put the renders at a tenth of the server's processor time.

/// Runs a statement on the connection's own backend.
pub(crate) fn voer_uit<Q>(c: &mut Verbinding, vraag: Q) -> diesel::QueryResult<usize>
where
    Q: ExecuteDsl<SqliteConnection> + ExecuteDsl<PgConnection>,
{
    match c {
        Verbinding::Sqlite(c) => ExecuteDsl::execute(vraag, c),
        Verbinding::Postgres(c) => ExecuteDsl::execute(vraag, c),
    }
}

/// The one row a statement returns, on the connection's own backend.
pub(crate) fn haal_op<'q, Q, U>(c: &mut Verbinding, vraag: Q) -> diesel::QueryResult<U>
where
    Q: LoadQuery<'q, SqliteConnection, U> + LoadQuery<'q, PgConnection, U>,
{
    match c {
        Verbinding::Sqlite(c) => RunQueryDsl::get_result(vraag, c),
        Verbinding::Postgres(c) => RunQueryDsl::get_result(vraag, c),
    }
}

/// Every row a query returns, on the connection's own backend.
pub(crate) fn laad<'q, Q, U>(c: &mut Verbinding, vraag: Q) -> diesel::QueryResult<Vec<U>>
where
    Q: LoadQuery<'q, SqliteConnection, U> + LoadQuery<'q, PgConnection, U>,
{
    match c {
        Verbinding::Sqlite(c) => RunQueryDsl::load(vraag, c),
        Verbinding::Postgres(c) => RunQueryDsl::load(vraag, c),
    }
}

const SQLITE_MIGRATIES: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Which database a URL points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `postgres://…` or `postgresql://…` is PostgreSQL; anything else (`sqlite:pad`, or a bare path) SQLite.
    pub fn van_url(url: &str) -> Self {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") { Self::Postgres } else { Self::Sqlite }
    }
}

/// The SQLite file a URL names (`sqlite:spoor2.db`, `sqlite://spoor2.db` or `spoor2.db`).
pub fn sqlite_pad(url: &str) -> &str {
    url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url)
}

/// Durable, concurrent SQLite: WAL, fsync on every commit, foreign keys, and waiting for a lock
/// instead of failing at once. No memory map: in WAL mode a connection that finds another connection has
/// committed since its last read empties its page cache and unmaps the whole file (SQLite's
/// `pagerBeginReadTransaction`), and the access log commits all the time. With a map every read
/// transaction paid an `munmap` and a page fault per page it touched again (12% of a werkvoorraad view),
/// more than reading those pages with a `pread` each.
#[derive(Debug)]
struct SqliteInstellingen;

impl CustomizeConnection<Verbinding, diesel::r2d2::Error> for SqliteInstellingen {
    fn on_acquire(&self, conn: &mut Verbinding) -> Result<(), diesel::r2d2::Error> {
        if let Verbinding::Sqlite(c) = conn {
            c.batch_execute(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                 PRAGMA busy_timeout = 10000;",
            )
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

pub type Verbindingen = Pool<ConnectionManager<Verbinding>>;

/// Opens a pool and brings the schema up to date; returns the pool and how many migrations it applied.
pub fn open(url: &str) -> Result<(Verbindingen, usize), StoreFout> {
    let backend = Backend::van_url(url);
    let adres = match backend {
        Backend::Sqlite => sqlite_pad(url).to_string(),
        Backend::Postgres => url.to_string(),
    };
    // One direct connection first, so that a wrong URL, a missing database or a server that is down
    // gives its own message at once instead of a pool timeout.
    let direct = match backend {
        Backend::Sqlite => SqliteConnection::establish(&adres).map(drop),
        Backend::Postgres => PgConnection::establish(&adres).map(drop),
    };
    direct.map_err(|e| StoreFout::Verbinding(e.to_string()))?;
    let pool = Pool::builder()
        .max_size(match backend {
            Backend::Sqlite => 4,
            Backend::Postgres => 8,
        })
        .connection_timeout(Duration::from_secs(10))
        // A PostgreSQL connection can be cut (a restart, the network), so it is checked with a query
        // before it is handed out; a SQLite connection is a file opened in this process and cannot be,
        // and the check cost every page a statement per connection it took.
        .test_on_check_out(backend == Backend::Postgres)
        .connection_customizer(Box::new(SqliteInstellingen))
        .build(ConnectionManager::<Verbinding>::new(adres))
        .map_err(|e| StoreFout::Verbinding(e.to_string()))?;
    let mut conn = pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?;
    let toegepast = migreer(&mut conn)?;
    drop(conn);
    Ok((pool, toegepast))
}

/// Applies the migrations this version knows and the database lacks.
pub fn migreer(conn: &mut Verbinding) -> Result<usize, StoreFout> {
    let toegepast = match conn {
        Verbinding::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIES).map(|v| v.len()),
        Verbinding::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIES).map(|v| v.len()),
    };
    toegepast.map_err(|e| StoreFout::Migratie(e.to_string()))
}

/// Runs `f` in one transaction and retries it when the database asks for that (a busy SQLite file,
/// a serialization failure, or a race for the next log entry). On SQLite the transaction takes the
/// write lock at its start, so that two writers never deadlock on an upgrade.
pub fn in_transactie<T>(
    conn: &mut Verbinding,
    mut f: impl FnMut(&mut Verbinding) -> Result<T, StoreFout>,
) -> Result<T, StoreFout> {
    let mut wacht = Duration::from_millis(2);
    for poging in 1.. {
        let resultaat = match conn {
            Verbinding::Postgres(_) => conn.transaction(&mut f),
            Verbinding::Sqlite(_) => sqlite_transactie(conn, &mut f),
        };
        match resultaat {
            Err(e) if e.is_tijdelijk() && poging < 20 => {
                std::thread::sleep(wacht);
                wacht = (wacht * 2).min(Duration::from_millis(200));
            }
            r => return r,
        }
    }
    unreachable!("the loop returns")
}

fn sqlite_transactie<T>(
    conn: &mut Verbinding,
    f: &mut impl FnMut(&mut Verbinding) -> Result<T, StoreFout>,
) -> Result<T, StoreFout> {
    let Verbinding::Sqlite(c) = conn else { unreachable!("called for SQLite only") };
    AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?;
    let resultaat = f(conn);
    let Verbinding::Sqlite(c) = conn else { unreachable!("called for SQLite only") };
    match resultaat {
        Ok(waarde) => {
            AnsiTransactionManager::commit_transaction(c)?;
            Ok(waarde)
        }
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(c)?;
            Err(e)
        }
    }
}
