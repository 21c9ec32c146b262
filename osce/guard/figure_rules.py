"""Spans, moments, counts, readings and how bad, held to the figures facts give."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, is_claim_topic, normalise, stem
from osce.guard import details, negation, people
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.drug_rules import GENERIC_DRUG, known_drug
from osce.guard.models import Context
from osce.guard.numbers import (
    UNITS,
    Figures,
    ago_durations,
    any_close,
    close,
    counted_nouns,
    digits,
    figures,
    iso_days,
    last_moments,
    span_said_bare,
    times_of_day,
    unit_spans,
)
from osce.guard.terms import COMMON_DRUGS, SHORT_OF_A_MARK
from osce.guard.wording import PLAIN, topic_stems
from osce.models.case import Category, Polarity

# a span said loosely, whose number is no value: "twenty-odd years", "a week or so"
_LOOSE_SPAN = re.compile(r"\b(odd|or so|couple|few|several|ish|more than|over|nearly|almost|"
                         r"at least|under|less than|getting on for|upwards of)\b")


def _same_unit_disagrees(low: str, spanned: list[FactInfo]) -> tuple[str, list[str]] | None:
    """A span in the unit a fact gives it in, with another number ("six weeks" where the
    fact says seven, "twenty-five years back" where it says twenty): rounding between units
    is allowed ("a couple of months" for seven weeks), a near miss in the same unit is not."""
    if _LOOSE_SPAN.search(low):
        return None
    theirs = [(c, unit, values) for c in spanned for unit, values in c.spans]
    for unit, values in unit_spans(low):
        same = [(c, v) for c, u, v in theirs if u == unit]
        if same and not any(close(a, b, 1.01) for _, v in same for a in values for b in v):
            ids = list(dict.fromkeys(c.fact.id for c, _ in same))
            return (f"a span of {unit}s that disagrees with " + ", ".join(ids), ids)
    return None


HOW_LONG = re.compile(r"\bhow long\b|\bsince when\b|\bhow many (days|weeks|months|years)\b")
AGO_WORDS = re.compile(r"\b(ago|back|yesterday|last night)\b")
STARTED = re.compile(r"\bwhen\b.*\b(start|begin|began|come on|came on|kick off)\w*\b|"
                     r"\bwhat time\b")
ONLY_ONCE = re.compile(r"\b(just|only)( the)? once\b")
AGAIN = re.compile(r"\b(again|a second time|another time|twice)\b")
MILD = re.compile(r"\b(not (that |too |so )?bad|not too much|(just )?a (little|small) (bit of a )?"
                  r"(problem|niggle)|mild|bearable|nothing major|(one|two|three) out of ten)\b")
SEVERE = re.compile(r"\b(the worst|agony|agonising|unbearable|excruciating|severe|"
                    r"(eight|nine|ten) out of ten)\b")


_WHEN = re.compile(r"\b(when|how long|since|what time|what day)\b")


def _spans_only_new(low: str, carried: list[FactInfo]) -> bool:
    """Is every span said beside a subject of its own that no carried fact speaks of?"""
    spanned = [c for c in negation.clauses(low)
               if AGO_WORDS.search(c) or (f := figures(c)).durations or f.course]
    if not spanned:
        return False
    for clause in spanned:
        topics = {s for s in topic_stems(clause) if is_claim_topic(s)}
        if not topics or any(covers(c.stems, s) for c in carried for s in topics):
            return False
    return True


# a time said of something done by or to the speaker that is no symptom: a call, a visit, a
# test, being sent home, a count taken ("when I rang 111 last night", "the nurse took some
# blood an hour ago", "a home test came up negative yesterday")
_EVENT = re.compile(r"\b((rang|phoned|rung|ringing|phoning|called) (111|999|nhs|an ambulance|"
                    r"the (gp|doctor|surgery|practice|ambulance|helpline|nurse))|saw (the|a|my)|"
                    r"seen by|visited|"
                    r"took (some|a) (blood|sample|swab)|blood tests?|(a|the|my|home|malaria) "
                    r"tests?\b|sent (me|him|her|us) (home|in|away|off)|counted|brought back|booked|"
                    r"told (me|him|her|us)|triage|111|999|walk-in|vaccinated|jabs?\b|"
                    # a reading someone took, a meal eaten: "Funmi took my temperature on
                    # Wednesday", "a dodgy chicken takeaway I had on the Monday"
                    r"(took|checked|taken|checking) (my|his|her|the) (temperature|temp|pulse|"
                    r"blood pressure|sugar)|(takeaway|curry|kebab|barbecue|bbq|buffet|meal out)\b)")
# (a journey home is no such event: the travel facts time it)
# ... unless the clause speaks of the illness beginning or going on
_ONSET_SAID = re.compile(r"\b(start\w*|began|begun|come on|came on|coming on|first|notic\w*|"
                         r"hit me|struck|woke|since|been (feeling|having|getting|going)|"
                         r"(it|this|the \w+)'?s been)\b")
_TIMED = re.compile(r"\b(ago|yesterday|last night|earlier|today|tonight|this morning|"
                    r"hours?|days?|weeks?|months?|monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday)\b")


def times_of_other_events(low: str) -> bool:
    """Is every time in the sentence said of an event that is no symptom's beginning?"""
    timed = [c for c in negation.clauses(low) if _TIMED.search(c)]
    return bool(timed) and all(_EVENT.search(c) and not _ONSET_SAID.search(c) for c in timed)


