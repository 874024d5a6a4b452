"""qa.dense: FAISS search against a numpy brute force."""
from __future__ import annotations

import numpy as np
import pytest

from qa.dense import DenseIndex


def _unit(rng, n: int, dim: int) -> np.ndarray:
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _brute(vectors: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    sims = queries @ vectors.T
    order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return np.take_along_axis(sims, order, axis=1), order


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(7)
    return _unit(rng, 300, 32), _unit(rng, 20, 32)


@pytest.mark.parametrize("k", [1, 5, 10, 299, 300, 301, 1000])
def test_flat_matches_brute_force(data, k):
    vectors, queries = data
    index = DenseIndex().fit(vectors)
    assert index.kind == "flat" and index.size == len(vectors)
    scores, ids = index.search(queries, k)
    want = min(k, len(vectors))
    assert scores.shape == ids.shape == (len(queries), want)
    # k beyond the index size: FAISS pads with id -1, which must never come back
    assert (ids >= 0).all()
    b_scores, b_ids = _brute(vectors, queries, want)
    np.testing.assert_allclose(scores, b_scores, atol=1e-5)
    # ids agree wherever the scores are not tied
    agree = (ids == b_ids) | np.isclose(scores, b_scores, atol=1e-6)
    assert agree.all()
    assert (np.diff(scores, axis=1) <= 1e-6).all(), "not best first"


def test_single_query_vector_is_accepted(data):
    vectors, queries = data
    index = DenseIndex().fit(vectors)
    scores, ids = index.search(queries[0], 3)
    assert ids.shape == (1, 3)
    assert ids[0, 0] == int(np.argmax(vectors @ queries[0]))


def test_each_vector_finds_itself_first(data):
    vectors, _ = data
    _, ids = DenseIndex().fit(vectors).search(vectors, 1)
    assert (ids[:, 0] == np.arange(len(vectors))).all()


def test_hnsw_above_exact_max_with_good_recall(data):
    vectors, queries = data
    index = DenseIndex(exact_max=100).fit(vectors)
    assert index.kind == "hnsw"
    assert DenseIndex(exact_max=len(vectors)).fit(vectors).kind == "flat"  # the bound is inclusive
    _, ids = index.search(queries, 10)
    assert ids.shape[1] == 10 and (ids >= 0).all()
    _, truth = _brute(vectors, queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ids.tolist(), truth.tolist())])
    assert recall >= 0.9, recall


def test_hnsw_k_larger_than_n_has_no_padding(data):
    vectors, queries = data
    small = vectors[:40]
    index = DenseIndex(exact_max=10).fit(small)
    assert index.kind == "hnsw"
    scores, ids = index.search(queries, 100)
    assert 0 < ids.shape[1] <= 40
    assert (ids >= 0).all() and (ids < 40).all()


@pytest.mark.parametrize("exact_max", [1000, 50])
def test_save_load_round_trip(tmp_path, data, exact_max):
    vectors, queries = data
    index = DenseIndex(exact_max).fit(vectors)
    path = tmp_path / "dense.faiss"
    index.save(path)
    loaded = DenseIndex.load(path, exact_max, vectors=vectors)
    assert loaded.kind == index.kind and loaded.size == index.size
    s0, i0 = index.search(queries, 10)
    s1, i1 = loaded.search(queries, 10)
    np.testing.assert_array_equal(i0, i1)
    np.testing.assert_allclose(s0, s1)


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_truncated_file_raises_value_error(tmp_path, data, cut):
    vectors, _ = data
    path = tmp_path / "dense.faiss"
    DenseIndex().fit(vectors).save(path)
    raw = path.read_bytes()
    path.write_bytes(raw[:int(len(raw) * cut)])
    with pytest.raises(ValueError, match="FAISS") as e:
        DenseIndex.load(path)
    assert str(path) in str(e.value)


def test_garbage_file_raises_value_error(tmp_path):
    path = tmp_path / "dense.faiss"
    path.write_bytes(b"not a faiss index" * 20)
    with pytest.raises(ValueError, match="손상"):
        DenseIndex.load(path)


def test_empty_and_degenerate_searches(data):
    vectors, queries = data
    for index in (DenseIndex(), DenseIndex().fit(vectors[:0])):
        scores, ids = index.search(queries[:2], 5)
        assert scores.shape == ids.shape == (2, 0)
    scores, ids = DenseIndex().fit(vectors).search(queries[:2], 0)
    assert ids.shape == (2, 0)


def test_fit_rejects_1d():
    with pytest.raises(ValueError, match="2-D"):
        DenseIndex().fit(np.ones(8, np.float32))


def test_hnsw_scores_are_exact_cosines_after_rerank(data):
    # The 8-bit codes give approximate scores; the rerank must return the true inner
    # products, best first, so fused and flat results stay comparable.
    vectors, queries = data
    index = DenseIndex(exact_max=100).fit(vectors)
    assert index.describe()["faiss"] == "IndexHNSWSQ" and index.describe()["rerank"] > 0
    scores, ids = index.search(queries, 10)
    np.testing.assert_allclose(scores, np.einsum("qd,qkd->qk", queries, vectors[ids]), atol=1e-5)
    assert (np.diff(scores, axis=1) <= 1e-6).all()


def test_hnsw_loaded_without_vectors_still_searches(tmp_path, data):
    vectors, queries = data
    path = tmp_path / "dense.faiss"
    DenseIndex(exact_max=100).fit(vectors).save(path)
    plain = DenseIndex.load(path, 100)
    assert plain.vectors is None
    _, ids = plain.search(queries, 10)
    _, truth = _brute(vectors, queries, 10)
    assert np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ids.tolist(), truth.tolist())]) >= 0.8


def test_hnsw_load_refuses_vectors_of_another_shape(tmp_path, data):
    vectors, _ = data
    path = tmp_path / "dense.faiss"
    DenseIndex(exact_max=100).fit(vectors).save(path)
    with pytest.raises(ValueError, match="do not match"):
        DenseIndex.load(path, 100, vectors=vectors[:10])
