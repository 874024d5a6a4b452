"""qa.followup: which questions lean on the previous turn, and how they are rewritten."""
from __future__ import annotations

from qa.followup import is_followup, list_items, resolve, resolve_followup, resolve_parts, topic_of

H = [{"role": "user", "content": "데이터 기반 4대 특화분야는 무엇인가요?"}]


def test_standalone_question_ignores_history():
    q = "부산진해경제자유구역청장은 누구인가요?"
    assert resolve(q, H) == q
    assert not is_followup(q, True)


def test_no_history_no_rewrite():
    assert resolve("그 중 의료 분야는?", []) == "그 중 의료 분야는?"


def test_anaphor_is_replaced_by_the_previous_topic():
    assert topic_of(H[0]["content"]) == "데이터 기반 4대 특화분야"
    out = resolve("그 중 의료 분야에서는 무엇을 하나요?", H)
    assert out.startswith("데이터 기반 4대 특화분야") and "의료 분야에서는" in out and "그 중" not in out
    assert resolve("그 예산은?", H).startswith("데이터 기반 4대 특화분야")
    assert resolve("거기서 몇 명이 참여했나요?", H).startswith("데이터 기반 4대 특화분야")
    out = resolve("그럼 물류 분야는?", H)
    assert out.startswith("데이터 기반 4대 특화분야") and "물류 분야는" in out and "그럼" not in out


def test_short_question_counts_as_follow_up():
    assert is_followup("의료 분야는?", True)
    assert "데이터 기반 4대 특화분야" in resolve("의료 분야는?", H)


def test_ordinal_picks_the_item_of_the_previous_answer():
    history = [{"role": "user", "content": "데이터산업 4대 전략은 무엇인가요?"},
               {"role": "assistant", "content": "△데이터 통합 관리체계 구축 △부산 빅데이터 혁신센터 구축 "
                                                "△전문기업 및 전문인재 양성 △데이터기반 특화산업 육성 [1]"}]
    query, new = resolve_parts("두 번째 전략은 뭐야?", history)
    assert new.startswith("부산 빅데이터 혁신센터 구축") and "두 번째" not in new
    assert query.startswith("데이터산업 4대 전략") and query.endswith(new)  # the topic stays in the search
    assert resolve_parts("마지막 전략은?", history)[1].startswith("데이터기반 특화산업 육성")


def test_ordinal_recomputes_the_previous_answer_when_only_questions_are_given():
    calls = []

    def previous(q):
        calls.append(q)
        return "금융, 의료, 물류, 관광 분야 등 4대 특화분야"

    assert resolve_parts("세 번째 분야는?", H, previous)[1].startswith("물류")
    assert calls == [H[0]["content"]]


def test_list_items_prefers_an_explicit_enumeration():
    text = "4대 전략, 10개 추진 과제, 71개 핵심사업, 기타\n4대 전략은 ▲해양 ▲인공 지능 ▲소재 ▲라이프산업이다. [1]"
    assert list_items(text) == ["해양", "인공 지능", "소재", "라이프산업"]


def test_list_items():
    assert list_items("우선 금융, 의료, 물류, 관광 분야 등 4대 특화분야") == ["우선 금융", "의료", "물류", "관광 분야"]
    assert list_items("△가나 △다라 △마바") == ["가나", "다라", "마바"]
    assert list_items("목록이 없는 문장입니다.") == []


def test_chained_follow_ups_keep_the_original_topic():
    history = H + [{"role": "user", "content": "그 중 의료 분야는?"}]
    assert "데이터 기반 4대 특화분야" in resolve("거기서 예산은?", history)


def test_quoted_lines_reads_the_sentences_an_answer_showed():
    from qa.engine import quoted_lines

    answer = ("총 6,699억 원\n"
              "디지털산업 육성 계획(2022~2026년, 총 6,699억 원)을 발표했다. [1] [2]\n"
              "…5G 특화망 5개 분야를 육성한다. [3] (부산일보, 2022-03-05)\n"
              "(G.ECONOMY 기사(2022-03-05) 기준)")
    assert quoted_lines(answer) == frozenset({"디지털산업 육성 계획(2022~2026년, 총 6,699억 원)을 발표했다.",
                                              "5G 특화망 5개 분야를 육성한다."})
    assert quoted_lines("죄송합니다. 찾지 못했습니다.") == frozenset()


def test_demonstrative_is_a_word_not_a_first_syllable():
    # 이번/이날/그린… start with 이/그 but are words of their own: nothing may be cut from them
    for q in ("이번 회의는 언제 열렸나요?", "이날 회의에서 무엇을 논의했나?", "그린스마트 도시는 뭐야?"):
        out = resolve(q, H)
        assert q.split()[0] in out, (q, out)
    assert resolve("그 예산은?", H) == "데이터 기반 4대 특화분야 예산은?"
    assert resolve("해당 사업의 예산은?", H).endswith("사업의 예산은?")


# --- typed turns (qa.types.Turn) -------------------------------------------------------

def _turn(**kw):
    from qa.types import Turn

    base = dict(question="데이터산업 4대 전략은 무엇인가요?", answer="가, 나, 다", answered=True)
    base.update(kw)
    return Turn(**base)


def test_a_typed_turn_gives_its_items_without_reparsing_the_text():
    from qa.followup import resolve_followup

    # the text lists nothing: the items come from the record alone
    turn = _turn(answer="목록 없는 답입니다. [1]", items=("통합 관리체계", "혁신센터", "전문인재 양성"))
    r = resolve_followup("두 번째 전략은?", [turn])
    assert r.item == "혁신센터" and r.position == "두 번째" and r.own.startswith("혁신센터")
    assert resolve_followup("마지막은?", [turn]).item == "전문인재 양성"
    assert resolve_followup("그 중 첫 번째는?", [turn]).item == "통합 관리체계"


