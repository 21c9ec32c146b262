"""Comfort offered ("shall I turn the lights down?") is not a question about the history: the
patient accepts, and no fact is disclosed, however near the photophobia it reads."""

from __future__ import annotations

from osce.engine.scripted.intents import Intent, social_intent
from osce.models.transcript import ReplyKind
from tests.engine.conftest import facts, reply


def test_offers_are_heard_as_offers() -> None:
    for said in ("shall i turn the light down?", "would you like me to get you some water?",
                 "let me know if you need a break", "can i get you anything?",
                 "do you want a glass of water?"):
        assert social_intent(said) is Intent.offer, said
    # a habit asked after, and an offer to examine, are not comfort offered
    assert social_intent("do you like a glass of wine?") is None
    assert social_intent("would you like me to examine your knee?") is not Intent.offer


def test_an_offer_discloses_nothing(engine, library) -> None:
    final = reply(engine, library, "neuro-headache", "shall I turn the light down?")
    assert final.grounding.kind is ReplyKind.social
    assert final.grounding.facts == []
    assert facts(engine, library, "neuro-headache",
                 "hi, I'm Jamie, a student - ok if I ask some questions? let me know if you "
                 "want the lights down.") == []
    # and the question after it is still answered
    assert facts(engine, library, "renal-reduced-urine", "do you like a glass of wine?") == [
        "sh-alcohol"]


def test_an_offer_said_as_a_statement(engine, library) -> None:
    assert facts(engine, library, "neuro-headache",
                 "hi, I'm Ben, a student - would you mind if I asked a few questions? I can "
                 "turn the light off if it's hurting.") == []
