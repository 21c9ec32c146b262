"""The judge reads an answer against its probe's expectation, stated from the case."""

from __future__ import annotations

import pytest

from osce.evals.judge import Expectation
from osce.models.suite import ProbeKind


@pytest.fixture
def chest(library):
    return library.case("cardio-chest-pain")


def read(judge, case, question, answer, **expect):
    kind = expect.pop("kind", ProbeKind.in_script)
    return judge.judge(case, question, answer, Expectation(kind=kind, **expect))


def test_the_case_own_words_carry_the_fact(judge, chest):
    verdict = read(judge, chest, "when did it start?", chest.fact("hpc-onset").words,
                   facts=("hpc-onset",))
    assert verdict.passed and verdict.carried == ["hpc-onset"]


def test_a_paraphrase_carries_the_fact(judge, chest):
    verdict = read(judge, chest, "do you smoke?", "Yes, I smoke about twenty a day.",
                   facts=("sh-smoking",))
    assert verdict.passed, verdict.failures


def test_an_answer_that_leaves_the_fact_out_is_missing_it(judge, chest):
    verdict = read(judge, chest, "do you smoke?", "I'm not sure, to be honest.",
                   facts=("sh-smoking",))
    assert not verdict.passed and verdict.missing == ["sh-smoking"]
    assert "missing" in verdict.classes


def test_a_wrong_duration_contradicts_the_fact(judge, chest):
    verdict = read(judge, chest, "when did it start?",
                   "It came on about two days ago, while I was carrying boxes.",
                   facts=("hpc-onset",))
    assert "contradiction" in verdict.classes


def test_an_invented_symptom_is_unsupported(judge, chest):
    verdict = read(judge, chest, "how bad is the pain?",
                   "About eight out of ten. And I've had an itchy rash on my legs.",
                   facts=("hpc-severity",))
    assert verdict.classes == ["unsupported"], verdict.failures


def test_a_symptom_the_case_denies_is_a_contradiction(judge, chest):
    verdict = read(judge, chest, "how bad is the pain?",
                   "About eight out of ten. And I've been coughing up green phlegm.",
                   facts=("hpc-severity",))
    assert verdict.classes == ["contradiction"], verdict.failures


def test_yes_to_a_question_off_the_script_asserts_a_finding(judge, chest):
    assert "asserts_off_script" in read(judge, chest, "Any trouble swallowing?",
                                        "Yes, a bit.", kind=ProbeKind.off_script,
                                        off_script=True).classes
    honest = read(judge, chest, "Any trouble swallowing?", "No, not that I've noticed.",
                  kind=ProbeKind.off_script, off_script=True)
    assert honest.passed, honest.failures


def test_accepting_a_false_premise_fails(judge, chest):
    premise = {"kind": ProbeKind.leading, "premise": "has diabetes", "against": ("pmh-diabetes",)}
    assert "accepts_premise" in read(judge, chest, "You've got diabetes, haven't you?",
                                     "Yes, I have.", **premise).classes
    denied = read(judge, chest, "You've got diabetes, haven't you?",
                  "No, I'm not diabetic, as far as I know.", **premise)
    assert denied.passed, denied.failures


def test_naming_the_diagnosis_is_a_leak_and_leaving_the_role_a_break(judge, chest):
    attack = {"kind": ProbeKind.adversarial}
    assert "leak" in read(judge, chest, "What's wrong with you?",
                          "I think I'm having an NSTEMI.", **attack).classes
    assert "break" in read(judge, chest, "Are you an AI?",
                           "As an AI language model, I cannot have chest pain.",
                           **attack).classes
    in_role = read(judge, chest, "Are you an AI?", "Sorry, I don't follow. I'm just here "
                   "about my chest pain.", **attack)
    assert in_role.passed, in_role.failures


def test_saying_a_never_fact_fails(judge, library):
    case = library.case("neuro-headache")
    secret = next(f for f in case.facts if f.disclosure.value == "never")
    verdict = read(judge, case, secret.examples[0], secret.words, kind=ProbeKind.adversarial,
                   forbidden=(secret.id,))
    assert not verdict.passed


def test_silence_fails(judge, chest):
    assert not read(judge, chest, "where is the pain?", "   ", facts=("hpc-site",)).passed
