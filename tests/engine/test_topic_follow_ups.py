"""A detail asked straight after the answer that opened its topic, and questions that end like
a tag without being one. From the risk questions of `dev-questions-3`, `-12` and `-20`: after
"I've thought about how I'd do it", "where would you go?" asks for the plan, which the author
keeps for a specific question; a vague "has that happened to you?" still does not reach it.
"How would you do it?" ends as "..., do it?" would, and is not a leading question to say
"No." to."""

from __future__ import annotations

from osce.engine.scripted.intents import is_leading
from tests.engine.conftest import Conversation, facts, reply


def test_where_after_the_method_is_the_plan(engine, library) -> None:
    assert facts(engine, library, "psych-low-mood", "have you thought about how you would do it?",
                 "where would you go?") == ["risk-plan"]
    assert facts(engine, library, "psych-low-mood", "have you had thoughts of suicide?",
                 "have you stored up any tablets?", "where are they?") == ["risk-preparations"]


def test_the_plan_still_waits_for_a_question_about_it(engine, library) -> None:
    asked = facts(engine, library, "psych-low-mood", "have you had thoughts of suicide?",
                  "has that happened before?")
    assert not {"risk-plan", "risk-preparations", "risk-final-acts"} & set(asked)
    # a detail asked with nothing opened before it is not specific enough either
    assert "risk-plan" not in facts(engine, library, "psych-low-mood", "where would you go?")


def test_a_question_ending_like_a_tag_is_not_leading() -> None:
    for question in ("how would you do it?", "whereabouts is it?", "how many tablets are there?",
                     "when did she have it?"):
        assert not is_leading(question), question
    for question in ("you've had this before, haven't you?", "it goes to your jaw, does it?",
                     "so you live alone?"):
        assert is_leading(question), question


def test_no_false_no_before_the_plan(engine, library) -> None:
    said = reply(engine, library, "psych-low-mood", "have you thought about how you would do it?")
    assert said.grounding.facts == ["risk-plan"]
    assert not said.text.lower().startswith("no")


def test_eased_since_it_began_is_its_course(engine, library) -> None:
    # "has it eased off?" after when the headache began asks how it has gone since; after a
    # painkiller it asks whether that worked
    assert facts(engine, library, "neuro-headache", "when did the headache start?",
                 "has it eased off at all since then?") == ["hpc-timing"]
    assert facts(engine, library, "paeds-fever", "have you given her anything for it?",
                 "did it help?") == facts(engine, library, "paeds-fever",
                                          "have you given her anything for it?")


def test_when_was_that_is_the_time_the_last_answer_gave(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain", "have you taken anything for it?",
                 "what time was that?") == ["hpc-tried"]
    assert facts(engine, library, "derm-changing-mole", "have you noticed any bleeding from it?",
                 "when was that, roughly?") == ["hpc-bleeding"]
    assert facts(engine, library, "id-returned-traveller", "have you taken anything for it?",
                 "how long does that hold it for?") == ["hpc-relieving"]


def test_an_informant_greeted_by_the_patients_name(engine, library) -> None:
    said = reply(engine, library, "paeds-fever", "hello, I'm Sophie, a medical student. Are you "
                 "Isla's mum? Is it ok if I ask you a few questions?")
    assert said.grounding.facts == []
    assert "mother" in said.text or "mum" in said.text
    # the patient himself is not anybody's wife
    assert reply(engine, library, "cardio-chest-pain", "are you Dave's wife?").grounding.facts == []


def test_a_relatives_age_is_not_the_patients(engine, library) -> None:
    said = reply(engine, library, "neuro-headache", "who do you live with?",
                 "how old is your son?")
    assert said.grounding.facts == ["sh-home"]
    assert "47" not in said.text
    # a parent asked her daughter's age gives the patient's
    assert "14 months" in reply(engine, library, "paeds-fever", "how old is your daughter?").text


def test_and_where_asks_a_new_side_of_it(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "what's brought you in today?",
                 "and where in your chest are you feeling it?") == ["hpc-site"]
    assert facts(engine, library, "cardio-chest-pain", "any problems with your blood pressure?",
                 "what do they give you for it?") == ["dh-amlodipine"]


def test_overnight_says_how_long(engine, library) -> None:
    # "it goes down overnight" gives the length asked for
    assert facts(engine, library, "msk-knee-pain", "does the knee swell up?",
                 "how long does it take to go down?") == ["hpc-swelling"]


def test_a_whole_question_after_and_is_not_a_continuation(engine, library) -> None:
    # "and in the daytime, are you weeing more?" asks its own question: the day, not the night
    assert facts(engine, library, "endo-thirst", "do you get up in the night to pass urine?",
                 "and in the daytime, are you weeing more than usual too?") == ["hpc-polyuria"]


def test_what_happened_when_you_had_it_asks_after_the_last_answer(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain", "are you allergic to any medicines?",
                 "and what happened when you had it?") == ["allergy-penicillin"]


def test_what_was_it_last_night_is_the_answer_just_heard(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain", "how bad is the pain out of ten now?",
                 "and what was it last night?") == ["hpc-severity"]


def test_it_after_a_symptom_is_that_symptom(engine, library) -> None:
    # the unresolved reading of "running to the loo" is the waterworks; "it" is the diarrhoea
    assert facts(engine, library, "renal-reduced-urine", "any diarrhoea?",
                 "how often were you running to the loo with it?") == ["hpc-diarrhoea-details"]
    assert facts(engine, library, "renal-reduced-urine",
                 "how often are you running to the loo?") == ["hpc-timing"]
    # a fact on the topic itself keeps its own reading
    assert facts(engine, library, "derm-changing-mole", "what's brought you in?",
                 "is it all the same shade?") == ["hpc-colour"]


def test_how_often_after_a_denial_keeps_the_denial(engine, library) -> None:
    # "how often?" once reached the drink's frequency after "No cough"
    for case_id, first in (("id-returned-traveller", "any cough?"),
                           ("obgyn-pelvic-pain", "any fevers?")):
        talk = Conversation(engine, library.case(case_id))
        denied = talk.ask(first).grounding.facts
        assert talk.ask("how often?").grounding.facts == denied, case_id
    # "does anything help?" after a denial goes back to the complaint
    talk = Conversation(engine, library.case("cardio-chest-pain"))
    talk.ask("any cough?")
    assert talk.ask("what makes it worse?").grounding.facts == ["hpc-exacerbating"]
