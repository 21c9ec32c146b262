"""Who is asking: the signed session cookie, the CSRF token, and role checks.

The session cookie (Starlette's SessionMiddleware, signed with itsdangerous) holds only the
user id and a CSRF token; the user is re-read on every request, so a disabled or deleted
account is signed out at once.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request, WebSocket
from starlette.requests import HTTPConnection

from osce.models.user import Role, User
from server.services import Services


class SignInRequired(Exception):
    """A page needs a signed-in user: the pages answer with a redirect to sign-in."""


def services(conn: HTTPConnection) -> Services:
    return conn.app.state.services


def csrf_token(conn: HTTPConnection) -> str:
    token = conn.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        conn.session["csrf"] = token
    return token


def check_csrf(request: Request, supplied: str | None) -> None:
    expected = request.session.get("csrf", "")
    if not expected or not supplied or not hmac.compare_digest(expected, supplied):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def signed_in(conn: HTTPConnection) -> User | None:
    user_id = conn.session.get("uid")
    if not isinstance(user_id, int):
        return None
    user = services(conn).users.get(user_id)
    if user is None or user.disabled:
        conn.session.clear()
        return None
    return user


def sign_in(request: Request, user: User) -> None:
    request.session.clear()  # a fresh session: no fixation across the sign-in
    request.session["uid"] = user.id
    csrf_token(request)


# -- dependencies ---------------------------------------------------------------------------

def api_user(request: Request) -> User:
    user = signed_in(request)
    if user is None:
        raise HTTPException(401, "sign in first")
    return user


def page_user(request: Request) -> User:
    user = signed_in(request)
    if user is None:
        raise SignInRequired()
    return user


def api_csrf(request: Request) -> None:
    """State-changing JSON calls carry the token in a header a cross-site form cannot set."""
    check_csrf(request, request.headers.get("x-csrf-token"))


def require(*roles: Role):
    def check(request: Request) -> User:
        user = page_user(request) if not request.url.path.startswith("/api/") \
            else api_user(request)
        if user.role not in roles:
            raise HTTPException(403, "this page is for " + ", ".join(r.value for r in roles))
        return user
    return check


STAFF = (Role.educator, Role.examiner, Role.admin)


def socket_user(websocket: WebSocket) -> User | None:
    return signed_in(websocket)


def same_origin(conn: HTTPConnection) -> bool:
    """A websocket handshake from another site carries our cookie too: refuse it."""
    origin = conn.headers.get("origin")
    if origin is None:
        return True  # not a browser (tests, command-line clients)
    host = conn.headers.get("host", "")
    return origin.split("://", 1)[-1] == host
