"""부산 정책 Q&A — the Gradio chat page.

    .venv/bin/python app.py [--host 127.0.0.1] [--port 7860]

Binds 127.0.0.1 unless told otherwise, never creates a share link, sends no analytics,
and needs no internet: fonts are the system's, the model and index are local. The
answer function is also an API endpoint (`/ask`) for gradio_client, reached only
through the queue.

Safe to face the internet behind the proxy in deploy/ (docs/reliability.md, "HTTP and
operation"): the app itself bounds request bodies, questions, sessions and the feedback
log, refuses uploads and the queue-skipping routes, sets security headers (qa/web.py),
times out slow clients, and follows `qa index` while serving (qa/reload.py).
"""
from __future__ import annotations

import argparse
import atexit
import html
import os
import re
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

# Before gradio is imported: no usage analytics, no hub, no telemetry.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _private_temp_dir() -> str:
    """Gradio's cache goes to a folder only this process can read, removed at exit. The
    default, /tmp/gradio, is shared by every Gradio app on the machine and served back."""
    path = tempfile.mkdtemp(prefix="busan-qa-gradio-")  # mode 0700
    atexit.register(shutil.rmtree, path, True)
    return path


# Read by gradio at import time, so set here.
os.environ.setdefault("GRADIO_TEMP_DIR", _private_temp_dir())

import gradio as gr  # noqa: E402

from qa.chat import (FeedbackLog, add_turn, apply_vote, chat_messages, engine_turns, make_turn,  # noqa: E402
                     next_turn_number, render_corpus, render_sources_panel, safe)
from qa.admin import admin_routes  # noqa: E402
from qa.config import PROJECT_ROOT, Settings  # noqa: E402
from qa.corpus import Profile, load_profile  # noqa: E402
from qa.engine import MAX_QUESTION_CHARS, MAX_RAW_QUESTION_CHARS, Engine  # noqa: E402
from qa.reload import EngineHolder  # noqa: E402
from qa.types import Answer  # noqa: E402
from qa.web import Endpoints, Guard, HttpLimits, hold_html, serve  # noqa: E402

# The page's name, scope and example questions are the collection's (documents/corpus.yaml,
# or the documents' titles): see qa/corpus.py.
# Concurrency: answers take ~20 ms and the embedder serialises on a lock, so a few
# workers keep the page responsive without piling threads on 2 cores; the queue
# bounds memory under a burst (requests beyond it get a "busy" error at once).
CONCURRENCY = 4
QUEUE_MAX = 256
# A conversation is forgotten this long after its last question (QA_SESSION_TTL), and at
# most this many are kept (QA_MAX_SESSIONS; the least recently used go first). Each is
# bounded (qa.chat.MAX_TURNS turns of cut text), so together they stay in the low
# hundreds of MB at worst.
SESSION_TTL_SECONDS = 3600
MAX_SESSIONS = 2000
# The question box takes this much; the engine reads 500 characters of it.
MAX_INPUT_CHARS = 2000

NOT_TEXT = "질문은 글자(문자열)로 보내 주세요."
BAD_HISTORY = ("대화 기록(history)은 [{\"role\": \"user\" 또는 \"assistant\", \"content\": \"...\"}] 목록이어야 해서 "
               "무시하고 이 질문만으로 답했습니다.")

