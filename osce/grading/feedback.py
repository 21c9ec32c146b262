"""Feedback on a scorecard: for each missed or partly met item, what the student could have
asked and why it matters for this patient. Critical items first, then by weight.

Built from the case and rubric the educator wrote (example questions, the item's
rationale) and the reference notes found through the retrieval layer, so nothing here is
generic filler. Facts the patient never discloses are never suggested.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from osce.models.case import Case, Disclosure
from osce.models.rubric import Item, Skill, Station
from osce.models.scorecard import FeedbackItem, ItemResult, Scorecard, Status

# (query, case id) -> student-visible passages of the reference notes, best first.
NotesSearch = Callable[[str, str], list[str]]

SKILL_ADVICE = {
    Skill.introduction: "Start by saying who you are and your role.",
    Skill.identity: "Check who you are speaking to: \"Can I check your full name and date of "
                    "birth?\" (and, with a relative, how they are related).",
    Skill.consent: "Ask permission before you start: \"Is it okay if I ask you some "
                   "questions?\"",
    Skill.open_question: "Open with an open question, such as \"What's brought you in "
                         "today?\", and let the story come before narrowing down.",
    Skill.signposting: "Signpost changes of topic: \"I'd now like to ask about your "
                       "medicines.\"",
    Skill.summarising: "Summarise what you have heard and ask if you have it right.",
    Skill.checking_understanding: "Check understanding: \"Does that make sense? What "
                                  "questions do you have?\"",
    Skill.closing: "Close the consultation: thank them and say what happens next.",
    Skill.empathy: "When the patient voices a worry, acknowledge it before moving on: "
                   "\"That sounds frightening. What worries you most?\"",
}
PER_ITEM = 2  # suggestions per item: enough to act on, few enough to read
_ORDER = {Status.not_met: 0, Status.partly: 1}


def _suggestions(item: Item, result: ItemResult, case: Case) -> list[str]:
    out: list[str] = []
    credited = {f for e in result.evidence for f in e.facts}
    for fact_id in item.evidence.facts:
        if fact_id in credited or fact_id not in case.fact_ids:
            continue
        fact = case.fact(fact_id)
        if fact.disclosure is Disclosure.never:
            continue  # the patient will not say it: suggesting the question gives it away
        out.append(f"\"{fact.examples[0].rstrip('?').capitalize()}?\"")
    shown = {e.why for e in result.evidence}  # skill evidence names its skill
    missing = [s for s in item.evidence.skills if s.value not in shown]
    out += [SKILL_ADVICE[s] for s in missing]
    if not out and item.evidence.skills:  # shown, but not every time it was called for
        out = [SKILL_ADVICE[s] for s in item.evidence.skills]
    if not out and item.evidence.phrasings:
        out.append(f"For example: \"{item.evidence.phrasings[0]}\"")
    return out[:PER_ITEM]


def names_diagnosis(text: str, case: Case) -> bool:
    lowered = f" {re.sub(r'[^a-z0-9]+', ' ', text.lower())} "
    terms = [case.diagnosis.primary, *case.diagnosis.synonyms]
    return any(f" {re.sub(r'[^a-z0-9]+', ' ', t.lower()).strip()} " in lowered for t in terms)


def give_feedback(card: Scorecard, case: Case, station: Station,
                  notes: NotesSearch | None = None) -> list[FeedbackItem]:
    items = {i.id: i for i in station.items}
    wanted = [r for r in card.items if r.status is not Status.met and r.id in items]
    wanted.sort(key=lambda r: (not r.critical, -r.weight, _ORDER[r.status], r.id))
    out = []
    shown: set[str] = set()
    for result in wanted:
        item = items[result.id]
        reading = ""
        if notes is not None:
            # Each passage once, and none that names the diagnosis: feedback is for the
            # student, and the next student of this case must not be handed the answer.
            found = [p for p in notes(f"{item.text}. {item.rationale}", case.id)
                     if p not in shown and not names_diagnosis(p, case)]
            reading = found[0] if found else ""
            shown.add(reading)
        out.append(FeedbackItem(item=item.text, status=result.status, critical=item.critical,
                                try_asking=_suggestions(item, result, case),
                                why=item.rationale, reading=reading))
    return out
