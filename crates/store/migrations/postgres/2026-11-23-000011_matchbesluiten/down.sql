DROP TABLE matchbesluiten;
