"""The LLM-played patient, behind the same streaming protocol as the scripted one.

For each turn: the planner (the scripted engine's understanding) decides what may be said;
the voice (a chat model) says it; each sentence is checked by the guard and only then
released. What happens to a flagged sentence is the policy:

- `annotate`: released, and recorded;
- `repair`: before anything is released, the model tries once more with the problem named;
  once a sentence is out (or on the second try) it falls back to `strict`;
- `strict`: the reply stops at the flagged sentence and the scripted engine's grounded answer
  completes it, less what was already said.

A model that cannot be reached, times out or sends garbage never costs the student the turn:
the scripted answer stands in, with a notice saying so.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum

from osce.engine.llm.prompt import messages
from osce.engine.llm.voice import Voice
from osce.engine.protocol import (
    Encounter,
    FinalReply,
    PatientEngine,
    ReplyEvent,
    TextPiece,
    Utterance,
    complete_reply,
)
from osce.guard.models import Context, Finding, SentenceGuard, Verdict
from osce.guard.sentences import SentenceCutter
from osce.llm.errors import LLMUnavailable
from osce.models.case import Case
from osce.models.transcript import Action, Grounding, GuardNote, ReplyKind

# Replies the model words; findings and test results keep the examiner's scripted voice.
WORDED = frozenset({ReplyKind.answer, ReplyKind.default, ReplyKind.unknown,
                    ReplyKind.refusal, ReplyKind.social})
# A patient answers in a few sentences; past this the model is rambling, and every extra
# sentence is one more chance to invent something. The reply ends there.
MAX_SENTENCES = 4
FALLBACK_NOTICE = ("The patient's voice model is not answering just now, so this reply comes "
                   "from the case script.")


class Policy(StrEnum):
    annotate = "annotate"
    repair = "repair"
    strict = "strict"


POLICIES = tuple(p.value for p in Policy)


class LLMEngine:
    def __init__(self, planner: PatientEngine, voice: Voice, guard: SentenceGuard,
                 policy: Policy = Policy.strict) -> None:
        self.planner = planner
        self.voice = voice
        self.guard = guard
        self.policy = Policy(policy)
        self.name = f"{voice.name}+{self.policy.value}"
        # the guard embeds each sentence (milliseconds of CPU): on a thread of its own, so a
        # server's event loop keeps serving other students meanwhile, one check at a time
        self._checking = ThreadPoolExecutor(1, thread_name_prefix="osce-guard")

    async def reply(self, encounter: Encounter, utterance: Utterance) -> AsyncIterator[ReplyEvent]:
        plan = await complete_reply(self.planner, encounter, utterance)
        if (utterance.action is not Action.say or plan.grounding.kind not in WORDED
                or not utterance.text.strip()):
            yield TextPiece(text=plan.text)
            yield plan.model_copy(update={"grounding": plan.grounding.model_copy(
                update={"voice": "scripted"})})
            return
        turn = _Turn(encounter, utterance, plan)
        async for event in self._worded(turn):
            yield event

    async def _worded(self, turn: _Turn) -> AsyncIterator[ReplyEvent]:
        problem: str | None = None
        for attempt in (0, 1):
            outcome = _Outcome()
            try:
                async for piece in self._attempt(turn, problem, attempt, outcome):
                    yield piece
            except LLMUnavailable as exc:
                async for event in _completed(turn, "scripted", FALLBACK_NOTICE, str(exc)):
                    yield event
                return
            if outcome.retry is not None:
                problem = outcome.retry
                continue
            if outcome.stopped or (self.policy is Policy.strict and turn.left_out()):
                # strict: a reply that ends without what the case planned ("I'm not sure" to
                # "where does it spread?") would teach the student the patient does not know;
                # the script says the rest
                voice = "llm+scripted"
            elif turn.released:
                voice = "llm"
            else:  # the model said nothing usable: the script answers rather than silence
                voice = "scripted"
            async for event in _completed(turn, voice):
                yield event
            return

    async def _attempt(self, turn: _Turn, problem: str | None, attempt: int,
                       outcome: _Outcome) -> AsyncIterator[TextPiece]:
        """One go at the model: release what passes; say in `outcome` why it ended early."""
        async for sentence, finding in self._checked(turn, problem):
            if not finding.problem or self.policy is Policy.annotate:
                yield TextPiece(text=turn.release(sentence, finding))
                if len(turn.released) >= MAX_SENTENCES:
                    return  # rambling: the reply ends here (the stream closes in `_checked`)
                continue
            if self.policy is Policy.repair and attempt == 0 and not turn.released:
                turn.note(finding, released=False, action="regenerated")
                outcome.retry = _describe(finding)
                return
            turn.note(finding, released=False, action="stopped")
            outcome.stopped = True
            return

    async def _checked(self, turn: _Turn, problem: str | None
                       ) -> AsyncIterator[tuple[str, Finding]]:
        """The model's sentences as they complete, each with the guard's finding."""
        prompt = messages(turn.case, turn.encounter.turns, turn.question, turn.kind,
                          turn.planned, turn.plan.text, problem)
        cutter = SentenceCutter()
        stream = self.voice.speak(prompt)
        loop = asyncio.get_running_loop()
        # A sentence is only known to have ended when the next piece (or the stream's end)
        # comes, a token's time after its last character. Its check starts as soon as the
        # buffer ends like a sentence, and overlaps that wait; the guess is used only if the
        # cut sentence is the same text, with the same context (nothing is released between
        # the guess and the cut), so every finding is the one a check after the cut gives.
        ahead: tuple[str, asyncio.Future[Finding]] | None = None

        def check(sentence: str) -> asyncio.Future[Finding]:
            return loop.run_in_executor(self._checking, self.guard.check, turn.context(),
                                        sentence)

        async def checked(sentence: str) -> Finding:
            nonlocal ahead
            if ahead is not None:
                guess, future = ahead
                ahead = None
                if guess == sentence:
                    return await future
                _drop(future)
            return await check(sentence)

        try:
            async for piece in stream:
                for sentence in cutter.feed(piece):
                    yield sentence, await checked(sentence)
                guess = cutter.pending()
                if ahead is not None and ahead[0] != guess:
                    _drop(ahead[1])
                    ahead = None
                if guess is not None and ahead is None:
                    ahead = (guess, check(guess))
            for sentence in cutter.flush():
                yield sentence, await checked(sentence)
        finally:
            if ahead is not None:
                _drop(ahead[1])
            # a stopped reply stops the model too, rather than letting it talk to nobody
            with contextlib.suppress(Exception):
                await stream.aclose()  # type: ignore[attr-defined]

    def close(self) -> None:
        self._checking.shutdown(wait=False)
        for part in (self.voice, self.planner):
            close = getattr(part, "close", None)
            if close is not None:
                close()


@dataclass
class _Outcome:
    retry: str | None = None  # the problem to name in a second try
    stopped: bool = False  # a flagged sentence ended the model's part


async def _completed(turn: _Turn, voice: str, notice: str | None = None,
                     failure: str | None = None) -> AsyncIterator[ReplyEvent]:
    """The scripted completion where the model's part fell short, then the final event."""
    if voice != "llm":
        completion = turn.completion()
        if completion:
            yield TextPiece(text=turn.append(completion))
    yield turn.final(voice, notice=notice, failure=failure)


