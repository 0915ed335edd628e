DROP INDEX logboek_entiteit;
DROP TABLE inzagelijstregels;
DROP TABLE inzagelijsten;
