"""Turning the free-text parts of an AgentClinic record into atomic, structured facts.

Each section has a handler that adds `Draft`s to a `FactBook`; the book drops repeats
(the same condition often appears in both the history and the past medical history),
then hands out ids and example questions. Handlers only ever reuse the source's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from osce.importers import _lexicon as lex
from osce.importers._questions import examples
from osce.importers._text import (
    article,
    clean,
    contrast_segments,
    find_duration,
    has_content,
    lower_first,
    polar_parts,
    sentence_case,
    sentences,
    slug,
    split_list,
    split_outside_parens,
    starts_negative,
    strip_parens,
    unique_id,
    words_of,
)
from osce.importers._voice import Voice
from osce.models.case import Category, Disclosure, Drug, Fact, Polarity

C = Category
ABSENT = Polarity.absent
PRESENT = Polarity.present


@dataclass(frozen=True)
class Context:
    """What handlers need to know about the patient to file and word facts."""

    voice: Voice
    child: bool  # under 18: birth and feeding belong to the developmental history
    female: bool


@dataclass
class Draft:
    """A fact before it has an id and example questions."""

    category: Category
    attribute: str
    words: str
    polarity: Polarity = PRESENT
    duration: str | None = None
    drug: Drug | None = None
    disclosure: Disclosure = Disclosure.on_question


# Words that do not change what a symptom or condition is, for spotting repeats.
_NOISE = {"any", "recent", "recently", "a", "an", "the", "significant", "other", "known",
          "history", "of", "my", "his", "her", "new", "episodes", "episode", "frequent",
          "mild", "severe", "persistent", "chronic", "s"}
_SYMPTOMS = {C.hpc_associated} | {c for c in Category if c.value.startswith("ros.")}
_ONE_PER_CASE = {"smoking", "alcohol", "recreational drugs", "occupation", "recent travel",
                 "sick contacts"}


def _key_words(text: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in words_of(strip_parens(text))
                     if w not in _NOISE)


@dataclass
class FactBook:
    """Collects drafts, drops repeats, and produces `Fact`s in history order."""

    context: Context
    drafts: list[Draft] = field(default_factory=list)
    _seen: set[tuple[object, ...]] = field(default_factory=set)
    _conditions: list[frozenset[str]] = field(default_factory=list)
    _symptoms: list[tuple[str, Polarity, frozenset[str]]] = field(default_factory=list)

    def add(self, draft: Draft) -> None:
        draft.attribute = clean(draft.attribute).strip(" .:")
        draft.words = clean(draft.words)
        if not draft.attribute or not draft.words or len(draft.words) < 3:
            return
        if self._repeat(draft):
            return
        self.drafts.append(draft)

    def _repeat(self, draft: Draft) -> bool:
        said = ("said", _key_words(draft.words))
        spoken_symptom = draft.category.is_hpc or draft.category in _SYMPTOMS
        if draft.polarity is PRESENT and spoken_symptom and (
            draft.category is not C.presenting_complaint
        ):
            if said in self._seen:
                return True  # the same sentence reached us twice (history and symptom list)
            self._seen.add(said)
        words = _key_words(draft.attribute)
        if draft.category in _SYMPTOMS and any(
            words and (words <= seen or seen <= words)
            for kind, polarity, seen in self._symptoms if polarity is draft.polarity
            and kind == "symptom"
        ):
            return True
        if draft.category in _SYMPTOMS:
            self._symptoms.append(("symptom", draft.polarity, words))
        if draft.category is C.past_medical and draft.polarity is PRESENT:
            if any(words and (words <= seen or seen <= words) for seen in self._conditions):
                return True
            self._conditions.append(words)
            return False
        if draft.category in _SYMPTOMS:
            key: tuple[object, ...] = ("symptom", words)
        elif draft.category is C.social and draft.attribute in _ONE_PER_CASE:
            key = ("social", draft.attribute)
        elif draft.category in {C.drugs, C.allergies, C.past_medical}:
            key = (draft.category, draft.polarity, words)
        else:
            key = (draft.category, draft.polarity, _key_words(draft.words))
        if key in self._seen:
            return True
        self._seen.add(key)
        return False

    def has(self, category: Category) -> bool:
        return any(d.category is category for d in self.drafts)

    def facts(self) -> list[Fact]:
        order = list(Category)
        drafts = sorted(self.drafts, key=lambda d: order.index(d.category))
        taken: set[str] = set()
        he = self.context.voice.he if self.context.voice.proxy else ""
        return [
            Fact(
                id=unique_id(_id_stem(d), taken),
                category=d.category,
                attribute=d.attribute,
                polarity=d.polarity,
                duration=d.duration,
                drug=d.drug,
                words=d.words,
                examples=examples(d.category, d.attribute, d.polarity, proxy_he=he),
                disclosure=d.disclosure,
            )
            for d in drafts
        ]


_PREFIX = {
    C.presenting_complaint: "pc", C.past_medical: "pmh", C.drugs: "dh", C.allergies: "allergy",
    C.family: "fh", C.social: "sh", C.sexual: "sex", C.obstetric: "obs",
    C.developmental: "dev",
}


def _id_stem(draft: Draft) -> str:
    category = draft.category
    negative = "no-" if draft.polarity is ABSENT else ""
    if category is C.presenting_complaint:
        return f"pc-{slug(draft.attribute, 30)}"
    if category is C.hpc_associated:
        return f"hpc-{negative}{slug(draft.attribute)}"
    if category.is_hpc:
        return f"hpc-{category.value.split('.')[1]}"
    if category.value.startswith("ros."):
        return f"ros-{negative}{slug(draft.attribute)}"
    return f"{_PREFIX.get(category, 'fact')}-{negative}{slug(draft.attribute)}"


# --- shapes ---------------------------------------------------------------------------------

def texts(value: object, label: str = "") -> list[tuple[str, str]]:
    """(label, text) pairs from a string, list or nested dict, whatever the record holds."""
    if value is None or value is False:
        return []
    if isinstance(value, dict):
        out: list[tuple[str, str]] = []
        for key, inner in value.items():
            out += texts(inner, str(key))
        return out
    if isinstance(value, list | tuple):
        return [pair for item in value for pair in texts(item, label)]
    text = clean(str(value))
    return [(label, text)] if text else []


# --- shared pieces --------------------------------------------------------------------------

_OTHER_SYMPTOMS = re.compile(r"^(?:any )?(?:other|additional|further)\s+(?:\w+\s+)?"
                             r"(?:complaints|symptoms|problems|abnormalities)\b", re.I)
_ITEM_LEAD = re.compile(
    r"^(?:and|or|also|any|a|an|no|not|(?:does|do|did|has|have) not|denies|denied|deny|"
    r"specifically|experiencing|having|"
    r"noticing|"
    r"episodes of|reports? of|complaints? of|signs of|symptoms of|recent history of|"
    r"history of|known|obvious|the patient|patient|he|she|recall any|notice any|"
    r"experience any|report any)\s+",
    re.I,
)
_ITEM_TAIL = re.compile(r"\s+(?:reported|noted|mentioned|observed|provided|identified|"
                        r"at the moment|at present|currently)\.?$", re.I)
_KEEP_WHOLE = re.compile(r"^(?:any\s+)?(?:relief|improvement|success|complications?|benefits?|"
                         r"effect|response|resolution)$",
                         re.I)


def clean_item(item: str) -> str:
    """A list item reduced to the thing itself: 'experiencing any chest pain' -> 'chest pain'."""
    item = clean(item)
    if " such as " in item:
        item = item.split(" such as ", 1)[1]
    previous = None
    while previous != item:
        previous = item
        item = _ITEM_LEAD.sub("", item).strip()
    item = _ITEM_TAIL.sub("", item)
    return lower_first(clean(item.strip(" .")))


def ros_category(text: str, fallback: Category) -> Category:
    for pattern, category in lex.ROS:
        if pattern.search(text):
            return category
    return fallback


def _absent_words(category: Category, item: str, voice: Voice) -> str:
    he = voice.he.capitalize()
    proxy = bool(voice.proxy)
    if category is C.past_medical:
        return sentence_case(f"No, {voice.he}'s never had {item}" if proxy
                             else f"No, I've never had {item}")
    if category is C.family:
        return sentence_case(f"No, there's no {item} in the family")
    if category is C.allergies:
        return (f"No, {voice.he} doesn't have any allergies that I know of." if proxy
                else "No, I don't have any allergies that I know of.")
    if category is C.drugs:
        return voice.not_had(item)
    if category is C.hpc_other and (_PREVIOUS.search(item) or re.search(
        r"\bsimilar (?:episodes?|complaints?|symptoms|pain|problems|nature)\b", item, re.I)):
        return "No, nothing like this has happened before."
    if category is C.social:
        return _absent_social(item, voice)
    return voice.not_had(item) if category in _SYMPTOMS or category.is_hpc else (
        sentence_case(f"No, there's no {item}") if not proxy else
        sentence_case(f"No, {he.lower()} hasn't had any {item}"))


def _absent_social(item: str, voice: Voice) -> str:
    attribute = social_attribute(item)
    subject = f"{voice.he.capitalize()} doesn't" if voice.proxy else "I don't"
    fixed = {
        "smoking": f"{subject} smoke.",
        "alcohol": f"{subject} drink alcohol.",
        "recreational drugs": f"{subject} use any recreational drugs.",
        "recent travel": "No, no recent travel.",
        "sick contacts": "No, nobody around us has been unwell." if voice.proxy
        else "No, nobody around me has been unwell.",
    }
    return fixed.get(attribute, sentence_case(f"No, there's no {item}"))


def social_attribute(text: str) -> str:
    for pattern, attribute in lex.SOCIAL:
        if pattern.search(text):
            return attribute
    return ""


def add_absent_items(book: FactBook, text: str, default: Category,
                     route: bool = True) -> None:
    """Each item of a denied list ('fever, cough, or weight loss') as its own absent fact."""
    voice = book.context.voice
    for raw in split_list(text):
        item = clean_item(raw)
        if not item or not has_content(item):
            continue
        if _OTHER_SYMPTOMS.match(item) or lex.ROS_NONE.search(item):
            book.add(Draft(C.ros_general, "other symptoms", voice.nothing_else(), ABSENT))
            continue
        if lex.MEDS_NONE.search(raw) or re.fullmatch(r"(?:regular |new |current )?"
                                                      r"medications?", item, re.I):
            add_no_medicines(book, item)
            continue
        category = ros_category(item, default) if route else default
        if category.value.startswith("ros.") and default is C.hpc_associated:
            category = C.hpc_associated
        attribute = social_attribute(item) if category is C.social else item
        book.add(Draft(category, attribute or item, _absent_words(category, item, voice),
                       ABSENT))


def add_no_medicines(book: FactBook, item: str = "regular medications") -> None:
    voice = book.context.voice
    item = "new medications" if "new" in item.lower() else "regular medications"
    words = (f"No, {voice.he} doesn't take any {item}." if voice.proxy
             else f"No, I don't take any {item}.")
    book.add(Draft(C.drugs, item, words, ABSENT))


def add_drugs(book: FactBook, text: str, condition: str = "") -> None:
    """A drug fact for every medicine named in the text, worded from its own clause.

    `condition` is the illness a 'managed with X' aside in a medical history refers to.
    """
    voice = book.context.voice
    clauses = split_outside_parens(text, ",;")
    for name in lex.find_drugs(text):
        clause = next((c for c in clauses if name.lower() in c.lower()), text)
        clause = re.sub(r"^(?:(?:current )?medications?(?: include)?:|and|or)\s+", "",
                        clean(clause), flags=re.I)
        dose = lex.DOSE.search(clause)
        frequency = lex.FREQUENCY.search(clause)
        drug = Drug(name=lower_first(name), dose=dose.group(0) if dose else "",
                    frequency=frequency.group(0) if frequency else "")
        bare = clean(clause).lower().strip(" .") in {name.lower(), f"and {name.lower()}"}
        words = voice.takes(lower_first(name)) if bare else voice.rewrite(clause)
        if condition and _CONTINUATION.match(clean(clause)):
            words = sentence_case(f"{voice.takes(lower_first(name)).rstrip('.')} for "
                                  f"{voice.pronouns(condition)}")
        if name.lower() not in words.lower():
            words = voice.takes(lower_first(name))
        duration = find_duration(clause)
        book.add(Draft(C.drugs, lower_first(name), words, PRESENT,
                       duration.iso if duration else None, drug))


# --- the presenting complaint and what goes with it ------------------------------------------

_COUNTABLE = {"lesion", "rash", "mass", "lump", "wound", "murmur", "episode", "headache",
              "cough", "ulcer", "plaque", "sensation", "feeling", "swelling", "bump", "blister",
              "spot", "growth", "seizure", "fever", "limp", "tremor", "nosebleed", "pain",
              "abdomen", "temperature", "birth", "delivery", "pregnancy", "stay", "toe",
              "finger", "thumb", "joint", "knee", "ankle", "wrist", "eye", "hand", "foot",
              "arm", "leg", "breast"}
_COMPLAINT_LEAD = re.compile(r"^(?:the\s+)?(?:presence of|mother reports|parents report|"
                             r"patient reports|reports of|complaints? of)\s+", re.I)


def complaint_phrase(primary: str) -> str:
    """The primary symptom as a noun phrase that reads after 'because of'."""
    text = clean(_COMPLAINT_LEAD.sub("", clean(primary))).rstrip(".")
    return with_article(lower_first(text))


def with_article(text: str) -> str:
    """'a' or 'an' before a singular countable complaint ('a skin lesion'), not 'knee pain'."""
    head = re.split(r"\s+(?:on|in|of|with|for|over|and|that|which|lasting|during|behind|around|"
                    r"under|above|below|near|at|from|after|into|leading|localized|located|radiating)"
                    r"\s+|,", text)[0]
    last = head.split()[-1].lower() if head.split() else ""
    if last in _COUNTABLE and not re.match(r"(?:a|an|the|my|his|her|some|no)\b", text) and not (
        last in {"pain", "fever", "swelling"} and len(head.split()) < 3
    ):
        return f"{article(text)} {text}"
    return text


def short_complaint(primary: str) -> str:
    """The complaint in a few words for titles and follow-up questions ('knee pain')."""
    text = clean(complaint_phrase(primary))
    text = re.sub(r"^(?:an?|the)\s+", "", text)
    text = re.split(r",\s+(?:especially|specifically|particularly|mainly|mostly)\b", text)[0]
    if len(text) > 60:
        cut = re.search(r",?\s+(?:on|in|with|that|which|over|after|during|radiating)\s+",
                        text[12:])
        if cut:
            text = text[: 12 + cut.start()]
    if len(text) > 60 and "," in text[:60]:
        text = text[: text[:60].rindex(",")]
    if len(text) > 60:
        text = re.sub(r"\s+(?:of|and|or|with|in|on|the|a)$", "", text[:60].rsplit(" ", 1)[0])
    return strip_parens(text.rstrip(" ,;"))


def add_presenting_complaint(book: FactBook, primary: str) -> str:
    """The volunteered complaint fact; returns the opening line."""
    voice = book.context.voice
    phrase = complaint_phrase(primary)
    if voice.proxy:
        line = f"I've brought my {voice.child_noun} in because of {voice.pronouns(phrase)}."
    else:
        line = f"I've come in because of {voice.pronouns(phrase)}."
    book.add(Draft(C.presenting_complaint, short_complaint(primary), sentence_case(line),
                   disclosure=Disclosure.volunteered))
    return sentence_case(line)


_EXACERBATING = re.compile(
    r"\bworse(?:n(?:s|ed|ing)?)?\s+(?:with|after|when|on|during|at|in|if|by|upon|while)\b|"
    r"\bexacerbat\w*|\baggravat\w*|\btrigger\w*|\bbrought on by\b|\bprovoked\b|"
    r"\bposition dependent\b|\bexacerbation\b", re.I)
_RELIEVING = re.compile(r"\b(?:better|improv\w*|reliev\w*|relief|allevia\w*|eases?|settles?)\b",
                        re.I)
_RADIATION = re.compile(r"\bradiat\w*|\bspread\w*\s+(?:to|down|into)\b|\bmoves? to\b", re.I)
_CHARACTER = re.compile(r"\bdescrib\w+ (?:the \w+ |it )?as\b|\b(?:sharp|dull|burning|throbbing|"
                        r"aching|crushing|stabbing|shooting|colicky|gnawing)\b", re.I)
_SEVERITY = re.compile(r"\bsevere enough\b|\bout of (?:10|ten)\b|/10\b|\bwakes?\b|\bawaken\w*|"
                       r"\bdisrupts? sleep\b|\bunable to\b|\bto the point of\b|\binterfer\w*|"
                       r"\brequiring wheelchair\b|\bdifficulty (?:in|with) (?:activities|"
                       r"performing)", re.I)
_ONSET = re.compile(r"\b(?:start\w*|began|begun|onset|since|first noticed|came on|ago|"
                    r"sudden\w*)\b", re.I)
_TIMING = re.compile(r"\b(?:episod\w*|intermittent\w*|constant\w*|recurr\w*|comes and goes|"
                     r"on and off|every|times (?:a|per)|progressive\w*|gradual\w*|worsening|"
                     r"increasing\w*|getting worse|lasting|lasted)\b", re.I)


def hpc_category(text: str) -> Category:
    """Where a sentence about the complaint sits in SOCRATES."""
    if _TREATMENT.search(text) or lex.find_drugs(text):
        return C.hpc_relieving if _RELIEVING.search(text) else C.hpc_other
    if find_duration(text):
        return C.hpc_onset
    for pattern, category in ((_EXACERBATING, C.hpc_exacerbating), (_RELIEVING, C.hpc_relieving),
                              (_RADIATION, C.hpc_radiation), (_CHARACTER, C.hpc_character),
                              (_SEVERITY, C.hpc_severity), (_ONSET, C.hpc_onset),
                              (_TIMING, C.hpc_timing)):
        if pattern.search(text):
            return category
    return C.hpc_other


_HPC_ATTRIBUTE = {
    C.hpc_onset: "onset", C.hpc_timing: "course", C.hpc_exacerbating: "what makes it worse",
    C.hpc_relieving: "what helps", C.hpc_radiation: "radiation", C.hpc_character: "character",
    C.hpc_severity: "severity and impact",
}


_PREVIOUS = re.compile(r"\bsimilar\b|\bprevious (?:episodes?|similar)|\bprior episodes?\b|"
                       r"\bnever (?:experienced|had)\b|\blike this before\b|\bfirst time\b")
_TREATMENT = re.compile(r"\b(?:treated with|started on|tried|taken|taking|took|prescribed|"
                        r"self-medicat\w*|changed to|attempts? to manage)\b", re.I)


def _other_attribute(text: str) -> str:
    lowered = text.lower()
    if lex.find_drugs(text) or re.search(r"\b(?:treated|tried|taken|medication|self-medicat)",
                                         lowered):
        return "treatment so far"
    if re.search(r"follow-up|well-check|well-child|here for|appointment|check-up", lowered):
        return "reason for the visit"
    if _PREVIOUS.search(lowered):
        return "previous episodes"
    if re.search(r"\b(?:brought|found|witness\w*)\b|\b(?:wife|husband|mother|father|parents|"
                 r"family|roommates|teacher|brother|sister|friends?|peers) (?:has |have )?"
                 r"(?:noticed|observed|reports?|found|says?)\b", lowered):
        return "what others noticed"
    return "more about the problem"


def add_hpc_sentence(book: FactBook, text: str, default: Category = C.hpc_other) -> None:
    """One history sentence: the positive part as a SOCRATES fact, denials as absent facts."""
    voice = book.context.voice
    positive: list[str] = []
    for segment in contrast_segments(text):
        parts = polar_parts(segment, keep_verbs=True)
        if any(p.absent and _KEEP_WHOLE.match(clean_item(p.text)) for p in parts):
            positive.append(segment)  # 'tried ibuprofen with no relief' is one statement
            continue
        for part in parts:
            if part.absent:
                add_absent_items(book, part.text, C.hpc_associated)
            elif has_content(part.text):
                positive.append(part.text)
    if not positive:
        return
    whole = text if len(positive) == len(contrast_segments(text)) else ", ".join(positive)
    category = hpc_category(whole)
    if category is C.hpc_other and default is not C.hpc_other:
        category = default
    duration = find_duration(whole)
    if category is C.hpc_associated:
        attribute = clean_item(strip_parens(whole))
    else:
        attribute = _HPC_ATTRIBUTE.get(category) or _other_attribute(whole)
    if category is C.hpc_exacerbating and _RELIEVING.search(whole):
        worse, better = _worse_better(whole)
        book.add(Draft(C.hpc_exacerbating, attribute, voice.rewrite(worse)))
        book.add(Draft(C.hpc_relieving, _HPC_ATTRIBUTE[C.hpc_relieving], voice.rewrite(better)))
        return
    book.add(Draft(category, attribute, voice.rewrite(whole), PRESENT,
                 duration.iso if duration else None))


def _worse_better(text: str) -> tuple[str, str]:
    """'X tends to worsen after activity but improves with rest' as its two halves; a
    half with no subject borrows one ('They improve...')."""
    halves = re.split(r",?\s+but\s+|;\s+|,\s+and\s+(?=(?:is\s+)?(?:improv|reliev|better|eas|"
                      r"allevia))|\s+and\s+(?=(?:is\s+)?(?:improv|reliev|better|eas|allevia))",
                      text, maxsplit=1)
    if len(halves) < 2:
        return text, text
    first, second = halves
    if not re.match(r"(?:it|they|he|she|the|this|these|my|his|her|i|pain|symptoms?)\b", second,
                    re.I):
        plural = re.search(r"\b(?:symptoms|they|these|pains)\b", first, re.I)
        state = re.match(r"(?:better|worse|improved|relieved|eased)\b", second, re.I)
        subject = ("They're" if plural else "It's") if state else ("They" if plural else "It")
        second = f"{subject} {second}"
    if _RELIEVING.search(first) and not _RELIEVING.search(second):
        first, second = second, first
    return first, second


# --- sorting sentences by part of the history ------------------------------------------------

_INFORMANT_FRAME = re.compile(
    r"^(?:the |his |her |their )?(?:patient's |patient’s |child's |infant's |newborn's |"
    r"baby's )?"
    r"(?:mother|father|parents?|family|family members|wife|husband|daughter|son|roommates|"
    r"boyfriend|girlfriend|caregiver|teacher)\s+(?:also\s+)?(?:reports?|notes?|mentions?|"
    r"describes?|recalls?|says?|states?|has noticed|noticed|have noticed|is concerned|adds)\b",
    re.I,
)
_TIMING_BIRTH = re.compile(r"\b(?:since|after|from|within \w+ \w+ after) birth\b", re.I)
_PAINFUL = re.compile(r"\bpain\w*|\bdiscomfort\b|\bdyspareunia\b|\bburning\b", re.I)
_STRONG_SOCIAL = {"smoking", "alcohol", "recreational drugs", "occupation", "recent travel",
                  "incarceration", "sick contacts"}
_DRUG_VERBS = re.compile(r"\b(?:takes?|taking|took|regimen|medications?|currently on|is on|"
                         r"has been on|been taking|uses|using|started on|started taking|"
                         r"prescribed|inhaler|stopped|discontinued)\b", re.I)


def sentence_kind(text: str, context: Context) -> str:
    """Which part of the history a sentence of free text belongs to."""
    if lex.OBSERVATION.search(text):
        return "observation"
    if lex.NOT_PROVIDED.search(text):
        return "skip"
    framed = bool(_INFORMANT_FRAME.match(text))
    if context.child and lex.DEVELOPMENTAL.search(_TIMING_BIRTH.sub("", text)) and not (
        re.search(r"menarche|menses|menstrua|family history", text, re.I)
    ):
        return "developmental"
    if re.search(r"\bfamily history\b|\bfamilial\b", text, re.I) or (
        lex.FAMILY.search(text) and not framed
    ):
        return "family"
    if context.female and lex.OBSTETRIC.search(text) and not _PAINFUL.search(text):
        return "obstetric"
    if lex.SEXUAL.search(text) and not _PAINFUL.search(text):
        return "sexual"
    if (_EXACERBATING.search(text) or _RELIEVING.search(text)) and not lex.PMH.search(text):
        return "hpc"  # 'worse after drinking wine' is about the complaint, not the drinking
    if social_attribute(text) in _STRONG_SOCIAL and (not lex.PMH.search(text) or re.search(
        r"history of (?:\w+ ){0,2}(?:smok|alcohol|drink|cocaine|drug|tobacco|cigar)", text, re.I)
    ):
        return "social"
    if lex.find_drugs(text) and _DRUG_VERBS.search(text) and not lex.PMH.search(text):
        return "drugs"
    if lex.MEDS_NONE.search(text) and not lex.PMH.search(text):
        return "no-drugs"
    if lex.PMH.search(text) and not re.search(r"\b\w+-(?:day|week|month|year)\b history",
                                              text, re.I):
        return "pmh"
    if lex.ALLERGY.search(text):
        return "allergies"
    return "hpc"


def add_sentence(book: FactBook, text: str, observations: list[str], *, first: bool = False,
                 default: Category = C.hpc_other) -> None:
    """File one sentence of free text under the part of the history it belongs to."""
    kind = sentence_kind(text, book.context)
    if first and kind in {"social", "drugs", "no-drugs", "allergies", "sexual"}:
        kind = "hpc"  # the opening line of a story is about the complaint, whatever it mentions
    handlers = {
        "observation": lambda: observations.append(sentence_case(text)),
        "skip": lambda: None,
        "family": lambda: add_family(book, text),
        "developmental": lambda: add_whole(book, C.developmental, text),
        "obstetric": lambda: add_whole(book, C.obstetric, text),
        "sexual": lambda: add_whole(book, C.sexual, text),
        "social": lambda: add_social_sentence(book, text, split=False),
        "drugs": lambda: add_drugs(book, text),
        "no-drugs": lambda: add_no_medicines(book, text),
        "pmh": lambda: add_pmh_sentence(book, text),
        "allergies": lambda: add_allergy(book, text),
        "hpc": lambda: add_hpc_sentence(book, text, default),
    }
    handlers[kind]()
    if kind in {"hpc", "pmh"} and lex.find_drugs(text):
        add_drugs(book, text)


def add_whole(book: FactBook, category: Category, text: str) -> None:
    """A sentence kept in one piece (birth history, sexual history)."""
    voice = book.context.voice
    attribute = {
        C.developmental: _developmental_attribute(text),
        C.obstetric: _obstetric_attribute(text),
        C.sexual: "sexual history",
    }.get(category, category.value)
    polarity = ABSENT if starts_negative(text) and category is C.sexual else PRESENT
    duration = find_duration(text)
    words = voice.rewrite(text)
    if re.match(r"(?:immuni[sz]ations?|vaccinations?)\s+(?:are\s+)?up[- ]to[- ]date", text, re.I):
        owner = voice.his if voice.proxy else "my"
        words = sentence_case(f"{owner} immunisations are up to date")
    if category in {C.developmental, C.obstetric} and attribute not in {"feeding", "immunisations",
                                                                        "development"} and (
        _bare_phrase(text)
    ):
        phrase = with_article(lower_first(clean(text).rstrip(".")))
        words = (sentence_case(f"{voice.he} had {phrase}") if voice.proxy
                 else voice.had_before(phrase))
    book.add(Draft(category, attribute, words, polarity, duration.iso if duration else None))


def _bare_phrase(text: str) -> bool:
    """A noun phrase with no verb of its own ('5 normal vaginal deliveries')."""
    later = text.split()[1:]
    first = text.split()[0].lower() if text.split() else ""
    return first not in {"born", "delivered", "was", "is", "had", "has"} and not _FINITE.search(
        text) and not any(w.lower().endswith("ed") for w in later) and (
        not re.match(r"(?:the|he|she|my|his|her|i|there|it|they)\b", text, re.I))


def _first_match(text: str, rules: tuple[tuple[str, str], ...], default: str) -> str:
    """The label of the first pattern found in the text."""
    lowered = text.lower()
    return next((label for pattern, label in rules if re.search(pattern, lowered)), default)


_DEVELOPMENTAL = (("immuni|vaccin", "immunisations"), ("breast|feed|formula", "feeding"),
                  ("milestone|development", "development"),
                  ("prenatal|antenatal|pregnan|mother", "pregnancy"))
_OBSTETRIC = (("postpartum|deliver|cesarean|caesarean|childbirth", "deliveries"),
              (r"menarche|menses|menstrua|\bperiods?\b", "menstrual history"),
              ("pregnan|gestation|contraction|baby|fetal", "pregnancy"))


def _developmental_attribute(text: str) -> str:
    return _first_match(text, _DEVELOPMENTAL, "birth history")


def _obstetric_attribute(text: str) -> str:
    return _first_match(text, _OBSTETRIC, "obstetric history")


def add_family(book: FactBook, text: str) -> None:
    voice = book.context.voice
    if starts_negative(text):
        for part in polar_parts(text):
            if part.absent:
                listed = re.search(r"\bhistory of\s+(.+)$", part.text, re.I)
                for raw in split_list(listed.group(1) if listed else part.text):
                    item = re.sub(r"^(?:family history of|history of)\s+|\s+in the family$|"
                                  r"\s+history$", "", clean_item(raw), flags=re.I)
                    if item and has_content(item):
                        book.add(Draft(C.family, item, _absent_words(C.family, item, voice),
                                       ABSENT))
        return
    words = voice.rewrite(text)
    relative = re.match(r"(?:mother|father|brother|sister|uncle|aunt|grandmother|grandfather|"
                        r"cousin|sibling)\b", text, re.I)
    if relative:  # 'Father has asthma' in notes: whose father depends on who is speaking
        owner = voice.his if voice.proxy else "my"
        words = sentence_case(f"{owner} {lower_first(voice.rewrite(text))}")
    if re.match(r"(?:family history|familial history) of\b", text, re.I):
        words = sentence_case(f"There's a {voice.pronouns(lower_first(clean(text)))}")
    book.add(Draft(C.family, _family_attribute(text), words))


def _family_attribute(text: str) -> str:
    relative = re.search(r"\b(mother|father|brother|sister|uncle|aunt|grandmother|grandfather|"
                         r"sibling|cousin|parents?)\b", text, re.I)
    return f"family history ({relative.group(1).lower()})" if relative else "family history"


def add_allergy(book: FactBook, text: str) -> None:
    voice = book.context.voice
    if starts_negative(text) or re.search(r"\bno (?:known )?(?:\w+ )?(?:allerg|adverse)", text,
                                          re.I):
        book.add(Draft(C.allergies, "drug allergies", _absent_words(C.allergies, "", voice),
                       ABSENT))
    else:
        book.add(Draft(C.allergies, "allergies", voice.rewrite(text)))


# --- past medical history ---------------------------------------------------------------------

_PMH_LEAD = re.compile(
    r"^(?:(?:the patient|patient|he|she) (?:also )?(?:mentions|reports|notes|states|reveals|"
    r"describes)(?: that)?(?: being| having)?|(?:an? )?\d+[- ](?:year|month|week)[- ]history of|"
    r"(?:he|she|the patient|patient)(?: also)? (?:had|has)(?: an?)?(?: documented| known|"
    r" confirmed)?|"
    r"the patient's past medical history includes|past medical history includes|"
    r"(?:the )?patient has|(?:he|she) has|has|(?:the )?patient is|known|also|a|an|"
    r"(?:a |his |her )?(?:known |long |significant )?(?:medical )?history (?:of|includes|"
    r"significant for)|(?:only )?significant for|significant|diagnosed with|"
    r"(?:has been |was |recently |currently being |being )?(?:diagnosed with|treated for)|"
    r"previous treatments? for|underwent|noted|(?:he|she) was|was|and|including|"
    r"(?:is )?currently|(?:is )?(?:being )?treated for|(?:a )?medical history of)\s+",
    re.I,
)
_PMH_TAIL = re.compile(
    r"\s+(?:diagnosed|treated|managed|controlled|medicated|which|for which|who|that|"
    r"currently|at the age|since|recently|in the past|well-controlled|with non-?compliance|"
    r"(?:for|over) (?:the past |over |about )?\d|\d+(?:\s*[–-]\s*\d+)? (?:years?|months?|weeks?|"
    r"days?)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|"
    r"days?)\b).*$",
    re.I,
)
_CONTINUATION = re.compile(r"^(?:with|which|who|that|currently|managed|treated|medicated|"
                           r"controlled|well-controlled|on|for|requiring|performed|"
                           r"(?:and )?(?:is )?(?:currently )?(?:on|taking)|current treatment)\b",
                           re.I)
_PAST = re.compile(r"\b(?:ago|prior|previous|previously|treated|performed|resolved|history|"
                   r"underwent|had|episode|surgery|in the past)\b|\w+ectomy\b|\w+plasty\b",
                   re.I)


def condition_name(item: str) -> str:
    previous = None
    text = clean(item)
    while previous != text:
        previous = text
        text = _PMH_LEAD.sub("", text).strip()
    text = _PMH_TAIL.sub("", text)
    return lower_first(clean(strip_parens(text)).strip(" ."))


def add_condition(book: FactBook, item: str) -> None:
    """One condition from a past medical history list."""
    voice = book.context.voice
    context = book.context
    if context.child and lex.DEVELOPMENTAL.search(_TIMING_BIRTH.sub("", item)):
        add_whole(book, C.developmental, item)
        return
    if context.female and lex.OBSTETRIC.search(item):
        add_whole(book, C.obstetric, item)
        return
    if social_attribute(item) in {"smoking", "alcohol", "recreational drugs"}:
        add_social_sentence(book, item)
        return
    name = condition_name(item)
    if not name or not has_content(name) or re.fullmatch(
        r"(?:[\w.–-]+\s+){0,3}(?:ago|prior|before|earlier|recently)", name
    ):
        return
    detail = clean(item)
    duration = find_duration(detail)
    stripped = condition_name(detail)
    rest = clean(strip_parens(_PMH_LEAD.sub("", detail)))
    extra = clean(rest[len(stripped):]) if rest.lower().startswith(stripped.lower()) else ""
    spoken = with_article(name)
    words = voice.had_before(spoken) if _PAST.search(detail) else voice.has_condition(spoken)
    if duration and not extra and re.search(r"\bhistory of\b|\bfor\b", detail, re.I) and not (
        re.search(r"\b(?:ago|prior)\b", duration.source)
    ):
        words = sentence_case(f"{voice.had_before(spoken).rstrip('.')} for {duration.spoken}")
    if re.search(r"\b(?:ago|prior)\b", extra) and not re.search(r"\bdiagnosed\b", extra):
        who = f"{voice.he} had" if voice.proxy else "I had"
        words = sentence_case(f"{who} {spoken} {voice.pronouns(extra)}")
        extra = ""
    if extra.lower().startswith("for "):
        words = sentence_case(f"{voice.had_before(spoken).rstrip('.')} {extra}")
        extra = ""
    if extra or "(" in detail:
        aside = re.search(r"\(([^)]*\s[^)]*)\)", detail)  # not a bare '(DVT)'
        tail = ", ".join(x for x in (extra, aside.group(1) if aside else "") if x)
        words = sentence_case(f"{words.rstrip('.')}, {voice.pronouns(tail)}") if tail else words
    book.add(Draft(C.past_medical, name, words, PRESENT, duration.iso if duration else None))


def add_pmh_text(book: FactBook, text: str, observations: list[str]) -> None:
    """The Past_Medical_History field: conditions, denials, medicines, births, families."""
    for sentence in sentences(text):
        add_pmh_sentence(book, sentence, observations, listed=True)


def add_pmh_sentence(book: FactBook, text: str, observations: list[str] | None = None,
                     listed: bool = False) -> None:
    """A sentence about past illness. Outside the PMH field (`listed` false) the parts of
    the sentence that are not about past illness go back to the presenting complaint."""
    voice = book.context.voice
    if lex.NOT_PROVIDED.search(text):
        return
    kind = sentence_kind(text, book.context)
    if kind in {"family", "developmental", "obstetric", "allergies", "observation"} and (
        not lex.PMH_NONE.search(text)
    ):
        add_sentence(book, text, observations if observations is not None else [])
        return
    for segment in contrast_segments(text):
        if not listed and not _about_past_illness(segment):
            add_hpc_sentence(book, segment)
            continue
        add_pmh_segment(book, segment, voice)


def _about_past_illness(segment: str) -> bool:
    return bool(lex.PMH.search(segment) or lex.PMH_NONE.search(segment)
                or lex.MEDS_NONE.search(segment) or lex.find_drugs(segment)
                or starts_negative(segment))


def add_pmh_segment(book: FactBook, segment: str, voice: Voice) -> None:
    if lex.PMH_NONE.search(segment):
        other = re.search(r"\bother\b", segment, re.I) or book.has(C.past_medical)
        attribute = "other medical conditions" if other else "significant past medical history"
        words = ("No, nothing else." if other else
                 (f"No, {voice.he}'s been well, nothing significant." if voice.proxy
                  else "No, I don't have any significant medical problems."))
        book.add(Draft(C.past_medical, attribute, words, ABSENT))
        return
    if lex.MEDS_NONE.search(segment):
        add_no_medicines(book)
        return
    if lex.ALLERGY.search(segment):
        add_allergy(book, segment)
        return
    if re.search(r"\bmedications?:", segment, re.I) or (
        lex.find_drugs(segment) and _DRUG_VERBS.search(segment)
        and not lex.PMH.search(segment)
    ):
        add_drugs(book, segment)
        return
    if starts_negative(segment):
        for part in polar_parts(segment):
            if part.absent:
                add_absent_items(book, re.sub(r"^(?:history of|previous|prior)\s+", "",
                                              part.text, flags=re.I), C.past_medical)
        return
    condition = ""
    for index, clause in enumerate(_pmh_clauses(segment)):
        aside = index > 0 and bool(_CONTINUATION.match(clause))
        if lex.find_drugs(clause):
            add_drugs(book, clause, condition if aside else "")
            if aside or _DRUG_VERBS.search(clause):
                continue
        if aside:
            continue
        for item in split_list(clause):
            add_condition(book, item)
        names = [condition_name(i) for i in split_list(clause)]
        condition = names[-1] if len(names) == 1 else ""


def _pmh_clauses(segment: str) -> list[str]:
    """A PMH sentence cut into condition lists and 'managed with X' asides."""
    parts = split_outside_parens(segment, ",;")
    out: list[str] = []
    for part in parts:
        if _CONTINUATION.match(part) or lex.find_drugs(part):
            out.append(part)
        elif out and not _CONTINUATION.match(out[-1]) and not lex.find_drugs(out[-1]):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


# --- social history ---------------------------------------------------------------------------

_ROLE = re.compile(r"^(?:[a-z-]+\s+){0,3}(?:smoker|drinker|student|teacher|engineer|clerk|farmer|"
                   r"cashier|accountant|warden|assistant|designer|worker|nurse|driver|"
                   r"bodybuilder|retiree|employee|manager)\b", re.I)
_SOCIAL_SPLIT = re.compile(r"\s+and\s+(?=(?:drinks|smokes|uses|lives|works|attends|enjoys|"
                           r"consumes|plays|is|has|does|denies|reports|frequently|occasionally|"
                           r"currently)\b)|\s+but\s+", re.I)


def _social_clauses(sentence: str) -> list[str]:
    clauses: list[str] = []
    for part in split_outside_parens(sentence, ";,"):
        clauses += [p.strip() for p in _SOCIAL_SPLIT.split(part) if p.strip()]
    return clauses


def social_words(clause: str, voice: Voice) -> str:
    text = clean(clause).rstrip(".")
    first = text.split()[0].lower() if text.split() else ""
    if _ROLE.match(text) and not re.match(r"(?:the patient|patient|he|she)\b", text, re.I) and (
        not first.endswith("s") and first not in {"is", "was", "works", "worked"}
    ):
        phrase = lower_first(text)
        if voice.proxy:
            return sentence_case(f"{voice.he} is {article(phrase)} {phrase}")
        return sentence_case(f"I'm {article(phrase)} {phrase}")
    return voice.rewrite(text)


def add_social_text(book: FactBook, text: str) -> None:
    for sentence in sentences(text):
        add_social_sentence(book, sentence)


def add_social_sentence(book: FactBook, sentence: str, split: bool = True) -> None:
    """Smoking, alcohol, work, home...: one fact per clause, denials kept as absent facts.

    Sentences from the story (`split` false) stay whole: their commas join a narrative,
    not a list of habits.
    """
    sentence = re.sub(r"^(?:and|but|also)\s+", "", clean(sentence), flags=re.I)
    if lex.NOT_PROVIDED.search(sentence):
        return
    if not split:
        _social_story(book, sentence)
        return
    if re.search(r"\bin the family\b|\bfamily history\b", sentence, re.I):
        family = [c for c in _social_clauses(sentence) if re.search(r"family", c, re.I)]
        for clause in family:
            add_family(book, clause)
        sentence = ", ".join(c for c in _social_clauses(sentence) if c not in family)
    if not sentence or _filed_elsewhere(book, sentence) or _denied_list(book, sentence):
        return
    pending: Draft | None = None
    for clause in _social_clauses(sentence):
        pending = _social_clause(book, clause, pending)


def _social_story(book: FactBook, sentence: str) -> None:
    if lex.MEDS_NONE.search(sentence):
        add_no_medicines(book)
    for part in polar_parts(sentence):
        if part.absent:
            _add_social_denials(book, part.text)
        elif has_content(part.text):
            duration = find_duration(part.text)
            book.add(Draft(C.social, social_attribute(part.text) or "other social history",
                           book.context.voice.rewrite(part.text), PRESENT,
                           duration.iso if duration else None))


def _filed_elsewhere(book: FactBook, sentence: str) -> bool:
    """Social history fields also hold birth, family, sexual and allergy notes."""
    kind = sentence_kind(sentence, book.context)
    habits = re.search(r"\b(?:smok|alcohol|drinks?|travel|work)", sentence, re.I)
    if not habits and (kind in {"developmental", "obstetric"} or (
        kind == "family" and not re.search(r"in the family|family history", sentence, re.I)
    )):
        add_sentence(book, sentence, [])
        return True
    if lex.SEXUAL.search(sentence) and not habits:
        add_whole(book, C.sexual, sentence)
        return True
    if re.search(r"\bno known (?:drug )?allerg", sentence, re.I):
        add_allergy(book, sentence)
        return True
    return False


def _denied_list(book: FactBook, sentence: str) -> bool:
    """'Does not smoke, drink alcohol, or use drugs' and 'a student with no history of
    smoking or alcohol': the denial covers the whole list, not just its first item."""
    if starts_negative(sentence) and not re.search(r"\bbut\b|;", sentence):
        for part in polar_parts(sentence):
            if part.absent:
                _add_social_denials(book, part.text)
        return True
    parts = polar_parts(sentence)
    if len(parts) == 2 and not parts[0].absent and re.search(r"\bwith(?:out| no)\b", sentence,
                                                              re.I):
        _social_draft(book, parts[0].text, None)
        _add_social_denials(book, parts[1].text)
        return True
    return False


