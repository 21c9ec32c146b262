"""Wrong verdicts of a seventh round, each made a general rule, with a counterpart on the same
turn that must keep its verdict. The sentences are new wordings, not the sets' own lines."""

from __future__ import annotations

import pytest

from osce.guard import details
from osce.guard.models import Verdict
from tests.guard.conftest import said_after_opening as _said


def test_moments_of_day() -> None:
    assert details.moments_of_day("this morning") == ((5.0, 12.0),)
    assert details.moments_of_day("about teatime yesterday") == ((-8.0, -4.5),)
    assert details.moments_of_day("seven last night") == ((-4.0, 5.0),)
    assert not details.moments_of_day("last thing at night, most nights")
    assert details.moment_disagrees("toast this morning", ["pasta at seven last night"])
    assert not details.moment_disagrees("pasta last night", ["pasta at seven last night"])
    assert not details.moment_disagrees("toast this morning", ["I had some toast"])


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    # "last week" where the fact itself says last week, beside how long it lasted
    ("last-week", "renal-reduced-urine", ["hpc-diarrhoea"], "any diarrhoea?",
     "I had the runs for about four days last week.", Verdict.supported),
    ("last-week-bug", "renal-reduced-urine", ["hpc-diarrhoea"], "any tummy upsets lately?",
     "Just a nasty bug last week, it's settled now.", Verdict.supported),
    ("last-month-wrong", "renal-reduced-urine", ["hpc-diarrhoea"], "any diarrhoea?",
     "I had the runs for about four weeks last month.", Verdict.contradiction),
    ("last-month-moment", "renal-reduced-urine", ["hpc-diarrhoea"], "any diarrhoea?",
     "I had the runs for about four days last month.", Verdict.contradiction),
    # a relative's news of a life is not an illness the family history lacks
    ("relative-job", "cardio-chest-pain", ["fh-father-mi"], "anything else going on?",
     "My brother's got a new job in Leeds.", Verdict.unsupported),
    ("relative-house", "cardio-chest-pain", ["fh-father-mi"], "anything else going on?",
     "My sister's just moved house.", Verdict.unsupported),
    ("relative-ill", "cardio-chest-pain", ["fh-father-mi"], "anything run in the family?",
     "My brother's got diabetes.", Verdict.contradiction),
    ("relative-ill-at-work", "cardio-chest-pain", ["fh-father-mi"], "anything run in the family?",
     "My brother had a stroke at work last year.", Verdict.contradiction),
    # "have you ever…?" answered with when it happened, where the plan says never
    ("ever-when", "msk-knee-pain", ["hpc-trauma"], "have you ever hurt that knee?",
     "I went over on it playing football when I was thirty.", Verdict.contradiction),
    ("ever-when-ok", "msk-knee-pain", ["hpc-trauma"], "have you ever hurt that knee?",
     "No, never, not even when I played football.", Verdict.supported),
    ("ever-when-relative", "msk-knee-pain", ["hpc-trauma"], "have you ever hurt that knee?",
     "My brother did his knee in once, years back.", Verdict.unsupported),
    ("ever-when-undone", "psych-low-mood", ["risk-previous"],
     "have you ever tried to hurt yourself?",
     "In my twenties, a few pills, but nobody ever found out.", Verdict.contradiction),
    ("ever-when-undone-ok", "psych-low-mood", ["risk-previous"],
     "have you ever tried to hurt yourself?",
     "Never, I've never done anything like that.", Verdict.supported),
    ("before-when", "gastro-abdominal-pain", ["hpc-previous"],
     "have you had anything like this before?",
     "There was a smaller one last Christmas that went away by itself.", Verdict.contradiction),
    ("before-when-ok", "gastro-abdominal-pain", ["hpc-previous"],
     "have you had anything like this before?", "Never, this is the first time.",
     Verdict.supported),
    # a moment of the day against the planned fact's, or the case's onset when asked when
    ("moment", "gastro-abdominal-pain", ["hpc-last-meal"],
     "when did you last have anything to eat?",
     "Some cereal this morning before the pain got bad.", Verdict.contradiction),
    ("moment-ok", "gastro-abdominal-pain", ["hpc-last-meal"],
     "when did you last have anything to eat?",
     "Pasta at about seven last night, nothing since.", Verdict.supported),
    ("moment-onset", "gastro-abdominal-pain", ["hpc-migration"], "what time did it start?",
     "This morning, when I woke up.", Verdict.contradiction),
    ("moment-onset-ok", "gastro-abdominal-pain", ["hpc-migration"], "what time did it start?",
     "Yesterday evening, round my belly button at first.", Verdict.supported),
    ("moment-not-asked", "gastro-abdominal-pain", ["hpc-migration"], "where did it start?",
     "Round my belly button yesterday evening, then it moved.", Verdict.supported),
])
def test_round_7(guard, library, rule, case, planned, question, sentence, expected) -> None:
    got = _said(guard, library, case, planned, question, sentence)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
