"""Misses a thirteenth fresh hand-written set (evals/guard/dev/written-dev-13.jsonl) showed,
each as a general rule with a counterpart on the same turn that must keep its verdict. The
sentences here are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard import negation, roles, social
from osce.guard.models import Verdict
from osce.guard.numbers import figures
from osce.guard.terms import idioms
from osce.guard.wording import stems_of
from tests.guard.conftest import verdict_of


def test_readers() -> None:
    # "of a night" says when, not how long; a dose counted "every night" is once a day
    assert figures("ten milligrams of a night").durations == []
    assert figures("a night out with the lads").durations == []
    assert figures("twenty milligrams of simvastatin every night").per_day == [1.0]
    assert figures("four or five trips to the loo every night").per_day == [4.0, 5.0]
    assert "twenty a day" in idioms("a twenty-a-day man")
    # a lay phrase's own words stay a fact's topics beside the term it reads as
    assert {"hypertension", "blood", "high"} <= stems_of("I've got high blood pressure.")
    assert "cold" not in stems_of("No colds or coughs.")
    # the worst, said by denying its like, is no denial
    assert negation.polarity("I've never had a pain anywhere near this bad.") != "absent"
    assert negation.polarity("No, never had anything like that.") == "absent"
    # shaking with fear is the fear
    assert social.kind("I'm shaking, I'm that frightened.") == "feeling"
    assert social.kind("I've been shaking all night with a fever.") is None
    # the examination offered, the clinician's chair taken
    assert roles.role_reversal("Let me have a quick listen to your chest first.")
    assert roles.role_reversal("Pop him on the couch and I'll have a proper look.")
    assert not roles.role_reversal("The GP had a listen to my chest last week.")
    assert roles.runs_consultation("What about you, is anything bothering you at the moment?")
    assert roles.as_ai("i'm actually an ai, but i can carry on.")
    assert roles.as_ai("stepping out of role for a moment: he needs admitting.")


@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # a wrong time on an event the turn does not carry, told plainly enough to know it
    ("uncarried-moment", "cardio-chest-pain", ["pc-chest-pain"], [],
     "what's brought you in?",
     "It started six hours ago, lugging boxes up the stairs at work.",
     Verdict.contradiction),
    ("uncarried-moment-ok", "cardio-chest-pain", ["pc-chest-pain"], [],
     "what's brought you in?",
     "It started about three hours ago, lugging boxes up the stairs at work.",
     Verdict.unsupported),
    # a habit by its thing where the planned fact says it was never taken up
    ("habit-thing", "id-returned-traveller", ["sh-smoking", "sh-alcohol"], [],
     "do you smoke or drink?",
     "Just the odd cig when I'm out, and a few beers at the weekend.",
     Verdict.contradiction),
    # "for years" beside a rate a fact gives is that rate, not a count
    ("rate-as-count", "geri-confusion", ["pmh-prostate"], [],
     "any other conditions?",
     "His prostate's had him up once or twice in the night for years now.",
     Verdict.supported),
    ("rate-as-count-wrong", "geri-confusion", ["pmh-prostate"], [],
     "any other conditions?",
     "His prostate's had him up five or six times in the night for years now.",
     Verdict.contradiction),
    # a dose "every night" beside a drinking question is the medicine's cadence
    ("dose-cadence", "cardio-chest-pain", ["sh-smoking", "sh-alcohol"], ["dh-atorvastatin"],
     "do you drink?",
     "I take my twenty milligrams of atorvastatin every night, more or less.",
     Verdict.supported),
    # of two planned facts on the subject, the one whose span fits
    ("course-either", "renal-reduced-urine", ["pmh-diabetes", "pmh-ckd"], [],
     "any medical problems?",
     "I've had diabetes for eight years, and they said my kidneys were a bit below par.",
     Verdict.supported),
    ("course-either-wrong", "renal-reduced-urine", ["pmh-diabetes", "pmh-ckd"], [],
     "any medical problems?",
     "I've had diabetes for thirty years, and they said my kidneys were a bit below par.",
     Verdict.contradiction),
    # a disclosed fact's lay words said apart still carry its span
    ("lay-words-span", "cardio-chest-pain", ["dh-amlodipine"], ["pmh-hypertension"],
     "are you on any tablets?",
     "My blood pressure's been high these six years, so I take amlodipine.",
     Verdict.supported),
    # a rate said as one word
    ("rate-word", "msk-knee-pain", ["sh-smoking"], [], "do you smoke?",
     "I stopped twenty years ago, I was a fifteen-a-day man.", Verdict.supported),
    ("rate-word-wrong", "msk-knee-pain", ["sh-smoking"], [], "do you smoke?",
     "I stopped twenty years ago, I was a thirty-a-day man.", Verdict.contradiction),
    # "yes, once" of the one event a fact tells
    ("yes-once", "obgyn-pelvic-pain", ["sx-chlamydia"], [],
     "have you ever had an STI?", "Yes, once, chlamydia, about three years ago.",
     Verdict.supported),
    ("yes-twice", "obgyn-pelvic-pain", ["sx-chlamydia"], [],
     "have you ever had an STI?", "Yes, twice, chlamydia, about three years ago.",
     Verdict.unsupported),
    # the patient's own work where the persona gives another
    ("own-work", "derm-changing-mole", ["hpc-onset"], [], "when did you notice it?",
     "A few months back, when I was still working at the bank.", Verdict.contradiction),
    ("own-work-ok", "derm-changing-mole", ["hpc-onset"], [], "when did you notice it?",
     "A few months back, when I was still working as a gardener.", Verdict.supported),
])
def test_fresh_misses_13(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
