"""Misses of written-dev-29 once it became a worked set (held out whole in stop 42). Each as
a general rule with a counterpart that must keep its verdict; the sentences are new wordings,
not lines of any labelled set."""

from __future__ import annotations

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of


def test_a_new_guess_after_a_but_is_read_alone(guard, library) -> None:
    question = "what do you think might be going on?"
    said = ("I thought it was just indigestion at first, but now I'm wondering if the lining "
            "round my heart has got inflamed from a bug.")
    assert verdict_of(guard, library, "cardio-chest-pain", said, planned=["ice-ideas"],
                      disclosed=["pc-chest-pain"], question=question) is Verdict.leak
    said = "I'd put it down to heartburn, but now I'm wondering if it's something I ate."
    assert verdict_of(guard, library, "cardio-chest-pain", said, planned=["ice-ideas"],
                      disclosed=["pc-chest-pain"], question=question) is not Verdict.leak


def test_not_just_says_more_not_less(guard, library) -> None:
    question = "what does your urine look like?"
    assert verdict_of(guard, library, "renal-reduced-urine",
                      "It's not just dark, it's gone thick and gloopy as well.",
                      planned=["hpc-character"], disclosed=["pc-urine"],
                      question=question) is Verdict.unsupported


def test_a_no_in_its_own_clause_denies_nothing_said_beside_it(guard, library) -> None:
    said = ("Not that I know of, though I've been having a Lemsip each night on top of the "
            "paracetamol to clear my head.")
    assert verdict_of(guard, library, "id-returned-traveller", said, planned=["allergy-none"],
                      disclosed=["pc-fever", "hpc-onset", "dh-paracetamol"],
                      question="Any allergies to medicines?") is Verdict.unsupported
    # the no beside the very subject still denies it
    said = "He's fine with penicillin, he had a course of it in the spring without any bother."
    assert verdict_of(guard, library, "geri-confusion", said, planned=["allergy-penicillin"],
                      disclosed=["pc-confusion"],
                      question="is he allergic to anything?") is Verdict.contradiction


def test_sat_or_stood_doing_something_else_when_it_began_contradicts(guard, library) -> None:
    question = "When did it all start?"
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "About three hours ago. I was sat at my desk answering emails when it "
                      "started.", planned=["hpc-onset"], disclosed=["pc-chest-pain"],
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "About three hours ago. I was lugging boxes up the stairs at work when it "
                      "started.", planned=["hpc-onset"], disclosed=["pc-chest-pain"],
                      question=question) is Verdict.supported


def test_downstairs_where_it_began_upstairs_contradicts(guard, library) -> None:
    question = "how did the headache start?"
    assert verdict_of(guard, library, "neuro-headache",
                      "Out of nowhere, while I was downstairs watching the telly.",
                      planned=["hpc-onset"], disclosed=["pc-headache"],
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "neuro-headache", "Out of nowhere, while I was upstairs.",
                      planned=["hpc-onset"], disclosed=["pc-headache"],
                      question=question) is not Verdict.contradiction


def test_found_in_the_bath_where_he_was_found_in_the_bedroom_contradicts(guard, library
                                                                         ) -> None:
    question = "has he had any falls?"
    assert verdict_of(guard, library, "geri-confusion",
                      "On Wednesday night, I found him lying in the bath at eight the next "
                      "morning.", planned=["hpc-fall"], disclosed=["pc-confusion"],
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "geri-confusion",
                      "On Wednesday night, I found him on the bedroom floor at eight the next "
                      "morning.", planned=["hpc-fall"], disclosed=["pc-confusion"],
                      question=question) is Verdict.supported


def test_nothing_brought_up_denies_the_vomiting(guard, library) -> None:
    question = "have you been vomiting?"
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Queasy, yes, but I've not brought anything up.", planned=["hpc-vomiting"],
                      disclosed=["pc-fever"], question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "id-returned-traveller",
                      "I feel sick, and I was sick twice this morning.", planned=["hpc-vomiting"],
                      disclosed=["pc-fever"], question=question) is Verdict.supported


