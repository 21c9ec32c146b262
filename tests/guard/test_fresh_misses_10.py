"""Misses a tenth fresh hand-written set (evals/guard/dev/written-dev-10.jsonl) showed, each as
a general rule with a counterpart on the same turn that must keep its verdict. The sentences
here are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard import roles, social
from osce.guard.models import Verdict
from osce.guard.terms import ALLERGY, idioms
from tests.guard.conftest import said_after_opening as _said


def test_readers() -> None:
    assert "cannabis" in idioms("the occasional spliff at a party")
    assert "flustered" in idioms("sorry, my head's all over the place")
    assert "head" in idioms("my head's pounding")
    assert "lost weight" in idioms("my jeans are falling off me")
    assert "embarrassed" in idioms("sorry, i'm going red")
    assert "red" in idioms("the skin's going red around it")
    assert "palpitations" in idioms("my heart's been pounding")
    assert idioms("she was boiling hot") == "she was burning up"
    assert "operation" in idioms("i had my appendix taken out as a kid")
    assert "operation" not in idioms("my dad had his appendix out")
    assert ALLERGY.search("penicillin, i come up in hives")
    assert not ALLERGY.search("i came up in the lift")
    assert social.kind("I don't want to be a nuisance to anyone.") == "feeling"
    assert roles.runs_consultation("And what about you, do you get headaches?")
    assert roles.runs_consultation("Were you on anything for it yourself?")
    assert roles.clinician_talk("An oral NSAID would be the sensible plan here.")
    assert not roles.clinician_talk("I'd like some proper painkillers, if I'm honest.")


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    # an age reached that the speaker is not yet
    ("turned", "derm-changing-mole", ["hpc-onset"], "when did you notice it?",
     "Not long after I turned seventy, I think.", Verdict.contradiction),
    ("turned-ok", "derm-changing-mole", ["hpc-onset"], "when did you notice it?",
     "Julie spotted it a few months ago.", Verdict.supported),
    # an organ taken out where the defaults say there was never an operation
    ("taken-out", "id-returned-traveller", ["pmh-sickle-trait"], "any medical problems?",
     "I had my appendix taken out when I was a teenager.", Verdict.contradiction),
    # an allergy in other words where the case records none
    ("come-up-in", "cardio-chest-pain", ["allergy-none"], "any allergies?",
     "I come up in hives with penicillin.", Verdict.contradiction),
    ("come-up-in-ok", "cardio-chest-pain", ["allergy-none"], "any allergies?",
     "No allergies that I know of.", Verdict.supported),
    # a heart that pounds where the case says it has not raced
    ("pounding", "cardio-chest-pain", ["hpc-breathless"], "are you short of breath?",
     "And my heart's been pounding like a drum.", Verdict.contradiction),
    # set phrases that name no finding
    ("hanging-off", "endo-thirst", ["hpc-weight-loss"], "have you lost weight?",
     "My trousers are hanging off me these days.", Verdict.supported),
    ("red-face", "obgyn-pelvic-pain", ["sx-partner"], "are you in a relationship?",
     "Yes, my boyfriend. Sorry, I'm going bright red.", Verdict.supported),
    ("head-everywhere", "geri-confusion", ["hpc-onset"], "when did this start?",
     "Sorry, my head is all over the place, what did you ask?", Verdict.social),
    # the student asked after their own medicines
    ("reversal", "neuro-headache", ["dh-amlodipine"], "any regular medicines?",
     "Just that. What about you, do you take anything?", Verdict.break_),
    # a management plan in a clinician's words
    # a fever brought down in other words, where the medicine has not touched it
    ("worked-a-treat", "paeds-fever", ["hpc-relieving"], "have you given her anything?",
     "The Calpol did the trick, her temp came down to normal.", Verdict.contradiction),
    # the day before yesterday is two days ago, whoever says it of whom
    ("day-before", "paeds-fever", ["hpc-onset"], "when did the fever start?",
     "She's been hot and bothered since the day before yesterday.", Verdict.contradiction),
    ("day-before-ok", "paeds-fever", ["hpc-onset"], "when did the fever start?",
     "Around eleven last night, she woke up crying and burning up.", Verdict.supported),
    # well before it began is no denial of it
    ("fine-until", "paeds-fever", ["hpc-onset"], "when did the fever start?",
     "She was fine all day and then got hot late last night.", Verdict.supported),
    ("burning-hot", "paeds-fever", ["hpc-onset"], "when did the fever start?",
     "She woke up burning hot at about eleven last night.", Verdict.supported),
    ("fine-until-ok", "paeds-fever", ["hpc-onset"], "when did the fever start?",
     "She was fine until two days ago.", Verdict.contradiction),
    # a moment is held against the facts the sentence could be about: a trip yesterday is
    # not when the urine tailed off
    ("moment-elsewhere", "renal-reduced-urine", ["hpc-dizzy"], "have you felt dizzy?",
     "Woozy when I get up, and I nearly went over in the kitchen yesterday.",
     Verdict.unsupported),
    # an age is no figure of the fact's: a stay in hospital at six is new, not a wrong twelve
    ("age-not-figure", "gastro-abdominal-pain", ["pmh-asthma"], "tell me about your asthma",
     "Nothing since I was twelve, but they kept me in overnight with it when I was six.",
     Verdict.unsupported),
    # a spray used, said to an allergy question, is a medicine taken, not an allergy
    ("spray-used", "resp-breathless", ["allergy-none"], "any allergies to medicines?",
     "I use a steroid cream on my elbows now and then.", Verdict.unsupported),
    ("feeling", "derm-changing-mole", ["ice-concerns"], "is anything worrying you?",
     "I'm a bit shaken up about it, if I'm honest.", Verdict.social),
    ("plan", "msk-knee-pain", ["ice-expectations"], "what were you hoping for today?",
     "Gastro-protective cover with any anti-inflammatory would be the best plan here.",
     Verdict.break_),
])
def test_fresh_misses_10(guard, library, rule, case, planned, question, sentence,
                         expected) -> None:
    got = _said(guard, library, case, planned, question, sentence)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
