"""What a student recalls to lead into a question is not asked again ("you said you had a
tummy bug - was there any blood in the diarrhoea?"); pain asked after in one part of the body
is not the pain a fact gives in another ("any tummy ache?" to the pain in her legs); and "the
changes she's noticed" are still the patient's own."""

from __future__ import annotations

from tests.engine.conftest import facts


def test_the_recalled_lead_in_is_not_asked_again(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine", "what's brought you in today?",
                 "you said you had a tummy bug - was there any blood in the diarrhoea?") == [
        "hpc-blood-stool"]
    assert facts(engine, library, "neuro-headache", "what do you think is going on?",
                 "you said you thought it was a migraine at first - is there anything "
                 "worrying you now?") == ["ice-concerns"]


def test_a_lead_in_the_question_leans_on_stays(engine, library) -> None:
    # "what did you take, and did they help?" asks after the tablets it recalls
    assert facts(engine, library, "neuro-headache",
                 "You mentioned you took some tablets last night - what did you take, and did "
                 "they help at all?") == ["hpc-tried"]


def test_pain_elsewhere_is_not_the_fact_s_pain(engine, library) -> None:
    assert facts(engine, library, "paeds-fever", "does she seem to have any tummy ache?") == []
    # the legs are the fact's own
    assert facts(engine, library, "resp-breathless",
                 "any aching in your legs, particularly in the calves?") == ["hpc-calf-pain"]


def test_what_someone_else_noticed_is_still_the_patient_s(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "and the changes she's noticed, was that all of a sudden, or has it been more "
                 "slowly over time?") == ["hpc-timing"]
