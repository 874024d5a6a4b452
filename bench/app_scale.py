"""The whole app at a million passages: memory and latency of the real Engine.

bench/scale.py measures the search structures alone. This script streams an index folder
of N synthetic passages through the project's own writer (``qa.index._write``: manifest,
binary columns, vectors, HNSW, BM25, checksums), times ``load_index`` alone in a fresh
process, loads it with ``qa.engine.Engine`` and the
real embedder in a fresh process, and measures what a deployment would hold and feel:
RSS after loading (anonymous and file-backed), peak RSS while loading, load time, and per
question the search (dense + BM25 + fusion, embedding excluded) and the whole ``ask``;
then an incremental ``build_index`` that adds ``--add`` passages in new articles.

What is synthetic (stated in the result file too):
* articles: real sentences of the seed index resampled into articles of 15-25 sentences,
  packed into passages by ``qa.chunk.pack`` (so passage lengths match the real ones);
* vectors: drawn from the Gaussian fitted to the real vectors (bench/scale.py ``gauss``);
* BM25 and sentence tokens: Zipf over the real Kiwi vocabulary extended by Heaps' law,
  as many tokens per text as the real seed texts have per character.
The answers over such an index are meaningless; their cost is not.

    .venv/bin/python bench/app_scale.py                    # 1e6 passages, ~25 min, ~10 GB of disk in --work
    .venv/bin/python bench/app_scale.py --passages 100000  # ~3 min
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine, question_set, summary_ms, wait_quiet, write_result  # noqa: E402
from scale import DIM, GEN_BLOCK, HEAPS_BETA, SEED, ZIPF_S, PeakRSS, prepare  # noqa: E402

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

class _Rows:
    """Synthetic unit vectors from the fitted Gaussian, a seeded block at a time (the same
    rows as scale.gen_vectors for a given seed), handed out in order without holding them all."""

    def __init__(self, work: Path, seed_offset: int):
        import numpy as np

        g = np.load(work / "gauss.npz")
        self.mu, self.L = g["mu"].astype(np.float32), g["L"].astype(np.float32)
        self.seed_offset, self.block, self.buf, self.at = seed_offset, 0, None, 0

    def take(self, k: int):
        import numpy as np

        out = []
        while k > 0:
            if self.buf is None or self.at == len(self.buf):
                z = np.random.default_rng([SEED, self.seed_offset + self.block]).standard_normal(
                    (GEN_BLOCK, DIM), dtype=np.float32)
                x = z @ self.L.T
                x += self.mu
                x /= np.linalg.norm(x, axis=1, keepdims=True)
                self.buf, self.at, self.block = x, 0, self.block + 1
            m = min(k, len(self.buf) - self.at)
            out.append(self.buf[self.at:self.at + m])
            self.at += m
            k -= m
        return np.concatenate(out) if out else np.zeros((0, DIM), np.float32)


def _synthetic_source(work: Path, n: int, start_doc: int = 0, seed: int = 3):
    """(parts generator factory, seed sentences, tokens_per_char): articles of real seed sentences."""

    from qa.config import Settings
    from qa.index import load_index

    if not (work / "gauss.npz").exists():
        prepare(work)
    seed_index = load_index(Settings().index_dir)
    texts = [s.text for s in seed_index.sentences]
    chars = sum(len(t) for t in texts)
    tokens_per_char = sum(len(t) for t in seed_index.sentence_tokens) / chars
    return texts, tokens_per_char


class _Tokens:
    """Stands in for Kiwi, which would take hours over 1e6 passages: as many tokens per
    text as the seed texts have per character, Zipf-distributed over a Heaps-law vocabulary
    sized for the whole corpus."""

    def __init__(self, work: Path, expected_tokens: int, tokens_per_char: float, rng):
        import numpy as np

        meta = json.loads((work / "tokens.json").read_text(encoding="utf-8"))
        real_vocab = meta["vocab_by_freq"]
        v = max(len(real_vocab), int(meta["heaps_k"] * expected_tokens ** HEAPS_BETA))
        self.vocab = np.array(real_vocab + [f"합성{k}" for k in range(v - len(real_vocab))], dtype=object)
        cdf = np.cumsum(1.0 / np.arange(1, v + 1) ** ZIPF_S)
        self.cdf = cdf / cdf[-1]
        self.per_char, self.rng = tokens_per_char, rng

    def __call__(self, batch: list[str]) -> list[list[str]]:
        import numpy as np

        lens = np.maximum(1, np.rint(np.array([len(t) for t in batch], np.float64) * self.per_char).astype(np.int64))
        ids = np.minimum(np.searchsorted(self.cdf, self.rng.random(int(lens.sum()))), len(self.vocab) - 1)
        toks = self.vocab[ids].tolist()
        bounds = np.concatenate([[0], np.cumsum(lens)]).tolist()
        return [toks[bounds[k]:bounds[k + 1]] for k in range(len(batch))]


def child_build(work: Path, n: int) -> dict:
    """Streams N synthetic passages through the project's writer (``qa.index._write``):
    records, tokens and vectors are made one article at a time, as a real streamed build
    hands them over, so the peak is the writer's, not the generator's."""
    import numpy as np

    import qa.index as qindex
    from qa.chunk import ChunkSettings, pack
    from qa.config import Settings
    from qa.embed import resolve_model
    from qa.index import _DocParts
    from qa.types import Chunk, Document, Sentence

    texts, tokens_per_char = _synthetic_source(work, n)
    rng = np.random.default_rng([SEED, n, 3])
    settings = Settings().with_overrides(index_dir=work / "index")
    chunking = ChunkSettings()
    meta = json.loads((work / "tokens.json").read_text(encoding="utf-8"))
    tokens = _Tokens(work, int(n * np.mean(meta["chunk_lengths"])), tokens_per_char, rng)
    prow, srow = _Rows(work, 0), _Rows(work, 10**6)  # passages and sentences from separate seeds
    counts = {"passages": 0, "sentences": 0, "documents": 0}

    def parts():
        d = 0
        while counts["passages"] < n:
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
            for i, (a, b) in enumerate(pack(sents, chunking)[: n - counts["passages"]]):
                start, end = sents[a].start, sents[b - 1].end
                chunks.append(Chunk(f"{doc.doc_id}#{i}", doc.doc_id, i, start, end, a, b, text[start:end], doc.title))
            counts["passages"] += len(chunks)
            counts["sentences"] += len(sents)
            counts["documents"] += 1
            d += 1
            yield _DocParts(doc, sents, chunks, prow.take(len(chunks)), srow.take(len(sents)),
                            tokens([f"{c.title}\n{c.text}" for c in chunks]), tokens([s.text for s in sents]))

    spec = resolve_model(settings, progress=False)
    t0 = time.perf_counter()
    with PeakRSS() as peak:
        folder = qindex._write(settings, spec, DIM, parts())
    write_s = time.perf_counter() - t0
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {**counts, "write_s": round(write_s, 1), "write_peak_rss_mb": round(peak.peak),
            "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "dense": manifest["dense"], "format": manifest["format"],
            "files_mb": {k: round(v["bytes"] / 2**20, 1) for k, v in manifest["files"].items()
                         if v["bytes"] > 2**20},
            "tokens_per_char": round(tokens_per_char, 4)}


# --- child: load the index alone ---------------------------------------------------------------

def child_load(work: Path) -> dict:
    before = _status_mb()
    t0 = time.perf_counter()
    from qa.index import load_index

    imports_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = load_index(work / "index")
    load_s = time.perf_counter() - t0
    return {"imports_s": round(imports_s, 2), "load_index_s": round(load_s, 2), "rss_mb_before": before,
            "rss_mb_after": _status_mb(), "passages": len(index.chunks), "sentences": len(index.sentences),
            "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


# --- child: incremental add ----------------------------------------------------------------------

class _SyntheticEmbedder:
    """The project embedder's spec with Gaussian-fitted vectors (embedding 1,000 real
    passages + their sentences takes minutes of its own at ~20-60 texts/s on 2 cores; it is
    reported apart)."""

    def __init__(self, work: Path, spec):
        self.spec, self.dim, self.rows = spec, DIM, _Rows(work, 2 * 10**6)

    def passages(self, texts, progress=False):
        return self.rows.take(len(texts))


def child_add(work: Path, passages: int) -> dict:
    """``build_index`` over the 1e6 index with ~``passages`` new passages in new articles.
    Reading 98k article files is replaced by the index's own documents (an unchanged file
    is skipped by its hash anyway); the new articles are real seed sentences, split into
    sentences and tokenized by Kiwi as in any build; their vectors are synthetic."""
    import numpy as np

    import qa.index as qindex
    from qa.config import Settings
    from qa.embed import resolve_model
    from qa.types import Document

    texts, _ = _synthetic_source(work, passages)
    rng = np.random.default_rng([SEED, passages, 11])
    new_docs = []
    for d in range(max(1, passages // 10)):  # ~10 passages per 15-25-sentence article
        picks = rng.choice(len(texts), int(rng.integers(15, 26)))
        text = "\n".join(texts[j] for j in picks)
        new_docs.append(Document(doc_id=f"new{d:05d}", title=f"새 합성 기사 {d}", text=text, source="synthetic",
                                 path=f"synthetic/new{d}.md", sha256=hashlib.sha256(text.encode()).hexdigest()))
    settings = Settings().with_overrides(index_dir=work / "index", docs_dir=work / "no-documents")

    def load_documents(_docs_dir):
        folder = qindex.current_folder(settings.index_dir)
        return list(qindex._read_documents(folder).values()) + new_docs, []

    qindex.load_documents = load_documents
    qindex.document_files = lambda _d: []
    embedder = _SyntheticEmbedder(work, resolve_model(settings, progress=False))
    t0 = time.perf_counter()
    with PeakRSS() as peak:
        report = qindex.build_index(settings, embedder, progress=False)
    seconds = time.perf_counter() - t0
    manifest = json.loads((report.folder / "manifest.json").read_text(encoding="utf-8"))
    return {"seconds": round(seconds, 1), "added_documents": len(report.added),
            "embedded_passages": report.embedded_passages, "embedded_sentences": report.embedded_sentences,
            "full": report.full, "dense_extended": manifest["dense"].get("extended"),
            "passages_after": manifest["counts"]["chunks"], "peak_rss_mb": round(peak.peak),
            "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


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
    ap.add_argument("--child-load", action="store_true")
    ap.add_argument("--child-prepare", action="store_true")
    ap.add_argument("--child-add", type=int, metavar="PASSAGES")
    ap.add_argument("--add", type=int, default=1000, help="passages added incrementally after serving (0: none)")
    a = ap.parse_args()
    work = Path(a.work)
    if a.child_prepare:
        prepare(work)  # the real model fits the synthetic data once, in its own process
        print("{}")
        return 0
    if a.child_build:
        print(json.dumps(child_build(work, a.passages)))
        return 0
    if a.child_serve:
        print(json.dumps(child_serve(work, a.questions)))
        return 0
    if a.child_load:
        print(json.dumps(child_load(work)))
        return 0
    if a.child_add:
        print(json.dumps(child_add(work, a.child_add)))
        return 0

    work.mkdir(parents=True, exist_ok=True)
    out = {"machine": machine(), "passages_asked": a.passages,
           "synthetic": "articles resampled from real seed sentences; Gaussian-fitted vectors; Zipf/Heaps tokens"}
    if not a.reuse:
        if not (work / "gauss.npz").exists():
            _child(["--child-prepare", "--work", str(work)], 3600)
        print(f"building {a.passages:,} synthetic passages in {work} ...", file=sys.stderr)
        out["build"] = _child(["--child-build", "--passages", str(a.passages), "--work", str(work)], 4 * 3600)
        print(json.dumps(out["build"], indent=1), file=sys.stderr)
    out["load"] = _child(["--child-load", "--work", str(work)], 3600)
    print(json.dumps(out["load"], indent=1), file=sys.stderr)
    serve = _child(["--child-serve", "--questions", str(a.questions), "--work", str(work)], 3600)
    out["serve"] = serve
    write_result(a.name, out)
    if a.add:
        out["add"] = _child(["--child-add", str(a.add), "--work", str(work)], 3600)
        print(json.dumps(out["add"], indent=1), file=sys.stderr)
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
