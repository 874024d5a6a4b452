"""qa.question: what is asked, in which unit, under which constraints — from Korean grammar."""
from __future__ import annotations

import pytest

from qa.question import analyze, head_kind, list_count


@pytest.mark.parametrize("question, asks, unit", [
    ("총 사업비는 얼마인가요?", "amount", None),
    ("디지털산업 키우는 데 돈 얼마나 쓴대?", "amount", None),
    ("몇 명의 인재를 양성하나요?", "count", "명"),
    ("반포주공아파트는 몇 가구로 구성되었나?", "count", "가구"),
    ("찬성은 몇 표였어?", "count", "표"),
    ("활주로 길이는 몇 미터야?", "measure", "m"),
    ("실업률이 몇 퍼센트로 올랐나?", "percent", "%"),
    ("보고회는 언제 열렸나요?", "date", None),
    ("한남대교가 만들어진 해는?", "date", "년"),  # a year, not a month
    ("몇 년 안에 건설할 것을 제안했는가?", "duration", "년"),
    ("작년 한 해 동안 얼마 지원했대?", "amount", None),  # a sum over a time: 얼마 동안 asks how long
    ("얼마 동안 일해?", "duration", None),
    ("검거된 집주인 나이가 몇이야?", "age", None),  # 나이 … 몇, no counter said
    ("축제 방문객 중에 어느 연령대가 제일 많았어?", "age", None),  # an age group (50대)
    ("가람 빌라왕 집주인 실명이 뭐예요?", "person", None),  # a real name is a person's
    ("맞춤형 임대주택 수도권 물량은 얼마나 돼?", "count", None),  # a quantity noun (물량, 물동량), no money
    ("3분기 주택담보대출 잔액은?", "amount", None),  # a balance is a sum
    ("투표소 위치 전화로 물어보려면 몇 번으로 걸어?", "entity", None),  # the number to call, not how often
    ("서울도서관 회원증 만들 때 뭐 가져가야 돼?", "entity", None),  # a clause of when is no time asked
    ("부산진해경제자유구역청장은 누구인가요?", "person", None),
    ("경자청장 이름이 뭐야?", "person", None),
    ("박형식이 재학 중인 학교는 어디인가?", "place", None),
    ("장거리 서킷인 뉘르부르크링이 위치한 나라는?", "place", None),
    ("1932년 주택 유형을 연구한 단체의 이름은?", "entity", None),
    ("이회창은 어떤 당의 경선을 거쳐 후보가 되었는가?", "entity", None),
    ("티베트 고원의 면적은?", "measure", None),
    ("투표율은 얼마였나?", "percent", None),
    ("데이터 기반 4대 특화분야는 무엇인가요?", "list", None),
    ("부산시는 AI 센터를 만드나요?", "yesno", None),
    ("페니키아가 독립을 유지할 수 있었던 이유는?", "description", None),
    ("얼마나 많은 기업이 참여하나요?", "count", None),
    ("북조는 몇 년도에 전국을 통일하였나요?", "date", "년"),  # 몇 년도: a year, not a count
    ("팔린 갯수는?", "count", None),
    ("청장은 올해 나이가 어떻게 되나요?", "age", None),  # "X가 어떻게 되나요?" asks what X is
    ("사업은 어떻게 진행되나요?", "description", None),
    ("빅데이터랩 이용료는 한 달에 얼마예요?", "amount", None),  # "한 달에" is per month, not a date
    # 얼마 of a head that names no kind is a quantity in whatever unit it has (2.39m, 100 Hz) …
    ("우승자가 세운 기록은 얼마였는가?", "count", None),
    ("이때 얼마의 재생 빈도를 사용할까?", "count", None),
    # (typed without the particle; a volume of an action names its kind: 배출량 is measured, or
    # counted, in the unit it has — abstain.fits)
    ("2018년 온실가스 배출량 얼마였어?", "measure", None),
    ("작년 소득세 세수 얼마였어?", "amount", None),  # a tax's money, though it ends in 수
    # "얼마의 주파수로": 얼마 governs the head; its 로 is no "per" ("한 달에 얼마")
    ("그 방송 신호는 얼마의 주파수로 갱신되는가?", "count", None),
    # … but money when a money word or a money head is there, or the head is no head of 얼마
    ("전임 대통령 중 얼마의 비자금을 보유했는가?", "amount", None),
    ("바우처 사업은 기업당 최대 얼마까지 지원해?", "amount", None),
    ("이 사업의 총 사업비는 얼마?", "amount", None),
    # … or what is given or paid, by its head or by the verb after 얼마
    ("가람시 청년 월세 지원은 얼마야?", "amount", None),
    ("나래군 귀농 정착 지원은 한 달에 얼마씩 줘?", "amount", None),
    ("다온시 출산 축하는 얼마 받아요?", "amount", None),
    # 몇 년 + 이/가, 에 한 번, 마다: a span of years; a duration noun (수명, 임기) asks how long
    ("새끼 대모는 몇년이 지나야 성숙하는가?", "duration", "년"),
    ("대모는 몇년에 한 번씩 짝짓기를 하는가?", "duration", "년"),
    ("축제는 몇 년마다 열리나?", "duration", "년"),
    ("기상탑재체의 수명은 몇 년인가?", "duration", "년"),
    ("그는 몇 년에 태어났나?", "date", "년"),
    # 몇 년 + a verb, no particle between: how long ("몇 년 지원받아요"), not which year
    ("신혼부부는 임대료 몇 년 지원받아요?", "duration", "년"),
    ("그는 그곳에서 몇 년 살았나?", "duration", "년"),
    # … but 며칠 + a verb modifying a noun asks the day ("며칠 공시된 거 기준이야?")
    ("가람 실적은 며칠 공시된 거 기준이야?", "date", "일"),
    ("가람 사업은 며칠 지원받아요?", "duration", "일"),
    # 몇 년 연속: how many years in a row (8년 연속), a count of years, not which year
    ("그 선수는 몇 년 연속 1위를 기록하였는가?", "duration", "년"),
    # 몇 시 전에: an hour of the day (how many hours is 몇 시간); 총 몇 호: how many, not which
    ("지하철 조조할인은 몇 시 전에 타야 돼?", "date", "시"),
    ("이번 천원주택 총 몇 호 모집함?", "count", "호"),
    # 무엇의 X asks whose X; "몇 천명" before another question word is several thousand;
    # "들 수 있는가" is can, not a count (수); 연대 is an alliance as often as an era
    ("기물들의 높이는 무엇의 높이에 따라 정해지나?", "entity", None),
    ("몇 천명의 학생들이 시위를 벌인 곳은 어디인가?", "place", None),
    ("몇 천명의 학생들이 민주화를 요구하는 시위를 벌인 곳은?", "place", None),  # the clause ends in the noun asked
    ("몇 천 명이 참가했어?", "count", "명"),
    # a post ending in 수 (화천군수, 국가대표선수) is a person, not a number of things (사상자수)
    ("산천어축제 폐막 때 감사 인사한 화천군수 이름이 뭐예요?", "person", None),
    ("이번 사고의 사상자수는?", "count", None),
    ("침몰 원인으로 크게 북한 공격설과 무엇을 들 수 있는가?", "entity", None),
    ("김대중이 김종필과 연대하여 무슨 연대를 하였는가?", "entity", None),
    ("헤이그는 나토에서 얼마나 있었습니까?", "count", None),
    # 규모 is a size of no kind of its own: any quantity, a sum when 얼마 asks it
    ("그 전략의 사업 수와 규모는?", "count", None),
    ("예산 규모는 얼마?", "amount", None),
    # 최장 몇 년: how long; 얼마 said of a count topic ("관광객 수는 … 얼마에") is a count
    ("근로교정은 최장 몇 년까지 할 수 있는가?", "duration", "년"),
    ("관광객 수는 2008년 말 기준으로 얼마에 달했는가?", "count", None),
    # magnitudes before the unit, one or several (몇 조 원, 몇 천억 원, 몇 조 몇 천억 원); a bare
    # 조 is a trillion where money is spoken of, and counts articles where it is not
    ("예산은 몇 조 원이야?", "amount", "원"),
    ("부채가 몇 천억 원이야?", "amount", "원"),
    ("총 몇 조원 들어?", "amount", "원"),
    ("몇 조 몇 천억 원이야?", "amount", "원"),
    ("관객은 몇만 명이야?", "count", "명"),
    ("예산이 몇 조야?", "amount", None),
    ("정도전의 저서인 편민사목은 몇 조로 이루어져있는가?", "count", "조"),
    # 얼마 동안, 얼마 만에: how long; "얼마나 줄어든/늘었어": a change in the topic's own kind
    ("공공산후조리원은 얼마 동안 이용할 수 있어?", "duration", None),
    ("다리는 얼마 만에 완공됐어?", "duration", None),
    ("교육경비보조금은 올해랑 비교하면 얼마나 줄어든 건가요?", "amount", None),
    ("인구는 얼마나 줄었어?", "count", None),
    # a question word said twice asks for every one
    ("공공산후조리원을 짓는 구는 어디 어디야?", "list", None),
    ("주요 시설 사업 뭐뭐 있어?", "list", None),
    ("참석자는 누구누구야?", "list", None),
    ("누구누구든 올 수 있어?", "yesno", None),
    # a unit price, a monthly wage, an allowance are sums
    ("내년 급식 단가는 얼마로 책정됐습니까?", "amount", None),
    ("병장 월급은 얼마야?", "amount", None),
    # a noun of 액 (체납액, 액수) is a sum, whatever noun ends the question
    ("체납액이 얼마 이상이면 명단 공개 대상이 돼?", "amount", None),
    # 억 with no counter after it counts money ("몇 억 신청했대?"), a counter after it counts that
    ("축산 분야로는 몇 억 신청했대?", "amount", None),
    ("최소 몇 억이 들어가는가?", "amount", None),
    ("몇 억 원이야?", "amount", "원"),
    ("몇 만 명이 왔어?", "count", "명"),
    ("몇 억 년 전이야?", "count", "년"),
    # a volume of an action (물동량, 생산량) is a quantity, whatever ends the question; its unit,
    # when said, is kept
    ("2022년 가람항 연간 컨테이너 물동량은?", "measure", None),
    ("작년 쌀 생산량 알려줘", "measure", None),
    ("가람항 어획량은 몇 t이었나요", "measure", "t"),
])
def test_what_is_asked(question, asks, unit):
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, unit), q


def test_constraints_are_names_years_and_figures():
    q = analyze("2019년 서울시 지하철 기본요금은 얼마인가요?")
    hard = {(c.kind, c.text) for c in q.hard}
    assert ("time", "2019년") in hard and ("name", "서울시") in hard
    # which fare is asked (지하철, not 택시) must be found; the attribute asked about stays soft
    assert ("subject", "지하철") in hard
    assert "기본요금" in {c.text for c in q.terms}
    q = analyze("제14차 비상경제대책회의에는 전문가가 몇 명 참여했나요?")
    assert ("number", "제14차") in {(c.kind, c.text) for c in q.hard}


def test_a_time_compared_with_is_no_constraint_and_short_nouns_glued_are_one_word():
    # "1년 전보다": what the figure is compared with, not when it is
    q = analyze("쌀값은 1년 전보다 얼마나 올랐어?")
    assert not any(c.kind in ("time", "number") for c in q.constraints)
    assert any(c.kind == "time" for c in analyze("10년 전에는 몇 명이었어?").constraints)
    # 쌀 + 값, one syllable each: the word is 쌀값, not two nouns too short to find
    assert [c.text for c in q.constraints] == ["쌀값"]


def test_a_time_the_conversation_points_at_is_no_constraint():
    # "그때" points at a time said before; alone it names nothing to find
    q = analyze("그때 가람도 사전투표율은 얼마였어요?")
    assert all(c.text != "그때" for c in q.constraints)


def test_aliases_of_a_name():
    q = analyze("부산광역시의 예산은?")
    forms = next(c.forms for c in q.constraints if c.text == "부산광역시")
    assert "부산" in forms
    q = analyze("경자청장은 누구야?")
    assert all(c.text != "경자청장" or "경자청" in c.forms for c in q.constraints)


def test_the_kind_noun_asked_for_is_not_a_constraint():
    q = analyze("한남대교가 만들어진 해는?")
    assert [c.text for c in q.constraints] == ["한남대교"]
    q = analyze("단체의 이름은?")
    assert q.head == "단체" and not any(c.text == "이름" for c in q.constraints)


def test_heads_and_counts():
    assert head_kind("사업비") == "amount" and head_kind("성장률") == "percent"
    assert head_kind("사상자수") == "count" and head_kind("개최연도") == "date"
    assert list_count("4대 전략은?") == (4, "4대") and list_count("세 가지 기술은?") == (3, "세가지")
    assert analyze("총 사업비는 얼마?").total and not analyze("총장은 누구?").total


@pytest.mark.parametrize("question, count", [
    ("가람시 환급행사를 같이 하는 부처 두 곳은?", (2, "두곳")),
    ("행사를 같이 여는 기관 2곳은 어디야?", (2, "2곳")),
    ("축제가 열리는 세 군데 알려줘", (3, "세군데")),
])
def test_places_asked_by_how_many_are_a_list(question, count):
    q = analyze(question)
    assert q.asks == "list" and q.count == count


def test_the_holder_of_a_place_s_office_is_a_person_after_a_relative_clause():
    assert analyze("충주시장 이름이 뭐예요?").asks == "person"
    assert analyze("기공식에 참석한 충주시장 이름은?").asks == "person"


def test_a_short_unknown_word_ending_in_a_natural_place_s_kind_is_a_name():
    # "나래호 출렁다리 길이는?": Kiwi reads 나래호 as one word it does not know; a lake's, a
    # mountain's name (another article's lake is another lake). Not a loanword misspelt ("플레시")
    assert ("name", "나래호") in {(c.kind, c.text) for c in analyze("나래호 출렁다리 길이는?").constraints}
    assert ("term", "플레시") in {(c.kind, c.text) for c in analyze("플레시 기능은?").constraints}
    # … nor a common noun Kiwi knows with the suffix glued on ("디지털항")
    assert ("name", "디지털항") not in {(c.kind, c.text) for c in analyze("가람시 디지털항 사업비는 얼마야?").constraints}


