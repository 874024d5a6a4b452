"""Slow and idle clients against the running app, with its file limit lowered to 256.

Issue 12: slow-header and slow-body connections were never timed out; at a 1,024 file
limit, 1,100 idle connections blocked a normal user for 45 s and wrote a 179 MB log of
"Too many open files" tracebacks. Here 400 idle connections (more than the app has
descriptors for) and a few trickling ones are opened; the app (QA_HEADER_TIMEOUT=3,
QA_BODY_TIMEOUT=3) must close every one of them, still answer a normal user, and keep
its log small. No timing is asserted: the deadlines only bound a hang.
"""
from __future__ import annotations

import resource
import socket
import threading
import time
from urllib.parse import urlparse

import pytest

from conftest_app import ARTIFACTS, running_app

pytestmark = pytest.mark.slow
QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"
IDLE = 400
APP_FILE_LIMIT = 256


def _limit_files():
    resource.setrlimit(resource.RLIMIT_NOFILE, (APP_FILE_LIMIT, APP_FILE_LIMIT))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    base = tmp_path_factory.mktemp("slow")
    env = {"QA_DOCS_DIR": str(root / "documents"), "QA_INDEX_DIR": str(base / "index"),
           "QA_FEEDBACK": str(base / "fb.jsonl"), "QA_HEADER_TIMEOUT": "3", "QA_BODY_TIMEOUT": "3"}
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # this process holds the idle sockets
    if soft < IDLE + 200 <= hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (IDLE + 200, hard))
    with running_app(env_extra=env, timeout=600, preexec_fn=_limit_files) as url:
        yield url


def _closed(sock: socket.socket, deadline: float) -> bool:
    """True once the server has closed ``sock`` (EOF or reset) before ``deadline``."""
    while time.time() < deadline:
        sock.settimeout(max(0.1, min(5.0, deadline - time.time())))
        try:
            data = sock.recv(65536)
        except (socket.timeout, TimeoutError):
            continue
        except (ConnectionResetError, BrokenPipeError):
            return True
        if not data:
            return True
    return False


def test_idle_connections_beyond_the_file_limit_are_closed_and_a_user_is_answered(app):
    from gradio_client import Client

    port = urlparse(app).port
    log_path = ARTIFACTS / f"app-{port}.log"
    log_before = log_path.stat().st_size
    idle = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(IDLE)]
    # a few that send part of a request head, and one that sends part of a body
    slow = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(5)]
    for s in slow[:4]:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    slow[4].sendall(b"POST /gradio_api/queue/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 1000\r\n\r\n{\"data\":")
    answer = {}

    def user():
        try:
            answer["out"] = Client(app, verbose=False).predict(QUESTION, [], api_name="/ask")
        except Exception as e:  # recorded, asserted below
            answer["error"] = f"{type(e).__name__}: {e}"

    t = threading.Thread(target=user)
    t.start()
    deadline = time.time() + 240
    closed = sum(_closed(s, deadline) for s in idle + slow[:4])
    # the trickling body gets a 408 (or is simply closed) once its time is up
    slow[4].settimeout(60)
    try:
        reply = slow[4].recv(4096)
    except (ConnectionResetError, socket.timeout):
        reply = b""
    t.join(240)
    for s in idle + slow:
        s.close()
    assert closed == IDLE + 4, f"{IDLE + 4 - closed} connections were never closed by the app"
    assert reply == b"" or reply.startswith(b"HTTP/1.1 408"), reply[:100]
    assert "out" in answer, answer.get("error")
    assert "6,699억" in answer["out"]["answer"]
    log = log_path.read_text(encoding="utf-8", errors="replace")[log_before:]
    print(f"\nlog grew by {log_path.stat().st_size - log_before} bytes")
    assert log_path.stat().st_size - log_before < 100_000
    assert log.count("Traceback") <= 1
