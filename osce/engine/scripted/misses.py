"""Whether the best-ranked fact answers what was asked, or only comes near it.

Each check holds a near miss back: a thing the case never mentions, a relative the fact does
not name, a detail (a strength, an age, a reason) its words do not give, the other side, a
doctor it does not name, a symptom it names only as a trigger. The engine asks them of its
best candidate; a fact held back is never said in answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from osce.engine.scripted.dialogue import DialogueState
from osce.engine.scripted.lexicon import (
    PEOPLE_WORDS,
    content_stems,
    covers,
    is_body_part,
    is_topic,
    normalise,
    stem,
)
from osce.engine.scripted.matcher import Ranked, Tuning
from osce.models.case import Case, Category, Fact

if TYPE_CHECKING:
    from osce.engine.scripted.engine import CaseModel


PRONOUN = re.compile(r"\b(it|that|this|they|them)\b")


_FAMILY_WORDS = re.compile(r"\b(?:family|families|relatives?|related|genetic|hereditary|inherit\w*|"
                           r"runs?|parents?|siblings?|he|she|they|him|her|them|his|their)\b")


NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
                    r"forty|fifty|hundred|half|couple|few|several)\b")


def not_of_family(top: Ranked, model: CaseModel, state: DialogueState, norm: str,
                   person: tuple[str, ...], tuning: Tuning) -> bool:
    """A family fact for a question that names no relative, no family and follows no answer
    about one: the question is the patient's own."""
    if model.case.fact(top.owner).category is not Category.family or person:
        return False
    # "family", "relatives", "related": whatever asks after the family names one of these
    if top.cosine >= tuning.verbatim or _FAMILY_WORDS.search(norm):
        return False
    return not any(model.case.fact(f).category is Category.family
                   for f in state.last_facts if f in model.fact_ids)


