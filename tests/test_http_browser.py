"""The page under its security headers, in headless Chromium: it works with no CSP
violation (its own <head> script, the examples, the panels), and a page on another
local origin cannot frame it. (Posts from other origins: test_http_app.py.)"""
from __future__ import annotations

import http.server
import threading

import pytest

from conftest_app import browser_page, free_port, require_browser, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Records what the browser blocked because of the policy.
WATCH_CSP = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
             "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    require_browser()
    base = tmp_path_factory.mktemp("browser")
    with running_app(env_extra={"QA_FEEDBACK": str(base / "fb.jsonl")}) as url:
        yield url


@pytest.fixture(scope="module")
def other_origin(app_url):
    """A page served from another local origin that frames the app."""
    page = f"""<!doctype html><html><body>
<iframe id="f" src="{app_url}" width="400" height="300"></iframe>
</body></html>""".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://localhost:{server.server_address[1]}/"
    server.shutdown()


def test_the_page_works_under_its_policy(app_url):
    with browser_page() as page:
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.add_init_script(WATCH_CSP)
        page.goto(app_url)
        page.wait_for_selector("#question textarea", timeout=60_000)
        # the article list renders; the right column can mount after the question box on
        # a busy machine (CI once counted 0 here), so wait for it rather than count at once
        page.wait_for_function("() => document.querySelectorAll('ul.corpus li').length === 5",
                               timeout=30_000)
        page.get_by_text("데이터 기반 4대 특화분야는 무엇인가요?").first.click()  # an example fills the box
        page.wait_for_function("() => document.querySelector('#question textarea').value.includes('특화분야')",
                               timeout=30_000)
        page.locator("#send").click()
        page.wait_for_function("() => document.querySelectorAll('#chat .answer').length > 0", timeout=90_000)
        assert "금융" in page.locator("#chat .answer").first.inner_text()
        page.locator("#chat a.marker").first.click()  # the page's own <head> script opens the source
        page.wait_for_function("() => document.querySelector('#chat details.cite').open === true", timeout=10_000)
        page.wait_for_selector("#sources mark.quote", timeout=10_000)  # the side panel renders
        assert page.evaluate("() => window.__csp") == []
        assert not [e for e in errors if "Content Security Policy" in e or "EvalError" in e], errors


def test_another_origin_cannot_frame_the_page(app_url, other_origin):
    with browser_page() as page:
        page.goto(app_url)  # the same browser shows the page when it is not framed
        page.wait_for_selector("#question textarea", timeout=60_000)
        page.goto(other_origin)
        page.wait_for_timeout(5000)  # time for a framed page to load, if it were allowed to
        frame = page.frame_locator("#f")
        assert frame.locator("#question textarea").count() == 0  # refused: frame-ancestors 'none'
        assert frame.locator("gradio-app").count() == 0
