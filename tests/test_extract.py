"""qa.extract: the value asked for, cut verbatim from a sentence."""
from __future__ import annotations

import pytest

from qa.extract import Span, answer_items, clause, holds_answer, list_items, matched_positions, value_span
from qa.figures import figures
from qa.question import analyze, squash


@pytest.mark.parametrize("question, sentence, value", [
    # a figure of the unit asked for, not the first figure of the sentence
    ("몇 명의 인재를 양성하나요?", "취업 연계를 목표로 5년간 5,000여 명의 인재를 양성할 예정이다.", "5,000여 명"),
    ("총 사업비는 얼마인가요?", "디지털산업 육성 계획(2022~2026년, 총 6,699억 원)을 발표했다.", "6,699억 원"),
    ("실업률은 몇 퍼센트야?", "지난해 81%였던 고용률과 달리 실업률은 2.1%를 기록했다.", "2.1%"),
    ("찬성은 몇 표였어?", "2021년 5월 3일 표결에서 찬성 152표, 반대 40표로 가결됐다.", "152표"),
    # 몇 개로 / 몇 분으로: the value the change goes to, its counted noun between
    ("버스 노선이 몇개로 늘어나요?", "시는 25일부터 기존 109개 노선을 119개 노선으로 확대한다.", "119개"),
    ("배차간격은 몇분으로 줄어드나요", "배차 시간은 기존 25~30분 간격에서 10~15분 간격으로 줄어든다.", "10~15분"),
    # the total, not a part, when the question asks for the whole
    ("올해 총 예산은 얼마야?", "올해 예산 가운데 354억 원이 AI에 쓰이며 총 예산은 2,150억 원이다.", "2,150억 원"),
    # a question's own year is not its answer
    ("2025년까지 몇 종으로 늘리나요?", "현재 2500종의 데이터를 2025년에는 1만종으로 늘린다.", "1만종"),
    ("성요셉 아파트가 지어진 해는?", "성요셉 아파트는 1971년에 지어졌다.", "1971년"),
    # the question word's 부터 is the answer's: not the day the start was announced
    ("판매는 몇일부터 시작돼요?", "카드는 1월23일부터 살 수 있으며, 시는 이런 판매 시작 계획을 19일 발표했다.", "1월23일"),
    # a raise asked (올렸어) is the figure before the verb of change; the base of its own rate in the
    # bracket after it ("기본급 대비") sets nothing against the question's 기본급
    ("가람 노사 기본급 얼마 올렸어?", "노사는 ▲기본급 8만1천20원(기본급 대비 4.32%) 인상 ▲복지기금 40억원 출연 등에 합의했다.",
     "8만1천20원"),
    # the year before asked: the figure it labels, not the change from it
    ("가람 지연율, 그 전년에는 몇 %였어?", "전체 평균 지연율은 전년(25.7%)보다 2.4%포인트 낮아졌다.", "25.7%"),
    ("작년 같은 때는 몇 톤 들어왔었어?", "올해 유입량은 지난해 같은 시기(57톤)보다 11배 많은 627톤이다.", "57톤"),
])
def test_figure_of_the_kind_asked(question, sentence, value):
    span = value_span(analyze(question), sentence)
    assert span is not None and span.text == value
    assert sentence[span.start:span.end] == value


@pytest.mark.parametrize("question, sentence, value", [
    ("박형식이 데뷔한 남성 아이돌 그룹의 이름은?", "박형식은 2010년 남성 아이돌 그룹 제국의 아이들의 멤버로 데뷔하였다.",
     "제국의 아이들"),
    ("솔로몬 제도에서 가장 큰 섬은?", "해군은 2월 20일 티모르 섬을 점령한 직후 솔로몬 제도에서 가장 큰 섬인 부건빌 섬에 상륙했다.",
     "부건빌 섬"),
    ("경자청장은 누구야?", "경자청(청장 김기영)은 지난 17일 업무협약을 체결했다.", "김기영"),
    # an agenda line names the place in brackets after the event
    ("성장전략 보고회는 어디에서 열렸나요?", "▲ 성장전략 보고회(대회의실)", "대회의실"),
    ("박형식이 재학 중인 학교는 어디인가?", "박형식은 현재 디지털서울문화예술대학교 경영학과에 재학 중이다.",
     "디지털서울문화예술대학교"),
    # a title in 《》 is a word of its own, its marks not part of it
    ("방탄소년단의 두 번째 정규 앨범의 이름은?", "방탄소년단은 10월 10일 두 번째 정규 앨범 《WINGS》를 발매하며 활동을 이어갔다.",
     "WINGS"),
])
def test_phrase_next_to_the_question_words(question, sentence, value):
    span = value_span(analyze(question), sentence)
    assert span is not None and value in span.text, span


@pytest.mark.parametrize("question, value", [
    ("재정자립도 꼴찌는 어디야?", "하용도"),
    ("재정자립도 제일 낮은 시도는?", "하용도"),
    ("재정자립도 가장 높은 곳은?", "나래시"),
])
def test_the_extreme_asked_is_the_subject_of_the_clause_saying_it(question, value):
    # "가람도" stands before "…뒤를 이었고", the end of its clause: the bottom is the subject of
    # "가장 낮았다"; the top the subject of "가장 높았고"
    sentence = "나래시(80.4%)가 가장 높았고, 다온시(62.1%)와 가람도(48.7%)가 뒤를 이었고 하용도(13.8%)가 가장 낮았다."
    span = value_span(analyze(question), sentence)
    assert span is not None and span.text.startswith(value)


@pytest.mark.parametrize("question, extreme", [
    ("재정자립도 꼴찌는 어디야?", "low"),
    ("군 단위에서 재정자립도 제일 낮은 군은?", "low"),
    ("신청이 가장 많이 들어온 지역은?", "high"),
    # an extreme said of something else than what is asked marks no answer
    ("총선거로 가장 많은 의석을 획득한 정당이 내각을 구성하는 정부형태는 무엇인가?", None),
    ("가장 적극적인 곳은?", None),  # 적극 is no 적은
])
def test_the_extreme_asked_is_said_of_the_head(question, extreme):
    from qa.extract import extreme_asked

    assert extreme_asked(analyze(question)) == extreme


@pytest.mark.parametrize("text, labelled", [
    ("지난해 같은 시기(57톤)", True), ("전년(25.7%)", True), ("작년 같은 기간에는 57톤", True),
    ("전년 동기 510t 대비", True),
    ("재작년 같은 시기(40톤)", False),  # 작년 inside 재작년 is no year before
    ("올해 57톤", False),
])
def test_the_figure_the_year_before_labels(text, labelled):
    from qa.extract import past_year_labels

    start = next(f.start for f in figures(text) if f.unit == "t" or f.kind == "percent")
    assert past_year_labels(text, start) is labelled


def test_a_bracket_naming_the_head_of_a_body_is_no_place():
    span = value_span(analyze("부산시가 유치하려는 공공기관은 어디인가요?"), "부산시(시장 박형준)는 5일 회의를 열었다.")
    assert span is None or "시장" not in span.text


def test_a_count_is_no_name():
    from qa.extract import holds_answer

    # "이름이 뭐야?" wants a name; "기관장 등 30명" names nobody
    q = analyze("민관 TF 단장인 행정부시장 이름이 뭐야?")
    assert not holds_answer(q, "기업 대표, 전문가 및 유관 기관장 등 30명이 참석했다.")
    # a name read as a proper noun in its sentence counts
    assert holds_answer(analyze("1932년 주택 유형을 연구한 단체의 이름은?"),
                        "1932년 조선주택영단은 여러가지 주택 유형을 연구하기 위하여 대안을 실현하게 된다.")


def test_no_value_of_the_kind_asked():
    assert value_span(analyze("사업비는 얼마인가요?"), "5년간 5,000여 명의 인재를 양성한다.") is None


def test_clause_keeps_the_value_and_cuts_between_words():
    text = "가나다 " * 30 + "총 6,699억 원을 투입한다 " + "라마바 " * 30
    span = value_span(analyze("총 사업비는 얼마?"), text)
    piece = clause(text, span, 60)
    assert "6,699억 원" in piece and len(piece) <= 62 and piece.startswith("…") and piece.endswith("…")
    assert clause("짧은 문장", None, 60) == "짧은 문장"


def test_clause_shows_the_value_with_the_question_words():
    # the window holding the span slides toward where the question's words stand (a margin
    # kept each side of the span), instead of centring on the span alone
    text = "가나다 " * 20 + "시상식은 경기도 일산 킨텍스에서 열렸다 " + "라마바 " * 5 + "골든디스크 시상식 본상 " + "사아자 " * 20
    q = analyze("골든디스크 시상식이 열린 곳은?")
    span = Span(text.index("킨텍스"), text.index("킨텍스") + 3, "킨텍스")
    centred = clause(text, span, 50)
    shown = clause(text, span, 50, matched_positions(q, text))
    assert "골든디스크" not in centred and "골든디스크" in shown
    assert "경기도 일산 킨텍스" in shown and len(shown) <= 52


def test_list_items():
    assert list_items("4대 전략은 ▲해양 ▲인공 지능 ▲소재 ▲라이프산업이다.") == ["해양", "인공 지능", "소재", "라이프산업"]
    assert list_items("우선 금융, 의료, 물류, 관광 분야 등 4대 특화분야에 집중") == ["금융", "의료", "물류", "관광"]
    assert list_items("목록이 없는 문장입니다.") == []
    # one list runs by commas or by dots: a comma between clauses ends no item, a thousands
    # comma splits no figure, and the last item drops its particle
    assert list_items("기업에 투자 의무를 지며, 이차전지·바이오·수소 등 신산업 분야를 키운다.") == ["이차전지", "바이오", "수소"]
    assert list_items("공공산후조리원은 분당·수정·중원구에 각각 하나씩 만든다.") == ["분당", "수정", "중원구"]
    assert "지방비 1,000억" in list_items("국비 1,000억, 지방비 1,000억, 민간 8,980억 등을 투입한다.")


def test_the_holder_of_another_post_does_not_answer_the_post_asked():
    # "운영사 대표이사는 누구야?": the name beside another post (총괄이사, 차장) is another's
    q = analyze("가람케이블카 운영사 대표이사는 누구야?")
    assert not holds_answer(q, "나래준 가람케이블카 총괄이사는 “주말은 8000명이 이용한다”고 전했다.")
    assert holds_answer(q, "나래준 가람케이블카 대표이사는 “주말은 8000명이 이용한다”고 전했다.")
    boss = analyze("가람케이블카 운영사 대표 누구?")
    assert not holds_answer(boss, "[인터뷰] 나래준 / 가람케이블카 경영지원본부 차장")
    assert holds_answer(boss, "[인터뷰] 나래준 / 가람케이블카 대표이사")
    # … and a firm's head is named with the post: a place beside a general's title is no one asked
    assert not holds_answer(boss, "충무공 장군의 마지막 격전지인 나래해협을 볼 수 있는 가람케이블카가 개장했다.")
    # (someone named with 씨 is named as a person, post or none)
    assert holds_answer(analyze("가람케이블카 운영사 사장은 누구야?"), "가람케이블카는 나래준 씨가 운영한다.")


def test_a_place_on_the_ground_or_a_letter_is_no_firm():
    q = analyze("가람 주차타워 시공한 건설사는 어디야?")
    assert not holds_answer(q, "충주시 중심시가지에 210면의 주차타워가 준공됐다.")
    assert not holds_answer(q, "지난 1월 공사에 착수해 10개월 만에 완료했다.")
    assert holds_answer(q, "주차타워는 한빛건설이 시공을 맡았다.")
    # (a firm whose name ends as a mountain's does, doing the work, is a firm)
    assert holds_answer(q, "주차타워는 두산이 시공을 맡았다.")


def test_a_word_ending_in_the_kind_asked_by_which_is_its_name():
    # "어느 공원 지하에?": the word glued onto 공원 names the park, however Kiwi cuts its letters
    # (백 + 현 + 어린이 + 공원); an area is no park
    q = analyze("가람동 주차장은 어느 공원 지하에 생겨?")
    assert value_span(q, "가람동 공영주차장은 한빛어린이공원 지하에 조성된다.").text == "한빛어린이공원"
    assert not holds_answer(q, "사업비 80억 원을 투입해 총면적 3천215㎡, 지하 2층 규모로 건립한다.")
    # a common compound of the kind is no name of one: "시범사업" for "어떤 사업"
    assert value_span(analyze("가람 분야에서는 어떤 사업을 추진하나요?"),
                      "가람 분야에서는 융합 시범사업, 지역거점 조성 등을 추진한다.").text != "시범사업"
    assert value_span(analyze("가람시는 어느 지역에 센터를 세워?"),
                      "센터는 비수도권지역 가운데 나래동에 세운다.").text != "비수도권지역"


def test_the_body_that_held_an_event_is_not_where_and_a_web_address_is_no_body():
    # "협약식은 어디서 열렸어?": the body a sentence opens with held it; a venue is said with 에서
    q = analyze("가람 무상급식 업무협약식은 어디서 열렸어?")
    assert not holds_answer(q, "가람시교육청은 8일 가람시, 구청장협의회와 무상급식 업무협약을 체결했다고 밝혔다.")
    assert holds_answer(q, "가람시교육청은 8일 나래컨벤션센터에서 무상급식 업무협약을 체결했다.")
    # (where to apply is asked of no event: the body taking applications answers it)
    assert holds_answer(analyze("가람 청년수당 신청은 어디서 해?"), "가람시청은 청년수당 신청을 받는다.")
    body = analyze("가람 이동지원센터는 어느 기관 소속으로 운영돼?")
    assert not holds_answer(body, "사전 예약은 이동지원센터 누리집(garam.go.kr)에서 접수한다.")


def test_a_name_in_brackets_of_another_kind_is_not_the_kind_asked():
    # "어느 건설사인가요?" is not answered by "나래권(가람대병원)": the bracket names a hospital
    q = analyze("가람권 전문병원 시공사는 어느 건설사인가요?")
    assert not holds_answer(q, "2028년 2월에는 다온권(한빛대병원)과 나래권(가람대병원) 전문병원이 완공된다.")


def test_the_first_part_of_a_list_may_join_two_items_by_gwa():
    # "A과 B, C, D 등": 과 (Kiwi's conjunctive particle) joins the first two items; each is as
    # long as the items between the commas, back to the lead's particle
    text = ("새로 지정된 복지관은 충주 가람1리 복지관과 제천 한빛리 복지관, 충주 중앙동 복지관, "
            "제천 가람2리 복지관 등이다.")
    assert list_items(text) == ["충주 가람1리 복지관", "제천 한빛리 복지관", "충주 중앙동 복지관",
                                "제천 가람2리 복지관"]
    assert list_items("참여 기관은 가람대와 나래대, 다온대, 한빛대 등이다.") == ["가람대", "나래대", "다온대", "한빛대"]
    # the 과 of "병원과 협력해" joins no items: the first item is the word before the comma
    assert list_items("시는 병원과 협력해 가람동, 나래동, 다온동에 설치한다.") == ["가람동", "나래동", "다온동"]
    # … nor does a 와 of "with", Kiwi's JC too: the two it would join end unalike
    assert list_items("가람시는 나래공사와 다온동, 한빛동, 가람동 일대 도로를 정비한다.") == ["다온동", "한빛동", "가람동"]
    q = analyze("새로 지정된 복지관 4곳은 어디인가요?")
    assert len(answer_items(q, text)) == q.count[0] == 4


def test_two_items_make_a_list_when_two_are_asked():
    # "같이 하는 부처 두 곳은?": two names run apart by a middle dot are the two asked; two
    # are no list otherwise, and two run apart by a comma are two clauses as often
    text = "가람시는 10∼14일 가람부·나래부와 함께 환급행사를 진행한다고 밝혔다."
    assert list_items(text) == []
    assert list_items(text, least=2) == ["가람부", "나래부"]
    assert answer_items(analyze("가람시 환급행사 같이 하는 부처 두 곳은?"), text) == ["가람부", "나래부"]
    assert list_items("가람시는 행사를 열고, 나래시는 축제를 연다.", least=2) == []
    # (one dotted pair in a sentence whose clauses commas run apart, no figure among the two)
    assert list_items("가람시는 가람부·나래부와 함께 행사를 진행하며, 참여 점포를 모집한다.", least=2) == ["가람부", "나래부"]
    assert list_items("행사를 진행하며, 7·8월에도 연다.", least=2) == []


def test_a_phrase_runs_over_bare_nouns_only():
    # "방탄소년단은 10월 10일": a word with its topic particle ends a phrase; it does not start one
    span = value_span(analyze("방탄소년단의 두 번째 정규 앨범의 이름은?"), "방탄소년단은 10월 10일 두 번째 정규 앨범을 냈다.")
    assert span is None or "방탄소년단은" not in span.text


def test_a_word_of_one_syllable_is_no_persons_name():
    from qa.extract import holds_answer

    q = analyze("헤이그 후임으로 국무장관이 된 사람은 누구인가요?")
    text = "그는 레이건 대통령 밑에서 국무장관을 지냈다."
    span = value_span(q, text)
    assert span is None or not span.person  # beside a title, but one syllable
    assert not holds_answer(q, text)


@pytest.mark.parametrize("role", ["관계자", "담당자"])
def test_an_unnamed_spokesman_is_no_persons_name(role):
    from qa.extract import holds_answer

    # "대표는 누구예요?": news that speaks through "가람아웃도어 관계자" names no one
    q = analyze("가람아웃도어 대표는 누구예요?")
    assert not holds_answer(q, f'가람아웃도어 {role}는 "코로나19로 수혜를 본 등산화와 재킷 외에 브랜드 대표 아이템들이 '
                               '최신 유행으로 업그레이드되면서 올해도 높은 인기를 유지하고 있다"고 설명했다.')
    assert holds_answer(q, "하용근 가람아웃도어 대표는 “올해도 높은 인기를 유지하고 있다”고 설명했다.")


def test_an_address_needs_a_street_and_number():
    from qa.extract import holds_answer

    q = analyze("부산 ICT 청년창업허브 주소 좀 알려줘")
    assert not holds_answer(q, "시는 ‘부산 ICT 청년창업허브’ 및 ‘부산형 디지털 혁신파크’를 조성한다.")
    assert holds_answer(q, "허브는 부산 해운대구 센텀중앙로 97에 문을 연다.")


def test_a_person_the_question_names_is_not_the_answer():
    from qa.extract import holds_answer

    q = analyze("김기영 청장 바로 전의 경자청장은 누구였나요?")
    assert not holds_answer(q, "김기영 경자청장은 “첨단산업 육성이 해법”이라며 말했다.")


def test_a_bracket_after_a_bodys_name_is_its_place_not_a_person():
    from qa.extract import holds_answer

    # "새봄약국(초량동)": the bracket says where the pharmacy is; the question asks for a person
    q = analyze("동구 약국 지정 담당 과장은 누구야?")
    assert not holds_answer(q, "새로 지정된 약국은 동구 새봄약국(초량동), 서구 하늘약국(대신동)이다.")
    # a title in the bracket still names its holder, and a bracket after a person's role too
    assert holds_answer(analyze("경자청장은 누구야?"), "경자청(청장 김기영)은 지난 17일 업무협약을 체결했다.")
    assert holds_answer(analyze("영화에서 백작 역을 맡은 배우는 누구야?"), "사기꾼 백작(하정우)이 찾아온다.")


