"""Misses the tenth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-10) showed: the speaker's
own name said alone, as the case gives it, and a transfusion or joint trouble where the
past-medical default says there is nothing else. Each as a general rule with a counterpart
that must keep its verdict; the sentences are new wordings, not the set's own."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

NAME = "Sorry, could I take your name?"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    ("derm-changing-mole", "It's Gareth Moffat.", Verdict.supported),
    ("neuro-headache", "Joanne.", Verdict.supported),
    # Karen speaks for her father, and Kirsty for Isla
    ("geri-confusion", "I'm Karen Doyle.", Verdict.supported),
    ("geri-confusion", "Dennis Walsh's daughter.", Verdict.supported),
    ("paeds-fever", "Kirsty Brennan.", Verdict.supported),
    # another name is no name of the case's
    ("neuro-headache", "Margaret Thompson.", Verdict.social),
])
def test_the_speaker_s_own_name(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], question=NAME) is expected


@pytest.mark.parametrize(("sentence", "contradicts"), [
    # Gareth's past-medical default: nothing else, never an operation
    ("I had a blood transfusion a few years back.", True),
    ("I've got some trouble with my joints as well.", True),
    # a transfusion denied, with a hedge after it, names none
    ("I've never had a transfusion, but I'm not certain.", False),
])
def test_history_where_the_default_says_nothing_else(guard, library, sentence,
                                                     contradicts) -> None:
    said = verdict_of(guard, library, "derm-changing-mole", sentence, planned=[],
                      question="Is there anything else in your medical history?")
    assert (said is Verdict.contradiction) is contradicts


@pytest.mark.parametrize(("sentence", "expected"), [
    # an indirect question: wondering, nothing said to be wrong or measured
    ("I'm not sure if it's a problem with my kidneys.", Verdict.social),
    ("Not sure how far I could walk, to be honest.", Verdict.social),
    ("I'm not sure how often it happens.", Verdict.social),
    # "how much longer I've had it" takes the having as given (and a rash gainsays the
    # skin default, "My skin's fine.")
    ("I'm not sure how much longer I've had the rash.", Verdict.contradiction),
])
def test_wondering_claims_nothing(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "endo-thirst", sentence, planned=[],
                      question="Is there anything else you've noticed?") is expected
