-- Schema 17: a supervision finding turned into a clue keeps the finding's key, so the
-- same finding never makes a second clue; its description is the clue's content.
ALTER TABLE clue ADD COLUMN finding_key TEXT;
CREATE UNIQUE INDEX clue_finding_key ON clue(finding_key) WHERE finding_key IS NOT NULL;
