"""A session-wide Engine over the real documents/ with the real default embedder.

The index is built into a temporary folder, so tests never touch the project's index/.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "qa_dev.jsonl"
DATA = Path(__file__).resolve().parent / "data"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def dev_questions() -> list[dict]:
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    return read_jsonl(DEV)


@pytest.fixture(scope="session")
def engine(tmp_path_factory):
    from qa.config import Settings
    from qa.engine import Engine

    settings = Settings().with_overrides(index_dir=tmp_path_factory.mktemp("index"), docs_dir=ROOT / "documents")
    return Engine(settings, progress=False, log=lambda s: None)
