-- What a progress question reads (issue 10, ADR 0034): a plan's reports of one year, overall
-- (breakdown '') or of the few indicators whose target must be met in each breakdown
-- (MeasurementRepository.within, the core's FigureScope). Most of a province's million reports are
-- village breakdowns that no such question reads; with this index the database walks only the
-- year's overall figures and those indicators' rows instead of the whole plan.
--
-- Portable like V1 (H2 and PostgreSQL). Only an index: the table and its keys are unchanged.

CREATE INDEX ix_measurement_plan_year ON measurement (plan_code, period_year, breakdown, indicator_code);
