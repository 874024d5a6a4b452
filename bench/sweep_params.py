"""Sweep answer parameters (qa/params.py) through whole runs of ``Engine.ask`` on KorQuAD splits.

    .venv/bin/python bench/sweep_params.py --seeds 109 113 127 \
        --grid lead_weight=0.05,0.1,0.2,0.3,0.5 lead_margin=0.2,0.3,0.5

``bench/fit_spans.py`` and ``bench/fit_lead.py`` hold the chosen sentences fixed and replay one
stage; this script answers every question again for every setting, so a parameter that moves
which sentences are chosen, which one leads and whether the answer is declined is measured with
all its effects (about 80 s per setting for three seeds on 2 cores). Use seeds the rules were not
written against; report the chosen setting on others. For every setting it prints and saves the
totals over the seeds (answers holding the gold span, first lines stating it, false declines,
out-of-corpus questions declined) and each seed's. Writes bench/results/sweep_params.json.
"""
from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import write_result  # noqa: E402
from fit_params import korquad_corpus, read_jsonl  # noqa: E402

from qa.config import Settings  # noqa: E402
from qa.engine import Engine, load_embedder  # noqa: E402
from qa.metrics import answer_hit, asks_one_value, direct_hit  # noqa: E402
from qa.params import Params  # noqa: E402


def parse_grid(items: list[str]) -> dict[str, list[float]]:
    """["lead_margin=0.2,0.3"] -> {"lead_margin": [0.2, 0.3]}; only numeric fields of Params."""
    numeric = {f.name: (int if f.type in ("int", int) else float)
               for f in fields(Params) if f.type in ("float", "int", float, int)}
    grid = {}
    for item in items:
        name, _, values = item.partition("=")
        if name not in numeric or not values:
            raise SystemExit(f"--grid {item!r}: expected NAME=V1,V2 with NAME one of {sorted(numeric)}")
        grid[name] = [numeric[name](v) for v in values.split(",")]
    return grid


def score(engine: Engine, questions: list[dict]) -> dict:
    out = {"answers": 0, "first_lines": 0, "false_declines": 0, "declined": 0}
    for q in questions:
        a = engine.ask(q["question"], q.get("history", []))
        if q["type"] == "unanswerable":
            out["declined"] += not a.answered
            continue
        out["false_declines"] += not a.answered
        out["answers"] += bool(a.answered and answer_hit(a.answer or "", q["must"]))
        if asks_one_value(q):
            out["first_lines"] += bool(a.answered and direct_hit(a.answer or "", q["must"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[109, 113, 127])
    ap.add_argument("--grid", nargs="+", required=True, help="NAME=V1,V2 ... (fields of qa/params.py)")
    args = ap.parse_args()
    grid = parse_grid(args.grid)
    base = Params.load()
    embedder = load_embedder(Settings(), progress=False)
    corpora = []
    for seed in args.seeds:
        folder = korquad_corpus(seed)
        engine = Engine(Settings().with_overrides(docs_dir=folder / "docs", index_dir=folder / "index"),
                        embedder=embedder, progress=False, log=lambda m: None, params=base)
        corpora.append((seed, engine, read_jsonl(folder / "questions.jsonl")))
    rows = []
    for values in itertools.product(*grid.values()):
        setting = dict(zip(grid, values))
        per_seed = {}
        for seed, engine, questions in corpora:
            # the engine reads its parameters at every question: one engine serves every setting
            engine.params = replace(base, **setting)
            per_seed[seed] = score(engine, questions)
        total = {k: sum(s[k] for s in per_seed.values()) for k in ("answers", "first_lines", "false_declines", "declined")}
        rows.append({"setting": setting, "total": total, "per_seed": per_seed})
        print(setting, total, flush=True)
    best = max(rows, key=lambda r: (r["total"]["first_lines"] + r["total"]["answers"] + r["total"]["declined"]
                                    - r["total"]["false_declines"]))
    print("best:", best["setting"], best["total"])
    write_result("sweep_params", {"seeds": args.seeds, "grid": grid, "base": base.to_dict(), "rows": rows,
                                  "best": best["setting"]})


if __name__ == "__main__":
    main()
