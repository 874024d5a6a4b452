"""qa.lexical: BM25 over Korean content morphemes."""
from __future__ import annotations

import math

import numpy as np
import pytest

from qa.korean import tokenize, tokenize_many
from qa.lexical import LexicalIndex

TEXTS = [
    "부산시는 빅데이터혁신센터를 설립해 데이터 전문기업을 육성한다.",
    "서부산에 스마트 물류 클러스터를 조성하고 항만 자동화를 추진한다.",
    "부산 디지털 혁신 아카데미에서 AI 인재 5천 명을 양성한다.",
    "해운대 관광객의 이동 데이터를 분석해 관광 정책을 만든다.",
    "5G 특화망 기술지원센터를 동남권에 설립한다.",
]


@pytest.fixture(scope="module")
def corpus():
    return tokenize_many(TEXTS)


@pytest.fixture(scope="module")
def index(corpus):
    return LexicalIndex().fit(corpus)


@pytest.mark.parametrize("query, expected", [
    ("물류 클러스터는 어디에 만드나요?", 1),
    ("AI 인재를 몇 명 키우나요", 2),
    ("관광객 데이터 분석", 3),
    ("5G 특화망", 4),
    ("빅데이터 혁신센터 설립", 0),
])
def test_obvious_top_document(index, query, expected):
    scores, ids = index.search(tokenize(query), 3)
    assert ids[0] == expected, (query, ids, scores)
    assert (np.diff(scores) <= 0).all() and (scores > 0).all()


def test_unknown_tokens_give_empty_result(index):
    for tokens in (["양자컴퓨터"], [], [""], ["없는말", "또없는말"]):
        scores, ids = index.search(tokens, 5)
        assert len(scores) == len(ids) == 0
        assert (index.scores(tokens) == 0).all() and len(index.scores(tokens)) == len(TEXTS)


def test_unknown_tokens_do_not_change_scores(index):
    known = tokenize("물류 클러스터")
    np.testing.assert_allclose(index.scores(known + ["양자컴퓨터"]), index.scores(known))


def test_k_larger_than_n(index):
    scores, ids = index.search(tokenize("부산 데이터 설립"), 100)
    assert 0 < len(ids) <= len(TEXTS)
    assert len(set(ids.tolist())) == len(ids)
    full = index.scores(tokenize("부산 데이터 설립"))
    assert set(ids.tolist()) == set(np.flatnonzero(full > 0).tolist())


def test_k_zero_and_unfitted():
    assert len(LexicalIndex().search(["부산"], 3)[1]) == 0
    fitted = LexicalIndex().fit([["부산"], ["데이터"]])
    assert len(fitted.search(["부산"], 0)[1]) == 0


def test_scores_follow_bm25_by_hand():
    # two short documents; the query term is in the first only
    k1, b = 1.2, 0.75
    corpus = [["물류", "항만", "물류"], ["관광", "데이터"]]
    s = LexicalIndex(k1, b).fit(corpus).scores(["물류"])
    n, df, tf, dl, avgdl = 2, 1, 2, 3, 2.5
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))  # bm25s' default (Lucene) variant
    want = idf * tf / (tf + k1 * (1 - b + b * dl / avgdl))
    assert s[0] == pytest.approx(want, rel=1e-5)
    assert s[1] == 0


def test_empty_document_in_corpus():
    index = LexicalIndex().fit([["부산", "데이터"], [], ["물류"]])
    scores, ids = index.search(["물류"], 3)
    assert ids.tolist() == [2]
    assert index.n_docs == 3


def test_tie_order_is_stable():
    index = LexicalIndex().fit([["물류"], ["관광"], ["물류"], ["물류"]])
    _, ids = index.search(["물류"], 3)
    assert ids.tolist() == [0, 2, 3]


def test_save_load_round_trip(tmp_path, corpus):
    index = LexicalIndex(k1=1.5, b=0.6).fit(corpus)
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert (loaded.k1, loaded.b, loaded.n_docs) == (1.5, 0.6, len(TEXTS))
    for text in TEXTS + ["부산 데이터", "없는 말"]:
        q = tokenize(text)
        np.testing.assert_allclose(loaded.scores(q), index.scores(q), rtol=1e-6)
        for a, b in zip(loaded.search(q, 3), index.search(q, 3)):
            np.testing.assert_allclose(a, b, rtol=1e-6)


