"""Which fact a question that leans on the last answer means.

"How long for?", "which arm?", "was he treated?", "what do you take for it?", "and the chest
pain?": a bare question whose subject is the answer just given, or the fact of the case that
answer points to. These checks find that fact, or say whether the question leans on the last
answer at all, before the question is ranked against the whole case. They live apart from the
engine so that the engine reads as the order of business, and these rules as one family.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from osce.engine.scripted.dialogue import DialogueState
from osce.engine.scripted.intents import ice_part
from osce.engine.scripted.lexicon import content_stems, covers, is_topic, normalise, stem
from osce.engine.scripted.misses import CARERS, NUMBER, PRONOUN, SIDE
from osce.models.case import Category, Disclosure, Fact, InformantRole, Polarity

if TYPE_CHECKING:
    from osce.engine.scripted.engine import CaseModel


# Words that ask about "it" without naming it: "how long for?", "does it go anywhere?"
FOLLOW_UP_STEMS = frozenset(content_stems(
    "long how often start started begin began go goes anywhere spread move worse better bad "
    "severe much feel like else since first happen come came last lasting describe rate scale "
    "constant waves time times day night help before again change still mean exactly when "
    "where what kind sort type happening anything make makes made stop stopped get gets "
    "going gone ago"))
# Too common to show that a question names an on_specific_question fact.
GENERIC_STEMS = FOLLOW_UP_STEMS | frozenset(content_stems(
    "take taking use using have had problem problems trouble notice noticed hurt pain more "
    "thing things lot bit little recently ever lately"))


# "how long for?", "since when?", "how many a day?": a bare question about the fact just heard
_ASKS_DURATION = re.compile(r"\b(how long|since when|when (did|was|were|has|have) (that|it|this|"
                            r"they|he|she)( one)?( been)? (start|begin|began|first)|how many "
                            r"(years|months|weeks|days))")
_ASKS_AMOUNT = re.compile(r"\b(how (many|much|old)|roughly how|what (dose|age))\b")
_ASKS_OFTEN = re.compile(r"\bhow (often|regularly|frequently)\b")
_FREQUENCY = re.compile(r"\b(every|each|daily|weekly|nightly|weekends?|once|twice|times?|most "
                        r"(days|nights|mornings|evenings)|now and then|on and off|a (day|week|"
                        r"night|month))\b")
# whether what was just said to be taken or tried worked, asked of it by a pronoun
_ASKS_EFFECT = re.compile(r"^(?:and )?(?:did|does|has|have|do) (?:it|they|that|those|these|this) "
                          r"(?:\w+ )?(?:help|helped|work|worked|make (?:any|a|much) difference|do "
                          r"(?:anything|much|any good)|ease|eased|touch)\b")
_EFFECT = re.compile(r"\b(?:help|helps|helped|work|works|worked|difference|do anything|did "
                     r"anything|does anything|touch|touched|eased|eases|better|nothing)\b")
_EASED = re.compile(r"\b(?:ease|eased|touch)\b")
_TRIED = re.compile(r"\b(?:took|take|taken|taking|tried|try|gave|given|used|put|rubbed|had "
                    r"(?:some|a))\b")
_ASKS_TIMES = re.compile(r"\bhow many times\b")
_TIMES = re.compile(r"\b(?:once|twice|times)\b")
_TIME_WORDS = re.compile(r"\b(ago|since|last|hours?|days?|weeks?|months?|years?|minutes?|"
                         r"overnight)\b")
_AMOUNT_STEMS = frozenset(content_stems("many much old age often regularly frequently "
                                        "roughly daily day week weekly dose about "
                                        "usually typically getting through take one hold "
                                        "years months weeks days"))


def asks_more_of_last(norm: str, state: DialogueState, model: CaseModel) -> Fact | None:
    """The fact just heard, when the question only asks its length, amount, frequency or
    time and that fact holds one; a question naming anything else goes the usual way. After
    a list ("does anything run in the family?"), "how old was she?" means the one item that
    gives such a figure. "What sort of things?" and "and after a long walk?" lean on the one
    fact just heard too."""
    last = [model.case.fact(f) for f in state.last_facts if f in model.fact_ids]
    if not last:
        return None
    stems = content_stems(norm)
    if len(last) == 1 and last[0].polarity is Polarity.present and (
            _asks_what_sort(norm, stems) or _continues(norm, stems, last[0], model)):
        return last[0]  # a "no" has no sorts to tell of
    effect = _ASKS_EFFECT.search(norm)
    if len(last) == 1 and effect and _EFFECT.search(last[0].words.lower()) and not (
            _EASED.search(effect.group(0)) and _TRIED.search(last[0].words.lower()) is None
            and last[0].drug is None):
        # "did they make any difference?" to "it didn't really do anything"; but "has it
        # eased off since then?" to when the headache began asks how it has gone since
        return last[0]
    if len(last) == 1 and _leans_for_detail(norm, last[0], model):
        return last[0]
    if len(last) == 1 and last[0].polarity is Polarity.present and _ASKS_THEN.match(norm):
        return last[0]  # "and what was it last night?" after "seven out of ten now"
    mine = frozenset().union(*(model.matcher.vocabulary(f.id) for f in last))
    if any(s not in FOLLOW_UP_STEMS and s not in _AMOUNT_STEMS and not covers(mine, s)
           for s in stems):
        return None
    giving = [f for f in last if _gives_figure(norm, f)]
    if not giving and len(last) == 1 and _ASKS_WHEN.search(norm):
        # "what time did she last have it?" after "the Calpol hasn't brought it down": the
        # drug the answer named, where its own fact says when
        said = model.said[last[0].id]
        giving = [f for f in model.case.facts if f.drug is not None and f.id != last[0].id
                  and f.disclosure in (Disclosure.on_question, Disclosure.volunteered)
                  and any(covers(said, s) for s in content_stems(normalise(f.drug.name))
                          if is_topic(s) or len(s) >= 5)
                  and _gives_figure(norm, f)]
    if len(giving) > 1 and giving[0] is last[0] and re.search(r"\b(?:that|this) one\b", norm):
        return giving[0]  # "when was that one started?": the one the answer led with
    return giving[0] if len(giving) == 1 else None


PRONOUN_MALE = re.compile(r"\b(he|him|his)\b")
PRONOUN_FEMALE = re.compile(r"\b(she|her|hers)\b")
MALE_KIN = re.compile(r"\b(dad|father|grandad|granddad|grandfather|grandpa|brother|son|uncle|"
                       r"husband|nephew|cousin|boyfriend)\b")
FEMALE_KIN = re.compile(r"\b(mum|mother|mom|gran|granny|grandmother|grandma|nan|nana|"
                         r"sister|daughter|aunt|auntie|wife|niece|cousin|girlfriend)\b")


def relative_follow_up(norm: str, state: DialogueState, model: CaseModel) -> Fact | None:
    """After the family history, "was he treated?" or "how old was he?" asks more about the
    one relative just named who is a he: that fact again, whose words say what the patient
    knows. Only where the patient speaks for themselves (to a daughter, "he" is her dad, the
    patient) and the question names no topic of its own ("does he smoke?")."""
    if model.case.informant.role is not InformantRole.patient:
        return None
    male, female = PRONOUN_MALE.search(norm), PRONOUN_FEMALE.search(norm)
    if bool(male) == bool(female):
        return None
    kin = MALE_KIN if male else FEMALE_KIN
    last = [model.case.fact(f) for f in state.last_facts if f in model.fact_ids]
    named = [f for f in last if f.category is Category.family and f.polarity is Polarity.present
             and kin.search(f.words.lower())]
    if len(named) != 1:
        return None
    mine = model.matcher.vocabulary(named[0].id)
    new = [s for s in content_stems(norm) if is_topic(s) and not covers(mine, s)]
    # "is he on injections for it?" to "he just takes tablets": how he is treated, which
    # the fact's words say; "does he smoke?" asks something new
    if new and not (all(s in _TREATED for s in new)
                    and _TREATMENT_SAID.search(named[0].words.lower())):
        return None
    return named[0]


_TREATED = frozenset(content_stems("injection injections insulin tablets tablet pills medication "
                                   "medicine treatment treated jabs"))
_TREATMENT_SAID = re.compile(r"\b(?:tablets?|pills?|insulin|injections?|medication|medicine|"
                             r"treated|treatment|operation|surgery|chemo\w*|inhalers?)\b")


# "like what?", "what sort of things?": more of what was just said, naming nothing new
_ASKS_WHAT_SORT = re.compile(r"^(?:and )?(?:like what|such as|what sort|what kind|what type|"
                             r"what do you mean|how do you mean|in what way)\b")
_SORT_STEMS = frozenset(content_stems("sort kind type thing things like mean way exactly such"))
# "and after a long walk?", "what about at night?": the last question again, of a new case
_CONTINUES = re.compile(r"^(?:and|and what about|what about|how about)\b(?! (?:is|are|was|were|"
                        r"has|have|had|do|does|did|can|could|will|would|what|how|when|why|where|"
                        r"whereabouts|which|who)\b)")
# "when did she last have some?": the time of day a fact gives
_ASKS_WHEN = re.compile(r"\b(?:when|what time) (?:did|was|were|has|have) (?:you|she|he|they|it|"
                        r"that|this)(?: \w+)? last\b|\blast (?:dose|one)\b|"
                        # "what time was that?" after "I took two at about two"
                        r"^(?:and |so )?(?:roughly )?(?:what time|when) (?:was|is) (?:that|this|"
                        r"it)(?:,? (?:roughly|exactly|then))?\W*$|"
                        # "what time did you take them?" after the painkillers
                        r"\bwhat times? (?:did|do|were|was) (?:you|she|he|they) (?:\w+ )?(?:take|"
                        r"took|have|had|give|gave|use|used)\b")
_WHEN_WORDS = re.compile(r"\b(?:ago|yesterday|today|tonight|morning|afternoon|evening|night|am|"
                         r"pm|o ?clock|last)\b|\d")


def _asks_what_sort(norm: str, stems: list[str]) -> bool:
    return bool(_ASKS_WHAT_SORT.search(norm)) and all(s in _SORT_STEMS for s in stems)


def _continues(norm: str, stems: list[str], fact: Fact, model: CaseModel) -> bool:
    """"And after a long walk?" after "how bad is it?": the fact just heard says how it is
    after a walk, and the question names nothing that fact leaves out."""
    if not _CONTINUES.search(norm) or _WHOLE_QUESTION.search(norm):
        return False
    said = model.said[fact.id]
    named = [s for s in stems if s not in GENERIC_STEMS]
    return (any(covers(said, s) for s in named)
            and not any(is_topic(s) and not covers(said, s) for s in stems))

# "and in the daytime, are you weeing more than usual too?" asks a whole question of its own
_WHOLE_QUESTION = re.compile(r", (?:are|is|do|does|did|have|has|was|were|can|could|would|will) "
                             r"(?:you|it|he|she|they|things)\b")

# "what do you take for it?" after a condition: the drug for that condition
_ASKS_TREATMENT = re.compile(r"\b(?:take|taking|on|use|using|have|got|prescribed|given|give|gave|"
                             r"put you on)\b.*"
                             r"\bfor (?:it|that|this|them|those|the pain)\b")


def treatment_of_last(norm: str, state: DialogueState, model: CaseModel) -> list[Fact]:
    """The drugs whose words name a condition just heard ("amlodipine for my blood
    pressure"), when the question asks what is taken for it; [] where none does."""
    if not _ASKS_TREATMENT.search(norm):
        return []
    case = model.case
    conditions = [case.fact(f) for f in state.last_facts if f in model.fact_ids]
    # raw as well as normalised: "high blood pressure" reads "hypertension", and the drug's
    # words say "for my blood pressure"
    names = {s for f in conditions if f.category is not Category.drugs
             and f.polarity is Polarity.present
             for text in (f.attribute.lower(), normalise(f.attribute))
             for s in content_stems(text) if is_topic(s)}
    if not names:
        return []
    heard = frozenset().union(*(model.said[f.id] for f in conditions
                                if f.category is not Category.drugs
                                and f.polarity is Polarity.present))
    # "taking anything for it?" after the back names what a drug "for my back" is for, so
    # even a drug told only when asked for by name is asked for; "for his memory" is for
    # the Alzheimer's that the memory clinic found
    return [f for f in case.facts if f.category is Category.drugs
            and f.polarity is Polarity.present and f.disclosure is not Disclosure.never
            and (any(covers(model.said[f.id], s) for s in names)
                 or any(covers(heard, s) for s in _purpose(f)))]


def _purpose(drug: Fact) -> list[str]:
    """What the drug's words say it is for: "donepezil for his memory" -> ["memory"]."""
    found = _FOR_WHAT.search(drug.words.lower())
    return [s for s in content_stems(found.group(1)) if len(s) >= 4] if found else []


_FOR_WHAT = re.compile(r"\bfor (?:my|his|her|their|the|your) ([\w' -]+?)(?=[,.;]|$| that\b|"
                       r" which\b| and\b| but\b)")


def _gives_figure(norm: str, fact: Fact) -> bool:
    said = fact.words.lower()  # saying it again helps only if its words give the figure
    if _ASKS_WHEN.search(norm) and _WHEN_WORDS.search(said):
        return True
    if _ASKS_DURATION.search(norm) and (fact.duration is not None or _TIME_WORDS.search(said)
                                        ) and (NUMBER.search(said) or _TIME_WORDS.search(said)):
        return True
    if _ASKS_AMOUNT.search(norm) and NUMBER.search(said):
        return True
    if _ASKS_TIMES.search(norm) and _TIMES.search(said):
        return True  # "how many times?" to "just the once"
    return bool(_ASKS_OFTEN.search(norm) and _FREQUENCY.search(said))


def when_of_last(norm: str, state: DialogueState, model: CaseModel) -> bool:
    """"When did that start?" after "I've had some spotting since yesterday": the start of the
    symptom just told, which its words give, not the complaint's onset."""
    last = [f for f in state.last_facts if f in model.fact_ids]
    if len(last) != 1 or not PRONOUN.search(norm) or ice_part(norm) != "hpc.onset":
        return False
    fact = model.case.fact(last[0])
    return (fact.category is Category.hpc_associated or not fact.category.is_hpc) and (
        fact.polarity is Polarity.present and _gives_figure(norm, fact))


# "and the chest pain?", "what about your knee?": the last question again, of something else
_AND_THE = re.compile(r"^(?:and|what about|how about)(?: (?:the|your|his|her))? ([\w' -]+?)\W*$")


def same_of_another(norm: str, state: DialogueState, model: CaseModel) -> Fact | None:
    """"And the chest pain?" after "when did the breathlessness start?": the fact of the same
    part of the history (its onset) that names what is now asked about, where one does."""
    match = _AND_THE.match(norm)
    last = [model.case.fact(f) for f in state.last_facts if f in model.fact_ids]
    if not match or len(last) != 1 or last[0].category is Category.family or not (
            last[0].category.is_hpc):
        return None
    stems = content_stems(match.group(1))
    if not stems or len(stems) > 3 or all(
            covers(model.matcher.vocabulary(last[0].id), s) for s in stems):
        return None
    same = [f for f in model.case.facts if f.category is last[0].category and f.id != last[0].id
            and f.disclosure in (Disclosure.on_question, Disclosure.volunteered,
                                 Disclosure.on_specific_question)
            and all(covers(model.said[f.id], s) for s in stems)]
    return same[0] if len(same) == 1 else None


def _leans_for_detail(norm: str, fact: Fact, model: CaseModel) -> bool:
    """"Which arm?" after "it goes down my left arm", "who started it?" after "the GP
    started him on oxybutynin": a bare question for a detail the one fact just heard gives."""
    said = fact.words.lower()
    which = _ASKS_WHICH.match(norm)
    if which:
        asked = which.group(1)
        return bool(SIDE.search(said)) and (asked in ("one", "side") or covers(
            model.said[fact.id], stem(asked)))
    if _ASKS_WHERE_FROM.match(norm):
        return bool(_SOURCE_WORDS.search(said))
    return bool(_ASKS_WHO.match(norm) and _WHO_WORDS.search(said))


# "and what was it last night?", "how was it at first?": the answer just heard, at another time
_ASKS_THEN = re.compile(r"^(?:and |so )?(?:what|how) (?:was|were|is) (?:it|that|they)(?: like)? "
                        r"(?:last night|yesterday|this morning|at first|at the start|to begin "
                        r"with|before|earlier|then|when it started|when it began|at its worst|"
                        r"at worst)\W*$")
# "where did you get that from?" after "a knee support from the chemist"
_ASKS_WHERE_FROM = re.compile(r"^(?:and |so )?where (?:did|do|does) (?:you|he|she|they) (?:get|buy|"
                              r"find|pick up) (?:it|that|them|those|this|these|one)(?: from)?\W*$")
_SOURCE_WORDS = re.compile(r"\b(?:from|chemist|pharmacy|shop|online|supermarket|prescribed)\b")
# "which arm?", "and which one is it?"
_ASKS_WHICH = re.compile(r"^(?:and |so )?which ([\w-]+)(?: (?:is|was) (?:it|that))?\W*$")
# "who started it?", "who found him?"
_ASKS_WHO = re.compile(r"^(?:and |so )?who (?:started|prescribed|gave|put|found|diagnosed|"
                       r"noticed|saw|told|spotted|referred)\b(?: \w+){0,3}\W*$")


def leans_on_last(norm: str, state: DialogueState, model: CaseModel) -> bool:
    """Is the question about the answer just given? It says "it" or "them", or names nothing
    that the one fact just heard is not matched by ("what made you give up?")."""
    if PRONOUN.search(norm):
        return True
    last = [f for f in state.last_facts if f in model.fact_ids]
    if len(last) != 1:
        return False
    mine = model.matcher.vocabulary(last[0])
    return all(s in GENERIC_STEMS or covers(mine, s) for s in content_stems(norm))


# words in which a fact says who did it
_WHO_WORDS = re.compile(r"\b(?:" + CARERS + r"|he|she|they|husband|wife|partner|mum|dad|son|"
                        r"daughter)\b")
