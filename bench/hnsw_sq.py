"""Which approximate index at 1e6 passages: HNSW over 8-bit or fp16 codes, with and without an
exact rerank of the top 50 (the choice behind qa/dense.py).

Synthetic vectors as bench/scale.py (``gauss`` and ``clustered``), the 222 real queries, exact
ground truth from ``IndexFlatIP``; per variant: build time (2 threads), size, recall@10 and
single-query latency (1 thread) at efSearch 256/512/768/1024. One variant per child process.

    .venv/bin/python bench/hnsw_sq.py                      # 5 variants, ~60 min at 1e6 on 2 cores
    .venv/bin/python bench/hnsw_sq.py --n 100000           # a quick look
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine, write_result  # noqa: E402
import scale  # noqa: E402

M, RERANK, TRAIN = 32, 50, 100_000
EF_SWEEP = [256, 512, 768, 1024]
VARIANTS = [("gauss", "QT_8bit", 80), ("gauss", "QT_fp16", 80), ("clustered", "QT_8bit", 80),
            ("clustered", "QT_fp16", 80), ("gauss", "QT_8bit", 160)]


def prepare(work: Path, n: int) -> None:
    import faiss
    import numpy as np

    work.mkdir(parents=True, exist_ok=True)
    if not (work / "real.npz").exists():
        scale.prepare(work)
    faiss.omp_set_num_threads(2)
    Q = np.load(work / "real.npz")["Q"].astype(np.float32)
    for data in ("gauss", "clustered"):
        out = work / f"gt_{data}_{n}.npz"
        if not out.exists():
            flat = faiss.IndexFlatIP(scale.DIM)
            flat.add(scale.gen_vectors(work, n, data))
            D, I = flat.search(Q, 100)
            np.savez(out, D=D, I=I)


def child_variant(work: Path, n: int, data: str, qt_name: str, efc: int) -> dict:
    import faiss
    import numpy as np

    faiss.omp_set_num_threads(2)
    Q = np.load(work / "real.npz")["Q"].astype(np.float32)
    X = scale.gen_vectors(work, n, data)
    gt = np.load(work / f"gt_{data}_{n}.npz")["I"][:, :10]
    res = {"variant": f"IndexHNSWSQ({qt_name}, M={M})", "qtype": qt_name, "M": M, "efConstruction": efc,
           "data": data, "n": n, "queries": len(Q), "loadavg_start": os.getloadavg()[0]}
    gc.collect()
    base = scale.rss_mb()
    with scale.PeakRSS() as pk:
        t0 = time.perf_counter()
        index = faiss.IndexHNSWSQ(scale.DIM, getattr(faiss.ScalarQuantizer, qt_name), M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = efc
        index.train(X[np.random.default_rng(7).choice(n, min(TRAIN, n), replace=False)])
        index.add(X)
        build_s = time.perf_counter() - t0
    res.update(build_s=round(build_s, 1), rss_delta_mb=round(scale.rss_mb() - base, 1),
               build_peak_rss_delta_mb=round(pk.peak - base, 1),
               serialized_mb=round(faiss.serialize_index(index).size / 2**20, 1))

    faiss.omp_set_num_threads(1)

    def plain(i):
        return index.search(Q[i:i + 1], 10)[1][0]

    def rerank(i):  # as qa/dense.py: the top RERANK candidates re-scored with the exact vectors
        cand = index.search(Q[i:i + 1], RERANK)[1][0]
        cand = cand[cand >= 0]
        s = X[cand] @ Q[i]
        return cand[np.argsort(-s)[:10]]

    sweep = []
    for ef in EF_SWEEP:
        index.hnsw.efSearch = ef
        row = {"efSearch": ef}
        for name, fn in (("plain", plain), ("rerank50", rerank)):
            fn(0)  # warm-up
            lat, ids = scale.time_queries(fn, Q, reps=2)
            row[name] = {"recall@10": scale.recall_at_10(ids, gt), **scale.lat_summary(lat)}
        row["loadavg"] = round(os.getloadavg()[0], 2)
        sweep.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    res["sweep"] = sweep
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--work", default="/tmp/busan-qa-hnsw-sq")
    ap.add_argument("--name", default="hnsw_sq")
    ap.add_argument("--child", nargs=3, metavar=("DATA", "QTYPE", "EFC"))
    a = ap.parse_args()
    work = Path(a.work)
    if a.child:
        print(json.dumps(child_variant(work, a.n, a.child[0], a.child[1], int(a.child[2]))))
        return 0
    out = {"machine": machine(), "n": a.n, "rerank": RERANK, "sq_train_sample": TRAIN, "runs": []}
    prepare(work, a.n)
    for data, qt, efc in VARIANTS:
        print(f"== {data} {qt} efConstruction={efc}", file=sys.stderr, flush=True)
        r = subprocess.run([sys.executable, __file__, "--n", str(a.n), "--work", str(work), "--child", data, qt,
                            str(efc)], capture_output=True, text=True, cwd=ROOT)
        if r.returncode != 0:
            raise SystemExit(r.stderr[-3000:])
        out["runs"].append(json.loads(r.stdout.strip().splitlines()[-1]))
        write_result(a.name, out)  # partial results survive an interrupted run
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
