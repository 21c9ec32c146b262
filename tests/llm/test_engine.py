"""The LLM-played patient's policies, with LangChain's fake chat models planting replies.

The guard here is a double that labels sentences as a person would have: these tests are
about what each policy does with a flagged sentence, not about the guard's judgement (that is
tests/guard and benchmarks/guard.py).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from osce.engine.factory import make_engine
from osce.engine.llm.engine import FALLBACK_NOTICE, LLMEngine, Policy
from osce.engine.llm.voice import ChatVoice
from osce.engine.protocol import Encounter, FinalReply, TextPiece, Utterance
from osce.guard.models import Context, Finding, Verdict
from osce.hashing import case_hash
from osce.library import Library
from osce.llm.chat import make_chat_model
from osce.llm.settings import LLMSettings
from osce.models.transcript import Action
from tests.llm.fakes import fake_openai_server

GOOD = "It's right in the middle of my chest."
BAD = "My doctor said it was probably angina."
ALSO_GOOD = "Right in the centre, behind my breastbone."


class LabelGuard:
    """Sentences labelled by hand: a supported one carries the planned facts."""

    def __init__(self, labels: dict[str, Verdict]) -> None:
        self.labels = labels
        self.seen: list[Context] = []
        self.sentences: list[str] = []

    def check(self, context: Context, sentence: str) -> Finding:
        self.seen.append(context)
        self.sentences.append(sentence)
        verdict = self.labels.get(sentence, Verdict.social)
        facts = list(context.planned) if verdict is Verdict.supported else []
        return Finding(sentence=sentence, verdict=verdict, facts=facts, reason="labelled")


class RecordingVoice(ChatVoice):
    def __init__(self, model) -> None:
        super().__init__(model)
        self.prompts: list = []

    def speak(self, messages):
        self.prompts.append(messages)
        return super().speak(messages)


LABELS = {GOOD: Verdict.supported, BAD: Verdict.leak, ALSO_GOOD: Verdict.supported}


@pytest.fixture(scope="module")
def planner(tmp_path_factory):
    return make_engine("scripted", tmp_path_factory.mktemp("data"))


@pytest.fixture
def chest() -> Encounter:
    case = Library.load().case("cardio-chest-pain")
    return Encounter(case, case_hash(case))


def engine_with(planner, replies: list[str], policy: Policy) -> LLMEngine:
    model = GenericFakeChatModel(messages=iter(replies))
    return LLMEngine(planner, RecordingVoice(model), LabelGuard(LABELS), policy)


def run(engine, encounter: Encounter, text: str, action: Action = Action.say
        ) -> tuple[list[str], FinalReply]:
    async def go():
        pieces, final = [], None
        async for event in engine.reply(encounter, Utterance(action=action, text=text)):
            if isinstance(event, TextPiece):
                pieces.append(event.text)
            else:
                final = event
        return pieces, final
    return asyncio.run(go())


def test_annotate_releases_a_flagged_sentence_and_records_it(planner, chest) -> None:
    pieces, final = run(engine_with(planner, [f"{GOOD} {BAD}"], Policy.annotate), chest,
                        "Where is the pain?")
    assert "".join(pieces) == final.text == f"{GOOD} {BAD}"
    notes = final.grounding.guard
    assert [(n.verdict, n.released) for n in notes] == [("supported", True), ("leak", True)]
    assert final.grounding.voice == "llm"
    assert final.grounding.facts == ["hpc-site"]


def test_strict_stops_at_the_flagged_sentence_and_the_script_completes(planner, chest) -> None:
    pieces, final = run(engine_with(planner, [f"Well. {BAD} {GOOD}"], Policy.strict), chest,
                        "Where is the pain?")
    text = "".join(pieces)
    assert BAD not in text and text == final.text
    site = chest.case.fact("hpc-site").words
    assert text == f"Well. {site}"  # the planned fact, from the script, after what was said
    assert [(n.verdict, n.action) for n in final.grounding.guard] == [
        ("social", "released"), ("leak", "stopped")]
    assert final.grounding.facts == ["hpc-site"]
    assert final.grounding.voice == "llm+scripted"


def test_strict_does_not_repeat_what_the_model_already_carried(planner, chest) -> None:
    pieces, final = run(engine_with(planner, [f"{GOOD} {BAD}"], Policy.strict), chest,
                        "Where is the pain?")
    assert "".join(pieces) == GOOD
    assert final.grounding.facts == ["hpc-site"]


@pytest.mark.parametrize("policy", [Policy.strict, Policy.annotate])
def test_strict_says_what_the_case_planned_when_the_model_leaves_it_out(planner, chest,
                                                                       policy) -> None:
    pieces, final = run(engine_with(planner, ["Hello, doctor. I'm not sure."], policy), chest,
                        "Where is the pain?")
    site = chest.case.fact("hpc-site").words
    if policy is Policy.strict:
        assert "".join(pieces) == final.text == f"Hello, doctor. I'm not sure. {site}"
        assert final.grounding.voice == "llm+scripted"
        assert final.grounding.facts == ["hpc-site"]
    else:  # annotate delivers what the model said, and credits the student with nothing
        assert final.text == "Hello, doctor. I'm not sure."
        assert final.grounding.voice == "llm" and final.grounding.facts == []


def test_repair_tries_again_before_anything_is_released(planner, chest) -> None:
    engine = engine_with(planner, [f"{BAD} {GOOD}", ALSO_GOOD], Policy.repair)
    pieces, final = run(engine, chest, "Where is the pain?")
    assert "".join(pieces) == ALSO_GOOD
    assert [(n.verdict, n.action) for n in final.grounding.guard] == [
        ("leak", "regenerated"), ("supported", "released")]
    first, second = engine.voice.prompts
    assert BAD not in first[0].content
    assert BAD in second[0].content and "diagnosis" in second[0].content  # told what was wrong


def test_repair_after_a_released_sentence_falls_back_to_strict(planner, chest) -> None:
    engine = engine_with(planner, [f"Hmm. {BAD}", ALSO_GOOD], Policy.repair)
    pieces, final = run(engine, chest, "Where is the pain?")
    assert BAD not in "".join(pieces)
    assert final.grounding.guard[-1].action == "stopped"


def test_findings_keep_the_examiner_s_scripted_voice(planner, chest) -> None:
    engine = engine_with(planner, [BAD], Policy.annotate)
    _, final = run(engine, chest, "chest", Action.examine)
    assert final.grounding.voice == "scripted" and BAD not in final.text
    assert final.grounding.kind.value == "exam"


def test_a_silent_model_gets_the_scripted_answer(planner, chest) -> None:
    pieces, final = run(engine_with(planner, [""], Policy.strict), chest,
                        "Where is the pain?")
    assert "".join(pieces) == final.text == chest.case.fact("hpc-site").words
    assert final.grounding.voice == "scripted"


@pytest.mark.parametrize("mode", ["error", "cut", "badjson", "html"])
def test_a_failing_endpoint_costs_the_student_nothing(planner, chest, mode: str) -> None:
    base, stop = fake_openai_server()
    try:
        settings = LLMSettings(engine="openai", base_url=f"{base}/{mode}/v1", model="m",
                               timeout_s=5)
        voice = ChatVoice(make_chat_model(settings))
        engine = LLMEngine(planner, voice, LabelGuard(LABELS), Policy.strict)
        pieces, final = run(engine, chest, "Where is the pain?")
    finally:
        stop()
    assert final.notice == FALLBACK_NOTICE
    assert "".join(pieces) == final.text
    assert chest.case.fact("hpc-site").words in final.text
    assert final.grounding.facts == ["hpc-site"]
    assert "model failed" in final.grounding.intent


def test_the_prompt_carries_the_plan_not_the_answer_key(chest) -> None:
    from osce.engine.llm.prompt import messages
    from osce.models.transcript import ReplyKind

    case = chest.case
    out = messages(case, [], "Where is the pain?", ReplyKind.answer, ["hpc-site"],
                   case.fact("hpc-site").words)
    system = out[0].content
    assert case.fact("hpc-site").words in system
    for term in case.answer_key():
        assert term.lower() not in system.lower()
    never = [f for f in case.facts if f.disclosure.value == "never"]
    assert all(f.words not in system for f in never)
    assert out[-1].role == "user" and out[-1].content == "Where is the pain?"


def test_settings_path_is_checked_at_start(tmp_path: Path) -> None:
    from osce.llm.errors import LLMConfigError

    with pytest.raises(LLMConfigError):
        LLMSettings(engine="gguf", gguf_path=tmp_path / "missing.gguf")


@pytest.fixture(scope="module")
def real_guard(embedder):
    from osce.guard.checker import CaseGuard

    return CaseGuard(embedder)


PLANTED = [  # one bad sentence per problem class, after a good one
    ("leak", "I'm worried this is angina."),
    ("break", "As an AI language model I don't feel pain."),
    ("contradiction", "It's over on the right side of my chest."),
    ("unsupported", "I've been on omeprazole for years as well."),
]


@pytest.mark.parametrize(("rule", "bad"), PLANTED, ids=[r for r, _ in PLANTED])
def test_strict_never_delivers_a_planted_problem(planner, chest, real_guard, rule: str,
                                                 bad: str) -> None:
    model = GenericFakeChatModel(messages=iter([f"Dead centre, behind my breastbone. {bad}"]))
    engine = LLMEngine(planner, ChatVoice(model), real_guard, Policy.strict)
    pieces, final = run(engine, chest, "Where is the pain?")
    assert bad not in "".join(pieces)
    assert "".join(pieces) == final.text == "Dead centre, behind my breastbone."
    stopped = final.grounding.guard[-1]
    assert stopped.action == "stopped" and stopped.verdict != "supported"
    assert final.grounding.facts == ["hpc-site"]


@pytest.mark.parametrize(("rule", "bad"), PLANTED, ids=[r for r, _ in PLANTED])
def test_annotate_delivers_and_records_a_planted_problem(planner, chest, real_guard, rule: str,
                                                         bad: str) -> None:
    model = GenericFakeChatModel(messages=iter([bad]))
    engine = LLMEngine(planner, ChatVoice(model), real_guard, Policy.annotate)
    pieces, final = run(engine, chest, "Where is the pain?")
    assert "".join(pieces) == bad
    assert final.grounding.guard[0].verdict in ("leak", "break", "contradiction", "unsupported")
    assert final.grounding.facts == []  # the student never heard the planned fact


def test_a_rambling_model_is_cut_off(planner, chest) -> None:
    from osce.engine.llm.engine import MAX_SENTENCES

    ramble = " ".join(f"Sentence number {i} here." for i in range(MAX_SENTENCES + 3))
    pieces, final = run(engine_with(planner, [ramble], Policy.annotate), chest,
                        "Where is the pain?")
    assert len(pieces) == MAX_SENTENCES
    assert final.text.endswith(f"Sentence number {MAX_SENTENCES - 1} here.")


class PiecesVoice:
    """Streams fixed pieces, as a model's tokens would come."""

    name = "pieces"

    def __init__(self, pieces: list[str]) -> None:
        self.pieces = pieces

    async def _stream(self):
        for piece in self.pieces:
            await asyncio.sleep(0.01)  # a guessed check gets going before the next piece
            yield piece

    def speak(self, messages):
        return self._stream()


def test_a_check_begun_before_the_boundary_is_the_check_after_it(planner, chest) -> None:
    """Each sentence's check may start when its last mark comes, before the next piece says
    the sentence ended; only a guess the cut confirms is used, with the context it would
    have had."""
    # "Really?" is guessed, then "!" makes it another sentence; "39." is not guessed at all
    pieces = ["It's right in the middle of my chest", ".", " It", " was", " 39", ".",
              "6", " last", " night", ".", "\n", "Really", "?", "!", " Fine", "."]
    guard = LabelGuard(LABELS)
    engine = LLMEngine(planner, PiecesVoice(pieces), guard, Policy.annotate)
    out, final = run(engine, chest, "Where is the pain?")
    expected = [GOOD, "It was 39.6 last night.", "Really?!", "Fine."]
    assert [n.sentence for n in final.grounding.guard] == expected
    assert "".join(out) == " ".join(expected)
    # every finding used came from a check of that sentence after the ones before it
    for i, sentence in enumerate(expected):
        contexts = [c for c, s in zip(guard.seen, guard.sentences, strict=True) if s == sentence]
        assert contexts and all(c.said == tuple(expected[:i]) for c in contexts)
