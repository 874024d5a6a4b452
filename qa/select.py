"""Sentence selection: score the sentences of the top passages, choose the fewest that answer.

A sentence's score adds, to its dense similarity with the question, the share of the
question's morphemes it holds (its neighbours count half: spoken and listed text spreads
one thought over several sentences), a cue when it holds a value of the kind asked, the
rank of its passage, and how many of the question's constraints are met around it (a
sentence about 부산 loses to one about 서울 when the question names 서울). All the weights
are in ``Params``.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from .abstain import (GENERIC_COUNTERS, Check, applying_topic, asks_added, check, figure_found, figures_of_kind, lead_off_topic, names_sum_asked, needs_value,
                      period_asked, period_said)
from .extract import (FULL_NAME_ASKED, HOURS_ASKED, full_name_span, HOURS_SPAN, answer_items, asked_way, asks_change, change_only, takes_particle, states_change, labelled_at, asks_past_year, binds_event, change_ways, clause_topic, event_aliases, event_words, places_event, post_or_head, says_event,
                      extreme_asked, figure_given, holds_answer, other_extreme_only, own_clause, past_year_labels, says_extreme,
                      value_span)
from .figures import agree, figures, list_around, significant_step, time_words, written_step
from .korean import YEARS_FROM_DATE, figure_labels, labels_written, pos, tokenize
from .params import Params
from .question import DEADLINE_NOUNS, GENERIC, PARTICLE_END, Question, day_action, head_kind, squash
from .store import SentenceStore
from .types import Hit, Sentence

TOP_PASSAGES = 5
MAX_SENTENCES = 3
MAX_ANSWER_CHARS = 380  # the reply must stay a short read (the grader counts 400)

_MARKERS = re.compile(r"[▲△■□●◆]")
_SEPARATORS = re.compile(r"[,，·ㆍ、]")
_COUNT_WORD = re.compile(r"(두|세|네|다섯|[2-9])\s*가지")
_COUNT_VALUE = {"두": 2, "세": 3, "네": 4, "다섯": 5}
# a sentence naming or defining a word: "…을 병풍이라고 한다", "콩도르세 승자라 부른다",
# "블루 노트란 …을 말한다"
_WORD_END = r"[가-힣A-Za-z0-9)」』》”’'\"]"  # the named word's last letter or closing mark
_NAMES_IT = re.compile(_WORD_END + r"\s*(?:이)?라(?:고)?\s*(?:한다|했다|하며|하고|하는|하였|합니다|부른|부르|불린|불리|불렀|이른|이르|"
                       r"칭한|칭하|일컫|명명)"
                       + "|" + _WORD_END + r"\s*(?:이)?란\s.{0,80}(?:말한다|뜻한다|가리킨다|의미한다|이른다)")


@dataclass(frozen=True)
class SentenceStats:
    """Inverse document frequency of morphemes over all indexed sentences."""

    idf: dict
    default_idf: float

    @classmethod
    def fit(cls, sentence_tokens: Sequence[Sequence[str]]) -> "SentenceStats":
        n = max(1, len(sentence_tokens))
        if hasattr(sentence_tokens, "document_frequency"):  # a TokenTable: counted over its arrays
            df = sentence_tokens.document_frequency()
        else:
            df = Counter(t for toks in sentence_tokens for t in set(toks))
        idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        return cls(idf, math.log(1 + (n + 0.5) / 0.5))

    def weight(self, token: str) -> float:
        return self.idf.get(token, self.default_idf)

    def word_weight(self, word: str) -> float:
        """IDF of a written word (a constraint): of its rarest morpheme."""
        toks = tokenize(word) or [word]
        return max(self.weight(t) for t in toks)


def overlap(query_tokens: Sequence[str], tokens: Sequence[str], stats: SentenceStats,
            heads: set | None = None) -> float:
    """IDF-weighted share of the query's morphemes found in ``tokens`` (0..1), whole or as the
    head of a compound (_heads). ``heads``: the query's morphemes known to head a compound
    somewhere among the sentences scored (score_sentences reads them once for all of them, so
    that for most sentences no compound is looked at); None reads them from ``tokens``."""
    q = set(query_tokens)
    if not q:
        return 0.0
    have = set(tokens)
    total = sum(stats.weight(t) for t in q)
    missing = q - have
    if heads is None:
        headed = _heads(missing, have)
    else:
        headed = {t for t in missing & heads if any(len(c) > len(t) and c.endswith(t) for c in have)}
    return sum(stats.weight(t) for t in (q & have) | headed) / total


def _heads(words: set, have: set) -> set:
    """The ``words`` that are the head of a compound in ``have`` Kiwi keeps whole: a Korean
    compound ends in what it is, so 광주제일고등학교 is a 고등학교 and 청송교도소 a 교도소 (the
    question's "출신 고등학교" meets the sentence's name). One syllable is too short to be a head
    (국 in 중국), and digits are no nouns (10 in 2010)."""
    wanted = {w for w in words if len(w) >= 2 and not w.isdigit()}
    if not wanted:
        return set()
    return {c[k:] for c in have for k in range(1, len(c) - 1)} & wanted


@dataclass(frozen=True)
class Scored:
    gid: int
    sentence: Sentence
    score: float
    dense: float
    lexical: float
    cue: float
    hit_rank: int
    check: Check


def _counted_noun(text: str, phrase: str) -> str | None:
    """The noun right after a count phrase: "4대 특화분야에" -> 특화분야."""
    m = re.search(r"\s*".join(map(re.escape, phrase)) + r"\s*([가-힣A-Za-z]{2,})", text)
    if not m:
        return None
    return re.sub(r"(?:에서|에는|으로|은|는|이|가|을|를|의|에|와|과|로|도)$", "", m.group(1)) or None


def _same_counted(question: Question, text: str) -> bool:
    """The sentence's count phrase counts what the question's does (4대 특화분야, not 4대 전략);
    True when either names no noun after it, or the sentence has no count phrase at all."""
    wanted = _counted_noun(question.query, question.count[1])
    found = _counted_noun(text, question.count[1])
    if not wanted or not found:
        return True
    return found.startswith(wanted[:2]) or wanted.startswith(found[:2])


def _enumerates(text: str, count: tuple[int, str]) -> bool:
    """The sentence names the count asked for and lists that many items: "4대 전략은 ▲A ▲B ▲C ▲D"
    or "A, B, C, D 등 4대 특화분야". Separators are counted next to the count phrase only."""
    n, phrase = count
    m = re.search(r"\s*".join(map(re.escape, phrase)), text)
    if not m:
        return False
    if len(_MARKERS.findall(text)) >= n:
        return True
    before = text[max(0, m.start() - 80):m.start()]
    after = text[m.end():m.end() + 80]
    return max(len(_SEPARATORS.findall(before)), len(_SEPARATORS.findall(after))) + 1 >= n


# a reason asked, and what says one: a cause (때문, 탓, 따른 조치, 로 인해) or a purpose (위해)
REASON_ASKED = re.compile(r"(?<![가-힣])왜|이유|까닭|어째서|원인|목적")
REASON_SAID = re.compile(r"때문|탓|덕분|(?:에|데)\s*따른\s*(?:조치|것)|(?:으로|로)\s*인해|위해|위한|목적|이유는|까닭은|원인은|필요성")


def cue(question: Question, text: str) -> float:
    """How much a sentence holds the kind of thing asked for (0..1; 2.5 for the exact list)."""
    a = question.asks
    if question.asks_value:
        return 1.0 if figures_of_kind(question, figures(text), text) else 0.0
    if a == "list":
        if question.count and not _same_counted(question, text):
            return 0.5  # "4대 전략" when the question asks for the 4대 특화분야: another list
        if question.count and _enumerates(text, question.count):
            # items marked one by one (▲A ▲B ▲C ▲D) are surely the list; commas may be other counts
            return 2.5 if len(_MARKERS.findall(text)) >= question.count[0] else 2.0
        if question.count and re.search(r"\s*".join(map(re.escape, question.count[1])), text):
            return 1.5  # it announces the items ("기술은 크게 세 가지"); the next sentences give them
        if question.count and len(answer_items(question, text)) == question.count[0]:
            return 1.5  # as many items as asked, unannounced ("가람부·나래부와 함께" for "부처 두 곳은?")
        return min(1.0, (len(_MARKERS.findall(text)) + 0.5 * len(_SEPARATORS.findall(text))) / 3)
    if question.called and _NAMES_IT.search(text):
        return 2.0  # "…을 X라고 한다", "X란 …을 말한다": the sentence gives the word asked for
    if a == "description" and REASON_ASKED.search(question.query):
        # "왜 하는 거야?": a sentence giving a cause or a purpose ("…우려가 제기된 데 따른 조치다",
        # "…때문이다", "…을 위해") holds the kind of thing asked
        return 1.0 if REASON_SAID.search(text) else 0.0
    # a person, a place, a thing: the sentence names something the question does not say,
    # best of the kind the question asks about (a sentence that only restates the question
    # holds no answer: "…정비의 필요성이 인식되었다" for "…인식되어 제정된 법은?")
    span = value_span(question, text)
    if span is None:
        return 0.0
    if span.heads_name:
        return 1.5  # the head's own name beside it ("온라인 플랫폼인 ‘대구安방’"): surely what is asked
    # a name (ETRI, 김기영, 부건빌 섬) answers better than common nouns (관련 전문기관)
    return max(0.0, min(1.0, 0.5 + span.score / 2)) * (1.0 if span.proper else 0.5)


def score_sentences(question: Question, store: SentenceStore, hits: Sequence[Hit], query_vector: np.ndarray,
                    stats: SentenceStats, params: Params, seen: frozenset = frozenset()) -> list[Scored]:
    """Every sentence of the top passages, best first. ``seen``: the sentences the previous
    answer showed (a follow-up asks for something new)."""
    best_rank: dict[int, int] = {}
    for h in hits[:TOP_PASSAGES]:
        for gid in store.sentence_ids(h.chunk):
            best_rank.setdefault(gid, h.rank)
    if not best_rank:
        return []
    gids = np.fromiter(best_rank, dtype=np.int64)
    dense = store.vectors(gids) @ query_vector
    q_tokens = question.tokens
    focus = question.focus
    seen_tokens = [set(tokenize(t)) for t in seen]
    # the question's words that head a compound anywhere in these sentences or their neighbours:
    # read once here (usually none), not once per sentence
    near = {n for g in best_rank for n in (g - 1, g, g + 1) if 0 <= n < len(store)}
    heads = _heads(set(q_tokens) | set(focus), {t for n in near for t in store.tokens(n)})
    focus_of = {g: overlap(focus, store.tokens(g), stats, heads) for g in best_rank} if focus else {}
    was_seen = {g: _is_seen(store, g, seen, seen_tokens) for g in best_rank} if seen else {}
    fresh_focus = max((f for g, f in focus_of.items() if not was_seen.get(g)), default=0.0)
    out = []
    for gid, d in zip(gids.tolist(), dense.tolist()):
        s = store.sentence(gid)
        own = store.tokens(gid)
        context = list(own)
        for nb in (gid - 1, gid + 1):
            if 0 <= nb < len(store) and store.doc_id(nb) == s.doc_id:
                context.extend(store.tokens(nb))
        lex = 0.5 * overlap(q_tokens, own, stats, heads) + 0.5 * overlap(q_tokens, context, stats, heads)
        if focus:
            lex = 0.3 * lex + 0.7 * focus_of[gid]
        c = cue(question, s.text)
        chk = check(question, store, gid, params, stats.word_weight)
        rank = best_rank[gid]
        score = (d + params.w_lex * lex + params.w_cue * c + params.w_rank / rank
                 + params.w_hard * chk.hard_share + params.w_cov * chk.coverage)
        if was_seen.get(gid) and (not focus or 0 < fresh_focus >= focus_of[gid]):
            score -= params.seen_penalty
        out.append(Scored(gid, s, score, d, lex, c, rank, chk))
    out.sort(key=lambda x: -x.score)
    return out


def _is_seen(store: SentenceStore, gid: int, seen: frozenset, seen_tokens) -> bool:
    own = set(store.tokens(gid))
    return (store.sentence(gid).text in seen
            or any(len(own & t) >= 0.6 * max(1, min(len(own), len(t))) for t in seen_tokens))


def _near_duplicate(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.6


@dataclass(frozen=True)
class Choice:
    groups: tuple[tuple[Scored, ...], ...]  # one fact per group, cited by one or more articles
    conflict: bool  # the articles state different values for what is asked
    # the groups in the order they were chosen (best first); ``groups`` is in reading order
    ranked: tuple[int, ...] = ()

    def lead_order(self) -> tuple[int, ...]:
        return self.ranked or tuple(range(len(self.groups)))

    def lead(self) -> "Scored | None":
        """The sentence the first line comes from (the head of the first group chosen), or None."""
        return self.groups[self.lead_order()[0]][0] if self.groups else None


def choose(question: Question, scored: Sequence[Scored], store: SentenceStore, params: Params,
           budget: int = MAX_ANSWER_CHARS) -> Choice:
    """Groups of sentences to show.

    The best sentence always goes in. Another joins only if it scores close to the best and
    brings question words the chosen ones lack, or the value asked for that they lack. A
    sentence that announces an enumeration ("세 가지") brings the sentences after it. For a
    value, another article stating the same value (5,000여 명 = 5천 명, 6,699억 = 6,700억 원
    안팎) is one more citation of the same fact; one stating a different value for the same
    question (its constraints met, its words as close) is shown beside it as a conflict.
    """
    if not scored:
        return Choice((), False)
    top = scored[0]
    groups: list[list[Scored]] = [[top]]
    used = len(top.sentence.text)
    covered = set(question.tokens) & set(store.tokens(top.gid))
    has_cue = top.cue > 0
    conflict = False

    m = _COUNT_WORD.search(top.sentence.text)
    if m and len(_SEPARATORS.findall(top.sentence.text)) + len(_MARKERS.findall(top.sentence.text)) < 2:
        n = _COUNT_VALUE.get(m.group(1), int(m.group(1)) if m.group(1).isdigit() else 3)
        for gid in range(top.gid + 1, min(top.gid + 1 + n, len(store))):
            s = store.sentence(gid)
            if s.doc_id != top.sentence.doc_id or used + len(s.text) > budget:
                break
            groups.append([Scored(gid, s, top.score, top.dense, 0.0, 0.0, top.hit_rank, top.check)])
            used += len(s.text)

    # A sentence that announces what the next one says ("…전문기관을 설립 및 유치할 계획이다.",
    # then the institutions): when the best sentence holds no good answer and the sentence after
    # it, in the same article, holds a better one, the two go together.
    if question.asks in ("entity", "place", "person", "list") and top.cue <= 0.5 and len(groups) == 1:
        nxt = next((s for s in scored if s.gid == top.gid + 1 and s.sentence.doc_id == top.sentence.doc_id), None)
        if nxt is not None and nxt.cue > top.cue and used + len(nxt.sentence.text) <= budget:
            groups.append([nxt])
            used += len(nxt.sentence.text)
            has_cue = True
        # … and one that restates the question of what the sentence before it names ("《톰 페이퍼》의
        # 발간으로 …" | "유아인은 해당 잡지의 편집장으로 활동한다"): the sentence before goes too
        prv = next((s for s in scored if s.gid == top.gid - 1 and s.sentence.doc_id == top.sentence.doc_id), None)
        if prv is not None and prv.cue > top.cue and used + len(prv.sentence.text) <= budget:
            groups.append([prv])
            used += len(prv.sentence.text)
            has_cue = True

    if question.asks_value and top.cue > 0:
        top_value = _value_figure(question, top.sentence.text)
        top_words = _asked_words(question, store, top.gid)
        for cand in scored[1:8]:
            if (cand.sentence.doc_id == top.sentence.doc_id or cand.cue == 0 or cand.check.missing
                    or cand.score < top.score - params.conflict_margin or cand.lexical < 0.8 * top.lexical
                    # (another article holding far fewer of the question's words is about something
                    # else: another programme's count is no second reading of this one's)
                    or cand.check.coverage < top.check.coverage - params.conflict_coverage_gap):
                continue
            value = _value_figure(question, cand.sentence.text)
            if value is None or top_value is None or value.unit != top_value.unit:
                continue  # 64 GB and 2.1 are not two readings of one figure
            if value.kind == "ordinal" or value.date:
                # 제14차 and 제17차 are two meetings, not two readings of one: no warning, but
                # the other article's meeting is shown too when the words fit it as well
                if not agree(value, top_value) and len(groups) < MAX_SENTENCES \
                        and used + len(cand.sentence.text) <= budget and not any(cand in g for g in groups):
                    groups.append([cand])
                    used += len(cand.sentence.text)
                continue
            if _magnitudes_apart(value, top_value):
                continue  # 91만 t and 6만 t: a part (one species' catch), not another reading of the whole
            if agree(value, top_value):
                if len(groups[0]) < 3:
                    groups[0].append(cand)  # the same value in another article
            elif not conflict and used + len(cand.sentence.text) <= budget and _same_words(
                    top_words, _asked_words(question, store, cand.gid)):
                groups.append([cand])
                used += len(cand.sentence.text)
                conflict = True

    chosen = {s.gid for g in groups for s in g}
    # First the sentences that bring question words or the value the chosen ones lack; then,
    # with the room left, those as close that bring neither: such a sentence often states
    # what the best one only frames ("…실적은 … 더 많았다는 비판도 있다" | "…연평균 9천815만
    # 달러에 달했다"). It is shown but does not lead: the first line comes from the first kind.
    backing: set[int] = set()
    # a whole asked ("총 얼마 들어?") and the best sentence states a part (설계비 162억 원): a close
    # sentence stating the total (총사업비는 4500억 원) competes to lead, though it brings no word of
    # the question the best one lacks (read once here, not once per candidate)
    top_is_part = question.total and question.asks_value and not _states_whole(question, top)
    for second in (False, True):
        for cand in scored[1:]:
            if len(groups) >= MAX_SENTENCES:
                break
            if cand.gid in chosen or cand.check.missing:
                continue
            brings_cue = not has_cue and cand.cue > 0
            if cand.score < top.score - (params.join_margin_cue if brings_cue else params.join_margin):
                continue
            text = cand.sentence.text
            dup = next((g for g in groups if _near_duplicate(g[0].sentence.text, text)), None)
            if dup is not None:
                if not second and cand.sentence.doc_id not in {x.sentence.doc_id for x in dup} and len(dup) < 3:
                    dup.append(cand)
                continue
            new_words = (set(question.tokens) & set(store.tokens(cand.gid))) - covered
            if used + len(text) > budget or (not second and not (new_words or brings_cue)):
                continue
            if second and not (top_is_part and _states_whole(question, cand)):
                backing.add(cand.gid)
            groups.append([cand])
            chosen.add(cand.gid)
            used += len(text)
            covered |= new_words
            has_cue = has_cue or cand.cue > 0
    chosen_order = [g[0].gid for g in groups if g[0].gid not in backing]
    own = {s.gid: s for s in scored}
    if not conflict and params.lead_margin >= 0 and len(chosen_order) > 1:
        chosen_order = _best_stated_first(question, [g for g in groups if g[0].gid not in backing], chosen_order,
                                          params, own)
    chosen_order += [g[0].gid for g in groups if g[0].gid in backing]
    if question.asks == "date" and backing and not conflict:
        # a date bound to the event asked leads even from a sentence that brought no new word
        # ("…3월 13일까지 신청·접수할 수 있다" beside the official's "“…기간 내 신청하길”")
        chosen_order = _bound_date_first(question, chosen_order, own, params)
    if not conflict:
        # reading order: by article of the best sentence, then position in the article
        first_doc: dict[str, int] = {}
        for g in groups:
            first_doc.setdefault(g[0].sentence.doc_id, len(first_doc))
        groups.sort(key=lambda g: (first_doc[g[0].sentence.doc_id], g[0].gid))
    # the first line comes from the best sentence, wherever reading order puts it
    position = {g[0].gid: i for i, g in enumerate(groups)}
    return Choice(tuple(tuple(g) for g in groups), conflict, tuple(position[gid] for gid in chosen_order))


# what a chosen sentence with no span of the kind asked counts as, next to the span scores of
# extract.value_span (about -3 for a poor span to +4 for a name next to the question's words)
NO_SPAN = -3.0


def lead_merit(question: Question, s: Scored, params: Params) -> float:
    """How well chosen sentence ``s`` would lead: its score plus ``lead_weight`` times the score
    of its value span (NO_SPAN without one)."""
    span = value_span(question, s.sentence.text)
    return s.score + params.lead_weight * (span.score if span is not None else NO_SPAN)


def _best_stated_first(question: Question, groups, order: list[int], params: Params,
                       own: dict[int, Scored] | None = None) -> list[int]:
    """``order`` with the group that best states the answer first: among the groups whose
    sentence scores within ``lead_margin`` of the best chosen one, the highest sentence score
    plus ``lead_weight`` times its value span's score (the question's particle, a name, next
    to the question's words). The best-scored sentence often frames the answer ("…의 오프닝
    타이틀은 기념비적") while another chosen one states it ("감독의 메시지를 담고"); the span
    tells them apart. Lists have no span to compare.

    A sentence carried in by an enumeration ("두 가지 패턴" brings the next two) holds the
    announcing sentence's score, not its own: it competes with its own score (``own``, the
    scored sentences by id), or not at all when it was never scored."""
    if question.asks == "list":
        return order
    head = {g[0].gid: g[0] for g in groups}
    if own is not None:
        head = {gid: own[gid] if gid in own else s for gid, s in head.items()
                if gid in own or gid == order[0]}
    floor = max(s.score for s in head.values()) - params.lead_margin

    # (a sentence that would lead off the question's words is no better lead: the answer would be
    # declined for it, abstain.lead_off_topic)
    # (nor one saying the figure only as a threshold passed, "6000억 원을 넘어섰다": it displaces
    # neither the exact figure answer.compose put first nor another sentence's own figure — "기초연금
    # 예산 얼마?" is not answered by the budget's threshold)
    # (nor, as in answer.compose, a sentence of another article than the best one's holding fewer of
    # the question's words: "출생아 얼마나 줄었어?" is not answered by another article's "…지역의
    # 인구는 줄었다" for sharing the question's verb)
    first = head.get(order[0])
    near = [gid for gid in order if gid in head and head[gid].score >= floor
            and (gid == order[0] or not (lead_off_topic(question, head[gid].lexical, head[gid].check.coverage, params)
                                         or passed_value(question, head[gid].sentence.text) is not None
                                         or _other_article_fewer_words(head[gid], first)))]
    if question.asks_value and not question.total and first is not None and first.check.coverage >= 1.0:
        # (as in answer.lead_sentence: a sentence meeting few of the question's words
        # (lead_coverage_min) gives another figure — the whole, "사고사망자는 372명" — than the one
        # put first for meeting them all, "업종별로는 건설업이 198명")
        near = [gid for gid in near if gid == order[0] or head[gid].check.coverage >= params.lead_coverage_min]
    first_holds = order[0] in head and holds_answer(question, head[order[0]].sentence.text)
    if needs_value(question, params) and first_holds:
        # a value the answer must hold (a sum, a count in its unit): the best sentence holding it
        # leads, not one scoring higher that holds none ("용역비는 총 2000만원이다" over "…‘방안
        # 수립 용역’을 착수할 계획" for "용역비는 얼마야?"). Not for any figure or date asked: on
        # KorQuAD 7/11/13 that cost more first lines than it gained
        near = [gid for gid in near if holds_answer(question, head[gid].sentence.text)] or [order[0]]
    elif question.wants_figure and first_holds:
        # the sentence put first for holding the date or figure asked (answer.compose, within
        # value_margin) is not passed over for a higher one holding none: its first line would
        # state nothing ("언제까지 받았어?" <- "…지난 4월까지 공모를 실시한 결과"). Not for a name
        # or a thing asked: any phrase holds one (on KorQuAD seeds 1-3 that cost 15 first lines)
        near = [gid for gid in dict.fromkeys([order[0], *near]) if gid == order[0]
                or holds_answer(question, head[gid].sentence.text)]
    if question.asks in ("amount", "count", "percent", "measure") and (said := qualifiers(question)):
        # "외국인 관광객 수는?": a sentence saying the qualifier ("외국인 관광객은 13만785명이")
        # leads over one giving the figure of the whole ("183만1000여 명의 관광객이 방문")
        near = [gid for gid in near if all(q in squash(head[gid].sentence.text) for q in said)] or near
    for mark in marks(question):
        # a sentence stating another answer than the one the question marks is no better lead
        # (as in answer.lead_sentence, which leads from one stating it)
        near = [gid for gid in near if not mark.fails(head[gid].sentence.text)] or near
    if question.asks == "date":
        # a date asked is the time of what the question says happened: a sentence whose date
        # is bound to that event ("2028년 말 개통될") leads over one dating another event of
        # the same thing ("1996년 … 승인", "11일 … 착공식을 개최했다")
        bound = [gid for gid in near if date_bound(question, head[gid].sentence.text)]
        # (… and of those, for a start or an end asked by its particle, one saying the event asked
        # in so many words: "언제부터 시행했어?" is answered by "지난 2022년 8월부터 시행하고 있다", not
        # by "내년부터 … 확대 운영한다", which 부터 binds as well. Not for any date: "첫 싱글은 언제
        # 발매했어?" lost its first line on KorQuAD to "12월에 발매 된 … 정규 음반")
        said = [gid for gid in bound if question.predicate and question.particle in ("부터", "까지")
                and says_event(question, head[gid].sentence.text)]
        near = said or bound or near
    if question.asks == "person" and (post := post_or_head(question)):
        # a person asked by post: a sentence naming the post with someone ("김민수 가람군수는 …",
        # as answer.lead_sentence reads it) leads over a higher one naming no one of it (the
        # byline's reporter, "(가람=뉴스1) 한빛 기자 = 가람군은 …")
        near = [gid for gid in near if post in squash(head[gid].sentence.text)
                and holds_answer(question, head[gid].sentence.text)] or near
    if FULL_NAME_ASKED.search(question.query):
        # "가람협회 정식 명칭은?": the sentence glossing the short name with the full one, as
        # answer.lead_sentence reads it, leads over a higher one saying the short name only
        near = [gid for gid in dict.fromkeys([order[0], *near])
                if full_name_span(question, head[gid].sentence.text) is not None] or near
    if question.asks == "place" and order[0] in head and applying_topic(question, head[order[0]].sentence.text):
        # the sentence answer.lead_sentence put first for its topic, applying ("신청은 …으로 할 수
        # 있으며"), is not passed over for a higher one saying only when to apply: those whose
        # topic is applying and that hold a place compete
        near = [gid for gid in dict.fromkeys([order[0], *near]) if applying_topic(question, head[gid].sentence.text)
                and holds_answer(question, head[gid].sentence.text)] or near
    if question.asks == "place" and event_aliases(question):
        # a place asked of an event ("어디에 지었어?") is where that event happened: a sentence
        # saying it ("…나래읍 다온리 일원에 … 건립했다", as answer.lead_sentence reads it) leads over
        # one naming a place of something else ("19일 가람군에 따르면 …", "…선제 대응에")
        near = [gid for gid in near if places_event(question, head[gid].sentence.text)] or near
    if question.asks in ("amount", "count", "percent", "measure") and question.particle in ("로", "으로", "에서", "까지"):
        # "몇 %로 올라?": the value a change goes to is said with the question word's particle
        # ("…10%에서 13%로 상향"), as answer.lead_sentence reads it, not a figure of another kind
        # of the same thing ("20% 특별할인 판매한")
        near = [gid for gid in near if takes_particle(question, head[gid].sentence.text)] or near
    if question.asks in ("amount", "count", "percent", "measure") and not asks_change(question):
        # "요금 얼마?" is answered by a sentence stating the fare ("…택시비는 1만5천300원"), not by
        # one stating only by how much it rose ("…과 비교하면 4천100원 인상됐다")
        near = [gid for gid in near if not change_only(question, head[gid].sentence.text)] or near
        # … nor by one counting a part of what it asks among a group ("시범마을 중 가람군 마을은 …
        # 2곳으로" beside "현재 25개 마을에서 추진 중이다"): a question saying no 중 asks the whole
        if not _AMONG.search(question.query):
            near = [gid for gid in near if not _part_among(question, head[gid].sentence.text)] or near
    if question.asks in ("amount", "count", "percent", "measure") and asked_way(question):
        # … and "얼마나 줄었어?" by a sentence stating the change ("…으로 2152명 줄었다"), not by
        # one stating a level beside it ("…태어난 신생아는 3802명이다"): a change asked by its verb,
        # not by a rate's noun — "증가율은?" is stated as a level as often ("증가율이 11.1%에 달했다")
        near = [gid for gid in near if states_change(question, head[gid].sentence.text)] or near
    if question.asks in ("amount", "count", "percent", "measure"):
        # a figure labelled by the very noun asked ("특별회계 1584억원", "총사업비는 365억 원")
        # leads over a sentence whose figure is another sum of the same thing (its whole, a
        # part of it): the noun names what the figure is
        # (not a sum of a group the question's item is one of — "산불진화차 등 장비 구매 예산
        # 30억원" for "산불진화차 사는데 예산 얼마": the label is the group's)
        # (nor an item of a breakdown list whose label the question does not name, below: "예산이
        # 책정된 주요 사업은 △가람 3748억 원 △나래 1337억 원" sums parts, whatever word opens it)
        labelled = [gid for gid in near if labelled_by_head(question, head[gid].sentence.text)
                    and not _item_of_group(question, head[gid].sentence.text)
                    and not _listed_part(question, head[gid].sentence.text)]
        near = labelled or near
        # a sentence naming the question's item as one of a group ("산불진화차 등 … 30억원")
        # gives the group's sum: one naming it on its own and holding a sum leads (sums only:
        # for counts this cost three first lines on KorQuAD seed 1 and news 35, 37)
        own_item = [gid for gid in near if question.asks == "amount"
                    and not _item_of_group(question, head[gid].sentence.text)
                    and holds_answer(question, head[gid].sentence.text)]
        near = own_item or near
        # a figure of a breakdown list ("국어 59만2229명, 영어 58만8823명", "▲살인 93.4% ▲강도
        # 96.7%") labelled by an item the question does not name is a part: a sentence giving the
        # figure of what is asked whole leads ("재학생은 … 44만8111명이다")
        whole_said = [gid for gid in near if not _listed_part(question, head[gid].sentence.text)]
        near = whole_said or near
        # a figure another sentence about as good states exactly is the rounded one (a headline's
        # "20%" beside the body's "19.5%"): the exact one leads (answer.compose put it first)
        # (of one article: another article's figure is another fact as often)
        # (each sentence's figure read once, not once per pair)
        given = {gid: figure_given(question, head[gid].sentence.text) for gid in near}
        exact = [gid for gid in near if not any(more_exact(given[gid], given[o]) for o in near if o != gid
                                                and head[o].sentence.doc_id == head[gid].sentence.doc_id)]
        near = exact or near
        if not question.total and not labelled and not asks_added(question):
            # "선수 몇 명이나 나와?" beside "일반부 경기에는 … 7,500여명" and "올해 총 … 1만3천여명의
            # 선수들이": a question naming no part asks the whole, said as one (총, 모두)
            # (not what is added to it: "그늘막 몇 곳 추가 설치해?" is no "쉼터 총 …곳")
            # (… but a question naming a part that another sentence names asks that part: "나래선
            # 길이 몇 km야?" is answered by "나래선은 … 12.4km 구간", not by the whole over so many
            # of its kind that leaves it out, "3개 신규노선의 총길이는 51.2km" — a whole of another
            # kind, "올해 총 50개 종목" beside "가람체전 일반부 경기에는 40개 종목", is the event's
            # that the part's sentence names, and still leads)
            named = {gid: _names_said(question, head[gid].sentence.text) for gid in near}
            wholes = {gid for gid in near if _states_whole(question, head[gid])}
            parts_named = set().union(*(named[gid] for gid in near if gid not in wholes))
            lacking = {gid for gid in wholes if any(
                name not in named[gid] and _counts_kind_of(head[gid].sentence.text, name) for name in parts_named)}
            whole = [gid for gid in near if gid in wholes and gid not in lacking]
            near = whole or [gid for gid in near if gid not in lacking] or near
    if (said := _relation_asked(question)) is not None:
        # "케라톱스 호리두스의 모식종은?": a thing asked by its relation to what the question
        # names (모식종, 개최국, 고안자) is stated where that relation is said ("…는 트리케라톱스의
        # 모식종이다"), not in a sentence about the same names saying another ("…를 명명했다")
        near = [gid for gid in near if _says_relation(said, question.head, head[gid].sentence.text)] or near
    # max() keeps the first of equals: ties stay in the order chosen
    best = max(near, key=lambda gid: lead_merit(question, head[gid], params), default=order[0])
    return [best] + [gid for gid in order if gid != best]


_COUNTED_THINGS = re.compile(r"(?:\d+|두|세|네|다섯|여섯)\s*(?:개|곳|개소)\s*(?:의\s*)?([가-힣]+)")


def _counts_kind_of(text: str, name: str) -> bool:
    """``text`` counts things of the kind ``name`` is one of, by the name's last syllable ("3개
    신규노선" for 나래선, "5곳 도서관" for 가람도서관)."""
    name = squash(name)
    # (the counted noun itself, of two letters or more: "2개 구간 우선 착공" counts 구간, and its
    # 우선 ends in 선 by chance)
    return len(name) >= 3 and any(len(w := PARTICLE_END.sub("", m.group(1))) >= 2 and w.endswith(name[-1])
                                  for m in _COUNTED_THINGS.finditer(text))


