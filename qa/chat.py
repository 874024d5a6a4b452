"""Chat-side helpers for the web app: safe rendering, conversation history, feedback log.

Everything shown in the page that comes from an article or a user (titles, passages,
quotes, questions) goes through ``safe`` first: HTML-escaped *and* with Markdown's
active characters turned into entities, so ``<img onerror=...>``, ``<script>`` and
``[x](javascript:...)`` show as text in a Markdown-rendering chatbot. Links come only
from front-matter URLs that load.py already restricted to http(s).
"""
from __future__ import annotations

import contextlib
import fcntl
import html
import json
import os
import re
import secrets
import threading
import time
from pathlib import Path
from typing import Iterable, Sequence

from .types import Answer, Citation, Turn

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
    # the link names where it goes, for a screen reader as for the eye
    link = (f'<a class="origin" href="{url}" target="_blank" rel="noopener noreferrer nofollow" '
            f'title="원문 보기: {safe(c.title)} (새 창)">원문 보기</a>') if url else ""
    return (f'<details class="cite" id="t{turn}-cite-{c.n}"{" open" if open_ else ""}>'
            f'<summary><b>[{c.n}]</b> {safe(c.title)} — {safe(citation_label(c))}</summary>'
            f'<div class="passage">{highlight(c.text, c.quote)}</div>{link}</details>')


# "6,699억 원 — …총 6,699억 원)을 발표하고… [1]": the value the first line states
_LEAD = re.compile(r"^(?P<value>[^\n]{1,60}?) — ")


def lead_value(text: str) -> str | None:
    """The value the answer's first line leads with ("value — clause [n]"), if it does."""
    m = _LEAD.match(text or "")
    return m.group("value") if m else None


def _topics_line(answer: Answer) -> int | None:
    """Which line of a declined answer lists the suggested topics (shown as buttons instead)."""
    if not answer.suggestions:
        return None
    for i, line in enumerate(answer.answer.splitlines()):
        if all(f"「{t}」" in line for t in answer.suggestions):
            return i
    return None


def topic_question(topic: str) -> str:
    """What a topic button asks."""
    return f"「{topic}」의 주요 내용은 무엇인가요?"


def render_answer(answer: Answer, turn: int = 0) -> str:
    """The assistant message: the answer text (its lead value in bold), then one expandable
    source per marker; a declined answer's topics as buttons that ask about them.

    ``turn`` keeps element ids unique when several answers are on the page.
    """
    lines = answer.answer.splitlines()
    skip = _topics_line(answer)
    shown = []
    for i, line in enumerate(lines):
        if i == skip:
            continue
        value = lead_value(line) if i == 0 and answer.answered else None
        if value is not None:  # the figure asked for, in bold; the plain text stays plain
            shown.append(f'<strong class="lead">{safe(value)}</strong>{safe(line[len(value):])}')
        else:
            shown.append(safe(line))
    body = "<br>".join(shown)
    for c in answer.citations:
        # the marker itself points at its source block below
        body = body.replace(safe(f"[{c.n}]"), f'<a class="marker" href="#t{turn}-cite-{c.n}">[{c.n}]</a>', 1)
    parts = [f'<div class="answer">{body}</div>']
    if answer.citations:
        parts.append('<div class="sources"><span class="sources-title">출처 (눌러서 펼치기)</span>'
                     + "".join(render_citation(c, turn=turn) for c in answer.citations) + "</div>")
    if answer.suggestions:
        parts.append('<div class="suggest"><span>대신 이런 주제를 물어보실 수 있습니다:</span> '
                     + "".join(f'<button type="button" class="topic" value="{safe(topic_question(t))}" '
                               f'title="이 주제를 물어보기">{safe(t)}</button>' for t in answer.suggestions) + "</div>")
    for n in answer.notes:
        if not n.startswith("evidence"):
            parts.append(f'<div class="note">{safe(n)}</div>')
    return "".join(parts)


