"""Index build cost: seed build time and peak memory, embedding throughput by batch size,
incremental re-index after adding one article vs a full rebuild.

    .venv/bin/python bench/build.py            # ~3 min on 2 quiet cores

Writes bench/results/build.json and bench/results/build.png.

* Seed build: a fresh child process (``build.py --child``) imports the project, loads the
  default embedder and runs ``build_index(Settings().with_overrides(index_dir=tmp), rebuild=True)``;
  timed from process start, peak RSS from ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` and a
  psutil sampler (every 20 ms). Median of ``--runs``.
* Stages of one in-process build (embedder already loaded), by wrapping qa.index's helpers.
* Throughput: ``Embedder.passages`` over the index's passages (title + text, as indexed) with
  batch size 1, 8, 16, 32 (the project default), 64.
* Incremental: documents/ copied to a temp folder, indexed, then one new short Korean article
  added (and then edited) and ``build_index(rebuild=False)`` run; compared with
  ``build_index(rebuild=True)`` over the same six articles. Same process, embedder loaded.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

T_PROCESS = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, ROOT, machine, machine_line, wait_quiet, write_result  # noqa: E402

TARGET_SEED_S = 60.0
BATCHES = [1, 8, 16, 32, 64]

NEW_ARTICLE = """---
title: 부산시, 해양 데이터 공유 플랫폼 시범 운영
source: 벤치마크용 가상 기사 (bench/build.py)
date: 2024-01-15
---
부산시는 항만과 수산 분야의 데이터를 한곳에 모으는 해양 데이터 공유 플랫폼을 올해 상반기부터 시범 운영한다고 밝혔다.
플랫폼에는 항만 물동량, 선박 입출항 기록, 연근해 수온 관측값 등 12종의 공공데이터가 우선 등록된다.
시는 지역 스타트업과 연구기관이 이 데이터를 무료로 내려받아 새로운 서비스를 만들 수 있도록 개방형 인터페이스를 함께 제공할 계획이다.
시범 운영 기간에는 이용자 의견을 받아 데이터 항목과 갱신 주기를 조정하고, 하반기에는 민간 기업이 보유한 물류 데이터까지 연계하는 방안을 검토한다.
시 관계자는 "해양 데이터가 흩어져 있어 활용이 어려웠던 문제를 풀고, 데이터 기반 해양산업 창업을 늘리는 계기로 삼겠다"고 말했다.
"""


# --- child: one seed build in a fresh process ------------------------------------------------

def child(index_dir: str) -> None:
    from qa.config import Settings
    from qa.embed import get_embedder
    from qa.index import build_index

    t_imported = time.perf_counter()
    settings = Settings().with_overrides(index_dir=index_dir)
    embedder = get_embedder(settings, progress=False)
    t_loaded = time.perf_counter()
    report = build_index(settings, embedder, rebuild=True, progress=False)
    t_done = time.perf_counter()
    print(json.dumps({
        "import_s": t_imported - T_PROCESS, "model_load_s": t_loaded - t_imported, "build_index_s": t_done - t_loaded,
        "total_in_process_s": t_done - T_PROCESS, "passages": report.embedded_passages,
        "sentences": report.embedded_sentences, "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def seed_builds(runs: int) -> dict:
    import psutil

    rows = []
    for i in range(runs):
        quiet = wait_quiet(f"seed build {i + 1}")
        with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, __file__, "--child", str(Path(tmp) / "index")], cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            peak = [0]

            def sample():
                try:
                    p = psutil.Process(proc.pid)
                    while proc.poll() is None:
                        peak[0] = max(peak[0], p.memory_info().rss)
                        time.sleep(0.02)
                except psutil.Error:
                    pass

            th = threading.Thread(target=sample, daemon=True)
            th.start()
            stdout, _ = proc.communicate()
            wall = time.perf_counter() - t0
            th.join()
            info = json.loads(stdout.strip().splitlines()[-1])
            info = {k: round(v, 3) if isinstance(v, float) else v for k, v in info.items()}
            rows.append({"wall_s": round(wall, 3), "peak_rss_sampled_mb": round(peak[0] / 2**20, 1), **info,
                         "loadavg_before": quiet["loadavg_1m"]})
            print(f"  seed build {i + 1}: {rows[-1]}", file=sys.stderr)
    med = lambda k: sorted(r[k] for r in rows)[len(rows) // 2]  # noqa: E731
    children_maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"runs": rows, "median_wall_s": med("wall_s"), "median_build_index_s": med("build_index_s"),
            "median_model_load_s": med("model_load_s"), "peak_rss_mb_max": max(r["peak_rss_sampled_mb"] for r in rows),
            "maxrss_children_mb": round(children_maxrss, 1)}


# --- in-process parts ---------------------------------------------------------------------------

class StageTimer:
    """Wrap functions of qa.index to time the stages of one build."""

    def __init__(self):
        self.ms: dict[str, float] = {}

    def wrap(self, owner, name: str, label: str):
        fn = getattr(owner, name)

        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.ms[label] = self.ms.get(label, 0.0) + 1000 * (time.perf_counter() - t0)

        setattr(owner, name, timed)
        return fn


def stages(embedder) -> dict:
    import qa.index as qi
    from qa.config import Settings

    timer = StageTimer()
    originals = [(qi, n, timer.wrap(qi, n, label)) for n, label in (
        ("sentences_of", "split sentences (Kiwi)"), ("chunk_document", "pack passages"),
        ("tokenize_many", "BM25 tokens (Kiwi)"), ("_write", "write (tokens, FAISS, BM25, files)"))]
    originals += [(qi.DenseIndex, "fit", timer.wrap(qi.DenseIndex, "fit", "FAISS fit")),
                  (qi.LexicalIndex, "fit", timer.wrap(qi.LexicalIndex, "fit", "BM25 fit"))]
    emb_orig = embedder.passages
    calls = []

    def passages(texts, *a, **kw):
        t0 = time.perf_counter()
        out = emb_orig(texts, *a, **kw)
        calls.append((len(texts), 1000 * (time.perf_counter() - t0)))
        return out

    embedder.passages = passages
    try:
        with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
            t0 = time.perf_counter()
            qi.build_index(Settings().with_overrides(index_dir=tmp), embedder, rebuild=True, progress=False)
            total = 1000 * (time.perf_counter() - t0)
    finally:
        del embedder.passages
        for owner, name, fn in originals:
            setattr(owner, name, fn)
    out = {k: round(v, 1) for k, v in timer.ms.items()}
    out["embed passages"] = round(calls[0][1], 1)
    out["embed sentences"] = round(calls[1][1], 1) if len(calls) > 1 else 0.0
    out["total"] = round(total, 1)
    return {"ms": out, "texts": {"passages": calls[0][0], "sentences": calls[1][0] if len(calls) > 1 else 0},
            "note": "first build in this process: 'split sentences' includes loading Kiwi (~1-2 s)"}


def throughput(embedder, texts: list[str], min_seconds: float = 4.0) -> dict:
    import numpy as np

    tok = embedder.model.tokenizer
    lens = [len(tok(embedder.spec.passage_prefix + t)["input_ids"]) for t in texts]
    import torch

    rows = []
    quiet = wait_quiet("throughput")
    default_threads = torch.get_num_threads()
    for b in BATCHES:
        row = {"batch_size": b, "default": b == embedder.batch_size}
        # the default torch thread count (one per core), then 1 thread: robust to a busy machine
        for th in (default_threads, 1):
            torch.set_num_threads(th)
            embedder.passages(texts[: max(b, 8)], batch_size=b)  # warm-up at this batch size
            n = 0
            t0 = time.perf_counter()
            while True:
                embedder.passages(texts, batch_size=b)
                n += len(texts)
                el = time.perf_counter() - t0
                if el >= min_seconds:
                    break
            key = "passages_per_s" if th == default_threads else "passages_per_s_1thread"
            row[key] = round(n / el, 1)
            row["loadavg_1m"] = round(os.getloadavg()[0], 2)
        torch.set_num_threads(default_threads)
        rows.append(row)
        print(f"  batch {b}: {row}", file=sys.stderr)
    return {"load": quiet, "torch_threads_default": default_threads, "texts": len(texts), "tokens_mean": round(float(np.mean(lens)), 1), "tokens_max": int(max(lens)),
            "rows": rows}


def incremental(embedder, reps: int = 3) -> dict:
    from qa.config import Settings
    from qa.index import build_index

    with tempfile.TemporaryDirectory(prefix="bench-incr-") as tmp:
        docs = Path(tmp) / "docs"
        shutil.copytree(ROOT / "documents", docs)
        settings = Settings().with_overrides(docs_dir=docs, index_dir=Path(tmp) / "index")
        base = build_index(settings, embedder, rebuild=True, progress=False)
        new = docs / "bench-new-article.md"
        inc = []
        for i in range(reps):
            # first: added; then: the same article edited (one more sentence), re-embedded alone
            text = NEW_ARTICLE + "".join(f"시는 {j + 2}차 점검 회의를 열어 운영 상황을 살필 예정이다.\n" for j in range(i))
            new.write_text(text, encoding="utf-8")
            r = build_index(settings, embedder, rebuild=False, progress=False)
            inc.append({"kind": "added" if r.added else "changed", "seconds": round(r.seconds, 3), "full": r.full,
                        "embedded_passages": r.embedded_passages, "embedded_sentences": r.embedded_sentences,
                        "unchanged_docs": len(r.unchanged)})
        full = []
        for _ in range(reps):
            r = build_index(settings, embedder, rebuild=True, progress=False)
            full.append({"seconds": round(r.seconds, 3), "embedded_passages": r.embedded_passages,
                         "embedded_sentences": r.embedded_sentences, "documents": len(r.added)})
    med = lambda rows: sorted(x["seconds"] for x in rows)[len(rows) // 2]  # noqa: E731
    return {"base_build_s": round(base.seconds, 3), "incremental": inc, "full_rebuild": full,
            "median_incremental_s": med(inc), "median_full_s": med(full),
            "speedup": round(med(full) / med(inc), 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", metavar="INDEX_DIR")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    m = machine()
    print("seed builds (fresh processes) ...", file=sys.stderr)
    seed = seed_builds(args.runs)
    from qa.config import Settings
    from qa.embed import get_embedder
    from qa.index import load_index

    embedder = get_embedder(Settings(), progress=False)
    print("stages ...", file=sys.stderr)
    st = stages(embedder)
    print("throughput ...", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="bench-tp-") as tmp:
        from qa.chunk import embedding_text
        from qa.index import build_index

        s = Settings().with_overrides(index_dir=tmp)
        build_index(s, embedder, rebuild=True, progress=False)
        texts = [embedding_text(c) for c in load_index(Path(tmp)).chunks]
    tp = throughput(embedder, texts)
    print("incremental ...", file=sys.stderr)
    inc = incremental(embedder)
    out = {"machine": m,
           "targets": {"seed_build_s": {"target": TARGET_SEED_S, "value": seed["median_wall_s"],
                                        "met": seed["median_wall_s"] <= TARGET_SEED_S,
                                        "what": "fresh process: imports + model load + build_index, median"}},
           "seed_build": seed, "stages": st, "throughput": tp, "incremental": inc,
           "torch_threads": __import__("torch").get_num_threads()}
    write_result("build", out)
    plot(out)
    print(json.dumps(out["targets"], indent=1))
    print("seed", {k: v for k, v in seed.items() if k != "runs"})
    print("stages", st["ms"])
    print("throughput", [(r["batch_size"], r["passages_per_s"]) for r in tp["rows"]])
    print("incremental", inc["median_incremental_s"], "full", inc["median_full_s"])
    print(machine_line(m))
    return 0


def plot(out: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    rows = out["throughput"]["rows"]
    ax = axes[0]
    import numpy as np

    x = np.arange(len(rows))
    b1 = ax.bar(x - 0.2, [r["passages_per_s"] for r in rows], 0.4, color="#1f77b4",
                label=f"torch {out['throughput'].get('torch_threads_default', '')} threads (default)")
    b2 = ax.bar(x + 0.2, [r.get("passages_per_s_1thread", 0) for r in rows], 0.4, color="#aec7e8", label="torch 1 thread")
    ax.bar_label(b1, fmt="%.1f", fontsize=7)
    ax.bar_label(b2, fmt="%.1f", fontsize=7)
    ax.set_xticks(x, [str(r["batch_size"]) for r in rows])
    ax.legend(fontsize=7)
    ax.set_xlabel("batch size")
    ax.set_ylabel("passages / s")
    ax.set_title(f"Embedding throughput ({out['throughput']['texts']} passages, "
                 f"{out['throughput']['tokens_mean']:.0f} tokens mean)")
    ax = axes[1]
    inc = out["incremental"]
    bars = ax.bar(["incremental\n(+1 article)", "full rebuild\n(6 articles)"], [inc["median_incremental_s"], inc["median_full_s"]],
                  color=["#2ca02c", "#d62728"])
    ax.bar_label(bars, fmt="%.2f s", fontsize=8)
    ax.set_ylabel("seconds (embedder loaded)")
    ax.set_title("Re-index after adding one article")
    fig.tight_layout()
    fig.savefig(RESULTS / "build.png", dpi=120)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
