"""The speaker's home and how they get about: stairs, a walking aid, carers. "I've got a
staircase" tells a student whether the patient can manage at home, so it is a claim like any
other, held to the facts on the home and on function, though none of its words is clinical."""

from __future__ import annotations

import re

from osce.guard import negation
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Verdict
from osce.guard.terms import RELATIVES
from osce.models.case import Disclosure

_WHO = (r"(i'?ve got|i have|i'?ve been|we'?ve got|we have|he'?s got|he has|she'?s got|she has|"
        r"there are|there'?s)")
# stairs had at home (not climbed: "stairs are the worst" is a symptom's trigger)
_STAIRS = re.compile(rf"\b{_WHO} (a |some |the )?(stairs|staircase|stairlift)\b")
_ONE_FLOOR = re.compile(r"\b(bungalow|ground[- ]floor flat|all on one (level|floor))\b")
_UP_STAIRS = re.compile(r"\b(upstairs|stairs|staircase|semi|house)\b")
# a walking aid used or had ("I've been a walking stick": the model's garble of it)
_AIDS = (r"(walking stick|stick|walking frame|frame|zimmer( frame)?|rollator|wheelchair|crutches|"
         r"mobility scooter)")
_AID = re.compile(rf"\b({_WHO}|i (use|need)|he (uses|needs)|she (uses|needs)|(i|he|she) "
                  rf"(walks?|gets? about) with|i'?ve been using) (a |an |my |his |her )?{_AIDS}\b")
_AID_NAMED = re.compile(rf"\b{_AIDS}\b")
# an aid denied by its name, or a stick or frame by its use ("I can't stick to it" is none)
_AID_DENIED = re.compile(r"\b(walking stick|walking frame|zimmer|rollator|wheelchair|crutches|"
                         r"mobility scooter)\b|\b(use|need|walk with|get about with) (a |any )?"
                         r"(stick|frame)s?\b")
# help coming in
_CARERS = re.compile(rf"\b{_WHO} (a |some )?(carers?|support team|home help|care package)\b|"
                     r"\bcarers? (come|comes|visit|visits|pop)\b")
_NO_CARERS = re.compile(r"\bno (carers|home help|care package)\b")
_CARERS_NAMED = re.compile(r"\b(carers?|home help|care package)\b")


def _facts(idx: CaseIndex) -> list[FactInfo]:
    return [i for i in idx.facts.values() if i.fact.disclosure is not Disclosure.never]


def home_unheld(idx: CaseIndex, low: str, carried: list[FactInfo]
                ) -> tuple[Verdict, str, list[str]] | None:
    """Stairs, a walking aid or carers said as had: against a fact that gives a bungalow or no
    carers, a contradiction; told by a carried fact, supported; otherwise unsupported. A
    denial of an aid where a carried fact gives one is a contradiction."""
    if RELATIVES.search(low):
        return None
    affirmed = " . ".join(negation.affirmative_clauses(low))
    denied = " . ".join(c for c in negation.clauses(low) if negation.denies(c))
    said = {"stairs": _STAIRS.search(affirmed), "aid": _AID.search(affirmed),
            "carers": _CARERS.search(affirmed)}
    for kind, m in said.items():
        if not m:
            continue
        against, told = {"stairs": (_ONE_FLOOR, _UP_STAIRS), "aid": (None, _AID_NAMED),
                         "carers": (_NO_CARERS, _CARERS_NAMED)}[kind]
        for info in _facts(idx):
            if against is not None and against.search(info.fact.words.lower()):
                return (Verdict.contradiction, f"{kind} where {info.fact.id} says otherwise",
                        [info.fact.id])
        telling = [i for i in carried if told.search(i.fact.words.lower())]
        if not telling:
            return (Verdict.unsupported, f"{kind} no carried fact tells of", [])
        # said alone, and each thing named as the fact names it, it is the fact; with more
        # beside it ("and a frame in the bathroom") the other layers judge the rest
        words = " ".join(i.fact.words.lower() for i in telling)
        if len(negation.clauses(low)) == 1 and all(
                n.group(0).split()[-1] in words for n in told.finditer(low)):
            return (Verdict.supported, f"{kind}, as {telling[0].fact.id} tells",
                    [telling[0].fact.id])
        return None
    if _AID_DENIED.search(denied) and not _AID_NAMED.search(affirmed):
        for info in carried:
            if _AID_NAMED.search(info.fact.words.lower()):
                return (Verdict.contradiction, f"denies the aid {info.fact.id} gives",
                        [info.fact.id])
        return (Verdict.unsupported, "a walking aid denied, which no carried fact tells of", [])
    return None
