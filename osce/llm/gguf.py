"""A GGUF chat model (llama.cpp) in a process of its own, as a LangChain chat model.

Why a process: llama.cpp holds the interpreter lock for stretches while it evaluates a prompt,
and a model in the server's process would stall the event loop and every other socket (the
scripted engine moved to a child process for the same reason: `osce/engine/process.py`).

One thread in the parent (the link) feeds the child one request at a time from a bounded
queue and hands each token piece it streams back to whoever asked, sync or async. Requests
beyond the queue's bound are refused at once: a patient that answers in two minutes is no
better than one that says it is busy.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from osce.llm.errors import LLMConfigError, LLMUnavailable
from osce.llm.settings import LLMSettings

log = logging.getLogger("osce.llm")

LOAD_TIMEOUT_S = 120.0
POLL_S = 0.1  # how soon the link notices a consumer that went away mid-answer

# what crosses the pipe, child to parent: ("ready", chat_format) | ("error", text) once at
# start; then per request ("piece", text)* followed by ("end", finish_reason) | ("error", text)
Event = tuple[str, Any]
_STOP = object()

ROLES = {"system": "system", "human": "user", "ai": "assistant"}


@dataclass(eq=False)  # compared and hashed by identity: it sits in a set while it waits
class _Request:
    messages: list[dict[str, str]]
    options: dict[str, Any]
    deliver: Callable[[Event], None]
    cancelled: threading.Event = field(default_factory=threading.Event)


class GGUFWorker:
    """The child process that holds the model, and the thread that talks to it."""

    def __init__(self, settings: LLMSettings, load_timeout_s: float = LOAD_TIMEOUT_S) -> None:
        if settings.gguf_path is None or not settings.gguf_path.is_file():
            # settings check this too, but a file can vanish between settings and start
            raise LLMConfigError(f"GGUF model file not found: {settings.gguf_path}")
        self.settings = settings
        self.load_timeout_s = load_timeout_s
        self.restarts = 0
        self.chat_format: str | None = None
        self._context = multiprocessing.get_context("spawn")  # no forked locks or threads
        self._requests: queue.SimpleQueue[Any] = queue.SimpleQueue()
        # the bound counts requests still wanted: one whose asker gave up frees its place at
        # once, not when the link gets round to skipping it
        self._waiting: set[_Request] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._broken: str | None = None
        self._start_child()
        self._thread = threading.Thread(target=self._run, name="llm-gguf-link", daemon=True)
        self._thread.start()

    def _start_child(self) -> None:
        s = self.settings
        ours, theirs = self._context.Pipe()
        self._conn = ours
        self.process = self._context.Process(
            target=_child, args=(theirs, str(s.gguf_path), s.n_ctx, s.n_threads, s.seed),
            name="osce-llm-gguf", daemon=True)
        self.process.start()
        theirs.close()
        try:
            if not ours.poll(self.load_timeout_s):
                raise LLMUnavailable(f"the local model {s.gguf_path} did not load in "
                                     f"{self.load_timeout_s:.0f} s")
            kind, value = ours.recv()
        except (EOFError, OSError):
            # it died before it could say why (its traceback is on stderr): not the file's
            # fault as far as we know, so not a config error
            self._stop_child()
            raise LLMUnavailable(f"the local model process exited while starting (code "
                                 f"{self.process.exitcode}); see its output above") from None
        except LLMUnavailable:
            self._stop_child()
            raise
        if kind != "ready":
            self._stop_child()
            raise LLMConfigError(f"cannot load the GGUF model {s.gguf_path}: {value}")
        self.chat_format = value

    def submit(self, messages: list[dict[str, str]], options: dict[str, Any],
               deliver: Callable[[Event], None]) -> _Request:
        if self._closed:
            raise LLMUnavailable("the local model has been shut down")
        if self._broken:
            raise LLMUnavailable(self._broken)
        request = _Request(messages, options, deliver)
        with self._lock:
            self._waiting = {r for r in self._waiting if not r.cancelled.is_set()}
            if len(self._waiting) >= self.settings.max_queue:
                raise LLMUnavailable(
                    f"the local model is busy ({self.settings.max_queue} questions already "
                    "waiting); ask again in a moment")
            self._waiting.add(request)
        self._requests.put(request)
        return request

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._requests.put(_STOP)
        self._thread.join(10)
        self._stop_child()
        # questions still waiting get an answer instead of hanging their callers
        while True:
            try:
                item = self._requests.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _Request):
                _deliver(item, ("error", "the local model has been shut down"))

    def _stop_child(self) -> None:
        self._conn.close()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)

    def _run(self) -> None:
        while True:
            item = self._requests.get()
            with self._lock:
                self._waiting.discard(item)
            if item is _STOP or self._closed:
                if isinstance(item, _Request):
                    _deliver(item, ("error", "the local model has been shut down"))
                return
            if item.cancelled.is_set():
                continue  # its asker left while it waited
            self._serve(item)

    def _serve(self, request: _Request) -> None:
        try:
            self._conn.send(("chat", request.messages, request.options))
            cancel_sent = False
            while True:
                if self._closed:
                    _deliver(request, ("error", "the local model has been shut down"))
                    return
                if request.cancelled.is_set() and not cancel_sent:
                    self._conn.send(("cancel", None))
                    cancel_sent = True
                if not self._conn.poll(POLL_S):
                    continue
                kind, value = self._conn.recv()
                _deliver(request, (kind, value))
                if kind != "piece":
                    return
        except (EOFError, OSError) as exc:
            if self._closed:
                _deliver(request, ("error", "the local model has been shut down"))
                return
            # the child died (killed, out of memory): this answer fails, later ones go to a
            # new child
            log.error("local model process stopped (%s); starting another", type(exc).__name__)
            _deliver(request, ("error", "the local model process stopped; ask again"))
            self.restarts += 1
            self._stop_child()
            try:
                self._start_child()
            except (LLMConfigError, LLMUnavailable) as again:
                self._broken = str(again)


def _deliver(request: _Request, event: Event) -> None:
    try:
        request.deliver(event)
    except Exception:  # the asker's loop closed: nobody is listening, and the link goes on
        request.cancelled.set()


def _child(conn: Any, path: str, n_ctx: int, n_threads: int, seed: int) -> None:
    """The model's process: load it, say so, then answer requests until the parent goes."""
    from osce.parent_watch import exit_with_parent

    exit_with_parent()
    try:
        from llama_cpp import Llama

        llm = Llama(model_path=path, n_ctx=n_ctx, n_threads=n_threads,
                    n_threads_batch=n_threads, seed=seed, verbose=False)
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", llm.chat_format))
    while True:
        try:
            kind, *payload = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "chat":  # anything else is a cancel that came after its answer ended
            _answer(conn, llm, *payload)


