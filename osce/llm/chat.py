"""One way to get a streaming chat model from settings, and one way to read text from it.

Callers (the LLM-played patient) see two outcomes: text pieces, or `LLMUnavailable` with a
sentence a student or an admin can act on. Which library failed, and how, stays in here.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
from collections.abc import AsyncIterator
from typing import Any

import openai
from langchain_core.language_models import BaseChatModel, LanguageModelInput

from osce.llm.errors import LLMUnavailable
from osce.llm.gguf import GGUFChatModel
from osce.llm.settings import LLMSettings, is_loopback

_HTTP_MODULES = [importlib.import_module(name) for name in ("httpx2", "httpx")
                 if importlib.util.find_spec(name) is not None]

# local OpenAI-compatible servers (llama.cpp, vLLM, Ollama) ignore the key, but the OpenAI
# client refuses to start without one
LOCAL_PLACEHOLDER_KEY = "no-key-needed-on-loopback"
# the OpenAI SDK sends through httpx2, but errors raised while reading a stream's body may come
# straight from it (or from httpx, which other clients use) instead of as openai.APIError
HTTP_ERRORS = tuple(m.HTTPError for m in _HTTP_MODULES)
TIMEOUTS = tuple(m.TimeoutException for m in _HTTP_MODULES)
# langchain-core's ValueError when a stream ends without a single chunk (chat_models.py)
NO_CHUNKS = "No generation chunks were returned"


def make_chat_model(settings: LLMSettings) -> BaseChatModel:
    """A chat model that streams; a GGUF one starts its worker process here (seconds)."""
    if settings.engine == "gguf":
        return GGUFChatModel(settings)
    from langchain_openai import ChatOpenAI

    assert settings.base_url is not None  # the settings' own check
    local = is_loopback(settings.base_url)
    key = settings.api_key or (LOCAL_PLACEHOLDER_KEY if local else None)
    # ChatOpenAI sends the length limit as `max_completion_tokens`, which OpenAI wants but
    # llama_cpp.server ignores (it then writes to the end of the context); the local servers
    # (llama.cpp, vLLM, Ollama) all read the older `max_tokens`, and OpenAI refuses both at once
    limit: dict[str, Any] = ({"extra_body": {"max_tokens": settings.max_tokens}} if local
                             else {"max_tokens": settings.max_tokens})
    return ChatOpenAI(
        base_url=settings.base_url, model=settings.model, api_key=key,
        timeout=settings.timeout_s, max_retries=settings.max_retries,
        temperature=settings.temperature, seed=settings.seed, streaming=True,
        # clients of its own: by default every ChatOpenAI with the same URL and timeout shares
        # one process-wide connection pool, whose kept-alive connections belong to the event
        # loop that opened them and fail ("Event loop is closed") from any later loop. A model
        # still belongs to one loop; two models no longer break each other
        http_client=openai.DefaultHttpxClient(), http_async_client=openai.DefaultAsyncHttpxClient(),
        **limit)


def describe(model: BaseChatModel) -> str:
    settings = getattr(model, "settings", None)
    if isinstance(settings, LLMSettings):
        return settings.describe()
    url = getattr(model, "openai_api_base", None)
    return f"the model server at {url}" if url else f"the {model._llm_type} model"


async def stream_text(model: BaseChatModel, messages: LanguageModelInput) -> AsyncIterator[str]:
    """The answer's text as it comes; every endpoint failure becomes `LLMUnavailable`."""
    where = describe(model)
    chunks = 0
    try:
        async for chunk in model.astream(messages):
            chunks += 1
            if chunk.text:
                yield chunk.text
    except LLMUnavailable:
        raise
    except Exception as exc:
        message = explain(exc, where, started=chunks > 0)
        if message is None and chunks == 0 and NO_CHUNKS in str(exc):
            message = no_stream(where)
        if message is None:
            raise
        raise LLMUnavailable(message) from exc
    if chunks == 0:
        raise LLMUnavailable(no_stream(where))


def no_stream(where: str) -> str:
    # an OpenAI-compatible stream always has at least its role chunk, so nothing at all means
    # the body was not a chat stream (a proxy's page, another web service on the port)
    return f"{where} sent no chat stream (is it an OpenAI-compatible server?)"


def explain(exc: BaseException, where: str, started: bool = False) -> str | None:
    """A sentence for an endpoint failure, or None for an error that is a bug of ours.

    `started`: some of the answer had come, so a lost connection is a server that died or
    hung up mid-answer rather than one that could not be reached.
    """
    if isinstance(exc, (openai.APITimeoutError, TimeoutError, *TIMEOUTS)):
        return f"{where} did not answer in time"
    if isinstance(exc, (openai.APIConnectionError, ConnectionError, *HTTP_ERRORS)):
        if started:
            return f"the connection to {where} broke mid-answer ({_cause(exc)})"
        return f"could not reach {where} ({_cause(exc)})"
    if isinstance(exc, openai.APIStatusError):
        body = exc.body if isinstance(exc.body, dict) else {}
        said = _short(body.get("message") or exc.message)
        return f"{where} answered HTTP {exc.status_code}: {said}"
    if isinstance(exc, openai.APIError):
        return f"{where} reported an error: {_short(exc.message)}"
    if isinstance(exc, json.JSONDecodeError):
        return f"{where} sent a malformed stream ({exc.msg})"
    if isinstance(exc, OSError):
        return f"could not reach {where} ({_cause(exc)})"
    return None


def _cause(exc: BaseException) -> str:
    """What happened on the wire, in a few words, from the exception's chain."""
    chain: list[BaseException] = []
    inner: BaseException | None = exc
    while inner is not None and len(chain) < 20:
        chain.append(inner)
        # httpcore raises from inside an except block without `from`: follow __context__ too
        inner = inner.__cause__ or inner.__context__
    for link in chain:
        if isinstance(link, OSError) and link.errno:
            # the errno's own words: asyncio's are "Connect call failed (host, port)"
            return os.strerror(link.errno).lower()
    # past the wrappers (langchain-openai's and the SDK's "Connection error.") the transport's
    # message says the most
    first = next((link for link in chain if not isinstance(link, openai.APIError)), exc)
    return _short(str(first) or type(first).__name__)


def _short(text: Any, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
