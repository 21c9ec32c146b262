"""The LLM judge beside the rule judge: planted model verdicts, one per rule of combining."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from osce.evals.judge import Expectation, RuleJudge
from osce.evals.llm_judge import LLMJudge, judge_prompt, make_judge
from osce.guard.checker import CaseGuard
from osce.llm.errors import LLMConfigError
from osce.models.suite import ProbeKind

GOOD = "I smoke, about twenty a day. Have done since I was twenty-odd."
SMOKING = Expectation(kind=ProbeKind.in_script, facts=("sh-smoking",))


@pytest.fixture(scope="module")
def rules(embedder) -> RuleJudge:
    return RuleJudge(guard=CaseGuard(embedder))


def judged(rules, library, reply: str, answer: str = GOOD):
    model = GenericFakeChatModel(messages=iter([reply]))
    judge = LLMJudge(rules=rules, model=model)
    return judge.judge(library.case("cardio-chest-pain"), "do you smoke?", answer, SMOKING)


def test_a_problem_the_model_finds_is_added(rules, library):
    verdict = judged(rules, library, 'Sure. {"pass": false, "problems": ["unsupported"], '
                     '"reason": "adds a habit"}')
    assert not verdict.passed and verdict.classes == ["unsupported"]
    assert verdict.failures == ["llm judge: unsupported (adds a habit)"]


def test_the_model_cannot_clear_what_the_rules_found(rules, library):
    verdict = judged(rules, library, '{"pass": true, "problems": [], "reason": "fine"}',
                     answer="I don't smoke at all.")
    assert not verdict.passed and verdict.classes == ["contradiction"]


def test_agreement_changes_nothing(rules, library):
    verdict = judged(rules, library, '{"pass": true, "problems": [], "reason": "carries it"}')
    assert verdict.passed and not verdict.notes


def test_a_reply_that_is_no_verdict_leaves_the_rules_and_says_so(rules, library):
    verdict = judged(rules, library, "I think this answer is mostly fine really.")
    assert verdict.passed and verdict.notes == ["llm judge gave no JSON verdict"]


def test_the_prompt_holds_the_case_and_the_expectation(library):
    case = library.case("cardio-chest-pain")
    prompt = judge_prompt(case, "do you smoke?", GOOD, SMOKING)
    assert "[sh-smoking] I smoke, about twenty a day." in prompt
    assert "say all of [sh-smoking]" in prompt and case.diagnosis.primary in prompt
    never = [f for f in case.facts if f.disclosure.value == "never"]
    assert all(f.words not in prompt for f in never)


def test_the_judge_is_configuration(rules):
    assert make_judge(rules, {}) is rules
    with pytest.raises(LLMConfigError, match="OSCE_LLM_MODEL"):
        make_judge(rules, {"OSCE_JUDGE_BASE_URL": "http://127.0.0.1:9/v1"})
