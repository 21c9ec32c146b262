"""Claims about medicines (dose, how often, what for, stopped), held to the drug facts."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, normalise
from osce.guard import negation, people
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context
from osce.guard.numbers import Figures, any_close, close, digits, figures
from osce.guard.terms import (
    COMMON_DRUGS,
    DRUG_CLASSES,
    RELATIVES,
    SOFT_DRINKS,
    SUPPLEMENTS,
    drug_in_class,
)
from osce.guard.wording import ADDITIVE, CONTRAST, PLAIN, topic_stems
from osce.models.case import Category, Polarity

TABLETS = re.compile(r"\b(tablets?|pills?|medicines?|medications?|meds)\b")
GENERIC_DRUG = re.compile(r"^(tablets?|pills?|medicines?|medications?|drops|creams?|gel|ointment|"
                          r"injections?|jabs?|patches?|supplements?|vitamins?|inhalers?)$")
MEDICATION_DENIED = re.compile(r"\b(on|take|taking|taken|had|been given|prescribed) (any |some )?"
                               r"(tablets|medication|medicines?|pills|antidepressants|"
                               r"anything for)\b")
STOPPED = re.compile(r"\b(came off|come off|stopped|(?:gave|given|give|giving) (?:it |them |that )?"
                     r"up|packed (?:it |them |that )?in|quit|knocked (?:it|that) on the head)\b"
                     r"((?: taking| using| smoking)?(?: the| my| his| her)?(?: [a-z]+){0,2})")
STILL = re.compile(r"\b(still|to this day|even now)\b|\b(i'm|i am|he's|he is|she's|she is) on "
                   r"(the|my|his|her)\b")
# "kept taking all my usual tablets", "I smoke": what a fact says goes on
ONGOING = re.compile(r"\b(kept|keep|carried on|carry on|still|started again|every day|"
                     r"most days|a day|a week)\b")
# a count of tablets of a strength: "two 500 milligram tablets", "the one 500 tablet", "four
# of the 500s", "two of the 1000-milligram ones" (a strength without its unit is milligrams)
_COUNTED_DOSE = re.compile(r"\b(\d+) (?:of the )?(\d+(?:\.\d+)?)(?:[- ]?(mg|milligrams?|g|grams?))?"
                           r"(?: (?:tablets?|capsules?|pills?|caplets?|medications?|ones)\b|"
                           r"(?<=\d)s\b)")


def _doses(text: str, masses: list[float] | None = None) -> list[float]:
    """Each dose in milligrams, with a count of tablets multiplied in."""
    counted = [float(m.group(1)) * float(m.group(2))
               * (1000.0 if (m.group(3) or "m")[0] == "g" else 1.0)
               for m in _COUNTED_DOSE.finditer(digits(text))
               if m.group(3) or float(m.group(2)) >= 50]  # "two 2 tablets" is no strength
    if counted:
        return counted
    return list(masses) if masses is not None else figures(text).mass


def known_drug(said: str, names: set[str], text: str) -> bool:
    """Is a drug the patient names one of these (by name, or by a class one belongs to)?"""
    dn = normalise(said)
    return any(n in dn or dn in n for n in names) or drug_in_class(said, " ".join(names)
                                                                    + " " + text)


# "a medication to treat X", "tablets for my X": what a medicine is for is a claim of its
# own (a small model pins a drug on whatever condition is in the conversation)
DRUG_PURPOSE = re.compile(
    r"\b(?:medications?|medicines?|tablets?|pills?|drugs?|inhalers?|creams?|injections?)\b"
    r"(?: (?:called|named) [\w -]+?)?(?:,? (?:that|which) (?:i|he|she|we) (?:take|use|have|get)s?"
    r"|,? (?:that|which) (?:helps?|is meant)|,? it's (?:a medication|one) that helps?)?"
    r" (?:to (?:treat|help|control|lower|reduce|manage|stop|prevent|keep)|for)"
    r" (?:with )?((?:my |his |her |the |a |an |your )?[a-z][a-z' -]{2,40})")
# "for a while", "for the pain", "for it": how long, or what any painkiller is for
_NO_PURPOSE = re.compile(r"^(?:my |his |her |the |a |an |your )?(?:while|ages|years?|months?|"
                         r"weeks?|days?|now|long|time|pain|it|that|this|them|ever)\b")


def drug_purpose(low: str) -> str | None:
    """What the sentence says a medicine is for, when it names a medicine only by kind."""
    m = DRUG_PURPOSE.search(low)
    if not m or _NO_PURPOSE.match(m.group(1)):
        return None
    stems = [s for s in content_stems(normalise(m.group(1))) if s not in PLAIN]
    return m.group(1).strip() if stems else None


def purpose_carried(purpose: str, carried: list[FactInfo]) -> bool:
    """Does a carried drug fact say the medicine is for this?"""
    want = [s for s in content_stems(normalise(purpose)) if s not in PLAIN]
    for c in carried:
        if c.fact.category is not Category.drugs:
            continue
        if any(covers(c.stems, s) for s in want):
            return True
    return False


_MORNING = re.compile(r"\b(mornings?|breakfast|first thing|when i (get|wake) up)\b")
_NIGHT = re.compile(r"\b(nights?|bedtime|bed|evenings?|teatime|tea ?time|dinner|supper)\b")


_MIDDAY = re.compile(r"\b(lunch ?time|lunch|midday|noon)\b")


def _dosing_half(text: str) -> str | None:
    """When in the day a medicine is taken, where only one part of the day is said."""
    t = text.lower()
    said = [when for when, pattern in (("morning", _MORNING), ("night", _NIGHT),
                                       ("midday", _MIDDAY)) if pattern.search(t)]
    return said[0] if len(said) == 1 else None


def _own_segment(low: str, info: FactInfo, named: list[FactInfo]) -> str:
    """The words from this drug's name to the next named drug's."""
    def first(i: FactInfo) -> int:
        hits = [m.start() for n in i.drug_names for m in re.finditer(rf"\b{re.escape(n)}\b", low)]
        return min(hits) if hits else -1
    start = first(info)
    if start < 0:
        return low
    later = [p for p in (first(i) for i in named if i is not info) if p > start]
    return low[start:min(later)] if later else low[start:]


_DOSES_GIVEN = re.compile(r"\b(?:(\d+)|a single|the 1|just the 1|only the 1|just 1|only 1) "
                          r"doses?\b(?! (of|a|per|each|every) (day|night|week))")


def _dose_count(m: re.Match[str]) -> int:
    return int(m.group(1)) if m.group(1) else 1


_DOSE_OF = re.compile(r"\b(?P<dose>[a-z0-9.]+ (milligrams?|mg|micrograms?|mcg|grams?|g)) of (the )?"
                      r"(?P<drug>[a-z]+)")
_HOURLY = re.compile(r"\bevery hour\b(?! or (two|2)\b)")
_CEILING = re.compile(r"\bup to \d+ times\b")


def dose_disagrees(idx: CaseIndex, context: Context, low: str, fig: Figures,
                   carried: list[FactInfo], drugs_named: list[str]
                   ) -> tuple[str, list[str]] | None:
    """A dose or a frequency against the drug facts: by the drug's name, or, said bare, by the
    drugs planned."""
    # drugs the case names: dose and frequency
    named_here = [i for i in idx.facts.values() if i.drug_names and any(
        re.search(rf"\b{re.escape(n)}\b", low) for n in i.drug_names)]
    said_when = _dosing_half(low)
    # where two drugs are named, a dose said before its drug ("five milligrams of amlodipine
    # and the twenty of atorvastatin") is that drug's, not the first named's: the sentence
    # with each such dose put after its drug, to be cut into the drugs' own segments
    fronted = _DOSE_OF.sub(r"\g<drug> \g<dose>", low) if len(named_here) > 1 and (
        _DOSE_OF.search(low)) else None
    for info in idx.facts.values():
        if not info.drug_names or info.fact.polarity is not Polarity.present:
            continue
        if info not in named_here and not (
                "calpol" in low and "paracetamol" in info.drug_names):
            continue
        dose = figures(info.fact.drug.dose)
        freq = figures(info.fact.drug.frequency)
        # a dose in tablets counts them: "two 500 milligram tablets" is 1 g, as the
        # fact's own words may put it
        # ... and a counted dose against a counted dose: "just the one 500 milligram
        # tablet" is half of "two 500 mg tablets", though 500 mg is each tablet's strength
        said_counted = _COUNTED_DOSE.search(digits(low))
        theirs_counted = [d for t in (info.fact.drug.dose, info.text)
                          if _COUNTED_DOSE.search(digits(t)) for d in _doses(t)]
        held_doses = theirs_counted if said_counted and theirs_counted else (
            dose.mass + _doses(info.text))
        said_doses = _doses(low, fig.mass)
        if fronted:
            said_doses = _doses(_own_segment(fronted, info, named_here))
        if said_doses and dose.mass and not any_close(said_doses, held_doses, 1.01):
            return (f"dose disagrees with {info.fact.id} ({info.fact.drug.dose})",
                    [info.fact.id])
        # how many doses: "only the one dose of Calpol" where she has had two
        said_n = _DOSES_GIVEN.search(digits(low))
        held_n = _DOSES_GIVEN.search(digits(info.fact.drug.frequency.lower()))
        if said_n and held_n and _dose_count(said_n) != _dose_count(held_n):
            return (f"the number of doses disagrees with {info.fact.id} "
                    f"({info.fact.drug.frequency})", [info.fact.id])
        if fig.volume and dose.volume and not any_close(fig.volume, dose.volume, 1.01):
            return (f"dose disagrees with {info.fact.id} ({info.fact.drug.dose})",
                    [info.fact.id])
        when = _dosing_half(info.fact.drug.frequency)
        if when and said_when and when != said_when and len(named_here) == 1:
            return (f"the time of day disagrees with {info.fact.id} "
                    f"({info.fact.drug.frequency})", [info.fact.id])
        # the clock times of the doses: "at three this morning and another at about seven"
        # where the fact gives 3 am and 8 am
        hours = freq.clock
        if hours and fig.clock and len(named_here) <= 1 and not all(
                any(abs(a - b) <= 0.5 for b in hours) for a in fig.clock):
            return (f"the time of a dose disagrees with {info.fact.id} "
                    f"({info.fact.drug.frequency})", [info.fact.id])
        per_day = fig.per_day or _times_named(low, info.drug_names)
        own = _own_segment(low, info, named_here) if len(named_here) > 1 else low
        if len(named_here) > 1 and fig.per_day:
            # of two drugs named, each frequency is the one said after its name: "amlodipine
            # once a day, and two paracetamol every hour"
            per_day = figures(own).per_day
        if _HOURLY.search(own):
            per_day = [*per_day, 24.0]  # "every hour or so till it settles"
        if per_day and freq.per_day:
            # (unless the sentence gives a ceiling too: "up to three times" is another one)
            upto = "up to" in info.fact.drug.frequency.lower() and not _CEILING.search(
                digits(low))
            # "up to four times a day" is a ceiling: five is over it, however near
            ok = any((a <= b * 1.01) if upto else close(a, b)
                     for a in per_day for b in freq.per_day)
            if not ok:
                return (f"frequency disagrees with {info.fact.id} ({info.fact.drug.frequency})",
                        [info.fact.id])
    # a dose said without the drug's name answers for the drug planned: "five milligrams"
    # to "what dose of donepezil?" where he takes ten
    # (a dose beside another drug's name is that drug's: "and sertraline, fifty milligrams")
    if (fig.mass or fig.volume) and not drugs_named and not any(
            re.search(rf"\b{re.escape(n)}\b", low) for i in idx.facts.values()
            for n in i.drug_names):
        dosed = [c for c in carried if c.fact.id in context.planned and c.drug_names
                 and c.fact.polarity is Polarity.present]
        held = [(c, _doses(c.text) + figures(c.fact.drug.dose).mass,
                 c.figures.volume + figures(c.fact.drug.dose).volume) for c in dosed]
        masses = [m for _, ms, _ in held for m in ms]
        volumes = [v for _, _, vs in held for v in vs]
        if (fig.mass and masses and not any_close(_doses(low, fig.mass), masses, 1.01)) or (
                fig.volume and volumes and not any_close(fig.volume, volumes, 1.01)):
            ids = [c.fact.id for c, _, _ in held]
            return ("a dose disagrees with " + ", ".join(ids), ids)
    # ... and so does a frequency, where the turn is about the planned drugs alone: "two
    # and a half milligrams, three times a day" to "how often does he take it?" where he
    # takes it twice
    if fig.per_day and not drugs_named and not any(re.search(rf"\b{re.escape(n)}\b", low)
                               for i in idx.facts.values() for n in i.drug_names):
        planned_facts = [idx.facts[i] for i in context.planned if i in idx.facts]
        dosed = [c for c in planned_facts
                 if c.drug_names and c.fact.polarity is Polarity.present]
        if dosed and len(dosed) == len(planned_facts):
            rates = [(b, "up to" in c.fact.drug.frequency.lower()) for c in dosed
                     for b in figures(c.fact.drug.frequency).per_day]
            if rates and not any((a <= b * 1.01) if upto else close(a, b)
                                 for a in fig.per_day for b, upto in rates):
                ids = [c.fact.id for c in dosed]
                return ("a frequency disagrees with " + ", ".join(ids), ids)
    # a dose and a frequency said together, without a name, must both fit one planned
    # drug: "five milligrams, twice a day" where the five is once a day and the twice is
    # another drug's two and a half
    return _dose_and_rate_unpaired(idx, context, low, fig, drugs_named)


def _dose_and_rate_unpaired(idx: CaseIndex, context: Context, low: str, fig: Figures,
                            drugs_named: list[str]) -> tuple[str, list[str]] | None:
    if not (fig.mass and fig.per_day) or drugs_named or any(
            re.search(rf"\b{re.escape(n)}\b", low) for i in idx.facts.values()
            for n in i.drug_names):
        return None
    dosed = [idx.facts[i] for i in context.planned if i in idx.facts
             and idx.facts[i].drug_names and idx.facts[i].fact.polarity is Polarity.present]
    if len(dosed) < 2:
        return None  # one drug: its dose and its frequency are held apart above
    said = _doses(low, fig.mass)
    fits_dose = [c for c in dosed if any_close(said, _doses(c.text) + figures(
        c.fact.drug.dose).mass, 1.01)]
    if not fits_dose:
        return None
    for c in fits_dose:
        rates = figures(c.fact.drug.frequency).per_day
        upto = "up to" in c.fact.drug.frequency.lower()
        if not rates or any(close(a, b) or (upto and a <= b) for a in fig.per_day for b in rates):
            return None
    ids = [c.fact.id for c in fits_dose]
    return ("the dose and the frequency fit no one planned drug (" + ", ".join(ids) + ")", ids)


def drug_disagrees(idx: CaseIndex, context: Context, low: str, stems: list[str],
                   drugs_named: list[str], pol: str) -> tuple[str, list[str]] | None:
    """A drug named in place of the one a planned fact gives, or one the case denies."""
    # another drug in place of the one a planned fact says was taken for this ("two
    # ibuprofen at two in the morning" where he took paracetamol): not an extra, since
    # nothing says it was taken as well
    if drugs_named and pol != "absent" and not ADDITIVE.search(low):
        case_drugs = {n for i in idx.facts.values() for n in i.drug_names}
        drug_text = " ".join(i.text for i in idx.facts.values() if i.drug_names)
        for fid in context.planned:
            info = idx.facts.get(fid)
            if info is None or not info.fact.category.is_hpc or (
                    info.fact.polarity is not Polarity.present):
                continue
            took = {d for d in COMMON_DRUGS.findall(info.fact.words.lower())
                    if not GENERIC_DRUG.match(d)}
            if took and not any(known_drug(d, took, info.text) for d in drugs_named) and (
                    not any(known_drug(d, case_drugs, drug_text) for d in drugs_named)):
                return (f"names another drug where {fid} says {', '.join(sorted(took))}",
                        [fid])
    # another drug of the same kind in place of a planned one ("lansoprazole, and that's all
    # I'm on" where the plan says omeprazole): the list as said leaves the case's drug out
    if drugs_named and pol != "absent" and not ADDITIVE.search(low):
        for fid in context.planned:
            info = idx.facts.get(fid)
            if info is None or not info.drug_names or info.fact.polarity is not Polarity.present:
                continue
            if any(re.search(rf"\b{re.escape(n)}\b", low) for n in info.drug_names):
                continue
            for d in drugs_named:
                # the answer itself, or a list said to be whole; a class word ("the statin")
                # is the case's own drug by its kind
                answer = re.match(rf"\W*(the |my |just |only )?{re.escape(d)}\b", low) or (
                    _CLOSED_LIST.search(low))
                if answer and d not in info.drug_names and not any(
                        cls.search(d) for cls, _ in DRUG_CLASSES) and any(
                        members.search(d) and any(members.search(n) for n in info.drug_names)
                        for _, members in DRUG_CLASSES):
                    return (f"{d} in place of {info.fact.id}", [info.fact.id])
    # drugs the case does not list
    if drugs_named:
        case_drugs = {n for i in idx.facts.values() for n in i.drug_names}
        drug_text = " ".join(i.text for i in idx.facts.values() if i.drug_names)
        for d in drugs_named:
            if known_drug(d, case_drugs, drug_text):
                continue
            for info in idx.facts.values():
                words = info.fact.words.lower()
                # "nothing from the chemist apart from the paracetamol" takes that one
                excepted = re.search(rf"\b(apart from|except|other than|bar|besides|but)\b"
                                     rf"[^.]{{0,20}}\b{re.escape(d)}", words)
                # "codeine makes me sick, but that's no allergy" speaks of codeine, and
                # denies nothing of taking it
                said_there = any(d in cl for cl in negation.affirmative_clauses(words))
                # "no blood thinners" denies warfarin by its class
                named = d in words or (info.fact.category is Category.drugs and drug_in_class(
                    f"{words} {info.fact.attribute.lower()}", d))
                if info.fact.polarity is Polarity.absent and named and (
                        pol != "absent") and not excepted and not said_there and not (
                        _of_relative(idx, low, d)):
                    return (f"a drug that {info.fact.id} denies", [info.fact.id])
            # the default speaks of the patient: "Alfie's just had his MMR" does not
            # gainsay it
            someone_else = RELATIVES.search(low) or set(stems) & idx.others
            if Category.drugs in idx.case.defaults and pol != "absent" and not someone_else:
                return ("a drug the drugs default rules out", [])
            if pol != "absent":
                for fid, text in idx.denied:
                    # "never been on tablets for it" denies one kind, not every drug:
                    # the fact's subject says which
                    kind = re.search(r"\b(tablets|medication|medicines?|pills) for\b", text)
                    subject = idx.case.fact(fid).attribute if kind else ""
                    if MEDICATION_DENIED.search(text) and (
                            not kind or drug_in_class(subject, d)):
                        return (f"a drug where {fid} says none is taken", [fid])
    return None


def still_where_stopped(idx: CaseIndex, context: Context, low: str, pol: str
                        ) -> tuple[str, list[str]] | None:
    """Still doing what a planned fact says was stopped ("I'm still on the pill" where she
    came off it six months ago; "I still have the odd cigarette" where he gave up)."""
    if pol == "absent" or not STILL.search(low) or CONTRAST.search(low):
        return None
    said = topic_stems(low)
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present:
            continue
        words = info.fact.words.lower().replace("’", "'")
        for m in STOPPED.finditer(words):
            if re.search(r"\b(started|start) again\b", words[m.end():]):
                continue  # "I'd packed in for years, but I've started again"
            # what was stopped ("came off the pill"), or, with no object ("I gave up ten
            # years ago"), the fact's own subject
            what = (topic_stems(m.group(2))
                    or topic_stems(f"{info.fact.attribute} {info.fact.topic or ''}"))
            hit = {s for s in said if covers(what, s)}
            if hit:
                return (f"still does what {fid} says was stopped ({', '.join(sorted(hit))})",
                        [fid])
    return None


# smoking now, said: "I smoke 10 cigarettes a day", "I'm a smoker", "he smokes"
_SMOKES_NOW = re.compile(r"\b(?:i|he|she) smokes?\b(?! (?:weed|cannabis|pot|a pipe))|"
                         r"\b(?:i'?m|he'?s|she'?s) (?:still )?a smoker\b|"
                         r"\b(?:\d+|a few|a couple of|some) (?:cigarettes|cigs|fags) a day\b")
# a case's smoking fact that says there is none now: never, not, or given up for good
_SMOKES_NOT = re.compile(r"\b(?:don'?t|doesn'?t|do not|does not|never) smoked?\b|"
                         r"\b(?:gave|given|give) up\b|\bstopped\b|\bpacked (?:it )?in\b|"
                         r"\bquit\b")


def smokes_where_case_says_not(idx: CaseIndex, low: str, pol: str
                               ) -> tuple[str, list[str]] | None:
    """Smoking now, said where the case's smoking fact says there is none now ("I smoke 2
    cigarettes a day" where he doesn't smoke, only vapes; "I smoke 10 a day" where Dad
    stopped in his fifties), planned or not."""
    if pol == "absent" or not _SMOKES_NOW.search(low) or RELATIVES.search(low) or (
            re.search(r"\b(used to|years ago|back then|when i was)\b", low)):
        return None
    for info in idx.facts.values():
        f = info.fact
        if "smok" not in f"{f.attribute} {f.topic or ''} {f.id}".lower():
            continue
        words = f.words.lower().replace("’", "'")
        if re.search(r"\b(started|start) again\b|\bi smoke\b|\b(he|she) smokes\b", words):
            continue
        if f.polarity is Polarity.absent or _SMOKES_NOT.search(words):
            return (f"smokes now, where {f.id} says not", [f.id])
    return None


# drinking said to be heavy: "I drink a lot of alcohol", "I've been drinking a lot lately"
_DRINKS_A_LOT = re.compile(r"\b(?:drink|drinking|drank|drunk) (?:quite |really )?(?:a lot|loads|"
                           r"heavily|too much|far too much)\b|\ba lot of (?:alcohol|booze|drink|"
                           r"wine|beer|lager|spirits)\b|\b(?:a )?heavy drinker\b|"
                           # a bottle of spirits a week is twice the guideline, a bottle
                           # of wine a night five times it: "a bottle of brandy a week"
                           r"\b(?:a|one|two|three|a whole|half a) bottles? of (?:brandy|whisky|"
                           r"whiskey|vodka|gin|rum|spirits|scotch|bourbon)\b|"
                           r"\b(?:a|one|two|a whole) bottles? of (?:wine|red|white|cider) "
                           r"(?:a|every|each|per) (?:day|night|evening)\b")
# the weekly units a guideline allows: a case under it gives no heavy drinking
_UNITS_LOW_RISK = 14


def drinks_a_lot_where_case_says_little(idx: CaseIndex, low: str, pol: str
                                        ) -> tuple[str, list[str]] | None:
    """Heavy drinking said where the case's alcohol fact gives no more than the low-risk
    guideline's fourteen units a week ("a lot of alcohol" against "a few glasses of wine,
    maybe fourteen units"), planned or not."""
    # (a lot of water is thirst, not drink)
    if pol == "absent" or not _DRINKS_A_LOT.search(low) or RELATIVES.search(low) or (
            SOFT_DRINKS.search(low)):
        return None
    for info in idx.facts.values():
        f = info.fact
        if "alcohol" not in f"{f.attribute} {f.topic or ''} {f.id}".lower():
            continue
        units = re.search(r"\d+(?:\.\d+)?", str(f.value or ""))
        if units and float(units.group(0)) <= _UNITS_LOW_RISK:
            return (f"heavy drinking, where {f.id} gives {units.group(0)} units a week", [f.id])
    return None


