DROP TABLE organisatielogos;
