"""Short questions that lean on the answer just given ("what sort of things?", "and after a
long walk?", "when did you last take one?") are about that answer's fact, and questions
about the family or about someone else are not answered with the patient's own facts."""

from __future__ import annotations

import pytest

from osce.engine.scripted.lexicon import other_person
from osce.models.transcript import ReplyKind
from tests.engine.conftest import Conversation


def talk(engine, library, case_id: str) -> Conversation:
    return Conversation(engine, library.case(case_id))


def test_how_long_has_that_been_going_on_is_the_symptom_just_heard(engine, library) -> None:
    thirst = talk(engine, library, "endo-thirst")
    assert thirst.ask("any problems with your eyes?").grounding.facts == ["ros-vision"]
    assert thirst.ask("how long has that been going on?").grounding.facts == ["ros-vision"]


def test_what_sort_of_things_asks_more_of_the_last_answer(engine, library) -> None:
    son = talk(engine, library, "geri-confusion")
    assert son.ask("has he been seeing things?").grounding.facts == ["hpc-hallucinations"]
    assert son.ask("what sort of things?").grounding.facts == ["hpc-hallucinations"]


def test_and_after_a_walk_continues_the_last_question(engine, library) -> None:
    knee = talk(engine, library, "msk-knee-pain")
    assert knee.ask("how bad is the pain?").grounding.facts == ["hpc-severity"]
    # the severity fact says how bad it is after a long walk
    assert knee.ask("and after a long walk?").grounding.facts == ["hpc-severity"]


def test_and_with_a_question_of_its_own_is_not_a_continuation(engine, library) -> None:
    pelvis = talk(engine, library, "obgyn-pelvic-pain")
    assert pelvis.ask("when did the pain first come on?").grounding.facts == ["hpc-onset"]
    # "yesterday" is in the onset's words, but the question asks whether it has changed
    assert pelvis.ask("and has it stayed the same since yesterday?").grounding.facts == [
        "hpc-worsening"]


def test_when_did_you_last_take_one_is_the_drug_just_named(engine, library) -> None:
    chest = talk(engine, library, "resp-breathless")
    assert chest.ask("are you on any tablets?").grounding.facts == ["dh-ibuprofen"]
    assert chest.ask("when did you last take one?").grounding.facts == ["dh-ibuprofen"]


def test_drinking_after_smoking_is_the_drinking(engine, library) -> None:
    chest = talk(engine, library, "cardio-chest-pain")
    assert chest.ask("do you smoke?").grounding.facts == ["sh-smoking"]
    # "drink" is an amount word for the alcohol fact, not for the cigarettes just counted
    assert chest.ask("how much do you drink in a week?").grounding.facts == ["sh-alcohol"]
    both = talk(engine, library, "cardio-chest-pain")
    assert set(both.ask("do you smoke, and how much do you drink in a week?").grounding.facts
               ) == {"sh-smoking", "sh-alcohol"}


def test_the_familys_cholesterol_is_not_the_patients(engine, library) -> None:
    chest = talk(engine, library, "cardio-chest-pain")
    reply = chest.ask("has anyone in the family had high cholesterol?")
    assert "pmh-cholesterol" not in reply.grounding.facts
    assert reply.grounding.kind in (ReplyKind.unknown, ReplyKind.default)
    # the patient's own is still his
    assert talk(engine, library, "cardio-chest-pain").ask(
        "have you ever had high cholesterol?").grounding.facts == ["pmh-cholesterol"]


def test_a_relative_no_fact_names_gets_no_family_list(engine, library) -> None:
    tummy = talk(engine, library, "gastro-abdominal-pain")
    assert tummy.ask("is your mum well?").grounding.facts == []
    # the family list is still there for the family as a whole
    assert "fh-dad-appendix" in talk(engine, library, "gastro-abdominal-pain").ask(
        "does anything run in the family?").grounding.facts


@pytest.mark.parametrize(("case_id", "opening"), [
    ("id-returned-traveller", "how can we help you today?"),
    ("endo-thirst", "what's been bothering you?"),
])
def test_common_openings_get_the_presenting_complaint(engine, library, case_id,
                                                     opening) -> None:
    reply = talk(engine, library, case_id).ask(opening)
    assert reply.grounding.facts and reply.grounding.facts[0].startswith("pc-")


def test_palps_are_palpitations(engine, library) -> None:
    assert talk(engine, library, "resp-breathless").ask("any palps?").grounding.facts == [
        "hpc-palpitations"]


def test_what_do_you_take_for_it_is_the_drug_for_the_condition_just_heard(engine,
                                                                         library) -> None:
    kidneys = talk(engine, library, "renal-reduced-urine")
    assert kidneys.ask("are you diabetic?").grounding.facts == ["pmh-diabetes"]
    # not the whole drug list: the one whose words name the diabetes
    assert kidneys.ask("what do you take for it?").grounding.facts == ["dh-metformin"]
    mole = talk(engine, library, "derm-changing-mole")
    assert "pmh-hypertension" in mole.ask("do you have any medical conditions?").grounding.facts
    # "high blood pressure" reads "hypertension"; the drug's words say "blood pressure"
    assert mole.ask("and do you take something for it?").grounding.facts == ["dh-amlodipine"]


