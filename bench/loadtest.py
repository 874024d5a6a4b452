"""Load on the chat app's `/ask` API: concurrent conversations, then a memory soak.

    .venv/bin/python bench/loadtest.py [--users 20] [--questions 20] [--soak 2000]

Starts app.py on a free loopback port (over documents/ and a temporary index, so the
project's index/ is not touched), then

1. a single user runs every distinct conversation script once, in order: the reference;
2. ``--users`` conversations of ``--questions`` questions run at once, each with its own
   gradio_client, each sending its own growing history (follow-ups included); every
   answer must equal the reference answer of the same turn, and no call may fail;
3. a soak of ``--soak`` further questions from 4 clients, sampling the app process's
   resident memory (psutil) as it goes.

Writes bench/results/loadtest.json: users, questions, errors, mismatches, throughput,
latency p50/p95, RSS before/after the soak, and the machine. The pieces are functions
so tests/test_app_load.py runs the same code at a smaller size.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

# Standalone questions, and follow-ups that lean on the turn before them.
POOL = [
    "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?",
    "데이터 기반 4대 특화분야는 무엇인가요?",
    "그 중 의료 분야에서는 무엇을 하나요?",
    "부산진해경제자유구역청장은 누구인가요?",
    "부산 경제성장 혁신전략의 핵심사업은 모두 몇 개인가요?",
    "데이터산업 육성을 위해 몇 년 동안 얼마를 투입하기로 했나요?",
    "그 예산은 어디에 쓰이나요?",
    "명지국제신도시에 만드는 AI 허브는 무엇인가요?",
    "부산 해운대에서 가 볼 만한 맛집을 추천해 주세요.",
    "빅데이터혁신센터는 어떤 일을 하나요?",
    "스마트시티 부산의 목표는 무엇인가요?",
    "거기서 시민은 무엇을 할 수 있나요?",
    "디지털 인재를 몇 명 양성하나요?",
    "메타버스 관련 사업은 무엇이 있나요?",
    "서울시 지하철 기본요금은 얼마인가요?",
    "What is the total budget of the Busan digital industry plan?",
    "블록체인 특구에서는 무엇을 하나요?",
    "5G 특화망 분야 계획을 알려 주세요.",
    "그 중 두 번째는 무엇인가요?",
    "부산시장은 스마트시티에 대해 무엇이라고 말했나요?",
]
DISTINCT_SCRIPTS = 5  # conversations differ by where in POOL they start


def scripts(users: int, questions: int) -> list[list[str]]:
    """One list of questions per user; users share DISTINCT_SCRIPTS different orders."""
    out = []
    for u in range(users):
        start = (u % DISTINCT_SCRIPTS) * (len(POOL) // DISTINCT_SCRIPTS)
        out.append([POOL[(start + i) % len(POOL)] for i in range(questions)])
    return out


def pct(values, q: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False)


def ask_until(c, i: int, stop, lock, latencies: list, errors: list) -> None:
    """One crowd client: ask the pool's questions in turn (every third with a one-turn
    history) until ``stop``, recording each answer's latency or its error."""
    n = 0
    while not stop.is_set():
        q = POOL[(i + n) % len(POOL)]
        hist = [{"role": "user", "content": POOL[(i + n - 1) % len(POOL)]}] if n % 3 == 2 else []
        t0 = time.perf_counter()
        try:
            c.predict(q, hist, api_name="/ask")
            with lock:
                latencies.append(time.perf_counter() - t0)
        except Exception as e:  # noqa: BLE001 - counted: the figure is "0 errors"
            with lock:
                errors.append(f"{type(e).__name__}: {e}"[:200])
        n += 1


def converse(url: str, script: list[str]) -> dict:
    """One user's conversation: each turn sends the history so far (user + assistant)."""
    c = client(url)
    history: list[dict] = []
    turns, errors = [], []
    for q in script:
        t0 = time.perf_counter()
        try:
            out = c.predict(q, history, api_name="/ask")
        except Exception as e:  # counted, not raised: the load test reports every failure
            errors.append(f"{type(e).__name__}: {e}")
            out = None
        turns.append({"question": q, "answer": out, "seconds": time.perf_counter() - t0})
        history += [{"role": "user", "content": q},
                    {"role": "assistant", "content": (out or {}).get("answer", "")}]
    return {"turns": turns, "errors": errors}


def reference(url: str, script_list: list[list[str]]) -> dict[tuple, dict]:
    """Answers of a single user running each distinct script alone: {(script, turn): answer}."""
    ref = {}
    for script in {tuple(s) for s in script_list}:
        run = converse(url, list(script))
        if run["errors"]:
            raise RuntimeError(f"single-user run failed: {run['errors'][:3]}")
        for i, t in enumerate(run["turns"]):
            ref[(script, i)] = t["answer"]
    return ref


