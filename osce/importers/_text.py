"""Plain-text helpers for importers: sentences, lists, negation, durations, ids.

Everything here is rule-based on purpose: imported cases must be reproducible and must
never gain clinical content that the source does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- sentences and lists ------------------------------------------------------------------

# A full stop only ends a sentence when a capital, digit or quote follows; "5.4 kg" survives.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'\"‘“(])")


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, trimmed, without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def split_outside_parens(text: str, separators: str) -> list[str]:
    """Split on any character in `separators` that is not inside brackets."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


# Heads that a pair of modifiers share: "bowel or bladder habits" is one thing, not two.
_SHARED_HEADS = {
    "habits", "habit", "function", "symptoms", "disturbances", "problems", "issues",
    "changes", "colour", "color", "output", "complaints", "infections", "diseases",
    "conditions", "stimuli", "use",
}
_PREPOSITIONS = {"in", "of", "on", "with", "to", "at", "from", "for", "after", "during"}
_CONJUNCTION = re.compile(r"\s+(?:and|or|and/or)\s+")


_IDIOMS = re.compile(r"\b(?:back and forth|on and off|up and down|in and out|comes and goes|"
                     r"come and go|to and fro|hot and cold|now and then)\b", re.I)


def _split_pair(item: str) -> list[str]:
    """'nausea or vomiting' is two items; 'bowel or bladder habits' is one."""
    if _IDIOMS.search(item):
        return [item]
    pieces = _CONJUNCTION.split(item)
    if len(pieces) < 2:
        return [item]
    left, right = pieces[0], pieces[-1]
    right_words = right.split()
    if right_words and right_words[-1].lower().strip(".") in _SHARED_HEADS and len(pieces) == 2:
        return [item]
    if len(left.split()) == 1 and len(right_words) > 1 and right_words[0].lower() in _PREPOSITIONS:
        return [item]
    if any(w.lower() in {"between", "both"} for w in left.split()):
        return [item]
    if len(pieces) == 2 and len(right_words) == 1 and any(
        w.lower() in _PREPOSITIONS for w in left.split()[1:]
    ):
        return [item]  # 'increase in thirst or urination': the change applies to both
    return [p for p in pieces if p]


def split_list(text: str) -> list[str]:
    """Items of an English list: 'a, b, or c' and 'a or b' become separate items."""
    items: list[str] = []
    for part in split_outside_parens(text, ",;"):
        part = re.sub(r"^(?:and|or|as well as)\s+", "", part.strip(), flags=re.I)
        items.extend(_split_pair(part) if "(" not in part else [part])
    return [i.strip(" .") for i in items if i.strip(" .")]


def strip_parens(text: str) -> str:
    """Text without any bracketed asides."""
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def strip_jargon_parens(text: str) -> str:
    """Drop one-word bracketed synonyms ('double vision (diplopia)'); keep ones with detail."""
    return re.sub(r"\s*\((?:[A-Za-z'’-]+)\)", "", text)


def clean(text: str) -> str:
    """Collapse whitespace and trim stray punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,;:")


def sentence_case(text: str) -> str:
    text = clean(text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a name."""
    if not text:
        return text
    first = text.split()[0].strip(",.;:()'’")
    if len(first) > 1 and (first[1:2].isupper() or first.rstrip("s'’").isupper()):
        return text
    if first.lower().rstrip("'’s") in _PROPER:
        return text
    return text[0].lower() + text[1:]


# Names inside condition and place names that keep their capital.
_PROPER = {
    "crohn", "kaposi", "lyme", "meniere", "graves", "parkinson", "hodgkin", "alzheimer",
    "huntington", "cushing", "addison", "wilson", "down", "turner", "raynaud", "sjogren",
    "hashimoto", "bell", "tourette", "miami", "minnesota", "wisconsin", "africa", "bangkok",
    "peruvian", "caucasian", "nsa", "i", "apgar", "christmas", "paget", "barrett",
}


