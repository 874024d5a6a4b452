"""Quality of an embedding runtime against another, on the same code: does a change of vectors
(``QA_EMBED_RUNTIME=onnx-int8``) keep every score within 0.01? (issue 13)

    .venv/bin/python bench/runtime_quality.py [--runtimes onnx onnx-int8] [--seeds 7 11 13]   # ~40 min on 2 busy cores

For each runtime, in fresh index folders of its own (never the shared KorQuAD cache's index,
which other runs use): the seed corpus (``documents/``) graded with ../shared/eval/grade.py on
the dev set and the probe sets (tests/data/probe_a.jsonl, probe_b.jsonl), and each KorQuAD
seed's split (bench/korquad.py makes it if missing) graded on its 400 questions. The runtimes
alternate per set, so both see the same code and about the same load. Scores are compared key
by key (timing keys excluded); ``within_0.01`` is the criterion. Build seconds of each index are
recorded too (a full ``qa index --rebuild`` each; not the speed benchmark: bench/speed.py is).

Writes bench/results/runtime_quality.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEV, ROOT, machine, write_result  # noqa: E402

GRADE = ROOT.parent / "shared" / "eval" / "grade.py"
PROBES = [ROOT / "tests" / "data" / "probe_a.jsonl", ROOT / "tests" / "data" / "probe_b.jsonl"]
TOLERANCE = 0.01
SCORES = ("recall@5", "answer_hit", "direct_hit", "cited", "abstain", "false_abstain")  # grade.py's rates


def load() -> float:
    return round(os.getloadavg()[0], 2)


def build(docs: Path, index: Path, runtime: str) -> dict:
    env = {**os.environ, "QA_DOCS_DIR": str(docs), "QA_INDEX_DIR": str(index), "QA_EMBED_RUNTIME": runtime}
    l0, t0 = load(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "qa", "index", "--rebuild", "--quiet"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    return {"build_s": round(time.perf_counter() - t0, 1), "loadavg_1m": [l0, load()],
            "model": json.loads(next(index.glob("build-*/manifest.json")).read_text(encoding="utf-8"))["model"]["name"]}


def grade(questions: Path, docs: Path, index: Path, runtime: str) -> dict:
    env = {**os.environ, "QA_DOCS_DIR": str(docs), "QA_INDEX_DIR": str(index), "QA_EMBED_RUNTIME": runtime}
    p = subprocess.run([sys.executable, str(GRADE), str(questions), "--project", str(ROOT), "--python", sys.executable,
                        "--json"], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return json.loads(p.stdout.strip().splitlines()[-1])["scores"]


def compare(a: dict, b: dict) -> dict:
    keys = [k for k in SCORES if k in a and k in b]
    diff = {k: round(b[k] - a[k], 4) for k in keys}
    return {"diff": diff, "max_abs_diff": max((abs(v) for v in diff.values()), default=0.0),
            "within_0.01": all(abs(v) <= TOLERANCE + 1e-9 for v in diff.values())}


def _own_split(root: Path, seed: int) -> Path:
    """``root/s<seed>``: the same 40-article split bench/korquad.py makes, in a folder of one's own
    (another run may be rebuilding in the shared cache)."""
    out = root / f"s{seed}"
    if not (out / "questions.jsonl").exists():
        shared = ROOT.parent / "shared" / "eval" / "korquad"
        subprocess.run([sys.executable, str(shared / "make.py"), str(shared / "KorQuAD_v1.0_dev.json"), str(out),
                        "--articles", "40", "--answerable", "300", "--unanswerable", "100", "--seed", str(seed)],
                       check=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runtimes", nargs=2, default=["onnx", "onnx-int8"], help="reference, candidate")
    ap.add_argument("--seeds", type=int, nargs="*", default=[7, 11, 13])
    ap.add_argument("--keep", type=Path, help="keep the built indexes under this folder")
    ap.add_argument("--splits", type=Path, help="a folder of KorQuAD splits s<seed>/ (docs/, questions.jsonl), made "
                                                "there if missing (default: bench/korquad.py's cache)")
    ap.add_argument("--name", default="runtime_quality", help="result file in bench/results")
    a = ap.parse_args()
    ref, cand = a.runtimes
    work = a.keep or Path(tempfile.mkdtemp(prefix="runtime-quality-"))
    work.mkdir(parents=True, exist_ok=True)
    out = {"command": "bench/runtime_quality.py " + " ".join(sys.argv[1:]), "machine": machine(),
           "runtimes": [ref, cand], "tolerance": TOLERANCE, "sets": {}}
    t_start = time.time()
    try:
        corpora = [("seed corpus", ROOT / "documents", [("dev", DEV)] + [(p.stem, p) for p in PROBES])]
        if a.seeds:
            from bench.korquad import split

            for seed in a.seeds:
                folder = (_own_split(a.splits, seed) if a.splits else
                          split(seed, argparse.Namespace(articles=40, answerable=300, unanswerable=100)))
                corpora.append((f"korquad s{seed}", folder / "docs", [(f"korquad s{seed}", folder / "questions.jsonl")]))
        for c, (label, docs, sets) in enumerate(corpora):
            order = [ref, cand] if c % 2 == 0 else [cand, ref]
            builds = {rt: build(docs, work / f"{label.replace(' ', '-')}-{rt}", rt) for rt in order}
            for name, questions in sets:
                scores = {}
                for rt in order:
                    scores[rt] = grade(questions, docs, work / f"{label.replace(' ', '-')}-{rt}", rt)
                out["sets"][name] = {"corpus": label, "questions": str(questions.relative_to(ROOT.parent)),
                                     "builds": builds, "scores": scores, **compare(scores[ref], scores[cand])}
                print(f"{name}: {ref} {json.dumps(scores[ref])}\n   {cand} {json.dumps(scores[cand])}\n   "
                      f"max |diff| {out['sets'][name]['max_abs_diff']}", flush=True)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    out["all_within_0.01"] = all(s["within_0.01"] for s in out["sets"].values())
    out["seconds"] = round(time.time() - t_start, 1)
    write_result(a.name, out)
    print(json.dumps({k: v["max_abs_diff"] for k, v in out["sets"].items()}), "all within 0.01:", out["all_within_0.01"])


if __name__ == "__main__":
    main()
