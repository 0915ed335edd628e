DROP TABLE correctieverzoeken;
