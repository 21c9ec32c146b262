"""A real server playing the patient with SmolLM2 (`OSCE_ENGINE=gguf`, strict guard): the
student hears only released sentences and never the guard's findings; staff see them."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from benchmarks.live_server import (
    Client,
    LiveServer,
    add_user,
    ask,
    copy_data_dir,
    prepared_data_dir,
    receive,
)


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory):
    folder = copy_data_dir(prepared_data_dir(), tmp_path_factory.mktemp("llm-server") / "data")
    for name, role in (("ann", "student"), ("eve", "educator")):
        add_user(folder, name, role)
    live = LiveServer(folder, env={"OSCE_ENGINE": "gguf", "OSCE_GUARD": "strict"}).start(
        timeout=240)
    yield live
    live.stop()


def test_students_hear_guarded_sentences_and_staff_see_the_guard(llm_server) -> None:
    ann, eve = Client(llm_server, "ann"), Client(llm_server, "eve")

    async def go(client: Client) -> dict:
        eid = client.start()
        async with await client.socket(eid) as ws:
            await receive(ws)
            _, reply, seen = await ask(ws, "q1", "Where exactly is the pain?")
            return {"reply": reply, "seen": seen, "page": client.http.get(f"/encounters/{eid}")}

    student, staff = asyncio.run(go(ann)), asyncio.run(go(eve))
    for view in (student, staff):
        pieces = [m["text"] for m in view["seen"] if m["type"] == "text"]
        assert "".join(pieces) == view["reply"]["text"] != ""
    raw = json.dumps(student["seen"])
    assert student["reply"]["grounding"] is None
    assert "verdict" not in raw and "guard" not in raw and "planned" not in raw
    grounding = staff["reply"]["grounding"]
    assert grounding["voice"] in ("llm", "llm+scripted", "scripted")
    assert grounding["planned"] == ["hpc-site"]
    released = [n for n in grounding["guard"] if n["released"]]
    assert all(n["verdict"] in ("supported", "social") for n in released)  # strict
    log = Path(llm_server.log).read_text() if llm_server.log else ""
    assert "Traceback" not in log
    # the stored turn's page: staff read every sentence the model said with the guard's word
    # on it; the student's page has none of it
    staff_page, student_page = staff["page"].text, student["page"].text
    assert staff["page"].status_code == student["page"].status_code == 200
    assert staff_page.count('class="guard-note ') == len(grounding["guard"]) > 0
    assert f'<span class="grounding-voice">{grounding["voice"]}</span>' in staff_page
    assert "guard-note" not in student_page and "grounding" not in student_page


def test_an_educator_tries_a_draft_with_the_llm_patient_and_sees_the_guard(llm_server) -> None:
    """The authoring "try it" panel on a server that plays patients with SmolLM2: the draft
    is worded by the model under the strict guard, with the guard's word on every sentence;
    the same draft with the case's plan alone is the script's own words."""
    from osce.authoring.service import starter

    eve, ann = Client(llm_server, "eve"), Client(llm_server, "ann")
    text = starter("case", "llm-try")
    question = "Are you coughing anything up?"
    worded = eve.post("/api/author/case/llm-try/try", {"text": text, "question": question})
    assert worded.status_code == 200, worded.text
    body = worded.json()
    assert body["engine"].endswith("+strict")
    grounding = body["turn"]["grounding"]
    assert grounding["planned"] == ["hpc-sputum"] and body["turn"]["patient"]
    assert grounding["guard"] and all(n["verdict"] for n in grounding["guard"])
    released = [n for n in grounding["guard"] if n["released"]]
    assert all(n["verdict"] in ("supported", "social") for n in released)
    scripted = eve.post("/api/author/case/llm-try/try",
                        {"text": text, "question": question, "engine": "scripted"}).json()
    assert "dry cough" in scripted["turn"]["patient"].lower()
    assert scripted["turn"]["grounding"]["facts"] == ["hpc-sputum"]
    assert scripted["turn"]["grounding"]["guard"] == []
    assert ann.post("/api/author/case/llm-try/try",
                    {"text": text, "question": question}).status_code == 403