def test_a_word_kiwi_does_not_know_holding_a_proper_noun_is_a_name():
    # "정읍시청" read as one unknown common noun in the question, 정읍 + 시청 alone: a name, found
    # as the article may write it (정읍); not a proper noun and one syllable, nor one and a particle
    assert ("name", ("정읍시청", "정읍")) in {(c.kind, c.forms) for c in analyze("정읍시청 주차타워는 주차면이 몇 개야?").constraints}
    assert ("name", ("삼일절",)) not in {(c.kind, c.forms) for c in analyze("삼일절 행사는 언제야?").constraints}


def test_places_counted_or_one_place_are_no_list():
    assert analyze("센터는 몇 곳이야?").asks == "count"
    # (how many places are said on the way to another question: "…세 곳은 무엇이 다른가요?")
    assert analyze("시범학교 세 곳은 무엇이 다른가요?").asks != "list"
    assert analyze("한 곳은 어디야?").asks == "place"
    # (a count of places said on the way to another question asks that one)
    assert analyze("2곳에 들어서는 센터 이름은?").asks != "list"


def test_spacing_and_particles_do_not_change_the_analysis():
    a, b = analyze("부산시의 디지털산업 예산은 얼마야?"), analyze("부산시 디지털 산업 예산 얼마야?")
    assert a.asks == b.asks == "amount"
    # (디지털산업 or 디지털 and 산업: which budget is asked, a subject however spaced)
    assert {c.kind for c in a.hard} == {c.kind for c in b.hard} == {"name", "subject"}


def test_a_common_word_kiwi_reads_as_a_proper_noun_is_no_name():
    # Kiwi tags "어디에", "연도로" as one proper noun in some sentences
    q = analyze("2006년 어디에 입단하였는가?")
    assert "어디에" not in {c.text for c in q.constraints}
    q = analyze("경기연회 사건이 일어난 연도로 총리원과 총회측으로 분리된 연도는?")
    assert all(c.kind != "name" or "연도" not in c.text for c in q.constraints)


@pytest.mark.parametrize("question, predicate", [
    ("조두순은 몇 년도에 출소했나요?", "출소"),  # a verbal noun with 하다
    ("플레이스테이션 3는 언제 발매됐어?", "발매"),  # … with 되다
    ("정두언은 1심에서 추징금을 얼마 선고받았어?", "선고"),  # … with 받다
    ("므낫세는 몇 년 동안 유다를 다스렸나요?", "다스리"),  # a verb
    ("부산시 디지털산업 총 사업비는 얼마야?", None),  # no event: an attribute
    ("감독이 된 건 몇 년이야?", None),  # 되다 alone says nothing
    ("지방소득세는 상반기에 얼마 들어왔어요?", "들어오"),  # a verb of motion glued: one verb
])
def test_the_predicate_is_what_happened(question, predicate):
    assert analyze(question).predicate == predicate


def test_the_noun_a_question_word_governs_is_the_head_not_a_constraint():
    # 어떤 + a Latin noun, 얼마의 + noun: the noun is what is asked, and the answer names a
    # particular one (인스타그램), so it is no constraint on the evidence
    q = analyze("그는 어떤 SNS를 통해 결혼 소식을 알렸나?")
    assert q.head == "SNS"
    assert "SNS" not in [c.text for c in q.constraints]
    assert analyze("전임 대통령 중 얼마의 비자금을 보유했는가?").head == "비자금"
    assert analyze("얼마만큼의 여유 공간이 있어야 하는가?").head == "여유"


@pytest.mark.parametrize("question, dropped, kept", [
    ("대모의 알집 1개에 보통 몇 개의 알이 들어있는가?", "1개", ()),
    ("1인당 지원금은 얼마?", "1인당", ()),
    ("오스카는 1년에 얼마나 자라나?", "1년", ()),
    # "1년 예산": a year's worth (연간), no year to find
    ("가람FC는 1년 예산이 대략 얼마 정도야?", "1년", ()),
    ("가람시 1년 매출액은 얼마야?", "1년", ()),
    ("1년 만에 다시 열린 축제는?", None, ("1년",)),  # (after a year: the time of an event)
    ("1월에 열린 행사는?", None, ("1월",)),  # a date, not "per one"
    ("1호선 요금은?", None, ("1호선",)),  # a name with a number
    ("2개 기관이 참여한 사업은?", None, ("2개",)),
    ("신규과제 1회차에는 과제를 몇 개 뽑았어?", None, ("1회차",)),  # the first round, an ordinal
    # a unit in Latin letters or a sign with 당 is a rate's denominator as 리터당 is (the article
    # writes it ㎾h당, "MJ(메가줄)당")
    ("가람전력이 전기요금을 kWh당 얼마 올렸어?", "kWh", ()),
    ("나래가스 요금은 MJ당 얼마야?", "MJ", ("나래가스",)),
])
def test_per_one_is_a_rate_not_a_fact_to_find(question, dropped, kept):
    texts = [c.text for c in analyze(question).hard]
    if dropped:
        assert not any(dropped in t for t in texts), texts
    for k in kept:
        assert any(k in t for t in texts), texts


def test_the_kind_whose_name_is_asked_is_soft_even_as_a_proper_noun():
    # "…로마인의 이름은?": the answer names a Roman (요세푸스); 로마인 need not be written there
    kinds = {c.text: c.kind for c in analyze("아몬의 통치를 서술한 로마인의 이름은?").constraints}
    assert kinds.get("로마인") == "term"
    # a name the question is about stays a name
    assert {c.text: c.kind for c in analyze("광주시 AI 데이터센터 사업비는?").constraints}.get("광주시") == "name"


@pytest.mark.parametrize("question, asks, head", [
    ("부산 ICT 청년창업허브 주소 좀 알려줘", "place", "주소"),
    ("센터 위치 알려 주세요", "place", "위치"),
    ("사업 내용 좀 알려줄래?", "description", "내용"),
    # the name of a kind asked for: 대표이사 이름 is a person's
    ("한빛전자 대표이사 이름 알려줘", "person", "대표이사"),
    ("그 학교 이름 좀 알려주세요", "entity", "학교"),
    # a person's work or post names a person too: 약사, 교장 as 대표이사
    ("새로 온 약사 이름이 뭐야?", "person", "약사"),
    ("그 학교 교장 이름 알려줘", "person", "교장"),
])
def test_a_request_names_what_is_asked(question, asks, head):
    # "…좀 알려줘" is no yes/no question: the noun before the verb of telling is asked for
    q = analyze(question)
    assert (q.asks, q.head) == (asks, head)


@pytest.mark.parametrize("question, called", [
    ("그런 후보를 무엇이라고 부르는가?", True),
    ("이런 스캔들을 무엇이라 하는가?", True),
    ("반음 내려가는 음을 뭐라고 하나요?", True),
    ("모든 대결에서 지는 후보를 이르는 말은?", True),
    ("그 영화의 감독은 누구인가?", False),
    ("그는 무엇을 하였는가?", False),
])
def test_a_question_asking_what_something_is_called(question, called):
    q = analyze(question)
    assert q.called is called
    if called:
        assert q.asks == "entity"  # a word, even when the thing named is a person ("그런 후보")


@pytest.mark.parametrize("question", ["운송수입은 얼마예요?", "민간투자는 얼마나 들어가?", "사업비는 얼마나 들어가?",
                                      "가람교육청 내년 예산안은 얼마예요?"])  # (예산안: the draft of a sum)
def test_how_much_of_money_asks_a_sum(question):
    # 수입, 투자, 사업비 are money: 얼마 of them is a sum, and 얼마나 들어가 (goes into) is spent money
    assert analyze(question).asks == "amount"


@pytest.mark.parametrize("question, asks", [
    ("참여자들 취업률은 어느 정도야?", "percent"),  # 취업+률 read whole: a rate
    ("관광객 수는 어느 정도야?", "count"),
    ("피해는 어느 정도야?", "entity"),  # a topic of no quantity: 정도 stays a description's
    # … or the object 얼마 is said of ("참여율을 … 나누면 각각 얼마야?": rates)
    ("가람시 고용률을 남녀로 나누면 각각 얼마야?", "percent"),
    ("지원금을 얼마 줘?", "amount"),
])
def test_how_much_of_the_topic(question, asks):
    assert analyze(question).asks == asks


def test_what_is_counted_stands_before_su():
    # "방문객 수는 몇 명?": 수 (number) says a count is asked; what is counted is the noun before it
    assert analyze("국가정원 한 해 방문객 수는 몇 명?").attribute == "방문객"


def test_the_noun_a_counter_counts():
    # "몇대 대통령 선거": 대 counts presidents, not the question's topic (이회창은)
    assert analyze("그는 몇대 대통령 선거에 출마했는가?").attribute == "대통령"


@pytest.mark.parametrize("question, attribute", [
    ("수소버스를 몇 대 시험 운행해?", "버스"),  # the object before 몇; 시험 운행 is what is done
    ("차량 몇 대 운행해?", "차량"),
    ("몇 곳 운영해?", None),  # one verbal noun with its verb counts nothing
    ("몇 개 기업 참여했어?", "기업"),  # nothing before 몇: the noun after it is counted
    ("몇 개 사업이 있어?", "사업"),
])
def test_a_verbal_noun_after_the_counter_is_not_what_it_counts(question, attribute):
    assert analyze(question).attribute == attribute


@pytest.mark.parametrize("question, asks", [
    ("1 태양년의 평균치는 약 며칠인가요?", "duration"),  # said roughly: a count of days
    ("비 오는 날은 평균 며칠 정도야?", "duration"),
    ("장마 평균 기간 며칠이에요?", "duration"),  # the span itself
    ("배우자 출산휴가는 유급으로 며칠이야?", "duration"),  # a leave counted in days
    ("여름 방학은 며칠부터야?", "date"),  # its start
    ("총 며칠 열려?", "duration"),
    ("신청 기간은 며칠까지야?", "date"),  # its end
    ("축제는 며칠 정도에 열려?", "date"),
    ("가람군의회 개원식은 며칠에 해?", "date"),
])
def test_days_said_roughly_or_summed_are_a_count(question, asks):
    assert analyze(question).asks == asks


def test_the_first_end_of_a_range_takes_the_unit_said_after_the_last():
    cs = analyze("2015년 2~4월 전망에서 4월 강수량 평년 수준은 몇 mm예요?").constraints
    assert [(c.kind, c.text) for c in cs if c.kind in ("time", "number")] == [("time", "2015년"), ("time", "4월")]


@pytest.mark.parametrize("question, bound", [
    ("가람에서 20cm 넘게 눈 쌓인 구는 어디예요?", ("20cm", (">",))),
    ("5명 이상 모이면 안 돼?", ("5명", (">=",))),
    ("1만원 미만 거래는 몇 건?", ("1만원", ("<",))),
    ("2022년 이후 예산은?", None),  # a time is no bound
])
def test_a_figure_asked_as_a_bound_is_a_bound(question, bound):
    found = [(c.forms[0], c.parts) for c in analyze(question).constraints if c.kind == "bound"]
    assert found == ([bound] if bound else [])


@pytest.mark.parametrize("question, asks, unit, words", [
    # a bound after a figure or after the question word is no word to find, nor a noun asked
    ("임금체불로 몇 번 이상 신고된 곳이에요?", "count", "번", ["임금", "체불", "신고"]),  # times, no number named
    ("몇 명 이상이야?", "count", "명", []),
    ("20cm 이상 쌓인 곳은?", "place", None, ["20cm"]),
    ("이상 기후 원인은?", "description", None, ["이상", "기후"]),  # a word of its own
])
def test_a_bound_after_a_figure_is_no_word_to_find(question, asks, unit, words):
    q = analyze(question)
    assert (q.asks, q.unit, [c.text for c in q.constraints]) == (asks, unit, words)
    assert q.head not in ("이상", "이하", "미만", "초과")


@pytest.mark.parametrize("question", ["경남 해수욕장 올해 언제부터 문 열어?", "가람 축제 작년 언제 열렸어?"])
def test_a_year_counted_from_today_before_the_question_word_is_a_time_not_the_noun_asked(question):
    q = analyze(question)
    assert q.head not in ("올해", "작년") and [c.kind for c in q.constraints if c.text in ("올해", "작년")] == ["time"]


@pytest.mark.parametrize("question, word, place", [
    ("청주발 제주행 몇 시에 출발해?", "청주발", "청주"),  # a departure: the place it leaves
    ("청주발 제주행 몇 시에 출발해?", "제주행", "제주"),  # a destination: the place it goes to
    ("서면역 출구는 몇 개야?", "서면역", "서면"),  # a station
])
def test_a_route_is_found_by_its_place(question, word, place):
    forms = next(c.forms for c in analyze(question).constraints if c.text == word)
    assert place in forms


@pytest.mark.parametrize("question, word, written", [
    ("가람해수욕장 방문객 작년보다 얼마나 늘었어?", "작년", "전년"),  # "전년대비 28% 증가"
    ("2019년 항공여객은 그 전해보다 몇 퍼센트 늘었나요?", "전해", "전년"),
])
def test_a_year_compared_with_is_found_in_the_words_news_writes_it(question, word, written):
    forms = next(c.forms for c in analyze(question).constraints if c.text == word)
    assert written in forms


def test_an_office_asked_names_its_place_too():
    forms = next(c.forms for c in analyze("서울시장 보궐선거엔 후보가 몇 명 등록했어?").constraints if c.text == "서울시장")
    assert "서울" in forms  # "서울 13명·부산 6명"


@pytest.mark.parametrize("question, attribute", [
    ("창당하려면 시도당이 최소 몇 개 있어야 돼?", "시도당"),  # the bound, no noun counted
    ("관람객은 평균 몇 명?", "관람객"),
    ("한 번에 최대 몇 명까지 들어가?", None),
])
def test_a_bound_before_the_question_word_is_not_what_it_counts(question, attribute):
    assert analyze(question).attribute == attribute


