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
    # a symptom on another subject is no opposite of an unplanned fact's timing
    ("other-subject", "endo-thirst", ["hpc-abdo-pain"], ["pc-thirst"], "any aches?",
     "My wrists have been sore on and off.", Verdict.unsupported),
    ("other-subject-same", "endo-thirst", ["hpc-abdo-pain"], ["pc-thirst"], "any aches?",
     "The thirst comes and goes, to be honest.", Verdict.contradiction),
    # more of a relative's illness a family fact gives is new, not against the history
    ("relative-more", "id-returned-traveller", ["fh-sickle"], ["pc-fever"],
     "any family history?",
     "My sister has sickle cell disease, and she's had a few stays in hospital with it.",
     Verdict.unsupported),
    ("relative-other", "id-returned-traveller", ["fh-sickle"], ["pc-fever"],
     "any family history?", "My brother has diabetes.", Verdict.contradiction),
    # a count is held against the facts on its subject, not a disclosed fact's
    ("count-subject", "id-returned-traveller", ["pc-fever"], ["hpc-vomiting"],
     "anything else?", "My mate's been in hospital twice this year.", Verdict.unsupported),
    # "when I was about nine" is an age
    ("about-age", "gastro-abdominal-pain", ["pmh-asthma", "pmh-surgery"], [],
     "any medical problems?", "Asthma as a child; they kept me in once when I was about nine.",
     Verdict.unsupported),
    # what a remedy is for is no finding a default denies
    ("remedy-for", "msk-knee-pain", ["dh-amlodipine", "dh-paracetamol"], [],
     "what tablets do you take?", "I take turmeric capsules, for my joints.",
     Verdict.unsupported),
    # a counted dose against a counted dose
    ("counted-dose", "msk-knee-pain", ["dh-amlodipine", "dh-paracetamol"], [],
     "what tablets do you take?", "Paracetamol, one 500 milligram tablet when it's bad.",
     Verdict.contradiction),
    ("counted-dose-ok", "msk-knee-pain", ["dh-amlodipine", "dh-paracetamol"], [],
     "what tablets do you take?", "Paracetamol, two 500 milligram tablets when it's bad.",
     Verdict.supported),
    # a fever said to be down since the medicine, where the medicine has not touched it
    ("fever-down", "paeds-fever", ["hpc-relieving"], [], "have you given her anything?",
     "I gave her Calpol and her fever has been down since lunch.", Verdict.contradiction),
    ("fever-down-ok", "paeds-fever", ["hpc-relieving"], [], "have you given her anything?",
     "I gave her Calpol but she's still boiling.", Verdict.supported),
    # "eases right off" where the pain never eases
    ("eases-right-off", "obgyn-pelvic-pain", ["hpc-severity"], [], "how bad is it?",
     "About a nine, though it eases right off now and then.", Verdict.contradiction),
    # a guess put on the patient beside a relative's illness is the patient's guess
    ("mine-guess", "msk-knee-pain", ["fh-mother-knees"], [],
     "does anything run in the family?",
     "Mum had both knees replaced, and I do wonder if mine's gout.", Verdict.leak),
    ("mine-guess-ok", "msk-knee-pain", ["fh-mother-knees"], [],
     "does anything run in the family?", "Mum had both her knees replaced.",
     Verdict.supported),
    # retention in lay words
    ("backing-up", "geri-confusion", ["hpc-intake"], ["pc-confusion"], "is he drinking?",
     "I wonder if he just can't get his wee out and it's backing up.", Verdict.leak),
    # a vague yes to the planned facts is carried by them; a count of new things is not
    ("vague-yes", "derm-changing-mole", ["hpc-bleeding", "hpc-itch"], ["pc-mole"],
     "anything else?", "Yes, one or two other things going on with it.", Verdict.supported),
    ("vague-yes-count", "derm-changing-mole", ["hpc-bleeding", "hpc-itch"], ["pc-mole"],
     "anything else?", "Yes, two other moles have come up.", Verdict.unsupported),
    # words of one kind of pain carry each other; another kind is the opposite
    ("kindred-pain", "cardio-chest-pain", ["hpc-sweating"], ["pc-chest-pain", "hpc-character"],
     "anything else?", "It's like a heavy weight pressing on my chest.", Verdict.supported),
    ("kindred-pain-other", "cardio-chest-pain", ["hpc-sweating"],
     ["pc-chest-pain", "hpc-character"], "anything else?",
     "It's a sharp stabbing pain in my chest.", Verdict.contradiction),
    # a pain that stays, in set phrases
    ("sat-there", "cardio-chest-pain", ["hpc-severity"], ["pc-chest-pain"], "how bad?",
     "The worst ever, and it's sat there all morning without shifting.", Verdict.supported),
    # a planned symptom beside the complaint is the "it" of a sentence naming no subject
    ("beside-it", "id-returned-traveller", ["hpc-headache"], ["pc-fever"], "any headache?",
     "It's been there all the time since last night.", Verdict.unsupported),
    # a relative's illness in the other form than the family fact gives that relative
    ("other-form", "id-returned-traveller", ["fh-sickle"], ["pc-fever"],
     "does anything run in the family?", "My younger sister just has the trait, like me.",
     Verdict.contradiction),
    ("other-form-ok", "id-returned-traveller", ["fh-sickle"], ["pc-fever"],
     "does anything run in the family?", "My younger sister has sickle cell disease.",
     Verdict.supported),
    # a condition on a relative the family fact calls well is nothing the case gives
    ("called-well", "id-returned-traveller", ["fh-sickle"], ["pc-fever"],
     "does anything run in the family?", "My mum carries the sickle trait too.",
     Verdict.unsupported),
    ("called-well-ok", "id-returned-traveller", ["fh-sickle"], ["pc-fever"],
     "does anything run in the family?", "Mum and Dad are both fine.", Verdict.supported),
])
def test_fresh_misses_13(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
