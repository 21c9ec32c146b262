"""Dialogue state, derived from the transcript so that a resumed encounter rebuilds it."""

from __future__ import annotations

from dataclasses import dataclass

from osce.engine.scripted.lexicon import content_stems, is_topic, normalise
from osce.models.case import Case, Disclosure
from osce.models.transcript import ReplyKind, Turn


@dataclass(frozen=True)
class DialogueState:
    disclosed: frozenset[str]  # fact ids the student has heard
    cues_dropped: frozenset[str]
    topic: str | None  # what "it" refers to in a follow-up
    last_reply: str
    last_kind: ReplyKind | None
    last_facts: tuple[str, ...]
    opened: bool  # the patient has told why they came
    # what a signpost earlier in the same turn said comes next ("your general health")
    signposted: str | None = None
    # the last turn was a question of its own that named something ("any headaches?"), so
    # an "I'm not sure" to it is about that thing
    screened: bool = False

    @classmethod
    def from_turns(cls, case: Case, turns: list[Turn]) -> DialogueState:
        disclosed: set[str] = set()
        cues: set[str] = set()
        topic = None
        for turn in turns:
            disclosed.update(turn.grounding.facts)
            cues.update(turn.grounding.cues)
            facts = [f for f in turn.grounding.facts if f in case.fact_ids]
            if facts:
                topic = case.topic_of(case.fact(facts[-1])) or topic
        last = turns[-1] if turns else None
        complaint_ids = {f.id for f in case.facts if f.category.value == "presenting_complaint"}
        return cls(
            disclosed=frozenset(disclosed),
            cues_dropped=frozenset(cues),
            topic=topic,
            last_reply=last.patient if last else "",
            last_kind=last.grounding.kind if last else None,
            last_facts=tuple(last.grounding.facts) if last else (),
            opened=bool(complaint_ids & disclosed),
            screened=bool(last and last.student.rstrip().endswith("?") and any(
                is_topic(t) for t in content_stems(normalise(last.student)))),
        )

    def next_volunteered(self, case: Case, limit: int = 2) -> list[str]:
        """Volunteered facts not yet said, in the author's order."""
        waiting = [f.id for f in case.facts
                   if f.disclosure is Disclosure.volunteered and f.id not in self.disclosed]
        return waiting[:limit]
