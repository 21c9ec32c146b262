"""A request to examine or order a test put as what the student is about to do ("can I have a
look at her rash?", "I'd like to send off some bloods") is the request itself: the finding in
the examiner's voice, or leave given, never a case fact that reads near its words."""

from __future__ import annotations

from osce.engine.scripted.intents import Intent, acted_request
from osce.models.transcript import ReplyKind
from tests.engine.conftest import reply


def test_what_the_student_will_do_is_a_request() -> None:
    assert acted_request("can i have a look at her rash?") is Intent.examine
    assert acted_request("i'd like to send off some bloods") is Intent.order
    assert acted_request("let me just check your blood pressure") is Intent.examine
    # asking leave to ask, and asking after a look someone else had, are questions
    assert acted_request("can i ask when the rash started?") is None
    assert acted_request("has anyone had a look at her rash?") is None


def test_leave_to_look_gets_the_finding(engine, library) -> None:
    final = reply(engine, library, "paeds-fever", "can I have a look at her rash?")
    assert final.grounding.kind is ReplyKind.exam
    assert final.text.startswith("Examiner:")


def test_a_request_with_no_finding_is_not_a_fact(engine, library) -> None:
    # the only finding near "bloods ... kidney function" is an examination: leave is given
    final = reply(engine, library, "renal-reduced-urine",
                  "can we get some bloods to check her kidney function?")
    assert final.grounding.kind is ReplyKind.social
    assert final.grounding.facts == []


def test_a_question_near_a_finding_is_still_a_question(engine, library) -> None:
    final = reply(engine, library, "paeds-fever", "can I ask when the rash started?")
    assert final.grounding.kind is ReplyKind.answer
    assert final.grounding.facts == ["hpc-rash-onset"]
