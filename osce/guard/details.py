"""Details a fluent patient adds or bends: a drug named to an allergy question, a weight in
stones, a count tied to a moment, a course ("getting worse by the hour") and a medicine by
its form ("patches"). Each reads the sentence against the carried facts' own words."""

from __future__ import annotations

import re
from functools import lru_cache

from osce.engine.scripted.lexicon import content_stems, covers, normalise
from osce.guard import negation
from osce.guard.numbers import any_close, digits
from osce.guard.terms import ALLERGY, SUPPLEMENTS
from osce.guard.wording import PLAIN

# "half a stone", "a stone or so", "sixteen and a half stone"
_STONES = re.compile(r"\b(half a|an?|\d+(?:\.\d+)?(?: point 5)?) stones?\b")
# a count tied to when it happened: "twice last night", "once more this morning"
_MOMENT = (r"(1 day ago|this morning|this afternoon|this evening|today|tonight|in the night|"
           r"overnight|2 days ago)")
_COUNTED_WORD = re.compile(r"\b(once|twice|thrice|times)\b")
_COUNT_AT = re.compile(rf"\b(\d+) times (?:\w+ )?{_MOMENT}")
# how it is going: a course no fact may give
TREND = re.compile(r"\b((getting|gotten|got|grown|growing|gone) (much |a lot |even |\w+ly )?"
                   r"(worse|better|bigger|smaller)|worse by the (hour|minute|day)|worsening|"
                   r"improving|easing off|spreading)\b")
_TREND_WORDS = re.compile(r"\b(worse|worsen\w*|better|improv\w+|eas\w+|help\w*|edge off|bigger|"
                          r"grow\w*|spread\w*|progress\w*|chang\w+|same|steady|constant|"
                          r"settl\w+|built|build\w*)\b")
# a medicine by its form, not its name: "cutting down with patches", "some cream on it"
FORMS = re.compile(r"\b(?:with|using|on|some|the|a|an|nicotine|eye|ear|nasal|steroid|my)\s+"
                   r"(patch(?:es)?|inhalers?|creams?|gel|ointment|drops|sprays?|lozenges?|"
                   r"pessar(?:y|ies)|gum)\b")


def allergy_named(question: str, low: str, drugs: list[str], recorded: str) -> list[str]:
    """Drugs said as the answer to "are you allergic to anything?" that the allergy facts do
    not name: "just plasters and penicillin" claims the penicillin allergy."""
    if not drugs or not ALLERGY.search(question.lower()):
        return []
    # a drug taken, or one said beside a denied allergy ("codeine turns my stomach, but
    # that's not an allergy"), claims none
    if _TAKEN.search(low) or any(ALLERGY.search(c) and negation.denies(c)
                                 for c in negation.clauses(low)):
        return []
    return [d for c in negation.affirmative_clauses(low) for d in drugs
            if d in c and d not in recorded]


# (a drug given for an illness is taken, not reacted to: "I've had it for the sickle thing")
_TAKEN = re.compile(r"\b(take|taking|took|taken|use|uses|using|used|medications?|tablets|"
                    # on a drug, not a gel rubbed on a part: "I rubbed some on my shoulder"
                    r"on(?! (my|his|her|their|the) (skin|shoulders?|arms?|legs?|back|face|hands?|"
                    r"chest|neck|knees?|foot|feet|wrists?|elbows?)\b)|"
                    r"sprays?|inhalers?|creams?|fine|okay|ok|no problem|"
                    r"prescribed|for (the|my|his|her|their) [a-z]+|"
                    # a drug handed over, not reacted to: "the walk-in centre gave me some
                    # antibiotic ear drops last week"
                    r"(gave|given|give|giving) (me|him|her|us) (some|a|an|the|them|it)|"
                    r"(put|started) (me|him|her) on|"
                    r"(had|have|has) (it|them|\w+) (loads|lots|plenty|dozens|hundreds) of times|"
                    # a drug got through, not reacted to: "getting through a packet of Strepsils"
                    r"(getting|going|gone|got|get|go) through|sucking|"
                    r"(a|one|the) (packet|pack|box|bottle|course|tube) of)\b")