def _social_clause(book: FactBook, clause: str, pending: Draft | None) -> Draft | None:
    if re.match(r"^(?:non-?smoker|non-?drinker)\b", clause, re.I):
        item = "smoking" if "smok" in clause.lower() else "alcohol"
        book.add(Draft(C.social, item, _absent_social(item, book.context.voice), ABSENT))
        return pending
    if starts_negative(clause) or re.search(r"\b(?:denies|without|no history of)\b", clause,
                                             re.I):
        for part in polar_parts(clause):
            if part.absent:
                _add_social_denials(book, part.text)
            elif has_content(part.text):
                pending = _social_draft(book, part.text, pending)
        return pending
    return _social_draft(book, clause, pending)


def _social_draft(book: FactBook, clause: str, pending: Draft | None) -> Draft:
    attribute = social_attribute(clause)
    aside = re.match(r"(?:particularly|especially|mainly|mostly|including|such as)\b", clause,
                     re.I)
    if pending is not None and (not attribute or attribute == pending.attribute or aside):
        pending.words = sentence_case(f"{pending.words.rstrip('.')}, {clean(clause)}")
        return pending
    duration = find_duration(clause)
    draft = Draft(C.social, attribute or "other social history",
                  social_words(clause, book.context.voice), PRESENT,
                  duration.iso if duration else None)
    book.add(draft)
    return draft


