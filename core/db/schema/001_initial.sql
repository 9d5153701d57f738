-- FairCheck schema version 1: the whole glossary of DESIGN.md.
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO text in UTC, money integer fen.
-- Statements end with a semicolon at the end of a line; Migrator splits on that.

CREATE TABLE township (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE justice_office (
    id INTEGER PRIMARY KEY,
    township_id INTEGER NOT NULL UNIQUE REFERENCES township(id),
    name TEXT NOT NULL,
    phone TEXT
);

-- 两张清单: what a justice office must (positive) and must not (negative) do.
CREATE TABLE duty_list_item (
    id INTEGER PRIMARY KEY,
    justice_office_id INTEGER REFERENCES justice_office(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('positive', 'negative')),
    content TEXT NOT NULL
);

CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL
);

CREATE TABLE industry (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    excluded_from_sandbox INTEGER NOT NULL DEFAULT 0 CHECK (excluded_from_sandbox IN (0, 1))
);

CREATE TABLE officer (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES department(id),
    name TEXT NOT NULL,
    resident_id TEXT,
    phone TEXT,
    certificate_no TEXT UNIQUE,
    certificate_expiry TEXT,
    grade TEXT CHECK (grade IN ('excellent', 'good', 'fair', 'poor')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX officer_department ON officer(department_id);

-- credit_score and credit_tier cache the credit engine's last result so that the
-- register can filter and sort a million rows in SQL; the events stay the truth.
CREATE TABLE enterprise (
    id INTEGER PRIMARY KEY,
    uscc TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    legal_representative TEXT,
    legal_representative_id TEXT,
    phone TEXT,
    address TEXT,
    township_id INTEGER REFERENCES township(id),
    industry_code TEXT REFERENCES industry(code),
    registration_date TEXT,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'suspended', 'revoked', 'deregistered')),
    credit_score INTEGER,
    credit_tier TEXT CHECK (credit_tier IN ('A', 'B', 'C', 'D')),
    updated_at TEXT
);
-- Indexes shaped like the register's queries: a filter column followed by name
-- (SQLite appends the rowid), so "WHERE township_id = ? ORDER BY name, id" and
-- "ORDER BY township_id, name, id" both page without sorting.
CREATE INDEX enterprise_name ON enterprise(name);
CREATE INDEX enterprise_township ON enterprise(township_id, name);
CREATE INDEX enterprise_industry ON enterprise(industry_code, name);
CREATE INDEX enterprise_tier ON enterprise(credit_tier, name);
CREATE INDEX enterprise_status ON enterprise(status, name);
CREATE INDEX enterprise_registration ON enterprise(registration_date);
CREATE INDEX enterprise_score ON enterprise(credit_score);

-- 回避: an officer may not inspect an enterprise they have a declared conflict with.
CREATE TABLE officer_conflict (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    declared_on TEXT NOT NULL,
    UNIQUE (officer_id, enterprise_id)
);

