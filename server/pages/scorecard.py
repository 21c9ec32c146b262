"""A scorecard arranged for the results page: the same content as the text report
(osce.grading.report), grouped the way a student reads it, worst news first."""

from __future__ import annotations

from dataclasses import dataclass, field

from osce.models.scorecard import DiagnosisMatch, ItemResult, Scorecard, Status

STATUS_WORDS = {Status.met: "Met", Status.partly: "Partly met", Status.not_met: "Not met"}
MATCH_WORDS = {
    DiagnosisMatch.correct: "Correct: your leading diagnosis is the right one.",
    DiagnosisMatch.acceptable: "Acceptable: a reasonable diagnosis, but not the most likely one.",
    DiagnosisMatch.wrong: "Not the diagnosis this history points to.",
    DiagnosisMatch.missing: "You did not give a differential diagnosis.",
}


@dataclass
class ItemGroup:
    status: Status
    title: str
    items: list[ItemResult] = field(default_factory=list)


@dataclass
class ResultsView:
    card: Scorecard
    groups: list[ItemGroup]
    critical_missed: list[str]  # item texts, not ids
    staff: bool
    counts: dict[str, int]

    @property
    def match_words(self) -> str:
        return MATCH_WORDS[self.card.note.leading_match] if self.card.note else ""


def results_context(card: Scorecard, staff: bool) -> ResultsView:
    by_status = {s: ItemGroup(s, STATUS_WORDS[s]) for s in (Status.not_met, Status.partly,
                                                            Status.met)}
    for item in sorted(card.items, key=lambda i: (not i.critical, -i.weight)):
        by_status[item.status].items.append(item)
    texts = {i.id: i.text for i in card.items}
    return ResultsView(card=card, groups=[g for g in by_status.values() if g.items],
                       critical_missed=[texts.get(i, i) for i in card.critical_missed],
                       staff=staff,
                       counts={s.value: len(by_status[s].items) for s in by_status})