# The page's own script, written into the served HTML (so it runs before Gradio picks its
# language) and given the response's CSP nonce by qa.web.Guard like any inline script.
# Everything it does is in the page: no request leaves the machine.
PAGE_SCRIPT = r"""(function () {
  // Korean whatever the browser's language: Gradio's strings follow navigator.language.
  try {
    Object.defineProperty(Navigator.prototype, "language", {get: function () { return "ko-KR"; }, configurable: true});
    Object.defineProperty(Navigator.prototype, "languages", {get: function () { return ["ko-KR", "ko"]; }, configurable: true});
  } catch (e) {}
  var root = document.documentElement;
  root.lang = "ko";
  try { if (localStorage.getItem("qa-big-text") === "1") root.classList.add("big-text"); } catch (e) {}
  // The page stays light on purpose (its colours are checked for contrast in light only):
  // Gradio would follow the phone's dark setting.
  var KOREAN = {"Info": "안내", "Error": "오류", "Warning": "주의", "Success": "완료",
    "Connection to the server was lost. Attempting reconnection...": "서버와 연결이 끊겼습니다. 다시 연결하는 중입니다…",
    "Connection errored out.": "서버에 연결할 수 없습니다. 잠시 뒤 다시 시도해 주세요.",
    "Lost connection to server.": "서버와 연결이 끊겼습니다."};
  var LABELS = {"chatbot conversation": "대화"};
  function tidy() {
    if (document.body && document.body.classList.contains("dark")) document.body.classList.remove("dark");
    if (root.lang !== "ko") root.lang = "ko";
    // the chat's sanitizer drops aria-*: a vote button's state comes from its class
    document.querySelectorAll(".tools button.pressed, .tools button.unpressed").forEach(function (b) {
      var v = b.classList.contains("pressed") ? "true" : "false";
      if (b.getAttribute("aria-pressed") !== v) b.setAttribute("aria-pressed", v);
    });
    // Gradio's chat names itself and its messages in English (and a message by its raw HTML)
    document.querySelectorAll("#chat [aria-label]").forEach(function (el) {
      var v = el.getAttribute("aria-label"), k = LABELS[v] || (/^bot's message: /.test(v) ? "답변" :
        /^user's message: /.test(v) ? "질문" : null);
      if (k && k !== v) el.setAttribute("aria-label", k);
    });
    // ...and their names: an answer's buttons are named by their own text
    document.querySelectorAll("#chat .msg button:not([aria-label])").forEach(function (b) {
      b.setAttribute("aria-label", b.textContent.replace(/\s+/g, " ").trim());
    });
    document.querySelectorAll(".toast-wrap *").forEach(function (el) {
      if (el.children.length === 0 && KOREAN[el.textContent.trim()]) el.textContent = KOREAN[el.textContent.trim()];
    });
  }
  var queued = false;
  new MutationObserver(function () {
    if (!queued) { queued = true; requestAnimationFrame(function () { queued = false; tidy(); }); }
  }).observe(root, {subtree: true, childList: true, attributes: true, attributeFilter: ["class", "lang", "aria-label"]});

  function send(action) {
    // the page's vote reaches the server through a hidden box and button (queued events)
    var box = document.querySelector("#action textarea"), go = document.getElementById("action-send");
    if (!box || !go) return;
    box.value = action;
    box.dispatchEvent(new Event("input", {bubbles: true}));
    setTimeout(function () { go.click(); }, 60);
  }
  function copy(text, button) {
    function done() { var t = button.textContent; button.textContent = "복사됨"; setTimeout(function () { button.textContent = t; }, 1500); }
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(done, function () {}); return; }
    var area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); done(); } catch (e) {}
    area.remove();
  }
  document.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target : null;
    if (!t) return;
    var a = t.closest("a.marker");
    if (a) {  // a citation marker opens its source and scrolls to it
      var id = (a.getAttribute("href") || "").replace(/^#/, ""), d = id && document.getElementById(id);
      if (d) { e.preventDefault(); d.open = true; d.scrollIntoView({block: "nearest"}); }
      return;
    }
    var b = t.closest("button");
    if (!b) return;
    if (b.id === "bigger") {
      var on = root.classList.toggle("big-text");
      b.setAttribute("aria-pressed", on ? "true" : "false");
      try { localStorage.setItem("qa-big-text", on ? "1" : "0"); } catch (x) {}
    } else if (b.classList.contains("copy") && b.value) {
      copy(b.value, b);
    } else if (b.classList.contains("print")) {
      var msg = b.closest(".msg");
      if (!msg) return;
      msg.querySelectorAll("details").forEach(function (d) { d.open = true; });
      msg.classList.add("printing"); root.classList.add("print-one");
      window.addEventListener("afterprint", function () { msg.classList.remove("printing"); root.classList.remove("print-one"); }, {once: true});
      window.print();
    } else if (b.classList.contains("topic") && b.value) {
      var q = document.querySelector("#question textarea");
      if (!q) return;
      q.value = b.value;
      q.dispatchEvent(new Event("input", {bubbles: true}));
      setTimeout(function () { var s = document.getElementById("send"); if (s) s.click(); }, 60);
    } else if ((b.classList.contains("vote") || b.classList.contains("reason")) && /^vote:/.test(b.value)) {
      send(b.value);
    }
  }, true);
  document.addEventListener("DOMContentLoaded", function () {
    var big = document.getElementById("bigger");
    if (big) big.setAttribute("aria-pressed", root.classList.contains("big-text") ? "true" : "false");
  });
})();"""

