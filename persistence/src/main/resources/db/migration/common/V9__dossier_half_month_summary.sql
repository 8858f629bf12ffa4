-- Issue 16: the dossier summary by unit and half-month (the 1st to the 14th, the 15th to the month's end), so that
-- statistics of a reporting window cut on the 15th (Công văn 581/BNV-CCHC) read whole summary rows. A quarter's
-- half-months are written with its quarter rows and covered with it (DOSSIER_SUMMARIZED_QUARTER).
CREATE TABLE DOSSIER_UNIT_HALF_MONTH_SUMMARY (
    ID BIGINT NOT NULL,
    CARRIED_OVER BIGINT NOT NULL,
    IN_PROGRESS_NOT_DUE BIGINT NOT NULL,
    IN_PROGRESS_OVERDUE BIGINT NOT NULL,
    ONLINE_RECEIVED BIGINT NOT NULL,
    RECEIVED BIGINT NOT NULL,
    RESOLVED_EARLY BIGINT NOT NULL,
    RESOLVED_LATE BIGINT NOT NULL,
    RESOLVED_ON_TIME BIGINT NOT NULL,
    RETURNED BIGINT NOT NULL,
    WITHDRAWN BIGINT NOT NULL,
    STARTS_ON DATE NOT NULL,
    UNIT_ID BIGINT,
    PRIMARY KEY (ID),
    CONSTRAINT UQ_UNIT_HALFMONTH UNIQUE (UNIT_ID, STARTS_ON),
    CONSTRAINT DSSRNTHLFMNTHSMNTD FOREIGN KEY (UNIT_ID) REFERENCES UNIT (ID)
);

-- The quarters covered so far have no half-months: the summary is dropped and built again from the dossiers, half-months
-- and all, at the next start (StartupData, DossierSummary.buildIfMissing).
DELETE FROM DOSSIER_QUARTER_SUMMARY;
DELETE FROM DOSSIER_UNIT_QUARTER_SUMMARY;
DELETE FROM DOSSIER_SUMMARIZED_QUARTER;
