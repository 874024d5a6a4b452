"""The page's handlers and settings without a server: what a session keeps, votes, the
`/ask` API's odd inputs, and the Gradio settings that close issue 12's holes.

``build_app`` runs over a stub engine holder, so these are fast; the same behaviour
through HTTP and the queue is in test_http_app.py.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

from qa.corpus import Profile

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import app as chat_app  # noqa: E402
import gradio as gr  # noqa: E402

from qa.chat import MAX_RECORD_BYTES, MAX_TURNS, FeedbackLog  # noqa: E402
from qa.engine import MAX_QUESTION_CHARS, MAX_RAW_QUESTION_CHARS  # noqa: E402
from qa.types import Answer, Citation, Turn  # noqa: E402
from qa.web import HttpLimits  # noqa: E402


class StubHolder:
    """Answers every question with one citation, and records what it was asked."""

    def __init__(self):
        self.asked: list[tuple[str, list]] = []
        self.engine = SimpleNamespace(index=SimpleNamespace(documents={}, folder=Path("build-stub")),
                                      profile=Profile(name="시험 Q&A", examples=("시험 질문은 무엇인가요?",)))

    def ask(self, question, history=()):
        self.asked.append((question, list(history)))
        cite = Citation(n=1, doc_id="d", title="제목", source="신문", date=None, url=None, text="앞. 인용 문장. 뒤.",
                        quote="인용 문장.", quote_start=3, quote_end=9, score=0.9)
        return Answer(question=question[:MAX_QUESTION_CHARS], answered=True, answer="인용 문장. [1]",
                      citations=(cite,))


@pytest.fixture
def page(tmp_path):
    holder = StubHolder()
    feedback = FeedbackLog(tmp_path / "feedback.jsonl")
    demo = chat_app.build_app(holder, feedback)
    fns = {f.fn.__name__: f.fn for f in demo.fns.values() if getattr(f, "fn", None)}
    return SimpleNamespace(demo=demo, holder=holder, feedback=feedback, respond=fns["respond"],
                           on_vote=fns["on_vote"], api_ask=fns["api_ask"])


def vote(page, turns, n: int, kind: str, reason: str | None = None):
    """What the page's vote buttons send for turn ``n``: the state they lead to."""
    return page.on_vote(f"vote:{n}:{kind}" + (f":{reason}" if reason else ""), turns)[1]


def test_a_huge_question_is_cut_before_the_engine_and_the_session_keeps_500_characters(page):
    question = "부산 데이터 예산은? " * 500_000  # 5.5 million characters
    _, chat, turns, _ = page.respond(question, [])
    asked = page.holder.asked[0][0]
    assert len(asked) <= MAX_RAW_QUESTION_CHARS
    assert len(turns) == 1 and len(turns[0]["question"]) <= MAX_QUESTION_CHARS + 1
    assert len(json.dumps(turns, ensure_ascii=False)) < 20_000  # was ~28 MB a session
    assert len(chat) == 2


def test_a_conversation_keeps_its_latest_turns_with_unique_ids(page):
    turns = []
    for i in range(MAX_TURNS + 15):
        _, chat, turns, _ = page.respond(f"질문 {i}", turns)
    assert len(turns) == MAX_TURNS and len(chat) == 2 * MAX_TURNS
    assert [t["n"] for t in turns] == list(range(15, MAX_TURNS + 15))
    ids = re.findall(r'id="(t\d+-cite-\d+)"', "".join(m["content"] for m in chat))
    assert len(ids) == len(set(ids)) == MAX_TURNS
    # the follow-up context sent to the engine is the kept turns, typed
    assert len(page.holder.asked[-1][1]) == MAX_TURNS
    assert page.holder.asked[-1][1][-1] == Turn(question=f"질문 {MAX_TURNS + 13}", answer="인용 문장. [1]",
                                                answered=True, quotes=("인용 문장.",), items=())


