"""Import the AgentClinic OSCE file into a temporary folder, validate it, print figures.

    .venv/bin/python -m benchmarks.importer [FILE]

FILE defaults to the shared copy of AgentClinic MedQA (../shared relative to the repo).
Prints the number of cases, validation failures, facts per case and timing; exits 1 if
the import fails or any file does not validate.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from osce.importers.agentclinic import ImportFailed, import_agentclinic
from osce.validation import load_case, validate_paths

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/agentclinic/agentclinic_medqa.jsonl"


def _stats(values: list[int]) -> str:
    return (f"min {min(values)} / median {statistics.median(values):g} / "
            f"mean {statistics.mean(values):.1f} / max {max(values)}")


def run(source: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="osce-importer-bench-") as tmp:
        out = Path(tmp)
        started = time.perf_counter()
        try:
            report = import_agentclinic(source, out)
        except ImportFailed as exc:
            print(f"import failed: {exc}")
            return 1
        imported = time.perf_counter() - started
        problems = validate_paths([out / "cases", out / "rubrics"], {})
        validated = time.perf_counter() - started - imported
        cases = [load_case(p) for p in sorted((out / "cases").glob("*.yaml"))]
    facts = [len(c.facts) for c in cases]
    absent = [sum(f.polarity.value == "absent" for f in c.facts) for c in cases]
    categories = Counter(f.category.value.split(".")[0] for c in cases for f in c.facts)
    failed_files = {p.path for p in problems}
    print(f"source: {source}")
    print(f"cases imported: {len(report.cases)}")
    print(f"validation failures: {len(failed_files)} file(s), {len(problems)} problem(s)")
    for problem in problems[:20]:
        print(f"  {problem}")
    print(f"facts per case: {_stats(facts)}")
    print(f"absent facts per case: {_stats(absent)}")
    print(f"exam findings per case: {_stats([len(c.exam) for c in cases])}")
    print(f"tests per case: {_stats([len(c.tests) for c in cases])}")
    print("facts by part of the history: " + ", ".join(
        f"{name} {count}" for name, count in categories.most_common()))
    print(f"time: import {imported:.2f}s, validate {validated:.2f}s")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else DEFAULT
    if not source.exists():
        print(f"no such file: {source}")
        return 1
    return run(source)


if __name__ == "__main__":
    sys.exit(main())
