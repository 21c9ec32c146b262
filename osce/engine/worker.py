"""Keeping a synchronous engine's work off the server's event loop, and batching it.

The scripted engine computes its whole answer at once (an embedding pass, ~10 ms of one core)
and keeps per-turn scratch state, so its work runs on one dedicated thread: the event loop
stays free for every other socket, and the engine never runs twice at once.

When questions from several encounters are waiting, the thread takes them all and hands them
to the engine together (`answer_many`), which embeds their texts in one pass: a pass over the
model's weights costs about the same for one short question as for a dozen, so a busy server
answers more questions per second and each waits less. Nothing waits for company: a lone
question is answered at once, and batches form only from questions that queued while the
thread was busy.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from typing import Any, Protocol

from osce.engine.protocol import (
    Encounter,
    FinalReply,
    PatientEngine,
    ReplyEvent,
    TextPiece,
    Utterance,
)

MAX_BATCH = 16  # past this a pass grows with the tokens, and the first in line waits longer


class Answering(Protocol):
    name: str

    def answer(self, encounter: Encounter, utterance: Utterance) -> FinalReply: ...


@dataclass
class _Call:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    future: Future


@dataclass
class Question:
    encounter: Encounter
    utterance: Utterance
    future: Future


STOP = object()


class EngineThread(Executor):
    """One thread for the engine. An Executor, so `loop.run_in_executor` can put other engine
    work (preparing a case) on the same thread; questions go through `submit_answer`."""

    def __init__(self, engine: Answering, max_batch: int = MAX_BATCH) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self.batches: list[int] = []  # sizes of recent batches, for tests and benchmarks
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=f"engine-{engine.name}",
                                        daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        return self._put(_Call(fn, args, kwargs, Future()))

    def submit_answer(self, encounter: Encounter, utterance: Utterance) -> Future:
        return self._put(Question(encounter, utterance, Future()))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if not self._stopped:
            self._stopped = True
            self._queue.put(STOP)
        if wait and threading.current_thread() is not self._thread:
            self._thread.join()

    def _put(self, item: _Call | Question) -> Future:
        if self._stopped:
            raise RuntimeError("the engine thread has been shut down")
        self._queue.put(item)
        return item.future

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is STOP:
                return
            if isinstance(item, _Call):
                self._call(item)
                continue
            batch, after = drain(self._queue, item, self.max_batch)
            self._answer(batch)
            for other in after:  # other work waits behind the questions it queued behind
                if other is STOP:
                    return
                self._call(other)

    @staticmethod
    def _call(item: _Call) -> None:
        if not item.future.set_running_or_notify_cancel():
            return
        try:
            item.future.set_result(item.fn(*item.args, **item.kwargs))
        except BaseException as exc:  # the caller gets it, the thread goes on
            item.future.set_exception(exc)

    def _answer(self, batch: list[Question]) -> None:
        live = running(batch)
        if not live:
            return
        self.batches = [*self.batches[-999:], len(live)]
        many = getattr(self.engine, "answer_many", None)
        try:
            if many is not None:
                results = many([(q.encounter, q.utterance) for q in live])
            else:
                results = [_attempt(self.engine, q) for q in live]
        except BaseException as exc:  # every waiting caller hears of it
            results = [exc] * len(live)
        settle(live, results)


def drain(source: queue.SimpleQueue, first: Question, limit: int
          ) -> tuple[list[Question], list[Any]]:
    """`first` and the questions queued behind it, up to `limit`; anything else taken off
    the queue meanwhile (other work, or the stop), in order, for after them."""
    batch, after = [first], []
    while len(batch) < limit:
        try:
            more = source.get_nowait()
        except queue.Empty:
            break
        (batch if isinstance(more, Question) else after).append(more)
        if more is STOP:
            break
    return batch, after


def running(batch: list[Question]) -> list[Question]:
    """The questions whose callers still wait (a caller that gave up cancelled its future)."""
    return [q for q in batch if q.future.set_running_or_notify_cancel()]


def settle(questions: list[Question], results: list[Any]) -> None:
    for question, result in zip(questions, results, strict=True):
        if isinstance(result, BaseException):
            question.future.set_exception(result)
        else:
            question.future.set_result(result)


def _attempt(engine: Answering, question: Question) -> FinalReply | BaseException:
    try:
        return engine.answer(question.encounter, question.utterance)
    except BaseException as exc:
        return exc


class OffLoopEngine:
    def __init__(self, inner: Answering, max_batch: int = MAX_BATCH) -> None:
        self.inner = inner
        self.name = inner.name
        self.executor = EngineThread(inner, max_batch)

    async def reply(self, encounter: Encounter, utterance: Utterance) -> AsyncIterator[ReplyEvent]:
        final = await asyncio.wrap_future(self.executor.submit_answer(encounter, utterance))
        yield TextPiece(text=final.text)
        yield final


def off_loop(engine: PatientEngine) -> PatientEngine:
    """Engines that stream on their own (LLM engines) are left as they are."""
    if callable(getattr(engine, "answer", None)):
        return OffLoopEngine(engine)  # type: ignore[arg-type]
    return engine
