-- The employee's own view on a version of the trajectplan.
ALTER TABLE trajectplannen ADD COLUMN werknemer_visie TEXT;
