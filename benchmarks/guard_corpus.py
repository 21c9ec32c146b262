"""SmolLM2's sentences on the bundled cases, for the guard's hand-labelled set.

    python -m benchmarks.guard_corpus [--out smollm2-unlabelled.jsonl]

Greedy decoding, seed 0, one thread: the same file every run on the same build. Every
sentence the model says is kept (policy `annotate`, and a guard that passes everything), with
the plan it was asked to word, so a person can label it against the case. The guard that
records here credits no fact, so `disclosed` is what earlier questions planned. The labelled
files `evals/guard/smollm2-*.jsonl` are this output (504 sentences) labelled by hand.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

from osce.engine.factory import make_engine
from osce.engine.llm.engine import LLMEngine, Policy
from osce.engine.llm.voice import ChatVoice
from osce.engine.protocol import Encounter, Utterance, complete_reply
from osce.guard.models import Context, Finding, Verdict
from osce.hashing import case_hash
from osce.library import Library
from osce.llm.chat import make_chat_model
from osce.llm.settings import LLMSettings
from osce.models.transcript import Action, Turn

GUARD_DIR = Path(__file__).resolve().parent.parent / "evals" / "guard"
INTERVIEW = GUARD_DIR / "interview.yaml"


class PassEverything:
    """Records, judges nothing: the labels come from a person."""

    def check(self, context: Context, sentence: str) -> Finding:
        return Finding(sentence=sentence, verdict=Verdict.social)


def interview() -> list[str]:
    return list(YAML(typ="safe").load(INTERVIEW.read_text())["questions"])


async def collect(engine: LLMEngine, library: Library) -> list[dict]:
    rows: list[dict] = []
    for case_id in sorted(c.id for c in library.cases.values()):
        case = library.case(case_id)
        encounter = Encounter(case, case_hash(case))
        earlier: list[str] = []  # planned before: what the student may have been told
        for question in interview():
            final = await complete_reply(engine, encounter, Utterance(text=question))
            g = final.grounding
            planned = [f for f in g.planned if f in case.fact_ids]
            for note in g.guard:
                rows.append({"id": f"s-{len(rows) + 1:04d}", "source": "smollm2",
                             "case": case.id, "question": question, "planned": planned,
                             "disclosed": [f for f in earlier if f not in planned],
                             "sentence": note.sentence, "label": "", "rule": "", "note": ""})
            earlier += [f for f in planned if f not in earlier]
            encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=Action.say,
                                        student=question, patient=final.text, grounding=g))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("smollm2-unlabelled.jsonl"))
    args = parser.parse_args()
    library = Library.load()
    settings = LLMSettings.from_env(engine="gguf")
    with tempfile.TemporaryDirectory() as data:
        planner = make_engine("scripted", Path(data))
        voice = ChatVoice(make_chat_model(settings), name="gguf")
        engine = LLMEngine(planner, voice, PassEverything(), Policy.annotate)
        try:
            rows = asyncio.run(collect(engine, library))
        finally:
            voice.close()
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(rows)} sentences from {len({r['case'] for r in rows})} cases -> {args.out}")


if __name__ == "__main__":
    main()