def test_search_equals_a_full_sort_with_ties_by_id():
    # A tiny vocabulary and short documents make many equal scores, also at the cut-off.
    rng = np.random.default_rng(3)
    vocab = ["부산", "부산시", "데이터", "물류", "관광", "항만"]  # (부산 is also written 부산시)
    corpus = [list(rng.choice(vocab, size=int(rng.integers(1, 3)))) for _ in range(200)]
    index = LexicalIndex().fit(corpus)
    for query in (["물류"], ["부산", "데이터"], ["관광", "항만", "부산"]):
        s = index.scores(index.expand(query))  # (what search() scores)
        for k in (1, 5, 17, 60, 200):
            want = [i for i in np.argsort(-s, kind="stable")[:k] if s[i] > 0]
            scores, ids = index.search(query, k)
            assert ids.tolist() == want, (query, k)
            np.testing.assert_array_equal(scores, s[want])


def _bm25s_reference(corpus):
    import bm25s

    ref = bm25s.BM25(k1=1.2, b=0.75)
    ref.index([list(t) for t in corpus], show_progress=False)
    return ref


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_scores_match_bm25s_own_builder(seed, tmp_path):
    """The array builder gives bm25s's numbers (random corpora: repeats, empty documents),
    also after a save and a memory-mapped load."""
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(40)]
    corpus = [[words[j] for j in rng.zipf(1.5, size=rng.integers(0, 30)) % 40] for _ in range(60)]
    corpus[0] = ["w1"]  # at least one token overall
    ours = LexicalIndex().fit(corpus)
    ours.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    ref = _bm25s_reference(corpus)
    for q in (["w1"], ["w0", "w3", "w3"], words[:10], ["w39", "w2"]):
        known = [t for t in q if t in ref.vocab_dict]
        expected = ref.get_scores(known)
        np.testing.assert_allclose(ours.scores(q), expected, rtol=1e-6, atol=1e-7)
        np.testing.assert_allclose(loaded.scores(q), expected, rtol=1e-6, atol=1e-7)


def test_real_tokens_match_bm25s(corpus):
    ref = _bm25s_reference(corpus)
    ours = LexicalIndex().fit(corpus)
    for text in ("부산 데이터 설립", "물류 클러스터", "AI 인재 양성"):
        q = [t for t in tokenize(text) if t in ref.vocab_dict]
        np.testing.assert_allclose(ours.scores(q), ref.get_scores(q), rtol=1e-6, atol=1e-7)


def test_a_place_typed_short_finds_it_written_in_full():
    # Kiwi reads "진안군" whole and "진안" typed short as another word: both count, when the
    # articles write the full form at least as often
    from qa.lexical import known_forms

    df = {"가람": 1, "가람군": 3, "나래": 40, "나래군": 2}.get
    vocab = {"가람": 0, "가람군": 1, "나래": 2, "나래군": 3, "다온시": 4}
    assert known_forms("가람", vocab, df) == ["가람", "가람군"]
    assert known_forms("나래", vocab, df) == ["나래"]  # 나래군 (an army, say) is written far less
    assert known_forms("다온", vocab, df) == ["다온시"]  # the short form no article writes


def test_a_compound_typed_glued_is_its_known_pieces():
    from qa.lexical import known_forms

    vocab = {"군립": 0, "자연휴양림": 1, "자연": 2}
    assert known_forms("군립자연휴양림", vocab) == ["군립", "자연휴양림"]
    assert known_forms("군립수목원조성", vocab) == []  # no cut covers it: nothing guessed


def test_a_short_place_matches_the_passage_writing_it_in_full():
    idx = LexicalIndex().fit([["가람군", "예산", "편성"], ["가람", "만들", "노력"], ["나래시", "예산"], ["가람군", "축제"]])
    scores = idx.scores(idx.expand(["가람", "예산"]))
    assert scores[0] > scores[2] and scores[0] > 0


def test_search_scores_the_expanded_query():
    idx = LexicalIndex().fit([["가람군", "예산"], ["나래시", "축제"]])
    _, ids = idx.search(["가람"], k=2)
    assert list(ids) == [0]


def test_expand_counts_each_form_once():
    idx = LexicalIndex().fit([["가람군", "예산"], ["가람", "축제"], ["가람군", "축제"]])
    assert idx.expand(["가람", "가람군"]).count("가람군") == 1


def test_a_post_glued_to_its_place_finds_the_post_alone():
    from qa.lexical import known_forms

    vocab = {"구청장": 0, "동": 1, "김찬": 2}
    assert "구청장" in known_forms("동구청장", vocab)
    assert known_forms("구청장", vocab) == ["구청장"]