def near_miss(top: Ranked, model: CaseModel, stems: list[str], tuning: Tuning,
               person: tuple[str, ...] = (), norm: str = "") -> bool:
    # "do you drink much coffee?" to a case that never mentions coffee: however near the
    # alcohol fact reads it, only one of that fact's own questions speaks for it
    topics = [s for s in stems if is_topic(s)]
    mine = model.matcher.vocabulary(top.owner)
    fact = model.case.fact(top.owner)
    # a family fact is about the relative its words name; elsewhere a fact's questions may
    # speak for it ("when did your wife first notice it?" to "Sue spotted it in June")
    # and a person named by name is spoken of only where the fact's own words name them
    # ("how are things with Claire?" is not the letter to her among its questions)
    speaks = model.said[top.owner] if fact.category is Category.family or (
        person and person[0] in model.named) else mine
    if person and person != ("else",) and not any(covers(speaks, stem(w)) for w in person):
        # "does your wife smoke as well?" to a fact about the patient's smoking; "and your
        # mum?" to the father's depression, whatever relatives its example questions name
        return True
    if person and person != ("else",) and any(
            not covers(mine, t) for t in topics
            if not any(covers(frozenset({t}), stem(w)) for w in person)):
        # "does your wife work?" to what the patient has told her: the fact names her, and
        # says nothing of what is asked about her
        return True
    if person and person != ("else",) and _WELL.search(norm) and (
            fact.category is not Category.family) and not _HEALTH_WORDS.search(fact.words.lower()):
        # "is your partner well?" to "I live with my partner, Chris": where they live is not
        # how they are
        return True
    if person == ("else",) and _CAUGHT.search(norm) and not _ILL_SAID.search(fact.words.lower()):
        # "has anyone else at home got this?" to "I live with my wife": who else is at home
        # is not whether they are ill
        return True
    if person == ("else",) and not _OTHERS.search(fact.words.lower()):
        # "did anyone else catch the bug?": "anything else been going on?" among the fact's
        # questions does not make its words speak of anyone else
        return True
    # "a steroid injection in the knee?" to a case that never mentions steroids: a named
    # thing the case lacks is what is asked, whatever else the question shares with the fact.
    # A part of the body the case lacks only says where ("up near your neck or shoulder?")
    # when the fact names another part asked after; "did he hurt his hip in the fall?" asks
    # after the hip, though the fall is the fact's
    unknown = [t for t in topics if not covers(model.vocabulary, t)]
    only_where = all(is_body_part(t) and t not in _SEXED for t in unknown) and any(
        covers(mine, t) for t in topics if is_body_part(t))
    if top.cosine < tuning.verbatim and unknown and not only_where and not _other_choice_said(
            norm, unknown, mine):
        return True
    # "have you had your eyes tested?" to a fact on the eyes that says nothing of a test: the
    # check is what is asked, and a fact whose words and questions never speak of one is not
    # its answer
    checks = asked_checks(norm)
    if checks and top.cosine < tuning.verbatim and not any(covers(mine, s) for s in checks):
        return True
    # "has a doctor ever looked at this mole?" to the photos a friend took: who looked is
    # asked too, and a fact that names no such person is not the answer
    carers = {stem(c) for m in _checks_in(norm) for c in _CARER.findall(m.group(0))}
    if carers and top.cosine < tuning.verbatim and not carers & {
            stem(c) for c in _CARER.findall(normalise(" ".join([fact.words, *fact.examples])))}:
        return True
    # "have you had a cough?" to "moving makes it worse", among whose questions is "does
    # coughing make it worse?": a symptom asked after is not what sets the complaint off
    frame = _FRAMES.get(fact.category) or (
        _BEFORE if fact.category.value.startswith("hpc.") and _PREVIOUS.search(fact.attribute)
        else None)
    if frame is not None and (top.cosine < tuning.verbatim or frame is _BEFORE) and not (
            frame.search(norm)) and any(
            not covers(model.said[top.owner], t) for t in topics):
        return True
    # "has he ever had a stroke?" to "his face isn't drooping", among whose questions is "any
    # signs of a stroke?": the past history is asked, and the review of today does not say it
    # "have you had an X-ray of it before?" to "I was hoping for an X-ray": what the patient
    # thinks, fears or hopes is asked in words for thinking, fearing or hoping
    if fact.category.value.startswith("ice.") and top.cosine < tuning.verbatim and not (
            _ICE_WORDS.search(norm)):
        return True
    # "has he had any chest pain?" to "no cough, and his breathing's fine": pain is what is
    # asked, and a review of the chest that never speaks of pain does not answer it
    if fact.category.value.startswith("ros.") and _PAIN_ASKED.search(norm) and not (
            _PAIN_SAID.search(normalise(f"{fact.attribute} {fact.words}"))):
        return True
    ever = _EVER_HAD.search(norm)
    if ever and (fact.category.value.startswith("ros.") or fact.category is Category.drugs) and (
            top.cosine < tuning.verbatim):
        # "have you ever had a blood clot?" to "no blood in my water" or to "no blood
        # thinners": the illness named is what is asked
        # "ever had rheumatic fever?" to "no temperature": each word of the illness is asked
        named = [stem(w) for w in (ever.group(1) or ever.group(2)).split()]
        if any(is_topic(n) for n in named) and not all(
                covers(model.said[top.owner], n) for n in named if len(n) >= 4):
            return True
    # "have you had this before?" to "my bowels were normal before this" or to the knee support
    # from the chemist: earlier episodes are asked, and only a fact that tells of the past
    # (never, once, years ago) answers it; a review of today never does
    if _PREVIOUS_EPISODE.search(norm) and top.cosine < tuning.verbatim and (
            fact.category.value.startswith("ros.") or not _EPISODE_SAID.search(
                normalise(f"{fact.attribute} {fact.words}"))):
        return True
    # "have you ever been in hospital for anything?" to the headache that brought her in,
    # whose questions ask what brought her into hospital: a stay in the past is asked
    if _EVER_ADMITTED.search(norm) and top.cosine < tuning.verbatim and (
            fact.category is Category.presenting_complaint
            or fact.category.value.startswith("ice.")):
        return True
    # "has anyone ever hurt you?" or "do you feel safe at home?" asks about harm from
    # others; how much the pain hurts, or who the patient lives with, is not its answer
    if _HARMED.search(norm) and not _HARM_SAID.search(fact.words.lower()):
        return True
    # "where did it start off?" asks where in the body, not when
    if fact.category is Category.hpc_onset and _WHERE_STARTED.search(norm) and (
            top.cosine < tuning.verbatim):
        return True
    # "what strength was the co-codamol?" to a fact that names the drug and no figure
    if _ASKS_FIGURE.search(norm) and top.cosine < tuning.verbatim and not NUMBER.search(
            _SPANS.sub("", fact.words.lower())):
        return True
    # "is she on any antibiotics?" asks what she takes, not what she reacts to; "any
    # rashes?" asks after the skin, not the rash penicillin once gave her
    if fact.category is Category.allergies and top.cosine < tuning.verbatim and (
            _ON_ANY.search(norm) or not (_ALLERGY_WORDS.search(norm) or PRONOUN.search(norm)
                                         or _TAKING.search(norm))):
        return True
    # "does your left knee bother you?" to a case whose knee is the right one
    asked = set(SIDE.findall(norm))
    if asked:
        stated = set(SIDE.findall(fact.words.lower()))
        if stated and not stated & asked:
            return True
    if top.cosine < tuning.verbatim and _PAIN_ASKED.search(norm) and _elsewhere(
            topics, mine, frozenset(content_stems(normalise(fact.attribute)))):
        # "does she seem to have any tummy ache?" to the pain in her legs
        return True
    if top.cosine < FAR and topics and not any(covers(model.said[top.owner], t) for t in topics):
        # "any operations in the past?" to "no heart attacks, no stents", reached through "any
        # heart operations?" among its questions: so far in meaning, the fact must itself say
        # what is asked
        return True
    if top.score >= tuning.weak_match and top.cosine >= tuning.weak_cosine:
        return False
    foreign = [t for t in topics if not covers(mine, t)]
    return bool(foreign) and not _other_choice_said(norm, foreign, mine)


# parts only one sex has: "any discharge from the penis?" to a woman asks after nothing she
# could have, however well her case speaks of discharge
_SEXED = frozenset(stem(w) for w in ("penis", "testicle", "testicles", "scrotum", "prostate",
                                     "vagina", "vulva", "womb", "uterus", "ovary"))
