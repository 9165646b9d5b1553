-- Stored evaluation runs (issue 9, item 5c): an occasion's verdicts computed once and kept, so that
-- a nomination, an appraisal and the council refer to the verdict they saw, never to one computed
-- again later on changed data. APPEND-ONLY like the audit log: the application inserts a run with
-- its participants and verdicts in one transaction and never updates or deletes a row.
--
-- Portable like V1: standard types only, identifiers assigned by the application (a run's id is a
-- UUID). Explanations are JSON text (every criterion result with its bilingual wording), read and
-- written by the application; the database only keeps them.

CREATE TABLE evaluation_run (
  id                VARCHAR(36)     NOT NULL PRIMARY KEY,
  plan_code         VARCHAR(100)    NOT NULL,
  plan_version      INTEGER         NOT NULL,
  occasion_code     VARCHAR(100)    NOT NULL,
  as_of             DATE            NOT NULL,
  started_by        VARCHAR(200)    NOT NULL,
  started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  participant_count INTEGER         NOT NULL,
  status            VARCHAR(20)     NOT NULL,
  -- the version the verdicts were computed with is stored, and stays (versions never change)
  CONSTRAINT fk_evaluation_run_plan FOREIGN KEY (plan_code, plan_version)
    REFERENCES plan_version (plan_code, version),
  CONSTRAINT ck_evaluation_run_count CHECK (participant_count >= 0),
  CONSTRAINT ck_evaluation_run_status CHECK (status IN ('COMPLETE'))
);
-- the runs of an occasion, newest first
CREATE INDEX ix_evaluation_run_occasion ON evaluation_run (plan_code, occasion_code, started_at);

-- Each participant as the run judged it (a participant offered no award form has no verdict, yet
-- was judged and is listed); its unit then is what unit scoping reads a stored verdict by.
CREATE TABLE evaluation_participant (
  run_id            VARCHAR(36)     NOT NULL REFERENCES evaluation_run (id),
  participant_id    VARCHAR(64)     NOT NULL,
  name              VARCHAR(300)    NOT NULL,
  kind              VARCHAR(20)     NOT NULL,
  category_code     VARCHAR(100)    NOT NULL,
  unit_code         VARCHAR(50)     NOT NULL,
  PRIMARY KEY (run_id, participant_id),
  CONSTRAINT ck_evaluation_participant_kind CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL'))
);
CREATE INDEX ix_evaluation_participant_unit ON evaluation_participant (run_id, unit_code);

-- One verdict per participant and award form, in the occasion's order (form_order), with its
-- explanation as JSON: {"awardFormName":{vi,en},"results":[{code,name,status,explanation}],
-- "blockers":[codes]}.
CREATE TABLE evaluation_verdict (
  run_id            VARCHAR(36)     NOT NULL,
  participant_id    VARCHAR(64)     NOT NULL,
  award_form_code   VARCHAR(100)    NOT NULL,
  form_order        INTEGER         NOT NULL,
  outcome           VARCHAR(20)     NOT NULL,
  explanation       VARCHAR(1000000) NOT NULL,
  CONSTRAINT pk_evaluation_verdict PRIMARY KEY (run_id, participant_id, award_form_code),
  CONSTRAINT fk_evaluation_verdict_participant FOREIGN KEY (run_id, participant_id)
    REFERENCES evaluation_participant (run_id, participant_id),
  CONSTRAINT ck_evaluation_verdict_outcome
    CHECK (outcome IN ('ELIGIBLE', 'NOT_ELIGIBLE', 'INCOMPLETE')),
  CONSTRAINT ck_evaluation_verdict_order CHECK (form_order >= 0)
);
-- the counts of a run per award form and outcome
CREATE INDEX ix_evaluation_verdict_outcome ON evaluation_verdict (run_id, award_form_code, outcome);
