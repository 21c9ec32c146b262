"""Kappa and borderline regression against values worked by hand."""

from __future__ import annotations

import math

import pytest

from osce.examining.agreement import (
    cohen_kappa,
    item_agreement,
    most_disagreed,
    station_agreement,
    weighted_kappa,
)
from osce.examining.standards import borderline_index, borderline_regression
from osce.models.rubric import GlobalScale
from osce.models.scorecard import Status

MET, PARTLY, NOT = "met", "partly", "not_met"

# 2x2, n = 50: 20 met/met, 5 met/not, 10 not/met, 15 not/not.
# po = 35/50 = 0.7; examiner met 0.5, grader met 0.6 -> pe = .5*.6 + .5*.4 = 0.5;
# kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
# Fleiss, Cohen & Everitt (1969) variance, p_ij examiner row i, grader column j:
#   diagonal: .4*(1 - (.5+.6)*.6)^2 + .3*(1 - (.5+.4)*.6)^2 = .04624 + .06348 = .10972
#   off-diagonal: (1-.4)^2 * [.1*(.6+.5)^2 + .2*(.4+.5)^2] = .36 * .283 = .10188
#   minus (kappa - pe(1-kappa))^2 = (.4 - .3)^2 = .01
#   var = (.10972 + .10188 - .01) / (50 * .5^2) = .016128 -> se = 0.126996
TWO_BY_TWO = [(MET, MET)] * 20 + [(MET, NOT)] * 5 + [(NOT, MET)] * 10 + [(NOT, NOT)] * 15

# 3x3, n = 10, rows examiner, columns grader, order not_met, partly, met:
#   [[2, 1, 0],
#    [1, 2, 1],
#    [0, 1, 2]]     margins .3 .4 .3 for both raters
# unweighted: po = .6, pe = .09+.16+.09 = .34, kappa = .26/.66 = 13/33
# linear (adjacent weight 1/2): po = .6 + .5*.4 = .8, pe = .34 + .5*(4*.3*.4) = .58,
#   kappa = .22/.42 = 11/21
# quadratic (adjacent weight 3/4): po = .6 + .75*.4 = .9, pe = .34 + .75*.48 = .70,
#   kappa = .2/.3 = 2/3
THREE_BY_THREE = ([(NOT, NOT)] * 2 + [(NOT, PARTLY)] + [(PARTLY, NOT)] + [(PARTLY, PARTLY)] * 2
                  + [(PARTLY, MET)] + [(MET, PARTLY)] + [(MET, MET)] * 2)


def test_kappa_on_a_two_by_two_table() -> None:
    a = cohen_kappa(TWO_BY_TWO)
    assert a is not None and a.n == 50
    assert a.observed == pytest.approx(0.7)
    assert a.expected == pytest.approx(0.5)
    assert a.kappa == pytest.approx(0.4)


def test_large_sample_interval_uses_the_fleiss_cohen_everitt_se() -> None:
    a = cohen_kappa(TWO_BY_TWO, interval="asymptotic")
    assert a is not None
    half = 1.959964 * 0.126996
    assert a.low == pytest.approx(0.4 - half, abs=1e-5)
    assert a.high == pytest.approx(0.4 + half, abs=1e-5)
    assert "Fleiss" in a.method


def test_weighted_kappa_on_an_ordered_table() -> None:
    unweighted = cohen_kappa(THREE_BY_THREE, [NOT, PARTLY, MET])
    linear = weighted_kappa(THREE_BY_THREE, weights="linear")
    quadratic = weighted_kappa(THREE_BY_THREE, weights="quadratic")
    assert unweighted is not None and linear is not None and quadratic is not None
    assert unweighted.kappa == pytest.approx(13 / 33)
    assert (linear.observed, linear.expected) == (pytest.approx(0.8), pytest.approx(0.58))
    assert linear.kappa == pytest.approx(11 / 21)
    assert (quadratic.observed, quadratic.expected) == (pytest.approx(0.9), pytest.approx(0.7))
    assert quadratic.kappa == pytest.approx(2 / 3)


