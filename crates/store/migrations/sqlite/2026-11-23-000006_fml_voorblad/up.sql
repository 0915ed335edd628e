-- The FML's voorblad (why there are no usable capacities, if so) and a functional explanation per item.
ALTER TABLE belastbaarheid ADD COLUMN geen_benutbare_mogelijkheden TEXT;
ALTER TABLE belastbaarheid ADD COLUMN toelichtingen TEXT NOT NULL DEFAULT '{}';
