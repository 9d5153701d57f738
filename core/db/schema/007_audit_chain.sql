-- FairCheck schema version 7: the audit trail becomes a hash chain. Each entry's hash
-- covers the previous entry's hash and its own fields, so a later edit, deletion or
-- reordering of entries breaks the chain (faircheck-cli audit verify). Entries are
-- append-only for the program: once hashed, an entry can be neither changed nor deleted.
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TRIGGER audit_log_sealed BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;
CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;
