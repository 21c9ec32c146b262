"""How a nervous student puts a question, from a fresh development set (`dev-questions-22`):
a question tag ("..., are you?"), "by any chance", "sorry," before a question, and "I just
wanted to check" (the student checking, not a test the patient had). Also a question that reads
almost word for word like a fact's "before" question without saying "before". Each has a
counterpart that keeps its answer."""

from __future__ import annotations

from osce.engine.scripted.splitter import split_parts
from osce.models.transcript import ReplyKind
from tests.engine.conftest import facts, reply


def test_a_question_tag_asks_nothing_of_its_own() -> None:
    assert split_parts("You're not drinking much at the moment, are you?") == [
        "You're not drinking much at the moment?"]
    assert split_parts("you smoke, do you?") == ["you smoke?"]
    # a question after a comma that asks something new is still a question of its own
    assert split_parts("any pain, and is it there now?") == ["any pain", "is it there now?"]


def test_by_any_chance_is_courtesy() -> None:
    assert split_parts("Any pain or swelling in your legs, by any chance?") == [
        "Any pain or swelling in your legs?"]


def test_the_tagged_question_is_answered(engine, library) -> None:
    assert facts(engine, library, "neuro-headache", "you've bumped your head recently, have you?"
                 ) == ["hpc-head-injury"]
    assert facts(engine, library, "resp-breathless",
                 "Any pain or swelling in your legs, by any chance?") == ["hpc-calf-pain"]


def test_the_hidden_fact_still_is_never_told(engine, library) -> None:
    said = reply(engine, library, "psych-low-mood", "do you drink whisky on your own?")
    assert "sh-alcohol-hidden" not in said.grounding.facts
    assert "whisky" not in said.text.lower()


def test_the_student_checking_is_not_a_test(engine, library) -> None:
    assert facts(engine, library, "geri-confusion",
                 "Sorry, I wanted to check, he hasn't had any falls or anything recently, has he?"
                 ) == ["hpc-fall"]
    # a check the patient had is still asked after by name
    assert facts(engine, library, "msk-knee-pain", "have you had your eyes tested?") == []


def test_sorry_before_a_question_is_not_asking_again(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain",
                 "So, um, sorry, what's been going on with you since last night?") == [
        "pc-abdo-pain"]
    again = reply(engine, library, "gastro-abdominal-pain", "what brings you in?", "sorry, what?")
    assert again.grounding.facts == ["pc-abdo-pain"]


def test_a_symptom_is_not_its_previous_episodes(engine, library) -> None:
    # "have you been short of breath like this before?" is the previous episodes' question;
    # without "before" it asks after the breathlessness, and "never had anything like this"
    # would deny it
    said = reply(engine, library, "resp-breathless", "have you been short of breath?")
    assert "hpc-previous" not in said.grounding.facts
    assert facts(engine, library, "resp-breathless",
                 "have you ever been short of breath like this before?") == ["hpc-previous"]
    assert said.grounding.kind is not ReplyKind.unknown


def test_a_bare_part_of_the_body_repeats_the_item_before_it() -> None:
    from osce.engine.scripted.splitter import list_items
    assert list_items("any weakness in your arms or legs?") == [
        "any weakness in your arms", "any weakness in your legs"]
    assert list_items("any rash on your arms, legs or tummy?") == [
        "any rash on your arms", "any rash on your legs", "any rash on your tummy"]
    # where the part comes last, it goes with every item, as before
    assert list_items("any pain or swelling in your calves?") == [
        "any pain in your calves", "any swelling in your calves"]


def test_weakness_in_the_legs_is_not_the_ankles(engine, library) -> None:
    asked = facts(engine, library, "cardio-chest-pain", "any weakness in your arms or legs?")
    assert "ros-leg-swelling" not in asked
    assert facts(engine, library, "cardio-chest-pain", "any swelling in your ankles or legs?") == [
        "ros-leg-swelling"]


def test_a_closed_question_naming_the_complaint_is_the_complaint(engine, library) -> None:
    # its examples are all "what brings you in?", so a closed question reads far from them
    assert facts(engine, library, "cardio-chest-pain", "any pain in your chest?") == [
        "pc-chest-pain"]
    assert facts(engine, library, "gastro-abdominal-pain", "any tummy pain?") == ["pc-abdo-pain"]
    assert facts(engine, library, "resp-breathless", "have you been short of breath?") == [
        "pc-breathless-chest-pain"]
    # another time, or a pain the complaint does not say, is not the complaint
    assert facts(engine, library, "cardio-chest-pain",
                 "have you had chest pain like this before?") == ["hpc-previous"]
    assert facts(engine, library, "derm-changing-mole", "any back pain?") != ["pc-mole"]
    assert facts(engine, library, "derm-changing-mole", "any chest pain?") == []


def test_a_symptom_the_fact_is_about_is_not_off_script(engine, library) -> None:
    # a generic "have you had any nausea?" files under the gut, which the chest pain case has
    # no fact in; its nausea is an associated symptom
    assert facts(engine, library, "cardio-chest-pain", "have you had any nausea?") == [
        "hpc-nausea"]
    # a word the fact only mentions in passing is not what it is about
    assert facts(engine, library, "msk-knee-pain", "any problems with your hearing?") == []
    assert facts(engine, library, "paeds-fever", "have her eyes been red or sticky?") == []