def _add_social_denials(book: FactBook, text: str) -> None:
    voice = book.context.voice
    for raw in split_list(text):
        item = clean_item(raw)
        if not item:
            continue
        attribute = social_attribute(item)
        if attribute:
            book.add(Draft(C.social, attribute, _absent_social(item, voice), ABSENT))
        elif lex.find_drugs(item) or "medication" in item.lower():
            add_no_medicines(book, item)
        else:
            book.add(Draft(C.social, item, sentence_case(f"No, there's no {item}"), ABSENT))


# --- review of systems ------------------------------------------------------------------------

_ROS_LEAD = re.compile(r"^(?:the patient|patient|he|she|the child|the baby)?\s*(?:also\s+)?"
                       r"(?:reports?|complains of|positive for|experiences|mentions|notes|"
                       r"endorses|has|had|is experiencing|presents with)\s+", re.I)


def add_ros_text(book: FactBook, label: str, text: str, observations: list[str]) -> None:
    fallback = _ros_key_category(label)
    for sentence in sentences(text):
        add_ros_sentence(book, sentence, fallback, observations)


def _ros_key_category(label: str) -> Category:
    for pattern, category in lex.ROS_KEYS:
        if label and pattern.search(label.replace("_", " ")):
            return category
    return C.ros_general


