-- The emulation schema, portable across PostgreSQL (production) and H2 (embedded default):
-- standard types only, application-assigned identifiers (no IDENTITY), constraints that keep
-- bad data out even when it bypasses the API. row_version columns carry optimistic locking.

CREATE TABLE plan_version (
  id            VARCHAR(36)     NOT NULL PRIMARY KEY,
  plan_code     VARCHAR(100)    NOT NULL,
  version       INTEGER         NOT NULL CHECK (version >= 1),
  title_vi      VARCHAR(1000)   NOT NULL,
  title_en      VARCHAR(1000)   NOT NULL,
  status        VARCHAR(20)     NOT NULL,
  first_year    INTEGER         NOT NULL,
  last_year     INTEGER         NOT NULL,
  document      VARCHAR(2000000) NOT NULL,
  sha256        VARCHAR(64)     NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  row_version   INTEGER         NOT NULL,
  CONSTRAINT uq_plan_version UNIQUE (plan_code, version)
);

CREATE TABLE org_unit (
  code          VARCHAR(50)     NOT NULL PRIMARY KEY,
  unit_level    VARCHAR(20)     NOT NULL,
  opened_on     DATE            NOT NULL,
  closed_on     DATE,
  row_version   INTEGER         NOT NULL,
  CONSTRAINT ck_org_unit_dates CHECK (closed_on IS NULL OR closed_on > opened_on)
);

CREATE TABLE org_unit_placement (
  unit_code     VARCHAR(50)     NOT NULL REFERENCES org_unit (code),
  valid_from    DATE            NOT NULL,
  name          VARCHAR(300)    NOT NULL,
  parent_code   VARCHAR(50)     REFERENCES org_unit (code),
  PRIMARY KEY (unit_code, valid_from)
);

CREATE TABLE org_unit_successor (
  unit_code      VARCHAR(50)    NOT NULL REFERENCES org_unit (code),
  successor_code VARCHAR(50)    NOT NULL REFERENCES org_unit (code),
  PRIMARY KEY (unit_code, successor_code)
);

CREATE TABLE participant (
  id            VARCHAR(64)     NOT NULL PRIMARY KEY,
  plan_code     VARCHAR(100)    NOT NULL,
  kind          VARCHAR(20)     NOT NULL,
  name          VARCHAR(300)    NOT NULL,
  category_code VARCHAR(100)    NOT NULL,
  unit_code     VARCHAR(50)     NOT NULL REFERENCES org_unit (code),
  row_version   INTEGER         NOT NULL
);
CREATE INDEX ix_participant_plan ON participant (plan_code, category_code);

CREATE TABLE measurement_upload (
  id            VARCHAR(36)     NOT NULL PRIMARY KEY,
  plan_code     VARCHAR(100)    NOT NULL,
  sha256        VARCHAR(64)     NOT NULL,
  filename      VARCHAR(300)    NOT NULL,
  media_type    VARCHAR(100)    NOT NULL,
  row_count     INTEGER         NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_measurement_upload UNIQUE (plan_code, sha256)
);

CREATE TABLE measurement (
  id             VARCHAR(36)    NOT NULL PRIMARY KEY,
  plan_code      VARCHAR(100)   NOT NULL,
  indicator_code VARCHAR(50)    NOT NULL,
  unit_code      VARCHAR(50)    NOT NULL REFERENCES org_unit (code),
  period_year    INTEGER        NOT NULL,
  breakdown      VARCHAR(100)   NOT NULL,
  numerator      BIGINT,
  denominator    BIGINT,
  amount         NUMERIC(24, 6),
  upload_id      VARCHAR(36)    REFERENCES measurement_upload (id),
  reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  row_version    INTEGER        NOT NULL,
  CONSTRAINT uq_measurement UNIQUE (plan_code, indicator_code, unit_code, period_year, breakdown),
  CONSTRAINT ck_measurement_kind CHECK (
    (amount IS NULL AND numerator IS NOT NULL AND denominator IS NOT NULL
      AND numerator >= 0 AND denominator >= 0 AND numerator <= denominator)
    OR (amount IS NOT NULL AND numerator IS NULL AND denominator IS NULL AND amount >= 0))
);

CREATE TABLE participant_registration (
  participant_id VARCHAR(64)    NOT NULL REFERENCES participant (id),
  plan_code      VARCHAR(100)   NOT NULL,
  registered_on  DATE,
  row_version    INTEGER        NOT NULL,
  PRIMARY KEY (participant_id, plan_code)
);

CREATE TABLE participant_fact (
  participant_id VARCHAR(64)    NOT NULL REFERENCES participant (id),
  occasion_code  VARCHAR(100)   NOT NULL,
  fact_kind      VARCHAR(20)    NOT NULL,
  fact_key       VARCHAR(100)   NOT NULL,
  answer         VARCHAR(20),
  reference      VARCHAR(300),
  count_value    INTEGER,
  amount_value   BIGINT,
  row_version    INTEGER        NOT NULL,
  PRIMARY KEY (participant_id, occasion_code, fact_kind, fact_key)
);
