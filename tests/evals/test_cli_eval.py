"""`osce eval generate | run | compare` as an evaluator types them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from osce.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_generate_run_and_compare(tmp_path: Path) -> None:
    suites, data = tmp_path / "suites", str(tmp_path / "data")
    made = invoke("eval", "generate", "msk-knee-pain", "--phrasings", "1", "--out", str(suites))
    assert made.exit_code == 0, made.output
    assert "msk-knee-pain.generated.yaml" in made.output and "in_script" in made.output
    first = invoke("eval", "run", str(suites), "--out", str(tmp_path / "a"), "--data-dir", data,
                   "--no-calibrate")
    assert first.exit_code == 0, first.output
    assert "Fact accuracy" in first.output and "95% CI" in first.output
    result = json.loads((tmp_path / "a" / "result.json").read_text())
    assert result["type"] == "osce-eval-run" and result["config"]["engine"] == "scripted"
    assert len(result["probes"]) == len((tmp_path / "a" / "progress.jsonl").read_text()
                                        .splitlines())
    html = (tmp_path / "a" / "report.html").read_text()
    assert "Fact accuracy" in html and "<svg" in html
    # a second run into the same folder asks nothing again and gives the same figures
    again = invoke("eval", "run", str(suites), "--out", str(tmp_path / "a"), "--data-dir", data,
                   "--no-calibrate")
    assert again.exit_code == 0
    assert json.loads((tmp_path / "a" / "result.json").read_text())["metrics"] == (
        result["metrics"])
    invoke("eval", "run", str(suites), "--out", str(tmp_path / "b"), "--data-dir", data,
           "--no-calibrate")
    compared = invoke("eval", "compare", str(tmp_path / "a" / "result.json"),
                      str(tmp_path / "b" / "result.json"), "--html", str(tmp_path / "c.html"))
    assert compared.exit_code == 0, compared.output
    assert "Fact accuracy" in compared.output and (tmp_path / "c.html").exists()


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    unknown = invoke("eval", "generate", "no-such-case", "--out", str(tmp_path))
    assert unknown.exit_code == 2 and "unknown case 'no-such-case'" in unknown.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\ncase: msk-knee-pain\nprobes:\n"
                   "  - id: p\n    kind: in_script\n    question: hi\n    facts: [nope]\n")
    run = invoke("eval", "run", str(bad), "--out", str(tmp_path / "out"), "--no-calibrate")
    assert run.exit_code == 1
    assert f"{bad}:8: probes[0].facts[0]: case 'msk-knee-pain' has no fact 'nope'" in run.output
    assert not (tmp_path / "out").exists()
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    compared = invoke("eval", "compare", str(junk))
    assert compared.exit_code == 1 and "not an osce eval result" in compared.output


def test_validate_checks_suites_like_cases(tmp_path: Path) -> None:
    assert invoke("validate", "evals/suites").exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\ncase: msk-knee-pain\nprobes:\n"
                   "  - id: a\n    kind: consistency\n    fact: nope\n"
                   "    questions: [one, two]\n")
    checked = invoke("validate", str(bad))
    assert checked.exit_code == 1
    assert f"{bad}:7: probes[0].fact: case 'msk-knee-pain' has no fact 'nope'" in checked.output
