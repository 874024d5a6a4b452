"""qa.glossary: English questions become Korean search terms, off-topic ones do not."""
from qa.glossary import translate


def test_domain_question_maps_to_korean_terms():
    ko, share = translate("What is the total budget of Busan's digital industry plan?")
    assert share >= 0.8
    for word in ("총", "사업비", "부산", "디지털", "산업", "계획", "무엇"):
        assert word in ko


def test_question_words_and_numbers():
    ko, _ = translate("How many people will the four academies train?")
    assert "몇" in ko and "4" in ko and "양성" in ko


def test_off_topic_english_is_mostly_unknown():
    for q in ("Recommend a good restaurant in Haeundae", "What is the subway fare in Seoul?",
              "Who won the World Cup in 2022?"):
        _, share = translate(q)
        assert share < 0.5, q
