"""Misses of written-dev-26 (read held out once, worked from since stop 40). Each as a general
rule with a counterpart that must keep its verdict; the sentences are new wordings, not lines
of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

EXPECT = "What are you hoping we'll do today?"
IDEAS = "What do you think might be going on?"


@pytest.mark.parametrize("sentence", [
    "Speaking as a piece of software, I can't really be scared.",
    "Honestly, I'm software, so the pain isn't real.",
    "There's a computer generating me for your practice, love.",
    "As a made-up character I don't really have a wife.",
    "I'm not a real patient, you know that.",
    "Character dropped: the troponin was raised.",
    "Dropping Graham for a moment, you've missed the family history.",
    "If I were the one marking, I'd want the smoking history.",
])
def test_software_or_a_made_character_owning_up_is_a_break(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain", sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


@pytest.mark.parametrize(("case", "sentence"), [
    ("geri-confusion", "Get a PR exam done and think about faecal loading."),
    ("geri-confusion", "He'll want an in-out catheter if the bladder scan's high."),
    ("neuro-headache", "Book her a CT head and a lumbar puncture after."),
    ("neuro-headache", "I'd consider an MRI if the first scan is clear."),
    ("obgyn-pelvic-pain", "A speculum and bimanual, then send off some swabs."),
    ("paeds-fever", "Her INR is up and the fibrinogen is falling."),
])
def test_the_ward_s_own_orders_are_a_break(guard, library, case, sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


@pytest.mark.parametrize("sentence", [
    "Can we start with your full name, please?",
    "Is there a chance that you might be pregnant?",
])
def test_the_clinician_s_opening_questions_put_to_the_student_are_a_break(guard, library,
                                                                          sentence) -> None:
    assert verdict_of(guard, library, "neuro-headache", sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


def test_a_patient_s_own_inr_is_no_clinician_s_talk(guard, library) -> None:
    # a patient on warfarin knows the word; the case says she takes no blood thinners
    assert verdict_of(guard, library, "neuro-headache",
                      "And warfarin too, the nurse checks my INR every month.",
                      planned=["dh-amlodipine", "dh-sumatriptan"],
                      question="What medicines do you take?") is not Verdict.break_


@pytest.mark.parametrize(("case", "sentence"), [
    ("msk-knee-pain", "My brother says it's the rich man's disease, all that port."),
    ("obgyn-pelvic-pain", "What if my ovary has got knotted up somehow?"),
    ("obgyn-pelvic-pain", "I'm scared the ovary's lost its blood supply."),
    ("derm-changing-mole",
     "Might it be a hard little knot in the skin that dimples when you pinch it?"),
    ("neuro-headache", "I think it's a pressure crisis, honestly."),
    ("renal-reduced-urine", "I'm scared my salts will go wrong and stop my heart."),
    ("paeds-fever", "Is it that purple-spotty rash with the kidney trouble?"),
    ("paeds-fever", "Please tell me it isn't MenB."),
    ("geri-confusion", "Could his bladder pill be clashing with his other tablets?"),
    ("endo-thirst", "Maybe my immune system has turned on my pancreas."),
])
def test_a_diagnosis_in_lay_words_is_a_leak(guard, library, case, sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=["ice-ideas"],
                      question=IDEAS) is Verdict.leak


def test_a_vaccine_by_name_is_no_leak(guard, library) -> None:
    assert verdict_of(guard, library, "paeds-fever", "She's had her MenB jab, yes.",
                      planned=["dev-immunisations"],
                      question="Is she up to date with her jabs?") is not Verdict.leak


@pytest.mark.parametrize("sentence", [
    "Dave and I were busy with each other, if I'm honest.",
    "My husband and I had been making love just before.",
])
def test_a_sexual_onset_hinted_beside_the_partner_is_a_leak(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "neuro-headache", sentence,
                      planned=["hpc-onset-circumstance"],
                      question="Where were you when it started?") is Verdict.leak


def test_busy_alone_hints_at_nothing(guard, library) -> None:
    assert verdict_of(guard, library, "neuro-headache", "I was busy with the washing up.",
                      planned=["hpc-onset-circumstance"],
                      question="Where were you when it started?") is not Verdict.leak


@pytest.mark.parametrize(("case", "planned", "question", "sentence"), [
    # a medicine of a kind a fact denies: HRT by another name, a herbal for the mood
    ("neuro-headache", ["dh-amlodipine", "dh-sumatriptan"], "What medicines do you take?",
     "Oh, and some estradiol, for the change."),
    ("psych-low-mood", ["dh-omeprazole"], "Do you take any medication?",
     "Only the omeprazole, and some St John's wort I bought for my mood."),
    # an allergy said by what it did, where the case records none
    ("msk-knee-pain", ["allergy-none"], "Any allergies to medicines?",
     "Only diclofenac; the GP tried me on it and my lips blew up."),
    # a daily tablet said to be taken on set days
    ("cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], "What do you take?",
     "Amlodipine, but I only take it Tuesdays and Fridays."),
    ("cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], "What do you take?",
     "The amlodipine I only take Saturdays."),
    # the wife called an ex
    ("derm-changing-mole", ["hpc-onset"], "When did it start?",
     "Julie, my ex-wife, was the one who noticed it."),
    # a grandparent on one side is not the parent whose side it is
    ("renal-reduced-urine", ["fh-kidney"], "Any kidney problems in the family?",
     "My grandad on my mother's side died of kidney trouble years ago."),
    # off the drink where the fact says a couple of beers
    ("id-returned-traveller", ["sh-smoking", "sh-alcohol"], "Do you smoke or drink?",
     "Never smoked, and I've given up the booze this year."),
    # the age a habit ended at, against "twenty years ago" at 66
    ("msk-knee-pain", ["sh-smoking"], "Do you smoke?",
     "I stopped when I was about forty, around fifteen a day."),
])
def test_one_detail_against_the_case_is_a_contradiction(guard, library, case, planned, question,
                                                        sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) is Verdict.contradiction


@pytest.mark.parametrize(("case", "planned", "question", "sentence"), [
    ("msk-knee-pain", ["sh-smoking"], "Do you smoke?",
     "I gave up in my mid forties, about fifteen a day before that."),
    ("cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], "What do you take?",
     "Amlodipine, five milligrams, once a day."),
    ("derm-changing-mole", ["hpc-onset"], "When did it start?",
     "About four months ago, that's when it changed."),
])
def test_the_same_detail_in_other_words_is_no_contradiction(guard, library, case, planned,
                                                            question, sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned,
                      question=question) is not Verdict.contradiction


@pytest.mark.parametrize(("sentence", "expected"), [
    # after lunch is the afternoon; the fact says this morning
    ("Yes, straight after my lunch, a few red streaks.", Verdict.contradiction),
    ("Yes, this morning, a few red streaks.", Verdict.supported),
])
def test_a_moment_after_a_meal_is_weighed_against_the_fact_s(guard, library, sentence,
                                                             expected) -> None:
    assert verdict_of(guard, library, "resp-breathless", sentence, planned=["hpc-haemoptysis"],
                      question="Have you coughed up any blood?") is expected


def test_a_part_of_the_day_may_name_what_was_done_in_it(guard, library) -> None:
    # "her afternoon nap yesterday" is yesterday afternoon; it began at eleven last night
    assert verdict_of(guard, library, "paeds-fever",
                      "She got hot after her afternoon nap yesterday.",
                      planned=["hpc-onset"],
                      question="When did the fever start?") is Verdict.contradiction


@pytest.mark.parametrize("sentence", [
    "Sorry, I can't make head or tail of what you said.",
    "Honestly, I'm fed up to the teeth with it all.",
    "I always go a bit twitchy in hospitals.",
    "Oh, listen to me rattling on.",
    "You must have really poorly patients to get to.",
])
def test_more_asides_and_nerves_are_social(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "endo-thirst", sentence, planned=["ice-concerns"],
                      question="Is anything worrying you?") is Verdict.social


def test_funny_you_should_ask_is_no_clinician_s_order(guard, library) -> None:
    assert verdict_of(guard, library, "endo-thirst", "Funny you should ask, I've been so thirsty.",
                      planned=["pc-thirst"],
                      question="Have you noticed anything else?") is not Verdict.break_


@pytest.mark.parametrize(("sentence", "expected"), [
    # "not for ten years" to "do you smoke?" is given up ten years ago
    ("No, not for ten years now.", Verdict.supported),
    ("No, not for three years.", Verdict.contradiction),
    # "ten a day back then" is a rate told of the past, not a day ago
    ("I gave up ten years ago, and it was ten or so a day back then.", Verdict.supported),
])
def test_a_habit_given_up_is_weighed_by_when(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "derm-changing-mole", sentence, planned=["sh-smoking"],
                      question="Do you smoke?") is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the body passes is where a finding is, not one: the fact denies blood in it
    ("I've been up three times in the night to pass water.", Verdict.unsupported),
    ("There's been blood in my water since yesterday.", Verdict.contradiction),
])
def test_passing_water_is_no_bleeding(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", sentence,
                      question="Anything else you've noticed?") is expected


def test_a_swelling_of_one_part_is_not_what_a_fact_denies_of_another(guard, library) -> None:
    # the testicular fact denies a swelling down below; the gums are another part
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "My gums have gone puffy and sore as well.", planned=["hpc-fever"],
                      question="Have you had a temperature?") is not Verdict.contradiction


def test_an_in_law_s_trade_is_no_illness(guard, library) -> None:
    assert verdict_of(guard, library, "msk-knee-pain",
                      "My son-in-law's a pharmacist, as it happens.", planned=["fh-mother-knees"],
                      question="Does anything run in the family?") is not Verdict.contradiction


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # "My chest is fine." waves the whole system: a cough volunteered gainsays it
    ("psych-low-mood", "I've had a nagging little cough for a while.", Verdict.contradiction),
    # a cough as a trigger claims no cough of its own
    ("psych-low-mood", "Coughing makes my head throb a bit.", Verdict.unsupported),
    # "No, nothing like that. No weakness or numbness." rules out what it names, not a headache
    ("resp-breathless", "I've had a bit of a headache on and off.", Verdict.unsupported),
])
def test_a_symptom_volunteered_where_a_default_calls_its_system_fine(guard, library, case,
                                                                    sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence,
                      question="Have you noticed anything else?") is expected


@pytest.mark.parametrize(("case", "question", "sentence", "expected"), [
    # fits had, as a history, where the past-medical default says nothing more
    ("msk-knee-pain", "Anything else in your medical history?",
     "I've had a couple of seizures over the years.", Verdict.contradiction),
    ("msk-knee-pain", "Anything else in your medical history?",
     "No, never had any seizures.", Verdict.supported),
    # "my bowels have been normal" denies a change of habit either way
    ("id-returned-traveller", "Have you been constipated?", "Yes, I have.",
     Verdict.contradiction),
    ("id-returned-traveller", "Any change in your bowels?", "I've been really constipated.",
     Verdict.contradiction),
])
def test_a_history_or_habit_the_case_rules_out(guard, library, case, question, sentence,
                                               expected) -> None:
    assert verdict_of(guard, library, case, sentence, question=question) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the grandfather's type 2 put on the patient: his history is hers to give, the
    # differential it hints at is not, though "diabetes" itself is her own word
    ("Is it the type 2 sort, like my grandad has?", Verdict.leak),
    ("My grandad's got type 2 diabetes.", Verdict.supported),
])
def test_a_relative_s_illness_taken_as_the_patient_s_own(guard, library, sentence,
                                                         expected) -> None:
    assert verdict_of(guard, library, "endo-thirst", sentence,
                      planned=["fh-grandfather-t2dm"],
                      question="Does anything run in the family?") is expected


def test_the_surgeon_s_plan_is_a_break(guard, library) -> None:
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "I'd consent her for a laparoscopy and book theatre.",
                      planned=["ice-expectations"], question=EXPECT) is Verdict.break_


@pytest.mark.parametrize(("sentence", "expected"), [
    # a request to hear it again, and why it was missed (expected: social or not)
    ("Sorry, I'm that knackered I didn't catch that, could you ask me again?", True),
    ("Could you ask me that again? I can't think straight.", True),
    # ... but a claim beside the request is still a claim
    ("Sorry, say that again? I've been coughing up blood.", False),
])
def test_why_a_question_was_missed_claims_nothing(guard, library, sentence, expected) -> None:
    said = verdict_of(guard, library, "geri-confusion", sentence, planned=["hpc-onset"],
                      question="When did you first notice the confusion?")
    assert (said is Verdict.social) is expected


@pytest.mark.parametrize(("sentence", "leaks"), [
    # the patient's own idea, "I reckon it's wear and tear", in other words
    ("Wear and tear, nothing more, I reckon.", False),
    ("The knee's just worn out, I reckon.", False),
    # ... but not the condition by name
    ("I reckon it's arthritis in the knee.", True),
])
def test_the_patient_s_own_idea_in_other_words_is_no_leak(guard, library, sentence,
                                                         leaks) -> None:
    said = verdict_of(guard, library, "msk-knee-pain", sentence, planned=["ice-ideas"],
                      question="What do you think is causing it?")
    assert (said is Verdict.leak) is leaks


def test_a_person_worn_out_is_tired(guard, library) -> None:
    assert verdict_of(guard, library, "msk-knee-pain", "I'm just worn out all the time.",
                      planned=["ice-ideas"],
                      question="What do you think is causing it?") is Verdict.unsupported


def test_a_decade_back_is_ago_not_the_back(guard, library) -> None:
    # "I gave up ten years ago": "a decade back" is the same moment, and no back pain
    assert verdict_of(guard, library, "derm-changing-mole", "No, I stopped a decade back.",
                      planned=["sh-smoking"], question="Do you smoke?") is Verdict.supported


@pytest.mark.parametrize(("sentence", "contradicts"), [
    # the daughter's "Dad" is the patient, not a relative with an illness of his own
    ("Dad's had a few other worrying things this week too.", False),
    ("My brother had a stroke last year.", True),
])
def test_the_informant_s_name_for_the_patient_is_no_relative(guard, library, sentence,
                                                             contradicts) -> None:
    said = verdict_of(guard, library, "geri-confusion", sentence,
                      question="Have you noticed anything else?")
    assert (said is Verdict.contradiction) is contradicts
