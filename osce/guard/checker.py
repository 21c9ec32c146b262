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
from dataclasses import dataclass, field

import numpy as np

from osce.engine.scripted.lexicon import content_stems, covers, is_topic, normalise, stem
from osce.guard import details, leaks, negation, people, roles, social
from osce.guard.models import Context, Finding, Verdict
from osce.guard.numbers import (
    Figures,
    ago_durations,
    any_close,
    counted_nouns,
    figures,
    iso_days,
    last_moments,
    times_of_day,
)
from osce.guard.prototypes import PROTOTYPES
from osce.guard.repeats import compact, for_embedding
from osce.guard.terms import (
    ALLERGY,
    BODY_PARTS,
    COLOURS,
    COMMON_DRUGS,
    KIN,
    NEVER_SYNONYMS,
    OPPOSITES,
    ORGANS,
    RELATIVES,
    SIDES,
    colours_in,
    drug_in_class,
    idioms,
    lay_patterns_for,
)
from osce.models.case import Case, Category, Disclosure, Fact, Polarity

PAIRED_PARTS = (r"legs?|arms?|hands?|feet|foot|knees?|hips?|calf|calves|ankles?|wrists?|elbows?|"
                r"thighs?|shoulders?|eyes?|ears?|lungs?|kidneys?|breasts?|testicles?|ovar(y|ies)|"
                r"buttocks?|groin|shins?|fingers?|thumbs?|toes?|heels?|armpits?")
BODY = frozenset(content_stems(normalise(BODY_PARTS)))
PAIN_STEMS = frozenset(content_stems(normalise("pain pains painful ache aches aching sore hurt "
                                               "hurts")))
PAIN_WORD = re.compile(r"^(ach\w*|sore\w*)$")
TIME_POINT = re.compile(r"\b(january|february|march|april|june|july|august|september|october|"
                        r"november|december|spring|summer|autumn|winter|christmas|easter|"
                        r"new year|bank holiday|half.term|weekends?|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday)\b")
TABLETS = re.compile(r"\b(tablets?|pills?|medicines?|medications?|meds)\b")
HOW_LONG = re.compile(r"\bhow long\b|\bsince when\b|\bhow many (days|weeks|months|years)\b")
AGO_WORDS = re.compile(r"\b(ago|back|yesterday|last night)\b")
ROOMS = re.compile(r"\b(kitchen|bedroom|bathroom|living room|lounge|front room|garden|"
                   r"landing|hallway|conservatory|garage)\b")
WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
SELF_CLAIM = re.compile(r"\b(i've got|i have got|i have|i've|i('ve)? got|mine|same as|the same|"
                        r"like (my )?(mum|dad|mother|father)('s)?|i'm|my own)\b")
GENERIC_DRUG = re.compile(r"^(tablets?|pills?|medicines?|medications?|drops|creams?|gel|ointment|"
                          r"injections?|jabs?|patches?|supplements?|vitamins?|inhalers?)$")
# Stems that say nothing clinical however often they are missing from a fact.
PLAIN = frozenset(content_stems(normalise(
    "like said told know think thought sort kind bit little lot much more less get got go gone "
    "going come came coming say said feel felt way thing things time times day days week weeks "
    "month months year years ago since last first still even though mind yeah yes really "
    "actually pretty properly honest honestly sure maybe perhaps probably about around "
    "one two three four five six seven eight nine ten twenty thirty hundred half couple "
    "today tonight morning night evening afternoon yesterday week weekend work home "
    "bad worse better good fine okay alright same other another else again never ever always "
    "usually often sometimes mostly mainly just only easily hardly barely quite rather "
    "put take took taking make made keep kept went seen see saw look looked looking want "
    "wanted need needed try tried trying remember start started starting stop stopped "
    "every getting been keeping none anyone anybody anything nothing nobody someone "
    "something everyone everything tell telling told happen happening happened "
    "do does did done doing nope nah "
    # the words of a figure: "quarter of an hour, tops"
    "quarter tops max roughly odd once", )))
MEDICATION_DENIED = re.compile(r"\b(on|take|taking|taken|had|been given|prescribed) (any |some )?"
                               r"(tablets|medication|medicines?|pills|antidepressants|"
                               r"anything for)\b")
ADDITIVE = re.compile(r"\b(as well|too|also|and another|on top of that)\b|^(and|also|plus)\b")
CONTRAST = re.compile(r"\b(though|mind|however|but)\W*$")
SYMPTOM_WORDS = re.compile(
    r"\b(smell\w*|colou?r\w*|burn\w*|sore\w*|ach\w*|cramp\w*|itch\w*|swell\w*|swollen|niggle|"
    r"stiff\w*|numb\w*|sweat\w*|drench\w*|shak\w*|unsteady|wobbly|dizzy|blur\w*|"
    r"greenish|yellowish|reddish|bloody|lump\w*|bump\w*|ring|crust\w*|bleed\w*|"
    r"worst|throb\w*|stabb\w*|sharp|dull|tight\w*|heavy|pressure|tender\w*|"
    r"weak\w*|tingl\w*|cough\w*|wheez\w*|breathless\w*|sick|vomit\w*|nause\w*|"
    r"diarrh\w*|constipat\w*|thirst\w*|hungry|tired|fatigue|sleep\w*|nightmares?|"
    r"infection|chlamydia|physio\w*|operation|surgery|gp|hospital|scan|x-ray|"
    r"droop\w*|hoarse\w*|gritty|weep\w*|cracked|bruis\w*|twitch\w*|floppy|cloudy|loose)\b")


@dataclass
class _FactInfo:
    fact: Fact
    text: str  # words, attribute, value, drug, normalised
    stems: frozenset[str]
    figures: Figures
    durations: list[float]
    sides: set[str]
    colours: set[str]
    days: set[str]
    polarity_words: str  # "present", "absent" or "mixed" as the words read
    drug_names: list[str] = field(default_factory=list)
    value_figures: Figures = field(default_factory=Figures)  # the fact's value, read as figures
    negated: frozenset[str] = frozenset()  # what its words deny and nowhere affirm
    affirmed: frozenset[str] = frozenset()  # what its words affirm
    halves: list[tuple[float, str]] = field(default_factory=list)  # hours with am or pm
    ago: list[float] = field(default_factory=list)  # how long ago its words say, in days
    counted: list[tuple[str, list[float]]] = field(default_factory=list)  # "one pillow"


@dataclass
class _CaseIndex:
    case: Case
    facts: dict[str, _FactInfo]
    vectors: np.ndarray  # one row per fact, in case order
    order: list[str]
    allowed_text: str  # what a disclosable fact or a default says, lower case
    own_text: str  # the same, less the family's illnesses
    default_denials: dict[str, frozenset[str]]  # category: topic stems a default denies
    never: list[tuple[Fact, frozenset[str], np.ndarray]]
    leak_terms: list[tuple[str, tuple[re.Pattern[str], ...]]]
    present_stems: frozenset[str]
    key_texts: list[tuple[str, str]] = field(default_factory=list)  # (term, text embedded)
    key_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    allowed_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    prototypes: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    own_names: tuple[str, ...] = ()  # how a note would name the speaker
    denied: list[tuple[str, str]] = field(default_factory=list)  # (fact id, what it denies)
    denied_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    kept_ids: list[str] = field(default_factory=list)  # fact id of each affirmed clause
    kept_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    # family facts whose illness is in the answer key and not the patient's own to name:
    # (fact id, key term, the relatives it names)
    family_key: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    own_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    affirming_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1)))
    others: frozenset[str] = frozenset()  # stems of the other people the case names (Alfie)
    patient_names: tuple[str, ...] = ()  # the patient's own names, lower case (dennis)
    people: frozenset[str] = frozenset()  # everyone else the case names, lower case (alfie)


def _stems(text: str) -> frozenset[str]:
    return frozenset(content_stems(normalise(text)))


def _sides(text: str) -> set[str]:
    t = text.lower()
    return {name for name, pattern in SIDES.items() if pattern.search(t)}


def _fact_text(fact: Fact) -> str:
    parts = [fact.words, fact.attribute]
    if fact.value is not None:
        parts.append(str(fact.value) + (" " + fact.unit if fact.unit else ""))
    if fact.drug:
        parts.extend([fact.drug.name, fact.drug.dose, fact.drug.frequency])
    return ". ".join(parts)


def _drug_names(fact: Fact) -> list[str]:
    if not fact.drug:
        return []
    name = fact.drug.name.lower()
    names = [w for w in re.findall(r"[a-z][a-z-]{3,}", name)
             if w not in ("oral", "suspension", "tablet", "tablets", "inhaler", "sulfate",
                          "sulphate", "micrograms", "then", "break")]
    return names[:3] if names else [name]


# Words a denial is built with rather than what it denies ("he's not himself").
_GRAMMAR = frozenset(content_stems(normalise(
    "himself herself myself itself themselves yourself ourselves after before again once "
    "about any anymore much many very well since until while when where which there then")))
# "I nearly passed out" says she did not: what follows is denied as surely as after "not".
NEARLY = re.compile(r"\b(?:nearly|almost|just about)\s+(passed out|pass(ing)? out|faint\w*|"
                    r"blacked out|black(ing)? out|fell|fall(ing)?|collaps\w*|choked|been sick|"
                    r"threw up|vomited|died)")


def _names_in(case: Case) -> frozenset[str]:
    """The case's names: words it only ever writes with a capital (Ellie, Claire, Tom)."""
    text = " ".join(f.words for f in case.facts)
    capital = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
    lower = set(re.findall(r"\b[a-z]+\b", text))
    return _stems(" ".join(w for w in capital if w.lower() not in lower))


def _affirmed_stems(words: str, names: frozenset[str]) -> frozenset[str]:
    """What a fact's words affirm, less names ("I couldn't do that to Ellie" denies no
    Ellie)."""
    return frozenset(s for c in negation.affirmative_clauses(words) for s in _stems(c)
                     if s not in PLAIN and s not in names)


def _negated_stems(words: str) -> frozenset[str]:
    """The subjects a fact's words deny and nowhere affirm: "I've felt sick, but I haven't
    actually been sick" denies vomiting, not nausea; "the trait, not the disease itself"
    denies the disease; "nearly passed out" denies fainting."""
    low = _not_denials(words.lower().replace("’", "'"))
    nearly = {s for m in NEARLY.finditer(low) for s in _stems(m.group(1))}  # "nearly fell"
    plain = NEARLY.sub(" ", low)
    # what follows the negation, not its subject: "the spots don't fade" denies fading
    denied = {s for c in negation.clauses(plain) for s in _stems(negation.denied_part(c))}
    affirmed = {s for c in negation.affirmative_clauses(plain) for s in _stems(c)}
    return frozenset(s for s in (denied | nearly) - affirmed
                     if s not in PLAIN and s not in _GRAMMAR and len(s) >= 3)


