"""Station time runs on the server's clock, kept in the store: when it is up the encounter
moves to the note whatever the client does, and a connected client is told."""

from __future__ import annotations

import asyncio
import json

from benchmarks.live_server import Client, ask, receive, until


def jump(server, seconds: float) -> None:
    path = server.data_dir / "clock-offset"
    path.write_text(str(float(path.read_text() or 0) + seconds))


def test_the_station_time_running_out_moves_a_connected_client_to_the_note(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start()

    async def go():
        async with await ann.socket(eid) as ws:
            await receive(ws)
            await ask(ws, "q1", "What brings you in today?")
            jump(server, 8 * 60 + 5)  # past the 8-minute station
            state, _ = await until(ws, "state", timeout=30)
            assert state["stage"] == "note" and state["reason"] == "deadline"
            await ws.send(json.dumps({"type": "say", "id": "late", "text": "One more thing?"}))
            error, _ = await until(ws, "error")
            assert error["code"] == "stage" and error["id"] == "late"
    asyncio.run(go())
    view = ann.http.get(f"/api/encounters/{eid}").json()
    assert view["stage"] == "note" and [t["student"] for t in view["turns"]] == \
        ["What brings you in today?"]


def test_deadlines_pass_with_nobody_connected(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start()
    ann.post(f"/api/encounters/{eid}/enter")
    jump(server, 8 * 60 + 5)
    # the sweeper moves it; nobody asks, nobody is connected
    import time

    for _ in range(100):
        from osce.store.database import database_url, open_engine, sessions
        from osce.store.encounters import EncounterStore

        db = open_engine(database_url(server.data_dir))
        stage = EncounterStore(sessions(db)).get(eid).stage.value
        db.dispose()
        if stage == "note":
            break
        time.sleep(0.2)
    assert stage == "note"
    jump(server, 10 * 60 + 5)  # the note time too: graded as it stands, with no note
    results = None
    for _ in range(100):
        r = ann.http.get(f"/api/encounters/{eid}/results")
        if r.status_code == 200:
            results = r.json()
            break
        time.sleep(0.2)
    assert results is not None and results["scorecard"]["passed"] is False
