"""The scripted patient engine: understands the question, then answers from the case.

Order of business for each question part: stay in role (refuse to leave it or name a
diagnosis), social moves, requests to examine or test, open questions, then case facts,
then the author's default for that part of the history, then an honest "not sure".
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from osce.engine.protocol import Encounter, FinalReply, ReplyEvent, TextPiece, Utterance
from osce.engine.scripted import voice
from osce.engine.scripted.dialogue import DialogueState
from osce.engine.scripted.follow_ups import (
    FEMALE_KIN,
    FOLLOW_UP_STEMS,
    GENERIC_STEMS,
    MALE_KIN,
    PRONOUN_FEMALE,
    PRONOUN_MALE,
    asks_more_of_last,
    leans_on_last,
    relative_follow_up,
    same_of_another,
    treatment_of_last,
    when_of_last,
)
from osce.engine.scripted.guesses import guesses_answer, known_words
from osce.engine.scripted.intents import (
    IDENTITY,
    ROLE_SWAP,
    SAID_BACK,
    Intent,
    acted_request,
    asks_associated,
    ice_part,
    identity_intents,
    is_diagnosis_guess,
    is_leading,
    open_intent,
    request_intent,
    social_intent,
)
from osce.engine.scripted.keys import bank_keys, case_keys, classifier_keys
from osce.engine.scripted.lexicon import (
    content_stems,
    covers,
    is_body_part,
    is_topic,
    normalise,
    other_person,
    people_named,
    stem,
)
from osce.engine.scripted.matcher import (
    BankMatcher,
    CaseMatcher,
    CategoryClassifier,
    Ranked,
    Tuning,
)
from osce.engine.scripted.misses import (
    FAR,
    PRONOUN,
    asked_checks,
    lacks_detail,
    lacks_name,
    lacks_opinion,
    near_miss,
    not_of_family,
    other_side,
    unknown_name,
)
from osce.engine.scripted.splitter import list_items, split_parts
from osce.models.case import Case, Category, Disclosure, Fact, Polarity
from osce.models.transcript import Action, Grounding, ReplyKind
from retrieval.embedder import Embedder
from retrieval.index import GroundingIndex

# Categories where "what medicines do you take?" wants the whole list, not one item.
LIST_CATEGORIES = frozenset({
    Category.past_medical, Category.drugs, Category.allergies, Category.family,
    Category.ros_general, Category.ros_cardiovascular, Category.ros_respiratory,
    Category.ros_gastrointestinal, Category.ros_genitourinary, Category.ros_neurological,
    Category.ros_musculoskeletal, Category.ros_skin, Category.ros_endocrine,
    Category.ros_psychiatric, Category.ros_ent, Category.ros_eyes,
})
GENERAL_LIMIT = 5

# Words that say nothing of what is asked about ("lately", "things")
_FILLER_STEMS = GENERIC_STEMS - FOLLOW_UP_STEMS
FINDING_THRESHOLD = 0.5
# "is it alright if I ask you about what's been going on?" asks leave to ask; "I'm one of
# the students, so what's brought you in?" asks
_ASKS_LEAVE_ABOUT = re.compile(r"\b(?:ask|asked|asking|talk|speak|speaking|chat|chatting|go "
                               r"through|questions?)\b[^?.]* about (?:what|whats|why|how|your)\b")
# what a student says on the way to the first question, in the same breath
_COURTESIES = frozenset({Intent.introduction, Intent.consent, Intent.greeting, Intent.signpost,
                         Intent.thanks, Intent.empathy, Intent.offer})
_ASKS_ALLERGY = re.compile(r"\ballerg(?:y|ies|ic)\b")
# the family's history, not the patient's ("GP" reads "family doctor": not this)
_ASKS_FAMILY = re.compile(r"\b(?:in (?:the|your|his|her) family|family history|relatives?|"
                          r"(?:anyone|anybody|someone) related to (?:you|him|her)|"
                          r"family members?|runs? in (?:the|your|his|her) family)\b")
# how close behind a near miss the next fact must read to be tried in its place: a tie, no more
_NEXT_SLACK = 0.01
PAIR_RIVALS = 6  # how far down the ranking a question's second topic may be found
KIND_ORDER = [ReplyKind.answer, ReplyKind.exam, ReplyKind.test, ReplyKind.default,
              ReplyKind.refusal, ReplyKind.unknown, ReplyKind.social]


@dataclass
class PartAnswer:
    text: str
    kind: ReplyKind
    intent: str
    facts: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    category: str | None = None
    persona: list[str] = field(default_factory=list)
    score: float | None = None
    withheld: list[str] = field(default_factory=list)


@dataclass
class CaseModel:
    """A case made ready for matching: its keys' vectors sit in memory."""

    case: Case
    matcher: CaseMatcher
    fact_ids: set[str]
    exam_ids: set[str]
    test_ids: set[str]
    vocabulary: frozenset[str]  # every stem the case's facts are matched by
    said: dict[str, frozenset[str]]  # each fact's own words, attribute and value, as stems
    by_part: dict[str, frozenset[str]]  # the stems each part of the history is matched by
    said_by_part: dict[str, frozenset[str]]  # the stems each part's facts' own words hold
    named: dict[str, tuple[str, ...]]  # "carol": the wife, by the name the case gives her
    known: list[frozenset[str]]  # what the patient has or fears, in words (`guesses`)
    # Generic questions (the classifier's bank) that no fact key comes near: what the case
    # has nothing on ("any pets?" to a case whose social history is home and work).
    uncovered: np.ndarray


def _vocab_texts_of(fact: Fact) -> str:
    drug = f"{fact.drug.name} {fact.drug.dose}" if fact.drug else ""
    return normalise(f"{fact.attribute} {fact.value or ''} {drug}")


# Parts of the history whose questions name their subject ("any heart disease in the family?")
# and which the generic bank and the case's author file alike, unlike symptoms, which one
# may file with the complaint and the other under the review of systems.
LISTED_PARTS = frozenset({Category.past_medical.value, Category.drugs.value,
                          Category.allergies.value, Category.family.value,
                          Category.social.value, Category.sexual.value,
                          Category.obstetric.value, Category.developmental.value})


def _by_part(case: Case, matcher: CaseMatcher) -> dict[str, frozenset[str]]:
    parts: dict[str, set[str]] = {}
    for fact in case.facts:
        parts.setdefault(fact.category.value, set()).update(matcher.vocabulary(fact.id))
    return {part: frozenset(stems) for part, stems in parts.items()}


def _said_by_part(case: Case) -> dict[str, frozenset[str]]:
    parts: dict[str, set[str]] = {}
    for fact in case.facts:
        parts.setdefault(fact.category.value, set()).update(_said(fact))
    return {part: frozenset(stems) for part, stems in parts.items()}


def _said(fact: Fact) -> frozenset[str]:
    return frozenset(content_stems(normalise(f"{fact.words} {_vocab_texts_of(fact)}")))


def _vocab_texts(case: Case) -> dict[str, str]:
    return {fact.id: _vocab_texts_of(fact) for fact in case.facts}