def copy_text(answer: Answer) -> str:
    """The answer as plain Korean text to copy or share: the answer's lines, then its
    numbered sources (title, outlet, date, page, URL) and quoted sentences. No markup."""
    out = [answer.answer.strip()]
    if answer.citations:
        out.append("")
        out.append("출처")
        for c in answer.citations:
            out.append(f"[{c.n}] {c.title} — {citation_label(c)}")
            out.append(f"    “{c.quote}”")
            if safe_url(c.url):
                out.append(f"    {c.url}")
    return "\n".join(out)


VOTES = ("up", "down", "none")
REASONS = ("틀림", "출처 부족", "이해 어려움")


def render_tools(turn: dict) -> str:
    """The buttons under an answer: copy, print, 👍/👎 (pressed when chosen; pressing again
    withdraws), and on 👎 the optional reasons.

    The chat's sanitizer keeps a button's ``value`` and ``title`` but drops ``data-*`` and
    ``aria-*``, so what a button does is its ``value`` (read by the page script, which
    also sets ``aria-pressed`` from the ``pressed`` class): the copy text, or the vote it
    sends, which is the state it leads to, so a repeated click changes nothing."""
    n, vote, reason = int(turn["n"]), turn.get("vote"), turn.get("reason")
    copy = safe(turn.get("copy") or turn["answer"]).replace("\n", "&#10;")

    def button(cls: str, value: str, face: str, name: str, pressed: bool | None = None) -> str:
        state = "" if pressed is None else (" pressed" if pressed else " unpressed")
        return (f'<button type="button" class="{cls}{state}" value="{value}" title="{name}">{face}'
                f'<span class="sr-only"> {name}</span></button>')

    def vote_button(kind: str, face: str, name: str) -> str:
        pressed = vote == kind
        return button("vote", f"vote:{n}:{'none' if pressed else kind}", face,
                      name + (" (다시 누르면 취소)" if pressed else ""), pressed)

    parts = ['<div class="tools">',
             f'<button type="button" class="copy" value="{copy}" title="답변과 출처를 글자로 복사">복사</button>',
             '<button type="button" class="print" title="이 답변만 인쇄">인쇄</button>',
             vote_button("up", "👍 도움됨", "도움이 됐어요"), vote_button("down", "👎 아쉬움", "도움이 안 됐어요")]
    if vote == "down":
        parts.append('<span class="reasons"><span>이유(선택):</span>')
        for r in REASONS:
            parts.append(f'<button type="button" class="reason{" pressed" if reason == r else " unpressed"}" '
                         f'value="vote:{n}:down:{safe(r)}">{safe(r)}</button>')
        parts.append("</span>")
    if vote in ("up", "down"):
        parts.append('<span class="thanks">의견 감사합니다.</span>')
    parts.append("</div>")
    return "".join(parts)


def render_sources_panel(answer: Answer | None) -> str:
    if answer is None or not answer.citations:
        return '<div class="panel-empty">답변의 출처가 여기에 표시됩니다.</div>'
    return "".join(render_citation(c, open_=True) for c in answer.citations)


def render_corpus(documents: Iterable) -> str:
    rows = "".join(f"<li>{safe(d.title)} <span class='meta'>— {safe(d.source or '출처 미상')}, "
                   f"{safe(d.date or '날짜 미상')}</span></li>" for d in documents)
    return f"<ul class='corpus'>{rows}</ul>"


# --- the conversation kept for one browser session --------------------------------
#
# A session's turns live in gr.State on the server. Everything in them is bounded: the
# question as the engine read it (at most 500 characters; the page used to keep the
# whole 5-million-character question, ~28 MB a session), the answer's text and HTML
# (the composer's few sentences), the citations as feedback needs them, and at most
# MAX_TURNS turns. The chat shown in the page is rebuilt from them, so the browser
# never has to send the conversation back.

MAX_TURNS = 30
MAX_STORED_ANSWER_CHARS = 4000
MAX_STORED_QUOTE_CHARS = 300
MAX_STORED_CITATIONS = 10


