"""The encounter websocket: `/ws/encounters/{id}`.

Order of a turn: validate, store (durably), acknowledge, then stream the reply and store it.
A resend of the same client id is acknowledged again and answered from the store. Errors in
one message get an error frame; the socket and everyone else's carry on.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from osce.encounters.service import EncounterError, NotYours
from osce.engine.protocol import FinalReply, Utterance
from osce.models.encounter import EncounterInfo, Stage, StoredTurn
from osce.models.user import User
from server.auth import services
from server.limits import TokenBucket
from server.services import Services
from server.websocket.handshake import signed_in_socket
from server.websocket.messages import (
    ACTIONS,
    INCOMING,
    MAX_TEXT,
    Ack,
    End,
    ErrorMessage,
    Hello,
    Ping,
    Pong,
    ReplyMessage,
    ServerMessage,
    State,
    TextPieceMessage,
)

router = APIRouter()
log = logging.getLogger("osce.websocket")  # ids and error kinds only: never what was said

FLOOD_CLOSE = 30  # messages refused in a row before the socket is closed
MAX_FRAME = 4 * MAX_TEXT + 1024  # bytes: the longest valid message in the widest UTF-8
TICK = 0.5  # seconds between deadline checks


class Conversation:
    def __init__(self, websocket: WebSocket, svc: Services, user: User,
                 info: EncounterInfo) -> None:
        self.ws, self.svc, self.user, self.info = websocket, svc, user, info
        self.staff = user.role.is_staff
        self.owner = info.owner_id == user.id
        self.send_lock = asyncio.Lock()
        self.bucket = TokenBucket(svc.settings.message_rate, svc.settings.message_burst)
        self.refused = 0
        self.last_seq = 0

    async def send(self, message: ServerMessage) -> None:
        async with self.send_lock:
            await self.ws.send_text(message.model_dump_json())

    async def error(self, code: str, message: str, client_id: str | None = None) -> None:
        await self.send(ErrorMessage(code=code, message=message, id=client_id))  # type: ignore[arg-type]

    async def state(self, reason: str) -> None:
        turns = await run_in_threadpool(self.svc.encounters.store.turns, self.info.id)
        await self.send(State(stage=self.info.stage, deadline=self.info.deadline,
                              server_time=self.svc.clock.now(),
                              last_seq=turns[-1].seq if turns else 0, reason=reason))

    async def refresh(self) -> bool:
        """Apply deadlines; True when the stage moved."""
        before = self.info.stage
        self.info = await run_in_threadpool(self.svc.encounters.enforce, self.info)
        return self.info.stage is not before

    # -- replies ----------------------------------------------------------------------------

    def _reply(self, turn: StoredTurn, final: FinalReply) -> ReplyMessage:
        return ReplyMessage(seq=turn.seq, text=final.text, notice=final.notice,
                            grounding=final.grounding if self.staff else None)

    async def answer(self, turn: StoredTurn) -> None:
        async for event in self.svc.encounters.reply(self.info, turn):
            if isinstance(event, FinalReply):
                await self.send(self._reply(turn, event))
            else:
                await self.send(TextPieceMessage(seq=turn.seq, text=event.text))

    async def replay(self, after: int) -> None:
        """What a reconnecting client missed; then any acknowledged turn never answered."""
        turns = await run_in_threadpool(self.svc.encounters.store.turns, self.info.id, after)
        for t in turns:
            await self.send(Ack(id=t.client_id, seq=t.seq, action=t.action, text=t.student,
                                duplicate=True))
            if t.patient is not None:
                await self.send(ReplyMessage(seq=t.seq, text=t.patient,
                                             grounding=t.grounding if self.staff else None))
        if self.owner:
            for t in await run_in_threadpool(self.svc.encounters.unanswered, self.info):
                if t.seq <= after:
                    await self.send(Ack(id=t.client_id, seq=t.seq, action=t.action,
                                        text=t.student, duplicate=True))
                await self.answer(t)

    # -- one incoming frame -----------------------------------------------------------------

    async def handle(self, raw: str) -> None:
        if not self.bucket.take():
            self.refused += 1
            if self.refused >= FLOOD_CLOSE:
                raise Flooding()
            rate = self.svc.settings.message_rate
            await self.error("rate_limited", f"too many messages: at most {rate:g} a second")
            return
        self.refused = 0
        if len(raw) > MAX_FRAME:
            await self.error("too_long", f"message over {MAX_TEXT} characters of text")
            return
        try:
            data = json.loads(raw)
        except ValueError:
            await self.error("bad_json", "not valid JSON")
            return
        client_id = data.get("id") if isinstance(data, dict) and \
            isinstance(data.get("id"), str) else None
        try:
            message = INCOMING.validate_python(data)
        except ValidationError as exc:
            await self.error(*_explain(exc, data), client_id=client_id)
            return
        if isinstance(message, Ping):
            await self.send(Pong())
        elif isinstance(message, Hello):
            self.last_seq = message.last_seq
            await self.replay(message.last_seq)
        else:
            await self.turn(message)

    async def turn(self, message) -> None:
        if not self.owner:
            await self.error("stage", "only the student doing this station can speak in it",
                             message.id)
            return
        text = "" if isinstance(message, End) else message.text
        utterance = Utterance(action=ACTIONS[message.type], text=text)
        stage = self.info.stage
        try:
            committed = await run_in_threadpool(self.svc.encounters.commit, self.info,
                                                message.id, utterance)
        except EncounterError as exc:
            await self.refresh()
            await self.state("deadline" if self.info.stage is not stage else "stage")
            await self.error("stage", str(exc), message.id)
            return
        self.info = committed.info or self.info
        if self.info.stage is not stage:
            await self.state("entered")
        turn = committed.turn
        await self.send(Ack(id=message.id, seq=turn.seq, action=turn.action, text=turn.student,
                            duplicate=committed.duplicate))
        await self.answer(turn)
        if utterance.action.value == "end":
            self.info = await run_in_threadpool(self.svc.encounters.store.get, self.info.id)
            await self.state("ended")


class Flooding(Exception):
    pass


def _explain(exc: ValidationError, data: object) -> tuple[str, str]:
    kind = data.get("type") if isinstance(data, dict) else None
    if not isinstance(data, dict):
        return "bad_message", "a message is a JSON object with a 'type'"
    if kind not in ("hello", "say", "examine", "order", "end", "ping"):
        return "bad_message", f"unknown message type {kind!r}"
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"][1:]) or "message"
    if first["type"] == "string_too_long":
        return "too_long", f"{where}: at most {MAX_TEXT} characters"
    return "bad_message", f"{where}: {first['msg']}"


@router.websocket("/ws/encounters/{encounter_id}")
async def encounter_socket(websocket: WebSocket, encounter_id: str) -> None:
    svc = services(websocket)
    user = await signed_in_socket(websocket)
    if user is None:
        return
    try:
        info = await run_in_threadpool(svc.encounters.open, encounter_id, user)
    except NotYours:
        await websocket.close(code=4404, reason="no such encounter")
        return
    talk = Conversation(websocket, svc, user, info)
    ticker = asyncio.create_task(_tick(talk))
    try:
        await talk.state("connected")
        while True:
            frame = await websocket.receive()
            if frame["type"] == "websocket.disconnect":
                break
            raw = frame.get("text")
            if raw is None:
                await talk.error("bad_json", "send text frames of JSON, not binary")
                continue
            try:
                await talk.handle(raw)
            except Flooding:
                await websocket.close(code=1008, reason="flooding: too many messages")
                break
            except (WebSocketDisconnect, RuntimeError):
                raise
            except Exception as exc:  # one bad turn must not kill the socket
                log.exception("encounter %s: %s", encounter_id[:6], type(exc).__name__)
                await talk.error("server", "the server could not handle that message")
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker


async def _tick(talk: Conversation) -> None:
    """Deadlines move the stage whatever the client does; tell the client when they do."""
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        while talk.info.stage is not Stage.done:
            await asyncio.sleep(TICK)
            deadline = talk.info.deadline
            if deadline is not None and talk.svc.clock.now() >= deadline and await talk.refresh():
                await talk.state("deadline")
