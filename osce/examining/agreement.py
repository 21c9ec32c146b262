"""Agreement between an examiner and the grader on checklist items: Cohen's kappa, unweighted
or weighted for the ordered statuses, with a confidence interval.

Intervals. The report uses the percentile bootstrap over the rated pairs (2000 resamples,
fixed seed, so a report is reproducible). Per-item n in a mock circuit is the number of
candidates, often under 30, where the normal approximation behind the large-sample interval
is poor and can run past 1. The large-sample interval (Fleiss, Cohen & Everitt 1969, for
unweighted and weighted kappa) is offered as `interval="asymptotic"` for large n.

The bootstrap treats pairs as independent. That is right for one item (one pair per
candidate) but optimistic for a station's pooled pairs, where a candidate's items are
correlated: read the pooled interval as a lower bound on the uncertainty.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from statistics import NormalDist
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from osce.models.scorecard import Status

Pair = tuple[str, str]  # (examiner, grader)
Weights = Literal["none", "linear", "quadratic"]
Interval = Literal["bootstrap", "asymptotic"]

# Lowest first, as the weights need an order; a Status is a str, so either may be passed.
STATUS_ORDER: tuple[str, ...] = (Status.not_met, Status.partly, Status.met)

# Chance agreement this close to 1 leaves kappa's denominator as rounding noise.
_EPS = 1e-12


class Agreement(BaseModel):
    """Kappa for one set of pairs. With weights, observed and expected are the weighted
    proportions. kappa, low and high are None when kappa is undefined (see note)."""

    model_config = ConfigDict(frozen=True)

    n: int
    observed: float
    expected: float
    kappa: float | None
    low: float | None
    high: float | None
    method: str  # which kappa and which interval, with its settings
    weights: Weights = "none"
    note: str = ""


class Disagreement(BaseModel):
    """An item ranked by how often examiner and grader differ on it."""

    model_config = ConfigDict(frozen=True)

    item: str
    n: int
    disagreements: int
    rate: float
    # positions in the item's list of pairs, so the caller can fetch those transcripts
    positions: list[int]


def cohen_kappa(pairs: Sequence[Pair], categories: Sequence[str] | None = None, *,
                interval: Interval = "bootstrap", level: float = 0.95, resamples: int = 2000,
                seed: int = 0) -> Agreement | None:
    """Unweighted kappa: every disagreement counts the same. `categories` defaults to the
    labels seen; None when there are no pairs."""
    cats = list(categories) if categories is not None else sorted({x for p in pairs for x in p})
    return _kappa(pairs, cats, "none", interval, level, resamples, seed)


def weighted_kappa(pairs: Sequence[Pair], order: Sequence[str] = STATUS_ORDER, *,
                   weights: Literal["linear", "quadratic"] = "linear",
                   interval: Interval = "bootstrap", level: float = 0.95, resamples: int = 2000,
                   seed: int = 0) -> Agreement | None:
    """Weighted kappa over ordered categories (lowest first): met against partly counts as
    half a disagreement (linear) or a quarter (quadratic) on the three statuses. The weights
    are spread over the whole `order`, not just the labels seen, so items stay comparable."""
    return _kappa(pairs, list(order), weights, interval, level, resamples, seed)


def item_agreement(pairs_by_item: Mapping[str, Sequence[Pair]], *, weights: Weights = "none",
                   interval: Interval = "bootstrap", level: float = 0.95,
                   resamples: int = 2000, seed: int = 0) -> dict[str, Agreement]:
    """Kappa per item, over the three statuses. Items with no pairs are left out.

    Unweighted by default: calibration asks whether the examiner and the grader give the
    same mark, and partly against met is a different mark."""
    result = {}
    for item, pairs in pairs_by_item.items():
        agreement = _status_kappa(pairs, weights, interval, level, resamples, seed)
        if agreement is not None:
            result[item] = agreement
    return result


def station_agreement(pairs_by_item: Mapping[str, Sequence[Pair]], *, weights: Weights = "none",
                      interval: Interval = "bootstrap", level: float = 0.95,
                      resamples: int = 2000, seed: int = 0) -> Agreement | None:
    """Kappa over all the station's pairs pooled (see the module note on its interval)."""
    pooled = [p for pairs in pairs_by_item.values() for p in pairs]
    return _status_kappa(pooled, weights, interval, level, resamples, seed)


def most_disagreed(pairs_by_item: Mapping[str, Sequence[Pair]], top: int = 5) -> list[Disagreement]:
    """The items with the highest disagreement rate; ties go to the item with more pairs
    (firmer evidence), then by id. Items with no disagreement are not listed."""
    ranked = []
    for item, pairs in pairs_by_item.items():
        differ = [i for i, (a, b) in enumerate(pairs) if a != b]
        if differ:
            ranked.append(Disagreement(item=item, n=len(pairs), disagreements=len(differ),
                                       rate=len(differ) / len(pairs), positions=differ))
    ranked.sort(key=lambda d: (-d.rate, -d.n, d.item))
    return ranked[:top]


