"""Load articles from a folder: `.md` with YAML front matter, plain `.txt`, and HTML, PDF,
DOCX, HWPX and HWP 5 files (``readers.py``).

The reader is chosen by the file's content (``detect.py``), not its name. A bad file never
stops the others: it is skipped (binary, empty, unreadable, damaged) or fixed (odd
encoding, broken front matter) and reported as a ``Problem`` naming the file.

What a document's ``text`` holds is the extracted, cleaned text; the index stores it, and
every quote is cut from it. A PDF's page boundaries travel as ``Document.pages`` (start
offsets into that text), so a quote's page is known.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

import yaml

from . import detect as D
from .clean import clean_text, decode, fold_line
from .meta import find_byline, find_date
from .readers import ReadError, extract
from .types import Document

TEXT_SUFFIXES = (".md", ".txt")
SUFFIXES = TEXT_SUFFIXES + (".html", ".htm", ".pdf", ".docx", ".hwpx", ".hwp")
_SUFFIX_KIND = {".md": D.TEXT, ".txt": D.TEXT, ".html": D.HTML, ".htm": D.HTML, ".pdf": D.PDF, ".docx": D.DOCX,
                ".hwpx": D.HWPX, ".hwp": D.HWP}
# Page boundaries ride through cleaning as one private-use character per page (plane 15),
# placed where the page's text starts; they are taken out (and their offsets kept) after.
_MARK0 = 0xF0000
_MARKS = re.compile("[\U000F0000-\U000FFFFD]")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(\n|\Z)", re.S)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TITLE = 120


class Problem(NamedTuple):
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def doc_id_for(path: Path) -> str:
    """Stable id from the file name: NFC, spaces to '-', no path separators."""
    stem = unicodedata.normalize("NFC", path.stem)
    return re.sub(r"[\s/\\#]+", "-", stem).strip("-") or "doc"


def _clean_url(value) -> str | None:
    # Only http(s) links are ever rendered; javascript:, data: and the like are dropped.
    if isinstance(value, str) and re.match(r"^https?://[^\s<>\"']+$", value.strip(), re.I):
        return value.strip()
    return None


def _clean_date(value) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s if _DATE.match(s) else None


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    s = re.sub(r"\s+", " ", str(value)).strip()
    return s or None


def split_front_matter(text: str) -> tuple[dict, str, str | None]:
    """(meta, body, problem): a broken front matter block is dropped with a problem."""
    m = _FRONT.match(text)
    if not m:
        if text.startswith("---\n"):
            # An opening fence without a closing one: treat everything as body.
            return {}, text[4:], "front matter에 닫는 '---'가 없어 본문으로 읽었습니다 (unclosed front matter)"
        return {}, text, None
    try:
        meta = yaml.safe_load(m.group(1)) or {}
        if not isinstance(meta, dict):
            raise ValueError("front matter is not a mapping")
    except (yaml.YAMLError, ValueError) as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        return {}, text[m.end():], f"front matter를 읽지 못해 무시했습니다 ({first})"
    return meta, text[m.end():], None


def _page_text(pages: list[str], seps: list) -> str:
    """A PDF's pages as one text, a marker at each page's start; a paragraph that runs on
    to the next page is joined as a wrapped line is (``seps`` from the reader)."""
    out = ""
    for i, page in enumerate(pages):
        page = page.strip()
        if i and out and page:
            sep = seps[i - 1] if i - 1 < len(seps) else None
            out += "\n" if sep is None else sep
        out += chr(_MARK0 + i) + page
    return out


def _take_marks(text: str, n_pages: int) -> tuple[str, tuple[int, ...]]:
    """Text without the page markers, and each page's start offset in it."""
    found: dict[int, int] = {}
    out: list[str] = []
    pos = 0
    last = 0
    for m in _MARKS.finditer(text):
        out.append(text[last:m.start()])
        pos += m.start() - last
        found[ord(m.group()) - _MARK0] = pos
        last = m.end()
    out.append(text[last:])
    clean = "".join(out)
    starts = [0] * n_pages
    nxt = len(clean)
    for i in range(n_pages - 1, -1, -1):  # a page whose marker went with a dropped line starts where the next does
        nxt = found.get(i, nxt) if i else 0
        starts[i] = min(nxt, len(clean))
    # a leading newline left by the join is not part of any page's text
    return clean, tuple(starts)


def _parse_text(raw: bytes, name: str) -> tuple[dict, str, list[Problem]]:
    problems: list[Problem] = []
    decoded = decode(raw)
    if decoded.warning:
        problems.append(Problem(name, decoded.warning))
    # Line endings are normalised before the front matter is looked for: a file saved
    # on Windows ("---\r\n") otherwise never matches, so its YAML lines became body
    # text and its title "---", silently.
    text = decoded.text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    meta, body, fm_problem = split_front_matter(text)
    if fm_problem:
        problems.append(Problem(name, fm_problem))
    return meta, body, problems


