"""The LLM-played patient end to end with a real model: SmolLM2 in its worker process for
`osce practice --engine gguf`, and the same file behind llama.cpp's OpenAI-compatible server
on loopback for the `openai` engine, streaming through the guard."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from osce.engine.factory import make_engine
from osce.engine.protocol import Encounter, FinalReply, TextPiece, Utterance
from osce.hashing import case_hash
from osce.library import Library

ROOT = Path(__file__).resolve().parents[2]


def test_practice_with_the_gguf_engine_writes_guarded_turns(tmp_path: Path) -> None:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "osce", "practice", "cardio-chest-pain", "--engine", "gguf",
         "--guard", "strict", "--data-dir", str(tmp_path / "data")],
        input="What's brought you in today?\nWhere is the pain?\n/examine chest\n",
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    header, turns = lines[0], lines[1:]
    assert header["engine"] == "gguf+strict"
    assert len(turns) == 3
    for turn in turns[:2]:
        assert turn["patient"].strip()
        grounding = turn["grounding"]
        assert grounding["voice"] in ("llm", "llm+scripted", "scripted")
        # strict: whatever the model said, nothing flagged reached the student
        released = [n for n in grounding["guard"] if n["released"]]
        assert all(n["verdict"] in ("supported", "social") for n in released)
    assert turns[2]["kind"] == "exam" and turns[2]["grounding"]["voice"] == "scripted"


def test_the_openai_engine_streams_through_the_guard_from_a_real_server(
        llama_server, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OSCE_LLM_BASE_URL", llama_server.base_url)
    monkeypatch.setenv("OSCE_LLM_MODEL", "smollm2")
    engine = make_engine("openai", tmp_path, guard="annotate")
    case = Library.load().case("cardio-chest-pain")
    encounter = Encounter(case, case_hash(case))

    async def go() -> tuple[list[str], FinalReply]:
        pieces, final = [], None
        async for event in engine.reply(encounter, Utterance(text="Where is the pain?")):
            if isinstance(event, TextPiece):
                pieces.append(event.text)
            else:
                final = event
        return pieces, final

    try:
        pieces, final = asyncio.run(go())
    finally:
        engine.close()
    assert final is not None and final.notice is None  # the server answered
    assert final.grounding.voice == "llm"
    assert "".join(pieces) == final.text
    # annotate: every sentence the model said was released, each with the guard's word
    assert [n.sentence for n in final.grounding.guard] == [
        p.strip() for p in pieces]
    assert final.grounding.planned == ["hpc-site"]
