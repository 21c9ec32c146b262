"""Signing in and out, and the front door."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request, Response
from fastapi.responses import RedirectResponse

from server.auth import check_csrf, signed_in
from server.pages.render import page_router, render
from server.signin import TooManyAttempts, attempt

router = page_router()
HOME = "/cases"


def local_next(target: str | None) -> str:
    """Only a path on this site: `//evil.example` and `/\\evil.example` are other sites to a
    browser, and a full URL would turn the sign-in page into an open redirect."""
    if (not target or not target.startswith("/") or target.startswith(("//", "/\\"))
            or any(c in target for c in "\r\n\t\\")):
        return HOME
    return target


def _duration(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    return f"{round(seconds / 60)} minutes"


@router.get("/")
def home(request: Request) -> Response:
    return RedirectResponse(HOME if signed_in(request) else "/signin", status_code=303)


@router.get("/signin")
def signin_form(request: Request, next: str = "") -> Response:
    if signed_in(request):
        return RedirectResponse(local_next(next), status_code=303)
    return render(request, "signin.html", {"next": local_next(next) if next else "",
                                           "username": ""})


@router.post("/signin")
async def signin(request: Request, username: Annotated[str, Form(max_length=64)] = "",
                 password: Annotated[str, Form(max_length=256)] = "",
                 csrf: Annotated[str, Form()] = "",
                 next: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    context = {"next": local_next(next) if next else "", "username": username}
    if not username or not password:
        return render(request, "signin.html", {**context, "error": "Enter your username and "
                                               "password."}, status_code=400)
    try:
        user = await attempt(request, username.strip(), password)
    except TooManyAttempts as exc:
        wait = int((exc.headers or {}).get("Retry-After", "60"))
        return render(request, "signin.html", {**context, "error": f"Wait {_duration(wait)}, "
                                               "then try again.", "limited": True},
                      status_code=429, headers=exc.headers)
    if user is None:
        return render(request, "signin.html", {**context, "error": "Wrong username or password."},
                      status_code=401)
    return RedirectResponse(local_next(next), status_code=303)


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    request.session.clear()
    return RedirectResponse("/signin", status_code=303)
