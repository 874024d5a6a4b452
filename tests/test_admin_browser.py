"""The staff page (qa/admin.py) in headless Chromium, against app.py with a temporary
documents folder and index: absent without QA_ADMIN_TOKEN, a wrong token refused, an
uploaded file answered in the citizens' chat, a removed one no longer."""
from __future__ import annotations

import shutil

import pytest

from articles import DRONE
from conftest_app import ARTIFACTS, browser_page, require_browser, running_app
from makedocs import make_docx
from test_app_browser import ask, open_chat
from test_bad_documents import DOCS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TOKEN = "staff-test-token-0123456789abcdef"
QUESTION = "섬 주민 드론 택배는 한 번에 몇 킬로그램까지 실어 나르나요?"


def status(url: str, path: str, method: str = "GET", token: str | None = None, body: bytes | None = None) -> int:
    """The HTTP status of one request. A server that refuses an over-size body answers and
    closes before the client has sent it all; the status is read after the broken pipe."""
    import http.client
    from urllib.parse import urlsplit

    u = urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    headers = {"X-Admin-Token": token} if token else {}
    try:
        try:
            conn.request(method, (u.path.rstrip("/") + path), body=body, headers=headers)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return conn.getresponse().status
    finally:
        conn.close()


def wait_indexed(page, runs_before: int) -> None:
    page.wait_for_function(
        "([t, n]) => fetch('api/status', {headers: {'X-Admin-Token': t}}).then(r => r.json())"
        ".then(s => s.state === 'done' && s.runs > n)", arg=[TOKEN, runs_before], timeout=120_000, polling=500)


def runs(page) -> int:
    return page.evaluate("t => fetch('api/status', {headers: {'X-Admin-Token': t}}).then(r => r.json())"
                         ".then(s => s.runs)", TOKEN)


def test_staff_page_upload_answer_remove(tmp_path):
    require_browser()
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    upload = tmp_path / "드론 택배.docx"
    upload.write_bytes(make_docx(DRONE["title"], DRONE["paras"]))
    env = {"QA_DOCS_DIR": str(docs), "QA_INDEX_DIR": str(tmp_path / "index"), "QA_FEEDBACK": str(tmp_path / "f.jsonl"),
           "QA_ADMIN_TOKEN": TOKEN, "QA_ADMIN_MAX_MB": "1"}
    with running_app(env_extra=env) as url, browser_page() as page:
        staff = url + "staff/"
        # a wrong or missing token is refused, and nothing is stored
        assert status(url, "/staff/api/documents") == 401
        assert status(url, "/staff/api/documents", token="wrong-" + TOKEN) == 401
        assert status(url, "/staff/api/upload", "POST", token="wrong", body=upload.read_bytes()) == 401
        assert status(url, "/staff/api/remove", "POST", token="wrong", body=b'{"doc_id": "busan-digital-industry-plan"}') == 401
        assert sorted(p.name for p in docs.iterdir() if p.is_file()) == sorted(p.name for p in DOCS.iterdir())
        # over the size cap (1 MB here): refused before it is stored
        assert status(url, "/staff/api/upload", "POST", token=TOKEN, body=b"x" * (2 * 2**20)) == 413

        page.on("dialog", lambda d: d.accept())
        page.goto(staff)
        page.fill("#token", "wrong-token-wrong-token")
        page.click("#login-button")
        page.wait_for_function("() => document.getElementById('message').textContent.includes('토큰이 맞지 않습니다')")
        assert page.locator("#panel").is_hidden()

        page.fill("#token", TOKEN)
        page.click("#login-button")
        page.wait_for_selector("#docs tbody tr", timeout=30_000)
        assert page.locator("#docs tbody tr").count() == 5
        assert "디지털산업 활성화 계획" in page.locator("#docs").inner_text()

        # upload: type by content, read, indexed, listed with its passages
        before = runs(page)
        page.set_input_files("#file", str(upload))
        page.click("#upload")
        wait_indexed(page, before)
        row = page.locator("#docs tbody tr[data-doc='드론-택배']")
        row.wait_for(timeout=30_000)
        assert DRONE["title"] in row.inner_text() and "docx" in row.inner_text()
        assert (docs / "드론-택배.docx").is_file() and not list((docs / ".incoming").glob("*"))
        page.screenshot(path=str(ARTIFACTS / "staff.png"), full_page=True)

        # the citizens' chat answers from it, without a restart
        chat = page.context.browser.new_page(viewport={"width": 1280, "height": 900}, locale="ko-KR")
        open_chat(chat, url)
        answer = ask(chat, QUESTION, 0)
        assert "5킬로그램" in answer.inner_text()
        assert DRONE["title"] in chat.locator("#chat details.cite").first.inner_text()

        # removal: gone from the list and the folder, and the question is no longer answered
        before = runs(page)
        row.locator("button.remove").click()
        wait_indexed(page, before)
        page.wait_for_function("() => !document.querySelector(\"#docs tbody tr[data-doc='드론-택배']\")")
        assert not (docs / "드론-택배.docx").exists() and list((docs / ".removed").glob("*드론-택배.docx"))
        chat.locator("#new-chat").click()
        chat.wait_for_function("() => document.querySelectorAll('#chat .answer').length === 0", timeout=10_000)
        answer = ask(chat, QUESTION, 0)
        assert "찾지 못했습니다" in answer.inner_text() and "5킬로그램" not in answer.inner_text()

    # without a token the page does not exist (same folders, index already built)
    env.pop("QA_ADMIN_TOKEN")
    with running_app(env_extra={**env, "QA_ADMIN_TOKEN": ""}) as url, browser_page() as page:
        assert status(url, "/staff/") == 404 and status(url, "/staff/api/documents", token=TOKEN) == 404
        response = page.goto(url + "staff/")
        assert response.status == 404 and "토큰" not in page.content()


def test_admin_routes_exist_only_with_a_token(tmp_path):
    from qa.admin import admin_routes
    from qa.config import Settings

    settings = Settings(docs_dir=tmp_path, index_dir=tmp_path / "i")
    assert admin_routes(settings, lambda p: None, token="") == []
    with pytest.raises(ValueError, match="QA_ADMIN_TOKEN"):
        admin_routes(settings, lambda p: None, token="short")
    assert len(admin_routes(settings, lambda p: None, token=TOKEN)) == 1
