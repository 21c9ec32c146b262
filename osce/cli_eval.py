"""`osce eval`: generate hallucination suites, run them against an engine, compare runs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from osce.cli_common import CasesOption, fail, load_library
from osce.sourcefile import SourceError

eval_app = typer.Typer(help="Hallucination test suites: generate, run, compare.",
                       no_args_is_help=True)

@eval_app.command("generate")
def generate_cmd(
    case_ids: Annotated[list[str] | None, typer.Argument(
        help="Cases to write suites for (see `osce cases`); none with --all.")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to write the suites to.")]
    = Path("evals/suites"),
    all_cases: Annotated[bool, typer.Option("--all", help="Every case in reach.")] = False,
    cases: CasesOption = None,
    phrasings: Annotated[int, typer.Option(min=1, max=10,
                                           help="Questions per fact, from its examples.")] = 3,
    most: Annotated[int | None, typer.Option(
        min=1, help="At most this many probes of each kind per case, spread over them "
        "(a sample for slow engines).")] = None,
) -> None:
    """Write a suite for each case from its facts, categories and defaults."""
    from osce.evals.files import write_suite
    from osce.evals.generate import generate
    from osce.library import UnknownCase

    library = load_library(cases)
    ids = sorted(library.cases) if all_cases else list(case_ids or [])
    if not ids:
        raise fail("name at least one case, or pass --all", code=2)
    for case_id in ids:
        try:
            case = library.case(case_id)
        except UnknownCase as exc:
            raise fail(str(exc), code=2) from None
        suite = generate(case, phrasings=phrasings, most=most)
        path = write_suite(suite, out)
        kinds: dict[str, int] = {}
        for probe in suite.probes:
            kinds[probe.kind] = kinds.get(probe.kind, 0) + 1
        typer.echo(f"{path}: {len(suite.probes)} probes ("
                   + ", ".join(f"{k} {n}" for k, n in kinds.items()) + ")")


@eval_app.command("run")
def run_cmd(
    suites: Annotated[list[Path], typer.Argument(help="Suite files, or folders of them.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the checkpoint, result.json "
                                      "and report.html; a second run into it resumes.")],
    engine: Annotated[str, typer.Option(
        help="Patient engine: scripted, openai or gguf (OSCE_LLM_* settings).")] = "scripted",
    guard: Annotated[str, typer.Option(
        help="Guard policy for LLM engines: annotate, repair or strict.")] = "strict",
    concurrency: Annotated[int | None, typer.Option(
        min=1, max=64, help="Probes in flight at once (default 4 for openai, else 1).")]
    = None,
    cases: CasesOption = None,
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", help="Where the engine keeps its index (also OSCE_DATA_DIR).")] = None,
    calibrate: Annotated[bool, typer.Option(
        help="Measure the judge against the hand labels and print it in the report.")]
    = True,
) -> None:
    """Run suites against an engine; write result.json and a self-contained report.html."""
    from osce.engine.factory import LLM_ENGINES, make_engine
    from osce.evals.calibration import calibrate as measure_judge
    from osce.evals.evaluate import REPORT, RESULT, RunMismatch, evaluate, summary
    from osce.evals.files import load_suites, suite_files
    from osce.evals.judge import RuleJudge
    from osce.evals.llm_judge import make_judge
    from osce.evals.results import RunConfig
    from osce.guard.checker import CaseGuard
    from osce.settings import data_dir as resolve_data_dir

    library = load_library(cases)
    try:
        loaded = load_suites(suites, library.cases)
    except SourceError as exc:
        raise fail(str(exc)) from None
    folder = resolve_data_dir(data_dir)
    try:
        patient = make_engine(engine, folder, guard=guard)
    except ValueError as exc:
        raise fail(str(exc), code=2) from None
    embedder = getattr(patient, "embedder", None)
    model = ""
    if engine in LLM_ENGINES:
        from osce.llm.settings import LLMSettings

        settings = LLMSettings.from_env(engine=engine)
        model = settings.model or (settings.gguf_path.name if settings.gguf_path else "")
    from osce.llm.errors import LLMConfigError

    try:  # an LLM judge is added where OSCE_JUDGE_* configures one
        judge = make_judge(RuleJudge(guard=CaseGuard(embedder)), os.environ)
    except (LLMConfigError, ValueError) as exc:  # a judge model named but not usable
        raise fail(f"the LLM judge cannot start: {exc}", code=2) from None
    config = RunConfig(engine=engine, guard=guard if engine in LLM_ENGINES else None,
                       model=model, judge=judge.name,
                       suites=[str(p) for p in suite_files(suites)])
    calibration = measure_judge(judge, library.cases, folder) if calibrate else None
    total = sum(len(s.probes) for s, _ in loaded)
    with typer.progressbar(length=total, label="probes", file=None) as bar:
        try:
            run = evaluate(patient, judge, loaded, out, config,
                           concurrency or (4 if engine == "openai" else 1),
                           progress=lambda _: bar.update(1), calibration=calibration)
        except RunMismatch as exc:
            raise fail(str(exc), code=2) from None
    typer.echo(summary(run))
    typer.echo(f"Result: {out / RESULT}\nReport: {out / REPORT}")


@eval_app.command("compare")
def compare_cmd(
    results: Annotated[list[Path], typer.Argument(help="result.json files of runs.",
                                                  exists=True, dir_okay=False)],
    html: Annotated[Path | None, typer.Option("--html", help="Also write the comparison "
                                              "as a self-contained page here.")] = None,
) -> None:
    """Runs side by side: the metrics with their intervals, the best of each marked."""
    from pydantic import ValidationError

    from osce.evals.compare import compare_table, render_comparison
    from osce.evals.results import RunResult

    runs = []
    for path in results:
        try:
            run = RunResult.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValidationError, ValueError) as exc:
            raise fail(f"{path}: not an osce eval result ({str(exc).splitlines()[0]})") from None
        name = path.parent.name if path.name == "result.json" else path.stem
        runs.append((name, run))
    typer.echo(compare_table(runs))
    if html is not None:
        html.write_text(render_comparison(runs), encoding="utf-8")
        typer.echo(f"Comparison: {html}")
