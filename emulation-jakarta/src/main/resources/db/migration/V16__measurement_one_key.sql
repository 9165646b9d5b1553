-- One index on measurement instead of two (issue 10, P2; ADR 0054). Since V11 every stored value
-- entered two B-trees: the primary key of V9 (plan, indicator, unit, year, breakdown) and
-- ix_measurement_plan_year (plan, year, breakdown, unit) for the dashboard's reads
-- (MeasurementRepository.within, the core's FigureScope). An upload sent its rows in the primary
-- key's order, which is random order for the second index: a million rows took 13-15 s to store
-- instead of 6. The primary key now has the columns in the reads' order, with the indicator last
-- (it keeps the key unique), and is the only index: the dashboard reads one range of it (plan,
-- year, breakdown '', the units asked), an upload sorted in its order appends to it.
--
-- The drill-down by indicator without a year (GET …/measurements?indicator=…) has no index of
-- its own any more: it walks the plan's key in order and skips the other indicators (ADR 0054
-- measured it). measurement_revision gets the same order, so that a correction's revisions,
-- copied in the order of its rows, append too; it is read by the whole key only.
--
-- The rows stay; each key is rebuilt under the migration's lock. No table refers to these keys
-- (V9 dropped the foreign keys). Portable like V1 (H2 and PostgreSQL): one statement per change,
-- because H2 takes one action per ALTER TABLE.
ALTER TABLE measurement DROP CONSTRAINT pk_measurement;
DROP INDEX ix_measurement_plan_year;
ALTER TABLE measurement ADD CONSTRAINT pk_measurement
  PRIMARY KEY (plan_code, period_year, breakdown, unit_code, indicator_code);

ALTER TABLE measurement_revision DROP CONSTRAINT pk_measurement_revision;
ALTER TABLE measurement_revision ADD CONSTRAINT pk_measurement_revision
  PRIMARY KEY (plan_code, period_year, breakdown, unit_code, indicator_code, row_version);