def spanned_facts(context: Context, low: str, carried: list[FactInfo]) -> list[FactInfo]:
    """The carried facts a span in the sentence could be about: where the sentence speaks of
    what the turn plans, a disclosed fact only if the sentence names its subject too."""
    said = {s for s in content_stems(normalise(low)) if s not in PLAIN}
    # a span beside a subject no carried fact speaks of is that subject's ("a metallic taste
    # since yesterday"): what is new is for the unsupported layer, not a wrong figure
    # (a span that answers "when...?" or "how long...?" is the planned fact's, whatever
    # words it comes in: "a month after I lost my job" for "made redundant")
    # (and so is a span beside the planned fact's own reading: "last night the little
    # screen said thirty-nine point six")
    if not _WHEN.search(context.question.lower()) and _spans_only_new(low, carried) and not (
            _reading_met(low, [c for c in carried if c.fact.id in context.planned])):
        return []
    # a span said of no subject, where the turn plans a symptom beside the complaint, is that
    # symptom's ("there all the time since last night" of a headache asked about in a fever)
    beside = [c for c in carried if c.fact.id in context.planned and (
        c.fact.category is Category.hpc_associated or c.fact.category.value.startswith("ros."))]
    if beside and not {s for s in said if is_claim_topic(s)}:
        return [c for c in carried if c.fact.id in context.planned]
    on_plan = any(covers(c.stems, s) for c in carried if c.fact.id in context.planned
                  for s in said)
    return [c for c in carried if c.fact.id in context.planned or not on_plan
            or any(covers(c.stems, s) for s in said)]


def _reading_met(low: str, planned: list[FactInfo]) -> bool:
    """Does the sentence give a planned fact's own reading, a figure with a decimal point?"""
    read = [n for n in figures(low).bare if n != int(n)]
    return any(close(n, m, 1.01) for c in planned for m in c.figures.bare for n in read)


