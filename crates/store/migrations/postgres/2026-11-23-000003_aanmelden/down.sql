DROP TABLE mislukte_aanmeldingen;
DROP TABLE inloggegevens;
