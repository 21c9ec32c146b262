"""Claims about who the speaker is and what is fine with them, held against the persona and
the case's defaults: an age, a spouse, children where there were never any, a part the
defaults call fine, a long list of illnesses where the defaults give nothing else, and a habit
said to come round more or less often than the planned fact gives."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, normalise
from osce.guard import negation
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context
from osce.guard.numbers import UNITS, digits
from osce.guard.terms import SOFT_DRINKS
from osce.guard.wording import SYMPTOM_WORDS
from osce.models.case import Category, Polarity

# "I'm only twenty-five", "I'm 25 years old": the speaker's own age
# ("I'm 40 now": the words the tail allows are no unit, as "I'm 5 foot" has one)
_MY_AGE = re.compile(r"\b(?:i'?m|i am) (only |just |nearly |almost |about |barely |not even )?"
                     r"(\d{1,3})(?: years? old| years? of age)?\b(?!\s*(?:-|\.\d|%|"
                     r"(?!(?:now|next|this|in|so|and|but)\b)[a-z]))")
# an age said plainly is said to the year; "about", "nearly" and the like leave some room
_ROUGH_AGE = {"nearly ", "almost ", "about ", "barely ", "not even "}
_MY_AGE_TAIL = re.compile(r"^\s*(?:years? old|years? of age)?\s*(?:[,.!?;]|$|so\b|and\b|but\b|"
                          r"now\b|next\b|this\b|in\b)")


# the whole sentence is the speaker's age: "I'm 58.", "I'm 14 months old now."
_ONLY_AGE = re.compile(r"^(?:i'?m|i am) (\d{1,3}(?: (?:years?|months?|weeks?))?)(?: old)?"
                       r"(?: now)?[.!]?$")


def says_own_age(context: Context, low: str) -> bool:
    """The sentence says the persona's own age and nothing else: the case gives it, in the
    persona and on the door, though no fact does. (An informant saying it speaks as the
    patient, which the labels take by content.)"""
    m = _ONLY_AGE.match(digits(low).strip())
    if not m:
        return False
    said = re.sub(r"s$", "", m.group(1))
    age = re.sub(r"s$", "", str(context.case.persona.age).strip().lower())
    return said == age or (age.isdigit() and said == f"{age} year")


# the whole sentence is a name: "Gareth Moffat.", "My name is Tunde Bakare.", "I'm Joanne
# Price.", "Dennis Walsh's daughter."
_ONLY_NAME = re.compile(r"^(?:(?:my name is|my name's|i'm|i am|it's|this is) )?"
                        r"([a-z][a-z' -]{1,60}?)[.!]?$")


_TIE = re.compile(r",? (?:the |his |her )?([a-z]+) of ([a-z' -]{1,40}?)[.!]?$")
_TIE_OWNED = re.compile(r", ([a-z -]{1,40}?)'s ([a-z]+)[.!]?$")


def says_own_name(context: Context, low: str) -> bool:
    """The sentence gives the speaker's own name, as the case does (the persona's, or the
    informant's, or the informant as the patient's relation), and nothing else."""
    persona = (context.case.persona.name or "").lower().split()
    informant = context.case.informant
    low = low.strip()
    # the informant's name and tie to the patient: "I'm Karen, the daughter of Dennis Walsh"
    tie = _TIE.search(low)
    owned = _TIE_OWNED.search(low)
    if (tie or owned) and informant.role.value != "patient":
        relation, whose = (tie.group(1), tie.group(2)) if tie else (owned.group(2),
                                                                     owned.group(1))
        if relation != informant.relationship.lower() or not set(whose.split()) <= set(persona):
            return False
        low = low[:(tie or owned).start()]
    m = _ONLY_NAME.match(low)
    if not m:
        return False
    said = re.sub(r"'s\b", " ", m.group(1)).split()
    names = set(persona) | set(informant.name.lower().split())
    relation = informant.relationship.lower()
    if relation and said and said[-1] == relation and informant.role.value != "patient":
        said = said[:-1]  # "Dennis Walsh's daughter"
        return bool(said) and set(said) <= set(persona)
    return bool(said) and set(said) <= names


# "around the time I turned sixty-five": an age reached is one the speaker is at least
# ("me hitting sixty", "I'm turning fifty")
_TURNED = re.compile(r"\b(?:i(?:'d| had)? (?:turned|hit|reached)|me (?:hitting|turning|reaching)|"
                     r"(?:i'?m|i am) (?:just )?(?:hitting|turning)) (\d{1,3})\b")
# an age had for a few months is the age now: "I've only been fifty a few months"
_BEEN_AGE = re.compile(r"\b(?:i'?ve|i have) (?:only |just )?been (\d{1,3}) (?:for )?"
                       r"(?:a few|a couple of|some|\d+(?: to \d+)?) (?:months|weeks)\b")


# the speaker as a child, now or then: "I'm a little girl", "when I was just a little boy"
_CHILD_NOW = re.compile(r"\bi'?m (just |only |still )?(a )?(little|young|small) (girl|boy)\b|"
                        r"\bi'?m (just |only |still )?a (child|kid|toddler|baby|schoolgirl|"
                        r"schoolboy)\b")
_CHILD_THEN = re.compile(r"\bi (was|'m|am) (just |only |still )?(a )?(little |young |small )?"
                         r"(girl|boy)\b")


_BODY_ASKED = re.compile(r"\b(tall|height|weigh|weight|shoe size|size)\b")
# the speaker's height in words: "I'm not a tall person", "I'm quite short"
_HEIGHT_WORDS = re.compile(r"\b(?:i'?m|i am) (?:not )?(?:(?:a|very|quite|fairly|really|pretty|"
                           r"bit|a bit|on the) )*(tall|short|small)(?:ish)?(?: (?:person|man|woman|"
                           r"lad|lass|guy|side|one))?(?=\s*[,.!?]|$)")


def height_unheld(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """The speaker's height said in words, which no carried fact gives: a student would
    take it for a finding as surely as a figure."""
    if not _HEIGHT_WORDS.search(low):
        return None
    if any(re.search(r"\b(tall|short|height|small)\b", c.fact.words.lower()) for c in carried):
        return None
    return ("a height no carried fact gives", [])


# the speaker as a grown man or woman: "I'm a married man", "I'm a woman of sixty"
_GROWN_SEX = re.compile(r"\bi'?m (a|an) (?:(?:married|single|old|older|young|grown|retired|"
                        r"working) )?(man|woman|bloke|lady|gentleman|chap|fella)\b")
_OTHER_SEX = {"male": ("woman", "lady"), "female": ("man", "bloke", "gentleman", "chap", "fella")}
_SEXED = {"male": "a man", "female": "a woman"}


# a year of birth, or its decade: "born in 1985", "born in the 1980s"
_BORN_IN = re.compile(r"\b(?:i was|i'?m) born in (?:the )?((?:19|20)\d\d)(s)?\b")


def birth_year_against_age(context: Context, low: str) -> tuple[str, list[str]] | None:
    """A year of birth the persona's age, counted back from the turn's day, does not fit (the
    patient speaking): "I was born in the 1980s" from a woman of 27."""
    age = str(context.case.persona.age).strip()
    m = _BORN_IN.search(low)
    if context.case.informant.role.value != "patient" or not age.isdigit() or not m:
        return None
    born = context.today.year - int(age)  # or the year before, birthday not yet had
    first = int(m.group(1))
    last = first + 9 if m.group(2) else first
    if born < first or born - 1 > last:
        return (f"a year of birth the persona's age does not fit ({age})", [])
    return None


def age_against_persona(context: Context, low: str) -> tuple[str, list[str]] | None:
    """The speaker's own age said, where the persona gives another (the patient speaking);
    a child, where the persona is grown; a girl once, where he is a man, or a boy, where
    she is a woman."""
    if context.case.informant.role.value != "patient":
        return None
    age = str(context.case.persona.age).strip()
    then = _CHILD_THEN.search(low)
    sex = context.case.persona.sex.value
    grown_sex = _GROWN_SEX.search(low)
    if grown_sex and grown_sex.group(2) in _OTHER_SEX.get(sex, ()):
        return (f"a {grown_sex.group(2)}, where the persona is {_SEXED[sex]}", [])
    if then and {"male": "girl", "female": "boy"}.get(sex) == then.group(5):
        return (f"a {then.group(5)}, where the persona is {_SEXED[sex]}", [])
    # (a number to "how tall are you?" is a height, whatever it leaves unsaid)
    if not age.isdigit() or _BODY_ASKED.search(context.question.lower()):
        return None
    if int(age) >= 18 and _CHILD_NOW.search(low):
        return (f"a child, where the persona is {age}", [])
    text = digits(low)
    for m in _MY_AGE.finditer(text):
        if not _MY_AGE_TAIL.match(text[m.end():]):
            continue
        said = int(m.group(2))
        if abs(said - int(age)) > (2 if m.group(1) in _ROUGH_AGE else 0):
            return (f"an age the persona does not give ({age})", [])
    for m in _BEEN_AGE.finditer(text):
        if abs(int(m.group(1)) - int(age)) > 1:
            return (f"an age the persona does not give ({age})", [])
    recent = _RECENT.search(low)
    for m in _TURNED.finditer(text):
        # an age reached lately is about the age now: "just after I turned forty", at 52
        if int(m.group(1)) > int(age) + 1 or (recent and abs(int(m.group(1)) - int(age)) > 2):
            return (f"an age the persona does not give ({age})", [])
    # a birthday the speaker has not reached, or a recent one that is not this age's: "not
    # long after my sixtieth birthday" from a man of 52
    for m in _BIRTHDAY.finditer(low):
        word = m.group(1) or m.group(3)
        n = _ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
        if n is None:
            continue
        if n > int(age) + 1 or (recent and abs(n - int(age)) > 2):
            return (f"a birthday the persona's age does not fit ({age})", [])
    return None


_ORDINALS = {"eighteenth": 18, "twenty-first": 21, "twentieth": 20, "thirtieth": 30,
             "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "sixty-fifth": 65,
             "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90}
# (a round birthday needs no "birthday": "the week of my fortieth")
_BIRTHDAY = re.compile(r"\bmy ([a-z-]+th|[a-z-]+first|\d+(?:st|nd|rd|th)) (birthday|birthday "
                       r"party)\b|\bmy (" + "|".join(_ORDINALS) + r")\b(?! (time|go|attempt))")
_RECENT = re.compile(r"\b(just (after|before)|not long (after|before)|shortly (after|before)|"
                     r"recently|last (month|year|week)|this year|a few (weeks|months) (ago|after)|"
                     r"months? ago|weeks? ago|the (week|day|month) of)\b")


_SPOUSE = {"husband": re.compile(r"\bmy (husband|hubby)\b"),
           "wife": re.compile(r"\bmy (wife|missus|missis)\b")}


def spouse_against_case(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A husband where the case gives the speaker a wife, or a wife where it gives a
    husband."""
    text = idx.allowed_text
    for said, other in (("husband", "wife"), ("wife", "husband")):
        if _SPOUSE[said].search(low) and _SPOUSE[other].search(text) and not re.search(
                rf"\b{said}\b", text):
            return (f"a {said} where the case gives a {other}", [])
    return None


