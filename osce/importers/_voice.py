"""Rewriting third-person case notes as the informant's own first-person words.

"The patient reports a 1-month history of double vision" becomes "I've had double vision
for about a month." Rules only move words around and swap pronouns; they never add a
symptom, a finding or a time that the source does not state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from osce.importers._text import (
    article,
    clean,
    find_duration,
    sentence_case,
    strip_jargon_parens,
)
from osce.models.case import Sex

_REPORT_VERBS = (
    r"complains of|complained of|presents with|presented with|reports|reported|states|notes|"
    r"mentions|describes|recalls|recounts|admits to|admits|reveals|cites|says|explains|"
    r"endorses|indicates|adds|confirms|acknowledges|complains|describe|report|"
    r"note|mention|state|recall"
)
_SUBJECT = r"(?:the patient|patient|she|he|the child|the boy|the girl)"
_LEAD = re.compile(
    rf"^(?:{_SUBJECT}\s+)?(?:also\s+|further\s+|additionally\s+|now\s+)?"
    rf"(?P<verb>{_REPORT_VERBS})\b\s*(?P<that>that\s+)?(?P<rest>.*)$",
    re.I,
)
_ARRIVAL = re.compile(
    rf"^{_SUBJECT}\s+(?:presents|presented|comes|came|is here)\s+(?:to\s+(?:the\s+)?[\w\s]+?\s+)?"
    r"(?P<prep>with|for|because of|due to)\s+(?P<rest>.*)$",
    re.I,
)
_HISTORY_OF = re.compile(
    rf"^{_SUBJECT}\s+(?:also\s+)?(?:reports|presents with|describes|complains of|has|had|"
    r"mentions|gives|gave)\s+an?\s+(?P<dur>[\w.–-]+[- ](?:minute|hour|day|week|month|year)s?"
    r"(?:[- ]long)?|year-long)[- ]history of\s+(?:experiencing\s+|having\s+|feeling\s+)?"
    r"(?P<rest>.+?)\.?$",
    re.I,
)
# Where a list of complaints ends and a comment on them starts.
_LIST_END = re.compile(
    r",\s+(?=(?:which|who|that|reporting|accompanied|associated|with|during|while|despite|"
    r"especially|particularly|mostly|initially|and (?:is|was|has|have|had))\b)",
    re.I,
)

_ADVERBS = (
    "also", "still", "now", "often", "occasionally", "never", "recently", "only", "then",
    "just", "usually", "sometimes", "currently", "further", "additionally", "always",
    "initially", "first", "later", "subsequently", "previously", "rarely", "frequently",
    "actually", "mostly", "generally", "regularly", "suddenly", "immediately", "since",
    "really", "even", "once",
)
_VERB_AFTER_I = re.compile(rf"\bI((?:\s+(?:{'|'.join(_ADVERBS)}))*)\s+([a-z]+)\b")
_NOT_VERBS = {"was", "always", "as", "thus", "perhaps", "us", "its", "this", "his", "is"}
_THIRD_PERSON_VERBS = {
    "reports", "denies", "drinks", "smokes", "works", "lives", "attends", "enjoys",
    "consumes", "uses", "takes", "has", "is", "notes", "mentions", "describes", "complains",
    "admits", "states", "experiences", "plays", "exercises", "goes", "visits", "eats",
    "travels", "performs", "shows", "recalls", "recounts", "reveals", "expresses", "feels",
    "gets", "sleeps", "walks", "needs", "wants", "quit", "stopped", "started", "had",
    "underwent", "received", "took", "tried", "developed", "noticed", "experienced",
    "returned", "recently", "currently", "previously", "occasionally", "regularly", "rarely",
    "frequently", "does", "spends", "participates", "engages", "prefers", "runs", "stays",
    "seeks", "tries", "wakes", "cries", "refuses",
}
_EVENT_PARTICIPLES = {
    "diagnosed", "released", "treated", "born", "delivered", "admitted", "hospitalized",
    "hospitalised", "brought", "found", "seen", "given", "noted", "involved", "referred",
    "terminated", "fired", "incarcerated", "injured", "bitten", "vaccinated", "immunized",
    "immunised", "breastfed", "fed", "exposed", "prescribed", "employed", "managed",
    "controlled", "medicated",
}
_STATE_WORDS = {
    "married", "employed", "enrolled", "retired", "divorced", "widowed", "single",
    "unemployed", "sexually", "active", "independent", "adopted", "homeless", "alert",
    "pregnant", "up", "exclusively", "fully",
}


def base_form(verb: str) -> str:
    """The verb as it follows 'I': 'has' -> 'have', 'denies' -> 'deny'."""
    irregular = {"has": "have", "is": "am", "does": "do", "goes": "go", "was": "was"}
    if verb in irregular:
        return irregular[verb]
    if verb in _NOT_VERBS or not verb.endswith("s") or verb.endswith(("ss", "us", "is")):
        return verb
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _agree_with_i(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        return f"I{match.group(1)} {base_form(match.group(2))}"

    text = _VERB_AFTER_I.sub(fix, text)
    if re.match(r"I\b", text) and not re.search(r"\b(?:that|which|who)\b", text):
        # 'I was healthy and has been...': the second verb is mine too
        text = re.sub(r"\b(and|but|or) ([a-z]+)\b", lambda m: f"{m.group(1)} " + (
            base_form(m.group(2)) if m.group(2) in _THIRD_PERSON_VERBS else m.group(2)), text)
    for long, short in (
        (r"\bI have not\b", "I haven't"), (r"\bI do not\b", "I don't"),
        (r"\bI did not\b", "I didn't"), (r"\bI was not\b", "I wasn't"),
        (r"\bI am not\b", "I'm not"), (r"\bI have (been|had|got|noticed|lost|never|also)\b",
                                        r"I've \1"),
        (r"\bI am\b", "I'm"),
    ):
        text = re.sub(long, short, text)
    return text


def _her(text: str, possessive: str, objective: str) -> str:
    """'her' is possessive before a noun ('her hair') and an object elsewhere ('found her')."""
    def pick(match: re.Match[str]) -> str:
        following = match.group(2)
        word = possessive if following and following.lower() not in _AFTER_OBJECT else objective
        return word.capitalize() if match.group(1)[0].isupper() else word

    return re.sub(r"\b([Hh]er)\b(?:\s+(\w+))?", lambda m: pick(m) + (
        " " + m.group(2) if m.group(2) else ""), text)


_AFTER_OBJECT = {
    "to", "and", "or", "up", "down", "for", "with", "from", "at", "off", "that", "in", "on",
    "as", "about", "since", "when", "after", "before", "out", "back", "home", "feel", "if",
    "so", "but", "is", "was", "unconscious", "awake", "by", "into", "over", "again",
    "anymore", "while", "during", "until", "because", "through", "a", "an", "the",
}
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|for|with|by|about|from|brought|took|found|saw|examined|told|gave|asked|"
    r"of|on|at|helped|noticed|made|let|woke|wakes|perceives|describes|considers|sees|calls|"
    r"finds|believes|consoled|against)\s+$",
    re.I,
)


def _replace_subject(text: str, pattern: str, subject: str, obj: str) -> str:
    """Swap a noun phrase for a pronoun, as object after a preposition or verb."""
    out = []
    last = 0
    for match in re.finditer(pattern, text, flags=re.I):
        out.append(text[last:match.start()])
        before = text[: match.start()]
        word = obj if _PREPOSITION_BEFORE.search(before) else subject
        out.append(word)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


@dataclass(frozen=True)
class Voice:
    """Who speaks for the patient, and how they refer to the patient and themselves."""

    sex: Sex
    proxy: str = ""  # "mother" when a parent answers for a child; "" for the patient
    child_noun: str = ""  # "son", "daughter" or "baby" for a proxy

    @property
    def he(self) -> str:
        return "she" if self.sex is Sex.female else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex is Sex.female else "his"

    @property
    def him(self) -> str:
        return "her" if self.sex is Sex.female else "him"

    @property
    def subject(self) -> str:
        return self.he if self.proxy else "I"

    # --- short formulas used for list items ----------------------------------------------

    def has_had(self, item: str) -> str:
        item = self.pronouns(item)
        return sentence_case(f"{self.he}'s had {item}" if self.proxy else f"I've had {item}")

    def has_been(self, item: str) -> str:
        item = self.pronouns(item)
        return sentence_case(f"{self.he}'s been {item}" if self.proxy else f"I've been {item}")

    def not_had(self, item: str) -> str:
        item = self.pronouns(item)
        who = f"{self.he} hasn't" if self.proxy else "I haven't"
        return sentence_case(f"No, {who} had any {item}")

    def has_condition(self, item: str) -> str:
        item = self.pronouns(item)
        return sentence_case(f"{self.he} has {item}" if self.proxy else f"I have {item}")

    def had_before(self, item: str) -> str:
        item = self.pronouns(item)
        return sentence_case(f"{self.he} has had {item}" if self.proxy else f"I've had {item}")

    def takes(self, item: str) -> str:
        item = self.pronouns(item)
        return sentence_case(f"{self.he} takes {item}" if self.proxy else f"I take {item}")

    def nothing_else(self) -> str:
        if self.proxy:
            he = self.he.capitalize()
            return f"No, nothing else that I've noticed. {he}'s been fine otherwise."
        return "No, nothing else that I've noticed."

    # --- whole sentences -----------------------------------------------------------------

    def rewrite(self, text: str) -> str:
        """A sentence of notes in the informant's own words."""
        text = clean(strip_jargon_parens(text)).rstrip(".")
        if not text:
            return text
        text = self._lead(text)
        text = self.pronouns(text)
        text = self._fragment(text)
        return sentence_case(_agree_with_i(text))

    def _lead(self, text: str) -> str:
        history = _HISTORY_OF.match(text)
        if history:
            return self._history_of(history)
        informant = self._strip_informant(text)
        if informant is not None:
            return informant
        arrival = _ARRIVAL.match(text)
        if arrival:
            who = "I've brought " + self._child_ref() + " in" if self.proxy else "I've come in"
            return f"{who} {arrival.group('prep').lower()} {arrival.group('rest')}"
        lead = _LEAD.match(text)
        if lead and lead.group("rest"):
            return self._reported(lead.group("verb").lower(), bool(lead.group("that")),
                                  lead.group("rest"))
        return text

    def _history_of(self, match: re.Match[str]) -> str:
        rest = match.group("rest")
        duration = find_duration(match.group(0))
        cut = _LIST_END.search(rest)
        head, tail = (rest[: cut.start()], rest[cut.start():]) if cut else (rest, "")
        spoken = f" for {duration.spoken}" if duration else ""
        who = f"{self._child_ref().capitalize()}'s had" if self.proxy else "I've had"
        return f"{who} {head}{spoken}{tail}"

    def _reported(self, verb: str, that: bool, rest: str) -> str:
        if that or (re.match(r"(?:he|she|they|it|there|the|this|these|his|her|my|a \w+ of)\b",
                            rest, re.I) and re.search(
                                r"\b(?:is|are|was|were|has|have|had|began|started|worsen\w*|"
                                r"improv\w*|\w+ed)\b", rest)):
            return rest
        who_have = f"{self._child_ref()} has" if self.proxy else "I've"
        who = self._child_ref() if self.proxy else "I"
        if verb.startswith(("recall", "recount")):
            return f"I remember {rest}"
        if re.match(r"being\b", rest, re.I):
            return f"{self.he}'s {rest[6:]}" if self.proxy else f"I'm {rest[6:]}"
        if re.match(r"(?:experiencing|having|feeling|suffering)\b", rest, re.I):
            return f"{who_have} been {rest}"
        if re.match(r"\w+ing\b", rest) and not _ADJECTIVE_ING.match(rest):
            return f"{who} was {rest}"
        if verb.startswith("describ") and re.search(r"\bas\b", rest):
            return f"I'd describe {rest}"
        if verb.startswith("admit"):
            return f"{who} {'admit' if not self.proxy else 'admits'} to {rest.removeprefix('to ')}"
        if re.match(r"(?:a\s+)?history of\b", rest, re.I):
            return f"{who} {'have' if not self.proxy else 'has'} {rest}"
        return f"{who_have} had {rest}"

    def _child_ref(self) -> str:
        return f"my {self.child_noun or 'child'}"

    def _strip_informant(self, text: str) -> str | None:
        """'The mother reports that he...' is the informant speaking: drop the frame."""
        if not self.proxy:
            return None
        match = re.match(
            r"^(?:the |his |her |their )?(?:patient's |child's |infant's |baby's |newborn's )?"
            r"(?:mother|parents?|mom|mum|caregiver|father)\s+(?:also\s+)?"
            r"(?P<verb>reports?|notes?|mentions?|describes?|recalls?|states?|says?|has noticed|"
            r"noticed|notices|observed|has observed|is concerned|believes?)\s*(?:that\s+)?"
            r"(?P<rest>.*)$",
            text, re.I)
        if not match:
            return None
        rest = match.group("rest")
        verb = match.group("verb").lower()
        if "notic" in verb or "observ" in verb or re.match(r"notic\w+\b", rest, re.I):
            seen = re.sub(r"^notic\w+\s+", "", rest, flags=re.I)
            return f"I've noticed {seen}"
        if verb.startswith("describ"):
            return f"I'd describe {rest}"
        if verb.startswith("recall"):
            return f"I remember {rest}"
        return rest

    def pronouns(self, text: str) -> str:
        """Third-person references to the patient (and, for a proxy, to the informant)
        become the informant's own."""
        if self.proxy:
            return self._proxy_pronouns(text)
        text = re.sub(r"\b(?:the )?patient[’']s\b", "my", text, flags=re.I)
        # a parent's report about 'her daughter' is about the speaker
        if re.search(r"\b(?:mother|father|parents?)\b", text, re.I):
            text = re.sub(r"\b(?:his|her|their) (?:daughter|son|child)[’']s\b", "my", text)
            text = _replace_subject(text, r"\b(?:his|her|their) (?:daughter|son|child)\b", "I",
                                    "me")
        text = _replace_subject(text, r"\b(?:the )?patient\b", "I", "me")
        if self.sex is Sex.female:
            text = re.sub(r"\bherself\b", "myself", text, flags=re.I)
            text = re.sub(r"\bhers\b", "mine", text, flags=re.I)
            text = _her(text, "my", "me")
            text = re.sub(r"\b[Ss]he\b", "I", text)
        else:
            text = re.sub(r"\bhimself\b", "myself", text, flags=re.I)
            text = re.sub(r"\b[Hh]is\b", "my", text)
            text = re.sub(r"\b[Hh]im\b", "me", text)
            text = re.sub(r"\b[Hh]e\b", "I", text)
        return self._tidy(_agree_with_i(text))

    def _proxy_pronouns(self, text: str) -> str:
        child = self._child_ref()
        nouns = (r"(?:the |this )(?:patient|child|infant|baby|newborn|neonate|boy|girl|toddler)"
                 r"|patient")
        text = re.sub(rf"\b(?:{nouns})[’']s\b", f"{child}'s", text, flags=re.I)
        text = re.sub(rf"\b(?:{nouns})\b", child, text, flags=re.I)
        # the mother is the informant: 'the mother', 'his mother', or 'Mother' opening a note
        mother = (r"(?:\b(?:the|his|her|its|my son's|my daughter's|my baby's|my child's) "
                  r"(?:patient's )?mother|^mother)")
        text = re.sub(mother + r"[’']s\b", "my", text, flags=re.I)
        text = _replace_subject(text, mother + r"\b", "I", "me")
        text = _replace_subject(text, r"\b(?:the |his |her )parents\b", "we", "us")
        if self.sex is Sex.male:  # 'she' in a boy's notes is his mother, the informant
            text = re.sub(r"\bherself\b", "myself", text, flags=re.I)
            text = _her(text, "my", "me")
            text = re.sub(r"\b[Ss]he\b", "I", text)
        text = re.sub(r"\bwe (reports|notes|mentions|says|has|is|was)\b",
                      lambda m: "we " + {"is": "are", "was": "were", "has": "have"}.get(
                          m.group(1), m.group(1).rstrip("s")), text, flags=re.I)
        return self._tidy(_agree_with_i(text))

    @staticmethod
    def _tidy(text: str) -> str:
        text = re.sub(r"\bmy my\b", "my", text)
        text = re.sub(r"\bI and my (\w+)", r"my \1 and I", text)
        return re.sub(r"(^|[.!?]\s+)(my|i)\b", lambda m: m.group(1) + m.group(2).capitalize(),
                      text)

    def _fragment(self, text: str) -> str:
        """Notes often drop the subject ('Drinks alcohol socially'); put it back."""
        words = text.split()
        if not words:
            return text
        first = words[0].lower().strip(",")
        if first in {"i", "my", "we", "he", "she", "no", "yes", "the", "there", "it"} or (
            first.startswith(("i'", "he'", "she'", "we'"))
        ):
            return text
        if re.match(r"^[\w-]+,?\s+(?:I|my|we|he|she|it|there|the)\b", text) or re.match(
            r"^(?:\S+\s+){0,3}I\b", text
        ) or re.search(r",\s+I\b", text):
            return text  # 'Recently, I have...' already has its subject
        rest = lower_rest(text)
        subject = self.subject
        if first in _THIRD_PERSON_VERBS and first not in _ADVERBS_3P:
            if self.proxy:
                return f"{subject} {rest}"
            return f"I {base_form(first)}{rest[len(first):]}"
        if first in _ADVERBS_3P and len(words) > 1:
            second = words[1].lower().strip(",")
            if second.endswith("ing") or second in {"on", "in", "at", "off", "under", "not"}:
                be = f"{subject} is" if self.proxy else "I'm"
                return f"{be} {first} {' '.join(words[1:])}"
            verb = second if self.proxy else base_form(second)
            if second in _EVENT_PARTICIPLES:
                return f"{subject} was {first} {' '.join(words[1:])}"
            return f"{subject} {first} {verb} {' '.join(words[2:])}".rstrip()
        if first in _EVENT_PARTICIPLES:
            return f"{subject} was {rest}"
        if first in {"was", "is", "has", "had"} and len(words) > 1:
            verb = first if self.proxy else {"is": "am", "has": "have"}.get(first, first)
            return f"{subject} {verb} {' '.join(words[1:])}"
        if re.match(r"(?:an? )?(?:[\w.]+[- ]\w+(?:[- ]long)? )?history of\b", rest):
            has = f"{subject} has" if self.proxy else "I have"
            body = re.sub(r"^an? ", "", rest)
            return f"{has} {article(body)} {body}"
        if first in _STATE_WORDS:
            return f"{'I am' if not self.proxy else subject + ' is'} {rest}"
        return text


_ADJECTIVE_ING = re.compile(r"(?:increasing|decreasing|worsening|recurring|ongoing|burning|"
                            r"shooting|throbbing|stabbing|aching|persisting|remitting|"
                            r"relapsing|progressing)\b", re.I)
_ADVERBS_3P = {"recently", "currently", "previously", "occasionally", "regularly", "rarely",
               "frequently", "also", "often", "never", "still", "usually", "sometimes"}


def lower_rest(text: str) -> str:
    """The text with its first letter lowered (for putting a subject in front)."""
    first = text.split()[0]
    if first.isupper() and len(first) > 1:
        return text
    return text[0].lower() + text[1:]
