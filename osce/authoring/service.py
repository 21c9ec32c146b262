"""The educators' authoring use cases over the version and publication stores.

Drafts are checked like files; every save is a version; the generated suite gates
publishing; a published case joins the library for the cohorts chosen and keeps its version
for the encounters begun on it.
"""

from __future__ import annotations

import difflib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from osce.authoring.check import KINDS, Checked, Kind, check
from osce.authoring.suite import SuiteOutcome, run_draft_suite
from osce.hashing import case_hash, content_hash
from osce.library import Library
from osce.models.case import Case
from osce.models.common import IDENTIFIER
from osce.models.rubric import Rubric
from osce.store.cohorts import CohortStore
from osce.store.publications import Publication, PublicationStore, SuiteRun
from osce.store.versions import Version, VersionInfo, VersionStore

STARTERS = Path(__file__).resolve().parent / "starters"
IDENTIFIER_HINT = "lower-case letters, digits, dots, hyphens and underscores (at most 80)"


class AuthoringError(ValueError):
    """A request that cannot be carried out; nothing was changed."""


@dataclass(frozen=True)
class DiffLine:
    op: str  # " ", "+", "-", "@"
    text: str


@dataclass
class Saved:
    version: Version
    checked: Checked


def starter(kind: Kind, doc_id: str, case_id: str = "") -> str:
    text = (STARTERS / f"{kind}.yaml").read_text(encoding="utf-8")
    return text.replace("{id}", doc_id).replace("{case}", case_id or "your-case-id")


def diff(a: str, b: str, a_name: str, b_name: str) -> list[DiffLine]:
    lines = difflib.unified_diff(a.splitlines(), b.splitlines(), a_name, b_name, lineterm="",
                                 n=3)
    out = []
    for line in lines:
        if line.startswith(("---", "+++")):
            continue
        out.append(DiffLine(line[:1] if line[:1] in "+-@" else " ", line))
    return out


