"""The learner model: ratings, the next case, the store and at-risk flags."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from osce.learner.flags import at_risk
from osce.learner.mastery import Rating, update
from osce.learner.policy import CaseProfile, recommend
from osce.learner.profiles import case_profiles
from osce.learner.store import Attempt, SqliteLearnerStore
from osce.models.scorecard import Score, Scorecard


def card(case_id: str, shares: dict[str, float], critical: list[str] | None = None,
         percent: float = 50.0) -> Scorecard:
    return Scorecard(case_id=case_id, case_hash="h", station_id=f"{case_id}-history",
                     grader="rules", items=[],
                     competencies=[Score(name=c, earned=v * 4, available=4)
                                   for c, v in shares.items()],
                     critical_missed=critical or [], percent=percent, pass_mark=60,
                     passed=percent >= 60 and not critical)


def test_ratings_follow_the_evidence_and_the_difficulty() -> None:
    good = update({}, 3, {"history-taking": 1.0})["history-taking"]
    bad = update({}, 3, {"history-taking": 0.0})["history-taking"]
    assert good.mastery > 0.5 > bad.mastery
    assert good.expected(5) < good.expected(1)
    # the same result on a harder case says more
    assert update({}, 5, {"x": 0.8})["x"].value > update({}, 1, {"x": 0.8})["x"].value
    # steps shrink as evidence grows
    first = update({}, 3, {"x": 1.0})["x"].value
    tenth = Rating(0.0, 9).updated(3, 1.0).value
    assert tenth < first


CASES = [CaseProfile("a", 2, {"cardio": 3, "communication": 1}),
         CaseProfile("b", 2, {"respiratory": 3, "communication": 1}),
         CaseProfile("c", 5, {"cardio": 3, "communication": 1})]


def test_next_case_trains_the_weakest_and_never_repeats() -> None:
    ratings = {"cardio": Rating(1.5, 5), "respiratory": Rating(-1.5, 5),
               "communication": Rating(0.5, 5)}
    choice = recommend(ratings, CASES, recent=["a"])
    assert choice.case_id == "b"
    assert any("respiratory" in r for r in choice.reasons)
    assert recommend(ratings, CASES, recent=["b"]).case_id != "b"


def test_a_new_learner_gets_a_starting_case_near_seventy_percent() -> None:
    choice = recommend({}, CASES)
    assert choice.case_id in {"a", "b"}  # not the hardest
    assert abs(choice.expected - 0.7) < 0.15


def test_bundled_cases_have_profiles(library) -> None:
    profiles = case_profiles(library)
    assert {p.id for p in profiles} == set(library.cases)
    assert all(p.competencies and 1 <= p.difficulty <= 5 for p in profiles)


def test_store_records_in_one_transaction_and_persists(tmp_path: Path) -> None:
    path = tmp_path / "learners.sqlite3"
    store = SqliteLearnerStore(path)
    assert not store.exists("amy")
    store.record("amy", card("a", {"cardio": 0.9}), 2)
    again = SqliteLearnerStore(path)  # a new process would see the same
    assert again.exists("amy") and [a.case_id for a in again.attempts("amy")] == ["a"]
    assert again.ratings("amy")["cardio"].evidence == 1


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    store = SqliteLearnerStore(tmp_path / "learners.sqlite3")
    broken = card("a", {"cardio": 0.9})
    monkeypatch.setattr(Scorecard, "model_dump_json", lambda self, **k: object())
    with pytest.raises(sqlite3.Error):
        store.record("amy", broken, 2)
    assert not store.exists("amy")
    assert store.ratings("amy") == {}


def attempt(i: int, mastery: float, critical: list[str] | None = None) -> Attempt:
    return Attempt(i, "amy", "a", "t", 50.0, False, critical or [], mastery)


def test_falling_or_stalled_mastery_and_repeated_critical_misses_are_flagged() -> None:
    assert any("fell" in f for f in at_risk([attempt(i, m) for i, m in
                                             enumerate([0.5, 0.55, 0.5, 0.45])]))
    assert any("stalled" in f for f in at_risk([attempt(i, m) for i, m in
                                                enumerate([0.5, 0.5, 0.51, 0.505])]))
    assert at_risk([attempt(i, m) for i, m in enumerate([0.4, 0.5, 0.6, 0.7])]) == []
    critical = at_risk([attempt(0, 0.5, ["red-flags"]), attempt(1, 0.6),
                        attempt(2, 0.7, ["drugs"])])
    assert any("critical" in f and "red-flags" in f for f in critical)
