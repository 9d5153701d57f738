-- FairCheck schema version 2: the credit engine.

ALTER TABLE credit_rule_set ADD COLUMN title TEXT;
ALTER TABLE credit_rule_set ADD COLUMN created_at TEXT;
ALTER TABLE credit_rule_set ADD COLUMN created_by TEXT;

-- When the cached score was computed, and the first later date on which it would
-- change without any new event (an expiry, the end of a red-line period).
ALTER TABLE enterprise ADD COLUMN credit_as_of TEXT;
ALTER TABLE enterprise ADD COLUMN credit_next_change TEXT;
CREATE INDEX enterprise_credit_next_change ON enterprise(credit_next_change);

ALTER TABLE credit_event ADD COLUMN created_by TEXT;
-- Covering index: a full recompute streams every enterprise's events in order from
-- the index alone, without touching the table.
DROP INDEX credit_event_enterprise;
CREATE INDEX credit_event_enterprise ON credit_event(enterprise_id, event_date, id, kind, points, red_line, publicity_end);
-- An event derived from a source record exists once per kind.
CREATE UNIQUE INDEX credit_event_source ON credit_event(source_table, source_id, kind);

ALTER TABLE sandbox_membership ADD COLUMN decision_no TEXT;
ALTER TABLE sandbox_membership ADD COLUMN decided_by TEXT;

ALTER TABLE credit_repair ADD COLUMN decision_no TEXT;

-- Enterprises whose score must be recomputed: any change to their events, repairs,
-- industry or status marks them, whichever program made it.
CREATE TABLE credit_dirty (
    enterprise_id INTEGER PRIMARY KEY
);

CREATE TRIGGER credit_event_inserted AFTER INSERT ON credit_event
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (NEW.enterprise_id);
END;

CREATE TRIGGER credit_event_updated AFTER UPDATE ON credit_event
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (OLD.enterprise_id);
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (NEW.enterprise_id);
END;

CREATE TRIGGER credit_event_deleted AFTER DELETE ON credit_event
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (OLD.enterprise_id);
END;

CREATE TRIGGER credit_repair_inserted AFTER INSERT ON credit_repair
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (NEW.enterprise_id);
END;

CREATE TRIGGER credit_repair_updated AFTER UPDATE ON credit_repair
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (NEW.enterprise_id);
END;

CREATE TRIGGER enterprise_credit_facts_updated AFTER UPDATE OF industry_code, status ON enterprise
BEGIN
    INSERT OR IGNORE INTO credit_dirty (enterprise_id) VALUES (NEW.id);
END;
