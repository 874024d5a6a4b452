"""Korean text processing with Kiwi: sentences and content morphemes.

Why morphemes and not whitespace tokens: Korean glues particles to nouns
(부산시는 / 부산시가 / 부산시의) and spaces compounds freely (빅데이터혁신센터 vs
빅데이터 혁신센터). Whitespace BM25 sees different words in each case; Kiwi gives the
same nouns for all of them.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from types import SimpleNamespace
from typing import Iterable, NamedTuple

# Content morphemes kept for BM25. N* nouns (one-syllable ones too: 시, 청, 억),
# NR numerals (첫째, 억), XR roots, VV/VA verb and adjective stems, SN numbers,
# SL Latin words (AI, ICT), SH hanja. Particles (J*), endings (E*), suffixes (X*)
# and punctuation are dropped.
KEEP_TAGS = frozenset({"NNG", "NNP", "NR", "XR", "VV", "VA", "SN", "SL", "SH", "MAG"})
# Frequent stems that carry no topic: light verbs and question words. Question words
# matter for the answer type, which `answer.question_type` reads from the raw text.
STOP = frozenset({
    "하", "되", "있", "없", "이", "그", "저", "것", "수", "등", "및", "위하", "통하", "대하", "같",
    "무엇", "어디", "언제", "누구", "얼마", "어떻", "어떤", "몇", "왜", "뭐", "뭔", "알", "주", "보",
    "많", "좀", "혹시", "또", "더", "잘", "안", "못", "그리고", "또한", "현재", "이번",
})
NUMBER = re.compile(r"^\d[\d,.]*$")
# The years news counts from its own date ("올해 개청 20주년을 맞아"), by their offset from it:
# they answer 언제 (figures._TIME_WORDS), and the first line says which year (layout.lead)
# (재작년 and 내후년 two years off; Kiwi cuts 재|작년, so the word is read whole, never its 작년)
YEARS_FROM_DATE = {"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "재작년": -2, "내년": 1, "내후년": 2}


def year_words(*offsets: int) -> str:
    """A regex alternation of the words of YEARS_FROM_DATE (those of the offsets given, or all),
    each kept from matching inside a longer one: 작년 is not found in 재작년."""
    words = [w for w, k in YEARS_FROM_DATE.items() if not offsets or k in offsets]

    def alone(w: str) -> str:
        longer = {o[:-len(w)] for o in YEARS_FROM_DATE if o != w and o.endswith(w)}
        return "".join(f"(?<!{p})" for p in sorted(longer)) + w

    return "|".join(alone(w) for w in sorted(words, key=len, reverse=True))


# Lone surrogates (a JSON "\ud800" escape, a broken history turn) make Kiwi's UTF-16
# conversion raise; one replacement character each keeps every offset where it was.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _kiwi_text(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)

_lock = threading.RLock()  # re-entrant: kiwi() is called while the lock is held
_kiwi = None


def kiwi():
    """The process-wide Kiwi (loading takes ~1 s, so it is built once, lazily)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


class Span(NamedTuple):
    start: int
    end: int


# A sentence never starts with a particle. Kiwi sometimes ends a sentence after a title that
# opens the next one ("…평가가 많았다. 《중천》" + "은 관객수 150만 명을…"): the title goes back
# to the sentence its particle belongs to.
_CLOSING = "》〉」』”’\"')"
_LEADING_PARTICLE = re.compile(r"^(?:은|는|이|가|을|를|의|에|에서|에게|와|과|로|으로|도|만|이다|이라는|라는|이란|란)(?=[\s,.])")
_SENTENCE_END = re.compile(r"[.?!。][\"'”’)]*\s+")