# Negations that deny nothing of what follows: "from nothing to the worst pain" (how fast it
# came), "nothing since some pasta" (the last thing eaten), "not even aspirin" handled apart
_NOT_DENIAL = re.compile(r"\bfrom nothing( to)?\b|\b(nothing|not|none|not a thing|no) "
                         r"(since|after|but|except|apart from|other than|besides)\b")


def _not_denials(text: str) -> str:
    return _NOT_DENIAL.sub(" ", text)


# Ways to say a spot blanched: "went white", "faded", "disappeared" all say it went pale
MISSED = re.compile(r"\b(missed|skipped)\b")
_BLANCHED = re.compile(r"\b(went|go|goes|going|gone|turned|turn) (white|paler|lighter)\b|"
                       r"\b(faded|fades|fade|blanched|blanches|blanch|disappeared)\b")


def _paled(text: str) -> str:
    return _BLANCHED.sub("went pale", text)


def _never_text(text: str) -> str:
    t = text.lower()
    for k, v in NEVER_SYNONYMS.items():
        t = re.sub(rf"\b{re.escape(k)}s?\b", v, t)  # "nursing homes" too
    return t


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
        self._cases: dict[str, _CaseIndex] = {}
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

    def index(self, case: Case) -> _CaseIndex:
        with self._lock:
            cached = self._cases.get(case.id)
            if cached is not None and cached.case is case:
                return cached
        facts: dict[str, _FactInfo] = {}
        names = _names_in(case)
        for fact in case.facts:
            text = _fact_text(fact)
            fig = figures(text)
            durations = list(fig.durations) + list(fig.course)
            if fact.duration:
                d = iso_days(str(fact.duration))
                if d:
                    durations.append(d)
            facts[fact.id] = _FactInfo(
                fact=fact, text=normalise(text), stems=_stems(text), figures=fig,
                durations=durations, sides=_sides(fact.words + " " + str(fact.value or "")),
                colours=colours_in(fact.words.lower()),
                days=set(WEEKDAYS.findall(fact.words.lower())),
                polarity_words=negation.polarity(fact.words), drug_names=_drug_names(fact),
                value_figures=_value_figures(fact), negated=_negated_stems(fact.words),
                affirmed=_affirmed_stems(fact.words, names), halves=times_of_day(fact.words),
                # "a tummy bug last week" gives a moment as much as "ten days ago" does
                ago=[d for span in ago_durations(fact.words) + last_moments(fact.words)
                     for d in span],
                counted=counted_nouns(fact.words))
        order = [f.id for f in case.facts]
        vectors = self._embed([f.words for f in case.facts])
        disclosable = [f for f in case.facts if f.disclosure is not Disclosure.never]
        # what the patient may say of themselves: a fact that denies a condition ("no heart
        # attacks, no stents") does not let them name it as theirs
        def says(facts: list[Fact]) -> list[str]:
            return [". ".join(negation.affirmative_clauses(f.words)) + " "
                    + (str(f.value or "") if f.polarity is Polarity.present else "")
                    for f in facts]

        allowed = " ".join(says(disclosable) + list(case.defaults.values())
                           ).lower().replace("’", "'")
        own_text = " ".join(says([f for f in disclosable if f.category is not Category.family])
                            + list(case.defaults.values())).lower().replace("’", "'")
        denials: dict[str, frozenset[str]] = {}
        for category, text in case.defaults.items():
            stems: set[str] = set()
            for clause in negation.clauses(text):
                if negation.denies(clause) or negation.reassures(clause):
                    stems |= {s for s in _stems(clause) if is_topic(s)}
            denials[category.value] = frozenset(stems)
        never = [f for f in case.facts if f.disclosure is Disclosure.never]
        never_vectors = self._embed([f.words for f in never]) if never else np.zeros((0, 1))
        never_items = [(f, _stems(_never_text(f.words)) - PLAIN, never_vectors[i])
                       for i, f in enumerate(never)]
        leak_terms = [(term, lay_patterns_for(term)) for term in case.answer_key()]
        present = frozenset().union(*(i.stems for i in facts.values()
                                      if i.fact.polarity is Polarity.present))
        # the answer key by meaning: each term, its parts and lay glosses, less any text a
        # disclosable fact already says (the patient may voice an idea the case gives them)
        disclosable_vectors = vectors[[k for k, f in enumerate(case.facts)
                                       if f.disclosure is not Disclosure.never]]
        key_texts = leaks.key_texts(case.answer_key())
        key_vectors = self._embed([t for _, t in key_texts]) if key_texts else np.zeros((0, 1))
        family_key = []
        for k, f in enumerate(case.facts):
            if f.category is not Category.family or f.polarity is not Polarity.present or (
                    f.disclosure is Disclosure.never) or not len(key_texts):
                continue
            said = f"{f.words} {f.value or ''}".lower()
            # the words that name it ("melanoma"), or, by meaning, the key term's own patterns
            # ("acute appendix"): the patient's own to say where a non-family fact says them
            named = {m.group(0) for _, pats in leak_terms for p in pats for m in p.finditer(said)}
            terms = [t for t, pats in leak_terms if any(p.search(said) for p in pats)]
            own = any(re.search(rf"\b{re.escape(n)}\b", own_text) for n in named)
            sims = key_vectors @ vectors[k]
            if not terms and float(sims.max()) >= self.SIM_FAMILY_KEY:
                terms = [key_texts[int(sims.argmax())][0]]
                own = any(p.search(own_text) for t, pats in leak_terms if t == terms[0]
                          for p in pats)
            kin = frozenset(people.kin_in(said))
            if terms and not own and kin:
                family_key.append((f.id, terms[0], kin))
        own_facts = [k for k, f in enumerate(case.facts) if f.disclosure is not Disclosure.never
                     and f.category is not Category.family]
        own_vectors = vectors[own_facts] if own_facts else np.zeros((0, vectors.shape[1]))
        affirming = [k for k, f in enumerate(case.facts) if f.disclosure is not Disclosure.never
                     and f.polarity is Polarity.present]
        affirming_vectors = vectors[affirming] if affirming else np.zeros((0, vectors.shape[1]))
        keep = [k for k, (_, t) in enumerate(key_texts)
                if not re.search(rf"\b{re.escape(t.lower())}\b", allowed)
                and float((disclosable_vectors @ key_vectors[k]).max()) < self.SIM_KEY_ALLOWED]
        key_texts = [key_texts[k] for k in keep]
        key_vectors = key_vectors[keep] if keep else np.zeros((0, vectors.shape[1]))
        names = [case.persona.name, case.informant.name] if (
            case.informant.role.value == "patient") else [case.informant.name]
        own = tuple(dict.fromkeys(p.lower() for n in names if n for p in
                                  [n, n.split()[0], n.split()[-1],
                                   *(f"{t} {n.split()[-1]}" for t in ("mr", "mrs", "ms", "miss"))]))
        # what each fact denies, said as a claim ("I haven't been sick" -> "I have been
        # sick"): a sentence that says it is held against the fact whatever its words
        denied = [(f.id, text) for f in case.facts
                  for text in negation.denied_claims(_not_denials(f.words))]
        kept = [(f.id, c) for f in case.facts for c in negation.affirmative_clauses(f.words)
                if len(c.split()) >= 2]
        both = self._embed([t for _, t in denied] + [t for _, t in kept]) if denied else None
        denied_vectors = both[:len(denied)] if denied else np.zeros((0, vectors.shape[1]))
        kept_vectors = both[len(denied):] if denied else np.zeros((0, vectors.shape[1]))
        built = _CaseIndex(case=case, facts=facts, vectors=vectors, order=order,
                           denied=denied, denied_vectors=denied_vectors,
                           kept_ids=[i for i, _ in kept], kept_vectors=kept_vectors,
                           allowed_text=allowed, own_text=own_text,
                           default_denials=denials, never=never_items, leak_terms=leak_terms,
                           present_stems=present, key_texts=key_texts, key_vectors=key_vectors,
                           allowed_vectors=disclosable_vectors,
                           prototypes=self._prototypes(), own_names=own,
                           family_key=family_key, own_vectors=own_vectors,
                           affirming_vectors=affirming_vectors,
                           others=_names_in(case) - _stems(" ".join(own)),
                           patient_names=tuple(p.lower() for p in
                                               (case.persona.name or "").split()),
                           people=people.case_names([f.words for f in case.facts],
                                                    {p for n in own for p in n.split()}))
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

        vector = self._vector(sentence)

        # (a) out of role
        broke = self._out_of_role(idx, context, low, sentence, vector)
        if broke:
            return finding(Verdict.break_, broke)
        injected = roles.instructed(context.question)

        carried_ids = [i for i in dict.fromkeys([*context.planned, *context.disclosed])
                       if i in idx.facts]
        carried = [idx.facts[i] for i in carried_ids]
        carried_stems = frozenset().union(*(c.stems for c in carried)) if carried else frozenset()
        norm = normalise(low)
        stems = [s for s in content_stems(norm)]
        fig = figures(text)
        drugs_named = [d for d in COMMON_DRUGS.findall(low) if not GENERIC_DRUG.match(d)]
        clinical_stems = [s for s in stems if is_topic(s) and s not in PLAIN]
        clinical = bool(clinical_stems or drugs_named or not fig.empty or ALLERGY.search(low)
                        or SYMPTOM_WORDS.search(low) or COLOURS.search(low)
                        or _sides(low) & {"left", "right"})

        # (b) leaks: a `never` fact's words, a diagnosis no disclosable fact names
        leak = (self._leak(idx, low, carried_stems)
                or self._leak_by_meaning(idx, low, vector, context.question)
                or self._relative_applied(idx, low, vector))
        if leak:
            return finding(Verdict.leak, leak[0], leak[1])

        # (c) plain social talk
        kind = social.kind(low)
        rest = social.remainder(low)
        # "not sure" is filler only when nothing else is said beside it
        unsure_only = kind != "not sure" or not (set(content_stems(normalise(rest))) - PLAIN)
        if kind and unsure_only and (not clinical or not _clinical_words(rest)):
            return finding(Verdict.social, kind)

        sims = idx.vectors @ vector
        sim_of = {fid: float(sims[k]) for k, fid in enumerate(idx.order)}

        # (d) contradictions
        contra = self._contradiction(idx, context, low, stems, fig, carried, carried_stems,
                                     sim_of, drugs_named, vector)
        if contra:
            return finding(Verdict.contradiction, contra[0], contra[1])
        other = self._someone_else(idx, context, low, carried)
        if other:
            return finding(*other)
        if injected and clinical and not carried:
            return finding(Verdict.break_, "gives case content to an injected instruction")
        # an injected question answered off the case: nothing in it is the case's
        if injected and not kind and max(sim_of.values(), default=0.0) < 0.25 and not (
                set(stems) & carried_stems):
            return finding(Verdict.break_, "answers an injected instruction, off the case")

        # (e) unsupported
        unsupported = self._unsupported(idx, low, stems, clinical_stems, fig, carried,
                                        carried_stems, sim_of, drugs_named, context)
        if unsupported:
            return finding(Verdict.unsupported, unsupported[0], unsupported[1])

        # (f) carried, or nothing clinical
        if clinical or carried:
            best = max(carried, key=lambda c: sim_of[c.fact.id]) if carried else None
            denial = negation.polarity(low) == "absent"
            if clinical or denial or (best and sim_of[best.fact.id] >= 0.3):
                return finding(Verdict.supported, "carried by the planned or disclosed facts",
                               [best.fact.id] if best else [])
        if injected and not kind and max(sim_of.values(), default=0.0) < 0.25:
            return finding(Verdict.break_, "answers an injected instruction, off the case")
        return finding(Verdict.social, kind or "no clinical claim")

    # ------------------------------------------------------------------ layers
    def _out_of_role(self, idx: _CaseIndex, context: Context, low: str, sentence: str,
                     vector: np.ndarray) -> str | None:
        """Out of role, strongest signal first; the reason names the signal."""
        if roles.as_ai(low) or roles.assistant_talk(low):
            return "speaks as an AI or assistant, or about the exercise"
        if roles.obeys(context.question, sentence):
            return "obeys an instruction injected in the question"
        if roles.foreign(sentence):
            return "answers in another language"
        form = roles.written_form(sentence)
        if form:
            return form
        if context.case.informant.role.value == "parent" and roles.baby_talk(low):
            return "speaks as the child, not as the parent"
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
        if idx.prototypes.size:
            sims = idx.prototypes @ vector
            k = int(sims.argmax())
            if float(sims[k]) >= self.SIM_BREAK:
                return f"reads like a clinician's or an assistant's sentence ({PROTOTYPES[k]!r})"
        return None

    def _leak_by_meaning(self, idx: _CaseIndex, low: str, vector: np.ndarray, question: str = ""
                         ) -> tuple[str, list[str]] | None:
        """A diagnosis in other words: close to an answer-key term or its lay gloss, and
        closer to it than to anything a disclosable fact says."""
        if not len(idx.key_texts):
            return None
        sims = idx.key_vectors @ vector
        k = int(sims.argmax())
        best = float(sims[k])
        guessed = leaks.guessing(low, question)
        if best < (self.SIM_LEAK_GUESS if guessed else self.SIM_LEAK):
            return None
        if not guessed and leaks.PAST.search(low):
            return None  # "he had a stroke years ago": past history, held against the facts
        relative = RELATIVES.search(low)
        if relative and not leaks.self_applied(low, relative):
            return None
        # only what a fact affirms is the patient's to say: "no lumps in my armpits" does not
        # let them float a spread to the glands under the arm
        own = idx.affirming_vectors if len(idx.affirming_vectors) else idx.allowed_vectors
        allowed = float((own @ vector).max()) if len(own) else 0.0
        if allowed >= best - self.LEAK_MARGIN:
            return None
        term, text = idx.key_texts[k]
        how = "floats" if guessed else "says"
        return (f"{how} a diagnosis in other words: {term} (close to {text!r})", [])

    def _leak(self, idx: _CaseIndex, low: str, carried_stems: frozenset[str]
              ) -> tuple[str, list[str]] | None:
        never_low = _never_text(low)
        sent_stems = _stems(never_low) - PLAIN
        for fact, stems, _vec in idx.never:
            shared = {s for s in sent_stems if covers(stems, s)} - carried_stems
            if len(shared) >= 2 or (shared & {"sex", "whisky", "care"}):
                return (f"says what {fact.id} (never disclosed) says", [fact.id])
        relative = RELATIVES.search(low)
        if relative and not leaks.self_applied(low, relative):
            return None  # a relative's own illness: family history, held against the facts later
        for term, patterns in idx.leak_terms:
            for pattern in patterns:
                m = pattern.search(low)
                if not m:
                    continue
                if pattern.search(idx.allowed_text):
                    # named by a disclosable fact: the patient's own to say; a relative's
                    # only when said of the relative
                    if pattern.search(idx.own_text) or (relative and not SELF_CLAIM.search(low)):
                        continue
                    return (f"applies a relative's diagnosis ({term}) to the patient", [])
                return (f"names or hints the answer key: {term}", [])
        return None

    def _relative_applied(self, idx: _CaseIndex, low: str, vector: np.ndarray
                          ) -> tuple[str, list[str]] | None:
        """A relative's illness put on the patient in other words ("like Mum had", "I've got
        the same"), where that illness is in the answer key: the relative's history is the
        patient's to give, the diagnosis it hints at is not."""
        if not idx.family_key or not SAME_AS_RELATIVE.search(low) or (
                RELATIVE_HAS_SAME.search(low)):
            return None
        kin = people.kin_in(low)
        for fid, term, theirs in idx.family_key:
            if not kin & theirs:
                continue
            if len(idx.own_vectors) and float((idx.own_vectors @ vector).max()) >= (
                    self.SIM_OWN_PARAPHRASE):
                return None  # the patient's own idea, as a fact gives it
            return (f"puts {fid}'s illness ({term}) on the patient", [fid])
        return None

    def _never_by_vector(self, idx: _CaseIndex, vector: np.ndarray) -> Fact | None:
        for fact, _, vec in idx.never:
            if float(vec @ vector) >= self.SIM_NEVER:
                return fact
        return None

    def _contradiction(self, idx, context, low, stems, fig, carried, carried_stems, sim_of,
                       drugs_named, vector) -> tuple[str, list[str]] | None:
        case = idx.case
        # drugs the case names: dose and frequency
        for info in idx.facts.values():
            if not info.drug_names or info.fact.polarity is not Polarity.present:
                continue
            if not any(re.search(rf"\b{re.escape(n)}\b", low) for n in info.drug_names) and not (
                    "calpol" in low and "paracetamol" in info.drug_names):
                continue
            dose = figures(info.fact.drug.dose)
            freq = figures(info.fact.drug.frequency)
            # a dose in tablets counts them: "two 500 milligram tablets" is 1 g, as the
            # fact's own words may put it
            if fig.mass and dose.mass and not any_close(_doses(low, fig.mass),
                                                        dose.mass + _doses(info.text), 1.01):
                return (f"dose disagrees with {info.fact.id} ({info.fact.drug.dose})",
                        [info.fact.id])
            if fig.volume and dose.volume and not any_close(fig.volume, dose.volume, 1.01):
                return (f"dose disagrees with {info.fact.id} ({info.fact.drug.dose})",
                        [info.fact.id])
            if fig.per_day and freq.per_day:
                upto = "up to" in info.fact.drug.frequency.lower()
                ok = any(close(a, b) or (upto and a <= b)
                         for a in fig.per_day for b in freq.per_day)
                if not ok:
                    return (f"frequency disagrees with {info.fact.id} ({info.fact.drug.frequency})",
                            [info.fact.id])
        # a dose said without the drug's name answers for the drug planned: "five milligrams"
        # to "what dose of donepezil?" where he takes ten
        if (fig.mass or fig.volume) and not any(
                re.search(rf"\b{re.escape(n)}\b", low) for i in idx.facts.values()
                for n in i.drug_names):
            dosed = [c for c in carried if c.fact.id in context.planned and c.drug_names
                     and c.fact.polarity is Polarity.present]
            held = [(c, _doses(c.text) + figures(c.fact.drug.dose).mass,
                     c.figures.volume + figures(c.fact.drug.dose).volume) for c in dosed]
            masses = [m for _, ms, _ in held for m in ms]
            volumes = [v for _, _, vs in held for v in vs]
            if (fig.mass and masses and not any_close(_doses(low, fig.mass), masses, 1.01)) or (
                    fig.volume and volumes and not any_close(fig.volume, volumes, 1.01)):
                ids = [c.fact.id for c, _, _ in held]
                return ("a dose disagrees with " + ", ".join(ids), ids)
        # ... and so does a frequency, where the turn is about the planned drugs alone: "two
        # and a half milligrams, three times a day" to "how often does he take it?" where he
        # takes it twice
        if fig.per_day and not drugs_named and not any(re.search(rf"\b{re.escape(n)}\b", low)
                                   for i in idx.facts.values() for n in i.drug_names):
            planned_facts = [idx.facts[i] for i in context.planned if i in idx.facts]
            dosed = [c for c in planned_facts
                     if c.drug_names and c.fact.polarity is Polarity.present]
            if dosed and len(dosed) == len(planned_facts):
                rates = [(b, "up to" in c.fact.drug.frequency.lower()) for c in dosed
                         for b in figures(c.fact.drug.frequency).per_day]
                if rates and not any(close(a, b) or (upto and a <= b)
                                     for a in fig.per_day for b, upto in rates):
                    ids = [c.fact.id for c in dosed]
                    return ("a frequency disagrees with " + ", ".join(ids), ids)
        # a dose and a frequency said together, without a name, must both fit one planned
        # drug: "five milligrams, twice a day" where the five is once a day and the twice is
        # another drug's two and a half
        paired = _dose_and_rate_unpaired(idx, context, low, fig, drugs_named)
        if paired:
            return paired
        # figures against the carried facts
        durations = [d for c in carried for d in c.durations]
        if fig.durations and durations and not any_close(fig.durations, durations):
            ids = [c.fact.id for c in carried if c.durations]
            return ("a duration disagrees with " + ", ".join(ids), ids)
        # "how long…?" is answered for the planned fact: a span that fits only a disclosed
        # fact ("two or three days" for the ibuprofen, where the urine tailed off three days
        # ago) does not answer it
        if fig.durations and HOW_LONG.search(context.question.lower()):
            timed = [c for c in carried if c.fact.id in context.planned and c.durations]
            spans = [d for c in timed for d in c.durations]
            if spans and not any_close(fig.durations, spans):
                ids = [c.fact.id for c in timed]
                return ("a duration disagrees with " + ", ".join(ids), ids)
        # each moment said ("three weeks ago") against the carried facts' durations: one
        # right figure elsewhere in the sentence ("went after an hour or two") does not
        # carry a wrong one
        own_low = people.about_the_patient(low, idx.people)
        ago = ago_durations(own_low) if AGO_WORDS.search(own_low) else []
        # a moment is held against the moments a fact gives where it gives any: "three weeks
        # ago" is not carried by "back ten days ago, after three weeks there"
        moments = [d for c in carried for d in _moments(c)]
        if ago and moments and not all(any_close(span, moments) for span in ago):
            ids = [c.fact.id for c in carried if c.durations]
            return ("a time ago disagrees with " + ", ".join(ids), ids)
        # "last year" answers for a planned fact's moment ("only last year" where the blood
        # pressure was found six years ago); an event no planned fact times is left alone
        lasts = last_moments(own_low)
        timed = [c for c in carried if c.fact.id in context.planned and c.durations]
        planned_moments = [d for c in timed for d in _moments(c, strict=True)]
        if lasts and planned_moments and not all(any_close(s, planned_moments) for s in lasts):
            ids = [c.fact.id for c in timed]
            return ("a time ago disagrees with " + ", ".join(ids), ids)
        contra = (_figures_disagree(fig, low, carried) or _half_of_day_disagrees(low, carried)
                  or _count_of_disagrees(low, carried))
        if contra:
            return contra
        carried_words = [c.fact.words for c in carried]
        if details.stones_disagree(low, carried_words):
            return ("a weight disagrees with the carried facts",
                    [c.fact.id for c in carried if details.stones(c.fact.words)])
        if details.counts_disagree(low, carried_words):
            return ("a count at that moment disagrees with the carried facts",
                    [c.fact.id for c in carried if details.counts_at(c.fact.words)])
        # the moment of the day answers for the planned fact ("toast this morning" where the
        # last meal was last night); an onset asked after is the case's onset, planned or not
        timed = [idx.facts[i] for i in context.planned if i in idx.facts]
        if details.moments_of_day(own_low) and STARTED.search(context.question.lower()):
            timed += [i for i in idx.facts.values() if i.fact.category is Category.hpc_onset]
        if details.moment_disagrees(own_low, [c.fact.words for c in timed]):
            ids = list(dict.fromkeys(c.fact.id for c in timed
                                     if details.moments_of_day(c.fact.words)))
            return ("the moment of the day disagrees with " + ", ".join(ids), ids)
        # side, colour, day of the week
        sides = _sides(low)
        sited = (Category.hpc_site, Category.hpc_radiation)
        sided = [c for c in carried if c.fact.category in sited
                 or ((c.fact.category.is_hpc or c.fact.id in context.planned)
                     and c.sides and sides & {"left", "right"})]
        # a paired part has a left and a right but no middle: "sciatica down my left leg" does
        # not gainsay a back pain "across the middle"
        paired = bool(sides & {"left", "right"}) and not re.search(
            r"\b(left|right)\b(?![- ](" + PAIRED_PARTS + r")\b)", low)
        for axis in ({"left", "right", "central"}, {"front", "back"}, {"upper", "lower"},
                     {"inner", "outer"}):
            mine_a = sides & axis
            held = [c for c in sided if c.sides & axis
                    and not (paired and "central" in axis and not c.sides & {"left", "right"})]
            if mine_a and held and not any(mine_a & c.sides for c in held):
                return (f"the side or site disagrees with {held[0].fact.id}", [held[0].fact.id])
        colours = colours_in(low)
        if colours and not ADDITIVE.search(low):
            for c in carried:
                if c.colours and not colours & c.colours and c.fact.category is not Category.drugs:
                    return (f"the colour disagrees with {c.fact.id}", [c.fact.id])
        # the room or place a planned fact gives: "on the kitchen floor" where he was found
        # on the bedroom floor
        rooms = set(ROOMS.findall(low))
        for c in carried:
            theirs = set(ROOMS.findall(c.fact.words.lower()))
            if rooms and theirs and c.fact.id in context.planned and not rooms & theirs:
                return (f"the place disagrees with {c.fact.id}", [c.fact.id])
        days = set(WEEKDAYS.findall(low))
        carried_days = set().union(*(c.days for c in carried)) if carried else set()
        if days and carried_days and not days & carried_days:
            return ("the day disagrees with the carried facts",
                    [c.fact.id for c in carried if c.days])
        # opposite descriptions
        comparing = re.search(r"\b(nothing like|not like|unlike|different from)\b", low)
        for a, b, categories in [] if comparing else OPPOSITES:
            sa, sb = re.search(a, low), re.search(b, low)
            if bool(sa) == bool(sb):
                continue
            mine_p, other_p = (a, b) if sa else (b, a)
            if any(re.search(mine_p, c.fact.words.lower().replace("’", "'")) for c in carried
                   if c.fact.id in context.planned):
                continue  # the planned fact says so too: another fact speaks of something else
            held = carried + [i for i in idx.facts.values() if i.fact.category.value in categories
                              and i not in carried]
            for c in held:
                words = (c.fact.words.lower().replace("’", "'") + " "
                         + str(c.fact.value or "").lower())
                if re.search(other_p, words) and not re.search(mine_p, words):
                    return (f"describes the opposite of {c.fact.id}", [c.fact.id])
        pol = negation.polarity(low)
        # allergies
        allergy_facts = [i for i in idx.facts.values() if i.fact.category is Category.allergies]
        present_allergies = [i for i in allergy_facts if i.fact.polarity is Polarity.present]
        # an allergy claimed, not one denied beside another claim ("codeine turns my stomach,
        # but that's not an allergy")
        claims_allergy = any(ALLERGY.search(c) and not negation.denies(c)
                             for c in negation.clauses(low))
        if ALLERGY.search(low) and pol != "absent" and claims_allergy:
            allergy_text = " ".join(i.text for i in present_allergies)
            named = [d for d in drugs_named if d not in allergy_text]
            allergen_ok = any(covers(i.stems, s) for i in present_allergies for s in stems
                              if s not in ("allergy", "allergi", "allerg"))
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
        against = (self._denies_planned_topic(idx, context, low)
                   or self._denies_planned_words(idx, context, low)
                   or _severity_disagrees(low, carried)
                   or self._against_the_question(idx, context, low, pol)
                   or _ever_answered_yes(idx, context, low)
                   or self._no_to_the_question(idx, context, low, pol))
        if against:
            return against
        # a claim on the very subject where every planned fact says no ("I took an overdose
        # in my twenties" where she has never harmed herself), in whatever words
        planned = [idx.facts[i] for i in context.planned if i in idx.facts]
        if planned and pol == "present" and all(
                p.fact.polarity is Polarity.absent and p.polarity_words != "present"
                for p in planned) and not CONTRAST.search(low) and not RELATIVES.search(low):
            claims = [s for s in stems if s not in PLAIN and s not in _GRAMMAR
                      and (is_topic(s) or len(s) >= 4)]
            near = max(sim_of[p.fact.id] for p in planned)
            # "no allergies" is not gainsaid by a medicine taken, only by a reaction
            allergic = all(p.fact.category is Category.allergies for p in planned)
            if (claims or drugs_named) and near >= self.SIM_CLAIM_ON_DENIAL and (
                    not allergic or ALLERGY.search(low)):
                ids = [p.fact.id for p in planned]
                return (f"a claim where {', '.join(ids)} says no", ids)
        # polarity against the carried facts
        if carried:
            best = max(carried, key=lambda c: sim_of[c.fact.id] + 0.1 * len(set(stems) & c.stems))
            absent_fact = best.fact.polarity is Polarity.absent
            if pol == "absent" and not absent_fact and best.polarity_words == "present" and (
                    sim_of[best.fact.id] >= 0.35 or set(stems) & best.stems):
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
        # a claim that says what a carried fact's own words deny ("I threw up" where it
        # says "I've felt sick, but I haven't actually been sick")
        if pol != "absent" and not RELATIVES.search(low) and not CONTRAST.search(low):
            said = {s for c in negation.affirmative_clauses(NEARLY.sub(" ", low))
                    for s in content_stems(normalise(_paled(c))) if s not in PLAIN}
            for c in carried:
                hit = {s for s in said if covers(c.negated, s)}  # "cigarette", "cigarett"
                if hit:
                    return (f"says what {c.fact.id} denies ({', '.join(sorted(hit))})",
                            [c.fact.id])
        # a time course against the durations of a planned fact on the same subject ("stiff
        # for a couple of hours" where the stiffness wears off in fifteen minutes)
        if fig.course:
            for c in carried:  # an onset's durations say how long ago, not how long
                if c.fact.id in context.planned and c.durations and (
                        c.fact.category is not Category.hpc_onset) and not any_close(
                        fig.course, c.durations) and {s for s in stems if s not in PLAIN
                                                      and len(s) >= 4 and s in c.stems}:
                    return (f"a time course disagrees with {c.fact.id}", [c.fact.id])
        # a claim that says, in any words, what a fact denies
        asserts = (pol == "present" and not negation.denies(low) and not RELATIVES.search(low)
                   and not re.search(r"\bfrom nothing\b", low))
        if asserts and len(idx.denied) and not CONTRAST.search(low):
            dsims = idx.denied_vectors @ vector
            ksims = idx.kept_vectors @ vector if len(idx.kept_ids) else np.zeros(0)
            carried_set = {c.fact.id for c in carried}
            for k in np.argsort(-dsims)[:3]:
                fid, text = idx.denied[k]
                need = self.SIM_DENIED_CARRIED if fid in carried_set else self.SIM_DENIED
                kept = max((float(ksims[j]) for j, i in enumerate(idx.kept_ids) if i == fid),
                           default=0.0)
                if fid in carried_set and float(dsims[k]) < self.SIM_DENIED:
                    # at the carried facts' looser bar, a sentence nearer another carried
                    # fact that affirms ("blood pressure and cholesterol, and a bit of
                    # gout") speaks of that fact, not of what this one denies
                    kept = max([kept] + [sim_of[c.fact.id] for c in carried
                                         if c.fact.id != fid
                                         and c.fact.polarity is Polarity.present])
                if float(dsims[k]) >= need and float(dsims[k]) >= kept + 0.03:
                    return (f"says what {fid} denies ({text!r})", [fid])
        # absent facts and defaults the sentence affirms
        affirmed = set()
        for clause in negation.affirmative_clauses(low):
            affirmed |= {s for s in content_stems(normalise(clause)) if _finding(s)}
        affirmed = {s for s in affirmed if not covers(carried_stems, s)}
        if affirmed:
            for info in idx.facts.values():
                f = info.fact
                if f.polarity is not Polarity.absent or f.id in context.planned:
                    continue
                key = frozenset(s for s in info.stems if _finding(s))
                hit = {s for s in affirmed if covers(key, s) and not covers(idx.present_stems, s)
                       and s not in BODY}
                if hit:
                    return (f"affirms what {f.id} denies ({', '.join(sorted(hit))})", [f.id])
            for category, denied in idx.default_denials.items():
                # a body part affirms no symptom: "spots on my chest" is no chest pain
                hit = {s for s in affirmed if covers(denied, s)
                       and not covers(idx.present_stems, s) and s not in BODY}
                if hit:
                    return (f"affirms what the {category} default denies", [])
        # the planned family fact's illness put on another relative ("my older brother has
        # it" where the case gives a younger sister)
        swapped = (_relative_swapped(idx, context, low, stems, pol)
                   or _relative_organ_swapped(idx, context, low, pol))
        if swapped:
            return swapped
        # a relative's illness the family facts do not hold
        if RELATIVES.search(low) and pol != "absent":
            family = [i for i in idx.facts.values() if i.fact.category is Category.family]
            fam_stems = frozenset().union(*(i.stems for i in family)) if family else frozenset()
            cond = [s for s in stems if is_topic(s) or len(s) > 5]
            cond = [s for s in cond if s not in PLAIN and not RELATIVES.search(s)]
            news = [s for s in cond if not covers(fam_stems, s) and not covers(carried_stems, s)]
            # a relative's job, move or wedding is news of a life, not an illness
            if any(is_topic(s) and s not in people.LIFE for s in news):
                has_default = Category.family in case.defaults or any(
                    i.fact.polarity is Polarity.absent
                    and i.fact.attribute.lower() == "family history"
                    for i in family)
                if has_default:
                    return ("a relative's illness the family history does not hold",
                            [i.fact.id for i in family])
        stopped = (_still_where_stopped(idx, context, low, pol)
                   or _stopped_where_ongoing(idx, context, low)
                   or _once_disagrees(low, carried))
        if stopped:
            return stopped
        # another drug in place of the one a planned fact says was taken for this ("two
        # ibuprofen at two in the morning" where he took paracetamol): not an extra, since
        # nothing says it was taken as well
        if drugs_named and pol != "absent" and not ADDITIVE.search(low):
            case_drugs = {n for i in idx.facts.values() for n in i.drug_names}
            drug_text = " ".join(i.text for i in idx.facts.values() if i.drug_names)
            for fid in context.planned:
                info = idx.facts.get(fid)
                if info is None or not info.fact.category.is_hpc or (
                        info.fact.polarity is not Polarity.present):
                    continue
                took = {d for d in COMMON_DRUGS.findall(info.fact.words.lower())
                        if not GENERIC_DRUG.match(d)}
                if took and not any(_known_drug(d, took, info.text) for d in drugs_named) and (
                        not any(_known_drug(d, case_drugs, drug_text) for d in drugs_named)):
                    return (f"names another drug where {fid} says {', '.join(sorted(took))}",
                            [fid])
        # drugs the case does not list
        if drugs_named:
            case_drugs = {n for i in idx.facts.values() for n in i.drug_names}
            drug_text = " ".join(i.text for i in idx.facts.values() if i.drug_names)
            for d in drugs_named:
                if _known_drug(d, case_drugs, drug_text):
                    continue
                for info in idx.facts.values():
                    words = info.fact.words.lower()
                    # "nothing from the chemist apart from the paracetamol" takes that one
                    excepted = re.search(rf"\b(apart from|except|other than|bar|besides|but)\b"
                                         rf"[^.]{{0,20}}\b{re.escape(d)}", words)
                    # "codeine makes me sick, but that's no allergy" speaks of codeine, and
                    # denies nothing of taking it
                    said_there = any(d in cl for cl in negation.affirmative_clauses(words))
                    if info.fact.polarity is Polarity.absent and d in words and (
                            pol != "absent") and not excepted and not said_there:
                        return (f"a drug that {info.fact.id} denies", [info.fact.id])
                # the default speaks of the patient: "Alfie's just had his MMR" does not
                # gainsay it
                someone_else = RELATIVES.search(low) or set(stems) & idx.others
                if Category.drugs in case.defaults and pol != "absent" and not someone_else:
                    return ("a drug the drugs default rules out", [])
                if pol != "absent":
                    for fid, text in idx.denied:
                        # "never been on tablets for it" denies one kind, not every drug:
                        # the fact's subject says which
                        kind = re.search(r"\b(tablets|medication|medicines?|pills) for\b", text)
                        subject = case.fact(fid).attribute if kind else ""
                        if MEDICATION_DENIED.search(text) and (
                                not kind or drug_in_class(subject, d)):
                            return (f"a drug where {fid} says none is taken", [fid])
        return None

    def _someone_else(self, idx: _CaseIndex, context: Context, low: str,
                      carried: list[_FactInfo]) -> tuple[Verdict, str, list[str]] | None:
        """Someone else's illness: a sick contact where a fact says nobody was ill, or one
        no carried fact tells of; a relative no family fact names, with an illness."""
        if not (people.KIN_WORDS.search(low) or people.names_someone(low, idx.people)):
            return None
        carried_words = " ".join(c.fact.words.lower() for c in carried)
        ill = people.someone_else_ill(low, idx.people)
        if ill:
            contacts = [i.fact.id for i in idx.facts.values() if "contact" in (
                i.fact.attribute.lower()) and i.fact.polarity is Polarity.absent]
            if contacts:
                return (Verdict.contradiction, "someone else ill where the case says nobody was",
                        contacts)
            if not people.names_someone(carried_words, idx.people):
                return (Verdict.unsupported, "someone else ill, which no carried fact tells of",
                        [])
        if people.someone_else_ill(low, idx.people, people.CARED_FOR) and not (
                people.names_someone(carried_words, idx.people)):
            return (Verdict.unsupported, "someone else tested or treated, which no carried "
                    "fact tells of", [])
        family = [i for i in idx.facts.values() if i.fact.category is Category.family]
        named = people.kin_in(" ".join(f"{i.fact.words} {i.fact.value or ''}" for i in family)
                              + " " + carried_words)
        kin = people.unnamed_relative_ill(low, _informant_relationship(idx.case), named)
        if kin:
            if Category.family in idx.case.defaults:
                return (Verdict.contradiction, "a relative's illness the family history does "
                        "not hold: " + ", ".join(sorted(kin)), [i.fact.id for i in family])
            return (Verdict.unsupported, "a relative no family fact names: "
                    + ", ".join(sorted(kin)), [])
        return None

    def _loose_denial(self, idx: _CaseIndex, low: str, carried_stems: frozenset[str],
                      best: float) -> tuple[str, list[str]] | None:
        """A denial of something no carried fact (and no default) speaks of. "Never had
        any trouble with my eyes" may well be true, but nothing in the plan says so, and
        a student would take it as a finding."""
        defaults = frozenset().union(*idx.default_denials.values()) if (
            idx.default_denials) else frozenset()
        denied = {s for c in negation.clauses(low) if negation.denies(c) or negation.reassures(c)
                  for s in content_stems(normalise(c)) if s not in PLAIN}
        loose = sorted(s for s in denied if not covers(carried_stems, s) and not covers(PLAIN, s)
                       and not covers(defaults, s))
        if not loose:
            return None
        if best < self.SIM_LOOSE_DENIAL:
            return ("denies something no carried fact speaks of: " + ", ".join(loose), [])
        return None

    def _denies_planned_topic(self, idx: _CaseIndex, context: Context, low: str
                              ) -> tuple[str, list[str]] | None:
        """A clause that denies the very subject of a planned fact that affirms it ("I've
        never drunk" where the plan says a couple of beers at the weekend). Read fact by
        fact, so a sentence that answers two questions at once is held to both."""
        denied: set[str] = set()
        for clause in negation.clauses(low):
            if negation.denies(clause) and not CONTRAST.search(clause):
                denied |= _topic_stems(clause)
        if not denied:
            return None
        for fid in context.planned:
            info = idx.facts.get(fid)
            if info is None or info.fact.polarity is not Polarity.present or (
                    info.polarity_words != "present"):
                continue
            subject = _topic_stems(info.fact.attribute + " " + (info.fact.topic or ""))
            hit = {s for s in denied if covers(subject, s) and (is_topic(s) or s in ALIASED)}
            if hit:
                return (f"denies the subject of {fid} ({', '.join(sorted(hit))})", [fid])
        return None

    def _denies_planned_words(self, idx: _CaseIndex, context: Context, low: str
                              ) -> tuple[str, list[str]] | None:
        """What a clause denies, after its negation, where the planned fact's own words
        affirm it ("never regular" where the periods are usually regular; "I haven't thrown
        up" where she was sick once), whatever else the sentence affirms beside it."""
        # "missed her one-year jabs", "skipped a few": not had, said without a negation
        if not negation.denies(low):
            low = MISSED.sub("not had", low)
        denied = {s for c in negation.clauses(_not_denials(low)) if not CONTRAST.search(c)
                  for s in _stems(negation.denied_part(c))
                  if s not in PLAIN and s not in _GRAMMAR and len(s) >= 3}
        if not denied:
            return None
        for fid in context.planned:
            info = idx.facts.get(fid)
            if info is None or info.fact.polarity is not Polarity.present:
                continue
            # the fact's subject or value, or a clinical word ("never regular"), not any word
            # of its ("can't run after the grandkids" where he struggles to keep up with them)
            f = info.fact
            subject = _stems(f"{f.attribute} {f.value or ''} {f.topic or ''}")
            hit = {s for s in denied if s in info.affirmed and s not in info.negated
                   and (s in subject or is_topic(s))}
            if hit:
                return (f"denies what {fid} says ({', '.join(sorted(hit))})", [fid])
        return None

    def _against_the_question(self, idx: _CaseIndex, context: Context, low: str, pol: str
                              ) -> tuple[str, list[str]] | None:
        """Yes where the plan says no. The question names the subject, so an answer that
        says yes to it, or affirms it in the question's own words ("I've got a few medical
        problems" to "any medical problems?"), affirms what a planned denial denies, however
        differently that fact is worded. With nothing planned, a stated default that denies
        the subject is held instead."""
        if pol != "present" or not context.question or RELATIVES.search(low) or (
                CONTRAST.search(low)):
            return None
        asked = frozenset(s for s in content_stems(normalise(context.question.lower()))
                          if s not in PLAIN and s not in ASKING)
        said = {s for c in negation.affirmative_clauses(low)
                for s in content_stems(normalise(c)) if s not in PLAIN}
        echoed = {s for s in said if covers(asked, s)}
        subjects = frozenset(s for s in asked if is_topic(s))
        if subjects and not any(covers(subjects, s) for s in echoed):
            echoed = set()  # "any allergies to medicines?" is about allergies, not medicines
        planned = [idx.facts[i] for i in context.planned if i in idx.facts]
        if planned:
            denials = all(p.fact.polarity is Polarity.absent and p.polarity_words != "present"
                          for p in planned)
            # a colour where the denials give none ("my wee's darker" to "any waterworks
            # problems?" where they deny burning) is new, not a yes to what they deny
            recoloured = colours_in(low) and not any(p.colours for p in planned)
            if denials and (YES.match(low) or (echoed and not recoloured)):
                ids = [p.fact.id for p in planned]
                return (f"says yes where {', '.join(ids)} says no", ids)
            return None
        topical = {s for s in echoed if is_topic(s)}
        for category, denied in idx.default_denials.items():
            if any(covers(denied, s) for s in topical):
                return (f"affirms, in the question's words, what the {category} default denies",
                        [])
        return None

    def _no_to_the_question(self, idx: _CaseIndex, context: Context, low: str, pol: str
                            ) -> tuple[str, list[str]] | None:
        """No where the plan says yes: a bare denial ("no, no", "no, no family") of what the
        question asks, when every planned fact affirms it and speaks of what was asked. A
        denial with words of its own ("no, it's not sharp") is left to the other layers."""
        if pol != "absent" or not context.question or CONTRAST.search(low):
            return None
        planned = [idx.facts[i] for i in context.planned if i in idx.facts]
        asked = frozenset(s for s in content_stems(normalise(context.question.lower()))
                          if s not in PLAIN and s not in ASKING)
        # a fact whose words also deny something ("brown spotting ... not like a proper
        # period") still affirms what was asked, unless what it denies is what was asked
        if not planned or not all(p.fact.polarity is Polarity.present and (
                p.polarity_words == "present" or (
                    p.polarity_words == "mixed" and asked
                    and not any(covers(p.negated, s) for s in asked))) for p in planned):
            return None
        said = {s for s in content_stems(normalise(low)) if s not in PLAIN and s not in _FILLER}
        if any(not covers(asked, s) for s in said):
            return None
        subjects = set(asked) | {stem(_ALIASES[s]) for s in asked if s in _ALIASES}
        held = [(p, p.stems | _CATEGORY_STEMS.get(p.fact.category, frozenset())) for p in planned]
        # every symptom or subject the question names must be one the plan affirms: "loin
        # pain?" is not answered by a fact about back pain
        topical = {s for s in subjects if is_topic(s)} or subjects
        if not all(any(_kin(stems, s) for _, stems in held) for s in topical):
            return None
        hit = [p.fact.id for p, stems in held if any(_kin(stems, s) for s in subjects)]
        if not hit:
            return None
        return (f"says no where {', '.join(hit)} says yes", hit)

    def _unsupported(self, idx, low, stems, clinical_stems, fig, carried, carried_stems,
                     sim_of, drugs_named, context=None) -> tuple[str, list[str]] | None:
        if not carried:
            if clinical_stems or drugs_named or not fig.empty:
                return ("a clinical claim with no planned or disclosed fact", [])
            return None
        best = max(sim_of[c.fact.id] for c in carried)
        uncovered = [s for s in stems if s not in PLAIN and not covers(carried_stems, s)]
        topical = [s for s in uncovered if is_topic(s)]
        case_drugs = {n for c in carried for n in c.drug_names}
        drug_text = " ".join(c.text for c in carried if c.fact.category is Category.drugs)
        new_drugs = [d for d in drugs_named if not _known_drug(d, case_drugs, drug_text)
                     and not covers(carried_stems, content_stems(normalise(d))[0]
                                    if content_stems(normalise(d)) else d)]
        if new_drugs:
            return ("a drug no carried fact names: " + ", ".join(new_drugs), [])
        purpose = _drug_purpose(low) if not any(
            re.search(rf"\b{re.escape(n)}\b", low) for n in case_drugs) else None
        if purpose and not _purpose_carried(purpose, carried):
            return (f"a medicine for {purpose!r}, which no carried drug fact gives", [])
        # a count the fact gives may be said bare ("six or seven" for "six or seven times")
        numbers = [n for c in carried for n in (*c.figures.bare, *c.figures.clock,
                                                *c.figures.per_day, *c.figures.counts,
                                                *c.value_figures.counts,
                                                *c.figures.weight, *c.figures.mass, *c.durations,
                                                *c.figures.volume)]
        mine = [n for n in (*fig.bare, *fig.clock, *fig.weight, *fig.mass, *fig.volume)
                if n != 10]
        if mine and not all(any_close([n], numbers, 1.05) for n in mine):
            return ("a figure no carried fact gives", [])
        if fig.height and not any(c.figures.height for c in carried):
            return ("a height no carried fact gives", [])
        # how many times ("had to change my shirt twice"), where no carried fact counts
        counted = [n for c in carried for n in (*c.figures.counts, *c.value_figures.counts,
                                                *c.value_figures.bare, *c.figures.bare,
                                                *c.figures.per_day)]
        if fig.counts and not fig.per_day and not any_close(fig.counts, counted, 1.05):
            return ("a count no carried fact gives", [])
        # a colour where no carried fact gives one, and the case names it nowhere ("once this
        # morning, it was all green")
        said_colours = {c for clause in negation.affirmative_clauses(low)
                        for c in colours_in(clause)
                        if not any(c in i.colours for i in idx.facts.values())}
        if said_colours and not any(c.colours for c in carried) and not any(
                covers(carried_stems, s) for s in said_colours):
            return ("a colour no carried fact gives: " + ", ".join(sorted(said_colours)), [])
        carried_durations = [d for c in carried for d in c.durations]
        if (fig.durations or fig.course) and not carried_durations:
            return ("a time no carried fact gives", [])
        # a month, a season or a holiday no carried fact names ("they upped my tablets last
        # spring", "a half marathon in March")
        carried_words = " ".join(c.fact.words.lower() for c in carried)
        points = {m.group(1).replace("weekends", "weekend")
                  for cl in negation.affirmative_clauses(low) for m in TIME_POINT.finditer(cl)} - {
                      p.replace("weekends", "weekend") for p in TIME_POINT.findall(carried_words)}
        if points:
            return ("a time no carried fact gives: " + ", ".join(sorted(points)), [])
        if fig.course and not any_close(fig.course, carried_durations):
            return ("a time course no carried fact gives", [])
        carried_texts = [c.fact.words for c in carried]
        trend = details.trend_new(low, carried_texts)
        if trend:
            return (f"a course no carried fact gives: {trend}", [])
        form = details.form_new(low, carried_texts)
        if form:
            return (f"a medicine no carried fact gives: {form}", [])
        affirmed = set()
        for clause in negation.affirmative_clauses(low):
            affirmed |= set(content_stems(normalise(clause)))
        topical = [s for s in topical if s in affirmed]
        if topical and best < self.SIM_CARRY:
            return ("clinical content no carried fact holds: " + ", ".join(topical), [])
        absent = negation.polarity(low) == "absent"
        denies = absent or re.match(r"(no|nope|not|never|none)\b", low)
        denial_ok = denies and any(
            c.fact.polarity is Polarity.absent for c in carried)
        if absent:
            loose = self._loose_denial(idx, low, carried_stems, best)
            # a no in its own words to a planned no ("never been on one in my life", "not a
            # twinge"): loose only where the new words name a clinical subject
            planned = [idx.facts[i] for i in (context.planned if context else ()) if i in idx.facts]
            if loose and planned and all(p.fact.polarity is Polarity.absent for p in planned) and (
                    negation.denies(low)) and (
                    not any(is_topic(s) for s in loose[0].split(": ", 1)[-1].split(", "))):
                loose = None
            if loose:
                return loose
        family = _family_claim(low, carried)
        if family:
            return family
        added = _added_clause(low, carried_stems)
        if added:
            return added
        # an ache is the pain a carried fact gives ("my left shoulder aches" for its pain)
        pained = bool(PAIN_STEMS & carried_stems)
        # "the colour of builder's tea" where a carried fact gives the colour
        coloured = any(c.colours for c in carried)
        symptoms = [w for w in SYMPTOM_WORDS.findall(low)
                    if not covers(carried_stems, content_stems(normalise(w))[0]
                                  if content_stems(normalise(w)) else w)
                    and not (pained and PAIN_WORD.match(w))
                    and not (coloured and w.startswith(("colour", "color")))]
        if not denial_ok and symptoms and [s for s in uncovered if s in affirmed]:
            return ("a symptom or finding no carried fact holds: " + ", ".join(symptoms), [])
        if not denial_ok and ADDITIVE.search(low) and [s for s in uncovered if s in affirmed]:
            return ("adds something no carried fact holds", [])
        if not denial_ok and len(uncovered) >= 3 and best < 0.45:
            return ("an elaboration no carried fact holds", [])
        return None


