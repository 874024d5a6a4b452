"""qa.followup: which questions lean on the previous turn, and how they are rewritten."""
from __future__ import annotations

from qa.followup import is_followup, list_items, resolve, topic_of

H = [{"role": "user", "content": "데이터 기반 4대 특화분야는 무엇인가요?"}]


def test_standalone_question_ignores_history():
    q = "부산진해경제자유구역청장은 누구인가요?"
    assert resolve(q, H) == q
    assert not is_followup(q, True)


def test_no_history_no_rewrite():
    assert resolve("그 중 의료 분야는?", []) == "그 중 의료 분야는?"


def test_anaphor_is_replaced_by_the_previous_topic():
    assert topic_of(H[0]["content"]) == "데이터 기반 4대 특화분야"
    out = resolve("그 중 의료 분야에서는 무엇을 하나요?", H)
    assert out.startswith("데이터 기반 4대 특화분야") and "의료 분야에서는" in out and "그 중" not in out
    assert resolve("그 예산은?", H).startswith("데이터 기반 4대 특화분야")
    assert resolve("거기서 몇 명이 참여했나요?", H).startswith("데이터 기반 4대 특화분야")


def test_short_question_counts_as_follow_up():
    assert is_followup("의료 분야는?", True)
    assert "데이터 기반 4대 특화분야" in resolve("의료 분야는?", H)


def test_ordinal_picks_the_item_of_the_previous_answer():
    history = [{"role": "user", "content": "데이터산업 4대 전략은 무엇인가요?"},
               {"role": "assistant", "content": "△데이터 통합 관리체계 구축 △부산 빅데이터 혁신센터 구축 "
                                                "△전문기업 및 전문인재 양성 △데이터기반 특화산업 육성 [1]"}]
    assert resolve("두 번째 전략은 뭐야?", history).startswith("부산 빅데이터 혁신센터 구축")


def test_ordinal_recomputes_the_previous_answer_when_only_questions_are_given():
    calls = []

    def previous(q):
        calls.append(q)
        return "금융, 의료, 물류, 관광 분야 등 4대 특화분야"

    assert resolve("세 번째 분야는?", H, previous).startswith("물류")
    assert calls == [H[0]["content"]]


def test_list_items():
    assert list_items("우선 금융, 의료, 물류, 관광 분야 등 4대 특화분야") == ["우선 금융", "의료", "물류", "관광 분야"]
    assert list_items("△가나 △다라 △마바") == ["가나", "다라", "마바"]
    assert list_items("목록이 없는 문장입니다.") == []


def test_chained_follow_ups_keep_the_original_topic():
    history = H + [{"role": "user", "content": "그 중 의료 분야는?"}]
    assert "데이터 기반 4대 특화분야" in resolve("거기서 예산은?", history)
