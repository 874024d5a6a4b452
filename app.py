"""부산 정책 Q&A — the Gradio chat page.

    .venv/bin/python app.py [--host 127.0.0.1] [--port 7860]

Binds 127.0.0.1 unless told otherwise, never creates a share link, sends no analytics,
and needs no internet: fonts are the system's, the model and index are local. The
answer function is also an API endpoint (`/ask`) for gradio_client.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Before gradio is imported: no usage analytics, no hub, no telemetry.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import gradio as gr  # noqa: E402

from qa.admin import admin_routes, engine_reindexer  # noqa: E402
from qa.chat import (FeedbackLog, engine_history, render_answer, render_corpus,  # noqa: E402
                     render_sources_panel)
from qa.config import PROJECT_ROOT, Settings  # noqa: E402
from qa.engine import MAX_QUESTION_CHARS, Engine  # noqa: E402

EXAMPLES = [
    "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?",
    "데이터 기반 4대 특화분야는 무엇인가요?",
    "부산진해경제자유구역청장은 누구인가요?",
    "부산 경제성장 혁신전략의 핵심사업은 모두 몇 개인가요?",
]
# Concurrency: answers take ~20 ms and the embedder serialises on a lock, so a few
# workers keep the page responsive without piling threads on 2 cores; the queue
# bounds memory under a burst (requests beyond it get a "busy" error at once).
CONCURRENCY = 4
QUEUE_MAX = 256

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


def build_app(engine: Engine, feedback: FeedbackLog) -> gr.Blocks:
    docs = list(engine.index.documents.values())

    def respond(message: str, chat: list, turns: list):
        chat, turns = list(chat or []), list(turns or [])
        question = (message or "").strip()
        if not question:
            return "", chat, turns, gr.update()
        answer = engine.ask(question[: MAX_QUESTION_CHARS * 4], engine_history(turns))
        turn = len(turns)
        chat.append({"role": "user", "content": _safe_user(question)})
        chat.append({"role": "assistant", "content": render_answer(answer, turn=turn)})
        turns.append({"question": question, "answer": answer.answer, "answered": answer.answered,
                      "citations": [c.to_dict() for c in answer.citations]})
        return "", chat, turns, render_sources_panel(answer)

    def new_conversation():
        return [], [], render_sources_panel(None), ""

    def on_like(turns: list, data: gr.LikeData):
        # The chat alternates user/assistant messages: assistant message i is turn i // 2.
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = int(index) // 2
        if 0 <= turn < len(turns or []):
            t = turns[turn]
            feedback.append({"liked": bool(data.liked), "question": t["question"], "answer": t["answer"],
                             "answered": t["answered"], "citations": t["citations"]})
            gr.Info("의견 감사합니다." if data.liked else "의견 감사합니다. 더 나아지도록 하겠습니다.")

    def api_ask(question: str, history: list | None = None) -> dict:
        """Answer one question; history is [{"role": "user"|"assistant", "content": str}, ...]."""
        hist = [h for h in (history or []) if isinstance(h, dict) and isinstance(h.get("content"), str)]
        return engine.ask(str(question or ""), hist).to_dict()

    with gr.Blocks(title="부산 정책 Q&A", analytics_enabled=False) as demo:
        gr.Markdown("## 부산 디지털·데이터·AI 정책 Q&A\n"
                    "부산의 디지털·데이터·AI 산업 정책 기사에서 답을 찾아, **기사 문장 그대로** 출처와 함께 알려드립니다. "
                    "답의 [1], [2] 표시를 누르면 근거 문장이 강조된 원문 구절이 열립니다.")
        turns = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="대화", height=520, elem_id="chat", sanitize_html=True,
                                  render_markdown=True, feedback_options=("Like", "Dislike"),
                                  buttons=["copy", "copy_all"],  # no "share": nothing leaves the machine
                                  placeholder="아래에 질문을 입력하거나 예시 질문을 눌러 보세요.")
                with gr.Row():
                    box = gr.Textbox(placeholder="예: 데이터산업 육성에 얼마를 투입하나요?", show_label=False,
                                     scale=5, max_lines=4, elem_id="question", autofocus=True)
                    send = gr.Button("질문하기", variant="primary", scale=1, elem_id="send")
                with gr.Row():
                    clear = gr.Button("새 대화", elem_id="new-chat", size="sm")
                gr.Examples(EXAMPLES, inputs=box, label="예시 질문 (누르면 입력됩니다)")
            with gr.Column(scale=2):
                gr.Markdown("### 출처")
                sources = gr.HTML(render_sources_panel(None), elem_id="sources")
                with gr.Accordion(f"이 챗봇이 다루는 기사 ({len(docs)}건)", open=True):
                    gr.HTML(render_corpus(docs))
                    gr.Markdown("기사에 없는 내용(날씨, 교통 요금, 맛집 등)은 답하지 않습니다.", elem_classes="note")

        outputs = [box, chat, turns, sources]
        send.click(respond, [box, chat, turns], outputs, api_visibility="private")
        box.submit(respond, [box, chat, turns], outputs, api_visibility="private")
        clear.click(new_conversation, None, [chat, turns, sources, box], api_visibility="private")
        chat.like(on_like, [turns], None, api_visibility="private")
        # the chat's own trash button: forget the turns too, or follow-ups would use them
        chat.clear(lambda: ([], render_sources_panel(None)), None, [turns, sources], api_visibility="private")
        gr.api(api_ask, api_name="ask")
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_MAX)
    return demo


def _safe_user(question: str) -> str:
    from qa.chat import safe

    return safe(question)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="부산 정책 Q&A 채팅 앱")
    p.add_argument("--host", default=os.environ.get("QA_HOST", "127.0.0.1"),
                   help="바인딩 주소 (기본 127.0.0.1; 외부 공개는 리버스 프록시와 인증 뒤에서만)")
    p.add_argument("--port", type=int, default=int(os.environ.get("QA_PORT", "7860")))
    p.add_argument("--feedback", default=os.environ.get("QA_FEEDBACK", str(PROJECT_ROOT / "feedback" / "feedback.jsonl")))
    args = p.parse_args(argv)

    try:
        settings = Settings()
        engine = Engine(settings, progress=True)
        if engine.stale:
            # New or edited articles since the last build: update before serving.
            print(engine.stale.message() + " → 지금 갱신합니다.", file=sys.stderr)
            from qa.index import build_index

            report = build_index(settings, engine.embedder, progress=True, log=lambda s: print(s, file=sys.stderr))
            print(report.summary(), file=sys.stderr)
            engine = Engine(settings, embedder=engine.embedder, progress=False)
        engine.warm_up()
    except Exception as e:  # the app must not start half-broken
        print(f"오류: 앱을 시작할 수 없습니다: {e}", file=sys.stderr)
        return 1
    demo = build_app(engine, FeedbackLog(Path(args.feedback)))
    # the staff page at /staff, only when QA_ADMIN_TOKEN is set (qa/admin.py)
    try:
        staff = admin_routes(settings, engine_reindexer(engine))
    except ValueError as e:
        print(f"오류: {e}", file=sys.stderr)
        return 1
    theme = gr.themes.Soft(font=["Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "system-ui", "sans-serif"],
                           font_mono=["ui-monospace", "monospace"])
    demo.launch(server_name=args.host, server_port=args.port, share=False, show_error=False, ssr_mode=False,
                theme=theme, css=CSS, head=HEAD, footer_links=["api"], inbrowser=False,
                app_kwargs={"routes": staff})
    return 0


if __name__ == "__main__":
    sys.exit(main())
