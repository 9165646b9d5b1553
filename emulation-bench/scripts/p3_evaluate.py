#!/usr/bin/env python3
"""P3 (issue 10): an occasion's evaluation run through the batch job, timed, and \\copy of its rows.

On a sample server already started on a loaded data set (the province: DataSetLoader --set
province), as Home Affairs (the development sign-in's `officer`):

1. POST /plans/{plan}/occasions/{occasion}/evaluations, then GET the run's Location every
   --poll seconds until COMPLETE (or FAILED/STOPPED, or --max-seconds): the time from the 202 to
   the first poll that answers COMPLETE, and the progress (`judged`) every --every seconds;
2. from the database: the server's own times of the run (evaluation_run.started_at, the job
   execution's start and end in Liberty's job repository), the rows stored, and one verdict per
   participant and award form (no pair twice, no participant without its verdicts);
3. the same rows with psql: `\\copy (SELECT …) TO` files, then `\\copy … FROM` them into empty
   tables of the same shape (LIKE … INCLUDING ALL: keys, check constraints, indexes; the
   participants' foreign key to the run; since V11 the verdicts have none), timed; dropped
   afterwards.

Prints one JSON object. Standard library only; psql on the path.
"""
import argparse
import json
import subprocess
import time
import urllib.error
import urllib.request


def call(method, url, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept-Language", "en")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


def psql(args, sql):
    out = subprocess.run(
        ["psql", "-h", args.db_host, "-U", "postgres", "-d", args.db_name, "-At", "-v",
         "ON_ERROR_STOP=1", "-c", sql],
        check=True, capture_output=True, text=True)
    return out.stdout.strip()


def timed_psql(args, sql):
    t = time.monotonic()
    psql(args, sql)
    return time.monotonic() - t


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:9080")
    p.add_argument("--plan", default="rach-gia-2022-2025")
    p.add_argument("--occasion", default="FINAL-2025")
    p.add_argument("--user", default="officer")
    p.add_argument("--poll", type=float, default=0.5)
    p.add_argument("--every", type=float, default=10)
    p.add_argument("--max-seconds", type=float, default=1800)
    p.add_argument("--db-host", default="127.0.0.1")
    p.add_argument("--db-name", default="emulation_province")
    p.add_argument("--dir", default="/tmp")
    p.add_argument("--copy", default="true")
    args = p.parse_args()

    s, _, b = call("POST", args.base + "/dev-signin/token", body={"user": args.user})
    assert s == 200, (s, b)
    token = json.loads(b)["token"]
    api = args.base + "/emulation/api"
    start = time.monotonic()
    s, h, b = call("POST", f"{api}/plans/{args.plan}/occasions/{args.occasion}/evaluations",
                   token, {})
    accepted = time.monotonic()
    assert s == 202, (s, b)
    run = json.loads(b)
    run_id = run["id"]
    location = h.get("Location") or h.get("location")
    progress = []
    last_note = accepted
    status = run["status"]
    while True:
        s, _, b = call("GET", location, token)
        now = time.monotonic()
        r = json.loads(b)
        status = r["status"]
        if now - last_note >= args.every:
            progress.append([round(now - accepted, 1), r.get("judged")])
            print(json.dumps({"t": round(now - accepted, 1), "judged": r.get("judged")}), flush=True)
            last_note = now
        if status != "RUNNING" or now - accepted > args.max_seconds:
            break
        time.sleep(args.poll)
    result = {
        "run": run_id, "post_seconds": round(accepted - start, 3),
        "status": status, "judged": r.get("judged"), "participants": r.get("participants"),
        "seconds_202_to_last_poll": round(now - accepted, 2), "progress": progress,
    }
    q = f"'{run_id}'"
    result["server_run_started_at"] = psql(args, f"SELECT started_at FROM evaluation_run WHERE id = {q}")
    try:
        result["server_job"] = psql(
        args,
        "SELECT e.starttime || ' .. ' || coalesce(e.endtime::text, '-') || ' = ' "
        "|| coalesce(extract(epoch FROM e.endtime - e.starttime)::text, '-') "
        f"FROM batch_jobexecution e JOIN evaluation_run r ON r.job_execution_id = e.jobexecid "
        f"WHERE r.id = {q}")
    except subprocess.CalledProcessError as e:
        result["server_job"] = "not read: " + e.stderr.strip()
    result["participant_rows"] = int(psql(
        args, f"SELECT count(*) FROM evaluation_participant WHERE run_id = {q}"))
    result["verdict_rows"] = int(psql(
        args, f"SELECT count(*) FROM evaluation_verdict WHERE run_id = {q}"))
    result["verdict_pairs_twice"] = int(psql(
        args, "SELECT count(*) FROM (SELECT participant_id, award_form_code FROM evaluation_verdict"
              f" WHERE run_id = {q} GROUP BY 1, 2 HAVING count(*) > 1) t"))
    result["participants_without_verdict"] = int(psql(
        args, f"SELECT count(*) FROM evaluation_participant p WHERE p.run_id = {q} AND NOT EXISTS"
              f" (SELECT 1 FROM evaluation_verdict v WHERE v.run_id = {q}"
              " AND v.participant_id = p.participant_id)"))
    result["verdict_bytes"] = int(psql(
        args, "SELECT coalesce(sum(length(coalesce(facts, explanation))), 0) FROM evaluation_verdict"
              f" WHERE run_id = {q}"))
    result["table_bytes"] = psql(
        args, "SELECT pg_total_relation_size('evaluation_verdict') || ' verdicts, '"
              " || pg_total_relation_size('evaluation_participant') || ' participants'")
    if status == "COMPLETE" and args.copy == "true":
        pf, vf = f"{args.dir}/p3_participants.csv", f"{args.dir}/p3_verdicts.csv"
        psql(args, f"\\copy (SELECT * FROM evaluation_participant WHERE run_id = {q}) TO '{pf}' WITH (FORMAT csv)")
        psql(args, f"\\copy (SELECT * FROM evaluation_verdict WHERE run_id = {q}) TO '{vf}' WITH (FORMAT csv)")
        psql(args, "DROP TABLE IF EXISTS bench_verdict; DROP TABLE IF EXISTS bench_participant;"
                   " CREATE TABLE bench_participant (LIKE evaluation_participant INCLUDING ALL,"
                   " FOREIGN KEY (run_id) REFERENCES evaluation_run (id));"
                   " CREATE TABLE bench_verdict (LIKE evaluation_verdict INCLUDING ALL)")
        # VACUUM runs outside a transaction block: one psql -c each
        psql(args, "VACUUM ANALYZE bench_participant")
        psql(args, "VACUUM ANALYZE bench_verdict")
        psql(args, "CHECKPOINT")
        cp = timed_psql(args, f"\\copy bench_participant FROM '{pf}' WITH (FORMAT csv)")
        cv = timed_psql(args, f"\\copy bench_verdict FROM '{vf}' WITH (FORMAT csv)")
        assert int(psql(args, "SELECT count(*) FROM bench_verdict")) == result["verdict_rows"]
        psql(args, "DROP TABLE bench_verdict; DROP TABLE bench_participant")
        result["copy_participants_seconds"] = round(cp, 2)
        result["copy_verdicts_seconds"] = round(cv, 2)
        result["copy_seconds"] = round(cp + cv, 2)
        result["copy_over_run"] = round((cp + cv) / (now - accepted), 3)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
