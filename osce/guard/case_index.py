"""A case read once into words, figures and vectors: every sentence is held to it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from osce.engine.scripted.keys import CATEGORY_BANK
from osce.engine.scripted.lexicon import is_claim_topic, normalise
from osce.guard import leaks, negation, people
from osce.guard.numbers import (
    Figures,
    ago_durations,
    counted_nouns,
    figures,
    iso_days,
    iso_unit_spans,
    last_moments,
    times_of_day,
    unit_spans,
)
from osce.guard.terms import NEVER_SYNONYMS, colours_in, lay_patterns_for
from osce.guard.wording import GRAMMAR, NEARLY, PLAIN, sides_of, stems_of, strip_non_denials
from osce.models.case import Case, Category, Disclosure, Fact, Polarity

WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


@dataclass
class FactInfo:
    fact: Fact
    text: str  # words, attribute, value, drug, normalised
    stems: frozenset[str]
    figures: Figures
    durations: list[float]
    sides: set[str]
    colours: set[str]
    days: set[str]
    polarity_words: str  # "present", "absent" or "mixed" as the words read
    drug_names: list[str] = field(default_factory=list)
    value_figures: Figures = field(default_factory=Figures)  # the fact's value, read as figures
    negated: frozenset[str] = frozenset()  # what its words deny and nowhere affirm
    affirmed: frozenset[str] = frozenset()  # what its words affirm
    halves: list[tuple[float, str]] = field(default_factory=list)  # hours with am or pm
    ago: list[float] = field(default_factory=list)  # how long ago its words say, in days
    counted: list[tuple[str, list[float]]] = field(default_factory=list)  # "one pillow"
    # its spans by the unit they are said in ("seven weeks" -> ("week", [7.0])), the ISO
    # duration's own unit too
    spans: list[tuple[str, list[float]]] = field(default_factory=list)


@dataclass
class CaseIndex:
    case: Case
    facts: dict[str, FactInfo]
    vectors: np.ndarray  # one row per fact, in case order
    order: list[str]
    allowed_text: str  # what a disclosable fact or a default says, lower case
    own_text: str  # the same, less the family's illnesses
    default_denials: dict[str, frozenset[str]]  # category: topic stems a default denies
    never: list[tuple[Fact, frozenset[str], np.ndarray]]
    leak_terms: list[tuple[str, tuple[re.Pattern[str], ...]]]
    present_stems: frozenset[str]
    # ... less the relatives' illnesses: a mother's diabetes is no diabetes of the patient's
    own_present_stems: frozenset[str]
    key_texts: list[tuple[str, str]] = field(default_factory=list)  # (term, text embedded)
    key_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    allowed_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    prototypes: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    own_names: tuple[str, ...] = ()  # how a note would name the speaker
    denied: list[tuple[str, str]] = field(default_factory=list)  # (fact id, what it denies)
    denied_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    kept_ids: list[str] = field(default_factory=list)  # fact id of each affirmed clause
    kept_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    # family facts whose illness is in the answer key and not the patient's own to name:
    # (fact id, key term, the relatives it names)
    family_key: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    own_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    affirming_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    others: frozenset[str] = frozenset()  # stems of the other people the case names (Alfie)
    patient_names: tuple[str, ...] = ()  # the patient's own names, lower case (dennis)
    people: frozenset[str] = frozenset()  # everyone else the case names, lower case (alfie)
    drug_names: frozenset[str] = frozenset()  # every drug a fact names
    drug_text: str = ""  # the drug facts' text, normalised
    # what a default that waves a whole system off ("No, nothing like that") answers: the
    # system's usual questions, which the scripted engine answers with that default
    default_waved: frozenset[str] = frozenset()
    # the systems a default calls fine as a whole ("No, nothing like that.", "My chest is
    # fine."), each with its usual subjects: a claim of one of them gainsays the default
    systems_fine: dict[str, frozenset[str]] = field(default_factory=dict)
    # those of them whose default waves the whole system in so many words ("My chest is
    # fine."), not by "nothing like that" beside what it names: a symptom volunteered there,
    # unasked, gainsays the default
    systems_wholly_fine: dict[str, frozenset[str]] = field(default_factory=dict)
    # what a rule derives from the case alone, once per index (see part_rules)
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)


def _fact_text(fact: Fact) -> str:
    parts = [fact.words, fact.attribute]
    if fact.value is not None:
        parts.append(str(fact.value) + (" " + fact.unit if fact.unit else ""))
    if fact.drug:
        parts.extend([fact.drug.name, fact.drug.dose, fact.drug.frequency])
    return ". ".join(parts)


def _drug_names(fact: Fact) -> list[str]:
    if not fact.drug:
        return []
    name = fact.drug.name.lower()
    names = [w for w in re.findall(r"[a-z][a-z-]{3,}", name)
             if w not in ("oral", "suspension", "tablet", "tablets", "inhaler", "sulfate",
                          "sulphate", "micrograms", "then", "break")]
    return names[:3] if names else [name]


# a default that says a whole system is fine: "No, nothing like that", "My chest's fine"
# a default that calls its whole system fine, as an answer in its own right: narrower than
# _BLANKET, since "No chest pain or anything like that" rules out chest pain, not the calves
_SYSTEM_FINE = re.compile(
    r"^no, (nothing like that|no [a-z]+( [a-z]+)? or anything like that|my [a-z]+('s| is) fine)"
    r"|^(no, )?my (chest|heart|stomach|tummy|skin)('s| is)( been)? (fine|alright|normal)\b")
# bowels called normal answer for the habit, not for the whole gut
_WHOLE_SYSTEM = re.compile(r"^(no, )?(my|her|his) [a-z]+('s| is)( been)? (fine|alright|normal)\b")
_BOWELS_NORMAL = re.compile(r"\bbowels (are |have been |'ve been )?(back to )?normal\b|"
                            r"no problems with my bowels\b")
BOWEL_HABIT = frozenset({"constipat", "constip", "diarrhoea", "bowel", "stool"})
_BLANKET = re.compile(r"\b(nothing|anything) like that\b|\bor anything\b|\bno problems with\b|"
                      r"\b(been|is|are|'s|look|looks) (fine|alright|normal)\b|\bnothing else\b")


def _bank_stems(category: Category) -> set[str]:
    return {s for q in CATEGORY_BANK.get(category, ()) for s in stems_of(q) if is_claim_topic(s)}


def _owned(patterns: list[re.Pattern[str]], said: str, own_text: str) -> bool:
    """Does the patient's own text say what these patterns find in a relative's fact?"""
    return any(re.search(rf"\b{re.escape(m.group(0))}\b", own_text)
               for p in patterns for m in p.finditer(said))


def _names_in(case: Case) -> frozenset[str]:
    """The case's names: words it only ever writes with a capital (Ellie, Claire, Tom)."""
    text = " ".join(f.words for f in case.facts)
    capital = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
    lower = set(re.findall(r"\b[a-z]+\b", text))
    return stems_of(" ".join(w for w in capital if w.lower() not in lower))