def _names_said(question: Question, text: str) -> set[str]:
    """The question's names (name constraints) ``text`` itself says, in any of their forms."""
    hay = squash(text)
    return {c.text for c in question.constraints if c.kind == "name" and any(f in hay for f in c.forms)}


# the end of a question after the noun it asks by: "…의 모식종은?", "개최국은 어디야?", "드라마의
# 제목은?", "개막작 제목 알려줘"
_ASKED_LAST = (r"(?:\s*(?:의\s*)?(?:이름|명칭|제목))?(?:은|는|이|가)?\s*(?:(?:어디|무엇|뭐|누구)[가-힣]{0,4})?"
               r"\s*(?:알려\s*줘|알려\s*주세요)?\s*[?？.]?\s*$")


def _relation_asked(question: Question) -> str | None:
    """The word a name or a thing is asked by, ending the question, when it is a word of three
    syllables or more of no kind the question reader knows ("모식종", "개최국", "개막작",
    "미니앨범"), squashed: the sentence stating the answer says it ("…는 트리케라톱스의 모식종이다",
    "세 번째 미니 앨범 《…》"). None for a kind it knows ("사람은?"), a word the question says
    twice (its topic too: "Standard 시리즈는 무슨 시리즈와") or the question's topic ("박대성은 …?")."""
    if question.asks not in ("entity", "place", "person") or not question.head:
        return None
    m = re.search(rf"[가-힣]*{re.escape(question.head)}(?={_ASKED_LAST})", question.query)
    if not m:
        return None
    word = m.group(0)
    if (len(word) < 3 or word in GENERIC or head_kind(word) is not None
            or question.query.count(word) > 1):
        return None
    return squash(word)


