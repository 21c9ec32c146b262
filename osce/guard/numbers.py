"""Numbers, durations, doses and frequencies in what a patient says or a case records.

Everything is turned into figures one can compare: number words become digits, durations
become days, doses become milligrams (or millilitres), frequencies become times per day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from osce.guard.terms import (
    COUNTED_AHEAD,
    IN_A_LIFETIME,
    PUT_OFF,
    TIMES_OVER,
    TWO_PENNORTH,
    WEEKDAYS_AGO,
    ZERO_AS_NONE,
)

_UNITS = {
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
# the small numbers by their words, for rules that count in words ("our two lads")
UNITS = _UNITS
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_SCALES, "point", "and", "a"])

_SPAN_UNITS = r"(seconds|minutes|hours|days|nights|weeks|months|years|times)\b"
# Phrases that stand for a figure, replaced before number words are read.
_PHRASES = [
    # idioms whose number words count nothing: "going nineteen to the dozen", "all at once"
    (r"\bnineteen to the dozen\b", "racing"),
    (r"\b(all )?at once\b", "suddenly"),
    (r"\bat sixes and sevens\b", "muddled"),
    (r"\bin two minds\b", "unsure"),
    (r"\bforty winks\b", "a nap"),
    # the same story told twice is repeating oneself, not a count of anything
    (r"\b(tells?|telling|told|says?|saying|said|asks?|asking|asked) (you |me |us |her |him )?the "
     r"same (story|stories|thing|things|question|questions|joke|jokes) (twice|two or three times|"
     r"over and over)", "repeats himself"),
    # half a packet is ten: "half a pack a day before that"
    (r"\bhalf (a|of a|a packet of|a pack of) (packet|pack|fags|cigarettes)( of (fags|cigarettes))? "
     r"a day\b", "10 a day"),
    # a packet of cigarettes is twenty: "packet a day, give or take"
    (r"\b(a )?(packet|pack|packet of fags|pack of cigarettes|packet of cigarettes) a day\b",
     "20 a day"),
    # "up to four goes a day" are times
    (r"\bgoes\b(?= (a|per|every|each|in the) (night|day|week)\b)", "times"),
    # a pause asked for is no span of time: "I just need a minute"
    (r"\b(need|give me|hang on|wait|bear with me|hold on|just)( for)? a (minute|min|sec|second|"
     r"tick)\b", r"\1 a moment"),
    # a pain "like a stitch times a hundred" is worse, not a figure
    (TIMES_OVER, "worse"),
    # ... and so is an answer put off: "I'll come to the tablets in a minute"
    (PUT_OFF, r"\1 shortly"),
    (COUNTED_AHEAD, ""),
    (WEEKDAYS_AGO, r"\1 weeks ago"),
    (IN_A_LIFETIME, r"\1\2in my life"),
    (r"\b(a )?(hundred|100) (per ?cent|%)\b", "entirely"),
    # "fifteen-odd years", "twenty odd": about that many
    (r"\b(\d+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
     r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]odd\b", r"\1"),
    (r"\bhalf an? (hour|day|week|month|year)\b", r"0.5 \1s"),
    (r"\ba (second|minute|hour|day|week|month|year) or two\b", r"1 to 2 \1s"),
    (r"\ba (hour|day|week|month|year) and a half\b", r"1.5 \1s"),
    (r"\b(hour|day|week|month|year) and a half\b", r"1.5 \1s"),  # "the last month and a half"
    (r"\bthree quarters of an hour\b", "45 minutes"),
    (r"\b(a )?quarter of an hour\b", "15 minutes"),
    (r"\b(a )?fortnight and a half\b", "3 weeks"),
    (r"\b(\w+)[- ]and[- ]a[- ]half\b", r"\1 point five"),  # "a nine-and-a-half-hour flight"
    (r"\bmorning,? noon and night\b", "all the time"),
    (r"\ba decade\b", "10 years"),
    (r"\b(two|a couple of) decades\b", "20 years"),
    (r"\bthree decades\b", "30 years"),
    (r"\bfour decades\b", "40 years"),
    (r"\bfive decades\b", "50 years"),
    # "a five-milligram tablet"
    (r"\b(\w+)-(milligrams?|mg|grams?|micrograms?|mls?)\b", r"\1 \2"),
    (r"\bevery other day\b", "every 2 days"),
    (r"\bonce upon a time\b", "long ago"),
    # a part of last month, counted back from any day of this one
    (r"\b(about |around )?(the )?(middle|middle part) of last month\b", "4 to 7 weeks ago"),
    (r"\b(about |around )?(the )?(start|beginning) of last month\b", "5 to 9 weeks ago"),
    (r"\b(about |around )?(the )?end of last month\b", "1 to 5 weeks ago"),
    # an opinion, and a few small ways, count nothing: "my two penn'orth", "acting up in one
    # or two little ways"
    (rf"\b{TWO_PENNORTH}\b", "opinion"),
    (r"\b(in )?(one or two|a couple of|two or three) (little |small )?ways\b", "in some ways"),
    # "five milligrams of amlodipine a day" is how much, not how long
    (r"\b(milligrams?|mg|micrograms?|mcg|tablets?|puffs?) of ([a-z]+) a day\b",
     r"\1 of \2 per day"),
    (r"\b(\w+)-odd (years|months|weeks|days)\b", r"\1 \2"),
    # "could you say it once more?" counts nothing
    (r"\b(say|ask|repeat|explain|go over)( it| that| me| this)? once more\b", r"\1\2 again"),
    # "a couple of other things going on": vague, no count of anything
    (r"\b(a couple of|one or two|two or three) (other )?(things|bits)\b", r"some \2\3"),
    (r"\ba (good |solid )?couple of\b", "2"),
    (r"\bthe (last|past) couple of\b", r"the \1 2"),
    (rf"\bthe (last|past) few {_SPAN_UNITS}", r"the \1 2 to 5 \2"),
    # slow to happen, not long ago: "the colour took ages to come back"
    (r"\b(took|takes|taking|take) (ages|forever|an age|a long time|a long while)\b",
     r"\1 slowly"),
    # vague, but not empty: "a long time" is months at least, never since yesterday
    (r"\b(a (really |very )?long (time|while)|ages|years and years)\b", "3 to 120 months"),
    (r"\bfor years\b", "for 2 to 20 years"),
    (r"\b(just )?the once\b", "1 times"),
    (r"\ba couple\b", "2"),
    # "a few" and "several" are a span, not a figure; said of no unit they count nothing
    # one could check ("I've had a few", "a few medical problems")
    (rf"\ba few (more )?{_SPAN_UNITS}", r"2 to 5 \2"),
    (rf"\bseveral {_SPAN_UNITS}", r"3 to 7 \1"),
    (r"\ba few\b|\bseveral\b", "some"),
    (r"\ba fortnight\b", "2 weeks"),
    (r"\bfortnight\b", "2 weeks"),
    (r"\ba decade\b", "1 decade"),
    (r"\bdozen\b", "12"),
    # "never once", "not once": an emphatic no, not one time
    (r"\b(never|not) (even )?once\b", r"\1"),
    # "twelve-hour days", "twelve hour shifts": how long the days are, not how long ago
    (r"\b(\w+)[- ]hour (days|shifts|nights|weeks)\b", r"long \2"),
    # "once I get moving", "once it's gone": a conjunction, not a count
    (r"\bonce\b(?!,? (?:i|i'm|i've|i'd|he|he's|she|she's|we|we're|they|you|you've|you're|it|"
     r"it's|that's|the|my|his|her)\b)", "1 times"),
    (r"\btwice\b", "2 times"),
    (r"\bthrice\b", "3 times"),
    # "twice daily" is twice a day, not once
    (r"\btimes (daily|a day|per day|each day|every day)\b", "times per day"),
    (r"\b(times|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
     r"twenty|thirty|forty) a (day|night|week|month)\b",
     r"\1 per \2"),
    # "a good hour", "a full week": one of the unit, said with weight
    (r"\ban? (good|full|solid|whole|clear) (minute|hour|day|night|week|month|year)\b", r"1 \2"),
    # "this last week or so", "the past month": how long, counted back from now
    (r"\bthis (last|past) (week|month|year)\b", r"the \1 1 \2"),
    (r"\b(over|in|during) the (last|past) (year)\b", r"\1 the \2 1 \3"),
    # "twenty milligrams of a night", "the odd cigarette on a night out": when, not how long
    (r"\ban? (night|day) out\b", "outing"),
    (r"\bof an? (night|morning|evening|afternoon)\b", r"at \1"),
    (r"\b(an?) (minute|hour|day|night|week|month|year)\b", r"1 \2"),
    # named times of day, as the clock a patient would mean (twelve-hour, as cases write)
    (r"\b(?:at )?(?:midnight|midday|noon)\b", "at 12"),
    (r"\b(?:at )?lunchtime\b", "at 12 or at 1"),
    (r"\b(?:at )?teatime\b", "at 5 or at 6"),
    (r"\bthe day before yesterday\b", "2 days ago"),
    (r"\byesterday\b", "1 day ago"),
    (r"\blast night\b", "1 day ago"),
    (r"\bovernight\b", "1 day"),
]

_DAYS_PER = {
    "second": 1 / 86400, "minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24,
    "day": 1.0, "night": 1.0, "week": 7.0, "month": 30.4, "year": 365.0,
}


def _read_words(tokens: list[str]) -> float | None:
    """A run of number words ("thirty", "nine", "point", "six") as one figure."""
    total, current, decimals, in_decimals = 0.0, 0.0, "", False
    seen = last_unit = False
    for tok in tokens:
        if tok == "point":
            in_decimals = True
            continue
        if tok in ("and", "a"):
            continue
        if in_decimals:
            if tok in _UNITS:
                decimals += str(_UNITS[tok])
            continue
        seen = True
        if tok in _UNITS and last_unit and current >= 20 and current % 10:
            # "thirty-nine six" is a temperature's tenths: 39.6, not 45
            decimals += str(_UNITS[tok])
            in_decimals = True
            continue
        last_unit = tok in _UNITS
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "thousand":
            total += (current or 1) * 1000
            current = 0
    if not seen:
        return None
    value = total + current
    if decimals:
        value += float("0." + decimals)
    return value


_PERIODS_WORTH = re.compile(r"\ban? (good |decent |full |proper |whole |hard )?(day|night|week|"
                            r"month|year)'s\b")
_ASKED_TIME = re.compile(r"\b((if )?you('ve| have)? (got|have)|give me|hang on|wait|bear with me"
                         r"(for)?|just) a (minute|moment|sec|second|mo)\b")


# a check reads the same sentence and the same case facts through several rules: read each
# text once (about a fifth of a slow sentence's rule time went here)
@lru_cache(maxsize=8192)
def digits(text: str) -> str:
    """The text in lower case with number words and figure phrases as digits."""
    text = text.lower().replace("’", "'")
    # time asked of the listener is no span: "if you've got a minute", "give me a sec"
    text = _ASKED_TIME.sub(" ", text)
    # a period's worth is no span ("a night's sleep", "a day's wages"), and zero pain is none
    text = _PERIODS_WORTH.sub(" ", text)
    text = ZERO_AS_NONE.sub(r"no \1", text)
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    for pattern, repl in _PHRASES:
        text = re.sub(pattern, repl, text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # thirty-nine, fifty-two-year-old

    run = rf"(?:\b(?:{_NUMBER_WORD})\b[ ]?)+"

    def replace(m: re.Match[str]) -> str:
        chunk = m.group(0)
        tokens = chunk.split()
        # "a" and "and" only belong to a number inside it, never at its ends
        while tokens and tokens[0] in ("a", "and", "point"):
            tokens.pop(0)
        trailing = ""
        while tokens and tokens[-1] in ("a", "and", "point"):
            trailing = " " + tokens.pop() + trailing
        if not tokens:
            return chunk
        # "five and six" are two figures ("between five and six litres"); only a scale word
        # takes "and" into one ("a hundred and twenty")
        cut = next((k for k in range(1, len(tokens) - 1) if tokens[k] == "and"
                    and tokens[k - 1] not in _SCALES and tokens[k + 1] not in ("a", "and")), None)
        if cut is not None:
            first, second = _read_words(tokens[:cut]), _read_words(tokens[cut + 1:])
            if first is not None and second is not None:
                lead = chunk[: len(chunk) - len(chunk.lstrip())]
                prefix = chunk.split(tokens[0])[0].strip()
                return f"{lead}{prefix + ' ' if prefix else ''}{first:g} and {second:g}{trailing} "
        value = _read_words(tokens)
        if value is None:
            return chunk
        lead = chunk[: len(chunk) - len(chunk.lstrip())]
        shown = f"{value:g}"
        prefix = chunk.split(tokens[0])[0] if tokens else ""
        return f"{lead}{prefix.strip() + ' ' if prefix.strip() else ''}{shown}{trailing} "

    text = re.sub(run, replace, text)
    text = re.sub(r"\bbetween (\d+(?:\.\d+)?) and (\d+(?:\.\d+)?)\b", r"\1 to \2", text)
    # the twenty-four-hour clock ("eighteen hundred hours") is a time of day, as cases write
    # it on the twelve-hour clock, never a span of eighteen hundred hours
    text = re.sub(r"\b(?:at )?([01]\d|2[0-3])00 hours\b",
                  lambda m: f"at {(int(m.group(1)) - 1) % 12 + 1}", text)
    text = re.sub(r"(\d+(?:\.\d+)?) decades?", lambda m: f"{float(m.group(1)) * 10:g} years", text)
    return re.sub(r"\s+", " ", text).strip()


_NUM = r"(\d+(?:\.\d+)?)"
_PART_OF_DAY = re.compile(r"\s*(this|that|in the|the next|the following|tomorrow|last|on the)\s*"
                          r"(morning|afternoon|evening|night)\b")
_DURATION = re.compile(
    rf"{_NUM}(?:\s*(?:or|to|-)\s*{_NUM})?\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|"
    rf"weeks?|months?|years?)\b(?!\s*old)")
_DOSE = re.compile(
    rf"{_NUM}\s*(mg|milligrams?|milligrammes?|g|grams?|grammes?|micrograms?|mcg|ml|mils?|"
    rf"millilitres?|milliliters?|litres?|liters?|l|kg|kilos?|kilograms?|units?|puffs?)\b")
_POUNDS = re.compile(rf"{_NUM}\s*(?:pounds?|lbs?)\b")
_WEIGHED = re.compile(r"\b(?:lost|lose|losing|dropped|drop|put on|gained|weigh\w*|heavier|"
                      r"lighter|weight)\b")
_PER_DAY = re.compile(
    rf"{_NUM}(?:\s*(?:or|to|-)\s*{_NUM})?\s*times?\s*(?:a|per|each|every|in)\s*"
    r"(day|night|week|24 hours)")
# "twice in the night" counts; "three times in a day" is a rate
_COUNT = re.compile(rf"{_NUM}(?:\s*(?:or|to|-)\s*{_NUM})?\s*times\b"
                    r"(?!\s*(?:a|per|each|every)\b|\s*in\s+(?:1\s+)?(?:day|night|week|24)\b)")
_EVERY = re.compile(rf"every\s*{_NUM}\s*(hours?|days?|weeks?)")
_ONCE_DAILY = re.compile(
    r"\b(daily|every (?:morning|night|evening|day)|each (?:morning|night|day)|at night|"
    r"at bedtime|before bed|in the morning|in the evening)\b")
# ... but "twenty milligrams of atorvastatin every night" is a dose, once a day
_COUNTED_DAILY = re.compile(rf"{_NUM}(?:\s*(?:or|to|-)\s*{_NUM})?\s+"
                            r"(?!(?:mg|milligrams?|micrograms?|mcg|g|grams?|ml|mls?|"
                            r"millilitres?|units?|puffs?|drops?|sprays?)\b)(?:[a-z']+\s+){1,4}"
                            r"(?:every|each) (?:day|night)\b")
_HEIGHT = re.compile(r"\b(\d)\s*(?:foot|feet|ft)(?:\s*(\d{1,2})(?:\s*(?:inches|inch|in))?)?\b")
_AS_NEEDED = re.compile(r"\b(when (?:needed|it's bad|bad)|as needed|as and when|if needed)\b")
_MASS = {"mg": 1.0, "milligram": 1.0, "milligramme": 1.0, "g": 1000.0, "gram": 1000.0,
         "gramme": 1000.0, "microgram": 0.001, "mcg": 0.001}
_VOLUME = {"ml": 1.0, "millilitre": 1.0, "milliliter": 1.0, "litre": 1000.0, "liter": 1000.0,
           "l": 1000.0}


@dataclass
class Figures:
    """The figures in one text, by kind."""

    durations: list[float] = field(default_factory=list)  # in days
    course: list[float] = field(default_factory=list)  # "built up over half an hour", in days
    clock: list[float] = field(default_factory=list)  # "at three", "seven o'clock": hours
    # hours said as either of two ("teatime": at five or at six): one of each pair is meant
    clock_either: list[tuple[float, float]] = field(default_factory=list)
    mass: list[float] = field(default_factory=list)  # milligrams
    volume: list[float] = field(default_factory=list)  # millilitres
    weight: list[float] = field(default_factory=list)  # kilograms
    per_day: list[float] = field(default_factory=list)  # times a day
    counts: list[float] = field(default_factory=list)  # "twice", "four or five times": in all
    height: list[float] = field(default_factory=list)  # "five foot nine": centimetres
    as_needed: bool = False
    bare: list[float] = field(default_factory=list)  # any other figure

    def clock_groups(self) -> list[list[float]]:
        """The hours said, each alone or with its alternative: one of a group is meant."""
        paired = {n for pair in self.clock_either for n in pair}
        return [*([n] for n in self.clock if n not in paired),
                *(list(pair) for pair in self.clock_either)]

    @property
    def empty(self) -> bool:
        return not (self.durations or self.course or self.mass or self.volume or self.weight
                    or self.per_day or self.bare or self.counts or self.clock or self.height)


def _span(low: float, high: float | None) -> list[float]:
    """A figure, or a span ("two to five days") with steps between its ends, so that
    comparing any of them within the usual rounding meets every figure inside the span."""
    if high is None or high <= low or low <= 0:
        return [low] if high is None else [low, high]
    values = [low]
    while values[-1] * 1.25 < high:
        values.append(values[-1] * 1.25)
    return [*values, high]


def _singular(unit: str) -> str:
    unit = unit.rstrip("s") if unit not in ("s",) else unit
    return unit


# a change still going on for a span says when it began: "it's been dwindling for ten days"
_ONGOING = re.compile(r"\bbeen [a-z]+ing( [a-z]+)? for\s+(about|around|"
                      r"roughly)?\s*$")


_SCALE = re.compile(r"(?:\b(?:on a scale of|(?:on a scale )?from|between|scale of) |^)(?:0|1) "
                    r"(?:to|and|-) "
                    r"10\b(?!\s*(?:times|days?|minutes|hours|weeks|months|years|mg|ml))")


# an age in brackets after a name is no span: "Isla (14 months)"
_AGE_IN_BRACKETS = re.compile(r"\(\s*\d+\s*(months?|years?|weeks?)( old)?\s*\)")


def figures(text: str) -> Figures:
    """Every figure in a text, read from number words as well as digits."""
    # the scale the question set is no score: "from nought to ten, it's a terrible thing"
    t = _AGE_IN_BRACKETS.sub(" ", _SCALE.sub(" ", digits(text)))
    out = Figures()
    used: list[tuple[int, int]] = []

    def take(m: re.Match[str]) -> None:
        used.append(m.span())

    for m in _HEIGHT.finditer(t):  # a height is no other figure: "five foot nine"
        out.height.append(float(m.group(1)) * 30.48 + float(m.group(2) or 0) * 2.54)
        take(m)
    for m in _DURATION.finditer(t):
        unit = _singular(m.group(3))
        unit = {"min": "minute", "hr": "hour"}.get(unit, unit)
        before = t[max(0, m.start() - 20): m.start()]
        after = t[m.end(): m.end() + 12]
        values = _span(float(m.group(1)), float(m.group(2)) if m.group(2) else None)
        days = [v * _DAYS_PER[unit] for v in values]
        if re.search(r"\b(?:times?|puffs?)\s*(?:a|per|each|every)\s*$|\bevery\s*$", before):
            continue  # "every half an hour" is how often, not how long
        if values == [1.0] and re.search(r"\b(?!(?:is|was|has|this|its|it's|days|weeks|years)\b)"
                                         r"[a-z]{3,}s\s*$", before):
            continue  # "twelve miles a day", "two litres a day": a rate, not how long
        if values == [1.0] and re.search(r"\b\d+(?: or so| or two| or more| odd|[- ]?ish)?\s*$",
                                             before):
            continue  # "I'd get through ten or so a day": a rate, not how long
        if values == [1.0] and re.match(r"\s*(filled|full|like|when|where|that|in the life)\b",
                                        after):
            continue  # "a day filled with laughter": a day described, not how long
        # ("over the next ten minutes it ramped up" is how it went, as "over ten minutes")
        lead = re.search(r"\b(over|within|in|for)\s+(the\s+(next|following)\s+)?"
                         r"(about|around|roughly)?\s*$", before)
        # "I've had it for two days" says when it began; "built up over an hour" how it went
        # (the verb may sit a few words back: "I have had trouble breathing for 2 weeks")
        wider = t[max(0, m.start() - 40): m.start()]
        # ... but a habit's "every morning for years" is how long it was kept up
        since = re.search(r"\b(been|had|having|going on|got)\b(?:(?!\b(?:every|each)\b)[\w\s'])*"
                          r"\bfor\s+(about|around|roughly)?\s*$", wider) or _ONGOING.search(wider)
        is_course = bool(lead) and not (
            since or re.search(r"\b(last|past)\s*$", before)
            or re.match(r"\s*(ago|now|back)", after))
        (out.course if is_course else out.durations).extend(days)
        take(m)
    for m in _PER_DAY.finditer(t):
        per = {"day": 1.0, "night": 1.0, "24 hours": 1.0, "week": 1 / 7}[m.group(3)]
        out.per_day.extend(v * per for v in _span(float(m.group(1)),
                                                  float(m.group(2)) if m.group(2) else None))
        take(m)
    for m in _EVERY.finditer(t):
        unit = _singular(m.group(2))
        out.per_day.append(1 / (float(m.group(1)) * _DAYS_PER[unit]))
        take(m)
    counted_daily = _COUNTED_DAILY.search(t)
    if not out.per_day and counted_daily:  # "four or five trips to the loo every night"
        out.per_day.extend(_span(float(counted_daily.group(1)),
                                 float(counted_daily.group(2)) if counted_daily.group(2) else None))
    if not out.per_day and _ONCE_DAILY.search(t):
        if re.search(r"\bmorning and (night|evening)\b", t):
            out.per_day.append(2.0)
        else:
            out.per_day.append(1.0)
    for m in _COUNT.finditer(t):
        if any(a <= m.start() < b for a, b in used):
            continue
        out.counts.extend(_span(float(m.group(1)), float(m.group(2)) if m.group(2) else None))
        take(m)
    out.as_needed = bool(_AS_NEEDED.search(t))
    # pounds are money as often as weight: a weight only where the sentence weighs something
    if _WEIGHED.search(t):
        for m in _POUNDS.finditer(t):
            out.weight.append(float(m.group(1)) * 0.4536)
            take(m)
    for m in _DOSE.finditer(t):
        unit = _singular(m.group(2)) if m.group(2) != "l" else "l"
        value = float(m.group(1))
        unit = {"milligramme": "milligram", "gramme": "gram", "millilitre": "ml",
                "milliliter": "ml", "mil": "ml"}.get(unit, unit)
        if unit in _MASS:
            out.mass.append(value * _MASS[unit])
        elif unit in _VOLUME:
            out.volume.append(value * _VOLUME[unit])
        elif unit in ("kg", "kilo", "kilogram"):
            out.weight.append(value)
        else:
            out.bare.append(value)
        take(m)
    for m in re.finditer(rf"\bat {_NUM} or at {_NUM}\b", t):
        out.clock_either.append((float(m.group(1)), float(m.group(2))))
    for m in re.finditer(_NUM, t):
        if any(a <= m.start() < b for a, b in used):
            continue
        if re.search(r"\b(type|stage|grade|class|step|number|no\.?)\s*$",
                     t[max(0, m.start() - 8):m.start()]):
            continue  # "type 2", "stage 3": a name, not a figure
        value = float(m.group(1))
        before, after = t[max(0, m.start() - 16):m.start()], t[m.end():m.end() + 8]
        if value <= 24 and (re.search(r"\bat\s+(about|around|roughly|just after|gone)?\s*$", before)
                            or re.match(r"\s*(o'?clock|am\b|pm\b|a\.m\.|p\.m\.)", after)
                            # "about seven this morning", "half six that evening"
                            or (value <= 12 and _PART_OF_DAY.match(t[m.end():m.end() + 24]))
                            or (value <= 12 and re.search(r"\bhalf\s*$", before))):
            out.clock.append(value)  # "at about two", "seven o'clock": a time of day
        elif value != 1:  # "one of those", "a" read as one: too common to mean a figure
            out.bare.append(value)
    return out


def unit_spans(text: str) -> list[tuple[str, list[float]]]:
    """Each span as said, by its unit and its numbers ("seven weeks" -> ("week", [7.0]);
    "two or three days" -> ("day", [2.0, 3.0])): two spans in one unit are compared by
    their numbers, not by the rounding allowed between units."""
    t = digits(text)
    out = []
    for m in _DURATION.finditer(t):
        before = t[max(0, m.start() - 20): m.start()]
        # a rate is no span: "a kilo a week", "twice a day", "every hour"
        if re.search(r"\b(?:times?|puffs?|kilos?|kg|pounds?|stones?|litres?|pints?|mg|ml|"
                     r"cigarettes?|drinks?|units?|[a-z]+s)\s*$|\b(?:every|per|each|a)\s*$", before):
            continue
        unit = _singular(m.group(3))
        unit = {"min": "minute", "hr": "hour", "night": "day"}.get(unit, unit)
        low = float(m.group(1))
        high = float(m.group(2)) if m.group(2) else low
        out.append((unit, [low + k for k in range(int(max(high - low, 0)) + 1)] + [high]))
    return out


def iso_unit_spans(value: str) -> list[tuple[str, list[float]]]:
    """An ISO-8601 duration's own units ("P7W" -> ("week", [7.0])), where it has one."""
    v = value.strip().upper()
    if not _ISO.match(v):
        return []
    date, _, time = v.partition("T")
    out = []
    for unit, letter in (("year", "Y"), ("month", "M"), ("week", "W"), ("day", "D")):
        m = re.search(rf"(\d+(?:\.\d+)?){letter}", date)
        if m:
            out.append((unit, [float(m.group(1))]))
    for unit, letter in (("hour", "H"), ("minute", "M")):
        m = re.search(rf"(\d+(?:\.\d+)?){letter}", time)
        if m:
            out.append((unit, [float(m.group(1))]))
    return out


