"""qa.korean: Kiwi sentences with verbatim offsets, and content morphemes for BM25."""
from __future__ import annotations

import pytest

from qa.korean import kiwi, split_sentences, _mend_titles, tokenize, tokenize_many

PARTICLES = {"는", "은", "가", "이", "의", "를", "을", "에", "에서", "와", "과", "도", "로", "으로"}


def _kiwi_tags(text: str) -> dict[str, set[str]]:
    """form -> tags Kiwi gives it in ``text`` (to assert against Kiwi, not a guess)."""
    out: dict[str, set[str]] = {}
    for t in kiwi().tokenize(text):
        out.setdefault(t.form, set()).add(t.tag)
    return out


# --- tokenize ---------------------------------------------------------------------

def test_particle_variants_give_the_same_tokens():
    variants = [tokenize(f"{w} 데이터 산업을 키운다") for w in ("부산시는", "부산시가", "부산시의", "부산시에서는")]
    assert all(v == variants[0] for v in variants)
    assert "부산시" in variants[0]


def test_compound_spacing_gives_the_same_tokens():
    glued, spaced = tokenize("빅데이터혁신센터를 설립한다"), tokenize("빅데이터 혁신센터를 설립한다")
    assert glued == spaced
    assert {"빅데이터", "혁신", "센터"} <= set(glued)


def test_whitespace_tokens_would_differ():
    # the reason for morphemes: the raw words share nothing
    assert not set("부산시는 빅데이터혁신센터를".split()) & set("부산시가 빅데이터 혁신센터".split())
    assert tokenize("부산시는 빅데이터혁신센터를") == tokenize("부산시가 빅데이터 혁신센터")


def test_one_syllable_nouns_and_numerals_kept():
    text = "시는 1억 원을 들여 청을 새로 짓는다"
    tags = _kiwi_tags(text)
    toks = tokenize(text)
    # whatever one-syllable forms Kiwi tags as nouns or numerals are kept
    one = {f for f, ts in tags.items() if len(f) == 1 and ts & {"NNG", "NNP", "NR"}}
    assert {"시", "억"} <= one, tags  # Kiwi's tagging changed: revisit KEEP_TAGS
    assert one <= set(toks)
    assert "1" in toks


@pytest.mark.parametrize("text, expected", [
    ("AI 인재를 키운다", "ai"),
    ("5G 특화망을 구축한다", "5g"),
    ("ICT 기업을 유치한다", "ict"),
    ("총 6,699억 원을 투자한다", "6699"),
    ("2,500종의 데이터", "2500"),
    ("R&D 센터", "r"),
])
def test_numbers_and_latin_kept(text, expected):
    assert expected in tokenize(text)


def test_comma_number_equals_plain_number():
    assert tokenize("6,699억 원") == tokenize("6699억 원")


def test_number_latin_glued_only_when_adjacent():
    assert "5g" in tokenize("AI·빅데이터·5G 등 ICT 융합산업")
    spaced = tokenize("5 G")
    assert "5g" not in spaced and "5" in spaced


def test_particles_and_endings_dropped():
    text = "부산시는 데이터를 수집했고 기업에서 이를 활용하였다"
    toks = tokenize(text)
    dropped = {f for f, ts in _kiwi_tags(text).items() if all(t[0] in "JE" for t in ts)}
    assert dropped, "Kiwi found no particles or endings"
    assert not dropped & set(toks)
    assert not PARTICLES & set(toks)
    assert {"부산시", "데이터", "수집", "기업", "활용"} <= set(toks)


def test_lowercase_and_stop_words():
    toks = tokenize("무엇을 어떻게 하는지 AI와 Cloud")
    assert "ai" in toks and "cloud" in toks
    assert not {"무엇", "하", "AI"} & set(toks)


@pytest.mark.parametrize("text", ["", " ", "\n\t  \u3000", "...!? ·", "“ ” ‘ ’"])
def test_empty_whitespace_or_punctuation_input(text):
    assert tokenize(text) == []


def test_tokenize_many_matches_tokenize(curated_docs):
    texts = [d.text[s.start:s.end] for d in curated_docs[:2] for s in split_sentences(d.text)]
    texts += ["", "  ", "5G"]
    assert tokenize_many(texts) == [tokenize(t) for t in texts]
    assert tokenize_many([]) == []


# --- split_sentences ---------------------------------------------------------------

def _check_spans(text: str):
    spans = split_sentences(text)
    for s in spans:
        piece = text[s.start:s.end]
        assert piece and piece == piece.strip(), (s, piece)
        assert "\n" not in piece
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:])), "spans overlap or are out of order"
    return spans


def test_split_sentences_offsets_are_verbatim(curated_docs):
    for doc in curated_docs:
        spans = _check_spans(doc.text)
        # nothing but whitespace is left between the sentences
        covered = "".join(doc.text[s.start:s.end] for s in spans)
        assert "".join(covered.split()) == "".join(doc.text.split()), doc.doc_id


def test_split_sentences_several_per_line_and_odd_spacing():
    text = "  부산시는 AI를 키운다.   데이터 센터를 짓는다!  \n\n\t제목 줄\n마지막 문장이다?"
    spans = _check_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "부산시는 AI를 키운다.", "데이터 센터를 짓는다!", "제목 줄", "마지막 문장이다?"]


def test_split_sentences_characters_outside_the_bmp():
    # emoji and CJK extension characters are one code point in Python but two UTF-16 units
    text = "🙂 부산시는 𠀀 AI를 키운다. 데이터 센터를 짓는다.\n끝 🚀 이다."
    spans = _check_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "🙂 부산시는 𠀀 AI를 키운다.", "데이터 센터를 짓는다.", "끝 🚀 이다."]


