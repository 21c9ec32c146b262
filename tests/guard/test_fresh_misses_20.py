"""Misses the eighteenth and twentieth fresh hand-written sets (evals/guard/dev/) showed, each
as a general rule with a counterpart that must keep its verdict. The sentences here are new
wordings, not the sets' own lines."""

from __future__ import annotations

import pytest

from osce.guard import negation, roles, social
from osce.guard.models import Verdict
from osce.guard.numbers import unit_spans
from osce.guard.terms import COMMON_DRUGS, idioms
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
])
def test_fresh_misses_20(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