def test_a_name_the_phrase_goes_on_from_is_no_persons_name():
    from qa.extract import holds_answer

    # "부산의 대표도서관" is a library, "서울교통공사 외" a body whatever follows it
    q = analyze("부산도서관 초대 관장은 누구야?")
    assert not holds_answer(q, "부산의 대표도서관인 부산도서관이 문을 연다.")
    q = analyze("카드 디자인은 누가 만들었어?")
    assert not holds_answer(q, "서울시 산하 서울교통공사 외에도 코레일 구간을 이용할 수 있다.")
    # a name followed by a title still names its holder
    q = analyze("생중계 사회를 맡은 사람은?")
    assert holds_answer(q, "생중계에서 사회를 맡은 임진모 음악평론가는 참석에 대해 말했다.")


def test_a_word_in_title_marks_is_no_persons_name():
    # "‘미식’을 핵심 콘텐츠로": a term set in marks, whatever Kiwi tags it
    q = analyze("가람축제를 기획한 사람은 누구야?")
    span = value_span(q, "가람딸기축제는 ‘미식’을 핵심 콘텐츠로 설정하고, 가람딸기를 활용한 다양한 먹거리 프로그램과 "
                         "방문객이 편안하게 머무를 수 있는 취식·휴식 공간을 확대했다.")
    assert span is None or span.text != "미식"
    # a name in plain text still is one
    span = value_span(q, "가람축제는 총감독 김하늘이 기획했다.")
    assert span is not None and span.text == "김하늘" and span.person


def test_the_questions_place_with_its_suffix_is_no_answer():
    # "정선 … 어디로 정해졌어요?" is not answered by 정선군, the place the question names
    q = analyze("정선 산후조리원 운영 맡을 수탁기관은 어디로 정해졌어요?")
    assert not holds_answer(q, "정선군은 공공산후조리원 운영 수탁기관을 공개 모집하고 있다.")


WANJU = "이사비 지원사업에 대해 말한 완주군수 이름이 뭐예요?"


@pytest.mark.parametrize("question, sentence, holds", [
    # Kiwi reads "해양과학청장" as 해양 + 과학 + 청장: the head is 청장 alone, but the post asked is
    # the body's head, and a sentence naming no 청장 names no holder of it
    ("해양과학청장 이름이 뭐예요?", "경북은 국내 해양과학 연구의 절반을 담당하는 핵심 거점이다.", False),
    ("해양과학청장 이름이 뭐예요?", "해양과학청 청장 박도윤은 이날 개청식에서 인사말을 했다.", True),
    # 대표이사 heads a body as 원장 does: a sentence naming no 대표이사 names no holder of it
    ("가람문화재단 대표이사는 누구인가요?", "충남 ‘가람축제’가 충남도 평가에서 최고등급으로 선정됐다.", False),
    ("가람문화재단 대표이사는 누구인가요?", "가람문화재단 김하늘 대표이사는 이날 소감을 밝혔다.", True),
    # "유희태 완주군수는": a name Kiwi does not know, said with the very post asked …
    (WANJU, "유희태 완주군수는 “청년 부동산 중개보수 및 이사비 지원사업 추진으로 청년들의 주거와 "
            "생활안정에 도움이 되기를 바란다”고 말했다.", True),
    # … but not a post's holder left unnamed, nor a word Kiwi knows before the post
    (WANJU, "완주군 관계자는 “청년 이사비 지원사업으로 주거 안정에 도움이 되기를 바란다”고 말했다.", False),
    (WANJU, "신임 완주군수는 “청년 이사비 지원사업으로 주거 안정에 도움이 되기를 바란다”고 말했다.", False),
    # a name Kiwi cuts in pieces (구인 + 모) beside the bare post is one; the asked place is not
    ("거창군수 이름이 뭐예요?", "구인모 군수는 “값진 성과를 일궈냈다”고 말했다.", True),
    ("거창군수 이름이 뭐예요?", "거창 군수는 “값진 성과를 일궈냈다”고 말했다.", False),
    # a body's head with its body and place glued on ("광주경찰청장", Kiwi knowing the place and
    # not the name): the name before the post as the sentence writes it, place and all
    ("광주경찰청장 이름 뭐예요", "하용근 광주경찰청장은 “피해 예방에 주력하겠다”고 말했다.", True),
    ("광주경찰청장 이름 뭐예요", "광주경찰청 관계자는 “피해 예방에 주력하겠다”고 말했다.", False),
])
def test_who_holds_the_post_asked(question, sentence, holds):
    assert holds_answer(analyze(question), sentence) is holds


def test_a_place_by_its_town_or_village_is_no_firm():
    # "어느 건설사?" is not answered by a 동 (a neighbourhood's name), whatever Kiwi tags it
    q = analyze("가람지구 배수로 공사는 어느 건설사가 맡아?")
    assert not holds_answer(q, "가람지구에는 300억원을 들여 휴천동·가흥동 구시가지 일원에 배수로 2㎞를 신설한다.")
    assert holds_answer(q, "가람지구 배수로 공사는 한빛건설사가 맡아 내년 3월 착공한다.")


def test_a_title_with_its_case_particle_labels_no_name_after_it():
    # "김동연 지사가 원도심 재생을": 지사 is the clause's subject, 원도심 재생 no one's name
    q = analyze("재생사업 결과를 발표한 도시재생과장 이름이 뭐예요?")
    span = value_span(q, "이 사업은 김동연 지사가 원도심 재생을 위해 역점을 두고 추진 중이다.")
    assert span is None or span.text != "원도심 재생"
    # a bare title still labels the name after it ("청장 김기영")
    span = value_span(analyze("부산시 청장은 누구야?"), "이날 행사에는 청장 김기영이 참석했다.")
    assert span is not None and span.text == "김기영" and span.person


def test_a_transcripts_speaker_label_names_the_person():
    # broadcast transcripts write who speaks before the words: "[name/post : "…"]"
    text = '[박형준/부산시장 : "어린이집 지원 단가를 인상하며 공공보육을 강화하였습니다."]'
    span = value_span(analyze("공공보육 강화한다고 말한 시장 누구야"), text)
    assert span is not None and span.text == "박형준" and span.person
    assert value_span(analyze("공공보육 강화한다고 말한 사람은?"), text).text == "박형준"
    # not when the question names that speaker already
    assert value_span(analyze("박형준 시장이 강화한다고 말한 것은?"), text).text != "박형준"


def test_a_title_in_marks_ends_at_its_closing_mark():
    q = analyze("정도전이 1395년 정총과 함께 편찬한 책의 이름은?")
    span = value_span(q, "1395년 1월 정총(鄭摠) 등과 함께 《고려국사》(高麗國史)를 편찬하였다.")
    assert span is not None and span.text == "고려국사"


def test_a_one_syllable_head_binds_only_as_a_word_of_its_own():
    from qa.extract import holds_answer

    # 작 of 스핀오프작 is part of a word: any title answers …
    q = analyze("드라마 <아이리스>의 스핀오프작 제목은?")
    assert holds_answer(q, "12월 13일에는 《아이리스》의 스핀오프작 《아테나: 전쟁의 여신》 1회에 특별 출연했다.")
    # … but "법 이름은?" wants a name ending in 법, and "어느 구" a 구
    q = analyze("2009년 12월에 공포된 법 이름은?")
    assert not holds_answer(q, "11월 9일자 1면에서 가장 먼저 실명을 썼고, 10일에는 중앙일보가 실명을 썼다.")
    assert not holds_answer(analyze("센터는 어느 구에 있나요?"), "센터는 부산 센텀시티에 문을 연다.")
    # … while a city or a county is named without its unit as often: "어느 시에?" <- "…는 나래에
    # 지어진다" (not a district: "어느 구에?" still wants one ending in 구)
    assert holds_answer(analyze("가람 센터는 어느 시에 지어져요?"), "24억원이 투입되는 센터는 나래에 지어진다.")
    assert not holds_answer(analyze("가람 센터는 어느 구에 지어져요?"), "24억원이 투입되는 센터는 나래에 지어진다.")


def test_a_person_answer_names_someone_the_question_does_not():
    from qa.extract import holds_answer

    q = analyze("미네르바의 말이 모두 맞지 않았지만 누가 계속 신뢰하였는가?")
    assert not holds_answer(q, "2009년 1월 인터넷 논객 미네르바의 처벌 수위가 심하다고 비판했다.")
    assert holds_answer(q, "그럼에도 누리꾼 박대성은 미네르바를 계속 신뢰했다.")


@pytest.mark.parametrize("question, sentence, value", [
    # naming: "X(이)라는 상표", "X(이)라고 한다" name the thing asked about
    ("그 공장이 새로 붙인 상표는 무엇인가?",
     "공장은 2020년 회사 이름을 바꾸면서 옛 상표를 버리고 누리온이라는 상표를 붙여 전국에 판매하고 있다.", "누리온"),
    ("이런 현상을 무엇이라 하는가?",
     "경제학자들은 한 지역의 투자가 이웃 지역으로 번지는 이런 현상을 물결효과라고 한다.", "물결효과"),
    # the copula's complement after the question's head: "…것은 바로 Y이다"
    ("행사의 성패를 가른 것은?", "주최 측에 따르면 행사의 성패를 가른 것은 바로 시민 자원봉사단의 참여였다.",
     "시민 자원봉사단의 참여"),
    # the subject of the head's copula: "X가 정전 원인이었다"
    ("대규모 정전의 원인은 무엇인가?",
     "누전이 정전 원인이었다는 조사 결과가 나왔지만 한국전력 측은 송전선 고장 가능성도 배제하지 않았다.", "누전"),
    # the head as a complement itself equates no later complement with it: 나라 is no 우승국
    ("대회인 북유럽 컵 2019 우승국은 어디일까요?",
     "스웨덴도 바로 전 대회인 북유럽 컵 2019 우승국이었고 올림픽 2회 우승을 했던 나라였는데, 당시 세 나라가 이 대회를 놓고 경쟁했다.",
     "스웨덴"),
    # "…V한 것은?": the object of that predicate ("…X를 V했다"), not the sentence's topic
    ("주민들이 장마철에 어려운 여건 속에서 세운 것은 무엇입니까?",
     "떠내려간 임시 다리들은 복구하지 못했으므로 주민들은 장마철에 자재도 부족한 어려운 여건을 딛고 돌 징검다리를 세웠다.",
     "돌 징검다리"),
])
def test_what_the_copula_names_or_equates_is_the_answer(question, sentence, value):
    span = value_span(analyze(question), sentence)
    assert span is not None and span.text == value


def test_a_relative_clause_with_its_doer_asks_for_the_object():
    # "김영수가 세운 회사": the company is what was founded, the object of 세우 in the sentence,
    # not the company named beside the question's word 회사
    q = analyze("김영수가 세운 회사의 이름은?")
    sentence = "대성기계 회사에 다니던 김영수는 1998년 한빛정밀을 세웠다."
    assert value_span(q, sentence).text == "한빛정밀"
    from dataclasses import replace
    assert value_span(replace(q, relative_object=False), sentence).text != "한빛정밀"


def test_without_the_copula_cue_the_nearest_phrase_would_win(monkeypatch):
    # the cue is what picks the copula's complement over a phrase nearer the question's words
    from dataclasses import replace

    import qa.extract as extract
    monkeypatch.setattr(extract, "W", replace(extract.W, copula=0.0))
    span = value_span(analyze("행사의 성패를 가른 것은?"),
                      "주최 측에 따르면 행사의 성패를 가른 것은 바로 시민 자원봉사단의 참여였다.")
    assert span is not None and span.text != "시민 자원봉사단의 참여"


def test_a_title_in_marks_names_a_work_of_any_kind():
    # "책의 이름은?": a one-syllable head binds "○○책" unless the work is named in marks
    from qa.extract import holds_answer

    q = analyze("그가 1395년 동료와 함께 펴낸 책의 이름은?")
    text = "1395년 동료 학자들과 함께 《해동역사》(海東歷史)를 펴냈다."
    assert value_span(q, text).text == "해동역사" and holds_answer(q, text)
    assert not holds_answer(q, "1395년 동료 학자들과 함께 여러 권을 펴냈다.")


@pytest.mark.parametrize("question, value", [
    ("청소년 요금은 얼마야?", "1천50원"),  # the value now, after the change
    ("청소년 요금은 얼마로 올랐어?", "1천50원"),
    ("청소년 요금은 원래 얼마에서 올랐어?", "950원"),  # 얼마에서 asks the value it changed from
])
def test_a_change_from_one_value_to_another(question, value):
    text = "청소년은 950원에서 1천50원으로 100원 오르고, 어린이는 600원에서 650원으로 50원 인상한다."
    assert value_span(analyze(question), text).text == value
    # words standing between the question's and the change move both ends alike: the end still
    # gives the value now, no farther from the question's words than its start
    text = "전통시장 한 곳당 일평균 매출액은 같은 기간에 6120만원에서 6043만원으로 1.3% 감소했다."
    assert value_span(analyze("전통시장 한 곳당 하루 평균 매출은 얼마야?"), text).text == "6043만원"


@pytest.mark.parametrize("question, text, value", [
    # the figure before a verb of change is the change; the other one what it is now
    ("올해 예산은 얼마야?", "올해 예산은 지난해보다 1,300억 원 늘어난 5,200억 원이다.", "5,200억 원"),
    ("올해 예산은 얼마나 늘었어?", "올해 예산은 지난해보다 1,300억 원 늘어난 5,200억 원이다.", "1,300억 원"),
    ("방문객은 몇 명이야?", "방문객은 412만 명으로 1년 전보다 23만 명(5.9%) 늘었다.", "412만 명"),
    ("방문객은 몇 명 늘었어?", "방문객은 412만 명으로 1년 전보다 23만 명(5.9%) 늘었다.", "23만 명"),
    ("가입률은 몇 퍼센트야?", "가입률은 작년보다 1.4%p 상승한 57.3%였다.", "57.3%"),
    ("가입률은 얼마나 올랐어?", "가입률은 작년보다 1.4%p 상승한 57.3%였다.", "1.4%p"),
    # 얼마로 asks what it becomes, however the question says the change
    ("요금은 얼마로 올라?", "요금은 1,350원에서 150원 오른 1,500원이 된다.", "1,500원"),
    # "1년 전보다": what the figure is compared with, no value of a rate
    ("고용률은 얼마였어?", "고용률은 1년 전보다 0.5%p 오른 61.2%를 기록했다.", "61.2%"),
    # one figure only: it answers either question
    ("방문객은 몇 명 늘었어?", "방문객은 지난해 412만 명으로 집계됐다.", "412만 명"),
])
def test_a_change_and_the_level_it_reaches(question, text, value):
    assert value_span(analyze(question), text).text == value


@pytest.mark.parametrize("question, value", [
    ("2030년까지 센터를 몇 곳으로 늘려?", "40곳"),  # the whole
    ("해마다 센터를 몇 곳씩 늘려?", "6곳"),  # the rate, asked with 씩
])
def test_a_rate_with_씩_and_the_whole(question, value):
    text = "정부는 2030년까지 매년 6곳씩 센터를 늘려 모두 40곳으로 만든다."
    assert value_span(analyze(question), text).text == value


def test_a_firm_asked_is_named_by_a_word_kiwi_does_not_know_and_no_stop_is_one():
    q = analyze("가람 심야버스 운행은 어느 회사가 맡아?")
    # an unknown word is a name as often as a proper noun: the firm doing the verb asked
    text = "다온이노베이트가 운행을 맡는 이 버스는 충주역과 한빛해수욕장을 잇는 구간을 달린다."
    assert value_span(q, text).text == "다온이노베이트"
    # a station, a junction, a beach are places on the route, no firm
    assert not holds_answer(q, "운행구간은 충주역·가람교차로부터 한빛삼거리까지 약 10㎞다.")
    assert not holds_answer(q, "버스는 충주역과 한빛해수욕장을 잇는 구간을 달린다.")
    # … an unknown word ending as a public body does is no firm, nor one inside a phrase of
    # common nouns ("원도심 주차환경 개선")
    q = analyze("가람 해상풍력 사업시행자로 선정된 회사는 어디예요?")
    assert not holds_answer(q, "사업 구역은 지난해 기후에너지환경부로부터 집적화단지로 승인받았다.")
    q = analyze("가람읍 주차타워 시공한 건설사는 어디야?")
    assert not holds_answer(q, "군수는 “주차타워 준공으로 원도심 주차환경 개선에 큰 도움이 될 것”이라고 말했다.")


def test_the_name_of_a_posts_holder_asks_a_person():
    # "보건소장 이름 알려줘" asks a person (a word ending in a title before 이름), so a place or a
    # thing in a sentence saying the post with no name ("이날 한빛복지관") does not answer it
    q = analyze("가람군 보건소장 이름 알려줘")
    assert q.asks == "person"
    assert holds_answer(q, "가람군 보건소장 김민수는 이날 한빛복지관을 찾았다.")
    assert holds_answer(q, "가람군 김민수 보건소장은 이날 한빛복지관을 찾았다.")
    assert not holds_answer(q, "가람군 보건소장은 이날 한빛복지관을 찾아 충주 주민 김민수 씨와 간담회를 열었다.")
    # (연구위원: 위원 too; a market's name is no one's, 시장 left to the place's office)
    assert analyze("가람연구원 연구위원의 이름은?").asks == "person"
    assert analyze("나래구 복지관 이름은?").asks != "person"
    assert analyze("개관식에 온 국회의원 이름 알려줘").asks == "person"
    assert analyze("가람한의원 이름이 뭐야?").asks != "person"  # a clinic


def test_what_it_was_is_kept_when_asked_by_에서_or_전():
    text = "가람군은 지난해까지 첫째 200만 원, 둘째 이상 400만 원이던 장려금을 올해부터 첫째 300만 원, 둘째 700만 원으로 올렸다."
    assert value_span(analyze("가람군 둘째 장려금 얼마에서 올랐어?"), text).text == "400만 원"
    assert value_span(analyze("가람군 둘째 장려금 오르기 전에 얼마였어?"), text).text == "400만 원"


def test_places_ending_in_장_and_firms_ending_in_역_keep_their_kind():
    assert analyze("가람시 회의장 이름은?").asks != "person"  # 회의장 is no 의장
    assert analyze("새로 생긴 공영주차장의 이름은?").asks != "person"  # nor 주차장 a 차장
    assert holds_answer(analyze("가람 경비는 어느 업체가 맡아?"), "가람 경비는 나래용역이 맡는다.")  # 용역 is a trade
    assert analyze("가람 셔틀 최고 시속은 몇 km야?").unit == "km/h"


def test_a_speed_asked_in_km_an_hour():
    # "시속 몇 km?" asks a speed: the figures read "시속 25㎞" as km/h, and so does the question
    q = analyze("가람 셔틀버스 속도는 시속 몇 km야?")
    assert q.unit == "km/h"
    assert value_span(q, "셔틀버스는 시속 25㎞의 속도로 하루 3회 운영한다.").text == "25㎞"
    assert analyze("가람역까지 몇 km야?").unit == "km"  # a distance stays one


def test_a_figure_said_with_이던_is_what_it_was():
    text = "가람군은 지난해까지 첫째 200만 원, 둘째 이상 400만 원이던 장려금을 올해부터 첫째 300만 원, 둘째 700만 원으로 올렸다."
    assert value_span(analyze("가람군에서 둘째 낳으면 장려금 얼마 받아?"), text).text == "700만 원"
    # … a sentence saying only what it was still gives that
    text = "가람군은 지난해까지 둘째 이상 400만 원이던 장려금을 올해 대폭 올렸다."
    assert value_span(analyze("가람군에서 둘째 낳으면 장려금 얼마 받아?"), text).text == "400만 원"


