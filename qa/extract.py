"""The value a question asks for, cut verbatim from the chosen sentence.

Candidates come from the sentence's grammar:

- a figure of the kind and unit asked for (figures.py): 몇 명 -> a figure in 명;
- for a person, a place or a thing: noun phrases (runs of words whose stem is nominal,
  "제국의 아이들" included) that the question does not already say.

The candidate nearest to the question's words in the sentence wins, with a preference for
one that ends in the noun the question asks about (학교 -> 디지털서울문화예술대학교), stands
next to it ("그룹 제국의 아이들", "청장 김기영"), is a proper name, or is the whole and not a
part when the question asks for a total (총 6,699억 원, not one year's 354억 원).
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple, Sequence

from .figures import DAY_ASIDE, date_ranges, figures, is_unit, time_ago, time_words
from .korean import figure_labels, labels_written, pos, year_words
from .question import (ADMIN_SUFFIXES, AMOUNT_SUFFIXES, DEADLINE_NOUNS, GENERIC, HEADS, YEAR_AGO_ASKED, BEFORE_ASKED, NAME_HEADS, NOUNISH, PARTICLE_END, PERSON_TITLES, SLOT_TAGS, WRITER_ASKED, Question,
                       day_action, head_kind, place_office, place_stem, PLACE_OFFICES, question_last, squash)

ENUM_MARK = re.compile(r"[▲△■□●◆•]")
# a word that starts or ends with a title of two syllables or more (_person_cue): one regex, not
# a scan of every title for every word of every candidate span (a tenth of the answer stage's time)
TITLES = "|".join(sorted((re.escape(t) for t in PERSON_TITLES if len(t) >= 2), key=len, reverse=True))
_TITLE_EDGE = re.compile(f"^(?:{TITLES})|(?:{TITLES})$")
# such a title followed by a case particle: an argument of its clause, no label of a name after it
_TITLE_CASED = re.compile(f"(?:{TITLES})(?:이|가|은|는|을|를|와|과|도|께서|에게|에서|으로|로)")
# a phrase ending in such a title (…복지여성국장, 이재명 시장)
_PERSON_TITLED = re.compile(f"(?:{TITLES})$")
# a person's name and the post after it, spaced ("윤서준 도시공공개발국장"), not a place ending
# in a title's letters ("가람시장", a market)
_NAME_AND_POST = re.compile(rf"[가-힣]{{2,4}}\s+[가-힣]*(?:{TITLES})")
# a person news does not name: "A씨", "B(45)씨", "김모씨", "김모(52)씨", "김 모 씨"
_ANONYMOUS = re.compile(r"(?:[A-Z]{1,2}|[가-힣]\s?모)\s?(?:\(\d{1,3}\)\s?)?씨|[가-힣]\s?모")


# what an address looks like in Korean: a road and its number (중앙대로 123, 센텀길 5-1), a lot number
ADDRESS_HEADS = frozenset({"주소", "도로명주소", "지번"})
# (a lot number after its 동 or 리, the old way: "가람동 305-131", "다온리 12-3"; not a score, a
# range, a telephone: "3-1로", "20-30대", "031-123-4567")
# (a road's name is a word of its own, not 으로 nor a figure's "5명으로 3일", "새로 3개")
_ADDRESS = re.compile(r"(?<![\d가-힣])[가-힣][가-힣0-9]*(?<!으)(?:로|길)\s*\d+(?:-\d+)?(?:번길)?"
                      r"(?![\d.]|\s*(?:일|월|년|명|개|곳|시|분|초|%|대|억|만|천|배|차|회|번|호선|km|㎞|m))"
                      r"|\d+(?:-\d+)?\s*번지"
                      r"|[가-힣]+(?:동|리)\s*\d{1,4}-\d{1,4}(?![\d.-]|\s*(?:년|시즌|대|월|일|명|로|으로))")


_CLOSER = {"《": "》", "〈": "〉", "「": "」", "『": "』", "“": "”", "‘": "’", "<": ">"}


SPAN_FILE = Path(__file__).with_name("span_weights.json")


@dataclass(frozen=True)
class SpanWeights:
    """What makes a span the answer, in points (``value_span`` keeps the highest-scoring one).
    Hand-set first, then fitted by ``bench/fit_spans.py`` on KorQuAD seeds the rules were not
    written against (1-2), checked on others (3-4); see bench/RESULTS.md."""

    near: float = 0.25  # each of up to three question words within 24 characters of the span
    far: float = 1 / 12  # per character between the span and the nearest question word
    echo: float = 1.5  # share of the span's nouns the question already says (the answer is new)
    proper: float = 0.4  # a proper noun, a Latin name or a figure in it
    particle: float = 1.0  # it carries the question word's particle (어디에서 -> …에서)
    particle_miss: float = 0.5  # … or another one
    head_end: float = 1.0  # it ends in the noun asked about (학교 -> …대학교)
    head_next: float = 0.8  # the noun asked about stands next to it (그룹 제국의 아이들)
    place: float = 0.3  # a place asked, a place-like ending
    firm: float = 1.0  # a firm or body asked (업체, 회사): a name marked a company (㈜, (주), 주식회사)
    body: float = 0.5  # … or a name ending as a body's does (센터, 청, 공단)
    bare: float = 1.0  # only bound nouns or figures (것, 3개)
    glued: float = 0.5  # a figure glued in front of a name (20일 티모르 섬)
    generic: float = 2.0  # one general word (것, 수, 때)
    length: float = 0.05  # per word: the shorter phrase, all else equal
    naming: float = 1.5  # "E-II라는 로고", "병풍이라고 한다": the sentence names it
    copula: float = 1.5  # "…것은 바로 픽업의 사용이다", "피로파괴가 침몰 원인이었다"
    apposition: float = 1.0  # "보고회(소회의실)": a bracket glossing a word of the question
    total_asked: float = 2.0  # a whole (총 6,699억 원) when the question asks for one
    total: float = 0.5  # a whole otherwise
    change: float = 0.5  # "A에서 B로": B is the value now, A the value it changed from
    slot: float = 1.0  # the question's words next to its question word stand next to the span
    topic: float = 1.0  # the sentence's topic, when it states the question's relative clause (Question.relative)
    post: float = 1.5  # a person asked by post (장관): a name beside that very post (박상우 국토부 장관)
    # a person asked: a span that looks like someone's name (김윤환 고문은 …) over the sentence's
    # other words (발언); chosen among 0.25, 0.5, 1 on KorQuAD seeds 1–6 and 109/113/127
    person: float = 0.25
    same_topic: float = 0.5  # a figure said of the question's own topic, word for word ("기상청 예산은 … 21%")

    @classmethod
    def load(cls, path: Path = SPAN_FILE) -> "SpanWeights":
        """The fitted weights (``qa/span_weights.json``), or the hand-set ones above."""
        if not Path(path).exists():
            return cls()
        names = {f.name for f in fields(cls)}
        return cls(**{k: float(v) for k, v in json.loads(Path(path).read_text(encoding="utf-8")).items()
                      if k in names})

    def save(self, path: Path = SPAN_FILE) -> None:
        Path(path).write_text(json.dumps(asdict(self), indent=1) + "\n", encoding="utf-8")


W = SpanWeights.load()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    score: float = 0.0
    proper: bool = False  # holds a name (a proper noun, a Latin word, a figure) rather than common nouns only
    person: bool = False  # looks like a person's name: proper nouns only, or a word beside a title
    # the name in title marks the sentence gives the asked head ("플랫폼인 ‘대구安방’" for "어느 플랫폼")
    heads_name: bool = False


def matched_positions(question: Question, text: str) -> list[int]:
    """Where the question's words stand in the sentence (character offsets): its morphemes
    matched on the sentence's morphemes (늘리나요 meets 늘린다 on the stem 늘리), and its
    constraint words matched as written."""
    low = text.lower()
    # one-letter words match everywhere; the head noun is what the answer is ("가장 큰 섬은?":
    # every 섬 of the sentence), not a word of the question's context
    # An attribute asked about (예산, 길이) stands next to its value and counts.
    head = question.head if not question.asks_value else None
    words = {t for t in question.tokens if len(t) >= 2 and t != head}
    out = [t.start for t in pos(text) if t.form.lower() in words]
    for c in question.constraints:
        for f in c.forms:
            if len(f) >= 2 and f != head:
                out.extend(m.start() for m in re.finditer(re.escape(f), low))
        if c.kind == "name" and not any(f in low for f in c.forms):
            # a long name the article writes without its place before it ("보성다향대축제" asked,
            # "다향대축제" written): its longest ending of four letters or more
            f = max(c.forms, key=len)
            hangul = re.fullmatch(r"[가-힣]+", f) is not None
            tail = next((f[k:] for k in range(1, len(f) - 3) if hangul and f[k:] in low), None)
            if tail:
                out.extend(m.start() for m in re.finditer(re.escape(tail), low))
    return sorted(set(out))


def _distance(span_start: int, span_end: int, positions: list[int]) -> int:
    if not positions:
        return 50
    return min(0 if span_start <= p < span_end else min(abs(p - span_end), abs(span_start - p)) for p in positions)


def _nearness(span_start: int, span_end: int, positions: list[int], reach: int = 24) -> float:
    """How much of the question stands around the span: the answer sits where the question's
    words cluster, not next to one stray word."""
    if not positions:
        return 0.0
    # three words around say as much as more: a long quoted title full of the question's words
    # must not outweigh the grammar of the answer (its particle, a name)
    near = min(3, sum(1 for p in positions if span_start - reach <= p < span_end + reach))
    return W.near * near - W.far * _distance(span_start, span_end, positions)


def value_span(question: Question, text: str) -> Span | None:
    """The best span of ``text`` answering ``question``, or None when it holds none."""
    if question.asks == "list":
        return None
    if question.asks == "person" and WRITER_ASKED.search(question.query):
        # "이 기사 쓴 기자 누구야?": the byline's name, and only a byline names the writer
        m = _BYLINE.search(text[:80])
        return Span(m.start(1), m.end(1), m.group(1), 1.0, True, True, False) if m else None
    if question.head in MEANING_HEADS and (gloss := _gloss_span(question, text)) is not None:
        return gloss
    if question.head in ADDRESS_HEADS and (address := _address_span(text)) is not None:
        return address
    if (full := full_name_span(question, text)) is not None:
        return full
    if (labelled := _bracket_labelled(question, text)) is not None:
        return labelled
    positions = matched_positions(question, text)
    if question.asks_value:
        return _figure_span(question, text, positions)
    if question.numbered:
        return _code_span(question, text, positions)
    counted = _counted_by_head(question, text)
    if counted is not None:
        return counted
    if POSITION_ASKED.search(question.query):
        post = position_span(question, text)
        if post is not None:
            return post
    glued = _kind_word_span(question, text)
    if glued is not None:
        return glued
    span = _phrase_span(question, text, positions)
    if span is not None and question.head in FIRM_HEADS and _PUBLIC_BODY.search(squash(span.text)):
        return None  # "어느 업체가 맡았어?" is not answered by 국토교통부, 서울경찰청: no firm
    return span


# the nouns that ask for a firm, and what ends the name of a public body (a ministry, an agency,
# a police station, a committee), which no firm is
FIRM_HEADS = frozenset({"업체", "회사", "기업", "업자", "시공사", "시행사", "건설사", "제조사", "납품업체", "설치업체"})
_PUBLIC_BODY = re.compile(r"[가-힣]{2,}(?:(?<!사업)(?<!본)부|청|처|위원회|경찰서|소방서|교육청|공단)$")  # (no 사업부, 본부: a firm's)


# the full name of a thing asked by its short one ("메인비즈협회 정식 명칭이 뭐야?")
# (not 원래 이름: a former name as often)
FULL_NAME_ASKED = re.compile(r"(?:정식|공식|전체)\s*(?:명칭|이름)|풀\s*네임")


def full_name_span(question: Question, text: str) -> Span | None:
    """The full name asked of a name the question gives short, and the sentence glossing one with
    the other in brackets: "가람경영혁신기업협회(가람협회)는" or "가람협회(가람경영혁신기업협회)"
    — the longer of the two, whichever side it stands."""
    if question.asks not in ("entity", "description", None) and question.head not in NAME_HEADS:
        return None
    if not FULL_NAME_ASKED.search(question.query):
        return None
    for c in question.constraints:
        if c.kind != "name":
            continue
        for f in c.forms:
            esc = re.escape(f)
            # the full name before the short one in brackets (one word: the words before it are
            # the sentence's), or after it
            for m in re.finditer(rf"([^\s(‘'“\"]{{2,}})\s?\((?i:{esc})\)|(?i:{esc})\s?\(([^()]{{2,40}})\)", text):
                full = m.group(1) or m.group(2)
                # (a name of the same kind: no post, no figure, its last letter the short one's —
                # "가람협회(회장 김민수)" glosses no name, "가람국(Garam)" spells it in letters)
                if full and len(squash(full)) > len(f) and squash(full).lower() != f \
                        and not re.search(r"\d", full) and not _PERSON_TITLED.search(PARTICLE_END.sub("", full.split()[0])) \
                        and (not re.fullmatch(r"[가-힣]+", f) or squash(full)[-1] == f[-1]):
                    start = m.start(1) if m.group(1) else m.start(2)
                    return Span(start, start + len(full), full, W.proper + W.person, True, False)
    return None


def _bracket_labelled(question: Question, text: str) -> Span | None:
    """A body asked by the part it plays, which the sentence writes in brackets after each body's
    name: "공공분야는 어느 기관이?" <- "가람상공회의소(공공분야) 및 나래시민센터(비영리 민간분야)가".
    The name whose bracket holds the question's words (all of a compound's), not said by the
    question itself."""
    if question.asks not in ("entity", "place") or not body_asked(question):
        return None
    query = squash(question.query)
    for m in re.finditer(r"([가-힣A-Za-z0-9·]{2,})\s?\(([^()]{2,20})\)", text):
        name, label = m.group(1), squash(m.group(2))
        words = [t.form for t in pos(m.group(2)) if t.tag in ("NNG", "NNP")]
        # (the question's topic or subject, not a partner: "주관사와 협약을 맺은 기관은?")
        if words and all(w in query for w in words) and re.search(re.escape(label) + r"(?:은|는|이|가|을|를)", query) \
                and squash(name) not in query:
            return Span(m.start(1), m.end(1), name, W.proper + W.person, True, False)
    return None


# the words of an address around its street or lot number: the district words before it (가람구
# 나래동: three letters or more, ending as districts do — not 다시), the building and floor after it
_DISTRICT_WORD = r"[가-힣]{2,}(?:도|시|군|구|읍|면|동|리)"
_ADDRESS_BEFORE = re.compile(rf"(?:(?<![가-힣]){_DISTRICT_WORD}\s+){{1,3}}$")
# what ends the address after its number: a particle glued to the last word, a clause's ending
_ADDRESS_WORD_END = re.compile(r"(?:에서|에|으로|로|이다|이며|이고|입니다|이었다)$")


def _address_span(text: str) -> Span | None:
    """"주소가 어디야?" <- "센터는 가람구 나래동 305-131 다온빌딩 3층에 위치": the address whole,
    from its district words to the building and floor, not one noun phrase of it. The street or lot
    number said after district words is the address when several figures would match."""
    found = list(_ADDRESS.finditer(text))
    if not found:
        return None
    m, before = next(((m, b) for m in found if (b := _ADDRESS_BEFORE.search(text[:m.start()])) is not None),
                     (found[0], None))
    start = before.start() if before else m.start()
    end = m.end()
    if not re.match(r"[가-힣]", text[end:end + 1]):  # ("12에서 열린다": a particle glued ends it)
        # up to five words more (the building, its wing, the floor), to a particle, a clause's
        # ending or a mark
        for w in list(re.finditer(r"[^\s,.()]+", text[m.end():]))[:5]:
            if text[end:m.end() + w.start()].strip():
                break  # (a comma or a bracket between)
            cut = _ADDRESS_WORD_END.search(w.group(0))
            if cut is not None:
                if cut.start() > 0:
                    end = m.end() + w.start() + cut.start()
                break
            end = m.end() + w.end()
    return Span(start, end, text[start:end], 1.0, True, False, False)


# what a word means asked ("'가람족'이 무슨 뜻이야?", "…의 의미는?")
MEANING_HEADS = frozenset({"뜻", "의미", "뜻풀이", "어원"})


def _gloss_span(question: Question, text: str) -> Span | None:
    """The gloss ``text`` gives a word of the question: in brackets right after it ("‘가람족(가람+
    나래족)’ 단속에"), or as what it means ("가람족은 … 합친 말로", "…을 뜻한다"): news glosses a
    coined word once, where it first writes it."""
    asked = _MEANING_OF.search(question.text)
    word = asked.group(1) if asked else None
    if not word or len(word) < 2:
        return None
    m = re.search(re.escape(word) + r"[’'\"”]?\s*\(([^()\d]{2,40})\)", text) \
        or re.search(re.escape(word) + r"[’'\"”]?(?:은|는|이란|란)\s+([^.]{2,60}?)(?:을|를)\s*(?:뜻|의미)", text)
    return Span(m.start(1), m.end(1), m.group(1), 1.0, False, False, False) if m else None


# the word whose meaning is asked: right before 뜻/의미, in marks or not ("'킥나래'가 무슨 뜻이야?")
_MEANING_OF = re.compile(r"['‘\"“]?([가-힣A-Za-z0-9]+?)['’\"”]?\s*(?:이|가|은|는|의|란|이란)?\s*(?:무슨|뭔|어떤)?\s*(?:뜻|의미|뜻풀이|어원)")


def _kind_word_span(question: Question, text: str) -> Span | None:
    """"어느 공원 지하에?" over "…은 한빛어린이공원 지하에 조성된다": a word glued onto the noun
    the question word governs, ending in it, is the name of one of that kind, however Kiwi cuts
    the letters before (into a numeral and a determiner, for a name it does not know). Not a word
    the question says, nor one with a figure in it ("제2공원")."""
    nouns = which_nouns(question)
    noun = nouns[0] if nouns else ""
    if len(noun) < 2:
        return None
    qsq = squash(question.query)
    for m in re.finditer(rf"(?<![가-힣A-Za-z0-9·])([가-힣A-Za-z·]{{2,}}?){re.escape(noun)}"
                         rf"(?=(?:은|는|이|가|을|를|의|에|에서|에는|으로|로|과|와|도)?(?![가-힣A-Za-z0-9]))", text):
        word = m.group(0)
        # (a common compound is no name: 시범사업, 구축사업 are kinds of 사업, 비수도권지역 a kind of
        # 지역; a name has a proper noun in it, a word Kiwi does not know, or letters it cuts into
        # numerals and determiners, as it may cut a name it does not know)
        if word in qsq or not any(t.tag in ("NNP", "SL", "NR", "MM") or getattr(t, "oov", False) for t in pos(m.group(1))):
            continue
        return Span(m.start(), m.end(), word, 1.0, True, False, False)
    return None


# a post asked of someone ("이희준 씨 직책이 뭐였지?", "반기문이 맡은 직위는?"): the answer is the
# title news writes beside the name, not a name (not "직책 수당은 얼마야?": a post's allowance).
# (Not post_asked(), which reads the holder of a post asked: "가람군수는 누구야?")
POSITION_ASKED = re.compile(r"(?:직책|직위|직함|벼슬|관직|보직|직급|직명)(?:은|는|이|을|으로|이었|였)?"
                        r"\s*(?:(?:이|가)?\s*(?:무엇|뭐|어떻|어떤|어느|무슨)[가-힣]*|인가요|이야|은\?)?\s*[?？]?\s*$"
                        r"|(?:어떤|무슨|어느)\s*(?:직책|직위|직함|벼슬|관직|보직|직급)")
# the particles after a title ("경제투자실장은"), or nothing: the title ends there
_TITLE_ENDS = r"(?=은|는|이|가|의|을|를|과|와|도|으로|로|에|직|[,.\s)」’”]|$)"
# the verbs of holding a post: "외교안보보좌관을 지냈다", "예조 참판에 임명됐다"
_HELD = r"\s*(?:을|를|으로|로|에|직을|직에)\s*(?:[가-힣]+\s+){0,2}?(?:지냈|지낸|지내|역임|맡|임명|취임|올랐|오른|발탁|선출|선임|승진|승급|제수|재직|근무)"
# a word between a name and its title names where the post is ("경기도", "행안부"): a bare noun,
# no particle on it ("씨 가족은 지난해 공장" is no post)
_BARE_WORD = r"[가-힣A-Za-z0-9·]+(?<![은는을를의에와과])"


@lru_cache(maxsize=4096)
def _position_patterns(name: str):
    title = rf"[가-힣A-Za-z0-9·]*?(?:{TITLES})"
    n = re.escape(name)
    return (
        # "이희준 경기도 경제투자실장은", "김한종 장성군수는": the name, then the title
        re.compile(rf"(?<![가-힣]){n}(?:\s+|\s*씨\s+)((?:{_BARE_WORD}\s+){{0,2}}?{title}){_TITLE_ENDS}"),
        # "행안부 차관 한창섭": the title, then the name
        re.compile(rf"(?<![가-힣])((?:{_BARE_WORD}\s+){{0,2}}?{title})\s+{n}(?:(?![가-힣])|(?=(?:은|는|이|가|의|을|를|도|과|와|씨)(?![가-힣])))"),
        # "반기문은 참여정부에서 외교안보보좌관을 지냈다": the title held, later in its clause
        re.compile(rf"(?<![가-힣]){n}(?:은|는|이|가)\s+(?:[^\s,.]+\s+){{0,4}}?((?:[가-힣]+(?<![에의은는을를이가로서해년월일때])\s+)?{title}){_HELD}"),
    )


def position_span(question: Question, text: str) -> Span | None:
    """The post a sentence gives someone the question names ("이희준 경기도 경제투자실장은" for
    "이희준 씨 직책이 뭐였지?"), or None: the title beside the name, before or after it, or the
    one the name held later in its clause ("…외교안보보좌관을 지냈다")."""
    # (the one asked of: the question's topic or subject, or a name with 씨 — not "레이건" of
    # "헤이그가 레이건 대통령 밑에서 맡은 직책")
    names = re.findall(r"(?<![가-힣])([가-힣]{2,4}?)(?=\s*씨|(?:은|는|이|가)\s)", question.query)
    for name in dict.fromkeys(n for n in names if n in text and not POSITION_ASKED.match(n) and n not in GENERIC):
        for pattern in _position_patterns(name):
            m = pattern.search(text)
            if m:
                post = m.group(1).strip()
                # (as sure as a name: the post of the one asked, said beside them)
                return Span(m.start(1), m.start(1) + len(post), post, 1.0, True, False, False)
    return None


# a byline at the head of an article: "[가람일보=하용근 기자]", "(나래=뉴스1) 하용근 기자 =",
# "[가람일보 = 하용근·나다온기자]", "【가람뉴스】하용근 기자=" — the name(s) before 기자
# (a broadcast names its reporter as it hands over: "박준형 기자의 보도입니다")
_BYLINE = re.compile(r"(?:^|[\s=/\]】)])([가-힣]{2,4}(?:·[가-힣]{2,4})*)\s?기자(?=\s*[=\]】)]|\s|$|의\s?보도입니다)")


def _counted_by_head(question: Question, text: str) -> Span | None:
    """"…카메라 화소는?" over "1,200만 화소": the noun the question ends on stands after a figure
    as its counter, so the figure in it is what is asked (a quantity no unit table knows).
    Not a name asked ("…팀의 이름은?"), nor a noun only written glued to a number ("3팀")."""
    head = question.head
    if (question.asks not in ("entity", "description") or question.named or not head or len(head) < 2
            or not re.search(rf"{re.escape(head)}(?:은|는|이|가)?\s*[?？]?\s*$", question.text)):
        return None
    m = re.search(rf"(?<![\d.,])\d[\d,.]*(?:\s?[만억천백]+)?\s{re.escape(head)}(?![가-힣])", text)
    if m is None:
        return None
    return Span(m.start(), m.end(), m.group(0), 1.0, True, False, False)


# a designation with digits: a telephone number (02-3153-9021, 1588-0000), letters and digits
# together (M6461, A-3, 2B), or a number a counter 번/호 marks as borne ("3번 출구", "301호") —
# not "3번째" nor "몇 번이나", not a figure of a unit
_CODE = re.compile(r"(?<![A-Za-z0-9])(?:0\d{1,3}-\d{3,4}-\d{4}(?![\d-])|1[5-8]\d{2}-\d{4}(?![\d-]|\s?[년월일])"
                   # (a short service number called: "1390으로 전화하면", "120번으로 문의")
                   r"|1\d{2,3}(?=\s*(?:번으로|으로|로)\s*(?:전화|문의|연락))"
                   # (… or glossed in brackets after the line's name: "헬프라인(1336)", "상담전화(☎1393)")
                   r"|(?:(?<=전화\()|(?<=라인\()|(?<=센터\()|(?<=번호\()|(?<=☎))1\d{2,3}(?=\))|[A-Za-z]+-?\d[\dA-Za-z-]*|\d+[A-Za-z][\dA-Za-z-]*|\d+\s?(?:번|호)(?!째|\s*째|[가-힣]*(?:이나|씩)))")


def which_nouns(question: Question) -> tuple[str, ...]:
    """The nouns the question word governs, spaced compounds too ("어느 온라인 플랫폼에서" ->
    온라인, 플랫폼): a sentence naming one of them with its own name ("플랫폼인 ‘대구安방’") names
    the thing asked."""
    if question.asks not in ("entity", "place"):
        return ()
    return _which_nouns(question.text)


@lru_cache(maxsize=4096)
def _which_nouns(text: str) -> tuple[str, ...]:
    # (read for every sentence scored: once per question text)
    toks = pos(text)
    k = next((i for i, t in enumerate(toks) if t.form in ("어느", "어떤", "무슨") and t.tag == "MM"), None)
    out = []
    while k is not None and k + 1 < len(toks) and toks[k + 1].tag in ("NNG", "NNP", "SL"):
        k += 1
        out.append(toks[k].form)
    return tuple(w for w in out if w not in GENERIC)


def _code_span(question: Question, text: str, positions: list[int]) -> Span | None:
    """The designation nearest the question's words, the more so beside the thing it numbers
    ("M버스(M6461)" for "몇 번 버스"). Codes the question already gives are not the answer."""
    qsq = squash(question.query).lower()
    head = question.head if question.head != "번호" else None
    best = None
    for m in _CODE.finditer(text):
        code = m.group(0)
        if squash(code).lower() in qsq:
            continue
        score = _nearness(m.start(), m.end(), positions)
        if head and head in text[max(0, m.start() - 8):m.end() + 8]:
            score += W.head_next
        if best is None or score > best.score:
            best = Span(m.start(), m.end(), code, score, True, False)
    return best


# words written apart by spaces or by a middle dot of any of its forms ("김기영⸱경자청")
_WORD_SPLIT = re.compile(r"[\s·ㆍ⸱･‧•]+")


def holds_answer(question: Question, text: str) -> bool:
    """The sentence holds something of the shape asked for: a figure of the kind and unit, a
    person's name (a proper noun, or a word beside a title: 청장 김기영), a name when the
    question asks for one, not words the question already says."""
    from .abstain import figures_of_kind

    if question.asks_value:
        return bool(figures_of_kind(question, figures(text), text))
    if question.numbered:
        return value_span(question, text) is not None  # a number borne, whatever else the sentence says
    if question.asks == "list":
        # (a list has no span: "사업 두 가지 이름 알려줘" is held by the items the sentence lists)
        return bool(answer_items(question, text))
    if question.head in MEANING_HEADS and _gloss_span(question, text) is not None:
        return True  # "'가람족'이 무슨 뜻이야?" <- "‘가람족(가람+나래족)’": the word glossed where it is written
    if question.head in ADDRESS_HEADS:
        return _ADDRESS.search(text) is not None  # "주소 알려줘": a street and number, not a building's name
    if _counted_by_head(question, text) is not None:
        return True  # "1,200만 화소" for "…화소는?": a figure counted by the noun asked
    span = value_span(question, text)
    if span is None:
        return False
    q_morphs = {t.form.lower() for t in pos(question.query) if t.tag in NOUNISH}
    # (a person's span holding a word that opens with a surname, not the question's, names
    # someone new however Kiwi reads it: "정오늘" as 정 + 오늘)
    unread_name = False
    if span.person:
        asked_sq = squash(question.query)
        unread_name = any(_surname_first(w) and w not in asked_sq for w in span.text.split())
    if not unread_name and (all(t.form.lower() in q_morphs or t.form in GENERIC for t in pos(span.text) if t.tag in ("NNG", "NNP", "SL")) or all(
            place_stem(PARTICLE_END.sub("", w)) in squash(question.query) or w in GENERIC
            for w in _WORD_SPLIT.split(span.text.lower()) if w)):
        # (a word of no content beside it says nothing more: "최근 ○○체험관")
        return False  # only what the question already says ("김기영 경자청장" for "김기영 청장 전의 경자청장은?")
    head = question.head
    titled = bool(re.search(r"[《〈「『<'‘“]", text[max(0, span.start - 1):span.start + 1]))
    if question.asks == "person" and _another_post(question, text, span.text):
        # "기관장 이름이 뭐예요?" is not answered by "서대문구(구청장 이성헌)": the holder of
        # another post (관장 would do: the post asked may be said short)
        return False
    if (question.asks == "person" or question.named) and _ANONYMOUS.fullmatch(span.text.strip()):
        # "대표이사 이름이 뭐야?", "총책 이름이 뭐야?" (a name asked of whatever role) are not
        # answered by "대표이사 A씨": news withholds the name
        return False
    if (question.asks in ("entity", "place") and head and head_kind(head) != "person"
            and not _PERSON_TITLED.search(squash(head)) and not POSITION_ASKED.search(question.query)
            and _NAME_AND_POST.fullmatch(span.text.strip())):
        return False  # "초등학교 이름이 뭐예요?" is not answered by "윤서준 도시공공개발국장": someone, by the post
    kind = kind_asked(question)
    if kind and not _of_kind(kind, span.text, q_morphs):
        return False  # a body of the kind asked is named ("iM뱅크", "농협은행"), not "주거비 부담"
    if question.asks in ("entity", "place") and question.head and BODY_HEAD.search(question.head) and any(
            f.kind in ("money", "percent", "measure", "time", "count") for f in figures(span.text)):
        return False  # "어느 기관이 맡았어?" is not answered by "기간 4만 명": a count names no body
    if names_event_only(question, text, span):
        # "어느 기관이 맡았어?", "우승은 어디가 했어?" are not answered by "제5회 가람문화축제":
        # an event is neither a body nor a place (unless an event is what is asked: "무슨 대회?")
        return False
    if _topic_as_place(question, span.text):
        return False
    if _actor_as_venue(question, text, span):
        return False
    if _glosses_asked_name(question, text, span):
        return False  # "협약식은 어디서?" is not answered by the 한국토지주택공사 of "LH(한국토지주택공사)": LH is asked of
    if trade_asked(question) and _VENUE_HELD.match(text, span.end):
        # "시공업체는 어디예요?" is not answered by "…복지관 광장에서 … 준공식을 열었다": where an
        # event was held is no firm
        return False
    if trade_asked(question) and question.asks in ("entity", "place") and _names_ground(span.text) \
            and _AT_GROUND.match(text, span.end):
        # "시공한 건설사는 어디야?" is not answered by "가람군 가람읍내 중심시가지", "설계한 업체는?"
        # not by "나래산 일원에": a place on the ground is no firm (a city is a body, no firm either)
        return False
    if body_asked(question) and len(squash(span.text)) < 2:
        return False  # "시공한 건설사는?" is not answered by the 만 of "10개월 만에": one letter names no firm
    if body_asked(question) and not _may_name_body(text, span.start, span.end, q_morphs):
        # "어느 기관이 맡아?" is not answered by "개선 우선 지원", "어느 건축사무소?" not by
        # "내년3월" nor "전농동 691-3 일대": no name, a date, an address
        return False
    if (head and len(head) == 1 and question.asks in ("place", "entity") and not squash(span.text).endswith(head)
            and not titled  # a work is named in marks whatever its kind (책 이름 -> 《고려국사》)
            # (a city or a county is named without its unit as often: "어느 시에?" <- "…는 가람에
            # 지어진다", a proper noun ending in no unit of another level)
            and not (head in ("시", "군") and _bare_place_name(span.text))
            and re.search(rf"(?:어느|어떤|무슨)\s*{re.escape(head)}|(?:^|\s){re.escape(head)}(?:의)?\s",
                          question.text)):
        # 어느 구에? wants "○○구", "공포된 법 이름은?" "○○법"; but 작 of "스핀오프작 제목은?" is
        # part of a word, and any title answers
        return False
    # "이름이 뭐야?" wants a name, not a title: a proper noun, a Latin name or a quoted title
    # tagged in its sentence: alone, Kiwi may tag 조선주택영단 a common noun; a figure is no name
    if (question.named or which_nouns(question) or question.asks == "place") and _figures_only(span.text):
        # "관측선 이름이 뭐야?" is not answered by "498t급 1척": a figure is no name, and "어디에
        # 있어?" not by "2곳": no place either
        return False
    if (question.named or question.asks == "place" or kind_asked(question) or which_nouns(question)
            or (question.asks == "entity" and head and BODY_HEAD.search(head))) \
            and _names_quantity(span.text, head if question.named else None):
        # "총책 이름이 뭐야?" is not answered by "슈퍼카 4대", "어디에 신청해?" not by "상한액", "어느
        # 회사가 맡았어?" not by "학생 1300여명": a phrase ending in a quantity or in a noun naming one
        # names neither someone, nor a place, nor a body
        return False
    if question.asks == "place" and which_nouns(question) and not (
            span.proper or titled or _named_in(text, span, q_morphs)
            or any(t.tag in ("NNP", "SL") and t.form.lower() not in q_morphs for t in pos(text))):
        # "어느 동네에?" wants a place's name: a sentence naming none ("1만여㎡ 크기 다목적
        # 재난대피시설을 5곳을 만든다") does not say where
        return False
    named = not question.named or (_named_in(text, span, q_morphs)
                                   or any(t.tag in ("NNP", "SL") and t.form.lower() not in q_morphs
                                          for t in pos(span.text))
                                   or titled)
    if question.asks in ("entity", "place") and head and BODY_HEAD.search(head) and span.text.split() \
            and head_kind(PARTICLE_END.sub("", span.text.split()[-1])) == "person":
        return False  # "어느 업체가 맡아?" is not answered by "가람구 관계자": a person, no firm
    if question.asks in ("entity", "place") and head and BODY_HEAD.search(head) and _official(span.text):
        # a body or a firm asked ("조사기관 이름은?", "위탁업체는 어디?"): an official named by
        # title ("김주호 시 복지여성국장") is a person, not the thing asked. Not a place: "어느
        # 나라의 대사인가?" is answered by "오스트리아 대사"
        return False
    asked_post = post_asked(question) if question.asks == "person" else None
    # (울주군수 asked: its 군수, when the sentence names one)
    post = asked_post if asked_post and (asked_post == head or asked_post in squash(text)) else None
    if question.asks == "person" and head and len(head) >= 2 and (head.endswith("장") or post) \
            and head not in squash(text):
        title = _PERSON_TITLED.search(squash(span.text))
        office = post or head
        if title and not office.endswith(title.group(0)) and not title.group(0).endswith(office):
            # "보건지소장은 누구?" is not answered by "고창군수", where no 보건지소장 is named, nor
            # "울주군수 이름은?" by "울주군 관계자"
            return False
        # the head of a body (청장 of …자유구역청장): a post of three syllables or more (위원장),
        # or one after its body's name of two or more; not 수장, nor a name such as 주원장. A
        # role (대통령, 담당자, 지휘자) is often said by what its holder did instead
        # (the post as the question writes it: Kiwi may cut 우주항공청장 to 우주 + 항공 + 청장)
        written = next((c.text for c in question.constraints if c.kind == "post" and c.text.endswith(head)), head)
        held = _PERSON_TITLED.search(squash(written))
        if not title and held and (held.group(0).endswith(("장", "대표")) or held.group(0) in BODY_HEADS) \
                and (held.start() >= 2 or (held.start() == 0 and len(held.group(0)) >= 3)) \
                and not (post and post in squash(text)) \
                and held.group(0) not in squash(text):
            # the head of a body asked and no such post named in the sentence, nor on the phrase:
            # "추진위원장은 누구?" is not answered by the 작품 of "소장 작품이" (a title word in
            # another sense), "회담 수석대표는 누구?" not by the 남북 of "남북은 회담을 열고"
            return False
        if not title and not span.person and head.endswith("장") and len(head) >= 2:
            # nor, the post unnamed in the sentence, by a phrase that names no one: "지원단 단장이
            # 누구야?" is not answered by "정신건강관련 예산" (a post's holder is said by name)
            return False
    if question.asks == "person" and len(squash(span.text)) < 2:
        return False  # one letter is no one's name ("B/C값" gives B)
    if question.asks == "person" and _head_post_unsaid(question, text, span):
        # "보건소장 이름 알려줘" is not answered by "전북 부안군", "원장 이름이 뭐예요?" not by
        # "서울에서 … 운영해 온": the head asked is not in the sentence, and the span is not a
        # person's name beside a title either
        return False
    if asked_post and asked_post not in squash(text):
        beside = _post_beside(text, span)
        if beside and not (beside.endswith(asked_post) or asked_post.endswith(beside) or beside.startswith(asked_post)
                           or asked_post.startswith(beside)):
            # "운영사 대표이사는 누구야?" is not answered by "나래준 … 총괄이사는", "대표 누구?" not
            # by "나래준 / 가람케이블카 경영지원본부 차장": the holder of another post, the one
            # asked unnamed
            return False
        if beside is None and asked_post in _FIRM_POSTS and not re.search(r"씨$", span.text.strip()) \
                and not re.match(r"\s*씨", text[span.end:]):
            # (… unless named as someone, 씨: "가람케이블카는 나래준 씨가 운영한다")
            # "운영사 대표 누구?" is not answered by "…장군의 마지막 격전지인 나래해협": a firm's
            # head is named with the post (a role, 감독, 작가, is said by what was done as often)
            return False
    if question.asks == "person" and span.text.split() \
            and PARTICLE_END.sub("", span.text.split()[-1]) in _UNNAMED_ROLES:
        return False  # "대표는 누구예요?" is not answered by "가람아웃도어 관계자": news names no one so
    if question.asks == "person" and question.head in _UNNAMED_ROLES \
            and question.head not in text[max(0, span.start - 16):span.end + 16]:
        # "센터 관계자 이름은?" is answered by a name beside the role ("센터 관계자 김다온 씨는"),
        # not by a word of a sentence saying no 관계자 near it ("배회 예방 인식표", an NNP to Kiwi)
        return False
    if question.asks == "person":
        # a name of its own (연산군, 토트메스 3세), not a body's (동남지방통계청) nor a count (30명);
        # "국장 이름이 뭐야?" wants both: a person's name ("대구시 대표 도서관" is a name of no one)
        # the name of a post's holder ("도시재생과장 이름이 뭐예요?") is a person's: a proper noun
        # that is no person ("원도심") does not answer it
        if question.named and asked_post:
            # (the post's holder is named beside the post: "울주군수 이름은?" is not answered by
            # "울주군 관계자는 …" where no 군수 is named)
            # (a name Kiwi does not know, said with the post itself, "유희태 완주군수는", is one)
            # (a name Kiwi does not know, said as the word before the post itself — "유희태
            # 완주군수는", "구인모 군수는" — is one; not one word Kiwi knows, "신임 완주군수는", nor the
            # question's own place, "거창 군수는")
            words = [PARTICLE_END.sub("", w) for w in re.sub(r"[^가-힣\s]", " ", span.text).split()]
            posts = {squash(c.text) for c in question.constraints if post and squash(c.text).endswith(post)}
            posts |= {post} if post else set()
            own = {squash(c.text) for c in question.constraints}
            # (the post may carry the question's place glued on: "하용근 광주경찰청장은" for
            # "광주경찰청장 이름", where the question's post is 경찰청장 and its place 광주)
            held = words[-1] in posts or any(words[-1].endswith(p) and words[-1][:-len(p)] in own for p in posts) \
                if words else False
            titled_name = (len(words) >= 2 and held and re.fullmatch(r"[가-힣]{2,4}", words[-2]) is not None
                           and not one_known_word(words[-2]) and words[-2] not in own)
            # (… or before the body the question names: "김다온 군 시설관리공단 이사장")
            qsq = squash(question.query)
            titled_name = titled_name or (
                len(words) >= 3 and words[-1] in posts and re.fullmatch(r"[가-힣]{2,4}", words[0]) is not None
                and _holder_named(words[0], words[1:-1], qsq))
            return (named or titled_name) and span.person and post is not None
        return named and (span.person or (_named_in(text, span, q_morphs) and _names_head(text, span))
                          or _body_does_it(question, text, span))
    return named


def _written_post(question: Question) -> str | None:
    """The post a person is asked by, as the question writes it: "보건소장" (Kiwi may cut it to
    보건소 + 장), "원장", "센터장"; a head of a body, ending in 장."""
    post = post_asked(question) or question.head
    if not post:
        return None
    if len(post) < 2:
        post = _as_written(question, post)  # (the one-letter head of "보건소장 이름")
    return post if post and post.endswith("장") and len(post) >= 2 else None


def _as_written(question: Question, tail: str) -> str | None:
    """The longest word of the question (its particle cut) ending in ``tail``: a post as the
    question writes it, where Kiwi cut it ("보건소장" as 보건소 + 장, "다온지회장" as 다온 + 지 + 회장)."""
    words = [w for w in (PARTICLE_END.sub("", x) for x in re.findall(r"[가-힣]+", question.query))
             if len(w) >= 2 and w.endswith(tail)]
    return max(words, key=len, default=None)


# a place's particle after a word: where, not who ("서울에서 … 운영해 온")
_PLACE_PARTICLE_AFTER = re.compile(r"(?:에서|에게서|으로부터|에|으로|로)(?![가-힣])")


def _head_post_unsaid(question: Question, text: str, span: Span) -> bool:
    """A head of a body asked ("원장", "보건소장", "과장 이름") where the sentence writes no such
    post, and the span is no one's name: set after a list's mark ("▲블루베리"), followed by a
    place's particle ("서울에서 … 운영해 온"), a place with its unit after another word ("전북
    부안군"), or a compound of common words ("광역버스"). (A name of any shape is someone's
    otherwise: a foreign one, "다부", has no surname.)"""
    post = _written_post(question)
    if post is None or post in squash(text) or post[-2:] in squash(text):
        return False
    if any(_PERSON_TITLED.search(PARTICLE_END.sub("", w)) for w in span.text.split()) or _post_beside(text, span):
        return False  # ("센터장 김민수" for "기관장 이름": a post of its own named)
    words = span.text.split()
    if not words:
        return False
    marked = text[max(0, span.start - 1):span.start + 1].strip()[:1] in ("▲", "△", "■", "□", "◆", "◇", "○", "●")
    place = len(words) >= 2 and ADMIN_NAME.search(PARTICLE_END.sub("", words[-1])) is not None
    # (a compound of common words Kiwi knows, "광역버스" as 광역 + 버스, is a thing; a name is read
    # as one word, whether Kiwi knows it or not)
    common = len(words) == 1 and sum(1 for t in pos(PARTICLE_END.sub("", words[0])) if t.tag == "NNG" and len(t.form) >= 2) >= 2
    return marked or place or common or _PLACE_PARTICLE_AFTER.match(text, span.end) is not None


def _body_does_it(question: Question, text: str, span: Span) -> bool:
    """"운영은 누가 맡나요?" <- "가람육아지원센터가 운영을 맡아": 누가 asks who does it, and a body
    named as the doer of the question's verb answers, when no person's post or kin is asked."""
    if not question.predicate or (question.head and head_kind(question.head) == "person"):
        return False
    words = span.text.split()
    if not words or not _BODY_NAME.search(squash(_GLOSS.sub("", words[-1]))):
        return False
    return re.match(r"(?:이|가|에서)\s", text[span.end:span.end + 3]) is not None \
        and question.predicate in text[span.end:span.end + 24]


# the posts of a firm's or a body's head, named with the post whenever news names their holder
_FIRM_POSTS = frozenset({"대표", "대표이사", "사장", "회장", "이사장", "부사장", "전무", "상무", "이사"})


def _post_beside(text: str, span: Span) -> str | None:
    """The post written at a name: the span's own last word when it is one ("총괄이사"), or the
    title right after the name, a few bare words between ("나래준 / 가람케이블카 경영지원본부
    차장"), or right before it ("차관 한창섭")."""
    words = span.text.split()
    last = PARTICLE_END.sub("", squash(words[-1])) if words else ""
    if _PERSON_TITLED.search(last):
        return last
    after = _POST_AFTER.match(text, span.end)
    if after:
        return after.group(1)
    # (the words just before the name: a title is a word of a few letters, not the whole text)
    before = _POST_BEFORE.search(text[max(0, span.start - 40):span.start])
    return before.group(1) if before else None


# a title after a name, a few bare words between, and one right before it (_post_beside: compiled
# once, as they are read for every sentence a person question scores)
_POST_AFTER = re.compile(rf"\s*(?:/\s*)?(?:{_BARE_WORD}\s+){{0,3}}?([가-힣]*(?:{TITLES})){_TITLE_ENDS}")
_POST_BEFORE = re.compile(rf"(?<![가-힣])([가-힣]*(?:{TITLES}))\s+$")


def _bare_place_name(phrase: str) -> bool:
    """``phrase`` is one proper noun of two or three syllables with no administrative unit or
    body ending of its own (가람, not 가람구, 가람대학): a place named without its unit."""
    word = PARTICLE_END.sub("", phrase.strip())
    toks = pos(word)
    return (re.fullmatch(r"[가-힣]{2,3}", word) is not None and len(toks) == 1 and toks[0].tag == "NNP"
            and _KIND_END.search(word) is None)


def _unit_of_figure(text: str, start: int, squashed: str) -> bool:
    """The phrase is the unit of the figure right before it ("9000만 원", "19 대")."""
    return is_unit(squashed) and re.search(r"[\d만억천백십조]\s*$", text[max(0, start - 4):start]) is not None


def _quantity_name(word: str) -> bool:
    """``word`` names a quantity (시청률, 규모, 비용, 길이): a kind noun of one, or a rate by its
    suffix — not a name ending as a count's suffix might (김철수)."""
    return HEADS.get(word) in ("percent", "amount", "count", "measure") or (
        len(word) >= 3 and word[-1] in "률율" and not pos(word)[0].tag == "NNP")


# the words news speaks through when it names no one: "업체 관계자는", "시 담당자는"
_UNNAMED_ROLES = frozenset({"관계자", "관계자들", "담당자", "당국자", "소식통", "실무자"})


# the heads of a body whose post does not end in 장 (대표이사 of a foundation, 장관 of a ministry)
BODY_HEADS = frozenset({"대표이사", "장관", "차관", "총재", "총리"})


# firms by their trade: asked "어느 건설사가?", and named as often by a word Kiwi does not know
# ("빅히트 엔터테인먼트"), so "회사의 이름은?" does not ask for a name ending in 회사
_FIRM_KINDS = ("회사", "건설사", "시공사", "제작사", "운영사", "통신사", "항공사", "보험사", "증권사", "여행사",
               "출판사", "배급사", "신문사", "방송사", "카드사", "사무소")
# kinds of body or place a name ends in: "어느 은행?" is not answered by "대구시", nor "어느 병원?" by
# "○○대학교" (a kind asked alone: 기관, 업체 take any body)
_KINDS = ("은행", "병원", "의료원", "대학교", "대학", "학교", "공항", "센터", "공사", "공단", "협회", "재단",
          "법원", "경찰서", "소방서", "박물관", "도서관", "미술관", "체육관", "시청", "구청", "군청", "도청",
          "교도소", "구치소", "연구소", "연구원", "방송국", "우체국", "보건소", "경기장", "극장", "호텔", "교회", "성당",
          "유치원", "어린이집",
          # firms by their trade ("어느 건설사가 맡았어?")
          *_FIRM_KINDS)
BODY_KINDS = _KINDS
# how a programme or a plan is named: what is done, no body doing it ("산곡천 생태하천 복원사업")
_PROGRAMME_END = re.compile(r"(?:사업|계획|정책|프로젝트)$")
# the units a place is named with (부산시, 가람군, 강서구, 나래읍)
_ADMIN_UNITS = "특별자치시|특별자치도|광역시|특별시|시|도|군|구|읍|면|동"
_KIND_END = re.compile("(?:" + "|".join(_KINDS) + rf"|[가-힣](?:{_ADMIN_UNITS}|지역))$")


def _names_more(prefix: str) -> bool:
    """What stands before the noun asked in a phrase ending in it names which one: a word
    ("가람" of 가람대학), not a date glued on ("20일 농어촌관광휴양단지" is the
    question's own 농어촌관광휴양단지, said on a day)."""
    # (a bare number does name one: "731 부대")
    return not re.fullmatch(r"(?:\d[\d.,]*\s*(?:년|월|일|시|분)\s*)+", prefix)


def _may_be_name(word: str) -> bool:
    """``word`` may be a person's name Kiwi does not know: not one word of its vocabulary
    (신임, 이날), no particle or ending in it ("이에" is 이 + 에), not one adverb (또한); a
    name it cuts into odd pieces still may be (한종탁 -> 한 + 종 + 탁)."""
    toks = pos(word)
    return (not one_known_word(word) and not any(t.tag[0] in "JE" for t in toks)
            and not (len(toks) == 1 and toks[0].tag not in ("NNP", "NNG")))


def one_known_word(word: str) -> bool:
    """Kiwi reads ``word`` alone as one word of its vocabulary, not a proper noun (신임, 현직)."""
    toks = pos(word)
    return len(toks) == 1 and not getattr(toks[0], "oov", False) and toks[0].tag != "NNP"


def kind_asked(question: Question) -> str | None:
    """The kind of body asked for by its noun ("어느 은행에서" -> 은행), when it is one of _KINDS."""
    if question.asks not in ("entity", "place"):
        return None
    which = which_nouns(question)
    head = question.head
    # the head asked: governed by the question word ("어느 은행에서"), or ending the question ("…
    # 시작된 대학은?", "…시공사는 어디야?"); not the topic of another question word ("센터는 뭘
    # 지원해?")
    # ("어느 은행 카드예요?": the card of which bank, 은행 the kind asked)
    asked = next((w for w in reversed(which) if w in _KINDS), which[-1]) if which else head if head and re.search(
        re.escape(head) + ("" if head in _FIRM_KINDS else r"(?:\s*(?:의\s*)?(?:이름|명칭))?")
        + rf"(?:은|는|이|가)?\s*(?:(?:어디|어느\s*곳|무엇|뭐)[가-힣]{{0,4}})?\s*[?？]?\s*$",
        question.text) else None
    return asked if asked in _KINDS else None


def _of_kind(kind: str, phrase: str, q_morphs: set) -> bool:
    """The phrase may name a body of the kind asked: it ends in the kind ("가람은행") or is a
    name of its own ("iM뱅크"), and is no other kind's name ("대구시"), no post ("부시장") and
    no programme ("…복원사업")."""
    return not (_other_kind(kind, phrase) or _PERSON_TITLED.search(squash(phrase))
                or _PROGRAMME_END.search(squash(phrase))) and (
        _ends_in_kind(squash(phrase), kind)
        or any(t.tag in ("NNP", "SL") and t.form.lower() not in q_morphs for t in pos(phrase))
        # (a word Kiwi does not know ending the phrase is a name as often as a proper noun,
        # "나래이노베이트가 맡는", unless it ends as a public body does: "기후에너지환경부". Whatever
        # particle follows: asking it to be the clause's doer or topic cost a first line on the
        # validation sets)
        or _unknown_name_last(phrase, q_morphs))


def _unknown_name_last(phrase: str, q_morphs: set) -> bool:
    """The last noun of ``phrase`` is a word Kiwi does not know, not the question's, not ending as
    a body does."""
    last = next((t for t in reversed(pos(phrase)) if t.tag.startswith("N") or t.tag == "SL"), None)
    return last is not None and last.tag == "NNG" and getattr(last, "oov", False) \
        and last.form.lower() not in q_morphs and not _BODY_NAME.search(last.form)


def _other_kind(asked: str, phrase: str) -> bool:
    """The phrase is a name of another kind (대구시, ○○대학교) than the one asked (어느 은행, 무슨
    병원)."""
    # (… or the name in its brackets: "나래권(가람대병원)" names a hospital)
    for name in [squash(_GLOSS.sub("", phrase))] + [squash(g) for g in re.findall(r"\(([^()]{2,})\)", phrase)]:
        end = _KIND_END.search(name)
        if end is not None and len(name) > len(end.group(0)) and not _ends_in_kind(name, asked):
            return True
    return False


def _ends_in_kind(name: str, kind: str) -> bool:
    """``name`` (squashed) ends in ``kind`` (대학 asked, "○○대학교" named: one kind written short
    or long)."""
    end = _KIND_END.search(name)
    return len(name) > len(kind) and (name.endswith(kind) or (
        end is not None and len(name) > len(end.group(0)) and (end.group(0).startswith(kind) or end.group(0).endswith(kind))))


# counters of a place's parts: "본관 2층", "3번 출구", "101호" say where
_PLACE_COUNTERS = ("층", "호", "동", "번", "번지", "번길", "관", "실", "구역", "게이트", "출구", "홀")
# the value kinds a noun may name (head_kind): 상한액 a sum, 규모 a count, 기간 a span
_VALUE_KINDS = frozenset({"amount", "count", "percent", "measure", "duration", "date", "age"})


def _names_quantity(phrase: str, head: str | None) -> bool:
    """The phrase ends in a quantity ("슈퍼카 4대", "시상금 100만원"; not a place's part, "본관
    2층", nor a number naming one, "아폴로 11호") or in a noun naming a value ("지원금 상한액",
    "사업 규모"), unless ``head``, the noun whose name is asked, names that kind ("…기간의
    이름은?" may be answered by one)."""
    words = phrase.split()
    if not words:
        return False
    last = PARTICLE_END.sub("", words[-1]) or words[-1]
    found = figures(last)
    if (len(found) == 1 and found[0].text == last and re.search(r"\d", last) and re.search(r"[^\d]$", last)
            and (found[0].kind in ("money", "percent", "measure")
                 or (found[0].kind == "count" and not last.endswith(_PLACE_COUNTERS)))):
        return True
    # (a noun of the table, or a compound ending in one of two syllables or more: 지원금, 사업
    # 규모; of head_kind's one-syllable endings only a sum's (상한액, 입장료) on a common noun: 수
    # reads 추신수 and 유격수 as counts, 율 a given name, 서율)
    kind = None if re.search(r"\d", last) else next(
        (HEADS[last[-n:]] for n in range(len(last), 1, -1) if last[-n:] in HEADS), None)
    if kind is None and len(last) >= 3 and last.endswith(AMOUNT_SUFFIXES) and \
            all(t.tag == "NNG" for t in pos(last)):
        kind = "amount"
    return kind in _VALUE_KINDS and (head is None or head_kind(head) != kind)


def _figures_only(phrase: str) -> bool:
    """The phrase is figures and their counters (498t급 1척, 304개) or a time ("내년 2월", "이달
    1일": the time words news counts from its day are dates too): fewer than two letters stand
    outside them."""
    found = [*figures(phrase), *time_words(phrase)]
    rest = phrase
    for f in found:
        rest = rest.replace(f.text, " ")
    # (a figure's hedge is part of it: "20만원 상당", "300억 규모")
    rest = _FIGURE_HEDGE.sub(" ", rest) if found else rest
    return bool(found) and len(re.findall(r"[가-힣A-Za-z]", rest)) < 2


_FIGURE_HEDGE = re.compile(r"(?<![가-힣])(?:상당|규모|수준|가량|정도|안팎|내외|남짓|어치)(?:의|을|를|이|가)?(?![가-힣])")


# the kind nouns of a body or a firm (조사기관, 위탁업체, 회사, 단체, 운영법인)
# how a body's name ends (a body asked: 기관, 단체), places left out: 지역, 역, 구 are no bodies
_BODY_NAME = re.compile(r"(?:청|원|소|단|회|처|부|과|팀|실|국|공사|공단|협회|센터|재단|연구소|은행|그룹|조합|학교|대학교?)$")
# a public body asked ("어느 부처", "어느 기관", "담당 부서"): its name ends in a body's ending (a
# firm's name may be any brand: 회사, 업체, 단체 are not asked so)
_OFFICE_HEAD = re.compile(r"(?:기관|부서|부처)$")


def _names_office(phrase: str, text: str, start: int, end: int, stem_toks, q_morphs: set) -> bool:
    """The phrase may name a public body: it ends in a body's ending (Kiwi may read its last
    syllable as a particle: 일자리정책|과에서) or in 기관 itself ("관련 전문기관"), or is a proper
    name, or stands in quotation marks."""
    name = squash(_GLOSS.sub("", phrase))
    return bool(_BODY_NAME.search(name) or _BODY_NAME.search(name + text[end:end + 1]) or name.endswith("기관")
                or _company_marked(text, start, end)
                or any(t.tag in ("NNP", "SL") and t.form.lower() not in q_morphs for t in stem_toks)
                or (start > 0 and text[start - 1] in "\"'‘“「『《〈<"))


# "X에 따르면", "X에 의하면": X is where the figures come from
_ACCORDING = re.compile(r"\s*(?:에|의)\s*(?:따르면|의하면)")
BODY_HEAD = re.compile(r"(?:기관|업체|회사|단체|기업|법인|부서|부처)$")


# the nouns an event's name ends in: a festival, a games, a fair, an exhibition
# (and a gathering: a briefing, a hearing, a ceremony is where something was said or done, no body
# nor place; 회의 is left out: its 의 reads as a particle)
# (행사, not the 행사 of a firm's trade: 여행사, 대행사, 시행사, 발행사)
_EVENT_NOUNS = ("축제|대회|체전|박람회|전시회|(?<![여대시발])행사|페스티벌|엑스포|올림픽|대축전|문화제|예술제|영화제|공모전"
                "|보고회|설명회|간담회|토론회|공청회|발표회|차담회|기자회견|포럼|세미나"
                "|시상식|개막식|폐막식|기념식|착공식|준공식|출범식|협약식")
_EVENT_END = re.compile(f"(?:{_EVENT_NOUNS})$")
# … and a question asking for one by it ("대회는 어디", "축제 이름은 뭐")
_EVENT_ASKED = re.compile(rf"(?:{_EVENT_NOUNS})(?:은|는|이|가|의)?\s*(?:어디|무엇|뭐|어느)")


# the endings of a firm's name by its trade or its make ("나래엔지니어링", "가람 컨소시엄")
_FIRM_END = re.compile(r"(?:건설|전자|엔지니어링|컨소시엄|콘소시엄|그룹|홀딩스|중공업|물산|상사|증권|캐피탈|코리아|제약"
                       r"|기획|엔터테인먼트|프로덕션|스튜디오|연구소"
                       # (… or an office's: "기획팀", "운영본부"; 과 is _office_과's)
                       r"|팀|본부)$")


def _office_과(text: str, end: int) -> bool:
    """The span ending at ``end`` is an office's name with its 과 after it ("일자리정책과에서"):
    a 과 glued to a particle, as an office's name takes one; the 과 that joins two nouns ("지원과
    상담") stands before a space, and the 과 ending one noun (효과, 결과) is inside the span."""
    return re.match(r"과(?:에서|에게|에|는|가|의|장|로|으로|를|은|이|와|도)", text[end:end + 4]) is not None


# the words that make a phrase a place around a spot, no body: "전농동 691-3 일대"; or a region
# said as such, a word of its own: "동남아시아 권역", "수도권 지역"
_AROUND = re.compile(r"(?:일대|일원|인근|부근|주변)$|^(?:권역|지역|지방)$")


def body_asked(question: Question) -> bool:
    """The question asks for a body or a firm by its noun: "어느 기관이", "맡은 업체는 어디",
    "어느 건설사가", "건축사무소는 어디야"."""
    head = question.head
    return question.asks in ("entity", "place") and bool(head) and (
        BODY_HEAD.search(head) is not None or trade_asked(question))


# a person's title right before a name: "(의장 서금택)", "청장 김기영"
_AFTER_TITLE = re.compile(rf"(?:{TITLES})\s+$")


# a place named with its administrative unit: 부산시, 가람군, 강서구
ADMIN_NAME = re.compile(rf"[가-힣](?:{_ADMIN_UNITS})$")


# a stop or a junction on a route (가람역, 나래교차로, 한빛삼거리), a beach, a park: a place, never a
# firm (무역, 용역, 통역, 번역 are trades; not 산, which ends 물산 as often)
_SPOT_END = re.compile(r"(?:(?<![무용통번])역|교차로|삼거리|사거리|오거리|정류장|정류소|나들목|해수욕장|해변|공원|유원지|일원|일대)$")


def trade_asked(question: Question) -> bool:
    """A firm asked, not any body: "어느 업체", "회사", "기업", "건설사" (a city is a body, no firm)."""
    head = question.head or ""
    # (a kind of firm by its trade, glued: 시공업체, 운영업체, 협력기업)
    return head in ("업체", "회사", "기업", "법인") or head.endswith(_FIRM_KINDS + ("업체", "기업")) \
        or kind_asked(question) in _FIRM_KINDS


# where a phrase ends when it names a place on the ground: an administrative unit (가람군, 나래읍),
# a mountain, a stream, an island, a park, a quarter of a town
_GROUND_END = re.compile(rf"[가-힣](?:{_ADMIN_UNITS}|리|산|천|강|섬|공원|유원지|시가지|일원|일대|해변|해수욕장)$")


# where a place on the ground stands as a location: "…중심시가지에 …", "…일원에" (a firm's name
# ending so, 두산, takes 이/가 as a doer)
_AT_GROUND = re.compile(r"\s*(?:에(?!서)|일원|일대|인근|내\s)")


def _names_ground(phrase: str) -> bool:
    words = phrase.split()
    last = PARTICLE_END.sub("", squash(words[-1])) if words else ""
    return bool(_GROUND_END.search(last)) and not _FIRM_END.search(last)


# a web address ("garam.go.kr", "www.nare.or.kr"): where to apply, no body
_WEB_ADDRESS = re.compile(r"[A-Za-z0-9-]+\.(?:[A-Za-z0-9-]+\.)*(?:kr|com|net|org)\b", re.IGNORECASE)


def _may_name_body(text: str, start: int, end: int, q_morphs: set) -> bool:
    """``text[start:end]`` may be a body's or a firm's name: no figure in it (a date, an address,
    a count), no place around a spot, and a name in it — a proper noun, a Latin name, a word Kiwi
    does not know — or an ending of a body or a trade, or (주) beside it."""
    span = Span(start, end, text[start:end])
    toks = pos(span.text)
    # (the last word as spaced: a one-syllable ending of a body names one after a stem of two
    # syllables or more, 연구원, not 지원 of "개선 우선 지원")
    words = span.text.split()
    word = squash(words[-1]) if words else ""
    last = PARTICLE_END.sub("", word)
    if figures(span.text) or any(t.tag == "W_SERIAL" for t in toks) or _AROUND.search(last) \
            or _WEB_ADDRESS.search(span.text) \
            or re.search(r"(?:^|\s)등$", span.text.strip()) or _names_event(span.text) \
            or _AFTER_TITLE.search(text[max(0, start - 8):start]):
        # (nor a list, "CM송 ‘달라송’ 등", nor an event, "서울마라톤대회", nor someone named after
        # a title, "시의회(의장 서금택)")
        return False
    return (_named_in(text, span, frozenset(q_morphs))
            or any((t.tag in ("NNP", "SL") or (t.tag == "NNG" and getattr(t, "oov", False)))
                   and t.form.lower() not in q_morphs for t in toks)
            # (the span as written too, and with a 과 after it: the 과 of "일자리정책과" reads as
            # a particle, and the span stops before it)
            or any(len(w) >= 3 and (_INSTITUTION.search(w) or _FIRM_END.search(w)) for w in (last, word))
            or (len(word) >= 2 and _office_과(text, end))
            or _company_marked(text, span.start, span.end))


# the endings of nouns that name a place of their own kind: 후보지, 부지, 연구소, 사무처, 거처
_PLACE_NOUN_END = ("지", "소", "처", "곳", "터")


def _topic_as_place(question: Question, phrase: str) -> bool:
    """"인상안은 어디서 발표했어?" is not answered by "4분기 전기요금 인상안": where a place is asked
    of a thing, a phrase ending in that thing names what was done, not where. Not when the noun
    is itself a place or a body asked ("후보지는 어디?", "어느 병원?")."""
    head = question.head
    if question.asks != "place" or not head or len(head) < 2 or HEADS.get(head) == "place" \
            or head.endswith(_PLACE_NOUN_END) or head in _KINDS or BODY_HEAD.search(head):
        return False
    words = phrase.split()
    last = PARTICLE_END.sub("", words[-1]) if words else ""
    return bool(words) and last.endswith(head)


# where an event was held or a deal signed, asked: "협약식은 어디서 열렸어?", "서명식은 어디서 했어?"
_VENUE_ASKED = re.compile(r"어디(?:서|에서)\s*(?:[가-힣]+\s+)?(?:열렸|열리|열린|열릴|개최|체결|서명|진행|했|하나|해|치러|가졌|갖)")
# … of an event the question names: a ceremony, a meeting, a signing, a festival
_EVENT_NAMED_ASKED = re.compile(r"[가-힣]*(?:식|회의|행사|회담|대회|축제|공연|회견|간담회|설명회|토론회|박람회)(?:은|는|이|가|을|를|도)?(?![가-힣])")


def venue_asked(question: Question) -> bool:
    """Where an event the question names was held: "협약식은 어디서 열렸어?", "서명식은 어디서
    했어?" (not "신청은 어디서 해?", where to apply: the body taking it may be the answer)."""
    return (question.asks == "place" and _VENUE_ASKED.search(question.query) is not None
            and _EVENT_NAMED_ASKED.search(question.query) is not None)


def _actor_as_venue(question: Question, text: str, span: Span) -> bool:
    """"협약식은 어디서 열렸어?" is not answered by "가람시교육청은 8일 … 업무협약을 체결했다고 밝혔다":
    the body a sentence opens with as its topic is who held the event, not where (a venue is
    said with 에서)."""
    if not venue_asked(question):
        return False
    words = span.text.split()
    last = squash(words[-1]) if words else ""
    return (re.match(r"(?:은|는)\s", text[span.end:span.end + 2]) is not None
            and (ADMIN_NAME.search(last) is not None or _BODY_NAME.search(last) is not None))


def _glosses_asked_name(question: Question, text: str, span: Span) -> bool:
    """The span is the bracket spelling out an acronym the question gives ("LH(한국토지주택공사)"
    when the question names LH): the question's own name, not a new thing. (A bracket after a
    body's name in Korean is an aside as often, "가람청(청장 김민수)", and answers.)"""
    before = squash(text[max(0, span.start - 16):span.start]).lower()
    if not before.endswith("(") or not re.match(r"\s*\)", text[span.end:]):
        return False
    return any(re.fullmatch(r"[a-z]{2,6}", f) and before[:-1].endswith(f)
               for c in question.constraints if c.kind == "name" for f in c.forms)


# a venue, by the event held there after it ("…광장에서 … 참석한 가운데 준공식을 열었다")
_VENUE_HELD = re.compile(r"에서\s[^.]{0,60}?(?:참석한\s*가운데|(?:식|행사|대회|축제|회의|설명회|보고회|간담회|토론회)"
                         r"(?:을|를|이|가)?\s*(?:열었|열린|열렸|열려|개최|진행했|진행됐))")


def _names_event(phrase: str) -> bool:
    words = [PARTICLE_END.sub("", w) for w in _WORD_SPLIT.split(phrase.strip()) if w]
    return bool(words) and _EVENT_END.search(words[-1]) is not None


def names_event_only(question: Question, text: str, span: Span | None = None) -> bool:
    """A body or a place asked ("어느 기관이 맡았어?", "우승은 어디가 했어?") and the sentence's
    answer span is an event's name ("제5회 가람문화축제"), or, a body asked, the sentence names an
    event and no body at all (the event's name with a figure is no candidate for a body): it
    names the thing the question is about, not who or where."""
    body = question.asks == "entity" and question.head and BODY_HEAD.search(question.head)
    if not (question.asks == "place" or body) or _event_asked(question):
        return False  # (a thing asked, "참가한 것은?", is answered by an event as well as by anything)
    span = span or value_span(question, text)
    if span is not None and _names_event(span.text):
        return True
    # (a body asked passes over names with a figure, "26회 가람문화축제", and over phrases that
    # name nothing: left with no name, the sentence names only the event)
    return body_asked(question) and (span is None or not _may_name_body(text, span.start, span.end, frozenset())) \
        and any(_names_event(w) for w in _WORD_SPLIT.split(re.sub(r"[^\w\s]", " ", text)) if w)


def _event_asked(question: Question) -> bool:
    """The question asks for an event: its head or the noun its question word governs is one."""
    return any(_EVENT_END.search(w) for w in (question.head or "", *which_nouns(question)) if w) or bool(
        _EVENT_ASKED.search(question.text))


_COMPANY = ("㈜", "(주)", "（주）", "주식회사")


def _company_marked(text: str, start: int, end: int) -> bool:
    """The phrase is written as a company's name: ㈜, (주) or 주식회사 right before, at either
    end of, or right after it ("㈜가람건설 외 4개 업체", "가람건설(주)")."""
    before = any(text.startswith(m, k) and k + len(m) >= start - 1  # (a span may start inside "(주)")
                 for m in _COMPANY for k in range(max(0, start - len(m) - 1), start + 1))
    return before or text[start:end].endswith(_COMPANY) or text[end:end + 5].startswith(_COMPANY)


def _official(phrase: str) -> bool:
    """The phrase names a person by title and no body: "김주호 시 복지여성국장" does, "국토교통부
    장관" names the ministry it heads (a word of two syllables or more ending like a body)."""
    words = phrase.split()
    m = _PERSON_TITLED.search(words[-1]) if words else None
    if m is None:
        return False
    if len(words) >= 2 and _surname_first(words[0]) and not one_known_word(words[0]):
        return True  # "김병수 가람시 신성장국장": the person named first, whatever body the post is of
    parts = words[:-1] + [words[-1][:m.start()]]
    return not any(len(w) >= 2 and _INSTITUTION.search(w) for w in parts)


@lru_cache(maxsize=4096)
def question_topic(query: str) -> str:
    """The question's topic as written, squashed: the noun phrase marked by 은/는 with the bare
    nouns before it ("2019년이랑 비교해서 기상청 예산은 몇 % 늘었나요?" -> 기상청예산), or ""
    when none is marked."""
    words = [(m.start(), [t for t in pos(query) if m.start() <= t.start < m.end()]) for m in re.finditer(r"\S+", query)]
    for k, (_, ts) in enumerate(words):
        stem = [t for t in ts if t.tag in ("NNG", "NNP", "SL")]
        if not ts or not stem or ts[-1].tag != "JX" or ts[-1].form not in ("은", "는") \
                or any(t.tag not in ("NNG", "NNP", "SL", "JX") for t in ts):
            continue
        phrase = [t.form for t in stem]
        for j in range(k - 1, max(-1, k - 3), -1):
            before = words[j][1]
            if not before or not all(t.tag in ("NNG", "NNP", "SL") for t in before):
                break
            phrase = [t.form for t in before] + phrase
        return squash("".join(phrase)) if len(phrase) > 1 else ""
    return ""


def answer_items(question: Question, text: str) -> list[str]:
    """The items a list answer gives from ``text``: its enumeration less what the question sets aside
    (two items when the question asks for two: "같이 하는 부처 두 곳은?" <- "가람부·나래부와 함께")."""
    least = 2 if question.count and question.count[0] == 2 else 3
    items = [w for w in list_items(text, least) if not set_aside(question, w)]
    items = _labelled_run(question, text, items) or items
    if items and (counted := _COUNT_AFTER.search(items[-1])) and int(counted.group(1)) == len(items):
        # "△가람초 △나래유치원 △다온어린이집 3개소다": the count of them closes the last one
        items[-1] = items[-1][:counted.start()]
    return items


# a count said right after the last item of a list, no part of it ("… 다온어린이집 3개소다")
_COUNT_AFTER = re.compile(r"\s+(\d+)\s?(?:개소|곳|개|명|가지|군데|종|건)(?:이다|다)?[.]?$")


# an item opening a run of items under its label, the topic said before them ("지하 1층에는
# 놀이·미술치료실"), and that label standing before the first item, cut from it
_RUN_LABEL = re.compile(r"(?:^|\s)((?:\S+\s)?\S+?)(?:에는|에서는|에선)\s+(\S.*)$")
_RUN_LABEL_BEFORE = re.compile(r"(?:^|\s)((?:\S+\s)?\S+?)(?:에는|에서는|에선)\s*$")


def _ends_with_object(word: str) -> bool:
    """The item closes its run with the object's particle as Kiwi reads it ("교육실을", not the 을
    of 마을)."""
    toks = pos(word)
    return bool(toks) and toks[-1].tag == "JKO"


def _labelled_run(question: Question, text: str, items: list[str]) -> list[str]:
    """One sentence listing under two labels or more ("지하 1층에는 놀이·미술치료실, 집중상담실,
    교육실을, 지상 2층에는 상담실, 회의실, 사무실 등을"): the run whose label the question names
    ("지하 1층에 있는 시설은?"), or [] when not one run is so named."""
    runs, current = [], None
    # (the first item may come cut from its label, which stands before it in the sentence)
    before = _RUN_LABEL_BEFORE.search(text[:text.find(items[0])]) if items and not _RUN_LABEL.search(items[0]) else None
    if before is not None:
        current = (squash(before.group(1)), [])
        runs.append(current)
    for w in items:
        m = _RUN_LABEL.search(w)
        if m:
            # (the words before the label end the run before it: "편의점이 있고 지상 2층에는 …")
            said = w[:m.start(1)].split()
            if said and current is not None:
                current[1].append(_without_particle(said[0]))
            current = (squash(m.group(1)), [m.group(2)])
            runs.append(current)
        elif current is not None:
            current[1].append(w)
        if current is not None and _ends_with_object(current[1][-1]):
            current[1][-1] = _without_particle(current[1][-1])
            current = None
    runs = [r for r in runs if len(r[1]) >= 2]
    query = squash(question.query)
    named = [r for r in runs if r[0] in query]
    return named[0][1] if len(runs) >= 2 and len(named) == 1 else []


def set_aside(question: Question, phrase: str) -> bool:
    """``phrase`` is what the question sets aside ("전남 말고 선정된 곳은?" -> 전남, 전남도)."""
    if not question.excluded:
        return False
    w = squash(PARTICLE_END.sub("", _GLOSS.sub("", phrase)))
    # (or the name with a word before it: "지하철 성신여대입구역" is the 성신여대입구역 set aside)
    return any(w == f or (w.startswith(f) and w[len(f):] in ADMIN_SUFFIXES) or (len(f) >= 3 and w.endswith(f))
               for f in question.excluded)


def _names_head(text: str, span: Span) -> bool:
    """The span's last proper noun is a name of its own: not a body's (동남지방통계청, nor
    "서울교통공사 외" whatever follows it) and not one the phrase goes on from with 의 ("부산의
    대표도서관" is a library, not a person)."""
    names = [t for t in pos(text) if span.start <= t.start < span.end and t.tag in ("NNP", "SL")]
    if not names:
        return False
    at = names[-1].start
    start = max(text.rfind(" ", span.start, at) + 1, span.start)
    gap = text.find(" ", at, span.end)
    word = text[start:span.end if gap < 0 else gap]
    if gap >= 0 and word.endswith("의"):
        return False
    # (a bracket glossing the name is not its ending: "한국소비자협의회(소협)는" is a body's)
    return not _INSTITUTION.search(PARTICLE_END.sub("", _GLOSS.sub("", word)))


def names_no_body(question: Question, texts: Sequence[str]) -> bool:
    """A body or a firm asked by its noun ("설계는 어느 업체가 맡았어?", "어느 기관이 참여해?")
    and none of ``texts`` holds the answer's shape nor any name the question does not say: no
    proper noun, Latin name or word Kiwi does not know, no place but the question's own, nothing
    set in quotes ("'가람글로벌'이라든지"). The sentences are about the thing, not who did it."""
    if question.asks not in ("entity", "place") or not body_asked(question):
        return False
    q_morphs = {t.form.lower() for t in pos(question.query)}
    qsq = squash(question.query)
    # (a sentence saying the question's own verb says who did it, however Kiwi reads the doer: "용역은
    # 유신이 수행했다", "조사는 시가 직접 맡았다")
    verbs = {v for v in (question.relative, question.predicate) if v}
    for text in texts:
        toks = pos(text)
        if verbs and any(t.form in verbs for t in toks if t.tag.startswith(("VV", "NNG"))):
            return False
        if holds_answer(question, text) or re.search(r"['‘“\"「《〈][^'’”\"」》〉]{2,30}['’”\"」》〉]", text):
            return False
        if any((t.tag in ("NNP", "SL") or (t.tag == "NNG" and getattr(t, "oov", False)))
               and t.form.lower() not in q_morphs and not ADMIN_NAME.search(t.form) for t in toks):
            return False
        # (a body's name however Kiwi reads it: a word of four letters or more ending as bodies
        # and firms do, "다온건축사무소가" read as 다 + 온 + 건축 + 사무소)
        if any(len(w) >= 4 and w not in qsq and (_BODY_NAME.search(w) or _FIRM_END.search(w)) and not ADMIN_NAME.search(w)
               for w in (PARTICLE_END.sub("", x) for x in re.findall(r"[가-힣]+", text))):
            return False
    return True


def _named_in(text: str, span: Span, known: frozenset = frozenset()) -> bool:
    """A proper noun or a Latin name stands inside ``span``, as Kiwi reads the whole sentence,
    other than the names in ``known`` (the question's own: "미네르바의 처벌 수위" names no one new)."""
    return any(span.start <= t.start < span.end and t.tag in ("NNP", "SL") and t.form.lower() not in known
               for t in pos(text))


# a comma or semicolon between clauses, not a thousands separator (1,350원)
CLAUSE_BREAK = re.compile(r"(?<!\d)[,，;]|[,，;](?!\d)")


def own_clause(text: str, at: int) -> str:
    """The clause a figure at ``at`` ends: the text after the last comma or semicolon before it
    (not a thousands separator)."""
    return CLAUSE_BREAK.split(text[:at])[-1]


def figure_clause(text: str, start: int, end: int) -> str:
    """The clause a figure at ``start``..``end`` stands in: from the last comma or semicolon
    before it to the next one after it (thousands separators aside)."""
    after = CLAUSE_BREAK.search(text, end)
    return own_clause(text, start) + text[start:after.start() if after else len(text)]


def labelled_at(head: str | None, text: str, at: int) -> bool:
    """The noun ``head`` (two syllables or more, not a general one) stands right before the
    figure at ``at`` as its label: "특별회계 1584억원", "총사업비는 365억 원", "건설비만 5조2962억원",
    "기본급 월 300만원" (the noun itself, not the end of a longer one: 본예산 is another sum than 예산)."""
    if not head or len(head) < 2 or head in GENERIC:
        return False
    before = text[max(0, at - len(head) - 10):at]
    return re.search(rf"(?<![가-힣]){re.escape(head)}(?:은|는|이|가|도|:|으로|로|만)?\s*(?:총|약|모두|월|연|매월|매년|연간)?\s*$",
                     before) is not None


def clause_topic(question: Question, text: str, at: int) -> bool:
    """The noun the question asks about (a head of two syllables or more, not a general one)
    is the topic or subject of the clause a figure at ``at`` ends: "특별회계는 19억 원(1.1%)
    감소한 1677억 원" (the clause after the last comma, at most 40 characters back), or is
    singled out with 만/도 ("건설비만 5조2962억원": the building alone costs so much)."""
    head = question.head
    clause = own_clause(text, at)[-40:]
    if head and len(head) >= 2 and head not in GENERIC and re.search(
            rf"(?<![가-힣]){re.escape(head)}(?:은|는|이|가|만|도)\s", clause):
        return True
    # … or the subject the question names, when the sentence sets clauses side by side, each
    # with its own topic: "보조사업은 다음달 10일까지, 융자사업은 다음달 8일까지" (보조사업 asked)
    clauses = CLAUSE_BREAK.split(text)
    topics = [squash(m.group(1)) for c in clauses if (m := _TOPIC_FIRST.match(c))]
    if len(topics) < 2:
        return False
    m = _TOPIC_FIRST.match(clause)
    if m is not None and any(c.kind == "subject" and len(c.text) >= 2 and squash(m.group(1)).endswith(squash(c.text))
                             for c in question.constraints):
        return True
    # … its topic said a clause or two before ("가람관은 …, 좌석 30석을 갖추고 있으며, 나래관은 … 규모
    # 120㎡, 좌석 25석을 갖췄다": 나래관 asked): the last clause opening with a topic, when the
    # name asked is in that topic and not in every other
    own = next((squash(m.group(1)) for c in reversed(CLAUSE_BREAK.split(text[:at]))
                if (m := _TOPIC_FIRST.match(c))), None)
    return own is not None and any(
        c.kind in ("subject", "name") and len(squash(c.text)) >= 2 and squash(c.text) in own
        and not all(squash(c.text) in other for other in topics) for c in question.constraints)


def _first_item(text: str, f, figs, question: Question | None = None) -> re.Match | None:
    """The first item of an enumeration whose items each end with a figure ("조합 존속기간은 7년,
    최대 투자기간은 3년으로"): from the sentence's start to the figure, when a comma follows the
    figure and the next item ends with a figure of the same kind; no separator before it marks it."""
    comma = re.match(r"\s*[,，]\s", text[f.end:])
    if CLAUSE_BREAK.search(text[:f.start]) or not comma:
        return None
    after = f.end + comma.end()
    nxt = next((g for g in figs if g.start > f.end), None)
    if nxt is None or nxt.kind != f.kind or CLAUSE_BREAK.search(text[after:nxt.start]) or nxt.start - after > 30:
        return None
    # (the next item labelled by a topic of its own, as the first is: clauses side by side, not one
    # topic's list, "단기권은 1일 5000원, 2일 8000원", whose topic labels every item)
    if not re.search(r"[가-힣](?:은|는|이|가)\s", text[after:nxt.start]) or not re.search(r"[가-힣](?:은|는|이|가)\s", text[:f.start]):
        return None
    if question is not None:
        nxt_words, own_words = squash(text[after:nxt.start]), squash(text[:f.start])
        named = {form for c in question.constraints if c.kind in ("name", "subject") for form in c.forms} | set(question.tokens) \
            | {PARTICLE_END.sub("", w) for w in re.findall(r"[가-힣A-Za-z0-9]{2,}", question.text)}
        if any(len(w) >= 2 and w in nxt_words and w not in own_words for w in named):
            return None  # "다온축제 관람객은?" over "가람축제 관람객은 3만명, 다온축제는 5만명": the next item is the one named
    return re.fullmatch(r"(.{1,30})", text[:f.start], re.S)  # (a short first item only, as _ITEM_BEFORE's)


# the item a figure ends, after the last separator of an enumeration: a comma (not a thousands
# separator), a semicolon, a middle dot or an item mark (▲, △)
_MARKS = ENUM_MARK.pattern[1:-1]
_ITEM_BEFORE = re.compile(rf"(?:(?<!\d)[,，;·{_MARKS}]|[,，;·](?!\d))((?:[^,，;·{_MARKS}]|(?<=\d),(?=\d)){{1,30}})$")
# a clause opening with its topic ("이번 보조사업은 …", " 융자사업은 …"), a determiner before it
_TOPIC_FIRST = re.compile(r"\s*(?:이번|올해|이|그|해당)?\s*((?:[가-힣A-Za-z0-9]+\s){0,2}[가-힣A-Za-z0-9]{2,})(?:은|는)\s")


# the extreme asked ("가장 낮은 곳은?", "제일 많이 들어온", "꼴찌는 어디야?") and said ("…가
# 80.4%로 가장 높았다"): high or low, whichever adjective says it (많은 and 높은 are both the top)
_HIGH = r"(?:높|많|크(?:게|다|고)|큰|컸|길(?:게|었|다)|긴|비싸|비싼|비쌌|빠르|빠른|빨랐|넓|무거|무겁)"
_LOW = r"(?:낮|적(?:은|었|게|다|어|고)|작(?:은|았|게|다|고)|짧|싸(?:게|다)|싼|쌌|느리|느린|느렸|좁|가벼|가볍)"
_EXTREME = {"high": re.compile(r"(?:가장|제일)\s*" + _HIGH + r"|최다|최고(?!\s*한도)|1위"),
            "low": re.compile(r"(?:가장|제일)\s*" + _LOW + r"|최저|최하위|꼴찌|꼴지")}


def extreme_asked(question: Question) -> str | None:
    """"high" or "low" when the question asks the top or the bottom of what it asks (the extreme
    said of its head, "제일 낮은 군은?", "가장 많이 들어온 지역은?"), else None: an extreme said of
    something else ("가장 많은 의석을 획득한 정당이 … 구성하는 정부형태는?") marks no answer."""
    found = {k for k, p in _EXTREME.items() if (m := p.search(question.query)) and _of_head(question, m)}
    return next(iter(found)) if len(found) == 1 else None


def _of_head(question: Question, m: re.Match) -> bool:
    """The extreme ``m`` is said of the question's head: the head (or none named) is the extreme
    itself ("꼴찌는 어디야?") or within the word of the extreme and the two after it."""
    head = question.head
    return not head or head in m.group(0) or any(w.startswith(head) for w in question.query[m.end():].split()[:3])


def says_extreme(text: str, extreme: str) -> bool:
    """The sentence says something is the top (``extreme`` "high") or the bottom ("low")."""
    return _EXTREME[extreme].search(text) is not None


def other_extreme_only(text: str, extreme: str) -> bool:
    """The sentence says only the other extreme than the one asked ("가장 높았다" for "꼴찌는?")."""
    return says_extreme(text, "low" if extreme == "high" else "high") and not says_extreme(text, extreme)


def stated_extreme(text: str, end: int, extreme: str) -> bool:
    """The phrase or figure ending at ``end`` is what the sentence says is the extreme asked: the
    subject of "가장 낮았다", a bracket, its particle and at most two words between ("…이었고
    하용도(13.8%)가 가장 낮았다": 하용도, not 가람도 before the clause's end; "80.4%로 가장
    높았다"). Not a word some way before one ("기뢰 등의 폭발 가능성이나 … 가장 높은 개연성")."""
    return _STATED_EXTREME[extreme].match(text, end) is not None


# a rank said, whichever end: an extreme ("가장 …", "최다", "최저"), a place in an order ("두 번째로",
# "1위", "선두"), the first or the last ("처음", "마지막")
_RANK_SAID = re.compile(r"가장|제일|최(?:고|대|다|저|소|하위|상위|초)|꼴[찌지]|(?<!\d)[1-9]\d?\s*위(?:권|[는가를로에의은이도])?(?![가-힣])|선두|으뜸"
                        r"|번째|처음|마지막")
# the nouns that say only the kind of one asked (a place, someone), no measure of their own
_KIND_HEADS = frozenset({"곳", "데", "지역", "장소", "사람", "분", "이", "기관", "단체", "나라", "국가", "도시"})
# the extreme adjective and the noun it qualifies, next to each other: "가장 큰 요인", "최고 기록"
_EXTREME_OF_NEXT = re.compile(r"(?:(?:가장|제일)\s*\S+|최(?:고|대|다|저|소))\s*$")


def rank_unsaid(question: Question, texts: Sequence[str]) -> bool:
    """A place, a body or a person asked at an extreme of a measure ("이용객이 제일 많았던 곳은?",
    "최하위를 기록한 팀은?", "가장 큰 투자를 받은 기업은?") and no chosen sentence ranks anything: none
    says an extreme or a place in an order, none lists figures of one unit side by side to compare
    (three or more, "전주 1,004원, 군산 1,003원, 순창 1,001원", or two each in brackets after its name,
    "'단독 주택'(32.7%)과 '빌라'(28.3%)"). Whatever the sentences name is one of the many, not the
    one at the top. (Not an extreme of the head itself, "가장 큰 요인은?", "최고 기록은?": the
    sentence may state it in other words.)"""
    extreme = extreme_asked(question) if question.asks in ("place", "entity", "person") else None
    if extreme is None:
        return False
    m = _EXTREME[extreme].search(question.query)
    if question.head and re.match(rf"\s*{re.escape(question.head)}", question.query[m.end():]) \
            and _EXTREME_OF_NEXT.search(question.query[:m.end()]) and question.head not in _KIND_HEADS:
        # (not a noun of a kind, "제일 큰 곳", "가장 많은 사람": the one at the top of a measure
        # the question names before it, "위험이 제일 큰 곳")
        return False
    for t in texts:
        if _RANK_SAID.search(t):
            return False
        units = [f.unit for f in figures(t) if f.unit and not f.date]
        if any(units.count(u) >= 3 for u in set(units)) or len(_NAMED_BRACKETED.findall(t)) >= 2:
            return False
    return True


# a name with its figure in brackets: "달서구(2430가구)", "'빌라'(28.3%)"
_NAMED_BRACKETED = re.compile(r"[가-힣A-Za-z'’\"”]\s*\(\s*[\d.,]+\s*[가-힣%㎡A-Za-z]*\s*\)")


_STATED_EXTREME = {k: re.compile(r"(?:\([^()]{0,20}\))?(?:이|가|은|는|으로|로|의)?(?:\s+[^\s,]+){0,2}?\s+(?:"
                                 + p.pattern + ")") for k, p in _EXTREME.items()}


# the year before, labelling the figure after it: "전년(25.7%)", "지난해 같은 시기(57톤)보다",
# "작년 같은 기간에는 57톤", "전년 동기 415명 대비"
# (작년 not inside 재작년: korean.year_words keeps each word from matching inside a longer one)
# … or a year ago, its noun between: "1년 전 가격 2천97원과 비교하면", "1년 전(2천97원)보다"
_PAST_YEAR_LABEL = re.compile(r"(?:(?:" + year_words(-1) + r"|전년도?)(?:\s*(?:(?:같은|동)\s*(?:시기|기간|달|때)|동기|동월))?"
                              r"|(?<![\d가-힣])(?:1|한)\s*(?:년|해)\s*전(?:\s*[가-힣]{1,3}(?<![에은는의]))?)"
                              r"(?:\s*(?:에는|에|은|는|의))?\s*\(?\s*$")


def asks_past_year(question: Question) -> bool:
    """The question asks a value of the year before the article's (작년, 지난해, 그 전년, 1년 전)."""
    return question.asks_value and (any(c.kind == "time" and c.text in ("작년", "지난해") for c in question.constraints)
                                    or YEAR_AGO_ASKED.search(question.query) is not None)


def past_year_labels(text: str, start: int) -> bool:
    """The figure at ``start`` is labelled as the year before's, right before it."""
    return _PAST_YEAR_LABEL.search(text[max(0, start - 16):start]) is not None


def _figure_span(question: Question, text: str, positions: list[int]) -> Span | None:
    from .abstain import EVERY, asks_how_often, figures_of_kind, glosses_asked

    best = None
    topic = question_topic(question.query)
    # "2025년까지 몇 종?": 2025년 is what the question says, not its answer
    figs = _now_or_former(question, text, _each_or_whole(
        question, text, _level_or_change(question, text, figures_of_kind(question, figures(text), text))))
    every = [f for f in figs if EVERY.match(text, f.end) or re.match(r"\s*(?:간격|주기)", text[f.end:])]
    if every and question.asks == "duration" and asks_how_often(question) and not re.search(r"간격|주기", text):
        # (a sentence saying 간격 itself labels its figure: "배차 간격은 15분이고, 심야에는 30분마다")
        figs = every  # "얼마 간격으로 다녀?" <- "…약 3분 걸리며 1시간마다 운영": how often, not how long
    # (the noun asked as the figure's label binds it as its topic does: "성과급 등 1천만원 지급과
    # 기본급 7만원 인상" for "기본급은 얼마?", over the total the sentence says first)
    topical = {f.start for f in figs if clause_topic(question, text, f.start) or labelled_at(question.head, text, f.start)}
    # (a time the question names, other than a figure's own, said in a figure's clause; not in
    # the sentence's first clause, which frames the whole sentence: "2009년 1월 2일 국정연설에서
    # 300억 달러의 …, … 1천100억 달러를 넘어섰다"; nor a day, which says per day as often: "1일 평균")
    # (a point of time: a year, a month, a year's word; not "3년", a span, found in "2023년")
    # (the sentence is split only when the question names such a time: this runs for every
    # sentence scored for a value)
    times = [t for c in question.constraints if c.kind == "time" for t in map(squash, c.forms)
             if re.fullmatch(r"(?:\d{4}년)?\d{1,2}월\S*|\d{4}년|[가-힣]+", t)] if question.asks != "date" else []
    if times:
        first = squash(CLAUSE_BREAK.split(text)[0])
        times = [t for t in times if t not in first]
    timed = {f.start for f in figs if any(re.search(rf"(?<!\d){re.escape(t)}", squash(own_clause(text, f.start)))
                                          for t in times)} if times else set()
    past = asks_past_year(question)
    extreme = extreme_asked(question)
    mean = "평균" in question.query
    # the way of a change asked ("얼마나 떨어졌어?": down), for a figure said with that change
    ways = asked_way(question)
    # (and the event asked by its own word, "5일 개원식을 진행": event_words)
    labels = figure_labels(question.text)  # ("1년권": a thing the question names by a figure)
    aliases = tuple(dict.fromkeys((*event_aliases(question), *(re.escape(w) for w in event_words(question) if len(w) >= 2)))) \
        if question.asks == "date" else ()
    for f in figs:
        # a question word after the figure past a comma labels the next item ("…1조 3080억 원,
        # 특별회계는 …"): a label stands before its value, so it binds this figure no more
        own = [p for p in positions if p < f.end or not CLAUSE_BREAK.search(text[f.end:p])]
        if question.asks == "date":
            # a date stands before its verb: "2024년 2월 교육발전특구로 지정되며 올해 본격적으로 …
            # 나선다" dates 지정 by 2024년 2월; 올해 begins the next clause, past the ending 며
            own = [p for p in own if p >= f.start or not CLAUSE_ENDING.search(text[p:f.start])]
        # (the end of a change, "6120만원에서 6043만원으로", stands where its start stands: the two
        # are one phrase, and the end is no farther from the question's words than the start)
        start = next((g.start for g in figs if g.end <= f.start and g.kind == f.kind
                      and re.fullmatch(r"\s*에서\s*", text[g.end:f.start])), f.start)
        score = _nearness(start, f.end, own)
        if question.total and f.total:
            # the sentence's 총 is the question's 총: the figure stands by a word asked, however
            # far the others ("총 얼마 들어?" <- "…규모이며 총사업비는 4500억 원")
            score = max(score, 0.0) + W.total_asked
        elif f.start in topical and len(topical) < len(figs):
            # so is the noun asked as the topic of the figure's own clause, a change between
            # ("일반회계가 전년 대비 800억 원(6.5%) 증가한 1조 3080억 원"), when another
            # clause's figures are not
            score = max(score, 0.0) + W.total_asked
        elif f.total:
            score += W.total
        score += _figure_grammar(question, text, f)
        base = _BASE_OF_PART.match(text, f.end) if not question.total else None
        if base and any(g.start > f.end and g.kind == f.kind for g in figs) \
                and not ("대상" in base.group(0) and "대상" in question.query):
            # "위법으로 걸린 데는 몇 곳?" <- "84곳 중 위법대상 9곳에": the base a part is counted
            # from is not the part asked ("161개 지자체 중 114곳에서", "893곳을 대상으로 … 145곳을"),
            # unless the question asks the base ("점검 대상은 몇 곳?")
            score -= W.total_asked
        if aliases and re.match(r"\s*(?:말|초|중|께|경)?\s*(?:" + "|".join(aliases) + ")", text[f.end:]):
            # "언제 끝나?" <- "5월 말부터 시작해 10월 완료를 목표로": the date the news word of the
            # event asked follows, not another date of the sentence
            score = max(score, 0.0) + W.total_asked
        if topic and topic in squash(own_clause(text, f.start)):
            score += W.same_topic  # "기상청 예산은 … 21%" over "정부 총예산은 … 36.1%"
        if f.start in timed and len(timed) < len(figs):
            # "11월 말 기준 일평균 매출은?" <- "…14억 원의 매출 달성이 목표였으나 …, 현재는 11월 말
            # 기준 일평균 900만 원": the time the question names opens the figure's own clause
            score = max(score, 0.0) + W.total_asked
        if ways and (((m := _CHANGED.match(text, f.end)) and change_ways(text[f.end:m.end() + 4]) == ways)
                     or _way_labelled(text, f.start) == ways):
            # "얼마나 떨어졌어?" <- "전년대비 11.5%p 하락한 수치다" over a list of rates with no
            # change said ("△모바일 게임 0.4%p(84.2%→84.6%)"): the figure said falling
            score += W.same_topic
        if mean and _MEAN_BEFORE.search(text, max(0, f.start - 6), f.start):
            # "월평균 학원비는?" <- "학원비는 월평균 103만 7020원" over "월 학원비가 최고 224만원":
            # the mean asked is the figure said as one
            score += W.same_topic
        if extreme and stated_extreme(text, f.end, extreme):
            # "꼴찌는 몇 %야?" <- "서울이 80.4%로 가장 높았고, 전남이 13.8%로 가장 낮았다": the
            # figure of the clause saying the extreme asked
            score = max(score, 0.0) + W.total_asked
        if past and past_year_labels(text, f.start):
            # "그 전년에는 몇 %였어?" <- "지연율은 전년(25.7%)보다 2.4%포인트 낮아졌다": the figure
            # the year before labels, not the change nor this year's
            score = max(score, 0.0) + W.total_asked
        item = _ITEM_BEFORE.search(text[:f.start]) or _first_item(text, f, figs, question)
        if item:
            # an item of an enumeration names what its figure is of ("…, 중학교 5494원, 고등학교
            # 6361원", "△제조 AI 서비스 개발 및 실증 59억원"): the question's words in the figure's
            # own item bind it, the more of them the better (학교 is in every item, 고등 in one)
            score += W.same_topic * min(2, sum(1 for p in positions if item.start(1) <= p < f.start))
            if any(form in squash(item.group(1)) for c in question.constraints if c.kind in ("name", "subject")
                   for form in c.forms) or labels_written(labels, item.group(1)):
                # … and a name the question gives, above all (the market asked, where every item says
                # 시장 and 신설: "▲가람시장 … 신설(9억원) ▲나래시장 고객센터 신설(3억원)"), or a thing it
                # names by a figure, which no token keeps ("1년권 요금" <- "…, 1년권 2만5000원")
                score += W.same_topic
        if glosses_asked(question, text, f):
            score += W.same_topic  # "창업센터 면적은?" <- "…(시설 7.2ha)로 가람 창업센터(1.9ha), …"
        # "5500만 년 전": the point in time, not the span of years
        end = (time_ago(f, text) or f.end) if question.asks == "date" else f.end
        if question.asks == "date" and f.unit == "월" and (part := _PART_OF_MONTH.match(text, end)):
            end = part.end()  # "4월 초부터 유료화": the part of the month is the date said, not the whole month
        if best is None or score > best.score:
            best = Span(f.start, end, text[f.start:end], score)
    if (best is not None and question.asks == "date" and question.unit is None
            and question.particle not in ("부터", "까지") and not BOTH_ENDS.search(question.text)
            and day_action(question.head) not in DEADLINE_NOUNS):  # (a deadline is one end: "마감일은?")
        # "언제 열려?" <- "5월 14일부터 15일까지 열린다": a day inside a period said by its two
        # ends answers with the whole period, not one end of it
        r = next((r for r in date_ranges(text) if r.start <= best.start < r.end), None)
        if r is not None:
            end = r.end - len("까지") if r.text.endswith("까지") else r.end
            best = Span(r.start, end, text[r.start:end], best.score)
    if best is not None and question.asks == "date" and BOTH_ENDS.search(question.text):
        # "언제부터 언제까지?": both ends, "2월 27일부터 3월 17일까지"
        m = _UNTIL.match(text, best.end) or OPENS_UNTIL.match(text, best.end) or _UNTIL_HOUR.match(text, best.end)
        if m:
            end = m.end() - len("까지")
            best = Span(best.start, end, text[best.start:end], best.score)
    return best


# after a figure, the base a part of it is counted from: "84곳 중", "161개 지자체 중", "893곳을 대상으로"
_BASE_OF_PART = re.compile(r"\s*(?:[가-힣]{1,8}\s*)?(?:중|가운데)(?:에서|에)?\s|\s*(?:을|를)\s*대상으로")


# a verb's connective ending, closing a clause with no comma: "지정되며 ", "개최하고 ", "열면서 "
# (고 only after a verb's stem or tense: 최고, 광고, 보고 are nouns as often)
CLAUSE_ENDING = re.compile(r"[가-힣](?:며|면서)\s|(?:하|되|했|됐|었|였|였으|었으|했으|됐으|열|열었|열렸)고\s")


# a question asking both ends of a period, and the end a sentence gives after its start
BOTH_ENDS = re.compile(r"(?:언제|며칠|몇\s*월|몇\s*시)\s*부터.{0,12}(?:언제|며칠|몇\s*월|몇\s*일|몇\s*시)\s*까지")
# an hour of the day as written ("오후 9시", "10시 30분", "9시 반"), and a span of hours by its two
# ends ("10시부터 오후 9시", "9시~18시"); the end said after a start's figure: "…부터 오후 9시까지"
_HOUR = r"(?:(?:오전|오후|낮|밤|저녁|새벽)\s*)?\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?"
HOURS_SPAN = re.compile(_HOUR + r"\s*(?:부터|~|∼|-)\s*" + _HOUR)
_UNTIL_HOUR = re.compile(r"\s*부터\s*" + _HOUR + r"\s*까지")
# hours asked by both ends: "몇 시부터 몇 시까지"
HOURS_ASKED = re.compile(r"몇\s*시\s*부터.{0,12}몇\s*시\s*까지")
# the end date a period runs until: "3월 17일까지", "18일(일)까지"
_END_DATE = r"\d{1,4}\s*(?:년|월|일)(?:\s*\d{1,2}\s*(?:월|일))*\s*" + DAY_ASIDE + "까지"
_UNTIL = re.compile(r"\s*" + DAY_ASIDE + r"부터\s*[^,.]{0,6}?" + _END_DATE)
# a start said by the opening it dates, its end right after its verb: "16일 오후 개막해 18일까지"
# (not another clause's deadline: "16일 개막하며 신청은 10일까지")
OPENS_UNTIL = re.compile(r"\s*" + DAY_ASIDE + r"(?:오전|오후|낮|밤)?\s*(?:\d{1,2}\s*시\s*)?"
                          r"(?:개막|시작|개장|개최|열려|열리|문을\s*열)[가-힣]{0,3}\s*(?:오는\s*)?" + _END_DATE)


_TO_PARTICLE = r"(?:으로|로)(?![가-힣])"
_FROM = re.compile(r"\s*에서\s")  # "1천200원에서 1천300원으로": the value it changed from
_TO = re.compile(r"\s*" + _TO_PARTICLE)
# … and with the counted noun between: "109개 노선을 119개 노선으로", "10~15분 간격으로"
_TO_NOUN = re.compile(_TO.pattern + r"|\s+[가-힣]{1,4}?" + _TO_PARTICLE)
_FROM_NOUN = re.compile(_FROM.pattern + r"|\s+[가-힣]{1,4}?에서\s")


def _way_labelled(text: str, start: int) -> frozenset:
    """The way of the change whose size labels the figure at ``start`` ({"up"}, {"down"} or none)."""
    m = _WAY_LABEL.search(text, max(0, start - 12), start)
    return frozenset() if m is None else frozenset({"up"} if m.group(1) else {"down"})


# a mean said right before its figure ("월평균 103만 7020원", "평균 2.3명")
_MEAN_BEFORE = re.compile(r"평균\s?(?:약\s?)?$")


# the other figure of a rate after the one it is per: "…m당 100원", "…초마다 100원씩"
_RATE_OTHER = re.compile(r"\s?(?:당|마다)\s?\d[\d,.]*\s?(?:만|천|억)?\s?(?:원|%|명|개|건|회|대|m|km|㎞)?(?:씩)?")


def _figure_grammar(question: Question, text: str, f) -> float:
    """What the sentence's grammar says of one figure in a change ("950원에서 1천50원으로"): a
    question word with 로 ("얼마로 올랐어?") asks for the value with 로, one with 에서 ("얼마에서")
    for the value with 에서; with neither, the value after 로 is the value now and the one before
    에서 the value it changed from."""
    # (a rate's figure is read past the other figure of the rate: "140m당 100원에서 135m당 100원으로")
    end = m.end() if (m := _RATE_OTHER.match(text, f.end)) else f.end
    after = text[end:end + 4]
    later = text[end:end + 9]
    if question.particle in ("부터", "까지"):
        # "언제부터 팔아?" is answered by "1월23일부터 판매를 시작", not by the day it was announced
        return W.particle if after.startswith(question.particle) else 0.0
    if question.particle in ("로", "으로"):
        return W.particle if _TO_NOUN.match(later) else 0.0
    if question.particle == "에서":
        return W.particle if _FROM_NOUN.match(later) else 0.0
    if _FROM.match(after):
        return -W.change
    if _TO.match(after) and _FROM.search(text[max(0, f.start - 30):f.start]):
        return W.change
    return 0.0


# a figure said as what something was ("1200만 원이던 장려금을", "3곳이었던 센터가")
_FORMER = re.compile(r"\s*\)?\s*(?:이던|였던|이었던)(?![가-힣])")


def _now_or_former(question: Question, text: str, figs: list) -> list:
    """"셋째 이상 1200만 원이던 장려금을 … 셋째 1500만 원으로": a figure with 이던 is what it was;
    a question not asking the earlier one (지난해, 종전, 기존) is answered by what it is, when the
    sentence gives both."""
    former = [f for f in figs if _FORMER.match(text, f.end)]
    if not former or len(former) == len(figs) or BEFORE_ASKED.search(question.query) \
            or question.particle == "에서" or re.search(r"전(?:에|엔|에는)?\s*(?:얼마|몇)", question.query) \
            or asks_past_year(question):
        # ("얼마에서 올랐어?", "오르기 전엔 얼마였어?", a year before asked: what it was)
        return figs
    return [f for f in figs if f not in former]


# a figure each one gets, or each year adds ("매년 5개씩", "1인당 30만 원씩")
_EACH = re.compile(r"\s*씩")


def _each_or_whole(question: Question, text: str, figs: list) -> list:
    """"2030년까지 매년 5개씩 늘려 140곳": a figure with 씩 is what each year, each one gets; a
    question asking a rate ("해마다 몇 개씩?", "1인당 얼마씩?") is answered by it, any other by the
    whole, when the sentence gives both."""
    from .abstain import asks_rate

    each = [f for f in figs if _EACH.match(text, f.end)]
    whole = [f for f in figs if not _EACH.match(text, f.end)]
    if not each or not whole:
        return figs
    return each if asks_rate(question) else whole


def _level_or_change(question: Question, text: str, figs: list) -> list:
    """"지난해보다 1,200억 원 늘어난 6,700억 원", "2804만 명으로 1년 전보다 32만 명 늘었다": the
    figure right before a verb of change is how much it changed, the other one what it is now.
    A question asking the change ("얼마나 늘었어?") is answered by the first, any other by the
    second, whichever stands nearer the question's words; a sentence giving only one of them
    keeps it."""
    changes = [f for f in figs if changed_by(text, f)]
    levels = [f for f in figs if not changed_by(text, f)]
    if not changes or not levels:
        return figs
    return changes if asks_change(question) else levels


def change_only(question: Question, text: str) -> bool:
    """Every figure of the kind asked in ``text`` is how much something changed ("…과 비교하면
    4천100원 인상됐다"): the sentence states no level, what a question not asking a change asks."""
    from .abstain import figures_of_kind

    figs = figures_of_kind(question, figures(text), text)
    return bool(figs) and all(_CHANGED.match(text, f.end) for f in figs)


def figure_given(question: Question, text: str):
    """The figure the sentence gives for the question (at its value span), or None."""
    span = value_span(question, text)
    return None if span is None else next((f for f in figures(text) if f.start <= span.start < f.end), None)


def takes_particle(question: Question, text: str) -> bool:
    """The figure the sentence gives for the question carries the particle the question word
    does ("몇 %로 올라?" <- "…10%에서 13%로 상향"; "몇 명까지" <- "30명까지"): the value asked is
    the one the change goes to, starts at or reaches."""
    f = figure_given(question, text)
    return f is not None and _figure_grammar(question, text, f) > 0


def changed_by(text: str, f) -> bool:
    """Figure (or span) ``f`` of ``text`` is how much something changed: a verb of change follows it
    (or it is how far apart from what the sentence compares with: "지난해보다 3만4000명 적었다")."""
    return _CHANGED.match(text, f.end) is not None or (
        _GAP_SAID.match(text, f.end) is not None and "보다" in text[max(0, f.start - 30):f.start])


# the adjectives of a gap, with an ending after the stem (not 적발, 작업, 높이, 길이, 크기)
_GAP_WORDS = r"(?:(?:많|적|높|낮|길|짧|늦|작)(?=[은았었다아어게지고던으네니]|$)|(?:크|비싸|싸|빠르)(?=[다고게지던]|$)|큰|컸|커|비싼|비쌌|싼|쌌|빨랐|빠른)"


# a figure's gap from what it is compared with (보다 before it): "3만4000명 정도 적었으나", "2%p 높다"
_GAP_SAID = re.compile(r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:가량\s*|정도\s*|가\s*|이\s*)?(?:더\s*)?" + _GAP_WORDS)


def gives_change(question: Question, text: str) -> bool:
    """The figure the sentence gives for the question (its value span) is how much something
    changed ("…사용액이 127% 증가하는"), whatever other figures it holds."""
    span = value_span(question, text)
    return span is not None and changed_by(text, span)


# a figure followed by a verb of change, a bracket glossing it between ("32만 9000명(1.2%) 늘었다")
# (or in the bracket glossing the rate before it: "3.4%(4천개) 줄어들었으나")
_CHANGED = re.compile(r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:씩\s*|이나\s*|가량\s*|정도\s*|가\s*|이\s*|각각\s*)?(?:더\s*)?"
                      r"(?:늘|줄|올랐|오른|오르|내렸|내린|떨어|뛰|불어|증가|감소|상승|하락|인상|인하|확대|축소|급증|급감|감축)")
