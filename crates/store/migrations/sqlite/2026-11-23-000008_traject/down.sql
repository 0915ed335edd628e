DROP TABLE activiteiten;
DROP TABLE trajectplannen;
DROP TABLE traject_overgangen;
DROP TABLE trajecten;
