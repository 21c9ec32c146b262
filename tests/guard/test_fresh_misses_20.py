"""Misses the eighteenth and twentieth fresh hand-written sets (evals/guard/dev/) showed, each
as a general rule with a counterpart that must keep its verdict. The sentences here are new
wordings, not the sets' own lines."""

from __future__ import annotations

import pytest

from osce.guard import negation, roles, social
from osce.guard.models import Verdict
from osce.guard.numbers import unit_spans
from osce.guard.terms import COMMON_DRUGS, idioms, lay_patterns_for
from tests.guard.conftest import verdict_of


def test_readers() -> None:
    assert social.kind("Sorry for taking up your time, there's people far worse off.")
    assert social.kind("Honestly, the whole thing winds me up.") == "feeling"
    assert social.kind("My wife'll be glad I finally turned up.") == "feeling"
    assert not negation.denies("without a doubt the worst one yet")
    assert not negation.denies("it's stabbing now, not the dull ache it was at first")
    assert not negation.denies("i'm scared i won't be able to work")
    assert negation.denies("it's not a dull ache")
    assert "sleep" in idioms("i can't get a decent night's sleep")
    assert "exhausted" in idioms("i thought i was burnt out")
    assert unit_spans("half a stone a week for six weeks") == [("week", [6.0, 6.0])]
    assert COMMON_DRUGS.search("she's on lamotrigine") and COMMON_DRUGS.search("tamsulosin")
    assert social.kind("Sorry, my face is going bright red.") == "feeling"
    assert social.kind("Pardon? I didn't catch the last part.") == "repeat"
    assert "suddenly" in idioms("it came out of the blue")


@pytest.mark.parametrize(("term", "said"), [
    ("ectopic pregnancy", "i'm scared it's ended up in the wrong place"),
    ("degenerative medial meniscal tear", "maybe i've torn one of the shock absorbers in there"),
    ("rapidly progressive glomerulonephritis", "could the kidney filters be packing in?"),
    ("immune thrombocytopenic purpura", "is her blood not clotting like it should?"),
    ("pituitary apoplexy", "something gone wrong with the gland at the bottom of my brain"),
    ("pes anserine bursitis", "one of those fluid pockets round the knee"),
])
def test_lay_hints(term, said) -> None:
    assert any(p.search(said) for p in lay_patterns_for(term))
    assert not any(p.search("the pain is on the inside of my knee") for p in
                   lay_patterns_for(term))


def test_out_of_role() -> None:
    assert roles.clinician_talk("I'd be repeating her obs every hour if I were you.")
    assert roles.clinician_talk("I'd start him on fluids and check his sats.")
    assert roles.clinician_talk("Best get the registrar down to see her.")
    assert not roles.clinician_talk("The nurse did his obs when we came in.")
    assert roles.as_ai("I'm only a computer-generated character, you know.")
    assert roles.as_ai("Fine, role-play's over: what do you need?")
    assert roles.role_reversal("Does diabetes run in your family at all?")
    assert not roles.role_reversal("Diabetes runs in my family, my dad had it.")


