"""The migrations build exactly the tables the code declares: a column added to tables.py
without a migration (or the other way round) fails here, not on a school's database."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from osce.store.database import migrate, open_engine
from osce.store.tables import Base


def test_migrated_schema_matches_the_declared_tables(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'osce.db'}")
    migrate(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
