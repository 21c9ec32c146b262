"""Every save of an authored case or rubric, kept forever, numbered per document.

A save names the version it was edited from. When someone else saved in between, the save is
refused with their version, so the second educator is shown what changed and loses nothing:
their text is still in their editor, and the first educator's is stored.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from osce.store.tables import VersionRow


class VersionInfo(BaseModel):
    """A version without its text: what lists and choices need."""

    id: int
    kind: str
    doc_id: str
    number: int
    valid: bool
    problems: list[str]
    content_hash: str
    author: str
    comment: str
    at: float


class Version(VersionInfo):
    text: str


class Document(BaseModel):
    """A document's newest version and its newest valid one, for the authoring list."""

    kind: str
    doc_id: str
    latest: VersionInfo
    valid: VersionInfo | None


class SaveConflict(Exception):
    """Someone saved this document after the version the editor started from."""

    def __init__(self, base: int | None, theirs: Version) -> None:
        self.base = base
        self.theirs = theirs
        super().__init__(f"{theirs.author} saved version {theirs.number} after the version "
                         f"you started from ({base or 'none'})")


class UnknownVersion(LookupError):
    pass


def _info(row) -> dict:
    return {"id": row.id, "kind": row.kind, "doc_id": row.doc_id, "number": row.number,
            "valid": row.valid, "problems": list(row.problems),
            "content_hash": row.content_hash, "author": row.author, "comment": row.comment,
            "at": row.at}


def _version(row: VersionRow) -> Version:
    return Version(text=row.text, **_info(row))


# every column but the text: a list of documents must not read every text ever saved
_INFO_COLUMNS = [c for c in VersionRow.__table__.columns if c.name != "text"]


class VersionStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def save(self, kind: str, doc_id: str, text: str, *, base: int | None, valid: bool,
             problems: list[str], content_hash: str, author: str, now: float,
             comment: str = "") -> Version:
        """Store a new version on top of `base` (None: a new document). Raises SaveConflict
        when the newest version is not `base`."""
        try:
            with self.sessions.begin() as s:
                newest = s.scalar(select(func.max(VersionRow.number))
                                  .where(VersionRow.kind == kind, VersionRow.doc_id == doc_id))
                if newest != base:
                    if newest is None:
                        raise UnknownVersion(f"no {kind} {doc_id!r} to save on top of")
                    raise SaveConflict(base, self._latest_in(s, kind, doc_id))
                row = VersionRow(kind=kind, doc_id=doc_id, number=(newest or 0) + 1, text=text,
                                 valid=valid, problems=problems, content_hash=content_hash,
                                 author=author, comment=comment, at=now)
                s.add(row)
                s.flush()
                return _version(row)
        except IntegrityError:
            # another process took the same number between our read and our insert (the
            # unique constraint is the last word, whatever the database's isolation)
            with self.sessions() as s:
                raise SaveConflict(base, self._latest_in(s, kind, doc_id)) from None

    @staticmethod
    def _latest_in(s: Session, kind: str, doc_id: str) -> Version:
        row = s.scalar(select(VersionRow).where(VersionRow.kind == kind,
                                                VersionRow.doc_id == doc_id)
                       .order_by(VersionRow.number.desc()).limit(1))
        assert row is not None
        return _version(row)

    def history(self, kind: str, doc_id: str) -> list[VersionInfo]:
        """Newest first, without the texts."""
        with self.sessions() as s:
            return [VersionInfo(**_info(r)) for r in s.execute(
                select(*_INFO_COLUMNS).where(VersionRow.kind == kind, VersionRow.doc_id == doc_id)
                .order_by(VersionRow.number.desc())).all()]

    def get(self, kind: str, doc_id: str, number: int | None = None) -> Version:
        """One version; the newest when `number` is None."""
        query = select(VersionRow).where(VersionRow.kind == kind, VersionRow.doc_id == doc_id)
        query = (query.where(VersionRow.number == number) if number is not None
                 else query.order_by(VersionRow.number.desc()).limit(1))
        with self.sessions() as s:
            row = s.scalar(query)
        if row is None:
            raise UnknownVersion(f"no {kind} {doc_id!r}" +
                                 (f" version {number}" if number is not None else ""))
        return _version(row)

    def by_id(self, version_id: int) -> Version:
        with self.sessions() as s:
            row = s.get(VersionRow, version_id)
        if row is None:
            raise UnknownVersion(f"no version {version_id}")
        return _version(row)

    def newest_valid(self, kind: str, doc_id: str) -> Version | None:
        with self.sessions() as s:
            row = s.scalar(select(VersionRow).where(VersionRow.kind == kind,
                                                    VersionRow.doc_id == doc_id,
                                                    VersionRow.valid.is_(True))
                           .order_by(VersionRow.number.desc()).limit(1))
        return None if row is None else _version(row)

    def newest_number(self, kind: str, doc_id: str) -> int | None:
        with self.sessions() as s:
            return s.scalar(select(func.max(VersionRow.number))
                            .where(VersionRow.kind == kind, VersionRow.doc_id == doc_id))

    def documents(self) -> list[Document]:
        with self.sessions() as s:
            rows = s.execute(select(*_INFO_COLUMNS).order_by(
                VersionRow.kind, VersionRow.doc_id, VersionRow.number)).all()
        latest: dict[tuple[str, str], VersionInfo] = {}
        valid: dict[tuple[str, str], VersionInfo] = {}
        for row in rows:
            info = VersionInfo(**_info(row))
            latest[(row.kind, row.doc_id)] = info
            if row.valid:
                valid[(row.kind, row.doc_id)] = info
        return [Document(kind=k, doc_id=d, latest=v, valid=valid.get((k, d)))
                for (k, d), v in latest.items()]
