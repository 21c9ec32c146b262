"""The deterministic grader: credit for what was asked, never for what was volunteered."""

from __future__ import annotations

from osce.models.scorecard import Status
from osce.models.transcript import Grounding, ReplyKind, Transcript, Turn

STRONG_START = [
    "Hello, I'm Sam, one of the medical students. Could you tell me your full name?",
    "Is it okay if I ask you some questions about what's been going on?",
    "What's brought you in today?",
]


def item(card, item_id: str):
    return next(i for i in card.items if i.id == item_id)


def test_asked_and_told_is_met_with_the_turn_as_evidence(play, grade) -> None:
    card = grade(play("cardio-chest-pain", [*STRONG_START, "Where exactly is the pain?",
                                            "Does it spread anywhere, like your arm or jaw?"]))
    site = item(card, "site-radiation")
    assert site.status is Status.met
    assert {e.turn for e in site.evidence} == {4, 5}
    assert all(e.facts for e in site.evidence)


def test_one_of_two_required_facts_is_partly(play, grade) -> None:
    card = grade(play("cardio-chest-pain", [*STRONG_START, "Where exactly is the pain?"]))
    assert item(card, "site-radiation").status is Status.partly


def test_a_passive_student_earns_nothing_for_what_the_patient_volunteers(play, grade) -> None:
    transcript = play("msk-knee-pain", ["Hello", "Go on", "Tell me more", "Anything else?",
                                        "Go on", "Mm-hm"])
    volunteered = {f for t in transcript.turns for f in t.grounding.facts}
    assert len(volunteered) >= 3  # the patient did talk
    card = grade(transcript)
    gathering = [i for i in card.items if i.domain.value == "data_gathering"]
    assert all(i.status is Status.not_met for i in gathering)
    assert not card.passed


def test_a_statement_earns_no_credit_even_if_the_reply_disclosed(library, grade) -> None:
    """Credit rests on the student's words too, so the rule holds under any engine."""
    case = library.case("cardio-chest-pain")
    from osce.hashing import case_hash
    from osce.models.transcript import TranscriptHeader

    turn = Turn(turn=1, action="say", student="I'll make a note to check your allergies.",
                patient="I'm not allergic to anything.",
                grounding=Grounding(kind=ReplyKind.answer, facts=["allergy-none"],
                                    intent="clinical"))
    transcript = Transcript(header=TranscriptHeader(case_id=case.id, case_hash=case_hash(case),
                                                    engine="llm"), turns=[turn])
    assert item(grade(transcript), "drugs-allergies").status is Status.not_met


def test_communication_skills_are_read_from_the_students_turns(play, grade) -> None:
    card = grade(play("cardio-chest-pain", [
        *STRONG_START,
        "So just to summarise, you've had central chest pain for three hours. Is that right?",
        "Thank you for answering my questions, I'll go and get the doctor now.",
    ]))
    assert item(card, "intro").status is Status.met
    assert item(card, "open-question").status is Status.met
    assert item(card, "summary").status is Status.met


def test_introduction_without_identity_or_consent_is_partly(play, grade) -> None:
    card = grade(play("cardio-chest-pain", ["Hi, I'm Sam, a medical student.",
                                            "What's brought you in today?"]))
    assert item(card, "intro").status is Status.partly
    assert "identity" in item(card, "intro").reason


def test_empathy_counts_only_as_an_answer_to_a_cue(play, grade) -> None:
    asked = [*STRONG_START, "What's worrying you most about all this?"]
    transcript = play("cardio-chest-pain", asked)
    assert transcript.turns[-1].grounding.cues  # the patient voiced a worry
    heard = grade(play("cardio-chest-pain", [*asked, "That must be really frightening."]))
    ignored = grade(play("cardio-chest-pain", [*asked, "Do you smoke?"]))
    unprompted = grade(play("cardio-chest-pain", [*STRONG_START, "I'm so sorry to hear that."]))
    assert item(heard, "empathy").status is Status.met
    assert item(ignored, "empathy").status is Status.not_met
    assert item(unprompted, "empathy").status is Status.not_met


def test_scorecard_arithmetic_and_critical_items(play, grade, library) -> None:
    card = grade(play("cardio-chest-pain", [*STRONG_START, "Where is the pain?"]))
    station = library.rubrics["cardio-chest-pain"].station_for("cardio-chest-pain")
    earned = sum(i.weight * i.status.credit for i in card.items)
    assert card.percent == round(100 * earned / station.total_weight, 1)
    critical = {i.id for i in station.items if i.critical}
    assert set(card.critical_missed) <= critical and card.critical_missed
    assert not card.passed
    assert {d.name for d in card.domains} == {i.domain.value for i in station.items}
    assert card.suggested_global in station.global_scale.levels


def test_student_view_hides_fact_ids_and_the_answer_key(play, grade) -> None:
    from osce.models.note import Note

    card = grade(play("cardio-chest-pain", [*STRONG_START, "Where is the pain?"]),
                 Note(differential=["costochondritis"]))
    assert any(e.facts for i in card.items for e in i.evidence)
    assert card.note and card.note.must_not_miss_missed
    view = card.student_view()
    assert not any(e.facts for i in view.items for e in i.evidence)
    assert view.note and not view.note.must_not_miss_missed
    assert view.percent == card.percent
