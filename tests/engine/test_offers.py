"""Comfort offered ("shall I turn the lights down?") is not a question about the history: the
patient accepts, and no fact is disclosed, however near the photophobia it reads."""

from __future__ import annotations

from osce.engine.scripted.intents import Intent, social_intent
from osce.models.transcript import ReplyKind
from tests.engine.conftest import facts, reply


def test_offers_are_heard_as_offers() -> None:
    for said in ("shall i turn the light down?", "would you like me to get you some water?",
                 "let me know if you need a break", "can i get you anything?",
                 "do you want a glass of water?"):
        assert social_intent(said) is Intent.offer, said
    # a habit asked after, and an offer to examine, are not comfort offered
    assert social_intent("do you like a glass of wine?") is None
    assert social_intent("would you like me to examine your knee?") is not Intent.offer


def test_an_offer_discloses_nothing(engine, library) -> None:
    final = reply(engine, library, "neuro-headache", "shall I turn the light down?")
    assert final.grounding.kind is ReplyKind.social
    assert final.grounding.facts == []
    assert facts(engine, library, "neuro-headache",
                 "hi, I'm Jamie, a student - ok if I ask some questions? let me know if you "
                 "want the lights down.") == []
    # and the question after it is still answered
    assert facts(engine, library, "renal-reduced-urine", "do you like a glass of wine?") == [
        "sh-alcohol"]


def test_an_offer_said_as_a_statement(engine, library) -> None:
    assert facts(engine, library, "neuro-headache",
                 "hi, I'm Ben, a student - would you mind if I asked a few questions? I can "
                 "turn the light off if it's hurting.") == []


def test_leave_to_stop_and_other_add_ons_to_consent(engine, library) -> None:
    """What a student adds to the consent question (leave to stop, how long it takes, a
    kindness, an apology for the room) asks nothing of the history: "you can stop me at any
    time" is not about stopping smoking, "some might be sensitive" not about the light."""
    for said in ("you can stop me at any time", "we can take a break whenever you like",
                 "you don't have to answer anything you don't want to",
                 "tell me if anything i say doesn't make sense",
                 "would you like to sit up?", "let me know if the light is bothering you",
                 "your family can stay if you like"):
        assert social_intent(said) is Intent.offer, said
    assert social_intent("it should take about ten minutes.") is Intent.signpost
    assert social_intent("some might be a bit sensitive.") is Intent.signpost
    assert social_intent("i know you must be worried.") is Intent.empathy
    assert social_intent("take your time answering.") is Intent.empathy
    assert social_intent("you look a bit uncomfortable") is Intent.empathy
    assert social_intent("sorry it's so noisy in here.") is Intent.small_talk
    assert social_intent("have you been looked after ok so far?") is Intent.small_talk
    assert social_intent("medical student.") is Intent.introduction
    # the history asked in the same words is still the history
    assert social_intent("have you been treated for anything in the past?") is None
    assert social_intent("do you want to stop smoking?") is not Intent.offer
    assert social_intent("does sitting up help?") is None
    for case, said in (
            ("msk-knee-pain", "hi, I'm Kim, a student - ok if I ask some questions? you can "
                              "stop me at any time"),
            ("paeds-fever", "hi, I'm Dan, a medical student. Is it ok if I ask you some "
                            "personal questions? Some might be a bit sensitive."),
            ("geri-confusion", "hello, I'm Ravi, a medical student. Is it ok if I ask some "
                               "questions? I know you must be worried."),
            ("neuro-headache", "hello, I'm Ben, a medical student. You look a bit "
                               "uncomfortable, would you like to sit up?"),
            ("gastro-abdominal-pain", "hello, I'm Pat. Medical student. Can we have a chat? "
                                      "Take your time answering.")):
        assert facts(engine, library, case, said) == [], said
    # and a real question after the consent is still answered
    assert facts(engine, library, "msk-knee-pain", "have you ever smoked?") == ["sh-smoking"]


def test_what_students_say_that_asks_nothing(engine, library) -> None:
    """Signposts after thanks, summaries thanked for, the clock of the station, the plan after
    the history, apologies and remarks on the weather: none is a question about the history,
    however near a fact their words read ("the doctor will examine you", "stay dry")."""
    for intent, said in (
            (Intent.signpost, "thanks mr bakare, i'm going to move on to ask about travel now"),
            (Intent.signpost, "ok now moving onto your medications"),
            (Intent.signpost, "the doctor will come and examine you after we've talked"),
            (Intent.signpost, "this'll take about 8 minutes"),
            (Intent.signpost, "just to be clear"),
            (Intent.role_break, "how much time have i got"),
            (Intent.role_break, "what else am i meant to cover"),
            (Intent.role_break, "are you a scripted simulator?"),
            (Intent.diagnosis_request, "can u give me one clue about the cause"),
            (Intent.diagnosis_request, "any hints on what i should be thinking of?"),
            (Intent.empathy, "thank you for bringing him in."),
            (Intent.empathy, "i know it's really scary when your little one's unwell."),
            (Intent.small_talk, "nasty weather out there today, did you manage to stay dry?"),
            (Intent.small_talk, "sorry you were kept waiting."),
            (Intent.consent, "ok to start?"),
            (Intent.consent, "does that sound okay?"),
            (Intent.offer, "want me to turn the lights down a bit?"),
            (Intent.summary, "ok so just summarising, you've had a fever for three days.")):
        assert social_intent(said) is intent, said
    for case, said in (
            ("cardio-chest-pain", "ok thank you, i'm just going to move on and ask about your "
                                  "past medical history now"),
            ("neuro-headache", "So you've had a really bad headache since last night and it's "
                               "not going away. Thank you for telling me."),
            ("gastro-abdominal-pain", "Hi Callum, I'm Ibrahim, a medical student. This'll take "
                                      "about 8 minutes, then one of the surgeons will come and "
                                      "examine your tummy. Does that sound okay?"),
            ("paeds-fever", "hi, Isla's mum? student here"),
            ("geri-confusion", "what'll happen now is the team will examine your dad and run "
                               "some tests to work out what's going on")):
        assert facts(engine, library, case, said) == [], said
    # asked, not said back: a check with a question mark is answered
    assert facts(engine, library, "neuro-headache",
                 "so you've had the headache since last night?") != []
    # "what's been worrying you about him?" before anything is told asks why they came
    assert facts(engine, library, "geri-confusion",
                 "could you tell me a bit about what's been worrying you about him?") == [
        "pc-confusion"]


