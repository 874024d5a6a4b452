"""bench/lead_ranker.py: the ranker learns which candidate states the value, and is scored by it."""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from lead_ranker import fit_ranker, ranked_hits  # noqa: E402


def _question(right: int, n: int = 3, rng=np.random.default_rng(0)):
    # candidates of one question: the second feature marks the one stating the value, the first is noise
    return [(np.array([rng.normal(), 1.0 if i == right else 0.0]), i == right, i == 0) for i in range(n)]


def test_the_ranker_learns_the_feature_that_marks_the_right_candidate():
    train = [_question(i % 3) for i in range(60)]
    model = fit_ranker(train, steps=200)
    held = [(_question(i % 3), None) for i in range(30)]
    assert ranked_hits(held, model) == 30
    # the rule's own first line counts as it is when there was nothing to choose among
    assert ranked_hits([(None, True), (None, False)], model) == 1
