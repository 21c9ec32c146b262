"""Readers the guard misread, found on held-out lines of written-dev-9: figures joined that
are two ("five and six"), a half on a hyphenated span, a named time that is either of two
hours, negations that say something is wrong or goes on, a clause that wonders. Each rule has
a counterpart that must keep its verdict; the sentences are new wordings, not the set's."""

from __future__ import annotations

import pytest

from osce.guard import negation, social
from osce.guard.models import Verdict
from osce.guard.numbers import digits, figures
from osce.guard.wording import sides_of
from tests.guard.conftest import said_after_opening as _said


def test_number_readers() -> None:
    assert digits("between four and five pints") == "4 to 5 pints"
    assert digits("a hundred and ten") == "a 110"
    assert digits("two thousand and five") == "2005"
    assert digits("one and two") == "1 and 2"
    assert figures("a seven-and-a-half-hour drive").bare == []
    assert figures("a seven-and-a-half-hour drive").durations == [pytest.approx(7.5 / 24)]
    teatime = figures("it started at teatime")
    assert teatime.clock_either == [(5.0, 6.0)]
    assert teatime.clock_groups() == [[5.0, 6.0]]
    assert figures("at about three").clock_groups() == [[3.0]]


def test_negation_readers() -> None:
    assert not negation.denies("a cough that won't quit")
    assert negation.denies("the cough won't come back")
    assert not negation.denies("i never used to smoke this much")
    assert not negation.denies("my liver tests weren't quite up to scratch")
    assert negation.denies("my liver tests weren't raised")
    assert negation.affirmative_clauses("who knows if she swallowed any") == []
    assert negation.affirmative_clauses("she swallowed some") == ["she swallowed some"]
    assert sides_of("a pain under my right shoulder blade") == {"right", "posterior"}
    assert social.kind("Yes, that's me. Morning.") == "greeting"
    assert social.kind("That's right, it came on at work.") == "greeting"
    assert social.kind("It's me who found him.") is None
    assert social.kind("Sorry, I missed that, can you say it again?") == "repeat"
    assert not negation.denies("i went from fine to not being able to catch my breath")
    assert figures("the colour took ages to come back").durations == []
    assert figures("every half an hour").durations == []
    assert figures("the day before yesterday").durations == [2.0]
    assert negation.affirmative_clauses("slowly rather than suddenly") == ["slowly"]


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    # two hours said as either of them: one of them must be the fact's
    ("teatime", "gastro-abdominal-pain", ["hpc-onset"], "when did the pain start?",
     "About teatime yesterday, give or take.", Verdict.supported),
    ("lunchtime", "gastro-abdominal-pain", ["hpc-onset"], "when did the pain start?",
     "Yesterday lunchtime, give or take.", Verdict.contradiction),
    # a range of two figures, not their sum
    ("range", "endo-thirst", ["hpc-intake"], "how much are you drinking?",
     "Between five and six litres, I'd say.", Verdict.supported),
    ("range-wrong", "endo-thirst", ["hpc-intake"], "how much are you drinking?",
     "Between two and three litres, I'd say.", Verdict.contradiction),
    # a count answering "how many times a night" is a rate
    ("count-rate", "endo-thirst", ["hpc-nocturia"], "how many times a night do you get up?",
     "Once, maybe twice at most.", Verdict.contradiction),
    ("count-rate-ok", "endo-thirst", ["hpc-nocturia"], "how many times a night do you get up?",
     "Four or five times, easily.", Verdict.supported),
    # when in the day a medicine is taken
    ("dose-time", "renal-reduced-urine", ["dh-atorvastatin"], "when do you take the statin?",
     "The atorvastatin I have with my breakfast.", Verdict.contradiction),
    ("dose-time-ok", "renal-reduced-urine", ["dh-atorvastatin"], "when do you take the statin?",
     "The atorvastatin I have just before bed.", Verdict.supported),
    # the side of a part the side list lacked
    ("collarbone", "resp-breathless", ["hpc-site"], "where exactly is the pain?",
     "Just beneath my left shoulder blade.", Verdict.contradiction),
    # a woman's history from a man
    ("pregnant", "cardio-chest-pain", ["hpc-onset"], "when did it start?",
     "I'd had nothing like it since I was pregnant.", Verdict.contradiction),
    # the part of the ache the fact names
    ("ache-part", "id-returned-traveller", ["hpc-headache"], "any headache?",
     "My head's been banging away, yes.", Verdict.supported),
    # set phrases whose words name a part or a symptom they do not mean
    ("back-and-forth", "endo-thirst", ["pc-thirst"], "what's brought you in?",
     "I'm thirsty all day and back and forth to the toilet all night.", Verdict.supported),
    ("washed-out", "cardio-chest-pain", ["hpc-breathless"], "are you short of breath?",
     "I've been wiped out all week, to be honest.", Verdict.unsupported),
    # a span beside a new subject is that subject's, not a wrong span of the complaint
    ("span-new", "id-returned-traveller", [], "anything else?",
     "I've had a ringing in my ears since yesterday.", Verdict.unsupported),
    # the recorded allergen said to be taken without trouble
    ("tolerated", "gastro-abdominal-pain", ["allergy-penicillin"], "any allergies?",
     "No problem with penicillin, I've had it loads of times.", Verdict.contradiction),
    ("tolerated-ok", "derm-changing-mole", ["allergy-plasters"], "any allergies?",
     "Plasters give me a rash, but I'm fine with all medicines.", Verdict.supported),
    # a drug the case denies by its class
    ("denied-class", "neuro-headache", ["dh-amlodipine"], "any other medicines?",
     "I'm on apixaban as well, twice a day.", Verdict.contradiction),
    # a clinician's plan, weighed as a clinician weighs it
    ("plan", "msk-knee-pain", ["ice-expectations"], "what are you hoping for?",
     "Physiotherapy would be the standard first step for this.", Verdict.break_),
    ("bedside", "paeds-fever", ["ice-expectations"], "what do you need from us?",
     "I'll just get her on some oxygen and the monitor.", Verdict.break_),
    # at rest against on the go, when it began
    ("at-rest", "cardio-chest-pain", ["hpc-onset"], "what were you doing when it started?",
     "It started when I was lying in bed reading.", Verdict.contradiction),
    ("on-the-go", "cardio-chest-pain", ["hpc-onset"], "what were you doing when it started?",
     "It hit me while I was hauling boxes up the stairs.", Verdict.supported),
    # a diagnosis hinted in lay words, or in a relative's mouth
    ("lay-dissection", "neuro-headache", ["ice-concerns"], "what are you worried about?",
     "Could a blood vessel in my neck have split?", Verdict.leak),
    ("lay-burst", "gastro-abdominal-pain", ["ice-concerns"], "what's worrying you?",
     "I keep thinking it might burst before they operate.", Verdict.leak),
    ("reported", "resp-breathless", ["ice-ideas"], "what do you think it is?",
     "My brother's a paramedic and he reckons it's a clot on the lung.", Verdict.leak),
    ("kin-own", "derm-changing-mole", ["fh-melanoma"], "anything in the family?",
     "Mum had a melanoma on her back years ago.", Verdict.supported),
    # round 12: readers and rules the odd lines of written-dev-12 showed
    ("diabetic-not-name", "cardio-chest-pain", ["dh-amlodipine"], "any medicines?",
     "Just the amlodipine. I'm not diabetic.", Verdict.supported),
    ("pain-denied", "derm-changing-mole", ["hpc-pain"], "does it hurt?",
     "Honestly, there's no pain in it at all.", Verdict.supported),
    ("nerves", "resp-breathless", ["ice-expectations"], "what would you like from today?",
     "Sorry, my head's all over the place.", Verdict.social),
    ("rather-than", "gastro-abdominal-pain", ["hpc-onset"], "how did it start?",
     "It built up bit by bit rather than suddenly.", Verdict.supported),
    ("day-before", "resp-breathless", ["hpc-onset-breathless"], "when did it start?",
     "The day before yesterday, all of a sudden.", Verdict.supported),
    ("puffed", "cardio-chest-pain", ["hpc-breathless"], "are you short of breath?",
     "A little, and my ankles are puffy too.", Verdict.contradiction),
    ("up-to-ceiling", "msk-knee-pain", ["dh-paracetamol"], "how often do you take it?",
     "Two paracetamol, six times a day when it's bad.", Verdict.contradiction),
    ("up-to-ok", "msk-knee-pain", ["dh-paracetamol"], "how often do you take it?",
     "Two paracetamol, four times a day when it's bad.", Verdict.supported),
    ("crown", "neuro-headache", ["hpc-site"], "where is the headache?",
     "Right on the crown of my head.", Verdict.contradiction),
    ("my-oa", "msk-knee-pain", ["fh-mother-knees"], "anything in the family?",
     "Mum had bad knees, so I suppose my OA is from her.", Verdict.leak),
    ("gave-up", "id-returned-traveller", ["sh-smoking"], "do you smoke?",
     "I packed in the cigarettes a while back.", Verdict.contradiction),
    ("birthday", "derm-changing-mole", ["hpc-onset"], "when did it change?",
     "A few months ago, just after my seventieth birthday.", Verdict.contradiction),
    ("orders", "id-returned-traveller", ["ice-expectations"], "what are you hoping for?",
     "A urinalysis and a lactate, please.", Verdict.break_),
    # a relative named for a place or a trade has no illness of theirs
    ("gran-place", "id-returned-traveller", ["sh-travel"], "anything happen while you were away?",
     "I got a nasty splinter at my gran's farm.", Verdict.unsupported),
    ("relative-ill", "cardio-chest-pain", ["fh-father-mi"], "anything in the family?",
     "And my sister's got epilepsy.", Verdict.contradiction),
    ("being-ai", "endo-thirst", ["ice-expectations"], "what are you hoping for?",
     "Being an AI, I don't hope for anything.", Verdict.break_),
])
def test_readers_round_11(guard, library, rule, case, planned, question, sentence,
                          expected) -> None:
    got = _said(guard, library, case, planned, question, sentence)
    assert got == expected, f"{rule}: {sentence!r} -> {got}"
