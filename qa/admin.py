"""The staff page: upload files, add URLs, list and remove documents, re-index with progress.

It exists only when ``QA_ADMIN_TOKEN`` is set: ``admin_routes`` then returns one
Starlette ``Mount`` at ``/staff`` for the app's FastAPI (``demo.launch(app_kwargs=
{"routes": ...})``), and an empty list otherwise, so without a token there is no such
path at all (404).

* Every action (``/staff/api/*``) checks the ``X-Admin-Token`` header against the token
  (constant-time); the page itself is a static form that holds no data. A header, not a
  cookie, so another site cannot make a staff member's browser act (no CSRF).
* Uploads are sent as the raw request body and streamed to ``<docs>/.incoming/`` with a
  size cap (``QA_ADMIN_MAX_MB``, default 20) checked before and while reading; the type
  is decided by content (``detect.py``), the file is read by its reader before it is moved
  into the documents folder (``add.store``), and nothing is kept in Gradio's upload cache
  or any other served folder. Removed documents go to ``<docs>/.removed/`` (not deleted).
* Re-indexing runs in one background thread; the page polls ``/staff/api/status`` for the
  phase and a progress bar. Actions during a build queue one more build.

The citizens' chat must then answer from the new index. Until the app's own hot reload
(issue 9) lands, ``engine_reindexer(engine)`` reloads the chat's ``Engine`` in place after
each build (``reload_engine``): the same object the chat's handlers hold now searches
the new index, so no restart is needed. With hot reload in the app, pass a callback that
builds and lets the app reload instead.
"""
from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
import traceback
import urllib.parse
from pathlib import Path
from typing import Callable

from fastapi import FastAPI, Request  # module level: FastAPI resolves the handlers' string annotations here
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount

from .config import Settings

TOKEN_ENV = "QA_ADMIN_TOKEN"
MAX_MB_ENV = "QA_ADMIN_MAX_MB"
DEFAULT_MAX_MB = 20
MIN_TOKEN_CHARS = 16

Progress = Callable[[str, int, int], None]  # (phase, done, total)
Reindex = Callable[[Progress], object]  # runs a build, returns its BuildReport


# --- building with progress ------------------------------------------------------------

class ProgressEmbedder:
    """Wraps an embedder so a build reports how many texts are embedded so far."""

    BATCH = 32

    def __init__(self, inner, progress: Progress):
        self.inner, self.progress = inner, progress
        self.spec, self.dim = inner.spec, inner.dim
        self.calls = 0

    def queries(self, texts):
        return self.inner.queries(texts)

    def passages(self, texts, progress=False, batch_size=None):
        import numpy as np

        texts = list(texts)
        self.calls += 1
        phase = "구절 임베딩" if self.calls == 1 else "문장 임베딩"
        out = []
        for i in range(0, len(texts), self.BATCH):
            self.progress(phase, i, len(texts))
            out.append(self.inner.passages(texts[i:i + self.BATCH], progress=False))
        self.progress(phase, len(texts), len(texts))
        return np.concatenate(out) if out else self.inner.passages([], progress=False)


def reload_engine(engine) -> None:
    """Point a live ``Engine`` at the current index (temporary, until issue 9's hot reload).

    A fresh Engine is built beside it with the same embedder, then its state replaces the
    old one's in one dict update; an answer already running keeps the objects it holds."""
    from .engine import Engine

    fresh = Engine(engine.settings, embedder=engine.embedder, auto_build=False, progress=False, log=lambda s: None)
    engine.__dict__.update(fresh.__dict__)


def engine_reindexer(engine) -> Reindex:
    """The re-index callback for an app serving ``engine``: build, then reload it."""
    from .index import build_index

    def run(progress: Progress):
        report = build_index(engine.settings, ProgressEmbedder(engine.embedder, progress), progress=False,
                             log=lambda s: progress(s, 0, 0))
        progress("채팅에 새 색인 적용", 0, 0)
        reload_engine(engine)
        return report

    return run


