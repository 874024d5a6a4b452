"""1 vs 2 read-only app replicas over one index folder, behind nginx, under the same load (issue 13).

    .venv/bin/python bench/replicas.py [--clients 8] [--seconds 60]     # ~5 min on 2 cores

One index is built (documents/, into a temporary folder); two ``app.py`` processes serve it
(same ``QA_INDEX_DIR``: they memory-map the same vector and token files). Debian's nginx
(``apt-get install nginx-light``) proxies to them, as in docs/scale.md, in two phases of one run:

1. upstream = replica A only;
2. upstream = replicas A and B (``nginx -s reload`` between the phases; B is up all along, idle
   in phase 1, so both phases see the same machine).

Each phase: ``--clients`` gradio_client users ask back to back for ``--seconds`` (bench/loadtest.py's
question pool, a short history every third question). A conversation must stay on one replica
(Gradio's queue and event ids live in the process), so the upstream is sticky per user:
``hash $http_x_qa_user consistent`` with each simulated user sending its own ``X-QA-User``
header; in production ``ip_hash`` does the same per client address (all these users share
127.0.0.1). Recorded per phase: answers/s, latency p50/p95, errors, how many answers each
replica served (from nginx's access log), and after the phase each replica's RSS, PSS (its
share of pages mapped by both) and USS (private), with the load average.

Writes bench/results/replicas.json.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from _common import machine, write_result  # noqa: E402
from loadtest import app_pid, ask_until, pct  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def load() -> float:
    return round(os.getloadavg()[0], 2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nginx_conf(base: Path, port: int, upstreams: list[int]) -> None:
    servers = "".join(f"  server 127.0.0.1:{p};\n" for p in upstreams)
    user = "user root;\n" if os.geteuid() == 0 else ""
    for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (base / d).mkdir(exist_ok=True)
    (base / "nginx.conf").write_text(
        f"{user}worker_processes 1;\ndaemon off;\npid {base}/nginx.pid;\nerror_log {base}/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n log_format up '$upstream_addr $request_uri $status';\n access_log {base}/access.log up;\n"
        f" client_body_temp_path {base}/body;\n proxy_temp_path {base}/proxy;\n fastcgi_temp_path {base}/fastcgi;\n"
        f" uwsgi_temp_path {base}/uwsgi;\n scgi_temp_path {base}/scgi;\n"
        f" upstream qa {{\n  hash $http_x_qa_user consistent;\n{servers} }}\n"
        f" server {{\n  listen 127.0.0.1:{port};\n  location / {{\n   proxy_pass http://qa;\n"
        "   proxy_http_version 1.1;\n   proxy_set_header Host $host;\n   proxy_set_header Connection \"\";\n"
        "   proxy_buffering off;\n   proxy_read_timeout 300s;\n  }\n }\n}\n")


def memory(pid: int) -> dict:
    import psutil

    m = psutil.Process(pid).memory_full_info()
    return {"rss_mb": round(m.rss / 2**20, 1), "pss_mb": round(m.pss / 2**20, 1), "uss_mb": round(m.uss / 2**20, 1),
            "shared_mb": round(m.shared / 2**20, 1)}


def crowd(url: str, clients: int, seconds: float) -> dict:
    from gradio_client import Client

    stop = threading.Event()
    lock = threading.Lock()
    lat, errors = [], []
    ready = threading.Barrier(clients + 1, timeout=600)

    def worker(i: int):
        try:
            c = Client(url, verbose=False, headers={"X-QA-User": f"user-{i}"})
        except Exception as e:  # noqa: BLE001 - counted, the phase goes on
            with lock:
                errors.append(repr(e)[:200])
            ready.wait()
            return
        ready.wait()
        ask_until(c, i, stop, lock, lat, errors)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    ready.wait()
    l0, t0 = load(), time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(120)
    elapsed = time.perf_counter() - t0
    return {"answers": len(lat), "errors": len(errors), "error_samples": errors[:3],
            "answers_per_s": round(len(lat) / elapsed, 2),
            "latency_ms": {"p50": round(1000 * pct(lat, 50), 1), "p95": round(1000 * pct(lat, 95), 1)},
            "loadavg_1m": [l0, load()], "seconds": round(elapsed, 1)}


def served_by(log: Path, ports: dict[int, str]) -> dict:
    counts = {name: 0 for name in ports.values()}
    for line in log.read_text().splitlines():
        m = re.match(r"127\.0\.0\.1:(\d+) (\S+) (\d+)", line)
        if m and "/queue/join" in m.group(2) and int(m.group(1)) in ports:
            counts[ports[int(m.group(1))]] += 1
    return counts


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=60)
    a = p.parse_args(argv)
    if not Path(NGINX).exists():
        sys.exit(f"nginx not found ({NGINX}): apt-get install nginx-light")
    from conftest_app import running_app

    tmp = Path(tempfile.mkdtemp(prefix="replicas-"))
    index = tmp / "index"
    out = {"command": "bench/replicas.py " + " ".join(sys.argv[1:] if argv is None else argv), "machine": machine(),
           "clients": a.clients, "seconds": a.seconds, "phases": {}}
    try:
        env = {"QA_DOCS_DIR": str(ROOT / "documents"), "QA_INDEX_DIR": str(index)}
        subprocess.run([sys.executable, "-m", "qa", "index", "--quiet"], cwd=ROOT, env={**os.environ, **env}, check=True,
                       capture_output=True)
        with ExitStack() as stack:
            urls = [stack.enter_context(running_app(env_extra={**env, "QA_FEEDBACK": str(tmp / f"fb{i}.jsonl")},
                                                    timeout=600)) for i in range(2)]
            pids = [app_pid(u) for u in urls]
            ports = {int(u.rstrip("/").rsplit(":", 1)[1]): name for u, name in zip(urls, "AB")}
            base = tmp / "nginx"
            base.mkdir()
            port = free_port()
            nginx_conf(base, port, [next(iter(ports))])
            proc = subprocess.Popen([NGINX, "-p", str(base), "-c", str(base / "nginx.conf")],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            stack.callback(lambda: (proc.terminate(), proc.wait(30)))
            deadline = time.time() + 60
            while time.time() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
            url = f"http://127.0.0.1:{port}/"
            out["idle_memory"] = {name: memory(pid) for name, pid in zip("AB", pids)}
            for phase, ups in (("1 replica", [next(iter(ports))]), ("2 replicas", list(ports))):
                nginx_conf(base, port, ups)
                subprocess.run([NGINX, "-p", str(base), "-c", str(base / "nginx.conf"), "-s", "reload"], check=True,
                               capture_output=True)
                time.sleep(2)
                (base / "access.log").write_text("")
                subprocess.run([NGINX, "-p", str(base), "-c", str(base / "nginx.conf"), "-s", "reopen"], check=True,
                               capture_output=True)
                time.sleep(1)
                crowd(url, a.clients, 5)  # warm-up: every client's first answers, not measured
                (base / "access.log").write_text("")
                res = crowd(url, a.clients, a.seconds)
                res["served_by"] = served_by(base / "access.log", ports)
                res["memory_after"] = {name: memory(pid) for name, pid in zip("AB", pids)}
                out["phases"][phase] = res
                print(phase, res, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    one, two = out["phases"]["1 replica"], out["phases"]["2 replicas"]
    out["throughput_ratio_2_over_1"] = round(two["answers_per_s"] / max(one["answers_per_s"], 1e-9), 2)
    write_result("replicas", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
