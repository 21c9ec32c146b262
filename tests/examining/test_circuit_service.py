"""Circuits run by the service on a real store: the circuit's bells drive the encounters,
a pause holds them, a resume gives the time back, and a restart keeps time."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce.encounters.clock import ManualClock
from osce.encounters.service import EncounterError, EncounterService
from osce.engine.protocol import Utterance
from osce.examining.circuit import CircuitPlan, Phase, StationSlot, Status
from osce.examining.service import CircuitRefused, CircuitService
from osce.grading.factory import make_grader
from osce.library import Library
from osce.models.encounter import Stage
from osce.models.user import Role
from osce.store.circuits import CircuitStore
from osce.store.database import migrate, open_engine, sessions
from osce.store.encounters import EncounterStore
from osce.store.learners import SqlLearnerStore
from osce.store.users import UserStore

T0 = 1_800_000_000.0
STATIONS = [StationSlot(case_id="cardio-chest-pain", station_id="cardio-chest-pain-history"),
            StationSlot(case_id="resp-breathless", station_id="resp-breathless-history")]


class NoReplies:
    """The engine is never asked anything here: these tests are about the clock."""

    name = "scripted"


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load()


def _services(db: Path, library: Library, clock: ManualClock) -> CircuitService:
    made = sessions(open_engine(f"sqlite:///{db}"))
    encounters = EncounterService(store=EncounterStore(made), learners=SqlLearnerStore(made),
                                  library=library, engine=NoReplies(),  # type: ignore[arg-type]
                                  grader=make_grader("rules"), clock=clock)
    circuits = CircuitService(CircuitStore(made), encounters, UserStore(made), clock)
    encounters.timetable = circuits
    return circuits


@pytest.fixture
def world(tmp_path: Path, library: Library):
    db = tmp_path / "osce.db"
    engine = open_engine(f"sqlite:///{db}")
    migrate(engine)
    users = UserStore(sessions(engine))
    for name in ("ann", "ben"):
        users.create(name, "secret-pass", Role.student, T0)
    examiner = users.create("xena", "secret-pass", Role.examiner, T0)
    clock = ManualClock(T0)
    circuits = _services(db, library, clock)
    plan = CircuitPlan(id="mock-1", title="Mock OSCE", stations=STATIONS, reading_seconds=60,
                       station_seconds=300, changeover_seconds=30, candidates=["ann", "ben"])
    circuits.create(plan, examiner)
    return circuits, clock, db, library, examiner


def _stages(circuits: CircuitService) -> dict[tuple[str, int], tuple[Stage, float | None]]:
    out = {}
    for link in circuits.store.links("mock-1"):
        info = circuits.encounters.store.get(link.encounter_id)
        out[(link.candidate, link.round)] = (info.stage, info.deadline)
    return out


def test_the_bells_drive_the_encounters_and_a_pause_holds_them(world) -> None:
    circuits, clock, *_ = world
    circuits.start("mock-1")
    assert _stages(circuits) == {("ann", 0): (Stage.door, T0 + 60),
                                 ("ben", 0): (Stage.door, T0 + 60)}
    info = circuits.encounters.store.get(circuits.store.links("mock-1")[0].encounter_id)
    with pytest.raises(EncounterError, match="bell opens the door"):
        circuits.encounters.enter(info)
    clock.advance(61)
    circuits.encounters.sweep()
    assert {s for s, _ in _stages(circuits).values()} == {Stage.interview}
    assert {d for _, d in _stages(circuits).values()} == {T0 + 360}

    clock.advance(39)  # t0 + 100
    circuits.pause("mock-1")
    assert {d for _, d in _stages(circuits).values()} == {None}
    info = circuits.encounters.store.get(info.id)
    with pytest.raises(EncounterError, match="paused"):
        circuits.encounters.commit(info, "c1", Utterance(text="Hello"))
    clock.advance(1000)
    circuits.encounters.sweep()
    circuits.tick()
    assert {s for s, _ in _stages(circuits).values()} == {Stage.interview}
    assert circuits.moment(circuits.store.get("mock-1")).seconds_left == 260

    circuits.resume("mock-1")  # t0 + 1100: 260 s of the station were left
    assert {d for _, d in _stages(circuits).values()} == {T0 + 1360}
    clock.advance(261)
    circuits.encounters.sweep()
    assert {s for s, _ in _stages(circuits).values()} == {Stage.done}
    # the changeover, then round two with the candidates swapped
    clock.advance(30)
    assert circuits.tick() == 2
    links = {(link.candidate, link.round): link.station_index
             for link in circuits.store.links("mock-1")}
    assert links == {("ann", 0): 0, ("ben", 0): 1, ("ann", 1): 1, ("ben", 1): 0}
    assert circuits.tick() == 0  # once per candidate per round


def test_a_restart_mid_circuit_keeps_time(world) -> None:
    circuits, clock, db, library, _ = world
    circuits.start("mock-1")
    clock.advance(200)
    circuits.encounters.sweep()  # the door opened at 60 s
    circuits.pause("mock-1")
    clock.advance(50)
    before = circuits.moment(circuits.store.get("mock-1"))
    again = _services(db, library, clock)  # a new process on the same store
    after = again.moment(again.store.get("mock-1"))
    assert after == before and after.status is Status.paused and after.phase is Phase.station
    again.resume("mock-1")
    assert {d for _, d in _stages(again).values()} == {clock.now() + 160}


def test_candidates_see_only_their_station_and_examiners_mark_the_record(world) -> None:
    circuits, _, _, _, examiner = world
    circuits.start("mock-1")
    found = circuits.store.get("mock-1")
    ann = circuits.users.by_username("ann")
    view, encounter_id = circuits.candidate_view(found, ann)
    assert view.station == STATIONS[0] and view.phase is Phase.reading
    assert "ben" not in view.model_dump_json()
    assert circuits.store.link_of(encounter_id).candidate == "ann"
    with pytest.raises(LookupError):
        circuits.candidate_view(found, examiner)
    with pytest.raises(CircuitRefused, match="no item"):
        circuits.mark(encounter_id, examiner, {"no-such": "met"}, "good", "")
    with pytest.raises(CircuitRefused, match="global rating"):
        circuits.mark(encounter_id, examiner, {}, "superb", "")
    marks = circuits.mark(encounter_id, examiner, {"intro": "met"}, "borderline", "ok")
    assert marks.items["intro"].value == "met"
    assert set(marks.items) == {i.id for i in circuits.station(STATIONS[0]).items}
    assert circuits.store.marks_for(encounter_id).global_rating == "borderline"


def test_bad_circuits_are_refused(world) -> None:
    circuits, _, _, _, examiner = world
    with pytest.raises(CircuitRefused, match="not a student"):
        circuits.create(CircuitPlan(id="mock-2", title="x", stations=STATIONS[:1],
                                    reading_seconds=1, station_seconds=1, changeover_seconds=0,
                                    candidates=["xena"]), examiner)
    with pytest.raises(CircuitRefused, match="no rubric station"):
        circuits.create(CircuitPlan(id="mock-3", title="x", stations=[StationSlot(
            case_id="cardio-chest-pain", station_id="nope")], reading_seconds=1,
            station_seconds=1, changeover_seconds=0), examiner)
    with pytest.raises(CircuitRefused, match="already"):
        circuits.create(circuits.store.get("mock-1").plan, examiner)
    circuits.start("mock-1")
    with pytest.raises(CircuitRefused, match="before the circuit starts"):
        circuits.enrol("mock-1", ["ben"])
