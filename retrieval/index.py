"""The grounding index: embedded texts in a chromadb persistent store, keyed by content.

A namespace (one case's keys, one note file) is re-embedded only when its texts change.
chromadb's persistent client is not safe for several processes writing at once, so every
read-and-maybe-write runs under one file lock; the hot path then works from the vectors in
memory, because numpy over a case's few hundred vectors costs microseconds.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from retrieval.embedder import Embedder

KEYS = "keys"
NOTES = "notes"


def texts_hash(model_name: str, texts: list[str]) -> str:
    digest = hashlib.sha256(model_name.encode())
    for text in texts:
        digest.update(b"\x00" + text.encode())
    return digest.hexdigest()[:24]


@dataclass(frozen=True)
class Hit:
    namespace: str
    text: str
    score: float
    metadata: dict[str, Any]


class GroundingIndex:
    def __init__(self, data_dir: Path, embedder: Embedder) -> None:
        self.data_dir = data_dir
        self.embedder = embedder
        self._client: Any = None
        self._memory: dict[tuple[str, str], np.ndarray] = {}
        self._thread_lock = threading.Lock()
        self.embedded = 0  # texts embedded by this process, so tests can see caching work

    @property
    def _file_lock(self) -> FileLock:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.data_dir / "chroma.lock"), timeout=120)

    def _collection(self, name: str) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings

            self._client = chromadb.PersistentClient(
                path=str(self.data_dir / "chroma"),
                settings=Settings(anonymized_telemetry=False, allow_reset=False),
            )
        # embedding_function=None: chromadb's default downloads a model; we always pass ours
        return self._client.get_or_create_collection(
            name, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )

    def vectors(self, namespace: str, texts: list[str]) -> np.ndarray:
        """Embeddings of `texts` in order, from memory, the store, or the model."""
        wanted = texts_hash(self.embedder.name, texts)
        cached = self._memory.get((namespace, wanted))
        if cached is not None:
            return cached
        with self._thread_lock, self._file_lock:
            keys = self._collection(KEYS)
            stored = keys.get(where={"namespace": namespace}, include=["embeddings", "metadatas"])
            metadatas = stored["metadatas"] or []
            if (len(stored["ids"]) == len(texts) and metadatas
                    and all(m.get("hash") == wanted for m in metadatas)):
                order = np.argsort([m["position"] for m in metadatas])
                matrix = np.asarray(stored["embeddings"], dtype=np.float32)[order]
            else:
                matrix = self.embedder.embed(texts)
                self.embedded += len(texts)
                if stored["ids"]:
                    keys.delete(ids=stored["ids"])
                if texts:
                    keys.add(
                        ids=[f"{namespace}#{i:05d}" for i in range(len(texts))],
                        embeddings=matrix,
                        documents=texts,
                        metadatas=[{"namespace": namespace, "hash": wanted, "position": i}
                                   for i in range(len(texts))],
                    )
        self._memory = {k: v for k, v in self._memory.items() if k[0] != namespace}
        self._memory[(namespace, wanted)] = matrix
        return matrix

    def index_passages(self, namespace: str, passages: list[str],
                       metadata: dict[str, str | int] | None = None) -> int:
        """Store passages (reference notes) for search; returns how many were embedded."""
        wanted = texts_hash(self.embedder.name, passages)
        with self._thread_lock, self._file_lock:
            notes = self._collection(NOTES)
            stored = notes.get(where={"namespace": namespace}, include=["metadatas"])
            metadatas = stored["metadatas"] or []
            if metadatas and all(m.get("hash") == wanted for m in metadatas) and len(
                    metadatas) == len(passages):
                return 0
            if stored["ids"]:
                notes.delete(ids=stored["ids"])
            if not passages:
                return 0
            matrix = self.embedder.embed(passages)
            self.embedded += len(passages)
            notes.add(
                ids=[f"{namespace}#{i:05d}" for i in range(len(passages))],
                embeddings=matrix,
                documents=passages,
                metadatas=[{**(metadata or {}), "namespace": namespace, "hash": wanted,
                            "position": i} for i in range(len(passages))],
            )
            return len(passages)

    def search_passages(self, query: str, k: int = 3,
                        where: dict[str, Any] | None = None) -> list[Hit]:
        vector = self.embedder.embed([query])
        with self._thread_lock, self._file_lock:
            notes = self._collection(NOTES)
            if notes.count() == 0:
                return []
            result = notes.query(query_embeddings=vector, n_results=k, where=where,
                                 include=["documents", "metadatas", "distances"])
        hits = []
        for text, meta, distance in zip(result["documents"][0], result["metadatas"][0],
                                        result["distances"][0], strict=True):
            hits.append(Hit(str(meta["namespace"]), text, 1.0 - float(distance), dict(meta)))
        return hits