class ScriptedEngine:
    """The embedded default patient: the case alone, no network, no key."""

    name = "scripted"

    def __init__(self, embedder: Embedder, index: GroundingIndex | None = None,
                 tuning: Tuning | None = None) -> None:
        self.embedder = embedder
        self.index = index
        self.tuning = tuning or Tuning()
        self._models: dict[str, CaseModel] = {}
        self._turn_vectors: dict[str, np.ndarray] = {}  # this turn's texts, embedded once

    @cached_property
    def _question_bank(self) -> tuple[CategoryClassifier, BankMatcher]:
        """The question bank, embedded on first use rather than at construction: on a new
        data folder that takes most of a minute, and a server should show its first page
        while the engine's own thread does it."""
        known = list(classifier_keys())
        vectors = self._vectors("categories", [k.text for k in known])
        # The general bank's questions are among the classifier's: reuse their vectors.
        row = {(k.owner, k.text): i for i, k in enumerate(known)}
        bank = bank_keys()
        return (CategoryClassifier(known, vectors),
                BankMatcher(bank, vectors[[row[(k.owner.removeprefix("category:"), k.text)]
                                           for k in bank]]))

    @property
    def categories(self) -> CategoryClassifier:
        return self._question_bank[0]

    @property
    def bank(self) -> BankMatcher:
        return self._question_bank[1]

    def _vectors(self, namespace: str, texts: list[str]) -> np.ndarray:
        if self.index is not None:
            return self.index.vectors(namespace, texts)
        return self.embedder.embed(texts)

    def prepare(self, case: Case, case_hash: str) -> CaseModel:
        """Index a case (once per content hash) and keep its vectors in memory."""
        # Keyed by the object too: `case_hash` leaves out example questions, which the
        # matcher does use, and a reloaded case is a new object.
        key = f"{case.id}@{case_hash}@{id(case)}"
        model = self._models.get(key)
        if model is None:
            keys = case_keys(case)
            vectors = self._vectors(f"case:{case.id}", [k.text for k in keys])
            matcher = CaseMatcher(keys, vectors, _vocab_texts(case))
            fact_ids = {f.id for f in case.facts}
            of_facts = np.array([k.owner in fact_ids for k in keys], dtype=bool)
            nearest = (self.categories.vectors @ vectors[of_facts].T).max(axis=1) if (
                of_facts.any()) else np.zeros(len(self.categories.vectors), dtype=np.float32)
            model = CaseModel(case, matcher, fact_ids, {f.id for f in case.exam},
                              {t.id for t in case.tests},
                              frozenset().union(*(matcher.vocabulary(f) for f in fact_ids)),
                              {f.id: _said(f) for f in case.facts},
                              _by_part(case, matcher),
                              _said_by_part(case),
                              people_named([f.words for f in case.facts]),
                              known_words(case), nearest < self.tuning.covered)
            self._models = {k: v for k, v in self._models.items()
                            if not k.startswith(f"{case.id}@")}
            self._models[key] = model
        return model

    async def reply(self, encounter: Encounter, utterance: Utterance) -> AsyncIterator[ReplyEvent]:
        final = self.answer(encounter, utterance)
        yield TextPiece(text=final.text)
        yield final

    # -- the work, synchronous and deterministic ------------------------------------------

    def answer(self, encounter: Encounter, utterance: Utterance) -> FinalReply:
        result = self.answer_many([(encounter, utterance)])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def answer_many(self, requests: list[tuple[Encounter, Utterance]]
                    ) -> list[FinalReply | Exception]:
        """Several encounters' questions at once, as a busy server has them: their texts go
        through the model in one pass, which costs little more than one question's pass
        because a short query is bound by streaming the weights. Each answer is the one it
        would get alone; a request that fails gets its exception, not its neighbours'."""
        plans = [self._plan(e, u) for e, u in requests]
        self._turn_vectors = {}
        try:
            self._prefetch([t for plan in plans if not isinstance(plan, Exception)
                            for t in plan[1]])
        except Exception:  # each answer then embeds its own texts, and fails alone
            self._turn_vectors = {}
        results: list[FinalReply | Exception] = []
        for (encounter, utterance), plan in zip(requests, plans, strict=True):
            if isinstance(plan, Exception):
                results.append(plan)
                continue
            try:
                results.append(self._answer(encounter, utterance, plan[0]))
            except Exception as exc:  # handed back to that request's caller
                results.append(exc)
        return results

    @staticmethod
    def _plan(encounter: Encounter, utterance: Utterance
              ) -> tuple[DialogueState, list[str]] | Exception:
        """Where the conversation stands, and the texts this turn will probably need
        embedded."""
        try:
            state = DialogueState.from_turns(encounter.case, encounter.turns)
            text = utterance.text.strip()
            if utterance.action is not Action.say or not text:
                return state, []
            return state, _likely_texts(split_parts(text), state, encounter.case)
        except Exception as exc:
            return exc

    def _answer(self, encounter: Encounter, utterance: Utterance,
                state: DialogueState) -> FinalReply:
        model = self.prepare(encounter.case, encounter.case_hash)
        text = utterance.text.strip()
        if utterance.action is Action.end:
            parts = [PartAnswer("Thank you, doctor.", ReplyKind.social, "end")]
        elif utterance.action in (Action.examine, Action.order):
            parts = [self._finding(model, normalise(text), utterance.action)]
        elif not text:
            parts = [PartAnswer(voice.CLARIFY, ReplyKind.unknown, "empty")]
        else:
            pieces = split_parts(text)  # their texts were embedded by `answer_many`
            parts = []
            norms = [normalise(p) for p in pieces]
            intents = [social_intent(n) for n in norms]
            guessing = Intent.diagnosis_request in intents or any(
                i is Intent.role_break and ROLE_SWAP.search(n)
                for n, i in zip(norms, intents, strict=True))
            asides = _asides_in_introduction(pieces, norms, intents, state)
            for k, piece in enumerate(pieces):
                if k in asides or (guessing and _aside_to_guess(piece, norms[k], intents[k])):
                    continue
                if guessing and is_diagnosis_guess(norms[k]):
                    piece = "what's the diagnosis?"  # "is it a PE? is that the answer?"
                if _said_back(pieces, k):
                    piece = f"to recap, {piece}"  # "so you've had it since Tuesday. thanks."
                parts.append(self._part(model, state, piece))
                state = replace(_advance(state, encounter.case, parts[-1]),
                                signposted=_signposted(normalise(piece)))
        return _final(_merge(parts), split_parts(text) if text else [])

    def _part(self, model: CaseModel, state: DialogueState, raw: str) -> PartAnswer:
        case = model.case
        norm = _refocus(normalise(raw))
        intent = social_intent(norm)
        if intent is None and _asks_who(normalise(raw), case):
            intent = Intent.identity_name  # "are you Dennis?", "do you prefer Dennis?"
        if intent is None and guesses_answer(norm, case, model.known):
            intent = Intent.diagnosis_request  # "is it a PE?": the patient cannot say
        if intent in (Intent.role_break, Intent.diagnosis_request):
            return PartAnswer(voice.social_reply(case, intent)[0], ReplyKind.refusal, intent)
        if intent is Intent.repeat:
            if state.last_kind is None:
                return PartAnswer(voice.CLARIFY, ReplyKind.unknown, intent)
            return PartAnswer(state.last_reply, state.last_kind, intent,
                              facts=list(state.last_facts))
        if intent is Intent.identity_age and _someone_else(norm, case):
            # "how old is he?" after her big brother: his age, where the answer just given
            # says it; anything else is not for a fact to guess at
            named = asks_more_of_last(norm, state, model)
            if named is not None and _speaks_of(named, norm):
                return self._say_facts(case, state, [named], "follow_up")
        if intent is Intent.identity_age and not voice.is_proxy(case) and _KIN_AGE.search(norm):
            # "how old is your son?" is not the patient's own age: the facts say it or nobody
            intent = None
        if intent in IDENTITY:
            asked = identity_intents(norm) or [intent]  # "are you Dennis?" names no pattern
            replies = [voice.social_reply(case, i) for i in asked]
            return PartAnswer(" ".join(dict.fromkeys(r for r, _ in replies)), ReplyKind.social,
                              "+".join(asked),
                              persona=list(dict.fromkeys(f for _, fs in replies for f in fs)))
        if intent is not None:
            reply, fields = voice.social_reply(case, intent)
            social = PartAnswer(reply, ReplyKind.social, intent, persona=fields)
            if (intent in _COURTESIES and not state.opened
                    and open_intent(norm) is Intent.opening
                    and not (intent is Intent.consent and _ASKS_LEAVE_ABOUT.search(norm))):
                # "I'm one of the students, so what's brought you in?" is asked, not only said
                return _merge([social, self._opening(case)])
            return social
        request = request_intent(norm)
        if request is not None:
            found = self._finding(model, norm, Action.examine if request is Intent.examine
                                  else Action.order, strict=True)
            # "does it hurt to look at the light?" reads like a request to examine, but a
            # case fact that matches it better is what was asked; "can I have a look at her
            # rash?" asks leave to look, and no fact is the answer to it
            acting = acted_request(norm) is not None
            asked_for = ReplyKind.exam if request is Intent.examine else ReplyKind.test
            if found.facts and ((acting and found.kind is asked_for) or not self._fact_rivals(
                    model, norm, found.score or 0.0)):
                return found
            if acting:
                reply, fields = voice.social_reply(case, Intent.consent)
                return PartAnswer(reply, ReplyKind.social, Intent.consent, persona=fields)
        if not state.opened and _WORRIED_ABOUT.search(norm):
            # "what's been worrying you about him?" before anything is told asks why they
            # brought him; later it asks what they fear
            return self._opening(case)
        ice = None if when_of_last(norm, state, model) else self._ice(model, state, norm)
        if ice is not None:
            return ice
        if asks_associated(norm):
            associated = self._associated(case, state)
            if associated is not None:
                return associated
        opening = open_intent(norm)
        names_topic = opening is Intent.opening or any(is_topic(t) for t in content_stems(norm))
        # a bare "anything else?" stays open: only a question naming something can be a fact's
        if opening is not None and names_topic and self._fact_rivals(model, norm, None):
            # "what's your own idea about what's happening?", "anything else, like drugs?"
            opening = None
        if not state.opened and (opening is Intent.opening or _FIRST_ASK.search(norm)):
            # "what can we do for you today?" before anything is told asks why they came;
            # later it asks what they hope for
            return self._opening(case)
        if opening is not None:
            return self._volunteer(case, state)
        return self._clinical(model, state, norm, raw)

    def _fact_rivals(self, model: CaseModel, norm: str, score: float | None) -> bool:
        """A pattern read the part as a request or an open question; does a case fact other
        than the presenting complaint match it better (than the finding's score, if any)?"""
        ranked = self._rank_facts(model, self._vector(norm), norm)
        if not ranked or ranked[0].score < self.tuning.threshold:
            return False
        top = model.case.fact(ranked[0].owner)
        if top.category is Category.presenting_complaint:
            return False
        if score is not None:
            return ranked[0].score > score
        complaint = next((r.score for r in ranked if model.case.fact(r.owner).category
                          is Category.presenting_complaint), 0.0)
        return ranked[0].score - complaint >= self.tuning.rival_margin

    def _opening(self, case: Case) -> PartAnswer:
        complaint = [f.id for f in case.facts if f.category is Category.presenting_complaint]
        return PartAnswer(case.persona.opening_line, ReplyKind.answer, Intent.opening,
                          facts=complaint)

    def _ice(self, model: CaseModel, state: DialogueState, norm: str) -> PartAnswer | None:
        """"What do you reckon it is?" is the patient's own idea, unless some other fact
        reads the question clearly better ("what do you think brought it on?")."""
        part = ice_part(norm)
        if part is None:
            return None
        case = model.case
        own = [f for f in case.facts if f.category.value == part
               and f.disclosure in (Disclosure.on_question, Disclosure.volunteered)
               and f.topic in ("", case.complaint)]
        if not own:
            return None
        ranked = self._rank_facts(model, self._vector(norm), norm)
        scores = {r.owner: r.score for r in ranked}
        best_own = max(scores.get(f.id, 0.0) for f in own)
        if ranked and ranked[0].owner not in {f.id for f in own} and (
                ranked[0].score - best_own >= self.tuning.rival_margin):
            return None
        own.sort(key=lambda f: -scores.get(f.id, 0.0))
        return self._say_facts(case, state, own[:1], Intent.clinical,
                               score=round(best_own, 3))

    def _associated(self, case: Case, state: DialogueState) -> PartAnswer | None:
        """"Any other symptoms with it?" hears what the patient has alongside the complaint;
        what they do not have waits for a question that names it."""
        facts = [f for f in case.facts if f.category is Category.hpc_associated
                 and f.polarity is Polarity.present
                 and f.disclosure in (Disclosure.on_question, Disclosure.volunteered)]
        if not facts:
            return None
        answer = self._say_facts(case, state, facts[:GENERAL_LIMIT], "associated")
        answer.category = Category.hpc_associated.value
        return answer

    def _volunteer(self, case: Case, state: DialogueState) -> PartAnswer:
        if not state.opened:
            return self._opening(case)
        waiting = state.next_volunteered(case)
        if not waiting:
            return PartAnswer(voice.NOTHING_MORE, ReplyKind.social, Intent.open)
        return self._say_facts(case, state, [case.fact(i) for i in waiting], Intent.open)

    def _say_facts(self, case: Case, state: DialogueState, facts: list[Fact], intent: str,
                   score: float | None = None, leading_no: bool = False) -> PartAnswer:
        texts, cues = [], []
        for fact in facts:
            texts.append(fact.words)
            if fact.cue and fact.id not in state.cues_dropped:
                texts.append(fact.cue.words)
                cues.append(fact.id)
        text = " ".join(texts)
        if leading_no and not re.match(r"^(no|not|never|nope)\b", text.lower()):
            text = "No. " + text
        return PartAnswer(text, ReplyKind.answer, intent, facts=[f.id for f in facts],
                          cues=cues, score=score)

    def _finding(self, model: CaseModel, norm: str, action: Action,
                 strict: bool = False) -> PartAnswer:
        """An examination finding or test result, in the examiner's voice."""
        case = model.case
        wanted = model.exam_ids if action is Action.examine else model.test_ids
        query = self._vector(norm)
        ranked = model.matcher.rank(query, content_stems(norm), self.tuning,
                                    allowed=model.exam_ids | model.test_ids)
        top = ranked[0] if ranked else None
        intent = "examine" if action is Action.examine else "order"
        if top is None or top.score < FINDING_THRESHOLD or (strict and top.owner not in wanted
                                                            and top.score < 0.7):
            if strict:
                return PartAnswer("", ReplyKind.unknown, intent)
            missing = voice.NO_SUCH_EXAM if action is Action.examine else voice.NO_SUCH_TEST
            return PartAnswer(missing, ReplyKind.unknown, intent,
                              score=top.score if top else None)
        finding = next(f for f in (*case.exam, *case.tests) if f.id == top.owner)
        kind = ReplyKind.exam if top.owner in model.exam_ids else ReplyKind.test
        return PartAnswer(voice.examiner(finding.name, finding.result), kind, intent,
                          facts=[finding.id], score=round(top.score, 3))

    def _clinical(self, model: CaseModel, state: DialogueState, norm: str,
                  raw: str) -> PartAnswer:
        items = list_items(norm) or [norm]
        answers = [self._question(model, state, item, raw) for item in items]
        if len(answers) == 1:
            return answers[0]
        return _merge(answers)

    def _question(self, model: CaseModel, state: DialogueState, norm: str,
                  raw: str) -> PartAnswer:
        case, tuning = model.case, self.tuning
        again = asks_more_of_last(norm, state, model) or relative_follow_up(
            norm, state, model) or same_of_another(norm, state, model)
        leaning = leans_on_last(norm, state, model)
        if again is not None and not lacks_detail(norm, again, leaning) and not (
                self._said_word_for_word(model, norm, again)):
            return self._say_facts(case, state, [again], "follow_up")
        treatment = treatment_of_last(norm, state, model)
        if treatment:
            return self._say_facts(case, state, treatment, "follow_up")
        denied = _denied_last(norm, state, model)
        if denied is not None:
            return self._say_facts(case, state, [denied], "follow_up")
        if _follows_nothing(norm, state):
            # "any chest pain?" "No chest pain." "how long have you had it?": there is none
            return PartAnswer(state.last_reply, state.last_kind or ReplyKind.unknown,
                              "follow_up")
        if state.signposted:
            # "moving on to your general health, are you being treated for anything?": the
            # question is read within the part of the history the signpost named
            norm = f"{norm.rstrip(' ?.!')}, {state.signposted}?"
        vector = self._vector(norm)
        ranked = self._rank_facts(model, vector, norm)
        readings = [ranked]
        category, category_score = self.bank.best(vector)
        for topic in _topics(state, case):
            rewritten = _follow_up(norm, replace(state, topic=topic))
            if rewritten is not None:
                readings.append(self._rank_facts(model, self._vector(rewritten), norm))
        if len(readings) > 1 and _IT.search(norm):
            # "how often were you running to the loo with it?" after the diarrhoea: "it" is
            # the topic, so the facts on other topics that the unresolved reading finds count
            # for a little less ("that" and "this" often point within the question: "your
            # weight, has that dropped?")
            readings[0] = [Ranked(r.owner, r.score - _UNRESOLVED, r.cosine, r.lexical)
                           if case.topic_of(case.fact(r.owner)) != state.topic else r
                           for r in readings[0]]
        if len(readings) > 1:
            # "how long for?" means the topic's duration only where that reads as a better
            # match: each fact keeps its best reading
            ranked = _best_readings(readings)
        stems = content_stems(norm)
        bank_sims = self.categories.vectors @ vector
        parts_of_history = self.categories.scores_of(bank_sims)
        ranked = _weigh_by_salience(ranked, model, state, norm, tuning)

        withheld = []
        candidates = []
        for r in ranked:
            fact = case.fact(r.owner)
            if fact.disclosure is Disclosure.on_specific_question and not (
                    _names(fact, stems, model) or _opened_by_last(fact, state, case, norm)):
                if r.score >= tuning.threshold:
                    withheld.append(fact.id)
                continue
            candidates.append(r)
        if candidates and _off_script(candidates[0], case, parts_of_history, tuning) and (
                candidates[0].cosine < tuning.named_verbatim
                or not _names_all_topics(candidates[0], model, stems)) and not (
                _names_its_symptom(candidates[0], model, stems)):
            candidates = []  # "any chest pain?" to a case that never mentions the chest
        if _ASKS_ALLERGY.search(norm) and any(
                case.fact(r.owner).category is Category.allergies for r in candidates):
            # "any allergies to painkillers?" asks after allergies, not the painkillers taken
            candidates = [r for r in candidates
                          if case.fact(r.owner).category is Category.allergies]
        if _ASKS_FAMILY.search(norm):
            # "has anyone in the family had high cholesterol?" is not the patient's own
            candidates = [r for r in candidates
                          if case.fact(r.owner).category is Category.family]
        person = other_person(norm, case.informant.relationship, model.named)
        if not person and candidates and _someone_else(norm, case) and not (
                _WITNESS.search(norm)) and not _speaks_of(case.fact(candidates[0].owner), norm):
            # "is your dad well? any health problems with him?": "him" is someone else, and a
            # fact that names no one he can be is the patient's own
            person = (_THIRD_PERSON.search(norm).group(1),)  # type: ignore[union-attr]
        # "any coughing up blood?" names one thing, not a cough and some blood
        pair = None if person or _ONE_THING.search(norm) else _pair(candidates, model, stems,
                                                                      tuning)
        if candidates and not_of_family(candidates[0], model, state, norm, person, tuning):
            candidates = []  # "any unusual bleeding?" asks after the patient, not her mother
        if pair is None and candidates and near_miss(candidates[0], model, stems, tuning,
                                                      person, norm):
            # "is she teething?" to a case that only says how she feeds: nothing. But "any
            # chest pain?" to a case whose best match is the previous episodes may be the
            # next fact's, read just as closely
            rest = [r for r in candidates[1:] if r.score >= candidates[0].score - _NEXT_SLACK]
            candidates = rest[:1] if rest and not near_miss(rest[0], model, stems, tuning,
                                                             person, norm) else []
        if candidates and candidates[0].cosine < tuning.verbatim and unknown_name(raw, norm, model):
            candidates = []  # "did you go to Ghana as well?" to a case that never names Ghana
        # "any side effects from it?" to a fact that names the drug and its dose: neither it
        # nor a list of the drugs says what was asked
        lacking = bool(candidates) and candidates[0].cosine < tuning.verbatim and (
            lacks_detail(norm, case.fact(candidates[0].owner), leaning)
            or lacks_name(norm, case.fact(candidates[0].owner))
            or lacks_opinion(norm, case.fact(candidates[0].owner))
            or other_side(norm, case.fact(candidates[0].owner), case, stems))
        if lacking:
            candidates = []
        unscripted = self._unscripted(model, bank_sims, stems,
                                      candidates[0] if candidates else None, parts_of_history)
        if unscripted:
            candidates = []  # "any pets?" to a case with a home and no animals
        complaint = None if person or lacking else _complaint_named(model, norm, stems)
        if complaint is not None and (not candidates or (candidates[0].owner != complaint.id and (
                not all(covers(model.said[candidates[0].owner], s) for s in stems
                        if is_topic(s) or is_body_part(s))))):
            # "any pain in your chest?" to the man with chest pain: his complaint, however
            # far its "what brings you in?" questions read from a closed one
            answer = self._say_facts(case, state, [complaint], Intent.clinical)
            answer.withheld = withheld
            return answer
        top = candidates[0] if candidates else None
        second = candidates[1] if len(candidates) > 1 else None

        # "has your flatmate got any health problems?": the patient's own list, or the
        # patient's own default ("nothing else"), does not answer for someone else
        elsewhere = bool(person) and category != Category.family.value
        general = None if unscripted or elsewhere or lacking else self._general(
            model, state, top, category, category_score, stems, person, norm)
        if general is not None:
            general.withheld = withheld
            return general
        if top is not None and top.score >= tuning.threshold:
            if second is not None and top.score - second.score < tuning.margin:
                return PartAnswer(voice.CLARIFY, ReplyKind.unknown, "ambiguous",
                                  score=round(top.score, 3), withheld=withheld)
            if pair is not None:  # "what about smoking and alcohol?": both
                answer = self._say_facts(case, state, [case.fact(f) for f in pair],
                                         Intent.clinical, score=round(top.score, 3))
                answer.withheld = withheld
                return answer
            fact = case.fact(top.owner)
            if fact.disclosure is Disclosure.never:
                return PartAnswer(case.unknown_reply, ReplyKind.unknown, "withheld",
                                  score=round(top.score, 3), withheld=[*withheld, fact.id])
            leading_no = (is_leading(norm) or is_leading(normalise(raw))) and _contradicts(
                fact, stems, model, state)
            answer = self._say_facts(case, state, [fact], Intent.clinical,
                                     score=round(top.score, 3), leading_no=leading_no)
            answer.withheld = withheld
            return answer
        if elsewhere:
            return PartAnswer(case.unknown_reply, ReplyKind.unknown, "unknown",
                              score=round(top.score, 3) if top else None, withheld=withheld)
        return self._fallback(case, category, category_score, top, withheld)

    def _said_word_for_word(self, model: CaseModel, norm: str, last: Fact) -> bool:
        """"How many times a day were you going?" after the runs: all but word for word
        another fact's own question, which the author wrote for it, not for the last one."""
        ranked = self._rank_facts(model, self._vector(norm), norm)
        return bool(ranked) and ranked[0].owner != last.id and (
            ranked[0].cosine >= self.tuning.verbatim)

    def _vector(self, text: str) -> np.ndarray:
        if text not in self._turn_vectors:
            self._prefetch([text])
        return self._turn_vectors[text]

    def _prefetch(self, texts: list[str]) -> None:
        """Embed a turn's texts in one batch: one call for three parts costs far less than
        three calls."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._turn_vectors))
        if missing:
            for text, vector in zip(missing, self.embedder.embed(missing), strict=True):
                self._turn_vectors[text] = vector

    def _unscripted(self, model: CaseModel, bank_sims: np.ndarray, stems: list[str],
                    top: Ranked | None, parts: dict[str, float]) -> bool:
        """Is the question about something the case holds no fact on?

        It names something the case never mentions ("covid", "pets"), or that the part of
        the history it asks about never mentions ("any heart disease in the family?" to a
        family history of a melanoma), and a generic question the case has nothing near
        reads it better than any fact does. Or it is all but word for word such a generic
        question ("any chest pain?") and the best fact's own words say nothing of what it
        names.
        """
        if not model.uncovered.any():
            return False
        if top is not None and top.cosine >= self.tuning.verbatim:
            return False  # all but one of the fact's own example questions: the author's word
        topics = [s for s in stems if is_topic(s)]
        if not topics:
            return False
        nearest = float(bank_sims[model.uncovered].max())
        if nearest - (top.cosine if top else 0.0) >= self.tuning.unscripted_margin:
            part = max(parts, key=lambda c: parts[c]) if parts else None
            within = model.by_part.get(part, frozenset()) if part in LISTED_PARTS else None
            mine = model.matcher.vocabulary(top.owner) if top else frozenset()
            if any(not covers(model.vocabulary, t) for t in topics):
                return True
            if within is not None and not any(covers(within, t) or covers(mine, t)
                                              for t in topics):
                return True
        if top is None or nearest < self.tuning.verbatim_generic:
            return False
        part = max(parts, key=lambda c: parts[c]) if parts else None
        if part in LISTED_PARTS and top.cosine < FAR and (
                model.case.fact(top.owner).category.value != part):
            # "do you drive?" word for word, to a case whose only driving is in the suicide
            # plan ("I'd drive out to the reservoir"): the word is shared, the question is the
            # social history's, and the author wrote it no fact of that part
            return True
        return not any(covers(model.said[top.owner], t) for t in topics)

    def _rank_facts(self, model: CaseModel, vector: np.ndarray, text: str) -> list[Ranked]:
        return model.matcher.rank(vector, content_stems(text), self.tuning,
                                  allowed=model.fact_ids)

    def _general(self, model: CaseModel, state: DialogueState, top: Ranked | None,
                 category: str | None, category_score: float,
                 stems: list[str], person: tuple[str, ...] = (), norm: str = ""
                 ) -> PartAnswer | None:
        """"Any medical problems?" gets every condition the patient would mention."""
        if category is None or category_score < self.tuning.category_threshold:
            return None
        cat = Category(category)
        if cat not in LIST_CATEGORIES:
            return None
        top_cosine = top.cosine if top else 0.0
        # A broad question may sit among one item's examples ("what medication are you
        # on?" on the amlodipine). Where it names nothing in particular, or is all but word
        # for word a generic list question, the list wins; `_singles_out` below keeps "any
        # blood pressure problems?" to that one item. Not for the systems review, whose
        # generic questions ("how are you sleeping?") each ask after one thing.
        own_part = (top is not None and top.score >= self.tuning.threshold
                    and model.case.fact(top.owner).category is cat
                    and cat.value in LISTED_PARTS
                    and (category_score >= self.tuning.verbatim
                         or not any(is_topic(s) for s in stems)))
        if category_score < top_cosine - self.tuning.general_slack and not own_part:
            return None
        if top is not None and top.score >= self.tuning.threshold and (
                model.case.fact(top.owner).category is not cat):
            return None
        topics = [s for s in stems if is_topic(s) and not is_body_part(s)]
        within = model.said_by_part.get(cat.value, frozenset())
        if topics and not any(covers(within, t) for t in topics):
            return None  # "any operations recently?" to a list of conditions
        parts = [s for s in stems if is_body_part(s)]
        if parts and not topics and not any(covers(within, p) for p in parts):
            return None  # "any trouble with your back?" to a knee's review of joints
        checks = asked_checks(norm)
        if checks and not any(covers(model.by_part.get(cat.value, frozenset()), s)
                              for s in checks):
            return None  # "has a doctor looked at it?" is not a list of his conditions
        facts = [f for f in model.case.facts if f.category is cat and f.disclosure in
                 (Disclosure.on_question, Disclosure.volunteered)]
        if person and cat is Category.family:
            # "is your mum well?" hears only of mum, and of nobody where no fact's own words
            # name her: "are your mum and dad still alive?" among the questions of the mother's
            # fact does not make it speak of the father
            facts = [f for f in facts if any(covers(model.said[f.id], stem(w)) for w in person)]
        if not facts:
            return None
        unheard = [f for f in facts if f.id not in state.disclosed]
        if _OTHER_THAN.search(norm) and unheard:
            # "any other tablets besides that one?": the ones not yet told
            facts = unheard
        if top is not None and top.score >= self.tuning.threshold and _singles_out(
                model, top.owner, [f.id for f in facts], stems):
            return None  # "any blood in your water?" asks for one of them
        facts.sort(key=lambda f: f.polarity is not Polarity.present)  # stable: author order
        # The one the question comes nearest leads: "any blood in your water?" hears about
        # blood first, then the rest of the waterworks.
        facts.sort(key=lambda f: top is None or f.id != top.owner)
        answer = self._say_facts(model.case, state, facts[:GENERAL_LIMIT], "general",
                                 score=round(category_score, 3))
        answer.category = cat.value
        return answer

    def _fallback(self, case: Case, category: str | None, category_score: float,
                  top: Ranked | None, withheld: list[str]) -> PartAnswer:
        score = round(top.score, 3) if top else None
        if category is not None and category_score >= self.tuning.category_threshold:
            default = case.defaults.get(Category(category))
            if default:
                return PartAnswer(default, ReplyKind.default, "default", category=category,
                                  score=score, withheld=withheld)
        return PartAnswer(case.unknown_reply, ReplyKind.unknown, "unknown", score=score,
                          category=category if category_score >= self.tuning.category_threshold
                          else None, withheld=withheld)


_OTHER_THAN = re.compile(r"\b(?:other|others|else|besides|apart from|aside from|another)\b")


def _weigh_by_salience(ranked: list[Ranked], model: CaseModel, state: DialogueState,
                       norm: str, tuning: Tuning) -> list[Ranked]:
    """A question that leans on the last answer ("how long for?", "when was that?") is
    most likely about the one fact that answer gave."""
    last = [f for f in state.last_facts if f in model.fact_ids]
    if len(last) != 1 or not tuning.salience:
        return ranked
    stems = content_stems(norm)
    pronoun = bool(PRONOUN.search(norm))
    if not (pronoun or len(stems) <= 2):
        return ranked
    # "has that happened before?" after a fall: the best other fact speaks of "before" and
    # the fall just heard does not, so the question is that other fact's
    # ("has that gone up lately?" leans on the drinking however many facts say "lately")
    rival = next((r.owner for r in ranked if r.owner != last[0]), None)
    if rival is not None and pronoun:
        mine, theirs = model.matcher.vocabulary(last[0]), model.matcher.vocabulary(rival)
        if any(s not in _FILLER_STEMS and not covers(mine, s) and covers(theirs, s)
               for s in stems):
            return ranked
    weighed = [Ranked(r.owner, r.score + tuning.salience, r.cosine, r.lexical)
               if r.owner == last[0] else r for r in ranked]
    weighed.sort(key=lambda r: (-r.score, r.owner))
    return weighed


def _singles_out(model: CaseModel, owner: str, siblings: list[str], stems: list[str]) -> bool:
    """The question names what one fact of a list is about, and nothing beyond it: every
    topic it names is in that fact's words, and one of them in no other fact of the list."""
    topics = {s for s in stems if is_topic(s)}
    mine = model.matcher.vocabulary(owner)
    if not topics or not all(covers(mine, t) for t in topics):
        return False
    # "how are you sleeping?" is about the fact whose subject is sleep, even where another
    # item of the list mentions sleep in passing
    subject = frozenset(content_stems(normalise(model.case.fact(owner).attribute)))
    if any(covers(subject, t) for t in topics):
        return True
    others = [model.matcher.vocabulary(f) for f in siblings if f != owner]
    return any(not any(covers(v, t) for v in others) for t in topics)