class _Turn:
    """One reply as it is released: what the student has seen, and what the guard said."""

    def __init__(self, encounter: Encounter, utterance: Utterance, plan: FinalReply) -> None:
        self.encounter = encounter
        self.case: Case = encounter.case
        self.question = utterance.text.strip()
        self.plan = plan
        self.kind = plan.grounding.kind
        self.planned = [f for f in plan.grounding.facts if f in self.case.fact_ids]
        self.heard = tuple(dict.fromkeys(f for t in encounter.turns for f in t.grounding.facts
                                         if f in self.case.fact_ids))
        self.released: list[str] = []
        self.notes: list[GuardNote] = []
        self.carried: list[str] = []  # planned facts a released sentence carried
        self.completed: list[str] = []  # planned facts the scripted completion gave

    def context(self) -> Context:
        return Context(self.case, tuple(self.planned), self.heard, self.question,
                       tuple(self.released))

    def note(self, finding: Finding, released: bool, action: str) -> None:
        self.notes.append(GuardNote(sentence=finding.sentence, verdict=finding.verdict.value,
                                    facts=finding.facts, reason=finding.reason,
                                    released=released, action=action))

    def release(self, sentence: str, finding: Finding) -> str:
        self.note(finding, released=True, action="released")
        if finding.verdict is Verdict.supported:
            self.carried += [f for f in finding.facts
                             if f in self.planned and f not in self.carried]
        return self.append(sentence)

    def append(self, text: str) -> str:
        piece = f" {text}" if self.released else text
        self.released.append(text)
        return piece

    def left_out(self) -> bool:
        """Did an answer's released sentences carry none of some planned fact?"""
        return self.kind is ReplyKind.answer and bool(self.released) and any(
            f not in self.carried for f in self.planned)

    def completion(self) -> str:
        """The scripted answer, less what the student has already been told."""
        if self.kind is not ReplyKind.answer:
            # "not sure", a default or a refusal is one short line: say it unless the model
            # already said something the guard let through as carrying the plan
            return "" if self.carried else self.plan.text
        if not self.released:
            self.completed = list(self.planned)
            return self.plan.text
        remaining = [f for f in self.planned if f not in self.carried]
        self.completed = remaining
        return " ".join(self.case.fact(f).words for f in remaining)

    def final(self, voice: str, notice: str | None = None,
              failure: str | None = None) -> FinalReply:
        g = self.plan.grounding
        if self.kind is ReplyKind.answer:
            facts = [f for f in g.facts if f in self.carried or f in self.completed
                     or f not in self.case.fact_ids]
        else:
            facts = list(g.facts)
        grounding: Grounding = g.model_copy(update={
            "facts": facts, "planned": list(g.facts), "voice": voice, "guard": self.notes,
            "cues": [c for c in g.cues if c in facts]})
        if failure:
            grounding.intent = f"{g.intent}; model failed: {failure}"
        text = " ".join(self.released) or self.plan.text
        return FinalReply(text=text, grounding=grounding, notice=notice)


def _drop(future: asyncio.Future[Finding]) -> None:
    """A guessed check not wanted after all: not run if it has not started, and its result
    or error, if it has, goes nowhere."""
    future.cancel()
    future.add_done_callback(lambda f: f.cancelled() or f.exception())


def _describe(finding: Finding) -> str:
    what = {
        Verdict.unsupported: "it said something the case does not say",
        Verdict.contradiction: "it contradicted what you were given",
        Verdict.leak: "it named or hinted at a diagnosis",
        Verdict.break_: "it stepped out of the patient's role",
    }.get(finding.verdict, "it was flagged")
    return f'"{finding.sentence}" - {what} ({finding.reason})' if finding.reason else (
        f'"{finding.sentence}" - {what}')
