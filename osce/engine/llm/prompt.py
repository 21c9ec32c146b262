"""The messages the model gets for one turn, from the templates in `prompts/`.

Only the persona, what the student has heard, what is planned now and the conversation:
never the whole case, never the answer key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from osce.models.case import Case
from osce.models.transcript import Action, ReplyKind, Turn

PROMPTS = Path(__file__).resolve().parents[3] / "prompts"
HISTORY_TURNS = 6  # the recent conversation; older turns live on in `heard`


@dataclass(frozen=True)
class Message:
    """A chat message without LangChain's types, so the core needs no LLM extra."""

    role: str  # system, user, assistant
    content: str


@lru_cache(maxsize=1)
def templates() -> Environment:
    return Environment(loader=FileSystemLoader(PROMPTS), undefined=StrictUndefined,
                       keep_trailing_newline=False, autoescape=False)


def _words(case: Case, ids: list[str]) -> list[dict[str, str]]:
    known = case.fact_ids
    return [{"id": i, "words": case.fact(i).words} for i in dict.fromkeys(ids) if i in known]


def system_prompt(case: Case, kind: ReplyKind, planned: list[str], heard: list[str],
                  scripted: str) -> str:
    template = templates().get_template("patient.j2")
    return template.render(persona=case.persona.model_dump(mode="json"),
                           informant=case.informant.model_dump(mode="json"),
                           kind=kind.value, planned=_words(case, planned),
                           heard=_words(case, [h for h in heard if h not in planned]),
                           scripted=scripted).strip()


def repair_note(problem: str) -> str:
    return templates().get_template("repair.j2").render(problem=problem).strip()


def messages(case: Case, turns: list[Turn], question: str, kind: ReplyKind,
             planned: list[str], scripted: str, problem: str | None = None) -> list[Message]:
    heard = [f for t in turns for f in t.grounding.facts]
    system = system_prompt(case, kind, planned, heard, scripted)
    if problem:  # in the one system message: some chat templates allow no second one
        system = f"{system}\n\n{repair_note(problem)}"
    out = [Message("system", system)]
    for turn in turns[-HISTORY_TURNS:]:
        if turn.action is Action.say:
            out += [Message("user", turn.student), Message("assistant", turn.patient)]
    out.append(Message("user", question))
    return out