def test_the_words_beside_the_question_word_stand_beside_the_answer(monkeypatch):
    # "A국이 어느 나라를 공습한": the X of "A국의 X 공습" / "A국이 X를 공습"; without the slot
    # cue, the phrase among more of the question's words wins
    from dataclasses import replace

    import qa.extract as extract

    q = analyze("외교 사례로 그는 가람국이 어느 나라를 공습한 것을 비판하였나?")
    assert q.slot == ("가람국", "공습")
    sentence = "외교 사례로 그가 비판한 것은 한빛 연합이며, 가람국의 누리국 공습도 있다."
    span = value_span(q, sentence)
    assert span is not None and span.text.startswith("누리국")
    monkeypatch.setattr(extract, "W", replace(extract.W, slot=0.0))
    span = value_span(q, sentence)
    assert span is not None and span.text == "한빛 연합"


def test_an_indefinite_question_word_is_no_question_word():
    # "어디에도 발표하지 않을 것이라고 한 대통령은?": anywhere; the question asks for a person
    q = analyze("그 보고서를 어디에도 발표하지 않을 것이라고 한 대통령은?")
    assert q.asks == "person" and q.slot == (None, None)


def test_whoever_stands_where_the_question_word_stands_is_a_person():
    # "누구의 명령에 따라": the X of "X의 명령에 따라" is someone, however Kiwi tags X
    from qa.extract import holds_answer

    q = analyze("그는 누구의 명령에 따라 배를 만들었는가?")
    s = "그는 하나님의 명령에 따라 배를 만들고 가족을 태웠다."
    span = value_span(q, s)
    assert span.text == "하나님" and span.person and holds_answer(q, s)


def test_who_did_what_the_question_says_is_the_topic_of_the_sentence_that_says_it():
    # "…주장한 사람은?": the one who 주장했다 is the sentence's topic, however much reported speech
    # (with its own names) stands between the two; read without the relative clause, a word
    # of the quotation, next to the question's words, wins
    from dataclasses import replace

    q = analyze("책임자인 장관을 해임해야 한다고 주장한 사람은?")
    assert q.relative == "주장"
    # (a person named in the quotation: a common word of it is no person's span at all)
    s = '한빛당 가람 원내대표는 "많은 장병이 목숨을 잃었지만 책임자 김누리 장관은 아직 자리에 있다"며 장관을 해임해야 한다고 주장했다.'
    span = value_span(q, s)
    assert span is not None and "가람" in span.text and span.person
    assert "가람" not in value_span(replace(q, relative=None), s).text


def test_the_topic_counts_only_where_the_sentence_states_the_predicate():
    from qa.extract import _asides, _topic_word, _words

    q = analyze("사회를 맡은 평론가는?")
    # "사회를 맡은 누리 평론가는": the predicate modifies the answer again (the slot's case), the
    # sentence's topic is someone else
    s = "한빛단은 시상식에 초청됐고, 중계에서 사회를 맡은 누리 평론가는 쾌거라고 말했다."
    assert _topic_word(q, _words(s), _asides(s, _words(s))) is None
    # stated: its topic; a name in brackets is an aside, not the topic
    s = "가람 평론가는 (누리는 빠졌다) 중계에서 사회를 맡았다."
    words = _words(s)
    assert s[words[_topic_word(q, words, _asides(s, words))][0]:].startswith("평론가는")
    # no predicate, no topic
    s = "가람 평론가는 쾌거라고 말했다."
    assert _topic_word(q, _words(s), _asides(s, _words(s))) is None


def test_a_name_read_across_a_space_is_the_topic_whole():
    # Kiwi reads "고노에 후미마로" as one proper noun over two words; the topic is both
    q = analyze("1945년에 천황이 물러나야 한다고 주장한 사람은?")
    s = "1945년 1월 26일, 고노에 후미마로는 교토에 가서 천황이 물러나고 여생은 기도에 정진해야 한다고 주장했다."
    span = value_span(q, s)
    assert span is not None and span.text == "고노에 후미마로"


def test_words_apart_by_a_middle_dot_the_question_says_are_no_answer():
    from qa.extract import holds_answer

    q = analyze("김기영 청장 바로 전의 경자청장은 누구였나요?")
    for dot in "·ㆍ⸱":
        assert not holds_answer(q, f"부산진해경제자유구역청(청장 김기영{dot}경자청)은 올해 개청 20주년을 맞았다.")


@pytest.mark.parametrize("title, name", [
    ("김철수", "김철수"),
    ("가람누리", None),  # a word Kiwi does not read as a name: no guess
    ("하비에르_소토마요르", "하비에르 소토마요르"),
    ("김정남_(조선민주주의인민공화국)", "김정남"),  # the disambiguation is no part of the name
    ("부산시, 디지털산업 6700억 투입", None),  # a headline
    ("천안함_침몰_사건", None),  # an event: common nouns
    ("부산진해경제자유구역청", None),  # a body
])
def test_an_articles_title_names_its_subject_or_not(title, name):
    from qa.extract import title_name

    assert title_name(title) == name


def test_a_doer_left_unsaid_is_the_articles_subject():
    # "…대법관직에서 퇴임한 분은?" over "…연임이 안 된 채 … 퇴임하였다": no topic, and the only
    # subject (연임이) belongs to a clause inside; "그가 … 맡았고": a pronoun
    from qa.extract import elided_doer

    q = analyze("정권의 기피인물로 지목되어 대법관직에서 퇴임한 분은?")
    assert elided_doer(q, "정권의 기피인물로 지목되어 연임이 안 된 채 1986년 4월 대법관직에서 퇴임하였다.")
    q = analyze("컴퓨터센터 위원장을 맡았던 사람은?")
    assert q.relative == "맡"
    assert elided_doer(q, "다만 그가 상당 기간 동안 컴퓨터센터 위원장을 맡았고 밀입국했다는 설이 제기되었다.")
    # said: a topic, or a named subject; and a relative clause again is no statement of it
    assert not elided_doer(q, "가람 의원은 2001년 컴퓨터센터 위원장을 맡았다.")
    assert not elided_doer(q, "그 무렵 하비에르 소토마요르가 컴퓨터센터 위원장을 맡았다.")
    assert not elided_doer(q, "컴퓨터센터 위원장을 맡은 가람 의원이 사퇴했다.")
    # a name Kiwi reads across a space is a topic too ("고노에 후미마로는")
    q = analyze("1945년에 천황이 물러나야 한다고 주장한 사람은?")
    assert not elided_doer(q, "1945년 1월 26일, 고노에 후미마로는 교토에 가서 천황이 물러나야 한다고 주장했다.")


def test_the_first_line_names_the_articles_subject_when_the_sentence_leaves_it_unsaid():
    from qa.layout import lead
    from test_select import Rows, scored

    q = analyze("정권의 기피인물로 지목되어 대법관직에서 퇴임한 분은?")
    rows = Rows(["정권의 기피인물로 지목되어 연임이 안 된 채 1986년 4월 대법관직에서 퇴임하였다."])
    top = scored(rows, (0, 1.7, 0.9, 1.0, 0.4))[0]
    line, _ = lead(q, top, "[1]", "김철수")
    assert line.startswith("김철수 — 정권의")
    # a headline names no one: the sentence's own span leads
    assert not lead(q, top, "[1]", "정권 교체 뒤 대법관 줄줄이 퇴임")[0].startswith("정권 교체")


@pytest.mark.parametrize("question, text, value", [
    ("가람 불시점검에서 위법으로 걸린 데는 몇 곳이에요?", "조사결과 84곳 중 위법대상 9곳에 대해 조치명령을 내렸다.", "9곳"),
    ("택시 부제가 풀리는 지자체는 몇 곳이에요?", "전국 161개 지자체 중 114곳에서 22일부터 부제가 해제됐다.", "114곳"),
    ("적발된 곳은 몇 곳이야?", "위생업소 893곳을 대상으로 지도점검을 벌인 결과, 총 145곳을 적발했다.", "145곳"),
    # the base asked: the whole, or what was checked
    ("전국 지자체는 모두 몇 곳이야?", "전국 161개 지자체 중 114곳에서 22일부터 부제가 해제됐다.", "161개"),
    ("점검 대상은 몇 곳이야?", "위생업소 893곳을 대상으로 지도점검을 벌인 결과, 총 145곳을 적발했다.", "893곳"),
])
def test_the_base_a_part_is_counted_from_is_not_the_part(question, text, value):
    assert value_span(analyze(question), text).text == value


def test_a_short_service_number_is_the_number_to_call():
    q = analyze("투표소 위치 전화로 물어보려면 몇 번으로 걸어?")
    assert q.numbered
    assert value_span(q, "투표소 위치는 국번 없이 1390으로 전화하면 안내받을 수 있다.").text == "1390"
    assert value_span(q, "투표소는 1390곳에 설치된다.") is None


def test_a_common_noun_before_the_verb_is_no_one_and_does_not_lead_as_someone():
    from qa.layout import lead
    from test_select import Rows, scored

    q = analyze("우리 쪽에선 누가 서명했어요?")
    text = "한국과 가람국이 자유무역협정(FTA)에 정식 서명했습니다."
    span = value_span(q, text)
    assert span is None or not span.person
    rows = Rows([text])
    top = scored(rows, (0, 1.7, 0.9, 1.0, 0.4))[0]
    assert lead(q, top, "[1]", "한·가람국 FTA 서명")[0].startswith("한국과 가람국이")
    # the one who did, with a particle, still is
    assert value_span(q, "가람시는 이날 회장이 서명했다.").person
    # an acronym in capitals is no one
    span = value_span(analyze("가람국 측에서 서명한 장관 이름은?"), "하용근 본부장은 \"FTA로 시너지가 나기를 기대한다\"고 말했다.")
    assert span is None or span.text != "FTA" or not span.person


def test_the_titled_bracket_on_the_sentences_subject_names_who_leads_it():
    # "X(시장 Y)는 … 회의를 열고": press releases name the one who leads the body so; it answers
    # who chaired what the body held, though the question never names the body
    text = ("누리시(시장 한가람)는 5일 지역 기업 대표들이 참여하는 제3차 경제대책회의를 열고, "
            "누리시가 데이터 도시로 도약하기 위한 산업 육성에 나서기로 했다.")
    span = value_span(analyze("제3차 경제대책회의를 주재한 사람은?"), text)
    assert span is not None and "한가람" in span.text
    # … but not when the question asks for the holder of another title
    span = value_span(analyze("제3차 경제대책회의에 참석한 상공회의소 회장은 누구예요?"), text)
    assert span is None or "한가람" not in span.text


def test_a_year_news_counts_from_its_date_answers_when_and_says_which_year():
    from qa.layout import lead
    from test_select import Rows, scored

    q = analyze("누리센터는 언제 개관 10주년을 맞았나요?")
    rows = Rows(["누리센터는 올해 개관 10주년을 맞아 새로운 사업을 시작한다."])
    top = scored(rows, (0, 1.7, 0.9, 1.0, 0.4))[0]
    assert value_span(q, top.sentence.text).text == "올해"
    # read two years later, "올해" alone would name the wrong year: the article's date resolves it
    assert lead(q, top, "[1]", "누리센터 10주년", "2024-11-01")[0].startswith("올해(2024년) — ")
    assert lead(q, top, "[1]", "누리센터 10주년", None)[0].startswith("올해 — ")
    rows = Rows(["누리센터는 지난해 개관 10주년을 맞았다."])
    top = scored(rows, (0, 1.7, 0.9, 1.0, 0.4))[0]
    assert lead(q, top, "[1]", "누리센터 10주년", "2024-11-01")[0].startswith("지난해(2023년) — ")


def test_a_phrase_may_end_in_the_bracket_it_opened():
    # the closing bracket was trimmed off like a closing quote, leaving "두루미(鶴" unbalanced and
    # so no phrase at all: the sentence stated the answer and no span was cut from it
    span = value_span(analyze("축제의 상징 동물은 무엇인가?"), "이 축제의 상징 동물은 두루미(鶴)이다.")
    assert span is not None and span.text == "두루미(鶴)"
    # a gloss in brackets does not make a common noun a proper one
    assert not span.proper
    # a closing bracket that closes nothing the phrase opened still goes
    span = value_span(analyze("어느 기관이 맡았나?"), "사업은 (재)부산정보산업진흥원) 맡았다.")
    assert span is None or not span.text.endswith(")")


@pytest.mark.parametrize("question, sentence, bound", [
    # the date's clause states what the question says happened
    ("트램은 언제 개통한대?", "2호선은 시운전을 거쳐 2028년 말 개통될 전망이다.", True),
    ("트램은 언제 개통한대?", "트램 사업이 1996년 기본계획 승인 이후 첫 삽을 떴다.", False),
    # with no predicate, the nouns on the head say it ("신청 마감")
    ("공익수당 신청 마감이 언제야", "농어민은 3월 13일까지 신청·접수할 수 있다.", True),
    # an announcement's day: the quotation is someone else's clause
    ("공익수당 신청 마감이 언제야", "과장은 16일 “기간 내 신청하길 바란다”고 말했다.", False),
    # another event of the same thing: the clause ends before the event is said
    ("도서관 준공 목표 시점이 언제였지", "도서관이 31일 기공식을 했고 2024년 3월 준공한다.", False),
])
def test_a_date_is_bound_to_the_event_its_clause_states(question, sentence, bound):
    from qa.extract import Span, binds_event

    first = next(f for f in figures(sentence) if f.date)  # the sentence's first date
    span = Span(first.start, first.end, first.text, 0.0, False, False)
    assert binds_event(analyze(question), sentence, span) is bound


def test_a_post_asked_takes_the_name_beside_that_post(monkeypatch):
    # "국토부 장관 이름은?": the name beside 장관 (after its ministry's name), not one beside
    # another post
    from dataclasses import replace

    import qa.extract as extract
    sentence = ("이날 박상우 국토부 장관, 박완수 경남지사, 박형준 부산시장을 비롯해 130여 명이 참석한 가운데 "
                "공단(이사장 이윤상) 출범식이 개최됐다.")
    asked = {"출범식에 참석한 국토부 장관 이름은?": "박상우", "출범식에 온 부산시장은 누구였어?": "박형준"}
    for question, name in asked.items():
        assert name in value_span(analyze(question), sentence).text
    # (the weight of the post beside the name, and the holder named with the post, both off)
    monkeypatch.setattr(extract, "W", replace(extract.W, post=0.0))
    monkeypatch.setattr(extract, "_name_before_post", lambda question, text: None)
    assert any(name not in value_span(analyze(question), sentence).text for question, name in asked.items())


def test_a_post_holder_named_with_the_post_beats_an_official_nearer_the_verb():
    # "참석한 구청장은?": the one named with the post (glued to its district, a particle after
    # it), not the unnamed 관계자 beside the verb the question shares
    sentence = "이 자리에는 김민수 나래구청장과 구청 복지과 관계자, 나래경찰서 관계자가 참석했다."
    span = value_span(analyze("가람센터 캠페인에 참석한 구청장은 누구인가요?"), sentence)
    assert span is not None and "김민수" in span.text
    assert holds_answer(analyze("가람센터 캠페인에 참석한 구청장은 누구인가요?"), sentence)


def test_a_particle_written_apart_after_a_gloss_marks_the_name_before_it():
    # Wikipedia writes "X (gloss) 은 …": the lone 은 (Kiwi reads it as a noun, 銀) marks X, the
    # topic, not the gloss's last word; a name of several words is the topic whole
    q = analyze("정권에 맞선 시위의 확대에 주도적인 역할을 한 단체는?")
    s = ("또한 하르벤 소로크타흐 (Harben Sorok, 1953년 세워진 과격 단체) 은 정권에 맞선 시위의 확대에 "
         "주도적인 역할을 함과 동시에 국외에서 시위 활동을 이끌었다.")
    span = value_span(q, s)
    assert span is not None and span.text == "하르벤 소로크타흐"


def test_spaced_particle_needs_a_gloss_and_a_name_before_it():
    from qa.extract import _spaced_particle, _words

    words = _words("가람 (1990년) 은 역할을 했다.")
    assert _spaced_particle(words, 2) == (0, "은")
    # no bracket before it: an ordinary word, whatever Kiwi reads
    assert _spaced_particle(_words("가람 나루 은 역할을 했다."), 2) is None
    # the gloss opens the sentence: nothing before it to mark
    assert _spaced_particle(_words("(1990년 세움) 은 역할을 했다."), 2) is None


def test_a_total_asked_is_tied_to_the_sentences_total_however_far():
    # the sentence's 총 is the question's: a part nearer the question's other words does not win
    q = analyze("가람시 신청사 짓는 데 총 얼마 들어?")
    s = "가람시 신청사는 설계비 162억 원을 먼저 편성했고 연면적 11만㎡ 규모로 지어 총사업비는 4500억 원으로 추산된다."
    assert value_span(q, s).text == "4500억 원"


def test_an_official_by_title_answers_no_body_asked():
    # "조사기관 이름은?": an official named by title is a person, not the body asked; a title
    # that names its ministry ("국토교통부 장관") still names the body
    from qa.extract import holds_answer

    q = analyze("가람시 복지 욕구조사를 수행한 조사기관 이름은 뭐야?")
    assert not holds_answer(q, '김주호 시 복지여성국장은 "복지계획 이행력 확보를 위해 노력하겠다"고 밝혔다.')
    from qa.extract import _official
    assert _official("김주호 시 복지여성국장") and _official("장관") and not _official("국토교통부 장관")
    # a place asked is answered by the place an official's title carries
    q = analyze("토마스는 어느 나라의 대사인가?")
    assert holds_answer(q, "이에 대해 토마스 오스트리아 대사는 유감을 표했다.")
    # a person asked is still answered by one
    assert holds_answer(analyze("복지계획에 대해 말한 국장은 누구야?"),
                        '김주호 시 복지여성국장은 "복지계획 이행력 확보를 위해 노력하겠다"고 밝혔다.')


def test_a_figure_is_no_name():
    from qa.extract import holds_answer

    q = analyze("가람시 기상 관측선 이름이 뭐야?")
    assert not holds_answer(q, "기상 관측선은 498t급 1척을 운용한다.")
    assert holds_answer(q, "기상 관측선 ‘나라호’가 취항했다.")
    # … nor a place: "어디에 있어?" is not answered by "2곳"
    q = analyze("가람구 돌봄센터 1호점은 어디에 있어?")
    assert not holds_answer(q, "가람구는 내년 방과 후 초등학생을 위한 돌봄센터 2곳을 추가 설치한다.")
    assert holds_answer(q, "지난달 1일 나래동에 1호점이 문을 연 데 이어 내년에는 2호점이 개소한다.")
    # … nor a time, written with the words news counts from its day ("내년 2월", "이달 1일"):
    # "어느 사이트에서?", "어느 부서에서?" are not answered by when
    from qa.extract import value_span

    q = analyze("가람도 청년인턴 지원서는 어느 사이트에서 내면 돼?")
    assert value_span(q, "청년인턴은 내년 2월부터 모집한다.") is None
    q = analyze("가람군 대학생 인턴 신청은 어느 부서에서 받았어요?")
    assert value_span(q, "군은 이달 1일부터 인턴을 모집했다.") is None
    assert "일자리정책" in value_span(q, "신청은 가람군 일자리정책과에서 받았다.").text




def test_a_figure_said_of_the_questions_own_topic_is_the_better_span():
    from qa.extract import question_topic

    q = analyze("2019년이랑 비교해서 가람청 예산은 몇 % 늘었나요?")
    assert question_topic(q.query) == "가람청예산" and question_topic("예산은 얼마야?") == ""
    mine = value_span(q, "이에 비해 가람청 예산은 같은 기간 21% 증가했다.")
    other = value_span(q, "올해 정부 총예산은 2019년 대비 36.1% 늘었다.")
    assert mine.score > other.score


def test_a_plain_word_for_an_event_finds_the_word_news_writes():
    from qa.extract import event_aliases

    assert "착공" in event_aliases(analyze("신청사 공사 몇 년에 시작했어?"))
    assert "준공" in event_aliases(analyze("공사 언제 끝나?"))
    assert "개관" in event_aliases(analyze("도서관 언제 문 열어?"))
    assert event_aliases(analyze("축제는 언제 시작해?")) == ()  # no works: no 착공


