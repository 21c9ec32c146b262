"""Settings fail when they are made, with a sentence that names the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce.llm import LLMConfigError, LLMSettings


def test_defaults_are_the_shipped_smollm2_greedy_on_one_thread(smollm2: Path) -> None:
    settings = LLMSettings.from_env({})
    assert settings.engine == "gguf"
    assert settings.gguf_path == smollm2
    assert (settings.temperature, settings.seed, settings.n_threads) == (0.0, 0, 1)


def test_a_missing_gguf_file_is_a_config_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.gguf"
    with pytest.raises(LLMConfigError, match=r"GGUF model file not found: .*nope\.gguf"):
        LLMSettings.from_env({"OSCE_LLM_GGUF": str(missing)})


def test_a_base_url_selects_openai_and_reads_the_rest() -> None:
    settings = LLMSettings.from_env({"OSCE_LLM_BASE_URL": "http://127.0.0.1:9/v1",
                                     "OSCE_LLM_MODEL": "m", "OSCE_LLM_TIMEOUT": "2.5",
                                     "OSCE_LLM_MAX_TOKENS": "40"})
    assert (settings.engine, settings.timeout_s, settings.max_tokens) == ("openai", 2.5, 40)
    assert settings.api_key is None  # loopback: no key needed
    assert "api_key" not in repr(settings)


@pytest.mark.parametrize("url", ["https://api.example.com/v1", "http://10.0.0.5:8000/v1"])
def test_a_remote_endpoint_without_a_key_is_a_config_error(url: str) -> None:
    with pytest.raises(LLMConfigError, match="OSCE_LLM_API_KEY is not set"):
        LLMSettings.from_env({"OSCE_LLM_BASE_URL": url, "OSCE_LLM_MODEL": "m"})
    keyed = LLMSettings.from_env({"OSCE_LLM_BASE_URL": url, "OSCE_LLM_MODEL": "m",
                                  "OSCE_LLM_API_KEY": "sk-test"})
    assert keyed.api_key == "sk-test"


@pytest.mark.parametrize(("env", "words"), [
    ({"OSCE_LLM_ENGINE": "openai"}, "needs OSCE_LLM_BASE_URL"),
    ({"OSCE_LLM_BASE_URL": "ftp://127.0.0.1/v1", "OSCE_LLM_MODEL": "m"}, "not an http"),
    ({"OSCE_LLM_BASE_URL": "http://localhost:8080/v1"}, "needs OSCE_LLM_MODEL"),
    ({"OSCE_LLM_TIMEOUT": "soon"}, "timeout_s"),
    ({"OSCE_LLM_ENGINE": "gpt"}, "engine"),
])
def test_bad_values_are_config_errors_that_say_which(env: dict, words: str) -> None:
    with pytest.raises(LLMConfigError, match=words):
        LLMSettings.from_env(env)
