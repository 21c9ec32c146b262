"""Misses the fourth fresh SmolLM2 set (evals/guard/dev/smollm2-dev-4.jsonl) showed: the
encounter narrated ("the student replied: ..."), a denial a stated default carries, a bare no
against the complaint, its spread, an operation or a default that says all is well, and a bout
said to outlast the illness. Each as a general rule with a counterpart that must keep its
verdict; the sentences are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The student answered: "No, never."', Verdict.break_),
    ("The patient's first question was about her sleep.", Verdict.break_),
    ("The answer is: two days.", Verdict.break_),
    # the answer spoken, not headed
    ("The answer is that I don't really know.", Verdict.social),
])
def test_the_encounter_narrated(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "psych-low-mood", sentence, planned=[],
                      question="How is your appetite?") is expected


@pytest.mark.parametrize(("case", "question", "sentence", "expected"), [
    # the default: "My heart's fine. No chest pain or anything like that."
    ("gastro-abdominal-pain", "Any pain in your chest?", "No, no chest pain at all.",
     Verdict.supported),
    # ... but a symptom beside it is still the patient's own claim
    ("gastro-abdominal-pain", "Any pain in your chest?", "No chest pain, but I've had a rash.",
     Verdict.unsupported),
    # the default: "My stomach's been alright otherwise. Bowels normal."
    ("cardio-chest-pain", "Are your bowels normal?", "No, they've not been right.",
     Verdict.contradiction),
    ("cardio-chest-pain", "Are your bowels normal?", "No, no trouble there.", Verdict.social),
    ("cardio-chest-pain", "Are your bowels normal?", "Yes, they're normal.", Verdict.social),
])
def test_a_stated_default_answers_when_nothing_is_planned(guard, library, case, question,
                                                          sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question=question) is expected


@pytest.mark.parametrize(("case", "planned", "question", "sentence", "expected"), [
    # the tummy pain itself, denied to a question about something else
    ("gastro-abdominal-pain", [], "Have you been able to work?", "No, I've got no pain.",
     Verdict.contradiction),
    # ... but of the moment only, or of somewhere else, it may be true
    ("gastro-abdominal-pain", [], "Have you been able to work?", "No pain right now.",
     Verdict.supported),
    # the chest pain goes to the jaw and the left arm
    ("cardio-chest-pain", ["hpc-radiation"], "Any pain anywhere else?", "No, nowhere.",
     Verdict.contradiction),
    # the tonsils came out at seven
    ("endo-thirst", ["pmh-tonsils"], "Any operations in the past?", "No, no operations.",
     Verdict.contradiction),
    ("endo-thirst", ["pmh-tonsils"], "Any operations in the past?",
     "Only my tonsils out when I was little.", Verdict.supported),
])
def test_a_bare_no_against_what_the_case_affirms(guard, library, case, planned, question,
                                                 sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the pelvic pain began yesterday afternoon
    ("Each attack lasts about three weeks.", Verdict.contradiction),
    ("The worst spell went on for a month.", Verdict.contradiction),
    # a bout shorter than the illness is not held by this rule
    ("Each spell lasts a few minutes.", Verdict.unsupported),
])
def test_a_bout_longer_than_the_illness(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence, planned=[],
                      question="How long does each episode last?") is expected


def test_a_span_whose_verb_sits_a_few_words_back(guard, library) -> None:
    # breathless for two days, not weeks; a habit "every morning for years" is not the span
    assert verdict_of(guard, library, "resp-breathless",
                      "I've had real trouble with my breathing for three weeks.",
                      planned=["hpc-onset-breathless"],
                      question="How long has the breathing been bad?") is Verdict.contradiction


def test_a_no_in_the_question_s_own_words_where_the_plan_says_no(guard, library) -> None:
    # nothing over the counter: a denial echoing the question is carried; one naming
    # something the question did not ask about is still the patient's own
    question = "Do you get anything over the counter, like vitamins or supplements?"
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "No vitamins, no supplements, nothing over the counter.",
                      planned=["dh-otc"], question=question) is Verdict.supported
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "No vitamins, and no inhalers either.",
                      planned=["dh-otc"], question=question) is Verdict.unsupported
