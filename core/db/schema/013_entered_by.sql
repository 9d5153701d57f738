-- Schema 13: who entered a step, review or decision, beside the name it was entered
-- for. A supervisor may record a step taken by a colleague; the record then says
-- both, and the author of the entry is always the user who was signed in.
ALTER TABLE clue_step ADD COLUMN entered_by TEXT;
ALTER TABLE case_review ADD COLUMN entered_by TEXT;
ALTER TABLE sandbox_membership ADD COLUMN entered_by TEXT;
