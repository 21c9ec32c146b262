"""The unsupported layer: clinical content no carried fact holds, taught as if true."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import (
    content_stems,
    covers,
    is_claim_topic,
    normalise,
    plain_claim_stems,
    stem,
)
from osce.guard import details, negation, people, social
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.drug_rules import drug_purpose, known_drug, purpose_carried
from osce.guard.family_rules import family_claim
from osce.guard.figure_rules import drugs_counted, spanned_facts
from osce.guard.models import Context
from osce.guard.numbers import Figures, any_close, figures, span_said_bare
from osce.guard.terms import SHORT_OF_A_MARK, colours_in
from osce.guard.wording import ADDITIVE, ALIASES, PLAIN, SYMPTOM_WORDS, topic_stems
from osce.models.case import Category, Polarity

PAIN_STEMS = frozenset(content_stems(normalise("pain pains painful ache aches aching sore hurt "
                                               "hurts")))
PAIN_WORD = re.compile(r"^(ach\w*|sore\w*)$")
ORDINAL = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"\d+(?:nd|rd|th))(?= (?:year|time|go|attempt|baby|child|pregnancy)s?\b)")
TIME_POINT = re.compile(r"\b(january|february|march|april|june|july|august|september|october|"
                        r"november|december|spring|summer|autumn|winter|christmas|easter|"
                        r"new year|bank holiday|half.term|weekends?|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday)\b")


# Words of one kind of pain: a fact that says "crushing, like someone sitting on my chest"
# carries "heavy" and "pressing down" as surely as its own words
_KINDRED = [frozenset(content_stems(normalise(words))) for words in (
    "crushing crush heavy heaviness pressing press pressure squeezing squeeze tight tightness "
    "weight band vice sitting",
    "sharp stabbing stab knife shooting")]


# up at night for the toilet is broken sleep: "I can't get a night's sleep for needing the loo"
_NOCTURIA = frozenset(content_stems(normalise("toilet wee loo urine")))
_SLEEP = frozenset(content_stems(normalise("sleep asleep")))
# going to the toilet, in every word for it ("half the night I'm out of bed emptying my
# bladder" beside "up all night going to the toilet"): said in a clause of its own, it
# restates the fact; the bladder named as the place of a pain is no trip to the toilet
_TOILET = _NOCTURIA | frozenset(content_stems(normalise("weeing pee peeing urinate")))
_BLADDER_EMPTIED = re.compile(r"\bempty(ing)? (my|his|her|the) bladder\b")


def _with_kindred(carried_stems: frozenset[str]) -> frozenset[str]:
    out = set(carried_stems)
    for kin in _KINDRED:
        if kin & carried_stems:
            out |= kin
    if "night" in carried_stems and _NOCTURIA & carried_stems:
        out |= _SLEEP
    return frozenset(out)


def _ache_of(carried_stems: frozenset[str], part: str) -> bool:
    """The part a carried ache is of: "my head's banging" where the fact says headache."""
    return any(v in (part + "ache", part + "ach") for v in carried_stems)


def unsupported(idx: CaseIndex, low: str, stems: list[str], clinical_stems: list[str],
                fig: Figures, carried: list[FactInfo], carried_stems: frozenset[str],
                sim_of: dict[str, float], drugs_named: list[str], context: Context | None = None,
                *, carry_bar: float, loose_denial_bar: float) -> tuple[str, list[str]] | None:
    """A clinical claim the planned and disclosed facts do not carry. The bars are the guard's
    SIM_CARRY and SIM_LOOSE_DENIAL."""
    if not carried:
        if clinical_stems or drugs_named or not fig.empty:
            return ("a clinical claim with no planned or disclosed fact", [])
        # a symptom no stem reads as a claim topic ("I've been numb") is still one
        if SYMPTOM_WORDS.search(" ".join(negation.affirmative_clauses(low))):
            return ("a symptom with no planned or disclosed fact", [])
        return None
    best = max(sim_of[c.fact.id] for c in carried)
    kindred = _with_kindred(carried_stems)
    uncovered = [s for s in stems if s not in PLAIN and not covers(kindred, s)
                 and not _ache_of(carried_stems, s)]
    topical = [s for s in uncovered if is_claim_topic(s)]
    case_drugs = {n for c in carried for n in c.drug_names}
    drug_text = " ".join(c.text for c in carried if c.fact.category is Category.drugs)
    new_drugs = [d for d in drugs_named if not known_drug(d, case_drugs, drug_text)
                 and not covers(carried_stems, content_stems(normalise(d))[0]
                                if content_stems(normalise(d)) else d)]
    if new_drugs:
        return ("a drug no carried fact names: " + ", ".join(new_drugs), [])
    purpose = drug_purpose(low) if not any(
        re.search(rf"\b{re.escape(n)}\b", low) for n in case_drugs) else None
    # (a relative's medicine is family history: "my grandad's on tablets for his sugar")
    if purpose and not purpose_carried(purpose, carried) and not (
            purpose in low and people.said_of_relative(
                low, low.index(purpose), idx.case.informant.role.value == "patient")):
        return (f"a medicine for {purpose!r}, which no carried drug fact gives", [])
    # a count the fact gives may be said bare ("six or seven" for "six or seven times")
    numbers = [n for c in carried for n in (*c.figures.bare, *c.figures.clock,
                                            *c.figures.per_day, *c.figures.counts,
                                            *c.value_figures.counts,
                                            *c.figures.weight, *c.figures.mass, *c.durations,
                                            *c.figures.volume)]
    numbers += [v / 1000 for c in carried for v in c.figures.volume]  # litres said bare
    numbers += [v for v in span_said_bare(low) for c in carried for _, vs in c.spans
                if v in vs]
    counted = drugs_counted(idx, low)
    mine = [[n] for n in (*fig.bare, *fig.weight, *fig.mass, *fig.volume)
            if n != 10 and n not in counted]
    mine += [g for g in fig.clock_groups() if g != [10]]
    if mine and not all(any_close(group, numbers, 1.05) for group in mine):
        return ("a figure no carried fact gives", [])
    if fig.height and not any(c.figures.height for c in carried):
        return ("a height no carried fact gives", [])
    # a weight in stones, where no carried fact weighs anything: "he's lost half a stone"
    if details.stones(low) and not negation.denies(low) and not any(
            details.stones(c.fact.words) or c.figures.weight or c.value_figures.weight
            for c in carried):
        return ("a weight no carried fact gives", [])
    # how many times ("had to change my shirt twice"), where no carried fact counts
    counted = [n for c in carried for n in (*c.figures.counts, *c.value_figures.counts,
                                            *c.value_figures.bare, *c.figures.bare,
                                            *c.figures.per_day)]
    # "just the once" of an event a fact tells is no new count: one is what a fact that
    # tells of it, with no count, says
    once_of = re.search(r"\b([a-z]+) (just |only )?once\b", low)
    # "yes, once; I was treated for it three years ago": the answer is the one event told
    once_said = (once_of and covers(carried_stems, stem(once_of.group(1)))) or re.match(
        r"(yes|yeah|yep|aye|just|only)?,? ?(just |only )?(the )?once\b", low)
    if fig.counts and not fig.per_day and not any_close(fig.counts, counted, 1.05) and not (
            fig.counts == [1.0] and not counted and once_said):
        return ("a count no carried fact gives", [])
    # an ordinal is a count too: "third year" of an apprenticeship the fact gives no year of
    ordinals = set(ORDINAL.findall(low)) - set(ORDINAL.findall(
        " ".join(c.fact.words.lower() for c in carried)))
    if ordinals:
        return ("an ordinal no carried fact gives: " + ", ".join(sorted(ordinals)), [])
    # a colour where no carried fact gives one, and the case names it nowhere ("once this
    # morning, it was all green")
    said_colours = {c for clause in negation.affirmative_clauses(low)
                    for c in colours_in(clause)
                    if not any(c in i.colours for i in idx.facts.values())}
    if said_colours and not any(c.colours for c in carried) and not any(
            covers(carried_stems, s) for s in said_colours):
        return ("a colour no carried fact gives: " + ", ".join(sorted(said_colours)), [])
    # ... and a span is given only by a fact it could be about (see `spanned_facts`)
    carried_durations = [d for c in (spanned_facts(context, low, carried) if context else carried)
                         for d in c.durations]
    if (fig.durations or fig.course) and not carried_durations:
        return ("a time no carried fact gives", [])
    # a month, a season or a holiday no carried fact names ("they upped my tablets last
    # spring", "a half marathon in March")
    carried_words = " ".join(c.fact.words.lower() for c in carried)
    points = {m.group(1).replace("weekends", "weekend")
              for cl in negation.affirmative_clauses(low) for m in TIME_POINT.finditer(cl)} - {
                  p.replace("weekends", "weekend") for p in TIME_POINT.findall(carried_words)}
    if points:
        return ("a time no carried fact gives: " + ", ".join(sorted(points)), [])
    if fig.course and not any_close(fig.course, carried_durations):
        return ("a time course no carried fact gives", [])
    carried_texts = [c.fact.words for c in carried]
    trend = details.trend_new(low, carried_texts)
    if trend:
        return (f"a course no carried fact gives: {trend}", [])
    form = details.form_new(low, carried_texts)
    if form:
        return (f"a medicine no carried fact gives: {form}", [])
    trigger = details.trigger_new(low, carried_stems)
    if trigger:
        return (f"a trigger no carried fact gives: {trigger}", [])
    named = details.named_new(low, carried_texts)
    if named:
        return (f"names what no carried fact gives, a {named}", [])
    affirmed = set()
    # the social phrases beside a denial affirm nothing: "no lumps. Bit embarrassing, sorry."
    for clause in negation.affirmative_clauses(social.remainder(low)):
        affirmed |= set(content_stems(normalise(clause)))
    topical = [s for s in topical if s in affirmed]
    if topical and best < carry_bar:
        return ("clinical content no carried fact holds: " + ", ".join(topical), [])
    # a plain claim ("I fell", "kept me awake") is no paraphrase of a fact that lacks it,
    # however like the fact the rest of the sentence reads
    plain_claims = [s for s in topical if s in plain_claim_stems()]
    if plain_claims:
        return ("clinical content no carried fact holds: " + ", ".join(plain_claims), [])
    absent = negation.polarity(low) == "absent"
    # a leading "no" before an inability says yes to the problem: "No, I'm not able to
    # concentrate" answers "are you able to?"
    denies = absent or (re.match(r"(no|nope|not|never|none)\b", low)
                        and not _INABILITY.search(low))
    denial_ok = denies and any(
        c.fact.polarity is Polarity.absent for c in carried)
    if absent:
        planned = [idx.facts[i] for i in (context.planned if context else ()) if i in idx.facts]
        denials_planned = bool(planned) and all(p.fact.polarity is Polarity.absent
                                                for p in planned)
        # a no in the question's own words, where every planned fact is a no and speaks of
        # what was asked ("no, nothing from the chemist or any herbal remedies" where the plan
        # says no over-the-counter medicines), denies only what was asked; "never had an
        # operation" is not carried by a planned "no heart trouble"
        asked = frozenset(content_stems(normalise(context.question.lower()))) if (
            context and denials_planned) else frozenset()
        if not any(covers(p.stems | topic_stems(p.fact.attribute), s) for p in planned
                   for s in asked if s not in PLAIN):
            asked = frozenset()
        loose = _loose_denial(idx, low, carried_stems | asked, best, loose_denial_bar)
        # a no in its own words to a planned no ("never been on one in my life", "not a
        # twinge"): loose only where the new words name a clinical subject
        if loose and denials_planned and negation.denies(low) and (
                not any(is_claim_topic(s) for s in loose[0].split(": ", 1)[-1].split(", "))):
            loose = None
        if loose:
            return loose
    family = family_claim(low, carried)
    if family:
        return family
    added = _added_clause(_BLADDER_EMPTIED.sub("weeing", low),
                          kindred | _TOILET if _TOILET & carried_stems else kindred)
    if added:
        return added
    # an ache is the pain a carried fact gives ("my left shoulder aches" for its pain)
    pained = bool(PAIN_STEMS & carried_stems)
    # "the colour of builder's tea" where a carried fact gives the colour
    coloured = any(c.colours for c in carried)
    # a symptom denied is no symptom claimed: "no swelling and no broken skin"
    symptoms = [w for w in SYMPTOM_WORDS.findall(" . ".join(negation.affirmative_clauses(low)))
                # the thing itself, last: "not able to concentrate" is carried by concentrating
                if not covers(kindred, content_stems(normalise(w))[-1]
                              if content_stems(normalise(w)) else w)
                and not (pained and PAIN_WORD.match(w))
                and not (coloured and w.startswith(("colour", "color")))]
    if not denial_ok and symptoms and [s for s in uncovered if s in affirmed]:
        return ("a symptom or finding no carried fact holds: " + ", ".join(symptoms), [])
    if not denial_ok and ADDITIVE.search(low) and [s for s in uncovered if s in affirmed]:
        return ("adds something no carried fact holds", [])
    if not denial_ok and len(uncovered) >= 3 and best < 0.45:
        return ("an elaboration no carried fact holds", [])
    return None


_INABILITY = re.compile(r"\b(not able to|unable to|can'?t|cannot|couldn'?t)\b")


def default_denies(idx: CaseIndex, low: str, clinical_stems: list[str]) -> bool:
    """A plain denial of what a stated default denies ("no chest pain" where the default
    says "no chest pain or anything like that"): the default is the case's answer when no
    fact is planned, so it carries the denial."""
    if not clinical_stems or negation.polarity(low) != "absent" or not idx.default_denials:
        return False
    # the symptom in a clause that affirms it is no denial: "I've been numb, but I'm not sure"
    affirmed = {s for c in negation.affirmative_clauses(low) for s in content_stems(normalise(c))}
    if affirmed & set(clinical_stems):
        return False
    defaults = frozenset().union(*idx.default_denials.values()) | idx.default_waved
    return all(covers(defaults, s) for s in clinical_stems)


_ALIAS_STEMS = {stem(word): stem(topic) for word, topic in ALIASES.items()}


def _loose_denial(idx: CaseIndex, low: str, carried_stems: frozenset[str], best: float,
                  bar: float) -> tuple[str, list[str]] | None:
    """A denial of something no carried fact (and no default) speaks of. "Never had
    any trouble with my eyes" may well be true, but nothing in the plan says so, and
    a student would take it as a finding."""
    defaults = frozenset().union(*idx.default_denials.values()) if (
        idx.default_denials) else frozenset()
    denied = {s for c in negation.clauses(low) if negation.denies(c) or negation.reassures(c)
              for s in content_stems(normalise(c)) if s not in PLAIN}
    # (a habit by its verb is the habit: "drink" is what a fact on alcohol speaks of)
    loose = sorted(s for s in denied if not covers(carried_stems, s) and not covers(PLAIN, s)
                   and not covers(defaults, s)
                   and not (s in _ALIAS_STEMS and covers(carried_stems, _ALIAS_STEMS[s])))
    if not loose:
        return None
    if best < bar:
        return ("denies something no carried fact speaks of: " + ", ".join(loose), [])
    return None


# a negation inside a description affirms what it describes ("some fresh milk that wasn't
# pasteurised" says the milk was raw)
DESCRIBED = re.compile(r"^\s*(and|plus)\b.*\b(that|which) (wasn't|isn't|weren't|hadn't been|"
                       r"hasn't been)\b")

# a negation in a purpose tail leaves the deed standing: "I wear a cap so my scalp doesn't fry"
# says the cap is worn
PURPOSE = re.compile(r"\bso (that )?(i|my|it|he|she|they|we|the|his|her)\b.*$")


def _purposed(clause: str) -> bool:
    """Is the clause's only negation in a purpose tail?"""
    return bool(PURPOSE.search(clause)) and not negation.denies(PURPOSE.sub("", clause)) and (
        not negation.reassures(PURPOSE.sub("", clause)))