def _says_relation(said: str, head: str, text: str) -> bool:
    """``text`` says the word asked (``said``), or names a thing of its kind by its head glued
    after a name ("…유성구 송강시장" for "전통시장 이름은?": 시장)."""
    hay = squash(text)
    return said in hay or (len(head) >= 2 and re.search(rf"[가-힣]{re.escape(head)}", text) is not None)


_WHOLE_WORDS = frozenset({"전체", "총", "누적", "모든", "합계", "전", "전국"})


def qualifiers(question: Question) -> tuple[str, ...]:
    """The noun the question counts or sums with each noun it says right before it ("외국인 관광객
    수" -> 외국인관광객, squashed): what sets the part asked apart from the whole."""
    noun = question.attribute
    if not noun or question.total:
        return ()
    # (said with the noun, as the question says it: "외국인 관광객", not 컨테이너 anywhere for
    # "컨테이너 물동량" — "20피트 컨테이너 1개" qualifies no volume)
    # (a word of its own: "지방교부세", read 지방 + 교부세, is one name, no part of a whole)
    # (not a word of the whole, "전체 예산": the whole asked, its parts no better)
    return tuple(squash(c.text) + squash(noun) for c in question.constraints
                 if c.kind in ("subject", "term") and c.text != noun and c.text not in _WHOLE_WORDS
                 and re.search(r"(?<![가-힣])" + re.escape(c.text) + r"\s+" + re.escape(noun), question.query))


