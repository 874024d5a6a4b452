"""Real documents in: HTML, PDF, DOCX, HWPX and HWP 5 files, generated here with each
format's own library (tests/makedocs.py), read by content, cleaned, indexed and quoted.

Builds use the fast deterministic ``HashEmbedder`` of test_bad_documents.py; the real
model runs in test_formats_heldout.py.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from articles import ARTICLES, DRONE, FARM
from makedocs import MAKERS, SUFFIX, damage, make_docx, make_html, make_pdf
from qa import detect as D
from qa.engine import Engine
from qa.index import IndexMismatch, build_index, load_index
from qa.load import load_documents, parse_document
from qa.readers import ReadError, extract, join_wrapped
from qa.types import Citation, citation_page
from test_bad_documents import DOCS, HASH_PARAMS, HashEmbedder, copy_documents, make_settings, problems_for

FORMATS = ["html", "pdf", "docx", "hwpx", "hwp", "txt"]
KIND = {"html": D.HTML, "pdf": D.PDF, "docx": D.DOCX, "hwpx": D.HWPX, "hwp": D.HWP, "txt": D.TEXT}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def make(fmt: str, art: dict, **kw) -> bytes:
    """The article in ``fmt``; a PDF puts paragraphs [0, len // 2) on page 1, the rest on page 2."""
    if fmt == "html":
        return make_html(art["title"], art["paras"], source=art["source"], date=art["date"], **kw)
    lines = [art["dateline"]] + art["paras"]
    if fmt == "pdf":
        return make_pdf(art["title"], lines, break_after=1 + len(art["paras"]) // 2, **kw)
    return MAKERS[fmt](art["title"], lines)


# --- detection ----------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_the_type_is_read_from_the_content(fmt):
    assert D.detect(make(fmt, DRONE)) == KIND[fmt]


def test_detection_of_what_is_not_an_article():
    import zipfile
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    assert D.detect(buf.getvalue()) == D.ZIP
    assert D.detect(D.OLE_MAGIC + b"\x00" * 600) == D.OLE  # a .doc/.xls: OLE but not HWP
    assert D.detect(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4) == D.BINARY
    assert D.detect(b" \n\t") == D.EMPTY
    assert D.detect("---\ntitle: x\n---\n부산 <b>데이터</b>".encode()) == D.TEXT  # markdown with a tag
    assert D.detect(b"\xef\xbb\xbf<!DOCTYPE html><html><body><p>x</p></body></html>") == D.HTML


def test_a_file_named_wrongly_is_read_by_its_content_with_a_note(tmp_path):
    raw = make("pdf", DRONE)
    doc, problems = parse_document(raw, tmp_path / "드론.hwp")
    assert doc is not None and doc.kind == D.PDF and doc.title == DRONE["title"]
    assert any("PDF" in p.message and ".hwp" in p.message for p in problems)


# --- each format read ---------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("art", ARTICLES, ids=[a["name"] for a in ARTICLES])
def test_each_format_gives_the_article_text_and_title(tmp_path, fmt, art):
    raw = make(fmt, art)
    doc, problems = parse_document(raw, tmp_path / f"{art['name']}{SUFFIX[fmt]}")
    assert doc is not None, problems
    assert not problems, problems
    assert doc.kind == KIND[fmt]
    assert doc.title == art["title"]
    for p in art["paras"]:
        # verbatim, line for line: the PDF's wrapped lines are joined again with their spaces
        assert p in doc.text.split("\n"), (fmt, p, doc.text[:300])
    assert fold(doc.text) == fold(" ".join(art["paras"]))  # nothing else came with it
    if fmt == "pdf":
        assert len(doc.pages) == 2
    else:
        assert doc.pages == ()


def test_html_takes_title_outlet_date_and_url_and_leaves_the_site_furniture(tmp_path):
    raw = make_html(DRONE["title"], DRONE["paras"], source="가상일보", date="2024-05-14",
                    url="https://news.example.com/drone/1")
    doc, _ = parse_document(raw, tmp_path / "page.html")
    assert (doc.title, doc.source, doc.date, doc.url) == (DRONE["title"], "가상일보", "2024-05-14",
                                                           "https://news.example.com/drone/1")
    for noise in ("많이 본 뉴스", "서울 아파트값", "관련기사", "기사퍼가기", "카카오톡", "무단전재", "hong@example.com",
                  "Copyright", "대표전화", "정치", "입력"):
        assert noise not in doc.text, noise


def test_html_in_another_outlets_style(tmp_path):
    raw = make_html(FARM["title"], FARM["paras"], source=None, style="b")
    doc, _ = parse_document(raw, tmp_path / "page.html")
    assert doc.title == FARM["title"]
    assert fold(doc.text) == fold(" ".join(FARM["paras"]))
    for noise in ("인기기사", "연예인", "저작권자", "전체기사", "기자명", "#부산"):
        assert noise not in doc.text, noise
    assert doc.date == "2023-05-20"  # "승인 2023.05.20 14:00" in the page's info line


def test_html_in_cp949_is_decoded(tmp_path):
    raw = make_html(DRONE["title"], DRONE["paras"], furniture=False).decode("utf-8")
    raw = raw.replace('<meta charset="utf-8">', '<meta charset="euc-kr">').encode("cp949")
    doc, _ = parse_document(raw, tmp_path / "old.html")
    assert DRONE["paras"][1] in doc.text


def test_docx_tables_are_read_as_rows(tmp_path):
    raw = make_docx(FARM["title"], FARM["paras"], table=[["구분", "2024년", "2025년"], ["입주 인원", "20명", "40명"]])
    doc, _ = parse_document(raw, tmp_path / "farm.docx")
    assert "입주 인원 | 20명 | 40명" in doc.text


# --- PDF: pages, wrapping, running headers ------------------------------------------

def test_pdf_pages_and_a_sentence_broken_by_the_page_break(tmp_path):
    # one long paragraph across the page break: its sentence must come out whole
    # (distinct sentences: a line made of one text twice is a doubled caption to the cleaner)
    long = " ".join(f"{i}차 점검에서 {p}" for i in range(1, 4) for p in DRONE["paras"][2:] + FARM["paras"][2:])
    paras = DRONE["paras"][:2] + [long] + FARM["paras"][:2]
    raw = make_pdf(DRONE["title"], paras, running_header="가상일보 보도자료")
    doc, problems = parse_document(raw, tmp_path / "long.pdf")
    assert not problems and len(doc.pages) >= 2
    assert "가상일보 보도자료" not in doc.text and not re.search(r"-\s*\d+\s*-", doc.text)  # header, page numbers
    assert DRONE["paras"][0] in doc.text
    long_para = paras[2]
    assert long_para in doc.text  # joined across lines and the page break, spaces as written
    last = FARM["paras"][1]
    assert doc.page_at(doc.text.index(DRONE["paras"][0])) == 1
    assert doc.page_at(doc.text.index(last)) == len(doc.pages)


@pytest.mark.parametrize("wrap,misses", [("word", 1), ("cjk", 7)])
def test_pdf_lines_rejoined_on_the_seed_articles(wrap, misses):
    """Every sentence of the five articles survives a PDF (spacing at most differing), and
    nearly all verbatim; ``misses`` are the measured counts of sentences whose spacing differs
    (qa/readers.py, _rejoin). (Counted as misses, not as verbatim sentences: a sentence rule that
    joins two sentences into one, "극한.극지", changes the total, not what a PDF loses.)"""
    from qa.korean import split_sentences

    docs, _ = load_documents(DOCS)
    total = verbatim = 0
    for d in docs:
        paras = [p for p in d.text.split("\n") if p.strip()]
        doc, _ = parse_document(make_pdf(d.title, paras, break_after=len(paras) // 2, wrap=wrap),
                                Path(d.doc_id + ".pdf"))
        assert doc.title == d.title
        for s in split_sentences(d.text):
            sent = d.text[s.start:s.end]
            total += 1
            verbatim += sent in doc.text
            assert squash(sent) in squash(doc.text), sent
    assert total >= 130 and total - verbatim <= misses, (verbatim, total)


def test_join_wrapped_rules():
    assert join_wrapped("디지털산업 인프라", "확충, 신") == " "
    assert join_wrapped("메타버스, 블록", "체인, 5G") == ""
    assert join_wrapped("총 6,69", "9억 원") == ""
    assert join_wrapped("계획(", "2022~2026년") == ""
    assert join_wrapped("data-", "driven") == ""
    assert join_wrapped("부산시는 해양 데이", "터 플랫폼을", hangul=" ") == " "


# --- damaged files ------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "hwpx", "hwp"])
def test_a_damaged_file_is_a_named_problem_and_loses_nothing_else(tmp_path, fmt):
    docs = copy_documents(tmp_path / "docs")
    good = {}
    for other in ("pdf", "docx", "hwpx", "hwp", "html"):
        if other != fmt:  # the other article, in every other format, must be indexed
            name = f"farm-{other}{SUFFIX[other]}"
            (docs / name).write_bytes(make(other, FARM) if other == "pdf" else make(other, FARM))
            good[name] = other
            break
    bad = f"broken{SUFFIX[fmt]}"
    raw = make(fmt, DRONE)
    if fmt == "html":  # a page with no article in it: only a menu
        bad_raw = b"<!DOCTYPE html><html><body><nav><a href='/'>\xed\x99\x88</a></nav></body></html>"
    else:
        bad_raw = damage(raw)
    (docs / bad).write_bytes(bad_raw)
    settings = make_settings(tmp_path)
    report = build_index(settings, HashEmbedder(), progress=False)
    index = load_index(settings.index_dir)
    assert "broken" not in index.documents
    msgs = problems_for(report, bad)
    assert msgs and all("건너뜁니다" in m for m in msgs), report.problems
    assert {p.stem for p in DOCS.glob("*.md")} <= set(index.documents)
    for name in good:
        assert Path(name).stem in index.documents
    assert {Path(p.path).name for p in report.problems} == {bad}


def test_unreadable_pdf_variants_are_named(tmp_path):
    from reportlab.pdfgen import canvas
    import io

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)  # a "scanned" page: no text at all
    c.showPage()
    c.save()
    with pytest.raises(ReadError, match="OCR"):
        extract(buf.getvalue(), D.PDF)
    with pytest.raises(ReadError, match="PDF"):
        extract(b"%PDF-1.4\n" + b"garbage" * 50, D.PDF)


def test_a_png_named_docx_is_a_named_problem(tmp_path):
    from test_bad_documents import PNG

    doc, problems = parse_document(PNG, tmp_path / "notes.docx")
    assert doc is None and problems and "binary" in problems[0].message


def test_a_pdf_that_becomes_damaged_keeps_its_indexed_text(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "drone.pdf").write_bytes(make("pdf", DRONE))
    (docs / "farm.hwp").write_bytes(make("hwp", FARM))
    settings = make_settings(tmp_path, docs)
    build_index(settings, HashEmbedder(), progress=False)
    before = load_index(settings.index_dir).documents["drone"]
    (docs / "drone.pdf").write_bytes(damage((docs / "drone.pdf").read_bytes()))
    report = build_index(settings, HashEmbedder(), progress=False)
    after = load_index(settings.index_dir).documents["drone"]
    assert report.kept_previous == ["drone"] and after == before  # text and pages, as indexed


# --- indexed and answered like the .md originals -------------------------------------

def _md(art: dict) -> str:
    return (f'---\ntitle: "{art["title"]}"\nsource: "{art["source"]}"\ndate: {art["date"]}\n---\n\n'
            + "\n\n".join([art["dateline"]] + art["paras"]) + "\n")


def _answers(tmp_path: Path, fmt: str) -> tuple[dict, object]:
    docs = copy_documents(tmp_path / fmt / "docs")
    for art in ARTICLES:
        if fmt == "md":
            (docs / f"{art['name']}.md").write_text(_md(art), encoding="utf-8")
        else:
            (docs / f"{art['name']}{SUFFIX[fmt]}").write_bytes(make(fmt, art))
    settings = make_settings(tmp_path / fmt, docs)
    report = build_index(settings, HashEmbedder(), progress=False)
    assert not report.problems, report.problems
    engine = Engine(settings, embedder=HashEmbedder(), auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    out = {}
    for art in ARTICLES:
        for q, key in art["questions"]:
            out[q] = engine.ask(q)
    return out, engine.index


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_answered_and_cited_like_its_md_original(tmp_path, fmt):
    expected, _ = _answers(tmp_path, "md")
    got, index = _answers(tmp_path, fmt)
    for art in ARTICLES:
        for q, key in art["questions"]:
            a, e = got[q], expected[q]
            assert e.answered and key in e.answer, ("md", q, e.answer)
            assert a.answered and key in a.answer, (fmt, q, a.answer)
            assert squash(a.answer) == squash(e.answer), (fmt, q)
            assert [c.doc_id for c in a.citations] == [c.doc_id for c in e.citations]
            assert [squash(c.quote) for c in a.citations] == [squash(c.quote) for c in e.citations]
            for c in a.citations:
                doc = index.documents[c.doc_id]
                assert doc.text[c.quote_start:c.quote_end] == c.quote  # verbatim from the snapshot
                if c.doc_id == art["name"]:
                    assert doc.kind == KIND[fmt]
                    # the article's outlet and date travel with the citation, whatever the format:
                    # from the page's metadata (HTML) or read from the text (dateline, credit)
                    assert (c.source, c.date) == (art["source"], art["date"]), (fmt, c)


def test_pdf_citations_carry_the_right_page(tmp_path):
    _, index = _answers(tmp_path, "pdf")
    engine = Engine(make_settings(tmp_path / "pdf", tmp_path / "pdf" / "docs"), embedder=HashEmbedder(),
                    auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    for art in ARTICLES:
        half = len(art["paras"]) // 2
        for q, key in art["questions"]:
            a = engine.ask(q)
            c = next(c for c in a.citations if c.doc_id == art["name"])
            para = next(i for i, p in enumerate(art["paras"]) if c.quote in p)
            # the generated PDF puts paragraphs [0, half) on page 1 and the rest on page 2
            assert citation_page(index.documents[c.doc_id], c.quote_start) == (1 if para < half else 2), (q, c.quote)


def test_pdf_citation_page_in_the_answer_json(tmp_path):
    _, index = _answers(tmp_path, "pdf")
    engine = Engine(make_settings(tmp_path / "pdf", tmp_path / "pdf" / "docs"), embedder=HashEmbedder(),
                    auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    a = engine.ask(DRONE["questions"][1][0])  # "2026년부터 정식 노선" is paragraph 3 of 6: page 2
    # the citation of that sentence (other sentences of the article may be cited beside it)
    c = next(c for c in a.citations if c.doc_id == DRONE["name"] and "2026년부터" in c.quote)
    assert json.loads(json.dumps(a.to_dict()))["citations"][a.citations.index(c)]["page"] == 2


def test_citation_page_helper_and_json_field():
    from qa.types import Document

    doc = Document("d", "t", "첫 쪽 문장이다.\n둘째 쪽 문장이다.", pages=(0, 10, 10))
    assert [doc.page_at(i) for i in (0, 9, 10, 15)] == [1, 1, 3, 3]  # page 2 is empty: text there is page 3's
    assert Document("e", "t", "x").page_at(0) is None
    c = Citation(1, "d", "t", None, None, None, "x", "x", 10, 15, 0.5, page=citation_page(doc, 10))
    assert c.to_dict()["page"] == 3


# --- the snapshot and older indexes -------------------------------------------------

def test_an_index_of_the_older_json_format_is_refused_then_rebuilt(tmp_path):
    """A format-2 build (jsonl records) is not parsed: loading it names the rebuild
    command, and `qa index` without --rebuild replaces it with a full build."""
    docs = copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    build_index(settings, HashEmbedder(), progress=False)
    folder = load_index(settings.index_dir).folder
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["format"] = 2
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(IndexMismatch) as e:
        load_index(settings.index_dir)
    assert "qa index --rebuild" in str(e.value) and "2" in str(e.value)
    logs = []
    report = build_index(settings, HashEmbedder(), progress=False, log=logs.append)
    assert report.full and logs
    assert {d.kind for d in load_index(settings.index_dir).documents.values()} == {"text"}
    shutil.rmtree(docs)


def test_metadata_read_anew_without_re_embedding(tmp_path, monkeypatch):
    import qa.load

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("해양 데이터\n\n입력 2024.03.02 09:30\n[부산=가상일보 홍길동 기자] 부산시는 해양 데이터 플랫폼을 "
                                "만든다고 밝혔다. 시는 120억 원을 들인다.", encoding="utf-8")
    settings = make_settings(tmp_path, docs)
    monkeypatch.setattr(qa.load, "find_date", lambda text: None)  # an older loader that found no date
    build_index(settings, HashEmbedder(), progress=False)
    assert load_index(settings.index_dir).documents["a"].date is None
    monkeypatch.undo()
    emb = HashEmbedder()
    report = build_index(settings, emb, progress=False)
    doc = load_index(settings.index_dir).documents["a"]
    assert doc.date == "2024-03-02" and doc.source == "가상일보" and doc.author == "홍길동"
    assert emb.passage_texts == 0 and report.unchanged == ["a"]
    assert "입력 2024" not in doc.text and "[부산=가상일보 홍길동 기자]" in doc.text
