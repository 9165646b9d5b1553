-- The audit log (issue 4): every write of the application, who made it (user, role, unit), when,
-- what (action, target) and the state before and after, in an APPEND-ONLY table. The application
-- inserts entries and never updates or deletes one; nothing else should either.
--
-- Each entry is chained to the one before: hash = SHA-256 over a canonical encoding of all its
-- fields, previous_hash included (see AuditChain). Changing, removing or reordering an entry
-- breaks the chain at that entry, which GET /api/audit/verification names. The first entry's
-- previous_hash is 64 zeros.
--
-- Portable like V1: standard types only, identifiers assigned by the application (seq is taken
-- from audit_head under a row lock, not from IDENTITY or a sequence, so that numbers have no
-- gaps and the chain's order is the order of commits).

CREATE TABLE audit_entry (
  seq           BIGINT          NOT NULL PRIMARY KEY,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor         VARCHAR(200)    NOT NULL,
  actor_role    VARCHAR(50)     NOT NULL,
  actor_unit    VARCHAR(50),
  action        VARCHAR(100)    NOT NULL,
  target        VARCHAR(500)    NOT NULL,
  before_state  VARCHAR(1000000),
  after_state   VARCHAR(1000000),
  previous_hash VARCHAR(64)     NOT NULL,
  hash          VARCHAR(64)     NOT NULL,
  CONSTRAINT ck_audit_entry_seq CHECK (seq >= 1),
  CONSTRAINT ck_audit_entry_hashes CHECK (CHAR_LENGTH(previous_hash) = 64
    AND CHAR_LENGTH(hash) = 64)
);
-- the filters of GET /api/audit, each newest first
CREATE INDEX ix_audit_entry_action ON audit_entry (action, seq);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_entry_target ON audit_entry (target, seq);
CREATE INDEX ix_audit_entry_recorded ON audit_entry (recorded_at);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by each writer, so that
-- concurrent writes append one after another; also the last hash to compare the log's end with
-- (entries cut off at the end leave a chain that is intact but shorter than its head).
CREATE TABLE audit_head (
  id            INTEGER         NOT NULL PRIMARY KEY,
  last_seq      BIGINT          NOT NULL,
  last_hash     VARCHAR(64)     NOT NULL,
  CONSTRAINT ck_audit_head_single CHECK (id = 1),
  CONSTRAINT ck_audit_head_seq CHECK (last_seq >= 0)
);
INSERT INTO audit_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
