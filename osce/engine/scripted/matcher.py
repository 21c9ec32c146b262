"""Scoring a question against a case's keys: embeddings plus lexical overlap.

The embedding finds paraphrases ("does it go anywhere?" ~ "does the pain spread?"); the
lexical score, weighted by how rare a word is within the case, rewards naming the thing
itself ("statin", "ankles"), which embeddings of short questions tend to blur.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from osce.engine.scripted.keys import Key
from osce.engine.scripted.lexicon import content_stems


@dataclass(frozen=True)
class Tuning:
    """Calibrated on the tuning half of the labelled questions (benchmarks/understanding.py);
    the off-script ones (`verbatim` on) with it and questions written apart from that set."""

    lexical_weight: float = 0.25
    threshold: float = 0.6  # below this the best fact is not what was asked
    # Top two different facts closer than this: ask again. The sweep found no margin above
    # zero that helped on the tune half (a near tie is usually two facts of one topic).
    margin: float = 0.0
    category_threshold: float = 0.6  # a question about a category the case does not script
    general_slack: float = 0.05  # how close the bank must come to the best fact to be general
    # "When were you diagnosed with that?": the fact just heard is what "that" most likely
    # means, so it gains this much when a question leans on the previous answer.
    salience: float = 0.1
    # The generic bank reads the question as a part of the history the case has no fact in,
    # and reads it so by this much more than any fact: the question is off the script.
    veto_margin: float = 0.05
    # A question this close to one of a fact's own example questions is that fact's, whatever
    # part of the history the generic bank files it under.
    verbatim: float = 0.9
    # Nearly as close, and the fact's own words or questions name everything the question
    # names ("any nosebleeds?" to a fact on bleeding from the nose): still that fact's.
    named_verbatim: float = 0.8
    # A generic question that some fact key comes this close to is one the case answers.
    covered: float = 0.8
    # A question naming a topic the case (or the part of the history asked about) never
    # mentions is off the script when a generic question the case does not answer reads it
    # at least this much better than any fact does.
    unscripted_margin: float = 0.0
    # A question all but word for word a generic question that no fact key comes near.
    verbatim_generic: float = 0.95
    # An opening or open question ("what's been happening?") that a case fact other than the
    # presenting complaint matches this much better is a question about that fact.
    rival_margin: float = 0.2
    # Below this score, a fact whose words and example questions say nothing of a thing the
    # question names ("is she teething?" against her feeding) is a near miss, not the answer.
    weak_match: float = 0.7
    # The same holds below this cosine, whatever the lexical overlap adds to the score
    # ("does the pain get worse when you eat?" against what makes the pain worse).
    weak_cosine: float = 0.7


@dataclass(frozen=True)
class Ranked:
    owner: str
    score: float
    cosine: float
    lexical: float


class CaseMatcher:
    """Holds one case's key vectors in memory and ranks owners for a query vector."""

    def __init__(self, keys: list[Key], vectors: np.ndarray, vocab_texts: dict[str, str]) -> None:
        self.keys = keys
        self.vectors = vectors
        self.owners = sorted({k.owner for k in keys})
        index = {owner: i for i, owner in enumerate(self.owners)}
        self._owner_of_key = np.array([index[k.owner] for k in keys], dtype=np.int64)
        self._key_weight = np.array([k.weight for k in keys], dtype=np.float32)
        # Lexical vocabulary per owner: its keys' stems plus any extra text (value, attribute).
        vocab: dict[str, set[str]] = defaultdict(set)
        for key in keys:
            vocab[key.owner].update(content_stems(key.text))
        for owner, text in vocab_texts.items():
            vocab[owner].update(content_stems(text))
        self._vocab = {owner: frozenset(stems) for owner, stems in vocab.items()}
        document_frequency: Counter[str] = Counter()
        for stems in self._vocab.values():
            document_frequency.update(stems)
        n = max(len(self._vocab), 1)
        self._idf = {s: math.log(1 + n / df) for s, df in document_frequency.items()}
        self._unseen_idf = math.log(1 + n)

    def vocabulary(self, owner: str) -> frozenset[str]:
        return self._vocab.get(owner, frozenset())

    def lexical(self, stems: list[str]) -> dict[str, float]:
        """Share of the question's (idf-weighted) content words each owner knows."""
        if not stems:
            return {}
        weights = {s: self._idf.get(s, self._unseen_idf) for s in set(stems)}
        total = sum(weights.values())
        scores = {}
        for owner, vocab in self._vocab.items():
            hit = sum(w for s, w in weights.items() if s in vocab)
            if hit:
                scores[owner] = hit / total
        return scores

    def rank(self, query: np.ndarray, stems: list[str], tuning: Tuning,
             allowed: set[str] | None = None) -> list[Ranked]:
        sims = (self.vectors @ query) * self._key_weight
        best = np.full(len(self.owners), -1.0, dtype=np.float32)
        np.maximum.at(best, self._owner_of_key, sims)
        lexical = self.lexical(stems)
        ranked = []
        for i, owner in enumerate(self.owners):
            if allowed is not None and owner not in allowed:
                continue
            lex = lexical.get(owner, 0.0)
            cosine = float(best[i])
            ranked.append(Ranked(owner, cosine + tuning.lexical_weight * lex, cosine,
                                 lex))
        ranked.sort(key=lambda r: (-r.score, r.owner))
        return ranked


class BankMatcher:
    """The generic category bank: which part of the history a question is about."""

    def __init__(self, keys: list[Key], vectors: np.ndarray) -> None:
        self.keys = keys
        self.vectors = vectors

    def best(self, query: np.ndarray) -> tuple[str | None, float]:
        if not self.keys:
            return None, 0.0
        sims = self.vectors @ query
        i = int(np.argmax(sims))
        return self.keys[i].owner.removeprefix("category:"), float(sims[i])


class CategoryClassifier:
    """Which part of the history a question is about, whatever the case: nearest
    neighbours among generic student questions (`bank.yaml`), scored per category."""

    def __init__(self, keys: list[Key], vectors: np.ndarray) -> None:
        self.categories = sorted({k.owner for k in keys})
        index = {c: i for i, c in enumerate(self.categories)}
        self._category_of_key = np.array([index[k.owner] for k in keys], dtype=np.int64)
        self.vectors = vectors

    def scores(self, query: np.ndarray) -> dict[str, float]:
        """Each category's best cosine to the query."""
        return self.scores_of(self.vectors @ query)

    def scores_of(self, sims: np.ndarray) -> dict[str, float]:
        """Each category's best cosine, from the query's cosine to every generic question."""
        best = np.full(len(self.categories), -1.0, dtype=np.float32)
        np.maximum.at(best, self._category_of_key, sims)
        return {c: float(best[i]) for i, c in enumerate(self.categories)}
