-- Personal access tokens for the JSON API: a token acts as one user of one organisation. Only the
-- SHA-256 of the secret is kept (hex), never the secret itself: a copy of the database hands out no
-- access. Moments are microseconds since 1970 (UTC).
CREATE TABLE tokens (
    id TEXT PRIMARY KEY,
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    gebruiker_id TEXT NOT NULL REFERENCES gebruikers (id),
    naam TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    aangemaakt BIGINT NOT NULL,
    aangemaakt_door TEXT NOT NULL,
    ingetrokken BIGINT,
    laatst_gebruikt BIGINT
);
CREATE INDEX tokens_organisatie ON tokens (organisatie_id);
