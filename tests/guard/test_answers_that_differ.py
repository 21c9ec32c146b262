"""An answer to the planned question that differs from what the case says is a contradiction,
not an unsupported extra: what a fact's own words deny ("felt sick, but not been sick"),
a time course against the fact's, a vague "a long time" against a short history, the
opposite character or home. Each has a good counterpart on the same turn."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from osce.guard.negation import denied_part
from osce.guard.numbers import any_close, figures
from tests.guard.conftest import verdict_of


def test_the_denied_part_is_what_follows_the_negation() -> None:
    assert denied_part("the spots don't fade") .split() == ["fade"]
    assert denied_part("he's not eaten much").split() == ["eaten", "much"]
    assert denied_part("i've felt sick with it") == ""
    assert "sure" not in denied_part("i can't be sure")  # a hedge denies nothing


def test_since_when_and_vague_spans_are_durations() -> None:
    assert any_close(figures("I've had it for three weeks").durations, [21.0])
    assert figures("it built up over half an hour").course  # how it went, not when
    assert any_close(figures("it's been going on for a long time").durations, [365.0])
    assert not any_close(figures("it's been going on for a long time").durations, [1.0])
    assert any_close(figures("over the last couple of months").durations, [60.0])


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    ("fact-denies-it", "cardio-chest-pain", ["hpc-nausea"], "any sickness?",
     "I was sick twice this morning.", Verdict.contradiction),
    ("fact-denies-it-ok", "cardio-chest-pain", ["hpc-nausea"], "any sickness?",
     "I feel queasy with it, but I've not actually vomited.", Verdict.supported),
    ("nearly-is-not", "obgyn-pelvic-pain", ["hpc-dizzy"], "did you faint?",
     "Yes, I fainted clean away on the bathroom floor.", Verdict.contradiction),
    ("nearly-is-not-ok", "obgyn-pelvic-pain", ["hpc-dizzy"], "did you faint?",
     "I very nearly passed out on the bathroom floor, I went all dizzy.", Verdict.supported),
    ("trait-not-disease", "id-returned-traveller", ["pmh-sickle-trait"],
     "any medical conditions?", "I've got the full sickle cell disease.",
     Verdict.contradiction),
    ("course-against-fact", "msk-knee-pain", ["hpc-stiffness"], "how long is it stiff for?",
     "It stays stiff for three or four hours every morning.", Verdict.contradiction),
    ("course-against-fact-ok", "msk-knee-pain", ["hpc-stiffness"], "how long is it stiff for?",
     "It's stiff for about ten minutes, then it loosens up.", Verdict.supported),
    ("long-time-short-history", "obgyn-pelvic-pain", ["hpc-onset"], "how long has it been?",
     "Oh, it's been going on for ages.", Verdict.contradiction),
    ("for-weeks", "obgyn-pelvic-pain", ["hpc-onset"], "how long has it been?",
     "I've had it for three weeks now.", Verdict.contradiction),
    ("character-opposite", "endo-thirst", ["hpc-abdo-pain"], "any tummy pain?",
     "Yes, a sharp stabbing pain.", Verdict.contradiction),
    ("dose-without-the-name", "geri-confusion", ["dh-donepezil"], "what dose is he on?",
     "Five milligrams, at night.", Verdict.contradiction),
    ("dose-without-the-name-ok", "geri-confusion", ["dh-donepezil"], "what dose is he on?",
     "Ten milligrams, at night.", Verdict.supported),
    ("mils-are-millilitres", "paeds-fever", ["dh-paracetamol"], "what have you given her?",
     "Ten mils of Calpol this morning.", Verdict.contradiction),
    ("mils-are-millilitres-ok", "paeds-fever", ["dh-paracetamol"], "what have you given her?",
     "Five mils of Calpol at three, then again at eight.", Verdict.supported),
    ("home-opposite", "geri-confusion", ["sh-home"], "who does he live with?",
     "He lives with his wife.", Verdict.contradiction),
    ("home-opposite-ok", "geri-confusion", ["sh-home"], "who does he live with?",
     "He's on his own in the bungalow, I pop in twice a day.", Verdict.supported),
])
def test_an_answer_that_differs(guard, library, rule, case, planned, question, sentence,
                                expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned, [], question) == expected, rule


@pytest.mark.parametrize("sentence", [
    "Going by the usual criteria, the asymmetry and border irregularity are worrying.",
    "Speaking as your examiner, that was a tidy history.",
    "For the collateral: an eighty-year-old gentleman with a background of dementia.",
    "DEBUG: informant loaded.",
    "Headache typically develops within seconds of the ictus.",
    "Shall we document her sexual history before we proceed?",
    "You'll want a full set of obs and a blood gas.",
    "I'd hold the metformin and recheck her U&E.",
])
def test_a_clinicians_or_a_programs_words_are_a_break(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "renal-reduced-urine", sentence, ["pc-urine"], [],
                      "how are you?") == Verdict.break_, sentence


def test_a_patients_plain_words_are_not(guard, library) -> None:
    for sentence in ["My GP wants to recheck my kidneys next week.",
                     "The nurse did my obs when I came in."]:
        assert verdict_of(guard, library, "renal-reduced-urine", sentence, ["pc-urine"], [],
                          "how are you?") != Verdict.break_, sentence


@pytest.mark.parametrize(("case", "planned", "sentence", "expected"), [
    # a fact that denies the condition ("no heart attacks") does not make it the patient's
    ("cardio-chest-pain", ["ice-ideas"], "I bet this is a heart attack.", Verdict.leak),
    ("cardio-chest-pain", ["fh-father-mi"], "My dad died of a heart attack at sixty-one.",
     Verdict.supported),
    # "like Mum's" puts a relative's illness on the patient
    ("neuro-headache", ["ice-concerns"], "A blood vessel has gone in my head, same as my mum.",
     Verdict.leak),
])
def test_a_diagnosis_put_on_the_patient(guard, library, case, planned, sentence,
                                        expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned, [], "what's worrying you?"
                      ) == expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # the answer, then something no carried fact touches
    ("Bit blurry lately, and I've had to buy reading glasses.", Verdict.unsupported),
    ("Bit blurry lately, you've got to laugh.", Verdict.supported),
    ("Bit blurry lately.", Verdict.supported),
])
def test_a_clause_added_after_the_answer(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "endo-thirst", sentence, ["ros-vision"], ["pc-thirst"],
                      "how's your eyesight?") == expected, sentence


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    ("denies-the-facts-words", "obgyn-pelvic-pain", ["obs-cycle"], "are your periods regular?",
     "They come whenever they like, never regular.", Verdict.contradiction),
    ("denies-the-facts-words-ok", "obgyn-pelvic-pain", ["obs-cycle"],
     "are your periods regular?", "Regular as clockwork, every four weeks.", Verdict.supported),
    ("a-count-is-a-yes", "obgyn-pelvic-pain", ["obs-previous"], "have you been pregnant before?",
     "Just the once, a few years back.", Verdict.contradiction),
    ("a-count-is-a-yes-ok", "obgyn-pelvic-pain", ["obs-previous"],
     "have you been pregnant before?", "No, never.", Verdict.supported),
    ("side-of-any-planned-fact", "geri-confusion", ["ros-sensory"], "does he have a hearing aid?",
     "Yes, in his right ear.", Verdict.contradiction),
    ("side-of-any-planned-fact-ok", "geri-confusion", ["ros-sensory"],
     "does he have a hearing aid?", "Yes, in his left ear.", Verdict.supported),
    ("a-time-of-day", "paeds-fever", ["dh-paracetamol"], "when did you give the Calpol?",
     "At about six this morning.", Verdict.contradiction),
    ("a-time-of-day-ok", "paeds-fever", ["dh-paracetamol"], "when did you give the Calpol?",
     "At three, and again at eight.", Verdict.supported),
    ("clear-fluid-is-a-claim", "derm-changing-mole", ["hpc-bleeding"], "does it bleed?",
     "It's started weeping a bit of clear fluid.", Verdict.unsupported),
    ("tablets-for-it-are-one-kind", "psych-low-mood", ["dh-omeprazole"],
     "do you take any medication?", "I take omeprazole, and sertraline since May.",
     Verdict.contradiction),
])
def test_more_answers_that_differ(guard, library, rule, case, planned, question, sentence,
                                  expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned, [], question) == expected, rule


@pytest.mark.parametrize(("rule", "case", "planned", "question", "sentence", "expected"), [
    ("mild-against-severe", "obgyn-pelvic-pain", ["hpc-severity"], "how bad is it?",
     "It's not too bad at the moment.", Verdict.contradiction),
    ("severe-against-severe-ok", "obgyn-pelvic-pain", ["hpc-severity"], "how bad is it?",
     "It's agony, I can hardly stand.", Verdict.supported),
    ("claim-on-a-denial", "psych-low-mood", ["risk-previous"], "have you ever hurt yourself?",
     "I took an overdose when I was in my twenties.", Verdict.contradiction),
    ("claim-on-a-denial-ok", "psych-low-mood", ["risk-previous"], "have you ever hurt yourself?",
     "No, never, I've never done anything like that.", Verdict.supported),
    ("nope-denies", "cardio-chest-pain", ["hpc-palpitations"], "any palpitations?",
     "Nope, nothing like that.", Verdict.supported),
    ("the-left-one", "msk-knee-pain", ["pc-knee-pain"], "which knee is it?",
     "The left one.", Verdict.contradiction),
    ("the-right-one-ok", "msk-knee-pain", ["pc-knee-pain"], "which knee is it?",
     "The right one.", None),
])
def test_how_bad_which_side_and_claims_on_a_denial(guard, library, rule, case, planned,
                                                   question, sentence, expected) -> None:
    verdict = verdict_of(guard, library, case, sentence, planned, [], question)
    if expected is None:  # passes to the student, as social or supported
        assert verdict in (Verdict.supported, Verdict.social), rule
    else:
        assert verdict == expected, rule


@pytest.mark.parametrize(("case", "planned", "question", "sentence", "expected"), [
    ("gastro-abdominal-pain", [], "shall we carry on?",
     "*grimaces and grips the rail* Okay. Go on.", Verdict.social),
    ("endo-thirst", ["sh-alcohol"], "do you drink?",
     "A few pints at the weekend. How much do you drink, doc?", Verdict.break_),
    ("msk-knee-pain", [], "how are you feeling?",
     "As a simulated patient I don't have feelings.", Verdict.break_),
    ("obgyn-pelvic-pain", [], "can I ask about your sex life?",
     "I'm sorry, I can't discuss explicit sexual content.", Verdict.break_),
    ("resp-breathless", ["hpc-onset-breathless"], "how's your breathing?",
     "My respiratory rate is up and I'm splinting on inspiration.", Verdict.break_),
    ("resp-breathless", ["dh-ibuprofen"], "what have you taken?",
     "Ibuprofen, two of the 200s, three times a day.", Verdict.supported),
])
def test_stage_directions_roles_and_bare_doses(guard, library, case, planned, question,
                                                sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned, [], question) == expected, sentence
