"""The complaint's own age and presence, against what a sentence says of it: "going on for
ages" of an illness of days, a bout that outlasts the illness, a first time years ago, and
"completely well" said by a patient who came in ill."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, normalise
from osce.guard import negation, people
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context
from osce.guard.numbers import Figures
from osce.guard.terms import BODY_PARTS
from osce.models.case import Category, Polarity

# days: what no one calls "a long time" of an illness, and an illness this young has no bout
# of weeks and no first time years ago
A_WEEK = 7.0
A_SEASON = 91.0

# a bout's length: "the first bout lasted for two weeks", "each attack goes on for hours"
_BOUT = re.compile(r"\b(bouts?|episodes?|attacks?|spells?|flares?|flare-ups?)\b[^.;]{0,40}"
                   r"\b(lasts?|lasted|lasting|went on|goes on|go on)\b")
# when it was first noticed, asked
_FIRST_ASKED = re.compile(r"\b(first (time|noticed|notice)|when did (it|this|the \w+) (all )?"
                          r"(first )?(start|begin|come on)|"
                          r"when (it|this) (first )?(started|began))\b")
# ... or the start said beside it: "..., when I was 16 years old when it started"
_START_SAID = re.compile(r"\b(when it (first )?(started|began)|it (all )?(started|began)|"
                         r"and i started)\b")
# the speaker's age then: "I was 15 years old", "I was a young man"
_AGE_THEN = re.compile(r"\bi was (?:just |only |still )?(?:an? )?(\d{1,2})"
                       r"(?:-year-old| years? old)\b")
_YOUNG_THEN = re.compile(r"\bi was (just |only |still )?(a |an )?(young (man|woman|lad|girl|boy)|"
                         r"little (girl|boy)|kid|child|teenager|baby|toddler)\b")
# ... answered with a time of life long gone: "a few years ago", "in the 12th grade"
_LONG_AGO = re.compile(r"\b((a few|several|many|some|\d+) years ago|years back|when i was (just )?"
                       r"(a |an )?(little|kid|child|young|teenager|girl|boy|baby|toddler)|"
                       r"\d+(st|nd|rd|th) grade|(at|in) (primary|secondary|high) school|"
                       r"as a (kid|child|teenager))\b")
# well through and through, said now: not "completely well until Tuesday"
_WELL = re.compile(r"\b(i'?ve been|i'?m|i am|i feel|i'?ve been feeling|i'?m feeling|he'?s been|"
                   r"she'?s been|he'?s|she'?s) (feeling )?(completely|perfectly|absolutely|"
                   r"totally) (well|fine|normal|healthy|ok|okay|alright)\b(?![^.;]*\b(until|till|"
                   r"up to|before|apart from|except|other than|but for)\b)")


def _complaint(idx: CaseIndex) -> list[FactInfo]:
    return [i for i in idx.facts.values() if i.fact.category in (
        Category.hpc_onset, Category.presenting_complaint) and i.durations]


def _young(complaint: list[FactInfo]) -> float | None:
    """How old the illness is, in days, where it is a week old or less."""
    spans = [d for c in complaint for d in c.durations]
    return max(spans) if spans and max(spans) <= A_WEEK else None


_LONG = re.compile(r"\b((been|going) on|had (it|this)|been like (this|it)|it's been( there)?|"
                   r"been (ill|poorly|unwell|bad)) (for )?((a|quite a|such a|a very|a really) "
                   r"long (time|while)|ages|years|forever)\b")


# years, said without a figure: "ever since school", "years of it"
_YEARS_LONG = re.compile(r"\b(ever since (school|(i|he|she) was (a |at )?(kid|lad|lass|child|"
                         r"teenager|school|little|baby|young|youngster))|years of it)\b")


def long_where_short(idx: CaseIndex, low: str, carried: list[FactInfo], topics: set[str]
                     ) -> tuple[str, list[str]] | None:
    """"It's been going on for a long time" of a complaint the case begins days ago: a span
    in words, against the complaint's own (the carried facts', else the case's onset);
    "ever since school" against one that began within the season."""
    own = people.about_the_patient(low, idx.people)
    years = _YEARS_LONG.search(own)
    if not (_LONG.search(own) or years) or negation.polarity(own) == "absent":
        return None
    if years:  # ("school" is when, not what)
        topics = topics - set(content_stems(normalise(years.group(0))))
    complaint = [c for c in carried if c.fact.category.is_hpc and c.durations] or _complaint(idx)
    # (the subject may be the presenting complaint the onset fact leaves unnamed: "always
    # been a thirsty lad" beside "it started three weeks ago")
    if topics and not any(covers(c.stems, t) for c in complaint + carried for t in topics):
        return None
    spans = [d for c in complaint for d in c.durations]
    if spans and max(spans) <= (A_SEASON if years else A_WEEK):
        ids = [c.fact.id for c in complaint]
        when = "weeks" if max(spans) > A_WEEK else "days"
        return (f"a long time, where the complaint began {when} ago: " + ", ".join(ids), ids)
    return None


_ILL_FOR = re.compile(r"\b(been|being) (ill|poorly|unwell|sick|off colour|under the weather|"
                     r"bad with it|like this)\b")
_OUTLASTING = ((_BOUT, "a bout longer than the illness"),
               (_ILL_FOR, "ill for longer than the illness"))


def outlasts_illness(idx: CaseIndex, low: str, fig: Figures) -> tuple[str, list[str]] | None:
    """A bout, or a spell of being ill, said to last longer than the illness has existed
    ("the first bout lasted two weeks", "who's been ill for a few months" where it began
    last night): no part of an illness outlasts it."""
    own = people.about_the_patient(low, idx.people)
    said = fig.durations + fig.course
    what = next((w for pattern, w in _OUTLASTING if pattern.search(own)), None) if said else None
    if what is None:
        return None
    complaint = _complaint(idx)
    age = _young(complaint)
    if age is not None and min(said) > 2 * age:
        ids = [c.fact.id for c in complaint]
        return (f"{what}: " + ", ".join(ids), ids)
    return None


def first_noticed_long_ago(idx: CaseIndex, context: Context, low: str
                           ) -> tuple[str, list[str]] | None:
    """Asked when it was first noticed, or saying when it started, a time of life long gone
    ("a few years ago, when I was in the 12th grade", "I was 15 years old when it started")
    where the illness is under a year old."""
    if not (_FIRST_ASKED.search(context.question.lower()) or _START_SAID.search(low)):
        return None
    own = people.about_the_patient(low, idx.people)
    if not (_FIRST_ASKED.search(context.question.lower()) or _START_SAID.search(own)):
        return None
    aged = _AGE_THEN.search(own)
    persona = idx.case.persona.age.strip()
    if aged and persona.isdigit() and int(aged.group(1)) >= int(persona):
        aged = None  # the age now, or a slip of it, is no time long gone
    if not (_LONG_AGO.search(own) or aged or _YOUNG_THEN.search(own)):
        return None
    complaint = _complaint(idx)
    spans = [d for c in complaint for d in c.durations]
    if spans and max(spans) < 365:
        ids = [c.fact.id for c in complaint]
        return ("first noticed long ago, where the illness is under a year old: "
                + ", ".join(ids), ids)
    return None


# the year it began: "this first began in the year 2015", "it started in 2019"
_BEGAN_IN = re.compile(r"\b(began|begun|started|start|came on|first noticed it|been going on "
                       r"since|had it since) (?:back )?in (?:the year )?((?:19|20)\d\d)\b|"
                       r"\bsince ((?:19|20)\d\d)\b")


def onset_year_disagrees(idx: CaseIndex, context: Context, low: str
                         ) -> tuple[str, list[str]] | None:
    """A year of onset long before the turn's day, where the case's onset is under a year
    old: "This first began in the year 2015" of three months' low mood."""
    m = _BEGAN_IN.search(people.about_the_patient(low, idx.people))
    complaint = _complaint(idx)
    if not m or not complaint:
        return None
    year = int(m.group(2) or m.group(3))
    spans = [d for c in complaint for d in c.durations]
    if context.today.year - year >= 2 and max(spans) < 365:
        ids = [c.fact.id for c in complaint]
        return (f"began in {year}, where the illness is under a year old: " + ", ".join(ids),
                ids)
    return None


