"""The numpy MiniLM must be the same model as sentence-transformers, not an approximation."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.embedder import MiniLMEmbedder, SentenceTransformerEmbedder, make_embedder

TEXTS = [
    "where is the pain?",
    "Have you had any chest pain walking uphill, and does it ease when you stop and rest?",
    "hi",
    "Ça fait mal? — naïve résumé, 42 °C!",  # accents and symbols go through WordPiece too
    "",
    "pain " * 400,  # longer than the model's 256 tokens: both must truncate the same way
]


@pytest.fixture(scope="module")
def reference() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


def test_numpy_encoder_matches_sentence_transformers(embedder, reference) -> None:
    assert isinstance(embedder, MiniLMEmbedder)
    ours, theirs = embedder.embed(TEXTS), reference.embed(TEXTS)
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    assert np.abs(ours - theirs).max() < 1e-5


def test_packing_texts_together_changes_no_vector(embedder) -> None:
    """Texts share one packed pass; attention must not leak between them."""
    together = embedder.embed(TEXTS * 30)  # more than one pass of 256 tokens
    alone = np.stack([embedder.embed([t])[0] for t in TEXTS])
    assert np.abs(together - np.tile(alone, (30, 1))).max() < 1e-5


def test_unknown_embedder_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="sentence-transformers"):
        make_embedder("word2vec")


def test_bulk_on_several_threads_gives_the_vectors_of_one(embedder) -> None:
    """Indexing shares its passes between threads; each pass is the one a single thread
    would run, so the vectors do not depend on how many threads there are."""
    texts = [f"{t} {i}" for i, t in enumerate(TEXTS[:4] * 40)]  # several passes, mixed lengths
    one = embedder._model.encode(texts, workers=1)
    several = embedder._model.encode(texts, workers=3)
    assert np.array_equal(one, several)
    alone = np.stack([embedder.embed([t])[0] for t in texts[:8]])
    assert np.abs(one[:8] - alone).max() < 1e-5


def test_the_elementwise_steps_are_numpy_s_own_to_the_bit() -> None:
    from retrieval.minilm import _copysign, _layer_norm

    rng = np.random.default_rng(1)
    x = (rng.standard_normal((20, 384)) * 3).astype(np.float32)
    x.flat[:6] = [0.0, -0.0, 1e-45, -1e-45, 1e-38, -40.0]
    magnitude = np.abs(rng.standard_normal(x.shape).astype(np.float32))
    got, spare = magnitude.copy(), np.empty_like(x)
    _copysign(got, x, spare)
    assert np.array_equal(got.view(np.uint32), np.copysign(magnitude, x).view(np.uint32))
    w = (rng.standard_normal(384).astype(np.float32), rng.standard_normal(384).astype(np.float32))
    plain = x - x.mean(-1, keepdims=True)
    plain /= np.sqrt((plain * plain).mean(-1, keepdims=True) + np.float32(1e-12))
    plain = plain * w[0] + w[1]
    assert np.array_equal(_layer_norm(x.copy(), w, 1e-12).view(np.uint32), plain.view(np.uint32))