# a supplement taken: "I take vitamins", "I'm on cod liver oil"
_SUPPLEMENT_TAKEN = re.compile(r"\b(?:i take|i'?m on|i'?ve been taking|i have|i use) (?:some |a |"
                               rf"my |the odd )?({SUPPLEMENTS})\b")
# a medicines fact that closes the list: "Nothing else. No other tablets", "Just my inhaler"
_CLOSED_LIST = re.compile(r"^(just|only) |\b(nothing else|no other (tablets|medicines?|"
                          r"medication)|nothing from the chemist|that'?s (it|all))\b")


def supplement_where_list_closed(idx: CaseIndex, low: str, pol: str
                                 ) -> tuple[str, list[str]] | None:
    """A supplement said to be taken, where a medicines fact says there is nothing else
    ("Nothing else. No other tablets and nothing from the chemist."), planned or not."""
    m = _SUPPLEMENT_TAKEN.search(low)
    if pol == "absent" or not m or RELATIVES.search(low):
        return None
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        # ("nothing from the chemist apart from the paracetamol" speaks of the chemist's
        # remedies, not of everything taken)
        if info.fact.category is Category.drugs and _CLOSED_LIST.search(words) and (
                m.group(1).split()[0] not in words) and not re.search(
                r"\b(apart from|except|besides|other than)\b", words):
            return (f"a supplement, where {info.fact.id} says there is nothing else",
                    [info.fact.id])
    return None


