"""Questions from two development sets written fresh in the labelled set's style
(`dev-questions-9`, `-10`): ICE asked in more ways, a tag like "do you think?" that asks
nothing, whether what was just tried worked, what is taken for a symptom, a detail the
patient says they do not know, and a list that does not hold what was asked. Each has a
counterpart that must keep its answer."""

from __future__ import annotations

from osce.engine.scripted.splitter import split_parts
from tests.engine.conftest import facts


def test_ideas_asked_in_other_words(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain",
                 "have you got any thoughts yourself on why it's sore?") == ["ice-ideas"]
    assert facts(engine, library, "gastro-abdominal-pain",
                 "what was your first thought when it started hurting?") == ["ice-ideas"]
    assert facts(engine, library, "psych-low-mood",
                 "how do you make sense of why you're feeling like this?") == ["ice-ideas"]
    # the time it started is still the onset
    assert facts(engine, library, "gastro-abdominal-pain",
                 "when did it start hurting?") != ["ice-ideas"]


def test_a_tag_after_a_question_is_not_a_question() -> None:
    assert split_parts("did they make any difference, do you think?") == [
        "did they make any difference"]
    assert split_parts("did it help? do you think it was the food?") == [
        "did it help?", "do you think it was the food?"]
    assert split_parts("what do you think?") == ["what do you think?"]


def test_whether_what_was_tried_worked(engine, library) -> None:
    painkillers = "have you taken any painkillers?"
    assert facts(engine, library, "gastro-abdominal-pain", painkillers,
                 "did they make any difference, do you think?") == ["hpc-tried"]
    assert facts(engine, library, "gastro-abdominal-pain", painkillers,
                 "did they do anything?") == ["hpc-tried"]
    # a question with a subject of its own goes its own way
    assert facts(engine, library, "gastro-abdominal-pain", painkillers,
                 "does moving make it worse?") == ["hpc-exac-movement"]


def test_what_is_taken_for_a_symptom_just_heard(engine, library) -> None:
    # the ibuprofen is told only when asked for, and "for it" after the back asks for it
    assert facts(engine, library, "renal-reduced-urine", "you said you hurt your back?",
                 "taking anything for it?") == ["dh-ibuprofen"]
    assert "dh-ibuprofen" not in facts(engine, library, "renal-reduced-urine",
                                       "what tablets are you on?")


def test_a_detail_the_patient_says_they_do_not_know(engine, library) -> None:
    fall = "has your dad had any falls?"
    assert facts(engine, library, "geri-confusion", fall,
                 "he was on the floor how many hours, do you know?") == ["hpc-fall"]
    # hours the fact never speaks of, even to say it does not know, stay unanswered
    assert facts(engine, library, "cardio-chest-pain", "what do you do for work?",
                 "how many hours do you do?") == []


def test_how_many_times_to_just_the_once(engine, library) -> None:
    assert facts(engine, library, "resp-breathless", "have you coughed up any blood?",
                 "how many times this happened?") == ["hpc-haemoptysis"]


def test_a_list_that_does_not_hold_what_was_asked(engine, library) -> None:
    # operations to a list of conditions: not the list
    assert facts(engine, library, "cardio-chest-pain",
                 "any long haul flights or operations recently?") == []
    assert facts(engine, library, "cardio-chest-pain", "any medical problems?") == [
        "pmh-hypertension", "pmh-cholesterol", "pmh-diabetes", "pmh-heart"]
    # a stressful job is not what the job is
    assert facts(engine, library, "resp-breathless", "what do you do for work?",
                 "is it a stressful job?") == []


def test_lay_words_and_abbreviations(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain",
                 "have you ever been under the knife for anything?") == ["pmh-surgery"]
    assert facts(engine, library, "id-returned-traveller",
                 "did you take any antimalarial tablets?") == ["dh-prophylaxis"]
    # the GP is the patient's doctor, not the family's history
    assert facts(engine, library, "neuro-headache",
                 "do you see your GP for anything, any ongoing health problems?") == [
        "pmh-hypertension", "pmh-migraine"]


def test_a_clause_that_sets_the_scene_is_not_a_question() -> None:
    assert split_parts("while you were out there, did you go swimming in any lakes?") == [
        "while you were out there, did you go swimming in any lakes?"]
    assert split_parts("when did it start, and does it go anywhere?") == [
        "when did it start", "does it go anywhere?"]


def test_particularly_narrows_a_list_and_adds_nothing_to_it(engine, library) -> None:
    assert facts(engine, library, "resp-breathless",
                 "have you had any pain or swelling in your legs, particularly your calves?"
                 ) == ["hpc-calf-pain"]


def test_an_acknowledgement_before_a_question_asks_nothing() -> None:
    assert split_parts("oh okay, and did you finish the course?") == [
        "did you finish the course?"]
    assert split_parts("so, um, could you tell me what brought you in?") == [
        "could you tell me what brought you in?"]
    # "sorry" asks for the question again and stays with it
    assert split_parts("sorry, can you say that again?") == ["sorry, can you say that again?"]
    assert split_parts("right okay") == ["right okay"]