def _status_kappa(pairs: Sequence[Pair], weights: Weights, interval: Interval, level: float,
                  resamples: int, seed: int) -> Agreement | None:
    if weights == "none":
        return cohen_kappa(pairs, STATUS_ORDER, interval=interval, level=level,
                           resamples=resamples, seed=seed)
    return weighted_kappa(pairs, STATUS_ORDER, weights=weights, interval=interval, level=level,
                          resamples=resamples, seed=seed)


def _weight_matrix(k: int, weights: Weights) -> np.ndarray:
    """Agreement weights: 1 on the diagonal, falling to 0 at the far corners."""
    if weights == "none" or k == 1:
        return np.eye(k)
    distance = np.abs(np.subtract.outer(np.arange(k), np.arange(k))) / (k - 1)
    return 1 - (distance if weights == "linear" else distance**2)


def _codes(pairs: Sequence[Pair], categories: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {str(c): i for i, c in enumerate(categories)}
    if len(index) != len(categories):
        raise ValueError(f"categories repeat: {categories}")
    try:
        a = np.array([index[str(x)] for x, _ in pairs], dtype=np.int64)
        b = np.array([index[str(y)] for _, y in pairs], dtype=np.int64)
    except KeyError as e:
        raise ValueError(f"label {e.args[0]!r} is not one of {categories}") from None
    return a, b


def _kappa(pairs: Sequence[Pair], categories: list[str], weights: Weights, interval: Interval,
           level: float, resamples: int, seed: int) -> Agreement | None:
    if not pairs:
        return None
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, not {level}")
    a, b = _codes(pairs, categories)
    k, n = len(categories), len(pairs)
    w = _weight_matrix(k, weights)
    table = np.bincount(a * k + b, minlength=k * k).reshape(k, k) / n
    po, pe = _proportions(table[None], w)
    observed, expected = float(po[0]), float(pe[0])
    name = {"none": "Cohen's kappa", "linear": "linearly weighted kappa",
            "quadratic": "quadratically weighted kappa"}[weights]
    if expected > 1 - _EPS:
        # both raters used one and the same category throughout: no variation to agree on
        return Agreement(n=n, observed=observed, expected=expected, kappa=None, low=None,
                         high=None, method=name, weights=weights,
                         note="kappa undefined: every rating is in one category, so chance "
                              "agreement is 1; raw agreement is reported")
    kappa = (observed - expected) / (1 - expected)
    if interval == "bootstrap":
        low, high = _bootstrap(a, b, k, w, level, resamples, seed)
        how = f"percentile bootstrap {level:.0%}, {resamples} resamples of pairs, seed {seed}"
    else:
        se = _fce_se(table, w, kappa, expected, n)
        z = NormalDist().inv_cdf(0.5 + level / 2)
        # kappa cannot pass 1 nor, for these tables, fall below -1
        low, high = max(-1.0, kappa - z * se), min(1.0, kappa + z * se)
        how = f"large-sample {level:.0%} (Fleiss, Cohen & Everitt 1969), se {se:.4f}"
    return Agreement(n=n, observed=observed, expected=expected, kappa=kappa, low=low, high=high,
                     method=f"{name}; {how}", weights=weights)


def _proportions(tables: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted observed and chance agreement for a stack of proportion tables (r, k, k)."""
    rows, cols = tables.sum(axis=2), tables.sum(axis=1)
    po = np.einsum("rij,ij->r", tables, w)
    pe = np.einsum("ri,ij,rj->r", rows, w, cols)
    return po, pe


def _bootstrap(a: np.ndarray, b: np.ndarray, k: int, w: np.ndarray, level: float,
               resamples: int, seed: int) -> tuple[float | None, float | None]:
    n = len(a)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, n, size=(resamples, n))
    cells = (np.arange(resamples)[:, None] * k * k + a[picks] * k + b[picks]).ravel()
    tables = np.bincount(cells, minlength=resamples * k * k).reshape(resamples, k, k) / n
    po, pe = _proportions(tables, w)
    # a resample that happens to hold one category only has no kappa: it is left out
    defined = pe < 1 - _EPS
    if not defined.any():
        return None, None
    kappas = (po[defined] - pe[defined]) / (1 - pe[defined])
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(kappas, [tail, 100 - tail])
    return float(low), float(high)


def _fce_se(table: np.ndarray, w: np.ndarray, kappa: float, pe: float, n: int) -> float:
    """Large-sample (non-null) standard error of weighted kappa, Fleiss, Cohen & Everitt
    (1969); with identity weights it is their unweighted formula:
    var = [sum_ij p_ij (w_ij - (wbar_i. + wbar_.j)(1 - k))^2 - (k - pe(1 - k))^2] / (n (1-pe)^2)
    where wbar_i. = sum_j p_.j w_ij and wbar_.j = sum_i p_i. w_ij."""
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    wbar_row, wbar_col = w @ cols, rows @ w
    spread = (w - np.add.outer(wbar_row, wbar_col) * (1 - kappa)) ** 2
    var = ((table * spread).sum() - (kappa - pe * (1 - kappa)) ** 2) / (n * (1 - pe) ** 2)
    return float(np.sqrt(max(var, 0.0)))  # rounding can leave -1e-17 for perfect agreement