# what a question asking how much something changed says ("얼마나 늘었어?", "증가폭은?", "몇 명 줄었나")
# (올렸어, 올린: raised by someone, "기본급 얼마 올렸어?"; a raise decided or planned, "얼마 올리기로
# 했어?", "몇 % 올릴 계획이야?")
CHANGE_ASKED = re.compile(r"늘|줄|올랐|오른|오르|올라|올렸|올린|올려|올리기|올릴|내렸|내린|내려|내리기|내릴|떨어|뛰|뛴|뛸|불어|증가|감소|상승|하락|인상|인하|확대|축소|급증|급감|감축|차이")


# verbs of a change by its way: up (오르다, 늘어나다, 증가하다) or down (내려가다, 줄어들다, 감소하다);
# the verbal nouns only with 하다 ("증가율이 높다" says no change)
_UP_VERBS = frozenset({"오르", "올라가", "올라오", "늘", "늘어나", "늘리", "치솟"})
_DOWN_VERBS = frozenset({"내리", "내려가", "줄", "줄어들", "줄이", "떨어지"})
_UP_NOUNS = frozenset({"증가", "상승", "인상", "증액"})
_DOWN_NOUNS = frozenset({"감소", "하락", "인하", "감액"})
# a change's size named before its figure, by the same nouns (and 확대/축소, which size a change
# only as 폭): "하락 폭은 13∼18%에 달할 것", "인상폭이 5%"
_WAY_LABEL = re.compile("(?:(" + "|".join(sorted(_UP_NOUNS | {"확대"})) + ")|(" + "|".join(sorted(_DOWN_NOUNS | {"축소"}))
                        + r"))\s?폭(?:은|이|도|을|를)?\s*(?:약\s*)?$")