def figures_disagree(idx: CaseIndex, context: Context, low: str, fig: Figures,
                     carried: list[FactInfo], other_event: bool = False
                     ) -> tuple[str, list[str]] | None:
    """A span, a moment, a reading, a count, a weight or a time of day against the carried
    facts', the planned fact's first where the question asks after it."""
    # figures against the carried facts
    # a span is held against a fact it could be about ("forty-odd years in the same signal
    # box" is no span of the confusion disclosed before, when the turn asks about his work);
    # a moment, below, is held against the same facts
    about = [] if other_event else spanned_facts(context, low, carried)
    # what usually happens ("they build up over an hour or so", of the usual migraines) is no
    # span a moment of this illness ("last night") could miss
    spanned = [c for c in about if c.durations and not _habitual(c)]
    durations = [d for c in spanned for d in c.durations]
    if fig.durations and durations and not any_close(fig.durations, durations):
        ids = [c.fact.id for c in spanned]
        return ("a duration disagrees with " + ", ".join(ids), ids)
    same_unit = _same_unit_disagrees(low, spanned) if fig.durations else None
    if same_unit:
        return same_unit
    # "how long…?" is answered for the planned fact: a span that fits only a disclosed
    # fact ("two or three days" for the ibuprofen, where the urine tailed off three days
    # ago) does not answer it
    if fig.durations and HOW_LONG.search(context.question.lower()):
        timed = [c for c in carried if c.fact.id in context.planned and c.durations]
        spans = [d for c in timed for d in c.durations]
        if spans and not any_close(fig.durations, spans):
            ids = [c.fact.id for c in timed]
            return ("a duration disagrees with " + ", ".join(ids), ids)
    # each moment said ("three weeks ago") against the carried facts' durations: one
    # right figure elsewhere in the sentence ("went after an hour or two") does not
    # carry a wrong one
    own_low = people.about_the_patient(low, idx.people)
    ago = ago_durations(own_low) if AGO_WORDS.search(own_low) and not other_event else []
    # a moment is held against the moments a fact gives where it gives any: "three weeks
    # ago" is not carried by "back ten days ago, after three weeks there"
    moments = [d for c in about for d in moments_of(c)]
    # beside what usually happens, a moment is this illness's: "my migraines take an hour to
    # build, and three days ago it was instant" is held against the onset
    # ... and so is a moment given as the start where the planned onset names only days of
    # the week ("it started yesterday" where he was well on Sunday and muddled since
    # Tuesday): held against the complaint's own span
    started = ago and _WHEN.search(context.question.lower()) and any(
        c.fact.category is Category.hpc_onset and c.fact.id in context.planned
        and not moments_of(c, strict=True) for c in about)
    if ago and (started or (not moments and any(_habitual(c) for c in about))):
        spanned = [c for c in idx.facts.values() if c.fact.category in (
            Category.hpc_onset, Category.presenting_complaint) and c.fact.duration]
        moments = [d for c in spanned for d in moments_of(c)]
    if ago and moments and not all(any_close(span, moments) for span in ago):
        ids = [c.fact.id for c in spanned]
        return ("a time ago disagrees with " + ", ".join(ids), ids)
    # "last year" answers for a planned fact's moment ("only last year" where the blood
    # pressure was found six years ago); an event no planned fact times is left alone
    lasts = [] if other_event else last_moments(own_low)
    timed = [c for c in carried if c.fact.id in context.planned and c.durations]
    planned_moments = [d for c in timed for d in moments_of(c, strict=True)]
    if lasts and planned_moments and not all(any_close(s, planned_moments) for s in lasts):
        ids = [c.fact.id for c in timed]
        return ("a time ago disagrees with " + ", ".join(ids), ids)
    uncarried = None if other_event else _uncarried_moment_disagrees(idx, low, carried)
    if uncarried:
        return uncarried
    # a count or a number is held against the planned facts and those on its subject: "in
    # hospital a few times with crises" is no count of the vomiting disclosed before
    said = {s for s in content_stems(normalise(low)) if s not in PLAIN}
    on_subject = [c for c in carried if c.fact.id in context.planned
                  or any(covers(c.stems, s) for s in said)]
    # ... and a figure beside a medicine the case does not give is that medicine's
    # ("simvastatin forty" is no dose of the amlodipine planned)
    case_drugs = {n for i in idx.facts.values() for n in i.drug_names}
    if any(not known_drug(d, case_drugs, "") for d in COMMON_DRUGS.findall(low)
           if not GENERIC_DRUG.match(d)):
        on_subject = []
    contra = (_same_kind_disagrees(fig, low, carried, on_subject, drugs_counted(idx, low))
              or reading_disagrees(low, carried)
              or _half_of_day_disagrees(low, carried)
              or _count_of_disagrees(low, carried) or _count_as_rate(context, fig, carried))
    if contra:
        return contra
    carried_words = [c.fact.words for c in carried]
    if details.stones_disagree(low, carried_words):
        return ("a weight disagrees with the carried facts",
                [c.fact.id for c in carried if details.stones(c.fact.words)])
    if details.counts_disagree(low, carried_words):
        return ("a count at that moment disagrees with the carried facts",
                [c.fact.id for c in carried if details.counts_at(c.fact.words)])
    # the moment of the day answers for the planned fact ("toast this morning" where the
    # last meal was last night); an onset asked after is the case's onset, planned or not
    timed = [idx.facts[i] for i in context.planned if i in idx.facts]
    if details.moments_of_day(own_low) and STARTED.search(context.question.lower()):
        timed += [i for i in idx.facts.values() if i.fact.category is Category.hpc_onset]
    # (a moment beside a subject none of those facts speaks of, "a bad taste in my mouth since
    # last night", is that subject's: new, for the unsupported layer); asked when it began,
    # the answer's moment is the onset's whatever else it names ("when I woke up")
    topics = {t for t in said if is_claim_topic(t)}
    if topics and timed and not STARTED.search(context.question.lower()) and not any(
            covers(c.stems, t) for c in timed for t in topics):
        timed = []
    if not other_event and details.moment_disagrees(own_low, [c.fact.words for c in timed]):
        ids = list(dict.fromkeys(c.fact.id for c in timed
                                 if details.moments_of_day(c.fact.words)))
        return ("the moment of the day disagrees with " + ", ".join(ids), ids)
    return None