# Who the speaker lives with, said ("I'm at home with my friends", "I live on my own"),
# by household standing: a wife, a husband, a girlfriend are all a partner.
_LIVES_WITH = re.compile(r"\b(?:i live|i'?m living|i'?m at home|i stay|i share (?:a|the|my) "
                         r"(?:flat|house|home|place)|it'?s just me) (?:with|and) ([^.;!?]{2,60})")
_LIVES_ALONE = re.compile(r"\bi live (?:on my own|alone|by myself)\b|\bi'?m on my own at home\b")
_HOUSEHOLD = {"partner": r"wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|hubby|missus",
              "friend": r"friends?|flatmates?|housemates?|mates?",
              "child": r"kids|children|son|sons|daughter|daughters|boys?|girls?|lads?|baby",
              "parent": r"mum|dad|mother|father|parents|mam",
              "sibling": r"brothers?|sisters?"}


def _household(text: str) -> set[str]:
    return {k for k, words in _HOUSEHOLD.items() if re.search(rf"\b({words})\b", text)}


# no partner: "I'm a single parent", "I'm divorced", "never married"
_SINGLE = re.compile(r"\bi'?m (still |now )?(a )?(single|divorced|widowed|separated|a widow|"
                     r"a widower)\b|"
                     r"\bi('ve| have) been (divorced|widowed|single)\b|\b(i|we) got divorced\b")