def make_turn(n: int, question: str, answer: Answer) -> dict:
    """One turn as kept in the session: ``n`` numbers the turns of the conversation (element
    ids in the page stay unique after old turns are dropped); ``id`` names the answer in the
    feedback log (one vote per answer: the last record of an id counts)."""
    cites = answer.citations[:MAX_STORED_CITATIONS]
    return {"n": n, "id": secrets.token_hex(8), "question": question,
            "answer": answer.answer[:MAX_STORED_ANSWER_CHARS], "answered": bool(answer.answered),
            "html": render_answer(answer, turn=n), "copy": copy_text(answer)[:2 * MAX_STORED_ANSWER_CHARS],
            "citations": [{"n": c.n, "doc_id": c.doc_id, "quote": (c.quote or "")[:MAX_STORED_QUOTE_CHARS],
                           "score": round(float(c.score), 4)} for c in cites],
            "items": [i[:200] for i in answer.items[:30]],
            "vote": None, "reason": None}


def add_turn(turns: Sequence[dict], turn: dict) -> list[dict]:
    """The conversation with ``turn`` appended, oldest turns dropped beyond MAX_TURNS."""
    return [*turns, turn][-MAX_TURNS:]


def next_turn_number(turns: Sequence[dict]) -> int:
    return int(turns[-1].get("n", len(turns) - 1)) + 1 if turns else 0


PENDING = "답변을 찾는 중…"


def chat_messages(turns: Sequence[dict], pending: str | None = None) -> list[dict]:
    """The Chatbot's messages for the kept turns: user, assistant, user, assistant, ...;
    ``pending``, a question just sent, is shown at once with "답변을 찾는 중…"."""
    out: list[dict] = []
    for t in turns:
        out.append({"role": "user", "content": safe(t["question"])})
        out.append({"role": "assistant", "content": f'<div class="msg">{t["html"]}{render_tools(t)}</div>'})
    if pending:
        out.append({"role": "user", "content": safe(pending)})
        out.append({"role": "assistant", "content": f'<div class="pending">{PENDING}</div>'})
    return out


def feedback_record(turn: dict, vote: str, reason: str | None = None) -> dict:
    """What a vote stores: the answer's id, the vote ("up", "down", or "none" for a vote
    withdrawn, which is never a 👎), the 👎 reason, the turn's cut question and answer,
    and where each quote came from. ``liked`` is True/False for 👍/👎, None when withdrawn."""
    return {"id": turn.get("id"), "vote": vote, "liked": {"up": True, "down": False}.get(vote),
            "reason": reason if vote == "down" else None,
            "question": turn["question"][:MAX_STORED_ANSWER_CHARS],
            "answer": turn["answer"][:MAX_STORED_ANSWER_CHARS], "answered": bool(turn["answered"]),
            "citations": list(turn["citations"])[:MAX_STORED_CITATIONS]}


_ACTION = re.compile(r"^vote:(\d{1,9}):(up|down|none)(?::(.{1,20}))?$")


def apply_vote(turns: Sequence[dict], action: str) -> tuple[list[dict], dict | None]:
    """The turns after a vote sent by the page ("vote:<turn n>:<up|down|none>[:<reason>]"),
    and the record to log (None when nothing changed: the same vote again, an unknown
    turn or reason, a malformed action)."""
    turns = list(turns or [])
    m = _ACTION.match(action or "") if isinstance(action, str) else None
    if not m:
        return turns, None
    n, vote, reason = int(m.group(1)), m.group(2), m.group(3)
    if reason is not None and (vote != "down" or reason not in REASONS):
        return turns, None
    i = next((k for k, t in enumerate(turns) if int(t.get("n", -1)) == n), None)
    if i is None:
        return turns, None
    turn = turns[i]
    new_reason = reason if vote == "down" else None
    if vote == "down" and reason is None and turn.get("vote") == "down":
        new_reason = turn.get("reason")  # 👎 again without a reason keeps the one given
    if turn.get("vote", None) == (None if vote == "none" else vote) and turn.get("reason") == new_reason:
        return turns, None
    if vote == "none" and turn.get("vote") is None:
        return turns, None
    turns[i] = {**turn, "vote": None if vote == "none" else vote, "reason": new_reason}
    return turns, feedback_record(turns[i], vote, new_reason)


def engine_history(turns: Sequence[dict]) -> list[dict]:
    """Stored turns [{"question", "answer"}] to the role/content messages of the HTTP API."""
    out: list[dict] = []
    for t in turns:
        out.append({"role": "user", "content": t["question"]})
        out.append({"role": "assistant", "content": t["answer"]})
    return out


