"""all-MiniLM-L6-v2 run in plain numpy: the same weights and arithmetic, without torch.

Why: importing torch and sentence-transformers costs about three seconds, and their
per-call overhead dominates a 12-token query. A BERT encoder this small is a few matrix
products, so numpy reproduces it exactly (a test holds it to sentence-transformers) in a
fraction of the time. sentence-transformers stays available as the reference embedder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

Array = np.ndarray

# Tokens per packed pass: attention grows with its square, the dense layers do not.
TOKENS_PER_PASS = 256


@dataclass(frozen=True)
class Layer:
    qkv: Array  # (hidden, 3*hidden): query, key and value projections side by side
    qkv_bias: Array
    out: Array
    out_bias: Array
    norm1: tuple[Array, Array]
    up: Array
    up_bias: Array
    down: Array
    down_bias: Array
    norm2: tuple[Array, Array]


def _gelu(x: Array) -> Array:
    """Exact GELU, 0.5 x (1 + erf(x / sqrt 2)), with erf by Abramowitz and Stegun 7.1.26
    (error < 1.5e-7): numpy has no erf and scipy is slow to load. Worked in place on two
    buffers: on a query's few tokens the temporaries, not the arithmetic, cost the time."""
    z = x * np.float32(0.7071067811865476)
    a = np.abs(z)
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
    np.copysign(erf, z, out=erf)
    erf += np.float32(1.0)
    erf *= x
    erf *= np.float32(0.5)
    return erf


def _layer_norm(x: Array, weights: tuple[Array, Array], eps: float) -> Array:
    """Normalises `x` in place (every caller hands over a fresh sum) and returns it."""
    x -= x.mean(-1, keepdims=True)
    var = (x * x).mean(-1, keepdims=True)
    var += np.float32(eps)
    x /= np.sqrt(var)
    x *= weights[0]
    x += weights[1]
    return x


class MiniLM:
    """The BERT encoder, mean pooling and normalisation of a sentence-transformers folder."""

    def __init__(self, folder: Path) -> None:
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
        self.layers = [self._layer(w, f"encoder.layer.{i}.")
                       for i in range(config["num_hidden_layers"])]
        self.dim: int = self.word.shape[1]

    @staticmethod
    def _layer(w: dict[str, Array], p: str) -> Layer:
        att = p + "attention.self."
        return Layer(
            qkv=np.ascontiguousarray(np.concatenate(
                [w[att + n + ".weight"].T for n in ("query", "key", "value")], axis=1)),
            qkv_bias=np.concatenate([w[att + n + ".bias"] for n in ("query", "key", "value")]),
            out=np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
            out_bias=w[p + "attention.output.dense.bias"],
            norm1=(w[p + "attention.output.LayerNorm.weight"],
                   w[p + "attention.output.LayerNorm.bias"]),
            up=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
            up_bias=w[p + "intermediate.dense.bias"],
            down=np.ascontiguousarray(w[p + "output.dense.weight"].T),
            down_bias=w[p + "output.dense.bias"],
            norm2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
        )

    def encode(self, texts: list[str]) -> Array:
        """Unit-length sentence vectors, one row per text."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts)
        chunk: list[int] = []
        tokens = 0
        for i, encoding in enumerate(encodings):
            if chunk and tokens + len(encoding.ids) > TOKENS_PER_PASS:
                out[chunk] = self._forward([encodings[j].ids for j in chunk])
                chunk, tokens = [], 0
            chunk.append(i)
            tokens += len(encoding.ids)
        if chunk:
            out[chunk] = self._forward([encodings[j].ids for j in chunk])
        return out

    def _forward(self, ids_list: list[list[int]]) -> Array:
        """Texts packed end to end into one sequence, with no padding.

        The dense layers treat every token alike, so packing lets one pass over the 42 MB
        of weights serve every text of a turn; attention is kept within each text by a
        block-diagonal mask. Both matter: a short query is bound by streaming the weights,
        and padding a batch to its longest text wastes most of the arithmetic.
        """
        lengths = [len(ids) for ids in ids_list]
        ids = np.fromiter((t for row in ids_list for t in row), dtype=np.int64)
        positions = np.concatenate([np.arange(n) for n in lengths])
        owner = np.repeat(np.arange(len(lengths)), lengths)
        key_bias = np.where(owner[:, None] == owner[None, :], np.float32(0), np.float32(-1e9))
        x = self.word[ids] + self.position[positions] + self.token_type[0]
        x = _layer_norm(x, self.embed_norm, self.eps)
        total, hidden = x.shape
        head_dim = hidden // self.heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        for layer in self.layers:
            qkv = (x @ layer.qkv + layer.qkv_bias).reshape(total, 3, self.heads, head_dim)
            q, k, v = (qkv[:, i].transpose(1, 0, 2) for i in range(3))
            scores = (q @ k.transpose(0, 2, 1)) * scale + key_bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            context = (probs @ v).transpose(1, 0, 2).reshape(total, hidden)
            attended = context @ layer.out
            attended += layer.out_bias
            attended += x
            x = _layer_norm(attended, layer.norm1, self.eps)
            up = x @ layer.up
            up += layer.up_bias
            down = _gelu(up) @ layer.down
            down += layer.down_bias
            down += x
            x = _layer_norm(down, layer.norm2, self.eps)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        pooled = np.add.reduceat(x, starts, axis=0) / np.asarray(lengths, np.float32)[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)