def ago_durations(text: str) -> list[list[float]]:
    """How long ago, in days, for each span said with "ago" ("three weeks ago", "two or three
    days back", "yesterday"): each names a moment, so each must be one the case gives."""
    t = digits(text)
    out: list[list[float]] = []
    for m in _DURATION.finditer(t):
        # ("back then" is a time told of, not how long ago)
        if not re.match(r"\s*(ago|back)\b(?! then)", t[m.end():m.end() + 13]):
            continue
        unit = _singular(m.group(3))
        unit = {"min": "minute", "hr": "hour"}.get(unit, unit)
        values = _span(float(m.group(1)), float(m.group(2)) if m.group(2) else None)
        out.append([v * _DAYS_PER[unit] for v in values])
    return out


_ISO = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?"
                  r"(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?"
                  r"(?:(\d+(?:\.\d+)?)S)?)?$")


def iso_days(value: str) -> float | None:
    """An ISO-8601 duration ("PT3H", "P6W", "P2Y") in days."""
    m = _ISO.match(value.strip().upper())
    if not m:
        return None
    y, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return y * 365 + mo * 30.4 + w * 7 + d + h / 24 + mi / 1440 + s / 86400


def close(a: float, b: float, ratio: float = 1.3) -> bool:
    """Two figures that a speaker rounding could give for the same thing."""
    if a == b:
        return True
    if a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= ratio