def add_ros_sentence(book: FactBook, sentence: str, fallback: Category,
                     observations: list[str]) -> None:
    voice = book.context.voice
    if lex.OBSERVATION.search(sentence):
        observations.append(sentence_case(sentence))
        return
    for segment in contrast_segments(re.sub(r"^(?:specifically|additionally|also),?\s+", "",
                                            sentence, flags=re.I)):
        if lex.NOT_PROVIDED.search(segment):
            continue
        if lex.ROS_NONE.search(segment):
            book.add(Draft(C.ros_general, "other symptoms", voice.nothing_else(), ABSENT))
            continue
        for part in polar_parts(segment):
            if part.absent:
                add_absent_items(book, part.text, fallback)
            elif has_content(part.text):
                _add_ros_positive(book, part.text, fallback)


def _add_ros_positive(book: FactBook, text: str, fallback: Category) -> None:
    voice = book.context.voice
    stripped = _ROS_LEAD.sub("", clean(text))
    items = split_list(stripped) if stripped != clean(text) or "," in stripped else [stripped]
    whole = bool(re.search(r"\bimprov\w*|\bresolv\w*|\bsince starting\b", stripped, re.I))
    if whole:
        items = [stripped]  # 'improvement in X, Y and Z' is one statement, not three symptoms
    listed = len(items) > 1 or stripped != clean(text)
    for raw in items:
        item = clean_item(raw)
        if not item or not has_content(item):
            continue
        if lex.find_drugs(item) and not whole:
            add_drugs(book, raw)
            continue
        category = ros_category(item, fallback)
        if category.value.startswith("ros.") or category is C.hpc_other:
            spoken = re.sub(r"^(?:and|or)\s+", "", clean(raw), flags=re.I)
            words = _symptom_words(lower_first(spoken), voice) if listed else voice.rewrite(text)
            book.add(Draft(category, item, words))
        else:
            add_sentence(book, raw, [])


