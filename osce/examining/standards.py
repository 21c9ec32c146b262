"""Standard setting by the borderline regression method (BRM).

Each candidate at a station has a checklist score (percent of the weighted items) and the
examiner's global rating. The rating levels are numbered 0..k-1, checklist score is regressed
on the rating by ordinary least squares, and the pass mark is the predicted score at the
borderline level: the score a borderline candidate is expected to get.

Which level is borderline: the one the caller names; else a level called "borderline" (the
default scale, "clear fail, borderline, clear pass, good, excellent", has one at index 1,
though its middle level is "clear pass"); else the middle level of an odd scale. An even
scale with no "borderline" level has no natural choice and must be told.

Until the regression can be trusted the rubric's fixed pass mark stands:
- fewer than `min_ratings` ratings (default 10). With the residual SD of 10-15 points usual
  at OSCE stations, the pass mark's standard error at n = 10 is already 3-5 points, and below
  that one odd candidate moves the line. 10 is a floor, not a guarantee: the report gives n,
  r², the residual SD and the pass mark's standard error so a reader can judge.
- ratings at fewer than `min_levels` distinct levels (at least 2: with one, the slope is
  undefined).
- a slope that is not positive: if better-rated candidates do not score higher, the ratings
  do not track the checklist, and a line through them says nothing about borderline.
The regression is still reported whenever it can be computed, as the inputs for review.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

Rating = tuple[float, str]  # (checklist percent, global rating level)


class BorderlineRegression(BaseModel):
    """One station's pass mark, with what it was computed from."""

    model_config = ConfigDict(frozen=True)

    n: int
    levels: list[str]  # lowest first; a level's index is its value in the regression
    distinct_levels: int  # how many levels the examiners actually used
    borderline_level: str
    borderline_index: int
    slope: float | None  # checklist points per rating level
    intercept: float | None  # predicted score at the lowest level
    r_squared: float | None  # None when every score is the same
    residual_sd: float | None  # sqrt(SSE / (n - 2)); None below 3 ratings
    predicted_pass_mark: float | None  # the regression's, clipped to [0, 100]
    clipped: bool = False  # the line ran outside [0, 100] at the borderline level
    pass_mark_se: float | None  # standard error of the predicted mean at borderline
    fixed_pass_mark: float
    min_ratings: int
    min_levels: int
    pass_mark: float  # the one in force
    source: Literal["regression", "fixed"]
    reason: str


def borderline_index(levels: Sequence[str], borderline: str | None = None) -> int:
    """The index of the borderline level (see the module note for the default)."""
    names = [str(level) for level in levels]
    if borderline is not None:
        if borderline not in names:
            raise ValueError(f"borderline level {borderline!r} is not one of {names}")
        return names.index(borderline)
    lowered = [name.strip().lower() for name in names]
    if "borderline" in lowered:
        return lowered.index("borderline")
    if len(names) % 2 == 1:
        return len(names) // 2
    raise ValueError(f"an even scale with no 'borderline' level needs one named: {names}")


def borderline_regression(ratings: Sequence[Rating], levels: Sequence[str],
                          fixed_pass_mark: float, *, borderline: str | None = None,
                          min_ratings: int = 10, min_levels: int = 2) -> BorderlineRegression:
    """The station's pass mark by BRM, or the rubric's fixed one until enough ratings exist."""
    levels = [str(level) for level in levels]
    if len(levels) < 2 or len(set(levels)) != len(levels):
        raise ValueError(f"a rating scale needs two or more distinct levels: {levels}")
    if not 0 <= fixed_pass_mark <= 100:
        raise ValueError(f"the fixed pass mark must be a percent, not {fixed_pass_mark}")
    if min_levels < 2:
        raise ValueError("min_levels must be at least 2: one level gives no slope")
    index = {level: i for i, level in enumerate(levels)}
    xs, ys = [], []
    for score, level in ratings:
        if level not in index:
            raise ValueError(f"rating {level!r} is not one of {levels}")
        if not 0 <= score <= 100:
            raise ValueError(f"a checklist score is a percent, not {score}")
        xs.append(float(index[level]))
        ys.append(float(score))
    b = borderline_index(levels, borderline)
    n, used = len(xs), len(set(xs))
    fit = _ols(xs, ys, b) if used >= 2 else None

    fixed = f"the rubric's fixed {fixed_pass_mark:g}% stands"
    predicted, clipped = None, False
    if fit is not None:
        raw = fit.intercept + fit.slope * b
        predicted, clipped = min(100.0, max(0.0, raw)), not 0 <= raw <= 100

    in_force = False
    if n < min_ratings:
        reason = f"only {n} rating{'' if n == 1 else 's'} of the {min_ratings} needed: {fixed}"
    elif used < min_levels:
        at = f"all at {levels[int(xs[0])]!r}" if used == 1 else f"at {used} levels"
        reason = f"{n} ratings {at}, {min_levels} levels needed for a slope: {fixed}"
    elif fit is None or fit.slope <= 0:
        slope = fit.slope if fit is not None else 0.0
        reason = (f"{n} ratings, but the slope is {slope:+.1f} points a level: the ratings do "
                  f"not rise with checklist scores, so {fixed}")
    else:
        in_force, reason = True, f"{n} ratings, regression used"

    return BorderlineRegression(
        n=n, levels=levels, distinct_levels=used, borderline_level=levels[b],
        borderline_index=b,
        slope=fit.slope if fit else None, intercept=fit.intercept if fit else None,
        r_squared=fit.r_squared if fit else None, residual_sd=fit.residual_sd if fit else None,
        predicted_pass_mark=predicted, clipped=clipped, pass_mark_se=fit.se_at if fit else None,
        fixed_pass_mark=fixed_pass_mark, min_ratings=min_ratings, min_levels=min_levels,
        pass_mark=predicted if in_force and predicted is not None else fixed_pass_mark,
        source="regression" if in_force else "fixed", reason=reason)


class _Fit(BaseModel):
    model_config = ConfigDict(frozen=True)

    slope: float
    intercept: float
    r_squared: float | None
    residual_sd: float | None
    se_at: float | None  # standard error of the fitted mean at the borderline index


def _ols(xs: list[float], ys: list[float], at: float) -> _Fit:
    """Least squares of y on x (x must take two or more values)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    syy = sum((y - my) ** 2 for y in ys)
    slope = sxy / sxx
    intercept = my - slope * mx
    sse = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys, strict=True))
    sse = max(sse, 0.0)
    r_squared = 1 - sse / syy if syy > 0 else None
    residual_sd = math.sqrt(sse / (n - 2)) if n > 2 else None
    se_at = (residual_sd * math.sqrt(1 / n + (at - mx) ** 2 / sxx)
             if residual_sd is not None else None)
    return _Fit(slope=slope, intercept=intercept, r_squared=r_squared,
                residual_sd=residual_sd, se_at=se_at)