# Colours: every text/background pair is WCAG 2.1 AA (4.5:1) or better on white; the page
# does not follow the system's dark mode (see PAGE_SCRIPT). Phone first: the chat grows
# with its content, targets are 44 px, the input is 16 px (iOS zooms into smaller ones).
CSS = """
:root, body, .gradio-container { color-scheme: light; }
body { background: #ffffff !important; color: #1f2937 !important; }
.gradio-container { --color-accent: #4338ca; --button-primary-background-fill: #4338ca;
  --button-primary-background-fill-hover: #3730a3; --button-primary-text-color: #ffffff;
  --body-text-color-subdued: #4b5563; --block-label-text-color: #374151; --block-title-text-color: #374151; }
html.big-text .gradio-container { --text-sm: 17px; --text-md: 20px; --text-lg: 22px; --text-xl: 26px; --text-xxl: 30px;
  --block-label-text-size: 17px; --block-info-text-size: 17px; }
html.big-text .answer, html.big-text .sources, html.big-text .tools button, html.big-text ul.corpus,
html.big-text #question textarea, html.big-text .pending, html.big-text .suggest { font-size: 20px !important; }
#question textarea { font-size: 16px !important; }
#question textarea:focus-visible, #question textarea:focus { outline: 3px solid #4338ca !important; outline-offset: 2px; }
#send, #new-chat, #bigger { min-height: 44px; min-width: 44px; }
#send { background: #4338ca !important; color: #ffffff !important; border-color: #4338ca !important; }
.answer { line-height: 1.6; }
.answer .lead { font-weight: 800; }
.marker { font-weight: 700; text-decoration: none; padding: 0 2px; color: #3730a3 !important; }
.sources { margin-top: .6em; border-top: 1px solid #d1d5db; padding-top: .4em; font-size: .95em; }
.sources-title { color: #374151; font-size: .95em; }
details.cite { margin: .3em 0; }
details.cite summary { cursor: pointer; min-height: 44px; display: list-item; padding: .55em 0; }
details.cite .passage { margin: .3em 0 .5em 1em; color: #1f2937; }
a.origin { display: inline-block; min-height: 44px; line-height: 44px; color: #3730a3 !important; }
mark.quote, mark { background: #fde68a; color: #111827; padding: 0 2px; }
.note, .suggest { color: #6b4f00; font-size: .95em; margin-top: .4em; }
.suggest button.topic { display: inline-block; min-height: 44px; margin: .25em .3em 0 0; padding: .3em .8em;
  border: 1px solid #4338ca; border-radius: 8px; background: #eef2ff; color: #312e81; cursor: pointer; }
.tools { margin-top: .5em; display: flex; flex-wrap: wrap; gap: .35em; align-items: center; }
.tools button { min-height: 44px; min-width: 44px; padding: 0 .7em; border: 1px solid #9ca3af; border-radius: 8px;
  background: #ffffff; color: #1f2937; cursor: pointer; font-size: 1em; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.tools button.pressed { background: #e0e7ff; border-color: #4338ca; color: #1e1b4b; font-weight: 700; }
.tools .thanks, .tools .reasons > span { color: #374151; font-size: .95em; }
.pending { color: #374151; font-style: italic; }
ul.corpus { margin: 0; padding-left: 1.1em; font-size: .95em; }
ul.corpus .meta { color: #4b5563; }
#indexed { color: #374151; font-size: .95em; }
.bridge { display: none !important; }
/* the chat's own trash button sat over the first question; "새 대화" does the same */
#chat .icon-button-wrapper.top-panel { display: none !important; }
/* the chat is a page of its own, not a box: it grows with what is said */
#chat { border: none; }
#chat .message-wrap, #chat .bubble-wrap { overflow: visible; }
/* toasts under the header would hide it: bottom of the screen */
.toast-wrap { top: auto !important; bottom: 16px !important; }
@media (max-width: 768px) {
  /* on a phone the sources are inside each answer; the side panel would repeat them */
  #sources-box { display: none !important; }
  .gradio-container { padding-left: 6px !important; padding-right: 6px !important; }
  #chat .message, #chat .message-row, #chat .bot, #chat .user { max-width: 100% !important; }
  #chat .message-row { padding-left: 2px !important; padding-right: 2px !important; }
  #chat .bot, #chat .user { padding-left: 6px !important; padding-right: 6px !important; }
  #chat, .gradio-container .column, .gradio-container main { padding-left: 0 !important; padding-right: 0 !important; }
  .gradio-container .row { gap: 6px !important; }
}
"""
# Print: one answer with its sources. Written into the page's <head> (Gradio scopes the
# media rules of ``css`` under its container, where ``html.print-one`` cannot match).
PRINT_STYLE = """@media print {
  html.print-one body * { visibility: hidden !important; }
  html.print-one .printing, html.print-one .printing * { visibility: visible !important; }
  html.print-one .printing { position: absolute; left: 0; top: 0; width: 100%; }
  html.print-one .printing .tools { display: none !important; }
}"""


