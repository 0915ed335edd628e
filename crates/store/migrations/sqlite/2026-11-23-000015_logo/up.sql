-- The organisation's logo, on the head of every report.
CREATE TABLE organisatielogos (
    organisatie_id TEXT PRIMARY KEY REFERENCES organisaties (id),
    mediatype TEXT NOT NULL,
    bytes BLOB NOT NULL,
    gewijzigd BIGINT NOT NULL
);
