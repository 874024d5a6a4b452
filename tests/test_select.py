"""qa.select: which chosen sentence gives the first line."""
from __future__ import annotations

import pytest

from test_abstain import FakeStore

from qa.abstain import Check
from qa.params import Params
from qa.question import analyze
from qa.select import Choice, Scored, choose
from qa.types import Document


def Rows(lines, docs=None):
    """A store over sentences, one line each; ``docs`` names each line's article."""
    docs = docs or ["a"] * len(lines)
    return FakeStore([Document(d, "", "\n".join(t for t, dd in zip(lines, docs) if dd == d))
                      for d in dict.fromkeys(docs)])


OK = Check(1.0, 1.0, ())  # every constraint met


def scored(rows, *specs) -> list[Scored]:
    """Scored sentences of ``rows``, best first: each spec is (gid, score, dense, lexical, cue[, passage rank])."""
    return [Scored(gid, rows.sentence(gid), score, dense, lex, cue_, rank[0] if rank else 1, OK)
            for gid, score, dense, lex, cue_, *rank in specs]


FRAME = "박형식은 아이돌 그룹 활동과 함께 뮤직비디오 ‘데이트’의 남자 주인공으로 출연하였다."
STATES = "박형식은 2010년 아이돌 그룹 제국의 아이들로 데뷔하였다."


def _choice(params: Params) -> tuple[Choice, Rows]:
    q = analyze("박형식이 데뷔한 아이돌 그룹의 이름은 무엇인가?")
    rows = Rows([FRAME, STATES])
    # the sentence that frames the answer scores a little above the one that states it
    return choose(q, scored(rows, (0, 1.50, 0.90, 0.8, 0.5), (1, 1.46, 0.88, 0.8, 0.9)), rows, params), rows


def test_the_first_line_comes_from_the_sentence_that_states_the_answer():
    choice, _ = _choice(Params(lead_margin=0.08, lead_weight=0.1, join_margin=0.06))
    lead = choice.groups[choice.lead_order()[0]][0]
    assert lead.gid == 1
    # reading order below is unchanged: the framing sentence still comes first in the body
    assert [g[0].gid for g in choice.groups] == [0, 1]


def test_off_the_best_sentence_leads_as_scored():
    choice, _ = _choice(Params(lead_margin=-1, lead_weight=0.1, join_margin=0.06))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0
    # and a rival further than the margin does not lead either
    choice, _ = _choice(Params(lead_margin=0.01, lead_weight=0.1, join_margin=0.06))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


def _two_articles(question: str, first: str, second: str) -> Choice:
    q = analyze(question)
    rows = Rows([first, second], ["a", "b"])
    return choose(q, scored(rows, (0, 1.50, 0.90, 0.8, 1.0), (1, 1.48, 0.89, 0.8, 1.0, 2)), rows, Params())


def test_two_articles_disagreeing_on_a_figure_are_a_conflict():
    choice = _two_articles("아카데미는 몇 명의 인재를 양성하나요?", "아카데미는 5년간 5,000여 명을 양성한다.",
                           "아카데미는 5년간 3,000여 명을 양성한다.")
    assert choice.conflict


def test_two_meetings_or_two_dates_are_no_conflict():
    # 제14차 and 제17차 are two meetings, not two readings of one figure
    choice = _two_articles("비상경제대책회의는 몇 차 회의였나요?", "시는 제14차 비상경제대책회의를 열었다.",
                           "시는 제17차 비상경제대책회의를 열었다.")
    assert not choice.conflict
    # … both are shown, each with its article, the better one first
    assert [g[0].gid for g in choice.groups] == [0, 1] and choice.lead_order()[0] == 0
    choice = _two_articles("보고회는 언제 열렸나요?", "보고회는 9월 16일 열렸다.", "보고회는 12월 2일 열렸다.")
    assert not choice.conflict


def test_a_sentence_ranked_first_leads_even_when_no_rule_cuts_a_span_from_it():
    # "언제" asks for a date; the sentence that answers says "우기 외에는" (no date figure), and a
    # joined sentence has a date of something else. The first line must not jump to that date.
    from qa import layout

    q = analyze("그 새가 둥지를 떠나는 것으로 알려진 시기는 언제인가?")
    states = "그 새가 둥지를 떠나는 것이 알려진 때는 우기 외에는 없다."
    other = "짝짓기는 보통 4월에서 6월 사이에 이뤄진다."
    rows = Rows([states, other])
    choice = choose(q, scored(rows, (0, 1.50, 0.90, 0.8, 0.0), (1, 1.45, 0.85, 0.5, 1.0)), rows, Params(lead_margin=0.2, lead_weight=0.01, join_margin=0.2))
    assert len(choice.groups) == 2 and choice.groups[choice.lead_order()[0]][0].gid == 0
    first = layout.answered(q, choice, rows, []).answer.split("\n")[0]
    assert "우기" in first and "4월" not in first


def test_a_sentence_that_names_the_thing_is_the_cue_when_the_question_asks_its_name():
    from qa.select import cue

    q = analyze("모든 후보와의 대결에서 이기는 후보를 무엇이라고 부르는가?")
    names = "이처럼 모든 후보와의 일대일 대결에서 이기는 후보를 콩도르세 승자라고 부른다."
    example = "반면 C는 어느 누구와 일대일 대결을 하여도 이긴다."
    assert cue(q, names) == 2.0 and cue(q, example) < 1.0
    # a question that does not ask for a name gets no such cue
    assert cue(analyze("모든 대결에서 이긴 후보는 누구인가?"), names) < 2.0


def _states_alone(question: str, sentence: str) -> bool:
    """select.states_value for a store of the one sentence."""
    from qa.select import states_value

    rows = Rows([sentence])
    return states_value(analyze(question), scored(rows, (0, 1.0, 0.9, 0.5, 0.0))[0], rows)


def test_hours_asked_by_both_ends_are_stated_by_a_span_of_hours():
    # "몇 시부터 몇 시까지 열어?" <- "운영시간은 … 오전 10시부터 오후 9시까지다": no word shared (열다,
    # 운영시간), but the span of hours is what is asked; one hour alone shares nothing
    asked = "가람공원 놀이터 몇 시부터 몇 시까지 열어?"
    assert _states_alone(asked, "운영시간은 매주 수~일요일 오전 10시부터 오후 9시까지다.")
    assert not _states_alone(asked, "개소식은 오는 28일 오후 2시에 열린다.")


def test_a_value_is_stated_by_a_sentence_that_shares_the_questions_words():
    # "언제 발사됐어?": the sentence about the satellite gives no date; its neighbour gives the
    # date of something else and shares only a digit with the question (the 5 of 5호)
    from qa.select import states_value

    q = analyze("한빛 5호는 언제 발사됐어?")
    rows = Rows(["한빛 5호는 경쟁 위성보다 앞서 발사되었다.", "이 서비스는 2004년 11월 5일에 공개되었다.",
                 "한빛 5호는 2004년 11월 3일에 발사되었다."])
    assert [states_value(q, s, rows) for s in scored(rows, *[(i, 1.0, 0.9, 0.5, 0.0) for i in range(3)])] \
        == [False, False, True]


def test_a_compound_shares_its_head_not_its_first_part():
    # Kiwi keeps 조조할인 whole: the sentence's 할인 is its head; 대학원 is no 대학
    from qa.select import states_value

    q = analyze("지하철 조조할인은 몇 시 전에 타야 돼?")
    rows = Rows(["오전 6시30분 이전에 이용하는 첫 번째 교통수단 20% 할인 정책은 유지된다.",
                 "정기권은 오전 7시부터 쓸 수 있다."])
    assert [states_value(q, s, rows) for s in scored(rows, *[(i, 1.0, 0.9, 0.5, 0.0) for i in range(2)])] \
        == [True, False]
    # and a compound the question splits (용역 + 비) is the sentence's one word 용역비
    assert _states_alone("인천 섬 활성화 방안 용역비는 얼마야?", "용역비는 총 2000만원이다.")
    assert not _states_alone("대학원은 몇 년에 세워졌어?", "이 대학은 1946년에 문을 열었다.")


def test_a_counter_of_its_own_says_what_is_counted():
    # "책 총 몇 권?" <- "총 50만여 권의 도서를": 권 counts books, though the sentence says 도서
    assert _states_alone("나래 도서관들 책 모두 몇 권 갖고 있어?", "이곳은 영어도서에 이르기까지 50만여 권의 도서를 소장한다.")
    # a counter of anything says nothing of what is counted
    assert not _states_alone("나래 도서관들 책 모두 몇 개 갖고 있어?", "이곳은 영어도서에 이르기까지 50만여 개의 자료를 둔다.")


def test_a_year_asked_labelling_a_figure_of_a_list_by_years_says_which_it_is():
    # "2021년 … 이송 인원은?" <- "2017년 725명, 2019년 874명, 2021년 899명": the year labels the
    # figure, where a digit alone would be found in any date
    assert _states_alone("2021년 가람해경 응급환자 이송 인원은?", "2017년 725명, 2019년 874명, 2021년 899명 등이다.")
    assert not _states_alone("2021년 가람해경 응급환자 이송 인원은?", "2017년 725명, 2019년 874명으로 늘었다.")
    assert not _states_alone("2021년 가람해경 응급환자 이송 인원은?", "2021년 들어 쓰인 예산은 4,084만원이다.")


