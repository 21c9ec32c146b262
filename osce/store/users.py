"""Accounts: argon2id password hashes, roles, and the pseudonym a learner is stored under."""

from __future__ import annotations

import contextlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from osce.models.user import USERNAME, Role, User
from osce.store.tables import UserRow

HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# verified against when a username is unknown, so a wrong name costs as long as a wrong password
_DUMMY = HASHER.hash(secrets.token_hex(16))
MIN_PASSWORD = 8


class AccountError(ValueError):
    pass


def _user(row: UserRow) -> User:
    return User(id=row.id, username=row.username, role=Role(row.role),
                pseudonym=row.pseudonym, disabled=row.disabled)


def check_new_account(username: str, password: str) -> None:
    if not USERNAME.fullmatch(username):
        raise AccountError(f"bad username {username!r}: 2-64 letters, digits and . _ @ -")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")


class UserStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def create(self, username: str, password: str, role: Role, now: float) -> User:
        check_new_account(username, password)
        row = UserRow(username=username, password_hash=HASHER.hash(password), role=role.value,
                      pseudonym="L" + secrets.token_hex(8), created_at=now, disabled=False)
        try:
            with self.sessions.begin() as s:
                s.add(row)
        except IntegrityError:
            raise AccountError(f"the username {username!r} is taken") from None
        return _user(row)

    def authenticate(self, username: str, password: str) -> User | None:
        with self.sessions() as s:
            row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            with contextlib.suppress(VerificationError):
                HASHER.verify(_DUMMY, password)
            return None
        try:
            HASHER.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if row.disabled:
            return None
        if HASHER.check_needs_rehash(row.password_hash):
            with self.sessions.begin() as s:
                s.get(UserRow, row.id).password_hash = HASHER.hash(password)  # type: ignore[union-attr]
        return _user(row)

    def get(self, user_id: int) -> User | None:
        with self.sessions() as s:
            row = s.get(UserRow, user_id)
            return None if row is None else _user(row)

    def by_username(self, username: str) -> User | None:
        with self.sessions() as s:
            row = s.scalar(select(UserRow).where(UserRow.username == username))
            return None if row is None else _user(row)

    def all(self) -> list[User]:
        with self.sessions() as s:
            return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.username))]

    def update(self, user_id: int, *, role: Role | None = None,
               disabled: bool | None = None, password: str | None = None) -> User:
        with self.sessions.begin() as s:
            row = s.get(UserRow, user_id)
            if row is None:
                raise AccountError(f"no user {user_id}")
            if role is not None:
                row.role = role.value
            if disabled is not None:
                row.disabled = disabled
            if password is not None:
                check_new_account(row.username, password)
                row.password_hash = HASHER.hash(password)
            return _user(row)

    def delete(self, user_id: int) -> None:
        with self.sessions.begin() as s:
            row = s.get(UserRow, user_id)
            if row is not None:
                s.delete(row)
