"""Cases as the learner model sees them: difficulty and the competencies their stations train."""

from __future__ import annotations

from collections import defaultdict

from osce.learner.policy import CaseProfile
from osce.library import Library


def case_profiles(library: Library, cohorts: set[str] | None = None) -> list[CaseProfile]:
    """`cohorts`: only the cases open to a learner in them (None: every case)."""
    profiles = []
    for case_id, case in sorted(library.cases.items()):
        if not library.open_to(case_id, cohorts):
            continue
        weights: dict[str, float] = defaultdict(float)
        for rubric in library.rubrics.values():
            for station in rubric.stations:
                if station.case == case_id:
                    for item in station.items:
                        for competency in item.competencies:
                            weights[competency] += item.weight
        if weights:  # a case no station examines cannot be scored, so is not recommended
            profiles.append(CaseProfile(case_id, case.difficulty, dict(weights)))
    return profiles
