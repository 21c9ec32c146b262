"""Grader agreement with hand labels, the human-to-human ceiling, and grading speed.

    python -m benchmarks.grading            # agreement on the frozen half, and speed
    python -m benchmarks.grading --errors   # the tune half's disagreements, to tune on
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchmarks.agreement import Pair, bootstrap_ci, cohen_kappa, gwet_ac1, observed
from benchmarks.grading_set import Labelled, human_passed, load_set, station_of
from osce.grading.rules import RuleGrader
from osce.library import Library
from osce.models.rubric import Station
from osce.models.scorecard import Scorecard

CATEGORIES = ("met", "partly", "not_met")


def describe(name: str, clusters: list[list[Pair]]) -> str:
    pairs = [p for c in clusters for p in c]
    kappa = cohen_kappa(pairs)
    ac1 = gwet_ac1(pairs, CATEGORIES)
    k_lo, k_hi = bootstrap_ci(clusters, cohen_kappa)
    a_lo, a_hi = bootstrap_ci(clusters, lambda p: gwet_ac1(p, CATEGORIES))
    return (f"{name:34s} transcripts {len(clusters):3d}  items {len(pairs):4d}  agree "
            f"{observed(pairs):5.1%}  kappa {kappa:.3f} [{k_lo:.3f}, {k_hi:.3f}]  "
            f"AC1 {ac1:.3f} [{a_lo:.3f}, {a_hi:.3f}]")


def grader_pairs(items: list[Labelled], cards: dict[str, Scorecard],
                 labeller: str = "a") -> list[list[Pair]]:
    return [[(t.labels[labeller][r.id], r.status.value) for r in cards[t.id].items]
            for t in items if labeller in t.labels]


def human_pairs(items: list[Labelled], first: str = "a", second: str = "b") -> list[list[Pair]]:
    return [[(t.labels[first][k], t.labels[second][k]) for k in t.labels[first]]
            for t in items if first in t.labels and second in t.labels]


def pass_fail(items: list[Labelled], cards: dict[str, Scorecard],
              stations: dict[str, Station]) -> str:
    pairs = [(human_passed(t.labels["a"], stations[t.case]), cards[t.id].passed)
             for t in items]
    agree = sum(a == b for a, b in pairs)
    return (f"pass/fail agreement {agree}/{len(pairs)} ({agree / len(pairs):.1%}); "
            f"examiner passed {sum(a for a, _ in pairs)}, grader passed "
            f"{sum(b for _, b in pairs)}")


def leading(items: list[Labelled], cards: dict[str, Scorecard]) -> str:
    pairs = [(t.leading["a"], cards[t.id].note.leading_match.value) for t in items
             if "a" in t.leading and cards[t.id].note is not None]
    agree = sum(a == b for a, b in pairs)
    return f"leading diagnosis agreement {agree}/{len(pairs)}"


def speed(library: Library, items: list[Labelled], rounds: int) -> str:
    """Grading a 40-turn transcript against a 25-item station, warm."""
    grader = RuleGrader()
    longest = max(items, key=lambda t: len(t.transcript.turns))
    case = library.case(longest.case)
    station = stations_25(station_of(library, longest.case))
    transcript = longest.transcript.model_copy(
        update={"turns": (longest.transcript.turns * 2)[:40]})
    grader.grade(case, station, transcript, longest.note)
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        grader.grade(case, station, transcript, longest.note)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p99 = timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
    return (f"grading {len(transcript.turns)} turns x {len(station.items)} items, warm: "
            f"p50 {statistics.median(timings):.2f} ms  p99 {p99:.2f} ms  (target p99 < 150 ms)")


def stations_25(station: Station) -> Station:
    """The station's items repeated under new ids up to 25: the issue's size of station."""
    items = list(station.items)
    i = 0
    while len(items) < 25:
        source = station.items[i % len(station.items)]
        items.append(source.model_copy(update={"id": f"{source.id}-copy{i}"}))
        i += 1
    return station.model_copy(update={"items": items})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    library = Library.load()
    items = load_set()
    stations = {t.case: station_of(library, t.case) for t in items}
    grader = RuleGrader()
    cards = {t.id: grader.grade(library.case(t.case), stations[t.case], t.transcript, t.note)
             for t in items}
    tune = [t for t in items if t.split == "tune"]
    frozen = [t for t in items if t.split == "frozen"]
    print(f"labelled transcripts: {len(items)} over {len({t.case for t in items})} cases "
          f"(tune {len(tune)}, frozen {len(frozen)}); second labeller on "
          f"{sum('b' in t.labels for t in items)}")
    print(describe("grader vs examiner a, tune", grader_pairs(tune, cards)))
    print(describe("grader vs examiner a, FROZEN", grader_pairs(frozen, cards)))
    print(describe("examiner a vs examiner b (ceiling)", human_pairs(items)))
    print(describe("grader vs examiner b", grader_pairs(items, cards, "b")))
    print("frozen:", pass_fail(frozen, cards, stations), ";", leading(frozen, cards))
    print(speed(library, items, args.rounds))
    if args.errors:
        for t in tune:
            for r in cards[t.id].items:
                human = t.labels["a"][r.id]
                if human != r.status.value:
                    print(f"- {t.id} {r.id}: examiner {human}, grader {r.status.value} "
                          f"({r.reason})")


if __name__ == "__main__":
    main()
