"""A patient claims in plain words a student seldom asks by: kept awake, back and forth to the
toilet, a fall, a tummy bug. Each is a claim the carried facts must hold; where a carried fact
gives it in other words ("waking at four" for "wide awake") it is carried."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import said_after_opening as _said


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    ("awake", "neuro-headache", ["hpc-character"], "what's the pain like?",
     "It woke me up twice last night.", Verdict.unsupported),
    ("awake-carried", "psych-low-mood", ["ros-sleep"], "how are you sleeping?",
     "I'm wide awake at four most mornings.", Verdict.supported),
    ("toilet", "renal-reduced-urine", ["pc-urine"], "what's brought you in?",
     "I'm up and down to the toilet all day long.", Verdict.unsupported),
    ("fell", "cardio-chest-pain", ["hpc-onset"], "when did it start?",
     "It came on after I fell off the step at work.", Verdict.unsupported),
    ("bug", "psych-low-mood", ["ros-appetite"], "how's your appetite?",
     "The kids all had a stomach bug last month.", Verdict.unsupported),
])
def test_claims_in_plain_words(guard, library, rule, case, planned, question, sentence,
                               expected) -> None:
    assert _said(guard, library, case, planned, question, sentence) is expected, rule
