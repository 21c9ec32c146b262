"""Learners at risk, with the reason, for the educator's cohort view."""

from __future__ import annotations

from osce.learner.store import Attempt

WINDOW = 3  # encounters looked back over
STALL = 0.02  # mastery rising by less than this over the window is a stall


def at_risk(attempts: list[Attempt]) -> list[str]:
    flags = []
    if len(attempts) > WINDOW:
        before, now = attempts[-WINDOW - 1].mean_mastery, attempts[-1].mean_mastery
        if now < before:
            flags.append(f"mastery fell from {before:.0%} to {now:.0%} over the last "
                         f"{WINDOW} encounters")
        elif now - before < STALL:
            flags.append(f"mastery stalled at {now:.0%} over the last {WINDOW} encounters")
    recent = attempts[-WINDOW:]
    critical = [a for a in recent if a.critical_missed]
    if len(critical) >= 2:
        missed = sorted({c for a in critical for c in a.critical_missed})
        flags.append(f"missed critical items in {len(critical)} of the last {len(recent)} "
                     f"stations ({', '.join(missed)})")
    return flags