def test_another_posts_holder_is_no_answer_where_the_post_asked_is_not_named():
    from qa.extract import holds_answer

    q = analyze("가람면보건지소장은 누구예요?")
    assert not holds_answer(q, "심덕섭 고창군수는 “보건지소 재건립은 건강권을 되찾는 일”이라고 말했다.")
    assert holds_answer(q, "김철수 가람면보건지소장은 “주민 건강을 지키겠다”고 말했다.")


def test_the_name_of_a_posts_holder_is_a_persons():
    # "도시재생과장 이름이 뭐예요?": a proper noun that is no one (원도심) does not answer it
    from qa.extract import holds_answer

    q = analyze("2025년 새봄 재생사업 선정 결과를 발표한 경기도 도시재생과장 이름이 뭐예요?")
    assert not holds_answer(q, "경기도가 원도심 활성화를 위한 '2025년 경기 새봄 재생사업' 대상지를 공모해 "
                               "나래시 가온동 등 총 12곳을 최종 선정했다.")
    assert holds_answer(q, "김다온 경기도 도시재생과장은 주민 설명회를 열었다.")



def test_a_posts_holder_named_before_the_post_and_its_body():
    # "가람군 시설관리공단 이사장 이름?" <- "김다온 군 시설관리공단 이사장은": the name stands
    # before the body the question names and the post; "나래군수 이름?" <- "박누리 군수는 …"
    # in a long sentence whose other words are nearer the question's
    from qa.extract import holds_answer, value_span

    q = analyze("가람군 시설관리공단 이사장 이름 뭐야")
    text = '김다온 군 시설관리공단 이사장은 "동굴은 연중 기온 12도를 유지하는 천연 피서지"라며 방문을 당부했다.'
    assert "김다온" in value_span(q, text).text and holds_answer(q, text)
    # another body's holder between is not this one's
    assert not holds_answer(q, "김다온 가람문화재단 대표와 시설관리공단 직원들이 참석했다.")
    q = analyze("나래군수 이름이 뭐예요? 재난지원금 발표한")
    text = ('박누리 군수는 "지난해부터 이어진 피해가 크다"며 "재난지원금이 주민들의 경제적 안정을 돕고 '
            '지역경제 활성화에 일조하기를 바란다"고 말했다.')
    assert value_span(q, text).text.startswith("박누리") and holds_answer(q, text)


def test_a_firm_asked_is_the_name_marked_a_company():
    # "어느 업체가 맡았어?": the name written with ㈜ or 주식회사, not "외 4개 업체" after it
    q = analyze("가람 도서관 시공은 어느 업체가 맡았어요?")
    text = "올해 설계용역을 마쳤으며, 나래군 소재지 ㈜다온종합건설 외 4개 업체와 계약해 9월부터 공사에 들어간다."
    assert value_span(q, text).text == "㈜다온종합건설"
    assert value_span(q, "공사는 주식회사 다온건설이 맡았다.").text == "다온건설"


def test_a_bodys_name_glossed_in_brackets_is_no_person():
    # the bracket is not the name's ending: 협의회 ends it, a body's name, not a person's
    text = "한국소비자협의회(소협)는 2030년 계획을 28일 발표했다."
    from qa.extract import holds_answer

    assert not holds_answer(analyze("2030년 계획을 발표한 소협 회장은 누구예요?"), text)
    assert holds_answer(analyze("2030년 계획을 발표한 곳은 어디예요?"), text)
    named = "한국소비자협의회(소협) 김철수 회장은 2030년 계획을 28일 발표했다."
    assert "김철수" in value_span(analyze("2030년 계획을 발표한 소협 회장은 누구예요?"), named).text


def test_what_the_question_sets_aside_is_no_answer():
    text = "공모에는 강원도가 선정됐고 충북도도 이름을 올렸다."
    q = analyze("공모에 강원 말고 선정된 곳은 어디야?")
    assert q.excluded and value_span(q, text).text == "충북도"
    # without 말고 the one named first answers
    assert value_span(analyze("공모에 선정된 곳은 어디야?"), text).text == "강원도"


def test_a_body_asked_is_answered_by_a_bodys_name_the_source_cited_first():
    text = "국립보건연구소(NIHR)에 따르면 이달 기준 공공심야약국은 전국에 93곳이 운영 중이다."
    q = analyze("공공심야약국 93곳 운영 중이라는 건 어느 기관 집계예요?")
    assert value_span(q, text).text == "국립보건연구소(NIHR)"
    # a common word names no body: a sentence naming none holds no answer
    q = analyze("2월말 주민등록 인구 통계 어느 부처 자료야?")
    assert value_span(q, "가람구(-975명) 등 154개(68.1%) 지역의 주민등록 인구는 줄었다.") is None
    assert value_span(q, "21일 행정가람부에 따르면 주민등록 인구는 5천만 명이다.").text == "행정가람부"


def test_the_topic_before_quoted_words_said_what_the_question_reports():
    # "…협조를 부탁한 시장은?": the mayor said it, in the quotation after his name
    text = '김철수 시장은 "공사가 원활하게 진행되도록 많은 관심과 협조를 부탁한다"고 말했다.'
    q = analyze("공사가 원활하게 진행되도록 협조를 부탁한 가람시장이 누구예요?")
    assert value_span(q, text).text == "김철수 시장"
    q = analyze("창의적인 아이디어를 기대한다고 한 도지사는 누구예요?")
    text = '이영희 지사는 "창의적인 아이디어로 지역 발전을 이끌기를 기대한다"고 말했다.'
    assert value_span(q, text).text == "이영희 지사"


@pytest.mark.parametrize("question, value", [
    ("지원사업 신청 기간이 언제부터 언제까지예요?", "5월 2일부터 5월 20일"),  # both ends asked
    ("신청은 언제부터야?", "5월 2일"),
    ("신청은 언제까지야?", "5월 20일"),
])
def test_both_ends_of_a_period_asked(question, value):
    text = "신청은 5월 2일부터 5월 20일까지 시청 경제과를 방문하면 된다."
    assert value_span(analyze(question), text).text == value


def test_both_ends_of_a_span_of_hours_asked():
    # "몇 시부터 몇 시까지 열어?": the span of hours, not its first hour
    text = "운영시간은 매주 수~일요일 오전 10시부터 오후 9시까지다."
    assert value_span(analyze("가람공원 놀이터 몇 시부터 몇 시까지 열어?"), text).text == "10시부터 오후 9시"
    assert value_span(analyze("가람공원 놀이터 몇 시부터 열어?"), text).text == "10시"


def test_a_label_after_a_comma_is_the_next_items():
    # "…1조 3080억 원, 특별회계는 19억 원(1.1%) 감소한 1677억 원": 특별회계 right after the
    # comma labels what follows it, not the figure before the comma
    text = ("내년 예산안은 일반회계가 전년 대비 800억 원(6.5%) 증가한 1조 3080억 원, "
            "특별회계는 19억 원(1.1%) 감소한 1677억 원 규모다.")
    assert value_span(analyze("가람시 내년 특별회계 얼마로 줄었어요?"), text).text == "1677억 원"
    assert value_span(analyze("가람시 내년 일반회계 얼마야?"), text).text == "1조 3080억 원"


def test_the_subject_asked_as_the_topic_of_its_own_clause():
    # "보조사업은 다음달 10일까지, 융자사업은 다음달 8일까지": clauses side by side, each with its
    # topic; the figure of the clause whose topic the question names answers
    text = "이번 보조사업은 다음달 10일까지, 융자사업은 다음달 8일까지 귀농지원팀에서 접수받는다."
    assert value_span(analyze("가람 귀농 보조사업 신청 마감일이 언제예요"), text).text == "10일"
    assert value_span(analyze("가람 귀농 융자사업 신청 마감일이 언제예요"), text).text == "8일"


def test_a_day_inside_a_period_answers_with_the_whole_period():
    # "언제 열려?" <- "5월 14일부터 15일까지 열린다": both ends, not the one nearer the verb;
    # one end asked (언제까지) is that end
    text = "올해 행사는 5월 14일부터 15일까지 가람면 무진정 일원에서 열린다."
    assert value_span(analyze("가람낙화놀이 언제 열려"), text).text == "5월 14일부터 15일"
    assert value_span(analyze("가람낙화놀이 언제까지 열려"), text).text == "15일"


def test_both_ends_asked_want_a_start_said_with_its_end():
    # "언제부터 언제까지 해요?": a time word alone (올해) is no period; the start of one is
    from qa.abstain import figures_of_kind
    from qa.figures import figures

    q = analyze("가람축제 언제부터 언제까지 해요?")
    assert figures_of_kind(q, figures("올해 축제는 명품 인증을 받은 고추를 즐길 수 있다."),
                           "올해 축제는 명품 인증을 받은 고추를 즐길 수 있다.") == []
    text = "가람축제가 29일부터 다음 달 1일까지 군청 앞 광장에서 펼쳐진다."
    assert value_span(q, text).text == "29일부터 다음 달 1일"


def test_an_abbreviation_asked_is_answered_by_the_words_it_stands_for():
    text = "물류 분야에는 광역 농산물 물류센터(APC) 건립 20억 원을 배정했다."
    assert value_span(analyze("예산에 나오는 APC는 무슨 시설이에요?"), text).text == "광역 농산물 물류센터"
    # an abbreviation the sentence does not spell out gives nothing of the kind
    assert value_span(analyze("예산에 나오는 RPC는 무슨 시설이에요?"), text).text != "광역 농산물 물류센터"
    # … only when the abbreviation is what is asked about, not where something is
    text = "광역 농산물 물류센터(APC) 안에 저온창고 3동을 짓는다."
    assert value_span(analyze("APC 안에 짓는 시설은 뭐야?"), text).text != "광역 농산물 물류센터"


def test_a_place_head_asked_by_name_is_named_beside_the_post():
    from qa.extract import holds_answer

    q = analyze("경로 사업을 하는 가람군수 이름이 뭐예요?")
    # a spokesman of the county is not its head
    assert not holds_answer(q, '가람군 관계자는 "경로 사업을 꾸준히 추진하겠다"고 말했다.')
    assert holds_answer(q, '김철수 가람군수는 "경로 사업을 꾸준히 추진하겠다"고 말했다.')


def test_a_number_borne_is_the_code_beside_the_thing_asked():
    from qa.extract import holds_answer

    q = analyze("가람역에서 누리역 가는 광역버스는 몇 번 버스예요?")
    text = "가람역과 누리역을 오가는 광역버스(M1234) 5대가 다음 달 운행을 시작한다."
    assert value_span(q, text).text == "M1234"  # not 5대, a count
    assert holds_answer(q, text)
    # a sentence of no number borne does not answer, whatever count or date it gives
    assert not holds_answer(q, "가람역과 누리역을 오가는 광역버스 5대가 다음 달 3일 운행을 시작한다.")
    # a number with its counter: "3번 출구"
    assert value_span(analyze("가람역 몇 번 출구로 나가?"), "전시장은 가람역 3번 출구에서 가깝다.").text == "3번"


def test_the_heads_own_name_in_title_marks_answers_which():
    # "어느 온라인 플랫폼에서" <- "온라인 플랫폼인 ‘가람집’에서": the name set beside the noun asked
    q = analyze("청년 월세 지원 신청은 어느 온라인 플랫폼에서 하면 돼요?")
    text = "다음 달 6일까지 시 주거지원 통합 온라인 플랫폼인 ‘가람집’에서 신청하면 된다."
    assert value_span(q, text).text == "가람집"


def test_a_body_of_the_kind_asked_is_not_answered_by_another_kind():
    from qa.extract import holds_answer, kind_asked

    q = analyze("청년 전세 대출은 어느 은행에서 받아야 돼요?")
    assert kind_asked(q) == "은행"
    assert not holds_answer(q, "가람시는 청년 전세 대출 이자를 지원한다.")  # a city is no bank
    assert not holds_answer(q, "홍길동 가람시 부시장은 사업을 설명했다.")  # nor an official
    assert not holds_answer(q, "대출 한도는 보증금의 90% 이내다.")  # nor a figure
    assert holds_answer(q, "대출은 가람은행 전 지점에서 받을 수 있다.")
    # a kind asked alone (기관, 업체) takes any body
    assert kind_asked(analyze("사업은 어느 기관이 맡아?")) is None
    # the kind asked ends the question, or the question word governs it; a topic is not asked
    q = analyze("그 강의가 처음 열린 대학은?")
    assert kind_asked(q) == "대학" and holds_answer(q, "그 강의는 가람대학교에서 처음 열렸다.")  # 대학 = 대학교
    assert kind_asked(analyze("가람 혁신 센터는 뭘 지원해?")) is None
    # a body asked by its kind is the word ending in it, however the tagger cut the word
    q = analyze("그가 2014년 8월에 기부한 재단은?")
    text = "2014년 8월에는 기부 캠페인에 관한 견해를 밝히면서, 승일희망재단에 기부한다고 밝혔다."
    assert value_span(q, text).text == "승일희망재단"
    # "센터 이름이 뭐야?", "교도소 이름은?": the kind before 이름 is asked; not a firm's ("회사의
    # 이름은?"), named as often by words Kiwi does not know ("빅히트 엔터테인먼트")
    assert kind_asked(analyze("가람구 신당동에 새로 짓는 센터 이름이 뭐야")) == "센터"
    assert kind_asked(analyze("그가 출소한 교도소 이름은 뭐야?")) == "교도소"
    assert kind_asked(analyze("방가람이 설립한 회사의 이름은?")) is None
    # "어느 은행 카드예요?": the card of which bank; 은행 is the kind asked, not 카드
    q = analyze("가람 재난지원금 선불카드 어느 은행 카드예요?")
    assert kind_asked(q) == "은행"
    assert not holds_answer(q, "재난지원금은 선불카드 형식의 지역화폐로 신청 시 현장에서 바로 지급된다.")


def test_a_figure_names_no_thing_of_the_kind_asked():
    # "무슨 회의에서?", "어느 업체가?": a sum or a count is no meeting, no firm
    from qa.extract import holds_answer

    q = analyze("그 계획은 무슨 회의에서 발표됐어요?")
    text = "5일 경제현안회의에서 발표한 계획은 총 6,699억 원 규모다."
    assert value_span(q, text).text == "경제현안회의"
    assert value_span(q, "시는 5일 총 6,699억 원 규모의 계획을 발표했다.").text != "6,699억 원"
    assert not holds_answer(q, "총 6,699억 원을 들인다.")


def test_a_name_the_tagger_cuts_into_pieces_before_a_title_is_a_name():
    # Kiwi reads 한종탁 as 한 (a determiner) + 종 + 탁
    q = analyze("센터 개관 때 소감 말한 체육건강국장이 누구야?")
    text = "한종탁 체육건강국장은 “센터를 개관하는 등 체육 인프라를 확충하겠다”고 말했습니다."
    assert value_span(q, text).text == "한종탁 체육건강국장"
    # a word with a particle or a lone adverb before the title is no name
    assert value_span(q, "이에 체육건강국장은 “센터를 확충하겠다”고 말했습니다.") is None or \
        value_span(q, "이에 체육건강국장은 “센터를 확충하겠다”고 말했습니다.").text != "이에 체육건강국장"


def test_the_item_of_an_enumeration_binds_its_figure():
    # 학교 is in every item, 고등 in one: the figure of that item answers
    q = analyze("고등학교 급식 한 끼 평균 단가가 올해 얼마야?")
    text = "올해 학교급별 평균 급식단가는 유치원 4034원, 초등학교 4233원, 중학교 5494원, 고등학교 6361원이다."
    assert value_span(q, text).text == "6361원"
    assert value_span(analyze("초등학교 급식 한 끼 평균 단가가 올해 얼마야?"), text).text == "4233원"


def test_one_letter_is_no_ones_name():
    from qa.extract import holds_answer

    q = analyze("가람 제2의료원 원장은 누가 맡기로 했어?")
    assert not holds_answer(q, "병상 별로 B/C값을 보면 500병상은 1.267로 나타났다.")


def test_a_post_asked_is_held_by_no_one_in_a_sentence_naming_no_such_post():
    from qa.extract import holds_answer

    # 소장 of "소장 작품" is a collection, not a director: no 위원장 is named
    q = analyze("청주시립미술관 개관전 추진위원장은 누구예요?")
    assert not holds_answer(q, "미술관으로 등록하려면 소장 작품이 100점을 넘어야한다.")
    assert holds_answer(q, "위원장에는 김철수 화백이 선임됐다.")
    # the post's word (청장) said beside the name answers the body's head
    assert holds_answer(analyze("부산진해경제자유구역청장은 누구인가요?"),
                        "부산진해경제자유구역청(청장 김기영)은 올해 개청 20주년을 맞았다.")


def test_a_firm_asked_is_not_answered_by_a_programme():
    from qa.extract import holds_answer

    q = analyze("산곡천 복원 공사는 어느 건설사가 맡았어?")
    assert not holds_answer(q, "환경부 시범사업으로 추진되는 산곡천 생태하천 복원사업은 총 사업비 345억원이 투입된다.")
    assert holds_answer(q, "산곡천 복원 공사는 현대건설이 맡았다.")


def test_which_place_wants_a_sentence_naming_a_place():
    from qa.extract import holds_answer

    q = analyze("다목적 재난대피시설 5곳은 포항 어느 동네에 들어서?")
    assert not holds_answer(q, "시는 250억원을 들여 1만여㎡ 크기 다목적 재난대피시설을 5곳을 만든다.")
    assert holds_answer(q, "대피시설은 흥해읍과 양덕동 등 5곳에 들어선다.")


def test_a_kind_asked_by_where_is_the_kind_of_body_wanted():
    from qa.extract import holds_answer, kind_asked

    q = analyze("천안신부 행복주택 공사를 새로 맡은 시공사는 어디야?")
    assert kind_asked(q) == "시공사"
    assert not holds_answer(q, "중단 기간이 길어지자 시공사가 지난해 4월 공사를 포기했다.")
    assert kind_asked(analyze("센터는 뭘 지원해?")) is None


def test_a_figure_counted_by_the_noun_asked_answers_it():
    from qa.extract import holds_answer, value_span

    q = analyze("갤럭시 S8의 후면 카메라 화소는?")
    text = "후면 카메라는 OIS 기술이 적용된 카메라 모듈에 1,200만 화소 센서를 탑재했다."
    assert value_span(q, text).text == "1,200만 화소" and holds_answer(q, text)
    # a noun glued to a figure as part of a word, or a name asked: no
    assert value_span(analyze("1950년 월드컵의 개최국은?"), "13 개최국이 아닌 브라질").text != "13 개최국"
    assert "화소" not in value_span(analyze("그 카메라 이름은?"), "이름은 아이소셀이고 1,200만 화소다.").text


def test_a_telephone_number_is_the_number_asked():
    q = analyze("건강강좌 전화로 신청하려면 번호가 뭐예요?")
    assert value_span(q, "신청은 보건소 보건행정과(02-3153-9021) 전화로 가능하다.").text == "02-3153-9021"
    assert value_span(analyze("문의 전화번호 알려줘"), "문의는 콜센터(1588-1234)로 하면 된다.").text == "1588-1234"
    # a span of years is no telephone number
    assert value_span(analyze("문의 전화번호 알려줘"), "2022-2026년 계획에 따라 추진한다.") is None


def test_a_person_asked_prefers_a_span_that_names_someone(monkeypatch):
    import qa.extract as extract

    q = analyze("예산 삭감에 대해 긍정적인 태도를 취하며 당내 분위기를 만들어간 사람은?")
    text = "김윤석 고문은 예산 삭감에 관용을 베풀어야 한다는 발언으로 당내 분위기를 만들었다."
    assert value_span(q, text).text == "김윤석 고문"
    assert holds_answer(q, text)
    # without the weight, a word of the clause beside the question's words wins
    monkeypatch.setattr(extract, "W", extract.SpanWeights(person=0.0))
    assert value_span(q, text).text == "발언"


