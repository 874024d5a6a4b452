"""Grounded answers made of the articles' own sentences, each with its citation.

No language model writes anything here: the answer is a short first line (the value
asked for, cut verbatim from the best sentence) followed by the chosen sentences
themselves, so it cannot state what no article says. Every quote is ``doc.text[start:end]``.

The stages, one module each, pass one typed ``Question`` between them:

    question.py  what is asked, in which unit, under which constraints
    select.py    score the sentences of the top passages, choose the fewest that answer
    abstain.py   whether the chosen sentence meets the question's constraints
    layout.py    the first line, the cited sentences, the date note; or the decline
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

import numpy as np

from . import layout
from .abstain import (Verdict, application_unsaid, applying_topic, check, decide, lead_off_topic, milestone_unsaid, names_long, needs_value,
                      wants_value)
from .corpus import Profile
from .extract import (FULL_NAME_ASKED, answer_items, full_name_span, event_aliases, places_event, asks_change, change_ways, gives_change, takes_particle, extreme_asked, holds_answer, names_event_only, names_no_body,
                      other_extreme_only, post_or_head, rank_unsaid, says_extreme,
                      states_change, value_span)
from .figures import figures
from .params import Params
from .question import WRITER_ASKED, Question, squash
from .select import (MAX_ANSWER_CHARS, Choice, Scored, SentenceStats, approximate, choose, date_bound, exact_of_passed, qualifiers,
                     figure_given, frame_year_only, marks, more_exact, passed_value, precision, score_sentences, states_value,
                     value_bound)
from .store import SentenceStore
from .types import Answer, Hit


def compose(question: Question, store: SentenceStore, hits: Sequence[Hit], query_vector: np.ndarray,
            stats: SentenceStats, params: Params, profile: Profile, seen: frozenset = frozenset(),
            english_known: float | None = None, budget: int = MAX_ANSWER_CHARS) -> Answer:
    """The whole answer for one analysed question (pure over the store), at most ``budget``
    characters."""
    scored = score_sentences(question, store, hits, query_vector, stats, params, seen)
    if not scored:
        return layout.declined(question, decide(question, 0.0, None, False, params), store, hits, profile)
    best_dense = max(s.dense for s in scored)
    # the evidence must meet the question's constraints (lead_sentence): the best sentence that
    # does leads, even when one that does not (about another city, another year) scores higher
    meeting = lead_sentence(question, scored, params)
    if meeting is not None and meeting is not scored[0]:
        scored = [meeting] + [s for s in scored if s is not meeting]
    top = scored[0]
    has_value = holds_answer(question, top.sentence.text)
    verdict = decide(question, best_dense, top.check, has_value, params, english_known, top.dense,
                     names_long(question, top.sentence.text) or _byline_asked(question, top.sentence.text))
    if not verdict.answered:
        # the articles are about the question's subject but lack what it asks (another city,
        # another year, a value they do not give): the nearest sentence is offered, labelled.
        # Only when its other words are there as an answer's must be (coverage_min): "해운대 맛집"
        # gets no sentence about startups
        close = verdict.reason in ("value", "predicate") or (
            verdict.reason == "constraint" and verdict.coverage >= params.coverage_min)
        nearest = top if close else None
        return layout.declined(question, verdict, store, hits, profile, nearest)
    choice = choose(question, scored, store, params, budget)
    lead = choice.lead()
    if lead is not None and not choice.conflict and lead_off_topic(question, lead.lexical, lead.check.coverage, params):
        # the sentence that would lead is about something else, whatever passed the checks
        return layout.declined(question, Verdict(False, "coverage", (), verdict.dense, lead.check.coverage),
                               store, hits, profile)
    if lead is not None and frame_year_only(question, lead.sentence.text) and not any(
            date_bound(question, g[0].sentence.text) for g in choice.groups if g[0] is not lead):
        # the only date given is the year the article speaks from, bound to no event asked
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if lead is not None and other_end_only(question, lead.sentence.text, [g[0].sentence.text for g in choice.groups]):
        # "제일 비싸게 파는 주유소는?" over "가장 싸게 … 파는 주유소는 가람주유소": the other end
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if lead is not None and rank_unsaid(question, [g[0].sentence.text for g in choice.groups]):
        # "이용객이 제일 많았던 곳은?" over sentences that rank nothing: whatever they name is one
        # of many, not the top
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if lead is not None and names_event_only(question, lead.sentence.text):
        # "어느 기관이 분석했어?" over "…'제5회 가람축제'의 경제 효과가 …": the event the question
        # is about is neither the body nor the place asked, and the sentence names no other
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if lead is not None and application_unsaid(question, [g[0].sentence.text for g in choice.groups
                                                           if g[0].sentence.doc_id == lead.sentence.doc_id]):
        # "신청은 어디서 해요?" over sentences of the programme that say nothing of applying: a
        # sentence of the same article that does and names a place leads instead ("…읍·면
        # 행정복지센터에 신청하면 된다", its programme named in the article's first sentence), or
        # the question is declined
        applying = next((s for s in scored if s.sentence.doc_id == lead.sentence.doc_id and s is not lead
                         and not application_unsaid(question, [s.sentence.text])
                         and _place_applied_at(question, s.sentence.text)), None)
        if applying is None:
            return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                                   store, hits, profile, top)
        choice = choose(question, [applying] + [s for s in scored if s is not applying], store, params, budget)
        at = next((i for i, g in enumerate(choice.groups) if g[0] is applying), None)
        if at is not None:
            choice = replace(choice, ranked=(at, *(i for i in choice.lead_order() if i != at)))
        lead = choice.lead()
    if question.asks == "list" and lead is not None and _counted_only(question, choice):
        # "터미널 9곳이 어디어디야?" over "…터미널 9곳의 주차장을 무료로 운영한다": the articles count
        # the places the question asks to name, and name none of them
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if lead is not None and names_no_body(question, [g[0].sentence.text for g in choice.groups]):
        # "설계는 어느 업체가 맡았어?" over sentences naming no one at all: the articles do not say who
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if lead is not None and question.asks == "date" and milestone_unsaid(question, store.document(lead.sentence.doc_id).text):
        # "언제 착공해?" over an article that never says 착공: its dates are of other events
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    if question.wants_figure and not value_stated(question, choice, store):
        # a figure or a date asked for and none of the chosen sentences states one: they are
        # about the subject, not the answer ("언제 발매됐어?" over a sentence of no date)
        return layout.declined(question, Verdict(False, "value", (), verdict.dense, verdict.coverage),
                               store, hits, profile, top)
    return layout.answered(question, choice, store, hits, budget)


def _place_applied_at(question: Question, text: str) -> bool:
    """The sentence names the place asked with a place's particle ("행정복지센터에 신청하면"), not
    any phrase of it ("연합단위체 구성해 신청해야")."""
    span = value_span(question, text) if holds_answer(question, text) else None
    return span is not None and re.match(r"(?:에서|에|으로|로)(?![가-힣])", text[span.end:]) is not None


def other_end_only(question: Question, lead: str, texts: Sequence[str]) -> bool:
    """A place, a body or a person asked at one extreme ("제일 비싸게 파는 주유소는?") and the lead
    names only the other end ("가장 싸게 파는 주유소는 가람주유소"), no chosen sentence saying the
    end asked: whoever the lead names is not the one asked."""
    extreme = extreme_asked(question) if question.asks in ("place", "entity", "person") else None
    return (extreme is not None and other_extreme_only(lead, extreme)
            and not any(says_extreme(t, extreme) for t in texts))


def lead_sentence(question: Question, scored: Sequence[Scored], params: Params) -> Scored | None:
    """The sentence the answer leads with, or None when no sentence meets the question: the best
    scored that meets its constraints, or one about as good that states what is asked better
    (each step below names what "better" is, with the question that showed it)."""
    # The evidence must meet the question's constraints: the best sentence that does leads,
    # even when one that does not (about another city, another year) scores higher.
    meeting = next((s for s in scored if _meets(question, s, params)), None)
    if meeting is not None and question.asks in ("entity", "place", "person", "list"):
        # among the sentences about as good, the one holding a better answer of the kind asked
        # (a named room, not the building the question already names)
        # (not one that would lead off the question's words: compose declines it, lead_off_topic)
        close = [s for s in scored[:8] if s.score >= meeting.score - params.join_margin_cue
                 and _meets(question, s, params)
                 and (s is meeting or not lead_off_topic(question, s.lexical, s.check.coverage, params))]
        better = max(close, key=lambda s: s.cue, default=meeting)
        if better.cue >= meeting.cue + 0.25:
            meeting = better
    lead_doc = scored[0].sentence.doc_id if scored else None
    if meeting is not None and meeting.sentence.doc_id != lead_doc and meeting.check.coverage < scored[0].check.coverage:
        # the best sentence's article is what the question is about ("가람 돌봄 서비스는 몇 명한테
        # 지원해?"); a sentence of another article meeting the question with fewer of its words
        # (another programme's 3,500명) does not answer it when one of that article, about as good,
        # does ("…발달장애인 2000명에게 지원할 계획")
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            s.sentence.doc_id == lead_doc and s.check.coverage > meeting.check.coverage)) or meeting
    if meeting is not None and question.asks_value and not question.total \
            and meeting.check.coverage < params.lead_coverage_min:
        # "3분기까지 건설업에서 숨진 사람은 몇 명?": the best sentence gives the whole ("사고사망자는
        # 372명") and meets few of the question's words (lead_off_topic's measure); one about as good
        # meeting them all gives the part asked ("업종별로는 건설업이 198명") and leads (not for a
        # total asked, "총예산은?": a part's sentence may say more of its words)
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            s.check.coverage >= 1.0 and holds_answer(question, s.sentence.text))) or meeting
    if meeting is not None and wants_value(question) and not holds_answer(question, meeting.sentence.text):
        # a date, a person, a name asked: a sentence about as good that holds one leads — for a
        # person asked by post, one naming the post first ("보령해경 서장이 누구?" <- "…(서장
        # 류재남)는", not a sentence whose names hold no post)
        post = post_or_head(question)
        meeting = (post and _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            post in squash(s.sentence.text) and holds_answer(question, s.sentence.text)))) \
            or _close(question, scored, meeting, params.value_margin, params,
                      lambda s: holds_answer(question, s.sentence.text)) or meeting
    if meeting is not None and question.asks == "date" and not date_bound(question, meeting.sentence.text):
        # "준공은 언제?": a sentence about as good whose date is bound to the event asked ("2027년
        # 6월 준공해") leads over one dating another event of the same thing ("2021년 2월 착공했으나");
        # when the sentence does not say the event asked at all ("…공사가 올 연말 준공된다" for "언제
        # 착공했어?"), one saying and dating it leads from as far as a sentence holding a value
        # asked does (value_margin): the first gives no date of that event
        unsaid = bool(question.predicate) and meeting.check.predicate_distance != 0
        meeting = _close(question, scored, meeting, params.value_margin if unsaid else params.lead_margin, params,
                         lambda s: date_bound(question, s.sentence.text)
                         and (not unsaid or s.check.predicate_distance == 0)) or meeting
    if meeting is not None and full_name_span(question, meeting.sentence.text) is None and (
            FULL_NAME_ASKED.search(question.query)):
        # "가람협회 정식 명칭이 뭐야?": the sentence glossing the short name with the full one
        # ("가람경영혁신기업협회(가람협회)는 …") leads from as far as one holding a value asked
        meeting = _close(question, scored, meeting, params.value_margin, params,
                         lambda s: full_name_span(question, s.sentence.text) is not None) or meeting
    if meeting is not None and question.asks == "place" and not applying_topic(question, meeting.sentence.text):
        # "신청은 어디서 하나요?" over "…창작장려금 지원’ 신청을 오는 28일부터 …": the sentence whose
        # topic is applying ("신청은 가람지원시스템으로 할 수 있으며") says where, from as far as a
        # sentence holding a value asked leads (value_margin)
        meeting = _close(question, scored, meeting, params.value_margin, params, lambda s: (
            applying_topic(question, s.sentence.text) and holds_answer(question, s.sentence.text))) or meeting
    if meeting is not None and question.asks == "place" and event_aliases(question) \
            and not places_event(question, meeting.sentence.text):
        # "센터는 어디에 지었어?" over "19일 가람군에 따르면 … 운영한다": the place of the event asked is
        # given by a sentence about as good saying that event by news's noun for it ("…나래읍
        # 다온리 일원에 … 건립했다"). (Not by the question's verb: "어디에 갔는가?", "방문한 나라는?"
        # lost four KorQuAD answers so, to sentences saying the verb and any phrase)
        meeting = _close(question, scored, meeting, params.lead_margin, params,
                         lambda s: places_event(question, s.sentence.text)) or meeting
    if meeting is not None and question.asks_value and question.asks != "date" and question.predicate \
            and not value_bound(question, meeting.sentence.text):
        # "체불액 중에 바로 청산된 건 얼마나 돼?" over "…임금 63억 6천만원이 지급되지 않은": the
        # figure of the event asked is said by a sentence about as good whose verb for it is the
        # question's ("…48억 7천만원을 즉시 청산했고") — not a rounded figure over an exact one
        # ("16만여 가구가 정전되고" over "정전 피해를 겪은 가구는 16만1646가구")
        exact = not approximate(question, meeting.sentence.text)
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            value_bound(question, s.sentence.text) and not (exact and approximate(question, s.sentence.text)))) or meeting
    if meeting is not None and question.asks_value and question.asks != "date":
        # "작년보다 몇 % 늘었어?" over a headline's "작년보다 20% 늘려": the body's exact figure of
        # the same fact ("지난해에 비해 19.5%(72억원) 증가"), in a sentence of the article about
        # as good, leads
        rough, doc = figure_given(question, meeting.sentence.text), meeting.sentence.doc_id
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            s.sentence.doc_id == doc and more_exact(rough, figure_given(question, s.sentence.text)))) or meeting
    for mark in marks(question):
        # what the question marks its answer by (select.marks: the bound asked, "시도당이 최소 몇 개"
        # <- "5개 이상의 시도당이"; a quantity a date question names; the extreme asked; the year
        # before): a sentence about as good stating the marked answer leads over one stating another
        if meeting is not None and mark.fails(meeting.sentence.text):
            meeting = _close(question, scored, meeting, params.lead_margin, params,
                             lambda s: mark.holds(s.sentence.text)) or meeting
    if meeting is not None and question.asks_value and _EXACT_ASKED.search(question.query):
        # "정확히 몇 명이야?" over "…60만 명이 제주를 찾은": the exact figure said by a sentence
        # about as good ("방문객 수는 62만3천여 명") leads
        digits = precision(question, meeting.sentence.text)
        meeting = _close(question, scored, meeting, params.lead_margin, params,
                         lambda s: precision(question, s.sentence.text) > digits) or meeting
    if meeting is not None and frame_year_only(question, meeting.sentence.text):
        # its only date is the year the article speaks from, which would be declined below: a
        # sentence whose date is bound to the event asked ("지급 시기는 … 15일이다") leads instead
        # (of the same article: another article's event is another event)
        bound = next((s for s in scored if s.sentence.doc_id == meeting.sentence.doc_id and _meets(question, s, params)
                      and date_bound(question, s.sentence.text)), None)
        if bound is not None:
            meeting = bound
    if meeting is not None and question.asks_value and len(ways := change_ways(question.query)) == 1 \
            and change_ways(meeting.sentence.text) not in (ways, frozenset()):
        # "보험료 내려가는 가구는 몇 %?" over "…가구(30%)의 보험료가 올라간다": a change asked one
        # way is stated by a sentence about as good saying it that way ("…(15%)는 … 줄어든다")
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            change_ways(s.sentence.text) == ways and holds_answer(question, s.sentence.text))) or meeting
    if meeting is not None and question.asks_value and asks_change(question) \
            and not states_change(question, meeting.sentence.text):
        # "1월말보다 몇 명 늘었어?" over "…가람시 인구 구성은 거주자가 50만 명": how much it changed
        # is said by a sentence about as good giving a change ("…1월말에 비해 7000명 늘어난")
        meeting = _close(question, scored, meeting, params.lead_margin, params,
                         lambda s: states_change(question, s.sentence.text)) or meeting
    if meeting is not None and question.asks in ("amount", "count", "percent", "measure") \
            and not asks_change(question) and gives_change(question, meeting.sentence.text):
        # "할인율 몇 %로 올라?" over "…사용액이 127% 증가하는": the figure it would give is how much
        # something changed; a sentence about as good giving a level ("할인율을 … 13%로 상향") leads
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            holds_answer(question, s.sentence.text) and not gives_change(question, s.sentence.text))) or meeting
    if meeting is not None and question.asks in ("amount", "count", "percent", "measure") \
            and question.particle in ("로", "으로", "에서", "까지") and not takes_particle(question, meeting.sentence.text):
        # "몇 %로 올라?" over "…20% 특별할인 판매한": the value a change goes to (reaches, starts
        # from) is said with the question word's particle by a sentence about as good ("13%로 상향")
        meeting = _close(question, scored, meeting, params.lead_margin, params,
                         lambda s: takes_particle(question, s.sentence.text)) or meeting
    if meeting is not None and question.asks in ("place", "entity") and question.head \
            and names_event_only(question, meeting.sentence.text):
        # "KBI하남 센터를 지은 민간사업자는 어디?" over "…‘KBI하남’ 지식산업센터가 … 건립됐다", which
        # names only the thing the question is about: a sentence about as good naming a body by
        # the noun asked ("민간사업자인 ㈜나영산업은") leads, rather than the answer declined
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            question.head in s.sentence.text and not names_event_only(question, s.sentence.text)
            and holds_answer(question, s.sentence.text))) or meeting
    if meeting is not None and question.asks == "list" and question.count \
            and not _lists_counted(question, meeting.sentence.text):
        # "새로 설치되는 3곳 알려줘" over "…서울경찰청, 도로교통공단 등과 사전 수요조사, 현장 조사를":
        # the sentence naming as many items as asked and saying that count itself ("△가람초등학교
        # △나래유치원 △다온어린이집 3개소다") leads from about as good
        meeting = _close(question, scored, meeting, params.lead_margin, params,
                         lambda s: _lists_counted(question, s.sentence.text)) or meeting
    said = qualifiers(question)
    if meeting is not None and question.asks in ("amount", "count", "percent", "measure") and said \
            and not all(q in squash(meeting.sentence.text) for q in said):
        # "외국인 관람객은 몇 명이야?" over "…관람객 수가 … 1천338만 6천705명을 기록했다": the part
        # asked, said with the noun that sets it apart, is counted by a sentence about as good
        # saying it so ("외국인 관람객은 257만 2천364명으로"), not by the whole's (as
        # select._best_stated_first orders the sentences chosen)
        meeting = _close(question, scored, meeting, params.lead_margin, params, lambda s: (
            all(q in squash(s.sentence.text) for q in said) and holds_answer(question, s.sentence.text))) or meeting
    floor = passed_value(question, meeting.sentence.text) if meeting is not None else None
    if floor is not None:
        # "예산 얼마야?" over "…6000억 원을 넘어섰다": the article's exact figure (6075억 원), in
        # another sentence meeting the question, leads
        exact = next((s for s in scored if s.sentence.doc_id == meeting.sentence.doc_id and _meets(question, s, params)
                      and exact_of_passed(question, s.sentence.text, floor)), None)
        if exact is not None:
            meeting = exact
    return meeting


def _lists_counted(question: Question, text: str) -> bool:
    """``text`` lists as many items as the question counts (question.count, "3곳") and says that
    count in its counter's kind ("3개소"): the list asked, counted by the article itself."""
    n, form = question.count
    asked = figures(form)
    unit = asked[0].unit if asked else None
    return len(answer_items(question, text)) == n and any(
        f.value == n and (unit is None or f.unit == unit) for f in figures(text))


