"""A question that asks for a detail the chosen fact's own words do not hold (side effects,
a try at stopping, the reason for what was just said, what sets it off, an age, hours, a
score), or about a subject the fact only meets through its example questions, is not
answered with that fact; the close question the fact does answer still is."""

from __future__ import annotations

from tests.engine.conftest import Conversation, facts


def talk(engine, library, case_id: str, *before: str) -> Conversation:
    conversation = Conversation(engine, library.case(case_id))
    for text in before:
        conversation.ask(text)
    return conversation


def test_side_effects_are_not_the_drug_and_its_dose(engine, library) -> None:
    statin = "are you on anything for your cholesterol?"
    assert facts(engine, library, "cardio-chest-pain", statin,
                 "any side effects from the statin?") == []
    assert facts(engine, library, "cardio-chest-pain", statin,
                 "what dose is it?") == ["dh-atorvastatin"]
    meds = "do you take any medication?"
    assert facts(engine, library, "endo-thirst", meds, "does it agree with you?") == []
    assert facts(engine, library, "endo-thirst", meds,
                 "how often do you take it?") == ["dh-cetirizine"]


def test_a_try_at_stopping_is_not_how_much_is_smoked(engine, library) -> None:
    # the smoking fact says how many a day, and nothing of wanting to stop
    assert facts(engine, library, "neuro-headache", "do you smoke?",
                 "have you ever wanted to give up?") == []
    assert facts(engine, library, "neuro-headache", "do you smoke?",
                 "how long have you smoked?") == ["sh-smoking"]
    # a fact whose words say when they stopped answers when, not why
    assert facts(engine, library, "derm-changing-mole", "do you smoke?",
                 "when did you stop?") == ["sh-smoking"]
    assert facts(engine, library, "derm-changing-mole", "do you smoke?",
                 "why did you pack it in?") == []


def test_why_is_answered_only_by_words_that_give_a_reason(engine, library) -> None:
    # "the GP started it two years ago for fluid": a reason
    assert facts(engine, library, "renal-reduced-urine", "what tablets are you on?",
                 "why were you started on the furosemide?") == ["dh-furosemide"]
    assert facts(engine, library, "cardio-chest-pain",
                 "do you take any tablets for your cholesterol?",
                 "why do you keep forgetting it?") == []


def test_what_sets_it_off_needs_a_fact_that_says(engine, library) -> None:
    assert facts(engine, library, "neuro-headache", "do you get migraines?",
                 "what tends to trigger them?") == []
    assert facts(engine, library, "psych-low-mood",
                 "is there anything that triggered it?") == ["hpc-trigger"]


def test_an_age_is_not_how_long_ago(engine, library) -> None:
    # the last period "started seven weeks ago": when, not the age periods began
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "at what age did you start your periods?") == []
    assert facts(engine, library, "cardio-chest-pain", "any heart problems in the family?",
                 "how old was he when it happened?") == ["fh-father-mi"]


def test_hours_and_scores_need_a_figure(engine, library) -> None:
    assert facts(engine, library, "cardio-chest-pain", "what do you do for a living?",
                 "how many hours do you work?") == []
    assert facts(engine, library, "resp-breathless", "have you been abroad recently?",
                 "how many hours were you flying?") == ["hpc-travel"]
    assert facts(engine, library, "id-returned-traveller", "any headache?",
                 "what would you score it out of ten?") == []
    assert facts(engine, library, "cardio-chest-pain",
                 "can you score the pain out of ten?") == ["hpc-severity"]


def test_what_is_asked_about_someone_else_must_be_in_the_fact(engine, library) -> None:
    # the fact names his wife, and says what she knows, not whether she works
    assert facts(engine, library, "psych-low-mood", "is your wife working at the moment?") == []
    assert facts(engine, library, "psych-low-mood",
                 "does your wife know you've been feeling low?") == ["risk-confided"]


def test_a_symptom_only_an_example_question_names_is_off_the_script(engine, library) -> None:
    # the asthma fact's questions mention the chest; its words say nothing of pain there
    pelvis = talk(engine, library, "obgyn-pelvic-pain")
    reply = pelvis.ask("any chest pain?")
    assert reply.grounding.facts == []
    assert reply.text == "No chest pain or anything like that."
    assert facts(engine, library, "obgyn-pelvic-pain",
                 "any problems with your chest, like asthma?") == ["pmh-asthma"]


def test_the_other_side_is_not_the_side_the_case_has(engine, library) -> None:
    # "it's my right knee": the left one is not what the knee's facts are about
    knee = talk(engine, library, "msk-knee-pain")
    assert knee.ask("does your left knee hurt at all?").grounding.facts == []
    assert facts(engine, library, "msk-knee-pain",
                 "is your right knee swollen?") == ["hpc-swelling"]