# a fact this far in meaning from the question is reached through shared words alone
FAR = 0.45
_WHERE_STARTED = re.compile(r"^(?:and |so )?(?:where|whereabouts) (?:did|does|do|was) (?:it|the "
                            r"pain|the \w+) (?:first )?(?:start|begin|come on|kick off)")
_PAIN_ASKED = re.compile(r"\b(?:pain\w*|ach\w*|sore\w*|tender\w*|discomfort)\b")
# what a fact may say of pain: "no stinging when I wee" speaks of it
_PAIN_SAID = re.compile(r"\b(?:pain\w*|ach\w*|sore\w*|tender\w*|discomfort|hurt\w*|sting\w*|"
                        r"burn\w*|dysuria|agony|cramp\w*)\b")


def _elsewhere(topics: list[str], mine: frozenset[str], subject: frozenset[str]) -> bool:
    """The fact is about a part of the body, and neither it nor its questions name the one
    asked after."""
    parts = [t for t in topics if is_body_part(t)]
    return bool(parts) and not any(covers(mine, t) for t in parts) and any(
        is_body_part(w) for w in subject)


def asked_checks(norm: str) -> list[str]:
    """The stems of a check or visit the question asks after ("tested", "seen by the GP")."""
    return content_stems(" ".join(_SHOWN_WHAT.sub(r"\1 to ", m.group(0))
                                  for m in _checks_in(norm)))


def _other_choice_said(norm: str, unknown: list[str], said: frozenset[str]) -> bool:
    """"does it ever give way or get stuck?": one of the choices offered is all in the
    fact's words or questions, so the fact answers it, though the other choice names
    something the case lacks."""
    choices = [c for c in re.split(r"\s+or\s+|,\s*", norm) if c.strip(" ?.")]
    if len(choices) < 2:
        return False
    for choice in choices:
        stems = content_stems(choice)
        if stems and not any(covers(frozenset({u}), s) for u in unknown for s in stems) and all(
                covers(said, s) for s in stems):
            return True
    return False


# a fact that opens by denying the thing outright, and a question of how many or how much
_NONE_AT_ALL = re.compile(r"^(?:no\b|none\b|never\b|(?:i|he|she|they|we) (?:don't|doesn't|do not|"
                          r"does not|never|haven't|hasn't|have never|has never)\b)")
_ASKS_AMOUNT = re.compile(r"\bhow (?:many|much|often)\b")


def lacks_detail(norm: str, fact: Fact, leaning: bool) -> bool:
    """The question asks for a kind of detail (side effects, a try at stopping, what sets it
    off, an age, hours, a score; after an answer, the reason for it) and the fact's own words
    give none: whatever its example questions say, the patient would be answering something
    else, and so would a list of that part of the history."""
    said = f"{fact.words} {fact.drug.dose if fact.drug else ''}".lower()
    if _NOT_KNOWN.search(said):
        return False  # "I don't know how long he'd been down there" answers "how many hours?"
    if _NONE_AT_ALL.match(said) and _ASKS_AMOUNT.search(norm):
        return False  # "I don't smoke" answers "how many a day?": none
    said = _KIND_NUMBER.sub("", said)  # "type 2 diabetes" gives no age or count
    spanless = _SPANS.sub("", said)  # "seven weeks ago" says when, not how old
    return any(asks.search(norm) and (leaning or not after_answer)
               and not gives.search(spanless if no_spans else said)
               for asks, gives, after_answer, no_spans in _DETAILS)


def lacks_name(norm: str, fact: Fact) -> bool:
    """"What brand do you smoke?", "which nursery does she go to?": the question asks for a
    name, and the fact's words name nothing (no word with a capital but the first of a
    sentence, "I" and abbreviations)."""
    if not _ASKS_NAME.search(norm):
        return False
    words = _words_with_starts(fact.words)
    # "the GP started him on it" names no one: capitals throughout are an abbreviation
    names = [i for i, (start, word) in enumerate(words)
             if word[0].isupper() and not start and not word.isupper()
             and word.lower() not in _CALENDAR and not word.startswith("I'")]
    whose = _WHOSE_NAME.search(norm)
    if whose and names:
        # "what's your son called?" to "my husband, Dave, and our son": a name must stand
        # beside the one asked after
        near = [i for i, (_, word) in enumerate(words)
                if stem(normalise(word)) == stem(whose.group(1))]
        return not any(abs(i - j) <= 2 for i in near for j in names)
    return not names


def lacks_opinion(norm: str, fact: Fact) -> bool:
    """"What did the GP think it was?", "what did the paramedics give you?": the question asks
    what someone else said or did, and the fact's words report no one's word or deed ("the
    doctor said", "they gave me")."""
    if not _ASKS_OPINION.search(norm):
        return False
    return not _REPORTS_OPINION.search(fact.words.lower())


# what a doctor, nurse or paramedic thought or said ("gp" reads "local doctor")
_ASKS_OPINION = re.compile(
    r"\bwhat (?:did|has|have|do|does) (?:the|your|her|his|their) (?:local doctor|doctors?|nurses?|"
    r"consultant|paramedics?|specialist|ambulance (?:crew|staff)|hospital|pharmacist|surgeon|"
    r"health visitor|midwife|dentist)s? (?:think|thought|say|said|tell (?:you|her|him)|told|"
    r"reckon|put it down to|give (?:you|her|him)|gave (?:you|her|him)|do for (?:you|her|him))"
    r"\b")
