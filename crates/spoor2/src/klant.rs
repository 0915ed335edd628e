//! An HTTP client that uses the web application as a browser does: it logs in with the password and
//! a TOTP code, keeps the session cookie, gets pages and posts forms. Redirects are not followed, so
//! that a caller sees the `303 See Other` that acknowledges a form.

use std::time::Duration;

/// A user's session with one application address.
pub struct Sessie {
    client: reqwest::Client,
    basis: String,
}

/// A response: its status, where it redirects to, and its body.
#[derive(Debug)]
pub struct Antwoord {
    pub status: u16,
    pub locatie: Option<String>,
    lichaam: bytes::Bytes,
}

impl Antwoord {
    /// The body as text, invalid UTF-8 replaced as reqwest's `text()` does. It is decoded only when
    /// asked: the load test reads every page but looks at the status alone, and decoding a werkvoorraad
    /// of 55 KB was a tenth of the load generator's processor time.
    pub fn tekst(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.lichaam)
    }

    /// A form was accepted: `303 See Other` to a page that says it was recorded.
    pub fn vastgelegd(&self) -> bool {
        self.status == 303 && self.locatie.as_deref().is_some_and(|l| l.contains("vastgelegd=1"))
    }
}

/// The TOTP code of a secret (base32, as the demo prints it) for the 30-second step that holds `seconde`.
pub fn totp_code(geheim: &str, seconde: u64) -> Result<String, String> {
    let geheim = totp_rs::Secret::try_from_base32(geheim).map_err(|e| format!("TOTP-geheim: {e:?}"))?;
    let totp = totp_rs::Builder::new().with_secret(geheim).build().map_err(|e| format!("TOTP: {e:?}"))?;
    Ok(totp.generate(seconde).to_string())
}

impl Sessie {
    /// A session without login yet, against `basis` (`http://127.0.0.1:PORT`), keeping its
    /// connections open between requests as a browser does.
    pub fn nieuw(basis: &str) -> Self {
        Self::bouw(basis, reqwest::Client::builder())
    }

    /// The same, with a new connection for every request: behind a proxy that spreads connections,
    /// every request may reach another server.
    pub fn per_verzoek(basis: &str) -> Self {
        Self::bouw(basis, reqwest::Client::builder().pool_max_idle_per_host(0))
    }

    fn bouw(basis: &str, bouwer: reqwest::ClientBuilder) -> Self {
        let client = bouwer
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .expect("a client without TLS builds");
        Self { client, basis: basis.trim_end_matches('/').to_string() }
    }

    /// The same browser (the same cookies) at another address: another server of the application.
    pub fn op(&self, basis: &str) -> Self {
        Self { client: self.client.clone(), basis: basis.trim_end_matches('/').to_string() }
    }

    /// Logs in with both factors: the password, then the code of `totp_geheim` for the current
    /// 30 seconds (a code works once per account: log an account in at most once per step).
    pub async fn log_in(&self, email: &str, wachtwoord: &str, totp_geheim: &str) -> Result<(), String> {
        let stap1 = self.post("/inloggen", &[("email", email), ("wachtwoord", wachtwoord)]).await?;
        if stap1.status != 303 || stap1.locatie.as_deref() != Some("/tweestap") {
            return Err(format!("inloggen als {email}: {} {:?}", stap1.status, stap1.locatie));
        }
        let nu = jiff::Timestamp::now().as_second() as u64;
        let code = totp_code(totp_geheim, nu)?;
        let stap2 = self.post("/tweestap", &[("code", &code)]).await?;
        match stap2.locatie.as_deref() {
            Some("/werkvoorraad" | "/mijn") if stap2.status == 303 => Ok(()),
            _ => Err(format!("tweede stap als {email}: {} {:?}", stap2.status, stap2.locatie)),
        }
    }

    pub async fn get(&self, pad: &str) -> Result<Antwoord, String> {
        Self::lees(self.client.get(format!("{}{pad}", self.basis)).send().await).await
    }

    /// Posts a form (`application/x-www-form-urlencoded`), as the browser's same-site form does.
    pub async fn post(&self, pad: &str, velden: &[(&str, &str)]) -> Result<Antwoord, String> {
        Self::lees(self.client.post(format!("{}{pad}", self.basis)).form(velden).send().await).await
    }

    /// Posts a file in a form (`multipart/form-data`), as an upload field does.
    pub async fn post_bestand(
        &self,
        pad: &str,
        veld: &str,
        bestandsnaam: &str,
        inhoud: Vec<u8>,
    ) -> Result<Antwoord, String> {
        let deel = reqwest::multipart::Part::bytes(inhoud).file_name(bestandsnaam.to_string());
        let formulier = reqwest::multipart::Form::new().part(veld.to_string(), deel);
        Self::lees(self.client.post(format!("{}{pad}", self.basis)).multipart(formulier).send().await).await
    }

    async fn lees(antwoord: reqwest::Result<reqwest::Response>) -> Result<Antwoord, String> {
        let antwoord = antwoord.map_err(|e| e.to_string())?;
        let status = antwoord.status().as_u16();
        let locatie = antwoord.headers().get(reqwest::header::LOCATION).and_then(|l| l.to_str().ok()).map(String::from);
        let lichaam = antwoord.bytes().await.map_err(|e| e.to_string())?;
        Ok(Antwoord { status, locatie, lichaam })
    }
}
