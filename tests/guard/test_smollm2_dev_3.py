"""Misses the third fresh SmolLM2 set (evals/guard/dev/smollm2-dev-3.jsonl) showed: the
encounter narrated from outside, a choice handed back unanswered, "nothing makes it better"
where something does, a household the case does not give, and the question's own scale read
as a score. Each as a general rule with a counterpart that must keep its verdict; the
sentences are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The student\'s next question was: "Where is it worst?"', Verdict.break_),
    ("The examiner's last question was about my sleep.", Verdict.break_),
    # the patient's own doctor is no narration of the encounter
    ("The doctor's answer was to send me home with painkillers.", Verdict.unsupported),
])
def test_the_encounter_narrated_from_outside(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "neuro-headache", sentence, planned=["hpc-site"],
                      question="Where is it worst?") is expected


ONSET = "Did it come on suddenly or gradually?"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I'm really not sure whether it was a sudden thing or a slow one.", Verdict.social),
    ("Honestly, I'm not sure where it all started.", Verdict.social),
    ("I'm not allowed to tell you that.", Verdict.social),
    # a claim beside the open choice is still read, and against the case (the urine tailed
    # off day by day)
    ("It was sudden, though I'm not sure if it's a sudden thing or a gradual thing.",
     Verdict.contradiction),
    ("It came on all of a sudden.", Verdict.contradiction),
    ("It's been tailing off a bit more each day.", Verdict.supported),
    # a guess between two organs is a claim, not a choice handed back
    ("I'm not sure if it's the kidneys or the bladder.", Verdict.unsupported),
])
def test_a_choice_left_open_claims_nothing(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "renal-reduced-urine", sentence, planned=["hpc-onset"],
                      question=ONSET) is expected


@pytest.mark.parametrize(("case", "fact", "question", "sentence", "expected"), [
    # resting takes the edge off the knee
    ("msk-knee-pain", "hpc-relieving", "Does anything help it?", "No, nothing seems to help.",
     Verdict.contradiction),
    ("msk-knee-pain", "hpc-relieving", "Does anything help it?", "Resting helps.",
     Verdict.supported),
    # ... and stairs make it worse
    ("msk-knee-pain", "hpc-exacerbating", "What makes it worse?", "No, nothing really.",
     Verdict.contradiction),
    # the mole: Savlon made no difference, so nothing helping is what the case says
    ("derm-changing-mole", "hpc-relieving", "Does anything make it better?",
     "No, nothing makes it better.", Verdict.supported),
])
def test_nothing_eases_it_where_something_does(guard, library, case, fact, question, sentence,
                                               expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[fact],
                      question=question) is expected


HOME = "Who's at home with you?"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # lives with a partner, Chris
    ("resp-breathless", "I'm at home with my mum and dad.", Verdict.contradiction),
    ("resp-breathless", "I live with my partner, Chris.", Verdict.supported),
    # shares a flat with a friend
    ("obgyn-pelvic-pain", "I live with my friend in a flat.", Verdict.supported),
    ("obgyn-pelvic-pain", "I live with my husband.", Verdict.contradiction),
    # lives with a girlfriend, Megan: a partner by another name
    ("endo-thirst", "I live with my partner in a flat.", Verdict.supported),
    ("endo-thirst", "I live on my own.", Verdict.contradiction),
])
def test_a_household_the_case_does_not_give(guard, library, case, sentence, expected) -> None:
    planned = ["sh-home-work"] if case == "obgyn-pelvic-pain" else ["sh-home"]
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=HOME) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("From nought to ten, it's a terrible pain.", Verdict.supported),
    ("On a scale of one to ten, it's an eight.", Verdict.supported),
    ("On a scale of one to ten, it's a two.", Verdict.contradiction),
])
def test_the_scale_asked_is_no_score(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain", sentence, planned=["hpc-severity"],
                      question="How severe is it, from nought to ten?") is expected
