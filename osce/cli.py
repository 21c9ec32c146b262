"""The `osce` command: a thin face over the core."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from osce.cli_common import CasesOption, fail, load_library
from osce.cli_eval import eval_app
from osce.library import Library, extra_case_dirs
from osce.sourcefile import SourceError

app = typer.Typer(help="Virtual patient and OSCE simulator.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
import_app = typer.Typer(help="Import cases from public formats.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(eval_app, name="eval")

DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Where osce keeps its state (also OSCE_DATA_DIR; "
                 "default .osce/ here)."),
]


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Case or rubric files, or folders.")],
    cases: CasesOption = None,
) -> None:
    """Check case and rubric files; print file:line: field: message for each mistake."""
    from osce.validation import validate_paths

    try:
        known = Library.load(extra_case_dirs(cases)).cases
    except (SourceError, FileNotFoundError):
        known = {}  # a broken library file is reported if it is among the paths checked
    problems = validate_paths(paths, known)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        raise fail(f"{len(problems)} problem(s)")
    typer.echo(f"ok: {len(paths)} path(s) checked")


@app.command("cases")
def list_cases(cases: CasesOption = None) -> None:
    """List the cases (never their diagnoses)."""
    from rich.console import Console
    from rich.table import Table

    library = load_library(cases)
    table = Table("id", "title", "specialty", "difficulty", box=None)
    for case in sorted(library.cases.values(), key=lambda c: (c.specialty, c.difficulty, c.id)):
        table.add_row(case.id, case.title, case.specialty, str(case.difficulty))
    Console(width=max(100, Console().width)).print(table)


def _notes_search(data_dir: Path | None, cases: Path | None):
    """Reference notes beside the bundled cases and any school's cases, searched through
    the grounding index under the data folder."""
    from osce.library import BUNDLED_CASES
    from osce.settings import data_dir as resolve_data_dir
    from retrieval.embedder import default_embedder
    from retrieval.index import GroundingIndex
    from retrieval.notes import notes_search

    folders = [BUNDLED_CASES / "notes", *(d / "notes" for d in extra_case_dirs(cases))]
    return notes_search(GroundingIndex(resolve_data_dir(data_dir), default_embedder()), folders)


@app.command()
def grade(
    transcript: Annotated[Path, typer.Argument(help="A transcript (JSON lines).")],
    note: Annotated[Path | None, typer.Option("--note", help="The student's note "
                                              "(YAML or JSON).")] = None,
    rubric: Annotated[Path | None, typer.Option("--rubric", help="A rubric file; default: "
                                                "the case's own.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scorecard as JSON.")] = False,
    staff: Annotated[bool, typer.Option("--staff", help="The staff view: fact ids and the "
                                        "case's answer key.")] = False,
    learner: Annotated[str | None, typer.Option("--learner", help="Record the scorecard "
                                                "for this learner.")] = None,
    cases: CasesOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Score a transcript (and note) against its rubric station, with feedback."""
    from osce.grading.feedback import give_feedback
    from osce.grading.inputs import GradeInputError, read_note, read_transcript, resolve
    from osce.grading.report import render
    from osce.grading.rules import RuleGrader

    if learner is not None:
        check_learner_id(learner)
    library = load_library(cases)
    try:
        record = read_transcript(transcript)
        student_note = read_note(note) if note is not None else None
        case, station = resolve(library, record, rubric)
    except GradeInputError as exc:
        raise fail(str(exc)) from None
    card = RuleGrader().grade(case, station, record, student_note)
    card = card.model_copy(update={"feedback": give_feedback(
        card, case, station, _notes_search(data_dir, cases))})
    if learner is not None:
        learner_store(data_dir).record(learner, card, case.difficulty)
    shown = card if staff else card.student_view(case.answer_key())
    if as_json:
        typer.echo(shown.model_dump_json(indent=2))
    else:
        typer.echo(render(shown))


