"""The guard: checks each sentence the LLM patient says against the case, before the
student sees it.

Layers, first hit wins: out of role (break); a diagnosis or a `never` fact's words (leak);
plain social talk; a claim that disagrees with a fact or a default (contradiction); a
clinical claim the planned and disclosed facts do not carry (unsupported); otherwise
supported (clinical) or social. Deterministic: rules, the case's structure, and one
embedding of the sentence compared with cached fact vectors.
"""

from __future__ import annotations

import re
import threading

import numpy as np

from osce.engine.scripted.lexicon import content_stems, covers, is_claim_topic, normalise, stem
from osce.guard import (
    answer_rules,
    complaint_rules,
    history_rules,
    negation,
    recital,
    roles,
    social,
)
from osce.guard.care_rules import care_unheld
from osce.guard.case_index import CaseIndex, build_index
from osce.guard.contradiction import contradiction
from osce.guard.drug_rules import GENERIC_DRUG
from osce.guard.family_rules import someone_else
from osce.guard.home_rules import home_unheld
from osce.guard.leak_rules import leak_by_meaning, leak_by_words, relative_applied
from osce.guard.models import Context, Finding, Verdict
from osce.guard.numbers import digits, figures
from osce.guard.persona_rules import (
    height_unheld,
    marriage_unheld,
    mood_against_case,
    name_against_case,
    says_own_age,
    says_own_name,
)
from osce.guard.prototypes import PROTOTYPES
from osce.guard.repeats import compact, for_embedding
from osce.guard.terms import ALLERGY, COLOURS, COMMON_DRUGS, NOTHING_WORRIES, idioms
from osce.guard.travel_rules import travel_said
from osce.guard.unsupported import default_denies, unsupported
from osce.guard.vague_rules import (
    doctor_vague,
    family_vague,
    illnesses_vague,
    medicines_denied,
    medicines_vague,
)
from osce.guard.wording import PLAIN, SYMPTOM_WORDS, sides_of
from osce.models.case import Case, Category, Fact, Polarity

# pain is the commonest claim of all, and too general a word to be a topic of its own
# ("hard to think straight with this pain" speaks of the pain already told)
_PAIN = re.compile(r"(?<!this )(?<!the )\b(pain|pains|painful|hurts?|hurting|aches?|aching|sore|"
                   r"tender)\b")


# "yes, there's been a couple of other things going on": a vague yes to the planned facts,
# which carry it, not talk
_VAGUE = re.compile(r"\b((some|a few|a fair few|a couple of|one or two|two or three|a handful of|"
                    r"several) (more |other )?((things|bits|ways)( and pieces)?( (going on|"
                    r"happening|cropping up|cropped up|as well|besides|to tell you|else))?)|"
                    r"(playing|played) up|a bit of (bother|a nuisance)|one thing after another|"
                    r"gone to pot|not been (entirely |completely |all )?quiet|"
                    r"more than i'?d like|a thing or two|a (whole )?(string|load|list) of things|"
                    r"quite a few things|(not|hasn'?t) (exactly )?been on its best behaviour|"
                    # "I'm on some.", "I've got some problems.", "I've noticed something."
                    r"(i'?m|i am|he'?s|she'?s|he is|she is) on "
                    r"(some|a few|one or two|a couple)(?! of)|"
                    r"(i'?ve|i have) got (some|a few) (problems|things)|"
                    r"(i'?ve|i have) noticed (something|a few things|some things))\b")
# what follows a vague yes to name one thing ("a few things, and one of them is ...") is a
# claim of its own
_NOTHING_WORRIES = re.compile(NOTHING_WORRIES)
_NAMING_ONE = re.compile(r"\b(one of them|such as|for example|for instance|namely|like)\b")


