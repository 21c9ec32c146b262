"""Models: content hashes, durations, transcripts and notes round-trip."""

from __future__ import annotations

import pytest

from osce.hashing import case_hash, content_hash
from osce.library import BUNDLED_CASES
from osce.models.common import duration_seconds
from osce.models.note import Note
from osce.models.transcript import (
    Action,
    Grounding,
    ReplyKind,
    Transcript,
    TranscriptHeader,
    Turn,
)
from osce.validation import load_case


def test_content_hash_ignores_formatting_but_not_content(tmp_path) -> None:
    original = (BUNDLED_CASES / "cardio-chest-pain.yaml").read_text()
    reformatted = "# a comment\n" + original.replace("difficulty: 2", "difficulty:   2")
    changed = original.replace("eight out of ten", "seven out of ten")
    paths = []
    for name, text in (("a", original), ("b", reformatted), ("c", changed)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(text)
        paths.append(path)
    a, b, c = (content_hash(load_case(p)) for p in paths)
    assert a == b
    assert a != c


def test_case_hash_ignores_example_questions_only(tmp_path) -> None:
    """Adding ways of asking must not orphan the transcripts recorded against a case."""
    case = load_case(BUNDLED_CASES / "cardio-chest-pain.yaml")
    first = case.facts[0]
    more_examples = case.model_copy(update={"facts": [
        first.model_copy(update={"examples": [*first.examples, "a new way to ask"]}),
        *case.facts[1:]]})
    new_words = case.model_copy(update={"facts": [
        first.model_copy(update={"words": first.words + " And it is worse now."}),
        *case.facts[1:]]})
    assert case_hash(more_examples) == case_hash(case)
    assert content_hash(more_examples) != content_hash(case)
    assert case_hash(new_words) != case_hash(case)


@pytest.mark.parametrize(("value", "seconds"), [("PT3H", 10800), ("P2W", 1209600), ("P1DT12H",
                                                129600), ("PT90M", 5400)])
def test_durations(value: str, seconds: float) -> None:
    assert duration_seconds(value) == seconds


@pytest.mark.parametrize("value", ["3 hours", "P", "PT", "P3H", "1D"])
def test_bad_durations(value: str) -> None:
    with pytest.raises(ValueError):
        duration_seconds(value)


def test_transcript_round_trip() -> None:
    header = TranscriptHeader(case_id="c", case_hash="h", engine="scripted")
    turn = Turn(turn=1, action=Action.say, student="hi", patient="Hello, doctor.",
                grounding=Grounding(kind=ReplyKind.social))
    transcript = Transcript(header=header, turns=[turn])
    text = transcript.to_jsonl()
    assert text.count("\n") == 2
    assert Transcript.from_jsonl(text) == transcript


def test_note_model_keeps_ranked_differential() -> None:
    note = Note.model_validate({"summary": "58M chest pain", "differential": ["NSTEMI", "PE"],
                                "investigations": ["ECG"], "plan": ["aspirin"]})
    assert note.differential[0] == "NSTEMI"
    with pytest.raises(ValueError):
        Note.model_validate({"summary": "x", "diagnosis": "y"})
