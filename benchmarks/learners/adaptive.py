"""The adaptive policy of `osce next`, run in the simulator: the same mastery ratings and the
same recommendation, fed only the attempts a learner has made."""

from __future__ import annotations

import random

from benchmarks.learners.simulator import Attempt, CaseSpec
from osce.learner.mastery import Rating, update
from osce.learner.policy import CaseProfile, recommend


class Adaptive:
    name = "adaptive"

    def next_case(self, history: list[Attempt], cases: list[CaseSpec],
                  rng: random.Random) -> str:
        by_id = {c.id: c for c in cases}
        ratings: dict[str, Rating] = {}
        for attempt in history:
            ratings = update(ratings, by_id[attempt.case_id].difficulty, attempt.scores)
        profiles = [CaseProfile(c.id, c.difficulty, dict(c.competencies)) for c in cases]
        return recommend(ratings, profiles, [a.case_id for a in history]).case_id
