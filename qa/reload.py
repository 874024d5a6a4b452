"""Serving the live index: an engine holder that follows the index's CURRENT pointer.

`qa index` writes a new build folder and then replaces ``index/CURRENT``; the running app
used to keep answering from the old build (from memory-mapped files already deleted)
until restarted: 4.5 minutes of "6,699억" after the article said 8,888억.

``EngineHolder`` polls the pointer from a background thread. When it changes, it loads
the new build *beside* the old one (same embedder: the model is the big part), warms it
up, and swaps one reference. Each question reads that reference once at its start
(``holder.engine``), so questions in flight finish on the engine they began with and a
quote always comes from the text of the build that answered. Until the swap, or when
the articles were edited and not re-indexed, or when a new build could not be loaded,
each answer carries a note saying so: staleness is visible, never silent.
"""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from .engine import Engine
from .index import FIX_BUILD, POINTER, Staleness, staleness
from .load import document_files
from .types import Answer

POLL_SECONDS = 2.0
# A build that failed to load is tried again after this long even if CURRENT stays put
# (a disk that was full, a file being copied in by hand).
RETRY_SECONDS = 30.0


SWAPPED_NOTE = "이 답을 찾는 동안 기사 색인이 갱신되었습니다. 이 답은 이전 색인 기준이니, 다시 물어보면 새 색인으로 답합니다."


@dataclass(frozen=True)
class IndexStatus:
    build: str  # the build folder answering now
    pending: str | None = None  # CURRENT names this build, not loaded yet
    error: str | None = None  # why the build CURRENT names could not be loaded
    stale: Staleness = Staleness()  # articles changed since the answering build

    def notes(self) -> tuple[str, ...]:
        """What a user should know about the answer's freshness (Korean, one line each)."""
        out = []
        if self.pending and not self.error:
            out.append("기사 색인이 방금 갱신되어 새 색인을 불러오는 중입니다. 이 답은 이전 색인 기준입니다.")
        if self.error:
            out.append("새 기사 색인을 불러오지 못해 이전 색인으로 답했습니다. 관리자는 서버 로그를 확인하고 "
                       f"다시 색인하세요: {FIX_BUILD}")
        changed = ", ".join((*self.stale.changed, *self.stale.added, *self.stale.removed)[:5])
        if changed:
            out.append(f"일부 기사({changed})가 색인 이후 바뀌었습니다. 색인을 갱신하기 전까지 이 답은 이전 판 기준입니다.")
        if self.stale.rules:
            out.append("색인이 이전 판의 기사 정리 규칙(문장 나누기 포함)으로 만들어졌습니다. 다시 색인하기 전까지 이 답은 이전 규칙으로 "
                       f"정리한 기사 기준입니다: {FIX_BUILD}")
        return tuple(out)


def read_pointer(root: Path) -> str | None:
    """The build name in ``root/CURRENT``, or None while it cannot be read."""
    try:
        return (Path(root) / POINTER).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _docs_signature(docs_dir: Path) -> tuple:
    """Names, sizes and mtimes of the article files: cheap to take every poll, and it
    changes whenever an article is added, removed or saved (hashing waits for that)."""
    try:
        out = []
        for p in document_files(docs_dir):
            st = p.stat()
            out.append((p.name, st.st_size, st.st_mtime_ns))
        return tuple(out)
    except OSError:
        return ()


class EngineHolder:
    """The engine that answers now, replaced atomically when the index is rebuilt.

    ``load(old_engine) -> Engine`` builds the new engine; the default reuses the old
    engine's settings and embedder and never builds an index itself (the app is a
    reader: `qa index` writes).
    """

    def __init__(self, engine: Engine, *, load: Callable[[Engine], Engine] | None = None,
                 poll_seconds: float = POLL_SECONDS, retry_seconds: float = RETRY_SECONDS,
                 log: Callable[[str], None] | None = None):
        self._engine = engine
        self._load = load or _load_beside
        self.poll_seconds = poll_seconds
        self.retry_seconds = retry_seconds
        self._log = log or (lambda s: print(s, file=sys.stderr, flush=True))
        self._root = Path(engine.settings.index_dir)
        self._docs_dir = Path(engine.settings.docs_dir)
        self._check_lock = threading.Lock()  # one load at a time
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failed: tuple[str, float] | None = None  # (build name, when)
        self._error: str | None = None
        self._docs_sig = _docs_signature(self._docs_dir)
        self._stale = engine.stale
        self._pending: str | None = None
        self.swaps = 0

    # -- what request handlers use ---------------------------------------------------
    @property
    def engine(self) -> Engine:
        """The engine to use for one whole request: read it once, keep the reference."""
        return self._engine

    @property
    def build(self) -> str:
        return self._engine.index.folder.name

    def status(self) -> IndexStatus:
        return IndexStatus(self.build, self._pending, self._error, self._stale)

    def ask(self, question: str, history: Sequence[dict] = ()) -> Answer:
        engine = self._engine  # this question finishes on this engine, whatever swaps meanwhile
        answer = engine.ask(question, history)
        notes = self.status().notes() if engine is self._engine else (SWAPPED_NOTE,)
        return replace(answer, notes=answer.notes + notes) if notes else answer

    # -- polling --------------------------------------------------------------------
    def check(self) -> bool:
        """One look at CURRENT and the articles; load and swap if the build changed.
        Returns True when a new engine took over."""
        with self._check_lock:
            self._check_docs()
            name = read_pointer(self._root)
            if name is None or name == self.build:
                self._pending = None
                if name == self.build:
                    self._error = None
                return False
            self._pending = name
            if self._failed and self._failed[0] == name and time.monotonic() - self._failed[1] < self.retry_seconds:
                return False
            try:
                new = self._load(self._engine)
            except Exception as e:  # a half-copied or damaged build: keep answering from the old one
                self._failed, self._error = (name, time.monotonic()), f"{type(e).__name__}: {e}"
                self._log(f"경고: 새 색인 {name}을 불러오지 못해 이전 색인 {self.build}로 계속 답합니다: "
                          f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
                return False
            old = self.build
            self._engine = new  # one reference: requests read it once, so this swap is atomic for them
            self._failed = self._error = None
            self._pending = None if read_pointer(self._root) == self.build else read_pointer(self._root)
            self._stale = new.stale
            self._docs_sig = _docs_signature(self._docs_dir)
            self.swaps += 1
            self._log(f"새 색인으로 바꿨습니다: {old} → {self.build}")
            return True

    def _check_docs(self) -> None:
        sig = _docs_signature(self._docs_dir)
        if sig != self._docs_sig:
            self._docs_sig = sig
            self._stale = staleness(self._engine.index, self._docs_dir)

    def start(self) -> "EngineHolder":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="index-reload", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.check()
            except Exception as e:  # the poller must outlive any one bad look
                self._log(f"경고: 색인 확인 중 오류: {type(e).__name__}: {e}")


def _load_beside(old: Engine) -> Engine:
    new = Engine(old.settings, embedder=old.embedder, auto_build=False, progress=False,
                 log=lambda s: print(s, file=sys.stderr))
    new.warm_up()
    return new
