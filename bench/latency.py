"""Latency of answering: warm ``Engine.ask`` end to end and per stage, and cold start of the CLI.

    .venv/bin/python bench/latency.py            # ~3 min on 2 quiet cores (waits up to 2 min for a quiet machine)
    .venv/bin/python bench/latency.py --contend 2 --name latency_contended   # with 2 busy-loop processes

Writes bench/results/latency.json and bench/results/latency.png.

Warm: one Engine over the project's index (index/; built first if missing), a warm-up of
20 questions, then every question of the set (the 32 dev questions plus generated variants:
spacing removed, particles swapped, casual endings, question mark dropped, keywords only;
222 in all) asked ``--passes`` times. End-to-end time is measured around ``Engine.ask``;
stages come from ``engine.last_timings`` (query embedding, FAISS, BM25 incl. Kiwi tokenizing
the query, fusion, answer composition). Follow-ups include their resolution.

Cold: a fresh ``.venv/bin/python -m qa ask "<question>"`` subprocess, from spawn to exit
(the answer is printed last), with the index already built; one unmeasured run first
to warm the OS page cache, then the median of ``--cold-runs``. An in-process breakdown
(imports, model, index, Kiwi, first ask, second ask) shows where the cold time goes.

Threads: a question is embedded on ``QA_QUERY_THREADS`` threads (default 1; torch's own
default is one per core). The same questions are also asked with 1 and with 2 query threads,
alternating per question (paired), and fresh processes are run with QA_QUERY_THREADS=2 (with
and without OMP_WAIT_POLICY=PASSIVE), because on a busy machine spinning OpenMP threads make
2 threads many times slower than 1.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, ROOT, machine, machine_line, question_set, summary_ms, wait_quiet, write_result  # noqa: E402

TARGETS = {"warm_median_ms": 50.0, "warm_p95_ms": 150.0, "cold_start_s": 15.0}
COLD_QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"
STAGES = ["embed_ms", "dense_ms", "lexical_ms", "fuse_ms", "compose_ms"]

BREAKDOWN = r"""
import json, sys, time
t0 = time.perf_counter()
from qa.config import Settings
from qa.engine import Engine
from qa.embed import get_embedder
t1 = time.perf_counter()
import sentence_transformers, torch  # what Embedder() imports lazily
t2 = time.perf_counter()
emb = get_embedder(Settings(), progress=False)
t3 = time.perf_counter()
e = Engine(Settings(), embedder=emb, progress=False, log=lambda s: None)
t4 = time.perf_counter()
from qa.korean import kiwi
kiwi()
t5 = time.perf_counter()
e.ask(sys.argv[1])
t6 = time.perf_counter()
e.ask(sys.argv[1])
t7 = time.perf_counter()
print(json.dumps({"import_qa_s": t1 - t0, "import_torch_sentence_transformers_s": t2 - t1, "load_model_s": t3 - t2,
                  "load_index_s": t4 - t3, "load_kiwi_s": t5 - t4, "first_ask_s": t6 - t5, "second_ask_s": t7 - t6,
                  "total_s": t6 - t0}))
