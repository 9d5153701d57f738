-- Schema 18: inspections as the 互联网+监管 platform records them, beside FairCheck's own.
--   platform_no    the platform's record number: a re-import finds the visit again
--   check_kind     双随机抽查, 重点检查, 专项检查, 投诉举报 … as the platform writes it
--   items_text     the items checked, as written
--   result_text    the result as written; problem_found 1 or 0 when it says which
--                  (NULL: not stated, so never taken as a clean inspection)
--   code_used      whether the inspection code (亮码检查) was used, when stated
ALTER TABLE visit ADD COLUMN platform_no TEXT;
ALTER TABLE visit ADD COLUMN check_kind TEXT;
ALTER TABLE visit ADD COLUMN items_text TEXT;
ALTER TABLE visit ADD COLUMN result_text TEXT;
ALTER TABLE visit ADD COLUMN problem_found INTEGER CHECK (problem_found = 0 OR problem_found = 1);
ALTER TABLE visit ADD COLUMN code_used INTEGER CHECK (code_used = 0 OR code_used = 1);
CREATE UNIQUE INDEX visit_platform_no ON visit(platform_no) WHERE platform_no IS NOT NULL;
