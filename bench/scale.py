"""Search at scale on SYNTHETIC corpora of 1e4, 1e5 and 1e6 passages: exact vs approximate
dense search, BM25, and the fused search, with real query vectors.

    nohup .venv/bin/python bench/scale.py > /tmp/scale.log 2>&1 &     # 19 min measured on 2 cores
    .venv/bin/python bench/scale.py --sizes 10000,100000              # ~4 min
    .venv/bin/python bench/scale.py --data clustered --sizes 100000,1000000 --name scale_clustered   # 10 min
    .venv/bin/python bench/scale.py --sizes 100000 --hnsw-grid 32:80,32:200,48:200 --name scale_hnsw_grid
    .venv/bin/python bench/scale.py --plot-only [--name scale_clustered]

Writes bench/results/scale.json and bench/results/scale.png.

The corpora are synthetic (the project has 78 real passages):
* vectors: 384-dim, drawn from a Gaussian fitted to the 213 real passage and sentence vectors
  of the built index (their mean and covariance, the covariance shrunk 10% toward isotropic so
  it has full rank), then L2-normalised. This matches the real vectors' cosine statistics
  (pairwise mean ~0.86, sd ~0.03), which are recorded in the JSON. The same seeded generator
  makes every size, so a smaller corpus is a prefix of a larger one.
* BM25 documents: Kiwi-like token lists. Lengths resampled from the real passages' token counts;
  tokens drawn from a Zipf law (exponent 1) over a vocabulary whose head is the real morpheme
  vocabulary in real frequency order and whose tail is synthetic terms, its size growing with
  Heaps' law (V = K * tokens^0.6, K fitted to the real corpus).
* queries: REAL: the 32 dev questions plus 190 generated variants, embedded with the project's
  embedder (query prefix) and tokenized with qa.korean.tokenize.

For each size, in a fresh child process: FAISS IndexFlatIP (exact), HNSW with qa.dense's
parameters (M, efConstruction, efSearch; efSearch also swept), IVF (nlist ~ 4 sqrt(N), nprobe
swept); build time, RSS growth, recall@10 against exact, single-query latency. BM25 with the
project's LexicalIndex (bm25s): build time, RSS growth, query latency. Fused search as
qa.search.Retriever does it (30 candidates per list, tokenize, qa.fuse.rrf), query embedding
excluded. Then a second fresh process loads the index the project would build at that size
(qa.dense.DenseIndex with the default exact_max: flat up to it, HNSW above) and the BM25 index
from disk, as ``load_index`` does, and measures the process's memory and fused search latency.
The HNSW build at 1e6 is extrapolated from 1e5 first and skipped if it would not fit --budget-min.
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS, ROOT, machine, machine_line, pct, question_set, summary_ms, wait_quiet, write_result  # noqa: E402

DIM = 384
GEN_BLOCK = 10_000  # rows per seeded block: size N is the first N/GEN_BLOCK blocks
SEED = 20240501
SHRINK = 0.10
HEAPS_BETA = 0.6
ZIPF_S = 1.0
CANDIDATES = 30
EF_SWEEP = [16, 32, 64, 96, 128, 256]
NPROBE_SWEEP = [8, 16, 32, 64]
FLAT_SWEEP = [10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000]
TARGETS = {"search_median_ms_1e6": 50.0, "approx_recall@10_1e6": 0.95, "process_memory_gb_1e6": 4.0}


# --- shared helpers (parent and children) ----------------------------------------------------

def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


class PeakRSS:
    """Sample this process's RSS in a thread while a block runs."""

    def __init__(self, every: float = 0.05):
        self.every, self.peak, self._stop = every, 0.0, threading.Event()

    def __enter__(self):
        self.peak = rss_mb()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb())
            time.sleep(self.every)

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, rss_mb())


CLUSTER_SIZE = 100  # --data clustered: passages per topic
CLUSTER_SPREAD = 0.5  # within-topic noise, relative to the fitted covariance


