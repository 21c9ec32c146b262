"""The AgentClinic importer: conversion, validation, wording, the CLI and bad input.

Fixtures are synthetic records written for these tests in AgentClinic's schema; the real
data set is only read by the test marked `agentclinic`, and only when it is present.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from osce.importers._text import find_duration
from osce.importers._voice import Voice
from osce.importers.agentclinic import (
    ImportFailed,
    ImportReport,
    convert_record,
    diagnosis_words,
    import_agentclinic,
)
from osce.models.case import Case, Category, Polarity, Sex
from osce.models.rubric import Rubric
from osce.validation import load_case, load_rubric, validate_paths

FIXTURES = Path(__file__).parent / "fixtures"
SYNTHETIC = FIXTURES / "synthetic.jsonl"
REAL = Path(__file__).resolve().parents[3] / "shared/data/agentclinic/agentclinic_medqa.jsonl"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SYNTHETIC.read_text().splitlines() if line.strip()]


def convert(index: int) -> tuple[Case, Rubric]:
    return convert_record(records()[index], index + 1)


def minimal(**actor: Any) -> dict[str, Any]:
    """A small record with the given Patient_Actor fields over neutral defaults."""
    base: dict[str, Any] = {
        "Demographics": "40-year-old man",
        "History": "The patient reports a cough for 5 days.",
        "Symptoms": {"Primary_Symptom": "Cough", "Secondary_Symptoms": []},
        "Past_Medical_History": "Information not provided.",
        "Social_History": "Information not provided.",
        "Review_of_Systems": "Information not provided.",
    }
    base.update(actor)
    return {"OSCE_Examination": {
        "Objective_for_Doctor": "Assess the patient presenting with a cough.",
        "Patient_Actor": base,
        "Physical_Examination_Findings": {"Chest": {"Auscultation": "Clear"}},
        "Test_Results": {},
        "Correct_Diagnosis": "Viral bronchitis",
    }}


def facts_in(case: Case, category: Category | None = None,
             polarity: Polarity | None = None) -> list[str]:
    return [f.attribute.lower() for f in case.facts
            if (category is None or f.category is category)
            and (polarity is None or f.polarity is polarity)]


def osce_command() -> list[str]:
    script = Path(sys.executable).with_name("osce")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from osce.cli import app; app()"]


# --- conversion ---------------------------------------------------------------------------

def test_fixture_import_writes_valid_cases_and_rubrics(tmp_path: Path) -> None:
    report = import_agentclinic(SYNTHETIC, tmp_path)
    cases = sorted((tmp_path / "cases").glob("*.yaml"))
    rubrics = sorted((tmp_path / "rubrics").glob("*.yaml"))
    assert [p.name for p in cases] == [f"agentclinic-00{n}.yaml" for n in range(1, 5)]
    assert [p.name for p in rubrics] == [p.name for p in cases]
    assert validate_paths([tmp_path / "cases", tmp_path / "rubrics"], {}) == []
    assert len(report.cases) == 4
    for path in cases:
        case = load_case(path)
        assert case.reviewed_by == ""
        assert case.door.station_minutes == 10
        assert case.competencies == ["history-taking"]
        assert case.difficulty == 3


def test_fact_ids_are_valid_and_unique_and_examples_two_to_four() -> None:
    for index in range(len(records())):
        case, _ = convert(index)
        ids = [f.id for f in case.facts] + [x.id for x in case.exam + case.tests]
        assert len(ids) == len(set(ids))
        assert all(ID_PATTERN.match(i) and len(i) <= 80 for i in ids)
        assert all(2 <= len(f.examples) <= 4 for f in case.facts)


def test_presenting_complaint_is_volunteered_and_opens_the_case() -> None:
    case, _ = convert(0)
    pc = case.facts[0]
    assert pc.category is Category.presenting_complaint
    assert pc.disclosure.value == "volunteered"
    assert case.persona.opening_line == pc.words
    assert "headaches behind the left eye" in pc.words.lower()
    assert pc.words.startswith("I")


def test_denied_review_of_systems_items_become_separate_absent_facts() -> None:
    case, _ = convert_record(minimal(
        Review_of_Systems="Denies chest pain, palpitations or fever."), 1)
    absent = facts_in(case, polarity=Polarity.absent)
    assert {"chest pain", "palpitations", "fever"} <= set(absent)
    by_attribute = {f.attribute: f for f in case.facts}
    assert by_attribute["chest pain"].category is Category.ros_cardiovascular
    assert by_attribute["fever"].category is Category.ros_general
    assert all("haven't" in by_attribute[a].words for a in ("chest pain", "fever"))
    fever_questions = by_attribute["fever"].examples
    assert "any fevers" in fever_questions and "have you had a temperature" in fever_questions
    # lay questions match whole words: 'during' is not about urine, 'earrings' not ears
    case, _ = convert_record(minimal(Symptoms={
        "Primary_Symptom": "Cough",
        "Secondary_Symptoms": ["Unresponsiveness during episodes", "Pain when wearing earrings"]}),
        2)
    questions = [q for f in case.facts for q in f.examples]
    assert not any("waterworks" in q or "hearing" in q for q in questions)


def test_negative_secondary_symptoms_are_absent_not_present() -> None:
    case, _ = convert(0)
    fever = [f for f in case.facts if f.attribute == "fever"]
    assert fever and all(f.polarity is Polarity.absent for f in fever)
    assert "nausea" in facts_in(case, Category.hpc_associated, Polarity.absent)


def test_information_not_provided_makes_no_fact() -> None:
    case, _ = convert(1)  # Social_History: "Information not provided."
    assert not any(f.category is Category.social for f in case.facts)
    assert not any("information" in f.words.lower() for f in case.facts)


def test_no_significant_past_medical_history_is_one_absent_fact() -> None:
    case, _ = convert(3)
    pmh = [f for f in case.facts if f.category is Category.past_medical]
    assert len(pmh) == 1
    assert pmh[0].polarity is Polarity.absent


def test_medication_in_past_medical_history_becomes_drug_fact() -> None:
    case, _ = convert(0)  # "Hypertension, currently managed with amlodipine 5 mg daily."
    drugs = [f for f in case.facts if f.category is Category.drugs]
    assert [d.drug.name for d in drugs if d.drug] == ["amlodipine"]
    assert drugs[0].drug is not None
    assert drugs[0].drug.dose == "5 mg"
    assert drugs[0].drug.frequency == "daily"
    assert "hypertension" in facts_in(case, Category.past_medical)


def test_medication_lists_and_extra_keys_are_used() -> None:
    case, _ = convert(2)  # Current_Medications, Allergies, Symptoms.Duration
    drugs = {f.drug.name: f.drug for f in case.facts if f.drug}
    assert set(drugs) == {"metformin", "ramipril"}
    assert drugs["metformin"].frequency == "twice daily"
    allergies = [f for f in case.facts if f.category is Category.allergies]
    assert allergies and allergies[0].polarity is Polarity.absent
    child, _ = convert(1)  # Family_History and Medications on a child's record
    assert any(f.category is Category.family for f in child.facts)
    assert any(f.drug and f.drug.name == "salbutamol" for f in child.facts)


def test_durations_become_iso_8601() -> None:
    case, _ = convert(0)  # "a 3-week history of severe headaches"
    onset = next(f for f in case.facts if f.category is Category.hpc_onset)
    assert onset.duration == "P3W"
    assert "for 3 weeks" in onset.words


@pytest.mark.parametrize(("text", "iso"), [
    ("a 1-month history of double vision", "P1M"),
    ("cough for 3 days", "P3D"),
    ("started 2 weeks ago", "P2W"),
    ("over the past 24 hours", "PT24H"),
    ("for the past year", "P1Y"),
    ("a year-long history of rash", "P1Y"),
    ("over the last two days", "P2D"),
])
def test_find_duration(text: str, iso: str) -> None:
    found = find_duration(text)
    assert found is not None
    assert found.iso == iso


def test_vague_durations_are_not_invented() -> None:
    assert find_duration("for the past few days") is None
    assert find_duration("over several weeks") is None


def test_history_is_rewritten_in_the_first_person() -> None:
    voice = Voice(Sex.female)
    assert voice.rewrite("The patient reports a 1-month history of double vision.") == (
        "I've had double vision for about a month.")
    assert voice.rewrite("She notes that her hands shake.") == "My hands shake."
    assert voice.rewrite("Works as a graphic designer.") == "I work as a graphic designer."
    male = Voice(Sex.male)
    assert male.rewrite("His wife found him on the floor.") == "My wife found me on the floor."
    # a woman in a man's story stays third person
    assert male.rewrite("His wife says she was frightened.") == "My wife says she was frightened."


def test_child_cases_are_answered_by_a_parent() -> None:
    case, _ = convert(1)
    assert case.informant.role.value == "parent"
    assert case.informant.relationship == "mother"
    assert case.persona.opening_line.startswith("I've brought my son in")
    onset = next(f for f in case.facts if f.category is Category.hpc_onset)
    assert not re.search(r"\bthe (?:mother|patient)\b", onset.words, re.I)
    questions = [q for f in case.facts for q in f.examples
                 if f.category is not Category.presenting_complaint]
    assert not any(re.search(r"\b(?:have|do|are) you\b", q) for q in questions)


def test_no_third_person_left_in_adult_words() -> None:
    for index in (0, 2, 3):
        case, _ = convert(index)
        pronouns = r"\b(?:she|her)\b" if case.persona.sex is Sex.female else r"\b(?:he|his|him)\b"
        for fact in case.facts:
            assert not re.search(r"\bthe patient\b|" + pronouns, fact.words, re.I), fact.words


def test_diagnosis_never_in_title_or_door() -> None:
    for index in range(len(records())):
        case, _ = convert(index)
        complaint = case.facts[0].attribute
        giveaway = diagnosis_words(case.diagnosis.primary) - set(complaint.lower().split())
        for text in (case.title, case.door.task):
            assert case.diagnosis.primary.lower() not in text.lower()
            assert not giveaway & set(re.findall(r"[a-z0-9]+", text.lower())), text


def test_door_drops_a_diagnosis_named_in_the_objective() -> None:
    record = records()[0]
    assert "cluster" in record["OSCE_Examination"]["Objective_for_Doctor"].lower()
    case, _ = convert(0)
    assert "cluster" not in case.door.task.lower()
    assert "one-sided headaches" in case.door.task
    assert case.title == "Headaches behind the left eye in a 41-year-old woman"


def test_exam_and_tests_are_flattened_with_names_from_the_path() -> None:
    case, _ = convert(0)
    exam = {f.name: f for f in case.exam}
    assert exam["Neurological Examination: Cranial Nerves"].result == "Intact"
    # a generic last key ('Findings') is dropped from the name
    assert exam["Neurological Examination: Fundoscopy"].result == "No papilloedema"
    assert exam["Eye Examination"].result == "Mild left conjunctival injection; Pupils equal"
    assert "cranial nerves" in exam["Neurological Examination: Cranial Nerves"].aliases
    assert "bp" in exam["Vital Signs: Blood Pressure"].aliases
    tests = {f.name: f.result for f in case.tests}
    assert tests == {"Blood Tests: Full Blood Count": "Normal",
                     "Imaging: MRI Brain": "No structural lesion"}
    gout, _ = convert(2)
    assert {f.name: f.result for f in gout.exam}["Vital Signs: Observed Normal"] == "Yes"


def test_diagnosis_and_persona_come_from_the_record() -> None:
    case, _ = convert(2)
    assert case.diagnosis.primary == "Acute gout"
    assert case.persona.sex is Sex.male
    assert case.persona.age == "58"
    assert case.persona.occupation == "retired bus driver"
    assert case.specialty == "rheumatology"
    assert case.persona.name and case.persona.name != convert(3)[0].persona.name


def test_rubric_items_are_evidenced_by_the_case_facts() -> None:
    for index in range(len(records())):
        case, rubric = convert(index)
        station = rubric.station_for(case.id)
        assert station.id == f"{case.id}-history"
        assert station.pass_mark == 60
        ids = {item.id for item in station.items}
        assert {"introduction", "open-question", "summary", "presenting-complaint"} <= ids
        for item in station.items:
            assert set(item.evidence.facts) <= case.fact_ids
            assert item.evidence.facts or item.evidence.phrasings
            assert item.rationale
    case, rubric = convert(3)  # no drugs, family or ROS facts: no items for them
    ids = {item.id for item in rubric.stations[0].items}
    assert "drugs-allergies" not in ids and "review-of-systems" not in ids
    assert "social-history" in ids


# --- files, report and CLI ------------------------------------------------------------------

def test_report_summary_gives_counts(tmp_path: Path) -> None:
    report = import_agentclinic(SYNTHETIC, tmp_path)
    assert isinstance(report, ImportReport)
    counts = report.fact_counts
    assert counts == [len(load_case(p).facts) for p in sorted((tmp_path / "cases").glob("*"))]
    summary = report.summary()
    assert "imported 4 case(s)" in summary
    assert f"min {min(counts)} /" in summary and f"max {max(counts)}" in summary
    assert "exam findings per case" in summary and "tests per case" in summary


def test_written_yaml_is_plain_block_style(tmp_path: Path) -> None:
    import_agentclinic(SYNTHETIC, tmp_path)
    text = (tmp_path / "cases" / "agentclinic-001.yaml").read_text()
    assert text.startswith("# Imported from AgentClinic")
    assert "schema_version: 1\nid: agentclinic-001\n" in text
    assert "{" not in text.split("facts:")[1].split("exam:")[0]  # no flow mappings
    rubric = load_rubric(tmp_path / "rubrics" / "agentclinic-001.yaml")
    assert rubric.stations[0].case == "agentclinic-001"


def test_cli_imports_and_the_result_validates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    imported = subprocess.run(
        [*osce_command(), "import", "agentclinic", str(SYNTHETIC), "--out", str(out)],
        capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert "imported 4 case(s)" in imported.stdout
    assert "facts per case" in imported.stdout
    checked = subprocess.run(
        [*osce_command(), "validate", str(out / "cases"), str(out / "rubrics")],
        capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("ok:")


def test_malformed_line_names_the_line_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(ImportFailed) as failure:
        import_agentclinic(FIXTURES / "bad_line.jsonl", out)
    message = str(failure.value)
    assert "bad_line.jsonl:2:" in message and "not valid JSON" in message
    assert "\n" not in message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no staging folder left behind


def test_missing_osce_examination_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"missing_key\.jsonl:2: no OSCE_Examination"):
        import_agentclinic(FIXTURES / "missing_key.jsonl", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_bad_line_leaves_an_earlier_import_untouched(tmp_path: Path) -> None:
    import_agentclinic(SYNTHETIC, tmp_path)
    before = {p: p.read_text() for p in tmp_path.rglob("*.yaml")}
    with pytest.raises(ImportFailed):
        import_agentclinic(FIXTURES / "bad_line.jsonl", tmp_path)
    assert {p: p.read_text() for p in tmp_path.rglob("*.yaml")} == before


def test_cli_reports_a_malformed_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [*osce_command(), "import", "agentclinic", str(FIXTURES / "bad_line.jsonl"), "--out",
         str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "bad_line.jsonl:2:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_record_that_cannot_make_a_case_is_a_clear_error(tmp_path: Path) -> None:
    record = minimal()
    del record["OSCE_Examination"]["Correct_Diagnosis"]
    source = tmp_path / "no_diagnosis.jsonl"
    source.write_text(json.dumps(record) + "\n")
    with pytest.raises(ImportFailed, match=r"no_diagnosis\.jsonl:1: .*Correct_Diagnosis"):
        import_agentclinic(source, tmp_path / "out")


# --- the real data set ---------------------------------------------------------------------

@pytest.mark.agentclinic
def test_real_agentclinic_file_imports_and_validates(tmp_path: Path) -> None:
    if not REAL.exists():
        pytest.skip(f"AgentClinic data not found at {REAL} (it lives outside the repository)")
    lines = [line for line in REAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = import_agentclinic(REAL, tmp_path)
    assert len(report.cases) == len(lines) == 107
    assert validate_paths([tmp_path / "cases", tmp_path / "rubrics"], {}) == []
    assert min(report.fact_counts) >= 5
    for path in sorted((tmp_path / "cases").glob("*.yaml")):
        case = load_case(path)
        assert case.diagnosis.primary.lower() not in case.door.task.lower()
