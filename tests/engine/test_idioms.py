"""Everyday idioms for what a fact says in plain words, from two fresh development sets
(`dev-questions-23` in the labelled set's style and `-24` of follow-ups): "spending a penny",
"knock it on the head", "passed your lips", "mozzies", "necking", "on the scales", "lobster
red", and a joint "replaced" as an operation. Each has a counterpart that keeps its answer."""

from __future__ import annotations

from osce.engine.scripted.lexicon import normalise
from tests.engine.conftest import facts


def test_idioms_read_as_plain_words() -> None:
    assert normalise("when did you knock it on the head?") == "when did you stop?"
    assert normalise("what's the last thing that passed your lips?") == (
        "what's the last thing that you ate?")
    # protection in the sun is not contraception
    assert "contraception" not in normalise("do you use sun protection?")


def test_the_idiom_reaches_the_fact(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine",
                 "how often are you spending a penny these days?") == ["hpc-timing"]
    assert facts(engine, library, "msk-knee-pain", "do you smoke?",
                 "when did you knock it on the head?") == ["sh-smoking"]
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "what's the last thing that passed your lips?") == ["hpc-last-ate"]
    assert facts(engine, library, "id-returned-traveller",
                 "were the mozzies bad out there?") == ["sh-bites"]


def test_a_joint_replaced_was_an_operation(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "did your parents have arthritis?",
                 "did she need any operations for it?") == ["fh-mother-knees"]
    # the patient's own operations are still his own
    assert "fh-mother-knees" not in facts(engine, library, "msk-knee-pain",
                                          "have you had any operations?")


def test_dizziness_is_light_headedness(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine", "any dizziness?") == ["hpc-dizzy"]
    # not the confusion or the neck of a man with malaria
    assert facts(engine, library, "id-returned-traveller", "any dizziness?") == []


def test_surgery_needed_is_an_operation(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "does anything run in the family?",
                 "did she need surgery?") == ["fh-mother-knees"]


def test_pain_asked_of_a_review_that_never_speaks_of_pain(engine, library) -> None:
    # "no cough, and his breathing's fine" does not answer chest pain
    assert facts(engine, library, "geri-confusion", "has he had any chest pain?") == []
    assert facts(engine, library, "endo-thirst", "do your eyes feel sore or gritty?") == []
    # a review that speaks of stinging answers pain passing urine
    assert facts(engine, library, "obgyn-pelvic-pain", "any pain passing urine?") == [
        "ros-urinary"]


def test_bringing_up_and_avoiding_pregnancy(engine, library) -> None:
    assert facts(engine, library, "resp-breathless", "have you got a cough?",
                 "are you spitting anything up when you cough?") == ["ros-sputum"]
    assert facts(engine, library, "resp-breathless",
                 "how are you avoiding pregnancy at the moment?") == ["dh-cocp"]
    assert facts(engine, library, "id-returned-traveller",
                 "did you have any jabs before you went?") == ["sh-pretravel"]


def test_over_the_counter_is_not_the_prescription(engine, library) -> None:
    # the headache case has no shop-bought medicine: its amlodipine is not the answer
    assert "dh-amlodipine" not in facts(engine, library, "neuro-headache",
                                        "do you take anything over the counter?")
    assert facts(engine, library, "cardio-chest-pain", "apart from the paracetamol, have you "
                 "bought anything else from the pharmacy lately?") == ["dh-otc"]


def test_a_long_journey_is_travel(engine, library) -> None:
    assert facts(engine, library, "resp-breathless", "any recent long journeys?") == [
        "hpc-travel"]
    # not the long lie on the bedroom floor
    assert facts(engine, library, "geri-confusion", "any recent long journeys?") == []


def test_more_idioms_reach_their_facts(engine, library) -> None:
    # from dev-questions-25 to -28: slang for cannabis, for dizziness, for blood thinners, for
    # a shop's name, for a trigger, for being sick, and for an injury
    assert facts(engine, library, "endo-thirst", "what about any wacky baccy?") == ["sh-drugs"]
    assert facts(engine, library, "renal-reduced-urine",
                 "does the room go swimmy when you stand up quickly?") == ["hpc-dizzy"]
    assert facts(engine, library, "neuro-headache",
                 "are you on anything that makes you bleed more easily?") == ["dh-anticoagulant"]
    assert facts(engine, library, "msk-knee-pain",
                 "do you buy anything from Holland and Barrett?") == ["dh-glucosamine"]
    assert facts(engine, library, "psych-low-mood", "what sparked all this off?") == [
        "hpc-trigger"]
    assert facts(engine, library, "paeds-fever", "has she brought any milk back up?") == [
        "hpc-vomiting"]
    assert facts(engine, library, "msk-knee-pain",
                 "I take it you haven't had any knocks or falls on it?") == ["hpc-trauma"]


def test_a_trigger_is_not_when_it_started() -> None:
    # "when it kicked off" is when it started; "what kicked it off" asks what set it off
    assert "trigger" not in normalise("had you been exerting yourself when it kicked off?")
    assert "triggered" in normalise("was there anything that kicked it off?")


def test_what_is_going_through_your_mind_is_a_worry(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain",
                 "what's the worst-case scenario that's been going through your head?") == [
        "ice-concerns"]


def test_what_sets_it_off_and_tablet_wise(engine, library) -> None:
    # "what sets it off?" asks what makes it worse; "brings it on" is not "what brings you in?"
    assert facts(engine, library, "msk-knee-pain", "what sets it off?") == ["hpc-exacerbating"]
    assert facts(engine, library, "derm-changing-mole", "what brings you in?", "does it itch?",
                 "is there anything that brings it on?") == ["hpc-exacerbating"]
    # "tablet-wise" asks after the tablets
    assert facts(engine, library, "msk-knee-pain", "what are you on, tablet-wise?") == [
        "dh-amlodipine", "dh-paracetamol"]


def test_up_and_down_and_allergies_to_a_drug(engine, library) -> None:
    # "does it go up and down?" asks whether it comes and goes
    assert facts(engine, library, "id-returned-traveller",
                 "is it there constantly or does it go up and down?") == ["hpc-timing"]
    # "allergies to painkillers" asks after allergies, not the painkillers he takes
    assert facts(engine, library, "msk-knee-pain",
                 "any allergies to painkillers or anything?") == ["allergy-none"]


def test_hesitations_and_text_speak_say_nothing() -> None:
    assert normalise("um, and how old were u when u started?") == (
        "and how old were you when you started?")
    assert normalise("erm r u ok?") == "are you ok?"
    # "U&Es" is a test, not "you"
    assert "u&es" in normalise("can I see her U&Es?")


def test_an_apology_before_the_question(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain",
                 "um, sorry, does anything in particular make it hurt more?") == [
        "hpc-exacerbating"]
    assert facts(engine, library, "resp-breathless",
                 "sorry, um, can I ask when you last had a period?") == ["obs-lmp"]


def test_a_checking_tag_and_what_triggers_it(engine, library) -> None:
    # "is that right?" names no right side
    assert facts(engine, library, "cardio-chest-pain",
                 "it spreads round to your back, is that right?") == ["hpc-radiation"]
    assert facts(engine, library, "derm-changing-mole", "what brings you in?", "does it itch?",
                 "does anything seem to trigger it?") == ["hpc-exacerbating"]
