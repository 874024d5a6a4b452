"""Retrieval and answer quality on the dev set: this pipeline vs a tutorial baseline, and ablations.

    .venv/bin/python bench/quality.py                   # 18 min measured on 2 busy cores (builds 7 indexes in temp dirs)
    .venv/bin/python bench/quality.py --no-chunk-sweep  # a third of that
    .venv/bin/python bench/quality.py --plot-only       # redraw quality.png from the JSON

Writes bench/results/quality.json and bench/results/quality.png.

* project: ``Engine`` over a fresh index built into a temp dir from documents/ (current code,
  current documents); ranks from ``Engine.search`` (follow-ups resolved), answers from ``Engine.ask``.
* tutorial: what a newcomer copies from a RAG tutorial: the same cleaned documents
  (``qa.load.load_documents``), fixed 500-character windows with 50 characters overlap,
  the same e5-small embedder (with its query/passage prefixes), FAISS ``IndexFlatIP``,
  dense only, no follow-up handling; the answer is the top passage (cut to 400 characters,
  the grader's limit; also scored uncut) and it always answers.
* ablations on the project's own chunks: BM25 with whitespace tokens vs Kiwi morphemes,
  dense-only vs BM25-only vs hybrid, RRF vs min-max score fusion, RRF k, chunk size.

Metrics follow ../shared/eval/README.md via qa.metrics: recall@k and MRR (over the top 10)
on answerable questions, answer_hit (every `must` group in an answer of <= 400 chars),
abstain on unanswerable questions. "dev+variants" repeats the retrieval metrics over the dev
questions plus generated surface variants (spacing removed, particles swapped, ...), which
keep the original's evidence labels.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, machine, machine_line, question_set, write_result  # noqa: E402

import faiss  # noqa: E402
import numpy as np  # noqa: E402

from qa.chunk import ChunkSettings  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.embed import get_embedder  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.fuse import rrf, score_fusion  # noqa: E402
from qa.korean import tokenize  # noqa: E402
from qa.lexical import LexicalIndex  # noqa: E402
from qa.load import load_documents  # noqa: E402
from qa.metrics import answer_hit, first_relevant_rank, mrr, recall_at_k  # noqa: E402
from qa.search import CANDIDATES, Retriever  # noqa: E402

TOP = 10  # ranks are computed over the top 10 (MRR@10, as `qa eval`)
GRADER_LIMIT = 400


def retrieval_metrics(ranks: list) -> dict:
    return {"n": len(ranks), "recall@1": round(recall_at_k(ranks, 1), 3), "recall@5": round(recall_at_k(ranks, 5), 3),
            "mrr": round(mrr(ranks, TOP), 3)}


def rank_of(texts: list[str], q: dict):
    return first_relevant_rank(texts[:TOP], q.get("evidence", []))


# --- the tutorial baseline ---------------------------------------------------------------

class Tutorial:
    """Fixed-size character windows + dense FAISS flat search; top passage is the answer."""

    def __init__(self, docs, embedder, size: int = 500, overlap: int = 50):
        self.embedder = embedder
        self.texts = []
        step = size - overlap
        for d in docs:
            for start in range(0, len(d.text), step):
                self.texts.append(d.text[start:start + size])
                if start + size >= len(d.text):
                    break
        vecs = embedder.passages(self.texts)
        self.index = faiss.IndexFlatIP(vecs.shape[1])
        self.index.add(vecs)

    def search(self, question: str, k: int = TOP) -> list[str]:
        qv = self.embedder.queries([question])
        _, ids = self.index.search(qv, k)
        return [self.texts[i] for i in ids[0] if i >= 0]


# --- project rankings from the index's own parts ------------------------------------------

class Parts:
    """Dense and lexical candidate lists of the project's index, to recombine offline."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.index = engine.index
        chunks = self.index.chunks
        self.ws_lexical = LexicalIndex().fit([f"{c.title}\n{c.text}".lower().split() for c in chunks])

    def lists(self, query: str) -> dict:
        qv = self.engine.embedder.queries([query])
        ds, di = self.index.dense.search(qv, CANDIDATES)
        ls, li = self.index.lexical.search(tokenize(query), CANDIDATES)
        ws, wi = self.ws_lexical.search(query.lower().split(), CANDIDATES)
        return {"dense": (di[0].tolist(), ds[0].tolist()), "bm25_kiwi": (li.tolist(), ls.tolist()),
                "bm25_ws": (wi.tolist(), ws.tolist())}

    def texts(self, ids) -> list[str]:
        return [self.index.chunks[i].text for i in ids]


