"""The circuit clock: rotation, phase boundaries, pauses, views and restart."""

from __future__ import annotations

import itertools

import pytest
from pydantic import ValidationError

from osce.examining.circuit import (
    CircuitError,
    CircuitPlan,
    ClockState,
    Phase,
    StationSlot,
    Status,
    candidate_view,
    elapsed,
    next_change,
    occupant,
    pause,
    resume,
    rotation,
    slot_of,
    start,
    station_view,
    timeline,
    where,
)

# an epoch-sized start, so float rounding of real timestamps is exercised
T0 = 1_700_000_000.123
EPS = 0.01
READ, STATION, CHANGE = 60, 300, 30
ROUND = READ + STATION + CHANGE


def make_plan(stations: int = 3, candidates: int = 3, changeover: int = CHANGE) -> CircuitPlan:
    return CircuitPlan(
        id="mock-1", title="Mock OSCE",
        stations=[StationSlot(case_id=f"case-{k}", station_id=f"case-{k}-history")
                  for k in range(stations)],
        reading_seconds=READ, station_seconds=STATION, changeover_seconds=changeover,
        candidates=[f"cand-{k}" for k in range(candidates)])


def started() -> ClockState:
    return start(ClockState(), T0)


# --- the plan and the rotation --------------------------------------------------------------


@pytest.mark.parametrize(("stations", "candidates"), [(3, 3), (3, 5), (5, 2), (1, 1), (4, 0)])
def test_each_candidate_visits_each_slot_once_and_never_shares_one(stations: int,
                                                                   candidates: int) -> None:
    plan = make_plan(stations, candidates)
    table = rotation(plan)
    assert plan.rounds == plan.slots == max(stations, candidates) == len(table)
    for r, slots in enumerate(table):
        assert len(set(slots)) == len(slots), f"two candidates share a slot in round {r}"
    for i in range(candidates):
        assert sorted(table[r][i] for r in range(plan.rounds)) == list(range(plan.slots))
    # occupant is the inverse of slot_of
    for r in range(plan.rounds):
        for i in range(candidates):
            assert occupant(plan, slot_of(plan, i, r), r) == plan.candidates[i]


def test_extra_candidates_rest_instead_of_doubling_up() -> None:
    plan = make_plan(stations=3, candidates=5)
    state = started()
    rests = {c: 0 for c in plan.candidates}
    for r in range(plan.rounds):
        moment = where(plan, state, T0 + r * ROUND + 1)
        assert moment.round == r
        resting = [p.candidate_id for p in moment.positions if p.station is None]
        busy = [p.station_index for p in moment.positions if p.station is not None]
        assert len(resting) == 2
        assert sorted(busy) == [0, 1, 2]
        for c in resting:
            rests[c] += 1
            view = candidate_view(plan, state, T0 + r * ROUND + 1, c)
            assert view.resting and view.station is None
    assert set(rests.values()) == {2}


def test_the_plan_rejects_what_a_circuit_cannot_run() -> None:
    good = make_plan().model_dump()
    with pytest.raises(ValidationError):
        CircuitPlan.model_validate({**good, "stations": []})
    with pytest.raises(ValidationError, match="enrolled twice"):
        CircuitPlan.model_validate({**good, "candidates": ["a", "b", "a"]})
    with pytest.raises(ValidationError, match="station appears twice"):
        CircuitPlan.model_validate({**good, "stations": [good["stations"][0]] * 2})
    for key in ("reading_seconds", "station_seconds"):
        with pytest.raises(ValidationError):
            CircuitPlan.model_validate({**good, key: 0})
    with pytest.raises(ValidationError):
        CircuitPlan.model_validate({**good, "changeover_seconds": -1})
    assert CircuitPlan.model_validate({**good, "changeover_seconds": 0}).changeover_seconds == 0
    with pytest.raises(ValidationError):
        CircuitPlan.model_validate({**good, "surprise": 1})


def test_timeline_has_no_changeover_after_the_last_round_or_when_it_is_zero() -> None:
    spans = timeline(make_plan())
    assert [(s.round, s.phase) for s in spans] == [
        (0, Phase.reading), (0, Phase.station), (0, Phase.changeover),
        (1, Phase.reading), (1, Phase.station), (1, Phase.changeover),
        (2, Phase.reading), (2, Phase.station)]
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    assert spans[-1].end == make_plan().total_seconds == 3 * (READ + STATION) + 2 * CHANGE
    assert Phase.changeover not in {s.phase for s in timeline(make_plan(changeover=0))}


# --- phase boundaries -----------------------------------------------------------------------


