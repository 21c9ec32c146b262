"""Running suites: each probe once, resumable after an interruption, engine faults kept apart."""

from __future__ import annotations

import asyncio
import json

import pytest

from osce.evals.evaluate import RunMismatch, evaluate
from osce.evals.generate import generate
from osce.evals.results import RunConfig, RunResult
from osce.evals.runner import Checkpoint, run_suites


class Counting:
    """The real scripted engine, counting the questions it is asked (batch path kept)."""

    name = "scripted"

    def __init__(self, engine, fail_on: str | None = None) -> None:
        self.engine = engine
        self.asked: list[str] = []
        self.fail_on = fail_on

    def answer_many(self, requests):
        self.asked += [u.text for _, u in requests]
        results = self.engine.answer_many(requests)
        return [RuntimeError("endpoint down") if u.text == self.fail_on else r
                for (_, u), r in zip(requests, results, strict=True)]

    def reply(self, encounter, utterance):
        return self.engine.reply(encounter, utterance)


class Streaming:
    """The scripted engine seen only through the streaming protocol (as remote engines are)."""

    name = "scripted"

    def __init__(self, engine) -> None:
        self.engine = engine
        self.asked = 0

    async def reply(self, encounter, utterance):
        self.asked += 1
        async for event in self.engine.reply(encounter, utterance):
            yield event


@pytest.fixture
def small(library):
    case = library.case("cardio-chest-pain")
    suite = generate(case, phrasings=1)
    keep = [p for p in suite.probes if p.kind != "conversation"][:24]
    return [(suite.model_copy(update={"probes": keep}), case)]


def test_an_interrupted_run_resumes_without_asking_again(scripted, judge, small, tmp_path):
    first = Counting(scripted)
    done = asyncio.run(run_suites(first, judge, small, Checkpoint(tmp_path), chunk=8))
    lines = (tmp_path / "progress.jsonl").read_text().splitlines()
    assert len(lines) == len(done) == 24
    # as if killed mid-write: ten probes kept, the last one cut short
    (tmp_path / "progress.jsonl").write_text("\n".join(lines[:10]) + "\n" + lines[10][:40])
    second = Counting(scripted)
    again = asyncio.run(run_suites(second, judge, small, Checkpoint(tmp_path), chunk=8))
    asked_again = sum(len(r.turns) for r in done[10:])
    assert len(second.asked) == asked_again
    assert [r.key for r in again] == [r.key for r in done]
    assert [r.passed for r in again] == [r.passed for r in done]


def test_an_engine_fault_is_reported_and_retried_on_resume(scripted, judge, small, tmp_path):
    question = small[0][0].probes[3].question
    flaky = Counting(scripted, fail_on=question)
    results = asyncio.run(run_suites(flaky, judge, small, Checkpoint(tmp_path)))
    [broken] = [r for r in results if r.error]
    assert "endpoint down" in broken.error and not broken.passed
    assert sum(r.error is None for r in results) == 23
    healed = Counting(scripted)
    results = asyncio.run(run_suites(healed, judge, small, Checkpoint(tmp_path)))
    assert healed.asked == [question] and not any(r.error for r in results)


def test_a_streaming_engine_gives_the_same_results_concurrently(scripted, judge, small, tmp_path):
    batch = asyncio.run(run_suites(Counting(scripted), judge, small, Checkpoint(tmp_path / "a")))
    stream = Streaming(scripted)
    streamed = asyncio.run(run_suites(stream, judge, small, Checkpoint(tmp_path / "b"),
                                      concurrency=4))
    assert stream.asked == 24
    assert [(r.key, r.passed, [t.answer for t in r.turns]) for r in streamed] == [
        (r.key, r.passed, [t.answer for t in r.turns]) for r in batch]


def test_a_folder_holds_one_engine_run(scripted, judge, small, tmp_path):
    run = evaluate(scripted, judge, small, tmp_path, RunConfig(engine="scripted"))
    saved = RunResult.model_validate_json((tmp_path / "result.json").read_text())
    assert saved.metric("probe_pass") == run.metric("probe_pass")
    assert (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "run.json").read_text())["engine"] == "scripted"
    with pytest.raises(RunMismatch):
        evaluate(scripted, judge, small, tmp_path,
                 RunConfig(engine="gguf", guard="strict"))