def test_a_name_kiwi_keeps_whole_shares_the_head_the_question_asks():
    # "출신 고등학교" meets "광주제일고등학교" (one token): a Korean compound ends in what it is;
    # one syllable (국 of 중국) and digits (10 of 2010) are no heads
    from qa.korean import tokenize
    from qa.select import SentenceStats, _heads, overlap

    stats = SentenceStats({}, 1.0)
    q = tokenize("강정호의 출신 고등학교는?")
    assert overlap(q, tokenize("그는 야구명문 광주제일고등학교의 주장이었다."), stats) > 0
    assert overlap(["국"], ["중국"], stats) == 0
    assert overlap(["10"], ["2010"], stats) == 0
    assert overlap(["대학"], ["대학원"], stats) == 0
    # the heads read once for all the sentences scored give each sentence the same share
    sentences = [tokenize("그는 야구명문 광주제일고등학교의 주장이었다."), tokenize("강정호는 출신 학교를 밝혔다.")]
    heads = _heads(set(q), {t for s in sentences for t in s})
    assert heads == {"고등학교"}
    assert [overlap(q, s, stats, heads) for s in sentences] == [overlap(q, s, stats) for s in sentences]


def test_which_questions_only_a_figure_answers():
    assert analyze("한빛 5호는 언제 발사됐어?").wants_figure
    assert analyze("그 다리가 만들어진 해는?").wants_figure
    assert analyze("예산은 얼마야?").wants_figure
    # a time asked as 때/시기 may be a phrase ("산란 시", "조선 왕조"); names and things are no figures
    assert not analyze("사찰이 폐쇄된 때는?").wants_figure
    assert not analyze("그 새가 둥지를 떠나는 시기는 언제인가?").wants_figure
    assert not analyze("센터장은 누구야?").wants_figure


def test_a_sentence_that_restates_the_question_brings_the_one_before_it():
    # "해당 잡지" names nothing; the sentence before names the magazine
    from qa.select import cue

    q = analyze("배우 한결이 편집장으로 활동한 잡지는?")
    before = "그의 스튜디오는 2014년 브랜드 잡지 《새벽 노트》의 발간으로 시작을 알렸다."
    restates = "한결은 해당 잡지의 편집장으로 활동한다."
    rows = Rows([before, restates])
    ranked = scored(rows, (1, 1.70, 0.94, 1.0, cue(q, restates)), (0, 1.30, 0.80, 0.4, cue(q, before)))
    assert ranked[1].cue > ranked[0].cue
    choice = choose(q, ranked, rows, Params(join_margin=0.06, join_margin_cue=0.06))
    assert {g[0].gid for g in choice.groups} == {0, 1}


def test_a_close_sentence_that_brings_no_new_word_is_shown_but_does_not_lead():
    # the best sentence frames the answer, the next states it in words the best one already
    # holds: shown (there is room), but the first line stays with the sentences chosen first
    q = analyze("가람 정부의 연평균 지원 실적은?")
    frame = "연평균 지원 실적은 누리 정부보다 가람 정부 때 더 많았다는 비판도 있다."
    states = "연평균 실적을 비교하면 가람 정부 때는 연평균 9천815만 달러에 달했다."
    rows = Rows([frame, states, "지원은 이듬해 끊겼다."])
    choice = choose(q, scored(rows, (0, 1.74, 0.92, 1.0, 1.0), (1, 1.68, 0.89, 0.95, 0.9), (2, 1.0, 0.7, 0.1, 0.0)),
                    rows, Params(join_margin=0.2, lead_margin=0.2, lead_weight=0.1))
    assert [g[0].gid for g in choice.groups] == [0, 1]  # the far one stays out
    assert choice.groups[choice.lead_order()[0]][0].gid == 0
    # … and it never takes the place of one that brings a word of the question the best lacks
    q = analyze("가람 정부의 연평균 대북 지원 실적은?")
    brings = "가람 정부의 대북 지원은 누리 정부 때와 달랐다."
    rows = Rows([frame, states, brings])
    room = len(frame) + max(len(states), len(brings)) + 5
    assert len(frame) + len(states) + len(brings) > room
    choice = choose(q, scored(rows, (0, 1.74, 0.92, 1.0, 1.0), (1, 1.68, 0.89, 0.95, 0.9), (2, 1.60, 0.85, 0.6, 0.0)),
                    rows, Params(join_margin=0.2, lead_margin=0.2, lead_weight=0.1), budget=room)
    assert [g[0].gid for g in choice.groups] == [0, 2]


def test_a_sentence_an_enumeration_carries_in_leads_only_on_its_own_score():
    # "두 가지 신호" brings the next two sentences with the announcing sentence's score; the
    # second names a letter the span rules like ("B라면"), but it scored far below on its own
    q = analyze("뇌파의 반응을 기록하려고 실험에 쓴 동물은?")
    announces = "뇌파의 반응을 기록한 결과 생쥐에서는 두 가지 신호가 번갈아 나타났다."
    rows = Rows([announces, "신호는 천천히 바뀌지 않았다.", "밝은 방의 신호가 A이고 어두운 방의 신호가 B라면, 둘이 번갈아 켜졌다."])
    ranked = scored(rows, (0, 1.44, 0.88, 0.65, 0.3), (2, 0.90, 0.70, 0.0, 0.0), (1, 0.80, 0.70, 0.0, 0.0))
    choice = choose(q, ranked, rows, Params(lead_margin=0.2, lead_weight=0.1))
    assert [g[0].gid for g in choice.groups] == [0, 1, 2]  # the enumeration is shown whole
    assert choice.groups[choice.lead_order()[0]][0].gid == 0
    # never scored on its own, it does not lead either
    choice = choose(q, ranked[:1], rows, Params(lead_margin=0.2, lead_weight=0.1))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


def test_a_date_bound_to_the_event_asked_leads():
    # the best-scored sentence dates another event of the same thing (its plan's approval)
    q = analyze("트램은 언제 개통한대?")
    rows = Rows(["트램 사업이 1996년 기본계획 승인 이후 첫 삽을 떴다.", "트램은 시운전을 거쳐 2028년 말 개통될 전망이다."])
    choice = choose(q, scored(rows, (0, 1.51, 0.90, 0.7, 1.0), (1, 1.35, 0.88, 0.6, 1.0)), rows,
                    Params(lead_margin=0.2, lead_weight=0.1, join_margin=0.2))
    assert choice.groups[choice.lead_order()[0]][0].gid == 1
    # … even when that sentence brought no word the best lacked (shown, not chosen first)
    q = analyze("공익수당 신청 마감이 언제야")
    rows = Rows(["과장은 16일 “공익수당 기간 내 신청하길 바란다”고 말했다.", "공익수당은 3월 13일까지 신청·접수할 수 있다."])
    choice = choose(q, scored(rows, (0, 1.53, 0.90, 0.7, 1.0), (1, 1.44, 0.88, 0.6, 1.0)), rows,
                    Params(lead_margin=0.2, lead_weight=0.1, join_margin=0.2))
    assert choice.groups[choice.lead_order()[0]][0].gid == 1
    # a date bound to nothing asked changes nothing: the best-scored leads
    rows = Rows(["과장은 16일 “공익수당 기간 내 신청하길 바란다”고 말했다.", "공익수당은 3월 13일 지역 화폐로 지급된다."])
    choice = choose(q, scored(rows, (0, 1.53, 0.90, 0.7, 1.0), (1, 1.44, 0.88, 0.6, 1.0)), rows,
                    Params(lead_margin=0.2, lead_weight=0.1, join_margin=0.2))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


def test_a_date_taking_the_particle_asked_is_bound():
    from qa.select import date_bound

    # "언제부터": the start of what the question says, not another year the sentence dates
    q = analyze("가람시 버스 요금은 언제부터 올라요?")
    assert date_bound(q, "가람시 버스 요금이 7월부터 1400원으로 오를 전망이다.")
    assert not date_bound(q, "가람시 버스 요금은 2012년 1100원에서 1150원이 됐다.")
    assert not date_bound(analyze("가람시 버스 요금은 언제 올라요?"), "지난 5일까지 의견을 받았다.")


def test_a_day_asked_by_its_event_noun_is_bound_to_it():
    from qa.select import date_bound

    # "며칠에 해?": no predicate and 며칠 heads nothing; the noun it is said of is what happens
    q = analyze("가람군의회 개원식은 며칠에 해?")
    assert date_bound(q, "의회는 7월 4일 임시회를 통해 의장단을 선출하고 5일 개원식을 진행하기로 했다.")
    assert not date_bound(q, "가람군의회는 14일 당선 의원 간담회를 개최했다.")


def test_a_figure_the_verb_asked_takes_is_bound():
    # (answer.compose: "바로 청산된 건 얼마?" is led by the sentence whose sum the verb asked takes)
    from qa.select import value_bound

    q = analyze("적발된 체불액 중에 바로 청산된 건 얼마나 돼?")
    assert value_bound(q, "노동부는 105곳에서 임금 48억 7천만원을 즉시 청산했고 6곳은 청산을 진행 중이다.")
    # another verb's sum, a verb after the clause has ended, no verb asked
    assert not value_bound(q, "118곳에서 임금 63억 6천만원이 지급되지 않은 것으로 드러났다.")
    assert not value_bound(q, "임금 6.6억 원을 체불한 사실이 드러났고 법인 자금으로 체불 임금을 청산했다.")
    assert not value_bound(analyze("체불액은 얼마야?"), "임금 48억 7천만원을 즉시 청산했다.")
    # a plain verb of one syllable binds any sum: another payer's fine is no answer by it
    assert not value_bound(analyze("금연구역에서 담배 피우다 걸리면 얼마 내요?"), "업주는 170만원의 과태료를 내야 한다.")


