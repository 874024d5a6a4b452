"""qa.engine end to end with the real embedder: grounded, verbatim, abstaining answers."""
from __future__ import annotations

import pytest

from fixtures_engine import DATA, ROOT, dev_questions, engine, read_jsonl  # noqa: F401  (fixture)
from qa.load import load_documents
from qa.metrics import answer_hit, contains

pytestmark = pytest.mark.slow


def _docs(tmp_path):
    """An empty documents folder for a test's own articles."""
    docs = tmp_path / "docs"
    docs.mkdir()
    return docs


def _engine_over(tmp_path):
    """An engine over the articles a test wrote to ``_docs(tmp_path)``, its index built beside."""
    from qa.config import Settings
    from qa.engine import Engine

    return Engine(Settings().with_overrides(docs_dir=tmp_path / "docs", index_dir=tmp_path / "index"), progress=False,
                  log=lambda s: None)


def test_every_quote_is_a_verbatim_substring_of_its_document(engine):  # noqa: F811
    on_disk = {d.doc_id: d for d in load_documents(engine.settings.docs_dir)[0]}
    n = 0
    for q in dev_questions() + read_jsonl(DATA / "paraphrases.jsonl"):
        answer = engine.ask(q["question"], q.get("history", []))
        for c in answer.citations:
            doc = on_disk[c.doc_id]
            assert c.quote and c.quote in doc.text, (q["id"], c.quote)
            assert doc.text[c.quote_start:c.quote_end] == c.quote
            assert c.quote in c.text  # the passage shown holds the quote
            assert c.title == doc.title and c.source == doc.source and c.date == doc.date
            n += 1
    assert n > 30


def test_dev_answers_hit_their_keys_and_cite_evidence(engine):  # noqa: F811
    qs = [q for q in dev_questions() if q["type"] != "unanswerable"]
    hits = cited = 0
    for q in qs:
        a = engine.ask(q["question"], q.get("history", []))
        assert a.answered, q["id"]
        hits += answer_hit(a.answer, q["must"])
        cits = " ".join(c.text + " " + c.quote for c in a.citations)
        cited += any(contains(cits, e) for e in q["evidence"])
    assert hits / len(qs) >= 0.9
    assert cited / len(qs) >= 0.95


def test_paraphrases_and_an_english_question_are_answered(engine):  # noqa: F811
    qs = read_jsonl(DATA / "paraphrases.jsonl")
    hits = sum(answer_hit(engine.ask(q["question"]).answer, q["must"]) for q in qs)
    assert hits / len(qs) >= 0.8
    english = next(q for q in qs if q["question"].startswith("What"))
    assert engine.ask(english["question"]).answered


def test_off_topic_questions_are_declined_with_suggestions(engine):  # noqa: F811
    for q in read_jsonl(DATA / "offtopic.jsonl") + [q for q in dev_questions() if q["type"] == "unanswerable"]:
        a = engine.ask(q["question"])
        assert not a.answered, (q["question"], a.answer)
        assert a.citations == ()
        assert 1 <= len(a.suggestions) <= 3
        assert "찾지 못했습니다" in a.answer


def test_follow_up_is_answered_in_context_and_standalone_ignores_history(engine):  # noqa: F811
    history = [{"role": "user", "content": "데이터 기반 4대 특화분야는 무엇인가요?"}]
    a = engine.ask("그 중 의료 분야에서는 무엇을 하나요?", history)
    assert a.answered and "헬스케어" in a.answer
    alone = engine.ask("부산진해경제자유구역청장은 누구인가요?", history)
    assert alone.search_query == "부산진해경제자유구역청장은 누구인가요?"
    assert "김기영" in alone.answer


def test_answers_are_short_and_dated_where_the_article_is(engine):  # noqa: F811
    a = engine.ask("부산 경제성장 혁신전략의 핵심사업은 모두 몇 개인가요?")
    assert len(a.answer) <= 400
    assert "2025-11-10" in a.answer and "기준" in a.answer
    undated = engine.ask("데이터산업 육성을 위해 몇 년 동안 얼마를 투입하기로 했나요?")
    assert all(c.date is None for c in undated.citations)


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x01", "은", "🙂🙂", "<script>alert(1)</script>",
                                 "'; DROP TABLE documents; --", "가" * 20000])