# a kind of medicine a fact may deny by its kind ("No, I'm not on the pill or HRT", "never
# been on tablets for it" of the mental health), and its members by name
_DENIED_KINDS = [
    (re.compile(r"\b(the pill|hrt|contracepti\w+|hormones?)\b"),
     re.compile(r"\b(the pill|combined pill|mini.?pill|contraceptive pill|microgynon|rigevidon|"
                r"cerazette|yasmin|hrt|hormone replacement|tibolone|livial|oestrogen gel|"
                r"estradiol|oestradiol|evorel|utrogestan|femoston|elleste)\b")),
    (re.compile(r"\b(mental health|antidepressants?|tablets for (it|my (mood|nerves)))\b"),
     re.compile(r"\b(antidepressants?|sertraline|citalopram|escitalopram|fluoxetine|mirtazapine|"
                r"trazodone|venlafaxine|duloxetine|paroxetine|st\.? john'?s wort|"
                r"(tablets|pills|something) for (my )?"
                r"(mood|depression|nerves|anxiety)|"
                # a calming drug, or any tablet, given for the nerves: "some propranolol the
                # GP gave me for my nerves", "a short course of diazepam for my nerves"
                r"(diazepam|lorazepam|propranolol|pregabalin|valium|zopiclone|tablets|pills|"
                r"medication)\b[^.;]{0,35}\bfor (my )?(nerves|anxiety|mood|depression))\b")),
]


