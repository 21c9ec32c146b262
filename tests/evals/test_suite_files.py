"""Suite files: generated suites round-trip, and every mistake is reported as file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce.evals.files import load_suites, write_suite
from osce.evals.generate import generate
from osce.models.suite import ProbeKind
from osce.sourcefile import SourceError

GOOD = """\
schema_version: 1
id: chest.mine
case: cardio-chest-pain
probes:
  - id: onset
    kind: in_script
    question: when did it start?
    facts: [hpc-onset]
  - id: pets
    kind: off_script
    question: any pets?
    topic: pets
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "suite.yaml"
    path.write_text(text)
    return path


def test_a_generated_suite_reads_back_the_same(tmp_path, library):
    case = library.case("cardio-chest-pain")
    suite = generate(case)
    path = write_suite(suite, tmp_path)
    [(loaded, loaded_case)] = load_suites([tmp_path], library.cases)
    assert loaded == suite and loaded_case is case
    assert path.read_text().startswith("# Hallucination suite for case cardio-chest-pain")


def test_a_hand_written_suite_loads(tmp_path, library):
    [(suite, _)] = load_suites([_write(tmp_path, GOOD)], library.cases)
    assert [p.kind for p in suite.probes] == [ProbeKind.in_script, ProbeKind.off_script]


def test_an_unknown_fact_is_named_with_its_line(tmp_path, library):
    path = _write(tmp_path, GOOD.replace("facts: [hpc-onset]", "facts: [hpc-nope]"))
    with pytest.raises(SourceError) as err:
        load_suites([path], library.cases)
    assert str(err.value) == (f"{path}:8: probes[0].facts[0]: case 'cardio-chest-pain' has "
                              "no fact 'hpc-nope'")


def test_a_bad_field_an_unknown_kind_and_a_duplicate_id_are_all_reported(tmp_path, library):
    text = GOOD.replace("    topic: pets\n", "    topic: pets\n    colour: red\n")
    text = text.replace("- id: pets", "- id: onset")
    text += "  - id: odd\n    kind: guesswork\n    question: hm?\n"
    path = _write(tmp_path, text)
    with pytest.raises(SourceError) as err:
        load_suites([path], library.cases)
    lines = str(err.value).splitlines()
    assert f"{path}:9: probes[1].id: duplicate id 'onset' (first at line 5)" in lines
    assert any(line.startswith(f"{path}:13: probes[1].colour: unknown key") for line in lines)
    assert f"{path}:15: probes[2].kind: unknown kind 'guesswork'; use one of 'in_script', " \
        "'off_script', 'leading', 'adversarial', 'consistency', 'conversation'" in lines


def test_an_unknown_case_is_an_error_not_a_crash(tmp_path, library):
    path = _write(tmp_path, GOOD.replace("case: cardio-chest-pain", "case: no-such-case"))
    with pytest.raises(SourceError, match=r"suite.yaml:3: case: unknown case 'no-such-case'"):
        load_suites([path], library.cases)
