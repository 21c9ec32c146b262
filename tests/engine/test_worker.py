"""The engine thread: questions that queue while it is busy are answered in one batch, each
with the answer it would have had alone, and one failing question fails alone."""

from __future__ import annotations

import asyncio
import threading

import pytest

from osce.engine.protocol import Encounter, Utterance, complete_reply
from osce.engine.worker import EngineThread, OffLoopEngine
from osce.hashing import case_hash
from osce.models.transcript import Action

QUESTIONS = [
    ("cardio-chest-pain", "Where exactly is the pain?"),
    ("cardio-chest-pain", "Does it spread anywhere? And do you smoke?"),
    ("cardio-chest-pain", "Any covid vaccines recently?"),
    ("cardio-chest-pain", "What is your name and date of birth?"),
]


def _encounter(library, case_id: str) -> Encounter:
    case = library.case(case_id)
    return Encounter(case, case_hash(case))


def _hold(thread: EngineThread) -> threading.Event:
    """Keep the engine thread busy until the event is set, so questions queue behind it."""
    release, busy = threading.Event(), threading.Event()

    def wait() -> None:
        busy.set()
        release.wait(10)

    thread.submit(wait)
    assert busy.wait(10)
    return release


def test_queued_questions_are_one_batch_with_the_answers_they_would_have_alone(
        engine, library) -> None:
    alone = [engine.answer(_encounter(library, c), Utterance(action=Action.say, text=q))
             for c, q in QUESTIONS]
    thread = EngineThread(engine)
    try:
        release = _hold(thread)
        futures = [thread.submit_answer(_encounter(library, c),
                                        Utterance(action=Action.say, text=q))
                   for c, q in QUESTIONS]
        release.set()
        together = [f.result(30) for f in futures]
    finally:
        thread.shutdown()
    assert thread.batches[-1] == len(QUESTIONS)
    assert [r.text for r in together] == [r.text for r in alone]
    assert [r.grounding.facts for r in together] == [r.grounding.facts for r in alone]


def test_a_lone_question_is_answered_without_waiting_for_company(engine, library) -> None:
    thread = EngineThread(engine)
    try:
        reply = thread.submit_answer(_encounter(library, "cardio-chest-pain"),
                                     Utterance(action=Action.say, text="Do you smoke?"))
        assert reply.result(30).text
    finally:
        thread.shutdown()
    assert thread.batches == [1]


class _Flaky:
    """The real engine, except that one question breaks it (nothing in the bundled cases
    makes the scripted engine raise, and this is the path where one might)."""

    name = "flaky"

    def __init__(self, engine) -> None:
        self.engine = engine

    def answer_many(self, requests):
        results = self.engine.answer_many(requests)
        return [ValueError("broken") if u.text == "break" else r
                for (_, u), r in zip(requests, results, strict=True)]


def test_one_failing_question_fails_alone(engine, library) -> None:
    thread = EngineThread(_Flaky(engine))
    try:
        release = _hold(thread)
        good = thread.submit_answer(_encounter(library, "cardio-chest-pain"),
                                    Utterance(action=Action.say, text="Do you smoke?"))
        bad = thread.submit_answer(_encounter(library, "cardio-chest-pain"),
                                   Utterance(action=Action.say, text="break"))
        release.set()
        assert good.result(30).text
        with pytest.raises(ValueError, match="broken"):
            bad.result(30)
        # and the thread goes on serving
        after = thread.submit_answer(_encounter(library, "cardio-chest-pain"),
                                     Utterance(action=Action.say, text="Any allergies?"))
        assert after.result(30).text
    finally:
        thread.shutdown()


def test_concurrent_replies_through_the_event_loop_share_a_batch(engine, library) -> None:
    runner = OffLoopEngine(engine)

    async def many() -> list[str]:
        release = _hold(runner.executor)
        tasks = [asyncio.create_task(complete_reply(
            runner, _encounter(library, c), Utterance(action=Action.say, text=q)))
            for c, q in QUESTIONS]
        await asyncio.sleep(0.2)  # every reply is queued behind the held thread
        release.set()
        return [r.text for r in await asyncio.gather(*tasks)]

    try:
        texts = asyncio.run(many())
    finally:
        runner.executor.shutdown()
    assert all(texts) and runner.executor.batches[-1] == len(QUESTIONS)
