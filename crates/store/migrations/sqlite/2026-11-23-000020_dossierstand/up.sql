-- A dossier's stand: raised by the database itself on every change to what a dossier and its traject
-- are read from (store::laad_dossiers, store::traject::laad_trajecten), so that a server may keep what
-- it read and know, from this number alone, when that is stale. A table read there needs a trigger here.
ALTER TABLE dossiers ADD COLUMN stand BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER dossiers_stand AFTER UPDATE ON dossiers WHEN NEW.stand = OLD.stand
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = NEW.id; END;

CREATE TRIGGER ziekteperiodes_stand_in AFTER INSERT ON ziekteperiodes
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = NEW.dossier_id; END;
CREATE TRIGGER ziekteperiodes_stand_wijzig AFTER UPDATE ON ziekteperiodes
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (OLD.dossier_id, NEW.dossier_id); END;
CREATE TRIGGER ziekteperiodes_stand_uit AFTER DELETE ON ziekteperiodes
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = OLD.dossier_id; END;

CREATE TRIGGER wazo_verlof_stand_in AFTER INSERT ON wazo_verlof
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = NEW.dossier_id; END;
CREATE TRIGGER wazo_verlof_stand_wijzig AFTER UPDATE ON wazo_verlof
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (OLD.dossier_id, NEW.dossier_id); END;
CREATE TRIGGER wazo_verlof_stand_uit AFTER DELETE ON wazo_verlof
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = OLD.dossier_id; END;

CREATE TRIGGER gebeurtenissen_stand_in AFTER INSERT ON gebeurtenissen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = NEW.dossier_id; END;
CREATE TRIGGER gebeurtenissen_stand_wijzig AFTER UPDATE ON gebeurtenissen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (OLD.dossier_id, NEW.dossier_id); END;
CREATE TRIGGER gebeurtenissen_stand_uit AFTER DELETE ON gebeurtenissen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = OLD.dossier_id; END;

CREATE TRIGGER trajecten_stand_in AFTER INSERT ON trajecten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = NEW.dossier_id; END;
CREATE TRIGGER trajecten_stand_wijzig AFTER UPDATE ON trajecten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (OLD.dossier_id, NEW.dossier_id); END;
CREATE TRIGGER trajecten_stand_uit AFTER DELETE ON trajecten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = OLD.dossier_id; END;

CREATE TRIGGER traject_overgangen_stand_in AFTER INSERT ON traject_overgangen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = NEW.traject_id); END;
CREATE TRIGGER traject_overgangen_stand_wijzig AFTER UPDATE ON traject_overgangen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (SELECT dossier_id FROM trajecten WHERE id IN (OLD.traject_id, NEW.traject_id)); END;
CREATE TRIGGER traject_overgangen_stand_uit AFTER DELETE ON traject_overgangen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = OLD.traject_id); END;

CREATE TRIGGER trajectplannen_stand_in AFTER INSERT ON trajectplannen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = NEW.traject_id); END;
CREATE TRIGGER trajectplannen_stand_wijzig AFTER UPDATE ON trajectplannen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (SELECT dossier_id FROM trajecten WHERE id IN (OLD.traject_id, NEW.traject_id)); END;
CREATE TRIGGER trajectplannen_stand_uit AFTER DELETE ON trajectplannen
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = OLD.traject_id); END;

CREATE TRIGGER activiteiten_stand_in AFTER INSERT ON activiteiten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = NEW.traject_id); END;
CREATE TRIGGER activiteiten_stand_wijzig AFTER UPDATE ON activiteiten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (SELECT dossier_id FROM trajecten WHERE id IN (OLD.traject_id, NEW.traject_id)); END;
CREATE TRIGGER activiteiten_stand_uit AFTER DELETE ON activiteiten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = OLD.traject_id); END;

CREATE TRIGGER nazorgcontacten_stand_in AFTER INSERT ON nazorgcontacten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = NEW.traject_id); END;
CREATE TRIGGER nazorgcontacten_stand_wijzig AFTER UPDATE ON nazorgcontacten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (SELECT dossier_id FROM trajecten WHERE id IN (OLD.traject_id, NEW.traject_id)); END;
CREATE TRIGGER nazorgcontacten_stand_uit AFTER DELETE ON nazorgcontacten
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = OLD.traject_id); END;

CREATE TRIGGER urenregels_stand_in AFTER INSERT ON urenregels
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = NEW.traject_id); END;
CREATE TRIGGER urenregels_stand_wijzig AFTER UPDATE ON urenregels
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id IN (SELECT dossier_id FROM trajecten WHERE id IN (OLD.traject_id, NEW.traject_id)); END;
CREATE TRIGGER urenregels_stand_uit AFTER DELETE ON urenregels
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE id = (SELECT dossier_id FROM trajecten WHERE id = OLD.traject_id); END;

-- Names shown with a dossier and its traject.
CREATE TRIGGER werknemers_stand AFTER UPDATE ON werknemers
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE werknemer_id = NEW.id; END;
CREATE TRIGGER werkgevers_stand AFTER UPDATE OF naam ON werkgevers
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE werknemer_id IN (SELECT id FROM werknemers WHERE werkgever_id = NEW.id); END;
CREATE TRIGGER gebruikers_stand_wijzig AFTER UPDATE OF naam ON gebruikers
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE organisatie_id = NEW.organisatie_id; END;
CREATE TRIGGER gebruikers_stand_uit AFTER DELETE ON gebruikers
BEGIN UPDATE dossiers SET stand = stand + 1 WHERE organisatie_id = OLD.organisatie_id; END;
