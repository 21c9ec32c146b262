"""all-MiniLM-L6-v2 run in plain numpy: the same weights and arithmetic, without torch.

Why: importing torch and sentence-transformers costs about three seconds, and their
per-call overhead dominates a 12-token query. A BERT encoder this small is a few matrix
products, so numpy reproduces it exactly (a test holds it to sentence-transformers) in a
fraction of the time. sentence-transformers stays available as the reference embedder.

The dense products are nearly all of a sentence's time, and in float32 they already run
near one core's peak. Where the processor multiplies bfloat16 in hardware, `precision=
"bfloat16"` hands just those products to torch's oneDNN in bfloat16 (sums kept in float32):
about a third less time a sentence, for vectors within a cosine of 1e-4 of float32's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

Array = np.ndarray

PRECISIONS = ("float32", "bfloat16")

# Tokens per packed pass. Attention stays within texts of like length (see `_attention`), so
# this sets only the dense layers' block: 256 indexed the question bank faster than 128 or 512.
TOKENS_PER_PASS = 256


class Float32Product:
    """`x @ weight` in numpy: the reference arithmetic."""

    def __init__(self, weight: Array) -> None:
        self.weight = weight  # (in, out)

    def __call__(self, x: Array) -> Array:
        return x @ self.weight


class BFloat16Product:
    """`x @ weight` with both rounded to bfloat16 and summed in float32, by torch (oneDNN):
    twice float32's rate on a processor with AVX-512 BF16 or AMX, and half the bytes of
    weights to stream, which then fit the cache."""

    def __init__(self, weight: Array) -> None:
        import torch

        self._torch = torch
        self._weight = torch.from_numpy(np.ascontiguousarray(weight.T)).to(torch.bfloat16)

    def __call__(self, x: Array) -> Array:
        torch = self._torch
        rounded = torch.from_numpy(np.ascontiguousarray(x)).to(torch.bfloat16)
        return torch.nn.functional.linear(rounded, self._weight).float().numpy()


Product = Float32Product | BFloat16Product


@dataclass(frozen=True)
class Layer:
    qkv: Product  # (hidden, 3*hidden): query, key and value projections side by side
    qkv_bias: Array
    out: Product
    out_bias: Array
    norm1: tuple[Array, Array]
    up: Product
    up_bias: Array
    down: Product
    down_bias: Array
    norm2: tuple[Array, Array]


def _gelu(x: Array) -> Array:
    """Exact GELU, 0.5 x (1 + erf(x / sqrt 2)), with erf by Abramowitz and Stegun 7.1.26
    (error < 1.5e-7): numpy has no erf and scipy is slow to load. Worked in place on two
    buffers: on a query's few tokens the temporaries, not the arithmetic, cost the time."""
    # |x| c is |x c| to the bit (rounding is symmetric), and x c has the sign of x: so x
    # itself gives the sign, and no third buffer is needed for x c
    a = np.abs(x)
    a *= np.float32(0.7071067811865476)
    t = a * np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    erf = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        erf += np.float32(c)
        erf *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    erf *= a
    np.subtract(np.float32(1.0), erf, out=erf)
    _copysign(erf, x, a)
    erf += np.float32(1.0)
    erf *= x
    erf *= np.float32(0.5)
    return erf


_MAGNITUDE = np.uint32(0x7FFFFFFF)
_SIGN = np.uint32(0x80000000)


def _copysign(x: Array, sign: Array, spare: Array) -> None:
    """`np.copysign(x, sign, out=x)` to the bit, on the bits: numpy's copysign is a scalar
    loop, about twice the time of these three vectorised integer passes. `spare` is
    scratch."""
    bits, scratch = x.view(np.uint32), spare.view(np.uint32)
    np.bitwise_and(bits, _MAGNITUDE, out=bits)
    np.bitwise_and(sign.view(np.uint32), _SIGN, out=scratch)
    np.bitwise_or(bits, scratch, out=bits)


