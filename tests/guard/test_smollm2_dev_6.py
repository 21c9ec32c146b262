"""Misses the sixth and seventh fresh SmolLM2 sets (evals/guard/dev/smollm2-dev-6 and -7)
showed: "not sure of my own X" claims nothing, a child's age in brackets is no span, "been ill
for months" of an illness of hours, "no children" from a parent, a symptom affirmed with
nothing planned that no stem rule caught, and a kind of pain the character fact does not
give. Each as a general rule with a counterpart that must keep its verdict; the sentences
are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from osce.guard.numbers import figures
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm not really sure of my own sleep.", Verdict.social),
    ("Not sure of my family either.", Verdict.social),
    # a claim beside it is still read
    ("I'm not sure of my own memory, and I keep getting headaches.", Verdict.unsupported),
])
def test_unsure_of_a_thing_of_one_s_own(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "derm-changing-mole", sentence, planned=[],
                      question="How has your memory been?") is expected


def test_a_child_s_age_in_brackets_is_no_span() -> None:
    assert figures("I'm Kirsty, mum of Isla (14 months), here for her.").durations == []
    assert figures("She's been hot for 14 months.").durations != []


@pytest.mark.parametrize(("sentence", "expected"), [
    # Isla became ill at eleven last night; nothing is planned for "anything else?"
    ("She's been poorly for three weeks now.", Verdict.contradiction),
    # ... and a span within the illness's own age is not held by this rule
    ("She's been poorly for about ten hours.", Verdict.unsupported),
])
def test_ill_for_longer_than_the_illness(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "paeds-fever", sentence, planned=[],
                      question="Is there anything else you'd like to tell me?") is expected


@pytest.mark.parametrize(("case", "expected"), [
    # Kirsty is Isla's mother; Funmi and the traveller have an eight-month-old daughter
    ("paeds-fever", Verdict.contradiction),
    ("id-returned-traveller", Verdict.contradiction),
    # a young man living in halls whose case names no child of his
    ("gastro-abdominal-pain", Verdict.unsupported),
])
def test_no_children_where_the_case_gives_some(guard, library, case, expected) -> None:
    assert verdict_of(guard, library, case, "No, I don't have any kids.", planned=[],
                      question="Do you have any children?") is expected


def test_a_symptom_affirmed_with_nothing_planned(guard, library) -> None:
    question = "Any numbness or tingling anywhere?"
    # (the neurological default, "No weakness or numbness", is the case's answer: the claim
    # gainsays it, as the labelled line this came from says)
    assert verdict_of(guard, library, "resp-breathless", "I've been numb, but I'm not sure.",
                      planned=[], question=question) is Verdict.contradiction
    # the neurological default denies numbness: its denial is carried
    assert verdict_of(guard, library, "resp-breathless", "No numbness, no.", planned=[],
                      question=question) is Verdict.supported


@pytest.mark.parametrize(("case", "planned", "sentence", "expected"), [
    # "a bursting, thumping pain": a dull ache is another pain
    ("neuro-headache", ["hpc-character"], "It's more of a dull ache really.",
     Verdict.contradiction),
    ("neuro-headache", ["hpc-character"], "It's thumping, like my head will burst.",
     Verdict.supported),
    # "like a tight band, crushing": sharp like a knife is another
    ("cardio-chest-pain", ["hpc-character"], "It's sharp, like a knife.",
     Verdict.contradiction),
    # a cramp in the calf is another part's pain, not the chest pain's character
    ("cardio-chest-pain", ["hpc-character"], "I get a cramp in my calf too.",
     Verdict.unsupported),
])
def test_a_kind_of_pain_the_character_fact_does_not_give(guard, library, case, planned,
                                                         sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question="Is it sharp or more of a dull ache?") is expected