@lru_cache(maxsize=4096)
def change_ways(text: str) -> frozenset:
    """The ways of change ``text`` says: {"up"}, {"down"}, both or none."""
    toks = pos(text)
    out = set()
    for t, nxt in zip(toks, [*toks[1:], None]):
        if t.tag == "VV" and t.form in _UP_VERBS or t.tag == "NNG" and t.form in _UP_NOUNS and nxt is not None \
                and nxt.tag == "XSV":
            out.add("up")
        if t.tag == "VV" and t.form in _DOWN_VERBS or t.tag == "NNG" and t.form in _DOWN_NOUNS and nxt is not None \
                and nxt.tag == "XSV":
            out.add("down")
    return frozenset(out)


def figure_way(text: str, f) -> frozenset:
    """The way the figure ``f`` of ``text`` is said to change: by the verb right after it ("13.2%
    늘었지만": up) or the change's noun labelling it ("하락 폭은 13%": down); empty when neither."""
    if (m := _CHANGED.match(text, f.end)) is not None:
        return change_ways(text[f.end:m.end() + 4])
    if (m := _WAY_AFTER_LEVEL.match(text, f.end)) is not None:
        # "최고 7%까지 낮아지는", "3%로 올랐다", "평균 1~6% 낮아진다": the way of a change by the
        # words _CHANGED does not know (낮아지다, 높아지다) or past the level it reaches
        return frozenset({"up" if m.group(1) else "down"})
    return _way_labelled(text, f.start)


