"""Pieces every `osce` command shares: the --cases option, clear failures, the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osce.library import Library, extra_case_dirs
from osce.sourcefile import SourceError

CasesOption = Annotated[
    Path | None,
    typer.Option("--cases", help="A folder of case files to use beside the bundled ones "
                 "(also OSCE_CASES_DIR).", file_okay=False),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def load_library(cases: Path | None) -> Library:
    try:
        return Library.load(extra_case_dirs(cases))
    except SourceError as exc:
        raise fail(str(exc)) from None
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
