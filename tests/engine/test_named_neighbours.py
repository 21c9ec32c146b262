"""Questions that share words with a fact that does not answer them, from four fresh
development sets (`dev-questions-16` to `-19`): a symptom or part of the body the case does
not hold ("pain during sex" is not the contraception fact), someone asked after by name, a
visit, a check or a detail the fact does not give (a time of day, how long a drug has been
taken, why it was stopped), ideas and hopes asked in other words, and a few ways students put
things (leave to ask with the question inside it, "and when?", "and the chest pain?"). Each
has a counterpart that keeps its answer."""

from __future__ import annotations

from osce.models.transcript import ReplyKind
from tests.engine.conftest import facts, reply


def test_a_body_part_the_review_does_not_cover_is_not_its_list(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "any trouble with your back?") == []
    assert facts(engine, library, "msk-knee-pain", "has the knee ever been red or hot?") == [
        "ros-hot-joint"]


def test_pain_during_sex_is_not_contraception(engine, library) -> None:
    assert facts(engine, library, "obgyn-pelvic-pain", "have you had any pain during sex?") == []
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "do you use any protection during sex?") == ["sx-contraception"]


def test_a_knee_giving_way_is_not_a_knee_locking(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "does the knee ever give way on you?") == []
    # one of the choices offered is the fact's own
    assert facts(engine, library, "msk-knee-pain", "does it ever give way or get stuck?") == [
        "hpc-locking"]


def test_blood_in_the_vomit_is_asked_by_name(engine, library) -> None:
    asked = facts(engine, library, "gastro-abdominal-pain", "was there any blood in the vomit?")
    assert "ros-blood-pr" not in asked and "hpc-nausea-vomit" not in asked
    # a case that records it answers with it
    assert facts(engine, library, "paeds-fever", "was there any blood in her vomit?") == [
        "hpc-vomiting"]


def test_an_operation_or_an_anaesthetic(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain",
                 "ever had an operation or been put to sleep for anything?") == ["pmh-surgery"]


def test_someone_asked_after_by_the_name_the_case_gives_them(engine, library) -> None:
    # "her big brother Alfie": his jabs are not hers
    assert facts(engine, library, "paeds-fever", "is Alfie up to date with his jabs?") == []
    assert facts(engine, library, "paeds-fever", "is she up to date with her jabs?") == [
        "dev-immunisations"]
    assert facts(engine, library, "neuro-headache", "what does Dave do for a living?") == []
    assert facts(engine, library, "neuro-headache", "what do you do for a living?") == [
        "sh-work"]
    # a fact that names him answers for him
    assert facts(engine, library, "paeds-fever", "does Liam smoke?") == ["sh-smoking"]


def test_a_stop_on_the_way_home_and_a_knock(engine, library) -> None:
    assert facts(engine, library, "id-returned-traveller", "have you been abroad recently?",
                 "did you stop off anywhere on the way back?") == []
    assert facts(engine, library, "paeds-fever", "has she had any bumps or knocks lately?") == []
    assert facts(engine, library, "gastro-abdominal-pain",
                 "did going over bumps in the car hurt?") == ["hpc-exac-movement"]


def test_showing_it_to_a_doctor_is_a_visit(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "have you shown this mole to a doctor before?") == []


def test_a_question_the_author_wrote_for_the_next_fact_goes_to_it(engine, library) -> None:
    # the runs lasted four days, a figure; how many times a day is the details fact's own
    assert facts(engine, library, "renal-reduced-urine", "have you had any diarrhoea?",
                 "how many times a day were you going?") == ["hpc-diarrhoea-details"]
    assert facts(engine, library, "renal-reduced-urine", "have you had any diarrhoea?",
                 "how long did it last?") == ["hpc-diarrhoea"]


def test_students_shorthand(engine, library) -> None:
    assert facts(engine, library, "resp-breathless", "have you got a cough?",
                 "any temps with it?") == ["ros-fever"]
    assert facts(engine, library, "gastro-abdominal-pain",
                 "have you ever had an op on your tummy?") == ["pmh-surgery"]
    assert facts(engine, library, "endo-thirst", "how's your apetite been?") == ["hpc-appetite"]
    assert facts(engine, library, "renal-reduced-urine",
                 "are you on anything that makes you pass more water?") == ["dh-furosemide"]


def test_a_greeting_by_name_then_the_opening(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "Hi Mr Moffat, so what can I help you with this afternoon?") == ["pc-mole"]


def test_looking_at_it_yourself_is_not_a_check(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "if you looked at it, would both halves match up?") == ["hpc-shape"]
    assert facts(engine, library, "derm-changing-mole",
                 "has anyone looked at it for you?") == ["hpc-photos"]


