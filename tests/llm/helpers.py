"""Small things the LLM tests share."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from osce.llm.chat import stream_text

QUESTION = [("system", "You are a patient with chest pain. Answer in one short sentence."),
            ("human", "What brings you in today?")]
OTHER = [("human", "What is the capital of France?")]


async def _collect(pieces: AsyncIterator[str]) -> list[str]:
    return [piece async for piece in pieces]


def pieces_of(model, messages=QUESTION) -> list[str]:
    return asyncio.run(_collect(stream_text(model, messages)))
