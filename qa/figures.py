"""Figures and dates as Korean writes them: 6,699억 원, 5천여 명, 2.1%, 3.2km, 1989년 2월 15일.

Korean glues the unit to the number and the particle to the unit (2022년까지, 5,000여명의),
so the figure is found on Kiwi's morphemes: a number (SN, NR such as 억/천억), an optional
여 ("about"), then the counter the number counts (NNB, a short NNG, a Latin unit, %).
What kind of thing a figure is (money, a count, a length, a date…) follows from its unit
through the general table below: it is Korean's own set of units, not any corpus's words.

Two figures agree when they are the same value once the more rounded one's precision is
taken into account: 6,699억 and "6,700억 원 안팎" agree, 870억 and 967억 do not.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .korean import pos, year_words

# unit (as written, lower case) -> (kind, canonical unit). Kinds: money, percent, measure,
# time (a span or a point on the calendar), age, ordinal, count.
_UNITS: dict[str, tuple[str, str]] = {}


def _add(kind: str, canonical: str, *forms: str) -> None:
    for f in (canonical, *forms):
        _UNITS[f.lower()] = (kind, canonical)


for _u in ("원", "달러", "엔", "유로", "위안", "파운드", "불"):
    _add("money", _u)
_add("percent", "%", "퍼센트", "프로", "％")
_add("percent", "%p", "퍼센트포인트", "포인트", "%포인트", "％포인트")
for _canon, _forms in {"m": ("미터",), "km": ("킬로미터", "㎞", "킬로", "키로"), "cm": ("센티미터", "센티", "㎝"),
                       "mm": ("밀리미터", "㎜"), "㎡": ("제곱미터", "m2", "m²", "평방미터"),
                       "㎢": ("제곱킬로미터", "km2", "km²", "평방킬로미터"), "평": (), "ha": ("헥타르",),
                       "t": ("톤",), "kg": ("킬로그램",), "g": ("그램",), "l": ("리터", "ℓ"), "광년": (),
                       "마일": (), "피트": (), "인치": (), "mw": ("메가와트",), "kw": ("킬로와트",),
                       "gw": ("기가와트",), "kwh": (), "mwh": (), "gb": ("기가바이트", "기가"), "tb": ("테라바이트", "테라"),
                       "mb": ("메가바이트", "메가"), "km/h": ("킬로미터毎시",),
                       # data rates ("업로드 속도는 150 Mbps")
                       "kbps": (), "mbps": (), "gbps": (),
                       "℃": ("도씨",), "ppm": (), "배럴": (), "척": (),
                       # concentrations, volumes and loudness (미세먼지 19㎍/㎥, 소음 65dB)
                       "μg": ("µg",), "mg": ("밀리그램",), "ng": ("나노그램",), "ppb": (),
                       "㎥": ("m3", "m³", "세제곱미터", "입방미터"), "ml": ("밀리리터",), "db": ("데시벨",),
                       # charge, energy and frequency ("배터리 용량은 3600 mAh", "연산 30GWh", "2.4GHz")
                       "mah": ("밀리암페어시",), "gwh": ("기가와트시",), "kb": ("킬로바이트",),
                       "hz": ("헤르츠",), "mhz": ("메가헤르츠",), "ghz": ("기가헤르츠",)}.items():
    _add("measure", _canon, *_forms)
# the squared unit signs of CJK typesetting (㏊, ㎏, ㎾, ㎖; U+3380–U+33DF) are the units their
# compatibility form spells (ha, kg, kW, ml): one entry each, so "33.3㏊" is an area as "33.3ha" is
# (㎽ mW and ㏔ mb are milli-: their lower case would read as mega-, so they are left out)
# SQUARED_LETTERS: each sign by the letters it spells, as written (question.py finds a unit typed
# in letters in its sign: "kg당" in "㎏당")
SQUARED_LETTERS = {c: unicodedata.normalize("NFKC", c) for c in map(chr, range(0x3380, 0x33E0))
                   if unicodedata.normalize("NFKC", c) not in ("mW", "mb")}
for _c, _nf in SQUARED_LETTERS.items():
    _nf = _nf.lower()
    if _c.lower() not in _UNITS and _nf in _UNITS:
        _UNITS[_c.lower()] = _UNITS[_nf]
_SQUARED = frozenset(c for c in map(chr, range(0x3380, 0x33E0)) if c.lower() in _UNITS)
# what a measure measures: 면적 is not answered by 1000km, nor 고도 by 250만 ㎢
DIMENSIONS = {
    "length": frozenset({"m", "km", "cm", "mm", "마일", "피트", "인치", "광년"}),
    "area": frozenset({"㎡", "㎢", "평", "ha"}),
    "weight": frozenset({"t", "kg", "g"}),
    "speed": frozenset({"km/h", "kbps", "mbps", "gbps"}),
    "temperature": frozenset({"℃"}),
}


# the second unit of a unit per another, written with a slash right after the first
# (a Korean word after it is a particle: "19㎍/㎥로"; a Latin letter or digit goes on with another word)
_PER_UNIT = re.compile(r"\s?/\s?(㎥|㎡|m3|m³|m2|m²|ℓ|l|L|㎖|ml|㎏|kg|㎞|km|h|hr)(?![A-Za-z0-9])")


def unit_dimension(unit: str) -> str | None:
    """'km' -> 'length', '㎢' -> 'area'; None for a unit of no listed dimension."""
    return next((d for d, units in DIMENSIONS.items() if unit in units), None)


# one counter of places written three ways: "몇 군데" is answered by "4곳", "10개소"
_add("count", "곳", "군데", "개소")
# kinds counted: "몇 종류" is answered by "총 18종", "몇 가지" as often by "5종"
_add("count", "종", "종류")
# schools counted: "몇 개교" is answered by "109교"
_add("count", "개교", "교")
# homes counted: Kiwi tags 가구, 세대 common nouns, which after a space are read as no counter
# ("1만 8,696 가구를 공급": households, not a sum of 1만 8,696)
_add("count", "가구")
_add("count", "세대")
# containers counted in twenty-foot units ("2440만TEU", "몇 TEU")
_add("count", "TEU")
# a ship counted in 척 is a count; keep it there
_UNITS["척"] = ("count", "척")
for _u in ("월", "일", "시", "분", "초", "세기", "시간", "개월", "주년", "년간", "일간", "년대", "분기", "반기", "개년"):
    _add("time", _u)  # (N개년 is a span of years, 4개년 계획, not N things counted in 개)
_add("time", "년", "년도", "연도")  # 2023년도 is the year 2023
_add("time", "개월", "달", "개월간")  # "몇 달" is answered by "8개월", "석 달" by "3개월"; Kiwi may keep "24개월간" whole
_add("time", "주", "주일", "주간")  # 2주일, 2주간 are weeks
_add("age", "세", "살")
for _u in ("차", "호", "번째", "위", "등", "기", "회차", "대째", "선", "회째", "호점"):
    _add("ordinal", _u)  # (2호점 is the second branch, not two shops)

# 제 before a number makes it an ordinal, glued or spaced ("제9회", "제 23회"), not the end of a word (체제 9회)
_ORDINAL_MARK = re.compile(r"(?<![가-힣])제\s?$")

KINDS = ("money", "percent", "measure", "time", "age", "ordinal", "count")
_APPROX_BEFORE = frozenset({"약", "대략", "최대", "최소", "최고", "최저", "연간", "무려", "총", "모두", "전체", "합계", "누적"})
# words that reckon a span of years from now: "미래 100년", "향후 10년", "지난 500년"
_RECKONED = frozenset({"미래", "향후", "앞으로", "지난", "과거", "최근"})
_TOTAL = frozenset({"총", "모두", "전체", "합계", "누적", "총액"})
# (… and a band of the magnitude: "5조 중반대", "3만 명 초반": somewhere in it, no figure as such)
_APPROX_AFTER = ("여", "가량", "정도", "안팎", "내외", "남짓", "이상", "이하", "미만", "초과", "쯤", "께",
                 "초반", "중반", "후반")
_BIG = {"조": 1e12, "억": 1e8, "만": 1e4}
_SMALL = {"천": 1e3, "백": 1e2, "십": 1e1}
NUMERAL_UNITS = {**_BIG, **_SMALL}  # 조 억 만 천 백 십 and their values
_NUM_PART = re.compile(r"(\d[\d,]*(?:\.\d+)?)?\s*([조억만천백십])?")
# (석 and 넉 are 세 and 네 before 달, 섬, 자: "넉 달 연속"; 스무 is 스물 before a counter: "스무 명")
# native tens a units numeral is glued after ("열두", "스물세")
_TENS = frozenset({"열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"})
NATIVE_NUMERALS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
                   "석": 3, "넉": 4, "스무": 20}


# native numerals that stand as nouns, with no counter after them (하나, 둘, 셋)
NUMERAL_NOUNS = {"하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}


def _counted_alone(toks, i: int) -> bool:
    """Token ``i`` is a native numeral standing alone as a count, followed by a particle, the
    copula or 뿐 ("하나뿐", "둘이다", "셋을"). Not "…중 하나" (one of them, not a count of one),
    nor "하나의" (an article: "하나의 도시"), nor one before a noun or counter (read as such)."""
    t = toks[i]
    if t.tag != "NR" or t.form not in NUMERAL_NOUNS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.tag not in ("JX", "JKS", "JKO", "JKC", "VCP", "EF", "SF") or nxt.form == "의":
        return False
    return not (i > 0 and toks[i - 1].form in ("중", "가운데"))


def is_unit(word: str) -> bool:
    """``word`` is a unit or counter the table knows (명, 미터, 원), not any noun."""
    return word.lower() in _UNITS


def unit_kind(unit: str) -> str:
    """The kind of a unit as written ('명' -> count, '미터' -> measure); unknown counters count."""
    return _UNITS.get(unit.lower(), ("count", unit))[0]


def canonical_unit(unit: str) -> str:
    """'미터' -> 'm', '퍼센트' -> '%', '명' -> '명'."""
    return _UNITS.get(unit.lower(), ("count", unit))[1]


def parse_amount(figure: str) -> float | None:
    """The value of a Korean figure: '6,699억 원' -> 6.699e11, '5천 명' -> 5000,
    '1조 9천270억 원' -> 1.927e12. A range ('2022~2026년') has no single value: None."""
    if re.search(r"\d\s*[~∼]\s*\d", figure):
        return None
    total = section = 0.0
    seen = False
    for num, unit in _NUM_PART.findall(figure):
        if not num and not unit:
            continue
        value = float(num.replace(",", "")) if num else None
        seen = seen or value is not None
        if unit in _BIG:
            total += (section + (value or 0.0) or 1.0) * _BIG[unit]
            section = 0.0
        elif unit in _SMALL:
            section += (value if value is not None else 1.0) * _SMALL[unit]
        elif value is not None:
            section += value
    return total + section if seen else None


@dataclass(frozen=True)
class Figure:
    """A number with its unit, as written in ``text[start:end]`` of the sentence it was found in."""

    start: int
    end: int
    text: str
    value: float | None  # None for ranges
    unit: str  # canonical unit ('m', '%', '명', '원')
    kind: str  # see KINDS
    approx: bool = False  # 약/여/안팎/가량…: rounded by the writer
    total: bool = False  # 총/모두/전체: the whole, not a part
    date: bool = False  # a point in time (1989년 2월 15일, 9월, 17일), not a span (3년간)


# bound nouns after a number that count nothing: the whole a part is taken from ("12억 중에",
# "30명 가운데" — there 명 is the counter), a stretch of time ("3년 동안" keeps 년)
_AMONG = frozenset({"중", "가운데", "동안"})

@lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Figure, ...]:
    """Every figure of ``text`` in order, with offsets into ``text`` (cached: the same
    sentences are read for every question that retrieves them)."""
    toks = pos(text)
    out: list[Figure] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        # (a numeral opens its word: the 한 of "김한종", "이한명" is a syllable of a name; after a
        # tens numeral glued, "열두 명", it is the units of one number, read as before)
        numeral = (t.tag in ("MM", "NR") and t.form in NATIVE_NUMERALS and i + 1 < n and toks[i + 1].tag in ("NNB", "NNG")
                   and not (t.start > 0 and "가" <= text[t.start - 1] <= "힣"
                            and not (i > 0 and toks[i - 1].tag == "NR" and toks[i - 1].form in _TENS
                                     and toks[i - 1].start + toks[i - 1].len == t.start)))
        # "첫 번째": the first of a series, as "두 번째" is the second (첫 counts nothing else)
        first_one = (t.form == "첫" and t.tag == "MM" and i + 1 < n and toks[i + 1].form in ("번", "번째")
                     and toks[i + 1].tag == "NNB" and (toks[i + 1].form == "번째" or (i + 2 < n and toks[i + 2].form == "째")))
        numeral = numeral or first_one
        if _counted_alone(toks, i):
            # "수석 천사가 하나뿐임을", "방법은 둘이다": a native numeral standing as the noun itself
            out.append(Figure(t.start, t.start + t.len, t.form, float(NUMERAL_NOUNS[t.form]), "", "count"))
            i += 1
            continue
        if t.tag not in ("SN", "W_SERIAL") and not numeral:
            i += 1
            continue
        if t.tag == "W_SERIAL":  # 2021.09.16, 2026. 3. 1., 1/4, 09:30 — one token Kiwi does not split
            form = t.form
            if re.fullmatch(r"\d{4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?", form):
                out.append(Figure(t.start, t.start + t.len, form, None, "일", "time", date=True))
            elif re.fullmatch(r"\d+/\d+", form):
                a, b = form.split("/")
                out.append(Figure(t.start, t.start + t.len, form, int(a) / int(b) if int(b) else None, "", "count"))
            i += 1
            continue
        start = t.start
        j = i + 1
        if not numeral:
            # the rest of the number: 1조 9천270억, 13조 7천억, 2022~2026
            while j < n and (toks[j].tag in ("SN", "NR")
                             or (toks[j].tag in ("SO", "SP") and toks[j].form in "~∼-" and j + 1 < n
                                 and toks[j + 1].tag == "SN")):
                if toks[j].tag == "NR" and toks[j].form not in ("조", "억", "만", "천", "백", "십", "천억", "백만",
                                                               "천만", "십만", "만억"):
                    break
                j += 1
        approx = False
        elapsed = False  # a time unit followed by 째 (2일째): a span gone by
        if j < n and toks[j].tag == "XSN" and toks[j].form == "여":
            approx = True
            j += 1
            # "6천여만원", "2천여억원": 여 rounds the digits before a magnitude, which still
            # belongs to the number (sixty-odd million won, not six thousand-odd of something)
            while j < n and toks[j].tag == "NR" and toks[j].form in ("조", "억", "만", "천만", "백만", "십만") \
                    and toks[j].start == toks[j - 1].start + toks[j - 1].len:
                j += 1
        unit = ""
        if j < n and toks[j].tag == "SSO" and toks[j].form == "(":
            # "870만(±120만)종": the counter comes after a bracketed margin
            close = next((m for m in range(j + 1, min(n, j + 8)) if toks[m].tag == "SSC"), None)
            if close is not None and close + 1 < n and toks[close + 1].tag in ("NNB", "NNG") \
                    and toks[close + 1].start == toks[close].start + toks[close].len \
                    and (toks[close + 1].tag == "NNB" or len(toks[close + 1].form) == 1
                         or toks[close + 1].form.lower() in _UNITS):
                j = close + 1
        # (a unit Kiwi reads as a proper noun is a unit all the same: "65데시벨")
        if j < n and (toks[j].tag in ("NNB", "SL", "SW", "NNG") or (toks[j].tag == "NNP" and toks[j].form.lower() in _UNITS)) \
                and toks[j].start <= toks[j - 1].start + toks[j - 1].len + 1:
            u = toks[j]
            spaced = u.start > toks[j - 1].start + toks[j - 1].len
            two = j + 1 < n and (u.form + toks[j + 1].form).lower() in _UNITS
            if u.tag == "NNG" and u.form.lower() not in _UNITS and not two and (len(u.form) > 3 or spaced):
                # a noun after a number, not its counter: "5가구" counts, "2.1 규격" and "3 경제"
                # do not (a counter of no known unit is glued to its number or tagged a bound noun)
                u = None
            if u is not None and u.tag == "SW" and u.form not in ("%", "％", "℃") and u.form not in _SQUARED:
                u = None
            if u is not None and u.form in _AMONG:
                u = None  # "12억 중에 국비는": among a whole, no counter
            if u is not None and j + 1 < n and (u.form + toks[j + 1].form).lower() in _UNITS \
                    and toks[j + 1].start <= u.start + u.len + 1:
                # "250만 평방 킬로미터": a unit written in two words
                unit = (u.form + toks[j + 1].form)
                j += 2
                u = None
            if u is not None:
                unit = u.form
                j += 1
                # 번째, 개월, 년간, 주년: counters Kiwi splits in two
                if j < n and toks[j].tag in ("XSN", "NNB", "NNG") and (unit + toks[j].form).lower() in _UNITS \
                        and toks[j].start == toks[j - 1].start + toks[j - 1].len:
                    unit += toks[j].form
                    j += 1
                if j < n and toks[j].tag == "XSN" and toks[j].form == "째" and (unit + "째") in _UNITS:
                    unit += "째"  # 19회째: the nineteenth, not nineteen times
                    j += 1
                if j < n and toks[j].tag == "XSN" and toks[j].form in ("간",) and unit in ("년", "일", "개월", "주", "시간"):
                    unit += "간"
                    j += 1
                elif j < n and toks[j].tag == "XSN" and toks[j].form == "째" and unit in ("년", "일", "개월", "주", "시간"):
                    # "전투 2일째", "3년째": the days or years gone by, not the 2nd of a month
                    elapsed = True
                    j += 1
        if not unit and j < n and toks[j].tag == "XSN" and toks[j].form in ("째",):
            j += 1
        end = toks[j - 1].start + toks[j - 1].len
        per = _PER_UNIT.match(text, end) if unit else None
        first = unit
        if per:
            # "19㎍/㎥", "12mg/L", "1,500원/kg": a unit per another is one unit, of the first's kind
            # unless it is a unit of its own (km/h)
            unit += "/" + per.group(1)
            end = per.end()
            while j < n and toks[j].start < end:
                j += 1
        # "6시 반", "1시간 반": half past the hour, an hour and a half — one figure with its half
        half = unit in ("시", "시간") and j < n and toks[j].form == "반" and toks[j].start - end <= 1 \
            and (j + 1 == n or toks[j + 1].start > toks[j].start + 1 or toks[j + 1].tag[0] in "JSE")
        if half:
            end = toks[j].start + 1
            j += 1
        # trailing approximation words: 6,700억 원 안팎, 3천 명 가량
        k = j
        if k < n and toks[k].form in _APPROX_AFTER and toks[k].tag in ("NNB", "NNG", "XSN", "MAG", "JX"):
            approx = True
        written = text[start:end]
        prev = toks[i - 1].form if i > 0 else ""
        if prev in _APPROX_BEFORE:
            approx = approx or prev not in _TOTAL
        kind, canon = (_UNITS.get(unit.lower(), ("count", unit)) if unit else ("count", ""))
        if per and unit.lower() not in _UNITS:
            kind, canon = _UNITS.get(first.lower(), ("count", first))[0], unit
        if prev == "시속" and canon == "km":
            canon = "km/h"  # "시속 260㎞": a speed written as the distance of an hour
        if numeral:
            value = 1.0 if first_one else float(NATIVE_NUMERALS[t.form])
            if unit == "분":
                # "한 분", "한분도 빠짐없이": a person honoured, or "not one"; never minutes (일 분)
                i = max(j, i + 1)
                continue
        else:
            value = parse_amount(re.sub(r"[^\d.,~∼조억만천백십\-]", "", re.sub(r"\([^)]*\)", "", written))) if kind != "time" or not re.search(
                r"\d\s*[~∼-]\s*\d", written) else None
            if half and unit == "시간" and value is not None:
                value += 0.5
        is_date = (kind == "time" and canon in ("년", "월", "일", "시", "분", "세기", "년대")
                   and (not numeral or unit == "시")  # 한 시, 두 시; never 한 일, 한 월
                   and not re.search(r"\d\s*[~∼-]\s*\d", written)
                   # "3년 연속", "5년 동안": a small count of years is a span; a year is written in full
                   and not (canon == "년" and value is not None and value < 100)
                   # "100억 년 전" is an age of the universe, not a year of the calendar
                   and not (canon == "년" and re.search(r"[만억조]", written) is not None)
                   # "미래 100년", "지난 500년": a span of years reckoned from now
                   and not (canon == "년" and i > 0 and toks[i - 1].form in _RECKONED)
                   # "29일 동안", "3시간 동안", "20일 이내", "사흘 만에", "7일 안에": a span,
                   # whatever its unit
                   and not (j < n and (toks[j].form in ("동안", "이내") or (
                       toks[j].form in ("만", "안") and j + 1 < n and toks[j + 1].form == "에")))
                   # "188일": no month has that day, nor a year that month; a count of them
                   and not (canon == "일" and value is not None and value > 31)
                   and not (canon == "월" and value is not None and value > 12)
                   # "강수일수는 평균 17.1일": a day of the month is whole, a mean of days is not
                   and not (canon in ("일", "월") and value is not None and value != int(value))
                   and not elapsed)
        if prev == "영하" and canon in ("도", "℃") and value is not None:
            # "영하 12도": below zero, and the word is part of the figure as written
            start, value = toks[i - 1].start, -value
            written = text[start:end]
        # 총 6,699억 원 / 총 예산은 2,150억 원: 총 a few words before, in the same clause
        total = False
        for back in range(1, 5):
            if i - back < 0 or toks[i - back].tag in ("SP", "SF", "SSO", "SSC") or toks[i - back].tag == "SN":
                break
            # "△A 33억 원 △B … 등 청년지원 정책 178억 원": after 등 the sum of what it lists
            if toks[i - back].form in _TOTAL or (toks[i - back].form == "등" and toks[i - back].tag == "NNB"):
                total = True
                break
        # (looked for in the two characters before the number: the lookbehind still sees the text before)
        if kind == "count" and canon in ("회", "번", "기", "대") and _ORDINAL_MARK.search(text, max(0, start - 2), start):
            kind = "ordinal"  # "제9회 불꽃축제", "제 23회 영화제": the ninth, not nine times
        out.append(Figure(start, end, written, value, canon, kind, approx, total, is_date))
        i = max(j, i + 1)
    return tuple(_merge_dates(text, out))


def _merge_dates(text: str, figs: list[Figure]) -> list[Figure]:
    """1989년 2월 15일 is one date, not three figures; 오후 2시 joins its day."""
    out: list[Figure] = []
    for f in figs:
        if out and out[-1].date and f.unit in ("분기", "반기") and not f.date and _last_unit(out[-1].text) == "년" \
                and text[out[-1].end:f.start].isspace() and len(text[out[-1].end:f.start]) <= 2:
            # "2019년 4분기부터": a quarter of a year named is a date, as a month of it is
            p = out[-1]
            out[-1] = Figure(p.start, f.end, text[p.start:f.end], None, f.unit, "time", p.approx or f.approx,
                             False, True)
        elif out and f.date and out[-1].date and _joinable(text, out[-1], f):
            p = out[-1]
            out[-1] = Figure(p.start, f.end, text[p.start:f.end], None, f.unit, "time", p.approx or f.approx,
                             False, True)
        else:
            out.append(f)
    return out


_DATE_ORDER = {"세기": 0, "년대": 1, "년": 2, "월": 3, "일": 4, "시": 5, "분": 6}


def _joinable(text: str, a: Figure, b: Figure) -> bool:
    gap = text[a.end:b.start]
    if len(gap) > 6 or not re.fullmatch(r"\s*(?:오전|오후|밤|새벽|아침|저녁)?\s*", gap):
        return False
    last_a = _DATE_ORDER.get(_last_unit(a.text), 9)
    return _DATE_ORDER.get(b.unit, 9) > last_a


def _last_unit(written: str) -> str:
    m = re.search(r"(세기|년대|년|월|일|시|분)\s*$", written)
    return m.group(1) if m else ""


def _written_digits(figure: Figure) -> tuple[str, int, int]:
    """The whole part of the figure's number as written (no leading zeros), its trailing zeros
    and its decimals: '6,700억' -> ('6700', 2, 0), '19.5%' -> ('19', 0, 1)."""
    digits = re.sub(r"[^\d.]", "", figure.text.split("~")[0])
    mantissa = digits.split(".")[0].lstrip("0") or "0"
    trailing = len(mantissa) - len(mantissa.rstrip("0"))
    return mantissa, trailing, len(digits.split(".")[1]) if "." in digits else 0


def written_step(figure: Figure) -> float:
    """The place of the figure's last written digit, its zeros counted as digits: '20%' -> 1,
    '19.5%' -> 0.1, '62만3천' -> 1e3, '6,700억' -> 1e8 (significant_step reads those zeros as
    rounding: 1e10)."""
    return significant_step(figure) / (10 ** _written_digits(figure)[1])


def significant_step(figure: Figure) -> float:
    """The rounding step the writer used: '6,700억' -> 1e10, '6,699억' -> 1e8, '5천' -> 1e3."""
    if figure.value is None or figure.value == 0:
        return 0.0
    mantissa, trailing, decimals = _written_digits(figure)
    magnitude = 10 ** math.floor(math.log10(abs(figure.value)))
    scale = magnitude / (10 ** max(0, len(mantissa) - 1)) if mantissa != "0" else 1.0
    return scale * (10 ** trailing) / (10 ** decimals)


def agree(a: Figure, b: Figure) -> bool:
    """Two figures state the same value within the rounding of the coarser one."""
    if a.kind != b.kind or a.unit != b.unit:
        return False
    if a.value is None or b.value is None:
        return re.sub(r"\s", "", a.text) == re.sub(r"\s", "", b.text)
    if a.value == b.value:
        return True
    # half a step either way of the coarser figure; a whole step when the writer said it is
    # approximate (약, 여, 안팎): "6,700억 원 안팎" holds 6,699억, "1만 명" does not hold 5천
    tolerance = max(significant_step(f) * (1.0 if f.approx else 0.5) for f in (a, b))
    return abs(a.value - b.value) < tolerance


# (with a particle after it too: "5000년 전의 것", "3년 후에"; not 전후 (around), 전국, nor "9년 뒤인
# 1998년", which names the year itself)
_AGO = re.compile(r"\s*(?:전|후|뒤)(?:(?![가-힣])|(?=에|의|까지|부터|쯤|께))")


def time_ago(f, text: str) -> int:
    """Where "전/후/뒤" after a span of time ends (0 when there is none): a span counted from now
    or from an event is a point in time, "약 5500만 년 전" and "3년 후" answer "언제" although
    "5500만 년" alone is no year of the calendar."""
    if f.kind != "time" or f.unit not in ("년", "개월", "일", "세기"):
        return 0
    m = _AGO.match(text, f.end)
    return m.end() if m else 0


# Times of day and of the year that answer "언제" as a figure does: "정오에 와서", "가을에는"
# and the times news gives relative to its day: 연내, 이달 말, 내달, 다음 달, 올 하반기, 상반기
_TIME_WORDS = re.compile(r"(?<![가-힣])(정오|자정|새벽|아침|점심|저녁|한밤중|오전|오후|봄|여름|가을|겨울|주말|평일"
                         r"|연내|연말|연초|이달\s*(?:초|중|말)?|내달|다음\s*달|올\s*[상하]반기|[상하]반기|연중"
                         r"|" + year_words() +
                         r")(?=\s|에|때|부터|까지|이|의|[,.]|$)"
                         # a school year is a time only as when something was ("3학년 때", "2학년이던"),
                         # not a grade of the people named after it ("1학년 학생을 대상으로")
                         r"|(?<![가-힣])((?:[초중고]등학교\s*)?[1-6]학년)(?=\s*(?:때|에|부터|까지|시절|무렵|즈음|이던|이었|이\s*되)|[,.]|$)")


# the days of the week, with whatever particle ("매주 월요일은 휴관", "화·목요일마다")
_WEEKDAYS = re.compile(r"(?<![가-힣])((?:[월화수목금토일]·)*[월화수목금토일]요일)")


# days counted in native words, as spans: 이틀간, 사흘 동안, 열흘, 보름 (하루 is as often "per day")
_DAY_COUNTS = re.compile(r"(?<![가-힣])((?:이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)(?:간)?|하루(?=\s*(?:간|동안)))")
# a vague magnitude, 수십만 명, 수백억 원: no value, but a figure of its unit
# (수 takes a magnitude: 수원 is a city, 수명 a lifespan, 수건 a towel)
_VAGUE = re.compile(r"(?<![가-힣])(수(?:(?:십|백|천)(?:만|억|조)?|만|억|조)\s*(명|원|개|곳|건|대|가구|개소))")


def day_counts(text: str) -> list[Figure]:
    return [Figure(m.start(1), m.end(1), m.group(1), None, "일간", "time") for m in _DAY_COUNTS.finditer(text)]


# what joins the two ends of a period: "2월14일부터 27일까지", "3월 2일~3월 20일", "오전 10시부터 오후 7시까지"
# a weekday in brackets after a date ("3월 2일(월)부터"), and the marks joining a range's two ends
DAY_ASIDE = r"(?:\([^()]{1,4}\)\s*)?"
RANGE_MARKS = "~∼～〜\\-–"
_RANGE_JOIN = re.compile(r"\s*" + DAY_ASIDE + rf"(?:부터\s*[{RANGE_MARKS}]?|[{RANGE_MARKS}])\s*(?:오전|오후|낮|밤)?\s*")
_RANGE_CLOSE = re.compile(r"\s*까지")


def date_ranges(text: str) -> list[Figure]:
    """Two dates joined as the ends of one period ("2월14일부터 27일까지"), as one figure of a
    period (no date, no value): the answer to "신청 기간은?" is the two ends together."""
    dates = [f for f in figures(text) if f.date]
    out = []
    for a, b in zip(dates, dates[1:]):
        if _RANGE_JOIN.fullmatch(text, a.end, b.start):
            m = _RANGE_CLOSE.match(text, b.end)
            end = m.end() if m else b.end
            # two years ("2010년부터 2012년까지") span years: "몇 년 동안", "몇 년 연속" is asked in 년
            years = all(re.fullmatch(r"\d{4}\s*년", f.text.strip()) for f in (a, b))
            out.append(Figure(a.start, end, text[a.start:end], None, "년" if years else "", "time"))
    return out


def vague_figures(text: str) -> list[Figure]:
    return [Figure(m.start(1), m.end(1), m.group(1), None, canonical_unit(m.group(2)), unit_kind(m.group(2)), approx=True)
            for m in _VAGUE.finditer(text)]


# "무료로 개방한다", "무상 지원": a price of nothing, the answer to what a fee is (not 무료화,
# the making of something free: what it cost before is another price)
# (said of the thing itself — "무료로", "무료다", "무료 개방" — not of another noun: "무료 셔틀버스")
_FREE = re.compile(r"(?<![가-힣])(무료|무상)(?=로|이|입니|다|\s*(?:입장|개방|운영|이용|제공|관람|지원)|[.,)]|$)")


# a match's score, two numbers joined by a colon, 대 or a dash (3:2, 3대2, 83-72): read only when
# a score is asked, since the same shape is a clock time (10:30) or a range elsewhere. A number
# glued to a date's dash (2024-11-14) or followed by a counter (10대 3명) is none
_SCORE = re.compile(r"(?<![\d.,:/\-])(\d{1,3})\s?(?::|대|-|–)\s?(\d{1,3})"
                    r"(?=\s|$|[,.)\]」’”]|(?:로|으로|의|에|를|을|가|이|는|은|와|과|까지|에서|승|패|무)(?![가-힣]))")


def scores(text: str) -> list[Figure]:
    """The match scores of ``text`` as figures of kind "score" (no value: 3:2 is no number)."""
    return [Figure(m.start(), m.end(), m.group(0), None, "", "score") for m in _SCORE.finditer(text)]


def free_words(text: str) -> list[Figure]:
    """A price of nothing said in words (무료, 무상), as a figure of 0 원."""
    return [Figure(m.start(1), m.end(1), m.group(1), 0.0, "원", "money") for m in _FREE.finditer(text)]


def time_words(text: str) -> list[Figure]:
    """The times of ``text`` written as words, as figures of a date (no value)."""
    # (the group that matched: a school year is the second alternative of _TIME_WORDS)
    return sorted((Figure(m.start(m.lastindex), m.end(m.lastindex), m.group(m.lastindex), None, "", "time", date=True)
                   for m in (*_TIME_WORDS.finditer(text), *_WEEKDAYS.finditer(text))), key=lambda f: f.start)


# between two items of a labelled list: a comma or a list mark, then the next item's label ("3237명
# 늘어난 44만8111명" is no list); and the first item's label, after a space, a colon or a mark
# (a label may carry an aside in brackets: "청년층(15~29세) 42.0%, 여성층 46.8%")
# (the item before may gloss its figure in brackets, "5만2000원(6000원 인상), 2일권은 1만1000원"; a
# label may open with a digit, 2일권)
_NEXT_ITEM = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s*[,·]\s*(?:▲|△)?|\s*(?:▲|△))\s*(\d{0,3}[가-힣A-Za-z]{1,10})(?:\([^()]{1,15}\))?\s*")
_FIRST_ITEM = re.compile(r"(?:^|[\s:(])(?:▲|△|-)?\s*([가-힣A-Za-z]{1,10})(?:\([^()]{1,15}\))?\s*$")
# … or items each opened by a bullet sign, whose labels may be phrases ("▷스마트항만 인프라 확대
# 3727억원 ▷북항재개발 1·2단계 사업 1317억원"): the sign marks where each item starts
_BULLETS = "▲△▷▶■□●○◆◇•"
_NEXT_MARKED = re.compile(rf"\s*,?\s*[{_BULLETS}]\s*([^{_BULLETS}]{{1,30}}?)\s*")
_FIRST_MARKED = re.compile(rf"[{_BULLETS}]\s*([^{_BULLETS}]{{1,30}}?)\s*$")


def labelled_list(text: str, figs: Sequence[Figure], k: int) -> dict[int, str]:
    """The run of ``figs`` (figures of one unit, in order) around ``figs[k]`` that ``text`` gives
    as a list, each labelled by the word before it ("국어 59만2229명, 영어 58만8823명", "▲살인
    93.4% ▲강도 96.7%", "중학교는 67명"): {index: label without its topic particle}, or {} when
    figs[k] is no item of such a list."""
    def label(i: int) -> str | None:
        m = _FIRST_ITEM.search(text[:figs[i].start])
        if m:
            return _TOPIC_PARTICLE.sub("", m.group(1))
        m = _FIRST_MARKED.search(text[:figs[i].start])
        return _TOPIC_PARTICLE.sub("", re.sub(r"\s+", "", m.group(1))) if m else None

    def joined(a: int, b: int) -> bool:
        between = text[figs[a].end:figs[b].start]
        return bool(_NEXT_ITEM.fullmatch(between) or _NEXT_MARKED.fullmatch(between))

    if label(k) is None:
        return {}
    run = [k]
    while run[-1] + 1 < len(figs) and joined(run[-1], run[-1] + 1):
        run.append(run[-1] + 1)
    while run[0] > 0 and joined(run[0] - 1, run[0]):
        run.insert(0, run[0] - 1)
    return {i: label(i) or "" for i in run} if len(run) > 1 else {}


def list_around(text: str, f: Figure) -> tuple[dict[int, str], int | None, list[Figure]]:
    """The labelled list ``f`` is an item of (labelled_list over the figures of its unit in
    ``text``; {} when none), its index among those figures, and the figures themselves."""
    figs = [g for g in figures(text) if g.unit == f.unit]
    k = next((i for i, g in enumerate(figs) if g.start == f.start), None)
    return (labelled_list(text, figs, k) if k is not None else {}), k, figs


_TOPIC_PARTICLE = re.compile(r"(?<=[가-힣A-Za-z0-9])(?:은|는|이|가)$")  # (after a Latin name too: "PC가 73%")
