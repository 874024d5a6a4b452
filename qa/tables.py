"""The index's records as columns: passages, sentences and their morphemes.

A loaded index used to hold one Python object per passage and per sentence, each with
its own copy of the text, and a list of token strings per sentence. At a million
passages that is ~1.2 GB of passages, ~1.1 GB of sentences and several GB of token
strings (bench/app_scale.py). Here a passage is five int32 columns and a sentence
three, and their text is cut from ``Document.text`` when asked for: the same
``doc.text[start:end]`` a citation quotes, so nothing is stored twice. Tokens are
int32 ids into one vocabulary.

Each table is a read-only ``Sequence`` of the same frozen records as before
(``Chunk``, ``Sentence``, ``list[str]``), so callers index and iterate as they did.
"""
from __future__ import annotations

import os
import struct
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import overload

import numpy as np

from .types import Chunk, Document, Sentence


class _Table(Sequence):
    def __len__(self) -> int:  # pragma: no cover - each table defines it
        raise NotImplementedError

    def _one(self, i: int):  # pragma: no cover
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int): ...

    @overload
    def __getitem__(self, i: slice) -> list: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._one(j) for j in range(*i.indices(len(self)))]
        i = int(i)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"row {i} out of range 0..{n - 1}")
        return self._one(i)

    def __eq__(self, other) -> bool:
        # Tables compare like the lists they replace (tests compare against lists).
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # mutable-looking sequence semantics, as list


class ChunkTable(_Table):
    """Passages: ``(doc, index, start, end, sent_start, sent_end)`` per row."""

    COLUMNS = ("index", "start", "end", "sent_start", "sent_end")

    def __init__(self, documents: Sequence[Document], doc: np.ndarray, cols: np.ndarray):
        self.documents = list(documents)
        self.doc = np.asarray(doc, dtype=np.int32)
        self.cols = np.asarray(cols, dtype=np.int32).reshape(-1, len(self.COLUMNS))
        if len(self.doc) != len(self.cols):
            raise ValueError("doc and cols differ in length")

    @classmethod
    def from_chunks(cls, documents: Sequence[Document], chunks: Iterable[Chunk | dict]) -> "ChunkTable":
        """Rows from records, each checked against its document: a passage's text must be
        ``doc.text[start:end]``, its title the document's, its id ``<doc_id>#<index>``."""
        position = {d.doc_id: i for i, d in enumerate(documents)}
        doc_col, cols = array("i"), array("i")  # compact while streaming a large chunks.jsonl
        for c in chunks:
            c = c if isinstance(c, Chunk) else Chunk(**c)
            if c.doc_id not in position:
                raise ValueError(f"passage {c.chunk_id} belongs to an unknown document")
            d = documents[position[c.doc_id]]
            if (d.text[c.start:c.end] != c.text or c.chunk_id != f"{c.doc_id}#{c.index}"
                    or c.title != d.title):
                raise ValueError(f"passage {c.chunk_id} does not match its document's text")
            doc_col.append(position[c.doc_id])
            cols.extend((c.index, c.start, c.end, c.sent_start, c.sent_end))
        return cls(documents, np.array(doc_col, np.int32), np.array(cols, np.int32).reshape(-1, 5))

    def __len__(self) -> int:
        return len(self.doc)

    def _one(self, i: int) -> Chunk:
        d = self.documents[self.doc[i]]
        index, start, end, s0, s1 = (int(x) for x in self.cols[i])
        return Chunk(chunk_id=f"{d.doc_id}#{index}", doc_id=d.doc_id, index=index, start=start, end=end,
                     sent_start=s0, sent_end=s1, text=d.text[start:end], title=d.title)

    def rows_of(self, doc_id: str) -> np.ndarray:
        """Row numbers of one document's passages, in order."""
        return self.rows_by_document().get(doc_id, np.zeros(0, np.int64))

    def rows_by_document(self) -> dict[str, np.ndarray]:
        """Every document's passage rows, in one pass: asking row by row per document
        would scan the whole column once per document (1e11 steps at 1e6 passages)."""
        order = np.argsort(self.doc, kind="stable")
        docs, starts = np.unique(self.doc[order], return_index=True)
        groups = np.split(order.astype(np.int64), starts[1:])
        return {self.documents[d].doc_id: g for d, g in zip(docs.tolist(), groups)}


