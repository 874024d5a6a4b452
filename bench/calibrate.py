"""Abstention margins: the evidence score of answerable vs unanswerable questions.

    .venv/bin/python bench/calibrate.py

Scores dev answerable/unanswerable questions, tests/data/offtopic.jsonl (off-topic
probes) and tests/data/paraphrases.jsonl with the rule in qa/answer.py, and prints the
lowest answerable and highest unanswerable score on each side of the threshold.
Writes bench/results/calibrate.json.
"""
from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.answer import (MIN_DENSE_FOREIGN, MIN_RELEVANCE, Evidence, gather_evidence, question_type,  # noqa: E402
                       relevance, score_sentences, unit_hints)
from qa.engine import Engine  # noqa: E402


def evidence(engine: Engine, question: str, history=()) -> Evidence:
    """The evidence ``Engine.ask`` judges, computed by the engine's own function."""
    query = engine.resolve(question, history)
    r = engine.retriever.search(query, k=10, dense_query=engine._dense_query(question, query))
    qtype = question_type(query)
    units = unit_hints(query) if qtype == "number" else ()
    scored = score_sentences(engine.index, r.hits, r.query_vector, r.query_tokens, qtype, engine.stats, units)
    return gather_evidence(query, engine.index, r.hits, scored, r.query_tokens, engine.stats, qtype)


def main() -> None:
    engine = Engine(progress=False)
    sets = {"dev": ROOT.parent / "shared" / "eval" / "qa_dev.jsonl",
            "offtopic": ROOT / "tests" / "data" / "offtopic.jsonl",
            "paraphrases": ROOT / "tests" / "data" / "paraphrases.jsonl",
            "probe_a": ROOT / "tests" / "data" / "probe_a.jsonl",
            "probe_b": ROOT / "tests" / "data" / "probe_b.jsonl"}
    rows = []
    for name, path in sets.items():
        if not path.exists():
            continue
        for line in open(path, encoding="utf-8"):
            q = json.loads(line)
            ev = evidence(engine, q["question"], q.get("history", []))
            rows.append({"set": name, "id": q["id"], "answerable": q.get("type") != "unanswerable",
                         "korean": ev.hangul, "dense": round(ev.dense, 4), "known": round(ev.known, 3),
                         "score": round(relevance(ev) if ev.hangul else ev.dense, 4),
                         "amount_missing": ev.amount_missing})
    out = {"machine": {"cores": os.cpu_count(), "python": platform.python_version()},
           "threshold_korean": MIN_RELEVANCE, "threshold_foreign_dense": MIN_DENSE_FOREIGN, "rows": rows}
    for lang, thr in (("korean", MIN_RELEVANCE), ("foreign", MIN_DENSE_FOREIGN)):
        sel = [r for r in rows if r["korean"] == (lang == "korean")]
        a = [r["score"] for r in sel if r["answerable"]]
        u = [r["score"] for r in sel if not r["answerable"]]
        summary = {"threshold": thr, "answerable_min": min(a) if a else None,
                   "unanswerable_max": max(u) if u else None, "n_answerable": len(a), "n_unanswerable": len(u)}
        if a and u:
            summary["margin_above"] = round(min(a) - thr, 4)
            summary["margin_below"] = round(thr - max(u), 4)
        out[lang] = summary
        print(lang, json.dumps(summary, ensure_ascii=False))
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    with open(ROOT / "bench" / "results" / "calibrate.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
