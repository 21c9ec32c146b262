"""A student's guess at the station's answer ("is it a PE?", "so is it melanoma or not?").

The patient does not know the diagnosis and must not confirm one: a guess that names the
case's answer key, or one of its differentials, gets the same in-role reply as "what's the
diagnosis?". A guess at something the patient has already been told they have ("is it your
asthma?") or fears ("is it cancer?", where the concern says so) is answered from that fact.
"""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, normalise, topic_stems
from osce.models.case import Case, Category, Disclosure, Polarity

GUESS = re.compile(
    r"^(?:(?:so|and|or|ok|okay|right|well|then|just),? )*(?:is (?:it|this|that)|could (?:it|this|"
    r"that) be|might (?:it|this|that) be|would (?:it|this|that) be|it'?s|it is|are you having|"
    r"do you think (?:it'?s|it is)) (?:just |actually |really )?(?:a |an |the )?"
    r"(?P<term>[a-z0-9' -]{2,40}?)(?:[,?.!]* (?:then|or what|or not|isn'?t it|right|yeah|(?:just |"
    r"please )?tell me|is it|am i right|surely))*\W*$")


def _stems(text: str) -> frozenset[str]:
    return frozenset(content_stems(normalise(text)))


def answer_key_terms(case: Case) -> list[frozenset[str]]:
    """The answer key's names, each as the stems a question must hold to name it."""
    dx = case.diagnosis
    names = [dx.primary, *dx.synonyms, *dx.differentials, *dx.must_not_miss]
    # "Pulmonary embolism, provoked by ...": the name before the comma names it
    names += [n.split(",")[0] for n in names if "," in n]
    return [s for s in (_stems(n) for n in names) if s]


_OWN = re.compile(r"\b(your|you|you'?d|you'?ve|you'?re|usual|normal|first|last|before|again|"
                  r"same)\b")
# words a guess shares with a diagnosis's name without naming it ("is it a sharp pain?")
_GENERIC = _stems("pain ache problem acute chronic severe mild moderate left right upper lower "
                  "sharp dull bad serious type new old")


def guesses_answer(norm: str, case: Case, known: list[frozenset[str]]) -> bool:
    """Does this question guess at the answer key, with no fact the patient has or fears
    naming it? `known` holds each such fact's stems (`known_words`)."""
    m = GUESS.match(norm.strip())
    if not m:
        return False
    if _OWN.search(m.group("term")):
        return False  # "is it like your usual migraine?", "is this the first time you've had"
    term = _stems(m.group("term"))
    if not term or term <= _GENERIC or any(term <= words for words in known):
        return False
    # "is it an ectopic?" names part of "ruptured ectopic pregnancy"; "is it a PE, from the
    # pill?" holds the whole of "PE". Part of a name must hold a word that is no symptom or
    # body part: "is it chest pain?" is not a guess at chest wall pain
    named_part = bool(term - topic_stems())
    return any((key <= term or (named_part and term <= key))
               and not any(key <= words for words in known) for key in answer_key_terms(case))


def known_words(case: Case) -> list[frozenset[str]]:
    """What the patient may say he has, or fears: a denial ("never had a clot") does not
    make a guess at a clot his own word, nor does his mother's melanoma make one at his."""
    return [_stems(f.words) for f in case.facts if f.disclosure is not Disclosure.never
            and f.category is not Category.family
            and (f.polarity is Polarity.present or f.category.value.startswith("ice"))]
