//! The BSN at rest: XChaCha20-Poly1305 with a random nonce, bound to the employee's id so that a
//! ciphertext copied to another row does not decrypt.

use base64::Engine;
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use domain::waarden::Bsn;

use crate::StoreFout;

const NONCE: usize = 24;

/// The key; its `Debug` shows nothing.
#[derive(Clone)]
pub struct BsnSleutel(XChaCha20Poly1305);

impl std::fmt::Debug for BsnSleutel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BsnSleutel(***)")
    }
}

impl BsnSleutel {
    /// A key of 32 bytes, written as base64.
    pub fn uit_base64(tekst: &str) -> Result<Self, StoreFout> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(tekst.trim())
            .map_err(|_| StoreFout::Sleutel("de BSN-sleutel is geen geldige base64".into()))?;
        let sleutel: [u8; 32] = bytes
            .try_into()
            .map_err(|b: Vec<u8>| StoreFout::Sleutel(format!("de BSN-sleutel moet 32 bytes zijn, niet {}", b.len())))?;
        Ok(Self(XChaCha20Poly1305::new(&sleutel.into())))
    }

    /// A fixed key for demo mode only: demo data is not real.
    pub fn demo() -> Self {
        Self(XChaCha20Poly1305::new(&[7u8; 32].into()))
    }

    pub fn versleutel(&self, werknemer_id: &str, bsn: &Bsn) -> Vec<u8> {
        self.versleutel_bytes(werknemer_id, bsn.als_tekst().as_bytes())
    }

    pub fn ontsleutel(&self, werknemer_id: &str, opgeslagen: &[u8]) -> Result<Bsn, StoreFout> {
        let fout =
            || StoreFout::Sleutel("het BSN kan niet worden ontsleuteld (andere sleutel of gewijzigde gegevens)".into());
        let platte = self.ontsleutel_bytes(werknemer_id, opgeslagen).map_err(|_| fout())?;
        Bsn::parse(std::str::from_utf8(&platte).map_err(|_| fout())?).map_err(|_| fout())
    }

    /// Encrypts a secret bound to `context` (the id of the row that holds it). The same key protects
    /// the BSNs and the TOTP secrets.
    pub fn versleutel_bytes(&self, context: &str, bytes: &[u8]) -> Vec<u8> {
        let nonce = chacha20poly1305::XNonce::generate();
        let geheim = self
            .0
            .encrypt(&nonce, Payload { msg: bytes, aad: context.as_bytes() })
            .expect("encryption of a short secret cannot fail");
        let mut uit = nonce.to_vec();
        uit.extend(geheim);
        uit
    }

    pub fn ontsleutel_bytes(&self, context: &str, opgeslagen: &[u8]) -> Result<Vec<u8>, StoreFout> {
        let fout = || {
            StoreFout::Sleutel("een geheim kan niet worden ontsleuteld (andere sleutel of gewijzigde gegevens)".into())
        };
        if opgeslagen.len() <= NONCE {
            return Err(fout());
        }
        let (nonce, geheim) = opgeslagen.split_at(NONCE);
        let nonce = chacha20poly1305::XNonce::try_from(nonce).map_err(|_| fout())?;
        self.0.decrypt(&nonce, Payload { msg: geheim, aad: context.as_bytes() }).map_err(|_| fout())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding_to_the_row() {
        let sleutel = BsnSleutel::uit_base64(&base64::engine::general_purpose::STANDARD.encode([1u8; 32])).unwrap();
        let bsn = Bsn::parse("111222333").unwrap();
        let a = sleutel.versleutel("werknemer-a", &bsn);
        let b = sleutel.versleutel("werknemer-a", &bsn);
        assert_ne!(a, b, "a fresh nonce every time");
        assert!(!a.windows(9).any(|w| w == b"111222333"), "no plaintext at rest");
        assert_eq!(sleutel.ontsleutel("werknemer-a", &a).unwrap(), bsn);
        assert!(sleutel.ontsleutel("werknemer-b", &a).is_err(), "bound to the row");
        assert!(BsnSleutel::demo().ontsleutel("werknemer-a", &a).is_err(), "another key");
        assert!(sleutel.ontsleutel("werknemer-a", &a[..10]).is_err());
    }

    #[test]
    fn bad_keys_are_refused_clearly() {
        assert!(BsnSleutel::uit_base64("geen base64!").is_err());
        let kort = base64::engine::general_purpose::STANDARD.encode([1u8; 16]);
        assert!(matches!(BsnSleutel::uit_base64(&kort), Err(StoreFout::Sleutel(m)) if m.contains("32 bytes")));
        assert_eq!(format!("{:?}", BsnSleutel::demo()), "BsnSleutel(***)");
    }
}
