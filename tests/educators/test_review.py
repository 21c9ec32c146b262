"""Educators review encounters: their marks over the grader's, kept beside them, fed to the
learner model, counted per item; and the same over a real server, pages and API."""

from __future__ import annotations

import asyncio
import re
import time
from types import SimpleNamespace

import pytest

from benchmarks.live_server import Client, ask, receive
from osce.encounters.clock import ManualClock
from osce.encounters.review import BadMark, Mark, NotReviewable, override
from osce.encounters.service import EncounterService, Timing
from osce.grading.overrides import EducatorMark, UnknownItem, apply_overrides
from osce.grading.rules import RuleGrader
from osce.grading.scoring import assemble
from osce.hashing import case_hash
from osce.learner.policy import recommend
from osce.learner.profiles import case_profiles
from osce.library import Library
from osce.models.encounter import Stage
from osce.models.note import Note
from osce.models.scorecard import FeedbackItem, ItemResult, Scorecard, Status
from osce.models.transcript import Transcript, TranscriptHeader
from osce.models.user import Role
from osce.store.encounters import EncounterStore
from osce.store.learners import MissingDifficulty, SqlLearnerStore
from osce.store.overrides import Override, OverrideStore
from osce.store.users import UserStore

CASE = "cardio-chest-pain"


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load()


def graded(library: Library, case_id: str, statuses: dict[str, Status] | None = None,
           default: Status = Status.met) -> Scorecard:
    """A scorecard for the case's station as the grader would assemble it."""
    case, station = library.case(case_id), library.station_for(case_id)
    assert station is not None
    items = [ItemResult(id=i.id, text=i.text, domain=i.domain, competencies=i.competencies,
                        weight=i.weight, critical=i.critical,
                        status=(statuses or {}).get(i.id, default), reason="the grader's")
             for i in station.items]
    transcript = Transcript(header=TranscriptHeader(case_id=case.id, case_hash=case_hash(case),
                                                    engine="scripted"))
    return assemble(case, station, transcript, "rules", items, None)


# -- the effective scorecard ----------------------------------------------------------------

def test_overrides_recompute_the_score_the_verdict_and_the_critical_items(library) -> None:
    station = library.station_for(CASE)
    critical = next(i.id for i in station.items if i.critical)
    plain = next(i.id for i in station.items if not i.critical)
    card = graded(library, CASE)
    assert card.passed and card.percent == 100 and not card.critical_missed

    marks = {critical: EducatorMark(Status.not_met, "never asked about it"),
             plain: EducatorMark(Status.partly, "only half the question")}
    effective = apply_overrides(card, station, marks)

    expected = graded(library, CASE, {critical: Status.not_met, plain: Status.partly})
    for field in ("percent", "domains", "competencies", "critical_missed", "passed",
                  "suggested_global"):
        assert getattr(effective, field) == getattr(expected, field), field
    assert not effective.passed and effective.critical_missed == [critical]
    assert effective.percent < 100
    by_id = {i.id: i for i in effective.items}
    assert by_id[critical].status is Status.not_met
    assert "never asked about it" in by_id[critical].reason
    assert "an educator marked this not met" in by_id[critical].reason
    # the grader's scorecard is untouched
    assert all(i.status is Status.met and i.reason == "the grader's" for i in card.items)


def test_feedback_follows_the_educators_marks(library) -> None:
    station = library.station_for(CASE)
    first, second = [i for i in station.items][:2]
    card = graded(library, CASE, default=Status.not_met)
    card = card.model_copy(update={"feedback": [
        FeedbackItem(item=first.text, status=Status.not_met, why="because"),
        FeedbackItem(item=second.text, status=Status.not_met, why="because")]})
    effective = apply_overrides(card, station, {
        first.id: EducatorMark(Status.met, "it was there"),
        second.id: EducatorMark(Status.partly, "some of it")})
    assert [(f.item, f.status) for f in effective.feedback] == [(second.text, Status.partly)]


def test_an_unknown_item_or_another_station_is_refused(library) -> None:
    card = graded(library, CASE)
    with pytest.raises(UnknownItem, match="no-such-item"):
        apply_overrides(card, library.station_for(CASE),
                        {"no-such-item": EducatorMark(Status.met, "x")})
    with pytest.raises(ValueError, match="station"):
        apply_overrides(card, library.station_for("resp-breathless"), {})


# -- the learner model ----------------------------------------------------------------------

