"""qa.chunk: whole sentences packed into overlapping passages with verbatim offsets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.chunk import ChunkSettings, chunk_document, embedding_text, pack, sentences_of
from qa.types import Document, Sentence


def _sents(lengths: list[int], gap: int = 1) -> list[Sentence]:
    out, pos = [], 0
    for i, n in enumerate(lengths):
        out.append(Sentence("d", i, pos, pos + n, "가" * n))
        pos += n + gap
    return out


def _check_pack(sents: list[Sentence], cfg: ChunkSettings) -> list[tuple[int, int]]:
    n = len(sents)
    ranges = pack(sents, cfg)
    if n == 0:
        assert ranges == []
        return ranges
    assert ranges[0][0] == 0 and ranges[-1][1] == n
    assert len(ranges) <= n
    covered = set()
    for a, b in ranges:
        assert 0 <= a < b <= n
        covered.update(range(a, b))
        width = sents[b - 1].end - sents[a].start
        # within the budget, unless a single sentence is longer than it
        assert width <= cfg.max_chars or b - a == 1
        # greedy: the next sentence would not have fitted
        if b < n:
            assert sents[b].end - sents[a].start > cfg.max_chars
    assert covered == set(range(n))
    for (a0, b0), (a1, b1) in zip(ranges, ranges[1:]):
        assert a1 > a0 and b1 > b0  # progress, and never a passage inside the previous one
        # the configured overlap (as much as the previous passage allows while moving on),
        # or none where the overlapping start could not reach past the previous passage
        wanted = min(cfg.overlap, b0 - a0 - 1)
        if b0 - a1 != wanted:
            assert b0 - a1 == 0 and wanted > 0
            assert sents[b0].end - sents[b0 - wanted].start > cfg.max_chars
    return ranges


@settings(max_examples=300, deadline=None)
@given(lengths=st.lists(st.integers(1, 200), max_size=40), gap=st.integers(0, 3),
       max_chars=st.integers(1, 400), overlap=st.integers(0, 4))
def test_pack_properties(lengths, gap, max_chars, overlap):
    _check_pack(_sents(lengths, gap), ChunkSettings(max_chars=max_chars, overlap=overlap))


def test_pack_by_hand():
    # sentences of 40 chars, one space apart: two fit in 81, three need 122
    sents = _sents([40] * 5)
    assert pack(sents, ChunkSettings(max_chars=81, overlap=0)) == [(0, 2), (2, 4), (4, 5)]
    assert pack(sents, ChunkSettings(max_chars=81, overlap=1)) == [(0, 2), (1, 3), (2, 4), (3, 5)]
    assert pack(sents, ChunkSettings(max_chars=1000, overlap=1)) == [(0, 5)]


def test_pack_single_overlong_sentence_progresses():
    sents = _sents([30, 500, 30, 30])
    ranges = _check_pack(sents, ChunkSettings(max_chars=100, overlap=1))
    assert (1, 2) in ranges  # the long sentence stands alone
    only = _check_pack(_sents([500]), ChunkSettings(max_chars=100, overlap=3))
    assert only == [(0, 1)]


def test_pack_overlap_larger_than_passage_still_progresses():
    ranges = _check_pack(_sents([50] * 6), ChunkSettings(max_chars=120, overlap=10))
    assert [a for a, _ in ranges] == list(range(len(ranges)))


def test_pack_empty():
    assert pack([], ChunkSettings()) == []


# --- documents ------------------------------------------------------------------

def _check_chunks(doc: Document, cfg: ChunkSettings):
    sents = sentences_of(doc)
    chunks = chunk_document(doc, cfg)
    assert chunks, doc.doc_id
    assert chunk_document(doc, cfg, sents) == chunks
    assert [s.index for s in sents] == list(range(len(sents)))
    for s in sents:
        assert doc.text[s.start:s.end] == s.text and s.doc_id == doc.doc_id
    ids = [c.chunk_id for c in chunks]
    assert len(set(ids)) == len(ids)
    for i, c in enumerate(chunks):
        assert c.chunk_id == f"{doc.doc_id}#{i}" and c.index == i and c.doc_id == doc.doc_id
        assert doc.text[c.start:c.end] == c.text
        assert c.title == doc.title
        assert 0 <= c.sent_start < c.sent_end <= len(sents)
        assert c.start == sents[c.sent_start].start and c.end == sents[c.sent_end - 1].end
        for s in sents[c.sent_start:c.sent_end]:
            assert s.text in c.text
        assert len(c.text) <= cfg.max_chars or c.sent_end - c.sent_start == 1
    covered = {i for c in chunks for i in range(c.sent_start, c.sent_end)}
    assert covered == set(range(len(sents)))
    return chunks


@pytest.mark.parametrize("max_chars, overlap", [(300, 1), (120, 0), (120, 2), (40, 1)])
def test_chunk_curated_documents(curated_docs, max_chars, overlap):
    for doc in curated_docs:
        _check_chunks(doc, ChunkSettings(max_chars=max_chars, overlap=overlap))


def test_chunk_offsets_with_leading_whitespace_and_non_bmp():
    text = "🙂 첫 문장이다. 둘째 문장이다.\n\n  셋째 줄 𠀀 이다.\n넷째 문장이다."
    doc = Document("x", "제목", text)
    chunks = _check_chunks(doc, ChunkSettings(max_chars=15, overlap=1))
    assert len(chunks) >= 3


def test_embedding_text_carries_the_title(curated_docs):
    doc = curated_docs[0]
    c = chunk_document(doc, ChunkSettings())[0]
    assert embedding_text(c) == f"{doc.title}\n{c.text}"
    untitled = chunk_document(Document("x", "", "본문 문장이다."), ChunkSettings())[0]
    assert embedding_text(untitled) == "본문 문장이다."


def test_chunk_settings_to_dict():
    d = ChunkSettings(max_chars=200, overlap=2).to_dict()
    assert d == {"max_chars": 200, "overlap": 2, "version": ChunkSettings().version}
    # the packing-rules version is part of what the manifest compares
    assert ChunkSettings(version=1).to_dict() != ChunkSettings().to_dict()
