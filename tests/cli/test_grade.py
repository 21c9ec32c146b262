"""`osce grade` as a user runs it, including every way its input can be wrong."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import ROOT, run

LABELLED = ROOT / "benchmarks" / "data" / "grading" / "transcripts"


def test_grade_prints_a_scorecard_and_json_student_view(tmp_path: Path) -> None:
    note = tmp_path / "note.yaml"
    note.write_text("differential: [NSTEMI, aortic dissection]\ninvestigations: [ECG]\n")
    transcript = LABELLED / "cardio-strong-1.jsonl"
    text = run("grade", str(transcript), "--note", str(note))
    assert text.returncode == 0, text.stderr
    assert "cardio-chest-pain-history" in text.stdout and "pass mark" in text.stdout
    assert "leading diagnosis 'NSTEMI': correct" in text.stdout
    shown = json.loads(run("grade", str(transcript), "--note", str(note), "--json").stdout)
    assert {"items", "percent", "passed"} <= set(shown)
    assert not any(e["facts"] for i in shown["items"] for e in i["evidence"])
    assert shown["note"]["must_not_miss_missed"] == []  # the answer key stays with staff
    staff = json.loads(run("grade", str(transcript), "--json", "--staff").stdout)
    assert any(e["facts"] for i in staff["items"] for e in i["evidence"])


def one_line_error(result) -> str:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_transcript_that_does_not_parse(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "header", "case_id": "cardio-chest-pain"\nnot json\n')
    assert str(bad) in one_line_error(run("grade", str(bad)))


def test_a_note_that_does_not_parse(tmp_path: Path) -> None:
    note = tmp_path / "note.yaml"
    note.write_text("differential: [unclosed\n")
    message = one_line_error(run("grade", str(LABELLED / "cardio-strong-1.jsonl"),
                                 "--note", str(note)))
    assert str(note) in message


def test_a_rubric_for_another_case() -> None:
    message = one_line_error(run("grade", str(LABELLED / "cardio-strong-1.jsonl"), "--rubric",
                                 str(ROOT / "rubrics" / "neuro-headache.yaml")))
    assert "no station for case cardio-chest-pain" in message


def with_header(tmp_path: Path, **changes: str) -> Path:
    """The labelled cardio transcript with its header changed."""
    lines = (LABELLED / "cardio-strong-1.jsonl").read_text().splitlines()
    header = {**json.loads(lines[0]), **changes}
    path = tmp_path / "changed.jsonl"
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n")
    return path


def test_a_case_whose_content_changed_since_the_transcript(tmp_path: Path) -> None:
    changed = with_header(tmp_path, case_hash="0000000000000000")
    assert "another version of case" in one_line_error(run("grade", str(changed)))


def test_an_unknown_case(tmp_path: Path) -> None:
    unknown = with_header(tmp_path, case_id="no-such-case")
    assert "no-such-case" in one_line_error(run("grade", str(unknown)))
