-- Issue 13, ADR 0052: the electronic dossier upward.
--
-- evidence_content: the bytes of the dossiers' files, kept by their SHA-256 (content-addressed:
-- the same file attached twice, or received twice, is one row). Until V15 a nomination kept only
-- each file's reference (name, type, size, SHA-256); the dossier upward must carry the bytes.
-- APPEND-ONLY: inserted once, never updated. BYTEA is PostgreSQL's type and one of H2's names for
-- BINARY VARYING.
CREATE TABLE evidence_content (
  sha256        VARCHAR(64)     NOT NULL PRIMARY KEY,
  media_type    VARCHAR(255)    NOT NULL,
  size_bytes    BIGINT          NOT NULL,
  content       BYTEA           NOT NULL,
  stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ck_evidence_content_hash CHECK (CHAR_LENGTH(sha256) = 64),
  CONSTRAINT ck_evidence_content_size CHECK (size_bytes >= 0)
);

-- received_nomination: a nomination the level below proposed through a signed dossier, received
-- into a plan of this instance. One source nomination is received once per plan (the unique key:
-- a second import of the same dossier fails on it even past the check). The nominee, the files
-- and the verdict as the dossier had them are the body, JSON text the mapper reads.
CREATE TABLE received_nomination (
  id                 VARCHAR(64)     NOT NULL PRIMARY KEY,
  plan_code          VARCHAR(100)    NOT NULL,
  source_plan        VARCHAR(100)    NOT NULL,
  source_submission  VARCHAR(100)    NOT NULL,
  source_nomination  VARCHAR(100)    NOT NULL,
  state              VARCHAR(40)     NOT NULL,
  received_by        VARCHAR(200)    NOT NULL,
  received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  body               VARCHAR(1000000) NOT NULL,
  CONSTRAINT uq_received_nomination_source
    UNIQUE (plan_code, source_plan, source_submission, source_nomination)
);
CREATE INDEX ix_received_nomination_plan ON received_nomination (plan_code, received_at);