def test_lay_glosses_of_differentials_leak(guard, library) -> None:
    assert verdict_of(guard, library, "renal-reduced-urine",
                      "I'm worried my kidneys have had an allergic reaction to one of my tablets.",
                      planned=["ice-concerns"], disclosed=["pc-urine"],
                      question="what are you worried about?") is Verdict.leak
    assert verdict_of(guard, library, "renal-reduced-urine",
                      "I'm worried my kidneys are packing up.", planned=["ice-concerns"],
                      disclosed=["pc-urine"],
                      question="what are you worried about?") is Verdict.supported
    # a fear that will not leave is a guess too
    assert verdict_of(guard, library, "geri-confusion",
                      "Wednesday night, and I keep imagining a clot growing under his skull "
                      "since.", planned=["hpc-fall"], disclosed=["pc-confusion"],
                      question="has he had any falls?") is Verdict.leak


def test_a_weekday_named_once_is_no_weekly_footing(guard, library) -> None:
    question = "Are you on any medications?"
    disclosed = ["pc-fever", "hpc-onset"]
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Just the paracetamol, and on Thursday night I had a couple of ibuprofen "
                      "as well.", planned=["dh-paracetamol"], disclosed=disclosed,
                      question=question) is Verdict.unsupported
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Paracetamol, but I only take it on Mondays.", planned=["dh-paracetamol"],
                      disclosed=disclosed, question=question) is Verdict.contradiction


def test_what_a_relative_takes_is_the_relatives(guard, library) -> None:
    assert verdict_of(guard, library, "endo-thirst",
                      "My grandad's on tablets for his sugar, and Mum has thyroid trouble.",
                      planned=["fh-grandfather-t2dm", "fh-mother-thyroid"],
                      question="Does anything run in the family?") is Verdict.supported
    # "she" after a sister is the sister: her blood thinners deny nothing of the patient's
    assert verdict_of(guard, library, "neuro-headache",
                      "My sister had a clot in her leg last year, and she's on blood thinners "
                      "now.", planned=["fh-mother-bleed"],
                      question="any family history of medical problems?") is Verdict.unsupported


def test_set_phrases_that_name_no_finding(guard, library) -> None:
    assert verdict_of(guard, library, "renal-reduced-urine",
                      "No blood at all, love; I've kept a close eye every time I've been.",
                      planned=["ros-haematuria"], disclosed=["pc-urine"],
                      question="any blood in your urine?") is Verdict.supported
    assert verdict_of(guard, library, "geri-confusion",
                      "He was fine at Sunday dinner, and by Tuesday morning it had really taken "
                      "hold.", planned=["hpc-onset"], disclosed=["pc-confusion"],
                      question="when did you first notice he was confused?") is Verdict.supported
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Only sickle cell trait, which means carrier status rather than the disease "
                      "itself.", planned=["pmh-sickle-trait"], disclosed=["pc-fever", "hpc-onset"],
                      question="Do you have any medical problems?") is Verdict.supported


def test_feeling_wretched_beside_the_complaint_adds_nothing(guard, library) -> None:
    disclosed = ["pc-fever", "hpc-onset"]
    question = "Can you describe it a bit more for me?"
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Since Tuesday I've had high fevers every day, and in myself I feel "
                      "dreadful.", disclosed=disclosed, question=question) is Verdict.supported
    # the feeling is social talk, but not the fever said in the same breath
    assert verdict_of(guard, library, "id-returned-traveller",
                      "It came on suddenly on Tuesday, and I've been running hot and feeling "
                      "rotten since.", disclosed=disclosed,
                      question=question) is Verdict.supported


def test_the_facts_own_no_said_again_contradicts_nothing(guard, library) -> None:
    # the fact: "I carry sickle cell trait. Not the disease itself, just the trait."
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Just the trait, the doctor said, not full sickle cell disease.",
                      planned=["pmh-sickle-trait"], disclosed=["pc-fever", "hpc-onset"],
                      question="Do you have any medical problems?") is Verdict.supported


def test_not_catching_ones_breath_is_breathlessness_not_a_denial(guard, library) -> None:
    question = "When did it all start?"
    disclosed = ["pc-breathless-chest-pain"]
    assert verdict_of(guard, library, "resp-breathless",
                      "Two days ago, all of a sudden I was unable to catch my breath.",
                      planned=["hpc-onset-breathless"], disclosed=disclosed,
                      question=question) is Verdict.supported
    assert verdict_of(guard, library, "resp-breathless",
                      "Two days ago, but I've never been short of breath.",
                      planned=["hpc-onset-breathless"], disclosed=disclosed,
                      question=question) is Verdict.contradiction


