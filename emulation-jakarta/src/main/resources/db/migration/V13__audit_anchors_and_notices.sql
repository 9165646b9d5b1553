-- Issue 13: the audit log's anchors (ADR 0045) and the procedure's notices (ADR 0046).
--
-- audit_anchor: the audit head (its last entry's number and hash) as it was at a moment, kept
-- every day by the scheduled run and whenever an administrator takes one, and published as open
-- data (/api/open-data/audit/anchors.json|csv). APPEND-ONLY: inserted, never updated or deleted.
-- Anchor n covers entries 1..head_seq; its own audit entry (audit.anchor) is head_seq + 1. A
-- chain rewritten after an anchor was published no longer has head_hash at head_seq.
CREATE TABLE audit_anchor (
  anchor_number BIGINT          NOT NULL PRIMARY KEY,
  anchored_on   DATE            NOT NULL,
  head_seq      BIGINT          NOT NULL,
  head_hash     VARCHAR(64)     NOT NULL,
  anchored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  taken_by      VARCHAR(200)    NOT NULL,
  scheduled     BOOLEAN         NOT NULL,
  CONSTRAINT ck_audit_anchor_number CHECK (anchor_number >= 1),
  CONSTRAINT ck_audit_anchor_seq CHECK (head_seq >= 0),
  CONSTRAINT ck_audit_anchor_hash CHECK (CHAR_LENGTH(head_hash) = 64)
);
CREATE INDEX ix_audit_anchor_day ON audit_anchor (anchored_on);

-- notice: what the procedure tells a unit's staff or Home Affairs (the core's NoticeRule), given
-- once (notice_key: a case's transition, or a deadline's day for a unit). Codes, ids, days and
-- the reason as given; the words are rendered in the reader's language when read or mailed.
CREATE TABLE notice (
  id            VARCHAR(64)     NOT NULL PRIMARY KEY,
  notice_key    VARCHAR(400)    NOT NULL,
  kind          VARCHAR(40)     NOT NULL,
  audience      VARCHAR(20)     NOT NULL,
  unit_code     VARCHAR(64)     NOT NULL,
  case_kind     VARCHAR(40)     NOT NULL,
  case_id       VARCHAR(100)    NOT NULL,
  plan_code     VARCHAR(100)    NOT NULL,
  reason        VARCHAR(4000),
  due_on        DATE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_notice_key UNIQUE (notice_key)
);
CREATE INDEX ix_notice_audience ON notice (audience, unit_code, created_at);

-- who has read which notice (a notice is shared by its audience; each reader marks it read)
CREATE TABLE notice_read (
  notice_id     VARCHAR(64)     NOT NULL REFERENCES notice (id),
  user_name     VARCHAR(200)    NOT NULL,
  read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (notice_id, user_name)
);

-- a user's settings for notices: the language they are written in (vi by default) and the
-- address they are mailed to (none: no mail), with the unit and roles the user's token named
-- when they were saved, so that a mail reaches only the audience the rule names
CREATE TABLE notice_subscriber (
  user_name     VARCHAR(200)    NOT NULL PRIMARY KEY,
  language      VARCHAR(8)      NOT NULL,
  email         VARCHAR(320),
  unit_code     VARCHAR(64),
  roles         VARCHAR(300)    NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
