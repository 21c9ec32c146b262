"""The educator's cohort table: one row per learner from their encounters, attempts and
ratings, and the sorting, filtering and CSV export of those rows. Pure: the pages gather the
inputs from the stores and hand them in."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from osce.learner.flags import at_risk
from osce.learner.mastery import Rating
from osce.learner.store import Attempt
from osce.models.encounter import EncounterInfo, Stage
from osce.models.user import User


@dataclass(frozen=True)
class LearnerRow:
    user_id: int
    username: str
    encounters: int
    finished: int
    last_practised: float | None  # epoch seconds; None: never practised
    passed: int
    graded: int
    mean_mastery: float | None  # None: no competency rated yet
    weakest: str | None
    weakest_mastery: float | None
    flags: tuple[str, ...] = ()
    mastery: dict[str, float] = field(default_factory=dict)  # per competency, 0..1

    @property
    def at_risk(self) -> bool:
        return bool(self.flags)


def _epoch(iso: str) -> float | None:
    try:
        return datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return None


def learner_row(user: User, encounters: list[EncounterInfo], attempts: list[Attempt],
                ratings: dict[str, Rating]) -> LearnerRow:
    """`attempts` in the order they were recorded, as the at-risk flags read them."""
    moments = [e.ended_at or e.created_at for e in encounters]
    # an attempt can be graded outside the server (the CLI), with no encounter to show for it
    moments += [t for t in (_epoch(a.at) for a in attempts) if t is not None]
    mastery = {name: r.mastery for name, r in ratings.items()}
    weakest = min(sorted(mastery), key=mastery.__getitem__) if mastery else None
    return LearnerRow(
        user_id=user.id, username=user.username, encounters=len(encounters),
        finished=sum(e.stage is Stage.done for e in encounters),
        last_practised=max(moments) if moments else None,
        passed=sum(a.passed for a in attempts), graded=len(attempts),
        mean_mastery=sum(mastery.values()) / len(mastery) if mastery else None,
        weakest=weakest, weakest_mastery=mastery[weakest] if weakest else None,
        flags=tuple(at_risk(attempts)), mastery=mastery)


# -- sorting ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    key: str
    title: str
    value: Callable[[LearnerRow], object]  # what the column sorts by; None sorts last


COLUMNS = (
    Column("learner", "Learner", lambda r: r.username.lower()),
    Column("encounters", "Encounters", lambda r: r.encounters),
    Column("finished", "Finished", lambda r: r.finished),
    Column("last", "Last practised", lambda r: r.last_practised),
    Column("passed", "Passed", lambda r: r.passed),
    Column("graded", "Graded", lambda r: r.graded),
    Column("mastery", "Mean mastery", lambda r: r.mean_mastery),
    # by how weak the weakest competency is, which is what a reader scanning it wants
    Column("weakest", "Weakest competency", lambda r: r.weakest_mastery),
    Column("risk", "At risk", lambda r: len(r.flags)),
)
BY_KEY = {c.key: c for c in COLUMNS}
DEFAULT_SORT = "learner"


def sort_rows(rows: Iterable[LearnerRow], key: str = DEFAULT_SORT,
              descending: bool = False) -> list[LearnerRow]:
    """Rows by one column. Rows with nothing to sort by (never graded, never practised) go
    last either way: they are not the lowest or the highest of anything. Ties stay in
    username order, whichever the direction."""
    column = BY_KEY.get(key, BY_KEY[DEFAULT_SORT])
    ordered = sorted(rows, key=lambda r: (r.username.lower(), r.user_id))
    present = [r for r in ordered if column.value(r) is not None]
    missing = [r for r in ordered if column.value(r) is None]
    # Python's sort is stable under reverse=True too, so ties keep the username order
    present.sort(key=column.value, reverse=descending)  # type: ignore[arg-type]
    return present + missing


# -- filtering ----------------------------------------------------------------------------

@dataclass(frozen=True)
class RowFilter:
    q: str = ""  # part of the username, any case
    at_risk: bool = False
    competency: str = ""
    below: float | None = None  # with `competency`: mastery under this share (0..1)

    @property
    def active(self) -> bool:
        return bool(self.q.strip() or self.at_risk or (self.competency and
                                                      self.below is not None))

    def keeps(self, row: LearnerRow) -> bool:
        if self.q.strip() and self.q.strip().lower() not in row.username.lower():
            return False
        if self.at_risk and not row.at_risk:
            return False
        if self.competency and self.below is not None:
            level = row.mastery.get(self.competency)
            # never rated: nothing shows the learner reached the level, so they are kept
            if level is not None and level >= self.below:
                return False
        return True


def filter_rows(rows: Iterable[LearnerRow], by: RowFilter) -> list[LearnerRow]:
    return [r for r in rows if by.keeps(r)]


# -- CSV ----------------------------------------------------------------------------------

CSV_HEADER = ["learner", "encounters", "finished", "last_practised_utc", "passed", "graded",
              "mean_mastery_percent", "weakest_competency", "weakest_mastery_percent",
              "at_risk", "flags"]


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.1f}"


def _text(value: str) -> str:
    """A spreadsheet runs a cell that starts like a formula: quote it so it stays text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(rows: Iterable[LearnerRow]) -> str:
    """One line per learner, the table's columns in the table's order; flags joined by
    "; " (their reasons contain commas)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        last = ("" if r.last_practised is None else
                datetime.fromtimestamp(r.last_practised, UTC).isoformat(timespec="seconds"))
        writer.writerow([_text(r.username), r.encounters, r.finished, last, r.passed, r.graded,
                         _percent(r.mean_mastery), _text(r.weakest or ""),
                         _percent(r.weakest_mastery), "yes" if r.at_risk else "no",
                         _text("; ".join(r.flags))])
    return out.getvalue()
