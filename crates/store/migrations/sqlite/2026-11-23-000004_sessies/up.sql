-- Web sessions: the SHA-256 of the session id, the session's data (JSON) and when it expires.
CREATE TABLE sessies (
    sleutel TEXT PRIMARY KEY,
    gegevens TEXT NOT NULL,
    verloopt BIGINT NOT NULL
);
CREATE INDEX sessies_verloopt ON sessies (verloopt);