"""


def warm(passes: int) -> dict:
    from qa.config import Settings
    from qa.engine import Engine

    engine = Engine(Settings(), progress=False)
    questions = question_set(with_variants=True)
    for q in questions[:20]:  # warm-up: Kiwi, torch kernels, caches
        engine.ask(q["question"], q.get("history") or [])
    import psutil

    rss = psutil.Process().memory_info().rss / 2**20
    quiet = wait_quiet("warm")
    total, stages, rows = [], {s: [] for s in STAGES}, []
    by_variant: dict[str, list] = {}
    for p in range(passes):
        for q in questions:
            t0 = time.perf_counter()
            a = engine.ask(q["question"], q.get("history") or [])
            ms = 1000 * (time.perf_counter() - t0)
            t = engine.last_timings
            total.append(ms)
            by_variant.setdefault(q["variant"], []).append(ms)
            for s in STAGES:
                stages[s].append(getattr(t, s))
            if p == 0:
                rows.append({"id": q["id"], "ms": round(ms, 2), "answered": a.answered, "followup": bool(q.get("history"))})
    plain = [r["ms"] for r in rows if not r["followup"]]
    # paired comparison of the threads one question's embedding runs on (Settings.query_threads,
    # default 1, vs torch's own default of one per core): the same question asked both ways,
    # alternating, so both see the same load
    import torch

    all_threads = torch.get_num_threads()
    default_threads = all_threads if all_threads != 1 else 2
    paired: dict[int, list] = {1: [], default_threads: []}
    cpu: dict[int, list] = {1: [], default_threads: []}
    embed: dict[int, list] = {1: [], default_threads: []}
    for i, q in enumerate(questions):
        order = (1, default_threads) if i % 2 == 0 else (default_threads, 1)
        for th in order:
            engine.embedder.query_threads = th
            c0, t0 = time.process_time(), time.perf_counter()
            engine.ask(q["question"], q.get("history") or [])
            paired[th].append(1000 * (time.perf_counter() - t0))
            cpu[th].append(1000 * (time.process_time() - c0))
            embed[th].append(engine.last_timings.embed_ms)
    engine.embedder.query_threads = engine.settings.query_threads
    threads = {f"torch_threads_{th}": {"end_to_end_ms": summary_ms(paired[th]), "embed_ms": summary_ms(embed[th]),
                                       "process_cpu_ms": summary_ms(cpu[th])} for th in paired}
    threads["loadavg_1m_end"] = round(__import__("os").getloadavg()[0], 2)
    return {
        "index": {"folder": str(engine.index.folder.relative_to(ROOT)) if engine.index.folder.is_relative_to(ROOT)
                  else str(engine.index.folder), "chunks": len(engine.index.chunks), "dense": engine.index.dense.kind},
        "questions": len(questions), "passes": passes, "asks": len(total),
        "end_to_end_ms": summary_ms(total),
        "end_to_end_ms_single_turn_first_pass": summary_ms(plain),
        "stages_ms": {s: summary_ms(v) for s, v in stages.items()},
        "by_variant_ms": {v: summary_ms(x) for v, x in by_variant.items()},
        "slowest": sorted(rows, key=lambda r: -r["ms"])[:5],
        "threads_paired": threads,
        "process_rss_mb": round(rss, 1), "load": {**quiet, "loadavg_1m_end": round(__import__("os").getloadavg()[0], 2)},
        "_samples": total,
    }


CONFIGS = {  # environment of a fresh serving process
    "default (QA_QUERY_THREADS=1)": {},
    "QA_QUERY_THREADS=2": {"QA_QUERY_THREADS": "2"},
    "QA_QUERY_THREADS=2, OMP_WAIT_POLICY=PASSIVE": {"QA_QUERY_THREADS": "2", "OMP_WAIT_POLICY": "PASSIVE"},
}


def child_config() -> None:
    """Warm asks of the dev questions in this (fresh) process; its environment is the config."""
    import os

    import torch

    from qa.config import Settings
    from qa.engine import Engine

    engine = Engine(Settings(), progress=False, log=lambda s: None)
    qs = question_set(with_variants=False)
    for q in qs[:10]:
        engine.ask(q["question"], q.get("history") or [])
    l0 = os.getloadavg()[0]
    total, emb = [], []
    for _ in range(3):
        for q in qs:
            t0 = time.perf_counter()
            engine.ask(q["question"], q.get("history") or [])
            total.append(1000 * (time.perf_counter() - t0))
            emb.append(engine.last_timings.embed_ms)
    print(json.dumps({"torch_threads": engine.embedder.query_threads, "end_to_end_ms": summary_ms(total),
                      "embed_ms": summary_ms(emb), "loadavg_1m": [round(l0, 2), round(os.getloadavg()[0], 2)]}))


def configs(rounds: int = 2) -> dict:
    """Fresh processes with different OpenMP settings, round-robin so load drifts hit all alike."""
    import os

    out: dict = {name: [] for name in CONFIGS}
    for _ in range(rounds):
        for name, env in CONFIGS.items():
            proc = subprocess.run([sys.executable, __file__, "--child-config"], cwd=ROOT, capture_output=True, text=True,
                                  env={**os.environ, **env}, timeout=1800)
            try:
                out[name].append(json.loads(proc.stdout.strip().splitlines()[-1]))
            except (ValueError, IndexError):
                out[name].append({"error": proc.stderr[-1500:]})
            print(f"  config {name}: {out[name][-1].get('end_to_end_ms')}", file=sys.stderr)
    return out


def cold(runs: int) -> dict:
    py = str(ROOT / ".venv" / "bin" / "python")
    cmd = [py, "-m", "qa", "ask", COLD_QUESTION]

    def once() -> dict:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        first = proc.stdout.readline()
        t_first = time.perf_counter() - t0
        rest = proc.stdout.read()
        rc = proc.wait()
        return {"exit_s": round(time.perf_counter() - t0, 3), "first_output_s": round(t_first, 3), "rc": rc,
                "answer_bytes": len(first) + len(rest)}

    quiet = wait_quiet("cold")
    warmup = once()
    measured = [once() for _ in range(runs)]
    exits = sorted(r["exit_s"] for r in measured)
    # in-process breakdown, also a fresh process
    out = subprocess.run([py, "-c", BREAKDOWN, COLD_QUESTION], cwd=ROOT, capture_output=True, text=True)
    try:
        breakdown = {k: (round(v, 3) if isinstance(v, float) else v)
                     for k, v in json.loads(out.stdout.strip().splitlines()[-1]).items() if v is not None}
    except (ValueError, IndexError):
        breakdown = {"error": out.stderr[-2000:]}
    return {"command": " ".join([".venv/bin/python", "-m", "qa", "ask", f'"{COLD_QUESTION}"']),
            "unmeasured_first_run": warmup, "load": quiet, "runs": measured, "median_exit_s": exits[len(exits) // 2],
            "in_process_breakdown_s": breakdown}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--config-rounds", type=int, default=2)
    ap.add_argument("--child-config", action="store_true")
    ap.add_argument("--name", default="latency", help="result name: bench/results/<name>.json and .png "
                    "(e.g. latency_loaded for a run while the machine is busy)")
    ap.add_argument("--contend", type=int, default=0, metavar="N",
                    help="run N busy-loop processes during the measurements (a reproducible busy machine); "
                         "use with --name latency_contended")
    args = ap.parse_args()
    if args.child_config:
        child_config()
        return 0
    if args.contend:  # the machine is made busy on purpose: do not wait for it to be quiet
        __import__("os").environ["BENCH_QUIET_WAIT"] = "0"
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.contend)]
    try:
        return run(args)
    finally:
        for h in hogs:  # only the processes started here, by their own handles
            h.kill()
            h.wait()


def run(args) -> int:
    m = machine()
    print("warm asks ...", file=sys.stderr)
    w = warm(args.passes)
    samples = w.pop("_samples")
    print("cold starts ...", file=sys.stderr)
    c = cold(args.cold_runs)
    print("OpenMP configs (fresh processes) ...", file=sys.stderr)
    cfg = configs(args.config_rounds) if args.config_rounds else {}
    e2e = w["end_to_end_ms"]
    targets = {
        "warm_median_ms": {"target": TARGETS["warm_median_ms"], "value": e2e["median"], "met": e2e["median"] <= TARGETS["warm_median_ms"]},
        "warm_p95_ms": {"target": TARGETS["warm_p95_ms"], "value": e2e["p95"], "met": e2e["p95"] <= TARGETS["warm_p95_ms"]},
        "cold_start_s": {"target": TARGETS["cold_start_s"], "value": c["median_exit_s"], "met": c["median_exit_s"] <= TARGETS["cold_start_s"]},
    }
    out = {"machine": m, "targets": targets, "warm": w, "cold": c, "openmp_configs": cfg,
           "busy_loop_processes": args.contend}
    write_result(args.name, out)
    plot(samples, w, args.name)
    print(json.dumps(targets, indent=1))
    print("stages", {k: (v["median"], v["p95"]) for k, v in w["stages_ms"].items()})
    print("cold", c["median_exit_s"], c["in_process_breakdown_s"])
    print("threads", json.dumps(w["threads_paired"]))
    print(machine_line(m))
    return 0


def plot(samples: list[float], w: dict, name: str = "latency") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig, axes = plt.subplots(1, 2, figsize=(12, 4.2))
    ax = axes[0]
    ax.hist(samples, bins=np.linspace(0, max(60, float(np.percentile(samples, 99.5))), 60), color="#1f77b4")
    for q, style in ((50, "-"), (95, "--")):
        v = float(np.percentile(samples, q))
        ax.axvline(v, color="k", linestyle=style, label=f"p{q} {v:.1f} ms")
    ax.axvline(50, color="r", linestyle=":", label="median target 50 ms")
    ax.set_xlabel("warm Engine.ask, ms")
    ax.set_ylabel("asks")
    ax.set_title(f"End-to-end ({w['asks']} asks)")
    ax.legend(fontsize=8)
    ax = axes[1]
    names = list(w["stages_ms"])
    med = [w["stages_ms"][s]["median"] for s in names]
    p95 = [w["stages_ms"][s]["p95"] for s in names]
    x = np.arange(len(names))
    ax.bar(x - 0.2, med, 0.4, label="median")
    ax.bar(x + 0.2, p95, 0.4, label="p95")
    ax.set_xticks(x, [s.replace("_ms", "") for s in names])
    ax.set_ylabel("ms")
    ax.set_title("Stages (engine.last_timings)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(RESULTS / f"{name}.png", dpi=120)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
