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
import os
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

from qa.chat import (FeedbackLog, add_turn, chat_messages, engine_history, feedback_record, safe,  # noqa: E402
                     make_turn, next_turn_number, render_corpus, render_sources_panel)
from qa.admin import admin_routes  # noqa: E402
from qa.config import PROJECT_ROOT, Settings  # noqa: E402
from qa.corpus import load_profile  # noqa: E402
from qa.engine import MAX_QUESTION_CHARS, MAX_RAW_QUESTION_CHARS, Engine  # noqa: E402
from qa.reload import EngineHolder  # noqa: E402
from qa.types import Answer  # noqa: E402
from qa.web import Endpoints, Guard, HttpLimits, serve  # noqa: E402

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

# Clicking a citation marker opens its source block (a <details>) and scrolls to it.
HEAD = """<script>
document.addEventListener("click", function (e) {
  var a = e.target.closest ? e.target.closest("a.marker") : null;
  if (!a) return;
  var id = (a.getAttribute("href") || "").replace(/^#/, "");
  var d = id && document.getElementById(id);
  if (d) { e.preventDefault(); d.open = true; d.scrollIntoView({block: "nearest"}); }
}, true);
</script>"""

CSS = """
.answer { line-height: 1.6; }
.marker { font-weight: 700; text-decoration: none; padding: 0 2px; }
.sources { margin-top: .6em; border-top: 1px solid #ddd; padding-top: .4em; font-size: .92em; }
.sources-title { color: #666; font-size: .85em; }
details.cite { margin: .3em 0; }
details.cite summary { cursor: pointer; }
details.cite .passage { margin: .3em 0 .5em 1em; color: #333; }
mark.quote, mark { background: #ffe066; padding: 0 2px; }
.note, .suggest { color: #8a6d00; font-size: .9em; margin-top: .4em; }
ul.corpus { margin: 0; padding-left: 1.1em; font-size: .9em; }
ul.corpus .meta { color: #666; }
"""


