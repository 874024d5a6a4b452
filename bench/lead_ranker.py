"""Could the first line be chosen better among the sentences an answer already shows?

    .venv/bin/python bench/lead_ranker.py [--seeds 257 263 ...] [--folds 4]

For every answered direct question of the given KorQuAD splits (as bench/fit_spans.py captures
them: ``Engine.ask`` with ``select.choose`` observed), the candidates the first line is chosen
among are recorded (``select._best_stated_first`` with ``select.lead_merit`` observed: the
chosen sentences left after its filters), each labelled by grade.py's direct_hit rule applied to
the first line it would give (``layout.lead``). Reported:

- the rule as it is, and the best any choice among the candidates could do (the key known);
- the rule over a grid of ``lead_margin`` × ``lead_weight``;
- a linear ranker over the candidates' features (score gap to the best, span score, no span, a
  person or proper span, cue, lexical overlap, coverage, dense similarity, first in order),
  fitted as a softmax over each question's candidates and scored with cross-validation by seed
  (the seeds split into ``--folds`` groups, each scored by the ranker fitted on the others).

Writes bench/results/lead_ranker.json. Measured in round 34 on 19 seeds (RESULTS §6).
"""
from __future__ import annotations

import argparse
import sys
from itertools import product
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, write_result  # noqa: E402
from fit_spans import capture  # noqa: E402

import qa.select as select  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.engine import load_embedder  # noqa: E402
from qa.extract import value_span  # noqa: E402
from qa.layout import lead  # noqa: E402
from qa.metrics import direct_hit  # noqa: E402
from qa.params import Params  # noqa: E402

SEEDS = [257, 263, 269, 271, 277, 281, 283, 293, 7, 11, 307, 311, 313, 317, 331, 337, 347, 349, 13]
FEATURES = ["score gap", "span score", "no span", "person span", "proper span", "cue", "lexical", "coverage",
            "dense", "first in order"]


def first_line_hits(rows, params: Params) -> int:
    """First lines stating the value, the rule as it is (bench/fit_spans.py's reading)."""
    hit = 0
    for r in rows:
        order = [g[0].gid for g in r.groups]
        if len(order) > 1 and params.lead_margin >= 0:
            order = select._best_stated_first(r.question, [list(g) for g in r.groups], order, params)
        top = next(g[0] for g in r.groups if g[0].gid == order[0])
        hit += direct_hit(lead(r.question, top, "[1]")[0], r.must)
    return hit


def candidates(row, params: Params):
    """(features, hit, chosen) of each candidate the rule weighs for one question, or None when
    it weighs one or none (then the rule's own first line is the only one)."""
    order = [g[0].gid for g in row.groups]
    seen = {}
    merit = select.lead_merit

    def observed(question, s, p):
        seen[s.gid] = s
        return merit(question, s, p)

    select.lead_merit = observed
    try:
        chosen = select._best_stated_first(row.question, [list(g) for g in row.groups], order, params)[0] \
            if len(order) > 1 else order[0]
    finally:
        select.lead_merit = merit
    if len(seen) < 2:
        return None
    best = max(s.score for s in seen.values())
    out = []
    for gid, s in seen.items():
        span = value_span(row.question, s.sentence.text)
        f = [s.score - best, span.score if span else select.NO_SPAN, span is None, bool(span and span.person),
             bool(span and span.proper), s.cue, s.lexical, s.check.coverage, s.dense, gid == order[0]]
        out.append((np.array(f, float), direct_hit(lead(row.question, s, "[1]")[0], row.must), gid == chosen))
    return out


def fit_ranker(questions, steps: int = 400, rate: float = 0.5, l2: float = 0.01):
    """A linear score over standardised features, fitted so that a softmax over each question's
    candidates puts its weight on those stating the value (questions with some candidates right
    and some wrong only)."""
    keep = [(np.array([f for f, _, _ in c]), np.array([h for _, h, _ in c], float)) for c in questions]
    keep = [(x, y) for x, y in keep if 0 < y.sum() < len(y)]
    stacked = np.vstack([x for x, _ in keep])
    mu, sd = stacked.mean(0), stacked.std(0) + 1e-9
    w = np.zeros(stacked.shape[1])
    for _ in range(steps):
        grad = np.zeros_like(w)
        for x, y in keep:
            z = (x - mu) / sd
            p = np.exp(z @ w - (z @ w).max())
            grad += z.T @ (p / p.sum() - y / y.sum())
        w -= rate * (grad / len(keep) + l2 * w)
    return w, mu, sd


def ranked_hits(items, model) -> int:
    w, mu, sd = model
    hits = 0
    for cands, rule_hit in items:
        if cands is None:
            hits += rule_hit
        else:
            x = np.array([f for f, _, _ in cands])
            hits += cands[int(np.argmax(((x - mu) / sd) @ w))][1]
    return hits


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=SEEDS)
    ap.add_argument("--folds", type=int, default=4)
    a = ap.parse_args()
    params = Params.load()
    embedder = load_embedder(Settings(), progress=False)
    rows = {s: capture(s, embedder) for s in a.seeds}
    n = sum(map(len, rows.values()))
    rule = {s: first_line_hits(r, params) for s, r in rows.items()}
    items = {}
    for s, rs in rows.items():
        items[s] = []
        for r in rs:
            c = candidates(r, params)
            items[s].append((c, None if c is not None else first_line_hits([r], params)))
    best_possible = sum(1 if c is None and h else int(c is not None and any(x[1] for x in c))
                        for it in items.values() for c, h in it)
    grid = {f"{m}/{w}": sum(first_line_hits(r, params.with_(lead_margin=m, lead_weight=w)) for r in rows.values())
            for m, w in product((0.2, 0.3, 0.4, 0.5), (0.05, 0.1, 0.15, 0.2, 0.3))}
    folds = [a.seeds[i::a.folds] for i in range(a.folds)]
    ranked = 0
    for held in folds:
        model = fit_ranker([c for s in a.seeds if s not in held for c, _ in items[s] if c is not None])
        ranked += sum(ranked_hits(items[s], model) for s in held)
    result = {"machine": machine(), "seeds": a.seeds, "questions": n, "rule": sum(rule.values()),
              "best_possible": best_possible, "grid_margin_weight": grid, "ranker_cross_validated": ranked,
              "features": FEATURES}
    print(f"{n} direct questions answered: rule {result['rule']}, ranker (cross-validated) {ranked}, "
          f"best possible {best_possible}")
    print("grid (lead_margin/lead_weight):", grid)
    write_result("lead_ranker", result)


if __name__ == "__main__":
    main()