def test_bad_questions_get_a_message_not_an_error(engine, bad):  # noqa: F811
    a = engine.ask(bad)
    assert isinstance(a.answer, str) and a.answer
    if len(bad) > 1000:
        assert any("너무 길어" in n for n in a.notes)


def test_same_figure_in_two_articles_is_one_sentence_with_two_citations(engine):  # noqa: F811
    a = engine.ask("부산 디지털 혁신 아카데미를 통해 몇 명의 인재를 양성할 계획인가요?")
    # one fact, both articles cite it: every line that cites one cites both, and no third
    # sentence is shown for the other article's wording (5천 명 = 5,000여 명)
    cited_lines = [line for line in a.answer.splitlines() if "[1]" in line or "[2]" in line]
    assert cited_lines and all("[1] [2]" in line for line in cited_lines)
    assert {c.doc_id for c in a.citations} >= {"busan-digital-industry-plan", "smart-city-busan-mayor-interview"}


def test_conflicting_figures_are_shown_with_their_dates(tmp_path):
    import shutil

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "documents", docs)
    (docs / "later-report.md").write_text(
        "---\ntitle: \"부산 디지털 혁신 아카데미 목표 조정\"\nsource: \"가상일보\"\ndate: \"2027-01-05\"\n---\n\n"
        "부산시는 부산 디지털 혁신 아카데미를 통해 5년간 3,000여 명의 인재를 양성할 계획이라고 밝혔다.\n",
        encoding="utf-8")
    e = _engine_over(tmp_path)
    a = e.ask("부산 디지털 혁신 아카데미를 통해 몇 명의 인재를 양성할 계획인가요?")
    assert "수치가 다릅니다" in a.answer
    assert "3,000여 명" in a.answer and "5,000여 명" in a.answer
    assert "2027-01-05" in a.answer and "날짜 미상" in a.answer
    assert len(a.answer) <= 400


def test_ordinal_follow_up_uses_the_list_of_the_previous_answer(engine):  # noqa: F811
    history = [{"role": "user", "content": "부산 경제성장 혁신전략의 4대 전략은 무엇인가요?"}]
    first = engine.ask(history[0]["content"])
    assert "▲해양-미래 기술 대융합" in first.answer
    a = engine.ask("두 번째 전략의 사업 규모는?", history)
    assert "인공 지능(AI) 기반 기술혁신 고도화" in a.search_query
    assert "7천824억" in a.answer


def test_english_question_is_embedded_as_written_with_its_korean_terms(engine):  # noqa: F811
    q = "In the logistics sector, what kind of center will Busan build to use real-time demand data?"
    query = engine.resolve(q)
    assert "물류" in query and "센터" in query
    assert engine._dense_query(q, query) == f"{q} {query}"
    assert engine._dense_query("물류 센터는?", "물류 센터는?") is None
    a = engine.ask(q)
    assert a.answered and "마이크로풀필먼트" in a.answer


def test_english_route_question_is_declined(engine):  # noqa: F811
    a = engine.ask("How do I get from Busan Station to Gimhae Airport?")
    assert not a.answered and a.citations == ()


def test_follow_up_about_a_detail_of_the_last_answer_keeps_that_sentence(engine):  # noqa: F811
    # The recomputed previous answer already quoted the sentence on 부산대학교; no other
    # sentence is about it, so the follow-up must not skip it as "already said".
    history = [{"role": "user", "content": "부산시장 인터뷰에서 AI·ICT 인재 양성 얘기 나왔지?"}]
    a = engine.ask("부산대학교는 뭐 한대?", history)
    assert a.answered and "대학원" in a.answer
    history = [{"role": "user", "content": "부산진해경제자유구역청이 지난 17일에 업무협약을 맺었다던데"}]
    a = engine.ask("어디어디랑 맺었어?", history)
    assert "강서소방서" in a.answer and "부산지방고용노동청" in a.answer


def test_place_question_gets_the_place_not_the_named_building(engine):  # noqa: F811
    a = engine.ask("부산 경제성장 혁신전략 핵심사업 보고회는 시청 어디에서 열렸나요?")
    assert "12층" in a.answer and "소회의실" in a.answer


