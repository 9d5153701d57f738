-- FairCheck schema version 10: every insert, update and delete of the record's tables
-- is captured by triggers (made by the program from each table's columns) into
-- change_log with the row's old and new values. The program seals each transaction's
-- changes into the audit chain when it commits; a change made by any other tool stays
-- unsealed and `faircheck-cli audit verify` names it. Captured changes cannot be altered
-- or deleted, only sealed once.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    tbl TEXT NOT NULL,
    row_id INTEGER,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    old_values TEXT,
    new_values TEXT,
    sealed_by INTEGER
);
CREATE INDEX change_log_sealed ON change_log(sealed_by);
CREATE INDEX change_log_row ON change_log(tbl, row_id);

CREATE TRIGGER change_log_kept BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'captured changes cannot be deleted');
END;
CREATE TRIGGER change_log_sealed_once BEFORE UPDATE ON change_log
WHEN OLD.sealed_by IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.tbl IS NOT OLD.tbl
     OR NEW.row_id IS NOT OLD.row_id OR NEW.op IS NOT OLD.op OR NEW.old_values IS NOT OLD.old_values
     OR NEW.new_values IS NOT OLD.new_values
BEGIN
    SELECT RAISE(ABORT, 'captured changes cannot be changed');
END;
