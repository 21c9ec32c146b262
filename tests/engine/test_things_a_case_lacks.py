"""More of what a question can name that a case may lack (a specialist, a supplement, a
symptom, a kind of drink, an exposure) asks about that thing: the nearest fact is not its
answer, however much else the question shares with it. Each has a counterpart that keeps
its answer."""

from __future__ import annotations

from tests.engine.conftest import Conversation, facts, reply


def test_a_symptom_the_case_lacks_is_not_answered_with_a_neighbour(engine, library) -> None:
    # the headache's spread names the jaw among its example questions; chewing is not spread
    assert facts(engine, library, "neuro-headache", "any jaw pain when chewing?") == []
    assert facts(engine, library, "neuro-headache",
                 "does the pain go anywhere else?") == ["hpc-radiation"]
    assert facts(engine, library, "paeds-fever", "has she been scratching at the rash?") == []
    assert facts(engine, library, "paeds-fever", "where is the rash?") == ["hpc-rash-site"]


def test_a_service_or_specialist_the_case_lacks(engine, library) -> None:
    assert facts(engine, library, "psych-low-mood", "what did you do for work?",
                 "are you getting any benefits at the moment?") == []
    assert facts(engine, library, "psych-low-mood",
                 "what do you do for a living?") == ["sh-occupation"]
    assert facts(engine, library, "msk-knee-pain",
                 "have you ever been seen by an orthopaedic surgeon about it?") == []


def test_supplements_and_remedies_are_asked_by_name(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine",
                 "do you take any herbal remedies?") == []
    # a case whose patient does take one answers with it
    assert facts(engine, library, "msk-knee-pain",
                 "are you taking any supplements?") == ["dh-glucosamine"]


def test_an_exposure_or_drink_the_case_lacks(engine, library) -> None:
    assert facts(engine, library, "resp-breathless", "were you wearing flight socks?") == []
    assert facts(engine, library, "resp-breathless",
                 "have you travelled anywhere recently?") == ["hpc-travel"]
    assert facts(engine, library, "cardio-chest-pain", "do you drink alcohol?",
                 "and do you drink spirits at all?") == []
    # a pint is beer: asked in other words, the patient's drinking is still the answer
    assert facts(engine, library, "cardio-chest-pain", "how many beers a week?") == [
        "sh-alcohol"]
    # "damp" describes the sweat here; it names nothing the case lacks
    assert facts(engine, library, "cardio-chest-pain",
                 "has your shirt been damp with sweat?") == ["hpc-sweating"]


def test_clothes_fitting_differently_is_a_change_in_weight(engine, library) -> None:
    assert facts(engine, library, "endo-thirst",
                 "Have your clothes been fitting any differently lately?") == ["hpc-weight-loss"]


def test_a_bereavement_or_the_jobcentre_the_case_never_mentions(engine, library) -> None:
    assert facts(engine, library, "geri-confusion", "has he had any recent bereavements?") == []
    assert facts(engine, library, "psych-low-mood",
                 "are you getting any help from the job centre?") == []



def test_a_named_test_the_fact_never_speaks_of(engine, library) -> None:
    # "I've never had anything like this before" says nothing of an ECG
    assert facts(engine, library, "resp-breathless", "have you had an ECG before?") == []
    assert facts(engine, library, "resp-breathless",
                 "have you had anything like this before?") == ["hpc-previous"]


def test_a_name_the_case_never_mentions(engine, library) -> None:
    # a place written with a capital that no fact names
    assert facts(engine, library, "id-returned-traveller", "did you go to Ghana as well?") == []
    # a brand the lexicon knows, or one given as an example, is not what is asked
    assert facts(engine, library, "paeds-fever", "has the Calpol made any difference?") == [
        "hpc-relieving"]
    assert facts(engine, library, "msk-knee-pain",
                 "do you buy anything from Holland & Barrett?") == ["dh-glucosamine"]


def test_a_cold_the_illness_is_not_feeling_cold(engine, library) -> None:
    # the fever fact's "have you felt hot and cold?" does not make it a cold's answer
    assert facts(engine, library, "renal-reduced-urine", "any cough or cold?") == []
    assert facts(engine, library, "renal-reduced-urine", "have you had a cold?") == []
    assert facts(engine, library, "renal-reduced-urine", "have you felt hot and cold?") == [
        "ros-fever"]
    # a case whose fact speaks of colds still answers them
    assert facts(engine, library, "endo-thirst", "any coughs or colds?") == ["ros-infection"]
    # cold hands are still cold
    assert facts(engine, library, "paeds-fever", "are her hands cold?") == ["hpc-cold-hands"]