@pytest.mark.parametrize("question, relative", [
    ("장관을 해임해야 한다고 주장한 사람은?", "주장"),
    ("아시아에서 인구밀도가 가장 희박한 곳은?", "희박"),
    ("상소문을 올린 사람은?", "올리"),
    ("위원장을 맡았던 사람은?", "맡"),  # the tense (았) before the ending
    ("시위의 확대에 주도적인 역할을 한 것은?", "역할"),  # a light verb: its object says what was done
    ("성 베드로 광장은 누가 설계했나?", None),  # no relative clause on the asked noun
    ("그 사람은 누구를 만났나?", None),
])
def test_the_relative_clause_on_the_asked_noun(question, relative):
    assert analyze(question).relative == relative


@pytest.mark.parametrize("question, gap", [
    ("김영수가 세운 회사의 이름은?", True),  # a doer and no object: the object is asked
    ("박 시장이 공개한 계획은?", True),
    ("회사를 세운 사람은?", False),  # an object: the doer is asked
    ("시위의 확대에 주도적인 역할을 한 것은?", False),
    ("성 베드로 광장은 누가 설계했나?", False),  # no relative clause
])
def test_a_relative_clause_missing_its_object(question, gap):
    assert analyze(question).relative_object is gap


@pytest.mark.parametrize("question, particle", [
    ("어디에서 열려?", "에서"),
    ("언제부터 탈 수 있어?", "부터"),  # 부터/까지 bound the answer too
    ("판매는 몇일부터 시작돼요?", "부터"),  # after a counter: 몇 + 일 + 부터
    ("몇 퍼센트로 올랐어?", "로"),
    ("몇 명이 참석했나요?", "이"),
    ("대표는 누구야?", None),
])
def test_the_particle_on_the_question_word(question, particle):
    assert analyze(question).particle == particle


@pytest.mark.parametrize("question, unit", [("강서선 길이 몇 km로 계획됐어?", "km"), ("약국은 몇 곳이야?", "곳"),
                                            ("처음엔 몇 군데였음?", "곳"),
                                            # Kiwi reads 종이 (paper) with the copula dropped
                                            ("새로 들여오는 상품이 몇 종이래?", "종"), ("몇 마리래?", "마리")])
def test_the_unit_after_몇_is_asked_not_a_name_to_find(question, unit):
    # "km" is a Latin word Kiwi tags SL: as a constraint it had to be found as written, and an
    # article writing ㎞ declined the question ("「km」에 대한 내용을 찾지 못했습니다")
    q = analyze(question)
    assert q.unit == unit
    assert not any(c.text in ("km", "곳", "군데") for c in q.constraints)


@pytest.mark.parametrize("question, asks", [("국가안전대진단은 며칠 동안 진행돼?", "duration"), ("축제는 며칠간 열리나?", "duration"),
                                            ("회의는 며칠에 열려?", "date")])
def test_며칠_is_몇_일_in_one_word(question, asks):
    # Kiwi tags 며칠 a common noun: unsplit, the question asked nothing (yesno) and 며칠 was a term to find
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, "일")
    assert not any("며칠" in c.text for c in q.constraints)


@pytest.mark.parametrize("question, head", [("공익수당 올해 총예산은?", "예산"), ("트램 총사업비는 얼마야?", "사업비")])
def test_총_glued_to_a_noun_asks_the_whole_of_it(question, head):
    # Kiwi keeps 총예산 one noun: the head was 총예산, no sentence's kind of sum, and the whole unasked
    q = analyze(question)
    assert (q.asks, q.head, q.total) == ("amount", head, True)
    # a word that only starts with 총 is not split
    assert analyze("총장은 누구야?").head == "총장" and not analyze("총장은 누구야?").total


def test_a_target_is_a_plan_not_an_event_to_find():
    # "완공 목표가 언제야?": 목표 says the date is planned (as 예정, 계획), no event an article must name
    q = analyze("가람의료원 새 병동 완공 목표가 언제야?")
    assert q.asks == "date" and not any(c.text == "목표" for c in q.constraints)


@pytest.mark.parametrize("question, head", [("서울 삼겹살 200그램에 평균 얼마 해요?", "삼겹살"), ("지원금은 최대 얼마야?", "지원금"),
                                            ("축의금은 평균 얼마야?", "축의금"), ("평균 얼마야?", None),
                                            ("평균은 얼마야?", "평균")])
def test_the_bound_a_question_word_is_said_with_is_no_head(question, head):
    # "평균 얼마": the average taken of what is asked, which is the head; as the head itself, 평균
    # led "…한 그릇 평균 8808원" of another dish over the sentence naming the one asked
    assert analyze(question).head == head


def test_자체_stresses_the_noun_before_it():
    # "매출액 자체는 얼마야?": read as the head, 자체 asked a count and a rise of 40.54% answered it
    q = analyze("가람 상반기 매출액 자체는 얼마야?")
    assert q.asks == "amount" and q.head != "자체"


def test_what_a_figure_is_compared_with_is_no_head():
    # "99년 대비": read as the head, 대비 asked an amount and "493억원" led over the rate
    q = analyze("가람 매출 증가율이 99년 대비 얼마나 됐어?")
    assert (q.asks, q.head) == ("percent", "증가율")


def test_a_topic_of_a_dimension_asked_with_얼마나_is_a_measure():
    # "강수량은 얼마나 왔어?": rain is a depth; as a count of nothing, "0.8도" answered it
    q = analyze("작년에 전국 강수량은 얼마나 왔어?")
    assert (q.asks, q.head) == ("measure", "강수량")
    assert analyze("관광객 수는 얼마나 돼?").asks == "count"


def test_a_change_within_one_year_is_no_time_to_find():
    # "1년 새": news gives the change against the year before (지난해 동기 대비, 같은 기간)
    assert [c.text for c in analyze("여자 흡연율은 1년 새 얼마나 올랐어?").constraints if c.kind == "time"] == []
    assert [c.text for c in analyze("3년 새 얼마나 늘었어?").constraints if c.kind == "time"] == ["3년"]


@pytest.mark.parametrize("question, numbered", [("기준금리 몇 번 연속으로 올린 거야?", False), ("몇 번 정도 열려?", False),
                                                ("몇 번 출구로 나가?", True), ("몇 번 버스 타?", True)])
def test_a_count_of_times_said_how_it_runs_names_no_number(question, numbered):
    # "몇 번 연속으로": how many times in a row; read as "몇 번 버스", it asked for a number borne
    # and "3회 연속 인상" was declined ("질문이 묻는 번호는 찾지 못했습니다")
    q = analyze(question)
    assert q.numbered is numbered
    assert (q.asks == "count") is not numbered


def test_a_bound_noun_of_an_action_going_on_is_no_head():
    # "운영 중이야?": 중 says while it goes on, not what is asked (the decline would say "묻는 중은")
    q = analyze("가람 닥터헬기 지금 몇 대 운영 중이야?")
    assert (q.asks, q.unit) == ("count", "대") and q.head != "중"


@pytest.mark.parametrize("question, asks, head", [
    ("가람 사업장 체불액 합계는 얼마야?", "amount", "체불액"),  # Kiwi's 체불|액 glued back
    ("피해액 총계는 얼마야?", "amount", "피해액"),
    ("관람객 합계는 얼마야?", "count", "합계"),  # a noun of no kind: a quantity, as before
])
def test_a_total_asked_is_of_the_kind_of_the_noun_it_sums(question, asks, head):
    q = analyze(question)
    assert (q.asks, q.head, q.total) == (asks, head, True)


def test_a_range_mark_splits_two_names_and_a_line_is_found_by_its_place():
    # "사상~명지선": the line asked is 명지선; before, the word stopped at "~" and kept 사상 only
    kinds = {c.text: c for c in analyze("사상~명지선은 언제 개통돼?").constraints}
    assert "명지선" in kinds and kinds["명지선"].kind == "name"
    # … and an article writing the place alone ("사상~명지 12㎞") names the line
    assert "명지" in kinds["명지선"].forms
    # a range of years still reads as two years
    texts = {c.text for c in analyze("2022~2026년 사업비는 얼마야?").constraints}
    assert "2026년" in texts


@pytest.mark.parametrize("question, subject", [
    # the bare noun before the head says which of its kind the figure asked is: it must be found
    ("서울 택시 기본요금은 얼마로 올랐어?", "택시"),
    ("창원 광역버스 요금은 얼마로 오르나요?", "광역버스"),
    # not 총/전체 (how much of it), not a noun with a particle or a figure before the head, and
    # not when a name or a thing is asked ("외국 국적" is answered by "아르헨티나 국적")
    ("디지털산업 육성계획 전체 예산 얼마임?", None),
    ("서울의 요금은 얼마야?", None),
    ("윤상이 병역 기피를 위해 취득했던 외국 국적은?", None),
    ("동대문 교회의 담임을 맡았던 외국인 선교사는 누구인가?", None),
    # nor a word that sums or averages what is asked: no article need say 합계 or 평균 to give it
    ("가람 손보사 5곳 순이익 합계가 얼마였어?", None),
    ("보험사기 1인당 평균 사기금액은 얼마야?", None),
])
def test_the_noun_naming_which_figure_is_asked_is_a_subject(question, subject):
    subjects = [c.text for c in analyze(question).constraints if c.kind == "subject"]
    assert subjects == ([subject] if subject else []), analyze(question).constraints


def test_which_holder_of_a_post_is_asked_must_be_found():
    # 초대, 후임, 전임, 차기: an article naming the post's holder without saying first or next
    # does not answer it
    for question, word in [("부산도서관 초대 관장은 누구야?", "초대"),
                           ("알렉산더 헤이그 후임으로 국무장관이 된 사람은 누구인가요?", "후임")]:
        assert ("subject", word) in {(c.kind, c.text) for c in analyze(question).hard}


def test_an_adverb_glued_to_nouns_is_part_of_a_name():
    # Kiwi reads "늘봄학교" at the start of a question as 늘 (an adverb) + 봄 + 학교, and whole in
    # the article: the programme's name is still a name to find
    kinds = {c.text: c.kind for c in analyze("늘봄학교 운영에 들어가는 예산은 얼마예요?").constraints}
    assert kinds.get("늘봄학교") == "name"
    # an adverb standing as a word of its own stays out
    assert all(c.text not in ("잘", "또다시") for c in analyze("또다시 열린 축제는?").constraints)


@pytest.mark.parametrize("question, asks, unit", [
    # one end of a span asked: a date or an hour, though the head is a span (기간, 시간)
    ("신청 기간은 언제까지야?", "date", None),
    ("운영 시간은 몇 시부터야?", "date", "시"),
    ("수명은 몇 년인가?", "duration", "년"),
    # how much a figure changed (인상폭), in its own unit: no width
    ("요금 인상폭은 얼마야?", "count", None),
    ("강의 폭은 몇 미터야?", "measure", "m"),
])
def test_span_ends_and_changes(question, asks, unit):
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, unit)


@pytest.mark.parametrize("question, asks, unit", [
    ("램은 몇 기가 바이트인가?", "measure", "gb"),  # a unit in two words
    ("발전 용량은 몇 기가와트야?", "measure", "gw"),
    ("면적은 몇 평방 킬로미터야?", "measure", "㎢"),
    ("몇 년 동안 걸려?", "duration", "년"),  # 동안 is no part of the unit
])
def test_a_unit_asked_in_two_words(question, asks, unit):
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, unit)


@pytest.mark.parametrize("question, asks, head", [
    # the asking sentence first and a clarification after it: what is asked is read from the asking one
    ("부산시 예산 얼마야? 2024년 기준으로.", "amount", "예산"),
    ("2024년 기준으로. 부산시 예산 얼마야?", "amount", "예산"),
])
def test_a_question_of_two_sentences_is_read_from_the_asking_one(question, asks, head):
    q = analyze(question)
    assert (q.asks, q.head) == (asks, head)
    # the clarification's words still count: the year is a constraint
    assert "2024년" in [c.text for c in q.constraints]
    assert q.text == question  # and the question is kept as asked (the answer repeats it)


def test_question_last_moves_only_the_asking_sentence():
    from qa.question import question_last

    assert question_last("광주시장 이름이 뭐야? 사업 관련해서 발언한 사람 말이야.") == \
        "사업 관련해서 발언한 사람 말이야. 광주시장 이름이 뭐야?"
    assert question_last("부산 예산은? 얼마야?") == "부산 예산은? 얼마야?"  # asked last already
    assert question_last("부산 예산 알려줘.") == "부산 예산 알려줘."  # one sentence
    # an emoji or a cut word after the question is no clarification
    assert question_last("부산 예산은 얼마인가요? 🚀") == "부산 예산은 얼마인가요? 🚀"


@pytest.mark.parametrize("question, subject", [
    ("2006년 빅뱅이 발표한 첫 싱글은?", True),  # a subject that did something: who the question is about
    ("가람 대학에 관련된 수업이 행해졌던 도시는?", False),  # a passive describes the head …
    ("고대 누리어와 문법이 동일한 언어는 무엇인가?", False),  # … and so does an adjective
    ("예산이 배정된 사업은?", False),
])
def test_a_subject_that_only_describes_the_head_is_no_constraint_to_find(question, subject):
    # "수업이 행해졌던 대학": the article may say 학과목이 개설되었다; "빅뱅이 발표한": it names 빅뱅
    kinds = {c.text: c.kind for c in analyze(question).constraints}
    first = next(w for w in ("빅뱅", "수업", "문법", "예산") if w in kinds)
    assert (kinds[first] == "subject") is subject


def test_동안_is_no_term_to_find():
    # "얼마 동안 이용해?": 동안 says a span is asked; an article says "이용 기간은 2주일이다"
    q = analyze("공공산후조리원은 얼마 동안 이용할 수 있어?")
    assert "동안" not in {c.text for c in q.constraints}


def test_an_acronym_spelled_in_hangul_is_found_in_latin():
    from qa.question import spelled_latin

    assert spelled_latin("케이티엑스") == "ktx" and spelled_latin("케이비") == "kb"
    assert spelled_latin("부산") is None and spelled_latin("에이치") is None  # one letter is no acronym
    # two one-syllable letter names are as often a word: 이유 (reason), 시비 (city funds), 유지
    assert spelled_latin("이유") is None and spelled_latin("시비") is None and spelled_latin("유지") is None
    q = analyze("주말엔 포항-서울 케이티엑스 몇회 왕복해?")
    names = {c.text: c.forms for c in q.constraints if c.kind == "name"}
    # a hyphen between Hangul parts two places (articles write 서울-포항, 서울∼포항)
    assert "포항" in names and "서울" in names and "ktx" in names["케이티엑스"]
    # … not a figure's nor a Latin name's
    assert "2011-12시즌" in {c.text for c in analyze("지루가 2011-12시즌에 몇 골을 넣었는가?").constraints}
    assert "K-water" in {c.text for c in analyze("K-water 사장은 누구야?").constraints}