def build_app(holder: EngineHolder, feedback: FeedbackLog, *, session_ttl: float = SESSION_TTL_SECONDS) -> gr.Blocks:
    """The citizens' chat page over ``holder`` (which may swap engines while serving).
    The HTTP side (limits, headers, mounting) is ``make_asgi``."""
    docs = list(holder.engine.index.documents.values())
    profile = getattr(holder.engine, "profile", None) or load_profile(None, docs)[0]

    def respond(message: str, turns: list):
        turns = list(turns or [])
        # Cut before anything else: the engine reads 500 characters of it, and the session
        # keeps those 500 as typed (it used to keep the whole question, 28 MB a session).
        question = (message if isinstance(message, str) else "")[:MAX_RAW_QUESTION_CHARS].strip()
        if not question:
            return "", chat_messages(turns), turns, gr.update()
        answer = holder.ask(question, engine_history(turns))
        kept = question if len(question) <= MAX_QUESTION_CHARS else question[:MAX_QUESTION_CHARS] + "…"
        turns = add_turn(turns, make_turn(next_turn_number(turns), kept, answer))
        return "", chat_messages(turns), turns, render_sources_panel(answer)

    def new_conversation():
        return [], [], render_sources_panel(None), ""

    def on_like(turns: list, data: gr.LikeData):
        # The chat alternates user/assistant messages: assistant message i is turn i // 2.
        turns = list(turns or [])
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        try:
            turn = int(index) // 2
        except (TypeError, ValueError):
            return turns
        if not 0 <= turn < len(turns) or data.liked not in (True, False):
            return turns
        if turns[turn].get("voted"):  # one vote per answer per session
            gr.Info("이 답변에는 이미 의견을 남기셨습니다.")
            return turns
        feedback.append(feedback_record(turns[turn], data.liked))
        turns[turn] = {**turns[turn], "voted": True}
        gr.Info("의견 감사합니다." if data.liked else "의견 감사합니다. 더 나아지도록 하겠습니다.")
        return turns

    def corpus():
        documents = list(holder.engine.index.documents.values())
        return gr.update(label=f"이 챗봇이 다루는 기사 ({len(documents)}건)"), render_corpus(documents)

    def api_ask(question: str, history: list | None = None) -> dict:
        """Answer one question; history is [{"role": "user"|"assistant", "content": str}, ...]."""
        return ask_api(holder, question, history)

    with gr.Blocks(title=profile.name, analytics_enabled=False, delete_cache=(600, 600)) as demo:
        gr.Markdown(f"## {safe(profile.name)}\n"
                    f"{safe(profile.scope_text)}에서 답을 찾아, **문장 그대로** 출처와 함께 알려드립니다. "
                    "답의 [1], [2] 표시를 누르면 근거 문장이 강조된 원문 구절이 열립니다.")
        turns = gr.State([], time_to_live=session_ttl)
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="대화", height=520, elem_id="chat", sanitize_html=True,
                                  render_markdown=True, feedback_options=("Like", "Dislike"),
                                  buttons=["copy", "copy_all"],  # no "share": nothing leaves the machine
                                  placeholder="아래에 질문을 입력하거나 예시 질문을 눌러 보세요.")
                with gr.Row():
                    box = gr.Textbox(placeholder="예: 데이터산업 육성에 얼마를 투입하나요?", show_label=False,
                                     scale=5, max_lines=4, elem_id="question", autofocus=True,
                                     max_length=MAX_INPUT_CHARS)
                    send = gr.Button("질문하기", variant="primary", scale=1, elem_id="send")
                with gr.Row():
                    clear = gr.Button("새 대화", elem_id="new-chat", size="sm")
                if profile.examples:
                    gr.Examples(list(profile.examples), inputs=box, label="예시 질문 (누르면 입력됩니다)")
            with gr.Column(scale=2):
                gr.Markdown("### 출처")
                sources = _html(render_sources_panel(None), elem_id="sources")
                with gr.Accordion(f"이 챗봇이 다루는 기사 ({len(docs)}건)", open=True) as corpus_box:
                    corpus_list = _html(render_corpus(docs))
                    gr.Markdown("문서에 없는 내용(날씨, 맛집 같은 다른 주제, 문서가 다루지 않는 도시·연도·수치)은 "
                                "답하지 않고 무엇이 없는지 알려 드립니다.", elem_classes="note")

        # The chat is rebuilt from the server-side turns: the browser never sends the
        # conversation back, so a request carries one question and nothing else.
        outputs = [box, chat, turns, sources]
        send.click(respond, [box, turns], outputs, api_visibility="private")
        box.submit(respond, [box, turns], outputs, api_visibility="private")
        clear.click(new_conversation, None, [chat, turns, sources, box], api_visibility="private")
        chat.like(on_like, [turns], [turns], api_visibility="private")
        # the chat's own trash button: forget the turns too, or follow-ups would use them
        chat.clear(lambda: ([], render_sources_panel(None)), None, [turns, sources], api_visibility="private")
        # the article list follows the index the app serves now (it reloads after `qa index`)
        demo.load(corpus, None, [corpus_box, corpus_list], api_visibility="private")
        gr.api(api_ask, api_name="ask")
    # api_open=False: the queue is the only way in (the /run and /api routes skipped it:
    # 100 clients there ran 51 threads and a browser user waited a minute for one answer).
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_MAX, api_open=False)
    return demo


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
    app = gr.mount_gradio_app(parent, demo, path="/", footer_links=["api"], show_error=False, max_file_size="1kb",
                              enable_monitoring=False, ssr_mode=False, run_history=False, pwa=False,
                              mcp_server=False, theme=theme, css=CSS, head=HEAD)
    # the staff app checks its token, body size and headers itself (its uploads exceed the
    # chat's body limit); everything else goes through the Guard
    return Guard(app, limits, Endpoints.of(demo), own=tuple(r.path for r in routes))


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