# a level reached and the way of the change reaching it (Kiwi reads 낮아지는 as an adjective and
# a helper verb, so the words are matched as written)
_WAY_AFTER_LEVEL = re.compile(r"\s*\)?\s*(?:까지|으로|로|씩|가량|정도)?\s*(?:더\s*)?(?:(높아|올라|올랐|오른|늘어|늘었|상승|인상|증가)"
                              r"|(낮아|내려|내렸|내린|떨어|줄어|줄었|하락|인하|감소))")


def asked_way(question: Question) -> frozenset:
    """The way of the change asked ("얼마나 줄었어?": down), empty when no change is asked."""
    return change_ways(question_last(question.text)) if asks_change(question) else frozenset()


def states_change(question: Question, text: str) -> bool:
    """The sentence gives a figure of the kind asked as a change ("1월말에 비해 7000명 늘어난")."""
    from .abstain import figures_of_kind

    return any(_CHANGED.match(text, f.end) for f in figures_of_kind(question, figures(text), text))


def asks_change(question: Question) -> bool:
    """The question asks how much a figure changed, not what it is now ("얼마로 올라?" asks
    what it becomes, "얼마에서" what it was, "얼마까지 불어났어?", "몇 %까지 올랐어?" the level it
    reached)."""
    if question.particle in ("로", "으로", "에서", "까지") or _UP_TO_ASKED.search(question.text):
        return False
    # (a change that picks out a time, "7거래일 연속 오른 날 종가는?", is not what is asked)
    # ("한 달에 얼마 더 내?", "몇 명 더 뽑아?": how much more, a change by another verb)
    return CHANGE_ASKED.search(_WHEN_CHANGED.sub(" ", question_last(question.text))) is not None \
        or _MORE_ASKED.search(question_last(question.text)) is not None \
        or _GAP_ASKED.search(question.text) is not None