def test_earlier_episodes_are_answered_only_by_a_fact_that_tells_of_the_past(
        engine, library) -> None:
    # "my bowels were normal before this", the kidneys at a diabetes check and the knee
    # support from the chemist say nothing of an earlier bout
    assert facts(engine, library, "obgyn-pelvic-pain", "have you had this before?") == []
    assert facts(engine, library, "renal-reduced-urine", "have you had this before?") == []
    assert facts(engine, library, "msk-knee-pain", "have you had this before?") == []
    assert facts(engine, library, "paeds-fever",
                 "has she ever had a rash like this before?") == []
    # a case that tells of earlier bouts still answers
    assert facts(engine, library, "cardio-chest-pain", "have you had this before?") == [
        "hpc-previous"]


def test_a_cough_goes_to_the_chest_default_not_to_the_fever_fact(engine, library) -> None:
    # the fever fact once had "any recent coughs or colds?" among its questions, though its
    # words never deny a cough; the case's stated default for the chest does
    assert facts(engine, library, "neuro-headache", "do you have a cough?") == []
    assert facts(engine, library, "neuro-headache", "have you had a temperature?") == [
        "ros-fever-rash"]


def test_a_student_who_is_a_student_does_not_ask_about_the_patients_studies(
        engine, library) -> None:
    # the appendicitis patient is at university: the speaker's own year is an introduction
    for line in ("hi there, I'm a final year medical student",
                 "hello, I'm a nursing student, is it ok to chat?"):
        assert facts(engine, library, "gastro-abdominal-pain", line) == [], line
    assert facts(engine, library, "gastro-abdominal-pain", "what do you do for work?") == [
        "sh-occupation"]


def test_mental_health_is_not_the_first_condition_on_the_list(engine, library) -> None:
    # "any mental health problems?" named nothing the lexicon knew, so the past history's
    # nearest fact (blood pressure, asthma, tonsils) answered it
    for case_id in ("cardio-chest-pain", "gastro-abdominal-pain", "geri-confusion",
                    "renal-reduced-urine"):
        assert facts(engine, library, case_id, "any mental health problems?") == [], case_id
    assert facts(engine, library, "psych-low-mood", "any mental health problems?") == [
        "pmh-mental-health"]


def test_a_fact_answers_only_what_its_words_say(engine, library) -> None:
    # example questions that named what the words never said (kidneys beside blood
    # pressure, a hospital stay beside childhood asthma, St John's wort beside omeprazole)
    assert facts(engine, library, "msk-knee-pain", "any kidney problems?") == []
    assert facts(engine, library, "psych-low-mood", "any herbal remedies?") == []
    assert facts(engine, library, "renal-reduced-urine",
                 "any family history of heart disease?") == []
    # what the words do say still answers
    assert facts(engine, library, "msk-knee-pain", "do you have high blood pressure?") == [
        "pmh-hypertension"]
    assert facts(engine, library, "gastro-abdominal-pain", "any blood in your urine?") == [
        "ros-urinary"]


def test_harm_from_others_is_not_how_much_the_pain_hurts(engine, library) -> None:
    # no case scripts a safeguarding answer yet, so these are honestly not known; the pain
    # score, the fall or who the patient lives with never answered them
    for case_id in ("cardio-chest-pain", "paeds-fever", "obgyn-pelvic-pain"):
        assert facts(engine, library, case_id, "has anyone ever hurt you?") == [], case_id
        assert facts(engine, library, case_id, "do you feel safe at home?") == [], case_id
    assert facts(engine, library, "cardio-chest-pain", "how bad is the pain?") == [
        "hpc-severity"]
    assert facts(engine, library, "paeds-fever", "do you have a social worker?") == [
        "sh-social-worker"]


