-- The employee's requests to correct their data (AVG art. 16), settled by whoever writes the part.
CREATE TABLE correctieverzoeken (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    onderdeel TEXT NOT NULL,
    wat_onjuist TEXT NOT NULL,
    wat_juist TEXT NOT NULL,
    ingediend_door TEXT NOT NULL REFERENCES gebruikers (id),
    ingediend BIGINT NOT NULL,
    status TEXT NOT NULL,
    reden TEXT,
    afgehandeld_door TEXT REFERENCES gebruikers (id),
    afgehandeld BIGINT
);
CREATE INDEX correctieverzoeken_dossier ON correctieverzoeken (dossier_id, ingediend);
