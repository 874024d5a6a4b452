"""부산 정책 Q&A: retrieval question answering with cited sources over Korean policy articles."""
from .config import Settings
from .engine import Engine
from .types import Answer, Chunk, Citation, Document, Hit, Sentence

__all__ = ["Answer", "Chunk", "Citation", "Document", "Engine", "Hit", "Sentence", "Settings"]
__version__ = "0.1.0"
