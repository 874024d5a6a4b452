"""answer.lead_sentence: which sentence the answer leads with."""
from __future__ import annotations

from dataclasses import replace

from test_select import OK, Rows, part_and_whole, scored

from qa.answer import lead_sentence
from qa.params import Params
from qa.question import analyze

# the lead's parameters as fitted (qa/params.json): a person's name, a date, a name are not
# required of the sentence that meets the question
FITTED = Params(lead_margin=0.3, value_margin=1.0, join_margin_cue=0.12,
                value_required=("amount", "percent", "measure", "count", "unit", "age"))


def test_a_person_asked_by_post_is_led_by_the_sentence_naming_the_post():
    # "가람해경 서장이 누구예요?": the best sentences name no one or someone with no post, and no 서장; the
    # one naming "(서장 하용근)" scores a little lower and leads
    # (a beach in a bracketed list, "무창포", was the name read as someone's: no 서장 in the
    # sentence, it is no person's name at all now — test_extract's post-unsaid test)
    q = analyze("가람해경 서장이 누구예요?")
    rows = Rows(["가람해경 관계자는 “구조대가 빠져도 순찰은 계속한다”고 말했다.",
                 "가람해경은 박나래가 이끄는 구조대 28명을 해변(대천, 춘장대)에 보냈다.",
                 "가람해양경찰서(서장 하용근)는 여름 두 달 동안 사고 없이 해변을 지켰다."])
    ranked = scored(rows, (0, 1.407, 0.85, 0.62, 0.41), (1, 1.402, 0.87, 0.62, 0.0), (2, 1.268, 0.86, 0.38, 1.0))
    assert lead_sentence(q, ranked, FITTED).gid == 2
    # … not beyond the margin: far below the best, the sentence naming someone leads as before
    far = scored(rows, (0, 1.407, 0.85, 0.62, 0.41), (1, 1.402, 0.87, 0.62, 0.0), (2, 0.9, 0.86, 0.38, 1.0))
    assert lead_sentence(q, far, FITTED).gid == 1


def test_a_date_asked_of_an_event_the_best_sentence_does_not_say_is_led_by_one_saying_it():
    # "가람타운 공사는 언제 착공했어?": the best sentence dates the end of the works (마무리), and
    # says no 착공; the one saying "착공은 2021년 5월에" scores well below it and leads. (Not 준공:
    # a sentence dating only another milestone holds no date of 착공 at all, abstain._another_milestone)
    q = analyze("가람타운 공사는 언제 착공했어?")
    rows = Rows(["가람타운 부지조성 공사가 올 연말 마무리된다.",
                 "가람타운은 시민생활의 중심지로 기능할 것이다.",
                 "착공은 2021년 5월에 이뤄졌으며, 2024년 말 준공 후 시설물을 넘길 예정이다."])
    ranked = scored(rows, (0, 1.617, 0.89, 0.84, 1.0), (1, 1.408, 0.86, 0.7, 0.0), (2, 1.184, 0.82, 0.23, 1.0))
    ranked[0] = replace(ranked[0], check=replace(OK, predicate_distance=2))
    assert lead_sentence(q, ranked, FITTED).gid == 2
    # … while a best sentence saying the event keeps the narrow margin (its words say it too:
    # a sentence dating only another milestone, 준공, gives no date of 착공 at all)
    rows = Rows(["가람타운 부지조성 공사가 올 연말 착공된다.",
                 "가람타운은 시민생활의 중심지로 기능할 것이다.",
                 "착공은 2021년 5월에 이뤄졌으며, 2024년 말 준공 후 시설물을 넘길 예정이다."])
    ranked = scored(rows, (0, 1.617, 0.89, 0.84, 1.0), (1, 1.408, 0.86, 0.7, 0.0), (2, 1.184, 0.82, 0.23, 1.0))
    assert lead_sentence(q, ranked, FITTED).gid == 0


def test_a_figure_asked_of_a_part_is_led_by_the_sentence_meeting_the_questions_words():
    # "3분기까지 건설업에서 숨진 사람은 몇 명?": the best sentence gives the whole and says no 건설업
    # (coverage 0.45); the one a little below names it with its own figure and leads
    q, _rows, ranked = part_and_whole()
    params = replace(FITTED, lead_coverage_min=0.6)
    assert lead_sentence(q, ranked, params).gid == 1
    # … not when the best one meets the question's words itself
    ranked[0] = replace(ranked[0], check=OK)
    assert lead_sentence(q, ranked, params).gid == 0


def test_one_asked_at_one_extreme_is_not_the_one_named_at_the_other():
    from qa.answer import other_end_only

    q = analyze("가람시에서 휘발유를 제일 비싸게 파는 주유소는 어디야?")
    cheap = "가람시에서 가장 싸게 휘발유를 판매하는 주유소는 나래주유소 1천520원이다."
    dear = "가장 비싼 주유소는 다온주유소로 1천700원이었다."
    assert other_end_only(q, cheap, [cheap])
    assert not other_end_only(q, cheap, [cheap, dear])  # (the end asked is said too)
    assert not other_end_only(q, dear, [dear])
    # a figure asked at the other end is no one named: left to the figure's checks
    assert not other_end_only(analyze("가람시 휘발유 최고가는 얼마야?"), cheap, [cheap])