_REPORTS_OPINION = re.compile(
    r"\b(?:said|says|told|tell|thinks?|thought|reckons?|diagnosed|found|picked up|put it down|"
    r"checked|prescribed|started (?:me|him|her)|gave|doctor|gp|nurse|clinic|hospital)\b")


def _words_with_starts(text: str) -> list[tuple[bool, str]]:
    """Each word, and whether it opens a sentence."""
    out, start = [], True
    for word in re.findall(r"[\w'-]+|[.!?]", text):
        if word in ".!?":
            start = True
            continue
        out.append((start, word))
        start = False
    return out


# a name asked for: a brand, a maker, a firm, which place ("which nursery?", "what's it called?")
_ASKS_NAME = re.compile(r"\b(?:what|which) (?:brand|make|airline|company|firm|nursery|school|"
                        r"hospital|clinic|surgery|practice|shop|chemist|hotel|resort|town|city|"
                        r"village|country|make of|club|pub|gym|team|church|university|uni|college|"
                        r"supermarket|factory|ward)\b|\b(?:the |their |its |his |her |your )?name "
                        r"of\b|\bwhat(?: is| was|'s) (?:it|he|she|that|the \w+|your \w+) called\b|"
                        r"\bwhat (?:is|was|'s) (?:the|his|her|your) name\b(?! (?:again|please))|"
                        r"\bwhat(?: is|'s| was) (?:the |his |her |your |their )?(?:[\w-]+ )?"
                        r"[\w-]+'s name\b|"
                        r"\bwhich (?:pill|inhaler|brand)\b")


# capitals that name a day or a month, not a place, a firm or a person
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december", "christmas",
                       "easter"})
# whose name is asked: "what's your son called?", "what's your wife's name?"
_WHOSE_NAME = re.compile(r"\bwhat(?: is|'s| was) (?:your|his|her|their) ([\w-]+?)(?:'s name| "
                         r"called)\b")
_WHY = r"\bwhy\b"
_KIND_NUMBER = re.compile(r"\btype [12]\b")


_NOT_KNOWN = re.compile(r"\b(?:don'?t|do not|can'?t|cannot|couldn'?t|not sure|no idea)(?: \w+)? "
                        r"how (?:long|many|much|old|often)\b")


_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                 r"\w+ty")


_AGES = (rf"\d|\b(?:{_NUMBER_WORDS}|\w+ties|teens?|teenager|child|kid|baby|little|young|"
         r"school|age)\b")


# What a question asks after, and the words in which a fact gives it. A reason is held only
# of a question about the answer just given; an age is not read in a span ("weeks ago").
_COUNTS = (rf"\d|\b(?:{_NUMBER_WORDS}|hundred|dozen|half|couple|few|several|once|twice|"
           r"handful|lots|loads|packs?|packets?)\b")


_SCORES = r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"


