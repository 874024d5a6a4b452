"""The default embedder on ONNX Runtime: same vectors as sentence-transformers, a fraction of the cost.

Why: a fresh ``qa ask`` spent ~5 s importing torch, transformers and sentence-transformers
and ~1.5 s building their tokenizer, for one query; a warm query took ~19 ms on torch's
single thread. ONNX Runtime plus the ``tokenizers`` pipeline import in well under a
second, and one query runs in ~9 ms on one thread (bench/RESULTS.md, "Speed (issue 13)").

The ONNX graph is exported offline from the converted sentence-transformers folder
(convert.py) the first time it is needed, and cached next to it: BERT + mean pooling over
every token (``<s>``/``</s>`` included, as the converted model) + L2 normalisation, fp32.
Vectors agree with the torch path to cosine > 0.99999 (tests/test_onnxrt.py), so an index
built by either path serves the other and the manifest's model name stays the same.
The export itself needs torch (installed with the project anyway); serving does not.

``QA_EMBED_RUNTIME=onnx-int8`` is a *named* variant: the same graph with its MatMul weights
quantised to int8 (ONNX Runtime dynamic quantisation, per channel, 7-bit range), cached in its own folder
``<converted>.onnx-int8-v2`` with its own marker. Its vectors differ from fp32 (cosine ~0.996),
and they depend slightly on a text's batch-mates (activations are quantised per batch), so the
manifest records another model name (embed.DEFAULT_LABEL_INT8): an index built with
one variant is never searched with the other's query vectors (load_index refuses, build_index
rebuilds). Quality and speed against fp32: bench/RESULTS.md, "Speed (issue 13)".
"""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import threading

import numpy as np

# bump when the exported graph changes, so caches are rebuilt. 2: attention exported from the
# model's eager implementation (an additive mask) instead of torch's SDPA, whose export masks
# every layer's scores with Where/IsNaN: 11 % less CPU per text, same vectors (cosine 0.999999).
ONNX_FORMAT_VERSION = 2
# Cache folder: <converted folder name><suffix> next to it. The suffix names the format version
# (from 2 on): checkouts of different versions that share one cache folder would otherwise
# re-export over each other's graph on every start.
ONNX_SUFFIX = ".onnx-v2"
ONNX_MARKER = "onnx_source.json"  # written last: its presence means "complete"
PASSAGE_BATCH = 8  # texts a batch when a caller asks for a fixed count (and int8, see below)
# Bulk batches hold at most this many *padded tokens* (texts x the longest): one long passage
# alone, ~25 short sentences together. 512 took less CPU than 8 texts a batch (-12 %) and than
# 1,024-4,096 tokens (the attention scores of a large batch fall out of the cache);
# bench/RESULTS.md, "Speed (issue 13), round 3".
PASSAGE_TOKENS = 512
PASSAGE_MAX_TEXTS = 64  # a cap for very short texts, so one batch never grows unbounded

INT8 = "onnx-int8"
INT8_SUFFIX = ".onnx-int8-v2"  # named with the fp32 graph it is quantised from (see ONNX_SUFFIX)
# bump when the quantisation below changes: caches are rebuilt (and embed.DEFAULT_LABEL_INT8
# names the new vectors, so an index of the old ones is refused). 2: 7-bit weights, see below.
INT8_FORMAT_VERSION = 2
# Dynamic quantisation of the weight matrices only (activations are quantised per batch at run
# time, as uint8): the embedding table, LayerNorm and pooling stay fp32.
# Weights are signed and 7-bit (reduce_range). With 8-bit signed weights, ONNX Runtime's AVX2
# kernel multiplies u8 activations by s8 weights with VPMADDUBSW, whose pairwise sums saturate
# at 16 bits (255 x 127 x 2 > 32767); CPUs with VNNI use another instruction that does not. So
# the same model gave other vectors on a CPU without VNNI (AMD EPYC, AVX2 only: mean query
# cosine to fp32 0.9945, min 0.988) than where it was measured (mean 0.996). 7-bit weights
# cannot saturate (255 x 64 x 2 < 32767): mean 0.9958 / min 0.992 there, at the speed of the
# 8-bit kernel. Unsigned weights (u8 x u8) were as safe and closer (0.9965) but 20-30 % slower
# there (bench/RESULTS.md, "Speed (issue 13), round 4").
INT8_QUANT = {"op_types": ["MatMul"], "per_channel": True, "weight_type": "QInt8", "reduce_range": True}
INT8_PASSAGE_BATCH = 8  # 8 measured faster than 16 and 32 (bench/speed.py --only embedding)


