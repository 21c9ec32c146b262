"""The agreement statistics the grading benchmark reports."""

from __future__ import annotations

import pytest

from benchmarks.agreement import bootstrap_ci, cohen_kappa, gwet_ac1, observed

CATS = ("met", "partly", "not_met")


def test_perfect_and_chance_agreement() -> None:
    same = [("met", "met"), ("not_met", "not_met"), ("partly", "partly")] * 5
    assert cohen_kappa(same) == pytest.approx(1.0)
    assert gwet_ac1(same, CATS) == pytest.approx(1.0)
    crossed = [("met", "not_met"), ("not_met", "met")] * 5
    assert cohen_kappa(crossed) < 0


def test_kappa_matches_a_worked_example() -> None:
    # 2x2: 20 both yes, 5 yes/no, 10 no/yes, 15 both no -> po 0.7, pe 0.5, kappa 0.4
    pairs = ([("met", "met")] * 20 + [("met", "not_met")] * 5 + [("not_met", "met")] * 10
             + [("not_met", "not_met")] * 15)
    assert observed(pairs) == pytest.approx(0.7)
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_bootstrap_interval_brackets_the_estimate() -> None:
    clusters = [[("met", "met"), ("met", "partly")], [("not_met", "not_met")],
                [("partly", "partly"), ("met", "met")]] * 4
    lo, hi = bootstrap_ci(clusters, observed, rounds=200)
    point = observed([p for c in clusters for p in c])
    assert lo <= point <= hi
