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

# The rules' version, saved in an index's manifest: an index built under other rules holds
# other text for the same files, so a build under new rules embeds everything again
# (2: apostrophes printed for middle dots).
RULES = 2


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
# "> 정책브리핑 > 스마트 도시 부산", "HOME > 지역 > 부산", "홈 > 경제 > 지역경제"
_BREADCRUMB = re.compile(r"^>\s*\S.*>\s*\S|^(?:HOME|Home|홈|메인|뉴스)\s*>\s*\S[^.!?]{0,40}$")
_HEADLINE_LIST = re.compile(r"(HEADLINE|헤드라인|많이\s*본\s*뉴스|인기\s*기사|관련\s*기사|주요\s*뉴스)\s*$", re.I)
_BYLINE_EMAIL = re.compile(r"^\S{0,20}\s*\S{2,4}\s*기자\s+[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")


def fold_line(line: str) -> str:
    """Whitespace folded to single spaces, control characters dropped."""
    line = _ZERO_WIDTH.sub("", line)
    line = "".join(ch for ch in line if ch in "\t" or unicodedata.category(ch) != "Cc")
    return _SPACES.sub(" ", line).strip()


# Words of share bars and tool menus, which scrapes often glue into one line
# ("기사퍼가기카카오톡페이스북"): a line made only of these is a menu.
MENU_TOKENS = sorted({
    "기사퍼가기", "퍼가기", "기사스크랩", "스크랩", "스크랩하기", "공유", "공유하기", "댓글", "댓글쓰기", "클린뷰",
    "프린트", "프린트하기", "인쇄", "인쇄하기", "URL복사", "url복사", "주소복사", "링크복사", "카카오톡", "카카오스토리",
    "페이스북", "트위터", "엑스", "밴드", "네이버밴드", "네이버블로그", "블로그", "텔레그램", "라인", "이메일", "메일",
    "메일보내기", "기사보내기", "북마크", "좋아요", "싫어요", "추천", "추천하기", "구독", "구독하기", "구독신청",
    "글자크기", "글씨크기", "글자크기설정", "확대", "축소", "기사저장", "저장", "닫기", "목록", "이전기사", "다음기사",
    "기사듣기", "음성듣기", "번역", "기사제보", "제보하기", "후원하기", "SNS공유", "보내기", "맨위로", "TOP",
}, key=len, reverse=True)
_MENU_SEP = re.compile(r"[\s|·•/,>]+")
# Photo credits end a caption line: "…밝히고 있다. 사진=경자청 제공", "(사진=부산시)", "/사진=뉴스1".
_CAPTION = re.compile(r"(?:^|[\s(/\[])(?:사진|사진제공|그래픽|이미지|영상|자료사진)\s*[=:：]\s*[^\s)\]=]{1,25}"
                      r"(?:\s*제공)?\s*[)\]]?\s*$|^\[(?:사진|포토)\]|^\((?:사진|포토)\)")
