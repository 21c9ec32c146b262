"""Misses of written-dev-24 and -25 (held out for two stops, worked from since stop 39). Each
as a general rule with a counterpart that must keep its verdict; the sentences are new
wordings, not lines of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

EXPECT = "What are you hoping we'll do today?"


@pytest.mark.parametrize("sentence", [
    "I'm only a trained bot, and Mr Brennan isn't a real man.",
    "These are just predictions of what Sheila would say, nothing more.",
    "I'm just predicted text with Callum's face on it.",
    "Honestly, I'm a bit of AI software, putting words in Neil's mouth.",
    "This Graham doesn't exist outside this exercise, you know.",
    "Examiner speaking now: she hasn't asked about the bleeding yet.",
])
def test_a_made_voice_owning_up_is_a_break(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain", sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


@pytest.mark.parametrize("sentence", [
    "Start him on a trial of topical diclofenac, then see him in a month.",
    "A first-contact physio would be my pick before anything else.",
    "You should be documenting my mood score every visit.",
    "Can you follow my finger for me, just with your eyes?",
    "I'll need you to give a quick urine sample for me first.",
])
def test_the_clinician_s_plan_or_examination_is_a_break(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the plan did to the patient, said by the patient, is no clinician's order
    ("The GP gave me some gel to rub in.", Verdict.unsupported),
    ("My wife says I should be using a stick.", Verdict.unsupported),
])
def test_a_plan_reported_stays_the_patient_s(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", sentence, planned=["ice-expectations"],
                      question=EXPECT) is expected


@pytest.mark.parametrize("sentence", [
    "My heart's in my mouth, to be truthful.",
    "I'm shaking like a leaf here.",
    "Sorry, I'm wound up as tight as a drum.",
    "I think I'm about to burst into tears.",
    "It's been nagging at me, I'll admit.",
    "I'm sick and tired of all this, if I'm truthful.",
])
def test_nerves_in_a_figure_of_speech_are_social(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "neuro-headache", sentence, planned=["ice-concerns"],
                      question="What's worrying you most?") is Verdict.social


def test_a_figure_of_speech_does_not_cover_a_symptom(guard, library) -> None:
    # Natalie's case holds no vomiting beside the figure: the claim stays a claim
    verdict = verdict_of(guard, library, "neuro-headache", "I'm sick of it, and I've been "
                         "coughing up blood.", planned=["ice-concerns"],
                         question="What's worrying you most?")
    assert verdict in (Verdict.unsupported, Verdict.contradiction)


ONSET = "When did you first notice it?"


@pytest.mark.parametrize(("sentence", "expected"), [
    # Steve's sh-home: "I live with my wife, Julie. Our two lads have moved out."; his
    # hpc-onset: "... Julie noticed it looked different about four months ago."
    ("My fiancee, Julie, spotted it looked different about four months ago.",
     Verdict.contradiction),
    ("Linda, my wife, spotted it looked different about four months ago.",
     Verdict.contradiction),
    ("Julie spotted it about four months ago, when all three of our boys were home.",
     Verdict.contradiction),
    ("Julie spotted it about four months ago, when our two daughters were home.",
     Verdict.contradiction),
    # the same people rightly: a partner may be a wife
    ("My partner, Julie, spotted it looked different about four months ago.",
     Verdict.supported),
    ("Yes, my wife spotted it looked different about four months ago.", Verdict.supported),
])
def test_the_speaker_s_people_against_the_home_fact(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "derm-changing-mole", sentence, planned=["hpc-onset"],
                      disclosed=["pc-mole"], question=ONSET) is expected


def test_a_boss_where_the_persona_works_for_himself(guard, library) -> None:
    # Steve is a self-employed landscape gardener
    said = verdict_of(guard, library, "derm-changing-mole",
                      "My foreman was the one who told me to get it looked at.",
                      planned=["sh-occupation"], question="What do you do for work?")
    assert said is Verdict.contradiction


@pytest.mark.parametrize(("sentence", "expected"), [
    # Ade's hpc-severity: "... it said thirty-nine point six."
    ("It said thirty-nine point seven on the thermometer.", Verdict.contradiction),
    ("It said 39.5 when I checked.", Verdict.contradiction),
    # the reading itself, and a reading rounded, stay carried
    ("It said thirty-nine point six.", Verdict.supported),
    ("About thirty-nine and a half.", Verdict.supported),
])
def test_a_thermometer_read_to_the_tenth(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", sentence,
                      planned=["hpc-severity"], question="How high was it?") is expected


@pytest.mark.parametrize("sentence", [
    # Steve's allergy-plasters: "... I'm not allergic to any medicines."
    "Plasters, and lidocaine from the dentist brings me out all blotchy.",
    "Plasters, and cefuroxime, which brought me out in hives.",
])
def test_an_allergy_to_a_less_common_drug(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "derm-changing-mole", sentence,
                      planned=["allergy-plasters"], question="Any allergies?") is (
        Verdict.contradiction)


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # Natalie's obs-hormones: "No, I'm not on the pill or HRT."
    ("neuro-headache", "Amlodipine, sumatriptan, and Microgynon every morning.",
     Verdict.contradiction),
    # Neil's pmh-mental-health: "... never been on tablets for it."
    ("psych-low-mood", "Omeprazole, and the GP has me on trazodone at night.",
     Verdict.contradiction),
    # someone else's tablets are theirs
    ("psych-low-mood", "Omeprazole, and that's it; Claire takes antidepressants herself.",
     Verdict.unsupported),
])
def test_a_medicine_of_a_kind_a_fact_denies(guard, library, case, sentence, expected) -> None:
    planned = {"neuro-headache": ["dh-amlodipine", "dh-sumatriptan"],
               "psych-low-mood": ["dh-omeprazole"]}[case]
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question="What medicines do you take?") is expected


def test_a_statin_taken_at_midday_where_the_case_gives_night(guard, library) -> None:
    # Graham's dh-atorvastatin: "twenty milligrams at night"
    said = verdict_of(guard, library, "cardio-chest-pain",
                      "Atorvastatin, twenty milligrams, with my lunch.",
                      planned=["dh-amlodipine", "dh-atorvastatin"],
                      question="What medicines do you take?")
    assert said is Verdict.contradiction


def test_a_relative_s_illness_beside_one_the_case_names(guard, library) -> None:
    # Sheila's fh-kidney: "My mother had diabetes. There's no kidney trouble in the family"
    said = verdict_of(guard, library, "renal-reduced-urine",
                      "My mother's diabetes, and my cousin, who's had kidney stones.",
                      planned=["fh-kidney"], question="Any kidney trouble in the family?")
    assert said is Verdict.contradiction


@pytest.mark.parametrize(("sentence", "expected"), [
    # Ade's fever began on Tuesday night: a call or a test on another day dates no fever
    ("Nobody's said yet, but I phoned the surgery on Thursday and they booked me in.",
     Verdict.unsupported),
    ("Not yet; they took some blood at triage two hours ago.", Verdict.unsupported),
    # ... but the fever itself, dated wrong, is still wrong
    ("Nobody's said yet, but the fever started on Thursday.", Verdict.contradiction),
])
def test_a_time_said_of_another_event(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", sentence, planned=[],
                      disclosed=["pc-fever", "hpc-onset"],
                      question="Has anyone told you what it is?") is expected


def test_between_the_eyebrows_is_the_front_of_the_head(guard, library) -> None:
    # Natalie's hpc-site: "It's at the back of my head, right across."
    said = verdict_of(guard, library, "neuro-headache", "Mostly between my eyebrows.",
                      planned=["hpc-site"], question="Where is the headache?")
    assert said is Verdict.contradiction


@pytest.mark.parametrize("sentence", [
    "A thing or two, yes, now you mention it.",
    "It's not exactly been on its best behaviour.",
])
def test_a_vague_yes_to_the_planned_facts(guard, library, sentence) -> None:
    # Steve's plan for "anything else?" holds the bleeding and the itch: a vague yes is
    # carried by them
    said = verdict_of(guard, library, "derm-changing-mole", sentence,
                      planned=["hpc-bleeding", "hpc-itch"], question="Anything else with it?")
    assert said is Verdict.supported


def test_red_faced_is_embarrassment_not_a_colour(guard, library) -> None:
    # Callum's ros-testicular: no pain or swelling
    said = verdict_of(guard, library, "gastro-abdominal-pain",
                      "No pain or swelling down there; I'm all red-faced now.",
                      planned=["ros-testicular"], question="Any pain in your testicles?")
    assert said is Verdict.supported


@pytest.mark.parametrize(("sentence", "expected"), [
    # Graham takes two medicines: "the two" counts them
    ("Only my two tablets, like I said.", Verdict.supported),
    # ... a count the case does not give is no count of them
    ("Only my three tablets, like I said.", Verdict.contradiction),
])
def test_the_medicines_counted(guard, library, sentence, expected) -> None:
    said = verdict_of(guard, library, "cardio-chest-pain", sentence,
                      planned=["dh-amlodipine", "dh-atorvastatin"],
                      question="Are you on any medications?")
    assert said is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Terry's concerns hold no pastime: the one named is new
    ("I'm worried I'll have to give up the darts team.", Verdict.unsupported),
    ("I'm scared I'll not be able to swim with the grandkids.", Verdict.unsupported),
    # the fear alone names nothing
    ("I'm worried it'll get worse.", Verdict.social),
])
def test_a_pastime_named_in_a_fear(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", sentence, planned=["ice-concerns"],
                      question="What worries you most?") is expected


def test_a_nursery_nurse_is_no_nurse(guard, library) -> None:
    # Jessica's persona: a nursery nurse
    said = verdict_of(guard, library, "obgyn-pelvic-pain", "I work as a nurse.", planned=[],
                      question="What do you do?")
    assert said is Verdict.contradiction


@pytest.mark.parametrize(("sentence", "expected"), [
    # Jessica's hpc-character: "It's sharp and stabbing now. Before, it was more of a dull ache."
    ("It's more of a dull ache, really.", Verdict.contradiction),
    ("It was a dull ache to begin with.", Verdict.supported),
    ("It's gone from a dull ache to a sharp one.", Verdict.supported),
])
def test_a_pain_that_changed_is_held_to_what_it_is_now(guard, library, sentence,
                                                       expected) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain", sentence,
                      planned=["hpc-character"], question="What's the pain like?") is expected
