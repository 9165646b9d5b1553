#!/usr/bin/env bash
# P3 (issue 10): the province loaded into a fresh database, the sample built and started on it, an
# occasion's evaluation run through the batch job timed with p3_evaluate.py, the server stopped.
# The whole of it under the build lock, so that nothing else builds meanwhile:
#   flock /tmp/build.lock bash emulation-bench/scripts/p3_run.sh
# DB (emulation_p3), MAX_SECONDS (300: the polling stops there, the run is reported as it stands)
# and BUILD (true: build the bench jar, the war and the server first) may be set.
set -u
DB=${DB:-emulation_p3}
MAX_SECONDS=${MAX_SECONDS:-300}
S=emulation-sample/target/liberty/wlp/usr/servers/emulationServer
if [ "${BUILD:-true}" = true ]; then
  mvn -B -ntp -o -q -Pbench clean verify -pl emulation-sample,emulation-bench -am -DskipTests || exit 1
fi
java -cp emulation-bench/target/benchmarks.jar vn.emulation.bench.data.DataSetLoader \
  --set province --db-name "$DB" --replace true || exit 1
cp emulation-sample/target/wars/emulation-jakarta.war $S/apps/
echo '<server><webApplication location="emulation-jakarta.war" contextRoot="/emulation"/></server>' \
  > $S/configDropins/overrides/datasets-app.xml
printf 'emulation.db=postgresql\ndb.name=%s\n' "$DB" > $S/bootstrap.properties
echo "war: $(sha256sum emulation-sample/target/wars/emulation-jakarta.war | cut -c1-16) built $(stat -c %y emulation-sample/target/wars/emulation-jakarta.war)"
emulation-sample/target/liberty/wlp/bin/server start emulationServer
for i in $(seq 1 300); do
  curl -fs http://localhost:9080/health/ready >/dev/null 2>&1 && break; sleep 1
done
python3 emulation-bench/scripts/p3_evaluate.py --db-name "$DB" --occasion FINAL-2025 \
  --max-seconds "$MAX_SECONDS"
emulation-sample/target/liberty/wlp/bin/server stop emulationServer
rm -f $S/apps/emulation-jakarta.war $S/configDropins/overrides/datasets-app.xml $S/bootstrap.properties
