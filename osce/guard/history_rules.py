"""A condition of the patient's own history where the case says there is nothing more."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, is_claim_topic, normalise
from osce.guard.case_index import CaseIndex
from osce.guard.models import Context
from osce.guard.terms import RELATIVES
from osce.guard.wording import PLAIN
from osce.models.case import Category

# a condition by its name (a symptom or a reading, "my sugar number was fifty-eight", is no
# condition of the history)
_CONDITION = re.compile(
    r"\b([a-z]+(itis|osis|aemia|emia|oma|ism)|emphysema|copd|asthma|diabetes|diabetic|cancer|"
    r"tumour|stroke|epilepsy|thyroid|gout|clots?|eczema|psoriasis|dementia|alzheimer'?s|"
    r"parkinson'?s|angina|heart attack|ulcers?|gallstones|hepatitis|tuberculosis|\btb\b|hiv|"
    r"malaria|pneumonia|hernia|glaucoma|cataracts?|shingles|lupus|crohn'?s|colitis|"
    r"heart failure|kidney disease|sleep apnoea|migraines?|depression|anxiety)\b")


def condition_unheld(idx: CaseIndex, context: Context, low: str, pol: str
                     ) -> tuple[str, list[str]] | None:
    """A condition no fact gives, told in a turn about the medical history, where the
    past-medical default says there is nothing else ("he's got emphysema as well" where
    "apart from his memory, his prostate and his blood pressure, he's been pretty healthy")."""
    default = idx.case.defaults.get(Category.past_medical)
    if not default or pol == "absent" or RELATIVES.search(low):
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if not any(p.fact.category is Category.past_medical for p in planned):
        return None
    everything = frozenset().union(*(i.stems for i in idx.facts.values()))
    named = " ".join(m.group(0) for m in _CONDITION.finditer(low))
    said = {s for s in content_stems(normalise(named)) if s not in PLAIN and is_claim_topic(s)}
    news = [s for s in said if not covers(everything, s)
            and not covers(frozenset(content_stems(normalise(default))), s)]
    if news:
        ids = [p.fact.id for p in planned if p.fact.category is Category.past_medical]
        return ("a condition the past-medical default rules out: " + ", ".join(sorted(news)),
                ids)
    return None
