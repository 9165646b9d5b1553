-- The numbers of the issued documents, one counter a plan, kind and year (ADR 0059). Until V17 a
-- tờ trình was numbered by counting the plan's submissions of the year in issued_document and
-- adding one: two submissions drawn up at the same moment both counted N and both took N + 1
-- ("01/TTr-…" twice in one year), and nothing in V14 refused it. A number is now allocated by
-- raising last_number of its row in the transaction that issues the document: the row's lock,
-- held until that transaction ends, makes a second allocator of the same plan, kind and year wait
-- for the first and then take the next number; a transaction rolled back gives its number back
-- (no gap, no duplicate). The yearly restart is the key's number_year: a new year is a new row.
--
-- Backfilled from the documents issued so far, so that numbering continues after them. Portable
-- like V1 (H2 and PostgreSQL): EXTRACT returns a numeric on PostgreSQL and COUNT a BIGINT, hence
-- the casts.
CREATE TABLE document_number (
  plan_code   VARCHAR(100) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  number_year INT          NOT NULL,
  last_number INT          NOT NULL,
  CONSTRAINT pk_document_number PRIMARY KEY (plan_code, kind, number_year),
  CONSTRAINT ck_document_number_positive CHECK (last_number > 0)
);

INSERT INTO document_number (plan_code, kind, number_year, last_number)
SELECT plan_code, kind, CAST(EXTRACT(YEAR FROM issued_on) AS INT), CAST(COUNT(*) AS INT)
FROM issued_document
GROUP BY plan_code, kind, CAST(EXTRACT(YEAR FROM issued_on) AS INT);
