"""deploy/nginx/busan-qa.conf in front of the running app: TLS, the body limit, the rate
limit and the slow-client timeouts bite, and the chat still works through it.

The config file itself is used; only what a test machine must change is rewritten
(listen addresses, the upstream port, the certificate paths), and each rewrite must
match, so the test breaks if the file drifts. Needs Debian's nginx (`apt-get install
nginx-light`; .ci/run installs it): skipped without it, failed in CI (QA_REQUIRE_NGINX=1).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from conftest_app import free_port, running_app

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "deploy" / "nginx" / "busan-qa.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"


def require_nginx():
    if not Path(NGINX).exists() or not shutil.which("openssl"):
        if os.environ.get("QA_REQUIRE_NGINX") == "1":
            pytest.fail(f"nginx ({NGINX}) or openssl missing but QA_REQUIRE_NGINX=1")
        pytest.skip("needs nginx and openssl (apt-get install nginx-light openssl)")


def render(app_port: int, http_port: int, https_port: int, cert: Path, key: Path) -> str:
    text = CONF.read_text(encoding="utf-8")
    rewrites = [
        (r"server 127\.0\.0\.1:7860;", f"server 127.0.0.1:{app_port};"),
        (r"listen 80;", f"listen 127.0.0.1:{http_port};"),
        (r"listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        (r"\n\s*listen \[::\]:80;", ""), (r"\n\s*listen \[::\]:443 ssl http2;", ""),
        (r"ssl_certificate     /etc/ssl/busan-qa/fullchain\.pem;", f"ssl_certificate {cert};"),
        (r"ssl_certificate_key /etc/ssl/busan-qa/privkey\.pem;", f"ssl_certificate_key {key};"),
    ]
    for pattern, repl in rewrites:
        text, n = re.subn(pattern, repl, text)
        assert n == 1, f"{CONF.name} no longer has exactly one {pattern!r}"
    return text


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    require_nginx()
    base = tmp_path_factory.mktemp("nginx")
    cert, key = base / "cert.pem", base / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=120)
    env = {"QA_DOCS_DIR": str(ROOT / "documents"), "QA_INDEX_DIR": str(base / "index"),
           "QA_FEEDBACK": str(base / "fb.jsonl")}
    with running_app(env_extra=env, timeout=600) as app_url:
        http_port, https_port = free_port(), free_port()
        (base / "site.conf").write_text(render(urlparse(app_url).port, http_port, https_port, cert, key))
        for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (base / d).mkdir()
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers must reach the temp folders
        (base / "nginx.conf").write_text(
            f"{user}worker_processes 1;\ndaemon off;\npid {base}/nginx.pid;\nerror_log {base}/error.log warn;\n"
            "events { worker_connections 512; }\n"
            f"http {{\n access_log {base}/access.log;\n client_body_temp_path {base}/body;\n"
            f" proxy_temp_path {base}/proxy;\n fastcgi_temp_path {base}/fastcgi;\n uwsgi_temp_path {base}/uwsgi;\n"
            f" scgi_temp_path {base}/scgi;\n include {base}/site.conf;\n}}\n")
        check = subprocess.run([NGINX, "-t", "-p", str(base), "-c", str(base / "nginx.conf")], capture_output=True,
                               text=True, timeout=60)
        assert check.returncode == 0, check.stderr
        proc = subprocess.Popen([NGINX, "-p", str(base), "-c", str(base / "nginx.conf")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.time() + 60
            while time.time() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", https_port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
            yield f"https://127.0.0.1:{https_port}/", f"http://127.0.0.1:{http_port}/", base
        finally:
            proc.terminate()
            proc.wait(30)


def test_the_chat_works_through_tls_and_event_streams(proxied):
    from gradio_client import Client

    url, _, _ = proxied
    out = Client(url, verbose=False, ssl_verify=False).predict(QUESTION, [], api_name="/ask")
    assert out["answered"] and "6,699억" in out["answer"]
    r = httpx.get(url, verify=False, timeout=30)
    assert r.status_code == 200 and "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["strict-transport-security"].startswith("max-age=")
    assert r.headers["x-frame-options"] == "DENY"


def test_plain_http_redirects_to_https(proxied):
    _, plain, _ = proxied
    r = httpx.get(plain + "gradio_api/info", timeout=30)
    assert r.status_code == 301 and r.headers["location"].startswith("https://")


def test_a_body_over_256k_is_refused_by_nginx(proxied):
    url, _, _ = proxied
    r = httpx.post(url + "gradio_api/queue/join", content=b"x" * 300_000, verify=False, timeout=30,
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and "nginx" in r.text  # nginx's page: the app never saw it


def test_a_burst_of_questions_from_one_client_is_rate_limited(proxied):
    url, _, base = proxied
    statuses = []
    with httpx.Client(verify=False, timeout=30) as c:
        for _ in range(40):  # an unknown fn_index: the app answers 400 to those that get through
            statuses.append(c.post(url + "gradio_api/queue/join", json={"data": [], "fn_index": 999,
                                                                        "session_hash": "burst"}).status_code)
    assert statuses.count(429) >= 10, statuses
    assert set(statuses) <= {400, 429}
    assert statuses.count(400) >= 10  # the burst allowance got through to the app


def test_slow_and_silent_clients_are_cut_off(proxied):
    url, plain, _ = proxied
    port = urlparse(url).port
    silent = socket.create_connection(("127.0.0.1", port), timeout=60)  # never starts TLS
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    slow = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=60))
    slow.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # and nothing more
    for s in (silent, slow):
        try:
            data = s.recv(4096)  # nginx closes it (client_header_timeout 10s); the 60 s only bounds a hang
        except (ConnectionResetError, ssl.SSLError):
            data = b""
        assert data == b"" or data.startswith(b"HTTP/1.1 408"), data[:80]
        s.close()
