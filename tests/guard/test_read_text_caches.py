"""The rules memoise their readings of a text; a benchmark must be able to forget them, or
its later rounds would time sentences whose reading is remembered."""

from osce.engine.scripted.lexicon import normalise, stem
from osce.guard.checker import forget_read_texts
from osce.guard.numbers import digits
from osce.guard.terms import idioms


def test_memoised_readings_are_the_readings() -> None:
    forget_read_texts()
    first = digits("about three and a half weeks")
    assert digits("about three and a half weeks") == first == "about 3.5 weeks"
    assert digits.cache_info().hits >= 1


def test_forgetting_empties_every_memo() -> None:
    digits("twenty-two years")
    idioms("it came back negative")
    normalise("my tummy hurts")
    stem("coughing")
    forget_read_texts()
    for read in (digits, idioms, normalise, stem):
        assert read.cache_info().currsize == 0
