DROP TABLE rapporten;