def any_close(values: list[float], others: list[float], ratio: float = 1.3) -> bool:
    return any(close(a, b, ratio) for a in values for b in others)


_HOUR_WORDS = {w: v for w, v in _UNITS.items() if 1 <= v <= 12}
_HOUR = r"(\d{1,2}|" + "|".join(_HOUR_WORDS) + r")(?:[:.](?:\d\d))?"
# "ten this morning", "seven o'clock last night", "two in the night", "6 pm"
_HOUR_THEN_PART = re.compile(
    rf"\b{_HOUR}(?:\s*o'?clock)?,?\s*(?:(?:in the|this|last|yesterday|that|at|on a)\s+)?"
    r"(morning|night|evening|afternoon|am|pm|a\.m\.|p\.m\.)(?!\w)")
# "yesterday evening, about six o'clock", "this morning at seven"
_PART_THEN_HOUR = re.compile(
    r"\b(morning|night|evening|afternoon),?\s*(?:at|about|around|roughly|just after|gone)\s+"
    rf"(?:about\s+|around\s+)?{_HOUR}\b(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|"
    r"times?|mg|ml|milligrams?|of|out|a\b|or\b))")


def times_of_day(text: str) -> list[tuple[float, str]]:
    """Clock hours said with their half of the day, as (hour on a twelve-hour clock, "am" or
    "pm"): "about ten this morning" is (10, "am"), "ten o'clock last night" (10, "pm"). An
    hour said with no part of the day gives nothing here."""
    t = text.lower().replace("’", "'")
    out: list[tuple[float, str]] = []

    def half(part: str, hour: float) -> str:
        if part in ("am", "a.m.", "morning"):
            return "am"
        if part == "night" and hour <= 5:
            return "am"  # "two in the night"
        return "pm"

    for pattern, hour_at, part_at in ((_HOUR_THEN_PART, 1, 2), (_PART_THEN_HOUR, 2, 1)):
        for m in pattern.finditer(t):
            raw = m.group(hour_at)
            hour = float(_HOUR_WORDS[raw]) if raw in _HOUR_WORDS else float(raw)
            if not 1 <= hour <= 12:
                continue
            out.append((hour, half(m.group(part_at), hour)))
    return out