# Words a question is made of rather than what it asks about.
ASKING = frozenset(content_stems(normalise(
    "any anything else notice noticed along with have had has describe tell more bit "
    "think going diagnosis trouble problems problem")))
# "once", "a handful of times" answer "have you ever…?" with a yes as surely as "yes" does
STARTED = re.compile(r"\bwhen\b.*\b(start|begin|began|come on|came on|kick off)\w*\b|"
                     r"\bwhat time\b")
YES = re.compile(r"^(yes|yeah|yep|yup|aye|i do|i have|i am|i did|a (little )?bit|a little|slightly|"
                 r"(only |just )?(once|twice|"
                 r"a (few|couple of|handful of) times|a handful|occasionally|now and then|"
                 r"sometimes|the odd time|the once))\b")
MILD = re.compile(r"\b(not (that |too |so )?bad|not too much|(just )?a (little|small) (bit of a )?"
                  r"(problem|niggle)|mild|bearable|nothing major|(one|two|three) out of ten)\b")
SEVERE = re.compile(r"\b(the worst|agony|agonising|unbearable|excruciating|severe|"
                    r"(eight|nine|ten) out of ten)\b")


def _severity_disagrees(low: str, carried: list[_FactInfo]) -> tuple[str, list[str]] | None:
    """"Not bad" where the case scores the pain eight out of ten or calls it the worst, and
    "agony" where it scores it two: how bad, said in words, against the severity fact."""
    for c in carried:
        if c.fact.category is not Category.hpc_severity:
            continue
        value = c.fact.value if isinstance(c.fact.value, int | float) else None
        words = c.fact.words.lower()
        severe = (value is not None and value >= 7) or bool(SEVERE.search(words))
        mild = (value is not None and value <= 3) or bool(MILD.search(words))
        if (MILD.search(low) and severe and not mild) or (SEVERE.search(low) and mild
                                                          and not severe):
            return (f"says how bad it is against {c.fact.id}", [c.fact.id])
    return None


