-- Verdicts kept as the facts they were decided on (issue 10, P3; ADR 0043). A run of the province
-- stores 2,000,000 verdicts: with each one's whole bilingual explanation (about 2.8 KB of JSON) the
-- run was bound by PostgreSQL inserting 5.5 GB of text. A verdict now keeps its outcome and, per
-- criterion, the code, the status and the figures it compared, as one short line (`facts`, written
-- and read by the core's VerdictFacts, tens of bytes); the explanation is written again from those
-- facts and the run's plan version when the verdict is read (the core's Evaluator.explain).
--
-- Verdicts stored before this migration keep their explanation as it was and are read back as
-- they are (no conversion: the facts cannot be recovered from the words): every row holds exactly
-- one of `explanation` (before V11) and `facts` (from V11 on).
ALTER TABLE evaluation_verdict ADD COLUMN facts VARCHAR(1000000);
ALTER TABLE evaluation_verdict ALTER COLUMN explanation DROP NOT NULL;
ALTER TABLE evaluation_verdict ADD CONSTRAINT ck_evaluation_verdict_kept
  CHECK ((facts IS NULL AND explanation IS NOT NULL) OR (facts IS NOT NULL AND explanation IS NULL));

-- A chunk's verdicts are written in the same statement as their participants, and only for the
-- participants that statement stored (insert-if-absent per run and participant): the foreign key,
-- a trigger per verdict row, checked what the writing already ensures. The primary key (one
-- verdict per run, participant and award form) stays the guard. The outcome index served no query
-- (the counts join the participants, by the primary key) and cost a second index entry per verdict.
ALTER TABLE evaluation_verdict DROP CONSTRAINT fk_evaluation_verdict_participant;
DROP INDEX ix_evaluation_verdict_outcome;

-- A question about one unit reads only the reports of the units its figure can be made of (issue
-- 10, P7; the core's FigureScope.unitsRead): a province's progress on the nation's data reads the
-- province's communes, not the country's 69,911 rows of the year. The index of V8 gets the unit
-- after the breakdown in place of the indicator, so that those rows are the ones the index gives;
-- the plan's whole year (plan, year, breakdown '') is read through it as before, and the rows of
-- the indicators read in each breakdown come through the primary key (plan, indicator, unit …).
-- Without the indicator, the 21 indicators of a unit's village share one key, which PostgreSQL
-- keeps once (B-tree deduplication): with both columns the nation's index was 645 MB, not 72.
DROP INDEX ix_measurement_plan_year;
CREATE INDEX ix_measurement_plan_year
  ON measurement (plan_code, period_year, breakdown, unit_code);
