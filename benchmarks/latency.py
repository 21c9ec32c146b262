"""Scripted reply latency (warm, one thread) and the cold start of `osce practice`.

    python -m benchmarks.latency [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.questions import load_questions
from osce.engine.protocol import Encounter, Utterance
from osce.engine.scripted.engine import ScriptedEngine
from osce.hashing import case_hash
from osce.library import Library
from retrieval.embedder import default_embedder
from retrieval.index import GroundingIndex


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def warm_latency(rounds: int) -> list[float]:
    library = Library.load()
    questions = load_questions()
    with tempfile.TemporaryDirectory() as data:
        embedder = default_embedder()
        engine = ScriptedEngine(embedder, GroundingIndex(Path(data), embedder))
        for case in library.cases.values():  # warm: every case indexed and in memory
            engine.prepare(case, case_hash(case))
        engine.answer(Encounter(library.case("cardio-chest-pain"), "warm"), Utterance(text="hi"))
        timings = []
        for _ in range(rounds):
            for item in questions:
                case = library.case(item.case)
                encounter = Encounter(case, case_hash(case))
                start = time.perf_counter()
                engine.answer(encounter, Utterance(text=item.question.q))
                timings.append((time.perf_counter() - start) * 1000)
        return timings


def cold_start(data_dir: Path) -> float:
    """Seconds from starting `osce practice` to its first reply on standard output."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "osce", "practice", "cardio-chest-pain",
                             "--data-dir", str(data_dir)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdin and proc.stdout
    proc.stdin.write("where is the pain?\n")
    proc.stdin.flush()
    proc.stdout.readline()  # header
    proc.stdout.readline()  # first reply
    elapsed = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    timings = warm_latency(args.rounds)
    print(f"scripted reply, warm, one thread: n={len(timings)}  p50 "
          f"{statistics.median(timings):.1f} ms  p99 {percentile(timings, 0.99):.1f} ms  "
          f"max {max(timings):.1f} ms  (target p99 < 25 ms)")
    with tempfile.TemporaryDirectory() as data:
        first = cold_start(Path(data))
        again = [cold_start(Path(data)) for _ in range(3)]
    print(f"cold start of `osce practice` to first reply: first run (indexing) {first:.2f} s; "
          f"later runs median {statistics.median(again):.2f} s  (target < 6 s)")


if __name__ == "__main__":
    main()