def _affirmed_stems(words: str, names: frozenset[str]) -> frozenset[str]:
    """What a fact's words affirm, less names ("I couldn't do that to Ellie" denies no
    Ellie)."""
    return frozenset(s for c in negation.affirmative_clauses(words) for s in stems_of(c)
                     if s not in PLAIN and s not in names)


# a comparison denies nothing of what it compares with: "nothing like my usual migraines"
# says the migraines are had, and this is not one
_COMPARED = re.compile(r"\b(nothing|not|not at all|not a bit|nowhere near) like (?=(my|the|his|her|"
                       r"their|a|an|any|what|when|how|before|usual)\b)")


def _uncompared(words: str) -> str:
    return _COMPARED.sub("unlike ", words.lower().replace("’", "'"))


def _negated_stems(words: str) -> frozenset[str]:
    """The subjects a fact's words deny and nowhere affirm: "I've felt sick, but I haven't
    actually been sick" denies vomiting, not nausea; "the trait, not the disease itself"
    denies the disease; "nearly passed out" denies fainting."""
    low = strip_non_denials(_uncompared(words))
    nearly = {s for m in NEARLY.finditer(low) for s in stems_of(m.group(1))}  # "nearly fell"
    plain = NEARLY.sub(" ", low)
    # what follows the negation, not its subject: "the spots don't fade" denies fading
    denied = {s for c in negation.clauses(plain) for s in stems_of(negation.denied_part(c))}
    affirmed = {s for c in negation.affirmative_clauses(plain) for s in stems_of(c)}
    # "my bowels have been normal" denies a change of habit either way
    habit = BOWEL_HABIT - {"bowel"} if _BOWELS_NORMAL.search(low) else set()
    return frozenset(s for s in (denied | nearly | habit) - affirmed
                     if s not in PLAIN and s not in GRAMMAR and len(s) >= 3)


def never_text(text: str) -> str:
    t = text.lower()
    for k, v in NEVER_SYNONYMS.items():
        t = re.sub(rf"\b{re.escape(k)}s?\b", v, t)  # "nursing homes" too
    return t


