"""The guard against the labelled sentences of `evals/guard/*.jsonl`.

    python -m benchmarks.guard            # per class precision and recall, 95% Wilson intervals
    python -m benchmarks.guard --errors   # the tune half's misses (never the frozen half's)
    python -m benchmarks.guard --speed    # warm time per sentence, p50 and p99, one thread
    python -m benchmarks.guard --dev      # the development set (evals/guard/dev/), all of it
    python -m benchmarks.guard --dev --errors   # and its misses

The development set was written by a second writer and may be read in full; it is for
developing and for catching regressions, not a held-out result.

Each line goes to the tune or the frozen half by a hash of its id alone, fixed before the
guard was built: develop against the tune half, read the frozen half's figures once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from osce.guard.models import Context, Verdict

EVALS = Path(__file__).resolve().parent.parent / "evals" / "guard"
DEV = EVALS / "dev"
CLASSES = [v.value for v in Verdict]


@dataclass(frozen=True)
class Item:
    id: str
    source: str
    case: str
    question: str
    planned: tuple[str, ...]
    disclosed: tuple[str, ...]
    sentence: str
    label: str
    rule: str = ""

    @property
    def split(self) -> str:
        """By the id alone, so the frozen half never moves while tuning."""
        return "tune" if hashlib.sha256(self.id.encode()).digest()[0] % 2 == 0 else "frozen"


def load(folder: Path = EVALS) -> list[Item]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            items.append(Item(id=row["id"], source=row.get("source", path.stem),
                              case=row["case"], question=row.get("question", ""),
                              planned=tuple(row.get("planned", [])),
                              disclosed=tuple(row.get("disclosed", [])),
                              sentence=row["sentence"], label=row["label"],
                              rule=row.get("rule", "")))
    return items


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class Scored:
    item: Item
    predicted: str
    reason: str


def run(items: list[Item], guard=None, library=None) -> list[Scored]:
    from osce.guard.checker import CaseGuard
    from osce.library import Library

    guard = guard or CaseGuard()
    library = library or Library.load()
    out = []
    for item in items:
        context = Context(case=library.case(item.case), planned=item.planned,
                          disclosed=item.disclosed, question=item.question)
        finding = guard.check(context, item.sentence)
        out.append(Scored(item, finding.verdict.value, finding.reason))
    return out


def per_class(scored: list[Scored]) -> dict[str, dict[str, float]]:
    """Precision and recall per class, with 95% Wilson intervals and their counts."""
    figures: dict[str, dict[str, float]] = {}
    for cls in CLASSES:
        tp = sum(s.predicted == cls and s.item.label == cls for s in scored)
        predicted = sum(s.predicted == cls for s in scored)
        actual = sum(s.item.label == cls for s in scored)
        p_lo, p_hi = wilson(tp, predicted)
        r_lo, r_hi = wilson(tp, actual)
        figures[cls] = {
            "n": actual, "tp": tp, "predicted": predicted,
            "precision": tp / predicted if predicted else float("nan"),
            "precision_lo": p_lo, "precision_hi": p_hi,
            "recall": tp / actual if actual else float("nan"),
            "recall_lo": r_lo, "recall_hi": r_hi,
        }
    return figures


def confusion(scored: list[Scored]) -> dict[str, Counter]:
    table: dict[str, Counter] = {cls: Counter() for cls in CLASSES}
    for s in scored:
        table[s.item.label][s.predicted] += 1
    return table


def report(scored: list[Scored], title: str) -> str:
    lines = [f"{title}: {len(scored)} sentences, accuracy "
             f"{sum(s.predicted == s.item.label for s in scored) / max(1, len(scored)):.1%}"]
    lines.append(f"  {'class':<14}{'n':>4}  {'precision [95% CI]':<24}{'recall [95% CI]':<24}")
    for cls, f in per_class(scored).items():
        if not f["n"] and not f["predicted"]:
            continue
        prec = (f"{f['precision']:.0%} [{f['precision_lo']:.0%}-{f['precision_hi']:.0%}]"
                if f["predicted"] else "-")
        rec = f"{f['recall']:.0%} [{f['recall_lo']:.0%}-{f['recall_hi']:.0%}]" if f["n"] else "-"
        lines.append(f"  {cls:<14}{f['n']:>4}  {prec:<24}{rec:<24}")
    return "\n".join(lines)


PROBLEM_CLASSES = ("unsupported", "contradiction", "leak", "break")


def stopped_text(scored: list[Scored]) -> str:
    """What the policies act on: `repair` and `strict` hold back any sentence the guard calls
    a problem, whichever problem it names, so a contradiction called unsupported still never
    reaches the student. Per hand label, the share the guard held back."""
    lines = ["  held back (any problem verdict) per hand label, 95% CI:"]
    for cls in CLASSES:
        mine = [s for s in scored if s.item.label == cls]
        if not mine:
            continue
        held = sum(s.predicted in PROBLEM_CLASSES for s in mine)
        lo, hi = wilson(held, len(mine))
        want = "should be held" if cls in PROBLEM_CLASSES else "should pass"
        lines.append(f"    {cls:<14}{held:>4}/{len(mine):<4} {held / len(mine):>4.0%} "
                     f"[{lo:.0%}-{hi:.0%}]  {want}")
    problems = [s for s in scored if s.item.label in PROBLEM_CLASSES]
    flagged = [s for s in scored if s.predicted in PROBLEM_CLASSES]
    caught = sum(s.item.label in PROBLEM_CLASSES for s in flagged)
    if problems and flagged:
        r_lo, r_hi = wilson(caught, len(problems))
        p_lo, p_hi = wilson(caught, len(flagged))
        lines.append(f"    any problem: recall {caught / len(problems):.0%} [{r_lo:.0%}-{r_hi:.0%}]"
                     f", precision {caught / len(flagged):.0%} [{p_lo:.0%}-{p_hi:.0%}]")
    return "\n".join(lines)


def confusion_text(scored: list[Scored]) -> str:
    table = confusion(scored)
    short = {c: c[:6] for c in CLASSES}
    head = "  label \\ guard  " + "".join(f"{short[c]:>8}" for c in CLASSES)
    rows = [head] + [f"  {cls:<15}" + "".join(f"{table[cls][c]:>8}" for c in CLASSES)
                     for cls in CLASSES]
    return "\n".join(rows)


def speed(items: list[Item], rounds: int = 3) -> dict[str, float]:
    """Warm time per sentence over every sentence, `rounds` times, on one thread."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:  # pragma: no cover - numpy embedder only
        pass
    from osce.guard.checker import CaseGuard, forget_read_texts
    from osce.library import Library

    guard, library = CaseGuard(), Library.load()
    contexts = [Context(case=library.case(i.case), planned=i.planned, disclosed=i.disclosed,
                        question=i.question) for i in items]
    for context, item in zip(contexts, items, strict=True):  # warm: cases indexed
        guard.check(context, item.sentence)
    times = []
    for _ in range(rounds):
        # each sentence is new to a live guard: forget the texts read in the last round, so
        # no round times a sentence whose reading is remembered
        forget_read_texts()
        for context, item in zip(contexts, items, strict=True):
            start = time.perf_counter()
            guard.check(context, item.sentence)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()

    def pct(q: float) -> float:
        return times[min(len(times) - 1, round(q * (len(times) - 1)))]

    return {"n": len(times), "p50_ms": pct(0.5), "p99_ms": pct(0.99), "max_ms": times[-1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.guard", description=__doc__)
    parser.add_argument("--errors", action="store_true", help="print the tune half's misses")
    parser.add_argument("--speed", action="store_true", help="warm time per sentence")
    parser.add_argument("--dev", action="store_true",
                        help="score the development set (evals/guard/dev/) instead; with "
                        "--errors, print its misses")
    parser.add_argument("--split", choices=["tune", "frozen", "both"], default="both")
    parser.add_argument("--frozen", action="store_true",
                        help="print frozen misses (refused: the frozen half is not for tuning)")
    args = parser.parse_args(argv)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    if args.frozen:
        print("refused: the frozen half's misses are never printed; tune against --errors")
        return 2
    if args.dev:
        scored = run(load(DEV))
        print(report(scored, "dev, all sources"))
        print(confusion_text(scored))
        print(stopped_text(scored))
        if args.errors:
            print()
            for s in scored:
                if s.predicted != s.item.label:
                    print(f"{s.item.id} {s.item.case} [{s.item.rule}] {s.item.label} -> "
                          f"{s.predicted}: {s.item.sentence}  ({s.reason})  "
                          f"q={s.item.question!r} p={list(s.item.planned)} "
                          f"d={list(s.item.disclosed)}")
        return 0
    items = load()
    if args.speed:
        s = speed(items)
        print(f"guard time per sentence, warm, one thread: p50 {s['p50_ms']:.2f} ms, "
              f"p99 {s['p99_ms']:.2f} ms, max {s['max_ms']:.2f} ms over {s['n']} checks")
        return 0
    halves = ["tune"] if args.errors or args.split == "tune" else (
        ["frozen"] if args.split == "frozen" else ["tune", "frozen"])
    scored = run([i for i in items if i.split in halves])
    for half in halves:
        mine = [s for s in scored if s.item.split == half]
        sources = sorted({s.item.source for s in mine})
        print(report(mine, f"{half}, all sources"))
        if len(sources) > 1:
            for source in sources:
                print(report([s for s in mine if s.item.source == source], f"{half}, {source}"))
        print(confusion_text(mine))
        print(stopped_text(mine))
        print()
    if args.errors:
        for s in scored:
            if s.item.split == "tune" and s.predicted != s.item.label:
                print(f"{s.item.id} [{s.item.rule}] {s.item.label} -> {s.predicted}: "
                      f"{s.item.sentence}  ({s.reason})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