def concurrent(url: str, script_list: list[list[str]], ref: dict | None = None) -> dict:
    """All conversations at once; latency, throughput, errors and mismatches against ``ref``."""
    t0 = time.perf_counter()
    with ThreadPoolExecutor(len(script_list)) as pool:
        runs = list(pool.map(lambda s: converse(url, s), script_list))
    wall = time.perf_counter() - t0
    lat = [t["seconds"] for r in runs for t in r["turns"]]
    errors = [e for r in runs for e in r["errors"]]
    mismatches = []
    if ref is not None:
        for script, run in zip(script_list, runs):
            for i, t in enumerate(run["turns"]):
                if t["answer"] is not None and t["answer"] != ref[(tuple(script), i)]:
                    mismatches.append({"turn": i, "question": t["question"],
                                       "got": (t["answer"] or {}).get("answer"),
                                       "expected": ref[(tuple(script), i)].get("answer")})
    return {"users": len(script_list), "questions_per_user": len(script_list[0]) if script_list else 0,
            "calls": len(lat), "errors": len(errors), "error_samples": errors[:5],
            "mismatches": len(mismatches), "mismatch_samples": mismatches[:3],
            "wall_s": round(wall, 2), "throughput_qps": round(len(lat) / wall, 2) if wall else None,
            "latency_ms": {"p50": round(1000 * pct(lat, 50), 1), "p95": round(1000 * pct(lat, 95), 1),
                           "max": round(1000 * max(lat), 1) if lat else None}}


def app_pid(url: str) -> int:
    """The process listening on the URL's port (the app)."""
    import psutil
    from urllib.parse import urlparse

    port = urlparse(url).port
    for c in psutil.net_connections(kind="tcp"):
        if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid:
            return c.pid
    raise RuntimeError(f"no process listens on port {port}")


def listening_addresses(pid: int) -> list[tuple[str, int]]:
    import psutil

    return sorted({(c.laddr.ip, c.laddr.port) for c in psutil.Process(pid).net_connections(kind="inet")
                   if c.status == psutil.CONN_LISTEN})


def rss_mb(pid: int) -> float:
    import psutil

    return psutil.Process(pid).memory_info().rss / 2**20


def soak(url: str, n: int, workers: int = 4, samples: int = 10) -> dict:
    """``n`` questions from ``workers`` clients (short histories), RSS sampled as it goes."""
    pid = app_pid(url)
    before = rss_mb(pid)
    counter = iter(range(n))
    lock = threading.Lock()
    lat, errors, trace = [], [], [(0, round(before, 1))]
    done = [0]

    def work():
        c = client(url)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            q = POOL[i % len(POOL)]
            hist = [{"role": "user", "content": POOL[(i - 1) % len(POOL)]}] if i % 3 == 0 else []
            t0 = time.perf_counter()
            try:
                c.predict(q, hist, api_name="/ask")
            except Exception as e:
                with lock:
                    errors.append(f"{type(e).__name__}: {e}")
            with lock:
                lat.append(time.perf_counter() - t0)
                done[0] += 1
                if done[0] % max(1, n // samples) == 0:
                    trace.append((done[0], round(rss_mb(pid), 1)))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    after = rss_mb(pid)
    return {"questions": n, "workers": workers, "errors": len(errors), "error_samples": errors[:5],
            "wall_s": round(wall, 2), "throughput_qps": round(n / wall, 2),
            "latency_ms": {"p50": round(1000 * pct(lat, 50), 1), "p95": round(1000 * pct(lat, 95), 1)},
            "rss_mb_before": round(before, 1), "rss_mb_after": round(after, 1),
            "rss_growth_mb": round(after - before, 1), "rss_trace": trace}


@contextlib.contextmanager
def app(env_extra: dict | None = None):
    """app.py over documents/ and a fresh temporary index; yields the URL."""
    from conftest_app import running_app

    tmp = Path(tempfile.mkdtemp(prefix="loadtest-"))
    env = {"QA_DOCS_DIR": str(ROOT / "documents"), "QA_INDEX_DIR": str(tmp / "index"),
           "QA_FEEDBACK": str(tmp / "feedback.jsonl"), **(env_extra or {})}
    try:
        with running_app(env_extra=env, timeout=600) as url:
            yield url
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--users", type=int, default=20)
    p.add_argument("--questions", type=int, default=20)
    p.add_argument("--soak", type=int, default=2000)
    p.add_argument("--out", default=str(ROOT / "bench" / "results" / "loadtest.json"))
    args = p.parse_args(argv)
    from _common import machine, wait_quiet

    quiet = wait_quiet("loadtest")
    result = {"machine": machine(), "load_at_start": quiet}
    with app() as url:
        pid = app_pid(url)
        result["listening"] = listening_addresses(pid)
        result["rss_mb_at_start"] = round(rss_mb(pid), 1)
        plan = scripts(args.users, args.questions)
        t0 = time.perf_counter()
        ref = reference(url, plan)
        result["single_user"] = {"distinct_scripts": len({tuple(s) for s in plan}), "calls": len(ref),
                                 "wall_s": round(time.perf_counter() - t0, 2),
                                 "throughput_qps": round(len(ref) / (time.perf_counter() - t0), 2)}
        print(f"single user: {result['single_user']}", file=sys.stderr)
        result["concurrent"] = concurrent(url, plan, ref)
        print(f"concurrent: {json.dumps(result['concurrent'], ensure_ascii=False)}", file=sys.stderr)
        result["soak"] = soak(url, args.soak)
        print(f"soak: {json.dumps(result['soak'], ensure_ascii=False)}", file=sys.stderr)
    result["users"], result["questions"] = args.users, args.questions
    result["errors"] = result["concurrent"]["errors"] + result["soak"]["errors"]
    result["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    print(f"wrote {out}", file=sys.stderr)
    ok = result["errors"] == 0 and result["concurrent"]["mismatches"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
