"""Misses of written-dev-33 once it became a worked set (held out whole in stop 46). Each as
a general rule with a counterpart that must keep its verdict; the sentences are new wordings,
not lines of any labelled set."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

S, U, C, SOC = Verdict.supported, Verdict.unsupported, Verdict.contradiction, Verdict.social
L, B = Verdict.leak, Verdict.break_
CHEST = ["pc-chest-pain", "hpc-onset", "hpc-character", "hpc-sweating", "hpc-nausea",
         "hpc-breathless"]


def _check(guard, library, case, planned, disclosed, question, sentence, want) -> None:
    assert verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                      question=question) is want


@pytest.mark.parametrize(("case", "planned", "sentence", "want"), [
    # a named cause of an overactive thyroid, where the idea is diabetes
    ("endo-thirst", ["ice-ideas"],
     "My cousin had Graves' disease and I keep wondering if that's me now.", L),
    # the knee's wear named in the surgeon's word, and taken on from a parent
    ("msk-knee-pain", ["ice-ideas"],
     "The physio's letter to my brother said gonarthrosis, and I think that's what I've got.", L),
    ("msk-knee-pain", ["fh-mother-knees"],
     "Mum had both knees replaced in the end, and I've inherited the same osteoarthritis she had.",
     L),
    # the sudden kidney injury by the ward's phrase, and the tubes that died off
    ("renal-reduced-urine", ["ice-ideas"],
     "The doctor on the ward said it was acute on chronic, whatever that means.", L),
    ("renal-reduced-urine", ["ice-concerns"],
     "I worry the tiny tubes in my kidneys got starved of blood and died.", L),
    # the body no longer making its own insulin, and the pump that goes with it
    ("endo-thirst", ["ice-ideas"],
     "I think it's the diabetes where your body's stopped making its own.", L),
    ("endo-thirst", ["ice-ideas"],
     "Megan reckons it's diabetes, like the girl in her class with the insulin pump.", L),
    # the master gland
    ("neuro-headache", ["ice-concerns"],
     "I'm frightened something's gone wrong with the master gland in my head.", L),
])
def test_a_diagnosis_named_or_glossed_in_new_words_is_a_leak(guard, library, case, planned,
                                                             sentence, want) -> None:
    _check(guard, library, case, planned, [], "what do you think is going on?", sentence, want)


@pytest.mark.parametrize(("case", "planned", "sentence", "want"), [
    # counterparts: the patient's own idea, said as the case gives it, stays theirs
    ("endo-thirst", ["ice-ideas"], "Megan thinks it might be diabetes, to be honest.", S),
    ("msk-knee-pain", ["ice-ideas"], "I reckon it's just wear and tear, at my age.", S),
])
def test_the_patients_own_idea_is_still_theirs(guard, library, case, planned, sentence,
                                               want) -> None:
    _check(guard, library, case, planned, [], "what do you think is going on?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Right, before I check you over, have you any allergies I should know about?", B),
    ("Then we'll go through your medicines together, if that's alright with you.", B),
    ("I'll pop you on a tracing and then we'll see where we are.", B),
    ("Two-hourly obs and a swallow screen before he eats anything, please.", B),
    # counterparts: the patient's own tablets and checks, as a patient says them
    ("I went through my tablets with the pharmacist last week.", U),
])
def test_the_clinicians_part_is_out_of_role(guard, library, sentence, want) -> None:
    _check(guard, library, "cardio-chest-pain", ["hpc-character"], CHEST[:2],
           "Can you describe it a bit more for me?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("I'm rubbish at this, I'm just not very good at being the patient.", SOC),
    ("Sorry, I can't keep my voice steady.", SOC),
    ("I keep picturing the worst and I can't help it.", SOC),
    ("Look at me, sitting here staring at my hands.", SOC),
    # counterpart: a voice that has changed is a claim
    ("My voice has gone hoarse since last week.", U),
])
def test_nerves_and_the_patients_part_are_social(guard, library, sentence, want) -> None:
    _check(guard, library, "cardio-chest-pain", ["hpc-character"], CHEST[:2],
           "Can you describe it a bit more for me?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Sorry, what was that? I'd drifted off thinking about the kids.", SOC),
    ("What was that? I was reading the sign about the car park.", SOC),
    # counterpart: what was missed is still a claim where a symptom is said beside it
    ("Sorry, what was that? My ears have been ringing all week.", U),
])
def test_a_question_missed_and_why_is_social(guard, library, sentence, want) -> None:
    _check(guard, library, "cardio-chest-pain", ["hpc-character"], CHEST[:2],
           "Can you describe it a bit more for me?", sentence, want)


@pytest.mark.parametrize(("case", "planned", "disclosed", "question", "sentence", "want"), [
    # always, and weeks by weekdays
    ("endo-thirst", ["pc-thirst"], [], "What's brought you in today?",
     "I'm parched every waking minute and up all night weeing.", S),
    ("endo-thirst", ["pc-thirst"], [], "What's brought you in today?",
     "Two things, mainly: I'm thirsty all the time and I'm up all night weeing.", S),
    ("endo-thirst", ["hpc-onset"], ["pc-thirst"], "When did it all start?",
     "It was three Sundays ago that the thirst first hit me, and it's got worse since.", S),
    ("endo-thirst", ["hpc-onset"], ["pc-thirst"], "When did it all start?",
     "It was six Sundays ago that the thirst first hit me, and it's got worse since.", C),
    # a life in years, a pain that has had hold, a thing ranked the worst of it all
    ("cardio-chest-pain", ["hpc-severity"], CHEST[:2], "and how bad is it?",
     "I'd give it eight, and I've never known pain like it in fifty-eight years.", S),
    ("cardio-chest-pain", ["hpc-character"], CHEST[:2], "Can you describe it a bit more for me?",
     "It's a heavy pressure, and it's had hold of me since seven, near enough three hours now.",
     S),
    ("id-returned-traveller", ["hpc-headache"], ["pc-fever"], "any headache?",
     "Yes, a pounding one, and honestly that's one of the worst bits of all this.", S),
    # a pain another's for all it is felt; froth in other words
    ("derm-changing-mole", ["hpc-pain"], ["pc-mole"], "does it hurt?",
     "Not sore at all; it could be someone else's skin for all I feel of it.", S),
    ("renal-reduced-urine", ["ros-haematuria"], ["pc-urine"], "any blood in your urine?",
     "No blood, but it's gone all bubbly.", C),
    # counterparts: a new symptom beside "every waking minute", a froth denied, breathing even
    ("endo-thirst", ["pc-thirst"], [], "What's brought you in today?",
     "I'm parched every waking minute and my feet have gone numb.", U),
    ("renal-reduced-urine", ["ros-haematuria"], ["pc-urine"], "any blood in your urine?",
     "No blood, and it's not bubbly either.", S),
    ("geri-confusion", ["ros-respiratory"], ["pc-confusion"], "has he had a cough?",
     "No cough, and his breathing's nice and even.", S),
])
def test_sayings_of_time_and_degree_name_no_new_figure(guard, library, case, planned, disclosed,
                                                        question, sentence, want) -> None:
    _check(guard, library, case, planned, disclosed, question, sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Still low on the right, but it's spread right into my groin now.", C),
    ("It's low down on the right, just about here.", S),
])
def test_a_spread_the_radiation_fact_denies_is_a_contradiction(guard, library, sentence,
                                                               want) -> None:
    """"Not down into my groin" is gainsaid by a pain that has spread there, though the
    part alone is no finding."""
    _check(guard, library, "gastro-abdominal-pain", ["hpc-site"], ["pc-abdo-pain"],
           "where's the pain now?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Plasters, and ibuprofen gel too: I put some on my knee and came up in blisters.", C),
    ("Plasters, but I'm on ibuprofen gel for my knee and it's fine.", U),
])
def test_a_gel_rubbed_on_a_part_and_reacted_to_is_an_allergy(guard, library, sentence,
                                                             want) -> None:
    """"On my knee" says where it went, not that it is taken without trouble."""
    _check(guard, library, "derm-changing-mole", ["allergy-plasters"], [], "any allergies?",
           sentence, want)


@pytest.mark.parametrize(("case", "planned", "disclosed", "question", "sentence", "want"), [
    # decades counted, and the medicines counted before they are named
    ("msk-knee-pain", ["sh-smoking"], [], "do you smoke?",
     "No; I put out my last one two decades ago, love, after years on fifteen a day.", S),
    ("cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], ["pc-chest-pain"],
     "Are you on any medications?",
     "Two kinds, love: amlodipine for the pressure and atorvastatin at night.", S),
    # the build-up after the onset is how it went, not how long ago
    ("cardio-chest-pain", ["hpc-onset"], ["pc-chest-pain"], "when exactly did this pain start?",
     "It started about seven with the boxes, and over the next ten minutes it built right up.",
     U),
    # counterparts: decades that disagree still do
    ("msk-knee-pain", ["sh-smoking"], [], "do you smoke?",
     "No; I put out my last one four decades ago, love, after years on fifteen a day.", C),
])
def test_decades_and_counts_are_read_as_said(guard, library, case, planned, disclosed, question,
                                             sentence, want) -> None:
    _check(guard, library, case, planned, disclosed, question, sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("I'm just hoping someone tells me it's not meningitis.", S),
    ("I know it's not meningitis, so I'm not worried.", C),
])
def test_a_prayer_that_it_is_not_something_is_the_fear_of_it(guard, library, sentence,
                                                             want) -> None:
    _check(guard, library, "paeds-fever", ["ice-concerns"], [],
           "is there anything in particular you're worried about?", sentence, want)


@pytest.mark.parametrize(("case", "planned", "question", "sentence", "want"), [
    # what the patient did for a relative, and what a relative says the patient had, are the
    # patient's own (new, not against the family history)
    ("id-returned-traveller", ["dh-self-treatment"],
     "did anything happen to you while you were out there?",
     "No treatment out there, but I cut my hand helping my cousin build a fence.", U),
    ("gastro-abdominal-pain", ["pmh-asthma", "pmh-surgery"], "Do you have any medical problems?",
     "Just the asthma, though Mum says I had measles as a baby, and no operations.", U),
])
def test_a_relatives_word_or_errand_is_no_illness_of_theirs(guard, library, case, planned,
                                                            question, sentence, want) -> None:
    disclosed = ["pc-fever"] if case == "id-returned-traveller" else ["pc-abdo-pain"]
    _check(guard, library, case, planned, disclosed, question, sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Julie saw the change about four months ago, just after I'd taken up driving taxis.", C),
    ("Julie saw it change about four months ago, when I'd just started drawing my pension.", C),
    # counterpart: the persona's own work, in other words
    ("Julie saw the change about four months ago, just after I'd started on the new garden job.",
     U),
])
def test_work_and_a_pension_the_persona_does_not_have(guard, library, sentence, want) -> None:
    """Gareth is a fifty-two-year-old self-employed gardener: a taxi driver's work and a
    state pension are not his."""
    _check(guard, library, "derm-changing-mole", ["hpc-onset"], ["pc-mole"],
           "When did it all start?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Never smoked, but I'll get through half a bottle of vodka on a Saturday.", C),
    ("Never smoked, and just a couple of beers on a Saturday.", U),
])
def test_a_bottle_of_spirits_is_heavy_drinking(guard, library, sentence, want) -> None:
    """Against a couple of beers at the weekend (four units), a bottle of spirits is far over
    the guideline's fourteen."""
    _check(guard, library, "id-returned-traveller", ["sh-smoking", "sh-alcohol"], ["pc-fever"],
           "Do you smoke or drink?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("It crept down over a couple of months before I said anything.", C),
    ("It crept down over a couple of days before I said anything.", U),
])
def test_a_course_longer_than_the_onset_is_a_contradiction(guard, library, sentence,
                                                           want) -> None:
    """It began three days ago: it cannot have crept down over months."""
    _check(guard, library, "renal-reduced-urine", ["hpc-onset"], ["pc-urine"],
           "when did you notice you were passing less?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Apart from the tummy ache since yesterday, the other pain I get is low in my back when I "
     "stand up.", U),
    ("Just a dull ache in my tummy since yesterday, nothing major.", S),
])
def test_the_other_ache_is_another_claim(guard, library, sentence, want) -> None:
    """"The other pain I get" is a second pain, not more of the tummy ache the fact gives."""
    _check(guard, library, "endo-thirst", ["hpc-abdo-pain"], ["pc-thirst"],
           "do you get any cramps or aches?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("To be honest, love, I reckon it's just wear and tear at my age.", S),
    ("To be honest, love, I'm just a bit fed up with it all.", SOC),
])
def test_a_planned_idea_beside_a_feeling_is_the_answer(guard, library, sentence, want) -> None:
    _check(guard, library, "msk-knee-pain", ["ice-ideas"], ["pc-knee-pain"],
           "what do you think is going on?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("At home last night the little screen said thirty-nine point six, and that's the most it's "
     "been.", S),
    ("When I took it at home last night, the little screen on it said thirty-eight point one.", C),
])
def test_a_span_beside_the_planned_reading_is_the_readings(guard, library, sentence,
                                                           want) -> None:
    """"Last night" beside the very reading the fact gives is when it was taken, not a span
    of something new."""
    _check(guard, library, "id-returned-traveller", ["hpc-severity"], ["pc-fever"],
           "how high has your temperature got?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Amlodipine, the paracetamol, and turmeric capsules, because the woman in the shop said "
     "they're good for joints.", U),
    ("Amlodipine, the paracetamol, and my other knee has gone hot and red as well.", C),
])
def test_what_a_remedy_is_good_for_is_no_finding(guard, library, sentence, want) -> None:
    """"Good for joints" says what the capsules are for; it affirms none of the joint
    trouble the case denies."""
    _check(guard, library, "msk-knee-pain", ["dh-amlodipine", "dh-paracetamol"],
           ["pc-knee-pain"], "what tablets do you take?", sentence, want)


