"""A circuit's records read out of the stores in one place, so that results, calibration and
standard setting (results.py, calibration.py) are pure functions of what was read."""

from __future__ import annotations

from pydantic import BaseModel

from osce.examining.circuit import CircuitPlan
from osce.examining.service import CircuitService
from osce.models.rubric import Station
from osce.models.scorecard import Scorecard
from osce.store.circuits import CircuitEncounter, ExaminerMarks


class CircuitRecords(BaseModel):
    """Everything a circuit's results are worked out from."""

    plan: CircuitPlan
    stations: list[Station]  # the rubric station of each plan slot, in plan order
    links: list[CircuitEncounter]
    marks: dict[str, ExaminerMarks]  # encounter id -> the examiner's marks, this circuit
    # encounter id -> the grader's own scorecard, before any educator's override: it is the
    # grader that calibration measures against the examiner
    scorecards: dict[str, Scorecard]
    # The pass mark is set from every circuit's ratings of a station, not just this one's:
    # station id -> every examiner's marks for it, and encounter id -> candidate for those.
    station_marks: dict[str, list[ExaminerMarks]]
    candidates: dict[str, str]


def gather(circuits: CircuitService, circuit_id: str) -> CircuitRecords:
    """Raises UnknownCircuit, or CircuitRefused when a station's rubric is gone."""
    found = circuits.store.get(circuit_id)
    stations = [circuits.station(slot) for slot in found.plan.stations]
    links = circuits.store.links(circuit_id)
    scorecards = {}
    for link in links:
        graded = circuits.encounters.store.scorecard(link.encounter_id)
        if graded is not None:
            scorecards[link.encounter_id] = graded[0]
    station_marks = {s.id: circuits.store.marks(station_id=s.id) for s in stations}
    candidates = {link.encounter_id: link.candidate for link in links}
    others = {m.circuit_id for ms in station_marks.values() for m in ms} - {circuit_id}
    for other in sorted(others):
        candidates.update({link.encounter_id: link.candidate
                           for link in circuits.store.links(other)})
    return CircuitRecords(plan=found.plan, stations=stations, links=links,
                          marks={m.encounter_id: m for m in circuits.store.marks(circuit_id)},
                          scorecards=scorecards, station_marks=station_marks,
                          candidates=candidates)
