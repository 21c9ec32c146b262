"""Browser tests: a real `osce serve` in a subprocess and the system's headless Chromium.

One server for the session (its first start loads the embedder and indexes the cases), with
its own data folder, users and a clock the tests can move forward through a file.
Chromium is never downloaded: without /usr/bin/chromium the suite skips, loudly, except
under CI=true, where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.helpers import CASE, LAPTOP, PASSWORD, SHOTS, USERS, WAIT_MS, sign_in

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
STARTUP_SECONDS = 300  # a start on a busy two-core machine loads torch, a model, an index
WARM_SECONDS = 600  # the first reply waits until every case is prepared
INDEX_CACHE = Path(__file__).resolve().parent / ".index-cache" / "chroma"


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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seed_index(data_dir: Path) -> None:
    """The index is keyed by content, so a copy of an older one (this suite's last, or the
    working copy's own from `make run`) is only a head start: anything stale is embedded
    again."""
    from filelock import FileLock, Timeout

    for source in (INDEX_CACHE, ROOT / ".osce" / "chroma"):
        if not source.is_dir():
            continue
        try:
            with FileLock(str(source.parent / "chroma.lock"), timeout=30):
                shutil.copytree(source, data_dir / "chroma")
            return
        except (Timeout, OSError, shutil.Error):
            shutil.rmtree(data_dir / "chroma", ignore_errors=True)


def _keep_index(data_dir: Path) -> None:
    """Keep the index the server built for the next session; swapped in whole, so a run
    stopped half way never leaves half a copy."""
    built = data_dir / "chroma"
    if not built.is_dir():
        return
    INDEX_CACHE.parent.mkdir(exist_ok=True)
    fresh = INDEX_CACHE.with_name("chroma.new")
    old = INDEX_CACHE.with_name("chroma.old")
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        shutil.copytree(built, fresh)
        if INDEX_CACHE.exists():
            INDEX_CACHE.rename(old)
        fresh.rename(INDEX_CACHE)
    except OSError:
        return
    shutil.rmtree(old, ignore_errors=True)


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


def _make_users(data_dir: Path) -> None:
    from osce.models.user import Role
    from osce.store.database import database_url, migrate, open_engine, sessions
    from osce.store.users import UserStore

    db = open_engine(database_url(data_dir))
    migrate(db)
    users = UserStore(sessions(db))
    for name, role in USERS.items():
        users.create(name, PASSWORD, Role(role), time.time())
    db.dispose()


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the server did not start in {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _need_chromium()
    base = tmp_path_factory.mktemp("browser")
    data_dir = base / "data"
    data_dir.mkdir()
    _seed_index(data_dir)
    _make_users(data_dir)
    clock_file = base / "clock-offset"
    clock_file.write_text("0")
    port = _free_port()
    env = {**os.environ, "OSCE_DATA_DIR": str(data_dir), "OSCE_CLOCK_OFFSET_FILE": str(clock_file),
           "OSCE_READING_SECONDS": "300", "OSCE_NOTE_SECONDS": "900",
           "OSCE_SECRET_KEY": "browser-tests-only", "HF_HUB_OFFLINE": "1",
           "TOKENIZERS_PARALLELISM": "false", "OSCE_CASES_DIR": "", "OSCE_DATABASE_URL": ""}
    log = base / "server.log"
    with log.open("w") as out:
        # the app and options of `osce serve`, started through uvicorn itself: other work on
        # this machine stops stray `osce serve` processes by name
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "server.app:app_from_env", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--ws-max-size", str(64 * 1024)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log)
        _warm_up(url)
        yield Server(url, data_dir, clock_file, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        _keep_index(data_dir)


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