# --- secondary symptoms -----------------------------------------------------------------------

_NEG_ITEM = re.compile(r"^(?:no|not|denies|without|absence of|never)\s+(?:any\s+)?", re.I)


def add_secondary(book: FactBook, item: str, observations: list[str]) -> None:
    """One Secondary_Symptoms entry: an associated symptom, or a denial, or history."""
    voice = book.context.voice
    text = clean(item).rstrip(".")
    if not text or lex.SIGN.search(text):
        return
    negative = _NEG_ITEM.match(text)
    if negative:
        rest = clean_item(text[negative.end():])
        if text.lower().startswith("not ") and len(rest.split()) <= 2:
            book.add(Draft(C.hpc_associated, rest, sentence_case(f"No, it's not {rest}"),
                           ABSENT))
        else:
            add_absent_items(book, rest, C.hpc_associated)
        return
    kind = sentence_kind(text, book.context)
    if kind not in {"hpc", "observation", "skip"}:
        add_sentence(book, text, observations)
        return
    if re.match(r"history of\b", text, re.I):
        book.add(Draft(C.hpc_other, lower_first(text[len("history of"):].strip()),
                       voice.rewrite(f"The patient has a {lower_first(text)}")))
        return
    category = hpc_category(text)
    if category not in {C.hpc_exacerbating, C.hpc_relieving, C.hpc_radiation}:
        category = C.hpc_associated
    attribute = (clean_item(strip_parens(text)) if category is C.hpc_associated
                 else _HPC_ATTRIBUTE[category])
    duration = find_duration(text)
    book.add(Draft(category, attribute, _symptom_words(text, voice), PRESENT,
                   duration.iso if duration else None))
    if lex.find_drugs(text):
        add_drugs(book, text)