@app.command()
def practice(
    case_id: Annotated[str, typer.Argument(help="The case to practise (see `osce cases`).")],
    cases: CasesOption = None,
    data_dir: DataDirOption = None,
    engine: Annotated[str, typer.Option(
        help="Patient engine: scripted, openai or gguf (OSCE_LLM_* settings).")] = "scripted",
    guard: Annotated[str, typer.Option(
        help="What the guard does with a flagged sentence (LLM engines): annotate, repair "
             "or strict.")] = "strict",
) -> None:
    """Practise a history in the terminal; piped input gives a JSON-lines transcript."""
    from osce.engine.factory import make_engine
    from osce.library import UnknownCase
    from osce.practice import IndexWrites, prepare_in_background, run_interactive, run_script
    from osce.settings import data_dir as resolve_data_dir
    from osce.transcript_file import TranscriptWriter

    folder = resolve_data_dir(data_dir)
    try:
        patient = make_engine(engine, folder, guard=guard)
    except ValueError as exc:  # LLMConfigError is one: a missing key or model file
        raise fail(str(exc), code=2) from None
    # the engine's case-independent part (on a new data folder, seconds of embedding) is
    # made while the library is read; what is embedded is stored after the first reply
    index_writes = IndexWrites(patient)
    prepare_in_background(patient)
    library = load_library(cases)
    try:
        case = library.case(case_id)
    except UnknownCase as exc:
        raise fail(str(exc), code=2) from None
    try:
        if not sys.stdin.isatty():
            run_script(case, patient, sys.stdin, TranscriptWriter(sys.stdout),
                       index_writes.start)
            return
        from datetime import UTC, datetime

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        path = folder / "transcripts" / f"{stamp}-{case.id}.jsonl"
        run_interactive(case, patient, input, typer.echo, TranscriptWriter.to_file(path),
                        index_writes.start)
        typer.echo(f"Transcript saved to {path}")
    finally:
        index_writes.finish()


@import_app.command("agentclinic")
def import_agentclinic_cmd(
    file: Annotated[Path, typer.Argument(help="AgentClinic OSCE JSON lines file.", exists=True,
                                         dir_okay=False)],
    out: Annotated[Path, typer.Option("--out", help="Folder to write cases and rubrics to.")],
) -> None:
    """Turn AgentClinic OSCE cases into case files with a generic history-taking rubric."""
    from osce.importers.agentclinic import ImportFailed, import_agentclinic

    try:
        report = import_agentclinic(file, out)
    except ImportFailed as exc:
        raise fail(str(exc)) from None
    typer.echo(report.summary())


LearnerOption = Annotated[str, typer.Option("--learner", help="The learner's id.")]


def check_learner_id(learner: str) -> None:
    import re

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}", learner):
        raise fail(f"bad learner id {learner!r}: use letters, digits and . _ @ - "
                   "(at most 64)")


def learner_store(data_dir: Path | None):
    from osce.store.learners import SqlLearnerStore

    # the same store the web app records to, so a learner's mastery is one record
    return SqlLearnerStore(_admin_services(data_dir))


@app.command("next")
def next_case(learner: LearnerOption, cases: CasesOption = None,
              data_dir: DataDirOption = None) -> None:
    """Recommend the learner's next case, with the reasons."""
    from osce.learner.policy import recommend
    from osce.learner.profiles import case_profiles

    check_learner_id(learner)
    store = learner_store(data_dir)
    history = [a.case_id for a in store.attempts(learner)] if store.exists(learner) else []
    choice = recommend(store.ratings(learner), case_profiles(load_library(cases)), history)
    typer.echo(f"Next case for {learner}: {choice.case_id}")
    for reason in choice.reasons:
        typer.echo(f"  - {reason}")


@app.command()
def progress(learner: LearnerOption, data_dir: DataDirOption = None) -> None:
    """A learner's encounters and mastery per competency."""
    from osce.learner.flags import at_risk
    from osce.learner.mastery import MASTERY
    from osce.learner.store import UnknownLearner

    check_learner_id(learner)
    store = learner_store(data_dir)
    if not store.exists(learner):
        raise fail(str(UnknownLearner(learner)))
    attempts = store.attempts(learner)
    typer.echo(f"{learner}: {len(attempts)} encounter(s)")
    for a in attempts:
        verdict = "pass" if a.passed else "fail"
        critical = f"; critical missed: {', '.join(a.critical_missed)}" if a.critical_missed \
            else ""
        typer.echo(f"  {a.at}  {a.case_id:24s} {a.percent:5.1f}%  {verdict}{critical}")
    typer.echo("Mastery (expected share of items met on a standard case):")
    for competency, rating in sorted(store.ratings(learner).items(),
                                     key=lambda kv: kv[1].mastery):
        mark = "" if rating.mastery >= MASTERY else "  (below mastery)"
        typer.echo(f"  {competency:24s} {rating.mastery:4.0%} from {rating.evidence} "
                   f"encounter(s){mark}")
    for flag in at_risk(attempts):
        typer.echo(f"At risk: {flag}")


