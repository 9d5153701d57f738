-- FairCheck schema version 6: supervision — clue triage and deadlines, attached
-- evidence and case files, itemised case-file reviews, sourced officer points.

ALTER TABLE clue ADD COLUMN triage_note TEXT;
CREATE INDEX clue_state ON clue(state, deadline);
CREATE INDEX clue_step_clue ON clue_step(clue_id);

-- Files kept in a managed folder beside the database, named by their SHA-256, so a
-- changed or missing file is found by rehashing.
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    owner_table TEXT NOT NULL CHECK (owner_table IN ('clue', 'case_review')),
    owner_id INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    added_on TEXT NOT NULL,
    added_by TEXT
);
CREATE INDEX attachment_owner ON attachment(owner_table, owner_id);

ALTER TABLE case_review ADD COLUMN campaign TEXT;
ALTER TABLE case_review ADD COLUMN checklist_version INTEGER;
CREATE TABLE review_deduction (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES case_review(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('veto', 'form', 'content')),
    item TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points >= 0),
    page TEXT,
    note TEXT
);
CREATE INDEX review_deduction_review ON review_deduction(review_id);
CREATE TABLE review_officer (
    review_id INTEGER NOT NULL REFERENCES case_review(id) ON DELETE CASCADE,
    officer_id INTEGER NOT NULL REFERENCES officer(id),
    PRIMARY KEY (review_id, officer_id)
);

ALTER TABLE officer_score_event ADD COLUMN source TEXT
    CHECK (source IN ('exam', 'training', 'case_review', 'complaint', 'commendation', 'manual'));
ALTER TABLE officer_score_event ADD COLUMN source_id INTEGER;
CREATE INDEX officer_score_date ON officer_score_event(officer_id, event_date);