def test_statuses_work_as_labels() -> None:
    pairs = [(Status(a), Status(b)) for a, b in THREE_BY_THREE]
    a = weighted_kappa(pairs)
    assert a is not None and a.kappa == pytest.approx(11 / 21)


def test_perfect_agreement_is_one() -> None:
    pairs = [(MET, MET)] * 4 + [(PARTLY, PARTLY)] * 3 + [(NOT, NOT)] * 3
    for a in (cohen_kappa(pairs), weighted_kappa(pairs, weights="quadratic"),
              cohen_kappa(pairs, interval="asymptotic")):
        assert a is not None
        assert a.kappa == pytest.approx(1.0)
        assert a.low == pytest.approx(1.0) and a.high == pytest.approx(1.0)


def test_systematic_disagreement_is_negative() -> None:
    # po = 0, pe = .5*.5 + .5*.5 = .5 -> kappa = -1; linear: the far corners weigh 0, so the
    # weighted po is 0 and pe = .25 + .25 = .5 -> -1 as well
    pairs = [(MET, NOT)] * 5 + [(NOT, MET)] * 5
    a, w = cohen_kappa(pairs), weighted_kappa(pairs)
    assert a is not None and w is not None
    assert a.kappa == pytest.approx(-1.0)
    assert w.kappa == pytest.approx(-1.0)


def test_no_pairs_is_none() -> None:
    assert cohen_kappa([]) is None
    assert weighted_kappa([]) is None
    assert station_agreement({"a": []}) is None


def test_one_category_throughout_leaves_kappa_undefined() -> None:
    a = cohen_kappa([(MET, MET)] * 8)
    assert a is not None
    assert a.kappa is None and a.low is None and a.high is None
    assert a.observed == 1.0 and a.expected == 1.0
    assert "undefined" in a.note
    w = weighted_kappa([(PARTLY, PARTLY)] * 3)
    assert w is not None and w.kappa is None and w.observed == 1.0


def test_unknown_label_is_refused() -> None:
    with pytest.raises(ValueError, match="maybe"):
        weighted_kappa([(MET, "maybe")])


def test_bootstrap_interval_brackets_the_estimate_and_is_reproducible() -> None:
    a = cohen_kappa(TWO_BY_TWO, seed=7)
    b = cohen_kappa(TWO_BY_TWO, seed=7)
    c = cohen_kappa(TWO_BY_TWO, seed=8)
    assert a is not None and b is not None and c is not None
    assert a.low is not None and a.high is not None and a.kappa is not None
    assert a.low < a.kappa < a.high
    assert (a.low, a.high) == (b.low, b.high)
    assert (a.low, a.high) != (c.low, c.high)
    assert "seed 7" in a.method and "bootstrap" in a.method


def test_bootstrap_interval_narrows_with_more_data() -> None:
    small, large = cohen_kappa(TWO_BY_TWO), cohen_kappa(TWO_BY_TWO * 4)
    assert small is not None and large is not None
    assert small.low is not None and small.high is not None
    assert large.low is not None and large.high is not None
    assert large.kappa == pytest.approx(small.kappa)
    # the width goes as 1/sqrt(n): four times the pairs, about half the width
    assert (large.high - large.low) == pytest.approx((small.high - small.low) / 2, rel=0.15)


def test_bootstrap_and_large_sample_intervals_agree_for_large_n() -> None:
    # 400 pairs: the normal approximation holds, so the two methods must nearly coincide;
    # this checks the weighted form of the Fleiss-Cohen-Everitt variance
    pairs = THREE_BY_THREE * 40
    for weights in ("linear", "quadratic"):
        boot = weighted_kappa(pairs, weights=weights)
        normal = weighted_kappa(pairs, weights=weights, interval="asymptotic")
        assert boot is not None and normal is not None
        assert boot.low is not None and boot.high is not None
        assert normal.low is not None and normal.high is not None
        assert normal.high - normal.low == pytest.approx(boot.high - boot.low, rel=0.1)


