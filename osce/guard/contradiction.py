"""The contradiction layer: each way a sentence gainsays the case, surest first."""

from __future__ import annotations

import re

import numpy as np

from osce.engine.scripted.lexicon import content_stems, covers, is_claim_topic, normalise
from osce.guard import complaint_rules, details, negation, people
from osce.guard.answer_rules import (
    against_the_question,
    claims_what_default_calls_fine,
    denies_planned_topic,
    denies_planned_words,
    denies_the_complaint,
    denies_what_eases,
    ever_answered_yes,
    gave_up_where_never,
    never_where_ever_yes,
    no_to_a_mixed_plan,
    no_to_the_question,
    no_where_default_is_fine,
    reads_present,
)
from osce.guard.case_index import BOWEL_HABIT, WEEKDAYS, CaseIndex, FactInfo
from osce.guard.circumstance_rules import circumstance_disagrees, floor_disagrees
from osce.guard.drug_rules import (
    TABLETS,
    adherence_disagrees,
    dose_disagrees,
    drinks_a_lot_where_case_says_little,
    drug_disagrees,
    drug_where_fact_denies,
    known_drug,
    regimen_disagrees,
    smokes_where_case_says_not,
    still_where_stopped,
    stopped_where_ongoing,
    supplement_where_list_closed,
)
from osce.guard.family_rules import (
    age_against_mine,
    relative_form_swapped,
    relative_illness_unheld,
    relative_organ_swapped,
    relative_swapped,
    well_as_told,
)
from osce.guard.figure_rules import (
    figures_disagree,
    moments_of,
    once_disagrees,
    severity_disagrees,
    times_of_other_events,
)
from osce.guard.history_rules import (
    condition_unheld,
    device_where_never_operated,
    habit_age_disagrees,
    hospital_where_never,
)
from osce.guard.models import Context
from osce.guard.numbers import Figures, any_close, figures
from osce.guard.part_rules import part_finding_denied
from osce.guard.persona_rules import persona_disagrees
from osce.guard.sentences import SentenceCutter
from osce.guard.terms import (
    ALLERGY,
    BODY_PARTS,
    COMMON_DRUGS,
    OPPOSITES,
    RELATIVES,
    colours_in,
)
from osce.guard.wording import (
    ADDITIVE,
    ALIASED,
    CONTRAST,
    GRAMMAR,
    NEARLY,
    PLAIN,
    sides_of,
    topic_stems,
)
from osce.models.case import Category, Polarity

PAIRED_PARTS = (r"legs?|arms?|hands?|feet|foot|knees?|hips?|calf|calves|ankles?|wrists?|elbows?|"
                r"thighs?|shoulders?|eyes?|ears?|lungs?|kidneys?|breasts?|testicles?|ovar(y|ies)|"
                r"buttocks?|groin|shins?|fingers?|thumbs?|toes?|heels?|armpits?")
BODY = frozenset(content_stems(normalise(BODY_PARTS)))
LIMBS = frozenset(content_stems(normalise("arm arms leg legs hand hands foot feet")))
ROOMS = re.compile(r"\b(kitchen|bedroom|bathroom|living room|lounge|front room|garden|"
                   r"landing|hallway|conservatory|garage)\b")
_IN_BATH = re.compile(r"\b(in|into|out of) (the|his|her|my) (bath|bathtub|tub|shower)\b")
# Ways to say a spot blanched: "went white", "faded", "disappeared" all say it went pale
# how much, not what: no allergen
_DEGREE = frozenset(("little", "bit", "lot", "thing", "slight", "mild"))
_BLANCHED = re.compile(r"\b(went|go|goes|going|gone|turned|turn) (white|paler|lighter)\b|"
                       r"\b(faded|fades|fade|blanched|blanches|blanch|disappeared)\b")


_MEDICINES = re.compile(r"\b(medicines?|medications?|drugs?|tablets?|pills?|antibiotics?)\b")


_TOOK = re.compile(r"\b(bought|picked up|brought (back|home)|got hold of) (a pack|a box|some|"
                   r"a course|a few|a couple)|\b(taken|took|had|been taking) (a couple|a few|some|"
                   r"two|three|one|a course|a dose|the odd)( of (them|those|the tablets|doses))?\b")
_SO_DOES = re.compile(r"^(and )?(so (does|do|did)|same (with|for|goes for)|likewise|as does)\b")
# every medicine taken without trouble: "he's fine with all his medicines"
_FINE_WITH_ALL = re.compile(r"\b(fine|ok|okay|alright|no (problem|bother|trouble)s?) (with|on) "
                            r"(all |any )?(his|her|my|their|the)? ?(medicines|medications|tablets|"
                            r"drugs)\b")
_REMEDY = re.compile(r"\b(tak(e|es|ing)|tablets?|capsules?|creams?|sprays?|supplements?|pills?|"
                    r"oil|rub|gel)\b")
_FOR_PART = re.compile(r"\bfor ((my|his|her|your|the|their) )?[a-z]+\b")


def _sentence_holding(low: str, m: re.Match[str]) -> str:
    cutter = SentenceCutter()
    start = 0
    for sentence in cutter.feed(low) + cutter.flush():
        at = low.find(sentence, start)
        if at <= m.start() < at + len(sentence):
            return sentence
        start = at + len(sentence)
    return low


def _elsewhere(low: str, part: str, info: FactInfo, mine: str) -> bool:
    """Does the sentence speak of the fact's subject only outside the part that holds the
    opposite ("Lying curled up helps. I tried a warm bath and it did nothing": the bath
    is another remedy, not the one the fact gives)?"""
    rest = low.replace(part, " ")
    if part.strip() == low.strip() or re.search(mine, rest):
        return False

    def touches(text: str) -> bool:
        return any(covers(info.stems, s) for s in content_stems(normalise(text))
                   if s not in PLAIN)

    return touches(rest) and not touches(part)


