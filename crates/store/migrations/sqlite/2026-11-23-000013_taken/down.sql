DROP TABLE meldingen;
DROP TABLE herinneringsvoorkeuren;
DROP TABLE taken;
