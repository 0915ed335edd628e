-- The spoor 2 traject of a dossier: its phase, the advice, the commission and the intake.
CREATE TABLE trajecten (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL UNIQUE REFERENCES dossiers (id),
    fase TEXT NOT NULL,
    afsluitreden TEXT,
    -- The advice (arbeidsdeskundige): JSON {datum, conclusie, zoekrichtingen, aanbevolen_start}.
    advies TEXT NOT NULL,
    -- The commission (employer): JSON {datum, uitvoerder, start, duur_weken, budget_centen, rapportage_interval_weken}.
    opdracht TEXT,
    -- The intake and assessment (coach): JSON, with the zoekprofiel.
    intake TEXT,
    aangemaakt BIGINT NOT NULL
);

-- Every move of a traject from one phase to the next, dated, by whom.
CREATE TABLE traject_overgangen (
    id TEXT PRIMARY KEY,
    traject_id TEXT NOT NULL REFERENCES trajecten (id),
    van TEXT NOT NULL,
    naar TEXT NOT NULL,
    datum TEXT NOT NULL,
    reden TEXT,
    door TEXT NOT NULL,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX traject_overgangen_traject ON traject_overgangen (traject_id);

-- The trajectplan in versions; old versions stay readable. Approval by employee and employer.
CREATE TABLE trajectplannen (
    traject_id TEXT NOT NULL REFERENCES trajecten (id),
    versie INTEGER NOT NULL,
    datum TEXT NOT NULL,
    inhoud TEXT NOT NULL,
    door TEXT NOT NULL,
    werknemer_akkoord_door TEXT,
    werknemer_akkoord_op BIGINT,
    werkgever_akkoord_door TEXT,
    werkgever_akkoord_op BIGINT,
    vastgelegd BIGINT NOT NULL,
    PRIMARY KEY (traject_id, versie)
);

-- The activity log: coaching sessions, applications, conversations, training, work trials, contacts.
CREATE TABLE activiteiten (
    id TEXT PRIMARY KEY,
    traject_id TEXT NOT NULL REFERENCES trajecten (id),
    soort TEXT NOT NULL,
    datum TEXT NOT NULL,
    minuten INTEGER NOT NULL,
    -- JSON: doel, met_wie, afspraken, vervolg, volgende_afspraak, and per kind (vacature, werkgever, kanaal, status; gastwerkgever, uren_per_week, van, tot).
    inhoud TEXT NOT NULL,
    ingevoerd_door TEXT NOT NULL,
    bevestigd_door TEXT,
    vastgelegd BIGINT NOT NULL
);
CREATE INDEX activiteiten_traject ON activiteiten (traject_id, datum);