class Job:
    """One build at a time; a request during a build runs one more after it."""

    def __init__(self, reindex: Reindex):
        self.reindex = reindex
        self.lock = threading.Lock()
        self.running = False
        self.again = False
        self.status = {"state": "idle", "phase": "", "done": 0, "total": 0, "summary": "", "problems": [],
                       "error": "", "finished": 0.0, "runs": 0}

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.status.update(phase=phase, done=done, total=total)

    def start(self) -> None:
        with self.lock:
            if self.running:
                self.again = True
                return
            self.running = True
            self.status.update(state="running", phase="문서 읽는 중", done=0, total=0, error="")
        threading.Thread(target=self._loop, name="staff-reindex", daemon=True).start()

    def _loop(self) -> None:
        while True:
            try:
                report = self.reindex(self._progress)
                self.status.update(summary=report.summary() if hasattr(report, "summary") else str(report),
                                   problems=[str(p) for p in getattr(report, "problems", [])])
                error = ""
            except Exception as e:  # shown to staff; the previous index stays live
                traceback.print_exc()
                error = f"색인을 갱신하지 못했습니다: {e}"
            with self.lock:
                if self.again:
                    self.again = False
                    self.status.update(phase="다시 색인", done=0, total=0)
                    continue
                self.running = False
                self.status.update(state="error" if error else "done", error=error, phase="",
                                   finished=time.time(), runs=self.status["runs"] + 1)
                return


# --- the documents folder ---------------------------------------------------------------

def list_documents(settings: Settings, job: Job | None = None) -> dict:
    """Indexed documents (from the manifest alone), files not indexed yet, last problems."""
    from .index import IndexError_, current_folder, read_manifest
    from .load import doc_id_for, document_files

    docs: list[dict] = []
    indexed = {}
    try:
        manifest = read_manifest(current_folder(settings.index_dir))
        indexed = manifest["documents"]
    except (IndexError_, OSError):
        pass
    for doc_id, m in sorted(indexed.items(), key=lambda kv: kv[1].get("title") or kv[0]):
        docs.append({"doc_id": doc_id, "title": m.get("title"), "source": m.get("source"), "date": m.get("date"),
                     "kind": m.get("kind"), "passages": m.get("n_chunks"), "pages": m.get("n_pages") or None,
                     "file": Path(m.get("path") or "").name, "indexed": True})
    try:
        files = document_files(settings.docs_dir)
    except OSError:
        files = []
    for p in files:
        if doc_id_for(p) not in indexed:
            docs.append({"doc_id": doc_id_for(p), "title": None, "source": None, "date": None, "kind": None,
                         "passages": None, "pages": None, "file": p.name, "indexed": False})
    status = dict(job.status) if job else {}
    return {"documents": docs, "problems": status.get("problems", [])}


def remove_document(settings: Settings, doc_id: str) -> str:
    """Move the file of ``doc_id`` to ``<docs>/.removed/``; the file name moved."""
    from .load import doc_id_for, document_files

    for p in document_files(settings.docs_dir):
        if doc_id_for(p) == doc_id:
            trash = settings.docs_dir / ".removed"
            trash.mkdir(exist_ok=True)
            p.replace(trash / f"{time.strftime('%Y%m%d-%H%M%S')}-{p.name}")
            return p.name
    raise KeyError(doc_id)


# --- routes -------------------------------------------------------------------------------

