"""Vague claims about medicines and doctors, held to the case all the same.

A small model answers "are you taking anything?" with "I'm taking a lot of things" and "do
you see a doctor for anything?" with "I don't see a doctor". Neither names a drug or an
illness, yet a student takes from each something about the patient: a long list of
medicines where the case gives one inhaler; no doctor where the case gives diabetes and
kidney disease followed up at the practice.
"""

from __future__ import annotations

import re

from osce.guard import negation
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context, Verdict
from osce.guard.terms import RELATIVES
from osce.models.case import Category, Polarity

# many medicines, none named: "I'm taking a lot of things", "loads of tablets"
_MANY = re.compile(r"\b(?:i'?m|i am|i|i'?ve been|i'?ve|i have) (?:taking|on|take|got) "
                   r"(?:a lot of|lots of|loads of|so many|a load of|all sorts of|"
                   r"a whole load of|plenty of) (?:things|"
                   r"medicines?|medications?|meds|tablets|pills|stuff|drugs)\b")
# where the medicines come from, or what kind: what a denying fact may speak of
_SPOKEN_OF = re.compile(r"\b(chemist|counter|shop|herbal|sleeping|prescri\w*|supplements?|"
                        r"vitamins?)\b")
# a daily medicine, none named: "I'm taking a pill every day"
_DAILY = re.compile(r"\b(?:i'?m|i am|i) (?:taking|take|on) (?:a|one|my) (?:pill|tablet|medicine)s? "
                    r"(?:every day|a day|daily|each day|every morning|every night)\b")
# the medicines fact that closes the list: "Just my blue inhaler", "Just cetirizine"
_ONLY = re.compile(r"^(?:just|only) |\b(?:nothing else|no other (?:tablets|medicines?|"
                   r"medication))\b")
# no doctor seen: "I don't see a doctor (for anything)"
_NO_DOCTOR = re.compile(r"\b(?:i )?(?:don'?t|do not|never) (?:see|go to|visit) (?:a|the|any|my) "
                        r"(?:doctors?|gps?)\b")
# the illnesses a practice follows up, said in a fact of the speaker's own history
_FOLLOWED = re.compile(r"\b(diabet\w*|blood pressure|hypertension|kidney|heart|thyroid|epilep\w*|"
                       r"copd|dementia|alzheimer|angina|cholesterol|migraines?|arthritis|"
                       r"prostate)\b")


def _present(idx: CaseIndex, category: Category) -> list[FactInfo]:
    """The case's facts of one part of the history that say yes: its medicines, its
    illnesses, its relatives' illnesses."""
    return [i for i in idx.facts.values() if i.fact.category is category
            and i.fact.polarity is Polarity.present]


def _beyond_the_list(idx: CaseIndex, category: Category, what: str, where: str = "the case"
                     ) -> tuple[Verdict, str, list[str]]:
    """Many, where the case gives one or none: a contradiction of that one, or of the part."""
    own = _present(idx, category)
    ids = [i.fact.id for i in own] or [i.fact.id for i in idx.facts.values()
                                       if i.fact.category is category]
    return (Verdict.contradiction, f"{what}, where {where} gives " + ("one" if own else "none"),
            ids)


def medicines_vague(idx: CaseIndex, low: str, carried: list[FactInfo]
                    ) -> tuple[Verdict, str, list[str]] | None:
    """Many medicines where a fact closes the list at one (a contradiction), or where no
    carried fact names any (unsupported); a daily medicine no carried fact names."""
    many, daily = _MANY.search(low), _DAILY.search(low)
    if not (many or daily) or RELATIVES.search(low) or negation.polarity(low) == "absent":
        return None
    carried_drugs = [c for c in carried if c.fact.category is Category.drugs
                     and c.fact.polarity is Polarity.present]
    # a medicines fact that denies what the sentence speaks of ("from the chemist" where
    # "nothing from the chemist") is read against it by the contradiction layer
    said = _SPOKEN_OF.findall(low)
    if said and any(i.fact.category is Category.drugs and i.fact.polarity is Polarity.absent
                    and any(w in i.fact.words.lower() for w in said)
                    for i in idx.facts.values()):
        return None
    if many:
        # a list closed at one or two ("Just cetirizine"; "Nothing else. No other tablets")
        few = len(_present(idx, Category.drugs)) <= 2
        for info in idx.facts.values():
            words = info.fact.words.lower().replace("’", "'")
            if few and info.fact.category is Category.drugs and _ONLY.search(words):
                return (Verdict.contradiction,
                        f"many medicines, where {info.fact.id} closes the list",
                        [info.fact.id])
        # a case with one medicine in all holds "a lot of tablets" to that one
        only = _present(idx, Category.drugs)
        if len(only) == 1 and only[0] in carried_drugs:
            return (Verdict.contradiction, f"many medicines, where {only[0].fact.id} is the "
                    "only one", [only[0].fact.id])
        if len(carried_drugs) < 2:
            return (Verdict.unsupported, "many medicines, which no carried fact names", [])
        return None
    if not carried_drugs:
        return (Verdict.unsupported, "a daily medicine no carried fact names", [])
    return None


