"""The websocket protocol against a real uvicorn server on loopback."""

from __future__ import annotations

import asyncio
import json

import pytest
import websockets

from benchmarks.live_server import Client, ask, receive, until


def run(coro):
    return asyncio.run(coro)


def test_a_turn_is_acknowledged_with_a_sequence_then_answered(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start()

    async def go():
        async with await ann.socket(eid) as ws:
            state = await receive(ws)
            assert state["type"] == "state" and state["stage"] == "door"
            await ws.send(json.dumps({"type": "say", "id": "q1",
                                      "text": "What brings you in today?"}))
            # speaking to the patient is going in: the client is told the stage moved
            ack, before = await until(ws, "ack")
            assert [m["stage"] for m in before if m["type"] == "state"] == ["interview"]
            assert ack == {"type": "ack", "id": "q1", "seq": 1, "action": "say",
                           "text": "What brings you in today?", "duplicate": False}
            reply, seen = await until(ws, "reply")
            assert reply["seq"] == 1 and "chest" in reply["text"].lower()
            pieces = [m["text"] for m in seen if m["type"] == "text"]
            assert "".join(pieces) == reply["text"]
            ack2, reply2, _ = await ask(ws, "q2", "Does the pain go anywhere else?")
            assert ack2["seq"] == 2 and reply2["seq"] == 2
    run(go())


def test_a_student_never_receives_grounding_but_staff_do(server) -> None:
    ann, eve = Client(server, "ann"), Client(server, "eve")

    async def go(client: Client) -> dict:
        eid = client.start()
        async with await client.socket(eid) as ws:
            await receive(ws)
            _, reply, seen = await ask(ws, "q1", "Where exactly is the pain?")
            raw = json.dumps(seen)
            return {"reply": reply, "raw": raw}
    student, staff = run(go(ann)), run(go(eve))
    assert student["reply"]["grounding"] is None
    assert "facts" not in student["raw"] and "grounding\": {" not in student["raw"]
    assert staff["reply"]["grounding"]["kind"] == "answer"
    assert staff["reply"]["grounding"]["facts"]


def test_a_resend_after_reconnect_is_not_repeated_and_hello_replays(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start()

    async def go():
        async with await ann.socket(eid) as ws:
            await receive(ws)
            await ask(ws, "q1", "What brings you in?")
            _, first, _ = await ask(ws, "q2", "How long has it been going on?")
        async with await ann.socket(eid) as ws:  # a new connection: the old one dropped
            await receive(ws)
            ack, again, _ = await ask(ws, "q2", "How long has it been going on?")
            assert ack["duplicate"] is True and ack["seq"] == 2
            assert again["text"] == first["text"]
            await ws.send(json.dumps({"type": "hello", "last_seq": 1}))
            replayed = [await receive(ws) for _ in range(2)]
            assert [m["type"] for m in replayed] == ["ack", "reply"]
            assert replayed[1]["seq"] == 2
    run(go())
    turns = ann.http.get(f"/api/encounters/{eid}").json()["turns"]
    assert [t["seq"] for t in turns] == [1, 2]  # stored once, not twice


@pytest.mark.parametrize(("frame", "code"), [
    ("this is not json", "bad_json"),
    (json.dumps({"type": "shout", "id": "a"}), "bad_message"),
    (json.dumps(["say"]), "bad_message"),
    (json.dumps({"type": "say", "id": "a"}), "bad_message"),
    (json.dumps({"type": "say", "id": "a", "text": "x" * 5000}), "too_long"),
    (json.dumps({"type": "say", "id": "a b c", "text": "hi"}), "bad_message"),
])
def test_a_bad_frame_gets_an_error_frame_and_the_socket_lives(server, frame, code) -> None:
    ann = Client(server, "ann")
    eid = ann.start()

    async def go():
        async with await ann.socket(eid) as ws:
            await receive(ws)
            await ws.send(frame)
            error = await receive(ws)
            assert error["type"] == "error" and error["code"] == code and error["message"]
            _, reply, _ = await ask(ws, "ok", "What brings you in today?")
            assert reply["text"]
    run(go())
    assert ann.http.get(f"/api/encounters/{eid}").json()["turns"][0]["student"] == \
        "What brings you in today?"  # the bad frame stored nothing


def test_a_flood_is_refused_and_others_are_served(server) -> None:
    ann, ben = Client(server, "ann"), Client(server, "ben")
    flood_id, calm_id = ann.start(), ben.start()

    async def go():
        async with await ann.socket(flood_id) as flood, await ben.socket(calm_id) as calm:
            await receive(flood)
            await receive(calm)
            for _i in range(60):
                await flood.send(json.dumps({"type": "ping"}))
            codes, closed = [], None
            try:
                while True:
                    message = await receive(flood, timeout=10)
                    if message["type"] == "error":
                        codes.append(message["code"])
            except websockets.ConnectionClosed as exc:  # the server closed the flooding socket
                closed = exc
            assert "rate_limited" in codes
            assert closed is not None and getattr(closed, "rcvd", None) is not None
            assert closed.rcvd.code == 1008 and "flood" in closed.rcvd.reason
            _, reply, _ = await ask(calm, "c1", "What brings you in today?")
            assert reply["text"]
    run(go())


def test_an_oversized_frame_closes_only_that_socket(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start()

    async def go():
        ws = await ann.socket(eid)
        await receive(ws)
        await ws.send("x" * 200_000)
        with pytest.raises(websockets.ConnectionClosed):
            for _ in range(5):
                await receive(ws, timeout=10)
        assert ws.close_code == 1009  # message too big
        async with await ann.socket(eid) as again:
            await receive(again)
            _, reply, _ = await ask(again, "q", "What brings you in today?")
            assert reply["text"]
    run(go())


def test_unknown_and_others_encounters_look_the_same(server) -> None:
    ann, ben = Client(server, "ann"), Client(server, "ben")
    eid = ann.start()
    assert len(eid) >= 32
    assert ben.http.get(f"/api/encounters/{eid}").status_code == 404
    assert ben.http.get("/api/encounters/not-a-real-id").status_code == 404
    assert ann.post("/api/encounters", {"case_id": "no-such-case"}).status_code == 404

    async def go():
        ws = await ben.socket(eid)
        with pytest.raises(websockets.ConnectionClosed):
            await receive(ws, timeout=10)
        assert ws.close_code == 4404
    run(go())


def test_a_socket_without_a_session_is_closed(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start()

    async def go():
        ws = await websockets.connect(f"{server.ws_url}/ws/encounters/{eid}")
        with pytest.raises(websockets.ConnectionClosed):
            await receive(ws, timeout=10)
        assert ws.close_code == 4401
        foreign = await websockets.connect(f"{server.ws_url}/ws/encounters/{eid}",
                                           additional_headers={"Cookie": ann.cookie()},
                                           origin="http://evil.example")
        with pytest.raises(websockets.ConnectionClosed):
            await receive(foreign, timeout=10)
        assert foreign.close_code == 1008
    run(go())