_DETAILS = [(re.compile(asks), re.compile(gives), asks.startswith(_WHY),
             gives in (_AGES, _COUNTS, _SCORES))
            for asks, gives in (
    # a reason, of what was just said: "why did you stop them?", "what made you give up?" ("why
    # did you go to Nigeria?" may be answered by "visiting family": only a follow-up is held)
    (_WHY + r"|\bhow come\b|\bwhat made (?:you|him|her|them)\b|\bwhat (?:was|is) the reason\b",
     r"\b(?:because|cause|cos|coz|due|reason|made me|makes me|make me|worried|scared|"
     r"told|so that|in case)\b|\bfor (?!(?:the |a |about |over |\w+ )?(?:first |last |\w+ )?"
     r"(?:days?|weeks?|months?|years?|while|ages)\b)|\bafter (?!(?:the |a |about |i got |we got "
     r"|\w+ )?(?:first |last |\w+ )?(?:days?|weeks?|months?|years?|back|home)\b)"),
    # side effects of a drug
    (r"\bside[- ]?effects?\b|\b(?:agree|agrees|agreed) with (?:you|him|her)\b|\b(?:make|makes|"
     r"made) (?:you|him|her) (?:feel )?(?:drowsy|sleepy|sick|dizzy|nauseous|constipated|tired)\b",
     r"\bside[- ]?effects?\b|\ballerg\w*|\b(?:upset|upsets|made me|makes me|gives me|gave me|"
     r"reaction|"
     r"rash|sick|dizzy|cough|swollen|swelling)\b"),
    # a try at stopping: "have you thought about stopping?", "any patches to help you stop?"
    (r"\b(?:tried|try|trying|thought|thinking|considered|considering|want|wanted|attempt\w*|"
     r"help (?:you|him|her|them)|ready)\b(?: \w+){0,3} (?:stop|stopping|quit|quitting|give up|"
     r"giving up|cut down|cutting down|cut back|pack \w+ in)\b|\b(?:patches|nicotine "
     r"replacement|nicotine gum)\b",
     r"\b(?:stop|stopped|stopping|quit|quitting|gave up|give up|given up|packed in|pack it in|"
     r"cut down|cutting down|cut back|tried|trying|patches|gum)\b"),
    # what sets it off, asked openly ("does coughing set it off?" names its answer)
    (r"^(?:and |so )?(?:what|is there anything|anything|are there any|any)\b.*(?:\bsets? (?:\w+ )?"
     r"off\b|\btrigger\w*|\bbrings? (?:it|them|that|this|those) on\b)",
     # "stairs are the worst" says what sets the pain off as surely as "when I climb stairs"
     r"\b(?:set|sets) (?:\w+ ){0,2}off\b|\btrigger\w*|\b(?:brings?|brought) (?:\w+ ){0,2}on\b|"
     r"\b(?:after|when|whenever|if|every time|worse|worst)\b"),
    # an age at something: "how old were you when your periods started?"
    (r"\b(?:how old|what age) (?:was|were|is|are|did) (?:you|he|she|they|i|your \w+|his \w+|her "
     r"\w+)\b(?: \w+)? when\b|"
     r"\bat what age\b", _AGES),
    # someone's age: "how old is your wife?", "how old is Dave?" to who lives at home
    (r"^(?:and |so )?how old (?:is|was|are|were) (?!(?:you|he|she|it|they|that|this|i)\b)"
     r"(?:your |his |her |their )?[\w-]+\W*$", _AGES),
    # a count, not of time ("how many days?" is answered by "three days ago"): "how many did
    # he smoke?" to "he smoked for years" (a span says how long, not how many)
    (r"\bhow many\b(?! (?:hours|days|weeks|months|years|minutes|nights|more|of))", _COUNTS),
    # a length of time, not a time ago: "how many years did you smoke for?" to "I gave up ten
    # years ago"
    (r"\bhow many (?:years|months|weeks) (?:did|had|were|was)\b(?!.*\bago\b).*\bfor\b|\bfor how "
     r"many (?:years|months|weeks) (?:did|had|were|was)\b",
     rf"\b(?:for|over|about|around|nearly|almost) (?:\d+|{_NUMBER_WORDS}|\w+ty)(?: \w+)? "
     r"(?:years?|months?|weeks?)\b(?! ago)|\b(?:years?|months?) of\b|\bsince (?:i was|the age|he "
     r"was|she was)\b"),
    # what a trip was for: "were you there for work or on holiday?" to "I flew back on Friday"
    (r"\bfor (?:work|business) or (?:on |for )?(?:a )?(?:holiday|pleasure|leisure)\b|\b(?:holiday|"
     r"pleasure) or (?:for )?(?:work|business)\b|\bwhat (?:took|takes) (?:you|him|her|them) "
     r"(?:there|out there|over there)\b|\bwhat (?:was|were) (?:you|he|she|they) doing "
     r"(?:out |over )?(?:there|in [\w-]+)\b",
     r"\b(?:work|working|business|conference|holiday|holidays|visit|visiting|family|friends|"
     r"wedding|funeral|honeymoon|trip|sightseeing|backpacking|volunteer\w*)\b"),
    # how long a drug has been taken: "how long have you been on the omeprazole?" to a fact
    # that gives the dose alone
    (r"\bhow long (?:have|has) (?:you|he|she|they) (?:been )?(?:taking|on|using)\b|\bhow long "
     r"(?:has|have) (?:your|his|her) [\w-]+ (?:had|been)\b",
     # "once a day" says how often, not how long
     r"\b(?:years?|(?<!once a )(?<!twice a )(?<!times a )(?<!one a )(?<!\bper )(?<!\beach )"
     r"(?<!\bevery )(?:months?|weeks?|days?)|since|ago|ages|always|forever|childhood|long "
     r"time|while|recently|started|last)\b"),
    # a decision about a drug or a habit: "why did you come off the pill?"
    (r"\bwhy (?:did|do|have|has) (?:you|he|she|they) (?:stop\w*|come off|came off|give up|gave up|"
     r"decide\w*|quit)\b|\bwhat made (?:you|him|her) (?:stop|come off|give up|decide|quit)\b",
     r"\b(?:because|cause|cos|coz|due|reason|made me|makes me|make me|worried|scared|told|so that|"
     r"in case|side[- ]?effects?|sick|felt|didn't like|wanted|fed up)\b"),
    # how a relative got on, or the treatment they needed: "did your mum need chemo after?"
    (r"\bhow did (?:your|his|her) [\w-]+ get on\b|\b(?:did|does) (?:she|he|they|your [\w-]+) "
     r"need (?:any )?(?:chemo\w*|treatment|further treatment|an ambulance|operations?|surgery|"
     r"radiotherapy)\b",
     r"\b(?:chemo\w*|radiotherapy|operations?|surgery|replace\w*|removed|cut out|taken off|"
     r"ambulance|hospital|treated|treatment|fine|well|better|recovered|died|passed)\b"),
    # a time of day: "do you take it in the morning or at night?" to "one a day"
    (r"\bwhat time of (?:the )?day\b|\bin the morning or (?:at night|in the evening|at bedtime)\b|"
     r"\bmorning or (?:night|evening)\b",
     r"\b(?:morning|mornings|evening|evenings|night|nights|bedtime|breakfast|lunch|dinner|tea|"
     r"am|pm|o'clock)\b"),
    # a clock time: "what time did you take the paracetamol this morning?" to "I took two this
    # morning" (a day is not a time)
    (r"\bwhat (?:exact |precise )?time\b(?! of (?:the )?(?:day|night)\b)",
     rf"\d|\b(?:o'?clock|half past|quarter (?:past|to)|noon|midday|midnight|lunchtime|"
     rf"breakfast|bedtime|teatime|dinnertime|am|pm)\b|\b(?:at|about|around|gone|after|before) "
     rf"(?:{_NUMBER_WORDS})\b(?! (?:days?|weeks?|months?|years?|hours?|times|minutes?|a)\b)"),
    # a date: "what date did it bleed?", "which day exactly did it start?" to "last week"
    (r"\b(?:what|which) (?:exact |precise )?date\b|"
     r"\b(?:what|which) day\b.*\b(?:exactly|precisely)\b",
     rf"\d|\b(?:yesterday|today|tonight|weekend|birthday|{'|'.join(sorted(_CALENDAR))})\b|"
     r"\b\w+ days? ago\b"),
    # hours
    (r"\bhow many hours\b|\b(?:full|part)[- ]time\b|\bhow many days a week\b",
     r"\bhours?\b|\b(?:full|part)[- ]time\b|\bshifts?\b"),
    # a score: "how bad is it out of 10?"
    (r"\bout of (?:10|ten)\b|\bscore\b|/10\b", _SCORES),
    # a strength: "how many milligrams were they?" to "two paracetamol", which says how many
    (r"\b(?:how many (?:mg|milligrams?|micrograms?)|what (?:strength|mg)|how strong)\b",
     r"\d ?(?:mg|milligrams?|micrograms?|mcg|g|grams?)\b|\b(?:milligrams?|strength|strong)\b"),
    # a time of life: "what did she weigh when she was born?" to her weight last month
    (r"\b(?:when (?:she|he|you|they) (?:was|were) born|at birth|birth ?weight)\b",
     r"\b(?:born|birth|newborn)\b"),
    # how someone else's illness turned out: "did your dad get better?" to "he had depression"
    (r"\b(?:did|has|have) (?:he|she|they|your \w+|his \w+|her \w+) (?:ever |now )?(?:get|got|"
     r"gotten) (?:any )?better\b|\b(?:did|has|have) (?:he|she|they|your \w+|his \w+|her \w+) "
     r"(?:ever |now )?(?:recover|recovered|pulled through)\b",
     r"\b(?:better|recover\w*|well|fine|cured|died|passed|still|worse|never)\b"),
    # a size: "what size knee support did you get?" to a fact that gives none
    (r"\bwhat size\b", r"\bsize\b|\bbig\w*|\bsmall\w*|\blarge\b|\btiny\b|\d|\b(?:mm|cm|inch\w*)\b"),
)]


