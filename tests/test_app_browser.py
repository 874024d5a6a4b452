"""The chat page as a person uses it, in headless Chromium (Playwright + Debian chromium)."""
from __future__ import annotations

import json
import time

import pytest

from conftest_app import ARTIFACTS, browser_page, require_browser, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def open_chat(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#question textarea", timeout=60_000)


def ask(page, question: str, n_before: int):
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    # wait until a new bot message with content is on the page
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .bot .answer, #chat [data-testid=\"bot\"] .answer').length > n",
        arg=n_before, timeout=60_000)
    return page.locator("#chat .answer").nth(n_before)


def test_ask_open_source_and_follow_up(tmp_path):
    require_browser()
    feedback = tmp_path / "feedback.jsonl"
    with running_app(env_extra={"QA_FEEDBACK": str(feedback)}) as url, browser_page() as page:
        open_chat(page, url)
        answer = ask(page, "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?", 0)
        assert "6,699억" in answer.inner_text()
        # no share button in the chat: nothing is sent anywhere
        # (Gradio's share icon is the chat's only button without a label)
        assert page.locator('#chat button[aria-label="Share"], #chat button[aria-label="공유"]').count() == 0
        assert page.locator("#chat button:not([aria-label])").count() == 0

        # thumbs up is stored with the question, the answer and its citations
        page.locator("#chat .tools button.vote").first.click()  # 👍 (the answer's own buttons)
        deadline = time.time() + 15
        while time.time() < deadline and not (feedback.exists() and feedback.read_text(encoding="utf-8").strip()):
            time.sleep(0.2)
        record = json.loads(feedback.read_text(encoding="utf-8").splitlines()[-1])
        assert record["liked"] is True and "총 사업비" in record["question"]
        assert "6,699억" in record["answer"] and record["citations"][0]["quote"]
        marker = page.locator("#chat a.marker").first
        assert marker.inner_text() == "[1]"

        # the marker opens its source: the passage with the quoted sentence highlighted
        marker.click()
        source = page.locator("#chat details.cite").first
        page.wait_for_function("() => document.querySelector('#chat details.cite').open === true", timeout=10_000)
        quote = source.locator("mark.quote")
        assert quote.is_visible()
        assert "6,699억 원" in quote.inner_text()
        # the side panel shows the same quote, highlighted
        assert "6,699억 원" in page.locator("#sources mark.quote").first.inner_text()

        # a follow-up in the same conversation is answered in context
        ask(page, "데이터 기반 4대 특화분야는 무엇인가요?", 1)
        follow = ask(page, "그 중 의료 분야에서는 무엇을 하나요?", 2)
        assert "헬스케어" in follow.inner_text()

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)

        # a new conversation clears the chat
        page.locator("#new-chat").click()
        page.wait_for_function("() => document.querySelectorAll('#chat .answer').length === 0", timeout=10_000)


def test_unanswerable_question_is_declined_in_the_page():
    require_browser()
    with running_app() as url, browser_page() as page:
        open_chat(page, url)
        answer = ask(page, "부산 해운대에서 가 볼 만한 맛집을 추천해 주세요.", 0)
        text = answer.inner_text()
        assert "찾지 못했습니다" in text
        assert page.locator("#chat a.marker").count() == 0
