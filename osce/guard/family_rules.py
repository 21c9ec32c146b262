"""Illness said of relatives and others, which only family and contact facts give."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, is_claim_topic, normalise
from osce.guard import negation, people
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context, Verdict
from osce.guard.terms import KIN, ORGANS, RELATIVES
from osce.guard.wording import PLAIN
from osce.models.case import Case, Category, Polarity

HAD_IT = re.compile(r"\b(had|has|got|have|gets|get) (it|that|the same)( as well| too)\b")


def _informant_relationship(case: Case) -> str:
    """How the informant names the patient ("daughter": he is her dad); "" for the patient."""
    if case.informant.role.value == "patient":
        return ""
    return (case.informant.relationship or "").lower()


_KEPT_WELL = re.compile(r"\bwithout (so much as )?(a|one) (twinge|day'?s illness|problem|bother)|"
                        r"\bfit as a fiddle\b|\bnever (had )?a (day'?s illness|twinge)\b|"
                        # "Dad's side were all long-lived", "still cycling at ninety"
                        r"\blong.?lived\b|\bstill [a-z]+ing\b[a-z' ]{0,40}\bat (seventy|eighty|"
                        r"ninety|a hundred|\d+)\b")


def relative_swapped(idx: CaseIndex, context: Context, low: str, stems: list[str],
                     pol: str) -> tuple[str, list[str]] | None:
    """A planned family fact's illness said of a relative no family fact names: the right
    illness on the wrong relative is a different family history, not an extra one."""
    if pol == "absent":
        return None
    # a relative named for a trade is no relative's illness ("my nephew's an orthopaedic
    # registrar, so I've had an earful about knees")
    low = _PLACE_OR_TRADE.sub(" ", low)
    said = people.relatives_said(low, _informant_relationship(idx.case))
    if not said:
        return None
    family = [i for i in idx.facts.values() if i.fact.category is Category.family]
    named = set().union(*(people.kin_in(f"{i.fact.words} {i.fact.value or ''}") for i in family))
    if said & named:
        # the relatives the case names, told in their own clauses, leave the rest to be
        # read: "my mother's diabetes, and my niece, who was born with the one kidney"
        rest = " ".join(c for c in negation.clauses(low) if not people.relatives_said(
            c, _informant_relationship(idx.case)) & named)
        said = people.relatives_said(rest, _informant_relationship(idx.case))
        if not said or said & named:
            return None
        # the others said to be well ("my dad lived to ninety-three without so much as a
        # twinge") are given no illness
        if negation.denies(rest) or _KEPT_WELL.search(rest):
            return None
        kept = set(content_stems(normalise(rest)))
        low, stems = rest, [s for s in stems if s in kept]
        # (there "had it too" adds a relative to the named one's illness: no swap)
        also = False
    else:
        also = bool(HAD_IT.search(low))
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    for info in planned:
        if info.fact.category is not Category.family or info.fact.polarity is not (
                Polarity.present) or not people.kin_in(info.fact.words):
            continue
        shared = {s for s in stems if s not in PLAIN and (is_claim_topic(s) or len(s) >= 5)
                  and covers(info.stems, s) and not people.KIN_WORDS.search(s)}
        # "his brother had it as well": the illness asked about, said as "it"
        if shared or also:
            return (f"puts {info.fact.id}'s illness on another relative", [info.fact.id])
    return None


# one illness in two forms a relative cannot have both of
_FORMS = [(re.compile(a), re.compile(b)) for a, b in (
    (r"\btrait\b", r"\bdisease\b"), (r"\btype (1|one)\b", r"\btype (2|two)\b"))]


def relative_form_swapped(idx: CaseIndex, low: str, pol: str) -> tuple[str, list[str]] | None:
    """A relative's illness in the other form than the family fact gives that relative: "my
    sister has sickle cell trait" where she has the disease."""
    if pol == "absent":
        return None
    kin = people.relatives_said(low, _informant_relationship(idx.case))
    if not kin:
        return None
    for info in idx.facts.values():
        if info.fact.category is not Category.family:
            continue
        for clause in negation.clauses(info.fact.words):
            if not kin & people.kin_in(clause):
                continue
            for a, b in _FORMS:
                for mine, theirs in ((a, b), (b, a)):
                    if mine.search(low) and theirs.search(clause) and not (
                            mine.search(clause) or theirs.search(low)):
                        return (f"gives the relative's illness in another form than "
                                f"{info.fact.id}", [info.fact.id])
    return None