def available() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def _source_stamp(src: pathlib.Path) -> dict:
    from .convert import MARKER_FILE

    try:
        source = json.loads((src / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        source = {}
    return {"format_version": ONNX_FORMAT_VERSION, "source_weights_sha256": source.get("weights_sha256"),
            "source_format_version": source.get("format_version")}


def _stamp(src: pathlib.Path, variant: str) -> dict:
    stamp = _source_stamp(src)
    if variant == INT8:
        stamp = {**stamp, "variant": INT8, "int8_format_version": INT8_FORMAT_VERSION, "quantization": INT8_QUANT}
    return stamp


def onnx_folder(src: pathlib.Path, variant: str = "onnx") -> pathlib.Path:
    return src.with_name(src.name + (INT8_SUFFIX if variant == INT8 else ONNX_SUFFIX))


def is_complete(folder: pathlib.Path, src: pathlib.Path, variant: str = "onnx") -> bool:
    try:
        stamp = json.loads((folder / ONNX_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (stamp == _stamp(src, variant) and (folder / "model.onnx").is_file()
            and (folder / "tokenizer.json").is_file())


def export_onnx(src: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    """Export the sentence-transformers folder ``src`` (BERT, mean pooling, normalise) to
    ``out/model.onnx``; written to a sibling temp folder and moved into place."""
    import torch
    from transformers import AutoModel

    from .convert import _replace_dir

    class Pooled(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(h.dtype)
            v = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(v, p=2, dim=1)

    tmp = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        # eager attention: see ONNX_FORMAT_VERSION (SDPA's export costs 11 % more CPU)
        model = Pooled(AutoModel.from_pretrained(str(src), attn_implementation="eager").eval()).eval()
        ids = torch.ones(2, 16, dtype=torch.long)
        with torch.no_grad():
            # The TorchScript exporter: the dynamo one needs onnxscript and gives the same graph here.
            torch.onnx.export(model, (ids, torch.ones_like(ids)), str(tmp / "model.onnx"),
                              input_names=["input_ids", "attention_mask"], output_names=["sentence_embedding"],
                              dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                            "attention_mask": {0: "batch", 1: "tokens"},
                                            "sentence_embedding": {0: "batch"}},
                              opset_version=17, dynamo=False)
        shutil.copy2(src / "tokenizer.json", tmp / "tokenizer.json")
        max_len = json.loads((src / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"]
        (tmp / "config.json").write_text(json.dumps({"max_seq_length": max_len}) + "\n", encoding="utf-8")
        (tmp / ONNX_MARKER).write_text(json.dumps(_source_stamp(src)) + "\n", encoding="utf-8")
        _replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def quantize_int8(fp32: pathlib.Path, src: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    """``fp32``'s graph with int8 weights into ``out`` (temp folder, moved into place)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from .convert import _replace_dir

    tmp = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        quantize_dynamic(str(fp32 / "model.onnx"), str(tmp / "model.onnx"), op_types_to_quantize=INT8_QUANT["op_types"],
                         per_channel=INT8_QUANT["per_channel"], reduce_range=INT8_QUANT["reduce_range"],
                         weight_type=getattr(QuantType, INT8_QUANT["weight_type"]))
        for name in ("tokenizer.json", "config.json"):
            shutil.copy2(fp32 / name, tmp / name)
        (tmp / ONNX_MARKER).write_text(json.dumps(_stamp(src, INT8)) + "\n", encoding="utf-8")
        _replace_dir(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def ensure_onnx_model(src: pathlib.Path, variant: str = "onnx") -> pathlib.Path:
    """The ONNX export of the converted folder ``src`` (``variant`` "onnx": fp32, or INT8),
    made on first use (~20 s for the export, a few more for the quantisation, once)."""
    src = pathlib.Path(src)
    out = onnx_folder(src)
    if not is_complete(out, src):
        export_onnx(src, out)
    if variant == INT8:
        fp32, out = out, onnx_folder(src, INT8)
        if not is_complete(out, src, INT8):
            quantize_int8(fp32, src, out)
    return out


def plan_batches(lengths, max_texts: int, max_tokens: int | None = None) -> list[np.ndarray]:
    """Indexes into ``lengths`` (token counts) grouped into batches, longest texts first.

    Batches of equal *token* counts (characters are a poor proxy across Hangul, digits and
    Latin): almost no padding is computed. Longest first, so a memory spike comes early. With
    ``max_tokens`` a batch holds as many texts as fit that many padded tokens (at least one, at
    most ``max_texts``); without it, ``max_texts`` each."""
    order = np.argsort([-int(n) for n in lengths], kind="stable")
    out, start = [], 0
    while start < len(order):
        size = max_texts
        if max_tokens is not None:  # order is longest first: the first text sets the width
            size = max(1, min(max_texts, max_tokens // max(1, int(lengths[order[start]]))))
        out.append(order[start:start + size])
        start += size
    return out


class OnnxEmbedder:
    """``Embedder``'s interface (``queries``, ``passages``, ``dim``, ``spec``) on ONNX Runtime.

    Queries run on a session of ``query_threads`` threads (one by default, see
    Settings.query_threads: spinning threads are slow on a busy machine). Bulk embedding (an
    index build) runs ``bulk_threads`` batches at once, each on one thread of the *one-thread*
    session: ``InferenceSession.run`` is thread-safe and lets go of the GIL, so the weights are
    held once. Independent single-thread runs took less CPU than one run on an intra-op pool
    (whose threads meet at every kernel, and wait when another process holds a core), and the
    same wall time when both cores were free (bench/RESULTS.md, "Speed (issue 13), round 3").
    Which thread runs a batch does not change its vectors: the batches are planned first.
    """

    def __init__(self, spec, folder: pathlib.Path, query_threads: int = 1, batch_size: int = PASSAGE_BATCH,
                 spin: bool = False, batch_tokens: int | None = PASSAGE_TOKENS, bulk_threads: int | None = None):
        from tokenizers import Tokenizer

        self.spin = spin
        self.spec = spec
        self.folder = pathlib.Path(folder)
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens  # None: ``batch_size`` texts a batch
        self.bulk_threads = bulk_threads or os.cpu_count() or 1
        self.query_threads = query_threads
        cfg = json.loads((self.folder / "config.json").read_text(encoding="utf-8"))
        self._tok = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        self._tok.enable_truncation(int(cfg["max_seq_length"]))
        self._sessions: dict[int, object] = {}
        self._lock = threading.Lock()
        self._session(query_threads)
        self.dim = int(self._run(self._session(query_threads), ["x"]).shape[1])

    def _session(self, threads: int):
        threads = max(1, int(threads))
        with self._lock:
            if threads not in self._sessions:
                import onnxruntime as ort

                so = ort.SessionOptions()
                so.intra_op_num_threads = threads
                so.inter_op_num_threads = 1
                so.log_severity_level = 3
                # Threads that sleep between kernels instead of spinning: on a machine other
                # processes share, spinning threads burn the time slices the work needs. Same
                # vectors; a build embedded 4.1x torch's texts/s instead of 2.7x with spinning, in
                # the same run (bench/speed.py --only embedding). One query runs on one thread,
                # so this only concerns builds.
                if not self.spin:
                    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
                self._sessions[threads] = ort.InferenceSession(str(self.folder / "model.onnx"), so,
                                                               providers=["CPUExecutionProvider"])
            return self._sessions[threads]

    def _run(self, session, texts: list[str]) -> np.ndarray:
        return self._run_encoded(session, self._tok.encode_batch(texts))

    @staticmethod
    def _run_encoded(session, enc: list) -> np.ndarray:
        width = max(len(e.ids) for e in enc)
        ids = np.ones((len(enc), width), np.int64)  # 1 = <pad>; masked out of attention and pooling
        mask = np.zeros((len(enc), width), np.int64)
        for i, e in enumerate(enc):
            ids[i, :len(e.ids)] = e.ids
            mask[i, :len(e.ids)] = 1
        return session.run(None, {"input_ids": ids, "attention_mask": mask})[0]

    def _encode(self, texts: list[str], prefix: str, threads: int, batch_size: int, progress: bool = False,
                workers: int = 1, batch_tokens: int | None = None) -> np.ndarray:
        """Vectors of ``prefix + text``; ``workers`` > 1 runs that many batches at once on the
        one-thread session (``threads`` is then ignored)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        session = self._session(1 if workers > 1 else threads)
        # A repeated text (a heading sentence on every page, a duplicated passage) is embedded
        # once: its fp32 vector does not depend on what else is in the batch (padding is masked;
        # int8 moves within its per-batch quantisation noise either way).
        full = [prefix + t for t in texts]
        unique = list(dict.fromkeys(full))
        where = {t: i for i, t in enumerate(unique)}
        enc = self._tok.encode_batch(unique)
        batches = plan_batches([len(e.ids) for e in enc], batch_size, batch_tokens)
        vecs = np.zeros((len(unique), self.dim), np.float32)
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(batches), desc="임베딩", unit="batch")
        try:
            self._run_batches(session, enc, batches, vecs, min(workers, len(batches)), bar)
        finally:
            if bar is not None:
                bar.close()
        if len(unique) == len(full):
            return vecs
        return np.ascontiguousarray(vecs[np.fromiter((where[t] for t in full), np.int64, len(full))])

    def _run_batches(self, session, enc: list, batches: list, vecs: np.ndarray, workers: int, bar) -> None:
        """Fill ``vecs[batch]`` for every batch, ``workers`` at a time, in the planned order
        (long batches first, so the last ones to finish are short); the first error stops the
        others and is raised."""
        lock = threading.Lock()
        todo = iter(batches)
        failed: list[BaseException] = []

        def work() -> None:
            while True:
                with lock:
                    sel = None if failed else next(todo, None)
                if sel is None:
                    return
                try:
                    vecs[sel] = self._run_encoded(session, [enc[i] for i in sel])
                except BaseException as e:  # noqa: BLE001 - handed to the caller below
                    with lock:
                        failed.append(e)
                    return
                if bar is not None:
                    with lock:
                        bar.update(1)

        if workers <= 1:
            work()
        else:
            pool = [threading.Thread(target=work, name=f"onnx-embed-{k}", daemon=True) for k in range(workers)]
            for t in pool:
                t.start()
            for t in pool:
                t.join()
        if failed:
            raise failed[0]

    def queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.spec.query_prefix, self.query_threads, self.batch_size)

    def passages(self, texts: list[str], progress: bool = False, batch_size: int | None = None) -> np.ndarray:
        """Bulk vectors: batches of ``batch_tokens`` padded tokens (``batch_size`` texts when a
        caller names it), ``bulk_threads`` batches at once."""
        if batch_size:
            size, tokens = batch_size, None
        elif self.batch_tokens:
            size, tokens = PASSAGE_MAX_TEXTS, self.batch_tokens
        else:
            size, tokens = self.batch_size, None
        return self._encode(texts, self.spec.passage_prefix, 1, size, progress,
                            workers=self.bulk_threads, batch_tokens=tokens)
