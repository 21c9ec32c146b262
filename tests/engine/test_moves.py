"""Social moves and statements: what a student says that is not a question about the case."""

from __future__ import annotations

import pytest

from osce.models.transcript import ReplyKind


def test_name_and_date_of_birth_together_get_both(chest) -> None:
    reply = chest.ask("Could you tell me your full name and date of birth?")
    case = chest.encounter.case
    assert case.persona.name in reply.text
    assert case.persona.age in reply.text
    assert set(reply.grounding.persona) == {"name", "age"}


def test_proxy_confirms_the_relationship(child) -> None:
    reply = child.ask("Are you her mum?")
    informant = child.encounter.case.informant
    assert reply.text.startswith("Yes")
    assert informant.relationship in reply.text
    assert reply.grounding.facts == []


@pytest.mark.parametrize("statement", [
    "I'll ask about your family a bit later.",
    "Next I'd like to ask some questions about your medicines.",
    "Okay, now I'm going to move on to your past medical history.",
])
def test_a_signpost_is_acknowledged_and_discloses_nothing(chest, statement: str) -> None:
    reply = chest.ask(statement)
    assert reply.grounding.kind is ReplyKind.social
    assert reply.grounding.facts == []
    assert reply.grounding.intent == "signpost"


def test_a_question_after_a_signpost_is_still_answered(chest) -> None:
    reply = chest.ask("I'd like to ask about your medicines - what do you take regularly?")
    assert reply.grounding.kind is ReplyKind.answer
    assert any(f.startswith("dh-") for f in reply.grounding.facts)


def test_goodbye_inside_a_question_is_not_a_farewell() -> None:
    from osce.engine.scripted.intents import Intent, social_intent

    assert social_intent("have you said goodbye to anyone?") is None
    assert social_intent("ok, thanks, bye!") in (Intent.closing, Intent.thanks)


def test_a_follow_up_means_the_fact_just_heard(chest) -> None:
    chest.ask("Do you have high blood pressure?")
    reply = chest.ask("When were you diagnosed with that?")
    assert reply.grounding.facts == ["pmh-hypertension"]
