"""The examiners' live monitor: `/ws/circuits/{circuit_id}/monitor`.

Every station of a circuit at once: who is where and the time left (`clock`), and each
student turn and reply of the current round as it is stored (`turn`).

Why a poll of the store and not an event pushed by the encounter sockets: the store is the
one place every turn reaches, whichever process or worker stored it and across a restart;
the encounter path stays exactly as it is; and a monitor that reconnects needs nothing but
the store to catch up. One poll is a single hop to a worker thread for about a dozen indexed
reads (the circuit, its links, and each current encounter's turns from the first one not yet
seen answered), every POLL seconds per connected monitor. The poll interval bounds the delay
behind the encounters (about POLL at worst, POLL / 2 on average) at a cost measured in
`benchmarks/circuit_load.py`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
from dataclasses import dataclass, field

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from osce.examining import circuit as timing
from osce.examining.circuit import CircuitMoment, Status
from osce.models.encounter import StoredTurn
from osce.store.circuits import Circuit, CircuitEncounter, UnknownCircuit
from server.api_circuits import EXAMINERS
from server.auth import services
from server.services import Services
from server.websocket.handshake import signed_in_socket
from server.websocket.monitor_messages import (
    INCOMING,
    ClockMessage,
    MonitorError,
    MonitorMessage,
    MonitorPong,
    StationNow,
    TurnMessage,
)

router = APIRouter()
log = logging.getLogger("osce.websocket")  # ids and error kinds only: never what was said

POLL = 0.15  # seconds between looks at the store: the delay the monitor adds, at worst
CLOCK_EVERY = 1.0  # seconds: a running clock is re-sent at least this often
MAX_FRAME = 1024  # the client only pings


@dataclass(frozen=True)
class Look:
    """The circuit and the current round's turns as one poll found them."""

    circuit: Circuit
    moment: CircuitMoment
    now: float
    links: list[CircuitEncounter]  # the current round's encounters
    turns: dict[str, list[StoredTurn]]  # per encounter, from the first not yet seen answered


def look(svc: Services, circuit_id: str, after: dict[str, int]) -> Look:
    """One poll, on a worker thread: the store is synchronous."""
    found = svc.circuits.store.get(circuit_id)  # UnknownCircuit if it was removed
    now = svc.clock.now()
    moment = timing.where(found.plan, found.clock, now)
    links = [] if moment.round is None else \
        [link for link in svc.circuits.store.links(circuit_id) if link.round == moment.round]
    turns = {link.encounter_id: svc.encounters.store.turns(link.encounter_id,
                                                           after.get(link.encounter_id, 0))
             for link in links}
    return Look(found, moment, now, links, turns)


def _title(svc: Services, case_id: str) -> str:
    try:
        return svc.library.case(case_id).title
    except LookupError:  # a case withdrawn since the circuit was made still has its slot
        return case_id


def clock_message(svc: Services, seen: Look) -> ClockMessage:
    plan, moment = seen.circuit.plan, seen.moment
    by_station = {link.station_index: link for link in seen.links}
    stations = []
    for i, slot in enumerate(plan.stations):
        link = by_station.get(i)
        candidate = None if moment.round is None else timing.occupant(plan, i, moment.round)
        stations.append(StationNow(
            station_index=i, case_id=slot.case_id, station_id=slot.station_id,
            title=_title(svc, slot.case_id), candidate=candidate,
            encounter_id=link.encounter_id if link is not None else None))
    return ClockMessage(circuit_id=plan.id, title=plan.title, status=moment.status,
                        round=moment.round, rounds=plan.rounds, phase=moment.phase,
                        seconds_left=moment.seconds_left, server_time=seen.now,
                        stations=stations)


def turn_message(link: CircuitEncounter, turn: StoredTurn, replay: bool) -> TurnMessage:
    grounding = turn.grounding
    return TurnMessage(
        station_index=link.station_index, encounter_id=link.encounter_id, round=link.round,
        candidate=link.candidate, seq=turn.seq, action=turn.action, student=turn.student,
        patient=turn.patient, at=turn.at, replay=replay,
        kind=grounding.kind if grounding else None,
        facts=list(grounding.facts) if grounding else [],
        voice=grounding.voice if grounding else None,
        guard=list(grounding.guard) if grounding else [])


