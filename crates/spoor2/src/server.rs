//! `spoor2 serve` as a child process on a free loopback port, stopped (SIGKILL) when dropped.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Server {
    kind: Child,
    pub poort: u16,
}

/// A port that is free now.
pub fn vrije_poort() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free loopback port")
}

impl Server {
    /// Starts `programma serve` (the `spoor2` binary) with these environment variables on `poort`
    /// and waits until it accepts connections.
    pub fn start(programma: &Path, omgeving: &[(&str, &str)], poort: u16) -> Result<Self, String> {
        let mut opdracht = Command::new(programma);
        opdracht.args(["serve", "--adres", &format!("127.0.0.1:{poort}")]).stdout(Stdio::null()).stderr(Stdio::null());
        for (naam, waarde) in omgeving {
            opdracht.env(naam, waarde);
        }
        let kind = opdracht.spawn().map_err(|e| format!("{}: {e}", programma.display()))?;
        let mut server = Self { kind, poort };
        let einde = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", poort)).is_err() {
            if let Some(status) = server.kind.try_wait().map_err(|e| e.to_string())? {
                return Err(format!("spoor2 serve stopte meteen ({status})"));
            }
            if Instant::now() > einde {
                return Err("spoor2 serve luistert na een minuut nog niet".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(server)
    }

    /// The address to give a [`crate::klant::Sessie`].
    pub fn basis(&self) -> String {
        format!("http://127.0.0.1:{}", self.poort)
    }

    /// The operating system's id of the process.
    pub fn pid(&self) -> u32 {
        self.kind.id()
    }

    /// Ends the process at once (SIGKILL), as a crash would.
    pub fn dood(&mut self) {
        let _ = self.kind.kill();
        let _ = self.kind.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.dood();
    }
}
