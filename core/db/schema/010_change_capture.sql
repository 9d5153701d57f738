-- FairCheck schema version 10: every insert, update and delete of the record's tables
-- is captured by triggers (made by the program from each table's columns) into
-- change_log with the row's old and new values. When the program commits a transaction
-- it seals the range of changes the transaction made into the audit chain (their count
-- and SHA-256); a change made by any other tool falls outside every sealed range and
-- `faircheck-cli audit verify` names it. Captured changes are append-only. No time and
-- no index per row: the sealing audit entry has the time, and a bulk import must not
-- pay for either a million times.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id INTEGER,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    old_values TEXT,
    new_values TEXT
);

CREATE TRIGGER change_log_kept BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'captured changes cannot be deleted');
END;
CREATE TRIGGER change_log_fixed BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'captured changes cannot be changed');
END;