def test_a_replay_equals_recording_the_overridden_scorecard_from_the_start(made,
                                                                          library) -> None:
    store = SqlLearnerStore(made)
    difficulties = {c.id: c.difficulty for c in library.cases.values()}
    first = graded(library, CASE, default=Status.partly)
    second = graded(library, "resp-breathless", default=Status.not_met)
    third = graded(library, CASE, default=Status.met)
    for n, card in enumerate((first, second, third), start=1):
        store.record("amy", card, difficulties[card.case_id], encounter_id=f"e{n}")
    before = store.ratings("amy")

    corrected = graded(library, "resp-breathless", default=Status.met)
    replayed = store.replay("amy", "e2", corrected, difficulties)

    for card in (first, corrected, third):  # what amy would have had all along
        store.record("bob", card, difficulties[card.case_id])
    assert store.ratings("amy") == store.ratings("bob") != before
    assert [m for _, m in store.mastery_history("amy")] == \
        [m for _, m in store.mastery_history("bob")]
    assert [(a.percent, a.passed, a.mean_mastery) for a in store.attempts("amy")] == \
        [(a.percent, a.passed, a.mean_mastery) for a in store.attempts("bob")]
    # the model as it stood right after the corrected attempt: what its recommendation needs
    assert replayed is not None and replayed.history == [CASE, "resp-breathless"]
    after_second = [m for _, m in store.mastery_history("bob")][1]
    assert {c: r.mastery for c, r in replayed.ratings.items()} == after_second


def test_a_replay_without_every_difficulty_changes_nothing(made, library) -> None:
    store = SqlLearnerStore(made)
    store.record("amy", graded(library, CASE, default=Status.not_met), 3, encounter_id="e1")
    store.record("amy", graded(library, "resp-breathless"), 2, encounter_id="e2")
    before = (store.ratings("amy"), store.attempts("amy"))
    with pytest.raises(MissingDifficulty, match="resp-breathless"):
        store.replay("amy", "e1", graded(library, CASE), {CASE: 3})
    assert (store.ratings("amy"), store.attempts("amy")) == before
    assert store.replay("amy", "not-an-attempt", graded(library, CASE), {}) is None


# -- counts per item ------------------------------------------------------------------------

def _encounters(made, library, n: int) -> list[str]:
    """n graded encounters of one student on CASE."""
    student = UserStore(made).create("sam", "password1", Role.student, time.time())
    store, station = EncounterStore(made), library.station_for(CASE)
    ids = []
    for _ in range(n):
        info = store.create(owner_id=student.id, learner=student.pseudonym, case_id=CASE,
                            case_hash="h", station_id=station.id, rubric_hash="r",
                            engine="scripted", stage=Stage.done, deadline=None, now=1.0)
        store.save_scorecard(info.id, graded(library, CASE, default=Status.partly), None, 1.0)
        ids.append(info.id)
    return ids


def test_overrides_are_counted_per_item_with_their_direction(made, library) -> None:
    e1, e2, e3 = _encounters(made, library, 3)
    station = library.station_for(CASE).id

    def mark(eid: str, item: str, status: Status, at: float = 1.0) -> Override:
        return Override(encounter_id=eid, item_id=item, station_id=station,
                        grader_status=Status.partly, status=status, comment="why", by="eve",
                        at=at)

    store = OverrideStore(made)
    store.set([mark(e1, "intro", Status.met), mark(e1, "social", Status.not_met)])
    store.set([mark(e2, "intro", Status.not_met, at=2.0)])
    assert set(store.of(e1)) == {"intro", "social"} and store.of(e3) == {}

    counts = store.counts()
    assert [(c.item_id, c.graded, c.overridden, c.up, c.down) for c in counts] == \
        [("intro", 3, 2, 1, 1), ("social", 3, 1, 0, 1)]
    assert counts[0].rate == pytest.approx(2 / 3)
    assert counts[0].encounters == [e2, e1]  # newest override first

    # the grader's own mark again: the educator agrees, and the override is withdrawn
    store.set([mark(e1, "intro", Status.partly)])
    assert set(store.of(e1)) == {"social"}
    assert [(c.item_id, c.overridden) for c in store.counts()] == [("intro", 1), ("social", 1)]


# -- the use case, in process ---------------------------------------------------------------

@pytest.fixture
def service(made, library) -> EncounterService:
    # never asked for a reply: the interview is ended at once and the note graded
    unused = SimpleNamespace(name="scripted")
    return EncounterService(store=EncounterStore(made), learners=SqlLearnerStore(made),
                            library=library, engine=unused, grader=RuleGrader(),  # type: ignore[arg-type]
                            clock=ManualClock(), timing=Timing(60, 300))


