"""A part of the body and what is wrong with it, where the case says that part is fine.

Words alone miss these: "my neck's gone stiff" shares no topic with "my neck isn't stiff"
once a body part and a quality are set aside as too general to be topics, and "her eyelids
are puffy" shares none with "her eyes look alright". Read as a pair (which part, what of
it), each is a plain contradiction of the case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from osce.engine.scripted.lexicon import content_stems, normalise
from osce.guard import negation
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.terms import RELATIVES
from osce.guard.wording import PLAIN, SYMPTOM_WORDS
from osce.models.case import Polarity

# a part by any of its names: the stem the case is read with, and the stems that name it
_PART_NAMES = {
    "eye": "eye eyes eyelid eyelids eyelash eyelashes lids lashes",
    "neck": "neck",
    "side": "side sides loin loins flank flanks kidney kidneys",
    "ankle": "ankle ankles",
    "skin": "skin",
    "ear": "ear ears",
    "throat": "throat",
    "joint": "joint joints",
    "back": "back",
    "hip": "hip hips",
    "tummy": "tummy belly stomach abdomen",
    "urine": "wee urine pee",
}
# (each name read alone and as said, "my wee's", as the stems of a word differ by its place)
PARTS = {s: part for part, names in _PART_NAMES.items() for name in names.split()
         for s in (*content_stems(normalise(name)), *content_stems(normalise(f"my {name}'s")))
         if s not in PLAIN}
# one kind of trouble in its several words
_KIN = [frozenset(content_stems(normalise(words))) for words in (
    "pain pains painful ache aches aching sore hurt hurts hurting",
    "swollen swelling swell puffy puffed",
    "sticky crusted crusty crust gunk gunky glued weeping weepy discharge",
    "red redness pink bloodshot inflamed",
    "colour coloured dark darker brown tea cola")]
# the findings of a part a reassured part rules out, whatever the word
_FINDING = re.compile(r"\b(puff\w*|swell\w*|swollen|red|redness|pink|bloodshot|sticky|crust\w*|"
                      r"gunk\w*|glued|weep\w*|stiff\w*|sore\w*|ach\w*|pain\w*|itch\w*|rash\w*|"
                      r"lumps?|bumps?|spots?|sores?|blister\w*|bleed\w*|discharg\w*|hurt\w*|"
                      r"throb\w*|tender\w*|colou?r\w*|dark\w*|brown|cloudy|smell\w*|frothy)\b")
# a reassurance that keeps something back says nothing of the whole part: "my other knee's
# fine", "fine apart from this pain", "just the usual aches"
_HELD_BACK = re.compile(r"\b(other|apart from|except|usual|just|only|besides|otherwise)\b")
_WEAK = frozenset(content_stems(normalise(
    "gone going got get getting really bit little all round around there now since feel "
    "feels felt look looks looked seem seems notice noticed anything something")))


def _kin(stems: set[str]) -> set[str]:
    out = set(stems)
    for kin in _KIN:
        if kin & out:
            out |= kin
    return out


def _parts(stems: set[str]) -> set[str]:
    return {PARTS[s] for s in stems if s in PARTS}


def _said(clause: str) -> set[str]:
    return {s for s in content_stems(normalise(clause)) if s not in PLAIN and s not in _WEAK}


@dataclass(frozen=True)
class _CaseParts:
    """What the case says of its parts, read once per case index."""
    # (fact id or default category, parts, qualities, "default" or "") denied
    denials: list[tuple[str, set[str], set[str], str]]
    # (fact id or default category, parts, "default" or "") called fine
    reassured: list[tuple[str, set[str], str]]
    # (parts, qualities) each fact that affirms speaks of
    present: list[tuple[set[str], set[str]]]


def _read_case(idx: CaseIndex) -> _CaseParts:
    denials: list[tuple[str, set[str], set[str], str]] = []
    reassured: list[tuple[str, set[str], str]] = []
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        if info.negated:
            # the part is often the subject, which the fact's denied stems leave out: "my
            # neck isn't stiff" denies stiffness, of the neck
            for clause in negation.clauses(words):
                if negation.denies(clause):
                    said = _said(clause)
                    denials.append((info.fact.id, _parts(said),
                                    _kin((said & info.negated) - set(PARTS)), ""))
    for info in idx.facts.values():
        # "my wee's a normal colour": an absent fact that calls a part fine
        words = info.fact.words.lower().replace("’", "'")
        if info.fact.polarity is not Polarity.absent or _HELD_BACK.search(words):
            continue
        for clause in negation.clauses(words):
            if negation.reassures(clause) and not negation.denies(clause):
                reassured.append((info.fact.id, _parts(_said(clause)), ""))
    for category, text in idx.case.defaults.items():
        for clause in negation.clauses(text.lower().replace("’", "'")):
            said = _said(clause)
            if negation.denies(clause):
                denials.append((category.value, _parts(said),
                                _kin(said - set(PARTS)), "default"))
            elif negation.reassures(clause) and not _HELD_BACK.search(text.lower()):
                reassured.append((category.value, _parts(said), "default"))
    present = []
    for info in idx.facts.values():
        if info.fact.polarity is Polarity.present:
            mine = _kin(set(info.affirmed))
            present.append((_parts(mine), mine))
    return _CaseParts(denials, reassured, present)


def _case_parts(idx: CaseIndex) -> _CaseParts:
    read = idx.memo.get("part_rules")
    if not isinstance(read, _CaseParts):
        read = idx.memo["part_rules"] = _read_case(idx)
    return read


def _held_by_present(case: _CaseParts, part: str, qualities: set[str]) -> bool:
    """Does a fact that affirms speak of this part with this quality (the complaint's own
    swollen knee is no contradiction of "my other knee's fine")?"""
    return any(part in parts and qualities & mine for parts, mine in case.present)


def part_finding_denied(idx: CaseIndex, low: str, carried: list[FactInfo]
                        ) -> tuple[str, list[str]] | None:
    """A part with a finding where a fact or a default denies that finding of that part
    ("my neck's gone stiff" where "my neck isn't stiff"), or says the part is fine with
    nothing kept back ("her eyelids are puffy" where "her eyes look alright")."""
    claims = []
    for clause in negation.affirmative_clauses(low):
        if RELATIVES.search(clause):
            continue
        said = _said(clause)
        parts = _parts(said)
        qualities = _kin(said - set(PARTS))
        if parts and qualities:
            claims.append((clause, parts, qualities))
    if not claims:
        return None
    case = _case_parts(idx)
    # a carried fact is held by the layers that read it whole
    carried_ids = {c.fact.id for c in carried}
    denials = [d for d in case.denials if d[3] or d[0] not in carried_ids]
    reassured = [r for r in case.reassured if r[2] or r[0] not in carried_ids]
    for clause, parts, qualities in claims:
        for source, their_parts, their_qualities, kind in denials:
            part = parts & their_parts
            shared = qualities & their_qualities
            if part and shared and not any(_held_by_present(case, p, shared) for p in part):
                where = f"the {source} default" if kind else source
                return (f"says of the {sorted(part)[0]} what {where} denies "
                        f"({', '.join(sorted(shared))})", [] if kind else [source])
        found = set(_FINDING.findall(clause)) or set(SYMPTOM_WORDS.findall(clause))
        if not found:
            continue
        for source, their_parts, kind in reassured:
            part = parts & their_parts
            if part and not any(_held_by_present(case, p, qualities) for p in part):
                where = f"the {source} default" if kind else source
                return (f"a finding of the {sorted(part)[0]} where {where} says it is fine",
                        [] if kind else [source])
    return None