@pytest.mark.parametrize("question, text, value", [
    # one end asked as a deadline keeps that end, though the sentence gives the period
    ("접수 마감일이 언제예요?", "신청은 5월 14일부터 15일까지 받는다.", "15일"),
    # both ends with a weekday in brackets after each
    ("신청은 언제부터 언제까지 해요?", "신청은 3월 2일(월)부터 6일(금)까지 받는다.", "3월 2일(월)부터 6일(금)"),
    # 주기로 of a verb (주다) asks no interval; a sentence saying 간격 labels its own figure
    ("몇 년 동안 지원해 주기로 했어?", "시는 3년 동안 지원하고 1년마다 성과를 평가한다.", "3년"),
    ("배차 간격은 몇 분이야?", "평일 배차 간격은 15분이고, 심야에는 30분마다 운행한다.", "15분"),
    # 기한 is a deadline as 마감 is
    ("신청 기한이 언제야?", "신청은 다음달 10일까지 받는다.", "10일"),
    # a price said per the measure asked
    ("사과 1kg에 얼마예요?", "올해 사과 1kg에 5000원 선에 거래되고 있다.", "5000원"),
    # the verb 연 (열다) is no period
    ("한 달에 얼마씩 받아요?", "행사를 연 시는 20만원씩 지원한다.", "20만원"),
    # a thousands separator is no clause break
    ("일반회계 예산은 얼마야?", "일반회계는 1조 3,080억 원이고 특별회계는 1677억 원이다.", "1조 3,080억 원"),
    # "3일짜리는 얼마?": the 3일 of the item "3일 1만원"
    ("단기권 3일짜리는 가격이 어떻게 돼?", "단기권은 1일 5000원, 2일 8000원, 3일 1만원, 5일 1만5000원으로 나온다.", "1만원"),
])
def test_this_rounds_rules_leave_their_neighbours_alone(question, text, value):
    span = value_span(analyze(question), text)
    assert span is not None and span.text == value



def test_a_date_glued_before_the_noun_asked_names_no_one_of_its_kind():
    # "20일 농어촌관광휴양단지" is the question's own 농어촌관광휴양단지 said on a day: no place
    q = analyze("가람 농어촌관광휴양단지는 어디에 조성돼?")
    span = value_span(q, "가람시가 20일 농어촌관광휴양단지 조성사업 착공식을 했다.")
    assert span is None or "20일" not in span.text
    # a bare number does name one of the kind asked ("731 부대")
    q = analyze("가람이 창설을 재가한 세균전 전담 부대는?")
    assert value_span(q, "가람은 세균전을 책임지는 731 부대의 창설을 재가하였다.").text == "731 부대"


def test_both_ends_asked_from_an_opening_and_its_end():
    # "언제부터 언제까지?" <- "16일 오후 개막해 18일까지": the start dated by the opening, the end after
    q = analyze("2023 가람 맥주 페스티벌 언제부터 언제까지야?")
    text = "'2023 가람 맥주 페스티벌'이 16일 오후 개막해 18일까지 나래 박물관 일원에서 개최된다."
    assert value_span(q, text).text == "16일 오후 개막해 18일"
    # an opening with no end said after it is one end only: not the figure asked
    from qa.abstain import figures_of_kind
    from qa.figures import figures as figs

    alone = "페스티벌은 16일 개막해 나래 박물관 일원에서 열린다."
    assert [f.text for f in figures_of_kind(q, figs(alone), alone)] == []
    assert "16일" in [f.text for f in figures_of_kind(q, figs(text), text)]


def test_an_item_mark_ends_the_item_before_a_figure():
    # "△A 46억원 △B 59억원": the item asked is the one after its own mark, however long the list
    text = ("반영된 주요 사업은 △가람신항 건설사업 4347억원 △기계·방산 제조디지털전환(DX) 지원센터 구축사업 46억원 "
            "△제조특화 초거대 제조 AI 서비스 개발 및 실증 59억원 △로봇활용 제작지원센터 구축 26억원이다.")
    assert value_span(analyze("나래 제조 AI 서비스 개발 실증 사업비 얼마 반영됐나요"), text).text == "59억원"


def test_a_long_name_is_matched_by_its_ending_when_written_without_its_place():
    # "가람다향대축제" asked, "다향대축제 19만 명" written: the figure of that item, not the total
    q = analyze("가람다향대축제에는 몇 명 다녀갔나요")
    text = "관광객은 다향대축제 19만 명, 철쭉문화행사 6만 2000명, 소리축제 1만 4000명 등 31만 명을 기록했다."
    assert matched_positions(q, text) and value_span(q, text).text == "19만 명"


def test_an_opening_does_not_take_another_clause_s_deadline():
    q = analyze("가람 축제 언제부터 언제까지야?")
    span = value_span(q, "축제는 16일 개막하며 신청은 10일까지 받는다.")
    assert span is None or "10일" not in span.text


@pytest.mark.parametrize("question, aliases", [
    ("가람 임대주택 짓는데 얼마 들었어요?", ("건설", "건립", "건축", "신축", "조성", "투입", "소요", "사업비")),
    ("가람 문화예술회관 언제 지었어?", ("건설", "건립", "건축", "신축", "조성")),
    ("가람 축제 예산 얼마 썼어?", ("투입", "소요", "사업비")),
    ("가람 축제 언제 열려?", ()),
    # a body set up (세워졌어) is founded in news (설립) — not a plan or a record set
    ("가람신용보증재단은 언제 세워졌어?", ("설립", "창립", "창설", "건립")),
    ("가람시 계획은 언제 세웠어?", ()),
])
def test_plain_words_of_building_and_spending_name_the_news_words(question, aliases):
    from qa.extract import event_aliases

    assert event_aliases(analyze(question)) == aliases



@pytest.mark.parametrize("question, sentence", [
    ("가람 참외축제 어디서 열려요", "2009년 5회 축제 이후 열리지 않았던 참외축제도 올해 부활했다."),
    ("오스트레일리아의 행정권은 누구에게 있었는가?", "그 때 당시의 행정권은 나래에게 있었다."),
])
def test_a_word_of_no_content_is_no_place_or_person(question, sentence):
    span = value_span(analyze(question), sentence)
    assert span is None or squash(span.text) not in ("이후", "당시")


@pytest.mark.parametrize("question", ["가람교 이름 언제 지었어?", "가람 농사짓기 체험 언제 해?"])
def test_a_name_given_or_a_farm_worked_is_no_building(question):
    from qa.extract import event_aliases

    assert not set(event_aliases(analyze(question))) & {"건설", "건립"}


def test_a_date_stands_before_its_verb():
    # 올해 begins the clause after 지정되며: it dates 나선다, not 지정
    q = analyze("가람군 교육발전특구 언제 지정됐어요")
    text = "또한, 가람군은 2024년 2월 교육발전특구로 지정되며 올해 본격적으로 과학캠프 운영 등 특구 사업에 나선다."
    assert value_span(q, text).text == "2024년 2월"


def test_a_name_set_aside_with_a_word_before_it_is_still_set_aside():
    from qa.extract import set_aside

    q = analyze("가람구 거점 중에 나래역, 다온역 말고 나머지 역은 어디야?")
    assert set_aside(q, "지하철 나래역") and set_aside(q, "다온역")
    assert not set_aside(q, "누리역")


def test_a_time_word_beside_the_questions_own_name_answers_nothing():
    # "최근 가람체험관" says only what the question says, and when
    text = "구는 최근 가람미래기술체험관을 개관해 인공지능(AI), 로봇, 드론 등 미래 기술을 직접 체험할 수 있는 교육 인프라를 마련했다."
    q = analyze("가람미래기술체험관 위치가 어디예요?")
    assert not holds_answer(q, text)


def test_a_first_start_is_said_by_news_words():
    from qa.extract import event_aliases

    assert "도입" in event_aliases(analyze("영어교사 사업 가람군이 언제 처음 시작했어?"))
    assert "도입" not in event_aliases(analyze("공사 언제 시작했어?"))


@pytest.mark.parametrize("question, sentence, name", [
    # a district's head: 동구청장 with a one-syllable place, read whole or as 서 + 구청장
    ("가람시 동구청장 이름이 뭐야", "김찬진 동구청장은 “어르신들이 부담 없이 치료받도록 하겠다”고 말했다.", "김찬진"),
    ("가람시 서구청장 누구예요", "한편 이날 서구는 나래센터에서 김이강 서구청장과 청년 40여 명이 참석한 가운데 콘서트를 열었다.", "김이강"),
    # a name Kiwi cuts with a particle inside (김 + 이 + 강) before the post is still a name
    ("가람시 서구청장 누구예요", "김이강 서구청장은 \"청년을 지원하겠다\"고 말했다.", "김이강"),
])
def test_a_districts_head_is_named_before_the_post(question, sentence, name):
    span = value_span(analyze(question), sentence)
    assert span is not None and span.text.startswith(name) and holds_answer(analyze(question), sentence)


def test_the_end_asked_is_the_date_its_news_word_follows():
    from qa.extract import event_aliases

    q = analyze("가람구 주거환경개선사업 언제 끝나는 게 목표야")
    assert "완료" in event_aliases(q)  # (Kiwi reads 끝나는 as 끝 + 나)
    text = "사업은 5월 말부터 시작해 10월 완료를 목표로 추진되며, 이 중 350가구는 구가 직접 공사를 수행한다."
    assert value_span(q, text).text == "10월"


def test_a_person_of_a_body_is_no_firm_asked():
    q = analyze("가람주택 리모델링 공사는 어느 업체가 맡아?")
    assert not holds_answer(q, "가람구 관계자는 “리모델링을 이어올 수 있었던 데는 후원 덕분”이라고 말했다.")
    assert holds_answer(q, "공사는 주식회사 다온건설이 맡았다.")


def test_an_events_name_is_neither_the_body_nor_the_place_asked():
    # "어느 기관이 분석했어?", "우승은 어디가 했어?" over a sentence naming only the event the
    # question is about: no body, no place is given (the answer is declined, answer.compose)
    from qa.extract import names_event_only

    text = "가람의 대표 가을 축제인 '26회 가람문화축제'의 직접 경제 효과가 30억 원에 달한 것으로 나타났다."
    assert names_event_only(analyze("가람축제 경제효과 분석은 어느 기관이 맡아서 했어?"), text)
    opening = "제50회 나래도민체육대회가 20일 나래종합운동장에서 개막해 사흘간 열린다."
    assert names_event_only(analyze("이번 나래도민체전 종합우승은 어디가 했어?"), opening)
    # an event asked is answered by one
    assert not names_event_only(analyze("나래종합운동장에서 20일 개막하는 대회는 어디야?"), opening)
    # a body named answers
    named = "경제 효과 분석은 다온연구원이 맡았다."
    assert not names_event_only(analyze("가람축제 경제효과 분석은 어느 기관이 맡아서 했어?"), named)


def test_a_body_asked_is_not_answered_by_a_count():
    text = "축제 기간 4만 명이 방문했으며, 1인당 평균 7만 원을 썼다."
    assert not holds_answer(analyze("가람축제 경제효과 분석은 어느 기관이 맡아서 했어?"), text)


def test_a_figure_belongs_to_the_topic_said_clauses_before_it():
    # "나래관 좌석 몇 개야?" over two halls set side by side, each with its topic and its figures
    text = ("가람 작은도서관은 보건지소를 리모델링해 규모 150㎡, 좌석 35석을 갖추고 있으며, 나래 작은도서관은 "
            "주민센터 사무실을 리모델링해 규모 120㎡, 좌석 25석을 갖췄다.")
    assert value_span(analyze("나래 작은도서관 좌석 몇 개야?"), text).text == "25석"
    assert value_span(analyze("가람 작은도서관 좌석 몇 개야?"), text).text == "35석"


def test_a_person_asked_is_the_speaker_not_a_word_of_the_quotation():
    # "브리핑은 누가 했어?" over "김다온 나래시 균형발전국장은 … 브리핑에서 “…축제와 …”라고 밝혔다"
    q = analyze("가람문화재단 출범 브리핑은 누가 했어?")
    text = ('하용근 가람시 문화국장은 20일 정례브리핑에서 "시민이 문화를 누릴 기회를 넓히려 문화재단 설립을 '
            '준비했다"며 "축제와 공연 등 여러 사업을 맡을 것"이라고 말했다.')
    assert value_span(q, text).text == "하용근 가람시 문화국장"


def test_a_change_is_stated_by_a_figure_before_a_verb_of_change():
    # (answer.compose: "1월말보다 몇 명 늘었어?" is led by the sentence stating the change)
    from qa.extract import states_change

    q = analyze("2월말 가람시 인구 1월말보다 몇 명 늘었어?")
    assert states_change(q, "이는 1월말에 비해 7000명(0.02%) 늘어난 것이다.")
    assert not states_change(q, "가람시 인구 구성은 거주자가 50만 명, 재외국민이 4만 명이다.")


@pytest.mark.parametrize("question, text, name", [
    ("가람일보 폭설 기사 쓴 기자 누구야?", "[가람일보=하용근 기자] 27일 가람에서 16㎝가 넘는 눈이 쌓였다.", "하용근"),
    ("소방 점검 기사는 어느 기자들이 썼어?", "[나래일보 = 하용근·나다온기자] 소방본부는 최근 불시 점검을 했다.", "하용근·나다온"),
    ("범죄통계 기사 쓴 기자 누구예요?", "(가람=뉴스1) 나다온 기자 = 지난 1분기 검거율이 하락했다.", "나다온"),
    ("장마 분석 기사는 누가 썼어?", "【가람뉴스】하용근 기자=올해 장마는 길었다.", "하용근"),
    # no byline: nobody named in the sentence wrote the article
    ("범죄통계 기사 쓴 기자 누구예요?", "하용근 청장은 19일 범죄통계를 발표했다.", None),
    # a book's writer is no byline's
    ("전쟁을 다룬 연구서를 쓴 사람은?", "하용근은 전쟁의 각 단계를 처음으로 자세히 다룬 연구서를 썼다.", "하용근"),
])
def test_the_writer_asked_is_the_bylines_name(question, text, name):
    span = value_span(analyze(question), text)
    assert (span.text if span else None) == name


def test_a_score_asked_is_answered_by_the_score():
    question = analyze("2016 가람컵 결승 세트 스코어 몇 대 몇이었지?")
    text = "나래팀은 2016 가람컵 결승에서 다온팀을 세트 스코어 3:2로 꺾고 정상에 올랐다."
    assert holds_answer(question, text)
    assert value_span(question, text).text == "3:2"
    # a sentence with figures but no score holds none
    assert not holds_answer(question, "나래팀은 2016 가람컵에서 3회 우승했다.")


def test_a_counters_worth_asked_is_the_figure_said_so_however_far_its_noun():
    # "43만대 분의 배터리": the cars are named 40 characters before, the suffix says what is counted
    text = "한 번 충전으로 400km 넘게 달리는 전기차의 용량 70kWh를 기준으로 잡으면 약 31만대 분의 배터리를 댈 수 있다."
    assert holds_answer(analyze("가람 공장 배터리로 전기차 몇 대분 공급할 수 있어?"), text)
    # asked as a plain count of cars, the figure far from 전기차 still counts nothing asked
    assert not holds_answer(analyze("가람 공장 배터리로 전기차 몇 대 공급할 수 있어?"), text)
    assert holds_answer(analyze("몇 년치 물량을 확보했어?"), "가람사는 약 2년치 물량을 확보했다.")
    assert not holds_answer(analyze("몇 년치 물량을 확보했어?"), "가람사는 2025년 물량을 확보했다.")


def test_the_head_singled_out_with_man_labels_its_figure():
    question = analyze("가람 M15X 건설비만 얼마 들어?")
    text = "새 공장 단지의 이름은 ‘M15X’로 건설비만 4조1100억원, 사업 전체로는 투자비만 15조원에 이르는 계획이다."
    assert value_span(question, text).score > value_span(question, "장비 투자도 이어가 M15X에 총 15조원을 쏟는다.").score


def test_a_name_before_a_body_written_in_letters_and_the_post_asked_holds_it():
    question = analyze("현판식에 온 KX온 유럽법인장 누구야?")
    text = "3일 가람시 KX온 공장 앞에서 열린 기념식에는 김다온 KX온 유럽법인장과 나래시 관계자들이 함께했다."
    assert value_span(question, text).text == "김다온 KX온 유럽법인장"


def test_a_delegation_head_asked_is_not_answered_where_no_such_post_is_named():
    question = analyze("이번 가람회담 남측 수석대표는 누구였어?")
    assert not holds_answer(question, "남북은 22일 가람회담을 열고 상봉행사를 8월 20∼26일 나래산에서 하기로 합의했다.")
    assert holds_answer(question, "남측 수석대표인 김다온 가람회 회장은 22일 회담을 마친 뒤 기자들과 만났다.")


def test_a_short_line_number_glossed_in_brackets_is_the_number_asked():
    question = analyze("도박중독 상담전화 가람라인 번호가 뭐야?")
    text = "가람센터의 상담전화인 가람라인(1336)을 찾은 사람은 한 해 전보다 12% 늘었다."
    assert holds_answer(question, text) and value_span(question, text).text == "1336"
    # a year in brackets after a title is no number to call
    assert value_span(question, "영화 《가람》(1995)은 흥행했다.") is None


def test_a_post_unnamed_in_the_sentence_is_not_answered_by_a_phrase_naming_no_one():
    question = analyze("중앙정신건강복지사업지원단 단장이 누구야?")
    assert not holds_answer(question, "국민건강증진기금 내 정신건강관련 예산은 한 해 전보다 늘어난 700억원이며 홍보사업만 2억원 줄었다.")
    assert holds_answer(question, "중앙정신건강복지사업지원단은 김다온 교수를 새 단장으로 선임했다.")


def test_the_mean_asked_is_the_figure_said_as_a_mean():
    # "월평균 학원비는?": the figure said as a mean ranks above the same figure said as a month's
    # (news gives both: "월평균 103만원" beside "월 학원비가 최고 224만원")
    from qa.extract import W

    question = analyze("가람 유아 영어학원 월평균 학원비가 얼마예요?")
    mean = "유아 영어학원의 학원비(교재비와 차량비 포함)는 월평균 91만 5500원이었다."
    # (the same words, the mean not said of the figure itself: by as much as a topic's weight)
    apart = "유아 영어학원의 학원비(교재비와 차량비 포함)는 월평균으로 91만 5500원이었다."
    assert value_span(question, mean).score - value_span(question, apart).score >= W.same_topic


def test_a_figure_with_its_hedge_names_no_firm_and_a_region_is_no_kindergarten():
    question = analyze("가람군 바우처카드는 어느 카드사 카드야?")
    assert not holds_answer(question, "가람군은 청소년에게 20만원 상당의 지원금을 준다고 밝혔다.")
    question = analyze("월 224만원 받는 그 영어유치원 이름이 뭐야?")
    assert not holds_answer(question, "가람지역에서 영어 유치원으로 통하는 한 학원의 월 학원비가 224만원이었다.")
    assert holds_answer(question, "가장 비싼 곳은 나래영어유치원으로 월 224만원을 받았다.")