def _gelu_rows(x: Array, rows: int = 64) -> Array:
    """`_gelu` a block of rows at a time: its twenty-odd passes then run over arrays that
    stay in the core's cache, which more than halves its time on a pass of 256 tokens."""
    if len(x) <= rows:
        return _gelu(x)
    out = np.empty_like(x)
    for start in range(0, len(x), rows):
        out[start:start + rows] = _gelu(x[start:start + rows])
    return out


def _layer_norm(x: Array, weights: tuple[Array, Array], eps: float) -> Array:
    """Normalises `x` in place (every caller hands over a fresh sum) and returns it.

    The means are `ndarray.mean`'s own arithmetic (a sum, then a true division by the count
    as an intp), without its Python wrapper, which on a query's few rows costs more than
    the sums: thirteen norms a text."""
    count = np.intp(x.shape[-1])
    mean = np.add.reduce(x, axis=-1, keepdims=True)
    np.true_divide(mean, count, out=mean, casting="unsafe")
    x -= mean
    var = np.add.reduce(np.multiply(x, x), axis=-1, keepdims=True)
    np.true_divide(var, count, out=var, casting="unsafe")
    var += np.float32(eps)
    np.sqrt(var, out=var)
    x /= var
    x *= weights[0]
    x += weights[1]
    return x


