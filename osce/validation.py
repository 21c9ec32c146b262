"""Checking case and rubric files: every mistake becomes `file:line: field: message`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from osce.models.case import Case
from osce.models.rubric import Rubric
from osce.sourcefile import Problem, Source, SourceError, plain, read_source

M = TypeVar("M", bound=BaseModel)

# Lists whose members carry ids that must be unique within the file.
_ID_GROUPS = {
    "case": (("facts",), ("exam",), ("tests",)),
    "rubric": (("stations",),),
}


def _field_name(loc: tuple[str | int, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1]}[{part}]"] if parts else [f"[{part}]"]
        else:
            parts.append(str(part))
    return ".".join(parts) or "(document)"


def _clean_loc(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    # pydantic appends validator names like "function-after[...]" or a union arm's type
    return tuple(p for p in loc if isinstance(p, int) or ("[" not in p and p not in
                 {"str", "float", "int", "bool"}))


def _pydantic_problems(source: Source, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = _clean_loc(tuple(error["loc"]))
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "missing required field"
        problems.append(Problem(str(source.path), source.line_of(loc), _field_name(loc), message))
    # a union yields one error per arm for the same place; say it once
    unique = list(dict.fromkeys(problems))
    return unique


def _duplicate_ids(source: Source, kind: str) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    groups: Iterable[tuple[str, ...]] = _ID_GROUPS[kind]
    for (group,) in groups:
        members = source.data.get(group)
        if not isinstance(members, list):
            continue
        for index, member in enumerate(members):
            ident = member.get("id") if isinstance(member, dict) else None
            if not isinstance(ident, str):
                continue
            loc = (group, index, "id")
            if ident in seen:
                problems.append(Problem(str(source.path), source.line_of(loc),
                                        _field_name(loc),
                                        f"duplicate id {ident!r} (first at line {seen[ident]})"))
            else:
                seen[ident] = source.line_of(loc)
    if kind == "rubric":
        for s, station in enumerate(source.data.get("stations") or []):
            items = station.get("items") if isinstance(station, dict) else None
            item_seen: dict[str, int] = {}
            for i, item in enumerate(items or []):
                ident = item.get("id") if isinstance(item, dict) else None
                if not isinstance(ident, str):
                    continue
                loc = ("stations", s, "items", i, "id")
                if ident in item_seen:
                    problems.append(Problem(str(source.path), source.line_of(loc),
                                            _field_name(loc),
                                            f"duplicate id {ident!r} (first at line "
                                            f"{item_seen[ident]})"))
                else:
                    item_seen[ident] = source.line_of(loc)
    return problems


def _parse(source: Source, model: type[M], kind: str) -> M:
    problems = _duplicate_ids(source, kind)
    try:
        parsed = model.model_validate(plain(source.data))
    except ValidationError as exc:
        found = _pydantic_problems(source, exc)
        if problems:  # the model's own duplicate check repeats ours without a line
            found = [p for p in found if "duplicate id" not in p.message]
        raise SourceError(problems + found) from None
    if problems:
        raise SourceError(problems)
    return parsed


def load_case(path: Path) -> Case:
    return _parse(read_source(path), Case, "case")


def load_rubric(path: Path) -> Rubric:
    return _parse(read_source(path), Rubric, "rubric")


def kind_of(source: Source) -> str:
    """A rubric has stations; anything else is read as a case."""
    return "rubric" if "stations" in source.data else "case"


def parse_source(source: Source) -> Case | Rubric:
    """A parsed file as the model its content says it is."""
    if kind_of(source) == "rubric":
        return _parse(source, Rubric, "rubric")
    return _parse(source, Case, "case")


def check_rubric_against_cases(
    source: Source, rubric: Rubric, cases: dict[str, Case]
) -> list[Problem]:
    """Every station names a known case and every evidence fact exists in it."""
    problems = []
    path = str(source.path)
    for s, station in enumerate(rubric.stations):
        case = cases.get(station.case)
        if case is None:
            loc = ("stations", s, "case")
            problems.append(Problem(path, source.line_of(loc), _field_name(loc),
                                    f"unknown case {station.case!r}"))
            continue
        for i, item in enumerate(station.items):
            for f, fact_id in enumerate(item.evidence.facts):
                if fact_id not in case.fact_ids:
                    loc = ("stations", s, "items", i, "evidence", "facts", f)
                    problems.append(Problem(path, source.line_of(loc), _field_name(loc),
                                            f"case {case.id!r} has no fact {fact_id!r}"))
    return problems


def validate_paths(paths: Iterable[Path], known_cases: dict[str, Case]) -> list[Problem]:
    """Validate case and rubric files (folders are searched for *.yaml).

    Rubrics are checked against the cases given on the command line first, then against
    `known_cases` (the library), so a new case and its rubric can be checked together.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.rglob("*.yaml")) + sorted(path.rglob("*.yml"))
        else:
            files.append(path)
    problems: list[Problem] = []
    cases = dict(known_cases)
    rubrics: list[tuple[Source, Rubric]] = []
    for file in files:
        if not file.exists():
            problems.append(Problem(str(file), 1, "(file)", "no such file"))
            continue
        try:
            source = read_source(file)
            kind = kind_of(source)
            if kind == "rubric":
                rubrics.append((source, _parse(source, Rubric, "rubric")))
            else:
                case = _parse(source, Case, "case")
                cases[case.id] = case
        except SourceError as exc:
            problems += exc.problems
    for source, rubric in rubrics:
        problems += check_rubric_against_cases(source, rubric, cases)
    return problems
