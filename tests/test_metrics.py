"""qa.metrics: retrieval and answer metrics against hand computations."""
from __future__ import annotations

import pytest

from qa.metrics import answer_hit, contains, first_relevant_rank, mrr, norm, recall_at_k, squash


def test_norm_and_squash():
    assert norm("  Busan\tAI \n 센터 ") == "busan ai 센터"
    assert squash(" 빅데이터 혁신\n센터 AI ") == "빅데이터혁신센터ai"
    assert norm(None) == "" and squash(None) == ""


@pytest.mark.parametrize("hay, needle, expected", [
    ("부산시는 금융, 의료, 물류, 관광 분야를 키운다", "금융, 의료, 물류, 관광", True),
    ("부산시는 금융,  의료,\n물류, 관광 분야", "금융, 의료, 물류, 관광", True),  # whitespace folded
    ("부산 AI 인재 양성", "ai 인재", True),  # case ignored
    ("부산 빅데이터 혁신센터를 설립", "빅데이터혁신센터", True),  # squashed comparison
    ("ETRI 동남권 분원 ( 가칭 )", "분원(가칭)", True),
    ("부산시는 금융, 의료 분야를 키운다", "금융, 의료, 물류", False),
    ("부산 AI 인재", "AI 인재들", False),
])
def test_contains(hay, needle, expected):
    assert contains(hay, needle) is expected


def test_first_relevant_rank():
    passages = ["관광 정책", "물류 클러스터를 조성", "빅데이터 혁신 센터 설립"]
    assert first_relevant_rank(passages, ["빅데이터혁신센터"]) == 3
    assert first_relevant_rank(passages, ["없는 말", "물류 클러스터"]) == 2
    assert first_relevant_rank(passages, ["없는 말"]) is None
    assert first_relevant_rank([], ["물류"]) is None
    assert first_relevant_rank(passages, iter(["관광"])) == 1  # any iterable of evidence


def test_recall_at_k_by_hand():
    ranks = [1, 3, None, 6, 2]
    assert recall_at_k(ranks, 1) == pytest.approx(1 / 5)
    assert recall_at_k(ranks, 3) == pytest.approx(3 / 5)
    assert recall_at_k(ranks, 5) == pytest.approx(3 / 5)
    assert recall_at_k(ranks, 6) == pytest.approx(4 / 5)
    assert recall_at_k([], 5) == 0.0


def test_mrr_by_hand():
    ranks = [1, 3, None, 6, 2]
    assert mrr(ranks) == pytest.approx((1 + 1 / 3 + 0 + 1 / 6 + 1 / 2) / 5)
    assert mrr(ranks, k=3) == pytest.approx((1 + 1 / 3 + 1 / 2) / 5)
    assert mrr([None, None]) == 0.0
    assert mrr([]) == 0.0


def test_answer_hit_groups_and_alternatives():
    answer = "부산시는 빅데이터 혁신센터를 세우고 금융·의료·물류·관광을 키운다."
    assert answer_hit(answer, [["빅데이터혁신센터"], ["금융", "finance"]])
    assert answer_hit(answer, [["없는 말", "물류"]])
    assert not answer_hit(answer, [["빅데이터혁신센터"], ["블록체인", "메타버스"]])
    assert answer_hit(answer, [])  # nothing required


def test_answer_hit_400_char_cut():
    head = "부산시는 물류 클러스터를 조성한다."
    at_limit = head + "가" * (400 - len(head))
    assert len(at_limit) == 400 and answer_hit(at_limit, [["물류 클러스터"]])
    # one character more and the answer no longer counts, even though it holds the fact
    assert not answer_hit(at_limit + "가", [["물류 클러스터"]])
    assert answer_hit(at_limit + "가", [["물류 클러스터"]], max_chars=401)


def test_matching_agrees_with_the_shared_grader():
    """The project's metrics must score like ../shared/eval/grade.py, the official scorer."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "shared" / "eval" / "grade.py"
    if not path.is_file():
        pytest.skip(f"shared grader not found at {path}")
    spec = importlib.util.spec_from_file_location("shared_grade", path)
    grade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grade)  # main() is guarded by __name__
    pairs = [("부산 빅데이터 혁신센터", "빅데이터혁신센터"), ("AI  인재\n양성", "ai 인재 양성"),
             ("금융, 의료", "금융,의료,물류"), ("ETRI (가칭)", "etri(가칭)"), ("", "부산"), ("부산", "")]
    for hay, needle in pairs:
        assert contains(hay, needle) == grade.contains(hay, needle), (hay, needle)
    import inspect
    assert inspect.signature(answer_hit).parameters["max_chars"].default == grade.MAX_ANSWER