# how much more asked: "얼마 더", "얼마나 더", "몇 명 더"
_MORE_ASKED = re.compile(r"(?:얼마나?|몇\s*[^\s\d]{0,3})\s*더(?![가-힣])")


# how far apart from what it is compared with: "작년보다 얼마나 적었나요?", "평균보다 몇 명 많아?"
_GAP_ASKED = re.compile(r"보다\s*(?:[^\s?]+\s+){0,2}(?:얼마나?|몇\s*[^\s\d]{0,3})\s*(?:더\s*)?" + _GAP_WORDS)


# the level a change reached asked: "얼마까지", "몇 %까지", "몇 명까지"
_UP_TO_ASKED = re.compile(r"(?:얼마|몇\s*[^\s\d]{0,3})\s*까지")
# a change said of a time it picks out: "오른 날", "늘어난 해", "급등한 때"
_WHEN_CHANGED = re.compile(r"\S*(?:" + CHANGE_ASKED.pattern + r")\S*(?:ㄴ|은|던|한)?\s+(?:날|때|해|달|주|시기|시점)(?:은|는|에|에는|의|이|가)?(?![가-힣])")


_GLOSS = re.compile(r"\([^()]*\)")


def _words(text: str):
    """(start, end, stem_end, tags) of each space-separated word; stem_end is where its
    nominal stem ends (before particles and endings), equal to start for a predicate."""
    toks = pos(text)
    starts = [t.start for t in toks]  # in order: each word's morphemes are a slice, found by bisection
    out = []
    for m in re.finditer(r"\S+", text):
        ts = toks[bisect.bisect_left(starts, m.start()):bisect.bisect_left(starts, m.end())]
        stem_end = m.start()
        tags = []
        for t in ts:
            if t.tag == "SSO" and stem_end == m.start():
                continue  # 《WINGS》를, ‘데이트’의: the name starts after its opening mark
            if t.tag in NOUNISH or (t.tag in ("SSO", "SSC", "SO") and stem_end > m.start()):
                stem_end = t.start + t.len
                tags.append(t.tag)
            else:
                break
        # a verbal noun with its verb suffix is a predicate, not a name (반영한, 개최하고)
        rest = [t for t in ts if t.start >= stem_end]
        if rest and rest[0].tag in ("XSV", "XSA", "VCP") and rest[0].form != "이":
            stem_end = m.start()
        out.append((m.start(), m.end(), stem_end, tuple(tags), tuple(ts)))
    for k in range(len(out) - 1):
        ws, we, se, _, _ = out[k]
        nxt = out[k + 1]
        ts = out[k][4]
        if se < we and re.fullmatch(r"[가-힣]{2,4}", text[ws:we]) and nxt[2] > nxt[0] and len(ts) >= 2 \
                and not any(t.tag.startswith(("J", "E", "V", "XS")) for t in ts) \
                and _PERSON_TITLED.search(squash(text[nxt[0]:nxt[2]])):
            # a word Kiwi cuts into pieces of no particle, no ending ("한종탁" as 한 + 종 + 탁) right
            # before a title is a name: "한종탁 체육건강국장은" (not "이에", "또한": one word, a particle)
            out[k] = (ws, we, we, ("NNP",), (SimpleNamespace(form=text[ws:we], tag="NNP", start=ws, len=we - ws),))
    return out


