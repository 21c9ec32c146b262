"""What actually reaches the student: SmolLM2 over the fixed interview under each policy.

    python -m benchmarks.guard_e2e [--policies annotate repair strict] [--cases ID ...]
    python -m benchmarks.guard_e2e --rescore benchmarks/data/guard-e2e/*.jsonl   # no model

A run takes about 40 minutes a policy on two busy cores; `--delivered FILE` keeps what it
delivered so that, once the missing sentences are labelled, `--rescore` gives the figures
without running the model again.

Every delivered sentence is looked up in the hand labels (`evals/guard/*.jsonl` and
`evals/guard/e2e/*.jsonl`, matched by case, question and sentence); the scripted completions
are the case's own words and count as supported, one per sentence. Sentences nobody has
labelled yet (a repair's second try says new things, and a turn's history differs between
policies) are written to `--unlabelled`, with the plan and what the student had been told,
for a person to label; the figure says how many are missing: it is never filled in by the
guard's own opinion.

The labels of delivered sentences that only this run produced live in `evals/guard/e2e/`,
out of reach of `benchmarks.guard` (which reads `evals/guard/*.jsonl` alone).
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
from osce.guard.sentences import SentenceCutter
from osce.hashing import case_hash
from osce.library import Library
from osce.llm.chat import make_chat_model
from osce.llm.settings import LLMSettings
from osce.models.transcript import Action, Turn

PROBLEMS = {"unsupported", "contradiction", "leak", "break"}
E2E = EVALS / "e2e"


def sentences(text: str) -> list[str]:
    cutter = SentenceCutter()
    return cutter.feed(text) + cutter.flush()


async def delivered(engine: LLMEngine, library: Library, cases: list[str]
                    ) -> tuple[list[dict], Counter[str]]:
    """Every sentence the student saw, and how the turns went (retries, scripted endings)."""
    rows = []
    turns: Counter[str] = Counter()
    for case_id in cases:
        case = library.case(case_id)
        encounter = Encounter(case, case_hash(case))
        for question in interview():
            # what the student had been told before this turn, as the engine credits it
            told = list(dict.fromkeys(f for t in encounter.turns for f in t.grounding.facts
                                      if f in case.fact_ids))
            final = await complete_reply(engine, encounter, Utterance(text=question))
            g = final.grounding
            planned = [f for f in g.planned if f in case.fact_ids]
            where = {"case": case_id, "question": question, "planned": planned,
                     "disclosed": [f for f in told if f not in planned]}
            released = [n for n in g.guard if n.released]
            model_said = [n.sentence for n in released]
            turns["turns"] += 1
            turns[f"voice={g.voice}"] += 1
            turns["retried"] += any(n.action == "regenerated" for n in g.guard)
            turns["stopped"] += any(n.action == "stopped" for n in g.guard)
            for n in released:
                # the guard's word travels for inspection only (`--delivered`); it is never a
                # label, and `--unlabelled` leaves it out so the person labelling is not led
                rows.append({**where, "sentence": n.sentence, "by": "model",
                             "guard": n.verdict, "guard_facts": n.facts})
            spoken = " ".join(model_said)
            assert final.text.startswith(spoken), (final.text, spoken)
            rest = final.text[len(spoken):].strip()
            if rest:
                assert g.voice in ("scripted", "llm+scripted"), g.voice
                for sentence in sentences(rest):
                    rows.append({**where, "sentence": sentence, "by": "script",
                                 "after": spoken})
            encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=Action.say,
                                        student=question, patient=final.text, grounding=g))
    return rows, turns


def hand_labels() -> dict[tuple[str, str, str], str]:
    items = load(EVALS) + (load(E2E) if E2E.is_dir() else [])
    labels: dict[tuple[str, str, str], str] = {}
    for i in items:
        key = (i.case, i.question, i.sentence)
        if labels.setdefault(key, i.label) != i.label:
            raise SystemExit(f"two hand labels for one sentence: {key}")
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--policies", nargs="+", default=[p.value for p in Policy])
    parser.add_argument("--cases", nargs="+", default=None)
    parser.add_argument("--unlabelled", type=Path, default=Path("guard-e2e-unlabelled.jsonl"))
    parser.add_argument("--delivered", type=Path, default=None,
                        help="also write every delivered sentence, with its policy, here")
    parser.add_argument("--rescore", type=Path, nargs="+", default=None,
                        help="score saved --delivered files against the hand labels; no model")
    args = parser.parse_args()
    if args.rescore:
        rescore(args.rescore, args.unlabelled)
        return
    library = Library.load()
    cases = args.cases or sorted(library.cases)
    labels = hand_labels()
    missing: dict[tuple[str, str, str], dict] = {}
    everything: list[dict] = []
    settings = LLMSettings.from_env(engine="gguf")
    with tempfile.TemporaryDirectory() as data:
        planner = make_engine("scripted", Path(data))
        guard = CaseGuard(planner.embedder)
        voice = ChatVoice(make_chat_model(settings), name="gguf")
        try:
            for policy in args.policies:
                engine = LLMEngine(planner, voice, guard, Policy(policy))
                rows, turns = asyncio.run(delivered(engine, library, cases))
                everything += [{"policy": policy, **row} for row in rows]
                print(figures(policy, rows, labels, missing), flush=True)
                print(f"{'':9s} {turns['turns']} turns: retried {turns['retried']}, "
                      f"stopped {turns['stopped']}; "
                      + " ".join(f"{k}={v}" for k, v in sorted(turns.items())
                                 if k.startswith("voice=")), flush=True)
                # after every policy, so a long run's first policies can be labelled meanwhile
                write(args.delivered, everything)
                write(args.unlabelled, list(missing.values()))
        finally:
            voice.close()
    if missing:
        print(f"{len(missing)} delivered sentences have no hand label yet -> {args.unlabelled}")
    else:
        print("every delivered sentence has a hand label")


def figures(policy: str, rows: list[dict], labels: dict[tuple[str, str, str], str],
            missing: dict[tuple[str, str, str], dict]) -> str:
    """Problems delivered per 100 hand-labelled sentences; the unlabelled go to `missing`."""
    counts: Counter[str] = Counter()
    for row in rows:
        if row["by"] == "script":
            counts["supported"] += 1
            continue
        key = (row["case"], row["question"], row["sentence"])
        label = labels.get(key)
        if label is None:
            blind = {k: v for k, v in row.items() if not k.startswith("guard") and k != "policy"}
            first = missing.setdefault(key, {**blind, "policies": []})
            if policy not in first["policies"]:
                first["policies"].append(policy)
            counts["unlabelled"] += 1
        else:
            counts[label] += 1
    labelled = sum(v for k, v in counts.items() if k != "unlabelled")
    problems = sum(counts[k] for k in PROBLEMS)
    low, high = wilson(problems, labelled)
    return (f"{policy:9s} delivered {len(rows):4d} sentences, labelled {labelled}, "
            f"problems {problems} = {100 * problems / max(labelled, 1):5.1f} per 100 "
            f"[{100 * low:.1f}, {100 * high:.1f}]  "
            + " ".join(f"{k}={counts[k]}" for k in sorted(counts)))


FIGURES = "figures.txt"


def rescore(paths: list[Path], unlabelled: Path) -> None:
    """Score saved runs (`--delivered` files) against today's hand labels, with no model."""
    rows = [json.loads(line) for p in paths for line in p.read_text().splitlines() if line]
    labels = hand_labels()
    missing: dict[tuple[str, str, str], dict] = {}
    lines = [figures(policy, [r for r in rows if r["policy"] == policy], labels, missing)
             for policy in dict.fromkeys(r["policy"] for r in rows)]
    print("\n".join(lines))
    # beside the runs, for the evaluation reports to print next to the judge's figures
    (paths[0].parent / FIGURES).write_text("\n".join(lines) + "\n")
    write(unlabelled, list(missing.values()))
    if missing:
        print(f"{len(missing)} delivered sentences have no hand label yet -> {unlabelled}")


def write(path: Path | None, rows: list[dict]) -> None:
    if path is not None and rows:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
