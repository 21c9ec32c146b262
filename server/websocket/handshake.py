"""The start every websocket of ours shares: accept, refuse another site, require a user.

Refusals are close codes the pages' scripts understand: 1008 another origin, 4401 not signed
in (and, from the socket itself, 4403 not allowed, 4404 no such thing)."""

from __future__ import annotations

from fastapi import WebSocket
from fastapi.concurrency import run_in_threadpool

from osce.models.user import User
from server.auth import same_origin, socket_user


async def signed_in_socket(websocket: WebSocket) -> User | None:
    """The user behind an accepted socket, or None once it has been closed with the reason."""
    await websocket.accept()
    if not same_origin(websocket):
        await websocket.close(code=1008, reason="cross-site websocket refused")
        return None
    user = await run_in_threadpool(socket_user, websocket)
    if user is None:
        await websocket.close(code=4401, reason="sign in first")
    return user
