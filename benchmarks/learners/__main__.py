"""Encounters to mastery for each arm and policy of the learner simulator.

    python -m benchmarks.learners [--learners N] [--seed S] [--cap C] [--policy NAME ...]
        [--arm NAME ...]

Policies come from `POLICIES` in simulator.py, arms from `ARMS`; see README.md here.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.learners.simulator import ARMS, CAP, POLICIES, Result, cases_from_library, run

BASELINE = "round-robin"


def table(results: list[Result]) -> str:
    """One row per arm and policy; the last column compares the mean with round-robin's."""
    baseline = {r.arm: r.mean for r in results if r.policy == BASELINE}
    header = (f"{'arm':<11} {'policy':<14} {'learners':>8} {'mean':>6} {'± se':>5} "
              f"{'median':>6} {'mastered':>8}  {'vs ' + BASELINE:>15}")
    lines = [header, "-" * len(header)]
    for r in results:
        base = baseline.get(r.arm)
        versus = f"{r.mean / base - 1:+.0%}" if base else "n/a"
        lines.append(f"{r.arm:<11} {r.policy:<14} {r.learners:>8} {r.mean:>6.1f} "
                     f"{r.stderr:>5.1f} {r.median:>6.1f} {r.share_mastered:>8.0%}  {versus:>15}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.learners",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cap", type=int, default=CAP)
    parser.add_argument("--policy", action="append", choices=sorted(POLICIES),
                        help="repeatable; default: every registered policy")
    parser.add_argument("--arm", action="append", choices=sorted(ARMS),
                        help="repeatable; default: every arm")
    args = parser.parse_args(argv)
    cases = cases_from_library()
    results = [run(POLICIES[name](), arm, learners=args.learners, seed=args.seed,
                   cap=args.cap, cases=cases)
               for arm in (args.arm or list(ARMS))
               for name in (args.policy or list(POLICIES))]
    print(f"{len(cases)} cases, {args.learners} learners, seed {args.seed}, cap {args.cap} "
          f"encounters (a learner not mastered counts as the cap)")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
