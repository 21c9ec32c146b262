"""Two classes of contradiction left over in the worked SmolLM2 sets (smollm2-dev-7 and -9):
smoking now, said where the case's smoking fact says there is none now, and a clock time
for the start that no onset fact of the case allows. Each with a counterpart that must keep
its verdict; the sentences are new wordings, not the sets' own."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

SMOKE = "How many do you smoke a day?"


@pytest.mark.parametrize(("case", "sentence", "contradicts"), [
    # Callum doesn't smoke, only vapes; Dennis stopped in his fifties; Natalie never smoked
    ("gastro-abdominal-pain", "I smoke about five cigarettes a day.", True),
    ("geri-confusion", "He smokes, maybe ten a day.", True),
    ("resp-breathless", "I'm a smoker, I'm afraid.", True),
    # ... and Graham smokes twenty a day, so saying so contradicts nothing
    ("cardio-chest-pain", "I smoke about twenty a day.", False),
    # the past is not now
    ("geri-confusion", "He used to smoke ten a day.", False),
])
def test_smoking_now_where_the_case_says_not(guard, library, case, sentence,
                                             contradicts) -> None:
    said = verdict_of(guard, library, case, sentence, planned=[], question=SMOKE)
    assert (said is Verdict.contradiction) is contradicts


ONSET = "What time did it start?"


@pytest.mark.parametrize(("case", "sentence", "contradicts"), [
    # Graham's pain came on around seven this morning
    ("cardio-chest-pain", "It started at 2 pm.", True),
    ("cardio-chest-pain", "It came on at about 7 am.", False),
    # Jessica's began yesterday afternoon
    ("obgyn-pelvic-pain", "It began at 9:15 am.", True),
    ("obgyn-pelvic-pain", "It started at 3 pm.", False),
    # Terry's knee crept up over eighteen months: no moment at all
    ("msk-knee-pain", "It started at 8 o'clock.", True),
])
def test_a_clock_time_for_the_start(guard, library, case, sentence, contradicts) -> None:
    said = verdict_of(guard, library, case, sentence, planned=[], question=ONSET)
    assert (said is Verdict.contradiction) is contradicts
