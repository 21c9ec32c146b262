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
_MANY = re.compile(r"\b(?:i'?m|i am|i|i'?ve been) (?:taking|on|take) (?:a lot of|lots of|loads of|"
                   r"so many|a load of|all sorts of|a whole load of|plenty of) (?:things|"
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


def _drug_facts(idx: CaseIndex) -> list[FactInfo]:
    return [i for i in idx.facts.values() if i.fact.category is Category.drugs
            and i.fact.polarity is Polarity.present]


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
        few = len(_drug_facts(idx)) <= 2
        for info in idx.facts.values():
            words = info.fact.words.lower().replace("’", "'")
            if few and info.fact.category is Category.drugs and _ONLY.search(words):
                return (Verdict.contradiction,
                        f"many medicines, where {info.fact.id} closes the list",
                        [info.fact.id])
        if len(carried_drugs) < 2:
            return (Verdict.unsupported, "many medicines, which no carried fact names", [])
        return None
    if not carried_drugs:
        return (Verdict.unsupported, "a daily medicine no carried fact names", [])
    return None


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
