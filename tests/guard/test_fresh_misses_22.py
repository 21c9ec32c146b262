"""Misses the twenty-second and twenty-third fresh hand-written sets (evals/guard/dev/)
showed: diagnoses guessed at in lay words, and the senior's advice or the examination put to
the student. Each as a general rule with a counterpart that must keep its verdict; the
sentences are new wordings, not the sets' own lines."""

from __future__ import annotations

import pytest

from osce.guard import roles
from osce.guard.models import Verdict
from osce.guard.terms import lay_patterns_for
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("term", "said"), [
    ("Non-ST-elevation myocardial infarction", "is part of the heart muscle dying?"),
    ("nodular melanoma", "the nasty sort that grows downwards instead of outwards"),
    ("Malignant melanoma (superficial spreading)", "what if it's travelled to my bones"),
    ("terminal ileitis or Crohn's disease", "the end part of the bowel all inflamed"),
    ("Meckel's diverticulitis", "a little pocket on the gut that's got infected"),
    ("Meningococcal septicaemia", "a germ that's in her bloodstream"),
    ("Ruptured left tubal ectopic pregnancy", "the baby's split the tube"),
    ("miscarriage (threatened or incomplete)", "is the pregnancy failing?"),
    ("New-onset type 1 diabetes mellitus with ketosis", "will he need injections for life?"),
    ("latent autoimmune diabetes in adults", "the sort that comes on in grown-ups"),
])
def test_lay_hints(term, said) -> None:
    assert any(p.search(said) for p in lay_patterns_for(term))
    assert not any(p.search("the pain's low down on the right side of my tummy")
                   for p in lay_patterns_for(term))


def test_senior_advice_and_the_examination_put_to_the_student() -> None:
    assert roles.clinician_talk("You'll need to examine his hips before he goes home.")
    assert roles.clinician_talk("Remember to safety-net her about the rash, doctor.")
    assert roles.clinician_talk("Consider checking her sodium and a CT head.")
    assert roles.clinician_talk("Review her in two weeks with the results.")
    assert roles.clinician_talk("I'd ask for a medication reconciliation first.")
    assert not roles.clinician_talk("You'll want to ask my wife, she remembers dates.")
    assert not roles.clinician_talk("The nurse said they'd review him in the morning.")
    assert roles.role_reversal("Pop your shoes off so I can check your ankles.")
    assert roles.role_reversal("I'd like to listen to your chest now, if that's alright.")
    assert roles.role_reversal("Any strokes in your own family?")
    assert not roles.role_reversal("I rolled up my sleeve for the blood test.")
    assert roles.as_ai("I'm a language programme reading out a script, nothing more.")
    assert roles.as_ai("Switching over to the examiner now: here's what's left.")
    assert not roles.as_ai("My son writes computer programs for a bank.")
    assert roles.addresses_parent("Tummy hurts, Mama.")


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    ("cardio-chest-pain", "Do you think the heart muscle's being starved of blood?",
     Verdict.leak),
    ("cardio-chest-pain", "There's been a pain in my chest since this morning.",
     Verdict.supported),
    ("gastro-abdominal-pain", "Could it be one of them little pouches in the bowel?",
     Verdict.leak),
])
def test_in_a_turn(guard, library, case, sentence, expected) -> None:
    planned = [f.id for f in library.case(case).facts if f.id.startswith("pc-")][:1]
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question="Tell me about it.") == expected


def test_talk_that_claims_nothing() -> None:
    from osce.guard import negation, social
    from osce.guard.numbers import figures

    assert social.kind("Sorry, could you run that past me again?") == "repeat"
    assert social.kind("I didn't catch the question, sorry.") == "repeat"
    assert social.kind("I'm cheesed off with the lot of it.") == "feeling"
    assert social.kind("I'm barely holding myself together.") == "feeling"
    assert social.kind("She's putting on a brave face for the kids.") == "feeling"
    assert negation.denies("i haven't got a cough")
    assert not negation.denies("i can't quench this thirst")
    assert not negation.denies("i've never had a pain like this, not even close")
    assert not negation.denies("it's a sharp pain, nothing like the ache it was before")
    assert figures("if you've got a minute, there's more").empty
    assert not figures("it lasted about a minute").empty


@pytest.mark.parametrize(("case", "planned", "question", "sentence", "expected"), [
    # a vague yes, with the student's time asked for: no duration, the plan carries it
    ("geri-confusion", ["hpc-intake"], "Anything else you've noticed?",
     "There's a few more bits to tell you, if you've got a moment.", Verdict.supported),
    # a moment beside a new subject is that subject's, not the planned fact's
    ("gastro-abdominal-pain", ["hpc-fever"], "Any temperature?",
     "My ears have been ringing since last night too.", Verdict.unsupported),
])
def test_turns(guard, library, case, planned, question, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) == expected


