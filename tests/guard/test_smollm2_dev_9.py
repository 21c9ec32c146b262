"""Misses the ninth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-9) showed: the persona's
own age said alone, an age said plainly one year out, "just a voice", a patient "happy to
help", an inability ("not able to concentrate") after a leading no, thoughts of self-harm,
"it doesn't hurt" from a patient whose complaint is pain, a bare no to a wh-question, and a
denial a whole-system default answers though other facts were heard. Each as a general
rule with a counterpart that must keep its verdict; the sentences are new wordings."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

AGE = "Sorry, how old did you say you were?"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Jessica is 27, Isla 14 months (her mother slips into her voice), Natalie 34
    ("obgyn-pelvic-pain", "I'm 27.", Verdict.supported),
    ("obgyn-pelvic-pain", "I'm 27 years old now.", Verdict.supported),
    ("paeds-fever", "I'm 14 months old.", Verdict.supported),
    # said plainly, an age is said to the year
    ("resp-breathless", "I'm 35.", Verdict.contradiction),
    # "about" leaves room
    ("resp-breathless", "I'm about 35, so not old.", Verdict.unsupported),
])
def test_the_persona_s_own_age(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], question=AGE) is expected


def test_the_own_age_is_no_score_of_the_planned_pain(guard, library) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", "I'm 27 now.",
                      planned=["hpc-severity"], question="How bad is it?") is Verdict.supported


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm only a voice, really.", Verdict.break_),
    ("I'm just a character in this.", Verdict.break_),
    # a patient willing to help is in role; an assistant offering help with a task is not
    ("Not sure, but I'm happy to help.", Verdict.social),
    ("I'm happy to help you with your revision.", Verdict.break_),
])
def test_a_voice_and_a_willing_patient(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain", sentence, planned=[],
                      question="Who is your GP?") is expected


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # a leading no before an inability says yes to the problem, which nothing carries here
    ("gastro-abdominal-pain", "No, I can't concentrate on anything.", Verdict.unsupported),
    ("neuro-headache", "No, I'm unable to concentrate at all.", Verdict.unsupported),
    # a plain no says no problem: no claim of one
    ("neuro-headache", "No, my concentration's fine.", Verdict.social),
])
def test_an_inability_after_a_no(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question="Are you able to concentrate on things?") is expected


def test_thoughts_of_self_harm_are_a_claim(guard, library) -> None:
    question = "Have you had any thoughts of harming yourself?"
    assert verdict_of(guard, library, "msk-knee-pain", "I've had some thoughts of harming "
                      "myself lately.", planned=[], question=question) is Verdict.unsupported


@pytest.mark.parametrize(("case", "contradicts"), [
    # Callum's complaint is tummy pain
    ("gastro-abdominal-pain", True),
    # a case whose complaint is not pain: low mood
    ("psych-low-mood", False),
])
def test_it_does_not_hurt_denies_a_painful_complaint(guard, library, case, contradicts) -> None:
    said = verdict_of(guard, library, case, "No, it doesn't hurt.", planned=[],
                      question="Is it tender if I press here?")
    assert (said is Verdict.contradiction) is contradicts


@pytest.mark.parametrize(("disclosed", "expected"), [
    # the neuro-headache genitourinary default: "No problems with my waterworks"; a fact
    # heard earlier about her smoking speaks of none of it
    (["sh-smoking"], Verdict.supported),
    ([], Verdict.supported),
])
def test_a_denial_a_whole_system_default_answers(guard, library, disclosed, expected) -> None:
    assert verdict_of(guard, library, "neuro-headache", "No, I don't get any pain passing urine.",
                      planned=[], disclosed=disclosed,
                      question="Do you get any pain when you pass urine?") is expected
