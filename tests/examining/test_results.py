"""Circuit results, calibration and standard setting, worked from records built by hand (and,
once, read from a real store)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pytest

from osce.encounters.clock import ManualClock
from osce.encounters.service import EncounterService
from osce.examining.calibration import calibrate
from osce.examining.circuit import CircuitPlan, StationSlot
from osce.examining.records import CircuitRecords, gather
from osce.examining.results import (
    CSV_HEADER,
    RowState,
    circuit_results,
    examiner_score,
    station_standard,
    to_csv,
)
from osce.examining.service import CircuitService
from osce.grading.factory import make_grader
from osce.grading.scoring import summarise
from osce.library import Library
from osce.models.rubric import Domain, Evidence, Item, Station
from osce.models.scorecard import ItemResult, Scorecard, Status
from osce.models.user import Role
from osce.store.circuits import CircuitEncounter, CircuitStore, ExaminerMarks
from osce.store.database import migrate, open_engine, sessions
from osce.store.encounters import EncounterStore
from osce.store.learners import SqlLearnerStore
from osce.store.users import UserStore

MET, PARTLY, NOT = Status.met, Status.partly, Status.not_met


def _station(station_id: str, case: str) -> Station:
    """Ten items of weight 1, so a checklist score is ten points a met item; i0 is critical."""
    return Station(id=station_id, case=case, pass_mark=60, items=[
        Item(id=f"i{k}", text=f"Item {k}", domain=Domain.data_gathering, critical=k == 0,
             rationale="why", evidence=Evidence(phrasings=["x"])) for k in range(10)])


STATION_A, STATION_B = _station("st-a", "case-a"), _station("st-b", "case-b")
PLAN = CircuitPlan(id="c1", title="Mock OSCE", reading_seconds=60, station_seconds=300,
                   changeover_seconds=0, candidates=["ann", "ben"],
                   stations=[StationSlot(case_id="case-a", station_id="st-a"),
                             StationSlot(case_id="case-b", station_id="st-b")])
# round 0: ann at A, ben at B; round 1 the other way round
LINKS = [CircuitEncounter(encounter_id=f"e-{who}-{r}", circuit_id="c1", candidate=who,
                          station_index=(i + r) % 2, round=r)
         for r in (0, 1) for i, who in enumerate(PLAN.candidates)]


def _statuses(met: int, partly: int = 0) -> dict[str, Status]:
    """The first `met` items met (the critical i0 among them unless met is 0), then `partly`."""
    return {f"i{k}": MET if k < met else PARTLY if k < met + partly else NOT for k in range(10)}


def _marks(encounter: str, station: Station, items: dict[str, Status], rating: str,
           circuit: str = "c1", comment: str = "") -> ExaminerMarks:
    return ExaminerMarks(encounter_id=encounter, circuit_id=circuit, station_id=station.id,
                         items=items, global_rating=rating, comment=comment, by="xena",
                         at=1_800_000_000.0)


def _card(station: Station, items: dict[str, Status]) -> Scorecard:
    results = [ItemResult(id=i.id, text=i.text, domain=i.domain, weight=i.weight,
                          critical=i.critical, status=items[i.id]) for i in station.items]
    return Scorecard(case_id=station.case, case_hash="h", station_id=station.id,
                     grader="rules", **summarise(station, results))


def _records(marks: list[ExaminerMarks], cards: dict[str, Scorecard],
             elsewhere: list[ExaminerMarks] | None = None,
             candidates: dict[str, str] | None = None) -> CircuitRecords:
    pool = [*marks, *(elsewhere or [])]
    return CircuitRecords(
        plan=PLAN, stations=[STATION_A, STATION_B], links=LINKS,
        marks={m.encounter_id: m for m in marks}, scorecards=cards,
        station_marks={s.id: [m for m in pool if m.station_id == s.id]
                       for s in (STATION_A, STATION_B)},
        candidates={**{link.encounter_id: link.candidate for link in LINKS},
                    **(candidates or {})})


# Ten ratings whose least-squares line is worked by hand: levels 0..4 (x), scores (y)
#   x: 0  0  1  1  2  2  3  3  4  4      mean x 2, mean y 60, Sxx 20, Sxy 320
#   y: 20 30 40 50 60 70 70 80 90 90     slope 16, intercept 28: at borderline (1), 44
LEVELS = ["clear fail", "borderline", "clear pass", "good", "excellent"]
TEN = [(0, 2), (0, 3), (1, 4), (1, 5), (2, 6), (2, 7), (3, 7), (3, 8), (4, 9), (4, 9)]


def _earlier(n: int) -> tuple[list[ExaminerMarks], dict[str, str]]:
    """n ratings of station A from another circuit, c0, with their candidates."""
    marks = [_marks(f"old-{k}", STATION_A, _statuses(met), LEVELS[level], circuit="c0")
             for k, (level, met) in enumerate(TEN[:n])]
    return marks, {f"old-{k}": f"cand{k}" for k in range(n)}


# -- the examiner's score -------------------------------------------------------------------

def test_the_examiners_checklist_score_is_the_graders_arithmetic() -> None:
    library = Library.load()
    station = next(s for r in library.rubrics.values() for s in r.stations
                   if s.id == "cardio-chest-pain-history")
    # weights total 22: all met but risk-factors (3, critical) and ice partly (2 -> 1)
    marks = {i.id: MET for i in station.items} | {"risk-factors": NOT, "ice": PARTLY}
    score = examiner_score(station, marks)
    assert score.percent == pytest.approx(round(100 * 18 / 22, 1)) == 81.8
    assert score.critical_missed == ["risk-factors"]
    assert score.percent == _card(station, marks).percent
    # an item the marks lack counts as not met, as an unticked one does when marking
    del marks["intro"]
    assert examiner_score(station, marks).percent == pytest.approx(round(100 * 17 / 22, 1))


# -- standard setting -----------------------------------------------------------------------

def test_the_fixed_pass_mark_stands_until_there_are_ten_ratings() -> None:
    nine, names = _earlier(9)
    standard = station_standard(STATION_A, nine, names)
    assert standard.regression.source == "fixed" and standard.pass_mark == 60
    assert "only 9 ratings of the 10" in standard.regression.reason
    assert standard.regression.slope is not None  # still computed, for review

    ten, names = _earlier(10)
    standard = station_standard(STATION_A, ten, names)
    xs = [level for level, _ in TEN]
    ys = [10.0 * met for _, met in TEN]
    slope, intercept = np.polyfit(xs, ys, 1)
    assert (slope, intercept) == (pytest.approx(16), pytest.approx(28))
    assert standard.regression.source == "regression"
    assert standard.regression.slope == pytest.approx(slope)
    assert standard.pass_mark == pytest.approx(44.0)
    assert [(p.candidate, p.percent, p.rating) for p in standard.points][:2] == [
        ("cand0", 20.0, "clear fail"), ("cand1", 30.0, "clear fail")]


def test_a_rating_off_the_scale_is_left_out_not_fatal() -> None:
    ten, names = _earlier(10)
    odd = _marks("odd", STATION_A, _statuses(5), "superb", circuit="c0")
    standard = station_standard(STATION_A, [*ten, odd], names)
    assert standard.left_out == 1 and standard.regression.n == 10


def test_the_pass_mark_in_force_decides_pass_or_fail() -> None:
    # ann's own rating is TEN's fourth, 50% at borderline: a fail on the rubric's 60, a pass
    # on the regression's 44 once the other nine ratings of the station are in
    ann = _marks("e-ann-0", STATION_A, _statuses(5), "borderline")
    assert TEN[3] == (1, 5)
    others, names = _earlier(10)
    del others[3]
    row = circuit_results(_records([ann], {}, others, names)).row("ann", 0)
    assert (row.pass_mark, row.pass_mark_source, row.passed) == (44.0, "regression", True)
    row = circuit_results(_records([ann], {}, others[1:], names)).row("ann", 0)
    assert (row.pass_mark, row.pass_mark_source, row.passed) == (60.0, "fixed", False)


def test_a_critical_item_missed_fails_whatever_the_score() -> None:
    marks = _statuses(10) | {"i0": NOT}  # 90%
    row = circuit_results(_records([_marks("e-ann-0", STATION_A, marks, "good")], {})).row(
        "ann", 0)
    assert row.examiner_percent == 90.0 and row.critical_missed == ["i0"]
    assert row.passed is False


# -- results --------------------------------------------------------------------------------

def test_rows_keep_the_examiners_marks_of_record_and_the_grader_beside_them() -> None:
    marks = [_marks("e-ann-0", STATION_A, _statuses(7), "clear pass", comment="Good rapport"),
             _marks("e-ben-0", STATION_B, _statuses(4, partly=2), "clear fail")]
    cards = {"e-ann-0": _card(STATION_A, _statuses(5)),
             "e-ann-1": _card(STATION_B, _statuses(9)),  # graded, not marked
             "e-ben-0": _card(STATION_B, _statuses(4))}
    records = _records(marks, cards)
    records.links = LINKS[:3]  # ben has not reached station A yet
    results = circuit_results(records)

    ann_a = results.row("ann", 0)
    assert (ann_a.state, ann_a.examiner_percent, ann_a.grader_percent) == (
        RowState.marked, 70.0, 50.0)
    assert (ann_a.global_rating, ann_a.marked_by, ann_a.comment) == (
        "clear pass", "xena", "Good rapport")
    assert ann_a.passed is True and ann_a.pass_mark == 60.0
    # graded but not marked: the grader's 90% is shown and decides nothing
    ann_b = results.row("ann", 1)
    assert ann_b.state is RowState.not_marked and ann_b.grader_percent == 90.0
    assert ann_b.examiner_percent is None and ann_b.passed is None
    ben_b = results.row("ben", 1)
    assert ben_b.examiner_percent == 50.0 and ben_b.passed is False
    assert results.row("ben", 0).state is RowState.no_encounter

    ann = results.summary("ann")
    assert (ann.stations, ann.marked, ann.passed, ann.mean_percent) == (2, 1, 1, 70.0)
    ben = results.summary("ben")
    assert (ben.marked, ben.passed, ben.mean_percent, ben.complete) == (1, 0, 50.0, False)


def test_the_csv_reads_back_one_line_per_candidate_and_station() -> None:
    marks = [_marks("e-ann-0", STATION_A, _statuses(7), "clear pass",
                    comment='=HYPERLINK("http://x","y"), then "quoted"'),
             _marks("e-ben-0", STATION_B, _statuses(0), "clear fail")]
    cards = {"e-ann-0": _card(STATION_A, _statuses(5))}
    text = to_csv(circuit_results(_records(marks, cards)))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == CSV_HEADER and len(rows) == 4
    by = {(r["candidate"], r["station_number"]): r for r in rows}
    ann_a = by[("ann", "1")]
    assert (ann_a["station"], ann_a["encounter"], ann_a["status"]) == ("st-a", "e-ann-0",
                                                                       "marked")
    assert (ann_a["examiner_percent"], ann_a["grader_percent"], ann_a["pass_mark"]) == (
        "70.0", "50.0", "60.0")
    assert (ann_a["result"], ann_a["pass_mark_source"], ann_a["marked_at_utc"]) == (
        "pass", "fixed", "2027-01-15T08:00:00+00:00")
    # a formula stays text in a spreadsheet; the rest of the comment survives the quoting
    assert ann_a["examiner_comment"] == '\'=HYPERLINK("http://x","y"), then "quoted"'
    ben_b = by[("ben", "2")]
    assert (ben_b["examiner_percent"], ben_b["examiner_critical_missed"], ben_b["result"]) == (
        "0.0", "i0", "fail")
    ann_b = by[("ann", "2")]
    assert (ann_b["status"], ann_b["examiner_percent"], ann_b["result"]) == (
        "not marked", "", "")


# -- calibration ----------------------------------------------------------------------------

def test_calibration_pairs_items_and_links_disagreements_to_their_encounters() -> None:
    marks = [_marks("e-ann-0", STATION_A, _statuses(6), "clear pass"),
             _marks("e-ben-1", STATION_A, _statuses(3), "borderline"),
             _marks("e-ben-0", STATION_B, _statuses(5), "borderline")]
    # the grader: agrees with ann's examiner; for ben, gives i3 and i4 where the examiner did
    # not give i3, and marks i1 partly where the examiner gave it
    cards = {"e-ann-0": _card(STATION_A, _statuses(6)),
             "e-ben-1": _card(STATION_A, _statuses(3) | {"i1": PARTLY, "i3": MET, "i4": MET}),
             "e-ann-1": _card(STATION_B, _statuses(2))}  # station B: graded, never marked
    a, b = calibrate(_records(marks, cards))

    assert a.compared == 2 and b.compared == 0
    assert b.agreement is None and all(row.agreement is None for row in b.items)
    assert a.agreement is not None and a.agreement.n == 20  # 10 items x 2 encounters
    assert a.agreement.observed == pytest.approx(17 / 20)
    per_item = {row.item.id: row.agreement for row in a.items}
    assert per_item["i0"] is not None and per_item["i0"].n == 2
    assert per_item["i0"].observed == 1.0

    worst = {d.item.id: d for d in a.disagreements}
    assert set(worst) == {"i1", "i3", "i4"}
    i3 = worst["i3"]
    assert (i3.disagreement.disagreements, i3.disagreement.n) == (1, 2)
    assert [(c.encounter_id, c.candidate, c.examiner, c.grader) for c in i3.encounters] == [
        ("e-ben-1", "ben", NOT, MET)]
    assert [(c.examiner, c.grader) for c in worst["i1"].encounters] == [(MET, PARTLY)]
    # the regression's inputs are this station's ratings, candidate by candidate
    assert [(p.candidate, p.percent, p.rating) for p in a.standard.points] == [
        ("ann", 60.0, "clear pass"), ("ben", 30.0, "borderline")]


# -- read from a real store -------------------------------------------------------------------

class NoReplies:
    name = "scripted"


def test_gather_pools_every_circuits_ratings_of_a_station(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'osce.db'}")
    migrate(engine)
    made = sessions(engine)
    users = UserStore(made)
    for name in ("ann", "ben"):
        users.create(name, "secret-pass", Role.student, 0)
    xena = users.create("xena", "secret-pass", Role.examiner, 0)
    clock = ManualClock(1_800_000_000.0)
    encounters = EncounterService(store=EncounterStore(made), learners=SqlLearnerStore(made),
                                  library=Library.load(), engine=NoReplies(),  # type: ignore[arg-type]
                                  grader=make_grader("rules"), clock=clock)
    circuits = CircuitService(CircuitStore(made), encounters, users, clock)
    encounters.timetable = circuits
    slots = [StationSlot(case_id="cardio-chest-pain", station_id="cardio-chest-pain-history"),
             StationSlot(case_id="resp-breathless", station_id="resp-breathless-history")]
    for cid, order in (("mock-1", ["ann", "ben"]), ("mock-2", ["ben", "ann"])):
        circuits.create(CircuitPlan(id=cid, title=cid, stations=slots, reading_seconds=60,
                                    station_seconds=300, changeover_seconds=0,
                                    candidates=order), xena)
        circuits.start(cid)
    # mock-2's first round: ben at chest pain, marked; mock-1's: ann there, marked and graded
    (ben_old,) = [link for link in circuits.store.links("mock-2")
                  if link.candidate == "ben"]
    circuits.mark(ben_old.encounter_id, xena, {"intro": "met"}, "clear fail", "")
    (ann_now,) = [link for link in circuits.store.links("mock-1") if link.candidate == "ann"]
    circuits.mark(ann_now.encounter_id, xena, {"intro": "met", "risk-factors": "met"},
                  "borderline", "")
    station = circuits.station(slots[0])
    card = _card(station, {i.id: MET for i in station.items})
    encounters.store.save_scorecard(ann_now.encounter_id, card, None, clock.now())

    records = gather(circuits, "mock-1")
    assert set(records.marks) == {ann_now.encounter_id}
    assert set(records.scorecards) == {ann_now.encounter_id}
    pooled = records.station_marks["cardio-chest-pain-history"]
    assert {m.circuit_id for m in pooled} == {"mock-1", "mock-2"}
    assert records.candidates[ben_old.encounter_id] == "ben"

    results = circuit_results(records)
    points = {(p.circuit_id, p.candidate, p.rating) for p in results.standards[0].points}
    assert points == {("mock-1", "ann", "borderline"), ("mock-2", "ben", "clear fail")}
    assert results.standards[0].regression.source == "fixed"
    assert results.row("ann", 0).grader_percent == 100.0
    assert results.row("ann", 0).examiner_percent == pytest.approx(round(100 * 4 / 22, 1))
