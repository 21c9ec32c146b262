"""The engine in a process of its own: the answers the engine gives in this process, and a
child that dies is replaced."""

from __future__ import annotations

import asyncio

import pytest

from benchmarks.live_server import prepared_data_dir
from osce.engine.process import EngineProcess
from osce.engine.protocol import Encounter, Utterance, complete_reply
from osce.hashing import case_hash
from osce.models.transcript import Action, Turn

QUESTIONS = ["Where exactly is the pain?", "Does it spread anywhere? And do you smoke?",
             "Any covid vaccines recently?", "How long ago did this come on?"]


@pytest.fixture(scope="module")
def child():
    # the child's own index folder: two processes writing one chromadb folder at once is
    # exactly what the server avoids (see server/services.py)
    process = EngineProcess("scripted", prepared_data_dir())
    yield process
    process.close()


def _encounter(library) -> Encounter:
    case = library.case("cardio-chest-pain")
    return Encounter(case, case_hash(case))


def test_the_child_answers_as_the_engine_does_here(child, engine, library) -> None:
    here, there = _encounter(library), _encounter(library)
    for text in QUESTIONS:
        utterance = Utterance(action=Action.say, text=text)
        mine = engine.answer(here, utterance)
        theirs = asyncio.run(complete_reply(child, there, utterance))
        assert theirs.text == mine.text
        assert theirs.grounding.facts == mine.grounding.facts
        for encounter, reply in ((here, mine), (there, theirs)):
            encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=Action.say,
                                        student=text, patient=reply.text,
                                        grounding=reply.grounding))


def test_questions_waiting_together_go_as_one_batch(child, library) -> None:
    futures = [child.submit_answer(_encounter(library), Utterance(action=Action.say, text=q))
               for q in QUESTIONS * 3]
    assert all(f.result(120).text for f in futures)
    assert max(child.batches) > 1


def test_a_child_that_dies_is_replaced(child, library) -> None:
    utterance = Utterance(action=Action.say, text="Do you smoke?")
    assert child.submit_answer(_encounter(library), utterance).result(120).text
    child.process.kill()
    child.process.join(10)
    with pytest.raises(RuntimeError, match="restarted"):
        child.submit_answer(_encounter(library), utterance).result(120)
    assert child.restarts == 1
    assert child.submit_answer(_encounter(library), utterance).result(120).text


def test_the_child_does_not_outlive_a_killed_parent(tmp_path) -> None:
    """A server killed while its engine is still preparing cases leaves no engine behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from osce.engine.process import EngineProcess\n"
        "p = EngineProcess('scripted', Path(sys.argv[1]))\n"
        "print(p.process.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    # a new, empty data folder: the child is busy embedding, not waiting on the pipe
    parent = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "data")],
                              stdout=subprocess.PIPE, text=True,
                              cwd=os.path.dirname(os.path.dirname(os.path.dirname(
                                  os.path.abspath(__file__)))))
    child = int(parent.stdout.readline())
    time.sleep(2)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{child}/stat") as f:
            if f.read().split(")")[-1].split()[0] == "Z":  # exited, awaiting its reaper
                return
        time.sleep(0.2)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the engine process outlived its parent")