# the least or the most asked of a figure ("최소 몇 개", "최대 몇 명까지") — or after the question
# word itself ("얼마 이상이면", "몇 명 넘으면", "몇 명까지"; a time asked, "몇 시까지", bounds no
# figure) — and how a sentence bounds its figure so: "5개 이상", "최대 30명까지", "20명 이내"
# (최저 only before the question word: 최저가, 최저임금 name a price, not a least asked)
_SIDE_ASKED = re.compile(r"(최소|적어도|최저(?=\s*(?:얼마|몇))|(?:얼마|몇\s*\w{0,3}?)\s*(?:이상|넘|초과))"
                         r"|(최대|최고\s*한도|많아야|(?:얼마|몇\s*\w{0,3}?)\s*(?:이하|까지|미만|이내))")
_LEAST_SAID = re.compile(r"\s*(?:의\s*)?(?:이상|초과)")
_MOST_SAID = re.compile(r"\s*(?:이하|까지|이내|미만)")


@dataclass(frozen=True)
class Mark:
    """A mark the question puts on its answer beyond its kind, read the same way by the lead
    (answer.lead_sentence: when the best sentence ``fails`` it, one about as good that ``holds``
    it leads) and by the chosen sentences' order (_best_stated_first passes over those failing
    it). ``holds`` and ``fails`` take a sentence's text."""
    holds: Callable[[str], bool]
    fails: Callable[[str], bool]


