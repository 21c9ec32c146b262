"""Questions a case holds no answer to, from two development sets (`dev-questions-15`, written
with 40% of them) and generic questions run over every case: a strength or a birth weight
the fact does not give, a relative the family history does not name, how a relative's
illness turned out, a doctor the fact does not name, leave to ask about what is going on,
the diagnosis in other words, and a symptom asked after that a fact only names as a
trigger, a spread or a previous episode. Each has a counterpart that keeps its answer."""

from __future__ import annotations

from osce.models.transcript import ReplyKind
from tests.engine.conftest import facts, reply


def test_a_strength_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain", "have you taken anything for the pain?",
                 "how many milligrams were they?") == []
    assert facts(engine, library, "renal-reduced-urine",
                 "what dose of ramipril are you on?") == ["dh-ramipril"]


def test_a_weight_at_birth_is_not_the_weight_now(engine, library) -> None:
    assert facts(engine, library, "paeds-fever", "what did she weigh when she was born?") == []
    assert facts(engine, library, "paeds-fever", "how much does she weigh?") == ["dev-weight"]


def test_brothers_or_sisters_the_family_history_does_not_name(engine, library) -> None:
    heart = "any heart problems in the family?"
    assert facts(engine, library, "cardio-chest-pain", heart,
                 "what about brothers or sisters?") == []
    assert facts(engine, library, "cardio-chest-pain", heart, "what about your mum?") == [
        "fh-mother"]


def test_how_a_relative_s_illness_turned_out(engine, library) -> None:
    assert facts(engine, library, "psych-low-mood",
                 "does anyone in the family have mental health problems?",
                 "did your dad get better in the end?") == []
    assert facts(engine, library, "psych-low-mood", "any depression in the family?") == [
        "fh-father-depression"]


def test_a_doctor_the_fact_does_not_name(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "has a doctor ever looked at this mole before?") == []
    assert facts(engine, library, "derm-changing-mole",
                 "has anyone taken photos of it?") == ["hpc-photos"]


def test_leave_to_ask_about_what_is_going_on_is_consent(engine, library) -> None:
    asked = reply(engine, library, "endo-thirst",
                  "hello, my name is Tom and I'm a final year medical student. Would it be "
                  "alright if I asked you some questions about what's been going on?")
    assert asked.grounding.facts == []
    assert asked.grounding.kind is ReplyKind.social
    assert facts(engine, library, "gastro-abdominal-pain",
                 "would you be comfortable having a chat about your symptoms?") == []
    # introduced, then asked: the complaint
    assert facts(engine, library, "endo-thirst",
                 "hi, I'm one of the students, so what's brought you in?") == ["pc-thirst"]


def test_the_diagnosis_asked_in_other_words_is_refused(engine, library) -> None:
    for case_id, question in (("psych-low-mood", "what's wrong with you then, in medical terms?"),
                              ("neuro-headache", "is this case about a heart attack?")):
        answered = reply(engine, library, case_id, question)
        assert answered.grounding.kind is ReplyKind.refusal
        assert answered.grounding.facts == []


def test_a_symptom_a_fact_names_only_as_its_trigger_or_history(engine, library) -> None:
    # "does coughing make it worse?" is among the trigger fact's questions, not its answer
    assert "hpc-exacerbating" not in facts(engine, library, "obgyn-pelvic-pain",
                                           "have you had a cough?")
    assert facts(engine, library, "obgyn-pelvic-pain", "does coughing make it worse?") == [
        "hpc-exacerbating"]
    # "any chest pain?" to a patient with chest pain is not "never had anything like this"
    assert facts(engine, library, "resp-breathless", "any chest pain?") != ["hpc-previous"]
    assert facts(engine, library, "resp-breathless",
                 "have you had chest pain like this before?") == ["hpc-previous"]
    assert facts(engine, library, "neuro-headache", "how much exercise do you do?") == []
    assert facts(engine, library, "neuro-headache",
                 "what were you doing when it started?") == ["hpc-onset-circumstance"]
    assert facts(engine, library, "neuro-headache", "any recent travel?") == []
    assert facts(engine, library, "neuro-headache", "does the pain travel anywhere?") == [
        "hpc-radiation"]


def test_the_patient_s_own_symptom_is_not_a_relative_s_illness(engine, library) -> None:
    assert "fh-mother-bleed" not in facts(engine, library, "neuro-headache",
                                          "any unusual bleeding or bruising?")
    assert facts(engine, library, "neuro-headache",
                 "has anyone in your family had a bleed in the brain?") == ["fh-mother-bleed"]
    # after a family answer, a bare follow-up is still about the family
    assert facts(engine, library, "id-returned-traveller",
                 "do any illnesses run in the family?", "who has that?") == ["fh-sickle"]


def test_the_patient_s_name_after_the_opening_question(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine",
                 "What can we do for you today, Mrs Barraclough?") == ["pc-urine"]
    # once the complaint is told, the same words ask what the patient hopes for
    assert facts(engine, library, "renal-reduced-urine", "what's brought you in?",
                 "what can we do for you today?") == ["ice-expectations"]


def test_a_relative_s_age_at_an_illness_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "How old was your mum when she had the clot?") == []
    assert facts(engine, library, "cardio-chest-pain",
                 "how old was your dad when he had his heart attack?") == ["fh-father-mi"]


def test_seen_by_a_service_the_case_does_not_name(engine, library) -> None:
    assert facts(engine, library, "paeds-fever",
                 "Has she been seen by the GP or out-of-hours since this started?") == []


def test_what_time_after_what_was_taken_is_when_it_was_taken(engine, library) -> None:
    painkillers = "have you taken anything for the pain?"
    assert facts(engine, library, "gastro-abdominal-pain", painkillers,
                 "what time did you take them?") == ["hpc-tried"]
    assert facts(engine, library, "gastro-abdominal-pain", painkillers,
                 "when did the pain start?") == ["hpc-onset"]


def test_what_bothers_the_patient_about_it_is_a_concern(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "Is there anything about all this that's really bothering you?") == [
        "ice-concerns"]


def test_antibiotics_given_are_not_asked_of_the_allergy_fact(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "Has anyone given you antibiotics for this?") == []
    assert facts(engine, library, "resp-breathless", "any allergies to medicines?") == [
        "allergy-none"]


def test_small_talk_gets_small_talk_not_the_history(engine, library) -> None:
    for case_id, question in (("resp-breathless", "how was your journey in?"),
                              ("derm-changing-mole", "what's the weather like outside?"),
                              ("obgyn-pelvic-pain", "did you manage to park okay?")):
        answered = reply(engine, library, case_id, question)
        assert answered.grounding.kind is ReplyKind.social
        assert answered.grounding.facts == []
    # the comfort of the room is asked like consent, not of a hot joint
    assert facts(engine, library, "msk-knee-pain", "is it warm enough in here for you?") == []
    # a traveller's trip is history
    assert facts(engine, library, "id-returned-traveller", "how was the trip?") == ["sh-travel"]


def test_listening_lets_the_patient_go_on_and_thanks_are_thanks(engine, library) -> None:
    opened = ("what's brought you in today?", "how long has this been going on?")
    told = reply(engine, library, "renal-reduced-urine", *opened).grounding.facts
    went_on = facts(engine, library, "renal-reduced-urine", *opened, "right, okay")
    assert went_on and not set(went_on) & {"pc-urine", *told}  # something not yet said
    thanked = reply(engine, library, "renal-reduced-urine", *opened,
                    "that's really helpful, thank you")
    assert thanked.grounding.kind is ReplyKind.social and thanked.grounding.facts == []