_GUESS = re.compile(r"\b(could it be|might it be|is it one of those|could it be one of|"
                    r"wonder(ed|ing)? if it'?s)\b")


_FORMS_GIVEN = re.compile(r"\b(drops|gel|cream|syrup|medicine|sachets?|powders?|spray|"
                          r"suppositor(y|ies)|ointment)\b")


# a vaccine is no medicine taken; and "his" in a girl's case is someone else's
_VACCINE = re.compile(r"^(mmr|jabs?|vaccines?|vaccinations?|boosters?|injections?)$")
_OTHER_PRONOUN = {"female": re.compile(r"\b(he|him|his)\b"),
                  "male": re.compile(r"\b(she|her|hers)\b")}
_NO_MATCH = re.compile(r"(?!)")


def _medicine_ruled_out(idx: CaseIndex, low: str, foreign: list[str]
                        ) -> tuple[str, list[str]] | None:
    default = idx.case.defaults.get(Category.drugs)
    if not default or not negation.denies(default):
        return None
    other = _OTHER_PRONOUN.get(idx.case.persona.sex.value, _NO_MATCH)
    for clause in negation.affirmative_clauses(low):
        # a medicine given to someone else: "Alfie's just had his MMR booster"
        if RELATIVES.search(clause) or people.names_someone(clause, idx.people) or (
                other.search(clause)):
            continue
        named = [d for d in foreign if d in clause and not _VACCINE.match(d)] or [
            m.group(0) for m in _FORMS_GIVEN.finditer(clause)
            if not re.search(rf"\b{m.group(0)}", idx.allowed_text)]
        if named:
            return (f"a medicine the drugs default rules out: {named[0]}", [])
    return None


_HAY_FEVER = re.compile(r"\bhay ?fever\b")
_IT_BEGAN = re.compile(r"\b(it|this|that|all)\b.*\b(start|began|begun|came on|kicked off|"
                       r"come on)")
# breath that smells is no breathing: "my breath has turned really foul"
_BAD_BREATH = re.compile(r"\b((foul|bad|smelly|stinking|rank|awful|sour) breath|breath (smells|"
                         r"stinks|reeks|(has |had |'s )?(turned|gone|got) ([a-z]+ )?"
                         r"(foul|bad|rank|smelly|sour))|breath\b.{0,25}\b(smell|stink|reek)\w*)\b|"
                         # a breath that sets a pain off is a trigger, not breathlessness
                         r"\b(a |even a |every )?(deep|big) breaths?\b")
# sweats a fact denies at night are not the sweat of the day: "clammy after being sick"
_AT_NIGHT = re.compile(r"\b(night|nights|sleep|asleep|bed|pillow)\b")


def _paled(text: str) -> str:
    return _BLANCHED.sub("went pale", text)


# heat, which the lexicon keeps no topic for: "warm to the touch" says what "never gone red
# or hot" denies (stiff, numb and the like are left out: they name no one part's finding)
FINDINGS = frozenset(content_stems(normalise("hot")))


# a span said without a figure, and a long one
# (of the complaint itself: "retching for ages afterwards" is a moment's length)
_WHERE = re.compile(r"\bwhere\b")
# Regions of the body, coarse on purpose: a part is held against a site only across regions,
# so "in my head" stays true of a headache "across the forehead"
_REGIONS = {
    "head": r"head|forehead|temples?|eyes?|ears?|nose|face|scalp|jaw|mouth|cheeks?",
    "neck": r"neck|throat",
    "chest": r"chest|breastbone|ribs?|sides?|armpits?",
    "abdomen": r"tummy|belly|stomach|abdomen|groin|sides?|pelvis|navel|belly button",
    "back": r"back",
    "arms": r"arms?|shoulders?|elbows?|wrists?|hands?|fingers?|thumbs?",
    "legs": r"legs?|hips?|knees?|ankles?|feet|foot|toes?|calf|calves|thighs?|shins?",
}
_REGION_RES = {name: re.compile(rf"\b({parts})\b") for name, parts in _REGIONS.items()}


def _regions(text: str) -> set[str]:
    return {name for name, pattern in _REGION_RES.items() if pattern.search(text)}


# what the body passes is where a finding is, not one: "up twice a night to pass water" says
# nothing of the blood a fact denies in the urine
_PASSED = frozenset(content_stems(normalise("urine water wee stool stools poo")))
_BLOOD = re.compile(r"\b(blood|bloody|bleed\w*)\b")
_TRIGGERED = re.compile(r"\b(when|if|whenever) (i|he|she) (cough|sneez|laugh|breath)\w*|"
                        r"\b(cough|sneez|laugh)\w*( or \w+)? (sends?|makes?|sets?|brings?)\b|"
                        r"\b(deep|big) breaths?\b|\bbreath(e|ing)? in\b")


def _finding(s: str) -> bool:
    return is_claim_topic(s) or s in FINDINGS


# one finding in the stems of two words: "my ankles have swollen" is ankle swelling
_SAME_FINDING = {"swollen": "swell"}
_QUIT = re.compile(r"\b(gave up|given up|give up|quit|packed in|kicked|stopped|came off|used to)\b")
# taken, or worn, without a reaction
_TOLERATED = re.compile(
    r"\b(never (been|caused|given) (a|any|him|her|me) (problem|bother|trouble|reaction)|"
    r"(no|never any) (problem|bother|trouble|reaction)s? (with|from|to)|(is|are|i'?m|he'?s|she'?s) "
    r"(fine|ok|okay|alright) (with|on)|(had|taken|used|worn) (it|them) (loads|lots|plenty|"
    r"hundreds|dozens) of times|never reacted|"
    # "I can slap a plaster on without any bother at all"
    r"without (any|a) (bother|problem|trouble|reaction|rash))\b")


