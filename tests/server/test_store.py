"""The store and the encounter service in process: real SQLite, migrations, an injected clock."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from osce.encounters.clock import ManualClock
from osce.encounters.service import EncounterError, EncounterService, NotYours, Timing
from osce.engine.protocol import Utterance
from osce.grading.rules import RuleGrader
from osce.library import Library, UnknownCase
from osce.models.encounter import Stage
from osce.models.note import Note
from osce.models.transcript import Action
from osce.models.user import Role
from osce.store.database import migrate, open_engine, sessions
from osce.store.encounters import EncounterStore
from osce.store.learners import SqlLearnerStore
from osce.store.users import AccountError, UserStore


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load()


@pytest.fixture
def made(tmp_path: Path):
    db = open_engine(f"sqlite:///{tmp_path / 'osce.sqlite3'}")
    migrate(db)
    migrate(db)  # a second run finds nothing to do
    yield sessions(db)
    db.dispose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def service(made, library, clock) -> EncounterService:
    # the engine is never asked for a reply here (stages, deadlines and storage only);
    # replies are tested over the real server in test_protocol.py
    unused = SimpleNamespace(name="scripted")
    return EncounterService(store=EncounterStore(made), learners=SqlLearnerStore(made),
                            library=library, engine=unused, grader=RuleGrader(),  # type: ignore[arg-type]
                            clock=clock, timing=Timing(reading_seconds=60, note_seconds=300))


def test_sqlite_runs_in_wal_with_full_sync(made, tmp_path: Path) -> None:
    with made() as s:
        conn = s.connection().connection.dbapi_connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tables = {r[0] for r in sqlite3.connect(tmp_path / "osce.sqlite3").execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"users", "encounters", "turns", "notes", "scorecards", "attempts", "ratings",
            "alembic_version"} <= tables


def test_passwords_are_hashed_with_argon2id_and_checked(made) -> None:
    users = UserStore(made)
    user = users.create("ann", "correct horse", Role.student, time.time())
    with made() as s:
        from osce.store.tables import UserRow
        stored = s.get(UserRow, user.id).password_hash
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert users.authenticate("ann", "correct horse").id == user.id
    assert users.authenticate("ann", "wrong horse!") is None
    assert users.authenticate("nobody", "correct horse") is None
    users.update(user.id, disabled=True)
    assert users.authenticate("ann", "correct horse") is None
    with pytest.raises(AccountError, match="taken"):
        users.create("ann", "another password", Role.student, time.time())
    with pytest.raises(AccountError, match="at least"):
        users.create("bob", "short", Role.student, time.time())
    assert user.pseudonym != "ann" and user.pseudonym.startswith("L")


def test_a_turn_committed_twice_with_one_client_id_is_stored_once(service, made) -> None:
    student = UserStore(made).create("ann", "password1", Role.student, time.time())
    info = service.start(student, "cardio-chest-pain")
    first = service.commit(info, "c1", Utterance(text="What brings you in?"))
    again = service.commit(info, "c1", Utterance(text="What brings you in?"))
    other = service.commit(info, "c2", Utterance(text="Any other symptoms?"))
    assert (first.duplicate, again.duplicate, other.duplicate) == (False, True, False)
    assert first.turn.seq == again.turn.seq == 1 and other.turn.seq == 2
    assert [t.seq for t in service.unanswered(service.store.get(info.id))] == [1, 2]


def test_deadlines_move_the_stages_on_their_own(service, made, clock) -> None:
    student = UserStore(made).create("ann", "password1", Role.student, time.time())
    info = service.start(student, "cardio-chest-pain")  # 8-minute station
    assert info.stage is Stage.door and info.deadline == clock.now() + 60
    clock.advance(61)
    info = service.open(info.id, student)
    assert info.stage is Stage.interview
    # the interview starts when reading time ended, not when someone noticed
    assert info.deadline == pytest.approx(clock.now() - 1 + 8 * 60)
    clock.advance(8 * 60)
    assert service.sweep() == 1  # nobody connected: the sweeper moves it
    info = service.store.get(info.id)
    assert info.stage is Stage.note
    with pytest.raises(EncounterError, match="over"):
        service.commit(info, "late", Utterance(text="One more question?"))
    service.save_note(info, Note(summary="draft", differential=["angina"]), submit=False)
    clock.advance(301)
    service.sweep()
    info = service.store.get(info.id)
    assert info.stage is Stage.done and info.deadline is None
    results = service.results(info)
    assert results is not None and results.scorecard.note is not None  # the draft was graded
    assert results.recommendation and results.recommendation["case_id"] in service.library.cases
    assert SqlLearnerStore(made).exists(student.pseudonym)


def test_a_submitted_note_is_final_and_graded_once(service, made, clock) -> None:
    student = UserStore(made).create("ann", "password1", Role.student, time.time())
    info = service.end_interview(service.start(student, "cardio-chest-pain"))
    assert info.stage is Stage.note
    info = service.save_note(info, Note(differential=["acute coronary syndrome"]), submit=True)
    assert info.stage is Stage.done
    with pytest.raises(EncounterError):
        service.save_note(info, Note(differential=["something else"]), submit=True)
    service.sweep()
    assert len(SqlLearnerStore(made).attempts(student.pseudonym)) == 1


def test_encounters_are_bound_to_their_owner(service, made) -> None:
    users = UserStore(made)
    ann = users.create("ann", "password1", Role.student, time.time())
    ben = users.create("ben", "password1", Role.student, time.time())
    eve = users.create("eve", "password1", Role.educator, time.time())
    info = service.start(ann, "cardio-chest-pain")
    with pytest.raises(NotYours):
        service.open(info.id, ben)
    with pytest.raises(NotYours):
        service.open("made-up", ann)
    assert service.open(info.id, eve).id == info.id  # staff may read it
    with pytest.raises(UnknownCase):
        service.start(ann, "no-such-case")


def test_an_end_turn_is_stored_like_any_other(service, made) -> None:
    ann = UserStore(made).create("ann", "password1", Role.student, time.time())
    info = service.start(ann, "cardio-chest-pain")
    committed = service.commit(info, "e", Utterance(action=Action.end, text=""))
    assert committed.turn.action is Action.end


WRITER = """
import sys, time
from osce.models.transcript import Action
from osce.store.database import open_engine, sessions
from osce.store.encounters import EncounterStore
store = EncounterStore(sessions(open_engine(sys.argv[1])))
for i in range(int(sys.argv[3])):
    store.commit_turn(sys.argv[2], f"{sys.argv[4]}-{i}", Action.say, "any chest pain?", time.time())
"""


def test_writers_in_several_threads_and_processes_never_collide(made, tmp_path: Path) -> None:
    """Two server processes and a thread pool all numbering the same encounter's turns: a
    write that read the last number before another writer's commit must not fail with
    SQLITE_BUSY, nor may two turns share a number."""
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    users = UserStore(made)
    owner = users.create("ann", "correct horse", Role.student, time.time())
    store = EncounterStore(made)
    info = store.create(owner_id=owner.id, learner=owner.pseudonym, case_id="c", case_hash="h",
                        station_id="s", rubric_hash="r", engine="scripted",
                        stage=Stage.interview, deadline=None, now=time.time())
    url = f"sqlite:///{tmp_path / 'osce.sqlite3'}"
    other = subprocess.Popen([sys.executable, "-c", WRITER, url, info.id, "60", "other"],
                             cwd=Path(__file__).resolve().parents[2])
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: store.commit_turn(info.id, f"here-{i}", Action.say,
                                                  "any chest pain?", time.time()), range(120)))
    assert other.wait(60) == 0
    seqs = [t.seq for t in store.turns(info.id)]
    assert seqs == list(range(1, 181))