def _denied_last(norm: str, state: DialogueState, model: CaseModel) -> Fact | None:
    """"How often?" straight after "No cough, no.": the patient has just said there is
    none, so the denial stands, rather than how often a drink is had. Anything more
    ("what makes it worse?", "does anything help?") goes back to the complaint, the only
    thing there is."""
    last = [f for f in state.last_facts if f in model.fact_ids]
    if state.last_kind is not ReplyKind.answer or len(last) != 1:
        return None
    fact = model.case.fact(last[0])
    return fact if fact.polarity is Polarity.absent and _BARE_HOW.match(norm) else None


def _asks_who(norm: str, case: Case) -> bool:
    """Checking who is there, or what to call them, by a name the case gives: "are you
    Dennis?", "is it Mrs Price?", "do you prefer Dennis or Mr Walsh?"."""
    m = _WHO_BY_NAME.match(norm)
    if not m:
        return False
    names = {w.lower() for n in (case.persona.name, case.informant.name or "")
             for w in n.split()}
    return bool(set(re.findall(r"[a-z]+", m.group("rest"))) & names)


_WHO_BY_NAME = re.compile(
    r"^(?:(?:hello|hi|hiya|sorry|and|so|ok|okay),? )*(?:are you|is (?:it|this|that)|am i "
    r"(?:speaking|talking) (?:to|with)|do you prefer|would you prefer|(?:can|shall|should|may) "
    r"i call you|are you happy (?:for me )?to (?:be called|call you)|is it ok (?:if i|to) call "
    r"you)(?P<rest>(?: [\w'.]+){1,6})\W*$")


