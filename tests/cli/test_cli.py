"""The `osce` command as a user runs it: a real subprocess each time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OSCE = [sys.executable, "-m", "osce"]


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*OSCE, *args], input=stdin, capture_output=True, text=True,
                          env=full_env, cwd=cwd or ROOT, timeout=300)


def test_cases_table_never_shows_diagnoses(library) -> None:
    result = run("cases")
    assert result.returncode == 0
    for case in library.cases.values():
        assert case.id in result.stdout
        for term in (case.diagnosis.primary, *case.diagnosis.synonyms):
            if len(term) > 4:
                assert term.lower() not in result.stdout.lower(), (case.id, term)


def test_validate_bundled_ok() -> None:
    result = run("validate", "cases", "rubrics")
    assert result.returncode == 0, result.stdout + result.stderr


def test_validate_reports_file_line_field(tmp_path: Path) -> None:
    text = (ROOT / "cases" / "cardio-chest-pain.yaml").read_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("disclosure: volunteered", "disclosure: sometimes", 1))
    result = run("validate", str(bad))
    assert result.returncode != 0
    line = next(i for i, t in enumerate(bad.read_text().splitlines(), 1) if "sometimes" in t)
    assert f"{bad}:{line}: facts[0].disclosure: Input should be" in result.stdout


def test_extra_cases_folder_and_env(tmp_path: Path) -> None:
    extra = tmp_path / "school"
    extra.mkdir()
    text = (ROOT / "cases" / "cardio-chest-pain.yaml").read_text()
    (extra / "mine.yaml").write_text(text.replace("id: cardio-chest-pain", "id: school-case-1", 1)
                                     .replace("title: Chest pain in a 58-year-old man",
                                              "title: Our own chest pain case"))
    assert "school-case-1" in run("cases", "--cases", str(extra)).stdout
    assert "school-case-1" in run("cases", env={"OSCE_CASES_DIR": str(extra)}).stdout
    assert "school-case-1" not in run("cases").stdout


def test_broken_extra_case_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("id: x\ntitle: [unclosed\n")
    result = run("cases", "--cases", str(tmp_path))
    assert result.returncode != 0
    assert f"{tmp_path / 'broken.yaml'}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_practice_piped_writes_a_transcript(tmp_path: Path) -> None:
    script = "Hello, I'm Dr Kaur\nWhat brings you in today?\nDoes it go anywhere?\n" \
             "/examine listen to the heart\n/order ECG\n/end\n"
    result = run("practice", "cardio-chest-pain", "--data-dir", str(tmp_path / "data"),
                 stdin=script)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    header, turns = lines[0], lines[1:]
    assert header["type"] == "header" and header["case_id"] == "cardio-chest-pain"
    assert len(header["case_hash"]) == 16 and header["engine"] == "scripted"
    assert [t["action"] for t in turns] == ["say", "say", "say", "examine", "order", "end"]
    for turn in turns:
        assert {"turn", "action", "student", "patient", "kind", "facts"} <= set(turn)
    assert turns[1]["facts"] == ["pc-chest-pain"]
    assert turns[2]["facts"] == ["hpc-radiation"]
    assert turns[3]["kind"] == "exam" and turns[4]["kind"] == "test"
    assert (tmp_path / "data" / "chroma").is_dir()  # state lives in the data folder


def test_practice_unknown_case_names_the_available_ones() -> None:
    result = run("practice", "no-such-case", stdin="hello\n")
    assert result.returncode == 2
    assert "unknown case 'no-such-case'" in result.stderr
    assert "cardio-chest-pain" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_dir_defaults_to_dot_osce_in_working_directory(tmp_path: Path) -> None:
    result = run("practice", "cardio-chest-pain", stdin="any allergies?\n", cwd=tmp_path,
                 env={"PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".osce" / "chroma").is_dir()


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux `script` for a tty")
def test_practice_interactive_in_a_terminal(tmp_path: Path) -> None:
    """A real pseudo-terminal: the student sees the door and replies, never grounding."""
    command = f"{sys.executable} -m osce practice cardio-chest-pain --data-dir {tmp_path}"
    result = subprocess.run(["script", "-qec", command, "/dev/null"], cwd=ROOT, text=True,
                            input="what brings you in?\nany allergies?\n/end\n",
                            capture_output=True, timeout=300)
    out = result.stdout
    assert "Take a focused history" in out
    assert "Patient: I've had this pain in my chest" in out
    assert "No allergies that I know of." in out
    assert "grounding" not in out and "hpc-" not in out
    saved = list((tmp_path / "transcripts").glob("*.jsonl"))
    assert len(saved) == 1 and len(saved[0].read_text().splitlines()) == 4


def test_practice_stores_the_index_it_made_before_it_exits(tmp_path: Path, library,
                                                           embedder) -> None:
    """The first reply does not wait on chromadb, but the process does: the next run finds
    the case and the question bank stored and embeds neither again."""
    from osce.engine.scripted.keys import case_keys, classifier_keys
    from retrieval.index import GroundingIndex

    result = run("practice", "cardio-chest-pain", "--data-dir", str(tmp_path), stdin="hi\n")
    assert result.returncode == 0, result.stderr
    assert "could not store" not in result.stderr
    index = GroundingIndex(tmp_path, embedder)
    index.vectors("case:cardio-chest-pain",
                  [k.text for k in case_keys(library.case("cardio-chest-pain"))])
    index.vectors("categories", [k.text for k in classifier_keys()])
    assert index.embedded == 0


def test_index_writes_start_after_the_first_reply(library, embedder, tmp_path: Path) -> None:
    import io

    from osce.engine.scripted.engine import ScriptedEngine
    from osce.practice import IndexWrites, run_script
    from osce.transcript_file import TranscriptWriter
    from retrieval.index import GroundingIndex

    engine = ScriptedEngine(embedder, GroundingIndex(tmp_path, embedder))
    writes = IndexWrites(engine)
    assert engine.index is not None and engine.index.defer_writes
    seen: list[int] = []
    out = io.StringIO()
    run_script(library.case("cardio-chest-pain"), engine, ["hello", "any allergies?"],
               TranscriptWriter(out), lambda: seen.append(out.getvalue().count("\n")))
    assert seen == [2]  # once, with the header and the first turn already written
    writes.finish()
    assert (tmp_path / "chroma").is_dir() and not engine.index._deferred
