#!/usr/bin/env python3
"""P6 (issue 10): how long after a report is stored its figure is in the dashboard's answer.

Against a running sample (http://localhost:9080 by default): for N rounds, reports a fresh
figure of indicator G1 for ward 30790 in 2025 (a reporter of 30790 through the
API, as the desk does), then asks the city's published progress (as the dashboard does, with
the ETag it holds from the previous read, so a stale 304 would be caught) until the city's G1
figure for that year is the new one. Prints the median and the worst time from the moment the
report's answer arrived to the first read that shows it, and the POST and GET latencies.

  python3 p6_visible.py [--base http://localhost:9080] [--rounds 20]

With --read-base the figure is reported through one server and read through another (two servers
on one database, P7's): the read then waits for the other server's head window (ADR 0053).
--read-unit reads that unit's progress instead of the city's (the nation has no city above its
provinces).
"""
import argparse
import json
import statistics
import time
import urllib.request
import urllib.error

PLAN = "rach-gia-2022-2025"


def call(method, url, body=None, token=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def token(base, user):
    status, _, body = call("POST", base + "/dev-signin/token", {"user": user})
    assert status == 200, body
    return json.loads(body)["token"]


def city_g1(body, year):
    """The city's G1 row of a progress answer, as text (numerator, denominator, value)."""
    doc = json.loads(body)
    for row in doc.get("rows", []):
        if row.get("indicator") == "G1":
            return json.dumps(row, sort_keys=True)
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:9080")
    p.add_argument("--rounds", type=int, default=20)
    # the demo city's ward and its reporter by default; on a data set, e.g. --user officer --unit 00001
    p.add_argument("--user", default="reporter.rachgia")
    p.add_argument("--unit", default="30790")
    p.add_argument("--read-base", default=None)
    p.add_argument("--read-unit", default=None)
    a = p.parse_args()
    api = a.base + "/emulation/api"
    reporter = token(a.base, a.user)
    visible, posts, gets = [], [], []
    year = 2025
    read_api = (a.read_base or a.base) + "/emulation/api"
    progress = f"{read_api}/plans/{PLAN}/progress?milestone=2025&year={year}"
    if a.read_unit:
        progress += f"&unit={a.read_unit}"
    status, headers, body = call("GET", progress)
    assert status == 200, body
    etag = headers.get("ETag")
    before = city_g1(body, year)
    for i in range(a.rounds):
        numerator = 1 + (i * 7919 + int(time.time())) % 999
        t0 = time.perf_counter()
        status, _, body = call(
            "POST", f"{api}/plans/{PLAN}/measurements",
            {"indicatorCode": "G1", "unitCode": a.unit, "year": year,
             "numerator": numerator, "denominator": 1000}, reporter)
        t1 = time.perf_counter()
        assert status in (200, 201), body
        posts.append(t1 - t0)
        while True:
            g0 = time.perf_counter()
            status, headers, body = call("GET", progress, headers={"If-None-Match": etag} if etag else {})
            g1 = time.perf_counter()
            gets.append(g1 - g0)
            if status == 200:
                now = city_g1(body, year)
                etag = headers.get("ETag")
                if now != before:
                    before = now
                    visible.append(g1 - t1)
                    break
            if g1 - t1 > 10:
                raise SystemExit(f"round {i}: not visible after 10 s")
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.1f} ms, worst {max(xs) * 1000:.1f} ms"
    print(f"rounds: {a.rounds}; written through {a.base}, read through {a.read_base or a.base}: {progress}")
    print(f"report stored -> visible in the city's progress: {ms(visible)}")
    print(f"POST measurement: {ms(posts)}; GET progress: {ms(gets)}")


if __name__ == "__main__":
    main()
