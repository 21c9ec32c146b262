"""`make test` runs the whole suite: a test folder left out of the Makefile never runs in CI."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_test_folder_is_a_make_test_stage() -> None:
    makefile = (ROOT / "Makefile").read_text()
    target = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    folders = sorted(d.name for d in (ROOT / "tests").iterdir()
                     if d.is_dir() and any(d.glob("test_*.py")))
    assert folders, "no test folders found"
    missing = [f for f in folders if f"tests/{f}" not in target.split()]
    assert missing == [], f"test folders make test never runs: {missing}"