@app.command()
def cohort(data_dir: DataDirOption = None) -> None:
    """Every learner with their latest mastery and any at-risk flags."""
    from osce.learner.flags import at_risk

    store = learner_store(data_dir)
    learners = store.learners()
    if not learners:
        typer.echo("No learners yet.")
        return
    for learner in learners:
        attempts = store.attempts(learner)
        flags = at_risk(attempts)
        latest = attempts[-1].mean_mastery if attempts else 0.0
        status = "AT RISK: " + "; ".join(flags) if flags else "ok"
        typer.echo(f"{learner:20s} {len(attempts):3d} encounter(s)  mastery {latest:4.0%}  "
                   f"{status}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    data_dir: DataDirOption = None,
    engine: Annotated[str | None, typer.Option(
        help="Patient engine: scripted, openai or gguf (also OSCE_ENGINE).")] = None,
    guard: Annotated[str | None, typer.Option(
        help="Guard policy for LLM engines: annotate, repair or strict (also OSCE_GUARD).")]
    = None,
) -> None:
    """Serve the web app (sign-in, case library, live encounters, results)."""
    import os

    import uvicorn

    if data_dir is not None:
        os.environ["OSCE_DATA_DIR"] = str(data_dir)
    if engine is not None:
        os.environ["OSCE_ENGINE"] = engine
    if guard is not None:
        os.environ["OSCE_GUARD"] = guard
    # transcripts never go to logs: the access log prints methods and paths, nothing said
    uvicorn.run("server.app:app_from_env", factory=True, host=host, port=port,
                ws_max_size=64 * 1024, log_level="info")


admin_app = typer.Typer(help="Accounts and learners' data.", no_args_is_help=True)
app.add_typer(admin_app, name="admin")


def _admin_services(data_dir: Path | None):
    """The store only: no engine, no model loading, for quick admin commands."""
    from osce.settings import data_dir as resolve_data_dir
    from osce.store.database import database_url, migrate, open_engine, sessions

    db = open_engine(database_url(resolve_data_dir(data_dir)))
    migrate(db)
    return sessions(db)


@admin_app.command("create-user")
def create_user(
    username: Annotated[str, typer.Option("--username", help="Sign-in name.")],
    role: Annotated[str, typer.Option("--role", help="student, educator, examiner or admin.")],
    password: Annotated[str | None, typer.Option("--password", help="Default: asked for "
                                                 "at a prompt, without echo.")] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Create an account (the first admin comes from here; the admin page makes the rest)."""
    import time

    from osce.models.user import Role
    from osce.store.users import AccountError, UserStore

    try:
        chosen = Role(role)
    except ValueError:
        raise fail(f"bad role {role!r}: use " + ", ".join(r.value for r in Role)) from None
    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = UserStore(_admin_services(data_dir)).create(username, password, chosen,
                                                           time.time())
    except AccountError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"created {user.role.value} {user.username}")


def _learner_account(username: str, data_dir: Path | None):
    from osce.store.users import UserStore

    made = _admin_services(data_dir)
    user = UserStore(made).by_username(username)
    if user is None:
        raise fail(f"no user {username!r}")
    return made, user


@admin_app.command("export-learner")
def export_learner_cmd(username: Annotated[str, typer.Argument(help="The learner's username.")],
                       data_dir: DataDirOption = None) -> None:
    """Print everything stored about a learner, as JSON."""
    import json

    from osce.store.encounters import EncounterStore
    from osce.store.learners import SqlLearnerStore
    from server.privacy import collect

    made, user = _learner_account(username, data_dir)
    library = load_library(None)
    typer.echo(json.dumps(collect(EncounterStore(made), SqlLearnerStore(made), user, library),
                          indent=2))


@admin_app.command("delete-learner")
def delete_learner_cmd(
    username: Annotated[str, typer.Argument(help="The learner's username.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Delete a learner's account, encounters, notes, scorecards and mastery."""
    from osce.store.encounters import EncounterStore
    from osce.store.learners import SqlLearnerStore
    from osce.store.users import UserStore
    from server.privacy import erase

    made, user = _learner_account(username, data_dir)
    if not yes and not typer.confirm(f"Delete {username} and all their data?"):
        raise fail("nothing deleted")
    removed = erase(EncounterStore(made), SqlLearnerStore(made), UserStore(made), user)
    typer.echo(f"deleted {username}: {removed} encounter(s) and their learner record")


@admin_app.command("demo-accounts")
def demo_accounts(data_dir: DataDirOption = None) -> None:
    """On a store with no accounts yet, make one per role to try the app (`make run` does
    this); their passwords are printed once and kept in the data folder, readable by you
    only. Does nothing once any account exists."""
    import os
    import secrets
    import time

    from osce.models.user import Role
    from osce.settings import data_dir as resolve_data_dir
    from osce.store.users import UserStore

    users = UserStore(_admin_services(data_dir))
    folder = resolve_data_dir(data_dir)
    if users.all():
        saved = folder / "demo-accounts.txt"
        if saved.exists():
            typer.echo(f"Demo accounts: see {saved}")
        return
    lines = []
    for role in Role:
        password = secrets.token_urlsafe(9)
        users.create(role.value, password, role, time.time())
        lines.append(f"{role.value:9s} username {role.value:9s} password {password}")
    path = folder / "demo-accounts.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(lines) + "\n")
    typer.echo("Demo accounts created (also in " + str(path) + "):")
    for line in lines:
        typer.echo("  " + line)