_LAST = re.compile(r"(?<!the )(?<!this )(?<!past )\blast (week|month|year)\b")


def last_moments(text: str) -> list[list[float]]:
    """"Last week", "last year": a moment, one to two of the unit ago, in days ("the last
    year" is a span and not read here)."""
    t = text.lower().replace("’", "'")
    return [_span(_DAYS_PER[m.group(1)], 2 * _DAYS_PER[m.group(1)]) for m in _LAST.finditer(t)]


_COUNTED = re.compile(rf"{_NUM}(?:\s*(?:or|to|-)\s*{_NUM})?\s+(?:of (?:the|my|those|them) )?"
                      r"([a-z][a-z']{2,})\b")
_NOT_COUNTED = frozenset([
    "times", "time", "days", "day", "nights", "night", "weeks", "week", "months", "month",
    "years", "year", "hours", "hour", "minutes", "minute", "seconds", "second", "mg", "ml",
    "milligrams", "milligram", "micrograms", "microgram", "grams", "gram", "kilos", "kilo", "kg",
    "stone", "pounds", "units", "unit", "litres", "litre", "out", "and", "or", "to", "of", "in",
    "on", "at", "the", "more", "less", "odd", "per", "point", "percent", "year-old", "ago",
    "days'", "weeks'", "things", "thing", "ones", "lots", "bits", "other", "others", "people",
    "each", "every", "more", "a", "an", "is", "was", "it's", "i", "i'm", "i've", "he", "she",
    "we", "they", "you", "weeks'", "back", "now",
])


def counted_nouns(text: str) -> list[tuple[str, list[float]]]:
    """Things counted by name ("three pillows", "two cans"), as (noun, the figures said)."""
    t = digits(text)
    out: list[tuple[str, list[float]]] = []
    for m in _COUNTED.finditer(t):
        noun = m.group(3)
        if noun in _NOT_COUNTED:
            continue
        out.append((noun, _span(float(m.group(1)), float(m.group(2)) if m.group(2) else None)))
    return out


_SPAN_BARE = re.compile(r"\b(?:had|for)(?: it| them| that| those)? (?:about |around |roughly |"
                        r"nearly |almost |maybe |some |over |a good )?(\d+)(?:-odd| odd)?\b")


@lru_cache(maxsize=4096)
def span_said_bare(low: str) -> frozenset[float]:
    """Figures said as how long something has been had, with no unit: "diabetes, which I've
    had about eight", "my pressure, for fifteen-odd"."""
    return frozenset(float(m.group(1)) for m in _SPAN_BARE.finditer(digits(low)))