def _follows_nothing(norm: str, state: DialogueState) -> bool:
    """A follow-up straight after a stated default ("No chest pain or anything like that.")
    asks after the thing just denied, when it names nothing of its own and points back with
    "it", "that", "they", or with no word at all ("whereabouts?"). "This" often points at the
    complaint instead, so it does not count. "I'm not sure" counts only after a question of
    its own turn that named something: it as often answers a remark the patient could not
    place, or the first part of a long turn."""
    if state.last_facts or not (state.last_kind is ReplyKind.default or (
            state.last_kind is ReplyKind.unknown and state.screened)):
        return False
    short = len(norm.split()) <= 6  # "is she around them much?", not a question of its own
    if not (_POINTS_BACK.match(norm) or (short and _PRONOUN_BACK.search(norm))) or re.search(
            r"\bthis\b", norm):
        return False
    return not any(is_topic(t) for t in content_stems(norm))


_POINTS_BACK = re.compile(
    r"^(?:(?:and|so|ok|okay|right|oh|sorry),? )*(?:how (?:long|often|many|much|bad|severe|"
    r"frequently)|roughly how|whereabouts|where|since when|when|what (?:brings|makes|triggers|"
    r"sets)|what'?s (?:it|that|they) like|is (?:it|that)|are (?:they|those)|does (?:it|that)|"
    r"do (?:they|those)|did (?:it|that)|have you had (?:it|that|them)|has (?:it|that))\b")


