#!/usr/bin/env bash
# P4 (issue 10): the city dashboard's request, the full API answer and the static file under wrk,
# one run, on the server the last `verify` of emulation-sample created, started on the province
# data set (database emulation_province_fig, see docs/performance.md; loaded first with the bench
# jar's DataSetLoader when it does not exist), then P6 on the same server (p6_visible.py, the
# officer reporting for commune 00001). Run under the build lock:
#   flock /tmp/build.lock bash emulation-bench/scripts/p4_dashboard.sh
# DB (emulation_province_fig) and WARMUP (10: seconds of uncounted wrk per URL first) may be set.
set -u
DB=${DB:-emulation_province_fig}
S=emulation-sample/target/liberty/wlp/usr/servers/emulationServer
BASE=http://localhost:9080
API=$BASE/emulation/api/plans/rach-gia-2022-2025
if ! psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "$DB"; then
  java -cp emulation-bench/target/benchmarks.jar vn.emulation.bench.data.DataSetLoader \
    --set province --db-name "$DB" || exit 1
fi
cp emulation-sample/target/wars/emulation-jakarta.war $S/apps/
echo '<server><webApplication location="emulation-jakarta.war" contextRoot="/emulation"/></server>' \
  > $S/configDropins/overrides/datasets-app.xml
printf 'emulation.db=postgresql\ndb.name=%s\n' "$DB" > $S/bootstrap.properties
echo "war: $(sha256sum emulation-sample/target/wars/emulation-jakarta.war | cut -c1-16) built $(stat -c %y emulation-sample/target/wars/emulation-jakarta.war)"
emulation-sample/target/liberty/wlp/bin/server start emulationServer
for i in $(seq 1 300); do
  curl -fs $BASE/health/ready >/dev/null 2>&1 && break; sleep 1
done
python3 - "$API" <<'PY'
import sys, time, urllib.request, statistics
api = sys.argv[1]
def get(url):
    req = urllib.request.Request(url, headers={"Accept": "application/json", "Accept-Language": "vi"})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1000, len(body)
for name, q in [("dashboard", "/progress?milestone=2025&parts=false"),
                ("full", "/progress?milestone=2025"),
                ("children, dashboard", "/progress/children?milestone=2025&size=100&parts=false"),
                ("children, full", "/progress/children?milestone=2025&size=100")]:
    cold, size = get(api + q)
    warm = [get(api + q)[0] for _ in range(20)]
    print(f"{name:22s} cold {cold:8.1f} ms  warm median {statistics.median(warm):6.2f} ms  body {size:,} B")
PY
# warm-up, not counted: each URL under the same load for WARMUP seconds, so that the measured
# runs meet a server whose JIT has compiled the paths they take (the first measured run of the
# dashboard otherwise paid the compilation, and its p99 with it)
WARMUP=${WARMUP:-10}
for url in "$API/progress?milestone=2025&parts=false" "$API/progress?milestone=2025" \
  "$BASE/openapi/ui/index.html"; do
  echo "warm-up ${WARMUP} s: $url $(wrk -t2 -c50 -d${WARMUP}s "$url" | grep Requests/sec)"
done
wrk -t2 -c50 -d15s --latency "$API/progress?milestone=2025&parts=false"
wrk -t2 -c50 -d15s --latency "$API/progress?milestone=2025"
wrk -t2 -c50 -d15s --latency "$BASE/openapi/ui/index.html"
python3 emulation-bench/scripts/p6_visible.py --rounds 20 --user officer --unit 00001
emulation-sample/target/liberty/wlp/bin/server stop emulationServer
rm -f $S/apps/emulation-jakarta.war $S/configDropins/overrides/datasets-app.xml $S/bootstrap.properties
