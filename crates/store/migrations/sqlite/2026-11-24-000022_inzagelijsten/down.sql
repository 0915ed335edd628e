DROP TABLE inzagelijstregels;
DROP TABLE inzagelijsten;
