"""Misses of smollm2-dev-18 and -19 once both became worked sets (SmolLM2 sampled on the
fixed interview). Each as a general rule with a counterpart that must keep its verdict; the
sentences are new wordings, not lines of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

PMH = "Do you have any medical problems?"
MEDS = "Are you on any medications?"


@pytest.mark.parametrize("sentence", [
    "No, I haven't got any medical problems at all.",
    "I've never had a single health problem.",
])
def test_a_no_to_the_history_gainsays_the_illness_a_mixed_plan_affirms(guard, library,
                                                                      sentence) -> None:
    # the plan holds mild asthma beside "never had an operation"
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence,
                      planned=["pmh-asthma", "pmh-surgery"], question=PMH
                      ) is Verdict.contradiction


def test_a_no_to_what_the_plan_itself_denies_stands(guard, library) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", "No, I've never had any operations.",
                      planned=["pmh-asthma", "pmh-surgery"], question=PMH) is Verdict.supported


def test_a_no_to_both_habits_gainsays_the_one_the_plan_affirms(guard, library) -> None:
    question = "Do you smoke or drink?"
    planned = ["sh-smoking", "sh-alcohol"]
    assert verdict_of(guard, library, "endo-thirst", "I don't drink and I don't smoke.",
                      planned=planned, question=question) is Verdict.contradiction
    # she smokes no cigarettes: that no is the plan's own
    assert verdict_of(guard, library, "endo-thirst", "I don't smoke.",
                      planned=planned, question=question) is Verdict.supported


@pytest.mark.parametrize("case, planned, sentence", [
    ("endo-thirst", ["pmh-tonsils"], "I've got loads of health issues, to be honest."),
    ("msk-knee-pain", ["pmh-hypertension"], "Oh, I've got several, I'd say."),
    ("id-returned-traveller", ["pmh-sickle-trait"], "Yes, I have a number of medical conditions."),
])
def test_several_illnesses_where_the_case_gives_one_contradict(guard, library, case, planned,
                                                               sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=PMH) is Verdict.contradiction


def test_a_few_illnesses_where_the_plan_gives_several_are_that_plan(guard, library) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "Well, I've got a couple of medical conditions, I suppose.",
                      planned=["pmh-hypertension", "pmh-cholesterol", "pmh-diabetes",
                               "pmh-heart"], question=PMH) is Verdict.supported


def test_a_relative_s_many_illnesses_are_not_the_speaker_s(guard, library) -> None:
    assert verdict_of(guard, library, "endo-thirst",
                      "My nan has a lot of health problems, mind.",
                      planned=["pmh-tonsils"], question=PMH) is not Verdict.contradiction


def test_many_medicines_where_the_case_gives_one_contradict(guard, library) -> None:
    assert verdict_of(guard, library, "psych-low-mood", "I've got loads of tablets, honestly.",
                      planned=["dh-omeprazole"], question=MEDS) is Verdict.contradiction
    # the one medicine, said as one, stands
    assert verdict_of(guard, library, "psych-low-mood",
                      "Just the omeprazole for my heartburn.",
                      planned=["dh-omeprazole"], question=MEDS) is Verdict.supported