_SIMILE = re.compile(r"\s*(and )?(like|as if|as though|like as if|"
                     # how near a figure said came to a mark: "a whisker off forty"
                     rf"(only )?({SHORT_OF_A_MARK}|not far off))\b")


_ANOTHER = re.compile(r"\b(the other|another|a second|a different) (ache|pain|thing|problem|"
                      r"trouble)\b")


def _added_clause(low: str, carried_stems: frozenset[str]) -> tuple[str, list[str]] | None:
    """A sentence whose one clause says what a fact carries and whose other speaks of
    something no carried fact touches ("bit blurry, and I've had to get new glasses"): the
    likeness of the whole to the fact hides the addition, so each clause is read alone."""
    clauses = [c for c in negation.clauses(low) if len(c.split()) >= 2 and (
        (not negation.denies(c) and not negation.reassures(c)) or _purposed(c))]
    if len(negation.clauses(low)) < 2 or not clauses:
        return None
    touched, bare, loose = False, False, []
    for clause in negation.clauses(low):
        if _SIMILE.match(clause):
            continue  # "like someone's parked themselves on me" says how it feels, no more
        # in the clause's own order, so the reason reads the same whatever the hash seed
        said = [s for s in dict.fromkeys(content_stems(normalise(
            negation.without_contractions(negation.set_aside(clause))))) if s not in PLAIN]
        held = [s for s in said if covers(carried_stems, s)]
        if not said and not touched and not figures(clause).empty:
            # the answer as a bare figure ("three days a week"); what is joined to it with
            # "and" is added, what follows it bare restates it ("four o'clock, wide awake")
            touched = bare = True
            continue
        if DESCRIBED.search(clause):
            clauses.append(clause)  # "milk that wasn't pasteurised" says what it was
        # a later clause that shares a word with the fact but says mostly new things ("and
        # I did the Sunday papers round on top", "I've had a hot water bottle on it since")
        fresh = [s for s in said
                 if not covers(carried_stems, s) and (is_claim_topic(s) or len(s) >= 4)]
        # (or said to be another: "the other ache I get is across my upper back")
        joined = re.match(r"\s*(and|plus|also)\b", clause) or _ANOTHER.search(clause)
        if touched and held and joined and clause in clauses and len(fresh) >= max(
                2, len(held) + 1):
            loose.append(", ".join(fresh))
        elif held:
            touched = True
        elif touched and clause in clauses and (joined or not bare):
            # after the answer, not in place of it (a paraphrase of the answer comes first);
            # a clinical word, or two words of substance: "you've got to laugh" adds nothing
            new = [s for s in said if is_claim_topic(s) or len(s) >= 4]
            if any(is_claim_topic(s) for s in new) or len(new) >= 2:
                loose.append(", ".join(new))
    if loose:
        return ("adds, beside what is carried, " + "; ".join(loose), [])
    return None