_FORM_NAMED = re.compile(r"\b([a-z]{4,}) (cream|ointment|gel|lotion|drops|spray|jab|vaccine|"
                         r"injection|booster)\b")
_FORM_PLAIN = {"that", "this", "some", "their", "them", "your", "those", "these", "little", "other",
               "same", "skin", "face", "hand", "body", "nose", "eye", "sun", "barrier",
               "last", "first", "next", "every", "annual", "yearly"}


def _affirmed_elsewhere(best: FactInfo, low: str) -> bool:
    """The fact's subject in a clause that affirms, and the no in a clause of its own ("none
    that I know of, though I take a Sudafed on top of the paracetamol" denies an allergy,
    not the paracetamol) or denying what the fact itself denies."""
    def touches(clause: str) -> bool:
        return bool({s for s in content_stems(normalise(clause)) if s not in PLAIN}
                    & best.stems)

    parts = negation.clauses(low)
    # ("penicillin's fine for him" says no as plainly as "not" does)
    denying = [c for c in parts if negation.denies(c) or negation.reassures(c)]
    if not denying or not any(touches(c) for c in parts if c not in denying):
        return False
    # ... or the no is the fact's own: "the trait, not sickle cell disease itself" where the
    # fact says "not the disease itself, just the trait"
    own_no = bool(best.negated) and any(
        covers(best.negated, s) for c in denying for s in content_stems(normalise(c))
        if s not in PLAIN)
    return own_no or not any(touches(c) for c in denying)


_SPARED = re.compile(r"\b(fine|ok|okay|alright|all right)\b")
_OWNS_OR_UNDOES = re.compile(r"\b(my|his|her|like|usual|without|lack|any more|anymore)\b")
_HELD_TOPICS = (Category.presenting_complaint, Category.hpc_associated, Category.past_medical)


def uncarried_denied(idx: CaseIndex, low: str, carried: list[FactInfo]) -> str | None:
    """The id of a present fact the turn does not carry whose subject a clause denies whole,
    by the fact's own attribute ("sweating"), of the speaker rather than a relative."""
    carried_ids = {c.fact.id for c in carried}
    # (not "like my migraines" or "one of my migraines", which owns the thing; not "never
    # gone without sleep", a double no)
    parts = [c for c in negation.clauses(low) if negation.denies(c)
             and not RELATIVES.search(c) and not negation.reassures(c)
             and not _OWNS_OR_UNDOES.search(negation.denied_part(c))]
    if not parts:
        return None
    denied = frozenset(s for c in parts
                       for s in content_stems(normalise(negation.denied_part(c)))
                       if s not in PLAIN)
    if not denied:
        return None
    for fid, own in _held_subjects(idx):
        if fid not in carried_ids and all(covers(denied, s) for s in own):
            return fid
    return None


def _held_subjects(idx: CaseIndex) -> list[tuple[str, list[str]]]:
    """Each present symptom or condition fact of the case with the claim stems of its own
    attribute ("sweating"), where every one of them names a subject: read once per index."""
    held = idx.memo.get("held_subjects")
    if held is None:
        held = []
        for fid, info in idx.facts.items():
            fact = info.fact
            if (fact.polarity is not Polarity.present or info.polarity_words != "present"
                    or not (fact.category in _HELD_TOPICS
                            or fact.category.value.startswith("ros."))):
                continue
            own = [s for s in content_stems(normalise(fact.attribute)) if s not in PLAIN]
            if own and all(len(s) >= 4 and is_claim_topic(s) for s in own):
                held.append((fid, own))
        idx.memo["held_subjects"] = held
    return held  # type: ignore[return-value]


