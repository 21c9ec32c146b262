"""The real SmolLM2 GGUF in its own worker process, as a LangChain chat model."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from osce.llm import LLMConfigError, LLMSettings, LLMUnavailable
from osce.llm.chat import make_chat_model, stream_text
from osce.llm.gguf import GGUFChatModel, GGUFWorker
from tests.llm.helpers import OTHER, QUESTION, pieces_of


@pytest.fixture(scope="module")
def model():
    chat = make_chat_model(LLMSettings(engine="gguf", max_tokens=32))
    assert isinstance(chat, GGUFChatModel)
    yield chat
    chat.close()


def test_it_streams_the_answer_in_pieces(model) -> None:
    pieces = pieces_of(model)
    assert len(pieces) > 1
    assert "".join(pieces).strip()


def test_greedy_answers_repeat_exactly(model) -> None:
    first = "".join(pieces_of(model))
    pieces_of(model, OTHER)  # another prompt in between changes the model's cache
    assert "".join(pieces_of(model)) == first
    assert model.invoke(QUESTION).content == first  # the non-streaming path agrees


def test_the_chat_template_comes_from_the_gguf(model) -> None:
    # llama-cpp-python renders the file's own tokenizer.chat_template (ChatML for SmolLM2; it
    # adds "You are a helpful AI assistant named SmolLM" when no system message comes first)
    # instead of falling back to llama-2's format
    assert model.worker.chat_format == "chat_template.default"


def test_a_reader_that_stops_early_stops_the_generation(model) -> None:
    whole = "".join(pieces_of(model))

    async def first_piece() -> str:
        pieces = stream_text(model, QUESTION)
        try:
            return await anext(pieces)
        finally:
            await pieces.aclose()

    assert whole.startswith(asyncio.run(first_piece()))
    assert "".join(pieces_of(model)) == whole  # the pipe is still in step


def test_a_full_queue_refuses_at_once(model) -> None:
    worker = model.worker
    requests = []
    with pytest.raises(LLMUnavailable, match="busy"):
        for _ in range(worker.settings.max_queue + 2):
            requests.append(worker.submit([{"role": "user", "content": "Hi"}],
                                          model._options(None, {}), lambda event: None))
    for request in requests:
        request.cancelled.set()
    assert pieces_of(model)


def test_a_killed_worker_is_replaced(model) -> None:
    whole = "".join(pieces_of(model))
    model.worker.process.kill()
    model.worker.process.join(5)
    with pytest.raises(LLMUnavailable, match="stopped; ask again"):
        pieces_of(model)
    assert "".join(pieces_of(model)) == whole
    assert model.worker.restarts == 1


def test_a_missing_file_fails_before_any_question(tmp_path: Path) -> None:
    with pytest.raises(LLMConfigError, match="GGUF model file not found"):
        make_chat_model(LLMSettings(engine="gguf", gguf_path=tmp_path / "gone.gguf"))


def test_a_file_that_is_not_gguf_fails_at_start(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a model" * 100)
    with pytest.raises(LLMConfigError, match="cannot load the GGUF model"):
        GGUFWorker(LLMSettings(engine="gguf", gguf_path=bogus))


ORPHAN = """
import sys
from osce.llm import LLMSettings
from osce.llm.gguf import GGUFWorker
worker = GGUFWorker(LLMSettings(engine="gguf"))
print(worker.process.pid, flush=True)
sys.stdin.read()
"""


def test_the_worker_exits_when_its_parent_dies() -> None:
    parent = subprocess.Popen([sys.executable, "-c", ORPHAN], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        os.kill(parent.pid, signal.SIGKILL)  # no chance to close anything
        parent.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.2)
        assert not _alive(child)
    finally:
        parent.kill()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead but not yet reaped by init
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


class _GonePipe:
    """A parent end that went away after the pieces: every send past `keep` breaks."""

    def __init__(self, keep: int) -> None:
        self.sent: list[tuple] = []
        self.keep = keep

    def send(self, message: tuple) -> None:
        if len(self.sent) >= self.keep:
            raise BrokenPipeError(32, "Broken pipe")
        self.sent.append(message)

    def poll(self) -> bool:
        return False


class _TwoPieces:
    def create_chat_completion(self, **_: object):
        yield {"choices": [{"delta": {"content": "Hello"}, "finish_reason": None}]}
        yield {"choices": [{"delta": {"content": " there."}, "finish_reason": "stop"}]}


class _Fails:
    def create_chat_completion(self, **_: object):
        raise RuntimeError("context overflow")


OPTIONS = {"temperature": 0.0, "seed": 1, "max_tokens": 8, "stop": []}


def test_a_parent_gone_before_the_end_is_left_quietly() -> None:
    from osce.llm.gguf import _answer

    conn = _GonePipe(keep=2)
    _answer(conn, _TwoPieces(), [{"role": "user", "content": "hi"}], OPTIONS)  # no raise
    assert conn.sent == [("piece", "Hello"), ("piece", " there.")]


def test_the_end_and_an_error_reach_a_parent_still_there() -> None:
    from osce.llm.gguf import _answer

    conn = _GonePipe(keep=10)
    _answer(conn, _TwoPieces(), [{"role": "user", "content": "hi"}], OPTIONS)
    assert conn.sent[-1] == ("end", "stop")
    conn = _GonePipe(keep=10)
    _answer(conn, _Fails(), [{"role": "user", "content": "hi"}], OPTIONS)
    assert conn.sent == [("error", "RuntimeError: context overflow")]
    _answer(_GonePipe(keep=0), _Fails(), [{"role": "user", "content": "hi"}], OPTIONS)