# a fear of losing something the speaker does: "I'll have to stop refereeing the junior
# football", "I'll not be fit to walk my daughter down the aisle": the pastime is a claim
_LOSS_FEARED = re.compile(r"\b(?:i'?ll|i will|i might|i may|i'?d|i would|i could) "
                          r"(?:have to |need to )?(?:stop|give up|stand down|quit|pack in|"
                          r"not be (?:fit|able) to|never be able to|not manage to) "
                          r"(?P<what>[^,.;!?]+)")
_TIME_ASKED = re.compile(r"\bhow long\b|\bwhen\b|\bsince\b|\bhow many (days|weeks|months|years)\b")


def _clinical_words(text: str) -> bool:
    """Does any clinical content remain in this text (after its social phrases are gone)?"""
    stems = [s for s in content_stems(normalise(text)) if is_claim_topic(s) and s not in PLAIN]
    # "the left one's going the same way": a side says which part, a claim of its own
    return bool(stems or COMMON_DRUGS.search(text) or not figures(text).empty or _PAIN.search(text)
                or ALLERGY.search(text) or SYMPTOM_WORDS.search(text)
                or sides_of(text) & {"left", "right"})


def _says_the_plan(idx: CaseIndex, context: Context, text: str) -> bool:
    """Two or more of the planned facts' own words, beside whatever else is said."""
    planned = frozenset().union(*(idx.facts[i].stems for i in context.planned
                                  if i in idx.facts))
    return len({s for s in content_stems(normalise(text)) if s not in PLAIN
                and covers(planned, s)}) >= 2


def forget_read_texts() -> None:
    """Forget the text readings the rules memoise (numbers as digits, idioms, lay terms,
    stems), so that a benchmark times each sentence as a live guard first meets it."""
    for read in (digits, idioms, normalise, stem):
        read.cache_clear()


# a yes with a word or two of colour and nothing else: "Yes, a splitting one."
_SHORT_YES = re.compile(r"^(?:yes|yeah|yep|aye)[,!.]?(?: [a-z'-]+){0,3}[.!]*$")