CREATE TABLE inspection_item (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES department(id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    basis TEXT,
    random_check INTEGER NOT NULL DEFAULT 1 CHECK (random_check IN (0, 1)),
    UNIQUE (department_id, name)
);

CREATE TABLE inspection_plan (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    seed TEXT NOT NULL,
    algorithm_version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
    CHECK (period_end >= period_start)
);

CREATE TABLE plan_department (
    plan_id INTEGER NOT NULL REFERENCES inspection_plan(id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department(id),
    PRIMARY KEY (plan_id, department_id)
);

-- A visit is one entry into an enterprise; its tasks are the departments' checks.
CREATE TABLE visit (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES inspection_plan(id),
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    scheduled_date TEXT NOT NULL,
    visit_date TEXT,
    origin TEXT NOT NULL DEFAULT 'routine'
        CHECK (origin IN ('routine', 'clue', 'referral', 'invitation', 'recheck')),
    inspection_code TEXT UNIQUE,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled'))
);
CREATE INDEX visit_enterprise ON visit(enterprise_id);
CREATE INDEX visit_date ON visit(visit_date);

CREATE TABLE inspection_task (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES inspection_plan(id),
    visit_id INTEGER REFERENCES visit(id) ON DELETE SET NULL,
    department_id INTEGER NOT NULL REFERENCES department(id),
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    trigger TEXT NOT NULL DEFAULT 'routine'
        CHECK (trigger IN ('routine', 'clue', 'referral', 'invitation', 'recheck'))
);
CREATE INDEX task_visit ON inspection_task(visit_id);
CREATE INDEX task_enterprise ON inspection_task(enterprise_id);

CREATE TABLE task_item (
    task_id INTEGER NOT NULL REFERENCES inspection_task(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES inspection_item(id),
    PRIMARY KEY (task_id, item_id)
);

CREATE TABLE visit_officer (
    visit_id INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
    officer_id INTEGER NOT NULL REFERENCES officer(id),
    PRIMARY KEY (visit_id, officer_id)
);

CREATE TABLE finding (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES inspection_task(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES inspection_item(id),
    result TEXT NOT NULL CHECK (result IN ('compliant', 'rectify', 'violation')),
    note TEXT,
    rectify_deadline TEXT,
    rectified_on TEXT,
    UNIQUE (task_id, item_id)
);

CREATE TABLE satisfaction_rating (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL UNIQUE REFERENCES visit(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_on TEXT NOT NULL,
    comment TEXT
);

CREATE TABLE credit_rule_set (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    effective_from TEXT NOT NULL,
    content TEXT NOT NULL
);

CREATE TABLE credit_event (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    event_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    points INTEGER NOT NULL,
    red_line INTEGER NOT NULL DEFAULT 0 CHECK (red_line IN (0, 1)),
    source_table TEXT,
    source_id INTEGER,
    reason TEXT,
    publicity_end TEXT
);
CREATE INDEX credit_event_enterprise ON credit_event(enterprise_id, event_date);

CREATE TABLE sandbox_membership (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    entered_on TEXT NOT NULL,
    entry_reason TEXT NOT NULL,
    exited_on TEXT,
    exit_reason TEXT,
    CHECK (exited_on IS NULL OR exited_on >= entered_on)
);
CREATE INDEX sandbox_enterprise ON sandbox_membership(enterprise_id);

CREATE TABLE discretion_list (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('benchmark', 'lenient')),
    version TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE discretion_item (
    id INTEGER PRIMARY KEY,
    list_id INTEGER NOT NULL REFERENCES discretion_list(id),
    department_id INTEGER NOT NULL REFERENCES department(id),
    code TEXT NOT NULL,
    violation TEXT NOT NULL,
    violated_provision TEXT NOT NULL,
    penalty_provision TEXT NOT NULL,
    penalty_kinds TEXT NOT NULL,
    min_fine_fen INTEGER CHECK (min_fine_fen >= 0),
    max_fine_fen INTEGER CHECK (max_fine_fen >= 0),
    red_line INTEGER NOT NULL DEFAULT 0 CHECK (red_line IN (0, 1)),
    UNIQUE (list_id, code),
    CHECK (max_fine_fen IS NULL OR min_fine_fen IS NULL OR max_fine_fen >= min_fine_fen)
);

CREATE TABLE discretion_band (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES discretion_item(id) ON DELETE CASCADE,
    band TEXT NOT NULL CHECK (band IN ('no_penalty', 'reduced', 'lighter', 'standard', 'heavier')),
    conditions TEXT NOT NULL,
    min_fine_fen INTEGER CHECK (min_fine_fen >= 0),
    max_fine_fen INTEGER CHECK (max_fine_fen >= 0),
    UNIQUE (item_id, band)
);

CREATE TABLE penalty_case (
    id INTEGER PRIMARY KEY,
    case_no TEXT NOT NULL UNIQUE,
    department_id INTEGER NOT NULL REFERENCES department(id),
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    discretion_item_id INTEGER REFERENCES discretion_item(id),
    decided_on TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('no_penalty', 'reduced', 'lighter', 'standard', 'heavier')),
    fine_fen INTEGER NOT NULL DEFAULT 0 CHECK (fine_fen >= 0),
    reference_fen INTEGER CHECK (reference_fen >= 0),
    facts TEXT,
    bundle_delivered_on TEXT
);
CREATE INDEX penalty_case_enterprise ON penalty_case(enterprise_id);
CREATE INDEX penalty_case_decided ON penalty_case(decided_on);

CREATE TABLE credit_repair (
    id INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    credit_event_id INTEGER REFERENCES credit_event(id),
    applied_on TEXT NOT NULL,
    granted_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('applied', 'granted', 'refused'))
);
CREATE INDEX credit_repair_event ON credit_repair(credit_event_id);
CREATE INDEX credit_repair_enterprise ON credit_repair(enterprise_id);

CREATE TABLE hotline_order (
    id INTEGER PRIMARY KEY,
    order_no TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    category TEXT NOT NULL
        CHECK (category IN ('consultation', 'help', 'complaint', 'suggestion', 'report')),
    content TEXT NOT NULL,
    enterprise_id INTEGER REFERENCES enterprise(id),
    township_id INTEGER REFERENCES township(id),
    department_id INTEGER REFERENCES department(id)
);
CREATE INDEX hotline_order_enterprise ON hotline_order(enterprise_id);

CREATE TABLE clue (
    id INTEGER PRIMARY KEY,
    hotline_order_id INTEGER UNIQUE REFERENCES hotline_order(id),
    department_id INTEGER REFERENCES department(id),
    received_on TEXT NOT NULL,
    deadline TEXT,
    state TEXT NOT NULL
        CHECK (state IN ('received', 'assigned', 'responded', 'rectified', 'verified', 'closed', 'returned')),
    closed_on TEXT,
    complaint_verified INTEGER NOT NULL DEFAULT 0 CHECK (complaint_verified IN (0, 1))
);

CREATE TABLE clue_step (
    id INTEGER PRIMARY KEY,
    clue_id INTEGER NOT NULL REFERENCES clue(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    step_on TEXT NOT NULL,
    done_by TEXT NOT NULL,
    note TEXT
);

CREATE TABLE case_review (
    id INTEGER PRIMARY KEY,
    penalty_case_id INTEGER NOT NULL REFERENCES penalty_case(id),
    reviewer TEXT NOT NULL,
    reviewed_on TEXT NOT NULL,
    veto_failed INTEGER NOT NULL DEFAULT 0 CHECK (veto_failed IN (0, 1)),
    form_score INTEGER NOT NULL CHECK (form_score BETWEEN 0 AND 20),
    content_score INTEGER NOT NULL CHECK (content_score BETWEEN 0 AND 80),
    grade TEXT NOT NULL CHECK (grade IN ('excellent', 'pass', 'fail'))
);

CREATE TABLE officer_score_event (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer(id),
    event_date TEXT NOT NULL,
    dimension TEXT NOT NULL
        CHECK (dimension IN ('political', 'competence', 'conduct', 'service', 'integrity')),
    points INTEGER NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX officer_score_officer ON officer_score_event(officer_id);

CREATE TABLE forum (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    place TEXT,
    township_id INTEGER REFERENCES township(id)
);

CREATE TABLE forum_attendee (
    forum_id INTEGER NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    PRIMARY KEY (forum_id, enterprise_id)
);

CREATE TABLE enterprise_request (
    id INTEGER PRIMARY KEY,
    forum_id INTEGER REFERENCES forum(id),
    enterprise_id INTEGER REFERENCES enterprise(id),
    department_id INTEGER REFERENCES department(id),
    content TEXT NOT NULL,
    raised_on TEXT NOT NULL,
    deadline TEXT,
    closed_on TEXT,
    answer TEXT
);

CREATE TABLE training_session (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('credit_repair', 'law_lecture', 'consultation')),
    place TEXT
);

CREATE TABLE training_attendee (
    session_id INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    PRIMARY KEY (session_id, enterprise_id)
);

CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'clerk', 'viewer')),
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk', 'schema')),
    table_name TEXT NOT NULL,
    row_id INTEGER,
    old_values TEXT,
    new_values TEXT
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT
);