_AGE_SAID = re.compile(r"\b(?:when (?:i|he|she|they|we) (?:was|were)|aged|(?:at )?the age of|"
                       r"died at|age) (?:about |around |roughly |nearly |only |just )?(\d{1,3})\b")


# a thermometer read out to the tenth, not rounded: "39.7", "thirty-nine point seven"
# ("about 39.5" and "thirty-nine and a half" round, and are weighed as any figure)
_READING = re.compile(r"(?<!about )(?<!around )(?<!nearly )(?<!almost )(?<!roughly )(?<!over )"
                      r"(?<!under )\b(3[4-9]|4[0-2])\.(\d)\b(?! or)")


def reading_disagrees(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """A temperature read to the tenth against a carried fact's reading to the tenth: 39.7
    is not 39.6, though a rounding speaker might give either."""
    if not re.search(r"\d\.\d|\bpoint\b", low):
        return None
    said = [float(f"{a}.{b}") for a, b in _READING.findall(digits(low))]
    held = [(c, [v for v in (*c.value_figures.bare, *c.figures.bare)
                 if v != int(v) and 34 <= v <= 43]) for c in carried]
    held = [(c, vs) for c, vs in held if vs]
    if not said or not held:
        return None
    if all(any(abs(n - v) < 0.05 for _, vs in held for v in vs) for n in said):
        return None
    ids = [c.fact.id for c, _ in held]
    return ("a reading to the tenth disagrees with " + ", ".join(ids), ids)


def _near(a: float, b: float, ratio: float = 1.02) -> bool:
    """Equal as a patient would say it: a reading with a decimal point must match to the
    tenth; a whole figure within `ratio`."""
    if a != int(a) or b != int(b):
        return abs(a - b) <= 0.15
    return close(a, b, ratio)


_HOW_MANY = re.compile(r"\bhow (many times|often)\b")


def _count_as_rate(context: Context, fig: Figures, carried: list[FactInfo]
                   ) -> tuple[str, list[str]] | None:
    """A count said to "how many times a night...?" is a rate: "two or three times, tops"
    where the planned fact says four or five times a night."""
    if not fig.counts or fig.per_day or not _HOW_MANY.search(context.question.lower()):
        return None
    rated = [c for c in carried if c.fact.id in context.planned and not c.fact.drug
             and (c.figures.per_day or c.value_figures.per_day)]
    rates = [r for c in rated for r in (*c.figures.per_day, *c.value_figures.per_day)]
    if rates and not any_close(fig.counts, rates, 1.01):
        ids = [c.fact.id for c in rated]
        return ("a count disagrees with the rate of " + ", ".join(ids), ids)
    return None


# the medicines counted: "just the two for my blood pressure and cholesterol", "my two
# tablets"
_DRUGS_COUNTED = re.compile(r"\b(?:the|my|both|those|these|only|just) (two|three|four|five)\b"
                            r"(?! (?:days?|weeks?|months?|years?|hours?|times?|mg|milligrams?))")


def drugs_counted(idx: CaseIndex, low: str) -> set[float]:
    """The figures in the sentence that count the case's own medicines ("my two tablets"
    where the case gives two), which are no dose or reading."""
    n_drugs = sum(1 for i in idx.facts.values() if i.drug_names
                  and i.fact.polarity is Polarity.present)
    return {float(UNITS[m]) for m in _DRUGS_COUNTED.findall(low)} & {float(n_drugs)}


_COUNTED_THING = re.compile(r"\b(\d+(?:\.\d+)?) (?:(?!of\b|or\b|to\b|and\b)[a-z]+ ){0,2}?"
                            r"([a-z]{3,}s) of\b")


def _counts_of_other_things(low: str, facts: list[FactInfo]) -> set[float]:
    """Figures that measure out a thing the facts do not speak of ("two big mugs of coffee"
    beside an onset at seven): what is new is the unsupported layer's, not a wrong figure."""
    out = set()
    for m in _COUNTED_THING.finditer(digits(low)):
        said = content_stems(normalise(m.group(2)))
        if said and not any(covers(c.stems, said[0]) for c in facts) and said[0] not in PLAIN:
            out.add(float(m.group(1)))
    return out


# a figure that is no amount of the thing: the gap between ("a swig every twenty minutes"),
# or the mark a reading falls just short of ("thirty-nine point six, a whisker off forty")
_NO_AMOUNT = re.compile(rf"\b(?:every|{SHORT_OF_A_MARK}) (\d+(?:\.\d+)?)\b")


def _same_kind_disagrees(fig: Figures, low: str, carried: list[FactInfo],
                         on_subject: list[FactInfo], counted: set[float] | None = None
                         ) -> tuple[str, list[str]] | None:
    """A figure of one kind (a reading, a count, a rate, a volume) held against the carried
    facts that give a figure of the same kind; the fact's own value speaks first."""
    out_of_ten = "out of 10" in digits(low)
    # an age ("when he was eighty") is no dose or reading: the age rules weigh ages
    ages = {float(a) for a in _AGE_SAID.findall(digits(low))}
    # (a span said bare, "diabetes, which I've had about eight", meets the fact's own span)
    spanned = span_said_bare(low) & {v for c in on_subject for _, vs in c.spans
                                     for v in vs} if fig.bare or fig.weight else frozenset()
    others = _counts_of_other_things(low, on_subject)
    others |= {float(m) for m in _NO_AMOUNT.findall(digits(low))}
    mine_bare = [n for n in (*fig.bare, *fig.weight)
                 if not (n == 10 and out_of_ten) and n not in ages and n not in (counted or ())
                 and n not in spanned and n not in others]
    kinds = [
        # "up once or twice in the night for years" is the rate "once or twice a night"
        ("count", fig.counts, lambda c: [*c.value_figures.counts, *c.figures.counts,
                                         *c.figures.per_day]
         + (c.value_figures.bare if c.value_figures.counts or c.figures.counts
            or (c.fact.value is not None and not c.figures.bare) else []), 1.01),
        # "another five" after "five mls", "two of the 200s": a dose's figure said bare
        ("number", mine_bare, lambda c: [*c.value_figures.bare, *c.figures.bare,
                                         *c.figures.weight, *c.figures.counts,
                                         *c.figures.per_day,
                                         *c.figures.volume, *c.figures.mass,
                                         # "five or six of them" of litres
                                         *[v / 1000 for v in c.figures.volume],
                                         *c.figures.clock], 1.02),  # "about ten last night"
        ("time of day", fig.clock, lambda c: c.figures.clock, 1.01),
        ("rate", fig.per_day, lambda c: [] if c.fact.drug else (
            c.value_figures.per_day + c.figures.per_day), 1.3),
        ("amount", fig.volume, lambda c: [] if c.fact.drug else (
            c.figures.volume + [v * 1000 for v in c.value_figures.bare if v < 20]), 1.3),
    ]
    for kind, said, theirs_of, ratio in kinds:
        if not said:
            continue
        held = [(c, theirs_of(c)) for c in (on_subject if kind in ("count", "number")
                                            else carried)]
        held = [(c, t) for c, t in held if t]
        if not held:
            continue
        numbers = [n for _, t in held for n in t]
        # where only an onset gives a figure, its hour ("about seven, carrying boxes"), the
        # sentence that says that hour has answered; its other figures are of other things
        # ("twenty kilo each", "I sat up with her till two"), new, not against the hour
        if kind == "number" and all(c.fact.category is Category.hpc_onset for c, _ in held) and any(
                _near(n, m, ratio) for n in said for m in numbers):
            continue
        # each figure said must meet one of theirs; of two hours said as either ("teatime":
        # five or six), one will do
        groups = fig.clock_groups() if kind == "time of day" else [[n] for n in said]
        if not all(any(_near(n, m, ratio) for n in group for m in numbers) for group in groups):
            ids = [c.fact.id for c, _ in held]
            return (f"a {kind} disagrees with " + ", ".join(ids), ids)
    return None


def _uncarried_moment_disagrees(idx: CaseIndex, low: str, carried: list[FactInfo]
                                ) -> tuple[str, list[str]] | None:
    """How long ago, told of a fact the turn does not carry but the sentence plainly speaks
    of ("five hours ago, carrying boxes up the stairs at work" where that was three hours
    ago): a wrong time on a known event is a contradiction, not a new claim."""
    own_low = people.about_the_patient(low, idx.people)
    ago = ago_durations(own_low) if AGO_WORDS.search(own_low) else []
    if not ago:
        return None
    said = {s for s in content_stems(normalise(own_low)) if s not in PLAIN and len(s) >= 4}
    shared = {fid: {s for s in said if covers(i.stems, s)} for fid, i in idx.facts.items()}
    best = max(shared, key=lambda f: len(shared[f]), default=None)
    if best is None or len(shared[best]) < 2 or any(
            len(v) >= len(shared[best]) for f, v in shared.items() if f != best):
        return None
    info = idx.facts[best]
    carried_ids = {c.fact.id for c in carried}
    moments = moments_of(info, strict=True)
    if best in carried_ids or not moments or info.fact.category is Category.family:
        return None
    if not all(any_close(span, moments) for span in ago):
        return (f"a time ago disagrees with {best}", [best])
    return None


_HABITUAL = re.compile(r"\b((usual|normal) (migraines?|headaches?|attacks?|ones|pattern)|usually|"
                       r"normally|typically|they (build|come|start|last|go))\b")


def _habitual(c: FactInfo) -> bool:
    """A fact of what usually happens, with no duration of its own: it gives no moment."""
    return not c.fact.duration and bool(_HABITUAL.search(c.fact.words.lower()))


def moments_of(c: FactInfo, strict: bool = False) -> list[float]:
    """How long ago a fact says things happened, where its words say so ("ten days ago") or
    its duration; else every span it gives (`strict`: nothing)."""
    spans = list(c.ago)
    if not spans and not strict:
        return [] if _habitual(c) else c.durations
    if c.fact.duration:
        d = iso_days(str(c.fact.duration))
        if d:
            spans.append(d)
    return spans


def _count_of_disagrees(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """A count of the very thing a carried fact counts: "propped up on three pillows" where
    she sleeps on one."""
    said = counted_nouns(low)
    if not said:
        return None
    held = [(c, noun, values) for c in carried for noun, values in c.counted]
    for noun, values in said:
        key = stem(noun)
        same = [(c, v) for c, n, v in held if covers(frozenset([stem(n)]), key)]
        if same and not any(close(a, b, 1.01) for _, v in same for a in v for b in values):
            return (f"a count of {noun} disagrees with {same[0][0].fact.id}", [same[0][0].fact.id])
    return None


def _half_of_day_disagrees(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """The right hour in the wrong half of the day: "about ten this morning" where a carried
    fact says ten o'clock last night. Only where both say which half."""
    for hour, half in times_of_day(low):
        held = [(c, h) for c in carried for n, h in c.halves if n == hour]
        if held and not any(h == half for _, h in held):
            return (f"the time of day disagrees with {held[0][0].fact.id}", [held[0][0].fact.id])
    return None


def once_disagrees(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """"Just the once" is a total, not one of several ("twice last night and once more this
    morning"); and "again" is a second time where a fact says just the once."""
    for c in carried:
        words = c.fact.words.lower()
        total = c.value_figures.counts or c.value_figures.bare
        if ONLY_ONCE.search(low) and total and not any_close([1.0], total, 1.01) and (
                c.value_figures.counts or c.figures.counts):
            return (f"a count disagrees with {c.fact.id}", [c.fact.id])
        if ONLY_ONCE.search(words) and AGAIN.search(low) and not negation.denies(low):
            return (f"more than once where {c.fact.id} says just the once", [c.fact.id])
    return None


def severity_disagrees(low: str, carried: list[FactInfo]) -> tuple[str, list[str]] | None:
    """"Not bad" where the case scores the pain eight out of ten or calls it the worst, and
    "agony" where it scores it two: how bad, said in words, against the severity fact."""
    for c in carried:
        if c.fact.category is not Category.hpc_severity:
            continue
        value = c.fact.value if isinstance(c.fact.value, int | float) else None
        words = c.fact.words.lower()
        severe = (value is not None and value >= 7) or bool(SEVERE.search(words))
        mild = (value is not None and value <= 3) or bool(MILD.search(words))
        if (MILD.search(low) and severe and not mild) or (SEVERE.search(low) and mild
                                                          and not severe):
            return (f"says how bad it is against {c.fact.id}", [c.fact.id])
    return None
