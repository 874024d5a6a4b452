"""Choose ``Params.lead_lexical_min`` and ``Params.lead_coverage_min`` (an answer is declined
when the sentence that would lead it shares almost none of the question's words and meets few of
its terms) on KorQuAD splits the rules were not written against, and check the choice on others.

    .venv/bin/python bench/fit_lead.py [--fit 1 2] [--check 3 4]

Every question is answered once with the rule off (both values 0); for each answer the sentence
that leads it (``select.choose``'s first group, observed) gives its lexical overlap with the
question and its coverage of the question's terms. A pair of values then declines the answers
whose leading sentence falls below both (the rule's own conditions: a Korean question not asking
for a figure). The gain of a pair is the out-of-corpus answers it declines (per 100 such
questions) minus the answerable ones it declines (per 300: false declines) minus the right
answers among them (per 300: lost answers). The pair chosen declines no answerable question on the
fitting seeds and, of those, the most out-of-corpus ones (of equals, the smallest values): a decline
rule added late must not cost answers where it was chosen. The checking seeds are only reported.
Writes bench/results/fit_lead.json.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, write_result  # noqa: E402
from fit_params import korquad_corpus, read_jsonl  # noqa: E402

import qa.answer as answer_stage  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.engine import Engine, load_embedder  # noqa: E402
from qa.metrics import answer_hit  # noqa: E402
from qa.params import Params  # noqa: E402

LEXICAL = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
COVERAGE = [0.3, 0.4, 0.5, 0.6, 0.7]


def observe(seed: int, embedder) -> list[dict]:
    """One row per answered question: its leading sentence's overlap and coverage, whether the
    rule may apply to it, whether it is out of corpus, whether the answer is right."""
    folder = korquad_corpus(seed)
    params = replace(Params.load(), lead_lexical_min=0.0, lead_coverage_min=0.0)
    engine = Engine(Settings().with_overrides(docs_dir=folder / "docs", index_dir=folder / "index"),
                    embedder=embedder, progress=False, log=lambda m: None, params=params)
    seen: dict = {}
    original = answer_stage.choose

    def watch(question, scored, *args, **kwargs):
        choice = original(question, scored, *args, **kwargs)
        seen["question"], seen["choice"] = question, choice
        return choice

    answer_stage.choose = watch
    rows = []
    try:
        for q in read_jsonl(folder / "questions.jsonl"):
            seen.clear()
            a = engine.ask(q["question"])
            if not a.answered or "choice" not in seen or seen["choice"].conflict or not seen["choice"].groups:
                continue
            question, choice = seen["question"], seen["choice"]
            lead = choice.groups[choice.lead_order()[0]][0]
            outside = q.get("type") == "unanswerable"
            rows.append({"seed": seed, "lexical": round(lead.lexical, 4), "coverage": round(lead.check.coverage, 4),
                         "eligible": question.korean and not question.wants_figure, "outside": outside,
                         "right": (not outside) and answer_hit(a.answer, q.get("must", []))})
    finally:
        answer_stage.choose = original
    return rows


def effect(rows: list[dict], seeds, lexical: float, coverage: float) -> dict:
    hit = [r for r in rows if r["seed"] in seeds and r["eligible"] and r["lexical"] < lexical and r["coverage"] < coverage]
    out = sum(r["outside"] for r in hit)
    inside = sum(not r["outside"] for r in hit)
    right = sum(r["right"] for r in hit)
    n = len(seeds)
    return {"declined_out_of_corpus": out, "false_declines": inside, "lost_answers": right,
            "gain": round(out / (100 * n) - inside / (300 * n) - right / (300 * n), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fit", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--check", type=int, nargs="+", default=[3, 4])
    a = ap.parse_args()
    embedder = load_embedder(Settings(), progress=False)
    rows = [r for seed in a.fit + a.check for r in observe(seed, embedder)]
    grid = [{"lead_lexical_min": x, "lead_coverage_min": y, "fit": effect(rows, a.fit, x, y),
             "check": effect(rows, a.check, x, y)} for x in LEXICAL for y in COVERAGE]
    free = [g for g in grid if g["fit"]["false_declines"] == 0] or grid
    best = max(free, key=lambda g: (g["fit"]["declined_out_of_corpus"], -g["lead_lexical_min"], -g["lead_coverage_min"]))
    for g in grid:
        print(g["lead_lexical_min"], g["lead_coverage_min"], "fit", g["fit"], "check", g["check"])
    print("chosen", best["lead_lexical_min"], best["lead_coverage_min"], "fit", best["fit"], "check", best["check"])
    write_result("fit_lead", {"fit_seeds": a.fit, "check_seeds": a.check, "grid": grid, "chosen": best,
                              "shipped": {"lead_lexical_min": Params.load().lead_lexical_min,
                                          "lead_coverage_min": Params.load().lead_coverage_min},
                              "machine": machine()})


if __name__ == "__main__":
    main()
