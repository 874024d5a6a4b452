"""Whether the evidence answers the question: its constraints, checked where the answer is.

A question is answered only when the sentence chosen for it, read with its neighbours and
its article's title, meets what the question asks:

- every *hard* constraint is found: the names (부산시, 뉘르부르크링), years and dates
  (2019년) and other figures (제14차) of the question. Names may also be found anywhere in
  the sentence's paragraph (``Params.name_scope``), since an article names its subject once
  and then says "시는", "그는". Aliases count: 부산시 = 부산광역시 = 부산; a name with one
  letter wrong still counts when most of its letter pairs are found (``Params.fuzzy``);
- enough of the question's other nouns are found around the sentence (an IDF-weighted
  share, ``Params.coverage_min``);
- a question asking for a sum, a rate or a length gets a sentence holding a figure of that
  kind (a fare question is not answered by a date);
- the best sentence is close in meaning at all (``Params.dense_floor``).

Everything is judged near the chosen sentence, never over the whole corpus, so a bigger or
broader corpus does not make unrelated questions look covered.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, Sequence

from .params import Params
from .extract import (ADMIN_NAME, ENUM_MARK, LIST_END, answer_items, changed_by, event_words, TITLES, asked_way, asks_past_year, figure_way, past_year_labels, ADDRESS_HEADS, BOTH_ENDS, CHANGE_ASKED, CLAUSE_BREAK, CLAUSE_ENDING, OPENS_UNTIL, TITLE_MARKS, asks_change, figure_clause,
                      BODY_KINDS, kind_asked, one_known_word, own_clause, which_nouns)
from .figures import (DAY_ASIDE, NATIVE_NUMERALS, NUMERAL_UNITS, canonical_unit, is_unit, unit_kind, NUMERAL_NOUNS, RANGE_MARKS, date_ranges, day_counts, figures, free_words,
                      labelled_list, list_around, scores, time_ago, time_words, unit_dimension, vague_figures)
from .korean import YEARS_FROM_DATE, particle, pos, tokenize, year_words
from .question import (volume_noun, ADMIN_SUFFIXES, KIND_SUFFIXES, KIN_DOINGS, YEAR_AGO_ASKED, BEFORE_ASKED, ANY_SIZE, DEADLINE_NOUNS, GENERIC, HEAD_DIMENSION, PARTICLE_END, PAYERS, PHRASE_TIMES, Constraint, Question,
                       day_action, head_kind, nominal_stem, noun_pairs, place_office, place_stem, squash)
from .store import SentenceStore, lead_paragraph, paragraph_of, same_doc_range

_PARTICLE_TAIL = re.compile(r"(으로|에서|에게|까지|부터|이나|이랑|하고|처럼|보다|이|가|은|는|을|를|의|에|와|과|도|로|만|랑)$")


@dataclass(frozen=True)
class Surroundings:
    """The text a constraint may be found in, squashed (no spaces, lower case)."""

    near: str  # the sentence, its neighbours and the title
    wide: str  # where names may also be found (paragraph or document)
    wide_raw: str = ""  # the wide text as written (spaces kept)
    document: str = ""  # the whole article as written: a transcript speaks in the first person throughout
    own: str = ""  # the sentence itself, squashed
    # the content morphemes of the sentence and its neighbours: a one-syllable word is found
    # only as a word of its own (비 is not the 비 of 비용)
    near_tokens: frozenset = frozenset()
    date: str = ""  # the article's date (ISO), when it states one
    title: str = ""  # the article's title as written
    own_raw: str = ""  # the sentence itself as written
    near_raw: str = ""  # the sentence and its neighbours as written (word boundaries kept)
    source: str = ""  # the outlet, as the article names it

    @property
    def wide_spaced(self) -> str:
        """``wide`` before its spaces were squashed out (where its words begin: word_starts), or
        "" when the raw text is not kept. Built only when a near copy of a name is looked for:
        surroundings() runs for every sentence scored."""
        if not self.wide_raw:
            return ""
        return (self.title or "").replace("_", " ") + "\n" + self.near_raw + "\n" + self.wide_raw

    @property
    def year(self) -> int | None:
        """The year of the article's date, the one news counts 올해 / 지난해 from."""
        return int(self.date[:4]) if re.match(r"\d{4}", self.date) else None


# a wire story's place line, "(가람=연합뉴스)", "(나래=뉴스1) 하용근 기자 =": where the reporter
# filed from, not what the article is about — a place asked is not found in it
_WIRE_PLACE = re.compile(r"[(\[（]\s*[가-힣]{1,8}\s*=\s*[^()\[\]（）\n]{0,16}[)\]）]")


# a word named only to be left out of what the sentence says: "가람공항을 제외한 전국 14개 공항",
# "수도권을 빼고" (not 외에, which adds: "A 외에 B도")
_SET_APART = re.compile(r"[가-힣A-Za-z0-9·]+(?=\s*(?:을|를)?\s*(?:제외(?:한|하고|하면|하면서|된)|빼고|뺀|빼면))")


_APART_WORDS = re.compile(r"제외|빼고|뺀|빼면")


@lru_cache(maxsize=16384)
def _unwired(text: str, set_apart: bool = True) -> str:
    """The text a constraint is looked for in: no wire place line, no word set apart (unless
    the question sets one apart itself: "X를 빼고 넣은 수비수는?", "X 빼고 전국 공항 이용객").
    (Cached: surroundings() asks it of the same sentences and article for every sentence scored.)"""
    if "=" in text:
        text = _WIRE_PLACE.sub(" ", text)
    return _SET_APART.sub(" ", text) if set_apart and _APART_WORDS.search(text) else text


def surroundings(store: SentenceStore, gid: int, params: Params, tokens: bool = False,
                 set_apart: bool = True) -> Surroundings:
    """Where the constraints of a question are looked for around sentence ``gid``; ``tokens``:
    also the morphemes of the sentences near it (only a one-syllable word needs them, and this
    runs for every scored sentence of every question)."""
    doc = store.document(store.doc_id(gid))
    ids = same_doc_range(store, gid, params.window, params.window)
    # (a title set as a file or page name, "삼성_갤럭시_노트_5", has its spaces as underscores)
    near = squash((doc.title or "").replace("_", " ")) + "\n" + "\n".join(squash(_unwired(store.sentence(g).text, set_apart)) for g in ids)
    if params.name_scope == "document":
        raw = _unwired(doc.text, set_apart)
    elif params.name_scope == "paragraph":
        # the paragraph, and the article's lead paragraph, where news names its subject once
        para = set(paragraph_of(store, gid)) | set(ids)
        para |= set(lead_paragraph(store, doc.doc_id))
        raw = "\n".join(_unwired(store.sentence(g).text, set_apart) for g in sorted(para))
    else:
        raw = "\n".join(_unwired(store.sentence(g).text, set_apart) for g in ids)
    # squashed sentence by sentence: a figure must not run into the previous sentence's full stop
    wide = near + "\n" + "\n".join(squash(line) for line in raw.split("\n"))
    near_tokens = frozenset(t for g in ids for t in store.tokens(g)) if tokens else frozenset()
    own = store.sentence(gid).text
    near_raw = "\n".join(_unwired(store.sentence(g).text, set_apart) for g in ids)
    return Surroundings(near, wide, raw, _unwired(doc.text, set_apart), squash(own), near_tokens, doc.date or "", doc.title or "", own,
                        near_raw, doc.source or "")


def jamo(text: str) -> str:
    """Hangul syllables split into their letters (천황 -> ㅊㅓㄴㅎㅘㅇ), other characters kept:
    a misspelt name differs from the right one by a letter, not by a whole syllable."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(chr(0x1100 + code // 588))
            out.append(chr(0x1161 + (code % 588) // 28))
            if code % 28:
                out.append(chr(0x11A7 + code % 28))
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def word_starts(spaced: str) -> frozenset:
    """Where the words of ``spaced`` begin once it is squashed (its spaces dropped, its line
    breaks kept, as Surroundings.wide is built): after a space or a line break, and where
    Hangul follows another script ("KTX가람선", "(가람")."""
    starts, n, boundary, prev = set(), 0, True, ""
    for ch in spaced:
        if ch.isspace() and ch != "\n":
            boundary = True
            continue
        hangul = "가" <= ch <= "힣"
        if boundary or (hangul and not ("가" <= prev <= "힣")):
            starts.add(n)
        boundary, prev = ch == "\n", ch
        n += len(ch.lower())
    return frozenset(starts)


def near_spelling(form: str, hay: str, short: bool = False, starts_at: frozenset | None = None) -> bool:
    """``form`` is in ``hay`` with its letters (jamo) one edit off (two for a name of four
    syllables or more): 천왕/천황, 홋카이도/훗카이도, 호킨스/호킨슨. Names of two syllables only
    when ``short`` (another name of the question was found beside it): alone, 부안 is not 부산.
    ``starts_at``: the offsets a near copy may begin at (word_starts): a misspelt name is a word
    of its own, and one letter off inside another word is that word (시공사 is not the 기공사 of
    전기공사)."""
    n = len(form)
    if n < 2 or (n == 2 and not short) or not re.fullmatch(r"[가-힣]+", form):
        return False
    if n == 2 and form[-1] in "군구동읍면리":
        # a place of one syllable and its unit (서구, 중구; not 시 or 도, which end names as often:
        # 돌시 for 돌스): the one syllable is the whole name,
        # and one letter off it is another place (어구 is no 서구)
        return False
    from rapidfuzz.distance import Levenshtein

    allowed = 1 if n <= 3 else 2
    target = jamo(form)
    starts = set()
    # only where a syllable of the name stands, at the offset it would have: the windows are few
    for k, ch in enumerate(form):
        i = hay.find(ch)
        while i >= 0:
            if i - k >= 0 and (starts_at is None or i - k in starts_at):
                starts.add(i - k)
            i = hay.find(ch, i + 1)
    for st in starts:
        for length in (n - 1, n, n + 1):
            window = hay[st:st + length]
            if len(window) == length and Levenshtein.distance(target, jamo(window), score_cutoff=allowed) <= allowed:
                return True
    return False


# the marks that join words of one name: a middle dot (금·은) or a dash between two places
# ("가람–나래 고속도로" is the 가람나래고속도로 of a question)
_DOTS = re.compile(r"[·ㆍ]|(?<=[가-힣])[-–—](?=[가-힣])")
# what links the parts of a name in Latin letters, set aside when it is found as written ("GTX A" is GTX-A)
_LINK = re.compile(r"[-.·]")


def _another_modifier(form: str, hay: str) -> bool:
    """``hay`` writes ``form`` with one syllable wholly other (two letters or more of it), the
    rest as written: 충남신용보증재단 for 경남신용보증재단, 전북도청 for 전남도청 — the place or the
    kind that tells such names apart, not a misspelling (a misspelling is a letter off:
    뉘루부르크링 / 뉘르부르크링, 에코델타씨티 / 에코델타시티; so is 광주 / 경주 to this reading, one
    vowel apart)."""
    from rapidfuzz.distance import Levenshtein

    n = len(form)
    if n < 4 or not re.fullmatch(r"[가-힣]+", form):
        return False
    # only where the name's last (or first) syllables stand: the windows are few
    starts = {m.start() for m in re.finditer(re.escape(form[-2:]), hay)}
    starts = {i - n + 2 for i in starts} | {m.start() for m in re.finditer(re.escape(form[:2]), hay)}
    another = False
    for st in starts:
        window = hay[st:st + n]
        if st < 0 or len(window) != n:
            continue
        other = [(k, a, b) for k, (a, b) in enumerate(zip(form, window)) if a != b]
        if all(Levenshtein.distance(jamo(a), jamo(b)) <= 1 for _, a, b in other):
            return False  # written a letter off somewhere: a misspelling of it
        # (not the last syllable: an ending or a suffix, 우루과이인 / 우루과이의)
        if len(other) == 1 and other[0][0] < n - 1 and re.fullmatch(r"[가-힣]", other[0][2]):
            another = True
        # … or two syllables side by side before a rest of four or more written alike: the place
        # a name opens with (가람광역센터 / 나래광역센터)
        if len(other) == 2 and other[1][0] == other[0][0] + 1 and other[1][0] < n - 4 \
                and all(re.fullmatch(r"[가-힣]", b) for _, _, b in other):
            another = True
    return another


def found(form: str, hay: str, fuzzy: float = 1.1, short: bool = False, spaced: str | None = None) -> bool:
    """``form`` (squashed) is in ``hay``: whole, without a particle Kiwi left on it, or, for
    a word of four letters or more, as a near copy (``fuzzy``: rapidfuzz's partial ratio,
    0..1; 0.8 lets one letter in five differ: 뉘루부르크링 / 뉘르부르크링, 에코델타씨티 /
    에코델타시티). ``spaced``: ``hay`` with its spaces, when a near copy of a short word must
    begin a word (near_spelling)."""
    if not form:
        return True
    if form in hay:
        return True
    if _DOTS.search(hay) and form in _DOTS.sub("", hay):
        return True  # "금·은" is the 금은 of "금은이 발매를 앞두고", 소재·부품 the 소재부품 of a question
    bare = _PARTICLE_TAIL.sub("", form)
    if bare != form and len(bare) >= 2:
        if bare in hay:
            return True
        form = bare
    if fuzzy > 1.0 or re.search(r"\d", form):
        # (a name with a number in it is found as written: KAU21 is not KAU22, nor G7 G20)
        return False
    if re.search(r"[a-z]", form):
        # (… and one with Latin letters, a hyphen or a dot aside: GTX-C is not GTX-A, one letter
        # naming another line; "GTX A" is GTX-A)
        return _LINK.sub("", form) in _LINK.sub("", hay)
    # (a near copy found is checked for a syllable wholly other only then: this runs for every
    # name of every scored sentence, and most find no near copy at all)
    if near_spelling(form, hay, short, word_starts(spaced) if spaced is not None else None):
        return not _another_modifier(form, hay)
    if len(form) < 5:
        # a four-letter word with a whole letter changed is another word (일산동구 / 일산서구); a
        # misspelling of it is a jamo or two off (아카대미 / 아카데미), which near_spelling found
        return False
    from rapidfuzz import fuzz

    # one letter may differ in a word of five or more (에코델타씨티 / 에코델타시티)
    # (one letter, by edits of whole letters: the ratio counts a letter dropped and another added
    # as one change, and 한국동서발전 is no 한국남동발전)
    from rapidfuzz.distance import Levenshtein

    best = fuzz.partial_ratio_alignment(form, hay, score_cutoff=100 * min(fuzzy, 1 - 1 / len(form)) - 1e-9)
    # (the aligned window, one letter wider or narrower at either end: a letter inserted is one edit)
    windows = {(best.dest_start + a, best.dest_end + b) for a in (-1, 0, 1) for b in (-1, 0, 1)} if best else set()
    return best is not None and min(Levenshtein.distance(form, hay[max(0, a):b]) for a, b in windows) <= 1 \
        and not _another_modifier(form, hay)


def with_known_compounds(question: Question, documents: Sequence[str]) -> Question:
    """``question`` with each of its compounds ("청년도전지원사업", Question.compounds) that one of
    ``documents`` writes (the retrieved articles, spacing aside) as a subject to find: the
    collection names a programme so, and an article that does not is about another one ("월
    최대 100만원" of 영농정착지원사업 is no 청년도전지원사업's). A compound no article writes is
    nouns typed together, counted one by one as before."""
    have = {squash(c.text) for c in question.constraints}
    known = [w for w in question.compounds + _misread_words(question.query) if squash(w) not in have
             and any(found(squash(w), _squashed(d)) for d in documents)]
    # … and the name of a body, nouns together ending in what a body is ("산림재난대응단",
    # "…특수진화대"), whether an article writes it or not: one that none does names another body
    # than theirs, whose members or budget they do not give (unless shortened: 수소충전소 of
    # 수소전기차충전소)
    bodies = [w for w in _body_names(question.query) if squash(w) not in have and w not in known
              and not any(abbreviated(squash(w), d) for d in documents)]
    if not known and not bodies:
        return question
    return replace(question, constraints=question.constraints
                   + tuple(Constraint("subject", w, (squash(w),)) for w in (*known, *bodies)))


# what a body's name ends in: a team, a corps, a headquarters, a committee (the nouns of a team or
# a corps whole: 시대, 세대, 시간대, 진단, 수단 are no bodies)
_BODY_NAME_END = re.compile(r"[가-힣]{2,}(?:대응단|추진단|감시단|봉사단|지원단|사업단|자문단|점검단|진화대|봉사대|구조대"
                            r"|순찰대|기동대|감시대|의용대|예방대)$|[가-힣]{3,}(?:본부|위원회|협의회)$")


def _body_names(query: str) -> tuple[str, ...]:
    """Words of the question, less a particle, of Hangul only and read by Kiwi as nouns alone,
    that end in what a body is (_BODY_NAME_END)."""
    out = []
    toks = pos(query)
    for m in re.finditer(r"\S+", query):
        core = PARTICLE_END.sub("", m.group(0))
        if not re.fullmatch(r"[가-힣]+", core) or not _BODY_NAME_END.search(core):
            continue
        inside = [t for t in toks if m.start() <= t.start < m.start() + len(core)]
        if len(inside) >= 2 and all(t.tag in ("NNG", "NNP", "NNB", "XSN") for t in inside):
            out.append(core)
    return tuple(out)


def _misread_words(query: str) -> tuple[str, ...]:
    """Words of the question, less a particle, that Kiwi reads as a noun and a word of another kind
    glued on ("가람전" -> 가람 + 전, a determiner): a name the articles write whole (a local
    currency, a product), which the constraints would count as its noun alone."""
    out = []
    toks = pos(query)  # (read in the question: alone, Kiwi may read the word whole)
    for m in re.finditer(r"\S+", query):
        core = PARTICLE_END.sub("", m.group(0))
        if len(core) < 3 or not re.fullmatch(r"[가-힣]+", core):
            continue
        inside = [t for t in toks if m.start() <= t.start < m.start() + len(core)]
        if len(inside) >= 2 and inside[0].tag in ("NNG", "NNP") and any(t.tag in ("MM", "NR") for t in inside) \
                and all(t.tag in ("NNG", "NNP", "MM", "NR") for t in inside):
            out.append(core)
    return tuple(out)


def with_sibling_compounds(question: Question, documents: Sequence[str]) -> Question:
    """``question`` with each kind of a thing it names in one word ("시내버스", "근원물가",
    question.noun_pairs) as a subject to find, when none of ``documents`` (the retrieved articles)
    writes it nor its modifier (시내, 근원) and one writes another kind of the same thing (시외버스,
    소비자물가): the articles speak of a sibling, not of the kind asked ("대구 시내버스 요금도
    올라요?" over 시외버스 fares).
    A kind no article writes, and of which no sibling is written, is left to count as its nouns."""
    have = {squash(c.text) for c in question.constraints if c.kind in ("name", "subject")}
    # (not the kind of thing asked: "어느 단과대학으로?", "진흥기관은 어디?" ask for one of its kinds)
    asked = {squash(w) for w in (question.head or "", *which_nouns(question)) if w}
    texts = [_squashed(d) for d in documents]
    extra = []
    for modifier, head in noun_pairs(question.query):
        word = squash(modifier + head)
        if word in have or word in asked or squash(head) in asked:
            continue
        if any(word in t for t in texts) or any(abbreviated(word, d) for d in documents):
            continue  # the kind asked is written (or shortened: 수소차 of 수소전기차)
        if any(squash(modifier) in t for t in texts):
            continue  # the kind's own word is spoken of ("공간변화" over "공간적 변화"): written otherwise
        sibling = re.compile(rf"(?<![가-힣])([가-힣]{{2,5}}){re.escape(head)}")
        if any(m.group(1) != modifier and not m.group(1).endswith(modifier)
               for d in documents for m in sibling.finditer(d)):
            extra.append(Constraint("subject", modifier + head, (word,)))
    if not extra:
        return question
    return replace(question, constraints=question.constraints + tuple(extra))


_FIRST_PERSON = re.compile(r"(?:^|\n)(?:저는|제가|저희|저도)|(?<=[.!?\s\n])(?:저는|제가|저희|저도)")


# a local outlet is named after its area (가람신문, 나래일보, 다온투데이, 다온시대) and calls it
# "관내", "우리 지역", "우리 군", or its government by the bare unit ("도가 …", "도 경제진흥국장",
# "시는 …") without naming it: a place asked that is the outlet's own is the area such an article
# speaks of. (Not a national paper's city, unless the article speaks of its own area.)
_OUTLET_SUFFIX = re.compile(r"(?:인터넷)?(?:신문|일보|뉴스|투데이|타임즈|타임스|매일|저널|방송|포스트|넷|시대|tv|TV)")
_OWN_AREA = re.compile(r"관내|우리\s*(?:지역|고장|군|시|구|도|마을)(?![가-힣])|지역\s*내(?![가-힣])"
                       # (the province or the county itself, "도내에는 14개 시·군", "군내 전역")
                       r"|(?<![가-힣])(?:도|군)내(?:에서는|에서|에는|에|의|는|가)?(?![가-힣])"
                       r"|(?:^|(?<=[\s\"'“‘(]))(?:시|군|구|도)(?:가\s|는\s|[는가]?\s*[가-힣]{2,8}(?:국장|과장|실장|본부장|관계자)(?![가-힣]))")
# … or names no place and nothing of the whole country: a local office's own business ("자원순환과의
# 올해 예산은 …") in the outlet's own town
_WHOLE_COUNTRY = re.compile(r"전국|국내|정부|나라|전\s*세계")


@lru_cache(maxsize=256)
def _names_no_place(document: str) -> bool:
    """(Read once per article, not once per sentence of it scored.)"""
    if _WHOLE_COUNTRY.search(document):
        return False
    # a word, less a particle of up to two syllables, that is a place and its unit (서울시는, 가람군의)
    return not any(_named_place(w[:len(w) - k]) for w in set(re.findall(r"[가-힣]{2,12}", document))
                   for k in range(3) if len(w) - k >= 2 and w[len(w) - k - 1] in "시도군구")


def _outlet_area(c: Constraint, s: Surroundings) -> bool:
    outlet = squash(re.split(r"[(\[（]", s.source)[0]) if s.source else ""
    if not outlet:
        return False
    return any(len(f) >= 2 and outlet.startswith(f) and _OUTLET_SUFFIX.fullmatch(outlet[len(f):])
               for f in c.forms) and (_OWN_AREA.search(s.document) is not None or _names_no_place(s.document))


def _the_outlet(c: Constraint, s: Surroundings) -> bool:
    """The outlet named is the one that published the article ("뉴스핌 장마철 기사는 누가
    썼어?"): its name is in the article's metadata, and in its body only inside the wire line."""
    name = re.split(r"[(\[（]", s.source)[0] if s.source else ""
    # (a broadcaster's regional station is the broadcaster: "KBS 대구" for "KBS …는 누가 보도했어?")
    outlets = {squash(name), squash(name.split()[0])} if name.split() else set()
    return any(len(outlet) >= 2 and f == outlet for outlet in outlets for f in c.forms)


def _called_by_surname(c: Constraint, s: Surroundings) -> bool:
    """A person's name of three syllables the sentence calls by the surname and a post ("나
    시장은 …"), the article naming that person in full with the same post ("나다온 가람시장"):
    news names someone once in full, then by the surname and the post."""
    form = c.forms[0] if c.forms else ""
    if not re.fullmatch(r"[가-힣]{3}", form) or not s.document or form not in s.document:
        return False
    return any(re.search(rf"(?<![가-힣]){re.escape(form[0])}\s?{re.escape(p)}(?:{_PARTICLES})?(?![가-힣])",
                         s.near_raw or s.own_raw) for p in _posts_after(form, s.document))


@lru_cache(maxsize=4096)
def _posts_after(name: str, document: str) -> frozenset:
    """The posts (of two syllables or more, extract.TITLES) ``document`` names ``name`` with, right
    after it or a word later ("나다온 가람시장" -> 시장). Cached: read once per article, not once per
    sentence scored."""
    return frozenset(m.group(1) for m in re.finditer(
        re.escape(name) + rf"\s?(?:[가-힣]{{1,10}}\s?)?({TITLES})(?![가-힣])", document))


_PARTICLES = "은|는|이|가|을|를|의|도|과|와|에게|께서|께|에|으로|로|만"


def _place_stem_form(c: Constraint) -> str | None:
    """The form of a place constraint that is its name without its unit (수성 of 수성구), or None."""
    stem = place_stem(squash(c.text))
    return stem if stem != squash(c.text) and stem in c.forms else None


def _inside_word(form: str, s: Surroundings) -> bool:
    """A name of two syllables stands only inside longer words where it is looked for: 대구 in
    "해운대구", not the city (squashed text has no word boundaries; the text as written has).
    Longer names are seldom a part of another word by chance."""
    if len(form) != 2 or not re.fullmatch(r"[가-힣]{2}", form) or not s.wide_raw:
        return False
    raw = s.title + "\n" + s.wide_raw
    return form in raw and re.search(rf"(?<![가-힣]){form}", raw) is None


@lru_cache(maxsize=64)
def _squashed(text: str) -> str:
    # an article is looked up once per scored sentence: squash it once (str hashes are cached)
    return squash(text)


@lru_cache(maxsize=1024)
def _initials(form: str, gap: int, least: int = 0) -> str:
    """A pattern of the long name ``form`` shortens by the first syllable of each of its parts:
    ``least`` to ``gap`` syllables after each but the last two, ``least`` to three before the
    last (해수부: 해[양]수[산]부)."""
    return ("".join(re.escape(ch) + f"[가-힣]{{{least},{gap}}}" for ch in form[:-2])
            + re.escape(form[-2]) + f"[가-힣]{{{least},3}}" + re.escape(form[-1]))


def spelled_by_initials(form: str, raw: str) -> bool:
    """``form`` (three syllables or more) is a word of ``raw`` shortened to the first syllable of
    each of its parts, every part cut (특교세 for 특별교부세: 특[별]교[부]세; 해수부 for 해양수산부):
    how a name is shortened too. Stricter than abbreviated: a part kept whole (자유당 for
    자유선진당, 자유 kept) may be another name."""
    if len(form) < 3 or not re.fullmatch(r"[가-힣]+", form) or not raw:
        return False
    # (not cached by text: the paragraphs as keys would be held for the server's life; it runs only
    # once every other way of finding the name has failed, and re keeps the compiled pattern)
    return re.search(f"(?<![가-힣]){_initials(form, 2, least=1)}", raw) is not None


def short_name_of_article(form: str, raw: str, document: str) -> bool:
    """``form``, a name of two syllables, is how the article itself writes a long name of
    ``raw`` by the first syllables of its first two parts (한전 for 한국전력공사, 가나 for
    가람나래재단): the article writes the short name as a word of its own somewhere
    ("한전에서 관리하는"), and ``raw`` holds a word opening with its first syllable, its second
    one or two syllables on. Two syllables alone are too short to tell from chance (the 한전 of
    한국전쟁): the article's own use of the short name is what ties the two."""
    if len(form) != 2 or not re.fullmatch(r"[가-힣]{2}", form) or not raw or not document:
        return False
    if not _one_proper_noun(form):
        return False  # (최씨 is a surname and its title: 최모씨, not a long name)
    return re.search(rf"(?<![가-힣]){form}", document) is not None and \
        re.search(rf"(?<![가-힣]){form[0]}[가-힣]{{1,2}}{form[1]}[가-힣]", raw) is not None


def abbreviated(form: str, raw: str) -> bool:
    """``form`` is a shortening of a word of ``raw`` (text as written): its first syllables
    begin the word and its last end a part of it, one to three syllables left out between
    (수소차 for 수소전기차, 전기차 for 전기자동차). Korean shortens a common compound so; a word
    of two syllables is too short to tell from chance, and a proper name is not looked up this
    way (자유당 is not 자유선진당). Cached: an article is searched once per form, not once per
    sentence of it that is scored."""
    if len(form) < 3 or not re.fullmatch(r"[가-힣]+", form):
        return False
    # … or by the first syllable of each of its parts, of two or three syllables each but the last
    # before the ending: 해수부 for 해양수산부, 과기정통부 for 과학기술정보통신부, 문체부 for
    # 문화체육관광부, 코세페 for 코리아세일페스타
    initials = _initials(form, 2)
    return any(re.search(rf"(?<![가-힣]){form[:k]}[가-힣]{{1,3}}{form[k:]}", raw) for k in range(2, len(form))) \
        or re.search(rf"(?<![가-힣]){initials}", raw) is not None


def constraint_found(c: Constraint, s: Surroundings, params: Params, short: bool = False,
                     own_date: bool = False, figure_wide: bool = False) -> bool:
    """``own_date``: a sentence dating itself to another year does not meet a year (a figure
    asked "as of" a year: _dated_otherwise). ``figure_wide``: a figure of the question may be
    found where names are (no figure is asked: "공원 197개 조성 발표 때 … 얘기한 서울시장은?"
    names the occasion by the figure the article's lead gives)."""
    if c.kind == "name":
        # 광주시 counts as its stem 광주: two syllables, misspelt only beside another name
        fuzzy_ok = short or min(len(f) for f in c.forms) >= 3
        # (a place's stem, 수성 of 수성구, only as written: one letter off it is another place)
        stem = _place_stem_form(c)
        return _the_outlet(c, s) or (
            (any(found(f, s.wide, params.fuzzy if fuzzy_ok and f != stem else 1.1, short and f != stem,
                       s.wide_spaced or None)
                 and not _inside_word(f, s) for f in c.forms)
             or _glued_words(c.text, s) or _named_by_head(c, s) or _outlet_area(c, s)
             or _called_by_surname(c, s) or _glossed_as(c, s) or _office_shortened(c, s)
             or any(spelled_by_initials(f, s.wide_raw) for f in c.forms)
             or short_name_of_article(c.text, s.wide_raw, s.document))
            and all(p in s.wide for p in c.parts))
    if c.kind in ("part", "breakdown"):
        return any(found(f, s.near) for f in c.forms) or (c.kind == "breakdown" and bool(c.parts)
                                                             and _listed_by_unit(c.parts[0], s.near_raw)) \
            or (c.kind == "breakdown" and c.text in _KIND_CLASSIFIERS and _lists_figures(s.near_raw))
    if c.kind in ("subject", "term") and (per := _PERIOD_NOUNS.get(squash(c.text))) and s.own_raw \
            and any(period_said(s.own_raw, f) == per and f.unit not in _TIMES_COUNTERS for f in figures(s.own_raw)):
        # (not how often: "1일 4회 운행" says no day's visitors)
        return True  # "하루 경비 얼마까지?" <- "…1일 5만원에서 11만원까지 경비가": a figure said per that period
    if c.kind == "subject":
        # the article's title is part of it ("…내년 1월27일 출시" heads an article that says 시작)
        # ("실태조사" asked, "빈집 실태를 조사한 결과" written: a noun and a verbal noun said as the
        # verb and its object)
        return any(found(f, _squashed(s.document)) or found(f, s.near) for f in c.forms) or any(
            abbreviated(f, s.title) or abbreviated(f, s.document or s.wide_raw) for f in c.forms) or (
            (said := _compound_said_apart(c.text)) is not None and said.search(s.document or s.wide_raw or "") is not None) \
            or _public_of_place(c.text, s)
    if c.kind == "post":
        # 부이사장 asked, 이사장 named: another post's holder. Neither named: the post may be
        # paraphrased (수장 for 사령관), and the article is not ruled out
        doc = _squashed(s.document) if s.document else s.wide
        post = c.forms[0]
        if post in doc:
            return True
        office = place_office(post)
        if office is not None and not _office_named(office, post[:-len(office)], s.document or s.wide):
            return False  # "울산시장" asked, no 시장 of any place named: no one holding it is named
        return not any(post.startswith(p) and len(post) - len(p) >= 2 and post[len(p):] in doc
                       for p in POST_PREFIXES)
    if c.kind == "kin":
        # as words of their own: the 형 of 형성 is no brother, the 부인 of 산부인과 no wife
        return any(f in s.near_tokens for f in c.forms) and _kin_said(c.forms, s.near_raw or s.own_raw)
    if c.kind == "route":
        if all(f in s.own for f in c.forms):
            return True  # both ends in the one sentence
        # … or by the article's first sentence, the stretch it reports on ("남해고속도로
        # 진주(사천 분기점)~마산(산인 분기점)까지 … 개통됐다": the two ends joined by ~), when the
        # sentence names no other stretch ("목포~광양 구간(106.8㎞)", "진주~광양 구간은 50㎞",
        # "가람∼나래는 1만5000원" give that one's figure). Not the title: a headline names one
        # stretch of the eight an article reports ("토당-관산동 … 8개 국도")
        def says_it(m) -> bool:
            return all(any(f in squash(m.group(k) or "") for k in (1, 2, 3, 4)) for f in c.forms)

        lead = _first_sentence(s.document) if s.document else ""
        return any(says_it(m) for m in _STRETCH_SAID.finditer(lead)) and all(
            says_it(m) for m in _STRETCH_SAID.finditer(s.own_raw or ""))
    if c.kind == "speaker":
        return any(found(f, s.wide, params.fuzzy) for f in c.forms) or bool(_FIRST_PERSON.search(s.document[:20000]))
    if c.kind == "time" and c.text in YEARS_FROM_DATE:
        return not (own_date and _relative_year_otherwise(c.text, s))
    if c.kind == "bound":
        return _passes_bound(c, s.near_raw or s.near)
    if c.kind == "reported":
        # the article is dated then ("2024년 1월 보도에서" over an article of 2024-01-11), or it
        # says the time as a time would be found
        return _dated_as_reported(c, s) or constraint_found(replace(c, kind="time", parts=()), s, params)
    if c.kind in ("time", "number"):
        if c.kind == "time" and own_date and _dated_otherwise(c, s):
            return False
        if c.kind == "number" and _another_of_series(c, s.own_raw):
            return False  # "2회차는 몇 시에?" over "1회차(오후 2시~3시 30분)는 …": the other session's
        if _another_designated(c, s.own_raw):
            return False  # "3년물 금리 몇 %?" over "10년물 금리는 연 3.680%": another of the kind the number names
        # a year may be said once for the whole paragraph ("2005년 …. 그해 5월 …") when so fitted
        # (a figure wide only when the sentence gives none in its unit: "성금 100억 원을 기부한 기업은?"
        # is not answered by a sentence giving 50억 원, whatever its lead says)
        wide_figure = figure_wide and c.kind == "number" and not any(
            g.unit == f.unit or (not f.unit and g.kind == "money")  # (100억 asked: 50억 원 is a sum of the kind)
            for f in figures(c.text) for g in figures(s.own_raw or ""))
        hay = s.wide if (c.kind == "time" and params.time_scope == "wide") or wide_figure else s.near
        if any(figure_found(f, hay) for f in c.forms):
            return True
        if c.kind == "time" and any(_years_spanned(f, hay) for f in c.forms):
            return True  # "최근 3년 동안 몇 건?" <- "2021년부터 2023년까지 접수된 …": three years, by their ends
        if c.kind == "number" and _only_of_series(c, s.document):
            return True  # "제67회 가람문화제 기간은?": the article is about the 67th, named once
        if c.kind == "number" and "첫째" in c.forms and re.search(r"(?<![가-힣])(?:첫\s*[가-힣]|최초|처음)", s.near_raw or s.own_raw):
            return True  # "첫 번째로 맺은 기업" <- "첫 프로젝트로 … 파트너십을 체결했다": the first, said so
        if c.kind == "number" and _this_one_of_series(c, s):
            return True  # "이번 2차는 몇 곳에서?": the article says its own event is the 2nd
        return c.kind == "time" and (_time_by_reference(c, s) or _dated_that_year(c, s) or _dated_that_month(c, s))
    if all(len(f) == 1 for f in c.forms):
        return any(f in s.near_tokens for f in c.forms)
    return any(found(f, s.near) for f in c.forms)


@lru_cache(maxsize=4096)
def _compound_said_apart(word: str):
    """For a compound of two common nouns of two syllables or more ("실태조사"), the pattern of the
    two said apart as an object and its verb ("실태를 조사", "실태 조사한"), else None."""
    toks = pos(word)
    if len(toks) != 2 or any(t.tag != "NNG" or t.len < 2 for t in toks) or toks[0].start + toks[0].len != toks[1].start:
        return None
    return re.compile(rf"{re.escape(toks[0].form)}(?:을|를)?\s*{re.escape(toks[1].form)}(?:하|한|해|했|된|됐|되)")


def _dated_as_reported(c: Constraint, s: Surroundings) -> bool:
    """The article's date is the year and month a "reported" constraint names with its parts: a
    year (and the month said after it), or a month and the year said before it."""
    if s.year is None:
        return False
    said = {m.group(1) or m.group(2): m for m in (re.fullmatch(r"(\d{4})년|(\d{1,2})월", f) for f in (c.forms[0], *c.parts)) if m}
    years = [int(m.group(1)) for m in said.values() if m.group(1)]
    months = [int(m.group(2)) for m in said.values() if m.group(2)]
    if not years or any(y != s.year for y in years):
        return False
    if months:
        dated = re.match(r"\d{4}-(\d{2})", s.date or "")
        return dated is not None and all(int(dated.group(1)) == mo for mo in months)
    return True


# a stretch said by its two ends, a gloss in brackets between ("진주(사천 분기점)~마산", "가람∼나래")
# (not _ROUTE below, which takes a hyphen too: in running text "한국-베트남" joins partners, not
# two ends of a road, and a gloss would stop it)
_STRETCH_SAID = re.compile(r"([가-힣]{2,})\s*(?:\([^()]{1,20}\)\s*)?[~∼～]\s*([가-힣]{2,})"
                           # … or by the two ends a verb joins ("가람역과 나래광장을 잇는 구간"); two
                           # places joined by 와 alone are partners, not a stretch ("충주시와 제천시가")
                           r"|([가-힣]{2,})\s*(?:\([^()]{1,20}\)\s*)?(?:와|과)\s+([가-힣]{2,}?)(?:을|를)\s*"
                           r"(?:잇는|잇고|연결하는|연결하고|연결해)(?![가-힣])")


# a span of years by its ends, spaces aside: "2021년부터2023년까지", "2021~2023년"
_YEAR_ENDS = re.compile(r"(?<!\d)((?:19|20)\d\d)년?(?:부터|~|∼|-|–)((?:19|20)\d\d)년")


def _owned_by_named(question: Question, text: str, f) -> bool:
    """The figure is said as the own of a thing the question names, right before it with 의
    ("게이머즈8의 4,500만 달러"): a name or a numbered thing of the question's, two letters or more."""
    m = re.search(r"(\S+)의\s*$", text[max(0, f.start - 24):f.start])
    return m is not None and any(
        c.kind in ("name", "number") and len(squash(c.text)) >= 2 and squash(m.group(1)).lower().endswith(form)
        for c in question.constraints for form in c.forms)


def _years_spanned(form: str, hay: str) -> bool:
    """A number of years ("3년") said by the two ends of the span (2021년부터 2023년까지, both
    counted, as news counts them)."""
    m = re.fullmatch(r"(\d{1,2})년", form)
    return m is not None and any(int(e.group(2)) - int(e.group(1)) + 1 == int(m.group(1))
                                 for e in _YEAR_ENDS.finditer(hay))


def _passes_bound(c: Constraint, text: str) -> bool:
    """A figure of ``text`` in the bound's unit lies on the side of it asked (Constraint.parts:
    ">" past it, "<" below): "20cm 넘게" is met by "20.6㎝"."""
    bound = next(iter(figures(c.forms[0])), None) if c.forms else None
    if bound is None or bound.value is None:
        return False
    op = c.parts[0] if c.parts else ">"
    sides = {">": float.__gt__, ">=": float.__ge__, "<": float.__lt__, "<=": float.__le__}
    unit = _SAME_UNIT.get(bound.unit, bound.unit)
    # (a figure of the bound's value said as a bound too, "30℃가 넘은 일수", is the bound itself)
    return any(_SAME_UNIT.get(f.unit, f.unit) == unit and f.value is not None and (
        sides[op](float(f.value), float(bound.value))
        or (f.value == bound.value and (said := _BOUND_SAID.match(text, f.end)) is not None
            # (on the side asked: "50인 이상" is not "50인 미만")
            and (said.group(1) is not None) == op.startswith(">"))) for f in figures(text))


# (a gloss in brackets may stand between: "50인(억) 미만은 214명")
_BOUND_SAID = re.compile(r"\s*(?:\([^()]{1,8}\)\s*)?(?:가|이|를|을)?\s*(?:(넘|이상|초과|웃돌)|미만|이하|밑돌)")


# units written two ways (30도, 30℃)
_SAME_UNIT = {"℃": "도"}


# nouns a breakdown by kind is said by ("종류별로", "유형별"): any kinds, each named with its figure
_KIND_CLASSIFIERS = frozenset("종류 유형 분야 부문 항목 형태 품목".split())


def _lists_figures(raw: str) -> bool:
    """``raw`` gives two figures or more of one unit as a list, each labelled by the word before
    it ("국민체육센터 20곳, 운동장 140곳"): a breakdown by kind, the kinds being whatever it names."""
    if not raw:
        return False
    # (not a figure glossing another in brackets: "5만2000원(6000원 인상)" is one item)
    figs = [f for f in figures(raw) if raw.rfind("(", 0, f.start) <= raw.rfind(")", 0, f.start)]
    for unit in {f.unit for f in figs if f.unit}:
        same = [f for f in figs if f.unit == unit]
        if len(same) >= 2 and any(len(labelled_list(raw, same, k)) >= 2 for k in range(len(same))):
            return True
    return False


def _listed_by_unit(unit: str, raw: str) -> bool:
    """Two units or more of the one asked a breakdown by ("강남구 30건, 서초구 20건", "1월 30만명,
    2월 25만명"), each with its figure: the breakdown given without saying 구별, 월별."""
    names = re.findall(rf"((?:[가-힣]{{1,5}}|\d{{1,2}}){re.escape(unit)})(?![가-힣])\s*[(（:]?\s*\d", raw or "")
    return len(set(names)) >= 2


def _kin_said(forms: tuple[str, ...], raw: str) -> bool:
    """A kin word of ``forms`` stands as a noun of its own in ``raw``: not glued to a noun after
    it (자매도시 is a twinned city) nor to 하다 (부인했다 denies), unless it is one of the
    family's doings (결혼했다)."""
    if not raw:
        return True  # (no text as written to read: the tokens said it)
    toks = pos(raw)
    for t, nxt in zip(toks, [*toks[1:], None]):
        if t.form not in forms:
            continue
        glued = nxt is not None and nxt.start == t.start + t.len
        if glued and nxt.tag in ("NNG", "NNP"):
            continue
        if glued and nxt.tag in ("XSV", "XSA") and t.form not in KIN_DOINGS:
            continue
        return True
    return False


def _named_by_head(c: Constraint, s: Surroundings) -> bool:
    """A name the article gives once and then calls by its last noun: "성서이음UP센터" named in
    one paragraph, "센터에는 …" in another. Found when the article names it whole and the
    sentence or its neighbours say its head noun (two syllables or more) as a word of its own."""
    if not s.document or c.forms[0] not in _squashed(s.document):
        return False
    toks = pos(c.text)
    head = toks[-1].form if toks and toks[-1].tag == "NNG" and len(toks[-1].form) >= 2 else None
    if head is None or len(squash(c.text)) <= len(head) + 1:
        return False
    # (a word of its own: "센터에는", not "센터장은")
    return re.search(rf"(?<![가-힣]){re.escape(head)}(?:{_CASE_OR_TOPIC})?(?![가-힣])", s.near_raw) is not None


_CASE_OR_TOPIC = "에서는|에서|에는|에게|으로|은|는|이|가|을|를|에|의|도|와|과|로"


def _office_shortened(c: Constraint, s: Surroundings) -> bool:
    """A ministry or an agency named short by the first syllables of its parts, some parts left
    out ("중기부" for 중소벤처기업부, "행안부" for 행정안전부, "국토부" for 국토교통부), named in full
    in the sentence, beside it or in its paragraph or the lead. Only a short name ending in 부, 청 or 처: Korean shortens its
    offices so, and a name of another kind ("자유당" for 자유선진당) may be another body. A
    province is shortened the same way ("○남도" for ○○남도) and often named in full only in
    the title."""
    form = c.forms[0] if c.forms else ""
    if re.fullmatch(r"[가-힣][남북]", form):
        form += "도"  # (a province said by two syllables alone: ○남 for ○○남도)
    if not _OFFICE_SHORT.fullmatch(form):
        return False
    # (a part may be left out whole, 벤처 of 중소벤처기업부; the full name a word of its own, a
    # particle after it: not the first syllables of a longer word)
    # (beside it, or in the lead paragraph where news names its subject in full once: wide_raw)
    return re.search(rf"(?<![가-힣]){_initials(form, 4)}(?:{_CASE_OR_TOPIC})?(?![가-힣])",
                     "\n".join((s.near_raw or s.own_raw, s.wide_raw, s.title or ""))) is not None


# a ministry's or an agency's short name: 중기부, 해수부, 과기정통부, 식약처; a province's: ○남도, ○북도
_OFFICE_SHORT = re.compile(r"[가-힣]{2,4}[부청처]|[가-힣][남북]도")


def _glossed_as(c: Constraint, s: Surroundings) -> bool:
    """A name the article glosses once in brackets, "아프리카돼지열병(ASF)" or "ASF(아프리카돼지
    열병)", is either form where it is said: the sentence saying 아프리카돼지열병 says ASF."""
    if not s.document or not c.text or len(c.text) < 2 or c.text not in s.document:
        return False
    return any(g in s.wide for g in _glosses(c.text, s.document))


@lru_cache(maxsize=4096)
def _glosses(name: str, document: str) -> tuple[str, ...]:
    """The other forms ``name`` is glossed with in brackets in ``document``, squashed (cached: read
    once per article, not once per sentence scored)."""
    n = re.escape(name)
    found = [m.group(1) for m in re.finditer(rf"([가-힣A-Za-z][가-힣A-Za-z0-9·]{{1,20}})\s?\(\s?{n}\s?\)", document)]
    found += [m.group(1) for m in re.finditer(rf"(?<![가-힣A-Za-z0-9]){n}\s?\(\s?([가-힣A-Za-z][가-힣A-Za-z0-9· ]{{1,20}}?)\s?\)",
                                              document)]
    return tuple(dict.fromkeys(squash(g) for g in found if squash(g) != squash(name) and len(squash(g)) >= 2))


def _ordinals_asked(c: Constraint) -> list:
    """The ordinal a number constraint names: "제23회" as written, or "23회" before a name
    ("23회 가람영화제"), which the question analysis took for an edition (its forms hold 차)."""
    return [f for f in figures(c.text) if f.kind == "ordinal" and f.value is not None] or [
        f for f in figures("제" + c.text) if f.kind == "ordinal" and f.value is not None]


def _another_of_series(c: Constraint, own: str) -> bool:
    """The sentence itself numbers another one of the series the question numbers ("1회차(오후
    2시~3시 30분)는" for 2회차) and not the one asked: its neighbour naming the one asked does not
    make it about that one. Only an ordinal standing alone (before a particle or a bracket): the
    4차 of "4차 산업혁명위원회" is part of a name, no session of a 제14차 meeting."""
    asked = _ordinals_asked(c)
    if own and not asked and (stage := re.fullmatch(r"(\d+)\s*단계", c.text)) \
            and not any(figure_found(f, squash(own)) for f in c.forms):
        # a stage of a plan ("2단계 예산은?" over "…사업은 1단계로 2021∼2024년 306억원을 들여"): its
        # own stage said alone, as a phase, not a count of them ("3단계에 걸쳐")
        # (not a count of stages, "모두 3단계로 나눠", nor a stage named in passing, "1단계의 두 배")
        return any(m.group(1) != stage.group(1) and not re.search(r"(?:총|모두|전체)\s*$", own[:m.start()])
                   and not re.match(r"\s*(?:나눠|나누어|걸쳐)", own[m.end():])
                   for m in re.finditer(r"(?<![\d.])(\d+)\s*단계(?:로|는|에는|에선)(?![가-힣])", own))
    if not own or not asked or any(figure_found(f, squash(own)) for f in c.forms):
        return False
    return any(f.kind == "ordinal" and f.unit == asked[0].unit and f.value not in (None, asked[0].value)
               and _ALONE.match(own, f.end) for f in figures(own))


# the part of a time after its unit: 2월말, 3월 초, 10일께
_TIME_PARTS = frozenset({"말", "초", "중", "중순", "상순", "하순", "말경", "초순", "께", "쯤", "경", "간", "전", "후", "대"})


# the first of a kind asked by 첫 ("첫 캠페인"), and a later one said by its ordinal before the noun
_FIRST_ASKED = re.compile(r"(?<![가-힣])첫\s*([가-힣]{2,})")
_LATER_SAID = r"(?:(?:두|세|네|다섯|여섯)\s*번째|[2-9]\s*(?:번째|차|회차))\s*"


def _a_later_one(query: str, own: str) -> Constraint | None:
    """The first of a kind asked ("첫 캠페인 날짜는?") and a sentence saying a later one of that
    kind by its ordinal ("…두 번째 캠페인을 펼쳤다") and not the first: the 첫 is missing."""
    m = _FIRST_ASKED.search(query)
    if not m or not own:
        return None
    noun = PARTICLE_END.sub("", m.group(1))
    if len(noun) < 2 or re.search(r"(?<![가-힣])(?:첫|최초|처음)|1\s*(?:번째|차|회차)", own):
        return None  # (the sentence says the first as well: "최초 캠페인은 20일, 두 번째 캠페인은 21일")
    if re.search(_LATER_SAID + re.escape(noun), own):
        return Constraint("number", "첫", ("첫째",))
    return None


def _another_designated(c: Constraint, own: str) -> bool:
    """The question names a kind by a number and a word of two syllables or more that is no unit
    of its own ("3년물", a bond of three years; "7인승") and the sentence itself names another of
    that kind ("10년물") and not the one asked: it speaks of the other."""
    m = re.fullmatch(r"(\d+)([가-힣]{2,})", c.forms[0]) if c.forms and own else None
    # (a unit and the syllable that makes a kind of it: 년 + 물, 년 + 생; not a counter of its own,
    # 가지, 단계, whose other numbers are other counts of the same thing)
    if m is None or is_unit(m.group(2)) or not is_unit(m.group(2)[0]) or m.group(2)[-1] in "차째" \
            or m.group(2)[1:] in _TIME_PARTS:
        # (22주차 is a week counted, an ordinal: another of a series, not a kind; 2월말 a time,
        # which "1월말에 비해" compares with)
        return False
    asked = int(m.group(1))
    if re.search(rf"(?<![\d.,]){asked}\s?{m.group(2)[0]}", own) \
            or re.search(rf"(?<![\d.,]){asked}(?:\s?[·ㆍ‧・,]\s?\d+)+\s?{re.escape(m.group(2))}", own):
        return False  # ("3년물" asked, "3년 만기" said: the one asked, in other words; "3ㆍ4등급": listed)
    said = {int(x.group(1)) for x in re.finditer(rf"(?<![\d.,])(\d+)\s?{re.escape(m.group(2))}", own)}
    # ("05년생" is 2005년생: a year of two digits)
    return bool(said) and not any(n == asked or (len(m.group(1)) == 2 and n % 100 == asked) for n in said)


def _only_of_series(c: Constraint, document: str) -> bool:
    """The article numbers the one of the series the question numbers ("제67회 가람문화제") and
    no other of it (no other 제N회): all it says is of that one, whichever sentence says it."""
    asked = _ordinals_asked(c)
    if not document or not asked or not any(figure_found(f, _squashed(document)) for f in c.forms):
        return False
    return not any(f.kind == "ordinal" and f.unit == asked[0].unit and f.value not in (None, asked[0].value)
                   for f in figures(document[:20000]))


def _this_one_of_series(c: Constraint, s: Surroundings) -> bool:
    """The article calls the one asked its own ("이번 2차 행사에서", "이번 제67회 축제는"), and the
    sentence numbers no other of the series: news tells of this one, naming the number once and
    the earlier one ("지난 6월 열린 1차 행사") only to compare."""
    asked = _ordinals_asked(c)
    if not s.document or not asked or not s.own_raw:
        return False
    if not re.search(rf"이번\s*(?:제\s*)?{re.escape(c.text.removeprefix('제'))}", s.document):
        return False
    return not any(f.kind == "ordinal" and f.unit == asked[0].unit and f.value != asked[0].value
                   for f in figures(s.own_raw))


# after a figure standing alone: a bracket, a comma or the end, or a particle and then no more of the word
_ALONE = re.compile(r"\s*(?:[(\[（,，.]|$|(?:은|는|이|가|에|에서|의|을|를|도)(?![가-힣]))")


# what makes another post of one: 부이사장 is not 이사장, 전 회장 not 회장 (a general Korean list)
POST_PREFIXES = ("부", "전", "명예", "수석", "공동", "상임", "총")


def _office_named(office: str, place: str, text: str) -> bool:
    """The office stands as a word of its own ("강기정 시장은") or after its place ("울산시장",
    "울산광역시장"), not inside another noun: the 시장 of 세계시장 is a market."""
    return re.search(rf"(?:^|[\s\"'“‘(·,]|{re.escape(place)}[가-힣]{{0,3}}){re.escape(office)}", text) is not None


def _glued_words(word: str, s: Surroundings) -> bool:
    """A name typed as two words glued ("포항시내버스", "김포경로당"): each part, of two syllables
    or more, is in the article and the thing (the second) beside the sentence. Kiwi keeps such a
    word whole, a name the article never writes; another city's bus ("서울시내버스") still misses."""
    w = squash(word)
    if len(w) < 4 or not re.fullmatch(r"[가-힣]+", w):
        return False
    # (the first word opening a word of the article: the 수원 of 한수원 names no 수원)
    doc = s.document or s.wide_raw or ""
    return any(w[k:] in s.wide and re.search(rf"(?<![가-힣]){re.escape(w[:k])}", doc) is not None
               for k in range(2, len(w) - 1))


# a place's public thing named whole: "가람군립요양병원" is the 가람 county's (군립) 요양병원
_PUBLIC_OF_PLACE = re.compile(r"([가-힣]{2,})([시군구도]립[가-힣]{2,})")


def _public_of_place(word: str, s: Surroundings) -> bool:
    """A thing a place runs, asked by one word ("가람군립요양병원"), that the article names without
    the place ("군립요양병원은 …", 가람군 said elsewhere in it): the place in the article, the
    thing beside the sentence. Another place's ("나래군립…") still misses."""
    m = _PUBLIC_OF_PLACE.fullmatch(squash(word))
    if m is None:
        return False
    # (the place with its unit, 가람군: a 가람면 or a 나래구's 구립… is another place's)
    doc = _squashed(s.document) if s.document else s.wide
    return m.group(1) + m.group(2)[0] in doc and m.group(2) in s.wide


def _year_of(form: str) -> int | None:
    """The year a question's time constraint names in full (2024년, 2024년도), or None (5월,
    1990년대, 2024년 3월)."""
    m = re.fullmatch(r"(\d{4})년(?:도)?", form)
    return int(m.group(1)) if m else None


# a year named in full, squashed: 2024년, each end of 2022~2026년
# (a fiscal year names its year too, "2015 회계연도", squashed "2015회계연도")
# (a year of a list its 년 is said once after: "2009, 2010년", "2009·2010년")
_FULL_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d|\d{4}(?=년))(?=년|[~-]\d{4}년|\s?회계\s?연도|(?:\s?[,·ㆍ]\s?(?:19|20)\d\d)+년)")


def _own_years(own: str) -> list[int]:
    """The years a sentence (squashed) names in full: 2024년, 2022~2026년."""
    return [int(y) for y in _FULL_YEAR.findall(own)]


def _years_spoken(own: str) -> list[int]:
    """The years a sentence (squashed) speaks of: named in full and not compared with ("2023년도
    본예산보다 1조원 감액" speaks of the year after 2023)."""
    years = []
    for m in _FULL_YEAR.finditer(own):
        # past "2023년도" (a year listed before another, "2009, 2010년", says no 년 of its own)
        said = re.match(r"\d{4}(?:[~-]\d{4})?(?:\s?[,·ㆍ]\s?\d{4})*(?:년도?|\s?회계\s?연도)", own[m.start():])
        end = m.start() + said.end() if said else m.end()
        if not _YEAR_COMPARED.match(own, end):
            years.append(int(m.group(1)))
    return years


def _measured_by_unit(question: Question, own: str) -> bool:
    """A measure asked by its dimension ("전체 면적은 얼마?") and the sentence giving a figure of
    that dimension in brackets after the thing it measures ("…48곳 공원(6.18㎢)"): its unit says
    the 면적 the sentence does not write (not any figure of the dimension: "입구는 시청에서 3㎞
    떨어져" gives no 길이 of a tunnel)."""
    return question.asks == "measure" and bool(question.attribute) and bool(own) \
        and any(own[:f.start].rstrip().endswith("(") for f in figures_of_kind(question, figures(own), own))


def _counted_as_unit(question: Question, c: Constraint, own: str) -> bool:
    """A count asked of a thing the question makes its subject (좌석 of "좌석 수는?") and the
    sentence counting in the thing's own last syllable ("700석"): the counter says the thing."""
    if question.asks != "count" or c.kind != "subject" or question.attribute != c.text or not own:
        return False
    # (not where the noun right before the count ends in that syllable itself: "입석 300석",
    # "회의실 5실" count standing places and rooms, no 좌석 or 객실)
    return any(f.kind == "count" and f.unit and len(c.text) > len(f.unit) and c.text.endswith(f.unit)
               and not ((m := _NOUN_BEFORE_COUNT.search(own[:f.start])) and m.group(1).endswith(f.unit)
                        and m.group(1) != c.text)
               for f in figures(own))


def _year_of_name(query: str, c: Constraint, own: str) -> bool:
    """A year the question writes bare before a name ("2013 JCI 아태대회는 며칠에?") and the
    sentence (squashed) writes so too ("…13일 열리는 2013 JCI(세계청년회의소) 아태대회"): the year
    is part of the event's name, and dates no figure of the sentence (the other years it names,
    "2014년 세계수소에너지대회", are other events')."""
    year = next((f for f in c.forms if re.fullmatch(r"(?:19|20)\d\d", f)), None) if c.kind == "time" else None
    m = re.search(rf"(?<![\d.,]){year}\s+([A-Za-z가-힣]{{2,}})", query) if year else None
    return m is not None and (year + m.group(1)[:2].lower()) in own


def _dated_otherwise(c: Constraint, s: Surroundings) -> bool:
    """The sentence dates what it says itself, to another year (or month) than the question's:
    "2026년 1월 말 기준 가입자는 81만명" does not answer "2024년 말 기준 가입자는?" however near a
    "2024년" stands. A sentence that names no year takes its paragraph's; one naming several
    spans them."""
    form = c.forms[0] if c.forms else ""
    year, month = _year_of(form), re.fullmatch(r"(\d{1,2})월", form)
    if (year is None and not month) or not s.own:
        return False
    # a time the sentence counts from ("1982년 7월 관련 통계가 작성된 이래 최대") is not its own
    own_text = _SINCE.sub("", s.own)
    if year is not None:
        asked = year
        own = _own_years(own_text)
        # a year counted from the article's date ("작년 1월에는 … 3.4%" in a 2019 article is 2018),
        # not one compared with ("작년 같은 달보다 8.4% 늘었다" is of this year)
        if s.year is not None:
            own += [s.year + offset for offset in _relative_years(s.own)]
    else:
        asked = int(month.group(1))
        own = [int(x) for x in re.findall(r"(?<![\d.])(\d{1,2})(?=월|[~-]\d{1,2}월)", own_text)]
    return _outside(asked, own)


# a date and the clause it heads up to 이래 / 이후, in squashed text: the time counted from
_SINCE = re.compile(r"(?<![\d.])\d{1,4}(?:년|월)(?:\d{1,2}(?:월|일))*[^,.·]{0,16}?(?:이래|이후)")


def _outside(asked: int, own: list[int]) -> bool:
    """The sentence names years (or months) and ``asked`` is not within them."""
    return bool(own) and not min(own) <= asked <= max(own)


# 지난해 / 작년 in a comparison ("작년 같은 달보다 8.4% 늘었다", "지난해 대비") is not the year the
# sentence speaks of (squashed text)
# ("올해와 같이 185일": the same as this year's, said of the year the sentence speaks of)
# ("지난해 같은 기간보다", "전년 동기 대비" compare; "작년 같은 기간에는 6301명" speaks of that year;
# so does the time of its event, "지난해 조사 때보다")
_COMPARED = re.compile(r"(?:(?:같은|동월|동기간|동기)(?!(?:기간|달|때|시기)?(?:에는|엔|에도|에|은|는))"
                       r"|(?:[가-힣]{1,4}?때)?(?:대비|보다|에비해)|比|[와과](?:같이|같은|마찬가지|동일|비슷)|처럼|만큼)")
# … and a year compared with, its noun between ("2023년도 본예산보다", "2023년 대비")
_YEAR_COMPARED = re.compile(r"(?:[가-힣]{0,4}?(?:보다|대비|에비해|比)|" + _COMPARED.pattern + ")")


def _relative_years(own: str) -> set[int]:
    """The offsets from the article's year of the years a sentence (squashed) speaks of by 올해,
    지난해, 내년 …, comparisons left out."""
    # (a month or a day may stand between the year and its comparison: "지난해 12월 대비")
    # (a year compared with that gives its own figure in brackets is spoken of too: "지난해 같은
    # 시기(57톤)보다 11배 많다" says what came in the year before)
    # (… or its own figure right before the comparison: "전년 동기 415명 대비 10.4% 감소")
    # (… and a year compared with, its figure given, is compared with the article's own year's:
    # "1월 … 177만개로 작년 같은 달(163만개)보다 8.4% 늘었다" in an article of 2019 speaks of 2019 too)
    # (only when the sentence says no year as its own: "지난해 … 177만개로 재작년 163만개보다"
    # speaks of the year before and the one before that, not of this one)
    # (the year after the one compared with: "내년 예산은?" over "…508억원으로 올해(402억원)보다
    # 26.4% 늘어난다" speaks of next year, as "작년(…)보다" speaks of this one)
    out, own_said, compared = set(), False, set()
    for m in _ANY_YEAR_WORD.finditer(own):
        bracketed = _FIGURE_BRACKETED.match(own, m.end())
        if _FIGURE_COMPARED.match(own, m.end()) or (bracketed and _BRACKET_COMPARED.match(own, m.end())):
            out.add(YEARS_FROM_DATE[m.group()])
            # (only 올해 and 내년 move on a year: a year before compared with speaks of this one, as
            # news compares with last year or the one before it, "코로나 이전인 재작년(…)보다")
            offset = YEARS_FROM_DATE[m.group()]
            compared.add(offset + 1 if offset >= 0 else 0)
        elif bracketed or not _COMPARED.match(own, _DAY_AFTER.match(own, m.end()).end()):
            out.add(YEARS_FROM_DATE[m.group()])
            own_said = True
    if _LAST_YEARS_FIGURE.search(own):
        out |= {-1}
        compared.add(0)
    return out | ({0} if _THIS_YEAR_SHORT.search(own) else set()) | (compared if not own_said else set())


# 올 said of the year it is, before a part of it ("올 상반기", "올 3월"), not the 올 of 올라, 올린다
_THIS_YEAR_SHORT = re.compile(r"올(?=[상하]반기|\d{1,2}월|\d분기|초|연말|들어|한해)")


_FIGURE_BRACKETED = re.compile(r"(?:같은|동)?(?:기간|시기|달|때|동기)?\(\d")
# … its figure in brackets and a comparison right after: "작년같은달(163만9천여개)보다"
_BRACKET_COMPARED = re.compile(r"(?:같은|동)?(?:기간|시기|달|때|동기)?\([^()]{1,30}\)(?:보다|대비|에비해|와비교|과비교)")
# a year's own figure said just before the comparison with it: "동기415명대비", "같은기간3만명보다"
# (not a month compared with: "지난해12월대비")
# (a figure in several orders: "지난해5만3072명보다")
_FIGURE_COMPARED = re.compile(r"도?(?:[상하]반기|\d분기)?(?:같은|동)?(?:기간|시기|달|때|동기|동월)?(?!\d{1,2}(?:월|일))\d[\d,.]*(?:(?:조|억|만|천)[\d,.]*)*[가-힣%]{0,2}(?:대비|보다|에비해)")
# … after 전년, the year before as statistics news names it ("전년 동기 415명 대비")
_LAST_YEARS_FIGURE = re.compile(r"전년" + _FIGURE_COMPARED.pattern)


_ANY_YEAR_WORD = re.compile(year_words())


_DAY_AFTER = re.compile(r"(?:\d{1,2}월)?(?:\d{1,2}일)?")


def _relative_year_otherwise(word: str, s: Surroundings) -> bool:
    """The sentence speaks of another year than the question's 올해 / 지난해 / 내년: it says
    another of those words and not the question's ("앞서 대전시는 지난해 … 16건의 사업을
    펼쳤다" for "올해 추진하는 사업은 몇 건"), or, the article dated, names only other years."""
    offset = YEARS_FROM_DATE[word]
    said = _relative_years(s.own)
    if offset in said:
        return False
    if said:
        return True
    if offset < 0 and _this_years_month(s):
        # "작년 8월 신청자 수는?" over "…이후인 8월에는 신규 신청자가 4천925명으로" in an October
        # article: a month said alone, not after the article's, is of the article's year — unless
        # the last year said before the sentence is the one asked ("작년 7월 …. 8월에는 …")
        at = s.near.find(s.own) if s.own else -1
        earlier = s.near[:at] if at > 0 else ""
        # (the years said before it, as words or as figures: "2024년 7월 …" in a 2025 article is 작년)
        said_before = [(m.start(), YEARS_FROM_DATE[m.group()]) for m in _ANY_YEAR_WORD.finditer(earlier)]
        if s.year is not None:
            said_before += [(m.start(), int(m.group(1)) - s.year) for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)년", earlier)]
        before = [offset_ for _, offset_ in sorted(said_before)]
        if not before or before[-1] != offset:
            return True
    if offset < 0 and _AHEAD.search(s.own) and not _own_years(s.own):
        return True  # "작년 축제는 언제?" over "오는 17일부터 사흘간 … 연다": the article's year, still ahead
    near = _relative_years(s.near)
    # (and of the year after: "내년 경로당 점심 예산은?" over "…중식 확대 예산 3억2400만원 확보",
    # unless the sentence speaks of a time still ahead, "오는 3월")
    # (an undated article saying nothing of the year ahead does not speak of it: "내년엔 얼마로
    # 올라?" over "입학축하금(20만∼50만원)이 지급되는 1학년에게는 …")
    if (offset < 0 or (offset > 0 and not _AHEAD.search(s.own))) and (s.year is not None or 0 in near or offset > 0) \
            and not _own_years(s.near) and offset not in near:
        # "작년에는 몇 개 단체 선정됐어?" over "선정된 20여 개 단체에는 …", no year said in the
        # sentence, its neighbours or the title: it speaks of the article's own time (undated,
        # when what is near says 올해: "재작년 이용객은?" over "…지난해보다 3.5% 늘어난 1510만
        # 명" beside "올해 상반기 … 4266만 명")
        return True
    return s.year is not None and _outside(s.year + offset, _years_spoken(s.own))


# a time still ahead of the article's date (squashed): "오는 17일", "내달 6일", "다음 달"
_AHEAD = re.compile(r"오는\d{1,2}(?:일|월)|내달(?![리려렸])|다음달")


# A sentence that dates itself by reference to a time said before it: 같은 해, 그해, 당시,
# 이때 take that time; 이듬해, 다음 해 the year after it (squashed forms)
_SAME_TIME = re.compile(r"같은해|그해|그당시|당시|이때|그때|그무렵|이무렵|동년")
_NEXT_YEAR = re.compile(r"이듬해|다음해|익년")


def _time_by_reference(c: Constraint, s: Surroundings) -> bool:
    """A year or date of the question the sentence refers to without stating it ("같은 해,
    우왕을 내쫓고…" after "1388년 …"; "이듬해 파리에서…" after "1984년 …"), stated in its paragraph."""
    # only a point on the calendar is referred to so (징역 10년 is a span, not "that time")
    forms = [f for f in c.forms if re.fullmatch(r"\d{3,4}년대?|\d{1,2}월|\d{1,2}일|\d{1,2}세기", f)]
    if not s.own or not forms:
        return False
    if _SAME_TIME.search(s.own) and any(figure_found(f, s.wide) for f in forms):
        return True
    if _NEXT_YEAR.search(s.own):
        for f in forms:
            m = re.fullmatch(r"(\d{4})년", f)
            if m and figure_found(f"{int(m.group(1)) - 1}년", s.wide):
                return True
    return False


def _dated_that_year(c: Constraint, s: Surroundings) -> bool:
    """A year alone ("2023년 추경 규모는?") is the year of an article dated then: news says "올해",
    "이번", or nothing at all, of the year it was written in, and "내년"/"지난해" of the years
    around it (said in the sentence or its neighbours, not in the title: a headline's "내년에 또
    만나요" leaves the count below it this year's). A month or a day is not assumed."""
    asked = _year_of(c.forms[0]) if c.forms else None
    if asked is None or s.year is None:
        return False
    dated = s.year
    if asked == dated - 1 and _last_years_month(s):
        return True  # "12월 구직급여 신규 신청자는 8만7000명으로 … 줄었다" in an article of January 2023
    if asked == dated:
        # … unless what is near speaks of the year before as its own ("지난해 관광객은 1천411만 명"
        # in an article of 2017 is 2016's count), not in a comparison (지난해보다, 전년 대비), or
        # names only other years in full ("2026년 상반기 … 참여자를 모집" in an article of December
        # 2025: the years it speaks of)
        # (a year compared with, "2020년보다", is not one spoken of; "올해" said keeps the date's)
        if _THE_DAY.search(s.own_raw):
            # "이날 종합지수는 …", "이달 13일 현재 공정률은": the day or the month the article is
            # dated, whatever year is near
            return True
        if _this_years_month(s):
            # "지난 6월 전국에서 총 3만8,200건의 …" in an article of August 2024: the sentence dates
            # itself to a month gone by this year, whatever other year its neighbours name
            return True
        # (a year ahead of the date said as a horizon, "2026년까지 다섯 번 올린다", is no year spoken of)
        years = [y for y in _years_spoken(s.near) if not (y > dated and f"{y}년까지" in s.near)]
        this_year = _THIS_YEAR_WORDS.search(s.near)
        return not ((_LAST_YEAR_OWN.search(s.near) and not this_year)
                    or (years and asked not in years and not this_year))
    # "내년 5월에 150원을 추가로 인상" in an article of 2023 is 2024; "지난해" of 2024 is 2023
    # (the sentences, not the title: a headline's "내년에 또 만나요" dates no figure)
    near = squash(s.near_raw) if s.near_raw else s.near
    return ((asked == dated + 1 and (_NEXT_YEAR_WORDS.search(near) is not None
                                     # (… or the article's first sentence says it of what it reports,
                                     # "내년 상반기 … 5천314명이 배정됐다", and what is near names
                                     # no year of its own: the list of its parts below is next year's)
                                     or (not _years_spoken(near) and _THIS_YEAR_WORDS.search(near) is None
                                         and _next_year_lead(s.document))))
            or (asked == dated - 1 and (_LAST_YEAR_SAID.search(near) is not None
                                        # (compared with near, the year before is still the one
                                        # spoken of when the headline says so: "지난해 항공여객
                                        # 1억2337만명 역대 최다" over "…전년 대비 5.2% 성장했다")
                                        or (_LAST_YEAR_WORDS.search(near) is not None
                                            and _LAST_YEAR_SAID.search(squash(s.title)) is not None)
                                        # (… or when the article's first sentence says it of what it
                                        # reports — "지난해 국내에 사는 외국인 주민 수가 186만 명을
                                        # 넘어서면서" — and what is near names no year of its own)
                                        or (not _years_spoken(near) and _THIS_YEAR_WORDS.search(near) is None
                                            and _LAST_YEAR_OWN.search(squash(_first_sentence(s.document))) is not None)))
            # (재작년, 내후년: two years off)
            or (abs(asked - dated) == 2 and re.search(year_words(asked - dated), near) is not None))


@lru_cache(maxsize=256)
def _next_year_lead(document: str) -> bool:
    """The article's first sentence says next year and then the figure it reports ("내년 상반기
    … 근로자 5천314명이 배정됐다", "내년도 총 예산을 … 1조 4952억 원으로 확정했다"): what the
    article reports is next year's. Not next year as the time of another event ("내년 예산안
    심의를 앞두고 … 14일 정례회를 열었다": a date is no figure reported)."""
    lead = _first_sentence(document or "")
    m = _NEXT_YEAR_WORDS.search(lead)
    return m is not None and any(f.kind in ("count", "money", "percent", "measure") for f in figures(lead[m.end():]))


def _first_sentence(document: str) -> str:
    """The article's first sentence as written (its lead: what the article reports)."""
    body = document.strip()
    m = re.search(r"[.!?](?=\s|$)|\n", body)
    return body[:m.end()] if m else body[:200]


def _months_named(s: Surroundings) -> tuple[int, list[int], str] | None:
    """The article's month, the months the sentence names, and the sentence squashed; None when
    the article is undated or the sentence names no month, or names a year of its own."""
    d = re.match(r"\d{4}-(\d{2})", s.date)
    own = s.own_raw or s.own
    months = [int(m) for m in re.findall(r"(?<![\d.])(\d{1,2})(?=\s?월)", own)]
    if not (d and months) or _own_years(squash(own)):
        return None
    return int(d.group(1)), months, squash(own)


def _this_years_month(s: Surroundings) -> bool:
    """The sentence names months, none after the article's own and no year of any kind ("지난 6월
    …" written in August): months of the article's year."""
    named = _months_named(s)
    if named is None:
        return False
    month, months, own = named
    return all(1 <= m <= month for m in months) and not _ANY_YEAR_WORD.search(own) and not _NEXT_YEAR.search(own)


def _last_years_month(s: Surroundings) -> bool:
    """The sentence tells in the past of a month later in the year than the article's own, naming
    no year: that month of the year before ("12월 … 신청자는 8만7000명으로 … 줄었다" written in
    January)."""
    named = _months_named(s)
    if named is None:
        return False
    month, months, own = named
    return (all(month < m <= 12 for m in months) and not _AHEAD.search(own)
            and re.search(r"(?:었|았|였|했|됐)다", s.own_raw or s.own) is not None)


# the day or the month the article is dated, as news calls it: "이날 종합지수는 …", "이날도",
# "이달 13일 현재", "이번 달"
_THE_DAY = re.compile(r"(?<![가-힣])(?:이날|이달|이번\s?달)(?:은|에는|에|도|의)?(?![가-힣])")


def _dated_that_month(c: Constraint, s: Surroundings) -> bool:
    """A month asked ("2009년 12월 한파 때 동파 신고 몇 건?") is the month of an article dated
    then, as a year alone is its year, unless the sentence or its neighbours speak of the month
    before (지난달, 전월); and the month before it when the sentence gives a day alone past the
    article's ("지난 27일 서울에 내린 비" written on the 3rd): news names a day of a month just
    gone by the day only. (A sentence naming another month is ruled out before: _dated_otherwise.)"""
    m = re.fullmatch(r"(\d{1,2})월", c.forms[0]) if c.forms else None
    d = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s.date[:10])
    if m is None or d is None:
        return False
    asked, month, today = int(m.group(1)), int(d.group(2)), int(d.group(3))
    if asked == month:
        # (a month gone by that a time is counted from is not spoken of: "7천 원을 넘어선 것은 지난
        # 1월 말 이후 약 한 달 반 만" beside this month's figure; a sentence saying 이날 or 이달 of
        # itself is of the article's day, whatever a neighbour says of 지난달)
        own = s.own_raw or s.own
        return (_THE_DAY.search(own) is not None and _LAST_MONTH_OWN.search(own) is None) \
            or _LAST_MONTH.search(_MONTH_SINCE.sub(" ", s.near_raw or s.near)) is None
    # (the month before: "지난달 말 기준 전국 미분양 주택은 … 4만1850가구" written in September is
    # August's, as the sentence says it of itself — not compared with, "지난달보다")
    return asked == (month - 2) % 12 + 1 and (
        any(int(x.group(1)) > today for x in _DAY_ALONE.finditer(s.own_raw))
        or _LAST_MONTH_OWN.search(s.own_raw or s.own) is not None)


# the month before said of the sentence's own figures: "지난달 말 기준", "지난달 …"; not compared with
_LAST_MONTH_OWN = re.compile(r"지난\s?달(?!\s?(?:보다|대비|에\s?비해|와|과|같은))")


# the month before the article's, as news says it
# (… not when compared with, its figure maybe bracketed between: "전월(2만3263건) 대비 6.0% 감소했다"
# gives this month's change)
_LAST_MONTH = re.compile(r"(?:지난\s?달|전월|전달|지난\s?\d{1,2}월)"
                         r"(?!\s?(?:\([^()]{1,20}\)\s?)?(?:보다|대비|에\s?비해|와\s|과\s|같은))")
# … as the time something is counted from: "지난 1월 말 이후", "지난달 10일 이래"
_MONTH_SINCE = re.compile(r"(?:지난\s?달|지난\s?\d{1,2}월)\s?(?:말|초|중순|하순|상순)?\s?(?:\d{1,2}일\s?)?(?:이후|이래)")


# a day said alone, with no month before it (and no digit: "12월 18일", "2018일" are not)
# (a span of days is no day: "3일간", "5일째", "10일 동안")
_DAY_ALONE = re.compile(r"(?<![\d.월])(?<!월\s)(\d{1,2})일(?!\s*(?:간|째|동안|만에|이상|이내|전|후))")


# the words news counts the year after and before its date with (korean.YEARS_FROM_DATE), and
# near them the rarer 명년 and 전년 and 이듬해 (the year after the one just told), said near a
# sentence but not read as a date of their own
# (not 이듬해: the year after a time the text states, "10월부터 이듬해 3월까지", not after the
# article's date — _time_by_reference reads it after a year)
_NEXT_YEAR_WORDS = re.compile("|".join([year_words(1), "명년"]))
_LAST_YEAR_WORDS = re.compile("|".join([year_words(-1), "전년"]))
# … said of the year before itself, not compared with ("매출은 지난해보다 22.03% 증가", "전년 동기
# 대비" speak of this year), unless its own figure follows in brackets ("지난해 같은 기간(2조)보다")
# (전년도 is 전년 + 도: "전년도 대비" compares as "전년 대비" does)
# (… or its event's time: "지난해 조사 때보다 8.2% 오른", "지난해 이맘때보다")
_LAST_YEAR_COMPARED = r"도?(?:(?:[가-힣]{1,4}?때)?(?:보다|대비|에비해)|와|과|같은|동기|동월|수준|比)"
_LAST_YEAR_SAID = re.compile("(?:" + year_words(-1) + r"|전년)(?:(?=도?" + _FIGURE_BRACKETED.pattern + ")"
                             r"|(?!" + _LAST_YEAR_COMPARED + "))")
# (a figure of the year before compared with, "지난해 5만3072명보다 3085명 증가", is this year's news)
_LAST_YEAR_OWN = re.compile("(?:" + year_words(-1) + r")(?!" + _LAST_YEAR_COMPARED + "|" + _FIGURE_COMPARED.pattern + ")")
# (올 as the year it is, "올 상반기", "올 3월" squashed; not the 올 of 올라, 올린다, 올랐다)
_THIS_YEAR_WORDS = re.compile("|".join([year_words(0), "이번", r"올(?=[상하]반기|\d|초|연말|들어|여름|겨울|봄|가을|한해)"]))


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def figure_found(form: str, hay: str) -> bool:
    """A figure of the question, found as a number of its own (not inside a longer one):
    "2019년" is not found in "12019년" nor in "2019-2021"; "14차" not in "140차". The unit
    may differ in writing ("100위" in "핫 100"), but the number must be there."""
    m = re.match(r"([\d.]+)(.*)$", form)
    # (the question's figure is read without thousands commas, "1429.8원"; the text keeps them)
    hay = _THOUSANDS.sub("", hay)
    code = re.fullmatch(r"([a-z][a-z0-9\-]*\d)(?:번|호)?", form)
    if code:
        # "M6462번" asked, "광역버스(M6462)" written: the counter is the asker's, the code is the name
        return re.search(rf"(?<![a-z0-9]){re.escape(code.group(1))}(?!\d)", hay) is not None
    if not m:
        return form in hay
    num = m.group(1).rstrip(".")
    if re.fullmatch(r"\d{2}", num) and m.group(2).startswith("년"):
        num = rf"(?:19|20)?{num}"  # "62년" is how people say 1962년
    else:
        # 5.25 선거 is written 5·25 as often: a dot between digits is any of the dots
        num = r"[.·ㆍ‧・]".join(re.escape(p) for p in num.split("."))
    # "2가지" written "두 가지", "3명" "세 명" (the hay may be squashed: not the 두 of 열두; and
    # never 한, which ends as many adjectives: "유일한 명예")
    native = next((w for w, v in NATIVE_NUMERALS.items() if re.fullmatch(r"\d+", num) and v == int(num) > 1), None)
    if native and m.group(2) and re.search(rf"(?<![열물]){native}\s?{re.escape(m.group(2))}", hay):
        return True
    if m.group(2) in ("월", "일") and re.fullmatch(r"\d{1,2}", num):
        # a month or a day is found as one: "7월" in "7월", "6~7월", "7·8월" or "2021.7.1", not
        # the 7 of "7일" (an article of July 7 speaking of June)
        n = rf"0?{int(num)}"
        listed = rf"(?<![\d.·ㆍ‧・]){n}(?:\s?[~∼·ㆍ,\-]\s?\d{{1,2}})*\s?{m.group(2)}"
        dotted = rf"\d{{4}}\.\s?{n}\." if m.group(2) == "월" else rf"\d{{4}}\.\s?\d{{1,2}}\.\s?{n}(?!\d)"
        return re.search(listed, hay) is not None or re.search(dotted, hay) is not None
    if re.fullmatch(r"차|회|회차|번째|기|단계|등급|호선|호기|호점", m.group(2)):
        # an ordinal counts its own series: "제3차" is not the 3 of "3∼5년간", "2단계" not the 2
        # of "지하 2층"
        # (one of a list of them written with middle dots or commas is found: "3·4호기" holds 3호기
        # and 4호기; a full stop before it is a decimal point)
        return re.search(rf"(?<![\d.])(?<![\d.][·ㆍ‧・,]){num}(?:\s?[·ㆍ‧・,]\s?\d+)*\s?{m.group(2)}", hay) is not None \
            or re.search(rf"\d\s?[·ㆍ‧・,]\s?{num}\s?{m.group(2)}", hay) is not None
    if re.fullmatch(r"[가-힣]{2,}", m.group(2)) and not re.match(r"[십백천만억조년월일시분개]", m.group(2)) \
            and not is_unit(m.group(2)) and not is_unit(m.group(2)[0]) and _noun_after_number(m.group(2)):
        # a number naming one of a series by a noun, no counter ("제2묘역", "2공장", "제2금융권"):
        # found with its noun's first syllable next to it, not as any 2 of the article
        # (… or the last of a list of them sharing the noun: "2·3공단" holds 3공단, as "3·4호기" does)
        return re.search(rf"(?<![\d.·ㆍ‧・]){num}(?:\s?[·ㆍ‧・,]\s?\d+)*\s?{m.group(2)[0]}", hay) is not None \
            or re.search(rf"(?<![\d.])\d\s?[·ㆍ‧・,]\s?{num}\s?{m.group(2)[0]}", hay) is not None
    # a whole number may stand in a list written with middle dots ("끝자리 3·8은 수요일"); a
    # full stop between digits is a decimal point (3 is not found in 3.8)
    after = r"(?![\d]|\.\d)" if re.fullmatch(r"\d+", num) and not m.group(2) else r"(?![\d]|[.·ㆍ‧・]\d)"
    if not re.match(r"[십백천만억조]", m.group(2)):
        after += r"(?!\s?[십백천만억조])"  # 29세 is not the 29 of "29만 7000명", a number of its own
    if re.match(r"[가-힣]", m.group(2)) and not re.search(r"[A-Za-z%]", canonical_unit(m.group(2))):
        # "1년물" is not the 1 of "1bp", a number of a unit in letters ("200그램" is "200g")
        after += r"(?![A-Za-z%％])"
    return re.search(rf"(?<![\d.·ㆍ‧・]){num}{after}", hay) is not None


@lru_cache(maxsize=1024)
def _noun_after_number(word: str) -> bool:
    """After a number, ``word`` is read as a common noun ("2묘역", "2공장"), not a counter
    Kiwi knows as a bound noun ("3가지", "2마리")."""
    toks = pos("1" + word)
    return len(toks) >= 2 and toks[1].tag == "NNG"


def _glued_after(text: str, name: str, others: Sequence[str], wide: str) -> bool:
    """``name`` follows one of ``others`` in ``text`` (a space apart at most), and the two stand
    glued in ``wide`` (squashed): the one name they make together."""
    return any(re.search(rf"{re.escape(o)}\s*{re.escape(name)}", text) and squash(o + name) in wide for o in others)


# a particle ending a word ("태양의 열", "체험은"): no sibling's last syllable
_PARTICLE_SYLLABLE = "(?:을|를|이|가|은|는|의|에|도|와|과|로|만)"


def _sibling_written(word: str, raw: str) -> bool:
    """``raw`` writes a word opening as ``word`` does, all but its last syllable, and ending
    otherwise (태양열 asked, 태양광 written). Kinds differing before the last syllable (시내버스,
    시외버스) are with_sibling_compounds'."""
    stem = squash(word)[:-1]
    return len(stem) >= 2 and re.fullmatch(r"[가-힣]+", stem) is not None \
        and re.search(rf"{stem}(?!{re.escape(squash(word)[-1])})(?!{_PARTICLE_SYLLABLE}(?![가-힣]))[가-힣]", raw) is not None


def _lists_as_many(question: Question, text: str) -> bool:
    """``text`` enumerates as many items as the list question counts (question.count), or one
    fewer where 등 leaves the list open ("산후조리원 이용 비용과 산후 운동·마사지, 영양제,
    산후관리용품 등": the item joined by 과 before the commas is read with the lead)."""
    n = len(answer_items(question, text))
    return n == question.count[0] or (n >= 3 and n == question.count[0] - 1 and LIST_END.search(text) is not None)


def _beside(text: str, name: str, others: Sequence[str]) -> bool:
    """``name`` and one of ``others`` stand next to each other in ``text``, a space apart."""
    return any(re.search(rf"{re.escape(a)}\s*{re.escape(b)}", text)
               for o in others for a, b in ((name, o), (o, name)))


@dataclass(frozen=True)
class Check:
    """How a sentence meets the question's constraints."""

    hard_share: float  # share of hard constraints found (1.0 when there are none)
    coverage: float  # IDF-weighted share of soft terms found near it (1.0 when there are none)
    missing: tuple[Constraint, ...]  # hard constraints not found
    # how far (in sentences) the question's predicate stands from the sentence; None: not
    # within PREDICATE_REACH, or the question has no predicate (then 0)
    predicate_distance: int | None = 0

    def predicate_ok(self, params: Params) -> bool:
        if params.predicate_scope < 0:
            return True
        return self.predicate_distance is not None and self.predicate_distance <= params.predicate_scope


def _wholes_found(question: Question, missing, s: Surroundings) -> list[str]:
    """The compounds and names of the question met around the sentence, squashed: a piece of
    one ("드림체크카드" -> 드림, 체크, 카드) is there where the whole is, in its paragraph or the
    article's lead, and the sentence need not spell the programme again ("신청은 3일부터
    18일까지이며" below a lead naming it). (Not anywhere in the article: a compound named once in
    another paragraph is about that one.)"""
    return [w for h in question.hard if h.kind in ("subject", "name") and h not in missing
            and (w := squash(h.text)) in s.wide]


def check(question: Question, store: SentenceStore, gid: int, params: Params, idf) -> Check:
    s = surroundings(store, gid, params, tokens=bool(question.kin) or any(len(f) == 1 for c in question.terms for f in c.forms),
                     set_apart=not _APART_WORDS.search(question.text))
    # a figure is of the year it is dated ("2026년 1월 말 기준 가입자는 81만명"); a name or a
    # thing asked is not, and its sentence may date something else beside it
    # (a year the question counts from, "2016년 이후 4년동안 보급한 대수", dates no figure: the
    # sentence counting from it too names it as its start, _SINCE, whatever year it is of)
    since = {c.text for c in question.hard if c.kind == "time"
             and re.search(re.escape(c.text) + r"\s*(?:이후|이래|부터)", question.text)}
    missing = tuple(c for c in question.hard
                    if not constraint_found(c, s, params, own_date=question.asks_value and c.text not in since
                                            and not _year_of_name(question.text, c, s.own),
                                            figure_wide=question.asks in ("person", "entity", "place")))
    if missing:
        # a short name misspelt right beside one found whole ("테디 번디", "고다이고 천왕") is that name
        whole = [c.text for c in question.hard if c.kind == "name" and c not in missing]
        missing = tuple(c for c in missing if not (c.kind == "name" and _beside(question.text, c.text, whole)
                                                   and constraint_found(c, s, params, short=True)))
        # … and a short name the question writes after another found ("제주 한림 해상풍력") is found
        # glued to it in one name ("제주한림해상풍력"), though never a word of its own
        missing = tuple(c for c in missing if not (c.kind == "name" and _glued_after(question.text, c.text, whole, s.wide)))
        # … and a subject whose sibling the sentence writes ("태양열" asked, "태양광" written) is
        # another thing, not the same said in other words (_paraphrased_subject does not excuse it)
        missing = tuple(replace(c, kind="name") if c.kind == "subject" and _sibling_written(c.text, s.near_raw or s.own_raw or "")
                        else c for c in missing)
        # … and the thing counted, asked by its number ("좌석 수는?"), is said by its counter, the
        # word's own last syllable ("중소회의실 700석", "객실 수" <- "120실")
        missing = tuple(c for c in missing if not _counted_as_unit(question, c, s.own_raw))
        # … and the count of a list asked ("목표 항목 4가지 알려줘") is met by a sentence listing that
        # many items without saying the count ("△초미세먼지 13μg △미세먼지 27μg △이산화질소 … △오존 …")
        if question.asks == "list" and question.count:
            missing = tuple(c for c in missing if not (c.kind == "number" and c.text == question.count[1]
                                                       and _lists_as_many(question, s.own_raw)))
    hard = question.hard
    part = _another_part_of_year(question.text, s.own_raw, (s.title or "") + "\n" + s.near_raw) \
        or _part_of_year_unsaid(question.text, (s.title or "") + "\n" + (s.document or s.near_raw))
    if part:
        # the sentence gives another quarter's figure, whatever its neighbour says of the one asked;
        # or the article names no such part at all (its figures are the year's)
        asked = next((c for c in hard if c.text == part), None) or Constraint("number", part, (squash(part),))
        hard, missing = _also_missing(hard, missing, asked)
    holiday = _other_holiday(question.text, (s.title or "") + "\n" + (s.document or s.near_raw))
    if holiday is not None:
        asked = next((c for c in hard if squash(c.text) == holiday), None) or Constraint("time", holiday, (holiday,))
        hard, missing = _also_missing(hard, missing, asked)
    other = _other_place_said(question, s.own_raw, (s.title or "") + "\n" + (s.document or s.near_raw))
    if other is not None and other not in missing:
        missing += (other,)
    # (the sentences before it, nearest first, read only for a value asked: the rule's domain)
    before = tuple(store.sentence(g).text for g in reversed(same_doc_range(store, gid, SIBLING_REACH, 0)[:-1])) \
        if question.asks_value else ()
    later = _a_later_one(question.text, s.own_raw)
    if later is not None:
        # "첫 캠페인 날짜는?" over "지난 21일에는 … 두 번째 캠페인을 펼쳤다": the sentence is about
        # another one of the series than the first asked
        hard, missing = _also_missing(hard, missing, later)
    sibling = _sibling_said(question, s.own_raw, before)
    if sibling is not None and sibling not in missing:
        # (a name Kiwi reads as a common word is a soft term of the question: "칠산천" asked, it
        # is named here all the same)
        hard, missing = _also_missing(hard, missing, replace(sibling, kind="name") if sibling.kind == "term" else sibling)
    hard_share = 1.0 - len(missing) / len(hard) if hard else 1.0
    terms = question.terms
    # one soft word says too little to decline on ("방향" in "…힘을 쏟고 있는 방향은?")
    if len(terms) >= 2:
        weights = [max((idf(f) for f in c.forms), default=1.0) for c in terms]
        measured = _measured_by_unit(question, s.own_raw)
        whole = _wholes_found(question, missing, s)
        got = [w for c, w in zip(terms, weights)
               if constraint_found(c, s, params) or (measured and c.text == question.attribute)
               or any(squash(c.text) in h and squash(c.text) != h for h in whole)]
        coverage = sum(got) / sum(weights) if sum(weights) else 1.0
    else:
        coverage = 1.0
    return Check(hard_share, coverage, missing, predicate_distance(question, store, gid))


def _also_missing(hard: tuple, missing: tuple, asked: Constraint) -> tuple[tuple, tuple]:
    """``hard`` and ``missing`` with ``asked`` among both, once, last among the missing: a
    constraint a rule of the sentence finds unmet, whatever constraint_found said."""
    return (hard if asked in hard else hard + (asked,)), tuple(c for c in missing if c != asked) + (asked,)


# a place said with its unit, as news writes it in running text ("구미시 도심지", "장성군은"):
# the name, its unit; 도 is left out (the particle 도 ends too many words)
_PLACE_SAID = re.compile(r"(?<![가-힣])([가-힣]{2,4}?(시|군|구))"
                         r"(?:은|는|이|가|의|에서는|에서|에는|에|과|와|도|로|으로|민|청)?(?![가-힣])")


_COUNTED_FROM = re.compile(r"\s*(?:이후|이래|다음으로|에\s*이어|(?<=에)\s*이어)(?![가-힣])")


def _other_place_said(question: Question, own: str, article: str) -> Constraint | None:
    """A place the question names bare ("김제 우회도로 길이는?"), which the article names with
    its unit (김제시): when the sentence names another place of that unit and not it ("구미시
    도심지 통행 시간이 … 18분"), its figure or date is the other place's, whatever the
    neighbours say. The name asked, or None. Only places of one unit compete: a city asked is not
    missing from a sentence naming one of its districts."""
    qsq = squash(question.query)
    # (not a person's name read as one, "김민구 씨"; not a place the question names itself)
    # (nor a place the sentence counts from: "지난 2011년 인천광역시 이후 4년여 만이다" is the
    # new one's figure, the other place its reference)
    said = {place_stem(m.group(1)): m.group(2) for m in _PLACE_SAID.finditer(own) if _place_word(m.group(1))
            and not _PERSON_AFTER.match(own, m.end(1)) and place_stem(m.group(1)) not in qsq
            and not _COUNTED_FROM.match(own, m.end())}
    if not said:
        return None
    hay = squash(own)
    for c in question.hard:
        name = squash(c.text)
        if c.kind != "name" or not re.fullmatch(r"[가-힣]{2,4}", name) or name in hay or _admin_place(name):
            continue
        unit = _unit_named_with(name, article)
        if unit and any(u == unit and stem != name for stem, u in said.items()):
            return c
    return None


@lru_cache(maxsize=4096)
def _one_name(word: str) -> bool:
    """Kiwi reads ``word`` as one proper noun, or as one word it does not know ("드림호")."""
    toks = pos(word)
    return (len(word) >= 2 and len(toks) == 1 and toks[0].len == len(word)
            and (toks[0].tag == "NNP" or (toks[0].tag == "NNG" and getattr(toks[0], "oov", False))))


@lru_cache(maxsize=4096)
def name_class(name: str) -> str | None:
    """The kind of thing a name names, by its last word: 지구 of "원풍N3지구" (a proper noun, a
    code and then a common noun), 천 of "주교천" and 역 of "의왕역" (one proper noun, or one word
    Kiwi does not know, of three letters or more: its last letter is the kind). None for a
    common compound ("지방하천": 지방 + 하천, no name in it) or a short name ("부산")."""
    toks = pos(name)
    if not toks or toks[-1].start + toks[-1].len != len(name):
        return None
    if len(toks) == 1:
        # (a person's name ends in any syllable: only the suffixes places and works take make a
        # kind, not the 문 of 반기문 or the 호 of 김민호)
        return name[-1] if _one_name(name) and len(name) >= 3 and name[-1] in KIND_SUFFIXES else None
    named = any(t.tag in ("NNP", "SL") or getattr(t, "oov", False) for t in toks[:-1])  # (not "6만가구": a count)
    return toks[-1].form if toks[-1].tag == "NNG" and named else None


# how many sentences back a sentence naming no thing of the kind asked takes its subject from
SIBLING_REACH = 2


@lru_cache(maxsize=8192)
def _names_of_class(text: str, kind: str) -> frozenset[str]:
    """The names of the kind ``kind`` that ``text`` names: each word running up to ``kind``
    ("칠산천은", glued to what follows in a slip, "칠산천은부여군", is 칠산천) that reads as a
    name of that kind (not "지방하천", a common compound). (Cached: _sibling_said reads the
    sentence and those before it once for each name asked, for every scored sentence.)"""
    out = set()
    # (the kind ends the word, or a particle follows it: not the 도 of "일산도서관")
    for m in re.finditer(re.escape(kind) + rf"(?=[^가-힣A-Za-z0-9]|$|(?:{_PARTICLES}|에는|에서|까지|부터))", text):
        start = m.start()
        while start > 0 and re.match(r"[가-힣A-Za-z0-9]", text[start - 1]):
            start -= 1
        word = text[start:m.end()]
        if word == kind or (len(kind) == 1 and _PERSON_NEAR.match(text, m.end())):
            # (not a person's name: "김영천 시 건설과장은"; a kind of two syllables or more ends
            # no one's name, and a title after it is its staff's: "가람케이블카 총괄이사")
            continue
        own = name_class(word)
        # (the kind itself, or the last syllable of a kind of two read off a word Kiwi does not
        # know: 학골지구 is of 지구, as 원풍N3지구 is; 센텀2지구 is no 구 beside 해운대구)
        if own == kind or (len(kind) > 1 and own == kind[-1]):
            out.add(word)
    return frozenset(out)


# a title within two words after a name: that name is a person's ("김영천 시 건설과장은")
_PERSON_NEAR = re.compile(r"\s*(?:씨|(?:[가-힣]+\s+){0,2}?[가-힣]*(?:" + TITLES + r"))"
                          r"(?:은|는|이|가|의|을|를|과|와|도|으로|로)?(?![가-힣])")


def _sibling_said(question: Question, own: str, before: tuple[str, ...]) -> Constraint | None:
    """A name the question asks of ("주교천", "원풍N3지구"), missing from a sentence that names
    another of its kind instead ("학골지구에는 … 교량 4곳", "칠산천 …"): that figure is the other's,
    whatever the neighbours name. A sentence naming none of the kind is of the one the nearest
    sentence before it opens with, as news carries a subject on ("주교천 정비사업은 … 정비하는
    사업이다. 현재 5%의 공정률을 보이고 있다."). The name asked, or None."""
    if not question.asks_value:
        return None  # (a name asked may be of the kind of one the question names: "천안함 … 배치한 함대는?" <- 광양함)
    hay = squash(own)
    qsq = squash(question.query)

    def places_missing(c: Constraint) -> bool:
        # "충주 나래구": 충주 says where 나래구 is; a sentence naming 충주 and not 나래구 is not
        # about 나래구 for that
        return any(o is not c and o.kind == "name" and not any(f in hay for f in o.forms)
                   and re.search(rf"(?<![가-힣]){re.escape(c.text)}\s+{re.escape(o.text)}", question.query)
                   for o in question.constraints)

    if any((c.kind == "name" or name_class(squash(c.text)) or _one_name(squash(c.text)))
           and any(f in hay for f in c.forms) and not places_missing(c) for c in question.constraints):
        # another name of the question the sentence gives is what it is about; one of the kind
        # asked beside it is a partner ("톈진항을 출발한 … 드림호" for "인천항에 들어온 드림호")
        return None
    for c in question.constraints:
        if c.kind not in ("name", "number", "term") or any(f in hay for f in c.forms):
            continue
        name = squash(c.text)
        kind = name_class(name)
        stem, mid = name[:-len(kind)] if kind else name, ""
        if kind is None and c.kind == "name":
            # a place named before the thing asked, a space between: "충주 해상케이블카" is one
            # thing, 충주's, of the kind of "제천해상케이블카" (the word after, with no particle)
            after = re.search(rf"(?<![가-힣]){re.escape(c.text)}\s+([가-힣]{{2,}})(?![가-힣])", question.query)
            if after and PARTICLE_END.sub("", after.group(1)) == after.group(1):
                kind = name_class(name + after.group(1))
                mid = after.group(1)[:-len(kind)] if kind and after.group(1).endswith(kind) else ""
        if kind is None:
            continue

        def others(text: str) -> set[str]:
            # (not a name the question itself names; and another name shares no letter before
            # the kind with the one asked: "숭무억문" is "송무억문" misspelt, "일본노동조합총평의회"
            # the "일본노동조합평의회" asked with a letter more; the word the two share after the
            # place, 해상 of 제천해상케이블카, is no letter of either place)
            return {w for w in _names_of_class(text, kind)
                    if w not in qsq and not set(w[:-len(kind)].removesuffix(mid)) & set(stem)}

        if others(own):
            return c
        if _names_of_class(own, kind):
            continue  # (it names one of the question's own)
        # ("이 케이블카는 …": the one of the kind named last, wherever in its sentence)
        pointed = re.search(rf"(?<![가-힣])(?:이|그|해당)\s+{re.escape(kind)}(?:{_PARTICLES})?(?![가-힣])", own) is not None
        for text in before:
            if any(f in squash(text) for f in c.forms):
                break
            lead = re.match(r"\s*[가-힣A-Za-z0-9]+", text)
            if (lead and others(lead.group(0))) or (pointed and others(text)):
                return c
            if _names_of_class(text, kind):
                break
    return None


@lru_cache(maxsize=1024)
def _unit_named_with(name: str, article: str) -> str | None:
    """The unit (시, 군, 구) ``article`` names the place ``name`` with, read by Kiwi as one place
    (김제 -> 시 of 김제시), or None. (Cached: check() asks it of every scored sentence of one article.)"""
    m = re.search(rf"(?<![가-힣]){name}(시|군|구)(?:은|는|이|가|의|에서는|에서|에는|에|과|와|도|로|으로|민|청)?(?![가-힣])",
                  article)
    return m.group(1) if m and _place_word(name + m.group(1)) else None


@lru_cache(maxsize=4096)
def _place_word(word: str) -> bool:
    """Kiwi reads ``word`` (a name and 시, 군 or 구) as one proper noun, as it reads the places it
    knows (구미시, 해남군). Not an army it splits (이란 + 군) or reads as a common noun (일본군)."""
    toks = pos(word)
    return len(toks) == 1 and toks[0].tag == "NNP" and toks[0].len == len(word)


# a person's name read as a place's ("김민구 씨", "최재구 감독"): a title or 씨 after it
_PERSON_AFTER = re.compile(r"\s*(?:씨|" + TITLES + r")(?![가-힣])")


# a numbered part of a year (a quarter, a half, a school term) and its kind; the part a sentence
# compares with ("3분기 대비", "상반기보다") is not the one it gives
# (a quarter written as a fraction of four, "3·4분기", "2/4분기", is the numerator's; 올 glued
# before a half, "올상반기", is this year's)
_PART_OF_YEAR_SAID = re.compile(r"(?<![\d~∼·/-])([1-4])(?:\s*[·/]\s*4)?\s*(분기)|(?:(?<![가-힣])|(?<=올))([상하])(반기)"
                                r"|(?<![\d~∼-])([12])\s*(학기)")


def _parts_of_year(text: str, compared: bool = True) -> list[tuple[str, str, str]]:
    """(kind, which, as written) for each numbered part of a year ``text`` names."""
    out = []
    for m in _PART_OF_YEAR_SAID.finditer(text):
        if not compared and _COMPARED_WITH.match(text, m.end()):
            continue
        which, kind = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        out.append((kind, which, m.group(0)))
    return out


def _another_part_of_year(query: str, own: str, near: str = "") -> str | None:
    """The part of a year the question asks of ("4분기 영업이익", "하반기 판매액"), when the
    sentence itself gives another part of that kind ("3분기 영업이익", "상반기 …") and not the
    one asked: that part's figure, not the one asked, however near the one asked is named.
    A span of parts ("1~3분기") or a sentence naming both is left to the figure checks."""
    asked = _parts_of_year(query)
    if len(asked) != 1 or not own or re.search(r"\d\s*[~∼-]\s*\d\s*분기", own):
        return None
    kind, which, text = asked[0]
    said = _parts_of_year(own, compared=False)
    if any(k == kind and w == which for k, w, _ in _parts_of_year(own)):
        return None
    if any(k == kind and w != which for k, w, _ in said):
        return text
    # naming none, the sentence is of the part its neighbours and title name ("올해 하반기
    # 도시재생사업으로 9곳이 선정됐다. … 총 9곳이 사업지로 선정됐다"), when they name no other
    around = _parts_of_year(near, compared=False) if near else []
    if any(k == kind for k, _, _ in around) and not any(k == kind and w == which for k, w, _ in around):
        return text
    return None


# the months each part of a year spans, as news writes a part by its months ("1~6월", "1∼3월",
# "1월부터 6월까지")
_PART_MONTHS = {("분기", "1"): (1, 3), ("분기", "2"): (4, 6), ("분기", "3"): (7, 9), ("분기", "4"): (10, 12),
                ("반기", "상"): (1, 6), ("반기", "하"): (7, 12)}
_MONTHS_SPANNED = re.compile(r"(?<!\d)(\d{1,2})\s*(?:월\s*)?(?:[~∼\-–]|부터)\s*(\d{1,2})\s*월")


@lru_cache(maxsize=256)
def _part_of_year_unsaid(query: str, article: str) -> str | None:
    """The part of a year the question asks of ("2024년 상반기 물동량", "4분기 영업이익"), when the
    article names no such part, neither by its name nor by its months ("1~6월"): its figures
    are the whole year's, or of no part said, not the part's asked. (Cached: check() asks it of
    every scored sentence, and the article is the same for all of its sentences.)"""
    asked = _parts_of_year(query)
    if len(asked) != 1:
        return None
    kind, which, text = asked[0]
    if any(k == kind and w == which for k, w, _ in _parts_of_year(article)):
        return None
    months = _PART_MONTHS.get((kind, which))
    if months and any((int(m.group(1)), int(m.group(2))) == months for m in _MONTHS_SPANNED.finditer(article)):
        return None
    return text


# the two holidays of the lunar year, as news names them: 설 (설날, 설 명절, 구정) and 추석 (한가위).
# 설 alone is also "a theory" (설이 있다): a word of its own, or before the words of the holiday
_HOLIDAY_SAID = {"설": re.compile(r"(?<![가-힣])(?:설(?:날|\s*명절|\s*연휴|\s*맞이|\s*대목|\s*선물|\s*차례)"
                                r"|구정\s*(?:명절|연휴))|(?<![가-힣])설(?:을|에|의|도)?(?![가-힣])"),
                 "추석": re.compile(r"추석|한가위")}


@lru_cache(maxsize=256)
def _other_holiday(query: str, article: str) -> str | None:
    """The holiday the question asks of ("추석 환급행사"), when the article names the other one and
    never it ("설 연휴를 앞두고 …"): its event and its figures are the other holiday's. (Cached:
    check() asks it of every scored sentence of one article.)"""
    asked = [h for h, said in _HOLIDAY_SAID.items() if said.search(query)]
    if len(asked) != 1:
        return None
    other = next(h for h in _HOLIDAY_SAID if h != asked[0])
    if _HOLIDAY_SAID[asked[0]].search(article):
        return None
    # (the other holiday compared with, "지난 설 연휴보다", is not the article's own)
    own = [m for m in _HOLIDAY_SAID[other].finditer(article)
           if not re.search(r"지난\s*$", article[max(0, m.start() - 4):m.start()])
           and not _HOLIDAY_COMPARED.match(article, m.end())]
    return asked[0] if own else None


# a holiday named to compare with: "설 연휴보다", "추석 때보다", "설 대비"
_HOLIDAY_COMPARED = re.compile(r"\s*(?:연휴|명절)?\s*(?:때\s*(?:보다|에\s*비해)|보다|대비|에\s*비해|에\s*비하여)")


PREDICATE_REACH = 2


def predicate_distance(question: Question, store: SentenceStore, gid: int) -> int | None:
    """Sentences between ``gid`` and the nearest one holding the question's predicate (0: the
    sentence itself), for a question asking for a value; 0 when that does not apply."""
    if not question.predicate or not question.asks_value:
        return 0
    for d in range(PREDICATE_REACH + 1):
        for g in {gid - d, gid + d}:
            if 0 <= g < len(store) and store.doc_id(g) == store.doc_id(gid) and question.predicate in store.tokens(g):
                return d
    return None


@dataclass(frozen=True)
class Verdict:
    answered: bool
    reason: str  # "ok", "far", "constraint", "coverage", "value", "empty", "foreign"
    missing: tuple[Constraint, ...] = ()
    dense: float = 0.0
    coverage: float = 0.0


def decide(question: Question, best_dense: float, chk: Check | None, has_value: bool, params: Params,
           english_known: float | None = None, top_dense: float | None = None, named_here: bool = False) -> Verdict:
    """The verdict on the chosen sentence (``chk``, its similarity ``top_dense``) given the
    best similarity of any sentence. ``named_here``: the sentence itself names a long name the
    question names (names_long): it is about what is asked, however far the encoder puts it."""
    if chk is None:
        return Verdict(False, "empty")
    if not question.korean:
        if english_known is not None and english_known >= params.english_min_share:
            # an English question mapped to Korean terms: its similarities sit on the Korean scale
            ok = best_dense >= params.dense_floor
        else:
            ok = best_dense >= params.dense_foreign
        return Verdict(ok, "ok" if ok else "foreign", (), best_dense, chk.coverage)
    if best_dense < params.dense_floor and not named_here:
        return Verdict(False, "far", chk.missing, best_dense, chk.coverage)
    if chk.missing and not _paraphrased_subject(question, chk, has_value, best_dense if top_dense is None else top_dense,
                                                params):
        return Verdict(False, "constraint", chk.missing, best_dense, chk.coverage)
    if chk.coverage < params.coverage_min:
        return Verdict(False, "coverage", (), best_dense, chk.coverage)
    if not chk.predicate_ok(params):
        return Verdict(False, "predicate", (), best_dense, chk.coverage)
    if needs_value(question, params) and not has_value:
        return Verdict(False, "value", (), best_dense, chk.coverage)
    if (not has_value and wants_value(question)
            and (best_dense if top_dense is None else top_dense) < params.dense_unvalued):
        return Verdict(False, "value", (), best_dense, chk.coverage)
    return Verdict(True, "ok", (), best_dense, chk.coverage)


def _paraphrased_subject(question: Question, chk: Check, has_value: bool, dense: float, params: Params) -> bool:
    """Only subject nouns are missing ("독일인" for an article's "독일 사람들", "국번" for its
    "전화번호"), the sentence holds a value of the kind asked and it is very close to the question
    (``dense_unvalued``, the closeness at which a sentence is taken without a value): the article
    says the noun in other words. Not for a date: the noun there names the event dated, and an
    article never naming it dates other events ("신청은 언제까지?" over "지난 6일 발대식")."""
    return (has_value and question.asks != "date" and dense >= params.dense_unvalued
            and all(c.kind == "subject" for c in chk.missing))


LONG_NAME = 6


def names_long(question: Question, text: str) -> bool:
    """``text`` names, as the question writes it, a name of LONG_NAME letters or more
    ("쿠알라룸푸르국제공항"): the small encoder may still put the two far apart (a question of
    few other words), but a sentence about something else seldom holds such a name. Measured on
    KorQuAD seeds 1–6: of 327 questions declined as far, 2 answerable and no unanswerable one
    name a name of six letters or more that the leading sentence holds."""
    own = squash(text)
    # (a post of as many letters is as telling: "환경정책과장 이름은?" <- "김은희 환경정책과장은 …")
    return any(c.kind in ("name", "post") and len(squash(c.text)) >= LONG_NAME and any(f in own for f in c.forms)
               for c in question.constraints)


def lead_off_topic(question: Question, lexical: float, coverage: float, params: Params) -> bool:
    """The sentence chosen to lead the answer shares almost none of the question's words
    (``lexical``, select.overlap) and meets few of its terms (``coverage``): an answer from it
    answers another question ("…출입문은?" -> "넓적다리 — …넓적다리의 뒷부분과 함께…"). A figure
    asked for is checked by its kind already: "돈 얼마나 쓴대?" shares few words with "총
    6,699억 원" and is answered by it. English questions have no Korean words to share."""
    return (question.korean and not question.wants_figure
            and lexical < params.lead_lexical_min and coverage < params.lead_coverage_min)


def wants_value(question: Question) -> bool:
    """The question asks for a value of a shape (a date, a person, a name, "어느 구" -> ○○구)
    that ``needs_value`` does not demand outright: a sentence without one must be very close."""
    if question.asks == "date" and not question.wants_figure:
        return False  # a time asked as 때, 시기, 시점 is a phrase as often ("잘못된 수가 두어지기 전")
    if question.asks in ("date", "duration", "age", "person", "ordinal") or question.named:
        return True
    if question.asks == "count" and question.unit is None:
        return True
    head = question.head
    # a one-syllable kind noun (구, 주, 당), not a dependent one: "어떤 것" asks for anything
    return bool(question.asks in ("place", "entity") and head and len(head) == 1 and head not in GENERIC
                and re.search(rf"(?:어느|어떤|무슨)\s*{re.escape(head)}", question.text))


# what a decline says was not found, by what was asked ("질문이 묻는 인물은 찾지 못했습니다")
_ASKED_KIND = {"amount": "금액", "percent": "비율", "measure": "길이·넓이 같은 수치", "count": "수",
               "date": "날짜", "duration": "기간", "age": "나이", "ordinal": "순위", "person": "인물",
               "place": "장소", "score": "점수"}


def missing_text(question: Question, verdict: Verdict) -> str:
    """What the articles lack, in a sentence: '수집된 문서에서 「서울시」의 기본요금을 찾지 못했습니다.'"""
    # (a general head, "몇 명 정도예요?" -> 정도, names no attribute: "「70세」에 대한 내용")
    attr = question.head if question.head and question.head not in GENERIC \
        and question.asks in ("amount", "measure", "percent", "count") else None
    if verdict.reason == "constraint" and verdict.missing:
        # (one word may be missing twice, as a subject and as a breakdown: named once)
        names = ", ".join(f"「{t}」" for t in list(dict.fromkeys(c.text for c in verdict.missing))[:3])
        what = f"{names}의 {attr}" if attr else f"{names}에 대한 내용"
        return f"수집된 문서에서 {what}{particle(what, '을', '를')} 찾지 못했습니다."
    kind = ("이름" if question.named else "번호" if question.numbered
            else kind_asked(question) or _ASKED_KIND.get(question.asks, "답"))
    if verdict.reason == "predicate":
        return f"관련 문장은 있지만 질문이 말하는 일에 대한 {attr or kind}{particle(attr or kind, '은', '는')} 찾지 못했습니다."
    if verdict.reason == "value":
        return f"관련 문장은 있지만 질문이 묻는 {attr or kind}{particle(attr or kind, '은', '는')} 찾지 못했습니다."
    return "수집된 문서에서는 이 질문에 대한 답을 찾지 못했습니다."


def needs_value(question: Question, params: Params) -> bool:
    """The question asks for something the chosen sentence must hold: a sum, a rate, a length,
    a count in a unit it names (몇 명, 몇 가구), a person's name ("person"), a name ("이름은?",
    "name")."""
    if question.asks == "count":
        return "count" in params.value_required and question.unit is not None
    if question.asks in ("date", "duration") and question.unit is not None and "unit" in params.value_required:
        return True  # 몇 년도, 몇 월, 몇 시간 동안: a figure in that unit
    if question.asks == "person" and question.head and (
            question.head == "장" or (len(question.head) >= 3 and question.head.endswith("장"))
            or question.head in _NAMED_POSTS
            or place_office(question.head) is not None):
        # the holder of a body's post (보건지소장, 센터장, 원주의료원+장, 대교협 회장, 울주군수):
        # named, or not given (not 수장, 원장 alone: Kiwi cuts names as 주+원장, and 수장 is said
        # of anyone who leads)
        return True
    if question.asks == "person" and question.head and question.head.endswith("장") and re.search(
            rf"[가-힣]{{2,}}(?:원|청|회|단|관|소|센터|공사|공단|재단)\s+{re.escape(question.head)}", question.text):
        return True  # "제2의료원 원장은 누가?": the head of a body named right before, spaced apart
    if question.asks == "person" and question.head in _SOURCE_ROLES:
        # "…라고 말한 국토부 관계자 이름은?": news calls 관계자 one whose name it withholds; the
        # name is given beside the word, or not at all
        return True
    if question.named and question.asks in ("entity", "place", "person") and "name" in params.value_required:
        return True
    if question.head in ADDRESS_HEADS or question.numbered or kind_asked(question):
        return True  # an address, a number borne (M6461) is given or it is not
    return question.asks in params.value_required


# the word news names a source by when it withholds the name (extract._UNNAMED_ROLES has more
# roles, read in a span; 담당자, 실무자 are named beside the word as often)
_SOURCE_ROLES = frozenset({"관계자", "관계자들"})


# the posts of a body's head of two syllables: a question asking who holds one wants a name
_NAMED_POSTS = frozenset("회장 사장 총장 청장 국장 과장 부장 차관 장관 이사장 위원장 의장 관장 단장 소장".split())


# counters that say what they count: 230개사 are companies, 12개국 countries (Kiwi reads 개 + 사)
_COUNTER_NOUNS = {"개사": ("회사", "기업", "업체", "참가사", "회원사", "협력사"),
                  "개국": ("나라", "국가", "참가국", "회원국", "참여국"), "개교": ("학교", "대학")}
GENERIC_COUNTERS = frozenset({"개", "개사", "곳", "건", "가지", "종", "차례", "번", "회", "대"})
# a count noun made of the counter itself ("점검한 건수는?"): it names no thing counted besides
# what the question's verb did, so the counter alone answers it
_COUNTER_COUNTS = {"건수": frozenset({"건"}), "개수": frozenset({"개"}), "횟수": frozenset({"회", "번", "차례"})}
# … when a verb says what was counted ("점검한 건수", "출동한 횟수"); after a noun ("신고 건수",
# "가로등 개수") the noun is what is counted, and must stand by the figure
_DONE_COUNTED = re.compile(r"[가-힣](?:한|된|던|은|는|할)\s*(?:건수|개수|횟수)")
# the syllable that makes 개 a counter of firms, nations or schools, glued or spaced off ("34개 사가")
_COUNTER_SYLLABLE = re.compile(r"\s?([사국교])(?=[가이은는도를을의와과에로]|[\s,.)]|$)")


def _worth_of(question: Question, text: str, f) -> bool:
    """The question asks so many of its counter's worth (몇 대분, 몇 달치) and the sentence says
    the figure so (43만대 분의 배터리): a quantity measured by the thing counted, which the
    sentence names far off or not at all — the suffix says what the figure is, as a noun beside
    it would."""
    if not question.unit:
        return False
    worth = re.search(r"몇\s*" + re.escape(question.unit) + r"\s?([분치])(?![가-힣])|몇\s*"
                      + re.escape(question.unit) + r"\s?([분치])(?:의|를|을|가|이|는|은|로|으로)?\s", question.query)
    return worth is not None and re.match(r"\s?" + (worth.group(1) or worth.group(2)) + r"(?![가-힣])|\s?"
                                          + (worth.group(1) or worth.group(2)) + r"(?:의|를|을|가|이|는|은|로|으로)(?![가-힣])",
                                          text[f.end:]) is not None


def _name_asked_is_subject(question: Question, text: str, f) -> bool:
    """The figure's clause has the name the question asks of as its subject, the noun counted
    left to the sentence before ("서울 매매량은 몇 건?" <- "이어 서울이 같은 기간 4120건에서
    7350건으로", "중국(182만8054건)이 압도적 1위다"): news says what is counted once and then each
    one's count."""
    clause = text[max(0, f.start - len(own_clause(text, f.start))):f.start]
    names = [squash(c.text) for c in question.constraints if c.kind == "name"]
    words = clause.split()
    # (the noun counted left out: right before the figure a time or the figure it went from,
    # not another noun counted — "가람구가 … 유치원·초중고 68곳" counts those)
    elided = bool(words) and (re.search(r"\d|기간|반기|분기|에서$", words[-1]) is not None
                              or any(words[-1].startswith(n) for n in names))
    if elided and any(re.search(rf"(?<![가-힣]){re.escape(n)}(?:은|는|이|가)\s", clause) for n in names if len(n) >= 2):
        return True
    # … or the name glossed with its figure in brackets: "중국(182만8054건)이 압도적 1위다",
    # "△미국(60만3194건) △일본(…)"
    return re.match(r"\s*\)", text[f.end:]) is not None and any(
        re.search(rf"(?<![가-힣]){re.escape(n)}\s*\($", clause) for n in names if len(n) >= 2)


def _where_asked(question: Question, text: str, f) -> bool:
    """The figure stands where the question's 몇 stands, with its particle and verb ("대여소를 몇
    개소로 확대하나요?" <- "타슈 대여소도 … 원도심에 집중해 배치했으며 2026년까지 1500개소로
    확대한다"), and the noun counted is said before it in the sentence, however far: the figure
    is what that noun grows or shrinks to."""
    after = question.slot[1]
    if not after or not question.attribute:
        return False
    m = re.search(r"몇\s*[가-힣]{1,3}?(으로|로)\s*" + re.escape(after), question.query)
    if m is None or re.match(r"\s*(?:으로|로)\s*" + re.escape(after), text[f.end:]) is None:
        return False
    at = text.rfind(question.attribute, 0, f.start)
    # (no other noun taking a case between them: "대여소는 300개소이며, 거치대도 … 1500개소로" counts 거치대)
    return at >= 0 and not re.search(r"[가-힣]{2,}(?:은|는|이|가|을|를|도)\s",
                                     text[at + len(question.attribute):f.start])


def _glossed_to_time_asked(question: Question, text: str, f) -> bool:
    """The figure fills a bracket glued to the time the question asks of ("2024년 4월에는 몇 건?"
    <- "…회복한 뒤 4월(3만9,420건), 5월(3만8,715건)에 이어"): that time's figure, whatever noun
    the sentence counts it by."""
    before = squash(text[max(0, f.start - 12):f.start])
    return before.endswith("(") and any(
        c.kind == "time" and any(before[:-1].endswith(form) for form in c.forms if re.search(r"\d", form))
        for c in question.constraints)


def _counter_syllable(text: str, end: int) -> str:
    m = _COUNTER_SYLLABLE.match(text, end)
    return m.group(1) if m else text[end:end + 1]


# a count standing for its noun, with the noun's own case ("…트랙터를 개발해 … 노선에 3대를 운용"):
# the counted noun was named earlier in the sentence and is not repeated
_CASE_AFTER_COUNT = re.compile(r"(?:을|를|이|가)(?![가-힣])")


def _counted_stem(attribute: str) -> str:
    """What of the noun counted must stand by a count: the whole noun up to three syllables
    (관광도시 is no 관광객), less its last syllable beyond (an ending may differ)."""
    return attribute if len(attribute) <= 3 else attribute[:-1]


def _counted_words(attribute: str) -> tuple[str, ...]:
    """What may stand for the noun counted beside a count: its stem, or for a compound of four
    syllables or more its head (달빛어린이병원 -> 병원: "매년 5개씩 병원 수를 늘려")."""
    return (_counted_stem(attribute),) + ((attribute[-2:],) if len(attribute) >= 4 else ())


# what is added to a whole, said before or after its figure ("신규 30대", "30대를 새로 설치", "추가로
# 5곳"): a total asked is not it, unless the question asks what is added
_ADDED = re.compile(r"신규|추가|새로|새롭게|증설|늘어|늘린|늘려|더\s")
_ADDED_BEFORE = re.compile(r"(?:신규|추가(?:로)?|새로|새롭게)\s*$")
_ADDED_AFTER = re.compile(r"\s*(?:을|를|이|가)?\s*(?:신규|추가(?:로)?|새로|새롭게)(?![가-힣]*(?:포함|합))")


def asks_added(question: Question) -> bool:
    """The question asks what is added to a whole ("몇 곳 추가 설치해?", "신규 몇 명"), not the whole
    (by the words of an addition, not 더 nor 늘어: "올해 더 커진 … 종목 수는?" asks the whole)."""
    return _ADDED_ASKED.search(question.query) is not None


_ADDED_ASKED = re.compile(r"신규|추가|새로|새롭게|증설")


# what makes a count of days a span: "30일 이상", "90일 동안", "7일간"
# ("31일이 지나자", "10일 만에", "3일 뒤": so many days gone by, no day of a month)
_SPAN_SAID = re.compile(r"\s*(?:이상|이하|미만|초과|넘게|동안|간(?![가-힣])|[이가]\s*지나|만에|뒤(?![가-힣])|후(?![가-힣]))")


def _joined_to(query: str, noun: str) -> tuple[str, ...]:
    """The nouns the question joins to ``noun`` as one thing counted: "유치원이랑 학교 몇 곳" ->
    유치원 (a count of both is said beside either: "유치원·초중고 68곳")."""
    return tuple(re.findall(rf"([가-힣]{{2,}}?)(?:이랑|랑|와|과|하고|및|,|·)\s*{re.escape(noun)}", query))


def _modifier_of(query: str, noun: str) -> str | None:
    """The bare word right before ``noun`` in the question: it names the thing counted as well
    ("피해구제 신청 몇 건" <- "피해 구제는 모두 174건", "출원 건수", "서울 동네 몇 개"). Found whole
    beside the figure, not by its parts: "응급센터 병상" is not counted by the 센터 of
    "권역응급의료센터"."""
    m = re.search(rf"(?<![가-힣])([가-힣]{{2,}})\s+{re.escape(noun)}", query)
    if m is None or PARTICLE_END.sub("", m.group(1)) != m.group(1):
        return None  # (a word with its particle is an argument of the verb: "배터리로 전기차 몇 대")
    return m.group(1)


def _counts_named_noun(text: str, f, attribute: str) -> bool:
    """``f`` is a bare count taking a case particle (3대를, 2곳이) and the noun counted stands
    earlier in the same sentence: the count is of that noun, however far from it."""
    if _CASE_AFTER_COUNT.match(text, f.end) and attribute[:2] in squash(text[:f.start]):
        return True
    # the count the sentence ends on counts its topic: "분야는 ▲… ▲… 등 5개다" (the list between
    # may be long; the topic and the predicate bind it all the same)
    return bool(_COUNT_PREDICATE.match(text, f.end)) and re.search(
        rf"{re.escape(attribute)}\s*(?:은|는)(?![가-힣])", text[:f.start]) is not None


# the bare noun right before a count (a word that takes no particle, "경로당 390곳"), with
# what may stand between: 총, 모두, 약
# (a bound before the count is no noun it counts: "최대 40대의 제설차를")
_NOUN_BEFORE_COUNT = re.compile(r"(?<![가-힣])([가-힣]{2,})\s*(?:(?:총|모두|약|전체|최대|최소|최다|무려)\s*)?$")


# what may follow a count that counts no noun after it: a particle, 중, a comma, the end
_COUNT_ENDS_PHRASE = re.compile(r"(?:을|를|이|가|은|는|의|에|과|와|도|만|으로|로|이며|이고|이다|였|에서)(?![가-힣])"
                                r"|\s*(?:중|가운데)(?![가-힣])|\s*[,.)]|\s*$")
# nouns that set a reference, not a thing counted: "30일 기준 2만1890건", "현재 12곳"
_REFERENCE_NOUNS = ("기준", "현재", "당시", "대비", "이후", "이전")
# the ends of nouns that set a scope, not a thing counted: "도내 30개소", "관내", "해외", "지역별"
_SCOPE_ENDS = ("내", "외", "별", "간")


def _counts_other_named(question: Question, text: str, f) -> bool:
    """The noun right before the count is one the question names in another role than the thing
    counted ("경로당에 설치하는 식탁은 몇 개?" over "경로당 390곳 중 식탁을 원하는 곳은"): the count
    counts that noun, however near the noun asked stands."""
    m = _NOUN_BEFORE_COUNT.search(text[:f.start])
    grown = _GROWN_TO.match(text, f.end) is not None
    if m is not None and grown and re.search(r"[을를]$", m.group(1)):
        # "시범경로당을 20곳으로 확대": what grows to the count is what it counts
        m = _NOUN_BEFORE_COUNT.search(text[:m.start(1) + len(m.group(1)) - 1])  # (the noun without its 을)
    if m is None or PARTICLE_END.sub("", m.group(1)) != m.group(1) or m.group(1).endswith(_REFERENCE_NOUNS) \
            or m.group(1).endswith(_SCOPE_ENDS) \
            or not _COUNT_ENDS_PHRASE.match(text, f.end):
        return False  # (a count before a noun counts that noun: "지역 8개 보훈단체", "분야 8개 과목")
    word, attribute = m.group(1), question.attribute
    if any(w in word for w in _counted_words(attribute)) \
            or word == _modifier_of(question.query, attribute) or word in _joined_to(question.query, attribute):
        return False
    return any(squash(c.text) == word or (grown and len(c.text) >= 2 and word.endswith(squash(c.text)))
               for c in question.constraints if c.kind in ("term", "name", "subject"))


def _counts_sibling(question: Question, text: str, f) -> bool:
    """The bare noun right before the count is another thing of the kind asked, the question
    naming it nowhere: it ends as the thing asked does and is neither it nor a kind of it
    ("학교숲 2개소" for "녹색쌈지숲은 몇 곳?"; "돌봄센터 3곳" still counts the 센터 asked)."""
    m = _NOUN_BEFORE_COUNT.search(text[:f.start])
    attribute = squash(question.attribute or "")
    if m is None or len(attribute) < 2 or PARTICLE_END.sub("", m.group(1)) != m.group(1):
        return False
    word = squash(m.group(1))
    # (only where the sentence says the thing asked too: "영업점 50곳" counts the 지점 asked)
    return (len(word) >= 2 and word[-1] == attribute[-1] and word not in squash(question.query)
            and attribute in squash(text)
            and not word.endswith(attribute) and not attribute.endswith(word))


# a count a thing grows or shrinks to ("…을 20곳으로 확대", "…를 5개로 줄인다")
_GROWN_TO = re.compile(r"\s*(?:으로|로)\s*(?:확대|늘|줄|축소|확충|증가|감소)")


# a count that is the sentence's predicate: "… 등 5개다", "모두 3곳이었다"
# (or a clause's, going on: "지원 항목은 … 등 총 18종이며 …")
_COUNT_PREDICATE = re.compile(r"\s*(?:이)?(?:다|었다|였다)\s*[.。]?\s*$|(?:이)?(?:며|고)[\s,]")


# "몇 년 전 것": how long ago, answered by "5000년 전" however large (not the year 5000)
_AGO_ASKED = re.compile(r"몇\s*년\s*전")


# the milestones of a building or a programme news dates, by kind: a kind said for another's
# date is no answer ("언제 착공했어?" over "개관일은 6월 1일"); words of one kind stand for each
# other (준공/완공, 개관/개장/개원/개소)
_MILESTONES = (("착공", "착수", "첫삽", "첫 삽", r"공사에\s*(?:들어가|들어간|착수)", r"공사를\s*시작"), ("준공", "완공", "준공식"),
               ("개관", "개장", "개원", "개소", "개점", "개교", r"문을\s*(?:열|연)"),
               ("개통", r"통행을\s*시작"), ("출범", "발족"), ("폐장", "폐관", "폐원", "폐교", "폐쇄"), ("개막", "개막식"), ("폐막", "폐막식"))


def milestone_unsaid(question: Question, document: str) -> bool:
    """A date asked of a milestone by the question's verb ("언제 착공해?") and the article says no
    word of its kind anywhere ("…회관을 방문해 … 배식 봉사를 하고 있다"): whatever it dates is
    another event, and it does not date the one asked."""
    # (a date asked as 때 may be a phrase, "한국 전쟁 때", the article's words for the event not
    # the question's: "사찰이 폐쇄된 때는?" over "…전쟁 중 소실되었다")
    asked = _milestone_kind(question.predicate or "") if question.wants_figure else None
    return asked is not None and not _MILESTONE_SAID[asked].search(document)


def _milestone_kind(word: str) -> int | None:
    return next((i for i, kind in enumerate(_MILESTONES) if word in kind), None)


def _another_milestone(question: Question, text: str, f) -> bool:
    """A date asked of a milestone by the question's verb ("언제 착공했나요?") and the figure's
    sentence dates another milestone ("정식 개관일은 오는 6월 1일이다", "지난해 12월 준공됐다") while the
    sentence says none of the kind asked: the date is the other's."""
    asked = _milestone_kind(question.predicate or "")
    if asked is None:
        return False
    said = _milestones_said(text)
    if asked in said:
        return False
    # (the sentence, not the clause: "지난해 12월 지상 4층, 연면적 5270㎡ 규모로 준공됐다" dates its
    # milestone past a comma)
    return bool(said)


# each kind's words, compiled once; not after a digit (the counter of "30개소" is no 개소)
_MILESTONE_SAID = tuple(re.compile(r"(?<!\d)(?:" + "|".join(kind) + ")") for kind in _MILESTONES)


def _milestones_said(text: str) -> set:
    """The kinds of milestone the sentence says, as words: not the counter of "30개소"."""
    return {i for i, said in enumerate(_MILESTONE_SAID) if said.search(text)}


# a range's two ends: a question asking where it starts (부터) is not answered by where it ends
_RANGE_END = {"부터": "까지", "까지": "부터"}
# verbs of ending: a date asked of them is the end of a range, not its start ("9월 5일부터") —
# unless the ending itself is dated by 부터 ("3월 1일부터 야간 운영을 종료한다": as of that day)
_END_VERBS = frozenset({"끝나", "끝내", "종료", "마감", "마치", "만료", "폐막", "마무리"})
_ENDS_FROM = re.compile(r"\s*(?:[가-힣]{0,3}\s*)?부터\s*(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:종료|중단|폐지|마감|끝|만료|폐막|마치|마무리)")
# what 인 counts when it is no number of people asked: a household's size (spaced or not), a
# room's, a rate's unit (glued: 2인당, 1인실, 4인용, 9인승)
_PER_HOUSEHOLD = re.compile(r"\s*(?:가구|가족)|(?:당|실|용|승)(?=[\s은는이가을를의에]|$)")
# what ends a time after its date: "6월 말까지", "2027년 이내", a deadline (마감, 기한); or the
# date after a tilde ("3월 2일~6월 30일")
# a stretch of time said as a deadline: "3개월 이내에", "30일 안에"
_WITHIN_SAID = re.compile(r"\s*(?:이내|안에|내에|내로)")
_UNTIL_SAID = re.compile(r"\s*(?:말|초|중순|께|경)?\s*(?:까지|이내|내|안|마감|기한|만료)")


# a date a time runs until ("12월 10일까지", "6월 말 마감"), for a deadline asked (not _UNTIL_SAID's
# 안/내, which begin 안전 and 안내 as often)
_RUNS_UNTIL = re.compile(r"\s*(?:말|초|중순|께|경)?\s*(?:까지|마감|기한)")


# charges news gives as a rate as often as a sum
_RATE_OR_SUM = frozenset({"수수료", "중개료", "이자", "로열티", "배당금"})


def _of_head(question: Question, text: str, f) -> bool:
    """A figure the sentence gives as the value of the very noun asked, in whatever unit, when the
    question names none: "합계출산율은 0.72명" for "출산율은 얼마야?", "3.2대 1의 경쟁률" for
    "경쟁률은 얼마였어?" — a rate is not always a percentage."""
    head = question.head
    if head == "수" and question.asks == "count" and question.attribute:
        head = question.attribute  # "외래관광객 수는?" <- "외래관광객 3천만": the noun counted
    if not text or question.unit or not head or len(head) < 2 or question.asks not in ("percent", "count", "measure"):
        # … and a charge said as often as a share of the sum charged as in won, "수수료는 얼마?" <-
        # "중개 수수료는 12.5%에서 9.7%로 내리고"
        if not (text and question.asks == "amount" and not question.unit and f.kind == "percent"
                and head in _RATE_OR_SUM):
            return False
    if re.search(r"\d\s*대\s*$", text[:f.start]):
        return False  # the 1 of "3.2대 1" is the ratio's other side
    if f.kind == "time":
        # "자살률은 2012년 31.5%, …, 2016년 24.0%": a year right after the head labels the
        # value that follows it, and is none itself
        return False
    came = re.search(r"(\d[\d.,]*\s*[%％]?)\s*에서\s*$", text[max(0, f.start - 16):f.start])
    if came:
        # the value it changed to, after the value it changed from: the head labels both
        # ("수수료는 12.5%에서 9.7%로")
        f = replace(f, start=max(0, f.start - 16) + came.start(1), end=max(0, f.start - 16) + came.end(1))
    # (a year or a month between labels the value as of then: "자살률은 2016년 24.0명")
    before = re.sub(r"(?:\d{4}년|\d{1,2}월)+(?:말|기준|현재)?$", "", squash(text[max(0, f.start - len(head) - 12):f.start]))
    after = squash(text[f.end:f.end + len(head) + 6])
    # (or the noun follows a bare figure as what it counts: "각각 13만여 병력에" for "병력은 어느 정도")
    return bool(re.search(rf"{re.escape(head)}(?:은|는|이|가|도)?(?:연|월)?$", before)
                or re.match(rf"(?:\d+)?의{re.escape(head)}", after)
                # (a ratio's first side, its head after the other side and one word of praise at
                # most: "평균 7.35대 1이라는 높은 경쟁률을")
                or ((ratio := _RATIO_OF.match(text, f.start)) is not None and ratio.group(1) == head)
                or (question.asks == "count" and not f.unit and f.value is not None
                    and re.match(rf"\s{re.escape(head)}", text[f.end:f.end + len(head) + 1])))


# the other side of a ratio after its first, then what the ratio is: "7.35대 1이라는 높은 경쟁률"
_RATIO_OF = re.compile(r"\d[\d.,]*\s*대\s*\d+(?:\.\d+)?\s*(?:의|이라는|라는|인|으로|로)?\s*(?:[가-힣]+(?:은|는|한|운|인|된)\s+)?([가-힣]+?)(?:은|는|이|가|을|를|의|으로|로|에|도)?(?![가-힣])")


# a question that says 무료 itself asks another price than none ("무료화 전 입장료는?")
_FREE_ASKED = re.compile(r"무료|무상")


def _someone_elses_age(question: Question, text: str, f) -> bool:
    """The question asks the age of one it names by a noun ("운전자는 몇 살?") and the figure is
    said of another noun right after it ("4세 어린이가") in a sentence that never names the one
    asked: that one's age, not the one asked."""
    asked = question.attribute
    # (a sentence naming the one asked describes it by the noun after the age: "운전자는 58세
    # 남성으로")
    if not asked or head_kind(asked) == "age" or asked in text:
        return False
    m = re.match(r"\s?([가-힣]{2,})", text[f.end:])
    if not m:
        return False
    toks = pos(m.group(1))
    noun = toks[0].form if toks and toks[0].tag in ("NNG", "NNP") and toks[0].start == 0 else None
    if noun is None or len(noun) < 2 or noun in GENERIC or noun in _AGE_BOUNDS or noun in _DESCRIBED_AS:
        return False
    # (a name after the noun describes one by it: "17세 고교생 김다온 양", "58세 남성 A씨")
    if re.match(r"\s?[가-힣]{2,}\s+(?:[가-힣]{2,4}|[A-Z])\s?(?:씨|양|군|님)", text[f.end:]):
        return False
    return noun not in asked and asked not in noun and noun not in squash(question.query)


# the nouns that describe anyone by sex, age or station, not another role than the one asked
_DESCRIBED_AS = frozenset("남성 여성 남자 여자 남 여 할머니 할아버지 노인 어르신 청년 학생 고교생 대학생 중학생 초등학생 "
                          "여고생 남학생 여학생 신예 주부 직장인 회사원 소년 소녀 아이 남아 여아 여성분 남성분".split())


# the words that bound an age after it, no one's noun: "65세 이상", "19세 미만"
_AGE_BOUNDS = frozenset({"이상", "이하", "미만", "초과", "전후", "안팎", "가량", "정도", "무렵", "이던", "때"})


def _bracketed_age(text: str, f, names: Sequence[str] = ()) -> bool:
    """News gives a person's age in brackets after the name: "집주인 A(44) 씨", "김모(52)씨", or
    after the post that follows it, "김민수 가람협회 회장(61)" (``names``: the person asked, whose
    name stands before the bracket with no other bracket or comma between)."""
    if not (f.kind == "count" and f.unit == "" and f.value is not None and 1 <= f.value < 120
            and text[max(0, f.start - 1):f.start] == "(" and text[f.end:f.end + 1] == ")"):
        return False
    # (a name's honorific after it, or a name withheld before it: A(44), 김모(44))
    if re.match(r"\)\s*(?:씨|군|양|옹)", text[f.end:]) is not None \
            or re.search(r"(?<![A-Za-z])[A-Z]\($|[가-힣]모\($", text[max(0, f.start - 3):f.start]) is not None:
        return True
    # (the words between are the post and its body, none joined to another person by 과, 의:
    # "김민수 관장과 부인(58)", "김민수 관장의 아들(12)" give another's age)
    before = text[max(0, f.start - 30):f.start - 1]
    return any(re.search(rf"(?<![가-힣]){re.escape(n)}(?:\s+[가-힣]+(?<![과와의]))*\s+[가-힣]*{_POST_END}$", before) is not None
               for n in names)


# how a post ends: 회장, 위원, 대표, 교수, 이사, 관장
_POST_END = r"(?:장|원|표|수|사|관)"


def _person_names(question: Question) -> tuple[str, ...]:
    """The forms of the question's names a person's full name may be: three or four Hangul letters
    (김민수), not a body's or a place's longer name (가람초등학교)."""
    return tuple(f for c in question.constraints if c.kind == "name" for f in c.forms
                 if re.fullmatch(r"[가-힣]{3,4}", f))


# "얼마나 뛰었어?", "얼마나 올랐어?": by how much (the change verbs extract reads a change asked by)
_BY_HOW_MUCH = re.compile(r"얼마나\s*(?:더\s*)?(?:" + CHANGE_ASKED.pattern + ")")


def _year_word_months(figs: list, text: str) -> list:
    """A year said as a word and the month right after it ("지난해 11월") as one date figure."""
    out: list = []
    for f in figs:
        p = out[-1] if out else None
        if (p is not None and p.kind == "time" and not p.unit and squash(p.text) in YEARS_FROM_DATE
                and f.date and f.unit == "월" and text[p.end:f.start].isspace()):
            out[-1] = replace(f, start=p.start, text=text[p.start:f.end])
        else:
            out.append(f)
    return out


# counters of whole people and things: a count in them with a fraction is a rate or a mean (not
# 회, 번: "1년에 80.2회" is how often, asked per year; nor 도, a degree)
_WHOLE_COUNTERS = frozenset("명 개 곳 건 가구 세대 개소 개사 척 채 마리 그루 권 대".split())
# a mean or a rate asked, which a count with a fraction answers ("평균 몇 명", "1인당 몇 개",
# "출산율은 몇 명")
_MEAN_ASKED = re.compile(r"평균|당\s|당$|마다|[율률]|꼴")
# a day's or a month's mean right before its figure, its noun between at most ("하루 평균 3백57대",
# "하루 평균 이용객은 23만명"; not the total after it, "…3백57대인 13만1백89대")
_MEAN_RIGHT_BEFORE = re.compile(r"(?:평균|하루|매일|매달|매월)\s*(?:[가-힣]{1,5}(?:은|는|이|가)\s+)?(?:약\s*)?$")


# a goal labelling a figure ("물동량 목표를 … 1천830만개로", "목표치는 50%", "…유치를 목표로"), a
# question asking what was (…였어?, …했나요?), and one asking a goal or a plan
_GOAL_BEFORE = re.compile(r"목표(?:치)?(?:를|는|가|로는)\s+(?:[가-힣A-Za-z0-9]+\s+){0,3}$")
# (… or said the goal after it: "14억 원의 매출 달성이 목표였으나")
_GOAL_AFTER = re.compile(r"(?:을|를|의)?\s*(?:[가-힣]+\s+){0,3}?[가-힣]*(?:을|를)?\s*목표로"
                         r"|(?:을|를|의)?\s*(?:[가-힣]+\s+){0,3}?[가-힣]*(?:이|가)\s*목표(?:였|이었|이다|다)")


def _goal_of(text: str, f) -> bool:
    """The figure is a goal's own value, the goal said right before it with its particle or right
    after it as what is aimed at — not a result beside a goal ("190만개를 처리해 목표를 초과 달성",
    "목표 대비 105%")."""
    return (_GOAL_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
            or _GOAL_AFTER.match(text, f.end) is not None)


_PAST_ASKED = re.compile(r"(?:였|었|았|했)(?:어|나요|나|니|습니까|지|는지|던가)|(?:이었|였)던")
_GOAL_ASKED = re.compile(r"목표|계획|예정|전망|예상|목표치|잡았|세웠|정했")


# a figure said as of now ("이달 현재 총 360대", "현재 360대")
_NOW_BEFORE = re.compile(r"(?:^|[\s(])(?:이달|이번\s?달|오늘|지금|올해)?\s*현재\s*(?:[가-힣]+\s+){0,2}?(?:총|모두|약)?\s*$")


def _now_not_year_asked(asked: frozenset, text: str, f) -> bool:
    """The question asks a past year's figure (2009년) and the sentence names that year for another
    event while its figure is said as of now: "지난 2009년 2월 운행을 시작한 나래콜은 이달 현재
    총 360대가 운영 중" is today's fleet, not 2009's. (A year right before 현재, "2009년 현재", is
    the year asked.)"""
    years = [y for y in (_year_of(a) for a in asked) if y]
    at = _outer_figure_start(text, f.start)
    if not years or not _NOW_BEFORE.search(text, max(0, at - 20), at):
        return False
    head = text[:at]
    return any(f"{y}년" in head and not re.search(rf"{y}년[^.,]{{0,12}}?현재", head) for y in years)


# a sum said as including a part: "국비를 포함해 8억원", "도비 포함 총 30억 원"
_INCLUDING = re.compile(r"([가-힣]+?)(?:을|를)?\s*포함(?:해|하여|한|해서|,)?\s*(?:총\s*|모두\s*)?$")


def _including_asked(question: Question, text: str, f) -> bool:
    """The figure is a sum said to include what the question asks (its head, a part of money: 국비):
    the whole, not the part."""
    m = _INCLUDING.search(text[max(0, f.start - 20):f.start])
    return m is not None and m.group(1) == question.head


# what a rate is per, asked: "몇 m당 100원", "몇 초마다 100원씩", "몇 명당 1명"
_PER_WHAT_ASKED = re.compile(r"몇\s*[가-힣A-Za-z㎞㎡%]{0,2}\s?(?:당(?![가-힣])|마다)")  # (not "몇 명이 당첨")


# 몇 before a numeral unit: "몇 억원", "몇 천만 원", "몇 만 명" — the order of the figure asked
# (만, 억, 조 as numerals, a unit, a particle or the end after them: not "몇 조각")
_MAGNITUDE_ASKED = re.compile(r"몇\s*(십|백|천)?\s*(만|억|조)(?=\s|$|[?.,]|원|달러|명|개|가구|대|곳|건|톤|마리|그루|권"
                              r"|이야|이에요|이었|였|인가|인지|(?:은|는|이|가|을|를|의|에|도|정도|가량|쯤)(?![가-힣]))")


def magnitude_asked(query: str) -> float | None:
    """The least value a figure asked as "몇 억원" may have (1e8; "몇 천만 원": 1e7), or None."""
    m = _MAGNITUDE_ASKED.search(query)
    if m is None:
        return None
    return NUMERAL_UNITS[m.group(2)] * (NUMERAL_UNITS[m.group(1)] if m.group(1) else 1)


def figures_of_kind(question: Question, figs: Sequence, text: str = "") -> list:
    """The figures of a sentence that could answer the question: its kind and unit, not a
    figure the question itself states ("23명 중 몇 명" is not answered by 23명), and for a
    counter that says nothing of what is counted (개, 곳, 건), next to the noun asked about:
    "일자리는 몇 개" is not answered by "21개 사업"."""
    q = _asked(question)
    hay = squash(text)
    out = []
    if text and question.asks in ("amount", "count", "percent", "measure") and _another_quoted_named(question, text, hay):
        return []  # "맘편한 산후조리비 1인당 얼마?" over "…15만원씩 … 지원하는 '아이 꿈 수당'은": that one's
    if question.asks == "date" and question.unit is None and question.head not in PHRASE_TIMES and text:
        # (a time asked as 때/시기 is a phrase as often: its sentence is not chosen for a 새벽)
        figs = sorted([*figs, *time_words(text)], key=lambda f: f.start)
        # "내년 1월 11일 … 창당대회를 열고": the year word says which year the day that follows is
        # in, no date of its own (it would read as only the article's year, bound to nothing). A
        # month alone after it ("지난해 11월 없어졌다") is one date with it: the month of that year
        figs = [f for f, g in zip(figs, [*figs[1:], None]) if not (
            g is not None and f.kind == "time" and not f.unit and g.date and g.unit == "일"
            and text[f.end:g.start].isspace())]
        figs = _year_word_months(figs, text)
    if text and question.asks == "duration" and question.unit in (None, "일"):
        figs = sorted([*figs, *day_counts(text)], key=lambda f: f.start)  # "사흘간 열린다"
    if text and question.asks == "duration" and question.unit in (None, "년"):
        # "신청 기간 알려줘" <- "2월14일부터 27일까지": a period is often given by its two ends
        # ("몇 년 동안", "몇 년 연속" <- "2010년부터 2012년까지")
        figs = sorted([*figs, *date_ranges(text)], key=lambda f: f.start)
    if text and question.asks in ("count", "amount"):
        figs = sorted([*figs, *vague_figures(text)], key=lambda f: f.start)  # "수십만 명이 다녀갔다"
    price = price_word(question.head) if question.asks == "amount" else None
    if (text and price and not _FREE_ASKED.search(question.query)
            and question.particle not in ("로", "으로", "에서") and not asks_change(question)):
        # (not for a price that moved: "얼마에서 얼마로 올랐어?" is not answered by what is free)
        # (the free word frees the fee asked: a place "무료로 개방" is free to enter or use, but
        # a parking fee, a course fee, is free only where the sentence says what is free)
        if price in _OPEN_FEES or any(w in hay for w in (question.head, price)):
            figs = sorted([*figs, *free_words(text)], key=lambda f: f.start)  # "입장료 있어?" <- "무료로 개방한다"
    if question.asks == "score":
        figs = scores(text)  # "몇 대 몇?" <- "세트 스코어 3:2로": two numbers, one score (no count, no time)
    if question.asks == "date" and question.head == "요일":
        figs = [f for f in figs if re.search(r"요일|주말|평일", f.text)]  # "무슨 요일": a day of the week
    items = {id(g): _sum_item(question, text, g, figs) for g in figs if g.kind == "money"} \
        if text and question.asks == "amount" and not question.total else {}
    if "group" in items.values():
        # "상품권 인센티브만 얼마?" over "△상품권 인센티브, 소상공인 지원, 일자리 사업 등 67억원 △…
        # 68억원": the item asked is summed with others; only a figure labelled by it alone
        # ("△상품권 인센티브 30억원") is its own, another item's is not
        figs = [g for g in figs if items.get(id(g)) == "own"]
    # "전기요금은 얼마나 뛰었어?" <- "전기료는 … 20.2% 올랐다": by how much a price moved is said
    # as a rate as often, when the sentence gives no sum
    rise_asked = question.asks == "amount" and question.unit is None and _BY_HOW_MUCH.search(question.query) is not None
    # (a change too: "몇 억 원 늘어나?" is not answered by a fare's 100원 rise)
    # (not 조 as a counter of groups: "몇 조가 참가해?")
    magnitude = magnitude_asked(question.query) if question.asks in ("amount", "count") and question.unit not in ("만", "억", "조") else None
    # the end of a range asked by 까지, or by a verb of ending ("며칠에 끝나?"), and its start by 부터
    end_of_range = question.particle if question.particle in _RANGE_END else (
        "까지" if question.asks == "date" and question.predicate in _END_VERBS else None)
    for f in figs:
        # (a year as the question's form says it: "1980년도" written is the 1980년 asked)
        if re.sub(r"^(\d{4}년)도$", r"\1", squash(f.text).replace(",", "")) in q.figures:
            continue
        if (question.asks == "count" and question.unit and f.unit and f.unit != question.unit and text
                and question.unit.startswith(f.unit) and text.startswith(question.unit[len(f.unit):], f.end)):
            # "몇 항차" <- "15항차": the question names its counter, which the figure reader cut short (15항|차)
            end = f.end + len(question.unit) - len(f.unit)
            f = replace(f, end=end, text=text[f.start:end], unit=question.unit)
        if (question.asks == "count" and (question.unit == "기" or (question.unit is None and question.head in COUNT_NOUNS))
                and f.unit == "gb" and f.text.endswith("기가")):
            # "발전기는 몇 기?" <- "풍력발전기 64기가 설치되는": 기 and the particle 가, not 64 gigabytes
            f = replace(f, end=f.end - 1, text=f.text[:-1], unit="기", kind="count")
        if question.asks == "count" and question.unit and not f.unit and text:
            # "몇 화소": the question names its counter, so "1,200만 화소" counts in it, though
            # no table knows 화소 and a space stands between (figures() reads no unknown noun
            # after a space as a counter: "2.1 규격" is none)
            m = re.match(r"\s?" + re.escape(question.unit), text[f.end:])
            if m:
                f = replace(f, end=f.end + m.end(), text=text[f.start:f.end + m.end()], unit=question.unit)
            elif ((re.search(r"[만천억,]", f.text) or (f.approx and f.text.endswith("여")))
                  and (m := re.match(r"\s?([가-힣]{2,})", text[f.end:]))
                  and any(len(t) >= 2 and (w := PARTICLE_END.sub("", m.group(1))).endswith(t) and m.group(1).startswith(w)
                          for t in question.tokens)):
                # (the noun as a word, with its particle: not "가맹점주", someone else counted)
                # "도민은 몇 명?" <- "320만 도민 전체에", "가맹점 몇 곳?" <- "8천7백여 가맹점에서",
                # "농가 몇 곳?" <- "350여 농가의": the people or things the question counts, after a
                # large or rough figure with no counter
                f = replace(f, unit=question.unit)
            elif question.unit == "개" and question.attribute and text.startswith(question.attribute, f.end):
                # "레인이 몇 개야?" <- "5레인": a noun counted by its own name, glued to the figure
                end = f.end + len(question.attribute)
                f = replace(f, end=end, text=text[f.start:end], unit=question.attribute)
        elif (question.asks == "duration" and text and f.date and re.fullmatch(r"\d+\s*일", f.text)
              and _SPAN_SAID.match(text, f.end)):
            f = replace(f, date=False)  # "30일 이상 거주한": thirty days at least, no day of a month
        elif (question.asks == "ordinal" and text and f.kind == "count" and f.unit in ("회", "번째", "차")
              and _EDITION_REACHED.search(text[max(0, f.start - 6):f.end + 6])):
            f = replace(f, kind="ordinal")  # "올해로 20회를 맞이한": the twentieth, reached this year
        elif (question.asks == "count" and question.unit and f.unit == "개" and text
              and (re.match(r"\s?(?:의\s)?" + re.escape(question.unit), text[f.end:])
                   # (… or a noun of three syllables ending in it: "몇 석?" <- "496개의 관람석을", not
                   # the 건 of 안건)
                   or re.match(r"\s?(?:의\s)?[가-힣]{2}" + re.escape(question.unit)
                               + r"(?:들)?(?:을|를|이|가|은|는|의|에|과|와|도|으로|로)?(?![가-힣])", text[f.end:]))):
            f = replace(f, unit=question.unit)  # "몇 나라" <- "14개 나라": 개 counts the noun the question counts by
        elif (question.asks == "count" and question.unit == "개" and f.kind == "count" and f.unit not in (None, "개")
              and text and question.attribute and len(question.attribute) >= 2 and re.search(
                  rf"(?<![가-힣]){re.escape(question.attribute)}(?:은|는|이|가|도)?\s*$", text[max(0, f.start - 12):f.start])):
            # "좌석 몇 개야?" <- "좌석 20석": 개 asks any counter, and the noun asked labels the figure
            f = replace(f, unit=question.unit)
        elif (question.asks == "count" and question.unit == "건" and f.unit == "개" and text and question.attribute
              and re.match(r"\s?" + re.escape(question.attribute), text[f.end:])):
            # cases and projects are counted in 개 as often, when 개 counts the noun asked of
            # ("공모사업 몇 건" <- "30개 사업이 선정돼"; not "조례안 몇 건" <- "10개 안건")
            f = replace(f, unit=question.unit)
        elif (question.asks == "date" and question.particle == "까지" and text and f.kind == "time" and not f.date
              and _WITHIN_SAID.match(text, f.end)):
            # "언제까지 마쳐야 돼?" <- "선정일로부터 3개월 이내에 완료": a deadline counted from an event
            f = replace(f, date=True)
        if not fits(question, f) and not (question.asks == "date" and text and time_ago(f, text)) \
                and not (question.asks == "duration" and f.unit == "년" and text and time_ago(f, text)
                         and _AGO_ASKED.search(question.query)) \
                and not _of_head(question, text, f) \
                and not (f.kind == "percent" and rise_asked and not any(fits(question, g) for g in figs)) \
                and not (question.asks == "age" and text and _bracketed_age(text, f, _person_names(question))):
            continue
        if text and question.asks == "age" and _someone_elses_age(question, text, f):
            continue  # "사고 낸 운전자는 몇 살?" over "…4세 어린이가 교통사고로 숨진": the child's age
        if magnitude and f.kind in ("money", "count") and f.value is not None and f.value < magnitude:
            # (no upper bound: "몇 억원" is said loosely of 1조2000억원 as well)
            continue  # "몇 억원이야?" over "구매한도를 월 20만원으로": the question says the figure's order
        if (text and question.asks in ("count", "amount", "measure", "percent") and f.kind != "time"
                and _goal_of(text, f) and _PAST_ASKED.search(question.query) and not _GOAL_ASKED.search(question.query)):
            continue  # "2월 물동량 몇 개였어?" over "올해 물동량 목표를 1천830만개로 정했다": a goal, no result
        if (text and question.asks in ("count", "amount", "measure", "percent") and f.kind != "time"
                and _now_not_year_asked(q.figures, text, f)):
            continue  # "2009년 처음 운행할 때 몇 대?" over "2009년 2월 운행을 시작한 …은 이달 현재 총 360대": now's
        if text and f.kind == "time" and not f.date and question.asks in ("count", "amount", "percent") \
                and asks_change(question) and re.match(r"\s*(?:연속|째|만에)", text[f.end:]):
            continue  # "얼마나 떨어졌어?" over "…0.03% 떨어지며, 7주 연속 하락세": how long it went on, no change
        if question.asks == "date" and text and f.unit == "일" and re.match(r"\s*(?:평균|최대|최고|당)", text[f.end:]):
            continue  # "1일 평균 320여명": a day's, no day of the month
        if text and f.total and not question.total and _one_of(question.query) \
                and not (f.kind == "percent" and re.search(r"의\s*$", text[max(0, f.start - 6):f.start])):
            # (a rate of the whole is the part's share: "외부 방문객은 … 전체의 21.36%를 차지")
            continue  # "공공일자리 중 청년일자리는 몇 명?" over "…총 172명": the whole, not the part asked
        if (question.asks == "count" and f.kind == "count" and f.unit in _WHOLE_COUNTERS and f.value is not None
                and f.value != int(f.value) and not re.search(r"[십백천만억조]", f.text)
                and not q.per and not q.period and not _MEAN_ASKED.search(question.query)):
            continue  # "상담사는 몇 명?" over "인구 10만 명당 29.1명": a share of a count is a rate, no one's count
        if text and f.unit == "인" and question.unit == "명" and _PER_HOUSEHOLD.match(text, f.end):
            continue  # "몇 명 뽑아요?" over "4인 가구", "2인당": a household's size, a rate's unit
        if (text and question.asks in ("duration", "date") and EVERY.match(text, f.end)
                and not asks_how_often(question)):
            continue  # "2년마다 한 번씩 짝짓기": how often, not how long ("수명은 몇 년?") nor when
        if text and question.asks == "amount" and _another_share(question, text, f, q.payers, hay):
            continue
        if (text and question.asks in ("amount", "count", "measure") and f.kind != "percent"
                and _difference_only(question, text, f)):
            continue  # "체납액은 얼마야?" over "…4조 2천억원보다 3천억원 늘었다": by how much, not how much
        if text and question.asks in ("amount", "percent", "measure") and (
                _another_value_noun(question, text, f) or _another_part_measured(question, text, f)):
            continue  # "실시설계 용역비는?" over "…총사업비 4억 2,000만 원을 투입해": the whole project's cost
        if (text and question.asks == "amount" and price
                and (_PROGRAMME.search(text[max(0, f.start - 15):f.end + 12])
                     or _PAYER_NEAR.search(text[max(0, f.start - 15):f.end + 12]))
                and not any(w in hay for w in (question.head, price))
                and not _fee_of_asked(question, text, f)):
            continue  # "수강료는?" over "…에 250억 원을 투자", "임대료는?" over "국비 총 325억 원": a programme's sum is no one's fee
        if (text and question.asks == "amount" and price and not any(w in hay for w in (question.head, price))
                and any(k in squash(text) for k, w in _PRICES.items()
                        if w != price and k not in _ANY_FEE and _FEE_FAMILY.get(w, w) != _FEE_FAMILY.get(price, price))):
            continue  # "주차비 얼마?" over "…3천원의 입장료를 내야 한다": another fee, the one asked unsaid
        if (text and q.per and question.asks in ("amount", "count", "measure") and not rate_said(text)
                and not ((q.per_person or "최대" in question.query) and _caps(text, f))):
            # (a ceiling is what each one may get: "한 사람당 최대 얼마?" <- "최대 1천만 원까지 지급",
            # "단체당 최대 얼마?" <- "선정된 단체에는 … 최대 1,000만 원")
            continue  # "1인당 한 달에 얼마씩?" over "지원금이 153억 원으로 늘어", "해마다 몇 곳씩?" over "모두 140곳으로": a whole, not a rate
        if (text and question.asks == "amount" and q.per_person and not q.period
                and _PERIOD_RATE_SAID.search(text) and not _PER_ONE_SAID.search(text)
                and not _caps(text, f)):
            continue  # "자녀 한 명당 얼마씩?" over "매년 500만원의 양육비를 지원": each year's, not each child's
        if (text and question.asks == "amount" and q.per_person
                and (m := _PER_OTHER_BEFORE.search(text[max(0, f.start - 14):f.start]))
                and _per_group(m.group(1)) != _per_group(q.per_person)):
            continue  # "학생 1인당 얼마?" over "교당 2,000만원씩": what each school gets, not each person
        if (text and (question.asks in ("amount", "count") or (question.asks == "measure" and f.unit in _FLOW_UNITS))
                and q.period
                # (searched in place, not in a slice: a slice starting inside "2021년" would leave
                # "1년" with no digit before it for the lookbehind to see; "2021년" is no 1년)
                and not _PERIOD_BEFORE.search(text, max(0, f.start - 14), f.start) and not _EACH_AFTER.match(text, f.end)
                and period_said(text, f) != q.period  # ("'수당'(분기별)을 기존 30만 원에서 36만 원으로")
                and _period_after(text, f) != q.period  # ("비상대응반(6명/1일)": a day's, by its slash)
                # (the sentence labels its list with the question's own period and sum: "하루
                # 이용료는 성인 4000원, …, 어린이 2000원")
                and not _period_label_said(question.query, hay)):
            continue  # "한 달에 얼마씩?" over "출산장려금을 각각 500만 원 상향": a sum of no period
        if (text and (question.asks in ("amount", "count") or (question.asks == "measure" and f.unit in _FLOW_UNITS))
                and q.period and period_said(text, f) not in (None, q.period)):
            continue  # "한 달에 얼마씩?" over "매년 200만 원씩", "명절마다 … 20만 원씩": another period's
        if (text and question.asks == "amount" and q.money == "programme" and not q.per
                and re.search(r"최대\s*$", text[max(0, f.start - 5):f.start]) and rate_said(text)):
            continue  # "총예산은?" over "최대 45만 원(월 15만 원 한도)까지 지원": what each one may get
        if (text and question.total and question.asks in ("amount", "count") and not q.period and not q.per
                and not _MEAN_ASKED.search(question.query)
                and _MEAN_RIGHT_BEFORE.search(text, max(0, f.start - 16), f.start)):
            continue  # "누적 이용객이 몇 명?" over "하루 평균 이용객은 23만명": a day's mean, no total
        if (text and question.asks == "amount" and q.money == "programme" and question.total and not q.per
                and not q.cap and _caps(text, f)):
            continue  # "보급사업 총 예산은?" over "…에 따라 차등으로 최대 1520만 원까지 지원": a ceiling, no total
        if (text and question.asks == "amount" and q.money and f.kind != "percent"
                and _other_sums_only(_unasked_words(_sum_labels(text, f), question.query, q.money), q.money,
                                     spent=question.predicate in _SPENT)
                and not (not question.total and _labelled_by_named_sum(question, text, f))):
            continue  # "연간 예산은?" over "도시철도 요금은 150원 인상된 1,450원": fares, not a budget
        if text and question.asks in ("measure", "amount", "count", "percent") and _glossed_other(question, text, f):
            continue  # "창업단지 면적은?" over "혁신밸리(33.3㏊)에 …": the bracket gives 혁신밸리's
        if text and _another_holder(question.query, text, f):
            continue  # "설동호 후보 득표율은?" over "송명석(55) 후보는 18.3%의 득표율을": another's
        if text and question.asks in ("amount", "count", "percent", "measure") and _another_of_kind(question, text, f):
            continue  # "가람공원 놀이터 면적은?" over "나래대공원 내 놀이터는 총 747㎡": another park's
        if text and _broken_down_other(question, text, f):
            continue  # "순이익은 몇 % 늘었어?" over "규모별로 보면 대형사가 16.0% 늘어난": a part's figure
        if text and question.asks in ("amount", "count", "percent", "measure") and _nationwide_not_asked(question, text, f):
            continue  # "서울 매매량은?" over "전국 아파트 매매량은 총 10만2410건": the country's
        if text and question.asks in ("amount", "count", "percent", "measure") and _regional_not_asked(question, text, f):
            continue  # "전국 전통시장 수는?" over "2022년 가람도의 전통시장은 124개였다": one province's
        if text and question.asks in ("amount", "count", "percent", "measure") and _named_in_a_pair(question, text, f):
            continue  # "가람차만 몇 대 팔았어?" over "판매는 가람·나래차가 2만4116대로": the two's
        if text and _named_in_a_group(question, text, f):
            continue  # "나래 아파트값만 몇 % 올랐어?" over "5개 광역시(가람·나래·…)는 0.15%": the group's
        if text and _whole_not_part(question, text, f):
            continue  # "주택 착공 가운데 아파트는 몇 호?" over "지난달 주택 착공 물량은 2만 7140호로": the whole's
        if text and question.asks in ("amount", "count", "percent", "measure") and _another_use(question.query, text, f):
            continue  # "산업용 요금은?" over "민수용(주택용·일반용) 요금을 1.04원 인상": another use's
        if (text and question.asks == "amount" and q.money not in (None, "fee", "price") and q.per_measure is None
                and _price_per_measure(text, f)):
            continue  # "설치에 든 사업비는?" over "충전요금의 경우 294원/kWh": a price per a measure, no sum spent
        if text and question.asks == "amount" and _other_measure_rate(question, text, f):
            continue  # "kWh당 얼마 올려?" over "월 전기요금은 약 2270원 오른다": a bill, not a price per kWh
        if text and _each_of_parts(question, text, f):
            continue  # "외부 방문객 비율은?" over "토요일과 일요일에는 … 비율이 각각 25.41%와 29.87%": each day's
        if text and f.kind == "percent" and _another_rate(question.query, text, f):
            continue  # "보증료율은 몇 %?" over "보증사고율은 … 3위(2.68%)": another rate's figure
        if text and question.asks == "measure" and _another_measure(question.head, text, f):
            continue  # "부지면적은?" over "연면적 703㎡": the floor area, not the site's
        if text and question.asks == "measure" and _measure_named_otherwise(question, text, f):
            continue  # "주탑 높이 몇 m야" over "출렁다리는 길이 420m, 폭 1.5m": lengths of other kinds
        if (text and question.asks == "amount" and q.money and _sum_named_before(text, f) not in (None, q.money)
                and not (question.predicate in _SPENT and _sum_named_before(text, f) in _SPENT_KINDS)
                # ("설치비의 60%인 41만~44만원을 지원한다": a share of a cost, given as the grant asked)
                and not (q.money == "grant" and _GIVEN_AFTER.match(text, f.end))
                and not _sum_word_of_named(question, text, f)):
            continue  # "국방예산 규모는?" over "…국방예산안에 따르면 병사 월급은 40만5700원": a wage
        if (text and question.asks == "date" and text.startswith("생", f.end)
                and not re.search(r"태어|출생|생년|생일|출신|년생", question.query)):
            continue  # "1982년생~2007년생": who was born then, no date of what is asked
        if text and question.asks == "date" and _in_title(text, f) and not _year_names_asked(question, text, f):
            continue  # "‘2026년 청년 창업 지원사업’을 추진": the year is part of a name, no date of an event
        if (text and question.asks == "date" and _REPORTED.match(text, f.end)
                and not _REPORT_ASKED.search(question.query) and not _source_asked(question, text, f)
                and not _THAT_DAY_AFTER.match(text, _REPORTED.match(text, f.end).end())):
            # (… unless what it tells is said of that day: "19일 가람군에 따르면 이날 오전 준공식을
            # 열었다")
            continue  # "…추진한다고 5일 밝혔다": the day the news was told, not the day of what it tells
        if (text and q.event and q.event not in hay and not _in_brackets(text, f)
                and not (q.event.endswith(tuple(DEADLINE_NOUNS)) and _RUNS_UNTIL.match(text, f.end))
                and not (q.event in _START_NOUNS and _RUNS_FROM.match(text, f.end)
                         and any(len(w) >= 2 and w in hay for w in event_words(question)))):
            # (a deadline is said by the date a time runs until: "마감일은?" <- "12월 10일까지"; a
            # start by the date it runs from, in a sentence saying the event asked: "운영 시작일은?" <-
            # "2월 25일부터 5월 15일까지 … 운영" — not "지급 개시일은?" <- "신청은 3월 2일부터 받는다")
            continue  # "착공일은?" over "…12월 실시설계를 마쳤고 8월께 완공": another event's date
        if text and question.asks == "date" and _another_milestone(question, text, f):
            continue  # "언제 착공했어?" over "정식 개관일은 오는 6월 1일이다": another milestone's date
        if (text and question.asks in ("amount", "count") and _one_year_asked(question)
                and _YEARS_SUMMED.search(text[max(0, f.start - 20):f.start])):
            continue  # "올해 예산 얼마야?" over "올해까지 4년간 총 56억 원을 투입": several years' sum
        if (text and question.asks == "measure" and not q.per
                and re.search(r"(?:1\s?인|(?<![가-힣])인|가구|세대)\s?당\s[^,.]{0,14}$", text[max(0, f.start - 24):f.start])):
            continue  # "공원 면적은 몇 ㎡?" over "시민 1인당 공원 조성 면적이 12.9㎡로": each one's share
        if (text and question.total and question.asks in ("count", "amount") and not asks_rate(question)
                and re.match(r"\s*씩", text[f.end:])):
            continue  # "전체 단원은 몇 명?" over "동별로 1~3명씩 배치해": what each gets, not the whole
        if (text and question.total and question.asks in ("count", "amount") and not _ADDED.search(question.query)
                and (_ADDED_BEFORE.search(text[max(0, f.start - 8):f.start]) or _ADDED_AFTER.match(text, f.end))):
            continue  # "CCTV 전부 몇 대 있어?" over "CCTV 30대를 신규 설치": what is added, not the whole
        if (text and question.asks in ("amount", "count", "percent", "measure") and not asks_change(question)
                and _CHANGE_BASE.search(text[max(0, f.start - 12):f.start]) and _CHANGE_VERB.match(text, f.end)):
            continue  # "보조금 얼마야?" over "보조금을 전년 대비 5억원 증액했다": the change, not the sum
        if (text and question.asks == "amount" and not q.per and not f.total
                and ((q.money == "programme" and (question.total or question.head in _BUDGET_HEADS))
                     or _SUM_IN_TOTAL_ASKED.search(question.query))
                and _PER_UNIT_SAID.search(_figure_own_clause(text, f))):
            continue  # "올해 총 예산은?" over "단지당 최대 3천만 원 한도를 5천만 원 지원": what each one gets
            # (a sum in total of any kind: "배당금 총액은?" over "주당 배당금 6500원")
        if (text and question.asks in ("amount", "count") and question.total and not f.total
                and _BOUND_OF.match(text, f.end) and not _THRESHOLD_ASKED.search(question.query)):
            # (a total said as a bound is one still: "총 3천억 원 이상을 투입")
            continue  # "과태료 총액은?" over "1곳은 … 300만원 이하 과태료 처분을": the law's ceiling, no total
        if (text and question.asks in ("amount", "count") and _THRESHOLD_OF.match(text, f.end)
                and not _THRESHOLD_ASKED.search(question.query)):
            continue  # "난방비 최대 얼마?" over "연 매출 2억원 미만 사업장": who may apply, not what is paid
        if (text and question.asks in ("amount", "count") and _SEPARATELY.search(question.query)
                and re.search(r"\s등\s", text[:f.start])
                # (unless the figure is said of each: "A, B 등 4곳에 … 각각 사업비 121억원을")
                and not (_EACH.search(text[max(0, f.start - 12):f.start]) or text.startswith("씩", f.end))
                and (f.total or _TOTAL_BEFORE.search(text[max(0, f.start - 12):f.start])
                     or re.search(r"\s등\s", _figure_own_clause(text, f)))):
            # (the group named in the figure's own clause: "박람회와 축제 등 … 위해서도 1000억 원")
            continue  # "동막지구 사업비는 따로 얼마야?" over "동막지구와 청양지구 등 총 4개 사업에 … 총 사업비 849억원"
        if (q.whole is not None and question.asks in ("amount", "count") and f.value is not None and f.value >= q.whole[0]
                and (f.unit == q.whole[1] or not q.whole[1])):
            continue  # "12억 중에 국비는 얼마야?" over "사업비는 700억원 규모로": larger than the whole
        if text and question.asks == "amount" and question.head and _including_asked(question, text, f):
            continue  # "건립비 중 국비는?" over "국비를 포함해 8억원을 들여": the whole that includes it
        if text and text.startswith("당", f.end) and not _PER_WHAT_ASKED.search(question.query):
            # "몇 그루 정비해?" over "1그루당 3,000원": what a rate is per, no count of anything
            # (unless that is what is asked: "몇 m당 100원이야?" <- "140m당 100원")
            continue
        if (text and question.asks == "amount" and q.cap
                and not _CAP_SAID.search(text[max(0, f.start - 15):f.end + 8])
                and _PROGRAMME_SIZE.search(_figure_own_clause(text, f) + text[f.end:f.end + 8])):
            continue  # "대출 한도 얼마야?" over "일자리 분야는 1000억원 규모로 …": a programme's size, no one's cap
        if text and _other_route_bound(question, text, f):
            continue  # "가람에서 나래 가는 요금?" over "…, 가람∼다온은 1만5000원이었으나 1만6000원으로": another route's
        if text and _other_month_bound(question, text, f):
            continue  # "10월 출생아는 몇 명?" over "…10월 인구이동 통계를 보면, 9월 출생아는 3만5000명": September's
        if text and _other_year_bound(question, text, f):
            continue  # "올해 가람구에 배정된 가구 수는?" over "지난해 가람구에서는 68가구가 …": last year's
        if text and _other_place_bound(question, text, f):
            continue  # "올해 강서구에 배정된 가구 수는?" over "…서울시 지원 규모는 총 650가구로": the city's
        if text and _other_subject_bound(question, text, f):
            continue  # "가람 매출 몇 % 늘었어?" over "…, 나래의 매출은 19.80% …": another's figure
        if text and question.asks in ("amount", "count", "measure") and _sum_of_listed(question, text, f):
            continue  # "가람파크 사업비는?" over "가람파크 건립 등 88건·1533억 원": the sum of all 88
        if text and _over_many_of_kind(question, text, f):
            continue  # "인천공항 이용객은?" over "…전국 14개 공항에서 하루 평균 24만 명": all of them
        if text and _other_named_bound(question, text, f):
            continue  # "청주공항 청사 단장에 얼마?" over "…김포공항 청사는 2500억원을 들여 …": another airport's
        if (text and question.asks == "count" and question.unit is None and f.kind == "percent"
                and not asks_change(question) and _CHANGE_VERB.match(text, f.end)):
            continue  # "쌀 생산량 얼마나 나왔어?" over "전북지역만 4.7% 증가한": how much it changed, not how much
        if (question.asks == "duration" and question.predicate in ("걸리", "소요")
                and re.search(r"\d\s*시(?!간)|\d{1,2}:\d{2}", f.text)):
            continue  # "검사 시간 얼마나 걸려?" over "평일 오전 9시~오후 5시": the hours it is open, not how long it takes
        if question.asks == "duration" and question.unit in ("분", "초") and re.search(r"\d\s*시\s*\d", f.text):
            continue  # "배차간격은 몇 분?" over "오후 5시30분까지": a time of day, no span of minutes
        if text and _topic_set_against_asked(question, text, f):
            continue  # "전통시장에서 차리면 얼마?" over "대형마트는 21만 원으로 전통시장보다 9% 비싼": the mart's
        if text and _another_item_listed(question, text, f):
            continue  # "KTX 평일에 하루 몇 번?" over "평일 18회, 주말 24회씩": the weekend's
        if text and _another_quoted_item(question, text, f):
            continue  # "월세 비율은?" over "'단독 주택'(35.2%)과 '빌라'(24.9%)": other items'
        if text and _unlike_bound(question, text, f):
            continue  # "인턴은 몇 달 일해?" over "2개월 내외로 운영하던 아르바이트 사업과 달리": the other one's
        if text and _side_by_side_other(question, text, f, hay):
            continue  # "대청도 뱃삯은?" over "백령도 왕복 뱃삯은 13만3000원, 연평도 왕복 뱃삯은 10만9000원"
        if text and _other_of_pair(question.query, text, f):
            continue  # "지방 대학생 평균 월세는?" over "수도권 대학생들의 … 대략 47만원": the other side's
        if text and _sibling_counted(question, text, f):
            continue  # "부상자는 몇 명?" over "교통사고 사망자는 3150명": another group of the same kind
        if (text and question.asks in ("amount", "count", "percent", "measure")
                and _another_kind_labels(question, text, f)):
            continue  # "모바일쇼핑 거래액은?" over "온라인쇼핑 거래액은 8조6991억 원": another kind's
        if text and len(q.way) == 1 and len(said := figure_way(text, f)) == 1 and said != q.way:
            continue  # "수입보험료는 얼마나 줄었어?" over "보험료가 13.2% 늘었지만": the other way
        if text and question.asks in ("amount", "count", "percent", "measure") and _another_owner_named(question, text, f, hay):
            continue  # "삼성화재 4분기 순이익은?" over "DB손보의 4분기 당기순이익은 1636억원": the other's
        if text and _said_of_many(question, text, f):
            continue  # "가람 사업지에는 몇 가구?" over "선정된 곳들에는 약 2400가구": all of them
        if text and q.sector and not _names_sector(hay, *q.sector):
            continue  # "사회복지 분야 예산은?" over the whole budget: the sector is not said
        if text and q.years and question.asks != "date" and _own_year(text, f) not in (None, *q.years):
            continue  # "2025년 … 몇 명" over "2024년 합계출산율 1.03명, 2025년 …": another year's figure
        if (text and q.years and question.asks != "date" and not asks_past_year(question)
                and past_year_labels(text, f.start) and set(_own_years(squash(text))) & q.years):
            continue  # "2022년 순이익은?" over "2022년 … 1636억원으로 전년 동기 1314억원에 비해": the year before's
        if text and q.centuries and question.asks != "date" and _own_century(text, f) not in (None, *q.centuries):
            continue  # "19세기 … 몇 명" over "…19세기에 7명, 20세기의 첫 25년 동안 4명": the other century's
        if (text and _YEAR_ASKED.search(question.query) and not _PART_ASKED.search(question.query)
                and _PART_OF_YEAR.search(text[max(0, f.start - 30):f.start])):
            continue  # "2025년 3분기까지 합계출산율 1.11명": a part of the year, not the year's figure asked
        if (text and not _MONTH_ASKED.search(question.query)
                and _ONE_MONTH_SAID.search(text[max(0, f.start - 30):f.start])):
            continue  # "작년 면세점 매출은?" over "12월 한 달간 면세점 매출은 1조3천억원": one month's
        if text and end_of_range and re.match(
                r"\s*(?:전|후|이전|이후|초|말|말일|말경|초순|중순|하순|께|경)?\s*" + _RANGE_END[end_of_range], text[f.end:]) \
                and not (question.particle not in _RANGE_END and _ENDS_FROM.match(text, f.end)) \
                and not (BOTH_ENDS.search(question.text) and re.search(f"[{RANGE_MARKS}]", f.text)):
            # (both ends asked, "며칠부터 며칠까지?": a range said whole, "14~20일까지", holds them)
            # "몇 시부터 진료해?" over "24시까지 진료", "언제까지 신청해?" over "출생일 기준 6개월
            # 전부터": the other end of the range ("언제부터?" over "12월 말까지 무료로": its end too)
            continue
        if (text and question.asks == "date" and BOTH_ENDS.search(question.text)
                and not re.match(r"\s*" + DAY_ASIDE + rf"(?:부터|에서|[{RANGE_MARKS}])", text[f.end:])
                and not OPENS_UNTIL.match(text, f.end)
                and not re.search(rf"[{RANGE_MARKS}]", f.text)):
            # (a figure of two ends, "26~28일", is a period whole)
            continue  # "언제부터 언제까지 해요?" over "올해 축제는": a period's start, its end said after it
        if (text and question.asks == "date" and question.particle == "까지" and f.date
                and not _UNTIL_SAID.match(text, f.end) and not _UNTIL_SAID.match(text, time_ago(f, text) or f.end)
                and not re.search(r"[~∼\-–]\s*$", text[:f.start])):
            continue  # "언제까지 써야 돼?" over "19일 … 기자회견을 열고": a day, not the end of a time
        if (text and f.kind == "time" and not f.date and question.asks not in ("date", "duration")
                and _BASELINE.match(text, f.end)):
            continue  # "고용률은 1년 전보다 0.7%p 상승한 68.7%": what it is compared with, no value of it
        if f.unit == "%p" and question.asks == "percent" and question.unit != "%p" and not asks_change(question):
            continue  # "인상 후 기준금리 몇 %야?" over "기준금리 0.5%포인트 인상": a rate's change, not the rate
        if (text and f.kind == "percent" and question.asks == "percent" and _SHARE_ASKED.search(question.query)
                and not asks_change(question) and changed_by(text, f)):
            continue  # "전체 예산의 몇 %를 차지해?" over "…보다 294% 늘어난 규모": how much it grew, no share
        if (text and question.asks in ("amount", "count", "measure", "percent") and _COMPARED_WITH.match(text, f.end)
                and ((not q.years and not BEFORE_ASKED.search(question.query) and not YEAR_AGO_ASKED.search(question.query)
                      and not _base_year_asked(question, text, f))
                     # (a change asked is never its base, whichever year the question names: "작년
                     # 상반기랑 비교하면 얼마나 늘었어?" over "지난해 같은 기간(50조9000억 원)보다")
                     or (asks_change(question) and _BY_HOW_MUCH.search(question.query)))
                and not (not asks_change(question) and _owned_by_named(question, text, f))):
            # (unless the figure compared with is the one of the thing the question names: "게이머즈8
            # 상금은?" <- "…전신인 게이머즈8의 4,500만 달러보다 늘어난 금액이다")
            continue  # "예산은?" over "지난해 예산액 9,517억원 대비 935억원 증가": what it is compared with
        if text and text.startswith("짜리", f.end) and "짜리" not in question.query:
            continue  # "20피트짜리 기준 177만8천여개": the size of a kind of thing, not the quantity asked
        if (text and question.asks == "count" and question.attribute and f.unit in GENERIC_COUNTERS
                and _counts_sibling(question, text, f)):
            continue  # "녹색쌈지숲은 몇 곳?" over "녹색쌈지숲에 10억 원, 학교숲 2개소에": another 숲's count
        if (text and question.asks == "count" and question.attribute and f.unit in GENERIC_COUNTERS
                and _counts_other_named(question, text, f)):
            continue  # "경로당에 놓는 식탁 몇 개?" over "경로당 390곳 중 …": the count counts 경로당
        if (text and question.asks == "count" and question.attribute and f.unit in GENERIC_COUNTERS
                and question.unit not in _TIMES_COUNTERS  # (times count what is done, no noun)
                and not (f.unit in _COUNTER_COUNTS.get(question.attribute, ())
                         and _DONE_COUNTED.search(question.query))
                and not any(w in squash(text[max(0, f.start - 20):f.end + 20])
                            for a in (question.attribute, *_joined_to(question.query, question.attribute))
                            for w in _counted_words(a))
                and not ((m := _modifier_of(question.query, question.attribute))
                         and m in squash(text[max(0, f.start - 20):f.end + 20]))
                and question.attribute not in _COUNTER_NOUNS.get(f.unit + _counter_syllable(text, f.end), ())
                and not _counts_named_noun(text, f, question.attribute)
                and not _in_labelled_list(question, text, f)
                and not _worth_of(question, text, f)
                and not _glossed_to_time_asked(question, text, f)
                and not _name_asked_is_subject(question, text, f)
                and not _where_asked(question, text, f)):
            continue
        out.append(f)
    return out


# the topic of a figure's clause ("대형마트는 21만 원으로"), and a word the rest of the sentence
# compares it with ("전통시장보다", "전통시장에 비해", "전통시장 대비")
_CLAUSE_TOPIC = re.compile(r"(?:^|\s)([가-힣A-Za-z0-9·]{2,})(?:은|는)\s")
_COMPARED_WORD = re.compile(r"([가-힣A-Za-z0-9·]{2,})\s*(?:보다|에\s*비해|대비|와\s*비교해|과\s*비교해)")


def _topic_set_against_asked(question: Question, text: str, f) -> bool:
    """The figure's clause is about a topic the question does not name, compared after it with
    what the question names ("대형마트는 21만 3천 원으로 전통시장보다 9% 비싼" for "전통시장에서
    차리면 얼마?"): the figure is the topic's, the question's thing only its measure."""
    topic = _CLAUSE_TOPIC.search(_figure_own_clause(text, f))
    query = squash(question.query)
    if topic is None or squash(topic.group(1)) in query or _TIMEISH.search(topic.group(1)) \
            or _BREAKDOWN_TOPIC.search(topic.group(1)):
        return False
    # (a time compared with is no thing: "올해는 … 지난해보다 10% 늘었다" is this year's figure)
    # (nor is the base of the figure's own rate in the bracket after it: "기본급 9만2천50원(기본급
    # 대비 5.71%) 인상" restates the rise as a share of the 기본급, it sets nothing against it)
    gloss = re.match(r"\s*\([^()]*\)", text[f.end:])
    after = f.end + gloss.end() if gloss else f.end
    return any(squash(m.group(1)) in query and not _TIMEISH.search(m.group(1))
               for m in _COMPARED_WORD.finditer(text, after))


# (a breakdown is no thing of its own: "어업형태별로는 양식 어가의 평균 소득이 7750만 원으로 전체 평균보다
# 90% 많았다" gives the 양식 어가's figure, "by kind of fishing")
_BREAKDOWN_TOPIC = re.compile(r"별(?:로)?$")
# (a word that is a time: a figure's year, 올해, 지난해, 전년도, 예년 — not a word starting so, 올림픽)
_TIMEISH = re.compile(r"\d|^(?:" + year_words() + r"|전년|전월|전달|지난달|예년|평년|동기|이전|종전|기존|당초)도?$")


def _another_item_listed(question: Question, text: str, f) -> bool:
    """The figure is an item of a labelled list ("평일 18회, 주말 24회", figures.labelled_list) in
    which the question names another item's label, not its own."""
    labels, k, _ = list_around(text, f)
    query = squash(question.query)
    named = {i for i, w in labels.items() if len(w) >= 2 and w in query}
    return bool(named) and k not in named


# a survey's answers, each quoted and its figure in brackets: "'월세'(68.1%)가 '전세'(19.6%)"
_QUOTED_ITEM = re.compile(r"[‘'\"“]([^‘'\"“’”]{1,24})[’'\"”]\s*\(\s*")


def _another_quoted_item(question: Question, text: str, f) -> bool:
    """The figure is one of two or more answers listed as quoted labels with their figures in
    brackets, and the question names another of them, or names a word of its own the sentence
    never says while naming none of them: the item asked is not this one."""
    items = {m.end(): squash(m.group(1)) for m in _QUOTED_ITEM.finditer(text)}
    if len(items) < 2 or f.start not in items:
        return False
    query, said = squash(question.query), squash(text)
    named = [label for label in items.values() if len(label) >= 2 and label in query]
    if named:
        return items[f.start] not in named
    own = [c for c in question.constraints if c.kind in ("term", "subject")
           and c.text not in (question.head, question.attribute) and head_kind(c.text) != question.asks]
    return any(not any(form in said for form in c.forms) for c in own)


# a name in quotes ('아이 꿈 수당', “가람드림”), a particle or a space after it; not words quoted
# (a saying ends in 다 or 요, and is followed by 라고, 며: "“좋다”고 말했다")
_QUOTED_NAME = re.compile(r"['‘\"“]([^'‘’\"“”.,!?]{1,29}[^'‘’\"“”.,!?다요죠])['’\"”]"
                          r"(?=\s|은|는|이|가|을|를|의|에|도|과|와|로|으로|\()(?!이라)")


def _another_quoted_named(question: Question, text: str, said: str) -> bool:
    """The sentence (``said``: squashed) names in quotes a programme of which the question says
    no word, and never says the thing the question is about (a subject: met by the article, not
    by this sentence): its figures are that programme's. Read for every sentence a figure is
    looked for in: the cheap tests first."""
    # (a thing named by a compound, 산후조리비; not one who acts, 정부, said by another word as often,
    # nor a place, 나래군; and any subject the sentence says is the sentence's own: "… 산모 1인당")
    subjects = [c for c in question.constraints if c.kind == "subject"]
    if not any(len(c.text) >= 3 and not ADMIN_NAME.search(c.text) for c in subjects) \
            or not _QUOTED_NAME.search(text) or any(form in said for c in subjects for form in c.forms):
        return False
    query = squash(question.query).lower()
    for m in _QUOTED_NAME.finditer(text):
        if not re.match(r"\s*(?:은|는|이|가|의|도)(?![가-힣])", text[m.end():]):
            continue  # what the sentence is about, not the means it names ("‘…방안’을 통해")
        words = re.findall(r"[가-힣A-Za-z0-9]{2,}", m.group(1))
        if words and not any(w.lower() in query for w in words):
            return True
    return False



# "X와 달리", "X과는 다르게": what follows is set against X, and a figure in the clause ending so
# is X's ("2개월 내외로 운영하던 아르바이트 사업과 달리 이 제도는 …")
_UNLIKE = re.compile(r"(?:와|과|랑|이랑)(?:는)?\s*(?:달리|다르게)(?![가-힣])")
# (the connectives of a contrast, besides the clause breaks of extract: "…했지만", "…였으나")
_CONTRAST_ENDING = re.compile(r"(?:지만|는데|으나|었으나|았으나)\s")


def _unlike_bound(question: Question, text: str, f) -> bool:
    """The figure is said of what the sentence sets the rest against ("X와 달리"), and the
    question neither asks of X (its last noun) nor itself sets things apart so."""
    m = _UNLIKE.search(text, f.end)
    if m is None or m.start() - f.end > 40 or any(rx.search(text, f.end, m.start())
                                                   for rx in (CLAUSE_BREAK, CLAUSE_ENDING, _CONTRAST_ENDING)):
        return False
    if re.search(r"달리|다르게|다른", question.query) or BEFORE_ASKED.search(question.query):
        # (nor asks of the time before, which is what is set against: "예전엔 가람마을에서 했잖아,
        # 언제부터였어?" over "2018년부터 지난해까지 가람마을에서 진행했던 것과 달리")
        return False
    nouns = [t.form for t in pos(text[f.end:m.start()]) if t.tag in ("NNG", "NNP")]
    # ("기존 2개월과 달리": the figure itself is X)
    return not nouns or nouns[-1] not in question.query


# the nouns of applying, registering, reporting, asking: "신청은 어디서 해요?", "어디에 접수하면
# 돼?", "문의는 어디로?"
_APPLYING = ("신청", "접수", "제출", "응모", "등록", "신고", "예약", "문의")


def application_unsaid(question: Question, texts: Sequence[str]) -> bool:
    """A place asked for applying (registering, reporting, asking), and none of ``texts`` speaks
    of applying: the article says where the programme is, not where one applies for it
    ("신청은 어디서?" is not answered by "성인 발달장애인이 지역사회의 기관이나 장소를 이용해")."""
    # (a body asked where one applies: "신청은 어느 부서에서 받아요?")
    if not (question.asks == "place" or (question.asks == "entity" and question.head and re.search(
            re.escape(question.head) + r"(?:에서|에|로|으로)(?![가-힣])", question.query))):
        return False
    query = squash(question.query)
    if not any(w in query for w in _APPLYING):
        return False
    return not any(w in squash(t) for t in texts for w in _APPLYING)


def applying_topic(question: Question, text: str) -> bool:
    """A place asked for applying, the applying word the question's own topic right before the
    question word ("신청은 어디서 하나요?", not "신청자가 가장 많은 지역은 어디야?"), and ``text``
    has that word as its topic ("신청은 가람지원시스템으로 할 수 있으며"): it says where one applies."""
    if question.asks != "place":
        return False
    return any(re.search(rf"(?<![가-힣]){w}(?:은|는)?\s*(?:어디|어느)", question.query)
               and re.search(rf"(?<![가-힣]){w}(?:은|는)\s", text) for w in _APPLYING)


def _in_labelled_list(question: Question, text: str, f) -> bool:
    """A list of counts labelled by its counter's noun, in a sentence about the noun asked: "보이스
    피싱 … 발생 건수는 1월 20건에서 2월 30건, 3월 40건으로" counts 보이스피싱 in each."""
    before = squash(text[:f.start])
    return f.unit + "수" in before and question.attribute in before


# the nouns of a programme's money (a budget, a project's cost, an investment), shared by the
# kinds of sums below and by what a programme's sum is said with (_PROGRAMME)
# (… and what building a thing costs: 공사비, 건립비, 설치비 — a works budget, no grant nor fee)
_PROGRAMME_NOUNS = "투자|투입|예산|사업비|(?:공사|건설|건립|건축|조성|설치|구축)비"


# a sum said with who pays it ("국비 총 325억 원", "시비 100억"): a programme's money, no fee
_PAYER_NEAR = re.compile("|".join(sorted(PAYERS)))


# a price one pays (수강료, 입장료, 요금) and the word a sentence stating it must hold (the
# price itself, or what it is paid for: 수강, 입장); a sentence without either gives another sum
_PRICES = {"요금": "요금", "수강료": "수강", "입장료": "입장", "이용료": "이용료", "관람료": "관람", "등록금": "등록금",
          "운임": "운임", "참가비": "참가", "사용료": "사용료", "수수료": "수수료", "통행료": "통행", "주차료": "주차",
          "임대료": "임대", "월세": "임대", "체험비": "체험", "관리비": "관리비", "주차비": "주차",
          "숙박비": "숙박", "회비": "회비"}


# fees that name no one service (요금 of anything) and fees said two ways (입장료 = 관람료,
# 숙박비 = 객실 요금): none of them is "another fee" beside the one asked
_ANY_FEE = frozenset({"요금", "이용료", "사용료", "수수료"})
# the fees of entering or using a place: what "무료로 개방한다" frees without naming them
_OPEN_FEES = frozenset({"입장", "관람", "이용료", "요금", "사용료"})
_FEE_FAMILY = {"관람": "입장", "사용료": "이용료", "운임": "요금"}  # (a fare is a transport's 요금)


# a fee named by what it is paid for, labelling the figure after it: "택시비는 1만5천300원"
_FEE_BEFORE = re.compile(r"([가-힣]{2,6})(?:비|값|료)(?:는|은|이|가)?\s*(?:약\s*)?$")


def _fee_of_asked(question: Question, text: str, f) -> bool:
    """The figure is labelled as the fee of a thing the question names ("택시 요금 얼마?" <-
    "…이동에 드는 택시비는 1만5천300원"): the fee asked, whatever the sentence says it costs."""
    m = _FEE_BEFORE.search(text[max(0, f.start - 14):f.start])
    return m is not None and any(m.group(1) in c.forms for c in question.constraints if c.kind in ("term", "name"))


def price_word(head: str | None) -> str | None:
    """What a sentence stating the price ``head`` says (the price itself or what it is paid
    for), when ``head`` is a price: _PRICES, or any fee named by what is paid for and 료
    (대여료 -> 대여, 사용료 -> 사용)."""
    if not head:
        return None
    if head in _PRICES:
        return _PRICES[head]
    if head.endswith(_NOT_FEES):
        return None  # 보도자료, 원재료, 조미료: things, no price
    return head[:-1] if head.endswith("료") and len(head) >= 3 else None


# nouns ending in 료 that are no fee
_NOT_FEES = ("자료", "재료", "원료", "사료", "음료", "동료", "의료", "연료", "안료", "향료", "염료", "미료", "비료")


# a sum or a count over several years, said just before it: "4년간 총 56억 원", "3년 동안 모두 120명"
# (not a rate each month or year of them: "2년간 월 200만원", "3년간 매년 5곳")
_YEARS_SUMMED = re.compile(r"(?:\d+|[두세네]|다섯)\s*(?:년|개년|해)\s*(?:간|동안)\s*(?:총|모두|누적|전체)?\s*"
                           r"(?:(?!(?:월|매월|매달|달마다|연|연간|매년|해마다|매해)\s*$)[가-힣]{1,6}\s*)?$")
# a question that asks of a stretch of years itself ("4년간 총 얼마?", "지금까지 누적 몇 명?")
# (a year as the start or end of a stretch, "2022년 이후에", "올해까지", asks of several too)
_YEARS_ASKED = re.compile(r"\d+\s*년\s*(?:간|동안)|누적|지금까지|그동안|통틀|모두\s*합|총\s*합"
                          r"|(?:년|해)\s*(?:이후|이래|부터|까지|이전)")


def _one_year_asked(question: Question) -> bool:
    """The question asks of one year (올해, 작년, 2025년), not of several."""
    return (any(c.kind == "time" and (c.text in YEARS_FROM_DATE or re.fullmatch(r"\d{4}년", c.text))
                for c in question.constraints)
            and not question.total and not _YEARS_ASKED.search(question.query))


# a place named by its administrative unit before a particle or a space: 서울시, 강서구, 울주군
_ADMIN_PLACE = re.compile(r"(?<![가-힣])([가-힣]{2,5}?(?:특별자치시|특별자치도|특별시|광역시|시|군|구|도))"
                          r"(?:는|은|이|가|의|에서는|에서|에는|에)?(?=\s)")


# a cap asked ("대출 한도 얼마야?"), how a sentence says one, and a programme's size said instead
_CAP_HEADS = frozenset({"한도", "한도액", "상한", "상한액"})
_CAP_SAID = re.compile(r"최대|최고|한도|상한|까지|이내|이하|[가-힣]당|씩")
_PROGRAMME_SIZE = re.compile(r"규모|예산|사업비|투입|편성|확보|\d개\s*사업")


# a question asking one item's own figure apart from the others', and a total said before a figure
_SEPARATELY = re.compile(r"따로|별도|각각|개별")
_TOTAL_BEFORE = re.compile(r"(?:총|모두|합계|합쳐)\s*[가-힣]{0,4}\s*$")


# a figure bounding who or what qualifies: "상시 근로자 수 5명 미만, 연 매출 2억원 미만 사업장"
# (미만 and 초과 only: "4천억 이상의 비자금", "월 30만원 이하" state the value as often)
_THRESHOLD_OF = re.compile(r"\s*(?:미만|초과)(?:인)?(?:\s|,|$)")
# … and the ceiling the law sets a penalty ("300만원 이하 과태료", "1억 원 이하의 벌금"): a rule's
# limit, no total of what was imposed
_FINES = r"과태료|벌금|과징금|범칙금|이행강제금"
_BOUND_OF = re.compile(r"\s*(?:이하|미만)(?:의)?\s+(?:" + _FINES + r"|징역)")
_THRESHOLD_ASKED = re.compile(r"미만|이하|이상|초과|넘|기준|조건|요건|자격|제한|커트라인|한도")


# a sum in total asked by its noun, whatever the sum is of ("배당금 총액은?", "순이익 합계가")
_SUM_IN_TOTAL_ASKED = re.compile(r"총액|합계|총\s*금액|전체\s*금액")
# a figure's clause giving it per one (단지당, 가구당, 1인당; not 정당, 식당, 해당, 수당)
_PER_UNIT_SAID = re.compile(r"(?:[가-힣](?<![수정식해상])|[A-Za-z])당\s")  # (BI당: per one named in letters)
_BUDGET_HEADS = frozenset({"예산", "총예산", "사업비", "총사업비", "예산액"})


# a change said against its base: "전년 대비 5억원 증액", "지난해보다 3% 늘어"
# (or the span it changed over: "7거래일 새 27.8원이나 급등했다", "1년 사이 3천 명 늘었다")
# (or the change as a rate, the same change in the unit asked in brackets after it: "전달(4만2610가구)
# 대비 1.8%(760가구) 줄어든 4만1850가구")
_CHANGE_BASE = re.compile(r"(?:대비|보다|에\s*비해|\d[\d,.]*\s*[가-힣]{1,4}\s*(?:새|사이))\s*(?:\d[\d,.]*\s*%\s*\()?$")
_CHANGE_VERB = re.compile(r"\s*\)?\s*(?:을|를|이|가|이나|가량|정도)?\s*(?:증액|감액|증가|감소|늘|줄|인상|인하|상승|하락|확대|축소|많|적"
                          r"|급등|급락|급증|급감|폭등|폭락|올랐|오른|올라|내렸|내린|내려|떨어|뛰었|뛴)")


# a year counted from the article's date, said in a clause (not a year compared with: "올해 예산은
# 지난해보다 1,300억 원 늘어난 5,200억 원")
_YEAR_WORD = re.compile("(?<![가-힣])(" + year_words() + r")(?!\s*(?:보다|대비|에\s*비해|동기|과|와))")


@lru_cache(maxsize=4096)
def _figure_own_clause(text: str, f) -> str:
    """The clause a figure ends: past the last comma, semicolon or verb's connective (며, 고).
    (Cached: the rules that give a figure to another thing each read it, for every figure.)"""
    clause = own_clause(text, f.start)
    ends = list(CLAUSE_ENDING.finditer(clause))
    return clause[ends[-1].end():] if ends else clause


# a route said by its two ends: "가람∼나래", "다온-가람"
_ROUTE = re.compile(r"([가-힣]{2,})\s*[∼~〜\-–]\s*([가-힣]{2,})")
_ROUTES_BEFORE = re.compile(r"(?:[가-힣]{2,}\s*[∼~〜\-–]\s*[가-힣]{2,}\s*,\s*)+$")


# a question that goes from one place to another: "가람에서 나래 가는", "가람에서 나래까지"
# (a word of its own after 에서, and not a date's 까지: "2025년까지 정비하는" goes nowhere; nor 행 or
# 발 ending any word: 시행, 진행, 개발)
_GOES_TO = re.compile(r"에서\s+(?:\S+\s+){0,3}?\S*?(?<![\d년월일])(?:까지|가는|가려면|오는)(?![가-힣])")


def _other_route_bound(question: Question, text: str, f) -> bool:
    """The question names the two ends of a route ("가람에서 나래 가는") and the figure's own clause
    gives a route ending elsewhere ("가람∼다온은 …"): that route's figure."""
    ends = _asked(question).route_ends
    if len(ends) < 2:
        return False
    clause = _figure_own_clause(text, f)
    # (routes listed by commas share the figure: "수서~진주, 수서~여수, 수서~포항 노선은 …
    # 2회씩" is the comma's clause, its list opened before it)
    listed = _ROUTES_BEFORE.search(text, 0, max(0, text.rfind(clause, 0, f.start + 1)))
    routes = list(_ROUTE.finditer((listed.group(0) if listed else "") + clause))
    said = lambda w: any(w.startswith(e) or e.startswith(w) for e in ends)  # noqa: E731 (가람역, 나래시)
    return bool(routes) and not any(said(place_stem(_PARTICLE_TAIL.sub("", m.group(1))))
                                    and said(place_stem(_PARTICLE_TAIL.sub("", m.group(2)))) for m in routes)


_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s*월(?!\s*(?:보다|대비|에\s*비해))")
# a span of months: "1∼6월", "1월~6월", "3-5월"
_MONTH_SPAN = re.compile(r"(?<![\d.])\d{1,2}\s*월?\s*[~∼〜\-–]\s*\d{1,2}\s*월")


def _other_month_bound(question: Question, text: str, f) -> bool:
    """The question asks of a month ("10월 출생아는") and the figure's own clause names another
    month and not the one asked ("9월 출생아는 3만5000명으로"): that month's figure. A month the
    figure is compared with ("지난해 9월보다") is not the one it is of."""
    asked = _asked(question).months
    if not asked:
        return False
    clause = _figure_own_clause(text, f)
    if not _MONTH_SPAN.search(question.query) and _MONTH_SPAN.search(clause):
        # a span of months ("1∼6월 누적") is said of them all, not of its last month alone (unless
        # the question asks a span itself): the month asked must be said on its own
        clause = _MONTH_SPAN.sub(" ", clause)
        return not ({int(m.group(1)) for m in _MONTH.finditer(clause)} & asked)
    said = {int(m.group(1)) for m in _MONTH.finditer(clause)}
    return bool(said) and not (said & asked)


def _other_year_bound(question: Question, text: str, f) -> bool:
    """The question asks of a year counted from the article's date (올해, 작년) and the figure's own
    clause names another such year ("지난해 가람구에서는 68가구가" for 올해): that year's figure."""
    said = _year_said(question, text, f)
    return said is not None and said not in _asked(question).year_offsets


def _labelled_by_named_sum(question: Question, text: str, f) -> bool:
    """The figure's own label is a sum the question names by its noun ("입학준비금 예산 얼마?" over
    "…, 입학준비금 3억 8000만원, …"): that sum's budget line, whatever kind of sum its noun says
    (not "첫째아 30만원 … 의 출산지원금": each child's, labelled by the child)."""
    before = squash(re.split(r"[,，;·]", text[max(0, f.start - 20):f.start])[-1])
    return any(c.kind in ("subject", "term", "name") and len(c.text) >= 3 and head_kind(c.text) == "amount"
               and c.text != question.head and before.endswith(squash(c.text)) for c in question.constraints)


def _base_year_asked(question: Question, text: str, f) -> bool:
    """The base a figure is compared from is the year the question asks of: "올해 본예산은?" over
    "올해 본예산 5471억 원보다 618억 원 늘어난" — 5471억 원 is this year's."""
    said = _year_said(question, text, f)
    return said is not None and said in _asked(question).year_offsets


def _year_said(question: Question, text: str, f) -> int | None:
    """The year counted from the article's date that a figure's own clause says it is of (past any
    comparison), as an offset (지난해 -> -1), when the question asks of such a year; else None."""
    if not _asked(question).year_offsets:
        return None
    if past_year_labels(text, f.start):
        return -1  # "…372명으로 전년 동기 415명 대비": the year before labels its own figure
    said = _YEAR_WORD.findall(_START_YEAR.sub(" ", _after_comparison(_figure_own_clause(text, f))))
    return YEARS_FROM_DATE[said[-1]] if said else None


# a year labelling the start of a change, right before its figure: "지난해 말 8조6000억원에서 올
# 1분기에는 … 11조6000억원" (the year of where it started is not the figure's own)
_START_YEAR = re.compile(r"(?:" + year_words() + r")\s*(?:말|초|연말|연초)?\s*\d[\d,.]*\s*(?:[조억만천]\s*[\d,.]*\s*)*"
                         r"[가-힣%]{0,3}\s*에서(?![가-힣])")


def _after_comparison(clause: str) -> str:
    """The clause past its last comparison ("올해 본예산 6539억원보다 91억원 증가한" -> " 91억원
    증가한"): the year of what it is compared with is not the figure's own."""
    marks = list(_COMPARISON.finditer(clause))
    return clause[marks[-1].end():] if marks else clause


# (… or said with 비교: "지난해 같은 달과 비교해 5.4% 감소한 2만5천300대")
_COMPARISON = re.compile(r"보다|대비|에\s*비해|(?:와|과)\s*비교(?:해|하여|하면|할\s*때)")


def _admin_place(word: str) -> bool:
    """``word`` is all a place named by its unit (강서구, 서울시), the name one Kiwi reads as a name."""
    m = _ADMIN_PLACE.match(word + " ")
    return m is not None and m.group(1) == word and _named_place(word)


@lru_cache(maxsize=4096)
def _named_place(word: str) -> bool:
    """``word`` is a name and its administrative unit (서울시, 가람구): the name one word Kiwi reads
    as a proper noun or does not know at all — not a common word (연구, 신도시, 정도)."""
    stem = place_stem(word)
    toks = pos(stem)
    if stem == word or len(toks) != 1 or not (toks[0].tag == "NNP" or (toks[0].tag == "NNG" and getattr(toks[0], "oov", False))):
        return False
    whole = pos(word)
    if len(whole) == 1 and whole[0].tag == "NNG" and not getattr(whole[0], "oov", False):
        return False  # a common noun Kiwi knows whole, its last syllable a unit's by chance: 횡단보도
    # (the unit's syllable ending a common noun Kiwi knows, after a prefix or another noun: 고농도 is
    # 고 + 농도, 신도시 신 + 도시; the stem alone, 고농, reads as a name)
    last = pos(word)[-1]
    return not (last.tag == "NNG" and not getattr(last, "oov", False) and last.len >= 2 and last.start > 0
                and last.start + last.len == len(word) and last.form not in ADMIN_SUFFIXES)


_SHORT_TOPIC = re.compile(r"\s*(?:이에\s*따라\s*|또\s*|또한\s*|한편\s*)?(구|시|군|도)(?:는|은|가|이)\s")


def _nationwide_not_asked(question: Question, text: str, f) -> bool:
    """The question asks of a name (서울, 제주도) and the figure's own clause says it is the whole
    country's ("올 상반기 전국 아파트 매매량은 총 10만2410건"), naming none asked: the whole's
    figure, not the named one's."""
    if "전국" in question.query:
        return False
    names = {place_stem(squash(c.text)) for c in question.constraints if c.kind == "name" and len(c.text) >= 2}
    if not names:
        return False
    # (across the country, "전국 각지에서 30회에 걸쳐", and the country's first or largest, "전국
    # 최대 규모인", say where or how the named one did: no whole country's figure)
    # ("국내에 사는 외국인 주민 수가 186만 명": the country said as where, 국내에, 국내에서)
    clause = squash(_DOMESTIC.sub("전국", _NATION_SPREAD.sub(" ", _figure_own_clause(text, f))))
    # (a rank among the country's, "전국 16개 재단 중 3위(2.68%)", is the named one's own figure)
    return "전국" in clause and not any(n in clause for n in names) and not re.search(r"전국[^,]{0,12}중", clause)


_DOMESTIC = re.compile(r"(?<![가-힣])국내(?=에서|에\s|에$|\s*전체)")


_NATION_SPREAD = re.compile(r"전국\s*(?:각지|곳곳|각처|방방곡곡|적으로|적인|을\s*돌며|최초|최대|최고|최저|최다|처음|유일)")


def _regional_not_asked(question: Question, text: str, f) -> bool:
    """The question asks of the whole country (전국, naming no place) and the figure's own clause
    names a place by its unit and not the country ("2022년 가람도의 전통시장은 124개였다"): that
    place's figure, not the country's."""
    if not re.search(r"(?<![가-힣])전국", question.query) or any(c.kind == "name" for c in question.constraints):
        return False
    clause = _figure_own_clause(text, f)
    return "전국" not in clause and any(_named_place(m.group(1)) for m in _ADMIN_PLACE.finditer(clause))


def _other_place_bound(question: Question, text: str, f) -> bool:
    """The question asks of a place named by its unit (강서구) and the figure's own clause names
    another such place and not the one asked ("…서울시 지원 규모는 총 650가구로"): the figure is
    that place's. Only a place Kiwi reads as a name counts (서울 of 서울시; not 연구, 제도)."""
    asked = _asked(question).places
    if not asked:
        return False
    clause = _figure_own_clause(text, f)  # ("…68가구가 … 받았으며 올해 서울시 …": past 며)
    if any(place_stem(squash(c.text)) in squash(clause) for c in asked):
        return False
    short = _SHORT_TOPIC.match(text)
    if short and any(squash(c.text).endswith(short.group(1)) for c in asked):
        # "구는 나래시에서 주관한 공모사업으로 확보한 8000만원을 …": the sentence's topic is the
        # place asked, called by its unit as news does after naming it (가람구 -> 구)
        return False
    for m in _ADMIN_PLACE.finditer(clause):
        stem = place_stem(m.group(1))
        if _named_place(m.group(1)) and all(place_stem(squash(c.text)) != stem for c in asked):
            return True
    return False


@lru_cache(maxsize=4096)
def _named_with_head(word: str) -> tuple[str, str] | None:
    """A name of one thing of a kind, its proper name then the common noun of the kind
    (청주공항 -> 청주, 공항; 완도해경 -> 완도, 해경), or None."""
    toks = pos(word)
    if (len(toks) == 2 and toks[0].tag == "NNP" and toks[1].tag == "NNG" and len(toks[1].form) >= 2
            and toks[0].start == 0 and toks[1].start == toks[0].len and toks[1].start + toks[1].len == len(word)):
        return toks[0].form, toks[1].form
    if len(toks) == 1 and toks[0].tag == "NNP" and toks[0].len == len(word):
        # one proper noun to Kiwi (보령댐, 김포공항): its last syllable or two name the kind when
        # what stands before them is a proper noun of its own
        for k in (2, 1):
            stem = word[:-k]
            # (a place's unit, 부산시, 가람군, is left to _other_place_bound)
            if len(stem) >= 2 and re.fullmatch(r"[가-힣]+", word[-k:]) and word[-k:] not in _PLACE_UNITS \
                    and _one_proper_noun(stem):
                return stem, word[-k:]
    return None


# (the units a place is named with, and 리, a village's)
_PLACE_UNITS = frozenset({*ADMIN_SUFFIXES, "리"})


@lru_cache(maxsize=4096)
def _one_proper_noun(word: str) -> bool:
    toks = pos(word)
    return len(toks) == 1 and toks[0].tag == "NNP" and toks[0].len == len(word)


# the units of a place that name the same level (a city in full or short, a province)
_UNIT_LEVELS = {"광역시": "시", "특별시": "시", "특례시": "시", "특별자치시": "시", "시": "시",
                "특별자치도": "도", "도": "도", "군": "군", "구": "구"}
_UNITS_LONGEST_FIRST = sorted(_UNIT_LEVELS, key=len, reverse=True)  # (특별자치시 before 시)


def _same_place(a: str, b: str) -> bool:
    """``a`` and ``b`` name one place however its unit is written ("광주광역시" and "광주시"), not
    two of the same stem at other levels ("광주군" is no 광주시)."""
    def level(w: str) -> str | None:
        return next((_UNIT_LEVELS[u] for u in _UNITS_LONGEST_FIRST if w.endswith(u) and len(w) > len(u)), None)
    return place_stem(a) == place_stem(b) and level(a) == level(b)


def _other_named_bound(question: Question, text: str, f) -> bool:
    """The question asks of one thing of a kind by its name (청주공항) and the figure's own clause
    names another of that kind and not the one asked ("…김포공항 청사는 2500억원을 들여"):
    the figure is the other's. The other's name is a proper noun before the same noun."""
    if f.kind == "ordinal" and _RANKED_AFTER.search(text[max(0, f.start - 24):f.start]):
        return False  # "…안동댐(12억t)에 이어 5번째 규모": the others named are those ranked before it
    clause = _figure_own_clause(text, f)
    words = [PARTICLE_END.sub("", w) for w in re.findall(r"[가-힣A-Za-z]+", clause)]
    for c in question.hard:
        named = _named_with_head(squash(c.text)) if c.kind == "name" else None
        # (or a name of common words ending in a kind of body, 하나은행: Kiwi reads no proper noun
        # in it, and the other's is then any other word before the kind, 국민은행)
        # (a figure's only: a date's clause may open with the body holding an event elsewhere,
        # "가람박물관은 5일 나래박물관 건립 현장에서 기공식을")
        common = _named_by_kind(squash(c.text)) if (
            named is None and c.kind == "name" and question.asks in ("amount", "count", "percent", "measure")) else None
        named = named or common
        if named is None:
            continue
        stem, kind = named
        if stem in squash(clause):
            continue
        # (not the asked name's own tail: "시립도서관은" of 가람시립도서관 is it, said short)
        # (nor the asked name said in full: "광주광역시의회" is the 광주시의회 asked, at its level)
        if any(w.endswith(kind) and len(w) - len(kind) >= 2 and w[:-len(kind)] != stem
               and not _same_place(w[:-len(kind)], stem) and not squash(c.text).endswith(w)
               and (common or _one_proper_noun(w[:-len(kind)])) for w in words):
            return True
    return False


# the owner or the topic of a figure's clause named in Latin letters, two or more ("DB손보의 …
# 순이익은 1636억원", "SK가스는 …"; one letter, "A씨는", "B사의", hides a person or a firm)
_OWNER_WORD = re.compile(r"(?<![가-힣A-Za-z0-9])([A-Za-z]{2,}[A-Za-z가-힣]{0,10})(?:의|은|는)(?=\s)")
_TITLE_AFTER = re.compile(r"\s*(?:" + TITLES + r")(?![가-힣])")


def _another_owner_named(question: Question, text: str, f, hay: str) -> bool:
    """The question asks of firms or bodies by name (삼성화재), none of which the sentence says,
    and the figure's own clause is said of another firm, its owner or its topic ("DB손보의 2022년
    4분기 당기순이익은 1636억원"): the figure is the other's. Only a name that begins in Latin
    letters (SK가스, DB손보) is surely a firm's: a Hangul proper noun as owner may be a place said
    bare ("거제의 자생 식물") or a person ("오세훈은"). Not a person's title after it, not the
    asked one said short; not when a place is asked (left to the place rules)."""
    names = [c for c in question.hard if c.kind == "name"]
    clause = _figure_own_clause(text, f)
    before = clause[:clause.rfind(f.text)] if f.text in clause else clause
    qsq = squash(question.query)
    if _another_unknown_name(names, before, qsq, hay):
        return True
    if not names or any(_named_place(squash(c.text)) or any(squash(x) in hay for x in (c.text, *c.forms))
                        for c in names):
        return False
    asked = [squash(x) for c in names for x in (c.text, *c.forms)]
    for m in _OWNER_WORD.finditer(before):
        stem = squash(m.group(1))
        if not (stem in qsq or any(stem in a or a in stem for a in asked) or _TITLE_AFTER.match(before, m.end())):
            return True
    return False


def _another_unknown_name(names, before: str, qsq: str, hay: str) -> bool:
    """A Hangul name is surely a firm's or a body's when Kiwi knows no such word (에코프로,
    화유코발트): a person's or a place's it knows. The question names one, the sentence does not,
    and the clause opens with another as its topic ("화유코발트가 투자한 금액은?" over "에코프로는
    2조원을 들여"): the figure is the other's. (Places the question names beside it, 포항, are left
    to the place rules.)"""
    unknown = [c for c in names if _unknown_name(squash(c.text))]
    if not unknown or any(squash(x) in hay for c in unknown for x in (c.text, *c.forms)):
        return False
    m = _HANGUL_TOPIC.match(before)
    # (a place is no firm, though Kiwi knows no such word: "가람특별자치도는", a province's
    # new title, where the question says 가람도; left to the place rules)
    if m is None or not _unknown_name(m.group(1)) or m.group(1) in qsq or _named_place(m.group(1)):
        return False
    asked = [squash(x) for c in unknown for x in (c.text, *c.forms)]
    return not any(m.group(1) in a or a in m.group(1) for a in asked)


# the topic a clause opens with: "에코프로는 2028년까지 2조원을 들여"
_HANGUL_TOPIC = re.compile(r"\s*([가-힣]{2,10})(?:은|는)\s")


def _unknown_name(word: str) -> bool:
    """One word of three syllables or more that Kiwi does not know (에코프로, 화유코발트)."""
    toks = pos(word)
    return (len(word) >= 3 and len(toks) == 1 and toks[0].len == len(word) and toks[0].tag == "NNG"
            and bool(getattr(toks[0], "oov", False)))


# the noun phrase the question asks a figure of, marked as its topic or subject: a common noun
# saying which kind, then the noun asked ("모바일쇼핑 거래액은", "변액보험 수입보험료는") or one
# word of the two glued ("신용대출은")
_ASKED_PHRASE = re.compile(r"(?<![가-힣])(?:([가-힣]{2,10})\s)?([가-힣]{2,10}?)(?:은|는|이|가)(?=\s)")
# words before a noun that say when, how much of it or how it is counted, not which kind it is
_NO_KIND = re.compile(r"\d|^(?:올해|작년|지난해|내년|금년|전년|상반기|하반기|분기|연간|월간|하루|매월|매년|월|연|총|전체|합계"
                      r"|평균|누적|전국|국내|해외|최대|최소|최고|최저|같은|기간|동기|대비)$")


def _asked_kind_phrases(query: str) -> tuple[tuple[str, str, bool], ...]:
    """(the kind, the noun asked, whether the two are glued) of the question's first topic phrase
    whose kind is common words: ("모바일쇼핑", "거래액", False), ("변액보험", "수입보험료", False);
    and of the noun's own two glued words ("5대 은행 신용대출은" -> ("은행", "신용대출", False),
    ("신용", "대출", True))."""
    for m in _ASKED_PHRASE.finditer(query):
        kind, noun = m.group(1), m.group(2)
        out = []
        if kind and not _NO_KIND.search(kind) and all(t.tag == "NNG" for t in pos(kind)):
            out.append((kind, noun, False))
        out += [(*p, True) for p in noun_pairs(noun) if squash(p[0] + p[1]) == squash(noun) and not _NO_KIND.search(p[0])][:1]
        if out:
            return tuple(out)
    return ()


def _item_of_list(text: str, f) -> bool:
    """The figure is an item of a labelled list of its unit (figures.labelled_list)."""
    return bool(list_around(text, f)[0])


def _another_kind_labels(question: Question, text: str, f) -> bool:
    """The question asks a figure of one kind of a thing ("모바일쇼핑 거래액은?", "신용대출은 얼마나
    늘었어?") and the noun labelling the figure in its own clause, the nearest before it, is said of
    another kind ("온라인쇼핑 거래액은 8조6991억 원", "가계대출이 이달에만 2조원", "온라인쇼핑 거래액 중
    모바일쇼핑 거래액은 … 32.4% 늘었다" for the whole): the figure is the other's. The kinds are
    common nouns right before the noun, one holding the other is the same kind said short or long
    (버스 요금, 시내버스 요금); a word of time or of how much (올해, 총, 평균) says no kind."""
    clause = _figure_own_clause(text, f)
    before = clause[:clause.rfind(f.text)] if f.text in clause else clause
    # (read once per question, _asked: this runs for every figure of every scored sentence)
    for kind, noun, asked_glued in _asked(question).kinds:
        kind = squash(kind)
        unsaid = kind not in squash(text)
        # (the kind asked nowhere in the sentence: any label of the noun before the figure says
        # whose the figures after it are, "…어업생산량은 총 101만 톤으로, 2017년(93만 톤)에 비해"; the
        # noun as written or spaced, "생산금액" in "어업생산 금액은")
        spelled = r"\s?".join(map(re.escape, noun)) if unsaid else re.escape(noun)
        hay = text[:f.start] if unsaid else before
        # (a figure in brackets after the noun is labelled by it: "공공임대주택(98가구)")
        labels = list(re.finditer(rf"(?:([가-힣]{{2,10}})\s|(?<=[가-힣]))?({spelled})(?:은|는|이|가|을|를|의|도|\s|\(|$)", hay))
        if not labels:
            continue
        m = labels[-1]  # the nearest label before the figure
        glued = m.group(1) is None
        if not glued:
            other = m.group(1)
        else:
            word = re.search(r"([가-힣]+)$", hay[:m.start(2)])
            other = word.group(1) if word else ""
        other = squash(other)
        if len(other) < 2 or _NO_KIND.search(other) or other in kind or kind in other:
            return False
        if not glued and (said := pos(other)) and said[-1].tag.startswith("J") and said[-1].form != "의":
            # a word with its particle is a phrase of its own, no kind of the noun: "선발될 인원은
            # 주간조 20명" labels the figure by the very noun asked
            return False
        if unsaid and (((glued or len(other) >= 3) and all(t.tag == "NNG" for t in pos(other)))
                       or _item_of_list(text, f)):
            # the kind asked is nowhere in the sentence and another is glued to the noun ("꽃게
            # 생산량은?" over "…연근해 어업생산량은 총 101만 톤", a total or not), or the figure is
            # an item of a list by kinds ("어종별 생산량을 보면 멸치는 6만4000톤, 고등어 …"): the
            # figure is the other's; so with a compound apart before the noun, "원양어업 생산량이"
            # (a short word apart may say how it is counted, "기준 보증사고율은", as below)
            return True
        if f.total:
            return False  # "…, 지역일자리 81명으로 총 172명": the sum of the kinds listed before it
        # a kind is a sibling of the one asked when both are glued to the noun (가계대출, 신용대출)
        # or both stand apart and end alike (온라인쇼핑, 모바일쇼핑); any other word before the
        # noun may say whose it is or how it is counted ("소관 예산", "대회 총상금", "기준
        # 최저경쟁가격", "고용보험 상시가입자", "뉴딜 시범사업")
        if glued != asked_glued:
            return False
        return (glued or (len(kind) >= 3 and len(other) >= 3 and kind[-2:] == other[-2:])) \
            and all(t.tag == "NNG" for t in pos(other))
    return False


# (sorted once: _named_by_kind runs for every figure of every scored sentence)
_BODY_KINDS_LONGEST_FIRST = tuple(k for k in sorted(BODY_KINDS, key=len, reverse=True) if len(k) >= 2)


def _named_by_kind(word: str) -> tuple[str, str] | None:
    """A name ending in a kind of body or place it is one of (하나은행 -> 하나, 은행; 가람대학교 ->
    가람, 대학교), its stem two syllables or more, or None."""
    kind = next((k for k in _BODY_KINDS_LONGEST_FIRST if word.endswith(k)), None)
    return (word[:-len(kind)], kind) if kind and len(word) - len(kind) >= 2 else None


# a rank said after those before it: "…에 이어 5번째", "…다음으로 두 번째"
# (a run of years may stand between: "…싱가포르항에 이어 5년 연속으로 세계 4위")
_RANKED_AFTER = re.compile(r"(?:에\s*이어|다음으로|뒤를\s*이어)\s*(?:\d+\s*년\s*(?:째\s*)?연속(?:으로)?\s*)?(?:국내|세계|전국)?\s*$")


# a count of items ended with 등, the figure right after it: "가람파크 건립 등 88건·1533억 원",
# "…사업 등 5개 사업에 총 30억 원"
_LISTED_COUNT = re.compile(r"등\s*(\d[\d,]*)\s*(?:건|개|곳|개소|종|개\s*사업)\s*(?:[·,]|의|에|으로|에\s*걸쳐)?\s*"
                           r"(?:총|모두|전체)?\s*(?:[가-힣]{1,4}\s)?$")


def _sum_of_listed(question: Question, text: str, f) -> bool:
    """The question names one thing ("가람파크 건립 총사업비는?") and the figure follows a count of
    many ended with 등 that names it first ("가람파크 건립 등 88건·1533억 원"): the sum of them all,
    not the one asked's (a question asking the count or the sum of them all names the count)."""
    if re.search(r"몇|모두|합쳐|전부|다\s*해서", question.query):
        return False
    if _named_in_listed(question, text, f):
        return True
    before = text[max(0, f.start - 30):f.start]
    m = _LISTED_COUNT.search(before)
    if m is None or int(m.group(1).replace(",", "")) < 2:
        return False
    items = squash(own_clause(text, max(0, f.start - 30) + m.start()))
    return any(len(form) >= 2 and form in items for c in question.hard if c.kind in ("name", "subject")
               for form in c.forms)


# names listed with commas and closed by 등 ("중국 CNGR, 화유코발트 등"): some of many. (Each item is
# words joined by one space: with the space optional, a long run of letters splits into words
# in exponentially many ways, and a sentence with commas and no 등 backtracks for minutes.)
_LISTED_WITH_ETC = re.compile(r"([^\s,·]+(?:\s[^\s,·]+){0,2}(?:\s*[,·]\s*[^\s,·]+(?:\s[^\s,·]+){0,2})+)\s*등"
                              r"(?:이|은|는|을|를|의|에서|에|과|와|도)?(?![가-힣])")
# a figure said of each: "각각 2조원", "2조원씩"
_EACH = re.compile(r"(?<![가-힣])각(?:각|\s)")


def _named_in_listed(question: Question, text: str, f) -> bool:
    """The figure's clause lists the name the question asks of as the doer among others, closed
    by 등, before it ("CNGR, 화유코발트 등 … 7조 4000억원 규모의 투자를 유치"): the sum of them
    all, not the one asked's — unless the figure is said of each ("각각 2조원", "2조원씩")."""
    # (the commas of the list break clauses: the words before the figure, back to a clause's end)
    before = re.split(r"[.;]|(?:고|며|지만|는데)\s", text[max(0, f.start - 80):f.start])[-1]
    if _EACH.search(before[-12:]) or text.startswith("씩", f.end):
        return False
    # (the name asked as the doer, "화유코발트가 투자한 금액은?": what it did alone; a thing's sum
    # asked by its noun, "가람 박람회 예산은?", is read off the group's unless asked apart)
    names = [form for c in question.hard if c.kind == "name"
             and re.search(re.escape(c.text) + r"(?:이|가)\s", question.query)
             for form in c.forms if len(form) >= 2]
    qsq = squash(question.query)
    for m in _LISTED_WITH_ETC.finditer(before):
        items = [squash(x) for x in re.split(r"[,·]", m.group(1))]
        mine = [it for it in items if any(n in it for n in names)]
        # (not when the question lists the others too: "CNGR·화유코발트 등에서 유치한 투자는?")
        if len(items) >= 2 and mine and not any(it[-3:] in qsq for it in items if it not in mine):
            return True
    return False


def _over_many_of_kind(question: Question, text: str, f) -> bool:
    """The question asks of one thing of a kind by its name (인천공항) and the figure's own clause
    counts many of that kind without naming it ("전국 14개 공항에서 하루 평균 24만 6,000명"): the
    figure is of them all, not of the one asked."""
    clause = _figure_own_clause(text, f)
    for c in question.hard:
        named = _named_with_head(squash(c.text)) if c.kind == "name" else None
        if named is None or named[0] in squash(clause):
            continue
        if re.search(rf"\d+\s*개\s*{re.escape(named[1])}(?:에서|에|의|이|가|은|는|을|를)?(?![가-힣])", clause):
            return True
    return False


def _other_subject_bound(question: Question, text: str, f) -> bool:
    """The question asks of a thing by its proper name (코스맥스) and the figure's own clause has
    another proper name as the owner of the very noun asked ("한국콜마의 매출은 19.80%",
    the one asked named only beside it): the figure is the other's."""
    names = [squash(c.text) for c in question.hard if c.kind == "name"]
    terms = [squash(c.text) for c in question.constraints if c.kind in ("term", "subject") and len(squash(c.text)) >= 2]
    if not names or not terms:
        return False
    clause = _figure_own_clause(text, f)
    if any(n in squash(clause) or place_stem(n) in squash(clause) for n in names):
        return False
    query = squash(question.query)
    for m in _OWNER_OF.finditer(clause):
        owner, noun = m.group(1), m.group(2)
        if owner not in query and any(noun.startswith(t) for t in terms) and _one_proper_noun(owner):
            return True
    return False


# a noun's owner before it: "한국콜마의 매출은"
# (its owner, with 의: a topic, "유한양행은 계약금 5000만 달러를 받고", may be another kind of thing
# than the one asked, a firm receiving for its drug)
_OWNER_OF = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{2,})의\s+([가-힣]{2,})")


def _words_before_figure(clause: str) -> list[str]:
    """The words of a clause before its first figure ("현재 백령도 왕복 뱃삯은 13만3000원" ->
    현재, 백령도, 왕복, 뱃삯은)."""
    found = figures(clause)
    return (clause[:found[0].start] if found else clause).split()


# kinds split into sides that exclude each other (a general Korean list): a figure said of one
# side is not the other's
_SIDES = (("수도권", "지방", "비수도권"), ("국내", "해외", "국외"), ("남성", "여성"), ("남자", "여자"),
          ("남학생", "여학생"), ("내국인", "외국인"), ("정규직", "비정규직"), ("초등학생", "중학생", "고등학생", "대학생"),
          ("초등학교", "중학교", "고등학교"), ("평일", "주말"), ("공공", "민간"), ("전세", "월세"))


def _side_named(word: str, text: str) -> bool:
    # as a word or a compound's first part ("민간소각장"), not inside another (지방 of 지방세 is
    # a side; 대학생 is no 중학생)
    return re.search(rf"(?<![가-힣]){word}", text) is not None


def _other_of_pair(query: str, text: str, f) -> bool:
    """The question names one side of a kind split in sides (지방 대학생, 여성 취업자, 민간 소각장)
    and the sentence names another side of it before the figure and never the one asked: the
    figure is the other side's."""
    for sides in _SIDES:
        asked = [w for w in sides if _side_named(w, query)]
        if len(asked) != 1:
            continue
        if _side_named(asked[0], text):
            return False
        if any(_side_named(w, text[:f.end]) for w in sides if w != asked[0]):
            return True
    return False


# the suffixes Korean derives a group or a kind with: 사망자 and 부상자, 비닐류 and 플라스틱류 are
# siblings, each another group than the other
_GROUP_SUFFIX = re.compile(r"([가-힣]{2,})(자|류)(?:은|는|이|가|도)\s*(?:[가-힣]+\s+){0,1}$")


def _sibling_counted(question: Question, text: str, f) -> bool:
    """The figure's own clause says it of a group ("사망자는 3150명", "플라스틱류가 21.8%") whose
    suffix a noun of the question shares with another stem ("부상자", "비닐류"), the question's
    group unsaid in the clause: the figure is the sibling group's."""
    clause = _figure_own_clause(text, f)
    m = _GROUP_SUFFIX.search(clause[:clause.rfind(f.text)] if f.text in clause else clause)
    if m is None:
        return False
    stem, suffix = m.group(1), m.group(2)
    query = squash(question.query)
    asked = re.findall(rf"([가-힣]{{2,}}){suffix}(?![가-힣])|([가-힣]{{2,}}){suffix}(?:은|는|이|가|을|를|도|의|만)", question.query)
    stems = {a or b for a, b in asked}
    return bool(stems) and stem not in query and not any(st.endswith(stem) or stem.endswith(st) for st in stems) \
        and not any(st + suffix in squash(clause) for st in stems)


# places and bodies said as many ("선정된 곳들에는", "참여 지자체들의"): a figure said of them is
# their sum or each one's, not the one named's
_MANY_PLACES = re.compile(r"(?:곳|지역|지자체|도시|시군|시도|단지|사업지|기관|학교|국가|나라)들(?:에는|에서는|에서|에|의|은|는|이|가)(?![가-힣])")


_PLACES_COUNTED_BEFORE = re.compile(r"(?<![\d,.])(\d+)\s*(?:곳|개소|군데)\s*(?:에|에서|에는|에게)\s*$")


def _said_of_many(question: Question, text: str, f) -> bool:
    """The question names one place or body and the figure's own clause is said of many of them
    ("선도사업 지역으로 선정된 곳들에는 현재 약 2400가구"), naming none asked."""
    names = [c for c in question.constraints if c.kind == "name" and len(c.text) >= 2]
    if not names:
        return False
    clause = _figure_own_clause(text, f)
    # (or said of a count of places right before it, "시설 현대화 5곳에 25억5900만원", when the
    # question names one thing of its own, not only the province or city they are in: all five's,
    # unless each gets it, "3곳에 각 10억원씩", or the question asks of them all, "5곳 지원 규모는?")
    counted = _PLACES_COUNTED_BEFORE.search(text[max(0, f.start - 12):f.start])
    many = _MANY_PLACES.search(clause) is not None or (
        counted is not None and int(counted.group(1)) >= 2
        and any(not ADMIN_NAME.search(squash(c.text)) for c in names)
        and not re.search(r"각|씩", text[max(0, f.start - 12):f.end + 3])
        and not re.search(r"몇|모두|합쳐|전부|총|전체|\d\s*(?:곳|개소|군데)", question.query))
    return many and not any(
        any(form in squash(clause).lower() for form in c.forms) for c in names)


def _side_by_side_other(question: Question, text: str, f, hay: str) -> bool:
    """The sentence gives the same attribute of several things side by side, each clause opening
    with its own name ("백령도 왕복 뱃삯은 13만3000원, 연평도 왕복 뱃삯은 10만9000원"), and the
    name the question asks of is not among them (대청도, said elsewhere in the article): each
    figure is another's. The names compared are of one kind: they end alike (…도, …군) or Kiwi
    reads the one beside the figure as a proper noun — "청년은 월 20만원, 신혼부부는 30만원"
    names no place, and a place asked (부산) is not missing from it in that sense."""
    missing = [c for c in question.hard if c.kind == "name"
               and not any(squash(x) in hay for x in (c.text, *c.forms))]
    if not missing:
        return False
    own = own_clause(text, f.start).split()
    if len(own) < 2:
        return False
    n = 1 if len(own) == 2 else 2  # the words the clauses share before their figures (왕복 뱃삯은)
    shared, name = own[-n:], own[-n - 1]
    others = [ws[-n - 1] for m in re.finditer(r"[^,，;]+", text) if not (m.start() <= f.start < m.end())
              for ws in [_words_before_figure(m.group(0))] if len(ws) > n and ws[-n:] == shared and ws[-n - 1] != name]
    if not others:
        return False
    bare = re.sub(r"(?:의|은|는)$", "", name)  # (not 도: 백령도 is a name ending in 도)
    return len(bare) >= 2 and any(squash(c.text)[-1:] == bare[-1:] or any(t.tag == "NNP" for t in pos(bare))
                                  for c in missing)


# a figure asked of one sector ("사회복지 분야 예산은?", "청년창업 부문에서 만드는 일자리"): the
# sentence stating it names the sector; the whole budget or another sector's figure does not
# (분야별, 부문별 say "by sector", naming none: "가람 분야별 예산에서 환경 쪽은?")
# (not the sectors counted: "평가 분야 몇 개였어요?" asks how many there are, of no one sector)
_SECTOR = re.compile(r"([가-힣A-Za-z0-9·]{2,})\s*(?:분야|부문)(?!별)(?!\s*(?:은|는|이|가|가\s*모두|는\s*모두)?\s*(?:몇|총\s*몇))")


def _names_sector(hay: str, sector: str, parts: tuple[str, ...]) -> bool:
    """The sentence (squashed) names the sector, whole or by each of its nouns (청년 직접일자리)."""
    return sector in hay or (bool(parts) and all(p in hay for p in parts))


class _Asked(NamedTuple):
    """What figures_of_kind reads from the question, once per question rather than once per
    sentence scored (it is called for every sentence of the top passages)."""

    figures: frozenset  # the figures and years the question states itself
    years: frozenset  # the years it asks of (2025년)
    centuries: frozenset  # the centuries it asks of (19세기)
    payers: frozenset  # the payers it names (국비, 시비)
    sector: tuple | None  # (the sector squashed, its nouns): "사회복지 분야 예산은?"
    event: str | None  # the event of a day asked by its noun (착공일 -> 착공)
    money: str | None  # the kind of sum asked by its noun (요금 -> fee, 예산 -> programme)
    per: bool  # a rate is asked: per person, per month, each (1인당, 한 달에, 얼마씩)
    period: str | None  # … per a stretch of time, said as one ("한 달에" -> 달, "1년에" -> 년, "하루에")
    year_offsets: frozenset  # the years counted from the article's date it asks of (올해 -> 0, 작년 -> -1)
    places: tuple  # the places it names by their unit, as names (강서구, 서울시: Constraints)
    whole: tuple | None  # (value, unit) of a whole the question asks a part of ("12억 중에 국비는")
    per_person: str | None  # the rate per a person or household it asks, as written ("1인당", "가구당")
    cap: bool  # a ceiling asked: 한도 asked, or a rate asked with 최대 ("단체당 최대 얼마까지")
    months: frozenset  # the months it asks of (10월 -> 10)
    route_ends: tuple  # the names it gives, squashed: the two ends of a route when there are two
    per_measure: str | None  # the measure a price is asked per, canonical ("kWh당 얼마" -> kwh, "리터당" -> l)
    way: frozenset  # the way of the change asked ("얼마나 줄었어?" -> {"down"}), empty when none
    kinds: tuple  # (kind, noun, glued) of the thing asked by its kind (_asked_kind_phrases)


# "도와 시군이 각각 얼마씩 내?": the share of each of the parts the question names before 각각, no
# rate per head ("수상자 3명은 각각 얼마씩", "각각 한 명당 얼마씩" keep theirs)
_EACH_OF_NAMED = re.compile(r"[가-힣]{1,8}(?:와|과|이랑|랑|및)\s*[가-힣]{1,8}?(?:이|가|은|는|에서|에)?\s+각각\s*(?:얼마|몇\s*[가-힣]+)씩")


@lru_cache(maxsize=256)
def _asked(question: Question) -> _Asked:
    cs = question.constraints
    m = _SECTOR.search(question.query)
    sector = (squash(m.group(1)), tuple(t for t in tokenize(m.group(1)) if len(t) >= 2)) if m else None
    event = day_action(question.head) if question.asks == "date" else None
    return _Asked(
        figures=frozenset(f for c in cs if c.kind in ("number", "time", "bound", "reported") for f in c.forms),
        years=frozenset(y for c in cs if c.kind == "time" for y in [_year_of(squash(c.text))] if y is not None),
        centuries=frozenset(int(m.group(1)) for c in cs if c.kind == "time"
                            for m in [re.fullmatch(r"(\d{1,2})세기", squash(c.text))] if m),
        payers=frozenset(p for p in PAYERS if p in squash(question.query)),
        sector=sector, event=event, money=_money_asked(question),
        per=bool(_PER_ASKED.search(_EACH_OF_NAMED.sub("", question.query))), period=period_asked(question.query),
        year_offsets=frozenset(YEARS_FROM_DATE[c.text] for c in cs if c.kind == "time" and c.text in YEARS_FROM_DATE),
        places=tuple(c for c in cs if c.kind in ("name", "term", "subject") and _admin_place(c.text)),
        whole=_whole_asked(question.query),
        per_person=pp.group(0) if (pp := _PER_PERSON.search(question.query)) else None,
        cap=question.head in _CAP_HEADS or bool(_PER_ASKED.search(question.query) and _CAP_ASKED.search(question.query)),
        months=frozenset(int(m.group(1)) for c in cs if c.kind == "time" for m in _MONTH.finditer(c.text)),
        # (a route constraint gives its two ends as its forms: "청량리~부전" is 청량리 and 부전)
        # (two names are a route's ends only when the question goes from one to the other: the
        # place and the district of "가람군 다온지구에서 정비하는 구간" are no route)
        route_ends=tuple(squash(f) for c in cs if c.kind in ("name", "route")
                         for f in (c.forms if c.kind == "route" else (c.text,)))
        if any(c.kind == "route" for c in cs) or _GOES_TO.search(question.query) else (),
        per_measure=next(iter(_measures_per(question.query)), None),
        way=asked_way(question), kinds=_asked_kind_phrases(question.query))


@lru_cache(maxsize=4096)
def _uses(text: str) -> frozenset:
    """The uses ``text`` names by a noun with the suffix 용 (산업용, 주택용, 가정용, 업무용)."""
    toks = pos(text)
    return frozenset(a.form + "용" for a, b in zip(toks, toks[1:])
                     if a.tag in ("NNG", "NNP") and b.form == "용" and b.tag == "XSN" and a.start + a.len == b.start)


def _another_use(query: str, text: str, f) -> bool:
    """The question asks of one use ("산업용 도시가스 요금은?") and the figure's own clause names
    others, not it ("도시가스 민수용(주택용·일반용) 요금을 … 1.04원 인상"): a tariff, a fleet, a
    stock is split by use, and one use's figure is not another's."""
    asked = _uses(query)
    if not asked:
        return False
    said = _uses(_figure_own_clause(text, f))
    return bool(said) and not asked & said


# a measure a figure is given per: "리터당", "kWh당", "1㎾h(킬로와트시)당", "MJ(메가줄)당" (a gloss in
# brackets between the unit and 당)
_MEASURE_PER = re.compile(r"(?<![가-힣A-Za-z])(\d*\s*(?:[A-Za-z\u3380-\u33df\u2113]{1,4}|리터|톤|킬로그램|그램))"
                          r"\s*(?:\([^()]{1,12}\))?\s*당")


def _measures_per(text: str) -> list[str]:
    """The measures ``text`` gives a figure per, canonical: "kWh당", "㎾h당" -> kwh; "리터당",
    "ℓ당" -> l. Only units of measure: "SKT당" or "1인당" name no measure."""
    out = []
    for m in _MEASURE_PER.finditer(text):
        unit = unicodedata.normalize("NFKC", re.sub(r"^[\d\s]+", "", m.group(1))).lower()
        if unit and (unit_kind(unit) == "measure" or unit in _ENERGY_UNITS):
            out.append(canonical_unit(unit).lower())
    return out


# energy units gas and heat are priced per, which the unit table does not hold (figures are not
# counted in them, only priced per them)
_ENERGY_UNITS = frozenset({"mj", "gj", "kcal", "mcal", "gcal"})


# a price written per a measure right after it: "294원/kWh", "1,500원/kg"
_SLASH_MEASURE = re.compile(r"\s?/\s?([A-Za-z\u3380-\u33df\u2113]{1,4})(?![A-Za-z])")


def _price_per_measure(text: str, f) -> bool:
    """The figure is a price per a measure: written "294원/kWh", or after "kWh당" a few words
    before it ("㎾h당 각각 7원")."""
    m = _SLASH_MEASURE.match(text, f.end)
    if m and _measures_per(m.group(1) + "당"):
        return True
    per = _denominator_before(text, f)
    return per is not None and bool(_measures_per(per))


def _denominator_before(text: str, f) -> str | None:
    """The nearest denominator with 당 before the figure, a few words between at most ("㎾h당
    각각 7원" -> "㎾h당"), or None."""
    before = text[max(0, f.start - 30):f.start]
    pers = list(_DENOMINATOR.finditer(before))
    return pers[-1].group(0) if pers and len(before) - pers[-1].end() <= 12 else None


def _other_measure_rate(question: Question, text: str, f) -> bool:
    """A price asked per a measure ("전기요금을 kWh당 얼마 올려?", "수소 1kg당 얼마?") and the figure
    is said per another thing ("1곳당 평균 5400만 원", "㎾h당" asked, "MJ당" said) or, per nothing,
    as a month's or a household's bill ("4인 가구의 월 전기요금은 약 2270원"): not the price asked.
    A figure said per nothing and of no period may still be it ("등유 평균 가격은 군산 1,003원":
    prices are quoted per litre unsaid)."""
    unit = _asked(question).per_measure
    if unit is None:
        return False
    before = text[max(0, f.start - 30):f.start]
    # the nearest 당 before the figure, a few words between at most ("㎾h당 각각 7원")
    per = _denominator_before(text, f)
    if per is not None:
        return unit not in _measures_per(per)
    # (said per nothing: a price, labelled so before it, not a bill nor another sum: "미수금은 …
    # 8조6000억원")
    return (period_said(text, f) is not None or _BILL_LABEL.search(before) is not None
            or not _PRICE_LABEL.search(text[:f.start]))


# what a price is labelled by: "요금", "가격", "등유값", "단가", "이용료"
_PRICE_LABEL = re.compile(r"요금|가격|값|단가|시세|료(?![가-힣])|료[은는이가을를]")
# a bill's label: a household's or a month's ("4인 가구의 월 전기요금은", "세대당")
_BILL_LABEL = re.compile(r"가구|세대|(?<![가-힣\d])월\s")
# a denominator with 당, whatever it counts: "1곳당", "가구당", "㎾h(킬로와트시)당"
_DENOMINATOR = re.compile(r"[^\s(]+\s*(?:\([^()]{1,12}\))?\s*당(?![가-힣])")


def _whole_asked(query: str) -> tuple | None:
    """The figure a question takes a part of: "사업비 12억 중에 국비는 얼마야?" -> (12억, ""),
    "30명 가운데 몇 명이" -> (30, 명). The part asked is no larger than it."""
    for f in figures(query):
        if f.value is not None and _AMONG_AFTER.match(query, f.end):
            return f.value, f.unit
    return None


_AMONG_AFTER = re.compile(r"\s*(?:중|가운데)(?:에서|에|의)?(?:\s|$)")


def asks_rate(question: Question) -> bool:
    """The question asks a rate: per person, per month, each (1인당, 한 달에, 얼마씩, 해마다)."""
    return _asked(question).per


# A rate asked (얼마씩, 1인당, 가구당, 한 달에, 매달) and how a sentence says one: 씩, X당, 각,
# 매월, 월 20만원, 연 100만원, 하루, and any counted noun with 당 right before a figure (경영체당
# 70만원), as the question may ask with any noun (X당). A sentence saying none gives a whole, not
# the rate asked.
# (not any word ending in 당: 수당, 정당, 식당 are things; "공익수당 올해 총예산은?" asks a whole)
# (한 번에, 1회에 ask what fits at once, "한번에 몇명 들어갈 수 있어?": a capacity, not a rate)
# the measures and pieces a price is given per ("1kg에", "한 근에", "kg당")
_PER_MEASURE = "kg|㎏|g|킬로그램|킬로|그램|근|톤|리터|L|ℓ|㎡|평|마리|병|상자|박스|판|접시|인분"
_PER_ASKED = re.compile(r"씩|(?<![가-힣\d])(?:1|한)\s*(?:인|명|사람|가구|곳|달|해|회|번|건)\s*당"
                        # each time or each one apart: "한 건 할 때마다", "건마다", "사람마다"
                        r"|때마다|(?<![가-힣])(?:건|회|번|명|사람|가구|곳)\s*마다"
                        r"|(?<![가-힣\d])(?:1|한)\s*(?:인|명|사람|가구|곳|달|해|건)\s*에"
                        # one of several asked apart: "프로젝트 하나에 국비 얼마", "사업 하나당"
                        r"|(?<![가-힣])하나\s*(?:에|당)"
                        # a price per measure or piece: "1kg에 얼마", "한 근에", "1마리에"
                        r"|(?<![가-힣\d])(?:1|한)\s*(?:" + _PER_MEASURE + r")\s*(?:에|당)"
                        r"|(?<![가-힣\d])(?:1|매)\s*[가-힣]{1,5}당(?:\s|$)|(?<![가-힣\d])한(?:\s+[가-힣]{1,5}|[가-힣]{2,5})당(?:\s|$)|(?<![가-힣])[인명구곳회건개호]당(?:\s|$)"
                        # per hour (not 분당, a town as often)
                        r"|(?<![가-힣])시간당"
                        r"|(?:세대|가구|기관|학교|업체|기업|농가|가정|개소|사람|팀|단체|과제|마을|점포|업소|시설|대학)당(?:\s|$)"
                        r"|매달|매월|매년|해마다|분기별|분기마다|매\s*분기")
# a rate asked per a stretch of time ("한 달에 얼마씩", "1년에 몇 명"), and what says a figure is
# one: a period word before it ("월 20만 원", "매년 200만 원", "연간 120만원") or 씩 after it
# (매년, 매달 alone name the figure, "매년 이자 지출액은?" <- "2010년 22조 9000억원": not a rate)
# (a month or a day also before the sum it is the period of: "한 달 이자는", "하루 이용료" — not
# 한 달 동안, 한 달 만에, 하루 총 몇 회; a year so said is as often the whole: "한 해 예산"; nor
# after the month or year it is the whole of: "2019년 1월 한 달 창업기업은", "2023년 한 해에")
_PERIOD_ASKED = re.compile(r"(?<![가-힣\d])(?<![월년]\s)(?:1|한)\s*(달|해|주|년|학기)\s*에"
                           # (not the stretch a change is counted over: "한 달 사이에 얼마나 늘었어?")
                           r"|(?<![가-힣\d])(?<![월년]\s)(?:1|한)\s*(달)\s(?=(?!동안|간|만|전|후|뒤|이상|이내|내|째|총|모두|전체|사이|새)[가-힣])"
                           r"|(하루)(?:에|\s(?=(?!동안|만|전|후|뒤|이상|이내|내|째|총|모두|전체|사이|새)[가-힣]))"
                           r"|(분기)(?:별|마다)|매\s*(분기)")
# the period a rate is said per, by kind: a month, a year, a week, a day, or another ("명절마다")
# a period opening the figure's label, "1인당 월 구매 한도는 최대 20만 원": 월/연 at a clause's
# start or after a rate's X당 (not the verb 연 of "행사를 연 시는")
_LABEL_PERIOD = r"(?:^|[,(]\s*|당\s+){p}\s+(?:[가-힣]+\s+)?[가-힣]+(?:은|는)\s*(?:최대|평균|최고)?\s*$"
# (월별, 연도별: "월별 기숙사비는 1인당 평균 23만원", each month's; not 월별로 보면, a breakdown)
# a period's mean, which labels a list item's figure a few words on ("△콘솔 게임 연평균 구매 비용
# 8만원") and says a rate per that period: 월평균, 연 평균
_PERIOD_MEAN = r"(?<![가-힣]){p}\s?평균"
_PERIOD_SAID = [("달", re.compile(r"매달|매월|월간|달마다|한\s*달|월급|월\s*환산|" + _PERIOD_MEAN.format(p="월")
                                  + r"|(?<![가-힣])월별(?!로)|(?<![\d가-힣])월\s*(?:최대|평균|최고)?\s*$|"
                                  + _LABEL_PERIOD.format(p="월"))),
                # ("한 해 10만 톤의 선박 블록을 생산": a year's)
                ("년", re.compile(r"매년|해마다|연간|연봉|한\s*해|" + _PERIOD_MEAN.format(p="연")
                                  + r"|(?<!\d)1?년간|(?<!\d)1년|년마다|(?<![\d가-힣])연\s*(?:최대|평균|최고)?\s*$|"
                                  + _LABEL_PERIOD.format(p="연"))),
                # ("1주에 약 90만원", "한 주에": a week's, as "매주" says)
                ("주", re.compile(r"매주|주마다|일주일|주급|(?<![\d.,])(?:1|한)\s*주(?:일)?\s*(?:에|당|간|동안)")),
                # ("1일 평균 320여명": a day's, not the first of the month)
                # ("1일 1만톤 규모": a day's, a figure right after; not "지난 1일", "3월 1일")
                ("하루", re.compile(r"매일|하루|날마다|일당|일급|(?<![\d.,])1일\s*(?:평균|최대|최고|당)|"
                                  r"(?<![\d.,월])(?<!월\s)(?<!지난\s)(?<!오는\s)(?<!지난)(?<!오는)1일\s+$|"
                                  # ("KTX 1일 이용객은 2만5,502명": a day's riders, its noun between)
                                  r"(?<![\d.,월])(?<!월\s)(?<!지난\s)(?<!오는\s)(?<!지난)(?<!오는)1일\s+[가-힣]{2,5}(?:이|가|은|는)\s+$|"
                                  + _PERIOD_MEAN.format(p="일"))),
                ("분기", re.compile(r"분기별|분기마다|매\s*분기|분기당")),
                ("학기", re.compile(r"학기별|학기마다|매\s*학기|학기당|(?:1|한)\s*학기")),
                ("시간", re.compile(r"시간급|시급|시간당")),
                ("other", re.compile(r"[가-힣]{2,}마다"))]
_PERIOD_OF = {"달": "달", "해": "년", "년": "년", "주": "주", "하루": "하루", "분기": "분기", "학기": "학기",
              "월": "달", "일": "하루", "날": "하루", "연": "년"}
# a period each (매년, 해마다, 매달, 날마다 …), the period a rate is asked per right before the
# question word
_EACH_PERIOD = re.compile(r"(?<![가-힣])(?:매\s*(년|해|달|월|주|일)|(해|달|날|주)\s*마다)(?![가-힣])")
_ASKED_RIGHT_AFTER = re.compile(r"\s*(?:얼마|몇)")
_BARE_PERIOD = re.compile(r"(?<![가-힣\d])(월|연)\s+(?=(?:최대|평균)?\s*(?:얼마|몇))")


def period_asked(query: str) -> str | None:
    """The stretch of time a rate is asked per: "한 달에 얼마씩" -> 달, "1년에" -> 년, "하루에"."""
    m = _PERIOD_ASKED.search(query)
    if m is None and (b := _BARE_PERIOD.search(query)):
        return _PERIOD_OF[b.group(1)]  # "1인당 월 얼마까지?": 월, 연 right before the question word
    if m is None and (e := _EACH_PERIOD.search(query)) and _ASKED_RIGHT_AFTER.match(query, e.end()):
        # "해마다 얼마씩 줘?", "매달 몇 명": a period of its own right before the question word; not
        # "매년 열리는 축제 예산은?", "매년 열리는 축제 1인당 얼마씩?", which date the event
        return _PERIOD_OF[next(g for g in e.groups() if g)]
    if m is None:
        # a pay named by its period: "최저임금 월급으로 치면 얼마?" asks a month's, not the hourly wage
        pay = _PAY_PERIOD.search(query)
        return _PAY_PERIODS[pay.group(1)] if pay else None
    return _PERIOD_OF[next(g for g in m.groups() if g)]


_PAY_PERIODS = {"월급": "달", "연봉": "년", "시급": "시간", "시간급": "시간", "주급": "주", "일당": "하루"}
_PAY_PERIOD = re.compile(r"(?<![가-힣])(" + "|".join(_PAY_PERIODS) + ")")


def _period_label_said(query: str, hay: str) -> bool:
    """The question's period and the noun it is the period of ("하루 이용료", "한 달 이자") stand
    together in the sentence (squashed ``hay``)."""
    m = re.search(r"(?<![가-힣\d])(?:(?:1|한)\s*(?:달|해|주|년)|하루)\s*([가-힣]{2,})", query)
    if not m:
        return False
    label = squash(m.group(0))
    noun = re.sub(r"(?:은|는|이|가|을|를|도|만)$", "", label)
    return len(noun) > len(label) - len(m.group(1)) + 1 and noun in hay


# the measures that pile up over time, asked per a period as sums are ("하루 몇 톤 공급해?"): of
# weight, volume and energy, not a length or a temperature
_FLOW_UNITS = frozenset({"t", "kg", "g", "㎥", "l", "ml", "kwh", "mwh", "배럴"})


# the nouns of a period a question says a rate per ("하루 경비"), by period_said's kinds
_PERIOD_NOUNS = {"하루": "하루", "한달": "달", "한해": "년", "일주일": "주"}


# the nouns of a start asked ("시작일은?", "개시 일자"), and the date a time runs from
_START_NOUNS = frozenset({"시작", "개시"})
_RUNS_FROM = re.compile(r"\s*부터(?![가-힣])")


def period_said(text: str, f) -> str | None:
    """The stretch of time the clause before figure ``f`` says it is per, the nearest one."""
    start = f.start
    # (the end of a change, "6120만원에서 6043만원으로", is said per the period its start is)
    if m := re.search(r"\d[\d,.]*\s*[가-힣]{0,3}\s*에서\s*$", text[max(0, start - 20):start]):
        start = max(0, start - 20) + m.start()
    # (… and the size of the change after both, "11만9328원에서 12만2727원으로 3399원 증가": per
    # the period its start is)
    elif m := re.search(r"\d[\d,.]*(?:[만억천조]\d[\d,.]*)*\s*[가-힣]{0,3}\s*에서\s*"
                        r"\d[\d,.]*(?:[만억천조]\d[\d,.]*)*\s*[가-힣]{0,3}\s*으?로\s*$", text[max(0, start - 40):start]):
        start = max(0, start - 40) + m.start()
    before = text[max(0, start - 30):start]
    found = [(m.end(), kind) for kind, rx in _PERIOD_SAID for m in rx.finditer(before)]
    return max(found)[1] if found else None


# a period written after the figure with a slash, as tables and notices do: "8명/1일", "3만원/월"
_PERIOD_AFTER = re.compile(r"\s*/\s*(?:1\s*)?(일|월|달|년|주)(?![가-힣])")
_PERIOD_OF_SLASH = {"일": "하루", "월": "달", "달": "달", "년": "년", "주": "주"}


def _period_after(text: str, f) -> str | None:
    m = _PERIOD_AFTER.match(text, f.end)
    return _PERIOD_OF_SLASH[m.group(1)] if m else None


_PERIOD_BEFORE = re.compile(r"매달|매월|월간|매년|해마다|연간|년간|" + _PERIOD_MEAN.format(p="[월연]") + r"|한\s*달|한\s*해|하루|(?<![가-힣])월별(?!로)|(?<!\d)1년|(?<![\d가-힣])[월연]\s*(?:최대|평균|최고)?\s*$|"
                            + _LABEL_PERIOD.format(p="[월연]"))
_EACH_AFTER = re.compile(r"\s*(?:씩|까지씩)")
# a rate asked per person or household, and the ceiling a programme gives each one
_PER_PERSON = re.compile(r"(?:1|한)\s*(?:인|명|사람|가구|세대)\s*당|(?<![가-힣])(?:인|명|사람|가구|세대|개인)당")
# a rate per a stretch of time ("매년 500만원"), and one per one of many ("1명당", "가구당",
# "씩", "각 가구에", "참가자에게"): a figure said by the first alone is no rate per person
_PERIOD_RATE_SAID = re.compile(r"매년|매달|매월|해마다|연간|월간|매\s*분기")
# (not a word ending in 당 that is no rate: 해당, 정당, 식당, 수당)
_PER_ONE_SAID = re.compile(r"[가-힣](?<![수정식해상일])\s?당(?![가-힣])|씩|" + _EACH.pattern + r"|에게(?![가-힣])")
# a ceiling said: "최대 300만 원", "300만원 한도" (what each one may get at most)


def _caps(text: str, f) -> bool:
    """A ceiling is said of the figure itself ("최대 1,000만 원", "300만원 한도"), not of another
    figure of the sentence ("최대 5년간 국비 2810억원": the years are capped, not the sum)."""
    return bool(re.search(r"최대\s*$", text[max(0, f.start - 6):f.start])
                # (or the low end of a range up to one: "500만 원에서 최대 1,000만 원")
                or re.match(r"\s*(?:까지|한도|상한|이내|(?:에서|~|∼|-)\s*최대)", text[f.end:f.end + 8]))


# a ceiling asked per one: "단체당 최대 얼마까지", "1인당 최고 얼마"
_CAP_ASKED = re.compile(r"최대|최고|한도|상한")
# a rate said per another one right before a figure ("교당 2,000만원씩", "가구당 최대 30만원"), and
# the ones a rate per person is said per (not a word that ends in 당: 정당, 식당, 수당, 해당)
_PER_OTHER_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,3}?)(?<![수정식해상일])당\s*(?:최대|최고|평균)?\s*$")
_PER_GROUPS = (frozenset({"인", "명", "사람", "개인", "인원"}), frozenset({"가구", "세대"}))


def _per_group(said: str) -> int:
    """Which one a rate is said per: a person (1인당, 명당, 한 사람당), a household (가구당, 세대당),
    or another (-1: 교당, 팀당)."""
    word = re.sub(r"^(?:1|한)\s*|\s*당$", "", said.strip())
    return next((i for i, g in enumerate(_PER_GROUPS) if word in g), -1)
def rate_said(text: str) -> bool:
    """``text`` gives a figure per someone or something: "씩", "매월", "1인당" — and any noun
    with 당 glued on ("센터당 운영인력은 28명"; Kiwi tags that 당 a suffix or, after some nouns,
    a noun of its own, while 정당, 식당, 해당 stay one word)."""
    if _RATE_SAID.search(text):
        return True
    if "당" not in text:
        return False
    toks = pos(text)
    return any(t.form == "당" and t.tag in ("XSN", "NNG") and i and toks[i - 1].tag.startswith("NN")
               and toks[i - 1].start + toks[i - 1].len == t.start for i, t in enumerate(toks))


# (a word ending in 당 that is no rate: 수당 an allowance, 정당, 식당, 해당 — "튼튼수당 5억 원" is a budget line)
# ("1개 액셀러레이터 당 3억원": 당 spaced off its noun, "BI당 1억5000만∼3억원": glued to a name in letters; "액셀러레이터별로 8개 내외": each one's, not
# a breakdown's topic, 별로는, "세목별로 보면")
_RATE_SAID = re.compile(r"씩|[가-힣A-Za-z]\s당\s*(?:최대\s*|평균\s*)?\d|[가-힣]별로(?!는|\s*보)\s|[인명구곳회건개사]당|각\s|(?<![가-힣])하나\s*(?:에|당)|[가-힣]마다\s|모든\s*[가-힣]{1,6}(?:에게|에)\s|매달|매월|매년|해마다|분기별|분기마다|매\s*분기|한\s*달|월\s*(?:최대\s*|평균\s*)?\d"
                        r"|연\s*\d|연간|월간|하루|" + _PERIOD_MEAN.format(p="[월연]") + r"|(?![수정식해])[가-힣A-Za-z]당\s*(?:최대\s*|평균\s*)?\d|(?:kg|㎏|g|t|L|ℓ|㎡)\s*당"
                        r"|(?<![가-힣\d])(?:1|한)\s*(?:" + _PER_MEASURE + r")\s*에\s*\d"
                        # "1개 축제의 평균 파급효과는 85억 원": of one of them
                        r"|(?<![가-힣\d.,])(?:1|한)\s*(?:개|곳|명|건|가구|인)\s+[가-힣]{1,8}의\s")


# What a sum is, by the noun that names it: a price paid for a service, a programme's money, a
# gift, a thing's price, an income, a wage. Korean names each with its own words; a sentence naming
# sums of other kinds only does not give the kind asked (a fare is no budget, a budget no fee).
_MONEY_KINDS = {
    # what it costs to run a thing each year (운영비, 유지관리비), not what building it costs
    # (사업비 5억원) nor a fee (first: 유지관리비 ends in the fee 관리비)
    "running": re.compile(r"운영비|유지비|유지관리비|운영예산|운영에드는|운영에필요"),
    "fee": re.compile("|".join(_PRICES)),
    "programme": re.compile(_PROGRAMME_NOUNS + "|재원"),  # (비용: a fee as often)
    # (기부 with what follows a gift, not the 기부 ending a ministry's short name: "과기부는")
    "donation": re.compile(r"기부(?:금|액|자|를|하|한|했|해|키|처|받|의|로)|기탁|후원금|성금"),  # one giver's gift, not what a project costs
    "price": re.compile(r"가격|분양가|매매가|집값|시세|값"),
    "income": re.compile(r"매출|영업이익|순이익|수익|수입|소득(?:은|이|액|도)"),  # (소득은: not a grant named so, 기회소득)
    # what one owes (농가 평균 부채), not what one earns nor owns
    "debt": re.compile(r"부채|채무|빚"),
    "wage": re.compile(r"임금|월급|연봉|급여|시급|일당|일급|주급|기본급|성과급"),
    # what one owns (재산 4억 원 초과 가구는 제외), not what one is paid nor what is spent
    "asset": re.compile(r"재산|자산"),
    # money lent (융자, 대출: 최대 3억원까지 신청) and what it costs to borrow (이자): neither is a
    # grant given nor the other
    "loan": re.compile(r"융자|대출"),
    "interest": re.compile(r"이자"),
    # what a winner is awarded (장관상과 100만원의 상금), not a fee nor a grant
    "prize": re.compile(r"상금|포상금|시상금"),
    # what a breach costs the one caught (300만원 이하 과태료), not what anyone is paid or charged
    "fine": re.compile(_FINES),
    "deposit": re.compile(r"보증금|예치금|계약금"),  # money held and returned, not a fee paid
    # what each one is paid (첫째아 30만원의 출산지원금), not the programme's budget
    "grant": re.compile(r"지원금|보조금|장려금|수당|축하금|격려금"),
    # what a programme is expected to bring about (생산유발 9831억), not what it costs
    "effect": re.compile(r"유발|파급효과|경제효과|경제적\s?효과"),
    # a tax levied (지방세, 취득세), not the budget it goes into nor a grant (교부세 is one)
    "tax": re.compile(r"(?:지방|국|취득|재산|소득|법인|부가가치|주민|자동차|담배|등록면허|종합부동산)세|세금|세수"),
}
# … each kind's words ending a word (아동수당 ends in a grant's 수당), compiled once
_MONEY_KIND_ENDS = {k: re.compile(f"(?:{words.pattern})$") for k, words in _MONEY_KINDS.items()}
# what is spent: "…에 들어가는 돈", "얼마 들어?", "얼마 투입돼?" ask a programme's cost
_SPENT = frozenset({"들어가", "들", "투입", "쓰", "소요"})
# … which prices, fees and running costs are, as a programme's cost is
_SPENT_KINDS = frozenset({"price", "fee", "running"})


def _money_asked(question: Question) -> str | None:
    """The kind of sum asked: by its noun (요금 -> fee), else by what the question says is done
    with it ("사업에 들어가는 돈" -> a programme's cost)."""
    if question.asks != "amount":
        return None
    if "비용" in (question.head, question.attribute) and _paid_if_done(question.query):
        return "fee"  # "강아지 입양하면 비용이 얼마야?": what one pays for doing it, no programme's sum
    if question.head and question.head not in ANY_SIZE and _money_kind(question.head):
        return _money_kind(question.head)
    if question.head is None and question.attribute and _money_kind(question.attribute):
        return _money_kind(question.attribute)  # "예산은 총 얼마야?": 얼마 said of its topic, 예산
    if question.head in ANY_SIZE and question.head in question.query:
        # "국방예산 전체 규모는?": a size of no kind of its own is the size of the sum named before it
        kind = _last_sum_kind(squash(question.query[:question.query.find(question.head)]))
        if kind:
            return kind
    return "programme" if question.predicate in _SPENT else None


def _paid_if_done(query: str) -> bool:
    """The cost is asked of doing something, said as a condition before it ("동물등록하면 비용은
    얼마 들어요?"): what one pays, as a fee is (not "월급으로 환산하면 얼마", "합의안대로면 총 얼마
    받아": no cost asked)."""
    toks = pos(query)
    cut = next((i for i, t in enumerate(toks) if t.form in ("얼마", "비용")), None)
    return cut is not None and any(t.tag == "EC" and t.form in ("면", "으면") for t in toks[:cut])


def _last_sum_kind(squashed: str) -> str | None:
    """The kind of the sum named last in ``squashed`` ("…국방예산안에따르면병사월급은" -> wage)."""
    ends = [(m.end(), kind) for kind, words in _MONEY_KINDS.items() for m in words.finditer(squashed)]
    return max(ends)[1] if ends else None


def _money_kind(noun: str) -> str | None:
    """The kind of sum a noun ends in (요금 -> fee, 총사업비 -> programme, 카드값 -> price), or None."""
    return next((kind for kind, words in _MONEY_KINDS.items() if re.search(f"(?:{words.pattern})$", noun)), None)


# a measure named by a base noun with a word before it: 부지면적, 연면적, 건축면적; 최고높이
_MEASURE_BASES = ("면적", "길이", "높이", "넓이", "거리", "깊이", "너비", "둘레", "무게", "용량", "속도")
_NAMED_MEASURE = re.compile(r"([가-힣]+?)(" + "|".join(_MEASURE_BASES) + r")(?:은|는|이|가|도|만)?(?:약|총|최대|최소)?$")


# a rate or a price named by its noun: 취업률, 보증료율, 아파트값, 전셋값, 기준금리 (three syllables or
# more: 비율, 법률, 효율, 집값 name none of their own). Not a quantity: 처리량 and 물동량, 수출량
# and 수출물량 are one quantity as often as two
_RATE_NOUN = re.compile(r"(?<![가-힣])([가-힣]{2,8}(?:율|률|값|금리))(?=은|는|이|가|을|를|도|의|만|로|으로|에|\s|$|[,?)(])")
# … named right after its figure: "50.1%(6만4천207표)의 득표율로"
_RATE_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*의\s*([가-힣]{2,8}?(?:율|률|값|금리))")


# a person named with what they are ("설동호 후보", "가람 의원", "하용근(55) 후보는")
_HOLDER_POSTS = "후보|후보자|의원|씨|선수|감독|위원장|교육감|시장|군수|구청장|도지사|대표|회장|사장"
_HOLDER_ASKED = re.compile(rf"(?<![가-힣])([가-힣]{{2,4}})\s*({_HOLDER_POSTS})(?![가-힣])")


def _another_holder(query: str, text: str, f) -> bool:
    """The question names a person by what they are ("설동호 후보 득표율은?") and the figure's
    clause is said of another person of that kind ("송명석(55) 후보는 18.3%(2만3천417표)의")."""
    asked = _HOLDER_ASKED.search(query)
    if asked is None:
        return False
    name, post = asked.groups()
    if one_known_word(name):
        return False  # "유통시장" is a market, no mayor named 유통
    said = list(re.finditer(rf"(?<![가-힣])([가-힣]{{2,4}})(?:\(\d{{1,3}}\))?\s*{post}(?:은|는|이|가|도|의)\s",
                            own_clause(text, f.start)))
    return bool(said) and said[-1].group(1) != name


def _another_of_kind(question: Question, text: str, f) -> bool:
    """The question names a place or a body by its kind ("가람공원", "나래병원") and the figure's own
    clause names, as its topic or the place it is in, another of that kind and not the one asked
    ("나래대공원 내 반려견 놀이터는 총 747㎡"): the other one's figure."""
    clause = _figure_own_clause(text, f)
    sq = squash(clause)
    for c in question.constraints:
        if c.kind != "name":
            continue
        name = squash(c.text)
        kind = next((k for k in _HOLDER_KINDS if name.endswith(k) and len(name) >= len(k) + 2), None)
        if kind is None:
            continue
        forms = [form for form in c.forms if len(form) >= 2]
        if any(form in sq for form in forms):
            return False  # (the one asked is named there)
        for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,8}}{kind})(?:은|는|이|가|의|에서는|에서|\s+내|\s+안)(?![가-힣])", clause):
            other = m.group(1)
            # (the one asked said short, "시립도서관은" for 가람시립도서관, is no other one)
            if not one_known_word(other) and not any(form in other for form in forms) and not name.endswith(other):
                return True
    return False


# the kinds a place or a body is named by (가람공원, 나래병원): another of the kind is another one
_HOLDER_KINDS = ("공원", "병원", "의료원", "대학교", "대학", "학교", "공항", "센터", "도서관", "박물관", "미술관",
                 "체육관", "경기장", "복지관", "보건소", "경찰서", "소방서", "항만", "산단", "단지")


# a sentence that breaks a whole down by a kind: "회사 규모별로 보면", "지역별로는", "품목별로 살펴보면"
_BROKEN_DOWN = re.compile(r"(?:^|[\s,])[가-힣]{1,6}별(?:로는|로|론|로\s*(?:보면|살펴보면|나눠\s*보면)|\s*(?:로\s*)?보면)\s")
# the word a part's figure is said of, as its subject or topic: "대형사가 16.0%(2776억원) 늘어난"
_PART_TOPIC = re.compile(r"([가-힣A-Za-z0-9]{1,12}?)(?:이|가|은|는|도)\s+[^,]*$")


def _broken_down_other(question: Question, text: str, f) -> bool:
    """The sentence breaks a whole down by a kind ("회사 규모별로 보면 대형사가 16.0% … 중소형사가
    29.2% …") and the figure is said of a part the question does not name: the part's figure, not
    the whole's asked (unless the question asks by that kind itself: "규모별로")."""
    m = _BROKEN_DOWN.search(text[:f.start])
    if m is None or "별" in question.query:
        return False
    # (the figure's own clause, after the words that say the sentence breaks down)
    part = _PART_TOPIC.search(text[max(m.end(), f.start - len(own_clause(text, f.start))):f.start])
    if part is None:
        return False
    word = part.group(1)
    return len(word) >= 2 and word not in squash(question.query) and not any(
        t in word for t in question.tokens if len(t) >= 2)


# "X 중 Y는", "X 가운데 Y는": a part Y of a whole X asked
_PART_OF_WHOLE = re.compile(r"([가-힣A-Za-z0-9]{2,})\s+(?:중|가운데)\s+((?:[가-힣A-Za-z0-9·]+\s+){0,2}?[가-힣A-Za-z0-9·]+?)(?:은|는|이|가)\s")


# a group counted and its members listed in brackets: "5개 광역시(가람·나래·다온·라온·마루)"
# (counted by 개 or 대: "5개 광역시(…)", "5대 은행(…)")
_GROUP_LISTED = re.compile(r"\d+\s*(?:개|대)\s*[가-힣]+\s*\(([^()]*[·,][^()]*)\)")


# two names joined by a middle dot, sharing what ends the second ("가람·나래차", "가람·나래은행")
_DOT_PAIR = re.compile(r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{1,8})\s?[·ㆍ]\s?([가-힣A-Za-z]{1,10})")


def _named_in_a_pair(question: Question, text: str, f) -> bool:
    """The name asked stands in the figure's clause only as one of two joined by a middle dot
    ("1분기 판매는 가람·나래차가 2만4116대로"): the figure is the two's together, not the one
    asked's (unless the clause gives each its own: "각각")."""
    clause = _figure_own_clause(text, f)
    if "각각" in text[max(0, f.start - 40):f.end + 10]:
        return False
    pairs = list(_DOT_PAIR.finditer(clause))
    if not pairs:
        return False
    outside = squash(_DOT_PAIR.sub(" ", clause))
    qsq = squash(question.query)
    for c in question.constraints:
        if c.kind != "name":
            continue
        name = squash(c.text)
        for m in pairs:
            a, b = squash(m.group(1)), PARTICLE_END.sub("", squash(m.group(2))) or squash(m.group(2))
            if a in qsq and b in qsq:
                continue  # the question names the two itself
            # (the first one named with the second's ending: 가람차 of 가람·나래차; or the second)
            member = (name.startswith(a) and len(name) > len(a) and b.endswith(name[len(a):])) or name in (a, b)
            if member and name not in outside:
                return True
    return False


def _named_in_a_group(question: Question, text: str, f) -> bool:
    """The name asked stands in the sentence only as one member listed in brackets of a group
    counted ("…, 5개 광역시(가람·나래·다온·라온·마루)는 0.15%, 기타지방은 0.08%"): each figure
    is the group's or another's, none the member's."""
    groups = list(_GROUP_LISTED.finditer(text))
    if not groups:
        return False
    outside = squash(_GROUP_LISTED.sub(" ", text))
    for c in question.constraints:
        if c.kind != "name":
            continue
        # (a body by its name less its kind: 가람은행 listed as 가람)
        stems = {place_stem(squash(c.text))} | {k[0] for k in [_named_by_kind(squash(c.text))] if k}
        if any(stem in squash(g.group(1)) and stem not in outside for g in groups for stem in stems):
            return True
    return False


# the nouns 중 follows as "while": 기간 중, 공사 중, 재임 중
_DURING = frozenset("기간 시기 연휴 방학 임기 재임 회기 행사 축제 공사 운영 진행 개최 휴가 주말 주간 연중 이번 근무 수업 경기 회의".split())


def _whole_not_part(question: Question, text: str, f) -> bool:
    """The question asks of a part of a whole ("주택 착공 가운데 아파트는 몇 호?", "방문객 중
    외지인은") and the figure's own clause names none of the part's words, but the whole ("지난달
    주택 착공 물량은 2만 7140호로"), or the sentence names the part nowhere ("건립비 중 가람시가
    지원한 금액은?" over "나래대학교는 25억원을 들여 …"): the whole's figure."""
    asked = _part_of_whole(question.query)
    if asked is None:
        return False
    whole, part = asked
    clause = squash(_figure_own_clause(text, f))
    # (the part said in the figure's clause, before it or by the verb after it: "일당 6명을
    # 구속했다" for "일당 중 구속된 사람은?")
    if any(w in squash(figure_clause(text, f.start, f.end)) for w in part):
        return False
    # the whole named in the figure's clause, or the part nowhere in the sentence: "건립비 중
    # 부산시가 지원한 금액은?" is not answered by "가람대학교는 25억원을 들여 …" (the whole spent,
    # by another body)
    return whole in clause or not any(w in squash(text) for w in part)


@lru_cache(maxsize=1024)
def _part_of_whole(query: str) -> tuple[str, tuple[str, ...]] | None:
    """The whole and the part's words (squashed) of "X 중 Y는" in ``query``, or None (read once
    per question, not once per figure)."""
    m = _PART_OF_WHOLE.search(query)
    if m is None:
        return None
    whole = PARTICLE_END.sub("", m.group(1))
    if whole in _DURING or whole in YEARS_FROM_DATE:
        return None  # "축제 기간 중 방문객은": while it lasts, no whole of which a part is asked
    if re.search(r"몇|얼마|어느|무슨|어떤", m.group(2)):
        return None  # "정전 가구 중 몇 퍼센트가": the share asked, no part named
    # each word's nouns, its particle or verb ending off: "안락사된 비율" names 안락사, "부산시가
    # 지원한" 부산시 and 지원
    part = tuple(w for w in dict.fromkeys(squash("".join(t.form for t in nominal_stem(pos(x)))) for x in m.group(2).split())
                 if len(w) >= 2 and w != squash(whole) and w not in GENERIC)
    return (squash(whole), part) if part else None


# two parts joined, then what each is said to be: "토요일과 일요일에는 … 각각 25.41%와 29.87%"
_EACH_OF_TWO = re.compile(r"(?<![가-힣])([가-힣]{2,6}?)(?:과|와|이랑|랑|및)\s*([가-힣]{2,6}?)(?:에는|에서는|에선|은|는|의|에|이|가)\s[^.]*?각각\s")


_NEXT_SUBJECT = re.compile(r"[,，]\s*[가-힣]{2,}(?:이|가|은|는)\s")


def _each_of_parts(question: Question, text: str, f) -> bool:
    """The figure is one of two said of each of two parts joined before 각각 ("토요일과 일요일에는
    외부 방문객 비율이 각각 25.41%와 29.87%"), and the question names neither part: a part's figure,
    not the one asked of the whole."""
    m = _EACH_OF_TWO.search(text[:f.start])
    if m is None or _NEXT_SUBJECT.search(text, m.end(), f.start):
        # (a clause of its own after the pair's figures, with its own subject, is not theirs:
        # "국가와 교육청이 각각 46.5%, 지자체가 7%를 분담")
        return False
    asked = squash(question.query)
    return not any(p in asked or p[:2] in asked for p in m.groups())


def _another_rate(query: str, text: str, f) -> bool:
    """The question names the rate (or the price) it asks (취업률, 아파트값), and the figure's
    clause names another right before it (고용률은 … 60%, "아파트 전셋값은 0.03% 떨어지며"): a
    rate of the same thing, not the one asked."""
    # (률 and 율 as one: _rate_spelled)
    asked = {_rate_spelled(m.group(1)) for m in _RATE_NOUN.finditer(query)}
    if not asked:
        return False
    # the rate the figure is of: named right after it ("50.1%(6만4천207표)의 득표율로"), or else
    # the one named last before it ("고용률은 45.2%로 …, 실업률은 9.8%")
    after = _RATE_AFTER.match(text, f.end)
    said = [after.group(1)] if after else [m.group(1) for m in _RATE_NOUN.finditer(own_clause(text, f.start))]
    said = [_rate_spelled(w) for w in said]
    return bool(said) and not any(a in said[-1] or said[-1] in a for a in asked)



def _another_measure(head: str | None, text: str, f) -> bool:
    """The figure is named as another measure of the same base as the one asked: "부지면적" asked,
    "연면적 703㎡" given (both areas, of other things). A base asked alone (면적) takes any."""
    m = _NAMED_MEASURE.search(head or "")
    if not m:
        return False
    said = _NAMED_MEASURE.search(squash(re.split(r"[,，;(]", text[max(0, f.start - 12):f.start])[-1]))
    return bool(said) and said.group(2) == m.group(2) and said.group(1) != m.group(1) \
        and not said.group(1).endswith(m.group(1))


# the nouns naming one measure, each with the words said for it ("해발 1,947m" is a height)
_MEASURE_NOUNS = ("길이 연장 총연장 거리", "높이 고도 해발 키", "폭 너비", "넓이 면적", "깊이 수심", "두께",
                  "둘레", "무게 중량 체중")
_MEASURE_OF = {w: i for i, ws in enumerate(_MEASURE_NOUNS) for w in ws.split()}
_MEASURE_WORD = "(" + "|".join(sorted(_MEASURE_OF, key=len, reverse=True)) + ")"
# a measure word of its own right before a figure (not the 키 of 스키, the 둘레 of 둘레길)
_MEASURE_SAID = re.compile(r"(?<![가-힣])" + _MEASURE_WORD + r"(?:은|는|이|가|도|만)?\s*(?:약|총|최대|최소)?\s*$")
# measures asked together: "길이랑 폭", "높이와 폭", "길이, 폭"
_MEASURES_JOINED = re.compile(r"(?<![가-힣])" + _MEASURE_WORD + r"(?=\s*(?:랑|이랑|와|과|하고|,|및))"
                              r"|(?:랑|이랑|와|과|하고|,|및)\s*" + _MEASURE_WORD.replace("(", "(?:", 1) + "(?![가-힣])")


# an edition counted and reached: "올해로 20회를 맞이한", "20회째", "20회를 맞는"
_EDITION_REACHED = re.compile(r"(?:올해로|(?<!\d)\d+년째로)\s*\d+\s*(?:회|번째|차)|\d+\s*(?:회|번째|차)\s*(?:를|을|째를)?\s*맞")


def _sum_item(question: Question, text: str, f, figs) -> str | None:
    """What the label of money figure ``f`` says of the item the question names: "group" when
    the figure sums several items listed before it ("A, B, C 등 67억원") and the question names
    one of them only (naming two or more asks the group's); "own" when its label names the
    question's item alone ("△상품권 인센티브 30억원"); None otherwise."""
    prev = max((g.end for g in figs if g.end <= f.start), default=0)
    mark = max((m.start() for m in ENUM_MARK.finditer(text, 0, f.start)), default=-1)
    label = text[max(prev, mark + 1):f.start]
    # (the question's own common nouns, two syllables or more: the item it names; not a place
    # or a name, which an item may carry as the article's subject does: 삼척 of 삼척사랑상품권)
    words = [w for c in question.constraints if c.kind in ("part", "term") for w in c.forms if len(w) >= 2]
    m = re.fullmatch(r"(.*?)\s*등\s*(?:총|모두|약)?\s*", label, re.S)
    items = [squash(i) for i in re.split(r"\s*[,，]\s*|\s+및\s+", m.group(1)) if i.strip()] if m else []
    # (items of a list are short names: a long stretch is a clause the sentence opens with,
    # "먼저, '…'을 위해 … 유치 등 1조 원")
    if len(items) >= 2 and all(len(i) <= 20 for i in items):
        return "group" if sum(any(w in i for w in words) for i in items) == 1 else None
    if any(w in squash(label) for w in words):
        return "own"
    # the items listed after the sum: "보조금은 약 31억 원으로 확정되며 ▲방과후 학교 운영 지원 ▲고등학교
    # 인재 양성 지원 ▲…" — the item asked is one of them when it alone holds the most of the
    # question's words (two or more); no item has a sum of its own in the sentence
    after = text[f.end:]
    etc = re.search(r"\s등\s", after)
    if etc:
        # "△… △부표 구입 등 기능보강 및 안전시설 확충": the words after 등 name the whole, the
        # question's when it names them
        if sum(w in squash(after[etc.end():etc.end() + 30]) for w in words) >= 2:
            return None
        after = after[:etc.start()]
    listed = [squash(i) for i in ENUM_MARK.split(after)[1:] if i.strip()]
    if len(listed) >= 2 and not any(g.start >= f.end and g.kind == "money" for g in figs) and len(words) >= 2:
        held = sorted((sum(w in i for w in words) for i in listed), reverse=True)
        if held[0] >= 2 and held[0] > held[1]:
            return "group"
    return None


def _measure_named_otherwise(question: Question, text: str, f) -> bool:
    """The measure asked by its noun (높이, 폭; the head or the noun before 몇) is not the one
    the sentence names right before the figure: "높이 몇 m야?" is not answered by "길이 420m" —
    both lengths, of other kinds. A figure named by no measure noun is left to the other checks."""
    joined = [m.group(1) for m in _MEASURES_JOINED.finditer(question.query)]
    asked = {_MEASURE_OF[w] for w in (question.head, question.attribute, *joined) if w in _MEASURE_OF}
    if not asked:
        return False
    # (every measure the question names together: "길이랑 폭 알려줘" asks both)
    said = _MEASURE_SAID.search(re.split(r"[,，;(]", text[max(0, f.start - 10):f.start])[-1])
    return said is not None and _MEASURE_OF[said.group(1)] not in asked


_SUM_REACH = 40


def _sum_named_before(text: str, f) -> str | None:
    """The kind of the sum the words right before a figure name (the clause since the last
    comma, at most _SUM_REACH characters): "병사 월급은 내년에 40만5700원에서 54만900원" is a
    wage, whatever sums the rest of the sentence names."""
    return _last_sum_kind(squash(re.split(r"[,，;]", text[max(0, f.start - _SUM_REACH):f.start])[-1]))


# a share asked: "전체 예산의 몇 %를 차지해?", "비중은 몇 %야?" (a rate of growth answers no share)
_SHARE_ASKED = re.compile(r"차지|비중|점유율|(?<![가-힣])비율|의\s*몇\s*(?:%|퍼센트|프로)")


def _sum_word_of_named(question: Question, text: str, f) -> bool:
    """The sum named before ``f`` is a word inside a name the question gives ("장애인활동지원급여
    예산 얼마?" <- "'장애인활동지원급여'로 … 6,321억 원"): the programme asked, not a wage."""
    if _EACH_AFTER.match(text, f.end) or period_said(text, f) is not None:
        return False  # "…월 20만원씩 지급": what each one gets a month, no programme's sum
    before = squash(re.split(r"[,，;]", text[max(0, f.start - _SUM_REACH):f.start])[-1])
    # (a long compound, a programme's name: not a sum noun of the question's own, "설치비", which
    # the sentence's "설치 비용" names as another sum)
    return any(len(w := squash(c.text)) >= 6 and w in before and _last_sum_kind(w) is not None
               for c in question.constraints if c.kind in ("subject", "name"))


def names_sum_asked(question: Question, text: str) -> bool:
    """A sum of the very kind asked is named right before a figure of the sentence ("든 돈
    얼마야?" <- "구는 총사업비 58억원을 …"): the sentence states the value though it repeats no
    word of the question."""
    kind = _asked(question).money  # (read once per question, not once per sentence)
    return kind is not None and any(_sum_named_before(text, f) == kind for f in figures(text) if f.kind == "money")


# a sum given as a grant, said by the verb right after it ("41만~44만원을 지원한다")
_GIVEN_AFTER = re.compile(r"\s*(?:씩\s*)?(?:을|를)?\s*(?:추가로\s*|최대\s*)?지원(?:한다|하는|하며|하고|해|했|할|받|키로|된다|되는|돼)")
# the verb of giving a grant (지원한다, 지원받는다), not the noun in 지원센터, 지원 사업
_GIVES = re.compile(r"지원(?:한다|하는|하며|하고|해|했|할|받|키로|된다|되는|돼)")


def _sum_labels(text: str, f) -> str:
    """What may say the kind of sum figure ``f`` is (squashed): its own clause; what the
    sentence says before its first sum ("주요 사업 예산은 기초연금 420억원, …": the topic of the
    whole list); and of every other clause what follows its last sum ("…, 200만원의
    출산지원금을"), or the whole clause when it states none. Not another item's own label
    before its sum: in "만두축제 8억원, …, 배달료 지원 2억원 등" the 배달료 is that item's, and the
    festival's 8억원 a budget still."""
    own = figure_clause(text, f.start, f.end)
    topic, tails = _list_labels(text)
    return squash(" ".join([own, topic] + [tail for clause, tail in tails if clause not in own]))


@lru_cache(maxsize=256)
def _list_labels(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The sentence's text before its first sum, and each clause with what follows its last sum
    (the whole clause when it has none): read once per sentence, not once per figure."""
    sums = [g for g in figures(text) if g.kind == "money"]
    tails = []
    for clause in CLAUSE_BREAK.split(text):
        if clause:
            found = [g for g in figures(clause) if g.kind == "money"]
            tails.append((clause, clause[found[-1].end:] if found else clause))
    return (text[:sums[0].start] if sums else ""), tuple(tails)


def _unasked_words(hay: str, query: str, kind: str) -> str:
    """``hay`` (squashed) less the words of three syllables or more the question writes too that
    hold another kind of sum's word than ``kind`` inside them ("임금피크제" holds 임금): there it
    labels nothing the question does not say itself."""
    for w in sorted({PARTICLE_END.sub("", w) for w in query.split()}, key=len, reverse=True):
        # (only a kind's word inside the question's word, not its end: 아동수당 is a grant asked of)
        if len(w) >= 3 and re.fullmatch(r"[가-힣]+", w) and not _MONEY_KINDS[kind].search(w) \
                and any(words.search(w) and not _MONEY_KIND_ENDS[k].search(w)
                        for k, words in _MONEY_KINDS.items() if k != kind):
            hay = hay.replace(w, " ")
    return hay


def _other_sums_only(hay: str, kind: str, spent: bool = False) -> bool:
    """The sentence (squashed) names sums of other kinds than ``kind`` and none of that kind.
    ``spent``: the question asks what is spent ("차리면 얼마 들어?", "운영에 쓴 돈"), which prices,
    fees and running costs add up to ("식품 가격을 조사한 결과 … 차례상 비용은 19만 원이 소요될",
    "센터 운영비용도 … 128억3000만원")."""
    if kind == "grant" and _GIVES.search(hay):
        return False  # "월세를 지원한다": the sum given is the 지원금, whatever it pays for
    found = {k for k, words in _MONEY_KINDS.items() if words.search(hay)} - (_SPENT_KINDS if spent else set())
    return bool(found) and kind not in found


_GLOSS_OWNER = re.compile(r"([가-힣A-Za-z0-9]+)\($")


def _gloss_owner(text: str, f) -> str | None:
    """The name a bracket holding figure ``f`` alone is glued to ("혁신밸리(33.3㏊)" -> 혁신밸리), or
    None: no such bracket, or a figure restated ("91억원(1.4%) 증가", "781억 원(5.6%)": the same
    change in another unit, no thing's size)."""
    m = _GLOSS_OWNER.search(text[max(0, f.start - 30):f.start])
    if not m or not re.match(r"\s*\)", text[f.end:]):
        return None
    bracket = text.rfind("(", 0, f.start)
    return None if any(g.end == bracket for g in figures(text)) else m.group(1)


def _names_asked_inside(question: Question, owner: str) -> bool:
    """A name or subject of the question inside ``owner``: "펀드" asked, "모태펀드(…)" given."""
    return any(len(form) >= 2 and form.lower() in owner.lower()
               for c in question.constraints if c.kind in ("name", "subject") for form in c.forms)


def _glossed_other(question: Question, text: str, f) -> bool:
    """The figure alone fills a bracket glued to a name: "혁신밸리(33.3㏊)", "모태펀드(611억 원)"
    give the size of that thing, so it answers only a question that names it. A bracket after a
    word of the kind asked ("예산(100억 원)" for a sum, "면적(30㏊)" for a measure) is that value."""
    owner = _gloss_owner(text, f)
    if owner is None:
        return False
    if head_kind(owner) is not None or any(head_kind(owner[i:]) is not None for i in range(1, len(owner) - 1)):
        return False  # an attribute (예산, 사업비, 면적) glossed with its value
    if squash(owner).lower() in squash(question.query).lower():
        return False
    return not _names_asked_inside(question, owner)


def glosses_asked(question: Question, text: str, f) -> bool:
    """The figure alone fills a bracket glued to a name the question names ("창업센터
    면적은?" <- "…로 가람 창업센터(1.9ha), 나래단지(3.7ha)"): that thing's size, as
    _glossed_other gives another's."""
    owner = _gloss_owner(text, f)
    return owner is not None and _names_asked_inside(question, owner)


def _in_brackets(text: str, f) -> bool:
    """The figure stands inside brackets: "홍길동(1950년 3월 1일 ~ 2010년 5월 2일)" gives a life's
    dates without naming birth or death."""
    return text.rfind("(", 0, f.start) > text.rfind(")", 0, f.start)


# a year written right before a figure, with at most three words between and no other figure,
# range or clause between: "2024년 합계출산율 1.03명", "2011년 연간 출원 건수 17만2천958건" are
# those years'; "2022년부터 3년간" is no one year's. The year may take a particle ("2019년에는
# 하루 평균 5천여 명"), and its figure may hold for the years before it too ("2019년에는 2년 연속 …")
_YEAR_BEFORE = re.compile(r"(\d{4})년(?:에는|에도|에|엔|의|은|는|도)?(?!\s*(?:비해|비하여|대비))\s+(?:\d년\s+연속\s+)?"
                          # (a counted word may stand between, "1인 가구는"; not a span of time,
                          # "2019년 이후 5년 새 1200명" is no one year's)
                          r"(?:[가-힣A-Za-z]+\s+|(?!\d+\s*(?:년|개월|달|주|일|시간))\d{1,3}[가-힣]{1,2}\s+){0,3}$")


_CENTURY = re.compile(r"(\d{1,2})\s*세기")


def _own_century(text: str, f) -> int | None:
    """The century the figure is said of: the last one named in the 40 characters before it."""
    found = _CENTURY.findall(text[max(0, f.start - 40):f.start])
    return int(found[-1]) if found else None


def _outer_figure_start(text: str, at: int) -> int:
    """Where the figure a bracket at ``at`` stands after begins, or ``at``: a breakdown or a share
    in brackets after a figure is of the same time as it ("총 360대(특장차량 150대, …)", "2020년에는
    3만1835세대(9만3295세대‧34.1%)")."""
    bracket = text.rfind("(", 0, at)
    if bracket >= 0 and ")" not in text[bracket:at] and re.search(r"\d[^\s(]*$", text[:bracket]):
        return re.search(r"[\d,.]+[^\s(]*$", text[:bracket]).start()
    return at


def _own_year(text: str, f) -> int | None:
    at = _outer_figure_start(text, f.start)
    if at != f.start:
        # a year of its own inside the bracket ("3만1835세대(2019년 2만9천세대)") is the figure's
        m = _YEAR_BEFORE.search(text[text.rfind("(", 0, f.start) + 1:f.start])
        if m:
            return int(m.group(1))
    m = _YEAR_BEFORE.search(text[max(0, at - 40):at])
    return int(m.group(1)) if m else None


# a year's whole figure asked ("연간 합계출산율 최종치는?") and a figure for part of one: "3분기까지
# 합계출산율 1.11명", "상반기 누적 수출액 30억 달러" (at most two words between)
# (한 해 as words of their own, not the 한 of 위한, 대한 before 해외, 해법: "위한 해외 투자액")
_YEAR_ASKED = re.compile(r"연간|최종|(?<![가-힣])한\s*해(?!\s*(?:전(?!체)|뒤|후|만에|앞|사이))|연말\s*기준")
_PART_ASKED = re.compile(r"분기|상반기|하반기|월\s*까지")
# a part asked of a whole the question names: "공공일자리 중 청년일자리는", "예산 중에서 복지에" —
# 중 a word of its own after a noun that is no time or doing (기간 중, 공사 중, 재임 중 are when)
_ONE_OF = re.compile(r"([가-힣]+)\s+중(?:에서|에)?\s+[가-힣]")
_WHILE = frozenset("기간 동안 공사 재임 임기 진행 운영 행사 축제 회의 근무 연휴 방학 여행 입원 조사 수사 수업 경기 공연 "
                   "방송 훈련 작업 이동 운행 전쟁 시즌 대회".split())


def _one_of(query: str) -> bool:
    # (a compound ending in one is a time as well: "환급행사 중", "방학기간 중")
    return any(not any(m.group(1).endswith(w) for w in _WHILE) and head_kind(m.group(1)) not in ("date", "duration")
               for m in _ONE_OF.finditer(query))
# (a bracket may gloss the part: "4분기(10~12월) 당기순이익은")
_PART_OF_YEAR = re.compile(r"(?:[1-4]\s*분기|상반기|하반기|\d{1,2}\s*월)\s*(?:까지|누적|중)\s*(?:[가-힣]+\s+){0,2}$"
                           r"|(?:[1-4]\s*분기|상반기|하반기)(?:\([^()]{1,12}\))?\s+(?:누적\s+)?(?:[가-힣]+\s+){0,2}$")
# one month said as such right before a figure ("12월 한 달간 면세점 매출은", "지난달 한 달 동안"),
# and a month asked in any way ("3월", "한 달에", "월평균", "매달", "지난달")
_ONE_MONTH_SAID = re.compile(r"(?:\d{1,2}\s*월|지난\s*달|지난달|이번\s*달|이달)\s*한\s*달\s*(?:간|동안)?\s*(?:[가-힣]+\s+){0,2}$")
_MONTH_ASKED = re.compile(r"\d\s*월|달|월간|월평균|매월|월별|월\s*(?:최대|평균)")


# what a programme's sum is said with (invested, budgeted, spent on a project); a fare is
# often written without its word ("950원에서 1천50원으로 오른다"), a programme's sum never with these
_PROGRAMME = re.compile(_PROGRAMME_NOUNS + "|들여|편성|출연")


# What marks a sum as paid per month, per person, each time (월 20만 원씩): a rate is not a
# year's total
_PER = re.compile(r"(?:월|매월|월간|하루|일일|주당|인당|1인당|가구당|회당|건당|명당)\s*$")
_TOTAL_ASKED = re.compile(r"연간|총|전체|합계|모두|통틀어")


# the verbs news reports with: the day before them is when it was said ("…라고 5일 밝혔다")
# after the day a piece of news was told: "…한다고 5일 밝혔다", "3일 제천시에 따르면"
# (the source a sentence cites, "통계청 자료에 따르면", "3일 제천시에 따르면": who or what, captured)
_ACCORDING_TO = re.compile(r"\s*((?:\S{1,15}\s){0,2}\S{1,15})에\s?따르면")
_REPORTED = re.compile(r"\s*(?:밝혔|밝히|발표했|말했|전했|설명했|알렸|공개했|강조했|" + _ACCORDING_TO.pattern[3:] + ")")
def _source_asked(question: Question, text: str, f) -> bool:
    """The figure dates the source a sentence cites ("2017년 통계청 자료에 따르면") and the question
    names that source ("몇 년 통계청 자료 기준인가요?"): the source's date is what is asked."""
    m = _ACCORDING_TO.match(text, f.end)
    words = re.findall(r"[가-힣]{2,}", m.group(1)) if m else []
    # (a document cited, not the body that told the news: "5일 가람시에 따르면" dates the telling)
    return bool(words) and _DOCUMENT_CITED.search(m.group(1)) is not None \
        and all(w in squash(question.query) for w in words)


# the nouns of a document a sentence cites as its source
_DOCUMENT_CITED = re.compile(r"자료|통계|조사|보고서|집계|분석|백서|연보")


# the day just reported, said again as the day of what is told: "…에 따르면 이날 오전"
_THAT_DAY_AFTER = re.compile(r"\s*(?:[가-힣]+\s+)?이날(?![가-힣])")
# (not an event named by such a noun: a 설명회, a 발표회 is held on a day of its own)
_REPORT_ASKED = re.compile(r"밝혔|밝히|밝힌|발표(?!회)|공표|말했|말한|전했|전한|설명(?!회)|알렸|알린|공개|강조|보도|소식|뉴스")


# a payer said by who pays: the state's money is the government's ("정부 추경에서 … 예산 30억원")
_PAYER_SAID = {"국비": ("정부", "국고", "국가예산")}


def _label_before(text: str, f, reach: int) -> str:
    """The word right before the sum ``f`` (within ``reach`` characters), its Hangul only, less 총
    or 약 before it: the sum's label ("국비 5억원" -> 국비, "총사업비는 …" -> 사업비는)."""
    words = text[max(0, f.start - reach):f.start].split()
    label = re.sub(r"[^가-힣]", "", words[-1]) if words else ""
    return re.sub(r"^(?:총|약)", "", label)


# a figure said as a difference: compared with something right before it ("작년보다 3천억원",
# "전년 대비 120명"), a change verb right after it (a bracketed rate between: "3천억원(8.1%) 늘었다")
_COMPARED_BEFORE = re.compile(r"(?:보다|대비|에\s?비해|比)\s*(?:약|총)?\s*$")
_CHANGED_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:이|가|을|를|이나|나|씩)?\s*(?:더\s*)?"
                            r"(?:늘|줄|증가|감소|상승|하락|많|적|높|낮|올|오르|내리|떨어|불어|뛰|급증|급감|확대|축소|감액|증액)")
# … and said earlier in the figure's clause, after its noun ("지난해보다", "전년 대비", "전년대비",
# "지난해에 비해"; not the adverb 보다 of "보다 많은", nor 대비 of "폭염에 대비해", to prepare for;
# a verb ending in 보다, 돌보다, still reads as one, a change verb after the figure being needed too)
_COMPARED_IN_CLAUSE = re.compile(r"(?<=[가-힣])(?:보다|에\s?비해)(?![가-힣])|(?<!에)(?<!에\s)대비(?!해|하|책|태세)")
# a change said by a verb, its ending on the stem ("늘었다", "줄어든", "증가했다"): not 올해, 적극, 높이
_CHANGE_VERB_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:이|가|을|를|이나|나|씩)?\s*(?:더\s*)?"
                                r"(?:늘(?:었|어|고|린|리|난|면|게)|줄(?:었|어|고|인|이|면)|불어(?:났|나)"
                                r"|(?:증가|감소|상승|하락|급증|급감|확대|축소|증액|감액)(?:했|하|한|해|돼|됐|된|되|세)"
                                r"|많(?:았|아|은|고)|적(?:었|어|은)|높(?:았|아|은)|낮(?:았|아|은)|뛰(?:었|어|고)|떨어(?:졌|져|진))")
# the question asks a difference by its noun: 증가액, 감소분, 차이, 격차, 증가폭
_DIFFERENCE_NOUN = re.compile(r"증가|감소|차이|격차|폭|분$|증액|감액")


def _difference_only(question: Question, text: str, f) -> bool:
    """The figure is said only as a difference from another ("4조 2천억원보다 3천억원(8.1%)
    늘었다"), and the question asks what the thing is, not by how much it changed (asks_change,
    or a difference's noun: 증가액, 차이): the sentence does not give the amount asked."""
    if asks_change(question) or any(n and _DIFFERENCE_NOUN.search(n) for n in (question.head, question.attribute)):
        return False
    if _CHANGED_AFTER.match(text, f.end) is None:
        return False
    if _COMPARED_BEFORE.search(text[max(0, f.start - 12):f.start]) is not None:
        return True
    # (… or compared earlier in its own clause, its subject between: "지난해에 비해 전체 방문객이
    # 2만8000여 명 늘었다"; not past another figure, "지난해보다 10% 늘어난 300명", a level — a date
    # between is no figure of the kind, "…올해 3월 방문객이 2만 명 늘었다". The verb then must be
    # one, 늘었다, not 올해 or 적극 that _CHANGED_AFTER's stems begin)
    before = _figure_own_clause(text, f)  # (the clause as read up to the figure)
    said = list(_COMPARED_IN_CLAUSE.finditer(before))
    return (bool(said) and _CHANGE_VERB_AFTER.match(text, f.end) is not None
            and not [g for g in figures(before[said[-1].end():]) if not g.date])


def _asked_value_noun(question: Question) -> str | None:
    """The noun of three syllables or more a figure is asked of, as the question writes it whole
    ("홍수조절용량은 몇 t", where Kiwi's head is 용량; "실시설계 용역비는?"), when it names a value
    of the kind asked (head_kind): None for a general one (예산, 금액) or none."""
    for noun in (question.head, question.attribute):
        if not noun or noun in GENERIC:
            continue
        m = re.search(rf"[가-힣]*{re.escape(noun)}", question.query)
        word = PARTICLE_END.sub("", m.group(0)) if m else noun
        if len(word) >= 3 and head_kind(word) == question.asks:
            return word
    return None


def _another_part_measured(question: Question, text: str, f) -> bool:
    """A part of a thing asked by its noun and a measure of two syllables ("보호센터 부지 면적",
    "체육관 헬스장 면적"), over a figure labelled by another compound of that measure ("연면적
    785㎡"): the whole building's, not the part's, when the sentence does not name the part. The
    part is a bare noun after another noun of the question (the thing it is part of: "나래
    도서관 면적" asks the library's own area, which its 연면적 is)."""
    head = question.head
    if question.asks != "measure" or not head or len(head) != 2:
        return False
    part = _modifier_of(question.query, head)
    if part is None or part in squash(text) or part in YEARS_FROM_DATE:
        return False
    before = question.query[:question.query.find(part + " " + head)]
    # (common nouns: not the place the question names, "충주 도서관 면적", nor a verb, "안에 있는")
    things = [w for w in re.findall(r"[가-힣]{2,}", before)
              if not _admin_place(PARTICLE_END.sub("", w)) and all(t.tag == "NNG" for t in pos(PARTICLE_END.sub("", w)))]
    if not things:
        return False
    label = PARTICLE_END.sub("", _label_before(text, f, 16))
    return label != head and label.endswith(head) and part not in label


def _another_value_noun(question: Question, text: str, f) -> bool:
    """The question asks a value by its own noun (용역비, 수수료, 홍수조절용량: three syllables or
    more, _asked_value_noun) and the figure is labelled, right before it, by another noun of
    the same kind that neither holds nor is held by it and that the question does not say
    ("총사업비 4억 2,000만 원" for 용역비, "총 저수용량이 8억t" for 홍수조절용량): that value,
    not the one asked."""
    asked = _asked_value_noun(question)
    if asked is None:
        return False
    label = PARTICLE_END.sub("", _label_before(text, f, 16))
    if label in ANY_SIZE:
        # "당기순이익 규모가 147억원": the size is the noun's before it
        words = text[max(0, f.start - 24):f.start].split()
        label = PARTICLE_END.sub("", re.sub(r"[^가-힣]", "", words[-2])) if len(words) >= 2 else label
    # (률 and 율 as one: _rate_spelled)
    asked, label, query = (_rate_spelled(w) for w in (asked, label, squash(question.query)))
    # (not who pays it: 지방비, 국비 are shares of the same cost, _another_share's; nor a fee
    # by another name, 이용료 = 사용료: fees are told apart by what is paid for, below)
    return (len(label) >= 3 and head_kind(label) == question.asks and label not in PAYERS
            and asked not in label and label not in asked and label not in query
            and not (price_word(asked) and price_word(label)))


def _rate_spelled(word: str) -> str:
    """``word`` with 률 written 율: one suffix (율 after a vowel or ㄴ, 률 elsewhere), written either
    way as often as by the rule (투숙률 is 투숙율)."""
    return word.replace("률", "율")


def _another_share(question: Question, text: str, f, payers: frozenset, hay: str) -> bool:
    """The sum ``f`` is labelled as another share than the one asked: "국비 5억원" for "총사업비는?",
    "시비 3억" for "국비는?", "월 20만 원씩" for "연간 총예산은?". ``payers``: those the question
    names ("사업비 가운데 국비는 얼마나 지원받나요?"); ``hay``: the sentence squashed."""
    label = _label_before(text, f, 12)
    if label in PAYERS and label not in payers:
        return True
    if payers and not _TOTAL_ASKED.search(question.query) and not any(
            p in hay or any(w in hay for w in _PAYER_SAID.get(p, ())) for p in payers):
        # "국비는 얼마야?" over "올해 469억원을 투입": a sum no payer's word stands by is the
        # whole, not the share asked
        return True
    if _TOTAL_ASKED.search(question.query) and not _PER.search(question.query) and (
            _PER.search(text[max(0, f.start - 6):f.start]) or re.match(r"\s*씩", text[f.end:])):
        return True
    return False


# the marks a name is set in (extract.TITLE_MARKS), straight quotes too ('…지급 조례')
_NAME_MARKS = {**TITLE_MARKS, "'": "'"}


def _year_names_asked(question: Question, text: str, f) -> bool:
    """The year a title opens with is what the question asks of the thing so titled: "종합계획은 몇
    년도 계획이에요?" <- "‘2021년 가람시 폭설 대비 종합계획’": the plan's year, which names it."""
    head = question.head or question.attribute
    # (몇 년도 only: "몇 년 계획이야?" asks how long a plan runs as often, and a title's year may be its target)
    if question.unit != "년" or not head or len(head) < 2 or not re.search(rf"몇\s*년도\s*{re.escape(head)}", question.query):
        return False
    # (the first marks enclosing it that the year opens)
    return next((head in squash(text[f.end:c]) for o, c in _marks_around(text, f) if not text[o + 1:f.start].strip()), False)


def _marks_around(text: str, f):
    """(opener, closer) positions of each kind of title marks enclosing figure ``f``."""
    for opener, closer in _NAME_MARKS.items():
        o = text.rfind(opener, 0, f.start)
        if o < 0 or text.find(closer, o + 1, f.start) >= 0:
            continue
        c = text.find(closer, f.end)
        if c >= 0:
            yield o, c


def _in_title(text: str, f) -> bool:
    """``f`` stands inside a name in title marks with words of its own beside it ("‘2026년 청년
    소상공인 창업 지원사업’"), not a date the marks set apart alone ("‘7월 1일’")."""
    return any(len(re.findall(r"[가-힣A-Za-z]{2,}", text[o + 1:f.start] + text[f.end:c])) >= 2
               for o, c in _marks_around(text, f))


# a time before which a figure is compared ("1년 전보다", "1년 전에 비해", "1년 전 대비")
_BASELINE = re.compile(r"\s*전\s*(?:보다|에\s*비해|에\s*비하여|\s*대비|과\s*비교|과\s*견주)")
# a figure compared with ("9,517억원 대비", "81%보다"), a bracket between allowed
# (inside brackets too: "지난해 같은 기간(50조9000억 원)보다")
_COMPARED_WITH = re.compile(r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:대비|보다|에\s*비해|에\s*비하여|[과와]\s*비교(?:해|하여|하면|할|한))")


# "2년마다", "3년에 한 번": how often something recurs (after a figure; anywhere in a question)
EVERY = re.compile(r"\s*(?:마다|에\s*한\s*번|에\s*1번)")
# how often asked: 몇 년마다, 3년에 한 번 (the nouns 간격, 주기: asks_how_often)
EVERY_ASKED = re.compile(r"마다|에\s*한\s*번")


def asks_how_often(question: Question) -> bool:
    """The question asks how often: 몇 년마다, 얼마 간격으로, 운행 주기는, 몇 년 단위로 — 간격, 주기
    and 단위 after a span as nouns, not the verb of "지원해 주기로 했어?"."""
    return bool(EVERY_ASKED.search(question.query)) or any(
        t.form in ("간격", "주기") and t.tag == "NNG" for t in pos(question.query)) \
        or re.search(r"몇\s?(?:년|개월|달|주|일)\s?단위", question.query) is not None


def _counted_in(question: Question, unit: str) -> bool:
    """A count in ``unit`` answers the counter the question names: 개 counts anything (개소, read
    as 곳; 개사, 개국 of a noun of their kind, _counts_its_kind; and a noun counted by its own name: "과는 몇 개" <- 109과, "병상 몇 개" <-
    70병상), and 곳 asked is
    counted in 개 as well ("몇 곳" <- 135개)."""
    if question.unit == "개":
        if unit in _COUNTER_NOUNS and not _counts_its_kind(question, unit):
            return False  # "몇 개 극장에서?" is not answered by "42개국": 개국 counts nations
        # kinds are counted in 가지 and 종 as often ("별칭은 몇 개" <- 9가지)
        return unit.startswith("개") or unit in ("곳", "가지", "종") or unit in (question.head, question.attribute) or (
            len(unit) == 1 and unit in {c.text for c in question.constraints})
    if question.unit == "가지":
        return unit in ("개", "종")  # "몇 가지" <- 3개
    if question.unit in _TIMES_COUNTERS:
        return unit in _TIMES_COUNTERS  # how many times: "몇 번 왕복해?" <- 8회, 3차례
    if question.unit == "대":
        return unit in _MACHINE_COUNTERS  # machines: "헬기 몇 대?" <- 8기, "배 몇 대" <- 3척, "열차 몇 대" <- 10량
    # (schools are places: "몇 곳 있어?" <- "부평구 23교")
    return question.unit == "곳" and unit in ("개", "개교")


def _counts_its_kind(question: Question, unit: str) -> bool:
    """A counter saying what it counts (개사: firms, 개국: nations, 개교: schools) answers "몇 개" of
    a noun of its kind (중소기업, 참가국, 초등학교), or of no noun the question names."""
    noun = question.attribute or ""
    return not noun or noun.endswith(_COUNTER_NOUNS[unit])


# the counters of times something happens, one for another ("몇 번" <- 8회, "몇 회" <- 3차례)
_TIMES_COUNTERS = frozenset({"번", "회", "차례"})
# the counters of machines 대 stands for: aircraft (기), ships (척), carriages (량)
_MACHINE_COUNTERS = frozenset({"기", "척", "량"})


# a time said on a day of the month: "28일 오후 2시", "3월 5일 10시"
_ON_A_DAY = re.compile(r"\d\s*(?:일|월)(?![가-힣])")


# a question about the hours of a day or of opening: "밤 언제까지 열려?", "오늘 언제까지야?"
_DAY_HOURS_ASKED = re.compile(r"오늘|내일|모레|밤|저녁|아침|오전|오후|새벽|열려|열어|열리|문\s?(?:닫|열)|영업|몇\s?시")


def _hours_of(query: str) -> bool:
    """시간 asked after a noun of its own ("운영 시간", "관람 시간"): the hours of a service, as
    운영시간 written as one word is — not "걸린 시간", the time something took."""
    m = re.search(r"([가-힣]{2,})\s+시간", query)
    return m is not None and pos(m.group(1))[-1].tag == "NNG"


# the nouns that name a count itself ("직원 수", "터빈 개수"): the value asked is a number of things
COUNT_NOUNS = frozenset({"수", "개수", "갯수", "숫자", "대수", "명수"})
# count heads that name their counter: times are counted in 회, people in 명
# (the figure reader reads "6항차" as 6항)
_HEAD_COUNTERS = {"횟수": frozenset({"회", "번", "차례", "차", "항", "항차", "편", "건"}),
                  **{h: frozenset({"명", "인"}) for h in ("인원", "인원수", "명수")}}
# counters a head noun of 수 ("number of") names before it: "마릿수" counts 마리, "가구수" 가구 —
# the counters of whole things and a few of parts, less those whose 수-word is a count noun of
# its own (개수, 대수, 명수: COUNT_NOUNS, _HEAD_COUNTERS)
_COUNTERS_OF_SU = (_WHOLE_COUNTERS | frozenset("층 가지 부 동 점포".split())) - {"개사"} \
    - {c for c in _WHOLE_COUNTERS if c + "수" in COUNT_NOUNS}
# counters news writes for one another (a home counted as 가구 or 세대, a place as 곳 or 개소)
_COUNTER_FAMILIES = (frozenset({"가구", "세대"}), frozenset({"곳", "개소"}))


def _counter_of_head(head: str | None) -> frozenset | None:
    """The counter a head noun of 수 counts in ("마릿수" -> 마리, with the ㅅ that joins the two
    words dropped; "세대수" -> 세대), or None."""
    if not head or len(head) < 2 or head[-1] != "수":
        return None
    stem = head[:-1]
    code = ord(stem[-1]) - 0xAC00
    if stem not in _COUNTERS_OF_SU and 0 <= code < 11172 and code % 28 == 19:  # (the joining ㅅ: 마릿 -> 마리; not 곳)
        stem = stem[:-1] + chr(ord(stem[-1]) - 19)
    if stem not in _COUNTERS_OF_SU:
        return None
    return next((f for f in _COUNTER_FAMILIES if stem in f), frozenset({stem}))


# ordinal counters that answer one another ("몇 회째" <- "제20회"); 번째 is in none, and takes any
_ORDINAL_FAMILIES = (frozenset({"회", "회차", "회째", "차", "차례", "번"}), frozenset({"위", "등"}),
                     frozenset({"기"}), frozenset({"호", "호기"}), frozenset({"대", "대째"}),
                     frozenset({"선"}), frozenset({"호점"}))
# the counters of people, places, households and times: no volume of goods or of work is counted
# in them ("쌀 생산량은?" is not answered by "농가 1200가구")
_NO_VOLUME_COUNTERS = frozenset("명 인 가구 세대 곳 개소 회 번 건 차례 개국 개사 개교".split())


# the nouns that ask a day of a month, not any time (날 is said loosely: "만난 날은 언제?")
_DAY_HEADS = frozenset({"날짜", "일자"})


def _large_as_written(f) -> bool:
    """A large number in 만, 억 or 조 with no unit ("200만", "4천억"): a count or a sum as written,
    its unit left to the context."""
    return f.unit == "" and f.value is not None and f.value >= 1e4 and re.search(r"[만억조]", f.text) is not None


def fits(question: Question, f) -> bool:
    a = question.asks
    if a == "amount":
        # "4천억 이상의 비자금": a sum in 억/조 with its currency left to the context
        bare = _large_as_written(f)
        if question.unit:
            # "몇 달러예요?" is not answered by "100만원", nor "몇 원?" by "30억 달러": a currency
            # is no unit to convert (figures reads each as its own money unit); a bare 억 is won
            return (f.kind == "money" and f.unit == question.unit) or (question.unit == "원" and bare)
        return f.kind == "money" or bare
    if a == "percent":
        return f.kind == "percent" or (f.unit == "" and f.value is not None and "/" in f.text)
    if a == "measure":
        if question.unit is None and question.head in HEAD_DIMENSION:
            # 면적은? is not answered by "남북 1000km"; 고도는? not by 250만 ㎢
            return f.kind == "measure" and unit_dimension(f.unit) in (HEAD_DIMENSION[question.head], None)
        # (a measure head, 용량, is none: volume_noun)
        if (question.unit is None and question.head and volume_noun(question.head)
                and f.kind == "count" and f.unit and f.unit not in _NO_VOLUME_COUNTERS):
            return True  # a volume (물동량, 판매량) is counted as often as it is measured: 2440만TEU, 3만 대
        return f.kind == "measure" and (question.unit is None or f.unit == question.unit)
    if a == "count":
        counted = next((u for h, u in _HEAD_COUNTERS.items() if question.head and question.head.endswith(h)), None) \
            or _counter_of_head(question.head) if question.unit is None else None
        if counted is not None:
            # "운항 횟수는?" ("운항횟수는?") is counted in times, "참여 인원은?" in people: not
            # "1300여명" for sailings (a large count as written, "320만 도민", counts people too)
            return f.kind == "count" and (f.unit in counted or _large_as_written(f))
        if question.unit is None and question.head in COUNT_NOUNS:
            # "터빈 개수는?", "직원 수는?" ask how many things: not "5.7㎿", a sum nor a rate
            # (a count as written, "200만", or a numeral noun, "하나뿐", is one)
            # (machines and homes counted in 기, 호, 대 read as ordinals: "터빈 20기", "1200호")
            return ((f.kind == "count" and (f.unit != "" or f.text in NUMERAL_NOUNS or _large_as_written(f)))
                    or (f.kind == "ordinal" and f.unit in ("기", "호", "대")))
        if question.unit:
            # (명 and 인 both count people: "몇 명 이상?" <- "청년 3인 이상")
            # (the figure reader takes "8기" for an edition, as of a cohort: asked "몇 대", it counts machines)
            return (f.unit == question.unit or ({f.unit, question.unit} == {"명", "인"} and f.value not in (None, 1))
                    or ((f.kind == "count" or (f.kind == "ordinal" and question.unit == "대"))
                        and _counted_in(question, f.unit)))
        # 얼마나 자라나, 기록은 얼마: a quantity in the unit it has (30센티미터, 2.39m, 100 Hz)
        # ("얼마나 있었나": 5년 too)
        # ("하나뿐": a numeral noun is a count in itself; a bare digit is not)
        # (a large number in 만 or 억 is a count as written: "이용자 … 200만이 증가", as a bare
        # 억 is a sum when a sum is asked)
        # (not the stretch a change is said over, "5년간", when how much it changed is asked:
        # "인구는 얼마나 줄었어?")
        return ((f.kind in ("count", "measure", "money", "percent") and f.unit != "")
                or (f.kind == "time" and not f.date
                    and not (re.search(r"(?:년|개월|주|일)\s*간$", f.text) and asks_change(question)))
                or (f.kind == "count" and f.text in NUMERAL_NOUNS)
                or (f.kind == "count" and _large_as_written(f)))
    if a == "date":
        if question.unit in ("년", "월", "일") and f.date:
            # 몇 월에? is not answered by "16일"
            return question.unit in f.text or bool(re.fullmatch(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?", f.text))
        if question.unit is None and question.head in _DAY_HEADS and f.date:
            # "MOU 맺은 날짜는?" asks a day: "2019년" alone is no date of a day ("이날" is the article's)
            return bool(re.search(r"\d\s*일|날|\d[./-]\d{1,2}[./-]\d{1,2}", f.text))
        if question.unit == "시":
            # 몇 시에? is an hour of the day, not "7일" nor "2시간" (how long)
            return bool(re.search(r"\d\s*시(?!간)|\d{1,2}:\d{2}", f.text))
        if f.unit in ("분", "초") and "시" not in f.text and question.unit not in ("분", "초"):
            return False  # "언제 끝나?" is not answered by the 15분 of "15분 동네 생활권": minutes alone are no when
        if (question.particle == "까지" and question.unit is None and re.search(r"\d\s*시(?!간)", f.text)
                and not _ON_A_DAY.search(f.text) and not _hours_of(question.query)
                and not _DAY_HOURS_ASKED.search(question.query)):
            # "시범운행은 언제까지 하나요?" is not answered by the 3시 of "오전 10시부터 오후 3시까지
            # 예약해야": an hour of a day ends no programme's run (asked 몇 시까지, it does)
            return False
        return f.date or (f.kind == "time" and f.value is None)  # 2022~2026년 is a period of years
    if a == "duration" and question.unit is None and question.head and len(question.head) > 2 \
            and question.head.endswith("시간"):
        # "운영시간은?", "관람시간은?", "소요시간은?": hours, of the day or of a span ("오전 10시부터
        # 오후 7시까지", "2시간") — not "35년 만에". (시간 alone is any time taken: "개발에 걸린
        # 시간은?" <- "3년 반이 걸린")
        # (not a time on a day: "28일 오후 2시 개소식" is when something happens once, no hours kept)
        return f.kind == "time" and (f.unit in ("시", "시간", "분", "초") or (f.unit == "" and "시" in f.text)) \
            and not _ON_A_DAY.search(f.text)
    if a == "duration":
        # 몇 시간 is not answered by 5년간: the unit asked, with or without 간
        # minutes and seconds are spans as often as points ("117분에 결승 골", "5분 미만")
        # ("운영 시간은?", spaced, asks hours as 운영시간 does: not "5년 동안", nor a time on a day)
        if question.unit is None and question.head == "시간" and _hours_of(question.query) and (
                (f.unit not in ("시", "시간", "분", "초") and "시" not in f.text) or _ON_A_DAY.search(f.text)):
            return False
        return f.kind == "time" and (not f.date or f.unit in ("분", "초")) and (
            question.unit is None or f.unit.removesuffix("간") == question.unit.removesuffix("간"))
    if a == "age":
        # 50대 이상, 20~30대: an age group is counted in tens with 대
        return f.kind == "age" or f.unit in ("세", "살") or (
            f.unit == "대" and re.fullmatch(r"[1-9]0(?:\s*[~∼-]\s*[1-9]0)?대", f.text.strip()) is not None)
    if a == "ordinal":
        # "몇 기 졸업생이야?" is not answered by "1, 2, 3호": an ordinal asked in its counter is
        # answered in that counter or one of its family (제20회 is the 20회째); 번째 takes any
        family = next((u for u in _ORDINAL_FAMILIES if question.unit in u), None)
        if family is not None and f.unit and any(f.unit in u for u in _ORDINAL_FAMILIES) and f.unit not in family:
            return False
        return f.kind == "ordinal"
    if a == "score":
        return f.kind == "score"
    return False