def _answer(conn: Any, llm: Any, messages: list[dict[str, str]], options: dict[str, Any]) -> None:
    finish = None
    try:
        temperature = options["temperature"]
        stream = llm.create_chat_completion(
            messages=messages, stream=True, temperature=temperature,
            # top_k 1 makes sampling greedy whatever llama.cpp does with temperature 0
            top_k=1 if temperature == 0 else 40,
            seed=options["seed"], max_tokens=options["max_tokens"], stop=options["stop"])
        for chunk in stream:
            choice = chunk["choices"][0]
            text = choice["delta"].get("content")
            if text:
                conn.send(("piece", text))
            finish = choice.get("finish_reason") or finish
            if conn.poll():
                kind, _ = conn.recv()
                if kind == "cancel":
                    finish = "cancelled"
                    break
    except (EOFError, OSError):
        return
    except Exception as exc:
        last: tuple[str, Any] = ("error", f"{type(exc).__name__}: {exc}")
    else:
        last = ("end", finish)
    # the parent may have gone between the last piece and now (a benchmark or a server
    # shutting down): nobody is left to tell, and a traceback would only be noise
    try:
        conn.send(last)
    except OSError:
        return


def to_chat_messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
    out = []
    for message in messages:
        role = ROLES.get(message.type) or getattr(message, "role", None)
        if role not in ("system", "user", "assistant"):
            raise ValueError(f"a {message.type} message cannot go to a GGUF chat model")
        out.append({"role": role, "content": message.text})
    return out