def _value_figures(fact: Fact) -> Figures:
    if fact.value is None or fact.drug:
        return Figures()
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        return Figures(bare=[float(fact.value)])
    value = str(fact.value) + (" " + fact.unit if fact.unit else "")
    fig = figures(value)
    if re.fullmatch(r"\s*\d+(\.\d+)?\s*", str(fact.value)):
        fig.bare = [float(fact.value)]
    return fig


def build_index(case: Case, embed: Callable[[list[str]], np.ndarray],
                prototypes: Callable[[], np.ndarray], *, family_key_bar: float,
                key_allowed_bar: float) -> CaseIndex:
    """Each fact read into words, figures and vectors, and the answer key by name and by
    meaning. The bars are the guard's SIM_FAMILY_KEY and SIM_KEY_ALLOWED, passed in so that a
    guard's own bars hold."""
    facts: dict[str, FactInfo] = {}
    names = _names_in(case)
    for fact in case.facts:
        text = _fact_text(fact)
        fig = figures(text)
        durations = list(fig.durations) + list(fig.course)
        if fact.duration:
            d = iso_days(str(fact.duration))
            if d:
                durations.append(d)
        facts[fact.id] = FactInfo(
            fact=fact, text=normalise(text), stems=stems_of(text), figures=fig,
            durations=durations, sides=sides_of(fact.words + " " + str(fact.value or "")),
            colours=colours_in(fact.words.lower()),
            days=set(WEEKDAYS.findall(fact.words.lower())),
            polarity_words=negation.polarity(fact.words), drug_names=_drug_names(fact),
            value_figures=_value_figures(fact), negated=_negated_stems(fact.words),
            affirmed=_affirmed_stems(fact.words, names), halves=times_of_day(fact.words),
            # "a tummy bug last week" gives a moment as much as "ten days ago" does
            ago=[d for span in ago_durations(fact.words) + last_moments(fact.words)
                 for d in span],
            counted=counted_nouns(fact.words),
            spans=unit_spans(fact.words) + iso_unit_spans(str(fact.duration or "")))
    order = [f.id for f in case.facts]
    vectors = embed([f.words for f in case.facts])
    disclosable = [f for f in case.facts if f.disclosure is not Disclosure.never]
    # what the patient may say of themselves: a fact that denies a condition ("no heart
    # attacks, no stents") does not let them name it as theirs
    def says(facts: list[Fact]) -> list[str]:
        return [". ".join(negation.affirmative_clauses(f.words)) + " "
                + (str(f.value or "") if f.polarity is Polarity.present else "")
                for f in facts]

    allowed = " ".join(says(disclosable) + list(case.defaults.values())
                       ).lower().replace("’", "'")
    own_text = " ".join(says([f for f in disclosable if f.category is not Category.family])
                        + list(case.defaults.values())).lower().replace("’", "'")
    denials: dict[str, frozenset[str]] = {}
    waved: set[str] = set()
    systems: dict[str, frozenset[str]] = {}
    wholly: dict[str, frozenset[str]] = {}
    for category, text in case.defaults.items():
        stems: set[str] = set()
        for clause in negation.clauses(text):
            if negation.denies(clause) or negation.reassures(clause):
                stems |= {s for s in stems_of(clause) if is_claim_topic(s)}
        denials[category.value] = frozenset(stems)
        if category.value.startswith("ros.") and _BLANKET.search(text.lower()):
            waved |= _bank_stems(category)
        if category.value.startswith("ros."):
            # ("blood" alone is no subject: a blood test, a blood pressure)
            fine = _bank_stems(category) - {"blood"} if _SYSTEM_FINE.search(text.lower()) else set()
            if _BOWELS_NORMAL.search(text.lower()):
                fine |= BOWEL_HABIT
            if fine:
                systems[category.value] = frozenset(fine)
                if _WHOLE_SYSTEM.search(text.lower()):
                    wholly[category.value] = frozenset(fine)
    never = [f for f in case.facts if f.disclosure is Disclosure.never]
    never_vectors = embed([f.words for f in never]) if never else np.zeros((0, 1))
    never_items = [(f, stems_of(never_text(f.words)) - PLAIN, never_vectors[i])
                   for i, f in enumerate(never)]
    leak_terms = [(term, lay_patterns_for(term)) for term in case.answer_key()]
    present = frozenset().union(*(i.stems for i in facts.values()
                                  if i.fact.polarity is Polarity.present))
    own_present = frozenset().union(*(i.stems for i in facts.values()
                                      if i.fact.polarity is Polarity.present
                                      and i.fact.category is not Category.family))
    # the answer key by meaning: each term, its parts and lay glosses, less any text a
    # disclosable fact already says (the patient may voice an idea the case gives them)
    disclosable_vectors = vectors[[k for k, f in enumerate(case.facts)
                                   if f.disclosure is not Disclosure.never]]
    key_texts = leaks.key_texts(case.answer_key())
    key_vectors = embed([t for _, t in key_texts]) if key_texts else np.zeros((0, 1))
    family_key = []
    for k, f in enumerate(case.facts):
        if f.category is not Category.family or f.polarity is not Polarity.present or (
                f.disclosure is Disclosure.never) or not len(key_texts):
            continue
        said = f"{f.words} {f.value or ''}".lower()
        # the words that name it ("melanoma"), or, by meaning, the key term's own patterns
        # ("acute appendix"): the patient's own to say where a non-family fact says them
        # (term by term: "type 2" is not the patient's to say because "diabetes" is)
        # (the term its words name most fully first: "type 2 diabetes" for "type 2 diabetes")
        longest = {t: max((len(m.group(0)) for p in pats for m in p.finditer(said)), default=0)
                   for t, pats in leak_terms}
        terms = sorted((t for t, pats in leak_terms
                        if longest[t] and not _owned(pats, said, own_text)),
                       key=lambda t: -longest[t])
        own = False
        sims = key_vectors @ vectors[k]
        if not terms and float(sims.max()) >= family_key_bar:
            terms = [key_texts[int(sims.argmax())][0]]
            own = any(p.search(own_text) for t, pats in leak_terms if t == terms[0]
                      for p in pats)
        kin = frozenset(people.kin_in(said))
        if terms and not own and kin:
            family_key.append((f.id, terms[0], kin))
    own_facts = [k for k, f in enumerate(case.facts) if f.disclosure is not Disclosure.never
                 and f.category is not Category.family]
    own_vectors = vectors[own_facts] if own_facts else np.zeros((0, vectors.shape[1]))
    affirming = [k for k, f in enumerate(case.facts) if f.disclosure is not Disclosure.never
                 and f.polarity is Polarity.present]
    affirming_vectors = vectors[affirming] if affirming else np.zeros((0, vectors.shape[1]))
    keep = [k for k, (_, t) in enumerate(key_texts)
            if not re.search(rf"\b{re.escape(t.lower())}\b", allowed)
            and float((disclosable_vectors @ key_vectors[k]).max()) < key_allowed_bar]
    key_texts = [key_texts[k] for k in keep]
    key_vectors = key_vectors[keep] if keep else np.zeros((0, vectors.shape[1]))
    names = [case.persona.name, case.informant.name] if (
        case.informant.role.value == "patient") else [case.informant.name]
    own = tuple(dict.fromkeys(p.lower() for n in names if n for p in
                              [n, n.split()[0], n.split()[-1],
                               *(f"{t} {n.split()[-1]}" for t in ("mr", "mrs", "ms", "miss"))]))
    # what each fact denies, said as a claim ("I haven't been sick" -> "I have been
    # sick"): a sentence that says it is held against the fact whatever its words
    denied = [(f.id, text) for f in case.facts
              for text in negation.denied_claims(strip_non_denials(_uncompared(f.words)))]
    kept = [(f.id, c) for f in case.facts for c in negation.affirmative_clauses(f.words)
            if len(c.split()) >= 2]
    both = embed([t for _, t in denied] + [t for _, t in kept]) if denied else None
    denied_vectors = both[:len(denied)] if denied else np.zeros((0, vectors.shape[1]))
    kept_vectors = both[len(denied):] if denied else np.zeros((0, vectors.shape[1]))
    return CaseIndex(case=case, facts=facts, vectors=vectors, order=order,
                     denied=denied, denied_vectors=denied_vectors,
                     kept_ids=[i for i, _ in kept], kept_vectors=kept_vectors,
                     allowed_text=allowed, own_text=own_text,
                     default_denials=denials, default_waved=frozenset(waved),
                     systems_fine=systems,
                     systems_wholly_fine=wholly,
                     never=never_items, leak_terms=leak_terms,
                     present_stems=present, own_present_stems=own_present,
                     key_texts=key_texts, key_vectors=key_vectors,
                     allowed_vectors=disclosable_vectors,
                     prototypes=prototypes(), own_names=own,
                     family_key=family_key, own_vectors=own_vectors,
                     affirming_vectors=affirming_vectors,
                     others=_names_in(case) - stems_of(" ".join(own)),
                     patient_names=tuple(p.lower() for p in
                                         (case.persona.name or "").split()),
                     people=people.case_names([f.words for f in case.facts],
                                              {p for n in own for p in n.split()}),
                     drug_names=frozenset(n for i in facts.values() for n in i.drug_names),
                     drug_text=" ".join(i.text for i in facts.values()
                                        if i.fact.category is Category.drugs))
