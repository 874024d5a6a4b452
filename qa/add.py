"""Put new documents into the documents folder: copy files, or fetch a URL.

``qa add PATH_OR_URL ...`` and the staff page both come here. A file is checked (read
with its reader) before it is copied, so a damaged file is reported and never lands in
the folder; the folder keeps only what the index can read. A URL is fetched over
http(s); a web page is turned into an ``.md`` with front matter (title, outlet, date,
URL) by trafilatura, and a linked PDF/HWP/DOCX is saved as that file.
"""
from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import detect as D
from .load import SUFFIXES, doc_id_for, document_files, parse_document

MAX_BYTES = 50 * 2**20  # a press release is a few MB; a larger download is not an article
FETCH_TIMEOUT = 30
USER_AGENT = "busan-policy-qa/0.1 (+document import)"


class AddError(ValueError):
    """A source that could not be added; the message is for staff, in Korean."""


@dataclass
class Added:
    source: str  # what was given: a path or a URL
    path: Path  # where it now is in the documents folder
    doc_id: str
    title: str
    kind: str
    same_as_before: bool = False  # the folder already held these exact bytes


@dataclass
class AddReport:
    added: list[Added] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)


def is_url(s: str) -> bool:
    return bool(re.match(r"^https?://", s.strip(), re.I))


def safe_stem(name: str) -> str:
    """A file name stem that is safe on every system and keeps Korean."""
    stem = unicodedata.normalize("NFC", Path(name).stem)
    stem = re.sub(r"[\x00-\x1f<>:\"/\\|?*#%\s]+", "-", stem).strip("-. ")
    return stem[:80] or "document"


def _free_name(folder: Path, stem: str, suffix: str, raw: bytes) -> tuple[Path, bool]:
    """``folder/stem+suffix``, or with -2, -3... when taken by another document (same id
    too: ``a b.pdf`` and ``a-b.hwp`` share one). The same bytes already there: reuse."""
    taken = {doc_id_for(p): p for p in document_files(folder)}
    n = 1
    while True:
        name = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        path = folder / name
        other = taken.get(doc_id_for(path))
        if path.exists() or other is not None:
            existing = path if path.exists() else other
            try:
                if existing.read_bytes() == raw:
                    return existing, True
            except OSError:
                pass
            n += 1
            continue
        return path, False


def store(raw: bytes, name: str, folder: Path, source: str) -> Added:
    """Check ``raw`` with its reader, then write it into ``folder`` under a free name whose
    suffix matches its content. Raises AddError (nothing written) when it cannot be read."""
    kind = D.detect(raw)
    if kind not in D.SUFFIX:
        raise AddError(f"{D.NAMES.get(kind, kind)}은(는) 넣을 수 없습니다. "
                       "PDF, 한글(HWP/HWPX), 워드(DOCX), HTML, 텍스트(.txt/.md) 파일을 넣어 주세요.")
    suffix = Path(name).suffix.lower()
    if not (kind == D.TEXT and suffix in (".md", ".txt")) and not (kind == D.HTML and suffix in (".html", ".htm")):
        suffix = D.SUFFIX[kind]  # type by content: a PDF named .hwp is saved as .pdf
    stem = safe_stem(name)
    doc, problems = parse_document(raw, folder / f"{stem}{suffix}")
    if doc is None:
        why = "; ".join(p.message for p in problems) or "읽을 수 없습니다"
        raise AddError(why)
    folder.mkdir(parents=True, exist_ok=True)
    path, same = _free_name(folder, stem, suffix, raw)
    if not same:
        tmp = folder / f".{path.name}.part"
        tmp.write_bytes(raw)
        tmp.replace(path)  # atomic: an index build never sees half a file
    return Added(source, path, doc_id_for(path), doc.title, kind, same)


