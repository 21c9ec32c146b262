"""Misses the second fresh SmolLM2 set (evals/guard/dev/smollm2-dev-2.jsonl) showed: a slot
of the complaint read the wrong way round. "Not there all the time" is a pain that comes and
goes; "not changed at all" denies a course the case gives; "not spreading anywhere" denies a
spread. Each as a general rule with a counterpart that must keep its verdict; the sentences
are new wordings, not the set's own lines."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from tests.guard.conftest import verdict_of

TIMING = "Is it there all the time, or does it come and go?"
COURSE = "Has it changed at all since it began?"
SPREAD = "Does it spread anywhere?"


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # the headache has been there all the time since it began
    ("neuro-headache", "No, the headache's not there all the time.", Verdict.contradiction),
    ("neuro-headache", "It isn't constant, it comes and goes.", Verdict.contradiction),
    ("neuro-headache", "It's there all the time, it never goes.", Verdict.supported),
    # Dad's muddle comes and goes
    ("geri-confusion", "He's not like it all the time, it comes and goes.", Verdict.supported),
])
def test_not_there_all_the_time_comes_and_goes(guard, library, case, sentence,
                                               expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=["hpc-timing"],
                      question=TIMING) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the headache has eased a little
    ("No, it hasn't really changed at all.", Verdict.contradiction),
    ("It's stayed the same the whole way through.", Verdict.contradiction),
    ("It's eased off a little, but it's never gone.", Verdict.supported),
])
def test_unchanged_against_a_course_the_case_gives(guard, library, sentence, expected) -> None:
    assert verdict_of(guard, library, "neuro-headache", sentence, planned=["hpc-timing"],
                      question=COURSE) is expected


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    # the chest pain goes up into the jaw and down the left arm
    ("cardio-chest-pain", "It doesn't really go anywhere else.", Verdict.contradiction),
    ("cardio-chest-pain", "It goes up into my jaw and down my left arm.", Verdict.supported),
    # the knee pain stays in the knee
    ("msk-knee-pain", "It shoots down into my shin.", Verdict.contradiction),
    ("msk-knee-pain", "No, it stays in the knee and doesn't go anywhere else.",
     Verdict.supported),
    # the tummy pain goes nowhere: "nothing going round" is no spread
    ("gastro-abdominal-pain", "No, nothing going round to my back.", Verdict.supported),
])
def test_spread_against_the_radiation_fact(guard, library, case, sentence, expected) -> None:
    assert verdict_of(guard, library, case, sentence, planned=["hpc-radiation"],
                      question=SPREAD) is expected


def test_nothing_worrying_against_the_fears_the_case_gives(guard, library) -> None:
    question = "Is there anything in particular that's worrying you?"
    assert verdict_of(guard, library, "psych-low-mood", "Nothing in particular worries me.",
                      planned=["ice-concerns"], question=question) is Verdict.contradiction
    assert verdict_of(guard, library, "psych-low-mood",
                      "I'm scared I'll never work again and we'll lose the house.",
                      planned=["ice-concerns"], question=question) is Verdict.supported


def test_a_site_in_another_region_of_the_body(guard, library) -> None:
    """Asked where, a part far from the planned site gainsays it; a part of the same region
    ("in my head" for a headache across the forehead) does not."""
    question = "Where exactly do you feel it?"

    def said(sentence: str) -> Verdict:
        return verdict_of(guard, library, "id-returned-traveller", sentence,
                          planned=["hpc-headache-site"], question=question)

    assert said("It's mostly in my hands and wrists.") is Verdict.contradiction
    assert said("It's all in my head, mostly behind my eyes.") is Verdict.supported


def test_a_long_time_said_of_a_complaint_days_old(guard, library) -> None:
    """"Going on for a long time" gainsays a complaint that began hours or days ago; of a
    knee that has ached for months, it is what the case says."""
    question = "How long has this been going on?"
    # whatever the turn plans: the complaint's onset is the case's
    assert verdict_of(guard, library, "cardio-chest-pain", "It's been going on for ages now.",
                      planned=["hpc-character"], question="Can you describe the pain?"
                      ) is Verdict.contradiction
    assert verdict_of(guard, library, "cardio-chest-pain",
                      "It's been going on for about three hours now.",
                      planned=["hpc-onset"], question=question) is Verdict.supported
    assert verdict_of(guard, library, "msk-knee-pain", "It's been going on for a long time now.",
                      planned=["hpc-onset"], question=question) is Verdict.supported


def test_how_much_one_drinks(guard, library) -> None:
    question = "How much alcohol do you drink in a week?"
    # two pints on a Friday and a Saturday, "that's about it"
    assert verdict_of(guard, library, "msk-knee-pain", "I drink quite a lot, to be fair.",
                      planned=["sh-alcohol"], question=question) is Verdict.contradiction
    # three or four cans most nights
    assert verdict_of(guard, library, "psych-low-mood", "I drink a lot, if I'm honest.",
                      planned=["sh-alcohol"], question=question) is Verdict.supported


def test_a_trade_named_by_its_worker(guard, library) -> None:
    """Asked what they do, a worker's noun the persona's work does not hold."""
    question = "What do you do for a living?"

    def said(sentence: str) -> Verdict:
        return verdict_of(guard, library, "resp-breathless", sentence, planned=["sh-work"],
                          question=question)

    assert said("I'm a freelance photographer, mostly weddings.") is Verdict.contradiction
    assert said("I'm a marketing manager, desk all day.") is not Verdict.contradiction


def test_no_worries_at_all_where_the_turn_plans_the_fears(guard, library) -> None:
    question = "Is there anything in particular that's worrying you?"
    sentence = "Honestly, I'm not really worried about anything."
    assert verdict_of(guard, library, "psych-low-mood", sentence, planned=["ice-concerns"],
                      question=question) is Verdict.contradiction
    # asked how he is, the same words are a feeling
    assert verdict_of(guard, library, "psych-low-mood", sentence,
                      question="How are you in yourself?") is Verdict.social
