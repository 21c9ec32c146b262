"""A server killed (SIGKILL) mid-circuit and started again loses nothing and keeps time:
the same round, phase and time left (a paused circuit's time does not run while the server
is down, a running one's does), the same encounters and their turns."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from benchmarks.live_server import CLOCK_FILE, Client, ask, receive, server_with_users

PLAN = {"id": "restart", "title": "Restart", "reading_seconds": 30, "station_seconds": 600,
        "changeover_seconds": 30, "candidates": ["ann", "ben"],
        "stations": [{"case_id": "cardio-chest-pain", "station_id": "cardio-chest-pain-history"},
                     {"case_id": "resp-breathless", "station_id": "resp-breathless-history"}]}


def test_a_killed_server_resumes_the_circuit_where_it_was(tmp_path: Path) -> None:
    server = server_with_users(tmp_path, (("ann", "student"), ("ben", "student"),
                                          ("xena", "examiner")))
    offset = server.data_dir / CLOCK_FILE
    try:
        server.start()
        xena, ann = Client(server, "xena"), Client(server, "ann")
        assert xena.post("/api/circuits", PLAN).status_code == 201
        assert xena.post("/api/circuits/restart/start").status_code == 200
        offset.write_text("35")  # past the reading time: the stations are running
        time.sleep(1.0)  # the sweeper opens the doors
        eid = ann.http.get("/api/circuits/restart/me").json()["encounter_id"]

        async def talk() -> str:
            async with await ann.socket(eid) as ws:
                await receive(ws)
                _, reply, _ = await ask(ws, "q1", "What brings you in today?")
                return reply["text"]
        said = asyncio.run(talk())
        paused = xena.post("/api/circuits/restart/pause").json()["moment"]
        before = xena.http.get("/api/circuits/restart").json()

        server.kill()
        offset.write_text("335")  # five minutes pass while the server is down
        server.start()
        xena, ann = Client(server, "xena"), Client(server, "ann")
        after = xena.http.get("/api/circuits/restart").json()
        # paused: not a second of the station ran while the server was down
        assert after["moment"] == before["moment"] == paused
        assert after["encounters"] == before["encounters"]
        turns = ann.http.get(f"/api/encounters/{eid}").json()["turns"]
        assert [t["patient"] for t in turns] == [said]

        resumed = xena.post("/api/circuits/restart/resume").json()["moment"]
        resumed_at = time.monotonic()
        assert abs(resumed["seconds_left"] - paused["seconds_left"]) < 1  # read just after
        server.kill()
        offset.write_text("435")  # running this time: 100 s pass while the server is down
        server.start()
        xena = Client(server, "xena")
        moment = xena.http.get("/api/circuits/restart").json()["moment"]
        ran = time.monotonic() - resumed_at + 100  # real seconds since the resume, and the jump
        assert moment["round"] == 0 and moment["phase"] == "station"
        assert abs(moment["seconds_left"] - (resumed["seconds_left"] - ran)) < 1.5
    finally:
        server.stop()
