-- An action that touched no known citizen (a verification of an unknown CCCD, a search that found nobody, a
-- refused read) is audited too: its entry has no citizen, and the area it concerned when one is known.
ALTER TABLE access.audit_entry ALTER COLUMN citizen_id DROP NOT NULL;
