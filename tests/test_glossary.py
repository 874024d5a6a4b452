"""qa.glossary: English questions become Korean search terms, off-topic ones do not."""
from qa.engine import ENGLISH_MIN_SHARE
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


def test_off_topic_english_with_a_few_domain_words_stays_below_the_cut():
    # "station" is no policy term (it once mapped to 소방서, and a route question was answered)
    for q in ("How do I get from Busan Station to Gimhae Airport?", "What is the weather like in Busan tomorrow?"):
        _, share = translate(q)
        assert share < ENGLISH_MIN_SHARE, q


def test_answerable_english_is_above_the_cut():
    ko, share = translate("In the logistics sector, what kind of center will Busan build to use demand data?")
    assert share >= ENGLISH_MIN_SHARE and "물류" in ko and "센터" in ko
