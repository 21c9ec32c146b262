"""The words every rule of the guard reads a sentence with, in one place so they agree."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, lay_pattern, normalise
from osce.guard.terms import SIDES

# Stems that say nothing clinical however often they are missing from a fact.
PLAIN = frozenset(content_stems(normalise(
    "like said told know think thought sort kind bit little lot much more less get got go gone "
    "going come came coming say said feel felt way thing things time times day days week weeks "
    "month months year years ago since last first still even though mind yeah yes really "
    "there's theres few "
    "actually pretty properly honest honestly sure maybe perhaps probably about around "
    "one two three four five six seven eight nine ten twenty thirty hundred half couple "
    "today tonight morning night evening afternoon daytime yesterday week weekend work home "
    "bad worse better good fine okay alright same other another else again never ever always "
    "usually often sometimes mostly mainly just only easily hardly barely quite rather "
    "put take took taking make made keep kept went seen see saw look looked looking want "
    "wanted need needed try tried trying remember start started starting stop stopped "
    "every getting been keeping none anyone anybody anything nothing nobody someone "
    "something everyone everything tell telling told happen happening happened "
    "do does did done doing nope nah because cos "
    # the words of a figure: "quarter of an hour, tops"
    "quarter tops max roughly odd once "
    # a comparison's words: "this was totally different" says nothing new
    "different differently totally completely entirely similar "
    # the order of things, not a thing: "after work", "after a day on site" ("before" says
    # more: "I've had it before")
    "after", )))
# Words a denial is built with rather than what it denies ("he's not himself").
GRAMMAR = frozenset(content_stems(normalise(
    "himself herself myself itself themselves yourself ourselves after before again once "
    "about any anymore much many very well since until while when where which there then")))
# "I nearly passed out" says she did not: what follows is denied as surely as after "not".
NEARLY = re.compile(r"\b(?:nearly|almost|just about)\s+(passed out|pass(ing)? out|faint\w*|"
                    r"blacked out|black(ing)? out|fell|fall(ing)?|collaps\w*|choked|been sick|"
                    r"threw up|vomited|died)")
ADDITIVE = re.compile(r"\b(as well|too|also|and another|on top of that)\b|^(and|also|plus)\b")
CONTRAST = re.compile(r"\b(though|mind|however|but)\W*$")
SYMPTOM_WORDS = re.compile(
    r"\b(smell\w*|colou?r\w*|burn\w*|sore\w*|ach\w*|cramp\w*|itch\w*|swell\w*|swollen|niggle|"
    r"stiff\w*|numb\w*|sweat\w*|drench\w*|shak\w*|unsteady|wobbly|dizzy|blur\w*|"
    r"greenish|yellowish|reddish|bloody|lump\w*|bump\w*|ring|crust\w*|bleed\w*|"
    r"worst|throb\w*|stabb\w*|sharp|dull|tight\w*|heavy|pressure|tender\w*|"
    r"weak\w*|tingl\w*|cough\w*|wheez\w*|breathless\w*|sick|vomit\w*|nause\w*|"
    r"diarrh\w*|constipat\w*|thirst\w*|hungry|tired|fatigue|sleep\w*|nightmares?|"
    r"infection|chlamydia|physio\w*|operation|surgery|gp|hospital|scan|x-ray|"
    r"droop\w*|hoarse\w*|gritty|weep\w*|cracked|bruis\w*|twitch\w*|floppy|cloudy|loose|"
    r"harm(?:ing)? (?:myself|himself|herself)|self.harm\w*|(?:poor|no) concentration|"
    r"(?:not able|unable|can'?t|cannot|couldn'?t) (?:to )?concentrat\w*)\b")
# Negations that deny nothing of what follows: "from nothing to the worst pain" (how fast it
# came), "nothing since some pasta" (the last thing eaten), "not even aspirin" handled apart
_NOT_DENIAL = re.compile(r"\bfrom nothing( to)?\b|\b(nothing|not|none|not a thing|no) "
                         r"(since|after|but|except|apart from|other than|besides)\b")


def strip_non_denials(text: str) -> str:
    return _NOT_DENIAL.sub(" ", text)


def stems_of(text: str) -> frozenset[str]:
    """A fact's topics, normalised, and the words of each lay phrase that normalising
    replaced: "high blood pressure" reads as "hypertension", yet "my blood pressure's been
    high" still speaks of it."""
    # (a phrase of one word is left out: "a cold" is read apart from "cold" on purpose)
    replaced = " ".join(m.group(0) for m in lay_pattern().finditer(text.lower())
                        if len(content_stems(m.group(0))) >= 2)
    return frozenset(content_stems(normalise(text))) | frozenset(content_stems(replaced))


def sides_of(text: str) -> set[str]:
    t = text.lower()
    out = {name for name, pattern in SIDES.items() if pattern.search(t)}
    # a pain that began on one side and is now "right across" is that side's, where the
    # side is said: only a span across with no side named is both
    if "both" in out and out & {"left", "right"} and not _BOTH_SAID.search(t):
        out.discard("both")
    return out


_BOTH_SAID = re.compile(r"\b(both sides|either side|on both)\b")


# The one word a patient uses for a topic that a case writes another way.
ALIASES = {"drunk": "alcohol", "drank": "alcohol", "drink": "alcohol", "drinking": "alcohol",
           "drinker": "alcohol", "booze": "alcohol", "smoked": "smoking", "smoke": "smoking",
           "smoker": "smoking", "cigarettes": "smoking", "cigarette": "smoking", "fags": "smoking",
           "fag": "smoking", "cig": "smoking", "cigs": "smoking", "cigar": "smoking",
           "cigars": "smoking", "cannabis": "drugs", "spliff": "drugs", "spliffs": "drugs",
           "skunk": "drugs", "cocaine": "drugs", "shisha": "smoking"}
ALIASED = frozenset(content_stems(" ".join(set(ALIASES.values()))))


def topic_stems(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z']+", text.lower())
    if re.search(r"\b(water|fluids?|juice|tea|squash|milk)\b", text.lower()):
        words = [w for w in words if not w.startswith("drink") and w not in ("drank", "drunk")]
    return frozenset(s for s in content_stems(normalise(" ".join(ALIASES.get(w, w)
                                                                for w in words)))
                     if s not in PLAIN)
