"""The adaptive policy of `osce next`, run in the simulator: the same mastery ratings and the
same recommendation, fed only the attempts a learner has made. A simulated attempt's score
for a competency is out of that competency's rubric weight in the case, as a scorecard's is
(`competency_shares` in osce/learner/store.py)."""

from __future__ import annotations

import random

from benchmarks.learners.simulator import Attempt, CaseSpec
from osce.learner.mastery import Rating, Share, update
from osce.learner.policy import CaseProfile, recommend


class Adaptive:
    name = "adaptive"

    def __init__(self) -> None:
        # The ratings after the history last seen: a learner's next call extends it by one
        # attempt, so only that one is applied (the result is the same as replaying it all).
        self._seen: tuple[list[Attempt], dict[str, Rating]] = ([], {})

    def next_case(self, history: list[Attempt], cases: list[CaseSpec],
                  rng: random.Random) -> str:
        by_id = {c.id: c for c in cases}
        seen, ratings = self._seen
        if history[:len(seen)] != seen:
            seen, ratings = [], {}
        for attempt in history[len(seen):]:
            case = by_id[attempt.case_id]
            ratings = update(ratings, case.difficulty,
                             {c: Share(s, case.competencies[c]) for c, s in attempt.scores.items()})
        self._seen = (list(history), ratings)
        profiles = [CaseProfile(c.id, c.difficulty, dict(c.competencies)) for c in cases]
        return recommend(ratings, profiles, [a.case_id for a in history]).case_id
