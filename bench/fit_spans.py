"""Fit the span weights (qa/extract.py ``SpanWeights``) and the first-line choice
(``Params.lead_margin``, ``Params.lead_weight``) on KorQuAD splits the rules were not written
against, and check them on other splits.

    .venv/bin/python bench/fit_spans.py [--fit 1 2] [--check 3 4] [--write]

What is measured is the reply's first line: for every answerable question asking for one
value (grade.py's direct questions) that the pipeline answers, the sentences it chose are
captured once (``Engine.ask`` with ``select.choose`` observed); then, for a setting of the
weights, the first line is laid out again from those sentences (which chosen sentence leads,
``select._best_stated_first``; which span of it, ``extract.value_span``; ``layout.lead``) and
scored with grade.py's direct_hit rule. The chosen sentences themselves are held fixed (the
span weights also feed the sentence cue; that effect is left to the full runs in
bench/korquad.py). Answers showing a conflict of two articles are left out: their first line
lists both values.

Coordinate descent, two sweeps, each weight over multiples of its hand-set value; a change is
kept only if it gains on the fitting seeds. ``--write`` saves the weights to
qa/span_weights.json and the two lead settings to qa/params.json. Writes
bench/results/fit_spans.json.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, write_result  # noqa: E402
from fit_params import korquad_corpus, read_jsonl  # noqa: E402

import qa.answer as answer_stage  # noqa: E402
import qa.extract as extract  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.engine import Engine, load_embedder  # noqa: E402
from qa.layout import lead  # noqa: E402
from qa.metrics import asks_one_value, direct_hit  # noqa: E402
from qa.params import DEFAULT_FILE, Params  # noqa: E402
from qa.question import Question  # noqa: E402
from qa.select import Scored, _best_stated_first  # noqa: E402

FACTORS = (0.0, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
LEAD_GRID = {"lead_margin": (0.0, 0.05, 0.1, 0.2, 0.3, 1.0), "lead_weight": (0.0, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3)}


@dataclass(frozen=True)
class Row:
    question: Question
    groups: tuple[tuple[Scored, ...], ...]
    must: tuple


def capture(seed: int, embedder) -> list[Row]:
    """The chosen sentences of every answered direct question of one KorQuAD split."""
    folder = korquad_corpus(seed)
    engine = Engine(Settings().with_overrides(docs_dir=folder / "docs", index_dir=folder / "index"),
                    embedder=embedder, progress=False, log=lambda s: None)
    seen = {}
    choose = answer_stage.choose

    def observed(question, scored, store, params, *a, **k):
        choice = choose(question, scored, store, params, *a, **k)
        seen["row"] = (question, choice)
        return choice

    rows = []
    answer_stage.choose = observed
    try:
        for q in read_jsonl(folder / "questions.jsonl"):
            if q["type"] == "unanswerable" or not asks_one_value(q):
                continue
            seen.clear()
            if not engine.ask(q["question"]).answered or "row" not in seen:
                continue
            question, choice = seen["row"]
            if choice.conflict:
                continue
            # in the order chosen (best first), as _best_stated_first receives them
            groups = tuple(choice.groups[i] for i in choice.lead_order())
            rows.append(Row(question, groups, tuple(tuple(g) for g in q["must"])))
    finally:
        answer_stage.choose = choose
    return rows


def first_line_hits(rows: list[Row], params: Params) -> float:
    hit = 0
    for r in rows:
        order = [g[0].gid for g in r.groups]
        if len(order) > 1 and params.lead_margin >= 0:
            order = _best_stated_first(r.question, [list(g) for g in r.groups], order, params)
        top = next(g[0] for g in r.groups if g[0].gid == order[0])
        hit += direct_hit(lead(r.question, top, "[1]")[0], r.must)
    return hit / max(1, len(rows))


def score(rows: list[Row], weights: extract.SpanWeights, params: Params) -> float:
    saved = extract.W
    extract.W = weights
    try:
        return first_line_hits(rows, params)
    finally:
        extract.W = saved


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--check", type=int, nargs="+", default=[3, 4])
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    embedder = load_embedder(Settings(), progress=False)
    fit = [r for s in a.fit for r in capture(s, embedder)]
    check = [r for s in a.check for r in capture(s, embedder)]
    params = Params.load()
    start_w, start_p = extract.W, params
    before = {"fit": score(fit, start_w, start_p), "check": score(check, start_w, start_p)}
    print(f"before: fit {before['fit']:.4f} check {before['check']:.4f} ({len(fit)} / {len(check)} questions)",
          flush=True)
    w, best = start_w, before["fit"]
    base = extract.SpanWeights()
    for sweep in range(2):
        for f in fields(extract.SpanWeights):
            for factor in FACTORS:
                cand = replace(w, **{f.name: getattr(base, f.name) * factor})
                s = score(fit, cand, params)
                if s > best + 1e-9:
                    w, best = cand, s
            for name, grid in LEAD_GRID.items():
                for v in grid:
                    cand = params.with_(**{name: v})
                    s = score(fit, w, cand)
                    if s > best + 1e-9:
                        params, best = cand, s
        print(f"sweep {sweep + 1}: fit {best:.4f}", flush=True)
    after = {"fit": best, "check": score(check, w, params)}
    changed = {k: (v0, v1) for (k, v0), v1 in zip(asdict(start_w).items(), asdict(w).values()) if v0 != v1}
    changed.update({k: (getattr(start_p, k), getattr(params, k)) for k in LEAD_GRID
                    if getattr(start_p, k) != getattr(params, k)})
    print(f"after:  fit {after['fit']:.4f} check {after['check']:.4f}")
    for k, (v0, v1) in changed.items():
        print(f"  {k}: {v0:g} -> {v1:g}")
    if a.write:
        w.save()
        Params.load().with_(**{k: getattr(params, k) for k in LEAD_GRID}).save(DEFAULT_FILE)
        print(f"wrote {extract.SPAN_FILE} and {DEFAULT_FILE}")
    write_result("fit_spans", {"machine": machine(), "fit_seeds": a.fit, "check_seeds": a.check,
                               "questions": {"fit": len(fit), "check": len(check)},
                               "before": before, "after": after,
                               "changed": {k: list(v) for k, v in changed.items()},
                               "weights": asdict(w), "lead": {k: getattr(params, k) for k in LEAD_GRID}})


if __name__ == "__main__":
    main()
