"""Does a sentence deny what it speaks of? Clause by clause, with the usual cue words."""

from __future__ import annotations

import re

_CUES = re.compile(
    r"\b(no|nope|nah|not|never|none|nothing|nobody|no one|neither|nor|without|n't|nowhere|"
    r"haven't|hasn't|hadn't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|"
    r"can't|cannot|couldn't|wouldn't)\b|n't\b")
# Saying that all is well denies a problem as surely as "no" does.
# "darker than normal" compares, and "a clear sort of fluid" describes: neither reassures
# "she was fine until last night" tells when it began, not that all is well
_BEFORE_IT = (r"(?! (all day|until|till|up until|up to|before|earlier|at first|the day before|"
              r"yesterday|at bedtime|when (she|he|i) went to bed)\b)")
_WELL = re.compile(r"\b(((?<!than )(?<!from )(?<!on )normal|fine|alright|all right|okay|ok)"
                   + _BEFORE_IT
                   + r"|same as usual|"
                   r"(?<!than )as usual|"
                   # ("to clear my head" is a purpose, not a reassurance)
                   r"(?<!to )(?<!help )clear(?! (sort of |kind of )?(fluid|liquid|discharge|stuff|"
                   r"jelly|mucus|snot|water|gunk|goo|ooze))|"
                   r"nothing wrong|no problems?|settled|stays put|stays there|"
                   r"untouched|unmarked)\b")
# Negations that do not deny the claim: "not so sure", "couldn't be worse".
_HEDGES = re.compile(r"\b(not (so |too |quite |really )?sure|not sure|"
                     r"(wasn't|weren't|was never) (so |too |quite |really )?sure|not convinced|"
                     r"wasn't convinced|don't know|can't be sure|"
                     # ("couldn't tell any difference" is no difference, not a hedge)
                     r"(i can't|couldn't|can't) tell(?! (any|much|the|a|no) difference)|"
                     r"not that i know|no idea|"
                     # a prayer that it is not something is the fear of it: "I'm just praying
                     # you tell me it's not meningitis"
                     r"(praying|pray|hoping|hope|please god),? (that )?"
                     r"((you|you'll|someone|somebody) (can |will |'ll )?(tell|say|says|tells) "
                     r"(me )?)?(that )?(it'?s|it is|this is) not|"
                     r"isn't it|aren't i|don't they|didn't it|doesn't it|wasn't it|"
                     r"can't (work|sleep|stop|get|keep|eat|think|concentrate|walk|talk|breathe|"
                     r"remember|move|stand)|couldn't (work|sleep|stop|get|keep|eat|walk|move|"
                     r"stand|breathe|believe)|not going away|never (gone|goes) away|"
                     r"doesn't (go|ease|shift|settle)|hasn't (gone|eased|shifted|settled)|"
                     r"not (shifting|shifted|budging|budged)|"
                     r"won't (go|shift|settle)|"
                     r"(can't|cannot|couldn't) (seem to )?(shift|shake|get rid of|quench|slake)|"
                     # breathlessness: "I couldn't catch my breath"
                     r"(can't|cannot|couldn't|could not) (catch|get) (my|his|her|a) breath|"
                     # "I'm not getting my breath as easily as normal" is breathlessness
                     r"not getting (my|his|her) breath|"
                     # taste lost is a symptom: "food tastes of nothing"
                     r"tastes? of nothing|(can't|cannot|couldn't) taste|"
                     # "never off the toilet at night" is always on it
                     r"never off (the|my) (toilet|loo)|"
                     # the worst: "no headache I've had has ever come close"
                     r"no [a-z]+ (i'?ve|he'?s|she'?s) (ever )?(had|felt) (has )?(ever )?"
                     r"(come|comes) close|nothing('s| has)? (ever )?(come|comes) close|"
                     # a symptom said by what cannot be done: "not being able to get my breath"
                     r"(not (being )?able to|unable to) (get|catch) (my|his|her|a) breath|"
                     r"(not (being )?able to|unable to) (work|sleep|stop|eat|think|concentrate|"
                     r"walk|talk|breathe|move|stand|keep (anything|it|food|fluids) down)|"
                     # it goes on: "thirst that won't quit", "it never lets up"
                     r"(won't|doesn't|didn't|hasn't|never) (quit|stops?|stopped|lets? up|"
                     r"let-up|budge|budged|shifted|give over|ease off|switch(es)? off|"
                     r"turns? off)|"
                     # the worst, said by denying its like: "never had a headache anywhere
                     # near this bad", "I've never felt anything like it"
                     r"never (had|felt|known|experienced) (a |an |any |anything )?"
                     r"([a-z]+ ){0,3}(anywhere near|nearly as|half as|as bad|this bad|"
                     r"like (it|this)\b(?! before))|"
                     # "I've not had a headache like this ever, not even close"
                     r"(not|never) (had|felt|known) (a |an |anything )?([a-z]+ ){0,2}like (it|this)"
                     r"(,? (ever|in my life|before))?(,? not even close)?|not even close|"
                     # a change, not a denial: "I never used to drink like that"
                     r"(never|didn't|did not) used? to|"
                     # something wrong, said by denying it is right: "kidneys weren't quite up
                     # to scratch", "not right in himself"
                     r"(not|\w+n't|never) (been )?(quite |really |very |so |too |feeling )?"
                     r"(up to scratch|right|great|good|well|working properly|himself|herself|"
                     r"myself)(?! (now|again|since)\b)|"
                     # more than said, not less: "it's not just dark, it's gone sticky"
                     r"(not|isn't|wasn't|aren't|weren't|it's not) (just|only|merely|simply)"
                     r"(?! (yet|now|then)\b)|"
                     # certainty, not denial: "without a doubt the worst"
                     r"without (a|any) (doubt|question)|no (doubt|question) about it|"
                     # the past set against now: "not the dull ache it was before"
                     r"(not|nothing like) (the|that|a|an) [a-z ]{1,30}(it|that) (was|used to be)"
                     r"( before| at first| earlier)?|"
                     # a fear of what may come: "worried I'll not be able to drive"
                     r"(worried|scared|afraid|frightened|terrified) (that )?(i|he|she|we)('ll|'d)? "
                     r"(won't|will not|not|never|wouldn't|would not|might not|may not|can't|"
                     r"couldn't|will never) (be able|manage|cope|get))\b")