def test_spare_time_a_social_worker_and_a_symptom_the_case_never_names(
        engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain",
                 "what do you do in your spare time?") == []
    assert facts(engine, library, "gastro-abdominal-pain", "do you have a social worker?") == []
    assert facts(engine, library, "id-returned-traveller", "any problems with your balance?") == []
    assert facts(engine, library, "obgyn-pelvic-pain", "any mucus in your stool?") == []
    assert facts(engine, library, "paeds-fever", "does her wee smell strong?") == []
    # where the case does hold them
    assert facts(engine, library, "psych-low-mood", "what do you do in your spare time?") == [
        "ros-anhedonia"]
    assert facts(engine, library, "geri-confusion", "does his wee smell?") == ["ros-urine"]


def test_out_of_the_country_is_abroad(engine, library) -> None:
    # "lately" once lifted the thirst case's infection fact over the line
    assert facts(engine, library, "endo-thirst",
                 "have you been out of the country lately?") == []
    assert facts(engine, library, "resp-breathless",
                 "have you been out of the country lately?") == ["hpc-travel"]
    assert facts(engine, library, "id-returned-traveller", "which country were you in?") == [
        "sh-travel"]


def test_what_brought_it_on_is_a_trigger_not_bringing_up_phlegm(engine, library) -> None:
    for case_id in ("gastro-abdominal-pain", "resp-breathless", "derm-changing-mole"):
        assert facts(engine, library, case_id, "did anything bring it on?") == [], case_id
    assert facts(engine, library, "psych-low-mood", "did anything bring it on?") == [
        "hpc-trigger"]
    assert facts(engine, library, "resp-breathless", "are you bringing anything up?") == [
        "ros-sputum"]


def test_earlier_episodes_after_the_opening(engine, library) -> None:
    # "Before, it was more of a dull ache" and "I've never hurt it" are not earlier bouts
    for case_id in ("obgyn-pelvic-pain", "msk-knee-pain"):
        talk = Conversation(engine, library.case(case_id))
        talk.ask("what's brought you in today?")
        talk.ask("how long has it been going on?")
        assert talk.ask("have you had this before?").grounding.facts == [], case_id


def test_courtesies_on_the_way_in_are_not_questions(engine, library) -> None:
    # every case answered the offer of a companion with its expectations
    for case_id in ("cardio-chest-pain", "paeds-fever"):
        assert facts(engine, library, case_id,
                     "Hello, I'm Zara, a second-year medical student. Before we start, is "
                     "there anyone you'd like with you?") == [], case_id
    assert facts(engine, library, "msk-knee-pain",
                 "hello, I'm Ellie, a medical student. Would you mind having a chat with me "
                 "about your symptoms?") == []
    assert facts(engine, library, "id-returned-traveller",
                 "hello, I'm Nina, a medical student. I've been asked to speak to you before "
                 "the doctor comes. Is that ok?") == []
    # the same words as a question after the history keep theirs
    assert facts(engine, library, "cardio-chest-pain",
                 "what are you hoping we can do for you today?") == ["ice-expectations"]


def test_asking_for_the_station_s_answer_in_other_words(engine, library) -> None:
    for question in ("what should I be diagnosing?", "is there a diagnosis you can tell me?",
                     "can you tell me what's wrong with you, like the medical name?",
                     "what's the name of your condition?"):
        for case_id in ("renal-reduced-urine", "psych-low-mood"):
            assert facts(engine, library, case_id, question) == [], (case_id, question)
    # the medical name of something the patient has already said is still asked
    talk = Conversation(engine, library.case("cardio-chest-pain"))
    talk.ask("do you have any medical problems?")
    reply = talk.ask("do you know the medical name for it?")
    assert reply.grounding.kind.value != "refusal"
    assert talk.ask("what's the medical name of your condition?").grounding.kind.value == (
        "refusal")


def test_abbreviations_for_drugs_and_for_bleeding_from_the_bottom(engine, library) -> None:
    assert facts(engine, library, "renal-reduced-urine", "any DH?")[0].startswith("dh-")
    assert facts(engine, library, "paeds-fever", "any drug history?") == ["dh-paracetamol"]
    # the mole's bleed and the spotting are not bleeding from the bottom
    assert facts(engine, library, "derm-changing-mole", "any PR bleeding?") == []
    assert facts(engine, library, "obgyn-pelvic-pain", "any PR bleeding?") == ["ros-bowels"]
    assert facts(engine, library, "gastro-abdominal-pain", "any rectal bleeding?") == [
        "ros-blood-pr"]
    assert facts(engine, library, "endo-thirst", "any dysphagia?") == []


