"""A yes or a no held to the question and the plan, whatever words it comes in."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, covers, is_claim_topic, normalise, stem
from osce.guard import negation, people, roles
from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Context, Verdict
from osce.guard.terms import RELATIVES, colours_in
from osce.guard.wording import (
    ALIASED,
    ALIASES,
    CONTRAST,
    GRAMMAR,
    PLAIN,
    stems_of,
    strip_non_denials,
    topic_stems,
)
from osce.models.case import Category, Polarity

# Words a question is made of rather than what it asks about.
ASKING = frozenset(content_stems(normalise(
    "any anything else notice noticed along with have had has describe tell more bit "
    "think going diagnosis trouble problems problem")))
# "once", "a handful of times" answer "have you ever…?" with a yes as surely as "yes" does
# ("I have been taking ibuprofen" tells what was done; it says yes to no question)
YES = re.compile(r"^(yes|yeah|yep|yup|aye|i do|i have(?! been| taken| had| got)|i am|i did|"
                 r"(absolutely|definitely|certainly)(?!,? not)|"
                 # a bare "it does." to "does it wake you at night?"
                 r"(it|they|he|she) (does|do|did|has|have)(?=\s*[.!]*$)|"
                 r"a (little )?bit|a little|slightly|"
                 r"(only |just )?(once|twice|"
                 r"a (few|couple of|handful of) times|a handful|occasionally|now and then|"
                 r"sometimes|the odd time|the once))\b")
# "I've had a few", "I've had one or two": a yes given as how many, to "have you had any…?"
_HAD_SOME = re.compile(r"^(yes,? |yeah,? )?(i'?ve|i have) had (a few|some|one or two|a couple|"
                       r"a couple of them|one|one or two of them|a few of them)(?=\s*[,.!]|$)")
MISSED = re.compile(r"\b(missed|skipped)\b")
# when a thing happened: "once, years back", "only when I came off my bike", "a milder one
# over Christmas", "in my twenties"
PAST_EVENT = re.compile(
    r"\b(once|twice|(years|\w+ (years?|months?)) (back|ago)|when i was|"
    r"in my (teens|twenties|thirties|forties|fifties|sixties)|as a (kid|child|teenager)|"
    r"over (christmas|easter|new year|the summer)|last (year|summer|christmas|winter))\b")
EVER = re.compile(r"\b(ever|before)\b")
# Words a bare denial carries that say nothing of its own ("no, nothing at the moment, doc").
_FILLER = frozenset(content_stems(normalise(
    "doc doctor moment now currently really recently lately ever time know think honestly "
    "nowhere absolutely definitely certainly indeed")))
# What a part of the history is about, for a question that names the part, not the fact
# ("anything in the family?" to a fact about a father's heart attack).
_CATEGORY_STEMS = {
    Category.family: frozenset(content_stems(normalise("family relatives run in the family"))),
    Category.drugs: frozenset(content_stems(normalise("medication medicine tablets drugs"))),
    Category.allergies: frozenset(content_stems(normalise("allergy allergies allergic"))),
    Category.past_medical: frozenset(content_stems(normalise(
        "medical conditions illnesses health history operation operations surgery"))),
    # "pain anywhere else?" asks where else it goes, however the fact words the spread
    Category.hpc_radiation: frozenset(content_stems(normalise(
        "pain anywhere else elsewhere spread spreads"))),
}


def _kin(stems: frozenset[str], word: str) -> bool:
    """One of these stems, or one of its family ("contraception" and "contraceptive")."""
    return covers(stems, word) or (len(word) >= 7 and any(
        len(s) >= 7 and s[:7] == word[:7] for s in stems))


# a denial kept to a time or a place denies the habit only there: "I don't drink in the
# mornings" says nothing against the beers at the weekend
_NARROWED = re.compile(r"\b(in the (mornings?|evenings?|afternoons?|daytime)|first thing|"
                       r"at (night|work|lunch(time)?)|during the (day|week)|on (weekdays|week "
                       r"nights|school nights|my own)|before (noon|lunch|work)|(every|each) day)\b")


_FOR_A_SPAN = re.compile(r"\b(for|in) (the (last|past) )?(\d+|[a-z]+|a (few|couple of)) "
                         r"(years?|months?|decades?)\b|\bthese (\d+|[a-z]+) years\b")
_GIVEN_UP = re.compile(r"\b(gave up|given up|stopped|quit|packed (it )?in|used to)\b")


def denies_planned_topic(idx: CaseIndex, context: Context, low: str
                         ) -> tuple[str, list[str]] | None:
    """A clause that denies the very subject of a planned fact that affirms it ("I've
    never drunk" where the plan says a couple of beers at the weekend). Read fact by
    fact, so a sentence that answers two questions at once is held to both."""
    denied: set[str] = set()
    # a no for a span ("not smoked for twenty years") is what a habit given up says
    since: set[str] = set()
    for clause in negation.clauses(low):
        if negation.denies(clause) and not CONTRAST.search(clause) and not (
                _NARROWED.search(clause)):
            (since if _FOR_A_SPAN.search(clause) else denied).update(topic_stems(clause))
    if not denied and not since:
        return None
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present or (
                info.polarity_words != "present"):
            continue
        given_up = _GIVEN_UP.search(info.fact.words.lower())
        subject = topic_stems(info.fact.attribute + " " + (info.fact.topic or ""))
        hit = {s for s in (denied if given_up else denied | since)
               if covers(subject, s) and (is_claim_topic(s) or s in ALIASED)}
        if hit:
            return (f"denies the subject of {fid} ({', '.join(sorted(hit))})", [fid])
    return None


def denies_planned_words(idx: CaseIndex, context: Context, low: str
                         ) -> tuple[str, list[str]] | None:
    """What a clause denies, after its negation, where the planned fact's own words
    affirm it ("never regular" where the periods are usually regular; "I haven't thrown
    up" where she was sick once), whatever else the sentence affirms beside it."""
    # "missed her one-year jabs", "skipped a few": not had, said without a negation
    if not negation.denies(low):
        low = MISSED.sub("not had", low)
    said = [c for c in negation.clauses(strip_non_denials(low)) if not CONTRAST.search(c)]
    denied_in = {c: {s for s in stems_of(negation.denied_part(c))
                     if s not in PLAIN and s not in GRAMMAR and len(s) >= 3} for c in said}
    if not any(denied_in.values()):
        return None
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present:
            continue
        # (a no for a span, "not smoked for twenty years", is what a habit given up says)
        given_up = _GIVEN_UP.search(info.fact.words.lower())
        denied = {s for c, st in denied_in.items()
                  if not (given_up and _FOR_A_SPAN.search(c)) for s in st}
        # the fact's subject or value, or a clinical word ("never regular"), not any word
        # of its ("can't run after the grandkids" where he struggles to keep up with them)
        f = info.fact
        subject = stems_of(f"{f.attribute} {f.value or ''} {f.topic or ''}")
        hit = {s for s in denied if s in info.affirmed and s not in info.negated
               and (s in subject or is_claim_topic(s))}
        # the fact's own no, said in fuller words: "the trait, not sickle cell disease
        # itself" where the fact says "not the disease itself, just the trait"
        if hit and not denied & info.negated:
            return (f"denies what {fid} says ({', '.join(sorted(hit))})", [fid])
    return None


# an aside on the speaker's certainty or company, no answer to anything
_ASIDE = re.compile(r"^(but |and )?(i'?m|i am) (sure|not sure|certain)\b.*|"
                    r"^(but |and )?(i'?m|i am) not alone\b")
_HEDGE_TAIL = re.compile(r",? but (i'?m|i am) (just )?not (really |quite )?sure\b[^.;!?]*")


def clinical_polarity(low: str) -> str:
    """The polarity less the asides about the speaker's own certainty: "I'm sure I'm not
    alone" beside "I've had night sweats" denies nothing."""
    kept = [c for c in negation.clauses(low) if not _ASIDE.match(c)]
    return negation.polarity(". ".join(kept)) if kept else "mixed"


_YES_FIRST = re.compile(r"(yes|yeah|yep|aye)\b")
# a yes in so many words, not a count that answers as one ("twice a night" is a figure)
_YES_WORD = re.compile(r"^(yes|yeah|yep|yup|aye|i do|i have|i did|it does|it has|they do|"
                       r"absolutely|definitely)\b(?!,? not)")


def against_the_question(idx: CaseIndex, context: Context, low: str, pol: str
                         ) -> tuple[str, list[str]] | None:
    """Yes where the plan says no. The question names the subject, so an answer that
    says yes to it, or affirms it in the question's own words ("I've got a few medical
    problems" to "any medical problems?"), affirms what a planned denial denies, however
    differently that fact is worded. With nothing planned, a stated default that denies
    the subject is held instead."""
    # a hedge tacked on ("..., but I'm not sure I'm safe") takes nothing back
    low = _HEDGE_TAIL.sub("", low)
    if pol == "mixed":
        pol = clinical_polarity(low)
    if pol == "mixed" and _YES_FIRST.match(low):
        # the yes and what follows it first decide: "Yes, on and off for a month, and it's
        # not the kind I'd normally get" says yes; its later "not" qualifies, it denies nothing
        parts = negation.clauses(low)
        first = parts[1] if len(parts) > 1 and _YES_FIRST.fullmatch(parts[0]) else parts[0]
        if not negation.denies(first) and not negation.denies(parts[0]):
            pol = "present"
    if pol != "present" or not context.question or RELATIVES.search(low) or (
            CONTRAST.search(low)):
        return None
    asked = asked_stems(context.question)
    said = {s for c in negation.affirmative_clauses(low)
            for s in content_stems(normalise(c)) if s not in PLAIN}
    echoed = {s for s in said if covers(asked, s)}
    subjects = frozenset(s for s in asked if is_claim_topic(s))
    if subjects and not any(covers(subjects, s) for s in echoed):
        echoed = set()  # "any allergies to medicines?" is about allergies, not medicines
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if planned:
        denials = all(p.fact.polarity is Polarity.absent and p.polarity_words != "present"
                      for p in planned)
        # a colour where the denials give none ("my wee's darker" to "any waterworks
        # problems?" where they deny burning) is new, not a yes to what they deny
        recoloured = colours_in(low) and not any(p.colours for p in planned)
        if denials and (YES.match(low) or _HAD_SOME.match(low) or (
                echoed and not recoloured)):
            ids = [p.fact.id for p in planned]
            return (f"says yes where {', '.join(ids)} says no", ids)
        return None
    topical = {s for s in echoed if is_claim_topic(s)}
    for category, denied in idx.default_denials.items():
        if any(covers(denied, s) for s in topical):
            return (f"affirms, in the question's words, what the {category} default denies",
                    [])
    return None


_ANYTHING_ELSE = re.compile(r"\b(anything|something) else\b")


def no_to_the_question(idx: CaseIndex, context: Context, low: str, pol: str
                       ) -> tuple[str, list[str]] | None:
    """No where the plan says yes: a bare denial ("no, no", "no, no family") of what the
    question asks, when every planned fact affirms it and speaks of what was asked. A
    denial with words of its own ("no, it's not sharp") is left to the other layers."""
    if pol != "absent" or not context.question or CONTRAST.search(low):
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    asked = asked_stems(context.question)
    # a fact whose words also deny something ("brown spotting ... not like a proper
    # period") still affirms what was asked, unless what it denies is what was asked
    if not planned or not all(p.fact.polarity is Polarity.present and (
            p.polarity_words == "present" or (
                p.polarity_words == "mixed" and asked
                and not any(covers(p.negated, s) for s in asked))) for p in planned):
        return None
    said = {s for s in content_stems(normalise(low)) if s not in PLAIN and s not in _FILLER}
    if any(not covers(asked, s) for s in said):
        return None
    # a question kept to a time ("do you ever drink in the mornings?") is not answered by a
    # plan that never speaks of that time
    narrowed = _NARROWED.search(context.question.lower())
    when = narrowed.group(1).split()[-1].rstrip("s") if narrowed else ""
    if narrowed and not any(re.search(rf"\b{when}s?\b", p.fact.words.lower()) for p in planned):
        return None
    # "anything else along with it?" asks after whatever the plan gives: a bare no denies it
    if _ANYTHING_ELSE.search(context.question.lower()) and not said:
        ids = [p.fact.id for p in planned]
        return (f"says no where {', '.join(ids)} says yes", ids)
    subjects = set(asked) | {stem(ALIASES[s]) for s in asked if s in ALIASES}
    held = [(p, p.stems | _CATEGORY_STEMS.get(p.fact.category, frozenset())) for p in planned]
    # every symptom or subject the question names must be one the plan affirms: "loin
    # pain?" is not answered by a fact about back pain
    topical = {s for s in subjects if is_claim_topic(s)} or subjects
    if not all(any(_kin(stems, s) for _, stems in held) for s in topical):
        return None
    hit = [p.fact.id for p, stems in held if any(_kin(stems, s) for s in subjects)]
    if not hit:
        return None
    return (f"says no where {', '.join(hit)} says yes", hit)


# "never had a single one", "none whatsoever": a no made louder, not a new subject
_EMPHASIS = frozenset(content_stems(normalise("single whatsoever")))


def no_to_a_mixed_plan(idx: CaseIndex, context: Context, low: str, pol: str
                       ) -> tuple[str, list[str]] | None:
    """A bare no, in the question's own words, where the plan both affirms and denies: "I
    don't have any medical problems" where the plan holds asthma beside "never had an
    operation", "I don't smoke or drink" where it holds weekend pints beside "I don't smoke
    cigarettes". A word of the no that only a denying fact speaks of ("I don't smoke") is
    the plan's own answer; one that an affirming fact speaks of, or the part of the history
    asked about as a whole, gainsays that fact."""
    if pol != "absent" or not context.question or CONTRAST.search(low) or (
            RELATIVES.search(low)) or _NARROWED.search(low):
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    asked = asked_stems(context.question)

    def affirms(p: FactInfo) -> bool:
        return p.fact.polarity is Polarity.present and not any(
            covers(p.negated, s) for s in asked) and p.polarity_words != "absent"

    affirming = [p for p in planned if affirms(p)]
    if not affirming or len(affirming) == len(planned):
        return None
    said = {s for s in content_stems(normalise(low)) if s not in PLAIN and s not in _FILLER
            and s not in _EMPHASIS}
    # the part of the history asked about, in its own words ("health problems")
    part = frozenset().union(*(_CATEGORY_STEMS.get(p.fact.category, frozenset())
                               for p in planned))
    if not said or any(not covers(asked, s) and s not in ASKING and s not in part
                       for s in said):
        return None
    hit: list[str] = []
    for s in said:
        # "drink" is what a fact on alcohol speaks of, in other words
        kin = {s} | ({stem(ALIASES[s])} if s in ALIASES else set())
        hit += [p.fact.id for p in affirming if any(_kin(p.stems, k) for k in kin)
                and p.fact.id not in hit]
        if not any(_kin(p.stems, k) for p in planned for k in kin):
            hit += [p.fact.id for p in affirming if p.fact.id not in hit
                    and covers(_CATEGORY_STEMS.get(p.fact.category, frozenset()), s)]
    if not hit:
        return None
    return (f"says no where {', '.join(hit)} says yes", hit)


_PAIN = stem("pain")
_ELSE = re.compile(r"\b(else|other|elsewhere|anywhere|apart from|besides)\b")
_JUST_NOW = re.compile(r"\b(at the moment|right now|now|today|currently|at present|just now)\b")


def denies_the_complaint(idx: CaseIndex, context: Context, low: str, pol: str
                         ) -> tuple[str, list[str]] | None:
    """A bare denial of the complaint itself ("no pain.", "I've got no pain" from a patient
    whose complaint is tummy pain), to whatever question: nothing but the complaint's own
    words is denied. Not to a question about somewhere or something else, and not of the
    moment only ("no pain right now" may be true of pain that comes and goes)."""
    if pol != "absent" or CONTRAST.search(low) or _JUST_NOW.search(low) or _ELSE.search(
            context.question.lower()) or _ELSE.search(low):
        return None
    # (pain is too plain a word to be a topic elsewhere, but here it is the complaint)
    # ("it doesn't hurt" denies the pain as surely as "no pain")
    said = {_PAIN if s == "hurt" else s for s in content_stems(normalise(low))
            if s not in _FILLER and (s not in PLAIN or s in (_PAIN, "hurt"))}
    if not said or not any(is_claim_topic(s) or s == _PAIN for s in said):
        return None
    for info in idx.facts.values():
        if info.fact.category is not Category.presenting_complaint or (
                info.fact.polarity is not Polarity.present):
            continue
        # what the complaint affirms, not what its words deny ("not sharp")
        affirmed = frozenset(s for c in negation.affirmative_clauses(info.fact.words)
                             for s in content_stems(normalise(c)))
        if all(covers(affirmed, s) for s in said):
            return (f"denies the complaint itself, {info.fact.id}", [info.fact.id])
    return None


_FINE_ASKED = re.compile(r"\b(normal|ok|okay|alright|all right|fine)\b")
_NO_ANSWER = re.compile(r"^(no|nope|nah)\s*[,.!]")
_NOT_FINE = re.compile(r"\bnot (been |really |quite )?(normal|right|ok|okay|fine|great|good)\b")
_ALL_WELL = re.compile(r"\b(no|nothing|any|without) (real )?(problems?|trouble|issues?|changes?|"
                       r"bother|worries)\b|\b(fine|normal|okay|ok|alright)\b(?<!not normal)"
                       r"(?<!not fine)(?<!not okay)(?<!not ok)(?<!not alright)")


def no_where_default_is_fine(idx: CaseIndex, context: Context, low: str, pol: str
                             ) -> tuple[str, list[str]] | None:
    """A bare no to "have your bowels been normal?" where nothing is planned and the case's
    stated default for that part says they are ("Bowels normal."): the default is the
    answer, and the no gainsays it."""
    question = context.question.lower()
    # a no to the question, not the "fine" that reassures ("yes, they're fine" reads as
    # absent too) nor "no problems", which says all is well
    if pol == "present" or context.planned or not _FINE_ASKED.search(question) or not (
            _NO_ANSWER.match(low) or _NOT_FINE.search(low)) or _ALL_WELL.search(low):
        return None
    asked = {s for s in content_stems(normalise(question)) if s not in PLAIN and s not in ASKING}
    said = {s for s in content_stems(normalise(low))
            if is_claim_topic(s) and s not in PLAIN and not _FINE_ASKED.search(s)}
    subjects = {s for s in asked if is_claim_topic(s)}
    if not subjects or any(not covers(frozenset(asked), s) for s in said):
        return None
    for category, text in idx.case.defaults.items():
        # ("bowels normal" reassures, so it is no affirmative clause: read every clause)
        for clause in negation.clauses(text):
            if not negation.denies(clause) and _FINE_ASKED.search(clause) and (
                    subjects & set(content_stems(normalise(clause)))):
                return (f"says no where the {category} default says all is well", [])
    return None


# what relieves or worsens, asked: "does anything make it better?", "what makes it worse?"
_EASE_ASKED = re.compile(r"\b(better|help|helps|ease|eases|easier|relieve|relieves)\b")
_WORSE_ASKED = re.compile(r"\b(worse|worsen|aggravate|aggravates)\b")
# ... and a fact's clause that says something does: "lying still helps a little"
_EASES = re.compile(r"\b(helps?|helped|takes the edge off|brings [^,.;]{1,30} down|settles?)\b")
_WORSENS = re.compile(r"\b(worse|worst|sets [^,.;]{1,20} off|hurts)\b")
# a bare no to it, naming nothing else: "no, nothing makes it better"
_NO_EASE_WORDS = frozenset(content_stems(normalise(
    "no not nothing anything really make makes it better help helps worse ease eases "
    "doesn't does seem seems")))


def denies_what_eases(idx: CaseIndex, context: Context, low: str, pol: str
                      ) -> tuple[str, list[str]] | None:
    """"Nothing makes it better" where a planned fact says something does (and "nothing
    makes it worse" where one says something does that). A fact that itself says nothing
    helps ("nothing really helps", "made no difference") is not contradicted."""
    question = context.question.lower()
    asked = ((Category.hpc_relieving, _EASES) if _EASE_ASKED.search(question) else
             (Category.hpc_exacerbating, _WORSENS) if _WORSE_ASKED.search(question) else None)
    if pol != "absent" or asked is None or CONTRAST.search(low):
        return None
    if any(s not in PLAIN and s not in _NO_EASE_WORDS for s in content_stems(normalise(low))):
        return None
    category, says = asked
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.category is not category or (
                info.fact.polarity is not Polarity.present):
            continue
        words = info.fact.words.lower()
        if re.search(r"\bnothing (really )?(helps|works)|no difference\b", words):
            continue
        if any(says.search(c) for c in negation.affirmative_clauses(words)):
            return (f"says nothing does, where {fid} says something does", [fid])
    return None


def ever_answered_yes(idx: CaseIndex, context: Context, low: str
                      ) -> tuple[str, list[str]] | None:
    """"Have you ever…?" answered with when it happened, where every planned fact says it
    never has: a time for the event is a yes however the event is worded, and a later clause
    that denies or reassures ("nobody knew", "it settled on its own") does not undo it."""
    if not EVER.search(context.question.lower()) or RELATIVES.search(low) or (
            people.PARTNERS.search(low)):
        return None
    planned = _planned_never(idx, context)
    if not planned:
        return None
    parts = negation.clauses(low)
    if not parts or negation.denies(parts[0]):
        return None
    if not YES.match(low) and not any(PAST_EVENT.search(c) and not negation.denies(c)
                                      for c in parts[:2]):
        return None
    ids = [p.fact.id for p in planned]
    return (f"says when, where {', '.join(ids)} says never", ids)


def _planned_never(idx: CaseIndex, context: Context) -> list[FactInfo]:
    """The planned facts, where every one of them says "never"; [] otherwise."""
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if planned and all(p.fact.polarity is Polarity.absent
                       and re.search(r"\bnever\b", p.fact.words.lower()) for p in planned):
        return planned
    return []


# a habit given up says it was once there: "not since I retired", "gave up in 2010"
GAVE_UP = re.compile(r"\b(not|n't)\b[^.,;]{0,30}\bsince\b|"
                     r"\b(gave|given|giving) (it |them |that )?up\b|\bquit\b|\bused to\b|"
                     r"\bpacked (it|them) in\b|\bex-?smoker\b")


def gave_up_where_never(idx: CaseIndex, context: Context, low: str
                        ) -> tuple[str, list[str]] | None:
    """A habit said to have stopped where every planned fact says it never started."""
    if not GAVE_UP.search(low) or RELATIVES.search(low) or people.PARTNERS.search(low):
        return None
    planned = _planned_never(idx, context)
    if not planned:
        return None
    ids = [p.fact.id for p in planned]
    return (f"says it stopped, where {', '.join(ids)} says never", ids)


# a denial by comparison ("nothing like this") leaves what it compares standing: "a tightness
# for three weeks ... Nothing like this" still says there was a tightness
_COMPARED = re.compile(r"\b(nothing|not|never|none)( \w+)? (quite )?(like|as bad as) (this|that|it|"
                       r"today)\b|\bnot (this|that) bad\b")


def reads_present(info: FactInfo, low: str) -> bool:
    """Do a fact's words affirm, once a denial by comparison is set aside, where the sentence
    makes no comparison of its own?"""
    if info.polarity_words == "present":
        return True
    if info.polarity_words != "mixed" or _COMPARED.search(low):
        return False
    kept = [c for c in re.split(r"(?<=[.!?])\s+", info.fact.words.lower().replace("’", "'"))
            if not _COMPARED.search(c)]
    return bool(kept) and negation.polarity(" ".join(kept)) == "present"


def never_where_ever_yes(idx: CaseIndex, context: Context, low: str, pol: str
                         ) -> tuple[str, list[str]] | None:
    """"Have you ever…?" answered never, in whatever words ("never had so much as a twinge"),
    where every planned fact says there was something before; a denial by comparison ("never
    anything like this") is left alone, as the facts often say the same."""
    # (never "in the daytime" is no never at all)
    if pol != "absent" or not EVER.search(context.question.lower()) or CONTRAST.search(low) or (
            RELATIVES.search(low) or not re.search(r"\b(never|not once|so much as|not even)\b",
                                                   low)) or _NARROWED.search(low):
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if not planned or not all(p.fact.polarity is Polarity.present and reads_present(p, low)
                              for p in planned):
        return None
    ids = [p.fact.id for p in planned]
    return (f"says never, where {', '.join(ids)} says there was", ids)


def bare_yes(low: str) -> bool:
    """A yes and nothing of its own beside it ("Yes, I have.", "It does.", "I've had a few,
    but I'm not sure"): what it says yes to is whatever the question asked."""
    low = _HEDGE_TAIL.sub("", low).strip()
    m = YES.match(low) or _HAD_SOME.match(low)
    if not m:
        return False
    rest = low[m.end():]
    return not {s for s in content_stems(normalise(rest)) if s not in PLAIN and s not in _FILLER}


def asked_stems(question: str) -> frozenset[str]:
    """What a question asks about, less the words questions are made of."""
    return frozenset(s for s in content_stems(normalise(question.lower()))
                     if s not in PLAIN and s not in ASKING)


def asked_topics(question: str) -> frozenset[str]:
    """The clinical subjects a question names ("any mouth ulcers?": ulcer, mouth)."""
    return frozenset(s for s in content_stems(normalise(question.lower()))
                     if s not in PLAIN and s not in ASKING and is_claim_topic(s))


def yes_held_to_case(idx: CaseIndex, context: Context, low: str
                     ) -> tuple[Verdict, str, list[str]] | None:
    """A bare yes to a question about a clinical subject the plan does not speak of: the yes
    claims the subject ("Yes, I have." to "any mouth ulcers?") as surely as naming it would,
    so it is held to the case as the named subject would be. A fact that denies every
    subject asked, or a stated default that denies one, is contradicted; otherwise, with
    nothing disclosed that speaks of it, the yes is unsupported. Returns (verdict, reason,
    fact ids). With a plan that speaks of the subject, the plan is the answer and the other
    layers judge the yes against it."""
    if not context.question or not bare_yes(low) or roles.instructed(context.question):
        return None
    topics = asked_topics(context.question)
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    # a yes to "anything else?" where the plan gives more: the yes is what the plan holds
    # (or to "any medical problems?" where the plan names them: "I do.")
    if planned and _YES_WORD.match(low) and (not topics or any(
            covers(p.stems, s) for p in planned for s in topics)) and all(
            p.fact.polarity is Polarity.present and p.polarity_words != "absent"
            for p in planned):
        return (Verdict.supported, "a yes to what the plan holds",
                [p.fact.id for p in planned])
    # (a plan about something else, a drug planned to "does it wake you at night?", is no
    # answer to what was asked)
    # (a plan that says no is answered by `against_the_question`)
    if not topics or any(covers(p.stems, s) for p in planned for s in topics) or (
            planned and all(p.fact.polarity is Polarity.absent for p in planned)):
        return None
    for info in idx.facts.values():
        if info.fact.polarity is Polarity.absent and all(covers(info.negated, s)
                                                          for s in topics):
            return (Verdict.contradiction, f"a yes to what {info.fact.id} denies",
                    [info.fact.id])
    for category, denied in idx.default_denials.items():
        if any(covers(denied, s) for s in topics) and not any(
                covers(idx.present_stems, s) for s in topics):
            return (Verdict.contradiction, f"a yes to what the {category} default denies",
                    [])
    waved = _system_called_fine(idx, topics)
    if waved:
        return (Verdict.contradiction, f"a yes to what the {waved} default calls fine", [])
    heard = [idx.facts[i] for i in context.disclosed if i in idx.facts]
    if any(covers(h.stems, s) for h in heard for s in topics):
        return None
    return (Verdict.unsupported,
            f"a yes to what no carried fact holds: {', '.join(sorted(topics))}", [])


def _system_called_fine(idx: CaseIndex, subjects: frozenset[str] | list[str]) -> str | None:
    """The category of a default that calls fine the whole system these subjects belong to,
    where no fact of the case says any of them is present."""
    if not subjects or any(covers(idx.present_stems, s) for s in subjects):
        return None
    for category, stems in idx.systems_fine.items():
        if all(covers(stems, s) for s in subjects):
            return category
    return None


def claims_what_default_calls_fine(idx: CaseIndex, context: Context, low: str, pol: str
                                   ) -> tuple[str, list[str]] | None:
    """A claim of what was asked ("I've had fits and seizures." to "any fits or seizures?")
    where no planned fact speaks of it and the case's default calls that whole system fine
    ("No, nothing like that.", "My chest is fine."): the default is the case's answer to the
    question, and the claim gainsays it."""
    if pol == "absent" or not context.question:
        return None
    topics = asked_topics(context.question)
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if not topics or any(covers(p.stems, s) for p in planned for s in topics):
        return None
    affirmed = frozenset(s for c in negation.affirmative_clauses(low)
                         for s in content_stems(normalise(c)))
    claimed = [s for s in topics if covers(affirmed, s)]
    waved = _system_called_fine(idx, claimed)
    if waved:
        return (f"claims what the {waved} default calls fine", [])
    return None


def yes_despite_hedge(low: str) -> bool:
    """"I've had a few, but I'm not sure": the hedge tacked on takes the yes back no more
    than it takes back any other claim."""
    return bool(_HEDGE_TAIL.search(low)) and bare_yes(low)
