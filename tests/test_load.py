"""qa.load: a folder of articles to Documents; a bad file never stops the others."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from qa.load import doc_id_for, document_files, load_documents, parse_document, split_front_matter

BODY = "부산시는 빅데이터혁신센터를 설립해 데이터 기업을 키운다.\n센터는 2022년에 문을 연다."
OTHER = "서부산에 스마트 물류 클러스터를 조성한다.\n항만 자동화로 처리 속도를 높인다."


def _md(title="부산시, 빅데이터혁신센터 설립", body=BODY, **meta) -> str:
    lines = ["---", f'title: "{title}"'] + [f"{k}: {v}" for k, v in meta.items()] + ["---", "", body, ""]
    return "\n".join(lines)


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _problems_for(problems, path: Path) -> list[str]:
    return [p.message for p in problems if p.path == str(path)]


def test_front_matter_fields(tmp_path):
    path = _write(tmp_path, "data.md", _md(source='"한국경제"', author="김태현", date='"2021-07-05"',
                                           url="https://www.hankyung.com/article/1"))
    (doc,), problems = load_documents(tmp_path)
    assert problems == []
    assert doc.doc_id == "data"
    assert doc.title == "부산시, 빅데이터혁신센터 설립"
    assert (doc.source, doc.author, doc.date) == ("한국경제", "김태현", "2021-07-05")
    assert doc.url == "https://www.hankyung.com/article/1"
    assert doc.text == BODY
    assert doc.path == str(path)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "text" not in doc.meta() and doc.meta()["title"] == doc.title


def test_null_fields_stay_none(tmp_path):
    _write(tmp_path, "a.md", _md(source="null", author="null", date="null", url="null"))
    (doc,), problems = load_documents(tmp_path)
    assert problems == []
    assert (doc.source, doc.author, doc.date, doc.url) == (None, None, None, None)


def test_unquoted_yaml_date_and_bad_date(tmp_path):
    _write(tmp_path, "a.md", _md(date="2024-11-01"))  # YAML reads this as a datetime.date
    _write(tmp_path, "b.md", _md(body=OTHER, date='"2024년 11월 1일"'))  # never guessed
    docs, _ = load_documents(tmp_path)
    assert {d.doc_id: d.date for d in docs} == {"a": "2024-11-01", "b": None}


@pytest.mark.parametrize("url", ['"javascript:alert(1)"', '"data:text/html,<b>x</b>"', '"ftp://example.com/a"',
                                 '"https://example.com/a b"', "12"])
def test_unsafe_url_dropped(tmp_path, url):
    _write(tmp_path, "a.md", _md(url=url))
    (doc,), _ = load_documents(tmp_path)
    assert doc.url is None


def test_broken_yaml_front_matter_reported_and_body_loaded(tmp_path):
    path = _write(tmp_path, "broken.md", "---\ntitle: \"닫히지 않은 따옴표\nsource: [한국경제\n---\n\n" + BODY + "\n")
    (doc,), problems = load_documents(tmp_path)
    msgs = _problems_for(problems, path)
    assert len(msgs) == 1 and "front matter" in msgs[0]
    assert "부산시는 빅데이터혁신센터를 설립해" in doc.title + doc.text
    assert "source:" not in doc.text and "닫히지 않은" not in doc.text


def test_front_matter_that_is_not_a_mapping_reported(tmp_path):
    path = _write(tmp_path, "list.md", "---\n- 하나\n- 둘\n---\n" + BODY + "\n")
    (doc,), problems = load_documents(tmp_path)
    assert _problems_for(problems, path)
    assert "센터는 2022년에 문을 연다." in doc.text


def test_unclosed_front_matter_reported(tmp_path):
    path = _write(tmp_path, "open.md", "---\ntitle: 제목\n\n" + BODY + "\n")
    (doc,), problems = load_documents(tmp_path)
    assert any("---" in m for m in _problems_for(problems, path))
    assert "센터는 2022년에 문을 연다." in doc.text


def test_crlf_front_matter_parsed(tmp_path):
    # A file saved on Windows: the front matter must still be recognised.
    _write(tmp_path, "win.md", _md(source='"한국경제"', date="2021-07-05").replace("\n", "\r\n").encode("utf-8"))
    (doc,), problems = load_documents(tmp_path)
    assert problems == []
    assert doc.title == "부산시, 빅데이터혁신센터 설립"
    assert (doc.source, doc.date) == ("한국경제", "2021-07-05")
    assert doc.text == BODY


def test_bad_files_skipped_and_named_while_others_load(tmp_path):
    good = _write(tmp_path, "good.md", _md())
    empty = _write(tmp_path, "empty.md", "")
    blank = _write(tmp_path, "blank.txt", "  \n\n \t\n")
    binary = _write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    other = _write(tmp_path, "other.txt", "물류 클러스터 조성\n" + OTHER)
    docs, problems = load_documents(tmp_path)
    assert sorted(d.path for d in docs) == sorted([str(good), str(other)])
    for bad in (empty, blank, binary):
        msgs = _problems_for(problems, bad)
        assert len(msgs) == 1, bad.name
        assert str(bad) in str(problems[[p.path for p in problems].index(str(bad))])
    assert "binary" in _problems_for(problems, binary)[0]
    assert "empty" in _problems_for(problems, empty)[0]
    assert not _problems_for(problems, good) and not _problems_for(problems, other)


def test_front_matter_only_file_skipped(tmp_path):
    path = _write(tmp_path, "nobody.md", "---\ntitle: 제목만 있는 파일\n---\n\n기사 스크랩\n공유\n")
    docs, problems = load_documents(tmp_path)
    assert docs == []
    assert _problems_for(problems, path)


def test_cp949_file_loaded_with_warning(tmp_path):
    text = "부산 데이터 산업 육성\n" + BODY + "\n똠방각하도 읽는다."
    path = _write(tmp_path, "old.txt", text.encode("cp949"))
    (doc,), problems = load_documents(tmp_path)
    assert doc.title == "부산 데이터 산업 육성"
    assert "똠방각하도 읽는다." in doc.text and "빅데이터혁신센터" in doc.text
    msgs = _problems_for(problems, path)
    assert len(msgs) == 1 and "CP949" in msgs[0]


def test_utf8_bom_md_front_matter(tmp_path):
    _write(tmp_path, "bom.md", b"\xef\xbb\xbf" + _md(source='"부산일보"').encode("utf-8"))
    (doc,), problems = load_documents(tmp_path)
    assert problems == []
    assert doc.title == "부산시, 빅데이터혁신센터 설립" and doc.source == "부산일보"


def test_duplicate_article_skipped(tmp_path):
    first = _write(tmp_path, "a.md", _md())
    # the same body pasted again, differently spaced, under another name and title
    second = _write(tmp_path, "b.md", _md(title="다른 제목", body=BODY.replace(" ", "  ").replace("\n", "\n\n")))
    docs, problems = load_documents(tmp_path)
    assert [d.path for d in docs] == [str(first)]
    msgs = _problems_for(problems, second)
    assert len(msgs) == 1 and "duplicate" in msgs[0] and str(first) in msgs[0]


def test_duplicate_doc_id_skipped(tmp_path):
    first = _write(tmp_path, "a b.md", _md())
    second = _write(tmp_path, "a-b.txt", "다른 기사\n" + OTHER)
    assert doc_id_for(first) == doc_id_for(second) == "a-b"
    docs, problems = load_documents(tmp_path)
    assert [d.path for d in docs] == [str(first)]
    assert _problems_for(problems, second)


def test_txt_without_front_matter_takes_title_from_first_line(tmp_path):
    _write(tmp_path, "plain.txt", "\n\n스마트 물류 클러스터 조성\n\n" + OTHER + "\n")
    (doc,), problems = load_documents(tmp_path)
    assert problems == []
    assert doc.title == "스마트 물류 클러스터 조성"
    assert doc.text == OTHER
    assert (doc.source, doc.date, doc.url) == (None, None, None)


def test_single_line_txt_keeps_its_line_as_body(tmp_path):
    _write(tmp_path, "one-line.txt", "부산시는 데이터 산업을 키운다.\n")
    (doc,), _ = load_documents(tmp_path)
    assert doc.text == "부산시는 데이터 산업을 키운다."
    assert doc.title == "one-line"


def test_raw_files_are_cleaned(tmp_path):
    _write(tmp_path, "raw.txt", "부산시 데이터 정책\n기사 스크랩\n공유\n" + BODY + "\nⓒ 한국경제 무단전재 및 재배포 금지\n")
    (doc,), _ = load_documents(tmp_path)
    assert doc.text == BODY


def test_document_files_filter_and_order(tmp_path):
    for name in ["b.md", "a.txt", "c.MD", "notes.json", ".hidden.md", "_draft.md", "README.md"]:
        _write(tmp_path, name, _md())
    (tmp_path / "sub.md").mkdir()
    assert [p.name for p in document_files(tmp_path)] == ["a.txt", "b.md", "c.MD"]


def test_missing_folder_raises_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="QA_DOCS_DIR"):
        load_documents(tmp_path / "nope")


def test_doc_id_for():
    assert doc_id_for(Path("부산 데이터 산업.md")) == "부산-데이터-산업"
    assert doc_id_for(Path("a#b.txt")) == "a-b"
    assert doc_id_for(Path("###.md")) == "doc"


def test_split_front_matter_without_front_matter():
    assert split_front_matter("본문만 있다.\n---\n") == ({}, "본문만 있다.\n---\n", None)


def test_parse_document_of_curated_file_matches_loader(curated_docs):
    for doc in curated_docs:
        again, problems = parse_document(Path(doc.path).read_bytes(), Path(doc.path))
        assert problems == [] and again == doc
        assert doc.title and doc.text and doc.source
