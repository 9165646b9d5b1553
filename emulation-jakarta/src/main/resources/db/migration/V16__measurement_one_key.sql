-- One index on measurement instead of two (issue 10, P2; ADR 0054). Since V11 every stored value
-- entered two B-trees: the primary key of V9 (plan, indicator, unit, year, breakdown) and
-- ix_measurement_plan_year (plan, year, breakdown, unit) for the dashboard's reads
-- (MeasurementRepository.within, the core's FigureScope). An upload sent its rows in the primary
-- key's order, which is random order for the second index: a million rows took 13-15 s to store
-- instead of 6. The primary key is now (plan, year, indicator, breakdown, unit) and the only index.
-- The dashboard names the indicators of the milestone's targets (FigureScope.indicators): each
-- indicator judged overall is one range (plan, year, indicator, breakdown ''), each indicator met
-- in each breakdown (E2) one range (plan, year, indicator), a commune's units a few descents more.
-- The order (plan, year, breakdown, unit, indicator) served the overall figures alone: E2's rows
-- then lay all over the year's range (ADR 0054 measured both). An upload sorted in the key's order
-- appends to it.
--
-- The drill-down by indicator without a year (GET …/measurements?indicator=…) and a unit's year
-- (the sheets) have no index of their own any more: they walk the plan's or the year's range of
-- the key (ADR 0054 measured them). measurement_revision gets the same order, so that a
-- correction's revisions, copied in the order of its rows, append too; it is read by the whole key
-- only.
--
-- The rows stay; each key is rebuilt under the migration's lock. No table refers to these keys
-- (V9 dropped the foreign keys). Portable like V1 (H2 and PostgreSQL): one statement per change,
-- because H2 takes one action per ALTER TABLE.
ALTER TABLE measurement DROP CONSTRAINT pk_measurement;
DROP INDEX ix_measurement_plan_year;
ALTER TABLE measurement ADD CONSTRAINT pk_measurement
  PRIMARY KEY (plan_code, period_year, indicator_code, breakdown, unit_code);

ALTER TABLE measurement_revision DROP CONSTRAINT pk_measurement_revision;
ALTER TABLE measurement_revision ADD CONSTRAINT pk_measurement_revision
  PRIMARY KEY (plan_code, period_year, indicator_code, breakdown, unit_code, row_version);