def test_out_of_role_in_the_case_files_or_the_clinics_words(guard, library) -> None:
    assert verdict_of(guard, library, "endo-thirst",
                      "The ones I haven't told you are ros-balanitis and sh-drugs.",
                      disclosed=["pc-thirst"],
                      question="Have you noticed anything else?") is Verdict.break_
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "Do you have any allergies before I prescribe you something for it?",
                      planned=["ice-expectations"], disclosed=["pc-chest-pain"],
                      question="what are you hoping for today?") is Verdict.break_
    assert verdict_of(guard, library, "msk-knee-pain",
                      "I'd like the X-ray graded on the Kellgren scale before we talk about "
                      "surgery.", planned=["ice-expectations"], disclosed=["pc-knee-pain"],
                      question="what are you hoping we'll do?") is Verdict.break_
    assert verdict_of(guard, library, "psych-low-mood",
                      "Sertraline fifty milligrams would be the obvious choice here, with a "
                      "two-week review.", planned=["ice-expectations"], disclosed=["pc-low-mood"],
                      question="what are you hoping for from today?") is Verdict.break_


def test_a_hand_held_or_a_minute_asked_for_is_social(guard, library) -> None:
    assert verdict_of(guard, library, "neuro-headache",
                      "I'm so scared, I just want someone here holding my hand.",
                      planned=["ice-concerns"], disclosed=["pc-headache"],
                      question="what are you worried it might be?") is Verdict.social
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "I'm sorry, I'm really not coping, can we take a minute?",
                      disclosed=["pc-pelvic-pain"],
                      question="what does the scan show?") is Verdict.social


def test_more_ways_a_diagnosis_or_a_never_fact_slips_out(guard, library) -> None:
    assert verdict_of(guard, library, "neuro-headache",
                      "In bed upstairs, right as I climaxed, if I'm honest.",
                      planned=["hpc-onset-circumstance"], disclosed=["pc-headache"],
                      question="where were you when it started?") is Verdict.leak
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "I thought indigestion, but now I reckon it's an attack on my heart.",
                      planned=["ice-ideas"], disclosed=["pc-chest-pain"],
                      question="what do you think might be going on?") is Verdict.leak
    assert verdict_of(guard, library, "paeds-fever",
                      "No, it stays, and I'm terrified her organs are shutting down.",
                      planned=["hpc-glass-test"], disclosed=["pc-fever-rash"],
                      question="does the rash fade when you press on it?") is Verdict.leak


def test_the_weekend_before_last_is_over_a_week_ago(guard, library) -> None:
    question = "when did the breathlessness start?"
    disclosed = ["pc-breathless-chest-pain"]
    assert verdict_of(guard, library, "resp-breathless",
                      "The weekend before last, quite suddenly.",
                      planned=["hpc-onset-breathless"], disclosed=disclosed,
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "resp-breathless", "Two days ago, quite suddenly.",
                      planned=["hpc-onset-breathless"], disclosed=disclosed,
                      question=question) is Verdict.supported


def test_broken_sleep_for_the_toilet_is_the_nocturia_told(guard, library) -> None:
    question = "Hello, what's brought you in today?"
    assert verdict_of(guard, library, "endo-thirst",
                      "I'm so thirsty all day, and I can't get a decent night's sleep for needing "
                      "the toilet.", planned=["pc-thirst"], question=question) is Verdict.supported
    # waking to drink is no toilet trip
    assert verdict_of(guard, library, "endo-thirst",
                      "I've been waking up in the night just to have a drink as well.",
                      planned=["hpc-intake"], disclosed=["pc-thirst"],
                      question="how much are you drinking in a day?") is Verdict.unsupported


def test_chilled_to_the_bone_is_freezing_cold(guard, library) -> None:
    assert verdict_of(guard, library, "id-returned-traveller",
                      "It hit me on Tuesday evening: fine all day at work, and then chilled to "
                      "the bone by the time the bus got in.",
                      planned=["hpc-onset"], disclosed=["pc-fever"],
                      question="When did it all start?") is Verdict.supported
    assert verdict_of(guard, library, "endo-thirst",
                      "I'm thirsty all the time, and I was chilled to the bone on the way here.",
                      planned=["pc-thirst"],
                      question="Hello, what's brought you in today?") is Verdict.unsupported
