"""What each student turn did, read from the student's own words and the grounding record.

Credit rules must hold under any patient engine, so they rest on two things every engine
records: what the student typed, and which facts the reply disclosed in answer to what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from osce.engine.scripted import intents as rx
from osce.engine.scripted.lexicon import content_stems, normalise
from osce.engine.scripted.splitter import split_parts
from osce.models.rubric import Skill
from osce.models.transcript import Action, Transcript

# Grounding intents under which the student asked for what was disclosed. An open prompt
# ("go on", "anything else?") lets the patient volunteer: that earns nothing.
ASKING_INTENTS = frozenset({"clinical", "general", "category", "opening", "examine", "order"})
CHECKING = rx.any_of(r"\bdoes (that|this|everything) make sense\b", r"\bis (that|this) clear\b",
                  r"\b(any|do you have any) questions\b", r"\banything (you'?d like|you want) "
                  r"(me )?to (go over|explain)\b", r"\bhave i explained\b",
                  r"\bwhat do you understand\b", r"\bcan you tell me what you'?ve understood\b")


QUESTION_START = re.compile(
    r"^(and |so |but |also |okay,? |ok,? |right,? |now,? )*(do|does|did|are|is|was|were|have|has|"
    r"had|how|what|what'?s|when|where|which|who|why|any|anything|can|could|would|will|should|"
    r"tell me|describe|talk me through|walk me through|explain|give me|let'?s hear|roughly|"
    r"whereabouts|ever)\b")


def is_question(part: str) -> bool:
    """A question or a request to tell, not a statement: "I'll check your allergies later"
    asks nothing, so whatever the patient says to it was not asked for."""
    return part.rstrip().endswith("?") or bool(QUESTION_START.search(part.strip()))


@dataclass
class StudentTurn:
    number: int
    action: Action
    text: str  # as typed
    norm: str
    parts: list[str]  # normalised parts
    asked_facts: set[str] = field(default_factory=set)  # disclosed because the student asked
    volunteered: set[str] = field(default_factory=set)  # disclosed to an open prompt
    withheld: set[str] = field(default_factory=set)  # asked for, not disclosable as put
    cues_before: list[str] = field(default_factory=list)  # cues in the previous reply
    skills: set[Skill] = field(default_factory=set)
    clinical: bool = False  # asked something about the illness (not a social move)
    open_question: bool = False


def read_turns(transcript: Transcript) -> list[StudentTurn]:
    turns: list[StudentTurn] = []
    previous_cues: list[str] = []
    for turn in transcript.turns:
        norm = normalise(turn.student)
        parts = [normalise(p) for p in split_parts(turn.student)] or [norm]
        intents = set(turn.grounding.intent.split("+"))
        facts = set(turn.grounding.facts)
        st = StudentTurn(turn.turn, turn.action, turn.student, norm, parts,
                         cues_before=previous_cues)
        if intents & ASKING_INTENTS and (turn.action is not Action.say or any(
                is_question(p) for p in parts)):
            st.asked_facts = facts
        else:
            st.volunteered = facts
        st.withheld = set(turn.grounding.withheld)
        if turn.action is Action.say:
            st.skills = _skills(parts)
            social = [rx.social_intent(p) for p in parts]
            st.clinical = any(s is None for s in social)
            st.open_question = any(s is None and rx.open_intent(p) is not None for s, p in
                                   zip(social, parts, strict=True))
        turns.append(st)
        previous_cues = list(turn.grounding.cues)
    return turns


def _skills(parts: list[str]) -> set[Skill]:
    found: set[Skill] = set()
    for part in parts:
        checks = (
            (Skill.introduction, rx.INTRODUCTION),
            (Skill.identity, rx.IDENTITY_NAME), (Skill.identity, rx.IDENTITY_DOB),
            (Skill.identity, rx.IDENTITY_AGE), (Skill.identity, rx.IDENTITY_RELATIONSHIP),
            (Skill.consent, rx.CONSENT), (Skill.summarising, rx.SUMMARY),
            (Skill.checking_understanding, CHECKING),
            (Skill.checking_understanding, rx.ANY_QUESTIONS),
            (Skill.closing, rx.CLOSING), (Skill.empathy, rx.EMPATHY),
        )
        for skill, pattern in checks:
            if pattern.search(part):
                found.add(skill)
        if rx.SIGNPOST.search(part) and not part.rstrip().endswith("?"):
            found.add(Skill.signposting)
    return found


def said(turn: StudentTurn, phrasing: str) -> bool:
    """The student said this, or near enough: the phrase itself, or nearly all its words."""
    wanted = normalise(phrasing).strip(" ?.!")
    if wanted and wanted in turn.norm:
        return True
    stems = set(content_stems(wanted))
    if len(stems) < 2:
        return False
    have = set(content_stems(turn.norm))
    return len(stems & have) / len(stems) >= 0.8