def test_the_attribute_typed_onto_a_name_is_no_part_of_it():
    q = analyze("서울 포항 KTX요금 대략 얼마정도로 정해질 것 같아?")
    assert ("name", ("ktx",)) in {(c.kind, c.forms) for c in q.constraints} and q.head == "요금"


def test_pronouns_of_self_and_now_are_nothing_to_find():
    q = analyze("장병 자기개발비 지원받으려면 본인이 비용의 몇 퍼센트를 내야 해?")
    assert "본인" not in {c.text for c in q.constraints}
    q = analyze("지난해부터 지금까지 몇 번에 걸쳐 신규과제를 골랐어?")
    assert "지금" not in {c.text for c in q.constraints}


def test_the_body_glued_to_a_post_asked_is_whose_post_it_is():
    # "기상청장": Kiwi reads 기상 + 청장; another body's 청장 is someone else, so 기상 must be found
    q = analyze("현재 기상청장은 누구입니까?")
    assert ("subject", "기상") in {(c.kind, c.text) for c in q.hard}
    # a compound that is no post stays soft noun by noun
    assert all(c.kind == "term" for c in analyze("해양미래기술대융합전략은 무엇인가?").constraints)


def test_a_name_kiwi_reads_as_a_determiner_glued_to_nouns_is_kept_whole():
    # 전미119안전센터: 전 (a determiner to Kiwi) + 미 + 119 + 안전센터
    q = analyze("전미119안전센터장 이름이 뭐예요?")
    assert any("전미119안전센터" in c.text for c in q.hard)
    # … but a question's own determiner typed glued is no name ("어느나라", "무슨당")
    assert not any("어느" in c.text for c in analyze("어부는 어느나라로 도망갔는가?").constraints)
    assert not any("무슨" in c.text for c in analyze("이회창은 무슨당으로 올라갔나?").constraints)


def test_eoneu_jeongdo_said_as_the_question_reads_as_eolmana():
    # 어느 정도 + 되다 or a noun asks how much, as 얼마나 does: of a sum where money is spoken
    # of, or of the noun's kind; "어느정도 발전된" is an adverb (somewhat)
    q = analyze("가람 재생사업 총사업비는 어느 정도 규모야?")
    assert q.asks == "amount" and q.head == "규모"
    assert analyze("그 다리는 길이가 어느 정도 돼?").asks == "measure"
    assert analyze("잠수함 소음은 어느 정도 거리 이내에서 감지되는가?").asks == "measure"
    assert analyze("취업률은 어느 정도야?").asks == "percent"
    assert analyze("특성을 어느정도 가지고 있는 모델은 무엇인가?").asks == "entity"


def test_the_measure_named_before_a_unit_asked_is_the_head():
    # "부지 면적은 몇 ㎡": 면적 is the head as in "부지 면적은 얼마", so its modifier 부지 must be
    # found (a floor area, 연면적, is another thing's)
    q = analyze("가람 도서관 부지 면적은 몇 ㎡예요?")
    assert q.asks == "measure" and q.unit == "㎡" and q.head == "면적"
    assert any(c.text == "부지" for c in q.constraints)


def test_a_counter_on_a_figure_the_question_gives_is_not_the_head():
    # "2023년에 얼마까지": the year says when; 년 is not what is asked (a decline would say
    # "질문이 묻는 년은 찾지 못했습니다")
    assert analyze("가람군 출산율 2023년에 얼마까지 떨어졌어?").head != "년"
    # … and the noun asked before it is still the head
    assert analyze("예산은 2019년에 얼마야?").head == "예산"
    assert analyze("2019년 예산은?").head == "예산"


def test_a_plan_said_after_when_is_not_the_head():
    # "개통은 언제 예정이야?": the date of the 개통, however it is planned; an article says "…
    # 개통할 방침", "…개통한다" as often as 예정
    for question in ("가람선 개통은 언제 예정이야?", "가람선 개통은 언제쯤 계획이에요?"):
        q = analyze(question)
        assert q.asks == "date" and q.head == "개통", question
        assert not any(c.kind == "subject" and c.text in ("예정", "계획") for c in q.constraints)
    # a plan asked about is still the head
    assert analyze("계획은 언제 나와?").head == "계획"


def test_a_time_frame_topic_does_not_make_how_much_a_date():
    # "2차 때는 1인당 얼마": 때 says which payment, 얼마 asks a sum
    q = analyze("가람군 기본수당 2차 때는 1인당 얼마 줘요?")
    assert q.asks == "amount"


def test_a_span_topic_asks_how_long_past_a_rates_denominator():
    # "연구기간은 과제당 몇 년": 과제당 stands between the topic and 몇 년; it still asks a span
    assert analyze("가람사업 연구기간은 과제당 몇 년이에요?").asks == "duration"
    assert analyze("가람사업 연구기간은 몇 년이에요?").asks == "duration"


def test_an_officials_name_asks_a_person():
    # "시 관계자 이름이 뭐예요?": the name of a person, as 담당자's is
    assert analyze("가람길에 대해 말한 가람시 관계자 이름이 뭐예요?").asks == "person"


def test_a_long_word_kiwi_does_not_know_is_a_name_to_find():
    # Kiwi reads "하동별맛축제" a common noun in one question, a proper noun in another: an
    # out-of-vocabulary compound is the article's own name either way, a constraint to meet
    q = analyze("하동별맛축제에 들어간 예산은 얼마예요?")
    assert any(c.kind == "name" and c.text == "하동별맛축제" for c in q.constraints)
    # a common compound Kiwi knows stays a soft term
    q = analyze("지역축제에 들어간 예산은 얼마예요?")
    assert not any(c.kind == "name" for c in q.constraints)


def test_a_rates_denominator_is_not_the_head():
    # "포인트를 1인당 얼마까지": 인 is what it is counted per; 포인트 is what 얼마 asks, no sum of money
    q = analyze("가람카페에 선정되면 이용 포인트를 1인당 얼마까지 줘요?")
    assert q.head == "포인트" and q.asks == "count" and q.unit is None


@pytest.mark.parametrize("text, aside", [
    ("올해 공모에 강원 말고 선정된 지역은 어디야?", ("강원",)),
    ("목포·여수·순천 빼고 나머지 한 곳은 어디예요?", ("목포", "여수", "순천")),
    ("세종시를 제외한 도시는?", ("세종시", "세종")),
    ("대전, 청주와 천안 외에 참여한 곳은?", ("대전", "청주", "천안")),
    # a pronoun sets nothing aside, nor does a word holding 외 (해외, 외국)
    ("그 외에 또 뭐가 있어?", ()),
    ("해외에서 온 관광객은 몇 명이야?", ()),
    ("외국인 주민은 몇 명이에요?", ()),
])
def test_what_the_question_sets_aside(text, aside):
    assert analyze(text).excluded == aside


def test_an_amount_noun_is_found_by_its_action_and_a_status_word_says_no_kind():
    # "수산물 생산량 목표는?" is answered by "수산물 생산 370만톤": 생산량 may be found as 생산
    q = analyze("수산물 생산량 목표는 얼마예요?")
    assert ("subject", ("생산량", "생산")) in [(c.kind, c.forms) for c in q.constraints]
    # 최종 says how settled the sum is, not which sum: no subject the article must repeat
    q = analyze("올해 예산 최종 확정액이 얼마예요?")
    assert "최종" not in [c.text for c in q.hard]


@pytest.mark.parametrize("text, relative", [
    # a clause reporting words ("…다고 한", "…라고 말한"): the verb reported says what was done
    ("아이디어를 기대한다고 한 도지사는 누구예요?", "기대"),
    ("예산을 늘리겠다고 말한 장관은 누구야?", "늘리"),
    ("상소문을 올린 사람은?", "올리"),
])
def test_the_relative_clause_of_reported_words(text, relative):
    assert analyze(text).relative == relative


def test_worth_asks_a_sum_and_전부_asks_a_whole():
    assert analyze("선물은 얼마어치까지 받을 수 있어요?").asks == "amount"  # 어치: money's worth
    assert analyze("작년에 지원금으로 나간 돈이 전부 얼마였어요?").total


@pytest.mark.parametrize("question, numbered, head", [
    ("가람역에서 시청 가는 광역버스는 몇 번 버스예요?", True, "버스"),  # which number the bus bears
    ("가람역 몇 번 출구로 나가야 돼?", True, "출구"),
    ("새 노선 번호는 뭐예요?", True, "번호"),
    ("올해 몇 번 방문했어?", False, None),  # how many times: 방문 is done
    ("축제는 한 해에 몇 번 열려?", False, None),
    ("임대주택은 총 몇 호 공급해?", False, None),  # 공급 is done: a count of homes
])
def test_a_number_borne_is_asked_apart_from_a_count(question, numbered, head):
    q = analyze(question)
    assert q.numbered is numbered
    if numbered:
        assert q.asks == "entity" and q.head == head
    else:
        assert q.asks == "count"


def test_a_route_between_two_places_is_one_constraint():
    q = analyze("가람동~누리역 노선 첫차는 몇 시야?")
    assert [c.forms for c in q.constraints if c.kind == "route"] == [("가람동", "누리역")]
    # a range of figures, or a title running on after a tilde with a space, is no route
    assert not [c for c in analyze("2월 청년층(15~29세) 고용률은?").constraints if c.kind == "route"]
    assert not [c for c in analyze("드라마 꽃길~ 그대에게의 주제가는?").constraints if c.kind == "route"]



@pytest.mark.parametrize("question, asks", [
    ("초등학교는 급식 며칠 지원돼요?", "duration"),  # 며칠 + a verb, no particle: how many days
    ("축제는 며칠 열려?", "duration"),
    ("축제는 며칠에 열려?", "date"),
    ("개막일은 며칠이야?", "date"),
])
def test_how_many_days_or_which_day(question, asks):
    assert analyze(question).asks == asks


def test_a_quantity_asked_by_its_kind_is_no_word_to_find():
    # "돈이 얼마나", "사람 몇 명": the article says 원 and 명, not 돈 and 사람
    assert "돈" not in [c.text for c in analyze("지하철 만드는 데 돈이 총 얼마나 들어가요?").constraints]
    assert "사람" not in [c.text for c in analyze("다 지으면 가람 사람 몇 명이 덕 본대?").constraints]
    assert "사업비" in [c.text for c in analyze("지하철 사업비는 총 얼마야?").constraints]


def test_a_word_kiwi_cuts_into_syllables_is_one_name():
    # 덕풍천, unknown to Kiwi, comes out 덕 + 풍 + 천: the stream the question names, to be found
    # as written; a plain compound of two syllables (물 + 값) is no name
    kinds = {c.text: c.kind for c in analyze("하남 덕풍천 정비사업에는 돈이 얼마 들었어?").constraints}
    assert kinds.get("덕풍천") == "name"
    assert all(c.kind != "name" for c in analyze("물값은 얼마야?").constraints)


@pytest.mark.parametrize("question, asks, unit", [
    ("체류 기간은 최대 몇 달로 늘었어?", "duration", "개월"),  # 몇 달 = 몇 개월
    ("신청 끝나고 돈 들어오기까지 며칠이나 걸려?", "duration", "일"),  # how long it takes
    ("공사는 몇 년이나 걸려?", "duration", "년"),
    ("몇 시에 걸려?", "date", "시"),  # an hour of the day
    ("유망축제 몇년 연속 선정됐어요", "duration", "년"),  # … spaced or not
])
def test_how_long_it_takes(question, asks, unit):
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, unit)


def test_a_yes_no_questions_noun_taking_do_must_be_in_the_article():
    # "이사비도 지원해 줘요?": 이사비 is what is asked about; an article never saying it answers
    # neither yes nor no
    kinds = {c.text: c.kind for c in analyze("수원시가 전세사기 피해자 이사비도 지원해 줘요?").constraints}
    assert kinds["이사비"] == "subject" and kinds["피해자"] == "term"
    # not in a question asking for a value
    assert all(c.kind != "subject" or c.text != "이사비"
               for c in analyze("이사비도 포함하면 얼마야?").constraints)
    # the noun of its final verb too: "안 쓰면 환불돼요?" (an article never speaking of 환불)
    kinds = {c.text: c.kind for c in analyze("가람 상품권 안 쓰면 환불돼요?").constraints}
    assert kinds["환불"] == "subject" and kinds["상품권"] == "term"
    # not a noun of a verb inside the question ("나열해 주세요" lists, "사용한 곳은?" asks a place)
    assert all(c.kind == "term" for c in analyze("기업들이 제공할 기술들을 나열해 주세요.").constraints if c.text == "나열")


def test_a_number_before_a_spaced_counter_is_no_year():
    # "참가자 2000 명": a count typed with a space, not the year 2000; "전년 동기 대비" compares
    assert not any(c.kind == "time" for c in analyze("참가자 2000 명 넘었어?").constraints)
    assert not any(c.kind == "time" for c in analyze("매출은 전년 동기 대비 몇 % 늘었어?").constraints)


def test_interest_and_a_loan_are_sums():
    # "한 달 이자는 얼마쯤 내요?" asks a sum, not a quantity of any unit
    assert analyze("가람 귀농 융자 받으면 한 달 이자는 얼마쯤 내요?").asks == "amount"
    assert analyze("대출금은 얼마까지 돼요?").asks == "amount"


def test_a_question_word_glued_to_a_typo_is_still_the_question_word():
    # "누구인인가" reads to Kiwi as the proper noun 누구인: no name to find, a person asked
    typo, right = analyze("2001년 영화 <선물>의 영화 감독은 누구인인가?"), analyze("2001년 영화 <선물>의 영화 감독은 누구인가?")
    assert typo.asks == right.asks == "person"
    assert [c.text for c in typo.constraints] == [c.text for c in right.constraints]