def test_a_value_asked_comes_from_the_leading_sentences_article():
    from qa.answer import value_stated

    q = analyze("녹색성장 보고회에는 몇 명이 참석했나요?")
    rows = Rows(["시는 최근 녹색성장 보고회를 열고 감축 목표를 발표했다.",
                 "기업 대표와 전문가 등 30명이 참석해 핵심사업을 검토했다."], ["a", "b"])
    groups = tuple((s,) for s in scored(rows, (0, 1.5, 0.9, 0.8, 0.0), (1, 1.4, 0.85, 0.5, 1.0, 2)))
    # the article about the meeting asked states no count; the other article's 30명 is another meeting's
    assert not value_stated(q, Choice(groups, False, (0, 1)), rows)
    # the same two sentences in one article: its count is the meeting's
    one = Rows([r.text for r in rows.rows])
    assert value_stated(q, Choice(tuple((s,) for s in scored(one, (0, 1.5, 0.9, 0.8, 0.0), (1, 1.4, 0.85, 0.5, 1.0))),
                                  False, (0, 1)), one)
    # articles shown as disagreeing each state their own value
    assert value_stated(q, Choice(groups, True, (0, 1)), rows)


def test_a_whole_asked_leads_from_a_sentence_stating_it_beside_a_part():
    # "총 얼마 들어?": the best sentence gives a part (설계비), a close one the total in words the
    # best already holds; the total competes to lead instead of only backing the part
    part = "가람시는 내년도 예산에 신청사 설계비 162억 원 편성이 확정됐다고 밝혔다."
    whole = "시의회가 들어설 신청사는 연면적 11만㎡ 규모이며 총사업비는 4500억 원으로 추산된다."
    rows = Rows([part, whole])
    specs = ((0, 1.28, 0.90, 0.3, 1.0), (1, 1.24, 0.86, 0.3, 1.0))
    params = Params(join_margin=0.2, lead_margin=0.2, lead_weight=0.1)
    choice = choose(analyze("가람시 신청사 짓는 데 총 얼마 들어?"), scored(rows, *specs), rows, params)
    assert choice.lead().gid == 1
    # a part asked is no reason: the best sentence leads as before
    choice = choose(analyze("가람시 신청사 설계비는 얼마야?"), scored(rows, *specs), rows, params)
    assert choice.lead().gid == 0


def test_another_articles_sentence_with_fewer_of_the_questions_words_does_not_lead():
    # "출생아 얼마나 줄었어?": the best sentence (its article about births) says 감소했다; another
    # article's list of places whose population 줄었다 shares the question's verb, scores close and
    # holds fewer of its words — it is shown, it does not lead (both state a change: the rule that
    # a change asked is answered by a sentence stating one does not decide it)
    q = analyze("출생아 얼마나 줄었어?")
    lines = ["9월 출생아는 3만7200명으로 지난해 같은 달보다 4500명(10.8%) 감소했다.",
             "반면 가람구, 나래구 등 154개 지역의 인구는 2738명 줄었다."]
    params = Params(join_margin=0.2, lead_margin=0.2, lead_weight=0.1)

    def lead(docs):
        rows = Rows(lines, docs)
        specs = [Scored(0, rows.sentence(0), 1.21, 0.90, 0.15, 1.0, 1, Check(1.0, 0.53, ())),
                 Scored(1, rows.sentence(1), 1.11, 0.83, 0.17, 1.0, 2, Check(1.0, 0.20, ()))]
        return choose(q, specs, rows, params).lead().gid

    assert lead(["a", "b"]) == 0
    # of the same article, it competes as before (and its verb wins it the lead)
    assert lead(["a", "a"]) == 1


@pytest.mark.parametrize("question, lead", [
    ("가람 시험 재학생 지원자는 몇 명이에요?", 1),  # names no item of the list: the whole leads
    ("가람 시험 국어 지원자는 몇 명이에요?", 0),  # names one: its item is the answer
])
def test_an_item_of_a_breakdown_list_does_not_lead_over_the_figure_asked_whole(question, lead):
    rows = Rows(["영역별 지원자는 국어 59만2229명, 영어 58만8823명이다.",
                 "재학생은 지난해보다 3237명 늘어난 44만8111명이다."])
    specs = ((0, 1.25, 0.85, 0.4, 1.0), (1, 1.24, 0.88, 0.25, 1.0))
    params = Params(join_margin=0.2, lead_margin=0.2, lead_weight=0.1)
    assert choose(analyze(question), scored(rows, *specs), rows, params).lead().gid == lead


def test_a_list_is_read_by_its_separators():
    from qa.select import _listed_part

    q = analyze("가람 범죄 검거율 몇 %예요?")
    assert _listed_part(q, "주요 범죄 검거율은 ▲살인 93.4% ▲강도 96.7% ▲방화 87%로 나타났다.")
    assert not _listed_part(analyze("살인 검거율 몇 %예요?"), "주요 범죄 검거율은 ▲살인 93.4% ▲강도 96.7%로 나타났다.")
    # two figures a verb stands between are no list
    assert not _listed_part(analyze("재학생은 몇 명?"), "재학생은 지난해보다 3237명 늘어난 44만8111명이다.")
    assert not _listed_part(q, "검거율은 72.3%로 지난해 4분기(73.2%)와 비교하면 0.9%포인트 하락했다.")
    # a label with its topic particle is the item named ("중학교는 67명" for "중학교 … 몇 명")
    text = "신입생은 초등학교 298명, 중학교는 365명, 고등학교는 374명이다."
    assert _listed_part(analyze("가람 신입생은 몇 명이야?"), text)
    assert not _listed_part(analyze("가람 중학교 신입생은 몇 명이야?"), text)
    # … a Latin label's too ("PC가 73%" names the PC asked)
    text = "가람 게임 매출은 PC가 73%, 모바일이 27%를 차지했다."
    assert not _listed_part(analyze("가람 매출에서 PC 게임 비중이 몇 퍼센트예요?"), text)
    assert _listed_part(analyze("가람 게임 매출 비중이 몇 퍼센트예요?"), text)
    # a figure of the unit outside the list may be the one asked
    assert not _listed_part(analyze("무 값은 작년보다 얼마나 올랐대?"),
                            "특히 무가 지난해보다 105% 상승했고 배추 41%, 계란은 16% 올랐다.")


def test_a_value_the_answer_must_hold_leads_from_the_sentence_holding_it():
    # compose put the sentence holding the sum first; the two that join score higher and hold
    # none: they are shown, the sum leads ("용역비는 얼마야?" is a sum, not a plan)
    q = analyze("가람시 섬 활성화 방안 용역비는 얼마야?")
    rows = Rows(["용역비는 총 2000만원이다.",
                 "시는 가람시 섬 만의 콘텐츠를 발굴하기 위해 ‘섬 활성화 방안 수립 용역’을 이달 안에 착수한다.",
                 "시는 가람시 섬 관광 산업을 활성화하기 위해 해당 용역을 실시한다."])
    specs = [(0, 1.18, 0.88, 0.1, 1.0), (1, 1.54, 0.89, 0.8, 0.0), (2, 1.45, 0.88, 0.7, 0.0)]
    choice = choose(q, scored(rows, *specs), rows, Params(lead_margin=0.2, lead_weight=0.1, join_margin=0.4))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0
    # a question that does not require the value is led as scored
    q = analyze("가람시 섬 활성화 방안 용역은 언제 착수해?")
    choice = choose(q, scored(rows, *specs), rows, Params(lead_margin=0.2, lead_weight=0.1, join_margin=0.4))
    assert choice.groups[choice.lead_order()[0]][0].gid != 0



def test_a_date_put_first_for_holding_it_is_not_passed_over_for_a_sentence_holding_none():
    # compose put the sentence holding the date first (within value_margin); the one that joins
    # scores higher and holds no date: its first line would state nothing
    q = analyze("올해 마을정원 공모는 언제까지 받았어?")
    rows = Rows(["시에 따르면 지난 3월까지 공모를 받은 결과 9곳이 신청했다.",
                 "시가 올해 마을정원 조성 공모를 거쳐 대상지 5곳을 최종 선정했다."])
    specs = [(0, 1.20, 0.84, 0.2, 1.0), (1, 1.66, 0.90, 1.0, 0.0)]
    choice = choose(q, scored(rows, *specs), rows, Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.5))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0
    # a higher sentence holding a date of its own still competes on its merit
    rows = Rows(["시에 따르면 지난 3월까지 공모를 받은 결과 9곳이 신청했다.",
                 "시가 올해 마을정원 조성을 위해 4월 30일까지 공모를 받아 대상지 5곳을 최종 선정했다."])
    choice = choose(q, scored(rows, *specs), rows, Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.5))
    assert choice.groups[choice.lead_order()[0]][0].gid == 1


def test_a_sentence_that_would_lead_off_the_questions_words_does_not_lead():
    # the second sentence names a thing in marks (a better span for "이름이 뭐예요?") but shares
    # almost none of the question's words: leading with it would have the answer declined
    q = analyze("데이터 인력을 키우려고 시가 새로 여는 교육 과정은 이름이 뭐예요?")
    rows = Rows(["가람대학교는 데이터 인력을 키우는 대학원 과정을 새로 연다.",
                 "또 ‘가람 코딩 스쿨’ 교육을 개설해 실무인재를 길러낸다."])
    far = Check(1.0, 0.3, ())
    specs = [Scored(0, rows.sentence(0), 1.25, 0.89, 0.5, 0.9, 1, OK),
             Scored(1, rows.sentence(1), 1.22, 0.91, 0.1, 1.0, 1, far)]
    choice = choose(q, specs, rows, Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.5,
                                            lead_lexical_min=0.2, lead_coverage_min=0.6))
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


