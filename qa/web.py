"""HTTP hardening for the chat app, whatever proxy is (or is not) in front of it.

docs/reliability.md, "HTTP and operation", lists each attack, what happens now and the
test. The pieces:

- ``Guard``, one ASGI middleware outside everything Gradio serves. It refuses routes the
  citizens' app must not have (uploads, the queue-skipping ``/run``/``/api`` routes,
  monitoring, dev tools), reads request bodies itself with a size limit and a deadline,
  checks the queue's ``fn_index`` and endpoint names before Gradio does, refuses writes
  from other origins and strips CORS grants, and sets the security headers (a CSP with a
  per-page nonce, ``frame-ancestors 'none'``, nosniff, Referrer-Policy).
- ``TimedH11Protocol``, uvicorn's HTTP/1.1 protocol with a deadline for the request
  head, so a connection that sends nothing, or its headers a byte at a time, is closed.
- ``BoundedLog``, a logging filter: the same message at most a few times a minute, the
  traceback only the first time (1,100 idle connections wrote 179 MB of "Too many open
  files" tracebacks).
- ``serve()``, which runs uvicorn with all of the above.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import resource
import secrets
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable
from urllib.parse import urlsplit

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .config import env_number

log = logging.getLogger("qa.web")

MiB = 2**20


@dataclass(frozen=True)
class HttpLimits:
    """Bounds the app enforces itself (a proxy may be stricter, never needs to be)."""

    # 1 MiB: a question is cut to 500 characters anyway, and the longest legitimate body,
    # an API call with 20 history turns of 4,000 characters, is about 250 KB.
    max_body_bytes: int = 1 * MiB
    header_timeout: float = 10.0  # from connect (or the last response) to the end of the request head
    body_timeout: float = 20.0  # to receive the whole body
    keep_alive: int = 5
    max_connections: int = 1000  # beyond this uvicorn answers 503 at once
    allowed_origins: tuple[str, ...] = ()  # extra origins (scheme://host[:port]) allowed to POST

    @classmethod
    def from_env(cls, env=None) -> "HttpLimits":
        env = os.environ if env is None else env
        d = cls()
        origins = tuple(o.strip().rstrip("/") for o in env.get("QA_ALLOWED_ORIGINS", "").split(",") if o.strip())
        return cls(max_body_bytes=_env_number(env, "QA_MAX_BODY_BYTES", d.max_body_bytes, int, 1024),
                   header_timeout=_env_number(env, "QA_HEADER_TIMEOUT", d.header_timeout, float, 0.1),
                   body_timeout=_env_number(env, "QA_BODY_TIMEOUT", d.body_timeout, float, 0.1),
                   keep_alive=_env_number(env, "QA_KEEP_ALIVE", d.keep_alive, int, 1),
                   max_connections=_env_number(env, "QA_MAX_CONNECTIONS", d.max_connections, int, 10),
                   allowed_origins=origins)


def _env_number(env, name: str, default, kind, minimum):
    return env_number(name, default, kind, minimum, env)


# --- what the citizens' app does not serve ------------------------------------------

NO_UPLOADS = "이 앱은 파일을 받지 않습니다."
QUEUE_ONLY = ("이 경로는 대기열을 건너뛰므로 막혀 있습니다. gradio_client의 "
              "Client(url).predict(질문, 대화기록, api_name=\"/ask\") 또는 /gradio_api/call/ask를 쓰세요.")
NOT_HERE = "이 앱에서는 쓸 수 없는 경로입니다."

# Path prefixes refused before Gradio sees them. api_open=False already refuses the
# queued functions on /run and /api; refusing the routes outright also covers any event
# that someone later adds with queue=False. One exception (``DIRECT_ROUTE``): the page
# itself posts there for the few functions Gradio never queues (gr.Examples filling the
# box), and only those function numbers pass.
DENIED: tuple[tuple[str, int, str], ...] = (
    ("/gradio_api/upload", 403, NO_UPLOADS),  # also /upload_progress
    ("/upload", 403, NO_UPLOADS),
    ("/gradio_api/run/", 404, QUEUE_ONLY), ("/gradio_api/api/", 404, QUEUE_ONLY),
    ("/run/", 404, QUEUE_ONLY), ("/api/", 404, QUEUE_ONLY),
    ("/monitoring", 404, NOT_HERE), ("/gradio_api/monitoring", 404, NOT_HERE),
    ("/gradio_api/vibe", 404, NOT_HERE), ("/gradio_api/undo-vibe-edit", 404, NOT_HERE),
    ("/gradio_api/profiling", 404, NOT_HERE), ("/gradio_api/dev/", 404, NOT_HERE),
    ("/gradio_api/run-history", 404, NOT_HERE), ("/gradio_api/runs", 404, NOT_HERE),
    ("/gradio_api/process_recording", 404, NOT_HERE), ("/gradio_api/mcp", 404, NOT_HERE),
    ("/gradio_api/proxy=", 404, NOT_HERE), ("/gradio_api/stream/", 404, NOT_HERE),
    ("/gradio_api/file=", 404, NOT_HERE), ("/gradio_api/file/", 404, NOT_HERE),
    ("/docs", 404, NOT_HERE), ("/redoc", 404, NOT_HERE), ("/openapi.json", 404, NOT_HERE),
)

# Paths whose response is the HTML page (anything not an API call or a static asset).
_NOT_PAGES = ("/gradio_api/", "/assets/", "/static/", "/svelte/", "/theme.css", "/favicon", "/manifest.json",
              "/robots.txt", "/pwa_icon", "/config", "/info", "/heartbeat", "/custom_component/")

DIRECT_ROUTE = "/gradio_api/run/predict"

_UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

# The page's policy: scripts only with this response's nonce, and what those scripts load
# ('strict-dynamic': Gradio's module loads its chunks and injects the page's <head> script);
# inline styles are Gradio's theme. Nothing from other hosts, no framing, no plugins.
PAGE_CSP = ("default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'self'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            "connect-src 'self'; media-src 'self' data: blob:; worker-src 'self' blob:; frame-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; manifest-src 'self'; frame-ancestors 'none'")
# Everything else (JSON, assets, event streams) is never a document to render.
OTHER_CSP = "default-src 'none'; frame-ancestors 'none'"

SECURITY_HEADERS = (
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
)
_SCRIPT_TAG = re.compile(rb"<script(?=[\s>])(?![^>]*\snonce=)", re.I)


@dataclass
class Endpoints:
    """What may be run: the queue's ``fn_index`` values, the functions Gradio runs
    without the queue (``direct_ids``: the page's example loader), and public API names."""

    fn_ids: Callable[[], Iterable[int]]
    api_names: Callable[[], Iterable[str]]
    direct_ids: Callable[[], Iterable[int]] = lambda: ()
    _cache: tuple | None = field(default=None, repr=False)

    @classmethod
    def of(cls, blocks) -> "Endpoints":
        return cls(lambda: blocks.fns.keys(),
                   lambda: [f.api_name for f in blocks.fns.values()
                            if getattr(f, "api_name", None) and getattr(f, "api_visibility", "public") != "private"],
                   lambda: [i for i, f in blocks.fns.items() if not f.queue])

    def known(self, refresh: bool = False) -> tuple[frozenset, frozenset, frozenset]:
        """Cached; ``refresh`` re-reads them (a page may add events after start, e.g. gr.render)."""
        if self._cache is None or refresh:
            self._cache = (frozenset(self.fn_ids()), frozenset(self.api_names()), frozenset(self.direct_ids()))
        return self._cache


class _Reject(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app, limits: HttpLimits, endpoints: Endpoints | None = None, own: tuple[str, ...] = ()):
        self.app = app
        self.limits = limits
        self.endpoints = endpoints
        self.own = tuple(p.rstrip("/") for p in own if p)  # mounted apps that enforce their own limits

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":  # Gradio needs none; a proxy would not pass them either
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._handle(scope, receive, guarded_send)
        except _Reject as r:
            if not started:
                await _send_json(guarded_send, r.status, r.message)
        except Exception as e:  # noqa: BLE001 - one line in the log, a Korean reply, no traceback
            log.error("요청 처리 중 오류 (%s %s): %s: %s", scope.get("method"), scope.get("path"),
                      type(e).__name__, str(e)[:200])
            if not started:
                await _send_json(guarded_send, 500, "서버 오류가 났습니다. 잠시 뒤 다시 시도해 주세요.")

    async def _handle(self, scope, receive, send):
        path = scope.get("path") or "/"
        if any(path == p or path.startswith(p + "/") for p in self.own):
            await self.app(scope, receive, send)
            return
        method = scope.get("method", "GET")
        headers = _headers(scope)
        direct = method == "POST" and path.rstrip("/") == DIRECT_ROUTE and self.endpoints is not None
        for prefix, status, message in DENIED:
            if not direct and (path == prefix.rstrip("/") or path.startswith(prefix)):
                raise _Reject(status, message)

        origin = headers.get("origin")
        foreign = origin is not None and not self._same_origin(origin, headers.get("host", ""))
        if foreign and (method in _UNSAFE_METHODS or method == "OPTIONS"):
            raise _Reject(403, "다른 사이트에서 보낸 요청은 받지 않습니다.")

        if _has_body(method, headers):
            body = await self._read_body(receive, headers)
            if method == "POST":
                self._check_queue_call(path, body)
            receive = _replay(body, receive)

        page = method in ("GET", "HEAD") and not path.startswith(_NOT_PAGES)
        if page:  # the page is rewritten (nonces), so it must come uncompressed
            scope = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]}
        keep_cors = origin is not None and origin.rstrip("/") in self.limits.allowed_origins
        await self.app(scope, receive, _secure_send(send, page=page, keep_cors=keep_cors))

    def _same_origin(self, origin: str, host: str) -> bool:
        if origin.rstrip("/") in self.limits.allowed_origins:
            return True
        u = urlsplit(origin)
        return u.scheme in ("http", "https") and bool(host) and u.netloc.lower() == host.lower()

    async def _read_body(self, receive, headers) -> bytes:
        limit = self.limits.max_body_bytes
        too_big = _Reject(413, f"요청이 너무 큽니다 (최대 {limit // 1024} KB). 질문은 앞 500자만 읽으니 줄여서 보내 주세요.")
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise _Reject(400, "Content-Length가 올바르지 않습니다.")
            if int(declared) > limit:
                raise too_big
        chunks, size = [], 0
        deadline = time.monotonic() + self.limits.body_timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                if remaining <= 0:
                    raise asyncio.TimeoutError
                message = await asyncio.wait_for(receive(), remaining)
            except asyncio.TimeoutError:
                raise _Reject(408, "요청 본문이 제시간에 오지 않아 연결을 끊습니다. 다시 보내 주세요.") from None
            if message["type"] == "http.disconnect":
                raise _Reject(400, "연결이 끊겼습니다.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise too_big
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _check_queue_call(self, path: str, body: bytes) -> None:
        """A queue call names a function Gradio has: an unknown ``fn_index`` or endpoint
        made Gradio fail with a 500 and a traceback in the log."""
        if self.endpoints is None:
            return
        fn_ids, api_names, direct_ids = self.endpoints.known()
        if self._names_unknown(path, body, fn_ids, api_names):
            fn_ids, api_names, direct_ids = self.endpoints.known(refresh=True)
        route = path.rstrip("/")
        if route in ("/gradio_api/queue/join", DIRECT_ROUTE):
            try:
                payload = json.loads(body)
            except (ValueError, RecursionError):
                raise _Reject(400, "요청 본문이 JSON 객체가 아닙니다.") from None
            fn = payload.get("fn_index") if isinstance(payload, dict) else None
            if route == DIRECT_ROUTE and (isinstance(fn, bool) or fn not in direct_ids):
                raise _Reject(404, QUEUE_ONLY)
            if not isinstance(payload, dict) or isinstance(fn, bool) or fn not in fn_ids:
                raise _Reject(400, "알 수 없는 기능 번호(fn_index)입니다. 페이지를 새로 고치거나 api_name=\"/ask\"를 쓰세요.")
        for prefix in ("/gradio_api/call/v2/", "/gradio_api/call/"):
            if path.startswith(prefix):
                name = path[len(prefix):].strip("/").split("/")[0]
                if name not in api_names:
                    raise _Reject(404, f"알 수 없는 API 이름입니다: {name[:40]!r}. 질문은 /ask로 보내세요.")
                break


    @staticmethod
    def _names_unknown(path: str, body: bytes, fn_ids, api_names) -> bool:
        """A cheap look whether the request names something not in the cache."""
        if path.startswith("/gradio_api/call/"):
            return path.rstrip("/").rsplit("/", 1)[-1] not in api_names
        m = re.search(rb'"fn_index"\s*:\s*(\d+)', body[:4096])
        return bool(m) and int(m.group(1)) not in fn_ids


def _headers(scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers") or ():
        out.setdefault(k.decode("latin-1").lower(), v.decode("latin-1"))
    return out


def _has_body(method: str, headers: dict) -> bool:
    return method in _UNSAFE_METHODS or "content-length" in headers or "transfer-encoding" in headers


def _replay(body: bytes, receive):
    """``receive`` that gives the already-read body once, then the real channel (which
    reports the client's disconnect to a streaming response)."""
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def hold_html(send, page, *, other=None, when: bool = True):
    """Wrap ``send`` to rewrite a whole HTML page: an uncompressed text/html response is held
    until its last body chunk, then ``page(headers, body) -> (headers, body)`` gives what is
    sent, with its content-length set again. Any other response's start message goes through
    ``other`` (default: unchanged); ``when=False`` holds nothing."""
    held: dict | None = None
    chunks: list[bytes] = []

    async def wrapped(message):
        nonlocal held
        if message["type"] == "http.response.start":
            raw = list(message.get("headers") or [])
            ctype = next((v for k, v in raw if k.lower() == b"content-type"), b"")
            encoded = any(k.lower() == b"content-encoding" for k, _ in raw)
            if when and ctype.startswith(b"text/html") and not encoded:
                held = {**message, "headers": raw}  # until the whole page is here
                return
            message = {**message, "headers": raw}
            await send(other(message) if other else message)
            return
        if message["type"] == "http.response.body" and held is not None:
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            headers, body = page(held["headers"], b"".join(chunks))
            headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            start, held = {**held, "headers": headers}, None
            chunks.clear()
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        await send(message)

    return wrapped


def _secure_send(send, *, page: bool, keep_cors: bool):
    """Wrap ``send``: security headers on every response, CORS grants removed, and the
    page's inline <script> tags given this response's nonce (matched by its CSP)."""

    def fix_headers(raw, csp: str) -> list:
        drop = {b"content-security-policy", *(k for k, _ in SECURITY_HEADERS)}
        out = [(k, v) for k, v in raw
               if k.lower() not in drop and (keep_cors or not k.lower().startswith(b"access-control-"))]
        return out + [*SECURITY_HEADERS, (b"content-security-policy", csp.encode())]

    def other(message):
        raw = message["headers"]
        ctype = next((v for k, v in raw if k.lower() == b"content-type"), b"")
        csp = OTHER_CSP if not ctype.startswith(b"text/html") else PAGE_CSP.format(nonce=secrets.token_urlsafe(16))
        return {**message, "headers": fix_headers(raw, csp)}

    def with_nonce(raw, body):
        nonce = secrets.token_urlsafe(16)
        body = _SCRIPT_TAG.sub(b'<script nonce="' + nonce.encode() + b'"', body)
        return fix_headers(raw, PAGE_CSP.format(nonce=nonce)), body

    return hold_html(send, with_nonce, other=other, when=page)


async def _send_json(send, status: int, message: str) -> None:
    body = json.dumps({"detail": message, "error": message}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode()),
               *SECURITY_HEADERS, (b"content-security-policy", OTHER_CSP.encode())]
    if status in (400, 408, 413):
        headers.append((b"connection", b"close"))  # the rest of the body is not read
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


# --- slow clients ---------------------------------------------------------------------

class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head.

    uvicorn times out only an idle keep-alive connection after a response; a connection
    that never sends a full request head (nothing at all, or a header a byte at a time)
    was held forever, and 1,100 of them used up the process's file descriptors. The
    deadline runs from the connection (or the previous response) to the end of the
    head, whatever arrives meanwhile. ``header_timeout`` is set by ``protocol_class``.
    """

    header_timeout = HttpLimits.header_timeout
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the head is complete
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._arm_head_timer()

    def connection_lost(self, exc) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        busy = self.cycle is not None and not self.cycle.response_complete
        if self.conn.their_state is h11.IDLE and not busy and not self.transport.is_closing():
            self.transport.close()


def protocol_class(limits: HttpLimits) -> type[TimedH11Protocol]:
    return type("TimedH11Protocol", (TimedH11Protocol,), {"header_timeout": limits.header_timeout})


# --- a log that cannot flood the disk --------------------------------------------------

class BoundedLog(logging.Filter):
    """At most ``burst`` records of one message (logger + template) per ``window``
    seconds; the traceback only on the first. When a window with drops ends, the next
    record of that message says how many were left out."""

    def __init__(self, burst: int = 5, window: float = 60.0):
        super().__init__()
        self.burst, self.window = burst, window
        self._seen: dict[tuple, list] = {}  # key -> [window start, count, dropped, tracebacks shown]

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg)[:200])
        now = time.monotonic()
        state = self._seen.get(key)
        if state is None or now - state[0] > self.window:
            dropped = state[2] if state else 0
            state = self._seen[key] = [now, 0, 0, state[3] if state else 0]
            if dropped:
                record.msg = f"{record.msg} (지난 {int(self.window)}초 동안 같은 메시지 {dropped}건 생략)"
        state[1] += 1
        if state[1] > self.burst:
            state[2] += 1
            return False
        if record.exc_info:
            if state[3]:
                record.exc_info, record.exc_text = None, None
            state[3] += 1
        if len(self._seen) > 1000:  # many distinct messages: forget the old windows
            self._seen = {k: v for k, v in self._seen.items() if now - v[0] <= self.window}
        return True


def configure_logging(level: int = logging.WARNING) -> logging.Handler:
    """One stderr handler for everything (uvicorn, asyncio, gradio, qa), behind BoundedLog."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(BoundedLog())
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "asyncio"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    return handler


def raise_file_limit(target: int = 65536) -> tuple[int, int]:
    """Soft RLIMIT_NOFILE up to the hard limit (at most ``target``): each client holds a
    descriptor, and 1,024 ran out under 1,100 idle connections."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = target if hard == resource.RLIM_INFINITY else min(target, hard)
    if soft != resource.RLIM_INFINITY and soft < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
        except (ValueError, OSError):
            pass
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def serve(asgi_app, host: str, port: int, limits: HttpLimits) -> None:
    """Run uvicorn in this thread until SIGINT/SIGTERM."""
    import uvicorn

    configure_logging()
    raise_file_limit()
    config = uvicorn.Config(asgi_app, host=host, port=port, http=protocol_class(limits), ws="none",
                            lifespan="on", log_config=None, access_log=False, server_header=False,
                            timeout_keep_alive=limits.keep_alive, limit_concurrency=limits.max_connections,
                            timeout_graceful_shutdown=5)
    uvicorn.Server(config).run()
