"""Suite files on disk: written from a generated suite, read back with file:line errors."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from ruamel.yaml import YAML

from osce.models.case import Case
from osce.models.suite import Suite
from osce.sourcefile import Problem, SourceError, read_source
from osce.validation import check_suite_against_case, parse_suite


def suite_yaml(suite: Suite) -> str:
    yaml = YAML()
    yaml.width = 100
    out = io.StringIO()
    out.write(f"# Hallucination suite for case {suite.case}, written by `{suite.generated_by}`"
              if suite.generated_by else f"# Hallucination suite for case {suite.case}")
    out.write("\n")
    data = {"schema_version": suite.schema_version,
            **suite.model_dump(mode="json", exclude_defaults=True)}
    # `kind` is each probe type's default, but the file needs it to say which type it is
    data["probes"] = [{"id": probe.id, "kind": probe.kind,
                       **{k: v for k, v in dumped.items() if k != "id"}}
                      for probe, dumped in zip(suite.probes, data["probes"], strict=True)]
    yaml.dump(data, out)
    return out.getvalue()


def write_suite(suite: Suite, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{suite.id}.yaml"
    path.write_text(suite_yaml(suite), encoding="utf-8")
    return path


def suite_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
        else:
            files.append(path)
    return files


def load_suites(paths: Iterable[Path], cases: dict[str, Case]) -> list[tuple[Suite, Case]]:
    """Every suite in these files and folders, with its case; every mistake in any of them
    is reported at once, as `file:line: field: message`."""
    problems: list[Problem] = []
    loaded: list[tuple[Suite, Case]] = []
    seen: dict[str, Path] = {}
    for file in suite_files(paths):
        if not file.exists():
            problems.append(Problem(str(file), 1, "(file)", "no such file"))
            continue
        try:
            source = read_source(file)
            suite = parse_suite(source)
        except SourceError as exc:
            problems += exc.problems
            continue
        found = check_suite_against_case(source, suite, cases)
        if suite.id in seen:
            found.append(Problem(str(file), source.line_of(("id",)), "id",
                                 f"suite id {suite.id!r} is also used by {seen[suite.id]}"))
        seen.setdefault(suite.id, file)
        problems += found
        if not found:
            loaded.append((suite, cases[suite.case]))
    if problems:
        raise SourceError(problems)
    if not loaded:
        raise SourceError([Problem(", ".join(str(p) for p in paths) or "(none)", 1, "(file)",
                                   "no suite files found")])
    return loaded
