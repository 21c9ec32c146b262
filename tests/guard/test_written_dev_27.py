"""Misses of written-dev-27 (read held out in stop 40, worked from since stop 41). Each as a
general rule with a counterpart that must keep its verdict; the sentences are new wordings, not
lines of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Context, Verdict
from tests.guard.conftest import verdict_of

EXPECT = "What are you hoping we'll do today?"
IDEAS = "What do you think might be going on?"


@pytest.mark.parametrize("sentence", [
    "To be honest I'm produced by a computer, love, so I can't really feel the pain.",
    "The model generating Graham's answers can't be frightened.",
    "I'm not really his son, but I'll answer for him.",
])
def test_a_made_voice_owning_up_in_other_words_is_a_break(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "cardio-chest-pain", sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


@pytest.mark.parametrize(("case", "sentence"), [
    ("geri-confusion", "Get his frailty score written down and repeat the AMT tomorrow."),
    ("msk-knee-pain", "I'd assess his gait first and book him onto an exercise class."),
    ("resp-breathless", "So what do you do for work, is it a lot of sitting?"),
    ("neuro-headache", "Is there somebody at home with you tonight, pet?"),
])
def test_the_clinician_s_scores_plans_and_questions_are_a_break(guard, library, case,
                                                                sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=["ice-expectations"],
                      question=EXPECT) is Verdict.break_


def test_a_patient_s_own_work_and_company_are_no_break(guard, library) -> None:
    for sentence in ("I work in an office, so it's a desk job really.",
                     "My husband's at home with the kids tonight."):
        assert verdict_of(guard, library, "neuro-headache", sentence,
                          planned=["ice-expectations"], question=EXPECT) is not Verdict.break_


@pytest.mark.parametrize(("case", "planned", "sentence"), [
    ("endo-thirst", "ice-ideas", "My breath smells like pear drops, so maybe I'm ketotic already."),
    ("endo-thirst", "ice-ideas", "Megan says diabetes, maybe the kind my uncle takes tablets for."),
    ("endo-thirst", "ice-ideas", "Maybe my kidneys are ignoring the hormone now."),
    ("msk-knee-pain", "ice-ideas", "Could it be the rich man's ailment, with all my beer?"),
    ("msk-knee-pain", "ice-ideas",
     "Maybe calcium's been building up in the knee over the years, doc?"),
    ("obgyn-pelvic-pain", "ice-concerns",
     "Part of me wonders if it's a pregnancy I never knew about, ending on its own."),
    ("geri-confusion", "ice-ideas",
     "I read online the bladder one works against his memory tablet."),
    ("derm-changing-mole", "ice-ideas",
     "I've read about moles that spread across the skin for a while before they go deeper, is it "
     "one of those?"),
    ("gastro-abdominal-pain", "ice-ideas",
     "My cousin was born with a little extra bit of gut, could I have that?"),
    ("neuro-headache", "ice-concerns",
     "Could it be a brain infection, with a stiff neck like this?"),
    ("paeds-fever", "ice-concerns",
     "Could it be the bits of her blood that help it clot being used up by something?"),
])
def test_a_differential_in_lay_words_is_a_leak(guard, library, case, planned,
                                               sentence) -> None:
    assert verdict_of(guard, library, case, sentence, planned=[planned],
                      question=IDEAS) is Verdict.leak


def test_the_case_s_own_idea_in_lay_words_is_no_leak(guard, library) -> None:
    # Megan's idea is diabetes: saying so is carried
    assert verdict_of(guard, library, "endo-thirst", "Megan reckons it's diabetes.",
                      planned=["ice-ideas"], question=IDEAS) is Verdict.supported


def test_a_topical_medicine_reacted_to_is_an_allergy_the_case_does_not_record(guard,
                                                                             library) -> None:
    question = "Any allergies to medicines?"
    assert verdict_of(guard, library, "derm-changing-mole",
                      "Plasters, and that mupirocin ointment, which leaves me red and itchy.",
                      planned=["allergy-plasters"], question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "derm-changing-mole",
                      "Plasters leave me red and itchy, but my hand cream is fine.",
                      planned=["allergy-plasters"], question=question) is Verdict.supported


def test_a_drug_handed_over_to_an_allergy_question_claims_no_allergy(guard, library) -> None:
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Penicillin, though the GP gave me some amoxicillin last spring.",
                      planned=["allergy-penicillin"],
                      question="Any allergies to medicines?") is not Verdict.contradiction
    assert verdict_of(guard, library, "gastro-abdominal-pain", "Penicillin, and amoxicillin.",
                      planned=["allergy-penicillin"],
                      question="Any allergies to medicines?") is Verdict.contradiction


def test_each_relative_is_weighed_alone(guard, library) -> None:
    question = "Does anything run in the family?"
    planned = ["fh-dad-appendix", "fh-ibd"]
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Dad had his appendix out at college, and Mum had her gallbladder "
                      "removed last year.", planned=planned,
                      question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Dad had his appendix out young, and Mum's well.", planned=planned,
                      question=question) is Verdict.supported


def test_a_yes_first_decides_against_a_planned_denial(guard, library) -> None:
    question = "Any unusual discharge?"
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "Yeah, for a couple of weeks, though it doesn't smell.",
                      planned=["gu-discharge"], question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "obgyn-pelvic-pain",
                      "No, nothing unusual down there.", planned=["gu-discharge"],
                      question=question) is Verdict.supported


def test_the_clock_time_of_a_dose_is_held_to_the_drug_fact(guard, library) -> None:
    def reason(sentence: str, planned: str) -> str:
        context = Context(case=library.case("paeds-fever"), planned=(planned,), disclosed=(),
                          question="Have you given her anything?")
        return guard.check(context, sentence).reason

    # the drug fact is not planned: its 3 am and 8 am still hold the times
    assert "time of a dose" in reason("She had Calpol at three and again at six o'clock, and she's "
                                      "no cooler.", "hpc-relieving")
    assert "time of a dose" not in reason("I gave her the Calpol at three and at eight.",
                                          "dh-paracetamol")


def test_the_place_an_activity_began_is_held_to_the_onset(guard, library) -> None:
    question = "When did it all start?"
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "About three hours ago, while I was carrying boxes at home.",
                      planned=["hpc-onset"], question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "About three hours ago, while I was carrying boxes at work.",
                      planned=["hpc-onset"], question=question) is Verdict.supported


def test_a_day_said_of_a_new_subject_is_that_subject_s(guard, library) -> None:
    planned = ["hpc-rigors", "hpc-headache", "hpc-myalgia", "hpc-vomiting"]
    question = "Have you noticed anything else along with it?"
    # the toe is new, not a wrong day for the fever
    assert verdict_of(guard, library, "id-returned-traveller",
                      "Besides the shivers, I've had a sore big toe since Friday.",
                      planned=planned, disclosed=["pc-fever", "hpc-onset"],
                      question=question) is Verdict.unsupported


@pytest.mark.parametrize("sentence", [
    "My sister checked my temperature on Sunday night and it was high.",
    "Maybe it was the curry I had on the Sunday, I thought.",
])
def test_a_day_said_of_a_reading_or_a_meal_is_no_onset(guard, library, sentence) -> None:
    assert verdict_of(guard, library, "id-returned-traveller", sentence, planned=["ice-ideas"],
                      disclosed=["pc-fever", "hpc-onset"],
                      question=IDEAS) is not Verdict.contradiction


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Sorry, I'm not with you, can you put that more simply?", "repeat"),
    ("My head's like mush today, love, what did you ask?", "repeat"),
    ("Sorry, I'd had my eyes closed, can you say that again?", "repeat"),
    ("I'm sick to the back teeth of feeling like this.", "feeling"),
    ("Um, I'm not very good at talking about things.", "feeling"),
])
def test_asides_and_asking_again_with_a_reason_are_social(guard, library, sentence,
                                                          kind) -> None:
    context = Context(case=library.case("neuro-headache"), planned=(),
                      disclosed=("pc-headache",),
                      question="Have you had any trouble with your eyes?")
    finding = guard.check(context, sentence)
    assert (finding.verdict, finding.reason) == (Verdict.social, kind)


def test_coming_back_from_somewhere_is_no_back(guard, library) -> None:
    # the onset's day is what is weighed, not a back pain
    assert verdict_of(guard, library, "geri-confusion",
                      "He's been muddled since Saturday, when he was coming back from church.",
                      planned=["hpc-onset"], disclosed=["pc-confusion"],
                      question="When did you first notice he was confused?"
                      ) is Verdict.contradiction


def test_the_speaker_ill_beside_someone_who_helped_is_no_one_else_ill(guard, library) -> None:
    question = "Have you been sick?"
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Once this morning, and my housemate held my hair while I was being sick.",
                      planned=["hpc-nausea-vomit"], disclosed=["pc-abdo-pain"],
                      question=question) is not Verdict.contradiction
    assert verdict_of(guard, library, "gastro-abdominal-pain",
                      "Once this morning, and my housemate has been sick as well.",
                      planned=["hpc-nausea-vomit"], disclosed=["pc-abdo-pain"],
                      question=question) is Verdict.contradiction


def test_a_relative_s_idea_is_not_their_illness(guard, library) -> None:
    assert verdict_of(guard, library, "id-returned-traveller",
                      "I put it down to a cold, till my dad started on about typhoid.",
                      planned=["ice-ideas"], disclosed=["pc-fever"],
                      question=IDEAS) is not Verdict.contradiction


def test_a_relative_named_for_a_trade_carries_no_swapped_illness(guard, library) -> None:
    question = "Does anything run in the family?"
    assert verdict_of(guard, library, "msk-knee-pain",
                      "Just Mum's knees, both replaced, and my sister, who's a ward nurse, "
                      "nursed her after the second one.", planned=["fh-mother-knees"],
                      disclosed=["pc-knee-pain"], question=question) is not Verdict.contradiction
    assert verdict_of(guard, library, "msk-knee-pain",
                      "Just my brother's knees, he had both replaced.",
                      planned=["fh-mother-knees"], disclosed=["pc-knee-pain"],
                      question=question) is Verdict.contradiction


def test_emphasis_beside_a_carried_idea_says_nothing_of_the_case(guard, library) -> None:
    assert verdict_of(guard, library, "msk-knee-pain",
                      "It's wear and tear, plain and simple, from all those years on the post.",
                      planned=["ice-ideas"], disclosed=["pc-knee-pain"],
                      question=IDEAS) is Verdict.supported
