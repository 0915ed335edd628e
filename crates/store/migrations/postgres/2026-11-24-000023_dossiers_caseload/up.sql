-- A coach's caseload with each dossier's stand, read from the index alone: what a werkvoorraad checks
-- before it shows again what it showed (store::Store::werkvoorraad_tenzij). It covers dossiers_coach.
CREATE INDEX dossiers_caseload ON dossiers (coach_id, organisatie_id, id, stand);
DROP INDEX dossiers_coach;
