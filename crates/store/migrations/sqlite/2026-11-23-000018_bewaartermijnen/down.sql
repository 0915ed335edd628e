DROP TABLE bewaarde_identiteiten;
ALTER TABLE dossiers DROP COLUMN geanonimiseerd;
DROP TABLE bewaartermijnen;
