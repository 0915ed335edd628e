-- Settings of this database: whether it holds demo data, and a check value for the BSN key.
CREATE TABLE instellingen (
    naam TEXT PRIMARY KEY,
    waarde TEXT NOT NULL
);
