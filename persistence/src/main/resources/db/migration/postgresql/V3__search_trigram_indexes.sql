-- PostgreSQL only: the text search (Condition.Search) is SEARCH_TEXT LIKE '%words%' on the folded text, which no
-- B-tree index serves; a trigram index does, so a search reads the matching rows instead of the whole table.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it (or a DBA beforehand).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IX_UNIT_SEARCH ON UNIT USING GIN (SEARCH_TEXT gin_trgm_ops);
CREATE INDEX IX_PROCEDURE_SEARCH ON ADMINISTRATIVE_PROCEDURE USING GIN (SEARCH_TEXT gin_trgm_ops);
CREATE INDEX IX_DOCUMENT_SEARCH ON DOCUMENT USING GIN (SEARCH_TEXT gin_trgm_ops);
CREATE INDEX IX_REPORT_SEARCH ON REPORT USING GIN (SEARCH_TEXT gin_trgm_ops);
CREATE INDEX IX_PLAN_TASK_SEARCH ON PLAN_TASK USING GIN (SEARCH_TEXT gin_trgm_ops);
