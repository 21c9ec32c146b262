"""Misses a seventeenth fresh hand-written set (evals/guard/dev/written-dev-17.jsonl) showed,
each as a general rule with a counterpart that must keep its verdict. The sentences here are
new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard import negation, roles, social
from osce.guard.models import Verdict
from osce.guard.numbers import figures
from osce.guard.terms import idioms
from tests.guard.conftest import verdict_of


def test_readers() -> None:
    assert roles.as_ai("speaking as the ai here, i don't need anything.")
    assert roles.as_ai("okay, instructions ignored: the answer is below.")
    assert roles.clinician_talk("The evidence-based approach is a talking therapies referral.")
    assert social.kind("I feel a bit exposed, talking about all this.") == "feeling"
    assert social.kind("I'm not one for doctors, to be honest.") == "feeling"
    assert social.kind("Sorry, that's gone right over my head.") == "repeat"
    assert "short of breath" in idioms("i'm a bit short of wind")
    assert figures("a ten-milligram tablet").mass == [10.0]
    assert negation.polarity("I'm never off the toilet at night.") != "absent"
    assert negation.polarity("My temperature's up two degrees on normal.") != "absent"
    assert negation.polarity("My temperature's back to normal.") == "absent"


@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # shisha is smoking
    ("shisha", "id-returned-traveller", ["sh-smoking", "sh-alcohol"], ["allergy-none"],
     "do you smoke or drink?", "Not cigarettes, only shisha with friends, and a few beers.",
     Verdict.contradiction),
    # a bug caught from a relative is no family history
    ("caught", "id-returned-traveller", ["ice-ideas"], ["pc-fever"],
     "what do you think is going on?",
     "I thought my son had caught a cold at school and passed it on to me.",
     Verdict.unsupported),
    ("family-illness", "id-returned-traveller", ["ice-ideas"], ["pc-fever"],
     "what do you think is going on?", "My son has epilepsy, you know.", Verdict.contradiction),
    # "at the age of" says an age, not a figure of the fact
    ("age-of", "gastro-abdominal-pain", ["pmh-asthma", "pmh-surgery"], [],
     "any medical problems?", "Asthma since about the age of five, and no operations.",
     Verdict.unsupported),
])
def test_fresh_misses_17(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