def build_app(holder: EngineHolder, feedback: FeedbackLog, *, session_ttl: float = SESSION_TTL_SECONDS) -> gr.Blocks:
    """The citizens' chat page over ``holder`` (which may swap engines while serving).
    The HTTP side (limits, headers, mounting) is ``make_asgi``."""
    docs = list(holder.engine.index.documents.values())
    profile = getattr(holder.engine, "profile", None) or load_profile(None, docs)[0]

    def show_question(message: str, turns: list):
        """The question at once, with "답변을 찾는 중…", before the engine runs."""
        question = (message if isinstance(message, str) else "")[:MAX_RAW_QUESTION_CHARS].strip()
        shown = question if len(question) <= MAX_QUESTION_CHARS else question[:MAX_QUESTION_CHARS] + "…"
        return "", chat_messages(list(turns or []), pending=shown or None), question

    def respond(message: str, turns: list):
        turns = list(turns or [])
        # Cut before anything else: the engine reads 500 characters of it, and the session
        # keeps those 500 as typed (it used to keep the whole question, 28 MB a session).
        question = (message if isinstance(message, str) else "")[:MAX_RAW_QUESTION_CHARS].strip()
        if not question:
            return "", chat_messages(turns), turns, gr.update()
        answer = holder.ask(question, engine_turns(turns))
        kept = question if len(question) <= MAX_QUESTION_CHARS else question[:MAX_QUESTION_CHARS] + "…"
        turns = add_turn(turns, make_turn(next_turn_number(turns), kept, answer))
        return "", chat_messages(turns), turns, render_sources_panel(answer)

    def new_conversation():
        return [], [], render_sources_panel(None), ""

    def on_vote(action: str, turns: list):
        """A 👍/👎, its withdrawal or a 👎 reason, sent by the page's buttons: one vote per
        answer, changeable; a withdrawal is stored as such, never as 👎."""
        turns, record = apply_vote(turns, action)
        if record is not None:
            feedback.append(record)
        return chat_messages(turns), turns, ""

    def page_state():
        documents = list(holder.engine.index.documents.values())
        return (gr.update(label=f"이 챗봇이 다루는 기사 ({len(documents)}건)"), render_corpus(documents),
                index_date(holder.engine.index))

    def api_ask(question: str, history: list | None = None) -> dict:
        """Answer one question; history is [{"role": "user"|"assistant", "content": str}, ...]."""
        return ask_api(holder, question, history)

    with gr.Blocks(title=profile.name, analytics_enabled=False, delete_cache=(600, 600)) as demo:
        with gr.Row(elem_id="header"):
            gr.Markdown(f"## {safe(profile.name)}\n"
                        f"{safe(profile.scope_text)}에서 답을 찾아, **문장 그대로** 출처와 함께 알려드립니다. "
                        "답의 [1], [2] 표시를 누르면 근거 문장이 강조된 원문 구절이 열립니다.")
        with gr.Row():
            indexed = gr.Markdown(index_date(holder.engine.index), elem_id="indexed")
            gr.Button("글자 크게", elem_id="bigger", size="sm", scale=0, min_width=110)
        turns = gr.State([], time_to_live=session_ttl)
        # the question between the two steps; a component, not a State, so that a client
        # driving the queue can send it to `respond` directly (a State input is the server's)
        asked = gr.Textbox(visible=False, max_length=MAX_INPUT_CHARS)
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="대화", show_label=False, elem_id="chat", sanitize_html=True,
                                  render_markdown=True, feedback_options=None, buttons=[], layout="panel",
                                  height=None, min_height=80, max_height=None, autoscroll=True,
                                  line_breaks=False, latex_delimiters=[],
                                  placeholder="아래에 질문을 입력하거나 예시 질문을 눌러 보세요.")
                with gr.Row():
                    box = gr.Textbox(label="질문", placeholder="예: " + (profile.examples[0] if profile.examples else
                                     "궁금한 점을 적어 주세요"), show_label=False, scale=5, max_lines=4,
                                     elem_id="question", max_length=MAX_INPUT_CHARS)
                    send = gr.Button("질문하기", variant="primary", scale=1, elem_id="send", min_width=96)
                if profile.examples:
                    gr.Examples(list(profile.examples), inputs=box, label="예시 질문 (누르면 입력됩니다)")
                with gr.Row():
                    clear = gr.Button("새 대화", elem_id="new-chat", size="sm")
                # the bridge from the answers' vote buttons (plain HTML) to the server
                action = gr.Textbox(label="의견", elem_id="action", elem_classes="bridge", container=False)
                act = gr.Button("의견 보내기", elem_id="action-send", elem_classes="bridge")
            with gr.Column(scale=2):
                with gr.Group(elem_id="sources-box"):
                    gr.Markdown("### 출처")
                    sources = _html(render_sources_panel(None), elem_id="sources")
                with gr.Accordion(f"이 챗봇이 다루는 기사 ({len(docs)}건)", open=True) as corpus_box:
                    corpus_list = _html(render_corpus(docs))
                    gr.Markdown("문서에 없는 내용(날씨, 맛집 같은 다른 주제, 문서가 다루지 않는 도시·연도·수치)은 "
                                "답하지 않고 무엇이 없는지 알려 드립니다.", elem_classes="note")

        # The chat is rebuilt from the server-side turns: the browser never sends the
        # conversation back, so a request carries one question and nothing else. The
        # question shows at once; the answer follows in a second step.
        outputs = [box, chat, turns, sources]
        quiet = dict(api_visibility="private", show_progress="hidden")
        for trigger in (send.click, box.submit):
            trigger(show_question, [box, turns], [box, chat, asked], **quiet).then(
                respond, [asked, turns], outputs, **quiet)
        clear.click(new_conversation, None, [chat, turns, sources, box], **quiet)
        act.click(on_vote, [action, turns], [chat, turns, action], **quiet)
        # the chat's own clear (hidden by CSS, still wired): forget the turns too
        chat.clear(lambda: ([], render_sources_panel(None)), None, [turns, sources], **quiet)
        # the article list and index date follow the index the app serves now (it reloads after `qa index`)
        demo.load(page_state, None, [corpus_box, corpus_list, indexed], **quiet)
        gr.api(api_ask, api_name="ask")
    demo.qa_profile = profile  # make_asgi writes the page's preview tags from it
    # api_open=False: the queue is the only way in (the /run and /api routes skipped it:
    # 100 clients there ran 51 threads and a browser user waited a minute for one answer).
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_MAX, api_open=False)
    return demo