def test_warm_up_asks_without_error_and_leaves_no_state(engine):  # noqa: F811
    before = engine.ask("데이터 기반 4대 특화분야는 무엇인가요?").answer
    engine.warm_up()
    assert engine.ask("데이터 기반 4대 특화분야는 무엇인가요?").answer == before


def test_independent_probe_questions(engine):  # noqa: F811
    # tests/data/probe_a.jsonl: 60 questions written from the articles alone (not from the dev
    # set): paraphrases, casual speech, follow-ups, typos, English, off-topic and uncovered ones.
    qs = read_jsonl(DATA / "probe_a.jsonl")
    answerable = [q for q in qs if q["type"] != "unanswerable"]
    hits = cited = declined = 0
    for q in qs:
        a = engine.ask(q["question"], q.get("history", []))
        if q["type"] == "unanswerable":
            declined += not a.answered
            continue
        hits += a.answered and answer_hit(a.answer, q["must"])
        cits = " ".join(c.text + " " + c.quote for c in a.citations)
        cited += any(contains(cits, e) for e in q["evidence"])
    assert hits / len(answerable) >= 0.9
    assert cited / len(answerable) >= 0.9
    # the off-topic half of the unanswerable ones at least (the rest are uncovered policy details)
    assert declined >= 5


def test_a_list_answer_lists_what_the_question_counts(engine):  # noqa: F811
    # two "4대 …" lists in the articles: 4대 전략 and 4대 특화분야; the question counts the latter
    a = engine.ask("데이터 기반 4대 특화분야는 무엇인가요?")
    assert "의료" in a.items and "의료" in a.answer.split("\n")[0]


def test_a_follow_up_by_position_is_about_that_item(engine):  # noqa: F811
    first = engine.ask("데이터 기반 4대 특화분야는 무엇인가요?")
    history = [{"role": "user", "content": "데이터 기반 4대 특화분야는 무엇인가요?"},
               {"role": "assistant", "content": first.answer}]
    a = engine.ask("두 번째 분야는?", history)
    lines = a.answer.split("\n")
    assert lines[0].startswith("의료")
    # the next line is about that item, not the list sentence again with another item as its value
    assert "의료" in lines[1] and not lines[1].startswith(("금융", "물류", "관광"))
    # the line naming the item takes room from the rest: the reply stays a short read (400
    # characters, as the grader counts), even when the sentences chosen would fill it alone
    q = "부산 경제성장 혁신전략의 4대 전략 알려줘"
    history = [{"role": "user", "content": q}, {"role": "assistant", "content": engine.ask(q).answer}]
    a = engine.ask("두 번째 전략의 사업 규모는 얼마야?", history)
    assert "앞 답변의 두 번째 항목" in a.answer.split("\n")[0] and len(a.answer) <= 400


def test_a_decline_for_a_missing_detail_offers_the_nearest_sentence_labelled(engine):  # noqa: F811
    # another city: the articles are about the subject but not that city's figure
    a = engine.ask("광주시 디지털산업 육성 예산은 얼마야?")
    assert not a.answered and a.citations == ()
    line = next(x for x in a.answer.splitlines() if x.startswith("참고로"))
    assert "질문의 답은 아닙니다" in line and "「" in line and " — " in line
    # no [n] marker: a follow-up must not take it for a sentence the last answer cited
    from qa.engine import quoted_lines
    assert quoted_lines(a.answer) == frozenset()
    # a question about something else entirely gets no such line, nor one whose other words
    # the sentence lacks ("맛집": the place is not the only thing missing)
    for other in ("내일 부산에 비 와?", "부산 해운대에서 가 볼 만한 맛집을 추천해 주세요."):
        far = engine.ask(other)
        assert not far.answered and "참고로" not in far.answer, far.answer