@pytest.mark.parametrize(("offset", "round_", "before", "after"), [
    (READ, 0, Phase.reading, Phase.station),
    (READ + STATION, 0, Phase.station, Phase.changeover),
    (ROUND, 0, Phase.changeover, Phase.reading),
    (2 * ROUND + READ, 2, Phase.reading, Phase.station),
])
def test_phases_change_exactly_on_the_second(offset: int, round_: int, before: Phase,
                                             after: Phase) -> None:
    plan, state = make_plan(), started()
    just_before = where(plan, state, T0 + offset - EPS)
    assert (just_before.round, just_before.phase) == (round_, before)
    assert just_before.seconds_left == pytest.approx(EPS, abs=1e-3)
    for t in (T0 + offset, T0 + offset + EPS):
        moment = where(plan, state, t)
        expected_round = round_ + 1 if before is Phase.changeover else round_
        assert (moment.status, moment.round, moment.phase) == (
            Status.running, expected_round, after)
    lengths = {Phase.reading: READ, Phase.station: STATION, Phase.changeover: CHANGE}
    assert where(plan, state, T0 + offset).seconds_left == lengths[after]


def test_finished_after_every_round() -> None:
    plan = make_plan(stations=3, candidates=5)
    total = 5 * (READ + STATION) + 4 * CHANGE
    assert plan.total_seconds == total
    state = started()
    last = where(plan, state, T0 + total - EPS)
    assert (last.status, last.round, last.phase) == (Status.running, 4, Phase.station)
    for t in (T0 + total, T0 + total + 3600):
        done = where(plan, state, t)
        assert done.status is Status.finished
        assert done.round is None and done.phase is None and done.positions == ()


def test_before_the_start_nothing_is_revealed() -> None:
    plan = make_plan()
    for state, now in ((ClockState(), T0), (ClockState(started_at=T0 + 100), T0)):
        moment = where(plan, state, now)
        assert moment.status is Status.not_started and moment.positions == ()
        view = candidate_view(plan, state, now, "cand-0")
        assert view.status is Status.not_started and view.station is None


# --- pausing --------------------------------------------------------------------------------


def test_pause_freezes_the_clock_and_resume_carries_on() -> None:
    plan = make_plan()
    paused = pause(started(), T0 + 100)  # 40 s into round 0's station
    for t in (T0 + 100, T0 + 2000, T0 + 90_000):
        moment = where(plan, paused, t)
        assert (moment.status, moment.round, moment.phase) == (Status.paused, 0, Phase.station)
        assert moment.seconds_left == pytest.approx(STATION - 40)
        assert elapsed(paused, t) == pytest.approx(100)
    gap = 5000 - 100
    resumed = resume(paused, T0 + 5000)
    moment = where(plan, resumed, T0 + 5010)
    assert (moment.status, moment.round, moment.phase) == (Status.running, 0, Phase.station)
    assert moment.seconds_left == pytest.approx(STATION - 50)
    # the whole timetable shifts by the pause
    assert where(plan, resumed, T0 + gap + READ + STATION - EPS).phase is Phase.station
    assert where(plan, resumed, T0 + gap + READ + STATION + EPS).phase is Phase.changeover
    assert where(plan, resumed, T0 + plan.total_seconds + gap - EPS).status is Status.running
    assert where(plan, resumed, T0 + plan.total_seconds + gap).status is Status.finished


def test_several_pauses_add_up_and_the_past_stays_as_it_was() -> None:
    state = started()
    state = resume(pause(state, T0 + 10), T0 + 20)
    state = resume(pause(state, T0 + 50), T0 + 80)
    assert elapsed(state, T0 + 100) == pytest.approx(100 - 10 - 30)
    # asking about a moment inside an earlier pause answers as it was then
    assert elapsed(state, T0 + 15) == pytest.approx(10)
    assert where(make_plan(), state, T0 + 60).status is Status.paused
    assert where(make_plan(), state, T0 + 80).status is Status.running


def test_clock_misuse_is_refused() -> None:
    state = started()
    with pytest.raises(CircuitError, match="already started"):
        start(state, T0 + 1)
    with pytest.raises(CircuitError, match="not started"):
        pause(ClockState(), T0)
    with pytest.raises(CircuitError, match="not started"):
        resume(ClockState(), T0)
    with pytest.raises(CircuitError, match="not paused"):
        resume(state, T0 + 5)
    paused = pause(state, T0 + 5)
    with pytest.raises(CircuitError, match="already paused"):
        pause(paused, T0 + 6)
    with pytest.raises(CircuitError, match="before"):
        resume(paused, T0 + 4)
    with pytest.raises(CircuitError, match="before"):
        pause(state, T0 - 1)
    # the inputs are never changed
    assert state.pauses == () and paused.pauses == ((T0 + 5, None),)


def test_a_stored_clock_state_must_be_coherent() -> None:
    with pytest.raises(ValidationError, match="before it started"):
        ClockState(pauses=((T0, None),))
    with pytest.raises(ValidationError, match="only the last"):
        ClockState(started_at=T0, pauses=((T0 + 1, None), (T0 + 2, T0 + 3)))
    with pytest.raises(ValidationError, match="follow"):
        ClockState(started_at=T0, pauses=((T0 - 1, T0 + 3),))
    with pytest.raises(ValidationError, match="follow"):
        ClockState(started_at=T0, pauses=((T0 + 5, T0 + 10), (T0 + 8, None)))
    with pytest.raises(ValidationError, match="resumed before"):
        ClockState(started_at=T0, pauses=((T0 + 5, T0 + 4),))


