CREATE INDEX dossiers_coach ON dossiers (coach_id);
DROP INDEX dossiers_caseload;
