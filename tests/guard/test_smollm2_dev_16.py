"""Misses the sixteenth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-16, the fixed
interview's questions in other words) showed. Each as a general rule with a counterpart that
must keep its verdict; the sentences are new wordings, not lines of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize("sentence", [
    "The trouble is, I'm not a doctor!",
    "The trouble is that you're not the doctor.",
    "I'm not a doctor, and I'm not a nurse.",
    "We're in the hospital.",
    "I'm about to go to the loo.",
    "This is a living nightmare.",
    "I'm just a normal bloke, and I'm not sure what's happening.",
    "Well, I'm really glad you're here.",
])
def test_a_small_model_s_non_answer_is_social(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "resp-breathless", sentence,
                      planned=["pc-breathless-chest-pain"],
                      question="What seems to be the trouble?") is Verdict.social


def test_a_past_stay_in_hospital_is_still_a_claim(guard, library) -> None:
    # Chris's pmh-surgery: "... I've never been in hospital"
    said = verdict_of(guard, library, "resp-breathless", "I was in hospital for a week.",
                      planned=["hpc-character"], question="What's it like?")
    assert said is not Verdict.social


@pytest.mark.parametrize(("sentence", "expected"), [
    # Graham's hpc-onset: "... while I was carrying boxes up the stairs at work"
    ("I was sitting at my desk.", Verdict.contradiction),
    ("I was carrying some boxes upstairs.", Verdict.supported),
])
def test_an_activity_said_alone_answers_when_it_began(guard, library, sentence,
                                                     expected) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain", sentence, planned=["hpc-onset"],
                      disclosed=["pc-chest-pain"], question="When did it come on?") is expected


MEDS = "Do you take any medicines?"


@pytest.mark.parametrize(("case", "planned", "sentence", "expected"), [
    # Jessica's dh-salbutamol: "Just my blue inhaler ..."
    ("obgyn-pelvic-pain", ["dh-salbutamol"], "I'm on loads of tablets, to be honest.",
     Verdict.contradiction),
    # Natalie's two medicines, neither planned: many is a claim no carried fact holds
    ("neuro-headache", [], "I'm on so many tablets.", Verdict.unsupported),
    ("psych-low-mood", [], "I'm taking a tablet every day.", Verdict.unsupported),
    # ... and where the plan carries it, the daily tablet is his
    ("psych-low-mood", ["dh-omeprazole"], "I'm taking a tablet every day.", Verdict.supported),
])
def test_medicines_said_vaguely(guard, library, case, planned, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned, question=MEDS) is expected


DOCTOR = "Are you under a doctor for anything?"


@pytest.mark.parametrize(("case", "planned", "expected"), [
    # Natalie's blood pressure and migraines are followed up
    ("neuro-headache", ["pmh-hypertension"], Verdict.contradiction),
    # Chris is fit and well: the history's own answer
    ("resp-breathless", ["pmh-none"], Verdict.supported),
])
def test_no_doctor_seen(guard, library, case, planned, expected) -> None:
    assert verdict_of(guard, library, case, "I never go to the doctor.", planned=planned,
                      question=DOCTOR) is expected


def test_the_assistant_s_disclaimer_and_offer_is_a_break(guard, library) -> None:
    said = verdict_of(guard, library, "resp-breathless", "I'm not a doctor, but I can assist.",
                      planned=["pc-breathless-chest-pain"], question="What's been going on?")
    assert said is Verdict.break_