def test_item_and_station_agreement() -> None:
    by_item = {"pain": TWO_BY_TWO, "smoking": [(MET, MET)] * 5, "empty": []}
    items = item_agreement(by_item)
    assert set(items) == {"pain", "smoking"}  # no pairs, no entry
    assert items["pain"].kappa == pytest.approx(0.4)
    assert items["smoking"].kappa is None  # one category: undefined, still listed
    pooled = station_agreement(by_item)
    # 55 pairs: 25 met/met, 5 met/not, 10 not/met, 15 not/not -> po = 40/55;
    # examiner met 30/55, grader met 35/55 -> pe = (30*35 + 25*20)/55^2 = 1550/3025
    po, pe = 40 / 55, 1550 / 3025
    assert pooled is not None and pooled.n == 55
    assert pooled.kappa == pytest.approx((po - pe) / (1 - pe))


def test_most_disagreed_ranks_by_rate_then_n_then_id() -> None:
    by_item = {
        "b": [(MET, NOT), (MET, MET)],  # 1 of 2
        "a": [(MET, NOT), (MET, MET)],  # 1 of 2, same n: id decides
        "c": [(MET, NOT), (NOT, MET), (MET, MET), (MET, MET)],  # 2 of 4: more pairs first
        "d": [(PARTLY, MET), (MET, MET), (MET, MET), (MET, MET)],  # 1 of 4
        "e": [(MET, MET)],  # never disagreed: not listed
        "f": [(NOT, MET)],  # 1 of 1
    }
    ranked = most_disagreed(by_item)
    assert [d.item for d in ranked] == ["f", "c", "a", "b", "d"]
    assert (ranked[1].n, ranked[1].disagreements, ranked[1].rate) == (4, 2, 0.5)
    assert ranked[1].positions == [0, 1]
    assert [d.item for d in most_disagreed(by_item, top=2)] == ["f", "c"]


# --- borderline regression -------------------------------------------------------------

LEVELS = GlobalScale().levels  # clear fail, borderline, clear pass, good, excellent


def _line(per_level: int = 2) -> list[tuple[float, str]]:
    return [(30 + 15 * i, level) for i, level in enumerate(LEVELS) for _ in range(per_level)]


def test_default_scale_borderline_is_the_level_named_so() -> None:
    assert borderline_index(LEVELS) == 1
    assert borderline_index(["fail", "pass", "good"]) == 1  # odd: the middle
    assert borderline_index(LEVELS, "clear pass") == 2
    with pytest.raises(ValueError):
        borderline_index(["fail", "pass"])


def test_exact_line_gives_its_slope_and_intercept() -> None:
    r = borderline_regression(_line(), LEVELS, 60)
    assert r.n == 10 and r.distinct_levels == 5
    assert r.slope == pytest.approx(15) and r.intercept == pytest.approx(30)
    assert r.r_squared == pytest.approx(1.0)
    assert r.residual_sd == pytest.approx(0.0, abs=1e-9)
    assert (r.borderline_index, r.borderline_level) == (1, "borderline")
    assert r.predicted_pass_mark == pytest.approx(45)
    assert r.pass_mark == pytest.approx(45) and r.source == "regression"
    assert r.reason == "10 ratings, regression used"
    assert r.fixed_pass_mark == 60


