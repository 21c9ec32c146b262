"""The chat-model layer for an LLM-played patient.

Everything here needs the `llm` extra (`pip install -e '.[llm]'`); nothing outside this package
imports it, so the scripted patient and `make run` work without it.
"""

from osce.llm.errors import LLMConfigError, LLMUnavailable
from osce.llm.settings import LLMSettings

__all__ = ["LLMConfigError", "LLMSettings", "LLMUnavailable"]