# a negation inside a description affirms what it describes ("some fresh milk that wasn't
# pasteurised" says the milk was raw)
DESCRIBED = re.compile(r"^\s*(and|plus)\b.*\b(that|which) (wasn't|isn't|weren't|hadn't been|"
                       r"hasn't been)\b")


def _added_clause(low: str, carried_stems: frozenset[str]) -> tuple[str, list[str]] | None:
    """A sentence whose one clause says what a fact carries and whose other speaks of
    something no carried fact touches ("bit blurry, and I've had to get new glasses"): the
    likeness of the whole to the fact hides the addition, so each clause is read alone."""
    clauses = [c for c in negation.affirmative_clauses(low) if len(c.split()) >= 2]
    if len(negation.clauses(low)) < 2 or not clauses:
        return None
    touched, bare, loose = False, False, []
    for clause in negation.clauses(low):
        said = [s for s in _stems(negation.without_contractions(clause)) if s not in PLAIN]
        held = [s for s in said if covers(carried_stems, s)]
        if not said and not touched and not figures(clause).empty:
            # the answer as a bare figure ("three days a week"); what is joined to it with
            # "and" is added, what follows it bare restates it ("four o'clock, wide awake")
            touched = bare = True
            continue
        if DESCRIBED.search(clause):
            clauses.append(clause)  # "milk that wasn't pasteurised" says what it was
        # a later clause that shares a word with the fact but says mostly new things ("and
        # I did the Sunday papers round on top", "I've had a hot water bottle on it since")
        fresh = [s for s in said if not covers(carried_stems, s) and (is_topic(s) or len(s) >= 4)]
        joined = re.match(r"\s*(and|plus|also)\b", clause)
        if touched and held and joined and clause in clauses and len(fresh) >= max(
                2, len(held) + 1):
            loose.append(", ".join(fresh))
        elif held:
            touched = True
        elif touched and clause in clauses and (joined or not bare):
            # after the answer, not in place of it (a paraphrase of the answer comes first);
            # a clinical word, or two words of substance: "you've got to laugh" adds nothing
            new = [s for s in said if is_topic(s) or len(s) >= 4]
            if any(is_topic(s) for s in new) or len(new) >= 2:
                loose.append(", ".join(new))
    if loose:
        return ("adds, beside what is carried, " + "; ".join(loose), [])
    return None