_PRONOUN_BACK = re.compile(r"\b(?:it|that|them|they|those)\b")

_BARE_HOW = re.compile(r"^(?:and |so |ok,? |okay,? )?(?:how (?:often|long|many times|much|"
                       r"frequently)(?: for)?|since when|for how long)\W*$")


def _off_script(top: Ranked, case: Case, scores: dict[str, float], tuning: Tuning) -> bool:
    """Generic questions recognise the question as a part of the history this case has no
    fact in, and recognise it better than any of the case's own questions do."""
    if not scores or top.cosine >= tuning.verbatim:
        return False  # all but one of the case's own example questions: the author's word
    category = max(scores, key=lambda c: scores[c])
    if scores[category] - top.cosine < tuning.veto_margin:
        return False
    return not any(f.category.value == category for f in case.facts)


def _names_all_topics(top: Ranked, model: CaseModel, stems: list[str]) -> bool:
    """Every topic the question names is in the fact's own words or questions: "any
    nosebleeds?" to a fact on bleeding from the nose, whatever part of the history a generic
    question about the nose would file it under."""
    topics = [s for s in stems if is_topic(s)]
    said = model.said[top.owner]
    return bool(topics) and all(covers(said, t) for t in topics)


def _names_its_symptom(top: Ranked, model: CaseModel, stems: list[str]) -> bool:
    """"Have you had any nausea?" to the nausea the chest pain brings: the symptom asked after
    is what the fact is about, wherever a generic question about nausea would file it. Its
    words are not enough ("any problems with your hearing?" to hearing the knee crunch), nor
    a part of the body alone ("have her eyes been red?" to the light hurting them)."""
    symptoms = [s for s in stems if is_topic(s) and not is_body_part(s)]
    subject = frozenset(content_stems(normalise(model.case.fact(top.owner).attribute)))
    return bool(symptoms) and all(covers(subject, s) for s in stems if is_topic(s))


