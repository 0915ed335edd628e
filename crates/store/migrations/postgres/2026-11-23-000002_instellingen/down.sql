DROP TABLE instellingen;
