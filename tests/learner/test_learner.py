"""The learner model: ratings, the next case, the store and at-risk flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce.learner.flags import at_risk
from osce.learner.mastery import Rating, Share, update
from osce.learner.policy import CaseProfile, estimates, recommend
from osce.learner.profiles import case_profiles
from osce.learner.store import Attempt, competency_shares
from osce.models.scorecard import Score, Scorecard
from osce.store.database import migrate, open_engine, sessions
from osce.store.learners import SqlLearnerStore


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
    # one station's result counts for less once there are others behind it
    fresh = update({}, 3, {"x": 1.0})["x"].value - update({}, 3, {"x": 0.0})["x"].value
    seasoned = Rating(0.0, 9)
    later = seasoned.updated(3, 1.0).value - seasoned.updated(3, 0.0).value
    assert 0 < later < fresh


def test_a_share_out_of_more_points_says_more() -> None:
    one = update({}, 3, {"x": Share(1.0, 1)})["x"]
    twelve = update({}, 3, {"x": Share(1.0, 12)})["x"]
    assert twelve.value > one.value > 0
    assert update({}, 3, {"x": Share(0.0, 12)})["x"].value < update({}, 3, {"x": Share(0.0, 1)})[
        "x"].value < 0
    assert Share(0.25, 4) == 0.25 and Share(0.25, 4).points == 4


def test_competency_shares_keep_the_points_they_are_out_of() -> None:
    shares = competency_shares(card("a", {"cardio": 0.5}))
    assert shares == {"cardio": 0.5} and shares["cardio"].points == 4


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


def history(cases: list[CaseProfile], done: list[tuple[str, dict[str, float]]]
            ) -> tuple[dict[str, Rating], list[str]]:
    by_id = {c.id: c for c in cases}
    ratings: dict[str, Rating] = {}
    for case_id, shares in done:
        case = by_id[case_id]
        ratings = update(ratings, case.difficulty,
                         {c: Share(v, case.competencies[c]) for c, v in shares.items()})
    return ratings, [case_id for case_id, _ in done]


LIBRARY = [CaseProfile("cardio", 3, {"cardiovascular": 8, "communication": 6}),
           CaseProfile("resp", 3, {"respiratory": 8, "communication": 6}),
           CaseProfile("derm", 3, {"dermatology": 8, "safeguarding": 1, "communication": 6})]


def test_an_unseen_competency_starts_from_the_learners_general_level() -> None:
    def levels(score: float):
        ratings, recent = history(LIBRARY, [
            ("cardio", {"cardiovascular": score, "communication": score})])
        return estimates(ratings, LIBRARY, recent)

    strong, fresh, weak = levels(1.0), estimates({}, LIBRARY), levels(0.1)
    for competency in ("respiratory", "dermatology"):
        assert strong[competency].evidence == weak[competency].evidence == 0
        assert strong[competency].mean > fresh[competency].mean > weak[competency].mean
        assert strong[competency].below < weak[competency].below


def test_a_case_with_nothing_left_to_teach_is_not_repeated() -> None:
    full = {"communication": 1.0}
    ratings, recent = history(LIBRARY, [
        ("cardio", {"cardiovascular": 1.0, **full}), ("resp", {"respiratory": 1.0, **full}),
        ("cardio", {"cardiovascular": 1.0, **full}), ("resp", {"respiratory": 1.0, **full})])
    assert recommend(ratings, LIBRARY, recent).case_id == "derm"  # never seen: still needed
    ratings, recent = history(LIBRARY, [
        ("derm", {"dermatology": 1.0, "safeguarding": 0.0, **full}),
        ("cardio", {"cardiovascular": 1.0, **full}), ("resp", {"respiratory": 1.0, **full}),
        ("cardio", {"cardiovascular": 1.0, **full})])
    # cardio and resp look mastered; safeguarding, which only derm trains, does not
    assert recommend(ratings, LIBRARY, recent).case_id == "derm"


def test_a_new_learner_gets_a_starting_case_near_seventy_percent() -> None:
    choice = recommend({}, CASES)
    assert choice.case_id in {"a", "b"}  # not the hardest
    assert abs(choice.expected - 0.7) < 0.15


def test_bundled_cases_have_profiles(library) -> None:
    profiles = case_profiles(library)
    assert {p.id for p in profiles} == set(library.cases)
    assert all(p.competencies and 1 <= p.difficulty <= 5 for p in profiles)


def sql_store(path: Path) -> SqlLearnerStore:
    db = open_engine(f"sqlite:///{path}")
    migrate(db)
    return SqlLearnerStore(sessions(db))


def test_store_records_in_one_transaction_and_persists(tmp_path: Path) -> None:
    path = tmp_path / "osce.sqlite3"
    store = sql_store(path)
    assert not store.exists("amy")
    store.record("amy", card("a", {"cardio": 0.9}), 2)
    again = sql_store(path)  # a new process would see the same
    assert again.exists("amy") and [a.case_id for a in again.attempts("amy")] == ["a"]
    assert again.ratings("amy")["cardio"].evidence == 1


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    store = sql_store(tmp_path / "osce.sqlite3")
    broken = card("a", {"cardio": 0.9})
    # the scorecard is written last: the ratings written before it must roll back too
    monkeypatch.setattr(Scorecard, "model_dump", lambda self, **k: {"x": object()})
    with pytest.raises(Exception, match=r"JSON|serializ"):
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