def says_completely_well(low: str) -> bool:
    return bool(_WELL.search(low))


def well_despite_complaint(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """"I've been feeling completely well" from a patient (or for a patient) whom the case
    brings in ill: the complaint itself is gainsaid."""
    if not says_completely_well(low):
        return None
    for info in idx.facts.values():
        if info.fact.category is Category.presenting_complaint and (
                info.fact.polarity is Polarity.present):
            return (f"completely well, against the complaint {info.fact.id}", [info.fact.id])
    return None


# Kinds of pain, by their words: a pain said to be of one kind where the character fact gives
# only others is another pain ("a dull ache" of a bursting, thumping headache)
_PAIN_KINDS = {
    "sharp": r"sharp|stabb\w*|stab|knife|knife-like|shooting|piercing",
    "dull": r"dull|grinding|gnawing",
    "crushing": r"crushing|tight|tightness|squeez\w*|tight band",
    "throbbing": r"throbb\w*|thump\w*|pound\w*|bursting|banging",
    "burning": r"burning|burns",
    "cramping": r"crampy|cramping|cramps?|colicky",
}
_KIND_RES = {kind: re.compile(rf"\b({words})\b") for kind, words in _PAIN_KINDS.items()}


_THE_PAIN = re.compile(r"^(the|my|this) (pain|headache|ache)('s| is| was| has been)\b")
_BODY_PART = re.compile(r"\b(" + "|".join(BODY_PARTS.split()) + r")\b")


def _pain_kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _KIND_RES.items() if pattern.search(text)}


