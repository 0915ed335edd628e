DROP TABLE profieldelingen;
DROP TABLE profieltoestemmingen;
DROP TABLE vacatures;
