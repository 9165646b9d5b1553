-- Procedure cases (issue 12, ADR 0037): every step of the award procedure (registration, yearly
-- report, nomination …) stores its cases in one table, their transitions in another. A case row is
-- UPDATED only by a command, on the condition that its version is still the one the command read
-- (optimistic concurrency: the loser of a race changes no row and answers 412); its transitions
-- are APPEND-ONLY, numbered 1, 2, 3… within the case, so a second writer of the same step fails on
-- the key even if it got past the version.
--
-- Portable like V1: standard types only, identifiers assigned by the application. The step's own
-- fields (participants, files, deadline …) are the case's body, JSON text the step's mapper reads.

CREATE TABLE procedure_case (
  id            VARCHAR(64)     NOT NULL PRIMARY KEY,
  kind          VARCHAR(40)     NOT NULL,
  plan_code     VARCHAR(100)    NOT NULL,
  unit_code     VARCHAR(64)     NOT NULL,
  state         VARCHAR(40)     NOT NULL,
  version       BIGINT          NOT NULL,
  opened_by     VARCHAR(200)    NOT NULL,
  opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  body          VARCHAR(1000000) NOT NULL,
  CONSTRAINT ck_procedure_case_version CHECK (version >= 1)
);
CREATE INDEX ix_procedure_case_plan ON procedure_case (kind, plan_code, unit_code);

CREATE TABLE procedure_transition (
  case_id       VARCHAR(64)     NOT NULL REFERENCES procedure_case (id),
  seq           INTEGER         NOT NULL,
  command       VARCHAR(40)     NOT NULL,
  from_state    VARCHAR(40)     NOT NULL,
  to_state      VARCHAR(40)     NOT NULL,
  actor         VARCHAR(200)    NOT NULL,
  acted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  reason        VARCHAR(4000),
  PRIMARY KEY (case_id, seq),
  CONSTRAINT ck_procedure_transition_seq CHECK (seq >= 1)
);