_HEDGE_ONLY = re.compile(r"^not (that i know of|that i'?m aware of|"
                         r"as far as i know|that i can think of|that i'?ve noticed)$|"
                         r"^(not )?(that i know of|as far as i know|to my knowledge)$")

# an aside that neither affirms nor denies: "I don't really get up in the night, to be fair"
_ASIDE_ONLY = re.compile(r"^(to be (fair|honest)|if i'?m (being )?(honest|truthful|fair)|"
                         r"in all honesty|truth be told|mind( you)?|i suppose|i guess|you know|"
                         r"i'd say)$")

_CLAUSE = re.compile(r"[,;:.!?]|\b(?:but|though|although|except|apart from|however)\b")


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text.lower().replace("’", "'")) if c and c.strip()]


def denies(text: str) -> bool:
    """Does this clause deny something (a negation cue that is not a mere hedge)?"""
    t = _HEDGES.sub(" ", text.lower().replace("’", "'"))
    return bool(_CUES.search(t))


def denied_part(clause: str) -> str:
    """What a denying clause denies: the words after its negation, less any contraction
    ("he's", "can't") that is grammar rather than a subject; "" when it denies nothing."""
    t = _HEDGES.sub(" ", clause.lower().replace("’", "'"))
    cue = _CUES.search(t)
    if not cue:
        return ""
    return without_contractions(t[cue.end():])


def without_contractions(text: str) -> str:
    """The text less its contractions ("he's", "can't", "o'clock"): grammar, not subjects."""
    return re.sub(r"\b\w+'\w*", " ", text)


def reassures(text: str) -> bool:
    """Does it say all is well ("my chest's fine")?"""
    return bool(_WELL.search(text.lower()))


def polarity(text: str) -> str:
    """"absent" when every clause with content denies or reassures, "present" when none
    does, "mixed" otherwise."""
    # "not that I know of" beside a "no" only hedges it: it neither denies nor affirms
    parts = [c for c in clauses(text) if len(c.split()) > 0 and not _HEDGE_ONLY.match(c)
             and not _ASIDE_ONLY.match(c)]
    flags = [denies(c) or reassures(c) for c in parts if c not in ("yes", "yeah")]
    flags = [f for f in flags]
    if not flags:
        return "present"
    if all(flags):
        return "absent"
    if not any(flags):
        return "present"
    return "mixed"


# what is set aside asserts nothing: "it came on slowly rather than all at once"
# ... and so is what a thing is told apart from: "sickle trait, a different thing
# altogether from sickle cell anaemia"
_RATHER = re.compile(r"\b(rather than|instead of|as opposed to|(a )?(different|separate) "
                     r"(thing|matter)( altogether| entirely)? (from|to))\b.*$")


def set_aside(clause: str) -> str:
    """The clause less what it sets aside ("slowly rather than all at once": "slowly")."""
    return _RATHER.sub("", clause).strip()
# a clause that wonders asserts nothing: "who knows if he knocked his head"
_WONDERS = re.compile(r"\b(who knows|(not sure|don't know|can't say|couldn't say|can't tell|"
                      r"couldn't tell|no idea|no way of knowing) (if|whether)|"
                      # what would have been seen, had it been there: "I'd have noticed a cough"
                      r"(i|we|he|she)('d| would) have (noticed|seen|heard|known|spotted))\b")
# a word echoed back as a question, then denied: "Hurt? No, not in the slightest"
_ECHO_DENIED = re.compile(r"^\s*([a-z' ]{1,25})\?\s*(no|nope|nah|not|never)\b")


def affirmative_clauses(text: str) -> list[str]:
    """The clauses that assert something rather than deny it (or wonder about it)."""
    text = _ECHO_DENIED.sub(r"\2 \1,", text.lower().replace("’", "'"))
    return [_RATHER.sub("", c).strip() for c in clauses(text)
            if not denies(c) and not reassures(c) and not _WONDERS.search(c)]


_UNDO = [
    (r"\b(have|has|had|do|does|did|is|are|was|were|could|would|can|wo)n't\b", r"\1"),
    (r"\bcan't\b", "can"), (r"\bcannot\b", "can"), (r"\bwon't\b", "will"),
    (r"\b(not|never|no longer)\b\s*", ""), (r"\bno\b\s*", "some "), (r"\bnone\b", "some"),
    (r"\bnothing\b", "something"), (r"\bnobody\b|\bno one\b", "someone"),
    (r"\bwithout\b", "with"), (r"\bneither\b|\bnor\b", "and"),
]


def denied_claims(text: str) -> list[str]:
    """What a text denies, said as a claim: each denying clause with its negation undone
    ("I haven't actually been sick" -> "I have actually been sick")."""
    out = []
    for clause in clauses(text):
        if not denies(clause) or len(clause.split()) < 3:
            continue
        claim = clause
        for pattern, repl in _UNDO:
            claim = re.sub(pattern, repl, claim)
        claim = re.sub(r"\s+", " ", claim).strip()
        if claim and claim != clause:
            out.append(claim)
    return out
