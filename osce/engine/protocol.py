"""The patient-engine protocol: a reply streams as text pieces, then one final event.

The scripted engine yields its whole answer at once; LLM engines later stream through
the same protocol, piece by piece, as the guard releases each sentence.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel

from osce.models.case import Case
from osce.models.transcript import Action, Grounding, Turn


class Utterance(BaseModel):
    action: Action = Action.say
    text: str


class TextPiece(BaseModel):
    type: Literal["text"] = "text"
    text: str


class FinalReply(BaseModel):
    """The whole reply and why it was said; the grounding is for graders and staff."""

    type: Literal["final"] = "final"
    text: str
    grounding: Grounding
    # for the student, where the reply is not what the engine would normally give (the model
    # could not be reached and the script answered instead)
    notice: str | None = None


ReplyEvent = TextPiece | FinalReply


@dataclass
class Encounter:
    """One student's conversation with one case; the transcript so far is the state."""

    case: Case
    case_hash: str
    turns: list[Turn] = field(default_factory=list)


class PatientEngine(Protocol):
    name: str

    def reply(self, encounter: Encounter, utterance: Utterance) -> AsyncIterator[ReplyEvent]: ...


async def complete_reply(engine: PatientEngine, encounter: Encounter,
                         utterance: Utterance) -> FinalReply:
    """Drain a reply stream to its final event (for the CLI, tests and batch runs)."""
    final: FinalReply | None = None
    async for event in engine.reply(encounter, utterance):
        if isinstance(event, FinalReply):
            final = event
    if final is None:
        raise RuntimeError(f"engine {engine.name!r} ended a reply without a final event")
    return final