# a quotation of speech: double quotes around ten characters or more (a title is set in single marks)
_SPEECH = re.compile(r"“[^”]{10,}”|\"[^\"]{10,}\"")


def _phrase_span(question: Question, text: str, positions: list[int]) -> Span | None:
    words = _words(text)
    qsq = squash(question.query)
    q_morphs = {t.form.lower() for t in pos(question.query) if t.tag in NOUNISH}
    extreme = extreme_asked(question)
    head = question.head
    best = None
    slot_words = content_words(text) if any(question.slot) else ContentWords([], [], [])
    asides = _asides(text, words) if question.relative else []
    topic_i = _topic_word(question, words, asides)
    firm_asked = question.asks in ("entity", "place") and bool(head) and BODY_HEAD.search(head) is not None
    office_asked = firm_asked and _OFFICE_HEAD.search(head) is not None
    which = which_nouns(question)
    kind = kind_asked(question)
    # (any body asked, 기관 or 업체 or 건설사, by a name; firm_asked above is BODY_HEAD's alone)
    body_wanted = body_asked(question)
    trade_wanted = body_wanted and trade_asked(question)  # (a firm: a city is no answer)
    # a person asked is no common word of a quotation ("김다온 국장은 “…축제와 행사를 …”이라고
    # 밝혔다"): inside a quotation of some length, only a person's name is a span
    speech = [(m.start(), m.end()) for m in _SPEECH.finditer(text)] if question.asks == "person" else []
    for i, (ws, we, se, tags, ts) in enumerate(words):
        if se <= ws:
            continue
        if topic_i is not None and asides[i]:
            continue  # the sentence says who did it; the words it reports are not the doer
        # a bare noun followed by another noun modifies it ("관련 전문기관", "청장 김기영"): the
        # phrase goes on, so it does not end here
        modifier = (se == we and i + 1 < len(words) and words[i + 1][2] > words[i + 1][0]
                    and text[words[i + 1][0]] not in "\"'‘“「『(<["
                    and text[we - 1] not in "’”」』》〉"  # (a name in title marks ends at its mark: "‘…콘서트’ 등")
                    and not (head and squash(text[ws:se]).endswith(head))
                    # (a body of the kind asked ends there: "부산대학교 학생들" for "…시작된 대학은?")
                    and not (kind and _ends_in_kind(squash(text[ws:se]), kind))
                    # (a company's name ends where it ends: "㈜가람건설 외 4개 업체")
                    and not (firm_asked and _company_marked(text, ws, se)))
        # phrases of 1-3 words ending at word i: the earlier words must be bare nominals or X의
        for n in range(1, 4):
            j = i - n + 1
            if j < 0:
                break
            first = words[j]
            if first[2] <= first[0]:
                break
            if n > 1:
                # every word before the last is a bare nominal or X의 ("방탄소년단은 10월" is no phrase)
                prev = words[j]
                if prev[2] <= prev[0] or text[prev[2]:prev[1]].strip("\"'’”」』》〉)") not in ("", "의"):
                    break
            if n > 1 and first[4] and first[4][0].tag == "NNB" and len(first[4]) == 1:
                break  # a bound noun leans on the word before it ("캠프마켓 내 …", "… 등 20곳"): no phrase starts there
            start = first[0]
            while start < se and text[start] in "\"'‘“「『《〈(<[":
                start += 1
            end = se
            if start > first[0] and text[start - 1] in _CLOSER:
                # 《고려국사》(高麗國史)를: a title in marks ends at its closing mark
                close = text.find(_CLOSER[text[start - 1]], start, se)
                if close > start:
                    end = close
            # closing marks off the end; a bracket only when it closes nothing the phrase's last
            # word opened: "두루미(鶴)" keeps its gloss, "부산시(시장 박형준)" is an aside across words
            while end > start and text[end - 1] in "\"'’”」』》〉)>]" and not (
                    text[end - 1] == ")" and text.count("(", words[i][0], end) >= text.count(")", words[i][0], end)):
                end -= 1
            phrase = text[start:end]
            if modifier:
                continue
            if not phrase or len(phrase) > 40 or phrase.count("(") != phrase.count(")") or \
                    phrase.count("《") != phrase.count("》"):
                continue
            sq = squash(phrase)
            if sq in GENERIC and question.asks in ("place", "person", "entity"):
                continue  # a word of no content ("2009년 5회 축제 이후 열리지 않았던"): no place, no one
            if question.asks in ("person", "place") and _quantity_name(PARTICLE_END.sub("", phrase.split()[-1])):
                continue  # "게스트 누가 나왔어?" is not answered by "시청률", "어디서?" not by "규모": a quantity's name
            if question.asks in ("person", "place", "entity") and _unit_of_figure(text, start, sq):
                continue  # "어느 동네에?" is not answered by the 원 of "(9000만 원)": a figure's unit
            if _topic_as_place(question, phrase):
                continue  # "인상안은 어디서?" is not answered by "4분기 요금 인상안": what, not where
            if body_wanted and (not _may_name_body(text, start, end, q_morphs)
                                or (trade_wanted and (ADMIN_NAME.search(sq) or _SPOT_END.search(sq)))):
                # "운영사는 어디야?" is not answered by "서컨테이너터미널 2-5 단계": no firm; "어느
                # 업체가?" not by "부산시": a city orders the works, no firm; nor by "가람역": a
                # stop on a route
                continue
            if sq in qsq or set_aside(question, phrase) or (kind and not _of_kind(kind, phrase, q_morphs)) \
                    or (which and _figures_only(phrase)):
                # ("무슨 회의에서?", "어느 업체가?": a sum or a count names no meeting, no firm)
                continue  # the question says it already, or sets it aside ("전남 말고" -> 전남도)
            stem_toks = [t for w in words[j:i + 1] for t in w[4] if t.tag in NOUNISH]
            content = [t for t in stem_toks if t.tag in ("NNG", "NNP", "SL", "SH", "SN")]
            inq = sum(1 for t in content if t.form.lower() in q_morphs)
            if question.asks == "person" and (post := post_or_head(question)) \
                    and (rest := _TAIL_OF_WORD.match(text, end)) and post in rest.group(0):
                # (a piece of the very word that names the post asked is no one holding it: "초대 가람
                # 예술" of "초대 가람 예술의전당장(…)에 김민수 …", where Kiwi reads 예술 + 의 + 전당장)
                continue
            score = _nearness(start, end, positions)
            if i == topic_i:
                # tied to the question by grammar, not by distance: reported speech may stand
                # between the topic and its predicate
                score = max(score, 0.0) + W.topic
            if extreme and any(t.tag != "SN" for t in content) and stated_extreme(text, end, extreme):
                # "꼴찌는 어디야?" <- "…뒤를 이었고 하용도(13.8%)가 가장 낮았다": the subject of the
                # extreme asked, not a name before its clause's end (as strong a tie as a whole asked)
                score = max(score, 0.0) + W.total_asked
            # the answer is what the question does not say
            score -= W.echo * inq / max(1, len(content))
            # a gloss in brackets (후두과(occipital condyle), 황준헌(黃遵憲)) makes no common noun a name
            gloss = [(m.start() + start, m.end() + start) for m in _GLOSS.finditer(phrase)]
            proper = any(t.tag in ("NNP", "SL", "SH", "SN") and not any(a <= t.start < b for a, b in gloss)
                         for t in stem_toks)
            score += W.proper if proper else 0.0
            # the answer carries the question word's particle: 어디에서 -> "소회의실2에서",
            # 누구에게 -> "…에게", 무엇을 -> "…을"
            if question.particle:
                same = _particle_of(text, end, we_of(words, i)) in _SAME_PARTICLE.get(question.particle,
                                                                                     (question.particle,))
                score += W.particle if same else -W.particle_miss
            if head and len(head) >= 1:
                if (sq.endswith(head) and sq != head and _names_more(sq[:-len(head)])) or (kind and _ends_in_kind(sq, kind)):
                    score += W.head_end
                elif _adjacent(text, start, end, head):
                    score += W.head_next
            person = heads_name = False
            slot = slot_fit(question, slot_words, start, end)
            if (question.relative and (question.head == "것" or question.relative_object) and i + 1 < len(words)
                    and words[i + 1][4] and words[i + 1][4][0].form == question.relative
                    and _particle_of(text, end, we_of(words, i)) in ("을", "를")):
                # "…완성한 것은?", "방시혁이 설립한 회사는?": the object of that predicate ("두 개의
                # 부교를 완성했다", "빅히트 엔터테인먼트를 설립하고")
                slot += W.slot
            if question.asks == "person":
                cue = _person_cue(text, start, end, stem_toks, post_or_head(question))
                score += cue
                # a name (청장 김기영, 고다이고 천황), or a title that names the one person holding
                # it ("단장: 시 행정부시장"), or whoever stands where the question word stands
                # ("누구의 명령에 따라" -> "하나님의 명령에 따라", whatever Kiwi tags it), or the
                # topic of the sentence that states what the question says was done
                # (a word of one syllable is no one's name: "대통령 밑에서"; a body's name glossed
                # in brackets is a body's: "한국소비자협의회(소협)")
                person = len(sq) >= 2 and (cue >= 0.8 or any(sq.endswith(t) for t in PERSON_TITLES if len(t) >= 2)
                          or (bool(content) and all(t.tag in ("NNP", "SL") for t in content)
                              # (a listing's 등 aside: "가람시 등" is a city still)
                              and not _INSTITUTION.search(_ETC_END.sub("", _GLOSS.sub("", phrase).rstrip())))
                          # (a common noun with no particle before the verbal noun modifies it:
                          # "FTA에 정식 서명했다" — 정식 is no one who signed)
                          or (slot > 0 and inq == 0 and len(content) == 1 and not (
                              content[0].tag == "NNG" and not _particle_of(text, end, we_of(words, i))))
                          or (i == topic_i and inq == 0))
                # a word set in title marks ("‘미식’을 핵심 콘텐츠로") is a term or a title, no one's name;
                # nor is an acronym in capitals (FTA, EU, UN): a body's or a thing's
                person = person and not (start > 0 and text[start - 1] in _TITLE_OPEN and end < len(text)
                                         and text[end] == _TITLE_OPEN[text[start - 1]]) \
                    and not re.fullmatch(r"[A-Z]{2,6}", phrase.strip()) \
                    and not re.search(r"\d", phrase)  # ("천안지점 041-559-3900": a branch's telephone, no one)
                if person:
                    score += W.person
                elif any(a < start and end < b for a, b in speech):
                    continue  # (a person named in the quotation may be the one asked: "책임자 누리 장관은")
            if question.asks == "place" and head_kind(sq[-2:]) == "place":
                score += W.place
            if office_asked and not _names_office(phrase, text, start, end, stem_toks, q_morphs):
                continue  # "어느 부처 자료야?" is not answered by "154개 지역": a common word names no office
            if firm_asked and _company_marked(text, start, end):
                score += W.firm
            elif firm_asked and inq == 0 and len(sq) >= 3 and _BODY_NAME.search(squash(_GLOSS.sub("", phrase))):
                # "어느 기관?" <- "중앙응급의료센터(E-gen)에 따르면": a body's name, one the question
                # does not name (its 병원 is what the figure counts); the more so as the source cited
                score += W.body * (2 if _ACCORDING.match(text, end) else 1)
            if all(t.tag in ("NNB", "SN", "XSN") for t in stem_toks):
                score -= W.bare
            elif n > 1 and first[4] and first[4][0].tag == "SN":
                score -= W.glued  # "20일 티모르 섬": a date or figure glued to a name is not part of it
            if sq in ("것", "수", "등", "때", "이", "그", "중"):
                score -= W.generic
            # a topic named in several words ("히즈브 우트타흐리르는", "존 브라운이") is one name:
            # none of its words is extra
            whole_name = i == topic_i and bool(content) and all(t.tag in ("NNP", "SL") for t in content)
            score -= W.length * (1 if whole_name else n)
            score += _statement_cue(question, words, i, se)
            # (a noun standing in for the thing, "모아두는 곳 이름이 뭐예요?", names no kind of it)
            if question.named and (head is None or head in GENERIC or head in NAME_HEADS or head in ("곳", "데")
                                   or _TITLE_ASKED.search(question.query)) \
                    and start > 0 and text[start - 1] in _TITLE_OPEN and end < len(text) \
                    and text[end] == _TITLE_OPEN[text[start - 1]]:
                # "이름 나온 게 뭐야?" <- "‘캔들라이트 콘서트’ 등 …": a name set in title marks, when the
                # question names no kind of thing (a 회사's name is no song's title in marks) — or asks
                # a title whatever the thing ("책 제목이 뭐야?" <- "나래 작가의 ‘한밤중 달빛 식당’")
                score += W.naming
            elif which and start > 0 and text[start - 1] in _TITLE_OPEN and end < len(text) \
                    and text[end] == _TITLE_OPEN[text[start - 1]] \
                    and re.search(rf"(?:{'|'.join(map(re.escape, which))})(?:인|이라는|라는|이란|란)?\s*$", text[:start - 1]):
                # "어느 플랫폼?" <- "온라인 플랫폼인 ‘대구安방’": the head's own name, in marks beside it
                score += W.naming
                heads_name = True
            score += slot
            if best is None or score > best.score or (
                    whole_name and score == best.score and best.end == end and start < best.start):
                best = Span(start, end, phrase, score, proper, person, heads_name)
    if kind and best is None:
        # a word ending in the kind asked, however Kiwi cut it ("승일희망재단에" as 승 + 일 + …)
        for m in re.finditer(rf"[가-힣A-Za-z0-9]+{re.escape(kind)}(?=[가-힣]{{0,3}}(?:[\s,.)]|$))", text):
            if squash(m.group(0)) in qsq or not _of_kind(kind, m.group(0), q_morphs):
                continue
            score = _nearness(m.start(), m.end(), positions)
            if best is None or score > best.score:
                best = Span(m.start(), m.end(), m.group(0), score, True, False)
    if question.asks in ("place", "person"):
        for span in _appositions(question, text, positions, qsq, q_morphs):
            if best is None or span.score > best.score:
                best = span
    if question.asks in ("entity", "place"):
        span = _spelled_out(question, text)
        if span is not None and (best is None or span.score > best.score):
            best = span
    if question.asks == "person":
        for span in (_speaker_label(question, text), _name_before_post(question, text), _holder_in_bracket(question, text)):
            # (one reaching further back to the same post holds the name before the body: "김다온
            # 가람시 도시국장" over "가람시 도시국장", whose proper noun is the city)
            # (… and the holder of the post asked, named with it, over a phrase naming someone by
            # another post however near the question's words it stands: "최충규 대덕구청장과 …,
            # 대덕경찰서 관계자가 참석했다" for "참석한 구청장은?" — not over a name, "가수 김현식의")
            post = post_asked(question) if span is not None and best is not None else None
            if span is not None and (best is None or span.score > best.score
                                     or (span.end == best.end and span.start < best.start)
                                     or (post and post in squash(span.text) and post not in squash(best.text)
                                         and (_PERSON_TITLED.search(PARTICLE_END.sub("", squash(best.text)))
                                              # (… or over a phrase naming no one: "산학연관 관계자 250여명")
                                              or not best.person))):
                best = span
    return best


def _holder_in_bracket(question: Question, text: str) -> Span | None:
    """A post asked glued to its body ("제주지회장 이름") and the sentence naming the holder in a
    bracket after the body, the post said short: "인구협회 제주지회(지회장 고신관) 주관으로"."""
    post = post_asked(question)
    if not post:
        return None
    post = _as_written(question, post) or post
    if len(post) < 4 or post in squash(text):
        return None
    for k in range(2, len(post)):
        body = post[:k]
        # (the short post may repeat the body's last letters: 제주지회 + 지회장, 가람구 + 구청장)
        for short in dict.fromkeys((post[k:], post[k - 1:], post[k - 2:])):
            if len(short) < 2 or not short.endswith("장"):
                continue
            m = re.search(rf"{re.escape(body)}\s?\(\s*{re.escape(short)}\s+([가-힣]{{2,4}})\s*\)", text)
            if m:
                return Span(m.start(1), m.end(1), m.group(1), W.post + W.person + W.proper, True, True)
    return None


# the body a post belongs to, said short before it: "김다온 군 시설관리공단 이사장", "시 복지국장"
_BODY_SHORT = frozenset("시 군 구 도 국 청 처 부".split())


def _name_before_post(question: Question, text: str) -> Span | None:
    """A person asked by post, named right before that post ("박누리 군수는") or before the
    body the question names and the post: "가람군 시설관리공단 이사장 이름?" <- "김다온 군
    시설관리공단 이사장은" (the phrases of _phrase_span end at the post three words on, and the
    name alone is cut as a modifier)."""
    post = post_asked(question)
    if not post:
        return None
    qsq = squash(question.query)
    # each post said, and the words before it nearest first (a match found left to right would
    # swallow the name into another candidate's words: "이날 서구는 … 김이강 서구청장")
    for m in re.finditer(r"(?<![가-힣\d])([가-힣]*" + re.escape(post) + r")(?=[은는이가의과와도,\s(]|$)", text):
        glossed = _GLOSSED_NAME.search(text[:m.start()])
        if glossed and all(w in _BODY_SHORT or w.lower() in qsq for w in glossed.group(3).split()):
            # a foreign name glossed in letters before the post: "자이드 라아드 알 후세인(Zeid Ra'ad Al
            # Hussein) 유엔 인권최고대표" (its words are no Korean name's, the gloss says it is one,
            # and how many words it has: a transliteration keeps them)
            n = len(glossed.group(2).split())
            hangul = list(re.finditer(r"[가-힣]+", glossed.group(1)))
            if len(hangul) >= n and not any(h.group(0) in qsq for h in hangul[-n:]):
                start = glossed.start(1) + hangul[-n].start()
                return Span(start, m.end(1), text[start:m.end(1)], W.post + W.person + W.proper, True, True)
        # (a bracketed aside between the body and the post is blanked, its place kept: "홍길동
        # 가람은행(카드 발급사) 부행장")
        words = list(re.finditer(r"\S+", re.sub(r"\([^()]{1,20}\)", lambda a: " " * len(a.group(0)), text[:m.start()])))[-4:]
        for k in range(len(words) - 1, -1, -1):
            name = words[k].group(0)
            middle = [w.group(0) for w in words[k + 1:]]
            # (the body between may be written in letters, as the question writes it: "김세진 SK온
            # 유럽법인장" for "SK온 유럽법인장 누구야?")
            if re.fullmatch(r"[가-힣]{2,4}", name) and (not middle or all(re.fullmatch(r"[가-힣A-Za-z0-9]+", w) for w in middle)) \
                    and _holder_named(name, middle, qsq):
                start = words[k].start()
                return Span(start, m.end(1), text[start:m.end(1)], W.post + W.person + W.proper, True, True)
    return None