def test_a_state_is_found_by_its_formal_name():
    forms = {c.text: c.forms for c in analyze("북한의 최고 기구는?").constraints}
    assert "조선민주주의인민공화국" in forms["북한"]
    forms = {c.text: c.forms for c in analyze("1950년 미국의 대통령은?").constraints}
    assert "미합중국" in forms["미국"]


def test_the_day_of_an_action_is_found_by_the_action():
    # 발표일, 시행일: an article dates the action with its verb ("3월 4일 … 발표할 예정")
    forms = {c.text: c.forms for c in analyze("쉐어하우스 입주 순위 발표일은 언제인가요?").constraints}
    assert "발표" in forms["발표일"]
    forms = {c.text: c.forms for c in analyze("새 조례 시행일이 언제야?").constraints}
    assert "시행" in forms["시행일"]
    # a two-syllable day word has no action to strip (휴일, 평일)
    assert all(len(f) >= 2 for c in analyze("도서관 휴일은 언제야?").constraints for f in c.forms)


def test_a_condition_on_a_value_asks_that_value():
    # "나이 조건이 어떻게 돼요?" is answered by "만 19세 이상 39세 이하": an age
    q = analyze("청년 월세지원 나이 조건이 어떻게 돼요?")
    assert (q.asks, q.head) == ("age", "나이")
    assert analyze("연령 기준은 어떻게 되나요?").asks == "age"
    # a condition on nothing of a kind stays a description
    assert analyze("신청 조건이 어떻게 돼?").asks == "description"


@pytest.mark.parametrize("question, asks, unit, head", [
    # "N이 어떻게 돼요?" asks what N is, whether Kiwi reads 어떻게 as one adverb or 어떻 + 게
    ("가람구 신청사 주소가 어떻게 돼요?", "place", None, "주소"),
    ("축제 기간이 어떻게 돼요?", "duration", None, "기간"),
    # 이나 stresses how many: how long, not which year
    ("가람구는 몇 년이나 임차건물을 썼던 거야?", "duration", "년", None),
    ("그 건물은 몇 년에 지어졌나요?", "date", "년", None),
])
def test_what_an_how_is_it_question_asks(question, asks, unit, head):
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, unit)
    if head:
        assert q.head == head


@pytest.mark.parametrize("question, head", [
    ("가람 참여수당 한 달에 얼마씩 나와요?", "참여수당"),  # 한 달에: the period a rate is said per
    ("나래 주차요금은 하루에 얼마예요?", "주차요금"),
    ("가람 수당은 1년에 얼마야?", "수당"),
    ("가람 주차요금 하루에 얼마야?", "주차요금"),  # (하루 glued to no numeral: the noun before it stays)
])
def test_a_period_of_one_is_no_head(question, head):
    assert analyze(question).head == head


@pytest.mark.parametrize("question, head, attribute", [
    # one of what is counted ("한 곳에", "한 가구에", "하나에"): what the sum is per, not what it is of
    ("가람 안전마을 한 곳에 얼마 지원해줘?", "안전마을", None),
    ("나래 프로젝트 하나에 국비 얼마 들어가요?", "국비", "국비"),
    ("한 가구에 얼마 지원해?", None, None),
])
def test_one_of_what_is_counted_is_no_head(question, head, attribute):
    q = analyze(question)
    assert q.asks == "amount" and q.head == head and q.attribute == attribute
    # (nor what is counted: "한사람당 몇 개" counts what the sentence says, 1인당 5개)
    assert analyze("가람 호두과자 한사람당 몇개까지 살수있어요").attribute is None


def test_a_budget_account_is_a_sum():
    # 일반회계, 특별회계, 세입: the accounts of a budget; "얼마 늘었어?" asks a sum of them, no count
    assert head_kind("일반회계") == "amount" and head_kind("세입") == "amount"
    assert analyze("가람 추경에서 일반회계는 얼마 늘었어?").asks == "amount"


@pytest.mark.parametrize("question, place, post", [
    ("가람시장 누구예요?", "가람시", "가람시장"),
    ("나래구청장 이름이 뭐예요?", "나래구", "나래구청장"),
])
def test_a_place_office_read_as_one_name_is_a_place_and_a_post(question, place, post, monkeypatch):
    # Kiwi reads some "창원시장" whole as one proper noun: the place is the name an article writes
    # ("가람특례시", "가람"), the office the post it names its holder by ("김다온 시장")
    import qa.question as Q

    real = Q.pos

    def whole(text):  # as Kiwi reads a known city glued to its office: one proper noun
        toks = list(real(text))
        if len(toks) >= 2 and toks[0].form + toks[1].form == post:
            from types import SimpleNamespace
            toks = [SimpleNamespace(form=post, tag="NNP", start=0, len=len(post))] + toks[2:]
        return toks

    monkeypatch.setattr(Q, "pos", whole)
    cs = {(c.text, c.kind) for c in Q.analyze(question).constraints}
    assert (place, "name") in cs and (post, "post") in cs and (post, "name") not in cs


@pytest.mark.parametrize("question", ["가람은 징역 몇년을 구형받았나?", "나래는 몇 년 형을 선고받았나?",
                                      "가람 위원장은 몇 년 임기로 선출됐나?"])
def test_a_term_served_is_a_duration_not_a_year(question):
    q = analyze(question)
    assert (q.asks, q.unit) == ("duration", "년")


def test_the_day_of_an_action_is_a_date():
    # 서거일, 개관일: an action's day (Kiwi may read its 일 as the numeral one); not 남북통일, 이메일
    assert analyze("가람도서관 개관일은?").asks == "date"
    assert analyze("남북통일은?").asks != "date" and analyze("가람 이메일은?").asks != "date"
    q = analyze("제 14대 대통령인 김다온의 서거일은?")
    assert (q.asks, q.head, q.count) == ("date", "서거일", None)  # 제14대 is which one, no list of 14


def test_an_ordinal_is_no_list_count():
    assert list_count("제14대 대통령은?") is None and list_count("제 14대 대통령은?") is None
    assert list_count("가람 4대 전략은?") == (4, "4대")


def test_a_score_is_a_count():
    assert analyze("가람 잡지가 평가한 점수는?").asks == "count"


@pytest.mark.parametrize("question, asks, unit, head", [
    ("가람 야간경관 사업비 달러로 치면 얼마야", "amount", "달러", None),  # a currency to convert into
    ("가람 공공일자리 일당 얼마 받아요?", "amount", None, "일당"),  # 일당: a day's wage, not per day
    ("1일당 얼마야", "amount", None, None),
    ("가람 새 회관 짓는데 얼마 들어요?", "amount", None, None),  # -는데 is no 데 asked
    ("가람 게임기 사는 데 1년에 평균 얼마 써?", "amount", None, None),  # spaced: what it is spent on
    ("가람 회관 가는 데 몇 시간 걸려?", "duration", "시간", None),
    ("가람 예산안 설명한 군 기획관 누구야", "person", None, "기획관"),
])
def test_what_an_amount_or_a_post_asks(question, asks, unit, head):
    q = analyze(question)
    assert (q.asks, q.unit, q.head) == (asks, unit, head)
    # (a place asked by 데 is still one: "사는 데가 어디야?")
    assert analyze("가람 사람들 사는 데가 어디야?").head == "데"


def test_the_noun_saying_which_sum_is_said_beside_it():
    # "일반회계는 얼마?": 일반 says which account; a total (예산 6090억 원) says no 일반
    cs = {(c.text, c.kind) for c in analyze("가람군 내년 예산 중 일반회계는 얼마예요").constraints}
    assert ("일반", "part") in cs
    # people counted by 사람수 are no kind of sum to tell apart
    assert not any(c.kind == "part" for c in analyze("약속한 40명 중 당선된 사람수는?").constraints)


def test_review_round_24_question_cases():
    # a noun ending in 제 before a count is no ordinal's 제: 경제 5대 전략 is a list of five
    assert list_count("가람 경제 5대 전략은?") == (5, "5대") and list_count("핵심 과제 3가지는?") == (3, "3가지")
    assert list_count("1,200대 차량은?") is None
    # months and years counted in 개 are a span, no list: "3개월 날씨 전망" asks no three items
    assert list_count("가람일보 3개월 날씨 전망 기사 쓴 기자 이름이 뭐예요?") is None
    # a term's end asked by 까지 is a date
    assert analyze("가람 시장 임기 몇 년까지야?").asks == "date"
    # 불 is 달러; a currency with 는 after its particle
    assert analyze("가람 수출액 몇억불이야?").unit == "달러" and analyze("유로로는 얼마야?").unit == "유로"
    # a total or a time is no account to find beside the figure
    for q in ("가람 전체예산은 얼마야?", "가람 올해예산은 얼마야?", "가람 연간예산은 얼마야?"):
        assert not any(c.kind == "part" for c in analyze(q).constraints), q


def test_the_name_of_a_place_office_asks_a_person():
    q = analyze("가람시장 이름이 뭐예요?")
    assert q.asks == "person" and any(c.kind == "post" for c in q.constraints)


@pytest.mark.parametrize("question, kin", [
    ("가람의 배우자 이름은 뭐예요?", "배우자"),
    ("김다온의 형 이름은 뭐야?", "형"),
    ("나래 왕의 첫째 아들은?", "아들"),
    ("가람은 12월 13일 선고 받은 형은?", None),  # 형 here is a sentence of a court
    ("가람이 1심에서 받은 형은?", None),
    ("가람의 대표작은?", None),
])
def test_the_kinship_asked_is_a_constraint(question, kin):
    got = [c.text for c in analyze(question).constraints if c.kind == "kin"]
    assert got == ([kin] if kin else [])


@pytest.mark.parametrize("question, unit", [
    ("가람군 예산 5223억 달러로 치면?", "달러"),
    ("그거 유로로 바꾸면?", "유로"),
    ("나래시 예산 달러로 환산하면 얼마야?", "달러"),
])
def test_a_sum_asked_to_be_converted_is_asked_in_that_currency(question, unit):
    # no question word, yet a sum is asked, in a currency the articles may not give
    q = analyze(question)
    assert (q.asks, q.unit) == ("amount", unit)


@pytest.mark.parametrize("question, kind", [
    ("가람군 일반회계는 얼마야?", "part"),  # which sum: 일반 is said beside the figure
    ("가람 입학준비금 얼마야?", "part"),
    ("가람 입학준비금 언제까지 써야돼?", "term"),  # a date asked: no sum, so no account
    ("가람군 일반회계 언제 확정됐어?", "term"),
])
def test_the_noun_saying_which_sum_binds_only_a_sum_asked(question, kind):
    q = analyze(question)
    first = next(c for c in q.constraints if c.text in ("일반", "입학"))
    assert first.kind == kind


@pytest.mark.parametrize("question", ["선고된 형은?", "가람에게 내려진 형은?", "사건 최종 형은 뭐야?"])
def test_a_courts_sentence_is_no_brother(question):
    assert not [c for c in analyze(question).constraints if c.kind == "kin"]


def test_a_year_before_the_question_word_is_not_what_is_counted():
    # "올해 몇 곳 뽑아요?": when, not what the counter counts
    assert analyze("가람군 시설현대화 올해 몇 곳 뽑아요?").attribute != "올해"
    assert analyze("가람군 일자리는 몇 개야?").attribute == "일자리"


def test_years_at_least_ask_a_span_not_a_year():
    q = analyze("지원 받으려면 가람지역에 몇년 이상 살아야 돼?")
    assert (q.asks, q.unit) == ("duration", "년")
    assert analyze("가람다리는 몇 년에 개통했어?").asks == "date"


def test_a_districts_head_asked_is_the_post_with_its_place():
    q = analyze("가람시 서구청장 누구예요")
    assert any(c.kind == "post" and c.text == "서구청장" for c in q.constraints)
    from qa.question import place_office
    assert place_office("동구청장") == "구청장" and place_office("동구") is None
    assert place_office("시장") is None  # an office alone has no place


@pytest.mark.parametrize("question, title", [
    ("가람이 영화 ‘나래의 밤’에서 맡은 배역의 이름은?", "나래의 밤"),
    ("《다온국사》를 지은 사람은?", "다온국사"),
    ("\"누리의 집수리\" 지원항목 몇 종류?", "누리의 집수리"),
])
def test_a_short_title_in_marks_is_a_name_whole(question, title):
    q = analyze(question)
    assert any(c.kind == "name" and c.text == title for c in q.constraints)


def test_a_long_quotation_is_no_title():
    q = analyze("“가람의 미래를 위해 끝까지 최선을 다하겠다”고 말한 사람은?")
    assert not any(c.kind == "name" and " " in c.text for c in q.constraints)


@pytest.mark.parametrize("question, thing", [
    ("가람 야행 가면 주차할 데 있나요", "주차"),
    ("가람 도서관에 카페 있나요?", "카페"),
    ("나래 축제 주차장 있어요?", "주차장"),
])
def test_the_thing_whose_being_there_is_asked_is_a_subject(question, thing):
    # an article that never speaks of it says neither yes nor no
    assert any(c.kind == "subject" and c.text == thing for c in analyze(question).constraints)
    assert not any(c.kind == "subject" and c.text == "도서관" for c in analyze(question).constraints)


def test_an_event_named_as_a_compound_is_what_the_question_is_about():
    # another article's festival is another event
    q = analyze("나래섬 수선화축제는 며칠부터 며칠까지 해요?")
    assert any(c.kind == "subject" and c.text == "수선화축제" for c in q.constraints)
    assert not any(c.kind == "subject" and c.text == "수선화축제"
                   for c in analyze("수선화축제 가면 뭐 볼 수 있어?").constraints)  # (no time or figure asked)
    # … found by what it is of, too: an article may call it "수제맥주 & 블루스 페스티벌"
    beer = analyze("나래 수제맥주축제 좌석 몇 석으로 늘렸나요")
    assert any(c.kind == "subject" and "수제맥주" in c.forms for c in beer.constraints)


