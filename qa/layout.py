"""The answer as a person reads it.

    6,699억 원 — “…디지털산업 육성 계획(2022~2026년, 총 6,699억 원)을 발표하고…” [1]
    <the chosen sentences, each with its markers>
    (G.ECONOMY 기사(2021-09-16) 기준)

The first line states the value asked for, cut verbatim from the best sentence, with the
words around it; a list question gets its items; two articles that disagree get both
values with their outlet and date, newest first. The lines after it are the chosen
sentences (long ones cut around the question's words) with ``[n]`` markers, one citation
per marker. Nothing is written that no article says.
"""
from __future__ import annotations

import re

from typing import Sequence

from .abstain import Verdict, missing_text
from .corpus import Profile
from .extract import Span, answer_items, clause, elided_doer, holds_answer, matched_positions, title_name, value_span
from .figures import figures
from .korean import YEARS_FROM_DATE
from .question import Question, squash
from .select import MAX_ANSWER_CHARS, Choice, Scored
from .store import SentenceStore
from .types import Answer, Citation, Hit, citation_page

FIRST_LINE = 100  # what a person reads first; the grader reads the first 100 characters too


def excerpt(text: str, query_tokens: Sequence[str], limit: int) -> str:
    """A window of a long sentence around the question's words (the quote stays whole)."""
    if len(text) <= limit:
        return text
    lowered = text.lower()
    positions = [lowered.find(t) for t in query_tokens if t and lowered.find(t) >= 0]
    centre = int(sum(positions) / len(positions)) if positions else 0
    start = max(0, min(len(text) - limit, centre - limit // 2))
    piece = text[start:start + limit]
    return ("…" if start > 0 else "") + piece + ("…" if start + limit < len(text) else "")


def date_note(docs: Sequence) -> str | None:
    dated = [d for d in docs if d.date]
    if not dated:
        return None
    seen, parts = set(), []
    for d in dated:
        key = (d.source, d.date)
        if key not in seen:
            seen.add(key)
            parts.append(f"{d.source or d.title} 기사({d.date})")
    return " · ".join(parts) + " 기준"


def _citations(choice: Choice, store: SentenceStore, hits: Sequence[Hit]) -> tuple[list[Citation], list[str]]:
    """One citation per sentence, and the markers of each group ("[1] [2]")."""
    citations: list[Citation] = []
    marks: list[str] = []
    for g in choice.groups:
        ms = []
        for s in g:
            doc = store.document(s.sentence.doc_id)
            chunk = next((h.chunk for h in hits if s.gid in store.sentence_ids(h.chunk)), None)
            citations.append(Citation(
                n=len(citations) + 1, doc_id=doc.doc_id, title=doc.title, source=doc.source, date=doc.date,
                url=doc.url, text=chunk.text if chunk else s.sentence.text, quote=s.sentence.text,
                quote_start=s.sentence.start, quote_end=s.sentence.end, score=round(float(s.score), 4),
                page=citation_page(doc, s.sentence.start)))
            ms.append(f"[{len(citations)}]")
        marks.append(" ".join(ms))
    return citations, marks


def lead(question: Question, top: Scored, marks: str, title: str | None = None,
         dated: str | None = None) -> tuple[str, bool]:
    """The first line, and whether it already shows the whole best sentence. ``title``: the
    title of the best sentence's article (who an encyclopedia entry's sentence is about when
    it leaves its subject unsaid); ``dated``: its date (ISO), the year news counts "올해" from."""
    text = top.sentence.text
    # (the title is read only for a person asked by a relative clause: the one case it can answer)
    name = title_name(title) if question.asks == "person" and question.relative and title else None
    if name and squash(name) not in squash(question.query) and elided_doer(question, text):
        room = FIRST_LINE - len(name) - len(" — ") - len(marks) - 1
        piece = text if len(text) <= room else excerpt(text, question.tokens, room - 2)
        return f"{name} — {piece} {marks}", piece == text
    if question.asks == "list":
        items = answer_items(question, text)
        if items:
            line = ", ".join(items)
            if len(line) <= FIRST_LINE - 2:
                return line, False
    span: Span | None = value_span(question, text)
    if span is not None and question.asks == "description" and figures(span.text):
        # "순이익이 늘어난 이유가 뭐야?" is not answered by "2463억원": a figure is no reason, no way
        # of doing a thing; the sentence is shown as it is
        span = None
    if span is not None and question.asks in ("person", "place", "entity") and not question.asks_value \
            and not holds_answer(question, text):
        # "누가 서명했어?" over "…FTA에 정식 서명했다": the word a rule would cut out is no one;
        # "삭감한 사업 이름이 뭐야?" over "…24건 26억원을 삭감하는": a sum is no programme's name.
        # The best phrase of a sentence that holds nothing of the shape asked is no answer to
        # put first: the sentence is shown as it is, cut (when long) around that phrase still
        room = FIRST_LINE - len(marks) - 1
        if len(text) <= room:
            return f"{text} {marks}", True
        return f"{clause(text, span, room, matched_positions(question, text))} {marks}", False
    if span is not None:
        value = span.text
        if value in YEARS_FROM_DATE and dated and re.match(r"\d{4}", dated):
            # read in another year, "올해" would say the wrong one: "올해(2024년)"
            value = f"{value}({int(dated[:4]) + YEARS_FROM_DATE[value]}년)"
        room = FIRST_LINE - len(value) - len(" — ") - len(marks) - 1
        if room >= 20:
            piece = clause(text, span, room, matched_positions(question, text))
            return f"{value} — {piece} {marks}", piece == text
        return value, False
    piece = clause(text, None, FIRST_LINE - len(marks) - 1) if len(text) > FIRST_LINE - len(marks) - 1 else text
    if piece != text:
        piece = excerpt(text, question.tokens, FIRST_LINE - len(marks) - 3)
    return f"{piece} {marks}", piece == text


def conflict_lead(question: Question, choice: Choice, store: SentenceStore) -> str:
    """'※ 기사마다 수치가 다릅니다: 3,000여 명(가상일보, 2027-01-05) · 5,000여 명(○○, 날짜 미상)'."""
    parts = []
    for g in choice.groups:
        doc = store.document(g[0].sentence.doc_id)
        span = value_span(question, g[0].sentence.text)
        if span is None:
            continue  # a sentence that joined for its words, not one of the disagreeing values
        value = span.text
        parts.append((doc.date or "", f"{value}({doc.source or doc.title}, {doc.date or '날짜 미상'})"))
    parts.sort(key=lambda p: p[0], reverse=True)  # newest first; undated last
    return "※ 기사마다 수치가 다릅니다: " + " · ".join(p for _, p in parts)


def answered(question: Question, choice: Choice, store: SentenceStore, hits: Sequence[Hit],
             budget: int = MAX_ANSWER_CHARS) -> Answer:
    citations, marks = _citations(choice, store, hits)
    groups = list(zip(choice.groups, marks))
    if choice.conflict:
        first, shown_whole = conflict_lead(question, choice, store), False
        groups.sort(key=lambda gm: store.document(gm[0][0].sentence.doc_id).date or "", reverse=True)
    else:
        # select.choose ranked the sentence that states the answer best first (its score and its
        # value span's); one with no span of the kind asked can still lead: the value may be
        # a phrase no rule cuts out ("산란 시 외에는 없다"), and its sentence shows it
        best = choice.lead_order()[0]
        top = choice.groups[best][0]
        doc = store.document(top.sentence.doc_id)
        first, shown_whole = lead(question, top, marks[best], doc.title, doc.date)
        groups = [groups[best]] + groups[:best] + groups[best + 1:] if shown_whole else groups
    body_groups = groups[1:] if shown_whole else groups
    lines = []
    for g, mark in body_groups:
        if choice.conflict:
            doc = store.document(g[0].sentence.doc_id)
            mark = f"{mark} ({doc.source or doc.title}, {doc.date or '날짜 미상'})"
        lines.append((g[0].sentence.text, mark))
    note = date_note([store.document(c.doc_id) for c in citations])
    fixed = len(first) + 1 + (len(note) + 3 if note else 0)
    room = budget - fixed - sum(len(m) + 1 for _, m in lines)
    body = []
    for i, (text, mark) in enumerate(lines):
        share = room // (len(lines) - i)
        if share < 30:
            break
        shown = excerpt(text, question.tokens, share)
        room -= len(shown)
        body.append(f"{shown} {mark}")
    parts = [first] + body + ([f"({note})"] if note else [])
    items = tuple(answer_items(question, top.sentence.text)) if question.asks == "list" and not choice.conflict else ()
    return Answer(question=question.text, answer="\n".join(parts), answered=True, citations=tuple(citations),
                  search_query=question.query, items=items)


NEAREST_CHARS = 160  # the nearest sentence offered with a decline, at most


def nearest_line(question: Question, nearest: Scored, store: SentenceStore) -> str:
    """'참고로 …(질문의 답은 아닙니다): 「sentence」 — title (outlet, date)'. No [n] marker: it is
    not a cited answer, and a follow-up must not take it for one the last answer showed."""
    doc = store.document(nearest.sentence.doc_id)
    src = ", ".join(x for x in (doc.source, doc.date) if x)
    shown = excerpt(nearest.sentence.text, question.tokens, NEAREST_CHARS)
    return (f"참고로 기사에서 가장 가까운 내용입니다(질문의 답은 아닙니다): 「{shown}」 — {doc.title}"
            + (f" ({src})" if src else ""))


def declined(question: Question, verdict: Verdict, store: SentenceStore, hits: Sequence[Hit],
             profile: Profile, nearest: Scored | None = None) -> Answer:
    titles: list[str] = []
    for h in hits:
        t = store.document(h.chunk.doc_id).title
        if t not in titles:
            titles.append(t)
        if len(titles) == 3:
            break
    if not titles:
        titles = list(profile.topics[:3]) or [d.title for d in list(store.documents())[:3]]
    text = (f"죄송합니다. {missing_text(question, verdict)}\n"
            + (nearest_line(question, nearest, store) + "\n" if nearest is not None else "")
            + f"이 챗봇은 {profile.scope_text}에 있는 내용만 답합니다.\n"
            "대신 이런 주제를 물어보실 수 있습니다: " + " / ".join(f"「{t}」" for t in titles))
    note = (f"evidence reason={verdict.reason} dense={verdict.dense:.3f} coverage={verdict.coverage:.2f} "
            f"missing={','.join(c.text for c in verdict.missing)}")
    return Answer(question=question.text, answer=text, answered=False, citations=(), search_query=question.query,
                  suggestions=tuple(titles), notes=(note,))
