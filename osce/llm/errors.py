"""The two ways a chat model fails that callers handle: mis-configured, or unreachable."""

from __future__ import annotations


class LLMConfigError(Exception):
    """The settings cannot work (missing model file, missing key, bad value).

    Not a ValueError on purpose: pydantic would wrap a ValueError raised in a validator into a
    ValidationError, and callers should catch one type whatever the cause.
    """


class LLMUnavailable(Exception):
    """The model could not answer this time (refused, timed out, broken stream, HTTP error).

    The message is meant for a person: it says which endpoint and what went wrong.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
