"""Authoring through a live server: an educator writes, tries, tests and publishes a case;
only the chosen cohort sees it; students and examiners cannot author."""

from __future__ import annotations

import asyncio
import re

from benchmarks.live_server import Client, ask, receive
from osce.authoring.service import starter

CASE_ID = "gp-cough-web"


def _form_csrf(client: Client, path: str) -> str:
    page = client.http.get(path)
    assert page.status_code == 200, page.text[:300]
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def _form(client: Client, path: str, data: dict, page: str = "/author") -> object:
    return client.http.post(path, data={**data, "csrf": _form_csrf(client, page)})


def test_an_educator_writes_tries_tests_and_publishes_a_case_to_one_cohort(server) -> None:
    eve, ann, ben = Client(server, "eve"), Client(server, "ann"), Client(server, "ben")
    r = _form(eve, "/author/new", {"kind": "case", "doc_id": CASE_ID})
    assert r.status_code == 303 and r.headers["location"] == f"/author/case/{CASE_ID}"
    editor = eve.http.get(f"/author/case/{CASE_ID}")
    assert editor.status_code == 200 and 'id="yaml"' in editor.text

    # live validation names the line and the field, as the CLI does
    text = starter("case", CASE_ID)
    broken = text.replace("difficulty: 2", "difficulty: 9")
    checked = eve.post("/api/author/check", {"kind": "case", "doc_id": CASE_ID,
                                             "text": broken}).json()
    assert not checked["valid"]
    [problem] = checked["problems"]
    assert problem["field"] == "difficulty"
    assert problem["text"].startswith(f"cases/{CASE_ID}.yaml:{problem['line']}: difficulty:")
    assert broken.splitlines()[problem["line"] - 1] == "difficulty: 9"

    # a save with errors stays a draft with its errors
    saved = eve.post(f"/api/author/case/{CASE_ID}/versions", {"text": broken, "base": 1})
    assert saved.status_code == 201 and saved.json()["number"] == 2
    assert not saved.json()["valid"]

    # the form view edits the YAML; the edited text is valid again
    edited = eve.post("/api/author/edit", {"text": broken, "path": ["difficulty"],
                                           "value": 2}).json()["text"]
    assert "difficulty: 2" in edited and edited.startswith("# A new case.")
    assert eve.post(f"/api/author/case/{CASE_ID}/versions",
                    {"text": edited, "base": 2}).json()["valid"]

    # try it: the draft answers, and the staff view says what it disclosed
    tried = eve.post(f"/api/author/case/{CASE_ID}/try",
                     {"text": edited, "question": "Are you coughing anything up?"})
    assert tried.status_code == 200, tried.text
    turn = tried.json()["turn"]
    assert "hpc-sputum" in turn["grounding"]["facts"] and "dry" in turn["patient"].lower()
    again = eve.post(f"/api/author/case/{CASE_ID}/try",
                     {"text": edited, "question": "What brings you in?", "history": [turn]})
    assert again.json()["turn"]["turn"] == 2

    # the suite gates publishing
    cohort = _form(eve, "/staff/cohorts", {"name": "web-cohort"}, page="/staff/cohorts")
    assert cohort.status_code == 303
    members = _form(eve, "/staff/cohorts/web-cohort/members", {"username": "ann"},
                    page="/staff/cohorts/web-cohort")
    assert members.status_code == 303
    held = _form(eve, f"/author/case/{CASE_ID}/publish", {"number": 3, "cohorts": "web-cohort"})
    assert held.status_code == 303
    assert "suite has not been run" in eve.http.get(f"/author/case/{CASE_ID}").text
    suite = eve.post(f"/api/author/case/{CASE_ID}/suite", {"number": 3})
    assert suite.status_code == 200, suite.text
    outcome = suite.json()
    assert outcome["probes"] > 5 and outcome["passed"], outcome["checks"]
    report = eve.http.get(outcome["report"])
    assert report.status_code == 200 and "<html" in report.text.lower()
    assert CASE_ID in report.text
    # a rubric for it, so students are graded
    _form(eve, "/author/new", {"kind": "rubric", "doc_id": f"{CASE_ID}-rubric",
                               "case_id": CASE_ID})
    published = _form(eve, f"/author/case/{CASE_ID}/publish",
                      {"number": 3, "cohorts": "web-cohort"})
    assert published.status_code == 303
    assert "published to web-cohort" in eve.http.get(f"/author/case/{CASE_ID}").text

    # ann (in the cohort) sees and practises it; ben (not in it) does not see it at all
    assert CASE_ID in [c["id"] for c in ann.http.get("/api/cases").json()]
    assert CASE_ID not in [c["id"] for c in ben.http.get("/api/cases").json()]
    assert ben.http.get(f"/api/cases/{CASE_ID}").status_code == 404
    assert ben.post("/api/encounters", {"case_id": CASE_ID}).status_code == 404
    eid = ann.start(CASE_ID)

    async def talk() -> dict:
        async with await ann.socket(eid) as ws:
            await receive(ws)
            _, reply, _ = await ask(ws, "q1", "Are you coughing anything up?")
            return reply
    reply = asyncio.run(talk())
    assert "dry" in reply["text"].lower() and reply.get("grounding") is None

    # a new version published later leaves ann's encounter on the version she began with
    newer = edited.replace("It's a dry cough, nothing comes up.",
                           "It's a dry cough, nothing at all comes up.")
    assert eve.post(f"/api/author/case/{CASE_ID}/versions", {"text": newer, "base": 3}) \
        .status_code == 201
    view = eve.http.get(f"/api/encounters/{eid}").json()
    assert view["case_hash"] == outcome_hash(eve, 3)


