#!/usr/bin/env bash
# P7 (issue 10): the nation's data set (10,000,000 reports) in a fresh database, two copies of the
# sample server on it (p7a on 9281, p7b on 9282, as OwnServer makes them), one cold and 20 warm
# requests of a province's and a commune's progress on each, wrk on each alone and on both at
# once, the static file, the rows the province's question reads (EXPLAIN ANALYZE of its query), and
# the servers stopped. The whole of it under the build lock:
#   flock /tmp/build.lock bash emulation-bench/scripts/p7_nation.sh
# DB (emulation_nation_p7), BUILD (true: build the bench jar, the war and the server first) and
# LOAD (true: load the nation first) may be set.
set -u
DB=${DB:-emulation_nation_p7}
W=emulation-sample/target/liberty/wlp
S=$W/usr/servers/emulationServer
WAR=emulation-sample/target/wars/emulation-jakarta.war
if [ "${BUILD:-true}" = true ]; then
  mvn -B -ntp -o -q -Pbench clean verify -pl emulation-sample,emulation-bench -am -DskipTests || exit 1
fi
if [ "${LOAD:-true}" = true ]; then
  java -cp emulation-bench/target/benchmarks.jar vn.emulation.bench.data.DataSetLoader \
    --set nation --db-name "$DB" --replace true || exit 1
fi
echo "war: $(sha256sum $WAR | cut -c1-16) built $(stat -c %y $WAR)"
for spec in p7a:9281:9644 p7b:9282:9645; do
  IFS=: read -r name http https <<<"$spec"
  D=$W/usr/servers/$name
  rm -rf "$D"; mkdir -p "$D/dropins" "$D/apps"
  cp $S/server.xml $S/server.env "$D/"
  cp -r $S/db $S/metrics $S/lib "$D/"
  cp $S/apps/emulation-dev-signin.war "$D/apps/"
  cp $WAR "$D/dropins/emulation.war"
  printf 'emulation.db=postgresql\ndb.host=127.0.0.1\ndb.name=%s\nhttp.port=%s\nhttps.port=%s\n' \
    "$DB" "$http" "$https" > "$D/bootstrap.properties"
  $W/bin/server start $name
  for i in $(seq 1 300); do
    curl -fs http://localhost:$http/health/ready >/dev/null 2>&1 && break; sleep 1
  done
  echo "$name ready"
done
P=/plans/rach-gia-2022-2025/progress
python3 emulation-bench/scripts/questions.py --base http://localhost:9281/emulation/api --label p7a \
  "$P?milestone=2025&unit=01" "$P?milestone=2025&unit=00001"
python3 emulation-bench/scripts/questions.py --base http://localhost:9282/emulation/api --label p7b \
  "$P?milestone=2025&unit=01" "$P?milestone=2025&unit=00001"
Q="http://localhost:9281/emulation/api$P?milestone=2025&unit=01"
wrk -t2 -c50 -d15s --latency "$Q"
wrk -t2 -c50 -d15s --latency "${Q/9281/9282}"
wrk -t1 -c25 -d15s --latency "$Q" > /tmp/p7_both_a.txt & wrk -t1 -c25 -d15s --latency "${Q/9281/9282}" > /tmp/p7_both_b.txt; wait
echo "both at once, p7a:"; cat /tmp/p7_both_a.txt; echo "both at once, p7b:"; cat /tmp/p7_both_b.txt
wrk -t2 -c50 -d15s --latency "http://localhost:9281/openapi/ui/index.html"
# P6 across the two servers: reported through p7a, read through p7b (its head window, ADR 0053)
python3 emulation-bench/scripts/p6_visible.py --rounds 20 --user officer --unit 00001 \
  --base http://localhost:9281 --read-base http://localhost:9282 --read-unit 01
# the rows the province's question reads: its query as the server sends it, the units of 01
UNITS=$(psql -h 127.0.0.1 -U postgres -d "$DB" -At -c \
  "SELECT string_agg(quote_literal(unit_code), ',') FROM (SELECT DISTINCT unit_code FROM org_unit_placement WHERE parent_code = '01' UNION SELECT '01') u")
# the indicators judged overall in 2025 (since ADR 0054 the query names them, and the key's prefix
# is then bound up to the indicator): those commune 00001 reported overall for the year
IND=$(psql -h 127.0.0.1 -U postgres -d "$DB" -At -c \
  "SELECT string_agg(quote_literal(i), ',') FROM (SELECT DISTINCT indicator_code i FROM measurement WHERE plan_code = 'rach-gia-2022-2025' AND period_year = 2025 AND unit_code = '00001' AND breakdown = '' AND indicator_code <> 'E2') x")
psql -h 127.0.0.1 -U postgres -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT indicator_code, unit_code, period_year, breakdown, amount, numerator, denominator FROM measurement WHERE plan_code = 'rach-gia-2022-2025' AND period_year = 2025 AND ((indicator_code IN ($IND) AND breakdown = '') OR indicator_code IN ('E2')) AND unit_code IN ($UNITS)"
psql -h 127.0.0.1 -U postgres -d "$DB" -At -c "SELECT count(*) FROM measurement WHERE plan_code = 'rach-gia-2022-2025' AND period_year = 2025 AND breakdown = ''"
$W/bin/server stop p7a
$W/bin/server stop p7b
