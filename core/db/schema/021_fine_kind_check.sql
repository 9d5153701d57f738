-- Schema 21: a case fined under a benchmark item whose penalty kinds include no fine is
-- flagged (fine_not_a_kind), whatever its band.
DROP VIEW penalty_case_check;
CREATE VIEW penalty_case_check AS
SELECT p.id AS case_id,
       CASE
           WHEN i.id IS NULL THEN 'no_item'
           -- A fine where the item's penalty kinds have none (责令停产停业 alone, a warning):
           -- no benchmark makes it lawful.
           WHEN p.fine_fen > 0 AND i.penalty_kinds <> '' AND instr(i.penalty_kinds, '罚款') = 0 THEN 'fine_not_a_kind'
           WHEN i.red_line = 1 AND p.outcome = 'no_penalty' AND COALESCE(p.legal_ground, '') NOT LIKE '%no_fault%'
               THEN 'red_line_lenient'
           WHEN i.red_line = 1 AND (p.outcome = 'reduced' OR p.outcome = 'lighter')
                AND COALESCE(p.legal_ground, '') NOT LIKE '%harm_removed%' AND COALESCE(p.legal_ground, '') NOT LIKE '%coerced%'
                AND COALESCE(p.legal_ground, '') NOT LIKE '%confessed%' AND COALESCE(p.legal_ground, '') NOT LIKE '%meritorious%'
               THEN 'red_line_lenient'
           WHEN p.outcome = 'unstated' THEN
               CASE WHEN p.fine_fen > i.max_fine_fen AND i.max_fine_fen > 0 THEN 'above_maximum'
                    WHEN p.fine_fen > 0 AND p.fine_fen < COALESCE(i.min_fine_fen, 0) THEN 'below_minimum_unstated' END
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
