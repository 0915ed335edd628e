//! A small SMTP server for tests: it listens on 127.0.0.1 (a free port), accepts every message and
//! keeps it, so a test can read what the application sent. It speaks just enough SMTP for a client
//! without TLS or login (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT). It can also refuse, to test
//! what happens while the mail server is down.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One message as it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bericht {
    pub van: String,
    pub aan: Vec<String>,
    /// The message as sent (headers and body), dot-unstuffed.
    pub ruw: String,
}

impl Bericht {
    /// A header's value (the first with this name, unfolded).
    pub fn kop(&self, naam: &str) -> Option<String> {
        let koppen = self.ruw.split("\r\n\r\n").next().unwrap_or_default().replace("\r\n ", " ").replace("\r\n\t", " ");
        koppen.split("\r\n").find_map(|regel| {
            let (n, waarde) = regel.split_once(':')?;
            n.eq_ignore_ascii_case(naam).then(|| waarde.trim().to_string())
        })
    }

    /// The whole message with quoted-printable parts decoded: what a reader would see, to search in.
    pub fn tekst(&self) -> String {
        decodeer_qp(&self.ruw)
    }
}

/// Decodes quoted-printable (`=` at a line's end joins lines, `=XX` is a byte); other text stays.
pub fn decodeer_qp(tekst: &str) -> String {
    let bytes = tekst.replace("=\r\n", "").into_bytes();
    let mut uit = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let (Some(a), Some(b)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            uit.push((a * 16 + b) as u8);
            i += 3;
            continue;
        }
        uit.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&uit).into_owned()
}

/// The running server; it stops with the test process.
#[derive(Clone)]
pub struct SmtpSink {
    pub adres: SocketAddr,
    berichten: Arc<Mutex<Vec<Bericht>>>,
    weigeren: Arc<AtomicBool>,
}

impl SmtpSink {
    pub fn start() -> Self {
        let luisteraar = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let adres = luisteraar.local_addr().expect("the address");
        let sink = Self { adres, berichten: Arc::default(), weigeren: Arc::default() };
        let binnen = sink.clone();
        std::thread::spawn(move || {
            for verbinding in luisteraar.incoming().flatten() {
                let binnen = binnen.clone();
                std::thread::spawn(move || {
                    let _ = binnen.bedien(verbinding);
                });
            }
        });
        sink
    }

    /// From now on answer every connection with 421 (service not available), or stop doing so.
    pub fn weiger(&self, ja: bool) {
        self.weigeren.store(ja, Ordering::SeqCst);
    }

    pub fn berichten(&self) -> Vec<Bericht> {
        self.berichten.lock().expect("the messages").clone()
    }

    /// Waits (at most `max`) until at least `aantal` messages arrived; returns them all.
    pub fn wacht_op(&self, aantal: usize, max: Duration) -> Vec<Bericht> {
        let einde = Instant::now() + max;
        loop {
            let berichten = self.berichten();
            if berichten.len() >= aantal || Instant::now() > einde {
                return berichten;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn bedien(&self, verbinding: TcpStream) -> std::io::Result<()> {
        verbinding.set_read_timeout(Some(Duration::from_secs(30)))?;
        let mut schrijf = verbinding.try_clone()?;
        let mut lees = BufReader::new(verbinding);
        if self.weigeren.load(Ordering::SeqCst) {
            schrijf.write_all(b"421 testsink niet beschikbaar\r\n")?;
            return Ok(());
        }
        schrijf.write_all(b"220 testsink ESMTP\r\n")?;
        let (mut van, mut aan) = (String::new(), Vec::new());
        let mut regel = String::new();
        loop {
            regel.clear();
            if lees.read_line(&mut regel)? == 0 {
                return Ok(());
            }
            let opdracht = regel.trim_end().to_string();
            let hoofd = opdracht.split([' ', ':']).next().unwrap_or_default().to_ascii_uppercase();
            match hoofd.as_str() {
                "EHLO" => schrijf.write_all(b"250-testsink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")?,
                "HELO" => schrijf.write_all(b"250 testsink\r\n")?,
                "MAIL" => {
                    van = adres_in(&opdracht);
                    aan.clear();
                    schrijf.write_all(b"250 OK\r\n")?
                }
                "RCPT" => {
                    aan.push(adres_in(&opdracht));
                    schrijf.write_all(b"250 OK\r\n")?
                }
                "DATA" => {
                    schrijf.write_all(b"354 ga uw gang\r\n")?;
                    let mut ruw = String::new();
                    loop {
                        regel.clear();
                        if lees.read_line(&mut regel)? == 0 {
                            return Ok(());
                        }
                        if regel == ".\r\n" || regel == ".\n" {
                            break;
                        }
                        ruw.push_str(regel.strip_prefix('.').filter(|_| regel.starts_with("..")).unwrap_or(&regel));
                    }
                    let bericht = Bericht { van: van.clone(), aan: std::mem::take(&mut aan), ruw };
                    self.berichten.lock().expect("the messages").push(bericht);
                    schrijf.write_all(b"250 OK bewaard\r\n")?
                }
                "RSET" | "NOOP" => schrijf.write_all(b"250 OK\r\n")?,
                "QUIT" => {
                    schrijf.write_all(b"221 tot ziens\r\n")?;
                    return Ok(());
                }
                _ => schrijf.write_all(b"502 niet ondersteund\r\n")?,
            }
        }
    }
}

fn adres_in(opdracht: &str) -> String {
    opdracht.split('<').nth(1).and_then(|r| r.split('>').next()).unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_is_decoded() {
        assert_eq!(decodeer_qp("Caf=C3=A9 en een lange=\r\n regel = 3"), "Café en een lange regel = 3");
    }

    #[test]
    fn a_message_is_kept_and_a_refusal_says_421() {
        let sink = SmtpSink::start();
        let mut c = TcpStream::connect(sink.adres).unwrap();
        let mut lees = BufReader::new(c.try_clone().unwrap());
        let mut antwoord = String::new();
        let mut stap = |c: &mut TcpStream, zend: &str, verwacht: &str| {
            c.write_all(zend.as_bytes()).unwrap();
            loop {
                antwoord.clear();
                lees.read_line(&mut antwoord).unwrap();
                if antwoord.as_bytes().get(3) != Some(&b'-') {
                    break;
                }
            }
            assert!(antwoord.starts_with(verwacht), "{zend}: {antwoord}");
        };
        stap(&mut c, "", "220");
        stap(&mut c, "EHLO test\r\n", "250");
        stap(&mut c, "MAIL FROM:<a@test.nl>\r\n", "250");
        stap(&mut c, "RCPT TO:<b@test.nl>\r\n", "250");
        stap(&mut c, "DATA\r\n", "354");
        stap(&mut c, "Subject: Hallo\r\n\r\n..punt\r\ntekst\r\n.\r\n", "250");
        stap(&mut c, "QUIT\r\n", "221");
        let b = sink.wacht_op(1, Duration::from_secs(5));
        assert_eq!((b[0].van.as_str(), b[0].aan.clone()), ("a@test.nl", vec!["b@test.nl".to_string()]));
        assert_eq!(b[0].kop("subject").as_deref(), Some("Hallo"));
        assert!(b[0].ruw.ends_with("\r\n.punt\r\ntekst\r\n"));
        sink.weiger(true);
        let mut c = TcpStream::connect(sink.adres).unwrap();
        let mut groet = String::new();
        BufReader::new(&mut c).read_line(&mut groet).unwrap();
        assert!(groet.starts_with("421"));
    }
}
