"""News-page furniture in .txt scrapes, on made-up pages in several outlets' styles.

Each page is what copying a whole news page gives: menus, share bars, a dateline, photo
captions (one repeated in the body), reporter lines, related-article lists and a
copyright line around a made-up article. The cleaner must drop the furniture and keep
every sentence of the article.
"""
from __future__ import annotations

import pytest

from qa.clean import clean_text, is_caption, is_dateline, is_reporter_line, only_menu_words
from qa.korean import split_sentences
from qa.load import parse_document

BODY = [
    "[부산=가상일보 홍길동 기자] 부산시는 해양 데이터 플랫폼을 구축해 항만 물류 기업에 개방한다고 2일 밝혔다.",
    "시는 2027년까지 모두 120억 원을 투입할 계획이다. 플랫폼에는 선박 입출항과 화물 처리 자료가 모인다.",
    "시 관계자는 \"지역 기업이 데이터를 활용해 새로운 서비스를 만들 수 있도록 돕겠다\"고 말했다.",
]

PAGES = {
    # a daily's site: glued share buttons, a dateline, a caption with a photo credit
    "daily": ["가상일보", "전체기사 정치 경제 사회", "부산시, 해양 데이터 플랫폼 연다",
              "입력 2024.03.02 09:30 | 수정 2024.03.02 10:12", "기사퍼가기카카오톡페이스북트위터",
              "부산항 신항 전경. 사진=부산항만공사 제공", *BODY, "홍길동 기자 hong@example.com",
              "ⓒ 가상일보 무단전재 및 재배포 금지", "관련기사", "부산항 스마트 항만 구축 착수", "해양수산부, 데이터 댐 확대",
              "많이 본 뉴스", "서울 아파트값 또 올라", "주말 날씨 맑음"],
    # an online outlet: "기자명 / 승인" info lines, a caption in brackets repeated as body
    "online": ["HOME > 지역 > 부산", "부산시, 해양 데이터 플랫폼 연다", "사회 / 김영란 기자 / 2024-03-02 18:15:31",
               "공유 | 댓글 | 스크랩 | 인쇄 | 글자크기", "▲ 부산시청 전경 (사진=부산시)", *BODY[:2],
               "▲ 부산시청 전경 (사진=부산시)", BODY[2], "/ 김영란 기자", "[email protected]",
               "함께 보면 좋은 기사", "▶ 부산 스타트업 투자 늘어", "▶ 해운대 관광객 증가",
               "저작권자 © 가상경제 무단전재 및 재배포금지"],
    # a broadcaster's page: "(사진)" credit, reporter and a "이 시각 주요뉴스" block mid-page
    "broadcast": ["가상방송 뉴스", "부산시, 해양 데이터 플랫폼 연다", "기사입력 2024-03-02 20:10", "SNS 공유 | 기사저장",
                  BODY[0], "이 시각 주요뉴스", "대통령 순방 마무리", "주가 상승 마감", BODY[1], BODY[2],
                  "[사진] 부산항 컨테이너 부두", "영상취재 : 김철수", "가상방송 홍길동입니다.", "Copyright ⓒ 가상방송. All rights reserved."],
}
NOISE = {
    "daily": ["기사퍼가기", "사진=부산항만공사", "hong@example.com", "무단전재", "관련기사", "스마트 항만 구축 착수",
              "많이 본 뉴스", "아파트값", "입력 2024"],
    "online": ["HOME", "김영란 기자 /", "공유 |", "사진=부산시", "김영란 기자", "email", "함께 보면", "스타트업 투자",
               "저작권자"],
    "broadcast": ["SNS 공유", "이 시각", "대통령", "주가 상승", "[사진]", "Copyright", "기사입력"],
}


@pytest.mark.parametrize("style", sorted(PAGES))
def test_news_furniture_goes_and_the_article_stays(style, tmp_path):
    text = clean_text("\n".join(PAGES[style]))
    for noise in NOISE[style]:
        assert noise not in text, (style, noise, text)
    for para in BODY:
        for s in split_sentences(para):
            assert para[s.start:s.end] in text, (style, para[s.start:s.end])
    doc, _ = parse_document("\n".join(PAGES[style]).encode("utf-8"), tmp_path / f"{style}.txt")
    assert doc.date == "2024-03-02"
    assert clean_text(text) == text  # idempotent


def test_the_rules_one_by_one():
    assert only_menu_words("기사퍼가기카카오톡페이스북") and only_menu_words("공유 | 댓글 | 인쇄")
    assert not only_menu_words("공유 경제 플랫폼을 만든다")
    assert is_caption("김 청장이 포부를 밝히고 있다. 사진=경자청 제공") and is_caption("부산시청 전경 (사진=부산시)")
    assert not is_caption("시는 사진=과 같은 표기를 쓰지 않는다고 밝혔다. " * 6)  # long text is never a caption
    assert is_reporter_line("홍길동 기자") and is_reporter_line("/ 김영란 기자") and is_reporter_line("글·사진=홍길동 기자")
    assert is_reporter_line("홍길동·김철수 기자 hong@example.com")
    assert not is_reporter_line("홍길동 기자는 이날 현장을 찾아 주민들을 만났다.")
    assert is_dateline("입력 2024.03.02 09:30 | 수정 2024.03.02 10:12") and is_dateline("데일리한국 2024-11-01 09:48:02")
    assert not is_dateline("시는 2024.03.02 09:30에 회의를 열었다.")


def test_a_list_like_body_after_a_marker_is_kept_once_sentences_resume():
    lines = ["관련 기사", "부산 데이터 센터 개소", BODY[0], "▲ 데이터 통합 관리체계 구축", BODY[1]]
    text = clean_text("\n".join(lines))
    assert "개소" not in text and BODY[0] in text and BODY[1] in text
    assert "▲ 데이터 통합 관리체계 구축" in text  # a list item in the body is not a caption