def _informant_relationship(case: Case) -> str:
    """How the informant names the patient ("daughter": he is her dad); "" for the patient."""
    if case.informant.role.value == "patient":
        return ""
    return (case.informant.relationship or "").lower()


def _relative_swapped(idx: _CaseIndex, context: Context, low: str, stems: list[str],
                      pol: str) -> tuple[str, list[str]] | None:
    """A planned family fact's illness said of a relative no family fact names: the right
    illness on the wrong relative is a different family history, not an extra one."""
    if pol == "absent":
        return None
    said = people.relatives_said(low, _informant_relationship(idx.case))
    if not said:
        return None
    family = [i for i in idx.facts.values() if i.fact.category is Category.family]
    named = set().union(*(people.kin_in(f"{i.fact.words} {i.fact.value or ''}") for i in family))
    if said & named:
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    for info in planned:
        if info.fact.category is not Category.family or info.fact.polarity is not (
                Polarity.present) or not people.kin_in(info.fact.words):
            continue
        shared = {s for s in stems if s not in PLAIN and (is_topic(s) or len(s) >= 5)
                  and covers(info.stems, s) and not people.KIN_WORDS.search(s)}
        # "his brother had it as well": the illness asked about, said as "it"
        if shared or HAD_IT.search(low):
            return (f"puts {info.fact.id}'s illness on another relative", [info.fact.id])
    return None


