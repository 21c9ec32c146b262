"""The clock is injected, so tests move time instead of waiting for it."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class SystemClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class OffsetClock:
    """Real time plus an offset read from a file on every call: tests of a server running in
    another process jump its clock forward by writing seconds to the file
    (OSCE_CLOCK_OFFSET_FILE). Never set in production."""

    def __init__(self, path: str) -> None:
        self.path = path

    def now(self) -> float:
        try:
            with open(self.path, encoding="utf-8") as f:
                offset = float(f.read().strip() or 0)
        except (OSError, ValueError):
            offset = 0.0
        return time.time() + offset