def _mend_titles(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        piece = line[a:b].lstrip()
        if out and _LEADING_PARTICLE.match(piece) and line[:a].rstrip().endswith(tuple(_CLOSING)):
            pa, pb = out[-1]
            ends = list(_SENTENCE_END.finditer(line, pa, pb))
            if ends:  # "…많았다. 《중천》" | "은 …": cut after the full stop instead
                out[-1] = (pa, ends[-1].start() + len(ends[-1].group(0).rstrip()))
                a = ends[-1].end()
            else:  # no full stop before the title: one sentence
                out.pop()
                a = pa
        out.append((a, b))
    return out


# A full stop written between two nouns with no space after it is a middle dot ("보행친화
# 도로.교통 환경", "어린이.노인.장애인 보호구역"), not a sentence end; Kiwi cuts there. Only a bare
# noun on each side, the right one followed by another noun or dot: a sentence ending in a noun,
# glued to the next ("행사는 5일 개최.시민 누구나", "인구는 10만명.나래구는"), ends there.
_DOT_JOINED = re.compile(r"(?<=[가-힣])\.(?=[가-힣])")
_NOUNS = ("NNG", "NNP")


def _dot_between_nouns(line: str, dot: int) -> bool:
    left = re.search(r"[가-힣]+$", line[:dot])
    right = re.match(r"[가-힣]+", line[dot + 1:])
    if not left or not right:
        return False

    def nouns(word: str) -> bool:  # the word alone is nouns only: no particle, no ending
        with _lock:
            toks = kiwi().tokenize(_kiwi_text(word))
        return bool(toks) and all(t.tag in _NOUNS for t in toks)

    if not (nouns(left.group(0)) and nouns(right.group(0))):
        return False
    rest = line[dot + 1 + right.end():]
    if rest.startswith((".", "·")):
        return True  # "어린이.노인.장애인": the list goes on
    after = re.match(r"\s+([가-힣]+)", rest)
    if not after:
        return False
    with _lock:
        then = kiwi().tokenize(_kiwi_text(after.group(1)))
    # (a noun phrase goes on after it: "도로.교통 환경을", "해.공군참모총장 등")
    return bool(then) and (then[0].tag in _NOUNS or then[0].form in ("등", "및"))


def _mend_dots(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a and _DOT_JOINED.match(line, a - 1) and _dot_between_nouns(line, a - 1):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return out


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``; a line break always ends a sentence.

    Offsets index into ``text`` itself, so ``text[s.start:s.end]`` is verbatim.
    Lines are split separately because headlines and list items carry no final
    punctuation and Kiwi would otherwise glue them to the next line.
    """
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            base = pos + line.index(stripped[0])
            with _lock:  # Kiwi objects are not documented as thread-safe
                sents = kiwi().split_into_sents(_kiwi_text(stripped))
            for s_start, s_end in _mend_titles(stripped, _mend_dots(stripped, [(s.start, s.end) for s in sents])):
                a, b = base + s_start, base + s_end
                # trim whitespace Kiwi may leave at the edges
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    spans.append(Span(a, b))
        pos += len(line) + 1
    return spans


NOUN_TAGS = frozenset({"NNG", "NNP", "NR", "XR", "SN", "SL", "SH"})


def _terms(tokens, tags: frozenset = KEEP_TAGS) -> list[str]:
    out: list[str] = []
    prev = None
    for t in tokens:
        form = t.form.lower()
        # "5G" comes out as SN "5" + SL "G": glue adjacent number+Latin back together.
        if (prev is not None and t.tag == "SL" and prev.tag == "SN"
                and prev.start + prev.len == t.start and out and out[-1] == _norm_number(prev.form)):
            out[-1] = out[-1] + form
            prev = t
            continue
        prev = t
        if t.tag not in tags or form in STOP:
            continue
        if t.tag == "SN":
            form = _norm_number(form)
        if t.tag == "MAG" and len(form) < 2:
            continue
        out.append(form)
    return out


def _norm_number(form: str) -> str:
    # 6,699 and 6699 are the same figure
    return form.replace(",", "")


def tokenize(text: str) -> list[str]:
    """Content morphemes of ``text``, lower-cased, for BM25 (read from ``pos``: the same Kiwi
    analysis, cached, since the answer stage tokenizes the same words and sentences again)."""
    if not text or not text.strip():
        return []
    return _terms(pos(text))


def nouns(text: str) -> list[str]:
    """The noun-like terms only (names, nouns, numbers, Latin words): what a topic is made of.

    Verbs vary with phrasing (열리다 / 개최하다) while nouns name the topic, so the
    off-topic test in answer.py looks at these.
    """
    if not text or not text.strip():
        return []
    return _terms(pos(text), NOUN_TAGS)


_RUN = re.compile(r"[가-힣]{12,}")


def respace(text: str) -> str:
    """A question typed without any space ("명지지구외국인정주환경으로뭘조성하고있어?") is one
    unknown word to Kiwi; its spacing model puts the spaces back. A question with spaces is
    returned as it is (its long compounds, 부산진해경제자유구역청장, are the writer's)."""
    if not text or not _RUN.search(text) or any(ch.isspace() for ch in text.strip()):
        return text
    with _lock:
        return kiwi().space(_kiwi_text(text), reset_whitespace=False)


@lru_cache(maxsize=8192)
def pos(text: str) -> tuple:
    """Kiwi's morphemes of ``text`` with their tags and offsets (``form``, ``tag``, ``start``,
    ``len``), for the grammar of questions and figures. Cached: the answer stage reads the
    same retrieved sentences again for every question that finds them."""
    if not text or not text.strip():
        return ()
    with _lock:
        toks = tuple(kiwi().tokenize(_kiwi_text(text)))
    return _mend_spaced_counters(toks)


def _mend_spaced_counters(toks: tuple) -> tuple:
    """A number, a space, then a noun whose first syllable Kiwi takes for a counter ("서울로 7017
    개장" read 7017 + 개 + 장): the word written apart from the number is the verbal noun Kiwi
    reads it as alone (개장, 개통), no count of 개. A counter glued to its number, followed by a
    particle ("5 개를") or by a noun of its own ("10 개반"), stays one."""
    out = list(toks)
    i = 1
    while i + 1 < len(out):
        a, b, c = out[i - 1], out[i], out[i + 1]
        if (a.tag == "SN" and b.tag == "NNB" and len(b.form) == 1 and b.start > a.start + a.len
                and c.tag in ("NNG", "NNP") and c.start == b.start + b.len):
            word = b.form + c.form
            with _lock:
                alone = kiwi().tokenize(_kiwi_text(word + "하다"))
            # (a verbal noun, 개장하다, 개통하다: "10 개반", "2 개층" are counters and a noun of
            # theirs, which Kiwi would take whole as well)
            if len(alone) == 3 and alone[0].tag == "NNG" and alone[0].form == word and alone[1].tag == "XSV":
                out[i:i + 2] = [SimpleNamespace(form=word, tag="NNG", start=b.start, len=len(word),
                                                end=b.start + len(word), oov=False)]
        i += 1
    return tuple(out)


# nouns a figure glues to when it names a thing rather than counts one: "1년권" (a yearly pass),
# "6개월권", "1인실". Numerals (만, 천) and particles end the label: "3만원", "1년은" are none; so do
# the suffixes of a span, a tally or a rate ("3개월간", "3년째", "1년여", "20년만", "30대들",
# "1인당", "5년차"), which name nothing.
_LABEL_TAGS = frozenset({"NNG", "NNB", "XSN"})
_NOT_LABEL_ENDS = frozenset("간 째 여 만 들 당 차 분 쯤 경 초 말 께 전 후 내 이내 이상 이하 미만 대 동안 가량 정도".split())


def figure_labels(text: str) -> tuple[str, ...]:
    """Names made of a figure and two nouns or more glued to it, as written (without spaces).

    The BM25 tokens drop a figure's counter, and "1년권" keeps nothing of itself (tokenize gives
    "1"): a question asking "1년권 요금" shares no word with "1일권 800원, …, 1년권 2만5000원" but
    this name. Kiwi reads 1년권 as 1 + 년 + 권 and 1년은 as 1 + 년 + particle, which tells them apart."""
    out, toks = [], pos(text)
    for i, t in enumerate(toks):
        if t.tag != "SN":
            continue
        end, n = t.start + t.len, 0
        for u in toks[i + 1:]:
            if u.start != end or u.tag not in _LABEL_TAGS:
                break
            end, n = u.start + u.len, n + 1
        if n >= 2 and toks[i + n].form not in _NOT_LABEL_ENDS:
            out.append(re.sub(r"\s+", "", text[t.start:end]))
    return tuple(out)


def labels_written(labels: Iterable[str], text: str) -> bool:
    """One of ``labels`` (figure_labels) written in ``text``, not the tail of a longer number
    ("21년권" is no 1년권), spaces aside."""
    said = re.sub(r"\s+", "", text)
    return any(re.search(rf"(?<![\d.]){re.escape(label)}", said) for label in labels)


def tokenize_many(texts: Iterable[str]) -> list[list[str]]:
    texts = list(texts)
    if not texts:
        return []
    with _lock:
        # Kiwi's batch form runs the texts through its own thread pool.
        results = list(kiwi().tokenize([_kiwi_text(t) for t in texts]))
    return [_terms(toks) for toks in results]


def particle(word: str, after_consonant: str, after_vowel: str) -> str:
    """The particle that follows ``word``: 은/는, 이/가, 을/를 by its last syllable's final
    consonant (수강료는, 날짜는, 인물은). A word ending in a letter or a digit keeps both
    written ("KTX은(는)"): how it is read decides, and the text does not say."""
    last = word.rstrip()[-1:] if word.strip() else ""
    if not ("가" <= last <= "힣"):
        return f"{after_consonant}({after_vowel})"
    return after_consonant if (ord(last) - 0xAC00) % 28 else after_vowel
