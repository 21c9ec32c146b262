"""Pieces shared by the case, rubric and transcript models."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

SCHEMA_VERSION = 1

# Ids appear in file names, URLs and rubric references, so keep them boring.
IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")
Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", min_length=1, max_length=80),
]

NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

_ISO_DURATION = re.compile(
    r"^P(?!$)(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<mo>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<mi>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)

_SECONDS = {"y": 365.25 * 86400, "mo": 30.44 * 86400, "w": 7 * 86400, "d": 86400,
            "h": 3600, "mi": 60, "s": 1}


def duration_seconds(value: str) -> float:
    """Seconds in an ISO-8601 duration (calendar units approximated), for comparing durations."""
    match = _ISO_DURATION.match(value)
    if match is None:
        raise ValueError(f"not an ISO-8601 duration: {value!r} (e.g. PT2H, P3D, P2W, P6M)")
    return sum(float(v) * _SECONDS[k] for k, v in match.groupdict().items() if v)


def _check_duration(value: str) -> str:
    duration_seconds(value)
    return value


IsoDuration = Annotated[str, AfterValidator(_check_duration)]


class Strict(BaseModel):
    """Base for file formats: unknown keys are mistakes, not extensions."""

    model_config = ConfigDict(extra="forbid", frozen=True)
