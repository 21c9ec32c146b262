"""Out of role by reciting: saying back a line of the model's own instructions, or defining a
condition the way a textbook does. Either way the words come from a text, not from a person
talking about themselves."""

from __future__ import annotations

import re
from functools import lru_cache

from osce.engine.llm.prompt import PROMPTS
from osce.guard.terms import RELATIVES

MIN_WORDS = 4  # shorter pieces ("in your own words") turn up in ordinary talk


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z']+", text.lower().replace("’", "'")))


@lru_cache(maxsize=1)
def instruction_lines() -> tuple[tuple[str, ...], ...]:
    """The fixed wording of the patient prompt, cut into clauses: what the template says
    whatever the case, with its placeholders and tags taken out."""
    source = (PROMPTS / "patient.j2").read_text()
    literal = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", "\n", source, flags=re.S)
    pieces = [_words(p) for p in re.split(r"[\n.:;,]", literal)]
    pieces = [p[1:] if p and p[0] == "and" else p for p in pieces]
    # "in your own words", "in the first person": a phrase, not an order, and said in talk
    return tuple(dict.fromkeys(p for p in pieces if len(p) >= MIN_WORDS and p[0] != "in"))


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[k:k + n] == part for k in range(len(whole) - n + 1))


def recites_instructions(sentence: str) -> bool:
    """The sentence says a clause of the prompt word for word ("Do not make anything up."),
    or is itself a run of one: the model reading out its orders."""
    said = _words(sentence)
    if len(said) < MIN_WORDS:
        return False
    return any(_within(line, said) or _within(said, line) for line in instruction_lines())


# "X is a rare and severe skin condition caused by ...", "It is characterised by ...", "DHA is
# also known as ...": the register of an encyclopaedia entry
_DEFINITION = re.compile(
    r"\b(?:is|are) characteri[sz]ed by\b|\b(?:is|are) (?:also )?known (?:to be|as)\b|"
    r"\b(?:is|are) (?:an? )?(?:rare|common|chronic|serious|severe|benign|malignant)\b[^.]{0,40}"
    r"\b(?:condition|disease|disorder|infection|syndrome)s?\b|"
    r"\bcaused by (?:an? )?(?:type|kind|form) of\b")
# someone in it: the speaker, or whoever said so (a relative is `RELATIVES`)
_OWN = re.compile(r"(?<![\w'])(i|i'm|i've|i'd|me|my|mine|we|our|us|says|said|thinks|thought|"
                  r"told)(?![\w'])")


def defines_condition(sentence: str) -> bool:
    """A condition defined in the third person, with nobody in it: what a patient describing
    their own illness, or a relative's, never sounds like."""
    s = sentence.lower().replace("’", "'")
    return bool(_DEFINITION.search(s)) and not _OWN.search(s) and not RELATIVES.search(s)