def test_the_articles_own_year_alone_dates_no_event():
    from qa.select import date_bound, frame_year_only

    q = analyze("가람항 수화물 시스템은 언제 완공돼요?")
    # the year of the plan, not of the completion asked
    assert frame_year_only(q, "도는 올해 가람항 수화물 시스템 구축 등을 추진할 계획이다.")
    assert not frame_year_only(q, "가람항 수화물 시스템은 올해 말 완공된다.")  # bound to 완공
    assert not frame_year_only(q, "가람항 수화물 시스템은 2027년 3월 완공된다.")  # a date of its own
    # "언제부터" answered by "지난해부터": the year takes the particle asked
    q = analyze("가람군이 축하 물품을 주기 시작한 게 언제부터예요?")
    assert date_bound(q, "가람군은 조례를 제정해 지난해부터 어르신에게 축하 물품을 전달하고 있다.")


def test_a_long_name_is_shared_however_kiwi_cut_it_a_short_one_is_not():
    # the question's 사랑상품권 is the sentence's "군산사랑상품권" (to Kiwi 군산사랑 + 상품); the
    # question's 세종, a place said beside any date of its articles, is not enough
    assert _states_alone("군산 사랑상품권 새해엔 며칠부터 팔아요?",
                         "전북 군산시가 오는 2023년 1월 2일 오전 9시부터 4개 금융기관에서 군산사랑상품권 판매를 시작한다.")
    assert not _states_alone("세종 광역급행버스는 언제부터 운행해요?", "세종시 시내버스 요금이 7월부터 1400원으로 오를 전망이다.")


def test_articles_about_different_things_are_no_conflict():
    # a jeonse loan's cap and a voucher's purchase limit answer "최대 얼마" with two figures
    # of the same unit: each article says a word of the question the other does not
    choice = _two_articles("상품권 한 달에 최대 얼마까지 살 수 있어요?",
                           "시는 대출이자를 최대 45만 원까지 지원한다.",
                           "1월 한 달간은 종이상품권 구매한도를 30만원까지 상향한다.")
    assert not choice.conflict
    # the same words of the question in both: a conflict still
    choice = _two_articles("아카데미는 몇 명의 인재를 양성하나요?", "아카데미는 5년간 5,000여 명의 인재를 양성한다.",
                           "아카데미는 5년간 3,000여 명을 양성한다.")
    assert choice.conflict


def test_the_ordinal_asked_is_a_shared_word():
    # Kiwi leaves the digit of "2회차" alone and digits count as no shared word: the sentence
    # numbering the session asked states its time; the sentence of the other session does not
    assert _states_alone("가람 건강 특강 2회차는 몇 시에 해?", "2회차(오후 4시~5시)는 약사가 강의한다.")
    assert not _states_alone("가람 건강 특강 2회차는 몇 시에 해?", "1회차(오후 2시~3시)는 물리치료사가 강의한다.")


def test_a_question_word_heading_a_compound_of_the_sentence_is_shared():
    # Kiwi keeps "가람밝은도서관" whole: the question's 도서관 is what it is
    assert _states_alone("가람 새 도서관 면적은 얼마나 되나요?", "1~4층 규모의 가람밝은도서관(620.35㎡) 건립에 나섰다.")
    assert not _states_alone("가람 새 도서관 면적은 얼마나 되나요?", "1~4층 규모의 나래밝은체육관(620.35㎡) 건립에 나섰다.")


def test_a_figure_labelled_by_the_noun_asked_leads():
    from qa.select import labelled_by_head

    whole = "가람시는 21일 내년도 예산안 1조5567억원을 편성해 시의회에 제출했다."
    parts = "올해 본예산보다 1854억원 증액한 규모로 일반회계 1조3982억원, 특별회계 1584억원이다."
    q = analyze("가람시 예산안에서 특별회계는 얼마로 잡혔나요")
    assert labelled_by_head(q, parts) and not labelled_by_head(q, whole)
    # the noun itself, not the end of a longer one: 본예산 is another sum than 예산
    assert not labelled_by_head(analyze("가람시 예산은 얼마야?"), "가람시 본예산 1조3982억원이 편성됐다.")
    # the noun asked as the topic of the figure's own clause labels it, its change between
    q = analyze("가람시 내년 특별회계 얼마로 줄었어요?")
    assert labelled_by_head(q, "내년 예산안은 일반회계가 전년 대비 800억 원(6.5%) 증가한 1조 3080억 원, "
                               "특별회계는 19억 원(1.1%) 감소한 1677억 원 규모다.")
    assert not labelled_by_head(q, "가람시가 올해 예산보다 781억 원(5.6%) 많은 1조 4757억 원 규모로 내년도 예산안을 편성했다.")
    # … or with 만, "only" ("건설비만 얼마 들어?" <- "건설비만 5조2962억원, 전체 투자비만 20조원")
    only = analyze("가람 공장 건설비만 얼마 들어?")
    assert labelled_by_head(only, "가람 공장은 건설비만 5조2962억원, 전체 사업 투자비만 20조원에 달한다.")
    rows = Rows([whole, parts])
    # the whole budget scores a little higher; the sentence labelling its figure 특별회계 leads
    choice = choose(q, scored(rows, (0, 1.50, 0.90, 0.8, 1.0), (1, 1.40, 0.88, 0.8, 1.0)), rows,
                    Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.2))
    lead = choice.groups[choice.lead_order()[0]][0]
    assert lead.gid == 1


def test_a_figure_labelled_by_a_noun_of_the_kind_asked_states_it():
    # "몇 명 뽑아요?" <- "모집 인원은 70명이다": elliptical news names the programme a sentence
    # before; the label, a noun of the kind asked, says which figure this is
    from qa.select import _labelled_by_kind
    from qa.extract import value_span

    q = analyze("가람 청년월세 몇명 뽑아요")
    text = "모집 인원은 70명이다."
    assert _labelled_by_kind(q, text, value_span(q, text).start)
    # a label of another kind (a sum) does not say a count; nor a noun that is no label
    other = "청년 70명에게 지원 금액은 20만원이다."
    assert not _labelled_by_kind(analyze("가람 청년월세 얼마 받아요"), "지원 대상은 70명이다.", 7)
    assert not _labelled_by_kind(q, other, other.find("70"))



def test_a_sum_spent_said_as_news_writes_it_states_the_value():
    # "짓는데 얼마 들었어요?" shares no word with "…43억5000만원을 투입해 건설했다": the building
    # and the spending are said in the article's own words (extract.event_aliases)
    sentence = "지난해부터 지방소멸대응기금과 군비 등 43억5000만원을 투입해 건설했다."
    assert _states_alone("가람 신혼부부 임대주택 짓는데 얼마 들었어요?", sentence)
    assert not _states_alone("가람 신혼부부 임대주택 월세 얼마예요?", sentence)


def test_a_rate_said_per_the_period_asked_states_the_value():
    # "1년에 총 얼마 받아?" shares no word with "연간 지급액은 1인 기준 144만 원이다": the period does
    sentence = "연간 지급액은 1인 기준 144만 원이다."
    assert _states_alone("가람시 보훈명예수당 1년에 총 얼마 받아", sentence)
    assert not _states_alone("가람시 보훈명예수당 한 달에 얼마 받아", sentence)


@pytest.mark.parametrize("sentence, bound", [
    ("지급 시기는 1·4·7·10월의 15일이다.", True),  # the event asked labels the date
    ("지급일은 매월 20일이다.", True),
    ("신청 기간은 3월 31일까지다.", False),  # another event's time
])
def test_a_date_labelled_by_the_event_asked_is_bound_to_it(sentence, bound):
    from qa.select import date_bound

    assert date_bound(analyze("가람 보훈수당 언제 지급돼요?"), sentence) is bound


@pytest.mark.parametrize("question, sentence, floor", [
    ("가람군 올해 예산 얼마야", "가람군의 올해 예산이 역대 최대 규모인 6000억 원을 넘어섰다.", 6000e8),
    ("가람군 올해 예산 얼마야", "가람군의 올해 예산은 6075억 원이다.", None),
    ("가람군 예산 6000억 넘었어?", "가람군의 올해 예산이 6000억 원을 넘어섰다.", None),  # the threshold asked
    ("가람 책 몇 부 팔렸어?", "가람 작가의 책들이 두 서점에서만 50만부 넘게 팔렸다.", 50e4),  # (넘게: more than)
    ("가람페이 이용금액은 몇 퍼센트 늘었어?", "가람페이 하루 이용금액이 20% 이상 증가했다.", 20.0),  # a rate too
])
def test_a_figure_said_as_a_threshold_passed(question, sentence, floor):
    from qa.select import passed_value

    assert passed_value(analyze(question), sentence) == floor


def test_the_exact_figure_is_a_little_above_the_threshold():
    from qa.select import exact_of_passed

    q = analyze("가람군 올해 예산 얼마야")
    assert exact_of_passed(q, "군은 6075억 원의 예산을 편성했다.", 6000e8)
    assert not exact_of_passed(q, "군은 441억 원을 복지에 배정했다.", 6000e8)  # a part, far below
    assert not exact_of_passed(q, "예산이 6100억 원을 넘었다.", 6000e8)  # another threshold


