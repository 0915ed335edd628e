DROP INDEX dossiers_coach;
