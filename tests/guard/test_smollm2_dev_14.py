"""Misses the fourteenth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-14) and the rest of
the thirteenth showed. Each as a general rule with a counterpart that must keep its verdict;
the sentences are new wordings, not lines of any labelled set."""

from __future__ import annotations

from datetime import date

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # an aside on the speaker's certainty takes back nothing: the yes stands against the no
    ("I've had sweats at night, but I'm sure I'm not alone.", Verdict.contradiction),
    ("I get night sweats, and I'm not sure why.", Verdict.contradiction),
    # a denial beside a claim is still a denial of what was asked
    ("No night sweats, and I'm sure of that.", Verdict.supported),
])
def test_an_aside_on_certainty_beside_a_yes(guard, library, sentence, expected) -> None:
    # Jessica's ros-fever: "No fevers or shivers."
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence, planned=["ros-fever"],
                      question="Any night sweats?") is expected


HISTORY = "Have you had any other illnesses or injuries?"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Steve's past medical default: "Nothing else. I've never had an operation ..."
    ("derm-changing-mole", "I had measles as a boy.", Verdict.contradiction),
    ("derm-changing-mole", "I fractured my wrist a few years ago.", Verdict.contradiction),
    # Graham's case gives no such default: the claim is only unheld
    ("cardio-chest-pain", "I had measles as a boy.", Verdict.unsupported),
    # "not a ... person" beside the claim fears nothing, and takes nothing back
    ("renal-reduced-urine", "I've had mumps, but I'm not a mumps person.", Verdict.contradiction),
])
def test_a_condition_where_the_history_holds_nothing_more(guard, library, case, sentence,
                                                         expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], question=HISTORY) is expected


def test_a_device_where_there_was_never_an_operation(guard, library) -> None:
    # Callum's pmh-surgery: "No, I've never had an operation."
    def said(sentence: str) -> Verdict:
        return verdict_of(guard, library, "gastro-abdominal-pain", sentence, planned=[],
                          question="Any metalwork in your body?")

    assert said("I've got a metal plate in my leg.") is Verdict.contradiction
    # another's device, and a denial, say nothing against the case
    assert said("My mate's got a metal plate in his leg.") is not Verdict.contradiction
    assert said("No, no metal plates.") is not Verdict.contradiction


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Steve is a man: a smear he has had is a woman's screening
    ("derm-changing-mole", "I had a smear test last year.", Verdict.contradiction),
    ("derm-changing-mole", "I've never had a smear test.", Verdict.unsupported),
    # Jessica may well have had one
    ("obgyn-pelvic-pain", "I had a smear test last year.", Verdict.unsupported),
])
def test_a_womans_screening_had(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question="Have you had any screening?") is expected


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Jessica: "Nothing else, I'm usually really healthy."
    ("obgyn-pelvic-pain", "No, I've never had measles.", Verdict.supported),
    ("obgyn-pelvic-pain", "I've never fractured anything.", Verdict.supported),
    # Graham's case says nothing of the rest of his history
    ("cardio-chest-pain", "No, I've never had measles.", Verdict.unsupported),
    # a mouth ulcer may be a sore of now: the history default does not answer for it
    ("obgyn-pelvic-pain", "No, I've never had a mouth ulcer.", Verdict.unsupported),
])
def test_a_condition_denied_where_the_history_holds_nothing_more(guard, library, case,
                                                                sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], question=HISTORY) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # not knowing, or wondering, what one is tells nothing of it
    ("I'm not sure about the number of pillows I use.", Verdict.social),
    ("I don't know what my cholesterol is.", Verdict.social),
    ("I'm not sure I'm double-jointed.", Verdict.social),
    # garble that names a kind of person claims nothing
    ("I'm a bit of a knee person, but I'm not a knee person.", Verdict.social),
    # a claim beside the garble is still a claim, and a plain "not a ... person" may be one
    ("I've got a hearing aid, but I'm not a hearing aid person.", Verdict.unsupported),
    ("I'm not a tall person.", Verdict.unsupported),
])
def test_wondering_and_garble_claim_nothing(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "derm-changing-mole", sentence, planned=[],
                      question="Is there anything else about you I should know?") is expected


def test_doing_it_for_a_long_time(guard, library) -> None:
    # nothing said of what is done, unless the question asks how long
    assert verdict_of(guard, library, "endo-thirst", "I've been doing that for ages.",
                      planned=[], question="Do you have any hobbies?") is Verdict.social
    assert verdict_of(guard, library, "endo-thirst", "I've been doing that for ages.",
                      planned=["hpc-onset"],
                      question="How long has this been going on?") is not Verdict.social


