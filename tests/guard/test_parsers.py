"""Numbers, durations, negation and sides: the small readers the guard is built on."""

from __future__ import annotations

import pytest

from osce.guard import negation
from osce.guard.numbers import close, digits, figures, iso_days
from osce.guard.terms import lay_patterns_for


@pytest.mark.parametrize(("text", "expected"), [
    ("thirty-nine point six", "39.6"),
    ("a hundred and twenty", "a 120"),
    ("twenty-five", "25"),
    ("two decades ago", "20 years ago"),
    ("a fortnight", "2 weeks"),
    ("half an hour", "0.5 hours"),
])
def test_number_words_become_digits(text: str, expected: str) -> None:
    assert digits(text) == expected


def test_durations_doses_and_frequencies() -> None:
    f = figures("I take ramipril ten milligrams twice a day, started a couple of weeks ago.")
    assert f.mass == [10.0]
    assert f.per_day == [2.0]
    assert f.durations == [14.0]
    assert figures("one gram four times a day").mass == [1000.0]
    assert figures("five millilitres").volume == [5.0]
    assert figures("every four hours").per_day == [6.0]
    assert figures("it built up over about an hour").course == [pytest.approx(1 / 24)]
    assert figures("over the last three days").durations == [3.0]


def test_iso_durations_and_closeness() -> None:
    assert iso_days("PT3H") == pytest.approx(0.125)
    assert iso_days("P6W") == 42
    assert iso_days("P2Y") == 730
    assert close(42, 45.6)  # "a month and a half" for six weeks
    assert not close(2 / 24, 3 / 24)  # two hours is not three


def test_negation() -> None:
    assert negation.polarity("No, never had anything like that.") == "absent"
    assert negation.polarity("My ankles are fine.") == "absent"
    assert negation.polarity("It goes right down my arm.") == "present"
    assert negation.polarity("I feel sick but I haven't vomited.") == "mixed"
    assert negation.polarity("I'm not sure, it might be worse at night.") == "present"


def test_lay_diagnoses_are_found() -> None:
    patterns = lay_patterns_for("pulmonary embolism")
    assert any(p.search("i think there's a clot in my lungs") for p in patterns)
    patterns = lay_patterns_for("urinary tract infection")
    assert any(p.search("could it be a water infection") for p in patterns)
    patterns = lay_patterns_for("pulmonary embolism")
    assert not any(p.search("my mum had a clot in her leg") for p in patterns)
