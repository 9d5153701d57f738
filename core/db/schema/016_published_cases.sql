-- Schema 16: penalty cases as departments publish them (行政处罚 双公示).
--   source     recorded here, or imported from a published record
--   published  the published record's other columns (party type, 处罚依据, 处罚类别,
--              处罚内容, confiscated amount, licences, dates, 处罚机关 …) as JSON
--   outcome    may be 'unstated': a published record does not say the band.
ALTER TABLE penalty_case ADD COLUMN source TEXT NOT NULL DEFAULT 'recorded' CHECK (source = 'recorded' OR source = 'published');
ALTER TABLE penalty_case ADD COLUMN published TEXT;

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
           -- A published case does not say its band: only what the law itself bounds is
           -- checked, the statutory maximum, and a fine below the minimum (lawful only as
           -- a reduced penalty, which the record does not state).
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
