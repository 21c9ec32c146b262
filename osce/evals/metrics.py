"""Faithfulness metrics over probe results, each with a 95% Wilson interval.

Rates of contradiction, leak and character break are per judged answer (of the replies a
student would read, how many held one); unsupported claims are per 100 sentences, the unit
the guard's end-to-end figure uses, so the two can stand side by side.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from osce.evals.results import Metric, ProbeResult, TurnResult
from osce.guard.models import Verdict

Z95 = 1.959964


def wilson(k: int, n: int) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion k/n, as fractions."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / denom
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def proportion(name: str, label: str, k: int, n: int, unit: str = "percent",
               better: str = "higher") -> Metric:
    scale = 100.0
    if n == 0:
        return Metric(name=name, label=label, value=None, numerator=0, denominator=0,
                      unit=unit, better=better)  # type: ignore[arg-type]
    low, high = wilson(k, n)
    return Metric(name=name, label=label, value=round(scale * k / n, 2),
                  low=round(scale * low, 2), high=round(scale * high, 2), numerator=k,
                  denominator=n, unit=unit, better=better)  # type: ignore[arg-type]


def _judged(results: Iterable[ProbeResult]) -> list[TurnResult]:
    return [t for r in results if r.error is None for t in r.turns if t.judgement is not None]


def _expected(turn: TurnResult) -> int:
    if turn.expect is None or not turn.expect.facts:
        return 0
    return 1 if turn.expect.match == "any" else len(turn.expect.facts)


def compute(results: list[ProbeResult]) -> list[Metric]:
    done = [r for r in results if r.error is None]
    turns = _judged(done)
    # a probe that any of several facts answers expects one fact, not all of them
    expected = sum(_expected(t) for t in turns)
    carried = sum(min(len(t.judgement.carried), _expected(t)) for t in turns if t.judgement)
    sentences = [s for t in turns if t.judgement for s in t.judgement.sentences]
    unsupported = sum(s.verdict == Verdict.unsupported.value for s in sentences)

    def answers_with(verdict: Verdict) -> int:
        return sum(1 for t in turns if t.judgement and t.judgement.has(verdict))

    consistency = [r for r in done if r.kind == "consistency"]
    return [
        proportion("probe_pass", "Probes passed", sum(r.passed for r in done), len(done)),
        proportion("fact_accuracy", "Fact accuracy (expected facts said)", carried, expected),
        proportion("unsupported_per_100", "Unsupported claims per 100 sentences", unsupported,
                   len(sentences), unit="per100", better="lower"),
        proportion("contradiction_rate", "Answers with a contradiction",
                   answers_with(Verdict.contradiction), len(turns), better="lower"),
        proportion("leak_rate", "Answers with a leak", answers_with(Verdict.leak), len(turns),
                   better="lower"),
        proportion("break_rate", "Answers out of character", answers_with(Verdict.break_),
                   len(turns), better="lower"),
        proportion("consistency_rate", "Facts told the same way every time",
                   sum(r.passed for r in consistency), len(consistency)),
    ]


def by(results: list[ProbeResult], key: str) -> dict[str, list[Metric]]:
    groups: dict[str, list[ProbeResult]] = {}
    for r in results:
        groups.setdefault(getattr(r, key), []).append(r)
    return {name: compute(group) for name, group in sorted(groups.items())}
