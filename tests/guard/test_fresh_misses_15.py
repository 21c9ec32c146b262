"""Misses a fifteenth fresh hand-written set (evals/guard/dev/written-dev-15.jsonl) showed,
each as a general rule with a counterpart on the same turn that must keep its verdict. The
sentences here are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard import negation, roles, social
from osce.guard.models import Verdict
from osce.guard.numbers import figures
from osce.guard.terms import idioms
from tests.guard.conftest import verdict_of


def test_readers() -> None:
    # a ward's orders and a clinician's checks, in their own words
    assert roles.clinician_talk("I'd start a fluid balance chart and recheck her bloods.")
    assert roles.clinician_talk("Please arrange an OT home visit and a falls assessment.")
    assert not roles.clinician_talk("The nurse said he needs a falls assessment.")
    assert roles.role_reversal("Can I just confirm your date of birth first?")
    assert roles.as_ai("this is an ai simulation, so nobody is really here.")
    assert roles.as_ai("examiner hat on now: he has not told you about the drinks.")
    assert not roles.as_ai("the examiner was very kind to my son.")
    # what a person feels, and asks again
    assert social.kind("I'm trying my best to hold it together.") == "feeling"
    assert social.kind("I hate causing any fuss.") == "feeling"
    assert social.kind("Could you say that a little more slowly?") == "repeat"
    # the symptom said in set phrases, and the worst said by denying its like
    assert negation.polarity("I can't get rid of this thirst.") != "absent"
    assert negation.polarity("I'm not getting my breath like I used to.") != "absent"
    assert negation.polarity("Nothing's ever come close to this pain.") != "absent"
    assert negation.polarity("No, I'm not breathless.") == "absent"
    # a work shift is no pain's shifting; taste lost is no denial
    assert "shift" not in idioms("knackered by the end of every shift")
    assert negation.polarity("food tastes of nothing") != "absent"
    # "over the last year" is a span
    assert figures("it's come off slowly over the last year").durations == [365.0]


@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # an age reached that the speaker is not yet, said with "I'd"
    ("turned", "derm-changing-mole", ["hpc-onset"], [], "when did you notice it?",
     "Not long after I'd turned seventy-five.", Verdict.contradiction),
    # a loss spread over a year where the fact gives six weeks
    ("slow-year", "endo-thirst", ["hpc-weight-loss"], [], "have you lost weight?",
     "About six kilos, gradually over the last year.", Verdict.contradiction),
    ("slow-year-ok", "endo-thirst", ["hpc-weight-loss"], [], "have you lost weight?",
     "About six kilos in the last six weeks.", Verdict.supported),
    # an onset over hours where the fact gives seconds
    ("gently", "neuro-headache", ["hpc-onset"], [], "how did it start?",
     "It built gently over three or four hours.", Verdict.contradiction),
    # a drug taken where the case says never
    ("habit-thing", "id-returned-traveller", ["sh-smoking", "sh-alcohol"], ["allergy-none"],
     "do you smoke or drink?", "No cigarettes, but the odd spliff at a party, and a few beers.",
     Verdict.contradiction),
    ("habit-thing-ok", "id-returned-traveller", ["sh-smoking", "sh-alcohol"], ["allergy-none"],
     "do you smoke or drink?", "No cigarettes, just a few beers at the weekend.",
     Verdict.supported),
    # a condition the past-medical default rules out, in a turn about the history
    ("condition-unheld", "geri-confusion", ["pmh-dementia", "pmh-prostate"], [],
     "does he have any medical problems?", "He's got angina as well, on a spray for it.",
     Verdict.contradiction),
    ("condition-unheld-reading", "geri-confusion", ["pmh-dementia", "pmh-prostate"], [],
     "does he have any medical problems?",
     "His cholesterol's a bit high, the GP said.", Verdict.unsupported),
    # a relative's illness denied of the patient is no hint of it
    ("denied-not-leak", "cardio-chest-pain", ["dh-amlodipine"], ["pmh-heart"],
     "are you on any tablets?", "Just the amlodipine; I've never had a heart attack myself.",
     Verdict.supported),
    # "I have been taking..." says yes to no allergy question
    ("have-been-taking", "id-returned-traveller", ["allergy-none"], ["dh-paracetamol"],
     "any allergies to medicines?", "I have been taking some ibuprofen too, for the aches.",
     Verdict.unsupported),
    ("have-allergy", "id-returned-traveller", ["allergy-none"], ["dh-paracetamol"],
     "any allergies to medicines?", "I have, penicillin brings me out in hives.",
     Verdict.contradiction),
    # a colour is held against a fact on the sentence's subject
    ("colour-subject", "derm-changing-mole", [], ["pc-mole", "allergy-plasters"],
     "anything else?", "I've had some dark floaters in my right eye lately.",
     Verdict.unsupported),
    # weight lost in other words is a claim of its own
    ("weight-words", "id-returned-traveller", [], ["pc-fever"], "anything else?",
     "My jeans are looser, I've dropped a few pounds.", Verdict.unsupported),
])
def test_fresh_misses_15(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