def fused(lists: dict, method: str) -> list[int]:
    d, l = lists["dense"], lists["bm25_kiwi"]
    if method == "dense":
        return d[0]
    if method == "bm25_kiwi":
        return l[0]
    if method == "bm25_ws":
        return lists["bm25_ws"][0]
    if method.startswith("rrf"):
        k = int(method.split("_k")[1]) if "_k" in method else 60
        return [i for i, _ in rrf([d[0], l[0]], k=k)]
    if method == "score":
        return [i for i, _ in score_fusion([d, l])]
    raise ValueError(method)


RETRIEVAL_METHODS = ["dense", "bm25_ws", "bm25_kiwi", "rrf", "score", "rrf_k10", "rrf_k30", "rrf_k100"]


# --- answers --------------------------------------------------------------------------------

def answer_metrics(engine: Engine, questions: list[dict], retriever: Retriever | None = None) -> dict:
    saved = engine.retriever
    if retriever is not None:
        engine.retriever = retriever
    try:
        hits = n_ans = abst = n_un = false_abst = 0
        for q in questions:
            a = engine.ask(q["question"], q.get("history") or [])
            if q["type"] == "unanswerable":
                n_un += 1
                abst += not a.answered
            else:
                n_ans += 1
                false_abst += not a.answered
                hits += bool(a.answered and answer_hit(a.answer, q.get("must", []), GRADER_LIMIT))
    finally:
        engine.retriever = saved
    return {"answer_hit": round(hits / max(1, n_ans), 3), "abstain": round(abst / max(1, n_un), 3),
            "false_abstain": round(false_abst / max(1, n_ans), 3), "n_answerable": n_ans, "n_unanswerable": n_un}


def evaluate_project(engine: Engine, questions: list[dict]) -> dict:
    ranks = []
    for q in questions:
        if q["type"] == "unanswerable":
            continue
        hits = engine.search(q["question"], q.get("history") or [], k=TOP)
        ranks.append(rank_of([h.chunk.text for h in hits], q))
    return {**retrieval_metrics(ranks), **answer_metrics(engine, questions)}


def evaluate_tutorial(tut: Tutorial, questions: list[dict]) -> dict:
    ranks, hit_cut, hit_whole, over_limit, n_ans, n_un = [], 0, 0, 0, 0, 0
    for q in questions:
        texts = tut.search(q["question"])
        if q["type"] == "unanswerable":
            n_un += 1  # always answers: never abstains
            continue
        n_ans += 1
        ranks.append(rank_of(texts, q))
        top = texts[0] if texts else ""
        hit_cut += answer_hit(top[:GRADER_LIMIT], q.get("must", []), GRADER_LIMIT)
        hit_whole += answer_hit(top, q.get("must", []), max_chars=10**9)
        over_limit += len(top) > GRADER_LIMIT
    return {**retrieval_metrics(ranks), "answer_hit": round(hit_cut / max(1, n_ans), 3),
            "answer_hit_whole_passage": round(hit_whole / max(1, n_ans), 3),
            "top_passage_over_400_chars": round(over_limit / max(1, n_ans), 3),
            "abstain": 0.0 if n_un else None, "false_abstain": 0.0, "n_answerable": n_ans, "n_unanswerable": n_un}


