"""What a question names decides whose fact answers it: a thing the case never mentions is
not answered with a neighbouring fact, two things named together get both facts, and a
follow-up that names what another fact holds goes to that fact, not the one just heard."""

from __future__ import annotations

import pytest

from osce.engine.scripted.lexicon import content_stems, is_topic, normalise, other_person
from osce.models.transcript import ReplyKind
from tests.engine.conftest import Conversation


@pytest.fixture
def knee(engine, library) -> Conversation:
    return Conversation(engine, library.case("msk-knee-pain"))


@pytest.mark.parametrize("question", [
    "have you had a steroid injection into it?",
    "has anyone given you a cortisone jab in the knee?",
])
def test_a_treatment_the_case_never_mentions_is_not_what_was_tried(knee, question) -> None:
    reply = knee.ask(question)
    assert "hpc-tried" not in reply.grounding.facts
    assert reply.grounding.kind in (ReplyKind.unknown, ReplyKind.default)


def test_two_habits_named_together_get_both_facts(engine, library) -> None:
    talk = Conversation(engine, library.case("resp-breathless"))
    assert set(talk.ask("what about smoking and alcohol?").grounding.facts) == {
        "sh-smoking", "sh-alcohol"}


def test_a_follow_up_naming_what_another_fact_holds_goes_there(engine, library) -> None:
    talk = Conversation(engine, library.case("geri-confusion"))
    assert talk.ask("has he had any falls?").grounding.facts == ["hpc-fall"]
    # "before" is in the earlier fall's fact, not in Wednesday's
    assert talk.ask("has that happened before?").grounding.facts == ["hpc-fall-previous"]


def test_thoughts_of_hurting_someone_else_are_not_the_patients_own(engine, library) -> None:
    talk = Conversation(engine, library.case("psych-low-mood"))
    assert "risk-thoughts" not in talk.ask(
        "have you had any thoughts of hurting anyone else?").grounding.facts
    assert talk.ask("have you had any thoughts of hurting yourself?").grounding.facts == [
        "risk-thoughts"]


def test_the_surgery_is_the_gps_practice_not_an_operation(engine, library) -> None:
    assert "surgery" not in normalise("did the surgery ever tell you about your kidneys?")
    talk = Conversation(engine, library.case("renal-reduced-urine"))
    assert talk.ask("did the surgery ever tell you there was a problem with your kidneys?"
                    ).grounding.facts == ["pmh-ckd"]


def test_words_the_stemmer_would_mangle_name_no_body_part() -> None:
    # "early" once stemmed to "ear": "was she early or late?" named an ear
    assert not any(is_topic(s) for s in content_stems(normalise("was she early or late?")))
    assert other_person("did anyone else catch it?") == ("else",)
    assert other_person("did you catch anything?") == ()


def test_the_other_side_is_not_this_patients_knee(knee) -> None:
    reply = knee.ask("does your left knee give you any bother?")
    assert "pc-knee-pain" not in reply.grounding.facts
    assert knee.ask("does your right knee give you any bother?").grounding.facts == [
        "pc-knee-pain"]


def test_right_in_the_middle_is_no_side(engine, library) -> None:
    # the site fact says "right in the middle of my chest": not the right side
    talk = Conversation(engine, library.case("cardio-chest-pain"))
    assert talk.ask("where's the CP exactly, central or more left sided?").grounding.facts == [
        "hpc-site"]


@pytest.mark.parametrize(("case_id", "question", "neighbour"), [
    ("neuro-headache", "when did you last have your blood pressure checked?",
     "pmh-hypertension"),
    ("renal-reduced-urine", "do you check your sugars at home?", "pmh-diabetes"),
    ("derm-changing-mole", "has a doctor ever looked at it before?", "pmh-skin-cancer"),
])
def test_a_check_the_case_never_speaks_of_is_not_the_condition(engine, library, case_id,
                                                               question, neighbour) -> None:
    reply = Conversation(engine, library.case(case_id)).ask(question)
    assert neighbour not in reply.grounding.facts
    assert reply.grounding.kind in (ReplyKind.unknown, ReplyKind.default)


def test_a_check_the_case_author_wrote_for_is_still_answered(engine, library) -> None:
    # the cholesterol fact's own questions speak of checks and tests
    talk = Conversation(engine, library.case("cardio-chest-pain"))
    assert talk.ask("has anyone ever checked your cholesterol?").grounding.facts == [
        "pmh-cholesterol"]


def test_anyone_else_is_not_answered_by_a_fact_that_speaks_of_nobody_else(engine,
                                                                         library) -> None:
    # "anything else been going on?" is among the tummy bug's questions; its words are the
    # patient's own
    talk = Conversation(engine, library.case("renal-reduced-urine"))
    assert "hpc-diarrhoea" not in talk.ask("did anyone else catch the tummy bug?"
                                           ).grounding.facts
    assert Conversation(engine, library.case("renal-reduced-urine")).ask(
        "have you had a tummy bug?").grounding.facts == ["hpc-diarrhoea"]


@pytest.mark.parametrize(("case_id", "question", "neighbour"), [
    ("endo-thirst", "what dose is your mum on for her thyroid?", "fh-mother-thyroid"),
    ("derm-changing-mole", "what's your BP usually running at?", "pmh-hypertension"),
])
def test_a_figure_the_fact_does_not_give_is_not_answered_with_it(engine, library, case_id,
                                                                 question, neighbour) -> None:
    # "about three years ago" says when, not what the reading is
    reply = Conversation(engine, library.case(case_id)).ask(question)
    assert neighbour not in reply.grounding.facts


def test_a_dose_the_fact_gives_is_answered(engine, library) -> None:
    talk = Conversation(engine, library.case("derm-changing-mole"))
    assert talk.ask("what dose of amlodipine are you on?").grounding.facts == ["dh-amlodipine"]


def test_on_any_antibiotics_asks_what_she_takes_not_what_she_reacts_to(engine,
                                                                        library) -> None:
    talk = Conversation(engine, library.case("paeds-fever"))
    assert "allergy-none" not in talk.ask("is she on any antibiotics at the moment?"
                                          ).grounding.facts
    assert talk.ask("is she allergic to any antibiotics?").grounding.facts == ["allergy-none"]
