"""The deterministic grader: each rubric item judged from the student's turns and the
grounding records, with the turns that earned it as evidence."""

from __future__ import annotations

from osce.engine.scripted import intents as rx
from osce.grading.notes import grade_note
from osce.grading.scoring import assemble
from osce.grading.turns import StudentTurn, read_turns, said
from osce.models.case import Case
from osce.models.note import Note
from osce.models.rubric import Item, Skill, Station
from osce.models.scorecard import ItemResult, Scorecard, Status, TurnEvidence
from osce.models.transcript import Action, Transcript

_ORDER = [Status.not_met, Status.partly, Status.met]


def _best(*statuses: Status) -> Status:
    return max(statuses, key=_ORDER.index)


class RuleGrader:
    """Deterministic, explainable, fast: the default grader."""

    name = "rules"

    def grade(self, case: Case, station: Station, transcript: Transcript,
              note: Note | None = None) -> Scorecard:
        turns = read_turns(transcript)
        items = [judge(item, turns) for item in station.items]
        return assemble(case, station, transcript, self.name, items,
                        grade_note(case, note) if note is not None else None)


def judge(item: Item, turns: list[StudentTurn]) -> ItemResult:
    verdicts: list[tuple[Status, list[TurnEvidence], str]] = []
    if item.evidence.facts:
        verdicts.append(_facts(item, turns))
    # Skills, where an item names them, are the structured reading of what its phrasings
    # only sample: "my name is" alone must not earn an introduction-identity-consent item.
    if item.evidence.skills:
        verdicts.append(_skills(item, turns))
    elif item.evidence.phrasings:
        verdicts.append(_phrasings(item, turns))
    status = _best(*(v[0] for v in verdicts))
    chosen = next(v for v in verdicts if v[0] is status)
    return ItemResult(id=item.id, text=item.text, domain=item.domain,
                      competencies=list(item.competencies), weight=item.weight,
                      critical=item.critical, status=status, evidence=chosen[1],
                      reason=chosen[2])


def _facts(item: Item, turns: list[StudentTurn]) -> tuple[Status, list[TurnEvidence], str]:
    wanted = set(item.evidence.facts)
    elicited: set[str] = set()
    asked: set[str] = set()
    volunteered: set[str] = set()
    evidence = []
    for t in turns:
        got = wanted & t.asked_facts
        tried = wanted & t.withheld
        volunteered |= wanted & t.volunteered
        if got or tried:
            evidence.append(TurnEvidence(turn=t.number, student=t.text, facts=sorted(got),
                                         why="asked and was told" if got else
                                         "asked, but not in words the patient would answer"))
        elicited |= got
        asked |= got | tried
    if elicited:  # the turns that earned it, not the near misses beside them
        evidence = [e for e in evidence if e.facts]
    if item.evidence.match == "all":
        if elicited == wanted:
            return Status.met, evidence, "asked about every part"
        if asked:
            return Status.partly, evidence, (f"asked about {len(elicited)} of {len(wanted)} "
                                             "parts")
    else:
        # "Asks about associated symptoms (sweating, nausea, breathlessness)": one of
        # several is a start, not the item. Half of them (two of three or more) meets it.
        enough = 1 if len(wanted) == 1 else max(2 if len(wanted) >= 3 else 1,
                                                  -(-len(wanted) // 2))
        if len(elicited) >= enough:
            return Status.met, evidence, "asked and was told"
        if asked:
            return Status.partly, evidence, (f"asked about {len(elicited)} of {len(wanted)} "
                                             "parts" if elicited else
                                             "asked, but the question did not reach it")
    if volunteered - elicited:
        return Status.not_met, [], "only volunteered by the patient, never asked"
    return Status.not_met, [], "not asked"


def _phrasings(item: Item, turns: list[StudentTurn]) -> tuple[Status, list[TurnEvidence], str]:
    evidence = [TurnEvidence(turn=t.number, student=t.text, why="phrasing")
                for t in turns if any(said(t, p) for p in item.evidence.phrasings)]
    if evidence:
        return Status.met, evidence[:3], "said in the student's words"
    return Status.not_met, [], "not said"


def _skills(item: Item, turns: list[StudentTurn]) -> tuple[Status, list[TurnEvidence], str]:
    if Skill.empathy in item.evidence.skills:
        return _empathy(turns)
    shown: dict[Skill, list[TurnEvidence]] = {}
    for skill in item.evidence.skills:
        found = _skill_turns(skill, turns)
        if found:
            shown[skill] = found
    wanted = list(item.evidence.skills)
    evidence = [e for s in wanted for e in shown.get(s, [])][:4]
    if len(shown) == len(wanted):
        return Status.met, evidence, "shown: " + ", ".join(s.value for s in wanted)
    if shown:
        missing = [s.value for s in wanted if s not in shown]
        return Status.partly, evidence, "missing: " + ", ".join(missing)
    return Status.not_met, [], "not shown: " + ", ".join(s.value for s in wanted)


def _skill_turns(skill: Skill, turns: list[StudentTurn]) -> list[TurnEvidence]:
    if skill is Skill.open_question:
        first = next((t for t in turns if t.clinical), None)
        if first is not None and first.open_question:
            return [TurnEvidence(turn=first.number, student=first.text,
                                 why=Skill.open_question.value)]
        return []
    if skill is Skill.closing:
        # A close is at the end: the last few things said (examinations, tests and the end
        # of the station aside), not a "thanks" mid-history.
        tail = [t for t in turns if t.action is Action.say and t.text.strip()][-3:]
        return [TurnEvidence(turn=t.number, student=t.text, why=skill.value)
                for t in tail if skill in t.skills or rx.THANKS.search(t.norm)]
    return [TurnEvidence(turn=t.number, student=t.text, why=skill.value)
            for t in turns if skill in t.skills]


def _empathy(turns: list[StudentTurn]) -> tuple[Status, list[TurnEvidence], str]:
    """Empathy answers a cue: the turn after the patient voiced a worry acknowledges it."""
    cue_turns = [i for i, t in enumerate(turns) if t.cues_before]
    if not cue_turns:
        return Status.not_met, [], "the patient gave no cue to respond to"
    answered = []
    for i in cue_turns:
        window = turns[i:i + 2]  # the next turn, or the one after, coming back to it
        hit = next((t for t in window if Skill.empathy in t.skills), None)
        if hit is not None:
            answered.append(TurnEvidence(turn=hit.number, student=hit.text,
                                         why=Skill.empathy.value))
    if answered and len(answered) == len(cue_turns):
        return Status.met, answered, "acknowledged every cue"
    if answered:
        return Status.partly, answered, (f"acknowledged {len(answered)} of {len(cue_turns)} "
                                         "cues")
    return Status.not_met, [], "cues passed over"
