DROP TRIGGER dossiers_caseloadstand_in;
DROP TRIGGER dossiers_caseloadstand_wijzig;
DROP TRIGGER dossiers_caseloadstand_uit;
ALTER TABLE gebruikers DROP COLUMN caseloadstand;
