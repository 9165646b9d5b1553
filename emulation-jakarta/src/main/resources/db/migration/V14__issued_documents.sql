-- Issue 13: the procedure's documents as issued (ADR 0051). A submission's tờ trình when it is
-- sent and each decision when it is made are rendered, signed (PAdES) once, and their bytes kept
-- here, so that every later download answers the very same file (its SHA-256 is stable) and the
-- signing time is the act's, not the reader's. APPEND-ONLY: inserted, never updated or deleted.
--
-- document_name: what it is within its case ("submission", "decision/<form>"); number: the number
-- and symbol it carries ("01/TTr-VHXH", "15/QĐ-UBND"); head_seq/head_hash: the audit log's head
-- the document prints (a decision: the anchor taken when it was made), null when none is printed.
CREATE TABLE issued_document (
  plan_code     VARCHAR(100)    NOT NULL,
  case_id       VARCHAR(100)    NOT NULL,
  document_name VARCHAR(200)    NOT NULL,
  kind          VARCHAR(20)     NOT NULL,
  number        VARCHAR(100)    NOT NULL,
  file_name     VARCHAR(300)    NOT NULL,
  sha256        VARCHAR(64)     NOT NULL,
  content       BYTEA           NOT NULL,
  head_seq      BIGINT,
  head_hash     VARCHAR(64),
  issued_on     DATE            NOT NULL,
  issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_by     VARCHAR(200)    NOT NULL,
  CONSTRAINT pk_issued_document PRIMARY KEY (plan_code, case_id, document_name),
  CONSTRAINT ck_issued_document_sha CHECK (CHAR_LENGTH(sha256) = 64)
);
CREATE INDEX ix_issued_document_kind ON issued_document (plan_code, kind, issued_on);
