#!/usr/bin/env python3
"""One cold request, then --warm more, of each progress question given (P7's growth curve).

Prints per URL: the first request's time, the median and worst of the warm ones, the status and the
body's size. Anonymous GETs (the published reads), sequential, standard library only.
"""
import argparse
import json
import statistics
import time
import urllib.request


def get(url):
    t = time.monotonic()
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
        status = r.status
    return (time.monotonic() - t) * 1000, status, len(body)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:9080/emulation/api")
    p.add_argument("--warm", type=int, default=20)
    p.add_argument("--label", default="")
    p.add_argument("paths", nargs="+")
    a = p.parse_args()
    for path in a.paths:
        url = a.base + path
        cold, status, size = get(url)
        warm = [get(url)[0] for _ in range(a.warm)]
        print(json.dumps({"label": a.label, "path": path, "status": status, "bytes": size,
                          "cold_ms": round(cold, 1), "warm_median_ms": round(statistics.median(warm), 1),
                          "warm_max_ms": round(max(warm), 1)}), flush=True)


if __name__ == "__main__":
    main()
