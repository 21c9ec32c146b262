"""Questions that ask for several facts at once, the patient's own ideas and worries, and
near misses that must not be answered with a neighbouring fact."""

from __future__ import annotations

import pytest

from osce.engine.scripted.splitter import list_items, split_parts
from osce.models.case import Category, Polarity
from osce.models.transcript import ReplyKind
from tests.engine.conftest import Conversation, facts


@pytest.mark.parametrize(("question", "items"), [
    ("do you smoke or drink?", ["do you smoke", "do you drink"]),
    ("does he drink, smoke or take any drugs?",
     ["does he drink", "does he smoke", "does he take any drugs"]),
    ("how are your appetite and energy?", ["how are your appetite", "how are your energy"]),
    ("do you get pain or swelling?", []),  # not habits: one question about one thing
    ("do you smoke at all?", []),
])
def test_habits_and_how_questions_split_into_items(question: str, items: list[str]) -> None:
    assert list_items(question) == items


def test_smoking_and_drinking_asked_together_get_both(chest) -> None:
    facts = chest.ask("Do you smoke or drink?").grounding.facts
    assert set(facts) == {"sh-smoking", "sh-alcohol"}


def test_a_broad_question_filed_under_one_item_gets_the_whole_list(chest) -> None:
    case = chest.encounter.case
    drugs = {f.id for f in case.facts if f.category is Category.drugs
             and f.disclosure.value in ("on_question", "volunteered")}
    assert len(drugs) >= 2
    assert set(chest.ask("What medication are you on at the moment?").grounding.facts) == drugs


def test_a_question_naming_one_item_gets_that_item_only(chest) -> None:
    assert chest.ask("How long have you had high blood pressure?").grounding.facts == [
        "pmh-hypertension"]


def test_other_symptoms_lists_what_goes_with_the_complaint(chest) -> None:
    case = chest.encounter.case
    reply = chest.ask("Have you noticed anything else along with the pain?")
    assert reply.grounding.intent == "associated"
    assert reply.grounding.facts
    for fact_id in reply.grounding.facts:
        fact = case.fact(fact_id)
        assert fact.category is Category.hpc_associated
        assert fact.polarity is Polarity.present


@pytest.mark.parametrize(("question", "category"), [
    ("What do you reckon it is yourself?", Category.ice_ideas),
    ("What are you putting it down to?", Category.ice_ideas),
    ("What's worrying you most about it?", Category.ice_concerns),
    ("What are you hoping we can do for you today?", Category.ice_expectations),
])
def test_ideas_concerns_and_expectations(chest, question: str, category: Category) -> None:
    facts = chest.ask(question).grounding.facts
    assert facts and chest.encounter.case.fact(facts[0]).category is category


def test_a_nearby_fact_that_never_mentions_the_thing_asked_is_not_the_answer(
        engine, library) -> None:
    # "teething" is near a feeding fact in meaning; the case says nothing of teeth
    child = Conversation(engine, library.case("paeds-fever"))
    reply = child.ask("Is she teething at the moment?")
    assert reply.grounding.facts == []
    assert reply.grounding.kind in (ReplyKind.unknown, ReplyKind.default)


def test_how_long_after_a_fact_with_a_duration_is_about_that_fact(engine, library) -> None:
    knee = Conversation(engine, library.case("msk-knee-pain"))
    first = knee.ask("Do you get any stiffness in the mornings?").grounding.facts
    assert first == ["hpc-stiffness"]
    assert knee.ask("How long for?").grounding.facts == first


def test_how_many_after_smoking_is_about_smoking(chest) -> None:
    assert chest.ask("Do you smoke at all?").grounding.facts == ["sh-smoking"]
    assert chest.ask("Roughly how many are you getting through daily?").grounding.facts == [
        "sh-smoking"]


def test_other_tablets_are_the_ones_not_yet_told(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "what do you take for your blood pressure?",
                 "any other tablets besides that one?") == ["dh-atorvastatin"]
    # asked first, "any other tablets?" still hears them all
    assert facts(engine, library, "cardio-chest-pain", "any other tablets?") == [
        "dh-amlodipine", "dh-atorvastatin"]


def test_a_filler_after_and_still_joins_two_questions(engine, library) -> None:
    assert split_parts("who's at home with you and um do you drive at all?") == [
        "who's at home with you", "do you drive at all?"]
    assert facts(engine, library, "msk-knee-pain",
                 "um, do you smoke or did you used to, and sorry how much do you drink in a "
                 "week?") == ["sh-smoking", "sh-alcohol"]


def test_a_check_announced_first_and_a_symptom_named_with_ness(engine, library) -> None:
    # "I just have to check" frames the question; "redness" and "soreness" are red and sore
    assert facts(engine, library, "endo-thirst",
                 "um, sorry, I just have to check, any redness or soreness down there, like on "
                 "the end of your penis?") == ["ros-balanitis"]
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "any soreness in your boobs lately?") == ["obs-breast"]


def test_contraception_is_the_pill_she_takes(engine, library) -> None:
    # the generic questions file contraception under sexual history, which this case lacks;
    # her pill is a drug fact whose words say "contraceptive"
    assert facts(engine, library, "resp-breathless",
                 "sorry, so you don't use any contraception then?") == ["dh-cocp"]