def test_one_asked_at_an_extreme_needs_a_sentence_that_ranks():
    from qa.extract import rank_unsaid

    q = analyze("가람시 공원 중에서 방문객이 제일 많았던 곳은 어디야?")
    plain = "가람시는 나래공원 물놀이장 운영을 지난 9일 마쳤다고 12일 밝혔다."
    assert rank_unsaid(q, [plain])  # names a park, ranks none
    assert not rank_unsaid(q, [plain, "방문객이 가장 많았던 곳은 다온공원이었다."])
    assert not rank_unsaid(q, ["나래공원은 방문객 수에서 1위를 차지했다."])
    assert not rank_unsaid(q, ["공원별 방문객은 나래공원 3만명, 다온공원 2만명, 한빛공원 1만명이다."])
    assert not rank_unsaid(q, ["방문객은 '나래공원'(41.2%)과 '다온공원'(30.5%)에 몰렸다."])
    # two figures of other units compare nothing
    assert rank_unsaid(q, ["공원 방문객은 3만명으로 지난해보다 12% 늘었다."])
    assert rank_unsaid(analyze("가람시에서 투자를 가장 많이 받은 기업은 어디야?"),
                       ["가람시 기업 23곳이 100억원 이상 투자를 받았다."])
    # an extreme of the head itself may be stated in other words ("가장 큰 이유" as "주된 이유")
    assert not rank_unsaid(analyze("나래공원이 붐빈 가장 큰 이유는?"), [plain])
    # … but a noun of a kind at an extreme is the one at the top of what the question names before
    # it ("위험이 제일 큰 곳"), said or not
    assert rank_unsaid(analyze("가람시 공원 중에 붐빌 위험이 제일 큰 곳은 어디야?"), [plain])
    assert not rank_unsaid(analyze("가람시 공원 중에 붐빌 위험이 제일 큰 곳은 어디야?"),
                           ["붐빌 위험이 가장 큰 곳은 다온공원이다."])
    assert not rank_unsaid(analyze("가람시 공원 방문객은 몇 명이야?"), [plain])


def test_which_of_so_many_asked_over_sentences_that_only_count_them():
    from qa.answer import _counted_only
    from qa.select import Choice

    q = analyze("가람구 올해 정비할 빈집 12개는 어느 동에 있어?")
    rows = Rows(["28일 가람구에 따르면 올 1억 2천만 원의 예산을 확보하고 12개의 빈집 정비활동에 나설 예정이다."])
    ranked = scored(rows, (0, 1.6, 0.9, 0.6, 0.0))
    assert _counted_only(q, Choice(((ranked[0],),), False))
    named = Rows(["정비할 빈집 12개는 나래동, 다온동, 한빛동에 있다."])
    assert not _counted_only(q, Choice(((scored(named, (0, 1.6, 0.9, 0.6, 0.0))[0],),), False))
    # … not an election numbered by 대 ("19대 총선에서 어느 후보에게 밀렸는가?")
    q = analyze("19대 총선에서 어느 후보에게 경선에서 밀렸는가?")
    rows = Rows(["제19대 총선에서 가람(을) 예비후보를 신청하였으나 후보경선에서 나래준 전의원에게 밀렸다."])
    assert not _counted_only(q, Choice(((scored(rows, (0, 1.7, 0.9, 0.6, 0.0))[0],),), False))


def test_a_level_asked_is_not_led_by_a_sentence_giving_only_a_change():
    # "할인율 몇 %로 올라?": the best sentence's figure is how much spending grew ("…이 85%
    # 증가하는"); the one a little below gives the rate it goes to ("7%에서 9%로 상향") and leads
    q = analyze("카드형 가람페이 할인율 몇 %로 오르나요?")
    assert q.particle == "로"  # (the particle after the unit's sign: 몇 % + 로)
    rows = Rows(["한편, 가람시는 지난 5월 카드형 상품권을 15% 특별할인 판매한 결과 사용액이 85% 증가하는 효과를 거뒀다.",
                 "가람시는 오는 3일부터 연말까지 카드형 가람페이 할인율을 기존 7%에서 9%로 상향한다고 밝혔다."])
    ranked = scored(rows, (0, 1.35, 0.9, 0.6, 1.0), (1, 1.32, 0.93, 0.6, 1.0))
    assert lead_sentence(q, ranked, FITTED).gid == 1
    # … while a change asked ("몇 % 늘었어?") keeps the sentence stating the change
    q = analyze("가람페이 사용액은 몇 % 늘었어?")
    assert lead_sentence(q, ranked, FITTED).gid == 0


