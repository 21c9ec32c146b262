"""Rules that generalise beyond the hand-written set: a small model's loops, vague figures,
denials and yeses the plan does not carry, drugs named by class or by purpose. Each bad
sentence has a good counterpart on the same turn, so a rule that fires on everything fails."""

from __future__ import annotations

import pytest

from osce.guard import roles, social
from osce.guard.models import Verdict
from osce.guard.numbers import any_close, figures
from osce.guard.repeats import compact, for_embedding
from osce.guard.terms import drug_in_class
from tests.guard.conftest import verdict_of


# --------------------------------------------------------------------------- the readers
def test_repeated_clauses_are_read_once() -> None:
    looped = "I'm just a regular, I'm justa regular, I'mjusta regular, I'm just a regular,"
    assert compact(looped) == "I'm just a regular"
    assert compact("It hurts, and it hurts?") == "It hurts?"  # a question stays one
    # different clauses all stay, in order
    assert compact("It started two days ago, and it hurts.") == (
        "It started two days ago, and it hurts.")


def test_only_the_first_words_are_embedded() -> None:
    long = " ".join(f"word{k}" for k in range(100))
    assert len(for_embedding(long).split()) == 40
    assert for_embedding("short one") == "short one"


def test_a_few_is_a_span_not_a_figure() -> None:
    # "a few days" meets three or four days; "a few" of nothing is no figure at all
    assert any_close(figures("a few days ago").durations, [3.0])
    assert any_close(figures("a few days ago").durations, [4.0])
    assert not any_close(figures("a few days ago").durations, [14.0])
    assert figures("I've got a few medical problems").empty
    assert figures("several weeks").durations


def test_drug_classes_take_in_their_members() -> None:
    assert drug_in_class("my beta blocker", "bisoprolol")
    assert drug_in_class("blood pressure tablets", "amlodipine")
    assert not drug_in_class("my beta blocker", "amlodipine")


def test_not_sure_is_social_and_staff_past_is_a_break() -> None:
    assert social.kind("i'm not sure what to say.") == "not sure"
    assert roles.speaks_as_staff("it started when i was a medical student")
    assert not roles.speaks_as_staff("it started when i was a student", "student")
    assert roles.speaks_as_staff("i'm sorry for any confusion, but as a medical student, "
                                 "i'm not a doctor.")
    assert not roles.speaks_as_staff("my sister's a nurse and she said it's fine")
    assert roles.role_reversal("yes, i've noticed that you're having a bit of a stomach ache")


# --------------------------------------------------------------------------- the checker
@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # a denial of something no carried fact speaks of
    ("loose-denial", "id-returned-traveller", [], ["pc-fever", "hpc-onset"],
     "have you had any trouble with your eyes?",
     "I've never had any trouble with my eyes.", Verdict.unsupported),
    ("loose-denial-ok", "id-returned-traveller", ["sh-smoking"], ["pc-fever"],
     "do you smoke?", "No, I've never smoked.", Verdict.supported),
    # a denial of the very subject a planned fact affirms
    ("denies-subject", "id-returned-traveller", ["sh-smoking", "sh-alcohol"], ["pc-fever"],
     "do you smoke or drink?", "I've never drunk.", Verdict.contradiction),
    ("denies-subject-ok", "id-returned-traveller", ["sh-smoking", "sh-alcohol"], ["pc-fever"],
     "do you smoke or drink?", "I've never smoked, just a couple of beers at the weekend.",
     Verdict.supported),
    # yes, in the question's words, where the plan says no
    ("yes-to-a-denial", "paeds-fever", ["pmh-none"], ["pc-fever-rash"],
     "does she have any medical problems?", "She's got a few medical problems.",
     Verdict.contradiction),
    ("yes-to-a-denial-ok", "paeds-fever", ["pmh-none"], ["pc-fever-rash"],
     "does she have any medical problems?", "No, she's been healthy, never in hospital.",
     Verdict.supported),
    ("default-in-the-question", "paeds-fever", [], ["pc-fever-rash"],
     "has she had any trouble with her eyes?", "She's had a lot of trouble with her eyes.",
     Verdict.contradiction),
    # a medicine pinned on a condition, or named by a class the case does not hold
    ("drug-purpose", "id-returned-traveller", ["dh-paracetamol"], ["pc-fever", "pmh-sickle-trait"],
     "are you on any medications?",
     "I'm on a medication that I take to treat sickle cell trait.", Verdict.unsupported),
    ("drug-purpose-ok", "id-returned-traveller", ["dh-paracetamol"], ["pc-fever"],
     "are you on any medications?",
     "Just paracetamol, two 500 milligram tablets up to four times a day.", Verdict.supported),
    ("drug-class", "msk-knee-pain", ["dh-amlodipine"], ["pc-knee-pain"],
     "are you on any medications?", "I'm on a beta blocker.", None),
    ("drug-class-ok", "msk-knee-pain", ["dh-amlodipine"], ["pc-knee-pain"],
     "are you on any medications?", "Just my blood pressure tablets, once a day.",
     Verdict.supported),
    # the family does not carry the patient's own condition
    ("family-claim", "id-returned-traveller", ["fh-sickle"], ["pc-fever", "pmh-sickle-trait"],
     "does anything run in the family?", "I've got a family history of sickle cell trait.",
     Verdict.unsupported),
    # a loop said once is filler; with a clinical word in it, it is read as a claim
    ("loop-filler", "msk-knee-pain", ["pc-knee-pain"], [], "what's brought you in?",
     "I'm just a regular, I'm just a regular, I'm just a regular, I'm just a regular.",
     Verdict.social),
    ("not-sure-after-injection-like-question", "paeds-fever", [], ["pc-fever-rash"],
     "do you know what the diagnosis is?", "I'm not sure.", Verdict.social),
])
def test_general_rule(guard, library, rule, case, planned, disclosed, question, sentence,
                      expected) -> None:
    verdict = verdict_of(guard, library, case, sentence, planned, disclosed, question)
    if expected is None:
        assert verdict in (Verdict.unsupported, Verdict.contradiction), (rule, verdict)
    else:
        assert verdict == expected, (rule, verdict)