def gen_vectors(work: Path, n: int, data: str = "gauss"):
    """``gauss``: every vector drawn from the fitted Gaussian. ``clustered``: topic centres drawn
    from it, then CLUSTER_SIZE passages per topic = centre + CLUSTER_SPREAD x fitted noise."""
    import numpy as np

    g = np.load(work / "gauss.npz")
    mu, L = g["mu"].astype(np.float32), g["L"].astype(np.float32)
    out = np.empty((n, DIM), np.float32)
    for b in range(math.ceil(n / GEN_BLOCK)):
        rows = min(GEN_BLOCK, n - b * GEN_BLOCK)
        z = np.random.default_rng([SEED, b]).standard_normal((GEN_BLOCK, DIM), dtype=np.float32)[:rows]
        if data == "clustered":
            zc = np.random.default_rng([SEED, b, 1]).standard_normal((GEN_BLOCK // CLUSTER_SIZE, DIM), dtype=np.float32)
            centres = zc @ L.T + mu
            x = np.repeat(centres, CLUSTER_SIZE, axis=0)[:rows] + CLUSTER_SPREAD * (z @ L.T)
        else:
            x = z @ L.T
            x += mu
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        out[b * GEN_BLOCK: b * GEN_BLOCK + rows] = x
    return out


def gen_token_docs(work: Path, n: int) -> tuple[list[list[str]], dict]:
    import numpy as np

    meta = json.loads((work / "tokens.json").read_text(encoding="utf-8"))
    real_vocab, lengths = meta["vocab_by_freq"], np.array(meta["chunk_lengths"])
    rng = np.random.default_rng([SEED, n, 7])
    lens = rng.choice(lengths, size=n)
    total = int(lens.sum())
    v = max(len(real_vocab), int(meta["heaps_k"] * total ** HEAPS_BETA))
    vocab = real_vocab + [f"합성{i}" for i in range(v - len(real_vocab))]
    p = 1.0 / np.arange(1, v + 1) ** ZIPF_S
    cdf = np.cumsum(p / p.sum())
    ids = np.searchsorted(cdf, rng.random(total))
    ids = np.minimum(ids, v - 1)
    vocab_arr = np.array(vocab, dtype=object)
    toks = vocab_arr[ids]
    bounds = np.concatenate([[0], np.cumsum(lens)])
    docs = [toks[bounds[i]:bounds[i + 1]].tolist() for i in range(n)]
    stats = {"vocab_size": v, "real_vocab": len(real_vocab), "tokens": total, "tokens_per_doc_mean": round(float(lens.mean()), 1),
             "distinct_tokens_used": int(np.unique(ids).size)}
    return docs, stats


def time_queries(fn, queries, reps: int = 1) -> tuple[list[float], list]:
    """Per-query latency (ms) of fn(i), one query at a time; results of the first repetition."""
    lat, res = [], []
    for r in range(reps):
        for i in range(len(queries)):
            t0 = time.perf_counter()
            out = fn(i)
            lat.append(1000 * (time.perf_counter() - t0))
            if r == 0:
                res.append(out)
    return lat, res


def lat_summary(lat: list[float]) -> dict:
    return {"p50_ms": round(pct(lat, 50), 3), "p95_ms": round(pct(lat, 95), 3)}


def recall_at_10(approx_ids, exact_ids) -> float:
    import numpy as np

    hits = [len(set(a[:10].tolist()) & set(e[:10].tolist())) / 10 for a, e in zip(approx_ids, exact_ids)]
    return round(float(np.mean(hits)), 4)


# --- child: one corpus size --------------------------------------------------------------------

def child_size(work: Path, n: int, do_hnsw: bool, do_ivf: bool, flat_sweep: bool, deadline: float,
               data: str = "gauss") -> dict:
    import faiss
    import numpy as np

    from qa import dense as qd
    from qa.fuse import rrf
    from qa.korean import tokenize
    from qa.lexical import LexicalIndex

    faiss.omp_set_num_threads(2)
    real = np.load(work / "real.npz")
    Q = real["Q"].astype(np.float32)
    qtexts = json.loads((work / "queries.json").read_text(encoding="utf-8"))
    nq = len(Q)
    out: dict = {"n": n, "queries": nq, "data": data, "rss_start_mb": round(rss_mb(), 1)}
    t0 = time.perf_counter()
    X = gen_vectors(work, n, data)
    out["generate_vectors_s"] = round(time.perf_counter() - t0, 2)
    out["rss_after_vectors_mb"] = round(rss_mb(), 1)
    sample = X[np.random.default_rng(1).choice(n, size=min(n, 2000), replace=False)]
    c = sample @ sample.T
    iu = np.triu_indices(len(sample), 1)
    out["synthetic_cosine"] = {"pair_mean": round(float(c[iu].mean()), 4), "pair_sd": round(float(c[iu].std()), 4)}

    def search_fn(index, k):
        return lambda i: index.search(Q[i:i + 1], k)[1][0]

    # exact
    base = rss_mb()
    with PeakRSS() as pk:
        t0 = time.perf_counter()
        flat = faiss.IndexFlatIP(DIM)
        flat.add(X)
        build = time.perf_counter() - t0
    search_fn(flat, CANDIDATES)(0)
    lat, exact = time_queries(search_fn(flat, CANDIDATES), Q)
    out["flat"] = {"build_s": round(build, 3), "rss_delta_mb": round(rss_mb() - base, 1), "peak_rss_mb": round(pk.peak, 1),
                   **lat_summary(lat), "recall@10": 1.0}
    exact = np.array(exact)
    q_top1 = [float(flat.search(Q[i:i + 1], 1)[0][0][0]) for i in range(min(nq, 50))]
    out["synthetic_cosine"]["query_top1_mean"] = round(float(np.mean(q_top1)), 4)
    print(f"[{n}] flat p50 {out['flat']['p50_ms']} ms", file=sys.stderr, flush=True)
    faiss.omp_set_num_threads(1)
    l1, _ = time_queries(search_fn(flat, CANDIDATES), Q)
    out["flat"]["omp1"] = lat_summary(l1)
    faiss.omp_set_num_threads(2)
    if flat_sweep:
        # exact search latency at more sizes (prefixes), with 2 and with 1 OpenMP thread:
        # a single query gains little from threads and suffers when the cores are busy
        sweep = []
        for m in [s for s in FLAT_SWEEP if s <= n]:
            if m == n:
                sweep.append({"n": m, **lat_summary(lat), "omp1": out["flat"]["omp1"]})
                continue
            f = faiss.IndexFlatIP(DIM)
            f.add(X[:m])
            search_fn(f, CANDIDATES)(0)
            l2, _ = time_queries(search_fn(f, CANDIDATES), Q)
            faiss.omp_set_num_threads(1)
            l1, _ = time_queries(search_fn(f, CANDIDATES), Q)
            faiss.omp_set_num_threads(2)
            sweep.append({"n": m, **lat_summary(l2), "omp1": lat_summary(l1), "loadavg": os.getloadavg()[0]})
            del f
        out["flat_sweep"] = sweep
    flat_for_fusion = flat

    # HNSW with the project's parameters, added in blocks so a too-slow build can stop
    hnsw = None
    if do_hnsw:
        base = rss_mb()
        with PeakRSS() as pk:
            t0 = time.perf_counter()
            h = faiss.IndexHNSWFlat(DIM, qd.HNSW_M, faiss.METRIC_INNER_PRODUCT)
            h.hnsw.efConstruction = qd.HNSW_EF_CONSTRUCTION
            block = max(10_000, n // 20)
            progress = []
            for s in range(0, n, block):
                h.add(X[s:s + block])
                progress.append((s + min(block, n - s), round(time.perf_counter() - t0, 1)))
                print(f"[{n}] hnsw {progress[-1]}", file=sys.stderr, flush=True)
                if time.time() > deadline and s + block < n:
                    break
            build = time.perf_counter() - t0
        complete = h.ntotal == n
        res = {"M": qd.HNSW_M, "efConstruction": qd.HNSW_EF_CONSTRUCTION, "efSearch_default": qd.HNSW_EF_SEARCH,
               "build_s": round(build, 2), "complete": complete, "added": int(h.ntotal), "build_progress": progress,
               "rss_delta_mb": round(rss_mb() - base, 1), "peak_rss_mb": round(pk.peak, 1)}
        if complete:
            sweep = []
            for ef in EF_SWEEP:
                h.hnsw.efSearch = ef
                search_fn(h, CANDIDATES)(0)
                l2, ids = time_queries(search_fn(h, CANDIDATES), Q)
                sweep.append({"efSearch": ef, **lat_summary(l2), "recall@10": recall_at_10(ids, exact)})
            h.hnsw.efSearch = qd.HNSW_EF_SEARCH
            res["sweep"] = sweep
            res.update({k: v for k, v in next(r for r in sweep if r["efSearch"] == qd.HNSW_EF_SEARCH).items()
                        if k != "efSearch"})
            hnsw = h
        else:
            res["extrapolated_full_build_s"] = round(build * n / h.ntotal * (math.log(n) / math.log(h.ntotal)), 0)
            del h
        out["hnsw"] = res
        print(f"[{n}] hnsw {res.get('p50_ms')} ms recall {res.get('recall@10')}", file=sys.stderr, flush=True)

    # IVF
    ivf = None
    if do_ivf:
        nlist = 2 ** round(math.log2(4 * math.sqrt(n)))
        base = rss_mb()
        with PeakRSS() as pk:
            t0 = time.perf_counter()
            quant = faiss.IndexFlatIP(DIM)
            iv = faiss.IndexIVFFlat(quant, DIM, nlist, faiss.METRIC_INNER_PRODUCT)
            train = X[np.random.default_rng(2).choice(n, size=min(n, 40 * nlist), replace=False)]
            iv.train(train)
            t_train = time.perf_counter() - t0
            iv.add(X)
            build = time.perf_counter() - t0
        res = {"nlist": nlist, "train_points": len(train), "train_s": round(t_train, 2), "build_s": round(build, 2),
               "rss_delta_mb": round(rss_mb() - base, 1), "peak_rss_mb": round(pk.peak, 1)}
        sweep = []
        for npb in NPROBE_SWEEP:
            iv.nprobe = npb
            search_fn(iv, CANDIDATES)(0)
            l2, ids = time_queries(search_fn(iv, CANDIDATES), Q)
            sweep.append({"nprobe": npb, **lat_summary(l2), "recall@10": recall_at_10(ids, exact)})
        res["sweep"] = sweep
        out["ivf"] = res
        iv.nprobe = 32
        ivf = iv
        print(f"[{n}] ivf {sweep}", file=sys.stderr, flush=True)

    # BM25 over synthetic token documents, with the project's LexicalIndex
    t0 = time.perf_counter()
    docs, tstats = gen_token_docs(work, n)
    gen_s = time.perf_counter() - t0
    gc.collect()
    base = rss_mb()
    with PeakRSS() as pk:
        t0 = time.perf_counter()
        lex = LexicalIndex().fit(docs)
        build = time.perf_counter() - t0
    del docs
    gc.collect()
    bm25_delta = rss_mb() - base
    tokenize("워밍업")  # load Kiwi
    qtoks = [tokenize(q) for q in qtexts]
    l_tok, _ = time_queries(lambda i: tokenize(qtexts[i]), qtexts)
    l_bm, _ = time_queries(lambda i: lex.search(qtoks[i], CANDIDATES), qtexts)
    out["bm25"] = {**tstats, "generate_s": round(gen_s, 1), "build_s": round(build, 2),
                   "rss_delta_mb_after_freeing_docs": round(bm25_delta, 1), "peak_rss_mb": round(pk.peak, 1),
                   "query_tokenize": lat_summary(l_tok), **lat_summary(l_bm)}
    print(f"[{n}] bm25 {out['bm25']}", file=sys.stderr, flush=True)

    # fused search as Retriever does it (query vector given: embedding excluded)
    def fused_fn(index):
        def run(i):
            _, d_ids = index.search(Q[i:i + 1], CANDIDATES)
            d_list = [int(x) for x in d_ids[0] if x >= 0]
            toks = tokenize(qtexts[i])
            _, l_ids = lex.search(toks, CANDIDATES)
            return rrf([d_list, [int(x) for x in l_ids]])[:10]
        return run

    fused: dict = {}
    for name, index in (("flat", flat_for_fusion), ("hnsw", hnsw), ("ivf_nprobe32", ivf)):
        if index is None:
            continue
        lat, _ = time_queries(fused_fn(index), Q)
        fused[name] = lat_summary(lat)
    out["fused"] = fused

    # save what the project would serve at this size, for the fresh-process measurement
    serve = work / f"serve_{n}"
    shutil.rmtree(serve, ignore_errors=True)
    serve.mkdir()
    exact_max = qd.DenseIndex().exact_max
    kind = "flat" if n <= exact_max else "hnsw"
    chosen = flat if kind == "flat" else hnsw
    if chosen is not None:
        faiss.write_index(chosen, str(serve / "dense.faiss"))
        lex.save(serve / "bm25")
        out["serve_kind"] = kind
    out["rss_end_mb"] = round(rss_mb(), 1)
    return out


# --- child: HNSW construction parameters at one size --------------------------------------------

def child_grid(work: Path, n: int, grid: list[tuple[int, int]], data: str) -> dict:
    """Recall@10 / latency of HNSW for several (M, efConstruction), efSearch swept."""
    import faiss
    import numpy as np

    faiss.omp_set_num_threads(2)
    Q = np.load(work / "real.npz")["Q"].astype(np.float32)
    X = gen_vectors(work, n, data)
    flat = faiss.IndexFlatIP(DIM)
    flat.add(X)
    exact = flat.search(Q, 10)[1]
    del flat
    rows = []
    for m, efc in grid:
        base = rss_mb()
        t0 = time.perf_counter()
        h = faiss.IndexHNSWFlat(DIM, m, faiss.METRIC_INNER_PRODUCT)
        h.hnsw.efConstruction = efc
        h.add(X)
        build = time.perf_counter() - t0
        sweep = []
        for ef in EF_SWEEP + [512, 1024]:
            h.hnsw.efSearch = ef
            h.search(Q[:1], CANDIDATES)
            lat, ids = time_queries(lambda i: h.search(Q[i:i + 1], CANDIDATES)[1][0], Q)
            sweep.append({"efSearch": ef, **lat_summary(lat), "recall@10": recall_at_10(ids, exact)})
        rows.append({"M": m, "efConstruction": efc, "build_s": round(build, 1), "rss_delta_mb": round(rss_mb() - base, 1),
                     "sweep": sweep, "loadavg": round(os.getloadavg()[0], 2)})
        print(f"[{n}] grid M={m} efC={efc}: build {build:.0f} s, {[(r['efSearch'], r['recall@10']) for r in sweep]}",
              file=sys.stderr, flush=True)
        del h
    return {"n": n, "data": data, "grid": rows}


# --- child: the serving process at one size ------------------------------------------------------

def child_serve(work: Path, n: int) -> dict:
    import numpy as np

    t_start = time.perf_counter()
    import faiss

    from qa.dense import DenseIndex
    from qa.fuse import rrf
    from qa.korean import tokenize
    from qa.lexical import LexicalIndex

    faiss.omp_set_num_threads(2)
    real = np.load(work / "real.npz")
    Q = real["Q"].astype(np.float32)
    qtexts = json.loads((work / "queries.json").read_text(encoding="utf-8"))
    tokenize("워밍업")
    base = rss_mb()
    folder = work / f"serve_{n}"
    t0 = time.perf_counter()
    dense = DenseIndex.load(folder / "dense.faiss")
    t1 = time.perf_counter()
    lex = LexicalIndex.load(folder / "bm25")
    t2 = time.perf_counter()
    after_load = rss_mb()

    def measure() -> dict:
        timings = {"dense": [], "lexical": [], "fuse": [], "total": []}
        for rep in range(2):
            for i in range(len(Q)):
                a = time.perf_counter()
                _, d_ids = dense.search(Q[i:i + 1], CANDIDATES)
                b = time.perf_counter()
                _, l_ids = lex.search(tokenize(qtexts[i]), CANDIDATES)
                c = time.perf_counter()
                rrf([[int(x) for x in d_ids[0]], [int(x) for x in l_ids]])[:10]
                d = time.perf_counter()
                if rep:  # the first pass warms up
                    for k, v in (("dense", b - a), ("lexical", c - b), ("fuse", d - c), ("total", d - a)):
                        timings[k].append(1000 * v)
        return {k: summary_ms(v) for k, v in timings.items()}

    lat2 = measure()
    faiss.omp_set_num_threads(1)
    lat1 = measure()
    return {"n": n, "dense_kind": dense.kind, "load_dense_s": round(t1 - t0, 2), "load_bm25_s": round(t2 - t1, 2),
            "rss_before_load_mb": round(base, 1), "rss_after_load_mb": round(after_load, 1),
            "rss_end_mb": round(rss_mb(), 1), "indexes_mb": round(after_load - base, 1),
            "latency_ms": lat2, "latency_ms_omp1": lat1, "loadavg": os.getloadavg()[0],
            "process_s": round(time.perf_counter() - t_start, 1)}


# --- parent --------------------------------------------------------------------------------------

def prepare(work: Path) -> dict:
    import collections

    import numpy as np

    from qa.config import Settings
    from qa.embed import get_embedder
    from qa.index import IndexMissing, build_index, load_index
    from qa.korean import tokenize, tokenize_many

    settings = Settings()
    embedder = get_embedder(settings, progress=False)
    try:
        idx = load_index(settings.index_dir)
    except IndexMissing:
        build_index(settings, embedder, progress=False)
        idx = load_index(settings.index_dir)
    R = np.concatenate([idx.vectors, idx.sentence_vectors]).astype(np.float64)
    mu = R.mean(0)
    S = np.cov(R, rowvar=False)
    S = (1 - SHRINK) * S + SHRINK * np.trace(S) / DIM * np.eye(DIM)
    L = np.linalg.cholesky(S)
    np.savez(work / "gauss.npz", mu=mu, L=L)
    qs = question_set(with_variants=True)
    qtexts = [embedder_query_text(q) for q in qs]
    Q = embedder.queries(qtexts)
    np.savez(work / "real.npz", Q=Q, R=R.astype(np.float32))
    (work / "queries.json").write_text(json.dumps(qtexts, ensure_ascii=False), encoding="utf-8")
    ctoks = tokenize_many(f"{c.title}\n{c.text}" for c in idx.chunks)
    cnt = collections.Counter(t for d in ctoks for t in d)
    total = sum(cnt.values())
    heaps_k = len(cnt) / total ** HEAPS_BETA
    (work / "tokens.json").write_text(json.dumps({
        "vocab_by_freq": [t for t, _ in cnt.most_common()], "chunk_lengths": [len(d) for d in ctoks],
        "heaps_k": heaps_k}, ensure_ascii=False), encoding="utf-8")
    Rn = R.astype(np.float32)
    c = Rn @ Rn.T
    iu = np.triu_indices(len(Rn), 1)
    return {"real_vectors": len(R), "real_cosine": {"pair_mean": round(float(c[iu].mean()), 4),
                                                     "pair_sd": round(float(c[iu].std()), 4),
                                                     "query_top1_mean": round(float((Q @ Rn.T).max(1).mean()), 4)},
            "real_tokens": {"chunks": len(ctoks), "tokens": total, "vocab": len(cnt), "heaps_k": round(heaps_k, 3),
                            "tokens_per_chunk_mean": round(total / len(ctoks), 1)},
            "queries": len(qs), "query_tokens_mean": round(float(np.mean([len(tokenize(t)) for t in qtexts])), 1)}


def embedder_query_text(q: dict) -> str:
    """Follow-ups are searched with their resolved query in the engine; here the last turn's
    question is prefixed with the previous user turn, close enough for a latency/recall probe."""
    hist = [t.get("content", "") for t in (q.get("history") or []) if t.get("role") == "user"]
    return (hist[-1] + " " + q["question"]) if hist else q["question"]


def run_child(args: list[str], timeout: float) -> dict:
    cmd = [sys.executable, __file__, *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    sys.stderr.write(proc.stderr[-4000:])
    if proc.returncode != 0:
        return {"error": f"exit {proc.returncode}", "stderr": proc.stderr[-2000:]}
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["child_wall_s"] = round(time.perf_counter() - t0, 1)
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--budget-min", type=float, default=25.0, help="whole-run budget; the 1e6 HNSW build is skipped "
                                                                   "if its extrapolated time would not fit")
    ap.add_argument("--hnsw-big", choices=["auto", "yes", "no"], default="auto")
    ap.add_argument("--no-ivf", action="store_true")
    ap.add_argument("--data", choices=["gauss", "clustered"], default="gauss",
                    help="synthetic vector model (clustered: a sensitivity check of approximate recall)")
    ap.add_argument("--hnsw-grid", help="only measure HNSW (M:efConstruction,...) at each size, e.g. 32:80,32:200,48:200")
    ap.add_argument("--plot-only", action="store_true", help="redraw the PNG from bench/results/<name>.json")
    ap.add_argument("--name", default="scale", help="result name: bench/results/<name>.json and .png")
    ap.add_argument("--child-size", type=int)
    ap.add_argument("--child-serve", type=int)
    ap.add_argument("--work")
    ap.add_argument("--hnsw", type=int, default=1)
    ap.add_argument("--deadline", type=float, default=0)
    args = ap.parse_args()
    if args.child_size and not args.hnsw_grid:
        res = child_size(Path(args.work), args.child_size, bool(args.hnsw), not args.no_ivf,
                         flat_sweep=True, deadline=args.deadline or float("inf"), data=args.data)
        print(json.dumps(res))
        return 0
    if args.child_serve:
        print(json.dumps(child_serve(Path(args.work), args.child_serve)))
        return 0
    if args.hnsw_grid and args.work:
        grid = [tuple(int(x) for x in g.split(":")) for g in args.hnsw_grid.split(",")]
        print(json.dumps(child_grid(Path(args.work), args.child_size, grid, args.data)))
        return 0
    if args.plot_only:
        plot(json.loads((RESULTS / f"{args.name}.json").read_text(encoding="utf-8")), args.name)
        return 0

    t_start = time.perf_counter()
    m = machine()
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    out: dict = {"machine": m, "synthetic": True, "data": args.data, "sizes": sizes, "note": __doc__.split("The corpora")[1].split("For each")[0]}
    try:
        print("preparing real vectors, queries, token statistics ...", file=sys.stderr)
        out["real"] = prepare(work)
        from qa import dense as qd

        out["project_defaults"] = {"exact_max": qd.DenseIndex().exact_max, "HNSW_M": qd.HNSW_M,
                                   "HNSW_EF_CONSTRUCTION": qd.HNSW_EF_CONSTRUCTION, "HNSW_EF_SEARCH": qd.HNSW_EF_SEARCH}
        if args.hnsw_grid:
            grid = {}
            for n in sizes:
                grid[str(n)] = run_child(["--child-size", str(n), "--work", str(work), "--hnsw-grid", args.hnsw_grid,
                                          "--data", args.data], timeout=3 * 3600)
                out["hnsw_grid"] = grid
                write_result(args.name, dict(out))
            out["seconds"] = round(time.perf_counter() - t_start, 1)
            write_result(args.name, out)
            return 0
        results, serve, decisions = {}, {}, {}
        hnsw_rate = None  # seconds per vector at the last size with a full HNSW build
        for n in sizes:
            quiet = wait_quiet(f"size {n}", max_wait=60)
            elapsed = time.perf_counter() - t_start
            remaining = args.budget_min * 60 - elapsed
            do_hnsw = True
            if hnsw_rate is not None and args.hnsw_big != "yes":
                est = hnsw_rate[0] * (n / hnsw_rate[1]) * (math.log(n) / math.log(hnsw_rate[1]))
                decisions[str(n)] = {"hnsw_build_estimate_s": round(est), "remaining_budget_s": round(remaining)}
                # the rest of the size (flat sweep, IVF, BM25, serve) needs ~25% of the budget
                do_hnsw = args.hnsw_big != "no" and est < 0.8 * remaining
                decisions[str(n)]["hnsw_built"] = do_hnsw
                print(f"HNSW at {n}: estimated {est:.0f} s, remaining {remaining:.0f} s -> "
                      f"{'build' if do_hnsw else 'skip'}", file=sys.stderr)
            # an HNSW build that overruns its estimate stops early (epoch seconds, shared with the child)
            deadline = time.time() + max(120.0, 0.85 * remaining) if args.hnsw_big != "yes" else 0
            res = run_child(["--child-size", str(n), "--work", str(work), "--hnsw", str(int(do_hnsw)),
                             *(["--no-ivf"] if args.no_ivf else []), "--data", args.data,
                             "--deadline", str(deadline)], timeout=3 * 3600)
            res["load_before"] = quiet
            res["loadavg_after"] = round(os.getloadavg()[0], 2)
            results[str(n)] = res
            h = res.get("hnsw") or {}
            if h.get("complete"):
                hnsw_rate = (h["build_s"], n)
            if "serve_kind" in res:
                serve[str(n)] = run_child(["--child-serve", str(n), "--work", str(work)], timeout=3600)
                print(f"serve {n}: {serve[str(n)]}", file=sys.stderr)
            shutil.rmtree(work / f"serve_{n}", ignore_errors=True)
            out.update({"results": results, "serve": serve, "hnsw_decisions": decisions})
            write_result(args.name, dict(out))  # partial results survive an interruption
        out["analysis"] = analyse(out)
        out["seconds"] = round(time.perf_counter() - t_start, 1)
        write_result(args.name, out)
        plot(out, args.name)
        print(json.dumps(out["analysis"], indent=1))
        print(machine_line(m))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def analyse(out: dict) -> dict:
    """Where flat search crosses latency budgets, and the targets at the largest size."""
    import numpy as np

    big = str(max(out["sizes"]))
    res = out["results"].get(big, {})
    an: dict = {}
    sweep = res.get("flat_sweep") or []
    if len(sweep) >= 2:
        ns = np.array([r["n"] for r in sweep], float)
        p50 = np.array([r["p50_ms"] for r in sweep])
        b, a = np.polyfit(ns, p50, 1)  # p50 ~ a + b n
        an["flat_p50_fit"] = {"intercept_ms": round(float(a), 3), "ms_per_10k": round(float(b) * 1e4, 3)}
        an["flat_p50_crosses"] = {f"{budget}ms": int(round((budget - a) / b, -3)) if b > 0 else None
                                  for budget in (2, 5, 10, 20)}
        h = {r: out["results"][r].get("hnsw", {}).get("p50_ms") for r in out["results"]}
        an["hnsw_p50_by_size"] = h
    serve = out["serve"].get(big)
    targets: dict = {}
    if serve and "latency_ms" in serve:
        v = serve["latency_ms"]["total"]["median"]
        targets["search_median_ms"] = {"size": int(big), "dense_kind": serve["dense_kind"], "value": v,
                                       "target": TARGETS["search_median_ms_1e6"], "met": v <= TARGETS["search_median_ms_1e6"]}
        gb = serve["rss_end_mb"] / 1024
        targets["process_memory_gb"] = {"size": int(big), "value": round(gb, 2), "target": TARGETS["process_memory_gb_1e6"],
                                        "met": gb <= TARGETS["process_memory_gb_1e6"],
                                        "what": "fresh process holding the loaded FAISS + BM25 indexes and Kiwi, "
                                                "no embedding model and no passage texts"}
    h = res.get("hnsw") or {}
    if "recall@10" in h:
        targets["approx_recall@10"] = {"size": int(big), "index": f"HNSW efSearch={out['project_defaults']['HNSW_EF_SEARCH']}",
                                       "value": h["recall@10"], "target": TARGETS["approx_recall@10_1e6"],
                                       "met": h["recall@10"] >= TARGETS["approx_recall@10_1e6"]}
    an["targets"] = targets
    return an


def plot(out: dict, name: str = "scale") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    res = out["results"]
    sizes = sorted(int(s) for s in res if "error" not in res[s])
    fig, axes = plt.subplots(1, 2, figsize=(13, 5))
    ax = axes[0]
    big = str(max(sizes))
    sweep = res[big].get("flat_sweep") or []
    if sweep:
        ax.plot([r["n"] for r in sweep], [r["p50_ms"] for r in sweep], "o-", label="flat (exact) p50, 2 threads", color="#d62728")
        if all("omp1" in r for r in sweep):
            ax.plot([r["n"] for r in sweep], [r["omp1"]["p50_ms"] for r in sweep], "o:", label="flat (exact) p50, 1 thread",
                    color="#d62728", alpha=0.6)

    def series(key, sub=None, pick=None):
        xs, ys = [], []
        for n in sizes:
            r = res[str(n)].get(key) or {}
            if sub:
                r = next((x for x in r.get("sweep", []) if x.get(sub) == pick), {})
            if "p50_ms" in r:
                xs.append(n)
                ys.append(r["p50_ms"])
        return xs, ys

    ef = out["project_defaults"]["HNSW_EF_SEARCH"]
    for (key, sub, pick, label, color) in (("hnsw", None, None, f"HNSW M={out['project_defaults']['HNSW_M']} ef={ef} p50", "#1f77b4"),
                                           ("ivf", "nprobe", 16, "IVF nprobe=16 p50", "#2ca02c"),
                                           ("ivf", "nprobe", 32, "IVF nprobe=32 p50", "#98df8a"),
                                           ("bm25", None, None, "BM25 (bm25s) p50", "#9467bd")):
        xs, ys = series(key, sub, pick)
        if xs:
            ax.plot(xs, ys, "s-", label=label, color=color)
    xs = [int(n) for n in out["serve"] if "latency_ms" in out["serve"][n]]
    xs.sort()
    if xs:
        ax.plot(xs, [out["serve"][str(n)]["latency_ms"]["total"]["median"] for n in xs], "D-", color="k",
                label="fused search as served (dense+BM25+RRF), 2 threads")
        ax.plot(xs, [out["serve"][str(n)]["latency_ms_omp1"]["total"]["median"] for n in xs], "D:", color="k",
                label="fused search as served, 1 thread")
    ax.axhline(50, color="gray", linestyle="--", linewidth=1, label="50 ms search target")
    ax.axvline(out["project_defaults"]["exact_max"], color="orange", linestyle=":", label="exact_max default")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages (synthetic)")
    ax.set_ylabel("single-query latency, ms")
    ax.set_title(f"Latency vs corpus size ({out.get('data', 'gauss')} synthetic; query embedding excluded)", fontsize=10)
    ax.legend(fontsize=6.5, loc="upper left")
    ax = axes[1]
    for n, marker in zip(sizes, "o^sD"):
        h = res[str(n)].get("hnsw") or {}
        if h.get("sweep"):
            ax.plot([r["p50_ms"] for r in h["sweep"]], [r["recall@10"] for r in h["sweep"]], marker + "-",
                    label=f"HNSW efSearch {EF_SWEEP[0]}..{EF_SWEEP[-1]}, n={n:.0e}")
        iv = res[str(n)].get("ivf") or {}
        if iv.get("sweep"):
            ax.plot([r["p50_ms"] for r in iv["sweep"]], [r["recall@10"] for r in iv["sweep"]], marker + "--",
                    label=f"IVF{iv['nlist']} nprobe {NPROBE_SWEEP[0]}..{NPROBE_SWEEP[-1]}, n={n:.0e}")
    ax.axhline(0.95, color="gray", linestyle="--", linewidth=1)
    ax.set_xscale("log")
    ax.set_xlabel("p50 latency, ms")
    ax.set_ylabel("recall@10 vs exact (real queries)")
    ax.set_title("Approximate search: recall vs latency")
    ax.legend(fontsize=6.5, loc="lower right")
    fig.tight_layout()
    fig.savefig(RESULTS / f"{name}.png", dpi=120)
    plt.close(fig)


if __name__ == "__main__":
    sys.exit(main())
