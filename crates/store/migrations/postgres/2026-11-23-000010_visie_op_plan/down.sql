ALTER TABLE trajectplannen DROP COLUMN werknemer_visie;