def other_side(norm: str, fact: Fact, case: Case, stems: list[str]) -> bool:
    """"Is the left knee alright?" to a fact on the knee that names no side, in a case whose
    knee is the right one ("it's my right knee"), or "and your other knee?" to a fact that
    never speaks of another: the question is after the other knee."""
    parts = {s for s in stems if is_body_part(s)}
    # the other of a pair, not "your other joints"
    other = re.search(r"\b(?:other|opposite) (?:one|side|knee|leg|arm|eye|ear|hand|foot|hip|"
                      r"shoulder|ankle|wrist|elbow|breast|kidney|lung|calf|thigh|testicle|"
                      r"ovary)\b", norm)
    if other and (parts or "side" in other.group(0)) and not re.search(
            r"\b(?:other|both|either|opposite)\b", fact.words.lower()):
        return True  # "what about your other knee?" to a fact on the one that hurts
    asked = set(SIDE.findall(norm))
    if not asked or SIDE.search(fact.words.lower()):
        return False
    sides = {side for f in case.facts for side, part in _SIDED.findall(f.words.lower())
             if any(covers(frozenset(content_stems(part)), p) for p in parts)}
    return bool(sides) and not sides & asked


_SIDED = re.compile(r"\b(left|right) (?:[\w-]+ )?([\w-]+)\b")


# a figure asked for: a dose, a strength, a reading
_ASKS_FIGURE = re.compile(r"\b(?:what|which) (?:dose|doses|strength|reading|readings|level|"
                          r"levels|mg|milligrams?)\b|\bhow many (?:mg|milligrams?|units)\b|"
                          r"\b(?:usually|normally) running at\b|\bwhat (?:is|was|'s) (?:the|your|"
                          r"her|his) (?:[\w-]+ ){0,2}(?:dose|strength|reading|number|result|"
                          r"level)\b|\bwhat (?:your|her|his|the) (?:[\w-]+ ){0,2}(?:number|reading|"
                          r"level|result) (?:is|was|came)\b")


# "about three years ago" is when, not a dose
_SPANS = re.compile(r"\b[\w-]+ (?:years?|months?|weeks?|days?|hours?|minutes?|times?)(?: ago)?\b")


_ALLERGY_WORDS = re.compile(r"\b(?:allerg\w*|react\w*|intoleran\w*|sensitiv\w*|medicines?|"
                            r"medications?|drugs?|tablets?|pills?|antibiotics?|penicillin|"
                            r"plasters?|latex|food|foods|nuts?|eggs?|stings?|bring \w+ out|"
                            r"brings? \w+ out|swell\w* up|anaphyla\w*)\b")


