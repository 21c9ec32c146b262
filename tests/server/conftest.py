from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.live_server import prepared_data_dir, server_with_users


@pytest.fixture(scope="session")
def prepared() -> Path:
    return prepared_data_dir()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """One server per test module, with a student, a second student and an educator."""
    # the server's clock is real time plus the seconds in its clock file: tests jump it forward
    live = server_with_users(tmp_path_factory.mktemp("server"), (
        ("ann", "student"), ("ben", "student"), ("eve", "educator"), ("ada", "admin"))).start()
    yield live
    live.stop()