def contradiction(idx: CaseIndex, context: Context, low: str, stems: list[str], fig: Figures,
                  carried: list[FactInfo], carried_stems: frozenset[str],
                  sim_of: dict[str, float], drugs_named: list[str], vector: np.ndarray, *,
                  claim_on_denial: float, denied_carried: float, denied_elsewhere: float
                  ) -> tuple[str, list[str]] | None:
    """A claim that disagrees with a fact or a default; the first rule to find one names it.
    The bars are the guard's SIM_CLAIM_ON_DENIAL, SIM_DENIED_CARRIED and SIM_DENIED."""
    # a drug the case never names brings its own dose and times: "topiramate, twice a day"
    # says nothing of the amlodipine's (the unsupported layer takes the drug itself)
    foreign = [d for d in drugs_named if not known_drug(d, set(idx.drug_names), idx.drug_text)
               and not TABLETS.fullmatch(d)]
    # a medicine the drugs default rules out: "some Infacol drops as well" where she takes
    # nothing apart from the Calpol
    ruled_out = _medicine_ruled_out(idx, low, foreign)
    if ruled_out:
        return ruled_out
    dosed = None if foreign else dose_disagrees(idx, context, low, fig, carried, drugs_named)
    if dosed:
        return dosed
    # (a time said of a call, a test or a visit dates no symptom: read once, used twice)
    other_event = times_of_other_events(low)
    figured = figures_disagree(idx, context, low, fig, carried, other_event)
    if figured and not (foreign and all(
            idx.facts[i].fact.category is Category.drugs for i in figured[1] if i in idx.facts)):
        return figured
    # the claim topics the sentence names: what a side, a colour, a day or an opposite is of
    topics = {s for s in stems if s not in PLAIN and is_claim_topic(s)}
    # side, colour, day of the week
    # (a side said to be spared is none claimed: "if I press on the right it doesn't bother me")
    sides = sides_of(low)
    every_clause = negation.clauses(low)
    if len(every_clause) > 1:
        sides = set().union(*(sides_of(c) for c in every_clause
                              if not negation.denies(c) and not _SPARED.search(c)))
    sited = (Category.hpc_site, Category.hpc_radiation)
    sided = [c for c in carried if c.fact.category in sited
             or ((c.fact.category.is_hpc or c.fact.id in context.planned)
                 and c.sides and sides & {"left", "right"})]
    # a paired part has a left and a right but no middle: "sciatica down my left leg" does
    # not gainsay a back pain "across the middle"
    paired = bool(sides & {"left", "right"}) and not re.search(
        r"\b(left|right)\b(?![- ](" + PAIRED_PARTS + r")\b)", low)
    for axis in ({"left", "right", "central", "both"}, {"front", "back", "crown", "diffuse"},
                 {"upper", "lower"}, {"inner", "outer"}, {"anterior", "posterior", "lateral"}):
        mine_a = sides & axis
        held = [c for c in sided if c.sides & axis
                and not (paired and "central" in axis and not c.sides & {"left", "right"})]
        if mine_a and held and not any(mine_a & c.sides for c in held):
            return (f"the side or site disagrees with {held[0].fact.id}", [held[0].fact.id])
    # a colour denied is none given: "I go straight to lobster, never brown"
    colours = {c for clause in negation.affirmative_clauses(low) for c in colours_in(clause)}
    if colours and not ADDITIVE.search(low):
        # a colour is held against a fact on the sentence's subject, or the planned one
        # ("dark specks in my eye" is no colour of the plaster rash disclosed before)
        for c in carried:
            if topics and c.fact.id not in context.planned and not any(
                    covers(c.stems, t) for t in topics):
                continue
            if c.colours and not colours & c.colours and c.fact.category is not Category.drugs:
                return (f"the colour disagrees with {c.fact.id}", [c.fact.id])
    # the room or place a planned fact gives: "on the kitchen floor" where he was found
    # on the bedroom floor
    rooms = set(ROOMS.findall(low))
    # (in the bath or the shower is in the bathroom)
    if _IN_BATH.search(low):
        rooms.add("bathroom")
    for c in carried:
        theirs = set(ROOMS.findall(c.fact.words.lower()))
        if rooms and theirs and c.fact.id in context.planned and not rooms & theirs:
            return (f"the place disagrees with {c.fact.id}", [c.fact.id])
    # what was being done when it began
    doing = circumstance_disagrees(context, low, carried) or floor_disagrees(
        context, low, list(idx.facts.values()))
    if doing:
        return doing
    # one limb put where a planned site fact gives another: "her tummy and both arms" where
    # the spots are on her tummy and both legs
    limbs = {s for s in stems if s in LIMBS}
    for c in carried:
        if limbs and c.fact.id in context.planned and c.fact.category in sited and (
                c.fact.polarity is Polarity.present):
            theirs = {s for s in c.stems if s in LIMBS}
            if theirs and limbs - theirs and theirs - limbs:
                return (f"the site disagrees with {c.fact.id}", [c.fact.id])
    # asked where it is, a part in another region of the body than the planned site's: "in
    # my hands" where the headache is across the forehead and behind the eyes
    if _WHERE.search(context.question.lower()):
        mine = _regions(" ".join(negation.affirmative_clauses(low)))
        for c in carried:
            if (mine and c.fact.id in context.planned and c.fact.category is Category.hpc_site
                    and c.fact.polarity is Polarity.present):
                theirs = _regions(c.fact.words.lower())
                if theirs and not mine & theirs:
                    return (f"the site disagrees with {c.fact.id}", [c.fact.id])
    long_ago = (complaint_rules.long_where_short(idx, low, carried, topics)
                or complaint_rules.outlasts_illness(idx, low, fig)
                or complaint_rules.first_noticed_long_ago(idx, context, low)
                or complaint_rules.onset_year_disagrees(idx, context, low)
                or complaint_rules.well_despite_complaint(idx, low)
                or complaint_rules.character_disagrees(idx, low, carried, context)
                or complaint_rules.clock_onset_disagrees(idx, low)
                or complaint_rules.onset_day_disagrees(idx, context, low)
                or complaint_rules.site_everywhere(idx, context, low))
    if long_ago:
        return long_ago
    days = set(WEEKDAYS.findall(low))
    carried_days = set().union(*(c.days for c in carried)) if carried else set()
    # any day the facts do not give: "Monday. He was fine on the Sunday" where the facts date
    # the change to Tuesday
    # (a day beside a subject no carried fact speaks of, "a metallic taste since Wednesday", is
    # that subject's: new, for the unsupported layer)
    near_plan = max((sim_of[i] for i in context.planned if i in sim_of), default=0.0)
    if topics and near_plan < 0.5 and not any(covers(carried_stems, t) for t in topics):
        days = set()
    # ... and so is a day beside a medicine the case does not give ("echinacea drops since
    # Wednesday")
    if foreign or other_event:
        days = set()
    # ... and a day said in a clause of its own new subject: "alongside the shivering, I've
    # had these hiccup fits since Wednesday"
    # (where the planned fact gives a day of its own, the day is its: "he fell on Monday")
    planned_dated = any(c.days for c in carried if c.fact.id in context.planned)
    for clause in [] if planned_dated or not days else negation.clauses(low):
        on = set(WEEKDAYS.findall(clause))
        if not on:
            continue
        subjects = {s for s in topic_stems(clause) if is_claim_topic(s)}
        # (a subject the case only denies is new too: "my eyes have gone blurry since
        # Wednesday" beside "no trouble with my eyes")
        new_subject = bool(subjects) and not any(
            covers(i.stems, t) for i in idx.facts.values()
            if i.fact.polarity is Polarity.present for t in subjects)
        # ... or two words of substance no carried fact holds, and no "it" that began:
        # "I've been craving salt since Wednesday"
        new_words = {s for s in content_stems(normalise(clause)) if s not in PLAIN
                     and len(s) >= 4 and not WEEKDAYS.search(s) and not covers(carried_stems, s)}
        if new_subject or (not _IT_BEGAN.search(clause) and len(new_words) >= 2):
            days -= on
    if days and carried_days and days - carried_days:
        return ("the day disagrees with the carried facts",
                [c.fact.id for c in carried if c.days])
    # a day the planned fact does not give, where it gives one and the sentence speaks of it
    # ("Tuesday night he went over" where the fall was on Wednesday night, though Tuesday is
    # the day the confusion began)
    dated = [c for c in carried if c.fact.id in context.planned and c.days]
    planned_days = set().union(*(c.days for c in dated)) if dated else set()
    if days and planned_days and not days & planned_days and any(
            sim_of[c.fact.id] >= 0.45 or {s for s in stems if s not in PLAIN and len(s) >= 4}
            & (c.stems - {d for d in c.days}) for c in dated):
        return ("the day disagrees with " + ", ".join(c.fact.id for c in dated),
                [c.fact.id for c in dated])
    # opposite descriptions
    comparing = re.search(r"\b(nothing like|not like|unlike|different from)\b", low)
    # what is set aside is not said: "it eased its way in rather than hitting me all at once"
    set_aside = re.sub(r"\b(rather than|instead of)\b[^,.;!?]*", " ", low)
    beside = any(idx.facts[i].fact.category is Category.hpc_associated
                 or idx.facts[i].fact.category.value.startswith("ros.")
                 for i in context.planned if i in idx.facts)
    for a, b, categories in [] if comparing else OPPOSITES:
        sa, sb = re.search(a, set_aside), re.search(b, set_aside)
        if bool(sa) == bool(sb):
            continue
        mine_p, other_p = (a, b) if sa else (b, a)
        if any(re.search(mine_p, c.fact.words.lower().replace("’", "'")) for c in carried
               if c.fact.id in context.planned):
            continue  # the planned fact says so too: another fact speaks of something else
        held = carried + [i for i in idx.facts.values() if i.fact.category.value in categories
                          and i not in carried]
        mine_part = _sentence_holding(low, sa or sb)
        for c in held:
            # a fact the turn does not plan is gainsaid only on its own subject: "knees
            # aching on and off" says nothing of a thirst that is there all the time
            # (a home or a habit is no symptom's subject: "living on my own" needs none)
            symptom = c.fact.category.is_hpc or c.fact.category.value.startswith("ros.")
            # ("non-stop since Tuesday night", said of a headache the turn plans beside a
            # fever, names no subject: its "it" is the planned symptom, not the complaint)
            if symptom and c.fact.id not in context.planned and (
                    not any(covers(c.stems, t) for t in topics) if topics
                    else beside):
                continue
            words = (c.fact.words.lower().replace("’", "'") + " "
                     + str(c.fact.value or "").lower())
            if re.search(other_p, words) and not re.search(mine_p, words) and not (
                    _elsewhere(low, mine_part, c, mine_p)):
                return (f"describes the opposite of {c.fact.id}", [c.fact.id])
    pol = negation.polarity(low)
    # allergies
    allergy_facts = [i for i in idx.facts.values() if i.fact.category is Category.allergies]
    present_allergies = [i for i in allergy_facts if i.fact.polarity is Polarity.present]
    # an allergy claimed, not one denied beside another claim ("codeine turns my stomach,
    # but that's not an allergy")
    parts = negation.clauses(low)
    claiming = [c for c in parts if ALLERGY.search(c) and not negation.denies(c)]
    # "cefalexin, which brought me out in blotches": the reaction's clause points back at
    # the drug named in the clause before it
    claiming += [parts[k - 1] for k, c in enumerate(parts)
                 if k and c in claiming and re.match(r"(which|that|it|they|both)\b", c)]
    # "plasters bring me out in a rash, and so does doxycycline": the same reaction again
    if claiming:
        claiming += [c for c in parts if _SO_DOES.match(c)]
    claims_allergy = bool(claiming)
    if ALLERGY.search(low) and pol != "absent" and claims_allergy:
        allergy_text = " ".join(i.text for i in present_allergies)
        # a drug in another clause is not what the reaction is to ("plasters bring me out in
        # a rash, but I've had penicillin loads of times")
        named = [d for d in drugs_named if d not in allergy_text
                 and (len(claiming) == len(parts) or any(d in c for c in claiming))]
        # a medicine the lexicon does not know, named by its form: "that fusidic acid cream
        # they gave me ... leaves me red and itchy"
        named += [m.group(0) for c in claiming for m in _FORM_NAMED.finditer(c)
                  if m.group(1) not in _FORM_PLAIN and m.group(1) not in allergy_text]
        # (a degree is no allergen: "a little bit allergic" where the rash came "when I was
        # little")
        allergen_ok = any(covers(i.stems, s) for i in present_allergies for s in stems
                          if s not in ("allergy", "allergi", "allerg") and s not in _DEGREE)
        if named or not allergen_ok:
            return ("an allergy the case does not record", [i.fact.id for i in allergy_facts])
    recorded = " ".join(i.text for i in present_allergies)
    named = details.allergy_named(context.question, low, drugs_named, recorded)
    if named and pol != "absent":
        return ("an allergy the case does not record: " + ", ".join(named),
                [i.fact.id for i in allergy_facts])
    if ALLERGY.search(low) and pol == "absent":
        for i in present_allergies:
            if i.polarity_words == "present":
                return (f"denies the allergy in {i.fact.id}", [i.fact.id])
    # the recorded allergen said to be taken without trouble: "penicillin's never been a
    # problem for him, he's had it loads of times"
    if _TOLERATED.search(low):
        tolerated = [c for c in negation.clauses(low) if _TOLERATED.search(c)]
        for i in present_allergies:
            allergen = [w for w in re.findall(r"[a-z]{5,}", i.fact.attribute.lower())
                        if w not in ("allergy", "allergic", "sticking")]
            if i.polarity_words != "absent" and any(re.search(rf"\b{w}", c) for w in allergen
                                                    for c in tolerated):
                return (f"denies the allergy in {i.fact.id}", [i.fact.id])
    # no reaction to medicines at all, where the case records one to a drug
    asked = ALLERGY.search(low) or re.search(r"\ballerg", context.question.lower())
    if asked and any((negation.denies(c) and _MEDICINES.search(c)) or _FINE_WITH_ALL.search(c)
                     for c in negation.clauses(low)):
        for i in present_allergies:
            if i.polarity_words == "present" and (i.fact.drug or COMMON_DRUGS.search(i.text)):
                return (f"denies the allergy in {i.fact.id}", [i.fact.id])
    against = (denies_planned_topic(idx, context, low)
               or denies_planned_words(idx, context, low)
               or severity_disagrees(low, carried)
               or against_the_question(idx, context, low, pol)
               or ever_answered_yes(idx, context, low)
               or gave_up_where_never(idx, context, low)
               or never_where_ever_yes(idx, context, low, pol)
               or no_to_the_question(idx, context, low, pol)
               or no_to_a_mixed_plan(idx, context, low, pol)
               or denies_what_eases(idx, context, low, pol)
               or denies_the_complaint(idx, context, low, pol)
               or no_where_default_is_fine(idx, context, low, pol)
               or claims_what_default_calls_fine(idx, context, low, pol))
    if against:
        return against
    # a claim on the very subject where every planned fact says no ("I took an overdose
    # in my twenties" where she has never harmed herself), in whatever words
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if planned and pol == "present" and all(
            p.fact.polarity is Polarity.absent and p.polarity_words != "present"
            for p in planned) and not CONTRAST.search(low) and not RELATIVES.search(low):
        claims = [s for s in stems if s not in PLAIN and s not in GRAMMAR
                  and (is_claim_topic(s) or len(s) >= 4)]
        near = max(sim_of[p.fact.id] for p in planned)
        # "no allergies" is not gainsaid by a medicine taken, only by a reaction
        allergic = all(p.fact.category is Category.allergies for p in planned)
        if (claims or drugs_named) and near >= claim_on_denial and (
                not allergic or ALLERGY.search(low)):
            ids = [p.fact.id for p in planned]
            return (f"a claim where {', '.join(ids)} says no", ids)
    # medicine taken or brought back where every planned drug fact says none was ("bought a
    # pack of Lonart over there and had a couple since Tuesday")
    if planned and all(p.fact.category is Category.drugs and p.fact.polarity is Polarity.absent
                       for p in planned) and not RELATIVES.search(low):
        took = [c for c in negation.affirmative_clauses(low) if _TOOK.search(c)]
        if took:
            ids = [p.fact.id for p in planned]
            return (f"medicine taken where {', '.join(ids)} says none was", ids)
    # a habit given up was a habit once: "I gave up cigarettes years ago" where he never smoked
    quit = _QUIT.search(low)
    if quit and not RELATIVES.search(low):
        said = topic_stems(low[quit.start():])
        for c in carried:
            if c.fact.polarity is Polarity.absent and re.search(r"\bnever\b", c.fact.words.lower()):
                subject = topic_stems(f"{c.fact.attribute} {c.fact.words}")
                if {s for s in said if covers(subject, s) and s not in PLAIN and len(s) >= 4}:
                    return (f"gave up what {c.fact.id} says was never done", [c.fact.id])
    # polarity against the carried facts
    if carried:
        best = max(carried, key=lambda c: sim_of[c.fact.id] + 0.1 * len(set(stems) & c.stems))
        absent_fact = best.fact.polarity is Polarity.absent
        # (the speaker's own no denies nothing of a relative's: "no, I've had no operation"
        # beside a mother's knee replacements)
        if pol == "absent" and not absent_fact and reads_present(best, low) and (
                sim_of[best.fact.id] >= 0.35 or set(stems) & best.stems) and not (
                well_as_told(best, low)) and not (
                best.fact.category is Category.family and not RELATIVES.search(low)) and not (
                _affirmed_elsewhere(best, low)):
            return (f"denies what {best.fact.id} says", [best.fact.id])
        clinical_here = [s for s in stems if s not in PLAIN]
        shares = {s for s in clinical_here if covers(best.stems, s)}
        if (pol == "present" and absent_fact and best.fact.id in context.planned
                and clinical_here
                and (shares or sim_of[best.fact.id] >= 0.45
                     or (drugs_named and best.fact.category is Category.drugs))
                and not CONTRAST.search(low)
                # a colour where the denial gives none ("darker than normal" beside "my
                # waterworks are fine") is new, not what the fact denies
                and not (colours_in(low) and not best.colours)):
            others = [c for c in carried if c.fact.polarity is Polarity.present]
            if not any(sim_of[c.fact.id] >= sim_of[best.fact.id] for c in others):
                return (f"affirms what {best.fact.id} denies", [best.fact.id])
    # a symptom or condition the case holds, denied in a clause of its own though no fact
    # the turn carries speaks of it: "a bit, yeah, though I've not been sweating at all"
    # where the case has him sweating buckets
    denied_elsewhere_fact = uncarried_denied(idx, low, carried)
    if denied_elsewhere_fact:
        return (f"denies what {denied_elsewhere_fact} says", [denied_elsewhere_fact])
    # a claim that says what a carried fact's own words deny ("I threw up" where it
    # says "I've felt sick, but I haven't actually been sick")
    if pol != "absent" and not RELATIVES.search(low) and not CONTRAST.search(low):
        # a habit by its thing ("the odd cigarette") is the habit a fact denies ("never smoked")
        said = {s for c in negation.affirmative_clauses(NEARLY.sub(" ", low))
                for s in {*content_stems(normalise(_paled(c))), *topic_stems(_paled(c))}
                if s not in PLAIN}
        for c in carried:
            # a medicine the case does not give, and not this fact's, is what the words are
            # of: "hydrocortisone cream, which I still use" beside "not used the inhaler"
            if c.drug_names and foreign and not any(n in low for n in c.drug_names):
                continue
            hit = {s for s in said if covers(c.negated, s)}  # "cigarette", "cigarett"
            if hit:
                return (f"says what {c.fact.id} denies ({', '.join(sorted(hit))})",
                        [c.fact.id])
    # a time course against the durations of a planned fact on the same subject ("stiff
    # for a couple of hours" where the stiffness wears off in fifteen minutes)
    if fig.course:
        # an onset's durations say how long ago, not how long; of two planned facts on the
        # subject ("diabetes for eight years" beside "at my diabetes check"), one will do
        # (the subject is the course's clause's: "gardener thirty-odd years, ... which
        # leaves my hands numb for an hour" times the numbness, not the work)
        coursed = {s for cl in negation.clauses(low) if figures(cl).course
                   for s in content_stems(normalise(cl)) if is_claim_topic(s) and s not in BODY}
        timed = [c for c in carried if c.fact.id in context.planned and c.durations
                 and c.fact.category is not Category.hpc_onset
                 and {s for s in stems if s not in PLAIN and len(s) >= 4 and s in c.stems}
                 and not (coursed and not any(covers(c.stems, s) for s in coursed))]
        if timed and not any(any_close(fig.course, c.durations) for c in timed):
            return (f"a time course disagrees with {timed[0].fact.id}", [timed[0].fact.id])
        # a course longer than the planned onset is old: "creeping down over a couple of
        # months" where it began three days ago
        onsets = {c.fact.id: moments_of(c, strict=True) for c in carried
                  if c.fact.id in context.planned and c.fact.category is Category.hpc_onset}
        onsets = {fid: ago for fid, ago in onsets.items() if ago}
        if onsets and min(fig.course) > 1.5 * max(d for ago in onsets.values() for d in ago):
            first = next(iter(onsets))
            return (f"a time course longer than {first} allows", [first])
    # a claim that says, in any words, what a fact denies
    asserts = (pol == "present" and not negation.denies(low) and not RELATIVES.search(low)
               and not re.search(r"\bfrom nothing\b", low))
    if asserts and len(idx.denied) and not CONTRAST.search(low):
        dsims = idx.denied_vectors @ vector
        ksims = idx.kept_vectors @ vector if len(idx.kept_ids) else np.zeros(0)
        carried_set = {c.fact.id for c in carried}
        for k in np.argsort(-dsims)[:3]:
            fid, text = idx.denied[k]
            need = denied_carried if fid in carried_set else denied_elsewhere
            kept = max((float(ksims[j]) for j, i in enumerate(idx.kept_ids) if i == fid),
                       default=0.0)
            if fid in carried_set and float(dsims[k]) < denied_elsewhere:
                # at the carried facts' looser bar, a sentence nearer another carried
                # fact that affirms ("blood pressure and cholesterol, and a bit of
                # gout") speaks of that fact, not of what this one denies
                kept = max([kept] + [sim_of[c.fact.id] for c in carried
                                     if c.fact.id != fid
                                     and c.fact.polarity is Polarity.present])
            if float(dsims[k]) >= need and float(dsims[k]) >= kept + 0.03:
                return (f"says what {fid} denies ({text!r})", [fid])
    spread = _spread_denied(idx, low)
    if spread:
        return spread
    # absent facts and defaults the sentence affirms
    affirmed = set()
    # where the patient speaks for themself, "she" after a relative is the relative: "my
    # sister had a clot, and she's on blood thinners for life"
    own_voice = context.case.informant.role.value == "patient"
    for clause in negation.affirmative_clauses(low):
        # a relative's illness, or a guess, affirms nothing of the patient: "my sister needs
        # transfusions", "could it be one of those lumps after a bite?"
        if RELATIVES.search(clause) or _GUESS.search(clause):
            continue
        if own_voice and clause[:24] in low and people.said_of_relative(
                low, low.index(clause[:24]), own_voice):
            continue
        # what a remedy is for is no finding: "cod liver oil capsules, for my joints"
        if _REMEDY.search(low):
            clause = _FOR_PART.sub(" ", clause)
        clause = _HAY_FEVER.sub(" ", clause)  # no fever
        clause = _BAD_BREATH.sub(" ", clause)
        # (a habit by its thing, as above: "a spliff now and then" where he never took drugs)
        affirmed |= {_SAME_FINDING.get(s, s) for s in {*content_stems(normalise(clause)),
                                                       *(topic_stems(clause) & ALIASED)}
                     if _finding(s) or s in ALIASED}
    # (a habit is carried only where a carried fact affirms it: "no known drug allergies"
    # carries no drug taking)
    carried_affirmed = frozenset().union(*(c.affirmed for c in carried)) if carried else (
        frozenset())
    affirmed = {s for s in affirmed if not covers(
        carried_affirmed if s in ALIASED else carried_stems, s)}
    if affirmed:
        said_sites = set(stems) & BODY
        for info in idx.facts.values():
            f = info.fact
            if f.polarity is not Polarity.absent or f.id in context.planned:
                continue
            # a finding at another part of the body is another finding: a nosebleed is not
            # the bleeding a stomach fact denies
            sites = info.stems & BODY
            if said_sites and sites and not said_sites & sites:
                continue
            key = frozenset(s for s in info.stems | (info.negated & BOWEL_HABIT)
                            if _finding(s) or s in ALIASED)
            # (said in the patient's own voice, a relative's illness makes it no less denied:
            # "I've got diabetes too" where Mum has it and he does not)
            hit = {s for s in affirmed if covers(key, s) and not covers(idx.own_present_stems, s)
                   and s not in BODY}
            if hit and hit <= _PASSED and not _BLOOD.search(low):
                continue
            if hit and "night sweat" in f.words.lower() and all(
                    s.startswith("sweat") for s in hit) and not _AT_NIGHT.search(low):
                continue
            if hit:
                return (f"affirms what {f.id} denies ({', '.join(sorted(hit))})", [f.id])
        for category, denied in idx.default_denials.items():
            # a body part affirms no symptom: "spots on my chest" is no chest pain
            hit = {s for s in affirmed if covers(denied, s)
                   and not covers(idx.present_stems, s) and s not in BODY}
            if hit:
                return (f"affirms what the {category} default denies", [])
        # a symptom volunteered in a system a default calls fine as a whole ("my chest is
        # fine", then "I've been coughing a bit"); not where a part is named, whose system
        # may be another's, nor a trigger ("coughing sends a stab through it")
        if not said_sites and not _TRIGGERED.search(low):
            # (only a default that waves the whole system: "no weakness or anything like
            # that" rules out what it names, not every symptom of the nerves)
            for category, fine in idx.systems_wholly_fine.items():
                hit = {s for s in affirmed if covers(fine, s)
                       and not covers(idx.present_stems, s) and s not in BODY}
                if hit:
                    return (f"affirms what the {category} default calls fine "
                            f"({', '.join(sorted(hit))})", [])
    # a part and its finding, where the case says that part is fine
    part = part_finding_denied(idx, low, carried)
    if part:
        return part
    # who the speaker is, and the parts the defaults call fine
    personal = persona_disagrees(idx, context, low, pol, carried, carried_stems)
    if personal:
        return personal
    # the planned family fact's illness put on another relative ("my older brother has
    # it" where the case gives a younger sister)
    swapped = (relative_form_swapped(idx, low, pol)
               or relative_swapped(idx, context, low, stems, pol)
               or relative_organ_swapped(idx, context, low, pol))
    if swapped:
        return swapped
    unheld = (relative_illness_unheld(idx, low, stems, carried_stems, pol)
              or condition_unheld(idx, context, low, pol)
              or hospital_where_never(idx, low)
              or device_where_never_operated(idx, low)
              or smokes_where_case_says_not(idx, low, pol)
              or drinks_a_lot_where_case_says_little(idx, low, pol)
              or supplement_where_list_closed(idx, low, pol)
              or drug_where_fact_denies(idx, low, pol)
              or age_against_mine(context, low, carried)
              or habit_age_disagrees(context, low, carried))
    if unheld:
        return unheld
    stopped = (still_where_stopped(idx, context, low, pol)
               or stopped_where_ongoing(idx, context, low)
               or once_disagrees(low, carried)
               or adherence_disagrees(idx, context, low)
               or regimen_disagrees(idx, context, low))
    if stopped:
        return stopped
    return drug_disagrees(idx, context, low, stems, drugs_named, pol)


