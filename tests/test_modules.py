"""The library's modules as source: no module binds one top-level name twice.

A second ``_MEAN_WORDS = …`` further down ``qa/question.py`` silently replaced the first (round 43):
every use above it read the later set, and a rule meant for 평균 also took 최고 and 최대. Python
allows it and no test of behaviour points at the cause, so the source is read here."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rebound(source: str) -> list[str]:
    """The top-level names ``source`` binds more than once (a function, a class, or a name assigned
    or annotated at module level), in order of first binding."""
    names: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return [name for name, n in names.items() if n > 1]


def test_rebound_finds_a_name_bound_twice():
    source = '_WORDS = frozenset({"가"})\n\ndef f():\n    return _WORDS\n\n_WORDS = frozenset({"나"})\n'
    assert rebound(source) == ["_WORDS"]
    assert rebound("def f():\n    pass\n\ndef f():\n    pass\n") == ["f"]
    # (a name bound inside a function or a loop is no module constant)
    assert rebound("X = 1\n\ndef f():\n    X = 2\n    return X\n") == []


def test_no_module_binds_a_top_level_name_twice():
    modules = sorted((ROOT / "qa").glob("*.py")) + [ROOT / "app.py"]
    assert len(modules) > 20
    found = {p.name: names for p in modules if (names := rebound(p.read_text(encoding="utf-8")))}
    assert found == {}, f"rename one of each: {found}"
