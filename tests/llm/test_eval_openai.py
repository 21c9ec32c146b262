"""`osce eval run --engine openai` against a real OpenAI-compatible server on loopback
(llama_cpp.server with SmolLM2): probes in flight at once, each judged and written down."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from osce.cli import app
from osce.evals.files import write_suite
from osce.evals.generate import generate
from osce.library import Library


def test_an_openai_engine_is_evaluated_with_probes_in_flight(llama_server, tmp_path: Path,
                                                             monkeypatch) -> None:
    case = Library.load().case("msk-knee-pain")
    full = generate(case, phrasings=1)
    kinds = ("in_script", "off_script", "adversarial")
    probes = [next(p for p in full.probes if p.kind == k) for k in kinds]
    write_suite(full.model_copy(update={"probes": probes}), tmp_path / "suites")
    monkeypatch.setenv("OSCE_LLM_BASE_URL", llama_server.base_url)
    monkeypatch.setenv("OSCE_LLM_MODEL", "smollm2")
    monkeypatch.setenv("OSCE_LLM_MAX_TOKENS", "40")
    out = tmp_path / "run"
    ran = CliRunner().invoke(app, ["eval", "run", str(tmp_path / "suites"), "--engine", "openai",
                                   "--guard", "annotate", "--concurrency", "3", "--out", str(out),
                                   "--data-dir", str(tmp_path / "data"), "--no-calibrate"])
    assert ran.exit_code == 0, ran.output
    result = json.loads((out / "result.json").read_text())
    assert result["config"] == {**result["config"], "engine": "openai", "guard": "annotate",
                                "model": "smollm2"}
    assert [p["probe"] for p in result["probes"]] == [p.id for p in probes]
    for probe in result["probes"]:
        assert probe["error"] is None
        [turn] = probe["turns"]
        assert turn["answer"].strip() and turn["judgement"]["sentences"]
        assert turn["grounding"]["voice"] in ("llm", "scripted")
    assert len((out / "progress.jsonl").read_text().splitlines()) == 3