def character_disagrees(idx: CaseIndex, low: str, carried: list[FactInfo],
                        context: Context) -> tuple[str, list[str]] | None:
    """A kind of pain affirmed that the character fact does not give: "it's a dull ache" of
    a bursting, thumping headache, "sharp, like a knife" of a crushing band. Held to the
    carried character fact, else to the case's only one."""
    said = _pain_kinds(" ".join(negation.affirmative_clauses(low)))
    # of the complaint's pain, not a calf's cramp or a kneecap's twinge
    if not said or _BODY_PART.search(low):
        return None
    facts = [c for c in carried if c.fact.category is Category.hpc_character]
    planned = bool(facts) and facts[0].fact.id in context.planned
    if not facts and _THE_PAIN.match(low):
        facts = [i for i in idx.facts.values() if i.fact.category is Category.hpc_character]
    if len(facts) != 1 or facts[0].fact.polarity is not Polarity.present:
        return None
    theirs = _pain_kinds(facts[0].fact.words.lower())
    if theirs and said - theirs:
        kind = sorted(said - theirs)[0]
        return (f"a {kind} pain, where {facts[0].fact.id} gives another", [facts[0].fact.id])
    # a pain that changed ("At first it was a dull, crampy ache. Now it's sharp."): said now,
    # with no word of the past, it is held to what it is now
    parts = re.split(r"(?<=[.;])\s+", facts[0].fact.words.lower())
    now = [p for p in parts if not _PAST.search(p)]
    # (held only where the turn asks after the character: what it is like now)
    if planned and len(now) < len(parts) and not _PAST.search(low) and not (
            _CHANGE.search(low)):
        kinds_now = _pain_kinds(" ".join(now))
        if kinds_now and said - kinds_now:
            kind = sorted(said - kinds_now)[0]
            return (f"a {kind} pain now, where {facts[0].fact.id} gives it only before",
                    [facts[0].fact.id])
    return None


_CHANGE = re.compile(r"\b(gone|went|changed|turned|moved|progressed) (from|into|to)\b|\bfrom an? ")
_PAST = re.compile(r"\b(at first|before|previously|used to|was|were|started|began|to begin with|"
                   r"at the start|earlier|had been)\b")


# a clock time the complaint began at: "it started at 11:45 AM", "it came on at 10 o'clock"
_CLOCK_ONSET = re.compile(r"\b(?:started|began|begun|came on|come on|kicked off)\b[^.;]{0,20}?"
                          r"\bat (?:about |around )?(\d{1,2})(?::\d\d)? ?(am|pm|a\.m\.|p\.m\.|"
                          r"o'clock)")
_HOUR_WORDS = {w: n for n, w in enumerate(["one", "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve"], 1)}
_FACT_HOUR = re.compile(r"\b(?:at|around|about) (?:about |around )?(\d{1,2}|"
                        + "|".join(_HOUR_WORDS)
                        + r")\b(?! (?:hours|days|weeks|months|years|minutes))")
_DAY_PART = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b")
# an onset with no moment: "it crept up on me", "there wasn't a day it started"
_NO_MOMENT = re.compile(r"\bcrept up\b|\bwasn'?t (?:a|one|one particular) day\b|\bgradually over "
                        r"(?:the last |a few |several )?(?:weeks|months|years)\b")


