"""The answer-layout settings that ``bench/fit_params.py`` cannot fit, swept on KorQuAD splits.

``fit_params.py`` models which sentence leads and whether the question is answered; which other
sentences join the answer (``join_margin``) and which chosen sentence gives the first line
(``lead_margin``) only show in the rendered answer, so they are swept here through the whole
``Engine.ask`` on seeds the rules were not written against, and reported with the means:

    .venv/bin/python bench/layout_sweep.py --seeds 1 2 3 4    # ~4 min on 2 cores

Each seed's split is made by ``../shared/eval/korquad/make.py`` (40 articles, 300 + 100
questions) into ``../.qa-fit-cache/korquad-s<seed>`` and indexed on first use.
Writes bench/results/layout_sweep.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import machine, write_result  # noqa: E402
from fit_params import korquad_corpus  # noqa: E402

from qa.config import Settings  # noqa: E402
from qa.engine import Engine, load_embedder  # noqa: E402
from qa.evaluate import evaluate  # noqa: E402
from qa.params import Params  # noqa: E402

GRID = [{}, {"lead_margin": -1.0}, {"lead_margin": 0.02}, {"lead_margin": 0.08}, {"lead_margin": 0.12},
        {"join_margin": 0.06}, {"join_margin": 0.1}, {"join_margin": 0.15}, {"join_margin": 0.2},
        {"join_margin": 0.3}]
MEASURES = ("answer_hit", "direct_hit", "cited", "abstain", "false_abstain")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    a = ap.parse_args()
    embedder = load_embedder(Settings(), progress=False)
    engines = {}
    for seed in a.seeds:
        folder = korquad_corpus(seed)
        settings = Settings().with_overrides(docs_dir=folder / "docs", index_dir=folder / "index")
        engines[seed] = (Engine(settings, embedder=embedder, progress=False, log=lambda s: None),
                         folder / "questions.jsonl")
    base = Params.load()
    rows = []
    for change in GRID:
        per_seed = {}
        for seed, (engine, questions) in engines.items():
            engine.params = base.with_(**change)
            r = evaluate(engine, questions)
            per_seed[seed] = {k: r[k] for k in MEASURES}
        mean = {k: round(sum(s[k] for s in per_seed.values()) / len(per_seed), 4) for k in MEASURES}
        rows.append({"change": change or "library params", "mean": mean, "per_seed": per_seed})
        print(json.dumps(change or "library params"), " ".join(f"{k}={v:.3f}" for k, v in mean.items()), flush=True)
    write_result("layout_sweep", {"machine": machine(), "seeds": a.seeds, "params": base.to_dict(), "rows": rows})


if __name__ == "__main__":
    main()
