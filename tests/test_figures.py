"""qa.figures: Korean figures found on morphemes, their kind, value and agreement."""
from __future__ import annotations

import pytest

from qa.figures import agree, canonical_unit, figures, parse_amount, unit_kind


def one(text):
    fs = figures(text)
    assert len(fs) == 1, fs
    return fs[0]


@pytest.mark.parametrize("text, written, kind, unit", [
    ("총 6,699억 원을 투입", "6,699억 원", "money", "원"),
    ("1조 9천270억 원 규모", "1조 9천270억 원", "money", "원"),
    ("5,000여 명의 인재를", "5,000여 명", "count", "명"),
    ("40여개의 핀테크 기업", "40여개", "count", "개"),
    ("활주로 길이는 3.2km이며", "3.2km", "measure", "km"),
    ("높이 45미터의 탑", "45미터", "measure", "m"),
    ("지지율은 2.1%로", "2.1%", "percent", "%"),
    ("1989년 2월 15일 지명수배", "1989년 2월 15일", "time", "일"),
    # a quarter of a year named is one date with its year, as a month is
    ("2019년 4분기부터 흑자를 냈다", "2019년 4분기", "time", "분기"),
    ("3786가구로 구성", "3786가구", "count", "가구"),
    ("2022~2026년, 총", "2022~2026년", "time", "년"),
    # weeks written whole are weeks; N개년 is a span of years, not N things counted in 개
    ("이용 기간은 2주일이다.", "2주일", "time", "주"),
    ("2주간 머문다", "2주간", "time", "주"),
    ("4개년 계획을 수립했다", "4개년", "time", "개년"),
    ("2023년도 사업계획", "2023년도", "time", "년"),
    # a unit per another, written with a slash, is one unit of the first's kind (or its own: km/h)
    ("연평균 농도를 18㎍/㎥로 낮춘다", "18㎍/㎥", "measure", "㎍/㎥"),
    ("질산염 9 mg/L 이하", "9 mg/L", "measure", "mg/L"),
    ("최고 시속 90km/h로 달린다", "90km/h", "measure", "km/h"),
    ("배추는 2,300원/kg에 팔렸다", "2,300원/kg", "money", "원/kg"),
    ("소음은 55dB 이하로", "55dB", "measure", "db"),
    # charge and frequency are measures (a capacity asked: "배터리 용량은?")
    ("배터리 용량은 3600 mAh이다.", "3600 mAh", "measure", "mah"),
    ("2.4GHz 대역을 쓴다", "2.4GHz", "measure", "ghz"),
    # a fraction stays a number
    ("전체의 2/3가 찬성했다", "2/3", "count", ""),
    # 여 rounds the digits before a magnitude that still belongs to the number
    ("임금 6천여만원을 체불한 혐의", "6천여만원", "money", "원"),
    ("2천여억 원을 들여", "2천여억 원", "money", "원"),
])
def test_figure_as_written_with_its_kind(text, written, kind, unit):
    f = one(text)
    assert (f.text, f.kind, f.unit) == (written, kind, unit)
    if written.endswith("년도"):
        assert f.date  # a year written with 년도 is a date as 2023년 is
    assert text[f.start:f.end] == written  # offsets into the text: quotes stay verbatim


def test_dates_and_spans():
    assert one("1971년에 지어졌다").date
    assert not one("3년 연속 S등급").date  # a count of years is a span
    span, people = figures("5년간 5천 명")
    assert span.kind == "time" and not span.date and span.text == "5년간"
    assert people.kind == "count" and people.value == 5000
    assert one("보고회를 10일 오후 2시 시청에서").text == "10일 오후 2시"
    assert figures("2021.09.16 입력")[0].date
    assert not one("100억 년 전의 구조").date  # no year of the calendar is counted in 억


def test_a_spaced_noun_after_a_number_is_no_counter():
    assert one("UFS 2.1 규격의 낸드").unit == ""
    assert one("5가구가 입주했다").unit == "가구"
    assert one("4 GB 메모리").unit == "gb"
    assert one("약 250만 평방 킬로미터나 된다").unit == "㎢"  # a unit in two words


def test_total_and_approximate():
    f = figures("총 사업비 6,699억 원")[0]
    assert f.total and not f.approx
    assert one("약 5천 명").approx
    assert one("6,700억 원 안팎").approx
    assert one("임금 6천여만원을").approx and one("임금 6천여만원을").value == 6e7


