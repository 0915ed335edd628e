-- The organisation's vacancies, as imported: the JobPosting (a CSV row as its equivalent) is kept whole and
-- read by the matcher; an import replaces vacancies with the same reference.
CREATE TABLE vacatures (
    id TEXT PRIMARY KEY,
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    referentie TEXT NOT NULL,
    titel TEXT NOT NULL,
    posting TEXT NOT NULL,
    geimporteerd BIGINT NOT NULL,
    UNIQUE (organisatie_id, referentie)
);
-- The employee's consent to share their profile (functional terms) with prospective employers: every
-- giving and withdrawing is kept, the latest counts.
CREATE TABLE profieltoestemmingen (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    gegeven BOOLEAN NOT NULL,
    door TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX profieltoestemmingen_dossier ON profieltoestemmingen (dossier_id, vastgelegd);
-- Each time the coach shared the profile, and for which vacancy.
CREATE TABLE profieldelingen (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    referentie TEXT NOT NULL,
    naam TEXT NOT NULL,
    door TEXT NOT NULL,
    gedeeld BIGINT NOT NULL
);
CREATE INDEX profieldelingen_dossier ON profieldelingen (dossier_id);
