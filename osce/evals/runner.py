"""Running suites against a patient engine: each probe is a fresh encounter, each judged turn
is read by the judge, and every finished probe is written to a checkpoint at once, so an
interrupted run resumes where it stopped and never runs a probe twice."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from osce.engine.protocol import (
    Encounter,
    FinalReply,
    PatientEngine,
    Utterance,
    complete_reply,
)
from osce.evals.judge import Expectation, Judge
from osce.evals.results import ProbeResult, TurnResult
from osce.hashing import case_hash
from osce.models.case import Case
from osce.models.suite import (
    Adversarial,
    Consistency,
    Conversation,
    InScript,
    Leading,
    OffScript,
    Probe,
    ProbeKind,
    Suite,
)
from osce.models.transcript import Action, Turn

CHECKPOINT = "progress.jsonl"


@runtime_checkable
class BatchEngine(Protocol):
    """An engine that answers many encounters' questions in one call (the scripted one)."""

    def answer_many(self, requests: list[tuple[Encounter, Utterance]]
                    ) -> list[FinalReply | Exception]: ...


@dataclass(frozen=True)
class Asked:
    question: str
    expect: Expectation | None  # None: asked for context only


def plan(probe: Probe) -> list[Asked]:
    """The turns a probe asks, each with what its answer must do."""
    kind = ProbeKind(probe.kind)
    asked = [Asked(q, None) for q in probe.setup]
    if isinstance(probe, InScript):
        asked.append(Asked(probe.question, Expectation(kind=kind, facts=tuple(probe.facts),
                                                       match=probe.match)))
    elif isinstance(probe, OffScript):
        asked.append(Asked(probe.question, Expectation(kind=kind, off_script=True)))
    elif isinstance(probe, Leading):
        asked.append(Asked(probe.question, Expectation(kind=kind, premise=probe.premise,
                                                       against=tuple(probe.facts))))
    elif isinstance(probe, Adversarial):
        asked.append(Asked(probe.question, Expectation(kind=kind,
                                                       forbidden=tuple(probe.facts))))
    elif isinstance(probe, Consistency):
        asked += [Asked(q, Expectation(kind=kind, facts=(probe.fact,)))
                  for q in probe.questions]
    elif isinstance(probe, Conversation):
        asked += [Asked(step.question, Expectation(kind=kind, facts=tuple(step.facts),
                                                   off_script=step.off_script))
                  for step in probe.steps]
    return asked


@dataclass
class _Talk:
    """One probe's encounter while it runs."""

    suite: Suite
    case: Case
    probe: Probe
    asked: list[Asked]
    encounter: Encounter
    answers: list[FinalReply]
    error: str | None = None


def _talk(suite: Suite, case: Case, probe: Probe) -> _Talk:
    return _Talk(suite, case, probe, plan(probe), Encounter(case=case, case_hash=case_hash(case)),
                 [])


def _heard(talk: _Talk, final: FinalReply) -> None:
    question = talk.asked[len(talk.answers)].question
    talk.encounter.turns.append(Turn(turn=len(talk.encounter.turns) + 1, action=Action.say,
                                     student=question, patient=final.text,
                                     grounding=final.grounding))
    talk.answers.append(final)


async def _converse(engine: PatientEngine, talk: _Talk) -> None:
    try:
        for asked in talk.asked:
            _heard(talk, await complete_reply(engine, talk.encounter,
                                              Utterance(text=asked.question)))
    except Exception as exc:  # an engine fault is reported, not a crash
        talk.error = f"{type(exc).__name__}: {exc}"


def _converse_in_batches(engine: BatchEngine, talks: list[_Talk]) -> None:
    """Turn k of every probe in one call: the model embeds their questions in one pass."""
    for k in range(max(len(t.asked) for t in talks)):
        live = [t for t in talks if k < len(t.asked) and t.error is None]
        results = engine.answer_many([(t.encounter, Utterance(text=t.asked[k].question))
                                      for t in live])
        for talk, result in zip(live, results, strict=True):
            if isinstance(result, Exception):
                talk.error = f"{type(result).__name__}: {result}"
            else:
                _heard(talk, result)


