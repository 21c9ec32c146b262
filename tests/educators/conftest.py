"""Educators' tests: a migrated SQLite store for the core, and one live server per module
(real `osce serve`, real store, real engine process) for the pages and the API."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.live_server import prepared_data_dir, server_with_users
from osce.store.database import migrate, open_engine, sessions


@pytest.fixture
def made(tmp_path: Path):
    """Sessions on a fresh, migrated SQLite file."""
    engine = open_engine(f"sqlite:///{tmp_path / 'osce.db'}")
    migrate(engine)
    return sessions(engine)


@pytest.fixture(scope="session")
def prepared() -> Path:
    return prepared_data_dir()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """Students ann and ben, educators eve and ed, an admin ada; a clock the test moves."""
    live = server_with_users(tmp_path_factory.mktemp("server"), (
        ("ann", "student"), ("ben", "student"), ("eve", "educator"), ("ed", "educator"),
        ("ada", "admin"))).start()
    yield live
    live.stop()
