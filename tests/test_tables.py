"""Column tables of the loaded index: the same records as the lists they replace."""
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from qa.chunk import ChunkSettings, chunk_document, sentences_of
from qa.tables import ChunkTable, SentenceTable, TokenTable
from qa.types import Document

DOCS = [
    Document("a", "부산 데이터", "부산시는 데이터산업을 육성한다. 3년간 627억원을 투입한다. 빅데이터 혁신센터를 설립한다."),
    Document("b", "명지 AI", "경자청은 명지지구에 AI 허브를 만든다. 기업 유치가 목표다."),
]


def _records():
    sents = [s for d in DOCS for s in sentences_of(d)]
    chunks = [c for d in DOCS for c in chunk_document(d, ChunkSettings(max_chars=40, overlap=1))]
    return sents, chunks


def test_chunk_table_gives_back_the_records():
    _, chunks = _records()
    table = ChunkTable.from_chunks(DOCS, chunks)
    assert len(table) == len(chunks) > 2
    assert list(table) == chunks and table == chunks
    assert table[-1] == chunks[-1] and table[1:3] == chunks[1:3]
    assert table.index(chunks[2]) == 2
    with pytest.raises(IndexError):
        table[len(chunks)]


def test_chunk_table_accepts_json_rows():
    _, chunks = _records()
    rows = [dict(c.__dict__) for c in chunks]
    assert ChunkTable.from_chunks(DOCS, rows) == chunks


def test_chunk_table_rows_of_a_document():
    _, chunks = _records()
    table = ChunkTable.from_chunks(DOCS, chunks)
    assert [table[i].doc_id for i in table.rows_of("b")] == ["b"] * sum(c.doc_id == "b" for c in chunks)
    assert len(table.rows_of("missing")) == 0
    # the one-pass grouping equals a brute-force scan per document
    brute = {d.doc_id: [i for i, c in enumerate(chunks) if c.doc_id == d.doc_id] for d in DOCS}
    assert {k: v.tolist() for k, v in table.rows_by_document().items()} == brute


@pytest.mark.parametrize("field, value", [("text", "다른 글"), ("title", "다른 제목"), ("chunk_id", "a#99"),
                                          ("doc_id", "nope")])
def test_chunk_table_refuses_a_passage_that_is_not_its_document(field, value):
    _, chunks = _records()
    row = dict(chunks[0].__dict__)
    row[field] = value
    with pytest.raises(ValueError):
        ChunkTable.from_chunks(DOCS, [row])


def test_sentence_table_gives_back_the_records():
    sents, _ = _records()
    table = SentenceTable.from_sentences(DOCS, sents)
    assert table == sents and table[2:4] == sents[2:4]
    assert table.doc_id(len(sents) - 1) == "b"
    bad = dict(sents[0].__dict__, text="틀린 문장")
    with pytest.raises(ValueError):
        SentenceTable.from_sentences(DOCS, [bad])


def test_empty_tables():
    assert len(ChunkTable.from_chunks(DOCS, [])) == 0
    assert len(SentenceTable.from_sentences(DOCS, [])) == 0
    tokens = TokenTable.from_lists([])
    assert len(tokens) == 0 and tokens.document_frequency() == {}


token_rows = st.lists(st.lists(st.sampled_from(["부산", "데이터", "ai", "5g", "6699", "시", "물류"]), max_size=6),
                      max_size=20)


@settings(max_examples=60, deadline=None)
@given(token_rows)
def test_token_table_round_trip(rows):
    table = TokenTable.from_lists(rows)
    assert len(table) == len(rows)
    assert [table[i] for i in range(len(rows))] == rows


@settings(max_examples=60, deadline=None)
@given(token_rows)
def test_document_frequency_matches_brute_force(rows):
    # a token repeated inside one row counts once for that row
    expected = Counter(t for row in rows for t in set(row))
    assert TokenTable.from_lists(rows).document_frequency() == dict(expected)


def test_token_table_checks_offsets():
    with pytest.raises(ValueError):
        TokenTable(["a"], np.array([0, 0], np.int32), np.array([0, 1]))