# a pain said to travel: "it's gone right into my groin", "it shoots down my leg"
_SPREADS = re.compile(r"\b(go|goes|gone|going|went|spread\w*|shoot\w*|shot|mov\w*|travel\w*|"
                      r"radiat\w*|runs?|running|ran|reach\w*|creep\w*|crept)\b[^.;]{0,30}?"
                      r"\b(into|to|down|up|round|through|across)\b")


def _spread_denied(idx: CaseIndex, low: str) -> tuple[str, list[str]] | None:
    """A pain said to spread to a part the case's radiation fact says it does not reach
    ("not down into my groin" against "it's gone right into my groin now"). Parts are no
    finding for the absent-fact rule, so a spread is read on its own."""
    # (nearly every sentence says nothing of a spread: read no fact for those)
    if not _SPREADS.search(low):
        return None
    # a part a present fact gives the pain is the case's own: a shoulder tip pain
    own_sites = frozenset().union(*(
        i.stems for i in idx.facts.values() if i.fact.polarity is Polarity.present
        and i.fact.category.value in ("hpc.site", "hpc.radiation")))
    for info in idx.facts.values():
        f = info.fact
        if f.polarity is not Polarity.absent or f.category.value != "hpc.radiation":
            continue
        denied_parts = (info.stems & BODY) - own_sites
        for clause in negation.affirmative_clauses(low):
            if RELATIVES.search(clause) or not _SPREADS.search(clause):
                continue
            hit = {s for s in content_stems(normalise(clause)) if s in denied_parts}
            if hit:
                return (f"a spread {f.id} denies ({', '.join(sorted(hit))})", [f.id])
    return None
