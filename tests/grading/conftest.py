from __future__ import annotations

import pytest

from osce.engine.protocol import Encounter, Utterance
from osce.engine.scripted.engine import ScriptedEngine
from osce.grading.rules import RuleGrader
from osce.hashing import case_hash
from osce.models.transcript import Action, Transcript, TranscriptHeader, Turn
from retrieval.index import GroundingIndex


@pytest.fixture(scope="session")
def engine(embedder, tmp_path_factory) -> ScriptedEngine:
    return ScriptedEngine(embedder, GroundingIndex(tmp_path_factory.mktemp("data"), embedder))


@pytest.fixture
def play(engine, library):
    """A transcript made the real way: the student's lines played to the scripted patient."""

    def _play(case_id: str, lines: list[str]) -> Transcript:
        case = library.case(case_id)
        encounter = Encounter(case, case_hash(case))
        for line in lines:
            action, text = Action.say, line
            if line.startswith("/examine "):
                action, text = Action.examine, line.removeprefix("/examine ")
            final = engine.answer(encounter, Utterance(action=action, text=text))
            encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=action,
                                        student=text, patient=final.text,
                                        grounding=final.grounding))
        return Transcript(header=TranscriptHeader(case_id=case.id, case_hash=case_hash(case),
                                                  engine="scripted"),
                          turns=encounter.turns)

    return _play


@pytest.fixture
def grade(library):
    def _grade(transcript: Transcript, note=None):
        case = library.case(transcript.header.case_id)
        station = library.rubrics[case.id].station_for(case.id)
        return RuleGrader().grade(case, station, transcript, note)

    return _grade
