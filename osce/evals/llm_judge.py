"""An LLM judge, added to the rule judge when one is configured (OSCE_JUDGE_* variables,
read like the patient's OSCE_LLM_*: OSCE_JUDGE_BASE_URL, OSCE_JUDGE_MODEL, OSCE_JUDGE_API_KEY,
OSCE_JUDGE_GGUF, OSCE_JUDGE_ENGINE ...).

The model reads the case's facts, defaults and answer key, the question, the reply and what
the probe expects, and answers in JSON. Its problems are added to the rule judge's, never
taken from them: a model that misses a leak cannot hide one the rules found. A reply it does
not answer in JSON leaves the rules' verdict, with a note saying so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from osce.engine.llm.prompt import templates
from osce.evals.judge import Expectation, RuleJudge, TurnJudgement
from osce.models.case import Case, Disclosure

PROBLEMS = ("unsupported", "contradiction", "leak", "break", "missing", "accepts_premise",
            "asserts_off_script")


def expectation_text(case: Case, expect: Expectation) -> str:
    parts = []
    if expect.facts:
        joined = ", ".join(f"[{f}]" for f in expect.facts)
        parts.append(f"say {'one of' if expect.match == 'any' else 'all of'} {joined}, in its "
                     "own values and polarity")
    if expect.off_script:
        parts.append("the case holds nothing on this question: assert no finding (a stated "
                     "default, no, or not sure is fine)")
    if expect.premise:
        parts.append(f"the question's premise is false ({expect.premise}): do not accept it")
    if expect.forbidden:
        parts.append("never say what " + ", ".join(expect.forbidden) + " hold")
    return "; ".join(parts) or "say nothing false and stay in role"


def judge_prompt(case: Case, question: str, answer: str, expect: Expectation) -> str:
    facts = [{"id": f.id, "words": f.words} for f in case.facts
             if f.disclosure is not Disclosure.never]
    return templates().get_template("judge.j2").render(
        facts=facts, defaults=list(case.defaults.values()), key=case.answer_key(),
        question=question, answer=answer, expectation=expectation_text(case, expect)).strip()


def parse_verdict(text: str) -> tuple[bool, list[str], str] | None:
    """The first JSON object in the reply, if it says pass and problems; else None."""
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        return None
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("pass"), bool):
        return None
    problems = [p for p in data.get("problems") or [] if p in PROBLEMS]
    return data["pass"], problems, str(data.get("reason", ""))[:300]


@dataclass
class LLMJudge:
    rules: RuleJudge
    model: Any  # a LangChain chat model
    name: str = "rules+llm"
    shares_guard_code: bool = True

    def warm(self, case: Case, answers: list[str]) -> None:
        self.rules.warm(case, answers)

    def judge(self, case: Case, question: str, answer: str, expect: Expectation,
              heard: tuple[str, ...] = ()) -> TurnJudgement:
        from langchain_core.messages import HumanMessage

        base = self.rules.judge(case, question, answer, expect, heard)
        try:
            reply = self.model.invoke([HumanMessage(content=judge_prompt(case, question,
                                                                          answer, expect))])
            verdict = parse_verdict(str(reply.content))
        except Exception as exc:  # the rules' verdict stands; the report says why
            return base.model_copy(update={"notes": [*base.notes, f"llm judge failed: {exc}"]})
        if verdict is None:
            return base.model_copy(update={"notes": [*base.notes,
                                                     "llm judge gave no JSON verdict"]})
        passed, problems, reason = verdict
        found = [p for p in problems if p not in base.classes] or (
            ["llm"] if not passed and base.passed else [])
        if not found:
            return base
        return base.model_copy(update={
            "failures": [*base.failures, f"llm judge: {', '.join(found)} ({reason})"],
            "classes": [*base.classes, *found]})


def judge_settings(environ: Mapping[str, str]) -> Any | None:
    """LLM settings from OSCE_JUDGE_* variables, or None when none is set."""
    from osce.llm.settings import LLMSettings

    mapped = {key.replace("OSCE_JUDGE_", "OSCE_LLM_", 1): value
              for key, value in environ.items() if key.startswith("OSCE_JUDGE_") and value}
    if not mapped:
        return None
    return LLMSettings.from_env(environ=mapped)


def make_judge(rules: RuleJudge, environ: Mapping[str, str]) -> RuleJudge | LLMJudge:
    """The rule judge, with an LLM judge added where OSCE_JUDGE_* configures one."""
    settings = judge_settings(environ)
    if settings is None:
        return rules
    from osce.llm.chat import make_chat_model

    return LLMJudge(rules=rules, model=make_chat_model(settings))
