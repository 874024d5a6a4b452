"""qa.chat: untrusted text is inert in the page; the feedback log survives torn writes."""
from __future__ import annotations

import html
import json

from hypothesis import given, settings, strategies as st

from qa.chat import FeedbackLog, engine_history, highlight, render_answer, safe, safe_url
from qa.types import Answer, Citation

PAYLOADS = ['<img src=x onerror="window.__xss=1">', "<script>window.__xss=1</script>",
            "[click](javascript:window.__xss=1)", "![x](http://evil/x.png)", "**bold** _it_ `code`"]


def test_safe_leaves_no_markup():
    for p in PAYLOADS:
        out = safe(p)
        assert "<" not in out and ">" not in out and "[" not in out and "(" not in out and "*" not in out
        assert "javascript:" not in out  # the colon is an entity too


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
       | st.text(alphabet="'\"&<>#;x27[]()*_", max_size=30))
def test_safe_shows_the_text_as_written(text):
    # The browser decodes each entity once: what it shows must be the text itself. Escaping
    # HTML first and Markdown after once broke "&#x27;" into "&&#35;x27;", and every
    # apostrophe in a question ("Busan's") or an article ('스테이션F') showed as "&#x27;".
    assert html.unescape(safe(text)) == text


def test_safe_apostrophe_is_one_entity():
    assert safe("Busan's") == "Busan&#39;s"
    assert "&&" not in safe("'스테이션F' & 5G")


def test_safe_url_only_http():
    assert safe_url("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url(None) is None


def _citation(**kw):
    base = dict(n=1, doc_id="d", title="<b>제목</b>", source="신문", date=None, url="javascript:x()",
                text="앞 문장. 인용 <script>문장</script>. 뒤 문장.", quote="인용 <script>문장</script>.",
                quote_start=0, quote_end=1, score=1.0)
    base.update(kw)
    return Citation(**base)


def test_render_answer_escapes_and_links_markers():
    a = Answer(question="q", answer="답 <img src=x onerror=alert(1)> [1]", answered=True, citations=(_citation(),))
    html = render_answer(a, turn=3)
    assert "<img" not in html and "<script>" not in html and "<b>제목" not in html
    assert 'href="#t3-cite-1"' in html and 'id="t3-cite-1"' in html
    assert "javascript" not in html  # a non-http url is not linked
    assert "날짜 미상" in html


def test_highlight_marks_the_quote_inside_the_passage():
    out = highlight("앞. 핵심 문장. 뒤.", "핵심 문장.")
    assert out.count("<mark") == 1 and "핵심 문장." in out


def test_engine_history_alternates_roles():
    h = engine_history([{"question": "q1", "answer": "a1"}, {"question": "q2", "answer": "a2"}])
    assert [t["role"] for t in h] == ["user", "assistant", "user", "assistant"]


def test_feedback_log_appends_and_skips_a_torn_line(tmp_path):
    log = FeedbackLog(tmp_path / "fb" / "feedback.jsonl")
    log.append({"liked": True, "question": "q1"})
    with open(log.path, "ab") as f:  # a crash in the middle of a write
        f.write(b'{"liked": false, "quest')
    log.append({"liked": False, "question": "q2"})
    rows = log.read()
    assert [r["question"] for r in rows] == ["q1", "q2"]
    lines = log.path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["question"] == "q2"