_OTHERS = re.compile(r"\b(he|she|his|her|herself|himself|they|their)\b")


def drug_where_fact_denies(idx: CaseIndex, low: str, pol: str) -> tuple[str, list[str]] | None:
    """A medicine said to be taken, of a kind a fact denies ("the combined pill" where "I'm
    not on the pill or HRT"; trazodone for the mood where she has "never been on tablets
    for it")."""
    if pol == "absent" or RELATIVES.search(low):
        return None
    for info in idx.facts.values():
        if info.fact.polarity is not Polarity.absent:
            continue
        words = info.fact.words.lower().replace("’", "'")
        for kind, members in _DENIED_KINDS:
            m = members.search(low)
            # (denied, or said of someone else: "Claire's been on antidepressants herself")
            if kind.search(words) and m and not any(
                    m.group(0) in c and (negation.denies(c) or _OTHERS.search(c) or any(
                        re.search(rf"\b{re.escape(p)}\b", c) for p in idx.people))
                    for c in negation.clauses(low)):
                return (f"{m.group(0)}, of a kind {info.fact.id} denies", [info.fact.id])
    return None


def stopped_where_ongoing(idx: CaseIndex, context: Context, low: str
                          ) -> tuple[str, list[str]] | None:
    """Stopped what a planned fact says goes on ("I stopped the water tablet" where she kept
    taking all her tablets; "I packed it in years ago" where he has started again)."""
    m = STOPPED.search(low)
    if not m or RELATIVES.search(low) or re.search(r"\b(started|start) again\b|\bback on\b", low):
        return None
    what = topic_stems(re.sub(r"\b(a|an|long|time|while|years?|months?|weeks?|ago|for|back)\b",
                              " ", m.group(2)))
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present:
            continue
        words = info.fact.words.lower().replace("’", "'")
        if not ONGOING.search(words) or (STOPPED.search(words) and not re.search(
                r"\bstarted again\b", words)):
            continue
        # what was stopped, or, said as "it" ("I packed it in"), the fact's own subject
        hit = ({s for s in what if covers(info.stems, s)} if what
               else topic_stems(f"{info.fact.attribute} {info.fact.topic or ''}"))
        # "I stopped the water tablet" where she kept taking all her tablets: one of them
        if not hit and TABLETS.search(re.split(r"[,.;!?]", low[m.start():])[0]) and (
                TABLETS.search(words)):
            hit = {"tablets"}
        if hit:
            return (f"stopped what {fid} says goes on", [fid])
    return None