@lru_cache(maxsize=4096)
def stones(text: str) -> list[float]:
    if "stone" not in text.lower():
        return []
    out = []
    for m in _STONES.finditer(digits(text.lower())):
        said = m.group(1)
        out.append(0.5 if said == "half a" else 1.0 if said in ("a", "an") else
                   float(said.split()[0]) + (0.5 if "point" in said else 0.0))
    return out


def stones_disagree(low: str, carried_words: list[str]) -> bool:
    """A weight in stones that no carried fact gives ("a stone or so" for two stone)."""
    said = stones(low)
    if not said:
        return False
    held = [s for w in carried_words for s in stones(w)]
    return bool(said and held and not all(any_close([s], held, 1.2) for s in said))


@lru_cache(maxsize=4096)
def counts_at(text: str) -> dict[str, set[float]]:
    if not _COUNTED_WORD.search(text.lower()):
        return {}
    out: dict[str, set[float]] = {}
    for m in _COUNT_AT.finditer(digits(text.lower())):
        out.setdefault(m.group(2), set()).add(float(m.group(1)))
    return out


def counts_disagree(low: str, carried_words: list[str]) -> bool:
    """"Once last night" where a fact says twice last night: the same moment, another
    count. Moments no fact counts are left alone."""
    said = counts_at(low)
    if not said:
        return False
    for words in carried_words:
        held = counts_at(words)
        if any(m in held and not n & held[m] for m, n in said.items()):
            return True
    return False


def trend_new(low: str, carried_words: list[str]) -> str | None:
    """A course ("getting worse by the hour") said where no carried fact says how it goes."""
    if not TREND.search(low):
        return None
    for clause in negation.affirmative_clauses(low):
        m = TREND.search(clause)
        if m and not any(_TREND_WORDS.search(w.lower()) for w in carried_words):
            return m.group(0)
    return None


def form_new(low: str, carried_words: list[str]) -> str | None:
    """A medicine by its form that no carried fact gives ("trying to cut down with
    patches" where the smoking fact names none)."""
    if not FORMS.search(low):
        return None
    text = " ".join(carried_words).lower()
    for clause in negation.affirmative_clauses(low):
        for m in FORMS.finditer(clause):
            form = m.group(1)
            if not re.search(rf"\b{form[:5]}", text):
                return form
    return None


# Things a sentence names that are claims of their own, however like a carried fact the rest
# reads: a test done, a service seen, a supplement taken, a condition had
_NAMED = {
    "test": re.compile(r"\b(blood tests?|finger[- ]?prick( test)?|scans?|x-?rays?|swabs?|"
                       r"urine tests?|ecgs?|bloods|dipstick)\b"),
    "service": re.compile(r"\b((went|been|go|gone|saw|seen|see|rang|ring|called|phoned|"
                          r"visited|popped) (in )?(in|into|to|down to|up to)? ?(the |a |my )?"
                          r"(gp|walk-in( centre)?|a&e|111|out of hours|pharmacist|chemist|clinic|"
                          r"hospital|surgery|practice nurse)|walk-in centre|the (gp|nurse|"
                          r"pharmacist|chemist) (said|told|did|gave|checked|listened|looked|"
                          r"reckoned|thought)|(my |the )?(gp|doctor|surgery)('s)? (couldn'?t|"
                          r"could not|can'?t|wouldn'?t|won'?t) (see|fit|get))\b"),
    "supplement": re.compile(rf"\b({SUPPLEMENTS})\b"),
    "condition": re.compile(r"\b(eczema|psoriasis|hay ?fever|asthma|migraines?|anaemi[ac]|"
                            r"teething|croup|tonsillitis|glandular fever|chickenpox|"
                            r"shingles|gout|sciatica|arthritis|thyroid)\b"),
}


# what brings it on or makes it worse, said as a habit: "whenever I kneel down", "worse
# after I've eaten", "straight after I'd had a sip of water"
_TRIGGER = re.compile(r"\b(whenever|every time|each time|straight after|right after|"
                      r"(worse|better) (after|when|whenever|if)) (i|he|she|we)('ve|'d| have| had)? "
                      r"(?P<rest>[^,.;!?]*)")


