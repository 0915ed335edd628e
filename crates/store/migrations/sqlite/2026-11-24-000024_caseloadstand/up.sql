-- A coach's caseload stand: raised by the database itself on every change to a dossier of the caseload
-- (whose own stand, migration dossierstand, is raised on every change to what it is read from) and to who
-- is in it, so that a coach's werkvoorraad checks this one number instead of each dossier's stand
-- (store::standen). Two raises for one change are harmless: only equality counts.
ALTER TABLE gebruikers ADD COLUMN caseloadstand BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER dossiers_caseloadstand_in AFTER INSERT ON dossiers
BEGIN UPDATE gebruikers SET caseloadstand = caseloadstand + 1 WHERE id = NEW.coach_id; END;
CREATE TRIGGER dossiers_caseloadstand_wijzig AFTER UPDATE ON dossiers
BEGIN UPDATE gebruikers SET caseloadstand = caseloadstand + 1 WHERE id IN (OLD.coach_id, NEW.coach_id); END;
CREATE TRIGGER dossiers_caseloadstand_uit AFTER DELETE ON dossiers
BEGIN UPDATE gebruikers SET caseloadstand = caseloadstand + 1 WHERE id = OLD.coach_id; END;