def _max_bytes() -> int:
    try:
        mb = float(os.environ.get(MAX_MB_ENV) or DEFAULT_MAX_MB)
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int(max(mb, 0.01) * 2**20)


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def admin_routes(settings: Settings, reindex: Reindex, token: str | None = None) -> list:
    """``[Mount("/staff", ...)]`` when a token is set (argument or QA_ADMIN_TOKEN), else ``[]``."""
    token = token if token is not None else os.environ.get(TOKEN_ENV, "")
    token = token.strip()
    if not token:
        return []
    if len(token) < MIN_TOKEN_CHARS:
        raise ValueError(f"{TOKEN_ENV}가 너무 짧습니다 ({MIN_TOKEN_CHARS}자 이상). 예: "
                         f"{TOKEN_ENV}={secrets.token_urlsafe(24)}")
    from .add import AddError, add_url, store

    job = Job(reindex)
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    expected = token.encode("utf-8")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers[k] = v
        return response

    def allowed(request: Request) -> bool:
        given = request.headers.get("x-admin-token", "").encode("utf-8")
        return hmac.compare_digest(given, expected)

    def refused() -> JSONResponse:
        return JSONResponse({"error": "관리자 토큰이 맞지 않습니다. 서버의 QA_ADMIN_TOKEN 값을 확인해 다시 입력하세요."},
                            status_code=401)

    def fail(message: str, code: int = 400) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=code)

    @app.get("/")
    def page():
        return HTMLResponse(PAGE)

    @app.get("/admin.js")
    def script():
        return Response(SCRIPT, media_type="text/javascript; charset=utf-8")

    @app.get("/api/documents")
    def documents(request: Request):
        if not allowed(request):
            return refused()
        return JSONResponse(list_documents(settings, job))

    @app.get("/api/status")
    def status(request: Request):
        if not allowed(request):
            return refused()
        return JSONResponse(job.status)

    @app.post("/api/reindex")
    def reindex_now(request: Request):
        if not allowed(request):
            return refused()
        job.start()
        return JSONResponse({"ok": True})

    @app.post("/api/upload")
    async def upload(request: Request):
        # the token before a single byte of the body is read
        if not allowed(request):
            return refused()
        cap = _max_bytes()
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > cap:
            return fail(f"파일이 너무 큽니다 (최대 {cap // 2**20} MB).", 413)
        name = urllib.parse.unquote(request.headers.get("x-filename", "")) or "upload"
        incoming = settings.docs_dir / ".incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        part = incoming / f"{secrets.token_hex(8)}.part"
        size = 0
        try:
            with open(part, "wb") as f:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > cap:
                        return fail(f"파일이 너무 큽니다 (최대 {cap // 2**20} MB).", 413)
                    f.write(chunk)
            if size == 0:
                return fail("빈 파일입니다.")
            try:
                added = store(part.read_bytes(), name, settings.docs_dir, name)
            except AddError as e:
                return fail(f"{name}: {e}", 422)
        finally:
            part.unlink(missing_ok=True)
        job.start()
        return JSONResponse({"added": _added(added)})

    @app.post("/api/url")
    async def from_url(request: Request):
        if not allowed(request):
            return refused()
        try:
            url = str((await request.json()).get("url") or "").strip()
        except (ValueError, AttributeError):
            return fail("요청 형식이 올바르지 않습니다.")
        import asyncio

        try:
            added = await asyncio.to_thread(add_url, url, settings.docs_dir)
        except AddError as e:
            return fail(str(e), 422)
        job.start()
        return JSONResponse({"added": _added(added)})

    @app.post("/api/remove")
    async def remove(request: Request):
        if not allowed(request):
            return refused()
        try:
            doc_id = str((await request.json()).get("doc_id") or "")
        except (ValueError, AttributeError):
            return fail("요청 형식이 올바르지 않습니다.")
        try:
            name = remove_document(settings, doc_id)
        except KeyError:
            return fail(f"문서를 찾지 못했습니다: {doc_id}", 404)
        job.start()
        return JSONResponse({"removed": name})

    return [Mount("/staff", app=app)]


def _added(added) -> dict:
    """What the page shows of a document just stored."""
    return {"file": added.path.name, "doc_id": added.doc_id, "title": added.title, "kind": added.kind,
            "same_as_before": added.same_as_before}


