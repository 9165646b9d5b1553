#!/usr/bin/env bash
# ADR 0054: EXPLAIN ANALYZE of the queries on measurement, before (V15 layout) and after V16, on the
# province data set. Needs the -Pbench jar. Run under the build lock:
#   flock /tmp/build.lock bash emulation-bench/scripts/measurement_explain/run.sh
# Loads the province into onekey_p (Flyway up to V16), then EXPLAINs the measurement queries
# with the V15 layout (the old key + ix_measurement_plan_year, rebuilt by hand) and with V16's.
# The figures of V16's first order (plan, year, breakdown, unit, indicator) in ADR 0054 came from
# this script at commit 23e97fb.
set -u
cd "$(dirname "$0")/../../.."
uptime
java -cp emulation-bench/target/benchmarks.jar vn.emulation.bench.data.DataSetLoader --set province --db-name onekey_p --replace true || exit 1
P="psql -h 127.0.0.1 -U postgres -d onekey_p -X"
$P -Atc "select version, description from flyway_schema_history order by installed_rank desc limit 2"
echo "=== back to the V15 layout"
$P -c '\timing on' -c "ALTER TABLE measurement DROP CONSTRAINT pk_measurement" -c "ALTER TABLE measurement ADD CONSTRAINT pk_measurement PRIMARY KEY (plan_code, indicator_code, unit_code, period_year, breakdown)" -c "CREATE INDEX ix_measurement_plan_year ON measurement (plan_code, period_year, breakdown, unit_code)" -c "ALTER TABLE measurement_revision DROP CONSTRAINT pk_measurement_revision" -c "ALTER TABLE measurement_revision ADD CONSTRAINT pk_measurement_revision PRIMARY KEY (plan_code, indicator_code, unit_code, period_year, breakdown, row_version)" -c "VACUUM ANALYZE measurement"
OLD='indicator_code, unit_code, period_year, breakdown'
NEW='period_year, indicator_code, breakdown, unit_code'
echo "=== BEFORE (V15), old listing order"
$P -v order="$OLD" -f emulation-bench/scripts/measurement_explain/reads.sql
$P -v order="$OLD" -v conflict="plan_code, $OLD" -f emulation-bench/scripts/measurement_explain/writes.sql
echo "=== V16 migration on the province"
$P -c '\timing on' -c "BEGIN" -f emulation-jakarta/src/main/resources/db/migration/V16__measurement_one_key.sql -c "COMMIT" -c "VACUUM ANALYZE measurement"
echo "=== AFTER (V16), old listing order"
$P -v order="$OLD" -f emulation-bench/scripts/measurement_explain/reads.sql
echo "=== AFTER (V16), new listing order"
$P -v order="$NEW" -f emulation-bench/scripts/measurement_explain/reads.sql
$P -v order="$NEW" -v conflict="plan_code, $NEW" -f emulation-bench/scripts/measurement_explain/writes.sql
echo "=== AFTER (V16), new listing order, second pass"
$P -v order="$NEW" -f emulation-bench/scripts/measurement_explain/reads.sql