class MiniLM:
    """The BERT encoder, mean pooling and normalisation of a sentence-transformers folder."""

    def __init__(self, folder: Path, precision: str = "float32") -> None:
        if precision not in PRECISIONS:
            raise ValueError(f"unknown precision {precision!r}; choose one of "
                             f"{', '.join(PRECISIONS)}")
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        st_config = json.loads((folder / "sentence_bert_config.json").read_text())
        self.heads: int = config["num_attention_heads"]
        self.eps: float = config["layer_norm_eps"]
        self.max_tokens: int = st_config["max_seq_length"]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_tokens)
        self.tokenizer.no_padding()
        w = {k.removeprefix("bert.").removeprefix("model."): v.astype(np.float32)
             for k, v in load_file(str(folder / "model.safetensors")).items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        product = BFloat16Product if precision == "bfloat16" else Float32Product
        self.layers = [self._layer(w, f"encoder.layer.{i}.", product)
                       for i in range(config["num_hidden_layers"])]
        self.dim: int = self.word.shape[1]

    @staticmethod
    def _layer(w: dict[str, Array], p: str, product: type[Product]) -> Layer:
        att = p + "attention.self."
        return Layer(
            qkv=product(np.ascontiguousarray(np.concatenate(
                [w[att + n + ".weight"].T for n in ("query", "key", "value")], axis=1))),
            qkv_bias=np.concatenate([w[att + n + ".bias"] for n in ("query", "key", "value")]),
            out=product(np.ascontiguousarray(w[p + "attention.output.dense.weight"].T)),
            out_bias=w[p + "attention.output.dense.bias"],
            norm1=(w[p + "attention.output.LayerNorm.weight"],
                   w[p + "attention.output.LayerNorm.bias"]),
            up=product(np.ascontiguousarray(w[p + "intermediate.dense.weight"].T)),
            up_bias=w[p + "intermediate.dense.bias"],
            down=product(np.ascontiguousarray(w[p + "output.dense.weight"].T)),
            down_bias=w[p + "output.dense.bias"],
            norm2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
        )

    def encode(self, texts: list[str], workers: int = 1) -> Array:
        """Unit-length sentence vectors, one row per text.

        `workers` threads share the packed passes between them, each pass on the one BLAS
        thread it runs on: numpy lets go of the GIL in the arithmetic, so on two cores two
        passes run at once. Every pass holds the same texts, in the same order, as with one
        worker, so the vectors are those of one worker.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts)
        # shortest first, so that a pass holds texts of like length (see `_attention`)
        by_length = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        chunks: list[list[int]] = []
        chunk: list[int] = []
        tokens = 0
        for i in by_length:
            if chunk and tokens + len(encodings[i].ids) > TOKENS_PER_PASS:
                chunks.append(chunk)
                chunk, tokens = [], 0
            chunk.append(i)
            tokens += len(encodings[i].ids)
        if chunk:
            chunks.append(chunk)

        def forward(rows: list[int]) -> Array:
            return self._forward([encodings[j].ids for j in rows])

        if workers > 1 and len(chunks) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=min(workers, len(chunks)),
                                    thread_name_prefix="minilm") as pool:
                for rows, vectors in zip(chunks, pool.map(forward, chunks), strict=True):
                    out[rows] = vectors
        else:
            for rows in chunks:
                out[rows] = forward(rows)
        return out

    def _forward(self, ids_list: list[list[int]]) -> Array:
        """Texts packed end to end into one sequence, with no padding.

        The dense layers treat every token alike, so packing lets one pass over the 42 MB
        of weights serve every text of a turn; attention is kept within each text (see
        `_attention`). Both matter: a short query is bound by streaming the weights,
        and padding a batch to its longest text wastes most of the arithmetic.
        """
        lengths = [len(ids) for ids in ids_list]
        ids = np.fromiter((t for row in ids_list for t in row), dtype=np.int64)
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = self.word[ids]
        x += self.position[positions]
        x += self.token_type[0]
        x = _layer_norm(x, self.embed_norm, self.eps)
        attend = self._attention(lengths, x.shape[1] // self.heads)
        for layer in self.layers:
            qkv = layer.qkv(x)
            qkv += layer.qkv_bias
            context = attend(qkv)
            attended = layer.out(context)
            attended += layer.out_bias
            attended += x
            x = _layer_norm(attended, layer.norm1, self.eps)
            up = layer.up(x)
            up += layer.up_bias
            down = layer.down(_gelu_rows(up))
            down += layer.down_bias
            down += x
            x = _layer_norm(down, layer.norm2, self.eps)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        pooled = np.add.reduceat(x, starts, axis=0) / np.asarray(lengths, np.float32)[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def _attention(self, lengths: list[int], head_dim: int):  # type: ignore[no-untyped-def]
        """Self-attention within each text of a packed pass, as a function of the pass's
        query, key and value projections (tokens, 3 * hidden) to its context (tokens,
        hidden).

        Texts of like length (as `encode` packs them) are laid side by side, padded to the
        longest: each attends to its own tokens, n * longest^2 scores. Texts of mixed
        lengths, where that would cost more, attend across the whole pass with the other
        texts masked out, tokens^2 scores. Masked scores weigh exactly nothing either way.
        """
        heads = self.heads
        hidden = heads * head_dim
        scale = np.float32(1.0 / np.sqrt(head_dim))
        total, count, longest = sum(lengths), len(lengths), max(lengths)
        if count * longest * longest >= total * total:
            owner = np.repeat(np.arange(count), lengths)
            key_bias = np.where(owner[:, None] == owner[None, :], np.float32(0),
                                np.float32(-1e9))

            def across(qkv: Array) -> Array:
                q, k, v = (qkv.reshape(total, 3, heads, head_dim)[:, i].transpose(1, 0, 2)
                           for i in range(3))
                scores = q @ k.transpose(0, 2, 1)
                scores *= scale
                # one text (the guard's and every query's case) masks nothing: adding its
                # zeros would only turn a -0.0 score into 0.0, which softmax gives alike
                if count > 1:
                    scores += key_bias
                return (_softmax(scores) @ v).transpose(1, 0, 2).reshape(total, hidden)

            return across
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        columns = np.arange(longest)
        valid = columns[None, :] < np.asarray(lengths)[:, None]  # (texts, longest)
        gather = np.where(valid, starts[:, None] + columns[None, :], 0)
        key_bias = np.where(valid, np.float32(0), np.float32(-1e9))[:, None, None, :]

        def within(qkv: Array) -> Array:
            blocks = qkv.reshape(total, 3, heads, head_dim)[gather]  # texts, longest, 3, ...
            q, k, v = (blocks[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= scale
            scores += key_bias
            context = (_softmax(scores) @ v).transpose(0, 2, 1, 3)  # texts, longest, heads, d
            return context.reshape(count, longest, hidden)[valid]

        return within


def _softmax(scores: Array) -> Array:
    """Over the last axis, in place (`max` and `sum` without their Python wrappers)."""
    scores -= np.maximum.reduce(scores, axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= np.add.reduce(scores, axis=-1, keepdims=True)
    return scores
