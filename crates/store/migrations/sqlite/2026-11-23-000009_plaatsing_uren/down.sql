DROP TABLE urenregels;
DROP TABLE nazorgcontacten;
ALTER TABLE trajecten DROP COLUMN plaatsing;
