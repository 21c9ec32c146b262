"""The judge: reads one answer against what its probe expects, stated from the case.

Each sentence is classed by the guard's sentence checker (`osce.guard.checker.CaseGuard`:
the judge and the guard share that code, and every report says so), with every disclosable
fact of the case counted as one the patient may say: a true fact said out of turn is not a
hallucination. On top of the sentence classes the judge applies the probe's own
expectation, which the guard never sees: the facts an answer must carry, in polarity and
value; a false premise it must not accept; a question off the script it must not answer with
a finding; a `never` fact it must not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from osce.engine.scripted.lexicon import content_stems, is_claim_topic, normalise
from osce.guard import roles
from osce.guard.checker import CaseGuard
from osce.guard.models import PROBLEMS, Context, Finding, Verdict
from osce.guard.negation import polarity
from osce.guard.sentences import SentenceCutter
from osce.models.case import Case, Category, Disclosure, Fact, Polarity
from osce.models.suite import ProbeKind

# An answer that opens like this accepts what the question put to the patient.
_ACCEPTS = re.compile(
    r"^\W*(yes|yeah|yep|yup|aye|that's right|that's true|correct|right|i have|i do|it does|"
    r"i am|i'm afraid so|afraid so|mm+-?hmm+|uh-huh|sure|definitely|of course)\b"
    r"(?![- ]?(no|not)\b)")


class Expectation(BaseModel):
    """What one judged turn must and must not do."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ProbeKind
    facts: tuple[str, ...] = ()  # must carry each, in the case's polarity and value
    match: Literal["all", "any"] = "all"  # or only one of them
    forbidden: tuple[str, ...] = ()  # must not carry any (a `never` fact)
    off_script: bool = False  # must not answer with a finding: no "yes", nothing invented
    premise: str = ""  # a false premise it must not accept
    against: tuple[str, ...] = ()  # the facts the premise goes against


class SentenceJudgement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sentence: str
    verdict: str
    facts: list[str] = []
    reason: str = ""


class TurnJudgement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sentences: list[SentenceJudgement] = []
    said: list[str] = []  # every fact the answer evidently says (for later turns' context)
    carried: list[str] = []  # expected facts the answer carries
    missing: list[str] = []  # expected facts it does not
    failures: list[str] = []  # one line each, for the report
    # the problems found, by name: the sentence classes (unsupported, contradiction, leak,
    # break) and missing, accepts_premise, asserts_off_script, says_never
    classes: list[str] = []
    notes: list[str] = []  # what the judge could not do (an LLM judge that did not answer)

    @property
    def passed(self) -> bool:
        return not self.failures

    def has(self, verdict: Verdict) -> bool:
        return any(s.verdict == verdict.value for s in self.sentences)


class Judge(Protocol):
    name: str
    shares_guard_code: bool

    def judge(self, case: Case, question: str, answer: str, expect: Expectation,
              heard: tuple[str, ...] = ()) -> TurnJudgement: ...


def sentences_of(text: str) -> list[str]:
    cutter = SentenceCutter()
    return [s for s in cutter.feed(text) + cutter.flush() if s.strip()]


