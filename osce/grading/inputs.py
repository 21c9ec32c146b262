"""Reading what a grading needs, with one clear line for each way it can be wrong."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from osce.hashing import case_hash
from osce.library import Library, UnknownCase
from osce.models.case import Case
from osce.models.note import Note
from osce.models.rubric import Rubric, Station
from osce.models.transcript import Transcript
from osce.sourcefile import SourceError
from osce.validation import load_rubric


class GradeInputError(Exception):
    """Bad input to a grading: the message is one line, naming the file."""


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "(top)"
    return f"{where}: {err['msg']}"


def read_transcript(path: Path) -> Transcript:
    try:
        return Transcript.from_jsonl(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GradeInputError(f"{path}: no such transcript") from None
    except json.JSONDecodeError as exc:
        raise GradeInputError(f"{path}:{exc.lineno}: not JSON lines: {exc.msg}") from None
    except ValidationError as exc:
        raise GradeInputError(f"{path}: not a transcript: {_first_error(exc)}") from None
    except ValueError as exc:
        raise GradeInputError(f"{path}: {exc}") from None


def read_note(path: Path) -> Note:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else YAML(typ="safe").load(text)
        return Note.model_validate(data or {})
    except FileNotFoundError:
        raise GradeInputError(f"{path}: no such note") from None
    except (json.JSONDecodeError, YAMLError) as exc:
        raise GradeInputError(f"{path}: the note does not parse: "
                              f"{str(exc).splitlines()[0]}") from None
    except ValidationError as exc:
        raise GradeInputError(f"{path}: not a note: {_first_error(exc)}") from None


def resolve(library: Library, transcript: Transcript,
            rubric_path: Path | None) -> tuple[Case, Station]:
    """The case and station a transcript is graded against, refusing mismatches."""
    header = transcript.header
    try:
        case = library.case(header.case_id)
    except UnknownCase as exc:
        raise GradeInputError(str(exc)) from None
    if case_hash(case) != header.case_hash:
        raise GradeInputError(
            f"the transcript was recorded against another version of case {case.id} "
            f"(hash {header.case_hash}, now {case_hash(case)}): its facts may have changed")
    rubric: Rubric | None
    if rubric_path is not None:
        try:
            rubric = load_rubric(rubric_path)
        except SourceError as exc:
            raise GradeInputError(str(exc.problems[0])) from None
        except FileNotFoundError:
            raise GradeInputError(f"{rubric_path}: no such rubric") from None
    else:
        rubric = library.rubrics.get(case.id) or next(
            (r for r in library.rubrics.values()
             if any(s.case == case.id for s in r.stations)), None)
        if rubric is None:
            raise GradeInputError(f"no rubric has a station for case {case.id}")
    try:
        return case, rubric.station_for(case.id)
    except KeyError:
        raise GradeInputError(f"rubric {rubric.id} has no station for case {case.id} "
                              f"(its stations are for: "
                              f"{', '.join(s.case for s in rubric.stations)})") from None
