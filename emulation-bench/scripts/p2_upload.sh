#!/usr/bin/env bash
# P2 (issue 10): a million report rows uploaded through the API into PostgreSQL, timed beside psql
# \copy of the same rows (BulkImportBenchmark, 3 rounds), on the sample started on a fresh database
# as in docs/performance.md ("Bulk import"). The server and the bench jar are the last -Pbench
# build's. Run under the build lock:
#   flock /tmp/build.lock bash emulation-bench/scripts/p2_upload.sh
# DB (emulation_natkey) and ROUNDS (3) may be set.
set -u
DB=${DB:-emulation_natkey}
ROUNDS=${ROUNDS:-3}
W=emulation-sample/target/liberty/wlp
S=$W/usr/servers/emulationServer
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" && createdb -h 127.0.0.1 -U postgres "$DB" || exit 1
cp emulation-sample/target/wars/emulation-jakarta.war $S/apps/
echo '<server><webApplication location="emulation-jakarta.war" contextRoot="/emulation"/></server>' \
  > $S/configDropins/overrides/datasets-app.xml
printf 'emulation.db=postgresql\ndb.name=%s\n' "$DB" > $S/bootstrap.properties
echo "war: $(sha256sum emulation-sample/target/wars/emulation-jakarta.war | cut -c1-16) built $(stat -c %y emulation-sample/target/wars/emulation-jakarta.war)"
$W/bin/server start emulationServer
for i in $(seq 1 300); do
  curl -fs http://localhost:9080/health/ready >/dev/null 2>&1 && break; sleep 1
done
java -cp emulation-bench/target/benchmarks.jar vn.emulation.bench.bulk.BulkImportBenchmark \
  --rounds "$ROUNDS" --db-name "$DB"
grep -h "upload" $S/logs/messages.log | grep -i "read\|stor" | tail -6
$W/bin/server stop emulationServer
rm -f $S/apps/emulation-jakarta.war $S/configDropins/overrides/datasets-app.xml $S/bootstrap.properties