class SentenceTable(_Table):
    """Sentences: ``(doc, index, start, end)`` per row."""

    def __init__(self, documents: Sequence[Document], doc: np.ndarray, cols: np.ndarray):
        self.documents = list(documents)
        self.doc = np.asarray(doc, dtype=np.int32)
        self.cols = np.asarray(cols, dtype=np.int32).reshape(-1, 3)
        if len(self.doc) != len(self.cols):
            raise ValueError("doc and cols differ in length")

    @classmethod
    def from_sentences(cls, documents: Sequence[Document],
                       sentences: Iterable[Sentence | dict]) -> "SentenceTable":
        position = {d.doc_id: i for i, d in enumerate(documents)}
        doc_col, cols = array("i"), array("i")
        for s in sentences:
            s = s if isinstance(s, Sentence) else Sentence(**s)
            if s.doc_id not in position or documents[position[s.doc_id]].text[s.start:s.end] != s.text:
                raise ValueError(f"sentence {s.doc_id}:{s.index} does not match its document's text")
            doc_col.append(position[s.doc_id])
            cols.extend((s.index, s.start, s.end))
        return cls(documents, np.array(doc_col, np.int32), np.array(cols, np.int32).reshape(-1, 3))

    def __len__(self) -> int:
        return len(self.doc)

    def _one(self, i: int) -> Sentence:
        d = self.documents[self.doc[i]]
        index, start, end = (int(x) for x in self.cols[i])
        return Sentence(d.doc_id, index, start, end, d.text[start:end])

    def doc_id(self, i: int) -> str:
        """The document of row ``i`` without building the record."""
        return self.documents[self.doc[i]].doc_id


class TokenTable(_Table):
    """Token lists as int32 ids into ``vocab``, rows delimited by ``offsets``."""

    def __init__(self, vocab: Sequence[str], ids: np.ndarray, offsets: np.ndarray, df: np.ndarray | None = None):
        self.vocab = vocab if isinstance(vocab, list) else list(vocab)
        self.ids = np.asarray(ids, dtype=np.int32)
        self.offsets = np.asarray(offsets, dtype=np.int64)
        if len(self.offsets) == 0 or self.offsets[0] != 0 or self.offsets[-1] != len(self.ids):
            raise ValueError("offsets must run from 0 to len(ids)")
        # Document frequencies counted when the index was written: counting them again
        # at load reads every token id (tens of millions at 1e6 passages).
        self._df = None if df is None else np.asarray(df, dtype=np.int64)
        if self._df is not None and len(self._df) != len(self.vocab):
            raise ValueError("df must have one count per vocabulary entry")

    @classmethod
    def from_lists(cls, rows: Iterable[Sequence[str]]) -> "TokenTable":
        builder = TokenTableBuilder()
        for row in rows:
            builder.add(row)
        return builder.build()

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def _one(self, i: int) -> list[str]:
        vocab = self.vocab
        return [vocab[t] for t in self.ids[self.offsets[i]:self.offsets[i + 1]].tolist()]

    def document_frequency(self) -> dict[str, int]:
        """In how many rows each token occurs, computed over the arrays (no per-row lists)."""
        counts = self.document_frequency_array()
        return {self.vocab[t]: int(c) for t, c in enumerate(counts.tolist()) if c}

    def document_frequency_array(self) -> np.ndarray:
        """Per vocabulary id, in how many rows it occurs (int64)."""
        if self._df is not None:
            return self._df
        v = len(self.vocab)
        counts = np.zeros(v, np.int64)
        if not len(self.ids):
            return counts
        lengths = np.diff(self.offsets)
        # Blocks of rows keep the temporary (row, token) pairs small: one np.unique over
        # 55M pairs (1e6 passages) would briefly need ~1.3 GB.
        step = 1 << 18
        for a in range(0, len(lengths), step):
            b = min(a + step, len(lengths))
            rows = np.repeat(np.arange(a, b, dtype=np.int64), lengths[a:b])
            # A (row, token) pair counted once: duplicates inside a row do not raise df.
            pairs = np.unique(rows * v + self.ids[self.offsets[a]:self.offsets[b]])
            counts += np.bincount(pairs % v, minlength=v)
        return counts