@pytest.mark.parametrize(("case", "planned", "question", "sentence", "expected"), [
    # a person the case names, given another standing
    ("derm-changing-mole", ["hpc-onset"], "When did you notice the change?",
     "My sister Julie spotted it a few months ago.", Verdict.contradiction),
    ("derm-changing-mole", ["hpc-onset"], "When did you notice the change?",
     "Julie noticed it had changed about four months ago.", Verdict.supported),
    # doses a day by the times named, held against the drug named last before them
    ("cardio-chest-pain", ["dh-amlodipine"], "What tablets do you take?",
     "Amlodipine, five milligrams, at breakfast and bedtime.", Verdict.contradiction),
    ("cardio-chest-pain", ["dh-amlodipine"], "What tablets do you take?",
     "Amlodipine, five milligrams, once a day.", Verdict.supported),
])
def test_people_and_doses(guard, library, case, planned, question, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) == expected


def test_vitamins_by_name_are_medicines() -> None:
    from osce.guard.drug_rules import GENERIC_DRUG
    from osce.guard.terms import COMMON_DRUGS

    for said in ("a vitamin d tablet", "my b12 injections", "the vitamin b12"):
        found = COMMON_DRUGS.findall(said)
        assert any(not GENERIC_DRUG.match(d) for d in found), said
    assert all(GENERIC_DRUG.match(d) for d in COMMON_DRUGS.findall("some vitamins"))


def test_a_figure_beside_a_vitamin_is_the_vitamins(guard, library) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "I take vitamin D too, two thousand units a day.",
                      planned=["dh-amlodipine"],
                      question="What tablets do you take?") is Verdict.unsupported


def test_counted_doses() -> None:
    from osce.guard.drug_rules import _doses

    assert _doses("three of the 500s at a time") == [1500.0]
    assert _doses("two of the 400-milligram ones") == [800.0]
    assert _doses("just the one 250 tablet") == [250.0]
    assert _doses("two 2 tablets") == []
    assert _doses("back in the 1990s") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Paracetamol, four of the 500s at once.", Verdict.contradiction),
    ("Paracetamol, only the one 500 tablet at a time.", Verdict.contradiction),
    ("Paracetamol, two of the 500s up to four times a day.", Verdict.supported),
])
def test_counted_dose_in_a_turn(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", sentence,
                      planned=["dh-paracetamol"],
                      question="What have you taken for it?") == expected


@pytest.mark.parametrize(("term", "said"), [
    ("rhabdomyolysis after a long lie", "has being stuck on the floor crushed his muscles?"),
    ("acute leukaemia", "is there a problem in her bone marrow?"),
    ("Pulmonary embolism", "what if a clot's travelled up to my lungs?"),
    ("acute urinary retention", "maybe he couldn't pass his water at all"),
])
def test_more_lay_hints(term, said) -> None:
    assert any(p.search(said) for p in lay_patterns_for(term))
    assert not any(p.search("my muscles ache after gardening") for p in lay_patterns_for(term))


def test_innuendo_and_a_relatives_illness_taken_on() -> None:
    from osce.guard.leak_rules import _HINTED, SAME_AS_RELATIVE

    assert _HINTED.search("we were being, er, intimate, if you see what i mean")
    assert not _HINTED.search("we were watching the telly")
    assert SAME_AS_RELATIVE.search("i'm scared it's going the way of my dad's")
    assert not SAME_AS_RELATIVE.search("my dad went the long way round")


def test_what_asserts_nothing() -> None:
    from osce.guard import negation

    assert not negation.affirmative_clauses("Sick? No, not once.")
    assert negation.affirmative_clauses("Sick? Yes, twice.")
    assert not negation.affirmative_clauses("I'd have seen a rash if there was one")
    assert negation.reassures("his arm looked unmarked")
    assert "moving boxes" in idioms_of("i was shifting boxes in the stockroom")
    assert "shifting" in idioms_of("the pain keeps shifting about")


def idioms_of(text: str) -> str:
    from osce.guard.terms import idioms

    return idioms(text)


def test_clock_times_and_tenths() -> None:
    from osce.guard.numbers import figures

    said = figures("it started about six this morning")
    assert said.clock == [6.0] and not said.bare
    assert figures("at half eight that evening").clock == [8.0]
    assert figures("she was thirty-eight four last night").bare == [38.4]
    assert figures("she's thirty-eight").bare == [38.0]
    assert figures("about six tablets").bare == [6.0]


def test_no_span_in_a_periods_worth() -> None:
    from osce.guard.numbers import figures

    assert figures("I've not had a decent night's sleep").empty
    assert figures("that's a week's money gone").empty
    assert figures("there's zero pain in it").empty
    assert figures("a week of bad nights").durations == [7.0]
