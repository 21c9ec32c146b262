"""The examiners' live monitor on a real server: every station's clock and transcript as the
candidates speak, the pause, who is let in, and the replay a reconnecting monitor gets."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
import websockets

from benchmarks.live_server import Client, LiveServer, ask, receive, server_with_users

STATIONS = [{"case_id": "cardio-chest-pain", "station_id": "cardio-chest-pain-history"},
            {"case_id": "resp-breathless", "station_id": "resp-breathless-history"}]
READING = 60


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    live = server_with_users(tmp_path_factory.mktemp("monitor"), (
        ("ann", "student"), ("ben", "student"), ("xena", "examiner"), ("eve", "educator"))).start()
    yield live
    live.stop()


def offset(server: LiveServer) -> float:
    return float((server.data_dir / "clock-offset").read_text() or 0)


def server_now(server: LiveServer) -> float:
    """The server's clock: this machine's plus the offset the test has moved it by."""
    return time.time() + offset(server)


@pytest.fixture(scope="module")
def circuit(server: LiveServer) -> dict:
    """A running circuit of two stations with ann and ben in the interview of round one."""
    xena = Client(server, "xena")
    plan = {"id": "mock-1", "title": "Mock OSCE", "stations": STATIONS,
            "reading_seconds": READING, "station_seconds": 600, "changeover_seconds": 0,
            "candidates": ["ann", "ben"]}
    assert xena.post("/api/circuits", plan).status_code == 201
    assert xena.post("/api/circuits/mock-1/start").status_code == 200
    path = server.data_dir / "clock-offset"
    path.write_text(str(offset(server) + READING + 1))  # the bell: past the reading time
    encounters = {}
    for name in ("ann", "ben"):
        me = Client(server, name).http.get("/api/circuits/mock-1/me").json()
        assert me["view"]["phase"] == "station" and me["encounter_id"]
        encounters[name] = me["encounter_id"]
    return {"id": "mock-1", "encounters": encounters}


async def monitor(client: Client, circuit_id: str):
    return await websockets.connect(f"{client.server.ws_url}/ws/circuits/{circuit_id}/monitor",
                                    additional_headers={"Cookie": client.cookie()},
                                    open_timeout=30)


async def next_of(ws, kind: str, test=lambda m: True, timeout: float = 10.0) -> dict:
    """The next message of `kind` that passes `test`, skipping the rest."""
    deadline = time.monotonic() + timeout
    while True:
        message = await receive(ws, max(0.01, deadline - time.monotonic()))
        if message["type"] == kind and test(message):
            return message


async def turns_until(ws, done, timeout: float = 10.0) -> list[dict]:
    seen: list[dict] = []
    deadline = time.monotonic() + timeout
    while not done(seen):
        message = await receive(ws, max(0.01, deadline - time.monotonic()))
        if message["type"] == "turn":
            seen.append(message)
    return seen


def test_the_monitor_shows_the_clock_and_a_candidates_turn_as_it_happens(server, circuit):
    xena, ann = Client(server, "xena"), Client(server, "ann")
    eid = circuit["encounters"]["ann"]

    async def go():
        async with await monitor(xena, circuit["id"]) as watch:
            clock = await next_of(watch, "clock")
            assert clock["status"] == "running" and clock["phase"] == "station"
            assert clock["round"] == 0 and clock["rounds"] == 2
            assert 500 < clock["seconds_left"] <= 600
            by_station = {s["station_index"]: s for s in clock["stations"]}
            assert by_station[0]["candidate"] == "ann" and by_station[0]["encounter_id"] == eid
            assert by_station[1]["candidate"] == "ben"
            assert by_station[1]["encounter_id"] == circuit["encounters"]["ben"]
            assert by_station[0]["title"] and by_station[0]["case_id"] == "cardio-chest-pain"
            # the clock keeps coming while it runs, counting down
            later = await next_of(watch, "clock", timeout=3)
            assert later["seconds_left"] < clock["seconds_left"]

            async with await ann.socket(eid) as talk:
                await receive(talk)
                asked = server_now(server)
                ack, reply, _ = await ask(talk, "q1", "Where exactly is the pain?")
                answered = server_now(server)
            seen = await turns_until(watch, lambda s: any(m["patient"] for m in s), timeout=3)
            got = server_now(server)
        mine = [m for m in seen if m["encounter_id"] == eid and m["seq"] == ack["seq"]]
        assert mine and all(m["station_index"] == 0 and m["candidate"] == "ann" and
                            m["student"] == "Where exactly is the pain?" and not m["replay"]
                            for m in mine)
        assert asked - 0.5 <= mine[0]["at"] <= answered + 0.5  # the server's time it was stored
        final = mine[-1]
        assert final["patient"] == reply["text"]
        # the staff view of the same turn: the grounding the candidate never sees
        stored = xena.http.get(f"/api/encounters/{eid}").json()["turns"][ack["seq"] - 1]
        assert final["kind"] == stored["grounding"]["kind"]
        assert final["facts"] == stored["grounding"]["facts"] and final["facts"]
        assert final["guard"] == []  # the scripted engine has no guard
        assert got - answered < 2.0  # streamed, not fetched at the end

    asyncio.run(go())


def test_a_pause_and_a_resume_show_at_once_in_the_clock(server, circuit):
    xena = Client(server, "xena")

    async def go():
        async with await monitor(xena, circuit["id"]) as watch:
            await next_of(watch, "clock", lambda m: m["status"] == "running")
            assert xena.post(f"/api/circuits/{circuit['id']}/pause").status_code == 200
            paused = await next_of(watch, "clock", lambda m: m["status"] != "running",
                                   timeout=2)
            assert paused["status"] == "paused" and paused["phase"] == "station"
            # held still while paused: a clock that ran on would be 2 s or more further down
            await asyncio.sleep(2.0)
            assert xena.post(f"/api/circuits/{circuit['id']}/resume").status_code == 200
            resumed = await next_of(watch, "clock", lambda m: m["status"] == "running",
                                    timeout=2)
            assert resumed["seconds_left"] == pytest.approx(paused["seconds_left"], abs=1.0)

    asyncio.run(go())


def test_a_reconnecting_monitor_first_gets_the_whole_rounds_transcripts(server, circuit):
    xena, ben = Client(server, "xena"), Client(server, "ben")
    eid = circuit["encounters"]["ben"]

    async def go():
        async with await ben.socket(eid) as talk:
            await receive(talk)
            for i, q in enumerate(("Hello, I'm a student doctor.", "How is your breathing?")):
                await ask(talk, f"b{i}", q)
        async with await monitor(xena, circuit["id"]) as watch:
            first = await receive(watch)
            assert first["type"] == "clock"  # the stations come before their turns
            replay = await turns_until(watch, lambda s: sum(m["encounter_id"] == eid
                                                            for m in s) >= 2)
            # ...and then only what is new: nothing here is said again
            with pytest.raises(TimeoutError):
                await next_of(watch, "turn", timeout=1.0)
        return replay

    replay = asyncio.run(go())
    assert all(m["replay"] and m["patient"] for m in replay)
    bens = [m for m in replay if m["encounter_id"] == eid]
    assert [m["student"] for m in bens] == ["Hello, I'm a student doctor.",
                                            "How is your breathing?"]
    assert [m["seq"] for m in bens] == [1, 2]
    # ann's turns from the first test are in the round too, on her station
    assert any(m["encounter_id"] == circuit["encounters"]["ann"] and m["station_index"] == 0
               for m in replay)


async def refused(client: Client, circuit_id: str) -> int | None:
    async with await monitor(client, circuit_id) as ws:
        with pytest.raises(websockets.ConnectionClosed):
            await receive(ws, timeout=5)
        return ws.close_code


def test_a_student_and_an_unknown_circuit_are_refused(server, circuit):
    assert asyncio.run(refused(Client(server, "ann"), circuit["id"])) == 4403
    assert asyncio.run(refused(Client(server, "xena"), "no-such-circuit")) == 4404
    # an educator may watch too
    async def educator() -> dict:
        async with await monitor(Client(server, "eve"), circuit["id"]) as ws:
            return await receive(ws)
    assert asyncio.run(educator())["type"] == "clock"


def test_a_cross_site_monitor_is_refused(server, circuit):
    xena = Client(server, "xena")

    async def go() -> int | None:
        async with websockets.connect(
                f"{server.ws_url}/ws/circuits/{circuit['id']}/monitor",
                additional_headers={"Cookie": xena.cookie()},
                origin="http://evil.example") as ws:
            with pytest.raises(websockets.ConnectionClosed):
                await receive(ws, timeout=5)
            return ws.close_code
    assert asyncio.run(go()) == 1008


def test_the_monitor_answers_a_ping_and_refuses_anything_else(server, circuit):
    xena = Client(server, "xena")

    async def go():
        async with await monitor(xena, circuit["id"]) as ws:
            await ws.send(json.dumps({"type": "ping"}))
            await next_of(ws, "pong")
            await ws.send(json.dumps({"type": "say", "id": "x", "text": "hi"}))
            error = await next_of(ws, "error")
            assert error["code"] == "bad_message"
    asyncio.run(go())


def test_the_monitor_page_is_for_examiners(server, circuit):
    page = Client(server, "xena").http.get(f"/examiner/circuits/{circuit['id']}/monitor")
    assert page.status_code == 200
    assert "/static/monitor.js" in page.text and 'data-circuit="mock-1"' in page.text
    assert page.text.count('class="panel monitor-card"') == 2
    assert Client(server, "ann").http.get(
        f"/examiner/circuits/{circuit['id']}/monitor").status_code == 403
    assert Client(server, "xena").http.get(
        "/examiner/circuits/nowhere/monitor").status_code == 404
    script = Client(server, "xena").http.get("/static/monitor.js")
    assert script.status_code == 200 and "/ws/circuits/" in script.text



# -- what each poll sends, without a server ------------------------------------------------

def _look(turns: list, round_index: int = 0, encounter: str = "e1"):
    from osce.examining.circuit import CircuitMoment, CircuitPlan, ClockState, Phase, Status
    from osce.store.circuits import Circuit, CircuitEncounter
    from server.websocket.monitor import Look

    plan = CircuitPlan(id="c", title="C", stations=STATIONS, reading_seconds=60,
                       station_seconds=600, changeover_seconds=0, candidates=["ann", "ben"])
    link = CircuitEncounter(encounter_id=encounter, circuit_id="c", candidate="ann",
                            station_index=0, round=round_index)
    return Look(Circuit(plan=plan, clock=ClockState(started_at=0.0), created_by="x",
                        created_at=0.0),
                CircuitMoment(status=Status.running, elapsed=100.0, round=round_index,
                              phase=Phase.station, seconds_left=560.0),
                100.0, [link], {encounter: turns})


def _turn(seq: int, patient: str | None = None):
    from osce.models.encounter import StoredTurn
    from osce.models.transcript import Action, Grounding, GuardNote, ReplyKind

    grounding = None if patient is None else Grounding(
        kind=ReplyKind.answer, facts=["pc-chest-pain"],
        guard=[GuardNote(sentence="It is my heart.", verdict="leak", released=False,
                         action="stopped")])
    return StoredTurn(seq=seq, client_id=f"q{seq}", action=Action.say, student=f"q {seq}",
                      patient=patient, grounding=grounding, at=90.0 + seq)


def test_a_turn_is_sent_when_stored_and_again_when_answered_then_never_again() -> None:
    from server.websocket.monitor import Feed

    feed = Feed()
    first = feed.turns(_look([_turn(1, "Since this morning."), _turn(2)]))
    assert [(m.seq, m.patient, m.replay) for m in first] == \
        [(1, "Since this morning.", True), (2, None, True)]
    assert first[0].facts == ["pc-chest-pain"] and first[0].guard[0].verdict == "leak"
    # the next poll reads from the first turn not yet sent answered
    assert feed.after == {"e1": 1}
    again = feed.turns(_look([_turn(2)]))
    assert again == []
    answered = feed.turns(_look([_turn(2, "No."), _turn(3)]))
    assert [(m.seq, m.patient, m.replay) for m in answered] == [(2, "No.", False),
                                                                (3, None, False)]
    assert feed.after == {"e1": 2}
    # a new round: the last round's encounter is no longer watched
    feed.turns(_look([], round_index=1, encounter="e2"))
    assert set(feed.sent) == {"e2"} and feed.after == {"e2": 0}


def test_the_clock_is_sent_on_a_change_and_every_second_while_running(monkeypatch) -> None:
    from osce.examining.circuit import Status
    from server.websocket import monitor

    feed = monitor.Feed()
    now = [1000.0]
    monkeypatch.setattr(monitor.time, "monotonic", lambda: now[0])
    clock = monitor.ClockMessage(circuit_id="c", title="C", status=Status.running, round=0,
                                 rounds=2, phase=None, seconds_left=10.0, server_time=0.0,
                                 stations=[])
    assert feed.clock(clock) is clock
    now[0] += 0.5
    assert feed.clock(clock) is None  # nothing changed, not yet due
    paused = clock.model_copy(update={"status": Status.paused})
    assert feed.clock(paused) is paused  # a change goes at once
    now[0] += 5
    assert feed.clock(paused) is None  # a paused clock holds still: nothing to re-send
    now[0] += 0.1
    assert feed.clock(clock) is clock
    now[0] += 1.0
    assert feed.clock(clock) is clock  # running: due again after a second
