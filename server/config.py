"""The server's configuration: environment variables, each with an embedded default."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import BaseModel

from osce.settings import data_dir as resolve_data_dir


class ServerSettings(BaseModel):
    data_dir: Path
    database_url: str = ""  # "" = a SQLite file in the data folder
    engine: str = "scripted"
    engine_process: bool = True  # run a synchronous engine in a child process of its own
    guard: str = "strict"  # what an LLM engine's guard does with a flagged sentence
    grader: str = "rules"
    cases_dirs: list[Path] = []
    secret_key: str = ""  # "" = one generated once and kept in the data folder
    reading_seconds: float = 60.0
    note_seconds: float = 600.0
    sweep_seconds: float = 1.0
    clock_offset_file: str = ""  # tests only: jump the server's clock forward
    secure_cookies: bool = False  # set behind HTTPS
    sign_in_attempts: int = 5  # per username and per address, per window
    sign_in_window_seconds: float = 300.0
    message_rate: float = 3.0  # websocket messages a second, per socket, before `rate_limited`
    message_burst: float = 8.0  # the burst a fast typist might send

    @classmethod
    def from_env(cls, data_dir: Path | None = None) -> ServerSettings:
        env = os.environ
        folder = resolve_data_dir(data_dir)
        return cls(
            data_dir=folder,
            database_url=env.get("OSCE_DATABASE_URL", ""),
            engine=env.get("OSCE_ENGINE", "scripted"),
            engine_process=env.get("OSCE_ENGINE_PROCESS", "1") not in ("0", "false", "no"),
            guard=env.get("OSCE_GUARD", "strict"),
            grader=env.get("OSCE_GRADER", "rules"),
            cases_dirs=[Path(p) for p in env.get("OSCE_CASES_DIR", "").split(os.pathsep) if p],
            secret_key=env.get("OSCE_SECRET_KEY", ""),
            reading_seconds=float(env.get("OSCE_READING_SECONDS", 60)),
            note_seconds=float(env.get("OSCE_NOTE_SECONDS", 600)),
            sweep_seconds=float(env.get("OSCE_SWEEP_SECONDS", 1)),
            clock_offset_file=env.get("OSCE_CLOCK_OFFSET_FILE", ""),
            secure_cookies=env.get("OSCE_SECURE_COOKIES", "") in ("1", "true", "yes"),
            message_rate=float(env.get("OSCE_WS_RATE", 3)),
            message_burst=float(env.get("OSCE_WS_BURST", 8)),
        )

    def session_secret(self) -> str:
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            try:  # O_EXCL: two processes starting at once agree on one key
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "w") as f:
                    f.write(secrets.token_urlsafe(48))
        return path.read_text().strip()