# a name in Hangul words glossed in Latin letters in brackets, then at most two words (the body),
# right before a post
_GLOSSED_NAME = re.compile(r"(?:^|(?<=\s))((?:[가-힣]{1,6}\s){0,5}[가-힣]{2,6})\s?\(([A-ZÀ-Þ][A-Za-zÀ-ÿ’'.\- ]{1,40})\)\s*((?:\S+\s+){0,2})$")


def _holder_named(name: str, middle: list[str], qsq: str) -> bool:
    """``name`` before ``middle`` and a post names the post's holder: a word that may be a name
    (not the question's own, not a word Kiwi knows), and only the question's own words or a body
    said short (군, 시) between — a name the article gives of another post's holder is not this
    one's (_name_before_post, and holds_answer's titled name)."""
    # (a place the question names without its unit is the same body: "김다온 가람시 국장" for
    # "가람 국장은?")
    return name not in qsq and place_stem(name) not in qsq and (_may_be_name(name) or _surname_first(name)) \
        and all(w in _BODY_SHORT or w.lower() in qsq or place_stem(w) != w and place_stem(w) in qsq for w in middle)


# the commonest Korean surnames: a word of three syllables opening with one, right before a post,
# is a name however Kiwi cuts it ("김이강 서구청장": 김 + 이 + 강, a particle inside)
_SURNAMES = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 "
                      "심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
                      "연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용".split())


def _surname_first(name: str) -> bool:
    return len(name) == 3 and name[0] in _SURNAMES


# title marks and their closers: what a sentence sets in them is a name (abstain: a year inside one
# is part of the name); double quotes set a name apart as often, and reported speech as often
TITLE_MARKS = {"‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉"}
# a title asked by its word: 제목, 곡명, 작품명, 서명 (what marks set a work's name in)
_TITLE_ASKED = re.compile(r"제목|곡명|작품명|(?<![가-힣])서명(?!\s*(?:운동|했|한|하))")
_TITLE_OPEN = {**TITLE_MARKS, "“": "”"}
# the words of a name spelled out before its abbreviation in brackets: "산지 수산물거점 유통센터(FPC)"
_SPELLED = re.compile(r"((?:[가-힣A-Za-z0-9·]+\s){0,2}[가-힣A-Za-z0-9·]+)\s?\(\s*([A-Za-z][A-Za-z0-9&\-]{1,11})\s*\)")


def _spelled_out(question: Question, text: str) -> Span | None:
    """"FPC는 무슨 시설이야?": the words an abbreviation the question names stands for, as the
    sentence glosses it ("…수산물거점 유통센터(FPC)") — what the question asks is what it is."""
    # (the abbreviation is what the question is about: "FPC는 무슨 시설?", not where: "BIFC 안에서")
    latin = {f for c in question.constraints if c.kind == "name" for f in c.forms if re.fullmatch(r"[a-z][a-z0-9&\-]+", f)
             and re.search(rf"(?i)(?<![a-z]){re.escape(f)}\s*(?:은|는|이|가|란|이란)\s", question.text)}
    if not latin:
        return None
    for m in _SPELLED.finditer(text):
        if m.group(2).lower() in latin:
            words = m.group(1).split()
            # the name's own words: from the first that takes no particle of its own
            while len(words) > 1 and PARTICLE_END.search(words[0]):
                words = words[1:]
            phrase = " ".join(words)
            start = m.start(1) + m.group(1).find(phrase)
            return Span(start, start + len(phrase), phrase, W.copula + W.apposition, proper=True)
    return None


# a broadcast transcript names who speaks before the words: "[박형준/부산시장 : "…"]",
# "홍길동/부산시 교통국장: …" — a name, a slash, the speaker's post, a colon
_SPEAKER_LABEL = re.compile(r"\s*[\[［(]?\s*([가-힣]{2,4})\s*/\s*([^/:：\]\n]{2,30}?)\s*[:：]")


def _speaker_label(question: Question, text: str) -> Span | None:
    """The speaker a transcript's sentence opens with, when the question asks for a person of
    that post (시장 -> 부산시장) or asks for no post: a name beyond doubt (W.copula + W.topic)."""
    m = _SPEAKER_LABEL.match(text)
    if not m or squash(m.group(1)) in squash(question.query):
        return None
    head = question.head
    if head and head not in ("사람", "인물", "분", "이") and not squash(m.group(2)).endswith(head):
        return None
    return Span(m.start(1), m.end(1), m.group(1), W.copula + W.topic, True, True)


_OPENERS, _CLOSERS = "“「『(", "”」』)"


def _asides(text: str, words) -> list[bool]:
    """For each word, whether it stands inside a quotation or a bracketed aside that spans
    words ("X(Y)는" opens and closes within one word: not inside)."""
    out = []
    depth, straight = 0, False
    for ws, we, *_ in words:
        inside = depth > 0 or straight
        for ch in text[ws:we]:
            if ch in _OPENERS:
                depth += 1
            elif ch in _CLOSERS:
                depth = max(0, depth - 1)
            elif ch == '"':
                straight = not straight
        out.append(inside or depth > 0 or straight)
    return out


class Doer(NamedTuple):
    """What a sentence says of who did what the question's relative clause says was done."""

    stated: bool  # it states that predicate (not as a relative clause again, on another noun)
    topic: int | None  # the word ending its first topic (은/는) before the predicate
    subject: int | None  # … its first subject (이/가)
    named: bool  # a subject before the predicate is a proper noun


def _doer(question: Question, words, asides: list[bool]) -> Doer:
    """Read the sentence up to the predicate of the question's relative clause, outside
    quotations and asides (reported speech has subjects of its own)."""
    verb = question.relative
    topic = subject = None
    named = False
    for i, (ws, we, se, tags, ts) in enumerate(words):
        if asides[i]:
            if verb and (topic is not None or subject is not None) and any(t.form == verb for t in ts):
                # "박상돈 시장은 "…협조를 부탁한다"고 말했다" answers "…협조를 부탁한 시장은?":
                # the words quoted are the topic's own, said after it
                return Doer(True, topic, subject, named)
            continue
        at = next((k for k, t in enumerate(ts) if t.form == verb), None) if verb else None
        if at is not None:
            ending = next((t for t in ts[at + 1:] if t.tag.startswith("E")), None)
            # "사회를 맡은 임진모 평론가는": a relative clause again, on the answer itself (the
            # slot, not the topic, finds it)
            return Doer(ending is None or ending.tag != "ETM", topic, subject, named)
        rest = _after_stem(ts, se)
        k = i
        spaced = _spaced_particle(words, i)
        if spaced is not None:
            # "히즈브 우트타흐리르 (…, 이슬람 과격 단체) 은 바트당 …": the particle marks the name
            # before the gloss, not the gloss's last word (Kiwi reads a lone 은 as a noun)
            k, particle = spaced
            if topic is None and particle in ("은", "는"):
                topic = k
            elif particle in ("이", "가"):
                subject = k if subject is None else subject
                named = named or "NNP" in words[k][3]
            continue
        if se <= ws and i > 0 and words[i - 1][2] > words[i - 1][1]:
            k = i - 1  # "고노에 후미마로는": Kiwi read the name across the space; its phrase ends a word before
        elif se <= ws:
            continue  # no nominal stem (a pronoun: 그가, 그는)
        if rest and rest[0].form in ("은", "는", "이", "가"):
            if topic is None and rest[0].tag == "JX":
                topic = k
            elif rest[0].tag == "JKS":
                subject = k if subject is None else subject
                named = named or "NNP" in words[k][3]
    return Doer(False, None, None, False)


def _spaced_particle(words, i: int) -> tuple[int, str] | None:
    """Word ``i`` is a bare subject or topic particle written apart after a bracketed gloss
    ("X (…) 은", as Wikipedia often has it): the index of the word before the gloss opened, and
    the particle; None otherwise (also when the gloss opens the sentence: nothing stands before)."""
    ts = words[i][4]
    if i < 2 or len(ts) != 1 or ts[0].form not in ("은", "는", "이", "가") or not words[i - 1][4] \
            or words[i - 1][4][-1].form != ")":
        return None
    depth = 0
    for j in range(i - 1, -1, -1):
        forms = [t.form for t in words[j][4]]
        depth += forms.count(")") - forms.count("(")
        if depth <= 0:
            # the gloss opened in word j: glued to the name ("X(…") or a word of its own
            opens = words[j][4][0].form == "(" and words[j][4][0].start == words[j][0]
            k = j - 1 if opens else j
            return (k, ts[0].form) if k >= 0 and words[k][2] > words[k][0] else None
    return None


def _topic_word(question: Question, words, asides: list[bool]) -> int | None:
    """The index of the word ending the sentence's topic (its first noun marked 은/는 outside
    quotation marks and brackets; else its first subject, marked 이/가), when the sentence
    states the predicate of the question's relative clause after it: "민주당 박지원 원내대표는
    "…"며 … 주장했다" answers "…주장한 사람은?"."""
    if not question.relative:
        return None
    d = _doer(question, words, asides)
    if not d.stated:
        return None
    return d.topic if d.topic is not None else d.subject


# an article's title that names its subject: a word or three of letters, an optional
# "(disambiguation)" after it ("김정남_(조선민주주의인민공화국)"); a headline is no name
_TITLE_NAME = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z·.\- ]{0,18}[가-힣A-Za-z.])(?:\s*\([^()]*\))?")


def title_name(title: str | None) -> str | None:
    """The name an article's title gives its subject, or None when the title is no name."""
    m = _TITLE_NAME.fullmatch((title or "").replace("_", " ").strip())
    if not m or len(m.group(1).split()) > 3:
        return None
    name = m.group(1).strip()
    toks = [t for t in pos(name) if t.tag not in ("SP", "SO", "SF")]
    if not toks or not all(t.tag in ("NNP", "SL") for t in toks) or _INSTITUTION.search(name):
        return None
    return name


# the one word Korean news writes for an event a question says in plain words: a construction
# started (공사 … 시작) is 착공, one finished is 준공 or 완공, a door opened (문 열어) is an opening
_WORKS = frozenset({"공사", "건립", "건설", "건축", "착공"})
_STARTS = frozenset({"시작", "들어가", "착수", "첫삽"})
_ENDS = frozenset({"끝나", "끝내", "마치", "마무리", "완료", "끝"})
_BUILD_SAID = re.compile(r"짓[는고기다겠나냐니]|지었|지어졌")
_NOT_BUILT = re.compile(r"이름|명칭|결론|농사|미소|한숨|죄")
_BUILT = ("건설", "건립", "건축", "신축", "조성")
# a body or a building set up (세워졌어, 세운): 설립, 창립 in news (not a plan, a record, a goal set)
_FOUNDED = ("설립", "창립", "창설", "건립")
_NOT_FOUNDED = frozenset({"계획", "기록", "목표", "전략", "대책", "방침", "기준", "원칙", "공"})
# money spent said plainly (얼마 들었어, 얼마 썼어) and as news writes it
_SPENT = frozenset({"들", "들어가", "쓰"})
_SPENDING = ("투입", "소요", "사업비")
_OPENINGS = ("개관", "개장", "개원", "개소", "개점", "개통", "문을")
# the end of a programme or a task said as news says it
_COMPLETIONS = ("완료", "마무리", "종료", "완공", "준공")
# a programme's first start said as news says it
_FIRST_STARTS = ("도입", "시행", "출범", "최초")


def event_aliases(question: Question) -> tuple[str, ...]:
    """The words that name the event the question says in plain words: "공사 언제 시작했어?" ->
    착공; "공사 언제 끝나?" -> 준공, 완공; "언제 문 열어?" -> 개관, 개장, 개원 …; "짓는데" ->
    건설, 건립 …; "얼마 들었어?" -> 투입, 소요 …"""
    toks = set(question.tokens)
    if question.predicate in _STARTS and toks & _WORKS:
        return ("착공",)
    # (Kiwi may read 끝나는 as 끝 + 나)
    ends = question.predicate in _ENDS or (question.predicate in ("나", "내") and "끝" in toks)
    if ends and toks & _WORKS:
        return ("준공", "완공")
    if ends:
        return _COMPLETIONS  # "사업 언제 끝나?": 완료, 마무리, 종료 in news
    if question.predicate == "열" and "문" in toks:
        return _OPENINGS
    out = ()
    # ("단지는 언제 만들어졌어?" is asked of a place built as often: 조성, 건설 in news)
    if ("짓" in toks or _BUILD_SAID.search(question.query) or question.predicate == "만들") \
            and not _NOT_BUILT.search(question.query):
        # (Kiwi reads 지었어 as 지, 짓는데 as 들 …; a name given, a conclusion drawn, a farm worked
        # are "지은" too: 이름 언제 지었어, 결론 짓는, 농사짓기)
        out += _BUILT  # "임대주택 짓는데": 건설, 건립, 신축 in news
    if question.predicate == "세우" and not toks & _NOT_FOUNDED:
        out += _FOUNDED  # "재단은 언제 세워졌어?" <- "1998년 10월 설립된 재단은"
    if question.asks == "amount" and question.predicate in _SPENT:
        out += _SPENDING  # "얼마 들었어?": money put in, 투입, 소요
    if question.predicate in _STARTS and re.search(r"처음|최초", question.query):
        out += _FIRST_STARTS  # "언제 처음 시작했어?": news says 도입, 시행, 출범
    return out


def says_event(question: Question, text: str, verb: bool = True) -> bool:
    """``text`` says the event the question asks of: a noun news names it by (event_aliases: 짓 ->
    건립, 건설, …), as a word of its own (not the 건설 of a firm's name, 가람건설), or with ``verb``
    the question's own verb."""
    return any(re.search(rf"(?<![가-힣]){a}", text) for a in event_aliases(question)) or (verb and any(
        t.form == question.predicate and t.tag.startswith(("VV", "NNG")) for t in pos(text)))


def places_event(question: Question, text: str) -> bool:
    """A place asked of an event news names by a noun ("어디에 지었어?": 건립, 건설) and ``text``
    says that event and names a place (a proper name: "나래읍 다온리 일원에 … 건립했다", not the
    "시공" of "시공은 가람건설이 맡았으며", nor "…조성하기 위해 주변을")."""
    if not event_aliases(question) or not says_event(question, text, verb=False) or not holds_answer(question, text):
        return False
    span = value_span(question, text)
    # (… or a place the question does not name, by its unit: "함양읍 이은리 … 조성부지 안에", whose
    # best span is the lot's)
    asked = squash(question.query)
    return (span is not None and span.proper) or any(m.group(0) not in asked for m in _UNIT_PLACE.finditer(text))


# a place named by its unit: 가람읍, 나래리, 다온동 (not 군비, 구간: the unit ends the word)
_UNIT_PLACE = re.compile(r"(?<![가-힣])[가-힣]{1,5}(?:읍|면|리|동)(?=\s|에|의|[,.]|$)")


def event_words(question: Question) -> tuple[str, ...]:
    """What the question says happened, for a date asked: its predicate ("언제 개통한대?" ->
    개통), or with none the nouns on the head ("신청 마감이 언제야" -> 신청, 마감; "준공 목표
    시점" -> 준공, 목표) — not a time word (시점, 해)."""
    if question.predicate:
        # (and the event the question names by its noun, "준공은 언제로 잡혀 있어?" -> 잡히, 준공)
        named = (question.head,) if question.head and any(
            c.kind == "subject" and c.text == question.head for c in question.constraints) else ()
        return (question.predicate, *event_aliases(question), *named)
    words = [c.text for c in question.constraints if c.kind == "subject"] + [question.slot[0] or ""]
    if not any(words) and question.attribute and not _modified(question.text, question.attribute):
        # "개원식은 며칠에 해?": 며칠 heads nothing, and the noun it is said of is what happens
        # (not a noun a clause qualifies, "시정질문 하는 본회의는": which one is in the clause)
        words.append(question.attribute)
    return tuple(w for w in dict.fromkeys(words) if w and head_kind(w) != "date")


def _modified(text: str, noun: str) -> bool:
    """``noun`` follows an adnominal ending in ``text`` (a relative clause qualifies it: "시정질문
    하는 본회의"), one word on (a prefix or a noun glued before it allowed)."""
    return any(t.tag == "ETM" and re.match(rf"\s*[가-힣]{{0,3}}{re.escape(noun)}", text[t.start + t.len:])
               for t in pos(text))


# the closing single mark of words someone said: "‘…하겠다’고", "‘…’라며"
_SAID_AFTER_MARK = re.compile(r"[^‘’']{1,80}[’']\s*(?:이?라고|고|이?라며|며)(?![가-힣])")


def binds_event(question: Question, text: str, span: Span | None, words_too: bool = False,
                dated: bool = True) -> bool:
    """The date ``span`` is the time of the event asked: a word of it (``event_words``) stands
    after the span in its clause, up to the clause's first predicate — "2028년 말 개통될",
    "3월 13일까지 신청·접수할", "2023년 10월부터 … 어린이 요금을 무료화했다". A date adverb
    comes before its verb in Korean; an article's day of announcement does not ("16일 “… 기간
    내 신청하길 바란다”고 말했다": the quotation is another clause, and "11일 … 착공식을
    개최했다" states another event)."""
    events = event_words(question)
    if span is None or not events:
        return False
    dates = (*figures(text), *time_words(text)) if words_too else figures(text)  # (올해, 내년: ``words_too``)
    # (the span may begin before its figure: "지난해 3월" is the year word and the month)
    if dated and not any(f.date and (f.start <= span.start < f.end or span.start <= f.start < span.end) for f in dates):
        return False  # a phrase ("한분") is no date (``dated``: any figure the verb takes, "48억 원을 청산했고")
    verb = False
    # a date set as the sentence's topic ("내년에는 … ‘서울식물원’이 문을 엽니다") frames the
    # whole sentence, not only the clause after it: the relative clauses and the clauses joined
    # before the sentence's own predicate are inside its frame
    framed = re.match(r"(?:에|에서)?(?:는|은)(?![가-힣])", text[span.end:]) is not None
    joined = False
    toks = pos(text)
    for i, t in enumerate(toks):
        if t.start < span.end:
            continue
        if t.form in ("\"", "“") or (t.form in ("‘", "'") and _SAID_AFTER_MARK.match(text, t.start + t.len)):
            # a quotation opens: its words are someone's, not this clause's (a bracket is an aside;
            # single marks set off a name in news, "…부터 ‘가람감시단’을 운영한다", unless what they
            # close is said: "‘…개관하겠다’고 밝혔다")
            return False
        if any(t.form == e or (len(e) >= 2 and t.form.startswith(e)) for e in events):
            # (in a clause joined on, the event as the topic of its own clause is out of the
            # frame: "내년에는 … 공사를 본격화하고, 개통 시점은 아직 미정이다")
            return not (joined and _topic_phrase(toks, i))
        if t.tag in ("VV", "VA", "XSV", "XSA", "VCP"):
            verb = True
        elif verb and t.tag in (("EF",) if framed else ("EC", "EF", "ETM", "ETN")):
            return False  # the clause's predicate has ended without the event
        elif framed and verb and t.tag == "EC" and not (i + 1 < len(toks) and toks[i + 1].tag.startswith("VX")):
            joined = True  # (a clause joined on: not an auxiliary's, "만나 볼 수 있는")
    return False


def _topic_phrase(toks, i: int) -> bool:
    """The noun phrase from ``toks[i]`` ends with the topic's particle (개통 시점은)."""
    k = i + 1
    while k < len(toks) and toks[k].tag in ("NNG", "NNP", "NNB", "XSN"):
        k += 1
    return k < len(toks) and toks[k].tag == "JX" and toks[k].form in ("은", "는")


def elided_doer(question: Question, text: str) -> bool:
    """The sentence states the predicate of the question's relative clause (Question.relative)
    with no topic (은/는) and no named subject (a proper noun with 이/가) before it: its doer is
    left unsaid, or said as a pronoun (그가, 그는) — the subject of the whole article, as an
    encyclopedia entry or a profile writes ("전두환 정권의 기피인물로 지목되어 … 대법관직에서
    퇴임하였다" in the article 이회창). A common noun with 이/가 ("연임이 안 된 채") is the subject
    of a clause inside, not the doer."""
    if not question.relative:
        return False
    words = _words(text)
    d = _doer(question, words, _asides(text, words))
    return d.stated and d.topic is None and not d.named


class ContentWords(NamedTuple):
    """A sentence's content morphemes (``SLOT_TAGS``) in order, with where each starts and ends."""

    forms: list
    starts: list
    ends: list


def content_words(text: str) -> ContentWords:
    toks = [t for t in pos(text) if t.tag.split("-")[0] in SLOT_TAGS]
    return ContentWords([t.form for t in toks], [t.start for t in toks], [t.start + t.len for t in toks])


def slot_fit(question: Question, words: ContentWords, start: int, end: int, reach: int = 12) -> float:
    """``W.slot`` for each of the question's slot words (the content words right before and
    after its question word) found as the first content word on that side of the span
    ``text[start:end]`` (``words``: ``content_words(text)``), within ``reach`` characters:
    "사우디아라비아가 어느 나라를 공습한" is answered by the X of "사우디아라비아가 X를 공습한"."""
    before, after = question.slot
    if not words.forms or (not before and not after):
        return 0.0
    score = 0.0
    # positions are in order: bisect, not a scan, for each of the sentence's candidate spans
    i = bisect.bisect_left(words.starts, end)
    if after and i < len(words.forms) and words.starts[i] - end <= reach and words.forms[i] == after:
        score += W.slot
    j = bisect.bisect_right(words.ends, start) - 1
    if before and j >= 0 and start - words.ends[j] <= reach and words.forms[j] == before:
        score += W.slot
    return score


def _after_stem(ts, stem_end: int):
    """The morphemes of a word after its nominal stem, closing marks skipped ('노동보국'이라는)."""
    return [t for t in ts if t.start >= stem_end and t.tag not in ("SSC", "SF", "SP")]