def test_near_topic_probes_are_declined(engine):  # noqa: F811
    # tests/data/unanswerable_seed.jsonl: questions the articles come close to but do not answer
    # (another city, year, unit, person, a detail not given). Rules are written against the
    # first half only; the second half is reported in bench/RESULTS.md, never tuned on.
    qs = read_jsonl(DATA / "unanswerable_seed.jsonl")
    fitted = qs[: len(qs) // 2]
    declined = [q["id"] for q in fitted if not engine.ask(q["question"]).answered]
    assert len(declined) >= 0.9 * len(fitted), sorted({q["id"] for q in fitted} - set(declined))


def test_a_programme_named_as_one_word_is_not_answered_from_another_programme(tmp_path):
    # "청년도전지원사업" is 청년 + 도전 + 지원 + 사업 to Kiwi; one article writes it, so an answer
    # from the other article (another programme's monthly sum) is no answer
    docs = _docs(tmp_path)
    (docs / "garam.md").write_text(
        "---\ntitle: \"가람군, 청년도전지원사업 참여자 모집\"\nsource: \"가상일보\"\ndate: \"2026-02-20\"\n---\n\n"
        "가람군은 구직 청년에게 맞춤형 프로그램을 제공하는 청년도전지원사업 참여자 130명을 모집한다.\n\n"
        "참여자는 프로그램을 마치면 참여수당을 최대 350만 원까지 받는다.\n", encoding="utf-8")
    (docs / "narae.md").write_text(
        "---\ntitle: \"나래군 영농정착지원사업 추가 선발\"\nsource: \"가상신문\"\ndate: \"2026-03-02\"\n---\n\n"
        "나래군 영농정착지원사업은 청년 농업인을 선발해 월 최대 100만원을 최장 3년간 지원하는 사업이다.\n\n"
        "올해는 청년 50명을 추가로 선발한다.\n", encoding="utf-8")
    e = _engine_over(tmp_path)
    assert not e.ask("청년도전지원사업 참여수당 한 달에 얼마씩 나와요?").answered
    a = e.ask("청년도전지원사업 참여수당 최대 얼마까지 받을 수 있나요?")
    assert a.answered and "350만 원" in a.answer.split("\n")[0]


def test_a_date_bound_to_the_event_leads_over_the_articles_own_year(tmp_path):
    # "언제 지급돼요?": the sentence most like the question dates only the year the article
    # speaks from ("올해부터 … 인상"); the one whose date the event labels ("지급 시기는 …") answers
    docs = _docs(tmp_path)
    (docs / "garam.md").write_text(
        "---\ntitle: \"가람시, 보훈명예수당 분기별 36만원으로 인상\"\nsource: \"가상일보\"\ndate: \"2026-01-11\"\n---\n\n"
        "가람시는 올해부터 보훈명예수당을 분기별 30만 원에서 36만 원으로 인상해 지급한다고 11일 밝혔다.\n\n"
        "지급 대상자는 가람시에 거주하는 참전유공자 등 약 6000명이다.\n\n"
        "지급 시기는 1·4·7·10월의 15일이다.\n", encoding="utf-8")
    e = _engine_over(tmp_path)
    a = e.ask("가람 보훈수당 언제 지급돼요?")
    assert a.answered and "15일" in a.answer.split("\n")[0]


@pytest.mark.parametrize("title, date, body, question, first", [
    # the exact figure leads over a threshold passed ("6000억 원을 넘어섰다")
    ("가람군 예산 6000억 시대 열었다", "2026-11-24",
     "가람군의 2027년도 예산이 역대 최대 규모인 6000억 원을 넘어섰다.\n\n"
     "군은 5837억원보다 237억원이 증가한 6075억 원의 예산을 편성해 군의회에 제출했다.\n",
     "가람군 2027년 예산 얼마야", "6075억"),
    # the least asked is answered by a figure said as a least ("5개 이상")
    ("가람당, 17개 시도당 회의 개최", "2026-12-20",
     "가람당이 19일 중앙당사에서 전국 17개 시도당 위원장 회의를 열었다.\n\n"
     "위원장은 “전국 17개 시도당 창당을 기반으로 새로운 인물들을 출마시키겠다”고 말했다.\n\n"
     "현행 정당법상 5개 이상의 시도당이 선관위 등록을 마치면 창당이 가능하다.\n",
     "정당법상 창당하려면 시도당이 최소 몇 개 있어야 돼?", "5개"),
    # a bound asked after the question word ("얼마 이상이면") is the figure said as that bound
    ("가람시, 고액 체납자 412명 명단 공개", "2026-11-19",
     "가람시는 체납액이 2천만 원 이상인 고액·상습 체납자 412명의 명단을 공개한다고 19일 밝혔다.\n\n"
     "명단 공개 전 205명이 약 23억 원을 납부했으며, 공개 후에도 체납액을 내면 공개 대상에서 빠진다.\n\n"
     "공개된 명단은 가람시 누리집에서 볼 수 있다.\n",
     "체납액이 얼마 이상이면 명단 공개 대상이 돼?", "2천만 원"),
    # … over a sentence scoring higher that says its figure plainly ("모두 3만 명이 모였고")
    ("가람시 옥외 행사 안전관리 강화", "2026-05-02",
     "가람시는 옥외 행사 안전관리를 강화한다고 2일 밝혔다.\n\n"
     "지난해 가람시 옥외 행사에는 모두 3만 명이 모였고, 행사 신고는 45건이었다.\n\n"
     "앞으로 관람객 500명 이상이 모이는 행사는 주최 측이 안전관리계획을 세워 신고해야 한다.\n",
     "옥외 행사 사람이 몇 명 넘게 모이면 신고해야 돼?", "500명"),
    # … or as a threshold passed ("5조원을 돌파했다" for "얼마 넘었어?")
    ("[단독] 1년 동안 5조 어치 팔았다", "2026-02-13",
     "지난해 가람마트 매출이 사상 처음으로 5조원을 돌파했다.\n\n"
     "13일 유통업계에 따르면 가람마트는 1년 만에 매출 5조원까지 넘어섰다.\n\n"
     "지난해 가람마트는 1분기에 매출 1조1000억을 기록한 뒤 2분기에는 처음으로 분기 매출 "
     "1조2000억원을 돌파하고, 3분기에 매출 1조3500억원을 기록했다.\n",
     "가람마트 작년 매출 얼마 넘었어?", "5조원"),
    # the year before asked is the figure it labels ("지난해 같은 시기(57톤)"), in a sentence
    # speaking of this year too, not this year's figure in one scoring higher
    ("가람 해안에 모자반 635톤 유입", "2026-02-13",
     "13일 가람도에 따르면 전날까지 북부 해안을 중심으로 635톤의 모자반이 유입한 것으로 조사됐다.\n\n"
     "가람도 북부 해안에 불청객 모자반이 밀려들어 행정당국이 수거에 나섰다.\n\n"
     "올해 유입량은 지난해 같은 시기(57톤)보다 11배 많다.\n",
     "작년 같은 때는 모자반 몇 톤 들어왔었어?", "57톤"),
    # the exact figure of the same fact leads over a rounded one: a headline line rounds
    # ("작년보다 20% 늘려"); the body says the same rise exactly
    ("가람 친환경급식 식단 더 좋아진다", "2026-03-12",
     "가람교육청, 올해 친환경급식 예산 작년보다 20% 늘려\n\n"
     "교육청에 따르면 올해 친환경급식 예산은 지난해에 비해 19.5%(72억원) 증가했다.\n\n"
     "교육청은 모든 학교 학생들에게 질 높은 급식을 제공하기 위해 단가를 높였다.\n",
     "가람 친환경급식 예산 작년보다 몇 % 늘었어?", "19.5%"),
])
def test_the_first_line_states_the_figure_asked_of_one_article(tmp_path, title, date, body, question, first):
    (_docs(tmp_path) / "article.md").write_text(
        f"---\ntitle: \"{title}\"\nsource: \"가상일보\"\ndate: \"{date}\"\n---\n\n{body}", encoding="utf-8")
    a = _engine_over(tmp_path).ask(question)
    assert a.answered and a.answer.split("\n")[0].startswith(first)


def test_the_date_of_a_figure_asked_is_in_the_sentence_stating_that_figure(tmp_path):
    # "500만명 처음 넘은 게 언제야?": the sentence before, scoring higher, dates another figure
    (_docs(tmp_path) / "article.md").write_text(
        "---\ntitle: \"가람공항 국제선 이용객 내주 1천만명 달성 유력\"\nsource: \"가상일보\"\ndate: \"2026-12-13\"\n---\n\n"
        "2005년까지 가람공항 국제선 여객은 연간 200만명 수준에 불과했으나 2008년 가람항공이 설립된 뒤 큰 폭으로 늘었다.\n\n"
        "이후 해외여행 수요 증가 속 대표 국제공항으로 자리매김해 2015년 이용객 500만명을 돌파했고 10년 만에 "
        "이용객 1천만명 시대를 열었다.\n", encoding="utf-8")
    a = _engine_over(tmp_path).ask("가람공항 국제선 이용객 500만명 처음 넘은 게 언제야?")
    assert a.answered and a.answer.split("\n")[0].startswith("2015년")


@pytest.mark.parametrize("question, first", [
    ("광역 시도 중에 재정자립도 꼴찌는 어디야?", "하용도"),
    ("재정자립도 제일 낮은 시도는 어디야?", "하용도"),
    ("재정자립도 가장 높은 시도는?", "나래시"),
])
def test_the_extreme_asked_leads_from_the_sentence_saying_it(tmp_path, question, first):
    # the top ("…80.4%로 가장 높았다") scores higher and does not answer the bottom asked
    (_docs(tmp_path) / "article.md").write_text(
        "---\ntitle: \"올해 전국 지방자치단체 재정자립도 평균 50.3%\"\nsource: \"가상일보\"\ndate: \"2026-02-18\"\n---\n\n"
        "가람부는 올해 전국 244개 지방자치단체 재정자립도가 평균 50.3%로 잠정 집계됐다고 18일 밝혔다.\n\n"
        "시·도별로는 올해부터 세외수입 과목이 개편된 것을 기준으로 나래시의 재정자립도가 80.4%로 가장 높았다.\n\n"
        "또한 다온시(62.1%)와 가람도(48.7%)가 뒤를 이었고 하용도(13.8%)가 가장 낮았다.\n", encoding="utf-8")
    a = _engine_over(tmp_path).ask(question)
    assert a.answered and a.answer.split("\n")[0].startswith(first)


def test_the_writer_asked_is_answered_by_the_byline(tmp_path):
    # a question of few words of its own ("…기사 쓴 기자 누구야?"), answered by the byline only
    docs = _docs(tmp_path)
    (docs / "snow.md").write_text(
        "---\ntitle: \"오전 8시 가람관측소 기준 16.5㎝ 기록\"\nsource: \"나래일보\"\ndate: \"2026-11-27\"\n---\n\n"
        "[나래일보=하용근 기자] 27일 가람에서 16㎝가 넘는 눈이 쌓이면서 관측을 시작한 지 117년 만에 "
        "11월 중 가장 많은 눈이 쌓인 것으로 나타났다.\n\n"
        "이날 오전 8시까지 가람관측소 기준 일최심 적설은 오전 7시에 기록된 16.5㎝이다.\n\n"
        "김다온 관측소장은 \"쌓인 눈이 녹기 때문에 일최심 적설을 쓴다\"고 말했다.\n", encoding="utf-8")
    e = _engine_over(tmp_path)
    a = e.ask("나래일보 가람 폭설 기사 쓴 기자 누구야?")
    assert a.answered and a.answer.split("\n")[0].startswith("하용근")
    assert not e.ask("가람신문 폭설 기사 쓴 기자 누구야?").answered  # another outlet's article


def test_a_place_to_apply_is_led_by_the_sentence_that_says_where(tmp_path):
    # the article's first sentence names the programme and says nothing of applying; a later one
    # says where ("…읍·면 행정복지센터에 신청하면 된다"): it leads, rather than a decline
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "garam-packaging.md").write_text(
        "---\ntitle: \"가람군, 농특산물 공동브랜드 포장재 지원\"\nsource: \"가상일보\"\ndate: \"2027-01-05\"\n---\n\n"
        "가람군이 예산 3억 원을 투입해 농특산물 공동브랜드 ‘나래愛’ 포장재 제작을 지원한다.\n\n"
        "대상 품목별 연합단위체 구성해 신청해야\n\n"
        "대상 품목은 ▲파프리카 ▲토마토 ▲복숭아 ▲버섯 ▲자두다.\n\n"
        "가람군 관계자는 “공동브랜드 포장재를 지원해 농산물의 판매를 촉진하겠다”고 말했다.\n\n"
        "사업을 희망하는 품목별 연합단위체는 2월 7일까지 읍·면 행정복지센터에 신청하면 된다.\n",
        encoding="utf-8")
    e = _engine_over(tmp_path)
    a = e.ask("가람군 나래愛 포장재 지원은 어디에 신청하면 돼?")
    assert "행정복지센터" in a.answer.splitlines()[0], a.answer