# --- negation -----------------------------------------------------------------------------

# A negation word plus the filler that follows it ("denies any", "has not noticed any").
_NEGATION = re.compile(
    r"\b(?:denies|denied|denying|negative for|no|not|never|without|none of|nor)\b"
    r"(?:\s+(?:been|had|having|noticed|experienced|experiencing|reported|report|history of|"
    r"reports of|evidence of|signs of|known|any|significant|taking|using|use of|"
    r"episodes of|complaints of|complain of|mention of|observed|shown|present with|"
    r"presented with|evidence|of|associated|\w+ any))*\s*",
    re.I,
)

# Where a sentence turns from one claim to another.
_CONTRAST = re.compile(
    r"\s*(?:;|,?\s+but\s+|,?\s+however,?\s+|,?\s+except(?: for)?\s+|,?\s+apart from\s+|"
    r",?\s+although\s+|,?\s+and\s+(?=(?:denies|reports|has|is|was|does|takes|had|no|"
    r"complains|the|he|she|his|her|it|there|that)\b))",
    re.I,
)

_FILLER = {
    "on", "review", "there", "there's", "is", "are", "the", "patient", "patient's", "he",
    "she", "has", "have", "had", "also", "reports", "a", "an", "any", "with", "and", "but",
    "specifically", "additionally", "notes", "mentions", "states", "it", "of", "to", "in",
    "that", "was", "been", "his", "her", "they", "report", "complains", "were", "does", "do",
    "did", "other", "otherwise", "further", "questioning", "upon", "baby", "child", "infant",
    "newborn", "my", "i", "we",
}


def contrast_segments(text: str) -> list[str]:
    """A sentence cut where it turns ('fever but no cough' -> 'fever', 'no cough')."""
    return [s.strip(" ,.") for s in _CONTRAST.split(text) if s and s.strip(" ,.")]


def has_content(text: str, least: int = 1) -> bool:
    """More than subject-and-verb filler: 'He has' and 'On review, there's' are empty."""
    words = re.findall(r"[A-Za-z'’]+", text.lower())
    return sum(1 for w in words if w not in _FILLER) >= least


@dataclass(frozen=True)
class Polar:
    """A piece of text and whether it asserts (present) or denies (absent) its contents."""

    text: str
    absent: bool


_AUXILIARY_NOT = re.compile(r"\b(?:does|did|do|could|can|would|will|is|was|are|were)\s+not\s*$",
                            re.I)


def polar_parts(segment: str, keep_verbs: bool = False) -> list[Polar]:
    """Split a segment at its negation: 'a student with no history of smoking' gives a
    present part ('a student') and an absent one ('smoking').

    With keep_verbs, a negated verb ('does not recall them') is a statement in its own
    right, not a list of things denied, so the segment stays whole.
    """
    match = _NEGATION.search(_mask_quotes(segment))
    if match is None:
        return [Polar(segment, False)]
    if keep_verbs and _AUXILIARY_NOT.search(segment[: match.end()]) and not re.match(
        r"\s*(?:have|had|has|any|experienc\w*|notic\w*|report\w*|complain\w*|present\w*)\b",
        segment[match.end():], re.I,
    ):
        return [Polar(segment, False)]
    before, after = segment[: match.start()], segment[match.end():]
    parts = []
    dangling = re.search(r"\b(?:did|does|do|has|have|is|was|were|are|had)\s*$", before, re.I)
    if has_content(before, least=2) and not dangling:
        parts.append(Polar(before.strip(" ,"), False))
    # the denial ends where a new verb starts: 'denies alcohol, and enjoys walking'
    turn = _DENIAL_END.search(after)
    if turn:
        after, rest = after[: turn.start()], after[turn.end():]
    if after.strip(" .,"):
        parts.append(Polar(after.strip(" ."), True))
    if turn and rest.strip(" .,"):
        parts += polar_parts(rest, keep_verbs)
    return parts


