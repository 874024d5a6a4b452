"""Score news sets in-process, as ../shared/eval/grade.py scores (answer_hit, direct_hit, false
declines, declines), with the code at $QA_ROOT (default: this project; a git worktree of another
commit to compare). Each set is indexed with its six articles and the project's documents/.

    NEWS_DIR=/path/to/sets .venv/bin/python bench/news_sets/score.py PREFIX 293 294 ...
    (NAME: a news set number; kqN: a KorQuAD split made by make.py into $NEWS_DIR/kq/kqN; dev)

Writes $NEWS_DIR/out/PREFIX-NAME.jsonl, one line per question (answer, hit, first, answered), and
prints each set's totals. The sets themselves stay outside the repository: their text is the outlets'."""
import hashlib, json, os, pathlib, re, shutil, sys
ROOT = os.environ.get("QA_ROOT", str(pathlib.Path(__file__).resolve().parents[2]))
sys.path.insert(0, ROOT)
from qa.config import Settings
from qa.engine import Engine, load_embedder
from qa.index import build_index

S = pathlib.Path(os.environ.get("NEWS_DIR", "news_sets_data"))
PROJECT = pathlib.Path(ROOT)
SHARED = PROJECT.parent / "shared"
norm = lambda s: re.sub(r"\s+", " ", s or "").strip().lower()
squash = lambda s: re.sub(r"\s+", "", s or "").lower()
contains = lambda h, n: norm(n) in norm(h) or squash(n) in squash(h)
tag = "idx-" + hashlib.sha1(ROOT.encode()).hexdigest()[:6]
emb = None

def setup(name):
    if name == "dev":
        return PROJECT / "documents", S / "dev" / tag, [json.loads(l) for l in open(SHARED / "eval" / "qa_dev.jsonl") if l.strip()]
    if name.startswith("kq"):
        d = S / "kq" / name
        return d / "docs", d / tag, [json.loads(l) for l in open(d / "questions.jsonl") if l.strip()]
    d = S / f"news{name}"
    docs = d / "docs_all"
    if not docs.exists():
        docs.mkdir()
        for p in (d / "documents").glob("*.md"):
            shutil.copy(p, docs / p.name)
        for p in PROJECT / "documents".iterdir():
            shutil.copy(p, docs / p.name)
    return docs, d / tag, [json.loads(l) for l in open(d / "qa.jsonl") if l.strip()]

def run(prefix, name):
    global emb
    docs, idx, qs = setup(name)
    st = Settings().with_overrides(docs_dir=docs, index_dir=idx)
    if emb is None:
        emb = load_embedder(st, progress=False)
    eng = Engine(st, embedder=emb, progress=False, log=lambda s: None)
    if eng.stale:
        build_index(st, emb, rebuild=True, progress=False, log=lambda s: None)
        eng = Engine(st, embedder=emb, progress=False, log=lambda s: None)
    out = []
    for q in qs:
        a = eng.ask(q["question"], q.get("history") or []).to_dict()
        text = a.get("answer") or ""; answered = a.get("answered", True)
        r = dict(id=q["id"], type=q["type"], question=q["question"], answered=answered, answer=text)
        if q["type"] != "unanswerable":
            r["hit"] = bool(answered is not False and len(text) <= 400 and all(any(contains(text, x) for x in g) for g in q["must"]))
            if q["type"] in ("number", "date", "person") or q.get("direct"):
                first = text.strip().split("\n", 1)[0] if text.strip() else ""
                r["first"] = bool(answered is not False and len(first) <= 100 and all(any(contains(first, x) for x in g) for g in q["must"]))
            cits = " \n ".join((c.get("text") or "") + " " + (c.get("quote") or "") for c in a.get("citations", []))
            r["cited"] = any(contains(cits, e) for e in q["evidence"])
        out.append(r)
    (S / "out").mkdir(parents=True, exist_ok=True)
    (S / "out" / f"{prefix}-{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    ans = [r for r in out if r["type"] != "unanswerable"]; un = [r for r in out if r["type"] == "unanswerable"]
    fl = [r for r in ans if "first" in r]
    print(f"{name}: hit {sum(r['hit'] for r in ans)}/{len(ans)} first {sum(r['first'] for r in fl)}/{len(fl)} "
          f"FA {sum(r['answered'] is False for r in ans)} declined {sum(r['answered'] is False for r in un)}/{len(un)}", flush=True)

if __name__ == "__main__":
    for n in sys.argv[2:]:
        run(sys.argv[1], n)
