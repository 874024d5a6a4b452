"""The few things the answer stage reads from an index, behind one small interface.

Sentence selection, abstention and layout see a ``SentenceStore``, not the whole ``Index``:
sentences by global id, their morphemes and vectors, the document they belong to, and
which sentences a retrieved passage holds. ``IndexStore`` adapts a loaded ``Index``; a test
can hand in any object with these methods.
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

import numpy as np

from .types import Chunk, Document, Sentence


class SentenceStore(Protocol):
    def __len__(self) -> int: ...
    def sentence(self, gid: int) -> Sentence: ...
    def tokens(self, gid: int) -> Sequence[str]: ...
    def vectors(self, gids: np.ndarray) -> np.ndarray: ...
    def doc_id(self, gid: int) -> str: ...
    def document(self, doc_id: str) -> Document: ...
    def sentence_ids(self, chunk: Chunk) -> range: ...
    def documents(self) -> Sequence[Document]: ...
    def first_sentence(self, doc_id: str) -> int: ...


class IndexStore:
    """A ``SentenceStore`` over a loaded ``qa.index.Index``."""

    def __init__(self, index):
        self.index = index

    def __len__(self) -> int:
        return len(self.index.sentences)

    def sentence(self, gid: int) -> Sentence:
        return self.index.sentences[gid]

    def tokens(self, gid: int) -> Sequence[str]:
        return self.index.sentence_tokens[gid]

    def vectors(self, gids: np.ndarray) -> np.ndarray:
        return self.index.sentence_vectors[gids]

    def doc_id(self, gid: int) -> str:
        return self.index.sentences.doc_id(gid)

    def document(self, doc_id: str) -> Document:
        return self.index.documents[doc_id]

    def sentence_ids(self, chunk: Chunk) -> range:
        return self.index.sentence_ids(chunk)

    def documents(self) -> Sequence[Document]:
        return list(self.index.documents.values())

    def first_sentence(self, doc_id: str) -> int:
        return self.index.doc_sentence_offset[doc_id]


def same_doc_range(store: SentenceStore, gid: int, before: int, after: int) -> list[int]:
    """Sentence ids from ``gid - before`` to ``gid + after`` that belong to ``gid``'s document."""
    doc = store.doc_id(gid)
    out = []
    for g in range(max(0, gid - before), min(len(store), gid + after + 1)):
        if store.doc_id(g) == doc:
            out.append(g)
    return out


def lead_paragraph(store: SentenceStore, doc_id: str, limit: int = 8) -> list[int]:
    """The sentences of an article's lead paragraph, where news names its subject once: the
    first paragraph, and the one after it when the first is a subheading standing alone (one
    line that ends no sentence: "졸음운전·차량 고장 집중" above "가람도로공사는 … 밝혔다")."""
    first = store.first_sentence(doc_id)
    out = paragraph_of(store, first, limit)
    nxt = out[-1] + 1
    if (len(out) == 1 and not _SENTENCE_END.search(store.sentence(first).text.strip())
            and nxt < len(store) and store.doc_id(nxt) == doc_id):
        out += paragraph_of(store, nxt, limit)
    elif (len(out) == 1 and nxt < len(store) and store.doc_id(nxt) == doc_id
          and _ANNOUNCED.search(store.sentence(nxt).text.strip())
          and not _OFFICIAL_SPEAKING.search(store.sentence(nxt).text)):
        # … or the sentence after a lead of one sentence, when that one is the announcement
        # ("김대중컨벤션센터가 제2센터를 개관하며 …" above "광주광역시는 11일 … 밝혔다"): the
        # body announcing is named there
        out.append(nxt)
    return out


# a sentence reporting an announcement, as news's first lines do ("…한다고 2일 밝혔다")
_ANNOUNCED = re.compile(r"(?:밝혔다|발표했다|전했다|알렸다)[.]?[\"'”’)\]]*$")
# … not an unnamed official speaking ("나래공사 관계자는 “…”고 전했다": any body's staff may be
# quoted; a lede announcing with its quote, "김민수 가람공사 사장은 “…”고 밝혔다", names its body)
_OFFICIAL_SPEAKING = re.compile(r"관계자")


# how a sentence ends, as news writes one (a subheading ends in a noun: "…고장 집중")
_SENTENCE_END = re.compile(r"(?:[.!?。]|다|요)[\"'”’)\]]*$")


def paragraph_of(store: SentenceStore, gid: int, limit: int = 40) -> list[int]:
    """The sentences of ``gid``'s paragraph (text between blank lines), at most ``limit`` each side."""
    doc = store.document(store.doc_id(gid))
    text = doc.text
    out = [gid]
    for step in (-1, 1):
        g = gid
        for _ in range(limit):
            n = g + step
            if n < 0 or n >= len(store) or store.doc_id(n) != doc.doc_id:
                break
            a, b = (store.sentence(n), store.sentence(g)) if step == -1 else (store.sentence(g), store.sentence(n))
            if "\n\n" in text[a.end:b.start]:
                break
            out.append(n)
            g = n
    return sorted(out)