def marks(question: Question) -> list[Mark]:
    """The marks of ``question``, in the order the lead weighs them:
    - the bound asked ("몇 명 이상 모이면 신고해야 돼?", "매출 얼마 넘었어?"): the figure said as that
      bound ("500명 이상이 모이는", "40조원을 돌파했다"), not one said plainly ("모두 3만 명이 모였고");
    - a quantity named in a date question ("500만명 처음 넘은 게 언제야?"): the date is in the
      sentence stating it ("2015년 이용객 500만명을 돌파했고"), not a neighbour's ("2005년까지 …
      200만명 수준"); so is a figure asked of a group a number names ("60대 참여율은?");
    - the extreme asked of the head ("꼴찌는 어디야?"): a sentence saying only the other extreme
      ("서울의 재정자립도가 80.4%로 가장 높았다") states another answer;
    - the year before ("작년 같은 때는 몇 톤?"): the figure it labels ("지난해 같은 시기(57톤)"), not
      this year's."""
    out = []
    if (side := side_asked(question)) is not None:
        out.append(Mark(lambda t: says_side(question, t, side), lambda t: not says_side(question, t, side)))
    if question.asks == "date":
        out.append(Mark(lambda t: says_numbers(question, t), lambda t: not says_numbers(question, t)))
    elif question.asks_value and _quantities(question, rounds=False):
        # a figure asked of a group a number names ("60대 참여율은?", "5대 범죄 신고는 몇 건?"):
        # the sentence giving that group its figure ("60대의 … 68.0%"), not one meeting it only in
        # a neighbour and giving the whole's — when it holds a figure of the kind asked. (Not a
        # round, "2회 추경": the round names the document's event, said once in its lead)
        out.append(Mark(lambda t: says_numbers(question, t, rounds=False) and holds_answer(question, t),
                        lambda t: not says_numbers(question, t, rounds=False)))
    if (extreme := extreme_asked(question)) is not None:
        out.append(Mark(lambda t: says_extreme(t, extreme), lambda t: other_extreme_only(t, extreme)))
    if asks_past_year(question):
        out.append(Mark(lambda t: says_past_year(question, t), lambda t: not says_past_year(question, t)))
    return out