# no medicines at all, in a clause of its own: "I'm not on any medications, but ..."
_NO_MEDICINES = re.compile(r"\b(?:i'?m not|i am not|i'?m not currently) (?:on|taking) any "
                           r"(?:medications?|medicines?|meds|tablets|pills|drugs)\b|"
                           r"\bi (?:don'?t|do not) take any (?:medications?|medicines?|meds|"
                           r"tablets|pills|drugs)\b")
# ... unless kept to some of them: "any other", "anything regular", "apart from"
_SOME_OF_THEM = re.compile(r"\b(other|else|regular|regularly|apart|besides|except|prescri\w*|"
                           r"new|more|now|anymore|any more)\b")


def medicines_denied(idx: CaseIndex, low: str) -> tuple[Verdict, str, list[str]] | None:
    """No medicines at all, where the case gives one the speaker takes: the denial stands
    whatever else the sentence says beside it ("..., but I'll talk about it tomorrow")."""
    if RELATIVES.search(low) or not _NO_MEDICINES.search(low):
        return None
    for clause in negation.clauses(low):
        if _NO_MEDICINES.search(clause) and not _SOME_OF_THEM.search(clause):
            taken = [i.fact.id for i in _present(idx, Category.drugs)
                     if i.polarity_words != "absent"]
            if taken:
                return (Verdict.contradiction, "no medicines at all, where "
                        + ", ".join(taken) + " says otherwise", taken)
    return None


# many illnesses, none named: "I've got a lot of medical problems", "a few health issues"
_SOME = (r"(?:a lot of|lots of|loads of|so many|many|a few|several|all sorts of|a number of|"
         r"a bunch of|a couple of|a handful of)")
_MANY_ILLS = re.compile(r"\b(?:i'?ve got|i have got|i have|i do have|i'?ve had|i had) "
                        + _SOME + r" (?:(?:medical|health) (?:problems|issues|conditions)|"
                        r"problems with my health|illnesses|conditions|health issues)\b")
# ... or said as a count to the question's own subject: "I've got a few." to "any medical
# problems?"
_SOME_SAID = re.compile(r"\b(?:i'?ve got|i have got|i have|i do have) (?:a few|a lot|lots|loads|"
                        r"several|quite a few|a couple)\b(?! of)")
_ILLS_ASKED = re.compile(r"\b(?:medical|health) (?:problems|conditions|issues)\b|"
                         r"\bany (?:illnesses|conditions)\b")


def illnesses_vague(idx: CaseIndex, context: Context, low: str
                    ) -> tuple[Verdict, str, list[str]] | None:
    """Several illnesses of the speaker's own where the case gives one or none: "I've got a
    lot of medical problems" from a girl whose only history is her tonsils out."""
    # (the clauses are read only where a count is said at all)
    if RELATIVES.search(low) or not (_MANY_ILLS.search(low) or _SOME_SAID.search(low)):
        return None
    said = [c for c in negation.affirmative_clauses(low) if _MANY_ILLS.search(c) or (
        _SOME_SAID.search(c) and _ILLS_ASKED.search(context.question.lower()))]
    if not said:
        return None
    own = _present(idx, Category.past_medical)
    if len(own) > 1:
        # "a few medical conditions" where the plan gives two or more is that plan said
        # vaguely; "a lot of" them is left to the other layers
        planned = [i for i in own if i.fact.id in context.planned]
        few = not re.search(r"\b(?:a lot|lots|loads|so many|many|all sorts|a bunch)\b",
                            " ".join(said))
        if few and len(planned) > 1:
            return (Verdict.supported, "a few illnesses, as the plan gives",
                    [i.fact.id for i in planned])
        return None
    return _beyond_the_list(idx, Category.past_medical, "several illnesses")


# many relatives ill, none named: "a lot of my family have health problems"
_MANY_KIN_ILL = re.compile(r"\b(?:a lot of|lots of|loads of|so many|many|most of|all sorts of) "
                           r"(?:my )?(?:family|relatives|family members|relations)\b[^.;]{0,30}?"
                           r"\b(?:health|medical) (?:problems|issues|conditions)\b")


def family_vague(idx: CaseIndex, low: str) -> tuple[Verdict, str, list[str]] | None:
    """Many relatives ill where the family history holds one illness or none."""
    if not _MANY_KIN_ILL.search(low) or negation.polarity(low) == "absent":
        return None
    if len(_present(idx, Category.family)) > 1:
        return None
    return _beyond_the_list(idx, Category.family, "many relatives ill", "the family history")


def doctor_vague(idx: CaseIndex, context: Context, low: str
                 ) -> tuple[Verdict, str, list[str]] | None:
    """No doctor seen, against an illness of the speaker's own that a practice follows up (a
    contradiction), or, where the history planned holds none, the history's own answer."""
    if not _NO_DOCTOR.search(low) or RELATIVES.search(low):
        return None
    for info in idx.facts.values():
        if info.fact.category is not Category.past_medical or (
                info.fact.polarity is not Polarity.present):
            continue
        words = info.fact.words.lower().replace("’", "'")
        if _FOLLOWED.search(words):
            return (Verdict.contradiction,
                    f"no doctor seen, where {info.fact.id} gives an illness followed up",
                    [info.fact.id])
    planned_history = [i for i in context.planned if i in idx.facts
                       and idx.facts[i].fact.category is Category.past_medical]
    if planned_history:
        return (Verdict.supported, "no doctor seen, where the history holds nothing to see one "
                "for", planned_history[:1])
    return None
