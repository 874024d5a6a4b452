"""Untrusted text in the page, checked in headless Chromium.

An article (titles, source, author, body and URL) and the questions themselves carry
script payloads. The app is started over a copy of documents/ plus that article; the
page must show every payload as text, run none of them (``window.__xss`` stays
undefined, no dialog opens), link citations only to http(s), and fetch nothing from
outside the machine.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest_app import ARTIFACTS, browser_page, require_browser, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent

IMG = '<img src=x onerror="window.__xss=1">'
SCRIPT = "<script>window.__xss=1</script>"
MD_LINK = "[click](javascript:window.__xss=1)"
PAYLOADS_IN_BODY = [IMG, SCRIPT, MD_LINK, "![x](javascript:window.__xss=1)",
                    '<a href="javascript:window.__xss=1">여기</a>', "<details open ontoggle=window.__xss=1>",
                    "<svg onload=window.__xss=1>", "<iframe srcdoc=\"<script>parent.__xss=1</script>\">",
                    "[x](javascript&colon;window.__xss=1)", "<style>body{display:none}</style>"]

XSS_ARTICLE = f"""---
title: '{IMG} 해양드론 실증사업 {SCRIPT}'
source: "<svg onload=window.__xss=1>시험일보"
author: "{MD_LINK}"
date: 2024-05-01
url: "javascript:window.__xss=1"
---

부산시는 해양드론 실증사업에 총 777억 원을 투입한다고 밝혔다 {IMG}.

해양드론 실증사업 신청은 {MD_LINK} 에서 받는다.

해양드론 실증사업 담당자는 {SCRIPT} 시험 담당관이다.

해양드론 실증사업 안내문은 {PAYLOADS_IN_BODY[4]} 있고 사진은 {PAYLOADS_IN_BODY[3]} 이다.

해양드론 실증사업 설명회는 {PAYLOADS_IN_BODY[5]} {PAYLOADS_IN_BODY[6]} {PAYLOADS_IN_BODY[7]} 부산역에서 열린다.

해양드론 실증사업 문의처는 {PAYLOADS_IN_BODY[8]} {PAYLOADS_IN_BODY[9]} 이다.
"""

SAFE_ARTICLE = """---
title: "부산 해양드론 관제센터 개소"
source: "시험신문"
date: 2024-06-01
url: "https://example.org/drone-center?a=1&b=2"
---

부산 해양드론 관제센터는 영도구 동삼동 해양클러스터에 문을 열었다.

관제센터는 해양드론 30대를 동시에 관제할 수 있다.
"""

QUESTIONS = [
    "해양드론 실증사업에 얼마를 투입하나요?",
    f"{IMG} 해양드론 실증사업 담당자는 누구인가요? {SCRIPT}",
    f"{MD_LINK} 해양드론 실증사업 신청은 어디서 받나요?",
    "해양드론 관제센터는 어디에 있나요?",
]

# Anything in the page that could run script or navigate to it.
DANGEROUS = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = (a.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (a.name.startsWith('on') && (a.value || '').includes('__xss')) out.push(el.tagName + ' ' + a.name);
      if (['href', 'src', 'action', 'formaction', 'srcdoc', 'data'].includes(a.name)
          && (v.startsWith('javascript:') || v.includes('__xss'))) out.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
    if (el.tagName === 'SCRIPT' && el.textContent.includes('__xss')) out.push('SCRIPT ' + el.textContent);
    if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') out.push('IMG src=x');
  }
  return out;
}"""


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    require_browser()
    base = tmp_path_factory.mktemp("xss")
    docs = base / "docs"
    shutil.copytree(ROOT / "documents", docs)
    (docs / "xss-drone.md").write_text(XSS_ARTICLE, encoding="utf-8")
    (docs / "drone-center.md").write_text(SAFE_ARTICLE, encoding="utf-8")
    env = {"QA_DOCS_DIR": str(docs), "QA_INDEX_DIR": str(base / "index"), "QA_FEEDBACK": str(base / "fb.jsonl")}
    with running_app(env_extra=env, timeout=400) as url:
        yield url


def _ask(page, question: str, n_before: int):
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function("n => document.querySelectorAll('#chat .answer').length > n", arg=n_before,
                           timeout=90_000)
    return page.locator("#chat .answer").nth(n_before)


def test_payloads_in_articles_and_questions_show_as_text_and_never_run(app_url):
    with browser_page() as page:
        external, dialogs, errors = [], [], []

        def route(r):
            host = urlparse(r.request.url).hostname
            if host in ("127.0.0.1", "localhost") or r.request.url.startswith(("data:", "blob:")):
                r.continue_()
            else:
                external.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(app_url)
        page.wait_for_selector("#question textarea", timeout=60_000)

        # the corpus list already shows the hostile title, as text
        corpus = page.locator("ul.corpus").inner_text()
        assert IMG in corpus and SCRIPT in corpus

        texts = []
        for i, q in enumerate(QUESTIONS):
            texts.append(_ask(page, q, i).inner_text())
        assert "777억" in texts[0]
        assert "해양드론" in texts[1] and "해양드론" in texts[2]

        # open every source: the markers, the summaries in the chat, the side panel
        for marker in page.locator("#chat a.marker").all():
            marker.click()
        page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
        page.wait_for_timeout(1000)

        chat = page.locator("#chat").inner_text()
        # the questions, as typed, are visible text in the user bubbles
        for q in QUESTIONS[1:3]:
            for payload in (IMG, SCRIPT, MD_LINK):
                if payload in q:
                    assert payload in chat, payload
        # the article's payloads are visible text in the opened sources
        passages = " ".join(p.inner_text() for p in page.locator("#chat details.cite .passage").all())
        for payload in (IMG, SCRIPT, MD_LINK):
            assert payload in passages, payload
        cite_titles = " ".join(s.inner_text() for s in page.locator("#chat details.cite summary").all())
        assert IMG in cite_titles and "<svg onload=window.__xss=1>시험일보" in cite_titles

        # citations link only to http(s); the javascript: URL of the hostile article is not a link
        links = [a.get_attribute("href") for a in page.locator("#chat details.cite a, #sources a").all()]
        assert links, "the article with an https URL is linked"
        assert all(h.startswith(("https://", "http://")) for h in links), links
        assert "https://example.org/drone-center?a=1&b=2" in links
        markers = [a.get_attribute("href") for a in page.locator("#chat a.marker").all()]
        assert markers and all(h.startswith("#t") for h in markers)

        # nothing ran, nothing dangerous is in the DOM
        assert page.evaluate("() => typeof window.__xss") == "undefined"
        assert page.evaluate(DANGEROUS) == []
        assert dialogs == []
        assert not [e for e in errors if "__xss" in e]
        assert external == [], f"the page fetched from outside the machine: {external}"

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "xss.png"), full_page=True)


def test_api_returns_payloads_as_plain_json_strings(app_url):
    """The /ask API is data, not markup: the payload comes back verbatim in JSON strings."""
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    out = client.predict(QUESTIONS[0], [], api_name="/ask")
    assert out["answered"] and "777억" in out["answer"]
    cite = next(c for c in out["citations"] if c["doc_id"] == "xss-drone")
    assert cite["url"] is None  # javascript: never survives loading
    assert IMG in cite["title"] and IMG in cite["text"]