def _organ_of(text: str) -> set[str]:
    return {re.sub(r"s$|\s", "", m.group(1)).replace("gallstone", "gallbladder")
            for m in ORGANS.finditer(text.lower())}


def relative_organ_swapped(idx: CaseIndex, context: Context, low: str, pol: str
                           ) -> tuple[str, list[str]] | None:
    """The planned relative's illness or operation put on another organ: "my dad had his
    gallbladder out" where he had his appendix out."""
    if pol == "absent":
        return None
    said = _organ_of(low)
    kin = people.kin_in(low)
    if not said or not kin:
        return None
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.category is not Category.family or (
                info.fact.polarity is not Polarity.present):
            continue
        words = f"{info.fact.words} {info.fact.value or ''}"
        theirs = _organ_of(words)
        if theirs and kin & people.kin_in(words) and not said & theirs:
            return (f"puts {fid}'s illness on another part ({', '.join(sorted(said))})", [fid])
    return None


_PLACE_OR_TRADE = re.compile(
    r"\b(my|his|her|our) [a-z]+'s (village|house|place|home|flat|town|farm|wedding|funeral|party|"
    r"garden|caravan|shop|"
    r"compound)\b|"
    # "my daughter's gone into sports massage": a trade taken up, no illness
    r"\b(my|his|her|our) [a-z-]+('s| has| is)? (gone|going|went|training) into (sports massage|"
    r"massage|nursing|physio\w*|medicine|care work|healthcare|podiatry|pharmacy)\b|"
    r"\b(my|his|her|our) [a-z-]+(('s| is)|,? who('s| is)) an? (\w+ )?"
    r"(physio|physiotherapist|nurse|"
    r"doctor|paramedic|pharmacist|vet|teacher|carer|midwife|dentist|(\w+ )?registrar|osteopath|"
    r"chiropractor|chiropodist|podiatrist|optician|radiographer|(\w+ )?therapist|personal "
    r"trainer|(\w+ )?specialist|care worker|healthcare assistant|"
    r"(\w+ )?surgeon|(\w+ )?consultant|gp)\b")
# a bug caught from a relative is no family history: "our daughter brought a bug home"
_CAUGHT = re.compile(r"\b(bugs?|virus|germs?|cold|flu|lurgy)\b.*\b(home|passed|caught|gave)\b|"
                     r"\b(passed|gave) it (on )?to me\b|\bcaught it (off|from)\b")


_GOES_ON = re.compile(r"(and )?(she|he|they)('s|'ve|'d| has| have| had| is| was| were)?\b")


def relative_illness_unheld(idx: CaseIndex, low: str, stems: list[str],
                            carried_stems: frozenset[str], pol: str
                            ) -> tuple[str, list[str]] | None:
    """A relative's illness the family facts do not hold, where the case says the family
    history holds nothing more."""
    # a relative named only for a place or a trade is no relative's illness: "at my gran's
    # village", "my son's a physio"
    low = _PLACE_OR_TRADE.sub(" ", low)
    # (the informant's name for the patient is no relative: "Dad's had a couple of other
    # worrying bits this week" from his daughter)
    if people.kin_in(low) and not people.relatives_said(low, _informant_relationship(idx.case)):
        return None
    if RELATIVES.search(low) and pol != "absent" and not _CAUGHT.search(low):
        # one relative per clause, each weighed alone: dad's appendix, which a fact holds,
        # does not carry mum's gallbladder beside it
        family = [i for i in idx.facts.values() if i.fact.category is Category.family]
        held = frozenset().union(*(i.stems for i in family), carried_stems)
        # (a clause that goes on with "she" or "he" is the relative named before it: "Mum's
        # been poorly, she's been having chemo for breast cancer")
        parts: list[str] = []
        for c in negation.clauses(low):
            if people.kin_in(c):
                parts.append(c)
            elif parts and _GOES_ON.match(c):
                parts[-1] += ", " + c
        if len({frozenset(people.kin_in(c)) for c in parts}) > 1:
            for part in parts:
                found = _unheld_here(idx, family, held, part, content_stems(normalise(part)))
                if found:
                    return found
            return None
        return _unheld_here(idx, family, held, low, stems)
    return None


