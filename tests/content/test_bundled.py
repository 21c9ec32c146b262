"""The bundled library meets the bar the foundation issue sets for it."""

from __future__ import annotations

from osce.library import BUNDLED_CASES, BUNDLED_RUBRICS
from osce.models.case import Category, Disclosure, InformantRole
from osce.validation import validate_paths


def test_every_bundled_file_validates() -> None:
    assert [str(p) for p in validate_paths([BUNDLED_CASES, BUNDLED_RUBRICS], {})] == []


def test_breadth_of_cases(library) -> None:
    cases = list(library.cases.values())
    assert len(cases) >= 12
    assert len({c.specialty for c in cases}) >= 10
    assert {c.difficulty for c in cases} == {1, 2, 3, 4, 5}
    assert any(c.specialty == "paediatrics" and c.informant.role is InformantRole.parent
               for c in cases)


def test_every_case_has_a_rubric_station_with_rationales(library) -> None:
    for case in library.cases.values():
        station = library.station_for(case.id)
        assert station is not None, f"{case.id} has no rubric station"
        assert len(station.items) >= 10, case.id
        assert all(len(item.rationale) > 30 for item in station.items), case.id
        assert any(item.critical for item in station.items), case.id
        assert {item.domain.value for item in station.items} >= {"data_gathering",
                                                                 "communication"}, case.id


def test_every_case_covers_a_whole_history(library) -> None:
    needed = {Category.presenting_complaint, Category.past_medical, Category.drugs,
              Category.allergies, Category.family, Category.social}
    for case in library.cases.values():
        categories = {f.category for f in case.facts}
        assert needed <= categories, (case.id, needed - categories)
        assert any(c.value.startswith("ros.") for c in categories), case.id
        assert any(c.value.startswith("ice.") for c in categories), case.id
        assert any(f.polarity.value == "absent" for f in case.facts), case.id
        assert any(f.cue for f in case.facts), f"{case.id} drops no emotional cue"
        assert any(f.disclosure is Disclosure.volunteered for f in case.facts), case.id
        assert case.exam and case.tests, case.id
        assert len(case.facts) >= 25, case.id


def test_reference_notes_exist_for_every_case(library) -> None:
    for case in library.cases.values():
        note = BUNDLED_CASES / "notes" / f"{case.id}.md"
        assert note.is_file(), note
        assert len(note.read_text().split()) >= 100, note


def test_opening_does_not_hand_over_the_diagnosis(library) -> None:
    """Facts may name conditions the patient knows of ("no heart attacks before"); what the
    patient opens with must not name the answer."""
    for case in library.cases.values():
        terms = [t.lower() for t in (case.diagnosis.primary, *case.diagnosis.synonyms)
                 if len(t) > 5]
        spoken = [case.persona.opening_line, *(f.words for f in case.facts
                                               if f.category is Category.presenting_complaint)]
        for text in spoken:
            for term in terms:
                assert term not in text.lower(), (case.id, term, text)
