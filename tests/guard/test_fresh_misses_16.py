"""Misses a sixteenth fresh hand-written set (evals/guard/dev/written-dev-16.jsonl) showed,
each as a general rule with a counterpart on the same turn that must keep its verdict. The
sentences here are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard import social
from osce.guard.models import Verdict
from osce.guard.numbers import figures
from osce.guard.terms import idioms
from tests.guard.conftest import verdict_of


def test_readers() -> None:
    assert "not shifting" in idioms("it's refusing to settle")
    assert "short of breath" in idioms("i'm a bit out of puff")
    assert "suddenly" in idioms("it came on like somebody flipped a switch")
    assert "sweating" in idioms("i was dripping with sweat")
    assert "swollen" in idioms("her ankles have puffed up")
    assert "gave up smoking" in idioms("i stubbed out my last cigarette years ago")
    assert "blood" not in idioms("they took a blood sample")
    assert figures("a decade ago").durations == [3650.0]
    assert figures("six-odd years back").durations == [2190.0]
    assert figures("morning, noon and night").clock == []
    assert figures("could you say that once more?").counts == []
    assert figures("and once more this morning").counts == [1.0]
    assert social.kind("Sorry, I lost you there.") == "repeat"
    assert social.kind("It's hard to find the words.") == "feeling"


@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # a figure beside a medicine the case does not give is that medicine's
    ("foreign-drug-figure", "neuro-headache", ["dh-amlodipine", "dh-sumatriptan"], [],
     "what tablets are you on?", "Oh, and pravastatin as well, forty, at night.",
     Verdict.unsupported),
    ("own-drug-figure", "cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], [],
     "what tablets are you on?", "Amlodipine, ten milligrams in the morning.",
     Verdict.contradiction),
    # a day beside a subject no carried fact speaks of is that subject's
    ("new-subject-day", "id-returned-traveller", ["hpc-headache"], ["pc-fever"],
     "any headache?", "I've had a funny taste in my mouth since Thursday.",
     Verdict.unsupported),
    # "every other day" is a rate
    ("every-other-day", "cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], [],
     "what tablets are you on?", "Amlodipine, five milligrams, every other day.",
     Verdict.contradiction),
    ("every-day", "cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], [],
     "what tablets are you on?", "Amlodipine, five milligrams, every day.", Verdict.supported),
    # a rate's figure said bare is held against the rate
    ("bare-rate", "endo-thirst", ["hpc-nocturia"], ["pc-thirst"], "are you up at night?",
     "Eight, most nights.", Verdict.contradiction),
    # "the left corner" is a side
    ("left-corner", "gastro-abdominal-pain", ["hpc-site"], ["pc-abdo-pain"],
     "where is the pain now?", "Down in the lower left corner of my belly.",
     Verdict.contradiction),
    # retired, where the persona still works
    ("retired", "cardio-chest-pain", ["hpc-onset"], ["pc-chest-pain"], "when did it start?",
     "About three hours ago; I'm retired now, so I was just pottering about.",
     Verdict.contradiction),
    ("retired-ok", "msk-knee-pain", ["sh-occupation"], [], "what do you do for work?",
     "I'm retired now, I was a postie for over thirty years.", Verdict.supported),
])
def test_fresh_misses_16(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
