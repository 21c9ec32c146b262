"""What actually reaches the student: SmolLM2 over the fixed interview under each policy.

    python -m benchmarks.guard_e2e [--policies annotate repair strict] [--cases ID ...]

Every delivered sentence is looked up in the hand labels (`evals/guard/*.jsonl`, matched by
case, question and sentence); the scripted completions are the case's own words and count as
supported. Sentences nobody has labelled yet (a repair's second try says new things) are
written to `--unlabelled` for a person to label, and the figure says how many are missing:
it is never filled in by the guard's own opinion.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.guard import EVALS, load, wilson
from benchmarks.guard_corpus import interview
from osce.engine.factory import make_engine
from osce.engine.llm.engine import LLMEngine, Policy
from osce.engine.llm.voice import ChatVoice
from osce.engine.protocol import Encounter, Utterance, complete_reply
from osce.guard.checker import CaseGuard
from osce.hashing import case_hash
from osce.library import Library
from osce.llm.chat import make_chat_model
from osce.llm.settings import LLMSettings
from osce.models.transcript import Action, Turn

PROBLEMS = {"unsupported", "contradiction", "leak", "break"}


async def delivered(engine: LLMEngine, library: Library, cases: list[str]) -> list[dict]:
    rows = []
    for case_id in cases:
        case = library.case(case_id)
        encounter = Encounter(case, case_hash(case))
        for question in interview():
            final = await complete_reply(engine, encounter, Utterance(text=question))
            g = final.grounding
            model_said = [n.sentence for n in g.guard if n.released]
            for sentence in model_said:
                rows.append({"case": case_id, "question": question, "sentence": sentence,
                             "by": "model"})
            if g.voice in ("scripted", "llm+scripted"):
                rows.append({"case": case_id, "question": question, "by": "script",
                             "sentence": final.text[len(" ".join(model_said)):].strip()})
            encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=Action.say,
                                        student=question, patient=final.text, grounding=g))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--policies", nargs="+", default=[p.value for p in Policy])
    parser.add_argument("--cases", nargs="+", default=None)
    parser.add_argument("--unlabelled", type=Path, default=Path("guard-e2e-unlabelled.jsonl"))
    args = parser.parse_args()
    library = Library.load()
    cases = args.cases or sorted(library.cases)
    labels = {(i.case, i.question, i.sentence): i.label for i in load(EVALS)}
    missing: list[dict] = []
    settings = LLMSettings.from_env(engine="gguf")
    with tempfile.TemporaryDirectory() as data:
        planner = make_engine("scripted", Path(data))
        guard = CaseGuard(planner.embedder)
        voice = ChatVoice(make_chat_model(settings), name="gguf")
        try:
            for policy in args.policies:
                engine = LLMEngine(planner, voice, guard, Policy(policy))
                rows = asyncio.run(delivered(engine, library, cases))
                counts: Counter[str] = Counter()
                for row in rows:
                    if row["by"] == "script":
                        counts["supported"] += 1
                        continue
                    label = labels.get((row["case"], row["question"], row["sentence"]))
                    if label is None:
                        missing.append({**row, "policy": policy})
                        counts["unlabelled"] += 1
                    else:
                        counts[label] += 1
                labelled = sum(v for k, v in counts.items() if k != "unlabelled")
                problems = sum(counts[k] for k in PROBLEMS)
                low, high = wilson(problems, labelled)
                print(f"{policy:9s} delivered {len(rows):4d} sentences, labelled {labelled}, "
                      f"problems {problems} = {100 * problems / max(labelled, 1):5.1f} per 100 "
                      f"[{100 * low:.1f}, {100 * high:.1f}]  "
                      + " ".join(f"{k}={counts[k]}" for k in sorted(counts)), flush=True)
        finally:
            voice.close()
    if missing:
        args.unlabelled.write_text("".join(json.dumps(m) + "\n" for m in missing))
        print(f"{len(missing)} delivered sentences have no hand label yet -> {args.unlabelled}")


if __name__ == "__main__":
    main()