def _statement_cue(question: Question, words, i: int, stem_end: int) -> float:
    """The phrase ending at word ``i`` is named or equated by the copula (이다):
    - naming: X(이)라는 / X(이)라고 / X(이)란: "E-II라는 로고를 달고" names the logo;
    - the copula's complement after the question's head or words: "규정할 수 있는 것은 바로 픽업의
      사용이다" for "규정할 수 있는 것은?";
    - the subject of the head's copula: "피로파괴가 침몰 원인이었다" for "침몰 원인은 무엇인가?".
    Korean grammar, not vocabulary: the copula 이 (VCP) and its endings."""
    rest = _after_stem(words[i][4], stem_end)
    if rest and rest[0].tag == "VCP" and len(rest) > 1:
        ending = rest[1]
        if ending.form.startswith("라") or ending.form in ("란", "ᆫ"):
            return W.naming if ending.form != "ᆫ" else 0.0
        if ending.tag in ("EF", "EC", "EP") and question.head:
            # the head stands before it as the topic or subject: "X는 (바로) Y이다" — not as
            # another copula's complement ("…우승국이었고 … 나라였는데" equates 나라 with no head)
            for w in words[max(0, i - 6):i]:
                after = _after_stem(w[4], w[2])
                if squash(" ".join(t.form for t in w[4] if t.start < w[2])).endswith(question.head) \
                        and after and after[0].tag in ("JX", "JKS"):
                    return W.copula
        return 0.0
    head = question.head
    if head and len(head) >= 2 and rest and rest[0].tag in ("JKS", "JX") and i + 1 < len(words):
        # "X가 (…) HEAD이다": the head is equated with X by the copula within the next two words
        for w in words[i + 1:i + 3]:
            ws, we, se, tags, ts = w
            stem = squash("".join(t.form for t in ts if t.start < se))
            after = _after_stem(ts, se)
            if stem.endswith(head) and after and after[0].tag == "VCP":
                return W.copula
    return 0.0


# "보고회(소회의실)", "경자청(청장 김기영)": a bracket right after a word of the question says
# where or who that thing is — agendas and press releases put the place and the person there
_APPOSITION = re.compile(r"([가-힣A-Za-z0-9]+)\(([^()]{2,30})\)")


def _appositions(question: Question, text: str, positions: list[int], qsq: str, q_morphs: set) -> list[Span]:
    out = []
    for m in _APPOSITION.finditer(text):
        start, end = m.start(2), m.end(2)
        inner = text[start:end].strip()
        words = re.sub(r"[^가-힣\s]", " ", inner).split()
        titled = any(w in PERSON_TITLES for w in words[:1] + words[-1:])
        before = [t for t in pos(m.group(1)) if t.tag in NOUNISH]
        # it glosses a word the question does not ask about; but "부산시(시장 박형준)" names who
        # leads the body the sentence speaks of, whatever the question calls it
        if not before or (before[-1].form.lower() not in q_morphs and not (question.asks == "person" and titled
                                                                           and _title_agrees(words, q_morphs))):
            continue
        toks = [t for t in pos(inner) if t.tag in NOUNISH]
        content = [t for t in toks if t.tag in ("NNG", "NNP", "SL", "SH")]
        sq = squash(inner)
        if not content or sq in qsq or all(t.form.lower() in q_morphs for t in content):
            continue
        if any(t.tag == "SL" for t in toks) and all(t.tag in ("SL", "SN") for t in toks):
            continue  # a Latin gloss of the word before it (인공지능(AI)), not a place or a person
        if question.asks == "place" and titled:
            continue  # "부산시(시장 박형준)" says who leads it, not where it is
        if body_asked(question) and (titled or not _may_name_body(text, start, end, q_morphs)):
            # "운영사는?" is not answered by "7부두(서컨테이너터미널 2-5 단계)": no firm; "어느
            # 기관?" not by "시의회(의장 서금택)": who leads it
            continue
        proper = any(t.tag in ("NNP", "SL", "SH") for t in toks)
        score = _nearness(start, end, positions)
        if titled and re.match(r"(?:은|는|이|가)\s", text[m.end():m.end() + 2]):
            # who leads the sentence's subject ("부산시(시장 박형준)는 … 회의를 열고"): tied to
            # what the sentence says by grammar, not by distance (as the topic in value_span)
            score = max(score, 0.0)
        score += W.apposition + (W.proper if proper else 0.0)
        person = False
        if question.asks == "person":
            cue = _person_cue(text, start, end, toks) + _person_cue(inner, len(inner), len(inner), toks)
            # a bracket after a body's name says where it is ("한마음약국(구포동)"), unless it
            # names a title ("경자청(청장 김기영)"): a proper noun there is a place, not a person
            body = not titled and _INSTITUTION.search(before[-1].form) is not None
            person = cue >= 0.8 or (any(t.tag == "NNP" for t in toks) and not body)
            score += cue
        out.append(Span(start, end, inner, score, proper, person))
    return out


def _title_agrees(words: list[str], q_morphs: set) -> bool:
    """A question naming a title ("…회장은 누구예요?") asks for the holder of that title: a
    bracket naming another ("(시장 박형준)") is not it; a question naming none takes any."""
    asked = {t for t in PERSON_TITLES if t in q_morphs and len(t) >= 2 and t not in ("사람", "인물")}
    return not asked or any(w in asked for w in words)


# the endings of places and bodies, not people: 명지지구, 경자청, 연구원, 부산시
_ETC_END = re.compile(r"\s*등$")
_INSTITUTION = re.compile(r"(지구|청|원|소|관|단|회|사|시|군|구|도|동|읍|면|역|항|부|처|국|당|대학교?|센터|공사|공단|협회|은행|그룹)$")


_SAME_PARTICLE = {"이": ("이", "가"), "가": ("이", "가"), "을": ("을", "를"), "를": ("을", "를"),
                  "로": ("로", "으로"), "으로": ("로", "으로"), "에": ("에",), "에서": ("에서",)}


def we_of(words, i: int) -> int:
    return words[i][1]


def _particle_of(text: str, stem_end: int, word_end: int) -> str:
    """The particle after a noun phrase (its word's tail, without closing quotes or punctuation)."""
    return text[stem_end:word_end].strip("\"'’”」』).,")


_LINK = re.compile(r"(?:인|이자|이며|이던|이었던|의|은|는|이|가|로|으로|,|:)?$")


def _adjacent(text: str, start: int, end: int, head: str) -> bool:
    """The head noun stands right before or right after the phrase: "그룹 제국의 아이들",
    "가장 큰 섬인 부건빌 섬", "김기영 청장"."""
    before = squash(text[max(0, start - len(head) - 5):start])
    after = squash(text[end:end + len(head) + 3])
    before = before[: len(before) - len(_LINK.search(before).group(0))] if before else before
    return before.endswith(head) or after.startswith(head) or after[1:].startswith(head)


def post_asked(question: Question) -> str | None:
    """The post a person question asks the holder of (장관, 시장), or None (사람, 인물)."""
    head = question.head
    if question.asks != "person" or not head or len(head) < 2 or head in ("사람", "인물"):
        return None
    if head not in PERSON_TITLES:
        # a place's head with its place glued on (울주군수, 천안시장): the office
        # (… or a body's head, its body glued on: 경찰청장, 소방본부장 — the post asked as written)
        office = place_office(head)
        if office is None and ((len(head) >= 4 and _PERSON_TITLED.search(head)) or (head[0] == "부" and head_kind(head) == "person")):
            return head  # (… or a deputy's post: 부행장, 부원장)
        return office
    return head


def _another_post(question: Question, text: str, phrase: str) -> bool:
    """The phrase names its person only by posts (구청장 of "구청장 이성헌"), none of them the post
    asked, nor a longer or a shorter way of saying it (관장 for 기관장, 대덕구청장 for 구청장), and
    the sentence says the post asked nowhere."""
    post = post_or_head(question)
    # (the sentence says the post asked: "남측 수석대표인 김다온 가람회 회장은". Said only as a
    # deputy's, 부시장 for 시장, it was read as not said, and lost a held-out answer)
    if not post or post in squash(text):
        return False
    titled = [w for w in (PARTICLE_END.sub("", w) for w in re.findall(r"[가-힣]+", phrase))
              if len(w) >= 2 and _PERSON_TITLED.search(w)]
    if post in _ANY_HEAD_POSTS:
        # whoever heads the body answers (센터장, 원장); the head of a place is another's (구청장)
        return bool(titled) and all(any(w.endswith(o) for o in PLACE_OFFICES) for w in titled)

    def same(w: str) -> bool:
        # (the post a deputy's extends is another: 행장 for 부행장 — not for 부장, a post of its own)
        if post[0] == "부" and _deputy_of(post[1:]) and w == post[1:]:
            return False
        return post in w or w in post

    return bool(titled) and not any(same(w) for w in titled)


def _deputy_of(post: str) -> bool:
    """``post`` has deputies named by 부 before it: a person's post of two syllables or more
    (시장, 행장), not the 장 of 부장."""
    return len(post) >= 2 and head_kind(post) == "person"


# a head of any body, asked by a word that names no post of its own: whoever heads it answers
_ANY_HEAD_POSTS = frozenset({"기관장", "단체장", "수장", "책임자", "대표자"})


def post_or_head(question: Question) -> str | None:
    """post_asked, or the head of a person question ending in 장 that no table knows ("초대 가람관장
    누구야?" -> 가람관장): a post all the same."""
    post = post_asked(question)
    if post is None and question.asks == "person" and question.head and len(question.head) >= 2 \
            and question.head.endswith("장"):
        return question.head
    return post


# the letters a written word goes on with after a span
_TAIL_OF_WORD = re.compile(r"[가-힣]+")


# the post someone is named to, right before the name ("관장(지방서기관)에 ", "단장으로 "), in a
# sentence saying the appointment
_NAMED_TO = re.compile(r"([가-힣]+?)(?:\([^()]{0,12}\))?(?:에|으로|로)\s+$")
_APPOINTED = re.compile(r"임용|임명|선임|위촉|발탁|내정|선출")


def _person_cue(text: str, start: int, end: int, stem_toks, asked: str | None = None) -> float:
    """A name stands next to a title (청장 김기영, 박형준 시장) or is tagged a proper noun.
    ``asked``: the post the question asks the holder of (장관 in "국토부 장관 이름은?"): a name
    beside that post ("박상우 국토부 장관") is the answer more than one beside another post
    ("이사장 이윤상")."""
    before = text[max(0, start - 8):start].strip().split()
    after = text[end:end + 12].strip().split()
    # a title before the phrase labels it only bare ("청장 김기영"): with a case particle it is
    # the clause's own subject or object ("김동연 지사가 원도심 재생을": 원도심 is no one)
    near = [w for w in before[-1:] if not _TITLE_CASED.fullmatch(re.sub(r"[^가-힣]", "", w))] + after[:1]
    words = text[start:end].split()
    first_word = re.sub(r"[^가-힣]", "", words[0]) if words else ""
    if near and before[-1:] and near[0] == before[-1] and len(first_word) >= 2 and one_known_word(first_word):
        # a title before labels a name, not a common word ("기상특보 발효 시": 특보 ends a warning
        # here, and 발효 is no one; a word of one syllable is left to the rule for those: "대통령 밑")
        near = near[1:]
    score = 0.0
    first_after = re.sub(r"[^가-힣]", "", after[0]) if after else None
    for w in near:
        w = re.sub(r"[^가-힣]", "", w)
        # (after the name, a post glued to its place, with its particle: "임택 동구청장은"; not
        # before it: "… 서구청장과 청년 40여 명" names no 청년)
        if _TITLE_EDGE.search(w) or (w == first_after and _PERSON_TITLED.search(PARTICLE_END.sub("", w))):
            score += 0.8
            break
    if asked:
        # the post may follow its body's name: "박상우 국토부 장관", "박형준 부산시장"
        # (a post before the name ends no one else's entry: "…장관, 박완수 경남지사" is not 장관)
        lead = [w for w in before[-1:] if not re.search(r"[,，·ㆍ、)]$", w)]
        own = re.sub(r"[^가-힣]", "", text[start:end].split()[-1]) if text[start:end].split() else ""
        posts = [re.sub(r"[^가-힣]", "", w) for w in after[:2]]
        # (… or the person is named to it: "초대 가람관장(지방서기관)에 김민수 …을 임용했다")
        # (the post itself, or with its body before it — not a deputy's, 부관장, 차장)
        named_to = _NAMED_TO.search(text, max(0, start - 30), start) if _APPOINTED.search(text) else None
        if own.endswith(asked) or any(w.endswith(asked) for w in lead) or (
                named_to is not None and named_to.group(1).endswith(asked)
                and not re.search(rf"(?:부|차|수석|대행)\s*{re.escape(asked)}$", named_to.group(1))) or (posts and (
                posts[0].endswith(asked) or (len(posts) > 1 and posts[1].endswith(asked)
                                             and not _TITLE_EDGE.search(posts[0])))):
            score += W.post
    phrase = text[start:end]
    if re.fullmatch(r"[가-힣]{2,4}", phrase):
        score += 0.2
    return score


def list_items(text: str, least: int = 3) -> list[str]:
    """Items of an enumeration: '▲A ▲B' (preferred) or 'A, B, C 등'. ``least``: the fewest items
    run apart by separators that make a list; two only by middle dots ("가람부·나래부와"): a comma
    between two runs clauses apart as often."""
    if len(ENUM_MARK.findall(text)) >= 2:
        parts = ENUM_MARK.split(text)[1:]
    else:
        # items run apart by commas or by middle dots, not both: "…의무를 지며, 이차전지·바이오·수소
        # 등" lists by its dots; a comma between clauses is no item's end
        parts = max((sep.split(text) for sep in _ITEM_SEPARATORS), key=len)
        quoted = [m for m in _TWO_QUOTED.finditer(text) if not _QUOTED_BEFORE.search(text[:m.start()])]
        if len(parts) < 3 and least == 2 and len(quoted) == 1:
            # two names in marks run apart by a comma or 과 ("'가람아카데미', '꿈꾸는 나래' 사업"),
            # and no third before them
            return list(quoted[0].groups())
        if len(parts) < 3 and least == 2:
            # two names run apart by one middle dot, no figure among them ("가람부·나래부와")
            two = _TWO_DOTTED.findall(text)
            if len(two) != 1:
                return []
            return [two[0][0], _without_particle(two[0][1])]
        joined = None
        if len(parts) == 2 and LIST_END.search(parts[1]):
            # "가람 상황실과 나래 대기실, 다온 차고 등을 갖췄다": two items joined by 과 before the
            # one comma, and 등 closing the third
            joined = _joined_first(parts[0], len(LIST_END.split(parts[1])[0].split()))
            if joined:
                parts = [*joined, parts[1]]
        if len(parts) < 3:
            return []
        # a clause ending before the items ends no item: "연면적은 4천533㎡ 규모이며, 저온저장고,
        # 분류장, 전실, 검수실 등" lists from 저온저장고 (the list is the clause after it)
        clause = max((i for i, p in enumerate(parts[:-1]) if _ends_clause(p)), default=None)
        if clause is not None and len(parts) - clause - 1 >= max(least, 3):
            parts = parts[clause + 1:]
        # the list sits inside the sentence: cut its first item's lead and its last item's tail,
        # and the last item's particle ("분당·수정·중원구에" -> 중원구)
        # (as long as the longest item after it, the last one's words before 등 counted too)
        last_words = len(LIST_END.split(parts[-1])[0].split()) if LIST_END.search(parts[-1]) else 1
        pair = joined or _joined_first(parts[0], max([len(p.split()) for p in parts[1:-1]] + [last_words]))
        if pair and not joined:
            # "…은 충주 가람1리 복지관과 제천 한빛리 복지관, 충주 중앙동 복지관, …": the first part
            # holds two items joined by 과, each as long as the items after it may be
            parts[:1] = pair
        first = parts[0].split()
        # (an item given with its figure keeps its name: "올해 사업은 공익형 41개, 역량형 34개")
        labelled = len(parts) > 1 and len(parts[1].split()) >= 2 and parts[1].split()[-1][0].isdigit()
        if not pair:  # (a pair is cut already)
            parts[0] = " ".join(first[-2:] if labelled and len(first) >= 2 and first[-1][0].isdigit() else first[-1:]) or parts[0]
        end = next((i for i, p in enumerate(parts) if i >= 2 and LIST_END.search(p)), None)
        if end is not None:
            # 등 closes the list: what follows is the sentence going on, not more items ("…, 컴퓨터
            # 교육 등 어르신들의 여가 및 건강증진을 위한": 건강증진 is none); the last item has at
            # most as many words as the longest between ("취업 알선형 1개 등 총 86개" after "역량
            # 활용형 34개"; "관광 분야 등" after "의료, 물류" is 관광)
            parts = parts[:end + 1]
            most = max(len(p.split()) for p in parts[1:-1])
            parts[-1] = " ".join(LIST_END.split(parts[-1])[0].split()[:most])
        else:
            last = parts[-1].split()
            parts[-1] = _without_particle(last[0]) if last else parts[-1]
    items = []
    for p in parts:
        p = re.sub(r"\s*등\s.*$|\s*등$", "", p).strip(" .,'\"‘’“”")
        p = re.sub(r"(이다|입니다|다)$", "", p).strip()
        words = p.split()
        if len(words) > 6:
            p = " ".join(words[:6])
        if 1 <= len(p) <= 40:
            items.append(p)
    return items if len(items) >= 2 else []


def _ends_clause(part: str) -> bool:
    """``part`` ends with a verb's joining ending ("규모이며", "설치하고"): a clause, no item."""
    words = part.split()
    if not words or not re.fullmatch(r"[가-힣]+", words[-1]) or len(words) < 2:
        return False
    toks = pos(words[-1])
    return len(toks) >= 2 and toks[-1].tag == "EC" and toks[-1].form in ("며", "으며", "고", "면서", "으면서") \
        and toks[-2].tag in ("VCP", "VV", "VA", "XSV", "XSA", "VX", "EP")


# the part of a month said after it ("4월 초", "3월말", "10월 중순"), before a particle or the word's end
_PART_OF_MONTH = re.compile(r"\s?(?:초순|중순|하순|상순|말일|말경|초|말)(?=[\s,.)·]|$|부터|까지|에|께|경|쯤|의|로|으로|이|가|은|는|을|를|와|과|도)")
# 등 closing an enumeration, as a word of its own with or without a particle ("…, 다 등을", "… 등 총")
LIST_END = re.compile(r"\s등(?:을|를|이다|이|가|의|에서|에|과|와|은|는|도|으로|로)?(?=[\s,.]|$)")
# two words of letters run apart by one middle dot, neither glued to a third by another dot
_TWO_DOTTED = re.compile(r"(?<![가-힣A-Za-z0-9·ㆍ⸱])([가-힣A-Za-z]{2,})\s*[ㆍ·⸱]\s*([가-힣A-Za-z]{2,})(?![·ㆍ⸱])")
# two names in marks side by side, a comma, 과/와 or 및 between: "'가람아카데미', '꿈꾸는 나래'"
_TWO_QUOTED = re.compile(r"(?<![가-힣A-Za-z0-9])['‘\"“]([^'’\"”‘“]{2,30})['’\"”]\s*(?:,|과|와|및)\s*['‘\"“]([^'’\"”‘“]{2,30})['’\"”]"
                         r"(?!\s*(?:,|과|와|및)\s*['‘\"“])")
_QUOTED_BEFORE = re.compile(r"['’\"”]\s*(?:,|과|와|및)\s*$")
# the separators of one list: commas (not a thousands comma, 1,000억) with 및/그리고, or middle dots
_ITEM_SEPARATORS = (re.compile(r"\s*(?:[,，、](?!\d{3})|\s및\s|\s그리고\s)\s*"), re.compile(r"\s*[ㆍ·⸱]\s*"))


def _joined_first(part: str, most: int) -> list[str] | None:
    """The two items the first part of an enumeration joins by 와/과 (Kiwi's conjunctive
    particle, not the 과 of "병원과 협력해"), or None: the words after it (at most ``most``, the
    longest item between commas) and as many words before it, back to the lead's particle or
    ending ("추가 선정된 복지관은 …")."""
    toks = pos(part)
    jc = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].tag == "JC" and toks[i].form in ("와", "과")), None)
    if jc is None:
        return None
    after = part[toks[jc].start + toks[jc].len:].split()
    if not 1 <= len(after) <= most or any(t.tag.startswith(("J", "E")) for t in toks[jc + 1:]):
        return None
    lead = next((i for i in range(jc - 1, -1, -1) if toks[i].tag.startswith(("J", "E", "SF", "SP", "SS"))), None)
    start = 0 if lead is None else toks[lead].start + toks[lead].len
    before = part[start:toks[jc].start].split()[-most:]
    # (two items of one kind end alike, "…복지관과 …복지관", "가람대와 나래대": not "가람시는 나래공사와
    # 다온동, 한빛동", where 와 is "with", nor "대상 청년과 신혼부부")
    if not before or before[-1][-1] != after[-1][-1]:
        return None
    return [" ".join(before), " ".join(after)]


def _without_particle(word: str) -> str:
    """The word without the particles Kiwi reads at its end (중원구에 -> 중원구)."""
    toks = pos(word)
    k = len(toks)
    while k > 1 and toks[k - 1].tag.startswith("J"):
        k -= 1
    return word[:toks[k - 1].start + toks[k - 1].len] if k < len(toks) else word


_CLAUSE_MARGIN = 12


def clause(text: str, span: Span | None, limit: int = 64, near: Sequence[int] = ()) -> str:
    """The part of the sentence around ``span``, at most ``limit`` characters, cut between
    words, marked with … where cut. ``near``: where the question's words stand (character
    offsets); of the windows holding the span, the one holding most of them, then the one
    centred nearest the span — the value is shown with what the question asked about it."""
    if len(text) <= limit:
        return text
    centre = (span.start + span.end) // 2 if span else 0
    start = max(0, min(len(text) - limit, centre - limit // 2))
    if span is not None and near:
        # a margin each side: the value's own words often run on past the span ("경기도 일산 킨텍스")
        lo, hi = max(0, span.end + _CLAUSE_MARGIN - limit), min(max(0, span.start - _CLAUSE_MARGIN), len(text) - limit)
        if lo <= hi:
            points = set(near)
            start = max(range(lo, hi + 1), key=lambda s: (sum(s <= p < s + limit for p in points),
                                                          -abs(s + limit // 2 - centre)))
    end = min(len(text), start + limit)
    if start > 0:
        sp = text.find(" ", start)
        if sp != -1 and sp < (span.start if span else end):
            start = sp + 1
    if end < len(text):
        sp = text.rfind(" ", start, end)
        if sp != -1 and sp > (span.end if span else start):
            end = sp
    out = ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")
    if len(out) > limit and limit > 8:
        # the marks of the cut took room the window did not leave them (a span filling it, no
        # space to cut at): a window short by as much
        return clause(text, span, 2 * limit - len(out), near)
    return out