def index_date(index) -> str:
    """"2026년 12월 1일 색인 기준", from the serving build's manifest."""
    created = str((getattr(index, "manifest", None) or {}).get("created") or "")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", created)
    if not m:
        return "색인 날짜 미상"
    return f"{int(m.group(1))}년 {int(m.group(2))}월 {int(m.group(3))}일 색인 기준"


def _html(value: str, **kw) -> gr.Markdown:
    """Our own (escaped) HTML, shown by gr.Markdown rather than gr.HTML: gr.HTML compiles
    its template with Function(), which a CSP without 'unsafe-eval' (ours) refuses, and
    the panel stayed empty. Markdown renders the same tags (details, mark, links), sanitized."""
    return gr.Markdown(value, sanitize_html=True, latex_delimiters=[], **kw)


def ask_api(holder: EngineHolder, question, history) -> dict:
    """The `/ask` endpoint: a clear Korean reply for a question that is not text, and a
    history that is not a list is ignored with a note (``history: 42`` raised TypeError)."""
    if not isinstance(question, str):
        return Answer(question="", answered=False, answer=NOT_TEXT).to_dict()
    note = None
    if history is None:
        history = []
    elif not isinstance(history, list):
        history, note = [], BAD_HISTORY
    answer = holder.ask(question[:MAX_RAW_QUESTION_CHARS], history)
    if note:
        answer = replace(answer, notes=answer.notes + (note,))
    return answer.to_dict()


