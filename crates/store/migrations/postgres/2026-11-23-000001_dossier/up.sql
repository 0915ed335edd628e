-- The re-integratiedossier. Types chosen to mean the same on SQLite and PostgreSQL:
-- ids are UUID text, dates ISO text (JJJJ-MM-DD), moments BIGINT microseconds since 1970 (UTC).

CREATE TABLE organisaties (
    id TEXT PRIMARY KEY,
    naam TEXT NOT NULL,
    soort TEXT NOT NULL CHECK (soort IN ('bureau', 'arbodienst', 'werkgever')),
    aangemaakt BIGINT NOT NULL,
    -- the head of this organisation's log chain, updated with every entry: a deleted tail is detected
    logboek_lengte BIGINT NOT NULL DEFAULT 0,
    logboek_kop TEXT NOT NULL DEFAULT ''
);

CREATE TABLE werkgevers (
    id TEXT PRIMARY KEY,
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    naam TEXT NOT NULL,
    eigenrisicodrager BOOLEAN NOT NULL
);
CREATE INDEX werkgevers_organisatie ON werkgevers (organisatie_id);

CREATE TABLE werknemers (
    id TEXT PRIMARY KEY,
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    werkgever_id TEXT NOT NULL REFERENCES werkgevers (id),
    voornaam TEXT NOT NULL,
    achternaam TEXT NOT NULL,
    email TEXT,
    telefoon TEXT,
    functie TEXT NOT NULL,
    contracturen_per_week_x100 INTEGER NOT NULL,
    postcode TEXT NOT NULL,
    opleidingsniveau TEXT NOT NULL,
    -- nonce || XChaCha20-Poly1305 ciphertext, bound to the row id
    bsn_versleuteld BYTEA NOT NULL
);
CREATE INDEX werknemers_werkgever ON werknemers (werkgever_id);

CREATE TABLE gebruikers (
    id TEXT PRIMARY KEY,
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    email TEXT NOT NULL UNIQUE,
    naam TEXT NOT NULL,
    rol TEXT NOT NULL CHECK (rol IN ('werknemer', 'werkgever', 'coach', 'arbeidsdeskundige', 'bedrijfsarts', 'beheerder')),
    -- for the role werknemer: the employee this account belongs to
    werknemer_id TEXT REFERENCES werknemers (id),
    aangemaakt BIGINT NOT NULL
);

-- Scope: the employers a user works for (werkgever, arbeidsdeskundige, bedrijfsarts).
CREATE TABLE gebruiker_werkgevers (
    gebruiker_id TEXT NOT NULL REFERENCES gebruikers (id),
    werkgever_id TEXT NOT NULL REFERENCES werkgevers (id),
    PRIMARY KEY (gebruiker_id, werkgever_id)
);

CREATE TABLE dossiers (
    id TEXT PRIMARY KEY,
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    werknemer_id TEXT NOT NULL REFERENCES werknemers (id),
    -- the coach whose caseload holds this dossier
    coach_id TEXT REFERENCES gebruikers (id),
    -- optimistic concurrency: every change raises it by one
    versie BIGINT NOT NULL,
    vrijwillige_verlenging_tot TEXT,
    loonsanctie_weken INTEGER,
    aangemaakt BIGINT NOT NULL
);
CREATE INDEX dossiers_organisatie ON dossiers (organisatie_id);
CREATE INDEX dossiers_werknemer ON dossiers (werknemer_id);

CREATE TABLE ziekteperiodes (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    van TEXT NOT NULL,
    tot_en_met TEXT
);
CREATE INDEX ziekteperiodes_dossier ON ziekteperiodes (dossier_id);

CREATE TABLE wazo_verlof (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    van TEXT NOT NULL,
    tot_en_met TEXT NOT NULL
);
CREATE INDEX wazo_verlof_dossier ON wazo_verlof (dossier_id);

CREATE TABLE gebeurtenissen (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    soort TEXT NOT NULL,
    datum TEXT NOT NULL,
    betreft TEXT,
    reden TEXT,
    toelichting TEXT,
    vastgelegd_door TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX gebeurtenissen_dossier ON gebeurtenissen (dossier_id);

-- Document contents, stored once per SHA-256.
CREATE TABLE inhoud (
    sha256 TEXT PRIMARY KEY,
    bytes BYTEA NOT NULL
);

CREATE TABLE documenten (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    soort TEXT NOT NULL,
    titel TEXT NOT NULL,
    datum TEXT NOT NULL,
    auteur TEXT NOT NULL,
    ondertekend_door TEXT,
    bestandsnaam TEXT NOT NULL,
    mediatype TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES inhoud (sha256),
    medisch BOOLEAN NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX documenten_dossier ON documenten (dossier_id);

CREATE TABLE notities (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    auteur_id TEXT NOT NULL REFERENCES gebruikers (id),
    datum TEXT NOT NULL,
    tekst TEXT NOT NULL,
    medisch BOOLEAN NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX notities_dossier ON notities (dossier_id);

-- Belastbaarheid (FML): items as JSON {"1.1": 1, ...}; prognosis in time terms.
CREATE TABLE belastbaarheid (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    datum TEXT NOT NULL,
    auteur_id TEXT NOT NULL REFERENCES gebruikers (id),
    items TEXT NOT NULL,
    prognose TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX belastbaarheid_dossier ON belastbaarheid (dossier_id);

-- The append-only audit and access log, hash-chained per organisation.
-- soort: 'wijziging' (a write), 'inzage' (a read of a dossier), 'medisch' (a read of medical data).
CREATE TABLE logboek (
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    volgnummer BIGINT NOT NULL,
    tijdstip BIGINT NOT NULL,
    actor TEXT NOT NULL,
    soort TEXT NOT NULL CHECK (soort IN ('wijziging', 'inzage', 'medisch')),
    entiteit TEXT NOT NULL,
    entiteit_id TEXT NOT NULL,
    werknemer_id TEXT,
    context TEXT NOT NULL,
    details TEXT NOT NULL,
    vorige_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (organisatie_id, volgnummer)
);
