CREATE INDEX dossiers_coach ON dossiers (coach_id);