# counters of a round or an item in a series: "2회 추경", "3차 회의", "4호기" name which one
_ROUND_UNITS = frozenset({"회", "차", "호", "기", "번", "회차", "호기"})


def _quantities(question: Question, rounds: bool = True) -> list:
    """The number constraints of ``question`` that are quantities (counted, summed or measured in a
    unit: "500만명", "60대"), rounds ("2회", "3차") too unless ``rounds`` is False."""
    return [c for c in question.constraints
            if c.kind == "number" and any(g.unit and g.kind in ("count", "money", "measure", "percent")
                                          and (rounds or g.unit not in _ROUND_UNITS) for g in figures(c.text))]


def says_numbers(question: Question, text: str, rounds: bool = True) -> bool:
    """Every quantity the question names ("500만명", "30만대": a number constraint counted, summed
    or measured in a unit) is in ``text`` itself, not only in a neighbour (True when it names
    none). A designation is no quantity marking an event: "3차 신청", "3·4호기", "K9"."""
    hay = squash(text)  # (figure_found reads the text's thousands commas itself)
    return all(any(figure_found(f, hay) for f in c.forms) for c in _quantities(question, rounds))


def says_past_year(question: Question, text: str) -> bool:
    """The sentence's figure for the question is labelled as the year before's ("전년(25.7%)",
    "지난해 같은 시기(57톤)"): what a question of 작년, 지난해 or 그 전년 asks."""
    span = value_span(question, text)
    return span is not None and past_year_labels(text, span.start)


def side_asked(question: Question) -> str | None:
    """"least" or "most" when the question asks a figure as that bound, else None."""
    if not question.asks_value or question.asks == "date" or (m := _SIDE_ASKED.search(question.query)) is None:
        return None
    return "least" if m.group(1) else "most"


def says_side(question: Question, text: str, side: str) -> bool:
    """The sentence's figure for the question is said as the bound asked (``side``): a least
    after it (이상, 넘어, 돌파), a most after or before it (까지, 이내; 최대)."""
    span = value_span(question, text)
    if span is None:
        return False
    if side == "least":
        # (or as a threshold passed: "40조원을 돌파했다" for "매출 얼마 넘었어?")
        return _LEAST_SAID.match(text, span.end) is not None or _PASSED.match(text, span.end) is not None
    return _MOST_SAID.match(text, span.end) is not None or "최대" in text[max(0, span.start - 4):span.start]


def _other_article_fewer_words(s: Scored, first: Scored | None) -> bool:
    """``s`` is of another article than ``first`` and meets fewer of the question's words."""
    return first is not None and s.sentence.doc_id != first.sentence.doc_id and s.check.coverage < first.check.coverage


def _terms(question: Question) -> list[str]:
    """The question's own words that say which thing (names, subjects, terms of two syllables or
    more, not the head asked), squashed."""
    return [squash(c.text) for c in question.constraints if c.kind in ("name", "subject", "term")
            and len(squash(c.text)) >= 2 and c.text != question.head]


def _item_of_group(question: Question, text: str) -> bool:
    """A word of the question stands in the sentence as one item of a group ("산불진화차 등")."""
    sq = squash(text)
    return any(re.search(re.escape(t) + r"(?:[가-힣]{0,2})?등", sq) for t in _terms(question))


def labelled_by_head(question: Question, text: str) -> bool:
    """The value span stands right after the noun the question asks about, as its label
    ("특별회계 1584억원", "총사업비는 365억 원"): a head of two syllables or more, not a general one."""
    head = question.head
    if not head or len(head) < 2 or head in GENERIC:
        return False
    span = value_span(question, text)
    if span is None:
        return False
    # (the noun itself, not the end of a longer one: 본예산 and 총예산 are other sums than 예산 —
    # unless the question says it so itself: "총예산은 얼마가 돼요?", Kiwi's head 예산 after 총)
    heads = [head] + ([f"총{head}"] if f"총{head}" in squash(question.query) else [])
    for h in heads:
        asked = question if h == head else replace(question, head=h)
        if labelled_at(h, text, span.start):
            return True
        # … or as the topic of the figure's own clause, its change between ("특별회계는 19억 원(1.1%)
        # 감소한 1677억 원"): what the clause after the last comma is about
        if clause_topic(asked, text, span.start):
            return True
    return False


def _listed_part(question: Question, text: str) -> bool:
    """The sentence's figure of the kind asked is an item of a list of two or more figures of one
    unit, each labelled by a word before it ("국어 59만2229명, 영어 58만8823명", figures.labelled_list),
    which holds every figure of that unit in the sentence, and the question names none of the labels."""
    figure = _value_figure(question, text)
    if figure is None:
        return False
    labels, _, figs = list_around(text, figure)
    query = squash(question.query)
    # (every figure of the unit in the list: "무가 지난해보다 105% 상승했고 배추 41%, 계란은 16%"
    # says one figure outside it, which may be the one asked)
    return len(labels) == len(figs) > 1 and not any(squash(w) in query for w in labels.values())


def _states_whole(question: Question, s: Scored) -> bool:
    """The sentence's figure of the kind asked is stated as a total (총사업비는 4500억 원)."""
    figure = _value_figure(question, s.sentence.text)
    return figure is not None and figure.total


def date_bound(question: Question, text: str) -> bool:
    """The date the sentence gives for the question is bound to the event asked."""
    return _date_bound(question, text, value_span(question, text))


def _date_bound(question: Question, text: str, span) -> bool:
    if span is not None and question.particle in ("부터", "까지") and re.match(
            rf"\s*{question.particle}(?![가-힣])", text[span.end:]) and any(
            f.date and f.start <= span.start < f.end for f in (*figures(text), *time_words(text))):
        return True  # "언제부터 적용돼?" <- "7월부터 1400원으로 오를", "지난해부터": the date takes the particle asked
    if span is not None and _event_labels(question, text, span.start):
        return True  # "언제 지급돼요?" <- "지급 시기는 1·4·7·10월의 15일이다": the event labels the date
    if span is not None and _bracketed_after_asked(question, text, span.start):
        return True  # "특별대책기간은 언제부터?" <- "특별대책기간 (3월1일∼4월1일)에는": the dates gloss the noun asked
    return binds_event(question, text, span)


def value_bound(question: Question, text: str) -> bool:
    """The figure the sentence gives for the question is the one the verb asked of takes: "바로
    청산된 건 얼마?" <- "…임금 48억 7천만원을 즉시 청산했고" (not "…63억 6천만원이 지급되지
    않은": another event's sum)."""
    # (a verbal noun, 청산, 정전, 유치: a plain verb of one syllable, 내, 받, 들, binds any sum —
    # "얼마 내요?" over "과태료를 내야 한다", another payer's)
    return question.predicate is not None and len(question.predicate) >= 2 \
        and binds_event(question, text, value_span(question, text), dated=False)


def states_exactly(question: Question, rough: str, text: str) -> bool:
    """``text`` gives the figure ``rough`` gives for the question, more exactly: the same value
    within the rounding of the rougher ("작년보다 20% 늘려" in a headline, "지난해에 비해 19.5%
    증가" in the body)."""
    return more_exact(figure_given(question, rough), figure_given(question, text))


def more_exact(f, g) -> bool:
    """Figure ``g`` is ``f`` said more exactly (states_exactly, on the figures themselves)."""
    if f is None or g is None or f.value is None or g.value is None or f.value == g.value or f.unit != g.unit:
        return False
    # a figure is rounded at its last written digit, zeros too: 19.5% is "20%", 77도 is no "80도"
    # (agree() would read that zero as rounding to tens); a whole step either way when the writer
    # says it is rough ("6,700억 원 안팎" holds 6,699억, "2000여명" no 2500명)
    step = written_step(f)
    return abs(f.value - g.value) <= (step if f.approx else step / 2) and significant_step(g) < significant_step(f)


def precision(question: Question, text: str) -> int:
    """The significant digits of the figure the sentence gives for the question: 62만3천 -> 3,
    60만 -> 1 (0 for none)."""
    f = figure_given(question, text)
    if f is None or f.value is None:
        return 0
    return len(re.sub(r"\D", "", f"{f.value:.6f}").strip("0"))


