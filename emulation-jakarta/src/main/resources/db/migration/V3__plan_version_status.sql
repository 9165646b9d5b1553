-- The life of each plan version (ADR 0022): its status and the days it governed.
--   DRAFT       in_force_from and in_force_until are NULL
--   IN_FORCE    governs from in_force_from on
--   SUPERSEDED  governed from in_force_from until the day before in_force_until
--   CLOSED      the same, in_force_until being the day the plan closed
-- Written for H2 and PostgreSQL alike.
ALTER TABLE plan_version ADD COLUMN in_force_from DATE;
ALTER TABLE plan_version ADD COLUMN in_force_until DATE;

-- Backfill. Until now every read took a plan's highest version for every date, so that version
-- becomes the one in force since the first day of its period (what reads did, unchanged), and every
-- older version is superseded without having governed a day (from = until: an empty span). The
-- status the plan file declared is not kept: it was never the version's life, only its intent.
UPDATE plan_version
   SET status = 'IN_FORCE',
       in_force_from = CAST(CONCAT(CAST(first_year AS VARCHAR(4)), '-01-01') AS DATE),
       in_force_until = NULL
 WHERE version = (SELECT MAX(q.version) FROM plan_version q WHERE q.plan_code = plan_version.plan_code);

UPDATE plan_version
   SET status = 'SUPERSEDED',
       in_force_from = CAST(CONCAT(CAST(first_year AS VARCHAR(4)), '-01-01') AS DATE),
       in_force_until = CAST(CONCAT(CAST(first_year AS VARCHAR(4)), '-01-01') AS DATE)
 WHERE version < (SELECT MAX(q.version) FROM plan_version q WHERE q.plan_code = plan_version.plan_code);

ALTER TABLE plan_version ADD CONSTRAINT ck_plan_version_status
  CHECK (status IN ('DRAFT', 'IN_FORCE', 'SUPERSEDED', 'CLOSED'));

ALTER TABLE plan_version ADD CONSTRAINT ck_plan_version_days CHECK (
     (status = 'DRAFT' AND in_force_from IS NULL AND in_force_until IS NULL)
  OR (status = 'IN_FORCE' AND in_force_from IS NOT NULL AND in_force_until IS NULL)
  OR (status IN ('SUPERSEDED', 'CLOSED') AND in_force_from IS NOT NULL
      AND in_force_until IS NOT NULL AND in_force_until >= in_force_from));