def test_an_introduction_that_ends_in_the_opening_question_gets_the_complaint(
        engine, library) -> None:
    reply = talk(engine, library, "cardio-chest-pain").ask(
        "Hi Mr Whitlock, I'm one of the medical students, um, would it be alright if you told "
        "me a little bit about what's brought you to hospital this morning?")
    assert reply.grounding.facts == ["pc-chest-pain"]
    assert "introduction" in reply.grounding.intent and "consent" in reply.grounding.intent
    reply = talk(engine, library, "endo-thirst").ask(
        "Hiya, I'm one of the students, so what's been going on with you lately?")
    assert reply.grounding.facts == ["pc-thirst"]


def test_a_preamble_is_not_a_question_of_its_own(engine, library) -> None:
    reply = talk(engine, library, "endo-thirst").ask(
        "I was just wondering if you could start by telling me, in your own time, what's "
        "been bothering you?")
    assert reply.grounding.parts == [
        "I was just wondering if you could start by telling me, in your own time, what's been "
        "bothering you?"]
    assert reply.grounding.facts == ["pc-thirst"]


def test_you_and_your_partner_includes_the_patient(engine, library) -> None:
    assert other_person("what do you and your partner use for contraception?") == ()
    assert other_person("what does your partner use?") != ()
    assert talk(engine, library, "obgyn-pelvic-pain").ask(
        "what do you and your partner use for contraception?").grounding.facts == [
        "sx-contraception"]


@pytest.mark.parametrize(("case_id", "context", "question", "fact"), [
    ("msk-knee-pain", "have you tried a knee brace or anything like that?",
     "and did that do any good?", "hpc-tried"),
    ("obgyn-pelvic-pain", None, "Something make the pain stronger?", "hpc-exacerbating"),
    ("id-returned-traveller", None, "Is something specific frightening you about this illness?",
     "ice-concerns"),
    ("gastro-abdominal-pain", None, "has it been there non-stop today?", "hpc-timing"),
    ("msk-knee-pain", None, "how long has the knee been playing up?", "hpc-onset"),
    ("geri-confusion", None, "any new problems holding his water?", "ros-incontinence"),
    ("resp-breathless", None, "what do you use to avoid getting pregnant?", "dh-cocp"),
    ("obgyn-pelvic-pain", None, "when did you last have a proper bleed?", "obs-lmp"),
    # what frames the question goes: the knee is known, "anything else, like" asks the drugs
    ("msk-knee-pain", None, "any long-standing conditions apart from the knee?",
     "pmh-hypertension"),
    ("gastro-abdominal-pain", "do you drink?", "anything else, like recreational drugs?",
     "sh-drugs"),
    # either parent
    ("gastro-abdominal-pain", None,
     "is there anything your mum or dad have had that I should know about?", "fh-dad-appendix"),
])
def test_lay_wordings(engine, library, case_id, context, question, fact) -> None:
    conversation = talk(engine, library, case_id)
    if context:
        conversation.ask(context)
    assert conversation.ask(question).grounding.facts[0] == fact


def test_a_greeting_and_an_introduction_get_one_hello(engine, library) -> None:
    reply = talk(engine, library, "endo-thirst").ask("Hi, I'm Sam, one of the medical students.")
    assert reply.text.count("Hello") == 1
    assert "Nice to meet you" in reply.text


def test_how_old_is_she_after_the_household_is_the_one_just_named(engine, library) -> None:
    traveller = talk(engine, library, "id-returned-traveller")
    traveller.ask("who's at home with you?")
    # not the patient's own age: he speaks for himself, so "she" is someone else
    assert traveller.ask("how old is she?").grounding.facts == ["sh-home"]
    mother = talk(engine, library, "paeds-fever")
    mother.ask("does she have any brothers or sisters?")
    assert mother.ask("how old is he?").grounding.facts == ["sh-home"]
    # to her mother, "she" is the child: her age, from the persona
    assert mother.ask("how old is she?").grounding.kind is ReplyKind.social


def test_when_did_she_last_have_it_is_the_drug_the_answer_named(engine, library) -> None:
    mother = talk(engine, library, "paeds-fever")
    # the answer speaks of the Calpol, and the paracetamol fact says when she had it
    assert mother.ask("have you given her any Calpol?").grounding.facts == ["hpc-relieving"]
    assert mother.ask("when did she last have some?").grounding.facts == ["dh-paracetamol"]


def test_how_old_is_she_after_a_fact_naming_nobody_is_not_that_fact(engine, library) -> None:
    # the blood pressure fact gives a figure ("five years ago") but names no "she"
    head = talk(engine, library, "neuro-headache")
    head.ask("what's your blood pressure usually?")
    assert head.ask("how old is she?").grounding.facts == []


def test_and_your_mum_after_the_fathers_illness_is_not_his_fact(engine, library) -> None:
    # the father's fact may list "your mum or dad" among its questions; its words are his
    low = talk(engine, library, "psych-low-mood")
    assert low.ask("any depression in the family?").grounding.facts == [
        "fh-father-depression"]
    assert "fh-father-depression" not in low.ask("and your mum?").grounding.facts
