"""The web app: `osce serve` runs it under uvicorn; tests build it with their own settings."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from server.auth import SignInRequired
from server.config import ServerSettings
from server.services import Services, build

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("osce.server")


async def _sweeper(svc: Services) -> None:
    """Deadlines pass even for encounters nobody is connected to (a closed laptop)."""
    while True:
        await asyncio.sleep(svc.settings.sweep_seconds)
        try:
            await asyncio.to_thread(svc.circuits.tick)  # a new round's encounters first
            await asyncio.to_thread(svc.encounters.sweep)
        except Exception as exc:  # the next sweep tries again
            log.warning("sweep failed: %s", type(exc).__name__)


def create_app(settings: ServerSettings) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc = await asyncio.to_thread(build, settings)
        app.state.services = svc
        _settle()
        warming = asyncio.create_task(_warm(svc))
        sweeper = asyncio.create_task(_sweeper(svc))
        app.state.ready = True
        try:
            yield
        finally:
            for task in (warming, sweeper):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            close = getattr(svc.encounters.engine, "close", None)
            if close is not None:  # an engine process of our own stops with us
                await asyncio.to_thread(close)

    app = FastAPI(title="osce", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.add_middleware(SessionMiddleware, secret_key=settings.session_secret(),
                       session_cookie="osce_session", same_site="lax",
                       https_only=settings.secure_cookies, max_age=12 * 3600)

    from server.api import router as api_router
    from server.api_author import router as author_router
    from server.api_circuits import router as circuits_router
    from server.pages.routes import router as pages_router
    from server.websocket.endpoint import router as ws_router
    from server.websocket.monitor import router as monitor_router

    app.include_router(api_router)
    app.include_router(author_router)
    app.include_router(circuits_router)
    app.include_router(ws_router)
    app.include_router(monitor_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"ok": True}

    @app.exception_handler(SignInRequired)
    async def to_sign_in(request: Request, _: SignInRequired):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "sign in first"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/signin?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # Unmatched paths never reach a page route's own handler: a person who mistypes a
        # link still gets a page with a way back, while the API and websockets keep JSON.
        if request.url.path.startswith(("/api/", "/ws/", "/static/")):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        from server.pages.render import error_page

        detail = exc.detail if isinstance(exc.detail, str) and exc.status_code != 404 else ""
        return error_page(request, exc.status_code, detail, exc.headers)

    return app


async def _warm(svc: Services) -> None:
    """Prepare the engine and the cases on the engine's own thread, one at a time: pages are
    served at once, and a question that arrives meanwhile waits for one case's preparation,
    not all of them. Then index the reference notes, which feedback quotes."""
    runner = svc.encounters.engine
    engine = getattr(runner, "inner", runner)
    prepare, executor = getattr(engine, "prepare", None), getattr(runner, "executor", None)
    if prepare is not None and executor is not None:  # an engine in its own process warms itself
        from osce.hashing import case_hash

        loop = asyncio.get_running_loop()
        for case in list(svc.library.cases.values()):
            await loop.run_in_executor(executor, prepare, case, case_hash(case))
    search = svc.encounters.notes_search
    if search is not None and svc.library.cases:
        # the reference notes are indexed on first search: do it now, not in the first grade
        await asyncio.to_thread(search, "warm", next(iter(svc.library.cases)))
    _settle()


def _settle() -> None:
    """Move what start-up built (models, cases, vectors, libraries) out of the collector's
    sight. A full collection otherwise walks all of it, holding every request for 100-180 ms
    under load: that was the whole of the p99 in the 200-encounter benchmark."""
    gc.collect()
    gc.freeze()


def app_from_env() -> FastAPI:
    """For `uvicorn server.app:app_from_env --factory` and for `osce serve`."""
    return create_app(ServerSettings.from_env())
