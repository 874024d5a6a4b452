"""What the collection is about: its name, scope, example questions and English glossary.

Nothing of this lives in code. It comes from an optional ``corpus.yaml`` in the documents
folder, written by whoever curates the collection::

    name: 부산 정책 Q&A
    scope: 부산의 디지털·데이터·AI 산업 정책 기사
    examples:
      - 부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?
    glossary:            # English word -> Korean search words
      budget: 사업비 예산

and, where the file is missing or silent, from the indexed documents themselves: their
titles, and the English terms they gloss in brackets ("한국전자통신연구원(ETRI)",
"인공지능(AI)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

FILE_NAME = "corpus.yaml"
_GLOSSED = re.compile(r"([가-힣][가-힣·\s]{1,30}?)\s*\(([A-Za-z][A-Za-z0-9&\-]{1,15})\)")


@dataclass(frozen=True)
class Profile:
    name: str = "문서 Q&A"
    scope: str = ""  # "부산의 디지털·데이터·AI 산업 정책 기사"; empty: "수집된 문서"
    examples: tuple[str, ...] = ()
    glossary: dict = field(default_factory=dict)  # English word (lower case) -> Korean search words
    topics: tuple[str, ...] = ()  # offered when a question is not covered

    @property
    def scope_text(self) -> str:
        return self.scope or "수집된 문서"


def load_profile(docs_dir: Path | None, documents: Sequence = ()) -> tuple[Profile, list[str]]:
    """The profile of a collection, and the problems met reading ``corpus.yaml`` (a broken
    file never stops the app: the profile falls back on the documents)."""
    problems: list[str] = []
    data: dict = {}
    path = Path(docs_dir) / FILE_NAME if docs_dir else None
    if path is not None and path.is_file():
        try:
            import yaml

            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                data = loaded
            elif loaded is not None:
                problems.append(f"{path}: 내용이 'name:', 'examples:' 같은 항목이 아닙니다. 무시합니다.")
        except Exception as e:  # a YAML error, bad encoding: report and go on
            problems.append(f"{path}: 읽을 수 없어 무시합니다 ({type(e).__name__}: {e}).")
    titles = [d.title for d in documents if getattr(d, "title", "")]
    examples = tuple(str(x) for x in data.get("examples") or () if isinstance(x, (str, int, float)))
    if not examples:
        examples = tuple(f"「{t}」의 주요 내용은 무엇인가요?" for t in titles[:3])
    glossary = derived_glossary(documents)
    given = data.get("glossary")
    if isinstance(given, dict):
        glossary.update({str(k).lower(): str(v) for k, v in given.items() if k and v})
    topics = tuple(str(x) for x in data.get("topics") or ()) or tuple(titles[:3])
    return Profile(name=str(data.get("name") or Profile.name), scope=str(data.get("scope") or ""),
                   examples=examples, glossary=glossary, topics=topics), problems


def derived_glossary(documents: Sequence) -> dict:
    """English terms the documents gloss in brackets: "인공지능(AI)" -> {"ai": "인공지능"}."""
    out: dict[str, str] = {}
    for d in documents:
        for m in _GLOSSED.finditer(getattr(d, "text", "") or ""):
            korean = m.group(1).split()[-1] if m.group(1).split() else m.group(1)
            out.setdefault(m.group(2).lower(), korean.strip("·"))
    return out
