"""Readers for the formats staff hold: HTML, PDF, DOCX, HWPX and HWP 5.

Each reader turns a file's bytes into an ``Extracted``: the text of each page (one page
for formats without pages), the metadata the file itself states, and warnings. The
loader (``load.py``) then cleans the text, finds a date and outlet in it when the
metadata has none, and keeps the result as the document's text: that extracted text,
not the original file, is what the index stores and quotes from.

Libraries, chosen by reading files generated with each format's own library (see
tests/test_readers.py):

* HTML: trafilatura (main text, title, site name, canonical URL) with
  ``favor_precision``: on a news page with a menu, share buttons, "많이 본 뉴스" and a
  copyright footer, the default mode fell back to one run-on line holding all of them.
  The date comes from htmldate's markup search only (meta tags, ``<time>``, JSON-LD);
  its "extensive" search guesses from any date-looking text, and a wrong date is worse
  than none.
* PDF: pypdf (BSD, pure Python). PyMuPDF gave the same text on our PDFs but is AGPL
  and its 2.0 wheel pulls onnxruntime; pypdf is enough.
* DOCX: python-docx. HWPX and HWP 5: python-hwpx (Apache-2.0, maintained), which reads
  both; pyhwp (AGPL, last release 2020, needs an undeclared ``six``) read the same HWP 5
  files to the same text, so it was not needed.

Any failure inside a reader becomes ``ReadError`` with a Korean message saying what to do.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings as _warnings
import zipfile
from dataclasses import dataclass, field

from . import detect as D

# A zip bomb (a tiny DOCX/HWPX that inflates to gigabytes) must not take the server down.
MAX_UNZIPPED = 300 * 2**20
MAX_PDF_PAGES = 2000
MIN_HTML_CHARS = 20  # letters and digits


class ReadError(ValueError):
    """A file of a supported kind that could not be read; the message is for staff."""


@dataclass
class Extracted:
    kind: str
    pages: list[str]  # text per page ("\n" between paragraphs); one entry when not paged
    meta: dict = field(default_factory=dict)  # title, source, author, date, url, as the file states them
    warnings: list[str] = field(default_factory=list)
    # PDF: what joins page i to page i+1 ("" or " " when a paragraph runs on, None if not)
    page_seps: list = field(default_factory=list)

    @property
    def paged(self) -> bool:
        return self.kind == D.PDF


def _fold(line: str) -> str:
    return re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip()


# --- HTML ---------------------------------------------------------------------------

def read_html(raw: bytes, url: str | None = None) -> Extracted:
    import trafilatura
    from trafilatura import load_html

    tree = load_html(raw)
    if tree is None:
        raise ReadError("HTML을 해석하지 못했습니다. 브라우저에서 '다른 이름으로 저장 → 웹페이지, HTML만'으로 다시 저장해 보세요.")
    text = trafilatura.extract(tree, url=url, output_format="txt", favor_precision=True, include_comments=False,
                               include_tables=True, deduplicate=False)
    if not text or len(text.strip()) < 40:
        # Precision mode can drop a short page whole; recall mode is the fallback.
        text = trafilatura.extract(load_html(raw), url=url, output_format="txt", favor_recall=True,
                                   include_comments=False, include_tables=True, deduplicate=False) or text
    # A menu word or two is not an article (an error page, a login wall, a frameset)
    if not text or sum(ch.isalnum() for ch in text) < MIN_HTML_CHARS:
        raise ReadError("웹 페이지에서 본문을 찾지 못했습니다 (본문 없음). 기사 본문을 복사해 .txt로 저장해 주세요.")
    meta = {}
    try:
        m = trafilatura.extract_metadata(load_html(raw), default_url=url, extensive=False)
    except Exception:  # metadata is a bonus: the text above is what matters
        m = None
    if m is not None:
        meta = {"title": m.title, "source": m.sitename, "url": m.url or url}
    meta["date"] = _html_date(raw)
    return Extracted(D.HTML, [text], meta)


def _html_date(raw: bytes) -> str | None:
    try:
        from htmldate import find_date

        return find_date(raw, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        return None


# --- PDF ----------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^(?:[-–—(\[]\s*)?(?:page\s*|p\.\s*)?\d{1,4}(?:\s*[)\]]|\s*[-–—])?(?:\s*/\s*\d{1,4})?$"
                          r"|^\d{1,4}\s*쪽$|^-\s*\d{1,4}\s*-$", re.I)
_GENERIC_TITLES = {"untitled", "(anonymous)", "anonymous", "제목 없음", "제목없음", "무제", "document", "문서"}


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e"


def _kiwi_wants_space(left: str, right: str) -> bool:
    """Whether Kiwi's spacing model puts a space between ``left`` and ``right``.

    Only the junction is asked about, with the words either side of it: "블록|체인" and
    "소프트웨|어산업" come back joined, "인프라|확충" and "개방한다고|밝혔다" spaced.
    Spaces Kiwi would add elsewhere in the window are ignored (the text keeps its own).
    """
    from .korean import _lock, kiwi

    la = left.rsplit(" ", 2)[-2:] if " " in left else [left]
    ra = right.split(" ", 2)[:2]
    lw, rw = " ".join(la), " ".join(ra)
    with _lock:
        out = kiwi().space(lw + rw, reset_whitespace=False)
    n = len(lw.replace(" ", ""))
    seen = 0
    for i, ch in enumerate(out):
        if seen == n:
            return ch == " "
        if ch != " ":
            seen += 1
    return True


def join_wrapped(left: str, right: str, hangul: str = "ask") -> str:
    """The separator between a line that was wrapped and the line that continues it.

    ``hangul`` says what to do where Hangul meets Hangul: "ask" Kiwi's spacing model,
    or " " when the document wraps only at spaces (see ``_rejoin``)."""
    a, b = left[-1], right[0]
    if a == "-" and len(left) > 1 and left[-2].isascii() and left[-2].isalpha() and b.isascii() and b.isalpha():
        return ""  # "data-" + "driven": keep the hyphen, no space
    if a in "([{‘“「『〈《<" or b in ")]}’”」』〉》>,.:;%·…!?":
        return ""
    if a.isdigit() and (b.isdigit() or _is_hangul(b)):
        return ""  # a number split by a CJK wrap ("6,69" + "9억"), or from its unit ("제14" + "차")
    if (_is_hangul(a) or a in "”’」』)]") and (_is_hangul(b) or b in "("):
        if hangul == "ask":
            return " " if _kiwi_wants_space(left, right) else ""
        return hangul
    return " "


def _strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Page numbers, and headers/footers that recur on most pages, removed (only among the
    first and last two lines of a page); blank lines left at a page's edges go too."""
    def key(s: str) -> str:
        return re.sub(r"\d+", "#", s)

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, x in enumerate(lines) if x]
        return sorted(set(filled[:2] + filled[-2:]))

    n = len(pages)
    counts: dict[str, int] = {}
    if n >= 2:
        for lines in pages:
            for k in {key(lines[i]) for i in edges(lines)}:
                counts[k] = counts.get(k, 0) + 1
    running = {k for k, c in counts.items() if c >= max(2, (n + 1) // 2)}
    out = []
    for lines in pages:
        drop = {i for i in edges(lines) if _PAGE_NUMBER.match(lines[i]) or key(lines[i]) in running}
        kept = [x for i, x in enumerate(lines) if i not in drop]
        while kept and not kept[0]:
            kept.pop(0)
        while kept and not kept[-1]:
            kept.pop()
        out.append(kept)
    return out


def _rejoin(pages: list[list[str]]) -> tuple[list[str], list[str | None]]:
    """Each page's lines re-joined into paragraphs, and how each page joins the next.

    A line that fills the measure (within 15% of the widest lines), or after which the
    next line's first word would not have fitted, was wrapped: it is joined to the next
    line. A shorter line ends its paragraph (a headline, a list item, a last line). A
    page whose last line was wrapped continues on the next page, so a sentence broken by
    a page break is one sentence again (``seps[i]`` is the separator after page i, or
    None for a paragraph break).

    The space at a wrap: most PDF makers wrap only at spaces, so a space is put back;
    Korean typesetting (reportlab's CJK mode, HWP's default) also breaks inside words.
    Which one a document does shows in Kiwi's spacing model: on the five seed articles
    typeset at spaces it wanted no space at 3 of ~100 Hangul wraps (its own errors:
    "지체되긴 했지만"), when broken anywhere at most of them. Asking Kiwi at every wrap
    got 121/131 sentences verbatim (word wraps) and 124/131 (CJK wraps); a space in
    word-wrapped documents and Kiwi in the others gets 130/131 and 124/131 (the rest
    differ only in a space; tests/test_readers.py keeps these as floors).
    """
    widths = sorted(_width(x) for lines in pages for x in lines if x)
    if not widths:
        return ["" for _ in pages], [None for _ in pages]
    measure = widths[int(0.9 * (len(widths) - 1))]
    full = max(10, int(measure * 0.85))

    def wrapped(line: str, nxt: str) -> bool:
        # Filled to the measure, or the next line's first word would not have fitted at
        # its end (word wrapping leaves a line short before a long word).
        if _width(line) >= full:
            return True
        word = nxt.split(" ", 1)[0] if nxt else ""
        return bool(word) and _width(line) + 1 + _width(word) > measure and _width(line) >= measure // 2

    def first(p: int) -> str:  # the first line after page p
        return next((y for q in pages[p + 1:] for y in q if y), "")

    structure: list[list[list[str]]] = []  # page -> paragraphs -> lines
    cont: list[bool] = []
    following: list[str] = []
    for p, lines in enumerate(pages):
        following.append(first(p))
        paras: list[list[str]] = []
        cur: list[str] = []
        for k, x in enumerate(lines):
            if not x:  # a blank line: a paragraph gap
                if cur:
                    paras.append(cur)
                    cur = []
                continue
            cur.append(x)
            nxt = lines[k + 1] if k + 1 < len(lines) else following[p]
            if not nxt or not wrapped(x, nxt):
                paras.append(cur)
                cur = []
        if cur:
            paras.append(cur)
        structure.append(paras)
        real = [x for x in lines if x]
        cont.append(bool(real) and bool(following[p]) and bool(paras) and paras[-1][-1] == real[-1]
                    and lines[-1] != "" and wrapped(real[-1], following[p]))
    real = [[x for x in lines if x] for lines in pages]

    # which wrapping the document uses: Kiwi's verdict at its Hangul wraps
    junctions = [(para[i], para[i + 1]) for paras in structure for para in paras for i in range(len(para) - 1)]
    junctions += [(structure[p][-1][-1], following[p]) for p in range(len(real)) if cont[p]]
    asked = [join_wrapped(a, b) for a, b in junctions if join_wrapped(a, b, hangul="?") == "?"]
    hangul = "ask" if asked and asked.count("") / len(asked) >= 0.25 else " "

    texts = ["\n".join(_join_lines(para, hangul) for para in paras) for paras in structure]
    seps: list[str | None] = []
    for p in range(len(real)):
        seps.append(join_wrapped(structure[p][-1][-1], following[p], hangul) if cont[p] else None)
    return texts, seps


def _join_lines(lines: list[str], hangul: str) -> str:
    out = lines[0]
    for x in lines[1:]:
        out += join_wrapped(out, x, hangul) + x
    return out


_GAP = re.compile(r"\S {8,}\S")


def _page_lines(page) -> list[str]:
    """A page's lines, "" where a blank line (a paragraph gap) is.

    pypdf's layout mode keeps vertical gaps as blank lines, which tell paragraphs apart
    far better than line widths; but it lays text out by position, so two columns share
    each line. A page whose lines mostly hold a wide gap is read in plain mode instead.
    """
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:
        text = None
    if text:
        rows = text.replace("\r", "\n").split("\n")
        filled = [r for r in rows if r.strip()]
        if filled and sum(1 for r in filled if _GAP.search(r.strip())) <= 0.3 * len(filled):
            out: list[str] = []
            for r in rows:
                x = _fold(r)
                if x or (out and out[-1]):
                    out.append(x)
            while out and not out[-1]:
                out.pop()
            return out
    text = page.extract_text() or ""
    return [_fold(x) for x in text.replace("\r", "\n").split("\n") if x.strip()]


def read_pdf(raw: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # CMap notices on every Korean page
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise ReadError("암호가 걸린 PDF입니다. 암호를 푼 PDF로 다시 저장해 넣어 주세요.")
        n = len(reader.pages)
    except ReadError:
        raise
    except (PdfReadError, Exception) as e:
        raise ReadError(f"PDF를 열 수 없습니다 (손상되었거나 PDF가 아닙니다: {type(e).__name__}). "
                        "원본 PDF를 다시 받아 넣어 주세요.") from e
    if n == 0:
        raise ReadError("쪽이 없는 PDF입니다. 원본 PDF를 다시 받아 넣어 주세요.")
    if n > MAX_PDF_PAGES:
        raise ReadError(f"PDF가 {n}쪽으로 너무 깁니다 (최대 {MAX_PDF_PAGES}쪽). 나눠서 넣어 주세요.")
    warns: list[str] = []
    pages: list[list[str]] = []
    for i in range(n):
        try:
            lines = _page_lines(reader.pages[i])
        except Exception as e:  # one bad page must not lose the others
            warns.append(f"PDF {i + 1}쪽을 읽지 못해 건너뜁니다 ({type(e).__name__})")
            lines = []
        pages.append(lines)
    if not any(x for lines in pages for x in lines):
        raise ReadError("PDF에 글자가 없습니다 (스캔한 이미지 PDF로 보입니다). 글자 인식(OCR)을 한 PDF나 "
                        "한글/워드 원본을 넣어 주세요.")
    texts, seps = _rejoin(_strip_running_lines(pages))
    meta = {}
    try:
        info = reader.metadata or {}
        title = _str(info.get("/Title"))
        if title and title.lower() not in _GENERIC_TITLES and not re.search(r"\.(docx?|hwpx?|pdf)$", title, re.I) \
                and not title.lower().startswith("microsoft word"):
            meta["title"] = title
        # /Author is the person who made the file, often a clerk's login: not the byline.
        # /CreationDate is when the file was made, not when the article was: not used.
    except Exception:
        pass
    return Extracted(D.PDF, texts, meta, warns, seps)


def _str(v) -> str | None:
    if v is None:
        return None
    s = _fold(str(v))
    return s or None


# --- ZIP packages (DOCX, HWPX) -------------------------------------------------------

def _check_zip(raw: bytes, what: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            total = sum(i.file_size for i in z.infolist())
            bad = z.testzip()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError) as e:
        raise ReadError(f"{what} 파일이 손상되어 열 수 없습니다 ({type(e).__name__}). 원본 프로그램에서 다시 저장해 넣어 주세요.") from e
    if bad is not None:
        raise ReadError(f"{what} 파일 안의 {bad} 부분이 손상되었습니다. 원본 프로그램에서 다시 저장해 넣어 주세요.")
    if total > MAX_UNZIPPED:
        raise ReadError(f"{what} 파일이 풀면 {total // 2**20} MB로 너무 큽니다 (최대 {MAX_UNZIPPED // 2**20} MB).")


def read_docx(raw: bytes) -> Extracted:
    _check_zip(raw, "Word(DOCX)")
    try:
        import docx
        from docx.table import Table

        d = docx.Document(io.BytesIO(raw))
        lines: list[str] = []
        for block in d.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    for c in row.cells:
                        t = _fold(c.text.replace("\n", " "))
                        if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                            cells.append(t)
                    if cells:
                        lines.append(" | ".join(cells))
            else:
                lines.extend(_fold(x) for x in block.text.split("\n"))
        # core_properties.author is whoever made the file, not the article's byline
        meta = {"title": _str(d.core_properties.title)}
    except ReadError:
        raise
    except Exception as e:
        raise ReadError(f"Word(DOCX) 파일을 읽지 못했습니다 ({type(e).__name__}). 워드에서 다시 저장해 넣어 주세요.") from e
    if meta.get("title") and meta["title"].lower() in _GENERIC_TITLES:
        meta["title"] = None
    return Extracted(D.DOCX, ["\n".join(lines)], meta)


def _hwpx_text(package: bytes) -> str:
    from hwpx.tools.text_extractor import TextExtractor

    with zipfile.ZipFile(io.BytesIO(package)) as z:
        with TextExtractor(z) as te:
            return te.extract_text(paragraph_separator="\n", include_nested=True, object_behavior="nested")


def read_hwpx(raw: bytes) -> Extracted:
    _check_zip(raw, "한글(HWPX)")
    try:
        text = _hwpx_text(raw)
    except Exception as e:
        raise ReadError(f"한글(HWPX) 파일을 읽지 못했습니다 ({type(e).__name__}). 한글에서 다시 저장해 넣어 주세요.") from e
    return Extracted(D.HWPX, [text], {})


def read_hwp(raw: bytes) -> Extracted:
    try:
        from hwpx import HwpxDocument

        with _warnings.catch_warnings():
            # pictures and other objects that are not text are reported by a warning; the
            # text is what we index
            _warnings.simplefilter("ignore")
            doc = HwpxDocument.open(raw)
            package = doc.to_bytes()
        text = _hwpx_text(package)
    except Exception as e:
        raise ReadError(f"한글(HWP) 파일을 읽지 못했습니다 ({type(e).__name__}: {str(e)[:80]}). "
                        "암호가 걸렸거나 손상된 파일일 수 있습니다. 한글에서 HWPX나 PDF로 저장해 넣어 주세요.") from e
    return Extracted(D.HWP, [text], {})


READERS = {D.HTML: read_html, D.PDF: read_pdf, D.DOCX: read_docx, D.HWPX: read_hwpx, D.HWP: read_hwp}


def extract(raw: bytes, kind: str) -> Extracted:
    """Bytes of a file of ``kind`` (from ``detect``) to its text; ``ReadError`` when it cannot be read."""
    reader = READERS.get(kind)
    if reader is None:
        raise ReadError(f"{D.NAMES.get(kind, kind)}은(는) 읽을 수 없는 형식입니다. "
                        "PDF, 한글(HWP/HWPX), 워드(DOCX), HTML, 텍스트(.txt/.md)로 저장해 넣어 주세요.")
    return reader(raw)