def test_how_many_needs_a_count_in_the_facts_words(engine, library) -> None:
    # "he smoked for years, but he stopped in his fifties": a span and an age, no count
    assert facts(engine, library, "geri-confusion", "does he smoke?",
                 "how many cigarettes was he on?") == []
    assert facts(engine, library, "paeds-fever", "does anyone smoke at home?",
                 "how many does he get through?") == []
    # "about ten a day": a count
    assert facts(engine, library, "obgyn-pelvic-pain", "do you smoke?",
                 "how many a day?") == ["sh-smoking"]
    # a count of time is answered by a span
    assert facts(engine, library, "neuro-headache",
                 "how many days have you had the headache?") == ["hpc-onset"]


def test_the_other_knee_and_any_brothers_are_someone_else(engine, library) -> None:
    assert facts(engine, library, "msk-knee-pain", "and is your other knee okay?") == []
    assert facts(engine, library, "msk-knee-pain", "does the knee swell?") == ["hpc-swelling"]
    family = "does anything run in the family?"
    assert facts(engine, library, "cardio-chest-pain", family,
                 "any sisters with heart problems?") == []
    assert "fh-father-mi" in facts(engine, library, "cardio-chest-pain",
                                   "any heart problems in your family?")


def test_where_it_started_is_not_when(engine, library) -> None:
    # the onset says when; where it started is the migration's, read too far off to say
    assert "hpc-onset" not in facts(engine, library, "gastro-abdominal-pain",
                                    "where did it start off?")
    assert facts(engine, library, "gastro-abdominal-pain", "when did it start?") == [
        "hpc-onset"]


def test_once_a_day_is_not_how_long(engine, library) -> None:
    # "one a day" says how often; the case never says how long he has taken it
    assert facts(engine, library, "msk-knee-pain",
                 "how long have you been taking the glucosamine?") == []
    # "for about a week now" says how long
    assert facts(engine, library, "renal-reduced-urine",
                 "have you been taking anything for your back?",
                 "how long have you been taking them?") == ["dh-ibuprofen"]


def test_someone_s_age_the_fact_does_not_give(engine, library) -> None:
    assert facts(engine, library, "id-returned-traveller", "who do you live with?",
                 "how old is your wife?") == []
    # his father's age is in the fact
    assert facts(engine, library, "cardio-chest-pain", "how old was your dad?") == [
        "fh-father-mi"]


def test_a_clock_time_or_a_date_the_fact_does_not_give(engine, library) -> None:
    # "this morning" is not a time, "last week" not a date
    assert facts(engine, library, "cardio-chest-pain",
                 "what time did you take the paracetamol this morning?") == []
    assert facts(engine, library, "renal-reduced-urine",
                 "which day exactly did the diarrhoea start?") == []
    # "at about two in the morning" and "since Tuesday" give them
    assert facts(engine, library, "gastro-abdominal-pain",
                 "what time did you take the paracetamol?") == ["hpc-tried"]
    assert facts(engine, library, "geri-confusion",
                 "which day exactly did the muddle start?")[:1] in (["pc-confusion"],
                                                                   ["hpc-onset"])


def test_a_name_beside_someone_else(engine, library) -> None:
    # "my husband, Dave, and our son": the son is never named
    assert facts(engine, library, "neuro-headache", "what's your son called?") == []
    assert facts(engine, library, "neuro-headache", "what's your husband called?") == [
        "sh-home"]


def test_which_club_a_fact_never_names(engine, library) -> None:
    # "at the club on a Friday": a day is no name
    assert facts(engine, library, "msk-knee-pain", "do you drink alcohol?",
                 "which club is that?") == []


def test_an_exact_time_or_date(engine, library) -> None:
    assert facts(engine, library, "neuro-headache",
                 "what exact time did you take the co-codamol?") == []
    assert facts(engine, library, "derm-changing-mole",
                 "what exact date did Julie take the first photo?") == []


def test_how_many_is_answered_by_a_fact_that_denies_it_outright(engine, library) -> None:
    # "I don't smoke. I vape sometimes": none a day is the answer, not "I don't know"
    assert facts(engine, library, "gastro-abdominal-pain",
                 "How many cigarettes do you smoke a day?") == ["sh-smoking"]
    # a fact that gives a habit without its count still lacks the count: he smoked for
    # years and stopped, and nobody said how many
    assert facts(engine, library, "geri-confusion",
                 "How many cigarettes did he smoke a day?") == []
