-- FairCheck schema version 3: full-text search over the discretion benchmark items.
-- Trigram tokens match any three or more characters of Chinese text; shorter queries
-- fall back to LIKE (DiscretionSearch).

CREATE VIRTUAL TABLE discretion_search USING fts5(violation, provisions, department, tokenize = 'trigram');

INSERT INTO discretion_search (rowid, violation, provisions, department)
SELECT i.id, i.violation, i.violated_provision || ' ' || i.penalty_provision, d.name || ' ' || d.short_name
FROM discretion_item i JOIN department d ON d.id = i.department_id;

CREATE TRIGGER discretion_item_indexed AFTER INSERT ON discretion_item
BEGIN
    INSERT INTO discretion_search (rowid, violation, provisions, department)
    SELECT NEW.id, NEW.violation, NEW.violated_provision || ' ' || NEW.penalty_provision, d.name || ' ' || d.short_name
    FROM department d WHERE d.id = NEW.department_id;
END;

CREATE TRIGGER discretion_item_reindexed AFTER UPDATE ON discretion_item
BEGIN
    DELETE FROM discretion_search WHERE rowid = OLD.id;
    INSERT INTO discretion_search (rowid, violation, provisions, department)
    SELECT NEW.id, NEW.violation, NEW.violated_provision || ' ' || NEW.penalty_provision, d.name || ' ' || d.short_name
    FROM department d WHERE d.id = NEW.department_id;
END;

CREATE TRIGGER discretion_item_unindexed AFTER DELETE ON discretion_item
BEGIN
    DELETE FROM discretion_search WHERE rowid = OLD.id;
END;
