"""Embedding for `qa index --ray [ADDRESS]`: Ray Data spreads the texts over worker actors.

Only the embedding moves: reading, chunking, tokenizing and writing stay in the
``qa index`` process, which writes the same index folder as a single-process build
(tests/test_ray.py: same passages, vectors within 1e-5). Each actor loads the embedder
once with the same settings and returns its rows with their positions, so the order of
the result never depends on which worker finished first.

Optional: ``pip install '.[scale]'`` (ray[data]). ``ADDRESS`` is a running cluster
(``ray://head:10001`` or ``head:6379``); without it a local Ray is started with one
worker per ``--ray-workers`` (default: the cores). The ``qa`` package travels to the
workers through Ray's ``py_modules``; each node needs the project's dependencies
(``pip install .`` there) — see docs/scale.md.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .config import Settings

FIX_INSTALL = ".venv/bin/python -m pip install '.[scale]'"
RAY_BATCH = 256  # texts per actor call: large enough to amortise Ray's per-batch cost


class _Encode:
    """One Ray actor: the project's embedder with ``threads`` torch threads."""

    def __init__(self, settings: Settings, threads: int):
        import torch

        from .embed import get_embedder

        torch.set_num_threads(max(1, threads))
        self.embedder = get_embedder(settings, progress=False)

    def __call__(self, batch: dict) -> dict:
        texts = [str(t) for t in batch["text"]]
        vecs = self.embedder.passages(texts)
        return {"i": np.asarray(batch["i"], dtype=np.int64), "vec": vecs}


class RayEmbedder:
    """Drop-in for ``Embedder`` in ``build_index``: ``spec``, ``dim`` and ``passages``."""

    # A build hands over this many passages per step; each step is one Ray Data job, so
    # steps are larger than a single process's (its start costs ~1 s).
    stream_texts = 32_768

    def __init__(self, settings: Settings, address: str | None = None, workers: int | None = None,
                 log=lambda s: None):
        try:
            import ray
        except ImportError as e:
            raise RuntimeError(f"--ray는 Ray가 필요합니다. 설치하세요: {FIX_INSTALL}") from e
        from .embed import get_embedder

        self.settings = settings
        local = get_embedder(settings, progress=False)  # the spec and dimension the manifest records
        self.spec, self.dim = local.spec, local.dim
        self.workers = workers
        import qa

        runtime_env = {"py_modules": [str(Path(qa.__file__).resolve().parent)],
                       "env_vars": {"TOKENIZERS_PARALLELISM": "false", "HF_HUB_OFFLINE": os.environ.get("HF_HUB_OFFLINE", "1")}}
        if not ray.is_initialized():
            if address and address != "local":
                ray.init(address=address, runtime_env=runtime_env, log_to_driver=False)
            else:
                ray.init(num_cpus=workers or os.cpu_count(), runtime_env=runtime_env, include_dashboard=False,
                         log_to_driver=False)
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.workers = workers or max(1, cpus)
        self.threads = max(1, cpus // self.workers)
        log(f"Ray: 작업자 {self.workers}개, 작업자마다 스레드 {self.threads}개 ({ray.get_runtime_context().gcs_address})")

    def passages(self, texts: list[str], progress: bool = False, batch_size: int | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = bool(progress)
        items = [{"i": i, "text": t} for i, t in enumerate(texts)]
        ds = ray.data.from_items(items, override_num_blocks=max(1, min(len(texts) // RAY_BATCH, 4 * self.workers)))
        out = ds.map_batches(_Encode, fn_constructor_kwargs={"settings": self.settings, "threads": self.threads},
                             batch_size=batch_size or RAY_BATCH, concurrency=self.workers, num_cpus=self.threads,
                             batch_format="numpy")
        vecs = np.zeros((len(texts), self.dim), np.float32)
        seen = np.zeros(len(texts), bool)
        for batch in out.iter_batches(batch_format="numpy", batch_size=None):
            idx = np.asarray(batch["i"], dtype=np.int64)
            vecs[idx] = np.stack(batch["vec"]) if batch["vec"].dtype == object else batch["vec"]
            seen[idx] = True
        if not seen.all():
            raise RuntimeError(f"Ray가 {int((~seen).sum())}개 텍스트의 임베딩을 돌려주지 않았습니다. 다시 실행하세요.")
        return vecs
