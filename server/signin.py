"""Signing in and out, shared by the sign-in page and the JSON API, rate-limited by
username and by address."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from osce.models.user import User
from server.auth import services, sign_in


class TooManyAttempts(HTTPException):
    def __init__(self, wait: float) -> None:
        super().__init__(429, f"too many sign-in attempts; try again in {int(wait) + 1} s",
                         headers={"Retry-After": str(int(wait) + 1)})


async def attempt(request: Request, username: str, password: str) -> User | None:
    svc = services(request)
    address = request.client.host if request.client else "?"
    keys = [f"user:{username.lower()}", f"addr:{address}"]
    wait = svc.sign_in.blocked(keys)
    if wait > 0:
        raise TooManyAttempts(wait)
    user = await run_in_threadpool(svc.users.authenticate, username, password)
    if user is None:
        svc.sign_in.failed(keys)
        return None
    svc.sign_in.succeeded([keys[0]])
    sign_in(request, user)
    return user
