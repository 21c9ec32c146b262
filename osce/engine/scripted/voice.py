"""What the informant says when no case fact is asked for: in role, first person.

A parent or relative speaks about the patient in the third person; the patient about
themselves. Nothing here states a clinical fact: those come only from the case.
"""

from __future__ import annotations

from osce.engine.scripted.intents import Intent
from osce.models.case import Case, InformantRole, Sex


def is_proxy(case: Case) -> bool:
    return case.informant.role is not InformantRole.patient


def pronoun(case: Case) -> tuple[str, str]:
    """Subject and possessive pronouns for the patient, as a proxy refers to them."""
    if case.persona.sex is Sex.female:
        return "she", "her"
    if case.persona.sex is Sex.male:
        return "he", "his"
    return "they", "their"


def about_what(case: Case) -> str:
    complaint = case.complaint
    if is_proxy(case):
        return f"{pronoun(case)[1]} {complaint}"
    return f"my {complaint}"


def age_text(case: Case) -> str:
    age = case.persona.age.strip()
    return f"{age} years old" if age.isdigit() and is_proxy(case) else age


def social_reply(case: Case, intent: Intent) -> tuple[str, list[str]]:
    """The reply text and the persona fields it used."""
    persona, informant = case.persona, case.informant
    he, _his = pronoun(case)
    if intent is Intent.greeting:
        return "Hello, doctor.", []
    if intent is Intent.introduction:
        return "Hello. Nice to meet you.", []
    if intent is Intent.consent:
        return "Yes, that's fine.", []
    if intent is Intent.identity_name:
        if is_proxy(case):
            return (f"I'm {informant.name}, {persona.name}'s {informant.relationship}.",
                    ["informant.name", "name"])
        return f"I'm {persona.name}.", ["name"]
    if intent in (Intent.identity_age, Intent.identity_dob):
        if is_proxy(case):
            return f"{he.capitalize()}'s {age_text(case)}.", ["age"]
        return f"I'm {persona.age}.", ["age"]
    if intent is Intent.empathy:
        return "Thank you. It's been a worry.", []
    if intent is Intent.thanks:
        return "That's alright.", []
    if intent is Intent.closing:
        return "Thank you, doctor.", []
    if intent is Intent.summary:
        return "Yes, that's right.", []
    if intent is Intent.signpost:
        return "Okay.", []
    if intent is Intent.any_questions:
        return "No, I think you've covered everything. Thank you.", []
    if intent is Intent.identity_relationship:
        if is_proxy(case):
            return f"Yes, I'm {persona.name}'s {informant.relationship}.", ["informant.name"]
        return f"No, I'm the patient. I'm {persona.name}.", ["name"]
    if intent is Intent.offer:
        return "Yes please, thank you.", []
    if intent is Intent.small_talk:
        return "Oh, fine, thanks.", []
    if intent is Intent.diagnosis_request:
        return "I was hoping you could tell me that, doctor. That's why I'm here.", []
    if intent is Intent.role_break:
        return f"Sorry, I don't follow. I'm just here about {about_what(case)}.", []
    raise ValueError(f"no social reply for {intent}")


CLARIFY = "Sorry, I'm not sure what you mean. Could you ask me that another way?"
NOTHING_MORE = "I think that's everything, really."
NO_SUCH_EXAM = "Examiner: that examination is not available at this station."
NO_SUCH_TEST = "Examiner: that result is not available at this station."


def examiner(name: str, result: str) -> str:
    return f"Examiner: {name}: {result}"
