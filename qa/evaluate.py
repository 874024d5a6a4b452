"""`qa eval`: retrieval and answer metrics over a QA jsonl file (format: ../shared/eval/README.md)."""
from __future__ import annotations

import json
from pathlib import Path

from .metrics import answer_hit, asks_one_value, contains, direct_hit, first_relevant_rank, mrr, recall_at_k


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(engine, path: Path, k: int = 5) -> dict:
    qs = load_questions(path)
    ranks, hits, cited, false_abstain, abstained, failures = [], 0, 0, 0, 0, []
    direct = n_direct = 0
    n_answerable = n_unanswerable = 0
    for q in qs:
        history = q.get("history") or []
        answer = engine.ask(q["question"], history)
        if q.get("type") == "unanswerable":
            n_unanswerable += 1
            if not answer.answered:
                abstained += 1
            else:
                failures.append({"id": q["id"], "why": "answered an unanswerable question", "answer": answer.answer})
            continue
        n_answerable += 1
        passages = [h.chunk.text for h in engine.search(q["question"], history, k=max(k, 10))]
        rank = first_relevant_rank(passages, q.get("evidence", []))
        ranks.append(rank)
        if rank is None or rank > k:
            failures.append({"id": q["id"], "why": f"evidence not in top-{k}", "rank": rank})
        if not answer.answered:
            false_abstain += 1
        if answer.answered and answer_hit(answer.answer, q.get("must", [])):
            hits += 1
        else:
            failures.append({"id": q["id"], "why": "answer misses key", "answer": answer.answer})
        if asks_one_value(q):
            n_direct += 1
            if answer.answered and direct_hit(answer.answer, q.get("must", [])):
                direct += 1
            else:
                failures.append({"id": q["id"], "why": "first line misses key", "answer": answer.answer})
        cits = " ".join(c.text + " " + c.quote for c in answer.citations)
        if any(contains(cits, e) for e in q.get("evidence", [])):
            cited += 1
    n, u = max(1, n_answerable), max(1, n_unanswerable)
    return {
        "questions": len(qs),
        "recall@1": round(recall_at_k(ranks, 1), 3),
        f"recall@{k}": round(recall_at_k(ranks, k), 3),
        "mrr": round(mrr(ranks, 10), 3),
        "answer_hit": round(hits / n, 3),
        "direct_hit": round(direct / max(1, n_direct), 3),
        "cited": round(cited / n, 3),
        "abstain": round(abstained / u, 3),
        "false_abstain": round(false_abstain / n, 3),
        "failures": failures,
    }


def format_report(report: dict) -> str:
    lines = [f"  {f['id']}: {f['why']}" + (f" — {f.get('answer', '')[:100]!r}" if "answer" in f else "")
             for f in report["failures"]]
    lines.append(" ".join(f"{k}={v}" for k, v in report.items() if k != "failures"))
    return "\n".join(lines)