def _pair(candidates: list[Ranked], model: CaseModel, stems: list[str],
          tuning: Tuning) -> tuple[str, str] | None:
    """Two facts a question names together ("are you a drinker or a smoker?"): the best
    fact's words name some of its topics, and those of one of the next few facts, itself
    above the threshold, name all the rest."""
    topics = list(dict.fromkeys(s for s in stems if is_topic(s)))
    if len(topics) < 2 or not candidates or candidates[0].score < tuning.threshold:
        return None
    top = candidates[0]
    mine = model.matcher.vocabulary(top.owner)
    missing = [t for t in topics if not covers(mine, t)]
    if not missing or len(missing) == len(topics):
        return None
    family = model.case.fact(top.owner).category is Category.family
    for r in candidates[1:PAIR_RIVALS]:
        rival = model.case.fact(r.owner)
        if rival.disclosure is Disclosure.never or (
                rival.category is Category.family and not family):
            continue
        theirs = model.matcher.vocabulary(r.owner)
        if r.score >= tuning.threshold and all(covers(theirs, t) for t in missing):
            return top.owner, r.owner
    return None


_UNRESOLVED = 0.05
# two topics that name one symptom: blood brought up
_ONE_THING = re.compile(r"\b(?:cough\w*|vomit\w*|bring\w*|brought|spit\w*|sick\w*) up "
                        r"(?:any )?blood\b")
_IT = re.compile(r"\bit\b")


def _best_readings(readings: list[list[Ranked]]) -> list[Ranked]:
    best: dict[str, Ranked] = {}
    for ranked in readings:
        for r in ranked:
            if r.owner not in best or r.score > best[r.owner].score:
                best[r.owner] = r
    return sorted(best.values(), key=lambda r: (-r.score, r.owner))


def _topics(state: DialogueState, case: Case) -> list[str]:
    """What "it" may mean: the topic, and after a symptom that goes with the complaint
    ("have you been sick?"), that symptom ("how many times?")."""
    topics = [state.topic] if state.topic else []
    last = [f for f in state.last_facts if f in case.fact_ids]
    if len(last) == 1:
        fact = case.fact(last[0])
        if fact.category is Category.hpc_associated and not fact.topic:
            topics.append(fact.attribute)
    return list(dict.fromkeys(topics))


def _likely_texts(pieces: list[str], state: DialogueState, case: Case) -> list[str]:
    """The texts a turn will probably need embedded, so they go to the model together.

    A later part most often leans on the presenting complaint, which an earlier part of the
    same turn may have just brought up, so its follow-up reading is prepared for that topic
    too: a few more tokens in the one pass cost far less than a second pass over the weights.
    """
    topics = {state.topic, case.complaint}
    texts = []
    for i, piece in enumerate(pieces):
        norm = _refocus(normalise(piece))
        if social_intent(norm) is not None:
            continue
        for item in list_items(norm) or [norm]:
            texts.append(item)
            for topic in sorted(t for t in topics if t) if i else _topics(state, case):
                rewritten = _follow_up(item, replace(state, topic=topic))
                if rewritten:
                    texts.append(rewritten)
    return texts