def test_newline_always_ends_a_sentence():
    # no final punctuation: Kiwi alone might glue these lines together
    lines = ["스마트 도시 부산", "디지털 전환을 선도하는 도시", "저는 부산이 지금이라도 디지털 전환시대에",
             "먼저 미래로 나아갈 수 있는 가능성이 있다고 생각을 합니다"]
    text = "\n".join(lines)
    spans = _check_spans(text)
    assert [text[s.start:s.end] for s in spans] == lines


def test_split_sentences_empty():
    assert split_sentences("") == [] and split_sentences(" \n\n \t") == []


def test_a_sentence_never_starts_with_the_particle_of_a_title():
    # Kiwi may end a sentence after a title that opens the next one: "…많았다. 《새벽》" + "은 …"
    text = ("이 작품으로 그는 여러 상을 받았다. 하지만 “대사가 어색하다”, “평면적이다” 등의 평가가 많았다. "
            "《새벽》은 관객 150만 명을 기록하면서 흥행에도 실패했다.")
    pieces = [text[s.start:s.end] for s in split_sentences(text)]
    assert pieces[-1].startswith("《새벽》은 관객")
    assert pieces[-2].endswith("평가가 많았다.")
    # with no full stop before the title, the two pieces are one sentence
    assert _mend_titles("그는 《새벽》은 좋다", [(0, 7), (7, 11)]) == [(0, 11)]
    # a sentence that ends on a closing mark and a next one that does not start with a particle
    assert _mend_titles("그는 말했다. “좋다.” 그리고 떠났다.", [(0, 7), (8, 13), (14, 21)]) == [(0, 7), (8, 13), (14, 21)]


@pytest.mark.parametrize("word, a, b, expected", [
    ("수강료", "은", "는", "는"), ("인물", "은", "는", "은"), ("날짜", "은", "는", "는"),
    ("「서울시」의 기본요금", "을", "를", "을"), ("「녹산선」에 대한 내용", "을", "를", "을"),
    ("KTX", "은", "는", "은(는)"), ("2030", "을", "를", "을(를)"),
])
def test_a_particle_follows_the_last_syllable(word, a, b, expected):
    from qa.korean import particle

    assert particle(word, a, b) == expected


def test_a_figure_glued_to_nouns_names_a_thing():
    from qa.korean import figure_labels

    # 권 (a pass) after the counter: a name; a particle or a numeral after the figure: none
    assert figure_labels("나래패스 1년권 요금 얼마예요?") == ("1년권",)
    assert figure_labels("1일권 800원, 6개월권 1만5000원") == ("1일권", "6개월권")
    for plain in ("1년은 365일이다", "3만원이 든다", "2024년에 100억원", "10곳 이상", "3개 동",
                  # a span, a tally, a rate: no thing named
                  "3개월간 다녀갔다", "3년째 열린다", "1년여 만에", "30대들이 많다", "1인당 5만원", "5년차 교사"):
        assert figure_labels(plain) == (), plain


def test_a_full_stop_between_two_nouns_is_a_middle_dot_not_a_sentence_end():
    # "보행친화 도로.교통 환경", "어린이.노인.장애인 보호구역": Kiwi cuts at each stop; the sentence
    # is one. A stop after a sentence ending glued to the next word ends the sentence all the same
    from qa.korean import split_sentences

    text = "가람시는 2031년까지 도로.교통 환경을 바꾸려 도비 105억 원을 쓴다. 어린이.노인.장애인 보호구역을 고친다."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["가람시는 2031년까지 도로.교통 환경을 바꾸려 도비 105억 원을 쓴다.", "어린이.노인.장애인 보호구역을 고친다."]
    glued = "시는 예산을 늘렸다.그리고 인력도 늘렸다."
    assert [glued[s.start:s.end] for s in split_sentences(glued)] == ["시는 예산을 늘렸다.", "그리고 인력도 늘렸다."]
    # (… and so does a sentence ending in a noun, glued to the next one: no noun phrase goes on)
    for ends in ("행사는 오는 5일 개최.시민 누구나 참여할 수 있다.", "가람시 인구는 10만명.나래구는 5만명이다.",
                 "참가비는 무료.누구나 온다.", "시는 이를 밝혔음.이어 설명했다."):
        assert len(split_sentences(ends)) == 2, ends


def test_a_noun_written_apart_from_a_number_is_no_counter():
    # "가람로 7017 개장 언제야?": Kiwi reads 7017 + 개 (a counter) + 장; the word written apart from
    # the number is the noun it reads alone. A counter glued to its number, or before a particle
    # ("5 개를"), stays a counter
    from qa.korean import pos

    assert [(t.form, t.tag) for t in pos("가람로 7017 개장 언제야?")][2:4] == [("7017", "SN"), ("개장", "NNG")]
    assert ("개", "NNB") in [(t.form, t.tag) for t in pos("사과 5 개를 샀다")]
    assert ("개", "NNB") in [(t.form, t.tag) for t in pos("사과 7017개를 샀다")]


def test_a_counter_and_a_noun_of_its_own_stay_apart():
    # "10 개반": 개 counts classes (반), no verbal noun 개반 as 개장, 개통 are
    from qa.korean import pos

    assert ("개", "NNB") in [(t.form, t.tag) for t in pos("가람초는 10 개반을 운영한다")]
