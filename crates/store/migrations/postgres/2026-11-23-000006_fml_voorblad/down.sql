ALTER TABLE belastbaarheid DROP COLUMN toelichtingen;
ALTER TABLE belastbaarheid DROP COLUMN geen_benutbare_mogelijkheden;
