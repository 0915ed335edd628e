-- A list view (the werkvoorraad and the rounds that read it) logs one access-log entry per view
-- (logboek.entiteit 'lijst', entiteit_id the list's hash) naming a list of the dossiers it showed and
-- what of each, instead of one entry per dossier. A list is stored once per organisation, addressed by
-- its content (hash = SHA-256 of inhoud), so the entry's chain hash covers the list as well.
CREATE TABLE inzagelijsten (
    organisatie_id TEXT NOT NULL REFERENCES organisaties (id),
    hash TEXT NOT NULL,
    -- JSON: [[dossier_id, werknemer_id, [gegevens, ...]], ...], by dossier_id.
    inhoud TEXT NOT NULL,
    PRIMARY KEY (organisatie_id, hash)
);
-- The lines of each list by employee, for the employee's access history; derived from inhoud, and
-- checked against it with the chains.
CREATE TABLE inzagelijstregels (
    organisatie_id TEXT NOT NULL,
    werknemer_id TEXT NOT NULL,
    lijst TEXT NOT NULL,
    dossier_id TEXT NOT NULL,
    -- JSON: {"gegevens": [...]}, as a dossier's own access-log entry has it.
    details TEXT NOT NULL,
    PRIMARY KEY (organisatie_id, werknemer_id, lijst, dossier_id),
    FOREIGN KEY (organisatie_id, lijst) REFERENCES inzagelijsten (organisatie_id, hash)
);
