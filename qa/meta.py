"""Date, outlet and reporter read from the top of an article's text.

Used only when the front matter or the file's metadata does not give them. A wrong date
is worse than none (answers say "○○ 기사(날짜) 기준"), so only clear cases count:

* a date labelled as the article's: "입력 2021.09.16 15:13", "기사입력 2021-09-16",
  "등록 2021/09/16", "승인 2021.09.16" (a "수정" date alone is not the article's date);
* a short dateline or byline line holding one full date and nothing like a sentence:
  "데일리한국 2024-11-01 09:48:02", "사회 / 김영란 기자 / 2025-11-10 18:15:31";
* only in the first lines of the text, and only a real calendar date between 1990 and
  next year. Two different candidate dates there mean no date.

Outlet and reporter come from the wire-style credits Korean articles open with:
"[부산=데일리한국 양준모 기자]", "[파이낸셜경제=김영란 기자]", "(부산=연합뉴스) 홍길동 기자 =",
"G.ECONOMY(지이코노미) 박미영 기자 | ...". Dates inside sentences ("10일 개최한다") are never used.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

TOP_LINES = 8
TOP_CHARS = 800

_D = r"(?P<y>(?:19|20)\d{2})\s*(?:[./-]|년)\s*(?P<m>\d{1,2})\s*(?:[./-]|월)\s*(?P<d>\d{1,2})(?!\d)\s*(?:일|\.)?"
_LABELLED = re.compile(r"(?:기사\s*)?(?:입력|등록|작성|게재|발행|승인|송고|보도)(?:일|일자|일시|시간)?\s*[:：]?\s*" + _D)
_BARE = re.compile(_D)
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_SENTENCE_END = re.compile(r"(다|요|죠|까)[.!?]?[\"'”’]?$")

_ROLE = r"(?:기자|특파원|통신원|객원기자|인턴기자|선임기자|수습기자)"
_NAME = r"[가-힣]{2,4}"
# [부산=데일리한국 양준모 기자] / [파이낸셜경제=김영란 기자] / [데일리한국 양준모 기자]
_BRACKET = re.compile(r"^\s*\[(?:(?P<a>[^\[\]=\n]{1,20})=)?\s*(?P<b>[^\[\]=\n]{1,30}?)\s+" + rf"(?P<n>{_NAME})\s*{_ROLE}\]")
_BRACKET_SHORT = re.compile(r"^\s*\[(?P<o>[^\[\]=\n]{1,20})=\s*" + rf"(?P<n>{_NAME})\s*{_ROLE}\]")
# (부산=연합뉴스) 홍길동 기자 =
_PAREN = re.compile(r"^\s*\((?P<p>[^()=\n]{1,12})=(?P<o>[^()=\n]{1,20})\)\s*" + rf"(?P<n>{_NAME})\s*{_ROLE}\s*=")
# G.ECONOMY(지이코노미) 박미영 기자 | 부산시는 ...
_PIPE = re.compile(r"^\s*(?P<o>[^\s|｜][^|｜\n]{0,30}?)\s+" + rf"(?P<n>{_NAME})\s*{_ROLE}\s*[|｜]")


class Found(NamedTuple):
    date: str | None = None
    source: str | None = None
    author: str | None = None


def _valid(y: str, m: str, d: str, today: _dt.date | None = None) -> str | None:
    try:
        date = _dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    today = today or _dt.date.today()
    if not (1990 <= date.year <= today.year + 1):
        return None
    return date.isoformat()


def _top(text: str) -> list[str]:
    lines = [x.strip() for x in text[:TOP_CHARS * 2].split("\n") if x.strip()]
    return lines[:TOP_LINES]


def find_date(text: str, today: _dt.date | None = None) -> str | None:
    """ISO date of the article when its top lines state it clearly, else None."""
    lines = _top(text)
    for line in lines:
        m = _LABELLED.search(line)
        if m:
            return _valid(m["y"], m["m"], m["d"], today)
    found = set()
    for line in lines:
        if len(line) > 60 or _SENTENCE_END.search(line):
            continue
        dates = [_valid(m["y"], m["m"], m["d"], today) for m in _BARE.finditer(line)]
        dates = [d for d in dates if d]
        if len(dates) != 1:
            continue
        # a dateline: the date is the line's point (with a time, or next to a name/section)
        rest = _BARE.sub("", line)
        rest = _TIME.sub("", rest)
        if len(re.sub(r"[\s/|·,()\[\]-]+", "", rest)) <= 30:
            found.add(dates[0])
    return found.pop() if len(found) == 1 else None


def _clean_outlet(s: str) -> str | None:
    s = re.sub(r"\s+", " ", s).strip(" ·|-")
    if not s or len(s) > 30 or re.search(r"\d{2,}", s):
        return None
    return s


def find_byline(text: str) -> tuple[str | None, str | None]:
    """(outlet, reporter) from a wire-style credit in the first lines, else (None, None)."""
    for line in _top(text):
        m = _BRACKET.match(line)
        if m:
            if m["a"]:  # [place=outlet name 기자]
                return _clean_outlet(m["b"]), m["n"]
            return _clean_outlet(m["b"]), m["n"]
        m = _BRACKET_SHORT.match(line)
        if m:
            return _clean_outlet(m["o"]), m["n"]
        m = _PAREN.match(line)
        if m:
            return _clean_outlet(m["o"]), m["n"]
        m = _PIPE.match(line)
        if m:
            return _clean_outlet(m["o"]), m["n"]
    return None, None


def from_text(text: str, today: _dt.date | None = None) -> Found:
    source, author = find_byline(text)
    return Found(find_date(text, today), source, author)
