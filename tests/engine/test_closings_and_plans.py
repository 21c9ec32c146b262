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
    ("gastro-abdominal-pain", "The next bit is about your tablets, we ask everybody."),
    ("resp-breathless", "These next few questions are routine, so don't worry."),
    ("geri-confusion", "Karen, I'm going to switch gears and ask about his background now."),
    ("neuro-headache", "If the pain gets any worse, press the buzzer straight away."),
    ("renal-reduced-urine", "I'll leave you a leaflet about your kidneys."),
    ("paeds-fever", "She might need a drip, but the doctors will explain first."),
    ("cardio-chest-pain", "The team may want more bloods later, but the doctor will decide."),
    ("obgyn-pelvic-pain", "I'm going to present this to my registrar now."),
    ("endo-thirst", "Right, that's me done. Hope you feel better soon."),
    ("id-returned-traveller", "Keep drinking fluids while you wait."),
    ("msk-knee-pain", "Sit however's comfiest, don't mind me."),
    ("paeds-fever", "She's a lovely little girl."),
    ("renal-reduced-urine", "The ward pharmacist will go through your tablets with you later."),
    ("paeds-fever", "So what I'm going to do is let the doctor know straight away."),
    ("obgyn-pelvic-pain", "I'll pass that worry on to the doctor, don't worry."),
    ("psych-low-mood", "I'll make a note of that."),
    ("gastro-abdominal-pain", "sorry, I know it's really sore, the nurse is on her way."),
    ("resp-breathless", "Please stay sitting up for now, it may help."),
    ("geri-confusion", "Sorry Karen, a few of the next questions are a bit personal."),
    ("neuro-headache", "I've dimmed the lights a bit for you."),
]


@pytest.mark.parametrize(("case", "said"), NOTHING)
def test_a_turn_that_asks_nothing_tells_nothing(engine, library, case: str, said: str) -> None:
    assert facts(engine, library, case, said) == []


def test_a_test_asked_for_now_is_still_a_request(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "We'll get an ECG done straight away.") == [
        "tx-ecg"]
    assert facts(engine, library, "msk-knee-pain", "Can I have a look at your knee?")
