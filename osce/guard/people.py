"""People other than the patient in what the patient says: a partner, a child or a relative
who is ill, and times said of them rather than of the patient.

What happens to someone else is a claim of its own. A relative the family facts never name
who has an illness is family history the case does not give; a partner or a child "gone down
with it" is a sick contact, which a case that says nobody at home was ill denies."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, is_claim_topic, normalise
from osce.guard import negation
from osce.guard.terms import COMMON_DRUGS, RELATIVES

# capitalised, but no one: days, months, feasts
_NOT_PEOPLE = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                         r"february|march|april|may|june|july|august|september|october|"
                         r"november|december|christmas|easter|nhs|gp|a&e)$")

# Who else a patient speaks of, beside relatives by blood.
PARTNERS = re.compile(r"\b(husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|flatmate|"
                      r"housemate|other half|missus|hubby|mates?|friends?|the kids)\b")
_KIN = {"mum": "mother", "mom": "mother", "mam": "mother", "mother": "mother",
        "dad": "father", "father": "father", "brother": "brother", "sister": "sister",
        "son": "son", "daughter": "daughter", "aunt": "aunt", "auntie": "aunt", "uncle": "uncle",
        "cousin": "cousin", "nan": "grandmother", "nana": "grandmother", "gran": "grandmother",
        "granny": "grandmother", "grandma": "grandmother", "grandmother": "grandmother",
        "grandad": "grandfather", "granddad": "grandfather", "grandpa": "grandfather",
        "grandfather": "grandfather", "niece": "niece", "nephew": "nephew"}
KIN_WORDS = re.compile(r"\b(" + "|".join(sorted(_KIN, key=len, reverse=True)) + r")(?:'s|s)?\b")
# Taken ill, said of someone: "went down with it", "had a temperature", "been poorly".
ILL = re.compile(
    r"\b((went|gone|go|come|came|coming) down with|"
    # ... or just over it: "Alfie's only just shaken off a cold"
    r"(had|has|got|caught|picked up|having|shaken off|shook off|shaking off|got over|"
    r"getting over|recovering from)( got| had)? (it|the same|that|this|a temperature|"
    r"a (high )?fever|the bug|a bug|the runs|diarrhoea|a cold|the virus|a virus|a rash|a cough|"
    r"a sore throat|the flu|flu)\b|"
    r"(been|is|was|were|are|'s) (ill|poorly|sick|unwell|off colour|bad with it|laid up|"
    r"coughing|sneezing|spluttering|snuffly|full of cold|being sick|throwing up|vomiting|"
    r"under the weather|feverish|running a temperature)|"
    r"same (bug|thing|virus))")
# an illness going round a place: "a sickness bug doing the rounds at her nursery"
GOING_ROUND = re.compile(r"\b(bugs?|virus(es)?|lurgy|sickness|colds?|flu|d and v|something|"
                         r"stuff)\b[^.,;]{0,20}\b(doing the rounds|going round|going around|"
                         r"going about)\b")
HAS = re.compile(r"\b(gets|get|got|has|had|have|having|suffers?|suffered|diagnosed|died (of|from)|"
                 r"with)\b")
# topics of a life, not an illness: "my brother's got a new job", "my sister had a baby"
LIFE = frozenset(content_stems(normalise(
    "job jobs work works working worked partner married wife husband boyfriend girlfriend house "
    "home flat live lives living baby babies school uni university college retired retirement "
    "car drive driving holiday holidays travel travelled kids children son daughter dog")))
SAYS = re.compile(r"\b(said|says|reckons?|thinks?|thought|told|reckoned|wonders?|asked)\b")
# How an informant names the patient: Karen's "dad" is Dennis, Kirsty's "daughter" is Isla.
_PATIENT_AS = {"daughter": {"father", "mother"}, "son": {"father", "mother"},
               "mother": {"son", "daughter"}, "father": {"son", "daughter"},
               "parent": {"son", "daughter"}, "wife": set(), "husband": set()}


# "my grandad on my mother's side" is the grandfather, not the mother
_SIDE = re.compile(r"\bon (my|his|her|the) (mother|father|mum|dad|mam)'?s side\b")


def kin_in(text: str) -> set[str]:
    return {_KIN[m.group(1)] for m in KIN_WORDS.finditer(_SIDE.sub(" ", text.lower()))}


def relatives_said(low: str, relationship: str) -> set[str]:
    """The relatives a sentence names, less the informant's way of naming the patient ("my
    dad" from a daughter), though "his mum" is still the patient's mother."""
    said = kin_in(low)
    if not relationship:
        return said
    theirs = kin_in(" ".join(m.group(1) for m in re.finditer(
        r"\b(?:his|her) (?:own |late |old )?(\w+)", low)))
    return said - (_PATIENT_AS.get(relationship, set()) - theirs)


