"""Sentences packed into overlapping passages.

A passage is a run of whole sentences of at most ``max_chars`` characters (a single
longer sentence stands alone), and the next passage starts ``overlap`` sentences
before the previous one ended, so a fact told across a sentence boundary is whole in
at least one passage. A passage holds sentences of one article only, and its text is
always ``doc.text[start:end]``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .korean import split_sentences
from .types import Chunk, Document, Sentence


@dataclass(frozen=True)
class ChunkSettings:
    max_chars: int = 300
    overlap: int = 1  # sentences shared with the previous passage
    # Bumped whenever the packing rules change, so an index built by older rules is
    # rebuilt rather than reused chunk for chunk (index._compatible compares to_dict()).
    # 3: a title Kiwi leaves at the end of a sentence goes to the next (korean._mend_titles)
    # 4: a full stop between two nouns is a middle dot, no sentence end (korean._mend_dots)
    # 5: … only between bare nouns with a noun phrase going on after (not "개최.시민 누구나")
    version: int = 5

    def to_dict(self) -> dict:
        return asdict(self)


def sentences_of(doc: Document) -> list[Sentence]:
    return [Sentence(doc.doc_id, i, s.start, s.end, doc.text[s.start:s.end])
            for i, s in enumerate(split_sentences(doc.text))]


def pack(sents: list[Sentence], settings: ChunkSettings) -> list[tuple[int, int]]:
    """Sentence index ranges [a, b) of each passage (pure: easy to test)."""
    ranges: list[tuple[int, int]] = []
    n = len(sents)
    a = 0
    while a < n:
        b = a + 1
        while b < n and sents[b].end - sents[a].start <= settings.max_chars:
            b += 1
        ranges.append((a, b))
        if b >= n:
            break
        # step back for overlap, but always move forward by at least one sentence
        nxt = max(a + 1, b - settings.overlap)
        # The overlap is worth it only if the next passage reaches past this one; when
        # sentence b is too long to join, the step back would make the next passage a
        # subset of this one, a duplicate that takes a top-k slot. Start at b instead.
        if nxt < b and sents[b].end - sents[nxt].start > settings.max_chars:
            nxt = b
        a = nxt
    return ranges


def chunk_document(doc: Document, settings: ChunkSettings,
                   sents: list[Sentence] | None = None) -> list[Chunk]:
    sents = sents if sents is not None else sentences_of(doc)
    chunks = []
    for i, (a, b) in enumerate(pack(sents, settings)):
        start, end = sents[a].start, sents[b - 1].end
        chunks.append(Chunk(
            chunk_id=f"{doc.doc_id}#{i}", doc_id=doc.doc_id, index=i, start=start, end=end,
            sent_start=a, sent_end=b, text=doc.text[start:end], title=doc.title))
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What the embedder sees: the title gives a short passage its context."""
    return f"{chunk.title}\n{chunk.text}" if chunk.title else chunk.text
