"""qa.web in isolation: the Guard middleware in front of a stand-in app, the request-head
timeout of a real uvicorn server, and the bounded log. Fast, no model, no Gradio.

Each test reproduces one finding of issue 12 at the HTTP level (see docs/reliability.md,
"HTTP and operation"); test_http_app.py checks the same against the real app.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import threading
import time

import pytest

from qa.web import (OTHER_CSP, BoundedLog, Endpoints, Guard, HttpLimits, protocol_class)

PAGE = (b'<!doctype html><html><head><script>window.gradio_config = {"x": "\\u003cscript\\u003e"};</script>'
        b'<script type="module" src="./assets/index.js"></script></head><body><script>1</script></body></html>')


class StandIn:
    """A tiny ASGI app: records what reached it, answers like Gradio would (with its
    credentialed CORS grant), a page at "/", and raises on /boom."""

    def __init__(self):
        self.calls: list[dict] = []

    async def __call__(self, scope, receive, send):
        body = b""
        if scope["method"] in ("POST", "PUT"):
            while True:
                m = await receive()
                body += m.get("body", b"")
                if not m.get("more_body"):
                    break
        self.calls.append({"path": scope["path"], "body": body, "headers": dict(scope["headers"])})
        if scope["path"] == "/boom":
            raise KeyError(999)
        if scope["path"] == "/":
            headers = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(PAGE)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": PAGE[:50], "more_body": True})
            await send({"type": "http.response.body", "body": PAGE[50:], "more_body": False})
            return
        headers = [(b"content-type", b"application/json"), (b"access-control-allow-origin", b"http://evil.test"),
                   (b"access-control-allow-credentials", b"true")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"ok": true}'})


ENDPOINTS = Endpoints(lambda: [0, 1, 5], lambda: ["ask"], lambda: [0])


def run(guard, method="GET", path="/", headers=(), chunks=(b"",), delay=0.0, stall=False):
    """Drive one request through ``guard``; returns (status, headers dict, body). With
    ``stall`` the client announces more body after its last chunk and never sends it."""
    sent = []
    pending = list(chunks)

    async def receive():
        if not pending:
            await asyncio.sleep(3600)  # the client never sends more
        if delay:
            await asyncio.sleep(delay)
        chunk = pending.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending) or stall}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "headers": [
        (k.lower().encode(), v.encode()) for k, v in (("host", "app.test"), *headers)]}
    asyncio.run(guard(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    hdrs = {k.decode().lower(): v.decode() for k, v in start["headers"]}
    return start["status"], hdrs, body


def guard(**limits):
    app = StandIn()
    return Guard(app, HttpLimits(**limits), ENDPOINTS), app


@pytest.mark.parametrize("path, status", [
    ("/gradio_api/run/ask", 404), ("/gradio_api/api/ask", 404), ("/gradio_api/run/respond", 404),
    ("/gradio_api/run/on_like", 404), ("/run/ask", 404), ("/api/ask", 404),
    ("/gradio_api/upload", 403), ("/gradio_api/upload_progress", 403), ("/upload", 403),
    ("/monitoring", 404), ("/monitoring/summary", 404), ("/monitoring/abc/dashboard", 404),
    ("/gradio_api/file=/etc/passwd", 404), ("/gradio_api/vibe-edit", 404), ("/gradio_api/profiling/traces", 404),
    ("/docs", 404), ("/openapi.json", 404),
])
def test_routes_the_citizens_app_does_not_have_are_refused_before_gradio(path, status):
    g, app = guard()
    code, headers, body = run(g, "POST", path, [("content-type", "application/json")], [b'{"data": ["q", []]}'])
    assert code == status and app.calls == []
    assert re.search("[가-힣]", json.loads(body)["detail"])  # a Korean reason
    assert headers["x-content-type-options"] == "nosniff"


def test_queue_routes_pass_and_keep_their_body():
    g, app = guard()
    body = json.dumps({"data": ["부산", []], "fn_index": 5, "session_hash": "s"}).encode()
    code, _, _ = run(g, "POST", "/gradio_api/queue/join", [("content-type", "application/json")],
                     [body[:10], body[10:]])
    assert code == 200 and app.calls[0]["body"] == body
    code, _, _ = run(g, "POST", "/gradio_api/call/ask", [], [b'{"data": ["q"]}'])
    assert code == 200


def test_the_direct_route_runs_only_what_gradio_never_queues():
    """The page posts gr.Examples' loader to /gradio_api/run/predict (it is never queued);
    any queued function there, or none named, is refused as skipping the queue."""
    g, app = guard()
    code, _, _ = run(g, "POST", "/gradio_api/run/predict", [], [b'{"data": [0], "fn_index": 0, "session_hash": "s"}'])
    assert code == 200 and len(app.calls) == 1
    for payload in (b'{"data": ["q", []], "fn_index": 5}', b'{"data": ["q", []]}', b'{"fn_index": true}'):
        code, _, body = run(g, "POST", "/gradio_api/run/predict", [], [payload])
        assert code == 404 and "대기열" in json.loads(body)["detail"], payload
    assert len(app.calls) == 1


@pytest.mark.parametrize("payload", [
    {"data": [], "fn_index": 999, "session_hash": "s"}, {"data": [], "fn_index": -1, "session_hash": "s"},
    {"data": [], "fn_index": "0", "session_hash": "s"}, {"data": [], "fn_index": True, "session_hash": "s"},
    {"data": [], "session_hash": "s"}, [1, 2], "x",
])
def test_an_unknown_fn_index_gets_a_korean_400_not_a_500(payload):
    g, app = guard()
    code, _, body = run(g, "POST", "/gradio_api/queue/join", [], [json.dumps(payload).encode()])
    assert code == 400 and app.calls == []
    assert "fn_index" in json.loads(body)["detail"]


def test_a_json_body_nested_too_deep_gets_a_400():
    g, app = guard()
    code, _, _ = run(g, "POST", "/gradio_api/queue/join", [], [b"[" * 100_000 + b"]" * 100_000])
    assert code == 400 and app.calls == []


def test_an_unknown_endpoint_name_gets_a_korean_404():
    g, app = guard()
    for path in ("/gradio_api/call/respond_nope", "/gradio_api/call/v2/zzz"):
        code, _, body = run(g, "POST", path, [], [b'{"data": []}'])
        assert code == 404 and "/ask" in json.loads(body)["detail"]
    assert app.calls == []


def test_a_body_over_the_limit_is_refused_whether_announced_or_streamed():
    g, app = guard(max_body_bytes=4096)
    code, _, body = run(g, "POST", "/gradio_api/queue/join", [("content-length", "10000000")], [b"x"])
    assert code == 413 and "너무 큽니다" in json.loads(body)["detail"]
    code, headers, _ = run(g, "POST", "/gradio_api/queue/join", [], [b"x" * 1000] * 10)  # chunked, no length
    assert code == 413 and headers.get("connection") == "close"
    assert app.calls == []
    code, _, _ = run(g, "POST", "/gradio_api/queue/join", [("content-length", "-5")], [b""])
    assert code == 400


def test_a_body_that_trickles_in_is_cut_off():
    g, app = guard(body_timeout=0.3)
    code, _, body = run(g, "POST", "/gradio_api/queue/join", [], [b"{", b'"a"', b": 1}"], delay=0.2)
    assert code == 408 and "제시간" in json.loads(body)["detail"] and app.calls == []
    code, _, _ = run(g, "POST", "/gradio_api/queue/join", [], [b"{"], stall=True)  # then nothing at all
    assert code == 408


def test_other_origins_cannot_post_or_preflight_and_get_no_cors_grant():
    g, app = guard()
    for origin in ("http://localhost:9999", "null", "https://evil.test", "http://app.test.evil.test"):
        code, _, _ = run(g, "POST", "/gradio_api/queue/join", [("origin", origin)], [b"{}"])
        assert code == 403, origin
        code, headers, _ = run(g, "OPTIONS", "/gradio_api/upload", [("origin", origin),
                                                                    ("access-control-request-method", "POST")])
        assert code in (403, 404) and not any(k.startswith("access-control") for k in headers)
    assert app.calls == []
    code, headers, _ = run(g, "GET", "/config", [("origin", "http://localhost:9999")])
    assert code == 200 and not any(k.startswith("access-control") for k in headers)


def test_the_page_itself_and_configured_origins_may_post():
    g, app = guard(allowed_origins=("https://staff.busan.test",))
    body = json.dumps({"data": [], "fn_index": 0, "session_hash": "s"}).encode()
    assert run(g, "POST", "/gradio_api/queue/join", [("origin", "http://app.test")], [body])[0] == 200
    code, headers, _ = run(g, "POST", "/gradio_api/queue/join", [("origin", "https://staff.busan.test")], [body])
    assert code == 200 and "access-control-allow-origin" in headers  # the grant is kept for it alone


def test_security_headers_and_a_fresh_nonce_on_every_page():
    g, app = guard()
    seen = set()
    for _ in range(2):
        code, headers, body = run(g, "GET", "/", [("accept-encoding", "gzip, br"), ("accept", "text/html")])
        assert code == 200
        csp = headers["content-security-policy"]
        nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
        assert nonce not in seen
        seen.add(nonce)
        assert "frame-ancestors 'none'" in csp and "'unsafe-eval'" not in csp and "'unsafe-inline'" not in csp.split(
            "style-src")[0]
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        tags = re.findall(rb"<script[^>]*>", body)
        assert len(tags) == 3 and all(f'nonce="{nonce}"'.encode() in t for t in tags)
        assert b"\\u003cscript\\u003e" in body  # text inside the config is left alone
        assert int(headers["content-length"]) == len(body)
    # the page is asked for uncompressed (its nonces are written in), other routes keep compression
    assert b"accept-encoding" not in app.calls[0]["headers"]
    run(g, "GET", "/assets/index.js", [("accept-encoding", "br")])
    assert app.calls[-1]["headers"][b"accept-encoding"] == b"br"
    code, headers, _ = run(g, "GET", "/config")
    assert headers["content-security-policy"] == OTHER_CSP


def test_an_error_in_the_app_is_one_log_line_and_a_korean_500(caplog):
    g, app = guard()
    with caplog.at_level(logging.ERROR, logger="qa.web"):
        code, _, body = run(g, "GET", "/boom")
    assert code == 500 and "서버 오류" in json.loads(body)["detail"]
    records = [r for r in caplog.records if r.name == "qa.web"]
    assert len(records) == 1 and records[0].exc_info is None and "KeyError" in records[0].getMessage()


def test_limits_from_the_environment_name_the_variable():
    from qa.config import SettingsError

    limits = HttpLimits.from_env({"QA_MAX_BODY_BYTES": "65536", "QA_HEADER_TIMEOUT": "2.5",
                                  "QA_ALLOWED_ORIGINS": "https://a.test/, https://b.test"})
    assert limits.max_body_bytes == 65536 and limits.header_timeout == 2.5
    assert limits.allowed_origins == ("https://a.test", "https://b.test")
    for name, value in (("QA_MAX_BODY_BYTES", "lots"), ("QA_BODY_TIMEOUT", "0"), ("QA_MAX_CONNECTIONS", "-1")):
        with pytest.raises(SettingsError, match=name):
            HttpLimits.from_env({name: value})


# --- the bounded log --------------------------------------------------------------------

def test_the_same_error_ten_thousand_times_is_a_few_lines_with_one_traceback():
    f = BoundedLog(burst=5, window=60)
    logger = logging.getLogger("asyncio")
    try:
        raise OSError(24, "Too many open files")
    except OSError:
        import sys

        exc = sys.exc_info()
    records = [logger.makeRecord("asyncio", logging.ERROR, __file__, 1, "socket.accept() out of system resource",
                                 (), exc) for _ in range(10_000)]
    kept = [r for r in records if f.filter(r)]
    assert len(kept) == 5
    assert sum(1 for r in kept if r.exc_info) == 1
    other = logger.makeRecord("asyncio", logging.ERROR, __file__, 1, "another message", (), None)
    assert f.filter(other)  # other messages are not held back by the flood


def test_the_next_window_says_how_many_were_left_out():
    f = BoundedLog(burst=2, window=0.05)
    rec = lambda: logging.LogRecord("x", logging.WARNING, __file__, 1, "busy", (), None)  # noqa: E731
    assert [f.filter(rec()) for _ in range(5)] == [True, True, False, False, False]
    time.sleep(0.1)
    r = rec()
    assert f.filter(r) and "3건 생략" in r.getMessage()


# --- slow clients against a real uvicorn ------------------------------------------------

@pytest.fixture
def server():
    """uvicorn with TimedH11Protocol (0.5 s to send a request head) over a trivial app."""
    import uvicorn

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                m = await receive()
                if m["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    limits = HttpLimits(header_timeout=0.5, keep_alive=30)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, http=protocol_class(limits), log_config=None,
                            timeout_keep_alive=limits.keep_alive)
    srv = uvicorn.Server(config)
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield port
    srv.should_exit = True
    t.join(10)


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
    except (socket.timeout, TimeoutError):
        return False
    except ConnectionResetError:
        return True


def test_a_connection_that_sends_nothing_is_closed(server):
    with socket.create_connection(("127.0.0.1", server)) as s:
        assert _closed_by_server(s, within=10)


def test_headers_sent_a_byte_at_a_time_are_cut_off(server):
    with socket.create_connection(("127.0.0.1", server)) as s:
        head = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
        closed = False
        for byte in head:  # well past the head deadline in total, each byte well within it
            try:
                s.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            time.sleep(0.02)
        assert closed or _closed_by_server(s, within=10)


def test_a_normal_request_and_keep_alive_still_work(server):
    with socket.create_connection(("127.0.0.1", server)) as s:
        for _ in range(3):
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            s.settimeout(10)
            data = b""
            while not data.endswith(b"ok"):
                data += s.recv(4096)
            assert data.startswith(b"HTTP/1.1 200")
        # idle after the last response: closed by the head deadline, not the 30 s keep-alive
        assert _closed_by_server(s, within=10)


def test_events_added_after_start_are_known_once_named():
    """The fn_index cache is re-read when a request names one it does not have (a page
    that adds events later, e.g. with gr.render), so those are not refused for good."""
    ids = [0]
    g = Guard(StandIn(), HttpLimits(), Endpoints(lambda: list(ids), lambda: ["ask"]))
    body = json.dumps({"data": [], "fn_index": 7, "session_hash": "s"}).encode()
    assert run(g, "POST", "/gradio_api/queue/join", [], [body])[0] == 400
    ids.append(7)
    assert run(g, "POST", "/gradio_api/queue/join", [], [body])[0] == 200
