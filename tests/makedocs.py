"""Build test documents in each format with that format's own library (imported by tests).

Every function takes a title and paragraphs and returns the file's bytes:

* HTML: written by hand as a news site would, optionally with site furniture around the
  article (menus, share buttons, "많이 본 뉴스", related articles, copyright);
* PDF: reportlab with its built-in Korean CID font (no font file needed), on A4, with a
  page break after ``break_after`` paragraphs; ``wrap="cjk"`` breaks lines inside words
  as Korean typesetting does, ``"word"`` only at spaces;
* DOCX: python-docx; HWPX and HWP 5: python-hwpx (its HWP 5 output is read back to the
  same text by pyhwp, an independent reader, so it is a real HWP 5 file).

All article texts used with these are made up.
"""
from __future__ import annotations

import html as _html
import io


def make_html(title: str, paras: list[str], *, source: str | None = None, date: str | None = None,
              url: str | None = None, furniture: bool = True, style: str = "a") -> bytes:
    e = _html.escape
    head = [f"<title>{e(title)}{' - ' + e(source) if source else ''}</title>",
            f'<meta property="og:title" content="{e(title)}">']
    if source:
        head.append(f'<meta property="og:site_name" content="{e(source)}">')
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T09:30:00+09:00">')
    if url:
        head.append(f'<link rel="canonical" href="{e(url)}">')
    body = "".join(f"<p>{e(p)}</p>" for p in paras)
    if not furniture:
        page = f"<h1>{e(title)}</h1>{body}"
    elif style == "a":
        page = ('<header><nav><ul><li><a href="/">홈</a></li><li><a href="/p">정치</a></li><li><a href="/e">경제</a>'
                '</li><li><a href="/s">사회</a></li></ul></nav></header>'
                f'<article><h1>{e(title)}</h1><div class="byline">입력 {date or "2024.03.02"} 09:30 | 홍길동 기자</div>'
                '<div class="share"><button>기사퍼가기</button><button>카카오톡</button><button>페이스북</button></div>'
                f'{body}<p>홍길동 기자 hong@example.com</p><p>ⓒ {e(source or "가상일보")} 무단전재 및 재배포 금지</p></article>'
                '<aside><h3>많이 본 뉴스</h3><ol><li><a href="/1">서울 아파트값 또 올라</a></li>'
                '<li><a href="/2">주말 날씨 맑음</a></li><li><a href="/3">야구 개막전 매진</a></li></ol></aside>'
                '<div class="related"><h3>관련기사</h3><ul><li><a href="/4">항만 스마트화 착수</a></li></ul></div>'
                '<footer><p>대표전화 051-000-0000 | Copyright © 가상일보. All rights reserved.</p></footer>')
    else:
        page = ('<div id="gnb"><a href="/">전체기사</a> <a href="/l">지역</a> <a href="/o">오피니언</a></div>'
                f'<div id="article-view"><h2 class="headline">{e(title)}</h2>'
                '<ul class="info"><li>기자명 김철수</li><li>승인 2023.05.20 14:00</li></ul>'
                f'<div id="article-body">{body}</div>'
                '<div class="tag">#부산 #데이터</div></div>'
                '<div class="popular"><strong>인기기사</strong><a href="/9">연예인 결혼 발표</a><a href="/8">주가 급락</a></div>'
                '<div class="copyright">저작권자 © 가상신문 무단전재 및 재배포금지</div>')
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">{"".join(head)}</head>'
            f"<body>{page}</body></html>").encode("utf-8")


def make_pdf(title: str, paras: list[str], *, break_after: int | None = None, wrap: str = "word",
             running_header: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    kw = {"wordWrap": "CJK"} if wrap == "cjk" else {}
    body = ParagraphStyle("body", fontName="HYSMyeongJo-Medium", fontSize=11, leading=17, spaceAfter=6, **kw)
    head = ParagraphStyle("head", fontName="HYSMyeongJo-Medium", fontSize=16, leading=22, spaceAfter=12)
    e = _html.escape
    story = [Paragraph(e(title), head)]
    for i, p in enumerate(paras):
        if break_after is not None and i == break_after:
            story.append(PageBreak())
        story.append(Paragraph(e(p), body))

    def on_page(canvas, doc):
        canvas.setFont("HYSMyeongJo-Medium", 9)
        canvas.drawCentredString(A4[0] / 2, 20, f"- {doc.page} -")
        if running_header:
            canvas.drawString(72, A4[1] - 40, running_header)

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=title).build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def make_docx(title: str, paras: list[str], *, table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _hwpx_doc(title: str, paras: list[str]):
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    doc.paragraphs[0].text = title
    for p in paras:
        doc.add_paragraph(p)
    return doc


def make_hwpx(title: str, paras: list[str]) -> bytes:
    return _hwpx_doc(title, paras).to_bytes()


def make_hwp(title: str, paras: list[str]) -> bytes:
    return _hwpx_doc(title, paras).to_bytes(format="hwp")


def make_txt(title: str, paras: list[str]) -> bytes:
    return (title + "\n\n" + "\n\n".join(paras) + "\n").encode("utf-8")


MAKERS = {"html": make_html, "pdf": make_pdf, "docx": make_docx, "hwpx": make_hwpx, "hwp": make_hwp, "txt": make_txt}
SUFFIX = {"html": ".html", "pdf": ".pdf", "docx": ".docx", "hwpx": ".hwpx", "hwp": ".hwp", "txt": ".txt"}


def damage(raw: bytes) -> bytes:
    """A file cut off halfway, as an interrupted download leaves it."""
    return raw[: len(raw) // 2]
