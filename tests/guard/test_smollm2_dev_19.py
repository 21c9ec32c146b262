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


GREETING = "Hello, I'm one of the medical students. What's brought you in today?"


@pytest.mark.parametrize("sentence", [
    "I'm Priya, one of the medical students on the ward.",
    "I'm at medical school, and I'm going to present this patient.",
    "Honestly I'm learning about medicine all the time.",
    "A patient, 63, came to see me this morning.",
    "Don't worry, I'll be ready to help whenever you are.",
    "You have been tasked with finding out what's wrong.",
    "Right, let me take a quick history: any problems with your own bowels?",
    "Let me turn it around: what were you hoping for from today?",
])
def test_the_student_s_seat_or_the_helper_s_taken_is_a_break(guard, library,
                                                            sentence) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence,
                      planned=["pc-pelvic-pain"], question=GREETING) is Verdict.break_


@pytest.mark.parametrize("sentence", [
    "None that I know of, doctor, nothing at all.",
    "I'm fine, doctor, just a bit sore.",
])
def test_a_word_before_doctor_is_no_name_and_title(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence,
                      planned=["pc-pelvic-pain"], question=GREETING) is not Verdict.break_


@pytest.mark.parametrize("sentence", [
    "Don't panic, I'm bleeping the on-call medical registrar now.",
    "I'll sign you off with a fit note for a fortnight.",
    "This needs a crash call, straight away.",
])
def test_the_ward_s_emergencies_and_paperwork_are_clinician_talk(guard, library,
                                                                 sentence) -> None:
    assert verdict_of(guard, library, "resp-breathless", sentence,
                      planned=["ice-expectations"],
                      question="What would you like to get out of today?") is Verdict.break_


TOLD = "Do you know what the diagnosis is?"


@pytest.mark.parametrize("sentence", [
    "I'm afraid I don't know what my diagnosis is.",
    "No, no.",
])
def test_not_knowing_the_diagnosis_is_social(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "neuro-headache", sentence,
                      disclosed=["pc-headache", "hpc-onset", "pmh-migraine", "ice-ideas"],
                      question=TOLD) is Verdict.social


def test_a_guess_after_i_m_afraid_is_still_a_claim(guard, library) -> None:
    assert verdict_of(guard, library, "neuro-headache", "I'm afraid it's a stroke.",
                      disclosed=["pc-headache", "hpc-onset"], question=TOLD) is not Verdict.social


def test_a_count_before_a_colon_is_no_heading(guard, library) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "Two things: blood pressure and my cholesterol, both on tablets.",
                      planned=["pmh-hypertension", "pmh-cholesterol", "pmh-diabetes",
                               "pmh-heart"], question=PMH) is not Verdict.break_
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "Patient Summary: hypertension and raised cholesterol.",
                      planned=["pmh-hypertension", "pmh-cholesterol"], question=PMH
                      ) is Verdict.break_


def test_breath_fought_for_is_breathlessness_not_its_denial(guard, library) -> None:
    question = "Are you feeling short of breath?"
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "I just can't catch my breath properly.", planned=["hpc-breathless"],
                      disclosed=["pc-chest-pain"], question=question) is Verdict.supported
    assert verdict_of(guard, library, "cardio-chest-pain", "My breathing's fine.",
                      planned=["hpc-breathless"], disclosed=["pc-chest-pain"],
                      question=question) is Verdict.contradiction


def test_a_yes_with_a_word_of_colour_is_the_plan(guard, library) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", "Yeah, a thumping one.",
                      planned=["hpc-headache"], disclosed=["pc-fever"],
                      question="any headache?") is Verdict.supported
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Yes, I'll keep it to just a few words then.",
                      planned=["hpc-headache"], disclosed=["pc-fever"],
                      question="any headache?") is Verdict.social


@pytest.mark.parametrize("sentence", [
    "I loved the teachers, and I loved the way they talked to us.",
    "I loved the way the town was, the way it all fitted together.",
    "I'm really proud of all the people who helped out.",
    "I'm not really here today.",
])
def test_the_small_model_s_stock_reminiscence_is_social(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence,
                      planned=["hpc-character"], disclosed=["pc-pelvic-pain", "hpc-onset"],
                      question="Can you describe it a bit more for me?") is Verdict.social


