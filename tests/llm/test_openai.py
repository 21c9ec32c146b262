"""ChatOpenAI through `make_chat_model` against a real OpenAI-compatible server on loopback
(llama_cpp.server with SmolLM2), and every way an endpoint fails becoming `LLMUnavailable`."""

from __future__ import annotations

import asyncio
import time

import pytest

from osce.llm import LLMSettings, LLMUnavailable
from osce.llm.chat import make_chat_model, stream_text
from tests.llm.conftest import free_port, start_llama_server
from tests.llm.fakes import fake_openai_server, garbage_server
from tests.llm.helpers import QUESTION, pieces_of


def _openai(base_url: str, **more) -> object:
    settings = {"engine": "openai", "base_url": base_url, "model": "smollm2",
                "max_tokens": 32, "timeout_s": 10.0, **more}
    return make_chat_model(LLMSettings(**settings))


@pytest.fixture(scope="module")
def fake():
    url, stop = fake_openai_server()
    yield url
    stop()


def test_a_real_server_streams_in_pieces(llama_server) -> None:
    pieces = pieces_of(_openai(llama_server.base_url))
    assert len(pieces) > 1
    assert "".join(pieces).strip()


def test_the_real_server_is_greedy_too(llama_server) -> None:
    model = _openai(llama_server.base_url)

    async def twice() -> list[str]:
        # one loop for both: ChatOpenAI's async client keeps its connections on the loop that
        # made them, and fails ("Event loop is closed") when reused from another
        return ["".join([p async for p in stream_text(model, QUESTION)]) for _ in range(2)]

    first, second = asyncio.run(twice())
    assert first == second


def test_an_unreachable_port_fails_fast() -> None:
    start = time.monotonic()
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(LLMUnavailable, match=r"could not reach the model server at "
                                             rf"{url} \(connection refused\)"):
        pieces_of(_openai(url))
    assert time.monotonic() - start < 5


def test_a_port_that_speaks_garbage_is_unavailable() -> None:
    url, stop = garbage_server()
    try:
        with pytest.raises(LLMUnavailable, match=f"could not reach the model server at {url}"):
            pieces_of(_openai(url))
    finally:
        stop()


@pytest.mark.parametrize(("mode", "words"), [
    ("html", "sent no chat stream"),
    ("error", r"answered HTTP 503: .*model overloaded"),
    ("badjson", "malformed stream"),
    ("cut", "broke mid-answer"),
])
def test_a_broken_endpoint_is_unavailable(fake: str, mode: str, words: str) -> None:
    with pytest.raises(LLMUnavailable, match=words):
        pieces_of(_openai(f"{fake}/{mode}/v1"))


def test_a_server_that_stops_answering_times_out(fake: str) -> None:
    # a listener that accepts and never answers, like a hung server
    import socket

    hung = socket.socket()
    hung.bind(("127.0.0.1", 0))
    hung.listen()
    try:
        url = f"http://127.0.0.1:{hung.getsockname()[1]}/v1"
        start = time.monotonic()
        with pytest.raises(LLMUnavailable, match="did not answer in time"):
            pieces_of(_openai(url, timeout_s=1.0))
        assert time.monotonic() - start < 5
    finally:
        hung.close()


def test_a_server_killed_mid_answer_is_unavailable(smollm2, tmp_path) -> None:
    server = start_llama_server(smollm2, tmp_path / "server.log")
    model = _openai(server.base_url, max_tokens=400)
    long_answer = [("human", "Tell me a long story about a dog and a cat, in many sentences.")]

    async def first_then_kill() -> list[str]:
        got = []
        async for piece in stream_text(model, long_answer):
            got.append(piece)
            if len(got) == 1:
                server.process.kill()
        return got

    try:
        with pytest.raises(LLMUnavailable, match=r"the connection to the model server at .* "
                                                  r"broke mid-answer"):
            asyncio.run(first_then_kill())
    finally:
        server.stop()
