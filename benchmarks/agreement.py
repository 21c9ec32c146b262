"""Agreement between two raters over categorical labels: Cohen's kappa and Gwet's AC1,
with confidence intervals by a bootstrap over transcripts (items of one transcript are not
independent, so whole transcripts are resampled)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence

Pair = tuple[str, str]


def observed(pairs: Sequence[Pair]) -> float:
    return sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0


def cohen_kappa(pairs: Sequence[Pair]) -> float:
    if not pairs:
        return 0.0
    n = len(pairs)
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[c] * second[c] for c in set(first) | set(second)) / (n * n)
    po = observed(pairs)
    return 1.0 if chance == 1 else (po - chance) / (1 - chance)


def gwet_ac1(pairs: Sequence[Pair], categories: Sequence[str]) -> float:
    """AC1 stays meaningful when one category dominates, where kappa collapses."""
    if not pairs:
        return 0.0
    q = len(categories)
    both = Counter(a for a, _ in pairs) + Counter(b for _, b in pairs)
    n2 = 2 * len(pairs)
    chance = sum((both[c] / n2) * (1 - both[c] / n2) for c in categories) / (q - 1)
    po = observed(pairs)
    return 1.0 if chance == 1 else (po - chance) / (1 - chance)


def bootstrap_ci(clusters: Sequence[Sequence[Pair]], statistic: Callable[[list[Pair]], float],
                 rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """A 95% percentile interval, resampling whole clusters (transcripts)."""
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        sample = [rng.choice(clusters) for _ in clusters]
        values.append(statistic([p for cluster in sample for p in cluster]))
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]
