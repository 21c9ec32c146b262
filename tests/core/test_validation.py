"""Every kind of mistake in a case or rubric is reported as file:line: field: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce.library import BUNDLED_CASES, BUNDLED_RUBRICS
from osce.sourcefile import SourceError
from osce.validation import load_case, validate_paths

CASE = (BUNDLED_CASES / "cardio-chest-pain.yaml").read_text()
RUBRIC = (BUNDLED_RUBRICS / "cardio-chest-pain.yaml").read_text()


def line_of(text: str, needle: str, nth: int = 1) -> int:
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            count += 1
            if count == nth:
                return number
    raise AssertionError(f"{needle!r} not in text")


def problems_for(tmp_path: Path, text: str, name: str = "case.yaml",
                 extra: dict[str, str] | None = None) -> list[str]:
    path = tmp_path / name
    path.write_text(text)
    paths = [path]
    for other, content in (extra or {}).items():
        (tmp_path / other).write_text(content)
        paths.append(tmp_path / other)
    return [str(p) for p in validate_paths(paths, {})]


def test_bundled_case_is_valid(tmp_path: Path) -> None:
    assert problems_for(tmp_path, CASE) == []


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    broken = CASE.replace("  setting: Emergency department, majors area",
                          "  setting: [Emergency department")
    problems = problems_for(tmp_path, broken)
    assert len(problems) == 1
    path, line, field, _message = problems[0].split(":", 3)
    assert path.endswith("case.yaml") and field.strip() == "(yaml)"
    assert abs(int(line) - line_of(broken, "setting: [Emergency")) <= 2


def test_unknown_key(tmp_path: Path) -> None:
    text = CASE.replace("    attribute: site\n", "    attribute: site\n    colour: blue\n")
    expected = line_of(text, "colour: blue")
    assert problems_for(tmp_path, text) == [
        f"{tmp_path / 'case.yaml'}:{expected}: facts[1].colour: unknown key"]


def test_missing_field(tmp_path: Path) -> None:
    text = CASE.replace("  station_minutes: 8\n", "")
    (problem,) = problems_for(tmp_path, text)
    assert problem == f"{tmp_path / 'case.yaml'}:{line_of(text, 'door:')}: door.station_minutes: " \
                      "missing required field"


def test_wrong_type(tmp_path: Path) -> None:
    text = CASE.replace("difficulty: 2", "difficulty: hard")
    (problem,) = problems_for(tmp_path, text)
    assert problem.startswith(f"{tmp_path / 'case.yaml'}:{line_of(text, 'difficulty: hard')}: "
                              "difficulty: ")
    assert "integer" in problem


def test_bad_enum(tmp_path: Path) -> None:
    text = CASE.replace("    category: hpc.radiation", "    category: hpc.spreading")
    (problem,) = problems_for(tmp_path, text)
    assert f":{line_of(text, 'hpc.spreading')}: facts[4].category: Input should be" in problem


def test_bad_duration(tmp_path: Path) -> None:
    text = CASE.replace("duration: PT3H", "duration: three hours")
    (problem,) = problems_for(tmp_path, text)
    assert f":{line_of(text, 'duration: three hours')}: facts[2].duration: " in problem
    assert "ISO-8601" in problem


def test_duplicate_id(tmp_path: Path) -> None:
    text = CASE.replace("  - id: hpc-onset", "  - id: hpc-site")
    (problem,) = problems_for(tmp_path, text)
    first = line_of(text, "- id: hpc-site")
    second = line_of(text, "- id: hpc-site", nth=2)
    assert problem == (f"{tmp_path / 'case.yaml'}:{second}: facts[2].id: duplicate id 'hpc-site' "
                       f"(first at line {first})")


def test_rubric_unknown_fact(tmp_path: Path) -> None:
    rubric = RUBRIC.replace("facts: [hpc-onset]", "facts: [hpc-onsett]")
    problems = problems_for(tmp_path, CASE, extra={"rubric.yaml": rubric})
    assert problems == [f"{tmp_path / 'rubric.yaml'}:{line_of(rubric, 'hpc-onsett')}: "
                        "stations[0].items[3].evidence.facts[0]: case 'cardio-chest-pain' has no "
                        "fact 'hpc-onsett'"]


def test_rubric_unknown_case(tmp_path: Path) -> None:
    rubric = RUBRIC.replace("    case: cardio-chest-pain", "    case: nobody")
    (problem,) = problems_for(tmp_path, rubric, name="rubric.yaml")
    assert problem.endswith("stations[0].case: unknown case 'nobody'")


def test_title_must_not_give_away_diagnosis(tmp_path: Path) -> None:
    text = CASE.replace("title: Chest pain in a 58-year-old man", "title: NSTEMI in a man")
    (problem,) = problems_for(tmp_path, text)
    assert "gives away the diagnosis" in problem


def test_several_problems_all_reported(tmp_path: Path) -> None:
    text = CASE.replace("difficulty: 2", "difficulty: 9").replace("sex: male", "sex: robot")
    problems = problems_for(tmp_path, text)
    assert len(problems) == 2
    assert any("difficulty" in p for p in problems) and any("persona.sex" in p for p in problems)


def test_load_case_raises_with_problems(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("- just\n- a list\n")
    with pytest.raises(SourceError) as caught:
        load_case(path)
    assert "expected a mapping" in str(caught.value)


def test_drug_fact_needs_drug(tmp_path: Path) -> None:
    text = CASE.replace("    drug: {name: amlodipine, dose: 5 mg, frequency: once a day}\n", "")
    (problem,) = problems_for(tmp_path, text)
    assert "needs `drug`" in problem
