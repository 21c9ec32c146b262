"""Misses the fifth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-5.jsonl) showed: an
indirect question or a refusal that claims nothing, a bare "it does" as a yes, a first time
years ago for an illness of days, "completely well" from a patient who came in ill, and "a
day filled with ..." read as a span. Each as a general rule with a counterpart that must
keep its verdict; the sentences are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from osce.guard.numbers import figures
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm not really sure if I've had a cold lately.", Verdict.social),
    ("Not sure whether that's normal, to be honest.", Verdict.social),
    ("I'm not able to tell you anything about my job.", Verdict.social),
    # a claim beside the doubt is still read
    ("I've had a stinking cold, though I'm not sure if it's normal.", Verdict.unsupported),
])
def test_an_indirect_question_or_refusal_claims_nothing(guard, library, sentence,
                                                        expected) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", sentence, planned=[],
                      question="Any coughs or colds recently?") is expected


def test_a_bare_it_does_is_a_yes(guard, library) -> None:
    # she sleeps on one pillow and is not woken short of breath
    question = "Does the breathlessness wake you at night?"
    assert verdict_of(guard, library, "resp-breathless", "It does.", planned=["ros-orthopnoea"],
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "resp-breathless", "It doesn't, no.",
                      planned=["ros-orthopnoea"], question=question) is Verdict.supported


@pytest.mark.parametrize(("question", "sentence", "expected"), [
    # the tummy pain began last night
    ("When did you first notice it?", "I first noticed it years ago, back at primary school.",
     Verdict.contradiction),
    ("When did you first notice it?", "As a kid, I think.", Verdict.contradiction),
    ("When did you first notice it?", "Last night, after tea.", Verdict.supported),
])
def test_a_first_time_long_ago_for_an_illness_of_days(guard, library, question, sentence,
                                                      expected) -> None:
    assert verdict_of(guard, library, "gastro-abdominal-pain", sentence, planned=["hpc-onset"],
                      question=question) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Honestly, I feel perfectly fine.", Verdict.contradiction),
    ("I'm completely well, doctor.", Verdict.contradiction),
    # well until the illness began is true
    ("I was perfectly well until yesterday afternoon.", Verdict.supported),
])
def test_completely_well_from_a_patient_who_came_in_ill(guard, library, sentence,
                                                        expected) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence, planned=["hpc-onset"],
                      question="When did you last feel completely well?") is expected


@pytest.mark.parametrize(("text", "spans"), [
    ("A normal day is a day filled with work and the kids.", []),
    ("My usual day is a day full of school runs and emails.", []),
    # a span still, whatever follows it
    ("It's been a week of these headaches.", [7.0]),
    ("I was off for a day with it.", [1.0]),
])
def test_a_day_described_is_no_span(text, spans) -> None:
    """"A day filled with ..." says what a day is like, not how long anything lasted."""
    found = figures(text)
    assert found.durations + found.course == spans


@pytest.mark.parametrize(("case", "expected"), [
    # "No operations, no injuries, and I've never been in hospital."
    ("resp-breathless", Verdict.contradiction),
    # a case that says nothing of hospital stays: the stay is new, not gainsaid
    ("msk-knee-pain", Verdict.unsupported),
])
def test_a_stay_in_hospital_where_the_case_says_never(guard, library, case, expected) -> None:
    assert verdict_of(guard, library, case, "I was in intensive care for a week last year.",
                      planned=[], question="Have you ever been in hospital?") is expected