def test_a_threshold_not_reached_is_no_threshold_passed():
    from qa.select import exact_of_passed, passed_value

    q = analyze("가람군 올해 예산 얼마야")
    assert passed_value(q, "가람군 예산은 6000억 원을 넘어서지 못했다.") is None
    assert not exact_of_passed(q, "가람군 6000억 원 시대가 열렸다.", 6000e8)  # the threshold restated


def test_an_items_own_figure_leads_over_its_groups_sum():
    # "산불진화차 등 장비 구매 예산 40억원": the item asked is one of a group there, and 예산
    # labels the group's sum; the sentence giving the item its own figure leads
    group = "가람소방본부는 올해 추경에서 산불진화차 등 장비 구매 예산 40억원을 확보했다."
    own = "40억원 중 15억원은 산불진화차 4대를 구입하는데 사용하고 배면 물탱크에 11억8천500만원을 쓸 예정이다."
    rows = Rows([group, own])
    params = Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.2)
    q = analyze("산불진화차 사는데 예산 얼마 쓰나요")
    choice = choose(q, scored(rows, (1, 1.48, 0.91, 0.6, 1.0), (0, 1.44, 0.89, 0.5, 1.0)), rows, params)
    assert choice.groups[choice.lead_order()[0]][0].gid == 1
    # (the group's sum leads when the question asks of the group, its item not named)
    q = analyze("장비 구매 예산 얼마야")
    choice = choose(q, scored(rows, (1, 1.40, 0.91, 0.5, 1.0), (0, 1.48, 0.89, 0.6, 1.0)), rows, params)
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


@pytest.mark.parametrize("text, ways", [
    ("보험료 내려가는 가구는 몇 %예요?", {"down"}),
    ("가구의 건보료가 올라간다.", {"up"}),
    ("내야 할 건보료가 줄어든다.", {"down"}),
    ("요금을 인하했다.", {"down"}),
    ("방문객이 20% 증가했다.", {"up"}),
    ("증가율이 평균보다 높다.", set()),  # a rate compared, no change said
    ("줄기세포 연구소가 문을 열었다.", set()),  # 줄 of 줄기 is no verb
    ("A는 올랐고 B는 줄었다.", {"up", "down"}),
])
def test_the_way_of_a_change_is_read_from_its_verb(text, ways):
    # (answer.compose: a change asked one way is led by a sentence saying it that way)
    from qa.extract import change_ways

    assert change_ways(text) == frozenset(ways)


def test_another_article_holding_few_of_the_questions_words_is_no_conflict():
    # "가람 서비스는 몇 명한테 지원해요?": another programme's count, in an article holding a
    # fraction of the question's words, is no second reading of this one's
    q = analyze("가람 서비스는 몇 명한테 지원해요?")
    rows = Rows(["복지부는 가람 서비스로 발달장애인 2000명에게 지원할 계획이다.",
                 "군은 노인 일자리 3,500명을 선발하며 공익활동형 2,800명을 지원한다."], ["a", "b"])
    full, part = Check(1.0, 1.0, ()), Check(1.0, 0.48, ())
    rows_scored = [Scored(0, rows.sentence(0), 1.50, 0.90, 0.8, 1.0, 1, full),
                   Scored(1, rows.sentence(1), 1.48, 0.89, 0.8, 1.0, 2, part)]
    assert not choose(q, rows_scored, rows, Params()).conflict
    # as many of its words: two readings of one figure
    rows_scored[1] = Scored(1, rows.sentence(1), 1.48, 0.89, 0.8, 1.0, 2, full)
    assert choose(q, rows_scored, rows, Params()).conflict


def test_a_change_said_the_same_way_shares_the_questions_verb():
    # "1월말보다 몇 명 늘었어?" (늘) and "…7000명 늘어난 것으로" (늘어나): Kiwi stems the two verbs
    # apart, and the sentence shares no other word with the question
    from qa.select import states_value

    q = analyze("2월말 가람시 인구 1월말보다 몇 명 늘었어?")
    rows = Rows(["이는 1월말에 비해 7000명 늘어난 것으로 전년동기보다 적다.", "이는 1월말에 비해 7000명 줄어든 것이다."])
    assert states_value(q, scored(rows, (0, 1.0, 0.9, 0.5, 1.0))[0], rows)
    assert not states_value(q, scored(rows, (1, 1.0, 0.9, 0.5, 1.0))[0], rows)


def test_a_list_asked_by_its_count_is_not_answered_by_the_count_alone():
    # "터미널 9곳이 어디어디야?" over "…터미널 9곳의 주차장을 무료로 운영한다": the article counts the
    # places and names none (answer.compose declines); one naming them answers
    from qa.answer import _counted_only

    q = analyze("주차장 무료로 여는 여객선터미널 9곳이 어디어디야?")
    rows = Rows(["오는 13일부터 18일까지 연안여객선터미널 9곳의 주차장을 무료로 운영한다.",
                 "무료 주차장은 가람, 나래, 다온 등 여객선터미널 9곳이다."])
    only = choose(q, scored(rows, (0, 1.5, 0.9, 0.8, 0.0)), rows, Params())
    assert _counted_only(q, only)
    named = choose(q, scored(rows, (1, 1.5, 0.9, 0.8, 0.0)), rows, Params())
    assert not _counted_only(q, named)


def test_a_question_naming_no_part_is_led_by_the_whole():
    # "올해 가람체전 종목 수는?" beside "일반부 경기에는 40개 종목에 걸쳐 …" (scored higher) and "올해
    # 총 50개 종목에 …": no part named, the whole said as one leads the first line
    q = analyze("올해 가람체전 종목 수는?")
    rows = Rows(["가람체전 일반부 경기에는 40개 종목에 걸쳐 400팀이 참가한다.",
                 "올해 총 50개 종목에 700팀이 참여해 열띤 경쟁을 펼친다."])
    params = Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.2, join_margin_cue=0.2)
    choice = choose(q, scored(rows, (0, 1.51, 0.89, 0.67, 1.0), (1, 1.42, 0.86, 0.57, 1.0)), rows, params)
    assert choice.groups[choice.lead_order()[0]][0].gid == 1
    # a part asked is led by its own sentence
    part = analyze("가람체전 일반부 종목 수는?")
    choice = choose(part, scored(rows, (0, 1.51, 0.89, 0.67, 1.0), (1, 1.42, 0.86, 0.57, 1.0)), rows, params)
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


def test_a_rounded_figure_is_told_from_an_exact_one():
    # (answer.compose: a figure the verb asked takes leads, but not "16만여 가구" over "16만1646가구")
    from qa.select import approximate

    q = analyze("태풍 때문에 정전된 집이 몇 가구야?")
    assert approximate(q, "전국에서 16만여 가구가 정전되고 시설물 피해가 이어졌다.")
    assert not approximate(q, "정전 피해를 겪은 가구는 16만1646가구로 집계됐다.")


def test_the_precision_of_a_figure_asked_exactly():
    # (answer.compose: "정확히 몇 명이야?" is led by the sentence with the exact figure)
    from qa.select import precision

    q = analyze("크루즈 타고 가람도 온 사람 정확히 몇 명이야?")
    assert precision(q, "방문객 수는 62만3천여 명을 기록했다.") > precision(q, "크루즈 관광으로 60만 명이 가람도를 찾았다.")
    assert precision(q, "크루즈 관광으로 60만 명이 가람도를 찾았다.") == 1
    assert precision(q, "크루즈가 도착했다.") == 0


@pytest.mark.parametrize("question, rough, exact, same", [
    # a figure rounded at its last written digit and the exact one of the same fact
    ("예산 작년보다 몇 % 늘었어?", "가람교육청, 예산 작년보다 20% 늘려", "예산은 지난해에 비해 19.5% 증가했다.", True),
    # a rounded figure marked so holds the exact one within its rounding
    ("예산 얼마야?", "예산 6700억 원 안팎", "예산은 6,699억 원이다.", True),
    # … but a zero is a digit written: 77도 is no "80도", 16.5% no "20%"
    ("화각은 몇 도야?", "카메라를 80도의 화각으로 설정했다.", "카메라를 77도의 화각으로 설정했다.", False),
    ("예산 작년보다 몇 % 늘었어?", "예산 작년보다 20% 늘려", "예산은 지난해에 비해 16.5% 증가했다.", False),
    ("몇 명한테 지원해?", "구민 2000여명에게 서비스를 지원한다.", "발달장애인 2500명에게 지원한다.", False),
    # the exact one is not stated more roughly by the rounded one
    ("예산 작년보다 몇 % 늘었어?", "예산은 지난해에 비해 19.5% 증가했다.", "가람교육청, 예산 작년보다 20% 늘려", False),
])
def test_a_figure_stated_exactly_elsewhere(question, rough, exact, same):
    from qa.select import states_exactly

    assert states_exactly(analyze(question), rough, exact) is same


@pytest.mark.parametrize("question, side", [
    ("체납액이 얼마 이상이면 명단 공개 대상이 돼?", "least"),
    ("옥외 행사 사람이 몇 명 넘게 모이면 신고해야 돼?", "least"),
    ("시도당이 최소 몇 개 있어야 돼?", "least"),
    ("안전요원은 몇 명까지 둘 수 있어?", "most"),
    ("몇 시까지 열어?", None),  # a time asked bounds no figure
    # 최저 glued to a noun names a price, not a least asked
    ("오픈마켓 최저가는 얼마예요?", None),
    ("최저임금은 얼마야?", None),
])
def test_the_bound_a_question_asks_its_figure_as(question, side):
    from qa.select import side_asked

    assert side_asked(analyze(question)) == side


