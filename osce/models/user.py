"""Who signs in, and what each role may see."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{1,63}")


class Role(StrEnum):
    student = "student"
    educator = "educator"
    examiner = "examiner"
    admin = "admin"

    @property
    def is_staff(self) -> bool:
        """Staff may see hidden facts, diagnoses, rubrics and grounding; students never."""
        return self is not Role.student


class User(BaseModel):
    id: int
    username: str
    role: Role
    pseudonym: str
    disabled: bool = False