# how well the doses are taken: a fact that owns to missed doses is gainsaid by a patient
# who never misses one, and the other way about
_ADHERENT = re.compile(
    r"\b(never (miss|forget|skip)\w*|(haven't|have not|hasn't|don't|doesn't|didn't|never) "
    r"(ever )?(missed|forgotten|skipped|miss|forget|skip) (a|one|any|it|them|a single)\b|"
    r"always (take|takes|remember)\w*|religious\w*|without fail|stickler|like clockwork|"
    r"dosette|pill (organiser|box)|(never|not) once (missed|forgotten)|"
    r"can'?t (remember|recall) the last time i (missed|forgot)|(very |really )?(good|careful) "
    r"(with|about) (it|them|my|his|her|taking)|every single (day|morning|night))")
_LAPSED = re.compile(
    r"\b((i|he|she) (do |does )?(miss|misses|forget|forgets|forgot|skip|skips|skipped)|"
    r"(miss|missed|missing|forget|forgetting|forgot|skip|skipping|skipped) (it|them|the odd|"
    r"a few|some|doses?|a dose|the occasional)|not (very |that |great |good )*(good|great) "
    r"(at|with|about) (taking|remembering)|slips? my mind|hit and miss)\b")


def _adherence(text: str) -> str | None:
    if _ADHERENT.search(text):
        return "taken"
    lapsed = _LAPSED.search(text)
    return "missed" if lapsed and not negation.denies(lapsed.group(0)) else None


