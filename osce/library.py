"""Finding cases and rubrics: the bundled ones plus any folder a school adds."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from osce.models.case import Case
from osce.models.rubric import Rubric, Station
from osce.models.suite import Suite
from osce.sourcefile import read_source
from osce.validation import parse_source

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CASES = ROOT / "cases"
BUNDLED_RUBRICS = ROOT / "rubrics"


class UnknownCase(LookupError):
    def __init__(self, case_id: str, available: Iterable[str]) -> None:
        self.case_id = case_id
        self.available = sorted(available)
        super().__init__(f"unknown case {case_id!r}; available: {', '.join(self.available)}")


def extra_case_dirs(option: Path | None) -> list[Path]:
    """The --cases folder, else OSCE_CASES_DIR (colon-separated), else none."""
    if option is not None:
        return [option]
    env = os.environ.get("OSCE_CASES_DIR", "")
    return [Path(p) for p in env.split(os.pathsep) if p]


def _yaml_files(folder: Path) -> list[Path]:
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def _parse_file(path: Path) -> Case | Rubric | Suite:
    """A library file as its model: read by libyaml where that gives exactly what the
    line-keeping reader gives, else (any mistake, any unusual scalar) by that reader, whose
    problems name their lines. The line-keeping reader is pure Python and takes a second
    over the bundled files; libyaml takes a twentieth of that."""
    from osce.sourcefile import Source, SourceError

    data = _fast_yaml(path)
    if data is not None:
        try:
            return parse_source(Source(path, data))
        except SourceError:
            pass  # read again, for the lines
    return parse_source(read_source(path))


class _NotPlain(Exception):
    """Something the fast reader leaves to the line-keeping one."""


def _fast_yaml(path: Path) -> dict | None:
    """The file's mapping with YAML 1.2 scalars, as the line-keeping reader (ruamel,
    round trip) would give it, or None where this reader cannot be sure of that: a syntax
    error, a repeated key, a merge key, a tag (or what may be one), a timestamp, a number
    written other than plainly in decimal. Each plain scalar is typed by ruamel's own 1.2
    resolver."""
    loader = _fast_loader()
    if loader is None:
        return None
    try:
        import yaml

        text = path.read_text(encoding="utf-8")
        if _TAG.search(text):  # ruamel keeps a tagged value as a TaggedScalar
            return None
        data = yaml.load(text, Loader=loader)
    except Exception:  # the line-keeping reader says what is wrong
        return None
    return data if isinstance(data, dict) else None


@functools.cache
def _fast_loader() -> type | None:
    """libyaml's parser with ruamel's YAML 1.2 typing and only plain constructors."""
    try:
        import yaml
        from ruamel.yaml.nodes import ScalarNode
        from ruamel.yaml.resolver import VersionedResolver

        loader_base = yaml.CSafeLoader
    except (ImportError, AttributeError):  # no libyaml here
        return None
    resolver = VersionedResolver()

    class Loader(loader_base):  # type: ignore[misc, valid-type]
        yaml_constructors: dict = {}
        yaml_multi_constructors: dict = {}

        def resolve(self, kind, value, implicit):  # type: ignore[no-untyped-def]
            if kind is yaml.ScalarNode and implicit[0]:
                return str(resolver.resolve(ScalarNode, value, (True, False)))
            return super().resolve(kind, value, implicit)

    def mapping(loader, node):  # type: ignore[no-untyped-def]
        data: dict = {}
        yield data
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _NotPlain("merge key")
            key = loader.construct_object(key_node, deep=True)
            if key in data:
                raise _NotPlain("repeated key")
            data[key] = loader.construct_object(value_node, deep=True)

    def sequence(loader, node):  # type: ignore[no-untyped-def]
        items: list = []
        yield items
        items.extend(loader.construct_sequence(node, deep=True))

    def number(kind: type, pattern: re.Pattern[str]):  # type: ignore[no-untyped-def]
        def construct(loader, node):  # type: ignore[no-untyped-def]
            if not pattern.fullmatch(node.value):
                raise _NotPlain(node.value)
            return kind(node.value)
        return construct

    def null(loader, node):  # type: ignore[no-untyped-def]
        return None

    def boolean(loader, node):  # type: ignore[no-untyped-def]
        return node.value.lower() == "true"

    def string(loader, node):  # type: ignore[no-untyped-def]
        return node.value

    def other(loader, node):  # type: ignore[no-untyped-def]
        raise _NotPlain(node.tag)  # a timestamp, a set, a tag of the author's own

    for tag, construct in (("map", mapping), ("seq", sequence), ("str", string),
                           ("null", null), ("bool", boolean),
                           ("int", number(int, _DECIMAL_INT)),
                           ("float", number(float, _DECIMAL_FLOAT))):
        Loader.add_constructor(f"tag:yaml.org,2002:{tag}", construct)
    Loader.add_constructor(None, other)  # PyYAML would read an unknown tag as a string
    return Loader


# what may be a tag ("!!str 12", "!thing"), or a "!" in some text: either way, the slow path
_TAG = re.compile(r"(?:^|[\s\[{,])![^\s]")
_DECIMAL_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?")


@dataclass
class Library:
    """All cases and rubrics in reach. Rubric files may sit beside cases in extra folders."""

    cases: dict[str, Case] = field(default_factory=dict)
    rubrics: dict[str, Rubric] = field(default_factory=dict)
    case_paths: dict[str, Path] = field(default_factory=dict)
    # cases educators published, with the cohorts that may practise them; folder cases are
    # open to everyone and are not in here
    audience: dict[str, frozenset[str]] = field(default_factory=dict)
    # every version of a case or station an encounter may have begun with, by content hash:
    # an encounter keeps the version it started on when an educator publishes a new one
    by_hash: dict[str, Case] = field(default_factory=dict)
    stations_by_hash: dict[str, Station] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Iterable[Path] = (), bundled: bool = True) -> Library:
        library = cls()
        folders = ([BUNDLED_CASES, BUNDLED_RUBRICS] if bundled else []) + list(extra)
        for folder in folders:
            if not folder.is_dir():
                raise FileNotFoundError(f"{folder}: no such folder of cases")
            for path in _yaml_files(folder):
                parsed = _parse_file(path)
                if isinstance(parsed, Rubric):
                    library.rubrics[parsed.id] = parsed
                elif isinstance(parsed, Suite):  # a school may keep its suites beside cases
                    continue
                else:  # a school's case overrides a bundled one of the same id
                    library.cases[parsed.id] = parsed
                    library.case_paths[parsed.id] = path
        library._remember()
        return library

    def _remember(self, cases: Iterable[Case] | None = None,
                  rubrics: Iterable[Rubric] | None = None) -> None:
        """Index cases and stations by content hash (all of them when none are given)."""
        from osce.hashing import case_hash, content_hash

        for case in self.cases.values() if cases is None else cases:
            self.by_hash[case_hash(case)] = case
        for rubric in self.rubrics.values() if rubrics is None else rubrics:
            for station in rubric.stations:
                self.stations_by_hash[content_hash(station)] = station

    def publish(self, case: Case, rubric: Rubric | None, cohorts: frozenset[str]) -> None:
        """Make an authored case (and its rubric) what its cohorts practise from now on."""
        if case.id in self.case_paths:
            raise ValueError(f"case {case.id!r} comes from {self.case_paths[case.id]}; "
                             "an authored case needs an id of its own")
        self.cases[case.id] = case
        if rubric is not None:
            self.rubrics[rubric.id] = rubric
        self.audience[case.id] = cohorts
        self._remember([case], [rubric] if rubric is not None else [])

    def open_to(self, case_id: str, cohorts: set[str] | None) -> bool:
        """May a learner in these cohorts practise the case? None: staff, who see all."""
        if case_id not in self.cases:
            return False
        if cohorts is None or case_id not in self.audience:
            return True
        return bool(self.audience[case_id] & cohorts)

    def titles(self) -> dict[str, str]:
        return {c.id: c.title for c in self.cases.values()}

    def open_cases(self, cohorts: set[str] | None) -> list[Case]:
        return [c for c in self.cases.values() if self.open_to(c.id, cohorts)]

    def version(self, case_id: str, digest: str) -> Case:
        """The case as it was when an encounter began (the current one if unchanged)."""
        found = self.by_hash.get(digest)
        return found if found is not None and found.id == case_id else self.case(case_id)

    def station_version(self, case_id: str, digest: str) -> Station | None:
        found = self.stations_by_hash.get(digest) if digest else None
        return found if found is not None and found.case == case_id else \
            self.station_for(case_id)

    def case(self, case_id: str) -> Case:
        try:
            return self.cases[case_id]
        except KeyError:
            raise UnknownCase(case_id, self.cases) from None

    def station_for(self, case_id: str) -> Station | None:
        for rubric in self.rubrics.values():
            for station in rubric.stations:
                if station.case == case_id:
                    return station
        return None
