"""Checking case and rubric files: every mistake becomes `file:line: field: message`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from osce.models.case import Case
from osce.models.rubric import Rubric
from osce.models.suite import Suite, fact_refs
from osce.sourcefile import Problem, Source, SourceError, plain, read_source

M = TypeVar("M", bound=BaseModel)

# Lists whose members carry ids that must be unique within the file.
_ID_GROUPS = {
    "case": (("facts",), ("exam",), ("tests",)),
    "rubric": (("stations",),),
    "suite": (("probes",),),
}


def _field_name(loc: tuple[str | int, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1]}[{part}]"] if parts else [f"[{part}]"]
        else:
            parts.append(str(part))
    return ".".join(parts) or "(document)"


def _clean_loc(loc: tuple[str | int, ...], data: object = None) -> tuple[str | int, ...]:
    # pydantic appends validator names like "function-after[...]", a union arm's type, or a
    # tagged union's tag ("off_script"), none of which is a key in the file
    parts: list[str | int] = []
    node = data
    for i, part in enumerate(loc):
        if isinstance(part, int):
            parts.append(part)
            node = node[part] if isinstance(node, list) and part < len(node) else None
            continue
        if "[" in part or part in {"str", "float", "int", "bool"}:
            continue
        if isinstance(node, dict) and part not in node and i + 1 < len(loc):
            continue
        parts.append(part)
        node = node.get(part) if isinstance(node, dict) else None
    return tuple(parts)


def _pydantic_problems(source: Source, exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = _clean_loc(tuple(error["loc"]), source.data)
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "missing required field"
        elif error["type"] == "union_tag_invalid":  # a probe's `kind` names no probe type
            ctx = error.get("ctx", {})
            key = str(ctx.get("discriminator", "kind")).strip("'")
            loc = (*loc, key)
            message = f"unknown {key} {ctx.get('tag')!r}; use one of {ctx.get('expected_tags')}"
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


def parse_model(source: Source, model: type[M], kind: str) -> M:
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
    return parse_model(read_source(path), Case, "case")


def load_rubric(path: Path) -> Rubric:
    return parse_model(read_source(path), Rubric, "rubric")


def parse_suite(source: Source) -> Suite:
    return parse_model(source, Suite, "suite")


def load_suite(path: Path) -> Suite:
    return parse_suite(read_source(path))


def check_suite_against_case(source: Source, suite: Suite, cases: dict[str, Case]) -> list[Problem]:
    """The suite names a known case and every fact id a probe names is one of its facts."""
    path = str(source.path)
    case = cases.get(suite.case)
    if case is None:
        return [Problem(path, source.line_of(("case",)), "case", f"unknown case {suite.case!r}")]
    problems = []
    for p, probe in enumerate(suite.probes):
        for inner, fact_id in fact_refs(probe):
            if fact_id not in case.fact_ids:
                loc = ("probes", p, *inner)
                problems.append(Problem(path, source.line_of(loc), _field_name(loc),
                                        f"case {case.id!r} has no fact {fact_id!r}"))
    return problems


def kind_of(source: Source) -> str:
    """A rubric has stations, a suite has probes; anything else is read as a case."""
    if "stations" in source.data:
        return "rubric"
    return "suite" if "probes" in source.data else "case"


def parse_source(source: Source) -> Case | Rubric | Suite:
    """A parsed file as the model its content says it is."""
    kind = kind_of(source)
    if kind == "rubric":
        return parse_model(source, Rubric, "rubric")
    if kind == "suite":
        return parse_model(source, Suite, "suite")
    return parse_model(source, Case, "case")


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
    """Validate case, rubric and suite files (folders are searched for *.yaml).

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
    suites: list[tuple[Source, Suite]] = []
    for file in files:
        if not file.exists():
            problems.append(Problem(str(file), 1, "(file)", "no such file"))
            continue
        try:
            source = read_source(file)
            kind = kind_of(source)
            if kind == "rubric":
                rubrics.append((source, parse_model(source, Rubric, "rubric")))
            elif kind == "suite":
                suites.append((source, parse_model(source, Suite, "suite")))
            else:
                case = parse_model(source, Case, "case")
                cases[case.id] = case
        except SourceError as exc:
            problems += exc.problems
    for source, rubric in rubrics:
        problems += check_rubric_against_cases(source, rubric, cases)
    for source, suite in suites:
        problems += check_suite_against_case(source, suite, cases)
    return problems
