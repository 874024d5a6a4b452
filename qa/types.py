"""The small frozen records that travel between pipeline stages.

Every stage takes and returns these (or plain lists of them), so each stage can be
tested alone and nothing downstream depends on how an upstream stage is built.
Offsets are character offsets into ``Document.text``: a quote is always
``doc.text[start:end]``, which is what makes citations verbatim by construction.
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    text: str
    source: str | None = None
    author: str | None = None
    date: str | None = None  # ISO "YYYY-MM-DD" when the article states it; never guessed
    url: str | None = None  # only http(s) URLs survive loading
    path: str = ""
    sha256: str = ""  # of the file's bytes: what incremental re-indexing compares
    kind: str = ""  # what the file was read as: text, html, pdf, docx, hwpx, hwp ("" in older indexes)
    # PDF only: the offset in ``text`` where each page starts (page n starts at pages[n-1])
    pages: tuple[int, ...] = ()

    def __post_init__(self):
        if not isinstance(self.pages, tuple):  # a JSON list from documents.jsonl
            object.__setattr__(self, "pages", tuple(int(p) for p in self.pages or ()))

    def page_at(self, offset: int) -> int | None:
        """1-based page of the character at ``offset``; None for documents without pages."""
        return page_at(self.pages, offset)

    def meta(self) -> dict:
        d = asdict(self)
        d.pop("text")
        return d


def page_at(pages: tuple[int, ...], offset: int) -> int | None:
    """1-based page holding ``offset``, given each page's start offset; None without pages.

    An empty page starts where the next one does; the text there is the next page's, so
    the last page starting at or before ``offset`` is the one."""
    if not pages:
        return None
    return max(1, bisect.bisect_right(pages, offset))


def citation_page(doc: "Document", quote_start: int) -> int | None:
    """The page a citation's quote starts on (PDFs), for ``Citation(page=...)``."""
    return doc.page_at(quote_start)


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int  # position of the sentence inside its document
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    chunk_id: str  # "<doc_id>#<n>"
    doc_id: str
    index: int
    start: int
    end: int
    sent_start: int  # sentences [sent_start, sent_end) of the document
    sent_end: int
    text: str
    title: str = ""


class Hit(NamedTuple):
    """One retrieved passage; ``rank`` starts at 1."""

    chunk: Chunk
    score: float
    rank: int
    dense_rank: int | None = None
    lexical_rank: int | None = None


@dataclass(frozen=True)
class Citation:
    n: int
    doc_id: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    text: str  # the passage the quote comes from
    quote: str  # one sentence, a verbatim substring of the document
    quote_start: int  # offsets of the quote inside the document text
    quote_end: int
    score: float
    page: int | None = None  # 1-based page of the quote in a PDF; None for other formats

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    answered: bool
    citations: tuple[Citation, ...] = ()
    search_query: str = ""  # the question after follow-up resolution
    suggestions: tuple[str, ...] = ()  # topics offered when the articles do not cover it
    notes: tuple[str, ...] = field(default_factory=tuple)
    items: tuple[str, ...] = ()  # a list answer's items, in order (what "두 번째는?" picks from)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "answered": self.answered,
            "citations": [c.to_dict() for c in self.citations],
            "search_query": self.search_query,
            "suggestions": list(self.suggestions),
            "notes": list(self.notes),
            "items": list(self.items),
        }


@dataclass(frozen=True)
class Turn:
    """One earlier turn of a conversation, as follow-up resolution reads it: the question,
    the answer's text, whether it was answered, the sentences it quoted and, for a list
    answer, its items. Made from an ``Answer`` (``Turn.of``) rather than re-read from the
    rendered text, so "두 번째는?" picks the item the answer listed."""

    question: str
    answer: str = ""
    answered: bool = False
    quotes: tuple[str, ...] = ()
    items: tuple[str, ...] = ()

    @classmethod
    def of(cls, question: str, answer: "Answer") -> "Turn":
        return cls(question=question, answer=answer.answer, answered=bool(answer.answered),
                   quotes=tuple(c.quote for c in answer.citations), items=tuple(answer.items))
