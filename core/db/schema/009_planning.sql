-- FairCheck schema version 9: inspection plans as the planner makes them.
-- The population a plan drew from is kept (compressed text, one line per enterprise:
-- USCC, tier, township code, industry, sandbox) with its SHA-256, so the draw can be
-- re-run and checked by anyone, however the register changes later.
ALTER TABLE inspection_plan ADD COLUMN created_at TEXT;
ALTER TABLE inspection_plan ADD COLUMN population BLOB;
ALTER TABLE inspection_plan ADD COLUMN population_sha256 TEXT;
ALTER TABLE inspection_plan ADD COLUMN sampling TEXT;
ALTER TABLE inspection_plan ADD COLUMN officers_per_day INTEGER NOT NULL DEFAULT 3;

-- A department's scope in a plan: industry codes and township codes (comma lists,
-- empty for all) and the window its checks fall in.
ALTER TABLE plan_department ADD COLUMN industries TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_department ADD COLUMN townships TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_department ADD COLUMN window_start TEXT;
ALTER TABLE plan_department ADD COLUMN window_end TEXT;

-- drawn: the task holds a routine draw (possibly joined to a clue or re-check task).
ALTER TABLE inspection_task ADD COLUMN drawn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inspection_task ADD COLUMN source TEXT;
CREATE INDEX task_plan ON inspection_task(plan_id);
CREATE INDEX visit_plan ON visit(plan_id, scheduled_date);

-- What a plan could not hold (blocked by a cap, no day, no officer) or warns about.
CREATE TABLE plan_exception (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES inspection_plan(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('blocked', 'unscheduled', 'warning')),
    department_id INTEGER REFERENCES department(id),
    enterprise_id INTEGER REFERENCES enterprise(id),
    trigger TEXT NOT NULL,
    drawn INTEGER NOT NULL DEFAULT 0 CHECK (drawn IN (0, 1)),
    reason TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX plan_exception_plan ON plan_exception(plan_id);
