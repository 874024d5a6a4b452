"""Embedding for `qa index --ray [ADDRESS]`: a pool of Ray actors spreads the texts over workers.

Only the embedding moves: reading, chunking, tokenizing and writing stay in the
``qa index`` process, which writes the same index folder as a single-process build
(tests/test_ray.py: same passages, vectors within 1e-5). The actors are started once per
``RayEmbedder`` and load the embedder once each; every step of a build (a few thousand
passages) is handed to the same actors. (Ray Data's ``map_batches`` starts its actors anew
for each dataset, i.e. each step, and each loaded the model again: seconds per step.)
Results come back in submission order (``ActorPool.map``), so the order never depends on
which worker finished first.

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
    """One Ray actor: the project's embedder with ``threads`` threads, loaded once."""

    def __init__(self, settings: Settings, threads: int):
        import torch

        from .embed import get_embedder

        torch.set_num_threads(max(1, threads))
        self.embedder = get_embedder(settings, progress=False)
        if hasattr(self.embedder, "bulk_threads"):  # ONNX: batches at once, not torch's threads
            self.embedder.bulk_threads = max(1, threads)
        self.pid, self.calls = os.getpid(), 0

    def ready(self) -> dict:
        return {"pid": self.pid, "calls": self.calls}

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return self.embedder.passages(texts)


class RayEmbedder:
    """Drop-in for ``Embedder`` in ``build_index``: ``spec``, ``dim`` and ``passages``."""

    # A build hands over this many passages per step; the actors stay up between steps, so
    # a step only costs its batches' round trips.
    stream_texts = 32_768

    def __init__(self, settings: Settings, address: str | None = None, workers: int | None = None,
                 log=lambda s: None):
        try:
            import ray
            from ray.util import ActorPool
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
        actor = ray.remote(num_cpus=self.threads)(_Encode)
        self._actors = [actor.remote(self.settings, self.threads) for _ in range(self.workers)]
        # every model loaded before the first step: a broken worker fails here, with its error
        self.actor_pids = [r["pid"] for r in self.actor_stats()]
        self._pool = ActorPool(self._actors)
        log(f"Ray: 작업자 {self.workers}개, 작업자마다 스레드 {self.threads}개 ({ray.get_runtime_context().gcs_address})")

    def actor_stats(self) -> list[dict]:
        """Each actor's process id and how many batches it embedded (tests, benchmarks)."""
        import ray

        return ray.get([a.ready.remote() for a in self._actors])

    def passages(self, texts: list[str], progress: bool = False, batch_size: int | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        size = batch_size or RAY_BATCH
        batches = [texts[s:s + size] for s in range(0, len(texts), size)]
        parts = self._pool.map(lambda a, b: a.embed.remote(b), batches)
        if progress:
            from tqdm.auto import tqdm

            parts = tqdm(parts, total=len(batches), desc="임베딩 (Ray)", unit="batch")
        vecs = np.concatenate([np.asarray(p, np.float32) for p in parts])
        if vecs.shape != (len(texts), self.dim):
            raise RuntimeError(f"Ray가 {len(texts)}개 텍스트에 {vecs.shape[0]}개 임베딩을 돌려주었습니다. 다시 실행하세요.")
        return vecs

    def close(self) -> None:
        """Stop the actors (a local Ray ends with the process anyway; a cluster keeps running)."""
        import ray

        for a in self._actors:
            ray.kill(a)
        self._actors = []