def test_a_visit_is_not_a_list_of_conditions(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole", "has a doctor looked at it?") == []
    assert facts(engine, library, "renal-reduced-urine",
                 "did you see the GP about your back?") == []
    assert facts(engine, library, "derm-changing-mole", "do you have any medical problems?") == [
        "pmh-hypertension", "pmh-skin-cancer"]


def test_a_named_person_is_spoken_of_only_by_a_fact_that_names_them(engine, library) -> None:
    # "have you written a letter to Claire?" is among the questions of the final acts fact
    assert facts(engine, library, "psych-low-mood",
                 "how are things between you and Claire?") == []
    assert facts(engine, library, "psych-low-mood", "who do you live with?") == [
        "sh-home"]


def test_contact_with_someone_ill(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "have you been around anyone with a chest infection?") == []
    assert facts(engine, library, "gastro-abdominal-pain",
                 "have you been around anyone who's been ill?") == ["ros-contacts"]


def test_more_of_students_words(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "has it ever been hot and angry-looking?") == [
        "ros-hot-joint"]
    assert facts(engine, library, "cardio-chest-pain",
                 "are there any medicines that have disagreed with you?") == ["allergy-none"]


def test_where_it_came_from_is_asked_of_the_last_answer(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "have you tried anything for it?",
                 "where did you get that from?") == ["hpc-tried"]


def test_a_condition_in_the_past_is_not_todays_review(engine, library) -> None:
    assert facts(engine, library, "geri-confusion", "has he ever had a stroke?") == []
    assert facts(engine, library, "geri-confusion", "any signs of a stroke?") == ["ros-neuro"]
    # the review's own words say it: "I've never had an ulcer"
    assert facts(engine, library, "msk-knee-pain", "have you ever had a stomach ulcer?") == [
        "ros-indigestion"]
    assert facts(engine, library, "psych-low-mood",
                 "have you ever had a period where you felt really high?") == ["ros-mania"]


def test_a_finger_that_feels_or_points_is_not_asked_after(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "does it feel bumpy when you run your finger over it?") == ["hpc-raised"]
    assert facts(engine, library, "neuro-headache",
                 "if you had to put a finger on the sorest spot, where would it be?") == [
        "hpc-site"]
    assert facts(engine, library, "msk-knee-pain", "any lumps on your fingers?") == ["ros-hands"]


def test_leave_to_ask_then_a_dash_and_the_question(engine, library) -> None:
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "Can I ask about your obstetric history - have you ever been pregnant "
                 "before?") == ["obs-previous"]
    # a topic before the dash is part of the one question
    assert facts(engine, library, "cardio-chest-pain", "chest pain - when'd it start?") == [
        "hpc-onset"]


def test_pain_passing_urine_is_not_blood_in_it(engine, library) -> None:
    assert facts(engine, library, "id-returned-traveller", "any pain when you pee?") == []
    assert facts(engine, library, "endo-thirst", "any pain when you pass urine?") == [
        "ros-dysuria"]
    assert facts(engine, library, "endo-thirst", "does it burn or sting when you pass urine?") == [
        "ros-dysuria"]


def test_a_name_or_a_test_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "geri-confusion", "what's his GP's name?") == []
    assert facts(engine, library, "obgyn-pelvic-pain", "which pill were you on before?") == []
    assert facts(engine, library, "resp-breathless", "which contraceptive pill are you on?") == [
        "dh-cocp"]
    assert facts(engine, library, "geri-confusion", "has anyone done a urine dip on him?") == []
    assert facts(engine, library, "derm-changing-mole",
                 "do your sons have lots of moles like you?") == []


def test_ideas_concerns_and_hopes_are_asked_in_words_for_them(engine, library) -> None:
    # "were you hoping for an X-ray?" is among the expectations' questions
    assert facts(engine, library, "msk-knee-pain", "have you had an X-ray of it before?") == []
    assert facts(engine, library, "msk-knee-pain", "what were you hoping we'd do today?") == [
        "ice-expectations"]
    assert facts(engine, library, "msk-knee-pain", "what are you after from us today?") == [
        "ice-expectations"]
    assert facts(engine, library, "neuro-headache", "what did you put it down to?") == [
        "ice-ideas"]


def test_a_question_inside_leave_to_ask_it(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "do you mind me asking what you weigh?") == [
        "sh-weight"]
    assert facts(engine, library, "msk-knee-pain", "can I ask if you smoke?") == ["sh-smoking"]
    # leave to ask about a part of the history is only leave
    asked = reply(engine, library, "msk-knee-pain", "can I ask you about your drinking?")
    assert asked.grounding.kind is ReplyKind.social and asked.grounding.facts == []


def test_how_long_for_is_not_how_long_ago(engine, library) -> None:
    # "I gave up ten years ago" says when, not for how long
    assert facts(engine, library, "derm-changing-mole", "do you smoke?",
                 "how many years did you smoke for altogether?") == []
    assert facts(engine, library, "cardio-chest-pain", "how many years have you smoked for?") == [
        "sh-smoking"]
    assert facts(engine, library, "resp-breathless",
                 "how many years have you been on the pill for?") == ["dh-cocp"]