_OPERATED = re.compile(r"\b(had|has|having|got) (his|her|their|them|the) [a-z ]{0,15}"
                       r"(out|taken out|removed|whipped out|done)\b")


# "my mum started on about malaria": a relative's talk, not their illness
_ON_ABOUT = r"(started|going|went|gone|keeps going) on about"
_IDEA_OF = re.compile(rf"\b({_ON_ABOUT}|(said|says|mentioned) (anything|something)|"
                      # a guess in one word: "before my mum said malaria, I'd ..."
                      r"(said|says|suggested|mentioned|reckons|reckoned) [a-z]+(?=[,.;!?]|$)|"
                      r"(says|said|thinks|"
                      r"thought|reckons|reckoned) (it'?s|it is|it was|it could|it might|"
                      r"it sounds|i('?ve| have)? got|i (had|was|used to)))\b")


# a relative doing something to or for the patient ("Mum always makes me take those Kalms",
# "my aunties kept feeding me", "my cousin pulled it off"): whatever is ill is the patient's
_ACTS_ON_ME = re.compile(
    rf"\b{KIN}s?\b(?:\s+\w+){{0,2}}?\s+(makes?|made|making|talk(?:s|ed)?|feeding|fed|feeds|"
    r"drove|drives|took|takes|brought|brings|sent|sends|posted|bought|buys|buying|pulled|"
    r"picked)\s+(me|it|us|them|over|round)\b")


# the patient doing something for a relative ("I fell off a ladder helping my uncle fix his
# roof"): what happened is the patient's, no illness of the relative's
_FOR_THEM = re.compile(rf"\b(help(ing|ed|s)?|visit(ing|ed)?|staying with|stayed with|looking after|"
                       rf"caring for|babysitting) (my |our )?{KIN}s?\b")


def _unheld_here(idx: CaseIndex, family: list[FactInfo], held: frozenset[str], low: str,
                 stems: list[str]) -> tuple[str, list[str]] | None:
    """One relative's illness, weighed against the family facts and their default (`held`:
    the stems of the family facts and of what the turn carries)."""
    # what a relative says or wonders is their idea, not their illness: "before my mum
    # started on about malaria"
    if _IDEA_OF.search(low) or _ACTS_ON_ME.search(low) or _FOR_THEM.search(low):
        return None
    cond = [s for s in stems if is_claim_topic(s) or len(s) > 5]
    cond = [s for s in cond if s not in PLAIN and not RELATIVES.search(s)]
    news = [s for s in cond if not covers(held, s)]
    # more about an illness a family fact gives the same relative ("my sister's sickle
    # cell has put her in hospital") elaborates it: new, not against the history
    kin = people.kin_in(low)
    if any(kin & people.kin_in(i.fact.words) and any(
            covers(i.stems, s) and is_claim_topic(s) for s in cond) for i in family):
        return None
    # an organ taken out is an illness of the history too: "Mum's had her gallbladder out"
    operated = _OPERATED.search(low) and {
        o for o in _organ_of(low) if not any(covers(held, s) for s in content_stems(o))}
    # a relative's job, move or wedding is news of a life, not an illness
    if operated or any(is_claim_topic(s) and s not in people.LIFE for s in news):
        has_default = Category.family in idx.case.defaults or any(
            i.fact.polarity is Polarity.absent
            and i.fact.attribute.lower() == "family history"
            for i in family)
        if has_default:
            return ("a relative's illness the family history does not hold",
                    [i.fact.id for i in family])
    return None