def engine_turns(turns: Sequence[dict]) -> list[Turn]:
    """Stored turns as the typed records follow-up resolution reads (items and quotes as
    the answer gave them, not re-read from its text)."""
    return [Turn(question=t["question"], answer=t["answer"], answered=bool(t["answered"]),
                 quotes=tuple(c.get("quote", "") for c in t.get("citations", ())),
                 items=tuple(t.get("items") or ())) for t in turns]


# The log holds users' questions: it must not be able to fill the disk. One record is at
# most MAX_RECORD_BYTES (a 👍 used to store the whole 14 MB question), and the file is
# rotated at max_bytes into ``feedback.jsonl.1`` ... ``.<backups>``, the oldest dropped.
MAX_RECORD_BYTES = 16 * 1024
DEFAULT_MAX_BYTES = 10 * 2**20
DEFAULT_BACKUPS = 3


class FeedbackLog:
    """Append-only JSONL of thumbs up/down, size-capped and rotated.

    Each record is written as one line on an O_APPEND descriptor (one ``write``, repeated
    only if the kernel wrote less) and fsynced, so a crash leaves at most a torn last line;
    ``read`` skips lines that do not parse, and the next record starts on a new line, so
    such a line never breaks the log. Rotation and append happen under an exclusive
    ``flock`` on ``<log>.lock``, so two processes cannot rotate over each other's records.
    """

    def __init__(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES, backups: int = DEFAULT_BACKUPS):
        if max_bytes < MAX_RECORD_BYTES or backups < 1:
            raise ValueError(f"피드백 로그 한도가 너무 작습니다: max_bytes ≥ {MAX_RECORD_BYTES}, backups ≥ 1 이어야 합니다.")
        self.path = Path(path)
        self.max_bytes = int(max_bytes)
        self.backups = int(backups)
        self._lock = threading.Lock()

    @property
    def files(self) -> list[Path]:
        """The log's files, oldest first: ``.<backups>`` ... ``.1``, then the live one."""
        return [self.path.with_name(f"{self.path.name}.{i}") for i in range(self.backups, 0, -1)] + [self.path]

    def append(self, record: dict) -> None:
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **record}
        line = _encode_capped(record) + b"\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self._file_lock():
            self._rotate_if_full(len(line))
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
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

    @contextlib.contextmanager
    def _file_lock(self):
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _rotate_if_full(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size == 0 or size + incoming <= self.max_bytes:
            return
        files = self.files  # oldest first; the oldest is overwritten
        for older, newer in zip(files, files[1:]):
            if newer.exists():
                os.replace(newer, older)

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

    def read(self) -> list[dict]:
        """Every record still kept, oldest first (rotated files, then the live one)."""
        out = []
        for path in self.files:
            if not path.exists():
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(obj, dict):
                        out.append(obj)
        return out

    def total_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files if p.exists())


def _encode_capped(record: dict) -> bytes:
    """The record as one JSON line of at most MAX_RECORD_BYTES: long strings (at any depth)
    and long lists are cut, harder each round, until it fits (callers already store cut
    questions; this is the last guard)."""
    line = json.dumps(record, ensure_ascii=False).encode("utf-8", "replace")
    limit = 2000
    while len(line) > MAX_RECORD_BYTES and limit >= 20:
        record = _cut(record, limit, depth=0)
        line = json.dumps(record, ensure_ascii=False).encode("utf-8", "replace")
        limit //= 2
    if len(line) > MAX_RECORD_BYTES:  # a record of very many fields: keep only its size
        line = json.dumps({"time": record.get("time"), "truncated": True, "bytes": len(line)}).encode()
    return line


def _cut(value, limit: int, depth: int):
    if isinstance(value, str):
        return value if len(value) <= limit else value[:limit] + "…"
    if depth > 4:
        return None
    if isinstance(value, list):
        return [_cut(v, limit, depth + 1) for v in value[: max(1, limit // 200)]]
    if isinstance(value, dict):
        return {k: _cut(v, limit, depth + 1) for k, v in value.items()}
    return value