def test_korean_numerals_count():
    f = one("세 가지 기술")
    assert f.value == 3 and f.unit == "가지"


def test_a_korean_numeral_tells_the_hour_but_no_minute_nor_day():
    # 한 시, 두 시 are hours; minutes and days take 일, 이 ("일 분"): "한분도 빠짐없이" is "not one
    # person", once read as one minute and so a date of an official's quote
    assert figures("“한분도 빠짐없이 신청하길 바란다”") == ()
    assert figures("두 분이 참석했다") == ()
    f = one("오후 한 시에 열린다")
    assert f.date and f.unit == "시"


@pytest.mark.parametrize("a, b, same", [
    ("6,699억 원", "6,700억 원 안팎", True),  # rounding stated by the writer
    ("6,699억 원", "6700억 원", True),
    ("5,000여 명", "5천 명", True),
    ("870억 원", "967억 원", False),  # two outlets really disagree
    ("1만 명", "5천 명", False),
    ("1만 명", "약 5천 명", False),
    ("14차", "17차", False),
    ("23명", "23개", False),  # another unit is another thing
])
def test_agreement_within_rounding(a, b, same):
    assert agree(one(a), one(b)) is same


def test_parse_amount():
    assert parse_amount("6,699억 원") == 6.699e11
    assert parse_amount("1조 9천270억 원") == 1.927e12
    assert parse_amount("5천 명") == 5000
    assert parse_amount("2022~2026년") is None


def test_units():
    assert unit_kind("미터") == "measure" and canonical_unit("미터") == "m"
    assert canonical_unit("퍼센트") == "%" and unit_kind("명") == "count"
    assert unit_kind("표") == "count"  # any counter Korean uses counts


def test_a_counter_after_a_bracketed_margin():
    # "870만(±120만)종": the margin in brackets stands between the number and its counter
    f = figures("현재 대략 870만(±120만)종에 달한다")
    assert f[0].unit == "종" and f[0].value == 8.7e6
    # a bracket that is no margin leaves the figure as it is
    assert [x.text for x in figures("총 2조 4천억(23.5%) 원")][:1] == ["2조 4천억"]


def test_a_day_count_before_동안_is_a_span_not_a_date():
    fs = figures("10월 1일부터 10월 29일까지 29일 동안 점검한다")
    assert [(f.text, f.date) for f in fs] == [("10월 1일", True), ("10월 29일", True), ("29일", False)]
    assert figures("5일 열렸다")[0].date


def test_a_figure_after_등_sums_what_it_lists():
    fs = figures("부산도서관은 일반도서·아동도서 등 11만1969권, 전자책 등 7589종의 자료를 갖췄다.")
    assert [(f.text, f.total) for f in fs] == [("11만1969권", True), ("7589종", True)]
    assert not figures("일반도서 11만1969권을 갖췄다.")[0].total


def test_a_native_numeral_tagged_a_numeral_counts_too():
    # Kiwi tags 아홉 in "아홉 등급으로" a numeral (NR), not a determiner (MM) as in "두 가지"
    assert [(f.text, f.value) for f in figures("천사는 아홉 등급으로 나뉜다.")] == [("아홉", 9.0)]
    assert [f.value for f in figures("기술은 크게 두 가지다.")] == [2.0]


@pytest.mark.parametrize("text, found", [
    ("그 자리에 오른 사람은 하나뿐이었다.", [("하나", 1.0)]),
    ("방법은 둘이다.", [("둘", 2.0)]),
    ("사과 셋을 샀다.", [("셋", 3.0)]),
    # "one of them" is no count of one, "하나의" an article; a numeral before a noun is read with it
    ("세계적인 항구 도시 중 하나이다.", []),
    ("항구와 도시는 하나의 생활권이 됐다.", []),
])
def test_a_native_numeral_standing_as_a_noun_is_a_count(text, found):
    assert [(f.text, f.value) for f in figures(text)] == found


@pytest.mark.parametrize("text, unit", [
    ("램은 4 GB이다.", "gb"),
    ("램은 4기가바이트이다.", "gb"),
    ("저장공간은 64기가다.", "gb"),  # 기가 alone, as people say it, is gigabytes …
    ("용량은 3기가와트이다.", "gw"),  # … but 기가와트 is read whole first
])
def test_bytes_written_in_letters_or_hangul(text, unit):
    assert [f.unit for f in figures(text)] == [unit]