def trigger_new(low: str, carried_stems: frozenset[str]) -> str | None:
    """A trigger no carried fact gives: its words are all new."""
    for clause in negation.affirmative_clauses(low):
        for m in _TRIGGER.finditer(clause):
            rest = m.group("rest")
            if re.match(r"(was|were|am|is)\b", rest):
                continue  # "whenever I was ..." tells a time, as the onset does
            said = [s for s in content_stems(normalise(rest)) if s not in PLAIN and len(s) >= 3]
            if said and not any(covers(carried_stems, s) for s in said):
                return m.group(0)
    return None


def named_new(low: str, carried_words: list[str]) -> str | None:
    """A test, a service, a supplement or a condition named where no carried fact names it
    ("the walk-in centre did a finger-prick test", "and a bit of eczema when I was little")."""
    text = " ".join(carried_words).lower().replace("’", "'")
    for clause in negation.affirmative_clauses(low):
        for kind, pattern in _NAMED.items():
            for m in pattern.finditer(clause):
                word = m.group(0).split()[-1]
                if not re.search(rf"\b{re.escape(word[:5])}", text):
                    return f"{kind}: {m.group(0)}"
    return None


# a moment of the day: "this morning", "yesterday lunchtime", "teatime yesterday", "last night"
_PARTS = {"morning": (5.0, 12.0), "lunchtime": (11.0, 14.5), "afternoon": (12.0, 18.0),
          "teatime": (16.0, 19.5), "evening": (17.0, 23.5), "night": (20.0, 29.0)}
_PART = "(morning|lunchtime|afternoon|teatime|evening|night)"
_DAY_THEN_PART = re.compile(rf"\b(this|yesterday|last)(?: in the)? {_PART}\b")
# ("her morning nap yesterday": the part of the day may name what was done in it)
_PART_THEN_DAY = re.compile(rf"\b{_PART}(?: (?:nap|feed|sleep|walk|shift|break|run|bottle|"
                            rf"coffee|cuppa))?,? (yesterday|today)\b")
# after a meal, of today unless the sentence says yesterday: "just after lunch"
_AFTER_MEAL = re.compile(r"\b(?:just |straight |right )?after (?:my |our |her |his )?"
                         r"(lunch|dinner at work|tea)\b")
_AFTER = {"lunch": (12.5, 17.0), "dinner at work": (12.5, 17.0), "tea": (17.0, 23.5)}
_IN_THE_NIGHT = re.compile(r"\b(in|during) the (middle of the )?night\b")
_OTHER_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago|"
                        r"the day before|the other day|last week|weekend)\b")


@lru_cache(maxsize=4096)
def moments_of_day(text: str) -> tuple[tuple[float, float], ...]:
    """Each moment of the day said, as hours from this day's midnight (yesterday's morning is
    -19 to -12): "this morning" and "last night" are a day apart whatever the clock says."""
    t = text.lower().replace("’", "'")
    out = []
    for m in _DAY_THEN_PART.finditer(t):
        day, part = m.group(1), m.group(2)
        if day == "last" and part != "night":
            continue  # "last morning" says no day
        offset = -24.0 if day in ("yesterday", "last") else 0.0
        start, end = _PARTS[part]
        out.append((offset + start, offset + end))
    for m in _PART_THEN_DAY.finditer(t):
        start, end = _PARTS[m.group(1)]
        offset = -24.0 if m.group(2) == "yesterday" else 0.0
        out.append((offset + start, offset + end))
    # "in the night", of no day said, is the night just gone (never this morning's)
    if _IN_THE_NIGHT.search(t) and not _OTHER_DAY.search(t) and not out:
        out.append((-4.0, 5.0))
    # (of yesterday where the sentence says so; of no known day beside a weekday or a span)
    offset = -24.0 if re.search(r"\byesterday\b|\blast night\b", t) else 0.0
    for m in _AFTER_MEAL.finditer(t if not _OTHER_DAY.search(t) else ""):
        start, end = _AFTER[m.group(1)]
        out.append((offset + start, offset + end))
    return tuple(out)


def moment_disagrees(low: str, facts_words: list[str]) -> bool:
    """A moment of the day that none of the facts' own moments meets: "toast this morning"
    where the last meal was at seven last night. Facts that give no moment say nothing."""
    said = moments_of_day(low)
    held = [m for w in facts_words for m in moments_of_day(w)]
    if not said or not held:
        return False
    return any(not any(s < he and hs < e for hs, he in held) for s, e in said)