def test_a_time_of_day_or_a_number_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "do you take your amlodipine in the morning or at night?") == []
    assert facts(engine, library, "cardio-chest-pain",
                 "do you remember what your cholesterol number was?") == []
    assert facts(engine, library, "psych-low-mood",
                 "is your mood worse in the morning or in the evening?") == ["hpc-timing"]


def test_a_reason_the_fact_does_not_give(engine, library) -> None:
    # "I only took it for the first week": a length of time, not a reason
    assert facts(engine, library, "id-returned-traveller", "did you take any malaria tablets?",
                 "why did you stop them after the first week?") == []
    assert facts(engine, library, "resp-breathless",
                 "were you in Vancouver for work or on holiday?") == []
    assert facts(engine, library, "id-returned-traveller",
                 "were you in Nigeria for work or on holiday?") == ["sh-travel"]


def test_anything_else_with_your_mates_is_not_other_symptoms(engine, library) -> None:
    assert facts(engine, library, "endo-thirst",
                 "do you ever smoke weed or take anything else with your mates?") == ["sh-drugs"]


def test_a_family_fact_is_not_half_of_a_pair_about_the_patient(engine, library) -> None:
    # "nobody's had any blood problems" is the family's; her gums are hers
    assert facts(engine, library, "paeds-fever", "any nosebleeds or bleeding gums?") == []
    assert facts(engine, library, "cardio-chest-pain", "do you smoke or drink?") == [
        "sh-smoking", "sh-alcohol"]


def test_how_someone_is_is_not_where_they_live(engine, library) -> None:
    assert facts(engine, library, "resp-breathless", "is your partner well?") == []
    assert facts(engine, library, "psych-low-mood", "how is Claire coping with all this?") == []
    assert facts(engine, library, "resp-breathless", "who do you live with?") == ["sh-home"]


def test_and_when_is_the_time_of_what_was_just_asked(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain",
                 "what was the last meal you had, and when?") == ["hpc-last-meal"]
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "how many paracetamol did you take, and what time?") == []


def test_hyphens_and_a_common_slip(engine, library) -> None:
    assert facts(engine, library, "id-returned-traveller",
                 "did you take any anti-malaria tablets?") == ["dh-prophylaxis"]
    assert facts(engine, library, "resp-breathless", "is it worse when you breath in?") == [
        "hpc-exac-breathing"]


def test_a_break_a_dosette_box_and_a_reason_to_give_up(engine, library) -> None:
    assert facts(engine, library, "geri-confusion", "has he had any falls before this?",
                 "did he break anything that time?") == []
    assert facts(engine, library, "geri-confusion", "what medications is he on?",
                 "does he use a dosette box?") == []
    assert facts(engine, library, "derm-changing-mole", "do you smoke?",
                 "what made you decide to give up?") == []
    assert facts(engine, library, "derm-changing-mole", "what made you decide to come in?") == [
        "pc-mole"]


def test_the_thermometer_is_the_temperature(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "has the thermometer shown anything high?") == ["ros-fever"]


def test_and_the_other_symptom_asks_the_same_of_it(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "when did you first notice being short of breath?", "and the chest pain?") == [
        "hpc-onset-pain"]


def test_details_of_a_drug_or_a_relative_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "endo-thirst", "does the cetirizine make you drowsy?") == []
    assert facts(engine, library, "neuro-headache",
                 "how long have you been using sumatriptan for your migraines?") == []
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "why did you decide to come off the pill?") == []
    assert facts(engine, library, "endo-thirst",
                 "how old was your grandad when he found out he had diabetes?") == []
    assert facts(engine, library, "endo-thirst", "how long has your mum had her thyroid problem?"
                 ) == []
    # a fact that gives it answers
    assert facts(engine, library, "resp-breathless",
                 "how long have you been on the pill?") == ["dh-cocp"]
    assert facts(engine, library, "endo-thirst", "does anyone in the family have diabetes?") == [
        "fh-grandfather-t2dm"]


def test_working_hours_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "obgyn-pelvic-pain", "is your job at the nursery full-time?"
                 ) == []
    assert facts(engine, library, "obgyn-pelvic-pain", "what do you do for work?") == [
        "sh-home-work"]


def test_how_long_it_has_been_a_problem_is_since_it_began(engine, library) -> None:
    # "it started three weeks ago" says how long it has been going on
    assert facts(engine, library, "endo-thirst", "how many weeks has this been a problem for?"
                 ) == ["hpc-onset"]


def test_a_hand_on_the_spot_and_pain_that_wanders(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "if you put a hand on the spot, where would it go?") == ["hpc-site"]
    assert facts(engine, library, "cardio-chest-pain", "whereabouts is the pain?",
                 "does it wander off elsewhere?") == ["hpc-radiation"]
    assert facts(engine, library, "resp-breathless", "does anything settle it?") == [
        "hpc-relieving"]