@pytest.mark.parametrize("question, asks, unit", [
    # a measure asked in a unit named with 로 and a verb of converting or telling
    ("가람로 길이 마일로 하면 얼마야", "measure", "마일"),
    ("나래 횡단도로 길이 마일로 알려줘", "measure", "마일"),
    ("가람 공원 면적 헥타르로 환산하면?", "measure", "ha"),
    # (a place or a vehicle with 로 is none: no unit)
    ("시청으로 하면 돼?", "yesno", None),
    ("버스로 알려줘", "yesno", None),
    # (a currency stays a sum)
    ("가람 사업비 달러로 치면 얼마야", "amount", "달러"),
])
def test_a_unit_to_convert_into_is_the_unit_asked(question, asks, unit):
    q = analyze(question)
    assert (q.asks, q.unit) == (asks, unit)


@pytest.mark.parametrize("question, attribute", [
    # places counted where something was held ("몇 곳에서"): not the thing held
    ("가람 캠페인 몇 곳에서 했어요", None),
    ("나래 센터 몇 곳에 설치해?", None),
    # (no particle: the noun before counts, "센터 몇 곳")
    ("나래 센터 몇 곳 있어?", "센터"),
])
def test_places_counted_where_something_was_held(question, attribute):
    assert analyze(question).attribute == attribute


@pytest.mark.parametrize("question, attribute", [
    ("초중고 학생부는 몇 팀 출전해?", "학생부"),  # Kiwi cuts 학생|부: the word as written, not 부
    ("청소년부는 몇 명 나와?", "청소년부"),
    ("일자리는 몇 개야?", "일자리"),  # a word Kiwi keeps whole stays as it is
])
def test_a_one_syllable_noun_glued_to_the_noun_before_is_counted_as_the_word_written(question, attribute):
    # 부 alone ends every group's name (일반부, 재외도민부): the figure of another group would
    # read as labelled by the noun asked
    assert analyze(question).attribute == attribute


@pytest.mark.parametrize("question, by", [
    ("1분기 살인 사건 시도별로는 어디가 제일 많아?", ("시도",)),
    ("이번 보선 연령대별 투표율은 어떻게 돼?", ("연령대",)),
    ("주민등록 인구 남녀 각각 몇 명이야?", ("남녀", "남성", "여성", "남자", "여자")),
    ("참가 선수 중 여자 선수는 몇 명이야?", ("여자", "여성", "여학생")),  # people of one sex counted
    # … said in one word, as what is counted ("신입생 중에 남학생은 몇 명")
    ("가람고 신입생 중에 남학생은 몇 명이야?", ("남학생", "남자", "남성", "남고생")),
    ("여성은 몇 명 참가해?", ("여성", "여자", "여학생")),
    ("여성 고용률은?", ("여성", "여자", "여학생")),  # a rate of one sex: the sex must be said too
    # a fee of one age ("청소년 요금"), not the fare of all
    ("가람~나래 시외버스 청소년 요금은 얼마로 바뀌어?", ("청소년",)),
    ("어린이 입장료는 얼마야?", ("어린이", "아동", "소인")),
    ("어린이 프로그램은 언제 해?", None),
    ("그 여자의 이름은?", None),  # (a person called so is no breakdown)
    # a body's name written with the word ("여성가족부") is no breakdown
    ("여성가족부 다문화가족 예산 중 자녀 교육비에는 얼마가 배정됐어요?", None),
    ("여성새로일하기센터 올해 예산은 얼마야?", None),
    ("특별시 예산은 얼마야?", None),  # 별 inside a word is no breakdown (특별, 개별, 차별)
    ("개별 지원은 얼마야?", None),
    # a unit of one syllable: said by the word itself (or by a list of units, abstain)
    ("동파 신고 210건을 구별로 나누면 어디가 제일 많았어?", ("구별",)),
    ("국립공원 월별 탐방객 수 알려줘", ("월별",)),
])
def test_a_breakdown_asked_must_be_given_by_its_noun(question, by):
    # (abstain.constraint_found: the noun is found near the sentence, or the articles give no
    # such breakdown: "연령대별 투표율" over a sentence giving the turnout alone is declined)
    found = [c.forms for c in analyze(question).constraints if c.kind == "breakdown"]
    assert found == ([by] if by else [])


@pytest.mark.parametrize("question, asks", [
    ("인지상담소는 동마다 며칠씩 운영해?", "duration"),  # how many days each, no day of the month
    ("몇 년씩 지원해?", "duration"),
    ("며칠에 개회했어?", "date"),
])
def test_a_span_asked_each_is_a_duration(question, asks):
    assert analyze(question).asks == asks


def test_the_article_and_its_reporter_are_no_words_to_find_when_its_writer_is_asked():
    words = {c.text for c in analyze("가람일보 폭설 기사 쓴 기자 누구야?").constraints}
    assert "기사" not in words and "기자" not in words and "가람일보" in words
    # … but they are of any other question
    assert "기자" in {c.text for c in analyze("창간 축하연에 기자 몇 명 왔어?").constraints}


def test_a_value_named_with_chi_is_found_by_what_it_is_the_value_of():
    forms = next(c.forms for c in analyze("가람구 어린이집 이용률 목표치가 몇 %였어요?").constraints if c.text == "목표치")
    assert "목표" in forms  # "이용률 올해 목표인 50%"
    assert all(len(f) >= 2 for c in analyze("가람시 정치 일정은?").constraints for f in c.forms)  # 정치 is no value


def test_letters_then_digits_are_a_code_found_as_a_name():
    # "T1" was a figure constraint (1 of a unit T) found in no sentence, so "가람 T1" was never
    # found beside "가람 T1이 받은 상금": a code names a thing, letters first
    for query, code in (("가람 T1이 우승으로 받은 상금은 얼마야?", "T1"), ("G20 회의는 언제 열렸어?", "G20")):
        kinds = {c.text: c.kind for c in analyze(query).constraints}
        assert kinds[code] == "name"
    # a figure with its unit after it stays a figure
    assert {c.text: c.kind for c in analyze("2km 구간 요금은?").constraints}["2km"] == "number"


def test_a_water_level_or_depth_asked_with_eolma_is_a_measure():
    # "지하수위 얼마였어?" is answered by "7.4m", not a sum: 수위 and 수심 are lengths
    for query in ("2008년 전국 평균 지하수위 얼마였어?", "가람호 수심은 얼마야?"):
        assert analyze(query).asks == "measure", query


def test_a_name_cut_into_syllables_after_a_glued_determiner_is_a_name():
    # Kiwi reads a foreign place it does not know as 이 (a determiner) + 반 + 차: "this" is spaced
    # off the noun it points at, so three glued syllables are one name, found as written
    for query in ("가람 이반차 공장 짓는 데 투자한 금액이 얼마야?", "이반차는 어느 나라에 있어?"):
        assert ("name", "이반차") in {(c.kind, c.text) for c in analyze(query).constraints}, query
    # a determiner before a noun, spaced or glued in two syllables, stays a determiner
    for query in ("새차 가격은 얼마야?", "첫해에 몇 명이 왔어?", "이 공장 투자금은 얼마야?"):
        assert not any(c.kind == "name" for c in analyze(query).constraints), query


def test_so_many_of_a_counters_worth_is_a_count_or_a_span():
    assert (analyze("전기차 몇 대분 공급할 수 있어?").asks, analyze("전기차 몇 대분 공급할 수 있어?").unit) == ("count", "대")
    # "몇 년치": so many years' worth, no year
    assert analyze("몇 년치 물량을 확보했어?").asks == "duration"
    assert analyze("몇 년에 물량을 확보했어?").asks == "date"
    # … but 몇 월분 is the bill of a month of the year, as 11월분 건보료 is
    assert analyze("가람 변동분은 몇 월분 건보료부터 반영돼?").asks == "date"


def test_how_many_to_how_many_asks_a_score():
    for query in ("2016 가람컵 결승 세트 스코어 몇 대 몇이었지?", "챔프전 3차전은 몇 대 몇으로 끝났어?"):
        assert analyze(query).asks == "score", query
    assert analyze("가람구 버스 몇 대 있어?").asks == "count"


def test_exports_asked_with_eolma_are_a_sum():
    # "수출은 얼마였어?" is answered by "134억2천만 달러", not by the 65.8% share beside it
    assert analyze("6월 전체 반도체 수출은 얼마였어?").asks == "amount"


def test_a_thing_said_as_heard_is_no_deal():
    # "제일 높은 거래?" is 거 (것) + 이래: no 거래 to find in the articles
    texts = {c.text for c in analyze("작년 가람 자살률이 몇 년 이후로 제일 높은 거래?").constraints}
    assert "거래" not in texts and "작년" in texts
    assert "거래" in {c.text for c in analyze("가람사와 나래사의 거래 금액은?").constraints}


def test_a_sum_asked_in_won_is_asked_in_that_currency():
    question = analyze("9월 가람 반도체 고정거래가 원화로 치면 얼마야?")
    assert (question.asks, question.unit) == ("amount", "원")
    assert analyze("상금은 원화로 얼마야?").unit == "원"


@pytest.mark.parametrize("text", ["가람 기금은 참여 기관이 매년 얼마씩 내자는 거예요?", "가람 기금은 해마다 얼마씩 내는 거야?"])
def test_a_clause_made_a_noun_by_geo_asks_no_noun(text):
    # "…얼마씩 내자는 거예요?": 거 after a verb nominalises the clause the question word asks
    # in; it is no head whose kind the answer must be (and no word the article must say)
    q = analyze(text)
    assert q.asks == "amount" and q.head is None
    assert not any(c.text == "거" for c in q.constraints)
    # (a date asked so keeps 거: the noun before it, 제도, is no event whose date is asked)
    assert not any(c.kind == "subject" and c.text == "제도" for c in analyze("사전투표 제도는 언제 처음 도입된 거예요?").constraints)


def test_a_modifier_of_the_noun_counted_says_which_are_counted():
    # "외국인 방문객은 몇 명": an article never saying 외국인 counts all visitors, not these
    q = analyze("가람축제 외국인 방문객은 몇 명이었어?")
    assert ("subject", "외국인") in [(c.kind, c.text) for c in q.constraints]
    # … and the part of a whole named before 중 / 가운데 is what is counted
    for text in ("가람축제 방문객 중 외지인은 몇 명이었어?", "가람축제 방문객 가운데 외지인은 몇 명이었어?"):
        assert ("subject", "외지인") in [(c.kind, c.text) for c in analyze(text).constraints]
    # (not how much of them: 전체, 총; nor when: 내년도, 연간)
    assert not any(c.kind == "subject" for c in analyze("가람축제 전체 방문객은 몇 명이었어?").constraints)
    assert not any(c.kind == "subject" for c in analyze("가람시는 내년도 국비를 얼마나 확보했어?").constraints)
    # the topic 얼마나 asks of is what the figure is of; a counter's topic may be what has it
    assert ("subject", "지방채") in [(c.kind, c.text) for c in analyze("가람시 추경 재원으로 지방채는 얼마나 발행해?").constraints]
    assert not any(c.kind == "subject" for c in analyze("가람도서관 건물은 몇 층짜리야?").constraints)


def test_base_pay_and_bonus_are_sums():
    # "기본급은 얼마 올리기로 했어?": a wage asked, not a count
    for text in ("가람자동차 기본급은 얼마 올리기로 했어?", "가람자동차 성과급은 얼마야?"):
        assert analyze(text).asks == "amount"


def test_eolmana_said_of_a_sum_asks_money():
    # "국비를 얼마나 확보했어?": how much money (a sum's noun), not how many; 얼마나 of a crowd
    # stays a count
    assert analyze("가람시는 내년도 국비를 얼마나 확보했어?").asks == "amount"
    assert analyze("가람축제에 관광객은 얼마나 왔어?").asks == "count"


def test_deung_after_a_particle_is_the_thing_counted():
    # "남강 일대에 등이 몇 개나": 등 after a particle ends no list (A, B 등): the lamps counted
    assert analyze("가람성이랑 남강 일대에 등이 몇 개나 설치됐어?").attribute == "등"
    assert analyze("사과, 배 등이 몇 개나 팔렸어?").attribute != "등"


def test_the_verb_of_a_condition_is_no_predicate_asked():
    # "2회 추경까지 반영하면 총예산은 얼마가 돼요?": 반영 is assumed, the figure is of no 반영
    assert analyze("2회 추경까지 반영하면 가람시 총예산은 얼마가 돼요?").predicate is None
    assert analyze("가람시 예산은 얼마나 늘었어?").predicate == "늘"


def test_얼마나_before_a_verbal_noun_made_passive_asks_a_quantity_not_a_sum():
    # "얼마나 더 생산됐어?": the quantity produced (30만톤), not money; "얼마나 돼?" still a sum, and
    # a sum's noun as the topic ("월세는 얼마나 지원돼?") keeps it money
    assert analyze("가람 쌀은 수요보다 얼마나 더 생산됐어?").asks == "count"
    assert analyze("가람 자동차는 얼마나 판매됐어?").asks == "count"
    assert analyze("가람시 예산이 얼마나 돼?").asks == "amount"
    assert analyze("가람시 청년 월세는 얼마나 지원돼?").asks == "amount"
    assert analyze("가람시 국비는 얼마나 지원됐어?").asks == "amount"


def test_the_base_of_a_comparison_before_몇_is_not_what_is_counted():
    # "창업기업은 전년 같은 달보다 몇 개 늘었어?": 달 is the base compared with; 기업 is counted
    q = analyze("2019년 1월 가람시 창업기업은 전년 같은 달보다 몇 개 늘었어?")
    assert q.asks == "count" and q.attribute == "기업"
    assert analyze("가람공원 방문객은 지난해 대비 몇 명 늘었어?").attribute == "방문객"
    assert analyze("가람시 인구는 작년보다 몇 명 늘었어?").attribute == "인구"


def test_an_ordinal_counted_in_native_numerals_is_a_constraint():
    # "세 번째 원칙은?": which of a series is asked, as 3번째 and 셋째 would be
    q = analyze("가람어 어휘 선정 세 번째 원칙은?")
    assert [(c.kind, c.text, c.forms) for c in q.hard if c.kind == "number"] == [("number", "세 번째", ("3번째", "세번째", "셋째"))]
    q = analyze("가람 IR Day 첫 번째 행사는 언제 열렸어?")
    assert [c.forms for c in q.hard if c.kind == "number"] == [("1번째", "첫번째", "첫째")]


