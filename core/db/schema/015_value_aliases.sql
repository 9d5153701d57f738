-- Schema 15: the county's files as they come.
--   value_alias    another way a file writes a department, township, 12345 category or
--                  industry, and what it means here (the register's name, or a category
--                  code): confirmed once by a user, then used by every import.
--   category_text  a 12345 order's category as the export wrote it (感谢, 其他 …); category
--                  keeps the code the triage rules read, now also praise and other.
CREATE TABLE value_alias (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind = 'department' OR kind = 'township' OR kind = 'category' OR kind = 'industry'),
    value TEXT NOT NULL,
    target TEXT NOT NULL,
    UNIQUE (kind, value)
);
ALTER TABLE hotline_order ADD COLUMN category_text TEXT;
