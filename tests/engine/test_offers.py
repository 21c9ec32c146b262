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


def test_leave_to_stop_and_other_add_ons_to_consent(engine, library) -> None:
    """What a student adds to the consent question (leave to stop, how long it takes, a
    kindness, an apology for the room) asks nothing of the history: "you can stop me at any
    time" is not about stopping smoking, "some might be sensitive" not about the light."""
    for said in ("you can stop me at any time", "we can take a break whenever you like",
                 "you don't have to answer anything you don't want to",
                 "tell me if anything i say doesn't make sense",
                 "would you like to sit up?", "let me know if the light is bothering you",
                 "your family can stay if you like"):
        assert social_intent(said) is Intent.offer, said
    assert social_intent("it should take about ten minutes.") is Intent.signpost
    assert social_intent("some might be a bit sensitive.") is Intent.signpost
    assert social_intent("i know you must be worried.") is Intent.empathy
    assert social_intent("take your time answering.") is Intent.empathy
    assert social_intent("you look a bit uncomfortable") is Intent.empathy
    assert social_intent("sorry it's so noisy in here.") is Intent.small_talk
    assert social_intent("have you been looked after ok so far?") is Intent.small_talk
    assert social_intent("medical student.") is Intent.introduction
    # the history asked in the same words is still the history
    assert social_intent("have you been treated for anything in the past?") is None
    assert social_intent("do you want to stop smoking?") is not Intent.offer
    assert social_intent("does sitting up help?") is None
    for case, said in (
            ("msk-knee-pain", "hi, I'm Kim, a student - ok if I ask some questions? you can "
                              "stop me at any time"),
            ("paeds-fever", "hi, I'm Dan, a medical student. Is it ok if I ask you some "
                            "personal questions? Some might be a bit sensitive."),
            ("geri-confusion", "hello, I'm Ravi, a medical student. Is it ok if I ask some "
                               "questions? I know you must be worried."),
            ("neuro-headache", "hello, I'm Ben, a medical student. You look a bit "
                               "uncomfortable, would you like to sit up?"),
            ("gastro-abdominal-pain", "hello, I'm Pat. Medical student. Can we have a chat? "
                                      "Take your time answering.")):
        assert facts(engine, library, case, said) == [], said
    # and a real question after the consent is still answered
    assert facts(engine, library, "msk-knee-pain", "have you ever smoked?") == ["sh-smoking"]