def adherence_disagrees(idx: CaseIndex, context: Context, low: str
                        ) -> tuple[str, list[str]] | None:
    """Doses never missed where a planned drug fact owns to missing them ("I'm a stickler,
    it's in my dosette box" where "to be honest, I miss it quite a lot"), or the reverse."""
    said = _adherence(low)
    if said is None:
        return None
    # the drug the sentence names, where it names one of the planned ones
    named = [n for i in context.planned if i in idx.facts
             for n in idx.facts[i].drug_names if re.search(rf"\b{re.escape(n)}", low)]
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.category is not Category.drugs:
            continue
        theirs = _adherence(info.fact.words.lower().replace("’", "'"))
        if named and not any(re.search(rf"\b{re.escape(n)}", low) for n in info.drug_names):
            continue
        if theirs and theirs != said:
            return (f"says the doses are {said} where {fid} says otherwise", [fid])
    return None


# the times of day a dose is taken, named in a list: "morning, noon and night" is three a day
_NAMED_TIMES = [
    (3.0, re.compile(r"\b(morning,? noon and night|breakfast,? (lunch|dinner),? and (tea|supper|"
                     r"dinner|bedtime))\b")),
    (2.0, re.compile(r"\b((morning|breakfast) and (night|evening|bedtime|tea|supper)|"
                     r"(night|evening) and morning)\b")),
]


