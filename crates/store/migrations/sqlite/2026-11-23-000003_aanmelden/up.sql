-- Login: a password (Argon2id, PHC string) and a TOTP second factor per user, with throttling.
CREATE TABLE inloggegevens (
    gebruiker_id TEXT PRIMARY KEY REFERENCES gebruikers (id),
    wachtwoord_hash TEXT NOT NULL,
    -- nonce || XChaCha20-Poly1305 ciphertext of the TOTP secret, bound to the user id
    totp_geheim BLOB,
    totp_actief BOOLEAN NOT NULL DEFAULT FALSE,
    -- the last TOTP time step used: a code is accepted once
    laatste_totp_stap BIGINT NOT NULL DEFAULT 0,
    mislukte_pogingen INTEGER NOT NULL DEFAULT 0,
    geblokkeerd_tot BIGINT NOT NULL DEFAULT 0
);

-- Failed attempts per network address, for throttling.
CREATE TABLE mislukte_aanmeldingen (
    adres TEXT NOT NULL,
    tijdstip BIGINT NOT NULL
);
CREATE INDEX mislukte_aanmeldingen_adres ON mislukte_aanmeldingen (adres, tijdstip);
