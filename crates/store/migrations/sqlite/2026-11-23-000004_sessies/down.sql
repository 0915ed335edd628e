DROP TABLE sessies;