class TokenTableBuilder:
    """Appends token lists one at a time (streaming a large sentences.jsonl)."""

    def __init__(self):
        self._vocab: dict[str, int] = {}
        # array('i') grows in place: a list of small numpy arrays costs ~100 B a row more.
        self._ids = array("i")
        self._lengths = array("q")

    def add(self, tokens: Sequence[str]) -> None:
        vocab = self._vocab
        self._ids.extend(vocab.setdefault(t, len(vocab)) for t in tokens)
        self._lengths.append(len(tokens))

    def build(self) -> TokenTable:
        ids = np.frombuffer(self._ids, dtype=np.int32).copy() if len(self._ids) else np.zeros(0, np.int32)
        offsets = np.zeros(len(self._lengths) + 1, np.int64)
        np.cumsum(np.frombuffer(self._lengths, dtype=np.int64), out=offsets[1:])
        return TokenTable(list(self._vocab), ids, offsets)


# --- binary columns on disk ------------------------------------------------------------

class NpyAppender:
    """Rows appended to a ``.npy`` file whose length is not known in advance.

    The header is written with room to spare and rewritten with the final shape on
    ``close``, so a build streams vectors to disk instead of holding them all (4 GB of
    float32 at 1e6 passages); the result is an ordinary ``.npy`` that ``np.load`` maps.
    """

    HEADER_BYTES = 128  # magic, version, length, then the header dict padded with spaces

    def __init__(self, path: Path, dtype, row_shape: tuple[int, ...] = ()):
        self.path = Path(path)
        self.dtype = np.dtype(dtype)
        self.row_shape = tuple(int(x) for x in row_shape)
        self.rows = 0
        self._f = open(self.path, "wb")
        self._f.write(self._header(0))

    def _header(self, rows: int) -> bytes:
        d = {"descr": np.lib.format.dtype_to_descr(self.dtype), "fortran_order": False,
             "shape": (rows, *self.row_shape)}
        body = repr(d).encode("latin1")
        room = self.HEADER_BYTES - 10
        if len(body) + 1 > room:
            raise ValueError(f"npy header too long for {self.path}")
        return b"\x93NUMPY\x01\x00" + struct.pack("<H", room) + body + b" " * (room - len(body) - 1) + b"\n"

    def append(self, rows) -> None:
        a = np.ascontiguousarray(rows, dtype=self.dtype)
        a = a.reshape((-1, *self.row_shape))
        if len(a):
            self._f.write(memoryview(a).cast("B"))
            self.rows += len(a)

    def close(self) -> None:
        self._f.seek(0)
        self._f.write(self._header(self.rows))
        self._f.flush()
        os.fsync(self._f.fileno())
        self._f.close()


class StringsWriter:
    """Strings as one UTF-8 blob (``<name>.bin``) and int64 byte offsets (``<name>.offsets.npy``)."""

    def __init__(self, folder: Path, name: str):
        self._blob = open(Path(folder) / f"{name}.bin", "wb")
        self._offsets = NpyAppender(Path(folder) / f"{name}.offsets.npy", np.int64)
        self._at = 0
        self._offsets.append([0])
        self._pending = array("q")

    def add(self, s: str) -> None:
        b = s.encode("utf-8", errors="surrogatepass")
        self._blob.write(b)
        self._at += len(b)
        self._pending.append(self._at)
        if len(self._pending) >= 1 << 16:
            self._flush()

    def _flush(self) -> None:
        self._offsets.append(np.frombuffer(self._pending, dtype=np.int64))
        self._pending = array("q")

    def close(self) -> None:
        self._flush()
        self._offsets.close()
        self._blob.flush()
        os.fsync(self._blob.fileno())
        self._blob.close()


def write_strings(folder: Path, name: str, strings: Iterable[str]) -> None:
    w = StringsWriter(folder, name)
    for s in strings:
        w.add(s)
    w.close()


def read_strings(folder: Path, name: str) -> list[str]:
    """The strings ``StringsWriter`` wrote, decoded in one pass over the blob."""
    offsets = np.load(Path(folder) / f"{name}.offsets.npy", allow_pickle=False)
    blob = (Path(folder) / f"{name}.bin").read_bytes()
    if offsets.ndim != 1 or not len(offsets) or offsets[0] != 0 or offsets[-1] != len(blob) \
            or (np.diff(offsets) < 0).any():
        raise ValueError(f"{name}: offsets do not match the blob")
    o = offsets.tolist()
    return [blob[a:b].decode("utf-8", errors="surrogatepass") for a, b in zip(o[:-1], o[1:])]
