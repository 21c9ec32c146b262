"""Care the speaker says they have had: tests, jabs, a run of illnesses. "I've had a few
blood tests recently" tells a student something was being looked into; where no carried fact
says so, it is a claim like any symptom's, however plain its words."""

from __future__ import annotations

import re

from osce.guard.case_index import FactInfo
from osce.guard.models import Verdict
from osce.models.case import Case, Category

# what was done, and a run of being ill: the words say of themselves that they are clinical
# (the guard reads "blood tests" as "lab tests", so a blood word is no bleed)
_CARE = (r"blood tests?|lab tests?|tests|scans?|x-rays?|vaccinations?|vaccines?|jabs?|injections?|"
         r"immuni[sz]ations?|illnesses|infections|bugs|check-?ups|courses? of antibiotics")
_HAD_CARE = re.compile(rf"\b(?:i'?ve|i have|i'?d|i had|i'?ve been) (?:had|having|getting|"
                       rf"got)(?: (?:a few|some|several|a couple of|a couple|lots of|loads of|"
                       rf"a lot of|many|one or two|two|three|four|a few more))? ({_CARE})\b")
_SUBJECT = {"test": r"test|bloods", "scan": r"scan|x-ray", "x-ray": r"x-ray|scan",
            "vaccin": r"vaccin|jab|immuni", "jab": r"vaccin|jab|immuni",
            "immuni": r"vaccin|jab|immuni", "injection": r"injection|jab|vaccin",
            "illness": r"ill|bug|infection|poorly|unwell", "infection": r"infection|bug|ill",
            "bug": r"bug|infection|ill", "check": r"check", "course": r"antibiotic"}


# a past-medical default that calls the speaker healthy: a run of illnesses gainsays it
# (in the speaker's own first person: "he's been pretty healthy" is the daughter's father)
_HEALTHY = re.compile(r"\b(i'?m|i am|i'?ve|i have)\b[^.]*\b(healthy|fit and well|never ill|"
                      r"never poorly)\b")


def care_unheld(case: Case, low: str, carried: list[FactInfo]
                ) -> tuple[Verdict, str, list[str]] | None:
    """Tests, jabs or illnesses the speaker has had, where no carried fact speaks of the
    kind of thing said; a run of illnesses where the past-medical default calls the speaker
    healthy."""
    m = _HAD_CARE.search(low)
    if not m:
        return None
    said = m.group(1)
    kind = next((k for k in _SUBJECT if said.startswith(k) or k in said), None)
    pattern = _SUBJECT.get(kind, re.escape(said))
    if any(re.search(pattern, c.fact.words.lower()) for c in carried):
        return None
    default = case.defaults.get(Category.past_medical, "")
    if kind in ("illness", "infection", "bug") and _HEALTHY.search(default.lower()):
        return (Verdict.contradiction, "illnesses, where the past-medical default calls the "
                "speaker healthy", [])
    return (Verdict.unsupported, f"care no carried fact tells of: {said}", [])
