"""How a sentence gives the diagnosis away, in words or in meaning, before any claim."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from osce.engine.scripted.lexicon import covers
from osce.guard import leaks, negation, people
from osce.guard.case_index import CaseIndex, never_text
from osce.guard.terms import KIN, RELATIVES
from osce.guard.wording import PLAIN, stems_of
from osce.models.case import Disclosure, Polarity

SELF_CLAIM = re.compile(r"\b(i've got|i have got|i have|i've|i('ve)? got|mine|same as|the same|"
                        r"like (my )?(mum|dad|mother|father)('s)?|i'm|my own)\b")
# the patient takes a relative's illness as theirs: "like Mum had", "I've got the same",
# "the same thing Mum had", "whatever Dad had"
SAME_AS_RELATIVE = re.compile(
    rf"\b(the same (thing|type|way|one|as)|i('ve| have)? got (it|one|the same)( now)?|"
    rf"same (type|thing|way) as|like (my |our )?{KIN}('s)?( had| did)?|"
    rf"(what|whatever) (my |our )?{KIN} had|(gone|going|go|went) the way of (my |our )?{KIN})\b")
# ... unless the relative is the one said to have the same: "Mum had the same"
RELATIVE_HAS_SAME = re.compile(rf"\b{KIN}('s| has| had| have)? (got |had )?the same\b")


# a sexual onset hinted, not said: "Dave and I weren't exactly asleep, if you know what I mean"
_HINTED = re.compile(
    r"\b(if you know what i mean|if you catch my drift|if you get my drift|if you follow me|"
    r"know what i'?m saying|let'?s just say|weren'?t (exactly |just )?(sleeping|asleep)|"
    r"(the )?(middle of things|peak moment|heat of the moment|crucial moment)|"
    r"(just )?(got|getting) (going|cosy|frisky|romantic|busy)|otherwise engaged|"
    r"being romantic|weren'?t (exactly )?(just )?(reading|watching telly|chatting)|"
    r"if you see what i mean|if i can put it that way|peak of (things|it all|the moment)|"
    r"if you understand me|if you take my meaning|orgasm\w*|climax(ed|ing)?|"
    r"being,? (um,? |er,? |well,? )?(romantic|intimate|amorous|frisky|close)|"
    r"bedroom side of things|the bedroom department|between the sheets|(a |our )?(very )?"
    r"(private|intimate|personal|tender|romantic) moment|"
    # "in the middle of something private", "in the middle of, you know, it", "fooling around"
    r"in the middle of,? (you know,? )?(it|something( private| personal)?)(?=[\s,.;!?]|$)|"
    r"(fooling|messing|mucking) (about|around)|busy with each other|having relations|"
    r"(making|made) love)\b")
_TOGETHER = re.compile(r"\b(we|us|together|in bed|my (husband|wife|partner|other half))\b")


def _innuendo(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A hint at what a `never` fact about sex says, by innuendo beside the partner."""
    if not _HINTED.search(low):
        return None
    partner = _TOGETHER.search(low) or any(re.search(rf"\b{re.escape(n)}\b", low)
                                           for n in idx.people)
    if not partner:
        return None
    for fact, stems, _vec in idx.never:
        if "sex" in stems:
            return (f"hints at what {fact.id} (never disclosed) says", [fact.id])
    return None


# a lay pattern and the lay phrase a case may give the patient for the same idea
_TWINS = {r"worn (out|away|down)": r"\bwear and tear\b"}


def leak_by_words(idx: CaseIndex, low: str, carried_stems: frozenset[str]
                  ) -> tuple[str, list[str]] | None:
    """A `never` fact's words, or an answer-key term or its lay pattern, said outright."""
    never_low = never_text(low)
    sent_stems = stems_of(never_low) - PLAIN
    for fact, stems, _vec in idx.never:
        shared = {s for s in sent_stems if covers(stems, s)} - carried_stems
        if len(shared) >= 2 or (shared & {"sex", "whisky", "care"}):
            return (f"says what {fact.id} (never disclosed) says", [fact.id])
    innuendo = _innuendo(idx, low)
    if innuendo:
        return innuendo
    relative = RELATIVES.search(low)
    # a relative's own illness: family history, held against the facts later; but only in
    # the part of the sentence that speaks of the relative ("Mum thinks malaria, but a
    # colleague mentioned dengue" names the second illness on no relative's behalf)
    kin_only = bool(relative) and not leaks.self_applied(low, relative)
    for term, patterns in idx.leak_terms:
        for pattern in patterns:
            m = pattern.search(low)
            if not m:
                continue
            part = _part_holding(low, m.start())
            # a relative's guess about the patient is a guess all the same: "my sister said
            # it sounds like a PE"; the relative's own illness is family history
            mine = low[max(0, m.start() - 3):m.start()] == "my " or m.group(0).startswith("my ")
            if kin_only and _THEIRS.search(part) and not _REPORTED.search(part) and not mine:
                continue
            # a relative's illness denied of the patient is no hint ("never anything wrong
            # with my heart, no stents or heart attacks" where Dad had one)
            if pattern.search(idx.allowed_text) and relative is None and any(
                    m.group(0) in c and negation.denies(c) for c in negation.clauses(low)):
                continue
            # "worn out" is the patient's own "wear and tear" in other words
            twin = _TWINS.get(pattern.pattern)
            if twin and re.search(twin, idx.own_text):
                continue
            if pattern.search(idx.allowed_text):
                # named by a disclosable fact: the patient's own to say; a relative's
                # only when said of the relative
                if pattern.search(idx.own_text) or (relative and not SELF_CLAIM.search(low)):
                    continue
                return (f"applies a relative's diagnosis ({term}) to the patient", [])
            return (f"names or hints the answer key: {term}", [])
    return None


