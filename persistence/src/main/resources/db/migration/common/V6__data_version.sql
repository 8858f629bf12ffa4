-- Portable SQL, the same on every database.
-- The version of everything the API reads, one row: every change advances it in its own transaction, just before it
-- commits (the audit trail records each change), and each server keys the answers it keeps by it, so that a change
-- committed on one server is seen by the next read on any other (graphql-api's ResponseCache).
CREATE TABLE DATA_VERSION (VERSION BIGINT NOT NULL);
INSERT INTO DATA_VERSION (VERSION) VALUES (1);
