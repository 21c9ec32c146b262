"""A scorecard as an examiner would read it, in plain text."""

from __future__ import annotations

from osce.models.scorecard import Scorecard, Status

MARK = {Status.met: "met   ", Status.partly: "partly", Status.not_met: "missed"}


def render(card: Scorecard) -> str:
    verdict = "PASS" if card.passed else "FAIL"
    lines = [f"Station {card.station_id}: {card.percent:.1f}% (pass mark "
             f"{card.pass_mark:g}%) {verdict}"]
    if card.critical_missed:
        lines.append("Critical items missed: " + ", ".join(card.critical_missed))
    lines.append(f"Suggested global rating (the grader's own, not the examiner's): "
                 f"{card.suggested_global}")
    lines.append("Domains: " + "; ".join(f"{d.name.replace('_', ' ')} {d.percent:.0f}%"
                                         for d in card.domains))
    lines.append("")
    for item in sorted(card.items, key=lambda i: (i.status is Status.met, not i.critical,
                                                  -i.weight)):
        flag = " (critical)" if item.critical else ""
        turns = ", ".join(str(t) for t in dict.fromkeys(e.turn for e in item.evidence))
        where = f" [turns {turns}]" if turns else ""
        lines.append(f"  {MARK[item.status]}  {item.text}{flag}: {item.reason}{where}")
    if card.feedback:
        lines.append("")
        lines.append("Next time:")
        for fb in card.feedback:
            flag = " (critical)" if fb.critical else ""
            lines.append(f"  - {fb.item}{flag}")
            for suggestion in fb.try_asking:
                lines.append(f"      try: {suggestion}")
            lines.append(f"      why: {fb.why}")
            if fb.reading:
                lines.append(f"      from the notes: {fb.reading}")
    if card.note is not None:
        note = card.note
        lines.append("")
        lines.append(f"Note: leading diagnosis {note.leading or '(none)'!r}: "
                     f"{note.leading_match.value}")
        if note.must_not_miss_missed:
            lines.append("  Must-not-miss diagnoses not named: "
                         + ", ".join(note.must_not_miss_missed))
        if note.investigations_matched:
            lines.append("  Investigations that match: " + ", ".join(note.investigations_matched))
        if note.plan_matched:
            lines.append("  Plan points that match: " + ", ".join(note.plan_matched))
    return "\n".join(lines)