def approximate(question: Question, text: str) -> bool:
    """The figure the sentence gives for the question is rounded by the writer (16만여 가구, 약 300명)."""
    f = figure_given(question, text)
    return f is not None and f.approx


# the nouns a date is labelled the time of an event by: "지급 시기는", "접수 기간은", "개막일은"
_TIME_NOUNS = frozenset({"기간", "일정", "시기", "시점", "날짜", "일자", "기한"})
_WHEN_NOUNS = "(?:" + "|".join(sorted(_TIME_NOUNS - {"기한"}, key=len, reverse=True)) + "|일)?"


def _bracketed_after_asked(question: Question, text: str, at: int) -> bool:
    """The date at ``at`` opens a bracket glued to the noun the question asks the time of (its
    head, or a noun it is about, of two syllables or more)."""
    # (a time noun alone, 기간, 일정, is the end of any compound: "교육기간(…)" is no 신청 기간)
    words = {question.head or "", *(c.text for c in question.constraints if c.kind == "subject")}
    before = squash(text[max(0, at - 30):at])
    return before.endswith("(") and any(len(w) >= 2 and w not in _TIME_NOUNS and before[:-1].endswith(squash(w))
                                        for w in words)



def _event_labels(question: Question, text: str, at: int) -> bool:
    """The clause of the date at ``at`` opens with the event asked as its topic ("지급 시기는 …
    15일이다"): the date is that event's time, said after its label as Korean copula sentences do."""
    clause_text = squash(own_clause(text, at))
    # (or a noun the question is about, with a verb of its own besides: "금오도 살아보기 참여 기간은
    # 언제부터 언제까지?" <- "참여 기간은 8월부터 11월까지")
    words = (*event_words(question), *(c.text for c in question.constraints if c.kind == "subject"))
    return any(len(w) >= 2 and re.match(rf"{re.escape(w)}{_WHEN_NOUNS}(?:은|는)", clause_text)
               for w in dict.fromkeys(words))


# a figure said as a threshold passed: "6000억 원을 넘어섰다", "1만 명 돌파", "5천 명 이상"
_PASSED = re.compile(r"\s*(?:을|를|이|가)?\s*(?:넘어|넘었|넘는|넘긴|넘겼|넘게|넘겨|돌파|웃돌|상회|이상)"
                     r"(?![가-힣]*\s*(?:못|않))")  # (not "넘어서지 못했다")
_PASSED_ASKED = re.compile(r"넘|돌파|웃돌|상회|이상")


def passed_value(question: Question, text: str) -> float | None:
    """The value of the figure the sentence answers with, when it is said only as a threshold
    passed ("예산이 6000억 원을 넘어섰다") and the question asks the figure itself (not "넘었어?")."""
    if question.asks not in ("amount", "count", "measure", "percent") or _PASSED_ASKED.search(question.query):
        return None
    span = value_span(question, text)
    if span is None or not _PASSED.match(text, span.end):
        return None
    f = next((f for f in figures(text) if f.start == span.start and f.value), None)
    return f.value if f else None


def exact_of_passed(question: Question, text: str, floor: float) -> bool:
    """The sentence gives the figure asked as a value at or a little above a threshold said
    elsewhere (6075억 원 for "6000억 원을 넘어섰다"): above it by at most a fifth ("6000억 원 시대"
    restates the threshold), not itself a threshold."""
    span = value_span(question, text)
    if span is None or _PASSED.match(text, span.end):
        return False
    f = next((f for f in figures(text) if f.start == span.start and f.value), None)
    return f is not None and floor < f.value <= floor * 1.2


def frame_year_only(question: Question, text: str) -> bool:
    """The date the sentence gives for the question is only the year the article speaks from
    (올해, 내년, 지난해), bound to nothing the question says happened: "언제 완공돼?" is not answered
    by "올해 … 구축 … 등을 추진할 계획" — the year of the plan, not of the completion."""
    if question.asks != "date":
        return False
    span = value_span(question, text)
    if span is None or squash(span.text) not in YEARS_FROM_DATE or _date_bound(question, text, span):
        return False
    # bound to what happens (완공, 개관), not to the thing it happens to ("…시스템 구축 등을 추진")
    happening = replace(question, constraints=tuple(c for c in question.constraints if c.kind != "subject"))
    return not binds_event(happening, text, span, words_too=True)


def _bound_date_first(question: Question, order: list[int], own: dict[int, Scored], params: Params) -> list[int]:
    """``order`` with the first sentence whose date is bound to the question's event
    (extract.binds_event) first, when the one leading is not and it scores within ``lead_margin``."""
    def bound(gid: int) -> bool:
        return date_bound(question, own[gid].sentence.text)

    if not order or order[0] not in own or bound(order[0]):
        return order
    floor = max(own[g].score for g in order if g in own) - params.lead_margin
    first = next((g for g in order[1:] if g in own and own[g].score >= floor and bound(g)), None)
    return order if first is None else [first] + [g for g in order if g != first]


# counters that count anything: a figure in one says nothing of what the question counts
_ANY_COUNTER = GENERIC_COUNTERS | {"명", "인", "가구", "세대", "차", "위"}


_AFTER_HOW_LONG = re.compile(r"몇\s*(?:년|개월|달|주|일)\s*만에")
_AFTER_SO_LONG = re.compile(r"\d\s*여?\s*(?:년|개월|달|주|일)\s*여?\s*만(?:에|이다|의|이며|이고)")
# what one does by a deadline ("…까지 서류를 제출하면 된다", "신청을 받는다")
_DUE_DONE = re.compile(r"제출|신청|접수|마감|내야|보내")
_DUE_BY = re.compile(r"\d\s*일\s*(?:\(.{1,3}\)\s*)?(?:오후\s*|오전\s*)?(?:\d{1,2}\s*시\s*)?까지")