@pytest.mark.parametrize("text, dates", [
    ("신청사는 대구 미래 100년을 이끌어갈 중심축이 된다.", []),  # a span reckoned from now …
    ("지난 500년 동안 이어졌다.", []),
    ("676년 신라가 삼국을 통일했다.", ["676년"]),  # … not a year of the calendar, however small
    ("1999년 이후 2000년에 다시 열렸다.", ["1999년", "2000년"]),
])
def test_years_reckoned_from_now_are_no_dates(text, dates):
    assert [f.text for f in figures(text) if f.date] == dates


def test_squared_unit_signs_are_the_units_they_spell():
    # CJK typesetting writes units as one sign (㏊, ㎏, ㎾): 33.3㏊ is an area as 33.3ha is
    [f] = figures("혁신단지(33.3㏊)에")
    assert (f.text, f.kind, f.unit) == ("33.3㏊", "measure", "ha")
    assert [(f.kind, f.unit) for f in figures("쌀 3㎏과 발전기 10㎾")] == [("measure", "kg"), ("measure", "kw")]
    # ㎽ is milliwatts: its lower case would read as megawatts, so it is no known unit
    assert all(f.unit != "mw" for f in figures("출력 5㎽"))


def test_a_time_unit_followed_by_jjae_counts_the_time_gone_by():
    # "전투 2일째" is the second day of the battle, not the 2nd of a month; "3년째" three years running
    (f,) = figures("스튜어트는 전투 2일째 되는 날에 합류했다")
    assert (f.text, f.unit, f.kind, f.date) == ("2일째", "일", "time", False)
    (f,) = figures("축제는 올해로 3년째 열린다")
    assert (f.text, f.date) == ("3년째", False)
    # a date stays a date
    assert figures("2023년 3월 2일 개막했다")[0].date


def test_a_day_or_month_past_the_calendar_is_a_count():
    from qa.figures import canonical_unit

    found = {f.text: f.date for f in figures("초등학교는 188일, 방학은 5월 31일부터, 사업은 15월")}
    assert found["188일"] is False and found["5월 31일"] is True
    assert canonical_unit("키로") == "km"  # spoken for 킬로미터


def test_a_day_with_decimals_is_a_mean_of_days_not_a_date():
    found = {f.text: f.date for f in figures("강수일수는 평균 17.1일이었고, 장마는 6월 19일에 시작했다.")}
    assert found["17.1일"] is False and found["6월 19일"] is True


def test_below_zero_is_part_of_a_temperature():
    (f,) = figures("최저기온이 영하 12도까지 떨어졌다.")
    assert (f.text, f.value, f.unit) == ("영하 12도", -12.0, "도")
    assert [(g.text, g.value) for g in figures("기온은 영하5℃, 낮에는 3도")] == [("영하5℃", -5.0), ("3도", 3.0)]


def test_days_within_or_after_are_a_span_not_a_day_of_the_month():
    def dated(text):
        return [(f.text, f.date) for f in figures(text)]

    assert dated("마감 후 20일 이내에 계좌로 지급한다.") == [("20일", False)]
    assert dated("착공 20일 만에 완공했다.") == [("20일", False)]
    assert dated("7일 안에 내야 한다.") == [("7일", False)]
    # a day of the month: "오는 20일 만나", "20일 안에서 열린"
    assert dated("오는 20일 만나 협의한다.") == [("20일", True)]
    assert dated("지난 20일 안에서 열린 회의") == [("20일", True)]


