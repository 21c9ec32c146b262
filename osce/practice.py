"""A practice encounter in the terminal: the student's lines in, the patient's replies out."""

from __future__ import annotations

import asyncio
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
               writer: TranscriptWriter) -> Encounter:
    """One student line per input line; the transcript goes to `writer` turn by turn."""
    encounter, header = new_encounter(case, engine)
    writer.header(header)
    for line in lines:
        utterance = parse_line(line)
        if utterance is None:
            continue
        writer.turn(take_turn(engine, encounter, utterance))
        if utterance.action is Action.end:
            break
    return encounter


def run_interactive(case: Case, engine: PatientEngine, ask: Callable[[str], str],
                    say: Callable[[str], None], writer: TranscriptWriter) -> Encounter:
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
        if utterance.action is Action.end:
            break
    return encounter
