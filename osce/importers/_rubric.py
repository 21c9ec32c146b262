"""A generic history-taking rubric for an imported case.

Imported cases have no examiner-written checklist, so each gets the same skeleton:
communication items that any history needs, and one data-gathering item per part of
the history the case actually has facts for. Rationales name this patient's own facts
so feedback is specific, but never the diagnosis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from osce.models.case import Case, Category, Fact, Polarity
from osce.models.rubric import Domain, Evidence, Item, Rubric, Station

C = Category


@dataclass(frozen=True)
class Group:
    """One data-gathering item: which facts count, and how to word the item."""

    id: str
    text: str
    weight: float
    member: Callable[[Fact], bool]
    rationale: Callable[[list[Fact], str], str]


def _listed(facts: list[Fact], polarity: Polarity | None = None, limit: int = 3) -> str:
    names = [f.attribute for f in facts if polarity is None or f.polarity is polarity]
    names = list(dict.fromkeys(n for n in names if len(n) < 60))[:limit]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _hpc_rationale(facts: list[Fact], complaint: str) -> str:
    return (f"How the {complaint} started, how it has changed and what affects it is the "
            "backbone of the differential diagnosis.")


def _associated_rationale(facts: list[Fact], complaint: str) -> str:
    present = _listed(facts, Polarity.present)
    absent = _listed(facts, Polarity.absent)
    parts = []
    if present:
        parts.append(f"symptoms that come with the {complaint} ({present})")
    if absent:
        parts.append(f"pertinent negatives ({absent})")
    return f"{' and '.join(parts).capitalize()} separate the likely causes from each other."


def _pmh_rationale(facts: list[Fact], complaint: str) -> str:
    present = _listed(facts, Polarity.present)
    if present:
        return (f"Known conditions ({present}) change the differential and what is safe "
                "to do next.")
    return ("Establishing that there is no significant past medical history narrows the "
            "differential and shapes management.")


def _drugs_rationale(facts: list[Fact], complaint: str) -> str:
    present = _listed([f for f in facts if f.category is C.drugs], Polarity.present)
    if present:
        return (f"Current and recent medicines ({present}) can cause or mask symptoms and "
                "must be known, with allergies, before anything is prescribed.")
    return "Medicines and allergies must be known before anything is prescribed."


def _social_rationale(facts: list[Fact], complaint: str) -> str:
    return (f"Lifestyle and circumstances ({_listed(facts)}) affect both the likely causes "
            "and the support this patient will need.")


def _simple(text: str) -> Callable[[list[Fact], str], str]:
    def build(facts: list[Fact], complaint: str) -> str:
        listed = _listed(facts)
        return text.format(listed=listed)

    return build


def _is_ros(fact: Fact) -> bool:
    return fact.category.value.startswith("ros.")


GROUPS = (
    Group("presenting-complaint", "Establishes the presenting complaint and its history: "
          "onset, course and what makes it better or worse", 3,
          lambda f: f.category.is_hpc and f.category is not C.hpc_associated, _hpc_rationale),
    Group("associated-symptoms", "Asks about associated symptoms and pertinent negatives", 2,
          lambda f: f.category is C.hpc_associated, _associated_rationale),
    Group("past-medical-history", "Takes a past medical history", 1,
          lambda f: f.category is C.past_medical, _pmh_rationale),
    Group("drugs-allergies", "Takes a drug history and asks about allergies", 1,
          lambda f: f.category in {C.drugs, C.allergies}, _drugs_rationale),
    Group("family-history", "Asks about family history", 1,
          lambda f: f.category is C.family,
          _simple("Illness in the family ({listed}) can point to an inherited or shared "
                  "cause.")),
    Group("social-history", "Takes a social history (smoking, alcohol, drugs, work, home)", 1,
          lambda f: f.category is C.social, _social_rationale),
    Group("sexual-history", "Takes a sexual history sensitively", 1,
          lambda f: f.category is C.sexual,
          _simple("The sexual history ({listed}) bears directly on the possible causes and "
                  "needs asking in a way that keeps the patient comfortable.")),
    Group("obstetric-history", "Asks about obstetric and gynaecological history", 1,
          lambda f: f.category is C.obstetric,
          _simple("Obstetric and menstrual history ({listed}) changes both the differential "
                  "and what is safe to do.")),
    Group("developmental-history", "Asks about pregnancy, birth, feeding, development and "
          "immunisations", 1, lambda f: f.category is C.developmental,
          _simple("In a child, the birth and developmental history ({listed}) frames every "
                  "other finding.")),
    Group("review-of-systems", "Completes a focused review of systems", 1, _is_ros,
          _simple("A systems review catches symptoms the informant has not linked to the "
                  "problem ({listed}).")),
)

_INTRO = ["my name is", "I'm one of the doctors", "I'm a medical student",
          "can you confirm your name", "is it okay if I ask you some questions"]
_OPEN = ["what brings you in", "how can I help", "tell me about", "what's been happening"]
_SUMMARY = ["just to summarise", "let me check I've got this right", "so to recap",
            "is there anything else"]


def build_rubric(case: Case) -> Rubric:
    """One history station for the case, with only the items its facts can evidence."""
    complaint = case.complaint
    pc = [f.id for f in case.facts if f.category is C.presenting_complaint]
    items = [
        Item(id="introduction", text="Introduces self, confirms identity and gains consent",
             domain=Domain.communication, competencies=["communication"], weight=1,
             rationale="Knowing who is asking and why puts the informant at ease before "
             "personal questions.", evidence=Evidence(phrasings=_INTRO)),
        Item(id="open-question", text="Opens with an open question and lets the story come out",
             domain=Domain.communication, competencies=["communication"], weight=1,
             rationale=f"An open start lets the {complaint} be described in the informant's "
             "own words before focused questions narrow things down.",
             evidence=Evidence(facts=pc, phrasings=_OPEN)),
    ]
    for group in GROUPS:
        facts = [f for f in case.facts if group.member(f)]
        if not facts:
            continue
        items.append(Item(
            id=group.id, text=group.text, domain=Domain.data_gathering,
            competencies=["history-taking"], weight=group.weight,
            rationale=group.rationale(facts, complaint),
            evidence=Evidence(facts=[f.id for f in facts], match="any"),
        ))
    items.append(Item(
        id="summary", text="Summarises back and checks nothing has been missed",
        domain=Domain.communication, competencies=["communication"], weight=1,
        rationale="A summary checks the story is right and shows the informant they were "
        "heard.", evidence=Evidence(phrasings=_SUMMARY),
    ))
    station = Station(id=f"{case.id}-history", case=case.id, task="history", items=items,
                      pass_mark=60)
    return Rubric(id=case.id, title=f"History-taking station, {complaint}", stations=[station])