# what someone else said or thinks of the patient's illness
_REPORTED = re.compile(rf"{KIN}\b[^.]{{0,25}}\b(said|says|reckons|thinks|thought|told me|"
                       rf"mentioned|wonders|wondered|asked if|read|looked it up|googled)\b|"
                       r"\b(she|he|they) (said|says|reckons|thinks|thought|told me|mentioned|"
                       r"wondered|asked if)\b")
# where a sentence turns to another speaker or another matter
_THEIRS = re.compile(rf"{RELATIVES.pattern}|\b(he|she|his|her|him|they|their|them)\b")
_PART_BREAK = re.compile(r"[.;!?]\s|,?\s+\bbut\b\s")


def _part_holding(low: str, at: int) -> str:
    """The part of the sentence, between full stops or a "but", that holds position `at`."""
    start = 0
    for m in _PART_BREAK.finditer(low):
        if m.start() >= at:
            return low[start:m.start()]
        start = m.end()
    return low[start:]


def leak_by_meaning(idx: CaseIndex, low: str, vector: np.ndarray, question: str = "", *,
                    guess_bar: float, leak_bar: float, margin: float,
                    vector_of: Callable[[str], np.ndarray] | None = None
                    ) -> tuple[str, list[str]] | None:
    """A diagnosis in other words: close to an answer-key term or its lay gloss, and
    closer to it than to anything a disclosable fact says.

    `vector_of` embeds a part of the sentence: where the whole reads as the patient's own
    idea, a new guess after a "but" is read alone ("I thought it was indigestion, but now
    I wonder if a bug's got into the lining round my heart")."""
    if not len(idx.key_texts):
        return None
    sims = idx.key_vectors @ vector
    k = int(sims.argmax())
    best = float(sims[k])
    guessed = leaks.guessing(low, question)
    if best < (guess_bar if guessed else leak_bar):
        return None
    if not guessed and leaks.PAST.search(low):
        return None  # "he had a stroke years ago": past history, held against the facts
    relative = RELATIVES.search(low)
    if relative and not leaks.self_applied(low, relative):
        return None
    # only what a fact affirms is the patient's to say: "no lumps in my armpits" does not
    # let them float a spread to the glands under the arm
    own = idx.affirming_vectors if len(idx.affirming_vectors) else idx.allowed_vectors
    allowed = float((own @ vector).max()) if len(own) else 0.0
    if allowed >= best - margin:
        turned = _turned_guess(low) if vector_of is not None else None
        if turned is None:
            return None
        # the whole already read as the patient's own idea: the part alone must be plainly
        # nearer the key than anything the patient may say
        return leak_by_meaning(idx, turned, vector_of(turned), question, guess_bar=guess_bar,
                               leak_bar=leak_bar, margin=max(margin, TURNED_MARGIN))
    # a sentence in no words but those of one fact the patient may affirm floats nothing
    # that fact does not ("just wear and tear, I reckon" where the idea is "I reckon it's
    # wear and tear")
    said = stems_of(low) - PLAIN
    if said and any(f.polarity is Polarity.present and f.disclosure is not Disclosure.never
                    and all(covers(stems_of(f.words.lower()), s) for s in said)
                    for f in idx.case.facts):
        return None
    term, text = idx.key_texts[k]
    # (a gloss the patient's own phrase says in other words: "my knee is worn out")
    if any(re.search(lay, text.lower()) and re.search(own_phrase, idx.own_text)
           for lay, own_phrase in _TWINS.items()):
        return None
    how = "floats" if guessed else "says"
    return (f"{how} a diagnosis in other words: {term} (close to {text!r})", [])


TURNED_MARGIN = 0.1
_BUT = re.compile(r",?\s+\bbut\b\s+|;\s+")


def _turned_guess(low: str) -> str | None:
    """The guess after the sentence's last "but", where that part guesses on its own."""
    parts = _BUT.split(low)
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    return last if leaks.GUESS.search(last) and len(last.split()) >= 4 else None


def relative_applied(idx: CaseIndex, low: str, vector: np.ndarray, *, paraphrase_bar: float
                     ) -> tuple[str, list[str]] | None:
    """A relative's illness put on the patient in other words ("like Mum had", "I've got
    the same"), where that illness is in the answer key: the relative's history is the
    patient's to give, the diagnosis it hints at is not."""
    if not idx.family_key or not SAME_AS_RELATIVE.search(low) or (
            RELATIVE_HAS_SAME.search(low)):
        return None
    kin = people.kin_in(low)
    for fid, term, theirs in idx.family_key:
        if not kin & theirs:
            continue
        if len(idx.own_vectors) and float((idx.own_vectors @ vector).max()) >= paraphrase_bar:
            return None  # the patient's own idea, as a fact gives it
        return (f"puts {fid}'s illness ({term}) on the patient", [fid])
    return None