# --- views ----------------------------------------------------------------------------------


def test_candidate_view_shows_only_their_own_station() -> None:
    plan, state = make_plan(stations=4, candidates=4), started()
    now = T0 + ROUND + READ + 5  # round 1, station phase
    moment = where(plan, state, now)
    for position in moment.positions:
        view = candidate_view(plan, state, now, position.candidate_id)
        assert view.station == position.station
        assert (view.round, view.phase, view.seconds_left) == (1, Phase.station, STATION - 5)
        text = view.model_dump_json()
        others = [c for c in plan.candidates if c != position.candidate_id]
        assert not any(f'"{c}"' in text for c in others)
        elsewhere = [s.case_id for s in plan.stations if s != position.station]
        assert not any(case_id in text for case_id in elsewhere)
    assert candidate_view(plan, state, now, "cand-2").station == plan.stations[3]
    with pytest.raises(KeyError):
        candidate_view(plan, state, now, "stranger")


def test_station_view_names_who_is_there() -> None:
    plan, state = make_plan(stations=4, candidates=2), started()
    for r in range(plan.rounds):
        now = T0 + r * ROUND + 1
        at = {p.station_index: p.candidate_id for p in where(plan, state, now).positions}
        for k in range(4):
            view = station_view(plan, state, now, k)
            assert view.candidate_id == at.get(k)
            assert view.round == r and view.station == plan.stations[k]
    # two candidates, four stations: half the stations are empty each round
    assert sum(station_view(plan, state, T0 + 1, k).candidate_id is None for k in range(4)) == 2
    with pytest.raises(IndexError):
        station_view(plan, state, T0, 4)
    with pytest.raises(IndexError):
        station_view(plan, state, T0, -1)


# --- waking up ------------------------------------------------------------------------------


def test_next_change_points_at_the_next_boundary() -> None:
    plan, state = make_plan(), started()
    assert next_change(plan, state, T0 + 10) == pytest.approx(T0 + READ)
    assert next_change(plan, state, T0 + READ) == pytest.approx(T0 + READ + STATION)
    assert next_change(plan, ClockState(), T0) is None
    assert next_change(plan, ClockState(started_at=T0 + 50), T0) == T0 + 50
    paused = pause(state, T0 + 100)
    assert next_change(plan, paused, T0 + 200) is None
    resumed = resume(paused, T0 + 1000)
    assert next_change(plan, resumed, T0 + 1000) == pytest.approx(T0 + 900 + READ + STATION)
    assert next_change(plan, state, T0 + plan.total_seconds) is None
    # asked about the past, a recorded pause ahead comes before the phase boundary
    history = resume(pause(state, T0 + 100), T0 + 200)
    assert next_change(plan, history, T0 + 70) == T0 + 100
    assert next_change(plan, history, T0 + 10) == pytest.approx(T0 + READ)


def test_following_next_change_visits_every_phase_then_finishes() -> None:
    plan = make_plan(stations=2, candidates=3)
    state = resume(pause(started(), T0 + 77.7), T0 + 1234.5)
    now, seen = T0 + 1234.5, []
    while (wake := next_change(plan, state, now)) is not None:
        assert wake > now
        before, after = where(plan, state, wake - EPS), where(plan, state, wake)
        assert (before.round, before.phase) != (after.round, after.phase)
        seen.append((after.round, after.phase))
        now = wake
    spans = timeline(plan)
    # paused 17.7 s into round 0's station: every later phase once, then the finish
    assert where(plan, state, T0 + 1234.5).phase is Phase.station
    assert seen == [(s.round, s.phase) for s in spans[2:]] + [(None, None)]
    assert where(plan, state, now).status is Status.finished


# --- restart --------------------------------------------------------------------------------


def test_a_restart_from_stored_json_keeps_time_exactly() -> None:
    plan = make_plan(stations=3, candidates=4)
    state = pause(resume(pause(started(), T0 + 30.25), T0 + 400.5), T0 + 700.125)
    plan2 = CircuitPlan.model_validate_json(plan.model_dump_json())
    state2 = ClockState.model_validate_json(state.model_dump_json())
    assert (plan2, state2) == (plan, state)
    for t in (T0 - 1, T0 + 10, T0 + 30.25, T0 + 500, T0 + 700.125, T0 + 10_000):
        assert where(plan2, state2, t) == where(plan, state, t)
        assert next_change(plan2, state2, t) == next_change(plan, state, t)
        for c in plan.candidates:
            assert candidate_view(plan2, state2, t, c) == candidate_view(plan, state, t, c)
    # and the restored clock carries on exactly where the old one would have
    later = T0 + 20_000
    assert where(plan2, resume(state2, later), later + 5) == where(
        plan, resume(state, later), later + 5)