def test_a_count_over_a_span_of_years_is_the_spans_total():
    question = analyze("최근 3년 동안 가람카페 피해구제 신청 몇 건 들어왔어?")
    assert question.total and not analyze("최근 3년 동안 매년 몇 건 들어왔어?").total
    each = "신청 건수는 2021년 31건, 2022년 40건, 2023년 68건으로 해마다 늘었다."
    whole = "가람원 집계로 2021년부터 2023년까지 들어온 가람카페 피해 구제는 모두 139건이다."
    # (the cases counted without the action asked: 피해 구제 for 피해구제 신청)
    assert value_span(question, whole).text == "139건"
    assert value_span(question, whole).score > value_span(question, each).score


def test_the_change_asked_is_the_figure_said_changing_that_way():
    # "얼마나 떨어졌어?": a figure said falling ("11.5%p 하락한") ranks above the same figure said
    # with no change, as a list of rates is ("△모바일 게임 0.4%p(84.2%→84.6%)")
    question = analyze("가람 게임 이용률 작년보다 얼마나 떨어졌어?")
    fell = "한 해 전과 견주면 9.3%p 하락한 셈이다."
    plain = "한 해 전과 견주면 9.3%p 차이가 나는 셈이다."
    assert value_span(question, fell).score > value_span(question, plain).score
    # asked the other way, the fall is no better than no change said
    rose = analyze("가람 게임 이용률 작년보다 얼마나 올랐어?")
    assert value_span(rose, fell).score <= value_span(rose, plain).score


def test_a_foreign_name_glossed_in_letters_before_the_post_asked_holds_it():
    question = analyze("가람 사무총장은 누구야?")
    text = "이날 회의에서 안토니우 나래스(António Narés) 가람 사무총장은 연설했다."
    # as many Hangul words as the gloss has: not 회의에서, a word of the sentence before the name
    assert value_span(question, text).text == "안토니우 나래스(António Narés) 가람 사무총장"
    assert holds_answer(question, text)


def test_a_title_before_a_common_word_names_no_one():
    from qa.extract import holds_answer

    q = analyze("가람도로공사 사장은 누구야?")
    # 특보 ends a weather warning here ("기상특보 발효 시"): 발효 is no one's name
    assert not holds_answer(q, "강설 등 기상특보 발효 시에는 안전 순찰 인력을 추가 투입한다.")
    assert value_span(q, "가람도로공사 사장 하용근은 이날 말했다.").text == "하용근"
    assert value_span(analyze("가람청장은 누구야?"), "청장 김기영은 이날 말했다.").text == "김기영"


def test_a_quantitys_name_is_no_one_and_no_place():
    question = analyze("그날 가람쇼에 게스트 누가 나왔어?")
    span = value_span(question, "이날 가람쇼는 분당 최고 시청률이 14.2%까지 올라 가장 높은 기록을 냈다.")
    assert span is None or "시청률" not in span.text
    assert holds_answer(question, "이날 가람쇼에는 게스트로 김철수가 나왔다.")  # (a name ending as 수 might)
    # nor is a figure's unit ("4개소(7200만 원)" holds no place)
    place = analyze("가람시 클린하우스는 어느 동네에 설치돼?")
    span = value_span(place, "클린하우스가 올해 4개소(7200만 원)가 설치된다.")
    assert span is None or span.text not in ("원", "개소")


def test_a_clause_with_its_cut_marks_keeps_to_its_limit():
    # a span filling the window leaves no space to cut at: the … marks must still fit
    text = ("가람은 2015년6월23일 ‘가람 북한인권사무소’ 개소식에 참석하는 한편, 자이드 라아드 알 나래(Zeid Ra’ad Al Narae) "
            "가람 인권최고대표(High Commissioner for Human Rights)와 만나 인권 증진에 힘써줄 것을 당부했다.")
    start = text.index("자이드")
    span = Span(start, start + 46, text[start:start + 46], 1.0)
    for limit in range(20, 90):
        assert len(clause(text, span, limit, [start + 5])) <= limit, limit


def test_a_changes_size_named_before_the_figure_says_its_way():
    question = analyze("가람포스는 4분기 나래 고정가격이 전분기보다 얼마나 떨어질 거라고 봤어?")
    named = "가람포스는 4분기 나래 값이 전 분기 대비 하락 폭은 6∼9%에 이를 것으로 봤다."
    plain = "가람포스는 4분기 나래 값이 전 분기 대비 변동 폭은 6∼9%에 이를 것으로 봤다."
    assert value_span(question, named).score > value_span(question, plain).score


@pytest.mark.parametrize("question, sentence, holds", [
    # "대표이사 이름이 뭐야?": "대표이사 A씨", "김모(52)씨" withhold the name; a name given answers
    ("가람제강 대표이사 이름이 뭐야?", "대법원은 가람제강 대표이사 A씨에게 징역 1년을 선고한 원심을 확정했다.", False),
    ("가람제강 대표이사 이름이 뭐야?", "법원은 가람제강 대표이사 김모(52)씨에게 징역 1년을 선고했다.", False),
    ("가람제강 대표이사 이름이 뭐야?", "법원은 가람제강 대표이사 하용근씨에게 징역 1년을 선고했다.", True),
    # … whatever the role is called: "주범 이름이 뭐야?", "운전자 이름이 뭐야?" (a name asked of no
    # post) are not answered by "주범 A씨"
    ("가람 사기 일당 주범 이름이 뭐야?", "가람경찰청은 17일 사기 조직 주범 A씨를 구속 송치했다고 밝혔다.", False),
    ("가람 사기 일당 주범 이름이 뭐야?", "가람경찰청은 17일 사기 조직 주범 하용근씨를 구속 송치했다고 밝혔다.", True),
    ("사고 낸 운전자 이름이 뭐야?", "경찰은 운전자 A씨를 입건했다.", False),
    # "초등학교 이름이 뭐예요?": "윤서준 도시공공개발국장" is a person named by the post, no school
    ("가람타운 안에 들어서는 초등학교 이름이 뭐예요?", '윤서준 도시공공개발국장은 "가람타운은 새로운 표본이 될 것"이라고 말했다.', False),
    ("가람타운 안에 들어서는 초등학교 이름이 뭐예요?", "가람타운 안에는 가람초등학교가 들어선다.", True),
])
def test_a_name_asked_is_not_answered_by_a_withheld_name_or_someone_by_post(question, sentence, holds):
    assert holds_answer(analyze(question), sentence) is holds


def test_the_noun_asked_as_a_figures_label_binds_it_over_a_total_said_first():
    # "기본급은 얼마야?": the figure the noun labels, not the sum the sentence says first with 등
    q = analyze("가람전자 기본급은 얼마야?")
    text = "가람전자 노사는 성과급 등 1천만원과 기본급 300만원을 지급하기로 했다."
    assert value_span(q, text).text == "300만원"
    # … a period between them ("기본급 월 300만원"), and not a longer noun ending in it (본기본급)
    assert value_span(q, text.replace("기본급 300만원", "기본급 월 300만원")).text == "300만원"
    assert value_span(q, text.replace("기본급 300만원", "본기본급 300만원")).text == "1천만원"


def test_a_raise_decided_asks_the_change():
    # "얼마 올리기로 했어?" asks how much it goes up: the figure before 인상, not the sum paid
    text = "가람전자 노사는 성과급 등 1천만원 지급과 기본급 7만원 인상을 포함한 잠정합의안을 도출했다."
    for question in ("가람전자 기본급은 얼마 올리기로 했어?", "가람전자 기본급은 얼마 올릴 계획이야?"):
        assert value_span(analyze(question), text).text == "7만원", question


def test_a_year_ago_asked_is_the_figure_it_labels():
    from qa.extract import asks_past_year

    # "1년 전 가격은 얼마였어?" asks the figure a year ago labels, not today's
    q = analyze("1년 전 가람시 삼겹살 100g 가격은 얼마였어요?")
    assert asks_past_year(q)
    text = "가람시 삼겹살 100g의 소매 가격은 1천808원으로 집계됐다. 특히 1년 전 가격 2천97원과 비교하면 13.7% 떨어졌다."
    assert value_span(q, text).text == "2천97원"
    assert value_span(q, "가람시 삼겹살 100g의 소매 가격은 1천808원으로 1년 전(2천97원)보다 13.7% 떨어졌다.").text == "2천97원"
    # … not a year ago as what a change is counted from
    assert not asks_past_year(analyze("가람시 삼겹살 가격은 1년 전보다 얼마나 떨어졌어?"))
    assert not asks_past_year(analyze("가람시 삼겹살 100g 가격은 얼마야?"))


def test_a_change_glossed_in_the_bracket_after_its_rate_is_a_change():
    # "7.0%(1,442개) 증가한 2.2만개": the count in the bracket is how much it rose, as the rate is
    q = analyze("2019년 1월 가람시 창업기업은 전년 같은 달보다 몇 개 늘었어?")
    text = ("2019년 1월 가람시 창업기업은 12만개로 전년 동월 대비 3.4%(4천개) 줄어들었으나, 기술기반업종 창업기업은 "
            "전년 동월 대비 7.0%(1,442개) 증가한 2.2만개를 기록했다.")
    assert value_span(q, text).text == "1,442개"
    assert value_span(analyze("2019년 1월 가람시 창업기업은 몇 개야?"), text).text == "12만개"


def test_a_quantity_is_no_name_place_or_body():
    from qa.extract import holds_answer

    # a phrase ending in a quantity ("요트 2척"), or in a noun naming one ("지원금 상한액"),
    # names no one, no place and no body
    q = analyze("가람 사기 일당 총책 이름이 뭐야?")
    assert not holds_answer(q, "억대의 요트 2척과 명품가방 등도 찾아냈다.")
    q = analyze("나래시 전기차 보조금은 어디에 신청하면 돼요?")
    assert not holds_answer(q, "나래시는 전기차 보조금 상한액을 200만원에서 400만원으로 올렸다.")
    q = analyze("다온 체육관 공사는 어느 건설사가 맡았어?")
    assert not holds_answer(q, "다온 체육관에는 총 930억원(다온시 610억, 도비 150억)이 들어갔다.")
    # a place's part counted ("본관 2층"), a number naming a thing ("아폴로 11호") and a name
    # ending as a count noun does (추신수) still answer
    assert holds_answer(analyze("나래시 민원실은 어디에 있어?"), "나래시 민원실은 시청 본관 2층에 있다.")
    assert holds_answer(analyze("달에 처음 착륙한 우주선의 이름은?"), "1969년 아폴로 11호가 달에 처음 착륙했다.")
    assert holds_answer(analyze("그는 현지에서 무슨 별명으로 불리는가?"), "현지에서는 그를 '가람 킬러'라는 별명으로 부른다.")


def test_a_title_asked_is_the_name_in_marks():
    # "책 제목이 뭐야?": a title asked, whatever the thing — the name set in title marks, not the
    # author beside it
    q = analyze("가람시 올해의 책 아동분야 책 제목이 뭐야?")
    text = "아동분야는 나래 작가의 ‘별빛 우체국’, 일반분야는 다온 작가의 ‘바람의 정원’이 선정됐다."
    assert value_span(q, text).text == "별빛 우체국"
    # a company's name asked is no title in marks
    q = analyze("가람시 행사를 맡은 회사 이름이 뭐야?")
    assert value_span(q, "가람기획이 맡은 ‘별빛 축제’가 열렸다.").text != "별빛 축제"


@pytest.mark.parametrize("question, changed", [
    ("가람공사 미수금이 1분기에 얼마까지 불어났어?", False),  # the level it reached
    ("나래 가입자는 몇 %까지 올랐어?", False),
    ("가람공사 미수금은 얼마나 불어났어?", True),
    ("나래 가입자는 몇 명 늘었어?", True),
])
def test_how_far_a_change_went_asks_the_level_reached(question, changed):
    from qa.extract import asks_change

    assert asks_change(analyze(question)) is changed


def test_the_level_reached_is_answered_past_the_start_and_the_change():
    q = analyze("가람공사 미수금이 올해 1분기에 얼마까지 불어났어?")
    assert q.head is None  # (1분기 is the time the figure is of, no thing asked)
    text = "가람공사의 미수금은 지난해 말 8조6000억원에서 올 1분기에는 3조원이 더 늘어난 11조6000억원에 이른다."
    assert value_span(q, text).text == "11조6000억원"


@pytest.mark.parametrize("question, changed", [
    ("건보료를 한 달 평균 얼마 더 내게 돼?", True),  # how much more: a change
    ("몇 명 더 뽑아?", True),
    ("건보료는 한 달 평균 얼마야?", False),
])
def test_how_much_more_asks_the_change(question, changed):
    from qa.extract import asks_change

    assert asks_change(analyze(question)) is changed


def test_a_place_made_is_found_by_the_words_news_builds_with():
    from qa.extract import event_aliases

    # "언제 만들어진 거야?" of a place: 조성, 건설 in news
    assert "조성" in event_aliases(analyze("가람관광단지는 원래 언제 만들어진 거야?"))


@pytest.mark.parametrize("question, text, first", [
    # a name asked, a sentence holding none of the shape asked: the sentence, not its best phrase
    ("가람도 예결특위가 삭감한 사업 이름이 뭐야?",
     "예결특위는 가람도 일반회계에서 17건 31억원을 깎고 4건 12억원을 늘렸다.",
     "예결특위는 가람도"),
    # a reason asked: a figure is no reason
    ("가람저축은행 순이익이 늘어난 이유가 뭐야?",
     "가람저축은행의 상반기 순이익이 1870억원으로 1년 전보다 12.3% 늘었다.",
     "가람저축은행의 상반기"),
])
def test_no_phrase_is_put_first_that_is_not_of_the_shape_asked(question, text, first):
    from qa.layout import lead
    from test_select import Rows, scored

    top = scored(Rows([text]), (0, 1.7, 0.9, 1.0, 0.4))[0]
    assert lead(analyze(question), top, "[1]", "가람 소식")[0].startswith(first)


def test_an_office_asked_by_its_kind_is_a_firm():
    # "어느 건축사무소가?" is answered by a name ending in 사무소 (or a name of its own), not a sum
    q = analyze("가람시 신청사 설계는 어느 건축사무소가 맡았어?")
    assert not holds_answer(q, "가람시의회 정례회에서 신청사 설계비 95억 원이 통과됐다.")
    assert holds_answer(q, "신청사 설계는 한빛건축사무소가 맡았다.")


def test_a_city_listed_with_deung_is_no_one():
    # "가람시 등과 함께": a city and its listing's 등, not a person holding the post asked
    q = analyze("가람관광공사 사장이 누구예요?")
    text = "가람관광공사는 대구시 등과 함께 개발계획을 손질해 내년 공사에 들어간다."
    span = value_span(q, text)
    assert span is None or not span.person
    assert not holds_answer(q, text)


def test_a_place_asked_of_a_thing_is_not_the_thing_itself():
    from qa.extract import holds_answer

    # "인상안은 어디서 발표했어?": where, not "4분기 요금 인상안" (what was announced)
    q = analyze("가람전력 요금 인상안은 어디서 발표했어?")
    assert not holds_answer(q, "가람전력은 23일 이같은 4분기 요금 인상안을 발표했다.")
    assert holds_answer(q, "가람전력은 23일 나래시청 대회의실에서 4분기 요금 인상안을 발표했다.")
    # a place noun asked ("후보지는 어디?") is answered by a phrase ending in it
    assert not __import__("qa.extract", fromlist=["_topic_as_place"])._topic_as_place(
        analyze("가람 처리장 후보지는 어디야?"), "나래군 후보지")


def test_a_briefing_or_a_ceremony_is_no_body_nor_place():
    from qa.extract import holds_answer

    # "용역 맡은 업체는 어디?" is not answered by "용역 최종 보고회": an event, not a firm
    q = analyze("가람구장 타당성 조사 용역 맡은 업체는 어디야?")
    assert not holds_answer(q, "가람시는 28일 가람구장 타당성 조사 용역 최종 보고회를 개최했다.")
    assert holds_answer(q, "가람구장 타당성 조사 용역은 나래엔지니어링이 맡았다.")


def test_a_body_asked_is_answered_by_a_name_not_a_date_an_address_or_an_action():
    from qa.extract import body_asked, holds_answer

    q = analyze("가람도서관 컨설팅은 어느 기관이 맡아?")
    assert body_asked(q)
    # 지원 ends like 연구원 but names no body; a date, an address around a spot are none either
    assert not holds_answer(q, "지정되면 경영 컨설팅, 교사 대 아동 비율 개선 우선 지원 등을 받는다.")
    q = analyze("가람도서관 설계공모에서 당선된 건축사무소는 어디야?")
    assert body_asked(q)  # (a kind of firm ending the noun asked: 건축사무소)
    span = value_span(q, "가람시는 5월말까지 작품을 골라 내년3월까지 설계를 마친다.")
    assert span is None or "3월" not in span.text
    q = analyze("가람도서관 시공은 어느 건설사가 맡아?")
    span = value_span(q, "나래구 전농동 691-3 일대에 조성될 가람도서관은 목조로 짓는다.")
    assert span is None or "691" not in span.text
    # a bracket after the word asked names the firm, not the stage before it
    q = analyze("가람부두 운영사는 어디야?")
    text = "공사는 가람부두(서터미널 2-5 단계)를 개장하고 부두운영사인 나래터미널(NRT)에서 운영을 시작한다."
    assert "나래터미널" in value_span(q, text).text
    # an office is named by its 과 (read as a particle), not by 효과 or 결과
    from qa.extract import _office_과
    office, effect, joined = "신청은 일자리정책과에서 받았다.", "직접 경제 효과가 크다.", "지원과 상담을 받는다."
    assert _office_과(office, office.index("과에서"))
    assert not _office_과(effect, effect.index("효과") + 2) and not _office_과(joined, 2)


def test_a_body_asked_is_no_event_no_one_led_by_title_and_a_firm_no_city():
    # "발표한 기관은?" is answered by the body, not the event it speaks of
    q = analyze("2026 가람마라톤 교통통제 계획을 발표한 기관은?")
    text = "나래경찰청은 오는 15일 가람시 등이 주최하는 '2026 가람마라톤대회'가 예정돼 있어 교통 통제를 실시한다고 13일 밝혔다."
    assert value_span(q, text).text == "나래경찰청"
    # "어느 기관 기준이야?" is not answered by the 의장 of "시의회(의장 하용근)"
    q = analyze("권고 비율 2%는 어느 기관 기준이야?")
    span = value_span(q, "인구 증가와 나래시의회(의장 하용근)의 권고로 25곳을 추가 지정했다.")
    assert span is None or "의회" in span.text  # (the body, 나래시의회, named; not its 의장)
    # "어느 업체가 맡았어?" is not answered by the city ordering the works (a body asked may be one)
    text = "나래시는 28일 가람구장 재건축 타당성 조사 용역 최종 보고회를 개최했다."
    span = value_span(analyze("가람구장 타당성 조사 용역 맡은 업체는 어디야?"), text)
    assert span is None or span.text != "나래시"
    assert value_span(analyze("가람구장 타당성 조사 용역 보고회를 연 기관은?"), text).text == "나래시"


def test_a_firms_trade_is_no_event_and_a_joining_과_no_office():
    from qa.extract import holds_answer

    # 여행사 ends like 행사 (an event) but is a trade asked
    assert holds_answer(analyze("가람축제 관광은 어느 업체가 맡아?"), "가람축제 관광은 나래여행사가 맡는다.")
    # the 과 joining two nouns ("지원과 상담") makes no office of the first
    q = analyze("가람도서관 컨설팅은 어느 기관이 맡아?")
    assert not holds_answer(q, "지정되면 경영 컨설팅, 교사 대 아동 비율 개선 우선 지원과 상담 등을 받는다.")
    # a firm asked is no town ("나래읍")
    span = value_span(analyze("가람도서관 공사는 어느 업체가 맡았어?"), "나래읍 가람도서관 공사가 시작됐다.")
    assert span is None or span.text != "나래읍"