def ratio(a, b):
    return round(a / b, 2) if b else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-chunk-sweep", action="store_true", help="skip the chunk-size sweep (5 extra index builds)")
    ap.add_argument("--plot-only", action="store_true", help="redraw the PNG from bench/results/quality.json")
    args = ap.parse_args()
    if args.plot_only:
        import json

        plot(json.loads((RESULTS / "quality.json").read_text(encoding="utf-8")))
        return 0
    m = machine()
    t_start = time.perf_counter()
    dev = question_set(with_variants=False)
    allq = question_set(with_variants=True)
    base = Settings()
    embedder = get_embedder(base, progress=False)
    out: dict = {"machine": m, "questions": {"dev": len(dev), "dev_answerable": sum(q["type"] != "unanswerable" for q in dev),
                                             "dev+variants": len(allq)}}

    with tempfile.TemporaryDirectory(prefix="bench-quality-") as tmp:
        settings = base.with_overrides(index_dir=Path(tmp) / "index")
        print("building the project index in a temp dir ...", file=sys.stderr)
        engine = Engine(settings, embedder=embedder, progress=False, log=lambda s: None)
        engine.ask("부산")  # load Kiwi
        docs, _ = load_documents(settings.docs_dir)
        tut = Tutorial(docs, embedder)
        out["corpus"] = {"documents": len(docs), "project_chunks": len(engine.index.chunks),
                         "project_chunk_chars_mean": round(float(np.mean([len(c.text) for c in engine.index.chunks])), 1),
                         "tutorial_chunks": len(tut.texts),
                         "tutorial_chunk_chars_mean": round(float(np.mean([len(t) for t in tut.texts])), 1),
                         "project_chunking": settings.chunking.to_dict(), "tutorial_chunking": {"size": 500, "overlap": 50}}

        # 1. headline: project vs tutorial
        print("project vs tutorial ...", file=sys.stderr)
        proj = {"dev": evaluate_project(engine, dev), "dev+variants": evaluate_project(engine, allq)}
        tuto = {"dev": evaluate_tutorial(tut, dev), "dev+variants": evaluate_tutorial(tut, allq)}
        out["project"], out["tutorial"] = proj, tuto
        out["headline"] = {
            "recall@1_ratio": ratio(proj["dev"]["recall@1"], tuto["dev"]["recall@1"]),
            "answer_hit_ratio": ratio(proj["dev"]["answer_hit"], tuto["dev"]["answer_hit"]),
            "answer_hit_ratio_vs_whole_passage": ratio(proj["dev"]["answer_hit"], tuto["dev"]["answer_hit_whole_passage"]),
            "recall@1_ratio_dev+variants": ratio(proj["dev+variants"]["recall@1"], tuto["dev+variants"]["recall@1"]),
            "answer_hit_ratio_dev+variants": ratio(proj["dev+variants"]["answer_hit"], tuto["dev+variants"]["answer_hit"]),
        }

        # 2. retrieval ablations over the project's own chunks (follow-ups resolved as the engine does)
        print("retrieval ablations ...", file=sys.stderr)
        parts = Parts(engine)
        ablation: dict = {}
        for set_name, qs in (("dev", dev), ("dev+variants", allq)):
            ranks = {mth: [] for mth in RETRIEVAL_METHODS}
            for q in qs:
                if q["type"] == "unanswerable":
                    continue
                query = engine.resolve(q["question"], q.get("history") or [])
                lists = parts.lists(query)
                for mth in RETRIEVAL_METHODS:
                    ranks[mth].append(rank_of(parts.texts(fused(lists, mth)), q))
            ablation[set_name] = {mth: retrieval_metrics(r) for mth, r in ranks.items()}
            # per-variant breakdown for the BM25 tokenizers and the hybrid (where whitespace BM25 breaks)
            if set_name == "dev+variants":
                by_var: dict = {}
                answerable = [q for q in qs if q["type"] != "unanswerable"]
                for mth in ("bm25_ws", "bm25_kiwi", "dense", "rrf"):
                    for q, r in zip(answerable, ranks[mth]):
                        by_var.setdefault(q["variant"], {}).setdefault(mth, []).append(r)
                ablation["by_variant_recall@5"] = {v: {mth: round(recall_at_k(r, 5), 3) for mth, r in d.items()}
                                                   for v, d in by_var.items()}
        out["retrieval_ablation"] = ablation

        # 3. answers with each retrieval mode (Engine.ask with a swapped Retriever)
        print("answers per retrieval mode ...", file=sys.stderr)
        idx = engine.index
        modes = {
            "hybrid_rrf (default)": None,
            "hybrid_score_fusion": Retriever(idx, embedder, fusion="score"),
            "dense_only": Retriever(idx, embedder, weights=(1.0, 0.0)),
            "bm25_only": Retriever(idx, embedder, weights=(0.0, 1.0)),
        }
        out["answers_by_mode"] = {name: {"dev": answer_metrics(engine, dev, r), "dev+variants": answer_metrics(engine, allq, r)}
                                  for name, r in modes.items()}
        out["answers_by_mode_note"] = ("dense_only / bm25_only = RRF with weights (1,0) / (0,1): the top passages are "
                                       "the one list's order; the other list's candidates trail with score 0")

    # 4. chunk size sweep (each needs its own index)
    if not args.no_chunk_sweep:
        sweep = []
        for cs in (ChunkSettings(200, 1), ChunkSettings(300, 0), ChunkSettings(300, 1), ChunkSettings(300, 2),
                   ChunkSettings(400, 1), ChunkSettings(500, 1)):
            print(f"chunk sweep {cs} ...", file=sys.stderr)
            with tempfile.TemporaryDirectory(prefix="bench-chunk-") as tmp:
                s = base.with_overrides(index_dir=Path(tmp) / "index", chunking=cs)
                e = Engine(s, embedder=embedder, progress=False, log=lambda s: None)
                row = {"max_chars": cs.max_chars, "overlap": cs.overlap, "chunks": len(e.index.chunks),
                       "default": cs == ChunkSettings()}
                row["dev"] = evaluate_project(e, dev)
                row["dev+variants"] = evaluate_project(e, allq)
                sweep.append(row)
        out["chunk_sweep"] = sweep

    out["seconds"] = round(time.perf_counter() - t_start, 1)
    write_result("quality", out)
    plot(out)
    print_summary(out)
    return 0