_TAKING = re.compile(r"\b(?:take|took|taking|taken|use|used|using|had|given)\b")


_ON_ANY = re.compile(r"\b(?:on|taking|taken|take|takes|using|given|had|prescribed|started)(?: "
                     r"(?:you|her|him|them))? (?:any|some)\b|\b(?:given|prescribed|started) (?:you|"
                     r"her|him|them) (?:on )?(?:antibiotics|medicines?|tablets|anything)\b")


# a check or a visit, by whom: "checked", "tested", "has a physio seen it", "see the GP"
CARERS = (r"doctors?|gp|family doctor|nurse|physio|physiotherapist|specialist|consultant|clinic|"
          r"dentist|optician|optometrist|hospital|surgeon|midwife|health visitor|walk-in "
          r"centre|out-of-hours|out of hours|111|pharmacist|chemist")


_CHECKED = re.compile(r"\b(check|checks|checked|checking|test|tests|tested|testing|screened|"
                      r"screening|monitor|monitored|monitoring|reviewed|(?<!you )looked at|dip|"
                      r"dipstick|swab|swabbed)\b|"
                      # a named test had: "have you had an ECG before?"
                      r"\b(?:had|have|having|done|get|got|gone for|go for) (?:a|an|any|your|the) "
                      r"(?:ecg|ekg|x-?rays?|scans?|ct|mri|ultrasound|echo|biopsy|smear|"
                      r"colonoscopy|endoscopy|heart tracing)\b|\b(?:"
                      + CARERS + r") (?:ever )?(seen|looked at|checked|examined)\b|\b(?:see|seen|"
                      r"saw|seeing|visit|visited|been to)(?: by)? (?:a|the|your|any) (?:local |"
                      r"family )?(" + CARERS + r")\b|"
                      r"\b(?:shown|show|showed) (?:it|this|that|them|her|him|"
                      r"(?:this|that|the|your) [\w-]+) to (?:a|the|your|any) (?:" + CARERS
                      + r")\b")


# "shown this mole to a doctor": the mole is what was shown, not what was done with it
_SHOWN_WHAT = re.compile(r"^(shown|show|showed) .*? to ")
# "sorry, I just wanted to check, he hasn't had any falls?": the student checking what
# they heard, not a test the patient had
_STUDENT_CHECKS = re.compile(r"\b(?:i (?:just )?(?:wanted|want|wanna|need|needed|'d like|would "
                             r"like) to|just to|(?:can|could|may) i (?:just )?|let me (?:just )?|"
                             r"to double[ -]?|to quickly) check\b")


def _checks_in(norm: str) -> list[re.Match[str]]:
    return list(_CHECKED.finditer(_STUDENT_CHECKS.sub(" ", norm)))


_CARER = re.compile(r"\b(?:" + CARERS + r")\b")


_OTHERS = re.compile(r"\b(else|anyone|anybody|nobody|no one|someone|somebody|everyone|"
                     r"everybody|others?|" + PEOPLE_WORDS + r")\b")


# a side of the body, not "right in the middle" or "I left work"
# The words in which a question asks what a fact of these kinds says
_FRAMES = {
    Category.hpc_exacerbating: re.compile(
        r"\b(worse|worsen\w*|aggravat\w*|bring\w*|brought|sets?|setting|trigger\w*|make|makes|"
        r"made|making|when|whenever|if|after|during|flare\w*|affect\w*|drag\w*|further)\b"),
    Category.hpc_relieving: re.compile(
        r"\b(better|eas\w*|help\w*|reliev\w*|settl\w*|make|makes|made|making|when|whenever|if|"
        r"after|edge|tried|try|work\w*|stop\w*|calm\w*|sooth\w*)\b"),
    Category.hpc_onset: re.compile(
        r"\b(when|how long|how many (?:days|weeks|months|years|hours)|since|ago|start\w*|began|"
        r"begin\w*|came|come|coming|doing|first|"
        r"onset|happen\w*|sudden\w*|gradual\w*|quick\w*|struck|hit|kick\w*|develop\w*)\b"),
    Category.hpc_radiation: re.compile(
        r"\b(?:it|pain|that|this|ache) travel\w*|\btravel\w* (?:anywhere|to|into|down|up|across|"
        r"through|round|around)\b|"
        r"\b(go|goes|going|gone|went|spread\w*|radiat\w*|mov\w*|anywhere|elsewhere|"
        r"shoot\w*|into|down|up|through|across|towards?|where)\b"),
}


# the condition named last: "ever had a stroke?", not "ever had a period where you felt high?"
_ICE_WORDS = re.compile(r"\b(?:think\w*|thought\w*|ideas?|worr\w*|concern\w*|afraid|scar\w*|"
                        r"fear\w*|frighten\w*|hop\w*|expect\w*|want\w*|wish\w*|like (?:us|me) "
                        r"to|mind|caus\w*|going on|reckon|suspect\w*|guess\w*|explanation|"
                        r"anxious|nervous|bother\w*|upset\w*|feel about|feeling about|make of|"
                        r"theory|theories|brought it on|behind it|why|would you like|you'd like|"
                        r"after from|are you after|get out of|come out of|come away|help\w*|"
                        r"dread\w*|mean for you|might be|could be|useful|from (?:us|today|this)|"
                        r"down to|weighing|in the way|keen|prompted|made you come|affect\w*|"
                        r"impact\w*|do for you)\b")