def test_the_name_asked_for_is_no_subject_to_find():
    # "책 제목이 뭐야?": the title is what is asked, written in marks ("‘한밤중 식당’"), seldom the
    # word 제목 itself — no constraint the article must say
    q = analyze("가람시 올해의 책 아동분야 책 제목이 뭐야?")
    assert "제목" not in [c.text for c in q.hard]


def test_people_a_fee_is_set_for_are_found_in_a_notices_words():
    # "어른 입장료 얼마?" <- "성인(19~64세) … 5000원"
    q = analyze("가람 축제 어른 입장료 얼마예요?")
    assert "성인" in next(c for c in q.hard if c.text == "어른").forms


def test_a_school_year_said_short_is_found_as_written_in_full():
    # "고3 학생 몇 명?" <- "320개 고등학교의 3학년 학생 8만4천700명": 고3 is the third year of high school
    from qa.abstain import figure_found
    from qa.question import squash

    third = next(c for c in analyze("가람시 무상급식 받는 고3 학생이 몇 명이야?").constraints if c.text == "고3")
    assert any(figure_found(f, squash("전체 320개 고등학교의 3학년 학생 8만4천700명은")) for f in third.forms)
    assert not any(figure_found(f, squash("고등학교 1학년 학생 8만 명은")) for f in third.forms)


def test_a_period_is_found_in_the_words_news_writes_it_with():
    # "하루 평균" asked, "일평균" written: the day's mean all the same
    q = analyze("전통시장 한 곳당 하루 평균 매출은 얼마야?")
    day = next(c for c in q.constraints if c.text == "하루")
    assert "일평균" in day.forms and "매일" in day.forms


@pytest.mark.parametrize("question", ["가람동 마트 근처 상수관 공사는 언제까지 해?", "나래역 주변 공원은 언제 열어?"])
def test_a_noun_placing_a_thing_beside_another_is_no_subject(question):
    # "마트 근처", "역 주변": where, by the place named beside it (an article says 앞, 인근 as often);
    # the place named and the thing placed stay constraints
    kinds = {c.text: c.kind for c in analyze(question).constraints}
    assert kinds.get("근처", kinds.get("주변")) == "term"
    assert kinds.get("공사", kinds.get("공원")) == "subject"


def test_the_cost_of_a_thing_is_no_name():
    # "교복비": a compound Kiwi does not know (read as a proper noun) of a common noun and a sum's
    # ending — the cost of school uniforms, which an article says as "교복 구입비", "교복을 지원"
    kinds = {c.text: (c.kind, c.forms) for c in analyze("가람군 교복비 지원 받는 중고생은 몇 명이에요?").constraints}
    assert kinds["교복비"] == ("subject", ("교복비", "교복"))
    # a compound Kiwi knows keeps its own word only
    assert analyze("가람시 교통비 지원은 얼마야?").constraints and all(
        c.forms == ("교통비",) for c in analyze("가람시 교통비 지원은 얼마야?").constraints if c.text == "교통비")


@pytest.mark.parametrize("question, head", [
    # "X 기준" frames the figure by what it is reckoned by: no head, nor its noun
    ("가람연금 선정기준액은 단독가구 기준 얼마야?", "선정기준액"),
    ("4인 가구 기준 월 가스요금은 얼마야?", "가스요금"),
    ("나래카드 누적 이용 건수는 5월 말 기준으로 얼마나 돼?", "건수"),
    # 기준 with its particle is the thing asked
    ("선정 기준은 뭐야?", "기준"),
    ("평가 기준이 뭐예요?", "기준"),
])
def test_a_figures_frame_by_gijun_is_not_the_head(question, head):
    assert analyze(question).head == head


def test_a_frame_by_gijun_names_no_counted_noun_and_a_unit_frame_asks_that_unit():
    # "5월 말 기준으로" frames the figure by a date: the noun counted is 건수, not 기준
    q = analyze("나래카드 누적 이용 건수는 5월 말 기준으로 얼마나 돼?")
    assert (q.head, q.attribute) == ("건수", "건수")
    # "톤 기준으로": reckoned in tons, a measure in that unit
    q = analyze("작년 가람항 전체 물동량은 톤 기준으로 얼마였어?")
    assert (q.asks, q.unit) == ("measure", "t")


@pytest.mark.parametrize("question", ["직장인은 한 달 평균 얼마 더 내게 돼?", "하루 평균 몇 명이 와?"])
def test_a_periods_mean_is_a_rate_not_the_head(question):
    q = analyze(question)
    assert q.head is None and q.asks in ("amount", "count")


@pytest.mark.parametrize("question", ["가람보험 2032년 지출은 얼마로 전망됐어?", "11월 무역수지 흑자는 얼마 났어?",
                                      "나래공사 적자는 얼마야?"])
def test_spending_and_a_balance_are_sums(question):
    assert analyze(question).asks == "amount"


@pytest.mark.parametrize("question, asks, head", [
    ("가람시 신청사 총사업비는 어느 정도로 잡혀 있어요?", "amount", "정도"),  # a sum's topic: a sum
    ("취업률은 어느 정도야?", "percent", "정도"),
    ("수리 비용은 한 해 얼마야?", "amount", "비용"),  # 한 해: the period, not a year asked
    ("관광객은 한 해 몇 명이야?", "count", None),
])
def test_how_much_of_a_topic_and_a_period_said_with_han(question, asks, head):
    q = analyze(question)
    assert (q.asks, q.head) == (asks, head)


def test_a_stretchs_own_noun_is_no_subject_of_its_own():
    # "가람~나래 구간 예산": 구간 names the route, which a sentence may give in brackets
    q = analyze("다온 광역철도 가람~나래 구간 예산은 얼마 잡혔어?")
    assert [c.text for c in q.constraints if c.kind == "route"] == ["가람~나래"]
    assert "구간" not in [c.text for c in q.constraints]


def test_a_disadvantage_is_no_profit():
    # 불이익 is no sum: its 이익 is not the head of a profit asked
    assert analyze("탐방 예약해 놓고 안 가면 어떤 불이익이 있어?").asks != "amount"
    assert analyze("가람뱅크 영업이익은 얼마야?").asks == "amount"


def test_riders_asked_by_eolma_are_counted():
    # "이용객이 … 얼마였어?": people counted, no sum of money
    assert analyze("가람선 연간 이용객이 개통 첫해랑 작년에 각각 얼마였어?").asks == "count"
    assert analyze("가람시 입장료는 얼마야?").asks == "amount"


def test_a_fiscal_year_is_its_year_found_as_news_writes_it():
    # "2024년도 예산" is the year 2024 (a time, found as 2024년 or as an article's 내년도), not a
    # figure "2024년도" to find written so
    year = next(c for c in analyze("가람공사 2024년도 총예산 규모는 얼마였나요?").constraints if c.text == "2024년도")
    assert year.kind == "time" and year.forms[0] == "2024년"


def test_a_bare_year_before_a_name_in_capitals_is_a_year():
    # "2015 BIFF": a year typed without 년 before a name in Latin capitals; "2000 teu" in lower
    # case is a count in a unit
    assert [c.forms[0] for c in analyze("2015 GARAM 결산 기자회견은 어디서 열렸어?").constraints if c.kind == "time"] == ["2015년"]
    assert not any(c.kind == "time" for c in analyze("부두 하나가 2000 teu 넘게 처리해?").constraints)


def test_a_year_written_short_before_a_part_of_the_year_is_that_year():
    # "25년 상반기" is 2025's first half, "99년 11월" 1999's November (the century nearest); "25년
    # 동안" is a span, no year
    short = next(c for c in analyze("25년 상반기 가람시 청약자는 몇 명이야?").constraints if c.text == "25년")
    assert short.kind == "time" and short.forms == ("2025년", "25년")
    assert next(c for c in analyze("99년 11월 가람 파티는 어디서 열렸나?").constraints if c.text == "99년").forms[0] == "1999년"
    assert next(c for c in analyze("가람 다리는 25년 동안 몇 번 고쳤어?").constraints if c.text == "25년").forms == ("25년",)


def test_a_time_of_the_event_before_the_one_asked_is_no_time_of_the_answer():
    # "1980년도에 중단된 후 언제 재발매": 1980 dates the event before; the answer is another year,
    # said beside it, so the year is only a figure to find near, not the answer's own time
    q = analyze("가람 기타는 1980년도에 제작이 중단된 후 언제 재발매 되었는가?")
    assert [c.kind for c in q.constraints if c.text == "1980년도"] == ["number"]
    assert [c.kind for c in analyze("가람 기타는 1980년도에 언제 재발매 되었는가?").constraints if c.text == "1980년도"] == ["time"]


def test_a_policy_named_by_its_date_is_one_name():
    # "1·29 방안": a month and a day with a middle dot, a word of its own, name the plan; the
    # article may write the dot as a full stop. "3·4호기" and "2·3위" number items of a series
    q = analyze("1·29 방안에서 개발되는 가람 부지 면적은 얼마인가요?")
    named = [c for c in q.constraints if c.text == "1·29"]
    assert named and named[0].kind == "name" and "1.29" in named[0].forms
    assert not any(c.kind == "number" and c.text in ("1", "29") for c in q.constraints)
    assert not any(c.text == "3·4" for c in analyze("가람 3·4호기 총사업비는?").constraints)
    assert not any(c.kind == "name" for c in analyze("평점 3.5 이상인 가람 식당은?").constraints if "3" in c.text)


def test_a_volume_is_a_word_ending_in_량_of_an_action():
    from qa.question import volume_noun

    assert volume_noun("물동량") and volume_noun("생산량") and volume_noun("처리량")
    # 역량, 차량, 교량 are words of their own: "핵심역량은 무엇이야?" asks a thing, as it did
    assert not any(volume_noun(w) for w in ("핵심역량", "철도차량", "노후차량", "교량"))
    assert analyze("가람시가 강조한 핵심역량은 무엇이야?").asks == "entity"


def test_a_volume_asked_is_said_by_its_action():
    # "전력 생산량은?" over "연간 234GW의 전력을 생산": the volume asked is the head, not a word to find
    q = analyze("가람해상풍력 연간 전력 생산량은 얼마로 소개됐어?")
    assert q.asks == "measure" and "생산량" not in [c.text for c in q.constraints]


def test_a_plan_is_no_word_an_article_must_say():
    # "완공 목표 연도는?" over "2031년까지 완공할 계획": 목표, 계획, 예정 say the same of a plan
    q = analyze("가람단지 완공 목표 연도는?")
    assert [c.kind for c in q.constraints if c.text == "목표"] in ([], ["term"])
    assert not [c for c in q.hard if c.text == "목표"]


def test_a_request_to_tell_asks_by_its_noun_and_is_no_word_to_find():
    # "정비구역들 전부 나열해줘" asks the items, "과정 설명해 주세요" a description; 나열, 설명 are
    # what the asker wants done, no word an article says
    q = analyze("가람시가 올해 착공하는 정비구역들 전부 나열해줘")
    assert q.asks == "list" and "나열" not in [c.text for c in q.constraints]
    q = analyze("가람시 예산 편성 과정 설명해 주세요")
    assert q.asks == "description" and "설명" not in [c.text for c in q.constraints]
    # … while a telling in a clause is about what the question asks of: "시장이 소개해 준 식당"
    q = analyze("시장이 소개해 준 식당 이름은?")
    assert q.asks == "entity" and "소개" in [c.text for c in q.constraints]
    assert "정리" in [c.text for c in analyze("자료를 정리해 보면 총 몇 건이야?").constraints]
    # (… and said twice, the other is the topic's: "토지 정리 사업 결과 정리해줘")
    assert "정리" in [c.text for c in analyze("가람시 토지 정리 사업 결과 정리해줘").constraints]
    assert analyze("가람시 예산 편성 과정 설명해 주실 수 있나요?").asks == "description"


def test_how_many_machines_in_gi_said_by_a_verb_is_a_count():
    # "발전기가 몇 기 들어가?": 기 counts machines when a verb or a case particle follows; before a
    # noun it names a cohort ("몇 기 졸업생")
    assert (analyze("풍력발전기가 몇 기 들어가?").asks, analyze("풍력발전기가 몇 기 들어가?").unit) == ("count", "기")
    assert analyze("원전 몇 기가 있어?").asks == "count"
    assert analyze("몇 기 졸업생이야?").asks == "ordinal"
    assert analyze("제 몇 기가 졸업했나?").asks == "ordinal"
    # (호 names a series as often: "태풍 몇 호가 상륙했어?")
    assert analyze("태풍 몇 호가 상륙했어?").asks == "ordinal"
    assert analyze("몇 호 태풍이야?").asks == "ordinal"


def test_a_request_names_its_head_as_written_whole():
    # "가람카드 발행액 알려줘": Kiwi reads 발행 + 액, and the word written whole is the head, a sum
    q = analyze("가람카드 2024년 발행액 알려줘")
    assert (q.asks, q.head) == ("amount", "발행액")
    assert analyze("센터 위치 알려 주세요").asks == "place"


def test_one_syllable_pieces_glued_with_a_bound_noun_are_one_word():
    # Kiwi cuts a name it does not know into one-syllable pieces with a bound noun among them:
    # "현내천" (beside 금산군) is 현 + 내 + 천, "용호행복주택" is 용 + 호 + 행복 + 주택; the word is
    # kept whole, not its nouns with the bound one dropped (현천, or 용 too short to find)
    q = analyze("금산군 현내천 실시설계는 언제 끝나?")
    assert "현내천" in [c.text for c in q.constraints] and "현천" not in [c.text for c in q.constraints]
    q = analyze("부산 용호행복주택 전용면적은 얼마야?")
    assert "용호" in [c.text for c in q.constraints]
    # nouns of one syllable glued with no bound noun stay the one word they make
    assert [c.text for c in analyze("쌀값은 얼마야?").constraints] == ["쌀값"]


def test_how_roughly_a_count_is_asked_counts_nothing():
    # "몇 개 정도야?": 정도 is how roughly, and what is counted is the noun before
    q = analyze("가람도 내 자율관리공동체는 몇 개 정도야?")
    assert q.asks == "count" and q.unit == "개" and q.attribute == "공동체"
    assert analyze("몇 개 사업이야?").attribute == "사업"


