"""Staff pages: every encounter for educators and examiners, accounts for admins."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import Depends, Form, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from osce.models.user import Role, User
from osce.store.users import AccountError
from server.auth import STAFF, check_csrf, require, services
from server.pages.progress import encounter_rows
from server.pages.render import flash, page_router, render

router = page_router()
Admin = Annotated[User, Depends(require(Role.admin))]
Staff = Annotated[User, Depends(require(*STAFF))]
USERS = "/admin/users"


@router.get("/staff/encounters")
async def all_encounters(request: Request, user: Staff) -> Response:
    svc = services(request)
    rows = await run_in_threadpool(lambda: encounter_rows(svc, svc.encounters.store.all()))
    return render(request, "staff_encounters.html", {"rows": rows}, user=user)


@router.get("/admin/users")
async def users(request: Request, user: Admin) -> Response:
    everyone = await run_in_threadpool(services(request).users.all)
    return render(request, "admin_users.html", {"users": everyone, "roles": list(Role)},
                  user=user)


def _role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None


@router.post("/admin/users")
async def create_user(request: Request, user: Admin, csrf: Annotated[str, Form()] = "",
                      username: Annotated[str, Form(max_length=64)] = "",
                      password: Annotated[str, Form(max_length=256)] = "",
                      role: Annotated[str, Form()] = "student") -> Response:
    check_csrf(request, csrf)
    chosen = _role(role)
    if chosen is None:
        flash(request, f"Unknown role {role!r}.", "error")
        return RedirectResponse(USERS, status_code=303)
    try:
        made = await run_in_threadpool(services(request).users.create, username.strip(),
                                       password, chosen, time.time())
    except AccountError as exc:
        flash(request, f"Not created: {exc}.", "error")
    else:
        flash(request, f"Created {made.role.value} {made.username}.")
    return RedirectResponse(USERS, status_code=303)


@router.post("/admin/users/{user_id}")
async def update_user(user_id: int, request: Request, user: Admin,
                      csrf: Annotated[str, Form()] = "", role: Annotated[str, Form()] = "",
                      disabled: Annotated[str, Form()] = "") -> Response:
    """Change one account's role or switch it off. An admin cannot demote or disable
    themselves: the last admin doing so would lock everyone out of this page."""
    check_csrf(request, csrf)
    store = services(request).users
    new_role = _role(role) if role else None
    off = {"1": True, "0": False}.get(disabled)
    if user_id == user.id and (off or (new_role is not None and new_role is not Role.admin)):
        flash(request, "You cannot demote or disable your own account.", "error")
        return RedirectResponse(USERS, status_code=303)
    if new_role is None and off is None:
        flash(request, "Nothing to change.", "error")
        return RedirectResponse(USERS, status_code=303)
    try:
        changed = await run_in_threadpool(lambda: store.update(user_id, role=new_role,
                                                               disabled=off))
    except AccountError as exc:
        flash(request, f"Not changed: {exc}.", "error")
    else:
        state = "disabled" if changed.disabled else "active"
        flash(request, f"{changed.username} is now {changed.role.value}, {state}.")
    return RedirectResponse(USERS, status_code=303)