def part_and_whole():
    """"3분기까지 건설업에서 숨진 사람은 몇 명?" over the whole's sentence (gid 0, a little higher,
    meeting few of the question's words: coverage 0.45) and the part's (gid 1, meeting them all):
    the question, the store and the two scored, best first (also tests/test_answer.py's)."""
    from dataclasses import replace

    q = analyze("3분기까지 건설업에서 사고로 숨진 사람은 몇 명이에요?")
    rows = Rows(["올해 3분기까지 사고사망자는 372명으로 전년 동기보다 43명 감소했다.",
                 "업종별로는 건설업이 198명으로 전년 동기 대비 11명 감소했다."])
    whole, part = scored(rows, (0, 1.348, 0.87, 0.42, 1.0), (1, 1.327, 0.88, 0.38, 1.0))
    return q, rows, [replace(whole, check=replace(OK, coverage=0.45)), part]


def test_the_sentence_put_first_for_meeting_the_questions_words_is_not_passed_over_for_a_whole():
    # answer.lead_sentence put first the sentence naming 건설업 with its figure; the whole's
    # sentence, a little higher but meeting few of the question's words, does not take the first
    # line back
    q, rows, (whole, part) = part_and_whole()
    params = Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.2, lead_coverage_min=0.6,
                    value_required=("amount", "percent", "measure", "count", "unit", "age"))
    assert choose(q, [part, whole], rows, params).lead().gid == 1


def test_a_total_asked_is_labelled_by_the_total_the_question_says():
    from qa.select import labelled_by_head

    # "총예산은 얼마가 돼요?": Kiwi reads 총 + 예산, and the sentence's "총예산은 … 3조8천217억원"
    # labels the figure asked; asked without 총, 총예산 is another sum than 예산
    text = "시에 따르면 이는 역대 최대 규모로, 총예산은 기정예산보다 8% 늘어난 3조8천217억원이다."
    assert labelled_by_head(analyze("2회 추경까지 반영하면 가람시 총예산은 얼마가 돼요?"), text)
    assert not labelled_by_head(analyze("가람시 예산은 얼마가 돼요?"), text)


def test_a_figure_asked_of_a_group_a_number_names_is_marked_by_it():
    from qa.select import marks

    # "40대 독서율은?": a sentence meeting 40대 only in a neighbour and giving the whole's rate
    # fails the mark; the one giving 40대 its rate holds it
    (mark,) = marks(analyze("가람군 조사에서 40대 독서율은 얼마로 나왔어?"))
    assert mark.fails("가람군 조사 결과 독서율은 55.1%로 전년보다 2.3%포인트 올랐다.")
    assert mark.holds("연령별로는 40대의 독서율이 61.3%로 가장 높았다.")
    # a round ("2회 추경") names the event, said once: no mark
    assert marks(analyze("2회 추경까지 반영하면 가람시 총예산은 얼마가 돼요?")) == []


def test_two_articles_disagree_only_over_words_they_share():
    from qa.select import _same_words

    assert _same_words(frozenset({"부지", "공원"}), frozenset({"부지"}))
    assert not _same_words(frozenset({"최대"}), frozenset({"상품권"}))
    # neither says any of the question's words: nothing shows they are about one thing
    assert not _same_words(frozenset(), frozenset())


def _lead_of(question: str, lines: list[str], *specs, params: Params | None = None) -> int:
    """The sentence (its index in ``lines``) the first line comes from, the lines scored as ``specs``."""
    rows = Rows(lines)
    choice = choose(analyze(question), scored(rows, *specs), rows,
                    params or Params(lead_margin=0.2, lead_weight=0.1, join_margin=0.2))
    return choice.groups[choice.lead_order()[0]][0].gid


def test_a_part_of_a_bulleted_breakdown_does_not_lead_for_the_whole_asked():
    # "총 예산은?": the sentence summing the parts of a bulleted list ("예산이 책정된 주요 사업은
    # △가람 3748억 원 △나래 1337억 원") opens with the noun asked, yet each figure is a part's;
    # the sentence giving the whole leads, though it scores a little lower
    assert _lead_of("가람공사 2024년 총 예산은 얼마였나요?",
                    ["예산이 책정된 주요 사업은 △가람 인프라 고도화 3748억 원 △나래 재개발 1단계 사업 1337억 원 △다온 조성 1272억 원 등이다.",
                     "가람공사가 2024년 총 예산을 1조 4952억 원으로 확정했다."],
                    (0, 1.36, 0.92, 0.6, 1.0), (1, 1.35, 0.92, 0.6, 1.0),
                    params=Params(lead_margin=0.08, lead_weight=0.1, join_margin=0.06)) == 1


def test_figures_an_order_of_magnitude_apart_are_no_conflict():
    # "한 해 생산량": the whole (91만 t) and one species' catch (6만 t) are two things, whatever words they share
    choice = _two_articles("2019년 가람만 어업 생산량은 몇 톤이야?", "지난해 가람만 어업 생산량은 91만4천t이다.",
                           "가람만 어업 생산량을 보면 멸치는 6만4000톤이다.")
    assert not choice.conflict
    # two readings within ten times of each other still are
    choice = _two_articles("2019년 가람만 어업 생산량은 몇 톤이야?", "지난해 가람만 어업 생산량은 91만4천t이다.",
                           "지난해 가람만 어업 생산량은 64만톤이다.")
    assert choice.conflict
    # two meetings ten times apart in number are still two meetings, both shown
    choice = _two_articles("비상경제대책회의는 몇 차 회의였나요?", "시는 제2차 비상경제대책회의를 열었다.",
                           "시는 제27차 비상경제대책회의를 열었다.")
    assert not choice.conflict and [g[0].gid for g in choice.groups] == [0, 1]


def test_the_part_the_question_qualifies_leads_over_the_whole():
    # "외국인 관광객 수?": the sentence saying "외국인 관광객" leads over the festival's whole count
    specs = ((0, 1.51, 0.90, 0.8, 1.0), (1, 1.40, 0.88, 0.7, 1.0))
    assert _lead_of("가람축제에 온 외국인 관광객 수 알려줘",
                    ["가람축제에 183만1000여 명의 관광객이 방문했다.",
                     "외국인 관광객은 13만785명이 방문했으며 유료체험 입장객은 5만 6157명이다."], *specs) == 1
    # … the qualifier said apart from the noun ("20피트 컨테이너 1개") qualifies nothing
    assert _lead_of("가람항 컨테이너 물동량 몇 TEU였어?",
                    ["가람항은 전년에 비해 4.9% 증가한 2315만 TEU를 처리했다.",
                     "부두는 4천TEU(1TEU는 20피트 컨테이너 1개) 이상급 3개 선석으로 구성된다."], *specs) == 0
    # … nor a word the question writes whole, read by Kiwi in two ("지방교부세": 지방 + 교부세)
    from qa.select import qualifiers
    assert qualifiers(analyze("지방교부세는 올해보다 몇 % 줄어든 거야?")) == ()
    assert qualifiers(analyze("가람축제에 온 외국인 관광객 수 알려줘")) == ("외국인관광객",)
    # … nor a word of the whole ("전체 예산": the whole asked)
    assert qualifiers(analyze("가람시 전체 예산은 얼마야?")) == ()


def test_a_sentence_saying_the_relation_asked_leads():
    # "가람사우루스의 모식종은?": the sentence saying 모식종 ("…는 나래사우루스의 모식종이다") states
    # it; a higher-scored one about the same names ("…를 명명했다") does not
    lines = ["1889년에 다온은 가람사우루스의 두 번째 종을 명명했다.", "이 화석은 뼈층에서 나왔다.",
             "따라서 가람사우루스 호리두스는 나래사우루스의 모식종이다."]
    specs = ((0, 1.70, 0.88, 1.0, 0.9), (2, 1.55, 0.94, 0.7, 0.9))
    assert _lead_of("가람사우루스 호리두스의 모식종은 무엇인가?", lines, *specs) == 2
    # a kind the question reader knows, or a word the question says twice, leads nothing
    from qa.select import _relation_asked
    assert _relation_asked(analyze("그 사람은 누구야?")) is None
    assert _relation_asked(analyze("가람 시리즈는 무슨 시리즈와 같게 만들었나?")) is None
    assert _relation_asked(analyze("가람준은 무엇을 유포한 혐의로 구속되었는가?")) is None
    # a thing of the kind named by its head glued after a name says it ("유성구 송강시장")
    from qa.select import _says_relation
    assert _says_relation("전통시장", "시장", "유성구 송강시장은 시가 지원한다.")


def test_a_sentence_stating_only_by_how_much_a_fee_rose_does_not_lead():
    # "요금 얼마?" over "…과 비교하면 4천100원 인상됐다" and "…택시비는 1만5천300원": the fee leads,
    # not by how much it rose, whichever scores higher
    q = analyze("가람 심야에 나래역→다온역 10㎞ 택시 타면 요금 얼마?")
    rose = "심야할증 확대 전인 지난해 12월 이전(1만1천200원)과 비교하면 4천100원 인상됐다."
    fare = "심야에 나래역에서 다온역까지 약 10㎞ 이동에 드는 택시비는 1만5천300원이다."
    rows = Rows([rose, fare])
    choice = choose(q, scored(rows, (0, 1.50, 0.90, 0.8, 1.0), (1, 1.46, 0.90, 0.8, 1.0)), rows, Params.load())
    assert choice.lead().gid == 1


