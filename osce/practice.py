"""A practice encounter in the terminal: the student's lines in, the patient's replies out."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from osce.engine.protocol import Encounter, PatientEngine, Utterance, complete_reply
from osce.hashing import case_hash
from osce.models.case import Case
from osce.models.transcript import Action, TranscriptHeader, Turn
from osce.transcript_file import TranscriptWriter

COMMANDS = {"/examine": Action.examine, "/order": Action.order, "/end": Action.end}


def parse_line(line: str) -> Utterance | None:
    """"/examine chest" is an examination, "/order ECG" a test, "/end" the end; else speech."""
    text = line.strip()
    if not text:
        return None
    head, _, rest = text.partition(" ")
    action = COMMANDS.get(head.lower())
    if action is not None:
        return Utterance(action=action, text=rest.strip())
    return Utterance(action=Action.say, text=text)


def _engines(engine: PatientEngine) -> list[object]:
    """The engine and the scripted engine an LLM engine plans with, if any."""
    return [e for e in (engine, getattr(engine, "planner", None)) if e is not None]


class IndexWrites:
    """The engine's grounding index stores what it embeds after handing it back, so that a
    new data folder's first reply does not wait on chromadb: `start` (after the first reply)
    stores it in the background, `finish` (before the command ends) waits until it is all
    stored. The transcript is another matter: each turn is written before its reply is
    shown, as ever."""

    def __init__(self, engine: PatientEngine) -> None:
        from retrieval.index import GroundingIndex

        self.indexes = [index for part in _engines(engine)
                        if isinstance(index := getattr(part, "index", None), GroundingIndex)]
        for index in self.indexes:
            index.defer_writes = True
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        for index in self.indexes:
            thread = threading.Thread(target=index.flush, name="osce-index-writes")
            thread.start()
            self._threads.append(thread)

    def finish(self) -> None:
        for thread in self._threads:
            thread.join()
        for index in self.indexes:
            index.flush()  # whatever was embedded after `start`, or all if it never came


def prepare_in_background(engine: PatientEngine) -> threading.Thread:
    """Start making what the engine needs whatever the case, so that the caller can load its
    case meanwhile: the scripted engine's question bank (and an LLM engine's planner's),
    which a new data folder must embed. The first answer waits for whatever is left of it.

    A daemon thread: a command that fails (an unknown case) does not wait for it. The bank
    goes to the index only once it is whole, and a bank found incomplete there is embedded
    again, so a thread cut short costs the next run time, not correctness."""
    def work() -> None:
        for part in _engines(engine):
            if not hasattr(type(part), "categories"):
                continue
            try:
                part.categories  # noqa: B018 - built on first use, and kept
            except Exception:  # the first answer meets it again and says so
                return

    thread = threading.Thread(target=work, name="osce-prepare", daemon=True)
    thread.start()
    return thread


def new_encounter(case: Case, engine: PatientEngine) -> tuple[Encounter, TranscriptHeader]:
    encounter = Encounter(case=case, case_hash=case_hash(case))
    header = TranscriptHeader(case_id=case.id, case_hash=encounter.case_hash, engine=engine.name,
                              started_at=datetime.now(UTC).isoformat(timespec="seconds"))
    return encounter, header


def take_turn(engine: PatientEngine, encounter: Encounter, utterance: Utterance) -> Turn:
    final = asyncio.run(complete_reply(engine, encounter, utterance))
    turn = Turn(turn=len(encounter.turns) + 1, action=utterance.action, student=utterance.text,
                patient=final.text, grounding=final.grounding)
    encounter.turns.append(turn)
    return turn


def run_script(case: Case, engine: PatientEngine, lines: Iterable[str],
               writer: TranscriptWriter,
               after_first_reply: Callable[[], None] | None = None) -> Encounter:
    """One student line per input line; the transcript goes to `writer` turn by turn."""
    encounter, header = new_encounter(case, engine)
    writer.header(header)
    for line in lines:
        utterance = parse_line(line)
        if utterance is None:
            continue
        writer.turn(take_turn(engine, encounter, utterance))
        if after_first_reply is not None and len(encounter.turns) == 1:
            after_first_reply()
        if utterance.action is Action.end:
            break
    return encounter


def run_interactive(case: Case, engine: PatientEngine, ask: Callable[[str], str],
                    say: Callable[[str], None], writer: TranscriptWriter,
                    after_first_reply: Callable[[], None] | None = None) -> Encounter:
    """The student view: the door, then the conversation. No grounding is shown."""
    encounter, header = new_encounter(case, engine)
    writer.header(header)
    door = case.door
    say(f"\n{case.title}\n{door.setting}. {door.station_minutes} minutes.\n\n{door.task}\n")
    say("Type your questions. /examine WHAT, /order TEST, /end to finish.\n")
    speaker = case.informant.name if case.informant.role.value != "patient" else "Patient"
    while True:
        try:
            line = ask("You: ")
        except (EOFError, KeyboardInterrupt):
            say("")
            break
        utterance = parse_line(line)
        if utterance is None:
            continue
        turn = take_turn(engine, encounter, utterance)
        writer.turn(turn)
        label = "" if turn.patient.startswith("Examiner:") else f"{speaker}: "
        say(f"{label}{turn.patient}\n")
        if after_first_reply is not None and len(encounter.turns) == 1:
            after_first_reply()
        if utterance.action is Action.end:
            break
    return encounter
