-- FairCheck schema version 5: services to enterprises — invitations (邀约式检查),
-- requests raised at forums tracked to the enterprise's feedback, credit-repair help.

-- An enterprise's invitation: requested → scheduled as an invited visit with a
-- "1 + 1" team (an officer and a technical expert) → done with the advice given;
-- or declined with the reason.
CREATE TABLE invitation (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    requested_on TEXT NOT NULL,
    wanted_on TEXT,
    scope TEXT NOT NULL,
    contact TEXT,
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'scheduled', 'done', 'declined')),
    visit_id INTEGER UNIQUE REFERENCES visit(id),
    department_id INTEGER REFERENCES department(id),
    officer_id INTEGER REFERENCES officer(id),
    expert TEXT,
    advice TEXT,
    follow_up_on TEXT,
    decline_reason TEXT,
    CHECK (status = 'requested' OR status = 'declined' OR visit_id IS NOT NULL)
);
CREATE INDEX invitation_enterprise ON invitation(enterprise_id);
CREATE INDEX invitation_requested ON invitation(requested_on);

-- Invited visits give advice only, kept apart from penalties: no violation finding and
-- no penalty case may come from one.
ALTER TABLE penalty_case ADD COLUMN visit_id INTEGER REFERENCES visit(id);
CREATE TRIGGER penalty_case_not_invited BEFORE INSERT ON penalty_case
WHEN NEW.visit_id IS NOT NULL AND EXISTS (SELECT 1 FROM visit WHERE id = NEW.visit_id AND origin = 'invitation')
BEGIN
    SELECT RAISE(ABORT, 'an invited visit gives advice only and never leads to a penalty case');
END;
CREATE TRIGGER penalty_case_not_invited_update BEFORE UPDATE OF visit_id ON penalty_case
WHEN NEW.visit_id IS NOT NULL AND EXISTS (SELECT 1 FROM visit WHERE id = NEW.visit_id AND origin = 'invitation')
BEGIN
    SELECT RAISE(ABORT, 'an invited visit gives advice only and never leads to a penalty case');
END;
CREATE TRIGGER finding_not_violation_when_invited BEFORE INSERT ON finding
WHEN NEW.result = 'violation' AND EXISTS (SELECT 1 FROM inspection_task t JOIN visit v ON v.id = t.visit_id
                                          WHERE t.id = NEW.task_id AND v.origin = 'invitation')
BEGIN
    SELECT RAISE(ABORT, 'an invited visit gives advice only and records no violation');
END;
CREATE TRIGGER finding_not_violation_when_invited_update BEFORE UPDATE OF result ON finding
WHEN NEW.result = 'violation' AND EXISTS (SELECT 1 FROM inspection_task t JOIN visit v ON v.id = t.visit_id
                                          WHERE t.id = NEW.task_id AND v.origin = 'invitation')
BEGIN
    SELECT RAISE(ABORT, 'an invited visit gives advice only and records no violation');
END;

-- Requests: the enterprise's feedback on the answer; an unsatisfied one reopens it.
ALTER TABLE enterprise_request ADD COLUMN feedback TEXT CHECK (feedback IN ('satisfied', 'unsatisfied'));
ALTER TABLE enterprise_request ADD COLUMN feedback_note TEXT;
CREATE INDEX enterprise_request_raised ON enterprise_request(raised_on);
CREATE TABLE request_step (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES enterprise_request(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('raised', 'answered', 'satisfied', 'reopened')),
    actor TEXT,
    note TEXT
);
CREATE INDEX request_step_request ON request_step(request_id);

-- Credit-repair help: the notices sent to enterprises that may apply, and which
-- applications the service helped with.
CREATE TABLE repair_notice (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    credit_event_id INTEGER NOT NULL REFERENCES credit_event(id),
    issued_on TEXT NOT NULL,
    UNIQUE (credit_event_id)
);
ALTER TABLE credit_repair ADD COLUMN helped INTEGER NOT NULL DEFAULT 0 CHECK (helped IN (0, 1));
-- Whether the service helped with a repair does not change any score: only the
-- columns the credit engine reads mark the enterprise for recompute.
DROP TRIGGER credit_repair_updated;
CREATE TRIGGER credit_repair_updated AFTER UPDATE OF enterprise_id, credit_event_id, applied_on, granted_on, status ON credit_repair
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (NEW.enterprise_id);
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (OLD.enterprise_id);
END;