def test_an_override_feeds_the_results_the_learner_model_and_the_next_case(made, service,
                                                                          library) -> None:
    users = UserStore(made)
    ann = users.create("ann", "password1", Role.student, time.time())
    eve = users.create("eve", "password1", Role.educator, time.time())
    info = service.end_interview(service.start(ann, CASE))
    info = service.save_note(info, Note(differential=["indigestion"]), submit=True)
    before = service.results(info)
    assert before is not None and not before.scorecard.passed
    missed = [i.id for i in before.scorecard.items if i.status is not Status.met]
    assert missed

    marks = [Mark(item=i, status=Status.met, comment=f"{i} was asked after all")
             for i in missed]
    done = override(service, info, marks, eve)

    assert done.replayed and set(done.overrides) == set(missed)
    after = service.results(info)
    assert after is not None and after.scorecard.percent == 100 and after.scorecard.passed
    assert all(i.status is Status.met for i in after.scorecard.items)
    # the grader's marks are kept as they were
    assert service.store.scorecard(info.id)[0] == before.scorecard
    # the learner model is what it would be had the grader marked it so
    fresh = SqlLearnerStore(made)
    fresh.record("fresh", after.scorecard, library.case(CASE).difficulty)
    assert service.learners.ratings(ann.pseudonym) == fresh.ratings("fresh")
    assert service.learners.attempts(ann.pseudonym)[0].percent == 100
    # and so is the next case: a different one once everything here is met
    choice = recommend(fresh.ratings("fresh"), case_profiles(library), [CASE])
    assert after.recommendation["case_id"] == choice.case_id
    assert after.recommendation != before.recommendation
    assert after.recommendation["case_id"] != before.recommendation["case_id"]
    # the learner reads the comment, not who wrote it
    seen = after.scorecard.student_view(library.case(CASE).answer_key())
    reason = next(i.reason for i in seen.items if i.id == missed[0])
    assert f"{missed[0]} was asked after all" in reason and "eve" not in reason

    # the grader's own mark withdraws the override and restores the grader's
    grader_mark = next(i.status for i in before.scorecard.items if i.id == missed[0])
    override(service, info, [Mark(item=missed[0], status=grader_mark,
                                  comment="on reflection, no")], eve)
    assert missed[0] not in OverrideStore(made).of(info.id)
    assert service.results(info).scorecard.percent < 100


def test_bad_overrides_are_refused_and_change_nothing(made, service) -> None:
    users = UserStore(made)
    ann = users.create("ann", "password1", Role.student, time.time())
    eve = users.create("eve", "password1", Role.educator, time.time())
    running = service.start(ann, CASE)
    with pytest.raises(NotReviewable, match="not finished"):
        override(service, running, [Mark(item="intro", status=Status.met, comment="x")], eve)
    info = service.save_note(service.end_interview(running), Note(), submit=True)
    ratings = service.learners.ratings(ann.pseudonym)
    with pytest.raises(BadMark, match="no-such-item"):
        override(service, info, [Mark(item="intro", status=Status.met, comment="x"),
                                 Mark(item="no-such-item", status=Status.met, comment="x")],
                 eve)
    with pytest.raises(BadMark, match="more than once"):
        override(service, info, [Mark(item="intro", status=Status.met, comment="x")] * 2, eve)
    with pytest.raises(BadMark, match="no marks"):
        override(service, info, [], eve)
    with pytest.raises(PermissionError):
        override(service, info, [Mark(item="intro", status=Status.met, comment="x")], ann)
    with pytest.raises(ValueError):
        Mark(item="intro", status=Status.met, comment="   ")  # a comment is required
    assert OverrideStore(made).of(info.id) == {}
    assert service.learners.ratings(ann.pseudonym) == ratings


# -- over a real server ---------------------------------------------------------------------

def _finished(client: Client) -> str:
    eid = client.start(CASE)

    async def go():
        async with await client.socket(eid) as ws:
            await receive(ws)
            for i, q in enumerate(["Hello, I'm a medical student. What brings you in today?",
                                   "Where is the pain?"]):
                await ask(ws, f"q{i}", q)
    asyncio.run(go())
    client.post(f"/api/encounters/{eid}/end")
    r = client.post(f"/api/encounters/{eid}/note",
                    {"note": {"differential": ["indigestion"]}, "submit": True})
    assert r.status_code == 200, r.text
    return eid


def _items(results: dict) -> dict[str, dict]:
    return {i["id"]: i for i in results["scorecard"]["items"]}


