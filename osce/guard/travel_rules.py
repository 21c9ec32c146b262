"""Travel said by the speaker: "I've been to Europe", "I've been abroad". A journey is
history a student acts on (malaria, a clot after a long flight), so a trip no carried fact
tells of is a claim like any symptom's, and a trip where the case says there was none
contradicts it."""

from __future__ import annotations

import re

from osce.guard.case_index import CaseIndex, FactInfo
from osce.guard.models import Verdict
from osce.models.case import Polarity

# where a trip goes: abroad, a continent, a region, a country people fly to from here
_PLACE = (r"abroad|overseas|europe|asia|africa|america|south america|north america|the (us|usa|"
          r"states|uk|middle east|far east|caribbean|south china sea|north african coast|"
          r"mediterranean|canaries|gulf)|australia|new zealand|canada|india|pakistan|"
          r"bangladesh|china|japan|thailand|vietnam|indonesia|spain|france|italy|greece|"
          r"portugal|turkey|cyprus|egypt|morocco|tunisia|kenya|nigeria|ghana|south africa|"
          r"mexico|brazil|dubai|florida|germany|poland|ireland|the netherlands|holland")
_TRIP = re.compile(rf"\b(?:i'?ve|i have|we'?ve|we have|i|we) (?:just |recently |also )?(?:been|"
                   rf"travelled|traveled|flown|gone|went|flew|got back) (?:to |from |back from )?"
                   rf"(?:the )?({_PLACE})\b|\b(?:a |my |our )?(?:trip|holiday|flight) (?:to|"
                   rf"from) (?:the )?({_PLACE})\b")
_TRAVEL_WORDS = re.compile(rf"\b(abroad|travel\w*|trip|flew|flight|holiday|visiting|{_PLACE})\b")
_NO_TRAVEL = re.compile(r"\b(haven'?t|have not|hasn'?t|never|not) (been|gone|travelled|"
                        r"traveled) (abroad|anywhere|away|overseas)\b")


def travel_said(idx: CaseIndex, low: str, carried: list[FactInfo]
                ) -> tuple[Verdict, str, list[str]] | None:
    """A trip the speaker says they made, held to the facts about travel."""
    if not _TRIP.search(low):
        return None
    for info in idx.facts.values():
        words = info.fact.words.lower().replace("’", "'")
        if info.fact.polarity is Polarity.absent and _NO_TRAVEL.search(words):
            return (Verdict.contradiction, f"a trip, where {info.fact.id} says there was none",
                    [info.fact.id])
    if any(_TRAVEL_WORDS.search(c.fact.words.lower()) for c in carried):
        return None  # the carried trip is the other layers' to compare
    return (Verdict.unsupported, "a trip no carried fact tells of", [])
