\set plan '''rach-gia-2022-2025'''
\pset pager off
-- the indicators of the 2025 milestone's targets judged overall (all of the plan's but E2, met in each breakdown)
\set overall '''G1'',''G2'',''G3'',''G4'',''G5'',''G6'',''G7'',''G8'',''G9'',''G10'',''E1'',''E3'',''E4'',''E5'',''E6'',''E7'',''E8'',''S1'',''S2'',''S3'',''S4'',''S5'',''S6'',''S7'',''S8'',''S9'''
SELECT indexname, pg_size_pretty(pg_relation_size(indexname::regclass)) FROM pg_indexes WHERE tablename='measurement';
SELECT unit_code AS u1 FROM measurement WHERE breakdown <> '' ORDER BY unit_code LIMIT 1 \gset
SELECT unit_code AS u2 FROM measurement WHERE breakdown <> '' AND unit_code > :'u1' ORDER BY unit_code LIMIT 1 \gset
\echo units :u1 :u2
SELECT count(*) AS rows, count(DISTINCT breakdown) AS breakdowns, count(DISTINCT unit_code) AS units FROM measurement;
-- Q1 within: the year's overall figures, every unit (the province's question)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND breakdown = '';
-- Q2 within: + the indicators met in each breakdown (E2)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND (breakdown = '' OR indicator_code IN ('E2'));
-- Q3 within: one commune's question (its units), + E2
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND (breakdown = '' OR indicator_code IN ('E2')) AND unit_code IN (:'u1', :'u2');
-- Q3b within: one commune, overall only
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND breakdown = '' AND unit_code IN (:'u1', :'u2');
-- The same questions as FigureScope names them since V16's final order (ADR 0054): the indicators of the milestone's targets
-- Q1n within, every unit: overall figures indicator by indicator
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND ((indicator_code IN (:overall) AND breakdown = '') OR indicator_code IN ('E2'));
-- Q3n within, one commune's units, + E2
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND ((indicator_code IN (:overall) AND breakdown = '') OR indicator_code IN ('E2')) AND unit_code IN (:'u1', :'u2');
-- Q3bn within, one commune, overall only (a milestone without E2 met in each breakdown)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND indicator_code IN (:overall, 'E2') AND breakdown = '' AND unit_code IN (:'u1', :'u2');
-- Q1bn within, every unit, overall only
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = :plan AND period_year = 2024 AND indicator_code IN (:overall, 'E2') AND breakdown = '';
-- Q4 drill-down by indicator, no year: first page and count
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM measurement WHERE plan_code = :plan AND indicator_code = 'G2' ORDER BY :order LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM measurement WHERE plan_code = :plan AND indicator_code = 'G2';
-- Q5 drill-down by indicator and unit, no year
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM measurement WHERE plan_code = :plan AND unit_code IN (:'u1') AND indicator_code = 'G2' ORDER BY :order LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM measurement WHERE plan_code = :plan AND unit_code IN (:'u1') AND indicator_code = 'G2';
-- Q6 the whole plan's listing, first page and a deep page
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM measurement WHERE plan_code = :plan ORDER BY :order LIMIT 50 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM measurement WHERE plan_code = :plan;
-- Q7 a unit's year (MeasurementSheets)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM measurement WHERE plan_code = :plan AND unit_code IN (:'u1') AND period_year = 2024 ORDER BY :order LIMIT 100000;
-- Q8 one key (put, find)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM measurement WHERE plan_code = :plan AND indicator_code = 'G2' AND unit_code = :'u1' AND period_year = 2024 AND breakdown = '';
-- Q9 units of the plan
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT DISTINCT unit_code FROM measurement WHERE plan_code = :plan;
