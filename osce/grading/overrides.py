"""An educator's marks over the grader's: the scorecard the station has with them.

The grader's scorecard is never changed. The effective one is rebuilt from it and the
current overrides every time, so an override can be changed or withdrawn without the marks
drifting, and staff can always compare the two.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from osce.grading.scoring import summarise
from osce.models.rubric import Station
from osce.models.scorecard import FeedbackItem, ItemResult, Scorecard, Status

WORDS = {Status.met: "met", Status.partly: "partly met", Status.not_met: "not met"}


class UnknownItem(ValueError):
    """An override names an item the scorecard does not have."""


@dataclass(frozen=True)
class EducatorMark:
    status: Status
    comment: str


def overridden_reason(grader: Status, mark: EducatorMark) -> str:
    """The item's reason once an educator has marked it: it is feedback, so the learner
    reads it; the grader's own reason stays on the grader's scorecard for staff."""
    return (f"an educator marked this {WORDS[mark.status]} (the automatic grader: "
            f"{WORDS[grader]}): {mark.comment}")


def apply_overrides(card: Scorecard, station: Station,
                    marks: Mapping[str, EducatorMark]) -> Scorecard:
    """`card` with the educator's marks in place of the grader's, and every total, the
    verdict, the critical items and the suggested global rating recomputed."""
    if station.id != card.station_id:
        raise ValueError(f"the scorecard is for station {card.station_id!r}, "
                         f"not {station.id!r}")
    unknown = sorted(set(marks) - {i.id for i in card.items})
    if unknown:
        raise UnknownItem(f"no item {', '.join(map(repr, unknown))} in station "
                          f"{station.id!r}; its items: {', '.join(i.id for i in card.items)}")
    items = [_marked(i, marks[i.id]) if i.id in marks else i for i in card.items]
    return card.model_copy(update={**summarise(station, items),
                                   "feedback": _feedback(card.feedback, items, marks)})


def _marked(item: ItemResult, mark: EducatorMark) -> ItemResult:
    return item.model_copy(update={"status": mark.status,
                                   "reason": overridden_reason(item.status, mark)})


def _feedback(feedback: list[FeedbackItem], items: list[ItemResult],
              marks: Mapping[str, EducatorMark]) -> list[FeedbackItem]:
    """Feedback follows the marks where it can: none for an item the educator found met,
    the educator's status on the rest. An item the grader found met has no feedback to
    adjust; the educator's comment on the item is what the learner reads."""
    status = {i.text: i.status for i in items if i.id in marks}  # feedback names items by text
    return [f.model_copy(update={"status": status.get(f.item, f.status)}) for f in feedback
            if status.get(f.item) is not Status.met]
