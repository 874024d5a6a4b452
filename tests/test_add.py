"""`qa add PATH_OR_URL ...`: files copied, URLs fetched from a local http.server (never the
internet), the index updated, and what was added printed."""
from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path

import pytest
import yaml

from articles import DRONE, FARM
from makedocs import damage, make_docx, make_html, make_pdf
from qa import add as A
from qa.engine import Engine
from qa.index import load_index
from qa.load import load_documents, split_front_matter
from test_bad_documents import HASH_PARAMS, HashEmbedder, copy_documents, make_settings


@contextlib.contextmanager
def serving(folder: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site(tmp_path):
    web = tmp_path / "web"
    web.mkdir()
    (web / "news.html").write_bytes(make_html(DRONE["title"], DRONE["paras"], source="가상일보", date="2024-05-14",
                                              url="https://news.example.com/drone/1"))
    (web / "press.pdf").write_bytes(make_pdf(FARM["title"], FARM["paras"], break_after=3))
    (web / "empty.html").write_bytes(b"<!DOCTYPE html><html><body><nav><a href='/'>HOME</a></nav></body></html>")
    with serving(web) as url:
        yield url


def test_a_web_page_is_saved_as_md_with_front_matter(tmp_path, site):
    docs = tmp_path / "docs"
    report = A.add_sources([f"{site}/news.html"], docs)
    assert not report.failed and len(report.added) == 1
    added = report.added[0]
    assert added.path.suffix == ".md" and added.path.parent == docs and added.kind == "text"
    meta, body, problem = split_front_matter(added.path.read_text(encoding="utf-8"))
    assert problem is None
    assert meta == {"title": DRONE["title"], "source": "가상일보", "date": "2024-05-14",
                    "url": "https://news.example.com/drone/1"}
    assert "많이 본 뉴스" not in body and "기사퍼가기" not in body and DRONE["paras"][1] in body
    yaml.safe_load(added.path.read_text(encoding="utf-8").split("---")[1])  # valid YAML
    (doc,), problems = load_documents(docs)
    assert doc.title == DRONE["title"] and doc.date == "2024-05-14" and not problems


def test_a_linked_pdf_is_saved_as_pdf_and_failures_are_named(tmp_path, site):
    docs = tmp_path / "docs"
    report = A.add_sources([f"{site}/press.pdf", f"{site}/missing.html", f"{site}/empty.html",
                            "ftp://example.com/a.pdf", str(tmp_path / "nope.pdf")], docs)
    assert [a.path.name for a in report.added] == ["press.pdf"]
    failed = dict(report.failed)
    assert "404" in failed[f"{site}/missing.html"]
    assert "본문" in failed[f"{site}/empty.html"]
    assert "파일이 없습니다" in failed[str(tmp_path / "nope.pdf")]
    assert "ftp://example.com/a.pdf" in failed  # not an http(s) URL: taken as a path, which does not exist
    assert sorted(p.name for p in docs.iterdir()) == ["press.pdf"]


def test_files_are_checked_before_they_are_copied(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.docx").write_bytes(make_docx(DRONE["title"], DRONE["paras"]))
    (src / "broken.pdf").write_bytes(damage(make_pdf(FARM["title"], FARM["paras"])))
    (src / "really-a-pdf.hwp").write_bytes(make_pdf(FARM["title"], FARM["paras"]))
    docs = tmp_path / "docs"
    report = A.add_sources([str(src / "good.docx"), str(src / "broken.pdf"), str(src / "really-a-pdf.hwp")], docs)
    assert sorted(p.name for p in docs.iterdir()) == ["good.docx", "really-a-pdf.pdf"]  # type by content
    assert [s for s, _ in report.failed] == [str(src / "broken.pdf")]
    # the same file again is recognised, not copied twice; another file with that name gets -2
    again = A.add_sources([str(src / "good.docx")], docs)
    assert again.added[0].same_as_before and len(list(docs.iterdir())) == 2
    other = src / "x" / "good.docx"
    other.parent.mkdir()
    other.write_bytes(make_docx(FARM["title"], FARM["paras"]))
    assert A.add_sources([str(other)], docs).added[0].path.name == "good-2.docx"


def test_qa_add_from_a_local_server_updates_the_index_and_prints_it(tmp_path, site, monkeypatch, capsys):
    import qa.engine
    from qa.cli import main

    docs = copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    monkeypatch.setattr(qa.engine, "load_embedder", lambda s, progress=True: HashEmbedder())
    src = tmp_path / "farm.docx"
    src.write_bytes(make_docx(FARM["title"], FARM["paras"]))
    code = main(["add", f"{site}/news.html", str(src), f"{site}/missing.html", "--docs", str(docs),
                 "--index", str(settings.index_dir), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1  # one source failed; the others are in
    assert f"추가: {A.safe_stem(DRONE['title'])}.md (text) — {DRONE['title']}" in out
    assert f"추가: farm.docx (docx) — {FARM['title']}" in out
    assert "추가 7" in out and "색인됨" in out and "404" in err
    index = load_index(settings.index_dir)
    assert "farm" in index.documents and A.safe_stem(DRONE["title"]) in index.documents
    engine = Engine(settings, embedder=HashEmbedder(), auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    a = engine.ask(DRONE["questions"][0][0])
    assert a.answered and "45억 원" in a.answer and a.citations[0].url == "https://news.example.com/drone/1"
    # adding again changes nothing: incremental, nothing embedded
    code = main(["add", str(src), "--docs", str(docs), "--index", str(settings.index_dir), "--quiet"])
    out, _ = capsys.readouterr()
    assert code == 0 and "이미 있음: farm.docx" in out and "추가 0" in out and "임베딩 0개" in out


def test_a_download_over_the_cap_is_refused(tmp_path, site, monkeypatch):
    monkeypatch.setattr(A, "MAX_BYTES", 1000)
    report = A.add_sources([f"{site}/press.pdf"], tmp_path / "docs")
    assert not report.added and "너무 큽니다" in report.failed[0][1]
    assert not (tmp_path / "docs").exists() or not list((tmp_path / "docs").iterdir())
