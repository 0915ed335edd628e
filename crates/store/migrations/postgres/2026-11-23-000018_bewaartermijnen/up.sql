-- The organisation's bewaartermijnen, in whole years (the bounds are domain::bewaartermijn's); without a
-- row the defaults hold: 2 years, 5 for an eigenrisicodrager, 20 for the medical file.
CREATE TABLE bewaartermijnen (
    organisatie_id TEXT PRIMARY KEY REFERENCES organisaties (id),
    dossier_jaren INTEGER NOT NULL,
    eigenrisicodrager_jaren INTEGER NOT NULL,
    medisch_jaren INTEGER NOT NULL,
    gewijzigd BIGINT NOT NULL
);

-- When the dossier was anonymised after its term (NULL: not yet). What is left serves the figures only.
ALTER TABLE dossiers ADD COLUMN geanonimiseerd BIGINT;

-- Who an anonymised dossier's medical file is about, while that file is kept: for the bedrijfsarts only.
-- The BSN stays encrypted as it was (bound to the employee's id).
CREATE TABLE bewaarde_identiteiten (
    werknemer_id TEXT PRIMARY KEY REFERENCES werknemers (id),
    voornaam TEXT NOT NULL,
    achternaam TEXT NOT NULL,
    bsn_versleuteld BYTEA NOT NULL
);
