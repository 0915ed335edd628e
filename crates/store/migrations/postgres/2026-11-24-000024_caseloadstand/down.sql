DROP TRIGGER dossiers_caseloadstand ON dossiers;
DROP FUNCTION caseloadstand();
ALTER TABLE gebruikers DROP COLUMN caseloadstand;
