"""Browser tests: a real `osce serve` in a subprocess and the system's headless Chromium.

One server for the session, on a copy of the prepared index (`benchmarks/live_server.py`),
with its own store, users and a clock the tests can move forward through a file.
Chromium is never downloaded: without /usr/bin/chromium the suite skips, loudly, except
under CI=true, where a missing browser is a failure.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.live_server import LiveServer, add_user, copy_data_dir, prepared_data_dir
from tests.browser.helpers import CASE, LAPTOP, PASSWORD, SHOTS, USERS, WAIT_MS, sign_in

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
STARTUP_SECONDS = 300  # a start on a busy two-core machine loads a model and an index
WARM_SECONDS = 600  # the first reply waits until every case is prepared


@dataclass
class Server:
    url: str
    data_dir: Path
    clock_file: Path
    log: Path

    def now(self) -> float:
        """The server's clock: real time plus the offset in the clock file."""
        return time.time() + self.offset()

    def offset(self) -> float:
        text = self.clock_file.read_text().strip()
        return float(text or 0)

    def jump_to(self, moment: float) -> None:
        self.clock_file.write_text(f"{moment - time.time():.3f}")


def _warm_up(url: str) -> None:
    """One question answered and one note graded before the first test: the server prepares
    every case and indexes the reference notes on first use, which on a busy machine takes
    minutes that no single test should have to wait through."""
    import json

    import httpx
    from websockets.sync.client import connect

    with httpx.Client(base_url=url, timeout=WARM_SECONDS) as http:
        csrf = http.post("/api/session", json={"username": "warmup",
                                               "password": PASSWORD}).json()["csrf"]
        headers = {"X-CSRF-Token": csrf}
        started = http.post("/api/encounters", json={"case_id": CASE}, headers=headers)
        encounter_id = started.json()["id"]
        cookie = "; ".join(f"{k}={v}" for k, v in http.cookies.items())
        with connect(url.replace("http", "ws", 1) + f"/ws/encounters/{encounter_id}",
                     additional_headers={"Cookie": cookie}, open_timeout=60) as ws:
            ws.send(json.dumps({"type": "say", "id": "warm-1",
                                "text": "What brings you in today?"}))
            deadline = time.monotonic() + WARM_SECONDS
            while json.loads(ws.recv(timeout=max(1.0, deadline - time.monotonic())))["type"] \
                    != "reply":
                pass
        http.post(f"/api/encounters/{encounter_id}/end", headers=headers).raise_for_status()
        note = {"summary": "Chest pain.", "differential": ["angina"], "investigations": ["ECG"],
                "plan": ["aspirin"]}
        http.post(f"/api/encounters/{encounter_id}/note", json={"note": note, "submit": True},
                  headers=headers).raise_for_status()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _need_chromium()
    base = tmp_path_factory.mktemp("browser")
    # the app and options of `osce serve`, on a copy of the prepared index (shared with the
    # server tests), started through uvicorn itself: other work on this machine stops stray
    # `osce serve` processes by name
    data_dir = copy_data_dir(prepared_data_dir(), base / "data")
    for name, role in USERS.items():
        add_user(data_dir, name, role, PASSWORD)
    clock_file = base / "clock-offset"
    clock_file.write_text("0")
    live = LiveServer(data_dir, env={
        "OSCE_CLOCK_OFFSET_FILE": str(clock_file), "OSCE_READING_SECONDS": "300",
        "OSCE_NOTE_SECONDS": "900", "OSCE_SECRET_KEY": "browser-tests-only",
        "TOKENIZERS_PARALLELISM": "false", "OSCE_CASES_DIR": "", "OSCE_DATABASE_URL": ""})
    try:
        live.start(timeout=STARTUP_SECONDS)
        assert live.log is not None
        _warm_up(live.url)
        yield Server(live.url, data_dir, clock_file, live.log)
    finally:
        live.stop()


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = (f"\n\n*** BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM}. Install the "
               "distribution's chromium package (never `playwright install`). ***\n")
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    sys.stderr.write(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium(server: Server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def _screenshots_folder() -> None:
    SHOTS.mkdir(exist_ok=True)


class Browsing:
    """Opens signed-in pages: one browser context per user, so cookies never mix."""

    def __init__(self, browser, server: Server) -> None:
        self.browser, self.server = browser, server
        self.contexts: list = []

    def page(self, username: str | None = None, viewport: dict | None = None,
             headers: dict | None = None):
        context = self.browser.new_context(viewport=viewport or LAPTOP, base_url=self.server.url,
                                           extra_http_headers=headers)
        context.set_default_timeout(WAIT_MS)
        self.contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.js_errors = errors  # type: ignore[attr-defined]
        if username:
            sign_in(page, username)
        return page

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def browsing(chromium, server: Server) -> Iterator[Browsing]:
    b = Browsing(chromium, server)
    yield b
    b.close()
