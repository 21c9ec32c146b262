"""A patient who apologises for coming in names the complaint without claiming anything about
it ("wasting your time over a mole"): the sentence is social. Saying what the mole does is
a claim again."""

from __future__ import annotations

from osce.guard import social
from osce.guard.checker import _clinical_words


def test_the_complaint_named_in_an_apology_is_social() -> None:
    for said in ("Bit embarrassed wasting your time over a mole, if I'm honest.",
                 "I feel a bit daft sitting here over a cough."):
        assert social.kind(said) == "feeling", said
        assert not _clinical_words(social.remainder(said)), said


def test_what_the_complaint_does_is_still_a_claim() -> None:
    said = "Bit embarrassed wasting your time over a mole that's started bleeding."
    assert _clinical_words(social.remainder(said))
    assert _clinical_words(social.remainder("Sorry for sitting here over a cough that's "
                                            "brought up blood."))


def test_the_stock_reply_to_a_request_for_the_diagnosis_is_social() -> None:
    # the scripted patient's own words when asked for the answer are not a break
    assert social.kind("That's why I'm here.") == "feeling"
    assert social.kind("That's why I'm here, the chest pain.") is None
