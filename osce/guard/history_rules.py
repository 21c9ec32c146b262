"""A condition of the patient's own history where the case says there is nothing more."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, normalise
from osce.guard import negation
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context
from osce.guard.numbers import digits
from osce.guard.terms import RELATIVES
from osce.guard.wording import PLAIN
from osce.models.case import Category, Disclosure, Polarity

# a condition by its name (a symptom or a reading, "my sugar number was fifty-eight", is no
# condition of the history)
_CONDITION = re.compile(
    r"\b([a-z]+(itis|osis|aemia|emia|oma|ism)|emphysema|copd|asthma|diabetes|diabetic|cancer|"
    r"tumour|stroke|epilepsy|thyroid|gout|clots?|eczema|psoriasis|dementia|alzheimer'?s|"
    r"parkinson'?s|angina|heart attack|ulcers?|gallstones|hepatitis|tuberculosis|\btb\b|hiv|"
    r"malaria|pneumonia|hernia|glaucoma|cataracts?|shingles|lupus|crohn'?s|colitis|"
    r"heart failure|kidney disease|sleep apnoea|migraines?|depression|anxiety|atrial fibrillation|"
    r"\baf\b|irregular heart ?beat|(pre|borderline)[- ]?diabet\w*|high blood pressure|"
    r"high cholesterol|(blood pressure|heart|thyroid|kidney|liver|joint) (issues|problems|trouble)|"
    r"(issues|problems|trouble) with (my |his |her )?(blood pressure|heart|thyroid|kidneys?|"
    r"liver|joints)|(blood )?transfusions?|chicken ?pox|measles|mumps|head injury|"
    r"broken (a |my )?(bone|leg|arm|wrist|ankle|hip|collarbone)|fractured? \w+|"
    r"pacemaker|(metal )?implants?|metal plates?( and pins)?|"
    # fits had, as a history: "I've had a few fits and seizures"
    r"fits|seizures?|convulsions|blackouts)\b")
# a fear or a guess names no condition had: "I'm scared it's a stroke"
_FEARED = re.compile(r"\b(worr\w*|scared|afraid|frighten\w*|wonder\w*|could it be|might be|"
                     r"in case|what if|think it'?s|thought it was|hope it'?s not|not a)\b")
# an ulcer at a site is a symptom of now, not a history: "an ulcer in my mouth", "a mouth
# ulcer" (a stomach ulcer is a history, and gout in a big toe is still gout)
_SITED = re.compile(r"^\W*(\w+\W+){0,2}?(in|on|at) (my|his|her|the) [a-z]+")
_SITE_BEFORE = re.compile(r"\b(mouth|lips?|tongue|gums?|legs?|foot|feet|skin|eyes?|heel|toes?|"
                          r"shin|ankle)\W*$")


# a past-medical fact that says there is nothing at all: "I don't have any medical problems"
_NONE_AT_ALL = re.compile(r"\b(no|any|other) (medical|health) (problems|conditions|issues)\b|"
                          r"\bfit and well\b|\bnever (been|had) (ill|poorly|anything)\b")


def _nothing_else(idx: CaseIndex) -> bool:
    """The case says the history holds nothing more: its past-medical default, or an absent
    past-medical fact that denies any illness at all."""
    if idx.case.defaults.get(Category.past_medical):
        return True
    return any(f.category is Category.past_medical and f.polarity is Polarity.absent
               and _NONE_AT_ALL.search(f.words.lower()) for f in idx.case.facts)


def condition_unheld(idx: CaseIndex, context: Context, low: str, pol: str
                     ) -> tuple[str, list[str]] | None:
    """A condition no fact gives, told in a turn about the medical history (or one that plans
    nothing), where the past-medical default says there is nothing else ("he's got emphysema
    as well" where "apart from his memory, his prostate and his blood pressure, he's been
    pretty healthy")."""
    if not _nothing_else(idx) or pol == "absent" or RELATIVES.search(low):
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    # in a turn on the history, or on nothing the case plans ("anything else?")
    if planned and not any(p.fact.category is Category.past_medical for p in planned):
        return None
    # each condition by its whole name: "heart attack" is new where "heart" alone is not
    news = []
    # (in a clause that says it: "never had a transfusion, but I'm not sure" names none)
    for m in _CONDITION.finditer(low):
        named = m.group(0)
        # (a fear is its own clause's: "I've had a head injury, but I'm not a head injury
        # person" fears nothing)
        if not any(named in c and not _FEARED.search(c)
                   for c in negation.affirmative_clauses(low)):
            continue
        if named.startswith("ulcer") and (_SITED.match(low[m.end():])
                                          or _SITE_BEFORE.search(low[:m.start()])):
            continue
        said = {s for s in content_stems(normalise(named)) if s not in PLAIN}
        if re.search(rf"\b{re.escape(named)}\b", idx.allowed_text) or not said:
            continue
        if all(covers(idx.present_stems, s) for s in said):
            continue
        if named not in news:
            news.append(named)
    if news:
        ids = [p.fact.id for p in planned if p.fact.category is Category.past_medical]
        source = "default" if idx.case.defaults.get(Category.past_medical) else "fact"
        return (f"a condition the past-medical {source} rules out: " + ", ".join(news), ids)
    return None


def denial_carried(idx: CaseIndex, low: str) -> bool:
    """A plain denial of a condition of the history ("No, I've never had chickenpox.") where
    the case says the history holds nothing more: that says so, and the default carries it."""
    if negation.polarity(low) != "absent" or not _nothing_else(idx) or RELATIVES.search(low):
        return False
    # every clause denies a condition, bar a bare "no" (an ulcer may be a sore of now, and a
    # transfusion is care, not a condition: the default says neither)
    clauses = [c for c in negation.clauses(low) if c.strip(" ,.!") not in ("no", "nope")]
    return bool(clauses) and all(
        negation.denies(c) and (m := _CONDITION.search(c)) is not None
        and not re.match(r"ulcer|(blood )?transfusion", m.group(0)) for c in clauses)


# a stay in hospital, said: "I was in the ICU", "I've been in hospital a few times"
_IN_HOSPITAL = re.compile(r"\b(i was|i'?ve been|i have been|i was taken|i ended up|he was|she was|"
                          r"he'?s been|she'?s been) (in|into|admitted to) (the |a )?(hospital|icu|"
                          r"intensive care|high dependency|a ward)\b")
_NEVER_IN_HOSPITAL = re.compile(r"\bnever (been|stayed|gone) (in|into) hospital\b|"
                                r"\bnever been admitted\b")


def hospital_where_never(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A stay in hospital, where a fact says the patient has never been in one. (Visiting is
    not staying: "I was at the hospital" is left alone.)"""
    if RELATIVES.search(low) or not _IN_HOSPITAL.search(low):
        return None
    for info in idx.facts.values():
        if _NEVER_IN_HOSPITAL.search(info.fact.words.lower()):
            return (f"a stay in hospital, where {info.fact.id} says never", [info.fact.id])
    return None


# a device put in by surgery, said as the speaker's own
_DEVICE = re.compile(r"\b(pacemaker|defibrillator|(metal )?implants?|metal plates?|pins in|"
                     r"(hip|knee) replacement|stent)\b")
_MINE = re.compile(r"^(i|i'?ve|i'?m|i have|i had|i got)\b|\bin my\b")
_NEVER_OPERATED = re.compile(r"\bnever had (an|any) operations?\b|\bno operations\b")


def device_where_never_operated(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A pacemaker or a metal plate of one's own, where a fact or a default says the patient
    has never had an operation: the device came with one."""
    # (the speaker's own: "a mate had a knee replacement" is the mate's)
    if RELATIVES.search(low) or not any(_DEVICE.search(c) and _MINE.search(c)
                                        for c in negation.affirmative_clauses(low)):
        return None
    for info in idx.facts.values():
        if info.fact.disclosure is not Disclosure.never and _NEVER_OPERATED.search(
                info.fact.words.lower()):
            return (f"a device put in by surgery, where {info.fact.id} says no operation",
                    [info.fact.id])
    for category, text in idx.case.defaults.items():
        if _NEVER_OPERATED.search(text.lower()):
            return (f"a device put in by surgery, where the {category} default says no "
                    "operation", [])
    return None


# the age a habit began or ended at, in the speaker's words ("I stopped when I was about
# forty", "I started at fifteen", "gave up in my fifties") and in the fact's ("I gave up
# smoking twenty years ago", "since I was seventeen", "he stopped in his fifties")
_HABIT_VERB = (r"(?P<verb>stopped|stop|gave up|given up|quit|packed (?:it |them )?in|"
               r"started|took (?:it|them) up|since)")
_AGE_SAID = (r"(?:when (?:i|he|she) was|at(?: the age of)?|aged|from) (?:about |around |roughly |"
             r"nearly |maybe |only )?(?P<age>\d{1,2})(?P<odd>[- ]?odd|[- ]?ish)?\b|"
             r"in (?:my|his|her) (?:early |mid |mid-|late )?(?P<decade>twenties|thirties|"
             r"forties|fifties|sixties|seventies|eighties)\b|"
             r"(?P<ago>\d{1,2}) years? ago\b")
_HABIT_AGE = re.compile(rf"\b{_HABIT_VERB}\b[^.;!?]{{0,40}}?\b(?:{_AGE_SAID})")
_DECADE_START = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80}


def _habit_ages(text: str, age: int) -> list[tuple[str, int, int]]:
    """Each (began or ended, youngest, oldest) a text gives a habit's start or end."""
    out = []
    for m in _HABIT_AGE.finditer(digits(text)):
        kind = "began" if m.group("verb") in ("started", "since") or m.group(
            "verb").startswith("took") else "ended"
        if m.group("age"):
            lo = int(m.group("age"))
            hi = lo + 9 if m.group("odd") and "odd" in m.group("odd") else lo
        elif m.group("decade"):
            lo = _DECADE_START[m.group("decade")]
            hi = lo + 9
        else:
            lo = hi = age - int(m.group("ago"))
        out.append((kind, lo, hi))
    return out


def habit_age_disagrees(context: Context, low: str, carried: list[FactInfo]
                        ) -> tuple[str, list[str]] | None:
    """The age a habit began or ended at, against a carried fact that gives it, the
    persona's age doing the sums ("I stopped when I was about forty" where a man of 66 "gave
    up twenty years ago"); three years either side is a rounding."""
    age = str(context.case.persona.age).strip()
    if not age.isdigit() or RELATIVES.search(low):
        return None
    said = _habit_ages(low, int(age))
    if not said:
        return None
    for c in carried:
        if c.fact.category is not Category.social:
            continue
        for kind, lo, hi in _habit_ages(c.fact.words.lower(), int(age)):
            for skind, slo, shi in said:
                if skind == kind and (shi < lo - 3 or slo > hi + 3):
                    return (f"the age the habit {kind} at disagrees with {c.fact.id}",
                            [c.fact.id])
    return None
