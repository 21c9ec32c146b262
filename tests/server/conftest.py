from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.live_server import LiveServer, add_user, copy_data_dir, prepared_data_dir


@pytest.fixture(scope="session")
def prepared() -> Path:
    return prepared_data_dir()


@pytest.fixture(scope="module")
def server(prepared: Path, tmp_path_factory: pytest.TempPathFactory):
    """One server per test module, with a student, a second student and an educator."""
    folder = copy_data_dir(prepared, tmp_path_factory.mktemp("server") / "data")
    for name, role in (("ann", "student"), ("ben", "student"), ("eve", "educator"),
                       ("ada", "admin")):
        add_user(folder, name, role)
    # the server's clock is real time plus the seconds in this file: tests jump it forward
    offset = folder / "clock-offset"
    offset.write_text("0")
    live = LiveServer(folder, env={"OSCE_CLOCK_OFFSET_FILE": str(offset)}).start()
    yield live
    live.stop()
