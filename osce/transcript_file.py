"""Writing a transcript as it happens: each turn is on disk before the next question."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from osce.models.transcript import TranscriptHeader, Turn


class TranscriptWriter:
    """Appends JSON lines and flushes each one, so a crash loses no finished turn."""

    def __init__(self, stream: IO[str], sync: bool = False) -> None:
        self.stream = stream
        self.sync = sync

    @classmethod
    def to_file(cls, path: Path) -> TranscriptWriter:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path.open("a", encoding="utf-8"), sync=True)

    def _write(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()
        if self.sync:
            os.fsync(self.stream.fileno())

    def header(self, header: TranscriptHeader) -> None:
        self._write(header.model_dump_json())

    def turn(self, turn: Turn) -> None:
        import json

        self._write(json.dumps(turn.line(), ensure_ascii=False))