_DENIAL_END = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:enjoys|is|has|was|reports|notes|mentions|works|lives|drinks|"
    r"smokes|takes|uses|attends|plays|describes|states|admits|complains|endorses)\b)", re.I)


def _mask_quotes(text: str) -> str:
    """Quoted speech ('You're not the boss of me') hidden from negation, same length."""
    return re.sub(r"[‘'\"“](.+?)[’'\"”](?=[\s.,;!?]|$)", lambda m: "x" * len(m.group(0)), text)


_NEG_START = re.compile(
    r"^(?:the patient|patient|he|she|they|there)?\s*(?:also\s+)?(?:has|have|is|are|was|were|"
    r"does|did|had)?\s*(?:denies|denied|no|not|never|without|negative for|none)\b",
    re.I,
)


def starts_negative(text: str) -> bool:
    return bool(_NEG_START.match(text.strip()))


# --- durations ----------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
_NUM = (r"(?P<num>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:\s*[–-]\s*\d+)?")
_UNIT = r"(?P<unit>minute|hour|day|week|month|year)s?"
_DURATIONS = [
    re.compile(rf"\b{_NUM}[- ]{_UNIT}[- ](?:long\s+)?history\b", re.I),
    re.compile(rf"\b(?:for|over|during|within)\s+(?:the\s+)?(?:past|last|previous)?\s*"
               rf"(?:about|approximately|around|nearly|almost|over|more than|at least)?\s*"
               rf"{_NUM}[- ]{_UNIT}\b", re.I),
    re.compile(rf"\b{_NUM}[- ]{_UNIT}\s+(?:ago|prior|before|earlier|previously)\b", re.I),
    re.compile(rf"\b(?:for|over|in|during|within)\s+the\s+(?:past|last)\s+{_UNIT}\b", re.I),
]
_ISO_UNIT = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y"}


@dataclass(frozen=True)
class Duration:
    """A length of time found in text, as ISO-8601 and as words a patient would use."""

    iso: str
    amount: float
    unit: str
    source: str  # the matched text

    @property
    def spoken(self) -> str:
        if self.amount == 1:
            article = "an" if self.unit == "hour" else "a"
            return f"about {article} {self.unit}"
        amount = int(self.amount) if self.amount.is_integer() else self.amount
        return f"{amount} {self.unit}s"


def _iso(amount: float, unit: str) -> str:
    code = _ISO_UNIT[unit]
    number = int(amount) if amount.is_integer() else amount
    return f"PT{number}{code[1]}" if code.startswith("T") else f"P{number}{code}"


def find_duration(text: str) -> Duration | None:
    """The first clear length of time in the text; vague ones ('a few days') give None."""
    for pattern in _DURATIONS:
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groupdict()
        raw = (groups.get("num") or "1").lower()
        amount = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw)
        unit = match.group("unit").lower()
        return Duration(_iso(amount, unit), amount, unit, match.group(0))
    if re.search(r"\byear-long\b", text, re.I):
        return Duration("P1Y", 1, "year", "year-long")
    if re.search(r"\byesterday\b", text, re.I):
        return Duration("P1D", 1, "day", "yesterday")
    return None


# --- ids ----------------------------------------------------------------------------------

def slug(text: str, limit: int = 40) -> str:
    """An id fragment: lower-case words joined by hyphens, cut at a word boundary."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or (words[0][:limit] if words else "item")


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is free; records it as taken."""
    candidate = base
    n = 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def article(noun_phrase: str) -> str:
    """'a' or 'an' for the phrase."""
    first = noun_phrase.strip().lower()
    if re.match(r"(?:8|11\b|18\b|11-|18-|80|81|82|83|84|85|86|87|88|89)", first):
        return "an"
    if re.match(r"(?:one|uni|eu|use|usu)", first):
        return "a"
    return "an" if first[:1] in "aeiou" else "a"
