"""Reading YAML files so that every mistake can be reported as `file:line: field: message`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError


@dataclass(frozen=True)
class Problem:
    """One mistake in one file, printed the way compilers print theirs."""

    path: str
    line: int  # 1-based
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class SourceError(Exception):
    """A file that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Source:
    """Parsed YAML plus the node tree that remembers where each value came from."""

    path: Path
    data: Any

    def line_of(self, loc: tuple[str | int, ...]) -> int:
        """Best line for a pydantic error location: the deepest node that exists."""
        node = self.data
        line = 1
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def read_source(path: Path) -> Source:
    """Parse a YAML file; syntax errors become a SourceError with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError([Problem(str(path), 1, "(file)", f"cannot read: {exc}")]) from exc
    return parse_text(text, path)


def parse_text(text: str, path: Path) -> Source:
    """Parse YAML held in memory (an editor's draft) as if it were the file at `path`."""
    try:
        data = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        raise SourceError([Problem(str(path), line, "(yaml)", message or str(exc))]) from exc
    if not isinstance(data, CommentedMap):
        raise SourceError([Problem(str(path), 1, "(document)", "expected a mapping at the top")])
    return Source(path, data)


def plain(data: Any) -> Any:
    """ruamel's round-trip containers as plain dicts and lists, for pydantic."""
    if isinstance(data, dict):
        return {str(k): plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [plain(v) for v in data]
    return data