def test_a_sentence_stating_the_change_asked_leads_over_a_level_beside_it():
    # "얼마나 줄었어?" over "…5년간 태어난 신생아는 3802명" and "이 기간 … 2152명 줄었다": the
    # change leads, whichever sentence's value stands nearer the question's words
    q = analyze("가람군 신생아가 그렇게 태어났는데 인구는 그 기간에 얼마나 줄었어?")
    born = "2020년부터 지난해까지 5년간 가람군에서 태어난 신생아는 3천명이다."
    fell = "이 기간 가람군 인구는 7만명에서 6만8천명으로 오히려 2천명 줄었다."
    rows = Rows([born, fell])
    choice = choose(q, scored(rows, (1, 1.50, 0.90, 0.8, 1.0), (0, 1.47, 0.90, 0.8, 1.0)), rows, Params.load())
    assert choice.groups[choice.lead_order()[0]][0].gid == 1
    # (the stretch a change is said over is no figure of how much it changed)
    from qa.abstain import figures_of_kind
    from qa.figures import figures
    assert [f.text for f in figures_of_kind(q, figures(born), born)] == ["3천명"]
    assert q.attribute != "기간"  # "그 기간에": a time pointed back to, not what is counted

    # (a rate of change asked, "증가율은?", is stated as a level as often: no change is preferred)
    q = analyze("가람항 1월 환적화물 증가율은?")
    level = "가람항의 환적화물은 84만개로 증가율이 11.1%에 달했다."
    rose = "1월 가람항 물동량은 177만개로 작년 같은 달보다 8.4% 늘었다."
    rows = Rows([level, rose])
    choice = choose(q, scored(rows, (0, 1.50, 0.90, 0.8, 1.0), (1, 1.47, 0.90, 0.8, 1.0)), rows, Params.load())
    assert choice.groups[choice.lead_order()[0]][0].gid == 0


# --- round 52 -----------------------------------------------------------------------------------

def test_a_day_things_are_due_by_states_the_deadline_asked():
    from qa.select import states_value

    # "신청 마감 언제야?" over "신청자는 11월 29일까지 서류를 제출하면 된다": 까지 says the deadline
    q = analyze("가람 태양광 지원 신청 마감 언제야?")
    rows = Rows(["신청자는 11월 29일까지 관련 서류를 나래구 에너지과에 제출하면 된다."])
    assert states_value(q, scored(rows, (0, 1.0, 0.9, 0.5, 0.0))[0], rows)
    rows = Rows(["신청자는 11월 29일 관련 서류를 나래구 에너지과에 제출했다."])
    assert not states_value(q, scored(rows, (0, 1.0, 0.9, 0.5, 0.0))[0], rows)


def test_how_long_after_is_stated_in_the_questions_own_frame():
    from qa.select import states_value

    q = analyze("가람시 시내버스 요금 이번에 몇 년 만에 오른 거야?")
    rows = Rows(["이번 인상은 지난 2015년 6월 이후 8년 만이다."])
    assert states_value(q, scored(rows, (0, 1.0, 0.9, 0.5, 0.0))[0], rows)


def test_a_range_or_a_works_end_states_no_deadline():
    from qa.select import states_value

    q = analyze("가람 태양광 지원 신청 마감 언제야?")
    for line in ("나래 축제는 10월 1일부터 3일까지 가람공원에서 열린다.", "도로 공사는 오는 30일까지 이어진다."):
        rows = Rows([line])
        assert not states_value(q, scored(rows, (0, 1.0, 0.9, 0.5, 0.0))[0], rows)
    q = analyze("가람시 시내버스 요금 이번에 몇 년 만에 오른 거야?")
    rows = Rows(["이번 인상은 지난 2015년 6월 이후 8년여 만이다."])
    assert states_value(q, scored(rows, (0, 1.0, 0.9, 0.5, 0.0))[0], rows)


def test_a_thing_named_by_a_figure_is_a_shared_word():
    # "1년권 요금" and "…, 1년권 2만5000원": the tokens keep only the digit of 1년권, and the
    # question's other words (its brand, 요금) are not in the sentence
    asked = "가람패스 1년권 요금 얼마예요?"
    text = "1일권 800원, 7일권 3000원, 6개월권 1만5000원, 1년권 2만5000원 등으로 이용할 수 있다."
    assert _states_alone(asked, text)
    assert not _states_alone(asked, "1일 800원, 7일 3000원, 6개월 1만5000원 등으로 이용할 수 있다.")  # no 1년권
    assert not _states_alone(asked, "21년권 2만5000원 등으로 이용할 수 있다.")  # another number's label
    # a span is no thing named: "3개월간" shared is no word shared
    assert not _states_alone("가람 도서관 3개월간 이용객 몇 명이야?", "나래 공연장에는 3개월간 2만명이 다녀갔다.")



def test_a_count_added_is_not_led_by_the_whole_of_another_thing():
    # "그늘막 몇 곳 추가 설치해?": the sentence giving "쉼터 총 85개소" states a whole, but what is
    # asked is added ("…그늘막 6개소 추가 설치도 추진"); asked with no 추가, the whole leads
    lines = ["일반형 그늘막 4개소를 신규 설치하고, 스마트 그늘막 6개소 추가 설치도 추진하는 등 시설을 늘리고 있다.",
             "특히 가람구는 주민센터 강당을 무더위쉼터로 추가 지정해 관내 쉼터 총 85개소를 운영하고 있다."]
    specs = ((0, 1.45, 0.89, 0.6, 1.0), (1, 1.40, 0.84, 0.6, 1.0))
    assert _lead_of("가람구 스마트 그늘막 몇 개소 추가 설치 추진 중이야?", lines, *specs) == 0
    assert _lead_of("가람구 무더위쉼터는 몇 개소 운영해?", lines, *specs) == 1


def test_a_noun_of_the_question_labelling_a_period_binds_its_dates():
    # "살아보기 참여 기간은 언제부터 언제까지?": "참여 기간은 8월부터 …" labels the dates by the
    # question's noun, though the question's verb (살다, of the programme's name) is not said
    from qa.select import date_bound

    q = analyze("가람도 먼저 살아보기 참여 기간은 언제부터 언제까지인가요?")
    assert date_bound(q, "참여 기간은 7월부터 10월까지이고 일정에 따라 5일에서 최대 30일까지 신청 가능하다.")
    assert not date_bound(q, "신청 기간은 7월부터 10월까지이고 일정에 따라 5일에서 최대 30일까지 가능하다.")


def test_a_date_in_single_marks_is_no_quotation_between_it_and_its_verb():
    # "운영 시작일은?": "…2월 3일부터 4월 9일까지 ‘가람감시단’을 운영한다": the single marks set off a
    # name; a double mark opens someone's words and ends the clause
    from qa.select import date_bound

    q = analyze("가람감시단 운영 시작일은 언제야?")
    assert date_bound(q, "가람청이 산불을 막기 위해 2월 3일부터 4월 9일까지 ‘가람감시단’을 운영한다.")
    assert not date_bound(q, "가람청장은 2월 3일 “감시단을 운영하겠다”고 말했다.")


def test_dates_in_brackets_glued_to_the_noun_asked_are_its_time():
    from qa.select import date_bound

    q = analyze("가람감시단 기사에서 대형산불 특별대책기간은 언제부터 언제까지예요?")
    assert date_bound(q, "대형산불 특별대책기간 (3월1일∼4월1일)에는 동해안 6개 시군을 중심으로 감시한다.")
    assert not date_bound(q, "산불조심기간 (2월1일∼5월15일) 전국 단위의 감시활동을 강화한다.")


def test_review_round_54_rules_stay_within_what_they_read():
    from qa.abstain import asks_added
    from qa.select import date_bound

    # 더 says how it grew, no addition asked: the whole still leads
    assert not asks_added(analyze("올해 더 커진 가람체전 종목 수는?"))
    assert asks_added(analyze("가람구 그늘막 몇 곳 추가 설치해?"))
    # a time noun alone is the end of any compound: "교육기간(…)" is no 신청 기간
    q = analyze("가람 청년아카데미 신청 기간은 언제야?")
    assert not date_bound(q, "참가자는 교육기간(5월1일∼6월30일) 동안 수업을 듣는다.")
    # single marks around words someone said are a quotation
    q = analyze("가람도서관 언제 개관해?")
    assert not date_bound(q, "나래 시장은 5일 ‘가람도서관을 내년에 개관하겠다’고 밝혔다.")


def test_a_compound_the_sentence_splits_is_the_questions_word():
    # Kiwi keeps the question's 주간조 whole and cuts the sentence's into 주간 + 조: the two
    # neighbouring words are the word asked, so the sentence shares it (and a word the sentence
    # does not say is still not shared)
    assert _states_alone("가람시 나래진화대 주간조는 몇 명이야?", "선발될 인원은 주간조 20명, 야간조 4명으로 나뉜다.")
    assert not _states_alone("가람시 나래진화대 심야조는 몇 명이야?", "선발될 인원은 주간조 20명, 야간조 4명으로 나뉜다.")


FITTED_LEAD = Params(lead_margin=0.3, lead_weight=0.1, join_margin=0.2, join_margin_cue=0.12, value_margin=1.0,
                     value_required=("amount", "percent", "measure", "count", "unit", "age"))


