"""The note against the case's key: synonyms, abbreviations and hedges agree."""

from __future__ import annotations

import pytest

from osce.grading.notes import agree, grade_note
from osce.models.note import Note
from osce.models.scorecard import DiagnosisMatch


@pytest.mark.parametrize("written", ["MI", "heart attack", "acute myocardial infarction",
                                     "NSTEMI", "?ACS", "probable non-ST elevation MI"])
def test_ways_of_writing_the_diagnosis_are_correct(library, written: str) -> None:
    result = grade_note(library.case("cardio-chest-pain"), Note(differential=[written]))
    assert result.leading_match is DiagnosisMatch.correct


def test_a_listed_differential_is_acceptable_and_others_wrong(library) -> None:
    case = library.case("cardio-chest-pain")
    assert grade_note(case, Note(differential=["unstable angina"])).leading_match is \
        DiagnosisMatch.acceptable
    assert grade_note(case, Note(differential=["costochondritis"])).leading_match is \
        DiagnosisMatch.wrong
    assert grade_note(case, Note()).leading_match is DiagnosisMatch.missing


def test_missing_must_not_miss_are_named_and_named_ones_found(library) -> None:
    case = library.case("cardio-chest-pain")
    result = grade_note(case, Note(differential=["ACS", "PE"],
                                   investigations=["ECG", "troponin"]))
    assert "pulmonary embolism" in result.must_not_miss_named
    assert "aortic dissection" in result.must_not_miss_missed
    assert result.investigations_matched


def test_different_conditions_do_not_agree() -> None:
    assert not agree("pulmonary embolism", "pulmonary oedema")
    assert not agree("MI", "migraine")
    assert agree("GORD", "gastro-oesophageal reflux")
