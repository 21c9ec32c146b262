"""A synchronous engine in a process of its own.

In the server's process the engine competes for the interpreter lock with the event loop and
the store: under load a question that costs 10 ms alone took 45 ms. In a child process it has
the lock (and a core) to itself. The child loads the same case folders and builds the same
engine from configuration; the parent sends it case ids and transcripts, never Case objects,
and questions that queue while the child is busy go to it as one batch, as on the engine
thread (`osce/engine/worker.py`).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import threading
from collections.abc import AsyncIterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from osce.engine.protocol import Encounter, FinalReply, ReplyEvent, TextPiece, Utterance
from osce.engine.worker import MAX_BATCH, STOP, Question, drain, running, settle
from osce.hashing import content_hash
from osce.models.case import Case

log = logging.getLogger("osce.engine")
MAX_CASES = 256  # case versions the child keeps (the library's plus drafts being tried)


class CaseDigests:
    """The full content digest of each case object, computed once per object. The objects
    are held while listed, so an id is never reused for another case meanwhile."""

    def __init__(self, most: int = MAX_CASES) -> None:
        self.most = most
        self._known: dict[int, tuple[Case, str]] = {}

    def of(self, case: Case) -> str:
        found = self._known.get(id(case))
        if found is None:
            found = (case, content_hash(case))
            self._known[id(case)] = found
            while len(self._known) > self.most:
                self._known.pop(next(iter(self._known)))
        return found[1]


class EngineProcess:
    def __init__(self, name: str, data_dir: Path, cases_dirs: list[Path] | None = None,
                 max_batch: int = MAX_BATCH) -> None:
        self.name = name
        self.max_batch = max_batch
        self.batches: list[int] = []
        self.restarts = 0
        self._args = (name, str(data_dir), [str(p) for p in cases_dirs or []])
        self._context = multiprocessing.get_context("spawn")  # no forked locks or threads
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._digests = CaseDigests()
        self._start_child()
        self._thread = threading.Thread(target=self._run, name=f"engine-{name}-link",
                                        daemon=True)
        self._thread.start()

    def _start_child(self) -> None:
        # the case versions this child holds, evicted in the same order as the child does
        self._sent: dict[str, None] = {}
        ours, theirs = self._context.Pipe()
        self._conn = ours
        self.process = self._context.Process(target=_child, args=(theirs, *self._args),
                                             name=f"osce-engine-{self.name}", daemon=True)
        self.process.start()
        theirs.close()

    def submit_answer(self, encounter: Encounter, utterance: Utterance) -> Future:
        question = Question(encounter, utterance, Future())
        self._queue.put(question)
        return question.future

    async def reply(self, encounter: Encounter, utterance: Utterance) -> AsyncIterator[ReplyEvent]:
        final = await asyncio.wrap_future(self.submit_answer(encounter, utterance))
        yield TextPiece(text=final.text)
        yield final

    def close(self) -> None:
        self._queue.put(STOP)
        self._thread.join(10)
        self._conn.close()
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is STOP:
                return
            batch, after = drain(self._queue, item, self.max_batch)
            live = running(batch)
            if live:
                self._answer(live)
            if after:  # nothing but questions and the stop comes down this queue
                return

    def _answer(self, live: list[Question]) -> None:
        self.batches = [*self.batches[-999:], len(live)]
        requests = []
        for q in live:
            # each version of a case (an educator's draft, a newly published one) goes to the
            # child once, whole; after that, by its digest
            case = q.encounter.case
            whole = self._digests.of(case)
            requests.append((case.id, q.encounter.case_hash, q.encounter.turns, q.utterance,
                             whole, None if whole in self._sent else case))
            if whole not in self._sent:
                self._sent[whole] = None
                while len(self._sent) > MAX_CASES:
                    self._sent.pop(next(iter(self._sent)))
        try:
            self._conn.send(requests)
            results = self._conn.recv()
        except (EOFError, OSError) as exc:
            # the child died (killed, out of memory): these questions fail, later ones go to
            # a new child; the turns stay stored and are answered when the client resends
            log.error("engine process stopped (%s); starting another", type(exc).__name__)
            results = [RuntimeError("the patient engine restarted; ask again")] * len(live)
            self.restarts += 1
            self._conn.close()
            self._start_child()
        settle(live, results)


def _child(conn, name: str, data_dir: str, cases_dirs: list[str]) -> None:
    """The engine's process: build the engine, prepare every case, then answer batches until
    the parent goes away."""
    import gc

    from osce.engine.factory import make_engine
    from osce.parent_watch import exit_with_parent

    exit_with_parent()
    from osce.hashing import case_hash
    from osce.library import Library

    library = Library.load([Path(p) for p in cases_dirs])
    engine: Any = make_engine(name, Path(data_dir))
    for case in library.cases.values():
        engine.prepare(case, case_hash(case))
    handed: dict[str, Any] = {}
    gc.collect()
    gc.freeze()  # as in the server: start-up objects out of the collector's sight
    while True:
        try:
            requests = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer_all(engine, handed, requests))


def _answer_all(engine: Any, handed: dict[str, Any], requests: list
                ) -> list[FinalReply | Exception]:
    results: list[FinalReply | Exception | None] = [None] * len(requests)
    todo = []
    for i, (case_id, digest, turns, utterance, whole, case) in enumerate(requests):
        if case is not None:
            handed[whole] = case
            while len(handed) > MAX_CASES:  # drafts come and go: keep the newest
                handed.pop(next(iter(handed)))
        case = handed.get(whole)
        if case is None:
            results[i] = LookupError(f"case {case_id!r} is not in the engine's library")
        else:
            todo.append((i, Encounter(case, digest, list(turns)), utterance))
    try:
        answers = engine.answer_many([(e, u) for _, e, u in todo])
    except Exception as exc:
        answers = [exc] * len(todo)
    for (i, _, _), answer in zip(todo, answers, strict=True):
        # an exception crosses the pipe as plain words: its own class may not pickle
        results[i] = (RuntimeError(f"{type(answer).__name__}: {answer}")
                      if isinstance(answer, BaseException) else answer)
    return results  # type: ignore[return-value]