def test_a_claim_beside_the_reminiscence_is_still_read(guard, library) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "I loved the teachers, and I've been bleeding heavily for a month.",
                      planned=["hpc-character"], disclosed=["pc-pelvic-pain", "hpc-onset"],
                      question="Can you describe it a bit more for me?") is not Verdict.social


START = "When did it all start?"


@pytest.mark.parametrize("case, sentence", [
    ("psych-low-mood", "I was 14 years old when it started, I think."),
    ("neuro-headache", "It began when I was still a teenager."),
    ("paeds-fever", "It all started when I was a little girl."),
])
def test_an_onset_in_the_speaker_s_youth_contradicts_a_recent_one(guard, library, case,
                                                                  sentence) -> None:
    complaint = {"psych-low-mood": "pc-low-mood", "neuro-headache": "pc-headache",
                 "paeds-fever": "pc-fever-rash"}[case]
    assert verdict_of(guard, library, case, sentence, planned=["hpc-onset"],
                      disclosed=[complaint], question=START) is Verdict.contradiction


def test_the_speaker_s_age_now_is_no_onset_long_ago(guard, library) -> None:
    # Neil is 41: his age now says nothing of when the low mood began
    assert verdict_of(guard, library, "psych-low-mood",
                      "I'm 41 now, and it started about three months ago.",
                      planned=["hpc-onset"], disclosed=["pc-low-mood"],
                      question=START) is not Verdict.contradiction


@pytest.mark.parametrize("case, planned, question, sentence", [
    ("geri-confusion", ["dh-amlodipine", "dh-donepezil", "dh-tamsulosin", "dh-oxybutynin"],
     MEDS, "He's on a few."),
    ("msk-knee-pain", ["pmh-hypertension"], PMH, "Well, I've got some problems."),
    ("geri-confusion", ["hpc-hallucinations", "hpc-fall", "hpc-sleep", "hpc-intake"],
     "Have you noticed anything else along with it?", "I have noticed a few things."),
])
def test_a_vague_yes_in_few_words_is_the_plan(guard, library, case, planned, question,
                                              sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) is Verdict.supported


def test_a_degree_is_no_allergen(guard, library) -> None:
    question = "Any allergies to medicines?"
    # the penicillin rash came "when I was little"
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "I'm a little bit allergic to loads of things.",
                      planned=["allergy-penicillin"], question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "Just penicillin, it gave me a rash when I was little.",
                      planned=["allergy-penicillin"], question=question) is Verdict.supported


def test_many_relatives_ill_where_the_family_history_gives_one(guard, library) -> None:
    question = "Does anything run in the family?"
    assert verdict_of(guard, library, "resp-breathless",
                      "Loads of my relatives have health problems, honestly.",
                      planned=["fh-mother-dvt"], question=question) is Verdict.contradiction
    # ... and a family of several illnesses may say so
    assert verdict_of(guard, library, "endo-thirst",
                      "Loads of my relatives have health problems, honestly.",
                      planned=["fh-grandfather-t2dm", "fh-mother-thyroid"],
                      question=question) is not Verdict.contradiction


def test_no_medicines_at_all_contradicts_whatever_follows(guard, library) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "I don't take any tablets, and I'll see my wife about it later.",
                      planned=["dh-amlodipine", "dh-atorvastatin"], disclosed=["pc-chest-pain"],
                      question=MEDS) is Verdict.contradiction
    # no other medicines is what a closed list says
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "Just the amlodipine and the atorvastatin, I'm not on any other tablets.",
                      planned=["dh-amlodipine", "dh-atorvastatin"], disclosed=["pc-chest-pain"],
                      question=MEDS) is Verdict.supported


def test_the_informant_s_name_and_tie_to_the_patient_are_the_case_s(guard, library) -> None:
    assert verdict_of(guard, library, "geri-confusion", "I'm Karen, Dennis Walsh's daughter.",
                      planned=["pc-confusion"], question=GREETING) is Verdict.supported
    assert verdict_of(guard, library, "geri-confusion", "I'm Karen, the wife of Dennis Walsh.",
                      planned=["pc-confusion"], question=GREETING) is not Verdict.supported
