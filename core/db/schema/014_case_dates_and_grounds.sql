-- Schema 14: what a penalty case and its credit event need for the law to be applied.
--   violated_on   the date of the violation (art. 37: the rule in force then applies,
--                 unless the one in force at the decision is lighter for the party)
--   item_rule     which list version the case was checked against, and why
--   legal_ground  the mandatory ground of a lenient outcome on a red-line item
--                 (no_fault: art. 33 (2); harm_removed, coerced, confessed, meritorious: art. 32)
--   lighter_kind  the penalty imposed is of a lighter kind than the item prescribes
--                 (减轻 may be below the statutory minimum or of a lighter kind)
ALTER TABLE penalty_case ADD COLUMN violated_on TEXT;
ALTER TABLE penalty_case ADD COLUMN item_rule TEXT;
ALTER TABLE penalty_case ADD COLUMN legal_ground TEXT;
ALTER TABLE penalty_case ADD COLUMN lighter_kind INTEGER NOT NULL DEFAULT 0 CHECK (lighter_kind = 0 OR lighter_kind = 1);
-- A credit event's publicity class when its domain sets a longer one than its kind
-- (work safety, fire safety, special equipment: resources/credit/publicity-domains.json).
ALTER TABLE credit_event ADD COLUMN publicity_class TEXT;

-- The one definition of "outside the benchmark". Bands are the list's own amounts where
-- it gives them; else the 30 % split in whole fen, no fen in two bands: 从轻 up to
-- min + floor(30 % of the span), 从重 from max − floor(30 % of the span), 一般 strictly
-- between (DiscretionBands in core computes the same).
DROP VIEW penalty_case_check;
CREATE VIEW penalty_case_check AS
SELECT p.id AS case_id,
       CASE
           WHEN i.id IS NULL THEN 'no_item'
           WHEN i.red_line = 1 AND p.outcome = 'no_penalty' AND COALESCE(p.legal_ground, '') NOT LIKE '%no_fault%'
               THEN 'red_line_lenient'
           WHEN i.red_line = 1 AND (p.outcome = 'reduced' OR p.outcome = 'lighter')
                AND COALESCE(p.legal_ground, '') NOT LIKE '%harm_removed%' AND COALESCE(p.legal_ground, '') NOT LIKE '%coerced%'
                AND COALESCE(p.legal_ground, '') NOT LIKE '%confessed%' AND COALESCE(p.legal_ground, '') NOT LIKE '%meritorious%'
               THEN 'red_line_lenient'
           WHEN p.outcome = 'no_penalty' THEN CASE WHEN p.fine_fen > 0 THEN 'fine_without_penalty' END
           WHEN p.outcome = 'reduced' THEN
               CASE WHEN p.fine_fen >= COALESCE(i.min_fine_fen, 0) AND p.lighter_kind = 0 THEN 'reduced_not_below_minimum' END
           WHEN p.fine_fen < COALESCE(b.min_fine_fen, CASE p.outcome
                   WHEN 'lighter' THEN i.min_fine_fen
                   WHEN 'standard' THEN i.min_fine_fen + (i.max_fine_fen - i.min_fine_fen) * 3 / 10 + 1
                   ELSE i.max_fine_fen - (i.max_fine_fen - i.min_fine_fen) * 3 / 10 END)
                THEN 'below_band'
           WHEN p.fine_fen > COALESCE(b.max_fine_fen, CASE p.outcome
                   WHEN 'lighter' THEN i.min_fine_fen + (i.max_fine_fen - i.min_fine_fen) * 3 / 10
                   WHEN 'standard' THEN i.max_fine_fen - (i.max_fine_fen - i.min_fine_fen) * 3 / 10 - 1
                   ELSE i.max_fine_fen END)
                THEN 'above_band'
       END AS flag
FROM penalty_case p
LEFT JOIN discretion_item i ON i.id = p.discretion_item_id
LEFT JOIN discretion_band b ON b.item_id = i.id AND b.band = p.outcome;
