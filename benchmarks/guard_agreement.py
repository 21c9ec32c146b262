"""How far two people agree on the frozen half's labels, and how the guard does where they agree.

    python -m benchmarks.guard_agreement

The frozen half (`evals/guard/*.jsonl`, split by id hash) was labelled by one person when
the set was built. `evals/guard/second/frozen.jsonl` holds a second, independent labelling
of the same lines, made blind to the first labels and to the guard. It measures the ceiling a
target like "contradiction recall >= 95%" sits under: where people disagree, no checker can
match both. Only counts are printed, never a frozen sentence, so this read spends nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from benchmarks.agreement import bootstrap_ci, cohen_kappa, gwet_ac1, observed
from benchmarks.guard import CLASSES, EVALS, Item, Scored, load, report, run

SECOND = EVALS / "second" / "frozen.jsonl"


def load_second(path: Path = SECOND) -> dict[str, dict]:
    rows = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def pairs_by_turn(items: Sequence[Item], second: dict[str, dict]) -> list[list[tuple[str, str]]]:
    """Sentences of one turn share a question and a plan, so they are resampled together."""
    turns: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for item in items:
        key = (item.source, item.case, item.question)
        turns.setdefault(key, []).append((item.label, second[item.id]["label"]))
    return list(turns.values())


def people_text(items: Sequence[Item], second: dict[str, dict], title: str) -> str:
    clusters = pairs_by_turn(items, second)
    pairs = [p for c in clusters for p in c]
    kappa_lo, kappa_hi = bootstrap_ci(clusters, cohen_kappa)
    return (f"  {title:<9} n={len(pairs):<4} observed {observed(pairs):.1%}  "
            f"kappa {cohen_kappa(pairs):.3f} [{kappa_lo:.3f}-{kappa_hi:.3f}]  "
            f"AC1 {gwet_ac1(pairs, CLASSES):.3f}")


def label_table(items: Sequence[Item], second: dict[str, dict]) -> str:
    head = "  first \\ second  " + "".join(f"{c[:6]:>8}" for c in CLASSES)
    rows = [head]
    for a in CLASSES:
        counts = [sum(i.label == a and second[i.id]["label"] == b for i in items) for b in CLASSES]
        rows.append(f"  {a:<16}" + "".join(f"{n:>8}" for n in counts))
    return "\n".join(rows)


def consensus(scored: Sequence[Scored], second: dict[str, dict]) -> list[Scored]:
    return [s for s in scored if second[s.item.id]["label"] == s.item.label]


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m benchmarks.guard_agreement",
                            description=__doc__).parse_args(argv)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    second = load_second()
    frozen = [i for i in load() if i.split == "frozen"]
    missing = {i.id for i in frozen} ^ set(second)
    if missing:
        print(f"the second labelling and the frozen half differ on {len(missing)} ids")
        return 2
    print("people: the first labels against the second, 95% CI by resampling whole turns")
    print(people_text(frozen, second, "all"))
    for source in sorted({i.source for i in frozen}):
        print(people_text([i for i in frozen if i.source == source], second, source))
    unsure = [i for i in frozen if second[i.id].get("unsure")]
    sure = [i for i in frozen if not second[i.id].get("unsure")]
    print(f"  the second labeller marked {len(unsure)} lines unsure; on the other {len(sure)} "
          f"the two agree on {sum(i.label == second[i.id]['label'] for i in sure)}")
    print(label_table(frozen, second))
    scored = run(frozen)
    agreed = consensus(scored, second)
    print()
    print(report(agreed, "the guard on the lines both people label alike"))
    split = [s for s in scored if s not in agreed]
    print(f"  where the people disagree ({len(split)} lines) the guard sides with the first on "
          f"{sum(s.predicted == s.item.label for s in split)}, with the second on "
          f"{sum(s.predicted == second[s.item.id]['label'] for s in split)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