def _byline_asked(question: Question, text: str) -> bool:
    """The writer of an article is asked and ``text`` is an article's byline naming one: a
    question of few words of its own ("…기사 쓴 기자 누구야?") that the encoder puts far from any
    sentence, answered by the byline itself (the rest of it checked as for any question)."""
    return question.asks == "person" and WRITER_ASKED.search(question.query) is not None \
        and value_span(question, text) is not None


def value_stated(question: Question, choice: Choice, store: SentenceStore) -> bool:
    """A chosen sentence of the leading sentence's article states a value of the kind asked
    (select.states_value). Another article's figure joined for its words answers about what
    that article is about: "…최종보고회에는 몇 명이 참석했나요?" is not answered by 30명 at another
    article's meeting beside a sentence that names the asked one and no count. Articles that
    disagree (a conflict) each state their own."""
    lead = choice.lead()
    return lead is not None and any(states_value(question, g[0], store) for g in choice.groups
                                    if choice.conflict or g[0].sentence.doc_id == lead.sentence.doc_id)


_EVERY_ONE_ASKED = re.compile(r"어디\s*어디|뭐\s*뭐|무엇\s*무엇|누구\s*누구|어느\s*어느")


def _counted_only(question: Question, choice: Choice) -> bool:
    """A list asked by its count ("9곳이 어디어디야?"), and the chosen sentences give that count and
    no enumeration of two items or more."""
    counts = [squash(c.text) for c in question.constraints if c.kind == "number"
              and any(f.kind == "count" for f in figures(c.text))]
    # (asked as a list in so many words: "어디어디", "뭐뭐"; a count elsewhere in a question, "6대
    # 기본법률 중 하나로 … 법안은 무엇인가?", is no number of items asked)
    # (… or by the kind each one is, "빈집 12개는 어느 동에 있어?": one of so many asked where — counted
    # as things are, not by 대, which numbers an election or a generation as often: "19대 총선")
    which_of_many = bool(question.head) and re.search(rf"(?:어느|어떤|무슨)\s*{re.escape(question.head or '')}",
                                                      question.text) is not None
    if which_of_many and not _EVERY_ONE_ASKED.search(question.text):
        counts = [n for n in counts if re.fullmatch(r"\d+(?:개|곳|명|가지|군데)", n)]
    if not counts or not (_EVERY_ONE_ASKED.search(question.text) or which_of_many):
        return False
    texts = [g[0].sentence.text for g in choice.groups]
    return any(n in squash(t) for n in counts for t in texts) and not any(
        len(answer_items(question, t)) >= 2 for t in texts)


# a figure asked exactly: "정확히 몇 명", "정확한 금액"
_EXACT_ASKED = re.compile(r"정확(?:히|한|하게)")


def _close(question: Question, scored, meeting, margin: float, params: Params, ok):
    """The best sentence scoring within ``margin`` of ``meeting``, meeting the question, for which
    ``ok`` holds, or None: a rival that states what the question asks better than it does."""
    return next((s for s in scored if s.score >= meeting.score - margin and _meets(question, s, params) and ok(s)), None)


def _meets(question: Question, s, params: Params) -> bool:
    if s.check.missing or s.check.coverage < params.coverage_min or not s.check.predicate_ok(params):
        return False
    return not needs_value(question, params) or holds_answer(question, s.sentence.text)


__all__ = ["compose", "check"]
