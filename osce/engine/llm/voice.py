"""The model that words the patient's replies, behind one small protocol.

`ChatVoice` speaks through any LangChain chat model (an OpenAI-compatible endpoint, the
in-process GGUF worker, or a fake one in tests); the engine sees only text pieces or
`LLMUnavailable`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

from osce.engine.llm.prompt import Message


class Voice(Protocol):
    name: str

    def speak(self, messages: list[Message]) -> AsyncIterator[str]: ...


class ChatVoice:
    def __init__(self, model: Any, name: str = "llm") -> None:
        self.model = model
        self.name = name

    def speak(self, messages: list[Message]) -> AsyncIterator[str]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        from osce.llm.chat import stream_text

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        return stream_text(self.model, [kinds[m.role](content=m.content) for m in messages])

    def close(self) -> None:
        close = getattr(self.model, "close", None)
        if close is not None:
            close()
