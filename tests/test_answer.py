"""qa.answer: question types, figures, sentence choice, layout — pure functions."""
from __future__ import annotations

import pytest

from qa.answer import (FIGURE, Evidence, SentenceStats, asks_money, excerpt, has_hangul, lead_for, overlap, question_type,
                       should_answer, type_cue, unit_hints)


@pytest.mark.parametrize("question, expected", [
    ("총 사업비는 얼마인가요?", "number"),
    ("몇 명의 인재를 양성하나요?", "number"),
    ("보고회는 언제 열렸나요?", "date"),
    ("몇 년부터 몇 년까지 추진되나요?", "date"),
    ("단장은 누구인가요?", "person"),
    ("보고회는 어디에서 열렸나요?", "place"),
    ("4대 전략은 무엇인가요?", "list"),
    ("부산 디지털 전환", "fact"),
    ("How much is the budget?", "number"),
    ("경자청장 이름이 뭐야?", "person"),  # a name beside a title is a person's
    ("교육 과정은 이름이 뭔가요?", "list"),  # the name of a programme is not
])
def test_question_type(question, expected):
    assert question_type(question) == expected


@pytest.mark.parametrize("text, figure", [
    ("총 6,699억 원을 투입", "총 6,699억 원"),
    ("1조 9천270억 원 규모의 21개 사업", "1조 9천270억 원"),
    ("5년간 5,000여 명의 인재를", "5년"),
    ("40여개의 핀테크 기업", "40여개"),
    ("3년간 총 627억원을 투입", "3년"),
])
def test_figure_is_cut_as_written(text, figure):
    assert FIGURE.search(text).group(0).strip() == figure


def test_lead_uses_the_unit_the_question_asks_for():
    s = "취업 연계를 목표로 5년간 5,000여 명의 인재를 양성할 예정이다."
    assert lead_for("number", "몇 명을 양성하나요?", s) == "5,000여 명"
    assert lead_for("number", "사업비는 얼마인가요?", s) is None  # no amount in the sentence: no lead
    assert lead_for("date", "언제까지?", "디지털산업 육성 계획(2022~2026년, 총 6,699억 원)") == "2022~2026년"
    # the day of the month alone is a date in news text; a span of days is not
    assert lead_for("date", "언제?", "경자청은 지난 17일 업무협약을 체결했다") == "17일"
    assert lead_for("date", "언제?", "보고회를 10일 오후 2시 시청에서 연다") == "10일 오후 2시"
    assert type_cue("date", "3일간 교육을 한다") == 0.0


def test_place_cue_ignores_technology_acronyms():
    assert type_cue("place", "인공지능(AI) 등 지역 기업의 데이터 활용기반") == 0.0
    assert type_cue("place", "한국데이터산업진흥원(KDATA)의 부산 유치") == 1.0


def test_number_cue_needs_the_right_unit():
    assert type_cue("number", "5일 회의를 열었다", unit_hints("몇 명이 참여했나요?")) == 0.0
    assert type_cue("number", "전문가 23명이 참여했다", unit_hints("몇 명이 참여했나요?")) == 1.0


def test_place_cue_needs_a_place_the_question_does_not_name():
    asked = "보고회는 시청 어디에서 열렸나요?"
    assert type_cue("place", "11.10. 14:00 시청에서 보고회 개최", asked=asked) == 0.0
    assert type_cue("place", "보고회를 시청 12층 소회의실2에서 개최한다", asked=asked) == 1.0
    # a person's title may repeat the question's: the name is the answer
    assert type_cue("person", "경자청(청장 김기영)은", asked="경자청 청장은 누구?") == 1.0


def test_overlap_is_idf_weighted():
    stats = SentenceStats.fit([["부산", "데이터"], ["부산", "의료"], ["부산", "물류"]])
    # "의료" is rarer than "부산", so a sentence with it covers more of the question
    assert overlap(["부산", "의료"], ["의료"], stats) > overlap(["부산", "의료"], ["부산"], stats)
    assert overlap([], ["x"], stats) == 0.0
    assert overlap(["부산"], ["부산"], stats) == pytest.approx(1.0)


def test_familiarity_recognises_compounds_of_known_words():
    stats = SentenceStats.fit([["부산진해경제자유구역청", "청장", "김기영"]])
    assert stats.familiarity("부산진해경제자유구역청장") > 0.8
    assert stats.familiarity("돼지국밥") == 0.0
    assert stats.known_share(["청장", "돼지국밥"]) == pytest.approx(0.5)


def test_abstention_rule_uses_words_and_similarity():
    assert should_answer(Evidence(dense=0.90, coverage=1.0, known=1.0, hangul=True))
    assert not should_answer(Evidence(dense=0.84, coverage=0.0, known=0.3, hangul=True))
    # A query left without Hangul (English the glossary could not map): only a close match answers
    assert should_answer(Evidence(dense=0.90, coverage=0.0, known=0.0, hangul=False))
    assert not should_answer(Evidence(dense=0.80, coverage=0.0, known=0.0, hangul=False))
    # asked for a sum of money that no top passage states: declined however close the words
    assert not should_answer(Evidence(dense=0.95, coverage=1.0, known=1.0, hangul=True, amount_missing=True))


@pytest.mark.parametrize("question, money", [
    ("서울시 AI 산업 육성 예산은 얼마야?", True),
    ("총 사업비는 얼마인가요?", True),
    ("수강료는?", True),
    ("How much is the budget?", True),
    ("얼마나 많은 기업이 참여하나요?", False),  # a count
    ("얼마나 걸리나요?", False),  # a duration
    ("몇 명이 참여했나요?", False),
])
def test_asks_money(question, money):
    assert asks_money(question) is money


def test_has_hangul():
    assert has_hangul("부산 AI 예산")
    assert not has_hangul("What is the budget?")
    assert not has_hangul("12345 !!!")


def test_excerpt_keeps_the_matched_part_of_a_long_sentence():
    text = "가" * 300 + " 총 6,699억 원 " + "나" * 300
    cut = excerpt(text, ["6699"], 120)
    assert "6,699억 원" in cut and cut.startswith("…") and cut.endswith("…")
    assert excerpt("짧은 문장", ["x"], 120) == "짧은 문장"


def test_list_cue_needs_the_named_count_of_items():
    from qa.answer import list_count

    count = list_count("부산 경제성장 혁신전략의 4대 전략은 무엇인가요?")
    assert count == (4, "4대")
    marked = "4대 전략은 ▲해양 ▲인공 지능 ▲소재 ▲라이프산업이다."
    counts_only = "'4대 전략, 10개 추진 과제, 71개 핵심사업'을 최종 검토한다."
    commas_before = "우선 금융, 의료, 물류, 관광 분야 등 4대 특화분야에 집중하고"
    assert type_cue("list", marked, (), count) > type_cue("list", counts_only, (), count)
    assert type_cue("list", commas_before, (), list_count("4대 특화분야는?")) == 2.5
    assert list_count("세 가지 기술은?") == (3, "세가지")
    assert list_count("목표는 무엇인가요?") is None
