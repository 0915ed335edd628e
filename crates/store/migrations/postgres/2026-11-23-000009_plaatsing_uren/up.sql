-- The placement of a traject (coach): JSON {werkgever, functie, contract, uren_per_week, startdatum,
-- loon_per_maand_centen, oud_loon_per_maand_centen, no_risk_polis}.
ALTER TABLE trajecten ADD COLUMN plaatsing TEXT;

-- Nazorg after a placement: the contacts at the set moments, with whether the work lasts.
CREATE TABLE nazorgcontacten (
    id TEXT PRIMARY KEY,
    traject_id TEXT NOT NULL REFERENCES trajecten (id),
    datum TEXT NOT NULL,
    werk_duurt BOOLEAN NOT NULL,
    notitie TEXT NOT NULL,
    door TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX nazorgcontacten_traject ON nazorgcontacten (traject_id, datum);

-- The coach's registered time per category, at a rate (cents per hour); billable lines are exported.
CREATE TABLE urenregels (
    id TEXT PRIMARY KEY,
    traject_id TEXT NOT NULL REFERENCES trajecten (id),
    datum TEXT NOT NULL,
    categorie TEXT NOT NULL,
    minuten INTEGER NOT NULL,
    tarief_centen BIGINT NOT NULL,
    omschrijving TEXT NOT NULL,
    declarabel BOOLEAN NOT NULL,
    door TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX urenregels_traject ON urenregels (traject_id, datum);