def _organ_of(text: str) -> set[str]:
    return {re.sub(r"s$|\s", "", m.group(1)).replace("gallstone", "gallbladder")
            for m in ORGANS.finditer(text.lower())}


def _relative_organ_swapped(idx: _CaseIndex, context: Context, low: str, pol: str
                            ) -> tuple[str, list[str]] | None:
    """The planned relative's illness or operation put on another organ: "my dad had his
    gallbladder out" where he had his appendix out."""
    if pol == "absent":
        return None
    said = _organ_of(low)
    kin = people.kin_in(low)
    if not said or not kin:
        return None
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.category is not Category.family or (
                info.fact.polarity is not Polarity.present):
            continue
        words = f"{info.fact.words} {info.fact.value or ''}"
        theirs = _organ_of(words)
        if theirs and kin & people.kin_in(words) and not said & theirs:
            return (f"puts {fid}'s illness on another part ({', '.join(sorted(said))})", [fid])
    return None


HAD_IT = re.compile(r"\b(had|has|got|have|gets|get) (it|that|the same)( as well| too)\b")


# the patient takes a relative's illness as theirs: "like Mum had", "I've got the same",
# "the same thing Mum had", "whatever Dad had"
SAME_AS_RELATIVE = re.compile(
    rf"\b(the same (thing|type|way|one|as)|i('ve| have)? got (it|one|the same)( now)?|"
    rf"same (type|thing|way) as|like (my |our )?{KIN}('s)?( had| did)?|"
    rf"(what|whatever) (my |our )?{KIN} had)\b")