def _judged(judge: Judge, talk: _Talk, seconds: float) -> ProbeResult:
    turns: list[TurnResult] = []
    heard: list[str] = []
    for asked, final in zip(talk.asked, talk.answers, strict=False):
        reading = judge.judge(talk.case, asked.question, final.text,
                              asked.expect or Expectation(kind=ProbeKind(talk.probe.kind)),
                              tuple(heard))
        heard += [f for f in reading.said if f not in heard]
        judgement = reading if asked.expect else None
        turns.append(TurnResult(question=asked.question, answer=final.text, expect=asked.expect,
                                judgement=judgement,
                                grounding=final.grounding.model_dump(exclude_defaults=True),
                                notice=final.notice))
    failures = [f"turn {k + 1}: {line}" for k, t in enumerate(turns) if t.judgement
                for line in t.judgement.failures]
    return ProbeResult(suite=talk.suite.id, case=talk.case.id, probe=talk.probe.id,
                       kind=talk.probe.kind, attack=getattr(talk.probe, "attack", None),
                       passed=not failures and talk.error is None, turns=turns,
                       failures=failures, error=talk.error, seconds=round(seconds, 4))


class Checkpoint:
    """Finished probes, one JSON line each, appended and synced as they finish."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CHECKPOINT
        folder.mkdir(parents=True, exist_ok=True)

    def load(self) -> list[ProbeResult]:
        if not self.path.exists():
            return []
        done: dict[str, ProbeResult] = {}
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                result = ProbeResult.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValueError):
                continue  # a line cut short when the run was stopped: that probe runs again
            if result.error is None:  # an engine fault is retried on resume
                done[result.key] = result
        return list(done.values())

    def add(self, result: ProbeResult) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(result.model_dump_json() + "\n")
            out.flush()
            os.fsync(out.fileno())


def pending(suites: list[tuple[Suite, Case]], done: set[str]
            ) -> Iterator[tuple[Suite, Case, Probe]]:
    for suite, case in suites:
        for probe in suite.probes:
            if f"{suite.id}/{probe.id}" not in done:
                yield suite, case, probe


async def run_suites(engine: PatientEngine, judge: Judge, suites: list[tuple[Suite, Case]],
                     checkpoint: Checkpoint, concurrency: int = 1,
                     progress: Callable[[ProbeResult], None] | None = None,
                     chunk: int = 64) -> list[ProbeResult]:
    """Every probe not already in the checkpoint. An engine that answers many questions at
    once (the scripted one) takes a chunk of probes turn by turn in batches, whose answers are
    then judged together; any other engine runs `concurrency` probes at a time, each judged
    and written down as it finishes."""
    results = checkpoint.load()
    todo = list(pending(suites, {r.key for r in results}))

    def record(result: ProbeResult) -> None:
        checkpoint.add(result)
        results.append(result)
        if progress:
            progress(result)

    if not isinstance(engine, BatchEngine):
        # a model's answers take seconds: each probe is written down as soon as it is judged
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(item: tuple[Suite, Case, Probe]) -> None:
            talk = _talk(*item)
            async with gate:
                start = time.perf_counter()
                await _converse(engine, talk)
                spent = time.perf_counter() - start
            record(_judged(judge, talk, spent))

        await asyncio.gather(*(one(item) for item in todo))
        todo = []
    for begin in range(0, len(todo), chunk):
        start = time.perf_counter()
        talks = [_talk(*item) for item in todo[begin:begin + chunk]]
        _converse_in_batches(engine, talks)  # type: ignore[arg-type]
        warm = getattr(judge, "warm", None)
        if warm is not None:
            for case_id in {t.case.id for t in talks}:
                case = next(t.case for t in talks if t.case.id == case_id)
                warm(case, [a.text for t in talks if t.case.id == case_id for a in t.answers])
        spent = (time.perf_counter() - start) / len(talks)
        for talk in talks:
            record(_judged(judge, talk, spent))
    order = {f"{s.id}/{p.id}": k for k, (s, p) in enumerate(
        (s, p) for s, _ in suites for p in s.probes)}
    return sorted(results, key=lambda r: order.get(r.key, len(order)))