@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # an onset hinted by innuendo beside the partner, where a `never` fact is about sex
    ("innuendo", "neuro-headache", ["hpc-onset-circumstance"], ["pc-headache"],
     "where were you when it started?",
     "Me and Dave were having a bit of an early night, if you get my drift.", Verdict.leak),
    ("innuendo-none", "neuro-headache", ["hpc-onset-circumstance"], ["pc-headache"],
     "where were you when it started?", "I was upstairs, in bed.",
     Verdict.supported),
    # a medicine the drugs default rules out
    ("drugs-default", "paeds-fever", ["hpc-relieving"], ["pc-fever-rash"],
     "have you given her anything?", "I also tried her on some gripe water drops.",
     Verdict.contradiction),
    # a medicine taken on another footing than the fact gives
    ("regimen", "msk-knee-pain", ["dh-amlodipine", "dh-paracetamol"], ["pc-knee-pain"],
     "what tablets do you take?", "The amlodipine I just take as and when I think I need it.",
     Verdict.contradiction),
    ("regimen-kept", "msk-knee-pain", ["dh-amlodipine", "dh-paracetamol"], ["pc-knee-pain"],
     "what tablets do you take?", "Amlodipine, ten milligrams, once a day.",
     Verdict.supported),
    ("regimen-other", "cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"],
     ["pc-chest-pain"], "what medications are you on?",
     "Amlodipine in the morning, and the atorvastatin every other night.",
     Verdict.contradiction),
    # a drug the case never names brings its own dose
    ("foreign-dose", "neuro-headache", ["dh-amlodipine", "dh-sumatriptan"], ["pc-headache"],
     "what medicines do you take?", "And lamotrigine, fifty milligrams twice a day.",
     Verdict.unsupported),
    # a denied symptom is no symptom claimed
    ("denied-finding", "geri-confusion", ["hpc-fall-head"], ["pc-confusion", "hpc-fall"],
     "did he bang his head?",
     "Nobody saw, but I checked him over and there was no bruising and no cut.",
     Verdict.supported),
    # the site by its aspect, its spread, or both sides where the fact gives one
    ("site-aspect", "resp-breathless", ["hpc-site"], ["pc-breathless"],
     "where is the chest pain?", "Mostly between my shoulders, on the right.",
     Verdict.contradiction),
    ("site-aspect-kept", "resp-breathless", ["hpc-site"], ["pc-breathless"],
     "where is the chest pain?", "On the right, round the side of my ribs, low down.",
     Verdict.supported),
    ("site-diffuse", "neuro-headache", ["hpc-site"], ["pc-headache"],
     "where in your head is it?", "It's all over, the whole of my head really.",
     Verdict.contradiction),
    ("site-both", "gastro-abdominal-pain", ["hpc-site"], ["pc-abdo-pain"],
     "where is the pain?", "Low down on both sides of my tummy.", Verdict.contradiction),
    # a day the planned fact does not give
    ("day", "geri-confusion", ["hpc-fall"], ["pc-confusion", "hpc-onset"],
     "has he had any falls?",
     "It was the Tuesday night he went down, and I found him the next morning.",
     Verdict.contradiction),
    # an allergy by its reaction, another drug with "so does", every medicine tolerated
    ("allergy-reaction", "msk-knee-pain", ["allergy-none"], ["pc-knee-pain"],
     "any allergies?", "Naproxen brought me out in welts once.", Verdict.contradiction),
    ("allergy-so-does", "derm-changing-mole", ["allergy-plasters"], ["pc-mole"],
     "any allergies?", "Plasters give me a rash, and so does amoxicillin.",
     Verdict.contradiction),
    ("allergy-all-fine", "geri-confusion", ["allergy-penicillin"], ["pc-confusion"],
     "any allergies?", "Only hay fever, and he's fine with all his medicines.",
     Verdict.contradiction),
    ("innuendo-moment", "neuro-headache", ["hpc-onset-circumstance"], ["pc-headache"],
     "where were you when it started?",
     "It was a very private moment with my husband, I'll leave it there.", Verdict.leak),
    # a vague yes to what the plan holds; one thing named after it is a claim
    ("vague-yes", "derm-changing-mole", ["hpc-bleeding", "hpc-itch"], ["pc-mole"],
     "Have you noticed anything else along with it?",
     "It's been playing up in a couple of ways, to be fair.", Verdict.supported),
    ("vague-then-one", "derm-changing-mole", ["hpc-bleeding", "hpc-itch"], ["pc-mole"],
     "Have you noticed anything else along with it?",
     "A few things, and one of them is that I've been getting a lot of headaches.",
     Verdict.unsupported),
    # medicine taken where the planned drug fact says none was
    ("took-none", "id-returned-traveller", ["dh-self-treatment"], ["pc-fever"],
     "did you take any treatment out there?",
     "I got hold of some tablets from a chemist in Lagos and took a couple.",
     Verdict.contradiction),
    # a stomach ulcer is a history, a mouth ulcer is not
    ("ulcer-history", "psych-low-mood", [], ["pc-low-mood"], "anything else?",
     "I had a stomach ulcer a while ago, that's what the omeprazole's for.",
     Verdict.contradiction),
    # someone else ill, or a bug going round, where the case says nobody was ill
    ("going-round", "paeds-fever", ["ros-cough"], ["pc-fever-rash"], "any cough or runny nose?",
     "No cough, though there's a nasty cold going round her nursery.", Verdict.contradiction),
    ("contact-ill", "paeds-fever", ["ros-cough"], ["pc-fever-rash"], "any cough or runny nose?",
     "No, but her brother's been sneezing all week.", Verdict.contradiction),
    # a trigger no carried fact gives
    ("trigger", "endo-thirst", ["hpc-abdo-pain"], ["pc-thirst"], "any tummy pain?",
     "It's worse after I've eaten anything.", Verdict.unsupported),
    ("trigger-once", "gastro-abdominal-pain", ["hpc-nausea-vomit"], ["pc-abdo-pain"],
     "have you been sick?", "Just the once, right after I'd had a slice of toast.",
     Verdict.unsupported),
])
def test_fresh_misses_20(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
