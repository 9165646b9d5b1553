-- The history of corrections of a figure (issue 11, the reporting desk; ADR 0029). Until now a
-- correction replaced the stored value and the earlier one was gone (only the officers' hashed
-- audit log kept a trace, and not of an upload's rows). From now on every value a correction
-- replaces is copied, in the same transaction, into measurement_revision before the row is
-- overwritten: the reporter's history is the stored row plus its revisions, newest first.
-- APPEND-ONLY: the application inserts revisions and never updates or deletes one.
--
-- Who reported a value is kept as well (the token's user): on the value itself, on each revision
-- and on an upload. Values stored before this migration have no known reporter (NULL).
-- Written for H2 and PostgreSQL alike.
ALTER TABLE measurement ADD COLUMN reported_by VARCHAR(200);
ALTER TABLE measurement_upload ADD COLUMN uploaded_by VARCHAR(200);

CREATE TABLE measurement_revision (
  id             VARCHAR(36)    NOT NULL PRIMARY KEY,
  plan_code      VARCHAR(100)   NOT NULL,
  indicator_code VARCHAR(50)    NOT NULL,
  unit_code      VARCHAR(50)    NOT NULL,
  period_year    INTEGER        NOT NULL,
  breakdown      VARCHAR(100)   NOT NULL,
  numerator      BIGINT,
  denominator    BIGINT,
  amount         NUMERIC(24, 6),
  upload_id      VARCHAR(36),
  reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reported_by    VARCHAR(200),
  -- the version the value had while it was the stored one (measurement.row_version then)
  row_version    INTEGER        NOT NULL,
  superseded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_measurement_revision
    UNIQUE (plan_code, indicator_code, unit_code, period_year, breakdown, row_version)
);