def test_a_month_counted_natively_is_a_span_of_months():
    # "몇 달" is answered by "8개월", and "한 달", "3달" are that span
    assert [(f.text, f.unit) for f in figures("최대 8개월로 연장됐다.")] == [("8개월", "개월")]
    assert [(f.text, f.kind, f.unit) for f in figures("1월 한 달간은 30만원까지")] == [
        ("1월", "time", "월"), ("한 달", "time", "개월"), ("30만원", "money", "원")]
    assert [(f.kind, f.unit) for f in figures("3달 만에")] == [("time", "개월")]
    # 석 and 넉 are the three and four of 달 ("넉 달 연속 하락"), 스무 the twenty before a counter
    assert [(f.text, f.value, f.unit) for f in figures("가격이 넉 달 연속 내렸다.")] == [("넉 달", 4.0, "개월")]
    assert [(f.text, f.value) for f in figures("석 달 만에 스무 명이 모였다.")] == [("석 달", 3.0), ("스무 명", 20.0)]
    # Kiwi keeps "24개월간" whole before some words: still months, not 24 things counted
    assert [(f.text, f.kind, f.unit) for f in figures("최장 24개월간 월세를 지원받는다.")] == [("24개월간", "time", "개월")]


def test_a_data_rate_is_a_speed():
    # "업로드 속도는?" <- "150 Mbps": a speed, as km/h is
    from qa.figures import unit_dimension

    f = [f for f in figures("업로드 속도는 최대 150 Mbps, 다운로드는 600 Mbps다.")]
    assert [(x.text, x.kind, x.unit) for x in f] == [("150 Mbps", "measure", "mbps"), ("600 Mbps", "measure", "mbps")]
    assert unit_dimension("mbps") == unit_dimension("km/h") == "speed"


def test_a_count_after_je_is_an_ordinal():
    # "제9회 불꽃축제" is the ninth, as "9회째" is; "3회 연속" is three times
    assert [(f.text, f.kind) for f in figures("시는 '제9회 가람 불꽃축제'를 연다.")] == [("9회", "ordinal")]
    assert [(f.text, f.kind) for f in figures("3회 연속 우승했다.")] == [("3회", "count")]


def test_kinds_are_counted_in_jong_or_jongryu():
    # "몇 종류" is answered by "총 18종"
    assert canonical_unit("종류") == canonical_unit("종") == "종"
    assert [(f.text, f.unit) for f in figures("지원 항목은 총 18종이다.")] == [("18종", "종")]


@pytest.mark.parametrize("text, times", [
    # a school year is a time as when something was, not the grade of people named after it
    ("그는 초등학교 3학년 때 이사했다.", ["초등학교 3학년"]),
    ("고등학교 2학년 무렵 음악을 시작했다.", ["고등학교 2학년"]),
    ("관내 초등학교에 입학하는 1학년 학생을 대상으로 준비금을 준다.", []),
])
def test_a_school_year_is_a_time_only_as_when(text, times):
    from qa.figures import time_words

    assert [f.text for f in time_words(text)] == times


def test_je_before_a_number_makes_an_ordinal_glued_or_spaced():
    # "제 23회 영화제" is the 23rd, as "제23회" is; the 제 ending another word (체제) is no mark
    kinds = [(f.kind, f.value) for f in figures("제 23회 가람영화제, 제9회 축제, 체제 9회 개편")]
    assert kinds == [("ordinal", 23.0), ("ordinal", 9.0), ("count", 9.0)]


def test_homes_are_counted_after_a_space_too():
    # Kiwi tags 가구 a common noun: spaced from its figure it was no counter, and "1만 8,696"
    # passed for a sum of money
    (f,) = figures("맞춤형 임대주택 1만 8,696 가구를 공급한다.")
    assert (f.text, f.kind, f.unit) == ("1만 8,696 가구", "count", "가구")
    assert [g.unit for g in figures("5가구, 300 세대")] == ["가구", "세대"]


def test_the_written_step_counts_zeros_as_digits_and_the_significant_one_as_rounding():
    from qa.figures import significant_step, written_step

    f = {g.text: g for g in figures("20%, 19.5%, 62만3천 명, 6,700억 원")}
    assert [written_step(f[t]) for t in ("20%", "19.5%", "6,700억 원")] == [1.0, 0.1, 1e8]
    assert significant_step(f["6,700억 원"]) == 1e10 and significant_step(f["20%"]) == 10.0


def test_a_score_is_two_numbers_joined_and_no_date_or_count():
    from qa.figures import scores

    assert [f.text for f in scores("나래팀을 세트 스코어 3:2로 꺾었다.")] == ["3:2"]
    assert [f.text for f in scores("가람팀이 연장 끝에 91-84로 이겼다.")] == ["91-84"]
    assert [f.text for f in scores("가람FC가 3대2로 이겼다.")] == ["3대2"]
    assert all(f.kind == "score" and f.value is None for f in scores("3:2로 이겼다"))
    # a date's dashes and a count after 대 are no score
    assert scores("2024-11-14 발표") == []
    assert scores("10대 3명이 다쳤다.") == []


