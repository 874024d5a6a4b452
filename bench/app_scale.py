"""The whole app at a million passages: memory and latency of the real Engine.

bench/scale.py measures the search structures alone. This script builds an index folder
of N synthetic passages with the project's own writer (``qa.index._write``: manifest,
jsonl records, vectors, HNSW, BM25, checksums), loads it with ``qa.engine.Engine`` and the
real embedder in a fresh process, and measures what a deployment would hold and feel:
RSS after loading (anonymous and file-backed), peak RSS while loading, load time, and per
question the search (dense + BM25 + fusion, embedding excluded) and the whole ``ask``.

What is synthetic (stated in the result file too):
* articles: real sentences of the seed index resampled into articles of 15-25 sentences,
  packed into passages by ``qa.chunk.pack`` (so passage lengths match the real ones);
* vectors: drawn from the Gaussian fitted to the real vectors (bench/scale.py ``gauss``);
* BM25 and sentence tokens: Zipf over the real Kiwi vocabulary extended by Heaps' law,
  as many tokens per text as the real seed texts have per character.
The answers over such an index are meaningless; their cost is not.

    .venv/bin/python bench/app_scale.py                    # 1e6 passages, ~25 min, ~12 GB of disk in --work
    .venv/bin/python bench/app_scale.py --passages 100000  # ~3 min
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine, question_set, summary_ms, wait_quiet, write_result  # noqa: E402
from scale import HEAPS_BETA, SEED, ZIPF_S, PeakRSS, gen_vectors, prepare, rss_mb  # noqa: E402

TARGET_GB = 4.0
TARGET_SEARCH_MS = 50.0


def _status_mb() -> dict:
    """RssAnon / RssFile of this process: memory-mapped files count as file-backed pages,
    which the kernel can drop and re-read; anonymous pages cannot be."""
    out = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(("VmRSS", "RssAnon", "RssFile", "VmHWM")):
                k, v = line.split(":")
                out[k] = round(int(v.split()[0]) / 1024, 1)
    return out


# --- child: build ----------------------------------------------------------------------------

def child_build(work: Path, n: int) -> dict:
    import numpy as np

    import qa.index as qindex
    from qa.chunk import ChunkSettings, pack
    from qa.config import Settings
    from qa.embed import resolve_model
    from qa.index import _DocParts, load_index
    from qa.types import Chunk, Document, Sentence

    if not (work / "gauss.npz").exists():
        prepare(work)
    seed_index = load_index(Settings().index_dir)
    texts = [s.text for s in seed_index.sentences]
    chars = sum(len(t) for t in texts)
    tokens_per_char = sum(len(t) for t in seed_index.sentence_tokens) / chars
    rng = np.random.default_rng([SEED, n, 3])
    settings = Settings().with_overrides(index_dir=work / "index")
    chunking = ChunkSettings()

    t0 = time.perf_counter()
    parts, n_chunks, n_sent, d = [], 0, 0, 0
    while n_chunks < n:
        picks = rng.choice(len(texts), int(rng.integers(15, 26)))
        spans, pos = [], 0
        for j in picks:
            spans.append((pos, pos + len(texts[j])))
            pos += len(texts[j]) + 1
        text = " ".join(texts[j] for j in picks)
        doc = Document(doc_id=f"syn{d:07d}", title=f"합성 기사 {d}", text=text, source="synthetic",
                       path=f"synthetic/{d}.md", sha256=hashlib.sha256(text.encode()).hexdigest())
        sents = [Sentence(doc.doc_id, i, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
        chunks = []
        for i, (a, b) in enumerate(pack(sents, chunking)[: n - n_chunks]):
            start, end = sents[a].start, sents[b - 1].end
            chunks.append(Chunk(f"{doc.doc_id}#{i}", doc.doc_id, i, start, end, a, b, text[start:end], doc.title))
        parts.append(_DocParts(doc, sents, chunks, None, None))
        n_chunks += len(chunks)
        n_sent += len(sents)
        d += 1
    records_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    vectors = gen_vectors(work, n_chunks)
    svectors = gen_vectors(work, n_sent)[::-1]  # another order than the passages'
    i = j = 0
    for p in parts:  # views, no copies
        p.vectors, i = vectors[i:i + len(p.chunks)], i + len(p.chunks)
        p.sentence_vectors, j = svectors[j:j + len(p.sentences)], j + len(p.sentences)
    vectors_s = time.perf_counter() - t0

    meta = json.loads((work / "tokens.json").read_text(encoding="utf-8"))
    real_vocab = meta["vocab_by_freq"]

    def synthetic_tokenize_many(batch):
        """Stands in for Kiwi, which would take hours over 1e6 passages: as many tokens per
        text as the seed texts have per character, Zipf-distributed over a Heaps-law vocabulary."""
        batch = list(batch)
        lens = np.maximum(1, np.rint(np.fromiter((len(t) for t in batch), np.float64, len(batch))
                                     * tokens_per_char).astype(np.int64))
        total = int(lens.sum())
        v = max(len(real_vocab), int(meta["heaps_k"] * total ** HEAPS_BETA))
        vocab = np.array(real_vocab + [f"합성{k}" for k in range(v - len(real_vocab))], dtype=object)
        cdf = np.cumsum(1.0 / np.arange(1, v + 1) ** ZIPF_S)
        ids = np.minimum(np.searchsorted(cdf / cdf[-1], rng.random(total)), v - 1)
        toks = vocab[ids]
        bounds = np.concatenate([[0], np.cumsum(lens)])
        return [toks[bounds[k]:bounds[k + 1]].tolist() for k in range(len(batch))]

    qindex.tokenize_many = synthetic_tokenize_many
    spec = resolve_model(settings, progress=False)
    t0 = time.perf_counter()
    with PeakRSS() as peak:
        folder = qindex._write(settings, spec, vectors.shape[1], parts)
    write_s = time.perf_counter() - t0
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {"passages": n_chunks, "sentences": n_sent, "documents": len(parts),
            "records_s": round(records_s, 1), "vectors_s": round(vectors_s, 1), "write_s": round(write_s, 1),
            "write_peak_rss_mb": round(peak.peak), "dense": manifest["dense"],
            "files_mb": {k: round(v["bytes"] / 2**20, 1) for k, v in manifest["files"].items()
                         if v["bytes"] > 2**20},
            "tokens_per_char": round(tokens_per_char, 4)}


# --- child: serve ----------------------------------------------------------------------------

def child_serve(work: Path, questions: int) -> dict:
    before = _status_mb()
    t0 = time.perf_counter()
    from qa.config import Settings
    from qa.engine import Engine
    from qa.embed import get_embedder

    settings = Settings().with_overrides(index_dir=work / "index", docs_dir=work / "no-documents")
    embedder = get_embedder(Settings(), progress=False)
    imports_s = time.perf_counter() - t0
    after_model = _status_mb()
    t0 = time.perf_counter()
    with PeakRSS() as peak:
        engine = Engine(settings, embedder=embedder, auto_build=False, progress=False, log=lambda s: None)
    load_s = time.perf_counter() - t0
    loaded = _status_mb()

    qs = question_set(with_variants=True)[:questions]
    for q in qs[:10]:  # warm-up
        engine.ask(q["question"], q.get("history", []))
    quiet = wait_quiet("app_scale serve")
    search, dense, lexical, fuse, asks = [], [], [], [], []
    for q in qs:
        query = engine.resolve(q["question"], q.get("history", []))
        t = engine.retriever.search(query, k=10).timings
        search.append(t.dense_ms + t.lexical_ms + t.fuse_ms)
        dense.append(t.dense_ms)
        lexical.append(t.lexical_ms)
        fuse.append(t.fuse_ms)
        engine.ask(q["question"], q.get("history", []))
        asks.append(engine.last_timings.total_ms)
    served = _status_mb()
    return {"imports_and_model_s": round(imports_s, 1), "index_load_s": round(load_s, 1),
            "rss_mb": {"start": before, "after_model": after_model, "after_load": loaded,
                       "after_questions": served, "peak_while_loading": round(peak.peak),
                       "ru_maxrss": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)},
            "questions": len(qs), "quiet": quiet,
            "search_ms": summary_ms(search), "dense_ms": summary_ms(dense), "lexical_ms": summary_ms(lexical),
            "fuse_ms": summary_ms(fuse), "ask_ms": summary_ms(asks),
            "dense_kind": engine.index.dense.kind, "passages": len(engine.index.chunks),
            "sentences": len(engine.index.sentences), "vocab": len(engine.index.sentence_tokens.vocab)}


def _child(args: list[str], timeout: float) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=1_000_000)
    ap.add_argument("--questions", type=int, default=222)
    ap.add_argument("--work", default="/tmp/busan-qa-app-scale")
    ap.add_argument("--reuse", action="store_true", help="serve the index already in --work")
    ap.add_argument("--name", default="app_scale")
    ap.add_argument("--child-build", action="store_true")
    ap.add_argument("--child-serve", action="store_true")
    a = ap.parse_args()
    work = Path(a.work)
    if a.child_build:
        print(json.dumps(child_build(work, a.passages)))
        return 0
    if a.child_serve:
        print(json.dumps(child_serve(work, a.questions)))
        return 0

    work.mkdir(parents=True, exist_ok=True)
    out = {"machine": machine(), "passages_asked": a.passages,
           "synthetic": "articles resampled from real seed sentences; Gaussian-fitted vectors; Zipf/Heaps tokens"}
    if not a.reuse:
        print(f"building {a.passages:,} synthetic passages in {work} ...", file=sys.stderr)
        out["build"] = _child(["--child-build", "--passages", str(a.passages), "--work", str(work)], 4 * 3600)
        print(json.dumps(out["build"], indent=1), file=sys.stderr)
    serve = _child(["--child-serve", "--questions", str(a.questions), "--work", str(work)], 3600)
    out["serve"] = serve
    loaded_gb = serve["rss_mb"]["after_questions"]["VmRSS"] / 1024
    out["targets"] = {
        "process_memory_gb": {"value": round(loaded_gb, 2), "target": TARGET_GB, "met": loaded_gb <= TARGET_GB},
        "search_median_ms": {"value": serve["search_ms"]["median"], "target": TARGET_SEARCH_MS,
                             "met": serve["search_ms"]["median"] <= TARGET_SEARCH_MS},
    }
    write_result(a.name, out)
    print(json.dumps({"serve": serve, "targets": out["targets"]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
