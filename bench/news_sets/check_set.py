"""Check one news set before it is used: python3 bench/news_sets/check_set.py NEWS_DIR/newsNNN

Six articles with front matter, 56 answerable questions whose evidence phrases and answer keys are
found in the articles, 32 unanswerable ones (checked by reading: no script can)."""
import json, re, sys, pathlib
root = pathlib.Path(sys.argv[1])
fold = lambda s: re.sub(r"\s+", " ", s).strip().lower()
docs = {}
for p in sorted((root / "documents").glob("*.md")):
    t = p.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n(.*)", t, re.S)
    assert m, f"{p.name}: no front matter"
    fm = m.group(1)
    for key in ("title:", "source:", "date:"):
        assert key in fm, f"{p.name}: front matter lacks {key}"
    docs[p.name] = fold(m.group(2))
print(len(docs), "articles")
assert len(docs) == 6, "need exactly 6 articles"
allt = " ".join(docs.values())
n_ans = n_un = 0; ids = set(); bad = 0
for i, line in enumerate((root / "qa.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    q = json.loads(line)
    assert q["id"] not in ids, f"duplicate id {q['id']}"; ids.add(q["id"])
    assert q.get("question"), f"line {i}: no question"
    if q["type"] == "unanswerable":
        n_un += 1
        continue
    n_ans += 1
    assert q["type"] in ("fact", "number", "date", "person", "list"), f"{q['id']}: bad type"
    ev = q.get("evidence") or []
    hits = [d for d, t in docs.items() if any(fold(e) in t for e in ev)]
    if not ev or not all(fold(e) in allt for e in ev):
        print(q["id"], "evidence not found verbatim:", [e for e in ev if fold(e) not in allt]); bad += 1
    for g in q.get("must") or []:
        if not any(fold(a) in allt for a in g):
            print(q["id"], "no alternative of must group found in any article:", g); bad += 1
    if not q.get("must"):
        print(q["id"], "no must"); bad += 1
print(n_ans, "answerable,", n_un, "unanswerable,", bad, "problems")
assert n_ans == 56 and n_un == 32, "need 56 answerable and 32 unanswerable"
assert bad == 0
print("OK")
