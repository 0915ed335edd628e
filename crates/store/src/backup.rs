//! Backup and restore. SQLite: a consistent online snapshot with `VACUUM INTO`, restored by
//! atomically replacing the database file. PostgreSQL: `pg_dump` (a consistent snapshot of a
//! running database) and `pg_restore`. Every restore checks the log chains of what it restored.

use std::path::Path;
use std::process::Command;

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::StoreFout;
use crate::logboek::{self, Controle};
use crate::schema::organisaties;
use crate::verbinding::{self, Backend, sqlite_pad};

/// Writes a snapshot of the database at `url` to `bestand`, which must not exist yet.
pub fn maak(url: &str, bestand: &Path) -> Result<(), StoreFout> {
    if bestand.exists() {
        return Err(StoreFout::Ongeldig(format!("{} bestaat al; kies een nieuw bestand", bestand.display())));
    }
    let doel = bestand.to_str().ok_or_else(|| StoreFout::Ongeldig("de bestandsnaam is geen geldige tekst".into()))?;
    match Backend::van_url(url) {
        Backend::Sqlite => {
            let (pool, _) = verbinding::open(url)?;
            let mut c = pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?;
            diesel::sql_query("VACUUM INTO $1").bind::<Text, _>(doel).execute(&mut *c)?;
            Ok(())
        }
        Backend::Postgres => {
            voer_uit(Command::new("pg_dump").args(["--format=custom", "--no-owner", "--file", doel, url]))
        }
    }
}

/// Restores `bestand` into the database at `url`. A database that holds data is only overwritten
/// with `overschrijven`. For SQLite the application must not be running during a restore.
pub fn herstel(url: &str, bestand: &Path, overschrijven: bool) -> Result<Controle, StoreFout> {
    if !bestand.is_file() {
        return Err(StoreFout::Ongeldig(format!("{} bestaat niet of is geen bestand", bestand.display())));
    }
    let bron = bestand.to_str().ok_or_else(|| StoreFout::Ongeldig("de bestandsnaam is geen geldige tekst".into()))?;
    let (pool, _) = verbinding::open(url)?;
    let organisaties: i64 =
        organisaties::table.count().get_result(&mut *pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?)?;
    if organisaties > 0 && !overschrijven {
        return Err(StoreFout::Ongeldig(
            "de database bevat al gegevens; gebruik --overschrijven om ze te vervangen door de backup".into(),
        ));
    }
    drop(pool);
    match Backend::van_url(url) {
        Backend::Sqlite => {
            // Check the backup before anything is replaced.
            let controle = controleer(bron)?;
            if let Some(b) = controle.breuk {
                return Err(StoreFout::Ongeldig(format!("de backup is beschadigd: {b}")));
            }
            let pad = Path::new(sqlite_pad(url));
            let tijdelijk = pad.with_extension("herstel");
            let _ = std::fs::remove_file(&tijdelijk);
            let (pool, _) = verbinding::open(bron)?;
            let mut c = pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?;
            let tijdelijk_tekst = tijdelijk.to_str().expect("derived from a valid path");
            diesel::sql_query("VACUUM INTO $1").bind::<Text, _>(tijdelijk_tekst).execute(&mut *c)?;
            drop(c);
            drop(pool);
            for bijbestand in ["db-wal", "db-shm"].map(|e| pad.with_extension(e)) {
                let _ = std::fs::remove_file(bijbestand);
            }
            std::fs::rename(&tijdelijk, pad)
                .map_err(|e| StoreFout::Ongeldig(format!("kan {} niet vervangen: {e}", pad.display())))?;
        }
        Backend::Postgres => {
            voer_uit(Command::new("pg_restore").args(["--clean", "--if-exists", "--no-owner", "--dbname", url, bron]))?;
        }
    }
    controleer(url)
}

/// Checks the log chains of the database at `url`.
pub fn controleer(url: &str) -> Result<Controle, StoreFout> {
    let (pool, _) = verbinding::open(url)?;
    logboek::controleer(&mut *pool.get().map_err(|e| StoreFout::Verbinding(e.to_string()))?)
}

fn voer_uit(opdracht: &mut Command) -> Result<(), StoreFout> {
    let naam = opdracht.get_program().to_string_lossy().into_owned();
    let uit = opdracht.output().map_err(|e| {
        StoreFout::Ongeldig(format!("kan {naam} niet starten ({e}); installeer de PostgreSQL-clientprogramma's"))
    })?;
    if uit.status.success() {
        Ok(())
    } else {
        Err(StoreFout::Ongeldig(format!("{naam} mislukte: {}", String::from_utf8_lossy(&uit.stderr).trim())))
    }
}
