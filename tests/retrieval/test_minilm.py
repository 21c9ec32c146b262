"""The numpy MiniLM must be the same model as sentence-transformers, not an approximation."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.embedder import (
    MiniLMEmbedder,
    SentenceTransformerEmbedder,
    choose_precision,
    make_embedder,
    native_bfloat16,
)

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


@pytest.fixture(scope="module")
def float32() -> MiniLMEmbedder:
    return MiniLMEmbedder(precision="float32")


@pytest.fixture(scope="module")
def bfloat16() -> MiniLMEmbedder:
    return MiniLMEmbedder(precision="bfloat16")


def test_numpy_encoder_matches_sentence_transformers(float32, reference) -> None:
    ours, theirs = float32.embed(TEXTS), reference.embed(TEXTS)
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    assert np.abs(ours - theirs).max() < 1e-5


def test_packing_texts_together_changes_no_vector(float32, bfloat16) -> None:
    """Texts share one packed pass; attention must not leak between them. In bfloat16 the
    products' rounding may differ with the pass's length, by far less than a leak would."""
    for embedder, most in ((float32, 1e-5), (bfloat16, 2e-3)):
        together = embedder.embed(TEXTS * 30)  # more than one pass of 256 tokens
        alone = np.tile(np.stack([embedder.embed([t])[0] for t in TEXTS]), (30, 1))
        assert np.abs(together - alone).max() < most


def test_bfloat16_products_give_nearly_the_vectors_of_float32(float32, bfloat16) -> None:
    """bfloat16 is an approximation, and must stay a close one: the guard's and the
    understanding's thresholds were set on float32 vectors."""
    exact, rounded = float32.embed(TEXTS), bfloat16.embed(TEXTS)
    assert not np.array_equal(exact, rounded)  # the other arithmetic really ran
    assert (exact * rounded).sum(axis=1).min() > 0.9999
    pairs_exact, pairs_rounded = exact @ exact.T, rounded @ rounded.T
    assert np.abs(pairs_exact - pairs_rounded).max() < 0.005


def test_default_precision_follows_the_processor(monkeypatch) -> None:
    bf16 = "processor : 0\nflags : fpu sse avx2 avx512f avx512_bf16 avx512_vnni\n"
    amx = "flags\t\t: fpu avx512f amx_bf16 amx_tile\n"
    plain = "processor : 0\nflags : fpu sse avx2 avx512f avx512_vnni\nbugs : avx512_bf16\n"
    assert native_bfloat16(bf16) and native_bfloat16(amx) and not native_bfloat16(plain)
    monkeypatch.delenv("OSCE_EMBED_PRECISION", raising=False)
    assert choose_precision(cpuinfo=bf16) == "bfloat16"
    assert choose_precision(cpuinfo=plain) == "float32"
    assert choose_precision("float32", cpuinfo=bf16) == "float32"
    monkeypatch.setenv("OSCE_EMBED_PRECISION", "bfloat16")
    assert choose_precision(cpuinfo=plain) == "bfloat16"
    monkeypatch.setenv("OSCE_EMBED_PRECISION", "half")
    with pytest.raises(ValueError, match="auto, float32, bfloat16"):
        choose_precision()
    with pytest.raises(ValueError, match="float32, bfloat16"):
        MiniLMEmbedder(precision="int8")


def test_unknown_embedder_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="sentence-transformers"):
        make_embedder("word2vec")


@pytest.mark.parametrize("precision", ["float32", "bfloat16"])
def test_bulk_on_several_threads_gives_the_vectors_of_one(precision, request) -> None:
    """Indexing shares its passes between threads; each pass is the one a single thread
    would run, so the vectors do not depend on how many threads there are.

    A text embedded alone gets the vector it gets in a batch: to 1e-5 in float32. In
    bfloat16, on a processor with AMX, oneDNN picks its kernel by the shape of the product,
    so a batch and a single text can sum in another order and round an element to the next
    bfloat16 step (0.0007 seen): held there to the precision's own bound, a cosine within
    1e-4 of each other."""
    embedder = request.getfixturevalue(precision)
    texts = [f"{t} {i}" for i, t in enumerate(TEXTS[:4] * 40)]  # several passes, mixed lengths
    one = embedder._model.encode(texts, workers=1)
    several = embedder._model.encode(texts, workers=3)
    assert np.array_equal(one, several)
    alone = np.stack([embedder.embed([t])[0] for t in texts[:8]])
    if precision == "float32":
        assert np.abs(one[:8] - alone).max() < 1e-5
    else:
        assert (one[:8] * alone).sum(axis=1).min() > 1 - 1e-4
        assert np.abs(one[:8] - alone).max() < 0.005


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
