"""A real server on loopback for tests and benchmarks: a uvicorn subprocess over its own data
folder, and a signed-in client for it."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import websockets

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CACHE = ROOT / ".osce-cache" / "prepared"


def prepared_data_dir(folder: Path = CACHE) -> Path:
    """A data folder whose grounding index is built: ~10 s the first time, then only what
    changed is embedded again (the index keys each namespace by its texts' hash). Servers run
    on copies of it, so every test still starts from its own store."""
    from osce.engine.factory import make_engine
    from osce.hashing import case_hash
    from osce.library import Library

    engine = make_engine("scripted", folder)
    for case in Library.load().cases.values():
        engine.prepare(case, case_hash(case))  # type: ignore[attr-defined]
    return folder


def copy_data_dir(prepared: Path, target: Path) -> Path:
    """The index only: any store or secret in the cache folder stays behind."""
    shutil.copytree(prepared, target, ignore=shutil.ignore_patterns(
        "osce.sqlite3*", "secret.key", "*.log", "demo-accounts.txt"))
    return target


CLOCK_FILE = "clock-offset"  # seconds the server's clock runs ahead of this machine's


@dataclass
class LiveServer:
    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120.0) -> LiveServer:
        env = {**os.environ, "OSCE_DATA_DIR": str(self.data_dir), "HF_HUB_OFFLINE": "1",
               "OSCE_SWEEP_SECONDS": "0.2", **self.env}
        self.log = self.data_dir / f"server-{self.port}.log"
        out = self.log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "server.app:app_from_env", "--factory",
             "--host", "127.0.0.1", "--port", str(self.port), "--ws-max-size", "65536"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server not ready in {timeout} s")

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no flushing: the crash the store must survive."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def server_with_users(base: Path, users: Iterable[tuple[str, str]]) -> LiveServer:
    """A server (not yet started) on a copy of the prepared data folder under `base`, with
    these (username, role) accounts, password "secret-pass", and a clock the caller moves by
    writing seconds to `data_dir / CLOCK_FILE`."""
    folder = copy_data_dir(prepared_data_dir(), base / "data")
    for name, role in users:
        add_user(folder, name, role)
    clock = folder / CLOCK_FILE
    clock.write_text("0")
    return LiveServer(folder, env={"OSCE_CLOCK_OFFSET_FILE": str(clock)})


def add_user(data_dir: Path, username: str, role: str, password: str = "secret-pass") -> None:
    from osce.models.user import Role
    from osce.store.database import database_url, migrate, open_engine, sessions
    from osce.store.users import UserStore

    db = open_engine(database_url(data_dir))
    migrate(db)
    UserStore(sessions(db)).create(username, password, Role(role), time.time())
    db.dispose()


class Client:
    """A signed-in user: an HTTP client with the session cookie, and websockets that carry it."""

    def __init__(self, server: LiveServer, username: str, password: str = "secret-pass") -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.url, timeout=30)
        r = self.http.post("/api/session", json={"username": username, "password": password})
        r.raise_for_status()
        self.csrf = r.json()["csrf"]

    def post(self, path: str, body: dict | None = None) -> httpx.Response:
        return self.http.post(path, json=body or {}, headers={"x-csrf-token": self.csrf})

    def start(self, case_id: str = "cardio-chest-pain") -> str:
        r = self.post("/api/encounters", {"case_id": case_id})
        r.raise_for_status()
        return r.json()["id"]

    def cookie(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.http.cookies.items())

    async def socket(self, encounter_id: str):
        return await websockets.connect(f"{self.server.ws_url}/ws/encounters/{encounter_id}",
                                        additional_headers={"Cookie": self.cookie()},
                                        open_timeout=30)


async def receive(ws, timeout: float = 30.0) -> dict:
    return json.loads(await asyncio.wait_for(ws.recv(), timeout))


async def until(ws, kind: str, timeout: float = 30.0) -> tuple[dict, list[dict]]:
    """Read until a message of `kind`; return it and everything read on the way."""
    seen = []
    while True:
        message = await receive(ws, timeout)
        seen.append(message)
        if message["type"] == kind:
            return message, seen


async def ask(ws, client_id: str, text: str, kind: str = "say") -> tuple[dict, dict, list[dict]]:
    await ws.send(json.dumps({"type": kind, "id": client_id, "text": text}))
    ack, _ = await until(ws, "ack")
    reply, seen = await until(ws, "reply")
    return ack, reply, seen
