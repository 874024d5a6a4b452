"""answer.lead_sentence: which sentence the answer leads with."""
from __future__ import annotations

from test_select import Rows, scored

from qa.answer import lead_sentence
from qa.params import Params
from qa.question import analyze


def test_a_person_asked_by_post_is_led_by_the_sentence_naming_the_post():
    # "가람해경 서장이 누구예요?": the best sentences name no one or a name read as someone's, and no 서장; the
    # one naming "(서장 하용근)" scores a little lower and leads
    q = analyze("가람해경 서장이 누구예요?")
    rows = Rows(["가람해경 관계자는 “구조대가 빠져도 순찰은 계속한다”고 말했다.",
                 "가람해경은 해변(대천, 춘장대, 무창포)에 모두 28명의 요원을 보냈다.",
                 "가람해양경찰서(서장 하용근)는 여름 두 달 동안 사고 없이 해변을 지켰다."])
    ranked = scored(rows, (0, 1.407, 0.85, 0.62, 0.41), (1, 1.402, 0.87, 0.62, 0.0), (2, 1.268, 0.86, 0.38, 1.0))
    # (as fitted: a person's name is not required of the sentence that meets the question)
    params = Params(lead_margin=0.3, value_margin=1.0, join_margin_cue=0.12,
                    value_required=("amount", "percent", "measure", "count", "unit", "age"))
    assert lead_sentence(q, ranked, params).gid == 2
    # … not beyond the margin: far below the best, the sentence naming someone leads as before
    far = scored(rows, (0, 1.407, 0.85, 0.62, 0.41), (1, 1.402, 0.87, 0.62, 0.0), (2, 0.9, 0.86, 0.38, 1.0))
    assert lead_sentence(q, far, params).gid == 1
