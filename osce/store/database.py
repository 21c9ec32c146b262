"""Opening the store: the URL, SQLite's durability settings, and migrations to head."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def database_url(data_dir: Path) -> str:
    """OSCE_DATABASE_URL (e.g. postgresql+psycopg://...), else a SQLite file in the data dir."""
    url = os.environ.get("OSCE_DATABASE_URL")
    if url:
        return url
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(data_dir / 'osce.sqlite3').resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers run beside the writer; FULL syncs every commit, so an acknowledged
    # turn survives a killed process (and power loss on a disk that honours fsync)
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    # Transactions are begun by us (below), not by the driver's guesswork, so that a write
    # can say BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Connection) -> None:
    # A deferred transaction that reads and then writes (the next turn number, then the
    # turn) fails at once with SQLITE_BUSY if another connection wrote in between: a write
    # takes the write lock before it reads.
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent; safe for several processes on
    PostgreSQL, serialised by SQLite's own write lock)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


_WRITERS: dict[str, threading.RLock] = {}
_WRITERS_LOCK = threading.Lock()


class Sessions(sessionmaker[Session]):
    """`sessions()` reads; `sessions.begin()` writes. On SQLite a write queues on a lock in
    this process before it takes SQLite's own: SQLite's busy handler waits by sleeping in
    steps of up to 100 ms, which under load was the latency of whoever lost the race, while
    a lock hands over the moment the writer before is done. Other processes still queue on
    SQLite's lock, as before."""

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        bind = self.kw["bind"]
        if bind.dialect.name != "sqlite":
            with super().begin() as session:
                yield session
            return
        with _writer(str(bind.url)), self() as session, session.begin():
            session.connection(execution_options={"sqlite_immediate": True})
            yield session


def _writer(url: str) -> threading.RLock:
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(url, threading.RLock())


def sessions(engine: Engine) -> Sessions:
    return Sessions(engine, expire_on_commit=False)