def _follow_up(norm: str, state: DialogueState) -> str | None:
    """Put the topic in: "does it go anywhere?" -> "does the chest pain go anywhere?"."""
    if not state.topic:
        return None
    topic = normalise(state.topic)
    stems = content_stems(norm)
    topic_stems = set(content_stems(topic))
    if topic_stems & set(stems):
        return None
    pronoun = PRONOUN.search(norm)
    if pronoun:
        return f"{norm[:pronoun.start()]}the {topic}{norm[pronoun.end():]}"
    if len(stems) <= 3 and all(s in FOLLOW_UP_STEMS for s in stems):
        return f"{norm.rstrip(' ?.!')} {topic}?"
    return None


def _names(fact: Fact, stems: list[str], model: CaseModel) -> bool:
    """Does the question name this fact's subject, beyond everyday question words?"""
    specific = model.matcher.vocabulary(fact.id) - GENERIC_STEMS
    return bool(specific & set(stems))


# another time than now: "have you had chest pain before?" is the previous episodes' question
_BEFORE_WORDS = re.compile(r"\b(?:before|previous\w*|ever|past|prior|earlier|again|used to)\b")
_CLOSED = re.compile(r"^(?:and |so )?(?:any|have|has|had|do|does|did|are|is|was|were|"
                     r"been|got)\b")


def _complaint_named(model: CaseModel, norm: str, stems: list[str]) -> Fact | None:
    """The presenting complaint, where a closed question names it and nothing beyond it: every
    word it asks about is in the complaint's own words, one of them a symptom or a part of
    the body, and it asks neither after another time nor about anyone else."""
    if not _CLOSED.match(norm) or _BEFORE_WORDS.search(norm):
        return None
    # "pain" is asked too: "any back pain?" is not the mole on his back
    asked = [s for s in stems if (s not in _FILLER_STEMS or s in _PAIN_STEMS)
             and s not in _HAVING]
    if not any(is_topic(s) or is_body_part(s) for s in asked):
        return None
    for fact in model.case.facts:
        if fact.category is Category.presenting_complaint and all(
                covers(model.said[fact.id], s) for s in asked):
            return fact
    return None


_PAIN_STEMS = frozenset(content_stems("pain pains hurt hurts hurting"))
_HAVING = frozenset(content_stems("get gets getting feel feeling felt experience experienced "
                                  "experiencing suffer suffered suffering"))


_ASKS_DETAIL = re.compile(r"^(?:and |so )?(?:where|how|what|which|when)\b")


def _opened_by_last(fact: Fact, state: DialogueState, case: Case, norm: str) -> bool:
    """"Where would you go?" straight after the patient has said how he would do it asks
    for a detail of the topic the last answer opened, where the author filed this fact too.
    "Has that happened to you?" asks nothing of the kind."""
    return bool(fact.topic) and bool(_ASKS_DETAIL.match(norm)) and any(
        case.fact(f).topic == fact.topic for f in state.last_facts if f in case.fact_ids)


def _contradicts(fact: Fact, stems: list[str], model: CaseModel, state: DialogueState) -> bool:
    """A leading question naming something this fact does not say ("to your jaw, isn't it?")."""
    if fact.polarity is Polarity.absent:
        return False
    # Anything the fact itself says is not a contradiction: a false "No." would deny the
    # case. Its example questions do not count: "does it go through to your back?" is a
    # fine way to reach a radiation fact that says jaw and arm.
    said = _said(fact)
    topic = set(content_stems(normalise(state.topic or ""))) | set(
        content_stems(normalise(model.case.topic_of(fact) or "")))
    extra = [s for s in stems if s not in said and s not in topic and s not in GENERIC_STEMS]
    return bool(extra)


def _advance(state: DialogueState, case: Case, part: PartAnswer) -> DialogueState:
    """The state after one part, so the next part of the same turn sees it."""
    facts = [f for f in part.facts if f in case.fact_ids]
    return DialogueState(
        disclosed=state.disclosed | set(part.facts),
        cues_dropped=state.cues_dropped | set(part.cues),
        topic=(case.topic_of(case.fact(facts[-1])) if facts else None) or state.topic,
        last_reply=part.text or state.last_reply,
        last_kind=part.kind,
        last_facts=tuple(part.facts),
        opened=state.opened or any(case.fact(f).category is Category.presenting_complaint
                                   for f in facts),
    )


# "moving on to your general health", "a few questions about your lifestyle now"
_SIGNPOSTED = re.compile(r"\b(?:about|on to|onto|to|through|on) ((?!ask\b|move\b|go\b|talk\b|"
                         r"cover\b)[\w' ]+?)(?: (?:now|next|for a (?:bit|moment|minute)|if "
                         r"that'?s ok(?:ay)?|quickly|in general))*\W*$")


def _aside_to_guess(piece: str, norm: str, intent: Intent | None) -> bool:
    """"I give up, what's the diagnosis?", "out of interest, what's the answer?": beside a
    request for the diagnosis, a remark that asks nothing is not a question to answer."""
    return not piece.rstrip().endswith("?") and intent is None and not any(
        is_topic(s) for s in content_stems(norm))


def _asides_in_introduction(pieces: list[str], norms: list[str], intents: list[Intent | None],
                            state: DialogueState) -> set[int]:
    """A first turn that introduces the student and asks leave ("I'm Zayn, med student. I'm
    still learning, and my supervisor's watching. Is it ok if I ask you a few things?"):
    what is said between, that is neither a question nor a remark about the patient's
    trouble, is an aside, and the patient answers the greeting and the request, not it."""
    if state.opened or state.last_kind is not None or len(pieces) < 3:
        return set()
    if Intent.introduction not in intents or intents[-1] is not Intent.consent:
        return set()
    return {k for k, (piece, norm, intent) in enumerate(zip(pieces, norms, intents, strict=True))
            if intent is None and 0 < k < len(pieces) - 1 and not piece.rstrip().endswith("?")
            and not _ABOUT_THEIR_TROUBLE.search(norm)}


# "I understand you've had some chest pain", "the nurse said she'd been sick": the student
# names the trouble, and the patient may take it up
_ABOUT_THEIR_TROUBLE = re.compile(
    r"\b(?:i understand|i hear|i gather|i'?ve (?:read|heard|been told)|(?:the )?(?:nurse|doctor|"
    r"gp|notes?|referral|letter|triage note) (?:says?|said|mentions?|mentioned|tells? me|told "
    r"me))\b|\b(?:you'?ve|you have) (?:been|had|come in)\b|\b(?:s?he'?s|s?he has) (?:been|had|"
    r"got)\b|\byou'?re "
    r"(?:here|in) (?:with|because|about|for)\b")


def _said_back(pieces: list[str], k: int) -> bool:
    """A statement of what the patient said, thanked for in the next breath, is a summary
    ("so you've had pain since last night. thank you for telling me"), not a question."""
    if k + 1 >= len(pieces) or not SAID_BACK.match(normalise(pieces[k])):
        return False
    return social_intent(normalise(pieces[k + 1])) in (Intent.thanks, Intent.empathy,
                                                       Intent.closing)


def _signposted(norm: str) -> str | None:
    """What a signpost says comes next, where the part is one."""
    if social_intent(norm) is not Intent.signpost:
        return None
    named = _SIGNPOSTED.search(norm)
    return named.group(1) if named and content_stems(named.group(1)) else None


# "anything else, like recreational drugs?" asks after the drugs
_ELSE_LIKE = re.compile(r"^(?:and |so )?(?:is there |was there |have you had )?anything else,? "
                        r"(?:like|such as|for example|say|maybe) (?:any )?(.+)$")
# "any long-standing conditions apart from the knee?": the knee is already known
_APART_FROM = re.compile(r",? ?\b(?:apart from|other than|besides|aside from) (?:the|your|this|"
                         r"that|her|his) [\w-]+(?: [\w-]+)?(?=\s*[?,.!]|$)")

# "do you feel it anywhere apart from your chest?" asks where else, not where
_ELSE_APART = re.compile(r"\b(anywhere|anything|anyone|anybody|somewhere|something) "
                         r"(?=(?:apart from|other than|besides|aside from) )")

