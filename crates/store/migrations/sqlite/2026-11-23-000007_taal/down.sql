ALTER TABLE gebruikers DROP COLUMN taal;