def test_one_vote_per_answer_changeable_and_withdrawable(page):
    turns = []
    for q in ("첫 질문", "둘째 질문"):
        _, _, turns, _ = page.respond(q, turns)
    first, second = turns[0]["n"], turns[1]["n"]
    for _ in range(50):  # the same 👍 sent again and again: one record
        turns = vote(page, turns, first, "up")
    turns = vote(page, turns, first, "none")  # withdrawn: stored as such, never as 👎
    turns = vote(page, turns, first, "none")  # and again: nothing new
    turns = vote(page, turns, second, "down")  # 👎, then a reason, then another
    turns = vote(page, turns, second, "down", "출처 부족")
    turns = vote(page, turns, second, "down", "틀림")
    turns = vote(page, turns, second, "up")  # changed
    for bad in ("vote:99:up", "vote:0:maybe", f"vote:{first}:up:틀림", f"vote:{first}:down:아무말", "drop table", "", None):
        turns = page.on_vote(bad, turns)[1]
    rows = page.feedback.read()
    assert [(r["question"], r["vote"], r["liked"], r["reason"]) for r in rows] == [
        ("첫 질문", "up", True, None), ("첫 질문", "none", None, None),
        ("둘째 질문", "down", False, None), ("둘째 질문", "down", False, "출처 부족"), ("둘째 질문", "down", False, "틀림"),
        ("둘째 질문", "up", True, None)]
    assert not [r for r in rows if r["question"] == "첫 질문" and r["liked"] is False]
    assert rows[0]["id"] == rows[1]["id"] != rows[2]["id"]  # the last record of an answer's id counts
    assert rows[0]["citations"] == [{"n": 1, "doc_id": "d", "quote": "인용 문장.", "score": 0.9}]
    # the page shows the vote: the pressed button withdraws it
    chat, kept, cleared = page.on_vote("vote:0:up", turns)
    assert cleared == "" and 'class="vote pressed" value="vote:0:none"' in chat[1]["content"]


def test_a_vote_on_a_huge_question_stores_a_small_record(page):
    _, _, turns, _ = page.respond("가" * 5_000_000, [])
    vote(page, turns, turns[0]["n"], "up")
    line = page.feedback.path.read_bytes()
    assert len(line) <= MAX_RECORD_BYTES + 1 and len(page.feedback.read()[0]["question"]) <= MAX_QUESTION_CHARS + 1


def test_the_feedback_log_is_rotated_at_its_size_cap(tmp_path):
    log = FeedbackLog(tmp_path / "feedback.jsonl", max_bytes=64 * 1024, backups=2)
    for i in range(2000):
        log.append({"i": i, "question": "질문 " * 100, "answer": "답 " * 200})
    assert log.total_bytes() <= 3 * 64 * 1024
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "feedback.jsonl", "feedback.jsonl.1", "feedback.jsonl.2"]
    kept = [r["i"] for r in log.read()]
    assert kept == list(range(kept[0], 2000)) and kept[0] > 0  # the newest, in order, no gap
    log.append({"question": "가" * 1_000_000, "answer": "나" * 1_000_000, "citations": [{"quote": "다" * 9000}] * 50})
    last = (tmp_path / "feedback.jsonl").read_bytes().splitlines()[-1]
    assert len(last) <= MAX_RECORD_BYTES and json.loads(last)["question"].startswith("가")


@pytest.mark.parametrize("question, history, expect", [
    (True, [], "문자열"), (12345, [], "문자열"), (None, [], "문자열"), (["a"], [], "문자열"),
    ("Yes", [], None), ("부산 데이터 예산은?", 42, "history"), ("부산 데이터 예산은?", "x", "history"),
    ("부산 데이터 예산은?", {"role": "user"}, "history"), ("부산 데이터 예산은?", None, None),
])
def test_the_api_answers_odd_inputs_in_korean(page, question, history, expect):
    out = page.api_ask(question, history)
    json.dumps(out, ensure_ascii=False)
    if expect == "문자열":
        assert out["answered"] is False and "문자열" in out["answer"] and not page.holder.asked
    elif expect == "history":
        assert page.holder.asked[-1][1] == [] and any("history" in n for n in out["notes"])
    else:
        assert page.holder.asked and not any("history" in n for n in out["notes"])


def test_the_gradio_settings_that_close_the_holes(page):
    demo = page.demo
    assert demo.api_open is False  # the /run and /api routes refuse queued functions
    state = next(b for b in demo.blocks.values() if isinstance(b, gr.State))
    assert state.time_to_live == chat_app.SESSION_TTL_SECONDS == 3600
    box = next(b for b in demo.blocks.values() if isinstance(b, gr.Textbox))
    assert box.max_length == chat_app.MAX_INPUT_CHARS
    assert not any(isinstance(b, gr.HTML) for b in demo.blocks.values())  # gr.HTML needs 'unsafe-eval'
    chat_app.make_asgi(demo, HttpLimits())
    assert demo.state_session_capacity == chat_app.MAX_SESSIONS
    assert demo.max_file_size == 1024 and demo.enable_monitoring is False
    # every event of the page goes through the queue but the examples' loader (which
    # Gradio never queues; qa.web lets only it through /run/predict), and only /ask is public
    assert [f.fn.__name__ for f in demo.fns.values() if not f.queue] == ["load_example"]
    public = [f.api_name for f in demo.fns.values() if f.api_visibility == "public"]
    assert public == ["ask"]


def test_gradio_keeps_its_files_in_a_private_folder():
    import os
    import stat

    folder = Path(os.environ["GRADIO_TEMP_DIR"])
    assert folder.name.startswith("busan-qa-gradio-") and stat.S_IMODE(folder.stat().st_mode) == 0o700
