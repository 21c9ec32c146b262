"""Short screens for things a case does not hold ("have you had a fall?", "any change in a
mole?") are answered with nothing, however much of a fact's wording they share: a word in
common ("I'd drive out to the reservoir", "my trousers are falling down", "it bled on the
towel") is not the thing asked after."""

from __future__ import annotations

import pytest

from tests.engine.conftest import facts

NOTHING = [
    ("renal-reduced-urine", "are you on lithium at all?"),   # no recreational drugs
    ("derm-changing-mole", "anything for gout, allopurinol say?"),  # nothing from the chemist
    ("msk-knee-pain", "any itchy or watery eyes?"),       # "any itchy?" got the psoriasis
    ("paeds-fever", "any mice in the house?"),            # nobody smokes in the house
    ("cardio-chest-pain", "ever been told you're anaemic?"),  # not diabetic
    ("resp-breathless", "on any slimming-aid tablets?"),     # a drug named for what it is for
    ("resp-breathless", "have you had a fall?"),          # light-headed, but never fell
    ("obgyn-pelvic-pain", "have you had a fall?"),        # nearly fainted
    ("endo-thirst", "have you had a fall?"),              # "my trousers are falling down"
    ("cardio-chest-pain", "has anyone else at home got this?"),  # who he lives with
    ("resp-breathless", "has anyone else at home got this?"),
    ("psych-low-mood", "do you drive?"),                  # only in the suicide plan
    ("psych-low-mood", "any shaking or tremor?"),         # "I can't shake it"
    ("msk-knee-pain", "any change in a mole?"),           # no rashes
    ("renal-reduced-urine", "have you had any insect bites?"),  # a tummy bug
    ("derm-changing-mole", "have you ever had a blood clot?"),  # it bled onto the towel
    ("renal-reduced-urine", "have you ever had a blood clot?"),  # no blood in the urine
    ("neuro-headache", "have you ever had a blood clot?"),  # no blood thinners
    ("derm-changing-mole", "any change in your periods?"),  # a man, whose mole changed
    ("obgyn-pelvic-pain", "any discharge from the penis?"),  # a woman's discharge
    ("id-returned-traveller", "any fits or seizures?"),   # rigors: "shaking fits"
    ("cardio-chest-pain", "how much water do you drink a day?"),  # his alcohol
    ("cardio-chest-pain", "have you had your appendix out?"),
    ("msk-knee-pain", "have you had any hot flushes?"),   # the knee is never hot
    ("gastro-abdominal-pain", "do you feel weak anywhere?"),  # the pain goes nowhere
    ("neuro-headache", "do you get any pain in your back passage?"),
    ("renal-reduced-urine", "have you eaten anything unusual recently?"),
    ("neuro-headache", "have you ever been in hospital for anything?"),  # not why she came
    ("gastro-abdominal-pain", "any toothache or dental problems?"),
    ("endo-thirst", "any coughing up blood?"),  # no cough, and no blood in his water
    ("cardio-chest-pain", "any operations in the past?"),  # "no stents" says no operation
    ("cardio-chest-pain", "ever had rheumatic fever?"),  # "no temperature or shivers"
    ("cardio-chest-pain", "do you take water tablets?"),  # amlodipine is not one
    ("geri-confusion", "is he on any antipsychotics?"),  # his four drugs are none
    ("geri-confusion", "does he go to church?"),         # a stout with his Sunday dinner
    ("geri-confusion", "does he wear dentures?"),        # glasses and a hearing aid
    ("geri-confusion", "has he lost his sense of smell?"),  # his urine smells strong
    ("obgyn-pelvic-pain", "do twins run in the family?"),
    ("cardio-chest-pain", "been anywhere hot recently?"),  # travel, not his temperature
]


@pytest.mark.parametrize(("case", "question"), NOTHING)
def test_a_screen_for_what_the_case_lacks_discloses_nothing(engine, library, case: str,
                                                           question: str) -> None:
    assert facts(engine, library, case, question) == []


HELD = [
    ("geri-confusion", "have you had a fall?", ["hpc-fall"]),
    ("resp-breathless", "have you ever had a blood clot?", ["pmh-clots"]),
    ("gastro-abdominal-pain", "has anyone else at home got this?", ["ros-contacts"]),
    ("renal-reduced-urine", "how much water do you drink a day?", ["hpc-fluid-intake"]),
    ("id-returned-traveller", "have you eaten anything unusual recently?", ["sh-food-water"]),
    ("geri-confusion", "do you wear glasses?", ["ros-sensory"]),
    ("paeds-fever", "any fits or seizures?", ["hpc-seizure"]),
    ("psych-low-mood", "do you drink alcohol?", ["sh-alcohol"]),
    ("paeds-fever", "has she ever been in hospital?", ["pmh-none"]),
    ("resp-breathless", "any coughing up blood?", ["hpc-haemoptysis"]),
    ("renal-reduced-urine", "do you take water tablets?", ["dh-furosemide"]),
    ("resp-breathless", "been anywhere hot recently?", ["hpc-travel"]),
    ("psych-low-mood", "ever been on sertraline?", ["pmh-mental-health"]),
    ("derm-changing-mole", "are you on amlodipine?", ["dh-amlodipine"]),
]


@pytest.mark.parametrize(("case", "question", "expected"), HELD)
def test_the_same_screens_reach_a_case_that_holds_them(engine, library, case: str,
                                                       question: str,
                                                       expected: list[str]) -> None:
    """Each rule holds back only what the case lacks: where the thing is there, it is told."""
    assert facts(engine, library, case, question) == expected
