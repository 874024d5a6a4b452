"""Shared fixtures for the retrieval-core tests (test_clean ... test_index).

- where the curated documents and the raw seed articles are;
- a small, fast, deterministic stand-in for the sentence embedder;
- a temporary folder of three short Korean articles with Settings pointing at it.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "documents"
# The raw articles the curated documents were made from live next to the project.
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"raw seed articles not found at {SEEDS} (../shared/seeds relative to the project)")
    return SEEDS


@pytest.fixture(scope="session")
def curated() -> list[tuple[Path, dict, str]]:
    """(path, front matter, body) of every curated document, read without cleaning."""
    from qa.load import split_front_matter

    out = []
    for path in sorted(DOCS.glob("*.md")):
        meta, body, problem = split_front_matter(path.read_text(encoding="utf-8"))
        assert problem is None, f"{path}: {problem}"
        out.append((path, meta, body))
    assert out, f"no curated documents in {DOCS}"
    return out


@pytest.fixture(scope="session")
def curated_docs():
    """The curated documents as the loader gives them."""
    from qa.load import load_documents

    docs, problems = load_documents(DOCS)
    assert not problems, problems
    return docs


# --- a fake embedder ----------------------------------------------------------------

class FakeEmbedder:
    """Hashed character-bigram bag, L2-normalised: deterministic, fast, and texts that
    share words get similar vectors. Records every passages() call."""

    def __init__(self, name: str = "fake-bigram", dim: int = 64):
        from qa.embed import ModelSpec

        self.spec = ModelSpec(name=name, path=f"/nonexistent/{name}", query_prefix="query: ",
                              passage_prefix="passage: ")
        self.dim = dim
        self.passage_calls: list[list[str]] = []

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        text = " " + text + " "
        for a, b in zip(text, text[1:]):
            h = int.from_bytes(hashlib.blake2b((a + b).encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0
        return v / np.linalg.norm(v)

    def _encode(self, texts) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.ascontiguousarray(np.stack([self._vector(t) for t in texts]), dtype=np.float32)

    def queries(self, texts):
        return self._encode(texts)

    def passages(self, texts, progress=False, batch_size=None):
        self.passage_calls.append(list(texts))
        return self._encode(texts)

    @property
    def embedded(self) -> list[str]:
        return [t for call in self.passage_calls for t in call]


@pytest.fixture
def make_embedder():
    return FakeEmbedder


# --- a tiny corpus ------------------------------------------------------------------

SMALL_DOCS = {
    "data-center.md": (
        "---\n"
        'title: "부산시, 빅데이터혁신센터 설립"\n'
        'source: "한국경제"\n'
        'author: "김태현"\n'
        "date: 2021-07-05\n"
        "url: https://example.com/data\n"
        "---\n\n"
        "부산시는 빅데이터혁신센터를 설립해 데이터 전문기업을 육성한다. "
        "센터는 금융, 의료, 물류, 관광 분야의 데이터를 모은다.\n\n"
        "시는 2025년까지 데이터 2500종을 1만종으로 늘릴 계획이다. "
        "데이터 바우처 사업으로 지역 기업의 성장을 돕는다.\n"
    ),
    "harbor.md": (
        "---\n"
        'title: "스마트 항만 물류 클러스터 조성"\n'
        'source: "부산일보"\n'
        "date: null\n"
        "url: null\n"
        "---\n\n"
        "서부산에 스마트 물류 클러스터를 조성한다. "
        "항만 자동화와 5G 특화망으로 컨테이너 처리 속도를 높인다.\n\n"
        "해양수산부와 협력해 신항 배후단지에 물류창고를 짓는다.\n"
    ),
    "academy.txt": (
        "부산 디지털 혁신 아카데미 개설\n\n"
        "부산시는 5년간 약 5천 명의 AI 인재를 양성한다. "
        "지역 대학과 ICT 기업이 함께 교육 과정을 운영한다.\n\n"
        "수료생은 협약 기업에 채용될 기회를 얻는다.\n"
    ),
}


@pytest.fixture
def small_corpus(tmp_path):
    """Settings for a docs folder with three short articles and an empty index folder."""
    from qa.chunk import ChunkSettings
    from qa.config import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in SMALL_DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    # Small passages so every article has more than one.
    return Settings(docs_dir=docs, index_dir=tmp_path / "index", cache_dir=tmp_path / "cache",
                    model="fake-bigram", query_prefix=None, passage_prefix=None, device="cpu",
                    chunking=ChunkSettings(max_chars=80, overlap=1))
