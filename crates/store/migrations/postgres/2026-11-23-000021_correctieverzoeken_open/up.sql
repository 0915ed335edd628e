-- The open requests are looked up on every werkvoorraad view (Store::te_behandelen_correctieverzoeken);
-- without this index SQLite walked every dossier of the organisation to find them.
CREATE INDEX correctieverzoeken_status ON correctieverzoeken (status);