# someone else asked after as ill: "has anyone else got it?", "anybody else been poorly?"
_CAUGHT = re.compile(r"\b(?:got|had|has|have|caught|catch|picked up|come down with|came down "
                     r"with)\b.*\b(?:this|it|that|the same|similar|anything like it|a bug)\b|"
                     r"\b(?:ill|unwell|poorly|sick|symptoms)\b")
_ILL_SAID = re.compile(r"\b(?:well|healthy|poorly|unwell|ill|sick|bug|fine|same|caught|"
                       r"symptoms|nobody|no one|noone)\b")
_WELL = re.compile(r"\b(?:well|keeping|healthy|health|poorly|unwell|ill|fit and well|coping)\b")
_HEALTH_WORDS = re.compile(r"\b(?:well|healthy|health|poorly|unwell|ill|sick|fine|fit|illness|"
                           r"problems?|condition|diagnosed|coping)\b")
_EVER_HAD = re.compile(r"\b(?:ever had(?: an?)?|ever been diagnosed with(?: an?)?|"
                       r"history of(?: an?)?) "
                       r"((?:[\w'-]+ )?[\w'-]+)(?=\W*$|,| before\b| in the past\b| or\b| at all\b)|"
                       r"\bhad an? ([\w'-]+) in the past\b")
_PREVIOUS = re.compile(r"\b(previous|before|past|prior|earlier)\b")


_HARMED = re.compile(
    r"\b(anyone|anybody|someone|somebody|any one|people|partner|he|she|they) (ever |at home )?"
    r"(hurt|harm\w*|hit|abus\w*|threaten\w*|attack\w*|assault\w*|hurting|hitting|scar\w+) "
    r"(you|her|him|them)\b|\b(feel|feels|be|is|are) (un)?safe\b")
_HARM_SAID = re.compile(r"\b(abus\w*|violen\w*|(hit|hurt|harm\w*|threaten\w*) (me|her|him|us)|"
                        r"safe|social worker|police)\b")
_PREVIOUS_EPISODE = re.compile(
    r"\b(had|felt|experienced|noticed|got|suffered)( \w+)? (this|it|that|anything like (this|that|"
    r"it)|(a |an )?[\w-]+ like (this|that)) (ever )?before\b|\b(has|had) (this|that|it) (ever )?"
    r"happened before\b")
_EVER_ADMITTED = re.compile(r"\b(?:ever|before|previously|in the past)\b.*\b(?:in hospital|"
                            r"admitted|hospital stays?|an inpatient)\b|\b(?:been|stayed|had "
                            r"to stay) in hospital (?:before|ever)\b")
_EPISODE_SAID = re.compile(r"\bbefore\b(?!,)|\b(never (had|been|felt|known)|ever had|previous\w*|"
                           r"last time|again|used to|once|twice|(one|an) other|similar|episodes?|"
                           r"years? ago|as a (kid|child)|history|since (i|he|she) was)\b")
_BEFORE = re.compile(r"\b(before|previous\w*|ever|again|past|like (this|that|it)|similar|first|"
                     r"new|used to|prior|earlier|recurr\w*|repeat\w*|episodes?)\b")


SIDE = re.compile(r"\b(left|right)\b(?!\s+(?:in|at|on|through|now|away|across|down|up|here|"
                  r"there|over|under|behind|by|round|around|between|after|before|from|into|to|"
                  r"the|it|as|enough|then|off|out|home|work|school|a|my|her|his)\b)")


# a word written with a capital in the middle of a sentence: a place, a firm, a drug, a person
_CAPITALISED = re.compile(r"(?<=[a-z0-9,;:'\"-] )([A-Z][a-z]{2,})(?:'s)?\b")
# capitals that name no such thing
_NOT_NAMES = _CALENDAR | frozenset({"doctor", "mum", "dad", "mr", "mrs", "miss", "dr", "nurse",
                                    "god", "english", "british", "covid", "okay", "sorry",
                                    "thanks"})
# "anything from the chemist, like Gaviscon?": an example, not the question
_FOR_EXAMPLE = re.compile(r"\b(?:like|such as|e\.?g\.?|or|and|say)\W+(?:\w+\W+){0,2}$", re.I)


def unknown_name(raw: str, norm: str, model: CaseModel) -> bool:
    """Does the question name, with a capital, something the case never mentions ("did you go
    to Ghana as well?")? A lay name the lexicon knows ("Calpol") is gone from the normalised
    words `norm`, and the people the case names are known."""
    case = model.case
    people = {w.lower() for n in (case.persona.name, case.informant.name or "") for w in n.split()}
    plain = set(re.findall(r"[a-z]+", norm))
    return any(
        name in plain and name not in _NOT_NAMES and name not in people
        and name not in model.named and not covers(model.vocabulary, stem(name))
        for m in _CAPITALISED.finditer(raw) if not _FOR_EXAMPLE.search(raw[:m.start()])
        for name in [m.group(1).lower()])
