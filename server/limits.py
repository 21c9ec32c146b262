"""Rate limits: sign-in attempts per username and per address, and websocket floods."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class SignInLimiter:
    """At most `attempts` failed sign-ins per username in a sliding window, and ten times as
    many per address (a whole school may sit behind one address). In memory, per process: a
    second process behind a balancer has its own count, which only loosens the limit by that
    factor."""

    ADDRESS_FACTOR = 10

    def __init__(self, attempts: int, window: float) -> None:
        self.attempts, self.window = attempts, window
        self.failures: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self.failures[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, keys: list[str], now: float | None = None) -> float:
        """Seconds to wait before another attempt (0 when allowed)."""
        now = time.monotonic() if now is None else now
        with self.lock:
            waits = [q[0] + self.window - now for k in keys
                     if len(q := self._recent(k, now)) >= self._limit(k)]
        return max(waits, default=0.0)

    def _limit(self, key: str) -> int:
        return self.attempts * (self.ADDRESS_FACTOR if key.startswith("addr:") else 1)

    def failed(self, keys: list[str], now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self.lock:
            for k in keys:
                self._recent(k, now).append(now)

    def succeeded(self, keys: list[str]) -> None:
        with self.lock:
            for k in keys:
                self.failures.pop(k, None)


class TokenBucket:
    """`rate` messages a second on average, bursts of up to `burst`."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.at = burst, time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False