def test_a_symptom_asked_with_an_order_s_verb_is_not_an_order(engine, library) -> None:
    # "do you ever get blood in your wee?" once brought the headache case's blood results
    answer = reply(engine, library, "neuro-headache", "do you ever get blood in your wee?")
    assert answer.grounding.kind.value not in ("test", "exam")
    assert reply(engine, library, "neuro-headache",
                 "can we get some bloods?").grounding.kind.value == "test"
    assert reply(engine, library, "neuro-headache",
                 "do you get your bloods done here?").grounding.kind.value == "test"


def test_what_a_doctor_said_is_asked_of_a_fact_that_reports_it(engine, library) -> None:
    assert facts(engine, library, "obgyn-pelvic-pain", "what did the GP think it was?") == []
    assert facts(engine, library, "psych-low-mood", "what did your GP say it was?") == []
    # a fact that reports what the clinic said answers it
    assert facts(engine, library, "geri-confusion",
                 "what did the memory clinic say?") == ["pmh-dementia"]


def test_a_name_asked_for_needs_a_name_in_the_answer(engine, library) -> None:
    # "I've" opening a clause is no name: "which surgery?" is not the tonsils operation
    assert facts(engine, library, "endo-thirst", "which surgery are you registered with?") == []


def test_more_courtesies_on_the_way_in(engine, library) -> None:
    assert facts(engine, library, "derm-changing-mole",
                 "hi, I'm Sam - mind if I ask you a few things about this mole? I'll be "
                 "writing a few notes as we go") == []


def test_checking_who_is_there_by_name(engine, library) -> None:
    # the daughter answers for her father: "are you Dennis?" is not his confusion
    answer = reply(engine, library, "geri-confusion", "hello, are you Dennis?")
    assert answer.grounding.facts == []
    assert "daughter" in answer.text
    assert facts(engine, library, "geri-confusion",
                 "hi Dennis, I'm Tara, I'm a medical student. Do you prefer Dennis or "
                 "Mr Walsh?") == []
    answer = reply(engine, library, "neuro-headache", "is it Mrs Price?")
    assert answer.grounding.facts == [] and "Joanne" in answer.text


def test_remarks_and_checks_on_the_way_in(engine, library) -> None:
    for case_id in ("psych-low-mood", "msk-knee-pain"):
        assert facts(engine, library, case_id,
                     "hello, I'm Cara, one of the medical students. Can you hear me ok?") == []
        assert facts(engine, library, case_id,
                     "hello, I'm Finn, a medical student. I see you've come in with your "
                     "partner, is it ok if they stay?") == []


def test_more_ways_of_asking_for_the_answer_or_the_examiner(engine, library) -> None:
    for question in ("has anyone told you your diagnosis?", "what's your character's diagnosis?",
                     "what are you here with, diagnosis wise?", "how long have I got left?",
                     "am I doing ok?", "what else should I ask?", "are you acting?"):
        for case_id in ("psych-low-mood", "renal-reduced-urine"):
            answer = reply(engine, library, case_id, question)
            assert answer.grounding.facts == [], (case_id, question)
            assert answer.grounding.kind.value == "refusal", (case_id, question)
    # the character of the pain is still the pain's
    assert facts(engine, library, "cardio-chest-pain",
                 "what's the character of the pain?") == ["hpc-character"]


def test_today_s_hope_and_the_thermometer_s_reading(engine, library) -> None:
    assert facts(engine, library, "neuro-headache",
                 "so what would help most today, do you think?") == ["ice-expectations"]
    # what eases the headache is still what eases it
    assert facts(engine, library, "neuro-headache",
                 "does anything help the headache?") != ["ice-expectations"]
    assert facts(engine, library, "paeds-fever",
                 "what's the highest reading you've got?") == ["hpc-temperature"]


def test_what_the_paramedics_gave_and_what_have_i_got(engine, library) -> None:
    # the chest pain answered what the ambulance crew gave him
    assert facts(engine, library, "cardio-chest-pain",
                 "what did the paramedics give you on the way in?") == []
    answer = reply(engine, library, "renal-reduced-urine",
                   "um, sorry, so what have I got then, what's the diagnosis?")
    assert answer.grounding.facts == [] and answer.grounding.kind.value == "refusal"
    # on its own, what she has got is still her tablets
    assert facts(engine, library, "renal-reduced-urine",
                 "what tablets have you got at home?") != []
