-- Participant history (issue 12, step 2): the yearly ratings, emulation titles, recognised
-- initiatives and awards received of a plan's participants, and the imports of earlier years that
-- brought them. APPEND-ONLY: the application inserts an import with its records in one
-- transaction; a revocation will set revoked_on of the record it annuls (decided by this system
-- later, and audited), nothing else is ever updated or deleted.
--
-- Portable like V1: standard types only, identifiers assigned by the application.

CREATE TABLE history_import (
  id            VARCHAR(36)     NOT NULL PRIMARY KEY,
  plan_code     VARCHAR(100)    NOT NULL,
  sha256        VARCHAR(64)     NOT NULL,
  filename      VARCHAR(300)    NOT NULL,
  media_type    VARCHAR(100)    NOT NULL,
  row_count     INTEGER         NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by   VARCHAR(200)    NOT NULL,
  -- the same file is imported once per plan: sending it again answers the earlier import
  CONSTRAINT uq_history_import UNIQUE (plan_code, sha256),
  CONSTRAINT ck_history_import_rows CHECK (row_count >= 0)
);

-- One rating a year per participant (ParticipantHistory's rule), kept by the key.
CREATE TABLE participant_rating (
  plan_code       VARCHAR(100)  NOT NULL,
  participant_id  VARCHAR(64)   NOT NULL REFERENCES participant (id),
  rating_year     INTEGER       NOT NULL,
  rating          VARCHAR(20)   NOT NULL,
  import_id       VARCHAR(36)   NOT NULL REFERENCES history_import (id),
  PRIMARY KEY (plan_code, participant_id, rating_year),
  CONSTRAINT ck_participant_rating
    CHECK (rating IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
);

-- Titles, initiatives and awards, in the order they were stored (seq within the import). The
-- columns a kind does not use stay empty; the checks keep each kind's required ones.
CREATE TABLE participant_record (
  import_id       VARCHAR(36)   NOT NULL REFERENCES history_import (id),
  seq             INTEGER       NOT NULL,
  plan_code       VARCHAR(100)  NOT NULL,
  participant_id  VARCHAR(64)   NOT NULL REFERENCES participant (id),
  kind            VARCHAR(20)   NOT NULL,
  record_year     INTEGER,
  code            VARCHAR(100)  NOT NULL,
  award_type      VARCHAR(20),
  name            VARCHAR(1000),
  decision_number VARCHAR(100),
  on_date         DATE,
  revoked_on      DATE,
  PRIMARY KEY (import_id, seq),
  CONSTRAINT ck_participant_record_kind CHECK (kind IN ('TITLE', 'INITIATIVE', 'AWARD')),
  CONSTRAINT ck_participant_record_title CHECK (kind <> 'TITLE' OR record_year IS NOT NULL),
  CONSTRAINT ck_participant_record_initiative
    CHECK (kind <> 'INITIATIVE' OR (name IS NOT NULL AND on_date IS NOT NULL)),
  CONSTRAINT ck_participant_record_award
    CHECK (kind <> 'AWARD'
      OR (award_type IS NOT NULL AND decision_number IS NOT NULL AND on_date IS NOT NULL)),
  CONSTRAINT ck_participant_record_revoked CHECK (revoked_on IS NULL OR on_date IS NULL
    OR revoked_on >= on_date)
);
CREATE INDEX ix_participant_record_participant ON participant_record (plan_code, participant_id);
