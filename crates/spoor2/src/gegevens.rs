//! The data directory: reference data the product imports once (PC4 coordinates, an occupation catalogue)
//! and then reads on every run. Its place is the setting `gegevensmap` (`spoor2.toml` or
//! `SPOOR2__GEGEVENSMAP`), by default `spoor2-gegevens` in the working directory.
//!
//! Files are written whole or not at all: to a temporary file in the same directory, flushed, then renamed
//! over the old one, so a failed or interrupted import leaves the previous data as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Fout;

pub const STANDAARD_MAP: &str = "spoor2-gegevens";
/// The PC4 coordinates written by `spoor2 postcodes importeer`.
pub const POSTCODES: &str = "postcodes.csv";

#[derive(serde::Deserialize)]
struct Instelling {
    gegevensmap: PathBuf,
}

/// The data directory from the settings (defaults, `spoor2.toml`, `SPOOR2__*`).
pub fn map() -> Result<PathBuf, Fout> {
    let ongeldig = |e: config::ConfigError| Fout::Invoer(format!("ongeldige instellingen: {e}"));
    let instelling: Instelling = config::Config::builder()
        .set_default("gegevensmap", STANDAARD_MAP)
        .map_err(ongeldig)?
        .add_source(config::File::with_name("spoor2").required(false))
        .add_source(config::Environment::with_prefix("SPOOR2").separator("__"))
        .build()
        .and_then(|c| c.try_deserialize())
        .map_err(ongeldig)?;
    Ok(instelling.gegevensmap)
}

/// Writes `inhoud` to `pad` atomically (temporary file, then rename), creating the directory if needed.
pub fn schrijf_geheel(pad: &Path, inhoud: &[u8]) -> Result<(), Fout> {
    let map = pad.parent().filter(|m| !m.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(map)
        .map_err(|e| Fout::Invoer(format!("kan de map {} niet aanmaken: {e}", map.display())))?;
    let naam = pad.file_name().and_then(|n| n.to_str()).unwrap_or("gegevens");
    let tijdelijk = map.join(format!(".{naam}.{}.tmp", std::process::id()));
    let schrijf = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tijdelijk)?;
        f.write_all(inhoud)?;
        f.sync_all()?;
        std::fs::rename(&tijdelijk, pad)
    };
    schrijf().map_err(|e| {
        let _ = std::fs::remove_file(&tijdelijk);
        Fout::Invoer(format!("kan {} niet schrijven: {e}", pad.display()))
    })
}

/// Reads a file the user named (`-`: standard input), with a Dutch message naming the option when it
/// cannot be read.
pub fn lees_bestand(bestand: &Path, optie: &str) -> Result<String, Fout> {
    if bestand == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)?;
        return String::from_utf8(bytes)
            .map_err(|e| Fout::Invoer(format!("{optie}: de invoer is geen UTF-8-tekst: {e}")));
    }
    let bytes = std::fs::read(bestand).map_err(|e| {
        let waarom = match e.kind() {
            std::io::ErrorKind::NotFound => "het bestand bestaat niet".to_string(),
            std::io::ErrorKind::PermissionDenied => "geen leesrechten".to_string(),
            std::io::ErrorKind::IsADirectory => "dit is een map, geen bestand".to_string(),
            _ => e.to_string(),
        };
        Fout::Invoer(format!("{optie}: kan {} niet lezen: {waarom}", bestand.display()))
    })?;
    String::from_utf8(bytes)
        .map_err(|e| Fout::Invoer(format!("{optie}: {} is geen UTF-8-tekst: {e}", bestand.display())))
}

/// Progress on standard error: on a terminal a line that updates itself about twenty times per run;
/// otherwise (a log) a line at every quarter.
pub struct Voortgang {
    wat: &'static str,
    totaal: usize,
    volgende: usize,
    terminal: bool,
    getoond: usize,
}

impl Voortgang {
    pub fn nieuw(wat: &'static str, totaal: usize) -> Self {
        let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
        Self { wat, totaal, volgende: 1, terminal, getoond: 0 }
    }

    pub fn bij(&mut self, gedaan: usize) {
        if gedaan < self.volgende {
            return;
        }
        let procent = (gedaan * 100).checked_div(self.totaal).unwrap_or(100);
        if self.terminal {
            eprint!("\r{}: {gedaan} van {} ({procent}%)", self.wat, self.totaal);
            self.volgende = gedaan + (self.totaal / 20).max(1);
        } else {
            eprintln!("{}: {gedaan} van {} ({procent}%)", self.wat, self.totaal);
            self.volgende = gedaan + (self.totaal / 4).max(1);
        }
        self.getoond = gedaan;
    }

    pub fn klaar(self) {
        if self.getoond != self.totaal {
            let r = if self.terminal { "\r" } else { "" };
            eprint!("{r}{}: {} van {} (100%)", self.wat, self.totaal, self.totaal);
        } else if !self.terminal {
            return;
        }
        eprintln!();
    }
}