class CaseGuard:
    """Checks one sentence against one case; implements `SentenceGuard`."""

    SIM_CARRY = 0.62  # a sentence this close to a carried fact is carried by it
    SIM_CLAIM_ON_DENIAL = 0.33  # a claim this near a planned denial speaks of its subject
    SIM_NEVER = 0.62  # this close to a `never` fact's words is a leak
    SIM_LEAK = 0.62  # this close to an answer-key term or gloss is a leak
    SIM_LEAK_GUESS = 0.45  # ... or this close, inside a guess frame ("could it be ...")
    LEAK_MARGIN = 0.02  # a disclosable fact this close to the key term or closer wins
    SIM_KEY_ALLOWED = 0.8  # a key text this close to a disclosable fact is not a secret
    SIM_DENIED_CARRIED = 0.42  # this close to what a carried fact denies contradicts it
    SIM_DENIED = 0.68  # ... or to what any other fact denies
    SIM_BREAK = 0.72  # this close to a clinician's or assistant's sentence is a break
    SIM_LOOSE_DENIAL = 0.45  # a denial with new words needs a carried fact this close
    SIM_FAMILY_KEY = 0.55  # a family illness this close to an answer-key text hints at it
    SIM_OWN_PARAPHRASE = 0.8  # a sentence this close to the patient's own fact says that fact

    def __init__(self, embedder=None) -> None:
        self._embedder = embedder
        self._cases: dict[str, CaseIndex] = {}
        self._lock = threading.Lock()
        # sentence vectors a batch caller embedded ahead (`warm`); the live path never fills
        # it, so the guard's own timings are never flattered by repeats
        self._warmed: dict[str, np.ndarray] = {}

    # ------------------------------------------------------------------ indexing
    @property
    def embedder(self):
        if self._embedder is None:
            from retrieval.embedder import default_embedder

            self._embedder = default_embedder()
        return self._embedder

    def _prototypes(self) -> np.ndarray:
        with self._lock:
            cached = getattr(self, "_prototype_vectors", None)
        if cached is None:
            cached = self._embed(list(PROTOTYPES))
            with self._lock:
                self._prototype_vectors = cached
        return cached

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.embedder.embed(texts), dtype=np.float32)

    def _vector(self, sentence: str) -> np.ndarray:
        key = for_embedding(compact(idioms(sentence)))
        with self._lock:
            cached = self._warmed.get(key)
        return cached if cached is not None else self._embed([key])[0]

    def warm(self, case: Case, sentences: list[str]) -> None:
        """Embed many sentences in one batch before checking them one by one (batch judges:
        a batch costs a fraction of single calls on two cores)."""
        self.index(case)
        keys = [k for k in dict.fromkeys(for_embedding(compact(idioms(s))) for s in sentences)
                if k not in self._warmed]
        if not keys:
            return
        vectors = self._embed(keys)
        with self._lock:
            if len(self._warmed) > 20_000:
                self._warmed.clear()
            self._warmed.update(zip(keys, vectors, strict=True))

    def similarities(self, case: Case, sentence: str) -> dict[str, float]:
        """Cosine between a sentence and each fact's words, by fact id."""
        idx = self.index(case)
        sims = idx.vectors @ self._vector(sentence)
        return {fid: float(sims[k]) for k, fid in enumerate(idx.order)}

    def index(self, case: Case) -> CaseIndex:
        with self._lock:
            cached = self._cases.get(case.id)
            if cached is not None and cached.case is case:
                return cached
        built = build_index(case, self._embed, self._prototypes,
                            family_key_bar=self.SIM_FAMILY_KEY,
                            key_allowed_bar=self.SIM_KEY_ALLOWED)
        with self._lock:
            self._cases[case.id] = built
        return built

    # ------------------------------------------------------------------ checking
    def check(self, context: Context, sentence: str) -> Finding:
        idx = self.index(context.case)
        text = compact(sentence)
        low = text.lower().replace("’", "'").strip()
        low = re.sub(r"\b(years?|months?|weeks?|days?|way|while) back\b", r"\1 ago", low)
        low = idioms(low)
        # a stage direction beside the words is not said: "*wipes her eyes* It's been a week"
        staged = re.sub(r"\*[^*]{1,80}\*", " ", low).strip()
        if staged and staged != low:
            low = staged

        def finding(verdict: Verdict, reason: str, facts: list[str] | None = None) -> Finding:
            return Finding(sentence=sentence, verdict=verdict, facts=facts or [], reason=reason)

        # (a) out of role: the rules first, then the sentence's vector. Embedding is most of
        # a check's time, and a sentence the rules already break never needs one.
        broke = self._out_of_role(idx, context, low, sentence)
        if broke:
            return finding(Verdict.break_, broke)
        vector = self._vector(sentence)
        broke = self._reads_like_break(idx, vector)
        if broke:
            return finding(Verdict.break_, broke)
        injected = roles.instructed(context.question)

        carried_ids = [i for i in dict.fromkeys([*context.planned, *context.disclosed])
                       if i in idx.facts]
        carried = [idx.facts[i] for i in carried_ids]
        carried_stems = frozenset().union(*(c.stems for c in carried)) if carried else frozenset()
        norm = normalise(low)
        stems = content_stems(norm)
        fig = figures(text)
        drugs_named = [d for d in COMMON_DRUGS.findall(low) if not GENERIC_DRUG.match(d)]
        clinical_stems = [s for s in stems if is_claim_topic(s) and s not in PLAIN]
        clinical = bool(clinical_stems or drugs_named or not fig.empty or ALLERGY.search(low)
                        or _PAIN.search(low)
                        or SYMPTOM_WORDS.search(low) or COLOURS.search(low)
                        or sides_of(low) & {"left", "right"})

        # (b) leaks: a `never` fact's words, a diagnosis no disclosable fact names
        leak = (leak_by_words(idx, low, carried_stems)
                or leak_by_meaning(idx, low, vector, context.question,
                                   guess_bar=self.SIM_LEAK_GUESS, leak_bar=self.SIM_LEAK,
                                   margin=self.LEAK_MARGIN, vector_of=self._vector)
                or relative_applied(idx, low, vector, paraphrase_bar=self.SIM_OWN_PARAPHRASE))
        if leak:
            return finding(Verdict.leak, leak[0], leak[1])

        # care had (tests, jabs, a run of illnesses) is a claim, whatever hedge follows it
        care = (care_unheld(context.case, low, carried) or home_unheld(idx, low, carried)
                or medicines_vague(idx, low, carried)
                or illnesses_vague(idx, context, low)
                or family_vague(idx, low)
                or medicines_denied(idx, low)
                or doctor_vague(idx, context, low))
        if care:
            return finding(*care)

        # (c) plain social talk
        kind = social.kind(low)
        rest = social.remainder(low)
        # a request to hear it again, and why it was missed, claims nothing of the case
        if kind == "repeat":
            rest = social.DISTRACTED.sub(" ", rest)
        # "not sure" and garble are filler only when nothing else is said beside them
        unsure_only = kind not in ("not sure", "filler", "garble") or not (
            set(content_stems(normalise(rest))) - PLAIN)
        # ("doing it for a long time" answers "how long has it been going on?")
        if kind == "filler" and _TIME_ASKED.search(context.question.lower()):
            kind = None
        # ... and "not worried about anything" is a claim where the turn plans the fears
        fears = kind == "feeling" and _NOTHING_WORRIES.search(low) and any(
            idx.facts[i].fact.category is Category.ice_concerns
            for i in context.planned if i in idx.facts)
        # ... and "completely well" says the complaint is gone, however it is dressed
        well = complaint_rules.says_completely_well(low)
        # ... and a fear of losing a pastime names the pastime, which a fact must carry
        feared = _LOSS_FEARED.search(low) if kind == "feeling" else None
        if feared:
            named = [t for t in content_stems(normalise(feared.group("what")))
                     if t not in PLAIN and not covers(PLAIN, t)]
            new = [t for t in named if not covers(carried_stems, t)]
            if new and len(new) * 2 > len(named):
                return finding(Verdict.unsupported,
                               "a pastime feared for that no carried fact holds: "
                               + ", ".join(new))
        # ... and a feeling is social only where it fits the persona's mood
        if kind == "feeling":
            moody = mood_against_case(idx, low)
            if moody:
                return finding(Verdict.contradiction, *moody)
        # a bare no to "do you know what the diagnosis is?" says only that nobody has said
        if roles.told_asked(context.question) and re.fullmatch(r"(?:no[,.!]?\s*)+", low):
            return finding(Verdict.social, "not told")
        # ... and a yes to a clinical question is an answer, however it is dressed: "yes, a
        # pounding one; honestly, that's the hard part"
        answered = kind == "feeling" and bool(answer_rules.YES.match(low)) and bool(
            answer_rules.asked_topics(context.question))
        # ... and so is a planned fact's own words beside the feeling: "honestly? it's the
        # rounds catching up with me, good old wear and tear"
        answered = answered or (kind == "feeling" and _says_the_plan(idx, context, rest))
        if kind and unsure_only and not fears and not well and not answered and not (
                answer_rules.yes_despite_hedge(low)) and (
                not clinical or not _clinical_words(rest)):
            return finding(Verdict.social, kind)

        # a choice left open beside a claim claims nothing itself, and its two sides would
        # read as both ("it came on suddenly, and I'm not sure if it's sudden or gradual")
        if kind == "not sure" and social.CHOICE_LEFT_OPEN.search(low):
            low = social.CHOICE_LEFT_OPEN.sub(" ", low).strip() or low
            stems = content_stems(normalise(low))
            clinical_stems = [s for s in stems if is_claim_topic(s) and s not in PLAIN]
        # garble beside a claim claims nothing itself: the claim is read without it ("Yes, I
        # smoke, but I'm not allowed to talk to you about that")
        if kind in ("filler", "garble") and not unsure_only and rest.strip(" ,.;!?"):
            low = re.sub(r"\s+", " ", rest).strip(" ,;")
            stems = content_stems(normalise(low))
            clinical_stems = [s for s in stems if is_claim_topic(s) and s not in PLAIN]
        if social.EMPTY_FEELING.search(low):
            bare = re.sub(r"\s+", " ", social.EMPTY_FEELING.sub(" ", low)).strip(" ,;")
            if bare.strip(" ,.;!?"):
                low = bare
                stems = content_stems(normalise(low))
                clinical_stems = [s for s in stems if is_claim_topic(s) and s not in PLAIN]
        sims = idx.vectors @ vector
        sim_of = {fid: float(sims[k]) for k, fid in enumerate(idx.order)}

        # the persona's own age, said alone, is no score or span of a planned fact: "I'm 27
        # now" where the plan is her pain out of ten
        if says_own_age(context, low):
            return finding(Verdict.supported, "the persona's own age")
        if says_own_name(context, low):
            return finding(Verdict.supported, "the speaker's own name, as the case gives it")

        # a bare yes is held to the case by what the question asked, before the layers
        # that read the yes's own few words against whatever was heard
        said_yes = answer_rules.yes_held_to_case(idx, context, low)
        if said_yes:
            return finding(*said_yes)

        # (d) contradictions
        contra = contradiction(idx, context, low, stems, fig, carried, carried_stems, sim_of,
                               drugs_named, vector, claim_on_denial=self.SIM_CLAIM_ON_DENIAL,
                               denied_carried=self.SIM_DENIED_CARRIED,
                               denied_elsewhere=self.SIM_DENIED)
        if contra:
            return finding(Verdict.contradiction, contra[0], contra[1])
        misnamed = name_against_case(idx, text)
        if misnamed:
            return finding(Verdict.contradiction, *misnamed)
        other = someone_else(idx, low, carried)
        if other:
            return finding(*other)
        of_self = height_unheld(low, carried) or marriage_unheld(low, carried)
        if of_self:
            return finding(Verdict.unsupported, *of_self)
        trip = travel_said(idx, low, carried)
        if trip:
            return finding(*trip)
        if injected and clinical and not carried:
            return finding(Verdict.break_, "gives case content to an injected instruction")
        # an injected question answered off the case: nothing in it is the case's
        if injected and not kind and max(sim_of.values(), default=0.0) < 0.25 and not (
                set(stems) & carried_stems):
            return finding(Verdict.break_, "answers an injected instruction, off the case")

        # a vague yes to what the plan holds, with nothing else said: "it's been playing up in
        # one or two ways"
        planned_here = [i for i in context.planned if i in idx.facts]
        rest_of_vague = _VAGUE.sub(" ", low)
        if planned_here and _VAGUE.search(low) and not _clinical_words(rest_of_vague) and (
                not _NAMING_ONE.search(rest_of_vague)):
            return finding(Verdict.supported, "a vague yes to the planned facts",
                           planned_here[:1])

        # (e) unsupported; with nothing planned, and nothing heard that speaks of it, a plain
        # denial a stated default carries is the default's own answer
        unheard = not carried or not (context.planned or any(
            covers(carried_stems, s) for s in clinical_stems))
        if unheard and not drugs_named and fig.empty and default_denies(idx, low,
                                                                        clinical_stems):
            return finding(Verdict.supported, "a denial a stated default carries")
        if not drugs_named and history_rules.denial_carried(idx, low):
            return finding(Verdict.supported,
                           "a condition denied where the history holds nothing more")
        uncarried = unsupported(idx, low, stems, clinical_stems, fig, carried, carried_stems,
                                sim_of, drugs_named, context, carry_bar=self.SIM_CARRY,
                                loose_denial_bar=self.SIM_LOOSE_DENIAL)
        if uncarried:
            return finding(Verdict.unsupported, uncarried[0], uncarried[1])

        # (f) carried, or nothing clinical
        if clinical or carried:
            best = max(carried, key=lambda c: sim_of[c.fact.id]) if carried else None
            denial = negation.polarity(low) == "absent"
            # ("Yes, a splitting one." to "any headache?" where the plan holds one)
            yes_to_plan = bool(planned_here) and not injected and bool(
                _SHORT_YES.match(low)) and all(
                idx.facts[i].fact.polarity is Polarity.present for i in planned_here)
            if clinical or denial or yes_to_plan or _VAGUE.search(low) or (
                    best and sim_of[best.fact.id] >= 0.3):
                return finding(Verdict.supported, "carried by the planned or disclosed facts",
                               [best.fact.id] if best else [])
        if injected and not kind and max(sim_of.values(), default=0.0) < 0.25:
            return finding(Verdict.break_, "answers an injected instruction, off the case")
        return finding(Verdict.social, kind or "no clinical claim")

    # ------------------------------------------------------------------ layers
    def _out_of_role(self, idx: CaseIndex, context: Context, low: str,
                     sentence: str) -> str | None:
        """Out of role by the words, strongest signal first; the reason names the signal.
        `_reads_like_break` is the last, by meaning."""
        if roles.as_ai(low) or roles.assistant_talk(low):
            return "speaks as an AI or assistant, or about the exercise"
        # the case file's own labels ("ros-balanitis, sh-drugs") are no patient's words
        if "-" in low and any(fid in low and re.search(rf"(?<![\w-]){re.escape(fid)}(?![\w-])",
                                                        low)
                              for fid in idx.facts if "-" in fid):
            return "names the case file's fact ids"
        if roles.obeys(context.question, sentence):
            return "obeys an instruction injected in the question"
        if roles.foreign(sentence):
            return "answers in another language"
        if recital.recites_instructions(sentence):
            return "says back its own instructions"
        if recital.defines_condition(sentence):
            return "defines a condition as a textbook does"
        form = roles.written_form(sentence)
        if form:
            return form
        if context.case.informant.role.value == "parent" and roles.baby_talk(low):
            return "speaks as the child, not as the parent"
        if context.case.informant.role.value == "parent" and roles.addresses_parent(low):
            return "speaks to the parent as the clinician does"
        if context.case.informant.role.value != "patient" and roles.speaks_as_patient(
                context.question, sentence, idx.patient_names):
            return "speaks as the patient, as the question ordered, not as the informant"
        if roles.third_person(low, idx.own_names):
            return "speaks of the patient in the third person, like a note"
        if roles.clinician_talk(low):
            return "talks like a clinician"
        register = roles.register_talk(low)
        if register:
            return register
        if roles.role_reversal(low) or roles.runs_consultation(low):
            return "treats the student as the patient"
        if roles.speaks_as_staff(low, context.case.persona.occupation):
            return "speaks as the student or the clinician, not as the patient"
        return None

    def _reads_like_break(self, idx: CaseIndex, vector: np.ndarray) -> str | None:
        """Out of role by meaning: close to a clinician's or an assistant's sentence."""
        if idx.prototypes.size:
            sims = idx.prototypes @ vector
            k = int(sims.argmax())
            if float(sims[k]) >= self.SIM_BREAK:
                return f"reads like a clinician's or an assistant's sentence ({PROTOTYPES[k]!r})"
        return None

    def _never_by_vector(self, idx: CaseIndex, vector: np.ndarray) -> Fact | None:
        for fact, _, vec in idx.never:
            if float(vec @ vector) >= self.SIM_NEVER:
                return fact
        return None