def plot(out: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(13, 5.4))
    # left: project vs tutorial on the dev set
    p, t = out["project"]["dev"], out["tutorial"]["dev"]
    metrics = ["recall@1", "recall@5", "mrr", "answer_hit"]
    x = np.arange(len(metrics) + 1)
    w = 0.38
    pv = [p[k] for k in metrics] + [p["abstain"]]
    tv = [t[k] for k in metrics] + [t["abstain"]]
    ax = axes[0]
    b1 = ax.bar(x - w / 2, pv, w, label="this pipeline", color="#1f77b4")
    b2 = ax.bar(x + w / 2, tv, w, label="tutorial (500-char, dense only)", color="#ff7f0e")
    b3 = ax.bar(x[3] + w / 2, t["answer_hit_whole_passage"], w, fill=False, edgecolor="#ff7f0e", hatch="//",
                label="tutorial answer_hit, whole passage (no 400-char cut)")
    for bars in (b1, b2, b3):
        ax.bar_label(bars, fmt="%.2f", fontsize=8)
    ax.set_xticks(x, metrics + ["abstain\n(unanswerable)"])
    ax.set_ylim(0, 1.12)
    ax.set_title(f"Dev set ({out['questions']['dev']} questions)")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2)
    # right: retrieval ablation, recall@1 and recall@5 on dev and dev+variants
    ab = out["retrieval_ablation"]
    names = ["dense", "bm25_ws", "bm25_kiwi", "score", "rrf"]
    labels = ["dense only", "BM25\nwhitespace", "BM25\nKiwi", "hybrid\nscore fusion", "hybrid RRF\n(default)"]
    x = np.arange(len(names))
    w = 0.2
    ax = axes[1]
    for i, (sname, key, color) in enumerate([("dev", "recall@1", "#2ca02c"), ("dev", "recall@5", "#98df8a"),
                                             ("dev+variants", "recall@1", "#9467bd"), ("dev+variants", "recall@5", "#c5b0d5")]):
        bars = ax.bar(x + (i - 1.5) * w, [ab[sname][n][key] for n in names], w, label=f"{sname} {key}", color=color)
        ax.bar_label(bars, fmt="%.2f", fontsize=6, rotation=90, padding=2)
    ax.set_xticks(x, labels, fontsize=8)
    ax.set_ylim(0, 1.15)
    ax.set_title("Retrieval ablation on the project's chunks")
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=4)
    fig.tight_layout()
    fig.savefig(RESULTS / "quality.png", dpi=120)
    plt.close(fig)


def print_summary(out: dict) -> None:
    h = out["headline"]
    print(f"headline: recall@1 x{h['recall@1_ratio']}, answer_hit x{h['answer_hit_ratio']}")
    for name in ("project", "tutorial"):
        print(name, out[name]["dev"])
    for mth, v in out["retrieval_ablation"]["dev"].items():
        print(f"  {mth:10s} dev {v}  dev+var {out['retrieval_ablation']['dev+variants'][mth]}")
    for name, v in out["answers_by_mode"].items():
        print(f"  {name:22s} {v['dev']}  {v['dev+variants']}")
    for row in out.get("chunk_sweep", []):
        print(f"  chunk {row['max_chars']}/{row['overlap']} ({row['chunks']}): {row['dev']}  var {row['dev+variants']}")
    print(machine_line(out["machine"]))


if __name__ == "__main__":
    sys.exit(main())
