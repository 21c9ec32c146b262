"""Turns that ask nothing of the history: signposts, closings, praise and comfort, and plans
told to the patient. The patient answers them socially and tells no fact; a test asked for now
is still a request for its result."""

from __future__ import annotations

import pytest

from tests.engine.conftest import facts

NOTHING = [
    ("cardio-chest-pain", "Right, after that I'll ask a couple of things about your family."),
    ("id-returned-traveller", "ok movin on to some qs about your family now"),
    ("renal-reduced-urine", "ok, i'll be quick, moving on to your past medical history now"),
    ("msk-knee-pain", "Thanks, Terry, that's all my questions."),
    ("psych-low-mood", "You've done really well today, thank you."),
    ("paeds-fever", "I'm so sorry, this must be really frightening for you both."),
    ("gastro-abdominal-pain", "Please try not to worry about uni for now."),
    ("derm-changing-mole", "If we need to, we'll refer you to the skin team."),
    ("renal-reduced-urine", "We might need to put a drip up to give you some fluids."),
    ("neuro-headache", "We'll arrange a scan of your head as soon as we can."),
    ("msk-knee-pain", "I'll have a look at your knee in a minute."),
]


@pytest.mark.parametrize(("case", "said"), NOTHING)
def test_a_turn_that_asks_nothing_tells_nothing(engine, library, case: str, said: str) -> None:
    assert facts(engine, library, case, said) == []


def test_a_test_asked_for_now_is_still_a_request(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "We'll get an ECG done straight away.") == [
        "tx-ecg"]
    assert facts(engine, library, "msk-knee-pain", "Can I have a look at your knee?")
