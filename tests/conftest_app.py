"""Helpers to run app.py in a subprocess and drive it in headless Chromium (imported by tests)."""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"


def require_browser():
    """Skip where no Chromium is installed, but fail in CI (QA_REQUIRE_BROWSER=1): there
    the browser tests are the point, and a silent skip would hide a broken set-up."""
    ok = Path(CHROMIUM).exists()
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        ok = False
    if not ok:
        if os.environ.get("QA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium ({CHROMIUM}) or playwright missing but QA_REQUIRE_BROWSER=1")
        pytest.skip(f"needs {CHROMIUM} and playwright (apt-get install chromium)")


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(env_extra: dict | None = None, timeout: float = 240.0, preexec_fn=None):
    """Start app.py on a free loopback port; yield its URL; stop it afterwards.
    ``preexec_fn`` runs in the child before app.py (e.g. to lower its file limit)."""
    port = free_port()
    env = {**os.environ, **(env_extra or {})}
    log_path = ARTIFACTS / f"app-{port}.log"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "w")
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, preexec_fn=preexec_fn)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"app exited early ({proc.returncode}); log:\n{log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError(f"app did not answer within {timeout}s; log:\n{log_path.read_text()[-3000:]}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def browser_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ko-KR")
            yield page
        finally:
            browser.close()


def has_chromium() -> bool:
    return shutil.which(CHROMIUM) is not None