MAX_CAPTION = 160
_ROLE = r"(?:기자|특파원|통신원|객원기자|인턴기자|선임기자|수습기자|논설위원|편집위원|PD)"
# "홍길동 기자", "/ 홍길동 기자", "글·사진=홍길동 기자", "홍길동·김철수 기자 hong@x.kr"
_REPORTER = re.compile(r"^[/\-–—=▶■\s]*(?:(?:글|사진|글·사진|글ㆍ사진|취재|정리|영상)\s*[=:]\s*)?"
                       r"(?:[가-힣]{2,4}(?:\s*[·,ㆍ]\s*[가-힣]{2,4})*\s*" + _ROLE + r"\s*)+"
                       r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*(?:\(끝\))?$")
_EMAIL_ONLY = re.compile(r"^[\s<(\[]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|email\s*protected)[\s>)\]]*$", re.I)
# "입력 2024.03.02 09:30 | 수정 2024.03.02 10:12", "사회 / 홍길동 기자 / 2025-11-10 18:15:31"
_DATELINE = re.compile(r"^(?:기사\s*)?(?:입력|수정|등록|승인|업데이트|최종\s*수정|발행|송고)(?:일|시간|일시)?\s*[:：]?\s*"
                       r"(?:19|20)\d{2}\s*[./-]")
_DATE_TIME = re.compile(r"(?:19|20)\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?\s+\d{1,2}:\d{2}")
_SENTENCE_END = re.compile(r"(?:다|요|죠)[.!?]?[\"'”’)]?$")


def only_menu_words(line: str) -> bool:
    """A line made of share/menu words only, with or without separators between them."""
    rest = _MENU_SEP.sub("", line)
    if not rest:
        return False
    n = 0
    while rest:
        for tok in MENU_TOKENS:
            if rest.startswith(tok):
                rest = rest[len(tok):]
                n += 1
                break
        else:
            return False
    return n >= 1


def is_caption(line: str) -> bool:
    """A photo caption: a short line ending in a photo credit ("사진=○○ 제공")."""
    return len(line) <= MAX_CAPTION and bool(_CAPTION.search(line.strip()))


def is_reporter_line(line: str) -> bool:
    s = line.strip()
    return len(s) <= 60 and bool(_REPORTER.match(s) or _EMAIL_ONLY.match(s))


def is_dateline(line: str) -> bool:
    s = line.strip()
    if len(s) > 80 or _SENTENCE_END.search(s):
        return False
    return bool(_DATELINE.match(s) or (len(s) <= 60 and _DATE_TIME.search(s)))


def is_noise_line(line: str) -> bool:
    """A whole line that is page furniture, not article text."""
    s = line.strip()
    if s in MENU_WORDS or s.lstrip("•·*- ") in MENU_WORDS:
        return True
    if _WEATHER.match(s) or _BREADCRUMB.match(s) or _BYLINE_EMAIL.match(s):
        return True
    if only_menu_words(s) or is_caption(s) or is_reporter_line(s) or is_dateline(s):
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


_LIST_MARKER = re.compile(r"^[\[【<▶■□◆◇●○☞▷※\s]*(?:관련\s*(?:기사|뉴스)|함께\s*보면\s*좋은\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|"
                          r"이\s*시각\s*(?:주요|인기|많이\s*본)\s*(?:뉴스|기사)|포토\s*뉴스|오늘의\s*(?:주요|인기|핫)\s*(?:뉴스|기사)|"
                          r"최신\s*(?:기사|뉴스)|실시간\s*(?:인기|주요|많이\s*본)\s*(?:기사|뉴스)|많이\s*본\s*(?:기사|뉴스)|"
                          r"인기\s*(?:기사|뉴스)|랭킹\s*뉴스|주요\s*뉴스|헤드라인|HEADLINE|다른\s*기사\s*보기|기자의\s*다른\s*기사)"
                          r"(?:\s*(?:더\s*보기|더보기|\+))?[\]】>\s]*$", re.I)


def _title_like(line: str) -> bool:
    return len(line) < 60 and not _SENTENCE_END.search(line) and not line.endswith(".")


def _drop_link_lists(lines: list[str]) -> list[str]:
    """A "관련기사"/"많이 본 뉴스" marker and the headline links under it, anywhere in the text.

    The list ends at the first line that reads like a sentence (so the article resumes)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i] and _LIST_MARKER.match(lines[i]):
            j = i + 1
            while j < len(lines) and (not lines[j] or _title_like(lines[j])):
                j += 1
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


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


def _word_char(ch: str) -> bool:
    return ch.isdigit() or "가" <= ch <= "힣"


# what follows a closing quote glued to its word: a particle or a copula ("'가람'을", "'가람'이라는")
_AFTER_QUOTE = re.compile(r"(?:을|를|이|가|은|는|의|에|에서|에게|와|과|로|으로|도|만|란|이란|라는|이라는|라고|이라고"
                          r"|이다|이고|이며|였|이었|처럼|까지|부터)?[^가-힣\d]*$")


def apostrophe_dots(line: str) -> str:
    """Some news sites print the middle dot as a straight apostrophe ("농'어촌" for 농·어촌,
    "시와 구'군", "12동'40%", "초'중'고"): the one apostrophe of a word, glued between two letters or
    digits (one of them Hangul), is a middle dot unless it closes a quote opened before it
    ("‘가람'을"), only a particle follows it ("이용권'을"), or a closer with its particle comes later
    in the line (an opener glued to the word before: "일명'가람 나래'를"). A word holding two is
    quoting ("맞아'가람'에"), unless every part between is one syllable ("시'군'구")."""
    if "'" not in line:
        return line  # (most lines: this runs on every line of every article loaded)
    out: list[str] = []
    opened = 0  # quotes opened and not closed so far, straight or curly
    at = 0
    for word in re.split(r"(\s+)", line):
        parts = word.split("'")
        if (len(parts) >= 3 and not opened and re.fullmatch(r"[가-힣]{1,2}", parts[0])
                and all(re.fullmatch(r"[가-힣]", p) for p in parts[1:-1]) and re.match(r"[가-힣]", parts[-1])):
            word = "·".join(parts)  # "초'중'고", "시'군'구는": a list of one-syllable words
        k = word.find("'")
        if (k > 0 and word.count("'") == 1 and not opened and k + 1 < len(word)
                and _word_char(word[k - 1]) and _word_char(word[k + 1])
                and ("가" <= word[k - 1] <= "힣" or "가" <= word[k + 1] <= "힣")
                and not _AFTER_QUOTE.fullmatch(word[k + 1:])
                and not _CLOSER_LATER.search(line, at + k + 1)):
            word = word[:k] + "·" + word[k + 1:]
        for i, ch in enumerate(word):
            before = word[i - 1] if i else (line[at - 1] if at else " ")
            if ch in "‘`":
                opened += 1
            elif ch == "’":
                opened = max(0, opened - 1)
            elif ch == "'":
                if opened:
                    opened -= 1  # the closer of the quote opened before
                elif not _word_char(before) and not before.isalpha():
                    opened = 1  # opens a quote: after a space, a bracket, the start (a closer
                    # glued on with no opener before it opens nothing: "이용권'을")
        out.append(word)
        at += len(word)
    return "".join(out)


# a quote's closer later in the line: an apostrophe with a particle after it, a word ending there
_CLOSER_LATER = re.compile(r"[가-힣]'(?:을|를|이|가|은|는|의|에|와|과|로|으로|도|라는|이라는|란|이란)(?![가-힣])")


def clean_text(text: str) -> str:
    """Raw article text to clean text: paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [apostrophe_dots(undouble(fold_line(x))) for x in text.split("\n")]
    lines = ["" if is_noise_line(x) else x for x in lines]
    lines = _drop_link_lists(lines)
    lines = _drop_headline_tail(lines)
    lines = _drop_repeats(lines)
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