def test_a_region_said_as_such_names_no_body():
    # "모객한 여행사 이름이 뭐야?" over "…대부분 나래아시아 권역의 대형 여행사가 모객한 …": a region
    from qa.extract import _may_name_body

    text = "이들은 대부분 나래아시아 권역의 대형 여행사가 모객한 관광객이다."
    start = text.index("나래아시아")
    assert not _may_name_body(text, start, text.index(" 권역") + len(" 권역"), set())
    # … while a name ending in 지역 glued is a name still ("가람지역자활센터")
    text = "사업은 가람지역자활센터가 맡는다."
    assert _may_name_body(text, text.index("가람"), text.index("센터") + 2, set())


def test_a_post_asked_is_the_title_beside_the_one_asked_of():
    from qa.extract import position_span
    # "다온 씨 직책이 뭐였지?": the title news writes after the name, not a name nor a phrase
    q = analyze("가람준 씨 경기도 직책이 뭐였지?")
    text = '가람준 경기도 경제투자실장은 "지역화폐는 골목상권을 지원하는 사업"이라고 말했다.'
    assert value_span(q, text).text == "경기도 경제투자실장"
    assert holds_answer(q, text)
    # … before the name, or held later in its clause ("…을 지냈다")
    q = analyze("나래준은 행정안전부에서 어떤 직책을 맡고 있어?")
    assert position_span(q, "행안부 차관 나래준은 이번 개편을 발표했다.").text == "행안부 차관"
    q = analyze("나래준이 참여정부에서 맡은 직위는?")
    assert position_span(q, "나래준은 참여정부에서 외교안보보좌관을 지냈다.").text == "외교안보보좌관"
    # another person's title is not the post of the one asked of ("가람준이 … 대통령 밑에서")
    q = analyze("다온준이 가람준 대통령 밑에서 맡은 직책은 무엇이었나?")
    assert position_span(q, "가람준 대통령은 취임 연설을 했다.") is None
    # words with particles between the name and a noun are no post's place, and a noun that
    # merely ends in 장 or 관 is no title ("나래준 씨 가족은 지난해 공장을", "도서관에 근무")
    q = analyze("나래준 씨 직책이 뭐였지?")
    assert position_span(q, "나래준 씨 가족은 지난해 공장을 세웠다.") is None
    assert position_span(q, "나래준 씨 부부는 매일 시장을 본다.") is None
    assert position_span(analyze("나래준은 지난해 어떤 직책을 맡았어?"), "나래준은 지난해 도서관에 근무했다.") is None
    # a post's allowance, a place's spot, is no post asked
    from qa.extract import POSITION_ASKED
    assert not POSITION_ASKED.search("직책 수당은 얼마야?") and not POSITION_ASKED.search("이 식당은 어떤 자리에 위치해?")
    # a sentence with no title beside the name keeps the phrase scorer's span
    q = analyze("나래준이 참여정부에서 맡은 직위는?")
    assert position_span(q, "나래준은 당시 대통령 및 각료들과 잦은 마찰을 빚었다.") is None


def test_a_name_before_the_body_and_the_post_asked():
    # "가람시 도시개선팀장 누구야?" over "정오늘 가람시 도시개선팀장은 …": a name Kiwi reads as other
    # words (정 + 오늘) before the question's own place and post is the holder's
    q = analyze("가람시 도시개선팀장 누구야?")
    text = "정오늘 가람시 도시개선팀장은 “쉼터를 더 늘리겠다”고 말했다."
    assert holds_answer(q, text) and value_span(q, text).text.startswith("정오늘")
    # … and the place the question names without its unit ("가람") is the body said with it
    q = analyze("2019년 가람 빈집 사업 설명한 도시재생국장은 누구?")
    text = '한다온 가람시 도시재생국장은 "주차장을 더 만들겠다"고 말했다.'
    assert holds_answer(q, text) and value_span(q, text).text == "한다온 가람시 도시재생국장"
    # (the place itself is no name: with no name before it, nothing holds)
    assert not holds_answer(q, '가람시 도시재생국장은 "주차장을 더 만들겠다"고 말했다.')



def test_a_rate_asked_by_what_it_is_per():
    # "몇 m당 100원?" asks the distance a fare step is per, the new one of a change
    q = analyze("가람 택시 거리요금 몇 m당 100원으로 바뀌나요")
    text = "거리요금은 140m당 100원에서 135m당 100원으로 변경된다."
    assert holds_answer(q, text) and value_span(q, text).text == "135m"
    q = analyze("가람택시 시간요금 이제 몇초마다 100원씩 올라가?")
    text = "시간요금 기준은 33초당 100원에서 32초당 100원으로 각각 조정됐다."
    assert value_span(q, text).text == "32초"
    # (a rate's unit is still no count asked: "몇 그루 정비해?" over "1그루당 3,000원")
    assert not holds_answer(analyze("가람공원 나무 몇 그루 정비해?"), "나무는 1그루당 3,000원을 들여 정비한다.")



def test_a_source_role_is_named_beside_the_role():
    # "관계자 이름은?" is not answered by a word Kiwi reads as a name elsewhere ("인식표", NNP)
    q = analyze("가람군 치매안심센터에서 말한 관계자 이름은?")
    assert not holds_answer(q, "실종 예방 서비스로 지문 등록, 배회 예방 인식표, GPS 배회감지기를 제공한다.")
    assert holds_answer(q, "가람군 치매안심센터 관계자 한다온 씨는 이렇게 말했다.")



def test_a_body_asked_over_sentences_that_name_no_one():
    # "용역을 수행한 업체는 어디야?" over sentences that say the study was done, naming no one
    from qa.extract import names_no_body
    q = analyze("가람시 빈집정비계획 용역을 수행한 업체는 어디야?")
    said = ["지난해 11월까지 실시한 빈집정비계획 용역 결과를 토대로 정비사업을 추진한다.",
            "시는 빈집 정비에 본격 나선다."]
    assert names_no_body(q, said)
    # a name set in quotes, a firm Kiwi does not know, is someone named
    assert not names_no_body(q, said + ["용역은 '나래엔지니어링'이 맡았다."])
    assert not names_no_body(q, ["용역은 다온건축사무소가 수행했다."])
    # (not for anything but a body asked)
    assert not names_no_body(analyze("가람시 빈집정비계획 용역 결과는 뭐야?"), said)


def test_review_round_50_a_doer_said_with_the_questions_verb():
    # "용역은 도시와환경이 수행했다": a firm Kiwi reads as common words, said doing the question's verb
    from qa.extract import names_no_body
    assert not names_no_body(analyze("가람시 빈집정비계획 용역을 수행한 업체는 어디야?"), ["용역은 도시와환경이 수행했다."])
    assert not names_no_body(analyze("가람 실태조사를 맡은 기관은?"), ["조사는 시가 직접 맡았다."])
    # "몇 년 단위로" is answered by "3년마다"
    assert holds_answer(analyze("가람시는 사용동의서를 몇 년 단위로 받나요?"), "시는 빈집 주인한테 3년마다 사용동의서를 받는다.")


# --- round 52 -----------------------------------------------------------------------------------

def test_a_list_closed_by_deung_ends_there():
    from qa.extract import list_items

    # what follows 등 is the sentence going on ("여가 및 건강증진을 위한" is no item)
    assert list_items("복지관에는 매년 1억원을 들여 가람체조, 스트레칭, 발 마사지, 컴퓨터 교육 등 어르신들의 여가 및 "
                      "건강증진을 위한 프로그램을 마련했다.") == ["가람체조", "스트레칭", "발 마사지", "컴퓨터 교육"]
    # items given with their figures keep their names, the first and the last too
    assert list_items("올해 사업은 공익형 41개, 역량 활용형 34개, 공동체 사업단 10개, 취업 알선형 1개 등 총 86개 "
                      "사업단으로 구성된다.") == ["공익형 41개", "역량 활용형 34개", "공동체 사업단 10개", "취업 알선형 1개"]


def test_a_part_of_the_month_is_part_of_the_date_given():
    q = analyze("가람시 나래카드는 언제부터 유료로 바뀌나요?")
    assert value_span(q, "3월말까지 무료로 운영하고 4월 초부터 유료화 할 예정이다.").text == "4월 초"
    assert value_span(analyze("축제는 언제 열려?"), "축제는 오는 10월 중순에 열린다.").text == "10월 중순"
    assert value_span(analyze("축제는 언제 열려?"), "축제는 오는 10월 초록광장에서 열린다.").text == "10월"


def test_the_other_end_of_a_range_is_no_start_said_with_a_part_of_the_month():
    # "언제부터 유료로 바뀌나요?" over "지난해 12월 말까지 무료로 운영할 예정이었지만 … 4월 초부터 유료화"
    q = analyze("가람시 나래카드는 언제부터 유료로 바뀌나요?")
    text = "시는 지난해 12월 말까지 나래카드를 무료로 운영할 예정이었지만 4월 초부터 유료화 할 예정이다."
    assert value_span(q, text).text == "4월 초"


def test_a_word_asked_the_meaning_of_is_answered_by_its_gloss():
    q = analyze("가람구 단속 기사에 나온 '킥나래'가 무슨 뜻이야?")
    text = "가람구와 나래구가 ‘킥나래(킥보드+나래새)’ 단속에 나선다."
    assert holds_answer(q, text) and value_span(q, text).text == "킥보드+나래새"
    assert not holds_answer(q, "가람구와 나래구가 ‘킥나래’ 단속에 나선다.")


def test_a_telephone_number_is_no_ones_name():
    q = analyze("가람시 창업자금 담당 공무원 이름 알려줘")
    assert not holds_answer(q, "자세한 사항은 시 홈페이지 공고를 참조하거나, 나래신용보증재단(충주지점 041-850-9100, "
                               "제천지점 041-559-3900)으로 문의하면 된다.")


def test_a_firm_asked_is_not_the_venue_of_an_event():
    # "시공업체는 어디예요?" over "…가람복지관 광장에서 … 참석한 가운데 준공식을 열었다": where it was
    # held; a firm of a trade glued to 업체 is a firm asked as 시공사 is
    q = analyze("가람 경로식당 증축 공사 맡은 시공업체는 어디예요?")
    assert not holds_answer(q, "가람군은 10일 가람종합복지관 광장에서 정오늘 군수 등 400여 명이 참석한 가운데 준공식을 열었다.")
    assert holds_answer(q, "공사는 나래건설이 맡아 지난달 마무리했다.")


def test_an_item_naming_what_the_question_names_binds_its_figure():
    # every item says 시장 and 신설; the one naming the market asked holds its figure
    text = ("주요 사업으로는 ▲나래시장 비가림막(아케이드) 신설(9억3000만원) ▲충주 다온전통시장 아케이드 전면 교체(7억6000만원) "
            "▲가람이 전통시장 고객센터 신설(3억2000만원) 등으로, 2026년 2월부터 추진될 예정이다.")
    assert value_span(analyze("가람이 전통시장 고객센터 신설엔 얼마 들어?"), text).text == "3억2000만원"
    assert value_span(analyze("나래시장 비가림막 신설엔 얼마 들어?"), text).text == "9억3000만원"


def test_an_item_named_by_a_figure_binds_its_figure():
    text = "1일권 800원, 7일권 3000원, 6개월권 1만5000원, 1년권 2만5000원 등으로 이용할 수 있다."
    assert value_span(analyze("가람패스 1년권 요금 얼마예요?"), text).text == "2만5000원"
    assert value_span(analyze("가람패스 6개월권 요금 얼마예요?"), text).text == "1만5000원"


def test_a_figure_glossing_the_name_asked_answers_it():
    # every item is glossed with its size; the bracket glued to the name asked is its size, not
    # the total's own bracket before it ("(시설 7.2ha)"), however near the question's words
    text = ("조성 규모는 18.6ha(시설 7.2ha)로 가람 창업센터(1.9ha), 임대형 나래팜(3.7ha), "
            "시험단지(1.1ha)로 구성됐다.")
    assert value_span(analyze("가람 산업단지 가람 창업센터 면적 알려줘"), text).text == "1.9ha"


def test_a_large_count_before_the_noun_counted_counts_in_the_unit_asked():
    # "가맹점 몇 곳?" <- "8천7백여 가맹점에서": no counter, the noun asked after the figure
    q = analyze("가람페이 가맹점은 몇 곳이야?")
    text = "할인된 가격으로 충전해 관내 8천7백여 가맹점에서 쓸 수 있다."
    assert value_span(q, text).text == "8천7백여"
    assert value_span(q, "관내 8천7백여 명이 가람페이를 쓴다.") is None  # people, no 곳
    assert value_span(q, "관내 8천7백여 가맹점주가 참여한다.") is None  # the owners, no shops


def test_the_first_of_clauses_side_by_side_is_an_item_too():
    # "존속기간은 7년, 최대 투자기간은 3년": each clause labels its figure by a topic of its own; the
    # first has no separator before it and is an item all the same
    text = "조합 존속기간은 7년, 최대 투자기간은 3년으로 투자대상은 가람시 초기기업이다."
    assert value_span(analyze("가람 조합 존속기간 몇 년이야?"), text).text == "7년"
    assert value_span(analyze("가람 조합 투자기간 몇 년이야?"), text).text == "3년"
    # … not when the next item names what is asked: the first holds only the label both share
    text = "가람축제 관람객은 3만명, 다온축제는 5만명이 찾았다."
    assert value_span(analyze("다온축제 관람객 몇 명이야?"), text).text == "5만명"


def test_two_names_in_marks_make_a_list_of_two():
    q = analyze("가람군이 나래재단과 함께 하는 사업 두 가지 이름 알려줘")
    text = "가람군은 5일 나래재단과 '다온배움터', '한빛 공작소' 사업에 대한 협약을 맺었다."
    assert answer_items(q, text) == ["다온배움터", "한빛 공작소"]
    assert holds_answer(q, text)  # a list question is held by the items a sentence lists
    assert not holds_answer(q, "가람군은 5일 나래재단과 협약을 맺었다.")
    assert answer_items(q, "가람군은 '다온배움터'를 열었다.") == []
    # three names in marks are no list of two, nor are its last two
    assert answer_items(q, "가람군은 '다온배움터'와 '한빛 공작소', '나래학교' 사업 협약을 맺었다.") != ["한빛 공작소", "나래학교"]


def test_a_bound_before_a_count_is_no_noun_it_counts():
    q = analyze("가람군은 제설차 최대 몇 대 투입해?")
    text = "가람군은 민간 장비와 함께 최대 40대의 제설차를 도로에 투입할 계획이다."
    assert value_span(q, text).text == "40대"


def test_the_year_a_title_opens_with_is_the_year_of_the_titled_thing():
    q = analyze("가람시 폭설 대비 종합계획은 몇 년도 계획이에요?")
    text = "가람시는 ‘2021년 가람시 폭설 대비 종합계획’을 세우고 제설 준비에 나섰다."
    assert value_span(q, text).text == "2021년"
    # "몇 년 계획" asks how long a plan runs as often, and a title's year may be its target
    assert value_span(analyze("가람시 폭설 대비 종합계획은 몇 년 계획이에요?"), text) is None
    # a year inside another name dates nothing asked
    assert value_span(analyze("가람시 제설 준비는 언제 시작했어?"), text) is None


def test_a_period_after_a_slash_is_the_figures_period():
    q = analyze("가람시 비상대응반은 하루 몇 명으로 운영돼?")
    assert value_span(q, "수도관 동파에 대비해 비상대응반(6명/1일)을 운영한다.").text == "6명"
    assert value_span(q, "수도관 동파에 대비해 비상대응반(6명/월)을 운영한다.") is None  # a month's


def test_money_asked_by_its_plain_noun_is_a_sum():
    q = analyze("가람시장 비가림막 신설에 드는 돈은?")
    assert q.asks == "amount"
    assert value_span(q, "▲가람시장 비가림막 신설(9억3000만원) ▲나래시장 교체(7억원) 등이다.").text == "9억3000만원"


def test_a_place_asked_by_its_name_is_the_name_in_marks():
    q = analyze("가람 빈집 수요자하고 빈집 주인 정보를 모아두는 곳 이름이 뭐예요?")
    # (a name of common nouns, which only its marks and the question's 이름 make a name)
    text = "이들 기관은 빈집을 활용하고 싶어하는 수요자와 빈집 주인의 정보를 ‘빈집 정보창고’에 축적하고 있다."
    assert value_span(q, text).text == "빈집 정보창고" and holds_answer(q, text)


def test_who_does_it_is_answered_by_the_body_doing_it():
    q = analyze("가람키움뜰 운영은 누가 맡나요?")
    assert holds_answer(q, "나래육아종합지원센터가 운영을 맡아 월요일 오전 9시부터 보육 서비스를 제공한다.")
    assert not holds_answer(q, "나래육아종합지원센터가 개소식을 열고 보육 서비스를 제공한다.")
    assert not holds_answer(analyze("가람키움뜰 센터장은 누구야?"), "나래육아종합지원센터가 운영을 맡아 보육 서비스를 제공한다.")


def test_the_gloss_of_a_name_the_question_gives_is_no_new_answer():
    q = analyze("가람시랑 LH 협약식은 어디서 열렸어?")
    assert not holds_answer(q, "가람시는 빈집 사업을 위해 LH(한국토지주택공사)와 협약을 맺었다.")



# --- round 52, review -----------------------------------------------------------------------------

def test_a_firm_that_went_on_with_the_works_is_still_the_firm():
    q = analyze("가람 경로식당 증축 공사 맡은 시공업체는 어디예요?")
    assert holds_answer(q, "시공은 나래건설에서 맡아 지난 3월부터 공사를 진행했다.")


def test_the_gloss_taken_is_the_one_of_the_word_asked():
    q = analyze("'킥나래'가 무슨 뜻이야?")
    assert value_span(q, "가람구(可藍區)가 ‘킥나래(킥보드+나래새)’ 단속에 나선다.").text == "킥보드+나래새"
    from qa.extract import _gloss_span

    assert _gloss_span(analyze("가람 축제 주제의 의미는?"), "가람 축제(10월 3~5일)는 ‘빛’을 주제로 열린다.") is None


def test_a_first_item_keeps_a_word_before_its_figure_only_when_the_others_have_labels():
    assert list_items("강좌는 매주 3일, 10일, 17일, 24일에 열린다.")[0] == "3일"


def test_a_part_of_the_month_before_a_subject_particle_and_the_last_day():
    assert value_span(analyze("축제는 언제 열려?"), "축제는 10월 말이 돼야 열린다.").text == "10월 말"
    q = analyze("가람카드는 언제부터 유료야?")
    assert value_span(q, "가람카드는 12월 말일까지 무료로 운영하고 1월 초부터 유료화한다.").text == "1월 초"


def test_an_address_asked_is_the_address_whole():
    # a lot number after its 동 is an address, given from the district to the building
    q = analyze("가람 지원센터 주소가 어디야?")
    text = "센터는 가람구 나래동 305-131 다온빌딩 상가 A동 3층에 위치하고 있다."
    assert holds_answer(q, text)
    assert value_span(q, text).text == "가람구 나래동 305-131 다온빌딩 상가 A동 3층"
    assert value_span(q, "주소는 가람시 나래로 12, 다온빌딩 2층이다.").text == "가람시 나래로 12"
    # a range of figures is no lot number
    assert not holds_answer(q, "센터는 가람구 나래동에 있으며 2020-2024년 운영됐다.")
    assert not holds_answer(q, "센터는 국가 2020-2024년 계획에 따라 세워졌다.")
    # … nor a score, a range of ages, a telephone number, a figure before 으로
    for text in ("점수가 3-1로 앞섰다.", "연령대가 20-30대로 넓어졌다.", "가람동 031-123-4567로 하면 된다.",
                 "센터는 직원 5명으로 3일 문을 열었다."):
        assert not holds_answer(q, text), text
    # the address said after its district words is the one given, up to the building and floor and
    # not beyond: no figure before it, no adverb, no clause's ending
    for text, address in (("센터는 직원 5명으로 3일 문을 열었으며 가람시 나래로 12 다온빌딩 2층에 있다.", "가람시 나래로 12 다온빌딩 2층"),
                          ("올해 축제가 7-8월 열리며 센터는 가람구 나래로 12에 있다.", "가람구 나래로 12"),
                          ("센터는 다시 가람구 나래로 12에 있다.", "가람구 나래로 12"),
                          ("주소는 가람시 나래로 12 다온빌딩 2층이다.", "가람시 나래로 12 다온빌딩 2층"),
                          ("행사는 가람로 12에서 열린다.", "가람로 12")):
        assert value_span(q, text).text == address, text


