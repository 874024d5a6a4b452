"""Chat-side helpers for the web app: safe rendering, conversation history, feedback log.

Everything shown in the page that comes from an article or a user (titles, passages,
quotes, questions) goes through ``safe`` first: HTML-escaped *and* with Markdown's
active characters turned into entities, so ``<img onerror=...>``, ``<script>`` and
``[x](javascript:...)`` show as text in a Markdown-rendering chatbot. Links come only
from front-matter URLs that load.py already restricted to http(s).
"""
from __future__ import annotations

import html
import json
import os
import threading
import time
from pathlib import Path
from typing import Iterable, Sequence

from .types import Answer, Citation

# Markdown punctuation that could start a link, image, emphasis, code or heading.
_MD = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|~>:"}
# One entity per character in a single pass: escaping HTML first and Markdown after
# turned the "#" of "&#x27;" into "&#35;", and every apostrophe showed as "&#x27;".
_ESCAPES = {**_MD, "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}


def safe(text: str | None) -> str:
    """Text as inert HTML/Markdown: every special character becomes an entity."""
    return "".join(_ESCAPES.get(ch, ch) for ch in text or "")


def safe_url(url: str | None) -> str | None:
    if url and url.lower().startswith(("http://", "https://")) and not any(c in url for c in "<>\"' "):
        return html.escape(url, quote=True)
    return None


def highlight(passage: str, quote: str) -> str:
    """The passage with the quoted sentence in <mark>, both escaped."""
    i = passage.find(quote) if quote else -1
    if i < 0:
        return safe(passage) + (f"<br><mark>{safe(quote)}</mark>" if quote else "")
    return (safe(passage[:i]) + f'<mark class="quote">{safe(quote)}</mark>' + safe(passage[i + len(quote):]))


def citation_label(c: Citation) -> str:
    return f"{c.source or '출처 미상'}, {c.date or '날짜 미상'}" + (f", {c.page}쪽" if getattr(c, "page", None) else "")


def render_citation(c: Citation, open_: bool = False, turn: int = 0) -> str:
    url = safe_url(c.url)
    link = f' · <a href="{url}" target="_blank" rel="noopener noreferrer nofollow">원문</a>' if url else ""
    return (f'<details class="cite" id="t{turn}-cite-{c.n}"{" open" if open_ else ""}>'
            f'<summary><b>[{c.n}]</b> {safe(c.title)} — {safe(citation_label(c))}{link}</summary>'
            f'<div class="passage">{highlight(c.text, c.quote)}</div></details>')


def render_answer(answer: Answer, turn: int = 0) -> str:
    """The assistant message: the answer text, then one expandable source per marker.

    ``turn`` keeps element ids unique when several answers are on the page.
    """
    body = safe(answer.answer).replace("\n", "<br>")
    for c in answer.citations:
        # the marker itself points at its source block below
        body = body.replace(safe(f"[{c.n}]"), f'<a class="marker" href="#t{turn}-cite-{c.n}">[{c.n}]</a>', 1)
    parts = [f'<div class="answer">{body}</div>']
    if answer.citations:
        parts.append('<div class="sources"><span class="sources-title">출처 (눌러서 펼치기)</span>'
                     + "".join(render_citation(c, turn=turn) for c in answer.citations) + "</div>")
    if answer.suggestions:
        parts.append('<div class="suggest">다룰 수 있는 주제: '
                     + " · ".join(f"「{safe(t)}」" for t in answer.suggestions) + "</div>")
    for n in answer.notes:
        if not n.startswith("evidence"):
            parts.append(f'<div class="note">{safe(n)}</div>')
    return "".join(parts)


def render_sources_panel(answer: Answer | None) -> str:
    if answer is None or not answer.citations:
        return '<div class="panel-empty">답변의 출처가 여기에 표시됩니다.</div>'
    return "".join(render_citation(c, open_=True) for c in answer.citations)


def render_corpus(documents: Iterable) -> str:
    rows = "".join(f"<li>{safe(d.title)} <span class='meta'>— {safe(d.source or '출처 미상')}, "
                   f"{safe(d.date or '날짜 미상')}</span></li>" for d in documents)
    return f"<ul class='corpus'>{rows}</ul>"


def engine_history(turns: Sequence[dict]) -> list[dict]:
    """Stored turns [{"question", "answer"}] to the engine's [{"role", "content"}] history."""
    out: list[dict] = []
    for t in turns:
        out.append({"role": "user", "content": t["question"]})
        out.append({"role": "assistant", "content": t["answer"]})
    return out


class FeedbackLog:
    """Append-only JSONL of thumbs up/down.

    Each record is written as one line on an O_APPEND descriptor (one ``write``, repeated
    only if the kernel wrote less) and fsynced, so a crash leaves at most a torn last line;
    ``read`` skips lines that do not parse, and the next record starts on a new line, so
    such a line never breaks the log.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def append(self, record: dict) -> None:
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **record}
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                # a torn line from an earlier crash must not swallow this record
                if os.fstat(fd).st_size and not self._ends_with_newline():
                    line = b"\n" + line
                # os.write may write less than asked (a signal, a nearly full disk): finish
                # the record, or it would be torn with no crash at all.
                view = memoryview(line)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

    def read(self) -> list[dict]:
        if not self.path.exists():
            return []
        out = []
        with open(self.path, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    out.append(obj)
        return out