_PAST_VERBS = ("regained|developed|noticed|started|stopped|began|lost|gained|experienced|fell|"
               "woke|vomited|fainted|collapsed|returned|travelled|traveled|attempted|tried")
_NOUN_ING = re.compile(r"(?:swelling|bleeding|itching|vomiting|tingling|ringing|wheezing|"
                       r"grunting|increasing|decreasing|worsening|recurring|ongoing|"
                       r"burning|shooting|throbbing|stabbing|aching|morning|evening|"
                       r"feelings|sweating|flushing|hearing|feeding|lacking|missing)\b", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|worsens?|improves?|started|began|"
                     r"stopped|spread|appeared|did|does|shows?|expresses|denies)\b", re.I)


def _symptom_words(text: str, voice: Voice) -> str:
    if re.match(r"(?:worse|better)\b", text, re.I):
        return sentence_case(f"It gets {lower_first(text)}")
    if _FINITE.search(text):
        return voice.rewrite(text)
    if re.match(rf"(?:{_PAST_VERBS})\b", text, re.I):
        return sentence_case(f"{voice.subject} {lower_first(voice.pronouns(text))}")
    if re.match(r"[A-Za-z]+ing\b(?! of\b)", text) and not _NOUN_ING.match(text):
        return voice.has_been(lower_first(text))
    return voice.has_had(with_article(lower_first(text)))


