"""Misses of written-dev-28 once it became a worked set (held out whole in stop 41). Each as
a general rule with a counterpart that must keep its verdict; the sentences are new wordings,
not lines of any labelled set."""

from __future__ import annotations

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

ALLERGIES = "Any allergies to medicines?"


def test_a_reaction_told_by_what_it_did_is_an_allergy(guard, library) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "Not to medicines, but elastoplast brings my skin up in blisters.",
                      planned=["allergy-none"], question=ALLERGIES) is Verdict.contradiction
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "No, nothing, I've never reacted to anything.",
                      planned=["allergy-none"], question=ALLERGIES) is Verdict.supported


def test_the_recorded_allergen_borne_without_trouble_denies_the_allergy(guard, library) -> None:
    assert verdict_of(guard, library, "derm-changing-mole",
                      "Medicines are fine, and I wear plasters without a problem.",
                      planned=["allergy-plasters"], disclosed=["pc-mole"],
                      question=ALLERGIES) is Verdict.contradiction


def test_the_day_of_the_start_a_day_out_contradicts(guard, library) -> None:
    question = "When did the fever start?"
    assert verdict_of(guard, library, "paeds-fever",
                      "It all started the night before last, at bedtime.",
                      planned=["hpc-onset"], disclosed=["pc-fever-rash"],
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "paeds-fever", "It came on late last night.",
                      planned=["hpc-onset"], disclosed=["pc-fever-rash"],
                      question=question) is Verdict.supported


def test_the_pain_all_over_where_the_site_is_one_place_contradicts(guard, library) -> None:
    question = "Where's the pain now?"
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Honestly it hurts all over, I couldn't tell you where.",
                      planned=["hpc-site"], disclosed=["pc-abdo-pain"],
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Low down on the right, just here.", planned=["hpc-site"],
                      disclosed=["pc-abdo-pain"], question=question) is Verdict.supported