class GGUFChatModel(BaseChatModel):
    """SmolLM2 or any GGUF chat model, answered by a `GGUFWorker` child process."""

    settings: LLMSettings
    _worker: GGUFWorker = PrivateAttr()

    def __init__(self, settings: LLMSettings, **kwargs: Any) -> None:
        super().__init__(settings=settings, **kwargs)
        self._worker = GGUFWorker(settings)

    @property
    def _llm_type(self) -> str:
        return "osce-gguf"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        s = self.settings
        return {"model_path": str(s.gguf_path), "temperature": s.temperature, "seed": s.seed,
                "max_tokens": s.max_tokens}

    @property
    def worker(self) -> GGUFWorker:
        return self._worker

    def close(self) -> None:
        self._worker.close()

    def _options(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        s = self.settings
        return {"temperature": kwargs.get("temperature", s.temperature),
                "seed": kwargs.get("seed", s.seed),
                "max_tokens": kwargs.get("max_tokens", s.max_tokens),
                "stop": list(stop or [])}

    def _event_error(self, value: Any) -> LLMUnavailable:
        return LLMUnavailable(f"{self.settings.describe()} failed: {value}")

    def _timeout_error(self) -> LLMUnavailable:
        return LLMUnavailable(f"{self.settings.describe()} sent nothing for "
                              f"{self.settings.timeout_s:g} s")

    def _chunk(self, kind: str, value: Any) -> ChatGenerationChunk:
        if kind == "piece":
            return ChatGenerationChunk(message=AIMessageChunk(content=value))
        return ChatGenerationChunk(
            message=AIMessageChunk(content="", response_metadata={
                "finish_reason": value, "model_name": self.settings.gguf_path.name
                if self.settings.gguf_path else None}),
            generation_info={"finish_reason": value})

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        events: queue.SimpleQueue[Event] = queue.SimpleQueue()
        request = self._worker.submit(to_chat_messages(messages), self._options(stop, kwargs),
                                      events.put)
        try:
            while True:
                try:
                    kind, value = events.get(timeout=self.settings.timeout_s)
                except queue.Empty:
                    raise self._timeout_error() from None
                if kind == "error":
                    raise self._event_error(value)
                chunk = self._chunk(kind, value)
                if run_manager and kind == "piece":
                    run_manager.on_llm_new_token(value, chunk=chunk)
                yield chunk
                if kind == "end":
                    return
        finally:
            request.cancelled.set()  # a consumer that stops early stops the generation too

    async def _astream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                       run_manager: AsyncCallbackManagerForLLMRun | None = None,
                       **kwargs: Any) -> AsyncIterator[ChatGenerationChunk]:
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Event] = asyncio.Queue()

        def deliver(event: Event) -> None:
            loop.call_soon_threadsafe(events.put_nowait, event)

        request = self._worker.submit(to_chat_messages(messages), self._options(stop, kwargs),
                                      deliver)
        try:
            while True:
                try:
                    kind, value = await asyncio.wait_for(events.get(), self.settings.timeout_s)
                except TimeoutError:
                    raise self._timeout_error() from None
                if kind == "error":
                    raise self._event_error(value)
                chunk = self._chunk(kind, value)
                if run_manager and kind == "piece":
                    await run_manager.on_llm_new_token(value, chunk=chunk)
                yield chunk
                if kind == "end":
                    return
        finally:
            request.cancelled.set()

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None,
                  **kwargs: Any) -> ChatResult:
        return _result(list(self._stream(messages, stop, run_manager, **kwargs)))

    async def _agenerate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                         run_manager: AsyncCallbackManagerForLLMRun | None = None,
                         **kwargs: Any) -> ChatResult:
        return _result([c async for c in self._astream(messages, stop, run_manager, **kwargs)])


def _result(chunks: list[ChatGenerationChunk]) -> ChatResult:
    text = "".join(c.text for c in chunks)
    metadata = chunks[-1].message.response_metadata if chunks else {}
    message = AIMessage(content=text, response_metadata=dict(metadata))
    return ChatResult(generations=[ChatGeneration(message=message,
                                                  generation_info=dict(metadata))])