def test_symmetric_noise_keeps_the_line_and_lowers_r_squared() -> None:
    # +3 and -3 at every level: the fit is still 30 + 15x. SSE = 10 * 9 = 90,
    # Sxx = 2*(4+1+0+1+4) = 20, explained SS = 15^2 * 20 = 4500, r² = 4500/4590;
    # residual sd = sqrt(90/8); se at x=1 (mean x = 2) = sd * sqrt(1/10 + 1/20)
    ratings = [(30 + 15 * i + e, level) for i, level in enumerate(LEVELS) for e in (3, -3)]
    r = borderline_regression(ratings, LEVELS, 60)
    assert r.slope == pytest.approx(15) and r.intercept == pytest.approx(30)
    assert r.r_squared == pytest.approx(4500 / 4590)
    assert r.residual_sd == pytest.approx(math.sqrt(90 / 8))
    assert r.pass_mark_se == pytest.approx(math.sqrt(90 / 8) * math.sqrt(0.15))
    assert r.pass_mark == pytest.approx(45)


def test_a_fit_worked_by_hand() -> None:
    # x = 0, 1, 2; y = 10, 40, 40. mean x 1, mean y 30; Sxy = 20 + 0 + 10 = 30, Sxx = 2:
    # slope 15, intercept 15. Fitted 15, 30, 45: residuals -5, 10, -5, SSE 150;
    # SST 400 + 100 + 100 = 600 -> r² = .75; residual sd = sqrt(150 / 1)
    r = borderline_regression([(10, "fail"), (40, "borderline"), (40, "pass")],
                              ["fail", "borderline", "pass"], 50, min_ratings=3)
    assert r.slope == pytest.approx(15) and r.intercept == pytest.approx(15)
    assert r.r_squared == pytest.approx(0.75)
    assert r.residual_sd == pytest.approx(math.sqrt(150))
    assert r.pass_mark == pytest.approx(30) and r.source == "regression"


def test_too_few_ratings_keep_the_fixed_mark() -> None:
    r = borderline_regression(_line()[:4], LEVELS, 60)
    assert r.source == "fixed" and r.pass_mark == 60
    assert r.reason == "only 4 ratings of the 10 needed: the rubric's fixed 60% stands"
    assert r.slope == pytest.approx(15)  # still reported, for review


def test_a_single_rating_level_keeps_the_fixed_mark() -> None:
    r = borderline_regression([(50 + i, "clear pass") for i in range(12)], LEVELS, 60)
    assert r.source == "fixed" and r.pass_mark == 60
    assert r.slope is None and r.predicted_pass_mark is None
    assert r.distinct_levels == 1
    assert "all at 'clear pass'" in r.reason and "fixed 60% stands" in r.reason


def test_a_falling_line_keeps_the_fixed_mark() -> None:
    ratings = [(90 - 15 * i, level) for i, level in enumerate(LEVELS) for _ in range(2)]
    r = borderline_regression(ratings, LEVELS, 60)
    assert r.slope == pytest.approx(-15)
    assert r.source == "fixed" and r.pass_mark == 60
    assert "slope is -15.0" in r.reason


def test_pass_mark_is_clipped_to_a_percent() -> None:
    # only the top three levels used: 10, 55, 100 at x = 2, 3, 4 -> slope 45, intercept -80;
    # at borderline (x = 1) the line is at -35
    low = [(10, "clear pass"), (55, "good"), (100, "excellent")] * 4
    r = borderline_regression(low, LEVELS, 60)
    assert r.intercept == pytest.approx(-80)
    assert r.predicted_pass_mark == 0 and r.clipped and r.pass_mark == 0
    # 20 at x = 0, 90 at x = 1 -> slope 70; at "good" (x = 3) the line is at 230
    high = [(20, "clear fail"), (90, "borderline")] * 6
    r = borderline_regression(high, LEVELS, 60, borderline="good")
    assert r.predicted_pass_mark == 100 and r.clipped and r.pass_mark == 100


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="not one of"):
        borderline_regression([(50, "superb")], LEVELS, 60)
    with pytest.raises(ValueError, match="percent"):
        borderline_regression([(120, "good")], LEVELS, 60)
    with pytest.raises(ValueError, match="min_levels"):
        borderline_regression([], LEVELS, 60, min_levels=1)