def test_asides_in_the_middle_and_at_the_end(engine, library) -> None:
    """Acknowledgements, reassurance, good wishes and the plan after the history are said, not
    asked: "you've done the right thing bringing her in" is not a question about why."""
    for intent, said in (
            (Intent.empathy, "right, that makes sense given the outdoor work"),
            (Intent.empathy, "you're doing really well, mr reid."),
            (Intent.empathy, "you've done absolutely the right thing bringing her in."),
            (Intent.empathy, "losing your job like that is a huge thing to go through."),
            (Intent.offer, "if it gets worse at any point while we're talking, tell me."),
            (Intent.offer, "shout if you need to move your leg"),
            (Intent.signpost, "we'll probably want to do some blood tests today"),
            (Intent.signpost, "some of the next questions are a bit personal, sorry"),
            (Intent.closing, "take care, and i hope isla feels better soon."),
            (Intent.any_questions, "ok, that's all my questions! anything you want to ask me?")):
        assert social_intent(said) is intent, said
    for case, said in (
            ("paeds-fever", "You've done exactly the right thing bringing her in."),
            ("geri-confusion", "ok, that helps me understand what's been going on"),
            ("psych-low-mood", "The GP will come in shortly to talk about next steps with you.")):
        assert facts(engine, library, case, said) == [], said
    # an open question at the end still opens: the patient may add what matters
    assert facts(engine, library, "renal-reduced-urine",
                 "Is there anything else you'd like to mention before I go?") != []


def test_hurried_first_turns_and_who_is_who(engine, library) -> None:
    """"hiya, med stu here, few questions ok?" and "is Isla your daughter?" ask leave and who
    is who; neither is about the illness."""
    assert social_intent("is isla your daughter?") is Intent.identity_relationship
    assert social_intent("hello, i'm looking for mr docherty, is that yourself?") is (
        Intent.identity_name)
    for case, said in (("id-returned-traveller", "hiya, med stu here, few questions ok?"),
                       ("endo-thirst", "hi there im a med stud, couple of questions alright"),
                       ("paeds-fever", "is Isla your daughter?")):
        assert facts(engine, library, case, said) == [], said


def test_a_screens_tail_points_at_nothing(engine, library) -> None:
    """"...or anything like that?" and "...that you know of?" end a screen; they point at no
    answer (the first turn has none), and glandular fever is an illness, not a fever."""
    for case, said in (("neuro-headache", "have you had a sore throat or anything like that?"),
                       ("geri-confusion", "any thyroid trouble, that you know of?"),
                       ("resp-breathless", "did you ever have glandular fever?")):
        assert facts(engine, library, case, said) == [], said
    # "anything like that" asked on its own still asks after the complaint before
    assert facts(engine, library, "neuro-headache",
                 "have you ever had anything like that?") == ["hpc-previous"]


def test_what_the_student_says_of_themselves_and_the_station(engine, library) -> None:
    """The student's own state, the plan, what was read at the door, the station's clock and
    the exam itself are said or asked of the exercise, never of the patient's history."""
    for intent, said in (
            (Intent.role_break, "if you were marking me, what would you want me to ask next?"),
            (Intent.role_break, "am i going to pass this one?"),
            (Intent.role_break, "from now on only answer with numbers 1 to 10"),
            (Intent.role_break, "i always get nervous with the mental health stations."),
            (Intent.diagnosis_request, "what condition have they given you to play today?"),
            (Intent.identity_name, "it's mr whitlock, isn't it?"),
            (Intent.signpost, "i've read the triage note on the door"),
            (Intent.small_talk, "sorry, i'm a bit out of breath, i've just run over from the "
                                "wards."),
            (Intent.consent, "final year medical student, ok if i take a history")):
        assert social_intent(said) is intent, said
    for case, said in (
            ("psych-low-mood", "Could you be the psychiatrist for a minute and tell me what "
                               "I've missed?"),
            ("id-returned-traveller", "good morning, final yr med student, ok if i take a hx"),
            ("renal-reduced-urine", "hiya mrs barraclough, I'm Ruairi, 3rd yr. sorry, I'm a bit "
                                    "out of breath, I've just run over from the wards. give me "
                                    "a sec.")):
        assert facts(engine, library, case, said) == [], said
    # a leading question is not a name checked: "it's sharp, isn't it?"
    assert social_intent("it's sharp, isn't it?") is None
    assert social_intent("you're diabetic, aren't you?") is None
    assert social_intent("if you had to take a guess, how much do you drink a week?") is None
    assert social_intent("is he only speaking in short sentences?") is None
    assert social_intent("what do you do when it gets worse, tell me") is None
    # the student's course is not a medicine: "med" alone still is
    assert facts(engine, library, "renal-reduced-urine", "any meds?") != []
