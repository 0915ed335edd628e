-- The language of a user's pages: 'nl' (the default) or 'en', chosen by the user.
ALTER TABLE gebruikers ADD COLUMN taal TEXT NOT NULL DEFAULT 'nl';
