"""Load articles from a folder: `.md` with YAML front matter, or plain `.txt`.

A bad file never stops the others: it is skipped (binary, empty, unreadable) or fixed
(odd encoding, broken front matter) and reported as a ``Problem`` naming the file.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

import yaml

from .clean import clean_text, decode, looks_binary
from .types import Document

SUFFIXES = (".md", ".txt")
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


def parse_document(raw: bytes, path: Path) -> tuple[Document | None, list[Problem]]:
    """One file's bytes to a Document, or None with the reason."""
    name = str(path)
    if not raw.strip():
        return None, [Problem(name, "빈 파일이라 건너뜁니다 (empty file skipped)")]
    if looks_binary(raw):
        return None, [Problem(name, "텍스트가 아닌 파일이라 건너뜁니다 (binary file skipped)")]
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
    text = clean_text(body)
    title = _str_or_none(meta.get("title"))
    if not title:
        # No title given: the first short line of the body is the headline.
        first, _, rest = text.partition("\n")
        if first and len(first) <= MAX_TITLE and rest.strip():
            title, text = first.strip(), rest.strip()
        else:
            title = doc_id_for(path)
    if not text.strip():
        return None, problems + [Problem(name, "본문이 비어 있어 건너뜁니다 (no body text)")]
    return Document(
        doc_id=doc_id_for(path),
        title=title[:MAX_TITLE],
        text=text,
        source=_str_or_none(meta.get("source")),
        author=_str_or_none(meta.get("author")),
        date=_clean_date(meta.get("date")),
        url=_clean_url(meta.get("url")),
        path=name,
        sha256=hashlib.sha256(raw).hexdigest(),
    ), problems


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
