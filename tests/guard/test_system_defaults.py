"""A default that calls a whole system fine ("No, nothing like that.", "My chest is fine.") is
the case's answer to a question about any of that system's usual subjects, so a claim of the
subject asked gainsays it. A default that rules out one symptom ("No chest pain or anything
like that") answers for that symptom only, and "bowels normal" answers for the bowel habit,
not for the whole gut. The sentences are new wordings, not lines of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("case", "question", "sentence", "expected"), [
    # Graham's neurological default: "No, nothing like that. No weakness or anything."
    ("cardio-chest-pain", "Have you ever had a blackout or a fit?",
     "I had a fit last spring.", Verdict.contradiction),
    # Sheila's chest: "My chest's fine. No cough."
    ("renal-reduced-urine", "Have you been wheezing at all?",
     "I've been wheezing in the evenings.", Verdict.contradiction),
    # Callum's heart: "My heart's fine."
    ("gastro-abdominal-pain", "Do you ever get palpitations?",
     "I get palpitations now and then.", Verdict.contradiction),
    # bowels normal: the habit
    ("neuro-headache", "Any diarrhoea?", "I've had diarrhoea on and off.",
     Verdict.contradiction),
    # a bare yes says the subject asked as surely
    ("psych-low-mood", "Any numbness or tingling?", "Yes, I have.", Verdict.contradiction),
])
def test_a_claim_where_the_system_is_called_fine(guard, library, case, question, sentence,
                                                 expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[], question=question) is expected


@pytest.mark.parametrize(("case", "question", "sentence"), [
    # Jamie's cardiovascular default rules out chest pain, not the calves
    ("endo-thirst", "Do your calves ache when you walk?", "My calves ache when I walk."),
    # "my bowels are normal" says nothing of swallowing
    ("neuro-headache", "Any trouble swallowing?", "I've had some trouble swallowing."),
    # Kevin's neurological default rules out pins and needles and weakness, not dizziness
    ("msk-knee-pain", "Do you get dizzy when you stand?", "I get a bit dizzy when I stand."),
])
def test_a_claim_beside_a_narrower_default(guard, library, case, question, sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[],
                      question=question) is Verdict.unsupported


def test_a_claim_of_what_a_fact_affirms_is_left_to_the_facts(guard, library) -> None:
    # Amira's breathlessness is her complaint: the respiratory default does not answer for it
    said = verdict_of(guard, library, "resp-breathless", "I've been short of breath.",
                      planned=[], question="Any breathlessness?")
    assert said is not Verdict.contradiction