def case_names(texts: list[str], own: set[str]) -> frozenset[str]:
    """The people a case names (Alfie, Ron, Tom): words only ever written with a capital,
    and not only at the start of a sentence, less the patient's and informant's own."""
    text = " ".join(texts)
    lower = set(re.findall(r"\b[a-z]+\b", text))
    inside = set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+\b", text))
    # "in Lagos", "back from Nigeria": a place, not a person
    places = set(re.findall(r"\b(?:in|from|to|at|near|outside|around|across|of|visiting|some)"
                            r" ([A-Z][a-z]+)\b", text))
    names = {w.lower() for w in inside - places if w.lower() not in lower} - own
    return frozenset(n for n in names if n not in _KIN and not _NOT_PEOPLE.match(n)
                     and not COMMON_DRUGS.search(n)
                     and not any(is_claim_topic(s) for s in content_stems(normalise(n))))


def names_someone(clause: str, names: frozenset[str]) -> bool:
    """A partner, a friend or a person the case names by name (Alfie, Ron, Tom)."""
    if PARTNERS.search(clause):
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", clause) for n in names)


def about_the_patient(low: str, names: frozenset[str]) -> str:
    """The sentence less its clauses about someone else: "Tom got tested last month" says
    when Tom was tested, not when the patient's own illness was."""
    if not names_someone(low, names):
        return low
    kept = [c for c in negation.clauses(low) if not names_someone(c, names)]
    return ", ".join(kept)


# Seen to by a clinic: "Tom got tested for everything", "Ron's been put on antibiotics".
CARED_FOR = re.compile(r"\b((got|get|gets|been|was|were|is|'s) (tested|checked|screened|treated|"
                       r"swabbed|seen|admitted|put on)|had (a|the) (test|tests|check|swab|scan))\b")


def someone_else_ill(low: str, names: frozenset[str], pattern: re.Pattern[str] = ILL
                     ) -> str | None:
    """The clause that says someone else, not a blood relative, was taken ill (or, with
    CARED_FOR, was tested or treated)."""
    if not pattern.search(low):
        return None
    for clause in negation.affirmative_clauses(low):
        # the speaker ill beside someone who helped: "my flatmate held the bin for me while
        # I was sick" is the speaker's sickness, not the flatmate's
        clause = _SPEAKER_ILL.sub(" ", clause)
        if pattern.search(clause) and names_someone(clause, names):
            return clause
    return None


_SPEAKER_ILL = re.compile(r"\b(while|when|whilst|as|because) i('?m| am| was| were|'ve been| had "
                          r"been| felt)\b[^,.;]*")


def unnamed_relative_ill(low: str, relationship: str, named: set[str]) -> set[str]:
    """Relatives no family fact names, said with an illness ("my sister gets cluster
    headaches"): the relatives, or nothing."""
    if not KIN_WORDS.search(low) or negation.polarity(low) == "absent":
        return set()
    out: set[str] = set()
    for clause in negation.affirmative_clauses(low):
        kin = relatives_said(clause, relationship) - named
        # has it, not says it: "my sister's a nurse and she said it sounds like a PE"
        said = content_stems(normalise(KIN_WORDS.sub(" ", clause)))
        has = HAS.search(clause) and not SAYS.search(clause) and any(
            is_claim_topic(s) and s not in LIFE for s in said)
        if kin and (has or ILL.search(clause)):
            out |= kin
    return out


# "she's", "and he was", "they have": a clause that goes on about whoever was last named
_THEY = re.compile(r"(and |but |so )?(she|he|they)('s| is| was| has| had| have|'ve| were|'d)\b")


def said_of_relative(low: str, at: int, own_voice: bool) -> bool:
    """Is what stands at position `at` said of a relative: in a clause that names one, or,
    where the patient speaks for themself, in a clause that goes on with "she" or "he" after
    one was named ("my sister had a clot, and she's on blood thinners now")?"""
    start = max((m.end() for m in re.finditer(r"[,;:.!?]|\b(?:but|though|although)\b",
                                              low[:at])), default=0)
    end = re.search(r"[,;:.!?]|\b(?:but|though|although)\b", low[at:])
    clause = low[start:at + (end.start() if end else len(low) - at)].strip()
    if RELATIVES.search(clause):
        return True
    return own_voice and bool(_THEY.match(clause)) and bool(RELATIVES.search(low[:start]))