def test_a_guess_only_frames_the_question(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain",
                 "I'm guessing nothing like this has ever bothered you before?") == [
        "hpc-previous"]


def test_that_one_is_the_one_the_answer_led_with(engine, library) -> None:
    assert facts(engine, library, "geri-confusion", "what medications is he on?",
                 "has he had any new medicines recently?",
                 "when was that one started?") == ["dh-oxybutynin"]


def test_compliance_is_taking_them_as_prescribed(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "what medicines are you on?",
                 "compliant with both?")[0] == "dh-atorvastatin"


def test_what_no_fact_says_of_a_subject_it_touches(engine, library) -> None:
    # the knee support is not physiotherapy, and the job is not how stressful it is
    assert facts(engine, library, "msk-knee-pain",
                 "have you seen a physio about it at all?") == []
    assert facts(engine, library, "msk-knee-pain", "have you tried anything to help?") == [
        "hpc-tried"]
    assert facts(engine, library, "neuro-headache", "has work been stressful recently?") == []
    assert facts(engine, library, "neuro-headache", "what do you do for work?") == ["sh-work"]
    # injuries to a child whose past history is only "healthy"
    assert facts(engine, library, "paeds-fever",
                 "has she had any bumps or injuries recently?") == []


def test_empathy_before_a_question_is_said_not_asked(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain",
                 "That sounds miserable. Have you been able to face any breakfast?") == [
        "hpc-anorexia"]
    assert facts(engine, library, "psych-low-mood",
                 "That sounds like a really tough thing to go through. Is there a time of day "
                 "when it's worse?") == ["hpc-timing"]
    # a question that starts "that sounds" is still a question
    assert facts(engine, library, "cardio-chest-pain",
                 "that sounds sore, does it go anywhere?") == ["hpc-radiation"]


def test_a_signpost_says_what_part_of_the_history_comes_next(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "OK, thanks. Moving on to your general health, are you being treated for "
                 "anything?") == ["pmh-hypertension", "pmh-skin-cancer"]
    assert facts(engine, library, "psych-low-mood",
                 "OK, I'm going to ask a few questions about lifestyle now. How much alcohol "
                 "are you getting through in a week?") == ["sh-alcohol"]
    # treated FOR anything asks after conditions, signpost or not; treated WITH anything
    # asks what was put on the mole
    # the whole past history, in whichever order the two facts rank
    assert sorted(facts(engine, library, "derm-changing-mole",
                        "are you being treated for anything?")) == ["pmh-hypertension",
                                                                    "pmh-skin-cancer"]
    assert facts(engine, library, "derm-changing-mole",
                 "have you treated it with anything?") == ["hpc-relieving"]


def test_a_name_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain",
                 "What brand of cigarettes do you smoke?") == []
    assert facts(engine, library, "psych-low-mood",
                 "What was the name of the printing firm?") == []
    # a fact that names the place answers which place
    assert facts(engine, library, "id-returned-traveller",
                 "which country were you in?") == ["sh-travel"]
    assert facts(engine, library, "cardio-chest-pain", "do you smoke?") == ["sh-smoking"]


def test_british_idiom(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "are you getting out of puff at all?"
                 ) == ["hpc-breathless"]
    assert facts(engine, library, "derm-changing-mole", "how do you earn a crust?") == [
        "sh-work"]
    assert facts(engine, library, "geri-confusion", "has he come a cropper before this?") == [
        "hpc-fall-previous"]
    assert facts(engine, library, "obgyn-pelvic-pain", "when did you last come on?") == [
        "obs-lmp"]
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "do any medicines bring you out in a rash?") == ["allergy-penicillin"]


def test_which_and_who_of_the_fact_just_heard(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "what's brought you in?",
                 "does the pain travel anywhere?", "which arm?") == ["hpc-radiation"]
    assert facts(engine, library, "resp-breathless", "what's brought you in?",
                 "any pain in your legs?", "which one?") == ["hpc-calf-pain"]
    assert facts(engine, library, "geri-confusion", "what tablets is he on?",
                 "is any of that new?", "who started it?") == ["dh-oxybutynin"]
    # a fact with no side does not answer "which one?"
    assert facts(engine, library, "resp-breathless", "do you smoke?", "which one?") == []


def test_a_check_put_negatively_asks_the_same(engine, library) -> None:
    assert facts(engine, library, "paeds-fever", "no fits or jerky movements?") == [
        "hpc-seizure"]


def test_concerns_asked_as_what_worries_you_most(engine, library) -> None:
    assert facts(engine, library, "geri-confusion",
                 "What's the thing that worries you most about your dad at the moment?") == [
        "ice-concerns"]