# never married: no wife or husband, though a partner may share the home
_UNMARRIED = re.compile(r"\bi'?m (still )?(not married|unmarried)\b|\bi('ve| have) never (been |"
                        r"got )?married\b")
_MARRIED = re.compile(r"\bi'?m (a )?married\b|\bmarried to\b|\bi('ve| have) got (a )?(wife|"
                      r"husband)\b")
_PARTNER = re.compile(r"\b(my|our) (wife|husband|partner|hubby|missus|other half)\b")
_SPOUSE_NAMED = re.compile(r"\b(my|our) (wife|husband|hubby|missus)\b")


def single_where_partnered(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """No partner said, where a fact in the speaker's voice names one ("I live with my wife,
    Julie"); never married, where one names a wife or a husband."""
    single, unmarried = _SINGLE.search(low), _UNMARRIED.search(low)
    if not single and not unmarried:
        return None
    named = _PARTNER if single else _SPOUSE_NAMED
    for info in idx.facts.values():
        if named.search(info.fact.words.lower().replace("’", "'")):
            return (f"no partner, where {info.fact.id} names one", [info.fact.id])
    return None


def marriage_unheld(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """Married or not, said where no carried fact speaks of a partner: social history a
    student records, as any other."""
    said = _SINGLE.search(low) or _UNMARRIED.search(low) or _MARRIED.search(low)
    # ("I'm not sure I'm married" wonders, and says neither)
    if not said or re.search(r"\bnot (really |quite )?sure\b[^,.;]*$", low[:said.start()]):
        return None
    if any("partner" in _household(words) or re.search(r"\bmarried\b", words)
           for words in (c.fact.words.lower() for c in carried)):
        return None
    return ("married or not, which no carried fact tells", [])


def household_against_case(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """Someone the speaker says they live with whom the home fact does not give, or living
    alone where it gives someone. Held only to a home fact told in the speaker's own first
    person (an informant's "he lives on his own" is the patient's home, not hers)."""
    said = _LIVES_WITH.search(low)
    alone = _LIVES_ALONE.search(low)
    if not said and not alone:
        return None
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        if info.fact.category is not Category.social or not re.search(
                r"^i (live|share)\b", words):
            continue
        home = _household(words)
        if alone and home:
            return (f"living alone, where {info.fact.id} gives a household", [info.fact.id])
        named = _household(said.group(1)) if said else set()
        extra = named - home
        if extra:
            return (f"lives with a {sorted(extra)[0]}, where {info.fact.id} gives none",
                    [info.fact.id])
    return None


_OWN_CHILD = re.compile(r"\bmy (?:little |baby |eldest |youngest |oldest |two |three |young )?"
                        r"(?:boy|boys|girl|girls|son|sons|daughter|daughters|kids|children|"
                        r"baby|lad|lads|little one|little ones)\b")
_NO_CHILDREN = re.compile(r"\b(never been pregnant|no children|no kids|never had (any )?"
                          r"(children|kids|a baby))\b")


def child_where_none(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A child of the speaker's own where a fact says she has never been pregnant or has no
    children."""
    if not _OWN_CHILD.search(low):
        return None
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        if _NO_CHILDREN.search(words) and (info.fact.polarity is Polarity.absent
                                           or "no children" in words or "no kids" in words):
            return (f"a child of the speaker's own, where {info.fact.id} gives none",
                    [info.fact.id])
    return None


# "my chest is fine", "my stomach's been alright": a part the default calls fine
_FINE = re.compile(r"\b(?:my|her|his) ([a-z]+)(?:'s| is| are|'re| look| looks| have looked| "
                   r"has looked)(?: been)? (?:fine|alright|all right|okay|ok|grand|good|normal)\b")
# a part by its other names, and what the eyes show that no symptom word names: "her left
# pupil looked bigger", "sunken and glassy", "streaming"
_PART_ALIASES = {"eyes": r"eyes?|pupils?|eyelids?", "eye": r"eyes?|pupils?|eyelids?"}
_EYE_FINDINGS = re.compile(r"\b(sunken|glassy|stream\w*|watery|bigger|smaller|dilated|"
                           r"squint\w*|bloodshot|puffy|yellow\w*)\b")


def _eye_text(idx: CaseIndex) -> str:
    """What the case's present facts say where they speak of the eyes: read once per index."""
    text = idx.memo.get("eye_text")
    if text is None:
        text = idx.memo["eye_text"] = " ".join(
            i.fact.words.lower() for i in idx.facts.values()
            if i.fact.polarity is Polarity.present
            and re.search(r"\b(eyes?|pupils?)\b", i.fact.words.lower()))
    return str(text)


_EXCEPT = re.compile(r"\b(apart from|except|otherwise|other than|for my age|as far as)\b")


def part_said_fine(context: Context, idx: CaseIndex, low: str,
                   carried_stems: frozenset[str]) -> tuple[str, list[str]] | None:
    """A complaint of a part the case's defaults call fine, in no fact's words ("my chest's
    been tight" where the respiratory default says the chest is fine)."""
    held = carried_stems | idx.present_stems
    for category, text in context.case.defaults.items():
        t = text.lower().replace("’", "'")
        if _EXCEPT.search(t):
            continue
        for m in _FINE.finditer(t):
            part = m.group(1)
            names = _PART_ALIASES.get(part, re.escape(part))
            for clause in negation.affirmative_clauses(low):
                if not re.search(rf"\b(?:{names})(?:'s|s)?\b", clause):
                    continue
                new = [w for w in SYMPTOM_WORDS.findall(clause)
                       if not any(covers(held, s) for s in content_stems(normalise(w)))]
                # (what the eyes show is new where no fact that speaks of the eyes says it)
                if part in ("eye", "eyes"):
                    eye_text = _eye_text(idx)
                    new += [w for w in _EYE_FINDINGS.findall(clause)
                            if not re.search(rf"\b{re.escape(w[:5])}", eye_text)]
                if new:
                    return (f"a complaint of the {part}, which the {category.value} default "
                            f"says is fine: {', '.join(new)}", [])
    return None


_MANY_ILLS = re.compile(r"\b(all sorts|loads|lots|tons|a (whole )?(list|host|load|raft) of things|"
                        r"everything under the sun) (wrong|the matter) with me\b|"
                        r"\ba (whole |long )?list of (things|problems|conditions|illnesses)\b")


def many_ills(context: Context, low: str) -> tuple[str, list[str]] | None:
    """A long list of illnesses claimed where the past-medical default gives nothing else."""
    default = next((t for c, t in context.case.defaults.items()
                    if c.value == "past_medical"), "")
    if _MANY_ILLS.search(low) and negation.denies(default.lower()):
        return ("a long list of illnesses, where the past_medical default gives nothing else",
                [])
    return None


# how often a habit comes round: every day, or only at the weekend
_DAILY = re.compile(r"\b(every|each|most) (night|day|evening|morning|lunchtime)s?\b|\bdaily\b|"
                    r"\bnightly\b|\bday in,? day out\b|\bseven (days|nights) a week\b")
_WEEKLY = re.compile(r"\b(weekends?|saturdays?|sundays?|fridays?|a week|per week|once a week|"
                     r"twice a week|on a night out|nights? out|now and (then|again)|occasional\w*|"
                     r"special occasions?|christmas|birthdays?)\b")


def cadence_disagrees(idx: CaseIndex, context: Context, low: str
                      ) -> tuple[str, list[str]] | None:
    """A habit said to come round every day where the planned fact gives it only at the
    weekend or now and then ("four pints most nights" for "four pints on a Saturday"), or
    the other way round."""
    said_daily, said_weekly = bool(_DAILY.search(low)), bool(_WEEKLY.search(low))
    if said_daily == said_weekly:
        return None
    # a medicine named is its own habit: "atorvastatin every night" beside the drinking
    drugs_said = {n for i in idx.facts.values() for n in i.drug_names
                  if re.search(rf"\b{re.escape(n)}\b", low)}
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present:
            continue
        if drugs_said and not drugs_said & set(info.drug_names):
            continue
        words = f"{info.fact.words} {info.fact.value or ''}".lower().replace("’", "'")
        daily, weekly = bool(_DAILY.search(words)), bool(_WEEKLY.search(words))
        if daily == weekly:
            continue
        # a habit of something else: "a glass of water every day" beside the weekend pints
        if SOFT_DRINKS.search(low) and not SOFT_DRINKS.search(words):
            continue
        if said_daily != daily:
            return (f"how often disagrees with {fid}", [fid])
    return None


# what only a body of one sex has been through, said of the speaker's own
_FEMALE_ONLY = re.compile(r"\b(i was pregnant|i'?m pregnant|when i was expecting( (with|him|her|"
                          r"the|my|our)\b|[,.!?]|$)|my (pregnancy|pregnancies|periods?|womb|"
                          r"ovar(y|ies)|menopause|cervix|smear)|i gave birth)\b")
_MALE_ONLY = re.compile(r"\bmy (prostate|testicles?|balls)\b")
# screening only a woman's body is offered, said as had (a man may truly say he never has)
_FEMALE_CARE = re.compile(r"\b(had|have|having|get|getting|been|go for) (a |my |the |any |some )?"
                          r"(smear|cervical screening|mammogram)")


def sex_against_persona(context: Context, low: str) -> tuple[str, list[str]] | None:
    """The speaker's own pregnancy or periods where the persona is a man, or a prostate where
    she is a woman (the patient speaking)."""
    if context.case.informant.role.value != "patient":
        return None
    sex = context.case.persona.sex.value
    if sex == "male" and _FEMALE_ONLY.search(low):
        return ("a woman's history where the persona is a man", [])
    if sex == "male" and _FEMALE_CARE.search(" . ".join(negation.affirmative_clauses(low))):
        return ("a woman's screening, had, where the persona is a man", [])
    if sex == "female" and _MALE_ONLY.search(low):
        return ("a man's body where the persona is a woman", [])
    return None


# The speaker's own work, where a sentence names it: a trade, or a place worked at.
_TRADES = ("bank|banker|office|desk|factory|warehouse|school|teacher|shop|supermarket|"
           "call centre|building site|farm|farmer|railways?|post office|postman|postie|nursery|"
           "care home|carer|garage|mechanic|restaurant|chef|pub|hotel|council|police|army|"
           "nurse|driver|lorry|builder|plumber|electrician|accountant|lawyer|solicitor|cleaner|"
           "engineer|secretary|gardener|labourer|printing firm|printers|uni|university|student")
_OWN_WORK = re.compile(
    r"\b(?:i'?m|i am|i was|i'?ve been|i work(?:ed)? as|i used to be) (?:an? |the )?(?:[a-z]+ )?"
    rf"({_TRADES})\b(?! (?:run|trip|appointment|visit))"
    r"|\b(?:i|i'?ve|i'?d|i was|i'?m|i am) (?:still |just )?(?:work|worked|working|retired|been) "
    r"(?:at|in|for|from) "
    rf"(?:an? |the |my )?(?:[a-z]+ )?({_TRADES})\b"
    r"|\b(?:i was|i'?m|i am) (?:still )?(?:stuck |sat |sitting )?behind (?:a|my|the) (desk)\b"
    # "still stuck in an office job"
    rf"|\b(?:i was|i'?m|i am) (?:still )?(?:stuck |working )?in (?:an?|my) ({_TRADES}) job\b"
    # "round the time I'd started driving buses full-time"
    r"|\b(?:i|i'?d|i had|i'?ve|i have) (?:just )?(?:started|began|begun|took up|taken up|gone) "
    r"(driving) (?:the )?(?:buses|lorries|taxis|cabs|trains|vans|coaches|hgvs)\b")
_RETIRED = re.compile(r"\b(i'?d|i had|i'?ve|i have|since i|when i|after i|time i) (just )?"
                      r"retired\b|\b(i'?m|i am) retired\b|"
                      # "round the time I started drawing my state pension"
                      r"\bi('m| am| was|'ve| have|'d| had)? (just )?(started |begun |began |been )?"
                      r"(drawing|collecting|claiming|on) "
                      r"(my |the )?(state |old age )?pension\b")
# work lost: laid off, made redundant
_LAID_OFF = re.compile(r"\b(laid me off|(i was|i got|i'?ve been) (laid off|made redundant)|"
                       r"made me redundant|i lost my job)\b")
_OWN_BOSS = re.compile(r"\bmy (boss|gaffer|manager|line manager|supervisor|employer|foreman)\b")
# the same work in other words: a desk is an office's, a site an engineer's
_SAME_WORK = {"desk": "office manager secretary marketing", "office": "manager secretary desk",
              "site": "engineer builder", "railway": "signalman", "railways": "signalman",
              "postie": "postman", "postman": "postie", "uni": "university student",
              "university": "uni student", "student": "uni university", "printers": "printing",
              "school": "secretary teacher", "driving": "driver"}


def work_against_persona(context: Context, low: str) -> tuple[str, list[str]] | None:
    """The patient's own trade or workplace where the persona gives another ("stuck behind a
    desk at the bank" where he is a landscape gardener)."""
    case = context.case
    if case.informant.role.value != "patient" or not case.persona.occupation:
        return None
    work = " ".join([case.persona.occupation] + [
        f.words for f in case.facts if re.search(r"occupation|work|job", f.attribute.lower())
    ]).lower()
    # retired, where the persona still works ("after I'd retired from the gardening")
    if _RETIRED.search(low) and "retire" not in work and "redundan" not in work:
        return ("retired, where the persona still works", [])
    if _LAID_OFF.search(low) and not re.search(r"redundan|laid off|lost (my|his|her) job|"
                                               r"unemployed|out of work", work):
        return ("work lost, where the persona still works", [])
    # a boss of one's own, where the persona works for himself
    if "self-employed" in work and (m := _OWN_BOSS.search(low)):
        return (f"{m.group(0)}, where the persona is self-employed", [])
    said = [next(g for g in m.groups() if g) for m in _OWN_WORK.finditer(low)]
    # asked what they do, any trade named by its worker ("I'm a medical writer"), not
    # only those listed above
    if _ASKS_WORK.search(context.question.lower()):
        said += [m.group(1) for m in _WORKER.finditer(low)]
    for trade in said:
        known = [trade, *_SAME_WORK.get(trade, "").split()]
        # (a "nursery nurse" is no nurse)
        if not any(re.search(rf"(?<!nursery )\b{re.escape(k)}(?!ry\b)", work) for k in known):
            return (f"work the persona does not do: {trade}", [])
    return None


_ASKS_WORK = re.compile(r"\b(for a living|your (job|work|occupation)|do you work|what do you do|"
                        r"where do you work)\b")
# a worker by the trade's noun: "an assistant", "a medical writer", "a bus driver"
_WORKER = re.compile(r"\b(?:i'?m|i am|i work as|i was|i used to be) an? (?:[a-z-]+ ){0,2}?"
                     r"([a-z-]+(?:er|or|ist|ian|ant|man|woman|nurse|chef|clerk|cook|vet|"
                     r"pilot|guard|porter|medic))\b")


_NO_KIDS = re.compile(r"\b(i )?(don'?t|do not) have (any )?(children|kids)\b|"
                      r"\bi have no (children|kids)\b|"
                      r"\bi'?m not a (mum|mother|mam|dad|father|parent)\b")


def no_children_where_some(idx: CaseIndex, context: Context, low: str
                           ) -> tuple[str, list[str]] | None:
    """"I don't have any children" from a parent speaking for her child, or from a speaker whose
    own first-person facts name a child of theirs."""
    if not _NO_KIDS.search(low):
        return None
    if context.case.informant.role.value == "parent":
        return ("no children, from the parent who speaks for one", [])
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        if info.fact.polarity is Polarity.present and _OWN_CHILD.search(
                words.replace("our ", "my ")):
            return (f"no children, where {info.fact.id} names one", [info.fact.id])
    return None


# the speaker's children, how many and which: "our two lads", "all three of our boys", "my
# daughter"
_NUMBERS = {**UNITS, "both": 2}
_KIDS_SAID = re.compile(r"\b(?:(all |both )?(one|two|three|four|five|six) of |(both) )?(?:my|our) "
                        r"(?:(?:little|eldest|youngest|oldest|grown-up|grown up) )?"
                        r"(one|two|three|four|five|six)? ?(boys?|lads?|sons?|girls?|daughters?|"
                        r"kids|children)\b")
_MALE = {"boy", "boys", "lad", "lads", "son", "sons"}
_FEMALE = {"girl", "girls", "daughter", "daughters"}


def _kids(text: str) -> list[tuple[int | None, str | None]]:
    """Each mention of the speaker's children: how many (when said) and which sex (when
    said)."""
    out: list[tuple[int | None, str | None]] = []
    for m in _KIDS_SAID.finditer(text):
        word = m.group(5)
        number = m.group(2) or m.group(3) or m.group(4)
        # (a bare "my son" gives no number: one of several is still "my son")
        count = _NUMBERS.get(number) if number else None
        sex = "male" if word in _MALE else "female" if word in _FEMALE else None
        out.append((count, sex))
    return out


def children_against_case(idx: CaseIndex, context: Context, low: str
                          ) -> tuple[str, list[str]] | None:
    """The speaker's children given another number or sex than the case's own first-person
    home fact gives them ("our two girls" where it says "our two lads")."""
    if context.case.informant.role.value == "parent":
        return None  # a parent's "my daughter" is the patient, or a sibling the case names
    said = _kids(low)
    if not said:
        return None
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        if info.fact.category is not Category.social or info.fact.polarity is not Polarity.present:
            continue
        for held_count, held_sex in _kids(words):
            for count, sex in said:
                if held_sex and sex and held_sex != sex and (held_count or count):
                    return (f"the speaker's children as {sex}, where {info.fact.id} gives them "
                            f"as {held_sex}", [info.fact.id])
                if held_count and count and held_count != count:
                    return (f"{count} children, where {info.fact.id} gives {held_count}",
                            [info.fact.id])
    return None


# a good mood or a high regard of oneself, said as the speaker's own ("I'm happy to" is willing)
_GOOD_MOOD = re.compile(r"\b(i'?m|i am|i feel|i'?ve been|i'?ve been feeling|i'?m feeling) "
                        r"(really |very |so |quite |dead )?(proud of myself|"
                        r"happy(?! to| for| with| that| if)|"
                        r"on top of the world|full of beans|cheerful|on cloud nine|over the moon|"
                        r"in great spirits|in good spirits)\b")
# a low mood or a low regard of oneself, as a fact gives it
_LOW_MOOD = re.compile(r"\b(feeling (really |so |very )?low|like a failure|worthless|hopeless|"
                       r"let (my family|everyone|them) down|depressed)\b")


def mood_against_case(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A good mood or pride in oneself where a fact gives a low mood or feeling a failure."""
    if not any(_GOOD_MOOD.search(c) for c in negation.affirmative_clauses(low)):
        return None
    for info in idx.facts.values():
        if info.fact.polarity is Polarity.present and _LOW_MOOD.search(info.fact.words.lower()):
            return (f"a good mood where {info.fact.id} gives a low one", [info.fact.id])
    return None


def persona_disagrees(idx: CaseIndex, context: Context, low: str, pol: str,
                      carried: list[FactInfo], carried_stems: frozenset[str]
                      ) -> tuple[str, list[str]] | None:
    # a spouse, a child or a pregnancy named is there even in a denial ("I can't leave my
    # boys", "nothing like it since I was pregnant")
    held = (spouse_against_case(idx, low) or child_where_none(idx, low)
            or sex_against_persona(context, low) or household_against_case(idx, low)
            or no_children_where_some(idx, context, low) or single_where_partnered(idx, low)
            or children_against_case(idx, context, low))
    if held or pol == "absent":
        return held
    return (age_against_persona(context, low) or birth_year_against_age(context, low)
            or part_said_fine(context, idx, low, carried_stems)
            or many_ills(context, low) or cadence_disagrees(idx, context, low)
            or work_against_persona(context, low) or mood_against_case(idx, low))


# "my wife Sandra": a partner by name (the original capitals, since a name is known by them)
_PARTNER_NAMED = re.compile(r"\b(?:[Mm]y|[Oo]ur) (wife|husband|partner|hubby|missus|other half),? "
                            r"([A-Z][a-z]{2,})\b")
# "Julie said, 'Steve, that mole's changed'": the speaker called by name in another's words
_CALLED = re.compile(r"\b(?!I\b)([A-Za-z]+) (?:said|says|goes|went|asked|shouted|told me),? "
                     r"['\"‘“]([A-Z][a-z]{2,}),")


# someone named beside how they stand to the speaker: "my wife Julie", "Julie, my wife"
_RELATION = (r"(ex-wife|ex-husband|ex-partner|ex|wife|husband|partner|daughter|son|mum|mother|"
             r"dad|father|brother|sister|"
             r"girlfriend|boyfriend|fiancee|fiance|granddaughter|grandson|neighbour|friend|flatmate)")
_REL_THEN_NAME = re.compile(rf"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) {_RELATION},? ([A-Z][a-z]{{2,}})\b")
_NAME_THEN_REL = re.compile(rf"\b([A-Z][a-z]{{2,}}),? (?:my|our|his|her) {_RELATION}\b")
# one standing, several words. A partner may be a wife or a girlfriend; a wife is not a
# girlfriend ("my girlfriend, Julie" where Julie is the wife)
_SAME_STANDING = {"mum": "mother", "dad": "father", "wife": "spouse", "husband": "spouse",
                  "girlfriend": "courting", "boyfriend": "courting", "fiancee": "courting",
                  "fiance": "courting", "ex": "former", "ex-wife": "former",
                  "ex-husband": "former", "ex-partner": "former"}
_PARTNERS = {"wife", "husband", "partner", "girlfriend", "boyfriend", "hubby", "missus",
             "other half", "fiancee", "fiance"}


def _relations(text: str) -> dict[str, str]:
    """Each name a text gives beside a relation, lower case, to that relation."""
    out: dict[str, str] = {}
    for m in _REL_THEN_NAME.finditer(text):
        out.setdefault(m.group(2).lower(), m.group(1))
    for m in _NAME_THEN_REL.finditer(text):
        out.setdefault(m.group(1).lower(), m.group(2))
    return out


# a capital that opens a sentence and names no one: "Yes, my wife does the cooking"
_OPENER = re.compile(r"^(yes|yeah|yep|no|nope|well|and|but|now|then|sorry|honestly|only|just|"
                     r"aye|right|okay|sure|look|listen|actually|also|plus|because|since|though|"
                     r"apart|except|not|even|both|doc|doctor|thanks|please|mostly|mainly|"
                     r"usually|sometimes|once|love|dear|mate|oh|ooh|erm|mind|anyway|besides)$",
                     re.IGNORECASE)


def _standing(relation: str) -> str:
    return _SAME_STANDING.get(relation, relation)


def _same_standing(said: str, held: str) -> bool:
    # "partner" covers a wife and a girlfriend alike
    return _standing(said) == _standing(held) or (
        said in _PARTNERS and held in _PARTNERS and "partner" in (said, held))


def name_against_case(idx: CaseIndex, sentence: str) -> tuple[str, list[str]] | None:
    """A partner by a name the case does not give her, where it names the people about the
    patient; someone the case names, given another standing ("my daughter Julie" where Julie
    is the wife); the speaker called by another's name in someone's quoted words."""
    text = sentence.replace("’", "'")
    own = {p for n in idx.own_names for p in n.split()}
    # ("Sharon, my wife" as "my wife, Sharon")
    named = [(m.group(1), m.group(2)) for m in _PARTNER_NAMED.finditer(text)] + [
        (m.group(2), m.group(1)) for m in _NAME_THEN_REL.finditer(text)
        if m.group(2) in _PARTNERS and not _OPENER.match(m.group(1))]
    for rel, who in named:
        if idx.people and re.search(rf"\bmy {rel}\b", idx.allowed_text):
            name = who.lower()
            if name not in idx.people and name not in own:
                return (f"a {rel} named {who}, a name the case does not give", [])
    # a person the case names, given another standing: "my daughter Julie" where Julie is
    # the wife
    theirs = idx.memo.get("relations")
    if theirs is None:
        theirs = idx.memo["relations"] = {
            name: rel for name, rel in _relations(idx.case.model_dump_json()).items()
            if name in idx.people}
    for name, rel in _relations(text).items():
        held = theirs.get(name)  # type: ignore[union-attr]
        if held and not _same_standing(rel, held):
            return (f"calls {name.title()} the {rel}, where the case gives the {held}", [])
    m = _CALLED.search(text)
    if m and m.group(2).lower() not in own and m.group(1).lower() in (
            set(idx.people) | {"she", "he", "wife", "husband", "partner", "mum", "dad"}):
        return (f"the speaker called {m.group(2)}, a name the case does not give", [])
    return None