@dataclass
class Feed:
    """What one monitor has been sent, so each poll sends only what is new."""

    # encounter -> seq -> whether the reply has been sent with it
    sent: dict[str, dict[int, bool]] = field(default_factory=dict)
    # encounter -> the highest seq with every turn up to it sent answered: the next poll
    # reads from there, so a reply stored later to an earlier turn is still found
    after: dict[str, int] = field(default_factory=dict)
    last_clock: tuple | None = None
    last_clock_at: float = -math.inf
    first: bool = True

    def clock(self, message: ClockMessage) -> ClockMessage | None:
        """The clock message if the moment changed or a running clock is due again."""
        shape = (message.status, message.round, message.phase,
                 tuple((s.candidate, s.encounter_id) for s in message.stations))
        due = message.status is Status.running and \
            time.monotonic() - self.last_clock_at >= CLOCK_EVERY
        if shape == self.last_clock and not due:
            return None
        self.last_clock, self.last_clock_at = shape, time.monotonic()
        return message

    def turns(self, seen: Look) -> list[TurnMessage]:
        out = []
        current = {link.encounter_id for link in seen.links}
        for gone in set(self.sent) - current:  # a past round's encounters are not watched
            self.sent.pop(gone)
            self.after.pop(gone, None)
        for link in seen.links:
            known = self.sent.setdefault(link.encounter_id, {})
            for turn in seen.turns.get(link.encounter_id, []):
                answered = turn.patient is not None
                if turn.seq in known and (known[turn.seq] or not answered):
                    continue
                known[turn.seq] = answered
                out.append(turn_message(link, turn, replay=self.first))
            n = self.after.get(link.encounter_id, 0)
            while known.get(n + 1):
                n += 1
            self.after[link.encounter_id] = n
        self.first = False
        return out


class Monitor:
    def __init__(self, websocket: WebSocket, svc: Services, circuit_id: str) -> None:
        self.ws, self.svc, self.circuit_id = websocket, svc, circuit_id
        self.send_lock = asyncio.Lock()
        self.feed = Feed()

    async def send(self, message: MonitorMessage) -> None:
        async with self.send_lock:
            await self.ws.send_text(message.model_dump_json())

    async def poll_once(self) -> None:
        seen = await run_in_threadpool(look, self.svc, self.circuit_id, dict(self.feed.after))
        clock = self.feed.clock(clock_message(self.svc, seen))
        if clock is not None:  # first, so a client knows the stations before their turns
            await self.send(clock)
        for message in self.feed.turns(seen):
            await self.send(message)

    async def push(self) -> None:
        failing = False
        with contextlib.suppress(WebSocketDisconnect, RuntimeError):
            while True:
                try:
                    await self.poll_once()
                    failing = False
                except UnknownCircuit:
                    await self.ws.close(code=4404, reason="no such circuit")
                    return
                except (WebSocketDisconnect, RuntimeError):
                    raise
                except Exception as exc:  # a failed look (a locked store): the next one retries
                    if not failing:  # once a spell, not seven times a second
                        log.warning("monitor %s: %s", self.circuit_id[:12], type(exc).__name__)
                    failing = True
                await asyncio.sleep(POLL)

    async def handle(self, raw: str | None) -> None:
        if raw is None or len(raw) > MAX_FRAME:
            await self.send(MonitorError(code="bad_message", message="the monitor only "
                                         "listens: send {\"type\": \"ping\"} or nothing"))
            return
        try:
            INCOMING.validate_python(json.loads(raw))
        except ValueError as exc:
            code = "bad_message" if isinstance(exc, ValidationError) else "bad_json"
            await self.send(MonitorError(code=code, message="the monitor only listens: send "
                                         "{\"type\": \"ping\"} or nothing"))
            return
        await self.send(MonitorPong())


@router.websocket("/ws/circuits/{circuit_id}/monitor")
async def monitor_socket(websocket: WebSocket, circuit_id: str) -> None:
    svc = services(websocket)
    user = await signed_in_socket(websocket)
    if user is None:
        return
    if user.role not in EXAMINERS:
        await websocket.close(code=4403, reason="the monitor is for examiners")
        return
    try:
        await run_in_threadpool(svc.circuits.store.get, circuit_id)
    except UnknownCircuit:
        await websocket.close(code=4404, reason="no such circuit")
        return
    monitor = Monitor(websocket, svc, circuit_id)
    pusher = asyncio.create_task(monitor.push())
    try:
        while True:
            frame = await websocket.receive()
            if frame["type"] == "websocket.disconnect":
                break
            await monitor.handle(frame.get("text"))
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        pusher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pusher
