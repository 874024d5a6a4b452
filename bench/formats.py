"""The held-out format check: the five articles as PDF (2 pages), DOCX, HWPX, HTML and TXT,
each set indexed alone as it is and graded on the dev questions (../shared/eval).

    PYTHONPATH=. .venv/bin/python bench/formats.py [WORK_DIR]

Measured when the readers landed: every format scored as the .md files do (recall@5 1.0,
answer_hit 1.0, direct_hit 0.692, cited 1.0, abstain 1.0).
"""
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "tests")
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
from makedocs import MAKERS, SUFFIX, make_pdf, make_html
from qa.load import load_documents
docs, _ = load_documents(Path("documents"))
root = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/qa-formats")
for fmt in ("pdf", "docx", "hwpx", "html", "txt"):
    d = root / fmt / "docs"; d.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        paras = [p for p in doc.text.split("\n") if p.strip()]
        if fmt == "pdf":
            raw = make_pdf(doc.title, paras, break_after=len(paras) // 2)
        elif fmt == "html":
            raw = make_html(doc.title, paras, furniture=False)
        else:
            raw = MAKERS[fmt](doc.title, paras)
        (d / (doc.doc_id + SUFFIX[fmt])).write_bytes(raw)
    env = {**os.environ, "QA_DOCS_DIR": str(d), "QA_INDEX_DIR": str(root / fmt / "index")}
    subprocess.run([".venv/bin/python", "-m", "qa", "index", "--quiet"], env=env, capture_output=True)
    out = subprocess.run([".venv/bin/python", str(EVAL / "grade.py"), str(EVAL / "qa_dev.jsonl"), "--project", ".",
                          "--python", ".venv/bin/python"], env=env, capture_output=True, text=True)
    print(fmt, out.stdout.strip().splitlines()[-1], flush=True)
