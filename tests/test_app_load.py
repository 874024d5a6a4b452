"""The app under load, and its exposure: concurrent conversations through `/ask`, memory
over many questions, loopback-only binding, and answering with the network cut off.

The load pieces are bench/loadtest.py's functions (the benchmark runs the same code at
full size: 20 x 20 and a 2,000-question soak). No timing is asserted here; throughput and
latency are recorded in tests/artifacts/loadtest-test.json.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest_app import ARTIFACTS, free_port, running_app

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import loadtest  # noqa: E402

pytestmark = pytest.mark.slow
QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"


@pytest.fixture(scope="module")
def app_env(tmp_path_factory):
    base = tmp_path_factory.mktemp("load")
    return {"QA_DOCS_DIR": str(ROOT / "documents"), "QA_INDEX_DIR": str(base / "index"),
            "QA_FEEDBACK": str(base / "feedback.jsonl")}


@pytest.fixture(scope="module")
def app_url(app_env):
    with running_app(env_extra=app_env, timeout=600) as url:  # builds the index on start
        yield url


def _record(name: str, data: dict) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "loadtest-test.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    old[name] = data
    path.write_text(json.dumps(old, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\n{name}: {json.dumps(data, ensure_ascii=False)}")


def test_20_concurrent_conversations_of_20_questions_match_a_single_user(app_url):
    plan = loadtest.scripts(users=20, questions=20)
    ref = loadtest.reference(app_url, plan)
    result = loadtest.concurrent(app_url, plan, ref)
    _record("concurrent", result)
    assert result["calls"] == 400
    assert result["errors"] == 0, result["error_samples"]
    assert result["mismatches"] == 0, result["mismatch_samples"]
    # the answers are real ones, not a string of refusals
    answered = [a for a in ref.values() if a["answered"]]
    assert len(answered) >= len(ref) // 2 and all(a["citations"] for a in answered)


def test_memory_stays_flat_over_hundreds_of_questions(app_url):
    loadtest.soak(app_url, 100)  # warm-up: caches, thread pools, allocator arenas
    result = loadtest.soak(app_url, 400)
    _record("soak", result)
    assert result["errors"] == 0, result["error_samples"]
    assert result["rss_growth_mb"] < 50, result["rss_trace"]


def test_app_listens_on_loopback_only_and_makes_no_share_link(app_url):
    pid = loadtest.app_pid(app_url)
    addrs = loadtest.listening_addresses(pid)
    assert addrs and all(ip in ("127.0.0.1", "::1") for ip, _ in addrs), addrs
    port = addrs[0][1]
    import psutil

    others = [a.address for addrs_ in psutil.net_if_addrs().values() for a in addrs_
              if a.family == socket.AF_INET and not a.address.startswith("127.")]
    for ip in others:  # the machine's other addresses do not reach the app
        with socket.socket() as s:
            s.settimeout(2)
            assert s.connect_ex((ip, port)) != 0, ip
    log = (ARTIFACTS / f"app-{port}.log").read_text(encoding="utf-8", errors="replace")
    assert f"* 부산 정책 Q&A: http://127.0.0.1:{port}/" in log  # the start-up line names the loopback URL
    assert "gradio.live" not in log and "Running on public URL" not in log


NET_DRIVER = textwrap.dedent("""
    import json, os, socket, subprocess, sys, time, urllib.request
    root, port = sys.argv[1], int(sys.argv[2])
    out = {}
    s = socket.socket(); s.settimeout(3)
    try:
        s.connect(("1.1.1.1", 443)); out["internet"] = True
    except OSError as e:
        out["internet"] = False
    finally:
        s.close()
    app = subprocess.Popen([sys.executable, os.path.join(root, "app.py"), "--port", str(port)], cwd=root,
                           stdout=open(sys.argv[3], "w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + 400
        while time.time() < deadline and app.poll() is None:
            try:
                urllib.request.urlopen(url, timeout=2); break
            except OSError:
                time.sleep(0.5)
        from gradio_client import Client
        res = Client(url, verbose=False).predict(sys.argv[4], [], api_name="/ask")
        out["answer"] = res["answer"]; out["answered"] = res["answered"]
    finally:
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
    print("RESULT " + json.dumps(out, ensure_ascii=False))
""")


def _can_unshare() -> bool:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    r = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True, timeout=30)
    return r.returncode == 0


def test_app_answers_with_the_network_cut_off(app_url, app_env, tmp_path):
    """In a network namespace with only loopback (when unshare is allowed) and with
    proxies pointing nowhere: start-up, model, index and answers are all local."""
    env = {**os.environ, **app_env, "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost", "HF_HUB_OFFLINE": "1"}
    isolated = _can_unshare()
    log = tmp_path / "app-offline.log"
    driver = [sys.executable, "-c", NET_DRIVER, str(ROOT), str(free_port()), str(log), QUESTION]
    cmd = (["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *driver] if isolated else driver)
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")]
    assert r.returncode == 0 and lines, (r.stderr[-3000:], log.read_text(errors="replace")[-3000:])
    out = json.loads(lines[-1][len("RESULT "):])
    _record("offline", {"network_namespace": isolated, **out})
    if isolated:
        assert out["internet"] is False, "the namespace should have no route out"
    assert out["answered"] and "6,699억" in out["answer"]
