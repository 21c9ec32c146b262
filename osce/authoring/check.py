"""A draft's text checked exactly as `osce validate` checks a file, with the same
`file:line: field: message` lines, so an educator reads the same errors in both places."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from osce.models.case import Case
from osce.models.rubric import Rubric
from osce.sourcefile import Problem, SourceError, parse_text, plain
from osce.validation import check_rubric_against_cases, kind_of, parse_model

Kind = Literal["case", "rubric"]
KINDS: tuple[Kind, ...] = ("case", "rubric")


def draft_path(kind: Kind, doc_id: str) -> Path:
    """The name errors are reported under: where the file would sit in a school's folder."""
    return Path("cases" if kind == "case" else "rubrics") / f"{doc_id}.yaml"


@dataclass
class Checked:
    kind: Kind
    doc_id: str
    model: Case | Rubric | None  # None while the draft has errors
    problems: list[Problem] = field(default_factory=list)
    data: object = None  # the parsed YAML as plain data (for the form view), if it parses

    @property
    def valid(self) -> bool:
        return self.model is not None and not self.problems

    @property
    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


def check(kind: Kind, doc_id: str, text: str, cases: dict[str, Case]) -> Checked:
    """Parse and validate a draft. `cases` are those a rubric's stations may name (the
    library's and the educators' valid drafts)."""
    path = draft_path(kind, doc_id)
    try:
        source = parse_text(text, path)
    except SourceError as exc:
        return Checked(kind, doc_id, None, exc.problems)
    data = plain(source.data)
    found = kind_of(source)
    if found == "suite" or (found == "rubric") != (kind == "rubric"):
        what = "stations" if kind == "rubric" else "facts and a persona"
        return Checked(kind, doc_id, None, [Problem(str(path), 1, "(document)",
                       f"this is a {found}, not a {kind}: a {kind} has {what}")], data)
    try:
        model: Case | Rubric = parse_model(source, Rubric if kind == "rubric" else Case, kind)
    except SourceError as exc:
        return Checked(kind, doc_id, None, exc.problems, data)
    problems: list[Problem] = []
    if model.id != doc_id:
        problems.append(Problem(str(path), source.line_of(("id",)), "id",
                                f"must be {doc_id!r}, the id this draft was created with"))
    if isinstance(model, Rubric):
        problems += check_rubric_against_cases(source, model, cases)
    return Checked(kind, doc_id, model if not problems else None, problems, data)
