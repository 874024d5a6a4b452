"""100 clients through the queue for 60 s, and a normal user asking meanwhile.

    .venv/bin/python bench/http_load.py [--clients 100] [--seconds 60]

Issue 12 found that the queue could be bypassed: with 100 clients on
/gradio_api/run/ask the server ran 51 threads, and a browser user got one answer in
60 s. Now every call goes through the queue (api_open off). This starts app.py over
documents/ and a temporary index (bench/loadtest.py's ``app``), then

1. a normal user alone asks 10 questions: the baseline latency;
2. ``--clients`` gradio_client clients ask back to back for ``--seconds`` (each its own
   session, a short history every third question), while the normal user asks one
   question every 2 s;
3. the app's RSS is sampled before, during and 10 s after;
4. steps 2-3 run ``--rounds`` times in the same app, to see whether memory levels off.

Writes bench/results/http_load.json: errors, throughput, client latency p50/p95, the
normal user's latencies alone and under load, RSS before/after, the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from loadtest import app, app_pid, ask_until, client, pct, rss_mb  # noqa: E402

NORMAL_QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"


def crowd(url: str, clients: int, seconds: float, normal_every: float = 2.0) -> dict:
    pid = app_pid(url)
    stop = threading.Event()
    lock = threading.Lock()
    lat, errors, normal, normal_errors, rss = [], [], [], [], []
    # every client connected before the clock starts: the workers, the normal user, this thread
    ready = threading.Barrier(clients + 2, timeout=600)

    def worker(i: int):
        try:
            c = client(url)
        finally:
            ready.wait()
        ask_until(c, i, stop, lock, lat, errors)

    def normal_user():
        try:
            c = client(url)
        finally:
            ready.wait()
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                out = c.predict(NORMAL_QUESTION, [], api_name="/ask")
                ok = "6,699억" in out["answer"]
                normal.append(time.perf_counter() - t0) if ok else normal_errors.append("wrong answer")
            except Exception as e:
                normal_errors.append(f"{type(e).__name__}: {e}")
            stop.wait(max(0.0, normal_every - (time.perf_counter() - t0)))

    def sampler():
        while not stop.wait(5):
            rss.append(round(rss_mb(pid), 1))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    threads.append(threading.Thread(target=normal_user))
    for t in threads:
        t.start()
    ready.wait()  # every client connected: the clock starts
    before = rss_mb(pid)
    threading.Thread(target=sampler, daemon=True).start()
    t0 = time.perf_counter()
    stop.wait(seconds)
    stop.set()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    time.sleep(10)
    after = rss_mb(pid)
    return {"clients": clients, "seconds": round(wall, 1), "calls": len(lat), "errors": len(errors),
            "error_samples": errors[:5], "throughput_qps": round(len(lat) / wall, 2),
            "latency_s": {"p50": round(pct(lat, 50), 2), "p95": round(pct(lat, 95), 2), "max": round(max(lat), 2)},
            "normal_user": {"answers": len(normal), "errors": len(normal_errors), "error_samples": normal_errors[:3],
                            "latency_s": {"median": round(statistics.median(normal), 2) if normal else None,
                                          "p95": round(pct(normal, 95), 2), "max": round(max(normal), 2)
                                          if normal else None}},
            "rss_mb_before": round(before, 1), "rss_mb_after_10s": round(after, 1),
            "rss_mb_max_during": max(rss) if rss else None}


def alone(url: str, n: int = 10) -> dict:
    c = client(url)
    c.predict(NORMAL_QUESTION, [], api_name="/ask")
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        c.predict(NORMAL_QUESTION, [], api_name="/ask")
        times.append(time.perf_counter() - t0)
    return {"answers": n, "latency_s": {"median": round(statistics.median(times), 3), "max": round(max(times), 3)}}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=100)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--rounds", type=int, default=2, help="crowds one after the other (does memory level off?)")
    p.add_argument("--out", default=str(ROOT / "bench" / "results" / "http_load.json"))
    args = p.parse_args(argv)
    from _common import machine, wait_quiet

    result = {"machine": machine(), "load_at_start": wait_quiet("http_load")}
    with app() as url:
        result["normal_user_alone"] = alone(url)
        print(f"alone: {result['normal_user_alone']}", file=sys.stderr)
        result["rounds"] = []
        for _ in range(args.rounds):
            result["rounds"].append(crowd(url, args.clients, args.seconds))
            print(f"crowd: {json.dumps(result['rounds'][-1], ensure_ascii=False)}", file=sys.stderr)
        result["crowd"] = result["rounds"][0]
    result["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    ok = all(r["errors"] == 0 and r["normal_user"]["errors"] == 0 for r in result["rounds"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
