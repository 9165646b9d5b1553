#!/usr/bin/env python3
"""P5 (issue 10): the sample's start to /health/ready, against an empty Liberty with the same features.

Uses the Liberty runtime the build installed (emulation-sample/target/liberty/wlp) and the sample
server the build created there (`mvn -B -ntp -o clean verify -pl emulation-sample -am -DskipTests`),
with the emulation WAR the build made (emulation-sample/target/wars/emulation-jakarta.war) deployed
on it for the run as the ITs deploy it, under /emulation (apps/ and a configDropins override,
removed at the end: without them that server holds only the development sign-in). Writes a second
server, `p5EmptyServer`, whose server.xml holds exactly the sample's <featureManager> and an HTTP
endpoint of its own, and nothing else (no application, no datasource). Then, for N rounds, in
alternating order so that a drift of the machine's load falls on both alike:

  * sample, fresh:    its data directory removed first (migrations and the demo city run);
  * sample, restart:  its database kept;
  * empty:            the empty server;

each timed from `server start` to the first `/health/ready` answering 200 (polled every 0.1 s),
then stopped. Prints every time, the medians and the ratios to the empty server's median.

  flock /tmp/build.lock python3 emulation-bench/scripts/p5_start.py [--rounds 5]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import time
import urllib.request
import urllib.error

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WLP = os.path.join(ROOT, "emulation-sample", "target", "liberty", "wlp")
SAMPLE = "emulationServer"
EMPTY = "p5EmptyServer"
WAR = os.path.join(ROOT, "emulation-sample", "target", "wars", "emulation-jakarta.war")
DEPLOYED = os.path.join(WLP, "usr", "servers", SAMPLE, "apps", "emulation-jakarta.war")
OVERRIDE = os.path.join(WLP, "usr", "servers", SAMPLE, "configDropins", "overrides", "p5-app.xml")


def server(command, name):
    subprocess.run([os.path.join(WLP, "bin", "server"), command, name], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ready(port):
    try:
        with urllib.request.urlopen(f"http://localhost:{port}/health/ready", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def timed_start(name, port, limit=300, app=False):
    began = time.monotonic()
    server("start", name)
    while not ready(port):
        if time.monotonic() - began > limit:
            raise SystemExit(f"{name} not ready after {limit} s")
        time.sleep(0.1)
    took = time.monotonic() - began
    # not timed: that the time measured was the emulation WAR's start, not only the runtime's
    if app and not app_ready(port):
        server("stop", name)
        raise SystemExit(f"{name} ready but the emulation WAR does not answer: not deployed?")
    server("stop", name)
    return took


def write_empty_server():
    sample_xml = open(os.path.join(WLP, "usr", "servers", SAMPLE, "server.xml"), encoding="utf-8").read()
    features = re.search(r"<featureManager>.*?</featureManager>", sample_xml, re.S).group(0)
    directory = os.path.join(WLP, "usr", "servers", EMPTY)
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with open(os.path.join(directory, "server.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<server description="P5: the sample\'s features, nothing else">\n  ')
        f.write(features)
        f.write('\n  <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9190" httpsPort="9543"/>\n</server>\n')


def deploy_war():
    shutil.copyfile(WAR, DEPLOYED)
    with open(OVERRIDE, "w", encoding="utf-8") as f:
        f.write('<server><webApplication location="emulation-jakarta.war" contextRoot="/emulation"/></server>\n')


def undeploy_war():
    for path in (DEPLOYED, OVERRIDE):
        if os.path.exists(path):
            os.remove(path)


def app_ready(port):
    """The WAR answers (its readiness check is the database's; this is the WAR's own page)."""
    try:
        with urllib.request.urlopen(f"http://localhost:{port}/emulation/api/plans/rach-gia-2022-2025/published", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    # an experiment: a setting for the sample only, as a line of its server.env (removed after),
    # e.g. --sample-env MP_OPENAPI_SCAN_DISABLE=true to see what the OpenAPI scan costs the start
    parser.add_argument("--sample-env", action="append", default=[])
    # an experiment: the sample without the development sign-in (its <webApplication> removed
    # from the sample's server.xml for the run, restored after), to know what it costs the start
    parser.add_argument("--without-dev-signin", action="store_true")
    # restarts and the empty server only (no fresh start), for quicker comparisons
    parser.add_argument("--restart-only", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(WLP, "usr", "servers", SAMPLE, "apps")) or not os.path.isfile(WAR):
        raise SystemExit("run `mvn -B -ntp -o clean verify -pl emulation-sample -am -DskipTests` first")
    write_empty_server()
    deploy_war()
    env = os.path.join(WLP, "usr", "servers", SAMPLE, "server.env")
    env_before = open(env, encoding="utf-8").read() if os.path.exists(env) else None
    if args.sample_env:
        with open(env, "a", encoding="utf-8") as f:
            f.write("\n" + "\n".join(args.sample_env) + "\n")
        print("sample's server.env adds: " + ", ".join(args.sample_env))
    sample_xml = os.path.join(WLP, "usr", "servers", SAMPLE, "server.xml")
    xml_before = open(sample_xml, encoding="utf-8").read()
    if args.without_dev_signin:
        without = re.sub(r"<webApplication id=\"dev-signin\".*?/>", "", xml_before, flags=re.S)
        if without == xml_before:
            raise SystemExit("no dev-signin <webApplication> in the sample's server.xml")
        with open(sample_xml, "w", encoding="utf-8") as f:
            f.write(without)
        print("sample without the development sign-in")
    try:
        run(args)
    finally:
        undeploy_war()
        with open(sample_xml, "w", encoding="utf-8") as f:
            f.write(xml_before)
        if env_before is not None:
            with open(env, "w", encoding="utf-8") as f:
                f.write(env_before)


def run(args):
    data = os.path.join(WLP, "usr", "servers", SAMPLE, "data")
    times = {"sample, fresh": [], "sample, restart": [], "empty": []}
    for r in range(args.rounds):
        order = ["empty", "sample, fresh", "sample, restart"]
        if r % 2:
            order = ["sample, fresh", "sample, restart", "empty"]
        for what in order:
            if args.restart_only and what == "sample, fresh":
                continue
            if what == "empty":
                t = timed_start(EMPTY, 9190)
            else:
                if what == "sample, fresh":
                    shutil.rmtree(data, ignore_errors=True)
                t = timed_start(SAMPLE, 9080, app=True)
            times[what].append(t)
            print(f"round {r + 1}: {what}: {t:.2f} s", flush=True)
    empty = statistics.median(times["empty"])
    print()
    print("| start | runs (s) | median | ratio to empty |")
    print("|---|---|---|---|")
    for what, ts in times.items():
        if not ts:
            continue
        m = statistics.median(ts)
        print(f"| {what} | {', '.join(f'{t:.2f}' for t in ts)} | {m:.2f} s | {m / empty:.2f} |")


if __name__ == "__main__":
    main()