def add_symptom_duration(book: FactBook, text: str) -> None:
    """A bare 'Duration: 1 day' from the symptom list, as the onset of the complaint."""
    text = clean(text).rstrip(".")
    duration = find_duration(f"for {text}")
    words = sentence_case(f"It's been going on for {text}")
    book.add(Draft(C.hpc_onset, "onset", words, PRESENT, duration.iso if duration else None))


def add_history(book: FactBook, text: str, observations: list[str]) -> None:
    for index, sentence in enumerate(sentences(text)):
        add_sentence(book, sentence, observations, first=index == 0)


def add_extra(book: FactBook, key: str, value: object, observations: list[str]) -> None:
    """A Patient_Actor key the importer has no special handler for."""
    category = next((c for p, c in lex.EXTRA_KEYS if p.search(key.replace("_", " "))), None)
    for label, text in texts(value, key):
        if category is C.drugs:
            if lex.MEDS_NONE.search(text) or re.fullmatch(r"(?:none|nil)\.?", text, re.I):
                add_no_medicines(book)
            elif "," in text or (not _FINITE.search(text) and not re.match(
                    r"(?:the|he|she|patient|i|my|his|her)\b", text, re.I)):
                for name in split_list(text):
                    _add_named_drug(book, name)
            else:
                add_drugs(book, text)
        elif category is C.family:
            for sentence in sentences(text):
                if not lex.NOT_PROVIDED.search(sentence):
                    add_family(book, sentence)
        elif category is C.allergies:
            add_allergy(book, text)
        elif category is C.past_medical:
            add_pmh_text(book, text, observations)
        elif category is C.social:
            add_social_text(book, text)
        elif category is C.ros_general:
            add_ros_text(book, label, text, observations)
        elif category is not None:
            for sentence in sentences(text):
                if not lex.NOT_PROVIDED.search(sentence):
                    add_whole(book, category, sentence)
        else:
            for sentence in sentences(text):
                add_sentence(book, sentence, observations)


def _add_named_drug(book: FactBook, name: str) -> None:
    """A medicine from a plain list: the entry is the name even if no lexicon knows it."""
    name = clean(strip_parens(name)).rstrip(".")
    if not name or lex.NOT_PROVIDED.search(name):
        return
    voice = book.context.voice
    known = lex.find_drugs(name)
    drug_name = lower_first(known[0] if known else name)
    dose = lex.DOSE.search(name)
    frequency = lex.FREQUENCY.search(name)
    book.add(Draft(C.drugs, drug_name, voice.takes(lower_first(name)), PRESENT, None,
                   Drug(name=drug_name, dose=dose.group(0) if dose else "",
                        frequency=frequency.group(0) if frequency else "")))


def join_observations(items: Iterable[str]) -> str:
    return " ".join(dict.fromkeys(i for i in items if i))