PAGE = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>문서 Q&amp;A — 직원용 문서 관리</title>
<style>
body { font-family: "Noto Sans KR", system-ui, sans-serif; margin: 2em auto; max-width: 980px; color: #222; }
section { border: 1px solid #ddd; border-radius: 8px; padding: .8em 1em; margin: 1em 0; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border-bottom: 1px solid #eee; padding: .35em .4em; text-align: left; }
#message { min-height: 1.4em; } .error { color: #b00020; } .ok { color: #1b6e20; }
progress { width: 60%; } .pending { color: #8a6d00; } [hidden] { display: none; }
</style></head>
<body>
<h1>문서 관리 (직원용)</h1>
<section id="login">
  <label>관리자 토큰 <input id="token" type="password" autocomplete="off" size="40"></label>
  <button id="login-button" type="button">확인</button>
</section>
<p id="message" role="status"></p>
<div id="panel" hidden>
<section>
  <h2>파일 올리기</h2>
  <p>PDF, 한글(HWP/HWPX), 워드(DOCX), HTML, 텍스트(.txt/.md). 형식은 파일 내용으로 판단합니다.</p>
  <input id="file" type="file" multiple> <button id="upload" type="button">올리기</button>
</section>
<section>
  <h2>기사 주소(URL) 추가</h2>
  <input id="url" type="url" size="60" placeholder="https://..."> <button id="add-url" type="button">가져오기</button>
</section>
<section>
  <h2>색인</h2>
  <button id="reindex" type="button">다시 색인</button>
  <progress id="progress" max="1" value="0"></progress> <span id="status"></span>
  <div id="problems"></div>
</section>
<section>
  <h2>문서 목록</h2>
  <table id="docs"><thead><tr><th>제목</th><th>출처</th><th>날짜</th><th>형식</th><th>구절 수</th><th>파일</th><th></th></tr></thead>
  <tbody></tbody></table>
</section>
</div>
<script src="admin.js"></script>
</body></html>
"""

SCRIPT = r"""
"use strict";
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("qa-admin-token") || "";
let lastRuns = -1;

function say(text, cls) { const m = $("message"); m.textContent = text; m.className = cls || ""; }

async function api(path, options) {
  options = options || {};
  options.headers = Object.assign({"X-Admin-Token": token}, options.headers || {});
  const r = await fetch("api/" + path, options);
  let body = {};
  try { body = await r.json(); } catch (e) { body = {error: "서버 응답을 읽지 못했습니다 (" + r.status + ")"}; }
  if (r.status === 401) { $("panel").hidden = true; }
  if (!r.ok) { throw new Error(body.error || ("오류 " + r.status)); }
  return body;
}

function cell(text) { const td = document.createElement("td"); td.textContent = text == null ? "" : String(text); return td; }

async function refresh() {
  const data = await api("documents");
  const tbody = $("docs").querySelector("tbody");
  tbody.replaceChildren();
  for (const d of data.documents) {
    const tr = document.createElement("tr");
    tr.dataset.doc = d.doc_id;
    tr.append(cell(d.title || "(색인 대기)"), cell(d.source || "출처 미상"), cell(d.date || "날짜 미상"),
              cell(d.kind || ""), cell(d.passages), cell(d.file));
    if (!d.indexed) tr.className = "pending";
    const td = document.createElement("td");
    const b = document.createElement("button");
    b.type = "button"; b.textContent = "삭제"; b.className = "remove";
    b.addEventListener("click", () => removeDoc(d.doc_id, d.title || d.file));
    td.append(b); tr.append(td); tbody.append(tr);
  }
  const p = $("problems"); p.replaceChildren();
  for (const text of data.problems || []) { const div = document.createElement("div"); div.className = "error"; div.textContent = "경고: " + text; p.append(div); }
}

async function poll() {
  const s = await api("status");
  const bar = $("progress");
  if (s.state === "running") {
    if (s.total > 0) { bar.max = s.total; bar.value = s.done; } else { bar.removeAttribute("value"); }
    $("status").textContent = "색인 중: " + s.phase + (s.total > 0 ? " " + s.done + "/" + s.total : "");
    setTimeout(poll, 400);
    return;
  }
  bar.max = 1; bar.value = 1;
  $("status").textContent = s.state === "error" ? s.error : (s.state === "done" ? "완료 — " + s.summary : "");
  $("status").className = s.state === "error" ? "error" : "ok";
  if (s.runs !== lastRuns) { lastRuns = s.runs; await refresh(); }
}

async function login() {
  token = $("token").value.trim();
  try {
    await refresh();
    sessionStorage.setItem("qa-admin-token", token);
    $("panel").hidden = false;
    say("로그인했습니다.", "ok");
    await poll();
  } catch (e) { say(e.message, "error"); }
}

async function act(promise, done) {
  try { const r = await promise; say(done(r), "ok"); setTimeout(poll, 100); }
  catch (e) { say(e.message, "error"); }
}

async function upload() {
  for (const f of $("file").files) {
    await act(api("upload", {method: "POST", body: f, headers: {"X-Filename": encodeURIComponent(f.name)}}),
              (r) => (r.added.same_as_before ? "이미 있는 파일입니다: " : "올렸습니다: ") + r.added.title + " — 색인을 갱신합니다.");
  }
  $("file").value = "";
}

async function addUrl() {
  await act(api("url", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({url: $("url").value})}),
            (r) => "가져왔습니다: " + r.added.title + " — 색인을 갱신합니다.");
}

async function removeDoc(docId, title) {
  if (!confirm("'" + title + "' 문서를 삭제할까요? (파일은 문서 폴더의 .removed로 옮겨집니다)")) return;
  await act(api("remove", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({doc_id: docId})}),
            (r) => "삭제했습니다: " + r.removed + " — 색인을 갱신합니다.");
}

$("login-button").addEventListener("click", login);
$("token").addEventListener("keydown", (e) => { if (e.key === "Enter") login(); });
$("upload").addEventListener("click", upload);
$("add-url").addEventListener("click", addUrl);
$("reindex").addEventListener("click", () => act(api("reindex", {method: "POST"}), () => "색인을 다시 만듭니다."));
if (token) { $("token").value = token; login(); }
"""
