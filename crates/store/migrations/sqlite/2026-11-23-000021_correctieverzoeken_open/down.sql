DROP INDEX correctieverzoeken_status;
