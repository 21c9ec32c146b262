from __future__ import annotations

from pathlib import Path

import pytest

from osce.engine.protocol import Encounter, Utterance
from osce.engine.scripted.engine import ScriptedEngine
from osce.hashing import case_hash
from osce.models.transcript import Action, Turn
from osce.validation import load_case
from retrieval.index import GroundingIndex

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def engine(embedder, tmp_path_factory) -> ScriptedEngine:
    return ScriptedEngine(embedder, GroundingIndex(tmp_path_factory.mktemp("data"), embedder))


class Conversation:
    """Talks to the engine the way a transcript grows, turn by turn."""

    def __init__(self, engine: ScriptedEngine, case) -> None:
        self.engine = engine
        self.encounter = Encounter(case, case_hash(case))

    def ask(self, text: str, action: Action = Action.say):
        final = self.engine.answer(self.encounter, Utterance(action=action, text=text))
        self.encounter.turns.append(Turn(turn=len(self.encounter.turns) + 1, action=action,
                                         student=text, patient=final.text,
                                         grounding=final.grounding))
        return final


@pytest.fixture
def chest(engine, library) -> Conversation:
    return Conversation(engine, library.case("cardio-chest-pain"))


@pytest.fixture
def child(engine) -> Conversation:
    return Conversation(engine, load_case(FIXTURES / "parent-cough.yaml"))


def reply(engine: ScriptedEngine, library, case_id: str, *turns: str):
    """The patient's reply to the last of these turns, asked in order in a new encounter."""
    conversation = Conversation(engine, library.case(case_id))
    *before, question = turns
    for text in before:
        conversation.ask(text)
    return conversation.ask(question)


def facts(engine: ScriptedEngine, library, case_id: str, *turns: str) -> list[str]:
    """The facts the reply to the last of these turns disclosed."""
    return reply(engine, library, case_id, *turns).grounding.facts
