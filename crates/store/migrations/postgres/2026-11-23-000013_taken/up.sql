-- Background jobs, leased from the database so that several application servers share them: a job
-- is claimed with a lease (lease_tot, microseconds since 1970 UTC); a worker that crashes leaves an
-- expired lease, and another worker takes the job over. A failed attempt waits until
-- volgende_poging (exponential backoff) until the attempts run out. `sleutel` is unique: the same
-- job (kind, recipient, day or deadline) is never enqueued twice.
CREATE TABLE taken (
    id TEXT PRIMARY KEY,
    soort TEXT NOT NULL,
    sleutel TEXT NOT NULL UNIQUE,
    -- JSON; ids and codes only, never personal values
    gegevens TEXT NOT NULL,
    -- wachtend, bezig, klaar or mislukt
    status TEXT NOT NULL,
    pogingen INTEGER NOT NULL DEFAULT 0,
    max_pogingen INTEGER NOT NULL,
    volgende_poging BIGINT NOT NULL,
    lease_tot BIGINT,
    werker TEXT,
    laatste_fout TEXT,
    aangemaakt BIGINT NOT NULL,
    afgerond BIGINT
);
CREATE INDEX taken_beschikbaar ON taken (soort, status, volgende_poging);

-- A user's choice for reminders by e-mail (dagelijks: one digest a day; direct; uit) and the
-- secret address of their calendar feed, of which only the SHA-256 is kept.
CREATE TABLE herinneringsvoorkeuren (
    gebruiker_id TEXT PRIMARY KEY REFERENCES gebruikers (id),
    email TEXT NOT NULL DEFAULT 'dagelijks',
    agenda_sha256 TEXT UNIQUE,
    agenda_sinds BIGINT
);

-- In-app notifications: one per user and reminder (dossier, deadline, date, late or coming up).
CREATE TABLE meldingen (
    id TEXT PRIMARY KEY,
    gebruiker_id TEXT NOT NULL REFERENCES gebruikers (id),
    sleutel TEXT NOT NULL UNIQUE,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    wat TEXT NOT NULL,
    datum TEXT NOT NULL,
    te_laat BOOLEAN NOT NULL,
    aangemaakt BIGINT NOT NULL,
    gelezen BIGINT
);
CREATE INDEX meldingen_gebruiker ON meldingen (gebruiker_id, gelezen);