def test_which_day_an_event_of_a_day_happens():
    # "며칠 시행돼?" asks the day it starts; "며칠 운영해?" how many days it runs
    assert analyze("가람 개정안은 며칠 시행돼?").asks == "date"
    assert analyze("가람 시장 며칠 개장해?").asks == "date"
    assert analyze("가람 축제는 며칠 운영해?").asks == "duration"
    assert analyze("며칠 지원받아요?").asks == "duration"


def test_an_arrow_between_two_places_names_both():
    # "가람역→나래역 요금은?": from one to the other, each a name of its own
    q = analyze("심야에 가람역→나래역 택시 요금 얼마?")
    assert {"가람역", "나래역"} <= {c.text for c in q.constraints if c.kind == "name"}
    assert {"가람역", "나래역"} <= {c.text for c in analyze("가람역->나래역 요금은?").constraints}


def test_a_round_is_counted_by_its_ordinal_too():
    # "4차 공동 수거" is the article's "4번째 공동 활동" (or "네 번째")
    forms = next(c.forms for c in analyze("4차 공동 수거는 어디서 했어?").constraints if c.text == "4차")
    assert {"4차", "4회", "4번째", "네번째"} <= set(forms)


def test_an_unknown_name_before_a_known_kind_is_a_name():
    # "다온쉼터": Kiwi does not know it; 쉼터 is a kind it knows, 다온 a word it does not
    assert ("name", "다온쉼터") in {(c.kind, c.text) for c in analyze("가람 다온쉼터 지을 때 국비는 얼마 받았나요?").constraints}
    # (a known noun before the kind is a common compound: 치매쉼터 is 치매 + 쉼터)
    assert all(c.kind != "name" for c in analyze("치매쉼터 몇 곳이야?").constraints)


def test_a_place_office_that_spoke_is_its_holder():
    # "발언한 충주시장은?": a market neither speaks nor attends; the mayor is asked, by name
    assert analyze("충주 쉼터 개소 관련해서 발언한 충주시장은?").asks == "person"
    assert analyze("충주시장 어디에 있어?").asks != "person"


def test_a_span_repeated_is_asked_by_its_length():
    # "몇 년 단위로 받나요?", "몇 년 주기로": how many years each time, no year
    q = analyze("가람시는 빈집 주인한테 사용동의서를 몇 년 단위로 받나요?")
    assert q.asks == "duration" and q.unit == "년"
    assert analyze("계약은 몇 년 주기로 갱신해?").asks == "duration"
    assert analyze("몇 년에 개최됐나").asks == "date"


def test_ordinals_listed_with_a_dot_are_each_a_figure_to_find():
    # "3·4등급 빈집이 차지하는 비율은?": 3등급 and 4등급, not a bare 3
    q = analyze("가람에서 3·4등급 빈집이 전체에서 차지하는 비율은?")
    numbers = {c.text for c in q.constraints if c.kind == "number"}
    assert {"3등급", "4등급"} <= numbers and "3" not in numbers


def test_review_round_50_question_readings():
    # a thousands comma is no list of ordinals ("분묘 1,200기"); a particle may follow the counter
    numbers = {c.text for c in analyze("가람묘지 분묘 1,200기 중 이장된 건 몇 기야?").constraints if c.kind == "number"}
    assert "1기" not in numbers and "200기" not in numbers
    numbers = {c.text for c in analyze("가람의 3·4등급이 차지하는 비율은?").constraints if c.kind == "number"}
    assert {"3등급", "4등급"} <= numbers
    # "몇 년 단위로": 단위 is no noun counted
    assert analyze("가람시는 사용동의서를 몇 년 단위로 받나요?").attribute != "단위"
    # a verb with a subject of its own is not the office's ("관광객이 언급한 가람시장": a market)
    assert analyze("관광객이 많이 언급한 충주시장은?").asks != "person"
    # a festival is held, a discount applies over days: "며칠 개최돼?" asks how many
    assert analyze("가람 축제는 며칠 개최돼?").asks == "duration"


def test_a_size_takes_the_kind_of_the_noun_it_sizes():
    # "예산 규모는?" asks a sum (a year range or a count does not answer it); "행사 규모는?" a count
    assert analyze("가람시 올해 예산 규모는?").asks == "amount"
    assert analyze("나래 축제 행사 규모는?").asks == "count"


def test_the_count_of_a_list_asked_is_its_gaji_whatever_count_comes_before():
    from qa.question import list_count

    assert list_count("가람구에서 철거한 빈집 32개는 뭘로 바뀌었는지 4가지 알려줘") == (4, "4가지")
    assert list_count("4대 전략은?") == (4, "4대")


def test_a_glued_name_kiwi_cuts_into_adverbs_is_a_body_to_find():
    q = analyze("가람군 다함께돌봄센터 운영시간은 어떻게 돼?")
    assert ("subject", "다함께돌봄센터") in [(c.kind, c.text) for c in q.constraints]
    # (nouns only are left to the compounds the articles write)
    assert "행정복지센터" not in [c.text for c in analyze("가람구 행정복지센터 어디야?").constraints if c.kind == "subject"]


def test_money_itself_is_a_sum_asked_only_with_no_question_word():
    assert analyze("가람시장 신설에 드는 돈은?").asks == "amount"
    assert analyze("남는 돈을 무엇으로 보관하는가?").asks == "entity"  # in what form, no sum


def test_a_phrase_typed_without_spaces_is_no_body_name():
    assert not any(c.kind == "subject" and c.text == "새로생긴복지관"
                   for c in analyze("가람동에 새로생긴복지관 이름이 뭐야?").constraints)


def test_years_of_an_agreement_are_a_span():
    # "몇 년 임대계약": how long the lease runs, as "임기 몇 년"; with 까지, 에 or 부터, a year
    assert analyze("가람 공방 입주 청년은 몇 년 임대계약을 맺나요?").asks == "duration"
    assert analyze("가람 상가 계약 몇 년이야?").asks == "duration"
    assert analyze("가람 상가 임대계약 몇 년까지야?").asks == "date"
    assert analyze("가람 상가 임대계약 몇 년부터야?").asks == "date"
    assert analyze("가람 상가 몇 년에 임대했어?").asks == "date"


def test_originally_and_inside_are_no_constraint():
    # a speaker's 원래 (news writes 당초 or nothing) and 안 ("…단지 안에 있는") are found in no sentence
    q = analyze("가람페이 원래 가입 목표는 몇 명이었어?")
    assert "원래" not in {c.text for c in q.constraints}
    q = analyze("가람 산업단지 안에 있는 창업센터 면적 알려줘")
    assert "안" not in {c.text for c in q.constraints}


def test_years_asked_after_a_span_noun_are_a_span():
    # "존속기간 몇 년이야?": the noun right before, no particle, is a span (as "기간은 몇 년")
    assert analyze("가람 조합 존속기간 몇 년이야?").asks == "duration"
    assert analyze("가람 조합 존속기간 몇 년까지야?").asks == "date"
    assert analyze("가람 조합 존속기간 몇 년부터야?").asks == "date"


def test_a_noun_glued_to_digits_is_a_name():
    # "뉴스1 기사 쓴 기자": the outlet's name, found as written — no figure 1 to find
    q = analyze("가람 축제 소식 뉴스1 기사 쓴 기자는 누구야?")
    assert ("name", "뉴스1") in [(c.kind, c.text) for c in q.constraints]
    q = analyze("코로나19 확진자 몇 명?")
    assert ("name", "코로나19") in [(c.kind, c.text) for c in q.constraints]
    # (an ordinal with 제, a step, stay figures)
    assert ("number", "제2") in [(c.kind, c.text) for c in analyze("제2 터미널 언제 열어?").constraints]
    assert ("number", "2단계") in [(c.kind, c.text) for c in analyze("2단계 사업비는?").constraints]


def test_the_particle_after_a_units_sign_is_the_question_words():
    assert analyze("할인율 몇 %로 올라?").particle == "로"
    assert analyze("몇 ㎡로 넓혀?").particle == "로"
    assert analyze("몇 km까지 연장해?").particle == "까지"
    assert analyze("몇 %야?").particle is None


def test_built_said_as_kiwi_misreads_it_is_the_verb_build():
    # Kiwi reads "어디에 지었어" as 지/VX + 었: an auxiliary opens no word, and 지다's past is 졌
    assert analyze("가람군 센터는 어디에 지었어?").predicate == "짓"
    assert analyze("가람군 센터는 어디에 지었나요?").predicate == "짓"
    assert analyze("가람군 센터는 어디에 지어졌어?").predicate == "짓"
    # (an auxiliary after a verb is one: "만들어졌어" keeps 만들)
    assert analyze("가람군 센터는 언제 만들어졌어?").predicate == "만들"


def test_places_counted_and_asked_by_their_names_are_a_list():
    assert analyze("가람선에 새로 생긴 역 3곳 이름 알려줘").asks == "list"
    assert analyze("가람선 새 역 세 곳 이름이 뭐야?").asks == "list"
    assert analyze("나래역 이름 알려줘").asks == "entity"


def test_a_lines_extent_is_a_length():
    # 연장 (총연장) measures a road or a line: "얼마" asks its length, not a count
    assert analyze("가람선 총연장은 얼마인가요?").asks == "measure"
    assert analyze("가람선 연장은 얼마야?").asks == "measure"
    assert analyze("운영 기간 연장은 언제야?").asks == "date"
    # … a period made longer is no length
    assert analyze("지원 기간 연장은 얼마나 돼?").asks != "measure"
    assert analyze("운행 연장은 얼마나 돼?").asks != "measure"


def test_a_count_named_on_the_way_to_a_posts_name_asked_is_no_list():
    # "공원 197개 조성 발표 때 … 가람시장 이름 알려줘": one person's name is asked; the count is of
    # what was done
    q = analyze("가람 공원 197개 조성 발표 때 녹색복지 얘기한 가람시장 이름 알려줘")
    assert q.asks == "person" and q.count is None
    # (a count of items asked stays a list: "5개 분야 이름 알려줘", "4가지 알려줘")
    assert analyze("가람시 5개 분야 이름 알려줘").asks == "list"
    assert analyze("가람시장이 말한 과제 4가지 알려줘").asks == "list"


def test_a_deputys_post_is_a_person():
    # 부원장, 부행장: the deputy of a post is a person, as 부시장 is
    assert head_kind("부원장") == "person" and head_kind("부행장") == "person"
    assert head_kind("부품") != "person"


def test_a_count_of_the_post_holders_asked_stays_a_list():
    # "5개 자치구 구청장 이름 알려줘": five holders, a list (no predicate between the count and them)
    q = analyze("가람시 5개 자치구 구청장 이름 알려줘")
    assert q.asks == "list" and q.count == (5, "5개")


def test_a_list_asked_for_by_its_noun_asks_every_item():
    # "2층에 갖춘 시설 목록 알려줘", "시설 목록은?": the items, as "어디 어디야?" asks; 목록 is no word
    # an article writes beside them
    for text in ("가람센터 2층에 갖춘 시설 목록 알려줘", "가람센터 시설 목록은?", "참여 기관 리스트 알려줘"):
        q = analyze(text)
        assert q.asks == "list", text
        assert not any(c.text in ("목록", "리스트") for c in q.constraints), text


def test_years_a_thing_is_spread_over_ask_a_span_not_a_year():
    # "몇 년에 걸쳐 진행돼?" asks how long ("10년간 3단계에 걸쳐"); "몇 년에 개최됐나?" which year
    q = analyze("가람산단 재생사업은 몇 년에 걸쳐 진행돼?")
    assert (q.asks, q.unit) == ("duration", "년")
    assert analyze("가람축제는 몇 년에 개최됐나?").asks == "date"


def test_a_sum_is_not_what_a_counter_counts():
    # "…추가 지원금 몇 대까지 지원해줘?" (a follow-up made whole after a question of the grant): the
    # cars are counted, not the grant; "외국인 방문객은 몇 명" keeps its noun
    q = analyze("그거 몇 대까지 지원해줘?", "가람시에서 화물차 새로 사면 추가 지원금 몇 대까지 지원해줘?", "몇 대까지 지원해줘?")
    assert (q.asks, q.unit, q.attribute) == ("count", "대", None)
    assert analyze("외국인 방문객은 몇 명이야?").attribute == "방문객"


def test_a_list_noun_not_asked_for_is_a_word_to_find():
    # "목록 공개는 언제야?": 목록 is what the question is about, no list requested
    assert "목록" in [c.text for c in analyze("가람시 문화재 목록 공개는 언제야?").constraints]


@pytest.mark.parametrize("question, unit", [
    ("가람조리원 증축하면 모자동실 몇 실 생겨?", "실"),  # Kiwi: 시 + ㄹ, an object particle
    ("나래센터 공용장비는 몇 종인가요?", "종"),  # Kiwi: 종이 (paper) + 이
    ("가람조리원 객실은 몇 실이야?", "실"),
    ("몇 종이야?", "종"),
])
def test_a_counter_after_how_many_is_read_as_written(question, unit):
    q = analyze(question)
    assert (q.asks, q.unit) == ("count", unit)


def test_an_hour_after_how_many_stays_an_hour():
    # (시를 is 시 + 를, not a syllable cut in two: "몇 시를 넘기면" asks an hour still)
    assert (analyze("몇 시를 넘기면 안 돼?").asks, analyze("몇 시에 문 열어?").unit) == ("date", "시")


def test_the_noun_of_a_speakers_verb_is_no_word_to_find():
    # "김민수 장관이 말한 물량": 말 is how he said it (a quote, as often), not a word of the sentence
    q = analyze("김민수 장관이 말한 가람란 수입 물량은 몇 개인가요?")
    kinds = {c.text: c.kind for c in q.constraints}
    assert kinds.get("김민수") == "speaker" and "말" not in kinds and kinds.get("물량") == "term"
    # (with no speaker, a verbal noun is a word asked as before: "발표한 예산")
    assert "발표" in {c.text for c in analyze("가람시가 발표한 예산은 얼마야?").constraints}


def test_the_place_noun_of_a_place_asked_is_no_word_to_find():
    # "추가로 여는 곳은 어디 권역이에요?": 곳 stands for the place asked (the head is 권역)
    q = analyze("가람군이 직매장을 추가로 여는 곳은 어디 권역이에요?")
    assert q.asks == "place" and "곳" not in {c.text for c in q.constraints}
