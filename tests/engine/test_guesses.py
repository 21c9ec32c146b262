"""A student's guess at the station's answer gets the patient's in-role "I don't know", and a
follow-up to something the patient has just denied stays with the denial."""

from __future__ import annotations

from osce.engine.scripted.guesses import guesses_answer, known_words
from osce.engine.scripted.lexicon import normalise
from tests.engine.conftest import Conversation, facts, reply


def _guess(library, case_id: str, question: str) -> bool:
    case = library.case(case_id)
    return guesses_answer(normalise(question), case, known_words(case))


def test_a_guess_at_the_answer_key_is_a_request_for_the_diagnosis(engine, library) -> None:
    for case_id, question in (("resp-breathless", "is it a PE?"),
                              ("cardio-chest-pain", "is this an MI then or what?"),
                              ("derm-changing-mole", "so is it melanoma or not?"),
                              ("obgyn-pelvic-pain", "is it an ectopic? just tell me")):
        answer = reply(engine, library, case_id, question)
        assert answer.grounding.facts == [], (case_id, question)
        assert answer.grounding.kind.value == "refusal", (case_id, question)


def test_what_the_patient_has_or_fears_is_no_secret(library) -> None:
    # the headache patient has migraines, the child's mother fears meningitis: both are
    # theirs to talk about, not guesses at the answer
    assert not _guess(library, "neuro-headache", "is it a migraine?")
    assert not _guess(library, "paeds-fever", "is it meningitis?")
    # his own past, or a plain description, is not a guess either
    assert not _guess(library, "neuro-headache", "is it like your usual migraine or different?")
    assert not _guess(library, "id-returned-traveller",
                      "is this the first time you'd have had malaria?")
    assert not _guess(library, "cardio-chest-pain", "is it chest pain?")
    assert not _guess(library, "resp-breathless", "is it a sharp pain?")
    # a denial ("never had a clot") does not make the clot his own word
    assert _guess(library, "resp-breathless", "is it a clot on the lung?")
    # his mother's melanoma does not make his mole's name his
    assert _guess(library, "derm-changing-mole", "is it a melanoma?")


def test_a_follow_up_to_a_denial_stays_with_the_denial(engine, library) -> None:
    for case_id, first, then in (("resp-breathless", "any wheeze?", "is it worse at night?"),
                                 ("msk-knee-pain", "any headaches?", "whereabouts?"),
                                 ("resp-breathless", "any headaches?",
                                  "how long have you had them?"),
                                 ("id-returned-traveller", "any sore throat?", "how long for?")):
        talk = Conversation(engine, library.case(case_id))
        talk.ask("what's brought you in today?")
        denied = talk.ask(first)
        assert denied.grounding.facts == [], (case_id, first)
        again = talk.ask(then)
        assert again.grounding.facts == [], (case_id, then)
        assert again.text == denied.text


def test_a_follow_up_that_names_its_own_subject_or_points_at_the_complaint(engine,
                                                                           library) -> None:
    talk = Conversation(engine, library.case("msk-knee-pain"))
    talk.ask("what's brought you in today?")
    talk.ask("any headaches?")
    # "this" points at the complaint, and a named subject is asked afresh
    assert talk.ask("how long has this been going on?").grounding.facts != []
    talk.ask("any headaches?")
    assert "hpc-site" in talk.ask("where is the pain in your knee?").grounding.facts
    # an "I'm not sure" to a remark, not a question, leaves the next question free
    assert facts(engine, library, "neuro-headache", "so it came on at work.",
                 "how long did it last?") != []
