-- Occasion evaluation as a Jakarta Batch job (issue 10, ADR 0033). A run is no longer written in
-- one transaction: its row is inserted first (RUNNING), each chunk of the job then commits its
-- participants and verdicts, and the row is marked COMPLETE when every partition is done, FAILED or
-- STOPPED when the job ends otherwise. The run row is therefore the one row the application
-- updates (its status, its job execution, its final count); participants and verdicts stay
-- append-only, and their primary keys keep one row per participant and award form.
--
-- Progress is counted, not kept: the participants judged so far are the run's rows in
-- evaluation_participant (committed with the chunk that judged them); participant_count is the
-- total the run set out to judge, and the number it judged once COMPLETE.

ALTER TABLE evaluation_run DROP CONSTRAINT ck_evaluation_run_status;
ALTER TABLE evaluation_run ADD CONSTRAINT ck_evaluation_run_status
  CHECK (status IN ('RUNNING', 'COMPLETE', 'FAILED', 'STOPPED'));

-- The latest Jakarta Batch execution of the run (Liberty's job repository, same database): what a
-- restart resumes. Null for the runs stored in one transaction before this migration.
ALTER TABLE evaluation_run ADD COLUMN job_execution_id BIGINT;
