//! `spoor2`: the one binary of the product.

mod bench;
mod tijdlijn;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Meet de snelheid van onderdelen.
    Bench {
        #[command(subcommand)]
        wat: BenchOpdracht,
    },
}

#[derive(Subcommand)]
enum BenchOpdracht {
    /// Rekent tijdlijn en bevindingen uit voor gegenereerde casussen, op één thread.
    Tijdlijn {
        /// Aantal casussen.
        #[arg(long, default_value_t = 1_000_000)]
        aantal: u64,
        /// Zaad voor de generator: hetzelfde zaad geeft dezelfde casussen.
        #[arg(long, default_value_t = 2002)]
        zaad: u64,
    },
}

/// Exit code for input the program refuses.
const ONGELDIGE_INVOER: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let resultaat = match cli.opdracht {
        Opdracht::Tijdlijn { bestand, json } => tijdlijn::voer_uit(bestand.as_deref(), json),
        Opdracht::Bench { wat: BenchOpdracht::Tijdlijn { aantal, zaad } } => bench::tijdlijn(aantal, zaad),
    };
    match resultaat {
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
