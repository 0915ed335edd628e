-- A generated report (voortgangsrapportage, eindrapportage) stored in the dossier: the PDF is a document
-- (its content in `inhoud`, by SHA-256), this row keeps the period, the coach's narrative parts and who
-- acknowledged it when (employee, coach). Once both did, the document counts as signed by both.
CREATE TABLE rapporten (
    id TEXT PRIMARY KEY,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    document_id TEXT NOT NULL REFERENCES documenten (id),
    soort TEXT NOT NULL,
    van TEXT NOT NULL,
    tot TEXT NOT NULL,
    verhaal TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    gemaakt_door TEXT NOT NULL,
    gemaakt BIGINT NOT NULL,
    werknemer_akkoord_door TEXT,
    werknemer_akkoord BIGINT,
    coach_akkoord_door TEXT,
    coach_akkoord BIGINT
);
CREATE INDEX rapporten_dossier ON rapporten (dossier_id);
