"""A circuit's results: per candidate and station, the examiner's marks of record, the grader's
score beside them, and the pass mark in force; per candidate, a summary; and the CSV.

The examiner's checklist score is computed by the grader's own `summarise` from the
examiner's statuses, so the two percentages differ only where the marks do.

The pass mark in force at a station is set by borderline regression (standards.py) over every
examiner rating of that station in any circuit: a pass mark belongs to the station, not to
one sitting of it, and one circuit alone rarely has the ratings it needs. Until the
regression is in force the rubric's fixed pass mark stands. It is rounded to the checklist
score's one decimal, so the pass mark shown is the one applied.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from statistics import fmean

from pydantic import BaseModel

from osce.examining.records import CircuitRecords
from osce.examining.standards import BorderlineRegression, borderline_regression
from osce.grading.scoring import summarise
from osce.learner.cohort import _text as cell_text  # the cohort CSV's formula guard
from osce.models.rubric import Station
from osce.models.scorecard import ItemResult, Status
from osce.store.circuits import ExaminerMarks

MIN_RATINGS = 10  # standards.py explains the floor


class ExaminerScore(BaseModel):
    percent: float
    critical_missed: list[str]  # item ids
    items: list[ItemResult]  # the station's items with the examiner's statuses


def examiner_score(station: Station, marks: Mapping[str, Status]) -> ExaminerScore:
    """The examiner's checklist score, computed as a scorecard's is. An item the marks do not
    hold (the rubric gained it since) is not met, as an unticked item is when marking."""
    items = [ItemResult(id=i.id, text=i.text, domain=i.domain, competencies=i.competencies,
                        weight=i.weight, critical=i.critical,
                        status=Status(marks.get(i.id, Status.not_met)))
             for i in station.items]
    summary = summarise(station, items)
    return ExaminerScore(percent=summary["percent"], critical_missed=summary["critical_missed"],
                         items=items)


# -- standard setting -----------------------------------------------------------------------

class RatingPoint(BaseModel):
    """One examiner rating the regression is fitted to."""

    circuit_id: str
    candidate: str
    encounter_id: str
    percent: float
    rating: str


class StationStandard(BaseModel):
    station_id: str
    points: list[RatingPoint]
    left_out: int  # ratings on a level the station's scale no longer has
    regression: BorderlineRegression

    @property
    def pass_mark(self) -> float:
        return round(self.regression.pass_mark, 1)

    def by_level(self) -> list[RatingPoint]:
        """The points lowest rating first, then by score: the order a reader scans them."""
        order = {level: i for i, level in enumerate(self.regression.levels)}
        return sorted(self.points, key=lambda p: (order[p.rating], p.percent))


def station_standard(station: Station, marks: Iterable[ExaminerMarks],
                     candidates: Mapping[str, str],
                     min_ratings: int = MIN_RATINGS) -> StationStandard:
    levels = station.global_scale.levels
    points, left_out = [], 0
    for m in marks:
        if m.station_id != station.id:
            continue
        if m.global_rating not in levels:
            left_out += 1
            continue
        points.append(RatingPoint(circuit_id=m.circuit_id,
                                  candidate=candidates.get(m.encounter_id, "?"),
                                  encounter_id=m.encounter_id,
                                  percent=examiner_score(station, m.items).percent,
                                  rating=m.global_rating))
    regression = borderline_regression([(p.percent, p.rating) for p in points], levels,
                                       station.pass_mark, min_ratings=min_ratings)
    return StationStandard(station_id=station.id, points=points, left_out=left_out,
                           regression=regression)


def station_standards(records: CircuitRecords,
                      min_ratings: int = MIN_RATINGS) -> list[StationStandard]:
    """One per plan slot, in plan order."""
    return [station_standard(s, records.station_marks.get(s.id, []), records.candidates,
                             min_ratings) for s in records.stations]


# -- results --------------------------------------------------------------------------------

class RowState(StrEnum):
    no_encounter = "no encounter"  # the candidate has not reached the station yet
    not_marked = "not marked"
    marked = "marked"


class ResultRow(BaseModel):
    candidate: str
    station_index: int
    case_id: str
    station_id: str
    encounter_id: str | None = None
    state: RowState
    # the examiner's: the marks of record; None until marked
    examiner_percent: float | None = None
    global_rating: str | None = None
    critical_missed: list[str] = []
    comment: str = ""
    marked_by: str | None = None
    marked_at: float | None = None
    items: list[ItemResult] = []
    # the grader's, beside them
    grader_percent: float | None = None
    grader_items: dict[str, Status] = {}
    pass_mark: float
    pass_mark_source: str
    passed: bool | None = None  # None until marked: the grader's score never decides


class CandidateSummary(BaseModel):
    candidate: str
    stations: int
    marked: int
    passed: int
    mean_percent: float | None  # over the marked stations

    @property
    def complete(self) -> bool:
        return self.marked == self.stations


class CircuitResults(BaseModel):
    circuit_id: str
    title: str
    standards: list[StationStandard]  # per plan slot
    rows: list[ResultRow]  # candidate by candidate, stations in plan order
    candidates: list[CandidateSummary]  # in enrolment order

    def rows_of(self, candidate: str) -> list[ResultRow]:
        return [r for r in self.rows if r.candidate == candidate]

    def row(self, candidate: str, station_index: int) -> ResultRow:
        return next(r for r in self.rows
                    if r.candidate == candidate and r.station_index == station_index)

    def summary(self, candidate: str) -> CandidateSummary:
        return next(c for c in self.candidates if c.candidate == candidate)


def _row(records: CircuitRecords, standard: StationStandard, candidate: str, index: int,
         encounter_id: str | None) -> ResultRow:
    station = records.stations[index]
    slot = records.plan.stations[index]
    row = ResultRow(candidate=candidate, station_index=index, case_id=slot.case_id,
                    station_id=station.id, encounter_id=encounter_id,
                    state=RowState.no_encounter, pass_mark=standard.pass_mark,
                    pass_mark_source=standard.regression.source)
    if encounter_id is None:
        return row
    card = records.scorecards.get(encounter_id)
    if card is not None:
        row.grader_percent = card.percent
        row.grader_items = {i.id: i.status for i in card.items}
    marks = records.marks.get(encounter_id)
    if marks is None:
        row.state = RowState.not_marked
        return row
    score = examiner_score(station, marks.items)
    row.state = RowState.marked
    row.examiner_percent = score.percent
    row.critical_missed = score.critical_missed
    row.items = score.items
    row.global_rating = marks.global_rating
    row.comment = marks.comment
    row.marked_by = marks.by
    row.marked_at = marks.at
    # the rubric's rule stands whatever the pass mark: a critical item missed fails
    row.passed = score.percent >= standard.pass_mark and not score.critical_missed
    return row


def _summary(candidate: str, rows: list[ResultRow]) -> CandidateSummary:
    marked = [r for r in rows if r.state is RowState.marked]
    percents = [r.examiner_percent for r in marked if r.examiner_percent is not None]
    return CandidateSummary(candidate=candidate, stations=len(rows), marked=len(marked),
                            passed=sum(bool(r.passed) for r in marked),
                            mean_percent=round(fmean(percents), 1) if percents else None)


def circuit_results(records: CircuitRecords, min_ratings: int = MIN_RATINGS) -> CircuitResults:
    standards = station_standards(records, min_ratings)
    encounter = {}
    for link in records.links:  # one visit per candidate per station; the first is kept
        encounter.setdefault((link.candidate, link.station_index), link.encounter_id)
    rows, summaries = [], []
    for candidate in records.plan.candidates:
        mine = [_row(records, standards[i], candidate, i, encounter.get((candidate, i)))
                for i in range(len(records.stations))]
        rows.extend(mine)
        summaries.append(_summary(candidate, mine))
    return CircuitResults(circuit_id=records.plan.id, title=records.plan.title,
                          standards=standards, rows=rows, candidates=summaries)


# -- CSV ------------------------------------------------------------------------------------

CSV_HEADER = ["circuit", "candidate", "station_number", "case", "station", "encounter",
              "status", "examiner_percent", "examiner_global_rating",
              "examiner_critical_missed", "grader_percent", "pass_mark", "pass_mark_source",
              "result", "marked_by", "marked_at_utc", "examiner_comment"]


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _result(row: ResultRow) -> str:
    return "" if row.passed is None else "pass" if row.passed else "fail"


def to_csv(results: CircuitResults) -> str:
    """One line per candidate and station; stations numbered from 1 as the plan lists them.
    Every free-text cell is guarded against spreadsheet formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in results.rows:
        at = ("" if r.marked_at is None else
              datetime.fromtimestamp(r.marked_at, UTC).isoformat(timespec="seconds"))
        writer.writerow([cell_text(results.circuit_id), cell_text(r.candidate),
                         r.station_index + 1, cell_text(r.case_id), cell_text(r.station_id),
                         r.encounter_id or "", r.state.value, _number(r.examiner_percent),
                         cell_text(r.global_rating or ""),
                         cell_text("; ".join(r.critical_missed)), _number(r.grader_percent),
                         _number(r.pass_mark), r.pass_mark_source, _result(r),
                         cell_text(r.marked_by or ""), at, cell_text(r.comment)])
    return out.getvalue()