# ... unless the relative is the one said to have the same: "Mum had the same"
RELATIVE_HAS_SAME = re.compile(rf"\b{KIN}('s| has| had| have)? (got |had )?the same\b")
STOPPED = re.compile(r"\b(came off|come off|stopped|(?:gave|given|give|giving) (?:it |them |that )?"
                     r"up|packed (?:it |them |that )?in|quit|knocked (?:it|that) on the head)\b"
                     r"((?: taking| using| smoking)?(?: the| my| his| her)?(?: [a-z]+){0,2})")
STILL = re.compile(r"\b(still|to this day|even now)\b|\b(i'm|i am|he's|he is|she's|she is) on "
                   r"(the|my|his|her)\b")
# "kept taking all my usual tablets", "I smoke": what a fact says goes on
ONGOING = re.compile(r"\b(kept|keep|carried on|carry on|still|started again|every day|"
                     r"most days|a day|a week)\b")


def _still_where_stopped(idx: _CaseIndex, context: Context, low: str, pol: str
                         ) -> tuple[str, list[str]] | None:
    """Still doing what a planned fact says was stopped ("I'm still on the pill" where she
    came off it six months ago; "I still have the odd cigarette" where he gave up)."""
    if pol == "absent" or not STILL.search(low) or CONTRAST.search(low):
        return None
    said = _topic_stems(low)
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present:
            continue
        words = info.fact.words.lower().replace("’", "'")
        for m in STOPPED.finditer(words):
            if re.search(r"\b(started|start) again\b", words[m.end():]):
                continue  # "I'd packed in for years, but I've started again"
            # what was stopped ("came off the pill"), or, with no object ("I gave up ten
            # years ago"), the fact's own subject
            what = (_topic_stems(m.group(2))
                    or _topic_stems(f"{info.fact.attribute} {info.fact.topic or ''}"))
            hit = {s for s in said if covers(what, s)}
            if hit:
                return (f"still does what {fid} says was stopped ({', '.join(sorted(hit))})",
                        [fid])
    return None


def _stopped_where_ongoing(idx: _CaseIndex, context: Context, low: str
                           ) -> tuple[str, list[str]] | None:
    """Stopped what a planned fact says goes on ("I stopped the water tablet" where she kept
    taking all her tablets; "I packed it in years ago" where he has started again)."""
    m = STOPPED.search(low)
    if not m or RELATIVES.search(low) or re.search(r"\b(started|start) again\b|\bback on\b", low):
        return None
    what = _topic_stems(re.sub(r"\b(a|an|long|time|while|years?|months?|weeks?|ago|for|back)\b",
                               " ", m.group(2)))
    for fid in context.planned:
        info = idx.facts.get(fid)
        if info is None or info.fact.polarity is not Polarity.present:
            continue
        words = info.fact.words.lower().replace("’", "'")
        if not ONGOING.search(words) or (STOPPED.search(words) and not re.search(
                r"\bstarted again\b", words)):
            continue
        # what was stopped, or, said as "it" ("I packed it in"), the fact's own subject
        hit = ({s for s in what if covers(info.stems, s)} if what
               else _topic_stems(f"{info.fact.attribute} {info.fact.topic or ''}"))
        # "I stopped the water tablet" where she kept taking all her tablets: one of them
        if not hit and TABLETS.search(re.split(r"[,.;!?]", low[m.start():])[0]) and (
                TABLETS.search(words)):
            hit = {"tablets"}
        if hit:
            return (f"stopped what {fid} says goes on", [fid])
    return None


ONLY_ONCE = re.compile(r"\b(just|only)( the)? once\b")
AGAIN = re.compile(r"\b(again|a second time|another time|twice)\b")


def _once_disagrees(low: str, carried: list[_FactInfo]) -> tuple[str, list[str]] | None:
    """"Just the once" is a total, not one of several ("twice last night and once more this
    morning"); and "again" is a second time where a fact says just the once."""
    for c in carried:
        words = c.fact.words.lower()
        total = c.value_figures.counts or c.value_figures.bare
        if ONLY_ONCE.search(low) and total and not any_close([1.0], total, 1.01) and (
                c.value_figures.counts or c.figures.counts):
            return (f"a count disagrees with {c.fact.id}", [c.fact.id])
        if ONLY_ONCE.search(words) and AGAIN.search(low) and not negation.denies(low):
            return (f"more than once where {c.fact.id} says just the once", [c.fact.id])
    return None


def _kin(stems: frozenset[str], word: str) -> bool:
    """One of these stems, or one of its family ("contraception" and "contraceptive")."""
    return covers(stems, word) or (len(word) >= 7 and any(
        len(s) >= 7 and s[:7] == word[:7] for s in stems))


# Words a bare denial carries that say nothing of its own ("no, nothing at the moment, doc").
_FILLER = frozenset(content_stems(normalise(
    "doc doctor moment now currently really recently lately ever time know think honestly")))
# What a part of the history is about, for a question that names the part, not the fact
# ("anything in the family?" to a fact about a father's heart attack).
_CATEGORY_STEMS = {
    Category.family: frozenset(content_stems(normalise("family relatives run in the family"))),
    Category.drugs: frozenset(content_stems(normalise("medication medicine tablets drugs"))),
    Category.allergies: frozenset(content_stems(normalise("allergy allergies allergic"))),
    Category.past_medical: frozenset(content_stems(normalise(
        "medical conditions illnesses health history"))),
}
# The one word a patient uses for a topic that a case writes another way.
_ALIASES = {"drunk": "alcohol", "drank": "alcohol", "drink": "alcohol", "drinking": "alcohol",
            "drinker": "alcohol", "booze": "alcohol", "smoked": "smoking", "smoke": "smoking",
            "smoker": "smoking", "cigarettes": "smoking", "fags": "smoking"}
ALIASED = frozenset(content_stems(" ".join(set(_ALIASES.values()))))


