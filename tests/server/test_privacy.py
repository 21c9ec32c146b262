"""Walk every route the app has as a student: nothing hidden comes back, and nobody else's
work. The route list comes from the app itself, so a route added later is walked too."""

from __future__ import annotations

import asyncio
import re

from fastapi.routing import APIRoute

from benchmarks.live_server import Client, ask, receive
from osce.library import Library
from server.app import create_app
from server.config import ServerSettings

CASE = "cardio-chest-pain"


def _flatten(routes) -> list:
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)  # an included router
        out += _flatten(inner.routes) if inner is not None else [route]
    return out


def _routes(tmp_path) -> list[tuple[str, str]]:
    app = create_app(ServerSettings(data_dir=tmp_path, secret_key="x" * 32))
    return [(m, route.path) for route in _flatten(app.routes) if isinstance(route, APIRoute)
            for m in sorted(route.methods) if m != "HEAD"]


def _hidden(case) -> list[str]:
    """Strings only staff may ever receive: the answer key, the fact ids, hidden facts."""
    d = case.diagnosis
    words = [d.primary, *d.synonyms, *d.differentials, *d.must_not_miss]
    ids = [f.id for f in case.facts if len(f.id) > 6]
    never = [f.patient_words for f in case.facts if f.disclosure.value == "never"]
    return [w for w in [*words, *ids, *never] if w]


def _finished_encounter(client: Client) -> str:
    eid = client.start(CASE)

    async def go():
        async with await client.socket(eid) as ws:
            await receive(ws)
            for i, q in enumerate(["What brings you in today?", "Where is the pain?",
                                   "Do you smoke?"]):
                await ask(ws, f"q{i}", q)
    asyncio.run(go())
    client.post(f"/api/encounters/{eid}/end")
    r = client.post(f"/api/encounters/{eid}/note",
                    {"note": {"differential": ["indigestion"]}, "submit": True})
    assert r.status_code == 200, r.text
    return eid


def test_a_student_walking_every_route_sees_nothing_hidden(server, tmp_path) -> None:
    case = Library.load().case(CASE)
    hidden = [h.lower() for h in _hidden(case)]
    ann, ben = Client(server, "ann"), Client(server, "ben")
    own, others = _finished_encounter(ann), _finished_encounter(ben)
    walked = 0
    for method, path in _routes(tmp_path):
        for eid in (own, others):
            url = path.replace("{encounter_id}", eid).replace("{case_id}", CASE) \
                .replace("{user_id}", "1")
            if path in ("/signout", "/api/session") and method != "GET":
                continue  # signing out (or in again) would end the walk early
            if method == "GET":
                r = ann.http.get(url)
            else:
                r = ann.http.request(method, url, json={}, headers={"x-csrf-token": ann.csrf})
            walked += 1
            assert r.status_code < 500, (method, url, r.status_code)
            body = r.text.lower()
            for secret in hidden:
                assert secret not in body, (method, url, secret)
            assert not re.search(r'"grounding"\s*:\s*\{', r.text), (method, url)
            staff_only = path.startswith(("/api/staff", "/staff", "/admin", "/author",
                                          "/api/author", "/examiner", "/api/circuits"))
            if staff_only and not path.endswith("/me"):
                # refused for the role before any lookup: it says nothing about the encounter
                assert r.status_code in (403, 404), (method, url, r.status_code)
            elif eid == others and "{encounter_id}" in path:
                # a POST may be refused before any lookup (422: the empty body; 403: a form
                # without its CSRF token), which says nothing about the encounter
                allowed = (404,) if method == "GET" else (403, 404, 422)
                assert r.status_code in allowed, (method, url, r.status_code)
    assert walked >= 20
    # the student's own results are there, in the student view
    results = ann.http.get(f"/api/encounters/{own}/results").json()
    assert results["scorecard"]["items"] and results["recommendation"]["case_id"]
    assert all(not e["facts"] for i in results["scorecard"]["items"] for e in i["evidence"])


def test_staff_see_the_staff_view(server) -> None:
    eve, ann = Client(server, "eve"), Client(server, "ann")
    eid = _finished_encounter(ann)
    view = eve.http.get(f"/api/encounters/{eid}").json()
    assert view["turns"][1]["grounding"]["facts"]
    assert view["learner"] and view["learner"] != "ann"  # a pseudonym, not the username
    results = eve.http.get(f"/api/encounters/{eid}/results").json()
    assert any(e["facts"] for i in results["scorecard"]["items"] for e in i["evidence"])
    case = eve.http.get(f"/api/cases/{CASE}").json()
    assert case["case"]["diagnosis"]["primary"]
    assert eve.post(f"/api/encounters/{eid}/end").status_code == 403  # staff read, not act
    assert ann.http.get(f"/api/cases/{CASE}").json().keys() == {"card"}


def test_sign_in_is_rate_limited_and_csrf_is_required(server) -> None:
    import httpx

    outsider = httpx.Client(base_url=server.url)
    codes = [outsider.post("/api/session", json={"username": "ada", "password": "wrong-pass"})
             .status_code for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    right = outsider.post("/api/session", json={"username": "ada", "password": "secret-pass"})
    assert right.status_code == 429  # even the right password waits out the window
    ann = Client(server, "ann")
    no_token = ann.http.post("/api/encounters", json={"case_id": CASE})
    assert no_token.status_code == 403 and "CSRF" in no_token.json()["detail"]
    assert ann.http.get("/api/encounters").status_code == 200
    anonymous = httpx.Client(base_url=server.url)
    assert anonymous.get("/api/cases").status_code == 401


def test_what_students_say_and_write_never_reaches_the_server_log(server) -> None:
    ann = Client(server, "ann")
    eid = ann.start(CASE)
    said = "Zebulon Quattlebaum is my patient name check, where exactly is the pain?"

    async def go() -> str:
        async with await ann.socket(eid) as ws:
            await receive(ws)
            _, reply, _ = await ask(ws, "private-1", said)
            await ws.send('{"type": "say", "id": "private-2", "text": 7}')  # an error path too
            await receive(ws)
            return reply["text"]

    answer = asyncio.run(go())
    ann.post(f"/api/encounters/{eid}/end")
    note = "Xanthippe-differential: rule out Quattlebaum syndrome"
    assert ann.post(f"/api/encounters/{eid}/note",
                    {"note": {"summary": note}, "submit": True}).status_code == 200
    assert server.log is not None
    log = server.log.read_text()
    assert eid[:6] in log or "/api/encounters" in log  # the log is this server's, and written
    for private in ("Zebulon", "Quattlebaum", "Xanthippe", answer):
        assert private not in log, private
