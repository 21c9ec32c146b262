"""Misses the eleventh fresh SmolLM2 set (evals/guard/dev/smollm2-dev-11) showed: a bare yes
held to what the question asked; who is in the family (a partner, brothers and sisters); the
speaker as a child or of the other sex; a height in words; a refusal to give one's own detail;
a denial kept to a time of day. Each as a general rule with a counterpart that must keep its
verdict; the sentences are new wordings, not the set's own."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("case", "question", "planned", "sentence", "expected"), [
    # nothing planned or heard speaks of ulcers: the yes claims them
    ("endo-thirst", "Have you had any mouth ulcers?", [], "Yes, I have.", Verdict.unsupported),
    ("endo-thirst", "Have you had any mouth ulcers?", [], "I've had one or two, but I'm not sure.",
     Verdict.unsupported),
    # a planned denial is contradicted by the same yes
    ("endo-thirst", "Have you ever reacted badly to an antibiotic?", ["allergy-none"],
     "I've had a few, but I'm not sure.", Verdict.contradiction),
    # a yes to a question that asks of nothing clinical claims nothing
    ("endo-thirst", "Is it alright if I ask you a few questions?", [], "Yes, I have.",
     Verdict.social),
])
def test_a_bare_yes_claims_what_was_asked(guard, library, case, question, planned, sentence,
                                          expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) is expected


FAMILY = "Who's at home with you?"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Gareth lives with his wife, Julie; Ron is Sheila's husband
    ("derm-changing-mole", "I'm a single dad, really.", Verdict.contradiction),
    ("renal-reduced-urine", "I've been divorced for years.", Verdict.contradiction),
    # Tunde's younger sister has sickle cell disease
    ("id-returned-traveller", "I haven't got any brothers or sisters.", Verdict.contradiction),
    # no fact of Callum's gives brothers or sisters, either way
    ("gastro-abdominal-pain", "I'm an only child.", Verdict.unsupported),
    ("gastro-abdominal-pain", "I've got two older sisters.", Verdict.unsupported),
])
def test_who_is_in_the_family(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], question=FAMILY) is expected


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Jessica is 27: no child now, and she may well have been a little girl once
    ("obgyn-pelvic-pain", "I'm just a little girl.", Verdict.contradiction),
    ("obgyn-pelvic-pain", "I was a little girl when I first had asthma.", Verdict.unsupported),
    # Gareth was never a girl
    ("derm-changing-mole", "I had it when I was a little girl.", Verdict.contradiction),
    # an age with "now" after it is still said to the year
    ("derm-changing-mole", "I'm 45 now.", Verdict.contradiction),
    ("derm-changing-mole", "I'm 52 now.", Verdict.supported),
])
def test_the_speaker_as_a_child_or_of_another_age(guard, library, case, sentence,
                                                  expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question="Anything else you'd like to tell me?") is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm quite short, really.", Verdict.unsupported),
    # a number to "how tall are you?" is a height, not an age against the persona
    ("I'm 170.", Verdict.unsupported),
    ("I'm sorry, I'm unable to give you my exact height.", Verdict.social),
    # an assistant's refusal is still one
    ("I'm sorry, I'm unable to provide medical advice.", Verdict.break_),
])
def test_a_height_and_a_detail_withheld(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "psych-low-mood", sentence, planned=[],
                      question="How tall are you?") is expected


def test_a_student_of_medicine_is_no_student_of_engineering(guard, library) -> None:
    said = verdict_of(guard, library, "gastro-abdominal-pain",
                      "Well, I'm a medical student myself.", question="What do you do?")
    assert said is Verdict.break_
    assert verdict_of(guard, library, "gastro-abdominal-pain", "I'm a student at the uni.",
                      question="What do you do?") is not Verdict.break_


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I haven't really thought about it.", Verdict.social),
    ("I haven't thought about that, to be honest.", Verdict.social),
])
def test_not_having_thought_claims_nothing(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", sentence, planned=["sh-alcohol"],
                      question="Do you ever worry about how much you drink?") is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Eric's pints at the club on a Friday and a Saturday: nothing against this
    ("No, I never drink in the daytime.", Verdict.supported),
    # a denial of the habit itself still denies it
    ("No, I don't drink at all.", Verdict.contradiction),
])
def test_a_denial_kept_to_a_time(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", sentence, planned=["sh-alcohol"],
                      question="Do you ever drink during the day?") is expected


@pytest.mark.parametrize(("case", "disclosed", "sentence", "expected"), [
    # Eric's default: never had an operation; his mother's knee replacements are hers
    ("msk-knee-pain", ["fh-mother-knees"], "No, I've never had a general anaesthetic.",
     Verdict.supported),
    ("msk-knee-pain", ["fh-mother-knees"], "Yes, I had a general anaesthetic for my hernia.",
     Verdict.contradiction),
])
def test_a_general_anaesthetic_is_had_for_an_operation(guard, library, case, disclosed,
                                                       sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], disclosed=disclosed,
                      question="Have you ever had a general anaesthetic?") is expected
