"""Keeping a synchronous engine's work off the server's event loop.

The scripted engine computes its whole answer at once (an embedding pass, ~10 ms of one core)
and keeps per-turn scratch state, so its work runs on one dedicated thread: the event loop
stays free for every other socket, and the engine never runs twice at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from osce.engine.protocol import (
    Encounter,
    FinalReply,
    PatientEngine,
    ReplyEvent,
    TextPiece,
    Utterance,
)


class Answering(Protocol):
    name: str

    def answer(self, encounter: Encounter, utterance: Utterance) -> FinalReply: ...


class OffLoopEngine:
    def __init__(self, inner: Answering) -> None:
        self.inner = inner
        self.name = inner.name
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"engine-{inner.name}")

    async def reply(self, encounter: Encounter, utterance: Utterance) -> AsyncIterator[ReplyEvent]:
        loop = asyncio.get_running_loop()
        final = await loop.run_in_executor(self.executor, self.inner.answer, encounter, utterance)
        yield TextPiece(text=final.text)
        yield final


def off_loop(engine: PatientEngine) -> PatientEngine:
    """Engines that stream on their own (LLM engines) are left as they are."""
    if callable(getattr(engine, "answer", None)):
        return OffLoopEngine(engine)  # type: ignore[arg-type]
    return engine
