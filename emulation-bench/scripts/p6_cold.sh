#!/usr/bin/env bash
# P6, the cold answer (docs/performance.md, "P6: the cold answer"): on the server the last verify
# of emulation-sample created, started on DB (fresh_province by default) with a JFR recording
# (/tmp/fresh_$TAG.jfr) and every statement of that database logged, one cold and 20 warm requests
# of the dashboard and the full answer, then p6_visible.py. From the repository root, under the lock:
#   flock /tmp/build.lock bash emulation-bench/scripts/p6_cold.sh after
set -u
TAG=${1:-before}
DB=${DB:-fresh_province}
S=emulation-sample/target/liberty/wlp/usr/servers/emulationServer
BASE=http://localhost:9080
API=$BASE/emulation/api/plans/rach-gia-2022-2025
cp emulation-sample/target/wars/emulation-jakarta.war $S/apps/
echo '<server><webApplication location="emulation-jakarta.war" contextRoot="/emulation"/></server>' \
  > $S/configDropins/overrides/datasets-app.xml
printf 'emulation.db=postgresql\ndb.name=%s\n' "$DB" > $S/bootstrap.properties
cp $S/jvm.options /tmp/fresh_jvm.options.orig 2>/dev/null || true
if [ "${JFR:-true}" = true ]; then
  echo "-XX:StartFlightRecording=filename=/tmp/fresh_$TAG.jfr,settings=profile,dumponexit=true" >> $S/jvm.options
fi
echo "war: $(sha256sum emulation-sample/target/wars/emulation-jakarta.war | cut -c1-16); load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${SQLLOG:-true}" = true ] && psql -h 127.0.0.1 -U postgres -d "$DB" -qc "alter database $DB set log_min_duration_statement = 0"
echo "=== start $TAG $(date -u +%T)" | tee -a /tmp/fresh_marks.txt
emulation-sample/target/liberty/wlp/bin/server start emulationServer >/dev/null
for i in $(seq 1 300); do curl -fs $BASE/health/ready >/dev/null 2>&1 && break; sleep 1; done
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
                ("full", "/progress?milestone=2025")]:
    cold, size = get(api + q)
    warm = [get(api + q)[0] for _ in range(20)]
    print(f"{name:12s} cold {cold:8.1f} ms  warm median {statistics.median(warm):6.2f} ms  body {size:,} B")
PY
echo "=== p6 $TAG $(date -u +%T.%N)" | tee -a /tmp/fresh_marks.txt
python3 emulation-bench/scripts/p6_visible.py --rounds ${ROUNDS:-20} --user officer --unit 00001
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "alter database $DB reset log_min_duration_statement"
emulation-sample/target/liberty/wlp/bin/server stop emulationServer >/dev/null
cp /tmp/fresh_jvm.options.orig $S/jvm.options 2>/dev/null || rm -f $S/jvm.options
rm -f $S/apps/emulation-jakarta.war $S/configDropins/overrides/datasets-app.xml $S/bootstrap.properties
