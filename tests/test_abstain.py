"""qa.abstain: constraints are checked around the chosen sentence, not over the corpus."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

import numpy as np

from qa.abstain import Check, Surroundings, Verdict, check, decide, figures_of_kind, found, missing_text, needs_value, wants_value
from qa.figures import figures
from qa.params import Params
from qa.question import analyze, squash
from qa.types import Chunk, Document, Sentence
from qa.select import date_bound, frame_year_only

P = Params()


@dataclass
class FakeStore:
    """A SentenceStore over one or more short documents (one sentence a line)."""

    docs: list

    def __post_init__(self):
        self.rows = []
        for d in self.docs:
            pos = 0
            for line in d.text.split("\n"):
                start = d.text.index(line, pos) if line else pos
                if line.strip():
                    self.rows.append(Sentence(d.doc_id, len(self.rows), start, start + len(line), line))
                pos = start + len(line)

    def __len__(self):
        return len(self.rows)

    def sentence(self, gid):
        return self.rows[gid]

    def tokens(self, gid):
        from qa.korean import tokenize

        return tokenize(self.rows[gid].text)

    def vectors(self, gids):
        return np.zeros((len(gids), 4), np.float32)

    def doc_id(self, gid):
        return self.rows[gid].doc_id

    def document(self, doc_id):
        return next(d for d in self.docs if d.doc_id == doc_id)

    def sentence_ids(self, chunk: Chunk):
        return range(len(self.rows))

    def documents(self):
        return self.docs

    def first_sentence(self, doc_id):
        return next(i for i, r in enumerate(self.rows) if r.doc_id == doc_id)


BUSAN = Document("a", "부산시, 디지털산업 육성 계획 발표",
                 "부산시는 2021년 디지털산업 육성 계획을 발표했다.\n총 사업비는 6,699억 원이다.\n"
                 "시는 5년간 5천 명의 인재를 양성한다.\n\n다른 문단에서 서울의 사례도 소개했다.")


def idf(word):
    return 1.0


def test_weekdays_and_evenings_are_found_as_opening_hours_write_them():
    # "평일에는 저녁 몇 시까지 열어요?" <- "매주 화∼금요일 오전 9시부터 오후 9시까지": 평일 said by
    # the days it spans, 저녁 by the half of the day the hour is in
    doc = Document("h", "가람도서관 개관", "가람도서관이 25일 개관식을 열었다.\n"
                   "개관 시간은 매주 화∼금요일 오전 9시부터 오후 9시까지, 주말은 오전 9시부터 오후 6시까지다.")
    got = check(analyze("가람도서관 평일에는 저녁 몇 시까지 문 열어요?"), FakeStore([doc]), 1, P, idf)
    assert got.missing == () and got.coverage > 0.5


def test_names_years_and_figures_must_be_found_near_the_sentence():
    store = FakeStore([BUSAN])
    ok = check(analyze("부산시 디지털산업 총 사업비는 얼마야?"), store, 1, P, idf)
    assert ok.missing == () and ok.hard_share == 1.0
    other_city = check(analyze("광주시 디지털산업 사업비는 얼마야?"), store, 1, P, idf)
    assert [c.text for c in other_city.missing] == ["광주시"]
    other_year = check(analyze("2019년 디지털산업 사업비는?"), store, 1, P, idf)
    assert [c.text for c in other_year.missing] == ["2019년"]
    # a name in another paragraph is not "around" the sentence unless the scope is the document
    seoul = analyze("서울 사업비는?")
    assert check(seoul, store, 1, P.with_(window=1, name_scope="paragraph"), idf).missing
    assert not check(seoul, store, 1, P.with_(window=1, name_scope="document"), idf).missing
    # (서울시, a city as 부산시 is, is missing whatever the scope: the sentence before opens with
    # 부산시, whose sum this is)
    assert check(analyze("서울시 사업비는?"), store, 1, P.with_(window=1, name_scope="document"), idf).missing


def test_a_sentence_giving_another_part_of_the_year_is_not_about_the_part_asked():
    # the neighbour names the quarter asked; the sentence gives the one before it
    quarters = Document("q", "가람엔터 실적", "가람엔터는 3분기 영업이익을 318억 원으로 집계했다.\n"
                        "회사는 4분기에는 신작 발매로 실적이 나아질 것으로 내다봤다.\n"
                        "가람엔터의 4분기 영업이익은 3분기 대비 26% 늘어난 402억 원이다.\n"
                        "올해 상반기 공연 티켓 판매액은 5천억원이다.\n"
                        "가람엔터는 1~3분기 누적 영업이익이 1천억 원이라고 밝혔다.")
    store = FakeStore([quarters])

    def missing(question: str, gid: int) -> list[str]:
        return [c.text for c in check(analyze(question), store, gid, P, idf).missing]

    assert missing("가람엔터 4분기 영업이익은 얼마야?", 0) == ["4분기"]
    assert missing("가람엔터 4분기 영업이익은 얼마야?", 2) == []  # names both: 3분기 is what it compares with
    assert missing("가람엔터 3분기 영업이익은 얼마야?", 0) == []
    assert missing("가람엔터 3분기 누적 영업이익은 얼마야?", 4) == []  # a span of quarters holds the third
    # a half of the year is a part too, asked as a soft word
    assert missing("올해 하반기 공연 티켓 판매액은 얼마야?", 3) == ["하반기"]
    assert missing("올해 상반기 공연 티켓 판매액은 얼마야?", 3) == []
    # a sentence naming no part is of the part its neighbours name, when they name no other
    halves = FakeStore([Document("h", "가람시 도시재생", "올해 하반기 도시재생사업으로 9곳이 새로 선정됐다.\n"
                                 "국토교통부에 따르면 가람구 등 총 9곳이 사업지로 선정됐다.")])
    assert [c.text for c in check(analyze("올해 상반기 도시재생사업은 몇 곳 선정됐어?"), halves, 1, P, idf).missing] == ["상반기"]
    assert check(analyze("올해 하반기 도시재생사업은 몇 곳 선정됐어?"), halves, 1, P, idf).missing == ()


def test_aliases_and_typos_are_found():
    assert found("부산", "부산광역시는")
    assert found("에코델타씨티", "에코델타시티조성", 0.8)  # one letter wrong in six
    assert not found("에코델타씨티", "에코델타시티조성", 1.01)
    # in a word of four, a misspelt letter is a jamo or two off; a whole letter changed is another
    # place (동구 is not 서구)
    assert found("아카대미", "부산아카데미개원", 0.8)
    assert not found("가람동구", "가람서구신청사", 0.8)
    assert found("뉘르부르크링이", "뉘르부르크링의역사")  # a particle Kiwi left on the name
    assert not found("서울", "부산광역시")
    # a name with a number in it is found as written: one digit off is another thing
    assert not found("kau21", "kau22가격은", 0.8) and found("kau22", "kau22가격은", 0.8)
    q = analyze("부산광역시 사업비는 얼마?")
    assert not check(q, FakeStore([BUSAN]), 1, P, idf).missing  # 부산광역시 -> 부산


def test_a_year_said_once_for_the_paragraph_is_found_when_so_fitted():
    doc = Document("y", "정치인", "그해 그는 장관에 올랐다.\n2005년 정국은 혼란스러웠다.\n여러 일이 있었다.\n"
                   "5월 21일 그는 장관직을 사퇴했다.")
    q = analyze("2005년 5월 21일 장관직을 사퇴한 정치인은?")
    near = check(q, FakeStore([doc]), 3, P.with_(window=1, time_scope="near"), idf)
    assert [c.text for c in near.missing] == ["2005년"]
    wide = check(q, FakeStore([doc]), 3, P.with_(window=1, name_scope="paragraph", time_scope="wide"), idf)
    assert not wide.missing


def test_misspelt_names_are_found_letter_by_letter():
    # one letter (jamo) off in a name of three syllables or more
    assert found("훗카이도", "홋카이도의구리야마정", 0.8)
    assert found("호킨슨", "조지안호킨스가다니던", 0.8)
    assert not found("호킨슨", "조지안호킨스가다니던", 1.01)
    # the stem of 광주시 is 광주: two syllables, and 경주 is another city
    q = analyze("광주시 디지털산업 사업비는 얼마야?")
    gyeongju = Document("g", "경주시, 디지털산업 계획", "경주시는 디지털산업 사업비로 100억 원을 쓴다.")
    assert [c.text for c in check(q, FakeStore([gyeongju]), 0, P, idf).missing] == ["광주시"]
    assert not found("부안", "부산시는", 0.8)
    # a two-syllable name misspelt right beside a name found whole is that name
    tedd = Document("t", "테드 번디", "테드 번디는 1946년 11월 24일 태어났다.")
    q = analyze("테디 번디가 태어난 날짜는?")
    assert not check(q, FakeStore([tedd]), 0, P, idf).missing
    q = analyze("테디가 태어난 날짜는?")
    assert check(q, FakeStore([tedd]), 0, P, idf).missing
    # a two-digit year is the year people mean
    q = analyze("62년 출시한 기타의 이름은?")
    fender = Document("f", "기타", "1962년에 출시한 재규어는 인기가 없었다.")
    assert not check(q, FakeStore([fender]), 0, P, idf).missing


def test_decide_needs_every_constraint_enough_words_and_the_value():
    q = analyze("광주시 디지털산업 사업비는 얼마야?")
    missing = check(q, FakeStore([BUSAN]), 1, P, idf)
    v = decide(q, 0.95, missing, True, P)
    assert not v.answered and v.reason == "constraint"
    assert "광주시" in missing_text(q, v) and "찾지 못했습니다" in missing_text(q, v)
    # a word missing as a subject and as a breakdown is named once
    q = analyze("가람~나래 시외버스 청소년 요금은 얼마로 바뀌어?")
    teen = tuple(c for c in q.constraints if c.text == "청소년")
    assert len(teen) == 2
    assert missing_text(q, Verdict(False, "constraint", teen)).count("청소년") == 1
    # a general head ("몇 명 정도예요?" -> 정도) names no attribute of the missing word
    q = analyze("가람군 교복 지원 받는 70세 어르신은 몇 명 정도예요?")
    seventy = tuple(c for c in q.constraints if c.text == "70세")
    assert missing_text(q, Verdict(False, "constraint", seventy)) == "수집된 문서에서 「70세」에 대한 내용을 찾지 못했습니다."
    q = analyze("부산시 디지털산업 사업비는 얼마야?")
    full = Check(1.0, 1.0, ())
    assert decide(q, 0.95, full, True, P).answered
    assert decide(q, 0.95, full, False, P).reason == "value"  # asked for a sum, none in the sentence
    assert decide(q, P.dense_floor - 0.01, full, True, P).reason == "far"
    assert decide(q, 0.95, Check(1.0, P.coverage_min - 0.01, ()), True, P).reason == "coverage"


def test_a_subject_noun_said_in_other_words_does_not_decline_a_very_close_value():
    # "독일인들이 부른 애칭은?" over "독일 사람들이 … 차붐이라는 애칭으로 불렀다": only a subject noun
    # is missing, the sentence holds the value and is as close as a sentence taken without one
    p = P.with_(dense_unvalued=0.9)
    q = analyze("가람 지원금을 받는 도민은 몇 명이에요?")
    subject = next(c for c in q.constraints if c.kind in ("subject", "term") and c.text == "도민")
    subject = replace(subject, kind="subject")
    missing = Check(0.5, 1.0, (subject,))
    assert decide(q, 0.95, missing, True, p, top_dense=0.92).answered
    assert decide(q, 0.95, missing, True, p, top_dense=0.88).reason == "constraint"  # not close enough
    assert decide(q, 0.95, missing, False, p, top_dense=0.92).reason == "constraint"  # no value in it
    # a name is never said in other words
    name = next(c for c in analyze("광주시 디지털산업 사업비는 얼마야?").constraints if c.kind == "name")
    assert decide(q, 0.95, Check(0.5, 1.0, (name,)), True, p, top_dense=0.95).reason == "constraint"
    # the noun of a date asked names the event: another event's date does not answer
    d = analyze("참여 신청은 언제까지 받아?")
    event = replace(next(c for c in d.constraints if c.text == "신청"), kind="subject")
    assert decide(d, 0.95, Check(0.5, 1.0, (event,)), True, p, top_dense=0.95).reason == "constraint"


def test_which_questions_need_a_figure():
    assert needs_value(analyze("활주로 길이는 몇 미터?"), P)
    assert needs_value(analyze("찬성은 몇 표?"), P.with_(value_required=("count",)))
    assert not needs_value(analyze("얼마나 많은 기업이 참여하나요?"), P.with_(value_required=("count",)))
    # a person question needs a person (a name, or the title that names one) when so fitted
    assert needs_value(analyze("그 상을 받은 사람은 누구인가요?"), P.with_(value_required=("person",)))
    assert not needs_value(analyze("그 상을 받은 사람은 누구인가요?"), P.with_(value_required=("amount",)))
    # … and always when it asks the holder of a body's post (test_the_holder_of_a_bodys_post_must_be_named)
    assert needs_value(analyze("단장은 누구인가요?"), P.with_(value_required=("amount",)))
    assert needs_value(analyze("국제학교 이름이 뭐예요?"), P.with_(value_required=("name",)))


def test_a_sentence_without_the_value_wanted_must_be_very_close():
    p = P.with_(dense_unvalued=0.9)
    full = Check(1.0, 1.0, ())
    q = analyze("보고회는 언제 열렸나요?")
    assert wants_value(q)
    assert decide(q, 0.95, full, False, p, top_dense=0.88).reason == "value"
    assert decide(q, 0.95, full, False, p, top_dense=0.92).answered
    assert decide(q, 0.95, full, True, p, top_dense=0.88).answered  # it holds a date
    assert not wants_value(analyze("사업은 어떻게 진행되나요?"))
    assert wants_value(analyze("그린데이터센터는 부산 어느 구에 지어져?"))  # ○○구
    # a time asked as 때, 시기, 시점 is a phrase as often as a date ("잘못된 수가 두어지기 전으로")
    assert not wants_value(analyze("기물이 잘못 놓였으면 어느 시점으로 게임을 되돌려?"))
    assert not wants_value(analyze("서킷이 황금기에 접어든 시기는?"))
    assert wants_value(analyze("서킷이 황금기에 접어든 해는?"))  # a year is a figure


def test_a_value_of_another_event_does_not_answer():
    doc = Document("j", "조두순 사건", "조두순은 2008년 12월 범행을 저질렀다.\n그는 2009년 징역 12년을 선고받았다.\n"
                   "재판부는 양형 기준을 설명했다.\n이후 여론이 들끓었다.")
    store = FakeStore([doc])
    q = analyze("조두순은 몇 년도에 출소했나요?")
    assert q.predicate == "출소"
    chk = check(q, store, 1, P, idf)
    assert chk.predicate_distance is None  # 출소 is nowhere near the sentence
    assert decide(q, 0.95, chk, True, P.with_(predicate_scope=1)).reason == "predicate"
    assert decide(q, 0.95, chk, True, P.with_(predicate_scope=-1)).answered  # when not checked
    q = analyze("조두순은 몇 년도에 선고받았나요?")
    assert check(q, store, 1, P, idf).predicate_distance == 0
    assert check(q, store, 2, P, idf).predicate_distance == 1


def test_english_questions_are_judged_on_similarity_alone():
    q = analyze("What is the budget?")
    assert not q.korean
    c = Check(1.0, 0.0, ())
    assert decide(q, P.dense_foreign + 0.01, c, False, P).answered
    assert not decide(q, P.dense_foreign - 0.01, c, False, P).answered


def test_a_figure_with_a_middle_dot_is_the_same_figure():
    from qa.abstain import figure_found

    assert figure_found("5.25", "5·25국회의원총선")
    assert figure_found("2.26사건", "2·26사건에서")
    assert not figure_found("5.25", "15·25")
    assert not figure_found("2.26", "2·265")


def test_a_figure_followed_by_a_magnitude_is_another_number():
    from qa.abstain import figure_found

    # 29세 asked: "29만 7000명" holds 297,000, not 29
    assert not figure_found("29세", "60세이상에서29만7000명증가했다")
    assert not figure_found("15명", "15억 원을 들였다")
    assert figure_found("29세", "15~29세청년층고용률")
    assert figure_found("3만명", "관람객 3만 명")  # the magnitude asked is the magnitude found


def test_a_small_count_is_found_written_in_native_numerals():
    from qa.abstain import figure_found

    # the question writes 2가지, the article 두 가지 (and the hay may be squashed)
    assert figure_found("2가지", "도시계획에는두가지원칙이있다")
    assert figure_found("3명", "위원 세 명이 반대했다")
    assert not figure_found("2가지", "열두가지원칙")  # 12, not 2
    assert not figure_found("3명", "위원 네 명이 반대했다")
    assert not figure_found("1명", "유일한명예")  # 한 ends an adjective as often as it counts


@pytest.mark.parametrize("question, sentence, fits_", [
    ("북한의 소행이라는 답변이 많았던 연령층은?", "연령대별로는 50대 이상에서 많았다.", True),
    ("전임 대통령 중 얼마의 비자금을 보유했는가?", "4천억 이상의 비자금을 보유했다는 의혹을 제기했다.", True),
    ("오스카는 1년에 얼마나 자라나?", "1년에 30센티미터 이상 자란다.", True),
    ("우승자가 세운 기록은 얼마였는가?", "올림픽 기록 2.39m와 함께 우승을 한다.", True),
    ("오스카는 1년에 얼마나 자라나?", "UFS 2.1 규격의 낸드 플래시를 쓴다.", False),  # 규격 is no unit
    ("총 사업비는 얼마인가요?", "4천 명이 참여한다.", False),
    # minutes are spans as often as points
    ("대수기보법에서 시간이 몇 분 미만으로 남았을 때 기록의 의무가 없는가?", "5분 미만으로 남으면 기록하지 않아도 된다.", True),
    ("지루가 결승 골을 넣은 시간은?", "지루는 연장 117분에 결승 골을 넣었다.", True),
    ("보고회는 몇 시간 동안 열렸나?", "보고회는 오후 2시에 열렸다.", False),
    # a measure head says what is measured: an area is not a length
    ("티베트 고원의 면적은?", "티베트 고원은 남북 1000km, 동서 2500km에 뻗어 있다.", False),
    ("티베트 고원의 면적은?", "면적은 약 250만 평방 킬로미터나 된다.", True),
    ("티베트 고원의 평균 고도는?", "면적은 약 250만 평방 킬로미터나 된다.", False),
    ("티베트 고원의 평균 고도는?", "이 지역 평균 고도는 5,000미터가 넘는다.", True),
    # money that came in (들어왔어, Kiwi's 들 + 어 + 오) is no money spent (들었어): a tax's take
    # answers it, and a programme's cost does not stand in for it
    ("가람세는 상반기에 얼마 들어왔어요?", "세목별로는 가람세가 3조1000억 원으로 전년보다 늘었다.", True),
    ("가람세는 상반기에 얼마 들어왔어요?", "가람세는 법인세를 포함해 3조1000억 원이 걷혔다.", True),
])
def test_the_figure_of_the_kind_asked(question, sentence, fits_):
    from qa.abstain import figures_of_kind
    from qa.figures import figures

    q = analyze(question)
    assert bool(figures_of_kind(q, figures(sentence), sentence)) is fits_, (q.asks, q.unit, figures(sentence))


def test_any_thing_asked_for_needs_no_named_kind():
    # "어떤 것" asks for anything: a sentence without "…것" is no less an answer
    assert not wants_value(analyze("수출형 모델은 어떤 것인가?"))
    assert wants_value(analyze("해운대는 어느 구에 있나요?"))


def test_a_sentence_dated_by_reference_takes_the_paragraphs_year():
    doc = Document("r", "고려 말", "1388년 요동 정벌에 출정한 이성계가 회군했다.\n여러 신하가 따랐다.\n"
                   "같은 해, 우왕을 내쫓고 창왕을 세웠다.\n이듬해 그는 다시 군사를 일으켰다.\n"
                   "그는 징역 10년을 살았다.")
    store = FakeStore([doc])
    p = P.with_(window=0, name_scope="paragraph", time_scope="near")
    assert not check(analyze("1388년 우왕을 내쫓고 세운 왕은?"), store, 2, p, idf).missing  # 같은 해
    assert not check(analyze("1389년 군사를 일으킨 사람은?"), store, 3, p, idf).missing  # 이듬해 = 1388 + 1
    assert check(analyze("1390년 군사를 일으킨 사람은?"), store, 3, p, idf).missing
    # a sentence that refers to no earlier time does not take the paragraph's
    assert check(analyze("1388년 신하들은 무엇을 했나?"), store, 1, p, idf).missing


def test_the_questions_subject_must_be_in_the_article():
    # "빅뱅이 발표한…": the subject marked with 이/가 is what the question is about, even as a
    # common noun; said anywhere in the article (often sentences before the answer) it is found
    band = Document("b", "음반 목록", "그 그룹은 2006년 데뷔했다.\n\n여러 해가 지났다.\n\n"
                    "첫 싱글 앨범은 2006년 8월에 발표되었다.")
    q = analyze("2006년 빅뱅이 발표한 첫 싱글은?")
    assert [c.kind for c in q.constraints if c.text == "빅뱅"] == ["subject"]
    assert [c.text for c in check(q, FakeStore([band]), 2, P, idf).missing] == ["빅뱅"]
    named = Document("b", "음반 목록", "빅뱅은 2006년 데뷔했다.\n\n여러 해가 지났다.\n\n"
                     "첫 싱글 앨범은 2006년 8월에 발표되었다.")
    assert check(q, FakeStore([named]), 2, P, idf).missing == ()


def test_a_topic_is_not_the_subject_constraint():
    # "시위자들은 몇 명인가": a topic (은/는) is as often the attribute asked about: left soft
    q = analyze("그날 광장에서 체포된 시위자들은 몇 명인가?")
    assert all(c.kind == "term" for c in q.constraints if c.text.startswith("시위자"))


def test_a_time_ago_is_a_point_in_time():
    # "5500만 년" alone is no year of the calendar, but "5500만 년 전" answers "언제"/"시기"
    from qa.extract import value_span
    from qa.figures import figures

    q = analyze("그 산맥이 솟아오르기 시작한 시기는?")
    text = "그 산맥은 신생대 초기(약 5500만 년 전)에 두 판의 충돌로 솟아오르기 시작하였다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["5500만 년"]
    assert value_span(q, text).text == "5500만 년 전"
    # a sentence of years served is not a time
    served = "그는 징역 10년 전부를 복역했다."
    assert figures_of_kind(q, figures(served), served) == []
    assert figures_of_kind(q, figures("지구의 나이는 45억 년이다."), "지구의 나이는 45억 년이다.") == []
    # with a particle after 전 too ("…5500만 년 전의 일"), but not "9년 뒤인 1998년": that year is the time
    text = "그 산맥은 약 5500만 년 전의 충돌로 솟아오르기 시작하였다."
    assert value_span(q, text).text == "5500만 년 전"
    q = analyze("의정서를 체결한 연도는?")
    text = "그가 1989년 방북하여 의정서를 체결한 9년 뒤인 1998년 11월 18일에 첫 배가 출항했다."
    assert value_span(q, text).text.startswith("1989년")
    # "몇 년 전": how long ago, answered by "5000년 전(의)" however large, not by a year
    q = analyze("목재 파편은 몇 년 전 것이라고 밝혀졌어?")
    text = "연구소는 목재가 5000년 전의 것이라고 밝혔다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["5000년"]
    text = "목재는 1955년에 발견됐다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_one_syllable_word_is_found_only_as_a_word_of_its_own():
    # "내일 부산에 비 와?": 비 is not the 비 of 비용
    q = analyze("내일 부산에 비 와?")
    costs = Document("c", "예산", "부산시는 내일 사업 비용을 발표한다.")
    rain = Document("r", "날씨", "부산에는 내일 비가 온다.")
    assert check(q, FakeStore([costs]), 0, P, idf).coverage < 1.0
    assert check(q, FakeStore([rain]), 0, P, idf).coverage == 1.0


@pytest.mark.parametrize("question, says", [
    ("그 왕의 남편은 누구인가?", "인물은"),
    ("그 회사가 설립된 날은 언제야?", "날짜는"),
    ("그 법의 이름은?", "이름은"),
    ("그 사업의 예산은 얼마야?", "예산은"),
    ("이 제도는 어떤 의미가 있나?", "답은"),
    ("강좌 수강료는 얼마야?", "수강료는"),
])
def test_a_decline_for_a_missing_value_names_what_was_asked(question, says):
    from qa.abstain import Verdict

    text = missing_text(analyze(question), Verdict(False, "value"))
    # the particle follows the word as a person writes it (수강료는, not 수강료은(는))
    assert f"질문이 묻는 {says} 찾지" in text and "수치" not in text


def test_a_name_written_with_middle_dots_is_found_without_them():
    # the question writes "금은", the article "금·은"; "소재부품" and "소재·부품" alike
    assert found("금은", "포켓몬스터금·은은2000년에발매되었다")
    assert found("소재부품", "소재ㆍ부품ㆍ장비산업")
    assert not found("금은", "금과은을캤다")


def test_a_year_alone_is_the_year_of_an_article_dated_then():
    # news rarely writes the year it is written in: "2023년 추경 규모는?" of an article dated
    # 2023-04-10 that says only "제1회 추경 7158억원"; another year is not assumed. Its month is
    # the article's as well, unless the sentence or its neighbours speak of the month before
    dated = Document("n", "제1회 추경 편성", "시가 제1회 추가경정예산안 7158억원을 편성했다.", date="2023-04-10")
    store = FakeStore([dated])
    assert check(analyze("2023년 제1회 추경 규모는 얼마야?"), store, 0, P, idf).missing == ()
    assert [c.text for c in check(analyze("2024년 제1회 추경 규모는 얼마야?"), store, 0, P, idf).missing] == ["2024년"]
    assert check(analyze("2023년 4월 추경 규모는 얼마야?"), store, 0, P, idf).missing == ()
    assert [c.text for c in check(analyze("2023년 5월 추경 규모는 얼마야?"), store, 0, P, idf).missing] == ["5월"]
    last = FakeStore([Document("l", "추경 편성", "시는 지난달 제1회 추가경정예산안 7158억원을 편성했다.", date="2023-04-10")])
    assert check(analyze("2023년 4월 추경 규모는 얼마야?"), last, 0, P, idf).missing
    # a fiscal year named ("2015 회계연도") is the year the article speaks of, not its date's
    fiscal = FakeStore([Document("f", "세입세출 마감", "정부가 2015 회계연도 세입 세출을 마감한 결과, 세계잉여금이 2조8천억원을 기록했다.",
                                 date="2016-02-05")])
    assert [c.text for c in check(analyze("2016 회계연도 세계잉여금은 얼마였어?"), fiscal, 0, P, idf).missing] == ["2016년"]
    assert check(analyze("2015 회계연도 세계잉여금은 얼마였어?"), fiscal, 0, P, idf).missing == ()
    # a day alone past the article's is of the month before: "지난 27일 … 내린 비" written on the 3rd
    rain = FakeStore([Document("r", "폭우", "지난 27일 가람에 내린 비는 301.5mm였다.", date="2011-08-03")])
    assert check(analyze("2011년 7월 가람 강수량은 몇 mm?"), rain, 0, P, idf).missing == ()
    assert check(analyze("2011년 6월 가람 강수량은 몇 mm?"), rain, 0, P, idf).missing
    undated = FakeStore([Document("u", "제1회 추경 편성", "시가 제1회 추가경정예산안 7158억원을 편성했다.")])
    assert check(analyze("2023년 제1회 추경 규모는 얼마야?"), undated, 0, P, idf).missing


def test_an_article_telling_last_years_figures_is_not_of_its_own_year():
    # an article of 2017 counting "지난해 관광객" gives 2016's: it does not answer 2017
    doc = Document("n", "관광객 증가", "지난해 관광객은 1천411만 명이었다.\n8월 365만 명, 10월 113만 명 순이었다.",
                   date="2017-01-31")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("2017년 관광객은 몇 명이야?"), store, 1, P, idf).missing] == ["2017년"]
    assert check(analyze("2016년 관광객은 몇 명이야?"), store, 1, P, idf).missing == ()
    # a comparison with last year still says this year's figure
    doc = Document("n", "관광객 증가", "관광객은 지난해보다 3% 늘어난 1천411만 명이었다.", date="2017-01-31")
    assert check(analyze("2017년 관광객은 몇 명이야?"), FakeStore([doc]), 0, P, idf).missing == ()


def test_next_and_last_year_are_read_from_the_articles_date():
    # "내년 5월" in an article of 2023 is 2024; said near the sentence, not assumed elsewhere
    doc = Document("n", "요금 인상", "요금은 150원 우선 인상 후 내년 5월에 150원을 추가로 인상할 방침이다.", date="2023-08-20")
    store = FakeStore([doc])
    assert check(analyze("2024년 요금은 얼마 올라?"), store, 0, P, idf).missing == ()
    assert check(analyze("2025년 요금은 얼마 올라?"), store, 0, P, idf).missing
    plain = FakeStore([Document("p", "요금 인상", "요금은 150원 인상할 방침이다.", date="2023-08-20")])
    assert check(analyze("2024년 요금은 얼마 올라?"), plain, 0, P, idf).missing


def test_the_year_before_last_is_two_years_off_the_articles_date_and_not_last_year():
    # Kiwi cuts 재작년 into 재|작년: read whole, it is two years before the article's date
    doc = Document("n", "이용객 증가", "올해 상반기 이용객은 4천만 명으로 지난해 상반기 3천만 명보다 늘었다.",
                   date="2023-07-09")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("재작년 상반기 이용객은 몇 명이었어?"), store, 0, P, idf).missing] == ["재작년"]
    assert check(analyze("작년 상반기 이용객은 몇 명이었어?"), store, 0, P, idf).missing == ()
    # … and 작년 is not found inside 재작년
    older = FakeStore([Document("o", "이용객", "재작년 상반기 이용객은 2천만 명이었다.", date="2023-07-09")])
    assert check(analyze("재작년 상반기 이용객은 몇 명이었어?"), older, 0, P, idf).missing == ()
    assert [c.text for c in check(analyze("작년 상반기 이용객은 몇 명이었어?"), older, 0, P, idf).missing] == ["작년"]
    # undated, the article's own time is the 올해 said near a sentence saying no year of its own
    undated = FakeStore([Document("u", "이용객", "올해 상반기 이용객은 4천만 명이었다.\n"
                                  "가람공항 이용객은 지난해보다 3.5% 늘어난 1천만 명이었다.")])
    assert [c.text for c in check(analyze("재작년 상반기 가람공항 이용객은 몇 명?"), undated, 1, P, idf).missing] \
        == ["재작년"]
    # a year in full two years before the date is met by 재작년 said near
    assert check(analyze("2021년 상반기 이용객은 몇 명이었어?"), older, 0, P, idf).missing == ()
    assert check(analyze("2021년 상반기 이용객은 몇 명이었어?"), store, 0, P, idf).missing


def test_next_year_asked_is_not_the_articles_own_time():
    doc = Document("n", "경로당 점심", "구는 추가경정예산을 통해 중식 확대 예산 3억2400만원을 확보했다.", date="2025-03-09")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("내년 경로당 점심 예산은 얼마야?"), store, 0, P, idf).missing] == ["내년"]
    # a time still ahead, or 내년 said near, may be the year after
    ahead = FakeStore([Document("a", "경로당 점심", "구는 내년 예산을 짰다.\n중식 예산 3억2400만원을 편성했다.",
                                date="2025-03-09")])
    assert check(analyze("내년 경로당 점심 예산은 얼마야?"), ahead, 1, P, idf).missing == ()


def test_year_words_are_not_found_inside_a_longer_one():
    from qa.korean import year_words
    import re

    assert re.findall(year_words(), "재작년과 작년, 내후년과 내년") == ["재작년", "작년", "내후년", "내년"]
    assert re.findall(year_words(-1), "재작년에는") == []


def test_a_time_of_day_or_of_the_year_answers_when():
    from qa.extract import holds_answer, value_span

    q = analyze("그는 언제 서재 문을 두드려 달라고 부탁했나?")
    s = "그는 연습을 위해 떠나면서 정오에 와서 서재 문을 두드려 달라고 부탁한다."
    assert holds_answer(q, s) and value_span(q, s).text == "정오"
    q = analyze("그는 언제부터 검도를 배웠나?")
    assert value_span(q, "초등학교 3학년 때부터 검도를 배우기 시작했다.").text == "초등학교 3학년"
    # no time word, no date: nothing answers 언제
    assert not holds_answer(analyze("그 게임기는 언제 발매됐어?"), "그 게임기는 경쟁 기종보다 앞서 발매되었다.")


def test_how_often_is_not_how_long_nor_when():
    from qa.extract import holds_answer, value_span

    s = "그 거북은 섬의 산호초에서 2년마다 한 번씩 짝짓기를 한다."
    # "2년마다": a frequency, not a lifespan …
    assert not holds_answer(analyze("그 거북의 평균 수명은 몇 년이야?"), s)
    # … unless the question asks how often
    assert value_span(analyze("그 거북은 몇 년에 한 번씩 짝짓기를 하는가?"), s).text == "2년"


def test_a_counter_the_question_names_counts_though_no_table_knows_it():
    # "몇 화소": 화소 is the counter because the question says so; "1,200만 화소" answers it, and
    # "1,200만 명" or a bare 1,200만 does not
    q = analyze("가람폰의 후면 카메라는 몇 화소인가?")
    got = figures_of_kind(q, figures("후면 카메라는 1,200만 화소 카메라를 탑재했다."), "후면 카메라는 1,200만 화소 카메라를 탑재했다.")
    assert [f.text for f in got] == ["1,200만 화소"] and got[0].unit == "화소"
    for s in ("가입자는 1,200만 명이다.", "판매량은 1,200만을 넘었다."):
        assert figures_of_kind(q, figures(s), s) == []


def test_the_attribute_asked_of_a_named_thing_is_no_name_to_find():
    # "개포주공아파트의 시공사는?": the answer names the builder ("현대건설이 시공했다") without the
    # word 시공사, however Kiwi tags it; the named thing itself must still be found
    q = analyze("가람주공아파트의 시공사는?")
    kinds = {c.text: c.kind for c in q.constraints}
    assert kinds.get("시공사", "term") == "term" and kinds["가람주공아파트"] == "name"


def test_a_lead_sharing_almost_nothing_with_the_question_is_declined():
    from qa.abstain import lead_off_topic
    p = Params(lead_lexical_min=0.2, lead_coverage_min=0.6)
    q = analyze("간편한 개조를 위해 떼어낼 수 있던 출입문은?")
    assert lead_off_topic(q, 0.1, 0.3, p)
    # either measure high enough: the sentence is about what is asked
    assert not lead_off_topic(q, 0.5, 0.3, p)
    assert not lead_off_topic(q, 0.1, 0.8, p)
    # a figure asked for is checked by its kind instead: a colloquial "돈 얼마나 쓴대?" shares
    # few words with the sentence stating the sum
    assert not lead_off_topic(analyze("디지털산업 키우는 데 돈 얼마나 쓴대?"), 0.1, 0.3, p)


def test_the_question_subject_may_be_named_only_in_the_title():
    # "출시가 … 늦어진 이유는?": the body says 시작, the headline 출시; the headline is the article's
    doc = Document("t", "무제한 교통카드 나온다…내년 1월27일 출시",
                   "시가 내년 1월27일부터 무제한 이용권 시범사업을 시작한다.\n"
                   "코레일 구간을 이용하도록 시스템을 보강하느라 시작 시기를 조금 늦추었다.")
    q = analyze("출시가 1월 27일로 늦어진 이유가 뭐야?")
    assert any(c.kind == "subject" and c.text == "출시" for c in q.constraints)
    assert not any(c.text == "출시" for c in check(q, FakeStore([doc]), 1, P, idf).missing)
    other = Document("u", "무제한 교통카드 시범사업", doc.text)
    assert any(c.text == "출시" for c in check(q, FakeStore([other]), 1, P, idf).missing)


def test_a_figure_dated_to_another_year_does_not_meet_the_year_asked():
    doc = Document("p", "누리패스 가입자 늘어", "누리패스는 2024년 7월 청소년 누리패스를 도입했다.\n"
                   "2026년 1월 말 기준 가입자는 81만3298명이다.\n가입자 만족도는 높았다.")
    store = FakeStore([doc])
    # "2024년" stands a sentence away, but the figure is dated 2026: it is not the 2024 figure
    asked = check(analyze("2024년 말 기준 누리패스 가입자는 몇 명이었어?"), store, 1, P, idf)
    assert [c.text for c in asked.missing] == ["2024년"]
    assert not check(analyze("2026년 1월 누리패스 가입자는 몇 명이었어?"), store, 1, P, idf).missing
    # a sentence naming no year takes its paragraph's
    assert not check(analyze("2024년 누리패스 만족도는 몇 점?"), store, 2, P, idf).missing
    # a thing asked is not dated by its sentence's other years
    assert not check(analyze("2024년 도입한 누리패스는 무엇인가?"), store, 1, P, idf).missing


def test_a_time_counted_from_does_not_date_the_sentence():
    # "1999년 5월 … 이래 최대": the month it counts from, not the month it speaks of
    doc = Document("g", "고용 동향", "통계청이 3월 고용동향을 냈다.\n"
                   "고용률은 62.4%로 1999년 5월 통계 작성 이래 같은 달 기준 최고다.\n"
                   "실업률은 2.9%로 5월 수준이었다.")
    store = FakeStore([doc])
    assert not check(analyze("3월 고용률은 몇 %였어?"), store, 1, P, idf).missing
    # a month the sentence speaks of still dates it
    assert [c.text for c in check(analyze("3월 실업률은 몇 %였어?"), store, 2, P, idf).missing] == ["3월"]


def test_a_short_name_inside_a_longer_word_is_not_found():
    # 대구 is in "해운대구" when the spaces are squashed out; the city is not named
    doc = Document("h", "신노년 복합문화공간 문 열어", "부산 해운대구 재송동에 복합문화공간이 처음으로 생겼다.\n"
                   "센터는 신노년세대를 지원한다.")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("대구에도 이런 복합문화공간이 있나요?"), store, 0, P, idf).missing] == ["대구"]
    assert not check(analyze("부산에도 이런 복합문화공간이 있나요?"), store, 0, P, idf).missing
    # a name at the start of a compound is the name: 대구시청, 부산시는
    city = FakeStore([Document("d", "", "대구시청에 복합문화공간이 생겼다.")])
    assert not check(analyze("대구에도 이런 복합문화공간이 있나요?"), city, 0, P, idf).missing


def test_an_ordinal_is_found_only_with_its_counter():
    doc = Document("c", "", "시는 제2차 챌린지 대상지를 선정했다.\n챌린지란 3∼5년간 각 300억원을 들이는 사업이다.")
    store = FakeStore([doc])
    q = analyze("부산 15분 도시 제3차 챌린지 대상지는 어디로 정해졌나요?")
    assert any(c.text == "제3차" for c in q.constraints)  # Kiwi reads 제 as a determiner there
    assert any(c.text == "제3차" for c in check(q, store, 1, P, idf).missing)
    assert not check(analyze("제2차 챌린지 대상지는?"), store, 0, P, idf).missing


def test_a_whole_number_is_found_in_a_list_written_with_middle_dots():
    doc = Document("y", "", "출생연도 끝자리 1·6은 월요일, 2·7은 화요일, 3·8은 수요일에 발급한다.\n버스 요금은 3.8% 올랐다.")
    store = FakeStore([doc])
    q = analyze("출생연도 끝자리가 3이면 무슨 요일에 가야 돼?")
    assert any(c.kind == "number" and c.text == "3" for c in q.constraints)
    assert not check(q, store, 0, P.with_(window=0), idf).missing
    # a full stop between digits is a decimal point: 3 is not in 3.8%
    assert check(q, store, 1, P.with_(window=0, name_scope="window"), idf).missing


@pytest.mark.parametrize("question, text, value", [
    ("심야약국은 처음에 몇 군데였어?", "공공심야약국은 2021년 4곳으로 시작했다.", "4곳"),
    ("대상지로 고른 어촌마을은 몇 곳?", "어촌마을 10개소가 새롭게 선정됐다.", "10개소"),
    ("대상지는 몇 개야?", "대상지 10개소가 선정됐다.", "10개소"),
    ("강서선 길이는 몇 km야?", "강서선 21.3㎞(대저~명지오션시티)", "21.3㎞"),
])
def test_one_counter_or_unit_written_several_ways(question, text, value):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == [value]


@pytest.mark.parametrize("sentence, date, otherwise", [
    ("앞서 대전시는 지난해 82억원을 투입해 16건의 주민지원사업을 펼쳤다.", "2023-01-13", True),
    ("시는 도로 개설 등 총 12건의 사업을 추진한다.", "2023-01-13", False),  # no year of its own: the article's
    ("올해 물동량은 작년 같은 달보다 8.4% 늘었다.", "2023-01-13", False),  # 작년 compared with, not spoken of
    ("물동량은 작년보다 8.4% 늘었다.", "", False),
    ("2022년에는 10건이었다.", "2023-01-13", True),  # the article's year is 2023
    ("2023년 12건을 추진한다.", "2023-01-13", False),
    ("2022년에는 10건이었다.", "", False),  # undated: no year to count from
])
def test_a_year_counted_from_the_articles_date_is_met_by_that_year_only(sentence, date, otherwise):
    from qa.abstain import Surroundings, _relative_year_otherwise
    from qa.question import squash

    assert _relative_year_otherwise("올해", Surroundings("", "", own=squash(sentence), date=date)) is otherwise


def test_올해_in_a_question_is_a_year_to_meet_not_a_word_to_find():
    q = analyze("대전시가 올해 추진하는 주민지원 사업은 모두 몇 건이지?")
    assert ("time", "올해") in [(c.kind, c.text) for c in q.constraints]



def test_a_bare_year_typed_without_년_is_a_year_to_meet():
    # "2024 가람축제 언제 열려": met by the article of 2024 that says 올해, as 2024년 would be;
    # a figure with its unit (2024명, 2024번) stays a figure to find as written
    q = analyze("2024 가람축제 언제 열려")
    assert ("time", "2024년") in [(c.kind, c.text) for c in q.constraints]
    assert [(c.kind, c.text) for c in analyze("버스 2024번 노선 알려줘").constraints if c.text.startswith("2024")] \
        == [("number", "2024번")]
    assert not any(c.kind == "time" for c in analyze("인구 2024명 맞아?").constraints)



def test_a_native_ordinal_asked_is_a_number_to_find():
    # "넷째 아이 낳으면 얼마?": an article giving 첫째아 to 셋째아 does not give the fourth;
    # 셋째 is found in 셋째아, or counted (세 번째)
    q = analyze("가람군 넷째 아이 낳으면 출산장려금 얼마 줘요?")
    c = next(c for c in q.constraints if c.text == "넷째")
    assert c.kind == "number" and c in q.hard
    text = "군은 첫째아 130만원, 둘째아 180만원, 셋째아 230만원으로 출산장려금을 인상한다."
    def said(c, text):
        return any(found(f, squash(text)) for f in c.forms)

    assert not said(c, text)
    third = next(c for c in analyze("셋째 낳으면 장려금 얼마야").constraints if c.text == "셋째")
    assert said(third, text) and said(third, "세 번째 아이부터 230만원을 준다.")


@pytest.mark.parametrize("question, text, values", [
    # a payer's share is not the whole
    ("공동작업장 총사업비는 얼마인가요?", "공동작업장 조성사업에 국비 5억원이 배정됐다.", []),
    ("공동작업장 총사업비는 얼마인가요?", "공동작업장 조성에 총 10억원이 든다.", ["10억원"]),
    # nor another payer's
    ("국비는 얼마야?", "시비 3억원과 국비 7억원을 들인다.", ["7억원"]),
    ("국비는 얼마야?", "국비 7억원을 들인다.", ["7억원"]),
    # nor a sum no payer's word stands by: the city's whole spending, not the state's share
    ("국비는 얼마야?", "시는 올해 120억원을 투입해 일자리를 만든다.", []),
    ("민간투자는 얼마나 들어가?", "오는 2025년까지 1257억 원의 사업비가 투입된다.", []),
    # unless the question asks the whole of the shares
    ("국비와 시비는 모두 얼마야?", "시는 올해 120억원을 투입해 일자리를 만든다.", ["120억원"]),
    # a fee asked: a sentence that names neither the fee nor what it pays for gives another sum
    ("강좌 수강료는 얼마야?", "시는 교육 사업에 2025년까지 250억 원을 투자한다.", []),
    ("강좌 수강료는 얼마야?", "강좌는 한 달 수강에 3만 원이다.", ["3만 원"]),
    # … nor one said with who pays it: the state's money for the building is no tenant's rent
    ("청년주택 월 임대료는 얼마예요?", "시는 국비 총 325억 원을 확보해 청년주택을 준공한다.", []),
    ("청년주택 월 임대료는 얼마예요?", "청년주택 임대료는 월 15만 원이다.", ["15만 원"]),
    # a sum of another kind, named by its own word, is not the kind asked: fares are no budget,
    # a fare no thing's price; the kind asked named beside them is
    ("무료화로 떠안는 연간 예산은 얼마예요?", "도시철도 요금은 150원 인상된 1,450원이다.", []),
    ("카드값이 얼마인가요?", "도시철도 요금은 150원 인상된 1,450원이다.", []),
    ("무료화 예산은 얼마예요?", "요금 무료화에 시는 예산 120억원을 편성했다.", ["120억원"]),
    ("요금 인상으로 늘어나는 운송수입은 얼마예요?", "시내버스 요금이 1500원으로 250원 인상된다.", []),
    ("프로그램 비용은 얼마야?", "가장 비싼 프로그램은 1990유로다.", ["1990유로"]),
    # a deposit is held and returned: a rent is no deposit
    ("행복주택 임대보증금은 얼마야?", "행복주택은 하루 1,000원(월 3만 원) 임대료로 공급된다.", []),
    ("행복주택 임대보증금은 얼마야?", "행복주택 임대보증금은 100만 원이다.", ["100만 원"]),
    # a project's whole cost is not one giver's gift
    ("재활병원 총사업비는 얼마야?", "넥슨재단은 병원 건립을 위해 100억 원 기금 기부를 약정했다.", []),
    # what a programme brings about is not what it costs, asked by its noun or by its verb
    ("실증밸리 사업비는 얼마야?", "사업이 본격화되면 생산유발 9831억, 일자리 6281개 등 파급효과가 크다.", []),
    ("실증밸리 사업에 들어가는 돈이 총 얼마야?", "사업이 본격화되면 생산유발 9831억 원의 효과가 기대된다.", []),
    ("실증밸리 사업에 들어가는 돈이 총 얼마야?", "실증밸리에는 5년간 6000억 원이 투입된다.", ["6000억 원"]),
    ("실증밸리 생산유발 효과는 얼마야?", "사업이 본격화되면 생산유발 9831억 원의 효과가 기대된다.", ["9831억 원"]),
    # a rate asked (1인당, 한 달에, 얼마씩) is not met by a whole; a sentence saying a rate meets it
    ("청년 월세 지원금은 1인당 한 달에 얼마씩 주나요?", "청년 월세 지원금이 153억 원으로 늘어난다.", []),
    ("청년 월세 지원금은 1인당 한 달에 얼마씩 주나요?", "청년에게 매달 20만원씩 월세를 지원한다.", ["20만원"]),
    # … and so asked as each time or each one: "한 건 할 때마다 얼마?" is no total
    ("가람 수거책은 한 건 할 때마다 수당을 얼마 받았어?", "A씨는 모두 30회에 걸쳐 10억원을 편취했다.", []),
    ("가람 수거책은 한 건 할 때마다 수당을 얼마 받았어?", "A씨는 건당 20만원의 수당을 받았다.", ["20만원"]),
    # a rate said with 당 spaced off its noun, or by 별로 (each one's): a sum per one; a ministry's
    # short name ending in 기부 (과기부) gives no donation
    ("액셀러레이터 한 곳당 정부 지원금 얼마야?", "과기부는 1개 액셀러레이터 당 3억원 내외의 정부 지원금을 준다.", ["3억원"]),
    ("액셀러레이터마다 스타트업 몇 개씩 선발해?", "액셀러레이터별로 8개 내외의 유망 스타트업을 선발한다.", ["8개"]),
    ("액셀러레이터마다 스타트업 몇 개씩 선발해?", "이번에 모두 40개 유망 스타트업을 선발한다.", []),
    ("소득세를 국민 1인당으로 치면 얼마야?", "세수를 세목별로 보면 소득세가 86조3000억원이다.", []),
    # a period said by 별 (월별: each month's) is the month asked ("한 달 기숙사비")
    ("청년주택 한 달 기숙사비 평균 얼마야?", "월별 기숙사비는 1인당 평균 23만원 수준이다.", ["23만원"]),
    ("청년주택 한 달 기숙사비 평균 얼마야?", "기숙사 보증금은 20만원이다.", []),
    # the base a change is compared with, in brackets too, whatever year the question names
    ("작년 상반기랑 비교하면 지방세가 얼마나 늘었어?", "지방세 수입이 지난해 같은 기간(50조9000억 원)보다 늘었다.", []),
    ("작년 상반기 지방세 수입은 얼마였어?", "지방세 수입이 지난해 같은 기간(50조9000억 원)보다 늘었다.", ["50조9000억 원"]),
    # … and so is a measure asked per hour
    ("폭우 때 시간당 최대 강수량은 몇 mm였어?", "26일부터 28일까지 가람에 내린 비는 무려 536mm였다.", []),
    ("폭우 때 시간당 최대 강수량은 몇 mm였어?", "가람에는 시간당 최대 81mm의 비가 쏟아졌다.", ["81mm"]),
    ("대표생활권은 한 곳당 얼마씩 들여?", "대표생활권은 각 300억원, 시범 사업지는 각 25억원을 들인다.", ["300억원", "25억원"]),
    # where a range starts is not where it ends
    ("어린이병원은 몇 시부터 진료해?", "병원은 휴일에도 24시까지 진료한다.", []),
    ("어린이병원은 몇 시부터 진료해?", "병원은 휴일에도 9시부터 24시까지 진료한다.", ["9시"]),
    ("어린이병원은 몇 시까지 진료해?", "병원은 휴일에도 9시부터 24시까지 진료한다.", ["24시"]),
    # the day news was told is no date of what it tells ("3일 가람시에 따르면 … 제출했다")
    ("조례 개정안은 시의회에서 언제 통과됐어요?", "3일 가람시에 따르면 이 같은 내용을 담은 조례안을 시의회에 제출했다.", []),
    ("조례 개정안은 언제 통과됐어요?", "조례안은 지난 3일 시의회를 통과했다.", ["3일"]),
    # a rate asked per a stretch of time: a sum said with no period is no such rate …
    ("둘째 출산장려금은 한 달에 얼마씩 나와요?", "둘째, 셋째아 출산장려금을 각각 500만 원 상향했다.", []),
    ("둘째 출산장려금은 1년에 얼마 나와요?", "둘째 자녀는 매년 200만 원씩 5년간 받는다.", ["200만 원"]),
    ("복지지원금은 1년에 얼마야?", "시는 청년 근로자 300명에게 연간 120만원을 지원한다.", ["120만원"]),
    # … but 매년 alone names the figure asked ("정부의 매년 이자 지출액은?")
    ("정부의 매년 이자 지출액은?", "정부가 매년 이자로 지출하는 비용은 2010년 22조원이다.", ["22조원"]),
    # "운영시간은?" asks hours, of the day or of a span, not years
    ("센터 운영시간은 어떻게 되나요?", "센터는 35년 만에 전면 리모델링됐다.", []),
    ("도서관 운영시간 알려주세요", "운영시간은 평일 오전 10시부터 오후 7시까지다.", ["10시부터 오후 7시까지"]),
    ("개발에 걸린 시간은?", "게임 개발에 3년 반이 걸렸다.", ["3년"]),  # 시간 alone: any time taken
    ("가람센터 운영 시간이 어떻게 돼요?", "센터 건립은 2018년부터 5년 동안 이뤄졌다.", []),  # (운영 시간 spaced)
    ("가람센터 운영 시간이 어떻게 돼요?", "센터는 오전 9시부터 오후 6시까지 운영한다.", ["9시부터 오후 6시까지"]),
    # … and a time on a day is when something happens once ("28일 오후 2시 개소식"), no hours kept
    ("가람 놀이터 운영시간이 어떻게 돼요?", "가람시는 28일 오후 2시 센터에서 놀이터 개소식을 연다.", []),
    ("가람 놀이터 운영 시간이 어떻게 돼요?", "가람시는 28일 오후 2시 센터에서 놀이터 개소식을 연다.", []),
    # minutes alone are no "when": "15분 동네 생활권" names a kind of town
    ("가람동 재생 사업은 언제 끝나?", "가람구는 15분 동네 생활권 특화재생 사업을 추진한다.", []),
    # "언제까지?" asks where a time ends: a day that ends nothing is another event's
    ("지원금은 언제까지 써야 돼?", "도지사는 19일 도청에서 기자회견을 열었다.", []),
    ("지원금은 언제까지 써야 돼?", "지원금은 6월 말까지 사용해야 한다.", ["6월"]),
    ("지원금은 언제까지 써야 돼?", "사용 기한은 2026년 8월 31일 마감이다.", ["2026년 8월 31일"]),
    ("지원금은 언제까지 써야 돼?", "사용 기간은 3월 2일~6월 30일이다.", ["6월 30일"]),
    # an hour asked: a day is no hour
    ("조조할인은 몇 시 전에 타야 돼?", "지하철 기본요금이 7일 첫차부터 오른다.", []),
    ("조조할인은 몇 시 전에 타야 돼?", "오전 6시30분 이전에 타면 할인된다.", ["6시30분"]),
    # a fare is often written without its word: only a programme's sum is set aside
    ("청소년 요금은 얼마야?", "청소년은 950원에서 1천50원으로 오른다.", ["950원", "1천50원"]),
    # another year's figure, written right before it, is not the year asked …
    ("2030년 목표 인원은 몇 명이야?", "2025년 5천명, 2030년 1만명을 양성한다.", ["1만명"]),
    ("2022년 하루 평균 고객 수는 몇 명이야?",
     "2019년에는 2년 연속 하루 평균 5천여 명이 찾았으나, 2021년 3천811명, 2022년 3천702명으로 줄었다.", ["3천702명"]),
    # a time of day is no span of minutes
    ("가람 셔틀버스 배차간격은 몇 분이야?", "오전 9시30분부터 오후 5시30분까지 도로 일부가 통제된다.", []),
    ("가람 셔틀버스 배차간격은 몇 분이야?", "셔틀버스 배차간격은 15분이다.", ["15분"]),
    # a count noun made of the counter ("건수", "횟수") names no thing counted beside the figure
    ("위기 가구 안전 점검한 건수는 총 몇 건이야?", "시는 위기 가구에 대해 총 320건의 전화 확인을 통해 안전을 점검했다.", ["320건"]),
    ("가람시 현장 출동 횟수는?", "가람시는 경찰과 협력해 총 12회 현장에 출동했다.", ["12회"]),
    # … nor a figure in brackets after another year's figure: the bracket is of that year; a
    # counted word between the year and its figure ("1인 가구는") does not unbind it
    ("2022년 1인 가구 비율은 몇 %야?",
     "2021년 1인 가구는 3천세대(9천세대‧33.3%)에서 2022년 3천600세대(9천세대‧40%)로 늘었다.", ["40%"]),
    ("2021년 1인 가구는 몇 세대야?",
     "2021년 1인 가구는 3천세대(9천세대‧33.3%)에서 2022년 3천600세대(9천600세대‧37.5%)로 늘었다.",
     ["3천세대", "9천세대"]),
    # a year compared with binds no figure (the level it rose to: "5천 명이 늘었다" would say by
    # how much, a change)
    ("2024년 고객 수는 몇 명이야?", "2019년에 비해 고객은 5천 명으로 늘었다.", ["5천 명"]),
    # … nor another century's ("19세기 … 몇 명" over "…19세기에 7명, 20세기의 첫 25년 동안 4명")
    ("19세기 클럽에 가입한 투수는 몇명인가?", "19세기에 활동했던 선수들 중 7명이 가입했고, 20세기의 첫 25년 동안 4명의 투수가 추가로 가입했다.",
     ["7명"]),
    # … nor a part of the year when the year's whole is asked
    ("연간 수출액은 얼마야?", "상반기 누적 수출액 30억 달러를 기록했다.", []),
    ("2025년 연간 출산율 최종치는 몇 명이야?", "2024년 출산율 0.9명, 2025년 3분기까지 출산율 0.8명이다.", []),
    ("2025년 3분기까지 출산율은 몇 명이야?", "2024년 출산율 0.9명, 2025년 3분기까지 출산율 0.8명이다.", ["0.8명"]),
    # a sector's figure asked: the whole, or another sector's, does not name it
    ("내년 복지 분야 예산은 얼마야?", "시는 내년 예산을 2조원 규모로 편성했다.", []),
    ("내년 복지 분야 예산은 얼마야?", "분야별로는 복지 분야에 8천억원을 편성했다.", ["8천억원"]),
    ("청년창업 부문 일자리는 몇 개야?", "청년 직접일자리 사업으로 310개의 일자리를 만든다.", []),
    # the day of an event named by its noun: another event's date does not answer …
    ("도서관 착공일은 언제야?", "도서관은 지난해 12월 설계를 마쳤고 오는 8월 완공 예정이다.", []),
    ("도서관 착공일은 언제야?", "도서관은 지난해 12월 착공해 오는 8월 완공 예정이다.", ["지난해 12월", "8월"]),
    # a year word before a day says which year that day is in, no date of its own
    ("창당대회 날짜가 언제예요?", "가람당은 내년 1월 11일 나래홀에서 중앙당 창당대회를 연다.", ["1월 11일"]),
    ("축제는 언제 열려?", "올해 축제는 내년에 열린다.", ["올해", "내년"]),
    # … but a life's dates in brackets name neither birth nor death
    ("그의 출생일은 언제야?", "홍길동(1950년 3월 1일 ~ 2010년 5월 2일)은 시인이다.", ["1950년 3월 1일", "2010년 5월 2일"]),
    # a sum per month is not a year's total
    ("연간 총예산은 얼마입니까?", "출생기본소득은 월 20만 원씩 지급한다.", []),
    ("한 달에 얼마씩 줘?", "출생기본소득은 월 20만 원씩 지급한다.", ["20만 원"]),
    # a rate said with any counted noun and 당 right before the figure, as it may be asked
    ("공익수당은 한 경영체당 얼마 받아?", "도는 4월쯤 경영체당 70만원을 지역 화폐로 지급한다.", ["70만원"]),
    ("공익수당은 한 경영체당 얼마 받아?", "올해 공익수당 예산은 총 1561억원이 편성됐다.", []),
    # a large figure with no counter before the people the question counts ("320만 도민 전체에")
    ("지원금 받는 도민은 몇 명이에요?", "도가 320만 도민 전체에 1인당 10만원을 지급한다.", ["320만"]),
    ("행사에 온 시민은 몇 명이야?", "2024 행사에는 시민이 몰렸다.", []),  # a year, not a count of people
    # … or with 당 glued to any noun anywhere in the sentence (Kiwi tags that 당 a noun after some
    # nouns, a suffix after others); 정당, 식당, 해당 are words of their own, no rate
    ("도서관 한 곳당 사서는 몇 명이야?", "도서관당 근무 인력은 6명이다.", ["6명"]),
    ("도서관 한 곳당 사서는 몇 명이야?", "해당 도서관 근무 인력은 모두 60명이다.", []),
    ("도서관 한 곳당 사서는 몇 명이야?", "식당과 강당을 갖춘 도서관 인력은 모두 60명이다.", []),
    # a ceiling is what each one may get ("한 사람당 최대 얼마?" <- "최대 1천만 원까지 지급")
    ("지원금은 한 사람당 최대 얼마까지 받아요?", "지원금은 공급가액의 70% 이내, 최대 1천만 원까지 지급된다.", ["1천만 원"]),
    # … a ceiling, not a rate per occasion
    ("시술비는 1회당 얼마까지 지원해?", "임산부에게 최대 50만원의 의료비를 지원한다.", []),
    # a count asked per year is not met by a whole either
    ("해마다 공공도서관을 몇 곳씩 짓나요?", "시는 2030년까지 공공도서관을 모두 48곳으로 늘린다.", []),
    ("해마다 공공도서관을 몇 곳씩 짓나요?", "시는 매년 3곳씩 공공도서관을 새로 짓는다.", ["3곳"]),
    # a compound counted may be named by its head beside the count ("…병원 수를")
    ("해마다 권역외상병원을 몇 개씩 늘려요?", "정부는 매년 4개씩 병원 수를 늘려갈 방침이다.", ["4개"]),
    # a rate asked per month is not answered by one per year, nor one per holiday …
    ("가람 둘째 출산장려금은 한 달에 얼마씩 나와요?", "둘째 자녀는 매년 200만 원씩 5년간 1,000만 원을 받는다.", []),
    ("가람군 효도수당 한 달에 얼마씩 받아요?",
     "효도수당은 부양자에게 명절마다 지원하는 제도로, 설과 추석에 각각 20만 원씩 지급된다.", []),
    # … and is by one per month, as a rate per year is by one said 연
    ("청년수당 한 달에 얼마씩 줘?", "청년수당은 매월 50만 원씩 6개월간 지급한다.", ["50만 원"]),
    ("청년수당 1년에 얼마 받아?", "청년수당은 연 최대 300만 원을 지급한다.", ["300만 원"]),
    # "입장료 있어요?", "이용료 얼마야?": 무료 is the price, as a figure of nothing …
    ("가람길 입장료 얼마야?", "가람길 입장료는 시범 운영 기간 무료로 개방한다.", ["무료"]),
    ("도서 대여료는 얼마인가요?", "도서 대여료는 받지 않고 무료로 운영한다.", ["무료"]),
    # … not of a budget, not what was charged before it was made free, not a price that moved
    ("가람길 사업 예산은 얼마야?", "도서 대여료는 받지 않고 무료로 운영한다.", []),
    ("무료화 전 관람료는 얼마였어?", "박물관은 관람료 무료화로 방문객이 늘었다.", []),
    ("무료화 전 관람료는 얼마였어?", "박물관 관람료는 올해부터 무료로 바뀌었다.", []),
    ("버스 요금은 얼마에서 얼마로 올랐어?", "버스 요금은 성인 무료, 어린이 무료로 바뀌었다.", []),
    # … and 무료 said of another noun is no price of the thing asked
    ("수영장 이용료는 얼마야?", "무료 셔틀버스를 운행하며 수영장 이용료는 1000원이다.", ["1000원"]),
    # "마감일이 언제야?" <- "…12월 10일까지": the end of the period is the deadline, though the
    # sentence never says 마감; the day it opens is not, nor another event's day, nor a day
    # something else happens (안전점검, 안내)
    ("가람군 청년수당 신청 마감일이 언제야?", "신청 기간은 2월 2일부터 12월 10일까지이며, 홈페이지로 접수하면 된다.",
     ["12월 10일"]),
    ("가람군 청년수당 착공일이 언제야?", "신청 기간은 2월 2일부터 12월 10일까지이며, 홈페이지로 접수하면 된다.", []),
    ("가람군 청년수당 신청 마감일이 언제야?", "12월 10일 안전점검을 실시했다.", []),
    ("가람군 청년수당 신청 마감일이 언제야?", "12월 10일 안내문을 발송했다.", []),
    # a year of birth (1982년생) dates nothing but a birth
    ("청년수당 신청 마감일이 언제야?", "지원 대상은 19~44세(1982년생~2007년생) 청년으로, 면접에 응시한 경우 신청할 수 있다.", []),
    ("가장 어린 지원 대상은 몇 년에 태어났어?", "지원 대상은 19~44세(1982년생~2007년생) 청년으로, 면접에 응시한 경우 신청할 수 있다.",
     ["1982년", "2007년"]),
    # a tax asked is no budget's whole, and is the sum said a tax
    ("가람군 내년 예산 세입 중에 지방세는 얼마로 잡았어요?",
     "가람군은 올해 본예산보다 91억원 증가한 6630억원 규모로 내년도 예산안을 편성했다.", []),
    ("가람군 내년 예산 세입 중에 지방세는 얼마로 잡았어요?", "세입은 지방세 6125억원, 세외수입 820억원이다.", ["6125억원"]),
    # a price per measure asked (1kg에 얼마) is not a thing's price said of no measure …
    ("대게 1kg에 얼마 해요?", "깜짝경매는 10만원 이상을 호가하는 박달대게를 저렴한 가격에 낙찰 받을 기회다.", []),
    # … and is one said per that measure
    ("돼지고기 1kg에 얼마야?", "돼지고기는 kg당 1만2000원에 판매한다.", ["1만2000원"]),
    # a period opening the figure's label says it too: "월 구매 한도는 최대 20만 원"
    ("가람 상품권 한달에 얼마까지 살수있음?", "1인당 월 구매 한도는 최대 20만 원이며, 보유 한도는 100만 원이다.", ["20만 원"]),
    ("가람 상품권 1년에 얼마까지 살수있음?", "1인당 월 구매 한도는 최대 20만 원이다.", []),
    # "며칠부터 며칠까지": a figure of two ends is the period whole
    ("가람군 박람회 참가 며칠부터 며칠까지였어?", "가람군이 26~28일(3일간) 전시장에서 열린 박람회에 참가했다.", ["26~28일"]),
    # "한 번에 몇 명": what fits at once, no rate; a sentence giving no 씩 still answers it …
    ("체험장에 한번에 몇명 들어갈수있어?", "300명이 한꺼번에 들어갈 수 있는 체험장을 꾸민다.", ["300명"]),
    # … as "1인당" still asks a rate
    ("체험장 1인당 얼마야?", "체험장 조성에 3억 원을 들였다.", []),
    # a pay named by its period (월급, 시급) asks that period's: not the hourly wage for a month's
    ("가람시 생활임금 월급으로 치면 얼마예요?", "생활임금이 시간급 9천620원으로 확정됐다.", []),
    ("가람시 생활임금 월급으로 치면 얼마예요?", "생활임금의 월 환산액(209시간 기준)은 201만580원이다.", ["201만580원"]),
    ("가람시 생활임금 시급은 얼마야?", "생활임금이 시간급 9천620원으로 확정됐다.", ["9천620원"]),
    ("가람시 생활임금 시급은 얼마야?", "생활임금의 월 환산액(209시간 기준)은 201만580원이다.", []),
    # "몇 년생" asks who was born when: "2005년생" is its answer, not someone's birth beside the date asked
    ("가람 무료 접종 여성 청소년은 몇 년생부터 몇 년생까지야?", "대상은 2005년생부터 2011년생까지 여성 청소년이다.",
     ["2005년", "2011년"]),
    # the time something takes is no hour of the day
    ("가람 치매 선별검사 하는 데 시간 얼마나 걸려?", "희망자는 평일 오전 9시~오후 5시 사이에 보건소를 방문하면 된다.", []),
    ("가람 치매 선별검사 하는 데 시간 얼마나 걸려?", "검사는 약 15분 정도 소요된다.", ["15분"]),
    ("가람 도서관 운영 시간은?", "평일 오전 9시~오후 5시에 운영한다.", ["9시~오후 5시"]),
    # what is spent ("얼마 들어?") is what prices add up to
    ("설 차례상 가람시장에서 차리면 얼마 들어?",
     "식품 가격을 조사한 결과 가람시장의 경우 4인 가족 기준 차례상 비용은 19만 3천 500원이 소요될 것으로 전망했다.",
     ["19만 3천 500원"]),
    # a topic compared with what the question names: the figure is the topic's
    ("설 차례상 가람시장에서 차리면 얼마 들어?", "대형마트는 21만 3천 320원으로 가람시장보다 9% 비싼 것으로 조사됐다.", []),
    ("설 차례상 대형마트에서 차리면 얼마 들어?", "대형마트는 21만 3천 320원으로 가람시장보다 9% 비싼 것으로 조사됐다.",
     ["21만 3천 320원"]),
    ("설 차례상 얼마 들어?", "대형마트는 21만 3천 320원으로 가람시장보다 9% 비싼 것으로 조사됐다.", ["21만 3천 320원"]),
    # (a time is no topic nor a thing compared with)
    ("가람시 예산은 지난해보다 얼마나 늘었어?", "올해는 5천억원으로 지난해보다 500억원 늘었다.", ["5천억원", "500억원"]),
    # a list labelled item by item: the question naming one label asks its figure
    ("가람선 KTX 평일에 몇 번 다녀?", "가람선 구간에는 평일 18회, 주말 24회 KTX가 투입된다.", ["18회"]),
    ("가람선 KTX 주말엔 몇 번 다녀?", "가람선 구간에는 평일 18회, 주말 24회 KTX가 투입된다.", ["24회"]),
    ("가람선 KTX 몇 번 다녀?", "가람선 구간에는 평일 18회, 주말 24회 KTX가 투입된다.", ["18회", "24회"]),
    # "2021년" is no 1년 a sum is said per, wherever the window before the figure starts
    ("가람 매장 하루 평균 매출은 얼마 정도예요?",
     "매장은 2019년 13억900만원, 2020년 37억8천600만원, 2021년 51억4천500만원의 매출을 올렸다.", []),
    # 대 counts machines, in their own counters too (aircraft 기, ships 척, carriages 량)
    ("가람도 닥터헬기 지금 몇 대 운영 중이야?", "닥터헬기는 복지부에서 8기를 운영하고 있다.", ["8기"]),
    ("여객선 몇 대 늘어?", "여객선 3척이 증편된다.", ["3척"]),
    ("여객선 몇 명 타?", "여객선 3척이 증편된다.", []),
    # a semester is a period a fee is asked per, as a month is
    ("가람대 기숙사비 한 학기에 얼마야?", "생활관은 민자사업 방식으로 330억 원을 투입해 지었다.", []),
    ("가람대 기숙사비 한 학기에 얼마야?", "기숙사비는 한 학기에 150만 원이다.", ["150만 원"]),
    # a quantity asked in no unit is not a rate of its change ("4.7% 증가한"), unless a change is asked
    ("올해 가람도 쌀 생산량 얼마나 나왔어?", "전국 쌀 생산량이 줄었지만 가람도만 4.7% 증가했다.", []),
    ("올해 가람도 쌀 생산량 얼마나 늘었어?", "전국 쌀 생산량이 줄었지만 가람도만 4.7% 증가했다.", ["4.7%"]),
    ("올해 가람도 쌀 생산량 얼마나 나왔어?", "가람도는 62만 2000t을 생산해 4.7% 늘었다.", ["62만 2000t"]),
    # "X와 달리": a figure of the clause set against the rest is X's, unless X is asked of
    ("가람도 청년인턴은 몇 달 동안 일해?",
     "2개월 내외로 운영하던 청년 아르바이트 사업과 달리 이 제도는 6개월 동안 근무한다.", ["6개월"]),
    ("청년 아르바이트 사업은 몇 달 동안 해?",
     "2개월 내외로 운영하던 청년 아르바이트 사업과 달리 이 제도는 6개월 동안 근무한다.", ["2개월", "6개월"]),
    ("인턴은 몇 달 동안 일해?", "기존 2개월과 달리 올해는 6개월 동안 근무한다.", ["6개월"]),
    ("예전엔 인턴 몇 달 동안 했어?", "기존 2개월과 달리 올해는 6개월 동안 근무한다.", ["2개월", "6개월"]),
    ("인턴은 몇 달 동안 일해?", "인턴은 2개월 동안 일하며, 지난해와 달리 수당을 준다.", ["2개월"]),
    # news gives an age in brackets after the name, withheld or with its honorific
    ("검거된 집주인 나이가 몇이야?", "경찰은 집주인 A(44) 씨를 검거했다고 13일 밝혔다.", ["44"]),
    ("검거된 집주인 나이가 몇이야?", "김모(52)가 검거됐다.", ["52"]),
    ("검거된 집주인 나이가 몇이야?", "피해자는 빌라 6채(44) 임차인이다.", []),
    # "1일 평균" is a day's, not the first of a month
    ("가람박물관 특별전 하루 평균 관람객 몇 명이야?", "개막 이후 1일 평균 320여명이 방문했다.", ["320여명"]),
    ("가람박물관 특별전 한 달에 관람객 몇 명이야?", "개막 이후 1일 평균 320여명이 방문했다.", []),
    ("가람박물관 1만번째 관람객은 며칠에 왔어?", "개막 이후 1일 평균 320여명이 방문했다.", []),
    ("가람박물관 1만번째 관람객은 며칠에 왔어?", "20일 1만번째 관람객이 방문했다.", ["20일"]),
    # by how much a price moved (얼마나 뛰었어) is a rate when the sentence gives no sum
    ("9월에 전기요금은 얼마나 뛰었어요?", "농산물 가격 상승이 이어졌고, 전기료는 인하정책이 끝나면서 20.2% 올랐다.", ["20.2%"]),
    ("9월에 전기요금은 얼마나 뛰었어요?", "전기료는 월 4만 원으로 3000원(8%) 올랐다.", ["4만 원", "3000원"]),
    ("전기요금은 얼마예요?", "전기료는 인하정책이 끝나면서 20.2% 올랐다.", []),
    # a rate asked by its noun is not another rate's figure ("보증사고율은 … 3위(2.68%)")
    ("가람신보 보증료율은 몇 %야?", "2018년말 기준 보증사고율은 전국 16개 재단 중 3위(2.68%)를 기록했다.", []),
    ("가람신보 보증사고율은 몇 %야?", "2018년말 기준 보증사고율은 전국 16개 재단 중 3위(2.68%)를 기록했다.", ["2.68%"]),
    ("청년 고용률은 몇 %야?", "청년 고용률은 45.2%로 1년 전보다 하락했고 청년 실업률은 9.8%로 올랐다.", ["45.2%"]),
    ("청년 실업률은 몇 %야?", "청년 고용률은 45.2%로 1년 전보다 하락했고 청년 실업률은 9.8%로 올랐다.", ["9.8%"]),
    # (the rate named right after its figure: "50.1%(6만4천207표)의 득표율로")
    ("2018년 가람교육감 선거 투표율은 몇 %였어?",
     "가람에서는 하용근(64) 후보가 50.1%(6만4천207표)의 득표율로 31.7%(4만589표)의 나래(58) 후보를 제쳤다.", []),
    ("가람교육감 선거 하용근 득표율은 몇 %였어?", "가람에서는 하용근(64) 후보가 50.1%(6만4천207표)의 득표율로 당선됐다.", ["50.1%"]),
    # … nor a price by its noun another price's ("아파트값" asked, "전셋값은 0.03% 떨어지며")
    ("지방 아파트값은 몇 % 떨어졌어?", "전국의 아파트 전셋값은 0.03% 떨어지며 하락세를 이어갔다.", []),
    ("아파트 전셋값은 몇 % 떨어졌어?", "전국의 아파트 전셋값은 0.03% 떨어지며 하락세를 이어갔다.", ["0.03%"]),
    # a whole broken down by a kind: the parts' figures are not the whole's
    ("순이익이 1년 전보다 몇 % 늘어난 거예요?",
     "회사 규모별로 보면 대형사가 16.0%(2776억원) 늘어난 2조147억원, 중소형사가 29.2% 증가한 3593억원을 기록했다.", []),
    ("대형사 순이익은 몇 % 늘었어?",
     "회사 규모별로 보면 대형사가 16.0%(2776억원) 늘어난 2조147억원, 중소형사가 29.2% 증가한 3593억원을 기록했다.", ["16.0%"]),
    ("규모별 순이익 증가율은?",
     "회사 규모별로 보면 대형사가 16.0%(2776억원) 늘어난 2조147억원, 중소형사가 29.2% 증가한 3593억원을 기록했다.",
     ["16.0%", "29.2%"]),
    # a rate per one asked ("하나당") is said of one of them ("1개 축제의 평균")
    ("축제 하나당 평균 파급효과는 얼마야?", "또한, 1개 축제의 평균 파급효과는 85억 원 수준으로 분석됐다.", ["85억 원"]),
    ("축제 하나당 평균 파급효과는 얼마야?", "21개 축제의 총 경제 파급 효과액은 1,768억 원 수준이다.", []),
    # a person asked by what they are: another of that kind's figure is theirs
    ("하용근 후보 득표율은 몇 퍼센트였어요?", "나래(55) 후보는 18.3%(2만3천417표)의 득표율을 보였다.", []),
    ("하용근 후보 득표율은 몇 퍼센트였어요?", "하용근(67) 후보가 53%(22만표)의 득표율로 당선됐다.", ["53%"]),
    # the whole country asked: one province's figure is not it
    ("전국 전통시장 수는 몇 개야?", "2022년 가람도의 전통시장은 124개였다.", []),
    ("전국 전통시장 수는 몇 개야?", "2022년 전국 전통시장은 1천207개로 가람도가 가장 많았다.", ["1천207개"]),
    # a survey's answers quoted with their figures in brackets: the one asked, or none
    ("자취 대학생 중 월세 사는 비율은?", "거주 형태로는 '월세'(68.1%)가 '전세'(19.6%), '기타'(5.2%)보다 많았다.", ["68.1%"]),
    ("자취 대학생 중 월세 사는 비율은?", "자취 대학생이 사는 주택은 '단독 주택'(35.2%)과 '빌라'(24.9%)였다.", []),
    ("자취 대학생이 사는 주택 비율은?", "자취 대학생이 사는 주택은 '단독 주택'(35.2%)과 '빌라'(24.9%)였다.", ["35.2%", "24.9%"]),
    # one side of a kind split in sides asked (지방, 여성, 민간): another side's figure is not it
    ("지방 대학생 평균 월세는 얼마야?", "수도권 대학생들은 월세와 관리비를 합해 대략 47만원을 지출한다.", []),
    ("수도권 대학생 평균 월세는 얼마야?", "수도권 대학생들은 월세와 관리비를 합해 대략 47만원을 지출한다.", ["47만원"]),
    ("비수도권 대학생 평균 월세는 얼마야?", "수도권 대학생들은 월세와 관리비를 합해 대략 47만원을 지출한다.", []),
    ("민간소각장에서 몇 톤 처리했어?", "공공소각장에서 610톤을 처리했다.", []),
    # one place asked, the figure said of many ("선정된 곳들에는"): theirs, not the one's
    ("가람시 사업지에는 몇 가구가 공급돼?", "선도사업 지역으로 선정된 곳들에는 현재 약 2400가구가 공급된다.", []),
    ("가람시 사업지에는 몇 가구가 공급돼?", "가람시 등 선정된 곳들에는 현재 약 2400가구가 공급된다.", ["2400가구"]),
    # a day's mean said 일평균, its period labelling both ends of a change
    ("전통시장 한 곳당 하루 평균 매출은 얼마였어?",
     "전통시장 한 곳당 일평균 매출액은 같은 기간에 6120만원에서 6043만원으로 1.3% 감소했다.", ["6120만원", "6043만원"]),
    # a fine is no prize, no grant: "포상금 얼마?" is not answered by "300만원 이하 과태료"
    ("가람상품권 부정유통 신고하면 포상금 얼마 줘요?", "가맹점 1곳은 부정유통이 적발돼 300만원 이하 과태료 처분을 받았다.", []),
    ("가람상품권 부정유통 과태료는 얼마야?", "가맹점 1곳은 부정유통이 적발돼 300만원 이하 과태료 처분을 받았다.", ["300만원"]),
    # a sibling group by its suffix (사망자 for 부상자, 플라스틱류 for 비닐류): another group's figure
    ("작년 교통사고 부상자는 몇 명이었어?", "지난해 교통사고 사망자는 3150명으로 집계됐다.", []),
    ("작년 교통사고 사망자는 몇 명이었어?", "지난해 교통사고 사망자는 3150명으로 집계됐다.", ["3150명"]),
    ("봉투 조사에서 비닐류는 몇 퍼센트 차지했어?", "성상 조사 결과 플라스틱류가 21.8%를 차지했다.", []),
    ("봉투 조사에서 비닐류는 몇 퍼센트 차지했어?", "조사 결과 플라스틱류가 21.8%, 비닐류가 9.6%를 차지했다.", ["9.6%"]),
    # a debt is no income; a sum per one named in letters (BI당) is no programme's whole
    ("가람군 농가 평균 부채는 얼마였어?", "가람군 농가 평균 소득은 3980만 원으로 6.2% 증가했다.", []),
    ("가람 보육센터 지원사업 전체 예산은 얼마예요?", "이번에 선정된 가람 BI는 BI당 1억2000만∼2억원을 지원받는다.", []),
    # (a grant named 소득 is no income: "기회 소득 31억 원" beside the budget asked)
    ("가람 체육센터 짓는 데 내년 예산 얼마 잡혔어?", "주요 사업별론 △가람 체육센터 건립 19억 원 △예술인 기회 소득 31억 원 등이 반영됐다.",
     ["19억 원", "31억 원"]),
    # a total asked: a bound modifying a rule's noun ("300만원 이하 과태료") is no total, a sum
    # said as a bound is one
    ("가람시 과태료 총액은 얼마야?", "가맹점 1곳은 300만원 이하 과태료 처분을 받았다.", []),
    ("가람시 과태료 총액은 얼마야?", "가맹점 3곳에 과태료 모두 1500만원이 부과됐다.", ["1500만원"]),
    ("가람시 사업에 총 얼마 투입해?", "시는 3천억 원 이상을 투입한다.", ["3천억 원"]),
    # … but a market (유통시장, 전통시장) is no mayor of a place
    ("유통시장 매출에서 전통시장이 차지한 비중은 몇 %야?",
     "유통시장의 총 매출액 중 전통시장의 매출액이 차지하는 비중은 7.4%였다.", ["7.4%"]),
    # how long a fall went on is no change ("7주 연속 하락세")
    ("전셋값은 얼마나 떨어졌어?", "전국의 아파트 전셋값은 0.03% 떨어지며, 7주 연속 하락세를 이어갔다.", ["0.03%"]),
])
def test_a_share_a_rate_or_another_period_is_not_the_figure_asked(question, text, values):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == values


@pytest.mark.parametrize("sentence, date, otherwise", [
    ("작년 1월에는 전체 물동량은 3.4% 증가했다.", "2019-02-18", True),  # 작년 of a 2019 article: 2018
    ("물동량은 작년 같은 달보다 8.4% 늘었다.", "2019-02-18", False),  # compared with: of this year
    ("올해 물동량 목표는 2천250만개다.", "2019-02-18", False),
    ("작년 1월에는 전체 물동량은 3.4% 증가했다.", "", False),  # undated: no year to count from
])
def test_a_year_news_counts_from_its_date_dates_the_sentence(sentence, date, otherwise):
    from qa.abstain import Constraint, Surroundings, _dated_otherwise
    from qa.question import squash

    c = Constraint("time", "2019년", ("2019년",))
    assert _dated_otherwise(c, Surroundings("", "", own=squash(sentence), date=date)) is otherwise


def test_a_size_before_짜리_is_a_kind_of_thing_not_the_quantity():
    text = "물동량은 20피트짜리 기준 177만8천여개로 늘었다."
    assert [f.text for f in figures_of_kind(analyze("물동량은 얼마였어?"), figures(text), text)] == ["177만8천여개"]
    text = "1만원짜리 지폐를 새로 찍는다."
    assert [f.text for f in figures_of_kind(analyze("몇 원짜리 지폐야?"), figures(text), text)] == ["1만원"]


def test_a_year_in_a_name_in_title_marks_is_no_date():
    text = "군은 ‘2027년 청년 농업인 창업 지원사업’을 추진한다."
    assert figures_of_kind(analyze("지원사업 신청은 언제 해요?"), figures(text), text) == []
    text = "접수는 ‘7월 1일’부터다."  # a date set apart alone is a date
    assert [f.text for f in figures_of_kind(analyze("접수는 언제부터야?"), figures(text), text)] == ["7월 1일"]


def test_the_day_news_reports_on_is_not_the_day_asked():
    text = "상수도사업본부는 2050년까지 정수장 4곳을 현대화하는 사업을 추진한다고 5일 밝혔다."
    assert [f.text for f in figures_of_kind(analyze("정수장 현대화는 언제까지 끝내?"), figures(text), text)] == ["2050년"]
    # unless the question asks when it was said
    assert "5일" in [f.text for f in figures_of_kind(analyze("현대화 계획은 언제 발표했어?"), figures(text), text)]
    # in whatever form the question says it (밝힌 날, 전한 날)
    assert "5일" in [f.text for f in figures_of_kind(analyze("현대화 사업을 추진한다고 밝힌 날은 며칠이야?"),
                                                     figures(text), text)]
    # … or when the news came out ("소식은 며칠에 나왔어?")
    assert "5일" in [f.text for f in figures_of_kind(analyze("정수장 현대화 소식은 며칠에 나온 거야?"),
                                                     figures(text), text)]
    # a 설명회, a 발표회 is an event of its own day, not the telling ("설명회는 며칠에 열려?")
    text = "가람도는 해상풍력 공공사업 시행자를 모집한다고 28일 밝혔다."
    assert figures_of_kind(analyze("해상풍력 사업 설명회는 며칠에 열려?"), figures(text), text) == []


@pytest.mark.parametrize("question, text, values", [
    ("조직개편 후 과는 모두 몇 개로 되나요?", "조직은 5실 2본부 12국 109과로 바뀐다.", ["109과"]),  # counted by its own name
    ("공공도서관은 몇 곳이죠?", "공공도서관 135개를 통합 관리한다.", ["135개"]),  # 곳 counted in 개
    ("탄소중립 계획은 몇 개 부문이야?", "2050탄소중립위원회 심의를 거쳐 8개 부문을 정했다.", ["8개"]),
    ("재활병원 병상 몇개야", "지하 2층, 지상 5층, 70병상 규모로 준공된다.", ["70병상"]),  # the noun asked, as counter
    # kinds counted in 가지 answer 몇 개, and 개 answers 몇 가지
    ("그 산의 별칭은 총 몇개인가?", "그 산의 별칭은 모두 9가지이며 계절마다 다르다.", ["9가지"]),
    ("대책은 몇 가지야?", "시는 3개 대책을 내놨다.", ["3개"]),
    # a noun the question counts by ("몇 나라") is counted in 개 with that noun after it, not in another noun
    ("안보리 15개 나라 중 몇 나라의 지지를 받았나?", "안보리 15개 나라 중 14개 나라의 지지를 받았다.", ["14개"]),
    ("안보리 15개 나라 중 몇 나라의 지지를 받았나?", "그는 14개 부처의 지지를 받았다.", []),
    # … or a noun ending in it: "객석 몇 석?" <- "496개의 관람석을 갖춘" (not "5개의 전시실")
    ("가람회관 공연장 객석은 몇 석이야?", "496개의 관람석을 갖춘 공연장과 전시실이 들어선다.", ["496개"]),
    ("가람회관 공연장 객석은 몇 석이야?", "회관에는 5개의 전시실과 공연장이 들어선다.", []),
    # a count asked in no unit: a numeral noun answers ("하나뿐"), a bare digit does not
    ("그 자리에 오를 수 있는 사람의 숫자는?", "그 자리에 오를 수 있는 사람은 하나뿐이다.", ["하나"]),
    ("그 자리에 오를 수 있는 사람의 숫자는?", "그 자리는 제 3 규정에 따른다.", []),
    # a bare count with its noun's case stands for the noun the sentence named before it …
    ("수소버스를 몇 대 시험 운행해?", "수소버스를 새로 개발해 규제 특례를 받아 도시 간 장거리 노선에 3대를 운용한다.",
     ["3대"]),
    # … not a count of another noun beside it, nor one whose noun the sentence never names
    ("수소버스를 몇 대 시험 운행해?", "도시 간 장거리 노선에서 화물차 3대를 운용한다.", []),
    ("수소버스를 몇 대 시험 운행해?", "규제 특례를 받아 도시 간 장거리 노선에 3대를 운용한다.", []),
])
def test_a_count_in_the_generic_counter_or_the_nouns_own_name(question, text, values):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == values


def test_a_deadline_asked_is_no_word_the_article_must_say():
    # "신청 마감일이 언제예요?", "공모 마감이 언제예요?": the end of a time, said by the date it
    # runs until ("다음달 10일까지 접수"); the article need not say 마감 (an event's day, 착공일,
    # still wants its event named)
    for question in ("가람 귀농 보조사업 신청 마감일이 언제예요", "가람 투자희망기업 공모 마감이 언제예요",
                     # (며칠 leaves no head: the deadline noun is still what is asked)
                     "가람장학회 장학생 신청 마감일이 며칠이에요?", "가람 공모 마감일이 며칠이야"):
        q = analyze(question)
        assert not any(c.text.startswith("마감") for c in q.hard), question
    assert any(c.text == "착공일" for c in analyze("가람대교 착공일은 언제야?").hard)
    text = "해양수산부는 오는 7일부터 다음달 13일까지 투자희망기업 지원사업 공모를 실시한다."
    assert [f.text for f in figures_of_kind(analyze("투자희망기업 공모 마감이 언제예요"), figures(text), text)] == ["13일"]


def test_an_article_numbering_one_of_a_series_is_about_that_one_throughout():
    # "제67회 가람문화제 기간은?": an article numbering only the 67th answers in any sentence; one
    # numbering another of the series (제66회) as well answers only near the 67th
    from qa.abstain import Surroundings, constraint_found

    number = next(c for c in analyze("제67회 가람문화제 기간이 언제부터 언제까지예요?").constraints if c.kind == "number")
    own = "9월 15일부터 10월 3일까지 열릴 가람문화제 예산은 4억 원 늘었다."
    for other, met in (("제3차 위원회가", True), ("제66회 행사에 이어", False)):
        document = f"가람시가 {other} 제67회 가람문화제 기본계획을 확정했다.\n코로나19로 행사를 줄였다.\n{own}"
        near = squash("코로나19로 행사를 줄였다.\n" + own)
        assert constraint_found(number, Surroundings(near=near, wide=near, own=squash(own), own_raw=own,
                                                     document=document), Params()) is met, other


def test_a_name_joined_by_a_dash_is_the_name_typed_whole():
    assert found("대산당진고속도로", squash("▲대산–당진 고속도로 734억(총사업비 9,091억)"))
    assert not found("대산당진고속도로", squash("대산 항만과 당진 고속도로"))


def test_a_questions_previous_year_is_the_articles_last_year():
    # "그 전년도 축제는 언제 열렸어?": met as 작년 is, by the article's year before its date
    q = analyze("그 전년도 가람축제는 언제 열렸었나요?")
    assert ("time", "작년") in [(c.kind, c.text) for c in q.constraints]
    # compared with, it is no year to meet
    assert not any(c.kind == "time" for c in analyze("가람시 예산은 전년 대비 몇 퍼센트 늘었어?").constraints)


def test_how_often_asked_is_the_time_between():
    # "얼마 간격으로 다녀요?": how often, answered by 1시간마다, not by how long the ride takes;
    # 사이 ("A랑 B 사이") is no word to find
    q = analyze("선굴이랑 축제장 사이 셔틀 얼마 간격으로 다녀요?")
    assert q.asks == "duration" and "사이" not in [c.text for c in q.constraints]
    from qa.extract import value_span
    assert value_span(q, "선굴에서 축제장까지는 차로 약 3분 걸리며 1시간마다 셔틀버스가 운영된다.").text == "1시간"


def test_a_year_compared_with_in_the_question_is_no_year_to_meet():
    q = analyze("창원시 내년도 본예산안은 올해보다 몇 퍼센트 늘었습니까?")
    assert not any(c.kind == "time" for c in q.constraints)
    # … by its month or quarter too ("작년 9월이랑 비교하면"); said plainly, the year is met
    for question in ("작년 9월이랑 비교하면 9월 소비자물가 몇 % 올랐어?", "가람시 인구 작년 3분기보다 얼마나 늘었어?"):
        assert not any(c.kind == "time" and c.text == "작년" for c in analyze(question).constraints), question
    assert any(c.kind == "time" and c.text == "작년" for c in analyze("작년 9월 소비자물가 몇 % 올랐어?").constraints)
    # "작년 같은 기간엔 몇 명?" asks of that year; "작년 같은 기간 대비" compares with it
    assert any(c.kind == "time" and c.text == "작년" for c in analyze("작년 같은 기간엔 몇 명 유치했었어?").constraints)
    assert not any(c.kind == "time" for c in analyze("작년 같은 기간 대비 몇 % 늘었어?").constraints)
    # … or its same quarter or season ("작년 같은 분기보다", "지난해 같은 시기보다")
    for question in ("영업이익이 작년 같은 분기보다 몇 퍼센트 늘었어?", "작년 같은 시기보다 관람객 몇 명 늘었어?"):
        assert not any(c.kind == "time" for c in analyze(question).constraints), question


def test_a_name_with_another_first_word_is_another_body():
    # 경남신용보증재단 is not 충남신용보증재단 one letter off: the place that tells them apart
    hay = squash("충남신용보증재단이 보증공급 6조원을 달성했다. 뉘르부르크링 서킷과 에코델타시티")
    assert not found("경남신용보증재단", hay, 0.8) and not found("전북신용보증재단", hay, 0.8)
    # a misspelling is still found
    assert found("충남신용보증재딘", hay, 0.8) and found("뉘루부르크링", hay, 0.8) and found("에코델타씨티", hay, 0.8)
    # … wherever the syllable stands (a letter off is still a misspelling)
    hay = squash("나래국립박물관 전시가 열렸다.")
    assert not found("가람국립박물관", hay, 0.8) and not found("나래국립미술관", hay, 0.8)
    assert found("나래국립밖물관", hay, 0.8)
    # an ending is no name's part: 가람인 written 가람의 (nor is a name written a letter off elsewhere another)
    hay = squash("다온국의 분노를 보여줬다. 하용근는 말했다. 하용근가 답했다.")
    assert found("다온국인", hay, 0.8) and found("하용근느", hay, 0.8)


def test_a_name_with_a_prefix_is_found_by_the_name():
    # "대이스라엘 수출": against Israel; the articles write 이스라엘
    name = next(c for c in analyze("대이스라엘 수출에서 자동차 비중이 얼마나 돼?").constraints if c.kind == "name")
    assert "이스라엘" in name.forms


@pytest.mark.parametrize("question, text, values", [
    ("휴관일은 무슨 요일입니까?", "도서관은 매주 월요일은 휴관하고 오후 4시에 연다.", ["월요일"]),
    ("휴관일은 무슨 요일입니까?", "오는 4일 오후 시민에게 개방한다.", []),  # a day of the week, not a date or a time of day
    ("국비는 얼마나 지원받나요?", "국비 300억원을 지원받는다.", ["300억원"]),  # 얼마나 … 받: a sum
    ("국비는 얼마나 지원받나요?", "시비 300억원을 들인다.", []),
])
def test_a_day_of_the_week_and_a_sum_received(question, text, values):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == values


def test_a_noun_ending_in_당_asks_no_rate():
    # 수당, 정당, 식당 are things: "공익수당 … 총예산은?" asks a whole, and the whole answers it
    text = "올해 예산은 도비 624억원(40%)과 시군비 937억원(60%)을 포함해 총 1561억원이 편성됐다."
    q = analyze("전남도 공익수당 올해 총예산은?")
    assert "1561억원" in [f.text for f in figures_of_kind(q, figures(text), text)]
    # a counted noun with 당 after 한, or a counter with 당, still asks a rate
    for rate in ("공익수당은 한 경영체당 얼마야?", "1인당 얼마씩 줘?", "가구당 얼마 받아?"):
        assert not figures_of_kind(analyze(rate), figures(text), text), rate


@pytest.mark.parametrize("question, text, values", [
    # times news gives relative to its day answer 언제 as a date does
    ("도서관은 언제 개관해?", "도서관은 연내 개관을 목표로 한다.", ["연내"]),
    ("도서관은 언제 개관해?", "도서관은 이달 말 개관한다.", ["이달 말"]),
    ("도서관은 언제 개관해?", "도서관은 올 하반기 문을 연다.", ["올 하반기"]),
    # a rate is not always a percentage: the figure given as the value of the very noun asked
    ("경쟁률은 얼마였어?", "1차 모집에는 325명이 지원해 평균 3.2대 1의 경쟁률을 보였다.", ["3.2대"]),
    # … or after the ratio's other side and a word of praise ("…1이라는 높은 경쟁률")
    ("가람 행복주택 평균 경쟁률 얼마였나요?", "가람 행복주택은 평균 7.35대 1이라는 높은 경쟁률을 기록한 바 있다.", ["7.35대"]),
    ("가람 행복주택 평균 경쟁률 얼마였나요?", "가람 행복주택은 평균 7.35대 1이라는 높은 관심을 받았다.", []),
    ("합계출산율은 얼마야?", "지난해 합계출산율은 0.72명으로 역대 최저였다.", ["0.72명"]),
    # … and only that: a count beside it is no rate
    ("합계출산율은 얼마야?", "지난해 출생아는 23만 명으로 역대 최저였다.", []),
    # days counted in native words; a vague magnitude; the nth time; a magnitude before the unit asked
    ("축제는 며칠 동안 열려?", "축제는 오는 15일부터 사흘간 열린다.", ["사흘간"]),
    ("몇 명이 다녀갔어?", "지난해 축제에는 수십만 명이 다녀갔다.", ["수십만 명"]),
    # … whose 수 takes a magnitude: 수원 is a city, 수명 a lifespan, not a sum nor a count
    ("복지 예산은 얼마야?", "수원시는 복지계획을 수립했다.", []),
    ("몇 명이야?", "배터리 수명이 다했다.", []),
    ("몇 번째 축제야?", "올해로 19회째를 맞은 불꽃축제가 9일 열린다.", ["19회째"]),
    ("올해 몇 회째야?", "올해로 19회째를 맞은 불꽃축제가 9일 열린다.", ["19회째"]),
    ("몇 만 원 받아?", "1인당 30만원을 받는다.", ["30만원"]),
    # a sum is of the kind the words right before it name: a wage is no budget, whatever the
    # sentence says of the budget further back; a size (규모) asked is of the sum named before it
    ("국방예산 전체 규모는 얼마인가요?", "국방예산안에 따르면 병사 월급은 내년에 40만5700원에서 54만900원으로 인상된다.", []),
    ("국방예산 전체 규모는 얼마인가요?", "내년 국방예산은 50조1527억원 규모다.", ["50조1527억원"]),
    ("병사 월급은 얼마야?", "국방예산안에 따르면 병사 월급은 내년에 40만5700원에서 54만900원으로 인상된다.",
     ["40만5700원", "54만900원"]),
    # "X 수는?" counts X: a bare figure right after X counts it; a count beside another noun
    # sharing only X's first syllables (관광도시 … 30개 공모사업) does not
    ("2027년까지 유치하겠다는 외래관광객 수는?", "2027년 외래관광객 3천만 유치가 목표다.", ["3천만"]),
    ("2027년까지 유치하겠다는 외래관광객 수는?", "스마트 관광도시 조성사업 등 30개 공모사업을 설명한다.", []),
    # 2023년도 is the year 2023, no count
    ("유치하겠다는 외래관광객 수는?", "2023년도 사업계획 설명회를 개최한다.", []),
    # 몇 시에: an hour of the day, not hours of travel
    ("KTX는 몇 시에 출발해?", "운행시간은 2시간 20분 정도 걸릴 것으로 보인다.", []),
    ("KTX는 몇 시에 출발해?", "첫차는 오전 5시 30분에 출발한다.", ["5시 30분"]),
    # times are counted in 번, 회 or 차례, one for another, with no noun beside them
    ("하루 몇 번 왕복하나요?", "주중 하루 8회 서울까지 왕복운행한다.", ["8회"]),
    ("지금까지 몇 번에 걸쳐 신규과제를 골랐어?", "지난해부터 3차례에 걸쳐 77개의 신규과제를 선정했다.", ["3차례"]),
    # 하루 alone is as often "per day": no span of days
    ("축제는 며칠 동안 열려?", "하루 평균 1만 명이 찾는다.", []),
])
def test_values_news_writes_in_words_or_other_units(question, text, values):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == values


def test_a_name_typed_as_two_words_glued_is_found_by_its_parts():
    from qa.abstain import Surroundings, _glued_words
    from qa.question import squash

    article = "포항시가 시내버스 노선을 전면 개편한다. 배차 시간은 10~15분 간격으로 줄어든다."
    s = Surroundings(near=squash(article), wide=squash(article), document=article)
    assert _glued_words("포항시내버스", s)
    # another city's bus is still another city's
    assert not _glued_words("서울시내버스", s)
    # a short word is not split
    assert not _glued_words("포항", s)


def test_a_local_outlets_own_area_is_the_place_its_article_calls_ours():
    from qa.abstain import Surroundings, constraint_found

    article = "우리 지역 초·중·고등학교가 다음달 2일 입학식을 갖는다. 관내 42개 학교에 1,037명이 입학한다."
    name = next(c for c in analyze("나래에서 입학식 하는 학교가 몇 곳이야?").constraints if c.kind == "name")

    def found(source: str, document: str = article) -> bool:
        s = Surroundings(near=squash(document), wide=squash(document), wide_raw=document, document=document,
                         source=source)
        return constraint_found(name, s, Params())

    assert found("나래신문") and found("나래투데이") and found("나래일보 (연합뉴스)")
    # another place's outlet, an outlet whose name only begins so, an article not speaking of its own area
    assert not found("가람신문")
    assert not found("나래경제연구소")
    assert not found("나래신문", "전국 초·중·고등학교가 다음달 2일 입학식을 갖는다.")
    # a regional paper calls its province's government by the bare unit ("도가", "도 경제진흥국장")
    said = "도가 2021년까지 청년 일자리 사업을 추진한다. 총 640억원을 투입한다. 나다온 도 경제진흥국장은 말했다."
    assert found("나래일보", said)
    # a local paper's article on a department's budget names no place at all: its town's own
    budget = "자원순환과의 올해 예산은 87억3200만 원이다. 클린하우스가 올해 6개소 설치된다."
    assert found("나래시대", budget) and found("나래신문", budget)
    assert not found("나래신문", "서울시 자원순환과의 올해 예산은 87억3200만 원이다.")  # names a place: that one's
    assert not found("가람신문", budget)
    # … and calls the province itself 도내 ("도내에는 14개 시·군에 측정망이 있다"), not a 구내식당
    inside = "도내에는 14개 시·군 27개소였던 측정망이 18개 시·군 33개소로 늘어났다. 서울시도 측정망을 늘렸다."
    assert found("나래신문", inside)
    assert not found("나래신문", "구내식당 이용자가 늘어났다. 서울시도 식당을 늘렸다.")


def test_the_outlet_asked_is_the_one_that_published_the_article():
    from qa.abstain import Surroundings, constraint_found

    # the outlet is in the article's metadata; its body names it only in the wire line, which
    # is no place spoken of (and is left out of what a constraint is looked for in)
    article = "하용근 기자 = 우리나라 장마철 평균 기간이 32일로 조사됐다."
    name = next(c for c in analyze("나래뉴스 장마철 분석 기사는 누가 썼어?").constraints if c.kind == "name")

    def found(source: str) -> bool:
        s = Surroundings(near=squash(article), wide=squash(article), wide_raw=article, document=article, source=source)
        return constraint_found(name, s, Params())

    assert found("나래뉴스") and found("나래뉴스 (연합뉴스)")
    assert not found("가람일보")


def test_a_bound_asked_is_met_by_a_figure_past_it():
    from qa.abstain import Surroundings, constraint_found

    def found(question: str, text: str) -> bool:
        bound = next(c for c in analyze(question).constraints if c.kind == "bound")
        s = Surroundings(near=squash(text), wide=squash(text), near_raw=text, wide_raw=text, own_raw=text, own=squash(text))
        return constraint_found(bound, s, Params())

    # "20cm 넘게": any figure of the unit past it, not the bound written as such
    assert found("가람에서 20cm 넘게 눈 쌓인 구는 어디예요?", "가람구와 나래구에 20.6㎝와 20.4㎝ 눈이 쌓였다.")
    assert not found("가람에서 30cm 넘게 눈 쌓인 구는 어디예요?", "가람구와 나래구에 20.6㎝와 20.4㎝ 눈이 쌓였다.")
    assert not found("가람에서 20cm 넘게 눈 쌓인 구는 어디예요?", "가람구에 비가 20.6mm 내렸다.")
    # … or the bound itself said as a bound, in either way of writing the unit
    assert found("가람은 5월에 30도 넘은 날이 며칠이었대?", "가람 지역의 30℃가 넘은 일수가 5월에 3일이었다.")
    assert not found("가람은 5월에 30도 넘은 날이 며칠이었대?", "가람의 낮 기온은 30℃였다.")
    assert found("1만원 미만 거래는 몇 건이야?", "9천원짜리 거래가 가장 많았다.")


def test_a_name_given_once_is_then_called_by_its_head_noun():
    from qa.abstain import Surroundings, constraint_found
    from qa.params import Params
    from qa.question import squash

    article = ("이번에 선정된 사업은 ‘가람이음UP센터’로, 주민 생활 여건을 개선한다.\n"
               "센터에는 일자리 공간이 들어선다. 4~5층에는 어린이 문화체험 공간을 마련한다.")
    name = next(c for c in analyze("가람이음UP센터 4~5층엔 뭐가 들어서요?").constraints if c.kind == "name")
    own = "4~5층에는 어린이 문화체험 공간을 마련한다."
    near = "센터에는 일자리 공간이 들어선다. " + own

    def found(document: str, near_raw: str) -> bool:
        # (the proper noun inside the name, 가람이음, is looked for in the wide text: there)
        s = Surroundings(near=squash(near_raw), wide=squash(near_raw) + "\n가람이음", document=document,
                         own=squash(own),
                         own_raw=own, near_raw=near_raw)
        return constraint_found(name, s, Params())

    assert found(article, near)
    # not when the article never names it whole, nor when nothing near says the head noun
    assert not found(article.replace("가람이음UP센터", "주민 공동 이용시설"), near)
    assert not found(article, own)
    # the head noun as a word of its own, not the start of another ("센터장은")
    assert not found(article, "센터장은 일자리 공간을 소개했다. " + own)


def test_a_year_around_the_articles_is_said_in_its_sentences_not_its_title():
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    year = next(c for c in analyze("2025년 가람맛축제 방문객은 몇 명이었어?").constraints if c.kind == "time")
    title = "“내년에 또 만나요” 가람맛축제 매출 달성"
    own = "가람맛축제는 1만 5천 명의 방문객을 기록했다."
    near = squash(title) + "\n" + squash(own)
    # the count is this year's (2024): the headline's 내년 dates nothing below it
    assert not _dated_that_year(year, Surroundings(near, near, own=squash(own), date="2024-10-18", near_raw=own))
    # said in the sentence, it is next year's
    own = "내년 축제에는 2만 명의 방문객을 목표로 한다."
    assert _dated_that_year(year, Surroundings(squash(own), squash(own), own=squash(own), date="2024-10-18",
                                               near_raw=own))


def _dated_with_and_without(question: str, own: str, word: str, beside: str, date: str, before: bool = False):
    """Whether the question's year is met by ``own`` (with ``word``, the article's day or month)
    beside another sentence, and by ``own`` without the word: (with, without)."""
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    year = next(c for c in analyze(question).constraints if c.kind == "time")
    out = []
    for sentence in (own, own.replace(word, "")):
        near = squash(beside + sentence if before else sentence + beside)
        out.append(_dated_that_year(year, Surroundings(near, near, own=squash(sentence), own_raw=sentence, date=date)))
    return tuple(out)


def test_the_day_an_article_calls_이날_and_a_horizon_ahead_date_nothing_else():
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    # "이날" is the day the article is dated: a record of 2021 beside it dates nothing of it
    assert _dated_with_and_without("2024년 7월 9일 가람지수 시가총액 얼마였어요?",
                                   "이날 가람지수는 1% 오른 채 마감해 시가총액이 2000조원에 이르렀다.", "이날 ",
                                   "이날 시가총액은 지난 2021년 8월에 세운 최고치를 웃돌았다.", "2024-07-09") == (True, False)
    # a year ahead said as a horizon ("2026년까지 다섯 번 올린다") is no year the sentence speaks of
    year = next(c for c in analyze("2024년 3월 나래은행 회의 주재한 의장 누구야?").constraints if c.kind == "time")
    own = "하용근 의장이 처음 이끈 회의였다."
    # (올린다 is no 올, this year: read as one, the headline's 2026년 was set aside)
    for title, dated in (("나래은행, 2026년까지 금리 다섯 번 올린다", True), ("나래은행, 2026년 금리 다섯 번 올린다", False)):
        near = squash(title) + "\n" + squash(own)
        assert _dated_that_year(year, Surroundings(near, near, own=squash(own), own_raw=own,
                                                   date="2024-03-22")) is dated


@pytest.mark.parametrize("beside, dated", [("매출은 지난해보다 22% 증가했다.", False), ("매출은 전년 동기 대비 22% 늘었다.", False),
                                            # (전년도 is 전년 + 도: compared with all the same)
                                            ("전년도 대비 매출이 22% 늘었다.", False), ("매출은 전년도보다 22% 늘었다.", False),
                                            ("지난해 매출은 1조원이었다.", True), ("전년도 매출은 1조원이었다.", True),
                                            ("지난해 같은 기간(1조원)보다 늘었다.", True),
                                            # (… or with its event's time: "지난해 조사 때보다", "지난해 이맘때보다")
                                            ("매출은 지난해 조사 때보다 22% 늘었다.", False), ("매출은 지난해 이맘때보다 22% 늘었다.", False)])
def test_the_year_before_compared_with_dates_no_figure_to_it(beside, dated):
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    # "2015년 매출 얼마야?" in an article of 2016: a sentence that compares with the year before
    # speaks of this year; one saying the year before's own figure speaks of it
    year = next(c for c in analyze("2015년 가람화장품 매출 얼마야?").constraints if c.kind == "time")
    own = "가람화장품은 매출 2조원을 올렸다."
    near = own + " " + beside
    assert _dated_that_year(year, Surroundings(squash(near), squash(near), own=squash(own), own_raw=own,
                                               near_raw=near, date="2016-08-17")) is dated
    # … unless the headline says the article speaks of the year before
    assert _dated_that_year(year, Surroundings(squash(near), squash(near), own=squash(own), own_raw=own,
                                               near_raw=near, date="2016-08-17",
                                               title="지난해 가람화장품 매출 역대 최대"))


def test_a_figure_of_the_question_is_found_with_its_thousands_and_not_as_another_units():
    from qa.abstain import figure_found

    # the question's figure is read without its comma ("1429.8원"), the article keeps it
    assert figure_found("1429.8원", squash("환율은 한때 1,429.8원까지 내렸다"))
    assert not figure_found("429.8원", squash("환율은 한때 1,429.8원까지 내렸다"))
    # "1년물" is not the 1 of "1bp": a number written with a unit in letters is another's
    assert not figure_found("1년물", squash("2bp(1bp=0.01%포인트) 내린 연 3.1%였다"))
    assert figure_found("1년물", squash("1년물 금리는 연 3.1%였다"))


def test_a_change_over_a_span_is_not_the_value_and_a_change_picking_a_day_is_not_asked():
    from qa.extract import asks_change

    text = "1,429.8원까지 내렸던 환율은 이후 7거래일 연속 상승해, 7거래일 새 27.8원이나 급등했다."
    # the day it rose picks out when; the close asked is a level, not what it rose by
    q = analyze("7거래일 연속 오른 날 환율 종가 얼마야?")
    assert not asks_change(q)
    assert "27.8원" not in _figures_asked(text, "7거래일 연속 오른 날 환율 종가 얼마야?")
    assert "27.8원" in _figures_asked(text, "환율 7거래일 새 얼마나 올랐어?")
    assert asks_change(analyze("오른 금액은 얼마야?"))


def test_another_of_the_kind_a_number_names_is_not_the_one_asked():
    from qa.abstain import _another_designated

    c = next(c for c in analyze("국고채 3년물 금리 몇 %로 끝났어?").constraints if c.text == "3년물")
    assert _another_designated(c, "10년물 금리는 연 3.680%로 2.1bp 하락했다.")
    assert not _another_designated(c, "3년물과 10년물 금리가 함께 내렸다.")
    assert not _another_designated(c, "이날 3년 만기 국고채 금리는 연 3.300%에 마쳤다.")  # (says no other)
    year = next(c for c in analyze("2019년 매출 얼마야?").constraints if c.kind == "time")
    assert not _another_designated(year, "2020년 매출은 5억원이다.")  # a plain unit names no kind
    # a counter of its own (가지, 단계): its other numbers count the same thing, or a stage beside
    stage = next(c for c in analyze("파크골프장 2단계 사업비는 얼마래?").constraints if c.text == "2단계")
    assert not _another_designated(stage, "1단계 사업부지 옆 부지에 10억원을 들여 조성된다.")
    # a year of two digits is the year in four ("05년생" is 2005년생)
    born = next(c for c in analyze("05년생은 무료접종 언제까지 맞으면 돼?").constraints if "년생" in c.text)
    assert not _another_designated(born, "마지막 지원 대상인 2005년생과 1996년생은 12월까지 접종할 수 있다.")
    assert _another_designated(born, "지원 대상인 2007년생은 12월까지 접종할 수 있다.")
    # a time (2월말) or a week counted (23주차) is no kind: another month's end compared with, or
    # the week a bulletin began, leaves the sentence about the one asked
    end = next(c for c in analyze("2월말 인구 1월말보다 몇 명 늘었어?").constraints if c.text == "2월말")
    assert not _another_designated(end, "이는 1월말에 비해 7889명 늘어난 것이다.")
    week = next(c for c in analyze("환자 23주차까지 몇 명 나왔어?").constraints if c.text == "23주차")
    assert not _another_designated(week, "올해 23주까지 환자는 173명으로, 당국은 22주차부터 소식지를 낸다.")


def test_a_change_of_a_rate_in_points_is_not_the_rate():
    text = "나래은행이 기준금리를 0.5%포인트(P) 올려 연 1.75%에서 2.25%가 됐다."
    assert _figures_asked(text, "이번 결정 후 기준금리 몇 %야?") == ["1.75%", "2.25%"]
    assert "0.5%포인트" in _figures_asked(text, "기준금리 얼마나 올렸어?")


@pytest.mark.parametrize("sentences, dated", [
    # an article of December 2025 about the first half of 2026: its sentences speak of 2026
    (["가람군은 2026년 상반기 공공일자리 참여자를 모집한다.", "모집 인원은 지역일자리 37명이다."], False),
    # no year said near: the article's own
    (["가람군은 공공일자리 참여자를 모집한다.", "모집 인원은 지역일자리 37명이다."], True),
    # a year compared with is not one spoken of, and 올해 keeps the date's year
    (["모집 인원은 2020년보다 늘어난 37명이다."], True),
    (["2026년 사업을 앞두고 올해 모집 인원은 37명이다."], True),
])
def test_a_year_alone_is_the_articles_unless_its_sentences_name_others(sentences, dated):
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    year = next(c for c in analyze("가람군 2025년 상반기 공공일자리는 몇 명 뽑았어요?").constraints if c.kind == "time")
    near = "\n".join(squash(t) for t in sentences)
    s = Surroundings(near, near, own=squash(sentences[-1]), date="2025-12-26", near_raw=" ".join(sentences))
    assert _dated_that_year(year, s) is dated


def test_a_counter_that_says_what_it_counts():
    # 230개사 counts companies, though no 회사 stands beside it
    text = "시는 올해 기업 투자유치로 230개사, 2조 2348억원의 성과를 거뒀다."
    assert [f.text for f in figures_of_kind(analyze("몇개 회사 투자 유치했어?"), figures(text), text)] == ["230개"]
    assert figures_of_kind(analyze("몇 개 학교가 참여했어?"), figures(text), text) == []


VICE = "공단 부이사장은 누구야?"
MAYOR = "수소도시 사업에 대해 발언한 울산시장은 누구야?"


@pytest.mark.parametrize("question, post, article, found", [
    (VICE, "부이사장", "공단(이사장 홍길동)이 31일 출범했다.", False),  # only the post 부이사장 extends: its holder is no answer
    (VICE, "부이사장", "공단 부이사장에는 김철수 전 국장이 임명됐다.", True),
    (VICE, "부이사장", "공단은 직원 300여 명 규모로 운영된다.", True),  # no post named: the question may paraphrase it
    # a local head with its place glued on is named by the office, as a word of its own or after the place
    (MAYOR, "울산시장", "울산시는 수소도시 조성사업 공모에 선정됐다. 수소 세계시장 선점을 노린다.", False),  # 세계시장: a market
    (MAYOR, "울산시장", "김철수 시장은 “수소 선도도시가 되겠다”고 말했다.", True),  # the place left out
    (MAYOR, "울산시장", "울산시장은 이날 공모 선정을 알렸다.", True),
    (MAYOR, "울산시장", "울산광역시장 김철수는 이날 공모 선정을 알렸다.", True),
    # Kiwi cuts some posts off their place ("가람군수" -> 가람 + 군수): the post asked is both
    ("가람군수가 누구예요?", "가람군수", "가람군이 주민 지원금을 지급한다.", False),
    ("가람군수가 누구예요?", "가람군수", "홍길동 가람군수는 지원금 지급을 알렸다.", True),
])
def test_a_post_asked_is_found_only_as_that_post(question, post, article, found):
    from qa.abstain import Surroundings, constraint_found
    from qa.question import squash

    posts = [c for c in analyze(question).constraints if c.kind == "post"]
    assert [c.text for c in posts] == [post]
    s = Surroundings(near=squash(article), wide=squash(article), document=article)
    assert constraint_found(posts[0], s, Params()) is found


@pytest.mark.parametrize("form, hay, is_found", [
    # a month or a day is found as one
    ("7월", "7일부산항터미널운영사들집계에따르면6월", False),  # an article of July 7 speaking of June
    ("7월", "지난7월", True), ("7월", "6~7월", True), ("7월", "7·8월", True),
    ("7월", "2021.7.1", True), ("7월", "2021.07.01", True), ("7월", "17월", False),
    ("15일", "7월15일", True), ("15일", "15개", False),
    # a stage or a line counts its own series
    ("2단계", "지하2층·지상5층규모", False), ("2단계", "북항2단계재개발", True),
    ("3호선", "3개노선", False), ("3호선", "도시철도3호선", True),
])
def test_a_figure_of_a_calendar_or_series_unit_is_found_with_it(form, hay, is_found):
    from qa.abstain import figure_found

    assert figure_found(form, hay) is is_found


def test_a_part_marked_by_만_is_found_beside_the_figure():
    # "장애인 복지에만 배정된 예산": the total beside it says no part, though the article
    # names 장애인 elsewhere; a figure stated of that part answers
    q = analyze("가람시 복지계획에서 장애인 복지에만 따로 배정된 예산은 얼마야?")
    assert ("part", "장애인") in {(c.kind, c.text) for c in q.hard}
    doc = Document("w", "가람시 복지계획", "가람시가 4년간 사회복지에 2268억원을 투입한다.\n매년 567억원을 쓰는 셈이다.\n"
                   "계획은 5대 전략으로 이뤄진다.\n노인, 장애인, 다문화 등 7개 영역별로 조사도 병행했다.")
    assert [c.text for c in check(q, FakeStore([doc]), 0, P.with_(window=1), idf).missing] == ["장애인"]
    doc = Document("w", "가람시 복지계획", "장애인 복지에는 120억원이 배정됐다.")
    assert not check(q, FakeStore([doc]), 0, P.with_(window=1), idf).missing
    # no 만, no part: the noun says which budget, found anywhere in the article
    assert ("subject", "장애인") in {(c.kind, c.text) for c in analyze("가람시 장애인 복지 예산은 얼마야?").hard}


def test_the_holder_of_a_bodys_post_must_be_named():
    from qa.abstain import needs_value

    # "보건지소장은 누구?", "원주의료원장 이름이 뭐야?": named, or not given, even where the
    # fitted parameters demand no name of a person asked otherwise
    p = P.with_(value_required=("amount",))
    assert needs_value(analyze("가람면보건지소장은 누구예요?"), p)
    q = analyze("원주의료원장 이름이 뭐야?")  # Kiwi reads 원주 + 의료원 + 장
    assert q.asks == "person" and needs_value(q, p)
    # 수장 is said of anyone who leads; Kiwi cuts names as 주+원장: no name demanded there
    assert not needs_value(analyze("프랑스군의 수장은 누구인가?"), p)
    # a body's head asked by a post of two syllables: 회장, 총장, 차관
    assert needs_value(analyze("계획을 발표한 소협 회장은 누구예요?"), p)
    assert needs_value(analyze("그 대학 총장은 누구야?"), p)
    assert needs_value(analyze("그 사업을 하는 거제시장은 누구예요?"), p)  # a place's head, glued


def test_another_measure_of_the_same_base_is_no_answer():
    # "부지면적은?" over "연면적 703㎡": the floor area, not the site's; "면적은?" takes either
    text = "새 청사는 지상 4층, 연면적 703㎡ 규모로 지어졌다."
    assert figures_of_kind(analyze("새 청사 부지면적은 얼마야?"), figures(text), text) == []
    assert [f.text for f in figures_of_kind(analyze("새 청사 면적은 얼마야?"), figures(text), text)] == ["703㎡"]
    assert [f.text for f in figures_of_kind(analyze("새 청사 연면적은 얼마야?"), figures(text), text)] == ["703㎡"]


def test_a_sum_of_the_kind_asked_is_stated_without_the_questions_words():
    from qa.abstain import names_sum_asked

    q = analyze("가람근린공원 조성에 든 돈 얼마야?")  # 든 돈: a programme's cost
    assert names_sum_asked(q, "구는 총사업비 58억원을 전액 시비로 투입해 공사를 마쳤다.")
    assert not names_sum_asked(q, "입장료는 1인당 3천원이다.")


def test_a_figure_glossed_in_brackets_is_the_size_of_the_name_before_it():
    # "혁신단지(33.3㏊)에 원예단지와 창업단지(30.3㏊)": each bracket gives the size of the name it
    # is glued to, so 원예단지's area is not given; an attribute glossed ("예산(100억 원)") is its value
    text = "가람군은 기존 혁신단지(33.3㏊)에 원예단지와 대규모 창업단지(30.3㏊)를 조성한다."
    assert [f.text for f in figures_of_kind(analyze("가람군 창업단지 면적은 얼마나 돼요?"), figures(text), text)] \
        == ["30.3㏊"]
    assert figures_of_kind(analyze("가람군 원예단지 면적은 몇 ㏊예요?"), figures(text), text) == []
    text = "시는 올해 사업 예산(100억 원)을 모두 집행했다."
    assert [f.text for f in figures_of_kind(analyze("올해 사업비는 얼마야?"), figures(text), text)] == ["100억 원"]
    # a figure restated in brackets ("91억원(1.4%) 증가") is the same change in another unit, no
    # thing's size
    text = "가람군은 올해 본예산 6000억원보다 90억원(1.5%) 증가한 6090억원 규모로 예산안을 편성했다."
    assert [f.text for f in figures_of_kind(analyze("가람군 예산 올해보다 몇프로 늘어난거야"), figures(text), text)] \
        == ["1.5%"]
    text = "가람시가 올해 예산(1조 3976억원)보다 781억 원(5.6%) 많은 1조 4757억 원 규모로 예산안을 편성했다."
    assert [f.text for f in figures_of_kind(analyze("가람 내년예산 증가율 몇퍼센트"), figures(text), text)] == ["5.6%"]


def test_a_bare_count_followed_by_the_noun_asked_counts_it():
    # "병력은 얼마였나" <- "각각 13만여 병력에": the noun after the figure is what it counts
    text = "양군은 각각 13만여 병력에 600여 문의 대포를 보유했다."
    q = analyze("양군의 병력은 얼마였는가?")
    assert q.asks == "count" and q.head == "병력"
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["13만여"]


def test_the_date_of_an_event_the_article_never_names_is_not_given():
    # "사전청약은 언제부터?" over an article dating only the plan's announcement
    doc = Document("s", "반도체 신도시 조성", "신도시는 지난 3월 발표된 국가산단 부지에 인접한 곳이다.\n"
                   "입주는 2030년에 시작된다.")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("반도체 신도시 사전청약은 언제부터 해요?"), store, 0, P, idf).missing] == ["사전청약"]
    # an event the article names is found, wherever in it
    assert not check(analyze("반도체 신도시 입주는 언제부터 해요?"), store, 0, P, idf).missing
    # a date asked by its kind noun (출생일, 개최연도) names no event to find
    assert not [c for c in analyze("그의 출생일은?").constraints if c.kind == "subject"]
    # nor one asked of a person: the name is the topic, the verb the event ("다윈은 언제 결혼했어?")
    q = analyze("찰스 다윈은 언제 결혼했어?")
    assert [c.kind for c in q.constraints if c.text == "다윈"] == ["name"]


def test_a_route_asked_is_met_only_by_a_sentence_naming_both_ends():
    doc = Document("r", "광역버스 개통", "가람동과 누리역을 잇는 노선(M1111)이 개통했다.\n"
                   "다온동과 누리역을 잇는 노선도 새로 만들기로 했다.")
    store = FakeStore([doc])
    q = analyze("다온동~누리역 노선 번호는 뭐예요?")
    assert [c.kind for c in check(q, store, 0, P, idf).missing] == ["route"]
    assert not check(q, store, 1, P, idf).missing
    assert needs_value(q, P)  # a number borne is given or it is not


def test_a_code_asked_with_its_counter_is_found_as_written():
    from qa.abstain import figure_found

    assert figure_found("m1234번", "광역버스(m1234)3대는")
    assert not figure_found("m1234번", "광역버스(m12345)3대는")


def test_a_sum_asked_by_its_topic_is_of_that_kind():
    # "예산은 총 얼마야?": 얼마 said of 예산, so a deposit's ceiling is not it
    text = "임차 보증금 2억 원 이하의 주택에 살아야 한다."
    assert figures_of_kind(analyze("청년 주거 지원사업 올해 예산은 총 얼마야?"), figures(text), text) == []
    text = "청년 주거 지원사업 올해 예산은 30억 원이다."
    assert [f.text for f in figures_of_kind(analyze("청년 주거 지원사업 올해 예산은 총 얼마야?"), figures(text), text)] \
        == ["30억 원"]


def test_the_head_of_a_body_named_before_the_post_must_be_named():
    # "제2의료원 원장": 원장 alone may be part of a name (주원장), spaced after a body it is a post
    from dataclasses import replace

    p = replace(P, value_required=tuple(v for v in P.value_required if v != "person"))
    assert needs_value(analyze("가람 제2의료원 원장은 누가 맡기로 했어?"), p)
    assert not needs_value(analyze("원장은 누구야?"), p)


def _figures_asked(text: str, question: str) -> list[str]:
    """The figures of ``text`` that could answer ``question`` (figures_of_kind), as written."""
    return [f.text for f in figures_of_kind(analyze(question), figures(text), text)]


def test_a_shortened_compound_is_found_in_its_long_form():
    from qa.abstain import abbreviated

    assert abbreviated("수소차", "한편 수소전기차를 사면 보조금을 준다.")
    assert abbreviated("부산시", "부산광역시는 밝혔다.") and abbreviated("전기차", "전기자동차 보급")
    # across a space, or a word of two syllables: no
    assert not abbreviated("수소차", "수소 충전차") and not abbreviated("울산시", "울산 시민")
    assert not abbreviated("시장", "시립미술관장")
    # a body shortened to the first syllable of each part (해수부, 과기정통부), within one word
    assert abbreviated("해수부", "해양수산부는 6일 발표했다.") and abbreviated("과기정통부", "과학기술정보통신부가")
    assert abbreviated("문체부", "문화체육관광부는") and abbreviated("행안부", "행정안전부 장관")
    assert not abbreviated("해수부", "해운대 수영장 부지") and not abbreviated("해수부", "해외 수출부진")
    # parts of three syllables too (코리아 + 세일 + 페스타)
    assert abbreviated("코세페", "2019 코리아세일페스타가 열린다") and not abbreviated("코세페", "코로나 세계 페스티벌")


def test_a_name_shortened_by_the_initials_of_every_part_is_found():
    from qa.abstain import spelled_by_initials

    # 특교세 for 특별교부세, 해수부 for 해양수산부: every part cut to its first syllable
    assert spelled_by_initials("특교세", "행정안전부 특별교부세 12억원을 확보했다.")
    assert spelled_by_initials("해수부", "해양수산부는 6일 발표했다.")
    # a part kept whole may be another name (자유당, 자유선진당), and across a space no
    assert not spelled_by_initials("자유당", "자유선진당 대표가 말했다.")
    assert not spelled_by_initials("특교세", "특별 교부세")


def test_a_shortened_name_meets_the_name_asked():
    # "특교세" asked, the article says 특별교부세: the question's name is met
    doc = Document("t", "가람군 예산 확보", "가람군은 올해 행정안전부 특별교부세 12억원을 확보했다.")
    got = check(analyze("가람군은 특교세를 얼마 확보했어?"), FakeStore([doc]), 0, P, idf)
    assert got.missing == ()


def test_a_programmes_sum_asked_is_not_the_cap_each_one_gets():
    text = "시는 피해자가 납부한 대출이자를 최대 45만 원(월 15만 원 한도, 3개월분)까지 지원한다."

    assert _figures_asked(text, "전세사기 대출이자 지원사업 총예산은 얼마예요?") == []
    # the cap is the answer when what each one gets is asked
    assert "45만 원" in _figures_asked(text, "전세사기 피해자는 최대 얼마까지 지원받아요?")
    assert "45만 원" in _figures_asked(text, "1인당 최대 얼마 지원해?")


def test_a_long_name_in_the_sentence_is_no_far_question():
    from qa.abstain import names_long

    q = analyze("쿠알라룸푸르국제공항은 어느나라 공항인가?")
    text = "김정남은 말레이시아 세팡에 위치한 쿠알라룸푸르국제공항에서 공격을 받았다."
    assert names_long(q, text)
    chk = Check(1.0, 1.0, ())
    p = Params(dense_floor=0.84)
    assert decide(q, 0.83, chk, True, p).reason == "far"
    assert decide(q, 0.83, chk, True, p, named_here=True).answered
    # a short name said in the sentence does not stand for it
    assert not names_long(analyze("부산은 어느 나라 도시인가?"), "부산은 항구 도시다.")


def test_the_other_end_of_a_range_is_not_asked_with_before_or_after_between():
    q = analyze("동작구 출산지원금은 아기 태어나고 언제까지 신청해야 돼요?")
    text = "신생아 출생일 기준 6개월 전부터 동작구에 주민등록을 둔 가정이며, 출생 후 1년 이내 신청한다."
    assert "6개월" not in _figures_asked(text, q.text)


def test_a_budget_asked_is_not_what_each_one_is_paid():
    text = "첫째아 30만원, 둘째아 50만원, 넷째아 이상은 200만원의 출산지원금을 지급 받을 수 있다."

    assert _figures_asked(text, "동작구 올해 출산지원금 예산은 얼마로 잡혀 있어?") == []
    assert "200만원" in _figures_asked(text, "출산지원금은 얼마야?")


def test_a_figure_compared_with_is_not_the_value_asked():
    text = "이는 지난해 농림해양수산 예산액 9,517억원 대비 935억원(9.8%)이 증가한 수치다."

    assert "9,517억원" not in _figures_asked(text, "청년창업농 프로젝트에는 예산이 얼마 배정됐어요?")
    # the earlier figure asked: it is the answer
    assert "9,517억원" in _figures_asked(text, "지난해 농림해양수산 예산은 얼마였어?")



@pytest.mark.parametrize("question, text, values", [
    # a period asked with no unit is often given by its two ends
    ("바우처 신청 기간 알려줘", "신청은 3월2일부터 20일까지 누리집에서 받는다.", ["3월2일부터 20일까지"]),
    ("바우처 신청 기간 알려줘", "접수는 3월 2일~3월 20일 진행된다.", ["3월 2일~3월 20일"]),
    ("바우처 신청 기간 알려줘", "사업은 5월 1일 시작해 7월에 결과를 낸다.", []),  # two dates, no period
    # a length asked in a unit is still a length, not two dates
    ("바우처 신청 기간은 며칠이야?", "신청은 3월2일부터 20일까지 누리집에서 받는다.", []),
    # … but two years are a span of years: "몇 년 동안", "몇 년 연속"
    ("그는 몇 년 연속 리그 1위를 기록했나?", "그는 2010년부터 2012년까지 리그 1위를 기록했다.", ["2010년부터 2012년까지"]),
    ("그는 몇 년 연속 리그 1위를 기록했나?", "그는 2010년부터 3년 연속 리그 1위를 기록했다.", ["3년"]),
])
def test_a_period_asked_may_be_its_two_ends(question, text, values):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == values


def test_a_sentence_numbering_another_of_the_series_is_not_about_the_one_asked():
    from qa.abstain import Surroundings, constraint_found
    from qa.question import squash

    number = next(c for c in analyze("가람 특강 2회차는 몇 시에 해?").constraints if c.kind == "number")
    near = "특강은 2회로 나뉜다.\n1회차(오후 2시~3시)는 물리치료사가 강의한다.\n2회차(오후 4시~5시)는 약사가 강의한다."

    def at(own: str) -> bool:
        # (squashed line by line, as abstain.surroundings does: a full stop stays no decimal point)
        lines = "\n".join(squash(line) for line in near.split("\n"))
        return constraint_found(number, Surroundings(near=lines, wide=lines, own=squash(own), own_raw=own),
                                Params())

    assert not at("1회차(오후 2시~3시)는 물리치료사가 강의한다.")  # its neighbour names 2회차; it is the 1st
    assert at("2회차(오후 4시~5시)는 약사가 강의한다.")
    assert at("특강은 2회로 나뉜다.")  # numbers no session: the neighbour's 2회차 may be its subject
    # an ordinal inside a name numbers no session ("4차 산업혁명위원회" beside a 제14차 meeting)
    meeting = next(c for c in analyze("제14차 회의에는 몇 명 참여했나요?").constraints if c.kind == "number")
    text = "제14차 회의가 열렸다.\n4차 산업혁명위원회 등 전문가 23명이 참여했다."
    lines = "\n".join(squash(line) for line in text.split("\n"))
    assert constraint_found(meeting, Surroundings(near=lines, wide=lines, own_raw=text.split("\n")[1]),
                            Params())


def test_an_article_calling_the_one_asked_its_own_is_about_it():
    from qa.abstain import Surroundings, constraint_found
    from qa.question import squash

    number = next(c for c in analyze("가람시 2차 환급행사는 몇 개 시장에서 해?").constraints if c.kind == "number")
    doc = ("가람시가 환급행사를 6일부터 64개 전통시장에서 진행한다.\n"
           "이번 행사는 지난 6월 열린 1차 행사에 이어 추진된다.\n"
           "시는 이번 2차 행사에서 환급 혜택을 강화했다.")

    def at(own: str, document: str = doc) -> bool:
        near = squash(own)
        return constraint_found(number, Surroundings(near=near, wide=near, own=near, own_raw=own, document=document),
                                Params())

    assert at("가람시가 환급행사를 6일부터 64개 전통시장에서 진행한다.")
    assert not at("당시 1차 행사에는 3만 명이 참여했다.")  # numbers the other one
    # an article numbering both without calling either its own says nothing of which this is
    assert not at("가람시가 환급행사를 6일부터 64개 전통시장에서 진행한다.", doc.replace("이번 2차", "2차"))


def test_the_first_asked_is_found_as_said_first():
    from qa.abstain import Surroundings, constraint_found
    from qa.question import squash

    first = next(c for c in analyze("가람 프로젝트 첫 번째로 협약한 기업은 어디야?").constraints
                 if c.kind == "number")

    def at(own: str) -> bool:
        return constraint_found(first, Surroundings(near=squash(own), wide=squash(own), own=squash(own), own_raw=own,
                                                    near_raw=own), Params())

    assert at("정부는 가람 프로젝트 첫 협약 기업으로 나래전자와 파트너십을 체결했다.")
    assert at("나래전자는 가람 프로젝트에 최초로 참여했다.")
    assert not at("나래전자는 가람 프로젝트에 두 번째로 참여했다.")
    assert not at("나래전자는 가람 프로젝트에 참여했다.")


def test_by_sector_names_no_sector():
    # "분야별 예산에서 환경 쪽은?": 분야별 says "by sector"; the sector asked is 환경, which the
    # sentence names, not a sector called 가람 it would have to name
    text = "분야별로는 사회복지 1600억원, 환경 1200억원, 농림축산 800억원이다."
    assert [f.text for f in figures_of_kind(analyze("가람 분야별 예산에서 환경 쪽은 얼마 잡혔음?"), figures(text), text)] \
        == ["1200억원"]  # (and of the list, the item the question names: _another_item_listed)
    assert figures_of_kind(analyze("가람 문화 분야 예산은 얼마야?"), figures(text), text) == []


def test_a_compound_the_retrieved_articles_write_is_a_subject_to_find():
    from qa.abstain import with_known_compounds

    q = analyze("가람청년도전지원사업 참여수당 한 달에 얼마씩 나와요?")
    assert q.compounds == ("가람청년도전지원사업",) or q.compounds == ("청년도전지원사업",)
    word = q.compounds[0]
    # an article writes it (spaced or not): the answer's article must say it, as a subject
    known = with_known_compounds(q, ["나래군은 " + word[:4] + " " + word[4:] + "에 참여할 청년을 모집한다."])
    added = [c for c in known.constraints if c.kind == "subject" and c.text == word]
    assert added and added[0] in known.hard
    # no article writes it: nouns typed together, counted one by one as before
    assert with_known_compounds(q, ["나래군 영농정착지원사업은 월 최대 100만원을 지원한다."]) == q
    # two nouns are a plain compound, no name to look up
    assert analyze("참여수당 얼마야?").compounds == ()
    # a proper noun or a figure among the nouns makes it no run of common nouns
    assert analyze("2024청년도전지원사업 얼마야?").compounds == ()
    # a name Kiwi reads, in the question, as a noun and a determiner ("가람전" -> 가람 + 전): the
    # article writing it whole is about it, another one is not
    q = analyze("가람전 출시할 때 가맹점은 몇 곳이었어?")
    known = with_known_compounds(q, ["가람전은 출시 당시 가맹점 5만 곳으로 시작했다."])
    assert [c.text for c in known.hard if c.kind == "subject"] == ["가람전"]
    assert with_known_compounds(q, ["나래페이는 출시 당시 가맹점 5만 곳으로 시작했다."]) == q


@pytest.mark.parametrize("question, text, values", [
    ("가람 정착지원금 월 최대 몇 달러예요?", "가람 정착지원금은 월 최대 100만원을 지원한다.", []),
    ("가람 정착지원금 월 최대 몇 달러예요?", "가람 정착지원금은 월 최대 800달러를 지원한다.", ["800달러"]),
    ("나래 수출액은 몇 원이야?", "나래 수출액은 30억 달러를 기록했다.", []),
    ("나래 예산은 몇 억 원이야?", "나래 예산은 4천억 규모다.", ["4천억"]),  # a bare 억 is won
    ("나래 예산은 얼마야?", "나래 예산은 30억 달러다.", ["30억 달러"]),  # no currency asked: any
])
def test_a_currency_asked_is_the_currency_of_the_figure(question, text, values):
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == values


def test_a_wage_asked_is_not_an_asset_limit():
    # "일당 얼마?" over "재산이 4억 원을 초과하는 가구는 제외": what one owns, not what one is paid
    q = analyze("가람 공공일자리 일당 얼마 받아요?")
    text = "가구소득이 기준중위소득 70%를 초과하거나 재산이 4억 원을 초과하는 가구의 구성원은 제외된다."
    assert figures_of_kind(q, figures(text), text) == []
    paid = "참여자는 일당 6만 원을 받는다."
    assert [f.text for f in figures_of_kind(q, figures(paid), paid)] == ["6만 원"]


def test_a_fee_asked_is_not_a_prize():
    # "체험비 얼마예요?" over "장관상과 100만원의 상금을 획득했다": what a winner is awarded
    q = analyze("가람축제 반두잡이 체험비 얼마예요?")
    text = "김다온씨가 어신으로 뽑혀 장관상과 100만원의 상금을 획득했다."
    assert figures_of_kind(q, figures(text), text) == []
    fee = "반두잡이 체험비는 1인당 5000원이다."
    assert [f.text for f in figures_of_kind(q, figures(fee), fee)] == ["5000원"]


@pytest.mark.parametrize("question, text, values", [
    ("가람 커뮤니티 몇 명 이상이어야 신청 가능해요?", "청년 3인 이상으로 구성된 커뮤니티가 대상이다.", ["3인"]),
    ("가람 청년월세 몇 명 뽑아요", "지원 대상은 무주택 1인 가구 청년이다.", []),  # a household's size
    ("가람 지원금 대상자는 몇 명이야?", "4인 가구 기준 100만원을 지급한다.", []),
])
def test_in_counts_people_as_myeong_does(question, text, values):
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == values


def test_a_round_numbered_by_cha_is_the_article_s_hoe():
    # "2차 추경" is the article's "제2회 추가경정예산"
    c = next(c for c in analyze("가람 2차 추경 얼마야?").constraints if c.kind == "number")
    assert "2회" in c.forms and "2차" in c.forms


def test_a_part_asked_of_a_whole_is_not_its_total():
    # "공공일자리 중 청년일자리는 몇 명?": the part, not "…총 172명"
    q = analyze("가람 공공일자리 중 청년일자리는 몇명")
    text = "모집 인원은 공공근로 47명, 청년일자리 44명, 지역일자리 81명으로 총 172명이다."
    assert "172명" not in [f.text for f in figures_of_kind(q, figures(text), text)]
    assert "44명" in [f.text for f in figures_of_kind(q, figures(text), text)]
    # a whole asked keeps it
    whole = analyze("가람 공공일자리는 총 몇 명 뽑아?")
    assert "172명" in [f.text for f in figures_of_kind(whole, figures(text), text)]


@pytest.mark.parametrize("question, text, values", [
    # a clause after a pair's figures, with its own subject, is not the pair's ("각각 46.5%, 지자체가 7%")
    ("가람 무상교육 예산에서 지자체 분담 비율은 몇 %야",
     "이 예산은 국가와 교육청이 각각 46.5%, 지자체가 7%를 분담하게 된다.", ["7%"]),
    # the body asked said in full ("광주광역시의회" for 광주시의회) is no other body of the kind
    ("광주시의회 복지위원회 가람콜 여론조사는 몇 명 대상으로 했어?",
     "광주광역시의회 복지위원회는 가람콜 이용자 270여명을 대상으로 여론조사를 실시했다.", ["270여명"]),
    # (… but another level of a place of the same stem is another body: 광주군의회 is no 광주시의회)
    ("광주시의회 복지위원회 가람콜 여론조사는 몇 명 대상으로 했어?",
     "광주군의회 복지위원회는 가람콜 이용자 270여명을 대상으로 여론조사를 실시했다.", []),
    # a satisfaction is a rate as a support is
    ("가람콜 서비스 전반 만족도 얼마 나왔어?", "서비스 전반의 만족도는 76.4%로 높았다.", ["76.4%"]),
    # "각각 얼마씩" asks each named one's share, no rate per head
    ("가람 급식비 지자체 몫은 도와 시군이 각각 얼마씩 내?",
     "급식비 가운데 지자체 395억 원(도 160억 원, 시·군 235억 원)을 분담한다.", ["160억 원", "235억 원"]),
    # the day a report is dated, said again as the day of what it tells ("…에 따르면 이날")
    ("가람읍 주차타워 준공식은 며칠에 열렸나요?", "19일 가람군에 따르면 이날 오전 주차타워 준공식을 열었다.", ["19일"]),
    ("가람읍 주차타워 준공식은 며칠에 열렸나요?", "가람군은 주차타워 준공식을 열었다고 19일 밝혔다.", []),
])
def test_figures_read_by_who_and_when_they_are_said_of(question, text, values):
    got = [f.text for f in figures_of_kind(analyze(question), figures(text), text)]
    assert all(v in got for v in values) and (values or not got), got


@pytest.mark.parametrize("question, text, values", [
    # a past year asked, the sentence naming it for another event and its figure as of now
    ("가람콜이 2009년 처음 운행할 때 차량 몇 대로 시작했나요?",
     "지난 2009년 2월 운행을 시작한 가람콜은 이달 현재 총 360대(특장차량 150대, 택시 210대)가 운영 중이다.", []),
    ("가람콜은 2009년 현재 몇 대야?", "가람콜은 2009년 현재 총 360대가 운영 중이다.", ["360대"]),
    ("가람콜은 2023년 가입자가 몇 명이야?", "가람콜 가입자는 2023년 12월 31일 현재 총 420명이다.", ["420명"]),
    # the day a statistic was published, asked of its publishing, is no news day
    ("통계청이 가람통계를 공표한 날은 며칠이었나요?", "통계청이 지난 31일 공표한 가람통계에 따르면 생산량은 101만 톤이다.", ["31일"]),
    # what was asked (…였어?) is not answered by a goal set; a goal asked is
    ("가람항 2월 컨테이너 물동량 몇 개였어?", "가람항만공사는 올해 물동량 목표를 컨테이너 1천830만개로 정했다.", []),
    ("가람항 올해 물동량 목표는 몇 개야?", "가람항만공사는 올해 물동량 목표를 컨테이너 1천830만개로 정했다.", ["1천830만개"]),
    ("가람항 2월 컨테이너 물동량 몇 개였어?", "가람항은 2월 컨테이너 150만개를 처리했다.", ["150만개"]),
    # (a goal beside a result is not the result's label)
    ("가람항 2월 컨테이너 물동량 몇 개였어?", "가람항은 2월 컨테이너 150만개를 처리해 목표를 초과 달성했다.", ["150만개"]),
    # (… nor by a goal said after it, "이/가 목표였으나")
    ("가람직매장 7개월 만에 매출 얼마 달성했어?",
     "가람직매장은 14억 원의 매출 달성이 목표였으나 9월 말 조기 달성했고, 총매출액 20억 원을 넘겼다.", ["20억 원"]),
    # the end of a programme's run asked (언제까지) is no hour of a day; asked 몇 시까지, it is
    ("가람콜 시범운행은 언제까지 하나요?", "이용 전날 오전 10시부터 오후 3시까지 예약해야 한다.", []),
    ("가람 야시장은 밤 언제까지 열려?", "야시장은 오후 6시부터 밤 11시까지 열린다.", ["11시"]),
    ("가람콜 예약은 몇 시까지 해?", "이용 전날 오전 10시부터 오후 3시까지 예약해야 한다.", ["3시"]),
])
def test_figures_of_another_time_than_asked(question, text, values):
    got = [f.text for f in figures_of_kind(analyze(question), figures(text), text)]
    assert all(v in got for v in values) and (values or not got), got
    if "목표였으나" in text:
        assert "14억 원" not in got, got


def test_during_an_event_named_by_a_compound_asks_no_part():
    # "환급행사 중" is during the event, as "행사 중" is: the count of the ones the sentence
    # singles out ("…등 8곳은 나래부가 주관한다") is the one asked, though written as a total
    q = analyze("가람 환급행사 중 나래부가 주관하는 시장 수는?")
    text = "가람시장·나래시장·다온시장·한빛시장·보람시장·새봄시장·하늘시장·미리시장 등 8곳은 나래부가 주관한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["8곳"]
    # (a whole named before 중 still asks one of its parts)
    part = analyze("가람 전통시장 중 나래부가 주관하는 시장 수는?")
    assert not figures_of_kind(part, figures(text), text)


@pytest.mark.parametrize("question, text, values", [
    # a loan is no grant given, an interest no loan
    ("가람군 귀농인 정착지원금은 1인당 얼마 받을 수 있어요?", "융자 사업은 연 2% 금리로 최대 3억 7500만 원까지 신청할 수 있다.", []),
    ("가람 귀농 융자 받으면 한 달 이자는 얼마쯤 내요?", "융자 사업은 연 2% 금리로 최대 3억 7500만 원까지 신청할 수 있다.", []),
    # "하루 이용료는 성인 4000원, …, 어린이 2000원": the question's own period and sum label the list
    # (and of the list, the item the question names: _another_item_listed)
    ("가람센터 하루 이용료 어린이는 얼마로 정해졌나요?", "하루 이용료는 성인 4000원, 청소년 3000원, 어린이 2000원으로 책정된다.",
     ["2000원"]),
    # 하루 총 몇 회: a day's whole, no rate to find said per day
    ("가람57번 하루 총 몇 회 운행해?", "모두 20회(월평행 17회, 병산행 3회)를 운행한다.", ["20회", "17회", "3회"]),
])
def test_loans_interest_and_a_period_said_before_the_sum(question, text, values):
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == values


@pytest.mark.parametrize("question, text, values", [
    # 중 after a time or a doing says when, not of which whole
    ("가람축제 기간 중 방문객은 몇 명이야?", "축제 기간 총 52만 명이 다녀갔다.", ["52만 명"]),
    ("집중 호우로 가람군에서 몇 명이 숨졌어?", "모두 12명이 숨졌다.", ["12명"]),
    # 인 glued to 당/실/용/승 is a rate's or a room's unit; spaced before a verb it counts people
    ("가람 여성 후보는 몇 명 당선됐어?", "여성 후보 3인 당선", ["3인"]),
    # a grant's verb, not the noun 지원 in a centre's name
    ("가람 청년 지원금은 얼마야?", "가람 청년지원센터 운영 예산은 올해 늘어났고, 모두 30억원이다.", []),
    ("가람 청년 지원금은 얼마야?", "청년에게 매달 20만원씩 월세를 지원한다.", ["20만원"]),
])
def test_review_round_24_figure_cases(question, text, values):
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == values


@pytest.mark.parametrize("question, text, values", [
    # another item's own label (배달료 before its 2억원) says nothing of this item's sum
    ("가람만두축제 추경 예산 얼마 잡혔나요", "가람만두축제 8억원, 착한가격업소 배달료 지원 2억원 등 62개 사업에 534억 원이 책정됐다.",
     ["8억원"]),  # (534억 원 shares its clause with the 배달료 item: not said to be a budget)
    ("가람 추경 대상포진 예방접종 예산 얼마예요",
     "대상포진 예방접종을 위해 37억 원을 반영했고, 출산가정 상수도사용료 감면지원을 위해 2억 원을 편성했다.", ["37억 원"]),
    # … but the list's own topic, or a label after the last sum, is every item's
    ("가람군 내년 예산 세입 중에 지방세는 얼마로 잡았어요?", "주요 사업 예산은 기초연금 420억원, 생계급여 125억원이다.", []),
    ("가람 효도수당 올해 예산은 얼마나 잡혀 있나요?",
     "효도수당은 80세 이상 어르신을 부양하는 가정에 지원하는 제도로, 설과 추석에 각각 20만 원씩 지급된다.", []),
])
def test_the_labels_that_say_which_kind_of_sum_a_figure_is(question, text, values):
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == values


@pytest.mark.parametrize("sentence, met", [
    ("가람은 1980년 아내 김다온과 결혼했다.", True),
    ("가람의 부인은 화가였다.", True),
    ("가람과 김다온 부부는 나래시에 산다.", True),
    ("가람은 헌법재판소에서 소수의견을 여러 번 냈다.", False),  # about him, no spouse said
])
def test_a_kinship_asked_is_said_beside_the_answer(sentence, met):
    # "가람의 배우자 이름은?": a sentence about 가람 naming no word of the spouse family does not
    # say who it is (a name in it is someone else)
    from qa.abstain import Surroundings, constraint_found
    from qa.korean import tokenize as tokens_of

    kin = next(c for c in analyze("가람의 배우자 이름은 뭐예요?").constraints if c.kind == "kin")
    s = Surroundings(near=squash(sentence), wide=squash(sentence), own=squash(sentence), own_raw=sentence,
                     near_tokens=frozenset(tokens_of(sentence)))
    assert constraint_found(kin, s, Params()) is met


def test_a_one_syllable_kinship_is_a_word_of_its_own():
    # 형 (elder brother) is found as a word, not inside 형성 or 형태
    from qa.abstain import Surroundings, constraint_found
    from qa.korean import tokenize as tokens_of

    kin = next(c for c in analyze("가람의 형 이름은 뭐야?").constraints if c.kind == "kin")
    for sentence, met in (("가람의 형 나래는 배우다.", True), ("가람은 여론 형성에 힘썼다.", False)):
        s = Surroundings(near=squash(sentence), wide=squash(sentence), near_tokens=frozenset(tokens_of(sentence)))
        assert constraint_found(kin, s, Params()) is met, sentence


@pytest.mark.parametrize("question, kept", [
    ("가람교 주탑 높이 몇 m야", []),  # a height asked: the sentence gives a length and a width
    ("가람교 길이는 몇 m야", ["420m"]),
    ("가람교 길이랑 폭 알려줘", ["420m", "1.5m"]),  # both measures asked
    ("가람교 몇 m야", ["420m", "1.5m"]),  # no measure named: any
])
def test_a_measure_asked_by_its_noun_is_not_another_measure_named(question, kept):
    text = "총 110억원을 들여 만든 가람교는 길이 420m, 폭 1.5m이다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("question, kept", [
    ("나래섬 주차비 얼마 내요?", []),  # another fee named, the one asked unsaid
    ("나래섬 입장료 얼마 내요?", ["3천원", "1천원"]),
])
def test_a_fee_asked_is_not_another_fee_named(question, kept):
    text = "다리를 건너 나래섬 생태공원을 입장하려면 19세 이상은 3천원, 초·중·고교생은 1천원의 입장료를 내야 한다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


def test_a_monthly_rent_is_the_rent_a_month_written_either_way():
    text = "가람 신혼부부 임대주택의 월 임대료는 3만6000원이다."
    assert [f.text for f in figures_of_kind(analyze("가람 신혼부부 임대주택 월세 얼마예요"), figures(text), text)] == ["3만6000원"]


@pytest.mark.parametrize("question, kept", [
    ("나래 추경에서 상품권 인센티브만 따로 얼마예요?", []),  # summed with two other items
    ("나래 추경에서 상품권 인센티브랑 소상공인 지원 합쳐서 얼마예요?", ["67억원", "20억원"]),  # two of them: the group's
    # an item of no group; the other bullet's sum is another item's (figures.labelled_list)
    ("나래 추경에서 복지시설 운영에 얼마 들어가?", ["20억원"]),
])
def test_an_item_summed_with_others_has_no_sum_of_its_own(question, kept):
    text = "분야별로 △상품권 인센티브, 소상공인 지원, 지역 일자리 사업 등 67억원 △복지시설 운영 20억원이다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


def test_an_allowance_named_with_su_dang_is_no_rate():
    # 수당 (an allowance) ends in 당 as 가구당 does; "튼튼수당 5억 원" is a budget line, not per anyone
    from qa.abstain import rate_said

    assert not rate_said("둘째아 튼튼수당 5억 원")
    assert rate_said("가구당 5만 원") and rate_said("1인당 10만원")
    text = "주요 사업은 유스호스텔 조성 26억 원, 둘째아 튼튼수당 5억 원 등이다."
    assert figures_of_kind(analyze("둘째아 튼튼수당 한 명당 얼마 줘?"), figures(text), text) == []


@pytest.mark.parametrize("sentence, otherwise", [
    ("가람군은 오는 17일부터 사흘간 가람장류축제를 연다.", True),  # still ahead: this year's
    ("가람장류축제는 내달 6일 개막한다.", True),
    ("가람장류축제는 지난해 10월 열렸다.", False),
    ("가람장류축제는 10월 17일 열렸다.", False),  # no time said either way: left to the date
])
def test_a_time_still_ahead_is_not_last_years(sentence, otherwise):
    from qa.abstain import Surroundings, _relative_year_otherwise

    assert _relative_year_otherwise("작년", Surroundings("", "", own=squash(sentence))) is otherwise


@pytest.mark.parametrize("near, otherwise", [
    # a dated article whose sentence, neighbours and title say no year speak of its own time
    ("가람구 골목길 사업\n선정된 20여 개 단체에는 활동비를 지원한다.", True),
    ("가람구 골목길 사업\n지난해에는 15개 단체가 뽑혔다.\n선정된 단체에는 활동비를 지원했다.", False),
    ("가람구 골목길 사업\n2025년 사업에는 15개 단체가 뽑혔다.", False),  # a year said: left to the year
])
def test_a_sentence_of_no_year_in_a_dated_article_is_not_last_years(near, otherwise):
    from qa.abstain import Surroundings, _relative_year_otherwise

    own = squash(near.split("\n")[-1])
    s = Surroundings(squash(near), squash(near), own=own, date="2026-03-12")
    assert _relative_year_otherwise("작년", s) is otherwise
    # (an undated text, a Wikipedia article: no present to speak of)
    assert _relative_year_otherwise("작년", Surroundings(squash(near), squash(near), own=own)) is False


@pytest.mark.parametrize("sentence, kept", [
    ("올해로 20회를 맞이한 가람축제는 다채로운 체험으로 꾸민다.", ["20회"]),
    ("가람축제는 12회째를 맞는다.", ["12회째"]),
    ("가람축제는 코로나19로 3회 연기됐다.", []),  # a count of times, no edition
])
def test_an_edition_reached_is_an_ordinal(sentence, kept):
    assert [f.text for f in figures_of_kind(analyze("가람축제 올해 몇 회째야?"), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("sentence, kept", [
    ("가람시는 올해부터 '보훈명예수당'(분기별)을 기존 30만 원에서 36만 원으로 인상한다.", ["30만 원", "36만 원"]),
    ("지급 대상자는 약 6000명이며, 예산 규모는 86억원이다.", []),  # a whole, per no quarter
    ("보훈명예수당은 매년 120만 원씩 지급된다.", []),  # another period's
])
def test_a_sum_asked_per_quarter_is_said_per_quarter(sentence, kept):
    q = analyze("가람 보훈명예수당 분기별 얼마야?")
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence) if f.kind == "money"] == kept


def test_an_items_own_sum_stays_beside_a_group_naming_it_too():
    # review: the item's own figure is its answer, though a group after it names it again
    text = "△상품권 인센티브 30억원 △소상공인 지원, 상품권 발행 등 67억원"
    assert [f.text for f in figures_of_kind(analyze("상품권 인센티브만 따로 얼마?"), figures(text), text)] == ["30억원"]


@pytest.mark.parametrize("question, sentence, kept", [
    ("가람 미술관 입장료 얼마야?", "관람료는 성인 3000원이다.", ["3000원"]),  # 입장료 = 관람료
    ("가람 미술관 입장료 얼마야?", "이용 요금은 3000원이다.", ["3000원"]),  # 요금 of anything
    ("가람 수영장 이용료 얼마야?", "사용료는 3만원이다.", ["3만원"]),
])
def test_a_fee_said_another_way_is_the_same_fee(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("question, sentence, kept", [
    ("가람 둘레길 길이 몇 km?", "걷는 거리 12km 코스다.", ["12km"]),  # 둘레 is part of a name asked
    ("가람 코스 길이 몇 km야?", "크로스컨트리 스키 10km 코스다.", ["10km"]),  # the 키 of 스키 is no height
    ("가람교 높이랑 폭 알려줘", "가람교는 높이 30m, 폭 1.5m이다.", ["30m", "1.5m"]),
])
def test_a_measure_is_asked_and_said_as_a_word_of_its_own(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("sentence, kept", [
    ("가람축제는 태풍 피해로 3회 연기됐다.", []),  # 피해로 is no 올해로
])
def test_an_edition_is_reached_only_as_said(sentence, kept):
    assert [f.text for f in figures_of_kind(analyze("가람축제 올해 몇 회째야?"), figures(sentence), sentence)] == kept


def test_running_ahead_is_no_time_ahead():
    from qa.abstain import Surroundings, _relative_year_otherwise

    own = squash("가람은 결승선을 향해 내달렸다.")
    assert not _relative_year_otherwise("작년", Surroundings("", "", own=own))


@pytest.mark.parametrize("sentence", ["가람은 혐의를 부인했다.", "가람은 산부인과 의사다.", "가람은 부군수를 지냈다.",
                                      "가람시는 나래시와 자매도시다."])
def test_a_kin_word_inside_another_word_is_no_kinship(sentence):
    from qa.abstain import Surroundings, constraint_found
    from qa.korean import tokenize as tokens_of

    for question in ("가람의 배우자 이름은 뭐예요?", "가람의 여동생은 누구?"):
        kin = next(c for c in analyze(question).constraints if c.kind == "kin")
        s = Surroundings(near=squash(sentence), wide=squash(sentence), near_tokens=frozenset(tokens_of(sentence)),
                         near_raw=sentence)
        assert not constraint_found(kin, s, Params()), (question, sentence)


def test_a_period_of_several_years_is_no_year():
    from qa.abstain import period_said

    for text, said in (("5년간 총 720만 원", None), ("1년간 총 720만 원", "년"), ("연간 144만 원", "년")):
        f = next(f for f in figures(text) if f.kind == "money")
        assert period_said(text, f) == said, text


@pytest.mark.parametrize("question, sentence, kept", [
    ("가람공원 입장료 있어?", "가람공원은 시민에게 무료로 개방한다.", ["무료"]),  # a place opened free: free to enter
    ("가람축제 주차비 있어요?", "가람축제의 모든 체험 프로그램은 무료로 운영된다.", []),  # the programmes are free, not parking
    ("가람축제 주차비 있어요?", "행사장 주차는 무료다.", ["무료"]),
])
def test_a_free_word_frees_the_fee_it_names(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


def test_a_count_the_sentence_ends_on_counts_its_topic():
    # "분야는 ▲… ▲… 등 5개다": the list between is long, the topic and the predicate bind the count
    text = ("분야는 ▲생활안전 시책 추진 ▲비상대비 역량강화 ▲시설물 선제적 안전관리 ▲재난 대응 역량강화 "
            "▲중대재해예방 역량강화 등 5개다.")
    assert _figures_asked(text, "가람구 안전시책 평가 분야 몇 개였어요?") == ["5개"]
    going_on = "지원 항목은 도배, 장판, 단열, 창호 교체, 천장 보수 등 총 18종이며 환풍기 설치도 가능하다."
    assert _figures_asked(going_on, "집수리 지원항목 총 몇 종류예요?") == ["18종"]
    # another topic's count is not the one asked
    assert _figures_asked(text.replace("분야는", "사업은"), "가람구 안전시책 평가 분야 몇 개였어요?") == []


def test_a_sector_counted_is_no_sector_asked():
    # "평가 분야 몇 개?" asks how many sectors; "사회복지 분야 예산은?" asks one sector's sum
    assert _figures_asked("분야는 가, 나, 다 등 3개다.", "평가 분야가 몇 개야?") == ["3개"]
    assert _figures_asked("전체 예산은 500억원이다.", "사회복지 분야 예산은 얼마?") == []


def test_a_fare_named_by_sak_is_a_sum():
    q = analyze("나래도 왕복 뱃삯은 얼마예요?")
    assert q.asks == "amount"


def test_figures_side_by_side_are_each_their_own_names():
    # the question's island is said elsewhere in the article, not in this sentence
    text = "현재 가람도 왕복 뱃삯은 13만3000원, 나래도 왕복 뱃삯은 10만9000원이다."
    assert _figures_asked(text, "다온도 왕복 뱃삯은 얼마예요?") == []
    assert _figures_asked(text, "나래도 왕복 뱃삯은 얼마예요?") == ["13만3000원", "10만9000원"]
    # groups of people side by side name no place: a place asked is not missing in that sense
    assert _figures_asked("청년은 월 20만원, 신혼부부는 월 30만원을 지원한다.", "가람시 신혼부부 월세 지원 얼마?") == ["20만원", "30만원"]


def test_a_sum_over_several_years_is_no_one_years():
    text = "가람군은 2023년 사업을 도입한 이후 올해까지 4년간 총 56억 원을 투입했다."
    assert _figures_asked(text, "가람군 영어교사 사업 올해 예산 얼마야?") == []
    assert _figures_asked(text, "가람군 영어교사 사업 4년간 총 얼마 들었어?") == ["56억 원"]
    assert _figures_asked(text, "가람군 영어교사 사업 예산 얼마야?") == ["56억 원"]
    # … nor is what each gets the whole, when the whole is asked
    text = "가람구 돌봄단은 동별로 2~4명씩 배치해 위기 가구를 살핀다."
    assert _figures_asked(text, "가람구 돌봄단 전체 단원은 몇 명이야?") == []
    assert _figures_asked(text, "가람구 돌봄단 동마다 몇 명씩 배치돼?") == ["2~4명"]
    # … not a rate each month of them: "2년간 월 200만원" is a month's
    text = "가람도는 중소기업에 취업하는 청년 300명에게 2년간 월 180만원을 지원한다."
    assert _figures_asked(text, "가람도 2026년에 중소기업 취업 청년한테 한 달에 얼마씩 줘?") == ["180만원"]


def test_another_place_bound_to_the_figure_is_that_places():
    text = ("지난해 가람구에서는 68가구가 집수리 지원을 받았으며 올해 상반기 나래시 지원 규모는 총 650가구로 "
            "자치구별 신청 물량에 따라 분배될 예정이다.")
    assert _figures_asked(text, "가람구에 배정된 집수리 가구 수는 몇 가구예요?") == ["68가구"]
    assert _figures_asked("올해 가람구 집수리는 총 650가구로 나래시가 분배한다.", "올해 가람구 집수리 몇 가구?") == ["650가구"]


def test_another_thing_of_the_kind_named_bound_to_the_figure_is_that_things():
    # a name and the noun of its kind (청주공항): the figure of another of that kind, the one asked
    # named only beside it, is the other's; named in the figure's clause, it is the one asked
    text = "지은 지 오래된 김포공항 청사는 2500억원을 들여 새로 단장한다."
    assert _figures_asked(text, "청주공항 청사 단장에는 돈이 얼마 들어?") == []
    assert _figures_asked(text, "김포공항 청사 단장에는 돈이 얼마 들어?") == ["2500억원"]
    assert _figures_asked("청주공항도 김포공항처럼 2500억원을 들여 단장한다.",
                          "청주공항 청사 단장에는 돈이 얼마 들어?") == ["2500억원"]
    # one proper noun to Kiwi (보령댐): the syllable after a proper noun of its own is the kind
    text = "새 관로로 보내는 물은 보령댐의 생활용수 수요량(하루 약 24만 4천 t)의 절반에 가깝다."
    assert _figures_asked(text, "용담댐 생활용수 하루 몇 톤 공급해?") == []
    assert _figures_asked(text, "보령댐 생활용수 하루 몇 톤 필요해?") == ["24만 4천 t"]


def test_another_proper_name_owning_the_noun_asked_owns_the_figure():
    # "한국콜마의 매출은 19.80%" beside a sentence on 코스맥스: the figure of the other company
    q = "삼성전자 상반기 매출은 몇 % 늘었어?"
    assert _figures_asked("현대자동차의 매출은 19.80%, 영업이익은 21.66% 늘었다.", q) == []
    assert "19.80%" in _figures_asked("삼성전자의 매출은 19.80%, 영업이익은 21.66% 늘었다.", q)
    assert "19.80%" in _figures_asked("매출은 19.80%, 영업이익은 21.66% 늘었다.", q)


def test_a_measure_that_piles_up_asked_per_day_needs_the_day():
    # "하루 몇 톤": a total over a drought is no day's supply; a length asked per day is no rate
    q = "가람댐 하루 공급량은 몇 톤이야?"
    assert _figures_asked("가람댐은 지난 가뭄 당시 주민 8000명에 12만톤의 물을 공급했다.", q) == []
    assert _figures_asked("가람댐은 하루 최대 11만5천t의 물을 공급한다.", q) == ["11만5천t"]


def test_rain_asked_is_not_answered_by_a_temperature():
    q = "작년에 전국 강수량은 얼마나 왔어?"
    assert _figures_asked("연평균 최고기온은 평년(18.1도)보다 0.8도 높은 18.9도로 3위였다.", q) == []
    assert _figures_asked("지난해 전국 강수량은 1,011.5㎜로 평년보다 적었다.", q) == ["1,011.5㎜"]


def test_a_figure_counted_over_many_of_a_kind_is_no_one_of_them():
    # "인천공항 이용객은?" over "…전국 14개 공항에서 하루 평균 24만 6,000명": all fourteen's
    text = "연휴 동안 전국 14개 공항에서 하루 평균 24만 6,000명이 오갔다."
    assert _figures_asked(text, "연휴에 김포공항 이용객은 몇 명이었어?") == []
    assert _figures_asked(text, "연휴 공항 이용객은 하루 평균 몇 명이야?") == ["24만 6,000명"]


def test_a_label_with_an_aside_in_brackets_labels_its_item():
    # "청년층(15~29세) 42.0%": the bracket between the label and its figure hid the list, and
    # every group's rate was the youth's
    text = "계층별 고용률은 청년층(15~29세) 42.0%, 여성층 46.8%, 중장년층(50~64세) 68.4%로 모두 올랐다."
    assert _figures_asked(text, "가람시 청년층 고용률은 몇 퍼센트야?") == ["42.0%"]
    assert _figures_asked(text, "가람시 중장년층 고용률은 몇 퍼센트야?") == ["68.4%"]


def test_a_year_word_and_the_month_after_it_are_one_date():
    # "지난해 11월": alone, 지난해 led as the only date and read as the article's frame year, and
    # the question was declined ("질문이 묻는 날짜는 찾지 못했습니다")
    text = "가람 면세점의 구매 나이 제한은 지난해 11월 없어졌다."
    assert _figures_asked(text, "가람 면세점 나이 제한 없어진 게 언제야?") == ["지난해 11월"]
    q = analyze("가람 면세점 나이 제한 없어진 게 언제야?")
    assert not frame_year_only(q, text)
    assert frame_year_only(q, "가람 면세점은 올해 구매 나이 제한을 없애는 방안 등을 추진할 계획이다.")
    # one date, bound to the event after it as the month alone was ("지난해 3월 취임 이후")
    q = analyze("하용근 사장 취임한 게 언제야?")
    assert date_bound(q, "하 사장은 지난해 3월 취임 이후 공사의 빚을 줄였다는 평을 듣는다.")


def test_things_joined_to_the_counted_noun_count_with_it():
    text = "가람구가 교육경비 147억원을 투입해 유치원·초중고 68곳에 사업을 지원한다."
    assert _figures_asked(text, "가람구 교육경비 지원받는 유치원이랑 학교 몇 곳") == ["68곳"]
    assert _figures_asked(text, "가람구 교육경비 지원받는 학교 몇 곳") == []


def test_days_at_least_are_a_span_not_a_day_of_the_month():
    text = "가람군은 2026년 1월부터 2027년 12월 30일까지 2년간, 가람군에 30일 이상 거주한 모든 군민에게 월 15만 원을 지급한다."
    assert _figures_asked(text, "가람 기본소득 받으려면 가람군에 며칠 이상 살아야 돼?") == ["30일"]
    # … and days gone by ("31일이 지나자", "10일 만에")
    text = "가람이는 병원에 들어온 후 31일이 지나자 완치 판정을 받았다."
    assert _figures_asked(text, "가람이가 완치 판정을 받은 건 병원에 들어온 며칠 뒤야?") == ["31일"]


def test_a_rate_of_the_whole_is_the_parts_share():
    # "방문객 중 외부 방문객 비율": the part's share is said as a rate of the whole ("전체의 21.36%");
    # the whole's own rate is not the part's
    text = "이 중 외부 방문객은 4만8,000여 명으로 전체의 21.36%를 차지했다."
    assert _figures_asked(text, "가람축제 방문객 중 외부 방문객 비율은 몇 퍼센트야?") == ["21.36%"]
    assert _figures_asked("가람시 전체 투표율은 60%였다.", "가람시 유권자 중 청년 투표율은 몇 퍼센트야?") == []


def test_a_cost_asked_of_doing_something_is_what_one_pays():
    # "강아지 입양하면 비용이 얼마야?": what one pays for it, not what the centre cost to build nor
    # what it costs to run
    question = "가람구 입양센터에서 강아지 입양하면 비용이 얼마야?"
    assert _figures_asked("가람구 입양센터에는 총 5억원의 사업비가 투입됐다.", question) == []
    assert _figures_asked("가람구의 보호센터 운영비용은 128억원으로 조사됐다.", question) == []
    assert _figures_asked("입양할 때는 입양비 10만원을 내야 한다.", question) == ["10만원"]
    assert _figures_asked("강아지를 입양하는 비용은 10만원이다.", question) == ["10만원"]
    # (a condition asking no cost asks no fee: converted, received)
    assert _figures_asked("월급으로 환산하면 209만6270원이다.", "가람시 생활임금 월급으로 환산하면 얼마예요?") == ["209만6270원"]


def test_a_running_cost_is_no_cost_of_building():
    # what a thing costs to run each year is not what it cost to build, nor the other way
    built = "가람구 입양센터는 가람역 뒤편에 있으며 총 5억원의 사업비가 투입됐다."
    assert _figures_asked(built, "가람구 입양센터 1년 운영비는 얼마야?") == []
    assert _figures_asked(built, "가람구 입양센터 사업비는 얼마야?") == ["5억원"]
    run = "가람구는 입양센터 운영비로 해마다 2억원을 쓴다."
    assert _figures_asked(run, "가람구 입양센터 운영비는 얼마야?") == ["2억원"]
    assert _figures_asked("센터의 연간 유지관리비는 3억원이다.", "센터 유지관리비 얼마야?") == ["3억원"]
    # what is spent on running it is its running cost
    assert _figures_asked("가람구의 보호센터 운영비용은 128억3000만원으로 조사됐다.",
                          "가람구가 보호센터 운영에 쓴 돈이 얼마야?") == ["128억3000만원"]


def test_a_sum_with_its_items_listed_after_is_no_one_items():
    text = ("가람군 교육경비 보조금은 약 31억 원으로 확정되며 ▲방과후 학교 운영 지원 ▲고등학교 인재 양성 지원 "
            "▲기숙사 운영비 지원 ▲과학 창의 융합과정 운영 등 9개 사업에 쓰인다.")
    assert _figures_asked(text, "가람군 방과후 학교 운영 지원에는 얼마 배정됐어요?") == []
    assert _figures_asked(text, "가람군 교육경비 보조금 얼마야?") == ["31억 원"]
    # the words after 등 name the whole: the question naming them asks the whole
    whole = ("올해 25억 3800만원을 투입해 △관광안내표지 신설 및 보수 △이동식 화장실 설치 △부표 구입 등 "
             "기능보강 및 안전시설 확충을 마무리했다.")
    assert _figures_asked(whole, "가람 해수욕장 기능보강이랑 안전시설에 들인 돈이 얼마예요?") == ["25억 3800만원"]


def test_what_is_added_is_not_the_whole_asked():
    text = "가람구는 9월 21일까지 2억2천600만원을 투입, 방범용 CCTV 30대를 신규 설치한다."
    assert _figures_asked(text, "가람구 방범 CCTV 전부 몇 대 있어요?") == []
    assert _figures_asked(text, "가람구 방범 CCTV 몇 대 새로 설치해?") == ["30대"]
    assert _figures_asked(text, "가람구 방범 CCTV 몇 대 설치해?") == ["30대"]


def test_a_stretch_of_years_asked_takes_a_sum_over_years():
    text = "2022년 1월 1일 이후 출생하는 둘째 자녀는 매년 200만 원씩 5년간 1,000만 원을 받는다."
    assert "1,000만 원" in _figures_asked(text, "가람시에서 2022년 이후에 둘째 낳으면 총 얼마 받아요?")
    assert "1,000만 원" not in _figures_asked(text, "가람시에서 2022년에 둘째 지원 예산 얼마야?")


def test_another_year_bound_to_the_figure_is_that_years():
    text = ("한편 지난해 가람구에서는 68가구가 집수리 지원을 받았으며 올해 상반기 나래시 지원 규모는 총 650가구로 "
            "자치구별로 분배될 예정이다.")
    assert _figures_asked(text, "올해 가람구에 배정된 집수리 가구 수는 몇 가구예요?") == []
    assert _figures_asked(text, "작년에 가람구에서 집수리 지원 받은 가구 몇 가구?") == ["68가구"]


def test_a_monthly_figure_is_said_by_wolgan():
    text = "기존 심야 6-1번 노선은 월간 이용객이 1600명을 넘어서면서 노선이 늘었다."
    assert _figures_asked(text, "심야 6-1번 한달 이용객 몇명이었어요?") == ["1600명"]


def test_a_change_against_its_base_is_no_level_asked():
    text = "구는 교육경비보조금을 전년 대비 5억원 증액했다."
    assert _figures_asked(text, "가람구 교육경비보조금 얼마야?") == []
    assert _figures_asked(text, "가람구 교육경비보조금 얼마나 늘었어?") == ["5억원"]
    assert _figures_asked("교육경비보조금은 전년 대비 5억원 증액된 85억원이다.", "가람구 교육경비보조금 얼마야?") == ["85억원"]


def test_the_budget_of_a_sum_named_by_its_own_noun_is_that_sum():
    text = "가람구는 교육경비보조금 85억원, 친환경 급식 56억원, 입학준비금 3억 8000만원 등 147억원을 지원한다고 11일 밝혔다."
    assert "3억 8000만원" in _figures_asked(text, "가람구 입학준비금 예산 얼마 잡혔어요")


def test_a_per_unit_cap_is_no_programmes_budget():
    text = "시는 '가람시 공동주택관리 조례'를 개정해 공동주택 단지당 최대 3천만 원 한도를 5천만 원 지원토록 변경했다."
    assert _figures_asked(text, "가람시 공동주택 보수 지원사업 올해 총 예산 얼마예요?") == []
    assert "5천만 원" in _figures_asked(text, "가람시 공동주택 단지당 최대 얼마 지원돼?")
    assert _figures_asked("가람시는 보수 지원사업에 총 12억 원을 투입한다.", "가람시 보수 지원사업 예산 얼마?") == ["12억 원"]


def test_the_year_compared_from_is_not_the_figures_own():
    text = "가람군은 올해 본예산 6539억원보다 91억원(1.4%) 증가한 6630억원 규모로 내년도 예산안을 편성했다."
    assert "6630억원" in _figures_asked(text, "가람군 내년 예산안 규모 얼마로 짰어요?")
    # … and the base is the asked year's own figure
    base = "군은 올해 본예산 5471억 원보다 618억 원 늘어난 규모라고 설명했다."
    assert _figures_asked(base, "가람 올해 본예산은 얼마였어") == ["5471억 원"]
    assert _figures_asked(base, "가람 내년 본예산은 얼마야") == []


def test_a_sums_own_noun_does_not_free_a_total_asked():
    text = "청년이 6개월 이상 근속한 경우 취업수당 50만원을 가람카드로 지급받을 수 있다."
    assert _figures_asked(text, "가람 청년지원수당 예산 총 얼마 잡혀 있어요?") == []


def test_a_one_syllable_place_is_not_spelt_near():
    from qa.abstain import near_spelling

    # 서구 beside 가람 is not the 어구 of a text, nor 동구: the one syllable is the whole name
    assert not near_spelling("서구", "가람동구는어구를", short=True)
    assert near_spelling("테디", "테드번디는", short=True)  # a person's name still may be misspelt


def test_a_threshold_of_who_qualifies_is_no_sum_or_count_given():
    text = "동구는 3월부터 이달까지 상시 근로자 수 5명 미만, 연 매출 2억원 미만 사업장에 대해 난방비 지원 신청을 받았다."
    assert _figures_asked(text, "가람 동구 소상공인 난방비 최대 얼마까지 나와요?") == []
    assert _figures_asked(text, "가람 동구 난방비 지원 지금까지 몇 명 받았어요") == []
    assert _figures_asked(text, "가람 동구 난방비 지원 매출 기준 얼마야?") == ["2억원"]


def test_a_places_stem_is_found_only_as_written():
    # "가람 수성구도 …?" beside 가람 found whole: the 수성 of 수성구 is not spelt near another word
    doc = Document("f", "가람 남구, 교통안전 문화 조성에 박차", "가람 남구는 최근 교통안전 컵홀더를 제작해 카페에 배부했다.\n"
                   "컵홀더는 수칙을 익힐 수 있도록 구성됐다.")  # (구성 is one letter off 수성)
    store = FakeStore([doc])
    assert "수성구" in [c.text for c in check(analyze("가람 수성구도 교통안전 컵홀더 나눠주나요"), store, 0, P, idf).missing]


def test_an_items_own_figure_asked_apart_is_no_groups_total():
    text = "군은 가람지구와 나래지구 등 총 4개 사업에 2029년 말까지 총 사업비 849억원을 투입한다."
    assert _figures_asked(text, "가람지구 재해예방사업 사업비는 따로 얼마야?") == []
    assert _figures_asked(text, "재해예방사업 총 사업비 얼마야?") == ["849억원"]


@pytest.mark.parametrize("question, sentence, kept", [
    # one of several asked by 하나에: a sum over eleven projects is no one project's
    ("나래 프로젝트 하나에 국비 얼마 들어가요?", "가람부는 11개 프로젝트를 선정해 국비 305억원을 투입한다.", []),
    ("다온 사업 하나에만 얼마 들어가?", "다온 사업 등 3개 사업에 41억 원을 투자한다.", []),
    # … and what each one gets answers it
    ("나래 프로젝트 하나에 국비 얼마 들어가요?", "프로젝트당 국비 27억원을 지원한다.", ["27억원"]),
    ("나래 프로젝트 하나에 국비 얼마 들어가요?", "11개 프로젝트에 각 국비 27억원을 지원한다.", ["27억원"]),
    ("나래 프로젝트 하나에 국비 얼마 들어가요?", "선정된 프로젝트 하나에 국비 27억원이 지원된다.", ["27억원"]),
    # not asked of one: the sum answers
    ("나래 프로젝트에 국비 얼마 들어가요?", "가람부는 11개 프로젝트를 선정해 국비 305억원을 투입한다.", ["305억원"]),
    ("하나 더 물어볼게. 나래 프로젝트에 국비 얼마 들어가요?", "가람부는 11개 프로젝트를 선정해 국비 305억원을 투입한다.", ["305억원"]),
    # each one said by X마다: "마을마다 … 9억 원" is what one village gets
    ("가람 안전마을 한 곳에 얼마 지원해줘?", "가람시가 정비사업에 마을마다 3년 동안 9억 원을 지원하는 것이 뼈대다.", ["9억 원"]),
    ("가람 안전마을 한 곳에 얼마 지원해줘?", "가람시가 정비사업에 3년 동안 9억 원을 지원하는 것이 뼈대다.", []),
    # … and by 모든 X에: what every one gets, each
    ("가람시 지원금 한 세대에 얼마씩 줘요?", "시는 모든 세대에 10만 원을 지급하는 지원금을 마련했다.", ["10만 원"]),
    ("가람시 지원금 한 세대에 얼마씩 줘요?", "시는 지원금 예산으로 150억 원을 마련했다.", []),
])
def test_one_of_several_asked_by_hana_wants_each_ones_figure(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("question, sentence, kept", [
    # a part of a whole the question gives ("12억 중에"): no figure as large as the whole is it
    ("가람동 도시재생사업 12억 중에 국비는 얼마야?", "사업비는 745억원 규모로, 재원별로는 국비 226억원, 시비 431억원이다.", []),
    ("가람동 도시재생사업 12억 중에 국비는 얼마야?", "가람동 도시재생사업 12억원 중 국비는 6억원이다.", ["6억원"]),
    ("참가자 30명 가운데 여성은 몇 명이야?", "참가자 30명 중 여성은 12명, 남성은 18명이었다.", ["12명"]),
    ("참가자 30명 가운데 여성은 몇 명이야?", "올해 축제에는 1200명이 찾았다.", []),
    # (a year "중" is during it, no whole: the count stays)
    ("2023년 중에 몇 명이 찾았어?", "올해 축제에는 1200명이 찾았다.", ["1200명"]),
])
def test_a_part_of_a_whole_the_question_gives_is_smaller_than_it(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


def test_among_is_no_counter():
    # "12억 중에": 중 says among, so the number has no counter (it is no count of 중)
    assert [(f.text, f.unit) for f in figures("사업비 12억 중에 국비는 얼마야?")] == [("12억", "")]


@pytest.mark.parametrize("question, sentence, kept", [
    # the number a rate is per ("1그루당 3,500원") counts nothing
    ("올해 방풍수 몇 그루 정비해?", "농가는 1그루당 3,500원만 부담하면 된다.", []),
    ("올해 방풍수 몇 그루 정비해?", "방풍수 1200그루를 정비한다.", ["1200그루"]),
    ("인구 10만명당 의사 몇 명이야?", "인구 10만명당 의사 수는 2.5명이다.", ["2.5명"]),
])
def test_what_a_rate_is_per_is_no_count(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("question, sentence, kept", [
    # a cap asked: a programme's size said instead is no one's cap
    ("가람도 청년 창업자금 대출 한도 얼마야", "일자리 분야는 1484억원 규모로 청년 창업자금 대출을 추진한다.", []),
    ("나래시 응시료 지원 한도 얼마야", "일자리 분야 응시료 지원 등 12개 사업 51억원을 투입한다.", []),
    ("나래시 응시료 지원 한도 얼마야", "응시료는 1인당 최대 30만원까지 지원한다.", ["30만원"]),
    ("나래시 응시료 지원 한도 얼마야", "청년활동 지원 등 12개 사업 75억원, 일자리 분야 12개 사업 51억원을 투입한다.", []),
    ("가람도 청년 창업자금 대출 한도 얼마야", "창업자금은 최대 5000만원 한도로 빌려준다.", ["5000만원"]),
])
def test_a_programmes_size_is_no_cap(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("question, sentence, kept", [
    # 따로, and the group named in the figure's own clause ("A와 B 등 … 위해 1421억 원")
    ("가람 박람회 예산은 따로 얼마예요?", "‘가람 박람회’와 나래축제·다온데이 등 축제를 위해서도 1421억 원을 편성했다.", []),
    ("가람 박람회 예산은 얼마예요?", "‘가람 박람회’와 나래축제·다온데이 등 축제를 위해서도 1421억 원을 편성했다.", ["1421억 원"]),
    # (등 in another clause: the figure is its own)
    ("가람 박람회 예산은 따로 얼마예요?", "나래축제·다온데이 등이 열리고, 가람 박람회에는 12억 원을 편성했다.", ["12억 원"]),
])
def test_an_item_asked_apart_is_not_its_groups_sum(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


def test_a_team_is_a_rate_asked():
    from qa.abstain import asks_rate

    assert asks_rate(analyze("가람 지원사업은 팀당 최대 얼마 받아요?"))
    assert not asks_rate(analyze("가람 지원사업은 최대 얼마 받아요?"))
    # a ceiling said is what each one may get; a sum spent is no rate
    q = analyze("가람 골목길 사업 단체당 최대 얼마 지원해줘?")
    text = "선정된 20여 개 단체에는 활동비로 500만 원에서 최대 1,000만 원을 지원한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["500만 원", "1,000만 원"]
    # … a ceiling of the sentence's years is none of its sum's: the sum is all the places'
    q = analyze("가람 사업지 한 곳당 국비는 최대 얼마까지 지원돼?")
    text = "가람 사업은 27개 사업지에 최대 5년간 국비 2810억원을 투자한다."
    assert figures_of_kind(q, figures(text), text) == []
    text = "가람군은 국비 포함 9억원을 투입해 골목길 사업을 추진한다."
    assert figures_of_kind(q, figures(text), text) == []


@pytest.mark.parametrize("question, sentence, kept", [
    # cases and projects asked in 건 are counted in 개 as often
    ("가람군 올해 공모사업 몇 건 선정됐어요?", "가람군은 올해 공모에 50개 사업이 선정됐다.", ["50개"]),
    ("가람군 올해 공모사업 몇 건 선정됐어요?", "공모사업 50건이 선정됐다.", ["50건"]),
    # (not a count of people or places, nor of another noun: "조례안 몇 건" <- "18개 안건")
    ("가람군 올해 공모사업 몇 건 선정됐어요?", "공모에 50명이 지원했다.", []),
    ("가람위원회가 심사한 조례안은 몇 건이었어요?", "위원회는 조례안과 동의안 18개 안건을 심사했다.", []),
])
def test_cases_asked_in_geon_are_counted_in_gae(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


@pytest.mark.parametrize("question, sentence, kept", [
    # schools are counted in 교 and 개교, and are places counted
    ("가람 교육균형발전교 몇 개교야", "교육균형발전교 109교에 지원했다.", ["109교"]),
    ("나래구에 교육균형발전대상교 몇곳 있어", "지역별로는 가람구 13교, 나래구 23교다.", ["23교"]),  # (가람구's is its own)
    # a rate per person asked is not answered by a rate per school or household
    ("가람 지원금 학생 1인당으로 치면 얼마예요", "대상교에 교당 2,250만원씩 운영비를 지원한다.", []),
    ("가람 지원금 1인당 얼마야", "가구당 최대 30만원을 지급한다.", []),
    ("가람 지원금 1인당 얼마야", "1인당 30만원씩 지급한다.", ["30만원"]),
    ("가람 지원금 1인당 얼마야", "청년에게 월 30만원씩 지급한다.", ["30만원"]),
    # a household asked is one said per household, however named
    ("가람 집수리 가구당 최대 얼마야", "가구당 최대 250만원을 지원하는 사업이다.", ["250만원"]),
    ("가람 리모델링 세대당 얼마 지원돼요", "가구당 1천만원을 지원한다.", ["1천만원"]),
])
def test_schools_counted_and_a_rate_per_person(question, sentence, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(sentence), sentence)] == kept


def test_a_year_compared_with_is_not_the_year_spoken_of():
    from qa.abstain import Surroundings, _relative_year_otherwise

    # an article of November 2023: "2023년도 본예산보다 … 감액" speaks of next year's budget
    own = squash("2023년도 본예산보다 1조7310억원(13.4%) 감액됐다.")
    assert _relative_year_otherwise("내년", Surroundings(own, own, own=own, date="2023-11-01")) is False
    own = squash("2023년도 본예산은 12조8915억원이었다.")
    assert _relative_year_otherwise("내년", Surroundings(own, own, own=own, date="2023-11-01")) is True


@pytest.mark.parametrize("question, kept", [
    # a list of counts labelled by its counter's noun (건수), in a sentence about the noun asked
    # (March asked: the months' other counts are January's and February's)
    ("올해 3월 가람 보이스피싱 몇 건 일어났어?", ["72건"]),
    ("올해 가람 보이스피싱 몇 건 일어났어?", ["29건", "51건", "72건"]),
    # (not a noun the sentence is not about)
    ("올해 가람 교통사고 몇 건 일어났어?", []),
])
def test_a_list_labelled_by_its_counters_noun_counts_the_sentences_topic(question, kept):
    text = "보이스피싱 수법이 교묘해지면서 올해 가람지역 발생 건수는 1월 29건에서 2월 51건, 3월 72건으로 증가했다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("sentence, kept", [
    # the state's share asked (국비) is said by who pays it: the government's 추경
    ("가람소방본부는 올해 2차 정부 추경에서 장비 구매 예산 40억원을 확보했다.", ["40억원"]),
    ("가람소방본부는 올해 2차 추경에서 장비 구매 예산 40억원을 확보했다.", []),  # no payer said
])
def test_the_states_share_is_said_by_the_government(sentence, kept):
    q = analyze("가람소방 2차 추경에서 국비 얼마 확보했어요?")
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence)] == kept


def test_a_wire_storys_place_line_names_no_place_of_the_article():
    # "(가람=연합뉴스)": where the reporter filed from; "가람의료원도 병상 늘렸어?" is another
    # hospital's question over an article about 나래의료원
    doc = Document("w", "나래의료원 신축 개원",
                   "(가람=연합뉴스) 하용근 기자 = 다온도 나래의료원이 300병상 규모로 신축 개원했다.\n"
                   "기존 200병상에서 300병상으로 늘었다.")
    store = FakeStore([doc])
    other = check(analyze("가람의료원도 이번에 병상 늘렸어?"), store, 1, P, idf)
    assert [c.text for c in other.missing] == ["가람의료원"]
    assert check(analyze("나래의료원 병상 몇 개로 늘었어?"), store, 1, P, idf).missing == ()
    # the place said in the article's own words is found as before
    said = Document("x", "가람 소식", "가람시는 의료원 병상을 늘렸다.\n가람의료원은 300병상이다.")
    assert check(analyze("가람의료원 병상 몇 개야?"), FakeStore([said]), 0, P, idf).missing == ()


def test_an_edition_asked_without_je_is_the_one_the_article_numbers_with_it():
    # "23회 가람영화제 초청작은?" over an article about "제 23회 가람영화제" (spaced): every
    # sentence of it is about the 23rd; one numbering the 22nd too answers only near the 23rd
    from qa.abstain import Surroundings, constraint_found

    number = next(c for c in analyze("23회 가람영화제 초청작은 모두 몇 편?").constraints if c.kind == "number")
    own = "올해 가람영화제에는 모두 40개국에서 영화 250편이 초청됐다."
    for first, met in (("제 23회 가람영화제 개막작이 선정됐다.", True),
                       ("제 23회 가람영화제는 제22회 때보다 커졌다.", False)):
        document = f"{first}\n폐막작도 정해졌다.\n다른 문장.\n{own}"
        near = squash("다른 문장.\n" + own)
        assert constraint_found(number, Surroundings(near=near, wide=near, own=squash(own), own_raw=own,
                                                     document=document), Params()) is met, first


def test_a_generic_counter_asked_takes_the_counter_of_the_noun_asked():
    # "좌석 몇 개야?" <- "좌석 25석": 개 asks whatever the noun is counted in, when that noun labels
    # the figure; not a figure of another noun ("25석" of 객석 for 좌석 asked is not labelled)
    q = analyze("가람 작은도서관 좌석 몇 개야?")
    text = "가람 작은도서관은 규모 120㎡, 좌석 25석을 갖췄다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["25석"]
    other = "가람 작은도서관은 규모 120㎡에 25석 규모 강당을 갖췄다."
    assert figures_of_kind(q, figures(other), other) == []


def test_a_ceiling_asked_per_one_is_no_programmes_yearly_sum():
    # "한 단체당 최대 얼마까지 받을 수 있어요?": "300만원 한도" is the ceiling; "해마다 약 2억원의
    # 사업비로" is the programme's size, though 해마다 says a rate (per year, not per group)
    q = analyze("문화기금 한 단체당 최대 얼마까지 받을 수 있어요?")
    size = "이 사업은 시가 조례에 따라 해마다 약 2억원의 사업비로 문화예술 단체를 지원하는 사업이다."
    assert figures_of_kind(q, figures(size), size) == []
    cap = "지원금액은 1개 단체 1개 사업을 기준으로 300만원 한도다."
    assert [f.text for f in figures_of_kind(q, figures(cap), cap)] == ["300만원"]


def test_a_sentence_whose_topic_is_the_place_asked_by_its_unit_is_that_places():
    # "가람구 안심케어 사업비 얼마?" over "구는 나래시에서 공동 주관한 공모사업을 통해 확보한 8000만원의
    # 사업비를 투입해 …": 구 is 가람구, named before; 나래시 organised the contest
    q = analyze("가람구 모바일 안심케어 사업비 얼마 들어가요?")
    own = "구는 나래테크노파크와 나래시에서 공동 주관한 공모사업을 통해 확보한 8000만원의 사업비를 투입한다."
    assert [f.text for f in figures_of_kind(q, figures(own), own)] == ["8000만원"]
    other = "나래시는 나래테크노파크와 공동 주관한 공모사업을 통해 확보한 8000만원의 사업비를 투입한다."
    assert figures_of_kind(q, figures(other), other) == []


def test_a_month_asked_is_not_answered_by_another_months_figure():
    # "10월 출생아는 몇 명?" over "…9월 인구동향 및 10월 인구이동 통계를 보면, 9월 출생아는 3만5000명":
    # the figure's own clause names September, not the month asked
    text = "통계청이 발표한 9월 인구동향 및 10월 인구이동 통계를 보면, 9월 출생아는 3만5000명으로 줄었다."
    assert figures_of_kind(analyze("10월 출생아는 몇 명이야?"), figures(text), text) == []
    assert [f.text for f in figures_of_kind(analyze("9월 출생아는 몇 명이야?"), figures(text), text)] == ["3만5000명"]
    # a month compared with is not the month the figure is of
    compared = "10월 출생아는 지난해 9월보다 늘어 3만8000명이었다."
    assert [f.text for f in figures_of_kind(analyze("10월 출생아는 몇 명이야?"), figures(compared), compared)] == ["3만8000명"]


def test_a_last_year_compared_with_by_its_month_is_not_the_year_spoken_of():
    # "올해 물가 정점은 몇 월?" over "12월 물가도 지난해 12월 대비 5% 상승했는데 지난 7월 정점을 찍은 뒤
    # …", in an article dated December: 지난해 12월 is what this year is compared with
    from qa.abstain import _relative_years

    assert _relative_years(squash("12월 소비자물가도 지난해 12월 대비 5% 상승했는데 지난 7월 정점을 찍었다.")) == set()
    assert _relative_years(squash("지난해 12월 물가는 5% 올랐다.")) == {-1}
    # "작년 같은 기간에는 6301명": that year's figure, not a comparison ("같은 기간 대비" is one)
    assert _relative_years(squash("작년 같은 기간에는 6301명이 다녀갔다.")) == {-1}
    assert _relative_years(squash("작년 같은 기간 대비 1만 명이 늘었다.")) == set()
    assert _relative_years(squash("지난해 동기보다 늘었다.")) == set()


def test_a_name_set_apart_is_not_what_the_article_speaks_of():
    # "김포공항 상반기 이용객은?" over "김포국제공항을 제외한 국내 공항 이용객이 …": named only to be
    # left out (not 외에, which adds one more: "A 외에 B도")
    doc = Document("x", "상반기 공항 이용객 역대 최다",
                   "김포국제공항을 제외한 국내 공항 이용객이 역대 최고치를 경신했다.\n"
                   "공항공사는 올해 상반기 김포공항을 제외한 전국 14개 공항 이용객이 4000만 명이라고 밝혔다.\n"
                   "제주공항은 상반기 이용객이 1만2000명으로 줄었다.")
    store = FakeStore([doc])
    for gid in (1, 2):
        assert [c.text for c in check(analyze("김포공항 상반기 이용객은 몇 명이었어?"), store, gid, P, idf).missing] \
            == ["김포공항"], gid
    assert check(analyze("제주공항 상반기 이용객은 몇 명이었어?"), store, 2, P, idf).missing == ()
    besides = Document("y", "공항 소식", "김포공항 외에 제주공항도 이용객이 늘었다.")
    assert check(analyze("김포공항 이용객 늘었어?"), FakeStore([besides]), 0, P, idf).missing == ()
    # a question setting the name apart itself asks of what the sentence says
    assert check(analyze("김포공항 빼고 전국 14개 공항 이용객 몇 명이었어?"), store, 1, P, idf).missing == ()


def test_a_counter_the_question_names_is_read_whole_where_the_reader_cut_it():
    # "몇 항차" <- "15항차": figures() reads 15항; the question names 항차
    q = analyze("내년에 가람항 들어오는 크루즈 몇 항차야?")
    text = "내년에 가람항에는 모항크루즈 15항차가 들어온다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["15항차"]


def test_a_route_asked_is_not_answered_by_another_routes_fare():
    # "서울에서 속초 가는 시외버스 요금?" over a list of routes: the figure of 서울∼대구 is another
    # route's; a fare (운임) is a transport's 요금
    q = analyze("서울에서 속초 가는 시외버스 요금 얼마로 올라?")
    other = "고속버스는 서울∼부산이 2만 원에서 2만1000원, 서울∼대구는 1만5000원이었으나 1만6000원으로 오른다."
    assert figures_of_kind(q, figures(other), other) == []
    own = "이에 따라 서울∼속초 시외버스 운임이 현재 1만2000원에서 1만3000원으로 오른다."
    assert "1만3000원" in [f.text for f in figures_of_kind(q, figures(own), own)]


def test_a_breakdown_the_article_does_not_give_is_missing():
    doc = Document("v", "보궐선거 투표율", "가람 보궐선거의 최종 투표율은 45%다.\n기초의원선거 2곳은 평균 30%를 기록했다.")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("이번 보선 연령대별 투표율은 어떻게 돼?"), store, 0, P, idf).missing] == ["연령대"]
    by_age = Document("w", "투표율", "연령대별로는 60대 투표율이 62%로 가장 높았다.")
    assert check(analyze("이번 보선 연령대별 투표율은 어떻게 돼?"), FakeStore([by_age]), 0, P, idf).missing == ()
    # a unit of one syllable (구별로): said by the word, or by a list of the units with their figures
    q = analyze("동파 신고 210건을 구별로 나누면 어디가 제일 많았어?")
    total = Document("t", "동파", "또 가람시에서 하루 동안 210건의 동파 신고가 접수됐다.")
    assert [c.text for c in check(q, FakeStore([total]), 0, P, idf).missing] == ["구별"]
    listed = Document("l", "동파", "동파 신고는 가람구 80건, 나래구 70건, 다온구 60건 등 210건이다.")
    assert check(q, FakeStore([listed]), 0, P, idf).missing == ()


def test_a_branch_numbered_is_one_of_a_series():
    # "1호점은 어디 있어요?" over an article about the 2호점 opened in 가람1동: the 1 of 가람1동 is no
    # branch (figures reads 2호점 as the second, not two shops)
    from qa.abstain import figure_found

    assert [(f.kind, f.value) for f in figures("장난감도서관 2호점 개소식")] == [("ordinal", 2.0)]
    assert not figure_found("1호점", squash("가람구가 가람1동에서 장난감도서관 2호점 개소식을 가졌다."))
    assert figure_found("2호점", squash("가람구가 가람1동에서 장난감도서관 2호점 개소식을 가졌다."))


@pytest.mark.parametrize("question, texts, unsaid", [
    # where to apply is said only by a sentence speaking of applying (answer.compose declines)
    ("가람 돌봄 서비스 신청은 어디 가서 하면 돼요?",
     ["돌봄 서비스란 성인 발달장애인이 지역사회의 기관이나 장소를 이용하는 서비스다."], True),
    ("가람 돌봄 서비스 신청은 어디서 해요?", ["서비스는 주소지 동행정복지센터로 신청하면 된다."], False),
    ("피해 신고는 어디에 접수하면 돼?", ["피해가 확인되면 재난 지원금을 받을 수 있다."], True),
    ("박람회 관련해서 문의하려면 어디로 연락해?", ["문의는 가람구 일자리센터로 하면 된다."], False),
    ("가람군 인턴 신청은 어느 부서에서 받았어요?", ["인턴은 군 실과, 읍면, 사업소 등에 배치된다."], True),
    ("가람군 인턴 신청은 어느 부서에서 받았어요?", ["신청은 가람군 일자리정책과에서 받았다."], False),
    # (a place asked of anything else is no application)
    ("박람회는 어디서 열려?", ["박람회는 가람체육관에서 열린다."], False),
])
def test_a_place_to_apply_needs_a_sentence_speaking_of_applying(question, texts, unsaid):
    from qa.abstain import application_unsaid

    assert application_unsaid(analyze(question), texts) is unsaid


@pytest.mark.parametrize("question, documents, subject", [
    # the articles write another kind of the thing (시외버스), not the kind asked (시내버스)
    ("가람 시내버스 요금도 같이 올라요?", ["가람∼나래 시외버스 운임이 1만3300원에서 1만5100원으로 오른다."], "시내버스"),
    ("근원물가 상승률은 몇 %예요?", ["소비자물가는 지난해보다 5% 올랐다."], "근원물가"),
    # (a plural is the same kind: 손해보험사들)
    ("같은 기간 손해보험사들 순이익은 얼마였어?", ["생명보험사들의 순이익이 2000억원 늘었다."], "손해보험사"),
    # the kind asked is written (spaced or not), or no sibling is: nothing to add
    ("가람 시내버스 요금도 같이 올라요?", ["가람 시내 버스 요금이 오른다."], None),
    ("근원물가 상승률은 몇 %예요?", ["물가는 지난해보다 5% 올랐다."], None),
    # (the kind's modifier written, the kind may be written otherwise: "공간적 변화")
    ("급격한 공간변화에서 두 패턴은 어떻게 돼?", ["급격한 공간적 변화에 의해서는 패턴이 교차했다. 환경변화에서는 혼돈한다."], None),
    # (the kind of thing asked is no constraint: one of its kinds answers "어느 단과대학으로?")
    ("가람캠퍼스에는 어느 단과대학으로 신입생이 들어왔어?", ["가람캠퍼스 936명(간호대학 84명, 보건과학대학 852명)"], None),
    ("가람시가 유치하려는 데이터 진흥기관은 어디인가요?", ["시는 연구기관 유치와 가람데이터진흥원 유치를 추진한다."], None),
    # (a shortening of a written compound is the kind asked: 전기차 of 전기자동차)
    ("수소차 보조금은 얼마야?", ["수소전기차를 사면 보조금을 준다. 전기자동차도 준다."], None),
])
def test_a_kind_asked_whose_sibling_the_articles_write_must_be_found(question, documents, subject):
    from qa.abstain import with_sibling_compounds

    q = with_sibling_compounds(analyze(question), documents)
    added = [c.text for c in q.constraints if c.kind == "subject" and c not in analyze(question).constraints]
    assert added == ([subject] if subject else [])


@pytest.mark.parametrize("question, period", [
    ("한 달 이용료 얼마야?", "달"),
    ("하루 이용료는?", "하루"),
    # the stretch a change is counted over is no rate's period
    ("가입자 한 달 사이에 얼마나 늘었어?", None),
    ("하루 새 몇 명 늘었어?", None),
])
def test_a_period_asked_is_a_rates_not_a_changes(question, period):
    from qa.abstain import period_asked

    assert period_asked(question) == period


def test_a_code_of_letters_and_digits_is_found_in_its_sentence():
    doc = Document("t", "ABC T1, 대회 우승", "ABC T1이 이번 대회에서 확보한 상금은 최소 200만 달러다.")
    assert check(analyze("ABC T1이 우승으로 챙긴 상금은 얼마야?"), FakeStore([doc]), 0, P, idf).missing == ()


def test_a_unit_typed_in_letters_is_found_in_its_squared_sign():
    # "kg당" was missing beside "㎏당 12.5달러": the article sets the unit in its CJK sign
    doc = Document("k", "가람 소재 단가", "가람 소재의 수입 단가는 ㎏당 12.5달러로 올랐다.")
    assert check(analyze("가람 소재 kg당 수입 단가는 얼마야?"), FakeStore([doc]), 0, P, idf).missing == ()


def test_a_large_number_in_man_is_a_count_when_no_counter_is_asked():
    # "이용자 얼마나 늘었어?" <- "…한 달 만에 200만이 증가": a count written in 만 with no counter
    text = "가람앱 이용자는 지난 7월 6500만을 넘은 뒤 한 달 만에 200만이 늘었다."
    assert "200만" in _figures_asked(text, "가람앱 이용자 한 달 새 얼마나 늘었어?")
    # a bare small number is still no count ("1 이상")
    assert "3" not in _figures_asked("가람앱 등급은 3 이상이다.", "가람앱 이용자 몇 명이야?")


def test_a_months_or_years_average_labels_its_item_a_few_words_on():
    # "1년에 평균 얼마 써?" <- "△나래 게임 연평균 구매 비용 8만원": 연평균 says the period of the
    # item's figure, though words stand between; 월 평균 says a month's
    text = "게임 지출은 △가람 게임의 월 평균 지출 비용 2만원(1만원 상승) △나래 게임 연평균 구매 비용 8만원(3만원 상승) 등이다."
    assert "8만원" in _figures_asked(text, "나래 게임 사는 데 1년에 평균 얼마 써?")
    assert "2만원" in _figures_asked(text, "가람 게임 한 달에 평균 얼마 써?")
    assert "8만원" not in _figures_asked(text, "가람 게임 한 달에 평균 얼마 써?")


def test_a_name_styled_by_a_place_is_another_places_thing():
    # Kiwi reads 충북형 as one common noun (서울형 as 서울 + 형): styled after a place, it is that
    # place's programme, and the article's 충남형 is another's
    doc = Document("c", "충남형 배달앱 출시", "충남형 배달앱은 1.7%의 주문 수수료만 받는다.")
    store = FakeStore([doc])
    assert [c.text for c in check(analyze("충북형 배달앱은 수수료가 몇 %야?"), store, 0, P, idf).missing] == ["충북형"]
    assert check(analyze("충남형 배달앱은 수수료가 몇 %야?"), store, 0, P, idf).missing == ()
    # the place alone is the style named ("일본식 이름" <- "일본 이름을 지어주고")
    doc = Document("j", "이름", "집사는 그에게 가람이라는 일본 이름을 지어주었다.")
    assert check(analyze("집사가 지어준 일본식 이름은 무엇인가?"), FakeStore([doc]), 0, P, idf).missing == ()


def test_a_title_written_as_a_page_name_is_read_with_its_spaces():
    # "가람_노트_5" (a page name's underscores for spaces) names the 가람 노트5 asked
    doc = Document("p", "가람_노트_5", "지문 인식 센서가 전면 홈 버튼에 탑재되어 있다.")
    assert check(analyze("가람 노트5의 지문 인식 센서가 탑재된 곳은?"), FakeStore([doc]), 0, P, idf).missing == ()


def test_firms_counted_as_gae_sa_spaced_off_are_the_firms_asked():
    # "34개 사가 수출 상담을 한다": 개 사 counts firms, spaced or not ("34개사")
    text = "지난해 24개 사보다 늘어난 34개 사가 수출 상담을 한다."
    assert "34개" in _figures_asked(text, "이번에 수출 상담하는 해외 바이어 업체는 몇 곳이야?")
    assert _figures_asked("가람 행사에는 34개 사업이 선정됐다.", "가람 행사 참가 업체는 몇 곳이야?") == []


def test_the_year_after_a_month_said_is_no_year_after_the_articles_date():
    # "10월부터 이듬해 3월까지" beside the count: 이듬해 is the year after that October, and the
    # article of 2019 gives no count of 2020
    text = ("가람 구간은 하루 두 번 열리고 한 번에 15명까지 걸을 수 있다.\n"
            "철새가 머무는 10월부터 이듬해 3월까지는 일정을 줄여 운영한다.")
    store = FakeStore([Document("d", "가람 평화의 길 개방", text, date="2019-05-20")])
    assert [c.text for c in check(analyze("2020년 가람 구간 참가자는 몇 명이었어?"), store, 0, P, idf).missing] == ["2020년"]
    # 내년 said is the year after the date
    store = FakeStore([Document("d", "가람 평화의 길 개방", text.replace("10월부터 이듬해 3월까지는", "내년에는"), date="2019-05-20")])
    assert not check(analyze("2020년 가람 구간 참가자는 몇 명이었어?"), store, 0, P, idf).missing


def test_a_count_with_a_fraction_is_a_rate_no_count_asked():
    # "인구 10만 명당 29.1명": no 29.1 people are anyone's count of counsellors
    text = "가람시의 지난해 사고 사망률은 인구 10만 명당 17.4명으로 높아졌다."
    assert _figures_asked(text, "가람 상담전화 상담사는 지금 몇 명이야?") == []
    assert _figures_asked(text, "인구 10만 명당 사망자는 몇 명이야?") == ["17.4명"]
    assert _figures_asked("가구당 평균 2.3명이 산다.", "가람동 가구당 평균 몇 명이 살아?") == ["2.3명"]
    assert _figures_asked("관객은 1.5만 명이었다.", "가람축제 관객은 몇 명이야?") == ["1.5만 명"]


def test_a_number_of_years_is_met_by_the_two_ends_of_the_span():
    doc = Document("d", "가람카페 피해주의보", "가람원 집계로 2021년부터 2023년까지 들어온 가람카페 피해 구제는 모두 139건이다.")
    store = FakeStore([doc])
    assert not check(analyze("최근 3년 동안 가람카페 피해구제 신청 몇 건 들어왔어?"), store, 0, P, idf).missing
    assert [c.text for c in check(analyze("최근 5년 동안 가람카페 피해구제 신청 몇 건 들어왔어?"), store, 0, P, idf).missing] == ["5년"]


def test_an_undated_article_saying_nothing_of_next_year_does_not_answer_for_it():
    text = "가람군은 9∼18세 청소년에게 15만원어치 카드를 준다.\n입학 축하금(10만∼30만원)을 받는 1학년은 그해 카드를 받지 못한다."
    store = FakeStore([Document("d", "가람군 교육바우처 지급", text)])
    assert [c.text for c in check(analyze("가람군 교육바우처 내년엔 얼마로 올라?"), store, 1, P, idf).missing] == ["내년"]
    said = FakeStore([Document("d", "가람군 교육바우처 지급", text + "\n내년에는 카드를 20만원어치로 늘린다.")])
    assert not check(analyze("가람군 교육바우처 내년엔 얼마로 올라?"), said, 2, P, idf).missing


def test_a_figure_compared_with_by_bigyo_is_no_value_of_this_year():
    text = "올해 이용자는 지난해 가람교실을 다닌 학생 4만 1천 명과 비교해 두 배 가까이 많다."
    assert _figures_asked(text, "가람학교 이용하는 초1 학생이 몇 명이야?") == []
    assert _figures_asked(text, "지난해 가람교실 다닌 학생은 몇 명이었어?") == ["4만 1천 명"]


def test_a_figure_compared_with_is_the_one_asked_when_the_questions_name_owns_it():
    text = "올해 상금은 가람컵의 앞선 대회인 나래컵8의 3,200만 달러보다 많다."
    assert _figures_asked(text, "전신 대회인 나래컵8 상금은 얼마였어요?") == ["3,200만 달러"]
    assert _figures_asked(text, "다온컵 상금은 얼마야?") == []  # another's, compared with


def test_a_charge_asked_with_eolma_may_be_said_as_a_rate():
    text = "가람앱의 중개 수수료는 11.8%에서 8.9%로 내리고, 큰 가게는 5%까지 낮춘다."
    assert _figures_asked(text, "가람앱 중개 수수료 원래 얼마였는데 얼마로 내려?")[:2] == ["11.8%", "8.9%"]
    assert _figures_asked("가람은행의 대출 이자는 연 4.5%다.", "가람은행 대출 이자는 얼마야?") == ["4.5%"]
    # a sum asked is not answered by its change in percent
    assert _figures_asked("가람군 예산은 10% 늘었다.", "가람군 예산은 얼마야?") == []


def test_the_word_before_the_counted_noun_names_it_too_found_whole():
    # "피해구제 신청 몇 건", "출원 건수는 몇 건": the word before the noun counted names what is
    # counted, as the article may count it without the noun ("피해 구제는 모두 174건")
    assert _figures_asked("가람카페 피해 구제는 모두 139건이다.", "가람카페 피해구제 신청 몇 건 들어왔어?") == ["139건"]
    assert _figures_asked("가람전자의 특허 출원은 지난해 1,200건이었다.", "가람전자 출원 건수는 몇 건이야?") == ["1,200건"]
    # … found whole: "응급센터 병상" is not counted by the 센터 of "권역응급의료센터" beside "5개 의료기관"
    text = "가람병원(나래), 다온병원(가람) 이상 5개 의료기관을 권역응급의료센터로 추가 선정했다고 밝혔다."
    assert _figures_asked(text, "다온병원 응급센터 병상은 몇 개야?") == []


def test_a_person_called_by_surname_and_post_is_the_one_named_in_full_with_it():
    from qa.abstain import Surroundings, constraint_found
    from qa.question import squash

    # news names someone once in full with the post ("나다온 가람시장"), then by the surname and
    # the post ("나 시장은 …"): the sentence saying so is about that person
    name = next(c for c in analyze("나다온 시장이 공약한 기금 규모는 얼마야?").constraints if c.kind == "name")
    doc = "나다온 가람시장(사진)이 조선소 2곳에 기금 출연을 요구했다. 나 시장은 선거 기간 총 1800억 원 규모의 기금 조성을 공약한 바 있다."
    own = "나 시장은 선거 기간 총 1800억 원 규모의 기금 조성을 공약한 바 있다."

    def at(sentence, document=doc):
        return Surroundings(squash(sentence), squash(sentence), own=squash(sentence), document=document,
                            own_raw=sentence, near_raw=sentence)

    assert constraint_found(name, at(own), Params())
    # … not another surname's, not another post's, not an article never naming the person so
    assert not constraint_found(name, at("김 시장은 공약한 바 있다."), Params())
    assert not constraint_found(name, at("나 의원은 공약한 바 있다."), Params())
    assert not constraint_found(name, at(own, "가람시장(사진)이 기금 출연을 요구했다. " + own), Params())


def test_a_name_glossed_in_brackets_is_found_in_either_form():
    from qa.abstain import Surroundings, constraint_found
    from qa.question import squash

    # "가람열병(GRF)" glossed once: a sentence saying 가람열병 says GRF, and the other way round
    doc = "가람시 한 농장에서 가람열병(GRF)이 발생했다. 가람열병 발생 농장은 돼지 1만8305두를 사육한 농가다."
    own = "가람열병 발생 농장은 돼지 1만8305두를 사육한 농가다."
    at = Surroundings(squash(own), squash(own), own=squash(own), document=doc, own_raw=own, near_raw=own)
    name = next(c for c in analyze("GRF 발생 농장에서 돼지 몇 두 키웠어?").constraints if c.kind == "name")
    assert constraint_found(name, at, Params())
    # … not where neither is said, nor in an article glossing it otherwise
    other = "나래시 한 농장에서 나래열병(GRF)이 발생했다. " + own
    assert not constraint_found(name, Surroundings(squash(own), squash(own), own=squash(own), document=other,
                                                   own_raw=own, near_raw=own), Params())


def test_a_later_month_told_in_the_past_is_the_year_befores():
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    # "2022년 12월에 신청한 사람 몇 명?" in an article of January 2023: "12월 … 8만7000명으로 … 줄었다"
    # tells of last December
    year = next(c for c in analyze("2022년 12월에 가람급여 새로 신청한 사람은 몇 명이야?").constraints if c.kind == "time")
    own = "12월 가람급여 신규 신청자는 8만7000명으로 지난해 같은 기간보다 3.1% 줄었다."

    def at(sentence, date="2023-01-10"):
        return Surroundings(squash(sentence), squash(sentence), own=squash(sentence), own_raw=sentence,
                            near_raw=sentence, date=date)

    assert _dated_that_year(year, at(own))
    # … not a month still ahead ("오는 12월"), nor one before the article's own month
    assert not _dated_that_year(year, at("오는 12월 가람급여 신청을 받는다."))
    assert not _dated_that_year(year, at(own, date="2023-12-28"))


def test_the_year_befores_own_figure_before_its_comparison_speaks_of_it():
    from qa.abstain import _relative_years
    from qa.question import squash

    # "전년 동기 415명 대비 10.4% 감소": the sentence says the year before's figure (415명), so it
    # speaks of that year too; a bare comparison ("전년 동기 대비") does not
    assert -1 in _relative_years(squash("올해 3분기까지 사망자는 372명으로 전년 동기 415명 대비 10.4% 감소했다."))
    assert -1 in _relative_years(squash("올해는 지난해 같은 기간 3만명보다 늘었다."))
    assert -1 not in _relative_years(squash("매출은 전년 동기 대비 22% 늘었다."))
    assert -1 not in _relative_years(squash("매출은 지난해보다 22% 증가했다."))
    # … and the figure it labels answers a question asking of the year before
    text = "올해 3분기까지 가람 사고사망자는 372명으로 전년 동기 415명 대비 10.4% 감소했다."
    assert "415명" in _figures_asked(text, "작년 같은 기간 가람 사고사망자는 몇 명이었어?")
    assert "372명" not in _figures_asked(text, "작년 같은 기간 가람 사고사망자는 몇 명이었어?")


def test_a_bound_glossed_in_brackets_is_said_as_the_bound():
    from qa.abstain import _passes_bound

    # "50인 미만 사업장": "규모별로는 50인(억) 미만은 214명" says that bound, a gloss between
    bound = next(c for c in analyze("50인 미만 사업장 사고사망자는 몇 명이야?").constraints if c.kind == "bound")
    assert _passes_bound(bound, "규모별로는 50인(억) 미만은 214명으로 줄었다.")
    assert not _passes_bound(bound, "규모별로는 50인(억) 이상은 156명으로 줄었다.")


def test_a_figure_of_each_of_two_parts_is_no_figure_of_the_whole():
    # "외부 방문객 비율은?" over "토요일과 일요일에는 외부 방문객 비율이 각각 25.41%와 29.87%":
    # each day's rate; the question naming a day asks it
    text = "토요일과 일요일에는 외부 방문객 비율이 각각 25.41%와 29.87%로 높게 나타났다."
    assert _figures_asked(text, "가람축제 외부 방문객 비율은 몇 퍼센트야?") == []
    assert "25.41%" in _figures_asked(text, "가람축제 토요일 외부 방문객 비율은 몇 퍼센트야?")


def test_the_month_before_said_of_the_sentences_own_figures_is_that_month():
    from qa.abstain import Surroundings, _dated_that_month
    from qa.question import squash

    # "8월 말 미분양은?" in an article of 27 September: "지난달 말 기준 … 4만1850가구" is August's
    month = next(c for c in analyze("2018년 8월 말 기준 가람시 미분양 주택은 몇 가구였어?").constraints if c.text == "8월")
    own = "국토교통부에 따르면 지난달 말 기준 가람시 미분양 주택은 4만1850가구다."

    def at(sentence):
        return Surroundings(squash(sentence), squash(sentence), own=squash(sentence), own_raw=sentence,
                            near_raw=sentence, date="2018-09-27")

    assert _dated_that_month(month, at(own))
    # … not a month compared with ("지난달보다"), nor a sentence saying nothing of the month before
    assert not _dated_that_month(month, at("가람시 미분양 주택은 지난달보다 760가구 줄었다."))
    assert not _dated_that_month(month, at("가람시 미분양 주택은 4만1850가구다."))


def test_a_part_of_this_year_said_with_ol_is_this_year():
    from qa.abstain import _relative_years
    from qa.question import squash

    # "올 상반기 … 10만2410건으로 지난해 하반기 9만5120건보다": this year's half, and last year's
    # own figure compared with
    assert _relative_years(squash("올 상반기 매매량은 총 10만2410건으로 지난해 하반기 9만5120건보다 7.7% 늘었다.")) == {0, -1}
    assert _relative_years(squash("가격이 크게 올라 3월에 정점을 찍었다.")) == set()


def test_a_change_in_brackets_after_its_rate_is_no_level():
    # "전달 대비 1.8%(760가구) 줄어든 4만1850가구": 760가구 is the change, said in the unit asked
    text = "가람시 미분양 주택은 전달(4만2610가구) 대비 1.8%(760가구) 줄어든 4만1850가구다."
    assert _figures_asked(text, "가람시 미분양 주택은 몇 가구였어?") == ["4만1850가구"]


def test_a_month_gone_by_named_alone_is_of_the_articles_year():
    from qa.abstain import Surroundings, _dated_that_year
    from qa.question import squash

    # "2024년 6월 매매거래는 몇 건?" in an article of August 2024: "지난 6월 … 3만8,200건" is this
    # year's, though a neighbour names 2021
    year = next(c for c in analyze("2024년 6월 가람시 아파트 매매거래는 몇 건이었어?").constraints if c.text == "2024년")
    own = "가람부동산에 따르면, 지난 6월 가람시에서 총 3만8,200건의 아파트 매매거래가 성사됐다."
    near = own + " 4개월 연속 3만5천건 이상이 거래된 것은 지난 2020년 7~10월 이후 29개월 만이다."

    def at(sentence, date="2024-08-12"):
        return Surroundings(squash(near), squash(near), own=squash(sentence), own_raw=sentence, near_raw=near, date=date)

    assert _dated_that_year(year, at(own))
    # … not a month after the article's own (last year's), nor a sentence naming another year's word
    assert not _dated_that_year(year, at(own, date="2024-03-12"))
    assert not _dated_that_year(year, at("지난해 6월 가람시에서 총 3만8,200건이 거래됐다."))


def test_a_figure_in_brackets_after_the_time_asked_is_that_times():
    # "2024년 4월에는 매매가 몇 건?" <- "…회복한 뒤 4월(3만9,420건), 5월(3만8,715건)에 이어": April's,
    # whatever noun counts it
    text = "지난 3월(3만6104건) 10개월 만에 3만5천건을 회복한 뒤 4월(3만9,420건), 5월(3만8,715건)에 이어 4개월째 3만5천건 이상의 거래가 일어난 것이다."
    assert _figures_asked(text, "2024년 4월에는 아파트 매매가 몇 건 거래됐어요?") == ["3만9,420건"]


def test_a_region_asked_is_not_answered_by_the_whole_countrys_figure():
    # "서울 매매량은 몇 건?": "전국 아파트 매매량은 총 10만2410건" is the country's; the sentence
    # giving 서울's, the noun counted said the sentence before, answers it
    question = "2023년 상반기 서울 아파트 매매량은 몇 건이었어요?"
    assert _figures_asked("올 상반기 전국 아파트 매매량은 총 10만2410건으로 늘었다.", question) == []
    assert "7350건" in _figures_asked("이어 서울이 같은 기간 4120건에서 7350건으로 78.4% 늘었다.", question)
    # (the country asked is answered by it)
    assert _figures_asked("올 상반기 전국 아파트 매매량은 총 10만2410건으로 늘었다.",
                          "2023년 상반기 전국 아파트 매매량은 몇 건이었어요?") == ["10만2410건"]


def test_a_cost_asked_by_its_noun_is_not_another_costs_figure():
    # "실시설계 용역비는?" over "총사업비 4억 2,000만 원을 투입해": the project's cost
    text = "가람공원 정원 조성사업은 총사업비 4억 2,000만 원을 투입해 추진된다."
    assert _figures_asked(text, "가람공원 정원 실시설계 용역비는 얼마야?") == []
    assert _figures_asked(text, "가람공원 정원 사업비는 얼마야?") == ["4억 2,000만 원"]
    assert _figures_asked("실시설계 용역비 3천만 원을 반영했다.", "가람공원 정원 실시설계 용역비는 얼마야?") == ["3천만 원"]
    # (a payer's share is no other cost: "지방비 7억")
    assert "8억" in _figures_asked("총사업비는 개소당 12억원(국비 4억, 지방비 8억)이다.", "가람센터 지방비 사업비는 얼마야?")


@pytest.mark.parametrize("question, sentence, kept", [
    # a value asked by its own noun is not a figure labelled by another of the same kind
    ("가람댐 홍수조절용량은 몇 t이에요?", "가람댐은 높이 52m로 총 저수용량이 3억2천만t이다.", []),
    ("가람댐 홍수조절용량은 몇 t이에요?", "가람댐 홍수조절용량은 1억3천만t이다.", ["1억3천만t"]),
    ("가람시 상표 출원 수수료는 얼마예요?", "가람시 압수품의 정품가액은 1200억원에 달한다.", []),
    ("나래시 청년 취업률은 몇 %야?", "나래시 가입률은 45.2%로 집계됐다.", []),
    ("나래시 청년 취업률은 몇 %야?", "나래시 청년 취업률은 45.2%로 집계됐다.", ["45.2%"]),
    # (a general noun asked, 예산, is said by any sum's noun)
    ("나래시 올해 예산은 얼마야?", "나래시 사업비는 300억원이다.", ["300억원"]),
])
def test_a_value_asked_by_its_noun_is_not_another_values_figure(question, sentence, kept):
    assert _figures_asked(sentence, question) == kept


@pytest.mark.parametrize("question, sentence, kept", [
    # a figure said only as a difference ("…보다 1천억원 늘었다") is not the amount asked ...
    ("가람시 지방세 체납액은 지금 얼마나 돼?", "가람시 체납액은 2014년 2조 1천억원보다 1천억원(4.8%) 늘었다.", []),
    ("가람 축제 관람객은 몇 명이었어?", "가람 축제 관람객은 지난해보다 3천명 많은 1만2천명이었다.", ["1만2천명"]),
    # ... but it is when a change or a difference is asked
    ("가람시 지방세 체납액은 얼마나 늘었어?", "가람시 체납액은 2014년 2조 1천억원보다 1천억원(4.8%) 늘었다.", ["1천억원"]),
    ("가람시 체납액 증가분은 얼마야?", "가람시 체납액은 2014년 2조 1천억원보다 1천억원(4.8%) 늘었다.", ["1천억원"]),
])
def test_a_difference_is_not_the_amount_asked(question, sentence, kept):
    assert _figures_asked(sentence, question) == kept


def test_a_rank_after_the_ones_before_it_is_the_rank_asked():
    # "…나래댐(9억t)에 이어 4번째 규모": the dams named are those ranked before the one asked
    text = "한라댐(18억t)·나래댐(9억t)에 이어 4번째 규모다."
    assert _figures_asked(text, "팔당댐은 국내 댐 중에 몇 번째로 커요?") == ["4번째"]


@pytest.mark.parametrize("sentence, kept", [
    ("가람시는 1일 2만톤 규모의 하수처리시설을 준공했다.", ["2만톤"]),  # 1일 before a figure: a day's
    ("가람시는 지난 1일 2만톤 규모의 하수처리시설을 준공했다.", []),  # the first of the month
])
def test_one_day_before_a_figure_says_a_days_worth(sentence, kept):
    assert _figures_asked(sentence, "가람시 하수처리시설은 하루 몇 톤 처리해요?") == kept


def test_across_the_country_or_the_countrys_largest_is_no_whole_countrys_figure():
    # "전국 각지에서 30회에 걸쳐" says where the one asked did it, "전국 최대 규모인" how big its own
    # is: neither is the country's total (as "전국 아파트 매매량은 총 10만2410건" is)
    assert _figures_asked("경찰에 따르면 A씨는 전국 각지에서 30회에 걸쳐 10억원을 편취했다.",
                          "가람 현금수거책은 몇 번에 걸쳐 돈을 받아 갔어?") == ["30회"]
    assert _figures_asked("공원은 전국 최대 규모인 12만㎡로 조성된다.", "가람 공원 면적은 얼마야?") == ["12만㎡"]
    assert _figures_asked("올 상반기 전국 아파트 매매량은 총 10만2410건이다.", "가람시 아파트 매매량은 몇 건이야?") == []


def test_another_place_of_the_kind_asked_is_another_ones_figure():
    # "가람공원 놀이터 면적은?" over "나래대공원 내 반려견 놀이터는 총 747㎡": another park's
    asked = "가람공원 반려견 놀이터 면적은 얼마야?"
    assert _figures_asked("한편 나래대공원 내 반려견 놀이터는 총 747㎡ 크기로 운영 중이다.", asked) == []
    assert _figures_asked("가람공원 반려견 놀이터는 총 1638㎡ 규모다.", asked) == ["1638㎡"]
    assert _figures_asked("놀이터는 총 1638㎡ 규모다.", asked) == ["1638㎡"]  # (the one asked left unsaid)
    # (the one asked said short: "시립도서관은" for 가람시립도서관)
    assert _figures_asked("시립도서관은 8만여 권의 개관장서를 비치한다.", "가람시립도서관은 책을 몇 권 갖추고 시작해?") == ["8만여 권"]
    # (nor a place named by a common word of the kind: "대공원" alone, "국립공원")
    assert _figures_asked("국립공원 내 놀이터는 총 747㎡ 크기다.", asked) == ["747㎡"]


def test_a_part_asked_of_a_whole_is_not_the_wholes_figure():
    # "주택 착공 가운데 아파트는 몇 호?": "지난달 주택 착공 물량은 2만 7140호로" is every home's
    question = "11월 가람시 주택 착공 가운데 아파트는 몇 호였어?"
    assert _figures_asked("지난달 가람시 주택 착공 물량은 2만 7140호로 일년새 22.5% 감소했다.", question) == []
    assert _figures_asked("이 가운데 아파트 착공은 2만 1000호로 집계됐다.", question) == ["2만 1000호"]
    # … nor a whole spent that the clause names no part of ("건립비 중 가람시가 지원한 금액은?" over
    # "나래대학교는 25억원을 들여 …": the whole, paid by another)
    asked = "다온센터 건립비 중 가람시가 지원한 금액은 얼마야?"
    assert _figures_asked("나래대학교는 25억원을 들여 3층 규모 다온센터를 지었다.", asked) == []
    assert _figures_asked("이 가운데 가람시가 지원한 금액은 10억원이다.", asked) == ["10억원"]
    # (the part's noun said with another ending: "입양된 비율" asked, "입양(20.2%)된" said)
    assert "20.2%" in _figures_asked("보호 동물 가운데 자연사(27.1%)나 입양(20.2%)된 동물도 많았다.",
                                     "보호소 동물 중 입양된 비율은 어느 정도예요?")
    # (a part whose noun begins with a prefix, 재입국자: the whole's figure says no 재입국)
    assert _figures_asked("가람시에 새로 들어오는 노동자 수가 4만 8,000명으로 결정됐다.",
                          "가람시 신규 노동자 가운데 재입국자는 몇 명이야?") == []
    # (the part said by the verb after the figure: "일당 6명을 구속했다")
    assert _figures_asked("경찰은 돈을 세탁한 가람 일당 6명을 구속했다.", "가람 사기 일당 중 구속된 사람은 몇 명이야?") == ["6명"]
    # (the share asked is no part named: "정전 가구 중 몇 퍼센트가 복구됐어?")
    assert _figures_asked("가람전력은 8093가구가 정전을 겪었고 이 중 84.1%인 6807가구의 송전을 복구했다.",
                          "가람 정전 가구 중 몇 퍼센트가 복구됐어?") == ["84.1%"]
    # (a part's share said with its words: "외부 방문객은 … 전체의 21.36%")
    assert _figures_asked("이 중 외부 방문객은 4만8,000여 명으로 전체의 21.36%를 차지했다.",
                          "가람축제 방문객 중 외부 방문객 비율은 몇 퍼센트야?") == ["21.36%"]


def test_a_name_listed_in_a_groups_brackets_is_no_figure_of_its_own():
    # "나래 아파트값만 따로 보면 몇 % 올랐어?" over "5개 광역시(가람·나래·다온·…)는 0.12%": the group's
    text = "가람권에서는 0.47%, 5개 광역시(가람·나래·다온·라온·마루)는 0.15%, 기타지방(8개 도 지방)은 0.08%의 아파트값 상승률을 나타냈다."
    assert _figures_asked(text, "12월 나래 아파트값만 따로 보면 몇 % 올랐어?") == []
    assert "0.15%" in _figures_asked("나래 아파트값은 0.15% 올랐다.", "12월 나래 아파트값만 따로 보면 몇 % 올랐어?")
    assert "0.15%" in _figures_asked("5개 광역시(가람·나래·다온·라온·마루) 중 나래 아파트값은 0.15% 올랐다.",
                                     "12월 나래 아파트값만 따로 보면 몇 % 올랐어?")


def test_a_near_copy_of_a_name_begins_a_word():
    # one letter off inside another word is that word: 시공사 is not the 기공사 of 전기공사
    text = "부지 내에는 가람지방법원, 나래전력공사 지사, 전기공사 공제조합 등이 들어선다."
    assert found("시공사", squash(text), 0.8)  # (as the squashed text alone reads it)
    assert not found("시공사", squash(text), 0.8, spaced=text)
    # a misspelt name is a word of its own, however it is glued after another script
    assert found("천왕", squash("고다이고 천황이 즉위했다"), 0.8, True, "고다이고 천황이 즉위했다")
    assert found("호킨슨", squash("(조지안 호킨스가 다니던"), 0.8, spaced="(조지안 호킨스가 다니던")
    assert found("호킨슨", squash("조지안(호킨스)이 다니던"), 0.8, spaced="조지안(호킨스)이 다니던")
    # through check(): the firm asked is not named by a word one letter off inside another
    doc = Document("c", "가람 행정타운 준공", "가람 행정타운 부지조성 공사가 올 연말 준공된다.\n"
                   "부지 내에는 가람지방법원, 전기공사 공제조합 등 공공청사가 입주한다.")
    q = analyze("가람 행정타운 부지조성 공사 시공사는 어디야?")
    assert [c.text for c in check(q, FakeStore([doc]), 1, P, idf).missing] == ["시공사"]


def test_word_starts_are_read_where_the_squashed_text_has_them():
    from qa.abstain import word_starts

    spaced = "가람군 전기공사\n나래 KTX가람선 (다온"
    hay = "\n".join(squash(line) for line in spaced.split("\n"))
    starts = word_starts(spaced)
    assert [hay[i:i + 2] for i in sorted(starts)] == ["가람", "전기", "나래", "kt", "가람", "(다", "다온"]


def test_the_article_names_its_subject_below_a_subheading():
    # a subheading standing alone above the lead ("졸음운전·차량 고장 집중") is not where the
    # article names its subject: the paragraph after it is
    article = ("졸음운전·차량 고장 집중\n\n가람공사는 최근 3년간 교통사고 통계를 분석했다고 5일 밝혔다.\n\n"
               "최근 3년간 1월 교통사고 사망자는 총 28명이다.\n\n이 가운데 화물차 사고 비중이 높다.\n\n"
               "심야시간대 사망사고 비중은 43%에 달했다.\n\n화물차 사망사고의 원인은 모두 졸음운전으로 분석됐다.")
    doc = Document("r", "1월 교통 사망사고 61%는 화물차", article)
    q = analyze("가람공사가 분석한 화물차 사망사고 원인은 뭐였어?")
    store = FakeStore([doc])
    last = len(store) - 1
    assert "졸음운전으로" in store.sentence(last).text
    assert not check(q, store, last, P, idf).missing
    # (a first paragraph that ends a sentence is the lead itself, when the one after it reports
    # no announcement)
    plain = article.replace("고장 집중", "고장이 집중됐다.").replace("분석했다고 5일 밝혔다.", "분석했다.")
    doc = Document("r", "1월 교통 사망사고 61%는 화물차", plain)
    assert [c.text for c in check(q, FakeStore([doc]), last, P, idf).missing] == ["가람공사"]


def test_the_announcement_after_a_lead_of_one_sentence_names_the_subject():
    # "…고장이 집중됐다." then "가람공사는 … 분석했다고 5일 밝혔다.": news leads with a sentence of
    # its own, and the body announcing is named in the announcement right after it
    article = ("졸음운전·차량 고장이 집중됐다.\n\n가람공사는 최근 3년간 교통사고 통계를 분석했다고 5일 밝혔다.\n\n"
               "최근 3년간 1월 교통사고 사망자는 총 28명이다.\n\n이 가운데 화물차 사고 비중이 높다.\n\n"
               "심야시간대 사망사고 비중은 43%에 달했다.\n\n화물차 사망사고의 원인은 모두 졸음운전으로 분석됐다.")
    store = FakeStore([Document("r", "1월 교통 사망사고 61%는 화물차", article)])
    q = analyze("가람공사가 분석한 화물차 사망사고 원인은 뭐였어?")
    assert not check(q, store, len(store) - 1, P, idf).missing
    # (another body's announcement names that body, not the one asked)
    store = FakeStore([Document("r", "1월 교통 사망사고 61%는 화물차", article.replace("가람공사는", "나래공사는"))])
    assert [c.text for c in check(q, store, len(store) - 1, P, idf).missing] == ["가람공사"]


def test_a_month_or_year_named_before_한_달_is_no_rate_asked():
    # "2019년 1월 한 달 창업기업은 몇 개?" asks January's count, not a count per month
    text = "2019년 1월 창업기업은 12만개로 전년 동월 대비 3.4%(4천개) 줄었다."
    assert "12만개" in _figures_asked(text, "2019년 1월 한 달 가람시 창업기업은 몇 개였어?")
    # … as "한 달에 몇 개씩" still asks a rate the sentence does not give
    assert _figures_asked(text, "가람시 창업기업은 한 달에 몇 개씩 생겨?") == []


def test_한_해_before_a_figure_says_it_per_year():
    text = "가람조선소에서는 올해부터 한 해 10만 톤의 선박 블록을 생산합니다."
    assert _figures_asked(text, "가람조선소는 1년에 선박 블록을 얼마나 생산해?") == ["10만 톤"]
    assert _figures_asked(text, "가람조선소는 한 달에 선박 블록을 얼마나 생산해?") == []


def test_the_year_before_compared_by_its_events_time_is_no_year_spoken_of():
    from qa.abstain import _LAST_YEAR_OWN, _relative_years

    # "2021년 김장비용은?" in an article of 2021: "지난해 조사 때보다 8.2% 오른 35만원" is this year's
    for said in ("지난해 조사 때보다 8.2% 올랐다.", "지난해 이맘때보다 8.2% 올랐다."):
        assert not _LAST_YEAR_OWN.search(squash(said)) and -1 not in _relative_years(squash(said)), said
    said = "지난해 조사에서는 33만원이었다."
    assert _LAST_YEAR_OWN.search(squash(said)) and -1 in _relative_years(squash(said))


def test_a_month_counted_from_is_not_the_month_before_spoken_of():
    from qa.abstain import _dated_that_month

    # "3월 계란값은?" in an article of March: "지난 1월 말 이후 한 달 반 만" beside this month's
    # figure counts from January, it does not date the figure to a month gone by
    month = next(c for c in analyze("2026년 3월 가람시 계란 한 판 가격 얼마예요?").constraints if c.text == "3월")
    own = "가람시 계란 한 판 평균 소비자가격은 7천45원이다."
    at = _beside(own, "2026-03-13")
    assert _dated_that_month(month, at("7천 원을 넘어선 것은 지난 1월 말 이후 한 달 반 만이다."))
    assert not _dated_that_month(month, at("지난 2월에는 6천원이었다."))


def _beside(own: str, date: str):
    """Surroundings of the sentence ``own`` in an article of ``date``, with one sentence beside it."""
    def at(beside: str) -> Surroundings:
        near = own + " " + beside
        return Surroundings(squash(near), squash(near), own=squash(own), own_raw=own, near_raw=near, date=date)
    return at


def test_a_breakdown_as_the_clauses_topic_sets_nothing_against_the_thing_asked():
    # "어업형태별로는": by kind of fishing, no thing of its own compared with the average asked
    text = "어업형태별로는 양식 어가의 평균 소득이 7750만 원으로 전체 평균보다 90% 많았다."
    assert "7750만 원" in _figures_asked(text, "가람군 양식하는 어가는 평균 소득이 얼마나 돼요?")
    # … while a thing as the topic still is ("대형마트는 … 전통시장보다")
    text = "대형마트는 21만 3천 원으로 전통시장보다 9% 비싼 것으로 조사됐다."
    assert _figures_asked(text, "가람시 전통시장에서 차례상 차리면 얼마야?") == []


def test_a_rate_per_a_name_in_letters_is_a_rate():
    # "한 곳당 얼마?" <- "BI당 1억2000만∼2억원": 당 glued to a name written in letters
    text = "이번에 선정된 가람 BI는 BI당 1억2000만∼2억원을 지원받는다."
    assert _figures_asked(text, "가람 센터로 선정되면 센터 한 곳당 지원금이 얼마예요?") == ["1억2000만∼2억원"]
    assert _figures_asked("가람 BI는 모두 45억원을 지원받는다.", "가람 센터로 선정되면 센터 한 곳당 지원금이 얼마예요?") == []


def test_a_deadline_asked_is_answered_by_a_stretch_counted_from_an_event():
    # "언제까지 마쳐야 돼?" <- "발표일로부터 3개월 이내 펀드 결성을 완료해야": the deadline, so counted
    text = "최종 선정된 운용사는 발표일로부터 3개월 이내 가람펀드 결성을 완료해야 한다."
    assert _figures_asked(text, "가람펀드 운용사로 선정되면 펀드 결성은 언제까지 마쳐야 돼?") == ["3개월"]
    # … not a stretch said otherwise, nor when the question asks no deadline
    assert _figures_asked(text.replace("3개월 이내", "3개월 동안"), "가람펀드 운용사로 선정되면 펀드 결성은 언제까지 마쳐야 돼?") == []
    assert _figures_asked(text, "가람펀드 운용사는 언제 선정돼?") == []


@pytest.mark.parametrize("short, full, named", [("중기부", "중소벤처기업부는 창업센터 43곳을 선정했다.", True),
                                                ("중기부", "중소기업중앙회는 창업센터 43곳을 선정했다.", False),
                                                # (a body of another kind is not looked up so)
                                                ("자유당", "자유선진당은 창업센터 43곳을 선정했다.", False)])
def test_an_office_named_short_by_its_parts_first_syllables_is_found_in_full(short, full, named):
    from qa.abstain import _office_shortened
    from qa.question import Constraint

    q = analyze(f"{short}에서 이번에 뽑은 창업센터는 모두 몇 곳이야?")
    assert [(c.kind, c.text) for c in q.hard] == [("name", short)]
    doc = Document("m", "창업센터 선정", full)
    assert (short not in [c.text for c in check(q, FakeStore([doc]), 0, P, idf).missing]) is named
    # the offices Korean shortens so: 행안부, 식약처, 국토부 (not 국방부 for 국토교통부)
    for short, full in (("행안부", "행정안전부에 따르면"), ("식약처", "식품의약품안전처는"), ("국토부", "국토교통부가")):
        assert _office_shortened(Constraint("name", short, (short,)), Surroundings("", "", near_raw=full))
    assert not _office_shortened(Constraint("name", "국방부", ("국방부",)), Surroundings("", "", near_raw="국토교통부가"))
    # named in full once in the lead paragraph, short later: news names its subject so
    short = Constraint("name", "가람중기청", ("가람중기청",))
    lead = "가람지방중소벤처기업청은 가맹점을 적발했다고 13일 밝혔다."
    assert _office_shortened(short, Surroundings("", "", wide_raw=lead, near_raw="나머지 13곳에는 서면 경고가 내려졌다."))
    # a province named short ("다남도" for 다온남도), in full only in the title
    province = Constraint("name", "다남도", ("다남도",))
    assert _office_shortened(province, Surroundings("", "", title="다온남도, 반려동물 예산 91억 투입",
                                                    near_raw="길고양이 사업(2억 1천만원)도 계속된다."))
    assert not _office_shortened(province, Surroundings("", "", title="다온북도, 반려동물 예산 91억 투입",
                                                        near_raw="길고양이 사업(2억 1천만원)도 계속된다."))
    # (… or by its two syllables alone: "다남" for 다온남도)
    assert _office_shortened(Constraint("name", "다남", ("다남",)),
                             Surroundings("", "", title="다온남도, 반려동물 예산 91억 투입", near_raw="사업도 계속된다."))


def test_a_name_glossed_with_its_count_in_brackets_counts_the_noun_said_before():
    # "나래 특허출원은 몇 건?" <- "… 특허출원 규모도 다온이 네번째다. 나래(182만8054건)가 압도적 1위다."
    text = "나래(182만8054건)가 압도적 1위다."
    assert _figures_asked(text, "2024년 기준으로 나래 특허출원은 몇 건이에요?") == ["182만8054건"]
    # … the name's own count, not another's
    assert _figures_asked(text, "2024년 기준으로 다온 특허출원은 몇 건이에요?") == []


def test_another_of_a_series_counted_in_native_numerals_does_not_answer_the_one_asked():
    # "세 번째 원칙은?" over an article giving the first ("첫 번째 원칙은 '공통성'이다") only
    q = analyze("가람어 어휘 선정 세 번째 원칙은?")
    first = "가람어 어휘 선정의 첫 번째 원칙은 ‘공통성’이다.\n가람어는 짧은 어휘를 선호한다."
    assert [c.text for c in check(q, FakeStore([Document("u", "가람어", first)]), 0, P, idf).missing] == ["세 번째"]
    third = first + "\n가람어 어휘 선정의 세 번째 원칙은 ‘다양성’이다."
    assert not check(q, FakeStore([Document("u", "가람어", third)]), 2, P, idf).missing


def test_a_year_three_words_before_a_figure_is_that_figures_year():
    # "2021년 연간 출원은?" over "… 10년 전인 2011년 연간 출원 건수 17만2천958건을 넘어섰다": 2011's
    text = "올해 상반기 가람청 출원 건수는 17만7천804건으로 10년 전인 2011년 연간 출원 건수 17만2천958건을 넘어섰다."
    assert "17만2천958건" not in _figures_asked(text, "가람청은 2021년 연간 상표 출원이 몇 건쯤 될 거라고 봤어?")
    assert "17만2천958건" in _figures_asked(text, "가람청 2011년 연간 상표 출원은 몇 건이었어?")


def test_a_breakdown_by_kind_is_given_by_a_labelled_list():
    # "종류별로 어떻게 나뉘어?": the kinds are whatever the article lists, each with its figure
    doc = Document("k", "가람 체육시설 지원", "가람도 지원 대상 40곳이 선정됐다.\n"
                   "체육센터 10곳, 운동장 25곳, 다목적 체육관 5곳이 포함됐다.")
    assert check(analyze("가람도 지원 대상은 시설 종류별로 어떻게 나뉘어?"), FakeStore([doc]), 1, P, idf).missing == ()
    # a breakdown by a thing of its own (연령대) is not given by a list of other labels
    assert check(analyze("가람도 지원 대상은 연령대별로 어떻게 나뉘어?"), FakeStore([doc]), 1, P, idf).missing


@pytest.mark.parametrize("lead, missing", [
    ("지난해 가람군 인구가 처음으로 1만명을 넘어섰다.", []),  # the lead says the year reported
    ("올해 가람군 인구가 처음으로 1만명을 넘어섰다.", ["2017년"]),
    ("지난해보다 가람군 인구가 늘었다.", ["2017년"]),  # (a comparison dates nothing)
])
def test_the_year_the_articles_lead_reports_holds_for_the_article(lead, missing):
    # an article of 2018 whose first sentence reports last year's count: a figure paragraphs
    # below, naming no year of its own, is 2017's
    doc = Document("y", "가람군 인구 1만명", lead + "\n\n군은 귀농 정책의 성과라고 설명했다.\n"
                   "전입자는 대부분 30대였다.\n\n읍면 중 인구가 가장 많은 곳은 나래읍(3천명)이었다.", date="2018-11-01")
    got = check(analyze("2017년 가람군에서 인구가 가장 많은 읍면은 어디야?"), FakeStore([doc]), 3, P, idf)
    assert [c.text for c in got.missing] == missing


@pytest.mark.parametrize("sentence, kept", [
    # the country said as where ("국내에 사는 외국인 주민 수가"): the whole's figure, not the province's
    ("지난해 국내에 사는 외국인 주민 수가 120만 명을 넘어섰다.", []),
    ("국내에 사는 외국인 중 강원도에는 3만 명이 산다.", ["3만 명"]),  # (the province named in the clause)
])
def test_the_country_said_as_where_is_no_provinces_figure(sentence, kept):
    assert _figures_asked(sentence, "강원도에 사는 외국인 주민은 몇 명이야?") == kept


def test_a_range_said_whole_holds_both_ends_asked():
    # "며칠부터 며칠까지?" over "…14~20일까지 열렸다": the range holds both ends, whatever 까지 follows it
    assert _figures_asked("가람축제는 14~20일까지 다양한 프로그램으로 열렸다.", "가람축제는 며칠부터 며칠까지 했어?") == ["14~20일"]


@pytest.mark.parametrize("question, sentence, kept", [
    # the price per the measure asked, written in its sign and glossed
    ("전기요금을 kWh당 얼마 올렸어?", "가람전력은 전기요금을 1㎾h(킬로와트시)당 2.5원 인상한다.", ["2.5원"]),
    ("휘발유는 리터당 얼마야?", "가람 휘발유 판매가격은 1ℓ당 1천547원이다.", ["1천547원"]),
    # a household's monthly bill, or a price per another thing, is not it
    ("전기요금을 kWh당 얼마 올렸어?", "4인 가구의 월 전기요금은 약 2270원 오르게 된다.", []),
    ("수소 가격은 1kg당 얼마야?", "지원액은 충전소 1곳당 평균 5400만 원이다.", []),
    ("도시가스 요금은 MJ당 얼마 올랐어?", "산업용 요금은 ㎾h당 7원 오른다.", []),
    # prices are quoted per litre unsaid: a price said per nothing may be it
    ("나래 등유값은 리터당 얼마였어?", "등유 평균 가격은 가람 1,004원, 나래 1,003원이었다.", ["1,003원"]),
    # … but a sum said per nothing and labelled as no price is another sum
    ("도시가스 요금은 MJ당 얼마 올랐어?", "가람가스의 미수금은 지난해 말 8조6000억원에 이른다.", []),
])
def test_a_price_asked_per_a_measure_is_said_per_that_measure(question, sentence, kept):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence)] == kept


@pytest.mark.parametrize("question, sentence, kept", [
    ("산업용 도시가스 요금은 얼마 올랐어?", "도시가스 민수용(주택용·일반용) 요금을 1.04원 인상한다.", []),
    ("주택용 도시가스 요금은 얼마 올랐어?", "도시가스 민수용(주택용·일반용) 요금을 1.04원 인상한다.", ["1.04원"]),
    # a clause naming no use says nothing of which
    ("산업용 도시가스 요금은 얼마 올랐어?", "도시가스 요금을 1.04원 인상한다.", ["1.04원"]),
])
def test_one_uses_figure_is_not_anothers(question, sentence, kept):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence)] == kept


def test_the_year_of_a_changes_start_is_not_the_figures_own():
    q = analyze("가람공사 미수금이 올해 1분기에 얼마까지 불어났어?")
    text = "가람공사의 미수금은 지난해 말 8조6000억원에서 올 1분기에는 3조원이 더 늘어난 11조6000억원에 이른다."
    assert "11조6000억원" in [f.text for f in figures_of_kind(q, figures(text), text)]
    # a year labelling the clause, not the start's figure, still labels it
    q = analyze("나래센터에서 작년에 입양된 동물은 몇 마리야?")
    text = "지난해까지 15만 원을 지원했지만 ▲올해부터 25만 원까지 지원 ▲사업량도 360마리에서 400마리로 확대했다."
    assert figures_of_kind(q, figures(text), text) == []


@pytest.mark.parametrize("form, hay, hit", [
    ("gtx-c", "gtx-a의수서~동탄구간의총길이는34.9㎞", False),  # one letter names another line
    ("gtx-b", "gtxa노선은30일개통한다", False),
    ("gtx-a", "gtxa노선은30일개통한다", True),  # the hyphen aside
    ("k-패스", "k패스는월15회이상", True),
    ("에코델타시티", "부산에코델타씨티에서", True),  # a Korean name may still be misspelt
])
def test_a_name_with_latin_letters_is_found_as_written(form, hay, hit):
    assert found(form, hay, 0.8) is hit


def test_rate_nouns_spelt_with_yul_or_ryul_are_one():
    # 투숙률 asked, 투숙율 written: one suffix, spelt either way
    q = analyze("가람축제 기간에 숙박업소 평균 투숙률이 얼마였어?")
    text = "가람축제 기간에는 숙박업소의 평균 투숙율이 97%를 기록했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["97%"]
    # another rate is still another
    text = "가람축제 기간에는 숙박업소의 평균 객실점유율이 97%를 기록했다."
    assert figures_of_kind(q, figures(text), text) == []


def test_the_size_of_a_change_is_said_per_the_period_of_its_start():
    from qa.abstain import period_said

    text = "직장가입자는 월 평균 보험료가 평균 11만9328원에서 12만2727원으로 3399원 증가한다."
    assert [period_said(text, f) for f in figures(text)] == ["달", "달", "달"]
    q = analyze("직장인은 한 달 평균 얼마 더 내게 돼?")
    assert "3399원" in [f.text for f in figures_of_kind(q, figures(text), text)]


@pytest.mark.parametrize("question, kept", [
    ("가람파크 건립 총사업비는 얼마야?", []),  # one of the 88: their sum is not its own
    ("신규 사업은 모두 얼마야?", ["1533억 원"]),  # the sum of them all asked
])
def test_a_sum_after_a_count_of_listed_items_is_not_one_items(question, kept):
    text = "신규 사업으로는 가람파크 건립 등 88건·1533억 원을 발굴했다."
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(text), text) if f.kind == "money"] == kept


@pytest.mark.parametrize("form, raw, document, hit", [
    # the article writes the short name itself, and the window its long name
    ("가나", "가람나래공사에서 설치한 충전기는", "한편 가나에서 관리하는 충전기는", True),
    # a short name the article never writes is not looked for by its syllables (two are chance)
    ("가나", "가람나래공사에서 설치한 충전기는", "충전기는 모두 8천기다", False),
    # nor a surname and its title: 가씨 is no long name
    ("가씨", "가모씨에게 징역 3년을", "가씨는 항소했다", False),
    # the window holds no word opening with the first syllable and the second on
    ("가나", "나래공사에서 설치한", "가나에서 관리하는", False),
])
def test_a_two_syllable_name_the_article_shortens_itself(form, raw, document, hit, monkeypatch):
    from qa import abstain

    # (Kiwi reads an invented name as it likes: the test is of the rule, given a proper noun)
    monkeypatch.setattr(abstain, "_one_proper_noun", lambda w: not w.endswith("씨"))
    assert abstain.short_name_of_article(form, raw, document) is hit


@pytest.mark.parametrize("form, hay, hit", [
    ("2금융권", "올해2월(-3000억원)감소한", False),  # a number naming one of a series by a noun
    ("2묘역", "가람호국원제2묘역은", True),
    ("2공장", "가람제철2공장은", True),
    ("3가지", "모두3개로나뉜다", True),  # a counter still found by its number (3가지 is 3종류)
    # one of a list sharing the noun: "2·3공단" holds 2공단 and 3공단 (not 13공단, nor a decimal)
    ("3공단", "그동안2·3공단은각각", True),
    ("2공단", "그동안2·3공단은각각", True),
    ("3공단", "가람13공단은", False),
    ("3공단", "지수1.3공단위", False),
])
def test_a_number_naming_a_thing_by_a_noun_is_found_with_it(form, hay, hit):
    from qa.abstain import figure_found

    assert figure_found(form, hay) is hit


def test_routes_listed_by_commas_share_their_figure():
    text = "가람~나래, 가람~다온, 가람~보람 노선은 내년부터 하루 왕복 3회씩 다닌다."
    assert [f.text for f in figures_of_kind(analyze("가람~나래 노선은 하루에 몇 번 다녀요?"), figures(text), text)] == ["3회"]
    # a route not in the list is still another route
    assert figures_of_kind(analyze("가람~한빛 노선은 하루에 몇 번 다녀요?"), figures(text), text) == []
    # a route asked by its two ends as a constraint of its own
    text = "가람~나래 구간 운행을 하루 8회에서 14회로 늘린다."
    assert "14회" in [f.text for f in figures_of_kind(analyze("가람~나래 열차는 하루 몇 회로 늘어나요?"), figures(text), text)]


def test_a_days_figure_labelled_by_1il_and_its_noun():
    # "1일 이용객은 N명": a day's riders, the question's 하루
    q = analyze("가람역 하루 이용객은 상반기에 몇 명이었어?")
    text = "올 들어 가람역을 이용한 열차 1일 이용객은 3만1,240명으로 집계됐다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["3만1,240명"]
    # not the first of a month: "3월 1일 방문객은" is that day's
    text = "지난 3월 1일 방문객은 3만1,240명이었다."
    from qa.abstain import period_said
    assert period_said(text, figures(text)[-1]) is None


@pytest.mark.parametrize("question, sentence, kept", [
    ("가람터널 공사비는 얼마야?", "지원금은 차종별로 최소 610만원에서 1300만원까지다.", []),
    ("가람터널 공사비는 얼마야?", "가람터널 공사에 모두 720억원이 투입된다.", ["720억원"]),
])
def test_what_building_costs_is_a_works_budget_not_a_grant(question, sentence, kept):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence)] == kept


def test_a_count_predicated_of_its_topic_before_a_comma():
    # "지원 차종은 … 차량 18종이며, …": the clause's predicate counts its topic, the comma after
    q = analyze("가람시 전기차 보조금 받을 수 있는 차종이 몇 종이나 돼요?")
    text = "가람시 안내에 따르면 보조금 대상 차종은 나래·다온 등 환경부가 고시한 차량 23종이며, 선착순으로 접수한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["23종"]


@pytest.mark.parametrize("sentence, kept", [
    # another bank named as the clause's topic: its figure (a name of common words: no proper noun)
    ("한빛은행은 상반기 실적에 명예퇴직 비용 410억원을 반영했다.", []),
    ("보람은행은 상반기 실적엔 980억원의 임금피크제 특별퇴직 비용이 포함됐다.", ["980억원"]),
    # the asked name said short ("은행은"): no other bank
    ("은행은 상반기 실적엔 980억원의 임금피크제 특별퇴직 비용이 포함됐다.", ["980억원"]),
])
def test_another_body_of_the_kind_and_a_sum_word_inside_the_questions_own(sentence, kept):
    # (임금피크제 holds 임금, a wage: the question writes it too, so it labels no other kind of sum)
    q = analyze("보람은행 상반기 실적에 들어간 임금피크제 특별퇴직 비용이 얼마야?")
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence) if f.kind == "money"] == kept


@pytest.mark.parametrize("question, kept", [
    ("가람군 전기차 보급사업 총 예산은 얼마야?", []),  # a ceiling each buyer may get is no total
    ("가람군 전기차 보조금은 최대 얼마까지 받아?", ["1380만 원"]),
])
def test_a_ceiling_is_no_programmes_total(question, kept):
    text = "올해 물량은 승용 20대로 주행거리에 따라 차등해 최대 1380만 원까지 지원된다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


def test_a_band_of_a_magnitude_is_approximate():
    # "5조 중반대": somewhere in the band, not the figure 5조
    assert [f.approx for f in figures("4대 은행이 1분기 5조 중반대의 이자이익을 기록했다") if f.text == "5조"] == [True]


def test_a_grant_the_question_names_still_labels_its_sum():
    # "예산은?" over "…월 10만 원의 아동수당": 아동수당 ends in a grant's word, a sum of that kind
    q = analyze("아동수당을 만 9세까지 늘리면 추가로 드는 예산은 얼마야?")
    text = "다음 달부터 만 9세에게도 월 12만 원의 아동수당이 지급된다."
    assert figures_of_kind(q, figures(text), text) == []


@pytest.mark.parametrize("question, kept", [
    ("이번 금통위에서 가람은행이 내다본 올해 경제성장률은 몇 %야?", []),  # another rate: the policy rate
    ("기준금리는 몇 %야?", ["3.25%"]),
])
def test_an_interest_rate_is_named_as_a_rate(question, kept):
    text = "가람은행 총재는 기준금리를 연 3.25%로 묶은 뒤 회견에서 이같이 말했다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("question, kept", [
    ("휴게소 충전기 설치에 든 사업비는 얼마야?", []),  # a price per kWh is no sum spent
    ("휴게소 충전요금은 얼마야?", ["311원", "352.4원"]),  # the price itself asked
])
def test_a_price_per_a_measure_is_no_sum_spent(question, kept):
    text = "충전요금의 경우 311원/kWh으로 가람공단 요금(352.4원/kWh)보다 싸다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


@pytest.mark.parametrize("question, kept", [
    ("상반기 한빛차만 따로 보면 전기차를 몇 대 팔았어?", []),  # one of the two joined by a dot
    ("상반기 한빛·나래차 전기차 판매는 몇 대야?", ["3만802대"]),  # the two asked together
])
def test_one_of_two_joined_by_a_middle_dot_is_not_the_pair(question, kept):
    text = "조사에 따르면 상반기 전기차 판매량은 한빛·나래차가 3만802대로 세계 5위였다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "count"] == kept


@pytest.mark.parametrize("question, kept", [
    ("올해 6월 가람차 신규 등록 대수는 몇 대야?", []),  # a span of months is no one month's
    ("올해 1~6월 가람차 등록 대수는 몇 대야?", ["9만8천113대"]),
])
def test_a_span_of_months_is_not_its_last_month(question, kept):
    text = "올해 1∼6월 누적 가람차 등록 대수는 9만8천113대였다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "count"] == kept


def test_the_year_compared_with_by_bigyo_is_not_the_figures_own():
    # "지난해 같은 달과 비교해 2.1% 늘어난 1만9천870대": this year's count, compared with last year's
    q = analyze("올해 6월 가람차 신규 등록 대수는 몇 대야?")
    text = "가람협회에 따르면 올해 6월 가람차 신규 등록 대수는 지난해 같은 달과 비교해 2.1% 늘어난 1만9천870대였다."
    assert [f.text for f in figures_of_kind(q, figures(text), text) if f.kind == "count"] == ["1만9천870대"]


@pytest.mark.parametrize("question, kept", [
    ("5대 은행 중에 보람은행 가계대출 잔액은 얼마야?", []),  # one member of the group listed, by its name less 은행
    ("5대 은행 가계대출 잔액은 얼마야?", ["698조2천억원"]),
])
def test_a_body_listed_in_a_group_by_its_short_name(question, kept):
    text = "5대 은행(가람·나래·보람·한빛·다온)의 지난달 말 기준 가계대출 잔액은 698조2천억원이다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


@pytest.mark.parametrize("question, kept", [
    ("가람뱅크 3분기 이자이익은 얼마예요?", []),  # another profit, named before its 규모
    ("가람뱅크 3분기 당기순이익은 얼마예요?", ["212억원"]),
])
def test_a_profit_is_a_sum_and_another_profit_is_another(question, kept):
    q = analyze(question)
    assert q.asks == "amount"  # 이익 names a sum, not a count
    text = "가람뱅크는 3분기 당기순이익 규모가 212억원으로 흑자를 이어갔다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == kept


@pytest.mark.parametrize("question, kept", [
    ("가람선 개통하고 20년 동안 누적 이용객이 몇 명쯤 된대?", []),  # a day's mean is no total
    ("가람선 하루 평균 이용객은 몇 명이야?", ["18만명"]),
    ("가람선 이용객은 몇 명이야?", ["18만명"]),
])
def test_a_days_mean_is_no_total(question, kept):
    text = "작년 하루 평균 이용객은 18만명으로 개통 때의 두 배가 넘었다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.text == "18만명"] == kept


def test_the_total_after_a_days_mean_is_a_total():
    # "하루 평균 2백41대인 8만7천9백65대": the mean right before its figure, the total after it
    q = analyze("작년에 가람공항을 이용한 항공기는 모두 몇 대였어?")
    text = "작년 운항 항공기는 하루 평균 2백41대인 8만7천9백65대였다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["8만7천9백65대"]


@pytest.mark.parametrize("question, kept", [
    ("가람생명 수입보험료는 작년보다 얼마나 줄었어?", ["4.1%"]),  # the figure said falling, not the rising one
    ("가람생명 수입보험료는 작년보다 얼마나 늘었어?", ["12.5%"]),
    ("가람생명 수입보험료는 작년보다 몇 % 변했어?", ["12.5%", "4.1%"]),  # no way asked
])
def test_a_change_asked_one_way_is_not_a_figure_said_changing_the_other(question, kept):
    text = "가람생명은 보장성 수입보험료가 12.5% 늘었지만, 저축성에선 4.1% 감소했다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("question, kept", [
    ("60세 이상 운전자 보험료는 몇 % 오르는 거야?", []),  # the level a fall reaches ("6%까지 낮아지는")
    ("20대 운전자 보험료는 몇 % 내려?", ["6%"]),
])
def test_the_way_of_a_change_reaching_a_level_is_its_way(question, kept):
    text = "가람손보는 20대 운전자의 보험료가 최고 6%까지 낮아지는 반면 60세 이상은 오히려 올라간다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("question, kept", [
    ("가람손보 2022년 연간 당기순이익은 얼마야?", []),  # a quarter's, its months in a bracket
    ("가람손보 2022년 4분기 당기순이익은 얼마야?", ["1210억원"]),
])
def test_a_quarter_glossed_in_brackets_is_no_year(question, kept):
    text = "가람손보의 2022년 4분기(10~12월) 당기순이익은 1210억원으로 집계됐다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


@pytest.mark.parametrize("question, kept", [
    ("가람가스 작년 배당금 총액은 얼마야?", []),  # a sum in total is no sum per share
    ("가람가스 작년 주당 배당금은 얼마야?", ["7200원"]),
    ("가람가스 작년 배당금은 얼마야?", ["7200원"]),
])
def test_a_total_asked_is_not_a_sum_per_one(question, kept):
    text = "가람가스는 지난해 주당 배당금을 7200원으로 결정했다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("question, kept", [
    # the firm asked is not in the sentence; the figure's clause is another firm's by name
    ("KB생명 4분기 순이익은 얼마였어?", []),
    ("SK손보 4분기 순이익은 얼마였어?", ["1636억원"]),
    ("4분기 손보사 순이익은 얼마였어?", ["1636억원"]),  # (no firm asked)
])
def test_a_figure_said_of_another_named_firm_is_not_the_one_asked(question, kept):
    text = "보험업계에 따르면 SK손보의 4분기 당기순이익은 1636억원으로 집계됐다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text)] == kept


@pytest.mark.parametrize("question, text, kept", [
    # the noun labelling the figure is said of another kind than the one asked
    ("가람몰 모바일쇼핑 거래액은 얼마야?", "가람몰 온라인쇼핑 거래액은 7조2100억 원으로 12.5% 증가했다.", []),
    ("가람몰 모바일쇼핑 거래액은 얼마야?", "온라인쇼핑 거래액 중 모바일쇼핑 거래액은 4조1180억 원이었다.", ["4조1180억 원"]),
    # (the whole asked: the part's label is the nearest before its figure)
    ("가람몰 온라인쇼핑 거래액은 얼마야?", "온라인쇼핑 거래액 중 모바일쇼핑 거래액은 4조1180억 원이었다.", []),
    ("이번 달 나래은행 신용대출은 얼마나 늘었어?", "나래은행 가계대출이 이달에만 1조8000억원 늘었다.", []),
    ("이번 달 나래은행 가계대출은 얼마나 늘었어?", "나래은행 가계대출이 이달에만 1조8000억원 늘었다.", ["1조8000억원"]),
    # a kind said short or long is the same kind; a word of time or of how much says no kind
    ("가람시 시내버스 요금은 얼마야?", "가람시 버스 요금은 1450원이다.", ["1450원"]),
    ("가람몰 모바일쇼핑 거래액은 얼마야?", "가람몰의 올해 거래액은 7조2100억 원이다.", ["7조2100억 원"]),
    # a word before the noun that is no sibling of the kind asked may say whose it is
    ("가람도 내년 관광국 예산이 총 얼마야?", "가람도 관광국 소관 예산은 총 612억 원이 책정됐다.", ["612억 원"]),
])
def test_a_figure_labelled_with_another_kind_is_not_the_kind_asked(question, text, kept):
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


@pytest.mark.parametrize("question, kept", [
    ("작년 가람면세점 매출은 얼마였어?", []),  # one month's, said as such
    ("작년 12월 가람면세점 매출은 얼마였어?", ["1조2천310억여원"]),
    ("가람면세점 한 달 매출은 얼마야?", ["1조2천310억여원"]),
])
def test_one_months_figure_is_not_a_whole_asked(question, kept):
    text = "지난해 12월 한 달간 가람면세점 매출은 1조2천310억여원으로 전달보다 7.3% 줄었다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


@pytest.mark.parametrize("question, kept", [
    # the year asked is the sentence's: the figure labelled as the year before's is not it
    ("가람손보 2022년 4분기 당기순이익은 얼마야?", ["1210억원"]),
    # (the year before asked: left to the figure's other checks)
    ("가람손보 4분기 당기순이익은 작년 같은 때 얼마였어?", ["1210억원", "980억원"]),
])
def test_the_year_before_labelled_is_not_the_year_asked(question, kept):
    text = "가람손보의 2022년 4분기 당기순이익은 1210억원으로 전년 동기 980억원에 비해 230억원 증가했다."
    assert [f.text for f in figures_of_kind(analyze(question), figures(text), text) if f.kind == "money"] == kept


def test_a_fall_said_by_najajida_is_a_fall():
    # "낮아진다" is no verb _CHANGED knows (Kiwi may read it as an adjective and a helper verb)
    text = "이달부터 가람손보 자동차보험료가 평균 2~5% 낮아진다."
    assert [f.text for f in figures_of_kind(analyze("가람손보 자동차보험료는 몇 % 오르는 거야?"), figures(text), text)] == []
    assert [f.text for f in figures_of_kind(analyze("가람손보 자동차보험료는 몇 % 내려?"), figures(text), text)] == ["2~5%"]


def test_a_month_compared_with_does_not_date_this_months_figure_to_it():
    from qa.abstain import _dated_that_month

    # "1월 가람시 전세 매물은?" in an article of 31 January: "전월(2만3263건) 대비 6.0% 감소" compares
    # this month's figure with December's; it is no figure of the month before
    month = next(c for c in analyze("2026년 1월 가람시 전세 매물은 몇 건이었어?").constraints if c.text == "1월")
    at = _beside("가람시 전세 물건은 30일 기준 2만1890건으로 집계됐다.", "2026-01-31")

    assert _dated_that_month(month, at("전월(2만3263건) 대비 6.0% 감소했다."))
    assert _dated_that_month(month, at("지난달보다 1천 건 줄었다."))
    assert not _dated_that_month(month, at("지난달에는 2만3263건이었다."))


@pytest.mark.parametrize("question, text, kept", [
    # the kind asked (나래조개) nowhere in the sentence, another glued to the noun: the other's, a
    # total or not
    ("2018년 나래조개 생산량은 몇 톤이었나요?", "2018년 가람 어업생산량은 총 101만 톤으로, 2017년(93만 톤)에 비해 늘었다.", []),
    # … or a compound apart before it
    ("2018년 상반기 나래조개 생산량은 몇 톤이었어?", "올 상반기 원양어업 생산량이 12% 늘어난 25만5천t으로 집계됐다.", []),
    # … or an item of a list by kinds
    ("나래조개 생산량은 몇 톤이었어?", "어종별 생산량을 보면 멸치는 6만4000톤, 고등어 2만2000톤, 오징어 1만9000톤이다.", []),
    # the kind said: its figure
    ("나래조개 생산량은 몇 톤이었어?", "나래조개 생산량은 6만4000톤이다.", ["6만4000톤"]),
    # a short word apart says how it is counted, not whose: kept
    ("가람신보 보증사고율은 몇 %야?", "2018년말 기준 보증사고율은 3위(2.68%)를 기록했다.", ["2.68%"]),
])
def test_a_figure_labelled_by_another_kind_is_not_the_kind_asked(question, text, kept):
    assert _figures_asked(text, question) == kept


def test_a_year_written_as_a_fiscal_year_is_still_the_questions_own():
    # "1980년도에 중단된 후 언제?" is not answered by the 1980년도 the question says
    assert _figures_asked("1980년도에 제작이 중단되었고, 1984년부터 일본에서만 판매되었다.",
                          "가람 기타는 1980년도에 제작이 중단된 후 언제 재발매 되었는가?") == ["1984년"]


def test_a_count_right_after_a_noun_the_question_names_otherwise_counts_that_noun():
    # "경로당에 놓는 식탁은 몇 개?": 경로당 is where, 식탁 what is counted; "경로당 120곳 중" counts
    # the 경로당, however near 식탁 stands after it
    text = "가람군 경로당 120곳 중 입식식탁을 원하는 곳은 고정식 식탁을 고를 수 있다."
    q = analyze("가람군 경로당에 설치하는 입식 식탁은 모두 몇 개야?")
    assert q.asks == "count" and q.attribute == "식탁"
    assert figures_of_kind(q, figures(text), text) == []
    # the noun asked before the count is counted by it
    q = analyze("가람군 경로당은 모두 몇 곳이야?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["120곳"]
    # a count before a noun counts the noun after it ("지역 8개 보훈단체"), and a reference
    # noun before it ("30일 기준") counts nothing
    text = "나래구는 지역 8개 보훈단체에 운영비를 올려 준다."
    q = analyze("나래구가 운영비를 올려주는 지역 보훈단체 수는?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["8개"]
    text = "다온 아파트 전세 물건은 30일 기준 2만1890건으로 집계됐다."
    q = analyze("30일 기준 다온 아파트 전세 물건은 몇 건이었나요?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["2만1890건"]


def test_this_month_in_the_sentence_is_the_month_and_year_the_article_is_dated():
    # "이달": the month the article is dated, whatever year the sentence before it speaks of
    assert _dated_with_and_without("2025년 가람병원 공사 공정률은 몇 %야?", "이달 13일 현재 토목공사 공정률은 약 22%이다.",
                                   "이달 13일 현재 ", "가람병원은 지난해 6월 착공한 이후 토목공사가 진행 중이다.",
                                   "2025-09-23", before=True) == (True, False)
    assert _dated_with_and_without("2025년 가람병원 공사 공정률은 몇 %야?", "이번 달 현재 토목공사 공정률은 약 22%이다.",
                                   "이번 달 현재 ", "가람병원은 지난해 6월 착공한 이후 토목공사가 진행 중이다.",
                                   "2025-09-23", before=True) == (True, False)


def test_a_firm_asked_by_a_name_kiwi_does_not_know_is_not_another_such_firms_topic():
    # "다온코발트가 투자한 금액은?" over "타르벡스는 2조원을 들여 …": Kiwi knows neither name, so
    # both are firms (a person or a place it knows), and the figure is the other's
    q = analyze("다온코발트가 가람시에 투자한 금액은 얼마야?")
    text = "타르벡스는 2028년까지 2조원을 들여 가람시에 제2캠퍼스를 구축한다는 계획이다."
    assert figures_of_kind(q, figures(text), text) == []
    q = analyze("타르벡스가 가람시에 투자한 금액은 얼마야?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["2조원"]


def test_one_doer_of_a_list_closed_by_등_is_not_given_the_sum_of_all():
    text = "가람시는 올해 다온CNGR, 다온코발트 등 2차전지 기업에서 7조 4000억원 규모의 투자를 유치했다."
    assert figures_of_kind(analyze("다온코발트가 가람시에 투자한 금액은 얼마야?"), figures(text), text) == []
    # the question listing them too asks the sum; a figure said of each is each one's
    q = analyze("가람시가 다온CNGR·다온코발트 등에서 유치한 투자 규모는 얼마야?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["7조 4000억원"]
    each = "다온CNGR, 다온코발트 등 두 기업이 각각 2조원을 투자한다."
    assert [f.text for f in figures_of_kind(analyze("다온코발트가 투자한 금액은 얼마야?"), figures(each), each)] == ["2조원"]


def test_a_milestone_asked_is_not_dated_by_a_sentence_dating_another():
    # "언제 착공했어?" over "정식 개관일은 오는 6월 1일이다": another milestone's date; words of one
    # kind stand for each other (준공 asked, 완공 said)
    text = "가람시립도서관 정식 개관일은 오는 6월 1일이다."
    assert figures_of_kind(analyze("가람시립도서관은 언제 착공했나요?"), figures(text), text) == []
    assert [f.text for f in figures_of_kind(analyze("가람시립도서관은 언제 개관해?"), figures(text), text)] == ["6월 1일"]
    built = "가람시립도서관은 지난해 12월 지상 4층 규모로 완공됐다."
    assert [f.text for f in figures_of_kind(analyze("가람시립도서관은 언제 준공됐어?"), figures(built), built)] == [
        "지난해 12월"]
    assert figures_of_kind(analyze("가람시립도서관은 언제 착공했나요?"), figures(built), built) == []
    # a sentence saying the milestone asked dates it, whatever else it dates
    both = "가람시립도서관은 2022년 3월 착공해 지난해 12월 완공됐다."
    assert "2022년 3월" in [f.text for f in figures_of_kind(analyze("가람시립도서관은 언제 착공했나요?"), figures(both), both)]


def test_a_long_run_of_letters_and_commas_without_등_is_searched_at_once():
    # a trap recorded: with the space between an item's words optional, a long run of letters
    # splits into words in exponentially many ways, and one sentence with commas and no 등 took
    # minutes. The search runs in a child process: a pattern that backtracks so never returns
    # (Python's re holds the interpreter while it matches), and the generous cap is no timing,
    # only a way to stop a pattern that would not end
    import subprocess
    import sys
    from pathlib import Path

    from qa.abstain import _LISTED_WITH_ETC

    run = "가나다라마바사아자차카타파하" * 3  # (two took 43 s with the old pattern; three, days)
    code = ("import sys; sys.path.insert(0, '.'); from qa.abstain import _LISTED_WITH_ETC as R; "
            f"print(R.search('{run}, {run}, {run[:12]}'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=str(Path(__file__).resolve().parents[1]))
    assert done.stdout.strip() == "None"
    assert _LISTED_WITH_ETC.search("다온CNGR, 다온코발트 등 2차전지 기업").group(1) == "다온CNGR, 다온코발트"


def test_a_scope_before_a_count_is_no_noun_counted():
    # "도내 30개소": 도내 says where the count runs, whatever the question calls it ("제주 도내에")
    text = "가람전력은 연말까지 도내 30개소에 총 70기의 충전소를 설치한다."
    q = analyze("가람전력이 연말까지 제주 도내에 설치하는 충전소는 몇 개소?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["30개소"]


def test_a_rate_per_person_is_not_a_rate_per_year():
    # "자녀 한 명당 얼마씩?" over "매년 500만원의 양육비": each year's for the family, not each child's
    q = analyze("가람시 다자녀 가정은 자녀 한 명당 얼마씩 받아?")
    text = "가람시가 자녀가 5명 이상인 가정에 매년 500만원의 양육비를 지원하기로 했다."
    assert figures_of_kind(q, figures(text), text) == []
    each = "다섯자녀 이상 가정에는 미성년 자녀 1명당 100만원씩 매년 지급한다."
    assert [f.text for f in figures_of_kind(q, figures(each), each)] == ["100만원"]
    # a ceiling is what each one may get
    cap = "자녀가 5명 이상인 가정에 매년 최대 500만원을 지원한다."
    assert [f.text for f in figures_of_kind(q, figures(cap), cap)] == ["500만원"]


def test_words_that_look_like_a_milestone_each_or_a_rate_are_none():
    # 개소 of "30개소" counts places, no opening (개소); 해당 is no rate per one (…당); 생각 no 각
    q = analyze("가람충전소 공사는 언제 착공했어?")
    text = "가람충전소는 2023년 3월 공사에 들어갔으며 도내 30개소로 늘어난다."
    assert "2023년 3월" in [f.text for f in figures_of_kind(q, figures(text), text)]
    q = analyze("가람시 다자녀 가정은 자녀 한 명당 얼마씩 받아?")
    text = "해당 가정에는 매년 500만원의 양육비를 지원한다."
    assert figures_of_kind(q, figures(text), text) == []
    q = analyze("다온코발트가 투자한 금액은 얼마야?")
    text = "다온CNGR, 다온코발트 등이 생각 이상으로 많은 7조원을 투자했다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_part_of_a_year_the_article_never_names_is_missing():
    # "2024년 상반기 물동량은?" over an article of the whole year: its figures are the year's, not
    # the half's, whatever else the sentence meets
    year = Document("p", "가람항 작년 물동량 역대 최대",
                    "가람항은 2024년 역대 최고 물동량인 244만TEU를 처리했다.\n환적 물동량은 135만TEU를 기록했다.")
    q = analyze("2024년 상반기 가람항 환적 물동량은 얼마야")
    assert [c.kind for c in q.constraints if c.text == "상반기"] == ["term"]  # (a soft word, as it was)
    assert [c.text for c in check(q, FakeStore([year]), 1, P, idf).missing] == ["상반기"]
    assert not check(analyze("2024년 가람항 물동량은 얼마야"), FakeStore([year]), 0, P, idf).missing
    # … named by the part, or by its months, anywhere in the article, it is the sentence's to meet
    half = replace(year, text="가람항은 상반기 실적을 발표했다.\n" + year.text)
    assert not check(q, FakeStore([half]), 1, P, idf).missing
    months = replace(year, text="가람항은 2024년 1~6월 역대 최고 물동량인 122만TEU를 처리했다.\n환적 물동량은 65만TEU다.")
    assert not check(q, FakeStore([months]), 0, P, idf).missing


def test_part_of_year_unsaid_reads_parts_by_name_and_by_months():
    from qa.abstain import _part_of_year_unsaid

    assert _part_of_year_unsaid("4분기 영업이익은?", "가람전자는 올해 영업이익 3조원을 거뒀다.") == "4분기"
    assert _part_of_year_unsaid("4분기 영업이익은?", "10∼12월 영업이익은 1조원이다.") is None
    assert _part_of_year_unsaid("4분기 영업이익은?", "4분기 실적은 다음 달 나온다.") is None
    # another part's months are not the part asked
    assert _part_of_year_unsaid("4분기 영업이익은?", "1∼3월 영업이익은 1조원이다.") == "4분기"
    assert _part_of_year_unsaid("하반기 판매량은?", "상반기 판매량은 3만 대다.") == "하반기"
    assert _part_of_year_unsaid("올해 판매량은?", "상반기 판매량은 3만 대다.") is None  # no part asked
    # a quarter written as a fraction of four is the numerator's; 올 glued before a half is no bar
    assert _part_of_year_unsaid("3분기 영업이익은?", "3·4분기 영업이익은 1조원이다.") is None
    assert _part_of_year_unsaid("상반기 판매량은?", "올상반기 판매량은 3만 대다.") is None


def test_a_day_asked_by_its_noun_is_not_answered_by_a_year_alone():
    # "MOU 맺은 날짜는?" asks a day: "2019년 … 협약" dates a year (and another event), no day
    q = analyze("가람시가 나래관광청과 MOU 맺은 날짜는?")
    assert not figures_of_kind(q, figures("나래관광청과 MOU 및 2019년 연합 출범 협약으로 관심이 쏠린다."),
                               "나래관광청과 MOU 및 2019년 연합 출범 협약으로 관심이 쏠린다.")
    text = "가람시는 지난 2019년 5월 3일 나래관광청과 MOU를 맺었다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["2019년 5월 3일"]
    # … while "언제" asks any time, and so does 날 with it, said loosely ("만난 날은 언제?")
    q = analyze("가람시장과 나래군수가 만난 날은 언제?")
    text = "가람시장과 나래군수는 2019년 처음 만났다."
    assert figures_of_kind(q, figures(text), text)
    q = analyze("가람시가 나래관광청과 MOU 맺은 건 언제야?")
    text = "가람시는 2019년 나래관광청과 MOU를 맺었다."
    assert figures_of_kind(q, figures(text), text)


def test_a_volume_is_measured_or_counted_in_the_unit_it_has():
    # "물동량은?": 2440만TEU counts containers, 15억 톤 weighs cargo; neither a sum nor a rate is one
    q = analyze("2024년 가람항 물동량은 얼마야")
    text = "가람항은 2440만TEU를 처리해 매출 3천억원을 올렸다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["2440만TEU"]
    text = "가람항은 모두 15억 5103만 톤을 처리했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["15억 5103만 톤"]
    # … not in a counter of people, places or times ("쌀 생산량은?" over "농가 1200가구"), and not
    # for a measure the head names outright (용량)
    text = "가람항에서 선원 1200명과 선사 30곳이 일한다."
    assert not figures_of_kind(q, figures(text), text)
    assert not figures_of_kind(analyze("가람발전소 설비 용량은?"), figures(text), text)


def test_a_whole_year_asked_as_한_해_is_not_answered_by_a_half():
    # "2019년 한 해 생산량" over "2019년 상반기(1~6월) … 38만톤": the half's figure, not the year's
    q = analyze("2019년 한 해 가람만 어업 생산량 알려줘")
    text = "가람청은 2019년 상반기(1~6월) 어업 생산량이 38만톤이라고 밝혔다."
    assert not figures_of_kind(q, figures(text), text)
    text = "가람청은 2019년 가람만 어업 생산량이 91만톤이라고 밝혔다."
    assert figures_of_kind(q, figures(text), text)
    # (a year before or after is no whole year asked: "한 해 전", "한 해 뒤")
    from qa.abstain import _YEAR_ASKED
    assert not _YEAR_ASKED.search("한 해 전 생산량은?") and _YEAR_ASKED.search("한 해 생산량은?")
    assert _YEAR_ASKED.search("한 해 전체 생산량은?")
    # (nor the 한 of 위한, 대한 before a word in 해: "유치를 위한 해외 투자액")
    assert not _YEAR_ASKED.search("기업 유치를 위한 해외 투자액은 얼마야?")


def test_a_year_compared_with_by_its_figure_is_compared_with_the_articles_own():
    # "1월 … 177만개로 작년 같은 달(163만개)보다 8.4% 늘었다", written in February 2019: the
    # sentence speaks of 2018 (its figure given) and of 2019, whose figure it is
    doc = Document("m", "가람항 물동량 순조로운 출발",
                   "가람항은 올해도 순조로운 출발을 했다.\n"
                   "1월 가람항 터미널에서 처리한 물동량은 177만개로 작년 같은 달(163만개)보다 8.4% 늘었다.",
                   date="2019-02-18")
    q = analyze("2019년 1월 가람항 물동량은 몇 개?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing
    # … and the year before is spoken of still: its figure is there
    assert not check(analyze("2018년 1월 가람항 물동량은 몇 개?"), FakeStore([doc]), 1, P, idf).missing
    # a year two back is neither
    assert check(analyze("2017년 1월 가람항 물동량은 몇 개?"), FakeStore([doc]), 1, P, idf).missing
    # … not when the sentence says a year as its own, compared with another ("지난해 … 재작년
    # 163만개보다"), nor a year glossed in brackets with no comparison ("지난해(2018년)")
    from qa.abstain import _relative_years
    assert _relative_years(squash("지난해 가람항 물동량은 177만개로 재작년 163만개보다 늘었다.")) == {-1, -2}
    assert _relative_years(squash("지난해(2018년) 가람항 물동량은 177만개였다.")) == {-1}


def test_a_figure_of_the_year_before_compared_with_dates_the_sentence_this_year():
    # "입장객 5만 6157명으로, 지난해 5만3072명보다 3085명이 증가", written in July 2018: the year
    # before is compared with by its figure (one of several orders, 5만3072), and the count is 2018's
    doc = Document("f", "가람축제 10일간 183만명 방문",
                   "가람시는 지난 13~22일 열린 가람축제에 183만명이 방문했다고 23일 밝혔다.\n"
                   "유료체험 입장객은 5만 6157명으로, 지난해 5만3072명보다 3085명이 증가했다.", date="2018-07-23")
    q = analyze("2018년 가람축제 유료체험 입장객은 몇명이야?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing
    # a count of the year before said as its own still dates the sentence to it
    own = replace(doc, text="가람시는 지난 13~22일 열린 가람축제에 183만명이 방문했다고 23일 밝혔다.\n"
                            "지난해 유료체험 입장객은 5만3072명이었다.")
    assert check(q, FakeStore([own]), 1, P, idf).missing


def test_a_short_name_glued_to_the_one_before_it_is_found_in_their_compound():
    # "강릉 옥계 해상풍력으로 몇 가구가 …?" over "강릉옥계해상풍력은 … 6만 5천 가구가 …": 옥계 is
    # never a word of its own there, but the question writes it right after 강릉, found
    doc = Document("w", "국내 최대 해상풍력 준공",
                   "강릉옥계해상풍력은 약 6만 5천 가구가 1년간 사용할 수 있는 전기를 공급한다.")
    q = analyze("강릉 옥계 해상풍력으로 몇 가구가 쓸 수 있어?")
    assert not check(q, FakeStore([doc]), 0, P, idf).missing
    # … not glued to another name: "삼척옥계" is no 강릉 옥계
    other = replace(doc, text="강릉시는 삼척옥계해상풍력 사업을 지켜보고 있다.")
    assert [c.text for c in check(q, FakeStore([other]), 0, P, idf).missing] == ["옥계"]


def test_machines_counted_in_기_before_the_particle_가_are_no_gigabytes():
    # "64기가 설치되는": 64 machines and the subject particle; figures() alone reads 64 GB
    q = analyze("가람해상풍력에 들어서는 발전기는 전부 몇 기예요?")
    text = "가람해상풍력은 5.7㎿ 풍력발전기 64기가 설치되는 단지다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["64기"]
    # asked of anything else, they are what the figure reader says, gigabytes
    q = analyze("가람폰 저장 용량은 몇 기가야?")
    text = "가람폰은 64기가 저장 공간을 갖췄다."
    assert [f.unit for f in figures_of_kind(q, figures(text), text)] == ["gb"]


def test_a_rank_after_those_named_before_it_is_the_asked_ones():
    # "가람항 세계 순위 몇 위?" over "…나래항과 다온항에 이어 5년 연속으로 세계 4위": the ports named
    # are those ranked before it, the rank is 가람항's
    q = analyze("가람항 항만연결성 지수 세계 순위 몇 위?")
    text = "그 결과 가람항은 항만연결성 지수에서 중국 나래항과 다온항에 이어 5년 연속으로 세계 4위를 유지했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["4위"]
    from qa.abstain import _RANKED_AFTER
    # (a run of years between; not a rank said after something else: "에 이어 … 5년 만에")
    assert _RANKED_AFTER.search("나래항에 이어 3년째 연속 세계 ")
    assert not _RANKED_AFTER.search("나래항에 이어 5년 만에 세계 ")


def test_the_name_of_one_news_calls_관계자_is_given_beside_the_word_or_not_at_all():
    # "…라고 말한 가람부 관계자 이름은?": news withholds the name of a 관계자, and a close sentence
    # of what was said is no name
    q = analyze("가람단지 예산을 다시 시도하겠다고 말한 가람부 관계자 이름은?")
    none = P.with_(value_required=())  # (whatever kinds the fitted parameters require)
    assert needs_value(q, none) and needs_value(analyze("가람부 관계자는 누구야?"), none)
    # … while an official by rank (간부, 국장) is often named, and left to the fitted parameters
    assert not needs_value(analyze("생산량 회복이 다행이라고 말한 가람부 간부는 누구야?"), none)


def test_a_counter_saying_what_it_counts_answers_only_its_kind():
    # "몇 개 극장에서?" is not answered by "42개국": 개국 counts nations; "몇 개 나라", "참가국은 몇
    # 개" are
    text = "올해는 42개국 247편의 영화를 선보였다."
    assert not figures_of_kind(analyze("가람영화제는 몇 개 극장에서 열렸나요?"), figures(text), text)
    for q in ("가람영화제에 몇 개 나라가 참여했어?", "가람영화제 참가국은 몇 개야?"):
        assert [f.text for f in figures_of_kind(analyze(q), figures(text), text)] == ["42개국"], q
    # … nor "몇 개 약국" (a 국 that is no nation); a university is a 개교's kind
    assert not figures_of_kind(analyze("가람시에 몇 개 약국이 있어?"), figures(text), text)
    text = "이번 사업에는 전국 30개교가 참여했다."
    assert [f.text for f in figures_of_kind(analyze("몇 개 대학이 참여했어?"), figures(text), text)] == ["30개교"]


def test_a_place_asked_bare_is_missing_from_a_sentence_naming_another_of_its_unit():
    # "충주 우회도로 길이는?" over "…제천시 구간은 11.7㎞": the article names 충주시, so 충주 is a
    # place, and the sentence gives another city's stretch, whatever its neighbours say
    doc = Document("r", "국도 우회도로 연말 개통",
                   "충주시 목행동과 용탄동을 잇는 우회도로가 28일 개통한다.\n"
                   "제천시 구간은 11.7㎞로 선형개량 사업이 진행됐다.")
    q = analyze("충주 우회도로 길이는 몇 km야?")
    assert [c.text for c in check(q, FakeStore([doc]), 1, P, idf).missing] == ["충주"]
    assert not check(q, FakeStore([doc]), 0, P, idf).missing
    # … not a sentence naming one of its districts (a city asked, a 구 said) …
    ward = replace(doc, text="충주시 목행동과 용탄동을 잇는 우회도로가 28일 개통한다.\n가람구 구간은 11.7㎞다.")
    assert not check(q, FakeStore([ward]), 1, P, idf).missing
    # … nor an army read with 군 ("일본군"): the question's 일본 is no county
    army = Document("w", "전쟁", "일본군은 1944년 후퇴했다.\n육해군 장병이 싸웠지만 전쟁은 4년이 지나면서 불리해졌다.")
    q = analyze("일본이 일으킨 전쟁은 몇 년이 지나면서 불리해졌나?")
    assert not check(q, FakeStore([army]), 1, P, idf).missing
    army = Document("w", "공습", "이란군은 미사일 300기를 발사했다.\n이스라엘군은 이 가운데 99%를 요격했다.")
    q = analyze("이란이 발사한 미사일 중 몇 %가 요격됐어?")
    assert not check(q, FakeStore([army]), 1, P, idf).missing
    # … nor a person's name read as a place's ("최재구 씨"), nor a place the question names itself
    person = Document("p", "모래축제", "충주시는 모래축제를 연다.\n총감독을 맡은 최재구 씨는 관람객이 30만 명에 이를 것으로 내다봤다.")
    assert not check(analyze("충주 모래축제 관람객은 몇 명이야?"), FakeStore([person]), 1, P, idf).missing
    both = analyze("충주와 제천을 잇는 연결도로 중 제천 구간 길이는 몇 km야?")
    assert not check(both, FakeStore([doc]), 1, P, idf).missing


def test_next_year_said_by_the_lead_dates_the_list_below_it():
    # an article of December 2022 leads "내년 상반기 … 배정됐다" and lists the counties' shares
    # further down with no year: "2023년 제천시 배정 인원" is that list's
    doc = Document("s", "계절근로자 배정",
                   "내년 상반기 가람도 18개 시군에 계절근로자 5천명이 배정됐다.\n"
                   "농식품부는 14일 협의회를 열고 배정 규모를 확정했다.\n"
                   "협의회에는 관계 부처가 참석했다.\n"
                   "구체적으로는 △충주시 954명 △제천시 29명이다.", date="2022-12-14")
    q = analyze("2023년 제천시 계절근로자 배정 인원은?")
    assert not check(q, FakeStore([doc]), 3, P, idf).missing
    # … not when the article's lead speaks of this year, nor of next year as the time of another
    # event, reporting no figure of it
    this = replace(doc, text=doc.text.replace("내년 상반기", "상반기"))
    assert [c.text for c in check(q, FakeStore([this]), 3, P, idf).missing] == ["2023년"]
    event = replace(doc, text="내년 예산안 심의를 앞두고 가람도의회가 14일 정례회를 열었다.\n" + doc.text.split("\n", 1)[1])
    assert [c.text for c in check(q, FakeStore([event]), 3, P, idf).missing] == ["2023년"]


def test_a_stretch_the_first_sentence_reports_is_met_by_its_article():
    # "진주~마산 교량 몇 곳?" over "공사 구간에는 … 교량 76곳": the article's first sentence names
    # both ends, and the sentence names no other stretch
    doc = Document("h", "고속도로 확장 개통",
                   "남해고속도로 충주(가람 분기점)~제천(나래 분기점)까지 48.2㎞가 21일 개통됐다.\n"
                   "공사 구간에는 터널 3곳과 교량 76곳이 설치됐다.\n"
                   "남해고속도로 다온~한빛 구간(106.8㎞)은 내년 4월 개통할 계획이다.")
    q = analyze("충주~제천 구간에 교량은 몇 곳 있어?")
    assert [c.kind for c in q.constraints if "~" in c.text] == ["route"]
    assert not check(q, FakeStore([doc]), 1, P, idf).missing
    # … another stretch's sentence gives that one's figure, one sharing an end too
    q = analyze("충주~제천 구간 길이는 몇 km야?")
    assert check(q, FakeStore([doc]), 2, P, idf).missing
    next_to = replace(doc, text=doc.text.replace("다온~한빛", "충주~한빛"))
    assert check(q, FakeStore([next_to]), 2, P, idf).missing
    # … and a lead naming both places but no stretch between them is about no stretch
    partners = replace(doc, text="충주시와 제천시가 자매결연 30주년을 맞았다.\n충주시 순환도로는 총연장 12.5㎞다.")
    assert check(q, FakeStore([partners]), 1, P, idf).missing
    # … and a stretch only a later sentence names is not the article's own
    late = replace(doc, text="공사 구간에는 터널 3곳과 교량 76곳이 설치됐다.\n충주~제천 구간도 개통됐다.\n"
                             "다른 구간 공사는 계속된다.")
    q = analyze("충주~제천 구간에 교량은 몇 곳 있어?")
    assert check(q, FakeStore([late]), 0, P, idf).missing
    # … the lead may name the two ends by the verb joining them ("…과 …을 잇는 구간")
    joined = Document("j", "심야 버스 운행", "가람시는 5일부터 한빛교차로와 다온역을 잇는 구간에서 심야 버스를 운행한다.\n"
                                          "운행구간은 나래역부터 한빛교차로까지 약 7.2㎞다.")
    q = analyze("가람 한빛~다온 심야 버스 운행 구간은 몇 km야?")
    assert not check(q, FakeStore([joined]), 1, P, idf).missing
    # … not two places a verb of another kind follows ("…와 …을 비교하면")
    compared = replace(joined, text=joined.text.replace("을 잇는", "을 비교한"))
    assert check(q, FakeStore([compared]), 1, P, idf).missing


def test_a_count_noun_or_an_ordinal_counter_asks_its_own_kind_of_figure():
    # "터빈 개수는?", "차량 대수는?" ask a number of things: not a capacity nor a speed
    q = analyze("가람해상풍력에 설치되는 터빈 개수는?")
    text = "가람해상풍력은 5.7㎿ 터빈 64개가 설치된다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["64개"]
    # (machines counted in 기, read as ordinals, and "20기가", read as gigabytes, are counts)
    text = "단지에는 8㎿급 터빈 20기가 들어선다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["20기"]
    q = analyze("가람~나래 구간 평일 통행 차량 대수는?")
    assert q.asks == "count"
    text = "차량 통행속도는 시속 60㎞에서 90㎞로 빨라지고, 평일 7만대가 통과한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["7만대"]
    # an ordinal asked in 기 is not answered by another counter's ("1, 2, 3호")
    q = analyze("가람호 몇 기 졸업생이야?")
    assert q.asks == "ordinal"
    text = "나래해상풍력발전 1, 2, 3호가 참여했고, 그는 제5기 졸업생이다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["5기"]



def test_a_count_head_that_names_its_counter():
    # "운항 횟수는?" counts times, "참여 인원은?" people: "1300여명" is no number of sailings
    q = analyze("가람항 크루즈 운항 횟수는?")
    text = "두 달 만에 1300여명이 크루즈 관광을 즐겼고, 모두 33회 운항했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["33회"]
    q = analyze("가람 축제 참여 인원은?")
    text = "축제는 3회째를 맞았고 5천여 명이 참여했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["5천여 명"]
    # (glued, "운항횟수"; sailings counted in 편, voyages in 항차, read 항)
    q = analyze("가람항 크루즈 운항횟수는?")
    text = "두 달 만에 1300여명이 찾았고 하루 왕복 14편 운항한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["14편"]
    text = "올해 가람항에는 크루즈선이 모두 6항차 입항했다."
    assert [f.unit for f in figures_of_kind(analyze("가람항 크루즈 입항 횟수는?"), figures(text), text)] == ["항"]


def test_a_year_the_question_counts_from_dates_no_figure():
    # "2016년 이후 4년동안 보급한 대수는?" over "지난 2016년 이후 4년 동안 … 4607대를 보급한 데 이어
    # 올해 약 3800대": the question counts from 2016 as the sentence does, whatever this year's
    doc = Document("e", "전기차 충전소 수요 조사",
                   "가람시는 지난 2016년 이후 4년 동안 전기차 4607대를 보급한 데 이어 올해 약 3800대를 보급할 계획이다.",
                   date="2021-01-21")
    q = analyze("가람시가 2016년 이후 4년동안 보급한 전기차 대수는?")
    assert not check(q, FakeStore([doc]), 0, P, idf).missing
    # (a year asked as the figure's own is still the sentence's to meet)
    assert check(analyze("가람시가 2016년에 보급한 전기차 대수는?"), FakeStore([doc]), 0, P, idf).missing


def test_a_change_compared_earlier_in_its_clause_is_no_level():
    # "관광객 총 몇 명?" over "지난해에 비해 전체 방문객이 2만8000여 명 늘었다": by how much, the
    # comparison said before the subject; "…명으로 늘었다" and a figure past another are levels
    q = analyze("가람탈춤축제 관광객 총 몇 명이었어?")
    by = "지난해에 비해 전체 방문객이 2만8000여 명 늘었다."
    assert figures_of_kind(q, figures(by), by) == []
    to = "지난해에 비해 전체 방문객이 110만 명으로 늘었다."
    assert [f.text for f in figures_of_kind(q, figures(to), to)] == ["110만 명"]
    level = "지난해보다 10% 늘어난 300명이 찾았다."
    assert [f.text for f in figures_of_kind(q, figures(level), level)] == ["300명"]
    dated = "지난해에 비해 올해 3월 방문객이 2만 명 늘었다."
    assert [f.text for f in figures_of_kind(q, figures(dated), dated)] == []
    glued = "전년대비 방문객이 2만 명 늘었다."  # (대비 glued to its noun)
    assert [f.text for f in figures_of_kind(q, figures(glued), glued)] == []
    # … words that begin like a change verb or a comparison are none (올여름, 적극, 대비해, 보다 많은)
    for text, value in (("지난해보다 일찍 문을 연 해수욕장에는 피서객 30만 명이 올여름 다녀갔다.", "30만 명"),
                        ("지난해보다 규모가 커진 올해 축제에는 시민 3만 명이 적극 참여했다.", "3만 명"),
                        ("가람시는 보다 많은 아이를 위해 돌봄 인력 300명을 확대 배치했다.", "300명")):
        assert [f.text for f in figures_of_kind(q, figures(text), text)] == [value]
    q = analyze("가람시 무더위쉼터는 몇 곳이야?")
    text = "여름철 폭염에 대비해 가람시는 무더위쉼터 300곳을 확대 운영한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["300곳"]


def test_a_sentence_naming_another_of_the_kind_asked_gives_the_others_figure():
    # "나래천 공정률은?": the article names two streams; a sentence naming 보람천 and not 나래천
    # gives 보람천's figure, and a sentence naming none is of the one the sentence before opens with
    doc = Document("s", "하천정비사업 현장 점검",
                   "도의원들이 나래천·보람천 하천정비사업 현장을 방문했다.\n"
                   "보람천 정비사업은 총 사업비 230억 원을 들여 길이 6.7㎞를 정비하는 사업이다.\n"
                   "현재 5%의 공정률을 보이고 있다.\n"
                   "나래천은 다온면 일원에 위치한 하천이다.\n"
                   "사업비 250억 원을 들여 길이 11㎞를 정비하며, 2024년 준공을 목표로 한다.")
    store = FakeStore([doc])
    q = analyze("나래천 정비사업 공정률은 몇 %야?")
    assert [c.text for c in check(q, store, 2, P, idf).missing] == ["나래천"]
    assert [c.text for c in check(analyze("나래천 정비사업 사업비는 얼마야?"), store, 1, P, idf).missing] == ["나래천"]
    # the one the sentence before opens with is the one asked
    assert not check(analyze("나래천 준공 목표 연도는?"), store, 4, P, idf).missing
    assert [c.text for c in check(analyze("보람천 준공 목표 연도는?"), store, 4, P, idf).missing] == ["보람천"]
    # a common compound of the kind ("지방하천") is no other stream; a name misspelt is the same one
    plain = Document("p", "하천", "나래천 정비가 시작됐다.\n지방하천 정비에 5%의 예산을 쓴다.")
    assert not check(analyze("나래천 정비 예산은 몇 %야?"), FakeStore([plain]), 1, P, idf).missing
    # a name asked of (not a figure) may be of the kind of one the question names
    assert not check(analyze("보람천 다음으로 정비하는 하천은?"), store, 3, P, idf).missing


def test_a_place_before_the_kind_asked_and_this_one_of_the_kind_pointed_at():
    # "충주 해상케이블카 구간 길이는?": 충주 and the word after it are one thing of the kind 케이블카;
    # "이 케이블카는 …" is the one of the kind named last, wherever its sentence names it — here
    # 제천's, beside its staff's title (a kind of two syllables or more ends no person's name)
    doc = Document("k", "해상케이블카 인기", "지난해 제천해상케이블카 총괄이사는 이용객이 늘었다고 전했다.\n"
                   "이 케이블카는 해수욕장 동쪽 공원에서 서쪽 공원까지 1.4㎞ 구간을 왕복 운행한다.\n"
                   "충주해상케이블카도 문을 열었다.")
    store = FakeStore([doc])
    q = analyze("충주 해상케이블카 운행 구간 길이는 몇 km야?")
    assert [c.text for c in check(q, store, 1, P, idf).missing] == ["충주"]
    assert not check(analyze("제천 해상케이블카 운행 구간 길이는 몇 km야?"), store, 1, P, idf).missing
    # (a sentence that points at none is carried on only from a sentence that opens with one)
    plain = Document("p", "해상케이블카 인기", "지난해 제천해상케이블카 총괄이사는 이용객이 늘었다고 전했다.\n"
                     "케이블카는 해수욕장 동쪽 공원에서 서쪽 공원까지 1.4㎞ 구간을 왕복 운행한다.\n"
                     "충주해상케이블카도 문을 열었다.")
    assert not check(q, FakeStore([plain]), 1, P, idf).missing


def test_another_name_of_the_question_in_the_sentence_makes_the_other_of_its_kind_a_partner():
    # "가람항에 들어온 드림호 승무원은?" over "… 나래항을 출발한 ‘드림호’": the ship asked is
    # named, and the port beside it is where it came from
    doc = Document("c", "가람항 첫 크루즈", "가람항에 올해 첫 크루즈가 들어왔다.\n"
                   "이 크루즈는 승무원 560명을 태우고 3일 나래항을 출발한 ‘드림호’다.")
    q = analyze("가람항에 들어온 드림호에는 승무원이 몇 명 타고 있었어?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing


def test_a_place_and_its_district_in_the_question_are_no_route():
    # "가람군 한빛지구에서 정비하는 구간 길이는?": 에서 says where, and the stretch the sentence
    # names by its two ends ("송면리~이평리 구간") is the one of the district asked
    q = analyze("나래군 한빛지구에서 정비하는 소하천 구간 길이가 몇 km인가요?")
    text = "한빛지구에는 123억 원을 투입해 송면리~이평리 구간 소하천 3.42㎞를 정비한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["3.42㎞"]
    # a route asked by 에서 … 가는 still is one
    q = analyze("서울에서 속초 가는 시외버스 요금 얼마야?")
    text = "서울∼대구는 1만5000원이었으나 1만6000원으로 오른다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_holiday_the_article_does_not_name_is_missing():
    # "추석 환급행사" over an article of 설 and never 추석: its event is the other holiday's
    doc = Document("h", "설 명절 전통시장 환급행사", "설 명절을 맞아 도내 20개 시장에서 온누리상품권 환급행사가 열린다.\n"
                   "환급소는 오전 9시부터 오후 6시까지 운영된다.")
    q = analyze("추석 온누리 환급행사 환급소 운영시간은?")
    assert "추석" in [c.text for c in check(q, FakeStore([doc]), 1, P, idf).missing]
    assert not check(analyze("설 온누리 환급행사 환급소 운영시간은?"), FakeStore([doc]), 1, P, idf).missing
    # an article naming both holidays, or neither, decides nothing; 설 of "a theory" is no holiday
    both = replace(doc, text=doc.text + "\n추석에도 행사를 연다.")
    assert "추석" not in [c.text for c in check(q, FakeStore([both]), 1, P, idf).missing]
    from qa.abstain import _other_holiday
    assert _other_holiday("그 설이 맞는 건 언제 밝혀졌어?", "추석 행사는 사흘간 열린다.") is None
    assert _other_holiday("설날 행사는 언제야?", "추석 행사는 사흘간 열린다.") == "설"


def test_a_head_of_su_counts_in_the_counter_before_it():
    # "수용 마릿수는?" counts animals (마리, with the ㅅ that joins the words dropped), "세대수는?"
    # households: not a sum, nor a floor area
    text = "보호센터는 사업비 20억원이 투입되어 연면적 785.75㎡의 크기로 지어졌으며 최대 100마리를 수용한다."
    assert [f.text for f in figures_of_kind(analyze("가람 보호센터 최대 수용 마릿수는?"), figures(text), text)] == ["100마리"]
    text = "단지는 지하 1층~지상 25층 8개동 999세대 규모다."
    assert [f.text for f in figures_of_kind(analyze("가람 행복주택 세대수는?"), figures(text), text)] == ["999세대"]


def test_what_is_no_other_thing_of_the_kind_asked():
    # review: a person's name ending in the kind's syllable (김영천 beside his title), a name
    # ending in a syllable no place or work takes (광화문 for 반기문), another kind sharing a last
    # syllable (센텀2지구 for a 구 asked) are no other thing of the kind asked
    def missing(question, lines, gid):
        doc = Document("x", "제목", "\n".join(lines))
        return [c.text for c in check(analyze(question), FakeStore([doc]), gid, P, idf).missing]

    assert missing("나래천 정비사업 공정률은 몇 %야?",
                   ["나래천 정비사업이 시작됐다.", "한빛천 시 건설과장은 '현재 공정률은 45%'라고 말했다."], 1) == []
    assert missing("가람문 총장 임기는 몇 년이야?", ["가람문 총장이 방문했다.", "광화문 광장에서 임기 5년을 말했다."], 1) == []
    assert missing("해운대구 재개발 사업비는 얼마야?",
                   ["해운대구 재개발이 시작됐다.", "센텀2지구 개발에 사업비 1조원이 든다."], 1) == []


def test_routes_dates_and_holidays_compared_are_not_misread():
    from qa.abstain import _asked, _counter_of_head, _other_holiday
    # "에서 시행하는", "2025년까지 정비하는", "개발 구간": no route asked
    for q in ("나래군 한빛지구에서 시행하는 구간 길이는?", "나래군 한빛지구에서 2025년까지 정비하는 구간 길이는?",
              "한빛지구 개발 구간 길이는?"):
        assert _asked(analyze(q)).route_ends == (), q
    assert _asked(analyze("청주에서 충주까지 버스 요금은?")).route_ends[:2] == ("청주", "충주")
    # the other holiday compared with ("지난 설 연휴보다") is not the article's; a district's 구정 is no 설
    assert _other_holiday("추석 귀성객은 몇 명이야?", "명절 귀성객이 지난 설 연휴보다 10% 늘었다.") is None
    assert _other_holiday("가람구 구정 소식지 발행 부수는?", "추석 행사를 연다.") is None
    # homes are counted in 가구 or 세대, places in 곳 or 개소 (곳수 keeps its ㅅ)
    assert _counter_of_head("가구수") == {"가구", "세대"} and _counter_of_head("곳수") == {"곳", "개소"}


def test_a_part_measured_is_not_the_whole_buildings_measure():
    # "보호센터 부지 면적은?", "체육관 안에 있는 헬스장 면적은?" over "연면적 785㎡": the whole
    # building's floor area, when the sentence does not name the part; a thing asked whole
    # ("충주 도서관 면적은?") has its 연면적 for its area, and a sentence naming the part labels its own
    for q in ("충주 보호센터 부지 면적은 몇 ㎡예요?", "충주 다목적체육관 안에 있는 헬스장 면적은 몇 ㎡야?"):
        text = "센터는 총 사업비 20억원이 투입되어 연면적 785.75㎡의 크기로 지어졌다."
        assert figures_of_kind(analyze(q), figures(text), text) == [], q
    text = "이 시설은 연면적 3천㎡ 규모다."
    assert [f.text for f in figures_of_kind(analyze("충주 도서관 면적은 몇 ㎡야?"), figures(text), text)] == ["3천㎡"]
    text = "센터는 부지 3천㎡에 연면적 785.75㎡ 규모다."
    assert "3천㎡" in [f.text for f in figures_of_kind(analyze("충주 보호센터 부지 면적은 몇 ㎡예요?"), figures(text), text)]
    # a cost asked is not a measure: "체육관 건립 비용" keeps the project's 총사업비
    text = "총사업비 50억원이 든다."
    assert [f.text for f in figures_of_kind(analyze("충주 체육관 건립 비용은 얼마야?"), figures(text), text)] == ["50억원"]


def test_one_of_a_list_of_numbered_units_is_found():
    # "가람 3, 4호기" asked, "가람 3·4호기는" written: each unit of the list is there; 14호기 holds no 4호기
    from qa.abstain import figure_found
    assert figure_found("4호기", "가람3·4호기는") and figure_found("3호기", "가람3·4호기는")
    assert figure_found("2차", "1,2차 회의") and not figure_found("4호기", "14호기")
    assert not figure_found("4호기", "3.4호기")


def test_each_named_part_asked_apart_is_no_rate_and_a_pointer_is_a_word_of_its_own():
    # "도와 시군이 각각 얼마씩": each named part's share; "수상자 3명은 각각 얼마씩" still asks each
    # one's, which a prize pool is not
    q = analyze("가람 급식비 지자체 몫은 도와 시군이 각각 얼마씩 내?")
    text = "급식비 가운데 지자체 395억 원(도 160억 원, 시·군 235억 원)을 분담한다."
    got = [f.text for f in figures_of_kind(q, figures(text), text)]
    assert "160억 원" in got and "235억 원" in got
    prize = "총상금 300만원이 수상자 3명에게 돌아간다."
    assert figures_of_kind(analyze("수상자 3명은 각각 얼마씩 받아?"), figures(prize), prize) == []
    # "그동안" points at no 동: "이 …", "그 …" is a word of its own before the kind
    from qa.abstain import _sibling_said
    assert _sibling_said(analyze("가람동 민원 건수는 몇 건이야?"), "그동안 접수된 민원은 320건이었다.",
                         ("올해 나래동 주민센터가 새로 문을 열었다.",)) is None


def test_the_time_a_question_says_the_article_reports_from_is_met_by_its_date():
    # "2024년 1월 보도에서 … 완공 예정 시점은?": the article of January 2024 reports it, whatever
    # years its sentences speak of; an article of another year does not
    q = analyze("2024년 1월 보도에서 가람대병원 전문병원 완공 예정 시점은?")
    assert {c.kind for c in q.constraints if c.text in ("2024년", "1월")} == {"reported"}
    text = "2027년 6월에는 나래권(다온대병원), 2030년 8월에는 가람권(가람대병원) 전문병원이 완공된다."
    assert not check(q, FakeStore([Document("r", "전문병원 완공", text, date="2024-01-11")]), 0, P, idf).missing
    assert check(q, FakeStore([Document("r", "전문병원 완공", text, date="2025-03-02")]), 0, P, idf).missing
    # (a time said of an event, not of the report, is still a time: "2024년 발표회", "2023년 발표한
    # 대책", what came after one, a noun 보도 or 기사 modifies)
    for event in ("2024년 발표회는 언제야?", "정부가 2024년 발표한 가람 대책 예산은 얼마야?",
                  "2024년 보도 정비 사업비는?", "2024년 기사 시험 합격자는?"):
        assert {c.kind for c in analyze(event).constraints if c.text == "2024년"} == {"time"}, event
    assert {c.kind for c in analyze("2024년 발표 후 언제 시행됐어?").constraints if c.text == "2024년"} == {"number"}
    # (… and a report's time said in the text meets it as a time does, whatever the date)
    said = "2024년 1월 발표에 따르면 가람권(가람대병원) 전문병원은 2030년 8월 완공된다."
    assert not check(q, FakeStore([Document("r", "전문병원", said, date="2025-03-02")]), 0, P, idf).missing



def test_a_sentence_saying_this_day_of_itself_is_of_the_articles_month():
    # "2023년 5월 9일 … 적용하는 회사는?" over "이날 … 가람모빌리티가 … 적용한다" in an article of
    # 2023-05-09, whatever a neighbour says of 지난달
    doc = Document("t", "심야 호출료 오른다", "가람T 심야 호출료가 9일 밤 11시부터 오른다.\n"
                   "이날 국토부에 따르면 가람모빌리티가 심야 호출료를 밤 11시부터 적용한다.\n"
                   "앞서 지난달 25일 나래택시는 이미 호출료를 출시했다.", date="2023-05-09")
    q = analyze("가람T 심야 호출료를 2023년 5월 9일 밤 11시부터 적용하는 회사는?")
    assert not [c for c in check(q, FakeStore([doc]), 1, P, idf).missing if c.text == "5월"]


def test_a_fee_labelled_by_what_the_question_rides():
    # "택시 요금 얼마?" is answered by "…이동에 드는 택시비는 1만5천300원"
    q = analyze("가람 심야에 10㎞ 택시 타면 요금 얼마?")
    text = "심야에 가람역에서 나래역까지 약 10㎞ 이동에 드는 택시비는 1만5천300원이다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["1만5천300원"]
    # (a programme's sum is still no fee: "…에 드는 사업비 30억원")
    other = "가람역 정비에 드는 사업비는 30억원이다."
    assert figures_of_kind(q, figures(other), other) == []


def test_a_name_with_another_place_opening_it_is_another_name():
    # "가람광역치매센터" is not found as "나래광역치매센터": the place that tells them apart
    # (a title opening with the kind's words, "광역치매센터 준공식 …", is as near a copy of either)
    hay = squash("광역치매센터 준공식 갖고 운영 들어가") + "\n" \
        + squash("1년여 간 나래시립의원에서 지내던 나래광역치매센터가 단독 건물에 입주했다")
    assert not found("가람광역치매센터", hay, 0.8)
    assert found("나래광역치매센터", hay, 0.8) and found("나래광역치매샌터", hay, 0.8)


def test_a_sum_said_to_include_the_part_asked_is_the_whole():
    # "건립비 중에 국비는?" over "국비를 포함해 6억2,000만원을 들여": the whole, not 국비
    text = "센터는 국비를 포함해 6억2,000만원을 들여 지상 2층 규모로 건립됐다."
    assert figures_of_kind(analyze("가람치매센터 건립비 중에 국비는 얼마야?"), figures(text), text) == []
    assert figures_of_kind(analyze("가람치매센터 건립비는 얼마야?"), figures(text), text)


def test_a_month_said_alone_is_of_the_articles_year_not_last_years():
    # "작년 8월 신청자 수는?" over "…이후인 8월에는 신규 신청자가 4천925명" in an October article,
    # after "작년 7월 …에서 올해 7월 …": this year's August
    doc = Document("m", "가람 지원사업 중단", "작년 7월 신청자 5천210명에서 올해 7월 9천873명으로 증가했다.\n"
                   "예산 소진으로 접수 중단이 진행된 이후인 8월에는 신규 신청자가 4천925명으로 급감했다.",
                   date="2025-10-20")
    q = analyze("작년 8월 가람 지원사업 신규 신청자 수는?")
    assert [c.text for c in check(q, FakeStore([doc]), 1, P, idf).missing] == ["작년"]
    # … the year said last before it is the one asked: its month
    doc = replace(doc, text="올해 7월 신청자는 9천873명이었다. 작년 7월에는 5천210명이었다.\n"
                             "8월에는 신규 신청자가 4천925명으로 급감했다.")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing



def test_the_city_before_a_district_asked_does_not_make_a_sentence_about_it():
    # "충주 나래구의 …" over "충주의 원도심인 중앙구ㆍ한빛구ㆍ다온구 비중은 …": the sentence names
    # other districts, and 충주 only places the one asked
    from qa.abstain import _sibling_said
    q = analyze("충주 나래구의 철거대상 빈집은 몇 호인가요")
    got = _sibling_said(q, "충주의 대표 원도심인 중앙구ㆍ한빛구ㆍ다온구 비중은 전체의 58.2%(1,940호)를 차지했다.", ())
    assert got is not None and got.text == "나래구"


def test_grades_listed_with_a_dot_are_each_found():
    # "3ㆍ4등급이 전체의 27.4%": 3등급 and 4등급 are both said; 13등급 holds no 3등급
    from qa.abstain import _another_designated, figure_found
    hay = squash("철거나 안전 조치가 필요한 3ㆍ4등급이 전체의 27.4%에 달했다.")
    assert figure_found("3등급", hay) and figure_found("4등급", hay)
    assert not figure_found("3등급", squash("13등급 판정"))
    c = next(c for c in analyze("가람의 3·4등급 빈집 비율은?").constraints if c.text == "3등급")
    assert not _another_designated(c, "철거나 안전 조치가 필요한 3ㆍ4등급이 전체의 27.4%에 달했다.")
    assert _another_designated(c, "4등급 빈집은 484호다.")


def test_review_round_50_abstain_readings():
    # "몇 명이 당첨" asks no rate's unit: "1명당 50만원씩" holds no count of winners
    text = "당첨자에게는 1명당 50만원씩 지급된다."
    assert figures_of_kind(analyze("가람 복권 몇 명이 당첨됐어?"), figures(text), text) == []
    # a sentence saying 이날 of a release of last month's figures is last month's
    doc = Document("e", "가람 고용동향", "가람시가 이날 발표한 지난달 고용동향에 따르면 가람시 취업자는 2천명이다.",
                   date="2022-11-16")
    q = analyze("2022년 11월 가람시 취업자 수는?")
    assert [c.text for c in check(q, FakeStore([doc]), 0, P, idf).missing] == ["11월"]
    # the year said before a month alone may be a figure: "2024년 7월 …. 8월에는 …" in 2025 is 작년's
    doc = Document("m", "가람 지원사업", "2024년 7월 신청자는 6천명이었다.\n8월에는 신규 신청자가 5천명으로 줄었다.",
                   date="2025-10-20")
    assert not check(analyze("작년 8월 가람 지원사업 신규 신청자 수는?"), FakeStore([doc]), 1, P, idf).missing


def test_a_sentence_naming_another_programme_in_quotes_gives_that_ones_figures():
    # "한빛 산후조리비 1인당 얼마?" over "…월 5만원씩 … 지원하는 '다온 꿈 수당'은": the sentence
    # never says the thing asked (found elsewhere in the article) and names another in quotes
    from dataclasses import replace as _replace

    from qa.question import Constraint

    from qa.abstain import with_known_compounds

    text = "월 5만원씩 최대 900만원을 지원하는 '다온 꿈 수당'은 올해 아동 3천명에게 지원한다."
    article = "올해는 산모를 지원하는 '한빛 산후조리비' 신규 사업도 시행한다.\n" + text
    # (the article writes the compound, so the question's 산후 조리 is read as a subject of it)
    q = with_known_compounds(analyze("가람시 한빛 산후조리비는 1인당 얼마 지원해?"), [article])
    assert ("subject", "산후조리비") in [(c.kind, c.text) for c in q.constraints]
    assert figures_of_kind(q, figures(text), text) == []
    # … the programme asked, by its own words, is answered
    q = analyze("가람시 다온 꿈 수당은 한 달에 얼마 줘?")
    q = _replace(q, constraints=q.constraints + (Constraint("subject", "꿈수당", ("꿈수당",)),))
    assert [f.text for f in figures_of_kind(q, figures(text), text)]
    # … nor is a plan named as the means ("‘…방안’을 통해"), nor an actor asked of (정부), said by
    # another word as often (국토부)
    means = "가람부는 ‘주택공급 확대방안’을 통해 2030년까지 2만3000가구를 착공하겠다고 밝혔다."
    q = analyze("2030년까지 착공하는 노후 임대 재건축 물량은 몇 가구야?")
    q = _replace(q, constraints=q.constraints + (Constraint("subject", "재건축물량", ("재건축물량",)),))
    assert [f.text for f in figures_of_kind(q, figures(means), means)] == ["2만3000가구"]
    q = analyze("정부가 2030년까지 착공하는 노후 임대 재건축 물량은 몇 가구야?")
    q = _replace(q, constraints=q.constraints + (Constraint("subject", "정부", ("정부",)),))
    topic = means.replace("‘주택공급 확대방안’을 통해", "‘주택공급 확대방안’은")
    assert [f.text for f in figures_of_kind(q, figures(topic), topic)] == ["2만3000가구"]
    # … and words quoted as said (“…”라고) name no programme
    said = "시장은 “아이 키우기 좋은 도시”라고 말하며 월 5만원을 지원한다고 밝혔다."
    q = analyze("가람시 한빛 산후조리비는 1인당 얼마 지원해?")
    q = _replace(q, constraints=q.constraints + (Constraint("subject", "산후조리비", ("산후조리비",)),))
    assert [f.text for f in figures_of_kind(q, figures(said), said)] == ["5만원"]


@pytest.mark.parametrize("question, text, values", [
    # a span of time between a year and a figure leaves the figure no one year's
    ("2024년 가람시 방문객은 5년 전보다 몇 명 늘었어?", "가람시 방문객은 2019년 이후 5년 새 1200명 늘었다.", ["1200명"]),
    # a year inside the bracket is the bracketed figure's own
    ("2019년 가람구 1인 가구는 몇 세대야?", "2020년 가람구 1인 가구는 3만1835세대(2019년 2만9천세대)로 늘었다.", ["2만9천세대"]),
    ("2020년 가람구 1인 가구는 몇 세대야?", "2020년 가람구 1인 가구는 3만1835세대(2019년 2만9천세대)로 늘었다.", ["3만1835세대"]),
    # a noun before the count noun is what is counted ("가로등 개수"): other things' counts do not answer
    ("가람 축제에 설치되는 가로등 개수는 몇 개야?", "가람 축제에는 부스 40개가 설치된다.", []),
    # hours are a span as much as years: "2시간 줄었다" is how much a wait fell
    ("가람 버스 대기시간 얼마나 줄었어?", "가람 버스 대기시간은 지난해보다 2시간 줄었다.", ["2시간"]),
])
def test_this_rounds_figure_rules_keep_to_their_reach(question, text, values):
    assert _figures_asked(text, question) == values


def test_a_subject_the_sentence_says_keeps_its_figures_beside_another_quoted_name():
    # the quoted programme rule does not fire when the sentence says a subject of the question
    from dataclasses import replace as _replace

    from qa.question import Constraint

    text = "‘다온 맘 케어’는 출산한 산모 1인당 100만원을 지원한다."
    q = analyze("나래군 산모 지원금은 얼마야?")
    q = _replace(q, constraints=q.constraints + (Constraint("subject", "산모", ("산모",)),
                                                 Constraint("subject", "나래군", ("나래군",))))
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["100만원"]


def test_a_stretch_joined_by_a_verb_needs_its_object_and_the_verb_itself():
    # "…와 …을 잇는" names a stretch; "협의를 이어갈" in a later sentence names none
    doc = Document("j", "심야 버스 운행", "가람시는 5일부터 한빛교차로와 다온역을 잇는 구간에서 심야 버스를 운행한다.\n"
                                          "운행구간은 약 7.2㎞로, 시는 나래군과 협의를 이어갈 계획이다.")
    q = analyze("가람 한빛~다온 심야 버스 운행 구간은 몇 km야?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing


# --- round 52 -----------------------------------------------------------------------------------

def test_a_common_noun_ending_in_a_units_syllable_is_no_other_place():
    # "고농도" is 고 + 농도 (concentration), not a province named 고농 + 도: the date of the sentence is
    # the one asked, however the sentence reads "미세먼지 고농도 기간에"
    q = analyze("가람시 가람제는 몇 년부터 도입된 거야?")
    text = "시에 따르면 가람제는 미세먼지 고농도 기간에 강화된 저감 정책을 적용하기 위해 2019년부터 도입됐다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["2019년"]
    # … while another place named by its unit still binds the figure to it
    other = "충주시는 강화된 저감 정책을 적용하기 위해 2019년부터 가람제를 도입했다."
    assert figures_of_kind(q, figures(other), other) == []


def test_a_list_of_as_many_items_as_asked_meets_the_count_it_does_not_say():
    # "목표 항목 4가지 알려줘" over "△가 13 △나 27 △다 12 △라 60으로": four items listed, no "4가지"
    doc = Document("l", "가람시 대기환경 계획", "가람시가 대기환경 계획을 고시했다.\n"
                   "대기질 개선 목표는 2029년까지 △초미세먼지 13μg/㎥△미세먼지 27μg/㎥ △이산화질소 12ppb △오존 60ppb로 설정했다.")
    got = check(analyze("가람시 2029년 대기질 개선 목표 항목 4가지 알려줘"), FakeStore([doc]), 1, P, idf)
    assert got.missing == ()
    # … not five asked of four listed
    got = check(analyze("가람시 2029년 대기질 개선 목표 항목 5가지 알려줘"), FakeStore([doc]), 1, P, idf)
    assert [c.text for c in got.missing] == ["5가지"]


def test_a_count_asked_with_its_particle_and_verb_is_the_figure_standing_so():
    # "대여소를 몇 개소로 확대하나요?" over "…대여소도 … 원도심에 대여소를 집중해 배치했으며 2026년까지
    # 1500개소로 확대한다": the noun counted is said far before the figure, which stands as 몇 stands
    q = analyze("가람시는 2026년까지 나래 대여소를 몇 개소로 확대하나요?")
    text = "나래 대여소도 시민 접근성을 위해 원도심 지역에 대여소를 집중해 배치했으며 2026년까지 1500개소로 확대한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["1500개소"]
    # … not a figure with another verb, nor one in a sentence not saying the noun counted
    other = "원도심 지역에 쉼터를 집중해 배치했으며 2026년까지 1500개소로 확대한다."
    assert figures_of_kind(q, figures(other), other) == []


def test_a_sum_given_for_several_places_is_not_one_of_theirs():
    # "가람 중앙시장 아케이드 보수 사업비는?" over "시설 현대화 5곳에 25억5900만원": the five's together
    q = analyze("나래도 가람 중앙시장 아케이드 보수 사업비는 얼마인가요?")
    text = "부문별 지원 규모는 전통시장 시설 현대화 5곳에 25억5900만원, 안전시설 구축 9곳에 7억3400만원 등이다."
    assert figures_of_kind(q, figures(text), text) == []
    # … unless each gets it, or the question asks of them all
    each = "전통시장 시설 현대화 5곳에 각 5억원씩 지원한다."
    assert [f.text for f in figures_of_kind(q, figures(each), each)] == ["5억원"]
    assert figures_of_kind(analyze("나래도 시설 현대화 5곳 전체 사업비는 얼마야?"), figures(text), text)
    assert figures_of_kind(analyze("나래도 시설 현대화 5곳 지원 규모는 얼마인가요?"), figures(text), text)
    # … or names only the province they are in
    whole = analyze("나래도 전통시장 안전시설 구축 부문 지원액 알려줘")
    assert "7억3400만원" in [f.text for f in figures_of_kind(whole, figures(text), text)]


def test_a_milestone_the_article_never_says_is_not_dated_by_it():
    from qa.abstain import milestone_unsaid

    q = analyze("가람복지회관 새로 짓는 건 언제 착공해?")
    assert milestone_unsaid(q, "정오늘 지사가 30일 가람복지회관에서 배식 봉사를 하고 있다.\n지사는 시설을 둘러봤다.")
    assert not milestone_unsaid(q, "가람복지회관은 내년 3월 착공해 2028년 문을 연다.")
    assert not milestone_unsaid(q, "가람복지회관은 지난해 9월에 공사에 들어가 9개월여 만에 준공했다.")
    assert not milestone_unsaid(analyze("가람복지회관은 언제 방문했어?"), "정오늘 지사가 30일 가람복지회관을 방문했다.")
    # … not a time asked as 때, which may be a phrase of the article's own words for the event
    assert not milestone_unsaid(analyze("가람사가 폐쇄된 때는?"), "가람사는 전쟁 중에 소실되었다.")


def test_a_long_post_the_sentence_writes_as_asked_is_about_what_is_asked():
    from qa.abstain import names_long

    q = analyze("가람시 환경정책과장 이름은?")
    assert names_long(q, "정오늘 환경정책과장은 “저감 대책을 추진하겠다”고 말했다.")
    assert not names_long(q, "정오늘 과장은 “저감 대책을 추진하겠다”고 말했다.")


def test_a_count_a_named_thing_grows_to_counts_that_thing():
    # "프로그램은 몇 개?" over "…특화프로그램 시범경로당을 20곳으로 확대": the 20 are 경로당
    q = analyze("가람 시범경로당에서 운영하는 프로그램은 몇 개인가요?")
    text = "가람도는 특화프로그램 시범경로당을 20곳으로 확대 운영할 계획이라고 3일 밝혔다."
    assert figures_of_kind(q, figures(text), text) == []
    assert [f.text for f in figures_of_kind(analyze("가람 시범경로당은 몇 곳으로 늘려?"), figures(text), text)] == ["20곳"]


def test_a_compound_asked_is_found_said_as_a_verb_and_its_object():
    doc = Document("c", "가람시 빈집", "가람시가 빈집 현황을 발표했다.\n"
                   "29일 가람시에 따르면 지난해 7월부터 12월까지 빈집 실태를 조사한 결과 동구 410호가 확인됐다.")
    got = check(analyze("가람시 빈집 실태조사 기간이 언제부터 언제까지였어?"), FakeStore([doc]), 1, P, idf)
    assert got.missing == ()
    got = check(analyze("가람시 빈집 현장점검 기간이 언제부터 언제까지였어?"), FakeStore([doc]), 1, P, idf)
    assert [c.text for c in got.missing] == ["현장점검"]


def test_a_share_of_a_cost_given_as_a_grant_is_the_grant_asked():
    q = analyze("가람 미니 태양광 설치비 지원금은 얼마야?")
    text = "설치 비용은 업체에 따라 55만~75만원이며, 용량에 따라 설치비의 60%인 41만~44만원을 지원한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["41만~44만원"]


def test_items_whose_figures_are_glossed_in_brackets_are_a_breakdown_by_kind():
    doc = Document("k", "가람시 버스", "가람시 시내버스 요금이 오른다.\n"
                   "정기권 가격도 30일 권은 5만2000원(6000원 인상), 2일권은 1만1000원(1000원 인상), 1일권은 6000원(500원인상)으로 오른다.")
    got = check(analyze("가람 시내버스 정기권 종류별 가격 알려줘"), FakeStore([doc]), 1, P, idf)
    assert got.missing == ()


def test_a_subject_whose_sibling_is_written_is_not_excused_as_paraphrased():
    doc = Document("s", "가람도 태양광", "가람도가 주택 태양광 보급에 나섰다.\n"
                   "가람도는 ‘나래 태양광발전 보급사업’에 14억9400만원을 투입한다고 밝혔다.")
    got = check(analyze("가람 나래 태양열 보급사업 지원금은 얼마야?"), FakeStore([doc]), 1, P, idf)
    assert [(c.kind, c.text) for c in got.missing] == [("name", "태양열")]


def test_a_membership_fee_is_no_programmes_cost():
    q = analyze("가람장난감도서관 연회비는 얼마예요?")
    text = "군은 가람장난감도서관 조성을 위해 특별교부세 1억원 등 총 3억3000만원의 사업비를 들였다."
    assert figures_of_kind(q, figures(text), text) == []
    own = "가람장난감도서관 연회비는 1만원이다."
    assert [f.text for f in figures_of_kind(q, figures(own), own)] == ["1만원"]


# --- round 52, review -----------------------------------------------------------------------------

def test_the_units_syllable_of_a_prefixed_common_noun_names_no_place():
    from qa.abstain import _named_place

    assert not _named_place("고농도") and not _named_place("신도시")
    assert _named_place("가람시") and _named_place("부산광역시")


def test_a_milestone_said_in_other_words_is_said():
    from qa.abstain import milestone_unsaid

    assert not milestone_unsaid(analyze("가람복지회관은 언제 개관해?"), "가람복지회관은 2028년 문을 연다.")
    assert not milestone_unsaid(analyze("가람복지회관 언제 착공해?"), "가람복지회관은 내년 3월 공사를 시작한다.")
    assert not milestone_unsaid(analyze("가람대교는 언제 개통해?"), "가람대교는 2027년 12월 차량 통행을 시작한다.")


def test_a_particle_after_the_stem_is_no_sibling():
    from qa.abstain import _sibling_written

    assert _sibling_written("태양열", "나래 태양광발전 보급사업")
    assert not _sibling_written("태양열", "태양의 열을 쓰는 나래 온수설비")
    assert not _sibling_written("체험관", "체험은 1인 5000원이다.")


def test_a_count_of_another_noun_between_is_not_where_asked():
    q = analyze("가람시는 2026년까지 나래 대여소를 몇 개소로 확대하나요?")
    text = "나래 대여소는 현재 300개소이며, 거치대도 2026년까지 1500개소로 확대한다."
    assert "1500개소" not in [f.text for f in figures_of_kind(q, figures(text), text)]


def test_a_count_a_thing_grows_to_past_a_word_of_total():
    q = analyze("가람 시범경로당에서 운영하는 프로그램은 몇 개인가요?")
    text = "가람도는 특화프로그램 시범경로당을 총 20곳으로 확대 운영할 계획이라고 3일 밝혔다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_province_named_by_its_new_title_is_no_other_firm():
    # names Kiwi does not know (임대형) asked and missing; the clause's topic is the province by its
    # long title, which Kiwi does not know either: a place (the question's own), no firm whose
    # figure it would be
    q = analyze("강원도 임대형 스마트팜 입주 청년은 몇 명 뽑아?")
    text = "강원특별자치도는 나래팜에 입주할 청년 5팀 15명을 뽑는다고 3일 밝혔다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["15명"]
    # a firm Kiwi does not know as the topic is still another's, and another province is another's
    for other in ("다온바이오는", "제주특별자치도는"):
        text = other + " 나래팜에 입주할 청년 5팀 15명을 뽑는다고 3일 밝혔다."
        assert figures_of_kind(q, figures(text), text) == [], other


def test_a_figure_asked_by_its_order_is_of_that_order():
    # "몇 억원": at least 1억; a 20만원 limit answers no 억원 asked (a 조 sum may: said loosely)
    from qa.abstain import magnitude_asked

    assert magnitude_asked("가람상품권 올해 발행액은 몇 억원이야?") == 1e8
    assert magnitude_asked("가람 사업비 몇 천만 원?") == 1e7
    assert magnitude_asked("관객 몇 만 명 왔어?") == 1e4
    assert magnitude_asked("피자 몇 조각 먹었어?") is None and magnitude_asked("몇 명 왔어?") is None
    q = analyze("가람상품권 올해 발행액은 몇 억원이야?")
    for text, want in (("구매한도를 월 20만원으로 정했다.", []), ("발행액은 70억원이다.", ["70억원"]),
                       ("발행액은 1조2000억원이다.", ["1조2000억원"])):
        assert [f.text for f in figures_of_kind(q, figures(text), text)] == want
    q = analyze("가람시 택시요금이 오르면 수입이 몇 억 원 늘어나?")
    text = "가람시 택시 기본요금이 300원 오른다."
    assert figures_of_kind(q, figures(text), text) == []
    # 조 counting groups is no numeral
    q = analyze("가람배 대회에는 몇 조가 참가해?")
    text = "대회에는 모두 12개 조가 참가한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["12개"]


def test_a_verb_of_ending_asks_the_end_of_a_range():
    # "며칠에 끝나?" is not answered by the day something runs from
    q = analyze("가람카드 할인 행사는 며칠에 끝나?")
    start = "가람시는 9월 5일부터 가람카드 할인 행사를 연다."
    end = "가람카드 할인 행사는 10월 31일까지 이어진다."
    assert figures_of_kind(q, figures(start), start) == []
    assert [f.text for f in figures_of_kind(q, figures(end), end)] == ["10월 31일"]
    # … unless the ending itself is dated by 부터: as of that day
    q = analyze("가람도서관 야간 운영 언제 종료돼?")
    text = "가람도서관은 3월 1일부터 야간 운영을 종료한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["3월 1일"]


def test_a_year_compared_with_speaks_of_the_year_after_it():
    from qa.abstain import _relative_years

    # "내년 가람대학 예산은?" <- "…예산이 320억원으로 올해(280억원)보다 14% 늘어난다": next year's
    assert 1 in _relative_years(squash("가람대학 관련 예산이 320억원으로 올해(280억원)보다 14% 늘어난다."))
    # … as a year before compared with speaks of this one
    assert _relative_years(squash("지난해 같은 시기(57톤)보다 11배 많다.")) == {-1, 0}
    # a year said as the sentence's own keeps it alone
    assert 0 not in _relative_years(squash("지난해 나래 인구는 재작년 3만명보다 5% 늘었다."))


def test_years_listed_before_one_year_word_are_each_named():
    from qa.abstain import _own_years, _years_spoken

    # "2008, 2009년 각각 9가구": 년 said once after the last year of the list
    assert _own_years(squash("지난 2008, 2009년 각각 9가구에서 지난해 40가구로 늘었다")) == [2008, 2009]
    assert _years_spoken(squash("2008·2009년 각각 9가구")) == [2008, 2009]
    assert _own_years(squash("12,2010년")) == [2010]  # (a number before a comma is no year)
    doc = Document("y", "가람군 귀농 지원", "가람군은 귀농인 지원을 강화한다.\n"
                   "가람군 귀농 인구는 지난 2008, 2009년 각각 9가구에서 지난해 40가구로 급증했다.")
    got = check(analyze("가람군 귀농 인구 2008년이랑 2009년에 각각 몇 가구였어?"), FakeStore([doc]), 1, P, idf)
    assert got.missing == ()


def test_a_rate_asked_each_year_is_not_answered_by_a_months():
    from qa.abstain import period_asked

    assert period_asked("가람시 수당은 1세부터 7세까지 해마다 얼마씩 주나요?") == "년"
    assert period_asked("매달 얼마 내?") == "달" and period_asked("매일 몇 명 와?") == "하루"
    # 매년 dating the event, no rate asked
    assert period_asked("매년 열리는 가람축제 예산은?") is None
    assert period_asked("매일 운영하는 시설 몇 곳?") is None
    q = analyze("가람시 수당은 1세부터 7세까지 해마다 얼마씩 주나요?")
    text = "가람시 수당은 정부가 지원하는 0~7세 월 10만 원의 아동수당과는 별개다."
    assert figures_of_kind(q, figures(text), text) == []
    text = "가람시 수당은 첫 만남 이용권 100만 원과 1세부터 7세까지 연 90만 원씩을 합친 것이다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["90만 원"]


def test_a_day_asked_is_met_by_a_figure_said_per_day():
    # "하루 경비 얼마까지?" <- "…1일 3만원에서 8만원까지 경비가 지원된다": 하루 said as 1일
    doc = Document("d", "가람섬 살아보기 참가자 모집", "가람시가 가람섬에 살아볼 참가자를 모집한다.\n"
                   "참가 1팀당 숙박비 등 1일 3만원에서 8만원까지 경비가 지원된다.")
    got = check(analyze("가람섬 살아보기 참가팀에 하루 경비 얼마까지 지원돼?"), FakeStore([doc]), 1, P, idf)
    assert got.missing == ()
    doc = Document("d", "가람섬 살아보기 참가자 모집", "가람시가 가람섬에 살아볼 참가자를 모집한다.\n"
                   "참가 1팀당 숙박비 등 모두 80만원까지 경비가 지원된다.")
    got = check(analyze("가람섬 살아보기 참가팀에 하루 경비 얼마까지 지원돼?"), FakeStore([doc]), 1, P, idf)
    assert [c.text for c in got.missing] == ["하루"]


def test_a_start_asked_is_the_date_a_time_runs_from():
    q = analyze("가람감시단 운영 시작일은 언제야?")
    text = "가람청이 2월 3일부터 4월 9일까지 가람감시단을 운영한다."
    assert figures_of_kind(q, figures(text), text) != []
    text = "가람청은 2월 3일 감시단 발대식을 열었다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_sum_word_inside_the_programme_asked_is_no_other_sum():
    # "노인돌봄지원급여 예산은?" <- "…'노인돌봄지원급여'로 … 6,100억 원": 급여 is the programme's
    # name, not a wage
    from qa.abstain import with_known_compounds

    text = ("노인 복지 예산 중 가장 많은 비중을 차지하는 건 어르신의 자립을 지원하는 '노인돌봄지원급여'로 "
            "지난해보다 500억 원 늘어난 6,100억 원입니다.")
    # (the articles write the name whole: a subject of the question, engine.ask's with_known_compounds)
    q = with_known_compounds(analyze("가람시 노인돌봄지원급여 예산 얼마로 늘었어?"), [text])
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["6,100억 원"]


def test_a_body_no_article_names_is_a_subject_to_find():
    from qa.abstain import _body_names, with_known_compounds

    assert _body_names("가람재난대응단 인원은 몇 명이야?") == ("가람재난대응단",)
    assert _body_names("산림특수진화대는 몇 명 운영돼?") == ("산림특수진화대",)
    # (a generation is no body)
    assert _body_names("청년세대 지원 예산은?") == () and _body_names("20대 청년") == ()
    doc = "가람군은 산불전문예방진화대, 산불감시원 등 112명을 선발해 배치한다."
    q = with_known_compounds(analyze("가람재난대응단 인원은 몇 명이야?"), [doc])
    assert ("subject", "가람재난대응단") in [(c.kind, c.text) for c in q.constraints]
    store = FakeStore([Document("b", "가람군 산불 대책", doc)])
    assert [c.text for c in check(q, store, 0, P, idf).missing] == ["가람재난대응단"]


def test_a_share_asked_is_not_a_rate_of_growth():
    q = analyze("가람시 복지예산은 가람시 전체 예산의 몇 %를 차지해?")
    text = "이는 지난 2016년 90억 원에 비해서도 250% 늘어난 규모다."
    assert figures_of_kind(q, figures(text), text) == []
    text = "가람시 복지예산은 전체 예산의 12.5%를 차지한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["12.5%"]
    # a change asked, by its verb or a comparison, is still answered by it
    for asked in ("가람시 복지예산은 몇 % 늘었어?", "가람시 복지예산은 2016년보다 몇 %야?"):
        text = "이는 지난 2016년 90억 원에 비해서도 250% 늘어난 규모다."
        assert [f.text for f in figures_of_kind(analyze(asked), figures(text), text)] == ["250%"]


def test_a_month_or_a_year_right_before_the_question_word_is_the_period_asked():
    from qa.abstain import period_asked

    assert period_asked("가람시 버스요금 지원은 1인당 월 얼마까지 돼?") == "달"
    assert period_asked("연 최대 얼마 받아?") == "년"
    assert period_asked("몇 월에 열려?") is None and period_asked("5월 얼마 썼어?") is None


def test_review_round_54_rules_stay_within_what_they_read():
    from qa.abstain import _body_names, _relative_years, _years_spoken, period_asked, with_known_compounds

    # nouns ending in 대 or 단 that name no body: an age, a time of day, a check, a means
    for q in ("가람시 심야시간대 버스 몇 대 운행해?", "인공지능시대 가람시 교육 예산 얼마야?",
              "나래교 정밀안전진단 결과 몇 등급이야?", "대중교통수단 이용률은?"):
        assert _body_names(q) == (), q
    # a year before compared with speaks of this year (재작년 moves no year on)
    assert _relative_years(squash("관광객이 120만명으로 코로나 이전인 재작년(100만명)보다 20% 늘었다")) == {-2, 0}
    # the whole list of years compared with
    assert _years_spoken(squash("40가구로 2007·2008년보다 크게 늘었다")) == []
    # 매년 dating the event, the rate asked per person
    assert period_asked("매년 열리는 가람축제에서 1인당 얼마씩 내?") is None
    # a rate of growth asked by its noun is answered by a figure of growth; a share asked is not
    q = analyze("가람전자 영업이익 신장률 몇 %야?")
    text = "가람전자 영업이익은 3분기에 20% 증가했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["20%"]
    q = analyze("가람시 폭염 대비 예산은 전체 예산의 몇 %를 차지해?")
    text = "이는 지난 2016년 90억 원에 비해서도 250% 늘어난 규모다."
    assert figures_of_kind(q, figures(text), text) == []
    # what each one gets a month is no programme's sum, whatever name the sum word is inside
    text = "가람시는 청년월세지원금 대상자에게 월 20만원씩 최대 12개월 지급한다."
    q = with_known_compounds(analyze("가람시 청년월세지원금 예산 얼마야?"), [text])
    assert figures_of_kind(q, figures(text), text) == []
    # a start asked of an event the clause after the date does not say
    q = analyze("가람 수당 지급 개시일은 언제야?")
    text = "가람 수당 신청은 3월 2일부터 받는다."
    assert figures_of_kind(q, figures(text), text) == []
    # how often a day is no day's count
    doc = Document("v", "가람공원 개장", "가람공원이 문을 열었다.\n셔틀버스를 1일 4회 운행하며 지난해 방문객은 30만명이었다.")
    got = check(analyze("가람공원 하루 방문객 몇 명이야?"), FakeStore([doc]), 1, P, idf)
    assert "하루" in [c.text for c in got.missing]


def test_a_places_public_thing_asked_in_one_word_is_found_as_the_article_names_it():
    # "가람군립요양병원" asked; the article names the county and "군립요양병원" apart
    doc = Document("g", "가람군, 요양병원 착공", "전북 가람군은 28일 군립요양병원 착공식을 열었다.\n"
                   "군립요양병원은 내년까지 36개 병실, 126병상을 갖추게 된다.")
    # (as the engine looks it up: a subject, the whole word; abstain.with_known_compounds)
    from qa.question import Constraint

    def asked(word):
        return replace(analyze(f"{word} 병상은 모두 몇 개 갖추게 돼?"), constraints=(Constraint("subject", word, (word,)),))

    assert not check(asked("가람군립요양병원"), FakeStore([doc]), 1, P, idf).missing
    # … another county's is still missing, and so is another unit's of the same name (가람구)
    assert check(asked("나래군립요양병원"), FakeStore([doc]), 1, P, idf).missing
    assert check(asked("가람구립요양병원"), FakeStore([doc]), 1, P, idf).missing
    # … and another county's article naming a 가람면 does not hold 가람군's
    other_county = Document("n", "나래군, 요양병원 착공", "나래군은 가람면 당산리에서 군립요양병원 착공식을 열었다.\n"
                            "군립요양병원은 내년까지 126병상을 갖추게 된다.")
    assert check(asked("가람군립요양병원"), FakeStore([other_county]), 1, P, idf).missing


@pytest.mark.parametrize("sentence, fits_", [
    ("가람시장은 초대 관장에 김민수 가람협회 지회장(61)을 임용했다.", True),  # after the name's post
    ("가람시장은 초대 관장에 김민수 씨를 임용했고, 부관장(48)도 새로 뽑았다.", False),  # another's
    ("김민수 관장과 부인(58)이 함께 참석했다.", False),  # joined by 과: his wife's
    ("김민수 관장의 아들(12)이 축사를 했다.", False),  # his son's
])
def test_an_age_in_brackets_after_the_named_persons_post(sentence, fits_):
    q = analyze("가람 예술관 초대 관장 김민수씨 나이 몇 살이야?")
    assert bool(figures_of_kind(q, figures(sentence), sentence)) is fits_


def test_a_bodys_long_name_is_no_persons_before_an_age():
    q = analyze("가람초등학교 교장 나이 몇 살이야?")
    text = "가람초등학교 전교 학생회장(12)이 인사했다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_bracketed_figure_is_labelled_by_the_noun_before_it():
    # "공공임대주택(98가구)": the noun asked labels the figure, not the other kind said before
    # ("매입임대주택 등")
    q = analyze("가람공사가 긴급지원주택으로 확보한 공공임대주택은 몇 가구야?")
    text = "가람공사가 확보한 매입임대주택 등 공공임대주택(98가구)의 공가에 거주할 수 있다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["98가구"]
    other = "가람공사가 확보한 공공임대주택 등 매입임대주택(98가구)의 공가에 거주할 수 있다."
    assert figures_of_kind(q, figures(other), other) == []



def test_a_broadcasters_regional_station_is_the_broadcaster():
    # "KBS … 보도한 기자는?" over an article of "KBS 대구": the station is the broadcaster's own
    doc = Document("k", "가람뷰로 20년…성과와 과제는?", "가람뷰로가 올해로 설립 20주년을 맞았습니다.\n김민수 기자의 보도입니다.",
                   source="KBS 대구")
    q = analyze("KBS 가람뷰로 리포트 보도한 기자 이름은?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing
    # (another broadcaster's station is not it)
    other = replace(doc, source="MBC 대구")
    assert [c.text for c in check(q, FakeStore([other]), 1, P, idf).missing] == ["KBS"]


def test_a_year_written_bare_before_an_events_name_is_part_of_the_name():
    # "2031 가람포럼은 며칠에 열려?" over "…오는 13일 열리는 2031 가람포럼과 2032년 나래대회 등":
    # the year names the event, and the sentence's other years date other events
    doc = Document("f", "가람센터 개관", "가람센터가 문을 열었다.\n오는 13일 열리는 2031 가람포럼과 2032년 나래대회 등이 예정돼 있다.")
    q = analyze("2031 가람포럼은 며칠에 열려?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing
    # (a year written as a date stays one: "2031년 가람포럼" over a sentence of 2032년 only)
    doc2 = Document("f", "가람센터 개관", "가람센터가 문을 열었다.\n오는 13일 열리는 2032년 가람포럼이 예정돼 있다.")
    assert check(q, FakeStore([doc2]), 1, P, idf).missing


def test_a_thing_counted_by_its_own_last_syllable_is_said_by_the_counter():
    # "좌석 수는?" over "…대회의실 3천500석, 중소회의실 700석": 석 counts 좌석
    doc = Document("h", "가람컨벤션센터 문 열어", "가람컨벤션센터가 문을 열었다.\n대회의실 3천500석, 중소회의실 700석 등을 갖췄다.")
    q = analyze("가람컨벤션센터 중소회의실 좌석 수는?")
    assert not check(q, FakeStore([doc]), 1, P, idf).missing
    # (a count in another counter says no 좌석)
    doc2 = Document("h", "가람컨벤션센터 문 열어", "가람컨벤션센터가 문을 열었다.\n대회의실 3곳, 중소회의실 7곳 등을 갖췄다.")
    assert [c.text for c in check(q, FakeStore([doc2]), 1, P, idf).missing] == ["좌석"]


def test_a_place_counted_from_is_no_other_place_of_the_sentence():
    # "포천 … 신규 지정은 몇 년 만이야?" over "…지난 2011년 대구광역시 이후 4년여 만이다": 대구광역시
    # (places Kiwi knows: the rule reads only those) is what the new one is counted from, not whose figure it is
    article = "포천시가 신규 국제회의 도시로 선정됐다.\n이번 신규 지정은 지난 2011년 대구광역시 이후 4년여 만이다."
    q = analyze("포천 국제회의 도시 신규 지정은 몇 년 만이야?")
    assert not check(q, FakeStore([Document("g", "포천시, 국제회의 도시로", article)]), 1, P, idf).missing
    # (a place the sentence is about is another's still)
    other = article.replace("지난 2011년 대구광역시 이후 4년여 만이다", "대구광역시는 4년여 만이다")
    assert check(q, FakeStore([Document("g", "포천시, 국제회의 도시로", other)]), 1, P, idf).missing


def test_the_first_of_a_series_asked_is_not_a_later_one():
    # "첫 캠페인 날짜는?" over "이어 지난 21일에는 … 두 번째 캠페인을 펼쳤다": another one of them
    article = "가람기관은 캠페인을 2회 열었다.\n첫 캠페인은 지난 20일 나래구에서 진행했다.\n이어 지난 21일에는 다온구에서 두 번째 캠페인을 펼쳤다."
    store = FakeStore([Document("c", "가람기관, 캠페인", article)])
    q = analyze("가람기관 첫 캠페인 날짜는 언제인가요?")
    assert not check(q, store, 1, P, idf).missing
    assert [c.text for c in check(q, store, 2, P, idf).missing] == ["첫"]


def test_a_name_glued_of_two_words_needs_its_first_word_as_a_word():
    # "나래컨벤션센터 개관식은 몇 시에?" over an article whose 나래 stands only inside another word
    # ("한나래에서 투자해"): the 나래 of 한나래 names no 나래
    article = "가람컨벤션센터가 2일 오후 3시 개관식을 갖는다.\n한나래에서 1천200억 원을 투자한 컨벤션센터이다."
    q = analyze("나래컨벤션센터 개관식은 몇 시에 열렸어?")
    assert check(q, FakeStore([Document("n", "가람의 새 위용", article)]), 0, P, idf).missing
    ok = article.replace("한나래에서", "나래시에서")
    assert not check(q, FakeStore([Document("n", "가람의 새 위용", ok)]), 0, P, idf).missing


def test_a_near_copy_of_a_name_differs_by_one_letter_not_two():
    # 가람동서발전 is no 가람남동발전 (the ratio counts a letter dropped and another added as one
    # change), while a misspelt letter still finds it
    assert not found("가람남동발전", "가람시는가람동서발전과함께", 0.8)
    assert found("가람남동발전", "가람시는가람남동바전과함께", 0.8)
    # (a letter inserted is one edit too: "가람역앞광장" holds a near copy of 가람역광장)
    assert found("가람역광장", "오늘가람역앞광장에서", 0.8)


def test_a_figure_naming_the_occasion_of_a_person_asked_is_found_in_the_lead():
    # "공원 197개 조성 발표 때 … 얘기한 가람시장은?" over the mayor's quote, sentences below the lead
    # that gives 197개: a figure that only names the occasion is found where names are
    article = ("가람시가 5년간 공원 197개를 만들었다고 15일 밝혔습니다.\n\n이로써 조성된 공원은 총 2,278개입니다.\n\n"
               "민간참여 공원이 늘었습니다.\n\n자투리땅을 활용했습니다.\n\n김민수 가람시장은 “녹색복지를 도입하겠다”고 말했습니다.")
    store = FakeStore([Document("p", "가람시내 공원 늘어나", article)])
    q = analyze("공원 197개 조성 발표 때 녹색복지 얘기한 가람시장 이름 알려줘")
    assert not check(q, store, len(store) - 1, P, idf).missing
    # (a figure asked of stays where the figure is: "공원 197개 … 몇 ㎡야?" needs it beside)
    q2 = analyze("공원 197개 조성 면적은 몇 ㎡야?")
    assert [c.text for c in check(q2, store, len(store) - 1, P, idf).missing] == ["197개"]


def test_an_area_asked_is_not_each_ones_share():
    # "가람공원 면적은 몇 ㎡야?" over "…시민 1인당 공원 조성 면적이 12.9㎡로": each person's share
    text = "가람시장은 “2년 뒤 시민 1인당 공원 조성 면적이 12.9㎡로 늘어난다”고 했다."
    assert figures_of_kind(analyze("가람공원 면적은 몇 ㎡야?"), figures(text), text) == []
    assert figures_of_kind(analyze("시민 1인당 공원 면적은 몇 ㎡야?"), figures(text), text)


def test_a_count_labelled_by_another_of_the_kind_asked_is_not_its_count():
    # "나래쌈지숲은 몇 곳?" over "…나래쌈지숲에 10억 원, 학교숲 2개소에 1억 원": 학교숲's count
    text = "바람길숲 조성사업에 45억 원을 투입하고, 나래쌈지숲에 10억 원, 학교숲 2개소에 1억 원을 들인다."
    assert figures_of_kind(analyze("가람시가 올해 조성하는 나래쌈지숲은 몇 곳인가요?"), figures(text), text) == []
    # (a kind of the thing asked counts it: "돌봄센터 3곳" for "센터는 몇 곳?")
    text2 = "가람시는 돌봄센터 3곳을 새로 연다."
    assert figures_of_kind(analyze("가람시가 여는 센터는 몇 곳이야?"), figures(text2), text2)


def test_an_area_asked_is_said_by_the_unit_of_the_figure():
    # "가람공원 48곳 전체 면적은 얼마인가요?" over "…가람공원 48곳(6.18㎢) 중 …": ㎢ says the 면적 the
    # sentence does not write
    article = "가람시가 공원 48곳을 만든다.\n시는 가람공원 48곳(6.18㎢) 중 국공유지를 뺀 39곳에 7천597억원을 투입한다."
    store = FakeStore([Document("a", "가람시, 공원 48곳 조성", article)])
    q = analyze("가람공원 48곳 전체 면적은 얼마인가요?")
    assert check(q, store, 1, P, idf).coverage > 0.3
    # (a sentence of no area says none)
    other = article.replace("(6.18㎢)", "")
    assert check(q, FakeStore([Document("a", "가람시, 공원 48곳 조성", other)]), 1, P, idf).coverage < 0.3


def test_a_figure_of_the_occasion_is_looked_for_wide_only_where_the_sentence_gives_none_in_its_unit():
    # "성금 100억 원을 기부한 기업은?" over "다온건설은 … 성금 50억 원을 기부했다", the lead's 100억
    # being another firm's: the sentence gives its own sum, and it is not the one asked
    article = ("나래전자가 가람시 이웃돕기 성금으로 100억 원을 기부했다.\n\n기부금은 복지에 쓰인다.\n\n"
               "시는 감사패를 전달했다.\n\n다온건설은 이웃돕기 성금 50억 원을 기부했다.")
    store = FakeStore([Document("g", "이웃돕기 성금 잇따라", article)])
    q = analyze("이웃돕기 성금 100억 원을 기부한 기업은 어디야?")
    assert [c.text for c in check(q, store, len(store) - 1, P, idf).missing] == ["100억"]


def test_the_first_said_in_the_sentence_beside_a_later_one_is_not_missing():
    # "첫 캠페인 날짜는?" over "최초 캠페인은 20일, 두 번째 캠페인은 21일 열렸다": the first is said
    store = FakeStore([Document("c", "가람기관, 캠페인", "가람기관은 캠페인을 2회 열었다.\n최초 캠페인은 20일, 두 번째 캠페인은 21일 열렸다.")])
    assert not check(analyze("가람기관 첫 캠페인 날짜는 언제인가요?"), store, 1, P, idf).missing


def test_an_officials_quote_after_the_lead_names_no_subject_of_the_article():
    # a lead of one sentence, then "나래공사 관계자는 “…”고 전했다": someone quoted, no announcement
    article = ("졸음운전·차량 고장이 집중됐다.\n\n나래공사 관계자는 “우리 조사에서도 비슷한 결과가 나왔다”고 전했다.\n\n"
               "최근 3년간 1월 교통사고 사망자는 총 28명이다.\n\n이 가운데 화물차 사고 비중이 높다.\n\n"
               "심야시간대 사망사고 비중은 43%에 달했다.\n\n화물차 사망사고의 원인은 모두 졸음운전으로 분석됐다.")
    store = FakeStore([Document("r", "1월 교통 사망사고 61%는 화물차", article)])
    q = analyze("나래공사가 분석한 화물차 사망사고 원인은 뭐였어?")
    assert [c.text for c in check(q, store, len(store) - 1, P, idf).missing] == ["나래공사"]


def test_a_share_per_person_is_read_right_before_the_figure_only():
    # "…1인당 공원 면적을 늘리기 위해 가람시는 공원 120만㎡를 새로 조성한다": the 120만㎡ is no share;
    # nor does 명당 (a choice spot) say one
    text = "시민 1인당 공원 면적을 늘리기 위해 가람시는 공원 120만㎡를 새로 조성한다."
    assert figures_of_kind(analyze("가람시가 새로 조성하는 공원 면적은 몇 ㎡야?"), figures(text), text)
    text2 = "명당으로 꼽히는 가람공원은 면적이 5만㎡이다."
    assert figures_of_kind(analyze("가람공원 면적은 몇 ㎡야?"), figures(text2), text2)


def test_a_dimension_is_said_by_a_unit_only_in_brackets_after_the_thing_measured():
    # "가람터널 전체 길이는?" over "가람터널 입구는 시청에서 3㎞ 떨어져 있다": a distance, no 길이
    store = FakeStore([Document("t", "가람터널 공사", "가람터널 공사가 시작됐다.\n가람터널 입구는 시청에서 3㎞ 떨어져 있다.")])
    assert check(analyze("가람터널 전체 길이는 얼마야?"), store, 1, P, idf).coverage < 0.45


def test_a_counter_said_by_another_noun_of_its_syllable_is_that_nouns():
    # "좌석 수는?" over "입석 300석을 추가로": standing places, no 좌석; "객실 수는?" over "회의실 5실"
    store = FakeStore([Document("s", "가람야구장 새단장", "가람야구장이 새단장했다.\n입석 300석을 추가로 마련했다.")])
    assert [c.text for c in check(analyze("가람야구장 좌석 수는?"), store, 1, P, idf).missing] == ["좌석"]


def test_a_count_of_a_kin_noun_counts_the_thing_asked_when_the_sentence_names_no_other():
    # "가람은행 지점은 몇 곳?" over "가람은행은 영업점 50곳을 운영한다": 영업점 is what is asked
    text = "가람은행은 전국에 영업점 50곳을 운영한다."
    assert figures_of_kind(analyze("가람은행 지점은 몇 곳이야?"), figures(text), text)


def test_a_named_speaker_announcing_after_the_lead_names_the_subject():
    # a lead of one sentence, then "김민수 가람공사 사장은 “…”고 밝혔다": the announcement, with its
    # quote, names the body (an unnamed 관계자 does not: the test above)
    article = ("졸음운전·차량 고장이 집중됐다.\n\n김민수 가람공사 사장은 “최근 3년간 교통사고 통계를 분석했다”고 밝혔다.\n\n"
               "최근 3년간 1월 교통사고 사망자는 총 28명이다.\n\n이 가운데 화물차 사고 비중이 높다.\n\n"
               "심야시간대 사망사고 비중은 43%에 달했다.\n\n화물차 사망사고의 원인은 모두 졸음운전으로 분석됐다.")
    store = FakeStore([Document("r", "1월 교통 사망사고 61%는 화물차", article)])
    assert not check(analyze("가람공사가 분석한 화물차 사망사고 원인은 뭐였어?"), store, len(store) - 1, P, idf).missing


def test_the_pieces_of_a_compound_named_whole_are_there_wherever_the_whole_is():
    # "가람시 희망체크카드 신청 기간 언제야?" over "신청은 3일부터 18일까지이며 …", a paragraph
    # below the lead naming the card: the pieces Kiwi cuts the name into (희망, 체크, 카드) are
    # met by the whole the article writes, not looked for again in the sentence's window
    from qa.abstain import with_known_compounds

    article = ("가람시는 ‘2031 희망체크카드 사업’ 참여자 600명을 오는 18일까지 모집한다고 2일 밝혔다.\n"
               "지원 대상은 미취업 청년이다.\n시는 매월 50만원을 준다.\n\n"
               "신청은 3일부터 18일까지이며, 가람청년포털을 통해 온라인으로 신청할 수 있다.")
    doc = Document("a", "가람시, 미취업 청년 지원", article)
    q = with_known_compounds(analyze("가람시 희망체크카드 신청 기간 언제야?"), [article])
    assert any(c.kind == "subject" and c.text == "희망체크카드" for c in q.constraints)
    got = check(q, FakeStore([doc]), 3, P, idf)
    assert got.missing == () and got.coverage == 1.0
    # (a compound the article does not write is nouns typed together, counted one by one)
    plain = analyze("가람시 희망체크카드 신청 기간 언제야?")
    assert check(plain, FakeStore([doc]), 3, P, idf).coverage < 1.0


def test_a_figure_said_of_each_of_a_group_answers_a_question_asking_each():
    # "…사업에 각각 투입되는 사업비는?" over "가람 유적, 나래 고분군 등 2곳에 … 각각 사업비 50억원을
    # 투입한다": the sentence gives each its own figure, no sum of the group
    q = analyze("가람·나래 정비 사업에 각각 투입되는 사업비는 얼마인가요?")
    text = "가람 유적, 나래 고분군 등 2곳에 2031년까지 각각 사업비 50억원을 투입한다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["50억원"]
    # (a sum of the group is no one's own: "… 등 총 2개 사업에 총 사업비 90억원")
    group = "가람 유적, 나래 고분군 등 총 2개 사업에 총 사업비 90억원을 투입한다."
    assert figures_of_kind(q, figures(group), group) == []


def test_a_year_right_after_the_noun_asked_labels_the_value_and_is_none_itself():
    # "가람군 자살률 얼마였어?" over "자살률은 2027년 31.5%, …, 2031년 24.0%": the years label the
    # rates; a rate said as of a year ("자살률은 2031년 24.0명") is the noun's value all the same
    q = analyze("가람군 2031년 자살률 얼마였어?")
    run = "최근 5년간 가람군 인구 10만명당 자살률은 2027년 31.5%, 2028년 32.9%, 2031년 24.0% 등이다."
    assert all(f.kind != "time" for f in figures_of_kind(q, figures(run), run))
    as_of = "가람군 자살률은 2031년 24.0명으로 나타났다."
    assert [f.text for f in figures_of_kind(analyze("가람군 자살률 얼마였어?"), figures(as_of), as_of)] == ["24.0명"]


def test_the_date_of_a_source_cited_answers_a_question_naming_that_source():
    # "몇 년 통계청 자료 기준인가요?" over "2017년 통계청 자료에 따르면 …": the question asks the
    # date of the source; any other event is not dated by it
    text = "2031년 통계청 자료에 따르면 가람도에서 한 해 696명이 숨졌다."
    q = analyze("가람도 통계는 몇 년 통계청 자료 기준인가요?")
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["2031년"]
    assert figures_of_kind(analyze("가람도 계획은 몇 년에 시작했어?"), figures(text), text) == []


def test_a_common_noun_ending_in_a_units_syllable_is_no_other_place():
    # "가람시 … 장비는 몇 곳에 설치해?" over "…△노란색 횡단보도 설치 253곳 △무인 단속 장비 설치
    # 15곳": 횡단보도 ends in 도 as a province does, and is a word Kiwi knows whole
    from qa.abstain import _named_place

    q = analyze("가람시 무인 단속 장비는 올해 몇 곳에 설치해?")
    text = "주요 사업은 △노란색 횡단보도 설치 253곳 △방호 울타리 설치 24곳 △무인 단속 장비 설치 15곳 등이다."
    assert "15곳" in [f.text for f in figures_of_kind(q, figures(text), text)]
    assert not _named_place("횡단보도") and _named_place("경기도") and _named_place("가람시")


def test_a_stage_asked_is_not_met_by_a_sentence_of_another_stage():
    # "가람산단 재생사업 2단계 예산은?" over "…사업은 1단계로 2031∼2034년 306억원을 들여": the first
    # stage's sum, whatever the next sentence says of the second
    from qa.abstain import _another_of_series

    q = analyze("가람산단 재생사업 2단계 예산은 얼마인가요?")
    stage = next(c for c in q.constraints if c.kind == "number")
    assert _another_of_series(stage, "가람산단 재생사업은 1단계로 2031∼2034년 국·시비 306억원을 들여 공원을 만든다.")
    assert not _another_of_series(stage, "2034년 이후 2단계로 인센티브를 준다.")
    # (a count of stages is no stage: "10년간 3단계에 걸쳐")
    assert not _another_of_series(stage, "내년부터 10년간 3단계에 걸쳐 1200억원이 투자된다.")


def test_an_age_said_of_another_one_is_not_the_age_of_the_one_asked():
    # "사고 낸 운전자는 몇 살?" over "…가람구 스쿨존에서 4세 어린이가 교통사고로 숨진 사건": the
    # child's age; a sentence naming the driver describes the driver by the noun after it
    q = analyze("가람구 스쿨존 사고 낸 운전자는 몇 살이었나요?")
    child = "이번 대책은 최근 가람구 스쿨존에서 4세 어린이가 교통사고로 숨진 사건을 계기로 마련됐다."
    assert figures_of_kind(q, figures(child), child) == []
    driver = "사고를 낸 운전자는 58세 남성으로 확인됐다."
    assert [f.text for f in figures_of_kind(q, figures(driver), driver)] == ["58세"]
    assert [f.text for f in figures_of_kind(analyze("숨진 어린이는 몇 살이었어?"), figures(child), child)] == ["4세"]


def test_the_day_a_body_told_the_news_is_no_source_document_asked():
    # "5일 가람시에 따르면 …": the body telling the news, named by the question too, dates the
    # telling; only a document cited (자료, 통계, 조사) is a source whose date is asked
    q = analyze("가람시 청년수당 신청은 언제야?")
    text = "5일 가람시에 따르면 청년수당은 연 2회 신청받는다."
    assert figures_of_kind(q, figures(text), text) == []


def test_a_person_described_by_another_noun_keeps_the_age_asked():
    # "운전자는 몇 살?" over "…사고를 낸 58세 남성 A씨를 입건했다": 남성 describes the driver; a name
    # after the noun says the same one ("17세 고교생 김다온 양")
    q = analyze("사고 낸 운전자는 몇 살이었나요?")
    text = "경찰은 사고를 낸 58세 남성 A씨를 입건했다."
    assert [f.text for f in figures_of_kind(q, figures(text), text)] == ["58세"]
    q2 = analyze("최연소 합격자는 몇 살이야?")
    text2 = "올해 최연소는 17세 수험생 김다온 양이다."
    assert [f.text for f in figures_of_kind(q2, figures(text2), text2)] == ["17세"]


def test_a_count_of_stages_or_a_stage_named_in_passing_is_no_other_stage():
    # "2단계 사업비는?" over "사업비는 1단계의 두 배인 612억원이다" (the second's, compared with the
    # first) or "모두 3단계로 나눠 추진되며": no sentence of another stage
    from qa.abstain import _another_of_series

    stage = next(c for c in analyze("가람산단 재생사업 2단계 사업비는 얼마인가요?").constraints if c.kind == "number")
    assert not _another_of_series(stage, "사업비는 1단계의 두 배인 612억원이다.")
    assert not _another_of_series(stage, "사업은 모두 3단계로 나눠 추진되며 이번 사업비는 612억원이다.")


@pytest.mark.parametrize("question, sentence, kept", [
    # a week's fee: "1주에 약 90만원" says the period asked, 약 between
    ("가람조리원 기본요금은 1주에 얼마인가요?", "기본요금은 1주에 약 90만원이지만, 산모라면 누구나 2주 간 무료로 이용할 수 있다.", ["90만원"]),
    # 한마당 is a festival, not "한 마 당" (one per …): the count asked is no rate
    ("설맞이 장터 한마당 행사 떡국떡 증정 선착순 몇 명?", "행사 기간 선착순 2500명에게 떡국떡을 증정한다.", ["2500명"]),
    ("한 가구당 얼마 줘?", "가구당 50만원을 지급한다.", ["50만원"]),
    # a rough count before the noun the question counts in 곳, 개
    ("가람직매장에 출하하는 농가 몇 곳이야?", "직매장에는 350여 농가의 농산물과 가공품 등 600여 품목이 판매되고 있다.", ["350여"]),
    ("가람직매장에서 파는 품목은 몇 개나 돼?", "직매장에는 350여 농가의 농산물과 가공품 등 600여 품목이 판매되고 있다.", ["600여"]),
])
def test_a_period_a_rate_or_a_rough_count_read_as_written(question, sentence, kept):
    q = analyze(question)
    assert [f.text for f in figures_of_kind(q, figures(sentence), sentence)] == kept


def test_a_list_left_open_by_etc_meets_a_count_one_more_than_its_items():
    # "비용 항목 4가지는?" <- "가람비 이용 비용과 나래 운동·마사지, 영양제, 관리용품 등": the
    # item joined by 과 before the commas is read with the lead; 등 leaves the list open
    from qa.abstain import _lists_as_many

    q = analyze("가람군 산후 조리비로 지원받을 수 있는 비용 항목 4가지는?")
    assert _lists_as_many(q, "산후조리원 이용 비용과 산후 운동·마사지, 영양제, 산후관리용품 등 전반 비용을 지원받을 수 있다.")
    assert not _lists_as_many(q, "산후조리원 이용 비용과 산후 운동·마사지, 영양제, 산후관리용품을 지원받을 수 있다.")
    assert not _lists_as_many(analyze("가람군 지원 항목 6가지는?"), "영양제, 운동, 마사지, 관리용품 등을 지원한다.")
