-- The coach's decision on a matched occupation or vacancy: accept, reject (with a reason) or a
-- beoordelingspunt motivated; every decision is kept, the latest counts.
CREATE TABLE matchbesluiten (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    soort TEXT NOT NULL,
    referentie TEXT NOT NULL,
    naam TEXT NOT NULL,
    besluit TEXT NOT NULL,
    toelichting TEXT NOT NULL,
    door TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX matchbesluiten_dossier ON matchbesluiten (dossier_id, referentie);