@pytest.mark.parametrize(("case", "planned", "disclosed", "sentence", "want"), [
    ("msk-knee-pain", ["ice-ideas"], ["pc-knee-pain"],
     "My neighbour reckons it's uric acid building up in there.", L),
    ("msk-knee-pain", ["ice-ideas"], ["pc-knee-pain"],
     "The chemist wondered about CPPD, whatever that stands for.", L),
    ("paeds-fever", ["ice-ideas"], [], "Is it hand, foot and mouth, do you think?", L),
    ("obgyn-pelvic-pain", ["ice-ideas"], ["pc-pelvic-pain"],
     "I read you can bleed inside when you release an egg.", L),
    ("renal-reduced-urine", ["ice-concerns"], ["pc-urine"],
     "I'm scared something's pressing on the tubes that drain my kidneys.", L),
    ("gastro-abdominal-pain", ["ice-concerns"], ["pc-abdo-pain"],
     "I worried something down there had twisted and cut the blood off.", L),
    # counterpart: the idea the case gives
    ("endo-thirst", ["ice-ideas"], ["pc-thirst"],
     "Megan looked it up and reckons it could be diabetes.", S),
])
def test_more_lay_words_for_answer_key_terms(guard, library, case, planned, disclosed, sentence,
                                            want) -> None:
    """Crystals by their chemistry, a childhood virus by its name, an egg released, tubes
    pressed on, a part twisted with its blood cut off: each a differential in lay words."""
    _check(guard, library, case, planned, disclosed, "what do you think is going on?", sentence,
           want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Forgetting I'm Graham for a second, his troponin would be raised.", B),
    ("Before we go on, I'll need to ask you whether you get chest pain yourself.", B),
    ("He'd benefit from sleep hygiene advice and talking therapies, I'd say.", B),
    # counterparts: the patient's own words, and a question the patient will put to another
    ("It's a heavy pressure, like someone sitting on my chest.", S),
    ("I'll need to ask my wife what the tablets are called, sorry.", U),
])
def test_out_of_character_the_student_questioned_and_the_clinics_services(guard, library,
                                                                          sentence,
                                                                          want) -> None:
    _check(guard, library, "cardio-chest-pain", ["hpc-character"], CHEST[:2],
           "Can you describe it a bit more for me?", sentence, want)


@pytest.mark.parametrize(("sentence", "want"), [
    ("It only started yesterday, I'd say.", C),
    ("It started on Tuesday morning; he was fine on Sunday.", S),
    ("It started four days ago, on the Tuesday.", S),
])
def test_a_start_held_to_the_complaints_span_where_the_onset_names_only_days(
        guard, library, sentence, want) -> None:
    """The onset gives Sunday and Tuesday, no span; the complaint has gone on four days, so
    "yesterday" as the start is too late."""
    _check(guard, library, "geri-confusion", ["hpc-onset"], ["pc-confusion"],
           "When did it all start?", sentence, want)