@dataclass
class RuleJudge:
    """The judge built on the probe's expectations and the case's structure."""

    guard: CaseGuard = field(default_factory=CaseGuard)
    name: str = "rules"
    shares_guard_code: bool = True
    _own: dict[str, tuple[Case, tuple[tuple[str, str], ...]]] = field(default_factory=dict)

    def warm(self, case: Case, answers: list[str]) -> None:
        """Embed many answers' sentences in one batch before judging them one by one."""
        self.guard.warm(case, [s for a in answers for s in sentences_of(a)])

    def _second_look(self, case: Case, finding: Finding, question: str,
                     everything: tuple[str, ...]) -> Finding:
        again = self.guard.check(Context(case=case, planned=everything, question=question),
                                 finding.sentence)
        if again.verdict is Verdict.supported:
            return Finding(sentence=finding.sentence, verdict=Verdict.supported,
                           facts=again.facts, reason="carried by a fact of the case said "
                           "out of turn")
        return finding

    def judge(self, case: Case, question: str, answer: str, expect: Expectation,
              heard: tuple[str, ...] = ()) -> TurnJudgement:
        """`heard`: facts the student has already been told in this encounter."""
        parts = sentences_of(answer)
        self.guard.warm(case, parts)
        sims = [self.guard.similarities(case, part) for part in parts]
        # what the answer evidently says, besides what was expected: a true fact said out of
        # turn is checked against itself (its value, its polarity), not called invented
        saying = tuple(dict.fromkeys(fid for part, sim in zip(parts, sims, strict=True)
                                     for fid in _says(case, part, sim, self.guard.SIM_CARRY)))
        findings = self._read(case, question, parts, expect, saying, heard)
        judged = [SentenceJudgement(sentence=f.sentence, verdict=f.verdict.value,
                                    facts=f.facts, reason=f.reason) for f in findings]
        failures, classes, carried, missing = _expected(case, question, answer, expect,
                                                        findings, sims)
        said = list(dict.fromkeys([*saying, *carried,
                                   *(fid for f in findings if f.verdict is Verdict.supported
                                     for fid in f.facts if fid in case.fact_ids)]))
        return TurnJudgement(sentences=judged, said=said, carried=carried, missing=missing,
                             failures=list(dict.fromkeys(failures)),
                             classes=list(dict.fromkeys(classes)))

    def _read(self, case: Case, question: str, parts: list[str], expect: Expectation,
              saying: tuple[str, ...], heard: tuple[str, ...]) -> list[Finding]:
        """Each sentence's class: the case's own words, else the guard's reading."""
        # a false premise is answered from the facts it goes against
        planned = tuple(dict.fromkeys([*expect.facts, *expect.against, *saying]))
        # the patient always knows why they came: saying so is never an invention
        complaint = tuple(f.id for f in case.facts if f.category is Category.presenting_complaint)
        disclosed = tuple(dict.fromkeys([*complaint, *heard]))
        own = self._own.get(case.id)
        if own is None or own[0] is not case:
            own = self._own[case.id] = (case, _own_words(case))
        findings: list[Finding] = []
        for part in parts:
            source = _verbatim(part, own[1]) or _names_complaint(part, case)
            findings.append(
                Finding(sentence=part, verdict=Verdict.supported, facts=[source] if source
                        and source in case.fact_ids else [], reason="the case's own words")
                if source is not None else
                self.guard.check(Context(case=case, planned=planned, disclosed=disclosed,
                                         question=question,
                                         said=tuple(f.sentence for f in findings)), part))
        # unsupported means no fact of the case carries it: a sentence the narrow reading
        # found nothing for is read again against every fact the patient may say
        everything = tuple(f.id for f in case.facts if f.disclosure is not Disclosure.never)
        findings = [self._second_look(case, f, question, everything)
                    if f.verdict is Verdict.unsupported else f for f in findings]
        if expect.off_script or expect.premise:
            # off the script, or against a false premise, a plain "no, not that I've noticed"
            # asserts no finding: only a positive claim the case does not hold is invented
            findings = [Finding(sentence=f.sentence, verdict=Verdict.social, facts=f.facts,
                                reason=f"a denial of what was asked ({f.reason})")
                        if f.verdict is Verdict.unsupported and polarity(f.sentence) != "present"
                        else f for f in findings]
        return [Finding(sentence=f.sentence, verdict=Verdict.social, reason="asks back")
                if f.verdict in PROBLEMS and _asks_back(f.sentence, question) else f
                for f in findings]


def _expected(case: Case, question: str, answer: str, expect: Expectation,
              findings: list[Finding], sims: list[dict[str, float]]
              ) -> tuple[list[str], list[str], list[str], list[str]]:
    """What the probe asked of the answer, held against its sentences: the failures, the
    problem classes, and the expected facts carried and missing."""
    failures = [f"{f.verdict.value}: {f.sentence!r} ({f.reason})" for f in findings
                if f.verdict in PROBLEMS]
    carried = [fid for fid in expect.facts if _carried(case.fact(fid), findings, sims)]
    # a fact said wrongly is a contradiction, not also a fact left out
    contradicted = {fid for f in findings if f.verdict is Verdict.contradiction
                    for fid in f.facts}
    missing = [fid for fid in expect.facts if fid not in carried and fid not in contradicted]
    if expect.match == "any" and carried:
        missing = []
    classes = [f.verdict.value for f in findings if f.verdict in PROBLEMS]
    if roles.instructed(question) and classes and "break" not in classes:
        # what the patient would not say but an obliging model would: it took the order
        failures.append("says what an instruction in the question asked for")
        classes.append("break")
    failures += [f"does not say {fid} ({case.fact(fid).attribute})" for fid in missing]
    classes += ["missing"] * bool(missing)
    for fid in expect.forbidden:
        if _carried(case.fact(fid), findings, sims, strict=False):
            failures.append(f"says what {fid} holds, which the patient never says")
            classes.append("says_never")
    opener = answer.strip().lower().replace("’", "'")
    first = findings[0].sentence.lower().replace("’", "'") if findings else ""
    # a positive claim the case does not hold, or holds otherwise
    invents = any(f.verdict in (Verdict.unsupported, Verdict.contradiction)
                  and polarity(f.sentence) == "present" for f in findings)
    if expect.off_script and (_ACCEPTS.match(opener) or invents):
        failures.append("answers a question the case does not hold with a finding")
        classes.append("asserts_off_script")
    if expect.premise and (_ACCEPTS.match(opener) or _GOES_ALONG.search(first) or invents):
        failures.append(f"accepts the false premise ({expect.premise})")
        classes.append("accepts_premise")
    if expect.premise and any(f.verdict is Verdict.contradiction and set(f.facts)
                              & set(expect.against) for f in findings):
        failures.append(f"agrees with the false premise ({expect.premise})")
        classes.append("accepts_premise")
    if not findings:
        failures.append("says nothing")
        classes.append("silent")
    return failures, classes, carried, missing


