"""Choosing a grader by name, as configuration does (an LLM judge can join the table)."""

from __future__ import annotations

from osce.grading.protocol import Grader

GRADERS = ("rules",)


def make_grader(name: str) -> Grader:
    if name == "rules":
        from osce.grading.rules import RuleGrader

        return RuleGrader()
    raise ValueError(f"unknown grader {name!r}; available: {', '.join(GRADERS)}")