def _times_named(low: str, names: tuple[str, ...] | list[str]) -> list[float]:
    """Doses a day by the times named, where the drug named last before them is this one
    ("a glucosamine morning and night" says nothing of the amlodipine named first)."""
    for n, pattern in _NAMED_TIMES:
        m = pattern.search(low)
        if not m:
            continue
        before = [(d.start(), d.group(0)) for d in COMMON_DRUGS.finditer(low[:m.start()])]
        before += [(d.start(), name) for name in names
                   for d in re.finditer(rf"\b{re.escape(name)}", low[:m.start()])]
        if before and max(before)[1] in names:
            return [n]
        return []
    return []


def _of_relative(idx: CaseIndex, low: str, drug: str) -> bool:
    """Is the drug said of a relative, not of the patient?"""
    m = re.search(rf"\b{re.escape(drug)}", low)
    return bool(m) and people.said_of_relative(
        low, m.start(), idx.case.informant.role.value == "patient")


# how a medicine is taken, as a kind: "regular" (every day or night), "when needed",
# "every other day", "weekly"
_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYS = _DAY + "s?"
_REGIMENS = [
    ("every other day", re.compile(r"\b(every other|alternate|every second) (day|night|morning|"
                                   r"evening)s?\b")),
    # (a day named once is when, not how often: "on Wednesday night I took a couple")
    ("weekly", re.compile(rf"\b((once|one) a week|weekly|on a {_DAY}( night| morning)?|"
                          rf"on {_DAY}s( nights| mornings)?|every {_DAYS}|"
                          r"(twice|two|three|a few|couple of) times a week|"
                          # "I only have it Mondays and Thursdays"
                          r"(only|just) (have|take|takes|has|use|uses) (it |them |one )?"
                          rf"(on )?{_DAYS})\b")),
    ("when needed", re.compile(
        r"\b(when(ever)? (needed|necessary|required)|as (and when|needed|required)|"
        r"(only|just) (take|takes|have|has|use|uses|need|needs) (it|them|one|some|a couple)?"
        r" ?(when|if|on the days|on days)|when (i|he|she) (feel|feels|need|needs|remember|"
        r"remembers|think|thinks)|on the days (my|his|her|i|he|she)|when it'?s bad|"
        r"if (i|he|she|it) need)\b")),
    ("regular", re.compile(r"\b((once|twice|three times|four times|one|two) a day|every (day|night|"
                           r"morning|evening)|each (day|night|morning|evening)|daily|nightly|"
                           r"at night|in the mornings?|with (my |his |her )?(breakfast|tea|dinner)|"
                           r"morning and (night|evening))\b")),
]


