"""The publishing gate: what a case's generated suite must show before students meet it.

No contradiction, no leak, no break of character, and at least 95% of the facts the
in-script probes expect said. The same gate holds the bundled cases (tests/evals/test_gate.py)
and an educator's draft (osce/authoring/suite.py).
"""

from __future__ import annotations

from pydantic import BaseModel

from osce.evals import metrics
from osce.evals.results import ProbeResult

ZERO = ("contradiction_rate", "leak_rate", "break_rate")
MIN_FACT_ACCURACY = 95.0


class GateCheck(BaseModel):
    name: str
    label: str
    passed: bool
    value: str  # as shown: "0 of 212", "97.5%"


def gate(results: list[ProbeResult]) -> list[GateCheck]:
    figures = {m.name: m for m in metrics.compute(results)}
    checks = [GateCheck(name=name, label=figures[name].label,
                        passed=figures[name].numerator == 0,
                        value=f"{figures[name].numerator} of {figures[name].denominator}")
              for name in ZERO]
    in_script = [r for r in results if r.kind == "in_script"]
    accuracy = next(m for m in metrics.compute(in_script) if m.name == "fact_accuracy")
    value = accuracy.value if accuracy.value is not None else 0.0
    checks.append(GateCheck(name="fact_accuracy", label=f"In-script facts said (at least "
                            f"{MIN_FACT_ACCURACY:.0f}%)", passed=value >= MIN_FACT_ACCURACY,
                            value=f"{value:.1f}% ({accuracy.numerator} of "
                                  f"{accuracy.denominator})"))
    errors = [r for r in results if r.error]
    checks.append(GateCheck(name="errors", label="Probes the engine failed on",
                            passed=not errors, value=f"{len(errors)} of {len(results)}"))
    return checks