def fetch(url: str, max_bytes: int | None = None, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str]:
    """(body, final URL) of an http(s) URL, at most ``max_bytes`` (default MAX_BYTES)."""
    max_bytes = max_bytes or MAX_BYTES
    if not is_url(url):
        raise AddError(f"http:// 또는 https:// 주소만 가져올 수 있습니다: {url}")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/pdf,*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            final = r.geturl()
            if not is_url(final):
                raise AddError(f"다른 종류의 주소로 넘어가서 가져오지 않았습니다: {final}")
            length = r.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise AddError(f"파일이 너무 큽니다 ({int(length) // 2**20} MB, 최대 {max_bytes // 2**20} MB).")
            body = r.read(max_bytes + 1)
    except AddError:
        raise
    except urllib.error.HTTPError as e:
        raise AddError(f"주소를 가져오지 못했습니다 (HTTP {e.code}). 주소가 맞는지, 로그인이 필요한 페이지가 아닌지 확인하세요: {url}") from e
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        raise AddError(f"주소에 연결하지 못했습니다 ({reason}). 주소와 네트워크를 확인하세요: {url}") from e
    if len(body) > max_bytes:
        raise AddError(f"파일이 너무 큽니다 (최대 {max_bytes // 2**20} MB).")
    return body, final


def page_to_markdown(raw: bytes, url: str) -> tuple[str, str]:
    """(file stem, .md text with front matter) of a fetched web page."""
    from .readers import read_html

    ex = read_html(raw, url=url)
    meta = {k: v for k, v in ex.meta.items() if v}
    title = meta.get("title") or ""
    front = {"title": title or None, "source": meta.get("source"), "date": meta.get("date"),
             "url": meta.get("url") or url}
    body = ex.pages[0].strip()
    first, _, rest = body.partition("\n")
    if title and first.strip() == title and rest.strip():
        body = rest.strip()
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"
    stem = safe_stem(title) if title else safe_stem(re.sub(r"^https?://", "", url).replace("/", "-"))
    return stem, text


def add_url(url: str, folder: Path) -> Added:
    raw, final = fetch(url)
    kind = D.detect(raw)
    if kind == D.HTML:
        from .readers import ReadError

        try:
            stem, md = page_to_markdown(raw, final)
        except ReadError as e:
            raise AddError(f"{e} ({url})") from e
        return store(md.encode("utf-8"), stem + ".md", folder, url)
    name = Path(urllib.parse.urlparse(final).path).name or "download"
    return store(raw, name, folder, url)


def add_path(path: Path, folder: Path) -> list[Added]:
    """A file, or every document file of a folder."""
    if path.is_dir():
        files = [p for p in sorted(path.iterdir()) if p.is_file() and p.suffix.lower() in SUFFIXES
                 and not p.name.startswith((".", "_"))]
        if not files:
            raise AddError(f"폴더에 넣을 수 있는 문서가 없습니다 ({', '.join(SUFFIXES)}): {path}")
        return [add_path(p, folder)[0] for p in files]
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise AddError(f"파일을 읽을 수 없습니다 ({e.strerror or e}): {path}") from e
    if len(raw) > MAX_BYTES:
        raise AddError(f"파일이 너무 큽니다 ({len(raw) // 2**20} MB, 최대 {MAX_BYTES // 2**20} MB): {path}")
    if path.resolve().parent == folder.resolve():
        kind = D.detect(raw)
        doc, problems = parse_document(raw, path)
        if doc is None:
            raise AddError("; ".join(p.message for p in problems))
        return [Added(str(path), path, doc_id_for(path), doc.title, kind, True)]
    return [store(raw, path.name, folder, str(path))]


def add_sources(sources: list[str], folder: Path) -> AddReport:
    """Each source added or reported; one failure never stops the others."""
    report = AddReport()
    for s in sources:
        try:
            if is_url(s):
                report.added.append(add_url(s, folder))
            else:
                p = Path(s).expanduser()
                if not p.exists():
                    raise AddError(f"파일이 없습니다: {s}")
                report.added.extend(add_path(p, folder))
        except AddError as e:
            report.failed.append((s, str(e)))
    return report