@pytest.mark.parametrize(("case", "planned", "sentence", "expected"), [
    # Dennis lives in a bungalow with no carers, and walks with a stick (sh-home, sh-function)
    ("geri-confusion", ["sh-home"], "He's got stairs up to his bedroom.", Verdict.contradiction),
    ("geri-confusion", ["sh-home"], "There are carers who come in twice a day.",
     Verdict.contradiction),
    ("geri-confusion", ["sh-function"], "He gets about with a stick.", Verdict.supported),
    ("geri-confusion", ["sh-function"], "He doesn't use a stick.", Verdict.contradiction),
    # nothing carried of Tunde's home or how he gets about
    ("id-returned-traveller", [], "I've got a stairlift.", Verdict.unsupported),
    ("id-returned-traveller", [], "I use crutches.", Verdict.unsupported),
    # stairs climbed are a trigger, not a home: left to the other layers
    ("msk-knee-pain", ["hpc-exacerbating"], "Stairs are the worst, coming down especially.",
     Verdict.supported),
])
def test_the_home_and_getting_about(guard, library, case, planned, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question="How do you manage at home?") is expected


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Daniel feels really low, and like a failure
    ("psych-low-mood", "Honestly, I've been feeling on top of the world.", Verdict.contradiction),
    ("psych-low-mood", "I'm over the moon with how things are going.", Verdict.contradiction),
    # willing is no mood, and a mood the case does not give low is not gainsaid
    ("psych-low-mood", "I'm happy to talk about it.", Verdict.social),
    ("msk-knee-pain", "I've been feeling on top of the world.", Verdict.social),
])
def test_a_good_mood_where_the_case_gives_a_low_one(guard, library, case, sentence,
                                                    expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question="How have you been in yourself?") is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Gareth is a self-employed landscape gardener, still working
    ("It started the year I was still stuck in a factory job.", Verdict.contradiction),
    ("It came up about the time I retired from the council.", Verdict.contradiction),
    ("I noticed it the month they made me redundant.", Verdict.contradiction),
    # someone else's lost job is not his
    ("I noticed it the month Julie was laid off from the shop.", Verdict.unsupported),
])
def test_work_the_persona_does_not_do(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "derm-changing-mole", sentence, planned=["hpc-onset"],
                      disclosed=["pc-mole"], question="When did it all start?") is expected


def test_first_begun_long_ago_asked_with_first(guard, library) -> None:
    # Jessica's pain began yesterday afternoon; "when did this first begin?" asks as
    # "when did it begin?" does
    def said(sentence: str) -> Verdict:
        return verdict_of(guard, library, "obgyn-pelvic-pain", sentence, planned=["hpc-onset"],
                          question="When did this first start?")

    assert said("It first came on when I was a teenager.") is Verdict.contradiction
    assert said("It started yesterday afternoon.") is Verdict.supported


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm here to talk about your health.", Verdict.break_),
    # the patient's own reason for coming names no one else's health
    ("I'm here to discuss a medical condition.", Verdict.unsupported),
])
def test_here_to_discuss_your_health(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", sentence, planned=["pc-knee-pain"],
                      question="What brings you in today?") is expected


def _on(guard, library, case, sentence, planned, question, today):
    from osce.guard.models import Context
    context = Context(case=library.case(case), planned=tuple(planned), question=question,
                      today=today)
    return guard.check(context, sentence).verdict


@pytest.mark.parametrize(("today", "sentence", "expected"), [
    # Jessica is 27: born in 1999 or 2000, seen in 2026; in 1998 or 1999, seen in 2025
    (date(2026, 12, 6), "I was born in the 1970s.", Verdict.contradiction),
    (date(2026, 12, 6), "I was born in 1990.", Verdict.contradiction),
    (date(2026, 12, 6), "I was born in 1999.", Verdict.unsupported),
    (date(2026, 12, 6), "I was born in the 1990s.", Verdict.unsupported),
    (date(2025, 1, 6), "I was born in 1998.", Verdict.unsupported),
])
def test_a_year_of_birth_against_the_age(guard, library, today, sentence, expected) -> None:
    assert _on(guard, library, "obgyn-pelvic-pain", sentence, [], "Tell me about yourself.",
               today) is expected


@pytest.mark.parametrize(("today", "sentence", "gainsays"), [
    # Daniel's low mood began about three months ago
    (date(2026, 12, 6), "It all started back in 2019.", True),
    (date(2030, 1, 1), "It all started back in 2026.", True),
    (date(2026, 12, 6), "It all started in 2026, after the summer.", False),
])
def test_a_year_of_onset_against_a_young_illness(guard, library, today, sentence,
                                                 gainsays) -> None:
    said = _on(guard, library, "psych-low-mood", sentence, ["hpc-onset"],
               "When did this first begin?", today)
    assert (said is Verdict.contradiction) is gainsays


def test_words_that_only_look_like_a_device_or_an_aid(guard, library) -> None:
    # a plate of food is no metal plate, and sticking to a diet is no walking stick
    assert verdict_of(guard, library, "derm-changing-mole", "I had a plate of chips.",
                      planned=[], question=HISTORY) is not Verdict.contradiction
    assert verdict_of(guard, library, "endo-thirst", "I never stick to a plan.", planned=[],
                      question="How are you managing?") is Verdict.social
