"""`qa index --ray` with 1 and 2 local workers against the single-process build, same corpus.

    .venv/bin/python bench/ray_build.py                   # 10 KorQuAD articles (seed 7), ~6 min on 2 cores
    .venv/bin/python bench/ray_build.py --articles 40     # the 40-article split

Each build is a fresh `python -m qa index --rebuild --quiet` process (model load and Ray
start-up included), timed from spawn to exit, with its peak RSS (the children's
``ru_maxrss``: for Ray the driver alone; workers are separate processes, their peak is
sampled with psutil over the whole process tree). After each Ray build the index is
compared with the single-process one: same passages and sentences, max |vector
difference|. Writes bench/results/ray_build.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine, wait_quiet, write_result  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval" / "korquad"


def tree_rss_mb(pid: int) -> float:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for q in procs:
        try:
            total += q.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def run_build(docs: Path, index: Path, extra: list[str]) -> dict:
    env = {**os.environ, "QA_DOCS_DIR": str(docs), "QA_INDEX_DIR": str(index)}
    cmd = [sys.executable, "-m", "qa", "index", "--rebuild", "--quiet", *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-3000:]}")
    return {"command": "qa index --rebuild --quiet " + " ".join(extra), "wall_s": round(wall, 1),
            "peak_tree_rss_mb": round(peak[0]), "summary": out.strip().splitlines()[0]}


def compare(a_dir: Path, b_dir: Path) -> dict:
    import numpy as np

    from qa.index import load_index

    a, b = load_index(a_dir), load_index(b_dir)
    return {"same_passages": list(a.chunks) == list(b.chunks), "same_sentences": list(a.sentences) == list(b.sentences),
            "max_abs_vector_diff": float(np.abs(np.asarray(a.vectors) - np.asarray(b.vectors)).max()),
            "max_abs_sentence_vector_diff": float(np.abs(np.asarray(a.sentence_vectors)
                                                         - np.asarray(b.sentence_vectors)).max()),
            "passages": len(a.chunks), "sentences": len(a.sentences)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--name", default="ray_build")
    a = ap.parse_args()
    out = {"machine": machine(), "command": "bench/ray_build.py " + " ".join(sys.argv[1:]), "runs": {}}
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, str(SHARED / "make.py"), str(SHARED / "KorQuAD_v1.0_dev.json"), str(tmp / "kq"),
                        "--articles", str(a.articles), "--answerable", "10", "--unanswerable", "0",
                        "--seed", str(a.seed)], check=True, capture_output=True)
        docs = tmp / "kq" / "docs"
        for name, extra in (("single", []), ("ray_1_worker", ["--ray", "--ray-workers", "1"]),
                            ("ray_2_workers", ["--ray", "--ray-workers", "2"])):
            quiet = wait_quiet(name, max_wait=60)
            res = run_build(docs, tmp / name, extra)
            res["load_before"] = quiet
            if name != "single":
                res["vs_single"] = compare(tmp / "single", tmp / name)
            out["runs"][name] = res
            print(name, json.dumps(res), file=sys.stderr, flush=True)
            write_result(a.name, out)
        shutil.rmtree(tmp / "kq", ignore_errors=True)
    print(json.dumps(out["runs"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
