"""Bad documents in the articles folder: each is skipped or fixed with a Problem naming
the file, the rest are indexed, and nothing indexed before is lost.

Builds use a fast deterministic stand-in for the embedder (``HashEmbedder``) in
temporary folders; the real model is not needed to test the loader and the builder.
"""
from __future__ import annotations

import pathlib
import shutil
import zlib
from pathlib import Path

import numpy as np
import pytest

from qa.chunk import ChunkSettings
from qa.config import Settings
from qa.embed import ModelSpec
from qa.engine import Engine
from qa.index import build_index, load_index

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "documents"


def _hash_params():
    """The answer thresholds were fitted for the real embedder; a hashed-bigram vector has
    other similarities, so tests that answer with it take no similarity floor."""
    from qa.params import Params

    return Params.load().with_(dense_floor=-1.0, dense_foreign=-1.0, model="fake-hash-bigram")


HASH_PARAMS = _hash_params()


class HashEmbedder:
    """Hashed character bigrams, L2-normalised float32: deterministic and fast enough for a
    5 MB article (numpy per text, no Python loop per character)."""

    def __init__(self, name: str = "fake-hash-bigram", dim: int = 64):
        self.spec = ModelSpec(name=name, path=f"/nonexistent/{name}", query_prefix="query: ",
                              passage_prefix="passage: ")
        self.dim = dim
        self.passage_texts = 0

    def _one(self, text: str) -> np.ndarray:
        codes = np.frombuffer((" " + text + " ").encode("utf-32-le", "surrogatepass"), np.uint32).astype(np.int64)
        h = (codes[:-1] * 1_000_003 + codes[1:]) % self.dim
        v = np.bincount(h, minlength=self.dim).astype(np.float32)
        v[zlib.crc32(text.encode("utf-8", "surrogatepass")) % self.dim] += 0.5  # never all zero
        return v / np.linalg.norm(v)

    def _encode(self, texts) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.ascontiguousarray(np.stack([self._one(t) for t in texts]), dtype=np.float32)

    def queries(self, texts):
        return self._encode(texts)

    def passages(self, texts, progress=False, batch_size=None):
        texts = list(texts)
        self.passage_texts += len(texts)
        return self._encode(texts)


def make_settings(tmp: Path, docs: Path | None = None) -> Settings:
    return Settings(docs_dir=docs or tmp / "docs", index_dir=tmp / "index", cache_dir=tmp / "cache",
                    model="fake-hash-bigram", query_prefix=None, passage_prefix=None, device="cpu",
                    chunking=ChunkSettings())


