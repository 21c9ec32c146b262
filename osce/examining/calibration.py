"""Calibration of a circuit: per station, how far the examiner and the grader agree item by
item (agreement.py), the items they disagree on most with the encounters to read, and the
station's borderline regression with the ratings it was fitted to (results.py).

Only encounters both marked and graded are compared. An item the grader's scorecard does not
hold (the rubric changed between grading and now) gives no pair: there is nothing to agree
with.
"""

from __future__ import annotations

from pydantic import BaseModel

from osce.examining.agreement import (
    Agreement,
    Disagreement,
    item_agreement,
    most_disagreed,
    station_agreement,
)
from osce.examining.records import CircuitRecords
from osce.examining.results import MIN_RATINGS, StationStandard, station_standards
from osce.models.rubric import Item, Station
from osce.models.scorecard import Status


class Compared(BaseModel):
    """An item's marks in one encounter, the examiner's and the grader's; where they differ,
    the encounter is the transcript to read."""

    encounter_id: str
    candidate: str
    examiner: Status
    grader: Status


class ItemRow(BaseModel):
    item: Item
    agreement: Agreement | None  # None when no encounter gives a pair for it


class ItemDisagreement(BaseModel):
    item: Item
    disagreement: Disagreement
    encounters: list[Compared]


class StationCalibration(BaseModel):
    station_index: int
    case_id: str
    station: Station
    compared: int  # encounters both marked and graded
    agreement: Agreement | None  # all the station's pairs pooled
    items: list[ItemRow]  # in rubric order
    disagreements: list[ItemDisagreement]  # most first
    standard: StationStandard


def station_pairs(records: CircuitRecords, index: int) -> dict[str, list[Compared]]:
    """item id -> (examiner, grader) per encounter at this station, in round order."""
    station = records.stations[index]
    pairs: dict[str, list[Compared]] = {item.id: [] for item in station.items}
    for link in records.links:
        if link.station_index != index:
            continue
        marks = records.marks.get(link.encounter_id)
        card = records.scorecards.get(link.encounter_id)
        if marks is None or card is None:
            continue
        graded = {i.id: i.status for i in card.items}
        for item in station.items:
            if item.id in graded:
                pairs[item.id].append(Compared(
                    encounter_id=link.encounter_id, candidate=link.candidate,
                    examiner=Status(marks.items.get(item.id, Status.not_met)),
                    grader=graded[item.id]))
    return pairs


def calibrate_station(records: CircuitRecords, index: int, standard: StationStandard, *,
                      top: int = 5, seed: int = 0) -> StationCalibration:
    station = records.stations[index]
    pairs = station_pairs(records, index)
    plain = {item: [(p.examiner.value, p.grader.value) for p in ps]
             for item, ps in pairs.items()}
    per_item = item_agreement(plain, seed=seed)
    by_id = {item.id: item for item in station.items}
    disagreements = [
        ItemDisagreement(item=by_id[d.item], disagreement=d,
                         encounters=[pairs[d.item][i] for i in d.positions])
        for d in most_disagreed(plain, top=top)]
    compared = {p.encounter_id for ps in pairs.values() for p in ps}
    return StationCalibration(
        station_index=index, case_id=records.plan.stations[index].case_id, station=station,
        compared=len(compared), agreement=station_agreement(plain, seed=seed),
        items=[ItemRow(item=item, agreement=per_item.get(item.id)) for item in station.items],
        disagreements=disagreements, standard=standard)


def calibrate(records: CircuitRecords, *, top: int = 5, min_ratings: int = MIN_RATINGS,
              seed: int = 0) -> list[StationCalibration]:
    """One per plan slot, in plan order."""
    standards = station_standards(records, min_ratings)
    return [calibrate_station(records, i, standards[i], top=top, seed=seed)
            for i in range(len(records.stations))]