@dataclass
class Authoring:
    versions: VersionStore
    publications: PublicationStore
    cohorts: CohortStore
    library: Library
    now: Callable[[], float]
    _parsed: dict[int, Case | Rubric] = field(default_factory=dict)  # by version id

    # -- checking and saving ----------------------------------------------------------------

    def known_cases(self) -> dict[str, Case]:
        """What a rubric's stations may name: the library's cases and valid case drafts."""
        cases = dict(self.library.cases)
        for doc in self.versions.documents():
            if doc.kind == "case" and doc.valid is not None:
                found = self.model(doc.valid)
                if isinstance(found, Case):
                    cases[found.id] = found
        return cases

    def model(self, version: VersionInfo) -> Case | Rubric | None:
        """The parsed model of a valid version (cached: versions never change, so a text is
        read and parsed once per process)."""
        if not version.valid:
            return None
        if version.id not in self._parsed:
            if not isinstance(version, Version):
                version = self.versions.by_id(version.id)
            kind: Kind = "rubric" if version.kind == "rubric" else "case"
            checked = check(kind, version.doc_id, version.text,
                            self.library.cases if kind == "case" else self.known_cases())
            if checked.model is None:
                return None
            self._parsed[version.id] = checked.model
        return self._parsed[version.id]

    def check(self, kind: str, doc_id: str, text: str) -> Checked:
        kind = self._kind(kind)
        return check(kind, doc_id, text, self.known_cases() if kind == "rubric" else {})

    def create(self, kind: str, doc_id: str, author: str, case_id: str = "",
               text: str | None = None) -> Saved:
        kind = self._kind(kind)
        if not IDENTIFIER.fullmatch(doc_id):
            raise AuthoringError(f"bad id {doc_id!r}: {IDENTIFIER_HINT}")
        if kind == "case" and doc_id in self.library.case_paths:
            raise AuthoringError(f"{doc_id!r} is a case of the library already; choose "
                                 "another id")
        if self.versions.newest_number(kind, doc_id) is not None:
            raise AuthoringError(f"there is already a {kind} {doc_id!r}")
        return self.save(kind, doc_id, text if text is not None else
                         starter(kind, doc_id, case_id), None, author, "created")

    def save(self, kind: str, doc_id: str, text: str, base: int | None, author: str,
             comment: str = "") -> Saved:
        """A new version, valid or not (a draft with errors is kept, errors and all).
        Raises SaveConflict when someone saved on top of `base` first."""
        checked = self.check(kind, doc_id, text)
        digest = ""
        if checked.model is not None:
            digest = (case_hash(checked.model) if isinstance(checked.model, Case)
                      else content_hash(checked.model))
        version = self.versions.save(kind, doc_id, text, base=base, valid=checked.valid,
                                     problems=checked.lines, content_hash=digest,
                                     author=author, now=self.now(), comment=comment)
        if checked.model is not None:
            self._parsed[version.id] = checked.model
        return Saved(version, checked)

    def restore(self, kind: str, doc_id: str, number: int, base: int, author: str) -> Saved:
        old = self.versions.get(kind, doc_id, number)
        return self.save(kind, doc_id, old.text, base, author, f"restored version {number}")

    def compare(self, kind: str, doc_id: str, a: int, b: int) -> list[DiffLine]:
        va, vb = self.versions.get(kind, doc_id, a), self.versions.get(kind, doc_id, b)
        return diff(va.text, vb.text, f"version {a}", f"version {b}")

    @staticmethod
    def _kind(kind: str) -> Kind:
        if kind not in KINDS:
            raise AuthoringError(f"unknown kind {kind!r}: case or rubric")
        return kind  # type: ignore[return-value]

    # -- the suite and publishing -----------------------------------------------------------

    def draft_case(self, doc_id: str, number: int | None) -> tuple[Version, Case]:
        version = self.versions.get("case", doc_id, number)
        case = self.model(version)
        if not isinstance(case, Case):
            raise AuthoringError(f"version {version.number} of {doc_id!r} has errors; fix "
                                 "them and save first")
        return version, case

    def run_suite(self, doc_id: str, number: int | None, engine, judge,
                  engine_name: str) -> tuple[SuiteRun, SuiteOutcome]:
        version, case = self.draft_case(doc_id, number)
        outcome, report = run_draft_suite(engine, judge, case, engine_name)
        run = self.publications.add_run(version.id, case_hash(case), outcome.passed,
                                         outcome.model_dump(mode="json"), report, self.now())
        return run, outcome

    def rubric_for(self, case_id: str) -> tuple[VersionInfo, Rubric] | None:
        """The newest valid rubric draft with a station for the case."""
        for doc in self.versions.documents():
            if doc.kind != "rubric" or doc.valid is None:
                continue
            rubric = self.model(doc.valid)
            if isinstance(rubric, Rubric) and any(s.case == case_id for s in rubric.stations):
                return doc.valid, rubric
        return None

    def publish(self, doc_id: str, number: int | None, cohorts: list[str], reason: str,
                by: str) -> Publication:
        """Publish a valid case version to cohorts. Its newest suite run must pass, or the
        educator records why it is published anyway. An empty cohort list withdraws it."""
        version, case = self.draft_case(doc_id, number)
        known = {c.name for c in self.cohorts.all()}
        unknown = [c for c in cohorts if c not in known]
        if unknown:
            raise AuthoringError(f"no cohort called {', '.join(map(repr, unknown))}")
        if doc_id in self.library.case_paths:
            raise AuthoringError(f"{doc_id!r} is a case of the library already")
        run = self.publications.latest_run(version.id)
        reason = reason.strip()
        if cohorts and (run is None or not run.passed) and not reason:
            why = ("its hallucination suite has not been run" if run is None
                   else "its hallucination suite failed the gate")
            raise AuthoringError(f"version {version.number} cannot be published: {why}. Run "
                                 "the suite and fix the case, or record why it is published "
                                 "anyway")
        rubric = self.rubric_for(case.id)
        publication = self.publications.publish(
            case.id, version.id, rubric[0].id if rubric else None, sorted(cohorts),
            run.id if run else None, reason, by, self.now())
        self.library.publish(case, rubric[1] if rubric else None, frozenset(cohorts))
        return publication

    def load_published(self) -> int:
        """At start-up: every published version into the library, the newest of each case
        open to its cohorts (older ones stay reachable for the encounters begun on them)."""
        loaded = 0
        for publication in self.publications.all():
            case = self.model(self.versions.by_id(publication.version_id))
            rubric = (self.model(self.versions.by_id(publication.rubric_version_id))
                      if publication.rubric_version_id is not None else None)
            if isinstance(case, Case) and case.id not in self.library.case_paths:
                self.library.publish(case, rubric if isinstance(rubric, Rubric) else None,
                                     frozenset(publication.cohorts))
                loaded += 1
        return loaded

    # -- import -----------------------------------------------------------------------------

    def import_agentclinic(self, text: str, filename: str, author: str) -> list[Saved]:
        """Every line of an AgentClinic file as a case and a rubric draft (a new version
        where the id exists). Nothing is saved unless every line converts."""
        from osce.importers.agentclinic import ImportFailed, convert_file, render

        name = Path(filename or "agentclinic.jsonl").name
        with tempfile.TemporaryDirectory(prefix="osce-import-") as folder:
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            try:
                converted = convert_file(path)
            except ImportFailed as exc:
                raise AuthoringError(str(exc).replace(str(path), name)) from None
            saved = []
            for line, case, rubric in converted:
                for model in (case, rubric):
                    kind: Kind = "case" if isinstance(model, Case) else "rubric"
                    if kind == "case" and model.id in self.library.case_paths:
                        raise AuthoringError(f"{name}:{line}: {model.id!r} is a case of the "
                                             "library already")
                    saved.append(self.save(kind, model.id, render(model, line, path),
                                           self.versions.newest_number(kind, model.id), author,
                                           f"imported from {name}, line {line}"))
        return saved

