"""qa.glossary + qa.corpus: English questions become Korean search terms through the
collection's glossary (its documents' bracketed glosses and corpus.yaml), never the code's."""
from pathlib import Path

from qa.corpus import derived_glossary, load_profile
from qa.glossary import translate
from qa.params import Params
from qa.types import Document

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = load_profile(ROOT / "documents")[0].glossary
CUT = Params().english_min_share


def test_domain_question_maps_to_korean_terms():
    ko, share = translate("What is the total budget of Busan's digital industry plan?", GLOSSARY)
    assert share >= 0.8
    # "what is the budget" asks a sum, as "how much" does
    for word in ("총", "사업비", "부산", "디지털", "산업", "계획", "얼마"):
        assert word in ko
    assert "무엇" in translate("What is the strategy of Busan's digital industry plan?", GLOSSARY)[0]


def test_question_words_numbers_and_two_word_terms():
    ko, _ = translate("How many people will the four academies train?", GLOSSARY)
    assert "몇" in ko and "4" in ko and "양성" in ko
    ko, share = translate("big data center", {"big data": "빅데이터", "center": "센터"})
    assert ko == "빅데이터 센터" and share == 1.0


def test_without_a_glossary_nothing_is_known():
    assert translate("What is the total budget?", {})[1] == 0.0


def test_off_topic_english_stays_below_the_cut():
    for q in ("Recommend a good restaurant in Haeundae", "What is the subway fare in Seoul?",
              "Who won the World Cup in 2022?", "How do I get from Busan Station to Gimhae Airport?",
              "What is the weather like in Busan tomorrow?"):
        _, share = translate(q, GLOSSARY)
        assert share < CUT, q


def test_answerable_english_is_above_the_cut():
    ko, share = translate("In the logistics sector, what kind of center will Busan build to use demand data?", GLOSSARY)
    assert share >= CUT and "물류" in ko and "센터" in ko


def test_glossary_from_the_documents_own_brackets():
    docs = [Document("a", "t", "한국전자통신연구원(ETRI) 분원과 인공지능(AI) 센터를 만든다.")]
    g = derived_glossary(docs)
    assert g["etri"] == "한국전자통신연구원" and g["ai"] == "인공지능"


def test_profile_falls_back_on_the_documents(tmp_path):
    docs = [Document("a", "해운대 해수욕장 개장", "본문"), Document("b", "광안리 불꽃축제", "본문")]
    profile, problems = load_profile(tmp_path, docs)
    assert problems == [] and profile.scope_text == "수집된 문서"
    assert profile.topics == ("해운대 해수욕장 개장", "광안리 불꽃축제")
    assert any("해운대 해수욕장 개장" in e for e in profile.examples)
    (tmp_path / "corpus.yaml").write_text("name: [broken", encoding="utf-8")
    profile, problems = load_profile(tmp_path, docs)
    assert problems and "corpus.yaml" in problems[0] and profile.topics  # a broken file never stops it
