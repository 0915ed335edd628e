-- A coach's caseload stand: raised by the database itself on every change to a dossier of the caseload
-- (whose own stand, migration dossierstand, is raised on every change to what it is read from) and to who
-- is in it, so that a coach's werkvoorraad checks this one number instead of each dossier's stand
-- (store::standen). Two raises for one change are harmless: only equality counts. The raise takes the
-- coach's row lock, so concurrent changes to one caseload raise it one after the other.
ALTER TABLE gebruikers ADD COLUMN caseloadstand BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION caseloadstand() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE gebruikers SET caseloadstand = caseloadstand + 1 WHERE id = OLD.coach_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE gebruikers SET caseloadstand = caseloadstand + 1 WHERE id = NEW.coach_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER dossiers_caseloadstand AFTER INSERT OR UPDATE OR DELETE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION caseloadstand();
