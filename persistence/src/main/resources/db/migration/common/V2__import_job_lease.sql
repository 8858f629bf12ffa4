-- Portable SQL, the same on every database (the folder beside each database's own).
-- The server that runs an import holds it by a lease it keeps renewing, so that several servers can share a
-- database: a job whose lease ran out lost its server. Jobs already there have none, as if abandoned: the first
-- server to start ends those still unfinished, as every start did before.
ALTER TABLE IMPORT_JOB ADD COLUMN LEASE_HOLDER VARCHAR(200);
ALTER TABLE IMPORT_JOB ADD COLUMN LEASE_UNTIL TIMESTAMP;