def make_asgi(demo: gr.Blocks, limits: HttpLimits, *, max_sessions: int = MAX_SESSIONS, routes: list = ()):
    """The ASGI app to serve: Gradio mounted at "/" on a bare FastAPI app (no docs
    routes), behind ``Guard``. Uploads are capped here too, in case a route slips past."""
    from fastapi import FastAPI

    demo.state_session_capacity = max_sessions  # read when the app is created
    theme = gr.themes.Soft(font=["Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "system-ui", "sans-serif"],
                           font_mono=["ui-monospace", "monospace"])
    parent = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    # the staff page (qa/admin.py) before Gradio's "/": Starlette matches mounts in order
    parent.router.routes.extend(routes)
    app = gr.mount_gradio_app(parent, demo, path="/", footer_links=[], show_error=False, max_file_size="1kb",
                              enable_monitoring=False, ssr_mode=False, run_history=False, pwa=False,
                              mcp_server=False, theme=theme, css=CSS)
    own = tuple(r.path for r in routes)
    page = KoreanPage(app, getattr(demo, "qa_profile", None) or Profile(), skip=own)
    # the staff app checks its token, body size and headers itself (its uploads exceed the
    # chat's body limit); everything else goes through the Guard
    return Guard(page, limits, Endpoints.of(demo), own=own)


_HTML_TAG = re.compile(rb"<html\b[^>]*>", re.I)
_LANG = re.compile(rb"""\slang=(["'])[^"']*\1""", re.I)
_PREVIEW_META = re.compile(rb"""<meta\s+(?:property=["']og:|name=["']twitter:)[^>]*>\s*""", re.I)
_HEAD = re.compile(rb"<meta\s+charset=[^>]*>|<head\b[^>]*>", re.I)  # after the charset when it is there


class KoreanPage:
    """ASGI middleware over the Gradio app that rewrites the page's HTML: ``lang="ko"`` on
    <html>, the page's own preview tags (a link shared in a messenger showed "Gradio") and
    the page script, first in <head> so it runs before Gradio chooses its language.

    Inside ``Guard``, which asks for the page uncompressed and gives the inserted script
    this response's CSP nonce. Other responses pass untouched."""

    def __init__(self, app, profile: Profile, skip: tuple[str, ...] = ()):
        self.app, self.skip = app, tuple(p.rstrip("/") for p in skip if p)
        name, scope = html.escape(profile.name), html.escape(profile.scope_text)
        meta = (f'<meta property="og:title" content="{name}">'
                f'<meta property="og:description" content="{scope}에서 답을 찾아 출처와 함께 알려 드립니다.">'
                '<meta property="og:type" content="website"><meta property="og:locale" content="ko_KR">'
                f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{name}">'
                f'<meta name="description" content="{scope}에서 답을 찾아 출처와 함께 알려 드립니다.">')
        self.insert = (meta + f"<style>{PRINT_STYLE}</style><script>{PAGE_SCRIPT}</script>").encode("utf-8")

    async def __call__(self, scope, receive, send):
        path = scope.get("path") or "/"
        if (scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD") or path.startswith("/gradio_api/")
                or any(path == p or path.startswith(p + "/") for p in self.skip)):
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, hold_html(send, lambda headers, body: (headers, self.page(body))))

    def page(self, body: bytes) -> bytes:
        body = _HTML_TAG.sub(lambda m: _LANG.sub(b' lang="ko"', m.group(0)) if _LANG.search(m.group(0))
                             else m.group(0)[:-1] + b' lang="ko">', body, count=1)
        body = _PREVIEW_META.sub(b"", body)
        return _HEAD.sub(lambda m: m.group(0) + self.insert, body, count=1)


