"""qa.reload.EngineHolder: the app follows `qa index` while serving.

Real index builds and engines over the small three-article corpus with the fast fake
embedder (conftest.py); which text an engine serves is read from its search hits. The
same behaviour with the real model, through the running app, is in test_http_app.py.
"""
from __future__ import annotations

import threading
import time

import pytest

from qa.engine import Engine
from qa.index import POINTER, build_index
from qa.reload import SWAPPED_NOTE, EngineHolder, read_pointer

QUESTION = "데이터 2500종을 몇 종으로 늘릴 계획인가요?"
# The fake embedder answers only a sentence asked word for word; this one is the edited one.
VERBATIM = "시는 2025년까지 데이터 2500종을 1만종으로 늘릴 계획이다."


@pytest.fixture
def served(small_corpus, make_embedder):
    settings = small_corpus
    embedder = make_embedder()
    build_index(settings, embedder, progress=False)
    logs: list[str] = []
    holder = EngineHolder(Engine(settings, embedder=embedder, progress=False), poll_seconds=0.05,
                          retry_seconds=0.0, log=logs.append)
    yield settings, embedder, holder, logs
    holder.stop()


def edit(settings, old: str, new: str) -> None:
    path = settings.docs_dir / "data-center.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def served_text(engine) -> str:
    """The data-center article as this engine indexed it."""
    return engine.index.documents["data-center"].text


def test_a_rebuild_is_picked_up_and_swapped_in(served):
    settings, embedder, holder, logs = served
    first, old_build = holder.engine, holder.build
    assert holder.check() is False  # nothing changed
    edit(settings, "2500종", "3700종")
    build_index(settings, embedder, progress=False)
    assert read_pointer(settings.index_dir) != old_build
    assert holder.check() is True
    assert holder.engine is not first and holder.build == read_pointer(settings.index_dir)
    assert "3700종" in served_text(holder.engine) and "2500종" not in served_text(holder.engine)
    hits = holder.engine.search(QUESTION)
    assert any("3700종" in h.chunk.text for h in hits) and not any("2500종" in h.chunk.text for h in hits)
    assert holder.status().notes() == ()
    assert any(old_build in line and holder.build in line for line in logs)
    # the old engine still works for whoever holds it (its files may be gone: memory maps stay valid)
    assert any("2500종" in h.chunk.text for h in first.search(QUESTION))


def test_edited_articles_not_yet_indexed_are_announced_in_every_answer(served):
    settings, embedder, holder, _ = served
    edit(settings, "2500종", "3700종")
    holder.check()
    notes = holder.ask(QUESTION).notes
    assert any("data-center" in n and "색인 이후 바뀌었습니다" in n for n in notes), notes
    assert "2500종" in served_text(holder.engine)  # still the indexed text, and it says so
    build_index(settings, embedder, progress=False)
    holder.check()
    assert not any("바뀌었습니다" in n for n in holder.ask(QUESTION).notes)


def test_a_question_in_flight_finishes_on_the_engine_it_started_with(served):
    settings, embedder, holder, _ = served
    old = holder.engine
    entered, release = threading.Event(), threading.Event()
    real_ask = old.ask

    def slow_ask(question, history=()):
        entered.set()
        release.wait(30)
        return real_ask(question, history)

    old.ask = slow_ask
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("answer", holder.ask(VERBATIM)))
    t.start()
    assert entered.wait(30)
    edit(settings, "2500종", "3700종")
    build_index(settings, embedder, progress=False)
    assert holder.check() is True and holder.engine is not old  # swapped while the question runs
    release.set()
    t.join(30)
    answer = out["answer"]
    assert SWAPPED_NOTE in answer.notes  # it says it came from the previous index
    # its quote is the text of the build that answered, which the new build no longer has
    assert answer.answered and [c.quote for c in answer.citations] == [VERBATIM]
    assert VERBATIM in served_text(old) and VERBATIM not in served_text(holder.engine)
    answer = holder.ask(VERBATIM)  # asked again: the new build, which no longer says so
    assert SWAPPED_NOTE not in answer.notes and VERBATIM not in [c.quote for c in answer.citations]


def test_a_build_that_cannot_be_loaded_keeps_the_old_one_and_says_so(served):
    settings, embedder, holder, logs = served
    good = holder.build
    broken = settings.index_dir / "build-20990101-000000-1"
    broken.mkdir()
    (broken / "manifest.json").write_text("{ not json", encoding="utf-8")
    (settings.index_dir / POINTER).write_text(broken.name + "\n", encoding="utf-8")
    assert holder.check() is False
    assert holder.build == good
    notes = holder.ask(QUESTION).notes
    assert any("불러오지 못해" in n and "qa index" in n for n in notes), notes
    assert any("불러오지 못해" in line for line in logs)
    build_index(settings, embedder, progress=False)  # the repair
    assert holder.check() is True and holder.status().error is None
    assert not any("불러오지" in n for n in holder.ask(QUESTION).notes)


def test_the_background_poller_swaps_without_being_asked(served):
    settings, embedder, holder, _ = served
    old_build = holder.build
    holder.start()
    edit(settings, "2500종", "3700종")
    build_index(settings, embedder, progress=False)
    deadline = time.time() + 60  # a bound on a hung poller, not a speed check
    # the poller switches the engine first and counts the swap a few statements later: wait for both
    while (holder.build == old_build or holder.swaps == 0) and time.time() < deadline:
        time.sleep(0.05)
    assert holder.build != old_build and "3700종" in served_text(holder.engine)
    assert holder.swaps == 1
