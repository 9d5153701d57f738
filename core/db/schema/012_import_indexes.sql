-- FairCheck schema version 12 (after enterprise.uscc's UNIQUE constraint became the
-- unique index enterprise_uscc, see UniqueConstraintIndex): the index of the dates on
-- which an enterprise's tier changes by itself holds only the enterprises that have
-- such a date. The recompute asks "credit_next_change <= ?", which the partial index
-- serves; an enterprise without a date (every one, right after an import) costs it
-- nothing.
DROP INDEX enterprise_credit_next_change;
CREATE INDEX enterprise_credit_next_change ON enterprise(credit_next_change) WHERE credit_next_change IS NOT NULL;