def test_what_is_used_for_the_pain_just_named(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine", "you mentioned your back?",
                 "what have you been using for the pain?") == ["dh-ibuprofen"]


def test_a_phrase_that_only_says_when_stays_with_its_question() -> None:
    assert split_parts("In your whole life, has anything come close to this?") == [
        "In your whole life, has anything come close to this?"]


def test_a_figure_or_a_size_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "geri-confusion",
                 "What was his score at the memory clinic?") == []
    assert facts(engine, library, "renal-reduced-urine",
                 "What was your kidney function number at your last check?") == []
    assert facts(engine, library, "msk-knee-pain",
                 "What size knee support did you get from the chemist?") == []
    # a size given by a likeness answers "what size?"
    assert facts(engine, library, "derm-changing-mole", "has it changed in size?",
                 "what size was it to begin with?") == ["hpc-size"]


def test_a_relative_with_an_adjective_is_still_someone_else(engine, library) -> None:
    assert facts(engine, library, "paeds-fever",
                 "does her big brother have any medical problems?") == []
    assert facts(engine, library, "paeds-fever", "who lives at home with her?") == ["sh-home"]


def test_a_trigger_named_in_the_question_is_its_own_answer(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain", "does coughing set it off?") == [
        "hpc-exac-movement"]
    # asked openly, a fact that says nothing of what sets it off does not answer
    assert facts(engine, library, "neuro-headache", "do you get migraines?",
                 "what tends to trigger them?") == []


def test_onset_and_ideas_asked_in_the_past(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "When was it that Julie first thought it looked different?") == ["hpc-onset"]
    assert facts(engine, library, "paeds-fever",
                 "What did you think was going on before you saw the spots?") == ["ice-ideas"]


def test_concerns_and_ideas_in_more_words(engine, library) -> None:
    assert facts(engine, library, "endo-thirst",
                 "is there anything about the possible treatment that bothers you?") == [
        "ice-concerns"]
    assert facts(engine, library, "id-returned-traveller",
                 "is anything in particular weighing on you about this?") == ["ice-concerns"]
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "what did you first put the pain down to?") == ["ice-ideas"]


def test_anyone_else_in_the_family(engine, library) -> None:
    assert facts(engine, library, "id-returned-traveller", "do you have sickle cell?",
                 "does anyone else in the family?") == ["fh-sickle"]
    assert facts(engine, library, "geri-confusion",
                 "did anyone else in his family have memory problems?") == ["fh-dementia"]
    assert facts(engine, library, "resp-breathless",
                 "has anyone related to you had a DVT or a clot on the lung?") == [
        "fh-mother-dvt"]


def test_a_drug_for_what_the_condition_s_words_name(engine, library) -> None:
    # "donepezil for his memory" is for the Alzheimer's the memory clinic found
    assert facts(engine, library, "geri-confusion", "does he have a diagnosis of dementia?",
                 "is he on anything for that?") == ["dh-donepezil"]


def test_when_that_started_after_a_symptom_is_the_symptom_s_start(engine, library) -> None:
    assert facts(engine, library, "obgyn-pelvic-pain", "have you had any vaginal bleeding?",
                 "when did that start?") == ["hpc-bleeding"]
    # after the complaint itself it is the complaint's onset
    assert facts(engine, library, "obgyn-pelvic-pain", "what's brought you in today?",
                 "when did that start?") == ["hpc-onset"]


def test_a_rash_is_not_asked_of_an_allergy(engine, library) -> None:
    assert facts(engine, library, "gastro-abdominal-pain", "have you noticed any rashes?") == []
    assert facts(engine, library, "gastro-abdominal-pain", "do you have any allergies?",
                 "what happened when you had it?") == ["allergy-penicillin"]


def test_either_or_about_one_thing_is_one_question() -> None:
    assert split_parts("is he like this all the time, or does it vary?") == [
        "is he like this all the time or does it vary?"]
    assert split_parts("do you have any other medical problems, or have you had any "
                       "operations before?") == ["do you have any other medical problems",
                                                 "have you had any operations before?"]


def test_more_everyday_words(engine, library) -> None:
    assert facts(engine, library, "endo-thirst", "any queasiness?") == ["hpc-nausea"]
    assert facts(engine, library, "id-returned-traveller", "have you had a headache?",
                 "and which bit of your head is it in?") == ["hpc-headache-site"]
    assert facts(engine, library, "msk-knee-pain",
                 "have you piled on any pounds in the last few years?") == ["sh-weight"]
    assert facts(engine, library, "neuro-headache", "what's brought you in today?",
                 "when did the headache start?", "and what were you up to at the time?") == [
        "hpc-onset-circumstance"]


def test_shown_to_a_doctor_is_a_visit_and_lighting_up_is_smoking(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "Have you shown it to a doctor at all before today?") == []
    assert facts(engine, library, "paeds-fever", "who's at home with her?",
                 "and does her dad or anyone else light up at home?") == ["sh-smoking"]
