"""Misses the fourteenth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-14) and the rest of
the thirteenth showed. Each as a general rule with a counterpart that must keep its verdict;
the sentences are new wordings, not lines of any labelled set."""

from __future__ import annotations

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
