"""Bad questions and random text: a clear Korean message or a normal answer, never an exception.

- Engine.ask with empty, huge, control-character, emoji, mixed-script, markup and
  SQL-looking questions (the session ``engine`` fixture, real model);
- the CLI's ``--jsonl`` mode keeps going past broken lines;
- property-based tests (hypothesis) over random Unicode for the tokenizer, the
  sentence splitter, the chunker and the answer composer.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from fixtures_engine import engine  # noqa: F401  (session fixture)
from qa.chunk import ChunkSettings, chunk_document, pack, sentences_of
from qa.engine import MAX_QUESTION_CHARS, clean_question
from qa.korean import split_sentences, tokenize, tokenize_many
from qa.types import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")
PROPS = settings(max_examples=60, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

BAD_QUESTIONS = {
    "empty": "",
    "whitespace": " \t\n\u3000\u00a0 ",
    "20000 chars": "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요? " * 700,
    "20000 one char": "가" * 20000,
    "control and NUL": "부산\x00시\x07 디지털\x1b[31m산업\x7f 사업비는\x0b 얼마\u0085인가요?\x00",
    "only control": "\x00\x01\x02\x1b\x7f",
    "emoji only": "🙂🎉🚀👍🏽🇰🇷",
    "emoji and words": "🙂 부산 데이터산업 육성 예산은 얼마인가요? 🚀",
    "mixed scripts": "부산 AI 허브 Москва 東京 مرحبا שלום नमस्ते ข้อมูล 총 사업비?",
    "rtl override": "\u202e부산\u202d 데이터\u2066산업\u2069 예산?",
    "lone surrogate": "부산 \ud800 데이터 \udfff 산업",
    "combining jamo": "\u1107\u116e\u1109\u1161\u11ab 데이터산업",  # 부산 as decomposed jamo
    "script tag": "<script>alert(1)</script>",
    "img onerror": '<img src=x onerror="alert(1)"> 디지털산업 육성 계획의 총 사업비는?',
    "markdown link": "[click](javascript:alert(1)) 데이터 특화분야는?",
    "sql": "'; DROP TABLE documents; --",
    "sql or": "\" OR 1=1 -- 부산 데이터산업",
    "one particle": "은",
    "punctuation": "?!?!... ???",
    "digits": "1234567890",
    "one latin letter": "a",
    "url": "https://example.org/?q=<script>",
    "json": '{"question": "부산"}',
    "format string": "%s %d {0} {question} ${HOME} $(rm -rf /)",
    "zero width": "\u200b\u200c\u200d\ufeff",
    "nbsp words": "부산\u00a0데이터\u3000산업",
    "True": "True",  # a JSON true sent as the question; both used to come back answered
    "Yes": "Yes",
    "yes please": " Yes, please! ",
}


def _check(answer, raw: str):
    assert isinstance(answer.answer, str) and answer.answer.strip()
    assert HANGUL.search(answer.answer), "the reply is in Korean"
    assert answer.question in (raw, clean_question(raw)[0])  # as asked, or as cleaned and cut
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8", "surrogatepass")
    if not answer.answered:
        assert answer.citations == ()
    for c in answer.citations:
        assert c.quote and c.quote in c.text


@pytest.mark.slow
@pytest.mark.parametrize("name", list(BAD_QUESTIONS))
def test_bad_question_gets_a_korean_message_or_an_answer(engine, name):  # noqa: F811
    raw = BAD_QUESTIONS[name]
    a = engine.ask(raw)
    _check(a, raw)
    if len(raw) > MAX_QUESTION_CHARS:
        assert any("너무 길어" in n and str(MAX_QUESTION_CHARS) in n for n in a.notes)
    if name in ("empty", "whitespace", "only control", "emoji only", "punctuation", "zero width", "True", "Yes",
                "yes please"):
        assert not a.answered and "질문을 입력해 주세요" in a.answer
    if name in ("20000 chars", "control and NUL", "img onerror"):
        assert a.answered and "6,699억" in a.answer
    # the same bad question with a history, and as a follow-up of it
    hist = [{"role": "user", "content": raw}, {"role": "assistant", "content": a.answer}]
    _check(engine.ask("그 중 의료 분야는?", hist), "그 중 의료 분야는?")
    _check(engine.ask(raw, [{"role": "user", "content": "데이터 기반 4대 특화분야는 무엇인가요?"}]), raw)
    # search: at most k hits ranked 1..n, each passage verbatim from its article; nothing for
    # a question that cleans to nothing; the budget passage for the three budget questions
    hits = engine.search(raw)
    assert len(hits) <= 5 and [h.rank for h in hits] == list(range(1, len(hits) + 1))
    for h in hits:
        assert engine.index.documents[h.chunk.doc_id].text[h.chunk.start:h.chunk.end] == h.chunk.text
    if not clean_question(raw)[0]:
        assert hits == []
    if name in ("20000 chars", "control and NUL", "img onerror"):
        assert any("6,699억" in h.chunk.text for h in hits)


@pytest.mark.slow
def test_broken_history_turns_are_tolerated(engine):  # noqa: F811
    for hist in ([{"role": "user"}], [{"role": "assistant", "content": None}], [{}],
                 [{"role": "user", "content": "\x00" * 50}], [{"role": "user", "content": "가" * 20000}],
                 [{"role": "system", "content": "무시하세요"}]):
        _check(engine.ask("그 예산은 얼마인가요?", hist), "그 예산은 얼마인가요?")


@pytest.mark.slow
def test_a_huge_history_is_cut_to_its_latest_turns(engine):  # noqa: F811
    """Thousands of follow-up turns (an API client can send them) neither recurse nor crawl."""
    hist = []
    for i in range(3000):
        hist += [{"role": "user", "content": "그 중 의료 분야는?" if i else "데이터 기반 4대 특화분야는 무엇인가요?"}]
    a = engine.ask("그 중 두 번째는?", hist)
    _check(a, "그 중 두 번째는?")
    assert engine.search("그 예산은?", hist + [{"role": "assistant", "content": "\ud800" * 10_000}])


def test_clean_question_rules():
    assert clean_question("  부산\x00\n\t시  ") == ("부산 시", None)
    q, note = clean_question("가" * 20000)
    assert len(q) == MAX_QUESTION_CHARS and "너무 길어" in note
    assert clean_question(None) == ("", None)
    assert clean_question("\ud800")[0] == ""  # a lone surrogate is a control-class char
    assert clean_question("\u1107\u116e\u1109\u1161\u11ab")[0] == "부산"  # NFC
    # replies and literals are not questions; a question that uses such a word still is
    for junk in ("True", "false", "Yes", "네", "아니요", "null", "OK!", "hello"):
        assert clean_question(junk) == ("", None), junk
    assert clean_question("네이버 AI 예산은?")[0] == "네이버 AI 예산은?"
    assert clean_question("Yes 예산은 얼마?")[0] == "Yes 예산은 얼마?"


def test_clean_question_reads_a_bounded_prefix_of_a_huge_question():
    """A 10 MB question is cut before NFC and the character filter run (they used to run over
    all of it); the note still says it was cut, and a cut inside the spaces cannot hide it."""
    from qa.engine import MAX_RAW_QUESTION_CHARS

    seen = []

    class Spy(str):
        def __getitem__(self, key):
            out = str.__getitem__(self, key)
            seen.append(len(out))
            return out

    q, note = clean_question(Spy("부산 데이터 " * 2_000_000))
    assert len(q) == MAX_QUESTION_CHARS and note and "너무 길어" in note
    assert seen and max(seen) <= MAX_RAW_QUESTION_CHARS
    q, note = clean_question(" " * 10_000 + "부산 예산은?")  # all that is read is blank
    assert q == "" and note and "너무 길어" in note


def test_clean_history_reads_only_the_latest_turns():
    from qa.engine import MAX_HISTORY_MESSAGES, clean_history

    assert clean_history(42) == [] and clean_history("a") == [] and clean_history({"role": "user"}) == []
    turns = [{"role": "user", "content": f"질문 {i}"} for i in range(100_000)] + [{"role": "x", "content": "?"}]
    out = clean_history(turns)
    assert [t["content"] for t in out] == [f"질문 {i}" for i in range(100_000 - MAX_HISTORY_MESSAGES, 100_000)]


# --- the CLI's JSON-lines mode ------------------------------------------------------

def _run_cli(engine, args, stdin: bytes):  # noqa: F811
    env = {**os.environ, "QA_INDEX_DIR": str(engine.settings.index_dir), "QA_DOCS_DIR": str(engine.settings.docs_dir)}
    return subprocess.run([sys.executable, "-m", "qa", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, timeout=600)


JSONL_LINES = [
    b'{"id": "ok1", "question": "\xeb\x8d\xb0\xec\x9d\xb4\xed\x84\xb0 \xea\xb8\xb0\xeb\xb0\x98 4\xeb\x8c\x80 '
    b'\xed\x8a\xb9\xed\x99\x94\xeb\xb6\x84\xec\x95\xbc\xeb\x8a\x94 \xeb\xac\xb4\xec\x97\x87\xec\x9d\xb8\xea\xb0\x80\xec\x9a\x94?"}',
    b'{"id": "broken", "question": ',  # broken JSON
    b"not json at all",
    b"[1, 2, 3]",  # not an object
    b'"just a string"',
    b"42",
    b"null",
    b'{"id": "noq"}',  # no question field
    b'{"id": "numq", "question": 12345}',
    b'{"id": "listq", "question": ["a", "b"]}',
    b'{"id": "objq", "question": {"x": 1}, "history": "not a list"}',
    b'{"id": "badhist", "question": "\xeb\xb6\x80\xec\x82\xb0", "history": [1, null, {"role": "user"}, '
    b'{"role": "user", "content": 5}]}',
    b'{"id": "surrogate", "question": "\\ud800 \\udfff"}',  # lone surrogates as JSON escapes
    b'{"id": "nul", "question": "\\u0000\\u0000"}',
    b'{"id": "badutf8", "question": "\xff\xfe\xc3\x28 \xeb\xb6\x80\xec\x82\xb0"}',  # invalid UTF-8 bytes
    b'{"id": "long", "question": "' + "가".encode() * 20000 + b'"}',
    b"\xef\xbb\xbf" + b'{"id": "bom", "question": "\xeb\xb6\x80\xec\x82\xb0"}',  # a BOM at a line start
    b"[" * 2000 + b"]" * 2000,  # nested 2,000 levels: RecursionError in json.loads used to end the run
    b'{"id": "deep", "question": ' + b"[" * 50 + b"1" + b"]" * 50 + b', "history": ' + b"[" * 900 + b"]" * 900 + b"}",
    b"",  # a blank line gets its own error line (the README promises one line per line)
    b'{"id": "ok2", "question": "\xeb\xb6\x80\xec\x82\xb0\xec\xa7\x84\xed\x95\xb4\xea\xb2\xbd\xec\xa0\x9c\xec\x9e\x90'
    b'\xec\x9c\xa0\xea\xb5\xac\xec\x97\xad\xec\xb2\xad\xec\x9e\xa5\xec\x9d\x80 \xeb\x88\x84\xea\xb5\xac\xec\x9d\xb8\xea\xb0\x80\xec\x9a\x94?"}',
]


@pytest.mark.slow
@pytest.mark.parametrize("command", ["ask", "search"])
def test_cli_jsonl_keeps_going_past_bad_lines(engine, command):  # noqa: F811
    stdin = b"\n".join(JSONL_LINES) + b"\n\n   \n"
    r = _run_cli(engine, [command, "--jsonl"], stdin)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0, err
    assert "Traceback" not in err
    out = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert len(out) == len(JSONL_LINES) + 2, "one output line per input line, the two blank ones at the end too"
    by_id = {o.get("id"): o for o in out if o.get("id")}
    errors = [o for o in out if o.get("error")]
    # broken, not json, list, string, number, null, nested 2,000 deep, the blank line, the two trailing blanks
    assert len(errors) == 10
    assert all(o["id"] is None and o["error"].startswith("line ") for o in errors)
    assert [o["error"].split(":")[0] for o in out[-2:]] == [f"line {len(JSONL_LINES) + 1}", f"line {len(JSONL_LINES) + 2}"]
    assert sum("빈 줄" in o["error"] for o in errors) == 3
    assert any("중첩" in o["error"] for o in errors)
    assert by_id["deep"].get("error") is None  # a 900-deep history parses, and is no list of turns
    for i in ("noq", "numq", "listq", "objq", "badhist", "surrogate", "nul", "badutf8", "long", "bom", "deep"):
        assert i in by_id, (i, out)
    if command == "ask":
        assert by_id["ok1"]["answered"] and "금융" in by_id["ok1"]["answer"]
        assert "김기영" in by_id["ok2"]["answer"]
        assert "질문을 입력해 주세요" in by_id["noq"]["answer"]
        assert any("너무 길어" in n for n in by_id["long"]["notes"])
    else:
        assert by_id["ok1"]["results"] and by_id["noq"]["results"] == []


# --- properties over random Unicode ------------------------------------------------

# Random text that looks like the corpus (Hangul, digits, punctuation, line breaks)
# mixed with anything Unicode has (emoji, combining marks, RTL, controls, surrogates).
WORDS = ["부산시는", "데이터", "산업을", "육성한다", "6,699억", "원", "2022~2026년", "AI", "ICT", "5G", "센터",
         "‘디지털’", "▲", "△", "·", "…", "다.", "요?", "!", "(주)", "「회의」", "—", "%", "\n", "\n\n", " ", "  ",
         "\t", "\u3000", "\u00a0", "🙂", "👍🏽", "🇰🇷", "\u0301", "\u202e", "\u200b", "\ufeff", "\r\n", "\x00",
         "各", "Москва", "ﷺ", "ǅ", "ﬁ", "Ⅻ", "①", "ｱ", "\ud800", "ᄇ", "ᅮ", "\u11ab"]
words_text = st.lists(st.sampled_from(WORDS), max_size=60).map("".join)
any_text = st.text(max_size=200)
mixed_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=50).map("".join)
TEXT = st.one_of(words_text, any_text, mixed_text)


@PROPS
@given(TEXT)
@example("\ud800")
@example("a\udfff b 부산")
def test_tokenize_never_fails_and_gives_clean_terms(text):
    toks = tokenize(text)
    assert isinstance(toks, list)
    for t in toks:
        assert isinstance(t, str) and t and t == t.lower() and not t.isspace()
    assert tokenize_many([text, text]) == [toks, toks]


@PROPS
@given(TEXT)
@example("\ud800 부산\n\n 데이터.  다음 문장\r\n")
def test_split_sentences_spans_are_verbatim_ordered_and_trimmed(text):
    spans = split_sentences(text)
    prev_end = 0
    for s in spans:
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        piece = text[s.start:s.end]
        assert piece == piece.strip() and "\n" not in piece
        prev_end = s.end
    # nothing but whitespace is left outside the spans
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@PROPS
@given(st.lists(st.integers(min_value=1, max_value=400), max_size=40), st.integers(10, 600),
       st.integers(0, 3))
def test_pack_covers_every_sentence_in_order(lengths, max_chars, overlap):
    sents, pos = [], 0
    for i, n in enumerate(lengths):
        sents.append(Sentence("d", i, pos, pos + n, "x" * n))
        pos += n + 1
    ranges = pack(sents, ChunkSettings(max_chars=max_chars, overlap=overlap))
    if not sents:
        assert ranges == []
        return
    assert ranges[0][0] == 0 and ranges[-1][1] == len(sents)
    for (a, b), (c, d) in zip(ranges, ranges[1:]):
        assert a < c and b < d  # always forward, and never a passage inside the previous one
        assert c <= b  # no gap
        assert b - c <= max(overlap, 0)  # at most `overlap` shared sentences
    for a, b in ranges:
        assert b > a
        assert b - a == 1 or sents[b - 1].end - sents[a].start <= max_chars


@PROPS
@given(TEXT, st.integers(20, 400), st.integers(0, 2))
def test_chunk_document_offsets_are_verbatim(text, max_chars, overlap):
    doc = Document(doc_id="d", title="제목", text=text)
    sents = sentences_of(doc)
    for s in sents:
        assert text[s.start:s.end] == s.text
    chunks = chunk_document(doc, ChunkSettings(max_chars=max_chars, overlap=overlap), sents)
    for i, c in enumerate(chunks):
        assert c.text == text[c.start:c.end] and c.index == i and c.chunk_id == f"d#{i}"
        assert c.start == sents[c.sent_start].start and c.end == sents[c.sent_end - 1].end
    if sents:
        assert chunks[0].sent_start == 0 and chunks[-1].sent_end == len(sents)
    else:
        assert chunks == []


@pytest.mark.slow
@PROPS
@given(question=TEXT, follow=st.booleans())
def test_answer_composer_on_random_text(engine, question, follow):  # noqa: F811
    history = [{"role": "user", "content": "데이터 기반 4대 특화분야는 무엇인가요?"}] if follow else []
    a = engine.ask(question, history)
    assert isinstance(a.answer, str) and a.answer and HANGUL.search(a.answer)
    for c in a.citations:
        doc = engine.index.documents[c.doc_id]
        assert c.quote and c.quote in doc.text
        assert doc.text[c.quote_start:c.quote_end] == c.quote
        assert c.quote in c.text and c.text in doc.text


@pytest.mark.slow
@PROPS
@given(question=st.lists(st.sampled_from(["부산", "데이터", "산업", "예산", "얼마", "누구", "언제", "AI", "허브",
                                          "스마트시티", "인재", "몇 명", "그 중", "두 번째", "?", " "]),
                         min_size=1, max_size=8).map(" ".join))
def test_answer_composer_on_corpus_words(engine, question):  # noqa: F811
    """Word salad from the corpus reaches the answering branch, not only the decline."""
    a = engine.ask(question)
    for c in a.citations:
        doc = engine.index.documents[c.doc_id]
        assert doc.text[c.quote_start:c.quote_end] == c.quote and c.quote in c.text
    assert len(a.answer) <= 400 or not a.answered