def _regimen(text: str) -> tuple[str, int] | None:
    for name, pattern in _REGIMENS:
        m = pattern.search(text)
        if m:
            return name, m.start()
    return None


def regimen_disagrees(idx: CaseIndex, context: Context, low: str
                      ) -> tuple[str, list[str]] | None:
    """A planned drug taken on another footing than the fact gives: "only on the days my
    pressure feels high" or "on alternate nights" where it is taken once a day."""
    found = _regimen(low)
    if found is None or found[0] == "regular":
        return None
    said, at = found
    planned = [idx.facts[i] for i in context.planned if i in idx.facts
               and idx.facts[i].fact.category is Category.drugs and idx.facts[i].fact.drug]
    # the drug it is said of: the one named last before it, or the only one planned
    named = [(m.start(), p) for p in planned for n in p.drug_names
             for m in re.finditer(rf"\b{re.escape(n)}", low)]
    before = [x for x in named if x[0] < at]
    if before:
        start, subject = max(before, key=lambda x: x[0])
        # another medicine named between them takes the footing: "cetirizine, one a day,
        # plus some eye drops when it's bad"
        if any(m.start() > start + 3 and not any(m.group(0) in n or n in m.group(0)
                                                for n in subject.drug_names)
               for m in COMMON_DRUGS.finditer(low[:at])):
            return None
    elif len(planned) == 1 or (named and len({id(p) for _, p in named}) == 1):
        subject = named[0][1] if named else planned[0]
    else:
        return None
    drug = subject.fact.drug
    theirs = _regimen(f"{drug.frequency} {subject.fact.words}".lower())
    if theirs and theirs[0] != said and not (theirs[0] == "when needed" and said == "weekly"):
        return (f"taken {said} where {subject.fact.id} says {drug.frequency}",
                [subject.fact.id])
    return None
