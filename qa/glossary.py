"""English questions: the collection's glossary turns them into Korean keywords.

The articles are Korean and e5-small's English-to-Korean similarities are too flat to
tell an English question about the articles from an off-topic one (measured: 0.75-0.83
for both). So an English question is searched with the Korean words of its terms, and
it is answered only when most of its content words are in the glossary; the answer
quotes the Korean sentences as usual.

The glossary is the collection's, not the code's (corpus.py): the terms its documents
gloss in brackets ("인공지능(AI)") and an optional ``glossary:`` in ``corpus.yaml``. What
stays here is English grammar: question words, number words, stop words, plurals.
"""
from __future__ import annotations

import re

NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
           "first": "첫째", "second": "두 번째", "third": "세 번째"}
# Question words keep the answer type (question_type reads the Korean query).
QUESTION_WORDS = [("how much", "얼마"), ("how many", "몇"), ("who", "누구"), ("when", "언제"), ("where", "어디"),
                  ("which", "어떤"), ("what", "무엇")]
STOP = frozenset("""a an the of in on for to and or is are was were be been do does did will would can could
should how many much who whom whose what which where when why me tell please i you we they it's its this that
these those there their with by from at as about into over under s has have had get gets
plans planned planning going""".split()) | {"how", "much"}
# "what is the budget / cost / fare …": English asks a sum with "what" as often as with "how much"
MONEY = frozenset("budget cost price fee fare amount spending funding investment sum salary wage".split())
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def translate(question: str, glossary: dict | None = None) -> tuple[str, float]:
    """(Korean search query, share of English content words the glossary knew).

    Two-word terms are looked up first, written with or without the space
    ("big data" -> "big data" or "bigdata")."""
    glossary = {k.lower(): v for k, v in (glossary or {}).items()}
    text = question.lower()
    words = [w.removesuffix("'s") for w in _WORD.findall(text) if w not in STOP]
    terms: list[str] = []
    known = counted = 0
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words):
            pair = glossary.get(f"{w} {words[i + 1]}") or glossary.get(w + words[i + 1])
            if pair:
                terms.append(pair)
                known += 2
                counted += 2
                i += 2
                continue
        ko = glossary.get(w) or glossary.get(_singular(w)) or NUMBERS.get(w) or (w if w.isdigit() else None)
        counted += 1
        if ko:
            known += 1
            terms.append(ko)
        i += 1
    hints = [ko for en, ko in QUESTION_WORDS if re.search(rf"\b{en}\b", text)][:1]
    if hints == ["무엇"] and any(_singular(w) in MONEY for w in words):
        hints = ["얼마"]  # "What is the budget of …?" asks a sum, as "how much" does
    share = known / counted if counted else 0.0
    return " ".join(terms + hints), share