def _halves(part: str) -> set[str]:
    return {"morning": {"am"}, "afternoon": {"pm"}, "evening": {"pm"}}.get(part, {"am", "pm"})


def clock_onset_disagrees(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A clock time for the start that no onset fact of the case allows: an hour or half of
    the day another than the one it gives, or any moment at all for an onset that crept up
    over months ("it started at 10:30 AM" where "there wasn't a day it started")."""
    m = _CLOCK_ONSET.search(low)
    if not m:
        return None
    hour = int(m.group(1)) % 12 or 12
    half = {"a.m.": "am", "p.m.": "pm"}.get(m.group(2), m.group(2))
    onsets = [i.fact for i in idx.facts.values() if i.fact.category is Category.hpc_onset]
    if not onsets:
        return None
    for fact in onsets:
        words = fact.words.lower()
        if _NO_MOMENT.search(words):
            continue  # no moment at all: a clock time disagrees
        hours = {_HOUR_WORDS.get(h) or int(h) % 12 or 12 for h in _FACT_HOUR.findall(words)}
        parts = _DAY_PART.findall(words)
        if not hours and not parts:
            return None  # the fact gives no time of day: nothing to disagree with
        hour_ok = not hours or any(min(abs(hour - h), 12 - abs(hour - h)) <= 1 for h in hours)
        half_ok = half == "o'clock" or not parts or any(half in _halves(p) for p in parts)
        if hour_ok and half_ok:
            return None
    ids = [f.id for f in onsets]
    return (f"a clock time for the start that {', '.join(ids)} does not give", ids)


# the day an onset was: "the night before last" is a night earlier than "last night"
_DAY_BEFORE = re.compile(r"\b(the night before last|the day before yesterday|two nights ago)\b")
_DAY_LAST = re.compile(r"\b(last night|yesterday)\b")
_ONSET_SAID = re.compile(r"\b(started|began|begun|came on|come on|kicked off|first noticed)\b")


def onset_day_disagrees(idx: CaseIndex, context: Context, low: str
                        ) -> tuple[str, list[str]] | None:
    """The day of the start a day out: "it started about eleven the night before last" where
    the onset fact gives eleven last night, or the other way round."""
    if not (_DAY_BEFORE.search(low) or _DAY_LAST.search(low)) or not (
            _ONSET_SAID.search(low) or _FIRST_ASKED.search(context.question.lower())):
        return None
    own = people.about_the_patient(low, idx.people)
    said_before = bool(_DAY_BEFORE.search(own))
    said_last = bool(_DAY_LAST.search(_DAY_BEFORE.sub(" ", own)))
    if said_before == said_last:
        return None
    for info in idx.facts.values():
        if info.fact.category is not Category.hpc_onset:
            continue
        words = info.fact.words.lower()
        fact_before = bool(_DAY_BEFORE.search(words))
        fact_last = bool(_DAY_LAST.search(_DAY_BEFORE.sub(" ", words)))
        if fact_before == fact_last:
            continue
        if said_before != fact_before:
            return (f"the day of the start disagrees with {info.fact.id}", [info.fact.id])
    return None


# the pain all over, no place to it: "it's everywhere now", "I can't point to one spot"
_EVERYWHERE = re.compile(
    r"\b(it'?s|it is|the pain'?s|the pain is|hurts|sore) (just )?(everywhere|all over)\b|"
    r"\bcan'?t (point to|put my finger on) (one|a|any) (spot|place|bit)\b|"
    r"\bthe whole of my (tummy|belly|stomach|abdomen|chest)('?s| is)? (sore|hurting|aching|"
    r"painful)\b")


def site_everywhere(idx: CaseIndex, context: Context, low: str
                    ) -> tuple[str, list[str]] | None:
    """The pain all over, where the site planned puts it on one side."""
    if not _EVERYWHERE.search(low):
        return None
    own = people.about_the_patient(low, idx.people)
    if not _EVERYWHERE.search(own) or negation.polarity(own) == "absent":
        return None
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.category is not Category.hpc_site:
            continue
        where = f"{info.fact.value or ''} {info.fact.words}".lower()
        if re.search(r"\b(right|left)\b", where) and not _EVERYWHERE.search(where):
            return (f"the pain all over, where {fid} puts it in one place", [fid])
    return None