def staff_reindexer(holder: EngineHolder):
    """The staff page's re-index: build with progress, then let the holder swap engines."""
    from qa.admin import ProgressEmbedder
    from qa.index import build_index

    def run(progress):
        engine = holder.engine
        report = build_index(engine.settings, ProgressEmbedder(engine.embedder, progress), progress=False,
                             log=lambda s: progress(s, 0, 0))
        progress("채팅에 새 색인 적용", 0, 0)
        holder.check()
        return report

    return run


def load_engine(settings: Settings) -> Engine:
    engine = Engine(settings, progress=True)
    if engine.stale:
        # New or edited articles since the last build: update before serving.
        print(engine.stale.message() + " → 지금 갱신합니다.", file=sys.stderr)
        from qa.index import build_index

        report = build_index(settings, engine.embedder, progress=True, log=lambda s: print(s, file=sys.stderr))
        print(report.summary(), file=sys.stderr)
        engine = Engine(settings, embedder=engine.embedder, progress=False)
    engine.warm_up()
    return engine


def _env_number(name: str, default: float) -> float:
    from qa.config import SettingsError

    value = os.environ.get(name)
    try:
        n = float(value) if value else default
    except ValueError:
        n = 0
    if n <= 0:
        raise SettingsError(f"{name}={value!r}: 0보다 큰 수여야 합니다 (기본값 {default}).")
    return n


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="문서 Q&A 채팅 앱 (문서 폴더: QA_DOCS_DIR)")
    p.add_argument("--host", default=os.environ.get("QA_HOST", "127.0.0.1"),
                   help="바인딩 주소 (기본 127.0.0.1; 외부 공개는 리버스 프록시와 인증 뒤에서만)")
    p.add_argument("--port", type=int, default=int(os.environ.get("QA_PORT", "7860")))
    p.add_argument("--feedback", default=os.environ.get("QA_FEEDBACK", str(PROJECT_ROOT / "feedback" / "feedback.jsonl")))
    args = p.parse_args(argv)

    try:
        limits = HttpLimits.from_env()
        session_ttl = _env_number("QA_SESSION_TTL", SESSION_TTL_SECONDS)
        max_sessions = int(_env_number("QA_MAX_SESSIONS", MAX_SESSIONS))
        feedback = FeedbackLog(Path(args.feedback), max_bytes=int(_env_number("QA_FEEDBACK_MAX_BYTES", 10 * 2**20)))
        holder = EngineHolder(load_engine(Settings()))
    except Exception as e:  # the app must not start half-broken
        print(f"오류: 앱을 시작할 수 없습니다: {e}", file=sys.stderr)
        return 1
    try:
        # the staff page at /staff, only when QA_ADMIN_TOKEN is set; its builds are picked up
        # by the holder like any other (hot reload)
        staff = admin_routes(holder.engine.settings, staff_reindexer(holder))
    except ValueError as e:
        print(f"오류: {e}", file=sys.stderr)
        return 1
    holder.start()
    asgi = make_asgi(build_app(holder, feedback, session_ttl=session_ttl), limits, max_sessions=max_sessions,
                     routes=staff)
    print(f"* {holder.engine.profile.name}: http://{args.host}:{args.port}/ (색인 {holder.build}, "
          f"Gradio 임시 폴더 {os.environ['GRADIO_TEMP_DIR']})", file=sys.stderr, flush=True)
    try:
        serve(asgi, args.host, args.port, limits)
    finally:
        holder.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