def test_a_date_written_with_spaced_dots_is_one_date():
    (f,) = figures("조정된 가람 교습비 단가는 2026. 3. 1.부터 적용된다.")
    assert (f.text, f.date, f.unit) == ("2026. 3. 1.", True, "일")


def test_첫_번째_is_the_first_of_a_series():
    # "첫 번째 원칙" is the first, as "두 번째" is the second; 첫 before anything else counts nothing
    assert [(f.text, f.kind, f.value) for f in figures("가람어 어휘 선정의 첫 번째 원칙은 공통성이다.")] == [("첫 번째", "ordinal", 1.0)]
    assert [(f.text, f.value) for f in figures("첫번째 원칙")] == [("첫번째", 1.0)]
    assert [(f.text, f.value) for f in figures("세 번째 원칙")] == [("세 번째", 3.0)]
    assert not figures("첫 만남에서") and not figures("첫째 아이")


def test_a_unit_kiwi_reads_as_a_proper_noun_is_a_unit():
    # Kiwi tags 데시벨 a proper noun; after a number it is the figure's unit all the same
    assert [(f.text, f.kind, f.unit) for f in figures("소음을 65데시벨 이하로 관리한다.")] == [("65데시벨", "measure", "db")]


@pytest.mark.parametrize("text, written, value", [
    ("아침 6시 반 전에 타면", "6시 반", 6.0),  # half past six: the half is part of the time
    ("오후 2시 반부터 열린다", "2시 반", 2.0),
    ("1시간 반 동안 달렸다", "1시간 반", 1.5),  # an hour and a half
    ("6시 반대편에서", "6시", 6.0),  # 반대: another word
])
def test_half_past_and_an_hour_and_a_half_are_one_figure(text, written, value):
    f = figures(text)[0]
    assert (f.text, f.value) == (written, value)


def test_a_speed_written_as_an_hours_distance():
    # "시속 260㎞" is a speed, not a length: "속도는?" is answered by it, "길이는?" is not
    f = figures("가람선 열차(시속 260㎞)를 투입한다")[0]
    assert (f.unit, f.kind) == ("km/h", "measure")
    assert figures("총연장 260㎞ 구간")[0].unit == "km"


def test_a_container_count_is_in_teu():
    from qa.figures import is_unit
    from qa.question import analyze

    (f,) = figures("가람항은 2440만TEU를 처리했다.")
    assert f.unit == "TEU" and f.kind == "count" and is_unit("TEU")
    # a known unit: "2000 TEU" typed with a space is a count, not the year 2000 before a name
    assert not any(c.kind == "time" for c in analyze("가람 부두가 2000 TEU 넘게 처리해?").constraints)


def test_items_opened_by_bullets_are_a_labelled_list_whatever_their_labels_length():
    from qa.figures import labelled_list

    # "▷가람 인프라 확대 3727억원 ▷나래 1·2단계 사업 1317억원": each bullet opens an item whose
    # label is a phrase; the figures are the items of one list
    text = "분야별 예산은 ▷가람 인프라 확대 3727억원 ▷나래 1·2단계 사업 1317억원 ▷다온 항만 조성 1332억원 등이다."
    figs = [f for f in figures(text) if f.unit == "원"]
    assert sorted(labelled_list(text, figs, 1)) == [0, 1, 2]
    # a sum after a plain clause is no item
    plain = "올해 예산은 3727억원으로 지난해 1317억원보다 늘었다."
    assert labelled_list(plain, [f for f in figures(plain) if f.unit == "원"], 0) == {}


def test_a_native_numeral_opens_its_word():
    # the 한 of a name ("김한종 장성군수", "이한명 씨") is no "one": no figure inside a word
    assert figures("김한종 장성군수는 말했다") == ()
    assert figures("이한명 씨는 웃었다") == ()
    assert [f.text for f in figures("한 종을 골랐고 (두 명)이 왔다")] == ["한 종", "두 명"]
    # (after a tens numeral glued, the units are read as before: "열두 명")
    assert figures("회의에는 열두 명이 참석했다.") != ()
