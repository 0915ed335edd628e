-- A dossier's stand: raised by the database itself on every change to what a dossier and its traject
-- are read from (store::laad_dossiers, store::traject::laad_trajecten), so that a server may keep what
-- it read and know, from this number alone, when that is stale. A table read there needs a trigger here.
ALTER TABLE dossiers ADD COLUMN stand BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION dossierstand_zelf() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stand = OLD.stand THEN
        NEW.stand := OLD.stand + 1;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER dossiers_stand BEFORE UPDATE ON dossiers FOR EACH ROW EXECUTE FUNCTION dossierstand_zelf();

-- For a row with a dossier_id.
CREATE FUNCTION dossierstand_via_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE dossiers SET stand = stand + 1 WHERE id = OLD.dossier_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE dossiers SET stand = stand + 1 WHERE id = NEW.dossier_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER ziekteperiodes_stand AFTER INSERT OR UPDATE OR DELETE ON ziekteperiodes
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_dossier();
CREATE TRIGGER wazo_verlof_stand AFTER INSERT OR UPDATE OR DELETE ON wazo_verlof
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_dossier();
CREATE TRIGGER gebeurtenissen_stand AFTER INSERT OR UPDATE OR DELETE ON gebeurtenissen
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_dossier();
CREATE TRIGGER trajecten_stand AFTER INSERT OR UPDATE OR DELETE ON trajecten
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_dossier();

-- For a row of a traject.
CREATE FUNCTION dossierstand_via_traject() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = OLD.traject_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = NEW.traject_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER traject_overgangen_stand AFTER INSERT OR UPDATE OR DELETE ON traject_overgangen
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_traject();
CREATE TRIGGER trajectplannen_stand AFTER INSERT OR UPDATE OR DELETE ON trajectplannen
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_traject();
CREATE TRIGGER activiteiten_stand AFTER INSERT OR UPDATE OR DELETE ON activiteiten
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_traject();
CREATE TRIGGER nazorgcontacten_stand AFTER INSERT OR UPDATE OR DELETE ON nazorgcontacten
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_traject();
CREATE TRIGGER urenregels_stand AFTER INSERT OR UPDATE OR DELETE ON urenregels
    FOR EACH ROW EXECUTE FUNCTION dossierstand_via_traject();

-- Names shown with a dossier and its traject.
CREATE FUNCTION dossierstand_werknemer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dossiers SET stand = stand + 1 WHERE werknemer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER werknemers_stand AFTER UPDATE ON werknemers
    FOR EACH ROW EXECUTE FUNCTION dossierstand_werknemer();

CREATE FUNCTION dossierstand_werkgever() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dossiers SET stand = stand + 1
        WHERE werknemer_id IN (SELECT id FROM werknemers WHERE werkgever_id = NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER werkgevers_stand AFTER UPDATE OF naam ON werkgevers
    FOR EACH ROW EXECUTE FUNCTION dossierstand_werkgever();

CREATE FUNCTION dossierstand_gebruiker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE dossiers SET stand = stand + 1 WHERE organisatie_id = OLD.organisatie_id;
    ELSE
        UPDATE dossiers SET stand = stand + 1 WHERE organisatie_id = NEW.organisatie_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER gebruikers_stand AFTER UPDATE OF naam OR DELETE ON gebruikers
    FOR EACH ROW EXECUTE FUNCTION dossierstand_gebruiker();