def states_value(question: Question, s: Scored, store: SentenceStore) -> bool:
    """The sentence holds a value of the kind asked and shares a word with the question: a date
    in a neighbour about something else ("이 서비스는 2004년 11월 3일에 공개되었다" beside the
    sentence about "플레이스테이션 3") answers nothing. Digits do not count as shared words:
    the question's 3 is found in any date. A compound Kiwi keeps whole shares its head, its last
    part (조조할인 shares 할인 with "…교통수단 20% 할인"), not its first: 대학원 is no 대학."""
    asked = {t for t in question.tokens if not t.isdigit()} | set(event_aliases(question))
    # Kiwi splits a compound in one place and keeps it whole in another ("…방안 용역비는" is
    # 용역 + 비, a sentence's leading "용역비는" one word): two neighbouring words asked are one
    asked |= {a + b for a, b in zip(question.tokens, question.tokens[1:]) if not (a + b).isdigit()}
    words = store.tokens(s.gid)
    # … and the other way round: the question's "주간조" is the sentence's 주간 + 조 ("주간조 38명")
    own = set(words) | {a + b for a, b in zip(words, words[1:]) if not (a + b).isdigit()}
    # (either way: 할인 of the question's 조조할인; the question's 도서관 of a "역곡밝은도서관" —
    # three syllables or more: the 버스 of "광역급행버스" asked is not the sentence's 시내버스)
    shared = bool(asked & own) or bool(_heads(own, asked)) or any(len(w) >= 3 for w in _heads(asked, own))
    # a long name asked is shared however Kiwi cut it on either side (사랑상품권 in
    # "군산사랑상품권", to Kiwi 군산사랑 + 상품); a short one is most often the place or the person
    # the article is about, said beside dates of anything (세종 in "세종시 시내버스 요금이 7월부터")
    own_text = squash(s.sentence.text)
    if not shared:
        shared = any(c.kind in ("name", "subject") and any(len(f) >= 4 and f in own_text for f in c.forms)
                     for c in question.constraints)
        # … and so is an ordinal the question numbers ("2회차는 몇 시에?" <- "2회차(오후 4시~5시)는"):
        # Kiwi leaves its digit alone among the words, and digits count as no shared word
        shared = shared or any(c.kind == "number" and any(re.search(rf"(?<![\d.]){re.escape(f)}", own_text) for f in c.forms)
                               and any(f.kind == "ordinal" for f in figures(c.text)) for c in question.constraints)
    shared = shared or (question.asks == "amount" and names_sum_asked(question, s.sentence.text))
    # … and so is the thing a cost asked is of ("총사업비는?" <- "이번 사업에는 총 85억 원이"): the
    # sum's noun less its suffix of money (비, 액, 금, 료)
    shared = shared or (question.asks == "amount" and any(
        len(w) >= 3 and w[-1] in "비액금료" and w[:-1] in own for w in asked))
    # … and so is a word of three syllables or more the question writes as the sentence does,
    # however Kiwi cut it in either ("총연장은 얼마?" <- "총연장 14.8㎞": 총 + 연장 in one, whole in the other)
    shared = shared or any(len(w) >= 3 and w in own_text for w in _written_words(question.text))
    # … and so is a thing the question names by a figure ("1년권 요금" <- "…, 1년권 2만5000원"): the
    # tokens keep only its digit, found in any figure
    shared = shared or labels_written(figure_labels(question.text), s.sentence.text)
    # a deadline asked ("신청 마감 언제야?") and a day the sentence says things are due by ("11월 29일까지
    # 서류를 제출하면 된다"): 까지 says the deadline as the question's noun does
    shared = shared or (question.asks == "date" and day_action(question.head or "") in DEADLINE_NOUNS
                        and _DUE_BY.search(s.sentence.text) is not None and _DUE_DONE.search(s.sentence.text) is not None
                        and "부터" not in s.sentence.text)
    # "몇 년 만에 오른 거야?" and "이번 인상은 … 8년 만이다": the question's own frame, 만에, says it
    shared = shared or (question.asks == "duration" and _AFTER_HOW_LONG.search(question.query) is not None
                        and _AFTER_SO_LONG.search(s.sentence.text) is not None)
    # a counter of its own asked ("책 몇 권", "몇 그루") and the sentence's figure counted in it: the
    # counter says what is counted ("총 50만여 권의 도서를"), as a word of the question would
    # (not 명, 개, 건, 곳, which count anything)
    shared = shared or (question.asks == "count" and question.unit is not None and question.unit not in _ANY_COUNTER
                        and any(f.unit == question.unit for f in figures(s.sentence.text)))
    # hours asked by both ends ("몇 시부터 몇 시까지 열어?") and a span of hours said ("오전 10시부터
    # 오후 9시까지다"): what is asked, however the sentence names it (운영시간, not 열다)
    shared = shared or (bool(HOURS_ASKED.search(question.query)) and HOURS_SPAN.search(s.sentence.text) is not None)
    # a change asked and said the same way shares its verb however Kiwi stems it (늘었어 | 늘어난)
    ways = change_ways(question.query) if not shared and asks_change(question) else frozenset()
    shared = shared or bool(ways and ways <= change_ways(s.sentence.text))
    span = value_span(question, s.sentence.text)
    if span is None:
        return False
    # a year the question names written whole right before the figure ("2021년 899명" for "2021년
    # … 이송 인원은?"): a year labels which figure of a list by years it is, where a bare digit
    # would be found in any date
    # (so does the year before asked, "지난해 같은 시기(57톤)" for "작년 같은 때는 몇 톤?")
    # (… or before another figure of the year whose bracket gives it: "2021년 10곳(105억 원)")
    shared = shared or any(c.kind == "time" and re.fullmatch(r"(?:1[89]|20)\d\d년", c.text)
                           and re.search(re.escape(c.text) + r"\s*(?:에는|에|은|는)?\s*(?:[\d,.]+\s?[가-힣]{1,2}\()?\s*$",
                                         s.sentence.text[max(0, span.start - 20):span.start])
                           for c in question.constraints)
    shared = shared or (asks_past_year(question) and past_year_labels(s.sentence.text, span.start))
    # a sentence saying its figure by a noun of the very kind asked, as the topic of the figure's
    # clause ("모집 인원은 70명이다" for "몇 명 뽑아요?"): elliptical news names the programme in the
    # sentence before, and the label says which figure this is
    return shared or _labelled_by_kind(question, s.sentence.text, span.start) or _same_period(question, s.sentence.text, span)


def _written_words(text: str) -> tuple[str, ...]:
    """The nouns of ``text`` as written (Hangul words whose last morpheme is a noun once their
    particle is cut, PARTICLE_END): "총연장은" -> 총연장, not a verb's "지원하는"."""
    words = (PARTICLE_END.sub("", w) for w in re.findall(r"(?<![\w.,])[가-힣]+", text))
    return tuple(w for w in words if w and (t := pos(w)) and t[-1].tag in ("NNG", "NNP"))


def _same_period(question: Question, text: str, span) -> bool:
    """A rate asked per a period ("1년에 총 얼마 받아") and the figure said per that very period
    ("연간 지급액은 1인 기준 144만 원"): the period is the word the two share."""
    asked = period_asked(question.query) if question.asks in ("amount", "count") else None
    return asked is not None and period_said(text, span) == asked


# the label of a figure: the noun its clause opens with, right before it ("모집 인원은 70명")
_KIND_LABEL = re.compile(r"\s*(?:[가-힣]+\s+)?([가-힣]{2,})(?:은|는)\s*(?:최대|총|약)?\s*$")


def _labelled_by_kind(question: Question, text: str, at: int) -> bool:
    m = _KIND_LABEL.fullmatch(own_clause(text, at))
    return (m is not None and question.asks in ("count", "amount", "percent", "measure", "duration")
            and head_kind(m.group(1)) == question.asks)


def _asked_words(question: Question, store: SentenceStore, gid: int) -> frozenset:
    """The question's nouns of two syllables or more that sentence ``gid`` says."""
    return frozenset(t for t in question.tokens if len(t) >= 2 and not t.isdigit()) & frozenset(store.tokens(gid))


# two readings of one figure by two outlets differ by a rounding, a revision, a different count
# (870억 and 967억, 1만 and 5천), not by ten times: figures so far apart are of two things
CONFLICT_SPREAD = 10.0


def _magnitudes_apart(a, b) -> bool:
    """Figures ``a`` and ``b`` (of one unit) are CONFLICT_SPREAD times apart or more."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return False
    return max(a.value, b.value) / min(a.value, b.value) >= CONFLICT_SPREAD


def _same_words(a: frozenset, b: frozenset) -> bool:
    """Two articles disagree about one thing only if the question's words one says are among
    those the other says: a jeonse loan's "최대 45만 원" is no reading of a voucher's "상품권
    구매한도 30만원" (최대 in one, 상품권 in the other). Nor if they share none of them: two
    sentences saying none of the question's words may be about two things altogether."""
    return bool(a & b) and (a <= b or b <= a)


# "X 중 Y는", "X 가운데 Y가": a part taken among a group, asked (_AMONG) or said before a figure
# (not "추진 중이다", "운영 중인": 중 glued to what follows is "in the course of")
_AMONG = re.compile(r"(?<![가-힣])(?:중|가운데)(?:에서|에)?\s")
_AMONG_BEFORE = re.compile(r"([가-힣]+)\s+(?:중|가운데)(?:에서|에)?\s+[^,.]{0,40}?(?:은|는|이|가)\s[^,.]{0,30}$")
# nouns 중 after says "during", not "among": "기간 중", "임기 중" (and any action's: "재임 중")
_DURING = frozenset("기간 임기 회기 방학 연휴 휴가 주말 평일 시즌 행사 축제 대회 올해 지난해 작년 금년 이번 이달 오전 오후".split())


def _part_among(question: Question, text: str) -> bool:
    """The figure of the kind asked is said of a part taken among a group in its own clause:
    "시범마을 중 가람군 마을은 … 2곳으로" (not during a time: "축제 기간 중 방문객은 모두 30만명",
    "재임 중 가람시는 …")."""
    figure = _value_figure(question, text)
    m = _AMONG_BEFORE.search(text, max(0, figure.start - 80), figure.start) if figure is not None else None
    if m is None:
        return False
    word = PARTICLE_END.sub("", m.group(1))
    verb = pos(word + "하다")
    return word not in _DURING and not (len(verb) >= 2 and verb[0].form == word and verb[1].tag == "XSV")


def _value_figure(question: Question, text: str):
    span = value_span(question, text)
    if span is None:
        return None
    return next((f for f in figures(text) if f.start == span.start and f.end == span.end), None)
