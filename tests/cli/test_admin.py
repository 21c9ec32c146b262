"""`osce admin`: the first accounts, and a learner's data exported and erased."""

from __future__ import annotations

import json
import time
from pathlib import Path

from typer.testing import CliRunner

from osce.cli import app
from osce.models.note import Note
from osce.models.transcript import Action
from osce.store.database import database_url, open_engine, sessions
from osce.store.encounters import EncounterStore
from osce.store.users import UserStore

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_create_user_then_sign_in_works_and_bad_input_is_refused(tmp_path: Path) -> None:
    d = str(tmp_path)
    ok = invoke("admin", "create-user", "--role", "admin", "--username", "root1",
                "--password", "long enough", "--data-dir", d)
    assert ok.exit_code == 0 and "created admin root1" in ok.output
    users = UserStore(sessions(open_engine(database_url(tmp_path))))
    assert users.authenticate("root1", "long enough") is not None
    bad_role = invoke("admin", "create-user", "--role", "dean", "--username", "x1",
                      "--password", "long enough", "--data-dir", d)
    assert bad_role.exit_code == 1 and "bad role" in bad_role.output
    taken = invoke("admin", "create-user", "--role", "student", "--username", "root1",
                   "--password", "long enough", "--data-dir", d)
    assert taken.exit_code == 1 and "taken" in taken.output
    short = invoke("admin", "create-user", "--role", "student", "--username", "s1",
                   "--password", "short", "--data-dir", d)
    assert short.exit_code == 1 and "at least" in short.output
    assert [u.username for u in users.all()] == ["root1"]  # the refusals changed nothing


def test_export_then_delete_a_learner(tmp_path: Path) -> None:
    d = str(tmp_path)
    invoke("admin", "create-user", "--role", "student", "--username", "ann", "--password",
           "long enough", "--data-dir", d)
    invoke("admin", "create-user", "--role", "student", "--username", "ben", "--password",
           "long enough", "--data-dir", d)
    made = sessions(open_engine(database_url(tmp_path)))
    users, store = UserStore(made), EncounterStore(made)
    from osce.models.encounter import Stage

    ids = {}
    for name in ("ann", "ben"):
        u = users.by_username(name)
        info = store.create(owner_id=u.id, learner=u.pseudonym, case_id="cardio-chest-pain",
                            case_hash="h", station_id="", rubric_hash="", engine="scripted",
                            stage=Stage.note, deadline=None, now=time.time())
        store.commit_turn(info.id, "c1", Action.say, f"{name} asks about the pain", time.time())
        store.save_note(info.id, Note(summary=f"{name}'s note"), submitted=False, now=time.time())
        ids[name] = info.id
    exported = invoke("admin", "export-learner", "ann", "--data-dir", d)
    assert exported.exit_code == 0
    data = json.loads(exported.output)
    assert data["username"] == "ann" and len(data["encounters"]) == 1
    assert data["encounters"][0]["turns"][0]["student"] == "ann asks about the pain"
    assert "ben" not in exported.output
    gone = invoke("admin", "delete-learner", "ann", "--yes", "--data-dir", d)
    assert gone.exit_code == 0 and "1 encounter" in gone.output
    assert users.by_username("ann") is None
    assert store.turns(ids["ann"]) == [] and store.note(ids["ann"]) is None
    assert store.turns(ids["ben"])[0].student == "ben asks about the pain"  # others untouched
    assert invoke("admin", "delete-learner", "ann", "--yes", "--data-dir", d).exit_code == 1


def test_demo_accounts_only_on_an_empty_store(tmp_path: Path) -> None:
    d = str(tmp_path)
    first = invoke("admin", "demo-accounts", "--data-dir", d)
    assert first.exit_code == 0 and "student" in first.output
    saved = (tmp_path / "demo-accounts.txt")
    assert oct(saved.stat().st_mode & 0o777) == "0o600"
    users = UserStore(sessions(open_engine(database_url(tmp_path))))
    assert sorted(u.role.value for u in users.all()) == ["admin", "educator", "examiner",
                                                          "student"]
    password = saved.read_text().splitlines()[0].split()[-1]
    assert users.authenticate("student", password) is not None
    again = invoke("admin", "demo-accounts", "--data-dir", d)
    assert again.exit_code == 0 and len(users.all()) == 4
