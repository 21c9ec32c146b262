"""Rendering shared by every page: the template environment, the common context, HTML error
pages and one-shot flash messages."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from osce.models.user import Role, User
from server.auth import csrf_token, signed_in

TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
PRODUCT = "OSCE Practice"

# Inline scripts are never used, so a strict script policy costs nothing; inline style
# attributes are allowed because progress bars and chart legends size themselves with them.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; "
                               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",  # pages carry a CSRF token and private results
}


def when(value: float | str | None) -> str:
    """An epoch second or an ISO string as a short, unambiguous date and time."""
    if value is None or value == "":
        return ""
    try:
        moment = (datetime.fromtimestamp(value) if isinstance(value, int | float)
                  else datetime.fromisoformat(value))
    except (ValueError, OverflowError, OSError):
        return str(value)
    return moment.strftime("%d %b %Y, %H:%M")


def label(value: str) -> str:
    """`data_gathering` or `red-flags` as words a person reads."""
    text = str(value).replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]


MARKDOWN = re.compile(r"(^|\s)#{1,6}\s+|\*\*|__")


def plain(text: str) -> str:
    """Reference notes are markdown; quoted inside a sentence, their marks are noise."""
    return MARKDOWN.sub(lambda m: m.group(1), str(text)).strip()


TEMPLATES.env.filters["when"] = when
TEMPLATES.env.filters["plain"] = plain
TEMPLATES.env.filters["label"] = label
TEMPLATES.env.globals["product"] = PRODUCT


def flash(request: Request, message: str, kind: str = "ok") -> None:
    request.session["flash"] = {"message": message, "kind": kind}


def render(request: Request, name: str, context: dict[str, Any] | None = None,
           status_code: int = 200, user: User | None = None,
           headers: dict[str, str] | None = None) -> Response:
    user = user if user is not None else signed_in(request)
    ctx: dict[str, Any] = {
        "user": user,
        "is_staff": bool(user and user.role.is_staff),
        "is_admin": bool(user and user.role is Role.admin),
        "csrf": csrf_token(request),
        "flash": request.session.pop("flash", None),
        "path": request.url.path,
    }
    ctx.update(context or {})
    response = TEMPLATES.TemplateResponse(request, name, ctx, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    if headers:
        response.headers.update(headers)
    return response


TITLES = {400: "That request did not make sense", 401: "Please sign in",
          403: "You do not have access to this page", 404: "Page not found",
          409: "Not possible right now", 429: "Too many attempts"}


def error_page(request: Request, status_code: int, detail: str = "",
               headers: dict[str, str] | None = None) -> Response:
    return render(request, "error.html",
                  {"status": status_code, "title": TITLES.get(status_code, "Something went wrong"),
                   "detail": detail}, status_code=status_code, headers=headers)


class PageRoute(APIRoute):
    """Errors on a page route become an HTML page, where the API's would be JSON: a student
    who follows a stale link should see a page with a way back, not a JSON object."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except StarletteHTTPException as exc:
                detail = exc.detail if isinstance(exc.detail, str) else ""
                return error_page(request, exc.status_code, detail, exc.headers)
            except RequestValidationError:
                return error_page(request, 400, "Some of the form's fields were missing or "
                                                "not valid. Go back and try again.")

        return handle


def page_router() -> APIRouter:
    return APIRouter(route_class=PageRoute, include_in_schema=False)
