"""The code holds no collection's vocabulary, and the whole pipeline runs on a corpus nobody
tuned for: a KorQuAD split (Korean Wikipedia) with no corpus.yaml."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KORQUAD = ROOT.parent / "shared" / "eval" / "korquad"


def _code_strings(path: Path) -> list[str]:
    """Every string constant of a module except docstrings (examples in prose are fine)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_code_holds_no_proper_noun_of_the_shipped_articles(curated):
    from qa.korean import pos

    names = set()
    for _path, _meta, body in curated:
        names |= {t.form for t in pos(body) if t.tag == "NNP" and len(t.form) >= 2}
    assert len(names) > 20  # the articles are full of them: 부산, 명지, 박형준, 에코델타 …
    # the web's own furniture, which the cleaner must know whatever the collection
    names -= {"네이버", "카카오", "다음", "구글", "유튜브"}
    # and the alphabet: the Hangul names of the Latin letters (케이 is K, as in "케이(K)-콘텐츠")
    from qa.question import _LETTER_NAMES
    names -= set(_LETTER_NAMES)
    found = {}
    for path in sorted((ROOT / "qa").glob("*.py")) + [ROOT / "app.py"]:
        for s in _code_strings(path):
            hits = {n for n in names if n in s}
            if hits:
                found.setdefault(path.name, set()).update(hits)
    assert not found, f"the articles' names are written into the code: {found}"


@pytest.mark.slow
def test_pipeline_on_a_korquad_split_with_no_corpus_file(tmp_path):
    if not (KORQUAD / "KorQuAD_v1.0_dev.json").exists():
        pytest.skip(f"KorQuAD dev set not found in {KORQUAD}")
    subprocess.run([sys.executable, str(KORQUAD / "make.py"), str(KORQUAD / "KorQuAD_v1.0_dev.json"), str(tmp_path / "kq"),
                    "--articles", "4", "--answerable", "30", "--unanswerable", "15", "--seed", "3"],
                   check=True, capture_output=True)
    from qa.config import Settings
    from qa.engine import Engine
    from qa.metrics import answer_hit

    docs = tmp_path / "kq" / "docs"
    assert not (docs / "corpus.yaml").exists()
    engine = Engine(Settings().with_overrides(docs_dir=docs, index_dir=tmp_path / "index"), progress=False,
                    log=lambda s: None)
    assert engine.profile.scope_text == "수집된 문서" and len(engine.profile.topics) >= 3
    qs = [json.loads(line) for line in open(tmp_path / "kq" / "questions.jsonl", encoding="utf-8")]
    hits = declined = 0
    for q in qs:
        a = engine.ask(q["question"])
        for c in a.citations:
            assert engine.index.documents[c.doc_id].text[c.quote_start:c.quote_end] == c.quote
        if q["type"] == "unanswerable":
            declined += not a.answered
            if not a.answered:
                assert "수집된 문서" in a.answer and "부산" not in a.answer  # no other collection's words
        else:
            hits += a.answered and answer_hit(a.answer, q["must"])
    answerable = sum(1 for q in qs if q["type"] != "unanswerable")
    assert hits / answerable >= 0.6, hits
    assert declined / (len(qs) - answerable) >= 0.6, declined