_NO_CHECK = re.compile(r"^((?:and |so )?)no (?=[\w' -]+\?$)")
# "I'm guessing nothing like this has happened before?": the guess only frames the question
# "it goes to your back, is that right?": a tag that checks, with no right side in it
_RIGHT_TAG = re.compile(r",? (?:is that|is it|am i|have i got that) (?:right|correct)\W*$|"
                        r", right\W*$")
# a screen's tail that points at nothing said: "...or anything like that?", "...that you
# know of?" (not "like that" after an answer, which a follow-up reads: see `leans_on_last`)
_LIKE_THAT_TAIL = re.compile(r"(?<=\w),? or (?:anything|something|owt) (?:like that|of that sort|"
                             r"similar)\W*$|(?<=\w),? that you know of\W*$")
# "sorry, where's the pain?", "and sorry, does it itch?": an apology before the question
_SORRY_LEAD = re.compile(r"^(?:and |so |oh |ok,? )?sorry,? (?:(?:and|so|but),? )?(?=\w+ \w+)")
_GUESSING = re.compile(r"^(?:and |so )?(?:i'?m guessing|i guess|i take it|i assume|i presume|"
                       r"i suppose|i imagine|am i right in thinking|just to check|just to "
                       r"confirm|i (?:just )?(?:have|need|want|wanted|'?ve got) to (?:check|"
                       r"ask)(?=,| -))(?: that)?,? (?:- )?")


# "can I ask if you smoke?", "do you mind me asking what you weigh?": leave to ask, and the
# question itself after it
_LEAVE_TO_ASK = re.compile(r"^(?:and |so |ok,? |okay,? |right,? )?(?:(?:can|could|may) i (?:just )?"
                           r"ask(?: you)?|(?:do|would) you mind (?:me asking|if i ask|telling me|"
                           r"if i asked)|is it (?:ok|okay|alright|all right) (?:if i ask|to ask)"
                           r"(?: you)?|i'?d like to ask(?: you)?) (?:(?:if|whether) |(?=(?:what|"
                           r"how|when|where|who|which|why)\b))")


# "you said you had a tummy bug - was there any blood in it?": what the patient said, recalled
# to lead into the question, is not asked again
_RECALL_LEAD = re.compile(r"^(?:(?:so|and|ok|okay|right|now),? )*(?:you (?:said|mentioned|told "
                          r"me|were saying)|you'?ve (?:said|mentioned|told me)|i know|i "
                          r"understand|i gather|i hear)\b[^?]*?(?: - | -- |, |; |\. )(?=(?:and "
                          r"|so |but )?(?:is|are|do|does|did|have|has|had|was|were|how|what|"
                          r"when|where|why|which|who|can|could|would|will|any)\b)")
_THEY = re.compile(r"\b(?:they|them|those|these)\b")


def _refocus(norm: str) -> str:
    """The question without what only frames it."""
    recalled = _RECALL_LEAD.match(norm)
    rest = norm[recalled.end():] if recalled else ""
    asks = content_stems(rest)
    if asks and (len(asks) > 1 or is_topic(asks[0])) and not _THEY.search(rest):
        # but "you took some tablets last night - what did you take, and did they help?"
        # needs what it recalls
        norm = rest
    norm = _SORRY_LEAD.sub("", norm) or norm
    norm = _RIGHT_TAG.sub("?", norm) or norm  # "is that right?" names no side
    norm = _LIKE_THAT_TAIL.sub("?", norm) or norm  # "a sore throat or anything like that?"
    norm = _GUESSING.sub("", norm) or norm
    norm = _LEAVE_TO_ASK.sub("", norm) or norm
    norm = _VOCATIVE.sub(r"\1", norm)  # "what can I help you with today, Mr Moffat?"
    norm = _NO_CHECK.sub(r"\1any ", norm)  # "no fits or jerky movements?" asks if there were
    like = _ELSE_LIKE.match(norm)
    if like:
        norm = f"any {like.group(1)}"
    stripped = _APART_FROM.sub("", _ELSE_APART.sub(r"\1 else ", norm)).strip()
    return stripped if content_stems(stripped) else norm


_WORRIED_ABOUT = re.compile(r"\bwhat'?s (?:been )?worrying you about (?:him|her|them|your "
                            r"(?:father|mother|son|daughter|child|baby|husband|wife))\b"
                            r"(?! (?:most|the most)\b)")
_FIRST_ASK = re.compile(r"\bwhat can (?:i|we) (?:do for|help) you\b(?! (?:to |with (?:the|your|"
                        r"this|that|it)\b))")
# a title needs no comma before it; "doctor" does ("shown it to a doctor before?")
_VOCATIVE = re.compile(r"(?:,? (?:mr|mrs|ms|miss|mx)|, (?:dr|doctor)) [a-z'-]+(\W*)$")
_THIRD_PERSON = re.compile(r"\b(he|she|him|her|his)\b")
# "the changes she's noticed": she saw or said it, and it is still the patient's
_WITNESS = re.compile(r"\b(?:he|she)(?:'s| has| had| was| is)? (?:\w+ )?(?:noticed|notice|seen|"
                      r"spotted|said|says|mentioned|told|thinks|thought|reckons|noticing|"
                      r"worried|found|heard)\b")


_KIN_AGE = re.compile(r"\bhow old (?:is|was|are|were) (?:your|his|her|their) (?!age\b)\w+")


def _someone_else(norm: str, case: Case) -> bool:
    """Does "he" or "she" here mean someone other than the patient? To a patient speaking
    for themselves it always does; to a parent, where it is not the child's pronoun."""
    said = _THIRD_PERSON.search(norm)
    if said is None:
        return False
    if not voice.is_proxy(case):
        return True
    he, his = voice.pronoun(case)
    return said.group(1) not in (he, his, "him" if he == "he" else "her")


# words that can speak of a "he" or a "she" the question means: "no one at home's been ill"
# answers "has he been poorly?" of a brother, whoever "he" is
_ANYONE = re.compile(r"\b(partner|fianc[eé]e?|anyone|anybody|no one|nobody|everyone|everybody|"
                     r"someone|somebody|people|family|friends?|mates?)\b")


def _speaks_of(fact: Fact, norm: str) -> bool:
    """Do the fact's words name someone the question's "he" or "she" can be?"""
    said, words = _THIRD_PERSON.search(norm), fact.words.lower()
    if said is None:
        return False
    if _ANYONE.search(words):
        return True
    if said.group(1) in ("he", "him", "his"):
        return bool(MALE_KIN.search(words) or PRONOUN_MALE.search(words))
    return bool(FEMALE_KIN.search(words) or PRONOUN_FEMALE.search(words))


def _merge(parts: list[PartAnswer]) -> PartAnswer:
    """Several answers as one: text in order without repeats, evidence united."""
    merged = PartAnswer("", min((p.kind for p in parts), key=KIND_ORDER.index),
                        "+".join(dict.fromkeys(p.intent for p in parts)))
    texts: list[str] = []
    for part in parts:
        text = part.text
        if any(t.startswith("Hello") for t in texts):
            text = text.removeprefix("Hello. ")  # "Hi, I'm Sam, a student": one hello
        if text and text not in texts:
            texts.append(text)
        merged.facts += [f for f in part.facts if f not in merged.facts]
        merged.cues += [c for c in part.cues if c not in merged.cues]
        merged.persona += [p for p in part.persona if p not in merged.persona]
        merged.withheld += [w for w in part.withheld if w not in merged.withheld]
        merged.category = merged.category or part.category
    merged.withheld = [w for w in merged.withheld if w not in merged.facts]
    merged.text = " ".join(texts)
    scores = [p.score for p in parts if p.score is not None]
    merged.score = min(scores) if scores else None
    return merged


def _final(part: PartAnswer, pieces: list[str]) -> FinalReply:
    grounding = Grounding(kind=part.kind, facts=part.facts, cues=part.cues,
                          category=part.category, persona=part.persona, intent=part.intent,
                          score=part.score, withheld=part.withheld, parts=pieces)
    return FinalReply(text=part.text or voice.CLARIFY, grounding=grounding)
