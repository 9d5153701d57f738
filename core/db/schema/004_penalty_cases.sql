-- FairCheck schema version 4: penalty cases checked against their benchmark, and
-- benchmark versions frozen once a case relies on them.

-- A case is open until decided and delivered; only closed cases count in figures.
ALTER TABLE penalty_case ADD COLUMN status TEXT NOT NULL DEFAULT 'closed' CHECK (status IN ('open', 'closed'));
CREATE INDEX penalty_case_item ON penalty_case(discretion_item_id);

-- Versions coexist: a new list version adds rows and never rewrites an item (or its
-- bands) that a case was decided under. Deleting such an item is already refused by
-- the case's foreign key.
CREATE TRIGGER discretion_item_frozen BEFORE UPDATE ON discretion_item
WHEN EXISTS (SELECT 1 FROM penalty_case WHERE discretion_item_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'discretion item is referenced by a penalty case');
END;
CREATE TRIGGER discretion_band_frozen BEFORE UPDATE ON discretion_band
WHEN EXISTS (SELECT 1 FROM penalty_case WHERE discretion_item_id = OLD.item_id)
BEGIN
    SELECT RAISE(ABORT, 'discretion item is referenced by a penalty case');
END;
CREATE TRIGGER discretion_band_kept BEFORE DELETE ON discretion_band
WHEN EXISTS (SELECT 1 FROM penalty_case WHERE discretion_item_id = OLD.item_id)
BEGIN
    SELECT RAISE(ABORT, 'discretion item is referenced by a penalty case');
END;

-- The one definition of "outside the benchmark" (DESIGN.md bands): the band the case's
-- outcome names, as the list stores it, or else the default split of the statutory
-- range (lighter = lowest 30 %, heavier = top 30 %, integer fen as DiscretionBands).
-- flag: NULL when the case follows its benchmark.
CREATE VIEW penalty_case_check AS
SELECT p.id AS case_id,
       CASE
           WHEN i.id IS NULL THEN 'no_item'
           WHEN i.red_line = 1 AND p.outcome IN ('no_penalty', 'reduced', 'lighter') THEN 'red_line_lenient'
           WHEN p.outcome = 'no_penalty' THEN CASE WHEN p.fine_fen > 0 THEN 'fine_without_penalty' END
           WHEN p.outcome = 'reduced' THEN
               CASE WHEN p.fine_fen >= COALESCE(i.min_fine_fen, 0) AND COALESCE(i.min_fine_fen, 0) > 0 THEN 'reduced_not_below_minimum' END
           WHEN p.fine_fen < COALESCE(b.min_fine_fen, CASE p.outcome
                   WHEN 'lighter' THEN i.min_fine_fen
                   WHEN 'standard' THEN i.min_fine_fen + (i.max_fine_fen - i.min_fine_fen) * 3 / 10
                   ELSE i.max_fine_fen - (i.max_fine_fen - i.min_fine_fen) * 3 / 10 END)
                THEN 'below_band'
           WHEN p.fine_fen > COALESCE(b.max_fine_fen, CASE p.outcome
                   WHEN 'lighter' THEN i.min_fine_fen + (i.max_fine_fen - i.min_fine_fen) * 3 / 10
                   WHEN 'standard' THEN i.max_fine_fen - (i.max_fine_fen - i.min_fine_fen) * 3 / 10
                   ELSE i.max_fine_fen END)
                THEN 'above_band'
       END AS flag
FROM penalty_case p
LEFT JOIN discretion_item i ON i.id = p.discretion_item_id
LEFT JOIN discretion_band b ON b.item_id = i.id AND b.band = p.outcome;