def _topic_stems(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z']+", text.lower())
    if re.search(r"\b(water|fluids?|juice|tea|squash|milk)\b", text.lower()):
        words = [w for w in words if not w.startswith("drink") and w not in ("drank", "drunk")]
    return frozenset(s for s in content_stems(normalise(" ".join(_ALIASES.get(w, w)
                                                                for w in words)))
                     if s not in PLAIN)


def _family_claim(low: str, carried: list[_FactInfo]) -> tuple[str, list[str]] | None:
    """An illness put on the family must be one a carried family fact gives: the patient's
    own condition does not carry "it runs in the family"."""
    m = re.search(r"\b(family history|runs? in (the|my|our) family|in the family)\b", low)
    if not m or negation.polarity(low) == "absent":
        return None
    family = [c for c in carried if c.fact.category is Category.family]
    held = frozenset().union(*(c.stems for c in family)) if family else frozenset()
    rest = low[:m.start()] + " " + low[m.end():]
    news = [s for s in content_stems(normalise(rest)) if s not in PLAIN and not covers(held, s)
            and (is_topic(s) or len(s) >= 4)]
    if news:
        return ("an illness in the family no carried family fact gives: " + ", ".join(news),
                [c.fact.id for c in family])
    return None


_COUNTED_DOSE = re.compile(r"\b(\d+) (\d+(?:\.\d+)?) ?(mg|milligrams?|g|grams?) "
                           r"(tablets?|capsules?|pills?|caplets?|medications?)\b")


def _doses(text: str, masses: list[float] | None = None) -> list[float]:
    """Each dose in milligrams, with a count of tablets multiplied in."""
    counted = [float(m.group(1)) * float(m.group(2)) * (1000.0 if m.group(3)[0] == "g" else 1.0)
               for m in _COUNTED_DOSE.finditer(_digits_of(text))]
    if counted:
        return counted
    return list(masses) if masses is not None else figures(text).mass


def _known_drug(said: str, names: set[str], text: str) -> bool:
    """Is a drug the patient names one of these (by name, or by a class one belongs to)?"""
    dn = normalise(said)
    return any(n in dn or dn in n for n in names) or drug_in_class(said, " ".join(names)
                                                                    + " " + text)


# "a medication to treat X", "tablets for my X": what a medicine is for is a claim of its
# own (a small model pins a drug on whatever condition is in the conversation)
DRUG_PURPOSE = re.compile(
    r"\b(?:medications?|medicines?|tablets?|pills?|drugs?|inhalers?|creams?|injections?)\b"
    r"(?: (?:called|named) [\w -]+?)?(?:,? (?:that|which) (?:i|he|she|we) (?:take|use|have|get)s?"
    r"|,? (?:that|which) (?:helps?|is meant)|,? it's (?:a medication|one) that helps?)?"
    r" (?:to (?:treat|help|control|lower|reduce|manage|stop|prevent|keep)|for)"
    r" (?:with )?((?:my |his |her |the |a |an |your )?[a-z][a-z' -]{2,40})")


# "for a while", "for the pain", "for it": how long, or what any painkiller is for
_NO_PURPOSE = re.compile(r"^(?:my |his |her |the |a |an |your )?(?:while|ages|years?|months?|"
                         r"weeks?|days?|now|long|time|pain|it|that|this|them|ever)\b")


def _drug_purpose(low: str) -> str | None:
    """What the sentence says a medicine is for, when it names a medicine only by kind."""
    m = DRUG_PURPOSE.search(low)
    if not m or _NO_PURPOSE.match(m.group(1)):
        return None
    stems = [s for s in content_stems(normalise(m.group(1))) if s not in PLAIN]
    return m.group(1).strip() if stems else None


def _purpose_carried(purpose: str, carried: list[_FactInfo]) -> bool:
    """Does a carried drug fact say the medicine is for this?"""
    want = [s for s in content_stems(normalise(purpose)) if s not in PLAIN]
    for c in carried:
        if c.fact.category is not Category.drugs:
            continue
        if any(covers(c.stems, s) for s in want):
            return True
    return False


# heat, which the lexicon keeps no topic for: "warm to the touch" says what "never gone red
# or hot" denies (stiff, numb and the like are left out: they name no one part's finding)
FINDINGS = frozenset(content_stems(normalise("hot")))


def _finding(s: str) -> bool:
    return is_topic(s) or s in FINDINGS


def _clinical_words(text: str) -> bool:
    """Does any clinical content remain in this text (after its social phrases are gone)?"""
    stems = [s for s in content_stems(normalise(text)) if is_topic(s) and s not in PLAIN]
    # "the left one's going the same way": a side says which part, a claim of its own
    return bool(stems or COMMON_DRUGS.search(text) or not figures(text).empty
                or ALLERGY.search(text) or SYMPTOM_WORDS.search(text)
                or _sides(text) & {"left", "right"})


def _value_figures(fact: Fact) -> Figures:
    if fact.value is None or fact.drug:
        return Figures()
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        return Figures(bare=[float(fact.value)])
    value = str(fact.value) + (" " + fact.unit if fact.unit else "")
    fig = figures(value)
    if re.fullmatch(r"\s*\d+(\.\d+)?\s*", str(fact.value)):
        fig.bare = [float(fact.value)]
    return fig


def _near(a: float, b: float, ratio: float = 1.02) -> bool:
    """Equal as a patient would say it: a reading with a decimal point must match to the
    tenth; a whole figure within `ratio`."""
    if a != int(a) or b != int(b):
        return abs(a - b) <= 0.15
    return close(a, b, ratio)


def _figures_disagree(fig: Figures, low: str, carried: list[_FactInfo]
                      ) -> tuple[str, list[str]] | None:
    """A figure of one kind (a reading, a count, a rate, a volume) held against the carried
    facts that give a figure of the same kind; the fact's own value speaks first."""
    out_of_ten = "out of 10" in _digits_of(low)
    mine_bare = [n for n in (*fig.bare, *fig.weight) if not (n == 10 and out_of_ten)]
    kinds = [
        ("count", fig.counts, lambda c: [*c.value_figures.counts, *c.figures.counts]
         + (c.value_figures.bare if c.value_figures.counts or c.figures.counts
            or (c.fact.value is not None and not c.figures.bare) else []), 1.01),
        # "another five" after "five mls", "two of the 200s": a dose's figure said bare
        ("number", mine_bare, lambda c: [*c.value_figures.bare, *c.figures.bare,
                                         *c.figures.weight, *c.figures.counts,
                                         *c.figures.volume, *c.figures.mass,
                                         *c.figures.clock], 1.02),  # "about ten last night"
        ("time of day", fig.clock, lambda c: c.figures.clock, 1.01),
        ("rate", fig.per_day, lambda c: [] if c.fact.drug else (
            c.value_figures.per_day + c.figures.per_day), 1.3),
        ("amount", fig.volume, lambda c: [] if c.fact.drug else (
            c.figures.volume + [v * 1000 for v in c.value_figures.bare if v < 20]), 1.3),
    ]
    for kind, said, theirs_of, ratio in kinds:
        if not said:
            continue
        held = [(c, theirs_of(c)) for c in carried]
        held = [(c, t) for c, t in held if t]
        if not held:
            continue
        numbers = [n for _, t in held for n in t]
        if not all(any(_near(n, m, ratio) for m in numbers) for n in said):
            ids = [c.fact.id for c, _ in held]
            return (f"a {kind} disagrees with " + ", ".join(ids), ids)
    return None


def _dose_and_rate_unpaired(idx: _CaseIndex, context: Context, low: str, fig: Figures,
                            drugs_named: list[str]) -> tuple[str, list[str]] | None:
    if not (fig.mass and fig.per_day) or drugs_named or any(
            re.search(rf"\b{re.escape(n)}\b", low) for i in idx.facts.values()
            for n in i.drug_names):
        return None
    dosed = [idx.facts[i] for i in context.planned if i in idx.facts
             and idx.facts[i].drug_names and idx.facts[i].fact.polarity is Polarity.present]
    if len(dosed) < 2:
        return None  # one drug: its dose and its frequency are held apart above
    said = _doses(low, fig.mass)
    fits_dose = [c for c in dosed if any_close(said, _doses(c.text) + figures(
        c.fact.drug.dose).mass, 1.01)]
    if not fits_dose:
        return None
    for c in fits_dose:
        rates = figures(c.fact.drug.frequency).per_day
        upto = "up to" in c.fact.drug.frequency.lower()
        if not rates or any(close(a, b) or (upto and a <= b) for a in fig.per_day for b in rates):
            return None
    ids = [c.fact.id for c in fits_dose]
    return ("the dose and the frequency fit no one planned drug (" + ", ".join(ids) + ")", ids)


def _moments(c: _FactInfo, strict: bool = False) -> list[float]:
    """How long ago a fact says things happened, where its words say so ("ten days ago") or
    its duration; else every span it gives (`strict`: nothing)."""
    spans = list(c.ago)
    if not spans and not strict:
        return c.durations
    if c.fact.duration:
        d = iso_days(str(c.fact.duration))
        if d:
            spans.append(d)
    return spans


# when a thing happened: "once, years back", "only when I came off my bike", "a milder one
# over Christmas", "in my twenties"
PAST_EVENT = re.compile(
    r"\b(once|twice|(years|\w+ (years?|months?)) (back|ago)|when i was|"
    r"in my (teens|twenties|thirties|forties|fifties|sixties)|as a (kid|child|teenager)|"
    r"over (christmas|easter|new year|the summer)|last (year|summer|christmas|winter))\b")
EVER = re.compile(r"\b(ever|before)\b")


def _ever_answered_yes(idx: _CaseIndex, context: Context, low: str
                       ) -> tuple[str, list[str]] | None:
    """"Have you ever…?" answered with when it happened, where every planned fact says it
    never has: a time for the event is a yes however the event is worded, and a later clause
    that denies or reassures ("nobody knew", "it settled on its own") does not undo it."""
    if not EVER.search(context.question.lower()) or RELATIVES.search(low) or (
            people.PARTNERS.search(low)):
        return None
    planned = [idx.facts[i] for i in context.planned if i in idx.facts]
    if not planned or not all(p.fact.polarity is Polarity.absent
                              and re.search(r"\bnever\b", p.fact.words.lower())
                              for p in planned):
        return None
    parts = negation.clauses(low)
    if not parts or negation.denies(parts[0]):
        return None
    if not YES.match(low) and not any(PAST_EVENT.search(c) and not negation.denies(c)
                                      for c in parts[:2]):
        return None
    ids = [p.fact.id for p in planned]
    return (f"says when, where {', '.join(ids)} says never", ids)


def _count_of_disagrees(low: str, carried: list[_FactInfo]) -> tuple[str, list[str]] | None:
    """A count of the very thing a carried fact counts: "propped up on three pillows" where
    she sleeps on one."""
    said = counted_nouns(low)
    if not said:
        return None
    held = [(c, noun, values) for c in carried for noun, values in c.counted]
    for noun, values in said:
        key = stem(noun)
        same = [(c, v) for c, n, v in held if covers(frozenset([stem(n)]), key)]
        if same and not any(close(a, b, 1.01) for _, v in same for a in v for b in values):
            return (f"a count of {noun} disagrees with {same[0][0].fact.id}", [same[0][0].fact.id])
    return None


def _half_of_day_disagrees(low: str, carried: list[_FactInfo]) -> tuple[str, list[str]] | None:
    """The right hour in the wrong half of the day: "about ten this morning" where a carried
    fact says ten o'clock last night. Only where both say which half."""
    for hour, half in times_of_day(low):
        held = [(c, h) for c in carried for n, h in c.halves if n == hour]
        if held and not any(h == half for _, h in held):
            return (f"the time of day disagrees with {held[0][0].fact.id}", [held[0][0].fact.id])
    return None


def _digits_of(text: str) -> str:
    from osce.guard.numbers import digits

    return digits(text)


def close(a: float, b: float, ratio: float = 1.3) -> bool:
    from osce.guard.numbers import close as _close

    return _close(a, b, ratio)