def parse_document(raw: bytes, path: Path) -> tuple[Document | None, list[Problem]]:
    """One file's bytes to a Document, or None with the reason."""
    name = str(path)
    kind = D.detect(raw)
    if kind == D.EMPTY:
        return None, [Problem(name, "빈 파일이라 건너뜁니다 (empty file skipped)")]
    if kind in (D.BINARY, D.ZIP, D.OLE):
        what = "텍스트가 아닌 파일이라" if kind == D.BINARY else f"{D.NAMES[kind]}은(는) 읽을 수 없는 형식이라"
        return None, [Problem(name, f"{what} 건너뜁니다 (binary file skipped). "
                                    "PDF, 한글(HWP/HWPX), 워드(DOCX), HTML, 텍스트로 저장해 넣어 주세요.")]
    problems: list[Problem] = []
    expected = _SUFFIX_KIND.get(Path(name).suffix.lower())
    if expected and expected != kind and not (expected == D.TEXT and kind == D.TEXT):
        problems.append(Problem(name, f"파일 이름은 {Path(name).suffix} 인데 내용은 {D.NAMES[kind]}이라 "
                                      f"{D.NAMES[kind]}(으)로 읽었습니다 (type by content)"))
    n_pages = 0
    if kind == D.TEXT:
        meta, body, probs = _parse_text(raw, name)
        problems += probs
    else:
        try:
            ex = extract(raw, kind)
        except ReadError as e:
            return None, problems + [Problem(name, f"{D.NAMES[kind]} 파일을 읽지 못해 건너뜁니다: {e} (unreadable {kind})")]
        problems += [Problem(name, w) for w in ex.warnings]
        meta = {k: v for k, v in ex.meta.items() if v}
        if ex.paged:
            n_pages = len(ex.pages)
            body = _page_text(ex.pages, ex.page_seps)
        else:
            body = "\n".join(ex.pages)
    # Date and outlet from the top of the text when the file does not state them: read
    # before cleaning, which drops the datelines and credits they come from.
    top = "\n".join(fold_line(x) for x in _MARKS.sub("", body[:4000]).split("\n"))
    date = _clean_date(meta.get("date")) or find_date(top)
    source, author = _str_or_none(meta.get("source")), _str_or_none(meta.get("author"))
    if not source or not author:
        outlet, reporter = find_byline(top)
        source, author = source or outlet, author or reporter
    text = clean_text(body)
    title = _str_or_none(_MARKS.sub("", str(meta.get("title") or ""))) if meta.get("title") else None
    first, _, rest = text.partition("\n")
    first_plain = _MARKS.sub("", first).strip()
    if title:
        # A page's own headline repeats the title: keep it once, as the title.
        if first_plain == title and rest.strip():
            text = _keep_marks(first) + rest.strip()
    elif first_plain and len(first_plain) <= MAX_TITLE and rest.strip():
        # No title given: the first short line of the body is the headline.
        title, text = first_plain, _keep_marks(first) + rest.strip()
    else:
        title = doc_id_for(path)
    text = text.strip()
    pages: tuple[int, ...] = ()
    if n_pages:
        text, pages = _take_marks(text, n_pages)
    if not text.strip():
        return None, problems + [Problem(name, "본문이 비어 있어 건너뜁니다 (no body text)")]
    return Document(
        doc_id=doc_id_for(path),
        title=title[:MAX_TITLE],
        text=text,
        source=source,
        author=author,
        date=date,
        url=_clean_url(meta.get("url")),
        path=name,
        sha256=hashlib.sha256(raw).hexdigest(),
        kind=kind,
        pages=pages,
    ), problems


def _keep_marks(line: str) -> str:
    """The page markers of a line that is dropped (a page may start on it)."""
    return "".join(_MARKS.findall(line))


def document_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "_", "README")))


def load_documents(folder: Path) -> tuple[list[Document], list[Problem]]:
    """All readable documents of ``folder`` (sorted by file name) and the problems met."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"문서 폴더가 없습니다: {folder} (documents folder not found; "
                                "set QA_DOCS_DIR or pass --docs)")
    docs: list[Document] = []
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    for path in document_files(folder):
        try:
            raw = path.read_bytes()
        except OSError as e:  # removed or unreadable between listing and reading
            problems.append(Problem(str(path), f"읽을 수 없어 건너뜁니다 ({e.strerror or e})"))
            continue
        doc, probs = parse_document(raw, path)
        problems.extend(probs)
        if doc is None:
            continue
        if doc.doc_id in seen_ids:
            problems.append(Problem(str(path), f"같은 문서 id({doc.doc_id})가 이미 있어 건너뜁니다: {seen_ids[doc.doc_id]}"))
            continue
        body_key = hashlib.sha256(re.sub(r"\s+", "", doc.text).encode()).hexdigest()
        if body_key in seen_text:
            problems.append(Problem(str(path), f"{seen_text[body_key]}와 본문이 같아 건너뜁니다 (duplicate article)"))
            continue
        seen_ids[doc.doc_id] = str(path)
        seen_text[body_key] = str(path)
        docs.append(doc)
    return docs, problems