def copy_documents(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for p in DOCS.iterdir():
        if p.is_file():
            shutil.copy2(p, dest / p.name)
    return dest


def problems_for(report, name: str) -> list[str]:
    return [p.message for p in report.problems if Path(p.path).name == name]


KOREAN = ("부산시는 해양 데이터 플랫폼을 구축해 항만 물류 기업에 개방한다고 밝혔다. "
          "시는 2027년까지 모두 120억 원을 투입할 계획이다.")
FRONT = '---\ntitle: "해양 데이터 플랫폼 구축"\nsource: "부산일보"\ndate: 2024-03-02\nurl: https://example.org/a\n---\n\n'
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


# --- each bad file alone ---------------------------------------------------------

BAD_FILES = {
    # name: (bytes, expected outcome, words of the expected problem message)
    "cp949.md": ((FRONT + KOREAN).encode("cp949"), "fixed", "CP949"),
    "euckr.txt": (("해양 데이터 플랫폼\n\n" + KOREAN).encode("euc-kr"), "fixed", "CP949"),
    "utf16.md": ((FRONT + KOREAN).encode("utf-16"), "fixed", "UTF-16"),
    "bom.md": (b"\xef\xbb\xbf" + (FRONT + KOREAN).encode("utf-8"), "clean", None),
    "image.txt": (PNG, "skipped", "binary"),
    "empty.md": (b"", "skipped", "empty"),
    "blank.md": (b"  \n\t\r\n   \n", "skipped", "empty"),
    "only-front.md": (FRONT.encode("utf-8"), "skipped", "no body"),
    "bad-yaml.md": (('---\ntitle: "unclosed\nsource: [1, 2\n---\n\n' + KOREAN).encode("utf-8"), "fixed",
                    "front matter"),
    "list-yaml.md": (("---\n- a\n- b\n---\n\n" + KOREAN).encode("utf-8"), "fixed", "front matter"),
    "unclosed.md": (('---\ntitle: "x"\n\n' + KOREAN).encode("utf-8"), "fixed", "front matter"),
    "latin1.md": (("Caf\xe9 r\xe9sum\xe9 na\xefve\n\n" + "Busan data platform opens to port companies. " * 3)
                  .encode("latin-1"), "fixed", "CP949"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_is_skipped_or_fixed_and_the_rest_are_indexed(tmp_path, name):
    raw, outcome, words = BAD_FILES[name]
    docs = copy_documents(tmp_path / "docs")
    (docs / name).write_bytes(raw)
    settings = make_settings(tmp_path)
    report = build_index(settings, HashEmbedder(), progress=False)
    index = load_index(settings.index_dir)
    doc_id = Path(name).stem
    good = {p.stem for p in DOCS.glob("*.md")}
    assert good <= set(index.documents), "a bad file must not stop the others"
    msgs = problems_for(report, name)
    if outcome == "skipped":
        assert doc_id not in index.documents
        assert msgs and any(words in m for m in msgs), report.problems
    else:
        assert doc_id in index.documents
        if outcome == "fixed":
            assert msgs and any(words in m for m in msgs), report.problems
        else:
            assert not msgs, msgs
        text = index.documents[doc_id].text
        assert "\ufffd" not in text or name == "latin1.md"
        if name in ("cp949.md", "euckr.txt", "utf16.md", "bom.md", "bad-yaml.md", "list-yaml.md", "unclosed.md"):
            assert "120억 원을 투입할 계획이다." in text
        if name in ("cp949.md", "utf16.md", "bom.md"):  # their front matter was read, not shown as text
            assert index.documents[doc_id].title == "해양 데이터 플랫폼 구축"
            assert index.documents[doc_id].url == "https://example.org/a"
            assert "title:" not in text
    # every problem names its file, and no other file has one
    for p in report.problems:
        assert Path(p.path).name == name and name in str(p)


def test_utf16_without_bom_is_decoded_or_skipped_with_a_problem(tmp_path):
    """No BOM: ASCII characters become NUL bytes. Either outcome is fine, silence is not."""
    docs = copy_documents(tmp_path / "docs")
    (docs / "utf16le.md").write_bytes((FRONT + KOREAN).encode("utf-16-le"))
    settings = make_settings(tmp_path)
    report = build_index(settings, HashEmbedder(), progress=False)
    index = load_index(settings.index_dir)
    assert {p.stem for p in DOCS.glob("*.md")} <= set(index.documents)
    if "utf16le" in index.documents:
        assert "120억 원" in index.documents["utf16le"].text
    else:
        assert problems_for(report, "utf16le.md")


def test_duplicate_article_is_skipped_naming_both_files(tmp_path):
    docs = copy_documents(tmp_path / "docs")
    original = docs / "busan-digital-industry-plan.md"
    # same article saved again under another name, with other front matter and spacing
    body = original.read_text(encoding="utf-8").split("---", 2)[2]
    (docs / "zz-copy-of-plan.md").write_text('---\ntitle: "사본"\n---\n' + body.replace("\n\n", "\n\n\n"),
                                             encoding="utf-8")
    settings = make_settings(tmp_path)
    report = build_index(settings, HashEmbedder(), progress=False)
    index = load_index(settings.index_dir)
    assert "zz-copy-of-plan" not in index.documents and "busan-digital-industry-plan" in index.documents
    msgs = problems_for(report, "zz-copy-of-plan.md")
    assert msgs and "busan-digital-industry-plan.md" in msgs[0] and "duplicate" in msgs[0]


def test_two_files_with_the_same_id_keep_the_first(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "해양 데이터.md").write_text(FRONT + KOREAN, encoding="utf-8")
    (docs / "해양-데이터.txt").write_text("다른 기사\n\n부산 신항에서 자율운항 선박을 시험한다. 시험은 내년에 시작한다.",
                                       encoding="utf-8")
    settings = make_settings(tmp_path, docs)
    report = build_index(settings, HashEmbedder(), progress=False)
    index = load_index(settings.index_dir)
    assert list(index.documents) == ["해양-데이터"]
    assert problems_for(report, "해양-데이터.txt")


def test_odd_files_in_the_folder_are_ignored(tmp_path):
    docs = copy_documents(tmp_path / "docs")
    # .docx, .pdf, .hwp... are read now (tests/test_readers.py); other suffixes still are not
    (docs / "notes.xlsx").write_bytes(PNG)
    (docs / "photo.jpg").write_bytes(PNG)
    (docs / ".hidden.md").write_text(FRONT + KOREAN, encoding="utf-8")
    (docs / "sub.md").mkdir()  # a folder named like an article
    (docs / "sub.md" / "inner.md").write_text(FRONT + KOREAN, encoding="utf-8")
    settings = make_settings(tmp_path)
    report = build_index(settings, HashEmbedder(), progress=False)
    assert set(load_index(settings.index_dir).documents) == {p.stem for p in DOCS.glob("*.md")}
    assert not report.problems


def test_control_characters_and_nul_after_the_first_block_are_dropped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = FRONT + ("부산시는 스마트 항만을 만든다. " * 300) + "\x00\x07\x1b[31m" + KOREAN + "\u200b\ufeff"
    (docs / "ctrl.md").write_text(text, encoding="utf-8")
    settings = make_settings(tmp_path, docs)
    build_index(settings, HashEmbedder(), progress=False)
    doc = load_index(settings.index_dir).documents["ctrl"]
    assert not any(ord(c) < 32 and c != "\n" for c in doc.text) and "\u200b" not in doc.text
    assert "120억 원을 투입할 계획이다." in doc.text


# --- across builds: nothing indexed is lost --------------------------------------

def _snapshot(index) -> dict[str, str]:
    return {d: doc.text for d, doc in index.documents.items()}


def test_a_file_removed_between_builds_goes_and_the_rest_stay_without_re_embedding(tmp_path):
    docs = copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    build_index(settings, HashEmbedder(), progress=False)
    before = _snapshot(load_index(settings.index_dir))
    (docs / "bjfez-myeongji-ai-hub.md").unlink()
    emb = HashEmbedder()
    report = build_index(settings, emb, progress=False)
    after = _snapshot(load_index(settings.index_dir))
    assert report.removed == ["bjfez-myeongji-ai-hub"] and not report.problems
    assert emb.passage_texts == 0  # the others kept their vectors
    assert after == {k: v for k, v in before.items() if k != "bjfez-myeongji-ai-hub"}


@pytest.mark.parametrize("damage", ["binary", "empty", "unreadable", "front-matter-only"])
def test_a_file_that_becomes_unreadable_keeps_its_indexed_version(tmp_path, monkeypatch, damage):
    docs = copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    build_index(settings, HashEmbedder(), progress=False)
    before = load_index(settings.index_dir)
    target = docs / "busan-data-industry-ecosystem.md"
    if damage == "binary":
        target.write_bytes(PNG)
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "front-matter-only":
        target.write_text(FRONT, encoding="utf-8")
    else:  # permission denied, a disk error, a sync client holding a lock: reading raises
        real = pathlib.Path.read_bytes

        def read_bytes(self):
            if self.name == target.name:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    report = build_index(settings, HashEmbedder(), progress=False)
    after = load_index(settings.index_dir)
    assert report.kept_previous == ["busan-data-industry-ecosystem"]
    assert _snapshot(after) == _snapshot(before)
    assert np.array_equal(after.vectors, before.vectors)
    msgs = problems_for(report, target.name)
    assert any("kept previous" in m for m in msgs) and len(msgs) >= 2  # why it failed + what was kept
    # an engine over that index still answers from the kept article
    monkeypatch.undo()
    emb = HashEmbedder()
    engine = Engine(settings, embedder=emb, auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    hits = engine.search("부산 데이터산업 생태계 빅데이터혁신센터", k=10)
    assert any(h.chunk.doc_id == "busan-data-industry-ecosystem" for h in hits)


def test_a_new_bad_file_next_to_an_existing_index_loses_nothing(tmp_path):
    docs = copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    build_index(settings, HashEmbedder(), progress=False)
    before = _snapshot(load_index(settings.index_dir))
    for name, (raw, _, _) in BAD_FILES.items():
        (docs / name).write_bytes(raw)
    report = build_index(settings, HashEmbedder(), progress=False)
    after = _snapshot(load_index(settings.index_dir))
    assert {k: after[k] for k in before} == before
    assert set(report.unchanged) == set(before)
    named = {Path(p.path).name for p in report.problems}
    assert named >= {n for n, (_, outcome, _) in BAD_FILES.items() if outcome != "clean"}
    # the files share one body, so the clean one is reported as a duplicate of an earlier one
    for n in named - {n for n, (_, outcome, _) in BAD_FILES.items() if outcome != "clean"}:
        assert all("duplicate" in m for m in problems_for(report, n))


@pytest.mark.slow
def test_a_5_mb_article_is_indexed_whole(tmp_path):
    docs = copy_documents(tmp_path / "docs")
    lines, size, i = [], 0, 0
    while size < 5 * 2**20:
        line = (f"부산시는 {i}번째 해양 데이터 시범사업에 {i * 7 % 1000 + 1}억 원을 투입한다고 {i % 28 + 1}일 밝혔다. "
                f"관계자는 {i}호 과제가 순조롭다고 말했다.")
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
        i += 1
    big = FRONT.replace("해양 데이터 플랫폼 구축", "대용량 기사") + "\n".join(lines) + "\n"
    (docs / "big.md").write_text(big, encoding="utf-8")
    assert (docs / "big.md").stat().st_size >= 5 * 2**20
    settings = make_settings(tmp_path)
    report = build_index(settings, HashEmbedder(), progress=False)
    assert not report.problems
    index = load_index(settings.index_dir)
    doc = index.documents["big"]
    assert doc.text.startswith(lines[0]) and doc.text.endswith(lines[-1])
    assert doc.text.count("\n") == len(lines) - 1  # no line lost
    big_chunks = [c for c in index.chunks if c.doc_id == "big"]
    assert all(doc.text[c.start:c.end] == c.text and len(c.text) <= 300 for c in big_chunks)
    assert {p.stem for p in DOCS.glob("*.md")} <= set(index.documents)
    engine = Engine(settings, embedder=HashEmbedder(), auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    a = engine.ask(f"{i - 1}번째 해양 데이터 시범사업에 얼마를 투입하나요?")
    for c in a.citations:
        assert index.documents[c.doc_id].text[c.quote_start:c.quote_end] == c.quote