def test_an_educator_overrides_marks_and_the_student_sees_them(server) -> None:
    ann, eve = Client(server, "ann"), Client(server, "eve")
    eid = _finished(ann)
    before = ann.http.get(f"/api/encounters/{eid}/results").json()
    mastery_before = ann.http.get("/api/learner/export").json()["mastery"]
    missed = [i for i, item in _items(before).items() if item["status"] != "met"]
    assert len(missed) >= 2
    url = f"/api/staff/encounters/{eid}/overrides"

    # students may not, and bad marks change nothing
    assert ann.post(url, {"marks": [{"item": missed[0], "status": "met",
                                     "comment": "x"}]}).status_code == 403
    assert ann.http.get("/staff/overrides").status_code == 403
    assert ann.http.get(url).status_code == 404  # as if there were no such encounter
    r = eve.post(url, {"marks": [{"item": "no-such-item", "status": "met", "comment": "x"}]})
    assert r.status_code == 400 and "no-such-item" in r.json()["detail"]
    for bad in ({"item": missed[0], "status": "excellent", "comment": "x"},
                {"item": missed[0], "status": "met", "comment": " "}):
        assert eve.post(url, {"marks": [bad]}).status_code == 422
    assert eve.http.post(url, json={"marks": [{"item": missed[0], "status": "met",
                                               "comment": "x"}]}).status_code == 403  # no CSRF
    assert eve.http.get(url).json()["overrides"] == []
    running = ann.start(CASE)
    r = eve.post(f"/api/staff/encounters/{running}/overrides",
                 {"marks": [{"item": missed[0], "status": "met", "comment": "x"}]})
    assert r.status_code == 409 and "not finished" in r.json()["detail"]

    # the API: every missed item but one met
    r = eve.post(url, {"marks": [{"item": i, "status": "met", "comment": f"{i}: heard it"}
                                 for i in missed[1:]]})
    assert r.status_code == 200, r.text
    assert r.json()["learner_model_updated"]
    # the form, from the staff page, for the last one
    page = eve.http.get(f"/encounters/{eid}")
    assert page.status_code == 200 and f'id="review-{missed[0]}"' in page.text
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    form = f"/staff/encounters/{eid}/overrides"
    r = eve.http.post(form, data={"csrf": token, "item": missed[0], "status": "met",
                                  "comment": ""})
    assert r.status_code == 303  # no comment: refused with a message
    assert "Mark not saved" in eve.http.get(f"/encounters/{eid}").text
    assert missed[0] not in {o["item_id"] for o in eve.http.get(url).json()["overrides"]}
    r = eve.http.post(form, data={"csrf": token, "item": missed[0], "status": "met",
                                  "comment": "Asked well, in other words."})
    assert r.status_code == 303 and r.headers["location"] == f"/encounters/{eid}"
    staff_page = eve.http.get(f"/encounters/{eid}").text
    assert "Saved: met" in staff_page and "Asked well, in other words." in staff_page
    assert len(eve.http.get(url).json()["overrides"]) == len(missed)

    # the student's results: the educator's marks and comments, the score, the next case
    after = ann.http.get(f"/api/encounters/{eid}/results").json()
    assert all(item["status"] == "met" for item in _items(after).values())
    assert after["scorecard"]["percent"] == 100 and after["scorecard"]["passed"]
    assert "Asked well, in other words." in _items(after)[missed[0]]["reason"]
    assert after["recommendation"] != before["recommendation"]
    exported = ann.http.get("/api/learner/export").json()
    mastery = exported["mastery"]
    # the right of access: the educator's marks and comments, the score as shown, not who
    [mine] = [e for e in exported["encounters"] if e["encounter"]["id"] == eid]
    assert {o["item_id"] for o in mine["overrides"]} == set(missed)
    assert all("by" not in o for o in mine["overrides"])
    assert mine["scorecard"]["percent"] == 100
    assert all(mastery[c] > mastery_before[c] for c in mastery_before)
    results_page = ann.http.get(f"/encounters/{eid}").text
    assert "Asked well, in other words." in results_page and "100%" in results_page
    assert "Review the marking" not in results_page

    # the items most overridden, for staff
    listing = eve.http.get("/staff/overrides")
    assert listing.status_code == 200 and f'data-item="{missed[0]}"' in listing.text
    assert f"/encounters/{eid}#review-{missed[0]}" in listing.text
    counts = {c["item_id"]: c for c in eve.http.get("/api/staff/overrides").json()}
    assert counts[missed[0]]["overridden"] == 1 and counts[missed[0]]["up"] == 1
    assert counts[missed[0]]["graded"] >= 1
