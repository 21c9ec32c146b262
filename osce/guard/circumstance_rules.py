"""What the patient was doing when it began, held to the fact that says so.

"It came on while I was walking the dog" shares its time with the onset fact and reads
close to it, yet the fact says "while I was carrying boxes up the stairs at work": one
detail changed, and the student learns a false trigger.
"""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, normalise
from osce.guard.case_index import FactInfo
from osce.guard.models import Context
from osce.guard.wording import PLAIN
from osce.models.case import Category

# "while I was carrying boxes", "when he was out walking", "I was driving when it came on"
_DOING = re.compile(r"\b(?:while|when|as|whilst) (?:i|he|she|we)(?: was|'d been| had been| were)"
                    r"(?: just| only| still)? (?P<y>[^,.;!?]+)")
_DOING_WHEN = re.compile(r"\b(?:i|he|she|we) (?:was|were) (?:just |only |still )?"
                         r"(?P<y>(?:[a-z]+ing|stood|sat|knelt|crouched|bent over)\b"
                         r"[^.;!?]{0,80}?) when (?:it|the pain|this)\b")
# the whole answer to "when did it start?" an activity: "I was just going to the bathroom."
_DOING_ALONE = re.compile(r"^(?:i|he|she|we) (?:was|were) (?:just |only )?"
                          r"(?P<y>[a-z]+ing\b[^,.;!?]*)[.!]*$")
_ONSET_ASKED = re.compile(r"\b(when|how long|start|started|begin|began|first notice|doing at the "
                          r"time|what were you doing|come on|came on)\b")
# being, going and feeling are no activity of their own
_WEAK = {"going", "getting", "having", "feeling", "being", "doing", "trying", "morning",
         "evening", "nothing", "something", "anything", "thing", "during", "building"}
_KINDRED = [frozenset(words.split()) for words in (
    "carrying lifting lugging hauling heaving moving shifting humping fetching",
    "walking strolling wandering",
    "climbing going",
    "sleeping lying resting dozing napping",
    "running jogging",
)]
# a workplace or a home is where much happens: no activity of its own
_PLACES = frozenset(content_stems(normalise("work home house job office")))


def _activity(text: str, alone: bool = False) -> tuple[set[str], set[str]] | None:
    m = _DOING.search(text) or _DOING_WHEN.search(text) or (
        _DOING_ALONE.search(text.strip()) if alone else None)
    if not m:
        return None
    y = m.group("y")
    if not re.search(r"\b[a-z]+ing\b", y):
        return None  # "when he was in his late teens" says when, not what he was doing
    verbs = {w for w in re.findall(r"\b[a-z]+ing\b", y) if w not in _WEAK}
    for kin in _KINDRED:
        if kin & verbs:
            verbs |= kin
    doing = set(content_stems(normalise(" ".join(re.findall(r"\b[a-z]+ing\b", y)))))
    nouns = {s for s in content_stems(normalise(y))
             if s not in PLAIN and s not in _PLACES and s not in doing}
    return verbs, nouns


def circumstance_disagrees(context: Context, low: str, carried: list[FactInfo]
                           ) -> tuple[str, list[str]] | None:
    """An activity at the onset that the planned fact does not give ("walking the dog round
    the park" where it came on "carrying boxes up the stairs at work")."""
    said = _activity(low, alone=bool(_ONSET_ASKED.search(context.question.lower())))
    if said is None or not (said[0] or said[1]):
        return None
    here = _place(low)
    for c in carried:
        if c.fact.id not in context.planned and c.fact.category is not Category.hpc_onset:
            continue
        theirs = _activity(c.fact.words.lower().replace("’", "'"))
        if theirs is None or not (theirs[0] or theirs[1]):
            continue
        if not said[0] & theirs[0] and not said[1] & theirs[1]:
            return (f"what was being done when it began disagrees with {c.fact.id}",
                    [c.fact.id])
        # the same task in another place: "carrying the crates down the drive at home"
        # where it was "carrying boxes up the stairs at work"
        there = _place(c.fact.words.lower())
        if here and there and not here & there:
            return (f"where it began disagrees with {c.fact.id}", [c.fact.id])
    return None


_FLOORS = re.compile(r"\b(upstairs|downstairs)\b")


def floor_disagrees(context: Context, low: str, facts: list[FactInfo]
                    ) -> tuple[str, list[str]] | None:
    """Downstairs where the onset fact has the patient upstairs (or the other way about),
    said in answer to where or when it began: "downstairs at the sink doing the washing up"
    where she was "upstairs, in bed"."""
    said = set(_FLOORS.findall(low))
    if len(said) != 1 or not re.search(r"\b(where|when|how did|start|begin|began|came on)\b",
                                       context.question.lower()):
        return None
    for c in facts:
        if c.fact.category is not Category.hpc_onset:
            continue
        theirs = set(_FLOORS.findall(c.fact.words.lower()))
        if len(theirs) == 1 and not theirs & said:
            return (f"where it began disagrees with {c.fact.id}", [c.fact.id])
    return None


_AT_PLACE = re.compile(r"\bat (home|work|the office|the gym|school|college|church|the pub)\b")


def _place(text: str) -> set[str]:
    m = _DOING.search(text) or _DOING_WHEN.search(text)
    return set(_AT_PLACE.findall(m.group("y"))) if m else set()