def test_position_picks_the_list_next_to_the_topic_among_the_quotes():
    from qa.followup import resolve_followup

    turn = _turn(question="데이터 기반 4대 특화분야는 무엇인가요?",
                 quotes=("△데이터 통합 △빅데이터 혁신센터 △전문인재 양성 등 4대 전략을 정했다.",
                         "우선 금융, 의료, 물류, 관광 분야 등 4대 특화분야에 집중한다."),
                 items=("데이터 통합", "빅데이터 혁신센터", "전문인재 양성"))
    assert resolve_followup("두 번째 분야는?", [turn]).item == "의료"
    assert resolve_followup("그 중 첫 번째는?", [turn]).item == "금융"
    assert resolve_followup("마지막은?", [turn]).item == "관광"


def test_messages_and_typed_turns_resolve_alike():
    from qa.followup import as_turns
    from qa.types import Turn

    msgs = [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "△가나 △다라"},
            {"role": "user", "content": "q2"}]
    turns = as_turns(msgs)
    assert turns[0] == Turn(question="q1", answer="△가나 △다라", answered=True, items=("가나", "다라"))
    assert turns[1].question == "q2" and turns[1].answer == ""
    assert as_turns(turns) == turns


def test_an_ordinal_the_previous_question_said_is_its_word_not_an_item():
    # "…첫째 얼마로 올랐어?" then "그 전에는 첫째가 얼마였는데?": the first child, again — not the
    # first item of the answer ("첫째 자녀 500만원, 둘째 자녀 900만원")
    history = [{"role": "user", "content": "가람군 출산장려금 올해부터 첫째 얼마로 올랐어?"},
               {"role": "assistant", "content": "가람군은 출산장려금을 첫째 자녀 500만원, 둘째 자녀 900만원, 셋째 자녀 1500만원으로 확대했다. [1]"}]
    query, new = resolve_parts("그 전에는 첫째가 얼마였는데?", history)
    assert "첫째" in new and "500만원" not in query
    # an ordinal of its own still picks the item
    assert resolve_parts("두 번째는?", history)[1] == "둘째 자녀 900만원"


def test_an_ordinal_said_again_before_another_noun_still_picks_an_item():
    answer = {"role": "assistant", "content": "가람국악단, 나래밴드, 다온합창단 [1]"}
    # "마지막 날" then "마지막 공연": another noun, the last item
    history = [{"role": "user", "content": "가람축제 마지막 날 공연 뭐 있어?"}, answer]
    assert resolve_parts("마지막 공연은 몇 시야?", history)[1].startswith("다온합창단")
    # "12번째" holds no "2번째"
    history = [{"role": "user", "content": "가람시 12번째 정책 과제 세부 사업 뭐 있어?"}, answer]
    assert resolve_parts("2번째는 예산 얼마야?", history)[1].startswith("나래밴드")
    # the word said again ("첫째 자녀") is kept, and the ordinal of its own picks the item
    history = [{"role": "user", "content": "가람군 첫째 자녀 지원 혜택 뭐 있어?"}, answer]
    new = resolve_parts("첫째 자녀 두 번째 혜택은 얼마야?", history)[1]
    assert new.startswith("나래밴드") and "첫째 자녀" in new


def test_a_demonstratives_kind_noun_is_the_previous_topic_not_a_subject():
    # "그 노선 차량은 …?" after "가람선 …?": 노선 says what 가람선 is; the articles call it by its
    # name, and the noun is no word to find
    history = [{"role": "user", "content": "가람선 총연장은 몇 km야?"}]
    query, own = resolve_parts("그 노선 차량은 몇 량이야?", history)
    assert own == "차량은 몇 량이야?" and query.startswith("가람선") and "노선" not in query
    programme = [{"role": "user", "content": "가람 청년지원사업 신청 기간은?"}]
    assert resolve_parts("그럼 그 사업 예산은?", programme)[1] == "예산은?"
    # a noun with its particle is what is asked, and stays
    assert resolve_parts("그 예산은 얼마야?", history)[1] == "예산은 얼마야?"
    assert "센터" in resolve_parts("그 센터는 어디 있어?", history)[1]
    # … and a time it points to, or a noun that is no kind of the topic, stays
    festival = [{"role": "user", "content": "가람축제 방문객은 몇 명이야?"}]
    assert "당시" in resolve_parts("그 당시 시장은 누구야?", festival)[1]
    assert "기간" in resolve_parts("그 기간 방문객은 몇 명이야?", festival)[1]
    assert "이후" in resolve_parts("그 이후 행사는 뭐야?", festival)[1]
    assert "노선" in resolve_parts("그 노선 차량은 몇 량이야?", festival)[1]


def test_the_thing_itself_pointed_at_is_an_anaphor_as_a_word_of_its_own():
    # "그거 작년보다 몇 퍼센트 늘어난 거야?" after a question about a budget asks of that budget;
    # 그거리, 이것저것 are words of their own, no pointing
    h = [{"role": "user", "content": "가람문화재단 올해 예산 얼마 확보했어?"},
         {"role": "assistant", "content": "165억 원"}]
    for q in ("그거 작년보다 몇 퍼센트 늘어난 거야?", "그것은 작년보다 몇 퍼센트 늘어난 거야?", "이거 작년보다 몇 퍼센트 늘어난 거야?"):
        r = resolve_followup(q, h)
        assert r.query == "가람문화재단 올해 예산 작년보다 몇 퍼센트 늘어난 거야?" and r.own == "작년보다 몇 퍼센트 늘어난 거야?"
    for q in ("그거리 공사는 언제 끝나?", "이것저것 궁금한데 가람시 인구는 몇 명이야?"):
        assert resolve_followup(q, h).query == q
