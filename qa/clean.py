"""Generic cleaning of raw article text: decode bytes, drop page furniture, fold whitespace.

Staff drop in articles copied from news sites, so the loader cleans every file with
these rules, curated or not (they are idempotent on clean text). The rules only
remove lines that are *recognisably* not article text (a weather widget, menu words,
copyright lines, headline lists, repeated blocks); anything else is kept, because a
lost sentence is worse than a stray menu word.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


class Decoded(NamedTuple):
    text: str
    encoding: str
    warning: str | None  # set when the bytes were not plain UTF-8


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control bytes: an image or archive saved as .txt."""
    if not raw:
        return False
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs by design
        return False
    head = raw[:4096]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl / len(head) > 0.05


def decode(raw: bytes) -> Decoded:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, then CP949/EUC-KR.

    Korean government and older newsroom files are often CP949; CP949 is a superset of
    EUC-KR, so trying it covers both.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return Decoded(raw[3:].decode("utf-8", errors="replace"), "utf-8-sig", None)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(raw.decode("utf-16", errors="replace"), "utf-16",
                       "UTF-16 파일입니다: UTF-8로 저장하면 더 안전합니다 (UTF-16 file; decoded)")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", None)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(raw.decode("cp949"), "cp949",
                       "CP949/EUC-KR 인코딩으로 읽었습니다: UTF-8로 저장해 주세요 (decoded as CP949)")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        return Decoded(text, "utf-8-replace",
                       "UTF-8도 CP949도 아닌 바이트가 있어 일부 글자를 �로 바꿨습니다 (undecodable bytes replaced)")


# --- line rules ---------------------------------------------------------------------

# Single words sites put around an article: share buttons, scrap, comments, print.
MENU_WORDS = {
    "-", "·", "|", ">", "기사 스크랩", "스크랩", "공유", "공유하기", "댓글", "클린뷰", "프린트", "인쇄",
    "URL복사", "url복사", "주소복사", "카카오톡 보내기", "카카오톡", "페이스북", "트위터", "밴드",
    "본문내용 바로가기", "본문 바로가기", "자막", "뉴스댓글 >", "뉴스댓글", "글자크기", "가", "기상청 제공",
    "좋아요", "싫어요", "구독", "구독하기", "목록", "이전기사", "다음기사",
}
_WEATHER = re.compile(r"^[•·\-*\s]*(맑음|흐림|구름많음|구름조금|비|눈|소나기|안개|황사|박무)\s*\S{1,8}\s*-?\d+(\.\d+)?\s*℃$")
_COPYRIGHT = re.compile(r"(ⓒ|©|무단\s*전재|재배포\s*금지|all rights reserved|copyright)", re.I)
_BREADCRUMB = re.compile(r"^>\s*\S.*>\s*\S")  # "> 정책브리핑 > 스마트 도시 부산"
_HEADLINE_LIST = re.compile(r"(HEADLINE|헤드라인|많이\s*본\s*뉴스|인기\s*기사|관련\s*기사|주요\s*뉴스)\s*$", re.I)
_BYLINE_EMAIL = re.compile(r"^\S{0,20}\s*\S{2,4}\s*기자\s+[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")


def fold_line(line: str) -> str:
    """Whitespace folded to single spaces, control characters dropped."""
    line = _ZERO_WIDTH.sub("", line)
    line = "".join(ch for ch in line if ch in "\t" or unicodedata.category(ch) != "Cc")
    return _SPACES.sub(" ", line).strip()


def is_noise_line(line: str) -> bool:
    """A whole line that is page furniture, not article text."""
    s = line.strip()
    if s in MENU_WORDS or s.lstrip("•·*- ") in MENU_WORDS:
        return True
    if _WEATHER.match(s) or _BREADCRUMB.match(s) or _BYLINE_EMAIL.match(s):
        return True
    # A copyright notice is short; a long sentence merely mentioning © stays.
    return bool(_COPYRIGHT.search(s)) and len(s) < 120


def undouble(line: str) -> str:
    """'A A' -> 'A': photo captions are often pasted twice on one line."""
    n = len(line)
    if n >= 40:
        half = (n - 1) // 2
        for mid in (half, half + 1):
            a, b = line[:mid].strip(), line[mid:].strip()
            if a and a == b:
                return a
    return line


def _drop_headline_tail(lines: list[str]) -> list[str]:
    """Cut a trailing 'NEWS HEADLINE' list: a marker line followed only by short title lines."""
    for i, line in enumerate(lines):
        if _HEADLINE_LIST.search(line) and len(line) < 40:
            rest = [x for x in lines[i + 1:] if x]
            if all(len(x) < 40 and not x.endswith((".", "다", "요")) for x in rest):
                return lines[:i]
    return lines


def _drop_repeats(lines: list[str], min_chars: int = 40, min_run: int = 3) -> list[str]:
    """Drop exact repeats of earlier lines: long ones alone, short ones only inside a run.

    A pasted second copy of a body repeats many lines in a row; a short line that recurs
    alone (a caption fragment such as "저는 부산이 지금이라도 ...") may be real text, so it
    goes only as part of a run of ``min_run`` repeated lines.
    """
    seen: set[str] = set()
    repeated = [False] * len(lines)
    for i, line in enumerate(lines):
        if line and line in seen:
            repeated[i] = True
        seen.add(line)
    keep = []
    i = 0
    while i < len(lines):
        if not repeated[i]:
            keep.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (repeated[j] or not lines[j]):
            j += 1
        run = [x for x in lines[i:j] if x]
        if len(run) >= min_run:
            i = j  # a repeated block: drop all of it
            continue
        keep.extend(x for x in lines[i:j] if not x or len(x) < min_chars)
        i = j
    return keep


def clean_text(text: str) -> str:
    """Raw article text to clean text: paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [undouble(fold_line(x)) for x in text.split("\n")]
    lines = ["" if is_noise_line(x) else x for x in lines]
    lines = _drop_headline_tail(lines)
    lines = _drop_repeats(lines)
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