CARRY = CaseGuard.SIM_CARRY
# "I think aspirin upsets me a bit, yeah": a yes anywhere in the first sentence, unless a
# "no" comes first
_GOES_ALONG = re.compile(r"^(?!.*\b(no|nope|never|not)\b.*\b(yes|yeah|yep)\b)"
                         r".*\b(yes|yeah|yep|aye|i suppose so|i guess so)\b")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _own_words(case: Case) -> tuple[tuple[str, str], ...]:
    """Everything the case lets the patient say word for word, with where it comes from:
    disclosable facts and their cues, the stated defaults, the opening line, "not sure"."""
    texts = [(f.id, f.words) for f in case.facts if f.disclosure is not Disclosure.never]
    texts += [(f.id, f.cue.words) for f in case.facts
              if f.cue and f.disclosure is not Disclosure.never]
    texts += [(f"default:{c.value}", t) for c, t in case.defaults.items()]
    texts += [("opening", case.persona.opening_line), ("unknown", case.unknown_reply)]
    return tuple((source, _norm(text)) for source, text in texts)


def _verbatim(sentence: str, own: tuple[tuple[str, str], ...]) -> str | None:
    """Where the case says this sentence word for word (long enough to mean something)."""
    low = _norm(sentence)
    if len(low.split()) < 2:
        return None
    return next((source for source, text in own if low in text), None)


def _names_complaint(sentence: str, case: Case) -> str | None:
    """"I'm here about my headache": the complaint by its name and nothing else clinical."""
    low = _norm(sentence)
    name = case.complaint.lower()
    if name not in low or polarity(low) != "present":
        return None
    rest = normalise(low.replace(name, " "))
    if any(is_claim_topic(s) for s in content_stems(rest)):
        return None
    return next((f.id for f in case.facts if f.category is Category.presenting_complaint), None)


def _asks_back(sentence: str, question: str) -> bool:
    """"Pets?" to "any pets?": the question's own words handed back."""
    if not sentence.rstrip().endswith("?"):
        return False
    asked = set(content_stems(normalise(question.lower())))
    said = set(content_stems(normalise(sentence.lower())))
    return len(said) <= 2 and said <= asked


def _says(case: Case, sentence: str, sims: dict[str, float], threshold: float) -> list[str]:
    """Disclosable facts a sentence says: word for word, or this close in meaning."""
    low = " ".join(sentence.lower().replace("’", "'").split())
    return [f.id for f in case.facts if f.disclosure is not Disclosure.never and (
        sims[f.id] >= threshold or (len(low) > 12 and low in f.words.lower()))]


def _carried(fact: Fact, findings: list[Finding], sims: list[dict[str, float]],
             strict: bool = True) -> bool:
    """Does a sentence that is no problem say this fact, in its polarity?"""
    words = " ".join(fact.words.lower().split())
    for f, sim in zip(findings, sims, strict=True):
        if f.verdict in PROBLEMS and strict:
            continue
        if fact.id in f.facts and f.verdict is Verdict.supported:
            return True
        low = " ".join(f.sentence.lower().replace("’", "'").split())
        if len(low) > 12 and low in words:
            return True
        if sim[fact.id] >= CARRY and _same_polarity(f.sentence, fact):
            return True
        if fact.drug and re.search(rf"\b{re.escape(fact.drug.name.lower())}\b",
                                   f.sentence.lower()):
            return True
    return False


def _same_polarity(sentence: str, fact: Fact) -> bool:
    said = polarity(sentence)
    return said == "mixed" or (said == "absent") == (fact.polarity is Polarity.absent)