def test_a_part_the_question_names_is_not_led_by_the_whole_it_belongs_to():
    # "나래선 길이 몇 km야?": the sentence naming 나래선 gives its length; the whole of the three
    # lines ("…노선의 총길이는 51.2km"), scoring as well, names no 나래선 and does not lead
    q = analyze("가람시 나래선 구간 길이는 몇 km인가요?")
    rows = Rows(["가람시 3개 신규노선의 총길이는 51.2km이며 2030년까지 건설하는 것이 목표다.",
                 "나래선은 다온역에서 한빛역을 연결하는 12.4km 구간이며 모노레일로 건설된다."])
    choice = choose(q, scored(rows, (0, 1.29, 0.85, 0.5, 1.0), (1, 1.28, 0.85, 0.5, 1.0)), rows, FITTED_LEAD)
    assert choice.lead().gid == 1
    # … the counted noun itself says the kind, not a word after it ("2개 구간 우선 착공")
    from qa.select import _counts_kind_of

    assert _counts_kind_of("가람시 3개 신규노선의 총길이는 51.2km다.", "나래선")
    assert not _counts_kind_of("총길이는 12.4km로 2개 구간 우선 착공한다.", "나래선")
    assert not _counts_kind_of("5개 노선 지역에 정류장을 둔다.", "가람역")
    # … while a question naming no part is answered by the whole
    q = analyze("가람시 신규노선 길이는 몇 km인가요?")
    choice = choose(q, scored(rows, (1, 1.29, 0.85, 0.5, 1.0), (0, 1.28, 0.85, 0.5, 1.0)), rows, FITTED_LEAD)
    assert choice.lead().gid == 0


def test_a_place_asked_of_an_event_is_led_by_a_sentence_saying_that_event():
    # "센터는 어디에 지었어?" (Kiwi: 지/VX + 었, read as 짓): a sentence naming the county for
    # whatever it does scores higher; the one saying where it was built (건립, news's word for 짓)
    # leads, in lead_sentence and in the order choose gives
    from qa.answer import lead_sentence

    q = analyze("가람군 재난대응센터는 어디에 지었어?")
    assert q.predicate == "짓"
    rows = Rows(["19일 가람군에 따르면 다음 달 15일까지 가을철 대책본부를 운영한다.",
                 "총괄 지휘는 최근 준공한 재난대응센터가 맡는다.",
                 "센터는 사업비 10억 원을 들여 나래읍 다온리 일원에 전체면적 540㎡ 규모로 건립했다."])
    ranked = scored(rows, (0, 1.54, 0.87, 0.6, 0.8), (1, 1.50, 0.85, 0.6, 0.1), (2, 1.33, 0.85, 0.5, 1.0))
    assert lead_sentence(q, ranked, FITTED_LEAD).gid == 2
    lead = lead_sentence(q, ranked, FITTED_LEAD)
    reordered = [lead] + [s for s in ranked if s is not lead]
    assert choose(q, reordered, rows, FITTED_LEAD).lead().gid == 2
    # … not a sentence saying the noun inside a firm's name, nor one saying it and no place
    from qa.extract import places_event

    assert not places_event(q, "시공은 가람건설이 맡았으며 내년 봄 문을 연다.")
    assert not places_event(q, "센터 건립에는 군비 10억 원이 들었다.")
    assert places_event(q, "센터는 나래읍 다온리 일원에 전체면적 540㎡ 규모로 건립했다.")
    # (a place named by its unit is one, whatever span the sentence's best is)
    assert places_event(q, "군은 2015년 80억원으로 나래읍 다온리 농업타운 조성부지 안에 센터 건립에 나섰다.")
    # … and with no sentence saying the event, the best one leads as before
    rows = Rows(["19일 가람군에 따르면 다음 달 15일까지 가을철 대책본부를 운영한다.",
                 "총괄 지휘는 최근 준공한 재난대응센터가 맡는다.",
                 "센터는 사업비 10억 원을 들여 나래읍 다온리 일원에 전체면적 540㎡ 규모로 운영한다."])
    ranked = scored(rows, (0, 1.54, 0.87, 0.6, 0.8), (1, 1.50, 0.85, 0.6, 0.1), (2, 1.33, 0.85, 0.5, 1.0))
    assert lead_sentence(q, ranked, FITTED_LEAD).gid == 0


def test_a_word_the_question_writes_as_the_sentence_does_is_shared():
    # "총연장은 얼마?" is 총 + 연장 to Kiwi, the sentence's "총연장 14.8㎞" one word: the written
    # word is shared, and 연장 asks a length
    assert analyze("가람선 총연장은 얼마인가요?").asks == "measure"
    assert _states_alone("가람선 총연장은 얼마인가요?", "총연장 14.8㎞, 정거장 11개를 건설한다.")
    assert not _states_alone("가람선 총연장은 얼마인가요?", "정거장 11개를 14.8㎞ 구간에 건설한다.")


def test_a_date_asked_of_an_event_is_led_by_the_sentence_saying_that_event():
    # "언제부터 시행했어?": both dates run from (부터); the one said with 시행 leads over the
    # plan's "내년부터 … 확대 운영한다", which scores a little higher
    q = analyze("가람군 바우처 택시 사업은 언제부터 시행했나요?")
    rows = Rows(["가람군이 바우처 택시를 내년부터 기존 15대에서 20대로 확대 운영한다.",
                 "가람군 바우처 택시 사업은 교통약자를 위해 지난 2022년 8월부터 시행하고 있다."])
    choice = choose(q, scored(rows, (0, 1.72, 0.9, 0.6, 1.0), (1, 1.66, 0.9, 0.6, 1.0)), rows, FITTED_LEAD)
    assert choice.lead().gid == 1


def test_a_count_asked_whole_is_not_led_by_a_part_among_a_group():
    # "몇 개 마을에서 추진 중이야?": "시범마을 중 나래시 마을은 … 2곳" counts a part among them; the
    # sentence giving all of them leads, though it scores a little lower (and 추진 중 is no part)
    q = analyze("가람 살아보기 사업은 현재 몇 개 마을에서 추진 중인가요?")
    rows = Rows(["가람 살아보기 시범마을 중 나래시 체험마을은 다온마을과 한빛마을 2곳이다.",
                 "현재 가람 15개 시군 25개 마을에서 추진 중이다."])
    choice = choose(q, scored(rows, (0, 1.62, 0.9, 0.6, 1.0), (1, 1.59, 0.9, 0.6, 1.0)), rows, FITTED_LEAD)
    assert choice.lead().gid == 1
    # … and 중 after a time or an action is "during": the whole said so leads as any other
    from qa.select import _part_among

    q = analyze("가람축제 올해 방문객은 몇 명이야?")
    assert not _part_among(q, "축제 기간 중 방문객은 모두 30만명으로 집계됐다.")
    assert not _part_among(q, "재임 중 가람시는 방문객 30만명을 맞았다.")
    # … while a part asked among them keeps the part's sentence leading
    q = analyze("가람 살아보기 시범마을 중 나래시 마을은 몇 곳이야?")
    choice = choose(q, scored(rows, (0, 1.62, 0.9, 0.6, 1.0), (1, 1.59, 0.9, 0.6, 1.0)), rows, FITTED_LEAD)
    assert choice.lead().gid == 0


def test_a_person_asked_by_post_is_led_by_the_sentence_naming_the_post_in_the_chosen_order():
    # "발언한 가람군수는 누구?": the byline's sentence scores highest and names a reporter; the one
    # naming the post with its holder leads the first line
    q = analyze("빈집 7개소 추가 관련해서 발언한 가람군수는 누구인가요?")
    rows = Rows(["(가람=뉴스1) 한빛 기자 = 경남 가람군은 빈집 7개소를 추가로 조성했다고 14일 밝혔다.",
                 '김다온 가람군수는 "빈집의 증가는 농촌의 큰 과제"라고 말했다.'])
    choice = choose(q, scored(rows, (1, 1.27, 0.88, 0.4, 1.0), (0, 1.45, 0.9, 0.6, 1.0)), rows, FITTED_LEAD)
    assert choice.lead().gid == 1


def test_a_cost_asked_shares_the_thing_it_is_the_cost_of():
    # "총사업비는 얼마?" <- "이번 사업에는 총 85억 원이 투입되며": 사업비 is the 사업's cost, though
    # Kiwi keeps 사업비 whole and the sentence says 사업 alone; a sentence of neither says nothing
    asked = "가람시 조리원 증축공사 총사업비는 얼마예요?"
    assert _states_alone(asked, "이번 사업에는 총 85억 원이 투입되며, 연면적 약 1,219㎡ 규모로 조성된다.")
    assert not _states_alone(asked, "입장료는 1인당 5천 원이다.")


def test_a_year_asked_labels_the_figure_in_the_bracket_after_that_years_count():
    # "2021년엔 예산이 얼마였어?" <- "…2021년 10곳(105억 원), 지난해 9곳(130억 원)으로": the year
    # asked stands before the count whose bracket gives the sum, the sentence sharing no other word
    asked = "나래 실증도시 사업 2021년엔 예산이 얼마였어?"
    said = "2019년 2곳(20억 원)에서 2020년 4곳(40억 원), 2021년 10곳(105억 원), 지난해 9곳(130억 원)으로 넓혀나갔다."
    assert _states_alone(asked, said)
    assert not _states_alone("나래 실증도시 사업 2018년엔 예산이 얼마였어?", said)


def test_a_reason_asked_is_cued_by_a_cause_or_a_purpose():
    from qa.select import cue

    q = analyze("가람 설 할인 지원은 왜 하는 거야?")
    assert cue(q, "조류 인플루엔자 등으로 물가 상승 우려가 제기된 데 따른 조치다.") == 1.0
    assert cue(q, "할인 행사는 이날부터 전국 9개 대형마트에서 진행된다.") == 0.0
    # (no reason asked: the cue is the span's as before)
    assert cue(analyze("가람 설 할인 행사는 어디서 해?"), "조류 인플루엔자 등으로 물가 상승 우려가 제기된 데 따른 조치다.") < 1.0
