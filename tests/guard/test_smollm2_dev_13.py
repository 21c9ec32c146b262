"""Misses the thirteenth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-13) showed: married or
not is social history; never married is no contradiction of a partner, only of a wife or a
husband; a grown man or woman of the other sex; a supplement where the medicines fact closes
the list; "not sure I take any" wonders; a habit of water is no habit of drink. Each as a
general rule with a counterpart that must keep its verdict; the sentences are new wordings."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

MARRIED = "Are you married at all?"


@pytest.mark.parametrize(("case", "disclosed", "sentence", "expected"), [
    # nothing heard of Callum's home
    ("gastro-abdominal-pain", [], "No, I've never been married.", Verdict.unsupported),
    ("gastro-abdominal-pain", [], "Yes, I'm married to Sophie.", Verdict.unsupported),
    # Amira lives with her partner, Chris: not married is no contradiction of that
    ("resp-breathless", [], "I'm not married, no.", Verdict.unsupported),
    # Tunde lives with his wife, Funmi
    ("id-returned-traveller", [], "I'm not married, no.", Verdict.contradiction),
    # wondering says neither
    ("gastro-abdominal-pain", [], "I'm not sure I'm married, really.", Verdict.social),
])
def test_married_or_not(guard, library, case, disclosed, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], disclosed=disclosed,
                      question=MARRIED) is expected


def test_married_or_not_heard_is_left_to_the_facts(guard, library) -> None:
    # Jamie's home fact, heard: he lives with his girlfriend
    said = verdict_of(guard, library, "endo-thirst", "No, I'm not married.", planned=[],
                      disclosed=["sh-home"], question=MARRIED)
    assert said is not Verdict.unsupported


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Sheila is a woman, Graham a man
    ("renal-reduced-urine", "I'm a retired man, love.", Verdict.contradiction),
    ("cardio-chest-pain", "I'm a married woman.", Verdict.contradiction),
    ("cardio-chest-pain", "I'm a working man, always have been.", Verdict.social),
])
def test_a_grown_man_or_woman(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question="Tell me a bit about yourself.") is expected


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Gareth's medicines: "Nothing else. No other tablets and nothing from the chemist."
    ("derm-changing-mole", "I take cod liver oil for my joints.", Verdict.contradiction),
    # Jessica's: "Just my blue inhaler"
    ("obgyn-pelvic-pain", "I'm on vitamin D.", Verdict.contradiction),
    # Graham's chemist fact speaks of the paracetamol, not of all he takes
    ("cardio-chest-pain", "I take a vitamin D tablet as well.", Verdict.unsupported),
    ("obgyn-pelvic-pain", "I'm not sure I take any vitamins.", Verdict.social),
])
def test_a_supplement_where_the_list_is_closed(guard, library, case, sentence,
                                               expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question="Do you take any vitamins or supplements?") is expected


def test_a_habit_of_water_is_no_habit_of_drink(guard, library) -> None:
    # Callum's pints come at weekends; water every day says nothing of them
    said = verdict_of(guard, library, "gastro-abdominal-pain",
                      "I drink a glass of water every day.", planned=["sh-alcohol"],
                      question="How much water do you drink?")
    assert said is not Verdict.contradiction
    said = verdict_of(guard, library, "gastro-abdominal-pain", "I have five pints every day.",
                      planned=["sh-alcohol"], question="How much do you drink?")
    assert said is Verdict.contradiction