def test_a_person_named_to_the_post_asked_is_its_holder():
    # "초대 가람 예술의전당장(지방서기관)에 김민수 …을 임용했다": the post asked, then 에, then the
    # name; the question's own words before it ("초대 가람 예술", Kiwi's 예술 + 의 + 전당장) are no one
    q = analyze("가람예술의전당 초대 전당장 누구야?")
    text = "나래 가람시장은 초대 가람 예술의전당장(지방서기관)에 김민수 가람음악협회 지회장(61)을 임용했다."
    assert value_span(q, text).text.startswith("김민수")
    # … named with 으로 too, and a deputy's post is another post
    q = analyze("가람예술관 초대 관장 누구야?")
    assert value_span(q, "가람시는 부관장으로 이영희 씨를, 초대 관장으로 김민수 지회장을 임용했다.").text.startswith("김민수")
    assert not value_span(q, "가람예술관 부관장에 이영희 씨를 임용했다.").text.startswith("이영희")


def test_two_items_joined_by_gwa_before_the_one_comma_and_a_third_closed_by_deung():
    # "A과 B, C 등": three items with one comma; a 와 meaning "with" is no item's joint
    assert list_items("센터는 상담실과 교육실, 휴게실 등을 갖췄다.") == ["상담실", "교육실", "휴게실"]
    assert list_items("가람시는 나래공사와 다온동, 한빛동 등에서 행사를 연다.") == []


def test_a_broadcast_hands_over_to_its_reporter_by_name():
    # "…보도한 기자 이름은?" <- "김민수 기자의 보도입니다.": the byline a broadcast speaks
    q = analyze("가람뷰로 리포트 보도한 기자 이름은?")
    span = value_span(q, "김민수 기자의 보도입니다.")
    assert span is not None and span.text == "김민수"
    # (a reporter named in passing is no byline: "…라고 김민수 기자에게 말했다")
    assert value_span(q, "가람뷰로 관계자는 “성과가 컸다”며 여러 기자에게 말했다.") is None


def test_the_holder_of_a_deputys_post_named_across_a_bracketed_aside():
    # "가람은행 부행장 이름 알려줘": 부행장 (a deputy's post) asks a person, and the name stands
    # before the bank, an aside in brackets between the bank and the post
    q = analyze("가람카드 협약에 나온 가람은행 부행장 이름 알려줘")
    assert q.asks == "person"
    sentence = "이날 협약식에는 정오늘 가람시장, 김민수 가람은행(카드 발급사) 부행장, 박다온 나래카드(운영사) 대표이사가 참석했다."
    span = value_span(q, sentence)
    assert span is not None and "김민수" in span.text and "정오늘" not in span.text


def test_a_post_asked_is_not_answered_by_the_holder_of_another_post():
    # "가람센터 기관장 이름이 뭐예요?" over "가람구(구청장 김민수)에 위치한 ‘가람센터’가 …": the
    # 구청장 holds another post; the post said short (관장) or long (가람구청장 for 구청장) is the same
    q = analyze("가람구 가람센터 기관장 이름이 뭐예요?")
    assert not holds_answer(q, "서울 가람구(구청장 김민수) 나래동에 위치한 ‘가람센터’가 본격 업무에 들어갔다.")
    assert holds_answer(q, "가람센터(관장 김민수)는 캠페인을 두 차례 열었다.")
    q2 = analyze("캠페인에 참석한 구청장은 누구인가요?")
    assert holds_answer(q2, "이 자리에는 김민수 가람구청장과 가람경찰서 관계자가 참석했다.")


def test_a_date_set_as_the_sentences_topic_frames_the_whole_sentence():
    # "언제 문을 여나요?" <- "내년에는 … 서식하는 식물을 만나 볼 수 있는 ‘가람식물원’이 문을 엽니다": the
    # topic's date is the time of the sentence's own predicate, past its relative clauses
    from qa.extract import binds_event

    q = analyze("가람지구 가람식물원은 언제 문을 여나요?")
    sentence = "한편, 내년에는 가람지구에 세계 12개 도시에서 서식하는 식물을 만나 볼 수 있는 ‘가람식물원’이 문을 엽니다."
    span = Span(4, 6, "내년", 0.0, False, False)
    assert binds_event(q, sentence, span, words_too=True)
    # (a date that is no topic binds its own clause only: the relative clause ends it)
    plain = sentence.replace("내년에는", "내년")
    assert not binds_event(q, plain, span, words_too=True)


def test_a_list_under_labels_gives_the_run_the_question_names():
    # "지하 1층에 있는 시설 3가지는?" over "지하 1층에는 A, B, C를, 지상 2층에는 D, E, F 등을 갖추고":
    # the run under the label asked, not both
    sentence = ("가람센터는 지하 1층~지상 2층 규모로 지하 1층에는 놀이치료실, 집중상담실, 교육실을, "
                "지상 2층에는 상담실, 회의실, 사무실 등을 갖추고 있다.")
    assert answer_items(analyze("가람센터 지하 1층에 있는 시설 3가지는?"), sentence) == ["놀이치료실", "집중상담실", "교육실"]
    assert answer_items(analyze("가람센터 지상 2층에는 뭐가 있어?"), sentence) == ["상담실", "회의실", "사무실"]
    # (a question naming no label gets the whole enumeration)
    assert len(answer_items(analyze("가람센터에는 어떤 시설들이 있어?"), sentence)) > 3


def test_the_full_name_asked_is_the_one_glossing_the_short_name():
    # "가람협회 정식 명칭이 뭐야?" <- "가람경영혁신기업협회(가람협회)는 …", or the other way round
    q = analyze("가람협회 정식 명칭이 뭐야?")
    span = value_span(q, "가람경영혁신기업협회(가람협회)는 지원사업을 마무리했다.")
    assert span is not None and span.text == "가람경영혁신기업협회"
    span = value_span(q, "오늘 가람협회(가람경영혁신기업협회)가 발표했다.")
    assert span is not None and span.text == "가람경영혁신기업협회"
    # (not asked so, the short name's sentence is read as any other)
    assert value_span(analyze("가람협회는 무슨 사업을 마무리했어?"), "가람경영혁신기업협회(가람협회)는 지원사업을 마무리했다.").text != "가람경영혁신기업협회"


def test_a_body_asked_by_its_part_is_the_one_whose_bracket_says_it():
    # "공공분야는 어느 기관이 추진하나요?" <- "가람상공회의소(공공분야) 및 나래시민센터(비영리 민간분야)가"
    sentence = "20일 가람시에 따르면 가람상공회의소(공공분야) 및 나래시민센터(비영리 민간분야)가 함께 추진하는 이번 사업에 146명을 선발한다."
    assert value_span(analyze("가람 청년 사업 공공분야는 어느 기관이 추진하나요?"), sentence).text == "가람상공회의소"
    assert value_span(analyze("비영리 민간분야는 어느 기관이 맡아?"), sentence).text == "나래시민센터"
    # (a body asked of no part is not read from the brackets)
    assert value_span(analyze("이 사업은 어느 기관이 추진해?"), sentence).text != "가람상공회의소"


def test_a_topic_date_frames_no_clause_joined_on_with_a_topic_of_its_own():
    # "언제 개통해?" over "내년에는 가람터널 공사를 본격화하고, 개통 시점은 아직 미정이다": 내년 is the
    # works', the opening has no date
    from qa.extract import binds_event

    sentence = "내년에는 가람터널 공사를 본격화하고, 개통 시점은 아직 미정이다."
    assert not binds_event(analyze("가람터널은 언제 개통해?"), sentence, Span(0, 2, "내년", 0.0, False, False), words_too=True)


def test_a_post_asked_by_a_generic_head_or_a_deputys_post_read_right():
    # 기관장 is whoever heads the body ("가람센터(센터장 김민수)"); 행장 is not the 부행장 asked
    assert holds_answer(analyze("가람센터 기관장 이름이 뭐예요?"), "가람센터(센터장 김민수)는 캠페인을 열었다.")
    assert not holds_answer(analyze("가람은행 부행장 이름 알려줘"), "가람은행(행장 김민수)은 협약을 맺었다.")


def test_a_full_name_is_a_name_of_the_same_kind():
    # "가람협회(회장 김민수)" glosses no full name; "가람국(Garam)" spells it in letters
    q = analyze("가람협회 정식 명칭이 뭐야?")
    span = value_span(q, "가람협회(회장 김민수)의 정식 명칭은 가람경영혁신기업협회다.")
    assert span is None or "김민수" not in span.text
    span = value_span(analyze("가람국의 정식 명칭은 뭐야?"), "가람국(Garam)의 정식 명칭은 가람민주공화국이다.")
    assert span is None or span.text != "Garam"


def test_a_run_under_a_label_keeps_its_nouns_and_its_last_item():
    # the 을 of 마을 is no particle; "편의점이 있고 지상 2층에는 …" ends the first run with 편의점
    sentence = "1구역에는 가람동, 한빛마을, 나래동을, 2구역에는 다온동, 새빛동, 온누리동을 포함했다."
    assert answer_items(analyze("1구역에 포함된 곳 3곳은?"), sentence) == ["가람동", "한빛마을", "나래동"]
    sentence2 = "가람센터 지하 1층에는 카페, 식당, 편의점이 있고 지상 2층에는 상담실, 회의실, 사무실이 있다."
    assert answer_items(analyze("가람센터 지하 1층에는 뭐가 있어?"), sentence2) == ["카페", "식당", "편의점"]


def test_a_partner_of_the_body_labelled_is_not_the_body():
    # "주관사와 협약을 맺은 기관은?" over "가람은행(주관사)은 나래재단과 협약을 맺었다": 나래재단
    span = value_span(analyze("주관사와 협약을 맺은 기관은 어디야?"), "가람은행(주관사)은 나래재단과 협약을 맺었다.")
    assert span is None or span.text != "가람은행"


def test_a_reporter_named_in_passing_is_no_byline():
    # "…김민수 기자의 보도에 따르면" cites another outlet's reporter; the hand-over is "…의 보도입니다"
    assert value_span(analyze("이 리포트 보도한 기자 이름은?"), "미국 가람방송 김민수 기자의 보도에 따르면 협상이 타결됐다.") is None


def test_how_far_apart_from_what_is_compared_is_a_change_asked():
    # "작년보다 얼마나 적었나요?" asks the gap ("지난해보다 3만4000명 적었다"), not the level the
    # sentence gives beside it; a question of the level takes the level
    gap = analyze("가람마을 방문객이 6월까지는 작년보다 얼마나 적었나요?")
    text = "6월까지 방문객은 12만명으로 지난해보다 3만4000명 적었다."
    assert value_span(gap, text).text == "3만4000명"
    alone = "올해 6월까지만 해도 지난해 보다 3만4000명 정도 적었으나 7월 이후 급격히 늘어났다."
    assert holds_answer(gap, alone) and value_span(gap, alone).text == "3만4000명"
    level = analyze("가람마을 방문객은 6월까지 몇 명이야?")
    assert value_span(level, "6월까지 방문객은 지난해보다 3만4000명 적은 12만명이었다.").text == "12만명"


def test_a_firm_asked_is_not_answered_by_a_public_body():
    # "어느 업체가 맡았어?" over "가람시는 국토교통부에 신청한 …": a ministry, an agency, a police
    # station is no firm; a firm named is one
    q = analyze("가람산단 재생계획 수립 용역은 어느 업체가 맡았어?")
    assert value_span(q, "가람시는 국토교통부에 신청한 재생사업이 선정돼 용역비 국비 10억원을 확보했다.") is None
    assert value_span(analyze("가람구 단속장비 설치업체 이름 알려줘"), "가람구는 가람경찰청과 현장 조사를 실시해 지점을 확정했다.") is None
    assert value_span(q, "재생계획 수립 용역은 ㈜다온엔지니어링이 맡았다.").text == "㈜다온엔지니어링"


def test_the_count_closing_a_list_is_no_part_of_its_last_item():
    # "△가람초등학교 △나래유치원 △다온어린이집 3개소다": three items, the count of them after the last
    q = analyze("가람구 단속장비 새로 설치되는 3곳 알려줘")
    assert answer_items(q, "설치 지점은 △가람초등학교 △나래유치원 △다온어린이집 3개소다.") == ["가람초등학교", "나래유치원", "다온어린이집"]
    # (another count is the item's own words)
    assert answer_items(q, "설치 지점은 △가람초등학교 △나래유치원 △다온어린이집 2곳과 기타다.")[-1] == "다온어린이집 2곳과 기타"


def test_a_gap_is_said_by_an_adjective_with_its_ending_not_a_word_it_begins():
    # 적발, 작업, 높이 begin with the syllables of 적다, 작다, 높다 and say no gap
    from qa.extract import asks_change, changed_by

    for text, fig in (("지난해보다 단속을 늘려 음주운전 120건이 적발됐다", "120건"),
                      ("기존보다 두꺼운 20cm 두께에 8m 높이로 짓는다", "8m"),
                      ("예년보다 많은 인력 50명이 작업에 투입됐다", "50명")):
        f = next(g for g in figures(text) if g.text == fig)
        assert not changed_by(text, f), text
    assert not asks_change(analyze("작년보다 단속이 강화됐는데 몇 건이 적발됐어?"))
    assert asks_change(analyze("작년보다 얼마나 작아졌어?"))


def test_a_firms_division_is_no_public_body():
    # "…다온전자 디스플레이사업부가 납품했다": 사업부, 본부 end a firm's division as well
    q = analyze("가람센터 장비는 어느 업체가 납품했어?")
    assert value_span(q, "가람센터 장비는 다온전자 디스플레이사업부가 납품했다.") is not None


@pytest.mark.parametrize("question, sentence, held", [
    # the head asked is not in the sentence, and what Kiwi tags a proper noun is a place or an item
    ("가람시 공공조리원 원장 이름이 뭐예요?", "서울에서 다수의 조리원을 운영해 온 ㈜나래케어가 운영을 맡는다.", False),
    ("부안군 보건소장 이름 알려줘",
     "[가람일보ㅣ부안=김다온 기자] 전북 부안군은 산후 조리비 지원을 최대 130만 원으로 확대한다고 13일 밝혔다.", False),
    ("가람군 포장재 사업 담당 과장 이름이 뭐야?", "대상 품목은 ▲파프리카 ▲토마토 ▲자두 ▲블루베리다.", False),
    ("가람시 버스요금 인상 발표한 교통 담당 국장 이름은?", "시내버스를 비롯해 광역버스, 마을버스 등 버스요금이 일괄 인상됐다.", False),
    # (a foreign name has no Korean surname: still someone's)
    ("나래군의 수장은 누구인가?", "7월 23일에 가람에서 다부가 이끄는 프랑스군과 바그라티온의 나래군 사이에 전투가 벌어졌다.", True),
    # the post written beside a name, or the name itself a person's, answers
    ("가람군 보건소장 이름 알려줘", "가람군보건소(소장 김다온)는 13일 밝혔다.", True),
    ("가람조리원 원장 이름이 뭐예요?", "가람조리원은 김다온 원장이 이끈다.", True),
    ("가람센터 기관장 이름이 뭐예요?", "가람센터(센터장 김민수)는 캠페인을 열었다.", True),
])
def test_a_head_of_a_body_asked_is_no_place_nor_item_where_the_post_is_unsaid(question, sentence, held):
    assert holds_answer(analyze(question), sentence) is held


def test_a_clause_before_a_list_ends_no_item_of_it():
    # "연면적은 4천㎡ 규모이며, 가람실, …": the joining ending (이며) closes a clause, and the list is
    # the clause after it
    q = analyze("가람센터가 갖춘 주요 시설 4가지는 무엇인가요?")
    said = "부지면적은 9천932㎡, 연면적은 4천533㎡ 규모이며, 저온저장고, 분류장, 전실, 검수실 등 주요 시설을 갖췄다."
    assert answer_items(q, said) == ["저온저장고", "분류장", "전실", "검수실"]
    assert answer_items(q, "센터는 가람실과 나래실, 다온실, 한빛실 등을 갖췄다.") == ["가람실", "나래실", "다온실", "한빛실"]


def test_the_time_asked_picks_the_figure_of_its_own_clause():
    # "11월 말 기준 일평균 매출 얼마야" <- "…14억 원의 매출 …, 현재는 11월 말 기준 일평균 900만
    # 원, …": the time the question names opens the clause of the figure asked, though 매출
    # labels 14억 more closely
    q = analyze("가람직매장 11월 말 기준 일평균 매출 얼마야")
    said = ("가람직매장은 올해 일평균 매출 600만 원, 14억 원의 매출 달성이 목표였으나 9월 말 목표를 조기 달성했고, "
            "현재는 11월 말 기준 일평균 900만 원, 누적 방문객 11만 명으로 총매출액 20억 원을 넘겼다.")
    assert value_span(q, said).text == "900만 원"
    # (no time asked: the grammar picks as before)
    assert value_span(analyze("가람직매장 매출 목표 얼마야"), said).text != "900만 원"
    # (a time said in the sentence's first clause frames every figure of it, no one clause)
    framed = ("김민수 장관은 2009년 1월 2일 연설에서 300억 달러의 통화 스와프를 성사시켰고 나래국과도 300억 달러의 "
              "스와프를 체결했다며 추가로 확보한 외화 유동성이 1천100억 달러를 넘어섰다고 밝혔다.")
    assert value_span(analyze("2009년 당시 추가로 확보한 외화 유동성은 얼마인가?"), framed).text == "1천100억 달러"


@pytest.mark.parametrize("question, sentence, name", [
    # the post asked glued to its body, the holder named in a bracket after the body with the post
    # said short
    ("가람행사를 주관한 나래협회 다온지회장 이름 알려줘",
     "가람보건소(소장 김한결)는 나래협회 다온지회(지회장 박누리) 주관으로 이날 가람행사를 갖는다고 밝혔다.", "박누리"),
    # the holder named before the body and the post, over a phrase of many near the question's
    # words that names no one
    ("가람 비행시연에 참석한 나래부 모빌리티국장은 누구야",
     "지난 14일 개최된 비행시연 행사에는 박누리 가람군수와 김다온 나래부 모빌리티국장, 산학연관 관계자 250여명이 참석했으며", "김다온"),
])
def test_the_holder_of_a_post_asked_is_named_by_the_post_as_written(question, sentence, name):
    q = analyze(question)
    assert holds_answer(q, sentence) and name in value_span(q, sentence).text


def test_a_body_asked_is_no_official_named_first_by_his_name():
    # "같이 개발한 기관 어디야?" is not answered by "김병수 가람시 신성장국장": a person named first,
    # though his post is of a city; a ministry's head still names the ministry
    q = analyze("가람시랑 같이 드론 축구 개발한 기관 어디야?")
    assert not holds_answer(q, '김병수 가람시 신성장국장은 "입주 기업들이 성장하도록 힘쓰겠다"고 말했다.')
    assert holds_answer(q, "가람시는 2016년 나래기술원과 함께 드론 축구를 개발했다.")
