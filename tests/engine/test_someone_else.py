"""To a patient speaking for themselves, "he" or "she" is someone else. A fact that names no
one the pronoun can be is the patient's own, and is not the answer; a fact that names them,
or speaks of everyone at home, is."""

from __future__ import annotations

from tests.engine.conftest import facts


def test_him_is_not_the_patient(engine, library) -> None:
    assert facts(engine, library, "endo-thirst",
                 "is your dad well? any health problems with him?") == []
    assert facts(engine, library, "obgyn-pelvic-pain", "do you have a regular partner?",
                 "has he had any symptoms, like discharge?") == []


def test_a_fact_that_names_them_still_answers(engine, library) -> None:
    # "no one at home's been ill" speaks of the brother too
    assert facts(engine, library, "paeds-fever", "who lives at home?",
                 "does she have any brothers or sisters?",
                 "has he been poorly at all?") == ["sh-contacts"]
    # "my girlfriend says my breath smells funny"
    assert facts(engine, library, "endo-thirst", "who do you live with?",
                 "has she noticed anything odd about how your breath smells?") == [
        "hpc-breath-smell"]


def test_a_relative_the_family_history_never_names(engine, library) -> None:
    # the mother's fact has "are your mum and dad still alive?" among its questions; its
    # words speak only of her, so the father is someone the case says nothing of
    assert facts(engine, library, "neuro-headache", "is your mum still alive?",
                 "and your dad, is he well?") == []
    assert facts(engine, library, "neuro-headache",
                 "what health problems does your dad have?") == []
    assert facts(engine, library, "neuro-headache", "is your mum well?") == ["fh-mother-bleed"]


def test_a_sister_is_not_the_brother_a_fact_names(engine, library) -> None:
    # "my mum had a clot when she was pregnant with my brother" names a brother, not a sister
    assert facts(engine, library, "resp-breathless",
                 "has your sister ever had a blood clot?") == []
    assert facts(engine, library, "resp-breathless",
                 "has your mum ever had a blood clot?") == ["fh-mother-dvt"]


def test_how_the_relative_just_named_is_treated(engine, library) -> None:
    # "he just takes tablets" says how he is treated; smoking is something new
    assert facts(engine, library, "endo-thirst", "any diabetes in the family?",
                 "is he on injections for it?") == ["fh-grandfather-t2dm"]
    assert facts(engine, library, "endo-thirst", "any diabetes in the family?",
                 "does he smoke?") != ["fh-grandfather-t2dm"]