def test_the_value_a_change_goes_to_is_said_with_the_question_words_particle():
    from qa.extract import takes_particle

    q = analyze("가람 청년수당 몇 만원으로 늘어?")
    assert takes_particle(q, "청년수당은 월 30만원에서 40만원으로 늘어난다.")
    assert not takes_particle(q, "청년수당 예산은 모두 12억원이다.")


def test_a_place_to_apply_is_led_by_the_sentence_whose_topic_is_applying():
    # "신청은 어디서 하나요?": the best sentence dates the applying; the one whose topic is 신청
    # scores well below it and says where
    from test_select import FITTED_LEAD
    from qa.select import choose

    q = analyze("가람 창작장려금 신청은 어디서 하나요?")
    rows = Rows(["가람문화재단은 ‘창작장려금 지원’ 신청을 오는 28일부터 4월30일까지 접수한다.",
                 "이번 사업은 1년 이상 가람에 거주한 예술인이 지원할 수 있다.",
                 "신청은 가람예술지원시스템으로 할 수 있으며, 자세한 내용은 재단 누리집에서 확인할 수 있다."])
    ranked = scored(rows, (0, 1.65, 0.93, 0.8, 0.5), (1, 1.46, 0.88, 0.6, 0.0), (2, 1.19, 0.87, 0.5, 1.0))
    lead = lead_sentence(q, ranked, FITTED)
    assert lead.gid == 2
    assert choose(q, [lead] + [s for s in ranked if s is not lead], rows, FITTED_LEAD).lead().gid == 2
    # … only when applying is the question's own topic: "신청자가 가장 많은 지역은?" asks another place
    q = analyze("가람 청년수당 신청자가 가장 많은 지역은 어디야?")
    rows = Rows(["신청자는 나래동이 320명으로 가장 많았고 다온동이 뒤를 이었다.",
                 "신청은 가람시청 누리집에서 할 수 있다."])
    ranked = scored(rows, (0, 1.65, 0.93, 0.8, 1.0), (1, 1.05, 0.87, 0.5, 1.0))
    assert lead_sentence(q, ranked, FITTED).gid == 0


def test_a_part_asked_by_its_kind_is_led_by_the_sentence_naming_that_kind():
    # "작년 가람궁 찾은 외국인 관람객은 몇 명이야?": the best sentence counts all the visitors; the one a
    # little below names the kind asked (외국인 관람객) with its own figure and leads
    q = analyze("작년 가람궁 찾은 외국인 관람객은 몇 명이야?")
    rows = Rows(["가람궁 관리소는 작년 가람궁을 찾은 관람객 수가 1천338만 명을 기록했다고 6일 밝혔다.",
                 "작년 가람궁 입장료 수입도 늘었다.",
                 "외국인 관람객은 257만 2천364명으로 전년 대비 21.2% 증가했다."])
    ranked = scored(rows, (0, 1.49, 0.90, 0.6, 1.0), (1, 1.38, 0.89, 0.5, 0.0), (2, 1.27, 0.88, 0.4, 1.0))
    assert lead_sentence(q, ranked, FITTED).gid == 2
    # … not beyond the margin, nor for a question of the whole
    far = scored(rows, (0, 1.49, 0.90, 0.6, 1.0), (1, 1.38, 0.89, 0.5, 0.0), (2, 1.0, 0.88, 0.4, 1.0))
    assert lead_sentence(q, far, FITTED).gid == 0
    assert lead_sentence(analyze("작년 가람궁 찾은 관람객은 몇 명이야?"), ranked, FITTED).gid == 0


def test_a_list_asked_by_its_count_is_led_by_the_sentence_counting_as_many():
    # "새로 설치되는 3곳 알려줘": the best sentence has three comma phrases and no count; the one a
    # little below lists three places and says "3개소" itself, and leads
    q = analyze("가람구 스쿨존 단속장비 새로 설치되는 3곳 알려줘")
    rows = Rows(["가람구는 가람경찰청, 나래공단 등과 사전 수요조사, 현장 조사를 실시해 설치 지점을 확정했다.",
                 "가람구는 스쿨존에 단속장비를 확대 설치한다고 23일 밝혔다.",
                 "설치 지점은 △가람초등학교 △나래유치원 △다온어린이집 3개소다."])
    ranked = scored(rows, (0, 1.30, 0.91, 0.6, 0.0), (1, 1.29, 0.90, 0.6, 0.0), (2, 1.23, 0.84, 0.4, 0.0))
    assert lead_sentence(q, ranked, FITTED).gid == 2
    # … not beyond the margin
    far = scored(rows, (0, 1.30, 0.91, 0.6, 0.0), (1, 1.29, 0.90, 0.6, 0.0), (2, 0.9, 0.84, 0.4, 0.0))
    assert lead_sentence(q, far, FITTED).gid != 2