def outcome_hash(client: Client, number: int) -> str:
    """The content hash of a version, as the encounter keeps it."""
    from osce.authoring.check import check
    from osce.hashing import case_hash

    page = client.http.get(f"/author/case/{CASE_ID}?version={number}").text
    text = re.search(r'<textarea id="yaml"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    import html

    return case_hash(check("case", CASE_ID, html.unescape(text), {}).model)


def test_two_educators_saving_at_once_lose_nothing(server) -> None:
    eve, ed = Client(server, "eve"), Client(server, "ed")
    _form(eve, "/author/new", {"kind": "case", "doc_id": "race-case"})
    text = starter("case", "race-case")
    first = eve.post("/api/author/case/race-case/versions",
                     {"text": text.replace("teacher", "nurse"), "base": 1})
    assert first.status_code == 201
    second = ed.post("/api/author/case/race-case/versions",
                     {"text": text.replace("teacher", "baker"), "base": 1})
    assert second.status_code == 409
    body = second.json()
    assert body["theirs"]["author"] == "eve" and body["theirs"]["number"] == 2
    assert "nurse" in body["theirs"]["text"]
    assert {"op": "+", "text": "+  occupation: baker"} in body["diff"]
    assert {"op": "-", "text": "-  occupation: nurse"} in body["diff"]
    # ed merges on top of eve's: both survive
    merged = ed.post("/api/author/case/race-case/versions",
                     {"text": text.replace("teacher", "nurse and baker"), "base": 2})
    assert merged.status_code == 201 and merged.json()["number"] == 3
    versions = eve.http.get("/author/case/race-case/versions").text
    assert [int(n) for n in re.findall(r'data-version="(\d+)"', versions)] == [3, 2, 1]
    assert "by ed" in versions and "by eve" in versions
    diff = eve.http.get("/author/case/race-case/diff?a=2&b=3")
    assert diff.status_code == 200 and "nurse and baker" in diff.text
    restored = _form(eve, "/author/case/race-case/restore", {"number": 1, "base": 3},
                     page="/author/case/race-case/versions")
    assert restored.status_code == 303
    assert "teacher" in eve.http.get("/author/case/race-case?version=4").text


def test_bad_requests_change_nothing_and_students_cannot_author(server) -> None:
    eve, ann = Client(server, "eve"), Client(server, "ann")
    assert ann.http.get("/author").status_code == 403
    assert ann.post("/api/author/check", {"kind": "case", "doc_id": "x",
                                          "text": "id: x"}).status_code == 403
    assert ann.post("/api/author/import", {"text": "{}"}).status_code == 403
    assert eve.http.get("/author/case/no-such-case").status_code == 404
    assert eve.post("/api/author/case/no-such/versions", {"text": "id: x", "base": 3}) \
        .status_code == 404
    bad = eve.post("/api/author/import", {"filename": "cases.jsonl", "text": "not json\n"})
    assert bad.status_code == 422 and "cases.jsonl:1" in bad.json()["detail"]
    assert eve.post("/api/author/edit", {"text": "a: [", "path": ["a"], "value": 1}) \
        .status_code == 422
    assert eve.post("/api/author/case/x/try", {"text": "id: x", "question": "hi"}) \
        .status_code == 422
    dup = _form(eve, "/author/new", {"kind": "case", "doc_id": "cardio-chest-pain"})
    assert dup.status_code == 303 and dup.headers["location"] == "/author"
    assert "library already" in eve.http.get("/author").text