_UNSURE_WHAT = re.compile(r"\b(not sure|don'?t know|no idea)( exactly)? (what|whether|if)\b")


def family_claim(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """An illness put on the family must be one a carried family fact gives: the patient's
    own condition does not carry "it runs in the family"."""
    m = re.search(r"\b(family history|(runs?|running|been running) in (the|my|our) family|"
                  r"in the family)\b", low)
    if not m or negation.polarity(low) == "absent":
        return None
    # "I'm not sure exactly what's been running in the family" names nothing in it
    if _UNSURE_WHAT.search(low):
        return None
    family = [c for c in carried if c.fact.category is Category.family]
    held = frozenset().union(*(c.stems for c in family)) if family else frozenset()
    rest = low[:m.start()] + " " + low[m.end():]
    news = [s for s in content_stems(normalise(rest)) if s not in PLAIN and not covers(held, s)
            and (is_claim_topic(s) or len(s) >= 4)]
    if news:
        return ("an illness in the family no carried family fact gives: " + ", ".join(news),
                [c.fact.id for c in family])
    return None


_REPORTS = re.compile(r"(?<!\bi )\b(says?|said|thinks?|thought|reckons?|told|mentioned|wonders?|"
                      r"wondered|asked|worried|worries|sounds? like|googled|"
                      rf"{_ON_ABOUT})\b")
_CALLED_WELL = re.compile(r"(?<!as )\b(well|fine|healthy)\b(?! as\b)")  # not "had it as well"


def well_as_told(info: FactInfo, low: str) -> bool:
    """Does the sentence call well only relatives the fact's own words call well ("Mum and
    Dad are both fine" where "Mum and Dad are both well")?"""
    kin = people.kin_in(low)
    return bool(kin) and info.fact.category is Category.family and any(
        kin <= people.kin_in(clause) and _CALLED_WELL.search(clause)
        for clause in re.split(r"(?<=[.!?])\s+", info.fact.words.lower()))


def _said_of_the_well(idx: CaseIndex, low: str) -> tuple[Verdict, str, list[str]] | None:
    """A condition put on a relative whom a family fact calls well ("my dad's got the sickle
    trait" where "Mum and Dad are both well"): nothing the case gives that relative."""
    kin = people.relatives_said(low, _informant_relationship(idx.case))
    if re.search(r"\b(my|his|her|our) (parents|mum and dad|folks)\b", low):
        kin |= {"mother", "father"}
    # what the relative says or thinks of the patient is no condition of theirs
    if not kin or negation.polarity(low) == "absent" or _REPORTS.search(low):
        return None
    said = {s for s in content_stems(normalise(low)) if s not in PLAIN and is_claim_topic(s)
            and not people.KIN_WORDS.search(s)}
    for info in idx.facts.values():
        if info.fact.category is not Category.family:
            continue
        for clause in negation.clauses(info.fact.words):
            named = people.kin_in(clause)
            if named and kin <= named and _CALLED_WELL.search(clause) and said:
                return (Verdict.unsupported, f"a condition on a relative {info.fact.id} calls "
                        "well", [info.fact.id])
    return None


# brothers and sisters said to be none, or said to be there
_NO_SIBLINGS = re.compile(r"\b(no|not any|don'?t have any|haven'?t got any|never had any) "
                          r"(brothers?|sisters?|siblings)\b|\bi'?m an only child\b")
_SIBLINGS = re.compile(r"\bi('ve| have)( got)? (a|an|one|two|three|four|five|six|\d) "
                       r"(older |younger |big |little |twin |half-)?(brothers?|sisters?)\b")
_OWN_SIBLING = re.compile(r"\bmy (\w+ )?(brother|sister|brothers|sisters)\b")


def siblings_said(idx: CaseIndex, low: str, carried: list[FactInfo]
                  ) -> tuple[Verdict, str, list[str]] | None:
    """The speaker's brothers and sisters, none or some: held to the facts that name one,
    and otherwise a claim about the family no carried fact makes."""
    none = _NO_SIBLINGS.search(low)
    if not none and not _SIBLINGS.search(low):
        return None
    named = [i.fact.id for i in idx.facts.values()
             if _OWN_SIBLING.search(i.fact.words.lower().replace("’", "'"))]
    if none and named:
        return (Verdict.contradiction, f"no brothers or sisters, where {named[0]} names one",
                named[:1])
    if any(c.fact.id in named for c in carried):
        return None
    return (Verdict.unsupported, "brothers or sisters, which no carried fact tells of", [])


def someone_else(idx: CaseIndex, low: str, carried: list[FactInfo]
                 ) -> tuple[Verdict, str, list[str]] | None:
    """Someone else's illness: a sick contact where a fact says nobody was ill, or one
    no carried fact tells of; a relative no family fact names, with an illness; a relative
    a family fact calls well, with one."""
    well = _said_of_the_well(idx, low) or siblings_said(idx, low, carried)
    if well:
        return well
    contacts = [i.fact.id for i in idx.facts.values() if "contact" in (
        i.fact.attribute.lower()) and i.fact.polarity is Polarity.absent]
    if contacts and any(people.GOING_ROUND.search(c)
                        for c in negation.affirmative_clauses(low)):
        return (Verdict.contradiction, "an illness going round where the case says nobody "
                "was ill", contacts)
    if not (people.KIN_WORDS.search(low) or people.names_someone(low, idx.people)):
        return None
    carried_words = " ".join(c.fact.words.lower() for c in carried)
    ill = people.someone_else_ill(low, idx.people)
    if ill:
        if contacts:
            return (Verdict.contradiction, "someone else ill where the case says nobody was",
                    contacts)
        if not people.names_someone(carried_words, idx.people):
            return (Verdict.unsupported, "someone else ill, which no carried fact tells of",
                    [])
    if people.someone_else_ill(low, idx.people, people.CARED_FOR) and not (
            people.names_someone(carried_words, idx.people)):
        return (Verdict.unsupported, "someone else tested or treated, which no carried "
                "fact tells of", [])
    family = [i for i in idx.facts.values() if i.fact.category is Category.family]
    named = people.kin_in(" ".join(f"{i.fact.words} {i.fact.value or ''}" for i in family)
                          + " " + carried_words)
    kin = people.unnamed_relative_ill(low, _informant_relationship(idx.case), named)
    if kin and not _CAUGHT.search(low):
        if Category.family in idx.case.defaults:
            return (Verdict.contradiction, "a relative's illness the family history does "
                    "not hold: " + ", ".join(sorted(kin)), [i.fact.id for i in family])
        return (Verdict.unsupported, "a relative no family fact names: "
                + ", ".join(sorted(kin)), [])
    return None


_DECADES = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
            "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_IN_DECADE = re.compile(r"\bin (his|her|their) (early |mid |mid-|late )?(" + "|".join(_DECADES)
                        + r")\b")
_MY_AGE = re.compile(r"\b(about|around|roughly|near|nearly|at)? ?my age\b")


def age_against_mine(context: Context, low: str, carried: list[FactInfo]
                     ) -> tuple[str, list[str]] | None:
    """A relative's age given as a decade, where a planned fact puts it at the patient's own
    ("he was in his forties" where Dad had it "about my age", and the patient is nineteen)."""
    m = _IN_DECADE.search(low)
    if not m or not str(context.case.persona.age).strip().isdigit():
        return None
    mine = int(str(context.case.persona.age).strip())
    start = _DECADES[m.group(3)]
    low_end, high_end = (start, 19) if start == 13 else (start, start + 9)
    for c in carried:
        if c.fact.id in context.planned and _MY_AGE.search(c.fact.words.lower()) and not (
                low_end - 3 <= mine <= high_end + 3):
            return (f"an age that disagrees with {c.fact.id} (the patient's own)", [c.fact.id])
    return None
