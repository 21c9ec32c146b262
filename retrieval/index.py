"""The grounding index: embedded texts in a chromadb persistent store, keyed by content.

A namespace (one case's keys, one note file) is re-embedded only when its texts change.
chromadb's persistent client is not safe for several processes writing at once, so every
read and every write runs under one file lock (the model runs between them, outside it); the
hot path then works from the vectors in memory, because numpy over a case's few hundred
vectors costs microseconds.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from retrieval.embedder import Embedder

log = logging.getLogger(__name__)

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
    """`defer_writes`: vectors just embedded are handed back at once and stored only by
    `flush`, which the owner must call before the process ends (chromadb cannot write once
    the interpreter is shutting down). For a command whose first reply should not wait on
    the store. Another process (or another index over the same folder) finds them only once
    they are stored, and until then embeds them itself."""

    def __init__(self, data_dir: Path, embedder: Embedder, defer_writes: bool = False) -> None:
        self.data_dir = data_dir
        self.embedder = embedder
        self.defer_writes = defer_writes
        self._deferred: list[tuple[str, str, list[str], np.ndarray]] = []
        self._flush_lock = threading.Lock()  # deferred writes go to the store in order
        self._client: Any = None
        self._memory: dict[tuple[str, str], np.ndarray] = {}
        self._thread_lock = threading.Lock()  # the chromadb client and the file lock
        self._memory_lock = threading.Lock()  # `_memory`, `_pending`, `_deferred`, `embedded`
        self._pending: dict[tuple[str, str], Future[np.ndarray]] = {}
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
        """Embeddings of `texts` in order, from memory, the store, or the model.

        Safe from several threads: different namespaces are embedded at the same time (the
        model runs outside the locks), and a second caller asking for texts already being
        embedded waits for that work rather than doing it again."""
        key = (namespace, texts_hash(self.embedder.name, texts))
        with self._memory_lock:
            cached = self._memory.get(key)
            if cached is not None:
                return cached
            pending = self._pending.get(key)
            mine = pending is None
            if pending is None:
                pending = self._pending[key] = Future()
        if not mine:
            return pending.result()
        try:
            matrix = self._load_or_embed(namespace, key[1], texts)
        except BaseException as exc:
            with self._memory_lock:
                self._pending.pop(key, None)
            pending.set_exception(exc)
            raise
        with self._memory_lock:
            self._memory = {k: v for k, v in self._memory.items() if k[0] != namespace}
            self._memory[key] = matrix
            self._pending.pop(key, None)
        pending.set_result(matrix)
        return matrix

    def _load_or_embed(self, namespace: str, wanted: str, texts: list[str]) -> np.ndarray:
        stored = self._stored(namespace, wanted, len(texts))
        if stored is not None:
            return stored
        # Embedded outside the locks: another namespace (the question bank beside a case),
        # or another process, is not held up for the seconds this may take.
        matrix = self.embedder.embed(texts)
        with self._memory_lock:
            self.embedded += len(texts)
        if self.defer_writes:
            with self._memory_lock:
                self._deferred.append((namespace, wanted, texts, matrix))
        else:
            self._store(namespace, wanted, texts, matrix)
        return matrix

    def flush(self) -> None:
        """Store every deferred write, in the order they were made. A write that fails is
        logged, not raised: its vectors are embedded again next time."""
        with self._flush_lock:
            while True:
                with self._memory_lock:
                    if not self._deferred:
                        return
                    write = self._deferred.pop(0)
                try:
                    self._store(*write)
                except Exception as exc:  # the store is a cache: a failed write costs time
                    log.warning("could not store the vectors of %s (they are embedded again "
                                "next time): %s", write[0], exc)

    def _store(self, namespace: str, wanted: str, texts: list[str], matrix: np.ndarray) -> None:
        with self._thread_lock, self._file_lock:
            keys = self._collection(KEYS)
            # what is there now: another process may have written this namespace meanwhile
            old = keys.get(where={"namespace": namespace}, include=[])["ids"]
            if old:
                keys.delete(ids=old)
            if texts:
                keys.add(
                    ids=[f"{namespace}#{i:05d}" for i in range(len(texts))],
                    embeddings=matrix,
                    documents=texts,
                    metadatas=[{"namespace": namespace, "hash": wanted, "position": i}
                               for i in range(len(texts))],
                )

    def _stored(self, namespace: str, wanted: str, count: int) -> np.ndarray | None:
        """The namespace's vectors from the store if they are of these texts, else None."""
        if self._client is None and not (self.data_dir / "chroma").exists():
            return None  # a new data folder: nothing stored, and no need to open chromadb
        with self._thread_lock, self._file_lock:
            stored = self._collection(KEYS).get(where={"namespace": namespace},
                                                include=["embeddings", "metadatas"])
        metadatas = stored["metadatas"] or []
        if (len(stored["ids"]) == count and metadatas
                and all(m.get("hash") == wanted for m in metadatas)):
            order = np.argsort([m["position"] for m in metadatas])
            return np.asarray(stored["embeddings"], dtype=np.float32)[order]
        return None

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
            with self._memory_lock:
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
